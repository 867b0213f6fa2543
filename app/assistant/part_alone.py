r"""Which one of several provisions a question asks about alone.

"CRO业务服务金额0.15亿；论坛费用531万。先不算总数，CRO服务那部分单独能拿多少？", "我只问B公司
能拿多少", "I only need the veterinary part - how much is that alone?": the message gives
evidence for two provisions, but asks for one. The total would be an amount the user did not
ask for, and reads as the answer to their question: a wrong figure. The asking sentence
(the one with a word of "alone") names the provision by its policy words or the words of the
measure it reads; when it names some of the provisions and not the others, only those are
answered. Language-general: the provisions' words come from the rule book and vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.assistant.money_reader import SENTENCE
from app.assistant.provisions import asks_total
from app.rules.schema import Rule
from app.rules.vocabulary import Vocabulary

# A word that asks for one thing apart from the rest.
_ALONE = re.compile(r"单独|(?:on )?its own|by itself|只问|只想问|只想知道|只需要?知道|"
                    r"只看|仅问|光是|光问|就问|单算|分开算|"
                    r"先不算总|不算总数|那部分|这部分|那一项|这一项|那块|这块|那一块|这一块|"
                    r"\balone\b|\b(?:only|just) (?:need|want|ask|care about|interested in)\b|"
                    r"\b(?:only|just) (?:the|that|this) [a-z\- ]{0,30}"
                    r"\b(?:part|portion|one|item|bit|piece|provision|article)\b",
                    re.IGNORECASE)
# "先不算总数": the total is expressly not asked, though the message says 总数.
_NOT_TOTAL = re.compile(r"先?不算总|不要总数|不用合计|不用加|\bnot the total\b|"
                        r"\brather than the total\b", re.IGNORECASE)
# Where an English asking clause starts after a dash: "I only need the veterinary part - how
# much is that alone?" is one request.
_DASH = re.compile(r"\s[-–—]\s")


def parts_asked_alone(question: str, rules: Sequence[Rule], vocabulary: Vocabulary,
                      policy_terms: Callable[[str], list[str]] = lambda _: []
                      ) -> list[int] | None:
    """The indexes of ``rules`` the question asks for alone, or None when it asks for all.

    ``question`` is the prepared message; ``policy_terms`` gives the policy's words for the
    user's (the glossary: "veterinary" is 动物药). Only a strict, non-empty subset named in an
    asking sentence counts; a sentence naming every provision (or none) asks for them all.
    An asking sentence that names an entry by its label ("我只问B公司") names what the
    entry's own words name.
    """
    lowered = _DASH.sub(" ", question.lower())
    if asks_total(question) and not _NOT_TOTAL.search(lowered):
        return None  # "…separately drug Y was in-licensed. Total?": all of them
    terms = [_terms(rule, vocabulary) for rule in rules]
    # A word two of the provisions share (奖励, 品种) names neither apart.
    shared = {t for i, own in enumerate(terms) for t in own
              if any(t in other for j, other in enumerate(terms) if j != i)}
    for sentence in SENTENCE.finditer(lowered):
        words = sentence.group(0)
        if not _ALONE.search(words):
            continue
        words += "".join(_entries_named(lowered, words, sentence.start()))
        words += " " + " ".join(policy_terms(words)).lower()
        named = [index for index, own in enumerate(terms)
                 if any(t in words for t in own - shared)]
        if named and len(named) < len(rules):
            return named
    return None


# An entry's label in the asking sentence ("B公司", "乙品种", "项目A", "QY#ce").
_LABEL = re.compile(r"(?<![a-z0-9#])([a-d甲乙丙丁])(?=公司|品种|产品|项目|那家|那个)|"
                    r"(?:公司|品种|产品|项目)([a-d甲乙丙丁])(?![a-z0-9#])|"
                    r"(?<![a-z0-9#])([a-z]{1,5}#[a-j]+)")


def _entries_named(text: str, asking: str, asked_at: int) -> list[str]:
    """The words of each entry, before the asking sentence, that it names by its label."""
    found = []
    for label in _LABEL.finditer(asking):
        name = next(g for g in label.groups() if g)
        entry = re.search(rf"(?<![a-z0-9#]){re.escape(name)}[^。；;\n]*", text[:asked_at])
        if entry is not None:
            found.append(" " + entry.group(0))
    return found


def _terms(rule: Rule, vocabulary: Vocabulary) -> set[str]:
    """The words that name a rule: its policy keywords and its measures' cue words."""
    terms = {k.lower() for k in rule.keywords if len(k) >= 2}
    for fact in rule.formula_facts():
        spec = vocabulary.facts.get(fact)
        measure = vocabulary.measures.get(spec.measure or "") if spec is not None else None
        if measure is not None:
            terms |= {c.lower() for c in measure.cues if len(c) >= 2}
    return terms


# "And item (2) on its own?", "第二项单独呢", "the second one alone": an item of the list the
# previous question numbered, asked for alone.
_BY_NUMBER = re.compile(r"(?:item|part|no\.?|number|#)?\s*[（(]\s*([1-9])\s*[)）]|"
                        r"(?:item|part|no\.?|number|#)\s*([1-9])\b|"
                        r"第\s*([一二三四五六1-9])\s*(?:项|个|条|部分|件|点)|"
                        r"\bthe (first|second|third|fourth|fifth) (?:one|item|part|matter)\b",
                        re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
# The opening of a numbered entry in the earlier message: "(2) …", "2) …", "2. …", "二是…".
_ENTRY = (r"(?:[（(]\s*{n}\s*[)）]|(?<![0-9.]){n}\s*[)）.、]|{cn}(?:是|、)|"
          r"第{cn}(?:项|个|点)[，,:：]?)")


def numbered_entry(message: str, earlier: str) -> str | None:
    """The words of the entry the message asks for alone by its number, from ``earlier``.

    None unless the message asks for one thing alone ("on its own", "单独") and names an
    entry the earlier message numbered.
    """
    found = _BY_NUMBER.search(message)
    if found is None or not _ALONE.search(message):
        return None
    raw = next(g for g in found.groups() if g)
    number = _ORDINALS.get(raw.lower(), int(raw) if raw.isdigit() else 0)
    if not number:
        return None
    chinese = "一二三四五六"[number - 1] if number <= 6 else str(number)
    entry = re.search(_ENTRY.format(n=number, cn=chinese)
                      + r"(?P<words>(?:[^；;。\n.?？]|\.(?=\d))*)", earlier)
    if entry is None:
        return None
    words = entry.group("words")
    # The entry ends where the next one opens: "(2) …" runs to "(3)".
    following = re.search(_ENTRY.format(n=number + 1, cn="一二三四五六七"[number]
                                         if number < 7 else str(number + 1)), words)
    return (words[:following.start()] if following else words).strip(" ，,;；") or None
