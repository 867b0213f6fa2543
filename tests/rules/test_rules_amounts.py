"""Money and rate parsing as the two policies and their readers write amounts.

Every figure the calculator uses passes through ``parse_money`` / ``parse_rate``
(from the rule YAML and from user input), so a parsing slip is a wrong subsidy.
The tables pin the spellings named in the issue; the properties pin exactness
(no float error, no currency conversion, formatting and parsing agree).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.amounts import (
    AmountParseError,
    Currency,
    Money,
    chinese_to_decimal,
    english_amounts_to_chinese,
    format_rate,
    format_yuan,
    parse_money,
    parse_rate,
)

WAN = 10_000
YI = 100_000_000

MONEY_CASES = [
    # (text as written, expected amount, expected currency)
    ("3000万元", 3000 * WAN, "CNY"),
    ("5.6亿", 560_000_000, "CNY"),
    ("620000000元", 620_000_000, "CNY"),
    ("1.5亿美元", 150_000_000, "USD"),
    ("两千万", 2000 * WAN, "CNY"),
    ("３０００万", 3000 * WAN, "CNY"),  # full-width digits
    ("１.５亿美元", 150_000_000, "USD"),  # full-width digits keep the currency
    ("5亿元", 5 * YI, "CNY"),
    ("4.99亿元", 499_000_000, "CNY"),
    ("1亿美元", YI, "USD"),
    ("1.01亿美元", 101_000_000, "USD"),
    ("50万元", 50 * WAN, "CNY"),
    ("800万", 800 * WAN, "CNY"),
    ("3千万", 3000 * WAN, "CNY"),
    ("十万", 10 * WAN, "CNY"),
    ("二十万元", 20 * WAN, "CNY"),
    ("一千二百万", 1200 * WAN, "CNY"),
    ("零点五亿", 50_000_000, "CNY"),
    ("1,000万元", 1000 * WAN, "CNY"),
    ("8,000,000元", 8_000_000, "CNY"),
    ("  200万元 ", 200 * WAN, "CNY"),
    ("600万人民币", 600 * WAN, "CNY"),
    ("200万元人民币", 200 * WAN, "CNY"),
    ("5000块", 5000, "CNY"),
    ("1000万美金", 1000 * WAN, "USD"),
    ("150000000USD", 150_000_000, "USD"),
    ("0元", 0, "CNY"),
    ("500万欧元", 500 * WAN, "EUR"),
    ("1亿港元", YI, "HKD"),  # ends in 元 but is not yuan
    ("3000万日元", 3000 * WAN, "JPY"),
]


@pytest.mark.parametrize(("text", "amount", "currency"), MONEY_CASES)
def test_parse_money_reads_policy_and_user_spellings(text: str, amount: int,
                                                     currency: str) -> None:
    assert parse_money(text) == Money(amount, currency)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "abc", "万元", "3000万元和5000万元", "约三千", "-5亿"])
def test_parse_money_rejects_text_that_is_not_one_amount(text: str) -> None:
    with pytest.raises(AmountParseError, match="无法识别"):
        parse_money(text)


def test_usd_is_never_converted_to_yuan() -> None:
    usd = parse_money("1.5亿美元")
    assert usd.currency == "USD"
    assert usd.amount == 150_000_000  # the USD figure itself, no exchange rate applied


RATE_CASES = [
    ("2‰", Fraction(2, 1000)),
    ("千分之二", Fraction(2, 1000)),
    ("30%", Fraction(30, 100)),
    ("百分之三十", Fraction(30, 100)),
    ("３０％", Fraction(30, 100)),
    ("10%", Fraction(1, 10)),
    ("20%", Fraction(1, 5)),
    ("50%", Fraction(1, 2)),
    ("0.2%", Fraction(2, 1000)),
    ("千分之2", Fraction(2, 1000)),
    ("百分之五十", Fraction(1, 2)),
]


@pytest.mark.parametrize(("text", "rate"), RATE_CASES)
def test_parse_rate_is_exact(text: str, rate: Fraction) -> None:
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["30", "%", "abc", "三十", "千分之"])
def test_parse_rate_rejects_text_without_a_rate(text: str) -> None:
    with pytest.raises(AmountParseError, match="无法识别的比例"):
        parse_rate(text)


def test_rate_of_amount_has_no_float_error() -> None:
    # 6亿 × 2‰ must be exactly 120万, the reason rates are Fractions.
    assert parse_money("6亿").amount * parse_rate("2‰") == 120 * WAN


CHINESE_NUMBER_CASES = [
    ("两千", Decimal(2000)),
    ("三十五", Decimal(35)),
    ("一千二百", Decimal(1200)),
    ("五", Decimal(5)),
    ("十", Decimal(10)),
    ("一百零五", Decimal(105)),
    ("一点五", Decimal("1.5")),
    ("3.5", Decimal("3.5")),
    ("２０", Decimal(20)),
    ("〇", Decimal(0)),
]


@pytest.mark.parametrize(("text", "value"), CHINESE_NUMBER_CASES)
def test_chinese_to_decimal(text: str, value: Decimal) -> None:
    assert chinese_to_decimal(text) == value


@pytest.mark.parametrize("text", ["abc", "五x", "一点x"])
def test_chinese_to_decimal_rejects_non_numbers(text: str) -> None:
    with pytest.raises(AmountParseError):
        chinese_to_decimal(text)


FORMAT_CASES = [
    (50 * WAN, "CNY", "50万元"),
    (1000 * WAN, "CNY", "1000万元"),
    (YI, "CNY", "1亿元"),
    (120_000_000, "CNY", "1.2亿元"),
    (150_500_000, "CNY", "15050万元"),
    (8500, "CNY", "8500元"),
    (0, "CNY", "0元"),
    (150_000_000, "USD", "1.5亿美元"),
]


@pytest.mark.parametrize(("amount", "currency", "text"), FORMAT_CASES)
def test_format_yuan_writes_amounts_as_the_policies_do(amount: int, currency: str,
                                                      text: str) -> None:
    assert format_yuan(amount, currency) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(("rate", "text"), [(Fraction(2, 1000), "2‰"), (Fraction(3, 10), "30%"),
                                            (Fraction(1, 10), "10%"), (Fraction(1, 100), "1%")])
def test_format_rate(rate: Fraction, text: str) -> None:
    assert format_rate(rate) == text


ENGLISH_CASES = [
    ("8 million yuan", "8000000元"),
    ("$150m", "150000000美元"),
    ("USD 1.5 billion", "1500000000美元"),
    ("RMB 600k", "600000元"),
    ("5 m", "5000000元"),  # a bare "m" is a million ("RMB 5 m" with the currency dropped) …
    ("5 m²", "5 m²"),  # … but an area or a length stays what it is
    ("5 m^2", "5 m^2"),
    ("5 meters", "5 meters"),
    ("3 drugs", "3 drugs"),  # counts stay counts
]


@pytest.mark.parametrize(("english", "chinese"), ENGLISH_CASES)
def test_english_amounts_become_chinese_amounts(english: str, chinese: str) -> None:
    assert english_amounts_to_chinese(english) == chinese


def test_rewritten_english_usd_amount_stays_usd() -> None:
    assert parse_money(english_amounts_to_chinese("$150m")) == Money(150_000_000, "USD")


yuan_amounts = st.integers(min_value=0, max_value=10**15)


@given(amount=yuan_amounts)
def test_format_then_parse_round_trips_yuan(amount: int) -> None:
    assert parse_money(format_yuan(amount)) == Money(amount, "CNY")


@given(amount=yuan_amounts, currency=st.sampled_from(get_args(Currency)))
def test_format_then_parse_round_trips_every_currency_without_conversion(
        amount: int, currency: Currency) -> None:
    assert parse_money(format_yuan(amount, currency)) == Money(amount, currency)


@given(per_ten_thousand=st.integers(min_value=0, max_value=100_000))
def test_format_then_parse_round_trips_rates(per_ten_thousand: int) -> None:
    rate = Fraction(per_ten_thousand, 10_000)
    assert parse_rate(format_rate(rate)) == rate


@given(count=st.integers(min_value=0, max_value=99_999), unit=st.sampled_from(["万", "亿"]))
def test_whole_wan_and_yi_amounts_parse_exactly(count: int, unit: str) -> None:
    multiplier = WAN if unit == "万" else YI
    assert parse_money(f"{count}{unit}元").amount == count * multiplier
