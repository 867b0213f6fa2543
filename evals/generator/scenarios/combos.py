"""Families with several figures in one question: items, provisions, base parts, years.

* ``multi_item``: several varieties/products priced by one rule, summed, then capped
  (第五条 每个企业每年不超过1亿元).
* ``multi_provision``: distinct matters under different clauses; total of the parts,
  ``upper_bound`` if any part is, every clause cited.
* ``base_parts``: the 30% base of 第十一条（一） given as its named parts.
* ``years``: several years' figures for one measure; the clause decides which counts
  (上一年度, the crossing year) or, where it does not (年度…), the case expects needs_info.
"""

from __future__ import annotations

import random
from typing import Any

from .. import surface
from ..provisions import WAN, YI
from .common import Collector, Render, pick_step
from .facts import ORGS, fact
from .single import question
from .slots import draw, draw_output, draw_rd

# ------------------------------------------------------------------ multi_item


def _entry_items(rng: random.Random, cap: bool) -> list[dict[str, Any]]:
    stages = rng.sample(["I", "II", "III"], rng.choice([2, 2, 3]))
    if cap:
        return [{"cls": 1, "stage": s, "n": rng.randint(20, 60)} for s in stages]
    return [{"cls": 1, "stage": s, "n": rng.choice([1, 1, 2, 3, 4, 5])} for s in stages]


def draw_multi_item(kind: str, rng: random.Random) -> dict[str, Any]:
    """Slots for one multi-item shape."""
    if kind == "entry":
        return {"rule": "draft-5-1-entry", "items": _entry_items(rng, rng.random() < 0.15)}
    if kind == "entry_cap":
        items = _entry_items(rng, cap=True)
        if rng.random() < 0.3:
            items = [{"cls": 1, "stage": "III", "n": rng.randint(51, 90)}]
        return {"rule": "draft-5-1-entry", "items": items}
    if kind == "entry_n":
        n = rng.randint(51, 80) if rng.random() < 0.15 else rng.randint(2, 8)
        return {
            "rule": "draft-5-1-entry",
            "items": [{"cls": 1, "stage": rng.choice(["I", "II", "III"]), "n": n}],
        }
    if kind == "approval":
        classes = rng.sample(["1", "2", "improved", "first_generic"], 2)
        if "1" not in classes and "2" not in classes:
            classes[0] = "1"
        return {
            "rule": "draft-6-1",
            "items": [{"cls": c, "n": rng.choice([1, 1, 2, 3])} for c in classes],
        }
    if kind == "vet":
        classes = rng.sample(["1", "2", "3"], rng.choice([2, 2, 3]))
        return {
            "rule": "draft-6-2",
            "items": [{"cls": c, "n": rng.choice([1, 1, 2])} for c in classes],
        }
    if kind == "output":
        i, j = rng.sample(range(5), 2)
        return {"rule": "draft-12-3", "products": [draw_output(rng, i), draw_output(rng, j)]}
    if kind == "entrust":
        return {
            "rule": "draft-8-1-entrust",
            "bases": [pick_step(rng, 100 * WAN, 2 * YI, 10 * WAN) for _ in range(2)],
        }
    if kind == "lic_in":
        return {"rule": "draft-11-2-in", "n": rng.randint(2, 4), "launched": True}
    if kind == "lic_out":
        return {
            "rule": "draft-11-2-out",
            "n": rng.randint(2, 3),
            "contract_usd": pick_step(rng, 11000 * WAN, 10 * YI, 1000 * WAN),
        }
    raise KeyError(kind)


MULTI_ITEM_KINDS = (
    "entry",
    "entry_n",
    "approval",
    "vet",
    "output",
    "entrust",
    "lic_in",
    "lic_out",
    "entry",
    "entry_cap",
)


def build_multi_item(col: Collector, rng: random.Random) -> None:
    """Several items in one question, summed per item, caps after summing."""
    i = 0

    def make() -> None:
        nonlocal i
        kind = MULTI_ITEM_KINDS[i % len(MULTI_ITEM_KINDS)]
        i += 1
        slots = draw_multi_item(kind, rng)
        r = Render(rng)
        col.add([question(slots, r, rng)], slots, r)

    col.fill(make)


# ------------------------------------------------------------------ multi_provision

