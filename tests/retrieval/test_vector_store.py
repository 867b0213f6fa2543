"""Vector-store contract, run against embedded Chroma on disk and a real Chroma server.

Also: the whole index built through the server, and the rules every Chroma
collection of ours obeys (cosine space, telemetry off, our embedding function,
never Chroma's default ONNX model, which would be downloaded).
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.bootstrap import build_searcher
from app.config import Settings
from app.ingest.index_builder import ensure_index
from app.retrieval.embedders import Embedder
from app.retrieval.index_files import CHROMA_DIR, active_build_dir, read_manifest
from app.retrieval.vector_store import (
    ChromaEmbeddingFunction,
    ChromaVectorStore,
    drop_collection,
    make_chroma_client,
)

QUERY = "1类化学药进入Ⅱ期临床有多少奖励"


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.slow)])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """A Chroma client in each mode the app supports, built by the app's factory."""
    if request.param == "embedded":
        return make_chroma_client(tmp_path / "chroma", None)
    return make_chroma_client(None, request.getfixturevalue("chroma_server"))


@pytest.fixture
def collection_name(client: Any) -> Iterator[str]:
    """A fresh collection name, dropped afterwards (the server outlives the test)."""
    name = f"contract-{uuid.uuid4().hex[:12]}"
    yield name
    drop_collection(client, name)


@pytest.fixture
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse every non-loopback connection, as on an offline help-desk machine."""
    real_connect = socket.socket.connect

    def guarded(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in (
                "127.0.0.1", "::1", "localhost"):
            raise OSError(f"test forbids network access to {host}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


def _unit(values: list[float]) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_add_count_query_and_vectors(client: Any, collection_name: str,
                                     embedder: Embedder) -> None:
    texts = ["对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。",
             "支持CRO、CDMO、CMO等合同外包服务机构发展。",
             "支持高品质人才公寓规划建设。"]
    vectors = embedder.embed_passages(texts)
    store = ChromaVectorStore(client, collection_name, embedder, create=True)
    assert store.count() == 0
    assert store.query(vectors[0], 5) == []

    store.add(["a", "b", "c"], vectors, texts,
              [{"doc_id": "d", "item": None}, {"doc_id": "d", "item": "（一）"}, {"doc_id": "e"}])

    assert store.count() == 3
    hits = store.query(embedder.embed_query("CDMO外包服务机构"), 2)
    assert [cid for cid, _ in hits][0] == "b"
    assert len(hits) == 2
    assert hits[0][1] >= hits[1][1]
    # Asking for more than stored returns what there is.
    assert len(store.query(vectors[0], 10)) == 3
    got = store.vectors(["a", "c", "missing"])
    assert set(got) == {"a", "c"}
    np.testing.assert_allclose(got["a"], vectors[0], atol=1e-6)
    assert store.vectors([]) == {}


def test_similarity_is_cosine_not_euclidean(client: Any, collection_name: str,
                                            embedder: Embedder) -> None:
    # Under L2, "near" (unit length) beats "long"; under cosine "long" points the same way.
    near = _unit([0.8, 0.6, 0.0, 0.0])
    long = np.asarray([3.0, 0.3, 0.0, 0.0], dtype=np.float32)
    store = ChromaVectorStore(client, collection_name, embedder, create=True)
    store.add(["near", "long"], np.stack([near, long]), ["near", "long"],
              [{"doc_id": "t"}, {"doc_id": "t"}])

    hits = store.query(np.asarray([1.0, 0.0, 0.0, 0.0], dtype=np.float32), 2)

    assert [cid for cid, _ in hits] == ["long", "near"]
    assert hits[0][1] == pytest.approx(3.0 / np.hypot(3.0, 0.3), abs=1e-4)
    assert hits[1][1] == pytest.approx(0.8, abs=1e-4)


def test_exact_search_and_chroma_index_agree(client: Any, collection_name: str,
                                            embedder: Embedder,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Small collections are scored in memory; large ones by Chroma: same answers."""
    import app.retrieval.vector_store as vector_store

    texts = ["对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。",
             "支持CRO、CDMO、CMO等合同外包服务机构发展。",
             "支持高品质人才公寓规划建设。",
             "对新获批的医疗器械注册证给予奖励。",
             "对企业研发投入给予一定比例的补助。"]
    store = ChromaVectorStore(client, collection_name, embedder, create=True)
    store.add([f"c{i}" for i in range(len(texts))], embedder.embed_passages(texts), texts,
              [{"doc_id": "t"}] * len(texts))
    query = embedder.embed_query("医疗器械拿到注册证有奖励吗")

    exact = store.query(query, 3)
    monkeypatch.setattr(vector_store, "EXACT_SEARCH_LIMIT", 0)
    indexed = store.query(query, 3)

    assert [cid for cid, _ in exact] == [cid for cid, _ in indexed]
    assert exact[0][0] == "c3"
    for (_, a), (_, b) in zip(exact, indexed, strict=True):
        assert a == pytest.approx(b, abs=1e-4)


