"""The 条款 tab: every document by part and article, with a contents list and a URL per clause.

Each clause carries the anchor id citations point to; ``?clause=<id>`` opens the tab
at that clause (the page script scrolls to it and highlights it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from urllib.parse import quote

from app.documents import Chunk, PolicyDocument
from app.web.answer_card import clause_anchor, standing_of


def clause_url(anchor: str) -> str:
    """The page address that opens one clause."""
    return f"?clause={quote(anchor)}"


def render_document(doc: PolicyDocument, chunks: Sequence[Chunk]) -> str:
    """One document as HTML: standing, contents, then each clause under its section."""
    own = [chunk for chunk in chunks if chunk.doc_id == doc.doc_id]
    standing = standing_of(doc)
    parts = [f"<h3>{html.escape(doc.title)}</h3>"
             f'<p class="{standing.css}">{html.escape(standing.label)}</p>']
    contents = []
    for chunk in own:
        anchor = clause_anchor(chunk.doc_id, chunk.article, chunk.item)
        heading = f" {html.escape(chunk.heading)}" if chunk.heading else ""
        contents.append(f'<li><a class="clause-link" href="{clause_url(anchor)}">'
                        f"{html.escape(chunk.label)}</a>{heading}</li>")
    parts.append(f'<details class="doc-contents"><summary>目录（{len(own)} 条）</summary>'
                 f'<ol class="doc-toc">{"".join(contents)}</ol></details>')
    section = None
    for chunk in own:
        if chunk.section != section and chunk.section:
            section = chunk.section
            parts.append(f"<h4>{html.escape(section)}</h4>")
        heading = f" {html.escape(chunk.heading)}" if chunk.heading else ""
        anchor = clause_anchor(chunk.doc_id, chunk.article, chunk.item)
        parts.append(f'<div class="clause" id="{anchor}"><b>{html.escape(chunk.label)}</b>'
                     f'{heading}<a class="clause-link" href="{clause_url(anchor)}" '
                     f'title="本条链接">链接</a>'
                     f"<p>{html.escape(chunk.text).replace(chr(10), '<br>')}</p></div>")
    return "\n".join(parts)


def build_browse_panel(documents: Sequence[PolicyDocument], chunks: Sequence[Chunk]) -> None:
    """Add one accordion per document to the enclosing Blocks."""
    import gradio as gr

    for doc in documents:
        with gr.Accordion(doc.short_title, open=True):
            gr.Markdown(render_document(doc, chunks), elem_id=f"doc-{doc.doc_id}")
