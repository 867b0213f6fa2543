"""Chinese fact clauses per rule: many independent phrasings of the same slot values.

Each ``fact_*`` function takes slots, a ``Render`` and an rng and returns one clause
(without the question ending) that states exactly the slot values — no more. Question
endings, intros and distractors are added by the family builders.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from .. import surface
from ..provisions import PROVISIONS, WAN, YI
from ..reference import tier_crossed
from .common import Render

FactFn = Callable[[dict[str, Any], Render, random.Random], str]

ORGS = ("CRO", "CDMO", "CMO", "CRO", "CDMO")
PLATFORMS = (
    "实验动物服务平台",
    "检验检测服务平台",
    "临床转化服务平台",
    "标杆型孵化器",
    "共享实验室平台",
    "公共检测平台",
)
AGENCIES = (
    "FDA",
    "EMA",
    "美国FDA",
    "欧盟EMA",
    "美国食品药品监督管理局（FDA）",
    "欧盟药品管理局（EMA）",
)
PRODUCTS = (
    "我们的核心品种",
    "一个单品",
    "我们一款抗体药",
    "公司的一款化药",
    "这个品种",
    "我们的主打产品",
    "A品种",
    "一款体外诊断试剂",
    "我们的一个中药品种",
    "旗下一个单品种",
)
AI_SCENES = ("AI+药物研发", "AI辅助诊断", "AI药物筛选", "AI影像辅助诊断", "AI临床试验管理")
FIELDS = ("合成生物制造", "细胞与基因治疗", "脑机接口", "高端医疗器械", "美丽健康")
EVENTS = ("行业论坛", "生命科学峰会", "产业对接会", "创新药大会", "医工交叉论坛", "投融资路演活动")
ENTER_VERBS = ("进入", "进了", "进到", "已进入", "刚进入", "迈入", "正式进入")


def _t(rng: random.Random, templates: tuple[str, ...], **values: str) -> str:
    return rng.choice(templates).format(**values)


# ------------------------------------------------------------------ 第五条（一） entry

ENTRY_SINGLE = (
    "我们有一个{drug}刚进入{stage}临床试验",
    "公司的{drug}今年进入了{stage}临床",
    "{drug}进入{stage}临床试验的话",
    "我们一款{drug}已经进到{stage}临床了",
    "我司在研的{drug}上个月正式进入{stage}临床",
    "我们的{drug}项目推进到{stage}临床试验阶段了，已经进入",
    "一个{drug}品种进入{stage}临床试验",
    "{drug}刚迈入{stage}临床",
    "我们一个{drug}，现在进入{stage}临床试验了",
    "我们自主研发的{drug}已进入{stage}临床研究",
    "假设我们的{drug}进入{stage}临床",
    "有个{drug}今年刚进{stage}临床",
    "我们的{drug}已经正式进入{stage}临床试验阶段",
    "关于新药临床研发支持：我们的{drug}进入{stage}临床",
    "我们在昌平开展临床、准备产业化的{drug}进入了{stage}",
    "{drug}，{stage}临床刚刚进入",
    "公司一款{drug}今年进入{stage}临床",
)

ENTRY_MULTI = (
    "我们今年有{items}",
    "公司在研管线里{items}",
    "今年我们{items}",
    "我们的情况：{items}",
    "{items}",
    "统计了一下，{items}",
    "我们有{items}，按新药临床研发支持算",
    "目前管线进展：{items}",
    "我们这边{items}，按品种算",
    "今年新进展：{items}",
    "请帮我算下：{items}",
    "我司管线中{items}",
    "年内{items}",
    "我们公司{items}，想申请临床研发奖励",
    "我们今年临床推进比较多，{items}",
)


ENTRY_CAP = (
    "我们今年有{items}",
    "今年一年里我们{items}",
    "我们公司今年{items}，都在同一年",
    "今年管线集中推进：{items}",
    "本年度我们{items}",
    "今年我们{items}，按每个品种分别算",
    "2026年内我们{items}",
    "今年统计：{items}",
)


def entry_items_phrase(items: list[dict[str, Any]], rng: random.Random) -> str:
    """``三个1类化药进入Ⅱ期临床、一个进Ⅲ期`` from entry items (same class)."""
    parts = []
    for i, it in enumerate(items):
        n = surface.count_zh(int(it["n"]), rng)
        verb = rng.choice(ENTER_VERBS)
        stage = surface.stage(str(it["stage"]), rng)
        tail = rng.choice(["临床", "临床试验", ""])
        if i == 0 or rng.random() < 0.5:
            noun = surface.drug(int(it["cls"]), rng)
            parts.append(f"{n}个{noun}{verb}{stage}{tail}")
        else:
            parts.append(f"{n}个{verb}{stage}{tail}")
    sep = rng.choice(["、", "，", "；", "，另外"])
    return sep.join(parts)


def fact_entry(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第五条（一） entry: one variety or several items."""
    items = slots["items"]
    if len(items) == 1 and int(items[0]["n"]) == 1:
        it = items[0]
        return _t(
            rng,
            ENTRY_SINGLE,
            drug=surface.drug(int(it["cls"]), rng),
            stage=surface.stage(str(it["stage"]), rng),
        )
    prov = PROVISIONS["draft-5-1-entry"]
    total = sum(int(it["n"]) * prov.amount_for(str(it["stage"])) for it in items)
    templates = ENTRY_CAP if total > (prov.annual_cap or 0) else ENTRY_MULTI
    return _t(rng, templates, items=entry_items_phrase(items, rng))


# ------------------------------------------------------------------ 第六条（一） approval

APPROVAL = (
    "我们的{drug}拿到了药品注册证书，已在昌平实施产业化",
    "{drug}获批上市拿到注册证书并实施产业化的",
    "公司一款{drug}刚获得药品注册证书，已经在本地产业化",
    "我们{drug}获批了，注册证书已到手，产业化也已落地",
    "一个{drug}品种取得注册证书并实施产业化",
    "{drug}新药申报上市成功，拿证后在昌平生产",
    "我们的{drug}通过审批拿到了注册证书，并实施了产业化",
    "新药申报上市这块，我们{drug}获得注册证书且已产业化",
    "{drug}上市获批，拿到药品注册证书，目前已投产",
    "我们有个{drug}今年拿证了，产业化落地在昌平",
    "我们的{drug}获得了药品注册证书，也实现了产业化",
    "请问{drug}获得药品注册证书、实施产业化后",
    "{drug}已获批上市并在昌平产业化",
    "公司研发的{drug}注册证书下来了，生产线也投产了",
    "一款{drug}获证并实现产业化",
    "我们{drug}已经拿到注册证，在区里产业化了",
)

