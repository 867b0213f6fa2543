"""Turn ``key=value`` strings (CLI, forms) into typed ``Facts``.

Money accepts every way the parser knows (800万, 1.5亿, 620000000元) but only
in the fact's own currency: a ``_usd`` fact takes 美元/USD or a bare number, a
``_yuan``/``_cny`` fact takes 元 or a bare number. Anything else is refused,
never converted, because the policies' thresholds are stated per currency.
Counts must be whole numbers (1.5 个品种 is a typo, not 1). Stages accept
Ⅱ/II/2/二; booleans accept 是/否/true/false.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from pydantic import ValidationError

from app.normalize import nfkc
from app.rules.amounts import (
    AmountParseError,
    Currency,
    chinese_to_decimal,
    parse_money,
    stated_currency,
)
from app.rules.facts import Facts, money_facts

_TRUE = {"true", "yes", "y", "1", "是", "对", "有"}
_FALSE = {"false", "no", "n", "0", "否", "不是", "没有", "无"}
_STAGES = {"1": "I", "I": "I", "一": "I", "2": "II", "II": "II", "二": "II",
           "3": "III", "III": "III", "三": "III"}
_EVENTS = {"entered": "entered", "进入": "entered", "进": "entered",
           "completed": "completed", "完成": "completed"}
_CURRENCY_NAMES: dict[str, str] = {"CNY": "人民币", "USD": "美元", "EUR": "欧元",
                                   "GBP": "英镑", "JPY": "日元", "HKD": "港元"}


class FactValueError(ValueError):
    """A value cannot be read for its fact; the message is in Chinese."""


def facts_from_pairs(pairs: Iterable[str]) -> Facts:
    """Parse ``name=value`` pairs into validated facts.

    Raises:
        FactValueError: unknown fact name, unreadable value or out-of-range value.
    """
    values: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or not name:
            raise FactValueError(f"参数格式应为 名称=值：{pair!r}")
        if name not in Facts.model_fields:
            known = "、".join(Facts.model_fields)
            raise FactValueError(f"未知的事实 {name!r}；可用：{known}")
        values[name] = parse_fact_value(name, raw)
    try:
        return Facts.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise FactValueError(f"{first['loc'][0]} 的值不合法：{first['msg']}") from exc


def parse_fact_value(name: str, raw: str) -> object:
    """Read one value according to the fact's type."""
    text = nfkc(raw).strip()
    annotation = str(Facts.model_fields[name].annotation)
    try:
        if name in money_facts():
            return _money_in_own_currency(name, text, raw)
        if name == "clinical_stage":
            return _STAGES[text.upper().removesuffix("期")]
        if name == "stage_event":
            return _EVENTS[text.lower()]
        if "bool" in annotation:
            lowered = text.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise KeyError(text)
        if "int" in annotation:
            return _whole_number(name, chinese_to_decimal(
                text.removesuffix("类").removesuffix("个")), raw)
    except FactValueError:
        raise
    except (KeyError, AmountParseError, ValueError) as exc:
        raise FactValueError(f"{name} 的值无法识别：{raw!r}") from exc
    return text


def _money_in_own_currency(name: str, text: str, raw: str) -> int:
    """The amount, provided the text names the fact's currency or none at all."""
    expected: Currency = "USD" if name.endswith("_usd") else "CNY"
    amount = parse_money(text).amount
    stated = stated_currency(text)
    if stated is not None and stated != expected:
        wanted, given = _CURRENCY_NAMES[expected], _CURRENCY_NAMES.get(stated, stated)
        raise FactValueError(
            f"{name} 须以{wanted}填写（或只写数字）：{raw!r} 是{given}金额；"
            f"不做汇率折算，请直接提供{wanted}金额")
    return amount


def _whole_number(name: str, number: Decimal, raw: str) -> int:
    """A count or class as an int; a fraction is refused rather than truncated."""
    if not number.is_finite() or number != number.to_integral_value():
        raise FactValueError(f"{name} 必须是整数：{raw!r}")
    return int(number)
