"""The clause search's cut-off and 高/中/低 labels, measured on the project's retrieval set.

Calibration, not a tuning to cases: the retrieval set's relevant clause must survive the
cut-off for most queries, and everyday questions about nothing in the texts must mostly
find nothing. The figures are printed so a change to the thresholds shows its trade-off.
"""

from __future__ import annotations

import json

from app.config import PROJECT_ROOT
from app.retrieval.glossary import Glossary
from app.retrieval.hybrid import HybridSearcher
from app.retrieval.relevance import RelevanceJudge
from app.retrieval.tokenizer import ChineseTokenizer, load_domain_terms

OFF_TOPIC = ["天气预报", "今天吃什么", "帮我写一首诗", "股票怎么买", "你好", "如何减肥",
             "明天下雨吗", "猫粮推荐", "考研英语", "个人所得税怎么交", "高考志愿",
             "what's the weather tomorrow", "write me a poem", "how do I bake bread"]


def _judge(searcher: HybridSearcher) -> RelevanceJudge:
    corpus = PROJECT_ROOT / "corpus"
    return RelevanceJudge(searcher.chunks, ChineseTokenizer(load_domain_terms(corpus)),
                          Glossary.load(corpus / "glossary.yaml").expand)


def test_relevant_clauses_survive_and_off_topic_queries_find_nothing(
        searcher: HybridSearcher) -> None:
    judge = _judge(searcher)
    kept = found = 0
    for line in (PROJECT_ROOT / "evals" / "retrieval" / "queries.jsonl").read_text(
            encoding="utf-8").splitlines():
        case = json.loads(line)
        wanted = {(r["doc_id"], r["article"], r["item"]) for r in case["relevant"]}
        hits = searcher.search(case["query"], k=5)
        dense = searcher.search(case["query"], k=len(searcher.chunks), mode="dense")

        def relevant(chunk: object, wanted: set[tuple[object, ...]] = wanted) -> bool:
            key = (chunk.doc_id, chunk.article, chunk.item)  # type: ignore[attr-defined]
            return key in wanted or (key[0], key[1], None) in wanted

        if any(relevant(h.chunk) for h in hits):
            found += 1
            kept += any(relevant(j.hit.chunk) for j in judge.judge(case["query"], hits, dense))
    empty = sum(not judge.judge(q, searcher.search(q, k=5),
                                searcher.search(q, k=len(searcher.chunks), mode="dense"))
                for q in OFF_TOPIC)
    print(f"relevant clause kept after cut-off: {kept}/{found}; "
          f"off-topic with nothing shown: {empty}/{len(OFF_TOPIC)}")
    assert kept / found >= 0.9
    assert empty / len(OFF_TOPIC) >= 0.75
    assert not judge.judge("天气预报", searcher.search("天气预报", k=5),
                           searcher.search("天气预报", k=len(searcher.chunks), mode="dense"))


def test_a_query_in_the_clauses_own_words_is_highly_relevant(searcher: HybridSearcher) -> None:
    judge = _judge(searcher)
    query = "CRO 年度实际服务金额 资金支持"
    judged = judge.judge(query, searcher.search(query, k=3),
                         searcher.search(query, k=len(searcher.chunks), mode="dense"))
    assert judged and judged[0].level == "高" and judged[0].hit.chunk.article == "第十五条"
