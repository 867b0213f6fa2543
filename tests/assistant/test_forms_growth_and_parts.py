"""Declared units, growth-derived figures, products told apart and one part asked alone.

Classes probe-20 found: a form or column that states its unit once ("单位：万元", "实际交易额
（万元）") and then bare numbers; a year's figure said only as growth on another year's; a
product taken back by its code; a group corrected into its products; a bulleted list of
coded products; one provision of several asked for alone; a follow-up that points back at
what was pasted. The phrasings here are not the probe's; every expected figure is worked
from the policy text in the comment beside it.
"""

from __future__ import annotations

import pytest
from assistant_support import amount_of, talk

from app.assistant.declared_units import apply_declared_units
from app.assistant.service import PolicyAssistant
from app.retrieval.tokenizer import ChineseTokenizer
from app.rules.amounts import english_amounts_to_chinese


def test_a_declared_unit_scales_bare_fields_but_not_counts() -> None:
    text = apply_declared_units("单位：万元\n去年实际服务金额：1,200\n员工人数：40\n成立年份：2019")
    assert "1,200万元" in text
    assert "40万元" not in text and "2019万元" not in text
    assert "单位" not in text


def test_a_column_unit_goes_after_each_bare_cell() -> None:
    assert apply_declared_units("甲：实际交易额（千元）2,500；乙：交易额(万元) 80") == \
        "甲：实际交易额2,500千元；乙：交易额80万元"


