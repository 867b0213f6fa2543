"""Shared pieces of the scenario builders: rendering with provenance, value draws, collection.

``Render`` writes figures and records ``[text, value]`` pairs into the case slots so
``selfcheck`` can read every figure back. ``Collector`` keeps cases unique across the
whole suite and drops any slot combination the reference refuses (``SlotError``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import surface
from ..provisions import WAN, YI
from ..reference import SlotError, expectation


@dataclass
class Render:
    """Writes amounts in a style drawn per call and remembers what it wrote."""

    rng: random.Random
    styles: dict[str, int] = field(default_factory=lambda: dict(surface.STANDARD_STYLES))
    rendered: list[list[Any]] = field(default_factory=list)

    def yuan(self, value: int, styles: dict[str, int] | None = None) -> str:
        """A yuan amount in Chinese-style notation."""
        text = surface.write_amount(value, self.rng, styles or self.styles)
        self.rendered.append([text, value])
        return text

    def literal(self, text: str, value: int) -> str:
        """A figure written exactly as given (showcase forms such as 六亿三千二百万)."""
        self.rendered.append([text, value])
        return text

    def usd(self, value: int) -> str:
        """A dollar amount (美元)."""
        text = surface.write_amount(value, self.rng, self.styles, unit="美元")
        self.rendered.append([text, value])
        return text

    def en(self, value: int, currency: str = "RMB") -> str:
        """An amount written in English."""
        text = surface.write_en(value, self.rng, currency)
        self.rendered.append([text, value])
        return text


@dataclass
class LiteralRender(Render):
    """A ``Render`` that writes one given value in one given literal form."""

    text: str = ""
    value: int = 0

    def yuan(self, value: int, styles: dict[str, int] | None = None) -> str:
        """The literal for the chosen value; other values in standard styles."""
        if value == self.value:
            return self.literal(self.text, value)
        return super().yuan(value, styles)


@dataclass
class Case:
    """A generated case before ids and expectations are attached."""

    turns: list[str]
    slots: dict[str, Any]


class Collector:
    """Accumulates unique, reference-valid cases for one family up to a target count."""

    def __init__(self, seen: set[tuple[str, ...]], target: int) -> None:
        self.seen = seen
        self.target = target
        self.cases: list[Case] = []

    @property
    def done(self) -> bool:
        """Whether the family has reached its target."""
        return len(self.cases) >= self.target

    def add(self, turns: list[str], slots: dict[str, Any], render: Render | None = None) -> bool:
        """Add a case unless it duplicates another or the reference rejects its slots."""
        key = tuple(turns)
        if key in self.seen or self.done:
            return False
        if render is not None and render.rendered:
            slots = {**slots, "rendered": render.rendered}
        try:
            expectation(slots)
        except SlotError:
            return False
        self.seen.add(key)
        self.cases.append(Case(list(turns), slots))
        return True

    def fill(self, make: Callable[[], None], limit_factor: int = 40) -> None:
        """Call ``make`` (which adds at most a few cases) until done or out of attempts."""
        attempts = 0
        while not self.done and attempts < self.target * limit_factor:
            make()
            attempts += 1


def pick_step(rng: random.Random, lo: int, hi: int, step: int) -> int:
    """A random multiple of ``step`` in [lo, hi]."""
    return rng.randint(lo // step + (1 if lo % step else 0), hi // step) * step


def draw_base(rng: random.Random, lo: int, hi: int, odd: float = 0.08) -> int:
    """A base amount: mostly round (10万 / 1万 multiples), sometimes to the yuan."""
    roll = rng.random()
    if roll < odd:
        return rng.randint(lo, hi)
    if roll < 0.35:
        return pick_step(rng, lo, hi, WAN)
    if roll < 0.75:
        return pick_step(rng, lo, hi, 10 * WAN)
    return pick_step(rng, lo, hi, 100 * WAN if hi >= 10 * 100 * WAN else 10 * WAN)


def join_turn(*bits: str) -> str:
    """Join clause fragments with Chinese commas, dropping empties."""
    return "，".join(b.strip("，。 ") for b in bits if b and b.strip("，。 "))


#: ranges of plausible bases per rate rule, in yuan
BASE_RANGES: dict[str, tuple[int, int]] = {
    "draft-15-1": (50 * WAN, 3 * YI),
    "draft-15-2": (200 * WAN, 2 * YI),
    "draft-8-1-entrust": (100 * WAN, 5 * YI),
    "draft-8-1-cmo": (100 * WAN, 2 * YI),
    "draft-8-2": (1000 * WAN, 50 * YI),
    "draft-11-1": (20 * WAN, 2000 * WAN),
    "draft-16-3": (20 * WAN, 3000 * WAN),
    "m-5": (500 * WAN, 3 * YI),
    "m-11": (500 * WAN, 15000 * WAN),
}

#: boundary bases around a cap: (cap point, one yuan below, one above)
CAP_POINTS: dict[str, int] = {
    "draft-15-2": 1 * YI,
    "m-5": 166_666_667,
    "m-11": 6000 * WAN,
}

RATE_RULES: tuple[str, ...] = tuple(BASE_RANGES)
