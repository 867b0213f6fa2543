"""The Chroma vector store, embedded on disk or on a Chroma server.

Chroma is always handed our embedding function (on create *and* get), so it
never falls back to its default ONNX model, which it would try to download.
Telemetry is off in both modes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings

from app.retrieval.embedders import Embedder

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

# Up to this many vectors a query scores every stored vector in memory (30 MB at 384
# dimensions): exact, where HNSW is approximate, and ~0.1 ms where a Chroma query
# costs ~2 ms. Larger collections are searched by Chroma's index.
EXACT_SEARCH_LIMIT = 20_000


class VectorStore(Protocol):
    """What retrieval and index building need from a vector database."""

    def add(self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str],
            metadatas: Sequence[dict[str, Any]]) -> None:
        """Store vectors with their ids, texts and metadata."""
        ...

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Return up to ``k`` (id, cosine similarity) pairs, best first."""
        ...

    def count(self) -> int:
        """Number of stored vectors."""
        ...

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given ids (missing ids are absent from the result)."""
        ...


class ChromaEmbeddingFunction(EmbeddingFunction[Documents]):
    """Adapter so Chroma embeds with our model if it ever needs to embed itself."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's signature
        """Embed passages."""
        return list(self._embedder.embed_passages(list(input)))

    def embed_query(self, input: Documents) -> Embeddings:  # noqa: A002
        """Embed queries (e5 models prefix them differently from passages)."""
        return [self._embedder.embed_query(text) for text in input]

    @staticmethod
    def name() -> str:
        """Registered name recorded in the collection configuration."""
        return "policy-assistant"

    def get_config(self) -> dict[str, Any]:
        """Nothing to persist: the manifest records the embedder id."""
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> ChromaEmbeddingFunction:
        """Chroma cannot rebuild our embedder from config; it must always be passed in.

        Returning NotImplemented marks the function as one Chroma must not
        persist or reconstruct, which is exactly our rule: every open passes it.
        """
        return NotImplemented


def make_chroma_client(persist_dir: Path | None, url: str | None) -> Any:
    """A PersistentClient under ``persist_dir``, or an HttpClient when ``url`` is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if url:
        parsed = urlparse(url)
        return chromadb.HttpClient(
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 8000,
            ssl=parsed.scheme == "https",
            settings=chroma_settings,
        )
    if persist_dir is None:
        raise ValueError("persist_dir is required for an embedded Chroma store")
    persist_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(persist_dir), settings=chroma_settings)


class ChromaVectorStore:
    """One Chroma collection (cosine space) holding the clause vectors of one index build."""

    def __init__(self, client: Any, collection_name: str, embedder: Embedder,
                 create: bool = False) -> None:
        function = ChromaEmbeddingFunction(embedder)
        if create:
            self._collection = client.get_or_create_collection(
                collection_name, embedding_function=function,
                metadata={"hnsw:space": "cosine"},
            )
        else:
            self._collection = client.get_collection(collection_name, embedding_function=function)
        self.client = client
        self.collection_name = collection_name
        # Each build writes its own collection, so once read its size only changes via add().
        self._known_count: int | None = None
        self._exact: tuple[list[str], np.ndarray] | None = None

    def add(self, ids: Sequence[str], vectors: np.ndarray, texts: Sequence[str],
            metadatas: Sequence[dict[str, Any]]) -> None:
        """Upsert vectors; metadata values of None are dropped (Chroma rejects them)."""
        if not ids:
            return
        clean = [{k: v for k, v in meta.items() if v is not None} for meta in metadatas]
        self._known_count = None
        self._exact = None
        self._collection.upsert(ids=list(ids), embeddings=[np.asarray(v) for v in vectors],
                                documents=list(texts), metadatas=clean)

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Nearest ids by cosine similarity (1 - cosine distance)."""
        if self._known_count is None:
            self._known_count = self.count()
        k = min(k, self._known_count)
        if k <= 0:
            return []
        if self._known_count <= EXACT_SEARCH_LIMIT:
            return self._exact_query(np.asarray(vector, dtype=np.float32), k)
        result = self._collection.query(query_embeddings=[np.asarray(vector)], n_results=k,
                                        include=["distances"])
        return [(cid, 1.0 - float(dist))
                for cid, dist in zip(result["ids"][0], result["distances"][0], strict=True)]

    def _exact_query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Cosine similarity against every stored vector, loaded from Chroma once."""
        if self._exact is None:
            got = self._collection.get(include=["embeddings"])
            matrix = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(got["ids"]), -1)
            norms = np.linalg.norm(matrix, axis=1, keepdims=True)
            unit = (matrix / np.where(norms == 0, 1.0, norms)).astype(np.float32)
            self._exact = (list(got["ids"]), unit)
        ids, matrix = self._exact
        if not ids:
            return []
        norm = float(np.linalg.norm(vector))
        scores = matrix @ (vector / norm if norm else vector)
        k = min(k, len(ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(ids[i], float(scores[i])) for i in top]

    def count(self) -> int:
        """Number of stored vectors."""
        return int(self._collection.count())

    def close(self) -> None:
        """Release the client (file handles of an embedded store) once nobody queries it."""
        close = getattr(self.client, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # noqa: BLE001 - closing a broken client must not raise
                pass

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors by id, for reuse when a rebuild keeps a clause unchanged."""
        if not ids:
            return {}
        got = self._collection.get(ids=list(ids), include=["embeddings"])
        return {cid: np.asarray(vec, dtype=np.float32)
                for cid, vec in zip(got["ids"], got["embeddings"], strict=True)}


def drop_collection(client: Any, collection_name: str) -> None:
    """Delete a collection if it exists (old index builds on a server)."""
    try:
        client.delete_collection(collection_name)
    except Exception:  # noqa: BLE001 - absent collections raise backend-specific errors
        return
