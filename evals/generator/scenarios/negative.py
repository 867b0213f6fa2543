"""Families where no amount may be stated: implausible values, missing facts, ineligibility.

* ``implausible``: figures that cannot be right (negative, 1e308亿, 1.5个品种, 1.2.3亿,
  ranges, 不到800万, absurd magnitudes, mixed currencies) → ``needs_info``.
* ``missing_info``: a deciding fact is absent (stage, class, 进入 vs 完成, the base,
  首次, last year's output, a 第十三条 condition) → ``needs_info``.
* ``ineligible``: the facts fail a stated condition → ``ineligible``, amount null.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from .. import surface
from ..provisions import WAN, YI
from ..reference import CAPPED_RATE_RULES
from .common import BASE_RANGES, Collector, Render, pick_step
from .facts import AGENCIES, ORGS, PLATFORMS, PRODUCTS, fact
from .single import question
from .slots import draw, draw_rd

# ------------------------------------------------------------------ implausible


@dataclass
class BadRender(Render):
    """A ``Render`` whose first written figure is replaced by an impossible one."""

    bad: str = ""
    used: bool = field(default=False)

    def yuan(self, value: int, styles: dict[str, int] | None = None) -> str:
        """The bad text the first time, then normal figures."""
        if not self.used:
            self.used = True
            return self.bad
        return super().yuan(value, styles)


def bad_value(kind: str, rng: random.Random) -> str:
    """An impossible or unusable yuan figure of the given kind."""
    n = rng.choice([80, 120, 300, 500, 800, 1500, 2600])
    if kind == "negative":
        return rng.choice([f"-{n}万", f"负{n}万", f"−{n}万元", f"-{n * WAN}元"])
    if kind == "overflow":
        return rng.choice(["1e308亿", "1e308元", "10^308万", "1e300亿元"])
    if kind == "malformed":
        return rng.choice(["1.2.3亿", f"{n}.5.5万", "3..2亿", "2.0.1亿元", f"{n}万万万"])
    if kind == "range":
        m = n + rng.choice([50, 100, 200])
        return rng.choice([f"{n}-{m}万", f"{n}到{m}万", f"{n}~{m}万", f"{n}至{m}万元之间"])
    if kind == "approx":
        return rng.choice(
            [f"不到{n}万", f"{n}多万", f"超过{n}万", "几百万", f"{n}万左右吧，具体记不清"]
        )
    if kind == "absurd":
        return rng.choice(["9999999亿", "一万亿亿", "10的20次方元", "99999999999亿元"])
    if kind == "mixed_currency":
        return rng.choice(
            [
                f"{n}万元加{n // 4}万美元",
                f"{n}万人民币和{n // 10}万欧元",
                f"{n // 7}万美元",
                f"{n}万港币",
            ]
        )
    raise KeyError(kind)


BAD_KINDS = ("negative", "overflow", "malformed", "range", "approx", "absurd", "mixed_currency")
BAD_RULES = tuple(BASE_RANGES) + ("draft-12-1",)

FRACTIONAL = (
    ("draft-5-1-entry", "我们有{k}个{drug}进入{stage}临床"),
    ("draft-5-1-entry", "{k}个{drug}品种刚进{stage}临床试验"),
    ("draft-6-2", "我们{k}个{vet}拿证并产业化了"),
    ("draft-6-1", "{k}个{drug}获得注册证书并在昌平产业化"),
    ("draft-11-2-in", "我们License-in引进了{k}个品种，已经上市"),
)


def build_implausible(col: Collector, rng: random.Random) -> None:
    """Values that cannot be right → needs_info, no amount."""
    i = 0

    def make() -> None:
        nonlocal i
        i += 1
        if i % 6 == 0:
            rule, template = rng.choice(FRACTIONAL)
            k = rng.choice(["1.5", "0.5", "2.7", "-2", "0.3", "三分之一", "2.5"])
            text = template.format(
                k=k,
                drug=surface.drug(1, rng),
                stage=surface.stage(rng.choice(["I", "II", "III"]), rng),
                vet=rng.choice(surface.VET_FORMS["2"]),
            )
            slots = {"rule": rule, "issue": "bad_count", "bad_text": k}
            col.add([surface.frame(text, rng)], slots)
            return
        kind = BAD_KINDS[i % len(BAD_KINDS)]
        rule = BAD_RULES[(i // len(BAD_KINDS)) % len(BAD_RULES)]
        if rng.random() < 0.4:
            rule = rng.choice(BAD_RULES)
        if kind in {"overflow", "absurd"} and rule in CAPPED_RATE_RULES:
            rule = rng.choice([x for x in BAD_RULES if x not in CAPPED_RATE_RULES])
        full = draw(rule, rng)
        bad = bad_value(kind, rng)
        r = BadRender(rng, bad=bad)
        text = surface.frame(fact(full, r, rng), rng)
        slots = {"rule": rule, "issue": kind, "bad_text": bad}
        col.add([text], slots, r)

    col.fill(make)


# ------------------------------------------------------------------ missing_info

NO_BASE: dict[str, tuple[str, ...]] = {
    "draft-15-1": (
        "我们是{org}",
        "我们是一家{org}企业",
        "{org}公司",
        "我们做{org}外包服务的",
        "我们是昌平的{org}机构",
    ),
    "draft-15-2": ("我们建了一个{ptype}", "我们想申报共享服务平台（{ptype}）", "{ptype}建设"),
    "draft-8-1-entrust": (
        "我们是持有人，委托医药企业生产一个品种",
        "MAH委托生产",
        "我们把产品委托给别的药企生产",
    ),
    "draft-8-1-cmo": ("我们按持有人制度承接别家的生产", "我们是受托生产企业（MAH制度）"),
    "draft-8-2": ("我们是医药健康销售平台型企业", "我们在昌平设了医药销售平台"),
    "draft-11-1": ("我们的药新获得了{agency}认证", "刚拿到{agency}认证"),
    "draft-16-3": ("我们办了一场高品质的行业论坛", "我们是市场化主体，举办了生命科学峰会"),
    "m-5": ("我们打造AI+药物研发标杆示范场景", "我们有个AI辅助诊断示范项目"),
    "m-11": ("我们园区引入了全球领先的生物医药园区运营管理资源", "园区运营管理资源引入项目"),
    "draft-11-2-out": ("我们和跨国药企签了License-out合同", "我们一个品种license-out了，合同已签"),
}

CMO_REVENUE_ONLY = (
    "我们按持有人制度承接别家产品的生产，受托加工合同收入{base}",
    "我们是受托生产企业（MAH制度），去年代工收入{base}",
    "按MAH制度承担生产，受托生产合同额{base}",
)

UNCLEAR_STAGE = (
    "我们的{drug}{stage}临床试验",
    "{drug}的{stage}临床这块",
    "我们{drug}在{stage}临床",
    "关于{drug}{stage}临床",
    "{drug}{stage}临床的支持",
    "我们有个{drug}，{stage}临床",
)
NO_STAGE = (
    "我们的{drug}进入临床试验了",
    "{drug}已经进临床了",
    "{drug}进入临床阶段",
    "我们一款{drug}开始临床了",
    "{drug}刚进入临床试验",
)
NO_CLASS = (
    "我们的{t}进入{stage}临床了",
    "一个{t}刚进入{stage}临床",
    "{t}进入{stage}临床试验",
    "我们在研的{t}已进入{stage}临床",
)
NO_CLASS_TYPES = ("新药", "生物制品", "化学药", "中药", "抗体药", "在研品种", "小分子药")
NO_CLASS_APPROVAL = (
    "我们的新药拿到注册证书并在昌平产业化了",
    "一个{t}获得药品注册证书，已经产业化",
    "{t}获批上市拿证，产业化也做了",
)
NO_CLASS_VET = (
    "我们的新兽药拿到注册证书并产业化了",
    "动物药获得新兽药注册证书，已投产",
    "新兽药注册证书到手，生产也落地了",
)
NO_PREV_OUTPUT = (
    "{product}今年年产值{cur}",
    "{product}单品种年产值{cur}",
    "{product}年产值做到了{cur}",
    "今年{product}产值{cur}",
)


def _missing(rng: random.Random, shape: str) -> tuple[list[str], dict[str, Any], Render]:
    r = Render(rng)
    st = rng.choice(["I", "II", "III"])
    if shape == "unclear_stage":
        text = rng.choice(UNCLEAR_STAGE).format(
            drug=surface.drug(1, rng), stage=surface.stage(st, rng)
        )
        return (
            [surface.frame(text, rng)],
            {"rule": "draft-5-1-entry", "missing": "entered_or_completed"},
            r,
        )
    if shape == "no_stage":
        text = rng.choice(NO_STAGE).format(drug=surface.drug(1, rng))
        return [surface.frame(text, rng)], {"rule": "draft-5-1-entry", "missing": "stage"}, r
    if shape == "no_class":
        text = rng.choice(NO_CLASS).format(
            t=rng.choice(NO_CLASS_TYPES), stage=surface.stage(st, rng)
        )
        return [surface.frame(text, rng)], {"rule": "draft-5-1-entry", "missing": "class"}, r
    if shape == "no_class_approval":
        text = rng.choice(NO_CLASS_APPROVAL).format(t=rng.choice(NO_CLASS_TYPES))
        return [surface.frame(text, rng)], {"rule": "draft-6-1", "missing": "class"}, r
    if shape == "no_class_vet":
        return (
            [surface.frame(rng.choice(NO_CLASS_VET), rng)],
            {"rule": "draft-6-2", "missing": "class"},
            r,
        )
    if shape == "no_base":
        rule = rng.choice(list(NO_BASE))
        text = rng.choice(NO_BASE[rule]).format(
            org=rng.choice(ORGS), ptype=rng.choice(PLATFORMS), agency=rng.choice(AGENCIES)
        )
        missing = "contract_amount" if rule == "draft-11-2-out" else "base"
        return [surface.frame(text, rng)], {"rule": rule, "missing": missing}, r
    if shape == "cmo_revenue_only":
        base = pick_step(rng, 200 * WAN, 1 * YI, 10 * WAN)
        text = rng.choice(CMO_REVENUE_ONLY).format(base=r.yuan(base))
        return (
            [surface.frame(text, rng)],
            {"rule": "draft-8-1-cmo", "missing": "investment_not_revenue"},
            r,
        )
    if shape == "first_time":
        slots = draw("draft-12-1", rng)
        slots["missing"] = "first_time"
        return [question(slots, r, rng)], slots, r
    if shape == "no_prev_output":
        cur = pick_step(rng, 6000 * WAN, 25 * YI, 100 * WAN)
        text = rng.choice(NO_PREV_OUTPUT).format(product=rng.choice(PRODUCTS), cur=r.yuan(cur))
        return (
            [surface.frame(text, rng)],
            {"rule": "draft-12-3", "missing": "prev_output", "cur": cur},
            r,
        )
    slots = draw_rd(rng)
    slots["missing"] = rng.choice(["revenue", "rd_prev", "growth"])
    return [question(slots, r, rng)], slots, r


MISSING_SHAPES = (
    "unclear_stage",
    "no_stage",
    "no_class",
    "no_base",
    "no_base",
    "first_time",
    "no_prev_output",
    "rd",
    "no_class_approval",
    "no_class_vet",
    "no_base",
    "cmo_revenue_only",
)


def build_missing(col: Collector, rng: random.Random) -> None:
    """A deciding fact is absent → needs_info, no amount."""
    i = 0

    def make() -> None:
        nonlocal i
        shape = MISSING_SHAPES[i % len(MISSING_SHAPES)]
        i += 1
        turns, slots, r = _missing(rng, shape)
        col.add(turns, slots, r)

    col.fill(make)


# ------------------------------------------------------------------ ineligible

NOT_INDUSTRIALISED = (
    "我们的{drug}拿到了药品注册证书，但不打算实施产业化，只做技术授权",
    "{drug}获得注册证书了，不过没有产业化计划",
    "我们{drug}拿证了，但生产和产业化都不做",
)


def _ineligible(rng: random.Random, shape: str) -> tuple[list[str], dict[str, Any], Render]:
    r = Render(rng)
    if shape == "class2_entry":
        st = rng.choice(["I", "II", "III"])
        slots: dict[str, Any] = {
            "rule": "draft-5-1-entry",
            "items": [{"cls": 2, "stage": st, "n": rng.choice([1, 1, 2])}],
        }
        return [question(slots, r, rng)], slots, r
    if shape == "license_out":
        usd = rng.choice(
            [1 * YI, 1 * YI, 9999 * WAN, pick_step(rng, 2000 * WAN, 9900 * WAN, 100 * WAN)]
        )
        slots = {"rule": "draft-11-2-out", "n": 1, "contract_usd": usd}
        return [question(slots, r, rng)], slots, r
    if shape == "revenue_below":
        base = rng.choice([49900 * WAN, 5 * YI - 1, pick_step(rng, 1 * YI, 4 * YI, 100 * WAN)])
        slots = {"rule": "draft-12-1", "base": base, "first_time": True}
        return [question(slots, r, rng)], slots, r
    if shape == "revenue_not_first":
        slots = {
            "rule": "draft-12-1",
            "base": pick_step(rng, 5 * YI + 100 * WAN, 30 * YI, 100 * WAN),
            "first_time": False,
        }
        return [question(slots, r, rng)], slots, r
    if shape == "output_below":
        cur = rng.choice([5000 * WAN - 1, pick_step(rng, 1000 * WAN, 4900 * WAN, 100 * WAN)])
        prev = pick_step(rng, 500 * WAN, cur - 1, 100 * WAN) if cur > 600 * WAN else cur - 1
        slots = {"rule": "draft-12-3", "products": [{"prev": prev, "cur": cur}]}
        return [question(slots, r, rng)], slots, r
    if shape == "output_same_band":
        bands = [(5000 * WAN, YI), (YI, 5 * YI), (5 * YI, 10 * YI), (10 * YI, 20 * YI)]
        lo, hi = rng.choice(bands)
        step = 100 * WAN
        prev = pick_step(rng, lo + step, hi - 2 * step, step)
        cur = pick_step(rng, prev + step, hi - step, step)
        slots = {"rule": "draft-12-3", "products": [{"prev": prev, "cur": cur}]}
        return [question(slots, r, rng)], slots, r
    if shape == "rd":
        slots = draw_rd(rng)
        fail = rng.choice(
            ["sme", "revenue", "revenue_exact", "two_year", "two_year_edge", "growth", "received"]
        )
        if fail == "sme":
            slots["sme"] = False
        elif fail == "revenue":
            slots["rev_last"] = pick_step(rng, 3100 * WAN, 9000 * WAN, 100 * WAN)
        elif fail == "revenue_exact":
            slots["rev_last"] = 3000 * WAN
        elif fail in {"two_year", "two_year_edge"}:
            slots["rd_prev"] = pick_step(rng, 200 * WAN, 450 * WAN, 10 * WAN)
            slots["rd_last"] = (
                1000 * WAN - 1 - slots["rd_prev"]
                if fail == "two_year_edge"
                else pick_step(
                    rng,
                    slots["rd_prev"] + 10 * WAN,
                    900 * WAN - slots["rd_prev"] + 10 * WAN,
                    10 * WAN,
                )
            )
        elif fail == "growth":
            slots["growth"] = False
            if rng.random() < 0.5:
                slots["rd_last"], slots["rd_prev"] = slots["rd_prev"], slots["rd_last"]
        else:
            slots["years_received"] = 3
        return [question(slots, r, rng)], slots, r
    if shape == "cro_received":
        slots = draw("draft-15-1", rng)
        slots["years_received"] = 3
        return [question(slots, r, rng)], slots, r
    if shape == "vet4":
        slots = {"rule": "draft-6-2", "items": [{"cls": rng.choice(["4", "4", "5"]), "n": 1}]}
        return [question(slots, r, rng)], slots, r
    if shape == "lic_in":
        slots = {"rule": "draft-11-2-in", "n": rng.choice([1, 1, 2]), "launched": False}
        return [question(slots, r, rng)], slots, r
    slots = {
        "rule": "draft-6-1",
        "items": [{"cls": rng.choice(["1", "2"]), "n": 1}],
        "industrialised": False,
    }
    cls = int(slots["items"][0]["cls"])
    text = rng.choice(NOT_INDUSTRIALISED).format(drug=surface.drug(cls, rng))
    return [surface.frame(text, rng)], slots, r


INELIGIBLE_SHAPES = (
    "class2_entry",
    "license_out",
    "revenue_below",
    "revenue_not_first",
    "output_below",
    "output_same_band",
    "rd",
    "rd",
    "cro_received",
    "vet4",
    "lic_in",
    "not_industrialised",
    "rd",
    "class2_entry",
)


def build_ineligible(col: Collector, rng: random.Random) -> None:
    """Facts failing a stated condition → ineligible, amount null."""
    i = 0

    def make() -> None:
        nonlocal i
        shape = INELIGIBLE_SHAPES[i % len(INELIGIBLE_SHAPES)]
        i += 1
        turns, slots, r = _ineligible(rng, shape)
        col.add(turns, slots, r)

    col.fill(make)
