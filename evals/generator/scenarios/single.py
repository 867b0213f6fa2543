"""Single-turn, single-provision families: amounts, numerals, distractors, scripts.

Each builder draws slots, writes a fact clause in a drawn phrasing and numeral style,
frames it as a question and hands it to the ``Collector``; the expectation is derived
later from the slots alone.
"""

from __future__ import annotations

import random
from typing import Any

from .. import surface
from ..provisions import PROVISIONS, WAN, YI
from ..reference import SlotError, evaluate
from .common import BASE_RANGES, Collector, LiteralRender, Render, pick_step
from .english import EN_ASK, EN_FACTS, EN_SUM_ASK, en_frame
from .facts import fact
from .slots import ANSWERABLE, FLAT_RULES, draw, has_boundary

#: short way to point back at the main question after a distractor sentence
SHORT_REF: dict[str, str] = {
    "draft-5-1-entry": "临床这块",
    "draft-6-1": "新药上市这块",
    "draft-6-2": "兽药这块",
    "draft-8-1-entrust": "委托生产这块",
    "draft-8-1-cmo": "受托生产这块",
    "draft-8-2": "销售平台这块",
    "draft-11-1": "FDA/EMA认证这块",
    "draft-11-2-in": "License-in这块",
    "draft-11-2-out": "License-out这块",
    "draft-12-1": "主营业务收入这块",
    "draft-12-3": "单品种产值这块",
    "draft-13": "研发投入这块",
    "draft-15-1": "外包服务这块",
    "draft-15-2": "共享平台这块",
    "draft-16-3": "活动这块",
    "m-5": "AI示范场景这块",
    "m-7": "科技服务企业这块",
    "m-11": "园区这块",
    "m-12-rd": "研发中心这块",
    "m-12-inst": "科研机构落地这块",
    "m-12-conf": "国际会议这块",
    "m-13-first": "出海这块",
    "m-13-platform": "海外平台这块",
}


def question(slots: dict[str, Any], r: Render, rng: random.Random, intro: bool = True) -> str:
    """A one-turn question for answerable single-rule slots."""
    multi = (
        any(int(it.get("n", 1)) > 1 for it in slots.get("items", []))
        or len(slots.get("items", [])) > 1
        or len(slots.get("products", [])) > 1
        or len(slots.get("bases", [])) > 1
    )
    endings = surface.SUM_ENDINGS if multi and rng.random() < 0.6 else surface.ENDINGS
    return surface.frame(fact(slots, r, rng), rng, endings, intro=intro)


def build_amounts(col: Collector, rng: random.Random) -> None:
    """Every figure-bearing provision, plain numerals, boundaries and caps included."""
    rules = list(ANSWERABLE)
    i = 0

    def make() -> None:
        nonlocal i
        rule = rules[i % len(rules)]
        i += 1
        boundary = has_boundary(rule) and rng.random() < 0.3
        slots = draw(rule, rng, boundary=boundary)
        slots["flag_draft"] = PROVISIONS[rule].doc == "changping-zone-draft"
        r = Render(rng)
        col.add([question(slots, r, rng)], slots, r)

    col.fill(make)


#: numeral styles worth exercising, each with a value step that makes it applicable
STYLE_STEPS: dict[str, int] = {
    "zh": WAN,
    "yi_mixed": 100 * WAN,
    "comma": 1,
    "w": WAN,
    "kw": 100 * WAN,
    "geyi": YI,
    "kuai": WAN,
    "mi": WAN,
    "fullwidth": WAN,
    "qianbai": 100 * WAN,
    "wan_ling": 1,
    "yi": 100 * WAN,
    "wan_dec": 100,
    "yuan": 1,
    "wan": 10 * WAN,
}
NUMERAL_RULES: tuple[str, ...] = tuple(BASE_RANGES) + ("draft-12-1", "draft-12-3", "draft-13")


