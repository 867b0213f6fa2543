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
from typing import Any

import gradio as gr

from app.assistant.feedback import FeedbackStore
from app.assistant.sessions import SessionStore
from app.config import Settings
from app.live_assistant import LiveAssistant
from app.web.rate_limit import RateLimited
from app.web.session_gate import SessionGate

_LOG = logging.getLogger(__name__)


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
        gr.Markdown(f"## {title}\n金额由确定性计算器给出，每句话都可追溯到条款原文。")
        with gr.Tabs():
            with gr.Tab("咨询", id="chat"):
                build_chat_panel(blocks, live, feedback, gate)
            with gr.Tab("政策计算器", id="calculator"):
                build_calculator_panel(parts.book, list(parts.documents.values()))
            with gr.Tab("条款", id="browse"):
                build_search_panel(live)
                build_browse_panel(list(parts.documents.values()), parts.searcher.chunks)

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
    theme = gr.themes.Default(font=["system-ui", "PingFang SC", "Noto Sans CJK SC", "sans-serif"],
                              font_mono=["ui-monospace", "monospace"])
    app = gr.mount_gradio_app(
        api, build_blocks(live, feedback, gate, settings), path="/", theme=theme,
        ssr_mode=False, show_error=False, footer_links=[], run_history=False,
        enable_monitoring=False, pwa=False, mcp_server=False, max_file_size=1,
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
