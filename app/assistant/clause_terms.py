"""Distinctive words: the question's words that only a few clauses use.

"产业用地能不能先租后让" shares 先租后让 with exactly one clause, and that is
better evidence of what the user means than any embedding score. Words every
clause uses (支持, 企业, 医药) carry no signal, so a word counts only when its
document frequency over the clauses is small. Nothing here is tuned to a
question: the frequencies come from the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from app.documents import Chunk
from app.normalize import canonical_terms
from app.retrieval.tokenizer import ChineseTokenizer

# A word in more clauses than this says "pharma policy", not "this clause".
_MAX_CLAUSE_FREQUENCY = 4
# A heading word in more headings than this (支持, 企业) names no subject.
_MAX_HEADING_FREQUENCY = 6
_MIN_WORD_CHARS = 2

ClauseKey = tuple[str, str, str | None]


class ClauseTerms:
    """Per-clause vocabularies and the corpus document frequency of each word."""

    def __init__(self, chunks: Sequence[Chunk], tokenizer: ChineseTokenizer,
                 domain_terms: Sequence[str] = (), common_words: Iterable[str] = ()) -> None:
        self._tokenizer = tokenizer
        # Words never distinctive however rare (place names: "昌平" names the district).
        self._common = {canonical_terms(w).lower() for w in common_words}
        # jieba's search mode splits long words only into 2- and 3-character pieces, so a
        # dictionary term inside a longer one (研发中心 in 外资研发中心) is added by hand.
        self._terms = sorted({canonical_terms(t).lower() for t in domain_terms if len(t) >= 2})
        self._sentence_words: dict[str, set[str]] = {}
        self._parts: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._last_question: tuple[str, frozenset[str]] | None = None
        self._words: dict[ClauseKey, set[str]] = {}
        self._heading_words: dict[ClauseKey, set[str]] = {}
        for chunk in chunks:
            self._heading_words[(chunk.doc_id, chunk.article, chunk.item)] = {
                w for w in self._words_of(chunk.heading or "") if len(w) >= _MIN_WORD_CHARS}
            words = self._words_of(f"{chunk.heading or ''} {chunk.text}")
            self._words[(chunk.doc_id, chunk.article, chunk.item)] = words
            # A rule on a whole article also owns the words of its items.
            article_key = (chunk.doc_id, chunk.article, None)
            self._words.setdefault(article_key, set()).update(words)
        counts: Counter[str] = Counter()
        for key, words in self._words.items():
            if key[2] is not None or not any(k[:2] == key[:2] and k[2] for k in self._words):
                counts.update(words)
        self._frequency = counts
        headings = Counter(w for words in {frozenset(v) for v in self._heading_words.values()}
                           for w in words)
        self._subject_words = {w for w, n in headings.items() if n <= _MAX_HEADING_FREQUENCY}

    def distinctive(self, text: str) -> set[str]:
        """Words of the text that occur in at least one and at most a few clauses.

        Routing and the clause checks ask about the same question several times, so the
        last question's answer is kept.
        """
        if self._last_question is not None and self._last_question[0] == text:
            return set(self._last_question[1])
        words = self._rare_words(text)
        self._last_question = (text, frozenset(words))
        return words

    def _rare_words(self, text: str) -> set[str]:
        return {word for word in self._words_of(text)
                if len(word) >= _MIN_WORD_CHARS and not word.isdigit()
                and word not in self._common
                and 0 < self._frequency.get(word, 0) <= _MAX_CLAUSE_FREQUENCY}

    def _words_of(self, text: str) -> set[str]:
        folded = canonical_terms(text).lower()
        return set(self._tokenizer.tokenize(text)) | {t for t in self._terms if t in folded}

    def words(self, text: str) -> set[str]:
        """The text's words as clauses are indexed (jieba plus the domain terms)."""
        return {w for w in self._words_of(text) if len(w.strip()) >= _MIN_WORD_CHARS}

    def subject_words(self, text: str, clause: ClauseKey) -> set[str]:
        """Words of the text that name the clause's subject in its heading.

        "研发" of "支持企业研发创新": a question about the subject, however few rare words
        it has.
        """
        own = self._heading_words.get(clause, set()) & self._subject_words
        return {w for w in self._words_of(text) if w in own}

    def keyword_parts(self, keyword: str) -> tuple[tuple[str, ...], ...]:
        """Ways to cut a keyword into pieces ("外资研发中心" → 外资 + 研发中心).

        They match with words between them ("外资药企在昌平的研发中心").
        """
        cached = self._parts.get(keyword)
        if cached is None:
            folded = canonical_terms(keyword).lower()
            pieces = [t for t in self._tokenizer.cut(folded) if len(t.strip()) >= 2]
            cuts = [tuple(pieces)] if len(pieces) >= 2 and "".join(pieces) == folded else []
            if len(folded) >= 4 and not folded.isascii():
                cuts += [(folded[:i], folded[i:]) for i in range(2, len(folded) - 1)]
            cached = tuple(cuts)
            self._parts[keyword] = cached
        return cached

    def shared(self, words: set[str], clause: ClauseKey) -> set[str]:
        """Which of the words the clause uses."""
        return words & self._words.get(clause, set())

    def shared_with_text(self, words: set[str], text: str) -> set[str]:
        """Which of the words a sentence (a rule's citation) uses; sentences are cached."""
        cached = self._sentence_words.get(text)
        if cached is None:
            cached = self._words_of(text)
            self._sentence_words[text] = cached
        return words & cached


def is_telling(words: set[str]) -> bool:
    """Enough rare words to mean something: one long word, or two short ones.

    A single two-character word (专项, 补贴) turns up in unrelated questions too.
    """
    return len(words) >= 2 or any(len(word) >= 3 for word in words)
