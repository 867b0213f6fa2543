"""The 条款检索 panel: hybrid clause search for help-desk staff."""

from __future__ import annotations

import html
from typing import Any

from app.assistant.message_checks import unreadable_characters
from app.documents import Hit
from app.live_assistant import LiveAssistant

_STATUS_BADGE = {"draft": "⚠️ 征求意见稿，尚未施行", "in_force": "✅ 现行有效（2026-2028）"}
MAX_QUERY_CHARS = 2000


def render_hits(hits: list[Hit]) -> str:
    """Markdown list of clauses, each with document, clause label, status and source text."""
    if not hits:
        return "没有找到相关条款，请换个说法试试。"
    parts = []
    for rank, hit in enumerate(hits, start=1):
        chunk = hit.chunk
        heading = f" · {html.escape(chunk.heading)}" if chunk.heading else ""
        parts.append(
            f"**{rank}. {html.escape(chunk.short_title)} {chunk.label}**{heading}  \n"
            f"<small>{_STATUS_BADGE[chunk.status]} · 相关度 {hit.score:.4f}</small>\n\n"
            f"> {html.escape(chunk.text).replace(chr(10), '<br>')}\n"
        )
    return "\n".join(parts)


def build_search_panel(live: LiveAssistant) -> Any:
    """Add the search box and results to the enclosing Gradio Blocks."""
    import gradio as gr

    def search_clauses(query: str, top_k: float) -> str:
        query = (query or "").strip() if isinstance(query, str) else ""
        try:
            count = min(max(int(top_k), 1), 10)
        except (TypeError, ValueError, OverflowError):
            count = 5
        if not query:
            return "请输入要检索的内容，例如：1类化学药进入Ⅱ期临床有多少奖励"
        if len(query) > MAX_QUERY_CHARS:
            return f"输入过长（{len(query)} 字），请控制在 {MAX_QUERY_CHARS} 字以内。"
        if unreadable_characters(query):
            return "输入中含有无法识别的字符，请检查后重试。"
        with live.use() as assistant:
            return render_hits(assistant.parts.searcher.search(query, k=count))

    with gr.Row():
        query = gr.Textbox(label="检索条款", placeholder="例如：CRO 服务金额补贴比例", scale=5,
                           elem_id="clause-query")
        top_k = gr.Slider(1, 10, value=5, step=1, label="条数", scale=1)
    button = gr.Button("检索", variant="primary", elem_id="clause-search-button")
    results = gr.Markdown(elem_id="clause-results")
    button.click(search_clauses, [query, top_k], results, api_visibility="private")
    query.submit(search_clauses, [query, top_k], results, api_visibility="private")
    return results
