"""A malformed rule file stops loading with ``file:line: reason``.

``ingest`` refuses to build when a rule is wrong, so a bad figure never reaches
a user; the message must let the editor of the YAML find the spot. Each case
writes a small rule file into a temporary ``rules/`` directory and checks the
file name, the line of the offending rule and the reason. Rules are checked
against the fact vocabulary beside them (``domain/facts.yaml``), so each case's
rule directory sits next to a copy of the corpus's declaration.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.config import PROJECT_ROOT
from app.rules.loader import RuleFileError, load_rulebook

CITATION = (
    "    citation:\n"
    "      doc_id: changping-zone-draft\n"
    "      article: 第八条\n"
    "      item: （二）\n"
    "      text: 支持设立医药健康销售平台型企业，按照年度销售收入的2‰给予资金支持。\n"
)


def _rule(rule_id: str = "test-sales-platform", *, rate: str = "2‰",
          kind: str | None = "fixed", fact: str = "sales_revenue_yuan") -> str:
    kind_line = f"    kind: {kind}\n" if kind else ""
    return (
        f"  - id: {rule_id}\n"
        "    name: 销售平台\n"
        f"{CITATION}"
        "    level: district\n"
        "    audience: 销售平台型企业\n"
        f"{kind_line}"
        f"    formula: {{type: rate, base: {fact}, rate: {rate}}}\n"
    )


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    """An empty ``rules/`` directory beside a copy of the corpus's fact vocabulary."""
    domain = tmp_path / "domain"
    domain.mkdir()
    shutil.copy(PROJECT_ROOT / "corpus" / "domain" / "facts.yaml", domain / "facts.yaml")
    rules = tmp_path / "rules"
    rules.mkdir()
    return rules


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def _load_error(directory: Path) -> str:
    with pytest.raises(RuleFileError) as caught:
        load_rulebook(directory)
    return str(caught.value)


def _line_of(message: str, path: Path) -> int:
    match = re.search(rf"{re.escape(path.name)}:(\d+):", message)
    assert match, f"no file:line in {message!r}"
    return int(match.group(1))


def test_a_valid_file_loads(rules_dir: Path) -> None:
    _write(rules_dir, "ok.yaml", "rules:\n" + _rule())
    book = load_rulebook(rules_dir)
    assert [rule.id for rule in book.rules] == ["test-sales-platform"]
    assert book.rules[0].citation.article == "第八条"
    # The book carries the vocabulary it was checked against.
    assert "sales_revenue_yuan" in book.vocabulary.facts
    assert book.vocabulary.label("sales_revenue_yuan") == "销售平台的年度销售收入"


BAD_RULE_FILES = [
    # (what is wrong, file text, line of the offending rule, words of the reason)
    ("missing field", "# 缺 kind\nrules:\n" + _rule(kind=None), 3, "kind"),
    ("figure not in its clause", "rules:\n" + _rule(rate="3‰"), 2, "未出现在所引条款原文中"),
    ("second rule is the bad one", "rules:\n" + _rule() + _rule("test-two", rate="5‰"), 13,
     "5‰"),
    ("unknown fact", "rules:\n" + _rule(fact="turnover_yuan"), 2, "turnover_yuan"),
    ("undeclared fact points at the vocabulary", "rules:\n" + _rule(fact="turnover_yuan"), 2,
     "corpus/domain/facts.yaml"),
    ("unknown fact in a condition", "rules:\n" + _rule() +
     "    conditions:\n      - {fact: turnover_yuan, op: is_true, label: 有营业额}\n", 2,
     "turnover_yuan"),
    ("unknown condition option", "rules:\n" + _rule() +
     "    conditions:\n      - {fact: sme, op: is_true, label: 中小微, assume: true}\n", 2,
     "assume"),
    ("kind contradicts formula", "rules:\n" + _rule(kind="unspecified"), 2, "unspecified"),
    ("bad id", "rules:\n" + _rule("Bad_ID"), 2, "pattern"),
]


@pytest.mark.parametrize(("text", "line", "reason"),
                         [case[1:] for case in BAD_RULE_FILES],
                         ids=[case[0] for case in BAD_RULE_FILES])
def test_malformed_rule_names_file_line_and_reason(rules_dir: Path, text: str, line: int,
                                                   reason: str) -> None:
    path = _write(rules_dir, "bad-rules.yaml", text)
    message = _load_error(rules_dir)
    assert _line_of(message, path) == line
    assert reason in message


def test_yaml_syntax_error_names_file_and_line(rules_dir: Path) -> None:
    path = _write(rules_dir, "broken.yaml",
                  "rules:\n  - id: test-x\n    name: [未闭合\n    level: district\n")
    message = _load_error(rules_dir)
    assert _line_of(message, path) >= 3
    assert "YAML 语法错误" in message


