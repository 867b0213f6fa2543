"""Classes listed before one product word, written out one product word per class.

"一类、二类、三类新兽药注册证书各拿到一个" lists three veterinary classes; only the last
carries 新兽药, so a reader of its segments would take the first two for drug classes.
Written as "一类新兽药、二类新兽药、三类新兽药…", each class sits beside its own kind,
and the product reader counts three products of three classes.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CLASS = r"(?:[1-5]|[一二三四五])\s*类"
_JOIN = r"\s*(?:、|和|与|及|以及|,|，)\s*"


@lru_cache(maxsize=8)
def _series(words: tuple[str, ...]) -> re.Pattern[str]:
    nouns = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?P<classes>{_CLASS}(?:{_JOIN}{_CLASS})+)"
                      rf"(?P<noun>[\u4e00-\u9fff]{{0,3}}?(?:{nouns}))")


def spread_class_series(text: str, product_words: tuple[str, ...]) -> str:
    """``text`` with each class of a listed series followed by the series' product word."""
    if not product_words:
        return text

    def spread(match: re.Match[str]) -> str:
        classes = re.findall(_CLASS, match.group("classes"))
        return "、".join(f"{c}{match.group('noun')}" for c in classes)

    return _series(tuple(product_words)).sub(spread, text)
