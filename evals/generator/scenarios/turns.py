"""Multi-turn families: dialogue (facts over turns), corrections, topic state.

All turns go to one session and only the last answer is scored, so the slots stored
are the facts in force after the last turn: corrections overwrite, added items
accumulate, an unrelated question resets the topic (its expectation carries the
previous amount in ``must_not_include``).
"""

from __future__ import annotations

import random
from typing import Any

from .. import surface
from ..provisions import MEASURES, WAN
from .common import Collector, Render, pick_step
from .facts import AGENCIES, ORGS, PLATFORMS, entry_items_phrase, fact
from .single import question
from .slots import ANSWERABLE, draw, draw_output, draw_rd

# ------------------------------------------------------------------ dialogue

SPLIT: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "draft-15-1": (
        (
            "我们是一家{org}企业",
            "我们公司做{org}业务",
            "先介绍下，我们是昌平的{org}",
            "我司是合同外包服务机构（{org}）",
            "我们是{org}，想咨询服务平台支持",
        ),
        (
            "去年实际服务金额{base}，能拿多少？",
            "年度实际服务金额是{base}，按政策能补多少？",
            "我们去年服务金额{base}，最多能支持多少",
            "实际服务金额{base}，请问补贴多少？",
        ),
    ),
    "draft-8-2": (
        ("我们是医药健康销售平台型企业", "我们公司是个医药销售平台", "咨询下销售平台企业的支持"),
        (
            "年度销售收入{base}，能拿多少？",
            "去年销售收入{base}，按政策给多少？",
            "我们一年销售收入{base}，能支持多少钱",
        ),
    ),
    "draft-15-2": (
        ("我们建了一个{ptype}", "我们在申报共享服务平台，是{ptype}", "想问下共享服务平台的支持"),
        (
            "平台建设实际投入{base}，最多能拿多少？",
            "建设投入是{base}，能支持多少？",
            "实际投入{base}，按政策最高多少",
        ),
    ),
    "draft-16-3": (
        (
            "我们是市场化主体，举办了一场医药健康高品质论坛",
            "我们公司办了个生命科学峰会",
            "想咨询举办活动的支持",
        ),
        (
            "活动实际发生费用{base}，能补多少？",
            "实际花了{base}，最多支持多少？",
            "实际发生费用是{base}，能拿多少",
        ),
    ),
    "m-5": (
        (
            "我们在做AI辅助诊断的标杆示范场景",
            "我们联合医院打造AI+药物研发示范场景",
            "想咨询若干措施里AI示范应用的支持",
        ),
        (
            "项目工程投资总额{base}，最多能支持多少？",
            "工程投资总额是{base}，能拿多少？",
            "总投资{base}（工程投资），按规定最高多少",
        ),
    ),
    "m-11": (
        ("我们园区准备引入全球领先的生物医药园区运营管理资源", "想咨询强化园区建设支持"),
        ("项目投资总额{base}，能拿多少？", "投资总额是{base}，最多支持多少？"),
    ),
    "draft-8-1-entrust": (
        ("我们是药品上市许可持有人，委托医药企业生产一个品种", "我们是MAH，产品委托别的药企生产"),
        ("该品种实际交易额{base}，能拿多少？", "实际交易额{base}，按政策最多支持多少？"),
    ),
    "draft-8-1-cmo": (
        ("我们按药品上市许可持有人制度承接别家产品的生产", "我们是受托生产企业，按MAH制度承担生产"),
        ("实际投入金额{base}，能拿多少？", "为此实际投入了{base}，最多能支持多少？"),
    ),
    "draft-11-1": (
        ("我们的药新获得了{agency}认证", "刚拿到{agency}认证，想问国际化支持"),
        ("实际注册费用{base}，能补多少？", "实际注册费用一共{base}，最多多少？"),
    ),
}

