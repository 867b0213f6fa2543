"""Facts stated loosely, in pieces or in the negative still reach the right figure.

Each case is a wording found missing by an independent held-out probe; the
expected figures come from the policy text, not from the code.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from app.assistant.answer import Answer
from app.assistant.fact_reader import read_message
from app.assistant.service import PolicyAssistant
from app.config import PROJECT_ROOT
from app.rules.vocabulary import load_vocabulary

Ask = Callable[[str], Answer]


def _read(text: str) -> dict[str, object]:
    return read_message(text, load_vocabulary(PROJECT_ROOT / "corpus"), 2026).facts


@pytest.mark.parametrize(("question", "stages"), [
    ("1类化药，一个品种进Ⅰ期，另一个品种进Ⅱ期", [(1, "I"), (1, "II")]),
    ("我们有3个1类化药品种进入Ⅱ期，2个进入Ⅲ期", [(3, "II"), (2, "III")]),
])
def test_varieties_at_different_stages_are_read_per_product(
        question: str, stages: list[tuple[int, str]]) -> None:
    reading = read_message(question, load_vocabulary(PROJECT_ROOT / "corpus"), 2026)
    assert [(m.count or 1, m.facts["clinical_stage"]) for m in reading.items] == stages
    assert reading.facts["varieties"] == sum(n for n, _ in stages)


def test_one_variety_moving_on_is_at_its_latest_stage() -> None:
    reading = read_message("同一个1类化药，去年进Ⅰ期拿过50万，今年进Ⅱ期了",
                           load_vocabulary(PROJECT_ROOT / "corpus"), 2026)
    assert reading.items == []
    assert reading.facts["clinical_stage"] == "II"


@pytest.mark.parametrize(("question", "amount"), [
    # 第五条（一）: 50万 + 100万; 3 × 100万 + 2 × 200万.
    ("1类化药，一个品种进Ⅰ期，另一个品种进Ⅱ期，今年一共能拿多少", 1_500_000),
    ("我们有3个1类化药品种进入Ⅱ期，2个进入Ⅲ期，总共多少", 7_000_000),
])
def test_mixed_stages_are_summed(ask: Ask, question: str, amount: int) -> None:
    answer = ask(question)
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount_yuan == amount
    assert answer.calculation.kind == "fixed"


def test_mixed_stages_across_turns(assistant: PolicyAssistant) -> None:
    session = f"mix-{uuid.uuid4().hex}"
    assistant.answer(session, "想咨询新药临床的奖励")
    assistant.answer(session, "1类生物制品，一个品种进了Ⅰ期，另一个品种进了Ⅲ期")
    answer = assistant.answer(session, "两个加起来一共多少？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 2_500_000


def test_a_floor_is_not_a_figure_to_compute_with(ask: Ask) -> None:
    # "exceeded 800 million" settles the 5亿 threshold but is no exact revenue: 2‰ of what?
    # The assistant asks rather than computing 2‰ of a floor (it could be 8亿 or 9亿).
    answer = ask("Our main business revenue exceeded RMB 800 million for the first time this "
                 "year. How much funding support can we get?")
    assert answer.status == "needs_info"
    assert answer.calculation is None or answer.calculation.amount_yuan is None


def test_restating_the_threshold_asks_for_the_figure(ask: Ask) -> None:
    answer = ask("主营业务收入首次突破5亿元以上，能拿多少")
    assert answer.status == "needs_info"
    assert answer.follow_up and "主营业务收入" in answer.follow_up


def test_two_yearly_rd_figures_make_the_two_year_total(assistant: PolicyAssistant) -> None:
    session = f"rd-{uuid.uuid4().hex}"
    assistant.answer(session, "小微企业，上一年度营业收入2500万")
    assistant.answer(session, "前年研发投入600万，去年700万，连续三年研发投入都是正增长")
    answer = assistant.answer(session, "能拿多少研发支持？")
    # 第十三条: 600万 + 700万 ≥ 1000万; 700万 × 10% = 70万.
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount_yuan == 700_000


def test_falling_rd_is_ineligible(ask: Ask) -> None:
    answer = ask("去年营收2000万，近两年研发投入共1100万，"
                 "但去年研发投入比前年少了，还能拿研发支持吗")
    assert answer.status == "ineligible"
    assert "连续三年研发投入保持正增长" in answer.answer


def test_foreign_invested_rd_centre_is_not_the_sme_rule(ask: Ask) -> None:
    answer = ask("我们是外资药企在昌平的研发中心，研发投入一直在增长，能拿多少")
    assert answer.calculation is not None
    assert answer.calculation.rule_id == "m2026-12-foreign-rd-center"
    assert answer.calculation.amount_yuan == 10_000_000


def test_ceiling_that_binds_makes_the_figure_a_ceiling(ask: Ask) -> None:
    answer = ask("我们有60个1类化学药进入三期，能拿多少")
    assert answer.calculation is not None
    assert (answer.calculation.amount_yuan, answer.calculation.kind) == (100_000_000,
                                                                         "upper_bound")


@pytest.mark.parametrize("question", [
    "We are an SME with revenue of 25 million yuan last year; our R&D was 12 million over two "
    "years and 7 million last year, growing 3 years. How much?",
    "SME: last-year revenue RMB 20m, R&D spend RMB 12m over the past two years, RMB 7m last "
    "year, R&D growing three years in a row. R&D subsidy?",
    "We are an SME, revenue last year 20m. We had 12m of R&D over the past two years, 7 "
    "million of it last year; R&D grew three years in a row. How much?",
])
def test_english_puts_the_period_after_the_figure(ask: Ask, question: str) -> None:
    # 第十三条: two-year total 1200万 ≥ 1000万, last year 700万 × 10% = 70万.
    answer = ask(question)
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount_yuan == 700_000


def test_no_growth_wording_means_no_growth_fact() -> None:
    assert "rd_growth_three_years" not in _read("我们是CRO企业")


def test_short_word_for_the_certificate(ask: Ask) -> None:
    answer = ask("我们一个二类新药拿到注册证了，大概能给多少钱")
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "zone-6-1-class2-approval", 5_000_000)


def test_asking_the_yearly_ceiling_is_answered(ask: Ask) -> None:
    answer = ask("企业每年临床阶段奖励最多拿多少")
    assert answer.status == "answered"
    assert "1亿元" in answer.answer


def test_a_threshold_figure_alone_does_not_pull_a_rule_that_computes_from_another(
        ask: Ask) -> None:
    # 代工收入 is a revenue; 第十三条 only tests revenue as a threshold and computes from R&D,
    # which nobody named. The question is about 受托生产 (第八条), whose base is the investment.
    answer = ask("我们是受托生产企业（MAH制度），去年代工收入3050万元，能申请多少钱的支持")
    assert answer.status == "needs_info"
    assert answer.calculation is None or answer.calculation.amount_yuan is None
    assert "投入" in (answer.follow_up or "")


@pytest.mark.parametrize(("series", "status", "amount"), [
    # 第十三条 asked in 2026: 2023 < 2024 < 2025; 2024+2025 ≥ 1000万; 10% of 2025.
    ("研发投入2022年480万、2023年520万、2024年560万、2025年640万", "answered", 640_000),
    ("研发投入2023年520万、2024年560万、2025年640万", "answered", 640_000),
    ("研发投入大前年520万、前年560万、去年640万", "answered", 640_000),
    ("研发投入2022年400万、2023年500万、2024年650万、2025年600万", "ineligible", None),
    ("研发投入2023年560万、2024年520万、2025年640万", "ineligible", None),
    # 2022 → 2023 flat: growth into each of the three years is in doubt, so it is asked.
    ("研发投入2022年500万、2023年500万、2024年560万、2025年640万", "needs_info", None),
])
def test_a_yearly_series_settles_three_years_of_growth(ask: Ask, series: str, status: str,
                                                        amount: int | None) -> None:
    answer = ask(f"我们是小微企业，2025年营业收入2,400万元；{series}，能拿多少？")
    assert answer.status == status
    got = answer.calculation.amount_yuan if answer.calculation else None
    assert got == amount


def test_a_series_missing_a_year_leaves_growth_to_be_asked(ask: Ask) -> None:
    answer = ask("我们是小微企业，2025年营业收入2,400万元；"
                 "研发投入2024年560万、2025年640万，能拿多少？")
    assert answer.status == "needs_info"
    assert "增长" in (answer.follow_up or "")


def test_figures_that_contradict_stated_growth_are_asked_back(ask: Ask) -> None:
    answer = ask("我们是小微企业，2025年营业收入2,400万元，研发投入连续三年增长："
                 "2022年400万、2023年500万、2024年650万、2025年600万，能拿多少？")
    assert answer.status != "answered"
    assert answer.calculation is None or answer.calculation.amount_yuan is None


def test_products_listed_under_a_summary_are_not_counted_twice(ask: Ask) -> None:
    # 第五条（一）: 进入Ⅰ/Ⅱ/Ⅲ期 50/100/200万 per product: 350万, not the summary's three on top.
    answer = ask("我们三个1类化学药：甲品种进入Ⅰ期、乙品种进入Ⅱ期、"
                 "丙品种进入Ⅲ期临床试验，合计奖励多少？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 3_500_000


def test_a_count_the_listing_does_not_add_up_to_is_asked_back(ask: Ask) -> None:
    answer = ask("三个1类化学药，一个进入Ⅰ期、一个进入Ⅱ期，合计奖励多少？")
    assert answer.status == "needs_info"
    assert answer.calculation is None or answer.calculation.amount_yuan is None


def test_a_product_of_its_own_kind_takes_no_stage_from_another(ask: Ask) -> None:
    # The veterinary drug is no second drug entering Ⅱ期: never 2 × 100万.
    answer = ask("我们一个1类生物制品今年进入Ⅱ期临床，"
                 "另外还拿到了一个二类新兽药注册证书并已产业化，合计最多多少？")
    assert answer.calculation is None or answer.calculation.amount_yuan != 2_000_000


def test_first_dosing_is_entering_a_trial(ask: Ask) -> None:
    # 完成首例受试者给药 starts Ⅰ期: the entry award, 50万 (第五条（一）).
    answer = ask("我们的1类化学药上个月完成首例受试者给药，正式进入Ⅰ期临床试验了，能拿多少？")
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount_yuan == 500_000


def test_naming_the_clause_by_its_mark_keeps_the_figures_given(
        assistant: PolicyAssistant) -> None:
    # 第十二条（一）: 首次突破5亿, 2‰ of 5.3亿 = 106万; "首次突破5亿那条" restates no figure.
    session = f"cli:{uuid.uuid4().hex}"
    assistant.answer(session, "我们主营业务收入2024年4.6亿元，2025年5.3亿元。")
    answer = assistant.answer(session, "按主营业务收入首次突破5亿那条，能拿多少？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 1_060_000


def test_the_award_asked_about_is_no_fact(ask: Ask) -> None:
    # 第十一条: License-out 超过1亿美元; "50万元支持" is the award asked about, not a figure
    # in yuan where dollars are needed. Exactly 1亿美元 does not exceed 1亿美元.
    answer = ask("License-out合同总额正好1亿美元，合同已签订，可以申请单品种50万元支持吗？")
    assert answer.status == "ineligible"
    answer = ask("License-out合同总额1.5亿美元，可以申请单品种50万元支持吗？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 500_000
