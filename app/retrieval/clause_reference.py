"""Explicit clause references in a question: 第十二条, 第五条（一）, 第五条第（一）项, “(十三)”.

Help-desk staff often name the clause they mean; those chunks should lead the
ranking whatever the embeddings think. A bracket right after 第X条 is an item
of that article (第十五条（一） is how labels and citations are written), never
a measure of the other document; brackets standing alone name measures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.documents import Chunk
from app.normalize import chinese_numeral_to_int, nfkc

_CN = "一二三四五六七八九十百零两"
_NUM = rf"[{_CN}]+|\d+"
# The item after an article: 第五条（一） / 第五条第（一）项 (brackets, 第 and 项 optional
# around them) or 第五条第一项 (no brackets, then 项/款 is what makes it an item).
_ARTICLE_REF = re.compile(
    rf"第\s*(?P<article>{_NUM})\s*条"
    rf"(?:\s*(?:第\s*)?[(（]\s*(?P<bracketed>{_NUM})\s*[)）](?:\s*[项款])?"
    rf"|\s*第?\s*(?P<bare>{_NUM})\s*[项款])?"
)
# A measure: （十三）, 二、（一） (qualified by its part) or 第十三项措施.
_MEASURE_REF = re.compile(
    rf"(?:(?P<part>[{_CN}]+)、\s*)?[(（]\s*(?P<bracketed>[{_CN}]+)\s*[)）]"
    rf"|第\s*(?P<ordinal>{_NUM})\s*项措施"
)
# A measure named with the word: "措施九", "措施的第十五条", "若干措施第4条" — a numbered
# measure the user calls an article ("第X条") is still that measure.
_NAMED_MEASURE = re.compile(
    rf"措施(?:的|里的|中的|里|中)?\s*(?:第\s*(?P<numbered>{_NUM})\s*[条项]|"
    rf"(?P<bare>[{_CN}]+)(?![{_CN}]*[万亿千百元]))")
# English: "Article 13", "Art. 5(1)", "Measure 12".
_EN_ARTICLE = re.compile(r"\bart(?:icle|\.)?\s*(?P<article>\d+)(?:\s*\(\s*(?P<item>\d+)\s*\))?",
                         re.IGNORECASE)
_EN_MEASURE = re.compile(r"\bmeasure\s*(?:no\.?\s*)?\(?\s*(?P<number>\d+)\s*\)?", re.IGNORECASE)
_ARTICLE_LABEL = re.compile(rf"^第([{_CN}]+)条$")
_BRACKET_LABEL = re.compile(rf"^[(（]([{_CN}]+)[)）]$")
# Measures are labelled （五）, or 二、（一） when numbering restarts in each part.
_MEASURE_LABEL = re.compile(rf"^(?:([{_CN}]+)、)?[(（]([{_CN}]+)[)）]$")


def referenced_chunks(query: str, chunks: Sequence[Chunk]) -> list[Chunk]:
    """Chunks the query names by number, in document order; empty when it names none."""
    text = nfkc(query)
    wanted_measures: list[tuple[int | None, int]] = [
        (None, _to_int(m.group("numbered") or m.group("bare")))
        for m in _NAMED_MEASURE.finditer(text)]
    text = _NAMED_MEASURE.sub(" ", text)
    wanted_articles: list[tuple[int, int | None]] = []
    for match in _ARTICLE_REF.finditer(text):
        item = match.group("bracketed") or match.group("bare")
        wanted_articles.append((_to_int(match.group("article")), _to_int(item) if item else None))
    # Brackets inside an article reference (第五条（一）, 第五条第（一）项) are items, not measures.
    outside_articles = _ARTICLE_REF.sub(" ", text)
    for match in _MEASURE_REF.finditer(outside_articles):
        part = match.group("part")
        number = match.group("bracketed") or match.group("ordinal")
        wanted_measures.append((_to_int(part) if part else None, _to_int(number)))
    for english in _EN_ARTICLE.finditer(text):
        item = english.group("item")
        wanted_articles.append((int(english.group("article")), int(item) if item else None))
    wanted_measures += [(None, int(m.group("number"))) for m in _EN_MEASURE.finditer(text)]
    if not wanted_articles and not wanted_measures:
        return []  # most questions name no clause: no need to read every label
    found = []
    for chunk in chunks:
        article_no = _label_number(_ARTICLE_LABEL, chunk.article)
        if article_no is not None:
            item_no = _label_number(_BRACKET_LABEL, chunk.item) if chunk.item else None
            if any(a == article_no and (i is None or i == item_no) for a, i in wanted_articles):
                found.append(chunk)
        elif _names_measure(chunk.article, wanted_measures):
            found.append(chunk)
    return found


def _names_measure(label: str, wanted: list[tuple[int | None, int]]) -> bool:
    """A measure matches by number; a part counts only where the label carries one.

    Continuously numbered measures (（十三）) ignore a part the user typed, which
    may just be their own list numbering; restarting ones (二、（一）) need it to
    agree when it is given.
    """
    match = _MEASURE_LABEL.match(label)
    if match is None:
        return False
    part = chinese_numeral_to_int(match.group(1)) if match.group(1) else None
    number = chinese_numeral_to_int(match.group(2))
    return any(n == number and (p is None or part is None or p == part) for p, n in wanted)


def _to_int(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_numeral_to_int(numeral)


def _label_number(pattern: re.Pattern[str], label: str | None) -> int | None:
    match = pattern.match(label or "")
    return chinese_numeral_to_int(match.group(1)) if match else None
