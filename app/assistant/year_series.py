"""Yearly series written distributively, rewritten as one figure per year.

"研发投入2022-2025年分别为600、800、1000、1200万元" names four years, then four figures
that share one unit. Read left to right, the figures sit far from their years and most
carry no unit, so a reader that binds each figure to the nearest year and cue would pin
the last one to whatever measure came before. Rewriting the series as
"研发投入2022年600万元、2023年800万元、…" puts each year beside its own figure, in the
form every other reader already understands. A series whose counts differ is left as
written: which figure belongs to which year is then not known, and is asked.
"""

from __future__ import annotations

import re

_YEAR = r"20[0-9]{2}"
_RELATIVE = r"大前年|前年|去年|今年|上一年度?|上年度?|本年度?"
_JOIN = r"\s*(?:、|,|，|和|与|及|以及|/)\s*"
# "上两年…500万、520万": a span of the years just before this one, oldest first.
_SPANS = {"两": ["前年", "去年"], "二": ["前年", "去年"], "2": ["前年", "去年"],
          "三": ["大前年", "前年", "去年"], "3": ["大前年", "前年", "去年"]}
_YEARS = re.compile(
    r"(?P<span>(?:上|近|前|过去|最近|之前)(?P<n>[两二三23])年)(?!度|以来|内|里|间)"
    rf"|(?P<range>(?P<first>{_YEAR})\s*(?:年度?)?\s*(?:-|~|～|—|–|至|到)\s*(?P<last>{_YEAR})"
    rf"\s*(?:年度?)?)"
    rf"|(?P<list>(?:{_YEAR}\s*(?:年度?)?|{_RELATIVE})(?:{_JOIN}(?:{_YEAR}\s*(?:年度?)?|"
    rf"{_RELATIVE}))+)")
_RESPECTIVELY = re.compile(r"\s*(?:[)）]\s*)?(?P<middle>[^0-9，,。；;！？!?\n]{0,12}?)"
                           r"(?:分别|依次|各自)(?:为|是|达到?|有)?\s*[:：]?\s*")
_SPAN_MEASURE = re.compile(r"\s*(?P<middle>[^0-9，,。；;！？!?\n总合共累计]{1,10}?)(?:分别|依次)?"
                           r"(?:为|是|有)?\s*[:：]?\s*(?=[0-9])")
_NUMERAL = r"[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千点]+"
_UNIT = r"万亿元|亿元|万元|元|万亿|亿|万"
# A figure, never a year, a phase, a class, a count or a rate ("，2026年申报" ends the list).
_FIGURE = re.compile(rf"\s*(?P<number>{_NUMERAL})\s*(?P<unit>{_UNIT})?"
                     r"(?![0-9.]|\s*(?:年|期|类|个|项|种|家|人|%|‰|倍))")
_FIGURE_JOIN = re.compile(_JOIN)
_YEAR_TOKEN = re.compile(rf"{_YEAR}|{_RELATIVE}")


def spread_year_series(text: str) -> str:
    """``text`` with each distributive yearly series written one year per figure."""
    out: list[str] = []
    position = 0
    for years_match in _YEARS.finditer(text):
        if years_match.start() < position:
            continue
        years = _years(years_match)
        respectively = _RESPECTIVELY.match(text, years_match.end())
        span = years_match.group("span") is not None
        if respectively is None and span:
            # A span needs no 分别: its figures follow the measure, as many as its years.
            respectively = _SPAN_MEASURE.match(text, years_match.end())
        if not years or respectively is None:
            continue
        figures, end = _figures(text, respectively.end())
        if span and len(figures) < 2:
            continue
        if len(figures) != len(years) or figures[-1][1] is None:
            continue
        shared_unit = figures[-1][1]
        spread = "、".join(f"{year}{number}{unit or shared_unit}"
                           for year, (number, unit) in zip(years, figures, strict=True))
        out.append(text[position:years_match.start()])
        out.append(respectively.group("middle").strip().removeprefix("的") + spread)
        position = end
    out.append(text[position:])
    return "".join(out)


def _years(match: re.Match[str]) -> list[str]:
    """The years the match names, in order, each as it will be written before its figure."""
    if match.group("span"):
        return list(_SPANS[match.group("n")])
    if match.group("range"):
        first, last = int(match.group("first")), int(match.group("last"))
        if not 0 < last - first <= 10:
            return []
        return [f"{year}年" for year in range(first, last + 1)]
    tokens = _YEAR_TOKEN.findall(match.group("list"))
    return [f"{token}年" if token[0].isdigit() else token for token in tokens]


def _figures(text: str, start: int) -> tuple[list[tuple[str, str | None]], int]:
    """The figures listed from ``start``: (numeral, unit or None), and where the list ends."""
    figures: list[tuple[str, str | None]] = []
    position = start
    while True:
        figure = _FIGURE.match(text, position)
        if figure is None:
            break
        figures.append((figure.group("number"), figure.group("unit")))
        position = figure.end()
        join = _FIGURE_JOIN.match(text, position)
        if join is None or _FIGURE.match(text, join.end()) is None:
            break
        position = join.end()
    return figures, position