BARE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "draft-15-1": (
        (
            "我们是{org}，能拿多少？",
            "我们是一家{org}企业，能申请多少支持？",
            "{org}能补多少钱？",
            "我们做{org}的，按服务平台那条能拿多少",
        ),
        (
            "去年服务金额{base}",
            "年度实际服务金额{base}",
            "去年实际服务了{base}",
            "{base}",
            "服务金额是{base}",
        ),
    ),
    "draft-15-2": (
        ("我们建了共享服务平台（{ptype}），能拿多少？", "{ptype}能支持多少钱？"),
        ("建设实际投入{base}", "实际投入是{base}", "投了{base}"),
    ),
    "draft-16-3": (
        ("我们办了一场高品质行业论坛，能补多少？", "市场化主体举办活动能拿多少？"),
        ("实际发生费用{base}", "活动实际花了{base}", "费用{base}"),
    ),
    "draft-8-2": (
        ("医药健康销售平台型企业能拿多少？", "我们是销售平台企业，能支持多少？"),
        ("年度销售收入{base}", "去年销售收入{base}"),
    ),
    "m-5": (
        ("AI+药物研发标杆示范场景能支持多少？", "我们有个AI辅助诊断示范项目，能拿多少？"),
        ("项目工程投资总额{base}", "工程投资总额是{base}"),
    ),
    "draft-11-1": (
        ("新获得{agency}认证的药品能支持多少？", "我们药品新拿到{agency}认证，能补多少？"),
        ("实际注册费用{base}", "注册费用一共{base}"),
    ),
}


def _fill(template: str, rng: random.Random, **values: str) -> str:
    return template.format(
        org=rng.choice(ORGS), ptype=rng.choice(PLATFORMS), agency=rng.choice(AGENCIES), **values
    )


def _base_of(slots: dict[str, Any]) -> int:
    if "bases" in slots:
        return int(slots["bases"][0])
    if "parts" in slots:
        return int(slots["parts"][0])
    return int(slots["base"])


