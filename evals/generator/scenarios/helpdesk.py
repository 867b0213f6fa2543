"""Help-desk families: clause lookups, responsible units, validity, figure-less grants.

* ``lookups``: the text of a clause by number or title, the 责任单位 of a 2026-2028
  measure (``must_include`` its first listed unit), validity on a date (``must_include``
  2028), who interprets each document, whether the draft is in force.
* ``unspecified``: clauses that grant support without naming a figure → answered,
  ``kind: unspecified``, amount null.
"""

from __future__ import annotations

import random
from typing import Any

from .. import surface
from ..provisions import (
    DRAFT,
    DRAFT_ARTICLES,
    DRAFT_INTERPRETER,
    M2026,
    M2026_INTERPRETER,
    MEASURES,
    WAN,
)
from .common import Collector, Render, pick_step

DRAFT_NUM = (
    "{a}原文是什么",
    "{a}说了什么",
    "把{a}的内容发我看看",
    "{a}具体怎么规定的",
    "支持办法{a}讲的是什么",
    "征求意见稿{a}的条文是什么",
    "请给出{a}的原文",
    "{a}是关于什么的",
    "{a}写的啥",
    "帮我查一下{a}",
    "{a}的全文",
    "昌平组团支持办法{a}的内容",
    "我想看{a}",
    "{a}怎么说的？",
    "{a}主要内容是什么",
    "自贸区昌平组团那个办法的{a}讲了啥",
)
DRAFT_TITLE = (
    "“{t}”这一条怎么规定的",
    "{t}是哪一条？内容是什么",
    "关于{t}的条款原文",
    "{t}那条讲了什么",
    "支持办法里{t}的规定",
    "征求意见稿中{t}的内容",
    "{t}这条原文发我一下",
    "请介绍一下{t}这一条",
)
M_TEXT = (
    "若干措施{a}讲了什么",
    "2026-2028若干措施的{a}是什么内容",
    "{a}{t}讲了什么",
    "若干措施{a}的原文",
    "若干措施里的“{t}”是怎么写的",
    "若干措施中第{n}项措施说了什么",
    "{t}这项措施的内容是什么",
    "《若干措施》{a}{t}原文",
    "措施{a}是关于什么的",
    "关于支持昌平区医药健康产业高质量发展的若干措施{a}讲的啥",
    "请给出若干措施{a}的全文",
    "若干措施“{t}”具体写了什么",
)
M_UNITS = (
    "{a}{t}的责任单位有哪些",
    "“{t}”这项措施由哪些部门负责",
    "若干措施{a}的责任单位是谁",
    "{a}后面括号里列的单位是哪些",
    "{t}归哪些部门负责",
    "若干措施{a}由哪些单位落实",
    "{t}的责任部门有哪些",
    "请问{a}{t}是哪些部门负责的",
    "若干措施{a}（{t}）的责任单位",
)
VALID_IN = (
    "若干措施有效期到什么时候",
    "2026-2028若干措施什么时候到期",
    "{y}年还能申请若干措施的支持吗",
    "若干措施到哪年底失效",
    "这个若干措施{y}年{m}月还有效吗",
    "关于支持昌平区医药健康产业高质量发展的若干措施有效期多久",
    "若干措施{y}年还在有效期内吗",
)
VALID_OUT = (
    "{y}年还能申请若干措施的支持吗",
    "{y}年按若干措施{a}申请还来得及吗",
    "若干措施{y}年还有效吗",
    "{y}年{m}月还能按若干措施申请资金吗",
)
INTERP_DRAFT = (
    "支持办法由哪个单位负责解释",
    "征求意见稿的解释权归谁",
    "昌平组团支持办法谁来解释",
    "这个支持办法（修订稿）由谁负责解释",
)
INTERP_M = ("若干措施由哪个部门负责解释", "若干措施的解释单位是谁", "2026-2028若干措施谁负责解释")
DRAFT_STATUS = (
    "昌平组团支持办法现在生效了吗",
    "这个支持办法（修订稿）已经正式施行了吗",
    "自贸区昌平组团的支持办法是正式文件吗",
    "昌平组团那个支持办法是定稿吗",
)


def _arabic_article(article: str) -> str:
    """``第十五条`` → ``第15条``."""
    digits = "一二三四五六七八九"
    body = article[1:-1]
    if body == "十":
        n = 10
    elif body.startswith("十"):
        n = 10 + digits.index(body[1]) + 1
    else:
        n = digits.index(body) + 1
    return f"第{n}条"


