"""LangChain adapters: our embedder as ``Embeddings``, our hybrid search as ``BaseRetriever``.

LangChain types stay inside this module; the rest of the code uses our own.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from app.documents import Hit
from app.retrieval.embedders import Embedder
from app.retrieval.hybrid import HybridSearcher


class LangChainEmbeddings(Embeddings):
    """Expose an ``Embedder`` to LangChain vector stores (e.g. langchain-chroma)."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Passage embeddings."""
        return self._embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        """Query embedding."""
        return self._embedder.embed_query(text).tolist()


def hit_to_document(hit: Hit) -> Document:
    """A hit as a LangChain ``Document`` carrying the citation fields as metadata."""
    chunk = hit.chunk
    return Document(
        page_content=chunk.text,
        metadata={"doc_id": chunk.doc_id, "article": chunk.article, "item": chunk.item,
                  "heading": chunk.heading, "section": chunk.section, "status": chunk.status,
                  "score": hit.score},
    )


class HybridClauseRetriever(BaseRetriever):
    """Hybrid clause search as a LangChain retriever (for chains and agents)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    k: int = 5

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [hit_to_document(hit) for hit in self.searcher.search(query, k=self.k)]
