"""BM25 over jieba tokens (bm25s), the lexical half of hybrid retrieval."""

from __future__ import annotations

from collections.abc import Sequence

import bm25s
import numpy as np

from app.documents import Chunk
from app.retrieval.glossary import Glossary
from app.retrieval.tokenizer import ChineseTokenizer


class KeywordIndex:
    """BM25 over clause chunks; cheap enough to rebuild in memory at load time."""

    def __init__(self, chunks: Sequence[Chunk], tokenizer: ChineseTokenizer,
                 glossary: Glossary | None = None) -> None:
        self._chunks = list(chunks)
        self._tokenizer = tokenizer
        self._glossary = glossary or Glossary({})
        corpus_tokens = [tokenizer.tokenize(chunk.keyword_text()) for chunk in self._chunks]
        self._vocabulary = {token for tokens in corpus_tokens for token in tokens}
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus_tokens, show_progress=False)

    def search(self, query: str, k: int) -> list[tuple[int, float]]:
        """Top ``k`` (chunk position, BM25 score) pairs with a positive score."""
        expanded = self._glossary.expand(query)
        tokens = [t for t in self._tokenizer.tokenize(expanded) if t in self._vocabulary]
        if not tokens:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens))
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]