def _wrap(text: str, rng: random.Random) -> str:
    return f"{rng.choice(surface.INTROS)}{text}{rng.choice(['', '？', '', '。'])}"


def _lookup(rng: random.Random, shape: str) -> tuple[list[str], dict[str, Any]]:
    if shape == "draft_num":
        article = rng.choice(list(DRAFT_ARTICLES))
        shown = _arabic_article(article) if rng.random() < 0.25 else article
        text = rng.choice(DRAFT_NUM).format(a=shown)
        return [_wrap(text, rng)], {"rule": "lookup", "doc": DRAFT, "article": article}
    if shape == "draft_title":
        article, title = rng.choice([(a, t) for a, t in DRAFT_ARTICLES.items() if t])
        text = rng.choice(DRAFT_TITLE).format(t=title)
        return [_wrap(text, rng)], {"rule": "lookup", "doc": DRAFT, "article": article}
    if shape == "m_text":
        m = rng.choice(MEASURES)
        shown = m.article.replace("（", "(").replace("）", ")") if rng.random() < 0.3 else m.article
        text = rng.choice(M_TEXT).format(a=shown, t=m.title, n=m.article[1:-1])
        return [_wrap(text, rng)], {"rule": "lookup", "doc": M2026, "article": m.article}
    if shape == "m_units":
        m = rng.choice(MEASURES)
        text = rng.choice(M_UNITS).format(a=m.article, t=m.title)
        return [_wrap(text, rng)], {
            "rule": "lookup",
            "doc": M2026,
            "article": m.article,
            "must": [m.units[0]],
        }
    if shape == "valid_in":
        text = rng.choice(VALID_IN).format(y=rng.choice([2026, 2027, 2028]), m=rng.randint(3, 12))
        return [_wrap(text, rng)], {"rule": "validity", "must": ["2028"]}
    if shape == "valid_out":
        m = rng.choice(MEASURES)
        text = rng.choice(VALID_OUT).format(
            y=rng.choice([2029, 2030, 2031, 2032]), m=rng.randint(1, 12), a=m.article
        )
        return [_wrap(text, rng)], {"rule": "validity", "must": ["2028"], "expired": True}
    if shape == "interp_draft":
        return [_wrap(rng.choice(INTERP_DRAFT), rng)], {
            "rule": "lookup",
            "doc": DRAFT,
            "article": "第十八条",
            "must": [DRAFT_INTERPRETER],
        }
    if shape == "interp_m":
        return [_wrap(rng.choice(INTERP_M), rng)], {"rule": "info", "must": [M2026_INTERPRETER]}
    return [_wrap(rng.choice(DRAFT_STATUS), rng)], {"rule": "info", "must": ["征求意见稿"]}


LOOKUP_SHAPES = (
    "draft_num",
    "draft_num",
    "draft_title",
    "m_text",
    "m_text",
    "m_units",
    "m_units",
    "valid_in",
    "valid_out",
    "draft_num",
    "m_units",
    "interp_draft",
    "interp_m",
    "draft_status",
    "draft_title",
    "m_text",
)


def build_lookups(col: Collector, rng: random.Random) -> None:
    """Clause text, responsible units, validity, interpretation, draft status."""
    i = 0

    def make() -> None:
        nonlocal i
        shape = LOOKUP_SHAPES[i % len(LOOKUP_SHAPES)]
        i += 1
        turns, slots = _lookup(rng, shape)
        col.add(turns, slots)

    col.fill(make)