COMBOS: tuple[tuple[str, ...], ...] = (
    ("draft-15-1", "draft-15-2"),
    ("draft-8-1-entrust", "draft-8-2"),
    ("draft-15-1", "draft-16-3"),
    ("draft-11-1", "draft-11-2-out"),
    ("draft-5-1-entry", "draft-15-2"),
    ("draft-8-1-entrust", "draft-15-1"),
    ("draft-12-1", "draft-16-3"),
    ("draft-6-2", "draft-8-2"),
    ("draft-11-2-out", "draft-5-1-entry"),
    ("draft-12-3", "draft-5-1-entry"),
    ("draft-13", "draft-16-3"),
    ("draft-8-1-cmo", "draft-8-2"),
    ("draft-15-2", "draft-16-3"),
    ("m-5", "m-11"),
    ("m-12-rd", "m-12-conf"),
    ("m-13-first", "m-13-platform"),
    ("m-7", "m-13-platform"),
    ("m-12-inst", "m-12-conf"),
    ("draft-15-1", "draft-15-2", "draft-16-3"),
    ("draft-11-2-in", "draft-11-1"),
)
CONNECTORS = ("；另外，", "。同时，", "；还有，", "，此外", "。另一方面，", "；再就是", "。另外")


def build_multi_provision(col: Collector, rng: random.Random) -> None:
    """Distinct matters under several clauses in one question; total, kind, all citations."""
    i = 0

    def make() -> None:
        nonlocal i
        combo = COMBOS[i % len(COMBOS)]
        i += 1
        parts = [draw(rule, rng) for rule in combo]
        r = Render(rng)
        facts = [fact(p, r, rng) for p in parts]
        body = facts[0]
        for f in facts[1:]:
            body += rng.choice(CONNECTORS) + f
        text = surface.frame(body, rng, surface.SUM_ENDINGS)
        col.add([text], {"rule": "multi", "parts": parts}, r)

    col.fill(make)


# ------------------------------------------------------------------ base_parts


def build_base_parts(col: Collector, rng: random.Random) -> None:
    """第十一条（一）: 注册费、检测费、当地代理费 given separately, summed into one base."""

    def make() -> None:
        n = rng.choice([2, 3, 3, 3])
        step = rng.choice([WAN, WAN, 10 * WAN, 1])
        parts = [
            pick_step(rng, 5 * WAN, 400 * WAN, step)
            if step > 1
            else rng.randint(5 * WAN, 400 * WAN)
            for _ in range(n)
        ]
        slots = {"rule": "draft-11-1", "parts": parts}
        r = Render(rng)
        col.add([question(slots, r, rng)], slots, r)

    col.fill(make)


# ------------------------------------------------------------------ years

RD_YEARS = (
    "{sme}，上一年度营业收入{rev}。研发投入：大前年{rd3}，前年{rd2}，去年{rd1}，今年到目前已投{rd0}，"
    "连续三年正增长",
    "{sme}。研发投入从大前年的{rd3}涨到前年的{rd2}，再到去年的{rd1}，连续三年正增长，"
    "今年上半年{rd0}；去年营收{rev}",
    "{sme}，今年研发预计投{rd0}，去年投了{rd1}，前年{rd2}，大前年{rd3}，近三年每年都在增长，"
    "上一年度营业收入{rev}",
    "{sme}，2025年营业收入{rev}，研发投入2023年{rd3}、2024年{rd2}、2025年{rd1}，"
    "连续三年正增长，今年计划{rd0}",
    "研发投入情况：{rd3}（大前年）→{rd2}（前年）→{rd1}（去年），连续三年正增长，今年目前{rd0}。{sme}，"
    "去年营收{rev}",
    "{sme}，去年营业收入{rev}，研发投入今年{rd0}、去年{rd1}、前年{rd2}、大前年{rd3}，"
    "连续三年保持增长",
    "{sme}，研发投入去年{rd1}，比前年的{rd2}和大前年的{rd3}都多，连续三年正增长；今年到现在{rd0}；"
    "上一年度营业收入{rev}",
)

RD_REV_YEARS = (
    "{sme}，营业收入前年{rev_prev}、去年{rev}，研发投入去年{rd1}、前年{rd2}，近三年连续正增长",
    "{sme}，去年营收{rev}（前年是{rev_prev}），研发投入上一年度{rd1}，再上一年{rd2}，"
    "研发投入连续三年增长",
    "{sme}，营收从前年的{rev_prev}变成去年的{rev}；研发投入去年{rd1}，前年{rd2}，连续三年正增长",
    "{sme}，上一年度营业收入{rev}，再往前一年营业收入{rev_prev}；上两年研发投入分别是{rd1}（去年）"
    "和{rd2}（前年），连续三年增长",
)

