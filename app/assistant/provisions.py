"""Questions that span several provisions: which ones, and how their amounts add up.

"CRO服务800万、共享平台投入2000万，一起能拿多少" names two bases of two rules;
"1类化学药进入Ⅱ期…还有平台投了600万，合计" names a stage and a base. Each
provision is priced on its own; the total adds them, except that rules of one
exclusive group at one level (the same 事项) give only the best (从优不重复).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.assistant.answer import Status
from app.assistant.fact_reader import Reading
from app.assistant.fact_resolver import money_facts_of
from app.assistant.intent import without_places
from app.assistant.money_reader import clause_spans
from app.assistant.router import MIN_RULE_SCORE, ScoredRule
from app.assistant.rule_pricing import Priced
from app.normalize import nfkc, term_in
from app.rules.amounts import format_yuan
from app.rules.loader import RuleBook
from app.rules.schema import PerUnitTable, Rate, Rule, Tiers, is_money_fact
from app.rules.vocabulary import Vocabulary

# "项目工程投资一共二亿六千六百万" states a figure; "一共能拿多少" asks the total.
# Not "合计一下": 一下 is no figure.
_FIGURE_NEXT = r"(?!\s*(?:是|为|有|约|大概)?\s*(?!一下)[0-9零〇一二两三四五六七八九十百千万亿])"
_TOTAL = re.compile(rf"一起|(?:一共|总共|合计|共计|总计){_FIGURE_NEXT}|加起来|加在一起|"
                    r"加一块儿?|加到一起|这俩|两者|二者|总和|"
                    r"(?:what'?s|what is|how much is) the total|"
                    r"total for (?:both|the two|them|all)|"
                    # "Max total under the 2026-2028 measures?", "the total maximum".
                    r"\b(?:max(?:imum)?|overall|grand) total\b|"
                    r"\btotal (?:max(?:imum)?|amount|support|award)s?\b|"
                    r"总额(?:是|为|有)?多少|合起来|"
                    r"都算上|全部|"
                    # "分别能拿多少" asks per provision; "研发投入分别是530万和980万" states
                    # figures.
                    r"(?:分别|各自)(?=[^，,。；;]{0,6}(?:能|可以|可|拿|给|补|多少))|各能|两项|几项|"
                    r"in total|altogether|combined|together|both|each|"
                    r"(?:^|[.;:,!?]\s*)total\s*[?？]", re.IGNORECASE)  # "…launched. Total?"


@dataclass(frozen=True)
class Combined:
    """The total of several priced provisions, in the contract's calculation shape."""

    status: Status
    amount_yuan: int | None
    kind: str
    formula: str
    parts: list[Priced]
    excluded: list[tuple[Priced, str]]

    def contract_dict(self) -> dict[str, object]:
        """``calculation`` with ``parts``: each rule's calculation, and their total."""
        return {"rule_id": "+".join(p.rule.id for p in self.parts),
                "amount_yuan": self.amount_yuan, "kind": self.kind, "formula": self.formula,
                "inputs": {p.rule.id: p.calc.inputs for p in self.parts},
                "parts": [p.calc.contract_dict() for p in self.parts]}


_ADDS_PROVISION = re.compile(r"再加上|加上|再加|加一项|还有一项|另外还有|另外|此外|对了|补充|"
                             r"再算上|算上|连同|"
                             # "还办了一场大会…两项合计": 还/又 with a verb adds a matter.
                             r"还(?:办|做|搞|建|开|拿|投|申请|获)|"
                             r"又(?:办|做|搞|建|开|拿|投|申请|获)|"
                             r"also|plus|in addition|additionally|another item|on top of",
                             re.IGNORECASE)
_MAX_PARTS = 4
_FIGURE_EVIDENCE = 2.0


KeywordMatch = Callable[[str, str], bool]


