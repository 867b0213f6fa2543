"""Embedding only when the words leave the choice open, on the real index and embedder.

Embedding a question is most of an answer's time. When the keyword ranking already
settles which rule answers, the answer must be the one the hybrid ranking gives and
no embedding is spent; when it does not, the hybrid ranking decides as before.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from app.assistant.service import PolicyAssistant
from app.bootstrap import open_assistant
from app.config import Settings
from app.retrieval.embedders import Embedder
from app.retrieval.hybrid import HybridSearcher


class CountingEmbedder:
    """The real embedder, counting the queries it embeds."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.queries: list[str] = []

    @property
    def embedder_id(self) -> str:
        return self.inner.embedder_id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return self.inner.embed_query(text)


@pytest.fixture(scope="module")
def counting(embedder: Embedder) -> CountingEmbedder:
    return CountingEmbedder(embedder)


@pytest.fixture(scope="module")
def counted_assistant(settings: Settings, searcher: HybridSearcher,
                      counting: CountingEmbedder) -> Iterator[PolicyAssistant]:
    assistant = open_assistant(settings.model_copy(update={"query_cache_size": 0}), counting)
    yield assistant
    assistant.close()


def _ask(assistant: PolicyAssistant, counting: CountingEmbedder,
         question: str) -> tuple[dict[str, object], int]:
    before = len(counting.queries)
    answer = assistant.answer(f"staged-{uuid.uuid4().hex}", question).model_dump()
    return answer, len(counting.queries) - before


@pytest.mark.parametrize("question", [
    "我们是CRO企业，去年实际服务金额800万元，能拿多少支持？",
    "1类化学药进入Ⅱ期临床试验，有多少奖励？",
])
def test_a_question_its_words_settle_is_answered_without_embedding(
        counted_assistant: PolicyAssistant, counting: CountingEmbedder,
        assistant: PolicyAssistant, question: str) -> None:
    answer, embedded = _ask(counted_assistant, counting, question)
    hybrid = assistant.answer(f"hybrid-{uuid.uuid4().hex}", question).model_dump()
    assert embedded == 0
    assert answer["status"] == hybrid["status"] == "answered"
    assert answer["calculation"] == hybrid["calculation"]
    assert answer["citations"] == hybrid["citations"]


@pytest.mark.parametrize("question", [
    "生物医药企业开展国际合作有什么政策？",  # no rule's own words: the clauses answer
    "我们想了解一下对人才公寓方面有没有什么说法",
])
def test_a_question_its_words_leave_open_is_embedded_once(
        counted_assistant: PolicyAssistant, counting: CountingEmbedder, question: str) -> None:
    _, embedded = _ask(counted_assistant, counting, question)
    assert embedded == 1


def test_staged_search_gives_the_keyword_hits_first_and_the_hybrid_hits_on_demand(
        searcher: HybridSearcher) -> None:
    question = "CRO服务金额的支持标准是什么"
    staged = searcher.staged(question, k=5)
    keyword = searcher.search(question, k=5, mode="keyword")
    assert [h.chunk.chunk_id for h in staged.words] == [h.chunk.chunk_id for h in keyword]
    assert [h.chunk.chunk_id for h in staged.with_meaning()] == [
        h.chunk.chunk_id for h in searcher.search(question, k=5)]


def test_a_blank_query_has_no_hits_at_either_stage(searcher: HybridSearcher) -> None:
    staged = searcher.staged("   ", k=5)
    assert staged.words == [] and staged.with_meaning() == []
