"""Every number in an answer must be backed by the calculation or a cited sentence.

Numbers are compared by value, not spelling: 160万元 and 1600000元 are the same
amount; 20% and 2‰ are rates. A number found in the answer but in none of the
backing texts is "unbacked", and such an answer is never returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from app.normalize import nfkc

_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万亿|亿|万|%|‰)?")


def number_keys(text: str) -> list[str]:
    """Value keys of every number in the text (money scaled to units, rates tagged)."""
    keys = []
    for match in _NUMBER.finditer(nfkc(text).replace(",", "")):
        value = Decimal(match.group(1))
        unit = match.group(2)
        if unit in ("万", "亿", "万亿"):
            scale = {"万": 10_000, "亿": 100_000_000, "万亿": 10**12}[unit]
            keys.append(f"n:{(value * scale).normalize():f}")
        elif unit in ("%", "‰"):
            keys.append(f"r:{value.normalize():f}{unit}")
        else:
            keys.append(f"n:{value.normalize():f}")
    return keys


def unbacked_numbers(answer_text: str, backing_texts: Iterable[str]) -> list[str]:
    """Numbers of the answer that no backing text contains (by value)."""
    allowed = {key for text in backing_texts for key in number_keys(text)}
    return [key for key in number_keys(answer_text) if key not in allowed]