def other_provisions(scored: list[ScoredRule], reading: Reading, vocabulary: Vocabulary,
                     question: str, facts: dict[str, object],
                     matches: KeywordMatch | None = None,
                     reference_year: int | None = None,
                     asks_maximum: bool = False,
                     places: re.Pattern[str] | None = None,
                     asides: Sequence[re.Pattern[str]] = (),
                     same_matter: bool = False) -> list[Rule]:
    """Further rules the same message gives separate evidence for.

    A rule joins when the message states a figure for a measure it computes from (its
    base, or the amount its condition reads) that the rules chosen so far do not use —
    or a second figure of a measure they use, in a clause of its own. When the user asks
    for a total, a relevant rule whose stated selectors all hold joins too.
    """
    if not scored:
        return []
    figures: dict[str, set[int]] = {}
    hinted: set[str] = set()
    for observation in reading.observations:
        if observation.planned:
            continue  # "预计在美国年销售1.91亿美元" beside an FDA fee: a hope, no provision
        if observation.asked and (observation.reached or observation.bound is not None):
            continue  # "第十二条首次突破5亿能不能都拿": a clause's mark asked about, no figure
        measure = observation.measure or observation.hint
        if measure:
            figures.setdefault(measure, set()).add(observation.clause)
        if observation.measure is None and observation.hint:
            hinted.add(observation.hint)
    chosen = [scored[0].rule]
    claimed = {m: _own_figures(scored[0].rule, m, reading, vocabulary)
               for m in evidence_measures(scored[0].rule, vocabulary)}
    # "同一个品种…既符合License-in，也符合第六条，最多能拿多少": the provisions it names are
    # compared under 从优不重复, as a total would list them.
    asks_total = bool(_TOTAL.search(question)) or same_matter
    for candidate in scored[1:]:
        rule = candidate.rule
        if len(chosen) >= _MAX_PARTS:
            break
        if rule.kind == "unspecified" or any(_same_matter(rule, other) for other in chosen):
            continue
        evidence = evidence_measures(rule, vocabulary)
        fresh = [m for m in evidence if m in figures and len(figures[m]) > claimed.get(m, 0)
                 and _timely(rule, m, reading, vocabulary, reference_year)]
        # "AI…示范项目投资13300万，园区运营管理项目投资5700万": a figure said of this
        # provision's own project, not of one chosen so far, is its evidence.
        fresh += [m for m in evidence if m not in fresh and any(
            o.measure == m and rule.id in o.names_rules
            and not any(c.id in o.names_rules for c in chosen) for o in reading.observations)]
        if not fresh and _selectors_hold(rule, facts, required=True, selectors_only=True,
                                         vocabulary=vocabulary):
            # "接了持有人的委托生产，产线实际投入1.96亿": the figure was named under a sibling
            # measure; a rule whose stated selectors all hold may take it.
            fresh = [m for m in evidence for sibling in vocabulary.family_of(m) - {m}
                     if sibling in figures and len(figures[sibling]) > claimed.get(sibling, 0)
                     and not any(sibling in evidence_measures(c, vocabulary) for c in chosen)]
            for measure in fresh:
                siblings = vocabulary.family_of(measure) - {measure}
                claimed.update({s: claimed.get(s, 0) + 1 for s in siblings if s in figures})
        # A figure of the rule's own measure is evidence enough; keywords alone must reach
        # the usual bar.
        needed = _FIGURE_EVIDENCE if fresh else MIN_RULE_SCORE
        if candidate.relevance < needed:
            continue
        # A figure named only by a verb ("投入了1.8亿") is evidence only for a rule the
        # message singles out by its selectors (受托 production, stated).
        if fresh and all(m in hinted for m in fresh) and not _selectors_hold(
                rule, facts, required=True, selectors_only=True, vocabulary=vocabulary,
                both_ways=reading.both_ways):
            continue
        # "我们的AI示范场景项目，项目总投资7000万，其中工程投资3000万": a figure said of a
        # chosen provision's project is no evidence for another that reads its measure.
        fresh = [m for m in fresh if not _said_of_chosen(rule, chosen, m, reading, vocabulary,
                                                         matches or _plain_match)]
        if fresh and _one_project_taken(rule, chosen, fresh, reading, vocabulary,
                                        matches or _plain_match):
            continue
        if fresh and _selectors_hold(rule, facts):
            chosen.append(rule)
            for measure in fresh:
                claimed[measure] = claimed.get(measure, 0) + 1
            continue
        # "两项最多合计多少": the most each could give, its conditions still to be met.
        # Only by a word of its own: "转化落地" is said in the chosen (十三) too, and names
        # no 国际科研机构 落地 beside it.
        own_hits = [k for k in candidate.keyword_hits
                    if not any(k.lower() in nfkc(c.citation.text).lower() for c in chosen)]
        if asks_total and own_hits and not evidence and _selectors_hold(
                rule, facts, required=not asks_maximum) and _own_clause(
                    rule, chosen, reading, vocabulary, matches or _plain_match, places,
                    asides):
            chosen.append(rule)
    if len(chosen) > 1 and not asks_total and len(figures) < 2:
        return []
    return chosen[1:]


