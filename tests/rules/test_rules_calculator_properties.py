"""Properties that must hold for every rule and every base, not just the worked examples.

A ceiling the clause states (最高 / 不超过 / 每个企业每年不超过) is never exceeded,
and more revenue, investment or varieties never earns less. The rules are read
from ``corpus/rules`` at collection time so each capped or base-driven rule is
its own test case, and a new rule is covered without editing this file.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.config import PROJECT_ROOT
from app.rules.amounts import parse_money
from app.rules.calculator import calculate
from app.rules.facts import Facts
from app.rules.loader import load_rulebook
from app.rules.schema import PerUnit, PerUnitTable, Rate, Rule, Tiers

BOOK = load_rulebook(PROJECT_ROOT / "corpus" / "rules")
FACTS = BOOK.vocabulary.facts_model()  # the typed facts the vocabulary declares

bases = st.integers(min_value=0, max_value=10**13)
counts = st.integers(min_value=1, max_value=1000)


def _caps_yuan(rule: Rule) -> list[int]:
    caps = [cap.yuan() for cap in rule.caps]
    if isinstance(rule.formula, Rate) and rule.formula.cap:
        caps.append(parse_money(rule.formula.cap).amount)
    return caps


def _facts_for(rule: Rule, base: int, count: int, key_index: int) -> Facts:
    """Facts that feed the rule's formula; conditions stay unstated (the amount is computed)."""
    formula = rule.formula
    values: dict[str, object] = {}
    if isinstance(formula, Rate | Tiers):
        values[formula.base] = base
    if isinstance(formula, PerUnitTable):
        keys = list(formula.table)
        raw_key = keys[key_index % len(keys)]
        values[formula.key] = int(raw_key) if raw_key.isdigit() else raw_key
    if isinstance(formula, PerUnitTable | PerUnit) and formula.count:
        values[formula.count] = count
    return FACTS.model_validate(values)


CAPPED_RULES = [rule for rule in BOOK.rules if _caps_yuan(rule) and rule.kind != "unspecified"]
BASED_RULES = [rule for rule in BOOK.rules if isinstance(rule.formula, Rate | Tiers)]
COUNTED_RULES = [rule for rule in BOOK.rules
                 if isinstance(rule.formula, PerUnitTable | PerUnit) and rule.formula.count]


def test_property_tables_are_not_empty() -> None:
    capped = {rule.id for rule in CAPPED_RULES}
    assert {"zone-5-1-clinical-entry", "zone-15-2-shared-platform", "m2026-5-ai-demonstration",
            "m2026-11-park-operation"} <= capped
    assert len(BASED_RULES) >= 10 and len(COUNTED_RULES) >= 6


@pytest.mark.parametrize("rule", CAPPED_RULES, ids=lambda rule: rule.id)
@settings(deadline=None, max_examples=60)
@given(base=bases, count=counts, key_index=st.integers(min_value=0, max_value=9))
def test_capped_amount_never_exceeds_its_cap(rule: Rule, base: int, count: int,
                                             key_index: int) -> None:
    calc = calculate(rule, _facts_for(rule, base, count, key_index))
    assert calc.amount_yuan is not None
    assert calc.amount_yuan <= min(_caps_yuan(rule))


def _amount_or_zero(rule: Rule, facts: Facts) -> int:
    amount = calculate(rule, facts).amount_yuan
    return 0 if amount is None else amount


def _with_conditions_met(rule: Rule, values: dict[str, object]) -> Facts:
    """Add the boolean facts a rule's conditions ask for (首次突破, 实施产业化 …) as met."""
    for condition in rule.conditions:
        if condition.op in ("is_true", "is_false"):
            values.setdefault(condition.fact, condition.op == "is_true")
    return FACTS.model_validate(values)


@pytest.mark.parametrize("rule", BASED_RULES, ids=lambda rule: rule.id)
@settings(deadline=None, max_examples=60)
@given(low=bases, extra=bases)
def test_amount_is_monotone_in_its_base(rule: Rule, low: int, extra: int) -> None:
    base_fact = rule.formula.base  # type: ignore[union-attr]
    smaller = _amount_or_zero(rule, _with_conditions_met(rule, {base_fact: low}))
    larger = _amount_or_zero(rule, _with_conditions_met(rule, {base_fact: low + extra}))
    assert smaller <= larger


@pytest.mark.parametrize("rule", COUNTED_RULES, ids=lambda rule: rule.id)
@settings(deadline=None, max_examples=40)
@given(low=counts, extra=st.integers(min_value=0, max_value=999),
       key_index=st.integers(min_value=0, max_value=9))
def test_amount_is_monotone_in_the_variety_count(rule: Rule, low: int, extra: int,
                                                 key_index: int) -> None:
    high = min(low + extra, 1000)
    smaller = calculate(rule, _facts_for(rule, 0, low, key_index)).amount_yuan
    larger = calculate(rule, _facts_for(rule, 0, high, key_index)).amount_yuan
    assert smaller is not None and larger is not None
    assert smaller <= larger


RATE_RULES = [rule for rule in BOOK.rules if isinstance(rule.formula, Rate)]


@pytest.mark.parametrize("rule", RATE_RULES, ids=lambda rule: rule.id)
@settings(deadline=None, max_examples=60)
@given(base=bases)
def test_rate_amount_is_the_rate_rounded_down_then_capped(rule: Rule, base: int) -> None:
    formula = rule.formula
    assert isinstance(formula, Rate)
    calc = calculate(rule, FACTS.model_validate({formula.base: base}))
    expected = math.floor(Fraction(base) * formula.fraction())
    for cap in _caps_yuan(rule):
        expected = min(expected, cap)
    # A condition on the base itself (主营业务收入 ≥ 5亿) withholds the amount instead.
    assert calc.amount_yuan == (None if calc.eligibility == "ineligible" else expected)
