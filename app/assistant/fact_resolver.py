"""From what the user said to the values a chosen rule reads, or a question back.

Once the rule is known, each money fact it reads is filled from the observations
of its measure (or of a sibling measure, or a figure with no cue at all for the
rule's base), picking the figure by time as the fact declares — never by
position. Anything that makes the figure unsafe becomes a question instead of a
value: a range, an estimate, a negative or absurd amount, a foreign currency,
two different years for a one-year figure, two different totals.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.assistant.money_reader import Observation
from app.assistant.number_reader import ESTIMATE_DOUBT
from app.rules.amounts import format_yuan, parse_money
from app.rules.bounds import Bound
from app.rules.schema import Rule, Tiers, is_money_fact
from app.rules.vocabulary import FactSpec, Vocabulary


@dataclass
class Resolution:
    """The money values a rule can use, bounds for its conditions, and what to ask."""

    values: dict[str, int] = field(default_factory=dict)
    bounds: dict[str, Bound] = field(default_factory=dict)
    questions: list[str] = field(default_factory=list)
    # What to ask about a fact known only as a range or an estimate, if its bound does not
    # settle the rule's answer (a cap reached by every value it allows settles it).
    unsettled: dict[str, str] = field(default_factory=dict)
    # Per product, when one money fact was given separately for several products.
    per_item: dict[str, list[int]] = field(default_factory=dict)
    # Earlier figures of a fact (history), for "首次" conditions; and bounds the user gave
    # for the past ("之前每年都没到5亿").
    earlier: dict[str, list[int]] = field(default_factory=dict)
    earlier_below: dict[str, list[int]] = field(default_factory=dict)
    # Floors the user gave for an earlier year ("前年已经超过5000万").
    earlier_above: dict[str, list[int]] = field(default_factory=dict)
    # Per product, its own earlier figures ("A去年4000万、今年6000万；B…").
    per_item_earlier: dict[str, list[list[int]]] = field(default_factory=dict)
    # The observations each value came from, to remember under the right measure.
    used: dict[str, list[Observation]] = field(default_factory=dict)


def money_facts_of(rule: Rule) -> list[str]:
    """Money facts the rule's formula or conditions read, formula base first."""
    needed = [f for f in rule.formula_facts() if is_money_fact(f)]
    needed += [c.fact for c in rule.conditions if is_money_fact(c.fact)]
    return list(dict.fromkeys(needed))


def resolve(rule: Rule, vocabulary: Vocabulary, current: list[Observation],
            remembered: list[Observation], reference_year: int,
            several_products: bool = False, products: int | None = None,
            applied_year: int | None = None, projects: int | None = None,
            restated: bool = False) -> Resolution:
    """Fill each money fact the rule reads; collect questions for unsafe figures.

    ``remembered`` are the session's figures after this message was applied to it
    (a new figure has replaced the one for the same year); ``current`` are the
    message's own, whose cue-less figures may fill the rule's base. ``applied_year`` is
    the year the user applies for ("申报2025年度的支持"), which picks among yearly figures.
    ``restated``: the message corrects what the figure was ("不是委托，是承担生产，实际投入
    也是这个数"), so a remembered figure of any sibling measure may fill the base.
    """
    resolution = Resolution()
    needed = money_facts_of(rule)
    base = next((f for f in rule.formula_facts() if is_money_fact(f)), None)
    if base is None and len(needed) == 1:
        base = needed[0]  # License-out's only figure is its threshold's: a bare US$750m fills it
    needed_measures = {vocabulary.facts[f].measure for f in needed if f in vocabulary.facts}
    for name in needed:
        spec = vocabulary.facts.get(name)
        if spec is None or spec.measure is None:
            continue
        candidates = _candidates(spec, vocabulary, current, remembered, needed_measures,
                                 cue_less=name == base, any_sibling=restated,
                                 counted=projects if spec.item == _PROJECT else None)
        # "…示范项目投资2500万" then "园区运营项目投资1800万": each project's figure is its
        # own provision's, though both fill 项目投资总额.
        candidates = [o for o in candidates if not o.said_of_another(rule.id)]
        marks = _marks_of(rule, name)
        # "首次上5亿" restates the clause's own mark: a floor, never the base of a rate.
        candidates = [replace(o, bound=Bound(o.amount), amount=None) if o.reached
                      and o.amount in marks else o for o in candidates]
        # "2025年主营业务收入4.99亿，算首次突破5亿吗": the mark asked about is no figure of
        # the enterprise beside the figures it gave.
        named = [o for o in candidates if o.asked and o.bound is not None
                 and o.bound.low in marks and o.year is None]
        if named and any(o.usable for o in candidates):
            candidates = [o for o in candidates if o not in named]
        if not candidates:
            continue
        if spec.item == _PROJECT:
            # A per-project base ("两个平台，分别投入0.8亿和1.5亿") is split by the projects
            # counted, never by the products.
            _resolve_one(spec, candidates, reference_year, resolution,
                         bool(projects and projects > 1), projects, applied_year, current)
            continue
        _resolve_one(spec, candidates, reference_year, resolution, several_products, products,
                     applied_year, current)
    return resolution


