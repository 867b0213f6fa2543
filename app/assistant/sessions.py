"""Dialogue memory in SQLite that degrades to memory instead of failing answers.

A session keeps the facts stated so far, the rules last discussed and the visible
history; it expires after a period of inactivity (sooner when it never went past
one question). Web and API sessions are *issued*: their ids are random tokens the
server created, and only issued ids are honoured, so a guessed or invented id
never reaches another user's figures. CLI sessions are local and never issued.

When the state file is corrupt it is moved aside and recreated; when the disk is
read-only or full, sessions live in memory and ``health()`` says why, so answers
keep flowing while an operator fixes the disk.
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from app.assistant.session_state import SessionState
from app.assistant.sqlite_db import connection, is_corruption, quarantine

_LOG = logging.getLogger(__name__)
_TOKEN_BYTES = 32  # 256 random bits; the issue asks for at least 128
_TOKEN_CHARS = 43  # length of token_urlsafe(32)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    facts_json TEXT NOT NULL,
    topic_json TEXT NOT NULL,
    turns_json TEXT NOT NULL DEFAULT '[]',
    turn_count INTEGER NOT NULL DEFAULT 0,
    issued INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
)
"""


def looks_like_token(session_id: object) -> bool:
    """Cheap shape check before any lookup: a string of the issued length and alphabet."""
    return (isinstance(session_id, str) and len(session_id) == _TOKEN_CHARS
            and all(c.isascii() and (c.isalnum() or c in "-_") for c in session_id))


