"""Facts from a user's words: class, stage, entered/completed, counts and money, table-driven.

The reader works from the declared vocabulary (``corpus/domain/facts.yaml``); money
figures come back as observations tied to a measure, and a rule-specific fact name
is only assigned once a rule is chosen.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from app.assistant.fact_reader import Reading, read_message
from app.config import PROJECT_ROOT
from app.rules.vocabulary import Vocabulary, load_vocabulary


@lru_cache(maxsize=1)
def _vocabulary() -> Vocabulary:
    return load_vocabulary(Path(PROJECT_ROOT) / "corpus")


def extract_facts(text: str) -> Reading:
    return read_message(text, _vocabulary(), 2026)


_MEASURE = {"annual_output_yuan": "annual_output", "main_revenue_yuan": "main_revenue",
            "service_value_yuan": "service_value"}


@pytest.mark.parametrize("text", ["1类化学药", "一类新药", "I类新药", "Ⅰ类生物制品",
                                  "１类中药", "class 1 drug", "a Class 1 chemical drug"])
def test_drug_class_1_in_every_spelling(text: str) -> None:
    assert extract_facts(text).facts["drug_class"] == 1


@pytest.mark.parametrize("text", ["2类化学药", "二类生物制品", "II类中药", "Class 2 biologic"])
def test_drug_class_2_in_every_spelling(text: str) -> None:
    assert extract_facts(text).facts["drug_class"] == 2


@pytest.mark.parametrize(("text", "stage"), [
    ("进入Ⅰ期", "I"), ("进入Ⅱ期临床", "II"), ("进入Ⅲ期", "III"), ("phase-2 entry", "II"),
    ("进入I期", "I"), ("进入II期", "II"), ("进入III期", "III"),
    ("一期临床", "I"), ("进二期", "II"), ("进三期了", "III"),
    ("2期临床", "II"), ("进入ＩＩ期", "II"),
    ("phase II", "II"), ("phase 3 trial", "III"), ("entering phase i", "I"),
])
def test_clinical_stage_in_every_spelling(text: str, stage: str) -> None:
    assert extract_facts(text).facts["clinical_stage"] == stage


@pytest.mark.parametrize(("text", "event"), [
    ("进入Ⅱ期临床", "entered"), ("进Ⅲ期", "entered"), ("启动Ⅰ期临床", "entered"),
    ("entering phase II", "entered"),
    ("完成Ⅱ期临床", "completed"), ("Ⅲ期做完了", "completed"),
    ("completed phase III", "completed"),
])
def test_entered_versus_completed(text: str, event: str) -> None:
    assert extract_facts(text).facts["stage_event"] == event


@pytest.mark.parametrize(("text", "count"), [
    ("两个品种的新药", 2), ("5个品种", 5), ("三款新药", 3), ("1类化学药进入Ⅱ期，共3个品种", 3),
    ("We have two class 1 drugs entering phase III", 2),
])
def test_number_of_varieties(text: str, count: int) -> None:
    assert extract_facts(text).facts["varieties"] == count


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
    figures = [(o.measure, o.amount) for o in extract_facts(text).observations]
    assert figures == [(_MEASURE[fact], amount)]


@pytest.mark.parametrize(("text", "amount"), [
    ("共享服务平台投了1.5亿", 150_000_000), ("平台投了1.5个亿", 150_000_000),
    ("平台投了一个亿", 100_000_000), ("两个亿", 200_000_000), ("投了三千万", 30_000_000),
])
def test_amount_is_read_whatever_fact_it_is_tied_to(text: str, amount: int) -> None:
    """Which fact 投了 means is decided by the chosen rule; the amount must be read."""
    assert [o.amount for o in extract_facts(text).observations] == [amount]


def test_usd_amount_stays_usd() -> None:
    figures = extract_facts("License-out合同总额1.5亿美元").observations
    assert [(o.measure, o.amount, o.currency) for o in figures] == [
        ("license_out_contract", 150_000_000, "USD")]


def test_usd_is_never_converted_into_a_yuan_fact() -> None:
    figures = extract_facts("我们的研发投入200万美元").observations
    assert [(o.amount, o.currency) for o in figures] == [(2_000_000, "USD")]


def test_counts_and_years_are_not_money() -> None:
    reading = extract_facts("3个品种进入Ⅱ期")
    assert reading.observations == []
    assert reading.facts == {"clinical_stage": "II", "stage_event": "entered", "varieties": 3}


def test_absent_facts_stay_absent() -> None:
    assert extract_facts("有什么支持政策？").facts == {}


def test_english_class_number_is_not_a_count() -> None:
    assert "varieties" not in extract_facts("Our class 2 drug got marketing approval").facts


def test_a_stage_without_an_event_word_is_not_assumed_entered() -> None:
    assert "stage_event" not in extract_facts("1类新药II期临床资金支持多少").facts


@pytest.mark.parametrize(("text", "items"), [
    ("三个1类进Ⅱ期、一个进Ⅲ期", [(3, "II"), (1, "III")]),
    ("1类化药，一个品种进Ⅰ期，另一个品种进Ⅱ期", [(1, "I"), (1, "II")]),
    ("我们有两个品种：1类化药，一个进Ⅱ期，一个进Ⅲ期", [(1, "II"), (1, "III")]),
])
def test_products_at_different_stages_are_read_apart(text: str,
                                                     items: list[tuple[int, str]]) -> None:
    reading = extract_facts(text)
    assert [(m.count or 1, m.facts["clinical_stage"]) for m in reading.items] == items
    assert all(m.facts.get("drug_class") == 1 for m in reading.items)


def test_one_product_moving_on_is_at_its_latest_stage() -> None:
    reading = extract_facts("同一个1类化药，去年进Ⅰ期拿过50万，今年进Ⅱ期了")
    assert reading.items == [] and reading.facts["clinical_stage"] == "II"


@pytest.mark.parametrize("text", ["1.5个一类化药品种进入Ⅲ期", "三分之一个1类中药获批", "-2个品种"])
def test_a_count_that_cannot_be_right_is_doubted(text: str) -> None:
    reading = extract_facts(text)
    assert reading.doubts and "varieties" not in reading.facts


def test_a_correction_drops_what_it_rejects() -> None:
    reading = extract_facts("说错了，不是进入，是已经完成了三期临床")
    assert reading.corrects and reading.facts["stage_event"] == "completed"
