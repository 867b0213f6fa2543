"""Typed values for policy documents and their clause-level chunks.

Shared by ingestion, retrieval, rules and the assistant, so it sits at the
bottom of the import graph next to ``config``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

DocStatus = Literal["draft", "in_force"]


@dataclass(frozen=True)
class PolicyDocument:
    """One policy text with the metadata an answer must repeat (status, validity)."""

    doc_id: str
    title: str
    short_title: str
    status: DocStatus
    body: str
    issuer: str | None = None
    published: str | None = None
    valid_until: str | None = None
    supersedes: str | None = None
    source: str | None = None
    # Names people call the document by ("支持办法", "若干措施"), to tell which one is meant.
    aliases: tuple[str, ...] = ()
    # How the clause states who is responsible: "trailing_parentheses" for measures ending
    # "(市科委中关村管委会、昌平区政府)"; None when the text names no responsible units.
    responsible_units: str | None = None
    # Where the document applies (a district, a zone), for questions naming a place.
    places: tuple[str, ...] = ()
    level: str | None = None  # 区级 / 市级, as the document's front matter says
    # Where the document stands in listings (sources_checked, help): front matter ``order``.
    order: int = 0


@dataclass(frozen=True)
class Chunk:
    """The smallest citable unit: an article, an item inside it, or a numbered measure.

    ``text`` is the exact source text (what a citation quotes); ``start`` is its
    character offset in the document body so other chunkings can be compared.
    """

    doc_id: str
    title: str
    short_title: str
    status: DocStatus
    section: str | None
    article: str
    item: str | None
    heading: str | None
    text: str
    start: int

    @property
    def chunk_id(self) -> str:
        """Stable id naming the clause, e.g. ``changping-zone-draft/第五条（一）``."""
        return f"{self.doc_id}/{self.article}{self.item or ''}"

    @property
    def label(self) -> str:
        """Human label of the clause, e.g. ``第五条（一）``."""
        return f"{self.article}{self.item or ''}"

    def embedding_text(self) -> str:
        """Text to embed and to index: headings first so a bare item says what it is about."""
        parts = [self.short_title, self.section or "", self.label, self.heading or ""]
        prefix = " ".join(p for p in parts if p)
        return f"{prefix}\n{self.text}"

    def keyword_text(self) -> str:
        """Text for BM25: headings and body without the clause number.

        Numbers such as 第十四条 would otherwise split into 十四 and match
        unrelated words (“十四五”); explicit clause references are resolved
        separately by ``clause_reference``.
        """
        parts = [self.short_title, self.section or "", self.heading or "", self.text]
        return "\n".join(p for p in parts if p)

    def content_hash(self) -> str:
        """Hash of everything that reaches the embedder; equal hashes can reuse a vector."""
        return hashlib.sha256(self.embedding_text().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Hit:
    """A chunk returned by a retriever, with the score of that retriever or of fusion."""

    chunk: Chunk
    score: float
