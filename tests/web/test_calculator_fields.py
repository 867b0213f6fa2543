"""The calculator form and its totals come from the corpus, not from the web code."""

from __future__ import annotations

from app.config import PROJECT_ROOT
from app.documents import PolicyDocument
from app.ingest.loader import load_corpus
from app.rules.loader import load_rulebook
from app.web.calculator_panel import level_names, money_fields


def _documents() -> list[PolicyDocument]:
    return load_corpus(PROJECT_ROOT / "corpus")


def test_every_money_fact_a_rule_reads_is_a_field_with_its_declared_label() -> None:
    book = load_rulebook(PROJECT_ROOT / "corpus" / "rules")
    fields = dict(money_fields(book))
    read = {fact for rule in book.rules for fact in rule.facts_read()}
    for name, spec in book.vocabulary.facts.items():
        if spec.type == "money":
            assert (name in fields) == (name in read), name
            if name in fields:
                assert fields[name] == spec.label


def test_levels_are_named_by_their_documents_front_matter() -> None:
    book = load_rulebook(PROJECT_ROOT / "corpus" / "rules")
    documents = _documents()
    names = level_names(book, documents)
    assert set(names) == {rule.level for rule in book.rules}
    for level, name in names.items():
        docs = {rule.citation.doc_id for rule in book.rules if rule.level == level}
        for doc in documents:
            if doc.doc_id in docs:
                assert doc.short_title in name
                assert doc.level is None or name.startswith(doc.level)
