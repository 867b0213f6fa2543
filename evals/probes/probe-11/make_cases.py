#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
make_cases.py -- held-out evaluation set "p11" for the Changping policy-QA assistant.

Python 3 stdlib only.  Seeded (SEED = 20261202).  Writes cases.jsonl and README.md
next to this file.  Every expected amount is produced by the reference functions
below (ref_*), applied to the very slot values that are rendered into the user's
words.  No expected amount is typed by hand.

Written only from /work/shared/CONTRACT.md and the two policy texts in
/work/shared/policies/.

===================================================================================
READING NOTES -- every clause that carries a computable amount or threshold
===================================================================================
doc changping-zone-draft  (征求意见稿, not in force; computations still answered)

第五条（一） "1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，每个品种分别
    给予50万元、100万元、200万元的奖励；完成Ⅰ期、Ⅱ期、Ⅲ期临床试验，结合实际临床研发投入，
    每个品种分别给予一定比例的资金支持。经认定的2类…可参照1类…完成相应临床阶段的标准给予支持。
    每个企业每年支持金额不超过1亿元。"
    -> entering a phase, class 1 only: 50/100/200万 PER VARIETY, kind fixed (CONTRACT
       names 进入Ⅱ期 100万元 as its example of `fixed`).
    -> completing a phase: 一定比例 -> kind unspecified, amount null (whatever R&D spend is given).
    -> class 2: only "参照…完成相应临床阶段的标准" i.e. the completion standard (一定比例)
       -> unspecified.  Class 2 ENTERING a phase: text is silent -> AMBIGUOUS, no cases.
    -> cap PER ENTERPRISE PER YEAR 1亿元 over the whole 第五条（一）.  When the cap binds the
       kind is not checked (fixed sum cut by a ceiling: CONTRACT does not say which kind).
第五条（二） "非注册性临床试验的，每个品种给予定额一次性奖励，每个企业每年支持金额不超过200万元。"
    -> 定额 without a number; the 200万 is a per-enterprise per-year ceiling.  AMBIGUOUS
       whether kind is unspecified or upper_bound 200万 -> status checked only.
第六条（一） "获得药品注册证书且实施产业化的1类生物制品、1类化学药和1类中药，单品种给予最高
    1000万元…2类…单品种择优给予最高500万元…重大改良型新药、首仿药等可参照1类…"
    -> PER PRODUCT caps: 1类 1000万, 2类 500万, 经认定重大改良型新药/首仿药 1000万;
       upper_bound; no enterprise cap -> several products add up.  Condition: 注册证书 AND 产业化.
第六条（二） "获得一、二、三类新兽药注册证书且实施产业化的动物药，经认定单品种分别给予最高
    300万元、200万元、100万元" -> PER PRODUCT caps, upper_bound; 四类/五类 not covered.
第七条  devices -> "按照昌平区关于医疗器械创新发展的相关政策措施" (not in corpus): no figure.
第八条（一） "对委托医药健康企业生产…的企业，按照不超过该品种实际交易额的10%给予资金支持。
    对医药健康企业按照药品上市许可持有人制度承担生产的，按照不超过实际投入金额的20%"
    -> entrusting party: <=10% of that product's 实际交易额 (per product base, no cap);
       manufacturer: <=20% of 实际投入金额 (no cap).  upper_bound.
第八条（二） "支持设立医药健康销售平台型企业，按照年度销售收入的2‰给予资金支持。"
    -> 2‰ of annual sales revenue, no 不超过 -> kind AMBIGUOUS (fixed vs upper_bound): not checked.
第十一条（一） "新获得FDA、EMA等…认证的药品，按照不超过实际注册费用（含海外注册费、检测费、
    当地代理费）的30%" -> <=30% of (注册费+检测费+代理费); upper_bound; no cap.  Drugs only.
第十一条（二） "License-in…产品上市后，单品种给予最高100万元…License-out…合同总额超过1亿美元的，
    合同签订后，单品种给予最高50万元" -> in: 100万 PER PRODUCT after listing;
    out: 50万 per product when contract total > 1亿美元 (strictly), after signing.
    Several products under ONE license-out contract: AMBIGUOUS (threshold per contract or
    per product) -> only one product per license-out case.
第十二条（一） "年度主营业务收入首次突破5亿元（含）以上的医药健康企业，按照主营业务收入的2‰"
    -> first year with 主营业务收入 >= 5亿 (inclusive) -> 2‰ × 主营业务收入; kind not checked
       (as 第八条（二）).  Not first time / below 5亿 -> ineligible.
第十二条（二） 国家级重大专项 配套 "一定比例" -> unspecified.
第十二条（三） "单品种年产值首次突破5000万元、1亿元、5亿元、10亿元、20亿元…分别给予20万元、
    40万元、200万元、500万元、1000万元的奖励" -> PER PRODUCT, reward for the tier first exceeded;
    kind fixed.  A product jumping over SEVERAL tiers in one year: AMBIGUOUS (cumulative or
    top tier only) -> never generated.  Exactly equal to a tier ("突破" = exceed?): AMBIGUOUS
    -> never generated.  No new tier crossed / below 5000万 -> ineligible.
第十三条 "上一年度营业收入不足3000万元、上两年研发投入总额达1000万元以上、连续三年研发投入保持
    正增长的中小微企业，按照不超过上一年度研发投入的10%给予资金支持，累计支持不超过三年。"
    -> conditions: revenue < 3000万 (strict), R&D(前年)+R&D(去年) >= 1000万 (inclusive),
       three years' growth (stated in words; the exact count of years is AMBIGUOUS so it is
       always stated literally, or clearly broken by a fall), 中小微, fewer than 3 years
       already received.  Amount <= 10% × last year's R&D, upper_bound, no cap.
第十五条（一） "CRO、CDMO、CMO…按照不超过年度实际服务金额的20%给予资金支持，累计支持不超过三年。"
    -> <=20% × annual actual service amount; upper_bound; 3 years max per enterprise.
第十五条（二） "共享服务平台…可按照不超过平台建设实际投入的30%给予最高3000万元资金支持"
    -> min(30% × investment, 3000万) PER PLATFORM; upper_bound.  Operating platforms:
       "择优给予一定的资金奖励" -> unspecified.
第十六条（三） "市场化主体举办的高品质活动…可按照不超过活动实际发生费用的20%予以资金支持"
    -> <=20% × actual event cost; upper_bound; no cap.  联盟 "一定比例运营补贴" -> unspecified.
第四条、第九条、第十条、第十四条（三） -> 一定资金支持 / 一定比例 -> unspecified.
第十七条 "同一项目、同一事项同时符合本办法多项条款或昌平区其他扶持政策的，按照'从优不重复'原则
    予以支持…符合北京市市级其他扶持政策规定的，可申请同时享受市、区两级政策支持"
    -> within the draft, the SAME item under two clauses: take the larger (only generated when
       the user says explicitly that it is the same project); a municipal award elsewhere
       does not reduce the district amount.  Whether the 2026-2028 measures are a
       "昌平区其他扶持政策" or a 市级 policy is AMBIGUOUS -> no same-item cross-document cases;
       different projects under both documents are simply added.

doc changping-2026-2028  (published 2026-02-04, valid to 2028-12-31; article = （N）)
（五） "对符合条件、示范性强的项目给予不超过项目工程投资总额30%、最高5000万元的资金支持"
    -> min(30% × 项目工程投资总额, 5000万) per project; upper_bound.
（七） "支持科技服务业企业效能提升，对于符合条件的，按照规定给予不超过2000万元资金支持"
    -> upper_bound 2000万 (no base).
（十一） "引入全球领先的生物医药园区运营管理资源…给予不超过项目投资总额50%、最高3000万元"
    -> min(50% × 项目投资总额, 3000万); upper_bound.
（十二） 外资研发中心研发激励 "根据研发投入增长情况给予不超过1000万元"; 国际科研机构落地
    "不超过300万元"; 高水平国际学术研讨会议 "不超过300万元" -> upper_bound ceilings.
    外资研发中心 requires 外资企业 -> a domestic firm is ineligible.
（十三） 首次海外应用/海外研发中心 "不超过200万元"; 海外园区/孵化器/创新中心/跨国技术转移
    "分档给予不超过300万元" -> upper_bound ceilings.
（一）（四）（九）（十四） -> 资金支持 / 算力券 / 相应资金支持 without figures -> unspecified.
Validity: "印发之日起施行，有效期至2028年12月31日" (final paragraph, no measure number).
===================================================================================
"""
import json
import os
import random
from fractions import Fraction as F

SEED = 20261202
HERE = os.path.dirname(os.path.abspath(__file__))
WAN = 10 ** 4
YI = 10 ** 8
ZD = "changping-zone-draft"
CP = "changping-2026-2028"

# ----------------------------------------------------------------------------------
# Reference functions.  Each returns (amount_yuan, kind) or raises Ineligible.
# kind None = "do not check kind" (text ambiguous about fixed vs upper_bound).
# ----------------------------------------------------------------------------------


class Ineligible(Exception):
    pass


def _yuan(fr):
    fr = F(fr)
    assert fr.denominator == 1, fr
    return int(fr)


# 第五条（一）: entering a clinical phase, class-1 drugs, per variety; 1亿 per enterprise per year.
CLIN_ENTER = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}
CLIN_CAP_PER_ENTERPRISE_YEAR = 1 * YI


def ref_z5_enter(items):
    """items: list of (drug_class, stage, count) all in ONE year for ONE enterprise."""
    total = 0
    for cls, stage, n in items:
        if cls != 1:
            raise Ineligible("only class-1 drugs have the entering-phase reward")
        total += CLIN_ENTER[stage] * n
    capped = min(total, CLIN_CAP_PER_ENTERPRISE_YEAR)
    return capped, ("fixed" if capped == total else None)


# 第六条（一）: per product ceilings.
REG_CAP = {"c1": 1000 * WAN, "c2": 500 * WAN, "major_improved": 1000 * WAN, "first_generic": 1000 * WAN}


def ref_z6_reg(products):
    """products: list of keys of REG_CAP (each already registered AND industrialised)."""
    return sum(REG_CAP[p] for p in products), "upper_bound"


# 第六条（二）: new veterinary drugs, per product ceilings.
VET_CAP = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}


def ref_z6_vet(classes):
    for c in classes:
        if c not in VET_CAP:
            raise Ineligible("only class 一/二/三 new veterinary drugs")
    return sum(VET_CAP[c] for c in classes), "upper_bound"


# 第八条（一）: entrusting MAH: <=10% of the product's actual transaction amount (per product).
def ref_z8_entrust(trade_amounts):
    return sum(_yuan(F(1, 10) * t) for t in trade_amounts), "upper_bound"


# 第八条（一）: manufacturer under MAH: <=20% of actual investment.
def ref_z8_manufacture(invest):
    return _yuan(F(2, 10) * invest), "upper_bound"


# 第八条（二）: sales platform: 2‰ of annual sales revenue (kind unchecked).
def ref_z8_sales(revenue):
    return _yuan(F(2, 1000) * revenue), None


# 第十一条（一）: <=30% of (overseas registration + testing + local agent fees).
def ref_z11_intl(fees):
    return _yuan(F(3, 10) * sum(fees)), "upper_bound"


# 第十一条（二）: license-in 100万 per listed product; license-out 50万 when contract > 1亿美元.
def ref_z11_licin(n_listed):
    if n_listed <= 0:
        raise Ineligible("product must be listed")
    return 100 * WAN * n_listed, "upper_bound"


def ref_z11_licout(contract_usd, signed=True):
    if not signed or not contract_usd > 1 * YI:
        raise Ineligible("contract total must exceed 1亿美元 and be signed")
    return 50 * WAN, "upper_bound"


# 第十二条（一）: first year main-business revenue >= 5亿 (含): 2‰ of it (kind unchecked).
def ref_z12_rev(main_revenue, first_time=True):
    if main_revenue < 5 * YI or not first_time:
        raise Ineligible("首次突破5亿元（含）")
    return _yuan(F(2, 1000) * main_revenue), None


# 第十二条（三）: single-product annual output tiers (per product, fixed).
OUT_TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
             (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]


def ref_z12_output_one(prev_max, current):
    """prev_max: highest annual output ever before; current: this year's output."""
    for t, _ in OUT_TIERS:
        assert prev_max != t and current != t, "equality with a tier is ambiguous"
    crossed = [r for t, r in OUT_TIERS if prev_max < t < current]
    if not crossed:
        raise Ineligible("no tier exceeded for the first time")
    assert len(crossed) == 1, "multi-tier jump is ambiguous"
    return crossed[0]


def ref_z12_output(products):
    return sum(ref_z12_output_one(p, c) for p, c in products), "fixed"


# 第十三条: small-firm R&D support.
def ref_z13(rev_last, rd_prev2, rd_last, growth3, sme, years_received=0):
    if not (rev_last < 3000 * WAN):
        raise Ineligible("上一年度营业收入不足3000万元")
    if not (rd_prev2 + rd_last >= 1000 * WAN):
        raise Ineligible("上两年研发投入总额达1000万元以上")
    if not growth3:
        raise Ineligible("连续三年研发投入保持正增长")
    if not sme:
        raise Ineligible("中小微企业")
    if years_received >= 3:
        raise Ineligible("累计支持不超过三年")
    return _yuan(F(1, 10) * rd_last), "upper_bound"


# 第十五条（一）: outsourcing services, <=20% of annual actual service amount, 3 years max.
def ref_z15_service(service, years_received=0):
    if years_received >= 3:
        raise Ineligible("累计支持不超过三年")
    return _yuan(F(2, 10) * service), "upper_bound"


# 第十五条（二）: shared service platform, <=30% of construction investment, max 3000万.
def ref_z15_platform(invest):
    return min(_yuan(F(3, 10) * invest), 3000 * WAN), "upper_bound"


# 第十六条（三）: events by market entities, <=20% of actual cost.
def ref_z16_event(cost):
    return _yuan(F(2, 10) * cost), "upper_bound"


# 2026-2028 （五）: AI demonstration, <=30% of engineering investment, max 5000万.
def ref_cp5(invest):
    return min(_yuan(F(3, 10) * invest), 5000 * WAN), "upper_bound"


# （七）: tech-service enterprise efficiency, <=2000万.
def ref_cp7():
    return 2000 * WAN, "upper_bound"


# （十一）: park operation resources, <=50% of project investment, max 3000万.
def ref_cp11(invest):
    return min(_yuan(F(1, 2) * invest), 3000 * WAN), "upper_bound"


# （十二）: ceilings.
CP12 = {"rd_center": 1000 * WAN, "intl_institute": 300 * WAN, "conference": 300 * WAN}


def ref_cp12(which, foreign=True):
    if which == "rd_center" and not foreign:
        raise Ineligible("外资企业")
    return CP12[which], "upper_bound"


# （十三）: ceilings.
CP13 = {"first_overseas": 200 * WAN, "overseas_platform": 300 * WAN}


def ref_cp13(which):
    return CP13[which], "upper_bound"


def combine(parts, same_matter=False):
    """parts: list of (amount, kind).  Distinct matters add; the SAME matter under
    several clauses of the draft takes the larger (从优不重复)."""
    amounts = [a for a, _ in parts]
    kinds = [k for _, k in parts]
    total = max(amounts) if same_matter else sum(amounts)
    if "upper_bound" in kinds:
        kind = "upper_bound"
    elif all(k == "fixed" for k in kinds):
        kind = "fixed"
    else:
        kind = None
    return total, kind


# ----------------------------------------------------------------------------------
# Number rendering
# ----------------------------------------------------------------------------------
CN_D = "零一二三四五六七八九"


