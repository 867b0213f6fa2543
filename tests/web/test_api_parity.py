"""The HTTP API and Gradio's client API return the same Answer JSON as ``ask --json``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow
QUESTION = "我们是CRO企业，去年服务金额800万元，能拿多少？"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {**os.environ,
            "POLICY_ASSISTANT_INDEX_DIR": str(tmp_path_factory.mktemp("api-idx")),
            "POLICY_ASSISTANT_STATE_DIR": str(tmp_path_factory.mktemp("api-state")),
            "GRADIO_ANALYTICS_ENABLED": "False", "NO_PROXY": "127.0.0.1,localhost"}


@pytest.fixture(scope="module")
def server(server_env: dict[str, str]) -> Iterator[str]:
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", str(port)],
                               env=server_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("server did not start")
    yield url
    process.terminate()
    process.wait(timeout=20)


def _cli_answer(question: str, env: dict[str, str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "app", "ask", question, "--json"], env=env,
                          capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    return dict(json.loads(done.stdout))


def test_http_gradio_client_and_cli_agree(server: str, server_env: dict[str, str]) -> None:
    from gradio_client import Client

    over_http = httpx.post(f"{server}/api/ask", json={"question": QUESTION},
                           trust_env=False, timeout=30).json()
    over_gradio = Client(server, verbose=False).predict(QUESTION, None, api_name="/ask_json")
    from_cli = _cli_answer(QUESTION, server_env)
    # Each surface issues its own session (the CLI's one-off question has none); the rest of
    # the answer is the same object.
    issued = [over_http.pop("session_id"), over_gradio.pop("session_id")]
    assert all(isinstance(s, str) and len(s) == 43 for s in issued) and issued[0] != issued[1]
    assert from_cli.pop("session_id") is None
    assert over_http == over_gradio == from_cli
    assert over_http["calculation"]["amount_yuan"] == 1600000


def test_malformed_body_gets_a_4xx_json_error(server: str) -> None:
    response = httpx.post(f"{server}/api/ask", json={"q": "missing question"}, trust_env=False)
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()
    assert "请求格式有误" in response.json()["error"]
    response = httpx.post(f"{server}/api/ask", content=b"not json",
                          headers={"content-type": "application/json"}, trust_env=False)
    assert 400 <= response.status_code < 500
    assert "请求格式有误" in response.json()["error"]


def test_too_long_question_gets_a_chinese_message(server: str) -> None:
    answer = httpx.post(f"{server}/api/ask", json={"question": "药" * 2500},
                        trust_env=False, timeout=30).json()
    assert answer["status"] == "needs_info"
    assert "2000" in answer["answer"] and "问题过长" in answer["answer"]


def test_openapi_schema_lists_ask(server: str) -> None:
    schema = httpx.get(f"{server}/openapi.json", trust_env=False).json()
    assert "/api/ask" in schema["paths"]


def test_load_32_clients_without_errors(server: str) -> None:
    from app.evaluation.load_test import run_load_test

    summary = run_load_test(server, clients=32, questions_per_client=5, time_limit_s=120)
    assert "errors: 0" in summary
