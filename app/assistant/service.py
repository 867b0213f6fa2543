"""The one service every surface calls: ``answer(session_id, message) -> Answer``.

question → normalise → retrieve → route → facts → calculate → compose → guard.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.assistant.answer import Answer, AnswerCalculation, AnswerCitation, distinct_citations
from app.assistant.answer_status import ask_for_selectors, follow_up_for, status_of
from app.assistant.clause_terms import ClauseTerms, is_telling
from app.assistant.composer import (
    compose_clause_answer,
    compose_out_of_scope,
    compose_rule_answer,
    document_note,
)
from app.assistant.fact_binding import (
    FLOOR_PREFIX,
    bind_facts,
    floor_marks,
    needed_money_facts,
    to_facts,
    without_floor_bases,
)
from app.assistant.fact_extraction import ExtractedFacts, extract_facts
from app.assistant.intent import Intent, read_intent
from app.assistant.message_checks import (
    INJECTION,
    continues_topic,
    input_problem,
)
from app.assistant.meta_answers import (
    MetaAnswer,
    combination_answer,
    documents_meant,
    interpretation_answer,
    supersede_answer,
    validity_answer,
)
from app.assistant.numeric_guard import unbacked_numbers
from app.assistant.router import MIN_RULE_SCORE, ScoredRule, score_rules
from app.assistant.session_state import SessionState
from app.assistant.sessions import SessionStore
from app.documents import Chunk, Hit, PolicyDocument
from app.normalize import canonical_terms
from app.retrieval.glossary import Glossary
from app.retrieval.hybrid import HybridSearcher
from app.rules.amounts import format_yuan, parse_money
from app.rules.calculation import Calculation
from app.rules.calculator import calculate
from app.rules.combination import OverlapDecision, resolve_overlaps
from app.rules.facts import money_facts
from app.rules.loader import RuleBook
from app.rules.schema import Rule

_RETRIEVE_K = 8
_CLAUSE_ANSWER_MIN_TERMS = 1


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


class PolicyAssistant:
    """Answers questions about the two policies, offline, from rules and clauses."""

    def __init__(self, parts: AssistantParts) -> None:
        self.parts = parts
        self._parts = parts
        self._chunks = parts.searcher.chunks
        self._chunk_by_clause = {(c.doc_id, c.article, c.item): c for c in self._chunks}
        self._no_support = {f"{e.doc_id}/{e.article}{e.item or ''}": e.reason
                            for e in parts.book.exclusions}

    def answer(self, session_id: str | None, message: str) -> Answer:
        """Answer one message in a session (None: a one-off question that keeps nothing)."""
        problem = input_problem(message)
        if problem:
            return Answer(status="needs_info", answer=problem, citations=[],
                          follow_up="请重新输入您的问题。")
        sessions = self._parts.sessions
        state = sessions.load(session_id) if session_id else SessionState()
        answer, topic = self._answer(message, state)
        if session_id:
            turn: dict[str, object] = {"question": message,
                                       "answer": answer.model_dump(mode="json")}
            sessions.save(session_id, SessionState(state.facts, topic or state.topic_rule_ids,
                                                   [*state.turns, turn]))
        return answer

    def history(self, session_id: str) -> list[tuple[str, Answer]]:
        """The questions and answers of a session, oldest first (what the user saw)."""
        turns = self._parts.sessions.load(session_id).turns
        return [(str(t["question"]), Answer.model_validate(t["answer"])) for t in turns]

    def clear(self, session_id: str) -> None:
        """Forget a conversation: its facts, topic and visible history."""
        self._parts.sessions.clear(session_id)

    def close(self) -> None:
        """Release the index build (its lease lets ingest remove it later)."""
        self._parts.searcher.close()

    # -- the straight line ---------------------------------------------------------------

    def _answer(self, message: str, state: SessionState) -> tuple[Answer, list[str]]:
        extracted = extract_facts(message)
        if "clinical_stage" in extracted.values and "clinical_stage_counts" not in \
                extracted.values:
            state.facts.pop("clinical_stage_counts", None)  # one stage named now: it replaces
        state.facts.update(extracted.values)
        state.facts.update(floor_marks(extracted))
        intent = read_intent(message)
        if intent.other_region:
            return self._out_of_scope(intent.other_region), []
        meta = self._meta(message, intent)
        if meta is not None:
            return self._from_meta(meta), []
        hits = self._parts.searcher.search(message, k=_RETRIEVE_K)
        scored = score_rules(message, hits, state.facts, extracted.values, self._parts.book,
                             self._parts.glossary, state.topic_rule_ids,
                             self._parts.clause_terms, self._named_documents(message))
        if state.topic_rule_ids and (not scored or scored[0].relevance < MIN_RULE_SCORE) \
                and continues_topic(message, extracted):
            # "去年服务金额800万" after "我们是CRO，能拿多少？": the same rule, a new fact.
            topic_rule = self._parts.book.rule(state.topic_rule_ids[0])
            scored = [ScoredRule(topic_rule, MIN_RULE_SCORE, None, (), MIN_RULE_SCORE),
                      *[s for s in scored if s.rule.id != topic_rule.id]]
        if scored and scored[0].relevance >= MIN_RULE_SCORE and not self._clause_fits_better(
                message, hits, scored[0], extracted):
            return self._rule_answer(message, scored, state, extracted, intent)
        if self._in_domain(message, hits):
            return self._clause_answer(message, hits), []
        return self._out_of_scope(None), []

    def _rule_answer(self, message: str, scored: list[ScoredRule], state: SessionState,
                     extracted: ExtractedFacts, intent: Intent) -> tuple[Answer, list[str]]:
        rule = scored[0].rule
        facts = bind_facts(rule, state.facts, extracted)
        kept = set(needed_money_facts(rule))
        state.facts.update({k: v for k, v in facts.items()
                            if k in kept or k.removeprefix(FLOOR_PREFIX) in kept})
        calc = calculate(rule, to_facts(without_floor_bases(rule, facts)))
        calc = self._maximum_if_asked(calc, rule, intent)
        calc = ask_for_selectors(calc, rule, extracted.plural_count_unknown
                                  and "varieties" not in state.facts, intent.asks_maximum)
        status = status_of(calc)
        if status == "needs_info" and intent.asks_cap and rule.caps:
            status = "answered"  # "每年有没有上限": the ceiling is the answer; details may follow
        overlaps = self._overlaps(calc, scored, facts)
        doc = self._parts.documents[rule.citation.doc_id]
        extra = []
        if INJECTION.search(message):
            extra.append("说明：问题中要求改变规则或金额的内容不会被执行，金额只按政策条款计算。")
        text = compose_rule_answer(calc, rule, doc, status, intent.asks_maximum, overlaps, extra)
        citations = [self._citation_for_rule(rule)]
        citations += [self._citation_for_rule(self._parts.book.rule(d.losers[0].rule_id))
                      for d in overlaps if d.losers]
        follow_up = follow_up_for(calc) if calc.missing_facts and status != "ineligible" else None
        backing = [calc.formula, *[c.text for c in citations], *self._fact_texts(facts),
                   *[c.detail or "" for c in calc.conditions], *calc.notes,
                   document_note(doc), *[d.explanation for d in overlaps]]
        rival = self._compared_rule(scored, intent)
        if rival is not None:
            # "License-in和License-out有什么区别": both rules, each with its own working.
            rival_calc = calculate(rival, to_facts(without_floor_bases(rival, facts)))
            rival_doc = self._parts.documents[rival.citation.doc_id]
            text += "\n\n---\n\n**对比：**\n\n" + compose_rule_answer(
                rival_calc, rival, rival_doc, status_of(rival_calc), intent.asks_maximum, [], [])
            citations.append(self._citation_for_rule(rival))
            backing += [rival_calc.formula, rival.citation.text, *rival_calc.notes,
                        *[c.detail or "" for c in rival_calc.conditions],
                        document_note(rival_doc)]
        if follow_up:
            text += f"\n\n❓ {follow_up}"
        self._guard(text, backing)
        calculation = AnswerCalculation.model_validate(calc.contract_dict())
        topic = [s.rule.id for s in scored[:3]]
        citations = distinct_citations(citations)
        return Answer(status=status, answer=text, citations=citations, calculation=calculation,
                      follow_up=follow_up), topic

    def _compared_rule(self, scored: list[ScoredRule], intent: Intent) -> Rule | None:
        """The second rule of a "A和B有什么区别" question, when the question is about two."""
        if not intent.asks_comparison or len(scored) < 2:
            return None
        second = scored[1]
        if second.relevance < MIN_RULE_SCORE or not second.keyword_hits:
            return None
        return second.rule

    def _maximum_if_asked(self, calc: Calculation, rule: Rule, intent: Intent) -> Calculation:
        """"最高多少" about a capped rate with no base given: the cap is the answer."""
        formula = rule.formula
        cap = getattr(formula, "cap", None)
        if calc.missing_facts and intent.asks_maximum and cap and calc.eligibility != "ineligible":
            cap_yuan = parse_money(cap).amount
            return calc.model_copy(update={
                "amount_yuan": cap_yuan, "missing_facts": [],
                "formula": f"{calc.formula}；按上限计，最高 {format_yuan(cap_yuan)}"})
        return calc

    def _overlaps(self, calc: Calculation, scored: list[ScoredRule],
                  facts: dict[str, object]) -> list[OverlapDecision]:
        rule = self._parts.book.rule(calc.rule_id)
        if not rule.exclusive_group:
            return []
        rivals = [s.rule for s in scored[1:] if s.rule.exclusive_group == rule.exclusive_group
                  and s.rule.level == rule.level and s.relevance >= MIN_RULE_SCORE]
        if not rivals:
            return []
        others = [calculate(r, to_facts(facts)) for r in rivals]
        others = [c for c in others if c.eligibility == "eligible" and c.amount_yuan]
        if not others or calc.eligibility != "eligible":
            return []
        return [d for d in resolve_overlaps([calc, *others], self._parts.book)
                if d.winner.rule_id == calc.rule_id]

    # -- other paths ---------------------------------------------------------------------

    def _named_documents(self, message: str) -> list[str]:
        """The one document the question names, if it names exactly one."""
        meant = documents_meant(message, self._parts.documents)
        return [meant[0].doc_id] if len(meant) == 1 else []

    def _meta(self, message: str, intent: Intent) -> MetaAnswer | None:
        docs = documents_meant(message, self._parts.documents)
        if intent.asks_combination:
            draft = next(d for d in self._parts.documents.values() if d.status == "draft")
            return combination_answer(self._parts.book, draft, self._chunks)
        if intent.asks_supersede:
            return supersede_answer(docs, self._chunks)
        if intent.asks_interpretation:
            return interpretation_answer(docs, self._chunks)
        if intent.asks_validity:
            return validity_answer(docs, self._chunks)
        return None

    def _from_meta(self, meta: MetaAnswer) -> Answer:
        citations = [self._citation_for_chunk(c) for c in meta.chunks]
        backing = [c.text for c in citations] + [
            f"{d.title} {d.published} {d.valid_until} {d.supersedes}"
            for d in self._parts.documents.values()]
        self._guard(meta.text, backing)
        return Answer(status="answered", answer=meta.text, citations=citations)

    def _clause_answer(self, message: str, hits: list[Hit]) -> Answer:
        hits = self._by_shared_words(message, hits)
        top = [hits[0].chunk]
        if len(hits) > 1 and hits[1].chunk.doc_id != top[0].doc_id:
            top.append(hits[1].chunk)
        text = compose_clause_answer(top, self._parts.documents, self._no_support)
        citations = [self._citation_for_chunk(c) for c in top]
        backing = [c.text for c in top] + [document_note(self._parts.documents[c.doc_id])
                                           for c in top]
        self._guard(text, backing)
        return Answer(status="answered", answer=text, citations=citations)

    def _clause_fits_better(self, message: str, hits: list[Hit], best: ScoredRule,
                            extracted: ExtractedFacts) -> bool:
        """A clause with no rule that quotes the question better than the best rule does.

        "脑机接口有专项孵化基金吗" names words of （十）, which grants no money; a rule of
        （九） that merely ranks high must not answer it. Only for questions that carry
        no amounts and name at most one of the rule's own keywords.
        """
        if extracted.mentions or len(best.keyword_hits) > 1:
            return False
        terms = self._parts.clause_terms
        words = terms.distinctive(message)
        if not words:
            return False
        top = self._by_shared_words(message, hits)[0].chunk
        citation = best.rule.citation
        if (top.doc_id, top.article) == (citation.doc_id, citation.article):
            return False
        if any((r.citation.doc_id, r.citation.article) == (top.doc_id, top.article)
               for r in self._parts.book.rules):
            return False
        top_overlap = terms.shared(words, (top.doc_id, top.article, top.item))
        rule_overlap = terms.shared_with_text(words, citation.text)
        return len(top_overlap) > len(rule_overlap)

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
        return Answer(status="out_of_scope", answer=compose_out_of_scope(region), citations=[])

    def _in_domain(self, message: str, hits: list[Hit]) -> bool:
        """Enough policy vocabulary that the best clause is worth quoting."""
        if not hits:
            return False
        text = canonical_terms(message).lower()
        terms = [t for t in self._parts.domain_terms if t.lower() in text]
        terms += self._parts.glossary.policy_terms(message)
        if len(terms) >= _CLAUSE_ANSWER_MIN_TERMS:
            return True
        # Words only a few clauses use ("先租后让", "责任保险").
        return is_telling(self._parts.clause_terms.distinctive(message))

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

    @staticmethod
    def _fact_texts(facts: dict[str, object]) -> list[str]:
        texts = []
        for name, value in facts.items():
            if name in money_facts() and isinstance(value, int):
                texts.append(format_yuan(value, "USD" if name.endswith("_usd") else "CNY"))
            else:
                texts.append(str(value))
        return texts

    @staticmethod
    def _guard(text: str, backing: list[str]) -> None:
        unbacked = unbacked_numbers(text, backing)
        if unbacked:
            raise UnbackedNumberError(f"答案中存在无出处的数字：{unbacked}")
