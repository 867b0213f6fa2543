"""Eval cases in the contract format, and how one answer is scored against one case."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.assistant.answer import Answer
from app.assistant.fact_reader import prepare_text
from app.assistant.numeric_guard import unbacked_numbers
from app.normalize import canonical_brackets


@dataclass(frozen=True)
class EvalCase:
    """One case: turns sent to one session, and what the last answer must satisfy."""

    case_id: str
    tag: str
    turns: tuple[str, ...]
    expect: dict[str, Any]
    source: str


@dataclass
class CaseResult:
    """The verdict on one case, with every reason it failed."""

    case: EvalCase
    answer: Answer
    latency_ms: float
    failures: list[str] = field(default_factory=list)
    unbacked: list[str] = field(default_factory=list)

    @property
    def wrong_amount(self) -> bool:
        """The answer states an amount other than the expected one (asking back is not wrong).

        With ``amount_yuan: null`` expected, any stated amount is wrong: no figure may be
        given. Cases that do not check the amount never count.
        """
        if "amount_yuan" not in self.case.expect:
            return False
        stated = self.answer.calculation.amount_yuan if self.answer.calculation else None
        return stated is not None and stated != self.case.expect["amount_yuan"]

    @property
    def passed(self) -> bool:
        """A case passes when nothing failed."""
        return not self.failures


def load_cases(paths: list[str]) -> list[EvalCase]:
    """Read every ``*.jsonl`` under the given files or directories, in name order.

    Raises:
        ValueError: a line is not valid JSON or lacks id/turns/expect (names file and line).
    """
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        files += sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    cases = []
    for file in files:
        for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                turns = row["turns"]
                cases.append(EvalCase(str(row["id"]), str(row.get("tag") or "untagged"),
                                      tuple(turns), dict(row["expect"]), f"{file}:{number}"))
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{file}:{number}: 无效的评测用例（{exc}）") from exc
    return cases


def cited_pairs(answer: Answer) -> set[tuple[str, str]]:
    """(doc_id, article) pairs cited, brackets in one form."""
    return {(c.doc_id, canonical_brackets(c.article) or "") for c in answer.citations}


def score_case(case: EvalCase, answer: Answer, latency_ms: float) -> CaseResult:
    """Apply the contract's pass rule to one answer."""
    expect = case.expect
    result = CaseResult(case, answer, latency_ms)
    statuses = expect.get("status") or []
    if statuses and answer.status not in statuses:
        result.failures.append(f"status {answer.status} ∉ {statuses}")
    pairs = cited_pairs(answer)
    for doc_id, article in expect.get("cite") or []:
        if (doc_id, canonical_brackets(article)) not in pairs:
            result.failures.append(f"missing citation {doc_id} {article}")
    calc = answer.calculation
    if "amount_yuan" in expect:
        got = calc.amount_yuan if calc else None
        if got != expect["amount_yuan"]:
            result.failures.append(f"amount {got} ≠ {expect['amount_yuan']}")
    if "kind" in expect and expect["kind"] is not None:
        got_kind = calc.kind if calc else None
        if got_kind != expect["kind"]:
            result.failures.append(f"kind {got_kind} ≠ {expect['kind']}")
    for text in expect.get("must_include") or []:
        if text not in answer.answer:
            result.failures.append(f"answer lacks {text!r}")
    for text in expect.get("must_not_include") or []:
        if text in answer.answer:
            result.failures.append(f"answer contains {text!r}")
    backing = [c.text for c in answer.citations]
    for part in ([calc, *(calc.parts or [])] if calc else []):
        # Each provision of a combined answer shows its own working.
        backing += [part.formula, json.dumps(part.inputs, ensure_ascii=False)]
    # Amounts the user stated are backed by the question itself, in any surface form
    # ("25000W" is the 2.5亿 an answer restates).
    backing += list(case.turns) + [prepare_text(t) for t in case.turns]
    result.unbacked = unbacked_numbers(answer.answer, backing + _metadata_backing(answer))
    return result


def _metadata_backing(answer: Answer) -> list[str]:
    # Dates of the documents and amounts restated from inputs are allowed; the service's
    # own guard is stricter. This check counts what slipped past it.
    return ["2026-02-04 2028-12-31 2026-2028 2023 13", answer.follow_up or ""]
