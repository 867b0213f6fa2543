"""The one service every surface calls: ``answer(session_id, message) -> Answer``.

question → normalise → read (facts, figures, products, corrections) → apply to the
session → retrieve → route (one rule, several, or a clause) → resolve and price →
compose → guard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from app.assistant.answer import Answer, AnswerCalculation, AnswerCitation, distinct_citations
from app.assistant.asked_reply import asked_reply
from app.assistant.clause_terms import ClauseTerms, is_telling
from app.assistant.composer import (
    compose_clause_answer,
    compose_out_of_scope,
    compose_parts_answer,
    compose_rule_answer,
    document_note,
)
from app.assistant.dialogue_state import (
    apply_reading,
    note_labels,
    remember_bound_figures,
    remembered_observations,
)
from app.assistant.domain import Domain
from app.assistant.fact_reader import (
    KIND_FACTS,
    Reading,
    prepare_text,
    product_blocks,
    read_message,
    undate_supposed,
)
from app.assistant.fact_resolver import money_facts_of
from app.assistant.figure_owners import name_owners, project_measure_readers
from app.assistant.intent import Intent, place_pattern, read_intent, without_places
from app.assistant.item_labels import item_labels, takes_back_products
from app.assistant.lookup_answers import (
    asks_responsible_units,
    clause_lookup,
    responsible_units_answer,
    small_talk,
)
from app.assistant.memory_view import (
    MemoryEntry,
    forget,
    memory_entries,
    profile_facts,
    reply_choices,
)
from app.assistant.message_checks import (
    INJECTION,
    WHAT_ABOUT,
    bare_question,
    continues_topic,
    disputes_answer,
    input_problem,
    question_content,
    returned_to,
    switches_topic,
)
from app.assistant.meta_answers import (
    MetaAnswer,
    combination_answer,
    documents_meant,
    documents_named,
    interpretation_answer,
    supersede_answer,
    validity_answer,
)
from app.assistant.money_reader import Observation, without_deferred_asides
from app.assistant.number_reader import read_numbers
from app.assistant.numeric_guard import unbacked_numbers
from app.assistant.part_alone import numbered_entry, parts_asked_alone
from app.assistant.provisions import (
    Combined,
    asks_total,
    carried_provisions,
    combined_parts,
    evidence_measures,
    one_matter_documents,
    other_provisions,
    scope_figures,
)
from app.assistant.router import (
    MIN_RULE_SCORE,
    ScoredRule,
    keyword_in,
    rank_rules,
    score_rules,
    settled_by_words,
    stated_facts,
    weigh_rules,
)
from app.assistant.rule_pricing import Priced, Wording, item_fits, price
from app.assistant.session_state import SessionState
from app.assistant.sessions import SessionStore
from app.documents import Chunk, Hit, PolicyDocument
from app.normalize import canonical_terms, nfkc, term_in, to_simplified
from app.retrieval.clause_reference import referenced_chunks
from app.retrieval.glossary import Glossary
from app.retrieval.hybrid import HybridSearcher
from app.rules.amounts import format_yuan
from app.rules.combination import OverlapDecision, resolve_overlaps
from app.rules.loader import RuleBook
from app.rules.schema import Principle, Rule, is_money_fact

_RETRIEVE_K = 8
_CLAUSE_ANSWER_MIN_TERMS = 1
# How much more relevant a rule outside the conversation must be to start a new topic.
_NEW_TOPIC_MARGIN = 2.0


_ASKS_AMOUNT = re.compile(r"多少|how much", re.IGNORECASE)
_BOOK_TITLE = re.compile(r"《[^《》]{2,60}》")
# "两个文件分别怎么说", "各给什么支持": each document's answer is asked for.
_EACH_DOCUMENT = re.compile(r"分别|各(?:给|有|自|是|怎么)|两个文件|两份文件|都怎么")


def _rule_calculations(turn: dict[str, object]) -> list[dict[str, object]]:
    """The stored calculation of each rule a remembered turn priced: its parts, else itself."""
    answer = turn.get("answer")
    calculation = answer.get("calculation") if isinstance(answer, dict) else None
    if not isinstance(calculation, dict):
        return []
    parts = calculation.get("parts")
    if isinstance(parts, list) and parts:
        return [p for p in parts if isinstance(p, dict)]
    return [calculation]


def _priced_rule_ids(turns: Iterable[dict[str, object]]) -> list[str]:
    """The rules the given remembered turns priced, in the order given (repeats kept)."""
    return [str(c["rule_id"]) for turn in turns for c in _rule_calculations(turn)
            if c.get("rule_id")]


def _answered_inputs(rule: Rule, state: SessionState) -> dict[str, object] | None:
    """The inputs of the rule's latest stored calculation in the session, if any."""
    for turn in reversed(state.turns):
        mine = [c for c in _rule_calculations(turn) if c.get("rule_id") == rule.id]
        if mine:
            inputs = mine[0].get("inputs")
            return inputs if isinstance(inputs, dict) else None
    return None


def _other_kind(rule: Rule, item: dict[str, object]) -> bool:
    """Whether the product names its kind by a fact the rule never reads.

    A human drug's class under the veterinary rule says it is another product.
    """
    read = {c.fact for c in rule.conditions} | {getattr(rule.formula, "key", None)}
    own = [k for k in KIND_FACTS if k in item]
    return bool(own) and not any(k in read for k in own) and any(k in read for k in KIND_FACTS)


class UnbackedNumberError(RuntimeError):
    """The composer produced a number no calculation or clause backs (a bug)."""


@dataclass
class AssistantParts:
    """Everything the service needs, wired by the composition root."""

    searcher: HybridSearcher
    book: RuleBook
    glossary: Glossary
    documents: dict[str, PolicyDocument]
    sessions: SessionStore
    domain_terms: tuple[str, ...]
    clause_terms: ClauseTerms
    domain: Domain


def _beyond_validity(doc: PolicyDocument, year: int | None) -> str | None:
    """Why a document cannot answer for a year after it expires, if the question names one."""
    if year is None or not doc.valid_until or doc.status == "draft" \
            or year <= int(doc.valid_until[:4]):
        return None
    return (f"您提到的 {year} 年已超出《{doc.short_title}》的有效期（至 {doc.valid_until}），"
            "届时该措施不再适用，无法按其计算金额；请关注后续出台的政策。")


