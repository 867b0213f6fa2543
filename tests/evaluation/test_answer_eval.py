"""The eval harness: contract-format cases in, answers.jsonl + report.json + report.md out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.assistant.answer import Answer, AnswerCalculation, AnswerCitation
from app.assistant.service import PolicyAssistant
from app.config import PROJECT_ROOT, Settings
from app.evaluation.answer_eval import run_eval
from app.evaluation.cases import EvalCase, load_cases, score_case

ANSWER_KEYS = {"status", "answer", "citations", "calculation", "follow_up", "sources_checked"}

CASES = [
    {"id": "e1", "tag": "amount", "turns": ["我们单品种年产值首次突破5亿元，有什么奖励？"],
     "expect": {"status": ["answered"], "cite": [["changping-zone-draft", "第十二条"]],
                "amount_yuan": 2000000, "kind": "fixed", "must_include": ["200万", "征求意见稿"],
                "must_not_include": ["人民币"]}},
    {"id": "e2", "tag": "multi-turn",
     "turns": ["我们是一家CRO企业", "去年实际服务金额600万元，能拿多少？"],
     "expect": {"status": ["answered"], "cite": [["changping-zone-draft", "第十五条"]],
                "amount_yuan": 1200000, "kind": "upper_bound", "must_include": ["120万"],
                "must_not_include": []}},
    {"id": "e3", "tag": "amount", "note": "ASCII brackets must match （五）",
     "turns": ["AI+药物研发示范场景项目工程投资总额1亿元，能拿多少？"],
     "expect": {"status": ["answered"], "cite": [["changping-2026-2028", "(五)"]],
                "amount_yuan": 30000000, "kind": "upper_bound"}},
    {"id": "e4-wrong", "tag": "deliberate-fail",
     "turns": ["我们是CRO企业，去年服务金额800万元，能拿多少？"],
     "expect": {"status": ["ineligible"], "cite": [["changping-zone-draft", "第十三条"]],
                "amount_yuan": 999, "kind": "upper_bound", "must_include": ["999元"]}},
    {"id": "e5", "tag": "out-of-scope", "turns": ["上海浦东的医药政策"],
     "expect": {"status": ["out_of_scope"], "cite": [], "amount_yuan": None}},
]


def _write_cases(folder: Path) -> Path:
    path = folder / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CASES) + "\n\n",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report_dir(assistant: PolicyAssistant, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("eval")
    run_eval(assistant, [str(_write_cases(folder))], folder / "out")
    return folder / "out"


@pytest.fixture(scope="module")
def report(report_dir: Path) -> dict[str, object]:
    return dict(json.loads((report_dir / "report.json").read_text(encoding="utf-8")))


def test_answers_jsonl_has_one_contract_answer_per_case(report_dir: Path) -> None:
    rows = [json.loads(line) for line in
            (report_dir / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [c["id"] for c in CASES]
    for row in rows:
        assert set(row) == {"id", "answer"}
        assert ANSWER_KEYS <= set(row["answer"])
    by_id = {row["id"]: row["answer"] for row in rows}
    assert by_id["e2"]["calculation"]["amount_yuan"] == 1200000  # the last turn is scored
    assert by_id["e5"]["status"] == "out_of_scope"


def test_report_files_exist(report_dir: Path) -> None:
    assert {p.name for p in report_dir.iterdir()} >= {"answers.jsonl", "report.json",
                                                       "report.md"}


def test_report_figures(report: dict[str, object]) -> None:
    assert report["cases"] == 5
    assert report["passed"] == 4
    assert report["pass_rate"] == 0.8
    assert report["per_tag"] == {
        "amount": {"cases": 2, "passed": 2, "pass_rate": 1.0, "wrong_amounts": 0},
        "deliberate-fail": {"cases": 1, "passed": 0, "pass_rate": 0.0, "wrong_amounts": 1},
        "multi-turn": {"cases": 1, "passed": 1, "pass_rate": 1.0, "wrong_amounts": 0},
        "out-of-scope": {"cases": 1, "passed": 1, "pass_rate": 1.0, "wrong_amounts": 0},
    }
    # e4 states 1,600,000 where 999 is expected: a stated wrong figure, counted apart.
    assert report["wrong_amounts"] == 1
    # Four cases name a citation; e4 names the wrong article (第十三条 for the CRO rule).
    assert report["citation_precision"] == 0.75
    assert report["citation_recall"] == 0.75
    assert report["amount_accuracy"] == 0.8
    assert report["status_accuracy"] == 0.8
    assert report["numbers_without_backing"] == 0
    latency = report["latency_ms"]
    assert isinstance(latency, dict)
    assert 0 < latency["p50"] <= latency["p95"]


def test_report_lists_the_failing_case_and_why(report: dict[str, object],
                                               report_dir: Path) -> None:
    failures = report["failures"]
    assert isinstance(failures, list)
    assert [f["id"] for f in failures] == ["e4-wrong"]
    why = " | ".join(failures[0]["why"])
    assert "status answered" in why
    assert "missing citation changping-zone-draft 第十三条" in why
    assert "amount 1600000 ≠ 999" in why
    assert "answer lacks '999元'" in why
    markdown = (report_dir / "report.md").read_text(encoding="utf-8")
    assert "e4-wrong" in markdown
    assert "pass rate: **80.0%** (4/5)" in markdown
    assert "| multi-turn | 1 | 1 | 100.0% |" in markdown
    assert "amount 1600000 ≠ 999" in markdown


def _answer_citing(article: str) -> Answer:
    citation = AnswerCitation(doc_id="changping-2026-2028", article=article, text="…")
    calculation = AnswerCalculation(rule_id="m2026-5-ai-demonstration", amount_yuan=30000000,
                                    kind="upper_bound", formula="1亿元 × 30% = 3000万元",
                                    inputs={})
    return Answer(status="answered", answer="最高可获得 3000万元", citations=[citation],
                  calculation=calculation)


@pytest.mark.parametrize(("expected", "cited"), [("(五)", "（五）"), ("（五）", "(五)"),
                                                 ("（五）", "（五）")])
def test_articles_match_whatever_the_brackets(expected: str, cited: str) -> None:
    case = EvalCase("b1", "brackets", ("q",), {"status": ["answered"],
                                               "cite": [["changping-2026-2028", expected]],
                                               "amount_yuan": 30000000}, "inline")
    assert score_case(case, _answer_citing(cited), 1.0).failures == []


def test_a_different_article_is_a_missing_citation() -> None:
    case = EvalCase("b2", "brackets", ("q",), {"cite": [["changping-2026-2028", "(七)"]]},
                    "inline")
    assert score_case(case, _answer_citing("（五）"), 1.0).failures == [
        "missing citation changping-2026-2028 (七)"]


def test_null_amount_means_no_amount_may_be_stated() -> None:
    case = EvalCase("b3", "t", ("q",), {"amount_yuan": None}, "inline")
    assert score_case(case, _answer_citing("（五）"), 1.0).failures == ["amount 30000000 ≠ None"]


def test_an_unbacked_number_is_counted() -> None:
    answer = _answer_citing("（五）").model_copy(update={"answer": "最高可获得 4000万元"})
    result = score_case(EvalCase("b4", "t", ("q",), {}, "inline"), answer, 1.0)
    assert result.unbacked == ["n:40000000"]


def test_a_broken_case_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(CASES[0], ensure_ascii=False) + "\n{\"id\": \"x\"}\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        load_cases([str(path)])


def test_a_directory_of_datasets_is_read_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text(json.dumps(CASES[1], ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps(CASES[0], ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    cases = load_cases([str(tmp_path)])
    assert [c.case_id for c in cases] == ["e1", "e2"]
    assert cases[1].turns == tuple(CASES[1]["turns"])  # type: ignore[arg-type]


@pytest.mark.slow
def test_cli_eval_exits_zero_even_when_a_case_fails(settings: Settings,
                                                    assistant: PolicyAssistant,
                                                    tmp_path: Path) -> None:
    dataset = _write_cases(tmp_path)
    out = tmp_path / "cli-out"
    env = {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "POLICY_ASSISTANT_STATE_DIR": str(settings.state_dir), "HF_HUB_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False"}
    done = subprocess.run([sys.executable, "-m", "app", "eval", str(dataset), "--out", str(out)],
                          env=env, cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "pass rate 80.0% (4/5)" in done.stdout
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [f["id"] for f in report["failures"]] == ["e4-wrong"]
    assert (out / "report.md").exists()
    assert len((out / "answers.jsonl").read_text(encoding="utf-8").splitlines()) == len(CASES)
