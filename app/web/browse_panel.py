"""The 条款 tab: both documents by part and article, with anchors citations link to."""

from __future__ import annotations

import html
from collections.abc import Sequence

from app.documents import Chunk, PolicyDocument
from app.web.render import clause_anchor

_STATUS = {"draft": "⚠️ 征求意见稿，尚未施行", "in_force": "✅ 现行有效"}


def render_document(doc: PolicyDocument, chunks: Sequence[Chunk]) -> str:
    """One document as HTML: sections, then each clause with an anchor id."""
    parts = [f"<h3>{html.escape(doc.title)}</h3><p>{_STATUS[doc.status]}"
             + (f"，有效期至 {doc.valid_until}" if doc.valid_until else "") + "</p>"]
    section = None
    for chunk in chunks:
        if chunk.doc_id != doc.doc_id:
            continue
        if chunk.section != section and chunk.section:
            section = chunk.section
            parts.append(f"<h4>{html.escape(section)}</h4>")
        heading = f" {html.escape(chunk.heading)}" if chunk.heading else ""
        anchor = clause_anchor(chunk.doc_id, chunk.article, chunk.item)
        parts.append(f'<div class="clause" id="{anchor}"><b>{chunk.label}</b>{heading}'
                     f"<p>{html.escape(chunk.text).replace(chr(10), '<br>')}</p></div>")
    return "\n".join(parts)


def build_browse_panel(documents: Sequence[PolicyDocument], chunks: Sequence[Chunk]) -> None:
    """Add one accordion per document to the enclosing Blocks."""
    import gradio as gr

    for doc in documents:
        with gr.Accordion(doc.short_title, open=True):
            gr.Markdown(render_document(doc, chunks), elem_id=f"doc-{doc.doc_id}")
