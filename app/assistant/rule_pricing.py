"""Price one rule for a conversation: its facts resolved, per product, with a status.

The resolver fills the rule's money facts (or says what to ask); products the
user described separately are priced one by one; a condition nobody stated is
asked for rather than assumed (unless the rule says it may be assumed); a fact
that cannot be right (1.5个品种, a range for a rate's base) turns the answer
into a question. The result is a calculation and the status it earns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from app.assistant.answer import Status
from app.assistant.fact_reader import ITEM_FACTS, ITEM_LABEL, ITEM_YEAR, Reading, names_own_kind
from app.assistant.fact_resolver import Resolution, money_facts_of, resolve
from app.assistant.money_reader import Observation
from app.assistant.session_state import SessionState
from app.assistant.yearly_trend import trend_facts
from app.rules.amounts import format_yuan, parse_money
from app.rules.calculation import Calculation
from app.rules.facts import Facts
from app.rules.item_calculation import calculate_items
from app.rules.schema import PerUnit, PerUnitTable, Rule, Tiers
from app.rules.vocabulary import Vocabulary


@dataclass
class Priced:
    """A rule's calculation for this conversation, its status and what to ask."""

    rule: Rule
    calc: Calculation
    status: Status
    questions: list[str] = field(default_factory=list)
    resolution: Resolution = field(default_factory=Resolution)
    # Facts (not figures) this answer asks the user for; a bare reply may fill them.
    asked_facts: list[str] = field(default_factory=list)
    # The amount should its unsettled conditions hold (None: not known even then).
    potential_yuan: int | None = None


@dataclass(frozen=True)
class Wording:
    """What the question's wording asks for (from ``intent``)."""

    asks_maximum: bool = False
    asks_cap: bool = False


def item_fits(rule: Rule, item: dict[str, object], flags: tuple[str, ...] = ()) -> bool:
    """Whether a product's own facts state and meet every selector of the rule.

    A product fits a rule only on what it says: a 2类 drug fits the 2类 approval rule,
    not the veterinary one, which needs a veterinary class to be stated. A yes/no fact
    each product carries (``flags``: 获证, 已上市) must be stated by the product and hold.
    """
    for condition in rule.conditions:
        if condition.fact in flags and condition.op in ("is_true", "is_false") and \
                item.get(condition.fact) is not (condition.op == "is_true"):
            return False
    # Product facts pick which figure of a clause applies (1类 or 2类, 进入 or 完成).
    for condition in rule.conditions:
        if condition.op not in ("eq", "in") or condition.fact not in ITEM_FACTS:
            continue
        if condition.fact not in item:
            return False
        allowed = condition.value if isinstance(condition.value, list) else [condition.value]
        if str(item[condition.fact]) not in {str(v) for v in allowed}:
            return False
    formula = rule.formula
    if isinstance(formula, PerUnitTable):
        return formula.key in item and str(item[formula.key]) in formula.table
    return True


