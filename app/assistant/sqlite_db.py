"""SQLite connections for sessions and feedback: one per thread and file, reused.

Opening and closing a connection for every answer cost more than the query
itself (about 1 ms of a 30 ms answer), and ``with sqlite3.connect(...)`` never
closes at all. Each thread of the web server's pool keeps its own connection
(SQLite connections must not cross threads); every operation is one
transaction. WAL lets readers and a writer overlap; ``synchronous=NORMAL`` is
durable in WAL mode without an fsync per answer.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_BUSY_TIMEOUT_S = 10
_local = threading.local()


def _thread_connection(path: Path) -> sqlite3.Connection:
    connections: dict[Path, sqlite3.Connection] = getattr(_local, "connections", None) or {}
    _local.connections = connections
    db = connections.get(path)
    if db is None:
        db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        connections[path] = db
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
