"""What one conversation remembers, as a plain value the stores serialise."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SessionState:
    """Stated facts, figures, products, the rules last discussed, and the visible history.

    ``observations`` are the money figures the user gave, each with its measure and
    year, so a later turn can still pick the right year for whichever rule it is
    about; ``items`` are products described separately. ``turns`` holds what the user
    saw (question and the Answer as JSON), so a reload of the web page shows the same
    conversation the facts came from.
    """

    facts: dict[str, object] = field(default_factory=dict)
    topic_rule_ids: list[str] = field(default_factory=list)
    turns: list[dict[str, object]] = field(default_factory=list)
    observations: list[dict[str, object]] = field(default_factory=list)
    items: list[dict[str, object]] = field(default_factory=list)
    # The rules the last answer priced, so "再加上一项…，两项合计" can add to them.
    answered_rule_ids: list[str] = field(default_factory=list)
    # The facts the last answer asked for, so a bare reply ("两年", "是的") can fill them.
    asked_facts: list[str] = field(default_factory=list)
    # Figures a supposition replaced ("那如果投入到1.23亿呢"), kept for "还是按最开始那个数算".
    set_aside: list[dict[str, object]] = field(default_factory=list)

    def memory_json(self) -> dict[str, object]:
        """Facts, figures and products as one JSON object (the store's ``facts_json``)."""
        return {"facts": self.facts, "observations": self.observations, "items": self.items,
                "answered": self.answered_rule_ids, "asked": self.asked_facts,
                "set_aside": self.set_aside}

    @classmethod
    def from_memory(cls, memory: dict[str, object], topic: list[str],
                    turns: list[dict[str, object]]) -> SessionState:
        """The inverse of ``memory_json``; a row from before figures were kept is all facts."""
        if "facts" not in memory:
            return cls(dict(memory), topic, turns)
        facts = memory.get("facts")
        observations = memory.get("observations")
        items = memory.get("items")
        answered = memory.get("answered")
        asked = memory.get("asked")
        aside = memory.get("set_aside")
        return cls(dict(facts) if isinstance(facts, dict) else {}, topic, turns,
                   list(observations) if isinstance(observations, list) else [],
                   list(items) if isinstance(items, list) else [],
                   [str(a) for a in answered] if isinstance(answered, list) else [],
                   [str(a) for a in asked] if isinstance(asked, list) else [],
                   [a for a in aside if isinstance(a, dict)] if isinstance(aside, list) else [])
