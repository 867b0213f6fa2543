"""SQLite helpers: each operation commits and closes its connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.assistant.sessions import SessionState, SessionStore
from app.assistant.sqlite_db import connection


def test_connection_commits_and_closes(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite3"
    with connection(path) as db:
        db.execute("CREATE TABLE t (x INTEGER)")
        db.execute("INSERT INTO t VALUES (1)")
        kept = db
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")  # closed
    with connection(path) as db:
        assert db.execute("SELECT x FROM t").fetchall() == [(1,)]


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
