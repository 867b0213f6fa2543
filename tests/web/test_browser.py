"""Browser tests: the real app in a real headless Chromium (Debian's), driven by Playwright.

Screenshots of each tab are saved under test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="Debian chromium not installed (make test installs it)")]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    state_dir = tmp_path_factory.mktemp("browser-state")
    port = _free_port()
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(tmp_path_factory.mktemp("idx")),
           "POLICY_ASSISTANT_STATE_DIR": str(state_dir), "GRADIO_ANALYTICS_ENABLED": "False",
           "NO_PROXY": "127.0.0.1,localhost"}
    process = subprocess.Popen([sys.executable, "-m", "app", "serve", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("server did not start: " + (process.stdout.read() or b"").decode()[-2000:])
    yield url, state_dir
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def page(app_server: tuple[str, Path]) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    url, _ = app_server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="zh-CN")
        outside: list[str] = []
        context.on("request", lambda request: outside.append(request.url)
                   if not request.url.startswith((url, "data:", "blob:")) else None)
        tab = context.new_page()
        tab.goto(url)
        tab.wait_for_selector("#chat-input textarea", timeout=60_000)
        yield tab
        assert outside == [], f"page fetched from outside localhost: {outside[:5]}"
        browser.close()


def _ask(page: object, question: str) -> None:
    page.fill("#chat-input textarea", question)  # type: ignore[attr-defined]
    page.click("#chat-send")  # type: ignore[attr-defined]


def test_chat_shows_amount_and_citation(page: object) -> None:
    _ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    chat = page.locator("#chat")  # type: ignore[attr-defined]
    chat.get_by_text("160万元", exact=False).first.wait_for(timeout=30_000)
    assert "第十五条（一）" in chat.inner_text()
    assert "可获支持" in chat.inner_text()
    assert "征求意见稿" in chat.inner_text()
    page.screenshot(path=str(ARTIFACTS / "tab-chat.png"), full_page=True)  # type: ignore[attr-defined]


def test_citation_source_text_opens(page: object) -> None:
    citation = page.locator("details.citation").last  # type: ignore[attr-defined]
    citation.locator("summary").click()
    quote = citation.locator("blockquote.citation-text")
    quote.wait_for(state="visible", timeout=10_000)
    assert "年度实际服务金额的20%" in quote.inner_text()


def test_feedback_with_comment_lands_in_sqlite(page: object,
                                               app_server: tuple[str, Path]) -> None:
    _, state_dir = app_server
    page.fill("#feedback-comment textarea", "金额写得很清楚，但想看申报材料")  # type: ignore[attr-defined]
    page.click("#feedback-down")  # type: ignore[attr-defined]
    page.get_by_text("感谢反馈").wait_for(timeout=10_000)  # type: ignore[attr-defined]
    with sqlite3.connect(state_dir / "feedback.sqlite3") as db:
        rows = db.execute("SELECT rating, comment, question, answer_json FROM feedback").fetchall()
    assert rows and rows[-1][0] == "down"
    assert rows[-1][1] == "金额写得很清楚，但想看申报材料"
    assert "800万" in rows[-1][2] and '"amount_yuan":1600000' in rows[-1][3]


def test_calculator_form_lists_matching_rules(page: object) -> None:
    page.get_by_role("tab", name="政策计算器").click()  # type: ignore[attr-defined]
    page.fill("#calc-service_value_yuan textarea, #calc-service_value_yuan input",  # type: ignore[attr-defined]
              "800万")
    page.click("#calc-run")  # type: ignore[attr-defined]
    result = page.locator("#calc-result")  # type: ignore[attr-defined]
    result.get_by_text("CRO、CDMO、CMO合同外包服务机构支持").wait_for(timeout=15_000)
    assert "160万元" in result.inner_text()
    page.fill("#calc-service_value_yuan textarea, #calc-service_value_yuan input",  # type: ignore[attr-defined]
              "1000万")
    page.click("#calc-run")  # type: ignore[attr-defined]
    result.get_by_role("cell", name="200万元").wait_for(timeout=15_000)
    page.screenshot(path=str(ARTIFACTS / "tab-calculator.png"), full_page=True)  # type: ignore[attr-defined]


def test_browse_tab_shows_both_documents(page: object) -> None:
    page.get_by_role("tab", name="条款").click()  # type: ignore[attr-defined]
    clause = page.locator("[id='clause-changping-zone-draft-第十五条（一）']")  # type: ignore[attr-defined]
    clause.wait_for(timeout=10_000)
    assert "CRO" in clause.inner_text()
    assert page.locator("[id='clause-changping-2026-2028-（五）']").count() == 1  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "tab-browse.png"), full_page=True)  # type: ignore[attr-defined]
