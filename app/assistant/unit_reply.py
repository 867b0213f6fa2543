"""A unit given after its figure: "单位是万元，忘写了", "是亿，不是万", "the unit is RMB million".

A bare number said as a measure ("实际服务金额5365") is kept in doubt until its unit
comes; this reads the unit from a message that gives no figure of its own, and, for
"是亿，不是万", the unit it replaces. Units are the language's, not any policy's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.normalize import nfkc

_SCALES = {
    "元": Decimal(1), "块": Decimal(1), "千元": Decimal(1000), "千": Decimal(1000),
    "万元": Decimal(10_000), "万": Decimal(10_000), "w": Decimal(10_000),
    "十万": Decimal(100_000), "百万": Decimal(1_000_000), "千万": Decimal(10_000_000),
    "亿元": Decimal(100_000_000), "亿": Decimal(100_000_000),
    "yuan": Decimal(1), "rmb": Decimal(1), "thousand": Decimal(1000), "thousands": Decimal(1000),
    "k": Decimal(1000), "million": Decimal(1_000_000), "millions": Decimal(1_000_000),
    "m": Decimal(1_000_000), "billion": Decimal(1_000_000_000),
    "billions": Decimal(1_000_000_000),
}
_CN_UNIT = r"千万|百万|十万|千元|万元|亿元|万|亿|元|块|w"
_EN_UNIT = r"millions?|billions?|thousands?|yuan|rmb|k|m"
_GIVEN = [
    # "单位是万元，忘写了", "忘了说单位：万元", "单位应该是亿"
    re.compile(rf"单位(?:是|为|用的是|应该是|其实是|写的是)?\s*[：:]?\s*(?:人民币)?\s*(?P<unit>{_CN_UNIT})"),
    # "哦忘了说单位，是万元", "单位忘写了，应该是亿"
    re.compile(rf"单位[^，,。；;]{{0,6}}[，,：:；;]\s*(?:是|为|用的是|应该是|其实是)\s*(?:人民币)?\s*"
               rf"(?P<unit>{_CN_UNIT})"),
    # "是万元。", "万元": the whole reply is the unit.
    re.compile(rf"^\s*(?:哦|噢|啊)?[，,\s]*(?:是|应该是|其实是)?\s*(?P<unit>{_CN_UNIT})\s*[。.!！~]?\s*$"),
    # "以万元为单位", "按万元计"
    re.compile(rf"(?:以|按)(?P<unit>{_CN_UNIT})(?:为单位|计)"),
    # "the unit is RMB million", "units are millions of RMB"
    re.compile(rf"\bunits? (?:is|are|was|were) (?:in )?(?:rmb |cny |yuan )?(?P<unit>{_EN_UNIT})\b"),
    # "in millions of RMB", "that's in RMB millions", "it's RMB million"
    re.compile(r"\bin (?:rmb |cny )?(?P<unit>millions|billions|thousands)\b"),
    re.compile(rf"(?:that's|that is|it's|it is|those are|figures? (?:are|is)) (?:in )?"
               rf"(?:rmb |cny )(?P<unit>{_EN_UNIT})\b"),
]
# "是亿，不是万", "应该是万元不是元": the unit meant, and the one it replaces.
_INSTEAD = re.compile(rf"(?:^|[，,。！!\s])(?:是|应该是|其实是)?(?P<unit>{_CN_UNIT})(?:元)?"
                      rf"\s*[，,]?\s*(?:而)?不是\s*(?P<was>{_CN_UNIT})")
# "单位不是元，都是万元": the unit it replaces first, then the one meant.
_INSTEAD_AFTER = re.compile(rf"不是\s*(?P<was>{_CN_UNIT})(?:元)?\s*[，,]?\s*(?:而)?"
                            rf"(?:都|全|全部|全都|其实)?\s*(?:是|应该是|其实是|应为)\s*"
                            rf"(?P<unit>{_CN_UNIT})")
# "都是万元", "全部是万元", "all in millions": every figure of the message before, not the last.
_EVERY = re.compile(r"都是|全是|全部|全都|都应该|所有|\ball\b|\bevery\b|\beach\b")
_ANY_DIGIT = re.compile(r"\d|[一二两三四五六七八九十百千]+(?:万|亿|元)")


@dataclass(frozen=True)
class GivenUnit:
    """The scale a bare figure given earlier is in, and the scale it replaces, if said."""

    scale: Decimal
    replaces: Decimal | None = None
    every: bool = False  # "都是万元": each figure written in the unit replaced, not the last


def unit_given(message: str) -> GivenUnit | None:
    """The unit a message without figures of its own gives for an earlier figure."""
    text = nfkc(message).lower()
    if _ANY_DIGIT.search(text):
        return None  # "单位是万元，服务金额800" gives its own figure
    if (instead := _INSTEAD.search(text) or _INSTEAD_AFTER.search(text)) is not None:
        return GivenUnit(_SCALES[instead.group("unit")], _SCALES[instead.group("was")],
                         every=bool(_EVERY.search(text)))
    for pattern in _GIVEN:
        if (found := pattern.search(text)) is not None:
            return GivenUnit(_SCALES[found.group("unit")])
    return None