@pytest.mark.parametrize(("message", "amount"), [
    # 第十五条（一）: 20% of 1200万 = 240万; the form's 40 is a head count.
    ("企业申报表\n企业类型：CRO\n金额单位：万元\n上年度实际服务金额：1200\n员工人数：40\n"
     "按第十五条最多能拿多少？", 2_400_000),
    # 第八条（一）: 10% of (8,000千元 + 12,000千元) = 10% of 2000万 = 200万.
    ("我们是持有人，委托其他企业生产：\n| 品种 | 实际交易额（千元） |\n|---|---|\n"
     "| AB-101 | 8,000 |\n| CD-202 | 12,000 |\n按第八条合计多少？", 2_000_000),
])
def test_figures_under_a_declared_unit_are_priced_in_it(
        assistant: PolicyAssistant, message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第十五条（一）: last year 1000万 × (1 + 30%) = 1300万; 20% = 260万.
    ("我们是CDMO，前年实际服务金额1000万元，去年比前年增长了30%，按去年的服务金额算能拿多少？",
     2_600_000),
    # 1500万 doubled is 3000万; 20% = 600万.
    ("We are a CRO. Service revenue was RMB 15 million the year before last, and last year it "
     "doubled. Based on last year, how much?", 6_000_000),
])
def test_a_year_said_as_exact_growth_is_worked_out(
        assistant: PolicyAssistant, message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("message", [
    "我们是CRO，前年服务金额1000万，去年比前年多了三成左右，按去年算能补多少？",
    "We are a CMO. Service revenue was CNY 12m the year before last; last year it grew by "
    "roughly 15%. Based on last year, how much?",
])
def test_a_year_said_as_rough_growth_is_asked(assistant: PolicyAssistant,
                                              message: str) -> None:
    answer = talk(assistant, message)
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer


def test_a_product_taken_back_by_its_code_leaves_the_total(
        assistant: PolicyAssistant) -> None:
    # 第五条（一）: Ⅱ期 100万 + Ⅲ期 200万 = 300万; without CD-202 (Ⅲ期) 100万.
    answer = talk(assistant, "两个1类生物制品：AB-101今年进入Ⅱ期，CD-202今年进入Ⅲ期，合计多少？",
                  "CD-202先不算，它的伦理审查还没过，还没正式开始临床。")
    assert (answer.status, amount_of(answer)) == ("answered", 1_000_000), answer.answer


def test_a_group_corrected_into_its_products_counts_them_once(
        assistant: PolicyAssistant) -> None:
    # 第五条（一）: the two are one at Ⅰ期 (50万) and one at Ⅱ期 (100万): 150万, not four.
    answer = talk(assistant, "两个1类中药今年都进了Ⅱ期，不对，其中一个是进Ⅰ期，另一个进Ⅱ期。"
                             "一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_bulleted_coded_products_are_each_counted(assistant: PolicyAssistant) -> None:
    # 第六条（一）: two recognised 2类 products, 500万 each = 1000万.
    answer = talk(assistant, "今年的获批情况：\n"
                             "• AB-11：经认定的2类化学药，已获注册证书并在昌平投产\n"
                             "• CD-22：经认定的2类生物制品，已获注册证书并在昌平投产\n"
                             "合计最多多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 10_000_000), answer.answer


def test_one_provision_asked_alone_is_answered_alone(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 20% of the forum's 300万 = 60万; the CRO's 2000万 is not asked.
    answer = talk(assistant, "我们是CRO，去年实际服务金额2000万；另外我们（民营企业）办了一场医药"
                             "健康论坛，实际发生费用300万。先不算总数，论坛那部分单独能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 600_000), answer.answer
    assert answer.calculation is not None and not answer.calculation.parts


@pytest.mark.parametrize("follow_up", ["上面是客户发来的情况，按支持办法能补多少？",
                                       "Based on the email above, how much can they get?"])
def test_a_follow_up_pointing_back_keeps_the_topic(assistant: PolicyAssistant,
                                                   follow_up: str) -> None:
    # 第十五条（一）: 20% of 900万 = 180万.
    answer = talk(assistant, "我们是CMO，去年实际服务金额900万。", follow_up)
    assert (answer.status, amount_of(answer)) == ("answered", 1_800_000), answer.answer


def test_data_handed_over_is_no_award_claimed(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: the exact figure 2605000元 × 20% = 521000元.
    answer = talk(assistant, "我们CDMO去年服务金额大概260万，能拿多少？",
                  "财务刚给了准数：2605000元")
    assert (answer.status, amount_of(answer)) == ("answered", 521_000), answer.answer


def test_a_registration_number_holds_no_amount() -> None:
    text = "Registration No.: 91110114MA012M9J5E; fees RMB 5m"
    assert english_amounts_to_chinese(text) == \
        "Registration No.: 91110114MA012M9J5E; fees 5000000元"


def test_a_latin_word_is_never_cut_into_dictionary_pieces() -> None:
    tokens = ChineseTokenizer(["EMA"]).tokenize("see the email above; EMA approval")
    assert "email" in tokens and tokens.count("ema") == 1


def test_a_little_over_a_figure_far_below_a_threshold_meets_it(
        assistant: PolicyAssistant) -> None:
    # 第十三条: 营收"八百万出头" is surely under 3000万; 620万 + 520万 ≥ 1000万, growing;
    # 10% of last year's 620万 = 62万.
    answer = talk(assistant, "我们是小微企业，去年营收八百万出头，研发投入去年620万元、"
                             "前年520万元、大前年400万元。第十三条能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 620_000), answer.answer


def test_every_figure_rescaled_when_the_unit_was_misread(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 30% of (120万 + 30万 + 10万) = 48万, once 元 is corrected to 万元.
    answer = talk(assistant, "产品新获EMA批准，海外注册费120元、检测费30元、当地代理费10元，"
                             "能补多少？",
                  "不好意思，单位不是元，都是万元")
    assert (answer.status, amount_of(answer)) == ("answered", 480_000), answer.answer


def test_a_unit_named_alone_is_no_figure(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 20% of 5,200千元 (520万) = 104万; "千元" alone is no 1000元.
    answer = talk(assistant, "我们是CMO，去年实际服务金额5200万，能拿多少？",
                  "抱歉单位错了，不是万，是千元，5,200千元")
    assert (answer.status, amount_of(answer)) == ("answered", 1_040_000), answer.answer


def test_the_clause_behind_one_of_two_cites_it(assistant: PolicyAssistant) -> None:
    # 第八条（一） 20% of 5000万 = 1000万 beats 第十五条（一） 20% of 1500万 = 300万 for one
    # project: 第十七条 (从优不重复) is cited and quoted.
    answer = talk(assistant, "我们是CDMO，为一家持有人承担某品种的生产，这个项目实际投入5000万；"
                             "同一个项目去年的实际服务金额1500万。第八条和第十五条都申请，"
                             "最后能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 10_000_000), answer.answer
    assert any(c.article == "第十七条" for c in answer.citations), answer.citations
    assert "从优不重复" in answer.answer


def test_an_entry_asked_alone_by_its_number(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 20% of the forum's 400万 = 80万, the platform's part left out.
    answer = talk(assistant, "两件事：(1) 我们建设的检验检测共享服务平台已认定，建设投入2000万；"
                             "(2) 我们（民营企业）办了一场生命科学论坛，实际发生费用400万。"
                             "一共多少？",
                  "第2项单独呢？")
    assert (answer.status, amount_of(answer)) == ("answered", 800_000), answer.answer


def test_a_spoken_pause_ends_the_phrase_of_a_figure(assistant: PolicyAssistant) -> None:
    # 第八条（二）: 2‰ of 12亿零五百万 = 241万; 利润 after a pause names another figure.
    answer = talk(assistant, "我们是医药销售平台 去年销售收入 呃 十二亿零五百万 利润没多少 "
                             "能给多少")
    assert (answer.status, amount_of(answer)) == ("answered", 2_410_000), answer.answer


def test_a_unit_declared_in_brackets_scales_a_table_of_years(
        assistant: PolicyAssistant) -> None:
    # 第十三条 in 千元: revenue 2025 18,000千元 (1800万) < 3000万; R&D 2024 5000千元 + 2025
    # 7000千元 = 1200万 ≥ 1000万, growing 3000 → 5000 → 7000; 10% of 700万 = 70万.
    answer = talk(assistant, "我们是小微企业，近三年数据（单位：千元）：\n"
                             "项目 | 2023年 | 2024年 | 2025年\n"
                             "营业收入 | 9,000 | 12,000 | 18,000\n"
                             "研发投入 | 3000 | 5000 | 7000\n第十三条能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 700_000), answer.answer


def test_a_chat_burst_naming_the_topic_measure_stays_with_it(
        assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 20% of CNY 41.5m = 830万; the measure's words alone keep the topic.
    answer = talk(assistant, "hello", "we are a CRO", "last year's actual service revenue",
                  "CNY 41.5m", "how much?")
    assert (answer.status, amount_of(answer)) == ("answered", 8_300_000), answer.answer


def test_a_line_break_after_an_english_amount_is_kept() -> None:
    assert english_amounts_to_chinese("CNY 73.7m\nhow much?") == "73700000元\nhow much?"


def test_an_arrow_gives_each_product_its_figure_now(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: AB-1 6000万 → 1.2亿 crosses 1亿 (40万); CD-2 3000万 → 5500万 crosses
    # 5000万 (20万): 60万.
    answer = talk(assistant, "两个品种年产值（前年→去年）：AB-1 6000万→1.2亿；CD-2 3000万->5500万。"
                             "以前都没到过这个水平。按第十二条合计奖励多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 600_000), answer.answer


def test_codes_listed_then_counted_are_one_group(assistant: PolicyAssistant) -> None:
    # 第五条（一）: three 1类 products entering Ⅱ期, 100万 each = 300万 (not four).
    answer = talk(assistant, "我们的1类化药AB-11、CD-22、EF-33共3个品种今年进入Ⅱ期临床，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


def test_an_english_table_of_coded_products(assistant: PolicyAssistant) -> None:
    # 第八条（一）: 10% of (RMB 3,000,000 + 12,000,000 yuan) = 150万.
    answer = talk(assistant, "We are the MAH and outsource production:\n"
                             "| Product | Actual transaction amount |\n|---|---|\n"
                             "| AB-12 | RMB 3,000,000 |\n| CD-34 | 12,000,000 yuan |\nTotal?")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_english_costs_incurred_are_an_events_cost(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 20% of the actual RMB 1.5 million (the budget is a plan) = 30万.
    answer = talk(assistant, "As a private company we hosted a biotech summit in Changping. "
                             "Budget RMB 2,000,000; actual costs incurred RMB 1.5 million. "
                             "How much support?")
    assert (answer.status, amount_of(answer)) == ("answered", 300_000), answer.answer


def test_a_mark_never_reached_before_is_no_figure(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: 1.3亿 last year, a first crossing of 1亿: 40万.
    answer = talk(assistant, "我们有个品种去年年产值1.3亿", "以前没到过1亿", "奖励多少")
    assert (answer.status, amount_of(answer)) == ("answered", 400_000), answer.answer


def test_a_year_said_as_a_multiple_of_another(assistant: PolicyAssistant) -> None:
    # 第八条（二）: last year's sales 3亿 × 3 = 9亿; 2‰ = 180万.
    answer = talk(assistant, "我们是医药健康销售平台型企业，前年销售收入3亿，"
                             "去年的销售收入是前年的3倍。按去年的销售收入算能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_800_000), answer.answer


def test_the_year_compared_is_worked_back_from_exact_growth(
        assistant: PolicyAssistant) -> None:
    # 第十三条: R&D 2025 1000万, 25% over 2024 → 800万; 1800万 ≥ 1000万; 10% = 100万.
    answer = talk(assistant, "我们是小型企业，上一年度营业收入1500万元，研发投入去年1000万元，"
                             "比前年多了25%，研发投入连续三年正增长。第十三条能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_000_000), answer.answer


@pytest.mark.parametrize("message", [
    # Last year's output is only "higher" than 6.2亿: 5亿 was crossed the year before, and
    # whether 10亿 was crossed last year is unknown.
    "我们有个品种前年年产值6.2亿，去年是历史最高。单品种产值奖励能拿多少？",
    "One product's output was RMB 620 million the year before last; last year was a record "
    "high. How much is the output award?",
])
def test_a_later_year_said_only_as_higher_is_asked(assistant: PolicyAssistant,
                                                   message: str) -> None:
    answer = talk(assistant, message)
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer
