"""Clause-aware chunking of Chinese policy documents.

Two numbering schemes occur in Chinese policy texts and both are handled in
general, not for these two files only:

* regulations (办法): 第X章 chapters, 第X条 articles, （一） items inside articles;
  each article and each item is a unit, the chapter is the ``section``.
* measures (若干措施): 一、 parts and (一) numbered measures; each measure is a
  unit with its part as ``section``, items are not split further. When the
  numbering restarts in each part (一、(一)(二) 二、(一)) the measure alone no
  longer names a clause, so every measure of that document is labelled with
  its part (``二、（一）``) and chunk ids stay unique.

Text outside any numbered unit that still carries meaning (a preamble ending in
。, a closing 本…负责解释 sentence) becomes a unit too, so questions about
validity or purpose have something to cite. Title lines before the first
article or measure carry no 。 and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.documents import Chunk, PolicyDocument

CHUNKER_VERSION = "clause-v1"

_CN_NUM = "一二三四五六七八九十百零〇两"
_CHAPTER = re.compile(rf"^第([{_CN_NUM}]+)章[\s\u3000]*(.*)$")
_ARTICLE = re.compile(rf"^第([{_CN_NUM}]+)条[\s\u3000]*(.*)$")
_PART = re.compile(rf"^([{_CN_NUM}]+)、[\s\u3000]*(.+)$")
_ITEM = re.compile(rf"^[（(][\s\u3000]*([{_CN_NUM}]+)[\s\u3000]*[)）][\s\u3000]*(.*)$")
_CLOSING = re.compile(r"^本(?:办法|措施|政策措施|政策|规定|细则).{0,40}(?:负责解释|施行)")
_SENTENCE_PUNCT = re.compile(r"[。；;，,：:！？]")
_HEADING_MAX_CHARS = 24

PREAMBLE_ARTICLE = "序言"
CLOSING_ARTICLE = "结语"


@dataclass
class _Line:
    text: str
    start: int


@dataclass
class _Unit:
    section: str | None
    article: str
    item: str | None
    heading: str | None
    lines: list[_Line] = field(default_factory=list)


def chunk_document(doc: PolicyDocument) -> list[Chunk]:
    """Split one document into clause units, in reading order."""
    lines = _lines_with_offsets(doc.body)
    if any(_ARTICLE.match(line.text) for line in lines):
        units = _split_articles(lines)
    else:
        units = _split_measures(lines)
    return [_to_chunk(doc, unit) for unit in units if unit.lines]


def _lines_with_offsets(body: str) -> list[_Line]:
    out: list[_Line] = []
    offset = 0
    for raw in body.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            out.append(_Line(stripped, offset + raw.index(stripped)))
        offset += len(raw)
    return out


def _split_heading(rest: str) -> tuple[str | None, str]:
    """A short, unpunctuated remainder after a number is a heading, else body text."""
    rest = rest.strip()
    if rest and len(rest) <= _HEADING_MAX_CHARS and not _SENTENCE_PUNCT.search(rest):
        return rest, ""
    return None, rest


def _split_articles(lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    preamble = _Unit(None, PREAMBLE_ARTICLE, None, None)
    section: str | None = None
    article_unit: _Unit | None = None
    current: _Unit | None = None
    for line in lines:
        if m := _CHAPTER.match(line.text):
            section = f"第{m.group(1)}章 {m.group(2).strip()}".strip()
            current = article_unit = None
            continue
        if m := _ARTICLE.match(line.text):
            heading, rest = _split_heading(m.group(2))
            article_unit = _Unit(section, f"第{m.group(1)}条", None, heading)
            units.append(article_unit)
            current = article_unit
            if rest:
                offset = line.start + line.text.index(rest)
                article_unit.lines.append(_Line(rest, offset))
            continue
        if article_unit is None:
            # Before the first article: a sentence is the preamble, the rest is title block.
            if line.text.endswith("。"):
                preamble.lines.append(line)
            continue
        if m := _ITEM.match(line.text):
            body = m.group(2).strip()
            item = f"（{m.group(1)}）"
            current = _Unit(section, article_unit.article, item, article_unit.heading)
            units.append(current)
            if body:
                current.lines.append(_Line(body, line.start + line.text.index(body)))
            continue
        if current is not None:
            current.lines.append(line)
    return ([preamble] if preamble.lines else []) + units


def _split_measures(lines: list[_Line]) -> list[_Unit]:
    units: list[_Unit] = []
    section: str | None = None
    current: _Unit | None = None
    preamble = _Unit(None, PREAMBLE_ARTICLE, None, None)
    closing: _Unit | None = None
    for line in lines:
        if _CLOSING.match(line.text):
            # 施行 and 负责解释 on separate lines are one closing clause (one id).
            if closing is None:
                closing = _Unit(section, CLOSING_ARTICLE, None, None)
                units.append(closing)
            closing.lines.append(line)
            current = None
            continue
        if m := _PART.match(line.text):
            section = f"{m.group(1)}、{m.group(2).strip()}"
            current = None
            continue
        if m := _ITEM.match(line.text):
            heading, rest = _split_heading(m.group(2))
            current = _Unit(section, f"（{m.group(1)}）", None, heading)
            units.append(current)
            if rest:
                current.lines.append(_Line(rest, line.start + line.text.index(rest)))
            continue
        if current is not None:
            current.lines.append(line)
        elif section is None and line.text.endswith("。"):
            preamble.lines.append(line)
        # Anything else between a part heading and its first measure is decoration
        # (e.g. a "政策直通车" label) and carries no clause.
    _qualify_restarted_measures(units)
    return ([preamble] if preamble.lines else []) + units


def _qualify_restarted_measures(units: list[_Unit]) -> None:
    """Prefix every measure with its part when a measure number repeats.

    Continuously numbered documents are left exactly as they are; only a repeat
    (which would give two chunks the same id) switches the whole document to
    part-qualified labels, so its labels stay uniform.
    """
    measures = [unit for unit in units if unit.article != CLOSING_ARTICLE]
    if len({unit.article for unit in measures}) == len(measures):
        return
    for unit in measures:
        if unit.section and (part := _PART.match(unit.section)):
            unit.article = f"{part.group(1)}、{unit.article}"


def _to_chunk(doc: PolicyDocument, unit: _Unit) -> Chunk:
    return Chunk(
        doc_id=doc.doc_id,
        title=doc.title,
        short_title=doc.short_title,
        status=doc.status,
        section=unit.section,
        article=unit.article,
        item=unit.item,
        heading=unit.heading,
        text="\n".join(line.text for line in unit.lines),
        start=unit.lines[0].start,
    )
