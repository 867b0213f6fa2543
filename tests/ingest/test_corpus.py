"""The corpus: verbatim policy texts with the front matter an answer has to repeat."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.config import PROJECT_ROOT, Settings
from app.ingest.loader import CorpusError, load_corpus, load_document

POLICIES = PROJECT_ROOT / "corpus" / "policies"
SHARED_POLICIES = Path("/work/shared/policies")
DOC_IDS = ["changping-zone-draft", "changping-2026-2028"]  # listing order (front matter)
TITLES = {
    "changping-zone-draft": "中国（北京）自贸试验区科技创新片区昌平组团促进医药健康产业发展支持办法"
                            "（修订稿）（征求意见稿）",
    "changping-2026-2028": "关于支持昌平区医药健康产业高质量发展的若干措施(2026-2028年)",
}
FRONT_MATTER_KEYS = {"doc_id", "title", "issuer", "status", "valid_until", "supersedes", "source"}


def _front_matter(path: Path) -> dict[str, object]:
    raw = path.read_text(encoding="utf-8")
    _, block, _ = raw.split("---\n", 2)
    return yaml.safe_load(block)


def test_corpus_holds_exactly_the_two_policies() -> None:
    documents = load_corpus(Settings().corpus_dir)

    assert [doc.doc_id for doc in documents] == DOC_IDS
    assert sorted(p.stem for p in POLICIES.glob("*.md")) == sorted(DOC_IDS)


@pytest.mark.skipif(not SHARED_POLICIES.is_dir(), reason="shared policy texts not mounted")
@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_body_is_the_source_text_verbatim(doc_id: str) -> None:
    source = (SHARED_POLICIES / f"{doc_id}.txt").read_text(encoding="utf-8")

    body = load_document(POLICIES / f"{doc_id}.md").body

    assert body.strip() == source.strip()


@pytest.mark.parametrize("doc_id", DOC_IDS)
def test_front_matter_has_every_field(doc_id: str) -> None:
    meta = _front_matter(POLICIES / f"{doc_id}.md")

    assert FRONT_MATTER_KEYS <= set(meta)
    assert meta["doc_id"] == doc_id
    assert meta["title"] == TITLES[doc_id]
    assert meta["issuer"]
    assert meta["source"] == f"../shared/policies/{doc_id}.txt"


def test_draft_metadata() -> None:
    doc = load_document(POLICIES / "changping-zone-draft.md")

    assert doc.status == "draft"
    assert doc.valid_until is None
    assert doc.published is None
    assert doc.supersedes == "昌政办发〔2023〕13号"
    assert doc.issuer == "北京未来科学城管理委员会（北京中关村生命科学园管理委员会）"
    assert "征求意见稿" in doc.short_title


def test_measures_metadata() -> None:
    doc = load_document(POLICIES / "changping-2026-2028.md")

    assert doc.status == "in_force"
    assert doc.published == "2026-02-04"
    assert doc.valid_until == "2028-12-31"
    assert doc.supersedes is None
    assert doc.issuer and "市科委中关村管委会" in doc.issuer


def test_loader_keeps_the_body_byte_for_byte(tmp_path: Path) -> None:
    body = "第一条  全角　空格、（一）括号和 trailing spaces   \n\n\n第二条 x。\n"
    path = tmp_path / "p.md"
    path.write_text(f"---\ndoc_id: p\ntitle: T\nstatus: in_force\n---\n{body}", encoding="utf-8")

    doc = load_document(path)

    assert doc.body == body
    assert doc.short_title == "T"  # falls back to the title


@pytest.mark.parametrize(("text", "reason"), [
    ("第一条 没有前言。\n", "missing front matter"),
    ("---\ndoc_id: p\ntitle: T\nstatus: draft\n第一条 没有结束。\n", "not closed"),
    ("---\ndoc_id: p\ntitle: T\n---\n第一条 x。\n", "lacks status"),
    ("---\ndoc_id: p\ntitle: T\nstatus: repealed\n---\n第一条 x。\n", "status must be"),
])
def test_malformed_policy_files_are_rejected_with_the_file_named(tmp_path: Path, text: str,
                                                                 reason: str) -> None:
    path = tmp_path / "broken.md"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(CorpusError, match=reason) as raised:
        load_document(path)

    assert str(path) in str(raised.value)


def test_empty_corpus_directory_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()

    with pytest.raises(CorpusError, match="no policy files"):
        load_corpus(tmp_path)