_PROJECT = "project"


def _marks_of(rule: Rule, fact: str) -> set[int]:
    """The thresholds and tier marks a rule states for a fact."""
    marks = {t.amount for c in rule.conditions if c.fact == fact
             and (t := c.threshold()) is not None}
    if isinstance(rule.formula, Tiers) and rule.formula.base == fact:
        marks |= {parse_money(t.threshold).amount for t in rule.formula.tiers}
    return marks


def _candidates(spec: FactSpec, vocabulary: Vocabulary, current: list[Observation],
                remembered: list[Observation], needed_measures: set[str | None],
                cue_less: bool, any_sibling: bool = False,
                counted: int | None = None) -> list[Observation]:
    """The figures that can fill this fact, from the most to the least direct source.

    ``counted``: the projects the message counts, for a per-project fact.
    """
    measure = spec.measure
    siblings = vocabulary.family_of(measure or "") - {measure} - needed_measures
    remembered_own = [o for o in remembered if o.measure == measure]
    # A figure named only by a verb ("实际投入金额…应该是4650万") fills a base of the kind the
    # verb names (an investment), never an EMA registration fee beside it.
    # A measure that takes another's hint does so only to restate a figure of its own the
    # conversation holds ("工程投资1亿" then "那投资2亿呢"); a bare "投资3000万" may be the total.
    hinted = vocabulary.measures[measure].hints if measure in vocabulary.measures and any(
        o.measure == measure for o in remembered) else ()
    loose = [o for o in current if o.measure is None and (
        o.hint is None or measure in vocabulary.family_of(o.hint) or o.hint in hinted)] \
        if cue_less else []
    own_now = [o for o in current if o.measure == measure and o.usable]
    if own_now and counted and len(own_now) < counted <= len(own_now) + len(
            [o for o in loose if o.usable]):
        # "两个共享服务平台：检验检测服务平台投入1900万元，标杆型孵化器投入13000万元": each
        # counted project's figure, whether or not its words name the measure.
        return remembered_own + [o for o in loose if o.usable]
    if any(o.measure == measure for o in current):
        if not any(o.measure == measure and o.usable and not o.reached
                   for o in current) and any(
                o.usable for o in loose):
            # "66000万！主营业务收入第一次上5亿": the measure's own words carry only the
            # clause's mark; the exact figure stands apart, with no word of its own.
            return remembered_own + loose
        return remembered_own  # the session's figures, already updated by this message
    if spec.item and loose:
        # "还有B品种，前年8405万，去年1.85亿": the new product's cue-less figures beside the
        # figures remembered for the products before it.
        new_products = {o.product for o in loose}
        others = [o for o in remembered_own if o.product not in new_products]
        if others and 0 not in new_products:
            return others + loose
    exact_loose = [o for o in loose if o.usable]
    if exact_loose and all(o.year is not None for o in exact_loose):
        # "如果明年做到19亿能拿多少" then "今年是8.5亿": figures of other years stand beside
        # the new ones, each for its own year.
        years = {o.year for o in exact_loose}
        others = [o for o in remembered_own if o.year is not None and o.year not in years]
        if others:
            return others + loose
    sources = [
        loose,
        remembered_own,
        [o for o in current if o.measure in siblings],
        [o for o in remembered if o.measure in siblings
         and (any_sibling or o.measure in vocabulary.generic_measures)],
    ]
    for source in sources:
        if source:
            return source
    return []


