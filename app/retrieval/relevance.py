"""How relevant a searched clause is, as a person reads it: 高 / 中 / 低, or not shown.

Fused ranks (0.3333) mean nothing to a reader, and an embedding's cosine does not
separate "天气预报" from a real question over a small corpus: multilingual-e5 puts
every short query at 0.82–0.86 from every clause. What does separate them is
whether the question's own words occur in the clause. A Chinese query's relevance
is the share of its content words the clause contains; a query with no Chinese
(English, codes) is judged by how far the clause's cosine stands above the
query's median cosine over all clauses. Thresholds are calibrated on
``evals/retrieval/queries.jsonl`` and a list of off-topic queries
(tests/retrieval/test_relevance.py measures both).
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from app.documents import Chunk, Hit
from app.retrieval.tokenizer import ChineseTokenizer

Level = Literal["高", "中", "低"]
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Share of a Chinese query's content words found in the clause.
HIGH_COVERAGE = 0.5
SHOWN_COVERAGE = 0.2
# Cosine above the query's median over all clauses, for queries without Chinese.
HIGH_MARGIN = 0.03
SHOWN_MARGIN = 0.016


@dataclass(frozen=True)
class Judged:
    """A hit with its human label."""

    hit: Hit
    level: Level


class RelevanceJudge:
    """Labels search hits and drops the ones that share nothing with the query."""

    def __init__(self, chunks: Sequence[Chunk], tokenizer: ChineseTokenizer,
                 expand: Callable[[str], str] = lambda text: text) -> None:
        self._tokenizer = tokenizer
        # The glossary's policy terms for how users speak (营收 → 营业收入, FDA approval → …).
        self._expand = expand
        self._words = {self._key(c): set(tokenizer.tokenize(f"{c.heading or ''} {c.text}"))
                       for c in chunks}

    @staticmethod
    def _key(chunk: Chunk) -> tuple[str, str, str | None]:
        return chunk.doc_id, chunk.article, chunk.item

    def content_words(self, query: str) -> set[str]:
        """The query's words of two or more characters (one-character words say little)."""
        return {w for w in self._tokenizer.tokenize(query) if len(w) >= 2}

    def coverage(self, query: str, chunk: Chunk) -> float:
        """Share of the query's content words that the clause contains."""
        words = self.content_words(query)
        if not words:
            return 0.0
        return len(words & self._words.get(self._key(chunk), set())) / len(words)

    def judge(self, query: str, hits: Sequence[Hit], dense: Sequence[Hit]) -> list[Judged]:
        """Hits worth showing, each labelled; ``dense`` is the query's cosine to every clause."""
        query = self._expand(query)
        if _CJK.search(query) and self.content_words(query):
            return [Judged(hit, level) for hit in hits
                    if (level := self._by_coverage(self.coverage(query, hit.chunk)))]
        if not dense:
            return []
        median = statistics.median(h.score for h in dense)
        cosine = {self._key(h.chunk): h.score for h in dense}
        judged = []
        for hit in hits:
            margin = cosine.get(self._key(hit.chunk), median) - median
            level = self._by_margin(margin)
            if level:
                judged.append(Judged(hit, level))
        return judged

    @staticmethod
    def _by_coverage(share: float) -> Level | None:
        if share >= HIGH_COVERAGE:
            return "高"
        if share >= SHOWN_COVERAGE + 0.15:
            return "中"
        return "低" if share >= SHOWN_COVERAGE else None

    @staticmethod
    def _by_margin(margin: float) -> Level | None:
        if margin >= HIGH_MARGIN:
            return "高"
        if margin >= (HIGH_MARGIN + SHOWN_MARGIN) / 2:
            return "中"
        return "低" if margin >= SHOWN_MARGIN else None
