"""``name=value`` pairs (CLI, calculator form, LangChain tool) into typed ``Facts``.

Drug classes, clinical phases and counts reach the calculator through
``facts_from_pairs``; it must read the spellings the policy and users write
(Ⅲ期, 三期, 一类, 两个) and refuse, in Chinese, what it cannot read rather
than guess.
"""

from __future__ import annotations

import pytest

from app.rules.fact_values import FactValueError, facts_from_pairs

WAN = 10_000
YI = 100_000_000

VALUE_CASES = [
    # (pair as typed, fact name, value the calculator receives)
    ("clinical_stage=Ⅰ期", "clinical_stage", "I"),
    ("clinical_stage=Ⅱ期", "clinical_stage", "II"),
    ("clinical_stage=Ⅲ期", "clinical_stage", "III"),
    ("clinical_stage=Ⅲ", "clinical_stage", "III"),
    ("clinical_stage=I", "clinical_stage", "I"),
    ("clinical_stage=II", "clinical_stage", "II"),
    ("clinical_stage=III", "clinical_stage", "III"),
    ("clinical_stage=iii", "clinical_stage", "III"),
    ("clinical_stage=一期", "clinical_stage", "I"),
    ("clinical_stage=二期", "clinical_stage", "II"),
    ("clinical_stage=三期", "clinical_stage", "III"),
    ("clinical_stage=3", "clinical_stage", "III"),
    ("clinical_stage=2期", "clinical_stage", "II"),
    ("drug_class=1类", "drug_class", 1),
    ("drug_class=一类", "drug_class", 1),
    ("drug_class=1", "drug_class", 1),
    ("drug_class=２类", "drug_class", 2),
    ("drug_class=二类", "drug_class", 2),
    ("vet_drug_class=三类", "vet_drug_class", 3),
    ("varieties=两个", "varieties", 2),
    ("varieties=5个", "varieties", 5),
    ("varieties=5", "varieties", 5),
    ("varieties=六十", "varieties", 60),
    ("stage_event=进入", "stage_event", "entered"),
    ("stage_event=完成", "stage_event", "completed"),
    ("stage_event=entered", "stage_event", "entered"),
    ("first_time=是", "first_time", True),
    ("first_time=否", "first_time", False),
    ("first_time=true", "first_time", True),
    ("sme=有", "sme", True),
    ("sme=无", "sme", False),
    ("drug_kind=first_generic", "drug_kind", "first_generic"),
    ("service_value_yuan=800万", "service_value_yuan", 800 * WAN),
    ("platform_investment_yuan=1.5亿", "platform_investment_yuan", 150_000_000),
    ("main_revenue_yuan=620000000元", "main_revenue_yuan", 620_000_000),
    ("rd_two_years_yuan=一千万", "rd_two_years_yuan", 1000 * WAN),
    ("last_year_revenue_yuan=３０００万", "last_year_revenue_yuan", 3000 * WAN),
    ("license_out_contract_usd=1.01亿美元", "license_out_contract_usd", 101_000_000),
    ("  service_value_yuan =  800万 ", "service_value_yuan", 800 * WAN),
]


@pytest.mark.parametrize(("pair", "fact", "value"), VALUE_CASES)
def test_fact_value_spellings(pair: str, fact: str, value: object) -> None:
    assert facts_from_pairs([pair]).known() == {fact: value}


def test_several_pairs_build_one_fact_set() -> None:
    facts = facts_from_pairs(["drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入",
                              "varieties=5"])
    assert facts.known() == {"drug_class": 1, "clinical_stage": "III",
                             "stage_event": "entered", "varieties": 5}


BAD_PAIRS = [
    ("clinical_stage=IV", "clinical_stage"),
    ("clinical_stage=Ⅳ期", "clinical_stage"),
    ("stage_event=暂停", "stage_event"),
    ("first_time=也许", "first_time"),
    ("varieties=0", "varieties"),
    ("varieties=1001", "varieties"),
    ("varieties=很多", "varieties"),
    ("drug_class=6", "drug_class"),
    ("drug_kind=generic", "drug_kind"),
    ("service_value_yuan=abc", "service_value_yuan"),
    ("service_value_yuan=", "service_value_yuan"),
    ("no_such_fact=1", "no_such_fact"),
    ("service_value_yuan", "名称=值"),
    ("=800万", "名称=值"),
]


@pytest.mark.parametrize(("pair", "named"), BAD_PAIRS)
def test_unreadable_values_are_refused_in_chinese(pair: str, named: str) -> None:
    with pytest.raises(FactValueError) as caught:
        facts_from_pairs([pair])
    message = str(caught.value)
    assert named in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)


def test_yuan_amount_for_a_usd_fact_is_refused() -> None:
    with pytest.raises(FactValueError) as caught:
        facts_from_pairs(["license_out_contract_usd=7亿元"])
    message = str(caught.value)
    assert "license_out_contract_usd" in message and "美元" in message
    assert "汇率" in message  # says why: no conversion, not "unreadable"


@pytest.mark.parametrize(("pair", "fact", "value"), [
    ("license_out_contract_usd=1.5亿", "license_out_contract_usd", 150_000_000),
    ("license_out_contract_usd=2亿USD", "license_out_contract_usd", 200_000_000),
    ("registration_cost_yuan=200万", "registration_cost_yuan", 200 * WAN),
    ("registration_cost_yuan=200万人民币", "registration_cost_yuan", 200 * WAN),
    ("license_out_contract_cny=10亿元", "license_out_contract_cny", 10 * YI),
])
def test_own_currency_or_a_bare_number_is_accepted(pair: str, fact: str, value: int) -> None:
    assert facts_from_pairs([pair]).known() == {fact: value}


@pytest.mark.parametrize("pair", ["registration_cost_yuan=200万美元",
                                  "registration_cost_yuan=200万欧元",
                                  "license_out_contract_cny=1亿美元"])
def test_foreign_amount_for_a_yuan_fact_is_refused(pair: str) -> None:
    with pytest.raises(FactValueError):
        facts_from_pairs([pair])


@pytest.mark.parametrize("pair", ["varieties=1.5", "years_supported=2.7", "varieties=inf"])
def test_fractional_counts_are_refused(pair: str) -> None:
    with pytest.raises(FactValueError):
        facts_from_pairs([pair])


def test_a_whole_number_written_with_decimals_is_a_count() -> None:
    assert facts_from_pairs(["varieties=2.0"]).known() == {"varieties": 2}
