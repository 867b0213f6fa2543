"""Explicit clause references in a question: 第十二条, 第五条第（一）项, “(十三)”.

Help-desk staff often name the clause they mean; those chunks should lead the
ranking whatever the embeddings think.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.documents import Chunk
from app.normalize import chinese_numeral_to_int, nfkc

_CN = "一二三四五六七八九十百零两"
_ARTICLE_REF = re.compile(
    rf"第\s*([{_CN}]+|\d+)\s*条"
    rf"(?:\s*第?\s*[(（]?\s*([{_CN}]+|\d+)\s*[)）]?\s*[项款])?"
)
_MEASURE_REF = re.compile(rf"[(（]\s*([{_CN}]+)\s*[)）]")
_ARTICLE_LABEL = re.compile(rf"^第([{_CN}]+)条$")
_BRACKET_LABEL = re.compile(rf"^[(（]([{_CN}]+)[)）]$")


def referenced_chunks(query: str, chunks: Sequence[Chunk]) -> list[Chunk]:
    """Chunks the query names by number, in document order; empty when it names none."""
    text = nfkc(query)
    wanted_articles: list[tuple[int, int | None]] = []
    for match in _ARTICLE_REF.finditer(text):
        item = _to_int(match.group(2)) if match.group(2) else None
        wanted_articles.append((_to_int(match.group(1)), item))
    # Brackets inside an article reference (第五条第（一）项) are items, not measures.
    outside_articles = _ARTICLE_REF.sub(" ", text)
    wanted_measures = [_to_int(m.group(1)) for m in _MEASURE_REF.finditer(outside_articles)]
    found = []
    for chunk in chunks:
        article_no = _label_number(_ARTICLE_LABEL, chunk.article)
        item_no = _label_number(_BRACKET_LABEL, chunk.item) if chunk.item else None
        if article_no is not None:
            if any(a == article_no and (i is None or i == item_no) for a, i in wanted_articles):
                found.append(chunk)
        else:
            measure_no = _label_number(_BRACKET_LABEL, chunk.article)
            if measure_no is not None and measure_no in wanted_measures:
                found.append(chunk)
    return found


def _to_int(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else chinese_numeral_to_int(numeral)


def _label_number(pattern: re.Pattern[str], label: str | None) -> int | None:
    match = pattern.match(label or "")
    return chinese_numeral_to_int(match.group(1)) if match else None
