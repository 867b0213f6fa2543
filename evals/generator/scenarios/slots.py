"""Slot draws: random but plausible slot values per rule, plus boundary points.

Draws only produce the *facts*; what they imply is left to ``reference``. Each draw
returns a fresh dict so builders can amend it (corrections, missing facts, issues).
"""

from __future__ import annotations

import random
from typing import Any

from ..provisions import PROVISIONS, WAN, YI
from .common import BASE_RANGES, CAP_POINTS, draw_base, pick_step

#: single rules that produce an answered amount from drawn slots
ANSWERABLE: tuple[str, ...] = (
    "draft-5-1-entry",
    "draft-6-1",
    "draft-6-2",
    "draft-8-1-entrust",
    "draft-8-1-cmo",
    "draft-8-2",
    "draft-11-1",
    "draft-11-2-in",
    "draft-11-2-out",
    "draft-12-1",
    "draft-12-3",
    "draft-13",
    "draft-15-1",
    "draft-15-2",
    "draft-16-3",
    "m-5",
    "m-7",
    "m-11",
    "m-12-rd",
    "m-12-inst",
    "m-12-conf",
    "m-13-first",
    "m-13-platform",
)
FLAT_RULES: tuple[str, ...] = (
    "m-7",
    "m-12-rd",
    "m-12-inst",
    "m-12-conf",
    "m-13-first",
    "m-13-platform",
)


def draw_output(
    rng: random.Random, tier_index: int | None = None, boundary: bool = False
) -> dict[str, int]:
    """A product whose output first crosses exactly one tier this year."""
    tiers = [t for t, _ in PROVISIONS["draft-12-3"].tiers]
    i = rng.randrange(len(tiers)) if tier_index is None else tier_index
    t = tiers[i]
    if boundary:
        return {"prev": t - 1 if rng.random() < 0.5 else t - 100 * WAN, "cur": t + 1}
    lower = tiers[i - 1] if i > 0 else t // 2
    upper = tiers[i + 1] if i + 1 < len(tiers) else 2 * t
    step = 100 * WAN if t < 5 * YI else 1000 * WAN
    prev = pick_step(rng, lower + step, t - step, step)
    cur = pick_step(rng, t + step, upper - step, step)
    return {"prev": prev, "cur": cur}


def draw_rd(rng: random.Random, boundary: str | None = None) -> dict[str, Any]:
    """Eligible 第十三条 facts (SME, revenue < 3000万, 2-year R&D ≥ 1000万, growth)."""
    rev = pick_step(rng, 200 * WAN, 2990 * WAN, 10 * WAN)
    rd_prev = pick_step(rng, 200 * WAN, 1500 * WAN, 10 * WAN)
    rd_last = pick_step(
        rng, max(rd_prev + 10 * WAN, 1000 * WAN - rd_prev), rd_prev + 1500 * WAN, 10 * WAN
    )
    if rng.random() < 0.1:
        rd_last += rng.randint(1, 9999)
    if boundary == "revenue":
        rev = 3000 * WAN - 1
    elif boundary == "two_year":
        rd_prev = pick_step(rng, 300 * WAN, 490 * WAN, 10 * WAN)
        rd_last = 1000 * WAN - rd_prev
    return {
        "rule": "draft-13",
        "sme": True,
        "rev_last": rev,
        "rd_last": rd_last,
        "rd_prev": rd_prev,
        "growth": True,
    }


def draw(rule: str, rng: random.Random, boundary: bool = False) -> dict[str, Any]:
    """Answerable slots for ``rule``; ``boundary`` picks a cap/threshold edge where one exists."""
    slots: dict[str, Any] = {"rule": rule}
    if rule in BASE_RANGES:
        lo, hi = BASE_RANGES[rule]
        base = draw_base(rng, lo, hi)
        if boundary and rule in CAP_POINTS:
            point = CAP_POINTS[rule]
            base = point + rng.choice([-1, 0, 1])
        elif boundary:
            base = rng.randint(lo, hi)
        if rule == "draft-8-1-entrust":
            slots["bases"] = [base]
        elif rule == "draft-11-1":
            slots["parts"] = [base]
        else:
            slots["base"] = base
        return slots
    if rule == "draft-5-1-entry":
        slots["items"] = [{"cls": 1, "stage": rng.choice(["I", "II", "III"]), "n": 1}]
    elif rule == "draft-6-1":
        cls = rng.choice(["1", "1", "1", "2", "2", "improved", "first_generic"])
        slots["items"] = [{"cls": cls, "n": 1}]
    elif rule == "draft-6-2":
        slots["items"] = [{"cls": rng.choice(["1", "2", "3"]), "n": 1}]
    elif rule == "draft-11-2-in":
        slots.update(n=1, launched=True)
    elif rule == "draft-11-2-out":
        usd = (1 * YI + 1) if boundary else pick_step(rng, 11000 * WAN, 20 * YI, 1000 * WAN)
        slots.update(n=1, contract_usd=usd)
    elif rule == "draft-12-1":
        base = pick_step(rng, 5 * YI + 100 * WAN, 30 * YI, 100 * WAN)
        if boundary:
            base = rng.choice([5 * YI, 5 * YI + 1])
        slots.update(base=base, first_time=True)
    elif rule == "draft-12-3":
        slots["products"] = [draw_output(rng, boundary=boundary)]
    elif rule == "draft-13":
        slots = draw_rd(rng, rng.choice(["revenue", "two_year"]) if boundary else None)
    elif rule in FLAT_RULES:
        pass
    else:
        raise KeyError(rule)
    return slots


def has_boundary(rule: str) -> bool:
    """Whether ``draw(rule, boundary=True)`` means something different from a plain draw."""
    return (
        rule in CAP_POINTS
        or rule in {"draft-11-2-out", "draft-12-1", "draft-12-3", "draft-13"}
        or rule in BASE_RANGES
    )
