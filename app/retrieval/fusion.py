"""Reciprocal-rank fusion of ranked lists.

RRF needs no score calibration, which matters here: e5 cosine scores bunch
above 0.85 while BM25 scores are unbounded, so mixing raw scores is fragile.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

Key = TypeVar("Key", bound=Hashable)


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[Key]], k: int = 60, weights: Sequence[float] | None = None
) -> list[tuple[Key, float]]:
    """Fuse best-first rankings; each list adds ``weight / (k + rank)`` per key (rank from 1)."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[Key, float] = {}
    first_seen: dict[Key, int] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + weight / (k + rank)
            first_seen.setdefault(key, len(first_seen))
    return sorted(scores.items(), key=lambda kv: (-kv[1], first_seen[kv[0]]))
