"""``policy-assistant rules`` and ``calc`` as a help-desk officer runs them.

Run through ``python -m app`` in a subprocess, so argument parsing, exit codes
and what reaches stdout / stderr are checked exactly as a user sees them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.config import PROJECT_ROOT
from app.rules.loader import RuleBook

WAN = 10_000


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("POLICY_ASSISTANT_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60,
                          check=False)


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_rules_json_lists_every_rule_with_its_citation(rulebook: RuleBook) -> None:
    result = _run("rules", "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert isinstance(listed, list)
    assert [entry["id"] for entry in listed] == [rule.id for rule in rulebook.rules]
    for entry in listed:
        assert entry["kind"] in ("fixed", "upper_bound", "unspecified")
        citation = entry["citation"]
        assert set(citation) >= {"doc_id", "article", "item", "text"}
        assert citation["doc_id"] in ("changping-zone-draft", "changping-2026-2028")
        assert citation["text"]


def test_rules_table_names_each_rule() -> None:
    result = _run("rules")
    assert result.returncode == 0, result.stderr
    assert "zone-15-2-shared-platform" in result.stdout and "第十五条（二）" in result.stdout


CALC_EXAMPLES = [
    (("zone-15-2-shared-platform", "platform_investment_yuan=1.5亿"), 3000 * WAN, "upper_bound"),
    (("zone-15-1-outsourcing-services", "service_value_yuan=800万"), 160 * WAN, "upper_bound"),
    (("zone-5-1-clinical-entry", "drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入",
      "varieties=5"), 1000 * WAN, "fixed"),
    (("zone-12-3-variety-output", "annual_output_yuan=5.2亿", "first_time=是"),
     200 * WAN, "fixed"),
]


@pytest.mark.parametrize(("args", "amount", "kind"), CALC_EXAMPLES, ids=lambda v: str(v))
def test_calc_json_gives_the_amount(args: tuple[str, ...], amount: int, kind: str) -> None:
    result = _run("calc", *args, "--json")
    assert result.returncode == 0, result.stderr
    calc = json.loads(result.stdout)
    assert calc["rule_id"] == args[0]
    assert (calc["amount_yuan"], calc["kind"]) == (amount, kind)
    assert set(calc) >= {"formula", "inputs", "conditions", "citation"}
    assert set(calc["citation"]) >= {"doc_id", "article", "item", "text"}


def test_calc_text_shows_amount_formula_and_clause() -> None:
    result = _run("calc", "zone-15-2-shared-platform", "platform_investment_yuan=1.5亿")
    assert result.returncode == 0, result.stderr
    assert "30,000,000 元" in result.stdout
    assert "1.5亿元 × 30% = 4500万元" in result.stdout
    assert "第十五条（二）" in result.stdout


def test_calc_unspecified_rule_says_no_figure() -> None:
    result = _run("calc", "zone-10-major-industrial-project", "--json")
    assert result.returncode == 0, result.stderr
    calc = json.loads(result.stdout)
    assert (calc["amount_yuan"], calc["kind"]) == (None, "unspecified")
    assert "未明确金额" in _run("calc", "zone-10-major-industrial-project").stdout


@pytest.mark.parametrize("args", [
    ("calc", "no-such-rule", "service_value_yuan=800万"),
    ("calc", "zone-15-1-outsourcing-services", "service_value_yuan=很多"),
    ("calc", "zone-15-1-outsourcing-services", "no_such_fact=1"),
    ("calc", "zone-15-1-outsourcing-services", "service_value_yuan"),
    ("calc", "zone-5-1-clinical-entry", "clinical_stage=Ⅳ期"),
    ("calc", "zone-5-1-clinical-entry", "varieties=0"),
], ids=lambda args: " ".join(args[1:]))
def test_bad_input_exits_2_with_a_chinese_message(args: tuple[str, ...]) -> None:
    result = _run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert _has_chinese(result.stderr)
    assert "Traceback" not in result.stderr