def _dialogue_split(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    rule = rng.choice(list(SPLIT))
    slots = draw(rule, rng)
    r = Render(rng)
    first, second = SPLIT[rule]
    t1 = _fill(rng.choice(first), rng)
    t2 = _fill(rng.choice(second), rng, base=r.yuan(_base_of(slots)))
    return [t1, t2], slots, r


def _dialogue_bare(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    rule = rng.choice(list(BARE))
    slots = draw(rule, rng)
    r = Render(rng)
    first, second = BARE[rule]
    t1 = _fill(rng.choice(first), rng)
    t2 = _fill(rng.choice(second), rng, base=r.yuan(_base_of(slots)))
    slots["bare_fact"] = True
    return [t1, t2], slots, r


ADDED_MARKERS = ("另外还有", "对了，还有", "补充一下，还有", "哦还有", "再加上", "另外我们还有")


def _dialogue_added(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    kind = rng.choice(["entry", "entry", "vet", "output", "entrust", "fda", "approval"])
    r = Render(rng)
    marker = rng.choice(ADDED_MARKERS)
    ask = rng.choice(surface.SUM_ENDINGS)
    if kind == "entry":
        stages = rng.sample(["I", "II", "III"], 2)
        items = [{"cls": 1, "stage": s, "n": rng.choice([1, 1, 2, 3])} for s in stages]
        t1 = question({"rule": "draft-5-1-entry", "items": items[:1]}, r, rng)
        t2 = f"{marker}{entry_items_phrase(items[1:], rng)}，{ask}"
        return [t1, t2], {"rule": "draft-5-1-entry", "items": items}, r
    if kind == "vet":
        classes = rng.sample(["1", "2", "3"], 2)
        items = [{"cls": c, "n": 1} for c in classes]
        t1 = question({"rule": "draft-6-2", "items": items[:1]}, r, rng)
        vet = rng.choice(surface.VET_FORMS[classes[1]])
        t2 = f"{marker}一个{vet}也拿证并产业化了，{ask}"
        return [t1, t2], {"rule": "draft-6-2", "items": items}, r
    if kind == "approval":
        classes = rng.sample(["1", "2"], 2)
        items = [{"cls": c, "n": 1} for c in classes]
        t1 = question({"rule": "draft-6-1", "items": items[:1]}, r, rng)
        t2 = f"{marker}一个{surface.approval_drug(classes[1], rng)}也拿到注册证书并产业化了，{ask}"
        return [t1, t2], {"rule": "draft-6-1", "items": items}, r
    if kind == "output":
        i, j = rng.sample(range(5), 2)
        products = [draw_output(rng, i), draw_output(rng, j)]
        t1 = question({"rule": "draft-12-3", "products": products[:1]}, r, rng)
        p = products[1]
        t2 = (
            f"{marker}一个品种，年产值去年{r.yuan(p['prev'])}，今年{r.yuan(p['cur'])}，"
            f"也是第一次过这一档，{ask}"
        )
        return [t1, t2], {"rule": "draft-12-3", "products": products}, r
    if kind == "entrust":
        bases = [pick_step(rng, 100 * WAN, 20000 * WAN, 10 * WAN) for _ in range(2)]
        t1 = question({"rule": "draft-8-1-entrust", "bases": bases[:1]}, r, rng)
        t2 = f"{marker}一个品种也委托生产了，实际交易额{r.yuan(bases[1])}，{ask}"
        return [t1, t2], {"rule": "draft-8-1-entrust", "bases": bases}, r
    parts = [pick_step(rng, 10 * WAN, 300 * WAN, WAN) for _ in range(3)]
    agency = rng.choice(AGENCIES)
    t1 = (
        f"我们的药新获{agency}认证，海外注册费{r.yuan(parts[0])}、检测费{r.yuan(parts[1])}，"
        f"{rng.choice(surface.ENDINGS)}"
    )
    t2 = f"{marker}当地代理费{r.yuan(parts[2])}，{ask}"
    return [t1, t2], {"rule": "draft-11-1", "parts": parts}, r


def _dialogue_multi(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    pairs = (
        ("draft-15-1", "draft-15-2"),
        ("draft-15-1", "draft-16-3"),
        ("draft-8-1-entrust", "draft-8-2"),
        ("m-5", "m-11"),
        ("m-12-rd", "m-12-conf"),
        ("draft-5-1-entry", "draft-15-2"),
    )
    rules = rng.choice(pairs)
    parts = [draw(rule, rng) for rule in rules]
    r = Render(rng)
    t1 = question(parts[0], r, rng)
    t2 = (
        f"{rng.choice(ADDED_MARKERS)}一项：{fact(parts[1], r, rng)}，"
        f"{rng.choice(('两项加起来最多多少？', '两项一共能拿多少？', '合计能支持多少？'))}"
    )
    return [t1, t2], {"rule": "multi", "parts": parts}, r


def _dialogue_rd(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    slots = draw_rd(rng)
    r = Render(rng)
    t1 = rng.choice(
        (
            "我们是小微企业，想申请研发投入的支持",
            "中小企业研发补贴怎么算？我们是小微企业",
            "我们是一家中小企业，研发创新那条能拿多少？",
        )
    )
    t2 = rng.choice(("上一年度营业收入{rev}", "去年营收{rev}", "去年营业收入是{rev}")).format(
        rev=r.yuan(int(slots["rev_last"]))
    )
    t3 = rng.choice(
        (
            "研发投入去年{rd1}、前年{rd2}，连续三年正增长，能拿多少？",
            "研发投入上一年度{rd1}，再上一年{rd2}，近三年都在增长，补多少？",
            "前年研发{rd2}，去年{rd1}，研发投入连续三年增长，最多多少？",
        )
    ).format(rd1=r.yuan(int(slots["rd_last"])), rd2=r.yuan(int(slots["rd_prev"])))
    return [t1, t2, t3], slots, r


def _dialogue_clarify(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    r = Render(rng)
    st = rng.choice(["I", "II", "III"])
    slots = {"rule": "draft-5-1-entry", "items": [{"cls": 1, "stage": st, "n": 1}]}
    if rng.random() < 0.5:
        t1 = rng.choice(
            (
                "我们的新药进入{stage}临床了，能拿多少？",
                "生物制品进入{stage}临床能给多少？",
                "我们一个在研品种刚进{stage}临床，能申请多少？",
            )
        ).format(stage=surface.stage(st, rng))
        t2 = rng.choice(("是1类的", "1类", "注册分类是一类", "属于1类", "是一类新药"))
    else:
        t1 = rng.choice(
            (
                "我们的{drug}进入临床试验了，能拿多少？",
                "{drug}进临床了能给多少奖励？",
                "{drug}开始临床试验了，能申请多少？",
            )
        ).format(drug=surface.drug(1, rng))
        t2 = rng.choice(("是进入{stage}", "刚进入{stage}", "{stage}", "进的是{stage}临床")).format(
            stage=surface.stage(st, rng)
        )
    return [t1, t2], slots, r


def build_dialogue(col: Collector, rng: random.Random) -> None:
    """Facts spread over turns, bare facts continuing the topic, items added over turns."""
    makers = (
        _dialogue_split,
        _dialogue_bare,
        _dialogue_added,
        _dialogue_added,
        _dialogue_multi,
        _dialogue_rd,
        _dialogue_clarify,
    )
    i = 0

    def make() -> None:
        nonlocal i
        fn = makers[i % len(makers)]
        i += 1
        turns, slots, r = fn(rng)
        col.add(turns, slots, r)

    col.fill(make)


# ------------------------------------------------------------------ corrections

MARKERS = (
    "不对，",
    "说错了，",
    "更正一下：",
    "抱歉，刚才说错了，",
    "纠正一下，",
    "哦不对，",
    "sorry，打错了，",
    "改一下，",
    "不好意思，",
    "刚才有误，",
)
VALUE_LABEL: dict[str, str] = {
    "draft-15-1": "服务金额",
    "draft-15-2": "建设投入",
    "draft-8-1-entrust": "交易额",
    "draft-8-1-cmo": "实际投入",
    "draft-8-2": "销售收入",
    "draft-11-1": "注册费用",
    "draft-16-3": "活动费用",
    "m-5": "工程投资总额",
    "m-11": "项目投资总额",
    "draft-12-1": "主营业务收入",
}


def _set_base(slots: dict[str, Any], value: int) -> None:
    if "bases" in slots:
        slots["bases"] = [value]
    elif "parts" in slots:
        slots["parts"] = [value]
    else:
        slots["base"] = value


def _corr_value(rng: random.Random, times: int) -> tuple[list[str], dict[str, Any], Render]:
    rule = rng.choice(list(VALUE_LABEL))
    slots = draw(rule, rng)
    r = Render(rng)
    turns = [question(slots, r, rng)]
    old = _base_of(slots)
    for _ in range(times):
        new = draw(rule, rng)
        value = _base_of(new)
        if value == old:
            value += 10 * WAN
        label = VALUE_LABEL[rule]
        template = rng.choice(
            (
                "{m}应该是{v}",
                "{m}{label}是{v}，不是{o}",
                "{m}{label}应该是{v}",
                "{m}是{v}",
                "{m}{label}写错了，实际是{v}，重新算一下",
                "{m}{label}{v}，按这个算",
            )
        )
        text = template.format(
            m=rng.choice(MARKERS),
            v=r.yuan(value),
            label=label,
            o=r.yuan(old) if "{o}" in template else "",
        )
        turns.append(text)
        _set_base(slots, value)
        old = value
    return turns, slots, r


def _corr_inline(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    rule = rng.choice(["draft-15-1", "draft-15-2", "draft-16-3", "draft-8-2", "m-5"])
    slots = draw(rule, rng)
    r = Render(rng)
    old = _base_of(draw(rule, rng))
    new = _base_of(slots)
    if old == new:
        old += 10 * WAN
    label = VALUE_LABEL[rule]
    lead = fact({**slots, **({"bases": [old]} if "bases" in slots else {"base": old})}, r, rng)
    fix = rng.choice(
        (
            "，哦不，是{v}",
            "，不对，{label}是{v}",
            "（更正：{label}应为{v}）",
            "，啊说错了，应该是{v}",
        )
    ).format(v=r.yuan(new), label=label)
    return [surface.frame(lead + fix, rng)], slots, r


def _corr_stage(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    s1, s2 = rng.sample(["I", "II", "III"], 2)
    r = Render(rng)
    slots = {"rule": "draft-5-1-entry", "items": [{"cls": 1, "stage": s1, "n": 1}]}
    t1 = question(slots, r, rng)
    t2 = rng.choice(
        (
            "{m}是{st}",
            "{m}应该是进入{st}",
            "{m}进的是{st}临床，不是{old}",
            "{m}是{st}，重新算",
            "{m}我们进入的是{st}",
        )
    ).format(m=rng.choice(MARKERS), st=surface.stage(s2, rng), old=surface.stage(s1, rng))
    slots["items"] = [{"cls": 1, "stage": s2, "n": 1}]
    return [t1, t2], slots, r


def _corr_class(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    r = Render(rng)
    kind = rng.choice(["approval", "vet", "entry"])
    m = rng.choice(MARKERS)
    if kind == "approval":
        c1, c2 = rng.sample(["1", "2"], 2)
        slots: dict[str, Any] = {"rule": "draft-6-1", "items": [{"cls": c1, "n": 1}]}
        t1 = question(slots, r, rng)
        t2 = rng.choice(("{m}是{c}类", "{m}应该是{c}类药", "{m}注册分类是{c}类")).format(m=m, c=c2)
        slots["items"] = [{"cls": c2, "n": 1}]
    elif kind == "vet":
        c1, c2 = rng.sample(["1", "2", "3"], 2)
        slots = {"rule": "draft-6-2", "items": [{"cls": c1, "n": 1}]}
        t1 = question(slots, r, rng)
        t2 = rng.choice(("{m}是{v}", "{m}应该是{v}，不是{o}")).format(
            m=m, v=rng.choice(surface.VET_FORMS[c2]), o=rng.choice(surface.VET_FORMS[c1])
        )
        slots["items"] = [{"cls": c2, "n": 1}]
    else:
        st = rng.choice(["I", "II", "III"])
        slots = {"rule": "draft-5-1-entry", "items": [{"cls": 1, "stage": st, "n": 1}]}
        t1 = question(slots, r, rng)
        t2 = rng.choice(("{m}是2类的", "{m}我们这个是2类{t}", "{m}注册分类是二类")).format(
            m=m, t=rng.choice(("生物制品", "化学药", "中药"))
        )
        slots["items"] = [{"cls": 2, "stage": st, "n": 1}]
    return [t1, t2], slots, r


def _corr_count(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    st = rng.choice(["I", "II", "III"])
    n1, n2 = rng.sample(range(1, 7), 2)
    r = Render(rng)
    slots = {"rule": "draft-5-1-entry", "items": [{"cls": 1, "stage": st, "n": n1}]}
    t1 = question(slots, r, rng)
    t2 = rng.choice(("{m}是{n}个", "{m}应该是{n}个品种", "{m}品种数是{n}个，不是{o}个")).format(
        m=rng.choice(MARKERS), n=surface.count_zh(n2, rng), o=surface.count_zh(n1, rng)
    )
    slots["items"] = [{"cls": 1, "stage": st, "n": n2}]
    return [t1, t2], slots, r


def _corr_part(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    parts = [pick_step(rng, 10 * WAN, 300 * WAN, WAN) for _ in range(3)]
    r = Render(rng)
    slots = {"rule": "draft-11-1", "parts": list(parts)}
    t1 = question(slots, r, rng)
    k = rng.randrange(3)
    new = parts[k] + pick_step(rng, WAN, 50 * WAN, WAN) * rng.choice([1, -1])
    if new <= 0:
        new = parts[k] + 5 * WAN
    name = ("注册费", "检测费", "代理费")[k]
    t2 = rng.choice(
        ("{m}{name}记错了，是{v}", "{m}{name}应该是{v}", "{m}{name}是{v}，其他不变")
    ).format(m=rng.choice(MARKERS), name=name, v=r.yuan(new))
    parts[k] = new
    slots["parts"] = parts
    return [t1, t2], slots, r


def _corr_completed(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    st = rng.choice(["I", "II", "III"])
    r = Render(rng)
    first = {"rule": "draft-5-1-entry", "items": [{"cls": 1, "stage": st, "n": 1}]}
    t1 = question(first, r, rng)
    t2 = rng.choice(
        (
            "{m}不是进入，是已经完成了{st}临床",
            "{m}应该是完成{st}，不是刚进入",
            "{m}我们是{st}做完了",
        )
    ).format(m=rng.choice(MARKERS), st=surface.stage(st, rng))
    return [t1, t2], {"rule": "draft-5-1-complete"}, r


def _corr_rd(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    slots = draw_rd(rng)
    r = Render(rng)
    t1 = question(slots, r, rng)
    new_rev = rng.choice(
        [
            pick_step(rng, 3000 * WAN, 6000 * WAN, 100 * WAN),
            pick_step(rng, 300 * WAN, 2900 * WAN, 10 * WAN),
        ]
    )
    t2 = rng.choice(
        ("{m}去年营收其实是{v}", "{m}上一年度营业收入应该是{v}", "{m}营收是{v}，重新算下")
    ).format(m=rng.choice(MARKERS), v=r.yuan(new_rev))
    slots["rev_last"] = new_rev
    return [t1, t2], slots, r


def _corr_output(rng: random.Random) -> tuple[list[str], dict[str, Any], Render]:
    i, j = rng.sample(range(5), 2)
    first = draw_output(rng, i)
    second = draw_output(rng, j)
    r = Render(rng)
    slots = {"rule": "draft-12-3", "products": [first]}
    t1 = question(slots, r, rng)
    t2 = rng.choice(
        (
            "{m}去年是{p}，今年是{c}",
            "{m}年产值应该是去年{p}、今年{c}，也是首次过档",
            "{m}数字记错了：去年{p}，今年{c}，第一次突破",
        )
    ).format(m=rng.choice(MARKERS), p=r.yuan(second["prev"]), c=r.yuan(second["cur"]))
    slots["products"] = [second]
    return [t1, t2], slots, r


def build_corrections(col: Collector, rng: random.Random) -> None:
    """Corrections across turns and inside a turn: the last value wins."""
    makers = (
        lambda g: _corr_value(g, 1),
        _corr_stage,
        _corr_class,
        lambda g: _corr_value(g, 1),
        _corr_count,
        _corr_part,
        _corr_completed,
        lambda g: _corr_value(g, 2),
        _corr_inline,
        _corr_rd,
        _corr_output,
    )
    i = 0

    def make() -> None:
        nonlocal i
        fn = makers[i % len(makers)]
        i += 1
        turns, slots, r = fn(rng)
        col.add(turns, slots, r)

    col.fill(make)


# ------------------------------------------------------------------ topic

OOS = (
    "今天北京天气怎么样？",
    "明天昌平会下雨吗？",
    "帮我写一首关于春天的诗",
    "写一首七言绝句吧",
    "个人所得税汇算清缴怎么填？",
    "增值税专用发票怎么开？",
    "企业所得税季度申报表怎么填",
    "上海张江对生物医药企业有什么补贴？",
    "深圳坪山的医药政策能补多少？",
    "推荐一只医药股票",
    "红烧肉怎么做？",
    "世界杯谁夺冠了？",
    "北京到上海的高铁票多少钱",
    "五险一金缴费比例是多少？",
    "Python怎么读取Excel文件",
    "海南自贸港有什么税收优惠？",
    "杭州余杭区的人才政策是什么",
    "给我讲个笑话",
    "今天星期几",
    "帮我翻译：good morning",
    "苏州工业园区对CRO有补贴吗？",
    "写一首关于长城的现代诗",
    "个税专项附加扣除怎么填报？",
    "天气预报说周末冷吗",
)
THANKS = (
    "谢谢",
    "谢谢你",
    "多谢",
    "好的，谢谢！",
    "明白了，感谢",
    "thanks",
    "感谢解答",
    "辛苦了",
    "好的，了解了，谢谢",
)
GREETINGS = (
    "你好",
    "您好",
    "你好呀",
    "早上好",
    "hello",
    "hi",
    "在吗",
    "下午好",
    "嗨，你好",
    "晚上好",
    "您好！",
    "你好，请问可以咨询政策吗",
)


def _topic_after_amount(
    rng: random.Random, follow: str
) -> tuple[list[str], dict[str, Any], Render]:
    rule = rng.choice(ANSWERABLE)
    prev = draw(rule, rng)
    r = Render(rng)
    t1 = question(prev, r, rng)
    if follow == "oos":
        return [t1, rng.choice(OOS)], {"rule": "oos", "prev": prev}, r
    if follow == "thanks":
        return [t1, rng.choice(THANKS)], {"rule": "smalltalk", "after_amount": True}, r
    if follow == "units":
        m = rng.choice(MEASURES)
        t2 = rng.choice(
            (
                "那{a}{t}的责任单位有哪些？",
                "顺便问下，若干措施{a}是哪些部门负责的？",
                "另外，{t}这项措施的责任单位是谁？",
            )
        ).format(a=m.article, t=m.title)
        return (
            [t1, t2],
            {
                "rule": "lookup",
                "doc": "changping-2026-2028",
                "article": m.article,
                "must": [m.units[0]],
            },
            r,
        )
    other_rule = rng.choice([x for x in ANSWERABLE if x != rule])
    other = draw(other_rule, rng)
    lead = rng.choice(("换个问题，", "另外问一下，", "再问个别的：", "还有个事，", ""))
    return [t1, lead + question(other, r, rng, intro=not lead)], other, r


def _topic_single(rng: random.Random, kind: str) -> tuple[list[str], dict[str, Any], Render]:
    r = Render(rng)
    if kind == "greeting":
        return [rng.choice(GREETINGS)], {"rule": "smalltalk"}, r
    if kind == "oos":
        return [rng.choice(OOS)], {"rule": "oos"}, r
    if kind == "oos_then_amount":
        slots = draw(rng.choice(ANSWERABLE), rng)
        return [rng.choice(OOS), question(slots, r, rng)], slots, r
    if kind == "greeting_then_amount":
        slots = draw(rng.choice(ANSWERABLE), rng)
        return [rng.choice(GREETINGS), question(slots, r, rng)], slots, r
    turns, slots, r = _dialogue_bare(rng)
    return turns, slots, r


def build_topic(col: Collector, rng: random.Random) -> None:
    """Topic state: unrelated turns do not inherit a rule; bare facts continue one."""
    shapes = (
        "oos",
        "other_rule",
        "units",
        "thanks",
        "single:greeting",
        "single:oos",
        "single:oos_then_amount",
        "single:greeting_then_amount",
        "single:bare",
        "oos",
        "other_rule",
    )
    i = 0

    def make() -> None:
        nonlocal i
        shape = shapes[i % len(shapes)]
        i += 1
        if shape.startswith("single:"):
            turns, slots, r = _topic_single(rng, shape.split(":", 1)[1])
        else:
            turns, slots, r = _topic_after_amount(rng, shape)
        col.add(turns, slots, r)

    col.fill(make)