def _said_of_chosen(rule: Rule, chosen: list[Rule], measure: str, reading: Reading,
                    vocabulary: Vocabulary, matches: KeywordMatch) -> bool:
    """Whether each figure of the measure is said of a chosen rule, the message naming no other.

    A rule's own words are its keywords that are no measure's cue (项目投资总额 is any
    project's; 园区、运营管理 are the park's).
    """
    cues = [c for m in vocabulary.measures.values() for c in m.cues]

    def words(of: Rule) -> list[str]:
        return [k.lower() for k in of.keywords
                if len(k) > 1 and not any(c in k.lower() for c in cues)]

    # Only between measures said for one another (a project's total and its 工程投资): a
    # platform's 建设投入 beside a clinical trial is the platform's whatever words surround it.
    chosen_measures = {vocabulary.facts[f].measure for c in chosen for f in money_facts_of(c)
                       if f in vocabulary.facts}

    def hints(of: str | None) -> tuple[str, ...]:
        return vocabulary.measures[of].hints if of in vocabulary.measures else ()

    if not any(measure in hints(m) or m in hints(measure) for m in chosen_measures):
        return False
    figures = [o for o in reading.observations if (o.measure or o.hint) == measure]
    theirs = [w for other in chosen for w in words(other)]
    mine = words(rule)
    # Its own words anywhere in the message ("投了2亿建设检验检测服务平台") keep it; a rule
    # named only in its measure's words (共享服务平台) cannot be told apart so.
    named = any(matches(w, reading.text) for w in mine)  # in English too ("park operation")
    return bool(figures) and bool(mine) and not named and all(
        o.said and any(w in o.said for w in theirs) for o in figures)


def _per_project(rule: Rule, vocabulary: Vocabulary) -> bool:
    """Whether the rule prices a project (its base is one project's figure)."""
    return any(spec.item == "project" for f in money_facts_of(rule)
               if (spec := vocabulary.facts.get(f)) is not None)


def _one_project_taken(rule: Rule, chosen: list[Rule], fresh: list[str], reading: Reading,
                       vocabulary: Vocabulary, matches: KeywordMatch) -> bool:
    """Whether the message's one project is a chosen provision's, leaving none for ``rule``.

    "联合做了一个AI+医疗的标杆示范项目，工程投资2.94亿，加上软件采购总投资3.68亿": every
    figure is of that one project, so a second project provision (园区运营) does not join on
    them — unless the message names that provision in its own words. Only between
    measures said for one another (a project's total and its 工程投资): a platform's
    建设投入 beside a forum's 发生费用 are two matters.
    """
    if reading.projects != 1 or not _per_project(rule, vocabulary) or not any(
            _per_project(c, vocabulary) for c in chosen):
        return False
    chosen_measures = {vocabulary.facts[f].measure for c in chosen for f in money_facts_of(c)
                       if f in vocabulary.facts}

    def hints(of: str | None) -> tuple[str, ...]:
        return vocabulary.measures[of].hints if of in vocabulary.measures else ()

    if not any(m == f or f in hints(m) or m in hints(f) for m in chosen_measures for f in fresh):
        return False
    cues = [c for m in vocabulary.measures.values() for c in m.cues]
    own = [k.lower() for k in rule.keywords if len(k) > 1 and not any(c in k.lower() for c in cues)
           and not any(k.lower() in (w.lower() for w in c.keywords) for c in chosen)]
    return bool(own) and not any(matches(w, reading.text) for w in own)


