"""Questions about the documents themselves: status, interpretation, succession, combining.

Covers validity, who interprets each text, what it replaces, and how support
combines (第十七条).

Facts come from the corpus front matter and the closing clauses, never from
memory, and are cited like any other answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.assistant.composer import document_note
from app.documents import Chunk, PolicyDocument
from app.normalize import nfkc
from app.rules.loader import RuleBook

# Bare 办法 is everyday Chinese ("有没有办法"), so only the document's own names count.
_DRAFT_WORDS = re.compile(r"征求意见稿|支持办法|本办法|该办法|这个办法|这份办法|组团|自贸|修订稿|"
                          r"draft|measures? for the zone")
_MEASURE_WORDS = re.compile(r"若干措施|措施|2026|2028|measures")


@dataclass(frozen=True)
class MetaAnswer:
    """Text plus the clauses it rests on."""

    text: str
    chunks: tuple[Chunk, ...]


def documents_meant(question: str, docs: dict[str, PolicyDocument]) -> list[PolicyDocument]:
    """The documents a question names; both when it names neither."""
    text = nfkc(question).lower()
    meant = []
    if _DRAFT_WORDS.search(text):
        meant += [d for d in docs.values() if d.status == "draft"]
    if _MEASURE_WORDS.search(text):
        meant += [d for d in docs.values() if d.status == "in_force"]
    return meant or list(docs.values())


def closing_chunk(doc: PolicyDocument, chunks: list[Chunk]) -> Chunk | None:
    """The clause that states interpretation, entry into force and validity."""
    own = [c for c in chunks if c.doc_id == doc.doc_id]
    for chunk in reversed(own):
        if "负责解释" in chunk.text:
            return chunk
    return None


def validity_answer(docs: list[PolicyDocument], chunks: list[Chunk]) -> MetaAnswer:
    """Which text is in force, since when and until when."""
    lines, cited = ["**两份文件的效力状态：**", ""], []
    for doc in docs:
        closing = closing_chunk(doc, chunks)
        if doc.status == "draft":
            lines.append(f"- 《{doc.short_title}》是征求意见稿，尚未正式施行；按其第十八条，"
                         "正式发布后“自发布之日起施行”，届时原办法同时废止。")
        else:
            lines.append(f"- 《{doc.short_title}》{doc.published} 发布，印发之日起施行，"
                         f"有效期至 {doc.valid_until}。")
        if closing:
            cited.append(closing)
            lines.append(f"  > 原文：{closing.text}")
    lines += ["", *[document_note(doc) for doc in docs]]
    return MetaAnswer("\n".join(lines), tuple(cited))


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
    """第十七条: 从优不重复 within district policies; 市、区两级 may both apply."""
    principle = book.principle("no-double-benefit")
    both_levels = book.principle("city-and-district")
    major = book.principle("special-major-projects")
    clause = next((c for c in chunks if c.doc_id == principle.citation.doc_id
                   and c.article == principle.citation.article), None)
    text = "\n".join([
        "**能否重复或叠加享受：**", "",
        f"- 从优不重复：{principle.summary}",
        f"- 市、区两级：{both_levels.summary}",
        f"- 特别重大项目：{major.summary}",
        "",
        f"> 原文：{clause.text if clause else principle.citation.text}",
        "",
        document_note(draft),
    ])
    return MetaAnswer(text, (clause,) if clause else ())
