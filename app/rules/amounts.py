"""Parse and format money, rates and counts as Chinese policy texts and users write them.

3000万元, 5.6亿, 620000000元, 1.5亿美元, 两千万, 2‰, 千分之二, 30%, 百分之三十.
Amounts are exact: integers of yuan (or of the stated currency) and rates are
``Fraction``s, so 6亿 × 2‰ is exactly 120万 and no float error reaches a user.
Currencies are never converted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal

from app.normalize import nfkc

Currency = Literal["CNY", "USD", "EUR", "GBP", "JPY", "HKD"]

_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
          "七": 7, "八": 8, "九": 9}
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_BIG_UNIT = {"万": 10_000, "亿": 100_000_000}
_CN_NUMBER = "零〇一二两三四五六七八九十百千"
_NUMBER = rf"(?:\d+(?:\.\d+)?|[{_CN_NUMBER}]+(?:点[{_CN_NUMBER}]+)?)"
MONEY_PATTERN = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<big>万亿|亿|万|千万|百万|k|K|m|M)?\s*"
    rf"(?P<cur>美元|美金|欧元|英镑|日元|港元|港币|元人民币|人民币|块钱|块|元|"
    rf"USD|usd|EUR|eur|GBP|gbp|JPY|jpy|HKD|hkd|RMB|rmb|CNY|cny|dollars?|euros?)?"
)
_RATE_PATTERN = re.compile(
    rf"(?:(?P<num>\d+(?:\.\d+)?)\s*(?P<sym>%|‰|％))"
    rf"|(?:(?P<den>百|千)分之(?P<cnum>[{_CN_NUMBER}]+|\d+(?:\.\d+)?))"
)


class AmountParseError(ValueError):
    """Text is not a recognisable amount; the message is in Chinese for the user."""


@dataclass(frozen=True)
class Money:
    """An exact amount in one currency (never converted)."""

    amount: int
    currency: Currency = "CNY"


def chinese_to_decimal(text: str) -> Decimal:
    """Convert 两千, 三十五, 一千二百, 五, 一点五 or ASCII digits to a Decimal.

    Raises:
        AmountParseError: the text is not a number.
    """
    text = nfkc(text).strip()
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if "点" in text:
        whole, _, frac = text.partition("点")
        digits = "".join(str(_DIGIT[ch]) for ch in frac if ch in _DIGIT)
        if len(digits) != len(frac):
            raise AmountParseError(f"无法识别的数字：{text}")
        return chinese_to_decimal(whole or "零") + Decimal(f"0.{digits}")
    total, current = 0, 0
    for ch in text:
        if ch in _DIGIT:
            current = _DIGIT[ch]
        elif ch in _SMALL_UNIT:
            total += (current or 1) * _SMALL_UNIT[ch]
            current = 0
        else:
            raise AmountParseError(f"无法识别的数字：{text}")
    return Decimal(total + current)


def _multiplier(big: str | None) -> int:
    return {None: 1, "": 1, "万": 10_000, "亿": 100_000_000, "万亿": 10**12,
            "千万": 10_000_000, "百万": 1_000_000, "k": 1000, "K": 1000,
            "m": 1_000_000, "M": 1_000_000}[big]


_CURRENCY_WORDS: dict[str, Currency] = {
    "美元": "USD", "美金": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "欧元": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "英镑": "GBP", "gbp": "GBP",
    "日元": "JPY", "jpy": "JPY", "港元": "HKD", "港币": "HKD", "hkd": "HKD",
}
_CURRENCY_UNITS: dict[str, str] = {"CNY": "元", "USD": "美元", "EUR": "欧元", "GBP": "英镑",
                                   "JPY": "日元", "HKD": "港元"}


def _currency(token: str | None) -> Currency:
    return _CURRENCY_WORDS.get(token.lower(), "CNY") if token else "CNY"


def parse_money(text: str) -> Money:
    """Parse one amount such as ``3000万元``, ``1.5亿美元`` or ``两千万``.

    Raises:
        AmountParseError: no amount, or more than one, in the text.
    """
    return money_from_match(_money_match(text))


def stated_currency(text: str) -> Currency | None:
    """The currency an amount names (7亿元 → CNY, 1亿美元 → USD), or None for a bare 7亿.

    ``parse_money`` reads a bare number as yuan; a caller filling a dollar fact
    must tell "no currency given" from "yuan given" to refuse the latter.

    Raises:
        AmountParseError: the text is not one amount.
    """
    token = _money_match(text).group("cur")
    return _currency(token) if token else None


def _money_match(text: str) -> re.Match[str]:
    folded = nfkc(text).strip().replace(",", "").replace("，", "")
    match = MONEY_PATTERN.fullmatch(folded)
    if not match:
        raise AmountParseError(f"无法识别的金额：{text}")
    return match


def money_from_match(match: re.Match[str]) -> Money:
    """Build a ``Money`` from a ``MONEY_PATTERN`` match (shared with fact extraction)."""
    value = chinese_to_decimal(match.group("num")) * _multiplier(match.group("big"))
    if value != value.to_integral_value():
        value = value.to_integral_value()
    return Money(int(value), _currency(match.group("cur")))


def parse_rate(text: str) -> Fraction:
    """Parse ``2‰``, ``千分之二``, ``30%`` or ``百分之三十`` into an exact fraction.

    Raises:
        AmountParseError: the text is not a rate.
    """
    match = _RATE_PATTERN.fullmatch(nfkc(text).strip())
    if not match:
        raise AmountParseError(f"无法识别的比例：{text}")
    if match.group("num"):
        denominator = 1000 if match.group("sym") == "‰" else 100
        return Fraction(Decimal(match.group("num"))) / denominator
    denominator = 100 if match.group("den") == "百" else 1000
    return Fraction(chinese_to_decimal(match.group("cnum"))) / denominator


def format_yuan(amount: int, currency: Currency = "CNY") -> str:
    """Write an amount the way the policies do: 50万元, 1000万元, 1亿元, 1.2亿元, 8500元.

    ``parse_money(format_yuan(x)) == Money(x)`` for every non-negative integer x.
    """
    unit = _CURRENCY_UNITS[currency]
    if amount >= 100_000_000 and amount % 1_000_000 == 0:
        return f"{_trim(Decimal(amount) / 100_000_000)}亿{unit}"
    if amount >= 10_000:
        return f"{_trim(Decimal(amount) / 10_000)}万{unit}"
    return f"{amount}{unit}"


def format_rate(rate: Fraction) -> str:
    """Write a rate as the policies do: 20%, 2‰."""
    per_mille = rate * 1000
    if rate < Fraction(1, 100) and per_mille.denominator == 1:
        return f"{per_mille.numerator}‰"
    return f"{_trim(Decimal(rate.numerator) / Decimal(rate.denominator) * 100)}%"


def _trim(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


_EN_SCALE = {"thousand": 1000, "k": 1000, "million": 1_000_000, "mn": 1_000_000,
             "m": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000}
_EN_AMOUNT = re.compile(
    # Never inside a code: "Registration No. 91110114MA012M9J5E" holds no 12m (a letter or
    # digit right after the scale word rules it out).
    r"(?:(?P<pre>us\$|\$|usd\s*|rmb\s*|cny\s*|¥\s*)|(?<![0-9.]))(?P<num>\d+(?:\.\d+)?)\s*"
    # Not \b: Chinese right after the scale is a word character ("RMB 3 million能补多少").
    r"(?P<scale>thousand|million|billion|mn|bn|k|m)?(?![a-zA-Z0-9])\s*"
    # A code before the next number is that number's ("2025 CNY 6.8m"), not this one's.
    r"(?P<post>yuan|us dollars|dollars|(?:rmb|cny|usd)(?!\s*\d))?",
    re.IGNORECASE,
)


_DOLLAR_CHINESE_SCALE = re.compile(r"(?:us\$|\$|usd)\s*(\d+(?:\.\d+)?)\s*([万亿])", re.IGNORECASE)


def english_amounts_to_chinese(text: str) -> str:
    """Rewrite English amounts ("8 million yuan", "$150m") as Chinese ones (800万元).

    Only numbers carrying a scale word or a currency are rewritten; counts stay.
    """

    def rewrite(match: re.Match[str]) -> str:
        pre = (match.group("pre") or "").strip().lower()
        post = (match.group("post") or "").strip().lower()
        scale = (match.group("scale") or "").lower()
        if not (scale or pre or post):
            return match.group(0)
        if not scale and not post and re.match(r"\s*[万亿千百]", match.string[match.end():]):
            # "￥2345.67万": the Chinese scale after the number is its own; only the sign goes
            # (a dollar sign stays a currency word for the reader).
            return match.group("num")
        if scale == "m" and not (pre or post) and re.match(
                r"\s*(?:eters?|etres?|²|2\b|\^2)", match.string[match.end():]):
            return match.group(0)  # "5 m²", "5 meters": a length or an area
        value = Decimal(match.group("num")) * _EN_SCALE.get(scale, 1)
        usd = pre in ("us$", "$", "usd") or post in ("usd", "us dollars", "dollars")
        unit = "美元" if usd else "元"
        # The space or line break after a figure with no currency word is kept: "CNY 73.7m\n
        # how much" stays two lines.
        tail = "" if match.group("post") else match.group(0)[len(match.group(0).rstrip()):]
        return f"{int(value)}{unit}{tail}"

    text = _DOLLAR_CHINESE_SCALE.sub(r"\1\2美元", text)  # "$5000万" is 5000万美元
    return _EN_AMOUNT.sub(rewrite, text)