def test_unknown_top_level_key_is_refused(rules_dir: Path) -> None:
    path = _write(rules_dir, "top.yaml", "rulez:\n" + _rule())
    message = _load_error(rules_dir)
    assert _line_of(message, path) == 1
    assert "rulez" in message


def test_a_directory_without_rule_files_is_refused(rules_dir: Path) -> None:
    assert "没有规则文件" in _load_error(rules_dir)


def test_bad_file_is_named_among_good_ones(rules_dir: Path) -> None:
    _write(rules_dir, "a-good.yaml", "rules:\n" + _rule("test-good"))
    bad = _write(rules_dir, "b-bad.yaml", "rules:\n" + _rule("test-bad", rate="9%"))
    message = _load_error(rules_dir)
    assert _line_of(message, bad) == 2
    assert "a-good.yaml" not in message


def test_duplicate_id_in_one_file_names_file_and_line(rules_dir: Path) -> None:
    path = _write(rules_dir, "dup.yaml", "rules:\n" + _rule("test-dup") + _rule("test-dup"))
    message = _load_error(rules_dir)
    assert "test-dup" in message and "重复" in message
    assert _line_of(message, path) == 13  # the second occurrence


def test_duplicate_id_is_refused(rules_dir: Path) -> None:
    _write(rules_dir, "a.yaml", "rules:\n" + _rule("test-dup"))
    _write(rules_dir, "b.yaml", "rules:\n" + _rule("test-dup"))
    message = _load_error(rules_dir)
    assert "test-dup" in message and "重复" in message


def test_rule_that_is_not_a_mapping_names_its_line(rules_dir: Path) -> None:
    path = _write(rules_dir, "scalar.yaml", "rules:\n" + _rule() + "  - just-a-string\n")
    message = _load_error(rules_dir)
    assert _line_of(message, path) == 13


def test_duplicate_id_across_files_names_the_second_file(rules_dir: Path) -> None:
    _write(rules_dir, "a.yaml", "rules:\n" + _rule("test-dup"))
    second = _write(rules_dir, "b.yaml", "# 重复的规则\nrules:\n" + _rule("test-dup"))
    message = _load_error(rules_dir)
    assert _line_of(message, second) == 3
    assert "a.yaml:2" in message  # where the id was first defined


def test_a_section_that_is_not_a_list_names_its_line(rules_dir: Path) -> None:
    path = _write(rules_dir, "flat.yaml", "principles: []\nrules:\n  id: test-flat\n")
    message = _load_error(rules_dir)
    assert _line_of(message, path) == 3
    assert "rules" in message and "列表" in message


def test_an_empty_file_holds_no_rules(rules_dir: Path) -> None:
    _write(rules_dir, "empty.yaml", "# 暂无规则\n")
    _write(rules_dir, "ok.yaml", "rules:\n" + _rule())
    assert [rule.id for rule in load_rulebook(rules_dir).rules] == ["test-sales-platform"]


def test_condition_options_of_the_new_schema_load(rules_dir: Path) -> None:
    _write(rules_dir, "ok.yaml", "rules:\n" + _rule() + (
        "    conditions:\n"
        "      - {fact: sme, op: is_true, label: 中小微, assume_when_unknown: true}\n"
        "      - {fact: first_time, op: is_true, label: 首次,"
        " first_crossing_of: sales_revenue_yuan}\n"))
    [rule] = load_rulebook(rules_dir).rules
    assumed, first = rule.conditions
    assert (assumed.assume_when_unknown, assumed.first_crossing_of) == (True, None)
    assert (first.assume_when_unknown, first.first_crossing_of) == (False, "sales_revenue_yuan")


def test_a_rules_directory_without_a_vocabulary_is_refused(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    _write(rules, "ok.yaml", "rules:\n" + _rule())
    with pytest.raises(RuleFileError) as caught:
        load_rulebook(rules)
    assert "facts.yaml" in str(caught.value) and "无法读取事实词表" in str(caught.value)


@pytest.mark.parametrize(("facts_yaml", "reason"), [
    ("facts:\n  odd_fact: {type: colour, label: 颜色}\n", "odd_fact"),
    ("facts:\n  odd_yuan: {type: money, measure: nowhere, label: 某金额}\n", "nowhere"),
    ("facts:\n  odd_fact: {type: bool}\n", "odd_fact"),
    ("facts: [unclosed\n", "无法读取事实词表"),
], ids=["unknown type", "undeclared measure", "no label", "yaml syntax"])
def test_a_malformed_vocabulary_is_refused_with_the_fact_named(
        rules_dir: Path, facts_yaml: str, reason: str) -> None:
    (rules_dir.parent / "domain" / "facts.yaml").write_text(facts_yaml, encoding="utf-8")
    _write(rules_dir, "ok.yaml", "rules:\n" + _rule())
    message = _load_error(rules_dir)
    assert "facts.yaml" in message and reason in message
