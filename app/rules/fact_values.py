"""Turn ``key=value`` strings (CLI, forms) into typed ``Facts``.

Money accepts every way the parser knows (800万, 1.5亿, 620000000元); stages
accept Ⅱ/II/2/二; booleans accept 是/否/true/false.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import ValidationError

from app.normalize import nfkc
from app.rules.amounts import AmountParseError, chinese_to_decimal, parse_money
from app.rules.facts import Facts, money_facts

_TRUE = {"true", "yes", "y", "1", "是", "对", "有"}
_FALSE = {"false", "no", "n", "0", "否", "不是", "没有", "无"}
_STAGES = {"1": "I", "I": "I", "一": "I", "2": "II", "II": "II", "二": "II",
           "3": "III", "III": "III", "三": "III"}
_EVENTS = {"entered": "entered", "进入": "entered", "进": "entered",
           "completed": "completed", "完成": "completed"}


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
            return parse_money(text).amount
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
            return int(chinese_to_decimal(text.removesuffix("类").removesuffix("个")))
    except (KeyError, AmountParseError, ValueError) as exc:
        raise FactValueError(f"{name} 的值无法识别：{raw!r}") from exc
    return text
