"""Start the web app: Gradio Blocks mounted on FastAPI, behind the public-surface guards.

No font, script or beacon is fetched from the internet: the theme uses system
fonts and analytics are disabled both by flag and by environment. The layers a
request passes, outermost first: request id and error reply → security headers
→ route allowlist and body limit → session cookie → queue ids bound to sessions
→ FastAPI (``/api/ask``) or Gradio (the page and its events). See ``SECURITY.md``.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import gradio as gr

from app.assistant.feedback import FeedbackStore
from app.assistant.sessions import SessionStore
from app.config import Settings
from app.documents import PolicyDocument
from app.live_assistant import LiveAssistant
from app.web.answer_card import standing_of
from app.web.calculator_panel import CalculatorForm
from app.web.chat_panel import ChatPanel
from app.web.rate_limit import RateLimited
from app.web.session_gate import SessionGate

_LOG = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).parent / "static"
# The page's own script, from this server (the CSP trusts what Gradio's nonced loader adds).
PAGE_HEAD = '<script src="/ui/ui.js" defer></script>'


def add_page_assets(api: Any) -> None:
    """Serve the page script: one fixed file, read once, cacheable."""
    from fastapi.responses import Response

    script = (STATIC_DIR / "ui.js").read_bytes()

    def ui_script() -> Response:
        return Response(script, media_type="text/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=3600"})

    api.add_api_route("/ui/ui.js", ui_script, methods=["GET"], include_in_schema=False)


def _quiet_environment() -> None:
    """Gradio and Chroma must make no outside connection (closed network, privacy)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def build_blocks(live: LiveAssistant, feedback: FeedbackStore, gate: SessionGate,
                 settings: Settings) -> Any:
    """The Gradio UI; each tab lives in its own module. One public endpoint: ``ask_json``."""
    _quiet_environment()
    from app.web.browse_panel import build_browse_panel
    from app.web.calculator_panel import build_calculator_panel
    from app.web.chat_panel import build_chat_panel
    from app.web.search_panel import build_search_panel

    parts = live.current().parts
    title = parts.domain.title
    with gr.Blocks(title=title, analytics_enabled=False) as blocks:
        gr.Markdown(f"# {title}\n{intro_note(list(parts.documents.values()))}",
                    elem_classes="intro-note")
        with gr.Tabs() as tabs:
            with gr.Tab("咨询", id="chat"):
                chat = build_chat_panel(blocks, live, feedback, gate)
            with gr.Tab("政策计算器", id="calculator"):
                calculator = build_calculator_panel(parts.book, list(parts.documents.values()))
            with gr.Tab("条款", id="browse"):
                build_search_panel(live)
                build_browse_panel(list(parts.documents.values()), parts.searcher.chunks)
        wire_calculator_from_chat(chat, calculator, tabs, live, gate)

        def ask_json(question: str, session_id: str | None = None,
                     request: gr.Request | None = None) -> dict[str, object]:
            """Answer JSON for gradio_client users (same object as POST /api/ask)."""
            client = request.client.host if request is not None and request.client else "-"
            try:
                session = gate.resolve(session_id, client)
                gate.check_pace(session.session_id)
            except RateLimited as limited:
                raise gr.Error(limited.message) from None
            with live.use() as assistant:
                answer = assistant.answer(session.session_id, str(question))
            return answer.model_copy(update={"session_id": session.session_id}).model_dump(
                mode="json")

        gr.api(ask_json, api_name="ask_json")
    blocks.queue(max_size=settings.queue_size,
                 default_concurrency_limit=settings.queue_concurrency)
    return blocks


def intro_note(documents: list[PolicyDocument]) -> str:
    """The first screen's promise, in plain words, with each text's standing up front."""
    standing = "；".join(f"《{d.short_title}》{standing_of(d).label}" for d in documents)
    return ("问政策能给企业什么支持、能拿多少：每个金额都按条款原文逐项算出，并标明出处。"
            f"\n\n当前收录：{standing}。")


