"""The 条款检索 panel: hybrid clause search for help-desk staff, labelled 高/中/低相关.

Hits that share nothing with the query are not shown (see ``app.retrieval.relevance``),
so "天气预报" finds nothing instead of five unrelated clauses.
"""

from __future__ import annotations

import html
from typing import Any

from app.assistant.message_checks import unreadable_characters
from app.live_assistant import LiveAssistant
from app.retrieval.relevance import Judged, RelevanceJudge
from app.retrieval.tokenizer import ChineseTokenizer
from app.web.answer_card import clause_anchor, standing_of
from app.web.browse_panel import clause_url

MAX_QUERY_CHARS = 2000
_LEVEL_CLASS = {"高": "relevance-high", "中": "relevance-mid", "低": "relevance-low"}


def render_hits(judged: list[Judged], standing: dict[str, str]) -> str:
    """Markdown list of clauses: document, clause (linked), standing, relevance, text."""
    if not judged:
        return "没有找到相关条款，请换个说法试试（例如写出支持事项或条款号）。"
    parts = []
    for rank, item in enumerate(judged, start=1):
        chunk = item.hit.chunk
        heading = f" · {html.escape(chunk.heading)}" if chunk.heading else ""
        anchor = clause_anchor(chunk.doc_id, chunk.article, chunk.item)
        parts.append(
            f'**{rank}. {html.escape(chunk.short_title)} <a class="clause-link" '
            f'href="{clause_url(anchor)}">{html.escape(chunk.label)}</a>**{heading}  \n'
            f'<small><span class="relevance {_LEVEL_CLASS[item.level]}">{item.level}相关</span>'
            f" · {html.escape(standing.get(chunk.doc_id, ''))}</small>\n\n"
            f"> {html.escape(chunk.text).replace(chr(10), '<br>')}\n")
    return "\n".join(parts)


def build_search_panel(live: LiveAssistant) -> Any:
    """Add the search box and results to the enclosing Gradio Blocks."""
    import gradio as gr

    judges: dict[int, RelevanceJudge] = {}

    def judge_for(parts: Any) -> RelevanceJudge:
        """One judge per index build (a new build brings new clauses)."""
        key = id(parts.searcher)
        if key not in judges:
            judges.clear()
            judges[key] = RelevanceJudge(parts.searcher.chunks,
                                         ChineseTokenizer(parts.domain_terms),
                                         parts.glossary.expand)
        return judges[key]

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
            parts = assistant.parts
            searcher = parts.searcher
            hits = searcher.search(query, k=count)
            dense = searcher.search(query, k=len(searcher.chunks), mode="dense")
            standing = {d.doc_id: standing_of(d).label for d in parts.documents.values()}
            return render_hits(judge_for(parts).judge(query, hits, dense), standing)

    with gr.Row():
        query = gr.Textbox(label="检索条款", placeholder="例如：CRO 服务金额补贴比例", scale=5,
                           elem_id="clause-query")
        top_k = gr.Slider(1, 10, value=5, step=1, label="条数", scale=1, elem_id="clause-count")
    button = gr.Button("检索", variant="primary", elem_id="clause-search-button")
    results = gr.Markdown(elem_id="clause-results")
    button.click(search_clauses, [query, top_k], results, api_visibility="private")
    query.submit(search_clauses, [query, top_k], results, api_visibility="private")
    return results
