r"""A year's figure said as growth on another year's: worked out when exact, asked when not.

"前年服务金额560万，去年比前年多了10%" and "the year before last was ¥23m, and last year it
was exactly 20% higher" give last year's figure only through the growth: 560万 × (1 + 10%).
Read as figures alone, the one number written (the earlier year's) would be priced as the
year asked for. An exact rate ("多了10%", "翻了一番", "20% higher") makes the later year's
figure, shown as worked out; a rate in doubt ("翻了一番还多一点", "a bit over 20%",
"增长了20%左右") makes a figure only implied, which the resolver asks for.
Language-general: the words of growth, not any policy's.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

from app.assistant.number_reader import parse_numeral
from app.assistant.time_refs import TimeMark
from app.rules.amounts import format_yuan

if TYPE_CHECKING:
    from app.assistant.money_reader import Observation

_PERCENT = r"[0-9]+(?:\.[0-9]+)?\s*(?:[%％]|percent|per cent)"
_CN_WAY = (r"(?P<cway>多了?|高了?|增长了?|增加了?|上涨了?|涨了?|提高了?|上升了?|增幅为?|"
           r"少了?|低了?|下降了?|减少了?|降了?|下滑了?)")
_DOUBLED = r"(?P<doubled>翻了?一番|翻番|翻倍|翻了一倍|增长了?一倍|涨了?一倍|doubled)"
_GROWTH = re.compile(
    # "前年7.91亿，去年是历史最高": higher, by no figure at all (asked, never the earlier one).
    r"(?P<higher>历史最高|历史新高|创了?(?:历史)?新高|比[^，,。；;]{1,6}更高|更高了|涨了不少|增长了不少|"
    r"涨了一些|\ban all-time high\b|\ba record high\b)|"
    # "去年的销售收入正好是前年的2倍", "last year's was twice the year before's".
    r"(?:是|为|相当于)[^，,。；;]{0,8}?的\s*(?P<times>[0-9]+(?:\.[0-9]+)?|[两二三四五])\s*倍|"
    r"\b(?P<etimes>twice|two times|three times|double)\b(?= (?:that|the|what|its|as)\b)|"
    rf"{_CN_WAY}\s*(?:约|大约|大概|近|将近|超过)?\s*(?P<cpct>{_PERCENT}|百分之[零一二两三四五六七八九十点.0-9]+"
    rf"|[一二两三四五六七八九]成)|{_DOUBLED}|"
    r"(?P<epct>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent|per cent)\s*"
    r"(?P<eway>higher|more|up|larger|greater|above|increase|growth|lower|less|down|below|"
    r"decrease|drop)|"
    r"(?P<everb>grew|rose|increased|went up|was up|jumped|climbed|fell|dropped|decreased|"
    r"declined|went down|was down)\s*(?:by\s*)?(?:about\s*|around\s*|roughly\s*|over\s*|"
    r"a bit over\s*|slightly over\s*|just over\s*|nearly\s*)?"
    r"(?P<vpct>[0-9]+(?:\.[0-9]+)?)\s*(?:%|percent|per cent)",
    re.IGNORECASE)
_LESS = re.compile(r"少|低|下降|减少|降|下滑|lower|less|down|below|decrease|drop|fell|dropped|"
                   r"declined", re.IGNORECASE)
# A rate given as roughly so: the figure it makes is not exact.
_VAGUE = re.compile(r"多一点|还多|多点|出头|左右|上下|大约|大概|约|将近|接近|近|超过|不到|不止|"
                    r"以上|"
                    r"\ba bit\b|\bslightly\b|\babout\b|\baround\b|\broughly\b|\bnearly\b|"
                    r"\balmost\b|\bover\b|\bmore than\b|\bjust over\b|\bapproximately\b|"
                    r"\bsome\b|\bor so\b", re.IGNORECASE)
# "两成多", "20%左右", "20% or so": a qualifier right after the rate.
_VAGUE_AFTER = re.compile(r"\s*(?:多|余|出头|左右|上下|以上|以下|不到|plus\b|\+|or so\b|odd\b)",
                          re.IGNORECASE)
# "比前年多了10%": the year the growth is measured from.
_FROM_YEAR = re.compile(r"(?:比|较|相比|than|over|compared (?:with|to))\s*$", re.IGNORECASE)
_PHRASE_END = re.compile(r"[，,；;]")
_CLAUSE_MARK = re.compile(r"[。；;！？!?\n]|\.(?=\s|$)")


def with_growth(text: str, observations: list[Observation],
                marks: list[TimeMark]) -> list[Observation]:
    """``observations`` with each year's figure said as growth on another's added."""
    result = list(observations)
    for growth in _GROWTH.finditer(text):
        start, end = _sentence(text, growth.start())
        own = [m for m in marks if start <= m.start < growth.start() and m.year is not None]
        from_marks = [m for m in own if _FROM_YEAR.search(text[start:m.start])]
        own_year = next((m.year for m in reversed(own) if m not in from_marks), None)
        if own_year is None:
            continue
        base_year = from_marks[-1].year if from_marks else None
        bases = [o for o in result if o.start < growth.start() and o.usable
                 and o.measure is not None and o.year is not None and o.year != own_year
                 and (base_year is None or o.year == base_year)]
        if not bases and base_year is not None:
            # "研发投入去年1100万，比前年多了25%": the year compared is worked back from it.
            result += _worked_back(text, growth, result, own_year, base_year, start, end)
            continue
        if not bases or any(o.measure == bases[-1].measure and o.year == own_year
                            for o in result):
            continue
        base = bases[-1]
        stop = _PHRASE_END.search(text, growth.end(), end)
        phrase = text[growth.start():min(stop.start() if stop else end, growth.end() + 8)]
        around = text[max(start, growth.start() - 12):min(end, growth.end() + 8)]
        factor = _factor(growth)
        if factor is None or _VAGUE.search(around) or _VAGUE_AFTER.match(text, growth.end()):
            result.append(replace(
                base, amount=None, year=own_year, start=growth.start(), text=phrase,
                relative=True, derivation="",
                doubt=f"“{phrase.strip()}”" + ("没有给出确切金额" if growth.group("higher")
                                               else "只给出了大致的增长幅度，不是确切金额")))
            continue
        amount = math.floor(Fraction(base.amount or 0) * factor)
        rate = factor - 1
        if growth.group("doubled"):
            way = "翻一番"
        elif growth.group("times"):
            way = f"的{growth.group('times')}倍"
        elif growth.group("etimes"):
            way = "的三倍" if factor == 3 else "的两倍"
        else:
            way = f"{'增长' if rate >= 0 else '减少'}{_percent_text(abs(rate))}"
        result.append(replace(
            base, amount=amount, year=own_year, start=growth.start(), text=phrase,
            derivation=f"{format_yuan(base.amount or 0)}{way}"))
    return sorted(result, key=lambda o: o.start)


def _worked_back(text: str, growth: re.Match[str], result: list[Observation], own_year: int,
                 base_year: int, start: int, end: int) -> list[Observation]:
    """The compared year's figure, when the growth is said of the later year's own figure.

    Only an exact rate that divides the figure to the yuan gives it; anything else gives
    nothing, and the earlier year stays unknown (asked where a rule needs it).
    """
    own = [o for o in result if start <= o.start < growth.start() and o.usable
           and o.measure is not None and o.year == own_year]
    factor = _factor(growth)
    around = text[max(start, growth.start() - 12):min(end, growth.end() + 8)]
    if not own or factor is None or factor <= 0 or _VAGUE.search(around) \
            or _VAGUE_AFTER.match(text, growth.end()):
        return []
    later = own[-1]
    if any(o.measure == later.measure and o.year == base_year for o in result):
        return []
    earlier = Fraction(later.amount or 0) / factor
    if earlier.denominator != 1:
        return []
    said = text[growth.start():growth.end()]
    # A whole sentence, with no figure of its own: the earlier figure is the user's only by
    # arithmetic, and the answer shows the working, not a number they never wrote.
    return [replace(later, amount=int(earlier), year=base_year, start=growth.start(), text=said,
                    derivation=f"前一年的数额由{format_yuan(later.amount or 0)}与“{said}”"
                               "倒推得出。")]


def _sentence(text: str, position: int) -> tuple[int, int]:
    """The sentence around ``position``: growth is said of a year in its own sentence."""
    before = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, position)]
    after = _CLAUSE_MARK.search(text, position)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _factor(growth: re.Match[str]) -> Fraction | None:
    """The multiplier the growth states (1.1 for 多了10%, 2 for 翻了一番)."""
    if growth.group("doubled"):
        return Fraction(2)
    if growth.group("times"):
        raw = growth.group("times")
        return Fraction({"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}.get(raw) or raw)
    if growth.group("etimes"):
        return Fraction(3 if growth.group("etimes").lower() == "three times" else 2)
    if growth.group("higher"):
        return None  # higher, by how much unsaid
    raw = growth.group("cpct") or growth.group("epct") or growth.group("vpct")
    way = growth.group("cway") or growth.group("eway") or growth.group("everb") or ""
    rate = _rate(raw)
    if rate is None:
        return None
    return 1 - rate if _LESS.search(way) else 1 + rate


def _rate(raw: str) -> Fraction | None:
    """"10%", "百分之十五", "两成" as a fraction."""
    raw = raw.strip()
    try:
        if raw.startswith("百分之"):
            return Fraction(parse_numeral(raw.removeprefix("百分之").replace("点", "."))) / 100
        if raw.endswith("成"):
            return Fraction(parse_numeral(raw[:-1])) / 10
        digits = re.match(r"[0-9]+(?:\.[0-9]+)?", raw)
        return Fraction(digits.group(0)) / 100 if digits else None
    except (ValueError, ArithmeticError):
        return None


def _percent_text(rate: Fraction) -> str:
    """A rate as a percentage without trailing zeros (10%, 12.5%)."""
    value = rate * 100
    return f"{value.numerator}%" if value.denominator == 1 else f"{float(value):g}%"
