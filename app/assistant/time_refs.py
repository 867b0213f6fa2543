"""Which year a figure belongs to: 今年, 去年, 上一年度, 前年, 2025年, 近两年, 从X涨到Y.

Language-general knowledge only: relative year words resolve against the
reference date (today, or the ``--as-of`` date), so "去年" in 2026 is 2025.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

_RELATIVE: tuple[tuple[str, int], ...] = (
    (r"大前年|前前年|three years ago", -3),
    (r"前年|再上一年度?|上上年度?|上上一年|year before last|the year before|"
     r"two years ago", -2),
    (r"去年|上年度|上一年度|上一年|上年|last[- ]year|previous year|prior year|"
     r"in the past year",
     -1),
    (r"今年|本年度|本年|今年度|当年|this year|current year", 0),
    (r"明年|下一年度|下一年|next year", 1),
    (r"(?<![前今])后年|the year after next", 2),
)
_TWO_YEARS = re.compile(r"(上两年|近两年|前两年|过去两年|最近两年|两年(?:累计|合计|共|一共|总共|"
                        r"加起来|总额|的)?|"
                        r"(?:past|last|previous|recent)\s+two\s+years|two[- ]year|in two years|"
                        r"over (?:the )?(?:past |last )?two years)", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"再往前一年|再前一年|之前一年|前一年度?")
_YEAR = re.compile(r"(?<![0-9])(20[0-9]{2})\s*(?:年|年度)?(?![0-9万亿元])")
# "2026-2028年那个措施": a span of years names a policy's period, not a figure's year.
_YEAR_SPAN = re.compile(r"(?<![0-9])20[0-9]{2}\s*(?:年\s*)?(?:-|~|～|—|–|至|到)\s*"
                        r"20[0-9]{2}\s*年?度?")
_CHANGE_FROM = re.compile(r"(?:从|由|from)\s*$", re.IGNORECASE)
_CHANGE_TO = re.compile(r"(涨到|增长到|增加到|提高到|提升到|上升到|升到|变成|变为|达到|增至|升至|"
                        r"→|->|=>|⟶|"  # "4800万→9700万": the figure after the arrow is now
                        r"到了|到|"
                        r"(?:rose|grew|increased|went|jumped|climbed)?\s*to)\s*$", re.IGNORECASE)

_CHANGE_AHEAD = re.compile(r"^[^，。,；;]*?(?:到|至|涨|增|降|减|变|升|跌|→|->|=>|⟶|\bto\b)")

# "没到5亿" bounds a figure from above; it is no change "to" 5亿.
_NOT_REACHED = re.compile(r"(?:没|没有|未|不|尚未)(?:达到|到|升到|涨到)\s*$")

Period = Literal["year", "two_years"]


@dataclass(frozen=True)
class TimeMark:
    """A time expression found in the text."""

    start: int
    end: int
    year: int | None  # the absolute year of a one-year mark
    period: Period


def time_marks(text: str, reference_year: int) -> list[TimeMark]:
    """Every year word in the text, left to right."""
    marks: list[TimeMark] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    taken.extend(match.span() for match in _YEAR_SPAN.finditer(text))
    for match in _TWO_YEARS.finditer(text):
        if not free(*match.span()):
            continue
        marks.append(TimeMark(match.start(), match.end(), None, "two_years"))
        taken.append(match.span())
    for pattern, offset in _RELATIVE:
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if free(*match.span()):
                marks.append(TimeMark(match.start(), match.end(), reference_year + offset, "year"))
                taken.append(match.span())
    for match in _YEAR.finditer(text):
        if free(*match.span()):
            marks.append(TimeMark(match.start(), match.end(), int(match.group(1)), "year"))
            taken.append(match.span())
    marks.sort(key=lambda mark: mark.start)
    for match in _YEAR_BEFORE.finditer(text):
        if free(*match.span()):
            # "上一年度研发投入1010万，前一年230万": the year before the one just named;
            # with no year named before it, the year before this one.
            named = [m.year for m in marks if m.end <= match.start() and m.year is not None]
            year = (named[-1] if named else reference_year) - 1
            marks.append(TimeMark(match.start(), match.end(), year, "year"))
            taken.append(match.span())
    return sorted(marks, key=lambda mark: mark.start)


def change_role(text: str, start: int, previous_end: int) -> Literal["from", "to"] | None:
    """"从X涨到Y": X is where a figure came from, Y where it is now."""
    before = text[max(previous_end, start - 6):start]
    if _CHANGE_FROM.search(before):
        return "from"
    if re.search(r"(?:从|由)[^0-9，。,]{0,6}$", before) and _CHANGE_AHEAD.search(
            text[start:start + 24]):
        # "从去年的800万涨到1200万"; "刚从银行贷了4.15亿元" names a lender, not a change.
        return "from"
    if previous_end and _CHANGE_TO.search(before) and not _NOT_REACHED.search(before):
        return "to"
    return None
