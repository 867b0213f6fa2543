"""How hits are shown to help-desk staff: JSON for tools, plain text for a terminal."""

from __future__ import annotations

from app.documents import Hit

_STATUS_LABEL = {"draft": "征求意见稿，尚未施行", "in_force": "现行有效"}


def hit_to_dict(hit: Hit) -> dict[str, object]:
    """The ``search --json`` shape: doc_id, article, item, heading, score, text (+ context)."""
    chunk = hit.chunk
    return {
        "doc_id": chunk.doc_id,
        "article": chunk.article,
        "item": chunk.item,
        "heading": chunk.heading,
        "section": chunk.section,
        "status": chunk.status,
        "score": round(hit.score, 6),
        "text": chunk.text,
    }


def hits_to_text(hits: list[Hit]) -> str:
    """Numbered clauses with their document, status and exact source text."""
    blocks = []
    for rank, hit in enumerate(hits, start=1):
        chunk = hit.chunk
        title = f"{chunk.short_title} {chunk.label}"
        if chunk.heading:
            title += f" {chunk.heading}"
        blocks.append(f"{rank}. {title}（{_STATUS_LABEL[chunk.status]}）\n   {chunk.text}")
    return "\n\n".join(blocks)
