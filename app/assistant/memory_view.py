"""What a session remembers, as entries a person can read and remove.

A user must be able to see what the assistant believes about them (企业类型 · 服务金额
800万 · 1类 · Ⅱ期) and take back any of it. Entries are named with the fact
vocabulary's Chinese labels, so a new policy's facts show up without code; each has
a key (``fact:drug_class``, ``figure:0``, ``item:1``) that ``forget`` accepts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.assistant.session_state import SessionState
from app.rules.amounts import format_yuan
from app.rules.vocabulary import FactSpec, Vocabulary

_KEY = re.compile(r"(fact|figure|item):([A-Za-z0-9_\-]{1,80})", re.ASCII)
# A count is of things (2个); an integer fact is a class or grade (1类 when its label says 类).
_UNIT_OF = {"count": "个"}


@dataclass(frozen=True)
class MemoryEntry:
    """One remembered fact, figure or product: a removal key and the text shown."""

    key: str
    label: str
    value: str

    @property
    def text(self) -> str:
        """How the entry reads in the 已知信息 bar."""
        return f"{self.label} {self.value}" if self.label else self.value


def memory_entries(state: SessionState, vocabulary: Vocabulary) -> list[MemoryEntry]:
    """Facts, figures and products of a session, in the order they are shown."""
    entries: list[MemoryEntry] = []
    item_keys = {key for item in state.items for key in item if key != "count"}
    for index, item in enumerate(state.items):
        described = " · ".join(_value_text(vocabulary.facts.get(k), v)
                               for k, v in item.items() if k != "count" and k in vocabulary.facts)
        count = item.get("count")
        suffix = f" ×{count}" if isinstance(count, int) and count > 1 else ""
        entries.append(MemoryEntry(f"item:{index}", f"品种{index + 1}", described + suffix))
    for name, value in state.facts.items():
        spec = vocabulary.facts.get(name)
        if spec is None or spec.hidden or (name in item_keys and state.items):
            continue
        if name == "varieties" and state.items:
            continue
        entries.append(MemoryEntry(f"fact:{name}", _short_label(spec),
                                   _value_text(spec, value)))
    for index, figure in enumerate(state.observations):
        entries.append(MemoryEntry(f"figure:{index}", _measure_label(figure, vocabulary),
                                   _figure_text(figure)))
    return entries


def forget(state: SessionState, key: str, vocabulary: Vocabulary) -> bool:
    """Drop one entry from ``state`` (in place); False when the key names nothing."""
    found = _KEY.fullmatch(key or "")
    # Only what the bar shows can be taken back (not a hidden fact the user never saw).
    if found is None or key not in {e.key for e in memory_entries(state, vocabulary)}:
        return False
    kind, name = found.groups()
    if kind == "fact":
        return state.facts.pop(name, None) is not None
    index = int(name) if name.isdigit() else -1
    target = state.observations if kind == "figure" else state.items
    if not 0 <= index < len(target):
        return False
    removed = target.pop(index)
    if kind == "item":
        _after_item_removed(state, removed, vocabulary)
    return True


def _after_item_removed(state: SessionState, removed: dict[str, object],
                        vocabulary: Vocabulary) -> None:
    """Facts that only the removed product gave go with it; the product count follows."""
    for name, value in removed.items():
        still_said = any(item.get(name) == value for item in state.items)
        if not still_said and state.facts.get(name) == value:
            state.facts.pop(name)
    counts = [name for name, spec in vocabulary.facts.items() if spec.type == "count"]
    for name in counts:
        if name not in state.facts:
            continue
        if state.items:
            state.facts[name] = sum(int(item.get("count", 1) or 1)  # type: ignore[call-overload]
                                    for item in state.items)
        else:
            state.facts.pop(name)


def _short_label(spec: FactSpec) -> str:
    """The label without its explanation in brackets or a yes/no question's 是否."""
    label = re.sub(r"[（(].*?[）)]", "", spec.label)
    return re.sub(r"^是否(?:为)?", "", label)


def _value_text(spec: FactSpec | None, value: object) -> str:
    if spec is None:
        return str(value)
    if spec.values:
        for choice in spec.values:
            if choice.value == str(value):
                return choice.label
    if spec.type == "bool" or isinstance(value, bool):
        return "是" if value else "否"
    if spec.type == "money" and isinstance(value, int):
        return format_yuan(value, "USD" if spec.currency == "USD" else "CNY")
    unit = "类" if spec.type == "int" and "类" in spec.label else _UNIT_OF.get(spec.type, "")
    return f"{value}{unit}"


def _measure_label(figure: dict[str, object], vocabulary: Vocabulary) -> str:
    """The measure a figure was said of, named by the first fact that reads it."""
    measure = figure.get("measure")
    for spec in vocabulary.facts.values():
        if spec.measure == measure and not spec.hidden:
            return re.sub(r"^(?:上一年度|年度|上两年)", "", _short_label(spec))
    return "金额"


def _figure_text(figure: dict[str, object]) -> str:
    amount = figure.get("amount")
    usd = figure.get("currency") == "USD"
    text = format_yuan(amount, "USD" if usd else "CNY") if isinstance(amount, int) else str(amount)
    year = figure.get("year")
    return f"{text}（{year}年）" if isinstance(year, int) else text


def reply_choices(state: SessionState, vocabulary: Vocabulary, limit: int = 4) -> list[str]:
    """One-tap replies for the fact the last answer asked for (Ⅰ期/Ⅱ期/Ⅲ期, 是/否).

    Only closed sets get chips; an amount is typed. The labels are the vocabulary's, which
    the fact reader reads back as the value (a bare reply fills the asked fact).
    """
    for name in state.asked_facts:
        spec = vocabulary.facts.get(name)
        if spec is None or spec.hidden:
            continue
        if spec.values:
            return [choice.label for choice in spec.values][:limit]
        if spec.type == "bool":
            return ["是", "否"]
    return []


def profile_facts(state: SessionState, vocabulary: Vocabulary) -> dict[str, object]:
    """The session's facts as calculator inputs, where they are unambiguous.

    A money fact takes a figure only when the session holds exactly one amount of its
    measure (two years of 服务金额 could mean either); products' attributes only when
    there is one product. Whatever is left out the user fills in the form.
    """
    known: dict[str, object] = {}
    several = len(state.items) > 1
    item_keys = {key for item in state.items for key in item}
    for name, value in state.facts.items():
        spec = vocabulary.facts.get(name)
        if spec is None or spec.hidden or (several and name in item_keys):
            continue
        known[name] = value
    if len(state.items) == 1:
        known.update({k: v for k, v in state.items[0].items() if k in vocabulary.facts})
    for name, spec in vocabulary.facts.items():
        if (spec.type != "money" or spec.hidden or spec.measure is None
                or spec.time == "last_two_years"):  # one year's figure is not a two-year sum
            continue
        amounts = {figure.get("amount") for figure in state.observations
                   if figure.get("measure") == spec.measure
                   and figure.get("currency", "CNY") == spec.currency}
        if len(amounts) == 1:
            amount = amounts.pop()
            if isinstance(amount, int):
                known[name] = amount
    return known
