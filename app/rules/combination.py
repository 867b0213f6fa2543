"""How several matching rules combine: 从优不重复 within a level, 市、区两级 across levels.

第十七条 of the draft: one project matching several clauses (or other district
policies) gets the most favourable one only; municipal support may be enjoyed
on top of district support unless stated otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.rules.amounts import format_yuan
from app.rules.calculation import Calculation
from app.rules.loader import RuleBook


@dataclass(frozen=True)
class OverlapDecision:
    """Which of several same-matter calculations wins, and why, in Chinese."""

    group: str
    winner: Calculation
    losers: tuple[Calculation, ...]
    explanation: str


def resolve_overlaps(calculations: list[Calculation], book: RuleBook,
                     unsettled: bool = False) -> list[OverlapDecision]:
    """Apply 从优不重复 to eligible calculations sharing an exclusive group and a level.

    Only calculations whose every condition passed compete: a rule with an
    unsettled condition is not shown to apply, so it may neither beat a rule
    that does nor be said to be 同时符合. Callers that total amounts must leave
    such calculations out themselves until their conditions are settled.
    With ``unsettled`` the still-open ones compete too, and the explanation says
    "如同时符合…" (a condition to confirm, never a claim that both apply).
    """
    accepted = {"eligible", "unknown"} if unsettled else {"eligible"}
    groups: dict[tuple[str, str], list[Calculation]] = {}
    for calc in calculations:
        rule = book.rule(calc.rule_id)
        if rule.exclusive_group and calc.eligibility in accepted:
            groups.setdefault((rule.level, rule.exclusive_group), []).append(calc)
    decisions = []
    for (_, group), members in groups.items():
        if len(members) < 2:
            continue
        ranked = sorted(members, key=lambda c: -(c.amount_yuan or -1))
        winner, losers = ranked[0], tuple(ranked[1:])
        if winner.amount_yuan is None:
            text = ("同一事项符合多项条款，按“从优不重复”原则只享受其一；"
                    "相关条款未写明金额，由主管部门比较后从优确定。")
        else:
            others = "、".join(c.rule_name for c in losers)
            settled = all(c.eligibility == "eligible" for c in members)
            meets = "同时符合" if settled else "如同时符合"
            text = (f"同一事项{meets}“{winner.rule_name}”与“{others}”，按“从优不重复”原则"
                    f"适用金额较高的“{winner.rule_name}”（{format_yuan(winner.amount_yuan)}），"
                    "不重复享受。")
        decisions.append(OverlapDecision(group, winner, losers, text))
    return decisions


def levels_involved(calculations: list[Calculation], book: RuleBook) -> set[str]:
    """Policy levels (district / municipal) among the calculations."""
    return {book.rule(c.rule_id).level for c in calculations}
