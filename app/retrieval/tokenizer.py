"""Chinese word segmentation for the keyword index (jieba plus a domain dictionary).

bm25s's own tokenizer treats a run of CJK characters as one token, which makes
Chinese BM25 useless; jieba splits it into words, and the domain dictionary
keeps policy terms such as 1类化学药 or 主营业务收入 whole.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

import jieba

from app.normalize import canonical_terms

_STOPWORDS = frozenset(
    "的 了 和 与 及 或 等 是 在 对 为 有 个 我 我们 你 你们 他 她 它 这 那 "
    "吗 呢 吧 啊 呀 么 什么 多少 怎么 怎样 如何 哪些 可以 能 能够 会 要 想 "
    "请问 一下 给予 按照 进行 开展 以及 其 之 "
    "a an the of to in for and or is are be can how what which much many does do with on by "
    "we our i my".split()
)
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff‰%+\-]")


def load_domain_terms(corpus_dir: Path) -> list[str]:
    """Terms from ``corpus/dictionary.txt`` (one per line, ``#`` comments)."""
    path = corpus_dir / "dictionary.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


class ChineseTokenizer:
    """A private jieba instance (no global state) with the policy vocabulary added."""

    def __init__(self, domain_terms: Iterable[str] = ()) -> None:
        jieba.setLogLevel(logging.WARNING)
        self._jieba = jieba.Tokenizer()
        for term in domain_terms:
            # Tokens are matched lower-cased (II期 -> ii期), so the dictionary is too.
            self._jieba.add_word(term.lower(), freq=20000)

    def cut(self, text: str) -> list[str]:
        """Plain (not search-mode) segmentation: the longest words, in order."""
        return list(self._jieba.cut(text))

    def tokenize(self, text: str) -> list[str]:
        """Search-mode segmentation of normalised, lower-cased text, stopwords removed."""
        folded = canonical_terms(text).lower()
        tokens = []
        for token in self._jieba.cut_for_search(folded):
            token = token.strip()
            if token and token not in _STOPWORDS and _TOKEN_OK.search(token):
                tokens.append(token)
        return tokens
