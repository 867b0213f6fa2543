"""Command line: ``python -m evals.generator --seed 20261201 --out evals/generated``.

Builds every family with its own rng (seeded from the suite seed and the family
name), attaches ids and expectations, and writes one JSONL file per family. The same
seed always gives byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from .reference import expectation
from .scenarios import FAMILIES, Collector


def generate(seed: int) -> dict[str, list[dict[str, Any]]]:
    """All cases per family, in a fixed order."""
    seen: set[tuple[str, ...]] = set()
    out: dict[str, list[dict[str, Any]]] = {}
    for name, builder, target in FAMILIES:
        rng = random.Random(f"{seed}:{name}")
        col = Collector(seen, target)
        builder(col, rng)
        rows = []
        for n, case in enumerate(col.cases, start=1):
            rows.append(
                {
                    "id": f"gen-{name}-{n:04d}",
                    "tag": name,
                    "turns": case.turns,
                    "expect": expectation(case.slots),
                    "slots": case.slots,
                }
            )
        out[name] = rows
    return out


def write(families: dict[str, list[dict[str, Any]]], out_dir: Path) -> None:
    """One ``<family>.jsonl`` per family, UTF-8, one compact JSON object per line."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob("*.jsonl"):
        if stale.stem not in families:
            stale.unlink()
    for name, rows in families.items():
        lines = [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in rows]
        (out_dir / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, generate, write, print counts."""
    parser = argparse.ArgumentParser(prog="python -m evals.generator", description=__doc__)
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--out", type=Path, default=Path("evals/generated"))
    args = parser.parse_args(argv)
    families = generate(args.seed)
    write(families, args.out)
    total = 0
    for name, rows in families.items():
        target = next(t for n, _, t in FAMILIES if n == name)
        flag = "" if len(rows) >= target else f"  (short of {target})"
        print(f"{name:22s} {len(rows):5d}{flag}")
        total += len(rows)
    print(f"{'total':22s} {total:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
