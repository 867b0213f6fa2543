"""``python -m app ask``: one contract Answer as JSON, and sessions that span processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from app.assistant.service import PolicyAssistant
from app.config import PROJECT_ROOT, Settings

pytestmark = pytest.mark.slow

ANSWER_KEYS = {"status", "answer", "citations", "calculation", "follow_up", "sources_checked"}
CITATION_KEYS = {"doc_id", "article", "item", "heading", "text"}
CALCULATION_KEYS = {"rule_id", "amount_yuan", "kind", "formula", "inputs"}


@pytest.fixture(scope="module")
def cli_env(settings: Settings, assistant: PolicyAssistant) -> dict[str, str]:
    """The session's index (already built by ``assistant``) and state, for subprocesses."""
    return {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(settings.index_dir),
            "POLICY_ASSISTANT_STATE_DIR": str(settings.state_dir),
            "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}


def _ask(env: dict[str, str], question: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "ask", question, *extra], env=env,
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=180,
                          check=False)


def test_ask_json_prints_one_contract_answer(cli_env: dict[str, str]) -> None:
    done = _ask(cli_env, "我们单品种年产值首次突破5亿元，有什么奖励？", "--json")
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    answer = json.loads(lines[0])
    assert ANSWER_KEYS <= set(answer)
    assert answer["status"] == "answered"
    assert answer["follow_up"] is None
    assert answer["sources_checked"] == ["changping-zone-draft", "changping-2026-2028"]
    assert CALCULATION_KEYS <= set(answer["calculation"])
    assert answer["calculation"]["amount_yuan"] == 2_000_000
    assert answer["calculation"]["kind"] == "fixed"
    citation = answer["citations"][0]
    assert CITATION_KEYS <= set(citation)
    assert (citation["doc_id"], citation["article"], citation["item"]) == (
        "changping-zone-draft", "第十二条", "（三）")
    assert "征求意见稿" in answer["answer"]


def test_session_continues_across_two_processes(cli_env: dict[str, str]) -> None:
    session = f"cli-{uuid.uuid4().hex[:12]}"
    first = _ask(cli_env, "我们做的是1类中药", "--json", "--session", session)
    assert first.returncode == 0, first.stderr
    asked = json.loads(first.stdout)
    assert asked["status"] == "needs_info"
    assert "临床试验阶段" in asked["follow_up"]

    second = _ask(cli_env, "现在进Ⅲ期了，奖励多少？", "--session", session)
    assert second.returncode == 0, second.stderr
    # Plain mode: the answer text, then each citation with its exact sentence. The drug
    # class comes only from the first process's turn.
    assert "可获得 200万元（定额）" in second.stdout
    assert "条件 ✔ 满足：属于1类生物制品、1类化学药或1类中药" in second.stdout
    assert "[changping-zone-draft 第五条（一）]" in second.stdout
