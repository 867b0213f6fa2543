"""The rule data against the two policy texts: nothing missed, nothing invented.

Every numbered article, item and measure of both documents must be covered by
a rule (or a combination principle) or listed as an exclusion whose clause
grants no support of its own. Citations must quote their clause and every
figure a rule carries must be in the quoted words.
"""

from __future__ import annotations

import re

import pytest

from app.config import PROJECT_ROOT
from app.documents import Chunk
from app.ingest.chunker import chunk_document
from app.ingest.loader import load_corpus
from app.normalize import nfkc
from app.rules.coverage import uncovered_clauses
from app.rules.loader import RuleBook, load_rulebook
from app.rules.schema import Exclusion, Rule

BOOK = load_rulebook(PROJECT_ROOT / "corpus" / "rules")
CHUNKS: list[Chunk] = [chunk for doc in load_corpus(PROJECT_ROOT / "corpus")
                       for chunk in chunk_document(doc)]
CLAUSES = {(chunk.doc_id, chunk.article, chunk.item): chunk for chunk in CHUNKS}

# Words by which a clause grants money of its own; an excluded clause must have none.
SUPPORT_WORDS = re.compile(r"\d+(?:\.\d+)?\s*(?:万元|亿元|%|‰)|给予.{0,16}(?:资金|补贴|奖励|支持)|"
                           r"资金支持|运营补贴")


def test_every_clause_is_covered_or_excluded(rulebook: RuleBook) -> None:
    assert uncovered_clauses(CHUNKS, rulebook) == []


def test_both_documents_are_chunked_into_their_numbered_clauses() -> None:
    labels = {chunk.chunk_id for chunk in CHUNKS}
    for article in ("第一条", "第七条", "第九条", "第十条", "第十三条", "第十七条", "第十八条"):
        assert f"changping-zone-draft/{article}" in labels
    for item in ("第五条（一）", "第十二条（三）", "第十五条（二）", "第十六条（四）"):
        assert f"changping-zone-draft/{item}" in labels
    measures = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
                "十三", "十四", "十五", "十六", "十七"]
    for measure in measures:
        assert f"changping-2026-2028/（{measure}）" in labels


def test_coverage_check_reports_a_clause_whose_rule_is_gone(rulebook: RuleBook) -> None:
    without_rd_rule = RuleBook(rulebook.vocabulary,
                               rules=[r for r in rulebook.rules if r.id != "zone-13-rd-sme"],
                               principles=rulebook.principles, exclusions=rulebook.exclusions)
    assert uncovered_clauses(CHUNKS, without_rd_rule) == ["changping-zone-draft/第十三条"]


@pytest.mark.parametrize("exclusion", BOOK.exclusions,
                         ids=lambda e: f"{e.doc_id}/{e.article}{e.item or ''}")
def test_excluded_clause_exists_and_grants_no_support(exclusion: Exclusion) -> None:
    key = (exclusion.doc_id, exclusion.article, exclusion.item)
    assert key in CLAUSES, "exclusion names a clause that the chunker does not produce"
    assert exclusion.reason.strip()
    found = SUPPORT_WORDS.findall(CLAUSES[key].text)
    assert found == [], f"excluded clause grants support: {found}"


def test_every_clause_granting_money_has_a_rule(rulebook: RuleBook) -> None:
    ruled = {(r.citation.doc_id, r.citation.article, r.citation.item) for r in rulebook.rules}
    granting = {key for key, chunk in CLAUSES.items()
                if SUPPORT_WORDS.search(chunk.text) and key[1] not in ("第五条", "第十七条")}
    # 第五条 (the article) only announces its items; 第十七条 holds the combination principles.
    assert granting - ruled == set()


def _citation_parts(text: str) -> list[str]:
    return [part for part in text.split("……") if part]


@pytest.mark.parametrize("rule_id", [rule.id for rule in BOOK.rules])
def test_citation_quotes_its_clause_verbatim(rule_id: str) -> None:
    citation = BOOK.rule(rule_id).citation
    key = (citation.doc_id, citation.article, citation.item)
    assert key in CLAUSES, f"{rule_id} cites a clause that does not exist"
    for part in _citation_parts(citation.text):
        assert part in CLAUSES[key].text, part


@pytest.mark.parametrize("rule", BOOK.rules, ids=lambda rule: rule.id)
def test_every_figure_is_in_the_cited_words(rule: Rule) -> None:
    source = nfkc(rule.citation.text)
    for figure in rule.figures():
        assert nfkc(figure) in source or nfkc(figure).rstrip("元") in source, figure


def test_principles_quote_article_seventeen(rulebook: RuleBook) -> None:
    clause = CLAUSES[("changping-zone-draft", "第十七条", None)].text
    assert {p.id for p in rulebook.principles} >= {"no-double-benefit", "city-and-district"}
    for principle in rulebook.principles:
        assert principle.citation.text in clause


def test_rule_ids_are_unique(rulebook: RuleBook) -> None:
    ids = [rule.id for rule in rulebook.rules]
    assert len(ids) == len(set(ids))


def test_levels_follow_the_issuing_document(rulebook: RuleBook) -> None:
    for rule in rulebook.rules:
        expected = "district" if rule.citation.doc_id == "changping-zone-draft" else "municipal"
        assert rule.level == expected, rule.id
