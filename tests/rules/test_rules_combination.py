"""从优不重复 within one level, 市、区两级 across levels (第十七条 of the draft).

``resolve_overlaps`` decides which of several same-matter calculations a user
gets; a wrong winner is a wrong amount as surely as a wrong rate.
"""

from __future__ import annotations

import pytest

from app.rules.calculator import calculate
from app.rules.combination import levels_involved, resolve_overlaps
from app.rules.fact_values import facts_from_pairs
from app.rules.loader import RuleBook

WAN = 10_000
APPROVAL_RULES = ("zone-6-1-class1-approval", "zone-6-1-class2-approval",
                  "zone-6-1-improved-first-generic")


def _calculations(book: RuleBook, rule_ids: tuple[str, ...], *pairs: str) -> list:
    facts = facts_from_pairs(pairs, book.vocabulary)
    return [calculate(book.rule(rule_id), facts) for rule_id in rule_ids]


def test_same_matter_same_level_keeps_the_most_favourable(rulebook: RuleBook) -> None:
    class1, _, first_generic = _calculations(
        rulebook, APPROVAL_RULES, "drug_class=1类", "drug_kind=first_generic",
        "registration_certificate=是", "industrialised=是", "varieties=1")
    # The text says 最高1000万元 for both; give one a lower figure to see the ranking.
    lower = first_generic.model_copy(update={"amount_yuan": 300 * WAN})
    [decision] = resolve_overlaps([lower, class1], rulebook)
    assert decision.winner.rule_id == "zone-6-1-class1-approval"
    assert [loser.rule_id for loser in decision.losers] == ["zone-6-1-improved-first-generic"]
    assert "从优不重复" in decision.explanation and "1000万元" in decision.explanation


def test_first_generic_that_is_also_class1_gets_one_approval_award(rulebook: RuleBook) -> None:
    calcs = _calculations(rulebook, APPROVAL_RULES, "drug_class=1类", "drug_kind=first_generic",
                          "registration_certificate=是", "industrialised=是", "varieties=1")
    [decision] = resolve_overlaps(calcs, rulebook)
    assert decision.group == "zone-approval"
    assert decision.winner.amount_yuan == 1000 * WAN
    assert {c.rule_id for c in (decision.winner, *decision.losers)} == {
        "zone-6-1-class1-approval", "zone-6-1-improved-first-generic"}


def test_ineligible_calculations_take_no_part(rulebook: RuleBook) -> None:
    # The vocabulary has no "new drug" kind any more (drug_kind is 改良型 or 首仿), so the
    # ineligible one here is the 1类 award of a 2类 drug: it competes with nobody.
    calcs = _calculations(rulebook, APPROVAL_RULES, "drug_class=2类", "drug_kind=improved",
                          "registration_certificate=是", "industrialised=是", "varieties=1")
    assert [c.eligibility for c in calcs] == ["ineligible", "eligible", "eligible"]
    [decision] = resolve_overlaps(calcs, rulebook)
    assert {c.rule_id for c in (decision.winner, *decision.losers)} == {
        "zone-6-1-class2-approval", "zone-6-1-improved-first-generic"}


def test_all_ineligible_calculations_make_no_decision(rulebook: RuleBook) -> None:
    calcs = _calculations(rulebook, APPROVAL_RULES, "drug_class=1类", "drug_kind=first_generic",
                          "registration_certificate=否", "industrialised=是")
    assert [c.eligibility for c in calcs] == ["ineligible", "ineligible", "ineligible"]
    assert resolve_overlaps(calcs, rulebook) == []


@pytest.mark.parametrize(("district_rule", "municipal_rule", "pairs"), [
    ("zone-4-2-ai-digital-projects", "m2026-5-ai-demonstration",
     ("engineering_investment_yuan=2亿",)),
    ("zone-15-2-shared-platform", "m2026-7-service-platform",
     ("platform_investment_yuan=1亿",)),
])
def test_district_and_municipal_support_may_be_combined(rulebook: RuleBook, district_rule: str,
                                                        municipal_rule: str,
                                                        pairs: tuple[str, ...]) -> None:
    calcs = _calculations(rulebook, (district_rule, municipal_rule), *pairs)
    assert rulebook.rule(district_rule).exclusive_group == \
        rulebook.rule(municipal_rule).exclusive_group
    assert resolve_overlaps(calcs, rulebook) == []
    assert levels_involved(calcs, rulebook) == {"district", "municipal"}


def test_an_unproven_rule_does_not_beat_an_eligible_one(rulebook: RuleBook) -> None:
    calcs = _calculations(rulebook, APPROVAL_RULES, "drug_class=2类",
                          "registration_certificate=是", "industrialised=是", "varieties=1")
    assert [c.eligibility for c in calcs] == ["ineligible", "eligible", "unknown"]
    for decision in resolve_overlaps(calcs, rulebook):
        assert decision.winner.eligibility == "eligible"


def test_only_proven_rules_are_said_to_apply_together(rulebook: RuleBook) -> None:
    class1, _, first_generic = _calculations(
        rulebook, APPROVAL_RULES, "drug_class=1类", "registration_certificate=是",
        "industrialised=是", "varieties=1")
    assert (class1.eligibility, first_generic.eligibility) == ("eligible", "unknown")
    # drug_kind is unknown: 首仿/改良型 is not shown to apply, so nothing is 同时符合.
    assert resolve_overlaps([class1, first_generic], rulebook) == []
