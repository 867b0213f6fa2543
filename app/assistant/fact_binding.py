"""Give the chosen rule the facts it needs from what the user said.

People say 营收 whether they mean 主营业务收入 (第十二条) or 营业收入 (第十三条),
and 投了 for a platform or a project. Once the rule is known, an amount stated
under a sibling name, or with no cue at all, is bound to the fact the rule uses.
"""

from __future__ import annotations

from pydantic import ValidationError

from app.assistant.fact_extraction import ExtractedFacts
from app.rules.facts import Facts, money_facts
from app.rules.schema import Rule

# Facts people name interchangeably; only a rule's own need decides between them.
_FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"last_year_revenue_yuan", "main_revenue_yuan", "sales_revenue_yuan",
               "service_value_yuan"}),
    frozenset({"platform_investment_yuan", "project_investment_yuan",
               "production_investment_yuan", "transaction_value_yuan"}),
    frozenset({"registration_cost_yuan"}),
)


def family_of(fact: str) -> frozenset[str]:
    """The facts people name interchangeably with this one (itself included)."""
    return next((family for family in _FAMILIES if fact in family), frozenset({fact}))


def needed_money_facts(rule: Rule) -> list[str]:
    """Money facts the rule's formula or conditions read."""
    needed = [f for f in rule.formula_facts() if f in money_facts()]
    needed += [c.fact for c in rule.conditions if c.fact in money_facts()]
    return list(dict.fromkeys(needed))


FLOOR_PREFIX = "floor:"


def floor_marks(extracted: ExtractedFacts) -> dict[str, object]:
    """Session entries remembering which money facts were only stated as a floor."""
    marks: dict[str, object] = {f"{FLOOR_PREFIX}{name}": True for name in extracted.lower_bounds}
    marks.update({f"{FLOOR_PREFIX}{name}": False for name in extracted.values
                  if name in money_facts() and name not in extracted.lower_bounds})
    return marks


def bind_facts(
    rule: Rule, facts: dict[str, object], extracted: ExtractedFacts
) -> dict[str, object]:
    """Facts with sibling-named or cue-less amounts moved to the rule's own fact names.

    What the current message says outranks what the session remembers: a cue-less
    amount now ("具体是6.5亿元") replaces a floor given earlier ("第一次过5亿").
    Each cue-less amount is used once.
    """
    bound = dict(facts)
    needed = needed_money_facts(rule)
    unassigned = [m for m in extracted.unassigned() if m.currency == "CNY"]
    if "rd_year_before_last_yuan" in extracted.values and "rd_last_year_yuan" not in \
            extracted.values and unassigned and "rd_last_year_yuan" in needed:
        # "前年研发600万，去年700万": the cue-less figure is last year's R&D.
        bound["rd_last_year_yuan"] = unassigned.pop(0).amount
    for fact in needed:
        if fact in extracted.values and fact not in extracted.lower_bounds:
            continue
        family = family_of(fact)
        sibling = next((name for name in family
                        if name in extracted.values and name not in needed), None)
        if sibling is not None:
            bound[fact] = extracted.values[sibling]
            bound[f"{FLOOR_PREFIX}{fact}"] = sibling in extracted.lower_bounds
            continue
        if fact.endswith("_yuan") and unassigned:
            bound[fact] = unassigned.pop(0).amount
            bound[f"{FLOOR_PREFIX}{fact}"] = False
            continue
        if fact in bound:
            continue
        sibling = next((name for name in family if name in bound and name not in needed), None)
        if sibling is not None:
            bound[fact] = bound[sibling]
            bound[f"{FLOOR_PREFIX}{fact}"] = bound.get(f"{FLOOR_PREFIX}{sibling}", False)
    _two_year_total(bound)
    return bound


def _two_year_total(bound: dict[str, object]) -> None:
    """上两年研发投入总额 from the two yearly figures when only those were given."""
    earlier, last = bound.get("rd_year_before_last_yuan"), bound.get("rd_last_year_yuan")
    if "rd_two_years_yuan" not in bound and isinstance(earlier, int) and isinstance(last, int):
        bound["rd_two_years_yuan"] = earlier + last


def without_floor_bases(rule: Rule, facts: dict[str, object]) -> dict[str, object]:
    """Drop a rate's base when the user only restated the clause's threshold ("突破5亿").

    "首次突破5亿" repeats the condition of 第十二条（一） and says nothing of the actual
    revenue, so 2‰ of it cannot be computed and the exact figure is asked for. A floor
    of the user's own ("exceeded 800 million") is their figure, stated loosely, and is used.
    """
    base = getattr(rule.formula, "base", None)
    if getattr(rule.formula, "type", None) != "rate" or not base or not facts.get(
            f"{FLOOR_PREFIX}{base}"):
        return facts
    thresholds = {money.amount for condition in rule.conditions
                  if condition.fact == base and (money := condition.threshold()) is not None}
    if facts.get(base) in thresholds:
        return {k: v for k, v in facts.items() if k != base}
    return facts


def to_facts(values: dict[str, object]) -> Facts:
    """Validated Facts; a value that breaks the model (e.g. 0 varieties) is dropped."""
    clean = {k: v for k, v in values.items() if k in Facts.model_fields}
    while True:
        try:
            return Facts.model_validate(clean)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors()}
            clean = {k: v for k, v in clean.items() if k not in bad}