APPROVAL_MULTI = (
    "我们今年{items}拿到药品注册证书，都已在昌平产业化",
    "公司有{items}获得注册证书并实施产业化",
    "今年获批上市的有{items}，全部产业化了",
    "{items}都拿到了药品注册证书，也都投产了",
    "我们{items}取得注册证书并产业化",
    "统计下来{items}获证并实现产业化",
    "新药申报上市方面，{items}拿证且产业化",
    "我们有{items}今年获批，产业化落在昌平",
    "我司{items}已经拿到注册证，生产也在昌平",
    "请帮算一下：{items}获得药品注册证书并产业化",
    "{items}获批上市，均已实施产业化",
    "今年我们{items}拿证，产业化完成",
    "管线里{items}拿到了注册证书，已量产",
    "我们{items}获得药品注册证书，已在本地生产",
    "公司今年收获不错，{items}都拿证并产业化了",
)


def approval_items_phrase(items: list[dict[str, Any]], rng: random.Random) -> str:
    """``两个1类化药和一个2类中药`` from approval items."""
    parts = [
        f"{surface.count_zh(int(it['n']), rng)}个{surface.approval_drug(str(it['cls']), rng)}"
        for it in items
    ]
    return rng.choice(["、", "和", "，还有", "以及"]).join(parts)


