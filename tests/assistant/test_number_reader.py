"""Numbers as users write them, read exactly, or flagged when they are not one figure.

``parse_numeral`` reads one numeral run; ``read_numbers(prepare(text))`` finds every
number in a message with its scale, currency and doubts. The properties write
amounts the ways people do — full Chinese numerals (``cn2an.an2cn``), digits with
units per section (3亿2千万, 383万1158), decimal 亿, whole 万, thousands separators
— and require the exact integer back. The tables pin the colloquial forms (两亿五,
80w, 6个亿) and the figures that must never be computed with: ranges, bounds,
estimates, malformed, negative and absurd numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

import cn2an
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from app.assistant.number_reader import NumberMention, parse_numeral, prepare, read_numbers
from app.normalize import nfkc

WAN = 10_000
YI = 100_000_000
amounts = st.integers(min_value=0, max_value=10**12)
positive_amounts = st.integers(min_value=1, max_value=10**12)
_ARABIC = str.maketrans("一二三四五六七八九", "123456789")


def _read(text: str) -> list[NumberMention]:
    return read_numbers(prepare(text))


def _one(text: str) -> NumberMention:
    mentions = _read(text)
    assert len(mentions) == 1, mentions
    return mentions[0]


def _sections(n: int) -> str:
    """The amount in Arabic digits per 亿/万 section, 零 before a short one (383万1158)."""
    yi, wan, rest = n // YI, n // WAN % WAN, n % WAN
    parts = [f"{yi}亿"] if yi else []
    if wan:
        parts.append(("零" if yi and wan < 1000 else "") + f"{wan}万")
    if rest:
        parts.append(("零" if (yi or wan) and rest < 1000 else "") + str(rest))
    return "".join(parts) or "0"


# -- properties ---------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(n=positive_amounts)
def test_full_chinese_numerals_without_zero_read_back_exactly(n: int) -> None:
    written = cn2an.an2cn(n)  # 七亿八千六百二十万
    assume("零" not in written)
    assert parse_numeral(written) == n
    mention = _one(written)
    assert (mention.value, mention.exact) == (n, True)


@settings(max_examples=300, deadline=None)
@given(n=amounts)
@example(n=10_001)
@example(n=1_010)
def test_every_full_chinese_numeral_reads_back_exactly(n: int) -> None:
    assert parse_numeral(cn2an.an2cn(n)) == n


@settings(max_examples=300, deadline=None)
@given(n=positive_amounts)
def test_digits_with_units_per_section_read_back_exactly(n: int) -> None:
    written = cn2an.an2cn(n).translate(_ARABIC)  # 3亿2千万, 7亿8千6百2十万, 1千零1十
    assert parse_numeral(written) == n
    assert _one(written).value == n


@settings(max_examples=300, deadline=None)
@given(n=amounts)
@example(n=3_831_158)
@example(n=50_000_001)
def test_arabic_sections_read_back_exactly(n: int) -> None:
    written = _sections(n)  # 383万1158, 5000万零1, 3亿零5万
    assert parse_numeral(written) == n
    assert _one(written + "元").value == n


@settings(max_examples=300, deadline=None)
@given(n=positive_amounts)
@example(n=320_000_000)
def test_decimal_yi_reads_back_exactly(n: int) -> None:
    written = f"{format((Decimal(n) / YI).normalize(), 'f')}亿"  # 3.2亿, 0.00000001亿
    assert parse_numeral(written) == n
    assert _one(written).value == n


@settings(max_examples=300, deadline=None)
@given(wan=st.integers(min_value=1, max_value=10**8))
@example(wan=32_000)
def test_whole_wan_reads_back_exactly(wan: int) -> None:
    assert parse_numeral(f"{wan}万") == wan * WAN  # 32000万
    assert _one(f"{wan}万").value == wan * WAN


@settings(max_examples=300, deadline=None)
@given(n=amounts)
@example(n=320_000_000)
def test_thousands_separators_read_back_exactly(n: int) -> None:
    mention = _one(f"{n:,}元")  # 320,000,000元
    assert (mention.value, mention.currency, mention.exact) == (n, "CNY", True)


@settings(max_examples=200, deadline=None)
@given(n=positive_amounts)
def test_liang_for_er_before_a_unit_reads_the_same(n: int) -> None:
    written = re.sub("二(?=[千百万亿])", "两", cn2an.an2cn(n))  # 两千五百万
    assume("零" not in written)
    assert parse_numeral(written) == n


# -- tables of mixed and colloquial forms -----------------------------------------------

EXACT_CASES = [
    # (as written, value)
    ("七亿八千六百二十万", 786_200_000),
    ("3亿2千万", 320_000_000),
    ("3.2亿", 320_000_000),
    ("32000万", 320_000_000),
    ("320,000,000元", 320_000_000),
    ("12,345万", 123_450_000),
    ("两千五百万", 25_000_000),
    ("两亿五", 250_000_000),
    ("两亿五千万", 250_000_000),
    ("8万5", 85_000),
    ("5000万零1元", 50_000_001),
    ("383万1158元", 3_831_158),
    ("3亿零5万", 300_050_000),
    ("1万零1", 10_001),
    ("1千零1十", 1_010),
    ("一点五亿", 150_000_000),
    ("一百二十万", 1_200_000),
    ("一万亿", 10**12),
    ("80w", 800_000),
    ("80W", 800_000),
    ("1kw", 10_000_000),
    ("6个亿", 600_000_000),
    ("6 个亿", 600_000_000),
    ("3000万元", 30_000_000),
]


@pytest.mark.parametrize(("text", "value"), EXACT_CASES)
def test_mixed_and_colloquial_forms_are_exact(text: str, value: int) -> None:
    mention = _one(text)
    assert mention.value == value
    assert mention.exact
    assert mention.doubt is None


def test_full_width_digits_are_read_once_folded() -> None:
    assert _one(nfkc("８００万")).value == 800 * WAN


@pytest.mark.parametrize(("text", "currency"), [
    ("1.5亿美元", "USD"),
    ("75万美金", "USD"),
    ("5万欧元", "EUR"),
    ("300万元", "CNY"),
    ("300万人民币", "CNY"),
    ("800万米", "CNY"),  # 米 after a scale word is slang for 元
    ("800万", None),
])
def test_currency_written_after_the_figure(text: str, currency: str | None) -> None:
    assert _one(text).currency == currency


def test_several_figures_are_read_left_to_right() -> None:
    mentions = _read("300万元加75万美元")
    assert [(m.value, m.currency) for m in mentions] == [(300 * WAN, "CNY"), (75 * WAN, "USD")]


@pytest.mark.parametrize(("text", "value"), [
    pytest.param("零", 0),
    pytest.param("一万零一", 10_001),
    pytest.param("一亿零五", 100_000_005),
    pytest.param("一千零一十", 1_010),
    pytest.param("三千零五十万", 30_500_000),
    pytest.param("0万", 0),
    ("二零二五", 2025),  # digit by digit, as years are written
])
def test_zero_in_chinese_numerals(text: str, value: int) -> None:
    assert parse_numeral(text) == value


@pytest.mark.parametrize("raw", ["1.2.3", "1.2.3亿", "五五点", "三四百", "三四百万", "120万万万",
                                 "万", "亿", ""])
def test_malformed_numerals_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_numeral(raw)


# -- doubtful figures ---------------------------------------------------------------------

DOUBT_CASES = [
    # (text, value read (None: not a number; ...: not checked), words of the doubt or None
    #  when the figure is a clean bound, lower, upper)
    ("800-900万", None, "范围", 800 * WAN, 900 * WAN),
    ("800至850万", None, "范围", 800 * WAN, 850 * WAN),
    ("120到170万", None, "范围", 120 * WAN, 170 * WAN),
    ("不到800万", 800 * WAN, None, None, 800 * WAN),
    ("不超过5000万", 5000 * WAN, None, None, 5000 * WAN),
    ("3000万以内", 3000 * WAN, None, None, 3000 * WAN),
    ("超过300万", 300 * WAN, None, 300 * WAN, None),
    ("至少5000万", 5000 * WAN, None, 5000 * WAN, None),
    ("5000万以上", 5000 * WAN, None, 5000 * WAN, None),
    ("几百万", ..., "确切", None, None),
    ("2600万左右", 2600 * WAN, "约数", None, None),
    ("大约500万", 500 * WAN, "约数", None, None),
    ("近千万", 1000 * WAN, "约数", None, None),
    ("500多万", 500 * WAN, "约数", None, None),
    ("3000余万", 3000 * WAN, "约数", None, None),
    ("1.2.3亿", None, "不是一个有效的数字", None, None),
    ("120万万万", None, "不是一个有效的数字", None, None),
    ("三四百万", None, "是一个范围", 300 * WAN, 400 * WAN),  # a guess between two figures
    ("-500万", 500 * WAN, "负数", None, None),
    ("负500万", 500 * WAN, "负数", None, None),
    ("1e308亿", None, "不是一个实际的金额", None, None),
    ("10^308万", None, "不是一个实际的金额", None, None),
    ("2 ^ 10万", None, "不是一个实际的金额", None, None),
]


@pytest.mark.parametrize(("text", "value", "doubt", "lower", "upper"), DOUBT_CASES,
                         ids=[case[0] for case in DOUBT_CASES])
def test_doubtful_figures_are_flagged(text: str, value: object, doubt: str | None,
                                      lower: int | None, upper: int | None) -> None:
    mention = _one(text)
    assert not mention.exact
    if value is not ...:
        assert mention.value == value
    if doubt is None:
        assert mention.doubt is None
    else:
        assert mention.doubt is not None and doubt in mention.doubt
    assert (mention.lower, mention.upper) == (lower, upper)


@pytest.mark.parametrize(("text", "inclusive"), [
    ("不到800万", False),  # below, 800万 itself excluded
    ("低于800万", False),
    ("不超过5000万", True),
    ("3000万以内", True),
    ("超过300万", False),  # above, 300万 itself excluded
    ("突破5亿", False),
    ("至少5000万", True),
    ("5000万以上", True),
])
def test_bounds_say_whether_the_figure_itself_is_included(text: str, inclusive: bool) -> None:
    mention = _one(text)
    if mention.lower is not None:
        assert mention.lower_inclusive is inclusive
    else:
        assert mention.upper is not None and mention.upper_inclusive is inclusive




@pytest.mark.parametrize(("text", "lower", "upper"), [
    pytest.param("不低于5000万", 5000 * WAN, None),
    pytest.param("不少于5000万", 5000 * WAN, None),
    pytest.param("不小于5000万", 5000 * WAN, None),
    pytest.param("不高于5000万", None, 5000 * WAN),
    pytest.param("不多于5000万", None, 5000 * WAN),
    ("低于5000万", None, 5000 * WAN),
    ("高于5000万", 5000 * WAN, None),
])
def test_negated_comparisons_bound_the_right_side(text: str, lower: int | None,
                                                  upper: int | None) -> None:
    mention = _one(text)
    assert (mention.lower, mention.upper) == (lower, upper)
