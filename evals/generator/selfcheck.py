"""Validate generated cases against the contract's case format and the reference.

Run ``python -m evals.generator.selfcheck [--dir evals/generated] [--seed 20261201]``.
For every line it checks the case shape (id, tag, turns, expect with status / cite /
amount_yuan / kind / must_include / must_not_include), recomputes the expectation from
the stored ``slots``, reads every rendered figure back with ``surface.parse_amount``
and checks that it occurs in the turns. With ``--seed`` it also regenerates the suite
in memory and compares it byte for byte with the files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from . import surface
from .provisions import (
    DOC_IDS,
    DRAFT_INTERPRETER,
    M2026_INTERPRETER,
    MEASURES,
    valid_article,
)
from .reference import expectation, wan_form

STATUSES = {"answered", "ineligible", "needs_info", "out_of_scope"}
KINDS = {"fixed", "upper_bound", "unspecified"}
EXPECT_KEYS = {"status", "cite", "amount_yuan", "kind", "must_include", "must_not_include"}
ALLOWED_MUST = {"征求意见稿", "2028", DRAFT_INTERPRETER, M2026_INTERPRETER} | {
    u for m in MEASURES for u in m.units
}
MIN_TOTAL = 3000
MIN_PER_FAMILY = 100


def check_case(row: dict[str, Any]) -> list[str]:
    """Problems with one case (empty when it is valid)."""
    errs: list[str] = []
    for key, typ in (("id", str), ("tag", str), ("turns", list), ("expect", dict), ("slots", dict)):
        if not isinstance(row.get(key), typ):
            errs.append(f"{key} missing or not {typ.__name__}")
    if errs:
        return errs
    turns = row["turns"]
    if not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        errs.append("turns must be non-empty strings")
    if any(ch in t for t in turns for ch in "{}") or any("None" in t for t in turns):
        errs.append("unfilled placeholder in turns")
    exp = row["expect"]
    if set(exp) - EXPECT_KEYS:
        errs.append(f"unknown expect keys {set(exp) - EXPECT_KEYS}")
    status = exp.get("status")
    if not isinstance(status, list) or not status or not set(status) <= STATUSES:
        errs.append(f"bad status {status!r}")
    for pair in exp.get("cite", []):
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or pair[0] not in DOC_IDS
            or not valid_article(pair[0], pair[1])
        ):
            errs.append(f"bad cite {pair!r}")
    if "amount_yuan" in exp:
        amount = exp["amount_yuan"]
        if amount is not None and (not isinstance(amount, int) or amount < 0):
            errs.append(f"bad amount {amount!r}")
        if isinstance(amount, int) and (status != ["answered"] or "kind" not in exp):
            errs.append("an amount needs status answered and a kind")
    if "kind" in exp:
        if exp["kind"] not in KINDS:
            errs.append(f"bad kind {exp['kind']!r}")
        if exp["kind"] == "unspecified" and exp.get("amount_yuan") is not None:
            errs.append("unspecified with an amount")
    if status and set(status) & {"needs_info", "ineligible", "out_of_scope"}:
        if exp.get("amount_yuan") is not None:
            errs.append("non-answered status with an amount")
    for key in ("must_include", "must_not_include"):
        if not isinstance(exp.get(key), list) or not all(isinstance(s, str) for s in exp[key]):
            errs.append(f"{key} must be a list of strings")
    for s in exp.get("must_include", []):
        if s not in ALLOWED_MUST and s != wan_form(exp.get("amount_yuan")):
            errs.append(f"must_include {s!r} is neither the amount in 万 nor an allowed term")
    try:
        again = expectation(row["slots"])
    except Exception as exc:  # noqa: BLE001 - report any reference failure as a case error
        errs.append(f"reference failed: {exc!r}")
    else:
        if again != exp:
            errs.append(f"expect differs from reference: {again} != {exp}")
    joined = "\n".join(turns)
    for text, value in row["slots"].get("rendered", []):
        if text not in joined:
            errs.append(f"rendered {text!r} not in turns")
        try:
            parsed = surface.parse_amount(text)
        except Exception as exc:  # noqa: BLE001
            errs.append(f"cannot parse {text!r}: {exc!r}")
        else:
            if parsed != value:
                errs.append(f"{text!r} parses to {parsed}, slot says {value}")
    bad = row["slots"].get("bad_text")
    if bad is not None and bad not in joined:
        errs.append(f"implausible value {bad!r} not in turns")
    return errs


def check_dir(directory: Path) -> tuple[list[str], Counter[str]]:
    """Check every JSONL file; return problems and per-family counts."""
    problems: list[str] = []
    counts: Counter[str] = Counter()
    ids: set[str] = set()
    turns_seen: set[tuple[str, ...]] = set()
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            where = f"{path.name}:{n}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON ({exc})")
                continue
            for err in check_case(row):
                problems.append(f"{where} {row.get('id')}: {err}")
            if row.get("id") in ids:
                problems.append(f"{where}: duplicate id {row.get('id')}")
            ids.add(str(row.get("id")))
            key = tuple(row.get("turns") or ())
            if key in turns_seen:
                problems.append(f"{where}: duplicate turns")
            turns_seen.add(key)
            counts[str(row.get("tag"))] += 1
    total = sum(counts.values())
    if total < MIN_TOTAL:
        problems.append(f"only {total} cases (< {MIN_TOTAL})")
    for tag, count in counts.items():
        if count < MIN_PER_FAMILY:
            problems.append(f"family {tag} has only {count} cases")
    return problems, counts


def check_determinism(directory: Path, seed: int) -> list[str]:
    """Regenerate in memory and compare with the files byte for byte."""
    from .__main__ import generate

    problems = []
    for name, rows in generate(seed).items():
        lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows]
        expected = "\n".join(lines) + "\n"
        path = directory / f"{name}.jsonl"
        if not path.exists() or path.read_text(encoding="utf-8") != expected:
            problems.append(f"{path.name}: differs from a fresh generation with seed {seed}")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Run the checks and print a summary; exit 1 on any problem."""
    parser = argparse.ArgumentParser(prog="python -m evals.generator.selfcheck")
    parser.add_argument("--dir", type=Path, default=Path("evals/generated"))
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="also regenerate with this seed and compare byte for byte",
    )
    args = parser.parse_args(argv)
    problems, counts = check_dir(args.dir)
    if args.seed is not None:
        problems += check_determinism(args.dir, args.seed)
    for tag, count in sorted(counts.items()):
        print(f"{tag:22s} {count:5d}")
    print(f"{'total':22s} {sum(counts.values()):5d}")
    for p in problems[:50]:
        print("PROBLEM", p)
    if len(problems) > 50:
        print(f"... and {len(problems) - 50} more")
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