def cn4(n, short_ten=True):
    assert 0 < n < 10000
    digits = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    units = ["千", "百", "十", ""]
    s, zero, started = "", False, False
    for d, u in zip(digits, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        s += CN_D[d] + u
        started = True
    if short_ten and s.startswith("一十"):
        s = s[1:]
    return s


def cn_money(x, liang=False):
    """x yuan, multiple of 1万 -> e.g. 三千二百万 / 一亿二千万."""
    assert x % WAN == 0 and x > 0
    yi, wan = divmod(x // WAN, 10000)
    s = ""
    if yi:
        s += cn4(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += cn4(wan, short_ten=not yi) + "万"
    if liang and s[0] == "二" and len(s) > 1 and s[1] in "千百万亿":
        s = "两" + s[1:]
    return s


def dec_str(fr):
    fr = F(fr)
    if fr.denominator == 1:
        return str(int(fr))
    for k in range(1, 5):
        v = fr * 10 ** k
        if v.denominator == 1:
            v = int(v)
            ip, fp = divmod(v, 10 ** k)
            return "%d.%s" % (ip, str(fp).rjust(k, "0").rstrip("0"))
    return None


def money_styles(x):
    out = {}
    w = dec_str(F(x, WAN))
    if w is not None and ("." not in w or len(w.split(".")[1]) <= 2):
        out["wan"] = w + "万"
        out["wanyuan"] = w + "万元"
        if x < YI:
            out["w"] = w + "w"
            out["W"] = w + "W"
    if x % WAN == 0:
        out["cn"] = cn_money(x, liang=False)
        out["cn_yuan"] = cn_money(x, liang=True) + "元"
    out["comma"] = "{:,}元".format(x)
    if x < 10 ** 7:
        out["plain"] = "%d元" % x
    if x >= 5 * 10 ** 7 and x % 10 ** 6 == 0:
        y = dec_str(F(x, YI))
        out["yi"] = y + "亿"
        out["yiyuan"] = y + "亿元"
        out["geyi"] = y + "个亿"
    if 10 ** 7 <= x < 10 ** 9 and x % 10 ** 6 == 0:
        out["kw"] = dec_str(F(x, 10 ** 7)) + "kw"
    if x > YI and x % 10 ** 7 == 0 and x % YI != 0:
        a, b = divmod(x, YI)
        out["yiqian"] = "%d亿%d千万" % (a, b // 10 ** 7)
    return out


STYLE_WEIGHTS = {"wan": 30, "wanyuan": 25, "w": 4, "W": 2, "cn": 7, "cn_yuan": 5, "comma": 8,
                 "plain": 3, "yi": 10, "yiyuan": 8, "geyi": 4, "kw": 3, "yiqian": 3}


def fmt_money(rng, x, avoid=()):
    st = money_styles(x)
    keys = sorted(k for k in st if k not in avoid)
    wts = [STYLE_WEIGHTS[k] for k in keys]
    k = rng.choices(keys, weights=wts)[0]
    return st[k]


def fmt_money_tw(rng, x):
    opts = []
    w = dec_str(F(x, WAN))
    opts += [w + "萬元", w + "萬"]
    opts.append("{:,}元".format(x))
    if x % WAN == 0:
        opts.append(cn_money(x).replace("万", "萬").replace("亿", "億"))
    if x >= 5 * 10 ** 7 and x % 10 ** 6 == 0:
        opts.append(dec_str(F(x, YI)) + "億元")
    return rng.choice(opts)


def fmt_money_en(rng, x):
    opts = ["{:,} yuan".format(x), "CNY {:,}".format(x)]
    m = dec_str(F(x, 10 ** 6))
    if m is not None and ("." not in m or len(m.split(".")[1]) <= 2):
        opts += ["RMB %s million" % m, "%s million yuan" % m]
    if x >= 10 ** 9 and x % 10 ** 8 == 0:
        opts.append("RMB %s billion" % dec_str(F(x, 10 ** 9)))
    return rng.choice(opts)


def fmt_usd(rng, u):
    opts = ["%s亿美元" % dec_str(F(u, YI)), "%s亿美金" % dec_str(F(u, YI)),
            "{:,}美元".format(u)]
    m = dec_str(F(u, 10 ** 6))
    opts.append("USD %s million" % m)
    if u % WAN == 0:
        opts.append(cn_money(u) + "美元")
    return rng.choice(opts)


def wan_text(x):
    """the must_include rendering for an amount: integer 万 below 1亿, else None"""
    if x is not None and x % WAN == 0 and x < YI:
        return "%d万" % (x // WAN)
    return None


STAGE_TXT = {"I": ["Ⅰ期", "I期", "一期", "1期"], "II": ["Ⅱ期", "II期", "二期", "2期"],
             "III": ["Ⅲ期", "III期", "三期", "3期"]}


# ----------------------------------------------------------------------------------
# Providers: one per computable provision.  Each knows how to sample slot values,
# compute the expected figure with a ref_* function and render text.
# Templates are (lang, text); lang in zh / tw / en decides the number renderer.
# ----------------------------------------------------------------------------------
def render_money(rng, x, lang):
    if lang == "en":
        return fmt_money_en(rng, x)
    if lang == "tw":
        return fmt_money_tw(rng, x)
    return fmt_money(rng, x)


def pick_amount(rng, lo_wan, hi_wan, round_step=10):
    """a figure in yuan between lo and hi 万; mostly round, sometimes odd."""
    lo_r = max(1, -(-lo_wan // round_step))
    if rng.random() < 0.7 and lo_r <= hi_wan // round_step:
        return rng.randrange(lo_r, hi_wan // round_step + 1) * round_step * WAN
    return rng.randrange(lo_wan, hi_wan + 1) * WAN


class Prov:
    key = ""
    doc = ZD
    art = ""
    main = "X"          # raw key of the single figure the rule needs (None: no single figure)
    capped = False      # whether the figure is cut by a ceiling (for range tests)
    tpls = []
    facts = []
    missing = []
    supply = []
    draft = True

    def cite(self):
        return [[self.doc, self.art]]

    def tpl_pool(self, raw):
        return self.tpls

    def sample(self, rng):
        raise NotImplementedError

    def calc(self, raw):
        raise NotImplementedError

    def extra_slots(self, rng, raw, lang):
        return {}

    def slots(self, rng, raw, lang="zh", xtext=None):
        s = self.extra_slots(rng, raw, lang)
        if self.main:
            s["X"] = xtext if xtext is not None else render_money(rng, raw[self.main], lang)
        return s


def choose_tpl(rng, tpls, langs=("zh", "tw", "en")):
    pool = [t for t in tpls if t[0] in langs]
    return rng.choice(pool)


TEMPLATES_USED = set()


def fill(tpl, s):
    TEMPLATES_USED.add(tpl)
    return tpl.format_map(s)


# ---------------- 第十五条（一） CRO/CDMO/CMO ----------------
class CRO(Prov):
    key, art = "z15_1_service", "第十五条"
    TYPES = ["CRO", "CDMO", "CMO", "临床CRO", "药物CDMO", "临床前CRO", "生物药CDMO"]
    tpls = [
        ("zh", "我们是一家{t}企业，去年实际服务金额{X}，按政策能拿多少支持？"),
        ("zh", "{t}公司，年度实际服务金额{X}，请问可以申请多少资金支持？"),
        ("zh", "去年我们做{t}业务的实际服务金额是{X}，能补多少？"),
        ("zh", "请问：年度实际服务金额{X}的{t}机构，最多可以拿到多少扶持资金？"),
        ("zh", "我司系合同外包服务机构（{t}），上一年度实际服务金额为{X}，拟申请资金支持，请测算可获支持上限。"),
        ("zh", "能拿多少啊？我们{t}，去年服务额{X}。"),
        ("zh", "{X}——这是我们{t}去年的实际服务金额。补贴能有多少？"),
        ("zh", "哈喽，做{t}的，一年实际服务金额{X}，外包服务机构那条能给多少"),
        ("zh", "按照支持CRO、CDMO、CMO那条，{t}年度实际服务金额{X}的话，给多少钱？"),
        ("zh", "想咨询一下合同外包服务机构的支持。本公司为{t}，经审计的年度实际服务金额{X}。可获得的支持金额是多少？"),
        ("zh", "{t}，服务金额一年{X}，最多补多少？急，在线等"),
        ("zh", "老板让我问问：咱们{t}去年实际服务金额{X}，生命谷这边的政策能给多少？"),
        ("tw", "我們是{t}企業，去年實際服務金額{X}，可以拿多少補助？"),
        ("en", "We are a {t_en} in Changping. Our actual service amount last year was {X}. How much support can we get?"),
    ]
    facts = [
        ("zh", "我们的{t}业务去年实际服务金额{X}"),
        ("zh", "{t}板块年度实际服务金额{X}"),
        ("zh", "作为{t}，上年度实际服务金额为{X}"),
    ]
    missing = [
        ("zh", "我们是{t}，按合同外包服务机构的政策能拿多少？"),
        ("zh", "{t}企业能申请多少资金支持？"),
        ("zh", "请问{t}公司按第十五条能拿多少钱？"),
    ]
    supply = [
        ("zh", "去年实际服务金额{X}。"),
        ("zh", "年度实际服务金额是{X}"),
        ("zh", "服务金额{X}，经过审计的"),
    ]

    def sample(self, rng):
        return {"X": pick_amount(rng, 80, 3000), "t": rng.choice(self.TYPES), "years": 0}

    def calc(self, raw):
        return ref_z15_service(raw["X"], raw.get("years", 0))

    def extra_slots(self, rng, raw, lang):
        t_en = {"临床CRO": "clinical CRO", "药物CDMO": "CDMO", "临床前CRO": "preclinical CRO", "生物药CDMO": "biologics CDMO"}
        return {"t": raw["t"], "t_en": t_en.get(raw["t"], raw["t"])}


# ---------------- 第十五条（二） shared service platform ----------------
class Platform(Prov):
    key, art, capped = "z15_2_platform", "第十五条", True
    TYPES = [("实验动物服务平台", "laboratory-animal service"), ("检验检测服务平台", "testing and inspection"),
             ("临床转化服务平台", "clinical translation service"), ("标杆型孵化器", "flagship incubator")]
    tpls = [
        ("zh", "我们建设了一个{p}，平台建设实际投入{X}，能拿多少支持？"),
        ("zh", "{p}项目，建设实际投入{X}，按共享服务平台政策最多补多少？"),
        ("zh", "平台建设实际投入{X}（{p}），想问支持上限是多少"),
        ("zh", "能补多少？我们的{p}已经建成并经认定，实际投入{X}。"),
        ("zh", "我单位建设的{p}已通过认定，平台建设实际投入共计{X}，请问可获得的资金支持上限为多少？"),
        ("zh", "共享服务平台那条，{X}的建设投入，{p}，给多少？"),
        ("zh", "我们是做{p}的，平台总共实打实投了{X}建设，能申请到多少钱"),
        ("tw", "我們建設的{p}，平台建設實際投入{X}，最多能補多少？"),
        ("en", "We built a shared {p_en} platform with actual construction investment of {X}. What is the maximum support?"),
    ]
    facts = [("zh", "我们建设的{p}实际投入{X}"), ("zh", "{p}平台建设实际投入{X}")]
    missing = [("zh", "我们建了一个{p}，能拿多少？"), ("zh", "{p}建设有补贴吗？能给多少？")]
    supply = [("zh", "建设实际投入{X}"), ("zh", "实际投入是{X}。")]

    def sample(self, rng):
        if rng.random() < 0.3:
            x = pick_amount(rng, 10000, 30000, 100)
        else:
            x = pick_amount(rng, 200, 9900)
        return {"X": x, "p": rng.randrange(len(self.TYPES))}

    def calc(self, raw):
        return ref_z15_platform(raw["X"])

    def extra_slots(self, rng, raw, lang):
        p = self.TYPES[raw["p"]]
        return {"p": p[0], "p_en": p[1]}


# ---------------- 第十六条（三） events ----------------
class Event(Prov):
    key, art = "z16_3_event", "第十六条"
    NAMES = [("生命科学论坛分论坛", "sub-forum of the Life Science Forum"), ("细胞治疗产业峰会", "cell therapy industry summit"),
             ("合成生物产业大会", "synthetic biology conference"), ("医疗器械创新创业大赛", "medical device innovation contest"),
             ("医美产业交流会", "medical aesthetics industry meeting")]
    tpls = [
        ("zh", "我们公司（市场化主体）举办了一场{e}，活动实际发生费用{X}，能支持多少？"),
        ("zh", "办了个{e}，实际花了{X}，能补多少？我们是民营企业。"),
        ("zh", "{e}的实际发生费用为{X}，由我司主办，经认定后最多能拿多少？"),
        ("zh", "高品质活动那条怎么算？我们公司举办{e}，实际发生费用{X}。"),
        ("zh", "我司作为市场化主体承办{e}，活动实际发生费用合计{X}，请测算支持上限。"),
        ("zh", "{X}是我们办{e}的实际花费，企业自己办的，补贴多少？"),
        ("en", "Our company organized a {e_en}; actual expenses were {X}. How much can be subsidized?"),
    ]
    facts = [("zh", "我们公司举办的{e}实际发生费用{X}"), ("zh", "还办了一场{e}，实际花费{X}")]
    missing = [("zh", "我们公司举办了一场{e}，活动能补多少钱？")]
    supply = [("zh", "活动实际发生费用{X}"), ("zh", "实际花了{X}")]

    def sample(self, rng):
        return {"X": pick_amount(rng, 30, 1500), "e": rng.randrange(len(self.NAMES))}

    def calc(self, raw):
        return ref_z16_event(raw["X"])

    def extra_slots(self, rng, raw, lang):
        e = self.NAMES[raw["e"]]
        return {"e": e[0], "e_en": e[1]}


# ---------------- 第八条（一） entrusting MAH ----------------
DRUG_NAMES = ["抗PD-1单抗", "GLP-1多肽注射液", "小分子靶向药", "CAR-T细胞注射液", "中药颗粒剂", "长效胰岛素",
              "抗体偶联药物", "口服降糖片", "mRNA疫苗", "抗凝注射液"]


class Entrust(Prov):
    key, art = "z8_1_entrust", "第八条"
    tpls = [
        ("zh", "我们是药品上市许可持有人，把{d}委托给一家医药健康企业生产，该品种实际交易额{X}，能拿多少支持？"),
        ("zh", "委托生产：{d}，品种实际交易额{X}，按MAH那条最多补多少？"),
        ("zh", "MAH委托生产的{d}今年实际交易额{X}，这个能申请多少？"),
        ("zh", "我司持有{d}的上市许可，委托CMO企业生产，该品种实际交易额为{X}，请问可获资金支持上限？"),
        ("zh", "{d}委托别的药企代工，实际交易额{X}，能拿多少钱"),
        ("tw", "我們把{d}委託給醫藥企業生產，該品種實際交易額{X}，可以拿多少支持？"),
    ]
    facts = [("zh", "我们委托其他医药企业生产的{d}实际交易额{X}")]
    missing = [("zh", "我们是MAH，把{d}委托别人生产，能拿多少？")]
    supply = [("zh", "那个品种实际交易额{X}")]

    def sample(self, rng):
        return {"X": pick_amount(rng, 100, 8000), "d": rng.choice(DRUG_NAMES)}

    def calc(self, raw):
        return ref_z8_entrust([raw["X"]])

    def extra_slots(self, rng, raw, lang):
        return {"d": raw["d"]}


# ---------------- 第八条（一） manufacturer under MAH ----------------
class Manufacture(Prov):
    key, art = "z8_1_manufacture", "第八条"
    tpls = [
        ("zh", "我们按药品上市许可持有人制度为别家承担生产，实际投入{X}，能拿多少？"),
        ("zh", "承接MAH委托生产，实际投入金额{X}，补贴上限多少？"),
        ("zh", "我司作为受托生产企业，按MAH制度承担生产的实际投入金额为{X}，请问可获支持多少？"),
        ("zh", "按上市许可持有人制度承担生产这块，我们投了{X}，能补多少"),
        ("zh", "实际投入{X}，用于按MAH制度承担别家产品的生产，能拿多少支持？"),
    ]
    facts = [("zh", "我们按MAH制度承担生产的实际投入{X}")]
    missing = [("zh", "我们按MAH制度给别人代工生产，能拿多少？")]
    supply = [("zh", "实际投入金额{X}")]

    def sample(self, rng):
        return {"X": pick_amount(rng, 100, 6000)}

    def calc(self, raw):
        return ref_z8_manufacture(raw["X"])


# ---------------- 第八条（二） sales platform ----------------
class Sales(Prov):
    key, art = "z8_2_sales", "第八条"
    tpls = [
        ("zh", "我们是新设立的医药健康销售平台型企业，年度销售收入{X}，能拿多少？"),
        ("zh", "医药健康销售平台公司，一年销售收入{X}，能给多少资金支持？"),
        ("zh", "{X}年度销售收入，医药健康销售平台型企业，按第八条能给多少？"),
        ("zh", "我司为医药健康销售平台型企业，年度销售收入为{X}，请问资金支持金额是多少？"),
        ("zh", "销售平台那条，我们年销售收入{X}，算下来多少钱？"),
        ("en", "We set up a pharma and health sales-platform company; annual sales revenue is {X}. How much support?"),
    ]
    facts = [("zh", "我们的医药健康销售平台公司年度销售收入{X}")]
    missing = [("zh", "我们设立了医药健康销售平台型企业，能拿多少？")]
    supply = [("zh", "年度销售收入{X}")]

    def sample(self, rng):
        return {"X": rng.randrange(20, 600) * 500 * WAN}

    def calc(self, raw):
        return ref_z8_sales(raw["X"])


# ---------------- 第十一条（一） FDA / EMA ----------------
class Intl(Prov):
    key, art = "z11_1_intl", "第十一条"
    main = None
    AG = ["FDA", "美国FDA", "EMA", "欧盟EMA", "美国食品药品监督管理局（FDA）", "欧盟药品管理局（EMA）"]
    tpls = [
        ("zh", "我们的{d}新获得了{ag}批准，海外注册费{a}、检测费{b}、当地代理费{c}，能补多少？"),
        ("zh", "{ag}认证刚下来，实际注册费用一共{tot}（含海外注册费、检测费和当地代理费），最多支持多少？"),
        ("zh", "新拿到{ag}认证的药品（{d}），注册相关花费：海外注册费{a}，检测费{b}，代理费{c}。补贴上限？"),
        ("zh", "国际化那条：{d}刚通过{ag}，海外注册费{a}，检测{b}，当地代理{c}，能拿多少？"),
        ("zh", "能补多少？{d}新获{ag}认证，实际注册费用{tot}，这是海外注册费、检测费、当地代理费的合计。"),
        ("zh", "本公司{d}近期新获{ag}认证，实际发生海外注册费{a}、检测费{b}及当地代理费{c}，请问可申请的资金支持上限？"),
        ("en", "Our {d_en} was newly approved by the {ag_en}. Overseas registration fee {a}, testing fee {b}, local agent fee {c}. How much support can we claim?"),
    ]
    facts = [("zh", "{d}新获{ag}认证，海外注册费{a}、检测费{b}、当地代理费{c}")]

    def sample(self, rng):
        return {"a": pick_amount(rng, 20, 400), "b": pick_amount(rng, 10, 200), "c": pick_amount(rng, 5, 100),
                "d": rng.choice(DRUG_NAMES), "ag": rng.choice(self.AG)}

    def calc(self, raw):
        return ref_z11_intl([raw["a"], raw["b"], raw["c"]])

    def extra_slots(self, rng, raw, lang):
        s = {k: render_money(rng, raw[k], lang) for k in "abc"}
        s["tot"] = render_money(rng, raw["a"] + raw["b"] + raw["c"], lang)
        s["d"] = raw["d"]
        s["ag"] = raw["ag"]
        s["d_en"] = "new drug"
        s["ag_en"] = "EMA" if "EMA" in raw["ag"] else "FDA"
        return s


# ---------------- 第十一条（二） license-in ----------------
class LicIn(Prov):
    key, art = "z11_2_licin", "第十一条"
    main = None
    C = ["美国", "德国", "日本", "瑞士", "韩国", "英国"]
    tpls = [
        ("zh", "我们通过License-in从{co}引进的{n}个产品已经在国内上市并产业化，能拿多少？"),
        ("zh", "从国外授权引进（License-in）技术到本土产业化，产品已上市，单品种能给多少？我们有{n}个这样的产品。"),
        ("zh", "License-in引进的{co}技术，现在已有{n}个品种获批上市，支持金额怎么算？"),
        ("zh", "我司通过License-in方式自{co}引进先进技术并实现本土产业化，已有{n}个产品上市，请问可获支持上限？"),
        ("zh", "{n}个产品，都是License-in从{co}引进的，已经上市了。能给多少？"),
    ]
    facts = [("zh", "通过License-in从{co}引进的{n}个产品已经上市")]

    def sample(self, rng):
        return {"n": rng.choice([1, 1, 1, 2, 2, 3]), "co": rng.choice(self.C)}

    def calc(self, raw):
        return ref_z11_licin(raw["n"])

    def extra_slots(self, rng, raw, lang):
        n = raw["n"]
        return {"n": rng.choice([str(n), "一两三"[n - 1] if n <= 3 else str(n)]), "co": raw["co"]}


# ---------------- 第十一条（二） license-out ----------------
class LicOut(Prov):
    key, art = "z11_2_licout", "第十一条"
    main = None
    MNC = ["一家欧洲跨国药企", "某美国跨国龙头药企", "一家日本大型跨国制药企业", "全球前十的跨国药企"]
    tpls = [
        ("zh", "我们和{m}签了License-out合同，一个品种，合同总额{U}，合同已经签订，能拿多少？"),
        ("zh", "对外授权（License-out）一个品种给{m}，合同总额{U}，已签约，支持多少？"),
        ("zh", "{U}的License-out大单签下来了，对方是{m}，单品种能给多少？"),
        ("zh", "本公司已与{m}签订License-out合作合同（单一品种），合同总额{U}，请问可获资金支持上限？"),
        ("en", "We signed a license-out deal for one product with {m_en}; total contract value {U}. How much support?"),
    ]
    facts = [("zh", "和{m}签了一个品种的License-out合同，合同总额{U}，已签订")]

    def sample(self, rng):
        return {"U": rng.choice([rng.randrange(11, 40) * 10 ** 7, rng.randrange(2, 21) * YI]),
                "m": rng.randrange(len(self.MNC)), "signed": True}

    def calc(self, raw):
        return ref_z11_licout(raw["U"], raw.get("signed", True))

    def extra_slots(self, rng, raw, lang):
        u = raw["U"]
        s = {"m": self.MNC[raw["m"]], "m_en": "a multinational pharma company"}
        if lang == "en":
            s["U"] = "USD %s million" % dec_str(F(u, 10 ** 6))
        else:
            s["U"] = fmt_usd(rng, u)
        return s


# ---------------- 第十二条（一） main business revenue first >= 5亿 ----------------
class Revenue(Prov):
    key, art = "z12_1_revenue", "第十二条"
    tpls = [
        ("zh", "我们今年主营业务收入首次突破5亿，达到{X}，能拿多少？"),
        ("zh", "年度主营业务收入{X}，这是第一次过5个亿，扩能升级那条能给多少？"),
        ("zh", "主营收入去年头一回超过5亿元，为{X}。我们是医药企业，请问支持金额？"),
        ("zh", "我司为医药健康企业，上一年度主营业务收入首次突破5亿元，达{X}，请问可获资金支持多少？"),
        ("zh", "首次突破5亿元主营业务收入的奖励怎么算？我们是{X}，之前最高只有4亿多。"),
        ("zh", "{X}主营业务收入（首次迈过5亿门槛），药企，能拿多少？"),
        ("tw", "我們醫藥企業年度主營業務收入首次突破5億元，達到{X}，可以拿多少？"),
    ]
    facts = [("zh", "年度主营业务收入首次突破5亿元，达到{X}")]
    missing = [("zh", "我们主营业务收入今年首次突破5亿了，能拿多少？")]
    supply = [("zh", "主营业务收入是{X}")]

    def sample(self, rng):
        return {"X": rng.randrange(100, 800) * 500 * WAN}

    def calc(self, raw):
        return ref_z12_rev(raw["X"], raw.get("first", True))


# ---------------- 第十二条（三） single-product output tiers ----------------
def sample_output_pair(rng, k=None):
    """(prev_max, current) exceeding exactly tier k for the first time."""
    if k is None:
        k = rng.choice([0, 0, 1, 1, 2, 2, 3, 4])
    t = OUT_TIERS[k][0]
    lo = OUT_TIERS[k - 1][0] if k > 0 else 1000 * WAN
    hi = OUT_TIERS[k + 1][0] if k + 1 < len(OUT_TIERS) else 30 * YI
    step = 100 * WAN if t < 5 * YI else 1000 * WAN
    prev = rng.randrange(lo // step + 1, t // step) * step
    cur = rng.randrange(t // step + 1, hi // step) * step
    return prev, cur


class Output(Prov):
    key, art = "z12_3_output", "第十二条"
    main = None
    tpls = [
        ("zh", "我们有个品种去年年产值{P}，今年做到{C}，以前从没超过{P}，能拿多少奖励？"),
        ("zh", "单品种年产值今年首次突破{T}，达到{C}（此前最高是{P}），奖励多少？"),
        ("zh", "{d}今年产值{C}，去年是{P}，这是历史最高，按单品种年产值那条能奖多少？"),
        ("zh", "请问单品种年产值奖励：我司{d}上年产值{P}，本年产值{C}，为首次突破{T}，可获奖励金额？"),
        ("zh", "产值奖励能拿多少？{d}，年产值从{P}涨到{C}，头一次过{T}。"),
        ("zh", "{C}！我们{d}今年年产值第一次过了{T}（去年{P}）。有奖励吗，多少？"),
        ("tw", "我們的{d}今年單品種年產值首次突破{T}，達到{C}，去年是{P}，獎勵多少？"),
    ]
    facts = [("zh", "{d}年产值首次突破{T}，今年达到{C}（去年{P}，此前从未超过）")]

    def sample(self, rng):
        k = rng.choice([0, 0, 1, 1, 2, 2, 3, 4])
        prev, cur = sample_output_pair(rng, k)
        return {"P": prev, "C": cur, "k": k, "d": rng.choice(DRUG_NAMES)}

    def calc(self, raw):
        return ref_z12_output([(raw["P"], raw["C"])])

    def extra_slots(self, rng, raw, lang):
        return {"P": render_money(rng, raw["P"], lang), "C": render_money(rng, raw["C"], lang),
                "T": render_money(rng, OUT_TIERS[raw["k"]][0], lang), "d": raw["d"]}


# ---------------- 第十三条 small-firm R&D ----------------
GROWTH_TXT = ["研发投入已经连续三年保持正增长", "连续三年研发投入都在增长", "研发投入连续三年正增长",
              "近三年研发投入年年都是正增长（连续三年）"]
SME_TXT = ["小微企业", "中小企业", "小型企业", "科技型中小企业", "初创小微企业"]


class RD(Prov):
    key, art = "z13_rd", "第十三条"
    main = "b"
    tpls = [
        ("zh", "我们是{sme}，上一年度营业收入{R}，前年研发投入{a}、去年研发投入{X}，{g}，能拿多少研发补贴？"),
        ("zh", "{sme}，去年营收{R}；研发投入前年{a}，去年{X}；{g}。第十三条能给多少？"),
        ("zh", "上一年度营收{R}的{sme}，上两年研发投入分别为{a}（前年）和{X}（去年），{g}，请问可获研发支持上限？"),
        ("zh", "研发补贴能拿多少？情况：{sme}；上年营收{R}；前年研发{a}，去年研发{X}；{g}。"),
        ("zh", "我司属{sme}，上一年度营业收入{R}，上上年度研发投入{a}，上一年度研发投入{X}，且{g}。申请研发创新支持，上限多少？"),
        ("zh", "去年研发花了{X}，前年{a}，营业收入才{R}，{g}，我们{sme}能补多少？"),
        ("tw", "我們是{sme}，上一年度營業收入{R}，前年研發投入{a}，去年研發投入{X}，{g}，研發補助能拿多少？"),
        ("en", "We are a small company. Last year's operating revenue was {R}; R&D spending was {a} the year before last and {X} last year, and R&D has grown for three consecutive years. How much R&D support?"),
    ]
    facts = [("zh", "我们是{sme}，上年营收{R}，前年研发{a}、去年研发{X}，{g}")]

    def sample(self, rng):
        rev = pick_amount(rng, 300, 2990)
        while True:
            a = pick_amount(rng, 200, 1500)
            b = pick_amount(rng, 300, 2000)
            if b > a and a + b >= 1000 * WAN:
                break
        return {"R": rev, "a": a, "b": b, "growth": True, "sme": True}

    def calc(self, raw):
        return ref_z13(raw["R"], raw["a"], raw["b"], raw["growth"], raw["sme"], raw.get("years", 0))

    def extra_slots(self, rng, raw, lang):
        return {"R": render_money(rng, raw["R"], lang), "a": render_money(rng, raw["a"], lang),
                "sme": rng.choice(SME_TXT), "g": rng.choice(GROWTH_TXT)}

    def slots(self, rng, raw, lang="zh", xtext=None):
        s = self.extra_slots(rng, raw, lang)
        s["X"] = xtext if xtext is not None else render_money(rng, raw["b"], lang)
        if lang == "tw":
            s["g"] = "研發投入連續三年正增長"
            s["sme"] = "小微企業"
        return s


# ---------------- 第五条（一） entering clinical phases ----------------
CLASS1_DRUGS = ["1类化学药", "1类创新化药", "1类生物制品", "1类治疗用生物制品", "1类中药", "1类新药（化学药）"]


def stage_txt(rng, st):
    return rng.choice(STAGE_TXT[st])


TW_NAMES = {"1类化学药": "1類化學藥", "1类创新化药": "1類創新化藥", "1类生物制品": "1類生物製品",
            "1类治疗用生物制品": "1類治療用生物製品", "1类中药": "1類中藥", "1类新药（化学药）": "1類新藥（化學藥）",
            "1类创新药（生物制品）": "1類創新藥（生物製品）", "2类生物制品": "2類生物製品", "2类中药": "2類中藥",
            "2类化学药（改良型新药，未认定为重大改良）": "2類化學藥（改良型新藥，未認定為重大改良）",
            "经认定的重大改良型新药": "經認定的重大改良型新藥", "经认定的首仿药": "經認定的首仿藥"}


class ClinEnter(Prov):
    key, art = "z5_1_enter", "第五条"
    main = None
    tpls = [
        ("zh", "我们有一个{d}刚进入{st}临床试验，准备在昌平产业化，能拿多少奖励？"),
        ("zh", "{d}进入{st}临床了，按照新药临床研发支持能给多少？"),
        ("zh", "请问{d}进{st}临床，奖励多少？"),
        ("zh", "我司{d}已正式进入{st}临床试验，拟实施产业化，请问可获奖励金额？"),
        ("zh", "进{st}了！我们的{d}。第五条能奖多少？"),
        ("zh", "一个{d}，{st}临床已经启动入组，奖励是多少钱"),
        ("tw", "我們的{d}剛進入{st}臨床試驗，可以拿多少獎勵？"),
        ("en", "Our Class 1 {d_en} has just entered Phase {st_en} clinical trials. How much is the reward?"),
    ]
    multi_tpls = [
        ("zh", "今年我们有{n1}个{d1}进入{st1}，{n2}个{d2}进入{st2}临床，一共能拿多少？"),
        ("zh", "同一年里：{d1}进入{st1}的有{n1}个品种，{d2}进入{st2}的有{n2}个品种。合计奖励多少？"),
        ("zh", "我们今年管线进展：{n1}个{d1}进{st1}，另外{n2}个{d2}进{st2}，按每个品种算总共多少？"),
        ("zh", "请帮忙测算本年度新药临床研发奖励：{d1}{n1}个进入{st1}临床；{d2}{n2}个进入{st2}临床。"),
    ]
    facts = [("zh", "一个{d}今年进入{st}临床试验")]

    def sample(self, rng):
        return {"items": [(1, rng.choice(["I", "II", "III"]), 1)], "d": rng.choice(CLASS1_DRUGS)}

    def calc(self, raw):
        return ref_z5_enter(raw["items"])

    def extra_slots(self, rng, raw, lang):
        st = raw["items"][0][1]
        s = {"d": raw["d"], "st": stage_txt(rng, st), "st_en": st,
             "d_en": "biologic" if "生物" in raw["d"] else ("TCM drug" if "中药" in raw["d"] else "chemical drug")}
        if lang == "tw":
            s["d"] = TW_NAMES.get(raw["d"], raw["d"])
        return s


# ---------------- 第六条（一） registration ----------------
REG_TXT = {"c1": ["1类化学药", "1类生物制品", "1类中药", "1类创新药（生物制品）"],
           "c2": ["2类生物制品", "2类中药", "2类化学药（改良型新药，未认定为重大改良）"],
           "major_improved": ["经认定的重大改良型新药"],
           "first_generic": ["经认定的首仿药"]}


class Reg(Prov):
    key, art = "z6_1_reg", "第六条"
    main = None
    tpls = [
        ("zh", "我们的{d}拿到药品注册证书了，也已经实施产业化，能拿多少？"),
        ("zh", "{d}获批上市（取得注册证书），在昌平产业化，申报上市支持最多多少？"),
        ("zh", "请问：{d}获得药品注册证书并实施产业化，单品种资金支持上限？"),
        ("zh", "新药申报上市那条，{d}，证已经下来了，也投产了，给多少？"),
        ("zh", "拿证了！{d}，已经量产。能补多少钱？"),
        ("tw", "我們的{d}取得藥品註冊證書並已產業化，最多可以拿多少？"),
    ]
    multi_tpls = [
        ("zh", "我们今年有{lst}拿到药品注册证书，都已实施产业化，一共最多能拿多少？"),
        ("zh", "获批上市的品种：{lst}，均已产业化。合计支持上限多少？"),
        ("zh", "请测算新药申报上市支持：{lst}，均取得注册证书且已实施产业化。"),
    ]
    facts = [("zh", "{d}拿到药品注册证书并已产业化")]

    def sample(self, rng):
        k = rng.choice(["c1", "c1", "c2", "major_improved", "first_generic"])
        return {"products": [k], "d": rng.choice(REG_TXT[k])}

    def calc(self, raw):
        return ref_z6_reg(raw["products"])

    def extra_slots(self, rng, raw, lang):
        d = raw["d"]
        if lang == "tw":
            d = TW_NAMES[d]
        return {"d": d}


# ---------------- 第六条（二） veterinary ----------------
VET_TXT = {1: ["一类", "1类", "第一类"], 2: ["二类", "2类", "第二类"], 3: ["三类", "3类", "第三类"],
           4: ["四类", "4类"], 5: ["五类", "5类"]}


class Vet(Prov):
    key, art = "z6_2_vet", "第六条"
    main = None
    tpls = [
        ("zh", "我们获得了{c}新兽药注册证书，产品已经实施产业化，能拿多少？"),
        ("zh", "动物药：{c}新兽药证书拿到了，已经投产，经认定最多补多少？"),
        ("zh", "{c}新兽药注册证书下来了，我们做宠物用药的，已在产业化，支持多少？"),
        ("zh", "我司取得{c}新兽药注册证书且已实施产业化，请问单品种资金支持上限？"),
    ]
    multi_tpls = [("zh", "我们有{lst}新兽药注册证书（各一个品种），都已产业化，总共最多多少？")]
    facts = [("zh", "{c}新兽药注册证书的动物药已产业化")]

    def sample(self, rng):
        return {"classes": [rng.choice([1, 2, 3])]}

    def calc(self, raw):
        return ref_z6_vet(raw["classes"])

    def extra_slots(self, rng, raw, lang):
        return {"c": rng.choice(VET_TXT[raw["classes"][0]])}


# ---------------- 2026-2028 （五） AI demonstration ----------------
class AIDemo(Prov):
    key, doc, art, capped, draft = "cp5_ai", CP, "（五）", True, False
    DIRS = ["AI+药物研发", "AI辅助诊断", "AI+临床诊疗", "AI药物筛选"]
    tpls = [
        ("zh", "我们牵头打造{dr}标杆示范场景，项目工程投资总额{X}，能拿多少？"),
        ("zh", "{dr}示范应用项目，工程投资总额{X}，按若干措施最多支持多少？"),
        ("zh", "想问一下AI+医药健康示范应用那条：项目工程投资总额{X}，方向是{dr}。"),
        ("zh", "本单位{dr}标杆示范场景项目工程投资总额为{X}，示范性较强，请问可获资金支持上限？"),
        ("zh", "工程总投资{X}的{dr}场景项目，能给多少钱？"),
        ("zh", "做{dr}示范场景，总投资（工程投资总额）{X}，2026-2028年那个措施能支持多少"),
        ("en", "Our {dr_en} demonstration project has a total engineering investment of {X}. What is the maximum support under the 2026-2028 measures?"),
    ]
    facts = [("zh", "{dr}标杆示范场景项目工程投资总额{X}")]
    missing = [("zh", "我们在做{dr}标杆示范场景，能拿多少支持？")]
    supply = [("zh", "项目工程投资总额{X}")]

    def sample(self, rng):
        if rng.random() < 0.3:
            return {"X": pick_amount(rng, 17000, 60000, 100), "dr": rng.randrange(4)}
        return {"X": pick_amount(rng, 500, 16000, 50), "dr": rng.randrange(4)}

    def calc(self, raw):
        return ref_cp5(raw["X"])

    def extra_slots(self, rng, raw, lang):
        return {"dr": self.DIRS[raw["dr"]], "dr_en": "AI drug discovery" if raw["dr"] in (0, 3) else "AI-assisted diagnosis"}


# ---------------- （七） tech-service enterprises ----------------
class TechSvc(Prov):
    key, doc, art, draft = "cp7_svc", CP, "（七）", False
    main = None
    FIELDS = ["合成生物制造", "细胞与基因治疗", "脑机接口", "高端医疗器械", "美丽健康"]
    tpls = [
        ("zh", "我们是{f}领域的科技服务业企业，申请效能提升支持最多能拿多少？"),
        ("zh", "科技服务业企业效能提升，{f}方向，符合条件的话能给多少？"),
        ("zh", "完善产业服务平台体系那条，我们做{f}技术服务，最多多少钱？"),
        ("zh", "我司为聚焦{f}的科技服务业企业，拟申报效能提升支持，请问支持上限？"),
    ]
    facts = [("zh", "我们还有一家做{f}的科技服务业企业申请效能提升支持")]

    def sample(self, rng):
        return {"f": rng.choice(self.FIELDS)}

    def calc(self, raw):
        return ref_cp7()

    def extra_slots(self, rng, raw, lang):
        return {"f": raw["f"]}


# ---------------- （十一） park operation ----------------
class Park(Prov):
    key, doc, art, capped, draft = "cp11_park", CP, "（十一）", True, False
    tpls = [
        ("zh", "我们引入全球领先的生物医药园区运营管理资源提升园区专业化管理水平，项目投资总额{X}，能支持多少？"),
        ("zh", "园区运营管理项目，引进国际领先运营方，项目投资总额{X}，最多补多少？"),
        ("zh", "强化园区建设支持那条：项目投资总额{X}，符合条件的话给多少？"),
        ("zh", "本园区拟引入全球领先生物医药园区运营管理资源，项目投资总额{X}，请问资金支持上限？"),
        ("zh", "项目投资总额{X}，引入全球顶尖的园区运营管理团队，能拿多少钱？"),
    ]
    facts = [("zh", "引入全球领先园区运营管理资源的项目投资总额{X}")]
    missing = [("zh", "我们园区引入全球领先的生物医药园区运营管理资源，能拿多少？")]
    supply = [("zh", "项目投资总额{X}")]

    def sample(self, rng):
        if rng.random() < 0.35:
            return {"X": pick_amount(rng, 6100, 30000, 100)}
        return {"X": pick_amount(rng, 200, 5900)}

    def calc(self, raw):
        return ref_cp11(raw["X"])


# ---------------- （十二） ----------------
class CP12P(Prov):
    key, doc, art, draft = "cp12", CP, "（十二）", False
    main = None
    T = {
        "rd_center": [
            ("zh", "我们是医药健康领域的外资企业，外资研发中心今年研发投入增长了{g}，研发激励最多能拿多少？"),
            ("zh", "外资研发中心研发激励计划，我们（外资药企）研发投入比去年多了{g}，能给多少？"),
            ("zh", "外资企业在昌平的研发中心，研发投入持续扩大，去年增加{g}，按若干措施最多支持多少？"),
        ],
        "intl_institute": [
            ("zh", "我们是一家刚落地昌平的国际科研机构，最多能拿多少资金支持？"),
            ("zh", "国际科研机构落地，根据成果产出、人才培养情况支持，上限是多少？"),
        ],
        "conference": [
            ("zh", "我们要举办生命科学领域的高水平国际学术研讨会议，能给多少支持？"),
            ("zh", "办一个生命科学高水平国际学术研讨会，若干措施里最多支持多少？"),
        ],
    }

    def sample(self, rng):
        w = rng.choice(["rd_center", "rd_center", "intl_institute", "conference"])
        return {"w": w, "g": pick_amount(rng, 300, 6000)}

    def calc(self, raw):
        return ref_cp12(raw["w"], raw.get("foreign", True))

    @property
    def tpls(self):
        return [t for v in self.T.values() for t in v]

    def tpl_pool(self, raw):
        return self.T[raw["w"]]

    def extra_slots(self, rng, raw, lang):
        return {"g": render_money(rng, raw["g"], lang)}


# ---------------- （十三） ----------------
class CP13P(Prov):
    key, doc, art, draft = "cp13", CP, "（十三）", False
    main = None
    T = {
        "first_overseas": [
            ("zh", "我们的创新医疗器械技术成果首次在海外应用，出海支持最多多少？"),
            ("zh", "我们在新加坡设立了海外研发中心，参与一带一路合作，能拿多少？"),
            ("zh", "技术成果首次海外应用，创新药走出去，若干措施能给多少？"),
        ],
        "overseas_platform": [
            ("zh", "我们在海外设立了孵化器，推动医药技术项目出海，能支持多少？"),
            ("zh", "公司在德国设了一个创新中心，做跨国技术转移服务，分档支持最高多少？"),
            ("zh", "在海外设立科技园区推动全球前沿医药成果来昌平转化，最多给多少？"),
        ],
    }

    def sample(self, rng):
        return {"w": rng.choice(["first_overseas", "overseas_platform"])}

    def calc(self, raw):
        return ref_cp13(raw["w"])

    @property
    def tpls(self):
        return [t for v in self.T.values() for t in v]

    def tpl_pool(self, raw):
        return self.T[raw["w"]]


PROVS = {p.key: p for p in [CRO(), Platform(), Event(), Entrust(), Manufacture(), Sales(), Intl(), LicIn(),
                             LicOut(), Revenue(), Output(), RD(), ClinEnter(), Reg(), Vet(), AIDemo(), TechSvc(),
                             Park(), CP12P(), CP13P()]}


# ----------------------------------------------------------------------------------
# Case assembly
# ----------------------------------------------------------------------------------
_MISSING = object()


def mk(turns, status, cite, amount=_MISSING, kind=_MISSING, inc=(), exc=(), tag="calc", traits=()):
    if isinstance(turns, str):
        turns = [turns]
    exp = {"status": list(status), "cite": [list(c) for c in cite]}
    if amount is not _MISSING:
        exp["amount_yuan"] = amount
    if kind is not _MISSING and kind is not None:
        exp["kind"] = kind
    exp["must_include"] = [x for x in inc if x]
    exp["must_not_include"] = list(exc)
    return {"tag": tag, "turns": list(turns), "expect": exp, "traits": sorted(set(traits))}


def dedupe_cites(cites):
    out = []
    for c in cites:
        if list(c) not in out:
            out.append(list(c))
    return out


def answered(turns, amount, kind, cite, tag, traits, inc_amount=True):
    inc = [wan_text(amount)] if inc_amount else []
    return mk(turns, ["answered"], cite, amount, kind, inc=inc, tag=tag, traits=traits)


def single_question(rng, p, lang=None, raw=None):
    """one full single-turn question for provider p; returns (text, raw, amount, kind, lang)"""
    raw = raw or p.sample(rng)
    amount, kind = p.calc(raw)
    langs = (lang,) if lang else ("zh",) * 8 + ("tw", "en")
    pool = [t for t in p.tpl_pool(raw) if t[0] in langs] or [t for t in p.tpl_pool(raw) if t[0] == "zh"]
    lg, tpl = rng.choice(pool)
    text = fill(tpl, p.slots(rng, raw, lg))
    return text, raw, amount, kind, lg


def fact_text(rng, p, raw):
    lg, tpl = rng.choice(p.facts)
    return fill(tpl, p.slots(rng, raw, lg))


def prov_traits(p, raw=None):
    t = ["prov:" + p.key, "doc:" + p.doc]
    if raw is not None and p.capped:
        rate_amount = {"z15_2_platform": F(3, 10), "cp5_ai": F(3, 10), "cp11_park": F(1, 2)}[p.key] * raw["X"]
        amt, _ = p.calc(raw)
        if rate_amount > amt:
            t.append("cap_binds")
        elif rate_amount == amt and amt in (3000 * WAN, 5000 * WAN):
            t.append("cap_exact")
    return t


# ---------------- distractors ----------------
def d_employees(rng, p):
    return "公司现有员工%d人" % rng.randrange(25, 480), "distractor:employees"


def d_founded(rng, p):
    return "公司成立于%d年" % rng.randrange(2006, 2023), "distractor:year"


def d_capital(rng, p):
    return "注册资本%s" % fmt_money(rng, rng.choice([500, 1000, 2000, 5000, 10000, 30000]) * WAN), "distractor:registered_capital"


def d_patents(rng, p):
    return "手里有%d项发明专利" % rng.randrange(3, 90), "distractor:count"


def d_other_company(rng, p):
    return "听说隔壁一家同行去年拿了%s" % fmt_money(rng, pick_amount(rng, 50, 900)), "distractor:other_company"


def d_claimed_rate(rng, p):
    return rng.choice(["听说能补四成", "朋友说能给到百分之四十五", "中介说能拿到45%", "听别人讲补贴比例是四成"]), "distractor:claimed_rate"


def d_municipal(rng, p):
    return "市级高精尖产业资金已经支持过我们%s" % fmt_money(rng, pick_amount(rng, 50, 800)), "distractor:award_elsewhere_municipal"


def d_moved(rng, p):
    return "我们是%d年搬到生命谷的" % rng.randrange(2012, 2025), "distractor:year"


OTHER_MEASURE = {
    "z15_1_service": lambda rng, raw: "去年研发投入%s" % fmt_money(rng, pick_amount(rng, 100, 2000)),
    "z15_2_platform": lambda rng, raw: "平台去年对外服务收入%s" % fmt_money(rng, pick_amount(rng, 100, 3000)),
    "z16_3_event": lambda rng, raw: "活动共有%d人参会，原本预算%s" % (rng.randrange(200, 3000), fmt_money(rng, raw["X"] + pick_amount(rng, 20, 300))),
    "z8_1_entrust": lambda rng, raw: "该品种去年终端销售额%s" % fmt_money(rng, raw["X"] * rng.randrange(2, 6)),
    "z8_1_manufacture": lambda rng, raw: "受托品种年销售额%s" % fmt_money(rng, raw["X"] * rng.randrange(2, 6)),
    "z8_2_sales": lambda rng, raw: "净利润%s" % fmt_money(rng, pick_amount(rng, 100, 5000)),
    "z11_1_intl": lambda rng, raw: "另外国内NMPA申报也花了%s" % fmt_money(rng, pick_amount(rng, 20, 300)),
    "z11_2_licin": lambda rng, raw: "引进时付了首付款%s" % fmt_money(rng, pick_amount(rng, 500, 8000)),
    "z11_2_licout": lambda rng, raw: "其中首付款%s" % fmt_usd(rng, rng.randrange(1, 9) * 10 ** 7),
    "z12_1_revenue": lambda rng, raw: "营业总收入%s（含非主营业务）" % fmt_money(rng, raw["X"] + rng.randrange(2, 40) * 500 * WAN),
    "z12_3_output": lambda rng, raw: "公司全年总产值%s" % fmt_money(rng, raw["C"] + rng.randrange(2, 20) * 1000 * WAN),
    "z13_rd": lambda rng, raw: "研发人员%d名" % rng.randrange(10, 120),
    "z5_1_enter": lambda rng, raw: "这个品种研发已累计投入%s" % fmt_money(rng, pick_amount(rng, 2000, 30000, 100)),
    "z6_1_reg": lambda rng, raw: "研发总投入%s" % fmt_money(rng, pick_amount(rng, 3000, 90000, 100)),
    "z6_2_vet": lambda rng, raw: "这个产品研发投入%s" % fmt_money(rng, pick_amount(rng, 300, 5000)),
    "cp5_ai": lambda rng, raw: "团队%d人，公司去年营收%s" % (rng.randrange(20, 300), fmt_money(rng, pick_amount(rng, 1000, 50000, 100))),
    "cp7_svc": lambda rng, raw: "去年服务收入%s" % fmt_money(rng, pick_amount(rng, 1000, 30000, 100)),
    "cp11_park": lambda rng, raw: "园区占地%d万平方米，去年园区企业总产值%s" % (rng.randrange(5, 80), fmt_money(rng, pick_amount(rng, 10000, 90000, 1000))),
    "cp12": lambda rng, raw: "研发中心员工%d人" % rng.randrange(30, 500),
    "cp13": lambda rng, raw: "海外项目总投资%s" % fmt_money(rng, pick_amount(rng, 1000, 20000, 100)),
}


def add_distractor(rng, text, phrase):
    mode = rng.randrange(4)
    if mode == 0:
        return phrase + "。" + text
    if mode == 1:
        return text + "（补充一下：" + phrase + "）"
    if mode == 2:
        return text + "对了，" + phrase + "。"
    # insert after first comma
    i = text.find("，")
    if i < 0:
        return phrase + "，" + text
    return text[:i + 1] + phrase + "，" + text[i + 1:]


def build_distractor(rng, p):
    text, raw, amount, kind, lg = single_question(rng, p, lang="zh")
    pool = [d_employees, d_founded, d_capital, d_patents, d_other_company, d_claimed_rate, d_moved]
    if p.draft:
        pool.append(d_municipal)
    if p.key == "z13_rd":
        pool.remove(d_employees)
    traits = prov_traits(p, raw) + ["lang:zh"]
    n = rng.choice([1, 1, 2])
    if rng.random() < 0.55:
        text = add_distractor(rng, text, OTHER_MEASURE[p.key](rng, raw))
        traits.append("distractor:other_measure")
        n -= 1
    for fn in rng.sample(pool, max(n, 0)):
        ph, tr = fn(rng, p)
        text = add_distractor(rng, text, ph)
        traits.append(tr)
    if len([t for t in traits if t.startswith("distractor")]) == 0:
        ph, tr = d_claimed_rate(rng, p)
        text = add_distractor(rng, text, ph)
        traits.append(tr)
    return answered(text, amount, kind, p.cite(), "distractor", traits)


def build_calc(rng, p, lang=None):
    text, raw, amount, kind, lg = single_question(rng, p, lang=lang)
    return answered(text, amount, kind, p.cite(), "calc", prov_traits(p, raw) + ["lang:" + lg])


# ---------------- multi-item (same provision, several items) ----------------
def render_clin_items(rng, items_named):
    return items_named


def build_multi_item(rng, variant):
    P = PROVS
    if variant == "clin":
        p = P["z5_1_enter"]
        st1, st2 = rng.sample(["I", "II", "III"], 2)
        n1, n2 = rng.randrange(1, 4), rng.randrange(1, 4)
        items = [(1, st1, n1), (1, st2, n2)]
        amount, kind = ref_z5_enter(items)
        s = {"n1": str(n1), "n2": str(n2), "d1": rng.choice(CLASS1_DRUGS), "d2": rng.choice(CLASS1_DRUGS),
             "st1": stage_txt(rng, st1), "st2": stage_txt(rng, st2)}
        lg, tpl = rng.choice(p.multi_tpls)
        return answered(fill(tpl, s), amount, kind, p.cite(), "multi_item", prov_traits(p) + ["several_varieties", "lang:zh"])
    if variant.startswith("clin_cap"):
        p = P["z5_1_enter"]
        if variant == "clin_cap_bind":
            n1, n2 = rng.randrange(46, 56), rng.randrange(10, 30)
        elif variant == "clin_cap_exact":
            n1 = rng.randrange(40, 50)
            n2 = (10000 - 200 * n1) // 100
        else:
            n1 = rng.randrange(40, 46)
            n2 = rng.randrange(1, (10000 - 200 * n1) // 100)
        items = [(1, "III", n1), (1, "II", n2)]
        amount, kind = ref_z5_enter(items)
        total = 200 * WAN * n1 + 100 * WAN * n2
        s = {"n1": str(n1), "n2": str(n2), "d1": "1类新药", "d2": "1类新药",
             "st1": stage_txt(rng, "III"), "st2": stage_txt(rng, "II")}
        lg, tpl = rng.choice(p.multi_tpls)
        tr = ["cap_binds_enterprise_year"] if total > amount else (["cap_exact_enterprise_year"] if total == amount == YI else ["cap_not_binding_enterprise_year"])
        return answered(fill(tpl, s), amount, kind, p.cite(), "multi_item", prov_traits(p) + ["several_varieties", "lang:zh"] + tr)
    if variant in ("reg", "reg_partial"):
        p = P["z6_1_reg"]
        keys = rng.sample(["c1", "c2", "major_improved", "first_generic"], rng.randrange(2, 4))
        names = [rng.choice(REG_TXT[k]) for k in keys]
        amount, kind = ref_z6_reg(keys)
        parts = ["1个" + n for n in names]
        traits = prov_traits(p) + ["several_products", "lang:zh"]
        if variant == "reg_partial":
            parts.insert(rng.randrange(len(parts) + 1), "1个普通仿制药（非首仿，3类化学药）")
            traits.append("partial_ineligible_item")
        lst = "、".join(parts[:-1]) + "和" + parts[-1]
        lg, tpl = rng.choice(p.multi_tpls)
        return answered(fill(tpl, {"lst": lst}), amount, kind, p.cite(), "multi_item", traits)
    if variant in ("vet", "vet_partial"):
        p = P["z6_2_vet"]
        cls = sorted(rng.sample([1, 2, 3], rng.randrange(2, 4)))
        amount, kind = ref_z6_vet(cls)
        names = [rng.choice(VET_TXT[c][:1]) for c in cls]
        traits = prov_traits(p) + ["several_products", "lang:zh"]
        if variant == "vet_partial":
            names.append("四类")
            traits.append("partial_ineligible_item")
        lst = "、".join(names[:-1]) + "和" + names[-1]
        lg, tpl = rng.choice(p.multi_tpls)
        return answered(fill(tpl, {"lst": lst}), amount, kind, p.cite(), "multi_item", traits)
    if variant == "reg_vet":
        k = rng.choice(["c1", "c2", "first_generic"])
        c = rng.choice([1, 2, 3])
        a1 = ref_z6_reg([k])
        a2 = ref_z6_vet([c])
        amount, kind = combine([a1, a2])
        text = rng.choice([
            "我们同时有一个{d}（人用药）拿到注册证书并产业化，还有一个{c}新兽药拿到证书并产业化，两项合计最多能拿多少？",
            "人药和兽药都拿证了：{d}已获注册证书且产业化；另有{c}新兽药注册证书，也已产业化。总共支持上限？",
        ])
        text = fill(text, {"d": rng.choice(REG_TXT[k]), "c": VET_TXT[c][0]})
        return answered(text, amount, kind, [[ZD, "第六条"]], "multi_item", ["prov:z6_1_reg", "prov:z6_2_vet", "doc:" + ZD, "several_products", "lang:zh"])
    if variant == "output":
        p = P["z12_3_output"]
        pairs = [sample_output_pair(rng) for _ in range(2)]
        amount, kind = ref_z12_output(pairs)
        d1, d2 = rng.sample(DRUG_NAMES, 2)
        tpl = rng.choice([
            "我们两个品种今年产值都创了新高：{d1}去年{p1}、今年{c1}；{d2}去年{p2}、今年{c2}（两个品种以前都没超过去年的水平）。单品种年产值奖励一共多少？",
            "单品种年产值奖励怎么算？{d1}：上年{p1}，本年{c1}；{d2}：上年{p2}，本年{c2}。上年数字就是各自历史最高。合计能奖多少？",
        ])
        text = fill(tpl, {"d1": d1, "d2": d2, "p1": fmt_money(rng, pairs[0][0]), "c1": fmt_money(rng, pairs[0][1]),
                          "p2": fmt_money(rng, pairs[1][0]), "c2": fmt_money(rng, pairs[1][1])})
        return answered(text, amount, kind, p.cite(), "multi_item", prov_traits(p) + ["several_products", "lang:zh"])
    if variant == "entrust":
        p = P["z8_1_entrust"]
        t1, t2 = pick_amount(rng, 100, 5000), pick_amount(rng, 100, 5000)
        amount, kind = ref_z8_entrust([t1, t2])
        d1, d2 = rng.sample(DRUG_NAMES, 2)
        tpl = rng.choice([
            "我们委托生产了两个品种：{d1}实际交易额{x1}，{d2}实际交易额{x2}，按MAH委托生产那条一共能拿多少？",
            "作为持有人，{d1}和{d2}都委托给区内医药企业生产，实际交易额分别是{x1}和{x2}，合计支持上限？",
        ])
        text = fill(tpl, {"d1": d1, "d2": d2, "x1": fmt_money(rng, t1), "x2": fmt_money(rng, t2)})
        return answered(text, amount, kind, p.cite(), "multi_item", prov_traits(p) + ["several_products", "lang:zh"])
    if variant == "clin_partial":
        p = P["z5_1_enter"]
        st = rng.choice(["I", "II", "III"])
        items = [(1, st, 1)]
        amount, kind = ref_z5_enter(items)
        tpl = rng.choice([
            "今年我们一个{d}进入{st}临床，另外一个3类生物制品（生物类似药）也进入了{st2}临床，这两个能拿多少奖励？",
            "{d}进了{st}，还有个3类化学药（仿制药）在做{st2}临床，临床奖励一共多少？",
        ])
        text = fill(tpl, {"d": rng.choice(CLASS1_DRUGS), "st": stage_txt(rng, st), "st2": stage_txt(rng, rng.choice(["I", "III"]))})
        return answered(text, amount, kind, p.cite(), "multi_item", prov_traits(p) + ["partial_ineligible_item", "lang:zh"])
    raise ValueError(variant)


# ---------------- several provisions in one question ----------------
COMBO_POOL = ["z15_1_service", "z15_2_platform", "z16_3_event", "z8_1_entrust", "z8_2_sales", "z11_1_intl",
              "z11_2_licin", "z11_2_licout", "z12_1_revenue", "z12_3_output", "z5_1_enter", "z6_1_reg",
              "z6_2_vet", "cp5_ai", "cp11_park", "cp13"]
NOT_SAME = "（与前面不是同一个品种）"
COMBO_EXCLUDE = [{"z12_1_revenue", "z8_2_sales"}, {"z11_2_licin", "z6_1_reg"}]
PRODUCT_BASED = {"z5_1_enter", "z6_1_reg", "z6_2_vet", "z11_1_intl", "z11_2_licin", "z11_2_licout", "z12_3_output",
                 "z8_1_entrust"}

COMBO_FRAMES = [
    ("zh", "我们公司情况：{f}。这几项加起来最多能拿多少？"),
    ("zh", "想算个总账：{f}。总共能拿多少？"),
    ("zh", "请帮忙合计测算：{f}。以上各项合计可获支持上限为多少？"),
    ("zh", "{f}，一共多少钱？"),
    ("zh", "几个事一起问：{f}。合起来多少？"),
    ("list", "我们今年有这几项：\n{f}\n全部加起来能申请多少支持？"),
]


def build_multi_provision(rng, n=None):
    n = n or rng.choice([2, 2, 3])
    while True:
        keys = rng.sample(COMBO_POOL, n)
        if any(ex <= set(keys) for ex in COMBO_EXCLUDE):
            continue
        break
    parts, facts, cites, traits = [], [], [], ["lang:zh"]
    used_d = set()
    for k in keys:
        p = PROVS[k]
        raw = p.sample(rng)
        for _ in range(50):
            if raw.get("d") not in used_d:
                break
            raw = p.sample(rng)
        if "d" in raw:
            used_d.add(raw["d"])
        if k == "cp13":
            raw = {"w": "first_overseas"}
        parts.append(p.calc(raw))
        if k == "cp13":
            facts.append(rng.choice(["我们的创新药技术成果首次在海外应用", "我们还在海外设立了研发中心"]))
        else:
            f = fact_text(rng, p, raw)
            if k in PRODUCT_BASED and any(x in PRODUCT_BASED for x in keys[:keys.index(k)]):
                f = f + NOT_SAME
                traits.append("distinct_products_stated")
            facts.append(f)
        cites.append([p.doc, p.art])
        traits += prov_traits(p, raw)
    amount, kind = combine(parts)
    docs = {c[0] for c in cites}
    if len(docs) > 1:
        traits.append("cross_doc_different_projects")
    lg, frame = rng.choice(COMBO_FRAMES)
    if lg == "list":
        f = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(facts))
    else:
        sep = rng.choice(["；", "；另外，", "；还有，", "。此外，"])
        f = sep.join(facts)
    text = fill(frame, {"f": f})
    traits.append("provisions:%d" % n)
    return answered(text, amount, kind, dedupe_cites(cites), "multi_provision", traits)


def build_same_matter(rng):
    s_amt = pick_amount(rng, 200, 3000)
    i_amt = pick_amount(rng, 200, 3000)
    while i_amt == s_amt:
        i_amt = pick_amount(rng, 200, 3000)
    a1 = ref_z15_service(s_amt)
    a2 = ref_z8_manufacture(i_amt)
    amount, kind = combine([a1, a2], same_matter=True)
    win = "第十五条" if a1[0] >= a2[0] else "第八条"
    tpl = rng.choice([
        "我们是CDMO，按药品上市许可持有人制度为一家药企承担品种生产。这是同一个项目：算CDMO服务的话年度实际服务金额{s}，算承担生产的话实际投入{i}。同一事项能不能两条都拿？最多能拿多少？",
        "同一个受托生产项目，既符合第八条（按MAH制度承担生产，实际投入{i}），也符合第十五条（CDMO年度实际服务金额{s}）。按政策最多能拿多少？",
        "我司作为CDMO承接MAH委托生产，该项目实际投入金额{i}，对应年度实际服务金额{s}，两者是同一个项目。请问按第八条和第十五条合计可获支持多少？",
        "一个项目两条政策：MAH承担生产实际投入{i}，同时这个项目的CDMO服务金额{s}。是叠加还是取高？能拿多少？",
    ])
    text = fill(tpl, {"s": fmt_money(rng, s_amt), "i": fmt_money(rng, i_amt)})
    return mk(text, ["answered"], [[ZD, win]], amount, kind, inc=[wan_text(amount)], tag="multi_provision",
              traits=["same_matter_congyou", "prov:z15_1_service", "prov:z8_1_manufacture", "doc:" + ZD, "lang:zh"])


# ---------------- ineligible ----------------
def expect_inel(fn, *a, **k):
    try:
        fn(*a, **k)
    except Ineligible:
        return
    raise AssertionError("expected ineligible: %s %s %s" % (fn.__name__, a, k))


def inel(text, cite, traits):
    return mk(text, ["ineligible"], cite, None, tag="ineligible", traits=traits + ["lang:zh"])


def build_ineligible(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "cro_3years":
        p = PROVS["z15_1_service"]
        raw = p.sample(rng)
        expect_inel(ref_z15_service, raw["X"], 3)
        tpl = rng.choice(["我们{t}已经连续三年拿过外包服务机构的支持了，今年实际服务金额{X}，还能拿多少？",
                          "{t}，前三年每年都拿了第十五条的支持，今年服务金额{X}，第四年还能申请吗，能给多少？"])
        return inel(fill(tpl, {"t": raw["t"], "X": m(raw["X"])}), p.cite(), ["prov:" + p.key, "already_received_3_years"])
    if variant == "cro_wrongkind":
        tpl = rng.choice(["我们做医院信息化软件，不是CRO、CDMO或CMO，年度服务合同额{X}，能按合同外包服务机构那条拿多少？",
                          "我们是一家广告公司，给药企做营销推广服务，一年服务金额{X}，能按CRO、CDMO那条申请20%吗？"])
        return inel(fill(tpl, {"X": m(pick_amount(rng, 100, 2000))}), [[ZD, "第十五条"]], ["prov:z15_1_service", "wrong_kind_of_enterprise"])
    if variant.startswith("rd_"):
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        sme, g = rng.choice(SME_TXT), rng.choice(GROWTH_TXT)
        trait = variant
        if variant == "rd_revenue":
            raw["R"] = rng.choice([3000 * WAN, pick_amount(rng, 3010, 9000)])
            if raw["R"] == 3000 * WAN:
                trait = "rd_revenue_exactly_3000wan"
            expect_inel(ref_z13, raw["R"], raw["a"], raw["b"], True, True)
            tpl = rng.choice(p.tpls[:6])[1]
        elif variant == "rd_sum":
            while True:
                a = pick_amount(rng, 200, 500)
                b = pick_amount(rng, 250, 600)
                if b > a and a + b < 1000 * WAN:
                    break
            raw["a"], raw["b"] = a, b
            expect_inel(ref_z13, raw["R"], a, b, True, True)
            tpl = rng.choice(p.tpls[:6])[1]
        elif variant == "rd_fall":
            while True:
                a = pick_amount(rng, 600, 1500)
                b = pick_amount(rng, 400, 1400)
                if b < a and a + b >= 1000 * WAN:
                    break
            raw["a"], raw["b"] = a, b
            expect_inel(ref_z13, raw["R"], a, b, False, True)
            tpl = rng.choice(["我们是{sme}，上年营收{R}，前年研发投入{a}，去年研发投入降到了{X}，能按第十三条拿多少？",
                              "{sme}，上一年度营业收入{R}；研发投入前年{a}、去年{X}（去年有所下降）。研发补贴能拿多少？"])
        else:  # rd_years
            expect_inel(ref_z13, raw["R"], raw["a"], raw["b"], True, True, 3)
            tpl = rng.choice(["我们是{sme}，上年营收{R}，前年研发{a}，去年研发{X}，{g}。不过第十三条的支持我们已经累计拿了三年了，今年还能拿多少？",
                              "第十三条已经连续享受三年了。今年情况：{sme}，营收{R}，研发投入前年{a}、去年{X}，{g}。还能拿吗？"])
        s = {"sme": sme, "g": g, "R": m(raw["R"]), "a": m(raw["a"]), "X": m(raw["b"])}
        return inel(fill(tpl, s), p.cite(), ["prov:" + p.key, trait])
    if variant == "rev_below":
        x = rng.randrange(600, 1000) * 50 * WAN
        expect_inel(ref_z12_rev, x)
        tpl = rng.choice(["我们今年主营业务收入{X}，是历史最高，扩能升级那条能拿多少？",
                          "医药企业，年度主营业务收入首次达到{X}，按第十二条能拿多少？"])
        return inel(fill(tpl, {"X": m(x)}), [[ZD, "第十二条"]], ["prov:z12_1_revenue", "below_threshold"])
    if variant == "rev_notfirst":
        x = rng.randrange(100, 800) * 500 * WAN
        expect_inel(ref_z12_rev, x, first_time=False)
        tpl = rng.choice(["我们主营业务收入前年就突破5亿了，今年{X}，还能按2‰拿吗？能拿多少？",
                          "医药企业，主营业务收入连续三年都在5亿以上，今年是{X}，能拿多少？"])
        return inel(fill(tpl, {"X": m(x)}), [[ZD, "第十二条"]], ["prov:z12_1_revenue", "not_first_time"])
    if variant == "rev_wrongkind":
        x = rng.randrange(100, 800) * 500 * WAN
        tpl = rng.choice(["我们是一家房地产开发公司，主营业务收入首次突破5亿元，达到{X}，能按第十二条拿多少？",
                          "我们做餐饮连锁的，年度主营业务收入第一次超过5亿，为{X}，能拿扩能升级的支持吗？多少？"])
        return inel(fill(tpl, {"X": m(x)}), [[ZD, "第十二条"]], ["prov:z12_1_revenue", "wrong_kind_of_enterprise"])
    if variant == "out_below":
        c = pick_amount(rng, 1000, 4900)
        prev = pick_amount(rng, 300, c // WAN - 10)
        expect_inel(ref_z12_output_one, prev, c)
        tpl = rng.choice(["我们一个品种今年年产值{C}，去年{P}，创了新高，单品种产值奖励能拿多少？",
                          "单品种年产值首次达到{C}，能奖励多少？（去年是{P}）"])
        return inel(fill(tpl, {"C": m(c), "P": m(prev)}), [[ZD, "第十二条"]], ["prov:z12_3_output", "below_threshold"])
    if variant == "out_notier":
        k = rng.randrange(0, 4)
        lo, hi = OUT_TIERS[k][0], OUT_TIERS[k + 1][0]
        step = 100 * WAN if hi <= 5 * YI else 1000 * WAN
        a = rng.randrange(lo // step + 1, hi // step - 1)
        b = rng.randrange(a + 1, hi // step)
        prev, cur = a * step, b * step
        expect_inel(ref_z12_output_one, prev, cur)
        tpl = rng.choice(["{d}去年年产值{P}，今年涨到{C}，单品种产值奖励能拿多少？",
                          "我们{d}年产值从{P}增长到{C}，这个能拿产值奖励吗？多少？"])
        return inel(fill(tpl, {"d": rng.choice(DRUG_NAMES), "C": m(cur), "P": m(prev)}), [[ZD, "第十二条"]],
                    ["prov:z12_3_output", "no_new_tier"])
    if variant == "licout_low":
        u = rng.choice([8000 * WAN, 5000 * WAN, 9500 * WAN, 1 * YI])
        expect_inel(ref_z11_licout, u)
        tpl = rng.choice(["我们和一家跨国药企签了License-out合同，一个品种，合同总额{U}，已签订，能拿多少？",
                          "对外授权（License-out）给跨国龙头企业，合同总额{U}，签完了，单品种能给多少？"])
        tr = ["prov:z11_2_licout", "exactly_threshold" if u == YI else "below_threshold"]
        return inel(fill(tpl, {"U": fmt_usd(rng, u)}), [[ZD, "第十一条"]], tr)
    if variant == "licout_unsigned":
        u = rng.randrange(2, 20) * YI
        expect_inel(ref_z11_licout, u, signed=False)
        tpl = rng.choice(["我们正在和一家跨国药企谈License-out，意向合同总额{U}，合同还没签，现在能拿多少？",
                          "License-out合同总额预计{U}，目前只签了意向书，正式合同还没签订，能申请多少？"])
        return inel(fill(tpl, {"U": fmt_usd(rng, u)}), [[ZD, "第十一条"]], ["prov:z11_2_licout", "condition_not_yet_met"])
    if variant == "licin_unlisted":
        expect_inel(ref_z11_licin, 0)
        tpl = rng.choice(["我们通过License-in从美国引进的产品还在Ⅲ期临床，没上市，现在能拿多少？",
                          "License-in引进的德国技术正在做临床，产品还没获批上市，这条现在能给多少？"])
        return inel(fill(tpl, {}), [[ZD, "第十一条"]], ["prov:z11_2_licin", "condition_not_yet_met"])
    if variant == "licin_domestic":
        tpl = rng.choice(["我们从国内一所高校通过License-in引进了技术，产品已经上市，按第十一条能拿多少？",
                          "技术是从上海一家公司授权引进的（国内），产品已经上市了，License-in那条能给多少？"])
        return inel(fill(tpl, {}), [[ZD, "第十一条"]], ["prov:z11_2_licin", "wrong_origin_domestic"])
    if variant == "clin_class3":
        expect_inel(ref_z5_enter, [(3, "III", 1)])
        tpl = rng.choice(["我们有个3类生物制品（生物类似药）进入{st}临床，能拿多少奖励？",
                          "仿制药（3类化学药）进入{st}临床试验，新药临床研发那条能奖多少？"])
        return inel(fill(tpl, {"st": stage_txt(rng, rng.choice(["I", "III"]))}), [[ZD, "第五条"]], ["prov:z5_1_enter", "wrong_drug_class"])
    if variant == "reg_generic":
        tpl = rng.choice(["我们一个普通仿制药（3类化学药，不是首仿）拿到注册证书了，也在产业化，能拿多少？",
                          "3类化学药（仿制，非首仿）获批上市并投产，新药申报上市那条能给多少？"])
        return inel(fill(tpl, {}), [[ZD, "第六条"]], ["prov:z6_1_reg", "wrong_drug_class"])
    if variant == "reg_noindustrial":
        tpl = rng.choice(["我们的{d}拿到药品注册证书了，但还没有实施产业化，现在能拿多少？",
                          "{d}刚获批上市，不过还没投产、没有产业化，现在能申请多少？"])
        return inel(fill(tpl, {"d": rng.choice(REG_TXT["c1"])}), [[ZD, "第六条"]], ["prov:z6_1_reg", "condition_not_yet_met"])
    if variant == "vet45":
        c = rng.choice([4, 5])
        expect_inel(ref_z6_vet, [c])
        tpl = rng.choice(PROVS["z6_2_vet"].tpls)[1]
        return inel(fill(tpl, {"c": rng.choice(VET_TXT[c])}), [[ZD, "第六条"]], ["prov:z6_2_vet", "wrong_drug_class"])
    if variant == "intl_nmpa":
        tpl = rng.choice(["我们的药在国内拿到了NMPA批准（没有申请FDA或EMA），注册费用{X}，按国际化那条能补多少？",
                          "只在国家药监局获批，没有海外认证，注册花了{X}，第十一条能给多少？"])
        return inel(fill(tpl, {"X": m(pick_amount(rng, 30, 300))}), [[ZD, "第十一条"]], ["prov:z11_1_intl", "wrong_authority"])
    if variant == "cp12_domestic":
        expect_inel(ref_cp12, "rd_center", foreign=False)
        tpl = rng.choice(["我们是纯内资企业，研发中心研发投入增长了{g}，按外资研发中心研发激励计划能拿多少？",
                          "内资药企（没有外资成分），研发投入比去年增加{g}，外资研发中心那条能给多少？"])
        return inel(fill(tpl, {"g": m(pick_amount(rng, 300, 5000))}), [[CP, "（十二）"]], ["prov:cp12", "wrong_kind_of_enterprise"])
    raise ValueError(variant)


INELIGIBLE_VARIANTS = ["cro_3years", "cro_wrongkind", "rd_revenue", "rd_sum", "rd_fall", "rd_years", "rev_below",
                       "rev_notfirst", "rev_wrongkind", "out_below", "out_notier", "licout_low", "licout_unsigned",
                       "licin_unlisted", "licin_domestic", "clin_class3", "reg_generic", "reg_noindustrial", "vet45",
                       "intl_nmpa", "cp12_domestic"]


# ---------------- needs_info ----------------
NEEDS_GENERIC = ["z15_1_service", "z15_2_platform", "z16_3_event", "z8_1_entrust", "z8_1_manufacture", "z8_2_sales",
                 "cp5_ai", "cp11_park", "z12_1_revenue", "z13_rd"]
NEEDS_VARIANTS = ["missing", "range", "under", "approx", "conflict", "negative", "absurd", "over"]


def needs(text, cite, traits, tag="needs_info"):
    return mk(text, ["needs_info"], cite, None, tag=tag, traits=traits + ["lang:zh"])


def range_text(rng, lo, hi):
    opts = ["%s到%s之间" % (fmt_money(rng, lo), fmt_money(rng, hi)), "%s至%s" % (fmt_money(rng, lo), fmt_money(rng, hi))]
    if lo % WAN == 0 and hi % WAN == 0 and hi < YI:
        opts += ["%d-%d万" % (lo // WAN, hi // WAN), "%d~%d万" % (lo // WAN, hi // WAN)]
    return rng.choice(opts)


def build_needs_generic(rng, key, variant):
    p = PROVS[key]
    raw = p.sample(rng)
    v = raw[p.main]
    traits = ["prov:" + key, "needs:" + variant]
    zh = [t[1] for t in p.tpls if t[0] == "zh" and "{X}" in t[1]]
    if key == "z13_rd":
        zh = [t[1] for t in p.tpls[:6]]
    if variant == "missing":
        if key != "z13_rd":
            text = fill(rng.choice(p.missing)[1], p.slots(rng, raw, "zh"))
        else:
            text = fill(rng.choice(["我们是{sme}，上一年度营业收入{R}，{g}，上两年研发投入一共{S}，能拿多少？",
                                    "{sme}，营收{R}，上两年研发投入总额{S}，{g}，研发补贴多少？"]),
                        dict(p.slots(rng, raw, "zh"), S=fmt_money(rng, raw["a"] + raw["b"])))
            traits.append("needs:last_year_rd_split_missing")
        return needs(text, p.cite(), traits)
    tpl = rng.choice(zh)
    status = ["needs_info"]
    if variant == "range":
        hi = v + max(10 * WAN, (v // 5 // (10 * WAN)) * 10 * WAN)
        lo, hi2 = v, hi
        if p.capped and rng.random() < 0.4:
            thr = {"z15_2_platform": 10000, "cp5_ai": 16667, "cp11_park": 6000}[key] * WAN
            lo = (thr // WAN + rng.randrange(100, 2000)) * WAN
            hi2 = lo + rng.randrange(10, 200) * 100 * WAN
        a1, a2 = p.calc(dict(raw, **{p.main: lo})), p.calc(dict(raw, **{p.main: hi2}))
        if a1 == a2:
            status = ["needs_info", "answered"]
            traits.append("cap_unaffected")
        xtext = range_text(rng, lo, hi2)
    elif variant == "under":
        xtext = rng.choice(["不到%s", "%s以下", "少于%s", "不超过%s"]) % fmt_money(rng, v)
    elif variant == "over":
        if p.capped and rng.random() < 0.6:
            thr = {"z15_2_platform": 10000, "cp5_ai": 16667, "cp11_park": 6000}[key] * WAN
            v = (thr // WAN + rng.randrange(100, 3000)) * WAN
            status = ["needs_info", "answered"]
            traits.append("cap_unaffected")
        xtext = rng.choice(["超过%s", "%s以上", "不少于%s"]) % fmt_money(rng, v)
    elif variant == "approx":
        v = max(200, (v // WAN // 100) * 100) * WAN if v < YI else (v // YI) * YI
        xtext = ("%d多万" % (v // WAN)) if v < YI else ("%d个多亿" % (v // YI))
    elif variant == "conflict":
        v2 = v + rng.randrange(2, 30) * 10 * WAN
        a1, a2 = p.calc(raw), p.calc(dict(raw, **{p.main: v2}))
        if a1 == a2:
            status = ["needs_info", "answered"]
            traits.append("cap_unaffected")
        s = p.slots(rng, raw, "zh")
        suffix = rng.choice(["（不过%s这个数是业务部门报的，财务报表上写的是%s，两个数对不上，我也不确定用哪个）",
                             "但审计报告里这个数不是%s，而是%s，以哪个为准我也拿不准。",
                             "（刚才说的%s我不太确定，也可能是%s，记不清了）"]) % (s["X"], fmt_money(rng, v2))
        text = fill(tpl, s)
        if not suffix.startswith("（") and text[-1] not in "。？！?）":
            text += "。"
        text += suffix
        return mk(text, status, p.cite(), None if status == ["needs_info"] else _MISSING, tag="needs_info",
                  traits=traits + ["lang:zh"])
    elif variant == "negative":
        xtext = rng.choice(["-%s", "负%s"]) % fmt_money(rng, v)
        traits.append("implausible")
    elif variant == "absurd":
        xtext = rng.choice(["%d万亿元" % rng.randrange(30, 900), "%d亿亿元" % rng.randrange(2, 60),
                            "{:,}亿元".format(rng.randrange(200000, 9000000))])
        traits.append("implausible")
    else:
        raise ValueError(variant)
    text = fill(tpl, p.slots(rng, raw, "zh", xtext=xtext))
    return mk(text, status, p.cite(), None if status == ["needs_info"] else _MISSING, tag="needs_info",
              traits=traits + ["lang:zh"])


def build_needs_custom(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "clin_stage":
        t = rng.choice(["我们有个{d}开展临床试验了，能拿多少奖励？", "{d}在做临床，新药临床研发支持能给多少？"])
        return needs(fill(t, {"d": rng.choice(CLASS1_DRUGS)}), [[ZD, "第五条"]], ["prov:z5_1_enter", "needs:stage_missing"])
    if variant == "clin_class":
        t = rng.choice(["我们有个新药进入{st}临床了，能拿多少？", "创新药刚进{st}，奖励是多少钱？"])
        return needs(fill(t, {"st": stage_txt(rng, rng.choice(["I", "II", "III"]))}), [[ZD, "第五条"]], ["prov:z5_1_enter", "needs:class_missing"])
    if variant == "clin_ind":
        t = rng.choice(["我们{d}刚拿到临床试验批件（IND获批），还没开始入组，能拿多少奖励？"])
        return mk(fill(t, {"d": rng.choice(CLASS1_DRUGS)}), ["needs_info", "ineligible"], [[ZD, "第五条"]], None,
                  tag="needs_info", traits=["prov:z5_1_enter", "needs:ambiguous_stage", "lang:zh"])
    if variant == "reg_class":
        t = rng.choice(["我们的新药拿到注册证书并产业化了，能拿多少？", "药品注册证书下来了，已经投产，申报上市支持能给多少？"])
        return needs(fill(t, {}), [[ZD, "第六条"]], ["prov:z6_1_reg", "needs:class_missing"])
    if variant == "vet_class":
        t = rng.choice(["我们拿到了新兽药注册证书，已经产业化，能拿多少？", "动物药新兽药证书拿到了，能补多少？类别我不太清楚。"])
        return needs(fill(t, {}), [[ZD, "第六条"]], ["prov:z6_2_vet", "needs:class_missing"])
    if variant == "output_history":
        c = rng.choice([pick_amount(rng, 6000, 9000), pick_amount(rng, 11000, 40000, 100), rng.randrange(6, 9) * YI])
        t = rng.choice(["我们单品种今年年产值{C}，能拿多少奖励？", "{d}年产值做到{C}了，单品种产值奖励多少？"])
        return needs(fill(t, {"C": m(c), "d": rng.choice(DRUG_NAMES)}), [[ZD, "第十二条"]], ["prov:z12_3_output", "needs:history_missing"])
    if variant == "intl_fees":
        t = rng.choice(["我们的新药新获得了FDA批准，能补多少？", "EMA认证刚拿到，国际化那条能给多少钱？"])
        return needs(fill(t, {}), [[ZD, "第十一条"]], ["prov:z11_1_intl", "needs:missing"])
    if variant == "intl_partial":
        t = rng.choice(["新获FDA认证，海外注册费{a}，检测费和当地代理费还没统计出来，最多能补多少？"])
        return needs(fill(t, {"a": m(pick_amount(rng, 30, 300))}), [[ZD, "第十一条"]], ["prov:z11_1_intl", "needs:partial_figures"])
    if variant == "licout_total":
        t = rng.choice(["我们和跨国药企签了一个品种的License-out合同，能拿多少？", "License-out合同签了，对方是欧洲龙头药企，支持多少？"])
        return needs(fill(t, {}), [[ZD, "第十一条"]], ["prov:z11_2_licout", "needs:missing"])
    if variant == "rev_first":
        x = rng.randrange(100, 800) * 500 * WAN
        t = rng.choice(["我们医药企业今年主营业务收入{X}，能按第十二条拿多少？", "主营业务收入{X}，扩能升级那条能给多少？"])
        return needs(fill(t, {"X": m(x)}), [[ZD, "第十二条"]], ["prov:z12_1_revenue", "needs:first_time_unknown"])
    if variant == "rd_growth":
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        t = rng.choice(["我们是{sme}，上一年度营业收入{R}，前年研发投入{a}、去年研发投入{X}，研发补贴能拿多少？"])
        return needs(fill(t, p.slots(rng, raw, "zh")), [[ZD, "第十三条"]], ["prov:z13_rd", "needs:growth_history_missing"])
    raise ValueError(variant)


NEEDS_CUSTOM = ["clin_stage", "clin_class", "clin_ind", "reg_class", "vet_class", "output_history", "intl_fees",
                "intl_partial", "licout_total", "rev_first", "rd_growth"]


# ---------------- unspecified figures ----------------
def build_unspecified(rng, variant):
    m = lambda x: fmt_money(rng, x)
    U = {
        "z5_completion_c1": (ZD, "第五条", ["我们的{d}完成了{st}临床试验，实际临床研发投入{Z}，能拿多少？",
                                           "{d}{st}临床已经完成，临床花了{Z}，完成阶段的支持是多少？"]),
        "z5_completion_c2": (ZD, "第五条", ["我们经认定的2类{k}完成了{st}临床试验，临床研发投入{Z}，能拿多少？"]),
        "z12_2_match": (ZD, "第十二条", ["我们获得了国家级重大专项任务，实际获得专项资金{Z}，区里配套能给多少？",
                                         "拿到国家级重要资质认定的资金支持{Z}，配套支持多少？"]),
        "z14_3_risk": (ZD, "第十四条", ["我们银行给科创企业发放知识产权质押贷款发生了损失，损失本金{Z}，风险补偿多少？"]),
        "z4_concept": (ZD, "第四条", ["我们医院和企业合作开展临床科技成果转化早期项目的概念验证，按昌平组团支持办法能拿多少概念验证资金？"]),
        "z4_ai": (ZD, "第四条", ["按昌平组团支持办法，我们的人工智能辅助影像识别与诊断项目已转化应用，经认定每个项目能给多少？"]),
        "z10_project": (ZD, "第十条", ["我们的产业化项目具有全球领先水平，固定资产实际投资额（不含房产、土地）{Z}，能支持多少？"]),
        "z15_2_operating": (ZD, "第十五条", ["我们的共享服务平台已经投入运营，服务效果不错，运营奖励能给多少？"]),
        "z16_3_alliance": (ZD, "第十六条", ["我们牵头组建的产业联盟获得了市级认定，运营补贴给多少？"]),
        "z9_talent": (ZD, "第九条", ["我们企业拥有国际领军人才和团队，有国际原创技术，能给多少资金支持？"]),
        "cp9_fund": (CP, "（九）", ["我们投资机构设立了私募股权投资基金，实缴规模{Z}，聚焦细胞与基因治疗，按若干措施能给多少支持？"]),
        "cp4_compute": (CP, "（四）", ["我们企业使用智能算力做药物研发，算力券能补多少？"]),
        "cp14_talent": (CP, "（十四）", ["我们引进的青年拔尖人才纳入了高层次创新创业人才计划，能给多少资金支持？"]),
        "cp1_platform": (CP, "（一）", ["我们是高能级创新平台，有高水平研发团队，能够显著引领产业发展，若干措施能给多少资金支持？"]),
    }
    if variant == "z5_2_nonreg":
        t = rng.choice(["我们在细胞与基因治疗领域开展了{n}个品种的非注册性临床试验，能拿多少？",
                        "CGT非注册性临床，{n}个品种，奖励怎么算？"])
        return mk(fill(t, {"n": rng.randrange(1, 5)}), ["answered"], [[ZD, "第五条"]], tag="unspecified",
                  traits=["prov:z5_2_nonreg", "ambiguous_kind", "lang:zh"])
    if variant == "z7_device":
        t = rng.choice(["我们的三类医疗器械拿到注册证了，按昌平组团支持办法能拿多少？"])
        return mk(fill(t, {}), ["answered", "out_of_scope"], [], None, tag="unspecified",
                  traits=["prov:z7_device", "refers_to_other_policy", "lang:zh"])
    doc, art, tpls = U[variant]
    s = {"d": rng.choice(CLASS1_DRUGS), "st": stage_txt(rng, rng.choice(["I", "II", "III"])),
         "k": rng.choice(["生物制品", "化学药", "中药"]), "Z": m(pick_amount(rng, 500, 20000, 100))}
    return mk(fill(rng.choice(tpls), s), ["answered"], [[doc, art]], None, "unspecified", tag="unspecified",
              traits=["prov:" + variant, "lang:zh"])


UNSPEC_VARIANTS = ["z5_completion_c1", "z5_completion_c2", "z12_2_match", "z14_3_risk", "z4_concept", "z4_ai",
                   "z10_project", "z15_2_operating", "z16_3_alliance", "z9_talent", "cp9_fund", "cp4_compute",
                   "cp14_talent", "cp1_platform", "z5_2_nonreg", "z7_device"]


# ---------------- multi-turn ----------------
LATE_PROVS = ["z15_1_service", "z15_2_platform", "z16_3_event", "z8_1_entrust", "z8_1_manufacture", "z8_2_sales",
              "z12_1_revenue", "cp5_ai", "cp11_park"]
MAIN_PROVS = LATE_PROVS
GREETINGS = ["你好", "您好，想咨询点政策问题", "在吗？", "你好，我是企业的政策专员", "Hi"]
CORRECTIONS = ["不对，是{X}", "说错了，应该是{X}。", "更正一下：金额是{X}，麻烦重新算", "刚才那个数不对，实际是{X}",
               "sorry打错了，是{X}", "等等，我看错报表了，是{X}。那能拿多少？", "不好意思，上面的数字有误，正确的是{X}。"]
INTERLUDES = ["今天北京天气怎么样？", "顺便问下，你能帮我写首诗吗？", "你是谁开发的？", "上海张江有没有类似的政策？",
              "先问个别的：推荐几只医药股票？", "讲个笑话吧"]
RETURNS = ["回到刚才的问题，我们能拿多少？", "好，说回正事，刚才那个情况能拿多少支持？", "言归正传，按刚才说的我们最多能拿多少？",
           "那回到我们公司的情况，能补多少？"]
ASK_AFTER = ["能拿多少？", "那能给多少？", "这样最多能补多少？", "请问支持金额？"]


def mt(turns, status, cite, amount=_MISSING, kind=_MISSING, traits=(), inc=None):
    if inc is None:
        inc = [wan_text(amount)] if status == ["answered"] and amount not in (_MISSING, None) else []
    return mk(turns, status, cite, amount, kind, inc=inc, tag="multi-turn", traits=list(traits) + ["turns:%d" % len(turns)])


def mt_late(rng):
    p = PROVS[rng.choice(LATE_PROVS)]
    raw = p.sample(rng)
    amount, kind = p.calc(raw)
    s = p.slots(rng, raw, "zh")
    turns = [fill(rng.choice(p.missing)[1], s), fill(rng.choice(p.supply)[1], s)]
    if rng.random() < 0.4:
        turns[1] = turns[1].rstrip("。") + "，" + rng.choice(ASK_AFTER)
    if rng.random() < 0.25:
        turns.insert(0, fill(rng.choice(GREETINGS), {}))
    return mt(turns, ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["fact_later_turn"])


def mt_late_custom(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "clin":
        st = rng.choice(["I", "II", "III"])
        amount, kind = ref_z5_enter([(1, st, 1)])
        d = rng.choice(CLASS1_DRUGS)
        turns = [fill(rng.choice(["我们有个{d}在做临床，能拿多少奖励？", "{d}的临床研发奖励怎么算？"]), {"d": d}),
                 fill(rng.choice(["刚进入{st}。", "现在是{st}临床，刚启动", "已经进{st}了"]), {"st": stage_txt(rng, st)})]
        return mt(turns, ["answered"], [[ZD, "第五条"]], amount, kind, ["prov:z5_1_enter", "fact_later_turn"])
    if variant == "reg":
        k = rng.choice(["c1", "c2", "first_generic", "major_improved"])
        amount, kind = ref_z6_reg([k])
        turns = [fill(rng.choice(["我们的药拿到注册证书并产业化了，能拿多少？", "新药获批上市了（已投产），支持多少？"]), {}),
                 fill(rng.choice(["是{d}", "品种是{d}。", "忘了说，{d}"]), {"d": rng.choice(REG_TXT[k])})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_1_reg", "fact_later_turn"])
    if variant == "vet":
        c = rng.choice([1, 2, 3])
        amount, kind = ref_z6_vet([c])
        turns = [fill("我们拿到了新兽药注册证书，产品已经产业化，能拿多少？", {}),
                 fill(rng.choice(["是{c}新兽药", "{c}的"]), {"c": rng.choice(VET_TXT[c])})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_2_vet", "fact_later_turn"])
    if variant == "licout":
        u = rng.randrange(12, 60) * 10 ** 7
        amount, kind = ref_z11_licout(u)
        turns = [fill("我们和一家跨国龙头药企签了一个品种的License-out合同，能拿多少？", {}),
                 fill(rng.choice(["合同总额{U}，已经签了", "总额{U}"]), {"U": fmt_usd(rng, u)})]
        return mt(turns, ["answered"], [[ZD, "第十一条"]], amount, kind, ["prov:z11_2_licout", "fact_later_turn"])
    if variant == "rd":
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        amount, kind = p.calc(raw)
        s = p.slots(rng, raw, "zh")
        turns = [fill("我们是{sme}，想申请研发创新支持，能拿多少？", s),
                 fill(rng.choice(["上一年度营业收入{R}，前年研发投入{a}，去年研发投入{X}", "营收{R}；研发：前年{a}、去年{X}"]), s),
                 fill(rng.choice(["{g}。", "对了，{g}"]), s)]
        return mt(turns, ["answered"], p.cite(), amount, kind, ["prov:z13_rd", "fact_later_turn"])
    if variant == "intl":
        p = PROVS["z11_1_intl"]
        raw = p.sample(rng)
        amount, kind = p.calc(raw)
        s = p.slots(rng, raw, "zh")
        turns = [fill("我们的{d}新获得了{ag}认证，能补多少？", s),
                 fill(rng.choice(["海外注册费{a}、检测费{b}、当地代理费{c}", "费用明细：注册费{a}，检测费{b}，代理费{c}"]), s)]
        return mt(turns, ["answered"], p.cite(), amount, kind, ["prov:z11_1_intl", "fact_later_turn"])
    if variant == "output":
        prev, cur = sample_output_pair(rng)
        amount, kind = ref_z12_output([(prev, cur)])
        turns = [fill("我们单品种今年年产值{C}，能拿多少奖励？", {"C": m(cur)}),
                 fill(rng.choice(["去年是{P}，之前从来没超过这个数", "以前最高就是去年的{P}"]), {"P": m(prev)})]
        return mt(turns, ["answered"], [[ZD, "第十二条"]], amount, kind, ["prov:z12_3_output", "fact_later_turn"])
    raise ValueError(variant)


def mt_correct(rng):
    p = PROVS[rng.choice(MAIN_PROVS)]
    raw1 = p.sample(rng)
    while True:
        raw2 = p.sample(rng)
        raw2 = dict(raw1, **{p.main: raw2[p.main]})
        if p.calc(raw2)[0] != p.calc(raw1)[0]:
            break
    text1, _, _, _, _ = single_question(rng, p, lang="zh", raw=raw1)
    amount, kind = p.calc(raw2)
    turns = [text1, fill(rng.choice(CORRECTIONS), {"X": fmt_money(rng, raw2[p.main])})]
    if rng.random() < 0.25:
        turns.append(fill(rng.choice(["按更正后的数字，能拿多少？", "那现在是多少？"]), {}))
    return mt(turns, ["answered"], p.cite(), amount, kind, prov_traits(p, raw2) + ["correction"])


def mt_correct_custom(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "reg_class":
        amount, kind = ref_z6_reg(["c1"])
        kind_txt = rng.choice(["中药", "生物制品", "化学药"])
        turns = [fill("我们一个2类{k}拿到注册证书并产业化了，能拿多少？", {"k": kind_txt}),
                 fill(rng.choice(["说错了，是1类{k}", "不对不对，是1类的{k}"]), {"k": kind_txt})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_1_reg", "correction"])
    if variant == "clin_stage":
        s1, s2 = rng.sample(["I", "II", "III"], 2)
        amount, kind = ref_z5_enter([(1, s2, 1)])
        d = rng.choice(CLASS1_DRUGS)
        turns = [fill("我们的{d}进入{s1}临床了，能拿多少？", {"d": d, "s1": stage_txt(rng, s1)}),
                 fill(rng.choice(["不对，是{s2}", "更正：进入的是{s2}临床"]), {"s2": stage_txt(rng, s2)})]
        return mt(turns, ["answered"], [[ZD, "第五条"]], amount, kind, ["prov:z5_1_enter", "correction"])
    if variant == "vet_class":
        c1, c2 = rng.sample([1, 2, 3], 2)
        amount, kind = ref_z6_vet([c2])
        turns = [fill("我们获得{c}新兽药注册证书且已产业化，能拿多少？", {"c": VET_TXT[c1][0]}),
                 fill("说错了，是{c}新兽药", {"c": VET_TXT[c2][0]})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_2_vet", "correction"])
    if variant == "rd_flip_ok":
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        amount, kind = p.calc(raw)
        bad = pick_amount(rng, 3100, 6000)
        expect_inel(ref_z13, bad, raw["a"], raw["b"], True, True)
        s = p.slots(rng, raw, "zh")
        turns = [fill("我们是{sme}，上一年度营业收入{BAD}，前年研发投入{a}、去年研发投入{X}，{g}，能拿多少研发补贴？", dict(s, BAD=m(bad))),
                 fill(rng.choice(["不对，营业收入是{R}", "说错了，上一年度营业收入应该是{R}。", "更正一下：营业收入是{R}，麻烦重新算"]), s)]
        return mt(turns, ["answered"], p.cite(), amount, kind, ["prov:z13_rd", "correction", "eligibility_flips_to_eligible"])
    if variant == "licout_flip_ok":
        bad = rng.choice([6000, 8000, 9000]) * WAN
        good = rng.randrange(12, 40) * 10 ** 7
        amount, kind = ref_z11_licout(good)
        turns = [fill("我们签了一个品种的License-out合同，对方是跨国龙头药企，合同总额{U}，能拿多少？", {"U": fmt_usd(rng, bad)}),
                 fill("不好意思说错了，合同总额是{U}", {"U": fmt_usd(rng, good)})]
        return mt(turns, ["answered"], [[ZD, "第十一条"]], amount, kind, ["prov:z11_2_licout", "correction", "eligibility_flips_to_eligible"])
    if variant == "licout_flip_bad":
        good = rng.randrange(12, 40) * 10 ** 7
        bad = rng.choice([6000, 8000, 9000]) * WAN
        expect_inel(ref_z11_licout, bad)
        turns = [fill("我们签了一个品种的License-out合同，合同总额{U}，能拿多少？", {"U": fmt_usd(rng, good)}),
                 fill("抱歉，我看错了，合同总额其实是{U}。", {"U": fmt_usd(rng, bad)})]
        return mt(turns, ["ineligible"], [[ZD, "第十一条"]], None, traits=["prov:z11_2_licout", "correction", "eligibility_flips_to_ineligible"])
    if variant == "rev_flip_ok":
        bad = rng.randrange(800, 1000) * 50 * WAN
        good = rng.randrange(101, 140) * 500 * WAN
        amount, kind = ref_z12_rev(good)
        turns = [fill("我们医药企业今年主营业务收入{X}，是历史上第一次这么高，扩能升级那条能拿多少？", {"X": m(bad)}),
                 fill("说错了，是{X}，首次突破5亿", {"X": m(good)})]
        return mt(turns, ["answered"], [[ZD, "第十二条"]], amount, kind, ["prov:z12_1_revenue", "correction", "eligibility_flips_to_eligible"])
    if variant == "reg_flip_bad":
        turns = [fill("我们的{d}拿到注册证书并产业化了，能拿多少？", {"d": rng.choice(REG_TXT["c1"])}),
                 fill(rng.choice(["更正一下，其实还没有实施产业化，生产线明年才建", "等下，产业化还没落地，现在还没投产"]), {})]
        return mt(turns, ["ineligible"], [[ZD, "第六条"]], None, traits=["prov:z6_1_reg", "correction", "eligibility_flips_to_ineligible"])
    raise ValueError(variant)


def mt_switch(rng):
    k1, k2 = rng.sample(list(PROVS), 2)
    p1, p2 = PROVS[k1], PROVS[k2]
    q1 = single_question(rng, p1, lang="zh")[0]
    q2, raw2, amount, kind, _ = single_question(rng, p2, lang="zh")
    lead = rng.choice(["换个问题，", "先不说这个了，单独问一下：", "另外一件事（和上面无关）：", "好的。再问个别的，"])
    return mt([q1, lead + q2], ["answered"], p2.cite(), amount, kind, prov_traits(p2, raw2) + ["topic_switch"])


def mt_interlude(rng):
    p = PROVS[rng.choice(list(PROVS))]
    raw = p.sample(rng)
    amount, kind = p.calc(raw)
    if p.facts and p.key not in ("cp7_svc",):
        f = fact_text(rng, p, raw)
    else:
        f = single_question(rng, p, lang="zh", raw=raw)[0].rstrip("？?")
    turns = [fill(rng.choice(["先说下我们的情况：{f}。", "{f}。", "背景：{f}。"]), {"f": f}),
             fill(rng.choice(INTERLUDES), {}), fill(rng.choice(RETURNS), {})]
    return mt(turns, ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["interlude"])


def mt_add(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "reg":
        k1, k2 = rng.choice(["c1", "c2", "first_generic"]), rng.choice(["c1", "c2", "major_improved"])
        amount, kind = ref_z6_reg([k1, k2])
        turns = [fill("我们有个{d1}拿到注册证书并产业化了，能拿多少？", {"d1": rng.choice(REG_TXT[k1])}),
                 fill("另外还有一个{d2}也拿证并产业化了", {"d2": rng.choice(REG_TXT[k2])}),
                 fill(rng.choice(["两个加起来最多多少？", "两项加起来多少？"]), {})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_1_reg", "items_added", "sum_over_turns"])
    if variant == "clin":
        s1, s2 = rng.choice(["I", "II", "III"]), rng.choice(["I", "II", "III"])
        amount, kind = ref_z5_enter([(1, s1, 1), (1, s2, 1)])
        turns = [fill("一个{d1}今年进入{s1}临床，能拿多少？", {"d1": rng.choice(CLASS1_DRUGS), "s1": stage_txt(rng, s1)}),
                 fill(rng.choice(["另外还有一个{d2}今年进入{s2}，一共多少？", "还有个{d2}也进了{s2}，两个加起来呢？"]),
                      {"d2": rng.choice(CLASS1_DRUGS), "s2": stage_txt(rng, s2)})]
        return mt(turns, ["answered"], [[ZD, "第五条"]], amount, kind, ["prov:z5_1_enter", "items_added", "sum_over_turns"])
    if variant == "licin":
        n1, n2 = rng.randrange(1, 3), rng.randrange(1, 3)
        amount, kind = ref_z11_licin(n1 + n2)
        turns = [fill("我们通过License-in从国外引进的{n}个产品已经上市，能拿多少？", {"n": n1}),
                 fill("今年又有{n}个License-in引进的产品获批上市了，现在一共能拿多少？", {"n": n2})]
        return mt(turns, ["answered"], [[ZD, "第十一条"]], amount, kind, ["prov:z11_2_licin", "items_added", "sum_over_turns"])
    if variant == "output":
        pr = [sample_output_pair(rng) for _ in range(2)]
        amount, kind = ref_z12_output(pr)
        turns = [fill("我们一个品种去年年产值{p}，今年{c}，以前没超过去年的水平，奖励多少？", {"p": m(pr[0][0]), "c": m(pr[0][1])}),
                 fill("另外还有一个品种，去年{p}，今年{c}，也是历史新高", {"p": m(pr[1][0]), "c": m(pr[1][1])}),
                 fill("两个品种合计奖励多少？", {})]
        return mt(turns, ["answered"], [[ZD, "第十二条"]], amount, kind, ["prov:z12_3_output", "items_added", "sum_over_turns"])
    # two different provisions
    k1, k2 = rng.sample([k for k in COMBO_POOL if k != "cp13"], 2)
    while {k1, k2} in COMBO_EXCLUDE or "cp7_svc" in (k1, k2):
        k1, k2 = rng.sample([k for k in COMBO_POOL if k != "cp13"], 2)
    p1, p2 = PROVS[k1], PROVS[k2]
    q1, raw1, a1, kd1, _ = single_question(rng, p1, lang="zh")
    raw2 = p2.sample(rng)
    for _ in range(50):
        if "d" not in raw2 or raw2["d"] != raw1.get("d"):
            break
        raw2 = p2.sample(rng)
    a2 = p2.calc(raw2)
    amount, kind = combine([(a1, kd1), a2])
    f2 = fact_text(rng, p2, raw2)
    if k1 in PRODUCT_BASED and k2 in PRODUCT_BASED:
        f2 = f2 + NOT_SAME
    cites = dedupe_cites([[p1.doc, p1.art], [p2.doc, p2.art]])
    tr = prov_traits(p1, raw1) + prov_traits(p2, raw2) + ["items_added", "sum_over_turns", "provisions:2"]
    if variant == "two_prov_3":
        turns = [q1, fill(rng.choice(["另外还有一个事：{f}。这个能拿多少？", "还有，{f}，这块呢？"]), {"f": f2}),
                 fill(rng.choice(["两项加起来多少？", "那两项合计最多能拿多少？", "加在一起一共多少钱？"]), {})]
    else:
        turns = [q1, fill(rng.choice(["另外{f}，加上刚才那个一共多少？", "再加一项：{f}。两项合计多少？"]), {"f": f2})]
    return mt(turns, ["answered"], cites, amount, kind, tr)


def mt_still_missing(rng):
    p = PROVS[rng.choice(LATE_PROVS)]
    raw = p.sample(rng)
    s = p.slots(rng, raw, "zh")
    v = raw[p.main]
    second = rng.choice(["具体数字我还没拿到，你先说能拿多少？", "这个我不太清楚，财务还在统计，大概能给多少？",
                         "大概" + range_text(rng, v, v + max(50 * WAN, v // 8 // (10 * WAN) * 10 * WAN)) + "吧",
                         "具体数还没出来，说不准"])
    turns = [fill(rng.choice(p.missing)[1], s), second]
    return mt(turns, ["needs_info"], p.cite(), None, traits=["prov:" + p.key, "still_missing"])


def mt_inel_later(rng, variant):
    m = lambda x: fmt_money(rng, x)
    if variant == "rd":
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        raw["R"] = pick_amount(rng, 3010, 8000)
        expect_inel(ref_z13, raw["R"], raw["a"], raw["b"], True, True)
        s = p.slots(rng, raw, "zh")
        turns = [fill("我们是{sme}，想申请第十三条的研发补贴", s),
                 fill("上一年度营业收入{R}，前年研发{a}，去年研发{X}，{g}。能拿多少？", s)]
        return mt(turns, ["ineligible"], p.cite(), None, traits=["prov:z13_rd", "ineligible_revealed_later"])
    if variant == "licout":
        u = rng.choice([3000, 6000, 9000]) * WAN
        expect_inel(ref_z11_licout, u)
        turns = [fill("我们和跨国药企签了一个品种的License-out合同，能拿多少？", {}),
                 fill("合同总额{U}，已经签了", {"U": fmt_usd(rng, u)})]
        return mt(turns, ["ineligible"], [[ZD, "第十一条"]], None, traits=["prov:z11_2_licout", "ineligible_revealed_later"])
    if variant == "cro":
        turns = [fill("我们是CRO，想申请外包服务机构支持", {}),
                 fill("去年服务金额{X}。不过这条支持我们已经连续拿满三年了，今年还能拿多少？", {"X": m(pick_amount(rng, 200, 2000))})]
        return mt(turns, ["ineligible"], [[ZD, "第十五条"]], None, traits=["prov:z15_1_service", "ineligible_revealed_later"])
    if variant == "vet":
        turns = [fill("我们拿到了新兽药注册证书，已产业化，能拿多少？", {}), fill("是{c}新兽药", {"c": rng.choice(VET_TXT[rng.choice([4, 5])])})]
        return mt(turns, ["ineligible"], [[ZD, "第六条"]], None, traits=["prov:z6_2_vet", "ineligible_revealed_later"])
    raise ValueError(variant)


def mt_lookup_calc(rng):
    k = rng.choice(["z15_1_service", "z15_2_platform", "z16_3_event", "cp5_ai", "cp11_park", "z8_1_entrust"])
    p = PROVS[k]
    art_name = p.art if p.doc == ZD else "若干措施" + p.art
    first = fill(rng.choice(["{a}讲的是什么？", "{a}的原文发我看看", "先帮我查一下{a}的规定"]), {"a": art_name})
    q, raw, amount, kind, _ = single_question(rng, p, lang="zh")
    return mt([first, "那" + q], ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["lookup_then_calc"])


def mt_calc_lookup(rng):
    p = PROVS[rng.choice(["z15_1_service", "z13_rd", "z12_3_output", "cp5_ai", "z6_1_reg"])]
    q = single_question(rng, p, lang="zh")[0]
    second = fill(rng.choice(["这条政策的原文能发我看看吗？", "依据是哪一条？把原文给我。", "这个出自哪个文件的哪一条？"]), {})
    return mt([q, second], ["answered"], p.cite(), traits=["prov:" + p.key, "calc_then_lookup"])


def mt_2026_three(rng):
    p = PROVS[rng.choice(["cp5_ai", "cp11_park"])]
    raw = p.sample(rng)
    amount, kind = p.calc(raw)
    s = p.slots(rng, raw, "zh")
    turns = [fill(rng.choice(p.missing)[1], s), fill(rng.choice(p.supply)[1], s),
             fill(rng.choice(["最多能支持多少？", "那上限是多少？", "算一下能拿多少"]), {})]
    return mt(turns, ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["fact_later_turn"])


def mt_greet_first(rng):
    p = PROVS[rng.choice(list(PROVS))]
    q, raw, amount, kind, _ = single_question(rng, p, lang="zh")
    return mt([fill(rng.choice(GREETINGS), {}), q], ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["greeting_first"])


def mt_long(rng, variant):
    """4-5 turn conversations."""
    m = lambda x: fmt_money(rng, x)
    if variant == "late_correct":
        p = PROVS[rng.choice(LATE_PROVS)]
        raw1 = p.sample(rng)
        while True:
            raw2 = dict(raw1, **{p.main: p.sample(rng)[p.main]})
            if p.calc(raw2)[0] != p.calc(raw1)[0]:
                break
        amount, kind = p.calc(raw2)
        s1 = p.slots(rng, raw1, "zh")
        turns = [fill(rng.choice(GREETINGS), {}), fill(rng.choice(p.missing)[1], s1), fill(rng.choice(p.supply)[1], s1),
                 fill(rng.choice(CORRECTIONS[:5]), {"X": m(raw2[p.main])}), fill(rng.choice(["那现在能拿多少？", "按更正后的算，最多多少？"]), {})]
        return mt(turns, ["answered"], p.cite(), amount, kind, prov_traits(p, raw2) + ["fact_later_turn", "correction", "long"])
    if variant == "interlude_add":
        k1, k2 = rng.sample([k for k in COMBO_POOL if k not in PRODUCT_BASED and k != "cp13"], 2)
        while {k1, k2} in COMBO_EXCLUDE:
            k1, k2 = rng.sample([k for k in COMBO_POOL if k not in PRODUCT_BASED and k != "cp13"], 2)
        p1, p2 = PROVS[k1], PROVS[k2]
        q1, raw1, a1, kd1, _ = single_question(rng, p1, lang="zh")
        raw2 = p2.sample(rng)
        amount, kind = combine([(a1, kd1), p2.calc(raw2)])
        turns = [q1, fill(rng.choice(INTERLUDES), {}),
                 fill(rng.choice(["好吧。另外{f}。", "再补充一项：{f}。"]), {"f": fact_text(rng, p2, raw2)}),
                 fill(rng.choice(["两项加起来多少？", "那两项合计最多能拿多少？"]), {})]
        return mt(turns, ["answered"], dedupe_cites([[p1.doc, p1.art], [p2.doc, p2.art]]), amount, kind,
                  prov_traits(p1, raw1) + prov_traits(p2, raw2) + ["interlude", "items_added", "sum_over_turns", "long"])
    if variant == "rd_piecewise":
        p = PROVS["z13_rd"]
        raw = p.sample(rng)
        amount, kind = p.calc(raw)
        s = p.slots(rng, raw, "zh")
        turns = [fill("我们是{sme}，想申请研发补贴", s), fill("上一年度营业收入{R}", s),
                 fill(rng.choice(["前年研发投入{a}，去年研发投入{X}", "研发投入：前年{a}，去年{X}"]), s),
                 fill("{g}。能拿多少？", s)]
        return mt(turns, ["answered"], p.cite(), amount, kind, ["prov:z13_rd", "fact_later_turn", "long"])
    if variant == "reg_three":
        keys = rng.sample(["c1", "c2", "first_generic", "major_improved"], 3)
        amount, kind = ref_z6_reg(keys)
        n = [rng.choice(REG_TXT[k]) for k in keys]
        turns = [fill("我们有个{d}拿到注册证书并产业化了，能拿多少？", {"d": n[0]}),
                 fill("另外还有一个{d}也拿证并产业化了", {"d": n[1]}),
                 fill("还有一个{d}，同样已经产业化", {"d": n[2]}),
                 fill(rng.choice(["三个加起来最多多少？", "三个品种合计上限多少？"]), {})]
        return mt(turns, ["answered"], [[ZD, "第六条"]], amount, kind, ["prov:z6_1_reg", "items_added", "sum_over_turns", "long"])
    if variant == "clin_fix":
        s1, s2, s3 = rng.choice(["I", "II"]), "III", rng.choice(["I", "II", "III"])
        items = [(1, s2, 1), (1, s3, 1)]
        amount, kind = ref_z5_enter(items)
        d1, d2 = rng.sample(CLASS1_DRUGS, 2)
        turns = [fill("我们的{d}进入{s}临床了", {"d": d1, "s": stage_txt(rng, s1)}),
                 fill("说错了，是{s}", {"s": stage_txt(rng, s2)}),
                 fill("还有一个{d}今年进入{s}", {"d": d2, "s": stage_txt(rng, s3)}),
                 fill("帮我看下这两个今年一共能拿多少奖励？", {})]
        return mt(turns, ["answered"], [[ZD, "第五条"]], amount, kind, ["prov:z5_1_enter", "correction", "items_added", "sum_over_turns", "long"])
    raise ValueError(variant)


def mt_standing_calc(rng):
    p = PROVS[rng.choice(["z15_1_service", "z15_2_platform", "z12_3_output", "z6_1_reg"])]
    q, raw, amount, kind, _ = single_question(rng, p, lang="zh")
    first = fill(rng.choice(["昌平组团那个支持办法现在生效了吗？", "自贸区昌平组团的医药健康支持办法是正式文件还是征求意见稿？"]), {})
    return mt([first, "明白。那按这个办法，" + q], ["answered"], p.cite(), amount, kind, prov_traits(p, raw) + ["standing_then_calc"])


# ---------------- help-desk lookups ----------------
DRAFT_ARTS = [  # (article, heading as printed in the text or None, must_include when the clause is quoted)
    ("第二条", None, []), ("第三条", None, []), ("第四条", "支持前沿领域创新突破", ["概念验证"]),
    ("第五条", "支持新药临床研发", ["200万"]), ("第六条", "支持新药申报上市", ["1000万"]),
    ("第七条", None, []), ("第八条", "支持产品委托生产和销售", ["10%"]), ("第九条", None, []), ("第十条", None, []),
    ("第十一条", "支持提升国际化水平", ["30%"]), ("第十二条", "支持企业扩能升级", ["5亿"]),
    ("第十三条", "支持企业研发创新", ["3000万"]), ("第十四条", "发挥金融活水作用", ["风险补偿"]),
    ("第十五条", "布局关键服务平台", ["3000万"]), ("第十六条", "优化企业发展环境", ["20%"]),
    ("第十七条", None, ["从优不重复"]), ("第十八条", None, ["北京未来科学城管理委员会"]),
]
CN_NUM = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12,
          "十三": 13, "十四": 14, "十五": 15, "十六": 16, "十七": 17, "十八": 18}
CP_MEASURES = [  # (number, title, section, responsible units as printed, must_include when quoted)
    ("一", "强化原始创新策源", "一、提升创新策源能力", ["市科委中关村管委会", "昌平区政府"], []),
    ("二", "提升临床研究水平", "一、提升创新策源能力", ["市卫生健康委", "市科委中关村管委会", "市药监局", "昌平区政府"], []),
    ("三", "加快创新成果转化", "一、提升创新策源能力", ["市科委中关村管委会", "市经济和信息化局", "市教委", "市卫生健康委", "昌平区政府"], []),
    ("四", "夯实AI+医药健康要素基础", "一、提升创新策源能力", ["市发展改革委", "市经济和信息化局", "市科委中关村管委会", "市卫生健康委", "市医保局", "市政务和数据局", "昌平区政府"], ["算力券"]),
    ("五", "加快AI+医药健康示范应用", "一、提升创新策源能力", ["市发展改革委", "市卫生健康委", "市科委中关村管委会", "市医保局", "市药监局", "昌平区政府"], ["5000万"]),
    ("六", "加快创新药械研发上市", "二、强化产业发展支撑", ["市科委中关村管委会", "市药监局", "昌平区政府"], []),
    ("七", "完善产业服务平台体系", "二、强化产业发展支撑", ["市科委中关村管委会", "市发展改革委", "市经济和信息化局", "市卫生健康委", "市国资委", "昌平区政府"], ["2000万"]),
    ("八", "探索创新药械多元支付方式", "二、强化产业发展支撑", ["昌平区政府", "市医保局", "北京金融监管局", "市委金融办", "市科委中关村管委会", "市卫生健康委"], []),
    ("九", "加大科技金融创新赋能", "二、强化产业发展支撑", ["昌平区政府", "市科委中关村管委会", "市国资委", "市委金融办", "人民银行北京市分行", "北京金融监管局", "北京证监局"], []),
    ("十", "加速特色产业集聚", "三、打造一流产业集聚区", ["市发展改革委", "市科委中关村管委会", "市经济和信息化局", "市药监局", "昌平区政府"], []),
    ("十一", "强化园区建设支持", "三、打造一流产业集聚区", ["市发展改革委", "市科委中关村管委会", "市经济和信息化局", "昌平区政府"], ["3000万"]),
    ("十二", "汇聚全球创新资源", "四、提高国际化发展水平", ["市科委中关村管委会", "昌平区政府"], ["1000万"]),
    ("十三", "加强出海支持", "四、提高国际化发展水平", ["市科委中关村管委会", "市商务局", "市药监局", "昌平区政府"], ["200万"]),
    ("十四", "构建多层次人才梯队", "五、构筑高水平人才高地", ["市人才局", "市教委", "市发展改革委", "市人力资源社会保障局", "市卫生健康委", "市科委中关村管委会", "昌平区政府"], []),
    ("十五", "完善人才配套保障", "五、构筑高水平人才高地", ["市规划自然资源委", "市教委", "市住房城乡建设委", "市卫生健康委", "市交通委", "市重大项目办", "市发展改革委", "昌平区政府"], []),
    ("十六", "推动建立市区联动推进机制", "六、做好组织保障", ["市科委中关村管委会", "市经济和信息化局", "市发展改革委", "市卫生健康委", "市药监局", "市医保局", "市人才局", "市人力资源社会保障局", "市住房城乡建设委", "昌平区政府"], []),
    ("十七", "强化政策集成落地", "六、做好组织保障", ["市科委中关村管委会", "市经济和信息化局", "市发展改革委", "市规划自然资源委", "市商务局", "市卫生健康委", "市医保局", "市药监局", "昌平区政府"], []),
]


def lk(text, status, cite, inc, tag, traits, amount=_MISSING):
    return mk(text, status, cite, amount, inc=inc, tag=tag, traits=traits)


def build_lookups(rng):
    out = []
    # clause text by number (draft)
    q_draft = [("zh", "昌平组团支持办法{a}是怎么规定的？"), ("zh", "请把征求意见稿{a}的原文发给我"),
               ("zh", "{a}讲了什么？（自贸区昌平组团那个办法）"), ("zh", "我想看一下支持办法的{a}"),
               ("tw", "支持辦法{a}的內容是什麼？"), ("en", "What does Article {n} of the Changping zone draft measures say?")]
    for art, head, inc in DRAFT_ARTS:
        lg, t = rng.choice(q_draft)
        a = art.replace("条", "條") if lg == "tw" else art
        text = fill(t, {"a": a, "n": CN_NUM[art[1:-1]]})
        out.append(lk(text, ["answered"], [[ZD, art]], inc if lg == "zh" else [], "lookup_clause",
                      ["lookup:clause_text", "doc:" + ZD, "lang:" + lg]))
    # heading -> number (draft)
    for art, head, inc in rng.sample([d for d in DRAFT_ARTS if d[1]], 5):
        t = rng.choice(["“{h}”是支持办法的第几条？", "支持办法里{h}那条是第几条，原文是什么？"])
        out.append(lk(fill(t, {"h": head}), ["answered"], [[ZD, art]], [art], "lookup_clause",
                      ["lookup:heading_to_number", "doc:" + ZD, "lang:zh"]))
    # clause text (2026-2028)
    q_cp = [("zh", "若干措施(2026-2028年)的（{n}）是什么内容？"), ("zh", "2026-2028那个若干措施第{n}项讲的什么？"),
            ("zh", "“{h}”这条具体怎么说的？"), ("zh", "把若干措施（{n}）{h}的原文发我")]
    for num, title, sec, units, inc in rng.sample(CP_MEASURES, 9):
        lg, t = rng.choice(q_cp)
        out.append(lk(fill(t, {"n": num, "h": title}), ["answered"], [[CP, "（%s）" % num]], inc, "lookup_clause",
                      ["lookup:clause_text", "doc:" + CP, "lang:zh"]))
    for num, title, sec, units, inc in rng.sample(CP_MEASURES, 2):
        t = "“{h}”是若干措施的第几条？"
        out.append(lk(fill(t, {"h": title}), ["answered"], [[CP, "（%s）" % num]], [num], "lookup_clause",
                      ["lookup:heading_to_number", "doc:" + CP, "lang:zh"]))
    for num, title, sec, units, inc in rng.sample(CP_MEASURES, 2):
        t = "若干措施的（{n}）属于哪个部分？"
        out.append(lk(fill(t, {"n": num}), ["answered"], [[CP, "（%s）" % num]], [sec.split("、")[1]], "lookup_clause",
                      ["lookup:section", "doc:" + CP, "lang:zh"]))
    # responsible units
    q_resp = ["若干措施（{n}）{h}的责任单位有哪些？", "“{h}”这项由哪些部门负责？", "（{n}）这条措施的牵头和参与单位是谁？",
              "2026-2028若干措施第{n}项的责任单位是哪些？", "{h}归哪些单位管？"]
    for num, title, sec, units, inc in rng.sample(CP_MEASURES, 11):
        distinct = [u for u in units if u not in ("市科委中关村管委会", "昌平区政府")]
        must = [rng.choice(distinct)] if distinct else []
        must.append(rng.choice(["市科委中关村管委会", "昌平区政府"]) if "昌平区政府" in units else units[0])
        out.append(lk(fill(rng.choice(q_resp), {"n": num, "h": title}), ["answered"], [[CP, "（%s）" % num]], must,
                      "lookup_responsible", ["lookup:responsible_units", "doc:" + CP, "lang:zh"]))
    # validity
    val = [
        ("2027年6月1日，《关于支持昌平区医药健康产业高质量发展的若干措施(2026-2028年)》还有效吗？", ["answered"], ["2028年12月31日"]),
        ("若干措施(2026-2028年)有效期到什么时候？", ["answered"], ["2028年12月31日"]),
        ("2029年3月我们还能依据2026-2028若干措施申请支持吗？", ["answered", "ineligible"], ["2028年12月31日"]),
        ("若干措施是哪天发布的？从什么时候开始施行？", ["answered"], []),
        ("What is the validity period of the 2026-2028 Changping measures?", ["answered"], ["2028"]),
        ("2028年12月31日当天若干措施还在有效期内吗？", ["answered"], ["2028年12月31日"]),
        ("若干措施由哪个单位负责解释？", ["answered"], ["市科委中关村管委会"]),
    ]
    for t, st, inc in val:
        out.append(lk(fill(t, {}), st, [], inc, "lookup_validity", ["lookup:validity", "doc:" + CP]))
    # draft vs in force
    stand = [
        ("昌平组团促进医药健康产业发展支持办法（修订稿）现在已经生效了吗？", ["answered"], ["征求意见"]),
        ("自贸区昌平组团那个支持办法是正式文件还是征求意见稿？能直接按它申报吗？", ["answered"], ["征求意见"]),
        ("两个文件哪个已经正式施行了？", ["answered"], []),
        ("支持办法修订稿由哪个单位负责解释？", ["answered"], ["北京未来科学城管理委员会"], [[ZD, "第十八条"]]),
        ("Is the Changping zone support measures draft already in force?", ["answered"], []),
    ]
    for row in stand:
        t, st, inc = row[:3]
        cite = row[3] if len(row) > 3 else []
        out.append(lk(fill(t, {}), st, cite, inc, "lookup_standing", ["lookup:draft_vs_in_force"]))
    # chit-chat
    for t in ["你好", "谢谢，辛苦了！", "您好，请问你能帮我做什么？", "好的，明白了，再见", "早上好"]:
        out.append(lk(fill(t, {}), ["answered", "out_of_scope"], [], [], "chitchat", ["chitchat"], amount=None))
    # out of scope
    oos = ["明天北京天气怎么样？", "帮我写一首关于春天的诗", "上海张江的生物医药扶持政策有哪些？", "深圳坪山对CRO有什么补贴？",
           "个人所得税专项附加扣除怎么填？", "推荐几只医药股票", "我们在苏州工业园区，CDMO年服务金额800万，苏州能补多少？",
           "What's the weather like in Beijing today?", "讲个笑话", "海淀区对医疗器械企业的房租补贴是多少？",
           "怎么办理护照？", "天津滨海新区对CDMO的补贴比例是多少？"]
    for t in oos:
        out.append(lk(fill(t, {}), ["out_of_scope"], [], [], "out_of_scope", ["out_of_scope"], amount=None))
    return out


# ----------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------
CALC_WEIGHTS = {"z15_1_service": 7, "z15_2_platform": 6, "z16_3_event": 5, "z8_1_entrust": 5, "z8_1_manufacture": 4,
                "z8_2_sales": 4, "z11_1_intl": 5, "z11_2_licin": 4, "z11_2_licout": 4, "z12_1_revenue": 5,
                "z12_3_output": 6, "z13_rd": 6, "z5_1_enter": 6, "z6_1_reg": 6, "z6_2_vet": 4, "cp5_ai": 6,
                "cp7_svc": 3, "cp11_park": 5, "cp12": 5, "cp13": 4}
TOTAL = 500


def generate():
    rng = random.Random(SEED)
    cases = []
    # distractors (40)
    dkeys = [k for k in CALC_WEIGHTS]
    for i in range(40):
        cases.append(build_distractor(rng, PROVS[dkeys[i % len(dkeys)]]))
    # unspecified (18)
    for i, v in enumerate(UNSPEC_VARIANTS + ["z5_completion_c1", "z12_2_match"]):
        cases.append(build_unspecified(rng, v))
    # multi-item (22)
    for v in ["clin"] * 3 + ["clin_cap_bind"] * 2 + ["clin_cap_exact", "clin_cap_below"] + ["reg"] * 3 + ["reg_partial"] * 2 + ["vet", "vet_partial"] + \
             ["reg_vet"] * 2 + ["output"] * 3 + ["entrust"] * 2 + ["clin_partial"]:
        cases.append(build_multi_item(rng, v))
    # several provisions (20) + same matter (6)
    for i in range(20):
        cases.append(build_multi_provision(rng))
    for i in range(6):
        cases.append(build_same_matter(rng))
    # ineligible (42)
    for v in INELIGIBLE_VARIANTS * 2:
        cases.append(build_ineligible(rng, v))
    # needs_info (41 generic + 11 custom)
    combos = []
    for k in NEEDS_GENERIC:
        vs = {"z13_rd": ["missing", "range", "conflict"], "z12_1_revenue": ["missing", "range", "conflict"]}.get(k, NEEDS_VARIANTS)
        combos += [(k, v) for v in vs]
    rng.shuffle(combos)
    # make sure every variant appears at least twice
    chosen = []
    for v in NEEDS_VARIANTS:
        chosen += [c for c in combos if c[1] == v][:2]
    rest = [c for c in combos if c not in chosen]
    chosen += rest[:41 - len(chosen)]
    for k, v in chosen:
        cases.append(build_needs_generic(rng, k, v))
    for v in NEEDS_CUSTOM:
        cases.append(build_needs_custom(rng, v))
    # multi-turn
    mts = []
    mts += [mt_late(rng) for _ in range(20)]
    for v in ["clin", "reg", "vet", "licout", "rd", "intl", "output"]:
        mts.append(mt_late_custom(rng, v))
    mts += [mt_correct(rng) for _ in range(18)]
    for v in ["reg_class", "clin_stage", "vet_class", "rd_flip_ok", "licout_flip_ok", "licout_flip_bad", "rev_flip_ok",
              "reg_flip_bad"]:
        mts.append(mt_correct_custom(rng, v))
    mts += [mt_switch(rng) for _ in range(12)]
    mts += [mt_interlude(rng) for _ in range(12)]
    for v in ["reg", "reg", "clin", "clin", "licin", "output", "output"] + ["two_prov_3"] * 6 + ["two_prov_2"] * 5:
        mts.append(mt_add(rng, v))
    mts += [mt_still_missing(rng) for _ in range(6)]
    for v in ["rd", "rd", "licout", "cro", "vet"]:
        mts.append(mt_inel_later(rng, v))
    mts += [mt_lookup_calc(rng) for _ in range(6)]
    mts += [mt_calc_lookup(rng) for _ in range(4)]
    mts += [mt_2026_three(rng) for _ in range(5)]
    mts += [mt_greet_first(rng) for _ in range(4)]
    mts += [mt_standing_calc(rng) for _ in range(3)]
    for v in ["late_correct"] * 4 + ["interlude_add"] * 3 + ["rd_piecewise"] * 2 + ["reg_three"] * 2 + ["clin_fix"] * 2:
        mts.append(mt_long(rng, v))
    cases += mts
    cases += build_lookups(rng)
    # plain single-turn calculations fill up to TOTAL; first make sure tw/en templates of each provider are used
    n_calc = TOTAL - len(cases)
    assert n_calc > 60, n_calc
    calc = []
    for k in CALC_WEIGHTS:
        p = PROVS[k]
        for lg in ("tw", "en"):
            if any(t[0] == lg for t in p.tpls):
                calc.append(build_calc(rng, p, lang=lg))
    order = [k for k, w in CALC_WEIGHTS.items() for _ in range(w)]
    rng.shuffle(order)
    i = 0
    while len(calc) < n_calc:
        calc.append(build_calc(rng, PROVS[order[i % len(order)]], lang="zh"))
        i += 1
    cases += calc[:n_calc]
    rng.shuffle(cases)
    out = []
    for i, c in enumerate(cases):
        d = {"id": "p11-%03d" % (i + 1), "tag": c["tag"], "turns": c["turns"], "expect": c["expect"], "traits": c["traits"]}
        out.append(d)
    return out


def status_key(c):
    return "|".join(c["expect"]["status"])


def table(counter, head):
    rows = ["| %s | count |" % head, "| --- | ---: |"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append("| `%s` | %d |" % (k, v))
    return "\n".join(rows)


AMBIGUITIES = """
1. **第五条（一）, class-2 drugs entering a phase.** The text lets 2类 drugs follow "1类…完成相应临床阶段的标准",
   which is the completion standard (一定比例). It says nothing about a reward for 2类 drugs *entering* a phase.
   No cases ask this. Class-2 *completion* cases expect `answered` / `unspecified` / amount null.
2. **第五条（一）, what `kind` when the 1亿 per-enterprise-per-year cap binds.** Each variety's sum is `fixed`, but the
   total is cut by a ceiling, and the CONTRACT does not say which kind that is. The amount (1亿) is checked; kind is not.
3. **第五条（二）, non-registration CGT trials.** The per-variety 定额 has no number, and 200万 is only a
   per-enterprise-per-year ceiling. The answer could be `unspecified` or `upper_bound 200万`, so only status and
   citation are checked.
4. **第八条（二） and 第十二条（一）, "按照…的2‰给予".** There is a rate with no 不超过/最高, so the kind could be
   `fixed` or `upper_bound`. The amount is checked; kind is not.
5. **第十一条（二） License-out with several products under one contract.** It is unclear whether the threshold
   (合同总额超过1亿美元) applies per contract or per product. Every generated license-out case has one product. Contracts in RMB would need an
   exchange rate, so none are generated. A total of exactly 1亿美元 is `ineligible`, because 超过 means strictly more.
6. **第十二条（三） output tiers.** A product that jumps over several tiers in one year might get the sum of the
   tiers or only the top one. An output exactly equal to a tier might or might not count as 突破. Neither is
   generated. Cases always give last year's value as the all-time high and cross exactly one tier. With no history,
   the case expects `needs_info`.
7. **第十三条 "连续三年研发投入保持正增长".** It is unclear how many yearly figures make three years of growth. The
   condition is always stated in words, or clearly broken by a stated fall. With no growth information, the case
   expects `needs_info`. Revenue of exactly 3000万 is `ineligible` (不足 means strictly less). An R&D total of
   exactly 1000万 would be eligible (达…以上), but the generator does not target that edge.
8. **第十七条 从优不重复 across documents.** The 2026-2028 measures are issued and interpreted at city level
   (市科委中关村管委会), so they may not count as a "昌平区其他扶持政策". Same-project cross-document stacking is
   therefore never asked. Cross-document cases always involve different projects and are added. Within the draft,
   从优 (take the larger) is applied only when the user says the two clauses cover the same project
   (MAH 承担生产 第八条 vs CDMO 服务 第十五条). For these cases, only the winning clause is required as a citation.
9. **Same product under several draft clauses** (e.g. License-in listing under 第十一条 and registration under
   第六条). It is unclear whether these are the same 事项, so that pair is never combined. Other product-based
   combinations use different product names and say explicitly "（与前面不是同一个品种）".
10. **Location.** The draft never states in words that the applicant must be located in 昌平. Out-of-district
    companies asking about the draft are therefore not generated as `ineligible`. Another city's own policy is
    `out_of_scope`.
11. **Devices (第七条).** Support follows "昌平区关于医疗器械创新发展的相关政策措施", which is not in the corpus. These cases accept
    `answered`/`out_of_scope` with amount null.
12. **Range / conflict cases where a cap makes the figure unaffected** (e.g. platform investment over 1亿, so
    30% ≥ 3000万). These accept `needs_info` or `answered` and do not check the amount (trait `cap_unaffected`).
13. **IND approved but no patient enrolled yet.** It is unclear whether this counts as 进入Ⅰ期. The case accepts
    `needs_info` or `ineligible`.
14. **Ceiling-only measures of the 2026-2028 text** ((七) 2000万, (十二) 1000万/300万/300万, (十三) 200万/300万).
    These name only a ceiling, e.g. "根据研发投入增长情况给予不超过1000万元". The expected answer is `upper_bound` = the
    ceiling. Any figure the user gives (R&D growth, overseas investment) is treated as a distractor, not as a base.
15. **"经认定 / 择优 / 符合条件".** These conditions are assumed to be met when the user states the facts the clause
    names. The amounts are always ceilings (`upper_bound`), except the 第五条 entering-phase rewards and the 第十二条（三）
    output rewards, which are `fixed`.
"""


def write_readme(cases):
    from collections import Counter
    tags = Counter(c["tag"] for c in cases)
    sts = Counter(status_key(c) for c in cases)
    traits = Counter(t for c in cases for t in c["traits"])
    provs = Counter(t for c in cases for t in c["traits"] if t.startswith("prov:"))
    other = Counter(t for c in cases for t in c["traits"] if not t.startswith("prov:"))
    nturns = Counter(len(c["turns"]) for c in cases)
    kinds = Counter(c["expect"].get("kind", "(not checked)") for c in cases if c["expect"]["status"] == ["answered"])
    with_amount = sum(1 for c in cases if c["expect"].get("amount_yuan") is not None)
    null_amount = sum(1 for c in cases if "amount_yuan" in c["expect"] and c["expect"]["amount_yuan"] is None)
    multi = sum(1 for c in cases if len(c["turns"]) > 1)
    txt = """# p11 held-out evaluation set

`cases.jsonl` has %d cases (`p11-001` … `p11-%03d`) in the CONTRACT's eval-case format (`id`, `tag`, `turns`,
`expect{status[], cite[[doc_id, article]], amount_yuan, kind, must_include, must_not_include}`). Each case also has an
extra `traits` list of sub-types.

## How it was generated

`python3 make_cases.py` (stdlib only, `SEED = %d`) rewrites `cases.jsonl` and this README. The run is deterministic.

* The comment block at the top of `make_cases.py` quotes each clause that carries a figure. For each one it records the
  rate, cap and threshold, and whether the cap applies per product, per enterprise per year, or per project.
* The `ref_*` functions implement those readings. Every expected `amount_yuan` comes from a `ref_*` call (or from
  `combine()` for sums and 从优不重复) on the same slot values that are rendered into the question. No amount is typed
  by hand.
* Figures are rendered in many forms: 万 / 万元 / 亿 / 个亿 / w / kw / 1亿2千万 / full Chinese numerals (三千二百万) /
  Arabic with commas / plain 元 / Traditional Chinese (萬, 億) / English (RMB x million).
* `must_include` holds the expected amount as `N万`, but only when it is a whole number of 万 below 1亿. Clause
  lookups instead carry a key figure or phrase of the clause. Responsible-unit lookups carry two unit names as they are
  printed.
* `amount_yuan: null` is set for every `needs_info`, `ineligible`, `out_of_scope`, chit-chat and `unspecified` case
  (no figure may be stated).
* `needs_info` cases cite the provision whose missing fact is needed.
* Distinct surface templates (question shapes) used: **%d**.

## Counts per status (accepted-status list)

%s

## Counts per tag

%s

## Turns per case

%s

Multi-turn cases: %d. Cases that check an amount: %d. Cases with `amount_yuan: null`: %d.

## Expected `kind` among status `answered`

%s

## Counts per provision trait

%s

## Counts per other trait

%s

## Places where the policy text is ambiguous, and how they were handled
%s
""" % (len(cases), len(cases), SEED, len(TEMPLATES_USED), table(sts, "status"), table(tags, "tag"),
       table(Counter({str(k): v for k, v in nturns.items()}), "turns"), multi, with_amount, null_amount,
       table(kinds, "kind"), table(provs, "trait"), table(other, "trait"), AMBIGUITIES)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)


def main():
    cases = generate()
    assert len(cases) == TOTAL
    assert len({c["id"] for c in cases}) == TOTAL
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    write_readme(cases)
    print("wrote %d cases, %d distinct templates" % (len(cases), len(TEMPLATES_USED)))


if __name__ == "__main__":
    main()
