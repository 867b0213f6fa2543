"""Several products under one rule: ``calculate_items`` prices each, sums, then caps.

"三个1类进Ⅱ期、一个进Ⅲ期" is 3 × 100万 + 1 × 200万 under 第五条（一）; the
per-enterprise ceiling (每个企业每年不超过1亿元) applies to the sum, never to
one product. These replace the per-stage breakdown the calculator once did
itself (the removed ``clinical_stage_counts`` fact).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.config import PROJECT_ROOT
from app.rules.bounds import Bound
from app.rules.calculator import calculate
from app.rules.facts import Facts
from app.rules.item_calculation import calculate_items
from app.rules.loader import RuleBook
from app.rules.vocabulary import load_vocabulary

WAN = 10_000
YI = 100_000_000
FACTS = load_vocabulary(PROJECT_ROOT / "corpus").facts_model()
ENTRY = "zone-5-1-clinical-entry"


def _entered(stage: str, varieties: int | None, drug_class: int = 1) -> Facts:
    """One group of 1类 varieties that entered a clinical stage."""
    return FACTS(drug_class=drug_class, clinical_stage=stage, stage_event="entered",
                 varieties=varieties)


@dataclass(frozen=True)
class ItemsCase:
    """Products under one rule and the summed amount the clause gives them."""

    name: str
    rule_id: str
    items: tuple[Facts, ...]
    amount_yuan: int | None
    kind: str
    caps_applied: tuple[str, ...] = ()


ITEM_CASES = [
    # 第五条（一）: Ⅱ期 每个品种100万元, Ⅲ期 200万元: 3 × 100万 + 1 × 200万.
    ItemsCase("3 at Ⅱ期 + 1 at Ⅲ期", ENTRY, (_entered("II", 3), _entered("III", 1)),
              500 * WAN, "fixed"),
    ItemsCase("1 at each stage", ENTRY,
              (_entered("I", 1), _entered("II", 1), _entered("III", 1)), 350 * WAN, "fixed"),
    # 30 × 200万 + 30 × 100万 = 9000万: under the ceiling.
    ItemsCase("30 at Ⅲ期 + 30 at Ⅱ期", ENTRY, (_entered("III", 30), _entered("II", 30)),
              9000 * WAN, "fixed"),
    # 30 × 200万 + 50 × 100万 = 1.1亿 > 每个企业每年不超过1亿元: each part is under the
    # ceiling, the sum is not; the figure becomes a ceiling.
    ItemsCase("sum above the 1亿 cap", ENTRY, (_entered("III", 30), _entered("II", 50)),
              YI, "upper_bound", ("每个企业每年不超过1亿元",)),
    # 60 × 200万 = 1.2亿 in one part: capped once, on the sum.
    ItemsCase("one part above the cap", ENTRY, (_entered("III", 60), _entered("I", 1)),
              YI, "upper_bound", ("每个企业每年不超过1亿元",)),
    # 40 × 200万 + 20 × 100万 = 1亿 exactly: allowed in full, still the clause's fixed sum.
    ItemsCase("sum exactly at the cap", ENTRY, (_entered("III", 40), _entered("II", 20)),
              YI, "fixed"),
    # An unstated count is one variety per product.
    ItemsCase("unstated counts are one each", ENTRY,
              (_entered("II", None), _entered("III", None)), 300 * WAN, "fixed"),
    # 第八条（一）: 不超过实际交易额的10%, per commissioned variety: 2550万 + 1.8亿.
    ItemsCase("two commissioned varieties", "zone-8-1-commissioned-production",
              (FACTS(transaction_value_yuan=2550 * WAN, contract_manufacturer=False),
               FACTS(transaction_value_yuan=18000 * WAN, contract_manufacturer=False)),
              2055 * WAN, "upper_bound"),
    # 第十二条（三）: each variety its own tier: 6亿 → 200万, 12亿 → 500万.
    ItemsCase("two varieties in two output tiers", "zone-12-3-variety-output",
              (FACTS(annual_output_yuan=6 * YI, first_time=True),
               FACTS(annual_output_yuan=12 * YI, first_time=True)), 700 * WAN, "fixed"),
    # 第六条（二）: 一类新兽药 300万 + 2 × 三类 100万.
    ItemsCase("veterinary drugs of two classes", "zone-6-2-veterinary",
              (FACTS(vet_drug_class=1, industrialised=True, varieties=1),
               FACTS(vet_drug_class=3, industrialised=True, varieties=2)),
              500 * WAN, "upper_bound"),
]


@pytest.mark.parametrize("case", ITEM_CASES, ids=lambda case: case.name)
def test_items_are_priced_separately_summed_and_capped(case: ItemsCase,
                                                       rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(case.rule_id), list(case.items))
    assert (calc.amount_yuan, calc.kind) == (case.amount_yuan, case.kind)
    assert calc.caps_applied == list(case.caps_applied)
    assert calc.missing_facts == []
    assert calc.rule_id == case.rule_id


def test_the_working_names_each_part_and_its_stage(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(ENTRY), [_entered("II", 3), _entered("III", 1)])
    assert calc.formula == "100万元 × 3 个品种（Ⅱ期） + 200万元 × 1 个品种（Ⅲ期） = 500万元"
    assert calc.eligibility == "eligible"


def test_a_capped_sum_says_so_in_the_working(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(ENTRY), [_entered("III", 30), _entered("II", 50)])
    assert calc.formula == ("200万元 × 30 个品种（Ⅲ期） + 100万元 × 50 个品种（Ⅱ期） = 1.1亿元，"
                            "超过每个企业每年上限1亿元，按上限计")


def test_inputs_list_each_item_and_the_total_count(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(ENTRY), [_entered("II", 3), _entered("III", 1)])
    assert calc.inputs == {
        "items": [
            {"drug_class": 1, "clinical_stage": "II", "stage_event": "entered", "varieties": 3,
             "amount_yuan": 300 * WAN},
            {"drug_class": 1, "clinical_stage": "III", "stage_event": "entered",
             "varieties": 1, "amount_yuan": 200 * WAN},
        ],
        "varieties": 4,
    }


@pytest.mark.parametrize("facts", [
    _entered("III", 5), _entered("III", 60), _entered("I", 1),
    FACTS(drug_class=2, clinical_stage="III", stage_event="entered", varieties=1),
], ids=["5 at Ⅲ期", "60 at Ⅲ期 (capped)", "1 at Ⅰ期", "2类 (ineligible)"])
def test_one_item_is_the_plain_calculation(facts: Facts, rulebook: RuleBook) -> None:
    rule = rulebook.rule(ENTRY)
    assert calculate_items(rule, [facts]) == calculate(rule, facts)


def test_an_item_missing_its_stage_withholds_the_sum(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(ENTRY), [
        _entered("III", 1), FACTS(drug_class=1, stage_event="entered", varieties=1)])
    assert calc.amount_yuan is None
    assert calc.missing_facts == ["clinical_stage"]
    assert "Ⅰ期 50万元、Ⅱ期 100万元、Ⅲ期 200万元" in calc.formula


def test_ineligible_items_give_no_amount(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule(ENTRY), [
        _entered("III", 1, drug_class=2), _entered("II", 1, drug_class=2)])
    assert (calc.amount_yuan, calc.eligibility) == (None, "ineligible")


def test_bounds_reach_every_item(rulebook: RuleBook) -> None:
    calc = calculate_items(rulebook.rule("zone-12-3-variety-output"),
                           [FACTS(first_time=True), FACTS(first_time=True)],
                           {"annual_output_yuan": Bound(low=5 * YI)})
    assert calc.amount_yuan == 400 * WAN  # each named the 5亿 tier by its floor
