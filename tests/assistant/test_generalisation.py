"""The same question in many phrasings reaches the same rule and amount; neighbours stay apart."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest
from assistant_support import DRAFT, MEASURES, cited

from app.assistant.answer import Answer
from app.assistant.service import PolicyAssistant

Ask = Callable[[str], Answer]

ENTRY = "zone-5-1-clinical-entry"

PHRASINGS: list[tuple[str, str, int, str]] = [
    # (question, rule_id, amount_yuan, kind)
    ("一类新药进三期能拿多少", ENTRY, 2_000_000, "fixed"),
    ("1类化学药进入Ⅲ期临床试验，每个品种奖励多少？", ENTRY, 2_000_000, "fixed"),
    ("我们的I类生物制品刚进III期，有钱拿吗", ENTRY, 2_000_000, "fixed"),
    ("一类新药进入2期有多少钱", ENTRY, 1_000_000, "fixed"),
    ("How much for a class 1 chemical drug entering phase II?", ENTRY, 1_000_000, "fixed"),
    ("１类生物制品进入Ⅱ期临床，奖励多少？", ENTRY, 1_000_000, "fixed"),
    ("１类化学药进入ＩＩ期临床，奖励多少？", ENTRY, 1_000_000, "fixed"),
    ("1类中药进入II期临床试验，有多少奖励", ENTRY, 1_000_000, "fixed"),
    ("我们有两个品种的1类新药进入Ⅱ期临床，能拿多少？", ENTRY, 2_000_000, "fixed"),
    ("5个品种的1类化学药进入Ⅲ期，一共能拿多少？", ENTRY, 10_000_000, "fixed"),
    ("We have two class 1 drugs entering phase III, how much?", ENTRY, 4_000_000, "fixed"),
    ("1类化学药拿到批文了，有多少支持？", "zone-6-1-class1-approval", 10_000_000, "upper_bound"),
    ("拿到批文的1类新药能拿多少", "zone-6-1-class1-approval", 10_000_000, "upper_bound"),
    ("产值今年第一次破亿了，有奖励吗", "zone-12-3-variety-output", 400_000, "fixed"),
    ("单品种产值首次破亿，奖励多少？", "zone-12-3-variety-output", 400_000, "fixed"),
    ("年产值首次突破五亿元，奖励多少？", "zone-12-3-variety-output", 2_000_000, "fixed"),
    ("单品种年产值首次突破25亿，奖励多少？", "zone-12-3-variety-output", 10_000_000, "fixed"),
    ("搞了个共享服务平台投了1.5亿，能支持多少？", "zone-15-2-shared-platform", 30_000_000,
     "upper_bound"),
    ("搞了个共享平台投了1.5个亿，能支持多少？", "zone-15-2-shared-platform", 30_000_000,
     "upper_bound"),
    ("共享服务平台建设投入1亿元，能支持多少？", "zone-15-2-shared-platform", 30_000_000,
     "upper_bound"),
    ("共享服务平台最高能拿多少？", "zone-15-2-shared-platform", 30_000_000, "upper_bound"),
    ("We are a CRO with service revenue of 8 million yuan last year, how much support?",
     "zone-15-1-outsourcing-services", 1_600_000, "upper_bound"),
    ("我们是CRO企业，服务金额两千万，能拿多少？", "zone-15-1-outsourcing-services", 4_000_000,
     "upper_bound"),
    ("We got FDA approval, registration costs were 2 million yuan, how much can we get?",
     "zone-11-1-international-registration", 600_000, "upper_bound"),
    ("主营业务收入６亿元，首次突破，能拿多少？", "zone-12-1-main-revenue", 1_200_000, "fixed"),
    ("我们营收6亿，首次突破5亿，能拿多少？", "zone-12-1-main-revenue", 1_200_000, "fixed"),
    ("销售平台型企业年度销售收入10亿元，能拿多少？", "zone-8-2-sales-platform", 2_000_000,
     "fixed"),
    ("我们获得一类新兽药注册证书，能拿多少？", "zone-6-2-veterinary", 3_000_000, "upper_bound"),
    ("园区运营管理项目投资总额8000万，能拿多少？", "m2026-11-park-operation", 30_000_000,
     "upper_bound"),
]


@pytest.mark.parametrize(("question", "rule_id", "amount", "kind"), PHRASINGS,
                         ids=[p[0][:24] for p in PHRASINGS])
def test_phrasing_reaches_rule_and_amount(ask: Ask, question: str, rule_id: str, amount: int,
                                          kind: str) -> None:
    answer = ask(question)
    assert answer.status == "answered", answer.answer
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan,
            answer.calculation.kind) == (rule_id, amount, kind)


def test_english_class_2_approval(ask: Ask) -> None:
    answer = ask("Our class 2 drug got marketing approval, how much support?")
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "zone-6-1-class2-approval", 5_000_000)


# -- neighbours --------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "rule_id", "amount", "clause"), [
    ("我们委托另一家企业生产我们持有的药品，交易额2000万，有什么支持？",
     "zone-8-1-commissioned-production", 2_000_000, (DRAFT, "第八条", "（一）")),
    ("我们是药品上市许可持有人，委托别的企业生产，品种实际交易额5000万元，能拿多少？",
     "zone-8-1-commissioned-production", 5_000_000, (DRAFT, "第八条", "（一）")),
    ("我们是CDMO企业，去年服务金额1000万，能拿多少？",
     "zone-15-1-outsourcing-services", 2_000_000, (DRAFT, "第十五条", "（一）")),
    ("我们是CDMO，给别的公司提供生产服务，去年服务金额1000万",
     "zone-15-1-outsourcing-services", 2_000_000, (DRAFT, "第十五条", "（一）")),
    ("受托生产，承担生产的实际投入1000万，能拿多少？",
     "zone-8-1-contract-production", 2_000_000, (DRAFT, "第八条", "（一）")),
], ids=["commission-holder", "commission-mah", "cdmo-services", "cdmo-production-services",
        "contract-producer"])
def test_commissioning_versus_cdmo(ask: Ask, question: str, rule_id: str, amount: int,
                                   clause: tuple[str, str, str]) -> None:
    answer = ask(question)
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (rule_id, amount)
    assert clause in cited(answer)


@pytest.mark.parametrize(("question", "rule_id", "amount", "clause"), [
    ("我们要举办生命科学领域国际学术研讨会议，能支持多少？",
     "m2026-12-international-conference", 3_000_000, (MEASURES, "（十二）", None)),
    ("我们公司举办一个区里的行业活动，花了500万，能支持多少？",
     "zone-16-3-industry-events", 1_000_000, (DRAFT, "第十六条", "（三）")),
    ("我们办了个行业论坛，实际花费300万，能支持多少？",
     "zone-16-3-industry-events", 600_000, (DRAFT, "第十六条", "（三）")),
], ids=["international-conference", "district-event", "industry-forum"])
def test_international_conference_versus_district_event(ask: Ask, question: str, rule_id: str,
                                                       amount: int,
                                                       clause: tuple[str, str, None]) -> None:
    answer = ask(question)
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (rule_id, amount)
    assert clause in cited(answer)


def test_international_conference_short_wording(ask: Ask) -> None:
    """Regression: 国际学术研讨会 (no 议) once got the 1000万元 foreign R&D centre sentence."""
    answer = ask("我们举办国际学术研讨会，能支持多少？")
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "m2026-12-international-conference", 3_000_000)


@pytest.mark.parametrize("question", ["在海外设立孵化器能拿多少？",
                                      "我们在海外设立科技园区和孵化器，能拿多少？",
                                      "我们开展跨国技术转移服务，能拿多少支持？"])
def test_overseas_platform_versus_overseas_application(ask: Ask, question: str) -> None:
    answer = ask(question)
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "m2026-13-overseas-platform", 3_000_000)


def test_overseas_incubator_with_chuhai(ask: Ask) -> None:
    """Regression: with 出海 in the question it once got the 200万元 application sentence."""
    answer = ask("我们在海外设立孵化器，推动项目出海，能拿多少？")
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "m2026-13-overseas-platform", 3_000_000)


def test_crossing_without_saying_first_asks_whether_it_is_first(ask: Ask) -> None:
    """The clause rewards a *first* crossing: "破亿了" alone cannot settle it."""
    answer = ask("产值破亿了，有奖励吗")
    assert answer.status == "needs_info"
    assert answer.follow_up and "首次" in answer.follow_up


@pytest.mark.parametrize(("turns", "status", "amount"), [
    (["License-out合同总额10亿元人民币，能拿多少？"], "needs_info", None),
    (["License-out合同总额2亿，能拿多少？"], "needs_info", None),
    (["License-out合同总额2亿，能拿多少？", "是美元"], "answered", 500_000),
    (["License-out合同总额2亿，能拿多少？", "人民币"], "needs_info", None),
])
def test_a_dollar_threshold_takes_only_dollars(assistant: PolicyAssistant, turns: list[str],
                                               status: str, amount: int | None) -> None:
    """Yuan is never converted and a bare figure is never taken for dollars; "是美元" settles it."""
    session = f"usd-{uuid.uuid4().hex}"
    answers = [assistant.answer(session, turn) for turn in turns]
    last = answers[-1]
    assert last.status == status
    assert last.calculation is not None and last.calculation.amount_yuan == amount
    if status == "needs_info":
        assert last.follow_up and "美元" in last.follow_up
