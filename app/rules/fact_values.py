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
from app.rules.facts import Facts
from app.rules.vocabulary import FactSpec, Vocabulary

_TRUE = {"true", "yes", "y", "1", "是", "对", "有"}
_FALSE = {"false", "no", "n", "0", "否", "不是", "没有", "无"}
_CURRENCY_NAMES: dict[str, str] = {"CNY": "人民币", "USD": "美元", "EUR": "欧元",
                                   "GBP": "英镑", "JPY": "日元", "HKD": "港元"}
# The calculator form and CLI say 2、II、Ⅱ、二 for a stage; all read as the same value.
_ROMAN = {"1": "I", "一": "I", "2": "II", "二": "II", "3": "III", "三": "III"}


class FactValueError(ValueError):
    """A value cannot be read for its fact; the message is in Chinese."""


def facts_from_pairs(pairs: Iterable[str], vocabulary: Vocabulary) -> Facts:
    """Parse ``name=value`` pairs into validated facts.

    Raises:
        FactValueError: unknown fact name, unreadable value or out-of-range value.
    """
    model = vocabulary.facts_model()
    values: dict[str, object] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or not name:
            raise FactValueError(f"参数格式应为 名称=值：{pair!r}")
        if name not in model.model_fields:
            known = "、".join(model.model_fields)
            raise FactValueError(f"未知的事实 {name!r}；可用：{known}")
        values[name] = parse_fact_value(vocabulary.facts[name], raw)
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        label = vocabulary.label(str(first["loc"][0]))
        raise FactValueError(f"“{label}”的值超出允许范围") from exc


def parse_fact_value(spec: FactSpec, raw: str) -> object:
    """Read one value according to the fact's declared type."""
    text = nfkc(raw).strip()
    try:
        if spec.type == "money":
            return _money_in_own_currency(spec, text, raw)
        if spec.type == "enum":
            return _enum_value(spec, text)
        if spec.type == "bool":
            lowered = text.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise KeyError(text)
        return _whole_number(spec, chinese_to_decimal(
            text.removesuffix("类").removesuffix("个").removesuffix("年")), raw)
    except FactValueError:
        raise
    except (KeyError, AmountParseError, ValueError) as exc:
        raise FactValueError(f"“{spec.label}”的值无法识别：{raw}") from exc


def _enum_value(spec: FactSpec, text: str) -> str:
    """A categorical value by its value, its label or a pattern (II, Ⅱ期, 2期, 进入)."""
    folded = nfkc(text).strip()
    candidates = [folded, folded.upper(), folded.removesuffix("期").upper(),
                  _ROMAN.get(folded.removesuffix("期"), "")]
    for option in spec.values:
        if option.value in candidates or nfkc(option.label) == folded:
            return option.value
    for option in spec.values:
        if any(pattern.search(folded) for pattern in option.patterns):
            return option.value
    raise KeyError(text)


def _money_in_own_currency(spec: FactSpec, text: str, raw: str) -> int:
    """The amount, provided the text names the fact's currency or none at all."""
    expected: Currency = "USD" if spec.currency == "USD" else "CNY"
    amount = parse_money(text).amount
    stated = stated_currency(text)
    if stated is not None and stated != expected:
        wanted, given = _CURRENCY_NAMES[expected], _CURRENCY_NAMES.get(stated, stated)
        raise FactValueError(
            f"“{spec.label}”须以{wanted}填写（或只写数字）：{raw} 是{given}金额；"
            f"不做汇率折算，请直接提供{wanted}金额")
    if amount < 0 or (spec.maximum is not None and amount > spec.maximum):
        raise FactValueError(f"“{spec.label}”的金额不在合理范围内：{raw}")
    return amount


_MAX_DIGITS = 18  # no count or class has more digits; bigger numbers are refused unbuilt


def _whole_number(spec: FactSpec, number: Decimal, raw: str) -> int:
    """A count or class as an int; a fraction is refused rather than truncated."""
    if not number.is_finite() or number.adjusted() > _MAX_DIGITS:
        # 1e999999 would build a million-digit int before any range check (seconds of CPU).
        raise FactValueError(f"“{spec.label}”的值不在合理范围内：{raw}")
    if number != number.to_integral_value():
        raise FactValueError(f"“{spec.label}”必须是整数：{raw}")
    return int(number)