TWO_YEARS = {
    "draft-15-1": (
        "我们是{org}，前年实际服务金额{a}，去年{b}",
        "{org}公司服务金额从{a}涨到了{b}",
        "我们{org}去年实际服务金额是{a}，今年是{b}",
        "作为{org}，2024年服务金额{a}，2025年{b}",
        "{org}企业，近两年年度实际服务金额分别为{a}和{b}",
        "我们的{org}业务，上上年服务金额{a}，上年{b}",
        "{org}这两年服务金额：{a}、{b}",
    ),
    "draft-8-2": (
        "我们是医药健康销售平台型企业，前年销售收入{a}，去年{b}",
        "销售平台企业，年度销售收入从{a}涨到{b}",
        "我们医药销售平台去年销售收入{a}，今年{b}",
        "销售平台型企业，2024年销售收入{a}，2025年{b}",
        "我们的销售平台两年销售收入分别是{a}和{b}",
        "医药销售平台，近两年年度销售收入{a}、{b}",
    ),
    "draft-8-1-entrust": (
        "我们是持有人，委托医药企业生产一个品种，去年交易额{a}，今年{b}",
        "作为MAH委托生产，这个品种交易额前年{a}，去年{b}",
        "委托生产的品种实际交易额从{a}涨到了{b}",
        "我们委托生产的品种，2024年交易额{a}，2025年{b}",
        "持有人委托生产，该品种两年交易额分别是{a}和{b}",
    ),
}

FOREIGN_RD_YEARS = (
    "我们是医药健康领域的外资企业，研发投入从去年的{a}涨到今年的{b}",
    "外资研发中心，研发投入前年{a}，去年{b}",
    "我们外资研发中心去年研发投入{a}，今年{b}，持续扩大",
    "作为外资企业，研发投入2024年{a}、2025年{b}，增长明显",
    "外资研发中心研发激励计划：我们研发投入由{a}增加到{b}",
    "我们是外资药企研发中心，去年是{a}，今年是{b}，研发投入一直在涨",
)


def _rd_years(rng: random.Random, r: Render) -> tuple[str, dict[str, Any]]:
    slots = draw_rd(rng)
    rd2, rd1 = int(slots["rd_prev"]), int(slots["rd_last"])
    rd3 = pick_step(rng, 50 * WAN, max(60 * WAN, rd2 - 10 * WAN), 10 * WAN)
    rd3 = min(rd3, rd2 - 10 * WAN)
    rd0 = pick_step(rng, 100 * WAN, 3000 * WAN, 10 * WAN)
    sme = rng.choice(("我们是小微企业", "我们是一家中小企业", "公司属于中小微企业"))
    if rng.random() < 0.4:
        rev_prev = pick_step(rng, 3000 * WAN, 8000 * WAN, 100 * WAN)
        if rng.random() < 0.5:
            slots["rev_last"], rev_prev = rev_prev, slots["rev_last"]
        slots["rev_prev"] = rev_prev
        text = rng.choice(RD_REV_YEARS).format(
            sme=sme,
            rev=r.yuan(int(slots["rev_last"])),
            rev_prev=r.yuan(rev_prev),
            rd1=r.yuan(rd1),
            rd2=r.yuan(rd2),
        )
        return text, slots
    slots.update(rd_prev2=rd3, rd_now=rd0)
    text = rng.choice(RD_YEARS).format(
        sme=sme,
        rev=r.yuan(int(slots["rev_last"])),
        rd0=r.yuan(rd0),
        rd1=r.yuan(rd1),
        rd2=r.yuan(rd2),
        rd3=r.yuan(rd3),
    )
    return text, slots


def build_years(col: Collector, rng: random.Random) -> None:
    """Several years' figures for one measure (今年/去年/前年, 从X涨到Y)."""
    shapes = ("rd", "rd", "revenue", "output", "two_years", "two_years", "foreign_rd", "rd")
    i = 0

    def make() -> None:
        nonlocal i
        shape = shapes[i % len(shapes)]
        i += 1
        r = Render(rng)
        if shape == "rd":
            body, slots = _rd_years(rng, r)
        elif shape == "revenue":
            slots = draw("draft-12-1", rng)
            slots["prev_base"] = pick_step(rng, 2 * YI, 5 * YI - 100 * WAN, 100 * WAN)
            body = fact(slots, r, rng)
        elif shape == "output":
            slots = draw("draft-12-3", rng)
            body = fact(slots, r, rng)
        elif shape == "foreign_rd":
            slots = {"rule": "m-12-rd"}
            a = pick_step(rng, 500 * WAN, 5 * YI, 100 * WAN)
            b = a + pick_step(rng, 100 * WAN, 2 * YI, 100 * WAN)
            slots["years"] = [a, b]
            body = rng.choice(FOREIGN_RD_YEARS).format(a=r.yuan(a), b=r.yuan(b))
        else:
            rule = rng.choice(list(TWO_YEARS))
            slots = draw(rule, rng)
            slots.pop("base", None)
            slots.pop("bases", None)
            a = pick_step(rng, 100 * WAN, 2 * YI, 10 * WAN)
            b = pick_step(rng, 100 * WAN, 2 * YI, 10 * WAN)
            if a == b:
                return
            slots.update(ambiguous="which_year", years=[a, b])
            body = rng.choice(TWO_YEARS[rule]).format(
                org=rng.choice(ORGS), a=r.yuan(a), b=r.yuan(b)
            )
        col.add([surface.frame(body, rng)], slots, r)

    col.fill(make)