def fact_approval(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第六条（一） approval of class-1/2 or improved drugs."""
    items = slots["items"]
    if len(items) == 1 and int(items[0]["n"]) == 1:
        return _t(rng, APPROVAL, drug=surface.approval_drug(str(items[0]["cls"]), rng))
    return _t(rng, APPROVAL_MULTI, items=approval_items_phrase(items, rng))


# ------------------------------------------------------------------ 第六条（二） vet

VET = (
    "我们的{vet}拿到了注册证书，已经产业化",
    "公司研发的动物药获得{vet}注册证书并实施产业化",
    "{vet}注册证书到手了，生产也落地了",
    "我们做动物用药的，一个{vet}获批并产业化",
    "获得{vet}注册证书且实施产业化的动物药",
    "宠物药方向，我们有个{vet}拿证了，也已经投产",
    "我们的兽用生物制品获得{vet}注册证书，并已在昌平生产",
    "一个{vet}品种取得注册证书、实现产业化",
    "{vet}拿证后实施产业化",
    "动物疫苗拿到了{vet}注册证书，产业化也完成了",
    "我们是兽药企业，{vet}获证并产业化",
    "请问{vet}获得注册证书并产业化后",
    "我司{vet}已获注册证书，正在昌平产业化",
    "动物药支持这块，{vet}注册证书拿到且产业化了",
    "兽药新品种（{vet}）获证产业化",
    "我们一个{vet}今年获批上市并投产",
)

VET_MULTI = (
    "我们有{items}拿到注册证书，都已产业化",
    "公司今年{items}获证并实施产业化",
    "动物药方面，{items}获得注册证书且产业化",
    "{items}都拿证了，也都在昌平生产",
    "我们兽药管线里{items}获批并产业化",
    "今年获证的新兽药有{items}，均已产业化",
    "请帮算：{items}取得注册证书并实施产业化",
    "我们是动物保健企业，{items}拿证投产",
    "统计一下，{items}获得注册证书、已产业化",
    "我司{items}获批，产业化在区里",
    "兽药这块{items}拿到新兽药注册证书并产业化",
    "我们{items}注册证书都下来了，生产线也投了",
    "公司有{items}获批上市并投产",
    "{items}获得新兽药注册证书，已实施产业化",
    "今年我们拿了{items}的证书，都已产业化",
)


def vet_items_phrase(items: list[dict[str, Any]], rng: random.Random) -> str:
    """``一个一类新兽药和两个三类新兽药``."""
    parts = [
        f"{surface.count_zh(int(it['n']), rng)}个{rng.choice(surface.VET_FORMS[str(it['cls'])])}"
        for it in items
    ]
    return rng.choice(["、", "和", "，还有", "以及"]).join(parts)


def fact_vet(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第六条（二） new veterinary drugs."""
    items = slots["items"]
    if len(items) == 1 and int(items[0]["n"]) == 1:
        return _t(rng, VET, vet=rng.choice(surface.VET_FORMS[str(items[0]["cls"])]))
    return _t(rng, VET_MULTI, items=vet_items_phrase(items, rng))


# ------------------------------------------------------------------ 第八条

ENTRUST = (
    "我们是上市许可持有人，委托区内一家医药企业生产我们的产品，该品种实际交易额{base}",
    "作为MAH，我们把一个品种委托给医药健康企业生产，实际交易额是{base}",
    "委托生产：我们持有的品种交给别的药企生产，实际交易额{base}",
    "我们把拟申报上市的产品委托给医药健康企业生产，这个品种实际交易额{base}",
    "我司委托其他医药企业生产所持有的品种，交易额{base}",
    "持有人委托生产的情况下，品种实际交易额为{base}",
    "我们一个品种找了医药企业代工生产，实际交易金额{base}",
    "公司作为药品上市许可持有人委托生产，该品种的实际交易额达{base}",
    "我们委托外部药企生产自己持有的药品，实际交易额{base}",
    "MAH委托生产这一块，我们的品种实际交易额有{base}",
    "我们是研发型企业，产品委托给别的药企生产，该品种实际交易额是{base}",
    "我们委托昌平一家企业生产拟上市产品，实际交易额{base}",
    "按上市许可持有人制度，我们委托生产的品种交易额为{base}",
    "我们持有批文、委托别的医药企业生产，这个品种的实际交易额{base}",
    "委托医药健康企业生产我们所持有的产品，实际交易额{base}",
    "我们作为持有人把品种委托出去生产，交易额一共{base}",
)

ENTRUST_MULTI = (
    "我们是持有人，委托医药企业生产两个品种，实际交易额分别是{b1}和{b2}",
    "作为MAH，A品种委托生产交易额{b1}，B品种交易额{b2}",
    "我们两个品种都委托给医药健康企业生产，一个实际交易额{b1}，另一个{b2}",
    "委托生产：甲品种实际交易额{b1}，乙品种{b2}",
    "公司委托生产了两个持有品种，实际交易额{b1}、{b2}",
    "我们有两个品种委托代工，交易额分别为{b1}和{b2}",
    "持有人委托生产，品种一交易额{b1}，品种二交易额{b2}",
    "我们委托昌平药企生产两个产品，实际交易额各是{b1}、{b2}",
    "按MAH制度委托生产的两个品种，实际交易额{b1}和{b2}",
    "我们把两个品种交给医药企业生产，实际交易金额分别{b1}、{b2}",
    "委托生产的品种有两个：一个交易额{b1}，一个交易额{b2}",
    "我司作为持有人委托生产，两个品种交易额分别为{b1}与{b2}",
    "我们的两个品种委托外部企业生产，实际交易额{b1}和{b2}",
    "A、B两个品种委托生产，实际交易额分别{b1}、{b2}",
    "两个持有品种委托医药健康企业生产，交易额是{b1}和{b2}",
)


def fact_entrust(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第八条（一） entrusting production: one or two varieties."""
    bases = slots["bases"]
    if len(bases) == 1:
        return _t(rng, ENTRUST, base=r.yuan(int(bases[0])))
    return _t(rng, ENTRUST_MULTI, b1=r.yuan(int(bases[0])), b2=r.yuan(int(bases[1])))


CMO = (
    "我们按药品上市许可持有人制度承接别家企业的产品生产，实际投入金额{base}",
    "作为受托生产企业（MAH制度下承担生产），我们实际投入了{base}",
    "我们是受托方，按持有人制度给别的药企生产，为此实际投入{base}",
    "公司承担了持有人委托的生产任务，实际投入金额是{base}",
    "受托生产：按照上市许可持有人制度承担生产，实际投入{base}",
    "我们接了持有人的委托生产，产线等实际投入共{base}",
    "我们为上市许可持有人承担生产，实际投入资金{base}",
    "作为医药健康企业按MAH制度承担生产的，实际投入金额{base}",
    "我司按持有人制度承接生产，实际投入了{base}的资金",
    "我们替其他持有人生产药品（受托生产），实际投入金额为{base}",
    "按照药品上市许可持有人制度，我们是承担生产的一方，实际投入{base}",
    "我们做MAH受托生产，实际投入{base}",
    "承担MAH产品生产的企业，实际投入金额{base}",
    "我们在昌平的工厂按持有人制度承接生产，实际投入{base}",
    "受托生产这块，我们按持有人制度承担生产的实际投入金额是{base}",
)


def fact_cmo(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第八条（一） contract manufacturing under the MAH system."""
    return _t(rng, CMO, base=r.yuan(int(slots["base"])))


SALES = (
    "我们是医药健康销售平台型企业，年度销售收入{base}",
    "公司在昌平设立了医药销售平台，去年销售收入{base}",
    "作为销售平台型企业，我们一年的销售收入是{base}",
    "医药健康销售平台企业，年度销售收入{base}的话",
    "我们是做医药销售平台的，2025年销售收入{base}",
    "销售平台型企业这条，我们年度销售收入为{base}",
    "我司是新设的医药健康销售平台公司，年销售收入{base}",
    "我们在昌平落了一个药品销售平台，全年销售收入{base}",
    "医药销售平台，去年全年销售收入达到{base}",
    "我们属于医药健康销售平台型企业，年度销售收入{base}",
    "一家销售平台型医药企业年度销售收入{base}",
    "我们做医药健康产品的销售平台，年销售收入有{base}",
    "销售平台公司，上一年销售收入{base}",
    "我们是药品和器械的销售平台企业，年度销售收入是{base}",
    "假设销售平台型企业年度销售收入为{base}",
    "我们的医药销售平台去年销售额{base}",
)


def fact_sales(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第八条（二） sales platform."""
    return _t(rng, SALES, base=r.yuan(int(slots["base"])))


# ------------------------------------------------------------------ 第十一条

FDA = (
    "我们的药品新获得了{agency}认证，实际注册费用{base}",
    "刚拿到{agency}的批准，海外注册相关的实际注册费用一共{base}",
    "产品通过了{agency}认证，注册费用合计{base}",
    "我们有个药新拿到{agency}认证，实际注册费用（含注册费、检测费、代理费）共{base}",
    "{agency}认证下来了，花的实际注册费用是{base}",
    "公司药品新获{agency}认证，实际注册费用为{base}",
    "我们药品首次通过{agency}认证，注册总费用{base}",
    "国际化这块，我们的药获得了{agency}认证，实际注册费用{base}",
    "{agency}刚批了我们的药，实际注册花费{base}",
    "新获得{agency}认证的药品，实际注册费用{base}",
    "我们的产品拿到{agency}认证，整个注册费用{base}",
    "今年我们一款药通过{agency}认证，实际注册费用{base}",
    "我们刚获得{agency}认证，实际注册费用合计{base}",
    "海外注册：{agency}认证已获得，实际注册费用{base}",
    "一款药品新获{agency}认证，实际注册费用共计{base}",
)

FDA_PART_NAMES = (
    ("海外注册费", "注册费", "注册申报费"),
    ("检测费", "检验检测费", "海外检测费"),
    ("当地代理费", "代理费", "当地代理机构费用"),
)

FDA_PARTS = (
    "我们的药品新获{agency}认证，其中{parts}",
    "刚拿到{agency}认证，费用明细：{parts}",
    "{agency}认证下来了，花了{parts}",
    "公司一款药新获得{agency}认证，{parts}",
    "我们通过了{agency}认证，实际发生{parts}",
    "新拿到{agency}认证，注册相关费用是{parts}",
    "我们的产品获得{agency}认证，{parts}",
    "{agency}批了，注册费用分项：{parts}",
    "国际化方面，{agency}认证拿到了，{parts}",
    "我们首次获得{agency}认证，过程中{parts}",
    "{agency}认证刚获批，{parts}",
    "我们药品新获{agency}认证，支出包括{parts}",
    "关于{agency}认证的支持：我们{parts}",
    "一款药新获{agency}认证，实际费用为{parts}",
    "拿到{agency}认证了，算下来{parts}",
)


def fda_parts_phrase(parts: list[int], r: Render, rng: random.Random) -> str:
    """``海外注册费120万、检测费40万、当地代理费20万`` (parts in the text's order or not)."""
    order = list(range(len(parts)))
    if rng.random() < 0.4:
        rng.shuffle(order)
    bits = [
        f"{rng.choice(FDA_PART_NAMES[i])}{rng.choice(['', '是', '花了'])}{r.yuan(parts[i])}"
        for i in order
    ]
    return rng.choice(["、", "，", "；"]).join(bits)


def fact_fda(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十一条（一） FDA/EMA registration costs (one base or its parts)."""
    agency = rng.choice(AGENCIES)
    parts = [int(p) for p in slots["parts"]]
    if len(parts) == 1:
        return _t(rng, FDA, agency=agency, base=r.yuan(parts[0]))
    return _t(rng, FDA_PARTS, agency=agency, parts=fda_parts_phrase(parts, r, rng))


LIC_IN = (
    "我们通过License-in从国外引进了{n}个品种的技术，在国内产业化，产品已经上市",
    "公司License-in引进的海外品种（{n}个）已在本土产业化并上市",
    "我们从国外license-in了{n}个产品，产业化后都已上市",
    "通过许可引进（License-in）的{n}个品种在昌平产业化，已经上市销售",
    "我们引进国外先进技术（License-in）{n}个品种，本土产业化，已上市",
    "License-in项目：{n}个品种，国内产业化完成，产品上市了",
    "我司从海外引进技术到本土产业化，{n}个品种都已上市",
    "我们license in了{n}个海外品种，已在国内生产上市",
    "引进国外技术本土产业化的{n}个产品已获批上市",
    "我们有{n}个通过License-in引进的产品，已经产业化上市",
    "国外引进（License-in）{n}个品种，已上市",
    "公司通过License-in方式引进{n}个品种，完成本地产业化并上市",
    "我们的License-in品种有{n}个，都已经在国内上市",
    "License-in引进后产业化的{n}个品种上市了",
    "从国外授权引进{n}个品种到本土产业化，产品上市",
)

LIC_IN_NOT_LAUNCHED = (
    "我们通过License-in从国外引进了{n}个品种，还在做本土产业化，产品还没上市",
    "公司License-in了{n}个海外品种，目前还没获批上市",
    "我们刚license-in了{n}个产品，预计后年上市",
    "License-in引进{n}个品种，产业化进行中，尚未上市",
    "我们从国外引进技术（License-in）{n}个品种，还没上市销售",
    "引进的{n}个License-in品种还在临床阶段，没上市",
    "我们签了License-in协议引进{n}个品种，产品尚未上市",
    "License-in项目{n}个品种，上市要到明年",
)


def fact_lic_in(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十一条（二） License-in."""
    n = surface.count_zh(int(slots["n"]), rng)
    templates = LIC_IN if slots.get("launched", True) else LIC_IN_NOT_LAUNCHED
    return _t(rng, templates, n=n)


LIC_OUT = (
    "我们和一家跨国药企签了License-out合同，合同总额{usd}",
    "公司通过License-out把一个品种授权给跨国龙头企业，合同总额{usd}，已签约",
    "我们的品种对外授权（License-out）给海外大药企，合同总额{usd}",
    "刚和一家跨国龙头药企签下一笔License-out交易，合同总额{usd}",
    "我司与跨国龙头企业达成License-out合作，合同已签，总额{usd}",
    "我们一个品种license-out给了跨国药企，合同总金额{usd}，合同已经签订",
    "License-out：合同总额{usd}，对方是跨国药企",
    "我们和跨国公司签了授权合作（License-out），合同金额合计{usd}",
    "公司一款新药授权给跨国龙头企业，License-out合同总额{usd}",
    "我们和一家跨国药企签了{usd}的License-out合同",
    "对外许可（License-out）一个品种给跨国药企，合同签订，总额{usd}",
    "我们与国际龙头药企开展License-out合作，合同总额{usd}",
    "一个品种以License-out方式授权给跨国药企，合同总额为{usd}",
    "我们和跨国龙头企业完成了一笔License-out，合同总额{usd}，已签字",
    "跨国药企买了我们一个品种的海外权益（License-out），合同总额{usd}",
)

LIC_OUT_MULTI = (
    "我们有{n}个品种分别和跨国药企签了License-out合同，每份合同总额都是{usd}",
    "公司今年{n}个品种License-out给跨国药企，各自合同总额{usd}，都已签约",
    "我们{n}个品种对外授权给跨国龙头企业，每个合同总额{usd}",
    "License-out给跨国药企：{n}个品种，每份合同总额{usd}",
    "我司{n}个品种各和跨国龙头企业签了一份License-out合同，单份总额{usd}",
    "我们和跨国药企签了{n}个品种的License-out，每个品种合同总额{usd}",
    "{n}个品种License-out给跨国龙头企业，合同总额每个都是{usd}",
    "今年我们{n}个品种和跨国药企完成License-out签约，合同总额各{usd}",
)


def fact_lic_out(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十一条（二） License-out."""
    usd = r.usd(int(slots["contract_usd"]))
    if int(slots["n"]) == 1:
        return _t(rng, LIC_OUT, usd=usd)
    return _t(rng, LIC_OUT_MULTI, usd=usd, n=surface.count_zh(int(slots["n"]), rng))


# ------------------------------------------------------------------ 第十二条

REVENUE_FIRST = (
    "我们今年主营业务收入首次突破5亿，达到{base}",
    "公司年度主营业务收入第一次过5亿元，是{base}",
    "我们去年主营收入{base}，这是公司首次突破5亿",
    "主营业务收入首次达到{base}，以前从没到过5亿",
    "我们主营业务收入第一次超过5亿，全年{base}",
    "公司年度主营业务收入首次突破5亿元，实际是{base}",
    "去年我们主营业务收入{base}，历史上第一次上5亿",
    "我们是医药健康企业，主营业务收入今年首次破5亿，做到了{base}",
    "主营业务收入首破5亿：全年{base}",
    "我司年度主营业务收入{base}，是首次突破5亿元",
    "公司主营业务收入第一次迈过5亿门槛，达到{base}",
    "我们主营收入首次突破5亿，具体是{base}",
    "年度主营业务收入首次达到5亿以上，为{base}",
    "今年主营业务收入{base}，之前每年都没到5亿",
    "我们去年首次实现主营业务收入{base}，之前都不到5亿",
)

REVENUE_EXACT5 = (
    "我们年度主营业务收入首次达到5亿元整，正好{base}",
    "公司主营业务收入第一次达到{base}，以前都不到5亿",
    "主营业务收入今年首次刚好{base}，之前从没到过5亿",
    "我们主营收入第一次达到{base}整",
    "去年主营业务收入正好{base}，是第一次到5亿",
)

REVENUE_BELOW = (
    "我们今年主营业务收入{base}，是历史最高",
    "公司年度主营业务收入{base}，第一次到这个规模",
    "去年主营收入做到了{base}，创了新高",
    "我们主营业务收入{base}，比往年都高",
    "年度主营业务收入首次达到{base}",
    "主营业务收入去年是{base}，公司成立以来最高",
    "我们主营收入今年第一次达到{base}",
    "公司主营业务收入{base}，之前从没这么高过",
)

REVENUE_NOT_FIRST = (
    "我们主营业务收入已经连续三年超过5亿了，今年{base}",
    "公司主营业务收入前年就过了5亿，今年是{base}",
    "我们年度主营业务收入{base}，不过早在2022年就突破过5亿",
    "主营收入今年{base}，去年也在5亿以上",
    "我们主营业务收入常年在5亿以上，今年{base}",
    "公司主营业务收入{base}，这已经是第四年超过5亿",
    "我们主营业务收入去年{base}，之前几年也都超过5亿",
    "主营业务收入{base}，前几年已经突破过5亿了",
)

REVENUE_UNSTATED = (
    "我们年度主营业务收入{base}",
    "公司去年主营业务收入{base}",
    "主营收入今年做到{base}",
    "我们是医药健康企业，主营业务收入{base}",
    "公司主营业务收入为{base}，按扩能升级那条",
    "年度主营业务收入{base}的企业",
    "我们主营业务收入{base}，想申请扩能升级支持",
    "今年主营收入{base}",
)


def fact_revenue(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十二条（一） revenue first crossing 5亿."""
    base = int(slots["base"])
    text = r.yuan(base)
    if slots.get("missing") == "first_time":
        return _t(rng, REVENUE_UNSTATED, base=text)
    if base < 5 * YI:
        return _t(rng, REVENUE_BELOW, base=text)
    if not slots["first_time"]:
        return _t(rng, REVENUE_NOT_FIRST, base=text)
    if base == 5 * YI:
        return _t(rng, REVENUE_EXACT5, base=text)
    return _t(rng, REVENUE_FIRST, base=text)


REVENUE_RISE = (
    "我们主营业务收入从{prev}涨到了{cur}，第一次过5亿",
    "去年主营业务收入{prev}，今年{cur}，首次突破5亿",
    "公司主营收入前年{prev}、去年{cur}，去年是第一次超过5亿",
    "主营业务收入由{prev}增长到{cur}，首次突破5亿元",
    "我们上一年主营业务收入{prev}，这一年首次突破5亿，达到{cur}",
    "主营收入从{prev}一下到了{cur}，以前从未过5亿",
    "去年是{prev}，今年是{cur}，主营业务收入第一次上5亿",
    "公司主营业务收入今年{cur}（去年{prev}），首次突破5亿",
    "年度主营业务收入：前一年{prev}，本年度{cur}，首次过5亿",
    "我们主营收入从{prev}增至{cur}，头一回突破5亿",
)


def fact_revenue_rise(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十二条（一） with the year before stated too (crossing year counts)."""
    return _t(
        rng, REVENUE_RISE, prev=r.yuan(int(slots["prev_base"])), cur=r.yuan(int(slots["base"]))
    )


OUTPUT_SINGLE = (
    "{product}去年年产值{prev}，今年首次突破{tier}，达到{cur}",
    "{product}年产值从{prev}涨到了{cur}，第一次过{tier}",
    "{product}年产值今年{cur}，去年只有{prev}，这是首次超过{tier}",
    "我们{product}的年产值去年是{prev}，今年是{cur}，历史上第一次超过{tier}",
    "{product}今年产值{cur}，首次突破{tier}（上一年{prev}）",
    "单品种年产值：{product}由{prev}增长到{cur}，头一次过{tier}",
    "{product}年产值第一次突破{tier}，从{prev}做到了{cur}",
    "我们{product}上一年年产值{prev}，本年度{cur}，首次破{tier}",
    "{product}年产值去年{prev}、今年{cur}，首次跨过{tier}这一档",
    "{product}今年年产值达到{cur}，以前最高是去年的{prev}",
    "{product}的年产值首次超过{tier}，今年{cur}，去年{prev}",
    "我们{product}年产值从去年的{prev}提升到今年的{cur}，第一次过{tier}",
    "{product}年产值{cur}（去年{prev}），历史首次突破{tier}",
    "今年{product}产值{cur}，去年{prev}，第一次突破{tier}",
    "{product}年产值首次突破{tier}：去年{prev}，今年{cur}",
)

OUTPUT_NOT_FIRST = (
    "{product}去年年产值{prev}，今年{cur}",
    "{product}年产值从{prev}涨到了{cur}",
    "{product}今年产值{cur}，去年是{prev}",
    "我们{product}上一年年产值{prev}，今年{cur}，略有增长",
    "{product}年产值去年{prev}、今年{cur}",
    "{product}年产值连续两年：{prev}、{cur}",
)

OUTPUT_BELOW = (
    "{product}今年年产值{cur}，去年{prev}，历史最高",
    "{product}年产值首次达到{cur}（去年{prev}）",
    "{product}年产值从{prev}涨到{cur}，创新高",
    "我们{product}今年产值{cur}，去年{prev}，第一次这么高",
)


def _tier_label(t: int) -> str:
    return f"{t // WAN}万" if t < YI else f"{t // YI}亿"


def fact_output(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十二条（三） single-product output tier, with last year's figure."""
    prov = PROVISIONS["draft-12-3"]
    product = slots["products"][0]
    prev, cur = int(product["prev"]), int(product["cur"])
    crossed = tier_crossed(prov, prev, cur)
    name = rng.choice(PRODUCTS)
    if not crossed:
        templates = OUTPUT_BELOW if cur < prov.tiers[0][0] else OUTPUT_NOT_FIRST
        return _t(rng, templates, product=name, prev=r.yuan(prev), cur=r.yuan(cur))
    return _t(
        rng,
        OUTPUT_SINGLE,
        product=name,
        prev=r.yuan(prev),
        cur=r.yuan(cur),
        tier=_tier_label(crossed[0][0]),
    )


OUTPUT_MULTI = (
    "我们有两个品种：{p1}；{p2}",
    "公司两个单品今年都创了新高：{p1}，{p2}",
    "单品种年产值情况：{p1}；另外{p2}",
    "{p1}，同时{p2}",
    "今年我们{p1}；还有{p2}",
    "两个产品的情况：{p1}，{p2}",
    "请帮算一下：{p1}；{p2}",
    "年产值方面，{p1}，{p2}",
    "我们的品种A{p1}，品种B{p2}",
    "统计下来{p1}；{p2}",
    "我司{p1}，另一个品种{p2}",
    "今年两款产品都突破了：{p1}；{p2}",
    "产值数据：{p1}，{p2}",
    "我们{p1}，此外{p2}",
    "有两个品种过档：{p1}；{p2}",
)

OUTPUT_ITEM = (
    "一个品种年产值从{prev}涨到{cur}，首次突破{tier}",
    "一个品种去年{prev}、今年{cur}，第一次过{tier}",
    "某品种今年年产值{cur}（去年{prev}），首次突破{tier}",
    "一个单品年产值首次超过{tier}，由{prev}到{cur}",
)


def fact_output_multi(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十二条（三） two products each first crossing its own tier."""
    prov = PROVISIONS["draft-12-3"]
    bits = []
    for product in slots["products"]:
        prev, cur = int(product["prev"]), int(product["cur"])
        crossed = tier_crossed(prov, prev, cur)
        tier = _tier_label(crossed[0][0]) if crossed else "?"
        bits.append(_t(rng, OUTPUT_ITEM, prev=r.yuan(prev), cur=r.yuan(cur), tier=tier))
    return _t(rng, OUTPUT_MULTI, p1=bits[0], p2=bits[1])


# ------------------------------------------------------------------ 第十三条

SME_YES = (
    "我们是小微企业",
    "我们是一家中小企业",
    "公司属于中小微企业",
    "我们是小型科技企业",
    "作为一家小微企业",
    "我们属于中小微企业",
    "公司是科技型中小企业",
)
SME_NO = ("我们是大型企业", "公司规模属于大型企业", "我们是集团下属的大型企业")
REV_FORMS = (
    "上一年度营业收入{rev}",
    "去年营收{rev}",
    "2025年营业收入{rev}",
    "去年营业收入是{rev}",
    "上年度营收只有{rev}",
    "去年全年营业收入{rev}",
)
RD_FORMS = (
    "去年研发投入{rd1}、前年{rd2}",
    "研发投入方面，上一年度{rd1}，再上一年{rd2}",
    "近两年研发投入分别是{rd2}（前年）和{rd1}（去年）",
    "前年研发花了{rd2}，去年花了{rd1}",
    "上一年度研发投入{rd1}，前一年研发投入{rd2}",
    "研发投入去年{rd1}，前年{rd2}",
    "2025年研发投入{rd1}，2024年{rd2}",
)
GROWTH_YES = (
    "研发投入连续三年正增长",
    "近三年研发投入每年都在增长",
    "研发投入已经连续三年保持增长",
    "研发投入三年来一直是正增长",
    "连续三年研发投入都比上一年多",
)
GROWTH_NO = (
    "不过大前年研发投入比前年还高，并不是连续三年增长",
    "研发投入前几年有过下降，不是连续三年增长",
    "研发投入连续三年正增长这一条我们不满足",
)
RECEIVED = (
    "这项研发支持我们已经拿过三年了",
    "之前已经连续三年享受过这条研发补助",
    "研发投入这条我们累计已经支持了三年",
)


def fact_rd(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十三条: SME status, last year's revenue, two years of R&D, growth, history."""
    bits: list[str] = []
    missing = slots.get("missing")
    if slots["sme"]:
        bits.append(rng.choice(SME_YES))
    else:
        bits.append(rng.choice(SME_NO))
    body: list[str] = []
    if missing != "revenue":
        body.append(rng.choice(REV_FORMS).format(rev=r.yuan(int(slots["rev_last"]))))
    if missing == "rd_prev":
        body.append(
            rng.choice(("去年研发投入{rd1}", "上一年度研发投入{rd1}")).format(
                rd1=r.yuan(int(slots["rd_last"]))
            )
        )
    else:
        body.append(
            rng.choice(RD_FORMS).format(
                rd1=r.yuan(int(slots["rd_last"])), rd2=r.yuan(int(slots["rd_prev"]))
            )
        )
    if missing != "growth":
        if slots["growth"]:
            body.append(rng.choice(GROWTH_YES))
        elif int(slots["rd_last"]) < int(slots["rd_prev"]):
            body.append("去年研发投入比前年少")
        else:
            body.append(rng.choice(GROWTH_NO))
    if int(slots.get("years_received", 0)) >= 3:
        body.append(rng.choice(RECEIVED))
    rng.shuffle(body)
    return "，".join(bits + body)


# ------------------------------------------------------------------ 第十五条

CRO = (
    "我们是一家{org}企业，去年实际服务金额{base}",
    "{org}公司，上一年度实际服务金额{base}",
    "作为{org}，我们2025年全年实际服务金额是{base}",
    "我司做{org}业务，年度实际服务额{base}",
    "我们是昌平的{org}，去年一年实际服务金额{base}",
    "本公司属于合同外包服务机构（{org}），年度实际服务金额{base}",
    "{org}企业年度服务金额{base}的话",
    "去年我们{org}业务实际服务了{base}的金额",
    "假如一家{org}年度实际服务金额为{base}",
    "我们给药企做{org}外包服务，去年实际服务金额{base}",
    "一家{org}机构，年度服务金额做到了{base}",
    "{org}这块我们去年的实际服务金额是{base}",
    "公司主营{org}，去年全年服务金额{base}",
    "我们是第一年申请，{org}年度实际服务金额{base}",
    "请帮我算一下：{org}，年度实际服务金额{base}",
    "我们是做{org}的，去年服务金额统计下来是{base}",
    "我们{org}去年实际完成服务金额{base}",
)

CRO_RECEIVED = (
    "我们是{org}，这项支持已经连续拿了三年，今年实际服务金额{base}",
    "{org}企业，2022到2024年已经享受过三年服务平台支持，去年服务金额{base}",
    "我们{org}之前已累计获得三年支持了，年度实际服务金额{base}",
    "作为{org}，之前三年都拿过这个补贴，去年实际服务金额{base}",
    "我司{org}业务已获支持满三年，今年服务金额{base}",
)


def fact_cro(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十五条（一） CRO/CDMO/CMO service amount."""
    org = rng.choice(ORGS)
    base = r.yuan(int(slots["base"]))
    if int(slots.get("years_received", 0)) >= 3:
        return _t(rng, CRO_RECEIVED, org=org, base=base)
    return _t(rng, CRO, org=org, base=base)


PLATFORM = (
    "我们建了一个{ptype}，平台建设实际投入{base}",
    "打算申报共享服务平台，{ptype}建设实际投了{base}",
    "{ptype}平台建设实际投入{base}",
    "我们公司的{ptype}已经建成，建设实际投入共计{base}",
    "我们在昌平建设{ptype}，实际投入{base}",
    "引入的{ptype}属于共享服务平台，建设投入{base}",
    "我们做了个具有公共属性的{ptype}，建设实际投入{base}",
    "共享服务平台：{ptype}，建设实际投入金额{base}",
    "我司牵头建设{ptype}，平台建设投入合计{base}",
    "我们的{ptype}建设总投入{base}",
    "建设{ptype}实际投入了{base}",
    "如果{ptype}平台建设实际投入{base}",
    "我们申报的是{ptype}，建设实际投入{base}",
    "{ptype}（共享服务平台）建设投入{base}",
    "我们投了{base}建设{ptype}",
    "我们单位建设了{ptype}，实际投入{base}",
)


def fact_platform(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十五条（二） shared service platform construction."""
    return _t(rng, PLATFORM, ptype=rng.choice(PLATFORMS), base=r.yuan(int(slots["base"])))


# ------------------------------------------------------------------ 第十六条（三）

EVENT = (
    "我们是市场化主体，举办了一场医药健康领域的高品质{event}，活动实际发生费用{base}",
    "公司主办了{event}，实际发生费用{base}",
    "我们办了个{event}（市场化主体举办），实际花费{base}",
    "我们承办的{event}，活动实际发生费用是{base}",
    "作为市场化机构，我们举办的{event}实际费用{base}",
    "我们在昌平办了一场高品质{event}，活动费用实际发生{base}",
    "我司举办{event}，实际发生费用合计{base}",
    "一场{event}，实际发生费用{base}",
    "我们是企业，组织了生命科学{event}，实际发生费用{base}",
    "举办{event}的实际发生费用为{base}",
    "我们办的{event}总共实际花了{base}",
    "公司举办了高品质{event}，实际费用支出{base}",
    "我们去年举办{event}，活动实际发生费用{base}",
    "市场化主体举办{event}，实际发生费用{base}",
    "我们主办的{event}实际支出{base}",
)


def fact_event(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十六条（三） events held by market entities."""
    return _t(rng, EVENT, event=rng.choice(EVENTS), base=r.yuan(int(slots["base"])))


# ------------------------------------------------------------------ 2026-2028 measures

AI_DEMO = (
    "我们联合医院打造{scene}标杆示范场景，项目工程投资总额{base}",
    "{scene}示范应用项目，工程投资总额{base}",
    "我们做的{scene}标杆场景项目工程投资总额是{base}",
    "公司牵头建设{scene}示范场景，工程投资总额{base}",
    "AI+医药健康示范应用：{scene}项目，工程投资总额{base}",
    "我们有个{scene}的标杆示范项目，项目工程投资总额{base}",
    "打造{scene}标杆示范场景，工程总投资{base}",
    "我们的{scene}项目示范性很强，项目工程投资总额{base}",
    "按若干措施，{scene}示范场景项目工程投资总额{base}",
    "{scene}方向的标杆示范场景，工程投资总额为{base}",
    "我们申报AI示范应用，{scene}场景，工程投资总额{base}",
    "一个{scene}标杆示范项目，项目工程投资总额{base}",
    "我们搭建{scene}示范场景，项目工程投资合计{base}",
    "我司{scene}示范场景项目工程投资总额{base}",
    "围绕{scene}打造的示范场景，工程投资总额{base}",
)


def fact_ai_demo(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """（五） AI demonstration scenes."""
    return _t(rng, AI_DEMO, scene=rng.choice(AI_SCENES), base=r.yuan(int(slots["base"])))


PARK = (
    "我们引入全球领先的生物医药园区运营管理资源，项目投资总额{base}",
    "园区专业化管理提升项目，引入国际园区运营方，投资总额{base}",
    "我们园区引入全球领先的运营管理资源，项目投资总额是{base}",
    "强化园区建设：引入国际一流园区运营管理团队，项目投资总额{base}",
    "我们的医药园区引入全球领先运营管理资源提升管理水平，项目投资{base}",
    "园区运营管理资源引入项目，项目投资总额{base}",
    "我们打造医药健康示范园区，引入全球领先的园区运营管理资源，投资总额{base}",
    "引入全球领先的生物医药园区运营商，项目投资总额为{base}",
    "园区项目（引入全球领先园区运营管理资源）投资总额{base}",
    "我们园区和国际知名园区运营方合作，项目投资总额{base}",
    "按若干措施，引入全球领先园区运营管理资源，项目投资总额{base}",
    "我们的园区运营提升项目投资总额{base}，引入的是全球领先的运营管理资源",
    "生物医药园区引入全球领先运营管理资源，项目总投资{base}",
    "我们做园区专业化管理，引进全球领先运营资源，项目投资总额{base}",
    "引入全球领先园区运营管理资源的项目，总投资{base}",
)


def fact_park(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """（十一） park operation resources."""
    return _t(rng, PARK, base=r.yuan(int(slots["base"])))


SERVICE_FIRM = (
    "我们是{field}领域的科技服务业企业，想申请效能提升支持",
    "我们是{field}方向的科技服务企业，申请效能提升项目",
    "公司是服务{field}赛道的科技服务业企业，符合条件",
    "我们做{field}科技服务，想申请科技服务业企业效能提升的资金",
    "科技服务业企业效能提升：我们是{field}领域的科技服务企业",
    "我们是{field}赛道的科技服务业企业",
    "我司属于科技服务业，聚焦{field}，申请效能提升支持",
    "我们是{field}领域科技服务企业，想提升效能",
    "我们是一家{field}的科技服务业公司，想按完善产业服务平台体系申请",
    "作为{field}领域的科技服务业企业",
    "我们是{field}科技服务企业，效能提升",
    "我们是聚焦{field}的科技服务业企业，有个效能提升项目",
    "我们是科技服务业企业（{field}方向），想申请效能提升支持",
    "{field}领域，我们是科技服务业企业，符合条件",
    "按若干措施，我们作为{field}领域的科技服务业企业申请效能提升",
)


def fact_service_firm(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """（七） tech-service firms."""
    return _t(rng, SERVICE_FIRM, field=rng.choice(FIELDS))


FOREIGN_RD = (
    "我们是医药健康领域的外资企业，研发投入持续扩大",
    "我们是外资研发中心，研发投入今年比去年增长了",
    "我们是外资药企在昌平的研发中心，研发投入逐年增长",
    "想参加外资研发中心研发激励计划，我们是外资企业，研发投入在增长",
    "我们是外资企业，医药健康领域，研发投入增长明显",
    "公司是外商投资的医药研发中心，研发投入持续增加",
    "我们外资研发中心这两年研发投入一直在涨",
    "我们是外资医药企业，想参加研发激励计划，研发投入增长",
    "我们是外资企业研发中心，研发投入同比增长",
    "我司为外资医药企业，研发投入扩大",
    "我们是跨国药企的研发中心（外资），研发投入增长",
    "我们是外资研发中心，研发投入增长情况良好",
    "我们外资企业持续扩大研发投入",
    "作为医药健康领域外资企业，研发投入增加了",
    "我们外资研发中心研发投入今年增长较多",
)

INSTITUTE = (
    "我们是一家国际科研机构，准备落地昌平",
    "我们国际科研机构在昌平落地了",
    "我们是海外的研究所，计划在昌平设立机构",
    "一家国际科研机构落户昌平，成果产出和人才培养都不错",
    "我们国际科研机构刚在昌平落地",
    "我们是国际科研机构，已经在昌平注册落地",
    "我们是国外知名科研机构，在昌平落地了",
    "我们国际研究机构落地昌平了",
    "我们作为国际科研机构落地，开展国际交流",
    "我们海外科研机构落户昌平",
    "我们国际科研机构准备在生命谷落地",
    "我们国际科研机构在昌平设立分支",
    "我们是国际科研机构，符合条件",
    "我们是一个国际科研机构，落地昌平",
    "我们国际科研机构来昌平落地",
)

CONFERENCE = (
    "我们计划在昌平举办生命科学领域的高水平国际学术研讨会",
    "我们举办生命科学高水平国际学术会议",
    "我们要办一个生命科学领域的国际学术研讨会议",
    "我们的生命科学国际学术研讨会在昌平举办",
    "我们承办高水平国际学术研讨会议（生命科学领域）",
    "我们举办了生命科学国际学术会议",
    "我们计划举办生命科学领域的高水平国际研讨会",
    "我们组织一场高水平的生命科学国际学术研讨会",
    "我们要举办生命科学领域高水平国际学术研讨会议",
    "我们单位要办国际学术研讨会，生命科学方向",
    "我们举办生命科学国际学术研讨会议",
    "我们办生命科学领域的国际学术会议",
    "我们主办的高水平国际学术研讨会（生命科学）在昌平召开",
    "我们打算主办生命科学国际学术研讨会",
    "我们承办生命科学领域国际学术研讨会议",
)

OVERSEAS_FIRST = (
    "我们的技术成果首次在海外应用",
    "我们准备设立海外研发中心",
    "公司技术成果首次海外应用，参与一带一路合作",
    "我们在海外设立了研发中心",
    "创新药技术成果首次在海外落地应用",
    "我们的医疗器械技术首次海外应用",
    "我司刚设立海外研发中心",
    "我们的技术成果首次实现海外应用",
    "我们要在海外建一个研发中心",
    "公司技术首次在一带一路国家应用",
    "我们设立了海外研发中心，参与国际合作",
    "我们有项技术成果首次海外应用",
    "我们的创新药走出去，技术成果首次在海外应用",
    "我们企业设立了海外研发中心",
    "我们的技术首次海外应用落地了",
)

OVERSEAS_PLATFORM = (
    "我们在海外设立了孵化器，推动医药技术项目出海",
    "公司在海外建了科技园区",
    "我们在海外设立创新中心，推动优质医药技术项目出海",
    "我们直接开展跨国技术转移服务",
    "我们在海外设立了孵化器",
    "我们开展跨境技术转移服务，推动全球前沿成果在昌平转化",
    "公司在海外设立了科技园区和孵化器",
    "我们在海外建设创新中心",
    "我们做跨国（境）技术转移服务，推动项目出海",
    "我们在海外设了一个孵化器平台",
    "我们在海外设立了科技园区",
    "我们开展跨国技术转移服务，项目已经落地",
    "我们在新加坡设立了创新中心",
    "公司直接开展跨境技术转移服务",
    "我们在海外设立孵化器，推动成果转化落地",
)

FLAT_FACTS: dict[str, tuple[str, ...]] = {
    "m-12-rd": FOREIGN_RD,
    "m-12-inst": INSTITUTE,
    "m-12-conf": CONFERENCE,
    "m-13-first": OVERSEAS_FIRST,
    "m-13-platform": OVERSEAS_PLATFORM,
}


def fact_flat(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """Measures with a flat ceiling: （十二） and （十三） items."""
    return rng.choice(FLAT_FACTS[str(slots["rule"])])


FACTS: dict[str, FactFn] = {
    "draft-5-1-entry": fact_entry,
    "draft-6-1": fact_approval,
    "draft-6-2": fact_vet,
    "draft-8-1-entrust": fact_entrust,
    "draft-8-1-cmo": fact_cmo,
    "draft-8-2": fact_sales,
    "draft-11-1": fact_fda,
    "draft-11-2-in": fact_lic_in,
    "draft-11-2-out": fact_lic_out,
    "draft-12-1": fact_revenue,
    "draft-12-3": fact_output,
    "draft-13": fact_rd,
    "draft-15-1": fact_cro,
    "draft-15-2": fact_platform,
    "draft-16-3": fact_event,
    "m-5": fact_ai_demo,
    "m-7": fact_service_firm,
    "m-11": fact_park,
    "m-12-rd": fact_flat,
    "m-12-inst": fact_flat,
    "m-12-conf": fact_flat,
    "m-13-first": fact_flat,
    "m-13-platform": fact_flat,
}


def fact(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """The fact clause for any single-rule slot set."""
    if slots["rule"] == "draft-12-3" and len(slots["products"]) > 1:
        return fact_output_multi(slots, r, rng)
    if slots["rule"] == "draft-12-1" and slots.get("prev_base") is not None:
        return fact_revenue_rise(slots, r, rng)
    return FACTS[str(slots["rule"])](slots, r, rng)