def _resolve_one(spec: FactSpec, candidates: list[Observation], reference_year: int,
                 resolution: Resolution, several_products: bool,
                 products: int | None = None, applied_year: int | None = None,
                 current: list[Observation] | None = None) -> None:
    label = spec.label
    problem = _currency_problem(spec, candidates)
    if problem:
        resolution.questions.append(problem)
        return
    exact = [o for o in candidates if o.usable]
    relative = [o for o in candidates if o.relative]
    if relative:
        # "今年比去年少了4700万，去年是21300万": the figure the clause needs is only implied.
        resolution.questions.append(f"您提到的{relative[-1].doubt}，无法据此计算“{spec.label}”，"
                                    "请直接提供该金额。")
        return
    offered = [o for o in candidates if o.alternative and o.amount is not None]
    if offered and any(o.amount != offered[-1].amount for o in candidates
                       if o.amount is not None and not o.alternative):
        # "大约505万，也可能是370万": another value offered for the figure, even beside an
        # estimate, is asked; never picked because the other one is in doubt.
        values = list(dict.fromkeys(o.amount for o in candidates if o.amount is not None))
        resolution.questions.append(
            f"您提到了多个可能的金额（{'、'.join(format_yuan(v or 0) for v in values)}），"
            f"请确认“{spec.label}”是多少。")
        return
    if spec.item:
        each, earlier_each = _per_product(spec, exact, reference_year, several_products,
                                          products)
        if len(each) > 1:
            resolution.per_item[spec.name] = [o.amount for o in each if o.amount]
            resolution.per_item_earlier[spec.name] = earlier_each
            resolution.used[spec.name] = each
            return
    floor = _later_floor(spec, exact, candidates, reference_year, current or [])
    if floor is not None and floor.bound is not None:
        # "今年首次破10亿，去年9.2亿": this year's floor, not last year's exact figure, is the
        # measure now; last year's figure is its history.
        resolution.bounds[spec.name] = floor.bound
        resolution.earlier[spec.name] = [o.amount for o in exact if o.amount is not None]
        return
    chosen, question = _by_time(spec, exact, candidates, reference_year, applied_year)
    if question:
        resolution.questions.append(question)
        return
    if chosen:
        total = sum(o.amount or 0 for o in chosen)
        resolution.values[spec.name] = total
        resolution.used[spec.name] = chosen
        earlier = [o.amount for o in exact if o not in chosen and o.amount is not None
                   and _is_earlier(o, chosen)]
        if earlier:
            resolution.earlier[spec.name] = earlier
        below = [o.bound.high for o in candidates if o.bound is not None and o not in chosen
                 and o.bound.high is not None and o.bound.low is None]
        if below:
            resolution.earlier_below[spec.name] = below
        latest = max((o.year for o in chosen if o.year is not None), default=None)
        above = [o.bound.low for o in candidates if o.bound is not None and o not in chosen
                 and o.bound.low is not None and o.bound.high is None and o.year is not None
                 and latest is not None and o.year < latest]
        if above:
            resolution.earlier_above[spec.name] = above
        return
    loose = [o for o in candidates if not o.usable]
    bounded = [o for o in loose if o.bound is not None and o.role != "from"]
    ranged = [o for o in bounded if o.bound is not None and o.bound.low is not None
              and o.bound.high is not None]
    if ranged:
        # "500到600万": a range is no figure; ask rather than decide on either end — unless
        # the answer is the same at both ends (a cap both reach).
        resolution.bounds[spec.name] = ranged[-1].bound  # type: ignore[assignment]
        resolution.unsettled[spec.name] = (f"您提到的“{ranged[-1].text}”是一个范围，无法据此确定"
                                           f"“{label}”，请提供确切的金额。")
        return
    if len(bounded) > 1 and not ranged:
        # "一亿多（超过1亿，不到2亿）": a floor and a ceiling together bound it both ways.
        lows = [o.bound.low for o in bounded if o.bound and o.bound.low is not None]
        highs = [o.bound.high for o in bounded if o.bound and o.bound.high is not None]
        if lows and highs and max(lows) <= min(highs):
            resolution.bounds[spec.name] = Bound(max(lows), min(highs))
            resolution.unsettled[spec.name] = (f"您提到的“{label}”只给出了大致范围，请提供确切的"
                                               "金额。")
            return
    if bounded:
        resolution.bounds[spec.name] = bounded[-1].bound  # type: ignore[assignment]
    doubtful = [o for o in loose if o.doubt]
    if doubtful:
        question = f"您提到的{doubtful[-1].doubt}，无法据此计算“{label}”，请提供确切的金额。"
        if doubtful[-1].bare:
            # "服务金额5365": the unit is what is missing, not the figure.
            question = (f"您提到的{doubtful[-1].doubt}，请说明“{label}”的单位"
                        "（元、万元还是亿元）。")
        estimate = doubtful[-1]
        is_estimate = bool(estimate.doubt and estimate.doubt.endswith(ESTIMATE_DOUBT))
        if bounded and is_estimate:
            resolution.unsettled[spec.name] = question  # "2亿多": at least 2亿
        elif is_estimate and estimate.amount and estimate.amount > 0:
            # "大概1.2亿": somewhere near it; far enough either side that no one would say
            # it of a figure outside. Used only where every such value gives one answer.
            low, high = estimate.amount * 7 // 10, -(-estimate.amount * 13 // 10)
            resolution.bounds[spec.name] = Bound(low, high, about=estimate.amount)
            resolution.unsettled[spec.name] = question
        else:
            resolution.questions.append(question)


