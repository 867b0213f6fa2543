"""Index lifecycle: manifest, no needless rebuilds, self-healing, incremental and atomic rebuilds.

Tests that rebuild work on copies: either of the session index (with a copy of
the full corpus, so only the edited clause is embedded again) or of a small
index built once per module from a few real clauses (so a full re-embed is
cheap). A copy lives at a new path, so Chroma opens it afresh as a new
process would.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from app.config import PROJECT_ROOT, Settings
from app.ingest.chunker import CHUNKER_VERSION
from app.ingest.index_builder import corpus_fingerprint, ensure_index, load_chunks
from app.retrieval.embedders import Embedder
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.index_files import (
    ACTIVE_FILE,
    CHROMA_DIR,
    CHUNKS_FILE,
    MANIFEST_FILE,
    IndexUnavailableError,
    active_build_dir,
    read_chunks,
    read_manifest,
)
from app.retrieval.open_index import open_searcher
from app.retrieval.vector_store import (
    ChromaEmbeddingFunction,
    ChromaVectorStore,
    make_chroma_client,
)

CORPUS = PROJECT_ROOT / "corpus"
DRAFT_FILE = Path("policies") / "changping-zone-draft.md"
OLD_SENTENCE = "每个企业每年支持金额不超过200万元。"
NEW_SENTENCE = "每个企业每年支持金额不超过300万元。"


class CrashingEmbedder:
    """The real embedder, except that embedding passages dies as a killed ingest would."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.calls = 0

    @property
    def embedder_id(self) -> str:
        return self._inner.embedder_id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        raise RuntimeError("simulated crash in the middle of an ingest")

    def embed_query(self, text: str) -> np.ndarray:
        return self._inner.embed_query(text)


