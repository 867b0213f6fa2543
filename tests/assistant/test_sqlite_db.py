"""SQLite helpers: one reused connection per thread, one transaction per operation."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from app.assistant.sessions import SessionState, SessionStore
from app.assistant.sqlite_db import close_thread_connections, connection


def test_connection_commits_and_is_reused_per_thread(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    with connection(path) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
        db.execute("INSERT INTO t VALUES (1)")
        kept = db
    with connection(path) as again:
        assert again is kept
    # Committed: another connection (another thread's) sees the row.
    other = sqlite3.connect(path)
    assert other.execute("SELECT x FROM t").fetchall() == [(1,)]
    other.close()
    close_thread_connections()
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")  # closed


def test_threads_get_their_own_connections(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    with connection(path) as mine:
        pass
    seen: list[sqlite3.Connection] = []

    def worker() -> None:
        with connection(path) as theirs:
            seen.append(theirs)
        close_thread_connections()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen and seen[0] is not mine


def test_connection_rolls_back_on_error(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    with connection(path) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
    with pytest.raises(RuntimeError), connection(path) as db:
        db.execute("INSERT INTO t VALUES (2)")
        raise RuntimeError("boom")
    with connection(path) as db:
        assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_many_sessions_leave_no_open_connections(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "s.sqlite3")
    for n in range(200):
        store.save(f"s{n}", SessionState({"drug_class": 1}, ["zone-5-1-clinical-entry"]))
        assert store.load(f"s{n}").facts == {"drug_class": 1}
    with connection(tmp_path / "s.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
