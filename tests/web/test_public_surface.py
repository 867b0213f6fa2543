"""Every finding of the public-surface review, reproduced against a real ``serve`` on loopback.

Each test performs the attack or fault as the review did and asserts the server
now refuses it (or degrades) with a Chinese message — never a 5xx, a leak or a
traceback. The server runs as an unprivileged user when the tests run as root.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.config import Settings
from app.retrieval.hybrid import HybridSearcher
from tests.web.server_support import (
    PROJECT_ROOT,
    RunningServer,
    can_mount_state,
    fn_index,
    gradio_event,
    running_server,
)

pytestmark = pytest.mark.slow
CRO_QUESTION = "我们是CRO企业，去年服务金额837万元，能拿多少？"
FILE_HISTORY = [{"role": "user", "content": [{"file": {
    "path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, "type": "file"}]}]


@pytest.fixture(scope="module")
def index_source(settings: Settings, searcher: HybridSearcher) -> Path:
    return settings.index_dir


@pytest.fixture(scope="module")
def server(index_source: Path) -> Iterator[RunningServer]:
    with running_server(index_source) as running:
        yield running


def _client(server: RunningServer) -> httpx.Client:
    return httpx.Client(base_url=server.url, trust_env=False, timeout=30)


def _ask(client: httpx.Client, question: str, session_id: str | None = None) -> dict[str, object]:
    response = client.post("/api/ask", json={"question": question, "session_id": session_id})
    assert response.status_code == 200, response.text
    return dict(response.json())


# -- critical: files the server can read ---------------------------------------------------


def test_a_history_naming_a_file_reads_nothing(server: RunningServer) -> None:
    with _client(server) as client:
        # The review's exact call: Gradio's chat endpoint with a history holding a FileData.
        call = client.post("/gradio_api/call/chat", json={"data": ["x", FILE_HISTORY, "a"]})
        assert call.status_code == 404 and "root:" not in call.text
        client.get("/")  # a page load gives this client its session cookie
        config = client.get("/config").json()
        for dependency in config["dependencies"]:
            for smuggled in ([{"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}],
                             ["x", FILE_HISTORY, "a"], [{"nested": ["/etc/passwd"]}]):
                joined = client.post("/gradio_api/queue/join", json={
                    "data": smuggled, "fn_index": dependency["id"], "session_hash": "attacker1",
                    "event_data": None, "trigger_id": None})
                assert joined.status_code == 400, (dependency.get("api_name"), joined.text)
                assert "请求格式有误" in joined.json()["error"]
        # The same FileData written with JSON escapes is still refused.
        escaped = (b'{"data":[{"path":"/etc/passwd","meta":{"_type":"gradio.File\\u0044ata"}}],'
                   b'"fn_index":1,"session_hash":"attacker1"}')
        joined = client.post("/gradio_api/queue/join", content=escaped,
                             headers={"content-type": "application/json"})
        assert joined.status_code == 400
        for path in ("/gradio_api/file=/etc/passwd", "/file=/etc/passwd",
                     f"/gradio_api/file={server.state_dir}/sessions.sqlite3",
                     "/gradio_api/upload", "/gradio_api/monitoring", "/gradio_api/runs"):
            assert client.get(path).status_code == 404
        assert client.post("/gradio_api/upload", files={"files": ("a.txt", b"x")}).status_code \
            == 404


def test_the_chat_event_takes_only_the_question(server: RunningServer) -> None:
    with _client(server) as client:
        client.get("/")
        shown = gradio_event(client, "ask", ["1类化学药进入Ⅱ期临床有多少奖励？"])
        rendered = str(shown[0])
        assert "100万元" in rendered and "/gradio_api/file=" not in rendered
        # The history the page shows comes from the server, not from what the page sent.
        assert client.post("/gradio_api/queue/join", json={
            "data": ["x", FILE_HISTORY], "fn_index": fn_index(server.url, "ask"),
            "session_hash": "attacker2"}).status_code == 400


# -- sessions --------------------------------------------------------------------------------


def test_a_stranger_cannot_read_overwrite_or_reset_a_session(server: RunningServer) -> None:
    with _client(server) as victim, _client(server) as stranger:
        first = _ask(victim, CRO_QUESTION)
        victim_id = str(first["session_id"])
        assert len(victim_id) == 43
        # Guessing ids gets a fresh session, never the victim's figures.
        near = victim_id[:-1] + ("B" if victim_id.endswith("A") else "A")
        for guess in ("s1", "web-1", near, "cli:s1", "x" * 43):
            answer = _ask(stranger, "那如果是900万呢？", guess)
            assert answer["session_id"] not in (guess, victim_id)
            assert "837万" not in str(answer["answer"])
        # A stranger's web session, reset and feedback touch only the stranger's own.
        stranger.cookies.set("pa_sid", "s1", domain="127.0.0.1")
        stranger.get("/")
        assert stranger.cookies.get("pa_sid", domain="127.0.0.1") not in ("s1", victim_id)
        gradio_event(stranger, "reset", [], session_hash="stranger01")
        assert gradio_event(stranger, "restore", [], session_hash="stranger02")[0] == []
        # The victim's conversation is intact and continues with its own facts.
        follow = _ask(victim, "那如果是900万呢？", victim_id)
        assert follow["session_id"] == victim_id
        assert follow["calculation"]["amount_yuan"] == 1_800_000  # type: ignore[index]


def test_page_commands_touch_only_the_callers_session(server: RunningServer) -> None:
    """The cards' bridge (vote, comment, forget) acts on the cookie's session, nothing else."""
    with _client(server) as owner, _client(server) as other:
        owner.get("/")
        gradio_event(owner, "ask", [CRO_QUESTION], session_hash="bridge001")
        other.get("/")
        for command in ("forget:figure:0", "forget:fact:drug_class", "vote:0:up",
                        "comment:0:hi", "vote:-1:up", "vote:0:maybe", "'; DROP TABLE x;--",
                        "forget:" + "x" * 3000):
            note = gradio_event(other, "apply_command", [command], session_hash="bridge002")
            assert "已记录" not in str(note[2]) and "Traceback" not in str(note)
        restored = gradio_event(owner, "restore", [], session_hash="bridge003")
        assert "837万" in str(restored[1])  # the owner's remembered figure is still there
        note = gradio_event(owner, "apply_command", ["vote:0:up"], session_hash="bridge004")
        assert "已记录" in str(note[2])


def test_the_web_page_restores_only_its_own_history(server: RunningServer) -> None:
    with _client(server) as owner, _client(server) as other:
        owner.get("/")
        gradio_event(owner, "ask", [CRO_QUESTION], session_hash="owner0001")
        restored = gradio_event(owner, "restore", [], session_hash="owner0002")
        assert "837万" in str(restored[0])
        other.get("/")
        assert gradio_event(other, "restore", [], session_hash="other0001")[0] == []


# -- bounded requests --------------------------------------------------------------------


def test_bodies_are_bounded_and_errors_do_not_echo(server: RunningServer) -> None:
    with _client(server) as client:
        started = time.monotonic()
        big = client.post("/api/ask", content=b'{"question": "' + b"a" * 10_000_000 + b'"}',
                          headers={"content-type": "application/json"})
        assert big.status_code == 413 and len(big.content) < 500
        assert "请求内容过大" in big.json()["error"] and time.monotonic() - started < 10
        marker = "ECHO-MARKER-" * 100
        bad = client.post("/api/ask", json={"question": ["not", "text", marker]})
        assert bad.status_code == 422 and marker not in bad.text and len(bad.content) < 2000
        assert "请求格式有误" in bad.json()["error"]
        huge_hash = client.post("/gradio_api/queue/join", json={
            "data": ["x"], "fn_index": 1, "session_hash": "h" * 10_000})
        assert huge_hash.status_code == 400
        typed_hash = client.post("/gradio_api/queue/join", json={
            "data": ["x"], "fn_index": 1, "session_hash": {"a": 1}})
        assert typed_hash.status_code == 400
        long_question = _ask(client, "药" * 2500)
        assert long_question["status"] == "needs_info" and "问题过长" in str(
            long_question["answer"])


def test_malformed_input_gets_4xx_in_chinese(server: RunningServer) -> None:
    cases = [b'{"question": "\\ud800"}', b'{"question": NaN}', b'{"question": Infinity}',
             b'{"question": "ok", "session_id": NaN}', b'{"question": "\xff\xfe"}',
             b"not json", b"[]", b'{"question": null}']
    with _client(server) as client:
        for body in cases:
            response = client.post("/api/ask", content=body,
                                   headers={"content-type": "application/json"})
            assert 400 <= response.status_code < 500, (body, response.status_code)
            error = response.json()["error"]
            assert "请求格式有误" in error or "无法识别的字符" in error


def test_rate_limit_answers_429_in_chinese(index_source: Path) -> None:
    limits = {"POLICY_ASSISTANT_RATE_LIMIT_PER_MINUTE": "6",
              "POLICY_ASSISTANT_RATE_LIMIT_BURST": "3"}
    with running_server(index_source, limits) as limited, _client(limited) as client:
        session = _ask(client, "征求意见稿现在生效了吗？")["session_id"]
        statuses = [client.post("/api/ask", json={"question": "你好",
                                                  "session_id": session}).status_code
                    for _ in range(5)]
        assert statuses[:2] == [200, 200] and statuses[-1] == 429
        refused = client.post("/api/ask", json={"question": "你好", "session_id": session})
        assert refused.status_code == 429 and "请求过于频繁" in refused.json()["error"]
        assert int(refused.headers["retry-after"]) >= 1


# -- faults that degrade -----------------------------------------------------------------


def _failing_state(kind: str) -> dict[str, object]:
    """How to give the server a read-only or full state directory on this machine."""
    if can_mount_state():
        return {"state_mount": kind}
    if os.geteuid() != 0 and kind == "readonly":
        return {"prepare_state": lambda d: d.chmod(0o555)}  # modes bind non-root users
    pytest.skip("needs root with unshare -m (or a non-root user) to fail the state directory")


@pytest.mark.parametrize("kind", ["readonly", "full"])
def test_failing_state_directory_still_answers(index_source: Path, kind: str) -> None:
    with running_server(index_source, **_failing_state(kind)) as failing, \
            _client(failing) as client:  # type: ignore[arg-type]
        first = _ask(client, CRO_QUESTION)
        assert first["calculation"]["amount_yuan"] == 1_674_000  # type: ignore[index]
        session = str(first["session_id"])
        for amount, expected in (("900万", 1_800_000), ("950万", 1_900_000),
                                 ("1000万", 2_000_000)):
            follow = _ask(client, f"那如果是{amount}呢？", session)
            assert follow["session_id"] == session  # sessions carry on, in memory
            assert follow["calculation"]["amount_yuan"] == expected  # type: ignore[index]
        health = client.get("/healthz").json()
        assert health["status"] == "degraded" and any("会话" in r for r in health["reasons"])
        client.get("/")
        gradio_event(client, "ask", [CRO_QUESTION], session_hash="failing01")
        note = gradio_event(client, "apply_command", ["vote:0:up"], session_hash="failing02")
        assert "已记录" in str(note[2]) or "无法保存" in str(note[2])
        assert "Traceback" not in failing.output()


def test_corrupt_sessions_database_is_moved_aside(index_source: Path) -> None:
    def corrupt(state_dir: Path) -> None:
        (state_dir / "sessions.sqlite3").write_bytes(b"this is not a database" * 100)
        (state_dir / "feedback.sqlite3").write_bytes(b"garbage" * 100)

    with running_server(index_source, prepare_state=corrupt) as server, \
            _client(server) as client:
        answer = _ask(client, CRO_QUESTION)
        assert answer["calculation"]["amount_yuan"] == 1_674_000  # type: ignore[index]
        assert client.get("/healthz").json()["status"] == "ok"
        moved = sorted(p.name for p in server.state_dir.glob("*.corrupt-*"))
        assert any(name.startswith("sessions.sqlite3.corrupt-") for name in moved)
        with sqlite3.connect(server.state_dir / "sessions.sqlite3") as db:
            assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] >= 1


def test_cli_ask_survives_a_corrupt_sessions_database(settings: Settings,
                                                      searcher: HybridSearcher,
                                                      tmp_path: Path) -> None:
    (tmp_path / "sessions.sqlite3").write_bytes(b"\x00garbage" * 200)
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "POLICY_ASSISTANT_STATE_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "app", "ask", CRO_QUESTION, "--session", "s1"],
                          env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr
    assert "167.4万" in done.stdout


def test_invalid_utf8_on_the_cli_gets_a_message(settings: Settings,
                                                searcher: HybridSearcher) -> None:
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "POLICY_ASSISTANT_STATE_DIR": str(settings.state_dir)}
    for command in (["ask"], ["search"]):
        done = subprocess.run([sys.executable, "-m", "app", *command, "\udcff\udcfe药"],
                              env=env, cwd=PROJECT_ROOT, capture_output=True, timeout=120)
        assert done.returncode == 2 and b"Traceback" not in done.stderr
        assert "无法识别的字符" in done.stderr.decode()


# -- retention and export ----------------------------------------------------------------


def test_expired_sessions_are_purged_on_schedule(index_source: Path) -> None:
    short = {"POLICY_ASSISTANT_SESSION_TTL_SECONDS": "2",
             "POLICY_ASSISTANT_SINGLE_TURN_TTL_SECONDS": "2",
             "POLICY_ASSISTANT_PURGE_INTERVAL_SECONDS": "1"}
    with running_server(index_source, short) as server, _client(server) as client:
        _ask(client, CRO_QUESTION)
        database = server.state_dir / "sessions.sqlite3"
        with sqlite3.connect(database) as db:
            assert db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            with sqlite3.connect(database) as db:
                if db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0:
                    break
            time.sleep(0.5)
        else:
            pytest.fail("expired session was not purged")


def test_feedback_export_neutralises_formulas(server: RunningServer) -> None:
    with _client(server) as client:
        client.get("/")
        gradio_event(client, "ask", ["=HYPERLINK(\"http://evil\")共享平台最高多少"],
                     session_hash="formula01")
        gradio_event(client, "apply_command", ["vote:0:down"], session_hash="formula02")
        note = gradio_event(client, "apply_command", ["comment:0:@SUM(1+1)*cmd|' /C calc'!A0"],
                            session_hash="formula03")
        assert "已记录" in str(note[2])
    done = subprocess.run([sys.executable, "-m", "app", "feedback", "export", "--csv"],
                          env=server.env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=60)
    rows = list(csv.reader(io.StringIO(done.stdout)))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK") for cell in cells)
    assert any(cell.startswith("'@SUM") for cell in cells)
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)


# -- headers, docs, CORS, endpoints --------------------------------------------------------


def test_headers_docs_cors_and_endpoints(server: RunningServer) -> None:
    with _client(server) as client:
        page = client.get("/")
        csp = page.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "'nonce-" in csp
        nonce = csp.split("'nonce-")[1].split("'")[0]
        assert f'<script nonce="{nonce}"' in page.text and "<script>" not in page.text
        for response in (page, client.get("/healthz"), client.get("/nowhere")):
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["x-request-id"]
        cookie = page.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
        assert "cdn" not in page.text.lower()
        preflight = client.options("/api/ask", headers={
            "origin": "https://evil.example", "access-control-request-method": "POST"})
        assert "access-control-allow-origin" not in preflight.headers
        cross = client.post("/api/ask", json={"question": "你好"},
                            headers={"origin": "http://localhost:9999"})
        assert "access-control-allow-origin" not in cross.headers
        config = client.get("/config").json()
        assert config["show_error"] is False
        public = [d.get("api_name") for d in config["dependencies"]
                  if d.get("api_visibility") != "private"]
        assert public == ["ask_json"]
        info = client.get("/gradio_api/info").json()
        assert list(info["named_endpoints"]) == ["/ask_json"]
        schema = client.get("/openapi.json").json()
        assert set(schema["paths"]) == {"/api/ask", "/healthz"}


def test_schemathesis_finds_no_server_error(server: RunningServer) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", f"{server.url}/openapi.json",
         "--checks", "not_a_server_error", "--max-examples", "80", "--seed", "20261201",
         "--request-timeout", "30", "--no-color"],
        capture_output=True, text=True, timeout=600, cwd=PROJECT_ROOT,
        env={**os.environ, "NO_PROXY": "127.0.0.1,localhost"})
    assert done.returncode == 0, done.stdout[-3000:]
    assert "No issues found" in done.stdout


def test_ingest_force_under_load_swaps_without_errors(index_source: Path,
                                                      tmp_path: Path) -> None:
    import shutil

    from app.evaluation.serve_load import run_serve_load

    index_dir = tmp_path / "index"
    shutil.copytree(index_source, index_dir)
    report = run_serve_load(Settings(index_dir=index_dir), clients=32, duration_s=20,
                            think_ms=700, ingest_during=True)
    assert "errors: 0 " in report, report
    assert "ingest --force during the load: exit 0" in report, report
    assert "swapped without restart" in report and "amount 1000000" in report, report
    # The old build was released by the server and removed by a later cleanup.
    builds = [p for p in index_dir.glob("build-*") if p.is_dir()]
    assert len(builds) <= 2


def test_another_session_cannot_read_an_event_stream(server: RunningServer) -> None:
    with _client(server) as owner, _client(server) as eavesdropper:
        owner.get("/")
        eavesdropper.get("/")
        gradio_event(owner, "ask", [CRO_QUESTION], session_hash="bound00001")
        stream = eavesdropper.get("/gradio_api/queue/data", params={"session_hash": "bound00001"})
        assert stream.status_code == 403 and "837" not in stream.text
        hijack = eavesdropper.post("/gradio_api/queue/join", json={
            "data": ["你好"], "fn_index": fn_index(server.url, "ask"),
            "session_hash": "bound00001"})
        assert hijack.status_code == 403
        # The owner keeps using its stream.
        assert "167.4万" in str(gradio_event(owner, "ask", ["那就按837万算"],
                                             session_hash="bound00001")[0])
