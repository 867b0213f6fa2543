"""Scenario builders: slot × surface × distractor × turn, one builder per family.

``FAMILIES`` lists (file stem, builder, target count) in generation order; the order
matters only for determinism, since cases are kept unique across the whole suite.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .combos import build_base_parts, build_multi_item, build_multi_provision, build_years
from .common import Case, Collector
from .helpdesk import build_lookups, build_unspecified
from .negative import build_implausible, build_ineligible, build_missing
from .single import (
    build_amounts,
    build_distractors,
    build_english,
    build_numerals,
    build_traditional,
)
from .turns import build_corrections, build_dialogue, build_topic

Builder = Callable[[Collector, random.Random], None]

FAMILIES: tuple[tuple[str, Builder, int], ...] = (
    ("amounts", build_amounts, 600),
    ("numerals", build_numerals, 330),
    ("distractors", build_distractors, 300),
    ("multi_item", build_multi_item, 250),
    ("multi_provision", build_multi_provision, 240),
    ("base_parts", build_base_parts, 120),
    ("years", build_years, 200),
    ("dialogue", build_dialogue, 260),
    ("corrections", build_corrections, 260),
    ("topic", build_topic, 240),
    ("implausible", build_implausible, 220),
    ("missing_info", build_missing, 220),
    ("ineligible", build_ineligible, 260),
    ("scripts_traditional", build_traditional, 150),
    ("scripts_english", build_english, 170),
    ("lookups", build_lookups, 200),
    ("unspecified", build_unspecified, 130),
)

__all__ = ["FAMILIES", "Builder", "Case", "Collector"]
