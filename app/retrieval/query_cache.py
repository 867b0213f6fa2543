"""A bounded cache of query vectors in front of any embedder.

Chat users click the same example questions and help-desk staff re-run the same
clause searches; embedding is most of an answer's cost, so a repeated question
reuses its vector. Passages are never cached (ingest embeds each once anyway).
Benchmarks build their embedder with the cache off so they time real embedding.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from threading import Lock

import numpy as np

from app.retrieval.embedders import Embedder


class CachedQueryEmbedder:
    """Delegates to ``inner``; remembers the last ``size`` query vectors (LRU)."""

    def __init__(self, inner: Embedder, size: int) -> None:
        self._inner = inner
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = Lock()

    @property
    def embedder_id(self) -> str:
        """The inner embedder's id: a cache changes no vector."""
        return self._inner.embedder_id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Passages go straight to the inner embedder."""
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        """The cached vector for this exact text, embedding it on a miss."""
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
                return vector
        vector = self._inner.embed_query(text)
        vector.setflags(write=False)  # shared between callers: nobody may change it
        with self._lock:
            self._vectors[text] = vector
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return vector
