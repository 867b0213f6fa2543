"""The baseline a default LangChain tutorial builds: fixed 500-character windows, dense only.

It exists to show, with numbers, what clause-aware chunking and hybrid fusion buy.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.documents import PolicyDocument
from app.retrieval.embedders import Embedder
from app.retrieval.langchain_adapters import LangChainEmbeddings

WINDOW_CHARS = 500
OVERLAP_CHARS = 50


@dataclass(frozen=True)
class Window:
    """A fixed-size slice of a document body."""

    doc_id: str
    start: int
    end: int


class NaiveDenseBaseline:
    """langchain-chroma over fixed windows, in an in-memory Chroma client."""

    def __init__(self, documents: list[PolicyDocument], embedder: Embedder) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma

        self.windows: list[Window] = []
        texts: list[str] = []
        for doc in documents:
            step = WINDOW_CHARS - OVERLAP_CHARS
            for start in range(0, len(doc.body), step):
                end = min(start + WINDOW_CHARS, len(doc.body))
                self.windows.append(Window(doc.doc_id, start, end))
                texts.append(doc.body[start:end])
                if end == len(doc.body):
                    break
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self._store = Chroma(client=client, collection_name=f"naive-{uuid.uuid4().hex[:8]}",
                             embedding_function=LangChainEmbeddings(embedder),
                             collection_metadata={"hnsw:space": "cosine"})
        self._store.add_texts(texts, metadatas=[{"window": i} for i in range(len(texts))],
                              ids=[str(i) for i in range(len(texts))])

    def search(self, query: str, k: int) -> list[Window]:
        """Top ``k`` windows for the query."""
        docs = self._store.similarity_search(query, k=k)
        return [self.windows[int(doc.metadata["window"])] for doc in docs]
