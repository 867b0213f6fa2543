"""Browser tests: the real app in a real headless Chromium (Debian's), driven by Playwright.

Each numbered problem of the web-app issue is checked at desktop (1400×1000) and phone
(390×844) width, in a fresh browser context (a new cookie, so a new session). Screenshots
are saved under test-artifacts/ for a person to look at; axe-core checks every tab.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.server_support import free_port

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
VIEWPORTS = {"desktop": (1400, 1000), "phone": (390, 844)}
pytestmark = [pytest.mark.browser, pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="Debian chromium not installed (make test installs it)")]
LONG_QUESTION = "我们有两个1类化学药，一个进入II期，一个进入III期临床，能拿多少"


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    state_dir = tmp_path_factory.mktemp("browser-state")
    port = free_port()
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(tmp_path_factory.mktemp("idx")),
           "POLICY_ASSISTANT_STATE_DIR": str(state_dir), "GRADIO_ANALYTICS_ENABLED": "False",
           "NO_PROXY": "127.0.0.1,localhost", "POLICY_ASSISTANT_RATE_LIMIT_PER_MINUTE": "600",
           "POLICY_ASSISTANT_RATE_LIMIT_BURST": "100"}
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
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield chromium
        chromium.close()


@pytest.fixture(params=list(VIEWPORTS))
def view(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def page(browser: Any, app_server: tuple[str, Path], view: str) -> Iterator[Any]:
    """A fresh context (new cookie, new session) at the viewport, the page loaded."""
    url, _ = app_server
    width, height = VIEWPORTS[view]
    # An English browser: the page must still declare itself Chinese.
    context = browser.new_context(viewport={"width": width, "height": height},
                                  locale="en-US", is_mobile=view == "phone",
                                  has_touch=view == "phone")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    outside: list[str] = []
    context.on("request", lambda request: outside.append(request.url)
               if not request.url.startswith((url, "data:", "blob:")) else None)
    tab = context.new_page()
    tab.goto(url)
    tab.wait_for_selector("#chat-input textarea", timeout=60_000)
    tab.wait_for_selector(".skip-link", state="attached", timeout=20_000)
    yield tab
    assert outside == [], f"page fetched from outside localhost: {outside[:5]}"
    context.close()


def shot(page: Any, name: str, view: str, full: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}-{view}.png"), full_page=full)


def ask(page: Any, question: str) -> Any:
    """Send a question and return the locator of its answer card."""
    count = page.locator("#chat .answer-card").count()
    page.fill("#chat-input textarea", question)
    page.click("#chat-send")
    card = page.locator("#chat .answer-card").nth(count)
    card.wait_for(timeout=30_000)
    page.wait_for_timeout(400)  # the page script scrolls to the new card
    return card


def in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return bool(box) and box["y"] >= 0 and box["y"] + box["height"] <= size["height"] \
        and box["x"] >= 0 and box["x"] + box["width"] <= size["width"]


# 1. Hidden memory ------------------------------------------------------------------------

def test_memory_is_shown_removable_and_cleared_with_the_screen(page: Any, view: str) -> None:
    bar = page.locator("#memory-bar")
    assert "暂无" in bar.inner_text()
    ask(page, LONG_QUESTION)
    bar.get_by_text("Ⅱ期", exact=False).wait_for(timeout=10_000)
    assert "Ⅲ期" in bar.inner_text()
    shot(page, "1-memory", view)
    bar.locator("button.forget").first.click()
    deadline = time.time() + 10
    while "Ⅱ期" in bar.inner_text() and time.time() < deadline:
        page.wait_for_timeout(200)
    assert "Ⅱ期" not in bar.inner_text() and "Ⅲ期" in bar.inner_text()
    card = ask(page, "能拿多少？")
    assert "200万元" in card.locator(".amount").inner_text()  # only the Ⅲ期 product is left
    page.reload()
    page.wait_for_selector("#chat .answer-card", timeout=30_000)
    assert page.locator("#chat .answer-card").count() == 2  # a reload restores the history
    assert "Ⅲ期" in page.locator("#memory-bar").inner_text()
    page.click("#chat-clear")
    page.get_by_text("对话与已知信息均已清空").wait_for(timeout=10_000)
    assert page.locator("#chat .answer-card").count() == 0
    assert "暂无" in bar.inner_text()
    page.reload()
    page.wait_for_selector("#chat-input textarea")
    page.wait_for_timeout(1500)
    assert page.locator("#chat .answer-card").count() == 0
    assert "暂无" in page.locator("#memory-bar").inner_text()


def test_chat_trash_icon_clears_memory_too(page: Any, view: str) -> None:
    ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    assert "800万" in page.locator("#memory-bar").inner_text()
    trash = page.locator("#chat button[aria-label='Clear'], #chat button[title='Clear']")
    if trash.count() == 0:
        pytest.skip("this Gradio shows no trash icon on the chat")
    trash.first.click()
    page.get_by_text("对话与已知信息均已清空").wait_for(timeout=10_000)
    assert "暂无" in page.locator("#memory-bar").inner_text()


# 2. Citations go somewhere -------------------------------------------------------------

def test_citation_opens_panel_then_clause_tab_highlighted(page: Any, view: str) -> None:
    card = ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    card.locator("a.cite-marker").first.click()
    panel = page.locator("#clause-panel")
    panel.wait_for(state="visible", timeout=5_000)
    assert "第十五条（一）" in panel.inner_text()
    assert "年度实际服务金额的20%" in panel.locator("mark").first.inner_text()
    shot(page, "2-citation-panel", view)
    panel.get_by_role("button", name="在条款中查看").click()
    clause = page.locator("[id='clause-changping-zone-draft-第十五条（一）']")
    clause.wait_for(state="visible", timeout=10_000)
    page.wait_for_timeout(500)
    assert "clause-highlight" in (clause.get_attribute("class") or "")
    assert in_viewport(page, clause.locator("mark").first)
    assert "clause=" in page.url
    shot(page, "2-clause-highlighted", view)


def test_deep_link_opens_the_clause(page: Any, app_server: tuple[str, Path], view: str) -> None:
    url, _ = app_server
    page.goto(f"{url}/?clause=clause-changping-2026-2028-（五）")
    clause = page.locator("[id='clause-changping-2026-2028-（五）']")
    clause.wait_for(state="visible", timeout=30_000)
    page.wait_for_timeout(800)
    assert "clause-highlight" in (clause.get_attribute("class") or "")
    assert in_viewport(page, clause.locator("b").first)


# 3. The answer is easy to read ----------------------------------------------------------

def test_long_answer_shows_amount_first_without_internal_names(page: Any, view: str) -> None:
    ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    card = ask(page, LONG_QUESTION)
    amount = card.locator(".amount")
    assert amount.inner_text() == "300万元"
    assert amount.get_attribute("title") == "3,000,000 元"
    assert in_viewport(page, amount), "the amount must be on screen without scrolling"
    shot(page, "3-long-answer-amount-visible", view)
    badge = card.locator(".status-badge")
    assert "征求意见稿·仅供参考" in badge.inner_text()
    assert "tone-caution" in (badge.get_attribute("class") or "")  # amber, never green
    text = card.inner_text()
    for internal in ("zone-5-1", "stage_event", "changping-zone-draft", "_yuan", "金额：—"):
        assert internal not in text
    assert text.count("1类生物制品、1类化学药和1类中药，进入") <= 1  # the source sentence once
    assert not card.locator(".working ul").is_visible()  # working folded
    card.locator(".working summary").click()
    assert "100万元 × 1 个品种（Ⅱ期）" in card.locator(".working").inner_text()


def test_helpdesk_view_shows_rule_ids(page: Any, view: str) -> None:
    card = ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    assert not card.locator(".helpdesk-only").is_visible()
    page.check("#helpdesk-toggle")
    assert "zone-15-1-outsourcing-services" in card.locator(".helpdesk-only").inner_text()
    assert "年度实际服务金额：800万元" in card.locator(".helpdesk-only").inner_text()


# 4. Follow-ups supply facts -------------------------------------------------------------

def test_chips_offer_the_missing_values_and_fill_them(page: Any, view: str) -> None:
    card = ask(page, "1类新药进入临床能拿多少")
    assert "需补充信息" in card.locator(".status-badge").inner_text()
    chip = page.get_by_role("button", name="Ⅱ期", exact=True)
    chip.wait_for(timeout=10_000)
    shot(page, "4-value-chips", view)
    chip.click()
    answered = page.locator("#chat .answer-card").nth(1)
    answered.wait_for(timeout=30_000)
    assert answered.locator(".amount").inner_text() == "100万元"


def test_profile_match_opens_the_calculator_prefilled(page: Any, view: str) -> None:
    ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    page.click("#open-calculator")
    result = page.locator("#calc-result")
    result.get_by_text("CRO、CDMO、CMO合同外包服务机构支持").wait_for(timeout=15_000)
    assert page.input_value("#calc-service_value_yuan textarea, #calc-service_value_yuan input") \
        == "800万元"
    assert "160万元" in result.inner_text()
    shot(page, "4-calculator-prefilled", view, full=True)


def test_profile_match_without_facts_asks_for_them(page: Any, view: str) -> None:
    page.click("#open-calculator")
    page.get_by_text("请至少填写一项信息").wait_for(timeout=15_000)


# 5. The calculator ----------------------------------------------------------------------

def _fill_money(page: Any, fact: str, value: str) -> None:
    page.fill(f"#calc-{fact} textarea, #calc-{fact} input", value)
    page.click("#calc-run")


def test_calculator_errors_are_chinese_beside_the_field_and_keep_results(page: Any,
                                                                           view: str) -> None:
    page.get_by_role("tab", name="政策计算器").click()
    _fill_money(page, "service_value_yuan", "800万")
    result = page.locator("#calc-result")
    result.get_by_text("160万元").first.wait_for(timeout=15_000)
    assert "最高约 160万元" in result.inner_text()  # a total even for one match
    _fill_money(page, "platform_investment_yuan", "abc")
    field = page.locator("#calc-platform_investment_yuan")
    field.get_by_text("平台建设实际投入", exact=False).first.wait_for()
    deadline = time.time() + 10
    while "无法识别" not in field.inner_text() and time.time() < deadline:
        page.wait_for_timeout(200)
    assert "“平台建设实际投入”的值无法识别" in field.inner_text()
    assert "160万元" in result.inner_text()  # the last result stays
    _fill_money(page, "platform_investment_yuan", "99999999999999999999亿")
    deadline = time.time() + 10
    while "abc" in field.inner_text() and time.time() < deadline:
        page.wait_for_timeout(200)
    assert "不在合理范围" in field.inner_text() or "不能超过" in field.inner_text()
    text = page.locator("#calc-result").inner_text() + field.inner_text()
    assert "Input should" not in text and "_yuan" not in text
    shot(page, "5-calculator-error", view, full=True)


def test_calculator_puts_unconfirmed_rules_apart_and_fits_a_phone(page: Any, view: str) -> None:
    page.get_by_role("tab", name="政策计算器").click()
    page.locator("#calc-clinical_stage input").click()
    page.get_by_role("option", name="Ⅱ期").click()
    result = page.locator("#calc-result")
    result.get_by_text("还需确认").first.wait_for(timeout=15_000)
    amounts = result.locator(".calc-amount")
    if amounts.count():
        box = amounts.first.bounding_box()
        assert box is not None and box["height"] < 40, "an amount must not break over lines"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= VIEWPORTS[view][0] + 1, "the calculator must not scroll sideways"
    shot(page, "5-calculator-unconfirmed", view, full=True)


# 6. Copy gives clean text ---------------------------------------------------------------

def test_copy_gives_clean_text_with_sources(page: Any, view: str) -> None:
    card = ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    card.locator("a.copy-reply").click()
    card.get_by_text("已复制").wait_for(timeout=5_000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "<" not in copied and "status-badge" not in copied
    assert copied.startswith("【可获支持｜征求意见稿·仅供参考】")
    assert "160万元" in copied and "出处" in copied
    assert "按照不超过年度实际服务金额的20%给予资金支持" in copied


# 7. Feedback per answer -----------------------------------------------------------------

def test_one_vote_per_answer_changeable_with_comment(page: Any, view: str,
                                                     app_server: tuple[str, Path]) -> None:
    _, state_dir = app_server
    assert page.locator("a.vote").count() == 0  # no feedback row before any answer
    first = ask(page, "我们是CRO企业，去年实际服务金额800万元，能拿多少？")
    ask(page, "1类新药进入Ⅲ期临床能拿多少")
    first.locator("a.vote-up").click()
    page.get_by_text("感谢反馈").first.wait_for(timeout=10_000)
    first = page.locator("#chat .answer-card").first
    first.locator("a.vote-down").click()
    page.wait_for_timeout(1500)
    first = page.locator("#chat .answer-card").first
    first.locator(".vote-comment textarea").fill("想看申报材料清单")
    first.get_by_role("button", name="提交说明").click()
    page.wait_for_timeout(1500)
    cookie = next(c["value"] for c in page.context.cookies() if c["name"] == "pa_sid")
    with sqlite3.connect(state_dir / "feedback.sqlite3") as db:
        rows = db.execute("SELECT turn, rating, comment, question FROM feedback "
                          "WHERE session_id = ?", (cookie,)).fetchall()
    assert len(rows) == 1, rows
    assert rows[0][:3] == (0, "down", "想看申报材料清单") and "800万" in rows[0][3]
    assert page.locator("#chat .answer-card").first.locator("a.vote-down.voted").count() == 1


# 8. Clause search -----------------------------------------------------------------------

def _search(page: Any, query: str) -> Any:
    page.get_by_role("tab", name="条款").click()
    page.fill("#clause-query textarea, #clause-query input", query)
    page.click("#clause-search-button")
    results = page.locator("#clause-results")
    page.wait_for_timeout(300)
    return results


def test_clause_search_has_a_cut_off_and_human_labels(page: Any, view: str) -> None:
    results = _search(page, "天气预报")
    results.get_by_text("没有找到相关条款").wait_for(timeout=10_000)
    results = _search(page, "CRO 服务金额补贴比例")
    results.get_by_text("高相关").first.wait_for(timeout=10_000)
    assert "0.3" not in results.inner_text()
    assert "第十五条（一）" in results.inner_text()
    shot(page, "8-clause-search", view)


def test_documents_have_contents_and_clause_links(page: Any, view: str) -> None:
    page.get_by_role("tab", name="条款").click()
    contents = page.locator("details.doc-contents").first
    contents.locator("summary").click()
    link = contents.get_by_role("link", name="第十五条（一）")
    link.click()
    clause = page.locator("[id='clause-changping-zone-draft-第十五条（一）']")
    page.wait_for_timeout(800)
    assert "clause-highlight" in (clause.get_attribute("class") or "")
    assert in_viewport(page, clause.locator("b").first)


# 9. Accessibility -----------------------------------------------------------------------

def test_accessibility_no_serious_violations_on_any_tab(page: Any, view: str) -> None:
    from axe_playwright_python.sync_playwright import Axe

    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    focused = page.evaluate("document.activeElement && document.activeElement.closest"
                            "('#chat-input') !== null")
    assert focused, "the input is focused on load"
    assert page.locator("#chat-input textarea").get_attribute("aria-label") == "提问输入框"
    ask(page, "1类新药进入临床能拿多少")
    assert page.evaluate("document.activeElement.closest('#chat-input') !== null"), \
        "the input is focused again after an answer"
    axe = Axe()
    problems = []
    for tab in ("咨询", "政策计算器", "条款"):
        page.get_by_role("tab", name=tab).click()
        page.wait_for_timeout(600)
        for violation in axe.run(page).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                problems.append((tab, violation["id"], violation["nodes"][0]["target"]))
        shot(page, f"9-tab-{tab}", view, full=True)
    assert problems == []


def test_skip_link_moves_focus_to_the_input(page: Any, view: str) -> None:
    page.get_by_role("tab", name="条款").click()
    page.locator(".skip-link").focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(600)
    assert page.evaluate("document.activeElement.closest('#chat-input') !== null")


# 10. First screen -----------------------------------------------------------------------

def test_first_screen_plain_words_draft_note_examples_in_view(page: Any, view: str) -> None:
    intro = page.locator(".intro-note").first.inner_text()
    assert "征求意见稿·仅供参考" in intro and "确定性" not in intro
    example = page.locator("#follow-up-0")
    assert example.is_visible() and in_viewport(page, example), "examples above the fold"
    footer = page.locator("footer")
    assert footer.count() == 0 or "Built with" not in footer.inner_text()
    shot(page, "10-first-screen", view)