def _currency_problem(spec: FactSpec, candidates: list[Observation]) -> str | None:
    currencies = {o.currency for o in candidates}
    if spec.currency != "CNY":
        return _foreign_threshold_problem(spec, candidates)
    if currencies - {"CNY"}:
        foreign = next(o for o in candidates if o.currency != "CNY")
        if "CNY" in currencies:
            return (f"您提到的金额币种不一（含{foreign.text}{_currency_name(foreign.currency)}），"
                    f"不做汇率折算，请提供以人民币计的“{spec.label}”。")
        return (f"您提到的“{foreign.text}{_currency_name(foreign.currency)}”是外币金额，"
                f"不做汇率折算，请提供以人民币计的“{spec.label}”。")
    return None


def _foreign_threshold_problem(spec: FactSpec, candidates: list[Observation]) -> str | None:
    """A threshold stated in dollars takes only dollars: never a converted or guessed figure.

    A figure written in yuan (or another currency) is not converted; a bare figure could be
    either, so both are asked back rather than read as dollars.
    """
    wanted = _currency_name(spec.currency)
    if not candidates or all(o.currency == spec.currency for o in candidates):
        return None
    other = next(o for o in candidates if o.currency != spec.currency)
    if other.explicit_currency:
        return (f"您提到的“{other.text}{_currency_name(other.currency)}”不是{wanted}金额；"
                f"该条款门槛以{wanted}计，不做汇率折算，请提供以{wanted}计的“{spec.label}”。")
    return (f"您提到的“{other.text}”未注明币种；该条款门槛以{wanted}计，"
            f"请确认是否为{wanted}金额（“{spec.label}”）。")


def _currency_name(code: str) -> str:
    return {"CNY": "元人民币", "USD": "美元", "EUR": "欧元", "GBP": "英镑", "JPY": "日元",
            "HKD": "港元", "AUD": "澳元", "KRW": "韩元", "RUB": "卢布"}.get(code, code)


