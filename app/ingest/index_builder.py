"""Build, check and atomically swap the clause index.

An index is rebuilt when the corpus, the chunker or the embedder changed, or
when it is missing or corrupt. A rebuild is written beside the live one and
``ACTIVE`` is swapped only after the new manifest is on disk, so an interrupted
ingest leaves the previous index usable. Unchanged clauses reuse their vectors.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from app.config import Settings
from app.documents import Chunk
from app.ingest.chunker import CHUNKER_VERSION, chunk_document
from app.ingest.loader import load_corpus
from app.retrieval.build_lease import create_lease_file, is_leased
from app.retrieval.embedders import Embedder
from app.retrieval.index_files import (
    ACTIVE_FILE,
    CHROMA_DIR,
    MANIFEST_FILE,
    IndexUnavailableError,
    Manifest,
    active_build_dir,
    read_chunks,
    read_manifest,
    write_chunks,
)
from app.retrieval.vector_store import ChromaVectorStore, drop_collection, make_chroma_client

Progress = Callable[[int, int], None]
_EMBED_BATCH = 16
_BUILD_PREFIX = "build-"


@dataclass(frozen=True)
class IngestReport:
    """What ``ensure_index`` did, for the CLI and for tests."""

    build_dir: Path
    rebuilt: bool
    reason: str
    chunk_count: int
    embedded: int
    reused: int


def load_chunks(settings: Settings) -> list[Chunk]:
    """Every clause of every policy in the corpus, in reading order."""
    return [chunk for doc in load_corpus(settings.corpus_dir) for chunk in chunk_document(doc)]


def corpus_fingerprint(chunks: list[Chunk]) -> str:
    """Hash of all clause content and metadata; any edit to the corpus changes it."""
    digest = hashlib.sha256(CHUNKER_VERSION.encode())
    for chunk in chunks:
        digest.update(f"{chunk.chunk_id}\x00{chunk.content_hash()}\x00{chunk.status}\n".encode())
    return digest.hexdigest()


def store_location(settings: Settings) -> str:
    """Where vectors live: ``local`` or the Chroma server URL."""
    return settings.chroma_url or "local"


def ensure_index(settings: Settings, embedder: Embedder, progress: Progress | None = None,
                 force: bool = False) -> IngestReport:
    """Make the active index match the corpus, rebuilding only when something changed."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    chunks = load_chunks(settings)
    fingerprint = corpus_fingerprint(chunks)
    with _exclusive_lock(settings.index_dir):
        problem = "强制重建" if force else _why_stale(settings, embedder, fingerprint)
        current = active_build_dir(settings.index_dir)
        if problem is None and current is not None:
            remove_unused_builds(settings, keep=current)
            return IngestReport(current, False, "索引已是最新", len(chunks), 0, 0)
        return _rebuild(settings, embedder, chunks, fingerprint, problem or "", progress)


def remove_unused_builds_if_idle(settings: Settings) -> None:
    """Clean up old builds unless an ingest is running (a server calls this after a swap)."""
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    try:
        handle = (settings.index_dir / ".lock").open("a")
    except OSError:
        return  # a read-only index directory: only its owner's ingest cleans up
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        try:
            current = active_build_dir(settings.index_dir)
            if current is not None:
                remove_unused_builds(settings, keep=current)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _why_stale(settings: Settings, embedder: Embedder, fingerprint: str) -> str | None:
    build_dir = active_build_dir(settings.index_dir)
    if build_dir is None or not build_dir.is_dir():
        return "尚无索引"
    try:
        manifest = read_manifest(build_dir)
        if manifest.corpus_hash != fingerprint:
            return "语料已变更"
        if manifest.chunker_version != CHUNKER_VERSION:
            return "切分器版本已变更"
        if manifest.embedder_id != embedder.embedder_id:
            return "嵌入模型已变更"
        if manifest.store != store_location(settings):
            return "向量库位置已变更"
        stored = read_chunks(build_dir)
        if len(stored) != manifest.chunk_count:
            return "索引片段数与清单不符"
        # chunks.jsonl is what citations quote; an edited or bit-rotted line that still
        # parses would otherwise be served as source text, so every hash must match.
        if {c.chunk_id: c.content_hash() for c in stored} != manifest.chunk_hashes:
            return "索引片段内容与清单不符"
        store = _open_store(settings, build_dir, manifest.collection, embedder)
        try:
            if store.count() != manifest.chunk_count:
                return "向量数与清单不符"
        finally:
            store.close()
    except IndexUnavailableError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - any backend failure means the index is unusable
        return f"向量库无法打开（{exc.__class__.__name__}）"
    return None


