"""Jieba tokenisation with the domain dictionary, the glossary and BM25 over clauses.

These need no embedder: the keyword half of retrieval is built from the corpus
alone, so the tests build it directly (it takes well under a second).
"""

from __future__ import annotations

import pytest

from app.config import Settings
from app.documents import Chunk
from app.ingest.index_builder import load_chunks
from app.retrieval.glossary import Glossary
from app.retrieval.keyword_index import KeywordIndex
from app.retrieval.tokenizer import ChineseTokenizer, load_domain_terms

CORPUS_DIR = Settings().corpus_dir


@pytest.fixture(scope="module")
def tokenizer() -> ChineseTokenizer:
    return ChineseTokenizer(load_domain_terms(CORPUS_DIR))


@pytest.fixture(scope="module")
def chunks() -> list[Chunk]:
    return load_chunks(Settings())


@pytest.fixture(scope="module")
def keyword_index(chunks: list[Chunk], tokenizer: ChineseTokenizer) -> KeywordIndex:
    return KeywordIndex(chunks, tokenizer, Glossary.load(CORPUS_DIR / "glossary.yaml"))


def _top_ids(index: KeywordIndex, chunks: list[Chunk], query: str, k: int = 5) -> list[str]:
    return [chunks[pos].chunk_id for pos, _ in index.search(query, k)]


def test_domain_dictionary_is_loaded_without_comments() -> None:
    terms = load_domain_terms(CORPUS_DIR)

    assert {"1类化学药", "药品注册证书", "License-out", "CDMO", "主营业务收入"} <= set(terms)
    assert not any(term.startswith("#") for term in terms)


@pytest.mark.parametrize(("text", "term"), [
    ("1类化学药进入Ⅱ期临床有多少奖励", "1类化学药"),
    ("对获得药品注册证书且实施产业化的新药", "药品注册证书"),
    ("通过License-out等方式与跨国龙头企业开展合作", "license-out"),
    ("通过License-in等方式从国外引进先进技术", "license-in"),
    ("支持CRO、CDMO、CMO等合同外包服务机构发展", "cdmo"),
    ("对年度主营业务收入首次突破5亿元（含）以上的医药健康企业", "主营业务收入"),
    ("在细胞与基因治疗等前沿领域开展非注册性临床试验", "非注册性临床试验"),
])
def test_domain_terms_stay_whole(tokenizer: ChineseTokenizer, text: str, term: str) -> None:
    assert term in tokenizer.tokenize(text)


def test_without_the_dictionary_jieba_splits_policy_terms() -> None:
    plain = ChineseTokenizer().tokenize("1类化学药的License-out和主营业务收入")

    assert "1类化学药" not in plain
    assert "license-out" not in plain
    assert "主营业务收入" not in plain


@pytest.mark.parametrize("spelling", ["Ⅱ期", "II期", "ii期", "二期", "2期", "２期"])
def test_phase_spellings_become_one_token(tokenizer: ChineseTokenizer, spelling: str) -> None:
    assert "ii期" in tokenizer.tokenize(f"1类化学药进入{spelling}临床")


def test_drug_class_spellings_become_one_token(tokenizer: ChineseTokenizer) -> None:
    for spelling in ("1类化学药", "一类化学药", "I类化学药", "１类化学药"):
        assert "1类化学药" in tokenizer.tokenize(spelling), spelling


def test_stopwords_and_punctuation_are_dropped(tokenizer: ChineseTokenizer) -> None:
    tokens = tokenizer.tokenize("请问，我们的CRO企业能拿多少？")

    assert tokens == ["cro", "企业", "拿"]


def test_tokens_are_case_insensitive(tokenizer: ChineseTokenizer) -> None:
    assert tokenizer.tokenize("CDMO License-Out") == tokenizer.tokenize("cdmo license-out")


def test_bm25_finds_the_cdmo_clause(keyword_index: KeywordIndex, chunks: list[Chunk]) -> None:
    top = _top_ids(keyword_index, chunks, "CDMO服务金额")[0]

    assert top == "changping-zone-draft/第十五条（一）"


@pytest.mark.parametrize(("query", "expected"), [
    ("年度主营业务收入首次突破5亿元", "changping-zone-draft/第十二条（一）"),
    ("1类化学药进入Ⅱ期临床有多少奖励", "changping-zone-draft/第五条（一）"),
    ("新兽药注册证书", "changping-zone-draft/第六条（二）"),
    ("AI实体医院 垂类大模型", "changping-2026-2028/（五）"),
])
def test_bm25_ranks_the_clause_first(keyword_index: KeywordIndex, chunks: list[Chunk],
                                     query: str, expected: str) -> None:
    assert _top_ids(keyword_index, chunks, query)[0] == expected


def test_glossary_bridges_english_and_colloquial_words(keyword_index: KeywordIndex,
                                                       chunks: list[Chunk]) -> None:
    glossary = Glossary.load(CORPUS_DIR / "glossary.yaml")

    assert "药品注册证书" in glossary.policy_terms("拿到批文以后有奖励吗")
    # ASCII variants match whole words only.
    assert "国际权威机构" in glossary.policy_terms("approved by the FDA")
    assert glossary.expand("天气怎么样") == "天气怎么样"
    assert "changping-zone-draft/第十一条（二）" in _top_ids(
        keyword_index, chunks, "out-licensing deal with a multinational", k=3)


def test_scores_are_positive_and_descending(keyword_index: KeywordIndex) -> None:
    results = keyword_index.search("CRO CDMO 服务金额 资金支持", 10)

    scores = [score for _, score in results]
    assert scores and all(score > 0 for score in scores)
    assert scores == sorted(scores, reverse=True)


def test_query_without_known_words_finds_nothing(keyword_index: KeywordIndex) -> None:
    assert keyword_index.search("的 了 吗？", 5) == []
    assert keyword_index.search("xyzzy plugh", 5) == []


def test_keyword_text_leaves_out_the_clause_number(chunks: list[Chunk]) -> None:
    # 第十四条 would otherwise tokenise to 十四 and match 十四五.
    chunk = next(c for c in chunks if c.chunk_id == "changping-zone-draft/第十四条（一）")

    assert "第十四条" not in chunk.keyword_text()
    assert chunk.text in chunk.keyword_text()
