"""Normalisation shared by indexing and queries: NFKC, phase and class spellings, numerals."""

from __future__ import annotations

import pytest

from app.normalize import canonical_brackets, canonical_terms, chinese_numeral_to_int, nfkc

_DIGITS = "零一二三四五六七八九"


def _to_chinese(number: int) -> str:
    """一 … 九十九 as the policies number articles (十一, 二十, 二十三)."""
    tens, ones = divmod(number, 10)
    if tens == 0:
        return _DIGITS[ones]
    prefix = "" if tens == 1 else _DIGITS[tens]
    return f"{prefix}十{_DIGITS[ones] if ones else ''}"


@pytest.mark.parametrize(("raw", "folded"), [
    ("Ⅱ期", "II期"),
    ("Ⅰ期、Ⅱ期、Ⅲ期", "I期、II期、III期"),
    ("（一）", "(一)"),
    ("２０２６年", "2026年"),
    ("ＣＤＭＯ", "CDMO"),
    ("年度销售收入的2‰", "年度销售收入的2‰"),
    ("\u3000全角空格", " 全角空格"),
])
def test_nfkc_folds_full_width_and_roman_numerals(raw: str, folded: str) -> None:
    assert nfkc(raw) == folded


@pytest.mark.parametrize(("raw", "canonical"), [
    ("进入Ⅱ期", "进入II期"),
    ("进入II期", "进入II期"),
    ("进入二期", "进入II期"),
    ("进入2期", "进入II期"),
    ("进入２期", "进入II期"),
    ("进入2 期", "进入II期"),
    ("一期、三期", "I期、III期"),
    ("一类新药", "1类新药"),
    ("I类化学药", "1类化学药"),
    ("Ⅲ类生物制品", "3类生物制品"),
    ("１类中药", "1类中药"),
    # Ordinals and longer numbers are not phases or classes.
    ("第二期", "第二期"),
    ("2026-2028年", "2026-2028年"),
])
def test_canonical_terms_unify_phase_and_class_spellings(raw: str, canonical: str) -> None:
    assert canonical_terms(raw) == canonical


def test_all_phase_two_spellings_meet() -> None:
    spellings = ["1类化学药进入Ⅱ期临床", "1类化学药进入II期临床", "一类化学药进入二期临床",
                 "1类化学药进入2期临床", "I类化学药进入２期临床"]

    assert {canonical_terms(s) for s in spellings} == {"1类化学药进入II期临床"}


@pytest.mark.parametrize("number", range(1, 100))
def test_chinese_numerals_up_to_ninety_nine(number: int) -> None:
    assert chinese_numeral_to_int(_to_chinese(number)) == number


@pytest.mark.parametrize(("numeral", "value"), [("两", 2), ("〇", 0), ("17", 17)])
def test_chinese_numeral_variants(numeral: str, value: int) -> None:
    assert chinese_numeral_to_int(numeral) == value


@pytest.mark.parametrize("bad", ["", "百", "十x", "abc"])
def test_non_numerals_are_rejected(bad: str) -> None:
    with pytest.raises(ValueError):
        chinese_numeral_to_int(bad)


@pytest.mark.parametrize(("label", "canonical"), [
    ("(五)", "（五）"),
    ("（五）", "（五）"),
    (" (十七) ", "（十七）"),
    ("第五条", "第五条"),
    (None, None),
])
def test_canonical_brackets_use_the_contract_form(label: str | None,
                                                  canonical: str | None) -> None:
    assert canonical_brackets(label) == canonical