class RenamedEmbedder:
    """The real model under another identity, as after switching embedders."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner

    @property
    def embedder_id(self) -> str:
        return f"{self._inner.embedder_id}-renamed"

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self._inner.embed_query(text)


def _write_small_corpus(corpus_dir: Path) -> Path:
    """Articles 5 and 15 of the draft with its front matter, the dictionary and glossary."""
    raw = (CORPUS / DRAFT_FILE).read_text(encoding="utf-8")
    front_matter, body = raw.split("\n---\n", 1)
    article_5 = re.search(r"^第五条.*?(?=^第六条)", body, re.S | re.M)
    article_15 = re.search(r"^第十五条.*?(?=^第十六条)", body, re.S | re.M)
    assert article_5 and article_15
    (corpus_dir / "policies").mkdir(parents=True)
    (corpus_dir / DRAFT_FILE).write_text(
        f"{front_matter}\n---\n第二章  支持创新成果加速转化\n{article_5.group(0)}"
        f"第五章  支持产业生态优化提升\n{article_15.group(0)}", encoding="utf-8")
    for name in ("dictionary.txt", "glossary.yaml"):
        shutil.copy(CORPUS / name, corpus_dir / name)
    return corpus_dir


def _edit_clause(corpus_dir: Path) -> None:
    path = corpus_dir / DRAFT_FILE
    text = path.read_text(encoding="utf-8")
    assert text.count(OLD_SENTENCE) == 1
    path.write_text(text.replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")


def _settings(tmp_path: Path, corpus_dir: Path, index_dir: Path) -> Settings:
    return Settings(corpus_dir=corpus_dir, index_dir=index_dir, state_dir=tmp_path / "state",
                    chroma_url=None)


def _build_dirs(index_dir: Path) -> list[str]:
    return sorted(p.name for p in index_dir.glob("build-*"))


def _top_id(searcher: HybridSearcher, query: str) -> str:
    return searcher.search(query, k=3)[0].chunk.chunk_id


@pytest.fixture(scope="module")
def small_template(tmp_path_factory: pytest.TempPathFactory,
                   embedder: Embedder) -> tuple[Path, Path]:
    """A small corpus and its built index (corpus_dir, index_dir), never modified."""
    root = tmp_path_factory.mktemp("small")
    corpus_dir = _write_small_corpus(root / "corpus")
    report = ensure_index(_settings(root, corpus_dir, root / "index"), embedder)
    assert report.rebuilt and report.chunk_count == 6
    return corpus_dir, root / "index"


@pytest.fixture
def small(tmp_path: Path, small_template: tuple[Path, Path]) -> Settings:
    """Settings over a private copy of the small corpus and its index."""
    corpus_dir, index_dir = small_template
    shutil.copytree(corpus_dir, tmp_path / "corpus")
    shutil.copytree(index_dir, tmp_path / "index")
    return _settings(tmp_path, tmp_path / "corpus", tmp_path / "index")


def test_manifest_records_what_the_index_was_built_from(settings: Settings, embedder: Embedder,
                                                        searcher: HybridSearcher) -> None:
    build_dir = active_build_dir(settings.index_dir)
    assert build_dir is not None
    manifest = read_manifest(build_dir)
    chunks = load_chunks(settings)

    assert manifest.corpus_hash == corpus_fingerprint(chunks)
    assert manifest.chunker_version == CHUNKER_VERSION
    assert manifest.embedder_id == embedder.embedder_id
    assert manifest.store == "local"
    assert manifest.chunk_count == len(chunks) == len(searcher.chunks)
    assert manifest.chunk_hashes == {c.chunk_id: c.content_hash() for c in chunks}
    assert read_chunks(build_dir) == chunks
    assert (build_dir / CHROMA_DIR).is_dir()


def test_stored_vectors_carry_citation_metadata(settings: Settings, embedder: Embedder,
                                                searcher: HybridSearcher) -> None:
    build_dir = active_build_dir(settings.index_dir)
    assert build_dir is not None
    manifest = read_manifest(build_dir)
    collection = make_chroma_client(build_dir / CHROMA_DIR, None).get_collection(
        manifest.collection, embedding_function=ChromaEmbeddingFunction(embedder))
    ids = ["changping-zone-draft/第五条（一）", "changping-2026-2028/序言"]

    got = collection.get(ids=ids, include=["metadatas", "documents"])

    stored = dict(zip(got["ids"], got["metadatas"], strict=True))
    assert stored[ids[0]] == {"doc_id": "changping-zone-draft", "status": "draft",
                              "section": "第二章 支持创新成果加速转化", "article": "第五条",
                              "item": "（一）", "heading": "支持新药临床研发"}
    # None values (no section, item or heading) are left out rather than rejected.
    assert stored[ids[1]] == {"doc_id": "changping-2026-2028", "status": "in_force",
                              "article": "序言"}
    texts = dict(zip(got["ids"], got["documents"], strict=True))
    assert texts[ids[0]].startswith("1类生物制品、1类化学药和1类中药")
    assert collection.count() == manifest.chunk_count


def test_second_ensure_index_does_not_rebuild(settings: Settings, embedder: Embedder,
                                              searcher: HybridSearcher) -> None:
    before = active_build_dir(settings.index_dir)

    report = ensure_index(settings, embedder)

    assert report.rebuilt is False
    assert report.embedded == 0
    assert report.build_dir == before == active_build_dir(settings.index_dir)
    assert _build_dirs(settings.index_dir) == [before.name]


def test_fingerprint_changes_with_any_clause(settings: Settings) -> None:
    chunks = load_chunks(settings)
    edited = list(chunks)
    edited[0] = dataclasses.replace(chunks[0], text=chunks[0].text + "。")

    assert corpus_fingerprint(chunks) == corpus_fingerprint(list(chunks))
    assert corpus_fingerprint(edited) != corpus_fingerprint(chunks)


@pytest.mark.slow
def test_changed_clause_rebuilds_and_reuses_unchanged_vectors(
        tmp_path: Path, settings: Settings, embedder: Embedder,
        searcher: HybridSearcher) -> None:
    shutil.copytree(settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(settings.index_dir, tmp_path / "index")
    edited = _settings(tmp_path, tmp_path / "corpus", tmp_path / "index")
    _edit_clause(edited.corpus_dir)
    old_build = active_build_dir(edited.index_dir)

    report = ensure_index(edited, embedder)

    assert report.rebuilt and report.reason == "语料已变更"
    assert report.embedded == 1
    assert report.reused == report.chunk_count - 1 == len(searcher.chunks) - 1
    assert report.build_dir != old_build
    assert _build_dirs(edited.index_dir) == [report.build_dir.name]
    manifest = read_manifest(report.build_dir)
    session_manifest = read_manifest(active_build_dir(settings.index_dir))
    changed = {cid for cid, h in manifest.chunk_hashes.items()
               if session_manifest.chunk_hashes.get(cid) != h}
    assert changed == {"changping-zone-draft/第五条（二）"}
    # An unchanged clause keeps its vector exactly; the edited one gets the new text.
    new_store = ChromaVectorStore(make_chroma_client(report.build_dir / CHROMA_DIR, None),
                                  manifest.collection, embedder)
    session_store = ChromaVectorStore(
        make_chroma_client(active_build_dir(settings.index_dir) / CHROMA_DIR, None),
        session_manifest.collection, embedder)
    kept = "changping-zone-draft/第五条（一）"
    np.testing.assert_array_equal(new_store.vectors([kept])[kept],
                                  session_store.vectors([kept])[kept])
    reopened = open_searcher(edited, embedder)
    hit = reopened.search("非注册性临床试验 定额一次性奖励", k=3)[0].chunk
    assert hit.chunk_id == "changping-zone-draft/第五条（二）"
    assert hit.text.endswith(NEW_SENTENCE)
    assert ensure_index(edited, embedder).rebuilt is False


def _garble_chunks(build_dir: Path) -> None:
    (build_dir / CHUNKS_FILE).write_text('{"doc_id": "x"}\nnot json\n', encoding="utf-8")


def _truncate_chunks(build_dir: Path) -> None:
    lines = (build_dir / CHUNKS_FILE).read_text(encoding="utf-8").splitlines(keepends=True)
    (build_dir / CHUNKS_FILE).write_text("".join(lines[:2]), encoding="utf-8")


def _delete_chunks(build_dir: Path) -> None:
    (build_dir / CHUNKS_FILE).unlink()


def _delete_chroma(build_dir: Path) -> None:
    shutil.rmtree(build_dir / CHROMA_DIR)


def _garble_chroma(build_dir: Path) -> None:
    (build_dir / CHROMA_DIR / "chroma.sqlite3").write_bytes(b"not a database" * 100)


def _garble_manifest(build_dir: Path) -> None:
    (build_dir / MANIFEST_FILE).write_text("{garbage", encoding="utf-8")


def _dangling_active(build_dir: Path) -> None:
    (build_dir.parent / ACTIVE_FILE).write_text("build-that-does-not-exist\n", encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize(("corrupt", "reason"), [
    (_garble_chunks, "索引片段文件损坏或缺失"),
    (_truncate_chunks, "索引片段数与清单不符"),
    (_delete_chunks, "索引片段文件损坏或缺失"),
    (_delete_chroma, "向量库无法打开"),
    (_garble_chroma, "向量库无法打开"),
    (_garble_manifest, "索引清单损坏或缺失"),
    (_dangling_active, "尚无索引"),
])
def test_corrupt_index_is_rebuilt_automatically(small: Settings, embedder: Embedder,
                                                corrupt: object, reason: str) -> None:
    old_build = active_build_dir(small.index_dir)
    assert old_build is not None
    corrupt(old_build)  # type: ignore[operator]

    report = ensure_index(small, embedder)

    assert report.rebuilt
    assert report.reason.startswith(reason)
    assert report.build_dir != old_build
    assert active_build_dir(small.index_dir) == report.build_dir
    assert _build_dirs(small.index_dir) == [report.build_dir.name]
    assert _top_id(open_searcher(small, embedder), "CDMO服务金额") == (
        "changping-zone-draft/第十五条（一）")
    assert ensure_index(small, embedder).rebuilt is False


@pytest.mark.slow
def test_chunk_text_that_no_longer_matches_the_manifest_is_rebuilt(small: Settings,
                                                                  embedder: Embedder) -> None:
    build_dir = active_build_dir(small.index_dir)
    assert build_dir is not None
    path = build_dir / CHUNKS_FILE
    original = path.read_text(encoding="utf-8")
    assert original.count("不超过200万元") == 1
    path.write_text(original.replace("不超过200万元", "不超过2000万元"), encoding="utf-8")

    report = ensure_index(small, embedder)

    assert report.rebuilt
    hit = open_searcher(small, embedder).search("非注册性临床试验", k=1)[0].chunk
    assert hit.text.endswith(OLD_SENTENCE)


@pytest.mark.slow
def test_interrupted_ingest_leaves_the_previous_index_usable(small: Settings,
                                                             embedder: Embedder) -> None:
    old_build = active_build_dir(small.index_dir)
    _edit_clause(small.corpus_dir)
    crashing = CrashingEmbedder(embedder)

    with pytest.raises(RuntimeError, match="simulated crash"):
        ensure_index(small, crashing)

    assert crashing.calls == 1
    # The half-written build exists beside the live one, but ACTIVE still names the old one.
    assert len(_build_dirs(small.index_dir)) == 2
    assert active_build_dir(small.index_dir) == old_build
    searcher = open_searcher(small, embedder)
    hit = searcher.search("非注册性临床试验 定额一次性奖励", k=3)[0].chunk
    assert hit.chunk_id == "changping-zone-draft/第五条（二）"
    assert hit.text.endswith(OLD_SENTENCE)

    # The next ingest finishes the job and clears the half-written build away; the old build
    # stays while the searcher above still reads it (its lease), and goes once released.
    report = ensure_index(small, embedder)

    assert report.rebuilt and report.embedded == 1
    assert old_build is not None
    assert _build_dirs(small.index_dir) == sorted([old_build.name, report.build_dir.name])
    assert searcher.search("非注册性临床试验", k=1)[0].chunk.text.endswith(OLD_SENTENCE)
    searcher.close()
    ensure_index(small, embedder)
    assert _build_dirs(small.index_dir) == [report.build_dir.name]
    assert open_searcher(small, embedder).search("非注册性临床试验", k=1)[0].chunk.text.endswith(
        NEW_SENTENCE)


@pytest.mark.slow
def test_changing_the_embedder_rebuilds_without_reusing_vectors(small: Settings,
                                                                embedder: Embedder) -> None:
    renamed = RenamedEmbedder(embedder)

    report = ensure_index(small, renamed)

    assert report.rebuilt and report.reason == "嵌入模型已变更"
    assert report.reused == 0 and report.embedded == report.chunk_count
    assert read_manifest(report.build_dir).embedder_id == renamed.embedder_id
    with pytest.raises(IndexUnavailableError, match="其他嵌入模型"):
        open_searcher(small, embedder)


def test_missing_index_cannot_be_opened(tmp_path: Path, embedder: Embedder) -> None:
    empty = _settings(tmp_path, CORPUS, tmp_path / "index")

    with pytest.raises(IndexUnavailableError, match="policy-assistant ingest"):
        open_searcher(empty, embedder)


@pytest.mark.slow
def test_forced_rebuild_reuses_every_vector(small: Settings, embedder: Embedder) -> None:
    old_build = active_build_dir(small.index_dir)

    report = ensure_index(small, embedder, force=True)

    assert report.rebuilt and report.reason == "强制重建"
    assert report.embedded == 0 and report.reused == report.chunk_count
    assert report.build_dir != old_build
    assert _build_dirs(small.index_dir) == [report.build_dir.name]
