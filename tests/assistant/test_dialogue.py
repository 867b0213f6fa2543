"""Multi-turn dialogue: follow-ups, memory across turns, persistence in SQLite, expiry."""

from __future__ import annotations

import dataclasses
import time
import uuid
from pathlib import Path

from app.assistant.service import PolicyAssistant
from app.assistant.sessions import SessionState, SessionStore
from app.config import Settings

CLASS_MET = "条件 ✔ 满足：属于1类生物制品、1类化学药或1类中药"


def _sid() -> str:
    return f"test-{uuid.uuid4().hex}"


def test_missing_service_value_is_asked_for_then_used(assistant: PolicyAssistant) -> None:
    session = _sid()
    first = assistant.answer(session, "我们是CRO企业，能拿多少？")
    assert first.status == "needs_info"
    assert first.follow_up is not None and "服务金额" in first.follow_up
    assert first.calculation is not None and first.calculation.amount_yuan is None
    assert first.follow_up in first.answer

    second = assistant.answer(session, "去年服务金额800万")
    assert second.status == "answered"
    assert second.calculation is not None
    assert (second.calculation.rule_id, second.calculation.amount_yuan,
            second.calculation.kind) == ("zone-15-1-outsourcing-services", 1_600_000,
                                         "upper_bound")
    assert second.follow_up is None


def test_bare_figure_answers_the_follow_up(assistant: PolicyAssistant) -> None:
    session = _sid()
    assert assistant.answer(session, "我们是CRO企业，能拿多少？").status == "needs_info"
    answer = assistant.answer(session, "800万")
    assert answer.status == "answered"
    assert answer.calculation is not None and answer.calculation.amount_yuan == 1_600_000


def test_short_figure_answers_the_platform_follow_up(assistant: PolicyAssistant) -> None:
    session = _sid()
    assert assistant.answer(session, "共享服务平台能拿多少？").status == "needs_info"
    answer = assistant.answer(session, "投了1亿")
    assert answer.status == "answered"
    assert answer.calculation is not None
    assert (answer.calculation.rule_id, answer.calculation.amount_yuan) == (
        "zone-15-2-shared-platform", 30_000_000)


def test_drug_class_remembered_for_the_stage_question(assistant: PolicyAssistant) -> None:
    session = _sid()
    first = assistant.answer(session, "我们做的是1类中药")
    assert first.status == "needs_info"
    assert first.follow_up is not None and "临床试验阶段" in first.follow_up
    second = assistant.answer(session, "现在进Ⅲ期了，奖励多少？")
    assert second.status == "answered"
    assert second.calculation is not None
    assert (second.calculation.amount_yuan, second.calculation.kind) == (2_000_000, "fixed")
    assert CLASS_MET in second.answer


def test_varieties_added_in_a_later_turn(assistant: PolicyAssistant) -> None:
    session = _sid()
    assert assistant.answer(session, "我们的1类化学药进入Ⅱ期了").calculation.amount_yuan == \
        1_000_000  # type: ignore[union-attr]
    later = assistant.answer(session, "有3个品种")
    assert later.calculation is not None and later.calculation.amount_yuan == 3_000_000


def test_sme_facts_gathered_over_two_turns(assistant: PolicyAssistant) -> None:
    session = _sid()
    first = assistant.answer(session, "中小微企业，上一年度营业收入2000万，上两年研发投入1200万，"
                                      "研发投入连续三年正增长")
    assert first.status == "needs_info"
    assert first.follow_up is not None and "上一年度研发投入" in first.follow_up
    second = assistant.answer(session, "去年研发投入500万")
    assert second.calculation is not None and second.calculation.amount_yuan == 500_000


def test_a_new_topic_is_not_stuck_to_the_old_one(assistant: PolicyAssistant) -> None:
    session = _sid()
    assistant.answer(session, "我们是CRO企业")
    switched = assistant.answer(session, "那1类新药进入Ⅱ期呢？")
    assert switched.calculation is not None
    assert (switched.calculation.rule_id, switched.calculation.amount_yuan) == (
        "zone-5-1-clinical-entry", 1_000_000)


