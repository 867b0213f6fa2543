"""Every number in an answer must be backed by the calculation or a cited sentence.

Numbers are compared by value, not spelling: 160万元 and 1600000元 are the same
amount; 20% and 2‰ are rates. A number found in the answer but in none of the
backing texts is "unbacked", and such an answer is never returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from app.assistant.number_reader import prepare, read_numbers
from app.normalize import nfkc

_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|%|‰)?")
_SCALE = {"万": 10_000, "亿": 100_000_000, "万亿": 10**12}
# "4.5到5.5亿", "800-900万": the scale written once belongs to both ends.
_RANGE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:到|至|-|~|～|—)\s*\d+(?:\.\d+)?\s*(万亿|亿|万)")
# A run of Chinese numerals, or a mixed compound ("1亿1354万") the plain digits split.
_CHINESE_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿]{2,}|\d\s*亿\s*\d")


def number_keys(text: str, chinese: bool = False) -> list[str]:
    """Value keys of every number in the text (money scaled to units, rates tagged).

    ``chinese`` also reads numbers written in Chinese numerals: a backing text may state
    "两亿多美元" that the answer shows as 2亿美元; the answer's own 第十三条 is no figure.
    """
    folded = nfkc(text).replace(",", "")
    keys = [f"n:{(Decimal(m.group(1)) * _SCALE[m.group(2)]).normalize():f}"
            for m in _RANGE.finditer(folded)]
    if chinese and _CHINESE_RUN.search(folded):
        keys += _chinese_keys(folded)
    for match in _NUMBER.finditer(folded):
        value = Decimal(match.group(1))
        unit = match.group(2)
        if unit in ("万", "亿", "万亿"):
            scale = _SCALE[unit]
            keys.append(f"n:{(value * scale).normalize():f}")
        elif unit in ("%", "‰"):
            keys.append(f"r:{value.normalize():f}{unit}")
        else:
            keys.append(f"n:{value.normalize():f}")
    return keys


@lru_cache(maxsize=1024)
def _chinese_keys(folded: str) -> tuple[str, ...]:
    """Keys of numbers in Chinese numerals ("两亿多美元", "四千四百七十万").

    Cached: the cited clause texts are read again as backing for every answer.
    """
    return tuple(f"n:{m.value.normalize():f}" for m in read_numbers(prepare(folded))
                 if m.value is not None)


def unbacked_numbers(answer_text: str, backing_texts: Iterable[str]) -> list[str]:
    """Numbers of the answer that no backing text contains (by value)."""
    allowed = {key for text in backing_texts for key in number_keys(text, chinese=True)}
    return [key for key in number_keys(answer_text) if key not in allowed]