UNSPECIFIED: dict[str, tuple[str, ...]] = {
    "draft-4-1": (
        "医疗机构做临床科技成果转化的概念验证项目能拿多少钱",
        "概念验证资金支持是多少",
        "我们的早期项目做概念验证，能申请多少概念验证资金",
        "概念验证活动有资金支持吗，给多少",
        "临床成果转化概念验证项目补助金额多少",
        "概念验证资金每个项目多少钱",
        "医企协同做概念验证能支持多少",
    ),
    "draft-4-2": (
        "AI辅助药物研发项目转化应用后能拿多少",
        "我们的数字疗法项目转化应用了，能给多少支持",
        "人工智能赋能医药的项目，经认定每个项目给多少钱",
        "手术机器人项目转化应用后能支持多少",
        "互联网医院项目落地后能拿多少资金",
        "脑机接口项目转化应用，每个项目给多少",
    ),
    "draft-5-1-complete": (
        "{drug}完成了{stage}临床试验，能拿多少",
        "我们{drug}{stage}临床做完了，给多少支持",
        "{drug}完成{stage}临床后能申请多少资金",
        "完成{stage}临床的{drug}每个品种支持多少",
        "经认定的{drug2}完成{stage}临床能拿多少",
        "我们的{drug2}已完成{stage}临床，支持多少",
        "{drug}{stage}临床试验已经完成，能补多少",
    ),
    "draft-5-2": (
        "细胞与基因治疗领域做非注册性临床试验，每个品种奖励多少",
        "非注册性临床试验的定额奖励是多少钱",
        "我们开展CGT非注册性临床研究，能拿多少奖励",
        "前沿领域非注册性临床试验一个品种给多少",
        "基因治疗的非注册性临床试验，一次性奖励多少钱",
    ),
    "draft-9": (
        "我们有国际领军人才团队和原创技术，能给多少资金支持",
        "拥有国际原创品种的企业经认定能拿多少",
        "预期有重大产业贡献的企业能支持多少钱",
        "国际领军团队创办的企业落地昌平能补多少",
    ),
    "draft-10": (
        "全球领先的产业化项目，固定资产投资{x}，能按多少比例支持",
        "重大产业化项目固定资产投资能补多少",
        "项目固定资产实际投资额{x}（不含房产土地），能给多少",
        "具有全局引领作用的产业化项目能拿多少",
    ),
    "draft-12-2": (
        "我们拿到国家级重大专项资金{x}，区里配套多少",
        "获得国家重大专项支持的企业能拿多少配套",
        "重要资质认定资金支持后，配套能给多少",
        "国家级重大专项任务获得{x}，配套支持多少",
    ),
    "draft-14-3": (
        "银行给科创企业发知识产权质押贷出现损失，能补偿多少",
        "信贷风险补偿能补多少",
        "我们银行的认股权贷损失了{x}本金，风险补偿多少",
        "银行并购贷发生损失的风险补偿是多少",
    ),
    "draft-15-2-operating": (
        "我们的共享服务平台已经投入运营了，能拿多少奖励",
        "已运营的检验检测共享平台，择优奖励是多少",
        "共享服务平台运营效果好，奖励金额多少",
        "已投入运营的实验动物服务平台能奖励多少",
    ),
    "draft-16-3-alliance": (
        "我们牵头组建的产业联盟获得了市级认定，运营补贴多少",
        "创新联合体获国家认定后能拿多少运营补贴",
        "产业联盟运营补贴能给多少",
        "区级认定的创新联合体运营补贴是多少",
    ),
    "m-1": (
        "高能级创新平台能拿多少资金支持",
        "若干措施里对高水平研发团队的创新平台给多少钱",
        "我们是高能级创新平台，按若干措施能支持多少",
        "强化原始创新策源那条对创新平台支持多少钱",
    ),
    "m-4": (
        "使用智能算力的企业能补贴多少",
        "算力券能补多少钱",
        "我们用了智算设施的算力，若干措施补贴多少",
        "符合条件使用智能算力，算力券给多少",
    ),
    "m-9": (
        "私募股权投资基金投了细胞与基因治疗，能拿多少支持",
        "投资机构根据实缴规模能拿多少钱",
        "投保临床试验责任保险的企业能支持多少",
        "我们基金实缴{x}，投了脑机接口项目，能给多少",
    ),
    "m-14": (
        "纳入高层次创新创业人才计划的青年拔尖人才能拿多少钱",
        "青年拔尖人才资金支持是多少",
        "若干措施对青年拔尖人才给多少资金",
        "入选高层次创新创业人才计划的青年人才补多少",
    ),
}


def build_unspecified(col: Collector, rng: random.Random) -> None:
    """Support granted without a figure → kind unspecified, amount null."""
    rules = list(UNSPECIFIED)
    i = 0

    def make() -> None:
        nonlocal i
        rule = rules[i % len(rules)]
        i += 1
        r = Render(rng)
        template = rng.choice(UNSPECIFIED[rule])
        text = template.format(
            drug=surface.drug(1, rng),
            drug2=surface.drug(2, rng),
            stage=surface.stage(rng.choice(["I", "II", "III"]), rng),
            x=r.yuan(pick_step(rng, 500 * WAN, 50000 * WAN, 100 * WAN))
            if "{x}" in template
            else "",
        )
        col.add([_wrap(text, rng) + rng.choice(surface.OUTROS)], {"rule": rule}, r)

    col.fill(make)
