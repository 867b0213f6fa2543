"""The generated eval suite is what its seeded generator writes, and checks out.

``evals/generated`` is committed so a reviewer can read the cases; this keeps the files
from drifting from the generator (a hand edit, a stale regeneration) and runs the
generator's own validator: contract shape, expectations recomputed from the slots by
its reference arithmetic, every rendered figure parsing back to its value.
"""

from __future__ import annotations

import subprocess
import sys

from app.config import PROJECT_ROOT

SEED = "20261201"


def test_generated_suite_is_byte_identical_to_a_fresh_generation_and_valid() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "evals.generator.selfcheck", "--dir", "evals/generated",
         "--seed", SEED],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert result.stdout.rstrip().endswith("OK")
    total = next(line for line in result.stdout.splitlines() if line.startswith("total"))
    assert int(total.split()[-1]) >= 3000