def wire_calculator_from_chat(chat: ChatPanel, calculator: CalculatorForm, tabs: Any,
                              live: LiveAssistant, gate: SessionGate) -> None:
    """"用已知信息匹配全部政策": fill the calculator from the session and show its result."""
    from app.web.calculator_panel import prefill_values
    from app.web.chat_panel import session_of

    vocabulary = live.current().parts.book.vocabulary

    def fill(request: gr.Request) -> list[Any]:
        session_id = session_of(request, gate)
        known: dict[str, object] = {}
        if session_id:
            with live.use() as assistant:
                known = assistant.profile_facts(session_id)
        values = prefill_values(calculator.fields, known, vocabulary)
        return [gr.Tabs(selected="calculator"),
                *[gr.update() if v is None else gr.update(value=v) for v in values]]

    chat.open_calculator.click(fill, None, [tabs, *calculator.components],
                               api_visibility="private").then(
        calculator.compute, calculator.components, [calculator.result, *calculator.components],
        api_visibility="private")


def build_app(settings: Settings, live: LiveAssistant, sessions: SessionStore,
              feedback: FeedbackStore) -> Any:
    """The ASGI app: JSON API under /api, the UI at /, wrapped in the guards."""
    _quiet_environment()
    from fastapi import FastAPI
    from fastapi.middleware.cors import CORSMiddleware

    from app.web.api import add_api_routes
    from app.web.http_errors import RequestIdMiddleware
    from app.web.http_firewall import FirewallMiddleware
    from app.web.http_headers import SecurityHeadersMiddleware
    from app.web.queue_binding import QueueBindingMiddleware
    from app.web.session_cookie import SessionCookieMiddleware

    gate = SessionGate(sessions, settings.rate_limit_per_minute, settings.rate_limit_burst,
                       settings.new_sessions_per_minute)
    docs = settings.api_docs
    api = FastAPI(title=f"{live.current().parts.domain.title} API", version="0.2.0",
                  docs_url="/docs" if docs else None, redoc_url="/redoc" if docs else None)
    # Closed unless origins are configured; its presence also stops Gradio adding its own
    # permissive localhost CORS rules.
    api.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                       allow_methods=["GET", "POST"], allow_headers=["content-type"])

    def health() -> list[str]:
        reasons = [sessions.health(), feedback.problem, live.last_error]
        return [reason for reason in reasons if reason]

    add_api_routes(api, live, gate, health)
    add_page_assets(api)
    theme = gr.themes.Default(font=["system-ui", "PingFang SC", "Noto Sans CJK SC", "sans-serif"],
                              font_mono=["ui-monospace", "monospace"])
    app = gr.mount_gradio_app(
        api, build_blocks(live, feedback, gate, settings), path="/", theme=theme,
        ssr_mode=False, show_error=False, footer_links=[], run_history=False,
        enable_monitoring=False, pwa=False, mcp_server=False, max_file_size=1,
        head=PAGE_HEAD, css=(STATIC_DIR / "ui.css").read_text(encoding="utf-8"),
        blocked_paths=[str(settings.state_dir), str(settings.index_dir),
                       str(settings.corpus_dir)])
    guarded: Any = QueueBindingMiddleware(app)
    guarded = SessionCookieMiddleware(guarded, gate, int(settings.session_ttl_seconds),
                                      settings.cookie_secure)
    guarded = FirewallMiddleware(guarded, settings.max_body_bytes, docs)
    guarded = SecurityHeadersMiddleware(guarded)
    return RequestIdMiddleware(guarded)


def serve(settings: Settings, host: str, port: int) -> None:
    """Build the index if needed, then serve until interrupted."""
    _quiet_environment()
    logging.basicConfig(level=logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    import uvicorn

    from app.assistant.session_purger import start_purging
    from app.bootstrap import default_embedder, make_session_store, open_assistant
    from app.ingest.index_builder import ensure_index, remove_unused_builds_if_idle

    embedder = default_embedder(settings)
    ensure_index(settings, embedder)
    sessions = make_session_store(settings)
    live = LiveAssistant(settings.index_dir,
                         lambda: open_assistant(settings, embedder, sessions),
                         settings.index_poll_seconds,
                         after_swap=lambda: remove_unused_builds_if_idle(settings))
    live.start()
    stop_purging = start_purging(sessions, settings.purge_interval_seconds)
    feedback = FeedbackStore(settings.state_dir / "feedback.sqlite3")
    app = build_app(settings, live, sessions, feedback)
    print(f"政策助手已启动：http://{host}:{port}/", flush=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False,
                    timeout_keep_alive=15, limit_concurrency=1024)
    finally:
        stop_purging.set()
        live.stop()