def _fit(rule: str, style: str, rng: random.Random) -> dict[str, Any] | None:
    """Slots for ``rule`` whose figures the numeral ``style`` can write."""
    step = STYLE_STEPS[style]
    writer = surface.WRITERS[style]
    for _ in range(30):
        slots = draw(rule, rng)
        if rule in BASE_RANGES:
            lo, hi = BASE_RANGES[rule]
            if style == "geyi":
                lo = max(lo, YI)
            if lo > hi or hi < step:
                return None
            value = pick_step(rng, max(lo, step), hi, step) if step > 1 else rng.randint(lo, hi)
            if rule == "draft-8-1-entrust":
                slots["bases"] = [value]
            elif rule == "draft-11-1":
                slots["parts"] = [value]
            else:
                slots["base"] = value
            values = [value]
        elif rule == "draft-12-1":
            values = [slots["base"]]
            if style == "geyi":
                slots["base"] = pick_step(rng, 6 * YI, 30 * YI, YI)
                values = [slots["base"]]
        elif rule == "draft-12-3":
            values = [slots["products"][0]["cur"], slots["products"][0]["prev"]]
        else:
            values = [slots["rev_last"], slots["rd_last"], slots["rd_prev"]]
        if all(writer(v, random.Random(0), "元") is not None for v in values):
            try:
                if evaluate(slots).amount is not None:
                    return slots
            except SlotError:
                continue
    return None


#: the forms named in the brief, each written exactly so
SHOWCASE: tuple[tuple[str, int, str], ...] = (
    ("draft-12-1", 632_000_000, "六亿三千二百万"),
    ("draft-12-1", 632_000_000, "六亿三千二百万元"),
    ("draft-8-2", 125_000_000, "一亿二千五百万"),
    ("draft-8-2", 125_000_000, "一亿两千五百万元"),
    ("draft-15-1", 320_000_000, "3亿2千万"),
    ("draft-15-1", 320_000_000, "3.2亿"),
    ("draft-15-1", 320_000_000, "32000万"),
    ("draft-15-1", 320_000_000, "320,000,000元"),
    ("draft-15-1", 8_000_000, "八百万"),
    ("draft-15-1", 8_000_000, "800万块"),
    ("draft-15-2", 25_000_000, "两千五百万"),
    ("draft-16-3", 25_000_000, "2500万块钱"),
    ("draft-15-1", 800_000, "80w"),
    ("draft-16-3", 10_000_000, "1kw"),
    ("draft-8-1-cmo", 10_000_000, "1kw"),
    ("draft-12-1", 600_000_000, "6个亿"),
    ("draft-8-2", 600_000_000, "六个亿"),
    ("draft-15-1", 8_000_000, "８００万"),
    ("draft-11-1", 1_200_000, "１２０万元"),
    ("draft-15-1", 8_000_000, "800万米"),
)


def _showcase(col: Collector, rng: random.Random) -> None:
    for rule, value, text in SHOWCASE:
        for _ in range(3):
            slots = draw(rule, rng)
            if rule == "draft-11-1":
                slots["parts"] = [value]
            else:
                slots["base"] = value
            slots["numeral_style"] = "showcase"
            r = LiteralRender(rng, text=text, value=value)
            col.add([question(slots, r, rng)], slots, r)


def build_numerals(col: Collector, rng: random.Random) -> None:
    """Chinese numerals in full and mixed forms, slang (w, kw, 个亿, 万块, 米), full width."""
    _showcase(col, rng)
    # every style twice per round, 米 for 元 once (it is unusual; used sparingly)
    styles = [s for s in STYLE_STEPS if s != "mi"] * 2 + ["mi"]
    i = 0

    def make() -> None:
        nonlocal i
        style = styles[i % len(styles)]
        rule = NUMERAL_RULES[i % len(NUMERAL_RULES)]
        i += 1
        if rng.random() < 0.5:
            rule = rng.choice(NUMERAL_RULES)
        slots = _fit(rule, style, rng)
        if slots is None:
            return
        slots["numeral_style"] = style
        r = Render(rng, styles={style: 1})
        col.add([question(slots, r, rng)], slots, r)

    col.fill(make)


