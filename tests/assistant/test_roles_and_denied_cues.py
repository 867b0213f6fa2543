"""Both production roles in one message, cues that say what a figure is not, spaced units.

Classes the probe sets found: a company that commissions production and also produces for
others is priced under both halves of 第八条（一）; "237万不算注册费" keeps that figure out
of the registration base; "61 万" is 61万; "Drug X: …; Drug Y: …" lists products apart; a
generic "revenue" supposed after a sales platform is that platform's 销售收入. Every
expected figure is worked from the policy text in the comment beside it.
"""

from __future__ import annotations

import pytest
from assistant_support import amount_of, talk

from app.assistant.number_reader import prepare
from app.assistant.service import PolicyAssistant


@pytest.mark.parametrize("message", [
    # 第八条（一）: 10% of 交易额 5000万 = 500万, plus 20% of 投入 3000万 = 600万: 1100万.
    "我们把一个品种委托给园区一家企业生产，实际交易额5000万；同时也帮别的药企代工生产，"
    "实际投入3000万。按支持办法合计多少？",
    "We commission a partner firm to make our tablets; actual transaction value RMB 50 "
    "million. We also manufacture for other companies as a CMO, actual input RMB 30 "
    "million. Total under the draft?",
])
def test_both_production_roles_are_priced_each_by_its_own_rule(
        assistant: PolicyAssistant, message: str) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", 11_000_000), answer.answer


def test_a_figure_denied_a_cue_after_it_stays_out_of_the_base(
        assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 30% of (50万 + 70万 + 30万) = 45万; the 400万 trial spend is no fee.
    answer = talk(assistant, "产品刚获FDA批准：注册费50万、检测70万、代理30万；临床投入400万不算"
                             "注册费吧？能补多少")
    assert (answer.status, amount_of(answer)) == ("answered", 450_000), answer.answer


@pytest.mark.parametrize(("written", "folded"), [("代理费61 万", "代理费61万"),
                                                  ("投入 1.5 亿元", "投入 1.5亿元"),
                                                  ("2025 年", "2025 年")])
def test_a_space_before_a_scale_word_is_no_break(written: str, folded: str) -> None:
    assert prepare(written) == folded


def test_products_labelled_in_english_are_priced_apart(assistant: PolicyAssistant) -> None:
    # 第六条（二）: a 一类新兽药 certificate, 300万; 第五条（一）: a 1类 drug entering Ⅱ期, 100万.
    answer = talk(assistant, "Two products: Drug Y: Class I new veterinary drug, certified and "
                             "industrialised; Drug Z: class-1 innovative drug, entered Phase II "
                             "this year. Total?")
    assert (answer.status, amount_of(answer)) == ("answered", 4_000_000), answer.answer


def test_a_stage_after_a_comma_is_the_named_products_own(assistant: PolicyAssistant) -> None:
    # 第六条（二）: 300万 for the 一类新兽药; 第五条（一）: 1类 entering Ⅲ期, 200万: 500万.
    answer = talk(assistant, "甲是一类新兽药，已获证并产业化；"
                             "乙是1类创新药，进入Ⅲ期临床。合计多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


def test_a_generic_revenue_supposed_is_the_topics_own(assistant: PolicyAssistant) -> None:
    # 第八条（二）: 2‰ of the supposed 年度销售收入 20亿 = 400万.
    answer = talk(assistant, "我们是医药健康销售平台企业，年度销售收入10亿，能拿多少？",
                  "如果收入做到20亿呢？")
    assert (answer.status, amount_of(answer)) == ("answered", 4_000_000), answer.answer


@pytest.mark.parametrize("message", [
    # 第十六条（三）: 20% of 1200万 = 240万; （十二）: up to 300万. The larger is 300万.
    "我们是民营企业。支持办法的高品质活动支持和若干措施的国际学术会议支持比一比：我们办的生命科学"
    "国际学术会议实际发生费用1200万，哪个给得多？多的那个是多少？",
    "Private company. Comparing the draft's high-quality events support with the 2026-2028 "
    "international academic conference support: our life-science conference cost RMB 12 "
    "million. Which gives more?",
])
def test_the_larger_of_two_compared_leads(assistant: PolicyAssistant, message: str) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer
    assert answer.calculation is not None and len(answer.calculation.parts) == 2


def test_spending_after_an_event_is_its_cost(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 20% of the 900万 spent on the contest = 180万.
    answer = talk(assistant, "我们是民营企业，办了一场生物医药创业大赛\n实际花了900万\n能补多少")
    assert (answer.status, amount_of(answer)) == ("answered", 1_800_000), answer.answer


def test_spending_on_registration_is_no_event_cost(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 30% of the 500万 registration cost = 150万.
    answer = talk(assistant, "新获得FDA认证，注册前后花了500万"
                             "（海外注册费、检测费、代理费都算上），能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_a_part_from_an_expired_measure_is_left_out_of_the_total(
        assistant: PolicyAssistant) -> None:
    # （十二）ends 2028-12-31, so a 2029 conference gets nothing; 第十五条（一）: 20% of the
    # CRO's 1000万 = 200万 is the whole total.
    answer = talk(assistant, "我们是民营企业，2029年举办生命科学领域国际学术研讨会议；另外我们"
                             "CRO去年服务金额1000万。两项一共能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 2_000_000), answer.answer
    assert "有效期" in answer.answer
