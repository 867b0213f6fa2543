"""Groups of products told apart, counts taken back, tables with a count column.

Also a yearly series read as people read it, and a clause's sibling named by its words.

Classes probe-18 (written from the texts by a helper who never read the code) found
missing. Every expected figure is worked from the policy text in the comment beside it;
the phrasings are our own, not the probe's.
"""

from __future__ import annotations

import pytest
from assistant_support import amount_of, talk

from app.assistant.service import PolicyAssistant
from app.assistant.table_reader import linearise_tables


@pytest.mark.parametrize(("message", "amount"), [
    # 第五条（一）: Ⅱ期 100万 each: 2 中药 + 1 生物制品 + 1 化学药 = 400万. The first group is
    # not a summary of the two after it: they are other types of drug.
    ("汇总：3个1类中药进入Ⅱ期、2个1类生物制品进入Ⅱ期、1个1类化学药进入Ⅱ期，都在昌平产业化，"
     "一共多少？", 6_000_000),
    ("我们2个一类化药进入二期、1个1类中药进入II期、1个一类生物药进入2期，都在本区产业化，合计？",
     4_000_000),
])
def test_groups_of_other_drug_types_are_not_a_summary(assistant: PolicyAssistant,
                                                     message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # 第五条（一）: Ⅱ期 100万 × (4 − 1) = 300万.
    (("我们4个1类化药进入Ⅱ期，在昌平产业化", "其中有一个还没进，先不算", "现在多少？"),
     3_000_000),
    # Ⅲ期 200万 × (3 − 2) = 200万.
    (("三个1类中药进入Ⅲ期，都在本区产业化", "里面两个去掉吧"), 2_000_000),
])
def test_some_of_a_group_taken_back_leaves_the_rest(assistant: PolicyAssistant,
                                                    turns: tuple[str, ...],
                                                    amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("turns", [
    # Two groups held: which one loses a product is unknown.
    ("我们3个1类化药进入Ⅱ期，1个1类中药进入Ⅲ期，在昌平产业化", "其中一个先不算"),
    # More taken back than held.
    ("我们2个1类化药进入Ⅱ期，在昌平产业化", "其中三个不算"),
])
def test_a_count_taken_back_that_does_not_fit_is_asked(assistant: PolicyAssistant,
                                                       turns: tuple[str, ...]) -> None:
    answer = talk(assistant, *turns)
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer


def test_an_english_group_added_over_turns_joins_the_first(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 2 × Ⅰ期 50万 + 3 × Ⅲ期 200万 = 700万.
    answer = talk(assistant, "Two Class 1 chemical drugs entered Phase I; production will be "
                             "in Changping.", "Also three Class 1 TCM products entered Phase III.",
                  "Total?")
    assert (answer.status, amount_of(answer)) == ("answered", 7_000_000), answer.answer


@pytest.mark.parametrize("message", [
    "我们拿到了三到四个二类新兽药注册证书，在昌平产业化，能拿多少？",
    "我们有2至3个1类化药进入Ⅲ期，在昌平产业化，能拿多少？",
    "We have two or three Class 1 drugs that entered Phase II in Changping. How much?",
])
def test_a_range_of_products_is_no_count(assistant: PolicyAssistant, message: str) -> None:
    answer = talk(assistant, message)
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer


def test_a_count_column_counts_its_row() -> None:
    table = "类别\t阶段\t数量\n1类化药\tⅡ期（已进入）\t3\n1类中药\tⅠ期（已进入）\t1个"
    assert linearise_tables(table) == ("3个1类化药（阶段Ⅱ期（已进入））；"
                                       "1个1类中药（阶段Ⅰ期（已进入））。")


def test_a_pasted_table_with_counts_is_priced_per_row(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 2 × Ⅲ期 200万 + 3 × Ⅰ期 50万 = 550万.
    answer = talk(assistant, "| 品种 | 进展 | 品种数 |\n|---|---|---|\n"
                             "| 1类生物药 | 进入Ⅲ期 | 2 |\n| 1类化学药 | 进入I期 | 3个 |\n"
                             "都在昌平产业化，合计奖励多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_500_000), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第十三条: 大前年 < 前年 < 去年 is three years of growth; 前年+去年 ≥ 1000万; 10% of 去年.
    ("小微企业，上一年度营收1500万元，研发投入大前年400万、前年500万、去年650万，能拿多少？",
     650_000),
    ("我们是中小企业，去年营业收入2800万；研发投入2023年600万、2024年700万、2025年720万，能拿多少？",
     720_000),
])
def test_three_rising_years_are_three_years_of_growth(assistant: PolicyAssistant,
                                                      message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第十一条（二）: License-in 100万 (A) + License-out 50万 (B), not 2 × each.
    ("A品种是License-in引进的，已经上市；B品种License-out给跨国药企，合同总额2.4亿美元，已签。"
     "两个品种一共最多多少？", 1_500_000),
    ("产品甲：License-in引进，已上市；产品乙：License-out，合同总额1.5亿美元，已签约。两个产品合计？",
     1_500_000),
])
def test_products_described_apart_count_under_their_own_provision(
        assistant: PolicyAssistant, message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_a_sibling_named_by_its_own_words_takes_over_the_clause(
        assistant: PolicyAssistant) -> None:
    # （十三）: 海外设立孵化器 is its second sentence, 分档 up to 300万 — not the first's 200万.
    answer = talk(assistant, "走出去有什么支持？",
                  "我们在海外设了孵化器，推动5个项目落地，最多多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


@pytest.mark.parametrize("message", [
    "Our CMO has received the outsourcing support for 3 consecutive years. Service amount this "
    "year is RMB 15 million. How much?",
    "We're a CDMO and got this subsidy three years in a row; service amount RMB 9m, how much?",
])
def test_three_years_received_in_english_ends_the_support(assistant: PolicyAssistant,
                                                          message: str) -> None:
    # 第十五条（一）: 累计支持不超过三年.
    answer = talk(assistant, message)
    assert answer.status == "ineligible" and amount_of(answer) is None, answer.answer


def test_another_companys_products_are_not_counted(assistant: PolicyAssistant) -> None:
    # 第五条（一）: our one 1类 at Ⅲ期 = 200万; the partner's three are theirs.
    answer = talk(assistant, "我们一个1类化药BX-210进入Ⅲ期，在昌平产业化，"
                             "合作伙伴那边也有3个品种进了临床，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 2_000_000), answer.answer


def test_hearsay_from_another_company_still_describes_ours(assistant: PolicyAssistant) -> None:
    # 第五条（一）: two 1类 at Ⅱ期 = 2 × 100万; the peer only told a (wrong) rate.
    answer = talk(assistant, "听同行说1类化药进Ⅱ期每个品种给80万元，我们有两个，"
                             "在本区产业化，实际能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 2_000_000), answer.answer


def test_products_named_by_code_cross_their_own_tiers(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: KP-101 first over 10亿 = 500万; RT-202 first over 5000万 = 20万.
    answer = talk(assistant, "KP-101单品种年产值前年8亿元，去年12亿元，首次突破10亿；"
                             "RT-202单品种年产值前年3000万，去年6000万元，首次突破5000万。一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_200_000), answer.answer


def test_a_parks_phase_is_no_clinical_stage(assistant: PolicyAssistant) -> None:
    # 第五条（一）: one 1类 at Ⅰ期 = 50万; 生命科学园二期 is where the company sits.
    answer = talk(assistant, "我们在生命科学园二期，一个1类生物制品进入Ⅰ期临床，"
                             "在昌平产业化，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 500_000), answer.answer


@pytest.mark.parametrize("message", [
    "我们准备建一个检验检测共享平台，预算6000万元，还没动工，能给多少？",
    "明年计划办一场生命科学论坛，预算300万，能补多少？",
])
def test_a_budget_for_an_actual_amount_is_asked(assistant: PolicyAssistant, message: str) -> None:
    # 第十五条（二）, 第十六条（三）: both read amounts actually spent.
    answer = talk(assistant, message)
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer


def test_a_new_question_carries_no_earlier_provision(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 30% of 500万 = 150万 alone; 还有个事 starts a new question.
    answer = talk(assistant, "我们是CRO，去年实际服务金额1000万，能拿多少？",
                  "还有个事，我们一个药拿到FDA认证，注册费用500万（检测费、代理费都算上），能补多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_an_estimate_of_the_actual_amount_is_the_users_figure(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 20% of the 实际发生费用 the user expects, 400万 = 80万 (upper bound).
    answer = talk(assistant, "我们民企办生命科学论坛，实际发生费用预计400万元，能补多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 800_000), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第五条（一）: Ⅰ期 paid last year; this year 2 × Ⅲ期 200万 = 400万.
    ("去年我们一个1类化药进Ⅰ期，那笔奖励已经领过了；今年又有两个进了Ⅲ期，这次能拿多少？",
     4_000_000),
    # Ⅱ期 × 3 paid; 1 × Ⅲ期 = 200万.
    ("Last year three Class 1 drugs entered Phase 2 and that award was already paid. "
     "This year one more entered Phase 3. How much now?", 2_000_000),
])
def test_products_whose_award_was_paid_are_history(assistant: PolicyAssistant, message: str,
                                                   amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第五条（一）: 40 × Ⅲ期 200万 + 10 × Ⅱ期 100万 = 9000万, under the 1亿 yearly cap.
    ("1类新药进入Ⅲ期的有40个，进入Ⅱ期10个，都在昌平产业化，今年一共多少？", 90_000_000),
    # 2 × Ⅰ期 50万 + 1 × Ⅱ期 100万 = 200万.
    ("今年1类新药进入临床：一期两个，Ⅱ期一个，在本区产业化，总共多少？", 2_000_000),
    ("Class 1 drugs this year: two entered Phase I, one entered Phase III; production in "
     "Changping. Total?", 3_000_000),
])
def test_a_count_after_its_stage_counts_that_stage(assistant: PolicyAssistant, message: str,
                                                   amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第五条（一）: 5 at Ⅲ期, 3 of them the partner's: 2 × 200万.
    ("今年进Ⅲ期的1类化药一共五个，有三个是合作伙伴的，我们不申报，在昌平产业化，"
     "按我们自己的算多少？", 4_000_000),
    ("We have 4 Class 1 drugs entering phase II in Changping, but leave 3 of them out for now. "
     "How much for the rest?", 1_000_000),
])
def test_some_of_a_group_taken_back_in_the_same_message(assistant: PolicyAssistant,
                                                        message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_a_phase_number_is_no_count_in_english(assistant: PolicyAssistant) -> None:
    # 第五条（一）: one 1类 at Ⅱ期 = 100万 — "Phase 2 started" is no two products.
    answer = talk(assistant, "Phase 2 started for our category 1 chemical drug in Changping. "
                             "What is the award?")
    assert (answer.status, amount_of(answer)) == ("answered", 1_000_000), answer.answer


def test_the_other_one_is_a_product_of_its_own(assistant: PolicyAssistant) -> None:
    # 第六条（一） 1类 注册证书 1000万 + 第五条（一） Ⅲ期 200万 = 1200万.
    answer = talk(assistant, "两个1类品种：一个已经拿到注册证书并在昌平产业化，"
                             "另一个进入Ⅲ期，一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 12_000_000), answer.answer


def test_a_domestic_company_is_not_foreign_invested(assistant: PolicyAssistant) -> None:
    # （十二）: the 外资研发中心 incentive is for foreign-invested companies.
    answer = talk(assistant, "We are a domestic (non-foreign) company; our Beijing R&D centre's "
                             "R&D spend grew by RMB 30 million. How much from the foreign R&D "
                             "centre incentive?")
    assert answer.status in ("ineligible", "needs_info") and amount_of(answer) is None


def test_a_row_taken_back_by_its_place(assistant: PolicyAssistant) -> None:
    # 第五条（一）: rows Ⅰ期 × 2, Ⅲ期 × 1, Ⅱ期 × 4; without row 3: 2 × 50万 + 200万 = 300万.
    answer = talk(assistant, "阶段\t品种数\n进入Ⅰ期\t2\n进入Ⅲ期\t1\n进入Ⅱ期\t4\n"
                             "（都是1类化药，在昌平产业化）合计多少？",
                  "第三行先不算，其余合计多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


def test_a_count_header_with_its_unit_counts() -> None:
    table = "类别\t数量（个）\n1类化药\t3\n1类中药\t2"
    assert linearise_tables(table) == "3个1类化药；2个1类中药。"
