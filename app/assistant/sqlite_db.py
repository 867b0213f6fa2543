"""One short-lived SQLite connection per operation, committed and closed.

``with sqlite3.connect(...) as db`` commits but never closes, so every call of a
busy web server would leave a connection to the garbage collector. WAL lets
readers and a writer overlap; ``synchronous=NORMAL`` is durable in WAL mode
without an fsync per answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_BUSY_TIMEOUT_S = 10


@contextmanager
def connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that commits on success, rolls back on error, and always closes."""
    db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S)
    try:
        db.execute("PRAGMA synchronous=NORMAL")
        with db:
            yield db
    finally:
        db.close()
