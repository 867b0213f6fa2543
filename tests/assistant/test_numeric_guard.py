"""The numeric guard: a number with no backing in the calculation or clauses is caught."""

from __future__ import annotations

import pytest

from app.assistant.numeric_guard import number_keys, unbacked_numbers
from app.assistant.service import PolicyAssistant, UnbackedNumberError

CLAUSE = "对单品种年产值首次突破5亿元的医药健康企业，给予200万元的奖励。"


def test_planted_wrong_amount_is_flagged() -> None:
    assert unbacked_numbers("给予300万元", [CLAUSE]) == ["n:3000000"]


def test_correct_amount_is_not_flagged() -> None:
    assert unbacked_numbers("给予200万元", [CLAUSE]) == []


@pytest.mark.parametrize("spelling", ["2000000元", "200万元", "2,000,000元", "２００万元",
                                      "0.02亿元"])
def test_amounts_are_compared_by_value_not_spelling(spelling: str) -> None:
    assert unbacked_numbers(f"可获得 {spelling}", [CLAUSE]) == []


def test_rates_are_not_confused_with_amounts() -> None:
    backing = ["按照主营业务收入的2‰给予资金支持"]
    assert unbacked_numbers("按 2‰ 计算", backing) == []
    assert unbacked_numbers("按 2% 计算", backing) == ["r:2%"]
    assert unbacked_numbers("按 20% 计算", ["按照不超过年度实际服务金额的20%"]) == []


def test_every_number_is_checked_not_only_the_first() -> None:
    text = "5亿元档奖励200万元，另加 999万元"
    assert unbacked_numbers(text, [CLAUSE]) == ["n:9990000"]


def test_number_keys_scale_chinese_units() -> None:
    assert number_keys("1.5亿美元、3000万、2‰、30%") == [
        "n:150000000", "n:30000000", "r:2‰", "r:30%"]


def test_service_guard_raises_on_planted_text() -> None:
    with pytest.raises(UnbackedNumberError, match="300"):
        PolicyAssistant._guard("**可获得 300万元（定额）**", [CLAUSE])


def test_service_guard_accepts_backed_text() -> None:
    PolicyAssistant._guard("**可获得 200万元（定额）**", [CLAUSE])