def price(rule: Rule, vocabulary: Vocabulary, state: SessionState, reading: Reading,
          current: list[Observation], remembered: list[Observation], reference_year: int,
          wording: Wording, items: list[dict[str, object]] | None = None) -> Priced:
    """The rule's calculation with the conversation's facts, and the status it earns."""
    model = vocabulary.facts_model()
    several = len(items or []) > 1 or len(reading.items) > 1 or _several_products(reading)
    count = state.facts.get("varieties")
    applied = state.facts.get(vocabulary.applied_year_fact or "")
    resolution = resolve(rule, vocabulary, current, remembered, reference_year, several,
                         count if isinstance(count, int) else None,
                         applied if isinstance(applied, int) else None, reading.projects,
                         restated=reading.corrects)
    values: dict[str, object] = {**state.facts, **resolution.values}
    trends, trend_questions = trend_facts(rule, vocabulary, remembered, values, reference_year)
    values.update(trends)
    _first_crossing(rule, values, resolution)
    questions = list(resolution.questions) + trend_questions + _threshold_questions(
        rule, resolution, reading.text)
    vague = [name for name in reading.vague
             if name not in state.facts and any(c.fact == name for c in rule.conditions)]
    questions += [f"您提到“{reading.vague[name]}”，请告知{vocabulary.label(name)}。"
                  for name in vague]
    per_unit = isinstance(rule.formula, PerUnit | PerUnitTable)
    if per_unit and reading.doubts:
        questions += [f"您提到的{doubt}，请确认品种数量。" for doubt in reading.doubts]
    per_item = _per_item_facts(rule, model, values, items, resolution)
    years = [item.get(ITEM_YEAR) for item in items] if items and len(items) == len(per_item) \
        else []
    calc = calculate_items(rule, per_item, resolution.bounds,
                           [y if isinstance(y, int) else None for y in years])
    for name, question in resolution.unsettled.items():
        # A range or an estimate answers only when every value it allows gives one answer.
        if calc.eligibility != "ineligible" and (
                calc.amount_yuan is None or name in calc.missing_facts
                or any(c.fact == name and c.status == "unknown" for c in calc.conditions)):
            questions.append(question)
        else:
            calc = calc.model_copy(update={"notes": [*calc.notes, (
                f"您给出的“{vocabulary.label(name)}”不是确切金额；按其可能的取值，"
                "结果都相同，故可据此答复。")]})
    # A derivation that is a sentence of its own ("…倒推得出。") states no result.
    worked = [f"“{vocabulary.label(name)}”按您给出的数额推算：{o.derivation}"
              + ("" if o.derivation.endswith("。") else f" = {format_yuan(o.amount or 0)}。")
              for name, used in resolution.used.items() for o in used if o.derivation]
    if worked:
        # "今年比去年多了50万，去年是1550万": the figure worked out, shown with its working.
        calc = calc.model_copy(update={"notes": [*calc.notes, *dict.fromkeys(worked)]})
    # "项目总投资24500万，最多能给多少" of an AI scene priced on its 工程投资: a figure of a
    # measure the base is often confused with was given, so the base is asked, not capped.
    confused = {h for f in money_facts_of(rule) if (spec := vocabulary.facts.get(f))
                and spec.measure in vocabulary.measures
                for h in vocabulary.measures[spec.measure].hints}
    if not any(o.measure in confused for o in current):
        calc = _maximum_if_asked(calc, rule, wording)
    # What the rule gives should its unsettled conditions hold: for 从优不重复, where the
    # better of two provisions cannot be known before they are settled.
    potential = calc.amount_yuan if calc.eligibility != "ineligible" and not questions \
        else None
    calc = _unknowns_asked(calc, rule, wording, reading.plural_count_unknown
                           and "varieties" not in state.facts)
    if questions:
        # A figure we doubt is never worked into a sum the user could copy ("= 450万元").
        calc = calc.model_copy(update={"amount_yuan": None, "formula": _PENDING_FORMULA})
    status = _status(calc, questions)
    if status == "needs_info" and wording.asks_cap and rule.caps and not questions:
        status = "answered"  # "每年有没有上限": the ceiling is the answer; details may follow
    # Money facts too: a bare figure next ("具体是2.655亿") is the amount asked for.
    asked = [f for f in calc.missing_facts if f in vocabulary.facts] + vague
    return Priced(rule, calc, status, questions, resolution,
                  list(dict.fromkeys(asked)) if status == "needs_info" else [], potential)


_PENDING_FORMULA = "待确认文末所提问题后再计算"


def _several_products(reading: Reading) -> bool:
    return reading.several_products or reading.adds_item


def _facts(model: type[Facts], values: dict[str, object]) -> Facts:
    """Validated facts; a value that breaks the model (0 varieties) is dropped."""
    clean = {k: v for k, v in values.items() if k in model.model_fields}
    while True:
        try:
            return model.model_validate(clean)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors()}
            clean = {k: v for k, v in clean.items() if k not in bad}


def _per_item_facts(rule: Rule, model: type[Facts], values: dict[str, object],
                    items: list[dict[str, object]] | None,
                    resolution: Resolution) -> list[Facts]:
    """One set of facts per product, when the rule is priced per product."""
    count_fact = getattr(rule.formula, "count", None)
    if items and count_fact:
        # Each product on its own facts (a group may hold one product of several described).
        return [_facts(model, {**_shared_with(item, values),
                               **{k: v for k, v in item.items()
                                  if k not in ("count", ITEM_YEAR, ITEM_LABEL)},
                               count_fact: item.get("count") or 1}) for item in items]
    for name, amounts in resolution.per_item.items():
        if len(amounts) > 1:
            earlier = resolution.per_item_earlier.get(name) or [[] for _ in amounts]
            # Each figure is one product's: a per-product sum counts that product once.
            one = {count_fact: 1} if count_fact else {}
            return [_facts(model, _item_crossing(rule, {**values, name: amount, **one}, name,
                                                 before))
                    for amount, before in zip(amounts, earlier, strict=False)]
    return [_facts(model, values)]


def _shared_with(item: dict[str, object], values: dict[str, object]) -> dict[str, object]:
    """The conversation's facts a product takes: not another product's kind or stage.

    A product that names its own kind ("另外一个二类新兽药") is not the 1类 drug whose class
    and clinical stage the session holds.
    """
    if not names_own_kind(item):
        return values
    return {k: v for k, v in values.items() if k not in ITEM_FACTS}


_EXACTLY = re.compile(r"正好|恰好|刚好|刚刚好|整整|[0-9万亿]整|exactly|precisely", re.IGNORECASE)


