"""Start the web app: Gradio Blocks mounted on FastAPI, analytics off, no share links.

No font, script or beacon is fetched from the internet: the theme uses system
fonts and analytics are disabled both by flag and by environment.
"""

from __future__ import annotations

import os
from typing import Any

from app.assistant.feedback import FeedbackStore
from app.assistant.service import PolicyAssistant
from app.config import Settings

# Enough workers for 32 simultaneous users: answers take ~10 ms, so a small pool drains fast.
CONCURRENCY_LIMIT = 8
QUEUE_SIZE = 256


def _quiet_environment() -> None:
    """Gradio and Chroma must make no outside connection (closed network, privacy)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def build_blocks(assistant: PolicyAssistant, feedback: FeedbackStore) -> Any:
    """The Gradio UI; each tab lives in its own module."""
    _quiet_environment()
    import gradio as gr

    from app.web.browse_panel import build_browse_panel
    from app.web.calculator_panel import build_calculator_panel
    from app.web.chat_panel import build_chat_panel
    from app.web.search_panel import build_search_panel

    parts = assistant.parts
    with gr.Blocks(title="昌平医药健康政策助手", analytics_enabled=False) as blocks:
        gr.Markdown("## 昌平医药健康产业政策助手\n"
                    "金额由确定性计算器给出，每句话都可追溯到条款原文。")
        with gr.Tabs():
            with gr.Tab("咨询", id="chat"):
                build_chat_panel(assistant, feedback)
            with gr.Tab("政策计算器", id="calculator"):
                build_calculator_panel(parts.book)
            with gr.Tab("条款", id="browse"):
                build_search_panel(parts.searcher)
                build_browse_panel(list(parts.documents.values()), parts.searcher.chunks)

        def ask_json(question: str, session_id: str | None = None) -> dict[str, object]:
            """Answer JSON for gradio_client users (same object as POST /api/ask)."""
            return assistant.answer(session_id or None, question).model_dump(mode="json")

        gr.api(ask_json, api_name="ask_json")
    blocks.queue(max_size=QUEUE_SIZE, default_concurrency_limit=CONCURRENCY_LIMIT)
    return blocks


def build_app(settings: Settings, assistant: PolicyAssistant) -> Any:
    """FastAPI app: JSON API under /api, the UI at /."""
    _quiet_environment()
    import gradio as gr
    from fastapi import FastAPI

    from app.web.api import add_api_routes

    api = FastAPI(title="昌平医药健康政策助手 API", version="0.1.0")
    add_api_routes(api, assistant, len(assistant.parts.searcher.chunks))
    feedback = FeedbackStore(settings.state_dir / "feedback.sqlite3")
    theme = gr.themes.Default(font=["system-ui", "PingFang SC", "Noto Sans CJK SC", "sans-serif"],
                              font_mono=["ui-monospace", "monospace"])
    return gr.mount_gradio_app(api, build_blocks(assistant, feedback), path="/", theme=theme,
                               ssr_mode=False)


def serve(settings: Settings, host: str, port: int) -> None:
    """Build the index if needed, then serve until interrupted."""
    _quiet_environment()
    import uvicorn

    from app.bootstrap import build_assistant

    assistant = build_assistant(settings)
    app = build_app(settings, assistant)
    print(f"政策助手已启动：http://{host}:{port}/", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
