"""Counts spread over a listed series, figures counted two ways, and what a clause covers.

Classes probe-17 (written from the texts by a helper who never read the code) found
missing. Every expected figure is worked from the policy text in the comment beside it.
"""

from __future__ import annotations

import pytest
from assistant_support import amount_of, talk

from app.assistant.fact_reader import read_message
from app.assistant.service import PolicyAssistant
from app.assistant.unit_reply import unit_given
from app.config import PROJECT_ROOT
from app.rules.vocabulary import load_vocabulary

_VOCABULARY = load_vocabulary(PROJECT_ROOT / "corpus")


@pytest.mark.parametrize(("message", "amount"), [
    # 第六条（二）: 三类 100万 + 二类 200万 — two products, one of each class, not two 三类.
    ("我们有两个动物药分别获得三类和二类新兽药注册证书，都已产业化，一共能拿多少？", 3_000_000),
    # 三类 100万 + 一类 300万.
    ("企业来电咨询：他们有两个动物药分别获得三类和一类新兽药注册证书，都已产业化，总共多少钱？",
     4_000_000),
    # 第五条（一）: 50万 + 100万 + 200万 — three products, one at each phase.
    ("我们有三个1类新药分别进入I期、II期和III期，都会产业化，一共能拿多少？", 3_500_000),
])
def test_a_count_spread_over_the_listed_series_is_one_each(assistant: PolicyAssistant,
                                                          message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("message", [
    "我们有负2个1类化学药品种进入III期临床试验，能获得多少奖励？",
    # Two values of one year's 服务金额, by two ways of counting: which applies is asked.
    "这家企业是一家CDMO企业，2025年度实际服务金额合同口径１０３０万、财务口径二千二百六十四万元，"
    "按哪个算？能拿多少？",
    "我司是做临床CRO的，去年（2025年）实际服务金额2331万（财务报表上又写的是四千四百五十一万）。"
    "最多能支持多少？",
])
def test_impossible_counts_and_figures_counted_two_ways_are_asked(assistant: PolicyAssistant,
                                                                  message: str) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_a_host_that_says_it_is_no_market_body_is_ineligible(assistant: PolicyAssistant) -> None:
    # 第十六条（三）: 对于市场化主体举办的高品质活动.
    answer = talk(assistant, "我们是区里的政府部门，主办了一场医药健康产业交流活动，实际发生费用"
                              "三十三万七千元（不是市场化主体），按支持办法能拿多少？")
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer


@pytest.mark.parametrize(("question", "clause"), [
    ("第三条主要支持哪些方向？", ("changping-zone-draft", "第三条")),
    ("第十六条主要包括哪些方面？", ("changping-zone-draft", "第十六条")),
    ("第十五条支持哪几类平台？", ("changping-zone-draft", "第十五条")),
    ("帮我查一哈支持办法的第十二条", ("changping-zone-draft", "第十二条")),
    ("措施九主要支持什么？", ("changping-2026-2028", "（九）")),
    # The measures are numbered （十五）; "第十五条" of 若干措施 is that measure.
    ("若干措施第十五条讲的是什么？", ("changping-2026-2028", "（十五）")),
    ("What does measure (1) of the 2026-2028 measures cover?", ("changping-2026-2028", "（一）")),
    # 第二条: 聚焦细胞与基因治疗…等赛道 — a listing, answered by its clause, with no sum.
    ("急！支持办法聚焦哪些赛道？", ("changping-zone-draft", "第二条")),
])
def test_what_a_clause_covers_is_answered_by_the_clause(assistant: PolicyAssistant,
                                                        question: str,
                                                        clause: tuple[str, str]) -> None:
    answer = talk(assistant, question)
    assert answer.status == "answered" and amount_of(answer) is None, answer.answer
    assert clause in {(c.doc_id, c.article) for c in answer.citations}, answer.citations


def test_responsible_units_of_a_measure_called_an_article(assistant: PolicyAssistant) -> None:
    # （四）…（市卫生健康委、…）: the units in the measure's trailing parentheses.
    answer = talk(assistant, "若干措施第四条的责任单位有哪些？")
    assert ("changping-2026-2028", "（四）") in {(c.doc_id, c.article) for c in answer.citations}
    assert "市卫生健康委" in answer.answer



@pytest.mark.parametrize(("turns", "amount"), [
    # 第十五条（一）: 5365万 × 20% = 1073万, once the unit comes.
    (("我们是做临床CRO的，去年（2025年）实际服务金额5365。。。", "按征求意见稿能补多少钱？",
      "不好意思，单位是万"), 10_730_000),
    # 第十六条（三）: 577万 × 20% = 115.4万.
    (("我们作为市场化主体举办了一场医药健康产业对接会，活动实际发生费用577，能获得多少奖励？",
      "单位是万元，刚才漏了"), 1_154_000),
    # （五）: 3.8亿 × 30% = 1.14亿 → capped at 5000万.
    (("他们在做AI+药物研发标杆示范场景项目，项目工程投资总额3.8，能拿多少？", "是亿，不是万"),
     50_000_000),
    # 第八条（一）: RMB 84.81 million × 10% = 848.1万.
    (("We commission a local firm to make our drug; its actual transaction value was 84.81. "
      "How much can we get?", "Oops, the unit is RMB million."), 8_481_000),
])
def test_a_figure_without_its_unit_waits_for_it(assistant: PolicyAssistant,
                                                turns: tuple[str, ...], amount: int) -> None:
    first = talk(assistant, turns[0])
    assert (first.status, amount_of(first)) == ("needs_info", None), first.answer
    assert "单位" in (first.follow_up or "") + first.answer
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("message", [
    "共签了8份合同，委托生产交易额2000万",  # a count, not a figure without a unit
    "1）委托生产的品种实际交易额27400000元",  # a list's number
    "听说能按研发投入的20%补",  # a rate
])
def test_counts_labels_and_rates_are_no_figures_without_units(message: str) -> None:
    reading = read_message(message, _VOCABULARY, 2026)
    assert not [o for o in reading.observations if o.bare]


@pytest.mark.parametrize(("message", "scale", "replaces"), [
    ("单位是万元，忘写了", 10_000, None),
    ("忘了说单位：万元", 10_000, None),
    ("是亿，不是万", 100_000_000, 10_000),
    ("Sorry, forgot the unit — that's in millions of RMB.", 1_000_000, None),
    ("Oops, the unit is RMB million.", 1_000_000, None),
])
def test_a_unit_given_alone_is_read(message: str, scale: int, replaces: int | None) -> None:
    given = unit_given(message)
    assert given is not None and given.scale == scale
    assert given.replaces == replaces


def test_a_message_with_its_own_figure_gives_no_unit_for_another() -> None:
    assert unit_given("单位是万元，服务金额800") is None


@pytest.mark.parametrize(("turns", "clause"), [
    # 第十五条（一）: 累计支持不超过三年 — read from the clause, no new sum.
    (("我们CDMO去年实际服务金额1198.5万元，能拿多少？", "这个能连续拿几年？"),
     ("changping-zone-draft", "第十五条")),
    (("We're a clinical CRO and last year's actual service amount was CNY 33.41m. "
      "How much can we get?", "How many years can we get this for?"),
     ("changping-zone-draft", "第十五条")),
    (("我們委託區內醫藥健康企業生產自己持有的一個品種",
      "該品種去年實際交易額10519萬元，最多能拿多少錢？", "原文怎麼寫的？"),
     ("changping-zone-draft", "第八条")),
])
def test_a_detail_asked_after_an_answer_quotes_its_clause(assistant: PolicyAssistant,
                                                          turns: tuple[str, ...],
                                                          clause: tuple[str, str]) -> None:
    answer = talk(assistant, *turns)
    assert answer.status == "answered" and amount_of(answer) is None, answer.answer
    assert clause in {(c.doc_id, c.article) for c in answer.citations}, answer.citations


def test_where_to_apply_after_an_answer_names_the_measures_units(
        assistant: PolicyAssistant) -> None:
    # （十二）…（市科委中关村管委会、昌平区政府）.
    answer = talk(assistant, "我们是外资研发中心，研发投入增长了11850万元，"
                              "若干措施里能给多少资金？", "要去哪个部门申报？")
    assert answer.status == "answered" and amount_of(answer) is None, answer.answer
    assert "市科委中关村管委会" in answer.answer


def test_an_english_actual_input_is_the_contract_producers_base(
        assistant: PolicyAssistant) -> None:
    # 第八条（一）受托生产 3043万 × 20% = 608.6万 + 第十五条（一） 2926万 × 20% = 585.2万.
    answer = talk(assistant, "We do contract manufacturing under the MAH system; actual input "
                              "RMB 30,430,000. Also, we're a CDMO; our 2025 actual service amount "
                              "was 29.26 million yuan. Total under the draft measures?")
    assert (answer.status, amount_of(answer)) == ("answered", 11_938_000), answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # 第五条（一）: Ⅱ期 100万 + Ⅲ期 200万.
    (("我们有一个1类化药品种进入Ⅱ期临床试验，能申请多少支持？", "另外还有一个1类化药品种进入了Ⅲ期",
      "总共能拿多少，在线等挺急的"), 3_000_000),
    # Ⅲ期 200万 + Ⅱ期 100万: "Another Class 1 …" is one more product.
    (("Hi! One Class 1 chemical drug of ours entered Phase 3.",
      "Another Class 1 biologic entered Phase 2 too.", "How much in total for both?"), 3_000_000),
])
def test_a_bare_total_after_products_added_is_their_total(assistant: PolicyAssistant,
                                                          turns: tuple[str, ...],
                                                          amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_one_products_overseas_sales_price_no_sales_platform(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: (688万 + 143.5万 + 73.5万) × 30% = 271.5万; the drug's own overseas sales
    # are no 销售平台's 销售收入 (第八条（二）).
    answer = talk(assistant, "我们公司有一个药品新获得EMA认证，海外注册费688万元、检测费143.5万元、"
                             "当地代理费735000元，该药海外年销售额20393万，能申请多少资金支持？")
    assert (answer.status, amount_of(answer)) == ("answered", 2_715_000), answer.answer


def test_an_english_max_total_of_two_measures(assistant: PolicyAssistant) -> None:
    # （十二）: 外资研发中心 up to 1000万 + 高水平国际学术会议 up to 300万.
    answer = talk(assistant, "Hi there. We're a foreign R&D centre with fast-growing R&D spend, "
                             "and we'll also host an international life-science academic "
                             "conference. Max total under the 2026-2028 measures?")
    assert (answer.status, amount_of(answer)) == ("answered", 13_000_000), answer.answer


def test_the_topic_stays_after_a_detail_lookup(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 900万 × 20% = 180万, asked after the 累计不超过三年 lookup.
    answer = talk(assistant, "我们CDMO去年实际服务金额1198.5万元，能拿多少？", "这个能连续拿几年？",
                  "那如果服务金额是900万呢")
    assert (answer.status, amount_of(answer)) == ("answered", 1_800_000), answer.answer


def test_a_product_likened_to_class_1_is_its_own_item(assistant: PolicyAssistant) -> None:
    # 第六条（一）: 1类化学药 up to 1000万 + 首仿药 "参照1类" up to 1000万. The aside names the
    # class the 首仿药 is measured against, not a second description of the 1类 product.
    answer = talk(assistant, "一个1类化药、一个首仿药都拿证产业化了（首仿药经认定参照1类），"
                             "最多一共多少")
    assert (answer.status, amount_of(answer)) == ("answered", 20_000_000), answer.answer


def test_a_requirement_the_user_confirmed_is_not_asked_again(assistant: PolicyAssistant) -> None:
    # 第六条（一）requires 实施产业化; once the user says so it is a met condition, not 还需满足.
    answer = talk(assistant, "我们的1类化学药拿到药品注册证书了，也已经实施产业化，能拿多少？")
    assert "条件 ✔ 满足：实施产业化" in answer.answer
    assert "还需满足：实施产业化" not in answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # 第五条（一）: A Ⅰ期 50万 + B Ⅰ期 50万; B taken back leaves A's 50万.
    (("我们两个1类品种：A品种进入Ⅰ期，B品种进入Ⅰ期，一共能拿多少？", "B那个划掉", "现在多少？"),
     500_000),
    # A Ⅰ期 50万 + B Ⅱ期 100万; A taken back leaves B's 100万.
    (("我们两个1类品种：A品种进入Ⅰ期，B品种进入Ⅱ期，一共能拿多少？", "把A去掉"), 1_000_000),
    (("Two Class 1 drugs: product A entered Phase 1, product B entered Phase 2. Total?",
      "Remove product B."), 500_000),
])
def test_a_labelled_product_taken_back_leaves_the_total(assistant: PolicyAssistant,
                                                       turns: tuple[str, ...],
                                                       amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_english_products_named_apart_are_priced_apart(assistant: PolicyAssistant) -> None:
    # 第五条（一）: Ⅰ期 50万 + Ⅱ期 100万, not two products at Ⅱ期.
    answer = talk(assistant, "Two Class 1 drugs: product A entered Phase 1, product B entered "
                             "Phase 2. Total?")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_a_label_the_session_does_not_hold_is_asked(assistant: PolicyAssistant) -> None:
    # No product C was described: the earlier 150万 would be a wrong figure, so it asks.
    answer = talk(assistant, "我们两个1类品种：A品种进入Ⅰ期，B品种进入Ⅱ期，一共能拿多少？",
                  "C那个划掉")
    assert answer.status == "needs_info" and amount_of(answer) is None, answer.answer
