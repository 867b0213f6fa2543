"""Coverage: every clause of both texts is either covered by a rule or excluded with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from app.documents import Chunk
from app.normalize import canonical_brackets
from app.rules.loader import RuleBook


def uncovered_clauses(chunks: Sequence[Chunk], book: RuleBook) -> list[str]:
    """Labels of clauses that no rule, principle or exclusion accounts for."""
    accounted: set[tuple[str, str, str | None]] = set()
    for citation in [r.citation for r in book.rules] + [p.citation for p in book.principles]:
        accounted.add((citation.doc_id, citation.article, citation.item))
    for exclusion in book.exclusions:
        accounted.add((exclusion.doc_id, exclusion.article, exclusion.item))
    missing = []
    for chunk in chunks:
        key = (chunk.doc_id, canonical_brackets(chunk.article) or "",
               canonical_brackets(chunk.item))
        if key not in accounted:
            missing.append(chunk.chunk_id)
    return missing
