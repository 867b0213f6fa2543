"""What one conversation remembers, as a plain value the stores serialise."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SessionState:
    """Stated facts, the rules last discussed, and the visible history of the chat.

    ``turns`` holds what the user saw (question and the Answer as JSON), so a reload
    of the web page shows the same conversation the facts came from.
    """

    facts: dict[str, object] = field(default_factory=dict)
    topic_rule_ids: list[str] = field(default_factory=list)
    turns: list[dict[str, object]] = field(default_factory=list)
