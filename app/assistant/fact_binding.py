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


def needed_money_facts(rule: Rule) -> list[str]:
    """Money facts the rule's formula or conditions read."""
    needed = [f for f in rule.formula_facts() if f in money_facts()]
    needed += [c.fact for c in rule.conditions if c.fact in money_facts()]
    return list(dict.fromkeys(needed))


def bind_facts(
    rule: Rule, facts: dict[str, object], extracted: ExtractedFacts
) -> dict[str, object]:
    """Facts with sibling-named or cue-less amounts moved to the rule's own fact names."""
    bound = dict(facts)
    needed = needed_money_facts(rule)
    for fact in needed:
        if fact in bound:
            continue
        family = next((f for f in _FAMILIES if fact in f), frozenset())
        sibling = next((name for name in family
                        if name in extracted.values and name not in needed), None)
        if sibling is None:
            sibling = next((name for name in family if name in bound and name not in needed),
                           None)
        if sibling is not None:
            bound[fact] = bound[sibling]
            continue
        unassigned = extracted.unassigned()
        if unassigned and fact.endswith("_yuan") and unassigned[0].currency == "CNY":
            bound[fact] = unassigned[0].amount
    return bound


def to_facts(values: dict[str, object]) -> Facts:
    """Validated Facts; a value that breaks the model (e.g. 0 varieties) is dropped."""
    clean = {k: v for k, v in values.items() if k in Facts.model_fields}
    while True:
        try:
            return Facts.model_validate(clean)
        except ValidationError as exc:
            bad = {str(error["loc"][0]) for error in exc.errors()}
            clean = {k: v for k, v in clean.items() if k not in bad}