def _rebuild(settings: Settings, embedder: Embedder, chunks: list[Chunk], fingerprint: str,
             reason: str, progress: Progress | None) -> IngestReport:
    previous = _reusable_vectors(settings, embedder)
    build_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    build_dir = settings.index_dir / f"{_BUILD_PREFIX}{build_id}"
    build_dir.mkdir(parents=True)
    create_lease_file(build_dir)
    collection = f"policy-clauses-{build_id}"
    store = _open_store(settings, build_dir, collection, embedder, create=True)

    vectors: dict[str, np.ndarray] = {}
    to_embed = []
    for chunk in chunks:
        reused = previous.get(chunk.content_hash())
        if reused is not None:
            vectors[chunk.chunk_id] = reused
        else:
            to_embed.append(chunk)
    for start in range(0, len(to_embed), _EMBED_BATCH):
        batch = to_embed[start : start + _EMBED_BATCH]
        embedded = embedder.embed_passages([chunk.embedding_text() for chunk in batch])
        vectors.update({chunk.chunk_id: vec for chunk, vec in zip(batch, embedded, strict=True)})
        if progress:
            progress(start + len(batch), len(to_embed))

    store.add([c.chunk_id for c in chunks], np.stack([vectors[c.chunk_id] for c in chunks]),
              [c.text for c in chunks], [_metadata(c) for c in chunks])
    store.close()
    write_chunks(build_dir, chunks)
    manifest = Manifest(
        build_id=build_id, corpus_hash=fingerprint, chunker_version=CHUNKER_VERSION,
        embedder_id=embedder.embedder_id, store=store_location(settings), collection=collection,
        chunk_count=len(chunks), chunk_hashes={c.chunk_id: c.content_hash() for c in chunks},
        created_at=datetime.now(UTC).isoformat(),
    )
    _write_atomically(build_dir / MANIFEST_FILE, manifest.model_dump_json(indent=2))
    _write_atomically(settings.index_dir / ACTIVE_FILE, build_dir.name + "\n")
    remove_unused_builds(settings, keep=build_dir)
    return IngestReport(build_dir, True, reason, len(chunks), len(to_embed),
                        len(chunks) - len(to_embed))


def _reusable_vectors(settings: Settings, embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors of the live build keyed by content hash, when made by the same embedder."""
    build_dir = active_build_dir(settings.index_dir)
    if build_dir is None:
        return {}
    try:
        manifest = read_manifest(build_dir)
        if manifest.embedder_id != embedder.embedder_id:
            return {}
        store = _open_store(settings, build_dir, manifest.collection, embedder)
        try:
            by_id = store.vectors(list(manifest.chunk_hashes))
        finally:
            store.close()
    except Exception:  # noqa: BLE001 - a broken old index simply offers nothing to reuse
        return {}
    return {manifest.chunk_hashes[cid]: vec for cid, vec in by_id.items()}


def _open_store(settings: Settings, build_dir: Path, collection: str, embedder: Embedder,
                create: bool = False) -> ChromaVectorStore:
    client = make_chroma_client(build_dir / CHROMA_DIR, settings.chroma_url)
    return ChromaVectorStore(client, collection, embedder, create=create)


def _metadata(chunk: Chunk) -> dict[str, str | int | None]:
    return {"doc_id": chunk.doc_id, "status": chunk.status, "section": chunk.section,
            "article": chunk.article, "item": chunk.item, "heading": chunk.heading}


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:6]}.tmp")
    tmp.write_text(text, encoding="utf-8")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def remove_unused_builds(settings: Settings, keep: Path) -> None:
    """Drop superseded and half-written builds that no process has open.

    Called with the ingest lock held, so a build without a manifest is one a killed
    ingest left behind. A build some server or CLI still reads (it holds a lease) is
    kept; a later ingest removes it once its reader has let go.
    """
    for other in settings.index_dir.glob(f"{_BUILD_PREFIX}*"):
        if other == keep or not other.is_dir() or is_leased(other):
            continue
        if settings.chroma_url:
            try:
                old = read_manifest(other)
                drop_collection(make_chroma_client(None, settings.chroma_url), old.collection)
            except Exception:  # noqa: BLE001 - cleanup is best effort
                pass
        shutil.rmtree(other, ignore_errors=True)


@contextmanager
def _exclusive_lock(index_dir: Path) -> Iterator[None]:
    """Serialise ingests across processes (two `make run`s at once must not interleave)."""
    with (index_dir / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