def _threshold_questions(rule: Rule, resolution: Resolution, text: str) -> list[str]:
    """A figure exactly on a threshold whose clause leaves the boundary open is asked.

    Exactly: said so ("正好5000万"), or an actual year's figure beside an earlier one
    ("去年4000万，今年5000万"). "那如果是10亿呢" after "首次突破5亿" is the next mark.
    """
    formula = rule.formula
    if not isinstance(formula, Tiers) or formula.at_threshold != "ask":
        return []
    history = bool(resolution.earlier.get(formula.base)) or any(
        resolution.per_item_earlier.get(formula.base, []))
    if not history and not _EXACTLY.search(text):
        return []
    # Only a figure stated as such ("今年正好5000万"), not one the user says was reached
    # ("首次达到1亿", "passed 100 million"): that one restates the clause's own mark.
    figures = [o.amount for o in resolution.used.get(formula.base, [])
               if o.role is None and not o.reached]
    marks = {parse_money(t.threshold).amount: t.threshold for t in formula.tiers}
    return [f"您提到的{format_yuan(figure)}恰好等于条款所列的“{marks[figure]}”一档，"
            f"条款未写明是否含本数，是否算“突破”需向主管部门确认。"
            for figure in dict.fromkeys(figures) if isinstance(figure, int) and figure in marks]


def _item_crossing(rule: Rule, values: dict[str, object], name: str,
                   earlier: list[int]) -> dict[str, object]:
    """One product's values, "首次" judged on that product's own history."""
    if earlier:
        _first_crossing(rule, values, Resolution(earlier={name: earlier}))
    return values


def _first_crossing(rule: Rule, values: dict[str, object], resolution: Resolution) -> None:
    """"首次": not the first time when an earlier figure already met the mark."""
    for condition in rule.conditions:
        fact = condition.first_crossing_of
        if not fact or fact not in values:
            continue
        earlier = resolution.earlier.get(fact, [])
        below = resolution.earlier_below.get(fact, [])
        above = resolution.earlier_above.get(fact, [])
        if not earlier and not below and not above:
            continue
        latest = values[fact]
        marks = _marks_for(rule, fact)
        reached = [m for m in marks if isinstance(latest, int) and latest >= m]
        if reached and (any(e >= max(reached) for e in earlier)
                        or any(a >= max(reached) for a in above)):
            values[condition.fact] = False
        elif reached and condition.fact not in values and (earlier or any(
                b <= max(reached) for b in below)):
            values[condition.fact] = True  # below the mark before, above it now


def _marks_for(rule: Rule, fact: str) -> list[int]:
    if isinstance(rule.formula, Tiers) and rule.formula.base == fact:
        return [parse_money(t.threshold).amount for t in rule.formula.tiers]
    return [threshold.amount for c in rule.conditions
            if c.fact == fact and (threshold := c.threshold()) is not None]


def _maximum_if_asked(calc: Calculation, rule: Rule, wording: Wording) -> Calculation:
    """"最高多少" about a capped rate with no base given: the cap is the answer."""
    cap = getattr(rule.formula, "cap", None)
    if calc.missing_facts and wording.asks_maximum and cap and calc.eligibility != "ineligible":
        cap_yuan = parse_money(cap).amount
        return calc.model_copy(update={
            "amount_yuan": cap_yuan, "missing_facts": [],
            "formula": f"{calc.formula}；按上限计，最高 {format_yuan(cap_yuan)}"})
    return calc


def _unknowns_asked(calc: Calculation, rule: Rule, wording: Wording,
                    plural_count_unknown: bool) -> Calculation:
    """Unstated conditions and "几个品种" make the amount unknowable: ask, do not assume.

    Only "最高多少" is answered without them (the ceiling, with the conditions to meet).
    """
    if calc.kind == "unspecified" or calc.eligibility == "ineligible":
        return calc
    assumed = {c.fact for c in rule.conditions if c.assume_when_unknown}
    unknown = [c.fact for c in calc.conditions if c.status == "unknown"
               and c.fact not in assumed and c.fact is not None]
    count_fact = getattr(rule.formula, "count", None)
    if plural_count_unknown and count_fact:
        unknown.append(count_fact)
    missing = list(dict.fromkeys([*calc.missing_facts, *unknown]))
    if missing == calc.missing_facts:
        return calc
    return calc.model_copy(update={"missing_facts": missing, "amount_yuan": None})


def _status(calc: Calculation, questions: list[str]) -> Status:
    if calc.eligibility == "ineligible":
        return "ineligible"
    if questions or (calc.missing_facts and calc.kind != "unspecified"):
        return "needs_info"
    return "answered"


def needed_money(rule: Rule) -> list[str]:
    """Money facts the rule reads (re-exported for the service's bookkeeping)."""
    return money_facts_of(rule)
