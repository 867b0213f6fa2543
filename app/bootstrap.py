"""Composition root: the one place where settings become wired components."""

from __future__ import annotations

from app.config import Settings
from app.ingest.index_builder import Progress, ensure_index
from app.retrieval.embedders import Embedder, make_embedder
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.open_index import open_searcher


def build_searcher(settings: Settings, embedder: Embedder | None = None,
                   progress: Progress | None = None) -> HybridSearcher:
    """Ensure the index is current (building it on first run) and open it for search."""
    embedder = embedder or make_embedder(settings)
    ensure_index(settings, embedder, progress=progress)
    return open_searcher(settings, embedder)
