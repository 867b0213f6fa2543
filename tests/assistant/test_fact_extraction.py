"""Facts from a user's words: class, stage, entered/completed, counts and money, table-driven."""

from __future__ import annotations

import pytest

from app.assistant.fact_extraction import extract_facts


@pytest.mark.parametrize("text", ["1类化学药", "一类新药", "I类新药", "Ⅰ类生物制品",
                                  "１类中药", "class 1 drug", "a Class 1 chemical drug"])
def test_drug_class_1_in_every_spelling(text: str) -> None:
    assert extract_facts(text).values["drug_class"] == 1


@pytest.mark.parametrize("text", ["2类化学药", "二类生物制品", "II类中药", "Class 2 biologic"])
def test_drug_class_2_in_every_spelling(text: str) -> None:
    assert extract_facts(text).values["drug_class"] == 2


@pytest.mark.parametrize(("text", "stage"), [
    ("进入Ⅰ期", "I"), ("进入Ⅱ期临床", "II"), ("进入Ⅲ期", "III"),
    ("进入I期", "I"), ("进入II期", "II"), ("进入III期", "III"),
    ("一期临床", "I"), ("进二期", "II"), ("进三期了", "III"),
    ("2期临床", "II"), ("进入ＩＩ期", "II"),
    ("phase II", "II"), ("phase 3 trial", "III"), ("entering phase i", "I"),
])
def test_clinical_stage_in_every_spelling(text: str, stage: str) -> None:
    assert extract_facts(text).values["clinical_stage"] == stage


@pytest.mark.parametrize(("text", "event"), [
    ("进入Ⅱ期临床", "entered"), ("进Ⅲ期", "entered"), ("启动Ⅰ期临床", "entered"),
    ("entering phase II", "entered"),
    ("完成Ⅱ期临床", "completed"), ("Ⅲ期做完了", "completed"),
    ("completed phase III", "completed"),
])
def test_entered_versus_completed(text: str, event: str) -> None:
    assert extract_facts(text).values["stage_event"] == event


@pytest.mark.parametrize(("text", "count"), [
    ("两个品种的新药", 2), ("5个品种", 5), ("三款新药", 3), ("1类化学药进入Ⅱ期，共3个品种", 3),
    ("We have two class 1 drugs entering phase III", 2),
])
def test_number_of_varieties(text: str, count: int) -> None:
    assert extract_facts(text).values["varieties"] == count


@pytest.mark.parametrize(("text", "fact", "amount"), [
    ("单品种年产值3000万元", "annual_output_yuan", 30_000_000),
    ("主营业务收入5.6亿", "main_revenue_yuan", 560_000_000),
    ("主营业务收入620000000元", "main_revenue_yuan", 620_000_000),
    ("服务金额两千万", "service_value_yuan", 20_000_000),
    ("服务金额３０００万", "service_value_yuan", 30_000_000),
    ("服务金额六百万", "service_value_yuan", 6_000_000),
    ("服务金额8,000,000元", "service_value_yuan", 8_000_000),
    ("service revenue of 8 million yuan", "service_value_yuan", 8_000_000),
    ("产值破亿", "annual_output_yuan", 100_000_000),
    ("2026年服务金额800万", "service_value_yuan", 8_000_000),
])
def test_money_written_many_ways(text: str, fact: str, amount: int) -> None:
    assert extract_facts(text).values[fact] == amount


@pytest.mark.parametrize(("text", "amount"), [
    ("共享服务平台投了1.5亿", 150_000_000), ("平台投了1.5个亿", 150_000_000),
    ("平台投了一个亿", 100_000_000), ("两个亿", 200_000_000), ("投了三千万", 30_000_000),
])
def test_amount_is_read_whatever_fact_it_is_tied_to(text: str, amount: int) -> None:
    """Which fact 投了 means is decided by the chosen rule; the amount must be read."""
    assert [m.amount for m in extract_facts(text).mentions] == [amount]


def test_usd_amount_stays_usd() -> None:
    facts = extract_facts("License-out合同总额1.5亿美元")
    assert facts.values["license_out_contract_usd"] == 150_000_000
    assert [(m.amount, m.currency) for m in facts.mentions] == [(150_000_000, "USD")]


def test_usd_is_never_converted_into_a_yuan_fact() -> None:
    facts = extract_facts("我们的研发投入200万美元")
    assert [(m.amount, m.currency) for m in facts.mentions] == [(2_000_000, "USD")]
    assert not any(name.endswith("_yuan") for name in facts.values)


def test_yuan_license_out_amount_is_kept_apart_from_the_usd_threshold() -> None:
    facts = extract_facts("License-out合同总额10亿元人民币")
    assert facts.values == {"license_out_contract_cny": 1_000_000_000}


def test_counts_and_years_are_not_money() -> None:
    facts = extract_facts("3个品种进入Ⅱ期")
    assert facts.mentions == []
    assert facts.values == {"clinical_stage": "II", "stage_event": "entered", "varieties": 3}


def test_absent_facts_stay_absent() -> None:
    assert extract_facts("有什么支持政策？").values == {}


def test_english_class_number_is_not_a_count() -> None:
    assert "varieties" not in extract_facts("Our class 2 drug got marketing approval").values
