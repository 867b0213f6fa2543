"""Profile matching (政策计算器): every rule an enterprise's facts meet, with totals.

Government portals offer matching; this one shows its working: each rule with
its amount, kind, unmet conditions and clause, and totals that respect
从优不重复 within a level and name which rule wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.rules.calculation import Calculation
from app.rules.calculator import calculate
from app.rules.combination import OverlapDecision, resolve_overlaps
from app.rules.facts import Facts
from app.rules.loader import RuleBook


@dataclass(frozen=True)
class ProfileMatch:
    """The outcome of matching one profile against all rules."""

    matched: list[Calculation]  # eligible or not yet decidable, with the facts they use
    ineligible: list[Calculation]
    overlaps: list[OverlapDecision]
    total_by_level: dict[str, int]  # district / municipal sums of amounts that count


def match_profile(facts: Facts, book: RuleBook) -> ProfileMatch:
    """Rules the facts speak to (a stated fact the rule reads), evaluated and combined."""
    stated = set(facts.known())
    relevant = []
    for rule in book.rules:
        reads = rule.facts_read()
        reads.discard("varieties")
        if reads & stated:
            relevant.append(calculate(rule, facts))
    matched = [c for c in relevant if c.eligibility != "ineligible"]
    ineligible = [c for c in relevant if c.eligibility == "ineligible"]
    overlaps = resolve_overlaps(matched, book)
    losers = {loser.rule_id for decision in overlaps for loser in decision.losers}
    totals: dict[str, int] = {}
    for calc in matched:
        # Only rules shown to apply count towards a total; an unsettled condition is no money.
        if (calc.rule_id in losers or calc.amount_yuan is None or calc.missing_facts
                or calc.eligibility != "eligible"):
            continue
        level = book.rule(calc.rule_id).level
        totals[level] = totals.get(level, 0) + calc.amount_yuan
    return ProfileMatch(matched, ineligible, overlaps, totals)
