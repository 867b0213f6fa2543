"""Run eval cases through the assistant and write answers.jsonl, report.json, report.md."""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict
from pathlib import Path

from app.assistant.service import PolicyAssistant
from app.evaluation.bench import percentile
from app.evaluation.cases import CaseResult, EvalCase, cited_pairs, load_cases, score_case
from app.normalize import canonical_brackets


def run_cases(assistant: PolicyAssistant, cases: list[EvalCase]) -> list[CaseResult]:
    """Each case in a fresh session; the last turn's answer is scored and timed."""
    results = []
    for case in cases:
        session_id = f"eval-{case.case_id}-{uuid.uuid4().hex[:8]}"
        answer = None
        latency_ms = 0.0
        for turn in case.turns:
            started = time.perf_counter()
            answer = assistant.answer(session_id, turn)
            latency_ms = (time.perf_counter() - started) * 1000
        assert answer is not None
        results.append(score_case(case, answer, latency_ms))
        assistant.clear(session_id)
    return results


def summarise(results: list[CaseResult]) -> dict[str, object]:
    """The figures of the report."""
    total = len(results)
    by_tag: dict[str, list[CaseResult]] = defaultdict(list)
    for result in results:
        by_tag[result.case.tag].append(result)
    predicted = expected = hit = 0
    for result in results:
        want = {(d, canonical_brackets(a)) for d, a in result.case.expect.get("cite") or []}
        if not want:
            continue
        got = cited_pairs(result.answer)
        predicted += len(got)
        expected += len(want)
        hit += len(got & want)
    amount_cases = [r for r in results if "amount_yuan" in r.case.expect]
    amount_ok = sum(1 for r in amount_cases
                    if (r.answer.calculation.amount_yuan if r.answer.calculation else None)
                    == r.case.expect["amount_yuan"])
    status_ok = sum(1 for r in results
                    if r.answer.status in (r.case.expect.get("status") or [r.answer.status]))
    latencies = [r.latency_ms for r in results]
    return {
        "cases": total,
        "passed": sum(r.passed for r in results),
        "wrong_amounts": sum(r.wrong_amount for r in results),
        "pass_rate": round(sum(r.passed for r in results) / max(total, 1), 4),
        "per_tag": {tag: {"cases": len(rs), "passed": sum(r.passed for r in rs),
                          "pass_rate": round(sum(r.passed for r in rs) / len(rs), 4),
                          "wrong_amounts": sum(r.wrong_amount for r in rs)}
                    for tag, rs in sorted(by_tag.items())},
        "citation_precision": round(hit / predicted, 4) if predicted else None,
        "citation_recall": round(hit / expected, 4) if expected else None,
        "amount_accuracy": round(amount_ok / len(amount_cases), 4) if amount_cases else None,
        "status_accuracy": round(status_ok / max(total, 1), 4),
        "numbers_without_backing": sum(len(r.unbacked) for r in results),
        "latency_ms": {"p50": round(percentile(latencies, 0.5), 2) if latencies else None,
                       "p95": round(percentile(latencies, 0.95), 2) if latencies else None},
    }


def write_reports(results: list[CaseResult], out_dir: Path) -> dict[str, object]:
    """Write the three output files of the contract; returns the summary."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "answers.jsonl").open("w", encoding="utf-8") as answers:
        for result in results:
            answers.write(json.dumps({"id": result.case.case_id,
                                      "answer": result.answer.model_dump(mode="json")},
                                     ensure_ascii=False) + "\n")
    summary = summarise(results)
    failures: list[dict[str, object]] = [
        {"id": r.case.case_id, "source": r.case.source, "turns": list(r.case.turns),
         "why": r.failures, "unbacked": r.unbacked, "wrong_amount": r.wrong_amount}
        for r in results if not r.passed or r.unbacked
    ]
    report = {**summary, "failures": failures}
    (out_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                         encoding="utf-8")
    (out_dir / "report.md").write_text(_markdown(summary, failures), encoding="utf-8")
    return summary


def run_eval(assistant: PolicyAssistant, datasets: list[str], out_dir: Path) -> dict[str, object]:
    """Load, run, score and report."""
    return write_reports(run_cases(assistant, load_cases(datasets)), out_dir)


def _markdown(summary: dict[str, object], failures: list[dict[str, object]]) -> str:
    latency = summary["latency_ms"]
    assert isinstance(latency, dict)
    lines = [
        "# 评测报告", "",
        f"- pass rate: **{summary['pass_rate']:.1%}** ({summary['passed']}/{summary['cases']})",
        f"- wrong amounts: **{summary['wrong_amounts']}** (an amount stated that differs from "
        "the expected one; asking back is not wrong)",
        f"- status accuracy: {summary['status_accuracy']}",
        f"- amount accuracy: {summary['amount_accuracy']}",
        f"- citation precision: {summary['citation_precision']} · "
        f"recall: {summary['citation_recall']}",
        f"- numbers without backing: {summary['numbers_without_backing']}",
        f"- latency: p50 {latency['p50']} ms · p95 {latency['p95']} ms",
        "", "## Per tag", "", "| tag | cases | passed | pass rate | wrong amounts |",
        "| --- | --- | --- | --- | --- |",
    ]
    per_tag = summary["per_tag"]
    assert isinstance(per_tag, dict)
    for tag, row in per_tag.items():
        lines.append(f"| {tag} | {row['cases']} | {row['passed']} | {row['pass_rate']:.1%} "
                     f"| {row['wrong_amounts']} |")
    lines += ["", f"## Failing cases ({len(failures)})", ""]
    for failure in failures:
        turns = " → ".join(str(t) for t in failure["turns"])  # type: ignore[attr-defined]
        reasons = [str(w) for w in failure["why"]]  # type: ignore[attr-defined]
        if failure["unbacked"]:
            reasons.append(f"unbacked {failure['unbacked']}")
        if failure["wrong_amount"]:
            reasons.insert(0, "**WRONG AMOUNT**")
        lines.append(f"- `{failure['id']}` {turns} — {'; '.join(reasons)}")
    return "\n".join(lines) + "\n"
