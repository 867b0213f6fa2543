"""Retrieval evaluation: recall@1, recall@5 and MRR for dense, keyword, hybrid and naive.

recall@k is the share of queries with at least one labelled clause in the top
k (hit rate); MRR is the mean reciprocal rank of the first labelled clause. A
naive window counts as a hit when it covers at least half of a labelled clause.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from app.bootstrap import build_searcher
from app.config import Settings
from app.documents import Chunk
from app.evaluation.naive_baseline import NaiveDenseBaseline, Window
from app.ingest.loader import load_corpus
from app.normalize import canonical_brackets
from app.retrieval.embedders import make_embedder

CUTOFFS = (1, 5)
DEPTH = 10


@dataclass(frozen=True)
class Label:
    """A labelled answer clause; item None accepts any chunk of the article."""

    doc_id: str
    article: str
    item: str | None

    def matches(self, chunk: Chunk) -> bool:
        """Whether the chunk is this clause (brackets compared in one form)."""
        return (chunk.doc_id == self.doc_id
                and canonical_brackets(chunk.article) == canonical_brackets(self.article)
                and (self.item is None
                     or canonical_brackets(chunk.item) == canonical_brackets(self.item)))


@dataclass(frozen=True)
class Query:
    """One labelled retrieval query."""

    query_id: str
    text: str
    tag: str
    labels: tuple[Label, ...]


@dataclass
class SystemScore:
    """Accumulates ranks of the first relevant result per query."""

    ranks: list[int | None] = field(default_factory=list)

    def recall_at(self, k: int) -> float:
        """Share of queries whose first relevant result is within the top k."""
        return sum(1 for r in self.ranks if r is not None and r <= k) / max(len(self.ranks), 1)

    def mrr(self) -> float:
        """Mean reciprocal rank (0 for a miss within the evaluated depth)."""
        return sum(1 / r for r in self.ranks if r) / max(len(self.ranks), 1)


@dataclass
class RetrievalReport:
    """Scores per system plus the misses of the hybrid system."""

    systems: dict[str, SystemScore]
    query_count: int
    hybrid_misses: list[str]

    def to_dict(self) -> dict[str, object]:
        """Machine-readable figures."""
        return {
            "queries": self.query_count,
            "systems": {name: {"recall@1": round(s.recall_at(1), 4),
                               "recall@5": round(s.recall_at(5), 4), "mrr": round(s.mrr(), 4)}
                        for name, s in self.systems.items()},
            "hybrid_misses_at_5": self.hybrid_misses,
        }

    def to_markdown(self) -> str:
        """The side-by-side table printed by ``policy-assistant eval-retrieval``."""
        lines = [f"检索评测：{self.query_count} 条查询", "",
                 "| system | recall@1 | recall@5 | MRR |", "| --- | --- | --- | --- |"]
        for name, score in self.systems.items():
            lines.append(f"| {name} | {score.recall_at(1):.3f} | {score.recall_at(5):.3f} "
                         f"| {score.mrr():.3f} |")
        if self.hybrid_misses:
            lines += ["", "hybrid 前 5 未命中：", *[f"- {m}" for m in self.hybrid_misses]]
        return "\n".join(lines)


def load_queries(path: str | Path) -> list[Query]:
    """Read a queries.jsonl file."""
    queries = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        labels = tuple(Label(r["doc_id"], r["article"], r.get("item")) for r in row["relevant"])
        queries.append(Query(row["id"], row["query"], row.get("tag", ""), labels))
    return queries


def run_retrieval_eval(settings: Settings, dataset: str | Path) -> RetrievalReport:
    """Score every system on the same queries in one run."""
    embedder = make_embedder(settings)
    searcher = build_searcher(settings, embedder)
    documents = load_corpus(settings.corpus_dir)
    naive = NaiveDenseBaseline(documents, embedder)
    spans = {c.chunk_id: (c.doc_id, c.start, c.start + len(c.text)) for c in searcher.chunks}
    queries = load_queries(dataset)
    systems = {name: SystemScore() for name in ("dense", "keyword", "hybrid", "naive-500")}
    misses = []
    for query in queries:
        for mode in ("dense", "keyword", "hybrid"):
            hits = searcher.search(query.text, k=DEPTH, mode=mode)  # type: ignore[arg-type]
            rank = _first_rank([any(lb.matches(h.chunk) for lb in query.labels) for h in hits])
            systems[mode].ranks.append(rank)
            if mode == "hybrid" and (rank is None or rank > 5):
                misses.append(f"{query.query_id} {query.text} → "
                              f"{[h.chunk.label for h in hits[:3]]}")
        windows = naive.search(query.text, k=DEPTH)
        wanted = [spans[c.chunk_id] for c in searcher.chunks
                  if any(lb.matches(c) for lb in query.labels)]
        systems["naive-500"].ranks.append(
            _first_rank([any(_covers(w, span) for span in wanted) for w in windows]))
    return RetrievalReport(systems, len(queries), misses)


def _first_rank(relevant_flags: list[bool]) -> int | None:
    return next((i for i, flag in enumerate(relevant_flags, start=1) if flag), None)


def _covers(window: Window, span: tuple[str, int, int]) -> bool:
    doc_id, start, end = span
    if window.doc_id != doc_id:
        return False
    overlap = min(window.end, end) - max(window.start, start)
    return overlap >= max(1, (end - start) // 2)