def _by_time(spec: FactSpec, exact: list[Observation], candidates: list[Observation],
             reference_year: int, applied_year: int | None = None,
             ) -> tuple[list[Observation], str | None]:
    """The figure(s) the fact's time rule picks, or a question when it cannot pick."""
    label = spec.label
    if not exact:
        return [], None
    if spec.time == "last_year":
        target = reference_year - 1
        hit = [o for o in exact if o.year == target]
        if hit:
            # Two values for one year ("9800万还是7400万", "我记得是50万，但财务说是43万")
            # conflict: asked, never picked by position.
            return _one_value(hit, label)
        untimed = [o for o in exact if o.year is None and o.period != "two_years"]
        if untimed:
            return _one_value(untimed, label)
        if any(o.year is not None and o.period == "year" for o in exact):
            return [], f"请提供上一年度（{target}年）的“{label}”。"
        return [], None
    if spec.time == "last_two_years":
        stated = [o for o in exact if o.period == "two_years"]
        if stated:
            return [stated[-1]], None
        last = [o for o in exact if o.year == reference_year - 1]
        before = [o for o in exact if o.year == reference_year - 2]
        undated = [o for o in exact if o.year is None and o.period is None and o.role is None]
        if not last and before and len(undated) == 1 and all(
                o.year is None or o.year <= reference_year - 2 for o in exact):
            # "研发砸了1340w，前年970万元，大前年870万元": the undated figure heads a series
            # that goes back from it, so it is last year's.
            last = undated
        if last and before:
            return [last[-1], before[-1]], None
        return [], None
    if spec.time == "latest":
        moved = [o for o in exact if o.role == "to"]
        if moved:
            # "达到33.15亿…（也可能是33.174亿）": a value offered after it for the same
            # figure conflicts with it, and is asked.
            after = exact[exact.index(moved[-1]) + 1:]
            return _one_value([moved[-1], *[o for o in after if o.alternative]], label)
        timed = [o for o in exact if o.year is not None]
        untimed = [o for o in exact if o.year is None and o.role != "from"]
        if timed and untimed and max(o.year or 0 for o in timed) < reference_year:
            # "年产值12.3亿（去年7.9亿）": the figure with no year is this year's.
            return _one_value(untimed, label)
        if timed:
            latest = max(o.year or 0 for o in timed)
            # "今年的年产值2.56亿，以前最高才8100万": the past best shares the sentence's year
            # word, yet it is where the figure came from.
            newest = [o for o in timed if o.year == latest]
            return _one_value([o for o in newest if o.role != "from"] or newest, label)
        current = [o for o in exact if o.role != "from"]
        if not current:
            # "往年最高34000万" with this year's figure only estimated: the past best is no
            # figure of now; the floor or the estimate decides, or it is asked.
            return [], None
        return _one_value(current, label)
    if spec.time == "one_year":
        years = {o.year for o in exact}
        values = {o.amount for o in exact}
        if applied_year is not None and None not in years and applied_year not in years:
            # "去年销售收入4.5亿" then "按今年的算": the year asked for has no figure yet.
            given = "、".join(f"{year}年" for year in sorted(y for y in years if y))
            return [], (f"您希望按{applied_year}年的“{label}”计算，但只提供了{given}的金额，"
                        f"请提供{applied_year}年的“{label}”。")
        if len(values) == 1:
            return [exact[-1]], None
        applied = [o for o in exact if applied_year is not None and o.year == applied_year]
        if applied:
            return [applied[-1]], None
        if len(years) > 1 and None not in years:
            listing = "、".join(f"{o.year}年{format_yuan(o.amount or 0)}" for o in exact)
            return [], f"您提到了不同年度的“{label}”（{listing}），请确认按哪一年度申请。"
        return _one_value(exact, label)
    if spec.components and any(o.component for o in candidates):
        totals = [o for o in exact if o.component is None]
        parts = [o for o in exact if o.component is not None]
        if totals and not parts:
            return _one_value(totals, label)
        if totals and parts:
            # A total and parts: parts said to be on top of it add to it ("还有代理费50万没
            # 算进去"); parts within it are its breakdown; more parts than the total, ask.
            on_top = [o for o in parts if o.additional]
            if on_top:
                return [totals[-1], *on_top], None
            if sum(o.amount or 0 for o in parts) <= (totals[-1].amount or 0):
                return [totals[-1]], None
            return [], (f"您提到的“{label}”合计与各项费用对不上（合计"
                        f"{format_yuan(totals[-1].amount or 0)}），请确认总额。")
        by_part: dict[str, Observation] = {}
        for observation in parts:
            by_part[observation.component or ""] = observation
        doubtful = [o for o in candidates if o.component and not o.usable]
        if doubtful:
            return [], f"您提到的{doubtful[-1].doubt}，无法据此计算“{label}”，请提供确切的金额。"
        return list(by_part.values()), None
    return _one_value(exact, label)


