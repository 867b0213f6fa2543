"""Text normalisation shared by indexing, retrieval and parsing.

The policies write Ⅱ (U+2161), full-width brackets and digits while users type
II, ( and 2. Both sides pass through the same functions so they meet in the
middle; the source text itself is never altered (citations quote it exactly).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_ROMAN = {"1": "I", "2": "II", "3": "III", "一": "I", "二": "II", "三": "III",
          "I": "I", "II": "II", "III": "III"}

# 二期 / 2期 / II期 / Ⅱ期 (after NFKC) all mean clinical phase II; 一类/I类/1类 mean class 1.
_PHASE = re.compile(r"(?<![A-Za-z第])(III|II|I|[123一二三])\s*(?:期)")
_CLASS = re.compile(r"(?<![A-Za-z0-9一二三四五六七八九十])(III|II|I|[1-9一二三四五六七八九])\s*类")


def nfkc(text: str) -> str:
    """NFKC-fold full-width forms and Roman-numeral code points to their ASCII twins."""
    return unicodedata.normalize("NFKC", text)


def chinese_numeral_to_int(numeral: str) -> int:
    """Convert 一 … 九十九 (the numbering of articles and items) to an int.

    Raises:
        ValueError: when the text is not a Chinese numeral below one hundred.
    """
    if numeral.isdigit():
        return int(numeral)
    if not numeral or any(ch not in _CN_DIGITS and ch != "十" for ch in numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    if "十" not in numeral:
        value = 0
        for ch in numeral:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    tens_text, _, ones_text = numeral.partition("十")
    tens = _CN_DIGITS[tens_text] if tens_text else 1
    ones = _CN_DIGITS[ones_text] if ones_text else 0
    return tens * 10 + ones


def canonical_brackets(label: str | None) -> str | None:
    """Write an article/item label with full-width brackets, the contract's form."""
    if label is None:
        return None
    return label.strip().replace("(", "（").replace(")", "）")


def canonical_terms(text: str) -> str:
    """NFKC-fold and unify clinical-phase and drug-class spellings.

    ``进入2期`` and ``进入Ⅱ期`` become ``进入II期``; ``一类新药`` becomes ``1类新药``.
    Used for both documents and questions, so lexical and dense matching agree.
    """
    folded = nfkc(text)
    folded = _PHASE.sub(lambda m: f"{_ROMAN[m.group(1)]}期", folded)
    return _CLASS.sub(lambda m: f"{_roman_to_digit(m.group(1))}类", folded)


def _roman_to_digit(token: str) -> str:
    return {"I": "1", "II": "2", "III": "3", "一": "1", "二": "2", "三": "3", "四": "4",
            "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}.get(token, token)


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert  # type: ignore[no-any-return]


def to_simplified(text: str) -> str:
    """Traditional characters to simplified (萬→万, 類→类, 臨床→临床); simplified text is kept."""
    return _traditional_to_simplified()(text)


def term_in(term: str, text: str) -> bool:
    """Whether a (folded) term occurs in (folded) text; a Latin term only as whole words.

    "AI" must not fire inside "claim", nor "park" inside "parking"; Chinese has no word
    spaces, so a Chinese term is matched as a substring.
    """
    if not term:
        return False
    if not any("a" <= ch <= "z" for ch in term):
        return term in text
    return term in text and _whole_word(term).search(text) is not None


@lru_cache(maxsize=4096)
def _whole_word(term: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])")
