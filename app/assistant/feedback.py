"""Feedback on answers (👍/👎 with a comment), stored in SQLite (WAL) for help-desk staff.

Feedback is worth keeping but never worth failing an answer for: when the file
is corrupt it is moved aside and recreated, and when the disk refuses writes
``add`` reports that the vote was not saved (the UI says so) instead of raising.
The CSV export neutralises cells a spreadsheet would run as formulas.
"""

from __future__ import annotations

import csv
import io
import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from app.assistant.sqlite_db import connection, is_corruption, quarantine

_LOG = logging.getLogger(__name__)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    session_id TEXT,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
    comment TEXT,
    turn INTEGER
)
"""
# One vote per answer: a second vote on the same turn of a session changes the first.
_TURN_INDEX = ("CREATE UNIQUE INDEX IF NOT EXISTS feedback_turn ON feedback (session_id, turn) "
               "WHERE turn IS NOT NULL")
COLUMNS = ("id", "created_at", "session_id", "question", "answer_json", "rating", "comment",
           "turn")
MAX_COMMENT_CHARS = 1000
# Spreadsheet programs evaluate cells starting with these (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class FeedbackStore:
    """Append-only feedback table; one connection per call, safe across threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problem: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._create()
        except (sqlite3.DatabaseError, OSError) as exc:
            self._failed(exc)

    def add(self, session_id: str | None, question: str, answer_json: str, rating: str,
            comment: str | None) -> bool:
        """Store one vote; False when it could not be saved (the reason is in ``problem``)."""
        if rating not in ("up", "down"):
            raise ValueError("rating must be 'up' or 'down'")
        row = (datetime.now(UTC).isoformat(timespec="seconds"), session_id, question,
               answer_json, rating, (comment or "").strip()[:MAX_COMMENT_CHARS] or None)
        return self._write("INSERT INTO feedback (created_at, session_id, question, "
                           "answer_json, rating, comment) VALUES (?, ?, ?, ?, ?, ?)", row)

    def vote(self, session_id: str, turn: int, question: str, answer_json: str,
             rating: str) -> bool:
        """Record or change the vote on one answer of a session (its comment is kept)."""
        if rating not in ("up", "down"):
            raise ValueError("rating must be 'up' or 'down'")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        return self._write(
            "INSERT INTO feedback (created_at, session_id, question, answer_json, rating, turn) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, turn) WHERE turn IS NOT NULL "
            "DO UPDATE SET rating = excluded.rating, created_at = excluded.created_at, "
            "question = excluded.question, answer_json = excluded.answer_json",
            (now, session_id, question, answer_json, rating, turn))

    def comment(self, session_id: str, turn: int, text: str) -> bool:
        """Attach a comment to the vote already given on that answer."""
        cleaned = (text or "").strip()[:MAX_COMMENT_CHARS] or None
        return self._write("UPDATE feedback SET comment = ? WHERE session_id = ? AND turn = ?",
                           (cleaned, session_id, turn))

    def detach(self, session_id: str) -> bool:
        """A cleared conversation: its votes stay, no longer tied to positions a new one reuses."""
        return self._write("UPDATE feedback SET turn = NULL WHERE session_id = ?", (session_id,))

    def votes(self, session_id: str) -> dict[int, str]:
        """The rating given to each answer (by turn) of a session."""
        try:
            with connection(self.path) as db:
                rows = db.execute("SELECT turn, rating FROM feedback WHERE session_id = ? AND "
                                  "turn IS NOT NULL", (session_id,)).fetchall()
        except (sqlite3.DatabaseError, OSError) as exc:
            self._failed(exc)
            return {}
        return {int(turn): str(rating) for turn, rating in rows}

    def _write(self, sql: str, row: tuple[object, ...]) -> bool:
        for _attempt in range(2):
            try:
                with connection(self.path) as db:
                    db.execute(sql, row)
                self.problem = None
                return True
            except (sqlite3.DatabaseError, OSError) as exc:
                if not self._failed(exc):
                    return False
        return False

    def rows(self) -> list[tuple[object, ...]]:
        """All feedback, oldest first."""
        with connection(self.path) as db:
            return db.execute(f"SELECT {', '.join(COLUMNS)} FROM feedback ORDER BY id").fetchall()

    def export_csv(self) -> str:
        """CSV with a header row (UTF-8; opens in spreadsheet tools without running formulas)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(COLUMNS)
        writer.writerows([neutralise(cell) for cell in row] for row in self.rows())
        return buffer.getvalue()

    def _create(self) -> None:
        with connection(self.path) as db:
            db.execute(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(feedback)")}
            if "turn" not in columns:  # a file from before per-answer votes
                db.execute("ALTER TABLE feedback ADD COLUMN turn INTEGER")
            db.execute(_TURN_INDEX)

    def _failed(self, error: BaseException) -> bool:
        """Recover a corrupt file (True: try again) or record why feedback cannot be saved."""
        if isinstance(error, sqlite3.DatabaseError) and is_corruption(error):
            moved = quarantine(self.path)
            if moved is not None:
                _LOG.error("反馈数据库损坏，已移至 %s 并重建", moved)
                try:
                    self._create()
                    return True
                except sqlite3.DatabaseError as again:
                    error = again
        self.problem = f"反馈存储不可用（{error}）"
        _LOG.error("%s: %s", self.path, self.problem)
        return False


def neutralise(cell: object) -> object:
    """Prefix a text cell a spreadsheet would treat as a formula with an apostrophe."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_STARTS):
        return "'" + cell
    return cell
