"""On-disk layout of an index build and how to open the active one.

``indexes/ACTIVE`` names the live build directory; each build holds its
``manifest.json`` (corpus hash, chunker version, embedder id), the chunk list
and, in embedded mode, its Chroma files. A rebuild writes a new directory and
then swaps ``ACTIVE`` atomically, so readers never see half an index.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from pydantic import BaseModel, ValidationError

from app.documents import Chunk

MANIFEST_FORMAT = 1
ACTIVE_FILE = "ACTIVE"
MANIFEST_FILE = "manifest.json"
CHUNKS_FILE = "chunks.jsonl"
CHROMA_DIR = "chroma"


class Manifest(BaseModel):
    """What an index was built from; any difference from the present means rebuild."""

    format: int = MANIFEST_FORMAT
    build_id: str
    corpus_hash: str
    chunker_version: str
    embedder_id: str
    store: str  # "local" or the Chroma server URL
    collection: str
    chunk_count: int
    chunk_hashes: dict[str, str]
    created_at: str


class IndexUnavailableError(RuntimeError):
    """No usable index: missing, stale or corrupt. ``reason`` says which, in Chinese."""


def active_build_dir(index_dir: Path) -> Path | None:
    """The live build directory, or None when no build has been activated."""
    pointer = index_dir / ACTIVE_FILE
    if not pointer.is_file():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    if not name or "/" in name or name.startswith("."):
        return None
    return index_dir / name


def read_manifest(build_dir: Path) -> Manifest:
    """Parse a build's manifest.

    Raises:
        IndexUnavailableError: the manifest is missing or unreadable.
    """
    path = build_dir / MANIFEST_FILE
    try:
        return Manifest.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, ValueError) as exc:
        reason = exc.__class__.__name__
        raise IndexUnavailableError(f"索引清单损坏或缺失：{path}（{reason}）") from exc


def write_chunks(build_dir: Path, chunks: list[Chunk]) -> None:
    """Write the chunk list (one JSON object per line) next to the vectors."""
    with (build_dir / CHUNKS_FILE).open("w", encoding="utf-8") as out:
        for chunk in chunks:
            out.write(json.dumps(asdict(chunk), ensure_ascii=False) + "\n")


def read_chunks(build_dir: Path) -> list[Chunk]:
    """Read the chunk list of a build.

    Raises:
        IndexUnavailableError: the file is missing or a line is not a chunk.
    """
    path = build_dir / CHUNKS_FILE
    try:
        with path.open(encoding="utf-8") as lines:
            return [Chunk(**json.loads(line)) for line in lines if line.strip()]
    except (OSError, TypeError, ValueError) as exc:
        raise IndexUnavailableError(f"索引片段文件损坏或缺失：{path}") from exc
