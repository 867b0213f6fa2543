"""Questions about the documents themselves: status, interpretation, succession, combining.

Covers validity (also on a given year: "2030年还能申请吗"), who interprets each
text, what it replaces, and how support combines. Facts come from the corpus
front matter and the closing clauses, never from memory, and are cited like any
other answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.assistant.composer import document_note
from app.documents import Chunk, PolicyDocument
from app.normalize import nfkc
from app.rules.loader import RuleBook


@dataclass(frozen=True)
class MetaAnswer:
    """Text plus the clauses it rests on (and any other text its numbers come from)."""

    text: str
    chunks: tuple[Chunk, ...]
    backing: tuple[str, ...] = ()


def documents_named(question: str, docs: dict[str, PolicyDocument]) -> list[PolicyDocument]:
    """The documents a question names by one of their aliases (none: an empty list).

    An alias inside a longer alias of another document names only that one: "the zone's
    support measures" is the draft's 支持办法, not the 2026-2028 "measures".
    """
    text = nfkc(question).lower()
    spans = [(m.start(), m.end(), d.doc_id) for d in docs.values() for alias in d.aliases
             if alias for m in _alias_pattern(alias).finditer(text)]
    named = {doc for start, end, doc in spans if not any(
        other != doc and s <= start and end <= e and e - s > end - start
        for s, e, other in spans)}
    return [d for d in docs.values() if d.doc_id in named]


@lru_cache(maxsize=512)
def _alias_pattern(alias: str) -> re.Pattern[str]:
    """An alias as a pattern: a Latin one only as whole words ("measures", not "measuresx")."""
    term = nfkc(alias).lower()
    if any("a" <= ch <= "z" for ch in term):
        return re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])")
    return re.compile(re.escape(term))


def documents_meant(question: str, docs: dict[str, PolicyDocument]) -> list[PolicyDocument]:
    """The documents a question names by one of their aliases; all when it names none."""
    return documents_named(question, docs) or list(docs.values())


def closing_chunk(doc: PolicyDocument, chunks: list[Chunk]) -> Chunk | None:
    """The clause that states interpretation, entry into force and validity."""
    own = [c for c in chunks if c.doc_id == doc.doc_id]
    for chunk in reversed(own):
        if "负责解释" in chunk.text:
            return chunk
    return None


def _heading(docs: list[PolicyDocument], what: str) -> str:
    return f"**{'各' if len(docs) > 1 else ''}文件的{what}：**"


def validity_answer(docs: list[PolicyDocument], chunks: list[Chunk],
                    asked_year: int | None = None) -> MetaAnswer:
    """Which text is in force, since when and until when — and on the year asked about."""
    lines, cited = [_heading(docs, "效力状态"), ""], []
    for doc in docs:
        closing = closing_chunk(doc, chunks)
        if doc.status == "draft":
            lines.append(f"- 《{doc.short_title}》是征求意见稿，尚未正式施行；正式发布后以发布的"
                         "文件及其施行日期为准。")
        else:
            until = f"，有效期至 {doc.valid_until}" if doc.valid_until else ""
            lines.append(f"- 《{doc.short_title}》{doc.published or ''} 发布施行{until}。")
            if asked_year and doc.valid_until:
                last_year = int(doc.valid_until[:4])
                if asked_year > last_year:
                    lines.append(f"  - 您问的 {asked_year} 年已超出其有效期"
                                 f"（至 {doc.valid_until}），"
                                 "届时本措施不再适用，请关注后续出台的政策。")
                else:
                    lines.append(f"  - {asked_year} 年在其有效期（至 {doc.valid_until}）之内。")
        if closing:
            cited.append(closing)
            lines.append(f"  > 原文：{closing.text}")
    lines += ["", *[document_note(doc) for doc in docs]]
    backing = (str(asked_year),) if asked_year else ()
    return MetaAnswer("\n".join(lines), tuple(cited), backing)


def interpretation_answer(docs: list[PolicyDocument], chunks: list[Chunk]) -> MetaAnswer:
    """Who interprets each document."""
    lines, cited = ["**解释机关：**", ""], []
    for doc in docs:
        closing = closing_chunk(doc, chunks)
        if closing is None:
            continue
        cited.append(closing)
        body = closing.text.split("负责解释")[0] + "负责解释"
        lines.append(f"- 《{doc.short_title}》：{body}。")
        lines.append(f"  > 原文：{closing.text}")
    lines += ["", *[document_note(doc) for doc in docs]]
    return MetaAnswer("\n".join(lines), tuple(cited))


def supersede_answer(docs: list[PolicyDocument], chunks: list[Chunk]) -> MetaAnswer:
    """What each document replaces."""
    lines, cited = ["**与旧政策的关系：**", ""], []
    for doc in docs:
        closing = closing_chunk(doc, chunks)
        if doc.supersedes and closing:
            cited.append(closing)
            lines.append(f"- 《{doc.short_title}》施行时，{doc.supersedes}同时废止。")
            lines.append(f"  > 原文：{closing.text}")
        else:
            lines.append(f"- 《{doc.short_title}》未写明废止哪份旧文件。")
    lines += ["", *[document_note(doc) for doc in docs]]
    return MetaAnswer("\n".join(lines), tuple(cited))


def combination_answer(book: RuleBook, draft: PolicyDocument, chunks: list[Chunk]) -> MetaAnswer:
    """从优不重复 within a document's own provisions; 市、区两级 may both apply."""
    lines = ["**能否重复或叠加享受：**", ""]
    clause: Chunk | None = None
    for principle in book.principles:
        lines.append(f"- {principle.summary}")
        if clause is None:
            clause = next((c for c in chunks if c.doc_id == principle.citation.doc_id
                           and c.article == principle.citation.article), None)
    source = clause.text if clause else (book.principles[0].citation.text
                                         if book.principles else "")
    lines += ["", f"> 原文：{source}", "", document_note(draft)]
    return MetaAnswer("\n".join(lines), (clause,) if clause else ())
