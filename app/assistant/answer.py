"""The Answer object of ``../shared/CONTRACT.md``: what every surface returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["answered", "ineligible", "needs_info", "out_of_scope"]


class AnswerCitation(BaseModel):
    """The smallest clause that supports a statement, with its exact source sentence(s)."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    article: str
    item: str | None = None
    heading: str | None = None
    section: str | None = None
    text: str


class AnswerCalculation(BaseModel):
    """The contract's ``calculation``: the calculator's result, never generated text."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    amount_yuan: int | None
    kind: Literal["fixed", "upper_bound", "unspecified"]
    formula: str
    inputs: dict[str, object]
    # One question over several provisions (or products priced by different rules): each
    # rule's calculation; ``amount_yuan`` is then their total after caps and 从优不重复.
    parts: list[AnswerCalculation] | None = None


class Answer(BaseModel):
    """One answer; extra fields beyond the contract are additive only."""

    status: Status
    answer: str
    citations: list[AnswerCitation]
    calculation: AnswerCalculation | None = None
    follow_up: str | None = None
    # Every document of the corpus, in its listing order; filled in by the assistant.
    sources_checked: list[str] = []
    # The server-issued id to send back to continue the conversation (API, web); None for
    # one-off questions. Set by the surface that issued it, never by the client.
    session_id: str | None = None


def distinct_citations(citations: list[AnswerCitation]) -> list[AnswerCitation]:
    """Drop a citation another one already quotes in full (two rules of 第六条（一））.

    Two rules of one clause citing different sentences (License-in, License-out) both stay.
    """
    kept: list[AnswerCitation] = []
    for citation in citations:
        same = [k for k in kept if (k.doc_id, k.article, k.item) ==
                (citation.doc_id, citation.article, citation.item)]
        if any(citation.text in k.text for k in same):
            continue
        kept = [k for k in kept if k not in same or k.text not in citation.text]
        kept.append(citation)
    return kept
