"""Figures supposed in a later turn, a return to the first figure, and short replies.

Classes probe-18 found missing: "那如果明年做到X呢" is a figure in place of the one held,
not a second year to choose between; "还是按最开始那个数算" brings the first one back; a
unit or an English follow-up ("Total reimbursable?") continues the topic. Every expected
figure is worked from the policy text in the comment beside it.
"""

from __future__ import annotations

import pytest
from assistant_support import amount_of, talk

from app.assistant.service import PolicyAssistant
from app.assistant.unit_reply import unit_given


@pytest.mark.parametrize(("turns", "amount"), [
    # 第十五条（一）: 20% of the supposed 年度实际服务金额 5200万 = 1040万.
    (("我们是CDMO，去年实际服务金额800万元，能拿多少？", "那如果明年服务金额做到5200万呢？"),
     10_400_000),
    (("Our CRO's actual service amount last year was RMB 6 million. How much?",
      "What if next year we reach 25,000,000 yuan?"), 5_000_000),
])
def test_a_figure_supposed_for_another_year_replaces_the_one_held(
        assistant: PolicyAssistant, turns: tuple[str, ...], amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_the_first_figure_comes_back_after_a_supposition(assistant: PolicyAssistant) -> None:
    # 第十五条（二）: 30% of 2500万 = 750万; the supposed 2亿 (capped at 3000万) is set aside.
    answer = talk(assistant, "我们运营一个检验检测服务平台，已认定为共享服务平台",
                  "平台建设实际投入2500万元", "那如果扩建后投入到2亿呢？",
                  "算了，还是按原来那个数算，最多多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 7_500_000), answer.answer


@pytest.mark.parametrize("reply", ["哦忘了说单位，是万元", "单位忘写了，应该是万元", "是万元。"])
def test_a_unit_given_in_a_reply_of_its_own(reply: str) -> None:
    given = unit_given(reply)
    assert given is not None and given.scale == 10_000


def test_a_unit_given_later_completes_the_figure(assistant: PolicyAssistant) -> None:
    # 第十五条（二）: 30% of 9000万 = 2700万, under the 3000万 cap.
    answer = talk(assistant, "我们实验动物平台的平台建设实际投入是9000（已认定为共享服务平台）",
                  "哦忘了说单位，是万元", "最多给多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 27_000_000), answer.answer


@pytest.mark.parametrize("follow_up", ["Total reimbursable?", "Please recalculate.",
                                       "So how much exactly?"])
def test_an_english_follow_up_continues_the_topic(assistant: PolicyAssistant,
                                                  follow_up: str) -> None:
    # 第十一条（一）: 30% of (8m + 2m) = 300万.
    answer = talk(assistant, "New EMA approval. Overseas registration fee: CNY 8m.",
                  "Testing fee CNY 2m.", follow_up)
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


@pytest.mark.parametrize("message", [
    "我们2030年5月才办国际学术研讨会，能按若干措施拿多少？",
    "If we hold the international conference in 2029, how much under the 2026-2028 measures?",
])
def test_a_year_after_the_measures_expire_gets_no_amount(assistant: PolicyAssistant,
                                                         message: str) -> None:
    # 若干措施 are valid until 2028-12-31.
    answer = talk(assistant, message)
    assert answer.status == "ineligible" and amount_of(answer) is None, answer.answer
    assert "2028-12-31" in answer.answer


def test_a_list_of_years_already_supported_is_counted(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 累计支持不超过三年 — 2023, 2024 and 2025 are three.
    answer = talk(assistant, "我们CDMO服务金额5000万，2023、2024和2025年都拿过这项支持，"
                             "今年还能拿多少？")
    assert answer.status == "ineligible" and amount_of(answer) is None, answer.answer


def test_figures_the_user_cannot_remember_are_asked(assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "CRO，服务金额900万，也可能是1900万，记不清了，能拿多少？")
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer


def test_a_supposed_total_investment_is_the_topics_figure(assistant: PolicyAssistant) -> None:
    # （五）: 30% of a supposed 2亿 is 6000万, above the 5000万 cap; not 30% of the 8000万 held.
    answer = talk(assistant, "AI+医药健康示范项目，工程投资总额8000万，按若干措施能拿多少",
                  "假设总投资做到2亿，上限是多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 50_000_000), answer.answer
