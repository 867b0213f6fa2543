"""Dialogue memory in SQLite, so ``ask --session ID`` carries facts across processes.

A session keeps the facts stated so far and the rules last discussed; it
expires after a period of inactivity. WAL mode lets the web app and the CLI
share the file safely.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.assistant.sqlite_db import connection

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    facts_json TEXT NOT NULL,
    topic_json TEXT NOT NULL,
    updated_at REAL NOT NULL
)
"""


@dataclass
class SessionState:
    """What a conversation remembers: stated facts and the rules it is about."""

    facts: dict[str, object] = field(default_factory=dict)
    topic_rule_ids: list[str] = field(default_factory=list)


class SessionStore:
    """SQLite-backed sessions with inactivity expiry; one connection per call (thread-safe)."""

    def __init__(self, path: Path, ttl_seconds: float = 7 * 24 * 3600) -> None:
        self._path = path
        self._ttl = ttl_seconds
        path.parent.mkdir(parents=True, exist_ok=True)
        with connection(self._path) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def load(self, session_id: str) -> SessionState:
        """The session's state; an unknown or expired session starts empty."""
        with connection(self._path) as db:
            row = db.execute(
                "SELECT facts_json, topic_json, updated_at FROM sessions WHERE session_id = ?",
                (session_id,),
            ).fetchone()
        if row is None or time.time() - row[2] > self._ttl:
            return SessionState()
        return SessionState(json.loads(row[0]), json.loads(row[1]))

    def save(self, session_id: str, state: SessionState) -> None:
        """Store the state and refresh the expiry clock."""
        with connection(self._path) as db:
            db.execute(
                "INSERT INTO sessions (session_id, facts_json, topic_json, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                "facts_json = excluded.facts_json, topic_json = excluded.topic_json, "
                "updated_at = excluded.updated_at",
                (session_id, json.dumps(state.facts, ensure_ascii=False),
                 json.dumps(state.topic_rule_ids), time.time()),
            )

    def clear(self, session_id: str) -> None:
        """Forget a session (the web app's clear-conversation button)."""
        with connection(self._path) as db:
            db.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,))

    def purge_expired(self) -> int:
        """Delete expired sessions; returns how many."""
        with connection(self._path) as db:
            cursor = db.execute("DELETE FROM sessions WHERE updated_at < ?",
                                (time.time() - self._ttl,))
            return cursor.rowcount