class SessionStore:
    """Sessions keyed by id, in SQLite (WAL) or, when the disk fails, in memory."""

    def __init__(self, path: Path, ttl_seconds: float = 24 * 3600,
                 single_turn_ttl_seconds: float = 3600, max_turns: int = 50,
                 memory_limit: int = 10_000) -> None:
        self._path = path
        self._ttl = ttl_seconds
        self._single_turn_ttl = min(single_turn_ttl_seconds, ttl_seconds)
        self._max_turns = max_turns
        self._memory = _MemorySessions(memory_limit)
        self._lock = threading.Lock()
        self._degraded: str | None = None
        self._open()

    # -- public operations ---------------------------------------------------------------

    def issue(self) -> str:
        """A new, empty, issued session; its id is an unguessable token."""
        session_id = secrets.token_urlsafe(_TOKEN_BYTES)
        self._write(session_id, SessionState(), issued=True)
        return session_id

    def is_issued(self, session_id: str) -> bool:
        """Whether the server issued this id and it has not expired."""
        if not looks_like_token(session_id):
            return False
        row = self._read(session_id)
        return row is not None and row[1] and not self._expired(row[2], row[3])

    def load(self, session_id: str) -> SessionState:
        """The session's state; an unknown or expired session starts empty."""
        row = self._read(session_id)
        if row is None or self._expired(row[2], row[3]):
            return SessionState()
        return row[0]

    def save(self, session_id: str, state: SessionState) -> None:
        """Store the state (keeping its issued mark) and refresh the expiry clock."""
        row = self._read(session_id)
        state.turns = state.turns[-self._max_turns:]
        self._write(session_id, state, issued=bool(row and row[1]))

    def clear(self, session_id: str) -> None:
        """Forget what the session holds; an issued id stays valid for its owner."""
        row = self._read(session_id)
        if row is not None:
            self._write(session_id, SessionState(), issued=row[1])

    def purge_expired(self) -> int:
        """Delete expired sessions; returns how many."""
        now = time.time()
        removed = self._memory.purge(lambda turns, at: self._expired(turns, at, now))
        if self._degraded is None:
            try:
                with connection(self._path) as db:
                    cursor = db.execute(
                        "DELETE FROM sessions WHERE updated_at < ? OR "
                        "(turn_count <= 1 AND updated_at < ?)",
                        (now - self._ttl, now - self._single_turn_ttl))
                    removed += cursor.rowcount
            except sqlite3.DatabaseError as exc:
                self._failed(exc)
        else:
            self._try_recover()
        return removed

    def health(self) -> str | None:
        """None when sessions are stored on disk; otherwise why they are in memory."""
        return self._degraded

    # -- storage -------------------------------------------------------------------------

    def _expired(self, turn_count: int, updated_at: float, now: float | None = None) -> bool:
        age = (now or time.time()) - updated_at
        return age > self._ttl or (turn_count <= 1 and age > self._single_turn_ttl)

    def _open(self) -> None:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with connection(self._path) as db:
                db.execute(_SCHEMA)
                columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
                for column, ddl in (("turns_json", "TEXT NOT NULL DEFAULT '[]'"),
                                    ("turn_count", "INTEGER NOT NULL DEFAULT 0"),
                                    ("issued", "INTEGER NOT NULL DEFAULT 0")):
                    if column not in columns:  # a file from before sessions were issued
                        db.execute(f"ALTER TABLE sessions ADD COLUMN {column} {ddl}")
        except (sqlite3.DatabaseError, OSError) as exc:
            self._failed(exc)

    def _read(self, session_id: str) -> tuple[SessionState, bool, int, float] | None:
        remembered = self._memory.get(session_id)
        if remembered is not None or self._degraded is not None and not self._path.exists():
            return remembered
        try:
            with connection(self._path) as db:
                row = db.execute(
                    "SELECT facts_json, topic_json, turns_json, issued, turn_count, updated_at "
                    "FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
        except sqlite3.DatabaseError as exc:
            self._failed(exc)
            return self._memory.get(session_id)
        if row is None:
            return None
        state = SessionState.from_memory(json.loads(row[0]), json.loads(row[1]),
                                         json.loads(row[2]))
        return state, bool(row[3]), int(row[4]), float(row[5])

    def _write(self, session_id: str, state: SessionState, issued: bool) -> None:
        record = (state, issued, len(state.turns), time.time())
        if self._degraded is not None:
            self._memory.put(session_id, record)
            return
        try:
            with connection(self._path) as db:
                db.execute(
                    "INSERT INTO sessions (session_id, facts_json, topic_json, turns_json, "
                    "turn_count, issued, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(session_id) DO UPDATE SET facts_json = excluded.facts_json, "
                    "topic_json = excluded.topic_json, turns_json = excluded.turns_json, "
                    "turn_count = excluded.turn_count, issued = excluded.issued, "
                    "updated_at = excluded.updated_at",
                    (session_id, json.dumps(state.memory_json(), ensure_ascii=False),
                     json.dumps(state.topic_rule_ids),
                     json.dumps(state.turns, ensure_ascii=False), len(state.turns),
                     int(issued), record[3]))
        except sqlite3.DatabaseError as exc:
            self._failed(exc)
            self._memory.put(session_id, record)

    def _failed(self, error: BaseException) -> None:
        """Recover from a corrupt file, or fall back to memory with the reason."""
        with self._lock:
            if isinstance(error, sqlite3.DatabaseError) and is_corruption(error):
                moved = quarantine(self._path)
                if moved is not None:
                    _LOG.error("会话数据库损坏，已移至 %s 并重建", moved)
                    try:
                        with connection(self._path) as db:
                            db.execute(_SCHEMA)
                        return
                    except sqlite3.DatabaseError as again:
                        error = again
            if self._degraded is None:
                self._degraded = f"会话存储不可用（{error}），会话暂存于内存，重启后丢失"
                _LOG.error("%s: %s", self._path, self._degraded)

    def _try_recover(self) -> None:
        """Back to disk once it accepts writes again; memory sessions are carried over."""
        probe = f"probe-{secrets.token_hex(4)}"
        try:
            with connection(self._path) as db:
                db.execute(_SCHEMA)
                db.execute("INSERT INTO sessions (session_id, facts_json, topic_json, "
                           "updated_at) VALUES (?, '{}', '[]', ?)", (probe, time.time()))
                db.execute("DELETE FROM sessions WHERE session_id = ?", (probe,))
        except (sqlite3.DatabaseError, OSError):
            return
        self._degraded = None
        for session_id, (state, issued, _, _) in self._memory.drain():
            self._write(session_id, state, issued)


class _MemorySessions:
    """Bounded in-memory sessions for a failed disk; the oldest go first when full."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._rows: OrderedDict[str, tuple[SessionState, bool, int, float]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str) -> tuple[SessionState, bool, int, float] | None:
        with self._lock:
            return self._rows.get(session_id)

    def put(self, session_id: str, record: tuple[SessionState, bool, int, float]) -> None:
        with self._lock:
            self._rows[session_id] = record
            self._rows.move_to_end(session_id)
            while len(self._rows) > self._limit:
                self._rows.popitem(last=False)

    def purge(self, expired: Callable[[int, float], bool]) -> int:
        with self._lock:
            gone = [k for k, (_, _, turns, at) in self._rows.items() if expired(turns, at)]
            for key in gone:
                del self._rows[key]
            return len(gone)

    def drain(self) -> list[tuple[str, tuple[SessionState, bool, int, float]]]:
        with self._lock:
            rows = list(self._rows.items())
            self._rows.clear()
            return rows
