"""``name=value`` pairs (CLI, calculator form, LangChain tool) into typed ``Facts``.

Drug classes, clinical phases and counts reach the calculator through
``facts_from_pairs``; it must read the spellings the policy and users write
(Ⅲ期, 三期, 一类, 两个) and refuse, in Chinese, what it cannot read rather
than guess.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from app.config import PROJECT_ROOT
from app.rules.fact_values import FactValueError, facts_from_pairs, parse_fact_value
from app.rules.facts import Facts
from app.rules.vocabulary import load_vocabulary

WAN = 10_000
YI = 100_000_000
VOCABULARY = load_vocabulary(PROJECT_ROOT / "corpus")


def _facts(pairs: Iterable[str]) -> Facts:
    return facts_from_pairs(pairs, VOCABULARY)

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
    assert _facts([pair]).known() == {fact: value}


def test_several_pairs_build_one_fact_set() -> None:
    facts = _facts(["drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入",
                              "varieties=5"])
    assert facts.known() == {"drug_class": 1, "clinical_stage": "III",
                             "stage_event": "entered", "varieties": 5}


BAD_PAIRS = [
    # (pair as typed, words the message must contain: the fact's Chinese label, as declared)
    ("clinical_stage=IV", "“临床试验阶段（Ⅰ期、Ⅱ期或Ⅲ期）”"),
    ("clinical_stage=Ⅳ期", "“临床试验阶段（Ⅰ期、Ⅱ期或Ⅲ期）”"),
    ("stage_event=暂停", "“是进入还是完成该期临床试验”"),
    ("first_time=也许", "“是否为首次突破该规模”"),
    ("varieties=0", "“品种数量”"),
    ("varieties=1001", "“品种数量”"),
    ("varieties=很多", "“品种数量”"),
    ("drug_class=6", "“药品注册分类（1类、2类…）”"),
    ("drug_kind=biosimilar", "“新药、重大改良型新药或首仿药”"),
    ("service_value_yuan=abc", "“年度实际服务金额”"),
    ("service_value_yuan=", "“年度实际服务金额”"),
    ("no_such_fact=1", "no_such_fact"),  # an undeclared name has no label: the name itself
    ("service_value_yuan", "名称=值"),
    ("=800万", "名称=值"),
]


@pytest.mark.parametrize(("pair", "named"), BAD_PAIRS)
def test_unreadable_values_are_refused_in_chinese(pair: str, named: str) -> None:
    with pytest.raises(FactValueError) as caught:
        _facts([pair])
    message = str(caught.value)
    assert named in message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)


def test_unreadable_value_names_the_fact_by_its_label_not_its_field() -> None:
    with pytest.raises(FactValueError) as caught:
        _facts(["service_value_yuan=abc"])
    assert "service_value_yuan" not in str(caught.value)


def test_yuan_amount_for_a_usd_fact_is_refused() -> None:
    with pytest.raises(FactValueError) as caught:
        _facts(["license_out_contract_usd=7亿元"])
    message = str(caught.value)
    assert "License-out 合同总额（美元）" in message and "美元" in message
    assert "汇率" in message  # says why: no conversion, not "unreadable"


@pytest.mark.parametrize(("pair", "fact", "value"), [
    ("license_out_contract_usd=1.5亿", "license_out_contract_usd", 150_000_000),
    ("license_out_contract_usd=2亿USD", "license_out_contract_usd", 200_000_000),
    ("registration_cost_yuan=200万", "registration_cost_yuan", 200 * WAN),
    ("registration_cost_yuan=200万人民币", "registration_cost_yuan", 200 * WAN),
    ("license_out_contract_cny=10亿元", "license_out_contract_cny", 10 * YI),
])
def test_own_currency_or_a_bare_number_is_accepted(pair: str, fact: str, value: int) -> None:
    assert _facts([pair]).known() == {fact: value}


@pytest.mark.parametrize("pair", ["registration_cost_yuan=200万美元",
                                  "registration_cost_yuan=200万欧元",
                                  "license_out_contract_cny=1亿美元"])
def test_foreign_amount_for_a_yuan_fact_is_refused(pair: str) -> None:
    with pytest.raises(FactValueError):
        _facts([pair])


@pytest.mark.parametrize("pair", ["varieties=1.5", "years_supported=2.7", "varieties=inf"])
def test_fractional_counts_are_refused(pair: str) -> None:
    with pytest.raises(FactValueError):
        _facts([pair])


@pytest.mark.parametrize(("fact", "raw", "value"), [
    # parse_fact_value reads one value by the fact's declaration (its FactSpec).
    ("clinical_stage", "三期", "III"),
    ("stage_event", "完成", "completed"),
    ("drug_class", "二类", 2),
    ("varieties", "两个", 2),
    ("first_time", "否", False),
    ("industrialised", "是", True),
    ("service_value_yuan", "800万", 800 * WAN),
    ("license_out_contract_usd", "1亿美元", YI),
])
def test_parse_fact_value_reads_by_the_declared_spec(fact: str, raw: str, value: object) -> None:
    assert parse_fact_value(VOCABULARY.facts[fact], raw) == value


def test_a_whole_number_written_with_decimals_is_a_count() -> None:
    assert _facts(["varieties=2.0"]).known() == {"varieties": 2}
