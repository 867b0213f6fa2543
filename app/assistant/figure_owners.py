"""Which provision a project's figure is said of, when several provisions read its measure.

"AI辅助诊断示范项目工程投资总额13300万元，园区运营管理项目投资总额5700万元": both figures
fill a 项目投资总额, but each is said of its own project, in the words of one provision
(the AI demonstration scene, the park's operation). Each provision prices only the figures
said of it, or said of none in particular — in this message or in an earlier turn.
"""

from __future__ import annotations

from dataclasses import replace

from app.assistant.fact_resolver import money_facts_of
from app.assistant.money_reader import Observation
from app.rules.loader import RuleBook

Readers = dict[str, list[tuple[str, tuple[str, ...]]]]


def project_measure_readers(book: RuleBook, measure_words: frozenset[str]) -> Readers:
    """Per project measure read by two or more rules: each rule and its own words.

    A rule's own words are its keywords that are no measure's cue (工程投资 is any
    project's); a measure only one rule reads has nothing to tell apart.
    """
    vocabulary = book.vocabulary
    readers: Readers = {}
    for rule in book.rules:
        for name in money_facts_of(rule):
            spec = vocabulary.facts.get(name)
            if spec is None or spec.item != "project" or spec.measure is None:
                continue
            words = tuple(k.lower() for k in rule.keywords
                          if len(k) > 1 and not any(c in k for c in measure_words))
            readers.setdefault(spec.measure, []).append((rule.id, words))
    return {m: r for m, r in readers.items() if len(r) > 1}


def name_owners(observations: list[Observation], readers: Readers) -> list[Observation]:
    """Each project figure with the rules whose own words are said of it."""
    named = []
    for observation in observations:
        rivals = readers.get(observation.measure or "")
        if rivals and observation.said:
            owners = tuple(rule_id for rule_id, words in rivals
                           if any(w in observation.said for w in words))
            observation = replace(observation, names_rules=owners)
        named.append(observation)
    return named