def _one_value(observations: list[Observation], label: str) -> tuple[list[Observation],
                                                                     str | None]:
    values = list(dict.fromkeys(o.amount for o in observations))
    if len(values) == 1:
        return [observations[-1]], None
    listing = "、".join(format_yuan(v or 0) for v in values)
    return [], f"您提到了多个金额（{listing}），请确认哪一个是“{label}”。"


def _per_product(spec: FactSpec, exact: list[Observation], reference_year: int,
                 several_products: bool, products: int | None = None,
                 ) -> tuple[list[Observation], list[list[int]]]:
    """One figure per product, when they can be told apart, and each one's earlier figures.

    Products added over turns, each in a clause of its own, or as many figures of one year
    as the products counted ("两个品种，交易额分别是X和Y").
    """
    groups: dict[int, list[Observation]] = {}
    parts = any(o.component for o in exact)
    if parts and len({o.product for o in exact}) == 1:
        return [], []  # "海外注册费65万、检测费251万": parts of one product's base
    if len({o.product for o in exact}) > 1:
        for observation in exact:
            groups.setdefault(observation.product, []).append(observation)
    elif several_products and len({o.clause for o in exact}) > 1:
        for observation in exact:
            groups.setdefault(observation.clause, []).append(observation)
    elif products and products > 1 and len(exact) == products and len(
            {o.year for o in exact}) == 1 and len({o.period for o in exact}) == 1:
        groups = {i: [o] for i, o in enumerate(exact)}
    if len(groups) < 2:
        return [], []
    picked, earlier = [], []
    for group in groups.values():
        chosen, question = _by_time(spec, group, group, reference_year)
        if question or not chosen:
            return [], []
        if parts:
            # "药品1：海外注册费47万、检测费13万…；药品2：…": each product's base is the sum
            # of its own parts.
            chosen = [replace(chosen[0], amount=sum(o.amount or 0 for o in chosen),
                              component=None, text="+".join(o.text for o in chosen))]
        picked.append(chosen[0])
        earlier.append([o.amount for o in group if o not in chosen and o.amount is not None
                        and _is_earlier(o, chosen)])
    return picked, earlier


def _is_earlier(observation: Observation, chosen: list[Observation]) -> bool:
    latest = chosen[-1]
    if observation.role == "from" and latest.role != "from":
        # "往年最高1.5亿，今年6.1亿", "从8000万涨到1.2亿": where the figure came from.
        return True
    if observation.year is not None and latest.year is None:
        return True  # the undated figure was taken as this year's
    return observation.year is not None and latest.year is not None \
        and observation.year < latest.year


def _later_floor(spec: FactSpec, exact: list[Observation], candidates: list[Observation],
                 reference_year: int, current: list[Observation]) -> Observation | None:
    """A floor of a later year than every exact figure of a "latest" fact, if one is given.

    A floor with no year is this year's when the message itself gives the earlier years
    ("首次突破1亿（去年九千万）"); in a later message it names the clause ("按首次突破5亿那条").
    """
    if spec.time != "latest" or not exact or any(o.year is None for o in exact):
        return None
    newest = max(o.year or 0 for o in exact)

    def later(o: Observation) -> bool:
        if o.year is not None:
            return o.year > newest
        return newest < reference_year and o in current and all(e in current for e in exact)

    latest = max((o for o in exact if o.year == newest), key=lambda o: o.start)
    # …and one the newest figure does not already meet ("去年5.8亿，第一次突破5亿" is that year).
    floors = [o for o in candidates if o.bound is not None and o.bound.low is not None
              and o.bound.high is None and o.role != "from" and later(o)
              and o.bound.low > (latest.amount or 0)]
    return floors[-1] if floors else None
