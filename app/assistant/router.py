"""Route a question to the rules that answer it.

Three signals, each cheap and explainable: where the rule's clause ranks in
hybrid retrieval, how many of the rule's policy words the question uses (after
glossary expansion), and whether the user stated the facts the rule computes
with. Facts that contradict a rule's selector (a 2类 drug for a 1类 rule,
"completed" for an "entered" award) push it below its sibling clause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.assistant.clause_terms import ClauseTerms, is_telling
from app.assistant.fact_reader import Reading
from app.documents import Hit
from app.normalize import canonical_brackets, canonical_terms, term_in
from app.retrieval.glossary import Glossary
from app.rules.loader import RuleBook
from app.rules.schema import Rule, is_money_fact
from app.rules.vocabulary import Vocabulary

_RANK_BONUS = (3.0, 2.2, 1.6, 1.2, 1.0, 0.8, 0.6, 0.5)
_KEYWORD_WEIGHT = 1.0
_KEYWORD_MAX = 4
_BASE_FACT_WEIGHT = 3.0
_CONDITION_FACT_WEIGHT = 0.8
_THRESHOLD_FIGURE_WEIGHT = 1.5
_SELECTOR_MISMATCH = -3.0
_TOPIC_BONUS = 3.0
_RUNNER_UP_TOPIC_BONUS = 1.0
_UNKNOWN_SELECTOR = -1.0
_CATEGORY_FACTS = frozenset({"drug_kind", "vet_drug_class", "non_registration_trial"})
_SHARED_WORD_WEIGHT = 0.8
_SHARED_WORD_MAX = 3
_FAMILY_FACT_WEIGHT = 1.5
_NAME_WORD_WEIGHT = 2.0
_NAME_WORD_MAX = 2
# "想申请效能提升支持", "关于海外孵化器的奖励": a provision asked for by its own name.
_ASKS_FOR = re.compile(r"(?:申请|申报|享受|咨询|了解|关于|问问?|拿|领)([^，,。；;？?]{1,16}?)"
                       r"(?:支持|政策|奖励|补贴|资助|条款|这条)")
_UNUSED_TOPIC_FACT = -1.5
_UNREAD_FIGURE = -1.0
# The user named one document ("按支持办法", "2026-2028措施"): the other one's rules yield.
_OTHER_DOCUMENT = -2.0
_NAMED_CLAUSE = 4.0  # at least MIN_RULE_SCORE: a clause named by number is the one meant
_DRUG_FACTS = frozenset({"drug_class", "drug_kind", "vet_drug_class", "clinical_stage"})
# A rule needs this much evidence to be chosen; below it the question is answered from
# clauses or judged out of scope. Calibrated on evals/datasets (see README).
MIN_RULE_SCORE = 2.6


def stated_facts(reading: Reading, vocabulary: Vocabulary) -> dict[str, object]:
    """The facts a message speaks to.

    Its own facts, and every money fact of a measure it gives a figure for (研发投入
    speaks to last year's R&D and the two-year total).
    """
    stated: dict[str, object] = dict(reading.facts)
    for observation in reading.observations:
        measure = observation.measure or observation.hint
        facts = [s for s in vocabulary.facts.values() if s.measure == measure and not s.hidden]
        # A figure speaks to the fact of its measure its year fits: a two-year total to the
        # two-year fact, another figure to the others (one, when the measure has several).
        fitting = [s for s in facts if (s.time == "last_two_years") == (
            observation.period == "two_years")] or facts
        for spec in fitting[:1] if len(facts) > 1 else fitting:
            stated.setdefault(spec.name, True)
    if reading.device_only:
        stated["device_only"] = True
    if any(o.measure is None for o in reading.observations):
        stated["__unassigned_amount"] = True
    return stated


@dataclass(frozen=True)
class ScoredRule:
    """A candidate rule and the evidence behind its score."""

    rule: Rule
    score: float
    clause_rank: int | None
    keyword_hits: tuple[str, ...]
    # How strongly the question is about this rule, before facts that contradict it are
    # counted: "2类药进Ⅲ期有奖励吗" is about the entry award even though it fails it.
    relevance: float = 0.0


@dataclass(frozen=True)
class RuleEvidence:
    """What the question's words and facts say for one rule, before retrieval ranks count.

    Retrieval adds one rank bonus to both sums, so the same evidence ranks against the
    keyword hits and, when those leave the choice open, against the hybrid hits.
    """

    rule: Rule
    relevance: float  # the words and facts that say the question is about the rule
    score: float  # that, plus how well the facts fit it
    keyword_hits: tuple[str, ...]
    has_evidence: bool  # words, facts, the topic or a clause number point at it
    named: bool  # its clause was named by number


def score_rules(question: str, hits: Sequence[Hit], facts: dict[str, object],
                message_facts: dict[str, object], book: RuleBook, glossary: Glossary,
                topic_rule_ids: Sequence[str] = (),
                clause_terms: ClauseTerms | None = None,
                named_doc_ids: Sequence[str] = (),
                named_clauses: frozenset[tuple[str, str, str | None]] = frozenset(),
                ) -> list[ScoredRule]:
    """Every rule with evidence, best first: relevant enough to answer, then best fit."""
    return rank_rules(weigh_rules(question, facts, message_facts, book, glossary,
                                  topic_rule_ids, clause_terms, named_doc_ids, named_clauses),
                      hits)


def rank_rules(evidence: Sequence[RuleEvidence], hits: Sequence[Hit]) -> list[ScoredRule]:
    """The rules with evidence, each given the rank bonus of its clause among ``hits``.

    Dense rank alone is no evidence: every question, even about the weather, has a
    nearest clause. A rule needs the user's words or facts to point at it too.
    """
    ranks = _clause_ranks(hits)
    scored = []
    for weighed in evidence:
        citation = weighed.rule.citation
        # A rule on a whole article (item None) takes the best rank of any of its items.
        rank = ranks.get((citation.doc_id, citation.article, citation.item))
        bonus = _RANK_BONUS[rank] if rank is not None and rank < len(_RANK_BONUS) else 0.0
        relevance = bonus + weighed.relevance
        relevance = max(relevance, _NAMED_CLAUSE) if weighed.named else relevance
        if relevance > 0 and weighed.has_evidence:
            scored.append(ScoredRule(weighed.rule, bonus + weighed.score, rank,
                                     weighed.keyword_hits, relevance))
    return sorted(scored, key=lambda s: (s.relevance < MIN_RULE_SCORE, -s.score))


def settled_by_words(scored: Sequence[ScoredRule]) -> bool:
    """Whether the keyword ranking alone settles which rule answers.

    The meaning-based ranking can move a rule by one rank bonus at most; when the best
    rule stands on its own words and leads the next by more than that, embedding the
    question cannot change the choice, and its cost (two thirds of an answer's time)
    is saved. On evals/probes this changed 1 answer of 2,820 and skipped 70 % of embeds.
    """
    if not scored or not scored[0].keyword_hits or scored[0].relevance < MIN_RULE_SCORE:
        return False
    return len(scored) < 2 or scored[0].score - scored[1].score >= _RANK_BONUS[0]


def weigh_rules(question: str, facts: dict[str, object], message_facts: dict[str, object],
                book: RuleBook, glossary: Glossary, topic_rule_ids: Sequence[str] = (),
                clause_terms: ClauseTerms | None = None,
                named_doc_ids: Sequence[str] = (),
                named_clauses: frozenset[tuple[str, str, str | None]] = frozenset(),
                ) -> list[RuleEvidence]:
    """Every rule's evidence from the question's words and the facts, retrieval aside.

    ``named_clauses`` are the clauses the question names by number ("第十三条能拿多少"):
    their rules have evidence enough, whatever the words say.
    """
    text = canonical_terms(question).lower()
    vocabulary = book.vocabulary
    question_words = clause_terms.distinctive(question) if clause_terms else set()
    expanded = text + " " + " ".join(glossary.policy_terms(question)).lower()
    asked_for = [m.group(1) for m in _ASKS_FOR.finditer(text)]  # the name, not "拿多少奖励"
    # Rules of one clause share keywords: each is looked for once per question.
    seen: dict[str, bool] = {}

    def said(keyword: str) -> bool:
        found = seen.get(keyword)
        if found is None:
            found = seen[keyword] = term_in(_folded(keyword), expanded) or _gapped(
                keyword, text, clause_terms)
        return found

    lead = _leading_topic_rule(book, topic_rule_ids, said)
    evidence = []
    for rule in book.rules:
        citation = rule.citation
        if message_facts.get("device_only") and _reads_drug_facts(rule):
            continue  # a 一类医疗器械 is no 1类新药: drug rules cannot apply to a device
        keyword_hits = tuple(k for k in rule.keywords if said(k))
        score = _KEYWORD_WEIGHT * min(len(keyword_hits), _KEYWORD_MAX)
        # The user's own words naming the provision ("想申请效能提升支持"), not a glossary
        # rendering of a figure's word: the surest sign of which support is meant.
        naming = [k for k in keyword_hits if k in rule.name
                  and any(term_in(_folded(k), ask) for ask in asked_for)]
        score += _NAME_WORD_WEIGHT * min(len(naming), _NAME_WORD_MAX)
        # The rule's own sentence, not the whole clause: two rules of （十三） differ there.
        shared = clause_terms.shared_with_text(question_words, citation.text) \
            if clause_terms else set()
        score += _SHARED_WORD_WEIGHT * min(len(shared), _SHARED_WORD_MAX)
        affinity = _fact_affinity(rule, message_facts, vocabulary)
        score += affinity
        fit = _selector_fit(rule, facts, message_facts, vocabulary)
        continues_topic = rule.id in topic_rule_ids or rule.id == lead
        if continues_topic and fit >= 0:
            # The rule that answered last time carries the conversation; its runners-up less.
            # Not when the facts now contradict it ("不对，是完成了Ⅲ期"): a sibling takes over.
            score += _TOPIC_BONUS if rule.id == lead else _RUNNER_UP_TOPIC_BONUS
        relevance = score
        score += fit + _unused_topic_facts(rule, message_facts, vocabulary) + _unread_figures(
            rule, message_facts, vocabulary)
        if named_doc_ids and citation.doc_id not in named_doc_ids:
            score += _OTHER_DOCUMENT
        named = (citation.doc_id, citation.article, citation.item) in named_clauses or (
            citation.doc_id, citation.article, None) in named_clauses
        if named:
            score += _NAMED_CLAUSE
        has_evidence = bool(keyword_hits) or is_telling(shared) or affinity > 0 \
            or continues_topic or named
        evidence.append(RuleEvidence(rule, relevance, score, keyword_hits, has_evidence, named))
    return evidence



def _leading_topic_rule(book: RuleBook, topic_rule_ids: Sequence[str],
                        said: Callable[[str], bool]) -> str | None:
    """The rule that carries the conversation.

    The topic's, or a rule of its clause the words now name instead:

    "出海支持有哪些？" answers with the first rule of （十三）; "我们在海外设立了创新中心" then
    names its other rule by that rule's own words and none of the first one's: the
    conversation stays in the clause, on the rule it now describes.
    """
    if not topic_rule_ids:
        return None
    try:
        topic = book.rule(topic_rule_ids[0])
    except KeyError:
        return topic_rule_ids[0]
    if any(said(k) for k in topic.keywords):
        return topic.id
    clause = (topic.citation.doc_id, topic.citation.article)
    named = [r.id for r in book.rules if r is not topic
             and (r.citation.doc_id, r.citation.article) == clause
             and any(said(k) for k in r.keywords)]
    return named[0] if len(named) == 1 else topic.id


_GAP = 10


def keyword_in(keyword: str, text: str, clause_terms: ClauseTerms | None) -> bool:
    """A rule keyword in (canonical, lower-cased) text: whole, or with words between parts."""
    return term_in(_folded(keyword), text) or _gapped(keyword, text, clause_terms)


def _gapped(keyword: str, text: str, clause_terms: ClauseTerms | None) -> bool:
    """"外资药企在昌平的研发中心" says 外资研发中心 with words between its parts."""
    if clause_terms is None:
        return False
    return any(_in_order(parts, text) for parts in clause_terms.keyword_parts(keyword))


def _in_order(parts: tuple[str, ...], text: str) -> bool:
    start = text.find(parts[0])
    while start >= 0:
        position = start + len(parts[0])
        for part in parts[1:]:
            found = text.find(part, position)
            if found < 0 or found - position > _GAP:
                break
            position = found + len(part)
        else:
            return True
        start = text.find(parts[0], start + 1)
    return False


@lru_cache(maxsize=4096)
def _folded(keyword: str) -> str:
    """A rule keyword in the form questions are compared in (computed once per keyword)."""
    return canonical_terms(keyword).lower()


def _clause_ranks(hits: Sequence[Hit]) -> dict[tuple[str, str, str | None], int]:
    ranks: dict[tuple[str, str, str | None], int] = {}
    for position, hit in enumerate(hits):
        chunk = hit.chunk
        key = (chunk.doc_id, canonical_brackets(chunk.article) or "",
               canonical_brackets(chunk.item))
        ranks.setdefault(key, position)
        ranks.setdefault((chunk.doc_id, key[1], None), position)  # article-level rules
    return ranks


def _unused_topic_facts(rule: Rule, message_facts: dict[str, object],
                        vocabulary: Vocabulary) -> float:
    """Stated facts that say what a question is about, unread by the rule, speak against it.

    A 新兽药 class (``topic: true``) says the question is no question about a trial.
    """
    used = rule.facts_read()
    unused = [f for f in message_facts if f not in used
              and (spec := vocabulary.facts.get(f)) is not None and spec.topic]
    return _UNUSED_TOPIC_FACT * len(unused)


def _unread_figures(rule: Rule, message_facts: dict[str, object],
                    vocabulary: Vocabulary) -> float:
    """A figure the user gives for a measure the rule never reads speaks against the rule.

    "创新药大会实际支出801w" names a drug word, but its figure is an event's cost: the
    clinical rule could not use it, the event rule computes from it.
    """
    stated = {spec.measure for name in message_facts
              if (spec := vocabulary.facts.get(name)) is not None and spec.type == "money"}
    if not stated:
        return 0.0
    read = {spec.measure for name in rule.facts_read()
            if (spec := vocabulary.facts.get(name)) is not None and spec.measure}
    family = {m for measure in read for m in vocabulary.family_of(measure or "")} | read
    return _UNREAD_FIGURE if stated - family == stated else 0.0


def _fact_affinity(rule: Rule, message_facts: dict[str, object],
                   vocabulary: Vocabulary) -> float:
    score = 0.0
    for fact in rule.formula_facts():
        if fact in message_facts and is_money_fact(fact):
            score += _BASE_FACT_WEIGHT
        elif is_money_fact(fact) and _sibling_stated(fact, message_facts, vocabulary):
            score += _FAMILY_FACT_WEIGHT
        elif fact in message_facts and fact != "varieties":
            score += _CONDITION_FACT_WEIGHT
    # A threshold figure ("营收不足3000万") points at its rule as strongly as a base figure
    # only where the threshold is what the award hangs on (a fixed award for 首次突破5亿).
    # Where the rule computes from another figure the user has not given, the threshold's
    # measure is a common one (revenue) that says little on its own.
    computes_from_unstated = any(is_money_fact(f) and f not in message_facts
                                 for f in rule.formula_facts())
    for condition in rule.conditions:
        if condition.fact in message_facts:
            if not is_money_fact(condition.fact):
                score += _CONDITION_FACT_WEIGHT
            elif computes_from_unstated:
                score += _THRESHOLD_FIGURE_WEIGHT
            else:
                score += _BASE_FACT_WEIGHT
    return score


def _reads_drug_facts(rule: Rule) -> bool:
    return bool(_DRUG_FACTS & rule.facts_read())


def _sibling_stated(fact: str, message_facts: dict[str, object],
                    vocabulary: Vocabulary) -> bool:
    """An amount the user named under a sibling word (投资 for a platform's 投入)."""
    spec = vocabulary.facts.get(fact)
    if spec is None or spec.measure is None:
        return False
    siblings = vocabulary.family_of(spec.measure) - {spec.measure}
    return any(s.measure in siblings and s.name in message_facts
               for s in vocabulary.facts.values())


def _selector_fit(rule: Rule, facts: dict[str, object], message_facts: dict[str, object],
                  vocabulary: Vocabulary) -> float:
    """Categorical conditions (class, stage event, drug kind) the facts meet or contradict.

    A match remembered from earlier turns counts too (the message's own facts already
    count in ``_fact_affinity``). Yes/no facts the vocabulary marks as selectors (受托 or
    委托 production) count the same way.
    """
    fit = 0.0
    for condition in rule.conditions:
        spec = vocabulary.facts.get(condition.fact)
        yes_no = condition.op in ("is_true", "is_false") and spec is not None and spec.selector
        if condition.op not in ("eq", "in") and not yes_no:
            continue
        if condition.fact not in facts:
            # A rule for a special category (改良型/首仿) the user never mentioned fits worse
            # than a sibling for what they did say (2类).
            fit += _UNKNOWN_SELECTOR if condition.fact in _CATEGORY_FACTS and facts else 0.0
            continue
        if yes_no:
            matches = facts[condition.fact] is (condition.op == "is_true")
        else:
            allowed = condition.value if isinstance(condition.value, list) else [condition.value]
            matches = str(facts[condition.fact]) in {str(v) for v in allowed}
        if not matches:
            fit += _SELECTOR_MISMATCH
        elif condition.fact not in message_facts:
            fit += _CONDITION_FACT_WEIGHT
    return fit
