"""The query-vector cache: same vectors as the embedder it wraps, bounded, passages untouched."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from app.config import Settings
from app.retrieval.embedders import Embedder
from app.retrieval.query_cache import CachedQueryEmbedder


class CountingEmbedder:
    """Wraps the real embedder and counts how often it is asked."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.queries: list[str] = []
        self.passages = 0

    @property
    def embedder_id(self) -> str:
        return self.inner.embedder_id

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += 1
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return self.inner.embed_query(text)


def test_repeated_query_is_embedded_once_with_the_same_vector(embedder: Embedder) -> None:
    counting = CountingEmbedder(embedder)
    cached = CachedQueryEmbedder(counting, size=8)
    first = cached.embed_query("1类化学药进入Ⅱ期临床有多少奖励")
    second = cached.embed_query("1类化学药进入Ⅱ期临床有多少奖励")
    assert counting.queries == ["1类化学药进入Ⅱ期临床有多少奖励"]
    np.testing.assert_array_equal(first, second)
    np.testing.assert_array_equal(first, embedder.embed_query("1类化学药进入Ⅱ期临床有多少奖励"))
    assert cached.embedder_id == embedder.embedder_id


def test_cached_vectors_are_read_only(embedder: Embedder) -> None:
    cached = CachedQueryEmbedder(embedder, size=2)
    vector = cached.embed_query("CRO服务金额")
    with pytest.raises(ValueError):
        vector[0] = 1.0


def test_least_recently_used_is_evicted(embedder: Embedder) -> None:
    counting = CountingEmbedder(embedder)
    cached = CachedQueryEmbedder(counting, size=2)
    for text in ("甲", "乙", "甲", "丙", "甲", "乙"):
        cached.embed_query(text)
    # 乙 was evicted by 丙 (甲 had been used more recently), so it is embedded twice.
    assert counting.queries == ["甲", "乙", "丙", "乙"]


def test_passages_are_never_cached(embedder: Embedder) -> None:
    counting = CountingEmbedder(embedder)
    cached = CachedQueryEmbedder(counting, size=8)
    cached.embed_passages(["第五条"])
    cached.embed_passages(["第五条"])
    assert counting.passages == 2


def test_cache_is_on_by_default_and_can_be_turned_off() -> None:
    assert Settings().query_cache_size > 0
    assert Settings(query_cache_size=0).query_cache_size == 0
