"""Apply what a message states to the conversation: last word wins, products add up.

A fact stated again replaces the earlier one ("不对，是三期"); figures of a measure
the message mentions replace the remembered figures of that measure ("说错了，
应该是80万"), so corrections need no special case. Products are replaced by a new
description, added to by "另外还有一个…", and a correction of one attribute applies
to the product last described.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from decimal import Decimal

from app.assistant.fact_reader import (
    ITEM_FACTS,
    ITEM_LABEL,
    ITEM_YEAR,
    KIND_FACTS,
    ItemMention,
    Reading,
)
from app.assistant.money_reader import Observation
from app.assistant.session_state import SessionState
from app.assistant.unit_reply import GivenUnit
from app.normalize import nfkc
from app.rules.amounts import format_yuan
from app.rules.bounds import Bound

_ALSO = re.compile(r"也|同样|一样|as well|\btoo\b|also", re.IGNORECASE)


def apply_reading(state: SessionState, reading: Reading,
                  per_product: frozenset[str] = frozenset(), asked: Sequence[str] = (),
                  reference_year: int | None = None) -> None:
    """Update the session with the message's facts, figures and products.

    ``per_product`` are the measures figured per product (a variety's transaction value):
    when the message adds a product, its figures are the new product's, not corrections.
    ``asked`` are the facts the last answer asked for: a bare "3类的" then names that one.
    """
    for bare, meant in reading.bare_aliases.items():
        if bare in reading.facts and (meant in state.facts or meant in asked) \
                and meant not in reading.facts:
            reading.facts[meant] = reading.facts.pop(bare)  # "那三类呢" of a 新兽药
            reading.aliased = True
    _apply_items(state, reading)
    if reading.withdrawn:
        _withdraw_items(state, reading)
    elif reading.withdrawn_rows:
        _withdraw_rows(state, reading)
    elif reading.withdrawn_count:
        _withdraw_some(state, reading, reading.withdrawn_count)
    if reading.names_one_product and not reading.adds_item and not reading.corrects \
            and "varieties" not in reading.facts:
        # "另外问一下，SK-987是1类生物药，今年启动了2期临床": one product by its name, not
        # the two an earlier question counted.
        state.facts.pop("varieties", None)
    if reading.retracted:
        # "代理费那笔是别的公司付的，不算": that part leaves the base the session holds.
        state.observations = [o for o in state.observations
                              if (o.get("measure"), o.get("component")) not in reading.retracted]
    if reading.retracts_as_planned and not any(o.usable for o in reading.observations):
        # "抱歉，那是预算数，实际投入还没结算": the figure said last is a plan, never the
        # actual amount a rule reads.
        latest = next((o for o in reversed(state.observations)
                       if o.get("amount") is not None and not o.get("planned")), None)
        if latest is not None:
            latest["planned"] = True
            latest["doubt"] = f"“{latest.get('text')}”是预算或计划数，实际金额尚未给出"
    if reading.currency:
        _confirm_currency(state, reading.currency)
    if reading.unit is not None and not reading.observations:
        reading.unit_applied = _complete_unit(state, reading.unit)
    state.facts.update(reading.facts)
    if reading.items:
        state.facts["varieties"] = sum(int(_number(i.get("count"))) for i in state.items)
    fresh = [o for o in reading.observations if o.measure is not None]
    # "去年又回到5亿以上" after "去年主营业务收入26.54亿": a floor the remembered figure meets
    # says nothing new, and never replaces the exact figure.
    fresh = [o for o in fresh if not _met_by_remembered(o, state)]
    reading.observations = [o for o in reading.observations
                            if o.measure is None or o in fresh]

    def of_new_product(o: Observation) -> bool:
        # A part ("另外还有当地代理费294万") completes the same product's base.
        return (o.measure in per_product or o.measure is None) and o.component is None

    # Products known by figures of a measure this message gives again (or gives no measure
    # for): an EMA fee after a commissioned product's 交易额 is no second product's fee.
    said = {o.measure for o in reading.observations}
    known = [int(_number(o.get("product"), 0)) for o in state.observations
             if o.get("measure") in per_product
             and (o.get("measure") in said or None in said)] if reading.adds_item else []
    if known and any(of_new_product(o) for o in reading.observations):
        # "还有B品种，前年8405万，去年1.85亿": the new product's figures, with a cue or
        # with none (bound to the topic's measure later), are not the earlier product's.
        later = max(known) + 1
        reading.observations = [replace(o, product=later) if of_new_product(o) else o
                                for o in reading.observations]
        fresh = [o for o in reading.observations if o.measure is not None]
    actual = {o.measure for o in fresh if not o.planned and o.amount is not None}
    if actual:
        # "明年要办论坛，预算2000万" then "今年那场活动实际650万": the plan gives way.
        state.observations = [o for o in state.observations
                              if not (o.get("planned") and o.get("measure") in actual)]
    if reading.corrects:
        # "说错了，今年是6635万元": a figure with no cue corrects the one measure the session
        # holds a figure of for that year.
        loose = [o for o in reading.observations if o.measure is None and o.usable
                 and o.component is None]
        for o in loose:
            held = {h.get("measure") for h in state.observations if h.get("measure")
                    and h.get("amount") is not None
                    and (o.year is None or h.get("year") in (o.year, None))}
            if len(held) == 1:
                placed = replace(o, measure=str(next(iter(held))))
                reading.observations[reading.observations.index(o)] = placed
                fresh.append(placed)
        # "更正一下：服务金额是900万" / "打错了，注册费是189万": what was said of that measure
        # (and that part of it) before is replaced, whatever year it was given for.
        # A corrected figure said of one year ("刚才去年的研发投入说错了，应该是0.214亿")
        # replaces that year's only: the year before it still stands. An undated figure
        # goes too when the year corrected is the latest one given (it was that year's:
        # "去年首次突破5亿，达到7.602亿" then "去年的记错了，是43937万") — or, none given, last
        # year or later — not when an earlier year is ("前年其实已经到过23.65亿" leaves this
        # year's 21.95亿).
        corrected = {(o.measure, o.component) for o in fresh if o.year is None}
        dated = {(o.measure, o.component, o.year) for o in fresh if o.year is not None}
        undated_too = {(m, c) for m, c, year in dated
                       if (top := _latest_year(state, m, c) or (
                           reference_year - 1 if reference_year is not None else None))
                       is not None and year >= top}
        state.observations = [
            o for o in state.observations
            if (o.get("measure"), o.get("component")) not in corrected
            and (o.get("measure"), o.get("component"), o.get("year")) not in dated
            and not (o.get("year") is None
                     and (o.get("measure"), o.get("component")) in undated_too)]
    else:
        # A new figure replaces the one for the same measure, year and part only: last
        # year's R&D does not erase the two-year total given earlier.
        keys = {_key(observation_json(o)) for o in fresh}
        # A figure given with no year or period restates the measure ("如果服务金额是1000万
        # 呢" after "去年服务金额800万"): it replaces that measure's single-year figures.
        # Not a floor the user names ("按首次突破5亿那条"): that is the clause's mark, said
        # about the figures already given.
        restated = {_what(observation_json(o)) for o in fresh
                    if o.year is None and o.period is None and o.usable and not o.reached}
        if reading.hedged:
            fresh = _in_doubt_beside_held(fresh, state)
            reading.observations = [o for o in reading.observations if o.measure is not None] \
                + _in_doubt_beside_held([o for o in reading.observations if o.measure is None],
                                        state)
        replaced = [o for o in state.observations if _key(o) in keys or (
            o.get("period") in (None, "year") and _what(o) in restated)]
        if reading.supposes:
            _set_aside(state, replaced)
        state.observations = [o for o in state.observations if o not in replaced]
    state.observations += [observation_json(o) for o in fresh]
    if reading.returns_to_first and not fresh and state.set_aside:
        back = {_what(o) for o in state.set_aside}
        state.observations = [o for o in state.observations if _what(o) not in back] \
            + state.set_aside
        state.set_aside = []


def note_labels(reading: Reading, earlier: frozenset[str]) -> None:
    """What the one product or project label a message names says about the earlier ones.

    "产品A…20亿" then "产品B…6.4亿": B is one more product, not a correction of A. "我们两个
    产品" then "A是1类化学药…": A is one product of the two, priced alone. A correction
    ("不对，B是2类") names the product it corrects, and adds nothing.
    """
    if len(reading.labels) != 1 or reading.corrects:
        return
    if earlier and not reading.labels <= earlier:
        # Unless it is asked about alone ("品种B…，B能拿多少？"): its figures are the ones
        # asked about, in place of the product before.
        reading.adds_item = reading.adds_item or not reading.asks_label_alone
    elif not earlier and "varieties" not in reading.facts and not reading.items:
        reading.names_one_product = True


def _in_doubt_beside_held(fresh: list[Observation],
                          state: SessionState) -> list[Observation]:
    """Figures said as maybe so that differ from the one held for their measure: in doubt.

    "去年服务金额27,710,000元" then "财务又说可能是3607万元，两个数都有可能": neither is
    known to be right, so the new one is asked about, never taken in place of the first.
    """
    usable = [o for o in state.observations if o.get("amount") is not None
              and not o.get("doubt")]
    held = {(o.get("measure"), o.get("component"), o.get("year")): o for o in usable}
    out = []
    for observation in fresh:
        # A figure of no measure yet ("可能是0.1857亿元") will fill the one the topic reads:
        # any figure held differs from it.
        before = (held.get((observation.measure, observation.component, observation.year))
                  or held.get((observation.measure, observation.component, None))) \
            if observation.measure is not None else (usable[-1] if usable else None)
        if observation.usable and before is not None and before.get("amount") != \
                observation.amount:
            observation = replace(observation, doubt=f"“{observation.text}”与此前给出的"
                                                     f"“{before.get('text')}”不一致，"
                                                     "请确认以哪个为准")
        out.append(observation)
    return out


def _met_by_remembered(observation: Observation, state: SessionState) -> bool:
    """Whether a floor or ceiling the message gives holds for a remembered exact figure."""
    bound = observation.bound
    if bound is None or observation.usable:
        return False
    for raw in state.observations:
        amount = raw.get("amount")
        if (raw.get("measure"), raw.get("component"), raw.get("product", 0)) != (
                observation.measure, observation.component, observation.product) \
                or raw.get("bound") or not isinstance(amount, int) \
                or raw.get("year") not in (observation.year, None):
            continue
        if bound.contains(amount):
            return True
    return False


def _latest_year(state: SessionState, measure: str | None, component: str | None) -> int | None:
    """The latest year the session holds a figure of this measure and part for."""
    return max((year for o in state.observations
                if (o.get("measure"), o.get("component")) == (measure, component)
                and isinstance(year := o.get("year"), int)), default=None)


def _confirm_currency(state: SessionState, currency: str) -> None:
    """"是美元的": figures given without a currency are in that currency from now on."""
    for raw in state.observations:
        if not raw.get("explicit_currency"):
            raw["currency"] = currency
            raw["explicit_currency"] = True


def _complete_unit(state: SessionState, unit: GivenUnit) -> bool:
    """"单位是万元，忘写了": the figure said without a unit now has one.

    "是亿，不是万" rescales the last figure written in the unit it replaces. Whether a
    figure was completed; nothing changes when none waits for a unit.
    """
    waiting = next((o for o in reversed(state.observations) if o.get("bare")), None)
    if waiting is not None:
        amount = Decimal(str(waiting["bare"])) * unit.scale
        waiting.update(amount=int(amount), doubt=None, bare="",
                       text=format_yuan(int(amount)))
        return True
    if unit.replaces is None:
        return False
    if unit.every and state.turns:
        # "单位不是元，都是万元": every figure of the message before, written in that unit.
        before = nfkc(str(state.turns[-1].get("question", "")))
        written_all = [o for o in state.observations if isinstance(o.get("amount"), int)
                       and o.get("amount") and str(o.get("text", "")) in before]
        for raw in written_all:
            amount = Decimal(int(raw["amount"])) * unit.scale / unit.replaces  # type: ignore[call-overload]
            raw.update(amount=int(amount), text=format_yuan(int(amount)))
        if written_all:
            return True
    written = next((o for o in reversed(state.observations)
                    if isinstance(o.get("amount"), int) and o.get("amount")), None)
    if written is None:
        return False
    amount = Decimal(int(written["amount"])) * unit.scale / unit.replaces  # type: ignore[call-overload]
    written.update(amount=int(amount), text=format_yuan(int(amount)))
    return True


def _key(raw: dict[str, object]) -> tuple[object, ...]:
    return (raw.get("measure"), raw.get("year"), raw.get("period"), raw.get("component"),
            raw.get("product", 0))


def _what(raw: dict[str, object]) -> tuple[object, ...]:
    """The figure's measure, part and product, whatever time it is for."""
    return (raw.get("measure"), raw.get("component"), raw.get("product", 0))


def _number(value: object, default: int = 1) -> int:
    return int(value) if isinstance(value, int | float) and value else default


def remember_bound_figures(state: SessionState, bound: dict[str, list[Observation]],
                           measures: dict[str, str], supposed: bool = False) -> None:
    """Keep figures under the measure they were used for.

    Cue-less ones ("具体是6.5亿元"), and a sibling's figure a correction restated ("不是委托，
    是承担生产，实际投入也是这个数"): the next turn finds it under the measure it filled.
    A ``supposed`` figure ("那如果投入到1.64个亿呢") sets aside the one it replaces.
    """
    for fact, observations in bound.items():
        measure = measures.get(fact)
        loose = [o for o in observations if o.measure != measure]
        if not loose or measure is None:
            continue
        products = {o.product for o in loose}
        # Only the figures of the years these are for: "如果明年做到19亿" stays beside "今年是
        # 8.5亿", the case asked about beside this year's figure.
        years = {o.year for o in loose}
        kept = [o for o in state.observations if o.get("measure") != measure
                or int(_number(o.get("product"), 0)) not in products
                or (o.get("year") not in years and None not in years)]
        if supposed:
            _set_aside(state, [o for o in state.observations if o not in kept])
        state.observations = kept
        state.observations += [observation_json(replace(o, measure=measure)) for o in loose]


def _set_aside(state: SessionState, replaced: list[dict[str, object]]) -> None:
    """Keep what a supposition replaces, the first figures only.

    "还是按最开始那个数" after two suppositions is the figure before both.
    """
    aside = {_what(o) for o in state.set_aside}
    state.set_aside += [o for o in replaced if _what(o) not in aside]


def remembered_observations(state: SessionState) -> list[Observation]:
    """The session's figures as observations again."""
    return [observation_from_json(raw) for raw in state.observations]


def observation_json(observation: Observation) -> dict[str, object]:
    """An observation as plain JSON (bounds as a mapping)."""
    data = asdict(observation)
    data["bound"] = asdict(observation.bound) if observation.bound else None
    return data


def observation_from_json(raw: dict[str, object]) -> Observation:
    """The inverse of ``observation_json``."""
    data = dict(raw)
    bound = data.get("bound")
    data["bound"] = Bound(**bound) if isinstance(bound, dict) else None
    data["names_rules"] = tuple(data.get("names_rules") or ())  # type: ignore[arg-type]
    return Observation(**data)  # type: ignore[arg-type]


def _apply_items(state: SessionState, reading: Reading) -> None:
    if reading.items:
        described = [_item_json(m) for m in reading.items]
        # "不对，是2个进入Ⅱ期，另外1个进入了Ⅲ期": a correction restates the products.
        state.items = (state.items or [_current_item(state, reading.item_flags)]) + described \
            if reading.adds_item and not reading.corrects \
            and (state.items or _has_item_facts(state.facts)) else described
        return
    single = {k: v for k, v in reading.facts.items()
              if k in ITEM_FACTS or k in reading.item_flags}
    if state.items and (reading.withdrawn or reading.withdrawn_rows or reading.withdrawn_count):
        # "刚才说的BT-187不算，它其实还没开始临床": what is said beside taking a product back
        # is why; it describes the product leaving, never a new one.
        for name in single:
            reading.facts.pop(name, None)
        return
    if reading.adds_item and single and (state.items or _has_item_facts(state.facts)
                                         or any(f in state.facts for f in reading.item_flags)):
        # "引进了一个品种，已经上市了" then "另外还有一个引进品种也上市了": a product at a
        # milestone is a product too, whatever its kind.
        # "另外还有一个进入Ⅲ期的": the earlier product stays, a new one joins it.
        existing = state.items or [_current_item(state, reading.item_flags)]
        # A product of its own kind ("另外还有一个二类新兽药") takes no kind from the one before.
        own_kind = any(k in single for k in KIND_FACTS)
        shared = {k: v for k, v in existing[-1].items() if k in ITEM_FACTS
                  and not (own_kind and k in KIND_FACTS)}
        if any(k in reading.item_flags for k in single):
            # "另外还有一个拿到注册证书的": at a milestone of its own, in no clinical trial.
            shared = {k: v for k, v in shared.items() if k not in ("clinical_stage",
                                                                     "stage_event")}
        if _ALSO.search(reading.text):
            # "另一个是首仿药，也拿到了": the milestone the product before reached, this one too.
            shared.update({k: v for k, v in existing[-1].items()
                           if k in reading.item_flags and k not in single})
        count = reading.facts.get("varieties")
        state.items = existing + [{**shared, **single, "count": count or 1}]
        reading.facts.pop("varieties", None)
        for name in single:
            reading.facts.pop(name, None)  # the new product's, not the session's
        return
    group = (state.items or [_current_item(state, reading.item_flags)])[-1]
    if single and _ONE_OF.search(reading.text) and int(_number(group.get("count"))) > 1:
        # "三个1类中药都进Ⅲ期了" then "其中一个我刚才说错了，它其实还在Ⅱ期": one product of
        # the group leaves it with what is now said of it; the others stay as they were.
        existing = state.items or [group]
        rest = {**group, "count": int(_number(group.get("count"))) - 1}
        state.items = [*existing[:-1], rest, {**group, **single, "count": 1}]
        for name in (*single, "varieties"):
            reading.facts.pop(name, None)
        return
    if state.items and single and reading.corrects:
        state.items[-1].update(single)  # "不对，是三期": the product last described
        return
    if single and state.items and not reading.corrects:
        state.items = []  # a product described afresh: a new question, one product


# "其中一个…", "one of them…": one product of the group described before.
_ONE_OF = re.compile(r"其中(?:有)?(?:一|1)(?:个|款|种)|\bone of (?:them|those|these|the \w+)\b",
                     re.IGNORECASE)


def _withdraw_items(state: SessionState, reading: Reading) -> None:
    """"B那个划掉": the labelled product leaves the products the session holds.

    A label the session holds no product by, or one that would leave none, cannot be
    applied: it is asked about, never ignored — the total before would be a wrong figure.
    """
    kept = [i for i in state.items if i.get(ITEM_LABEL) not in reading.withdrawn]
    if not kept or len(kept) == len(state.items):
        named = "、".join(sorted(reading.withdrawn))
        reading.doubts.append(f"要去掉的第{named}项与已记录的品种对不上")
        return
    _keep_items(state, kept)


def _withdraw_rows(state: SessionState, reading: Reading) -> None:
    """"表里第二行先不算": the product at that place in the list held leaves it.

    A place the list does not have, or taking back every product, is asked about.
    """
    kept = [i for place, i in enumerate(state.items, start=1)
            if place not in reading.withdrawn_rows]
    if not kept or max(reading.withdrawn_rows) > len(state.items):
        places = "、".join(str(p) for p in sorted(reading.withdrawn_rows))
        reading.doubts.append(f"要去掉的第{places}项与已记录的品种对不上")
        return
    _keep_items(state, kept)


def _keep_items(state: SessionState, kept: list[dict[str, object]]) -> None:
    """The products left after some were taken back, and the count they make."""
    state.items = kept
    state.facts["varieties"] = sum(_number(i.get("count")) for i in kept)
    if len(kept) == 1:
        # One product left is priced on the session's facts: they are now its own (its Ⅰ期,
        # not the Ⅱ期 the message named last, of the product taken back).
        state.facts.update({k: v for k, v in kept[0].items() if k in ITEM_FACTS})


def _withdraw_some(state: SessionState, reading: Reading, taken: int) -> None:
    """"其中有一个还没正式进，先不算": that many fewer products in the one group held.

    With several groups held, which one loses them is unknown; with fewer products than
    taken back, the words do not fit. Both are asked, never guessed.
    """
    # The group this message itself describes ("6个1类…，but leave 5 of them out"), else
    # the one the session holds.
    facts = {**state.facts, **reading.facts}
    groups = state.items or ([_current_item(replace(state, facts=facts), reading.item_flags)]
                             if _has_item_facts(facts) else [])
    if len(groups) != 1:
        reading.doubts.append(f"要去掉的{taken}个品种属于哪一类、哪一期，请具体说明")
        return
    held = int(_number(groups[0].get("count")))
    if taken >= held:
        reading.doubts.append(f"要去掉{taken}个品种，但记录中只有{held}个")
        return
    if state.items:
        state.items[0]["count"] = held - taken
    state.facts["varieties"] = held - taken
    if "varieties" in reading.facts:
        reading.facts["varieties"] = held - taken  # the message's own count, taken from


def _has_item_facts(facts: dict[str, object]) -> bool:
    return any(name in facts for name in ITEM_FACTS if name != "stage_event")


def _current_item(state: SessionState, flags: tuple[str, ...] = ()) -> dict[str, object]:
    item: dict[str, object] = {k: v for k, v in state.facts.items()
                               if k in ITEM_FACTS or k in flags}
    item["count"] = state.facts.get("varieties") or 1
    return item


def _item_json(mention: ItemMention) -> dict[str, object]:
    item: dict[str, object] = {**mention.facts, "count": mention.count or 1}
    if mention.label is not None:
        item[ITEM_LABEL] = mention.label
    if mention.year is not None:
        item[ITEM_YEAR] = mention.year
    return item
