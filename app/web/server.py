"""Start the web app: Gradio Blocks mounted on FastAPI, analytics off, no share links."""

from __future__ import annotations

import os
from typing import Any

from app.config import Settings
from app.retrieval.hybrid import HybridSearcher


def _quiet_environment() -> None:
    """Gradio and Chroma must make no outside connection (closed network, privacy)."""
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    os.environ["ANONYMIZED_TELEMETRY"] = "False"
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def build_blocks(searcher: HybridSearcher) -> Any:
    """The Gradio UI; panels live in their own modules."""
    _quiet_environment()
    import gradio as gr

    from app.web.search_panel import build_search_panel

    with gr.Blocks(title="昌平医药健康政策助手", analytics_enabled=False) as blocks:
        gr.Markdown("## 昌平医药健康产业政策助手 · 条款检索\n"
                    "检索《昌平组团支持办法（征求意见稿）》与《若干措施（2026-2028年）》的条款原文。")
        build_search_panel(searcher)
    return blocks


def build_app(settings: Settings, searcher: HybridSearcher) -> Any:
    """FastAPI app with the UI at ``/`` (HTTP endpoints join it beside the UI)."""
    _quiet_environment()
    import gradio as gr
    from fastapi import FastAPI

    api = FastAPI(title="昌平医药健康政策助手 API", version="0.1.0")

    @api.get("/healthz")
    def healthz() -> dict[str, object]:
        return {"status": "ok", "clauses": len(searcher.chunks)}

    return gr.mount_gradio_app(api, build_blocks(searcher), path="/")


def serve(settings: Settings, host: str, port: int) -> None:
    """Build the index if needed, then serve until interrupted."""
    _quiet_environment()
    import uvicorn

    from app.bootstrap import build_searcher

    searcher = build_searcher(settings)
    app = build_app(settings, searcher)
    print(f"政策助手已启动：http://{host}:{port}/", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
