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
_LATIN_RUN = re.compile(r"[a-z]+")
_TOKEN_OK = re.compile(r"[\w\u4e00-\u9fff‰%+\-]")


def _latin_start(text: str, position: int) -> int:
    """Where the run of Latin letters holding ``position`` begins."""
    while position > 0 and text[position - 1].isascii() and text[position - 1].isalpha():
        position -= 1
    return position


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
        whole_words: set[int] = set()
        for token, start, end in self._jieba.tokenize(folded, mode="search"):
            if token.isascii() and token.isalpha() and (
                    folded[start - 1:start].isascii() and folded[start - 1:start].isalpha()
                    or folded[end:end + 1].isascii() and folded[end:end + 1].isalpha()):
                # A piece of a longer Latin word: jieba cuts "email" into the dictionary's
                # "ema" + "il", and an e-mail would ask about the EMA. The word stays whole.
                word = _LATIN_RUN.match(folded, _latin_start(folded, start))
                if word is None or word.start() in whole_words:
                    continue
                whole_words.add(word.start())
                token = word.group(0)
            token = token.strip()
            if token and token not in _STOPWORDS and _TOKEN_OK.search(token):
                tokens.append(token)
        return tokens
