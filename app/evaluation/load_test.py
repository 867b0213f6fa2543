"""Load test of the HTTP API: N concurrent clients, each in its own server-issued session.

Traffic goes only to the given URL (loopback in practice); loops are bounded in
count or time and stop by themselves. Each client asks without a session first
and then continues the session the server issued, as a real integration does.
With a server pid, the server's resident memory is sampled so a leak shows as
growth between the warm-up and the end.
"""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from app.evaluation.bench import percentile

QUESTIONS = (
    "1类化学药进入Ⅱ期临床有多少奖励？",
    "我们是CRO企业，去年服务金额800万元，能拿多少？",
    "单品种年产值首次突破5亿元有什么奖励？",
    "共享服务平台投入1.5亿，最高支持多少？",
    "License-out合同总额1.5亿美元能拿多少？",
    "上一年度营业收入2000万，上两年研发投入1500万，连续三年增长，去年研发800万，能拿多少？",
    "征求意见稿现在生效了吗？",
    "上海的医药政策有哪些？",
    "How much support for a CRO with 10 million yuan service revenue?",
    "举办国际学术会议有补贴吗？",
)


@dataclass
class LoadResult:
    """Per-request samples plus memory readings of the server."""

    samples: list[tuple[float, int]] = field(default_factory=list)  # (ms, status code)
    rss_kb: list[tuple[float, int]] = field(default_factory=list)  # (seconds, VmRSS)
    elapsed_s: float = 0.0

    @property
    def errors(self) -> int:
        """Requests that did not return a 200 Answer (429 included: a client was refused)."""
        return sum(1 for _, status in self.samples if status != 200)


def run_load_test(url: str, clients: int = 32, questions_per_client: int = 20,
                  time_limit_s: float = 300.0, duration_s: float | None = None,
                  think_ms: float = 0.0, server_pid: int | None = None) -> str:
    """Run the load and return a printable summary (errors, latency, throughput, memory)."""
    return summarise(load(url, clients, questions_per_client, time_limit_s, duration_s,
                          think_ms, server_pid), clients)


def load(url: str, clients: int, questions_per_client: int, time_limit_s: float = 300.0,
         duration_s: float | None = None, think_ms: float = 0.0,
         server_pid: int | None = None) -> LoadResult:
    """The raw samples: a fixed number of questions each, or as many as fit in ``duration_s``."""
    started = time.monotonic()
    deadline = started + (duration_s if duration_s is not None else time_limit_s)
    result = LoadResult()
    lock = threading.Lock()
    done = threading.Event()

    def client(index: int) -> None:
        session: str | None = None
        with httpx.Client(base_url=url, timeout=30, trust_env=False) as http:
            n = 0
            while time.monotonic() < deadline and (duration_s is not None
                                                  or n < questions_per_client):
                question = QUESTIONS[(index + n) % len(QUESTIONS)]
                began = time.perf_counter()
                try:
                    response = http.post("/api/ask", json={"question": question,
                                                          "session_id": session})
                    status = response.status_code
                    if status == 200:
                        body = response.json()
                        session = body.get("session_id") or session
                        status = 200 if "status" in body else 599
                except (httpx.HTTPError, ValueError):
                    status = 599
                with lock:
                    result.samples.append(((time.perf_counter() - began) * 1000, status))
                n += 1
                if think_ms:
                    time.sleep(think_ms / 1000)

    def sample_memory() -> None:
        while not done.is_set():
            rss = server_rss_kb(server_pid) if server_pid else None
            if rss is not None:
                result.rss_kb.append((time.monotonic() - started, rss))
            done.wait(2.0)

    sampler = threading.Thread(target=sample_memory, daemon=True)
    sampler.start()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        list(pool.map(client, range(clients)))
    done.set()
    sampler.join(timeout=5)
    result.elapsed_s = time.monotonic() - started
    return result


def summarise(result: LoadResult, clients: int) -> str:
    """Printable figures of one run."""
    latencies = [ms for ms, _ in result.samples] or [0.0]
    statuses: dict[int, int] = {}
    for _, status in result.samples:
        statuses[status] = statuses.get(status, 0) + 1
    lines = [
        f"load test: {clients} clients → {len(result.samples)} requests in "
        f"{result.elapsed_s:.1f} s ({len(result.samples) / max(result.elapsed_s, 1e-9):.0f} "
        "req/s)",
        f"errors: {result.errors} (status counts {dict(sorted(statuses.items()))})",
        f"latency p50 {percentile(latencies, 0.5):.0f} ms | p95 {percentile(latencies, 0.95):.0f}"
        f" ms | max {max(latencies):.0f} ms | mean {statistics.fmean(latencies):.0f} ms",
    ]
    if result.rss_kb:
        warm = [kb for at, kb in result.rss_kb if at >= min(10.0, result.elapsed_s / 3)]
        first, last = (warm or [r for _, r in result.rss_kb])[0], result.rss_kb[-1][1]
        peak = max(kb for _, kb in result.rss_kb)
        lines.append(f"server memory (VmRSS): after warm-up {first / 1024:.0f} MiB → end "
                     f"{last / 1024:.0f} MiB (peak {peak / 1024:.0f} MiB, "
                     f"growth {(last - first) / 1024:+.0f} MiB)")
    return "\n".join(lines)


def server_rss_kb(pid: int) -> int | None:
    """Resident memory of a local process, from /proc (None when it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None
