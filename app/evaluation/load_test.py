"""Load test of the HTTP API: N concurrent clients each asking M questions.

Traffic goes only to the given URL (loopback in practice); loops are bounded in
count and time and stop by themselves.
"""

from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor

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


def run_load_test(url: str, clients: int = 32, questions_per_client: int = 20,
                  time_limit_s: float = 300.0) -> str:
    """Run the load and return a printable summary (errors, p50/p95/max, throughput)."""
    deadline = time.monotonic() + time_limit_s

    def client(index: int) -> list[tuple[float, bool]]:
        samples = []
        with httpx.Client(base_url=url, timeout=30, trust_env=False) as http:
            for n in range(questions_per_client):
                if time.monotonic() > deadline:
                    break
                question = QUESTIONS[(index + n) % len(QUESTIONS)]
                started = time.perf_counter()
                try:
                    response = http.post("/api/ask", json={"question": question,
                                                          "session_id": f"load-{index}"})
                    ok = response.status_code == 200 and "status" in response.json()
                except httpx.HTTPError:
                    ok = False
                samples.append(((time.perf_counter() - started) * 1000, ok))
        return samples

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = [s for batch in pool.map(client, range(clients)) for s in batch]
    elapsed = time.perf_counter() - started
    latencies = [ms for ms, _ in results]
    errors = sum(1 for _, ok in results if not ok)
    return "\n".join([
        f"load test: {clients} clients × {questions_per_client} questions → {len(results)} "
        f"requests in {elapsed:.1f} s ({len(results) / elapsed:.0f} req/s)",
        f"errors: {errors}",
        f"latency p50 {percentile(latencies, 0.5):.0f} ms | p95 {percentile(latencies, 0.95):.0f}"
        f" ms | max {max(latencies):.0f} ms | mean {statistics.fmean(latencies):.0f} ms",
    ])
