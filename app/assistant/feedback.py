"""Feedback on answers (👍/👎 with a comment), stored in SQLite (WAL) for help-desk staff."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

from app.assistant.sqlite_db import connection

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    session_id TEXT,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT
)
"""
COLUMNS = ("id", "created_at", "session_id", "question", "answer_json", "rating", "comment")


class FeedbackStore:
    """Append-only feedback table; one connection per call, safe across threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with connection(self.path) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(_SCHEMA)

    def add(self, session_id: str | None, question: str, answer_json: str, rating: str,
            comment: str | None) -> int:
        """Store one vote; returns its row id."""
        if rating not in ("up", "down"):
            raise ValueError("rating must be 'up' or 'down'")
        with connection(self.path) as db:
            cursor = db.execute(
                "INSERT INTO feedback (created_at, session_id, question, answer_json, rating, "
                "comment) VALUES (?, ?, ?, ?, ?, ?)",
                (datetime.now(UTC).isoformat(timespec="seconds"), session_id, question,
                 answer_json, rating, (comment or "").strip() or None),
            )
            return int(cursor.lastrowid or 0)

    def rows(self) -> list[tuple[object, ...]]:
        """All feedback, oldest first."""
        with connection(self.path) as db:
            return db.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id").fetchall()

    def export_csv(self) -> str:
        """CSV with a header row (UTF-8; opens in spreadsheet tools)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        writer.writerows(self.rows())
        return buffer.getvalue()
