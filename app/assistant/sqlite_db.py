"""SQLite connections for sessions and feedback: one per thread and file, reused.

Opening and closing a connection for every answer cost more than the query
itself (about 1 ms of a 30 ms answer), and ``with sqlite3.connect(...)`` never
closes at all. Each thread of the web server's pool keeps its own connection
(SQLite connections must not cross threads); every operation is one
transaction. WAL lets readers and a writer overlap; ``synchronous=NORMAL`` is
durable in WAL mode without an fsync per answer.

A state file can go bad under a running server (a corrupt page, a full or
read-only disk). ``quarantine`` moves a corrupt file aside so a fresh one can be
created, and bumps the file's generation so every thread reconnects instead of
reusing a handle to the moved file.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_BUSY_TIMEOUT_S = 10
_local = threading.local()
_generations: dict[Path, int] = {}
_generations_lock = threading.Lock()

# Messages SQLite gives for a file that is not (or no longer) a usable database.
_CORRUPT_MARKERS = ("file is not a database", "malformed", "not a database", "corrupt")


def _thread_connection(path: Path) -> sqlite3.Connection:
    connections: dict[tuple[Path, int], sqlite3.Connection] = getattr(
        _local, "connections", None) or {}
    _local.connections = connections
    key = (path, _generations.get(path, 0))
    db = connections.get(key)
    if db is None:
        for stale in [k for k in connections if k[0] == path]:
            connections.pop(stale).close()
        db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.DatabaseError:
            db.close()
            raise
        connections[key] = db
    return db


@contextmanager
def connection(path: Path) -> Iterator[sqlite3.Connection]:
    """This thread's connection to ``path``, inside a transaction (commit or roll back)."""
    db = _thread_connection(path)
    with db:
        yield db


def close_thread_connections() -> None:
    """Close this thread's connections (tests, shutdown)."""
    for db in getattr(_local, "connections", {}).values():
        db.close()
    _local.connections = {}


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """Whether the error says the file itself is damaged (as opposed to full or read-only)."""
    text = str(error).lower()
    return any(marker in text for marker in _CORRUPT_MARKERS)


def quarantine(path: Path) -> Path | None:
    """Move a corrupt database (and its WAL files) aside; returns where it went.

    The damaged file is kept, not deleted, so an operator can inspect or salvage it.
    Returns None when the file could not be moved (a read-only directory).
    """
    with _generations_lock:
        _generations[path] = _generations.get(path, 0) + 1
    close_thread_connections()
    target = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
    try:
        path.replace(target)
    except OSError:
        return None
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            side.replace(target.with_name(target.name + suffix))
        except OSError:
            pass
    return target