def _with_distractors(text_fact: str, rule: str, rng: random.Random) -> tuple[str, list[str]]:
    kinds = rng.sample(surface.DISTRACTOR_KINDS, rng.choice([1, 1, 2]))
    if rule == "draft-13":
        kinds = [k for k in kinds if k not in {"label"}] or ["employees"]
    rate_rule = PROVISIONS[rule].method in {"rate", "threshold_rate", "rd"}
    bits = [surface.distractor(k, rng, rate_rule) for k in kinds]
    if rng.random() < 0.5:
        return "，".join([*bits, text_fact]), kinds
    return "，".join([text_fact, *bits]), kinds


OTHER_FACT_RULES: tuple[str, ...] = (
    "draft-15-2",
    "draft-16-3",
    "draft-8-2",
    "m-11",
    "draft-11-1",
    "draft-15-1",
)


def build_distractors(col: Collector, rng: random.Random) -> None:
    """Facts that must not bind: staff, years, awards elsewhere, claimed rates, labels."""
    rules = [r for r in ANSWERABLE if r not in FLAT_RULES] + list(FLAT_RULES[:3])
    i = 0

    def make() -> None:
        nonlocal i
        rule = rules[i % len(rules)]
        i += 1
        slots = draw(rule, rng)
        r = Render(rng)
        main = fact(slots, r, rng)
        if rng.random() < 0.22:
            other_rule = rng.choice([o for o in OTHER_FACT_RULES if o != rule])
            other = fact(draw(other_rule, rng), Render(rng), rng)
            text = (
                f"{main}。顺便提一句，{other}，不过那个下次再问。"
                f"{SHORT_REF[rule]}{rng.choice(surface.ENDINGS)}"
            )
            slots["distractors"] = ["other_item:" + other_rule]
        else:
            body, kinds = _with_distractors(main, rule, rng)
            text = surface.frame(body, rng)
            slots["distractors"] = kinds
        col.add([text], slots, r)

    col.fill(make)


TRAD_RULES: tuple[str, ...] = (
    "draft-5-1-entry",
    "draft-15-1",
    "draft-13",
    "draft-12-1",
    "draft-12-3",
    "draft-6-2",
    "draft-15-2",
    "draft-11-1",
    "draft-8-2",
    "m-5",
    "m-11",
    "draft-6-1",
    "m-12-conf",
)


def build_traditional(col: Collector, rng: random.Random) -> None:
    """Traditional Chinese (萬, 類, 臨床, 進入, 營收) for the same questions."""
    i = 0

    def make() -> None:
        nonlocal i
        rule = TRAD_RULES[i % len(TRAD_RULES)]
        i += 1
        slots = draw(rule, rng)
        slots["lang"] = "zh-Hant"
        r = Render(rng)
        text = surface.to_traditional(question(slots, r, rng))
        r.rendered = [[surface.to_traditional(t), v] for t, v in r.rendered]
        col.add([text], slots, r)

    col.fill(make)


def build_english(col: Collector, rng: random.Random) -> None:
    """English word orders: 'RMB 8 million of service revenue last year', 'Phase 2 entry…'."""
    rules = list(EN_FACTS)
    i = 0

    def make() -> None:
        nonlocal i
        rule = rules[i % len(rules)]
        i += 1
        slots = draw(rule, rng)
        if rule == "draft-11-1" and rng.random() < 0.6:
            slots["parts"] = [pick_step(rng, 20 * WAN, 300 * WAN, 10 * WAN) for _ in range(3)]
        slots["lang"] = "en"
        r = Render(rng)
        body = EN_FACTS[rule](slots, r, rng)
        asks = EN_SUM_ASK if len(slots.get("parts", [])) > 1 and rng.random() < 0.5 else EN_ASK
        text = en_frame(body, rng, asks)
        col.add([text], slots, r)

    col.fill(make)
