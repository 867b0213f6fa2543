"""How a calculation becomes a status: answered, ineligible or a question back.

The calculator reports what it knows; this decides when an unknown fact makes
the amount unknowable (1类 or 2类? entered or completed? 超过1亿美元?) so the
assistant asks instead of assuming, and words the follow-up from the facts' own
descriptions.
"""

from __future__ import annotations

from app.assistant.answer import Status
from app.rules.calculation import Calculation
from app.rules.facts import fact_label, money_facts
from app.rules.schema import Rule


def status_of(calc: Calculation) -> Status:
    """Ineligible on a failed condition; a question back while the figure needs a fact."""
    if calc.eligibility == "ineligible":
        return "ineligible"
    if calc.missing_facts and calc.kind != "unspecified":
        return "needs_info"
    return "answered"


# Facts that pick which figure of a clause applies (1类 or 2类, 进入 or 完成); when one is
# unknown the amount cannot be stated, so the assistant asks instead of assuming.
_SELECTOR_FACTS = frozenset({"drug_class", "stage_event", "clinical_stage", "vet_drug_class",
                             "drug_kind", "registration_certificate"})


def ask_for_selectors(calc: Calculation, rule: Rule, plural_count_unknown: bool,
                       asks_maximum: bool) -> Calculation:
    """Turn an amount resting on an unknown selector (or "几个品种") into a question.

    An unknown money threshold (合同总额超过1亿美元) also decides whether any amount is
    due, unless the user only asks for the ceiling ("最高多少").
    """
    if calc.kind == "unspecified" or calc.eligibility == "ineligible":
        return calc
    deciding = _SELECTOR_FACTS if asks_maximum else _SELECTOR_FACTS | money_facts()
    unknown = [c.fact for c in calc.conditions
               if c.status == "unknown" and c.fact in deciding]
    count_fact = getattr(rule.formula, "count", None)
    if plural_count_unknown and count_fact:
        unknown.append(count_fact)
    missing = [f for f in dict.fromkeys([*calc.missing_facts, *unknown])]
    if missing == calc.missing_facts:
        return calc
    return calc.model_copy(update={"missing_facts": missing, "amount_yuan": None})


def follow_up_for(calc: Calculation) -> str:
    """Ask for exactly the missing facts, in the words the facts are described with."""
    wanted = "、".join(fact_label(name) for name in calc.missing_facts)
    return f"还需要您提供：{wanted}。"
