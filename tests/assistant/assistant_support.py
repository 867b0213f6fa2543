"""Checks shared by the assistant tests (imported as a plain module, not a fixture)."""

from __future__ import annotations

import json
import re
import unicodedata
import uuid

from app.assistant.answer import Answer
from app.assistant.service import PolicyAssistant

DRAFT = "changping-zone-draft"
MEASURES = "changping-2026-2028"
# NFKC turns the policy's "……" elision mark into "......".
ELISION = "......"


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def first_line(answer: Answer) -> str:
    """The headline: amount and kind, or why there is none."""
    return answer.answer.strip().splitlines()[0]


def cited(answer: Answer) -> set[tuple[str, str, str | None]]:
    """(doc_id, article, item) of every citation."""
    return {(c.doc_id, c.article, c.item) for c in answer.citations}


def number_backing(answer: Answer, question: str) -> list[str]:
    """What may legitimately back a number in the answer text.

    The calculation (formula and inputs), the cited sentences, the user's own
    words (a restated fact), the follow-up and the documents' dates.
    """
    backing = [c.text for c in answer.citations] + [question, answer.follow_up or "",
                                                     "2026-02-04 2028-12-31 2026-2028"]
    if answer.calculation is not None:
        backing += [answer.calculation.formula,
                    json.dumps(answer.calculation.inputs, ensure_ascii=False)]
    return backing


def quoted_exactly(citation_text: str, policy_text: str) -> bool:
    """Every part of the cited text (split at an elision mark) occurs verbatim in the policy."""
    parts = [p for p in re.split(re.escape(ELISION), nfkc(citation_text)) if p.strip()]
    return bool(parts) and all(part in policy_text for part in parts)


def talk(assistant: PolicyAssistant, *turns: str) -> Answer:
    """The last answer of a fresh conversation made of these turns."""
    session = f"test:{uuid.uuid4().hex}"
    answer = None
    for turn in turns:
        answer = assistant.answer(session, turn)
    assert answer is not None
    return answer


def amount_of(answer: Answer) -> int | None:
    """The amount the answer states, or None when it states none."""
    return answer.calculation.amount_yuan if answer.calculation else None
