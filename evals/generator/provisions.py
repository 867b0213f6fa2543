"""Figure-bearing clauses of the two Changping policy texts, read by hand as data.

Every rule names its document, article (``第五条`` for the draft, ``（五）`` for the
2026-2028 measures), item, the base or selector it needs, its rate / amounts / caps /
thresholds / tiers, the kind of figure the text names and the conditions it states.
The reading itself is explained in ``README.md``; nothing here is derived from the
assistant under test.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

DRAFT = "changping-zone-draft"
M2026 = "changping-2026-2028"
DOC_IDS = (DRAFT, M2026)

WAN = 10_000
YI = 100_000_000

Kind = Literal["fixed", "upper_bound", "unspecified"]
Method = Literal["per_item", "rate", "flat", "tiers", "threshold_rate", "rd", "unspecified"]


@dataclass(frozen=True)
class Provision:
    """One figure-bearing (or figure-less) grant in a policy text.

    Attributes:
        rule_id: stable id used in case slots.
        doc: doc id of the source document.
        article: article as cited (``第八条`` / ``（五）``).
        item: item inside the article, if any (``（一）``).
        heading: short label of what the rule supports.
        method: how the amount is computed from slots.
        kind: kind of figure the text names (``fixed``/``upper_bound``/``unspecified``).
        base: what the base amount is, for rate rules.
        base_year: which year's figure the text fixes for the base: ``annual`` (a
            年度 figure, year not fixed by the text), ``last_year`` (上一年度),
            ``crossing_year`` (the year the threshold is first crossed), ``event``
            (one event or contract, no year), or ``none``.
        rate: rate applied to the base.
        cap: ceiling on one application of the rule.
        amounts: per-selector sums (e.g. stage → award), in yuan.
        annual_cap: per-enterprise ceiling per year over the rule's items.
        tiers: (threshold, award) pairs for tiered awards.
        threshold: threshold the base must reach (inclusive) for threshold rules.
        conditions: conditions stated in the text, in plain words.
    """

    rule_id: str
    doc: str
    article: str
    item: str | None
    heading: str
    method: Method
    kind: Kind
    base: str | None = None
    base_year: str = "none"
    rate: Fraction | None = None
    cap: int | None = None
    amounts: tuple[tuple[str, int], ...] = ()
    annual_cap: int | None = None
    tiers: tuple[tuple[int, int], ...] = ()
    threshold: int | None = None
    conditions: tuple[str, ...] = ()

    @property
    def cite(self) -> tuple[str, str]:
        """The [doc_id, article] pair a correct answer must cite."""
        return (self.doc, self.article)

    def amount_for(self, key: str) -> int:
        """Sum the text names for one selector value (stage, class, …)."""
        for name, value in self.amounts:
            if name == key:
                return value
        raise KeyError(f"{self.rule_id}: no amount for {key!r}")


def _p(**kwargs: object) -> Provision:
    return Provision(**kwargs)  # type: ignore[arg-type]


PROVISIONS: dict[str, Provision] = {
    p.rule_id: p
    for p in [
        # ---- draft 第四条: concept verification, AI projects — no figures.
        _p(
            rule_id="draft-4-1",
            doc=DRAFT,
            article="第四条",
            item="（一）",
            heading="概念验证资金",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="draft-4-2",
            doc=DRAFT,
            article="第四条",
            item="（二）",
            heading="人工智能等新技术赋能项目",
            method="unspecified",
            kind="unspecified",
        ),
        # ---- draft 第五条（一）: entry awards for class-1 drugs, per variety.
        _p(
            rule_id="draft-5-1-entry",
            doc=DRAFT,
            article="第五条",
            item="（一）",
            heading="1类新药进入临床试验奖励",
            method="per_item",
            kind="fixed",
            amounts=(("I", 50 * WAN), ("II", 100 * WAN), ("III", 200 * WAN)),
            annual_cap=1 * YI,
            conditions=(
                "1类生物制品、1类化学药、1类中药（进入阶段的奖励只对1类）",
                "每个品种按进入的阶段给予",
                "每个企业每年不超过1亿元",
            ),
        ),
        _p(
            rule_id="draft-5-1-complete",
            doc=DRAFT,
            article="第五条",
            item="（一）",
            heading="完成临床试验按投入一定比例支持",
            method="unspecified",
            kind="unspecified",
            conditions=("完成Ⅰ/Ⅱ/Ⅲ期", "2类经认定参照1类完成阶段的标准"),
        ),
        _p(
            rule_id="draft-5-2",
            doc=DRAFT,
            article="第五条",
            item="（二）",
            heading="非注册性临床试验定额奖励",
            method="unspecified",
            kind="unspecified",
            annual_cap=200 * WAN,
        ),
        # ---- draft 第六条: approval support, per variety, ceilings.
        _p(
            rule_id="draft-6-1",
            doc=DRAFT,
            article="第六条",
            item="（一）",
            heading="新药获得注册证书并产业化",
            method="per_item",
            kind="upper_bound",
            amounts=(
                ("1", 1000 * WAN),
                ("2", 500 * WAN),
                ("improved", 1000 * WAN),
                ("first_generic", 1000 * WAN),
            ),
            conditions=(
                "获得药品注册证书",
                "实施产业化",
                "2类经认定择优；重大改良型新药、首仿药参照1类",
            ),
        ),
        _p(
            rule_id="draft-6-2",
            doc=DRAFT,
            article="第六条",
            item="（二）",
            heading="新兽药注册证书并产业化",
            method="per_item",
            kind="upper_bound",
            amounts=(("1", 300 * WAN), ("2", 200 * WAN), ("3", 100 * WAN)),
            conditions=("一、二、三类新兽药注册证书", "实施产业化"),
        ),
        # ---- draft 第八条: contract manufacturing and sales platforms.
        _p(
            rule_id="draft-8-1-entrust",
            doc=DRAFT,
            article="第八条",
            item="（一）",
            heading="持有人委托生产",
            method="rate",
            kind="upper_bound",
            base="该品种实际交易额",
            base_year="event",
            rate=Fraction(1, 10),
        ),
        _p(
            rule_id="draft-8-1-cmo",
            doc=DRAFT,
            article="第八条",
            item="（一）",
            heading="按持有人制度承担生产（受托生产）",
            method="rate",
            kind="upper_bound",
            base="实际投入金额",
            base_year="event",
            rate=Fraction(1, 5),
        ),
        _p(
            rule_id="draft-8-2",
            doc=DRAFT,
            article="第八条",
            item="（二）",
            heading="医药健康销售平台型企业",
            method="rate",
            kind="fixed",
            base="年度销售收入",
            base_year="annual",
            rate=Fraction(2, 1000),
        ),
        # ---- draft 第九、十条: no figures.
        _p(
            rule_id="draft-9",
            doc=DRAFT,
            article="第九条",
            item=None,
            heading="国际领军人才团队、原创技术企业",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="draft-10",
            doc=DRAFT,
            article="第十条",
            item=None,
            heading="重大产业化项目固定资产投资一定比例",
            method="unspecified",
            kind="unspecified",
        ),
        # ---- draft 第十一条: internationalisation.
        _p(
            rule_id="draft-11-1",
            doc=DRAFT,
            article="第十一条",
            item="（一）",
            heading="新获FDA/EMA等认证的注册费用",
            method="rate",
            kind="upper_bound",
            base="实际注册费用（含海外注册费、检测费、当地代理费）",
            base_year="event",
            rate=Fraction(3, 10),
            conditions=("新获得国际权威机构认证",),
        ),
        _p(
            rule_id="draft-11-2-in",
            doc=DRAFT,
            article="第十一条",
            item="（二）",
            heading="License-in 引进并产业化",
            method="per_item",
            kind="upper_bound",
            amounts=(("in", 100 * WAN),),
            conditions=("从国外引进到本土产业化", "产品上市后"),
        ),
        _p(
            rule_id="draft-11-2-out",
            doc=DRAFT,
            article="第十一条",
            item="（二）",
            heading="License-out 合同总额超过1亿美元",
            method="per_item",
            kind="upper_bound",
            amounts=(("out", 50 * WAN),),
            threshold=1 * YI,
            conditions=("合同总额超过1亿美元（严格大于）", "合同签订后"),
        ),
        # ---- draft 第十二条: scale-up.
        _p(
            rule_id="draft-12-1",
            doc=DRAFT,
            article="第十二条",
            item="（一）",
            heading="主营业务收入首次突破5亿元",
            method="threshold_rate",
            kind="fixed",
            base="年度主营业务收入",
            base_year="crossing_year",
            rate=Fraction(2, 1000),
            threshold=5 * YI,
            conditions=("首次", "5亿元（含）以上"),
        ),
        _p(
            rule_id="draft-12-2",
            doc=DRAFT,
            article="第十二条",
            item="（二）",
            heading="国家级重大专项配套",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="draft-12-3",
            doc=DRAFT,
            article="第十二条",
            item="（三）",
            heading="单品种年产值首次突破",
            method="tiers",
            kind="fixed",
            tiers=(
                (5000 * WAN, 20 * WAN),
                (1 * YI, 40 * WAN),
                (5 * YI, 200 * WAN),
                (10 * YI, 500 * WAN),
                (20 * YI, 1000 * WAN),
            ),
            conditions=("单品种", "首次突破该档"),
        ),
        # ---- draft 第十三条: R&D for SMEs.
        _p(
            rule_id="draft-13",
            doc=DRAFT,
            article="第十三条",
            item=None,
            heading="中小微企业研发投入",
            method="rd",
            kind="upper_bound",
            base="上一年度研发投入",
            base_year="last_year",
            rate=Fraction(1, 10),
            conditions=(
                "中小微企业",
                "上一年度营业收入不足3000万元（严格小于）",
                "上两年研发投入总额达1000万元以上（含）",
                "连续三年研发投入正增长",
                "累计支持不超过三年",
            ),
        ),
        # ---- draft 第十四条（三）: risk compensation — no figure.
        _p(
            rule_id="draft-14-3",
            doc=DRAFT,
            article="第十四条",
            item="（三）",
            heading="银行信贷风险补偿",
            method="unspecified",
            kind="unspecified",
        ),
        # ---- draft 第十五条: service platforms.
        _p(
            rule_id="draft-15-1",
            doc=DRAFT,
            article="第十五条",
            item="（一）",
            heading="CRO/CDMO/CMO 合同外包服务",
            method="rate",
            kind="upper_bound",
            base="年度实际服务金额",
            base_year="annual",
            rate=Fraction(1, 5),
            conditions=("经评审", "累计支持不超过三年"),
        ),
        _p(
            rule_id="draft-15-2",
            doc=DRAFT,
            article="第十五条",
            item="（二）",
            heading="共享服务平台建设",
            method="rate",
            kind="upper_bound",
            base="平台建设实际投入",
            base_year="event",
            rate=Fraction(3, 10),
            cap=3000 * WAN,
            conditions=("经认定",),
        ),
        _p(
            rule_id="draft-15-2-operating",
            doc=DRAFT,
            article="第十五条",
            item="（二）",
            heading="已运营共享服务平台择优奖励",
            method="unspecified",
            kind="unspecified",
        ),
        # ---- draft 第十六条（三）: events and alliances.
        _p(
            rule_id="draft-16-3",
            doc=DRAFT,
            article="第十六条",
            item="（三）",
            heading="市场化主体举办高品质活动",
            method="rate",
            kind="upper_bound",
            base="活动实际发生费用",
            base_year="event",
            rate=Fraction(1, 5),
            conditions=("经认定",),
        ),
        _p(
            rule_id="draft-16-3-alliance",
            doc=DRAFT,
            article="第十六条",
            item="（三）",
            heading="产业联盟、创新联合体运营补贴",
            method="unspecified",
            kind="unspecified",
        ),
        # ---- 2026-2028 measures with figures.
        _p(
            rule_id="m-5",
            doc=M2026,
            article="（五）",
            item=None,
            heading="AI+医药健康标杆示范场景",
            method="rate",
            kind="upper_bound",
            base="项目工程投资总额",
            base_year="event",
            rate=Fraction(3, 10),
            cap=5000 * WAN,
        ),
        _p(
            rule_id="m-7",
            doc=M2026,
            article="（七）",
            item=None,
            heading="科技服务业企业效能提升",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 2000 * WAN),),
        ),
        _p(
            rule_id="m-11",
            doc=M2026,
            article="（十一）",
            item=None,
            heading="园区运营管理资源引入",
            method="rate",
            kind="upper_bound",
            base="项目投资总额",
            base_year="event",
            rate=Fraction(1, 2),
            cap=3000 * WAN,
        ),
        _p(
            rule_id="m-12-rd",
            doc=M2026,
            article="（十二）",
            item=None,
            heading="外资研发中心研发激励",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 1000 * WAN),),
        ),
        _p(
            rule_id="m-12-inst",
            doc=M2026,
            article="（十二）",
            item=None,
            heading="国际科研机构落地",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 300 * WAN),),
        ),
        _p(
            rule_id="m-12-conf",
            doc=M2026,
            article="（十二）",
            item=None,
            heading="高水平国际学术研讨会议",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 300 * WAN),),
        ),
        _p(
            rule_id="m-13-first",
            doc=M2026,
            article="（十三）",
            item=None,
            heading="技术成果首次海外应用、设立海外研发中心",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 200 * WAN),),
        ),
        _p(
            rule_id="m-13-platform",
            doc=M2026,
            article="（十三）",
            item=None,
            heading="海外科技园区/孵化器/创新中心、跨国技术转移",
            method="flat",
            kind="upper_bound",
            amounts=(("flat", 300 * WAN),),
        ),
        # ---- 2026-2028 measures granting support without a figure.
        _p(
            rule_id="m-1",
            doc=M2026,
            article="（一）",
            item=None,
            heading="高能级创新平台资金支持",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="m-4",
            doc=M2026,
            article="（四）",
            item=None,
            heading="智能算力市级算力券补贴",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="m-9",
            doc=M2026,
            article="（九）",
            item=None,
            heading="私募股权投资基金相应资金支持",
            method="unspecified",
            kind="unspecified",
        ),
        _p(
            rule_id="m-14",
            doc=M2026,
            article="（十四）",
            item=None,
            heading="青年拔尖人才资金支持",
            method="unspecified",
            kind="unspecified",
        ),
    ]
}

# Draft articles: article → title (None where the article has no title of its own).
DRAFT_ARTICLES: dict[str, str | None] = {
    "第一条": None,
    "第二条": None,
    "第三条": None,
    "第四条": "支持前沿领域创新突破",
    "第五条": "支持新药临床研发",
    "第六条": "支持新药申报上市",
    "第七条": "支持高端诊疗设备创新发展",
    "第八条": "支持产品委托生产和销售",
    "第九条": None,
    "第十条": None,
    "第十一条": "支持提升国际化水平",
    "第十二条": "支持企业扩能升级",
    "第十三条": "支持企业研发创新",
    "第十四条": "发挥金融活水作用",
    "第十五条": "布局关键服务平台",
    "第十六条": "优化企业发展环境",
    "第十七条": None,
    "第十八条": None,
}


@dataclass(frozen=True)
class Measure:
    """A numbered measure of the 2026-2028 document with its responsible units."""

    article: str
    title: str
    section: str
    units: tuple[str, ...]


_S1, _S2, _S3 = "一、提升创新策源能力", "二、强化产业发展支撑", "三、打造一流产业集聚区"
_S4, _S5, _S6 = "四、提高国际化发展水平", "五、构筑高水平人才高地", "六、做好组织保障"

MEASURES: tuple[Measure, ...] = (
    Measure("（一）", "强化原始创新策源", _S1, ("市科委中关村管委会", "昌平区政府")),
    Measure(
        "（二）",
        "提升临床研究水平",
        _S1,
        ("市卫生健康委", "市科委中关村管委会", "市药监局", "昌平区政府"),
    ),
    Measure(
        "（三）",
        "加快创新成果转化",
        _S1,
        ("市科委中关村管委会", "市经济和信息化局", "市教委", "市卫生健康委", "昌平区政府"),
    ),
    Measure(
        "（四）",
        "夯实AI+医药健康要素基础",
        _S1,
        (
            "市发展改革委",
            "市经济和信息化局",
            "市科委中关村管委会",
            "市卫生健康委",
            "市医保局",
            "市政务和数据局",
            "昌平区政府",
        ),
    ),
    Measure(
        "（五）",
        "加快AI+医药健康示范应用",
        _S1,
        (
            "市发展改革委",
            "市卫生健康委",
            "市科委中关村管委会",
            "市医保局",
            "市药监局",
            "昌平区政府",
        ),
    ),
    Measure(
        "（六）", "加快创新药械研发上市", _S2, ("市科委中关村管委会", "市药监局", "昌平区政府")
    ),
    Measure(
        "（七）",
        "完善产业服务平台体系",
        _S2,
        (
            "市科委中关村管委会",
            "市发展改革委",
            "市经济和信息化局",
            "市卫生健康委",
            "市国资委",
            "昌平区政府",
        ),
    ),
    Measure(
        "（八）",
        "探索创新药械多元支付方式",
        _S2,
        (
            "昌平区政府",
            "市医保局",
            "北京金融监管局",
            "市委金融办",
            "市科委中关村管委会",
            "市卫生健康委",
        ),
    ),
    Measure(
        "（九）",
        "加大科技金融创新赋能",
        _S2,
        (
            "昌平区政府",
            "市科委中关村管委会",
            "市国资委",
            "市委金融办",
            "人民银行北京市分行",
            "北京金融监管局",
            "北京证监局",
        ),
    ),
    Measure(
        "（十）",
        "加速特色产业集聚",
        _S3,
        ("市发展改革委", "市科委中关村管委会", "市经济和信息化局", "市药监局", "昌平区政府"),
    ),
    Measure(
        "（十一）",
        "强化园区建设支持",
        _S3,
        ("市发展改革委", "市科委中关村管委会", "市经济和信息化局", "昌平区政府"),
    ),
    Measure("（十二）", "汇聚全球创新资源", _S4, ("市科委中关村管委会", "昌平区政府")),
    Measure(
        "（十三）",
        "加强出海支持",
        _S4,
        ("市科委中关村管委会", "市商务局", "市药监局", "昌平区政府"),
    ),
    Measure(
        "（十四）",
        "构建多层次人才梯队",
        _S5,
        (
            "市人才局",
            "市教委",
            "市发展改革委",
            "市人力资源社会保障局",
            "市卫生健康委",
            "市科委中关村管委会",
            "昌平区政府",
        ),
    ),
    Measure(
        "（十五）",
        "完善人才配套保障",
        _S5,
        (
            "市规划自然资源委",
            "市教委",
            "市住房城乡建设委",
            "市卫生健康委",
            "市交通委",
            "市重大项目办",
            "市发展改革委",
            "昌平区政府",
        ),
    ),
    Measure(
        "（十六）",
        "推动建立市区联动推进机制",
        _S6,
        (
            "市科委中关村管委会",
            "市经济和信息化局",
            "市发展改革委",
            "市卫生健康委",
            "市药监局",
            "市医保局",
            "市人才局",
            "市人力资源社会保障局",
            "市住房城乡建设委",
            "昌平区政府",
        ),
    ),
    Measure(
        "（十七）",
        "强化政策集成落地",
        _S6,
        (
            "市科委中关村管委会",
            "市经济和信息化局",
            "市发展改革委",
            "市规划自然资源委",
            "市商务局",
            "市卫生健康委",
            "市医保局",
            "市药监局",
            "昌平区政府",
        ),
    ),
)

M2026_PUBLISHED = "2026-02-04"
M2026_VALID_UNTIL = "2028-12-31"
DRAFT_INTERPRETER = "北京未来科学城管理委员会"
M2026_INTERPRETER = "市科委中关村管委会"


def provision(rule_id: str) -> Provision:
    """Look a rule up by id."""
    return PROVISIONS[rule_id]


def valid_article(doc: str, article: str) -> bool:
    """Whether ``article`` is a citable article of ``doc`` in the contract's shape."""
    if doc == DRAFT:
        return article in DRAFT_ARTICLES
    if doc == M2026:
        return article in {m.article for m in MEASURES}
    return False