def _own_figures(rule: Rule, measure: str, reading: Reading, vocabulary: Vocabulary) -> int:
    """How many clauses' figures of the measure the rule itself takes.

    One, unless the rule prices each project and the message counts them in the rule's own
    words ("两个示范场景项目：项目A…5600万；项目B…0.11亿"): then each project's figure is the
    rule's own. "两个不同的项目：一是AI…；二是园区…" may be two provisions.
    """
    per_project = any(spec.item == "project" for f in money_facts_of(rule)
                      if (spec := vocabulary.facts.get(f)) is not None and spec.measure == measure)
    own_words = any(k.lower() in reading.project_phrase for k in rule.keywords)
    return max(1, reading.projects or 1) if per_project and own_words else 1


def _timely(rule: Rule, measure: str, reading: Reading, vocabulary: Vocabulary,
            reference_year: int | None) -> bool:
    """Whether some figure of the measure is of a year the rule reads.

    "公司今年研发投入5000万" beside an FDA fee is no evidence for the measure that reads
    last year's 研发投入: that figure could never fill it.
    """
    if reference_year is None:
        return True
    years = {"last_year": (None, reference_year - 1),
             "last_two_years": (None, reference_year - 1, reference_year - 2)}
    times = {vocabulary.facts[f].time for f in money_facts_of(rule)
             if f in vocabulary.facts and vocabulary.facts[f].measure == measure}
    if not times or not times <= set(years):
        return True
    return any(o.year in years[time] for time in times for o in reading.observations
               if (o.measure or o.hint) == measure)


def asks_total(question: str) -> bool:
    """Whether the question asks for the sum of several provisions ("两项加起来")."""
    return bool(_TOTAL.search(question))


def carried_provisions(answered: list[Rule], chosen: list[Rule], question: str,
                       one_matter: frozenset[str] = frozenset()) -> list[Rule]:
    """Earlier provisions that join the new one when the user adds and asks the total.

    "一个1类新药进入Ⅰ期…" then "再加上一项：平台投了8900万，两项加起来". So do those the
    user says the new one is the same matter as ("这块受托生产同时也算我们CDMO的服务…这是
    同一事项，能叠加吗"): 从优不重复 then gives the better of them.
    """
    same = bool(one_matter) and any(r.citation.doc_id in one_matter for r in answered)
    if not answered or not (same or _TOTAL.search(question) and _ADDS_PROVISION.search(question)):
        return []
    return [rule for rule in answered if rule not in chosen
            and not any(_same_matter(rule, other) for other in chosen)]


def _plain_match(keyword: str, text: str) -> bool:
    return term_in(keyword.lower(), text)


def _own_clause(rule: Rule, chosen: list[Rule], reading: Reading,
                vocabulary: Vocabulary, matches: KeywordMatch,
                places: re.Pattern[str] | None = None,
                asides: Sequence[re.Pattern[str]] = ()) -> bool:
    """Whether some clause of the message is the rule's own.

    No chosen rule computes from a figure in it, and the rule's words there outweigh the
    chosen rules' ("跨国（境）技术转移…出海" is the transfer measure's clause, though 出海
    is a word of another).
    """
    text = without_places(reading.text.lower(), places)
    measures = {m for other in chosen for m in evidence_measures(other, vocabulary)}
    claimed = [o.start for o in reading.observations if o.measure in measures]
    for start, end in clause_spans(reading.text):
        # A clause holding a figure a chosen rule computes from is that rule's, but for a
        # part of it that plainly names another provision ("License-in引进国外技术的两个
        # 产品今年上市了，License-out合同…总额7.18亿美元"); "分别对应两个不同品种" or
        # "组织了生命科学投融资路演活动" beside the figure describe the chosen rule's matter.
        taken = any(start <= at < end for at in claimed)
        # "外资研发中心研发激励 + 举办国际学术研讨会议": each side of a + or 又 is a part.
        for part_start, part_end in _part_spans(text, start, end):
            if any(part_start <= at < part_end for at in claimed):
                continue
            clause = text[part_start:part_end]
            if any(aside.search(clause) for aside in asides):
                continue  # "之前在杭州拿过360万的落地奖励": an award had, not one asked for
            hits = [k for k in rule.keywords if matches(k, clause)]
            mine = sum(len(k) for k in hits)
            theirs = max((sum(len(k) for k in other.keywords if matches(k, clause))
                          for other in chosen), default=0)
            # Said in the user's own words, not a glossary rendering (批文 → 药品注册证书).
            plain = [k for k in hits if _plain_match(k, clause)]
            # Not a word that merely describes the company, read with words between its
            # parts ("外资医药健康企业" says 外资企业 of a 1类 drug maker, no measure asked for).
            telling = [k for k in hits if k in plain or not _describes_a_fact(rule, k, vocabulary)]
            strong = len(plain) >= 2 or any(len(k) >= _LONG_KEYWORD for k in plain)
            if mine > theirs and telling and (strong or not taken):
                return True
    return False


