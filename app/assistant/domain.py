"""The assistant's own domain data (``corpus/domain/assistant.yaml``): scope, places, words.

How it introduces itself, which places people may name, and how help-desk lookups are
asked are data, so the engine answers for any district's documents unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Domain:
    """Presentation and lookup words of the corpus."""

    scope: str = "政策"
    title: str = "政策助手"
    examples: tuple[str, ...] = ()
    help: str = ""
    greeting: str = "您好！"
    thanks: str = "不客气！"
    goodbye: str = "再见！"
    places: tuple[str, ...] = ()
    place_asides: tuple[re.Pattern[str], ...] = ()
    place_denials: tuple[re.Pattern[str], ...] = ()
    responsible_units_words: tuple[str, ...] = ()
    off_task: tuple[re.Pattern[str], ...] = ()
    which_clause: tuple[re.Pattern[str], ...] = ()
    # Words pointing back at what was just answered ("这条", "that"): a lookup they ask
    # ("这条是哪些部门负责的？") is about the conversation's own clause.
    topic_deixis: tuple[re.Pattern[str], ...] = ()
    # Asking what a text covers ("支持办法聚焦哪些赛道"): answered by its clause, not a sum.
    covers_words: tuple[re.Pattern[str], ...] = ()
    # Asking a detail the clause itself states ("能连续拿几年？", "要去哪里申报？"): after an
    # answer, the clause of that answer, quoted.
    clause_details: tuple[re.Pattern[str], ...] = ()

    def asks_which_clause(self, text: str) -> bool:
        """"哪一条规定了…": the clause is the answer."""
        return any(p.search(text) for p in self.which_clause)

    def asks_what_covered(self, text: str) -> bool:
        """"聚焦哪些赛道", "主要支持哪些方向": what a text covers, not what it pays."""
        return any(p.search(text) for p in self.covers_words)

    def asks_clause_detail(self, text: str) -> bool:
        """"这个能连续拿几年？": a detail of the clause, read from its own sentence."""
        return any(p.search(text) for p in self.clause_details)

    def points_back(self, text: str) -> bool:
        """"这条措施…", "Which clause is that based on": the words point at the last answer."""
        return any(p.search(text) for p in self.topic_deixis)

    def is_off_task(self, text: str) -> bool:
        """A request no policy document answers (a poem, personal income tax)."""
        return any(p.search(text) for p in self.off_task)

    def help_text(self, document_titles: list[str]) -> str:
        """What the assistant can help with, naming the documents it has."""
        listing = "、".join(f"《{t}》" for t in document_titles)
        return self.help.format(documents=listing, scope=self.scope)


def load_domain(corpus_dir: Path) -> Domain:
    """Read the domain file; a corpus without one gets neutral defaults."""
    path = corpus_dir / "domain" / "assistant.yaml"
    if not path.is_file():
        return Domain()
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Domain(
        scope=str(data.get("scope", "政策")), title=str(data.get("title", "政策助手")),
        examples=tuple(str(e) for e in data.get("examples") or ()),
        help=str(data.get("help", "")).strip(),
        greeting=str(data.get("greeting", "您好！")).format(scope=data.get("scope", "政策")),
        thanks=str(data.get("thanks", "不客气！")), goodbye=str(data.get("goodbye", "再见！")),
        places=tuple(str(p).lower() for p in data.get("places") or ()),
        place_asides=_patterns(data.get("place_asides")),
        place_denials=_patterns(data.get("place_denials")),
        off_task=_patterns(data.get("off_task")),
        which_clause=_patterns(data.get("which_clause")),
        topic_deixis=_patterns(data.get("topic_deixis")),
        covers_words=_patterns(data.get("covers_words")),
        clause_details=_patterns(data.get("clause_details")),
        responsible_units_words=tuple(str(w).lower()
                                      for w in data.get("responsible_units_words") or ()))


def _patterns(raw: object) -> tuple[re.Pattern[str], ...]:
    """A list of regular expressions from the YAML, matched case-insensitively."""
    if not isinstance(raw, list):
        return ()
    return tuple(re.compile(str(p), re.IGNORECASE) for p in raw)