class PolicyAssistant:
    """Answers questions about the policies, offline, from rules and clauses."""

    def __init__(self, parts: AssistantParts, as_of: date | None = None) -> None:
        self.parts = parts
        self._parts = parts
        self._as_of = as_of
        self._chunks = parts.searcher.chunks
        self._chunk_by_clause = {(c.doc_id, c.article, c.item): c for c in self._chunks}
        self._no_support = {f"{e.doc_id}/{e.article}{e.item or ''}": e.reason
                            for e in parts.book.exclusions}
        vocabulary = parts.book.vocabulary
        self._per_product_measures = frozenset(s.measure for s in vocabulary.facts.values()
                                               if s.item and s.measure)
        self._measure_words = frozenset(
            cue for m in vocabulary.measures.values() for cue in (*m.cues, *m.weak_cues))
        self._project_readers = project_measure_readers(parts.book, self._measure_words)
        self._covered_places = frozenset(p.lower() for d in parts.documents.values()
                                         for p in d.places)
        self._places = place_pattern(sorted(self._covered_places | set(parts.domain.places)))
        names = sorted({nfkc(n).lower() for d in parts.documents.values()
                        for n in (*d.aliases, d.title, d.short_title) if n}, key=len, reverse=True)
        # "按今年2月发布的若干措施", "按修订稿（征求意见稿）": which text to apply, no words of
        # a question's own. Lead words up to the name go with it.
        name = "|".join(re.escape(n) for n in names)
        self._document_phrase = re.compile(
            r"(?:(?:按照?|根据|依据|参照|对照|适用|用|under|according to|based on)"
            r"[^，,。；;？?!！]{0,40}?)?"
            rf"(?:{name})(?:[^，,。；;？?!！]{{0,8}}?(?:{name}))*"
            r"(?:\s*[（(][^）)]{0,12}[）)]|[）)])?(?:里|中|上|的规定)?") if names else None

    def answer(self, session_id: str | None, message: str) -> Answer:
        """Answer one message in a session (None: a one-off question that keeps nothing)."""
        problem = input_problem(message)
        if problem:
            return Answer(status="needs_info", answer=problem, citations=[],
                          follow_up="请重新输入您的问题。",
                          sources_checked=self.sources_checked())
        sessions = self._parts.sessions
        state = sessions.load(session_id) if session_id else SessionState()
        answer, topic = self._answer(message, state)
        answer = answer.model_copy(update={"sources_checked": self.sources_checked()})
        if session_id:
            turn: dict[str, object] = {"question": message,
                                       "answer": answer.model_dump(mode="json")}
            state.topic_rule_ids = topic if topic is not None else state.topic_rule_ids
            state.turns = [*state.turns, turn]
            sessions.save(session_id, state)
        return answer

    def history(self, session_id: str) -> list[tuple[str, Answer]]:
        """The questions and answers of a session, oldest first (what the user saw)."""
        turns = self._parts.sessions.load(session_id).turns
        return [(str(t["question"]), Answer.model_validate(t["answer"])) for t in turns]

    def clear(self, session_id: str) -> None:
        """Forget a conversation: its facts, topic and visible history."""
        self._parts.sessions.clear(session_id)

    def memory(self, session_id: str) -> list[MemoryEntry]:
        """What the session holds about the user, labelled for the 已知信息 bar."""
        state = self._parts.sessions.load(session_id)
        return memory_entries(state, self._parts.book.vocabulary)

    def profile_facts(self, session_id: str) -> dict[str, object]:
        """The session's unambiguous facts, to fill the calculator form from the chat."""
        state = self._parts.sessions.load(session_id)
        return profile_facts(state, self._parts.book.vocabulary)

    def reply_choices(self, session_id: str) -> list[str]:
        """One-tap answers to what the last answer asked (Ⅰ期/Ⅱ期/Ⅲ期, 是/否)."""
        state = self._parts.sessions.load(session_id)
        return reply_choices(state, self._parts.book.vocabulary)

    def forget(self, session_id: str, key: str) -> bool:
        """Take back one remembered fact, figure or product; the history stays as it was."""
        sessions = self._parts.sessions
        state = sessions.load(session_id)
        if not forget(state, key, self._parts.book.vocabulary):
            return False
        state.asked_facts = []
        sessions.save(session_id, state)
        return True

    def close(self) -> None:
        """Release the index build (its lease lets ingest remove it later)."""
        self._parts.searcher.close()

    def sources_checked(self) -> list[str]:
        """The documents every answer was looked up in."""
        return list(self._parts.documents)

    @property
    def reference_year(self) -> int:
        """The year 今年 means (the as-of date, default today)."""
        return (self._as_of or date.today()).year

    # -- the straight line ---------------------------------------------------------------

    def _answer(self, message: str, state: SessionState) -> tuple[Answer, list[str] | None]:
        """The answer and the topic to remember (None: keep the previous topic)."""
        question = to_simplified(message)
        chatter = small_talk(question, self._parts.domain)
        if chatter is not None:
            return Answer(status="answered", answer=chatter, citations=[]), None
        intent = read_intent(question, self._parts.domain.places, self._covered_places,
                             self._parts.domain.place_asides, self._parts.domain.place_denials)
        if intent.other_region:
            # An interlude about another region keeps the conversation's topic to return to.
            return self._out_of_scope(intent.other_region), None
        earlier_answered = state.answered_rule_ids
        state.answered_rule_ids = []  # set again below when this answer prices rules
        asked, state.asked_facts = state.asked_facts, []  # asked again below if still unknown
        lookup = clause_lookup(question, self._chunks, self._parts.documents,
                               self._parts.domain)
        if lookup is not None:
            # A help-desk interlude ("若干措施有效期到哪年？") keeps the conversation's topic:
            # "好的，那回到刚才的问题" returns to it.
            state.answered_rule_ids = earlier_answered
            return self._from_meta(lookup), None
        meta = self._meta(question, intent)
        if meta is not None:
            state.answered_rule_ids = earlier_answered
            return self._from_meta(meta), None
        if len(earlier_answered) >= 2 and state.turns and (entry := numbered_entry(
                question, nfkc(str(state.turns[-1].get("question", ""))))):
            # "And item (2) on its own?" after a total of two: that entry's own words, asked
            # alone, so only its provision answers.
            question = f"{entry}。单独能拿多少？"
        vocabulary = self._parts.book.vocabulary
        if not takes_back_products(prepare_text(question), vocabulary):
            # Not "其中有一个先不算", "B那个先不算": products taken back, not put off.
            question = without_deferred_asides(question, vocabulary)
        reading = read_message(question, vocabulary, self.reference_year)
        reading.observations = name_owners(reading.observations, self._project_readers)
        topic_rule = self._topic_rule(state)
        if topic_rule is not None and reading.supposes:
            theirs = set(evidence_measures(topic_rule, vocabulary))
            # "假设总投资做到3.4亿" after an AI scene's 工程投资: the measure the topic's own is
            # often said for is the topic's figure, supposed.
            loosely = {h: m for m in theirs if m in vocabulary.measures
                       for h in vocabulary.measures[m].hints if h not in theirs}
            # "What if revenue were 1.38 billion instead?" after a sales platform's 销售收入:
            # a generic word of the topic measure's family names that measure.
            for m in theirs:
                family = vocabulary.family_of(m)
                if len(family & theirs) == 1:  # the topic names one measure of that family
                    loosely.update({g: m for g in family & vocabulary.generic_measures
                                    if g not in theirs and g not in loosely})
            reading.observations = [replace(o, measure=loosely[o.measure])
                                    if o.measure in loosely else o for o in reading.observations]
            if theirs <= vocabulary.yearless_measures:
                # "What if next year we reach 40.2m?" after a 服务金额: that figure, supposed.
                undate_supposed(reading, vocabulary.yearless_measures, loose=True)
        if not reading.facts and not reading.observations:
            reading.facts.update(asked_reply(question, asked, vocabulary))  # "两年", "是的"
        if self._parts.domain.is_off_task(question) and not reading.states_anything:
            state.answered_rule_ids = earlier_answered  # an interlude: the topic stays
            return self._out_of_scope(None), None  # "研发费用加计扣除比例是多少": a tax question
        note_labels(reading, self._earlier_labels(state))
        before_message = remembered_observations(state)
        apply_reading(state, reading, self._per_product_measures, asked, self.reference_year)
        remembered = remembered_observations(state)
        message_facts = stated_facts(reading, vocabulary)
        named_clauses = frozenset((c.doc_id, c.article, c.item)
                                  for c in referenced_chunks(question, self._chunks))
        named = self._named_documents(question)
        returned = self._returned_rule(question, state)
        if returned is not None:
            # "回到上市那块，如果是一个品种呢": that earlier provision is the topic again.
            state.topic_rule_ids = [returned.id]
            earlier_answered = [returned.id]
        routed = without_places(question, self._places)
        unnamed = self._without_document_names(question)
        evidence = weigh_rules(routed, state.facts, message_facts, self._parts.book,
                               self._parts.glossary, (), self._parts.clause_terms,
                               named, named_clauses)
        search = self._parts.searcher.staged(question, k=_RETRIEVE_K)
        hits = search.words
        scored = rank_rules(evidence, hits)
        if not settled_by_words(scored):
            hits = search.with_meaning()
            scored = rank_rules(evidence, hits)
        # A message that names the topic's own words ("研发投入增长了35%" after 外资研发中心)
        # stays with it, unless another provision's words outweigh them (_new_topic).
        names_topic = any(s.rule.id == state.topic_rule_ids[0] and s.keyword_hits
                          for s in scored) if state.topic_rule_ids else False
        # "last year's actual service revenue" after "we're a CDMO": the words of a measure
        # the topic's rule reads name that rule too.
        names_topic = names_topic or self._names_topic_measure(question, state)
        # A message that gives what the last answer asked for ("产品去年获批上市" after
        # "引进的产品是否已上市？") is the reply, whatever else it also mentions.
        replies = any(fact in reading.facts for fact in asked) or reading.aliased
        # "具体是265500万元" after "请提供主营业务收入的确切金额": a figure with no word of its
        # own answers the amount asked for, under the rule that asked.
        gives_asked_figure = any(is_money_fact(f) for f in asked) and bool(
            reading.observations) and all(o.measure is None and o.hint is None
                                          for o in reading.observations)
        # "单位是万元，忘写了": the unit of the figure the last answer could not use.
        replies = replies or gives_asked_figure or reading.unit_applied
        # "听说每个品种最高300万？" disputes the last answer: its words echo that answer, and
        # it stays with the topic unless it names another provision outright.
        replies = replies or (bool(state.topic_rule_ids) and disputes_answer(question)
                              and not reading.states_anything and not any(
                                  s.rule.id not in state.topic_rule_ids
                                  and len(s.keyword_hits) > 1 for s in scored[:3]))
        domain = self._parts.domain
        # "这条措施的责任单位有哪些？", "这是依据哪一条？原文是怎么写的？": a lookup of the clause
        # just answered, naming no provision of its own.
        # "原文怎么写的？", "这个能连续拿几年？", "要去哪个部门申报？" too: asked right after an
        # answer, naming nothing of their own, they are about the clause just answered.
        looks_up_topic = not reading.states_anything and (
            asks_responsible_units(question, domain) or domain.asks_which_clause(question)
            or domain.asks_clause_detail(question)) \
            and not any(s.keyword_hits for s in scored[:3])
        # "总共能拿多少，在线等挺急的", "How much in total for both?": a total asked of nothing
        # new, with several products held, is the total of those products.
        asks_own_total = asks_total(question) and not reading.states_anything \
            and len(state.items) > 1 and not any(s.keyword_hits for s in scored[:3])
        continuing = bool(state.topic_rule_ids) and not switches_topic(question) and (
            replies or looks_up_topic or asks_own_total
            or (continues_topic(unnamed, reading) or reading.corrects or names_topic
                        or self._asks_within(question, state.topic_rule_ids))
            and not self._new_topic(scored, earlier_answered or state.topic_rule_ids[:1],
                                    reading))
        if continuing:
            scored = score_rules(routed, hits, state.facts, message_facts, self._parts.book,
                                 self._parts.glossary, state.topic_rule_ids,
                                 self._parts.clause_terms, named, named_clauses)
        if continuing and (replies or not any(len(s.keyword_hits) > 1 for s in scored[:3])):
            # A correction or a bare fact names no rule of its own: the conversation's
            # clauses keep it ("刚才有误，是1类" stays with 第六条, choosing its 1类 rule).
            scored = self._within_topic(scored, earlier_answered or state.topic_rule_ids[:1],
                                        bare=bare_question(unnamed) and not reading.states_anything)
        if continuing and scored and (WHAT_ABOUT.search(question) or reading.adds_item
                                      or nfkc(question).strip().rstrip("?？").endswith("呢")):
            # "另外我们还在海外设了一个孵化器…这个呢？": a thing added names its own rule too.
            scored = self._sibling_named(scored)
        if continuing and (reading.aliased or gives_asked_figure) and (
                topic_rule := self._topic_rule(state)):
            # "那1类呢" after a 三类新兽药: the bare class was read as the topic's own fact,
            # so the topic's rule answers, whatever rule the bare word "1类" names.
            scored = [ScoredRule(topic_rule, MIN_RULE_SCORE, None, (), MIN_RULE_SCORE),
                      *[s for s in scored if s.rule.id != topic_rule.id]]
        if continuing and (not scored or scored[0].relevance < MIN_RULE_SCORE):
            # "去年服务金额800万" after "我们是CRO，能拿多少？": the same rule, a new fact.
            topic_rule = self._topic_rule(state)
            if topic_rule is not None:
                scored = [ScoredRule(topic_rule, MIN_RULE_SCORE, None, (), MIN_RULE_SCORE),
                          *[s for s in scored if s.rule.id != topic_rule.id]]
        chosen = next((r for r in map(self._rule_or_none, earlier_answered)
                       if r and r.citation.doc_id in named), None) \
            if _DOCUMENT_SLOT in asked else None
        if chosen is not None:
            # "按现行的措施" after "请确认按哪份文件申请": that document's rule of the two.
            scored = [ScoredRule(chosen, MIN_RULE_SCORE, None, (), MIN_RULE_SCORE),
                      *[s for s in scored if s.rule.id != chosen.id]]
            return self._rule_answer(question, scored, state, reading, remembered, intent,
                                     earlier_answered, before_message)
        confident = bool(scored) and scored[0].relevance >= MIN_RULE_SCORE
        if confident and not reading.observations \
                and asks_responsible_units(question, self._parts.domain):
            # "AI+医药健康示范应用那条是哪些部门负责": the measure named by its words.
            citation = scored[0].rule.citation
            chunk = self._chunk_by_clause.get((citation.doc_id, citation.article, citation.item))
            if chunk is not None:
                state.answered_rule_ids = earlier_answered  # an interlude: the topic stays
                return self._from_meta(responsible_units_answer([chunk],
                                                                self._parts.documents)), None
        recent = self._recent_rules(state) if asks_total(question) and not reading.states_anything \
            and not (confident and scored[0].keyword_hits) else []
        # Not when the session holds several products its last answer already priced: that
        # answer, product by product, is the total ("两个一共最多多少" after "另外还有一个二类
        # 新兽药…"). A product asked about alone ("还有一项：…这一项能拿多少？") was not.
        last_priced = next((set(ids) for t in reversed(state.turns)
                            if (ids := _priced_rule_ids([t]))), set())
        if len(state.items) > 1 and {r.id for r in recent} <= last_priced:
            recent = []
        if len(recent) >= 2:
            # "两项加起来最多多少？" after a turn on each: the provisions of those turns, summed.
            wording = Wording(intent.asks_maximum, intent.asks_cap)
            priced = []
            # Each once: both texts' rules of one earlier turn map to the same one.
            for r in {m.id: m for m in (self._in_named_document(r, state, named)
                                        for r in recent)}.values():
                # Each on the figures its own answer used: "AI项目2.2亿" then "园区项目1600万"
                # both fill 项目投资总额, and the later must not reprice the earlier.
                own = self._figures_as_answered(r, state)
                priced.append(price(r, vocabulary, self._as_answered(r, state), reading,
                                    own or [], own or remembered, self.reference_year, wording))
            return self._parts_answer(question, priced, state, intent)
        of_topic = looks_up_topic and continuing  # a lookup of the clause just answered
        if confident and not reading.observations and (
                domain.asks_which_clause(question)
                or (of_topic and domain.asks_clause_detail(question))):
            which = self._which_clause(scored)
            if which is not None and of_topic:
                # "这个能连续拿几年？": an interlude; "那如果是900万呢" still continues the topic.
                state.answered_rule_ids = earlier_answered
                return which, None
            if which is not None:
                return which, []
        if domain.asks_what_covered(question) and not reading.states_anything \
                and not intent.asks_maximum and hits:
            # "支持办法聚焦哪些赛道？": the clause listing them, not a rule that shares a word.
            state.answered_rule_ids = earlier_answered
            in_named = [h for h in hits if h.chunk.doc_id in named]
            return self._clause_answer(question, in_named or hits), None
        # A reply to the last answer ("单位是万元，忘写了") quotes no clause its words share.
        if confident and (replies and continuing or not self._clause_fits_better(
                unnamed, hits, scored[0], reading, named_clauses)):
            return self._rule_answer(question, scored, state, reading, remembered, intent,
                                     earlier_answered, before_message)
        if self._in_domain(question, hits):
            if not reading.states_anything:
                # A question about the texts that prices nothing ("是正式文件还是征求意见稿？")
                # leaves the conversation's topic for "那刚才那个算下来多少" to return to.
                state.answered_rule_ids = earlier_answered
                return self._clause_answer(question, hits), None
            return self._clause_answer(question, hits), []
        # "By the way, what time is it in New York?" answers nothing from the texts and
        # inherits no rule, but "好了，回到刚才的问题" still returns to the topic before it.
        state.answered_rule_ids = earlier_answered
        return self._out_of_scope(None), None

    def _own_products(self, extra: Rule, best: Rule, current: list[Observation],
                      text: str) -> list[dict[str, object]] | None:
        """A further per-product provision counts its own products, one per figure it reads.

        "两个License-in产品都上市了，另外还有一个license-out合同12000万美元": the count 2 is
        License-in's; License-out has one contract, so one product. Products described
        apart ("A品种License-in…；B品种License-out…，两个品种合计") are each the provision
        whose words their own description uses, whatever the message's total count.
        """
        count = getattr(extra.formula, "count", None)
        if not count or count != getattr(best.formula, "count", None):
            return None
        blocks = [text[start:end].lower() for start, end in product_blocks(text)]
        if blocks:
            def names(rule: Rule, block: str) -> bool:
                return any(keyword_in(k.lower(), block, self._parts.clause_terms)
                           for k in rule.keywords)
            mine = [b for b in blocks if names(extra, b) and not names(best, b)]
            theirs = [b for b in blocks if names(best, b) and not names(extra, b)]
            if mine and len(mine) + len(theirs) == len(blocks):
                return [{"count": 1} for _ in mine]
        measures = set(evidence_measures(extra, self._parts.book.vocabulary))
        figures = [o for o in current if o.measure in measures]
        return [{"count": 1} for _ in figures] or None

    def _earlier_labels(self, state: SessionState, turns: int = 6) -> frozenset[str]:
        """The product and project labels the last few questions named ("产品A", "项目一")."""
        vocabulary = self._parts.book.vocabulary
        return frozenset().union(*(item_labels(prepare_text(str(t.get("question", ""))),
                                               vocabulary) for t in state.turns[-turns:]))

    def _figures_as_answered(self, rule: Rule, state: SessionState) -> list[Observation]:
        """The money figures the rule's latest answer in this session was worked on.

        Empty when that answer used none, or not all the rule reads.
        """
        vocabulary = self._parts.book.vocabulary
        needed = money_facts_of(rule)
        inputs = _answered_inputs(rule, state)
        if inputs is None or not needed:
            return []
        figures = []
        for name in needed:
            spec, amount = vocabulary.facts[name], inputs.get(name)
            if not isinstance(amount, int):
                return []
            figures.append(Observation(
                measure=spec.measure, amount=amount, currency=spec.currency, year=None,
                period="two_years" if spec.time == "last_two_years" else None, start=0,
                clause=0, text=format_yuan(amount)))
        return figures

    def _returned_rule(self, question: str, state: SessionState) -> Rule | None:
        """The earlier-priced rule a "回到X那块" names by its words, most recent first."""
        words = returned_to(canonical_terms(question).lower())
        if not words:
            return None
        ids = _priced_rule_ids(reversed(state.turns))
        for rule in (self._rule_or_none(i) for i in dict.fromkeys(ids)):
            if rule is not None and any(keyword_in(k.lower(), words, self._parts.clause_terms)
                                        for k in rule.keywords):
                return rule
        return None

    def _as_answered(self, rule: Rule, state: SessionState) -> SessionState:
        """The session as the rule's latest answer saw it: that turn's products and counts.

        "两个1类化学药…获批" then "另外有一个品种…EMA": the later turn's one product must
        not reprice the earlier turn's two.
        """
        inputs = _answered_inputs(rule, state)
        if inputs is None:
            return state
        count = getattr(rule.formula, "count", None)
        declared = self._parts.book.vocabulary.facts
        facts = {k: v for k, v in inputs.items()
                 if k != "items" and not is_money_fact(k) and k in declared}
        stored = inputs.get("items")
        items = [{**{k: v for k, v in item.items() if k not in ("amount_yuan", count)},
                  "count": item.get(count) or 1}
                 for item in (stored if isinstance(stored, list) else [])
                 if isinstance(item, dict)] if count else []
        return replace(state, facts={**state.facts, **facts}, items=items or state.items)

    def _in_named_document(self, rule: Rule, state: SessionState,
                           named: list[str]) -> Rule:
        """The rule's rival in the document the total is asked under, if its answer cited one.

        "国际学术研讨会花了290万" is answered under both texts (which one applies was asked);
        "按若干措施两项一共多少" then sums the measures' own provision for it.
        """
        if not named or rule.citation.doc_id in named:
            return rule
        for turn in reversed(state.turns):
            if rule.id not in _priced_rule_ids([turn]):
                continue
            answer = turn.get("answer")
            cited = answer.get("citations") if isinstance(answer, dict) else None
            clauses = {(c.get("doc_id"), c.get("article"), c.get("item"))
                       for c in cited or [] if isinstance(c, dict)}
            question = canonical_terms(to_simplified(str(turn.get("question", "")))).lower()
            rivals = [r for r in self._parts.book.rules if r.citation.doc_id in named
                      and (r.citation.doc_id, r.citation.article, r.citation.item) in clauses]
            # Of the provisions in that clause, the one the question's words name most.
            return max(rivals, key=lambda r: sum(self._keyword_match(k.lower(), question)
                                                 for k in r.keywords), default=rule)
        return rule

    def _recent_rules(self, state: SessionState, turns: int = 4) -> list[Rule]:
        """The rules the last few answers priced, oldest first, each once."""
        ids = _priced_rule_ids(state.turns[-turns:])
        rules = [r for r in (self._rule_or_none(i) for i in dict.fromkeys(ids)) if r]
        return rules[-_MAX_RECENT:]

    def _keyword_match(self, keyword: str, text: str) -> bool:
        """A rule keyword in a piece of the question, in the user's words or the glossary's."""
        folded = canonical_terms(text).lower()
        expanded = folded + " " + " ".join(self._parts.glossary.policy_terms(text)).lower()
        return term_in(canonical_terms(keyword).lower(), expanded) or keyword_in(
            keyword, folded, self._parts.clause_terms)

    def _new_topic(self, scored: list[ScoredRule], answered: list[str],
                   reading: Reading) -> bool:
        """Whether the message, on its own, points at a provision outside the conversation's.

        "另外，我们国际科研机构在昌平设立分支" names （十二） by its words: a new question,
        even though it also states facts. A bare figure or a correction names nothing.
        """
        if reading.corrects or not scored or scored[0].relevance < MIN_RULE_SCORE:
            return False
        top = scored[0]
        topic = [r for r in (self._rule_or_none(i) for i in answered) if r]
        clauses = {(r.citation.doc_id, r.citation.article) for r in topic}
        if (top.rule.citation.doc_id, top.rule.citation.article) in clauses:
            return False
        if reading.facts and not reading.observations and topic and set(reading.facts) <= {
                f for r in topic[:1] for f in r.facts_read()} | {"varieties"}:
            return False  # "注册分类是一类": the fact the topic's rule was waiting for
        vocabulary = self._parts.book.vocabulary
        measures = {o.measure for o in reading.observations if o.measure}
        theirs = {m for r in topic for m in evidence_measures(r, vocabulary)}
        # A measure the topic's own is often said for ("项目总投资" of an AI scene priced on
        # its 工程投资) is the topic's figure, said loosely: it starts no other provision.
        theirs |= {h for m in theirs if m in vocabulary.measures
                   for h in vocabulary.measures[m].hints}
        own_figure = bool(set(evidence_measures(top.rule, vocabulary)) & measures - theirs)
        telling = [k for k in top.keyword_hits if k.lower() not in self._measure_words]
        if telling and not any(s.keyword_hits for s in scored if (
                s.rule.citation.doc_id, s.rule.citation.article) in clauses):
            # Words of another provision, none of the conversation's; words that only name
            # a figure ("实际投入") do not switch the topic by themselves.
            return True
        in_topic = [s.relevance for s in scored
                    if (s.rule.citation.doc_id, s.rule.citation.article) in clauses]
        clearly_better = top.relevance >= (max(in_topic) if in_topic else 0.0) + _NEW_TOPIC_MARGIN
        return len(telling) > 1 or own_figure or (bool(telling) and clearly_better)

    def _asks_within(self, question: str, topic: list[str]) -> bool:
        """"能拿多少研发支持？" after talk of 第十三条: all the question's words are the topic's."""
        words = self._parts.clause_terms.words(question_content(question))
        if not words:
            return False
        clauses = {(r.citation.doc_id, r.citation.article, r.citation.item)
                   for r in (self._rule_or_none(i) for i in topic[:1]) if r}
        return any(self._parts.clause_terms.shared(words, c) == words for c in clauses)

    def _sibling_named(self, scored: list[ScoredRule]) -> list[ScoredRule]:
        """"那在海外设孵化器呢" after 海外研发中心: the sibling rule its words name answers.

        A what-about names its new subject; the topic's bonus must not keep the rule of the
        question before when a rule of the same clause has words of its own in the message.
        """
        top = scored[0]
        clause = (top.rule.citation.doc_id, top.rule.citation.article)
        own = set(top.keyword_hits)
        sibling = next((s for s in scored[1:] if (s.rule.citation.doc_id, s.rule.citation.article)
                        == clause and set(s.keyword_hits) - own
                        and len(s.keyword_hits) >= len(top.keyword_hits)), None)
        if sibling is None or not top.keyword_hits:
            return scored
        return [sibling, *[s for s in scored if s is not sibling]]

    def _within_topic(self, scored: list[ScoredRule], answered: list[str],
                      bare: bool = False) -> list[ScoredRule]:
        """The topic's clauses first; for a message naming nothing, the rules answered first.

        "Based on the email above, how much?" after a License-out answer is that answer's
        rule again, not a sibling of its clause that retrieval happens to rank higher.
        """
        topic = [r for r in (self._rule_or_none(i) for i in answered) if r]
        clauses = {(r.citation.doc_id, r.citation.article) for r in topic}
        inside = [s for s in scored if (s.rule.citation.doc_id, s.rule.citation.article)
                  in clauses]
        if bare and topic:
            own = [s for s in scored if s.rule in topic] or [
                ScoredRule(topic[0], MIN_RULE_SCORE, None, (), MIN_RULE_SCORE)]
            inside = own + [s for s in inside if s not in own]
        return inside + [s for s in scored if s not in inside] if inside else scored

    def _rule_or_none(self, rule_id: str) -> Rule | None:
        try:
            return self._parts.book.rule(rule_id)
        except KeyError:
            return None

    def _topic_rule(self, state: SessionState) -> Rule | None:
        try:
            return self._parts.book.rule(state.topic_rule_ids[0])
        except (KeyError, IndexError):
            return None

    def _rule_answer(self, question: str, scored: list[ScoredRule], state: SessionState,
                     reading: Reading, remembered: list[Observation], intent: Intent,
                     earlier_answered: list[str], before_message: list[Observation],
                     ) -> tuple[Answer, list[str]]:
        vocabulary = self._parts.book.vocabulary
        wording = Wording(intent.asks_maximum, intent.asks_cap)
        current = reading.observations
        rule = scored[0].rule
        items = state.items if len(state.items) > 1 else None
        if items and reading.asks_alone:
            items = items[-1:]  # "另外一个一类新兽药…，这个呢？": the one just added

        scoped: dict[str, set[int]] = {}
        carried: list[Rule] = []

        def priced_for(target: Rule, its_items: list[dict[str, object]] | None) -> Priced:
            now, before = current, remembered
            if target in carried:
                # An earlier turn's provision, priced on what was known before this message
                # and on the products and counts its own answer saw ("三个License-in产品…"
                # then "另外一个新兽药…加上刚才那个一共多少": still three).
                return price(target, vocabulary, self._as_answered(target, state), reading,
                             [], before_message, self.reference_year, wording)
            elif target.id in scoped:
                # Only the figures of the clause that names this provision.
                shared = set(evidence_measures(target, vocabulary))
                now = [o for o in current if o.measure not in shared
                       or o.clause in scoped[target.id]]
                before = [o for o in remembered if o.measure not in shared] + \
                    [o for o in now if o.measure in shared]
            return price(target, vocabulary, state, reading, now, before, self.reference_year,
                         wording, its_items)

        groups, unfit = self._items_by_rule(rule, scored, items, [
            r for r in map(self._rule_or_none, earlier_answered) if r is not None])
        one_matter = one_matter_documents(question, self._parts.book)
        extra = other_provisions(scored, reading, vocabulary, question, state.facts,
                                 self._keyword_match, self.reference_year,
                                 intent.asks_maximum, self._places,
                                 self._parts.domain.place_asides, bool(one_matter))
        if named := self._named_documents(question):
            # "Under the free-trade-zone support measures, what is the total?": the provisions
            # of that document only.
            extra = [r for r in extra if r.citation.doc_id in named]
        if groups or unfit:
            # Products no matched rule fits go to a further provision the message gives
            # evidence for ("另外还有一个品种License-out，合同1.3亿美元"), if one prices
            # products; otherwise they are shown as not counting under the best rule.
            home = next((r for r in extra if getattr(r.formula, "count", None)
                         and getattr(r.formula, "count", None) == getattr(
                             rule.formula, "count", None)), None)
            if home is None and not asks_total(question):
                # "一类新兽药…，另外两个人用1类新药在研，兽药这块能支持多少": a product of
                # another kind than the rule prices is not asked about.
                unfit = [i for i in unfit if not _other_kind(rule, i)]
            flags = vocabulary.item_flags
            # "另外，我们一个药刚过了EMA认证，注册费1865万": a product carrying what a further
            # provision priced on a figure reads is that provision's, not one more here.
            unfit = [i for i in unfit if not any(
                not getattr(r.formula, "count", None) and item_fits(r, i, flags)
                and any(c.fact in flags and i.get(c.fact) is True for c in r.conditions)
                for r in extra)]
            if unfit:
                groups.append((home or rule, unfit))
            # A provision priced on a figure of its own, not on products ("…15个进Ⅱ期；另外
            # 我司做CDMO，服务金额4320万"), is a further part beside the products' rules.
            extra = [r for r in extra if r is not home and not getattr(r.formula, "count", None)
                     and all(r is not g for g, _ in groups)]
        if not groups:
            earlier = [r for r in (self._rule_or_none(i) for i in earlier_answered) if r]
            # Not after "还有个事，…": the user says a new question starts.
            carried = [] if switches_topic(question) else carried_provisions(
                earlier, [rule, *extra], question, one_matter)
            extra = carried + extra
        scoped = scope_figures([rule, *extra], reading, vocabulary)
        if len(groups) > 1 or extra:
            # Beside another per-product provision, the best rule too counts its own
            # products by its figures (one License-out contract is one product).
            own = next((o for r in extra
                        if (o := self._own_products(rule, r, current, reading.text))), None)
            priced = [priced_for(r, its) for r, its in groups] if groups \
                else [priced_for(rule, items or own)]
            priced += [priced_for(r, self._own_products(r, rule, current, reading.text))
                       for r in extra]
            return self._parts_answer(question, priced, state, intent)
        # The one group's own rule: "另外一个1类中药…，这个呢？" after a 首仿药 is the 1类 rule's.
        first = priced_for(groups[0][0], groups[0][1]) if groups else priced_for(rule, items)
        remember_bound_figures(state, first.resolution.used,
                               {n: s.measure or "" for n, s in vocabulary.facts.items()},
                               supposed=reading.supposes)
        return self._single_answer(question, first, scored, state, intent,
                                   reading.states_anything)

    def _items_by_rule(self, rule: Rule, scored: list[ScoredRule],
                       items: list[dict[str, object]] | None, earlier: list[Rule],
                       ) -> tuple[list[tuple[Rule, list[dict[str, object]]]],
                                  list[dict[str, object]]]:
        """Products priced by different rules: one group per rule.

        1类 and 2类 approvals are sibling rules of one clause; a product entering Ⅰ期 and one
        holding its 注册证书 are priced by rules of two clauses, each among those the question
        matched. Products no rule fits come back apart, for the caller to place.
        """
        if not items:
            return [], []
        count = getattr(rule.formula, "count", None)
        siblings = [rule] + [r for r in self._parts.book.rules if r is not rule and (
            r.citation.doc_id, r.citation.article) == (rule.citation.doc_id,
                                                       rule.citation.article)
            and getattr(r.formula, "count", None) == count]
        # Rules the question matched, then those the conversation priced before ("我们1类
        # 新药进入Ⅱ期" → "另外还有一个拿到注册证书的，一共多少").
        matched = [s.rule for s in scored[1:] if s.relevance >= MIN_RULE_SCORE] + earlier
        for other in matched:
            # A rule priced per product takes the products it fits, beside one priced on a
            # figure ("1个1类进Ⅱ期；两个首仿药获证；一个药过了EMA，注册费1865万").
            other_count = getattr(other.formula, "count", None)
            if other not in siblings and other_count is not None \
                    and (count is None or other_count == count) \
                    and other.citation.doc_id == rule.citation.doc_id:
                siblings.append(other)
        flags = self._parts.book.vocabulary.item_flags
        groups: dict[str, tuple[Rule, list[dict[str, object]]]] = {}
        unfit: list[dict[str, object]] = []
        for item in items:
            # A rule the product's own facts point at first; else the best rule, if it fits.
            target = next((r for r in siblings if item_fits(r, item, flags)
                           and _selected_by(r, item)), None) or (
                rule if item_fits(rule, item, flags) else None)
            if target is None:
                unfit.append(item)
                continue
            groups.setdefault(target.id, (target, []))[1].append(item)
        return list(groups.values()), unfit

    def _single_answer(self, question: str, priced: Priced, scored: list[ScoredRule],
                       state: SessionState, intent: Intent,
                       states_anything: bool = True) -> tuple[Answer, list[str]]:
        rule, calc, status = priced.rule, priced.calc, priced.status
        larger = self._larger_compared(question, priced, scored, state, intent)
        if larger is not None:
            # "哪个给得多，多的那个是多少": the larger of the two compared leads the answer.
            first, second = larger.rule, rule
            reordered = [*(s for s in scored if s.rule is first),
                         *(s for s in scored if s.rule is second),
                         *(s for s in scored if s.rule not in (first, second))]
            answer, topic = self._single_answer(question, larger, reordered, state, intent,
                                                states_anything)
            lead = f"两项相比，“{first.name}”可获支持更多。"
            return answer.model_copy(update={"answer": f"**{lead}**\n\n{answer.answer}"}), \
                topic
        overlaps = self._overlaps(priced, scored, state)
        doc = self._parts.documents[rule.citation.doc_id]
        extra = []
        if INJECTION.search(question):
            extra.append("说明：问题中要求改变规则或金额的内容不会被执行，金额只按政策条款计算。")
        text = compose_rule_answer(calc, rule, doc, status, intent.asks_maximum, overlaps,
                                   extra, self._parts.book.vocabulary)
        citations = [self._citation_for_rule(rule)]
        citations += [self._citation_for_rule(self._parts.book.rule(d.losers[0].rule_id))
                      for d in overlaps if d.losers]
        follow_up = self._follow_up(priced) if status == "needs_info" else None
        backing = [calc.formula, *[c.text for c in citations], *self._fact_texts(calc),
                   *[c.detail or "" for c in calc.conditions], *calc.notes,
                   document_note(doc), *[d.explanation for d in overlaps],
                   *priced.questions, question]
        compared = self._compared_rule(scored, intent, question)
        differs = compared is None and status == "answered" \
            and not self._named_documents(question)
        other = self._priced_alone(compared, question, state, intent) if compared else (
            self._document_rival(scored, priced, state, question, intent) if differs else None)
        rival = other.rule if other is not None else None
        if rival is not None and other is not None:
            # "License-in和License-out有什么区别": both rules, each with its own working.
            rival_doc = self._parts.documents[rival.citation.doc_id]
            text += "\n\n---\n\n**对比：**\n\n" + compose_rule_answer(
                other.calc, rival, rival_doc, other.status, intent.asks_maximum, [], [],
                self._parts.book.vocabulary)
            citations.append(self._citation_for_rule(rival))
            backing += [other.calc.formula, rival.citation.text, *other.calc.notes,
                        *[c.detail or "" for c in other.calc.conditions],
                        document_note(rival_doc)]
        if rival is not None and differs:
            # Two documents answer the same question with different sums: which one applies
            # is the user's to say, never ours to pick by a few points of score.
            status, calc = "needs_info", calc.model_copy(update={"amount_yuan": None})
            text = f"**{_DOCUMENTS_DIFFER}**\n\n{text}"
            follow_up = _WHICH_DOCUMENT
        if compared is not None and rival is not None and not states_anything \
                and status == "needs_info":
            # "临床研究方面，征求意见稿第五条和若干措施（二）有什么不同": a help-desk comparison of
            # the two standards, answered as such; a company's own amount needs its facts.
            status, follow_up = "answered", None
        if (expired := _beyond_validity(doc, intent.acts_in_year)) and status != "ineligible":
            # "我们2029年3月才办…还能拿300万吗": the measure ends before the year asked about.
            status, calc, follow_up = "ineligible", calc.model_copy(
                update={"amount_yuan": None}), None
            text = f"**{expired}**\n\n{text}"
            backing.append(expired)
        if follow_up:
            text += f"\n\n❓ {follow_up}"
        self._guard(text, backing)
        calculation = AnswerCalculation.model_validate(calc.contract_dict())
        if rival is not None and other is not None:
            # Both working shown: each document's calculation travels with the answer, so a
            # reply pasted from it keeps every figure traceable.
            calculation = calculation.model_copy(update={"parts": [
                AnswerCalculation.model_validate(c.contract_dict())
                for c in (priced.calc, other.calc)]})
        topic = [s.rule.id for s in scored[:3]]
        state.answered_rule_ids = [rule.id]
        state.asked_facts = priced.asked_facts
        if rival is not None and differs:
            state.answered_rule_ids, state.asked_facts = [rule.id, rival.id], [_DOCUMENT_SLOT]
        return Answer(status=status, answer=text, citations=distinct_citations(citations),
                      calculation=calculation, follow_up=follow_up), topic

    def _parts_answer(self, question: str, priced: list[Priced], state: SessionState,
                      intent: Intent) -> tuple[Answer, list[str]]:
        """Several provisions (or products under different rules): each, then the total.

        A part from a measure that expires before the year the user acts in is ineligible,
        with the reason leading the answer; the other parts still count.
        """
        alone = parts_asked_alone(prepare_text(question), [p.rule for p in priced],
                                  self._parts.book.vocabulary, self._parts.glossary.policy_terms)
        if alone is not None and len(alone) == 1:
            # "先不算总数，CRO服务那部分单独能拿多少": that provision's answer, not the total.
            part = priced[alone[0]]
            scored = [ScoredRule(part.rule, MIN_RULE_SCORE, None, (), MIN_RULE_SCORE)]
            return self._single_answer(question, part, scored, state, intent)
        if alone is not None:
            priced = [priced[i] for i in alone]
        expired_notes: list[str] = []
        for index, part in enumerate(priced):
            note = _beyond_validity(self._parts.documents[part.rule.citation.doc_id],
                                    intent.acts_in_year)
            if note is not None and part.status != "ineligible":
                expired_notes.append(note)
                priced[index] = replace(part, status="ineligible", questions=[], calc=(
                    part.calc.model_copy(update={"amount_yuan": None,
                                                 "eligibility": "ineligible"})))
        combined = combined_parts(priced, self._parts.book,
                                  one_matter_documents(question, self._parts.book))
        docs = {p.rule.id: self._parts.documents[p.rule.citation.doc_id] for p in priced}
        text = compose_parts_answer(combined, docs, intent.asks_maximum,
                                    self._parts.book.vocabulary)
        for note in dict.fromkeys(expired_notes):
            text = f"**{note}**\n\n{text}"
        principles = self._principles_applied(combined)
        if principles:
            # "未计入：…按“从优不重复”只计其一": the clause that says so, quoted and cited.
            quotes = "\n".join(f"> 依据{p.citation.article}：{p.citation.text}" for p in principles)
            head, mark, tail = text.partition("\n\n⚠️")
            text = f"{head}\n\n{quotes}{mark}{tail}"
        follow_ups = [self._follow_up(p) for p in priced if p.status == "needs_info"]
        follow_up = " ".join(f for f in follow_ups if f) or None
        if follow_up:
            text += f"\n\n❓ {follow_up}"
        citations = distinct_citations([self._citation_for_rule(p.rule) for p in priced] + [
            AnswerCitation(doc_id=p.citation.doc_id, article=p.citation.article,
                           item=p.citation.item, text=p.citation.text) for p in principles])
        backing = [combined.formula, *[c.text for c in citations], question,
                   *[document_note(d) for d in docs.values()], *expired_notes]
        for part in priced:
            backing += [part.calc.formula, *self._fact_texts(part.calc), *part.calc.notes,
                        *[c.detail or "" for c in part.calc.conditions], *part.questions]
        self._guard(text, backing)
        calculation = AnswerCalculation.model_validate(combined.contract_dict())
        state.answered_rule_ids = [p.rule.id for p in combined.parts]
        state.asked_facts = list(dict.fromkeys(f for p in priced for f in p.asked_facts))
        return Answer(status=combined.status, answer=text, citations=citations,
                      calculation=calculation, follow_up=follow_up), \
            [p.rule.id for p in priced]

    def _names_topic_measure(self, question: str, state: SessionState) -> bool:
        """Whether the question names a measure the topic's rule computes from."""
        topic = self._topic_rule(state)
        if topic is None:
            return False
        vocabulary = self._parts.book.vocabulary
        folded = nfkc(question).lower()
        return any(term_in(cue.lower(), folded) for m in evidence_measures(topic, vocabulary)
                   if m in vocabulary.measures for cue in vocabulary.measures[m].cues
                   if len(cue) > 2)

    def _principles_applied(self, combined: Combined) -> list[Principle]:
        """The 从优不重复 clauses behind the parts a total leaves out, one per document."""
        documents = {worse.rule.citation.doc_id for worse, _ in combined.excluded}
        return [p for p in self._parts.book.principles
                if p.same_matter_cues and p.citation.doc_id in documents]

    def _follow_up(self, priced: Priced) -> str | None:
        if priced.questions:
            return " ".join(dict.fromkeys(priced.questions))
        if not priced.calc.missing_facts:
            return None
        vocabulary = self._parts.book.vocabulary
        wanted = "、".join(vocabulary.label(name) for name in priced.calc.missing_facts)
        return f"还需要您提供：{wanted}。"

    def _priced_alone(self, rule: Rule, question: str, state: SessionState, intent: Intent,
                      reading: Reading | None = None) -> Priced:
        """A second rule priced on the question's own reading, for showing beside the first."""
        vocabulary = self._parts.book.vocabulary
        reading = reading or read_message(question, vocabulary, self.reference_year)
        # On the question's own figures: "实际花了2000万" prices the draft's 20% beside the
        # measures' fixed 300万.
        return price(rule, vocabulary, state, reading, reading.observations, reading.observations,
                     self.reference_year, Wording(intent.asks_maximum, intent.asks_cap))

    def _document_rival(self, scored: list[ScoredRule], priced: Priced, state: SessionState,
                        question: str, intent: Intent) -> Priced | None:
        """A rule of another document that fits as well and gives a different sum.

        "国际学术研讨会议": 20% of costs in the draft, up to 300万 in the measures in force.
        """
        if len(scored) < 2 or priced.calc.amount_yuan is None:
            return None
        top, second = scored[0], scored[1]
        if second.rule.citation.doc_id == top.rule.citation.doc_id:
            return None
        vocabulary = self._parts.book.vocabulary
        reading = read_message(question, vocabulary, self.reference_year)
        measures = {o.measure for o in reading.observations}
        top_figure = bool(measures & set(evidence_measures(top.rule, vocabulary)))
        rival_figure = bool(measures & set(evidence_measures(second.rule, vocabulary)))
        # As good a match: close in score, the best rule named by the user's words too, and
        # the rival naming as many words or computing from a figure the message gives. A
        # rival priced on the message's figure where the best one prices none ("国际学术研讨会，
        # 实际花了2000万": 20% of it, or up to 300万) needs no words of its own.
        if rival_figure and not top_figure:
            if second.relevance < max(MIN_RULE_SCORE, _FIGURE_RIVAL_TIE * top.relevance):
                return None
        elif second.relevance < max(MIN_RULE_SCORE, _NEAR_TIE * top.relevance) \
                or not second.keyword_hits:
            return None
        if not (top.keyword_hits or top_figure):
            return None  # the best rule itself rests on no word or figure of the user's
        if len(second.keyword_hits) < len(top.keyword_hits) and not rival_figure:
            return None
        other = self._priced_alone(second.rule, question, state, intent, reading)
        amount = other.calc.amount_yuan
        if other.status != "answered" or amount is None or amount == priced.calc.amount_yuan:
            return None
        return other

    def _larger_compared(self, question: str, priced: Priced, scored: list[ScoredRule],
                         state: SessionState, intent: Intent) -> Priced | None:
        """The rule compared with ``priced``, priced, when it gives more and more is asked.

        "哪个给得多，多的那个是多少": both must be answered with an amount.
        """
        if not intent.asks_larger or priced.status != "answered" \
                or priced.calc.amount_yuan is None:
            return None
        compared = self._compared_rule(scored, intent, question)
        if compared is None:
            return None
        other = self._priced_alone(compared, question, state, intent)
        amount = other.calc.amount_yuan
        if other.status != "answered" or amount is None or amount <= priced.calc.amount_yuan:
            return None
        return other

    def _compared_rule(self, scored: list[ScoredRule], intent: Intent,
                       question: str = "") -> Rule | None:
        """The second rule of a "A和B有什么区别" question, when the question is about two.

        "共享服务平台，征求意见稿和若干措施分别怎么支持": both documents are named, so the
        other document's best rule on the subject is the second, whatever its rank.
        """
        if len(scored) < 2:
            return None
        if len(documents_named(question, self._parts.documents)) > 1 and (
                intent.asks_comparison or _EACH_DOCUMENT.search(question)):
            first = scored[0].rule.citation.doc_id
            other = next((s for s in scored[1:] if s.rule.citation.doc_id != first
                          and (s.keyword_hits or s.relevance >= MIN_RULE_SCORE)), None)
            if other is not None:
                return other.rule
        if not intent.asks_comparison:
            return None
        second = scored[1]
        if second.relevance < MIN_RULE_SCORE or not second.keyword_hits:
            return None
        return second.rule

    def _overlaps(self, priced: Priced, scored: list[ScoredRule],
                  state: SessionState) -> list[OverlapDecision]:
        rule, calc = priced.rule, priced.calc
        if not rule.exclusive_group or calc.eligibility == "ineligible" or not calc.amount_yuan:
            return []
        rivals = [s.rule for s in scored[1:] if s.rule.exclusive_group == rule.exclusive_group
                  and s.rule.level == rule.level and s.relevance >= MIN_RULE_SCORE]
        if not rivals:
            return []
        reading = Reading(text="")
        others = [price(r, self._parts.book.vocabulary, state, reading, [],
                        [], self.reference_year, Wording()).calc for r in rivals]
        others = [c for c in others if c.eligibility != "ineligible" and c.amount_yuan]
        if not others:
            return []
        return [d for d in resolve_overlaps([calc, *others], self._parts.book, unsettled=True)
                if d.winner.rule_id == calc.rule_id]

    # -- other paths ---------------------------------------------------------------------

    def _without_document_names(self, message: str) -> str:
        """The message without the phrases that name a document (what it asks stays)."""
        phrase = self._document_phrase
        if phrase is None:
            return message
        lowered = nfkc(message).lower()
        # "按《昌平组团促进医药健康产业发展支持办法》": a title in book marks that holds a
        # document's name is that name, whole.
        lowered = _BOOK_TITLE.sub(lambda m: "" if phrase.search(m.group(0)) else m.group(0),
                                  lowered)
        unnamed = without_places(phrase.sub("", lowered), self._places)
        return re.sub(r"_+", "", unnamed) or message

    def _named_documents(self, message: str) -> list[str]:
        """The one document the question names, if it names exactly one."""
        meant = documents_meant(message, self._parts.documents)
        return [meant[0].doc_id] if len(meant) == 1 else []

    def _meta(self, message: str, intent: Intent) -> MetaAnswer | None:
        docs = documents_meant(message, self._parts.documents)
        # "几项一起申请：一是…投资3200万；二是…": a list to price, not a question on stacking.
        # "同一个品种：License-in引进的1类化学药拿到注册证书…不重复享受的话最多能拿多少": a case
        # to price under 从优不重复, not the principle alone.
        # Read only for a question on stacking: every other message skips the second read.
        priced_case = intent.asks_combination and bool(_ASKS_AMOUNT.search(message)) and bool(
            read_message(message, self._parts.book.vocabulary, self.reference_year).facts)
        if intent.asks_combination and not priced_case and not any(
                m.is_money_like for m in read_numbers(prepare_text(message))):
            draft = next((d for d in self._parts.documents.values() if d.status == "draft"),
                         None)
            if draft is not None:
                return combination_answer(self._parts.book, draft, self._chunks)
        if intent.asks_supersede:
            return supersede_answer(docs, self._chunks)
        if intent.asks_interpretation:
            return interpretation_answer(docs, self._chunks)
        if intent.asks_validity:
            return validity_answer(docs, self._chunks, intent.asked_year)
        return None

    def _from_meta(self, meta: MetaAnswer) -> Answer:
        citations = [self._citation_for_chunk(c) for c in meta.chunks]
        backing = [c.text for c in citations] + [
            f"{d.title} {d.published} {d.valid_until} {d.supersedes}"
            for d in self._parts.documents.values()] + list(meta.backing)
        self._guard(meta.text, backing)
        return Answer(status="answered", answer=meta.text, citations=citations)

    def _which_clause(self, scored: list[ScoredRule]) -> Answer | None:
        """The clauses of the best rule (and of the other document's best), quoted."""
        chosen = [scored[0].rule]
        other = next((s.rule for s in scored[1:] if s.relevance >= MIN_RULE_SCORE
                      and s.rule.citation.doc_id != chosen[0].citation.doc_id), None)
        if other is not None:
            chosen.append(other)
        chunks = [chunk for rule in chosen if (chunk := self._chunk_by_clause.get(
            (rule.citation.doc_id, rule.citation.article, rule.citation.item))) is not None]
        return self._quoted(chunks) if chunks else None

    def _clause_answer(self, message: str, hits: list[Hit]) -> Answer:
        hits = self._by_shared_words(message, hits)
        top = [hits[0].chunk]
        if len(hits) > 1 and hits[1].chunk.doc_id != top[0].doc_id:
            top.append(hits[1].chunk)
        return self._quoted(top)

    def _quoted(self, chunks: list[Chunk]) -> Answer:
        """An answer that quotes these clauses, with their documents' status."""
        text = compose_clause_answer(chunks, self._parts.documents, self._no_support)
        backing = [c.text for c in chunks] + [document_note(self._parts.documents[c.doc_id])
                                              for c in chunks]
        self._guard(text, backing)
        return Answer(status="answered", answer=text,
                      citations=[self._citation_for_chunk(c) for c in chunks])

    def _clause_fits_better(self, message: str, hits: list[Hit], best: ScoredRule,
                            reading: Reading,
                            named_clauses: frozenset[tuple[str, str, str | None]] = frozenset(),
                            ) -> bool:
        """A clause with no rule that quotes the question better than the best rule does.

        "脑机接口有专项孵化基金吗" names words of （十）, which grants no money; a rule of
        （九） that merely ranks high must not answer it. Only for questions that carry
        no amounts and name at most one of the rule's own keywords.
        """
        if reading.observations or len(best.keyword_hits) > 1:
            return False
        citation = best.rule.citation
        if any((doc_id, article) == (citation.doc_id, citation.article)
               for doc_id, article, _ in named_clauses):
            return False  # "第十三条能拿多少": the clause is named by its number
        terms = self._parts.clause_terms
        # "能享受多少扶持资金" is how people ask, not words of a clause.
        words = terms.distinctive(question_content(message))
        if not words:
            return False
        top = self._by_shared_words(message, hits)[0].chunk
        if (top.doc_id, top.article) == (citation.doc_id, citation.article):
            return False
        if any((r.citation.doc_id, r.citation.article) == (top.doc_id, top.article)
               for r in self._parts.book.rules):
            return False
        top_overlap = terms.shared(words, (top.doc_id, top.article, top.item))
        rule_overlap = terms.shared_with_text(words, citation.text)
        # A keyword the rule matched (in the user's words or the glossary's) is overlap too:
        # "海外的研究所" says the 国际科研机构 of the rule's sentence.
        return len(top_overlap) > len(rule_overlap) + len(best.keyword_hits)

    def _by_shared_words(self, message: str, hits: list[Hit]) -> list[Hit]:
        """Hits re-ordered by how many of the question's rare words each clause uses.

        Fusion ranks by meaning; when the user quotes a clause's own rare words
        ("先租后让", "事业单位"), that clause is the one meant. Ties keep fused order.
        """
        terms = self._parts.clause_terms
        words = terms.distinctive(message)
        if not words:
            return hits

        def overlap(hit: Hit) -> int:
            chunk = hit.chunk
            return len(terms.shared(words, (chunk.doc_id, chunk.article, chunk.item)))
        return sorted(hits, key=lambda hit: -overlap(hit))

    def _out_of_scope(self, region: str | None) -> Answer:
        titles = [d.short_title for d in self._parts.documents.values()]
        return Answer(status="out_of_scope",
                      answer=compose_out_of_scope(region, self._parts.domain, titles),
                      citations=[])

    def _in_domain(self, message: str, hits: list[Hit]) -> bool:
        """Enough policy vocabulary that the best clause is worth quoting."""
        if not hits or self._parts.domain.is_off_task(message):
            return False
        text = canonical_terms(message).lower()
        terms = [t for t in self._parts.domain_terms if t.lower() in text]
        terms += self._parts.glossary.policy_terms(message)
        if len(terms) >= _CLAUSE_ANSWER_MIN_TERMS:
            return True
        # Words only a few clauses use ("先租后让", "责任保险"), or the subject its best
        # clause's heading names ("能拿多少研发支持" and "支持企业研发创新").
        terms_of = self._parts.clause_terms
        top = hits[0].chunk
        return is_telling(terms_of.distinctive(message)) or bool(
            terms_of.subject_words(message, (top.doc_id, top.article, top.item)))

    # -- helpers -------------------------------------------------------------------------

    def _citation_for_rule(self, rule: Rule) -> AnswerCitation:
        c = rule.citation
        chunk = self._chunk_by_clause.get((c.doc_id, c.article, c.item))
        return AnswerCitation(doc_id=c.doc_id, article=c.article, item=c.item,
                              heading=chunk.heading if chunk else None,
                              section=chunk.section if chunk else None, text=c.text)

    def _citation_for_chunk(self, chunk: Chunk) -> AnswerCitation:
        return AnswerCitation(doc_id=chunk.doc_id, article=chunk.article, item=chunk.item,
                              heading=chunk.heading, section=chunk.section, text=chunk.text)

    def _fact_texts(self, calc: object) -> list[str]:
        """Every input of a calculation as text, so restating it is backed."""
        inputs = getattr(calc, "inputs", {})
        texts = []
        for name, value in dict(inputs).items():
            if isinstance(value, int) and not isinstance(value, bool) and name.endswith(
                    ("_yuan", "_usd", "_cny")):
                texts.append(format_yuan(value, "USD" if name.endswith("_usd") else "CNY"))
            texts.append(str(value))
        return texts

    @staticmethod
    def _guard(text: str, backing: list[str]) -> None:
        unbacked = unbacked_numbers(text, backing)
        if unbacked:
            raise UnbackedNumberError(f"答案中存在无出处的数字：{unbacked}")


_MAX_RECENT = 4  # provisions a "加起来" question may sum from earlier turns

# A rival rule of another document within this share of the best score is as good a match.
_NEAR_TIE = 0.9
_FIGURE_RIVAL_TIE = 0.75
_DOCUMENTS_DIFFER = "两份文件对此都有规定，但金额不同，需先确认按哪份文件申请。"
_DOCUMENT_SLOT = "document"  # asked: which document applies
_WHICH_DOCUMENT = "请确认按哪份文件申请（征求意见稿尚未正式施行），确认后按该文件计算。"


def _selected_by(rule: Rule, item: dict[str, object]) -> bool:
    """Whether a product's own facts point at the rule.

    A condition on one of them, or the fact that picks the rule's table row. A rule that
    says nothing of products (License-out beside License-in) never takes a product.
    """
    key = getattr(rule.formula, "key", None)
    return key in item or any(c.fact in item for c in rule.conditions)