def test_added_vectors_are_seen_by_the_next_exact_query(client: Any, collection_name: str,
                                                        embedder: Embedder) -> None:
    store = ChromaVectorStore(client, collection_name, embedder, create=True)
    store.add(["x"], np.stack([_unit([1, 0, 0])]), ["x"], [{"doc_id": "t"}])
    assert [cid for cid, _ in store.query(_unit([0, 1, 0]), 1)] == ["x"]
    store.add(["y"], np.stack([_unit([0, 1, 0])]), ["y"], [{"doc_id": "t"}])
    assert [cid for cid, _ in store.query(_unit([0, 1, 0]), 1)] == ["y"]


def test_upsert_replaces_a_vector_by_id(client: Any, collection_name: str,
                                        embedder: Embedder) -> None:
    store = ChromaVectorStore(client, collection_name, embedder, create=True)
    store.add(["x"], np.stack([_unit([1, 0, 0])]), ["old"], [{"doc_id": "t"}])
    store.add(["x"], np.stack([_unit([0, 1, 0])]), ["new"], [{"doc_id": "t"}])

    assert store.count() == 1
    np.testing.assert_allclose(store.vectors(["x"])["x"], _unit([0, 1, 0]), atol=1e-6)


def test_collection_is_cosine_with_our_embedding_function(client: Any, collection_name: str,
                                                          embedder: Embedder) -> None:
    ChromaVectorStore(client, collection_name, embedder, create=True)

    collection = client.get_collection(collection_name,
                                       embedding_function=ChromaEmbeddingFunction(embedder))

    assert collection.metadata["hnsw:space"] == "cosine"
    configuration = collection.configuration_json
    assert configuration["hnsw"]["space"] == "cosine"
    # Created without an embedding function, Chroma records {"name": "default"} (its ONNX model).
    assert configuration["embedding_function"].get("name") != "default"


def test_reopening_an_existing_collection_needs_no_network(
        client: Any, collection_name: str, embedder: Embedder, no_internet: None) -> None:
    with pytest.raises(OSError, match="forbids network"):
        socket.create_connection(("192.0.2.1", 443), timeout=1)
    vectors = embedder.embed_passages(["支持CRO、CDMO、CMO等合同外包服务机构发展。"])
    ChromaVectorStore(client, collection_name, embedder, create=True).add(
        ["only"], vectors, ["text"], [{"doc_id": "t"}])

    reopened = ChromaVectorStore(client, collection_name, embedder)

    assert reopened.count() == 1
    assert reopened.query(embedder.embed_query("CDMO"), 1)[0][0] == "only"


def test_opening_a_missing_collection_fails_instead_of_creating_it(
        client: Any, collection_name: str, embedder: Embedder) -> None:
    with pytest.raises(Exception, match="does not exist"):
        ChromaVectorStore(client, collection_name, embedder)

    names = [getattr(c, "name", c) for c in client.list_collections()]
    assert collection_name not in names


def test_telemetry_is_off(client: Any) -> None:
    assert client.get_settings().anonymized_telemetry is False


def test_embedding_function_embeds_with_our_model(embedder: Embedder) -> None:
    function = ChromaEmbeddingFunction(embedder)

    passages = function(["CDMO服务金额"])
    queries = function.embed_query(["CDMO服务金额"])

    np.testing.assert_allclose(passages[0], embedder.embed_passages(["CDMO服务金额"])[0],
                               atol=1e-5)
    np.testing.assert_allclose(queries[0], embedder.embed_query("CDMO服务金额"), atol=1e-5)
    assert ChromaEmbeddingFunction.name() == "policy-assistant"


def test_embedded_client_needs_a_directory() -> None:
    with pytest.raises(ValueError, match="persist_dir"):
        make_chroma_client(None, None)


@pytest.mark.slow
def test_index_built_through_a_chroma_server(chroma_server: str, embedder: Embedder,
                                             tmp_path: Path) -> None:
    settings = Settings(chroma_url=chroma_server, index_dir=tmp_path / "idx",
                        state_dir=tmp_path / "state")

    searcher = build_searcher(settings, embedder)

    top = searcher.search(QUERY, k=5)[0].chunk
    assert (top.doc_id, top.article, top.item) == ("changping-zone-draft", "第五条", "（一）")
    build_dir = active_build_dir(settings.index_dir)
    assert build_dir is not None
    manifest = read_manifest(build_dir)
    assert manifest.store == chroma_server
    assert not (build_dir / CHROMA_DIR).exists(), "server mode must keep no local vectors"
    server = make_chroma_client(None, chroma_server)
    names = {getattr(c, "name", c) for c in server.list_collections()}
    assert manifest.collection in names

    # A forced rebuild reuses the server's vectors; the superseded collection is dropped
    # once no searcher holds its build.
    report = ensure_index(settings, embedder, force=True)

    assert report.rebuilt and report.embedded == 0 and report.reused == report.chunk_count
    new_manifest = read_manifest(report.build_dir)
    names = {getattr(c, "name", c) for c in server.list_collections()}
    assert new_manifest.collection in names and manifest.collection in names
    searcher.close()
    ensure_index(settings, embedder)
    names = {getattr(c, "name", c) for c in server.list_collections()}
    assert manifest.collection not in names
    assert ensure_index(settings, embedder).rebuilt is False
