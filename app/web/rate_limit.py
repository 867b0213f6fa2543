"""Token buckets keyed by session or client, with bounded memory.

A person asks a question every few seconds at most; a script asking dozens a
second from one session is throttled with a Chinese 429 instead of taking the
shared cores from everyone else. Buckets for keys not seen for a while are
dropped, so an attacker inventing keys cannot grow the table without bound.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass


class RateLimited(Exception):  # noqa: N818 - reads as the condition it signals
    """Too many requests for one key; ``retry_after`` seconds until the next is allowed."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass
class _Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """``allow(key)`` spends one token; tokens refill at ``per_minute`` up to ``burst``."""

    def __init__(self, per_minute: float, burst: int, max_keys: int = 100_000) -> None:
        self._rate = per_minute / 60.0
        self._burst = float(max(burst, 1))
        self._max_keys = max_keys
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> float:
        """0 when a request for ``key`` may go ahead now (and spends its token)."""
        if self._rate <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                bucket = _Bucket(self._burst, now)
                self._buckets[key] = bucket
                while len(self._buckets) > self._max_keys:
                    self._buckets.popitem(last=False)
            else:
                bucket.tokens = min(self._burst,
                                    bucket.tokens + (now - bucket.updated) * self._rate)
                bucket.updated = now
                self._buckets.move_to_end(key)
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self._rate
