"""Labels that tell a message's products apart, and products taken back.

Labels are 产品A, B品种, 项目二, 甲是…; a later turn takes products back by label or by
number ("B那个划掉", "其中有一个先不算").

A label lets a later turn name one product of several ("B那个划掉", "A能拿多少？")
without restating it. Labels are normalised so A, 甲, 一 and 1号 are the same "1".
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.assistant.money_reader import SENTENCE
from app.assistant.number_reader import parse_numeral
from app.rules.vocabulary import Vocabulary

_LABEL_VALUE = {**{c: str(i + 1) for i, c in enumerate("ABCD")},
                **{c: str(i + 1) for i, c in enumerate("甲乙丙丁")},
                **{c: str(i + 1) for i, c in enumerate("一二三四")},
                **{c: str(i + 1) for i, c in enumerate("1234")}}


def item_labels(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """The labels of the products or projects the text is about, each as "1", "2"….

    "产品A…" then "产品B…" are two products, not a correction of one: a label names
    which. A label is a letter, 甲乙丙丁 or an ordinal right after or before an item word,
    or a capital letter heading its own segment ("A是1类化学药，B是2类…").
    """
    found = _label_pattern(tuple(vocabulary.item_count_words + vocabulary.project_count_words),
                           vocabulary.item_count_words_en)
    return frozenset(_LABEL_VALUE[next(g for g in m.groups() if g)[0]]
                     for m in found.finditer(text)) | product_codes(text)


# A product's code as the reader spells it ("BT-187" → "BT#bih", digits out of the way of
# every number): a label of its own, "BT-187不算" takes that product back.
_SPELT_CODE = re.compile(r"(?<![A-Za-z0-9#])([A-Za-z]{1,5})#([a-j]{2,6})(?![a-z])")


def product_codes(text: str) -> frozenset[str]:
    """The product codes the (prepared) text names, as written ("BT-187")."""
    return frozenset(f"{m.group(1).upper()}-" + "".join(str(ord(c) - ord("a")) for c in m.group(2))
                     for m in _SPELT_CODE.finditer(text))


@lru_cache(maxsize=8)
def _label_pattern(words: tuple[str, ...], english: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The label pattern for a vocabulary's item words, built once per vocabulary.

    ``english`` are the vocabulary's English item words, as expressions ("products?"):
    "product B" is labelled as "B品种" is.
    """
    nouns = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)
                     if len(w) > 1 or w in "药") or "品种|产品|项目"
    return re.compile(
        rf"(?:{nouns})\s*([A-D甲乙丙丁](?![A-Za-z0-9#])|[一二三四](?![期类个号共起样般致直些块次旦]|[0-9])|"
        rf"[1-4](?![0-9.期类个万亿%]))|"
        rf"(?<![A-Za-z0-9#])([A-D甲乙丙丁]|[一二三四1-4]号)\s*(?:{nouns})|"
        r"(?:^|[，,。；;：:\n])\s*([A-D甲乙丙丁])\s*(?:是|：|:|为)|"
        rf"(?i:\b(?:{'|'.join(english) or 'products?'}))\s+([A-D])(?![A-Za-z0-9#\-])")


# A label standing alone where a product is taken back ("B那个划掉", "把乙去掉"): no item
# word need stand beside it, but it is no code's letter (BJ-981) and no 甲类 category.
_BARE_LABEL = re.compile(r"(?<![A-Za-z0-9#\-])([A-D甲乙丙丁])(?![A-Za-z0-9#\-类级等])")


def withdrawn_labels(text: str, vocabulary: Vocabulary,
                     figures_at: tuple[int, ...] = ()) -> frozenset[str]:
    """The labels of products a message takes back ("B那个划掉", "去掉产品A，不算了").

    Only a sentence with a withdrawal cue and no figure of its own withdraws: "A不算研发
    投入，是300万" restates a figure instead.
    """
    found: set[str] = set()
    for words in _withdrawing_sentences(text, vocabulary, figures_at):
        labels = item_labels(words, vocabulary) or frozenset(
            _LABEL_VALUE[m.group(1)] for m in _BARE_LABEL.finditer(words))
        found |= labels
    return frozenset(found)


def _withdrawing_sentences(text: str, vocabulary: Vocabulary,
                           figures_at: tuple[int, ...]) -> list[str]:
    """The sentences that take something back: a withdrawal cue and no figure of their own."""
    if vocabulary.retraction is None:
        return []
    return [sentence.group(0) for sentence in SENTENCE.finditer(text)
            if vocabulary.retraction.search(sentence.group(0).lower())
            and not any(sentence.start() <= at < sentence.end() for at in figures_at)]


# "其中有一个还没正式进，先不算", "里面两个去掉", "one of them doesn't count": some of a group.
_SOME_OF = re.compile(r"(?:其中|里面|这里面|当中|这几个里?|这些里?|"
                      r"(?<![0-9一两二三四五六七八九十])有)(?:有|的)?\s*"
                      r"([0-9]{1,2}|[一两二三四五六七八九十])\s*(?:个|款|种)|"
                      r"(?<![a-z])([0-9]{1,2}|one|two|three|four|five)\s+of\s+(?:them|these|those)"
                      r"(?![a-z])")
_EN_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _small(raw: str) -> int:
    """A small count as written: "3", "三", "两", "three"."""
    return _EN_SMALL[raw] if raw in _EN_SMALL else int(parse_numeral(raw))


def withdrawn_count(text: str, vocabulary: Vocabulary,
                    figures_at: tuple[int, ...] = ()) -> int | None:
    """How many products of a group a message takes back ("其中有一个…先不算"), if any.

    As with labels, only a sentence with a withdrawal cue and no figure of its own counts.
    """
    total = 0
    for words in _withdrawing_sentences(text, vocabulary, figures_at):
        if (found := _SOME_OF.search(words.lower())) is not None:
            total += _small(found.group(1) or found.group(2))
    return total or None


# "表里第二行先不算", "第3项去掉": a product by its place in the list or table given.
_ORDINAL = re.compile(r"第\s*([一二三四五六七八九]|[1-9])\s*(?:行|个|项|组)")


def withdrawn_rows(text: str, vocabulary: Vocabulary,
                   figures_at: tuple[int, ...] = ()) -> frozenset[int]:
    """The 1-based places of products a message takes back ("表里第二行先不算")."""
    return frozenset(_small(place.group(1))
                     for words in _withdrawing_sentences(text, vocabulary, figures_at)
                     for place in _ORDINAL.finditer(words))


def takes_back_products(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a message takes back products held, by label, by place or by number."""
    return bool(withdrawn_labels(text, vocabulary)) or bool(withdrawn_rows(text, vocabulary)) \
        or withdrawn_count(text, vocabulary) is not None