_LONG_KEYWORD = 5


def _describes_a_fact(rule: Rule, keyword: str, vocabulary: Vocabulary) -> bool:
    """Whether the keyword only states a fact the rule's conditions read.

    "外资企业" is a 外资 company; "外资研发中心" names more than the fact.
    """
    for condition in rule.conditions:
        spec = vocabulary.facts.get(condition.fact)
        if spec is None:
            continue
        rest = keyword.lower()
        for pattern in (*spec.when_true, *spec.patterns):
            rest = pattern.sub("", rest)
        if rest != keyword.lower() and _COMPANY.fullmatch(rest):
            return True
    return False


_COMPANY = re.compile(r"(?:企业|公司|机构|单位|药企)?")


def _part_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each part of text[start:end] between part breaks lies."""
    spans, position = [], start
    for found in _PART_BREAK.finditer(text, start, end):
        spans.append((position, found.start()))
        position = found.end()
    spans.append((position, end))
    return spans


_PART_BREAK = re.compile(r"[+＋&]|，|,|、|以及|又|还有|加上|\band\b|\bplus\b")


def evidence_measures(rule: Rule, vocabulary: Vocabulary) -> list[str]:
    """Measures whose figures a rule computes from: its base, else its money conditions."""
    facts = [rule.formula.base] if isinstance(rule.formula, Rate | Tiers) else [
        c.fact for c in rule.conditions if is_money_fact(c.fact)]
    measures = [vocabulary.facts[f].measure for f in facts if f in vocabulary.facts]
    return [m for m in measures if m]


def _same_matter(first: Rule, second: Rule) -> bool:
    """Rules of one exclusive group at one level are one matter (从优不重复), never two parts."""
    return bool(first.exclusive_group) and first.exclusive_group == second.exclusive_group \
        and first.level == second.level


def _selectors_hold(rule: Rule, facts: dict[str, object], required: bool = False,
                    selectors_only: bool = False, vocabulary: Vocabulary | None = None,
                    both_ways: frozenset[str] = frozenset()) -> bool:
    """Whether no stated fact contradicts the rule's categorical conditions.

    With ``required``, every one of them must also be stated and met, and so must the fact
    that picks a row of the rule's table (新兽药注册类别 for the veterinary award). A
    yes/no fact stated ``both_ways`` (委托 and 受托 production) is stated for either value.
    """
    if required and isinstance(rule.formula, PerUnitTable) and rule.formula.key not in facts:
        return False
    if selectors_only and vocabulary is not None and not any(
            (spec := vocabulary.facts.get(c.fact)) is not None and spec.selector
            for c in rule.conditions):
        return False  # nothing stated singles this rule out
    for condition in rule.conditions:
        if is_money_fact(condition.fact):
            continue
        value = facts.get(condition.fact)
        if value is None and condition.fact in both_ways and condition.op in (
                "is_true", "is_false"):
            continue
        if value is None:
            selector = vocabulary is not None and (spec := vocabulary.facts.get(
                condition.fact)) is not None and spec.selector
            if (required and not condition.assume_when_unknown) or (selectors_only and selector):
                return False
            continue
        if condition.op == "is_true" and value is not True:
            return False
        if condition.op == "is_false" and value is not False:
            return False
        if condition.op in ("eq", "in"):
            allowed = condition.value if isinstance(condition.value, list) else [condition.value]
            if str(value) not in {str(v) for v in allowed}:
                return False
    return True


def scope_figures(rules: list[Rule], reading: Reading, vocabulary: Vocabulary,
                  ) -> dict[str, set[int]]:
    """For rules computing from one measure, the clause whose figure each one uses.

    "AI示范场景项目工程投资总额1.68亿，此外园区项目投资总额4860万": each rule takes the
    figure of the clause that names it (its keywords), not the other's.
    """
    text = reading.text.lower()
    spans = clause_spans(reading.text)
    scoped: dict[str, set[int]] = {}
    by_measure: dict[str, list[Rule]] = {}
    for rule in rules:
        for measure in evidence_measures(rule, vocabulary):
            by_measure.setdefault(measure, []).append(rule)
    for measure, sharing in by_measure.items():
        clauses = sorted({o.clause for o in reading.observations if o.measure == measure})
        if len(sharing) < 2 or len(clauses) < 2:
            continue
        free = list(clauses)
        for rule in sharing:
            scores = {c: sum(1 for k in rule.keywords
                             if k.lower() in text[spans[c][0]:spans[c][1]]) for c in free}
            best = max(free, key=lambda c: scores[c]) if free else None
            if best is not None:
                scoped.setdefault(rule.id, set()).add(best)
                free.remove(best)
    return scoped


def one_matter_documents(question: str, book: RuleBook) -> frozenset[str]:
    """Documents whose provisions the user says are one project here ("两者是同一个项目").

    A principle of 从优不重复 declares the phrases (``same_matter_cues``); it binds the
    provisions of its own document. "不是同一个项目" (``separate_matter_cues``) says the
    opposite and wins.
    """
    text = nfkc(question).lower()
    return frozenset(
        p.citation.doc_id for p in book.principles if p.same_matter_cues
        and not any(re.search(c, text) for c in p.separate_matter_cues)
        and any(re.search(c, text) for c in p.same_matter_cues))


def combined_parts(priced: list[Priced], book: RuleBook,
                   one_matter: frozenset[str] = frozenset()) -> Combined:
    """The parts and their total: 从优不重复 within a group and level, caps per part.

    ``one_matter``: documents whose parts the user called one project; of those only the
    best part of each level counts, whatever their groups.
    """
    kept: list[Priced] = []
    excluded: list[tuple[Priced, str]] = []
    for part in priced:
        rival = next((k for k in kept if k.rule.level == part.rule.level and (
            part.rule.exclusive_group and k.rule.exclusive_group == part.rule.exclusive_group
            and k.calc.inputs == part.calc.inputs
            or part.rule.citation.doc_id in one_matter
            and k.rule.citation.doc_id == part.rule.citation.doc_id)), None)
        if rival is None:
            kept.append(part)
            continue
        better, worse = (part, rival) if (part.calc.amount_yuan or 0) > (
            rival.calc.amount_yuan or 0) else (rival, part)
        pending = next((p for p in (part, rival) if p.status == "needs_info"), None)
        settled = rival if pending is part else part
        if pending is not None and settled.status == "answered" and (
                pending.potential_yuan is None
                or pending.potential_yuan > (settled.calc.amount_yuan or 0)):
            # The better of the two is not known until the one still asked about is settled
            # (License-in 100万 beside a 首仿药 whose 注册证书 is unsaid): ask, never give the
            # lesser as the most.
            better, worse = pending, settled
        kept[kept.index(rival)] = better
        excluded.append((worse, f"与“{better.rule.name}”属同一事项，按“从优不重复”只计其一"))
    statuses = [p.status for p in kept]
    eligible = [p for p in kept if p.status == "answered" and p.calc.amount_yuan is not None]
    if "needs_info" in statuses:
        status: Status = "needs_info"
    elif all(s == "ineligible" for s in statuses):
        status = "ineligible"
    else:
        status = "answered"
    amount = sum(p.calc.amount_yuan or 0 for p in eligible) \
        if status == "answered" and eligible else None
    kind = "upper_bound" if any(p.calc.kind == "upper_bound" for p in eligible) else (
        "fixed" if eligible else "unspecified")
    if amount is not None:
        formula = " + ".join(f"{format_yuan(p.calc.amount_yuan or 0)}（{p.rule.name}）"
                             for p in eligible) + f" = {format_yuan(amount)}"
    else:
        formula = "；".join(f"{p.rule.name}：{p.calc.formula}" for p in kept)
    return Combined(status, amount, kind, formula, kept, excluded)