def test_a_corrected_figure_with_its_cue_replaces_the_old_one(assistant: PolicyAssistant) -> None:
    session = _sid()
    assistant.answer(session, "我们是CRO企业，去年服务金额800万")
    again = assistant.answer(session, "如果服务金额是1000万呢？")
    assert again.calculation is not None and again.calculation.amount_yuan == 2_000_000


def test_a_corrected_figure_without_cue_replaces_the_old_one(assistant: PolicyAssistant) -> None:
    session = _sid()
    assistant.answer(session, "我们单品种年产值首次突破5亿元，有什么奖励？")
    again = assistant.answer(session, "那如果是10亿呢？")
    assert again.calculation is not None
    assert again.calculation.amount_yuan == 5_000_000


def test_sessions_do_not_leak_into_each_other(assistant: PolicyAssistant) -> None:
    one, other = _sid(), _sid()
    assistant.answer(one, "我们做的是1类中药")
    answer = assistant.answer(other, "现在进Ⅲ期了，奖励多少？")
    assert CLASS_MET not in answer.answer
    assert not (answer.calculation and answer.calculation.inputs.get("drug_class"))


def test_one_off_questions_remember_nothing(assistant: PolicyAssistant) -> None:
    assistant.answer(None, "我们做的是1类中药")
    answer = assistant.answer(None, "去年服务金额800万")
    assert not (answer.calculation and answer.calculation.rule_id == "zone-5-1-clinical-entry")


def test_clear_forgets_the_conversation(assistant: PolicyAssistant) -> None:
    session = _sid()
    assistant.answer(session, "我们是CRO企业，能拿多少？")
    assistant.clear(session)
    assert assistant.parts.sessions.load(session) == SessionState()


def test_a_new_assistant_continues_the_conversation(assistant: PolicyAssistant,
                                                    settings: Settings) -> None:
    session = _sid()
    assert assistant.answer(session, "我们做的是1类中药").status == "needs_info"
    reopened = SessionStore(settings.state_dir / "sessions.sqlite3")
    fresh = PolicyAssistant(dataclasses.replace(assistant.parts, sessions=reopened))
    answer = fresh.answer(session, "现在进Ⅲ期了，奖励多少？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 2_000_000
    assert CLASS_MET in answer.answer


def test_session_state_round_trips_through_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    SessionStore(path).save("s1", SessionState({"drug_class": 1, "clinical_stage": "III"},
                                               ["zone-5-1-clinical-entry"]))
    loaded = SessionStore(path).load("s1")
    assert loaded.facts == {"drug_class": 1, "clinical_stage": "III"}
    assert loaded.topic_rule_ids == ["zone-5-1-clinical-entry"]


def test_sessions_expire_after_inactivity(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "sessions.sqlite3", ttl_seconds=0.2)
    store.save("s1", SessionState({"drug_class": 1}, []))
    assert store.load("s1").facts == {"drug_class": 1}
    time.sleep(0.3)
    assert store.load("s1") == SessionState()
    assert store.purge_expired() == 1


def test_expired_session_starts_afresh_in_the_assistant(assistant: PolicyAssistant,
                                                        tmp_path: Path) -> None:
    short = SessionStore(tmp_path / "short.sqlite3", ttl_seconds=0.2)
    forgetful = PolicyAssistant(dataclasses.replace(assistant.parts, sessions=short))
    session = _sid()
    forgetful.answer(session, "我们做的是1类中药")
    assert forgetful.parts.sessions.load(session).facts.get("drug_class") == 1
    time.sleep(0.3)
    answer = forgetful.answer(session, "现在进Ⅲ期了，奖励多少？")
    assert CLASS_MET not in answer.answer
    assert not (answer.calculation and answer.calculation.inputs.get("drug_class"))
