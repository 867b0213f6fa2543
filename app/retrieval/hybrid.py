"""Hybrid clause search: dense (Chroma) and keyword (BM25) rankings fused by RRF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from app.documents import Chunk, Hit
from app.retrieval.clause_reference import referenced_chunks
from app.retrieval.embedders import Embedder
from app.retrieval.fusion import reciprocal_rank_fusion
from app.retrieval.keyword_index import KeywordIndex
from app.retrieval.query_text import dense_query
from app.retrieval.vector_store import VectorStore

SearchMode = Literal["hybrid", "dense", "keyword"]


class HybridSearcher:
    """Answers ``search(query, k)`` over one index build; safe to share across requests."""

    def __init__(self, chunks: Sequence[Chunk], store: VectorStore, keyword_index: KeywordIndex,
                 embedder: Embedder, candidates: int = 20, rrf_k: int = 60,
                 build_id: str | None = None,
                 on_close: Callable[[], None] | None = None) -> None:
        self.chunks = list(chunks)
        self.build_id = build_id
        self._on_close = on_close
        self._by_id = {chunk.chunk_id: chunk for chunk in self.chunks}
        self._store = store
        self._keyword = keyword_index
        self._embedder = embedder
        self._candidates = candidates
        self._rrf_k = rrf_k

    def close(self) -> None:
        """Release the vector store and the build's lease (no searches after this)."""
        close = getattr(self._store, "close", None)
        if close is not None:
            close()
        if self._on_close is not None:
            self._on_close()
            self._on_close = None

    def search(self, query: str, k: int = 5, mode: SearchMode = "hybrid") -> list[Hit]:
        """Best ``k`` clauses for the query; empty for a blank query."""
        if not query.strip() or k <= 0:
            return []
        if mode == "dense":
            return self._dense(query, k)
        if mode == "keyword":
            return self._lexical(query, k)
        return self._fused(query, self._lexical(query, self._candidates), k)

    def staged(self, query: str, k: int = 5) -> StagedSearch:
        """The keyword ranking now; the hybrid one only when the caller asks for it.

        Embedding the question is most of a search's time. A caller whose choice the
        keyword ranking already settles skips it; one that needs it pays only for the
        embedding, the keyword ranking being reused.
        """
        return StagedSearch(self, query, k)

    def _fused(self, query: str, lexical: list[Hit], k: int) -> list[Hit]:
        dense = self._dense(query, self._candidates)
        fused = reciprocal_rank_fusion(
            [[hit.chunk.chunk_id for hit in dense], [hit.chunk.chunk_id for hit in lexical]],
            k=self._rrf_k,
        )
        hits = [Hit(self._by_id[cid], score) for cid, score in fused]
        return self._named_first(query, hits)[:k]

    def _named_first(self, query: str, hits: list[Hit]) -> list[Hit]:
        """Clauses the user named by number (第十二条, （十三）) lead, in fused order."""
        named = {chunk.chunk_id for chunk in referenced_chunks(query, self.chunks)}
        if not named:
            return hits
        top = hits[0].score if hits else 1.0
        ranked_named = [c for c in self.chunks if c.chunk_id in named]
        fused_named = [h for h in hits if h.chunk.chunk_id in named]
        seen = {h.chunk.chunk_id for h in fused_named}
        leading = fused_named + [Hit(c, 0.0) for c in ranked_named if c.chunk_id not in seen]
        leading = [Hit(h.chunk, top + 1.0 / (1 + i)) for i, h in enumerate(leading)]
        return leading + [h for h in hits if h.chunk.chunk_id not in named]

    def _dense(self, query: str, k: int) -> list[Hit]:
        pairs = self._store.query(self._embedder.embed_query(dense_query(query)), k)
        return [Hit(self._by_id[cid], score) for cid, score in pairs if cid in self._by_id]

    def _lexical(self, query: str, k: int) -> list[Hit]:
        return [Hit(self.chunks[pos], score) for pos, score in self._keyword.search(query, k)]


class StagedSearch:
    """One query's keyword hits (``words``), and its hybrid hits on demand."""

    def __init__(self, searcher: HybridSearcher, query: str, k: int) -> None:
        self._searcher = searcher
        self._query = query
        self._k = k
        blank = not query.strip() or k <= 0
        self._lexical = [] if blank else searcher._lexical(query, searcher._candidates)
        self.words = [] if blank else searcher._named_first(query, self._lexical)[:k]
        self._hybrid: list[Hit] | None = [] if blank else None

    def with_meaning(self) -> list[Hit]:
        """The hybrid hits, as ``HybridSearcher.search`` gives them (embeds once)."""
        if self._hybrid is None:
            self._hybrid = self._searcher._fused(self._query, self._lexical, self._k)
        return self._hybrid
