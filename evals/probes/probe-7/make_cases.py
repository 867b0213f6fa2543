#!/usr/bin/env python3
"""Held-out eval set p7 for the Changping pharma policy assistant.

Writes /work/probe7/cases.jsonl (350 cases, contract eval-case format).
Deterministic: fixed seed, standard library only.  Run:  python3 make_cases.py

Every expected amount is computed by the reference rules below from the slot
values that are also rendered into the user's text; no amount is typed in.
"""
import collections
import json
import os
import random
from decimal import Decimal

SEED = 20260207
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
N_CASES = 350

WAN = 10_000
YI = 100_000_000
D = "changping-zone-draft"      # 征求意见稿
M = "changping-2026-2028"       # 若干措施(2026-2028年)

# =============================================================================
# REFERENCE RULES (hand-written from the two texts; all money in integer yuan)
# =============================================================================
# --- changping-zone-draft -----------------------------------------------------
# 第五条（一）1类生物制品/化学药/中药 进入Ⅰ/Ⅱ/Ⅲ期: 每个品种 50/100/200万元 (fixed).
#   完成Ⅰ/Ⅱ/Ⅲ期: 一定比例 (unspecified). 2类: 参照1类"完成相应临床阶段"标准 (unspecified).
#   每个企业每年支持金额不超过1亿元.
CLIN_ENTRY = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}
CLIN_CAP_PER_ENTERPRISE_YEAR = 1 * YI
# 第五条（二）CGT等非注册性临床: 每品种定额(无数字) ; 每企业每年不超过200万元.
NONREG_CAP_PER_ENTERPRISE_YEAR = 200 * WAN
# 第六条（一）注册证书+产业化: 1类 单品种最高1000万; 2类 择优最高500万;
#   重大改良型新药、首仿药 参照1类 (最高1000万).
REG_CAP = {"1": 1000 * WAN, "2": 500 * WAN, "improved": 1000 * WAN, "first_generic": 1000 * WAN}
# 第六条（二）一/二/三类新兽药注册证书+产业化: 单品种最高300/200/100万.
VET_CAP = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}
# 第八条（一）委托生产: 不超过该品种实际交易额10%; MAH受托生产: 不超过实际投入20%.
MAH_ENTRUST_PCT = 10
MAH_MAKER_PCT = 20
# 第八条（二）销售平台型企业: 年度销售收入的2‰ (no ceiling word -> fixed).
SALES_PERMILLE = 2
# 第十一条（一）FDA/EMA等新认证: 不超过实际注册费用(海外注册费+检测费+当地代理费)的30%.
INTL_REG_PCT = 30
# 第十一条（二）License-in 产品上市后 单品种最高100万; License-out 合同总额超过1亿美元
#   (strictly greater), 合同签订后 单品种最高50万.
LIC_IN_CAP = 100 * WAN
LIC_OUT_CAP = 50 * WAN
LIC_OUT_MIN_USD_EXCLUSIVE = 1 * YI
# 第十二条（一）年度主营业务收入首次突破5亿元（含）: 主营业务收入的2‰ (fixed).
REVENUE_MIN_INCLUSIVE = 5 * YI
REVENUE_PERMILLE = 2
# 第十二条（三）单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿: 20/40/200/500/1000万 (fixed).
OUTPUT_TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
                (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]
# 第十三条 中小微企业: 上一年度营业收入不足3000万 (strict), 上两年研发投入总额达1000万以上
#   (inclusive), 连续三年研发投入正增长; 不超过上一年度研发投入10%; 累计不超过三年.
SME_REVENUE_MAX_EXCLUSIVE = 3000 * WAN
SME_RD_2Y_MIN_INCLUSIVE = 1000 * WAN
SME_PCT = 10
SME_MAX_YEARS = 3
# 第十五条（一）CRO/CDMO/CMO: 不超过年度实际服务金额20%, 累计不超过三年.
CRO_PCT = 20
CRO_MAX_YEARS = 3
# 第十五条（二）共享服务平台: 不超过平台建设实际投入30%, 最高3000万.
PLATFORM_PCT = 30
PLATFORM_CAP = 3000 * WAN
# 第十六条（三）市场化主体举办高品质活动: 不超过活动实际发生费用20%.
EVENT_PCT = 20
# --- changping-2026-2028 ------------------------------------------------------
# （五）AI+医药健康示范场景: 不超过项目工程投资总额30%, 最高5000万.
AI_PCT = 30
AI_CAP = 5000 * WAN
# （七）科技服务业企业效能提升: 不超过2000万.
SCI_SERVICE_CAP = 2000 * WAN
# （十一）园区(引入全球领先园区运营管理资源): 不超过项目投资总额50%, 最高3000万.
PARK_PCT = 50
PARK_CAP = 3000 * WAN
# （十二）外资研发中心研发激励 ≤1000万; 国际科研机构 ≤300万; 国际学术研讨会议 ≤300万.
FOREIGN_RD_CAP = 1000 * WAN
INTL_INST_CAP = 300 * WAN
INTL_CONF_CAP = 300 * WAN
# （十三）技术成果首次海外应用/设立海外研发中心 ≤200万; 海外园区/孵化器/创新中心/跨国技术转移 分档 ≤300万.
OVERSEAS_APP_CAP = 200 * WAN
OVERSEAS_PLATFORM_CAP = 300 * WAN


class Ineligible(Exception):
    pass


def pct(base, num, den=100):
    """base * num / den, asserting the result is whole yuan."""
    assert isinstance(base, int) and base >= 0, base
    assert (base * num) % den == 0, ("not whole yuan", base, num, den)
    return base * num // den


def part(rule_id, amount, kind, doc, art):
    assert isinstance(amount, int) and amount >= 0
    return {"rule_id": rule_id, "amount": amount, "kind": kind, "cite": (doc, art)}


def r_clin_entry(stage, n=1):
    return part("draft-5.1-entry-" + stage, CLIN_ENTRY[stage] * n, "fixed", D, "第五条")


def r_reg(cls, n=1):
    return part("draft-6.1-reg-" + cls, REG_CAP[cls] * n, "upper_bound", D, "第六条")


def r_vet(cls):
    if cls not in VET_CAP:
        raise Ineligible("only 一、二、三类新兽药")
    return part("draft-6.2-vet-%d" % cls, VET_CAP[cls], "upper_bound", D, "第六条")


def r_mah_entrust(trade):
    return part("draft-8.1-entrust", pct(trade, MAH_ENTRUST_PCT), "upper_bound", D, "第八条")


def r_mah_maker(invest):
    return part("draft-8.1-maker", pct(invest, MAH_MAKER_PCT), "upper_bound", D, "第八条")


def r_sales(revenue):
    return part("draft-8.2-sales", pct(revenue, SALES_PERMILLE, 1000), "fixed", D, "第八条")


def r_intl_reg(fees):
    return part("draft-11.1-intl-reg", pct(sum(fees), INTL_REG_PCT), "upper_bound", D, "第十一条")


def r_lic_in(launched=True, n=1):
    if not launched:
        raise Ineligible("产品上市后")
    return part("draft-11.2-lic-in", LIC_IN_CAP * n, "upper_bound", D, "第十一条")


def r_lic_out(total_usd, signed=True, n=1):
    if not signed or total_usd <= LIC_OUT_MIN_USD_EXCLUSIVE:
        raise Ineligible("合同总额超过1亿美元, 合同签订后")
    return part("draft-11.2-lic-out", LIC_OUT_CAP * n, "upper_bound", D, "第十一条")


def r_revenue(revenue, first=True):
    if revenue < REVENUE_MIN_INCLUSIVE or not first:
        raise Ineligible("首次突破5亿元（含）")
    return part("draft-12.1-revenue", pct(revenue, REVENUE_PERMILLE, 1000), "fixed", D, "第十二条")


def r_output(prev, cur, first=True):
    assert all(prev != t and cur != t for t, _ in OUTPUT_TIERS), "avoid exact tier values"
    crossed = [award for t, award in OUTPUT_TIERS if prev < t < cur]
    if not first or not crossed:
        raise Ineligible("单品种年产值首次突破")
    assert len(crossed) == 1, "only single-tier crossings are used (multi-tier jumps are ambiguous)"
    return part("draft-12.3-output", crossed[0], "fixed", D, "第十二条")


def r_sme(rev_prev, rd_last, rd_before, growth=True, years_before=0):
    if not rev_prev < SME_REVENUE_MAX_EXCLUSIVE:
        raise Ineligible("上一年度营业收入不足3000万元")
    if rd_last + rd_before < SME_RD_2Y_MIN_INCLUSIVE:
        raise Ineligible("上两年研发投入总额达1000万元以上")
    if not growth:
        raise Ineligible("连续三年研发投入保持正增长")
    if years_before >= SME_MAX_YEARS:
        raise Ineligible("累计支持不超过三年")
    return part("draft-13-sme", pct(rd_last, SME_PCT), "upper_bound", D, "第十三条")


def r_cro(service, years_before=0):
    if years_before >= CRO_MAX_YEARS:
        raise Ineligible("累计支持不超过三年")
    return part("draft-15.1-cro", pct(service, CRO_PCT), "upper_bound", D, "第十五条")


def r_platform(invest, shared=True):
    if not shared:
        raise Ineligible("具有公共属性的共享服务平台")
    return part("draft-15.2-platform", min(pct(invest, PLATFORM_PCT), PLATFORM_CAP), "upper_bound", D, "第十五条")


def r_event(cost):
    return part("draft-16.3-event", pct(cost, EVENT_PCT), "upper_bound", D, "第十六条")


def r_ai(invest):
    return part("m-5-ai", min(pct(invest, AI_PCT), AI_CAP), "upper_bound", M, "（五）")


def r_sci_service():
    return part("m-7-sci-service", SCI_SERVICE_CAP, "upper_bound", M, "（七）")


def r_park(invest):
    return part("m-11-park", min(pct(invest, PARK_PCT), PARK_CAP), "upper_bound", M, "（十一）")


def r_foreign_rd(foreign=True):
    if not foreign:
        raise Ineligible("外资企业")
    return part("m-12-foreign-rd", FOREIGN_RD_CAP, "upper_bound", M, "（十二）")


def r_intl_inst():
    return part("m-12-intl-inst", INTL_INST_CAP, "upper_bound", M, "（十二）")


def r_intl_conf():
    return part("m-12-intl-conf", INTL_CONF_CAP, "upper_bound", M, "（十二）")


def r_overseas_app():
    return part("m-13-overseas-app", OVERSEAS_APP_CAP, "upper_bound", M, "（十三）")


def r_overseas_platform():
    return part("m-13-overseas-platform", OVERSEAS_PLATFORM_CAP, "upper_bound", M, "（十三）")


def combine(parts):
    """Total after caps: 第五条（一）entry awards share the 1亿/企业/年 cap; others add."""
    clin = sum(p["amount"] for p in parts if p["rule_id"].startswith("draft-5.1-entry"))
    other = sum(p["amount"] for p in parts if not p["rule_id"].startswith("draft-5.1-entry"))
    total = min(clin, CLIN_CAP_PER_ENTERPRISE_YEAR) + other
    kind = "upper_bound" if any(p["kind"] == "upper_bound" for p in parts) else "fixed"
    if kind == "fixed" and clin > CLIN_CAP_PER_ENTERPRISE_YEAR:
        kind = None   # fixed awards cut to the 不超过1亿 cap: fixed vs upper_bound both defensible -> unchecked
    return total, kind


def must_raise(fn, *a, **k):
    try:
        fn(*a, **k)
    except Ineligible:
        return True
    raise AssertionError("expected ineligible: %s %r %r" % (fn.__name__, a, k))


# =============================================================================
# Expectations
# =============================================================================
def _uniq(cites):
    out = []
    for c in cites:
        c = list(c)
        if c not in out:
            out.append(c)
    return out


def ex_ans(parts, must=None):
    total, kind = combine(parts)
    e = {"status": ["answered"], "cite": _uniq(p["cite"] for p in parts),
         "amount_yuan": total, "kind": kind,
         "must_include": must or [], "must_not_include": []}
    if kind is None:
        del e["kind"]
    return e


def ex_unspec(cites, must=None, check_kind=True):
    e = {"status": ["answered"], "cite": _uniq(cites), "must_include": must or [], "must_not_include": []}
    if check_kind:
        e["amount_yuan"] = None
        e["kind"] = "unspecified"
    return e


def ex_inel(cites, also_answered=False):
    e = {"status": ["ineligible"], "cite": _uniq(cites), "must_include": [], "must_not_include": []}
    if also_answered:
        e["status"] = ["ineligible", "answered"]
        e["amount_yuan"] = None
    return e


def ex_need(also_answered=False):
    st = ["needs_info", "answered"] if also_answered else ["needs_info"]
    return {"status": st, "cite": [], "must_include": [], "must_not_include": []}


def ex_oos(also=None):
    st = ["out_of_scope"] + (also or [])
    return {"status": st, "cite": [], "must_include": [], "must_not_include": []}


def ex_help(cites, must=None):
    return {"status": ["answered"], "cite": _uniq(cites), "must_include": must or [], "must_not_include": []}


# =============================================================================
# Surface rendering of money
# =============================================================================
DIG = "零一二三四五六七八九"
DIG_FIN = "零壹贰叁肆伍陆柒捌玖"


def _section(s, digits, units, liang):
    out, zero = "", False
    for pos in (3, 2, 1, 0):
        d = s // 10 ** pos % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out += digits[0]
            zero = False
        ch = digits[d]
        if liang and d == 2 and pos >= 2:
            ch = "两"
        out += ch + units[pos]
    return out


def cn_number(n, financial=False, liang=True):
    digits = DIG_FIN if financial else DIG
    units = ["", "拾", "佰", "仟"] if financial else ["", "十", "百", "千"]
    if financial:
        liang = False
    if n == 0:
        return digits[0]
    yi, wan, ge = n // YI, n // WAN % WAN, n % WAN
    assert yi < 10000
    res = ""

    def sec(v, big):
        if liang and v == 2 and big:
            return "两"
        return _section(v, digits, units, liang)

    if yi:
        res += sec(yi, True) + "亿"
    if wan:
        if res and wan < 1000:
            res += digits[0]
        res += sec(wan, True) + "万"
    if ge:
        if res and (ge < 1000 or wan == 0) and not res.endswith(digits[0]):
            res += digits[0]
        res += _section(ge, digits, units, liang)
    if not financial and res.startswith("一十"):
        res = res[1:]
    return res


def to_trad(s):
    return s.replace("万", "萬").replace("亿", "億").replace("两", "兩").replace("元", "元")


def dec_str(n, unit):
    d = Decimal(n) / Decimal(unit)
    s = format(d.normalize(), "f")
    return s


FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def money(n, style):
    """Render integer yuan n in a given surface style."""
    if style == "wan":
        assert n % WAN == 0 or (n * 10) % WAN == 0 or (n * 100) % WAN == 0
        return dec_str(n, WAN) + "万"
    if style == "wanyuan":
        return dec_str(n, WAN) + "万元"
    if style == "rmbwan":
        return "人民币" + dec_str(n, WAN) + "万元"
    if style == "cn":
        return cn_number(n)
    if style == "cnyuan":
        return cn_number(n) + "元"
    if style == "cn2":                       # 二 instead of 两
        return cn_number(n, liang=False) + "元"
    if style == "fin":
        return cn_number(n, financial=True) + "元整"
    if style == "zheng":
        return dec_str(n, WAN) + "万元整"
    if style == "comma":
        return "{:,}元".format(n)
    if style == "yen":
        return "￥" + dec_str(n, WAN) + "万"
    if style == "yen_comma":
        return "¥{:,}".format(n)
    if style == "w":
        return dec_str(n, WAN) + "w"
    if style == "fullwidth":
        return (dec_str(n, WAN) + "万元").translate(FW)
    if style == "yi":
        return dec_str(n, YI) + "亿"
    if style == "yiyuan":
        return dec_str(n, YI) + "亿元"
    if style == "mixed":                     # 1亿2千万 / 1亿2500万 / 3千万
        yi, rest = divmod(n // WAN, WAN)
        if yi == 0:
            assert rest % 1000 == 0
            return "%d千万" % (rest // 1000)
        if rest == 0:
            return "%d亿" % yi
        if rest % 1000 == 0:
            return "%d亿%d千万" % (yi, rest // 1000)
        return "%d亿%d万" % (yi, rest)
    if style == "trad":
        return to_trad(cn_number(n)) + "元"
    if style == "tradwan":
        return dec_str(n, WAN) + "萬元"
    if style == "en":
        return "RMB " + dec_str(n, 1_000_000) + " million"
    if style == "en2":
        return dec_str(n, 1_000_000) + " million yuan"
    if style == "cny":
        return "CNY {:,}".format(n)
    raise ValueError(style)


ZH_STYLES = ["wan", "wanyuan", "rmbwan", "cn", "cnyuan", "cn2", "fin", "zheng", "comma", "yen",
             "yen_comma", "w", "fullwidth", "yi", "yiyuan", "mixed"]


def style_ok(n, style):
    if style in ("wan", "wanyuan", "rmbwan", "zheng", "yen", "w", "fullwidth", "tradwan"):
        return n % 100 == 0            # at most two decimals of 万
    if style in ("yi", "yiyuan"):
        return n % WAN == 0 and n >= 1000 * WAN
    if style == "mixed":
        return n % (1000 * WAN) == 0
    if style in ("en", "en2"):
        return n % 10_000 == 0 and n >= 1_000_000
    if style == "fin":
        return n % WAN == 0
    return True


def m_(rng, n, styles=None):
    styles = styles or ZH_STYLES
    ok = [s for s in styles if style_ok(n, s)]
    return money(n, rng.choice(ok))


def usd(rng, n):
    """USD amount renderings (License-out threshold is in USD)."""
    opts = [dec_str(n, YI) + "亿美元", dec_str(n, WAN) + "万美元", "US$" + dec_str(n, 1_000_000) + "M",
            "{:,}美元".format(n), dec_str(n, 1_000_000) + " million USD"]
    if n % WAN:
        opts = ["{:,}美元".format(n)]
    return rng.choice(opts)


# =============================================================================
# Vocabulary
# =============================================================================
STAGE_FORMS = {
    "I": ["Ⅰ期", "I期", "一期", "1期", "phase 1", "Phase I", "P1", "Ⅰ期临床"],
    "II": ["Ⅱ期", "II期", "二期", "2期", "phase 2", "Phase II", "P2", "Ⅱ期临床"],
    "III": ["Ⅲ期", "III期", "三期", "3期", "phase 3", "Phase III", "P3", "Ⅲ期临床"],
}
DRUG1 = ["1类化药", "1类化学药", "1类创新药", "1类生物制品", "1类中药", "一类化学药", "1类新药",
         "1类治疗用生物制品", "1类创新中药"]
CRO_T = ["CRO", "CDMO", "CMO", "临床CRO", "药物研发外包（CRO）", "CDMO（合同研发生产）"]
PLAT_T = ["实验动物服务", "检验检测服务", "临床转化服务", "GLP实验动物", "第三方检验检测"]
ASK = ["能拿多少？", "最多能支持多少钱？", "可以申请多少资金支持？", "按政策能给多少？", "能拿到多少补贴？",
       "大概能支持多少？", "按昌平的政策能拿多少钱？"]
ASK_TOTAL = ["一共能拿多少？", "合计多少？", "加起来最多多少？", "总共能支持多少？", "一共多少钱？"]
WHATIF = ["那如果是{x}呢？", "假如是{x}呢？", "要是{x}的话呢？", "那如果换成{x}呢？", "如果是{x}，能拿多少？"]
PRODUCT_NAMES = ["CP-101", "BJ-2203", "LX-07", "HT-0912", "ZG-A3", "SM-88", "KY-16", "YR-305"]


def stage_txt(rng, st):
    return rng.choice(STAGE_FORMS[st])


def entry_phrase(rng, drug, st):
    s = stage_txt(rng, st)
    return rng.choice([
        "{d}进入{s}临床试验了", "{d}刚进{s}", "{d}{s}首例患者已经入组", "{d}已经进入{s}临床",
        "{d}今年进入了{s}"]).format(d=drug, s=s)


def rnd_wan(rng, lo, hi, step=1):
    """random multiple of step万 in [lo, hi] 万, returned in yuan."""
    return rng.randrange(lo // step, hi // step + 1) * step * WAN


# =============================================================================
# Case collection
# =============================================================================
CASES = []


def add(tag, turns, expect, note=None):
    if isinstance(turns, str):
        turns = [turns]
    c = {"tag": tag, "turns": list(turns), "expect": expect}
    if note:
        c["note"] = note
    CASES.append(c)


# ---- fact sayers: (text, part) ------------------------------------------------
def say_cro(rng, s=None, styles=None, years_before=0):
    s = s if s is not None else rnd_wan(rng, 200, 6000, 10)
    t = rng.choice(CRO_T)
    txt = rng.choice([
        "我们是{t}企业，去年实际服务金额{m}",
        "我司做{t}，2025年度实际服务金额{m}",
        "我们是一家{t}公司，上一年度服务额{m}",
    ]).format(t=t, m=m_(rng, s, styles))
    return txt, r_cro(s, years_before), s


def say_platform(rng, inv=None, styles=None):
    inv = inv if inv is not None else rnd_wan(rng, 500, 15000, 50)
    p = rng.choice(PLAT_T)
    txt = rng.choice([
        "我们建了一个对外开放的{p}共享服务平台，平台建设实际投入{m}",
        "我们牵头建设的{p}公共服务平台（面向区内企业共享）已经建成，实际投入{m}",
        "我们的{p}共享平台建设实际投入了{m}",
    ]).format(p=p, m=m_(rng, inv, styles))
    return txt, r_platform(inv), inv


def say_ai(rng, inv=None, styles=None):
    inv = inv if inv is not None else rnd_wan(rng, 1000, 25000, 100)
    txt = rng.choice([
        "我们有个AI+药物研发的标杆示范场景项目，项目工程投资总额{m}",
        "我们做的AI辅助诊断示范项目，工程投资总额{m}",
        "我们的AI+医药健康示范应用项目工程投资总额是{m}",
    ]).format(m=m_(rng, inv, styles))
    return txt, r_ai(inv), inv


def say_park(rng, inv=None, styles=None):
    inv = inv if inv is not None else rnd_wan(rng, 1000, 9000, 100)
    txt = rng.choice([
        "我们园区引入了全球领先的生物医药园区运营管理资源，这个项目投资总额{m}",
        "我们是园区运营方，引进国际一流园区运营管理团队的项目，投资总额{m}",
    ]).format(m=m_(rng, inv, styles))
    return txt, r_park(inv), inv


def say_event(rng, cost=None, styles=None):
    cost = cost if cost is not None else rnd_wan(rng, 50, 1500, 5)
    txt = rng.choice([
        "我们公司（市场化主体）办了一场高品质的生命科学产业论坛，活动实际发生费用{m}",
        "我们企业举办了一场医药健康行业高品质活动，实际花费{m}",
    ]).format(m=m_(rng, cost, styles))
    return txt, r_event(cost), cost


def say_entrust(rng, t=None, styles=None):
    t = t if t is not None else rnd_wan(rng, 300, 20000, 10)
    txt = rng.choice([
        "我们作为上市许可持有人，委托区内医药企业生产我们的一个品种，该品种实际交易额{m}",
        "我们有个品种委托给别的医药健康企业生产，该品种实际交易额{m}",
    ]).format(m=m_(rng, t, styles))
    return txt, r_mah_entrust(t), t


def say_maker(rng, i=None, styles=None):
    i = i if i is not None else rnd_wan(rng, 200, 8000, 10)
    txt = rng.choice([
        "我们按照药品上市许可持有人制度给别的持有人承担生产，实际投入金额{m}",
        "我们是MAH受托生产方，为持有人代工生产，实际投入{m}",
    ]).format(m=m_(rng, i, styles))
    return txt, r_mah_maker(i), i


def say_sales(rng, r=None, styles=None):
    r = r if r is not None else rnd_wan(rng, 2000, 200000, 500)
    txt = rng.choice([
        "我们新设立了一家医药健康销售平台型企业，年度销售收入{m}",
        "我们的医药销售平台公司去年销售收入{m}",
    ]).format(m=m_(rng, r, styles))
    return txt, r_sales(r), r


def say_intl_reg(rng, fees=None, styles=None):
    fees = fees or [rnd_wan(rng, 50, 400, 5), rnd_wan(rng, 10, 150, 5), rnd_wan(rng, 5, 80, 1)]
    agency = rng.choice(["FDA", "美国FDA", "欧盟EMA", "EMA"])
    txt = ("我们的一个药品新获得了{a}认证，海外注册费{x}，检测费{y}，当地代理费{z}").format(
        a=agency, x=m_(rng, fees[0], styles), y=m_(rng, fees[1], styles), z=m_(rng, fees[2], styles))
    return txt, r_intl_reg(fees), fees


def say_lic_out(rng, total=None):
    total = total if total is not None else rng.choice([12000, 15000, 18000, 25000, 30000, 42000, 60000]) * WAN
    txt = rng.choice([
        "我们和一家跨国龙头药企签了License-out合同，合同总额{u}，合同已经签了",
        "我们一个品种对外授权（License-out）给跨国药企，合同已签订，总额{u}",
    ]).format(u=usd(rng, total))
    return txt, r_lic_out(total), total


def say_lic_in(rng):
    txt = rng.choice([
        "我们通过License-in从国外引进的技术在本土产业化，产品已经获批上市了",
        "我们从海外License-in引进了一个品种，现在已经在国内上市",
    ])
    return txt, r_lic_in(), None


def say_revenue(rng, rev=None, styles=None):
    rev = rev if rev is not None else rnd_wan(rng, 50000, 150000, 100)
    prev = rnd_wan(rng, 20000, 49000, 100)
    txt = rng.choice([
        "我们公司年度主营业务收入首次突破5亿，去年是{p}，今年达到{m}",
        "今年我们主营业务收入{m}，是第一次过5亿（去年{p}）",
    ]).format(m=m_(rng, rev, styles), p=m_(rng, prev, styles))
    return txt, r_revenue(rev), rev


def output_pair(rng, tier_idx):
    t = OUTPUT_TIERS[tier_idx][0]
    lo = OUTPUT_TIERS[tier_idx - 1][0] if tier_idx > 0 else 1000 * WAN
    hi = OUTPUT_TIERS[tier_idx + 1][0] if tier_idx + 1 < len(OUTPUT_TIERS) else 2 * t
    step = max(t // 50, 100 * WAN)
    prev = rng.randrange(lo // step + 1, t // step) * step
    cur = rng.randrange(t // step + 1, hi // step) * step
    return t, prev, cur


def t_label(rng, t):
    if t < YI:
        return rng.choice(["5000万", "五千万"])
    return rng.choice(["%d亿" % (t // YI), cn_number(t)])


def say_output(rng, tier_idx=None, styles=None, name=None):
    tier_idx = rng.randrange(5) if tier_idx is None else tier_idx
    t, prev, cur = output_pair(rng, tier_idx)
    name = name or rng.choice(PRODUCT_NAMES)
    txt = rng.choice([
        "我们的单品种{n}去年年产值{p}，今年首次突破{t}，达到{c}",
        "单品种{n}年产值今年第一次超过{t}，做到了{c}（去年是{p}）",
    ]).format(n=name, p=m_(rng, prev, styles), t=t_label(rng, t), c=m_(rng, cur, styles))
    return txt, r_output(prev, cur), (prev, cur)


def say_sme(rng, rev=None, rd_last=None, rd_before=None, styles=None):
    rev = rev if rev is not None else rnd_wan(rng, 500, 2900, 10)
    if rd_last is None:
        rd_before = rnd_wan(rng, 300, 900, 10)
        rd_last = rd_before + rnd_wan(rng, 50, 600, 10)
        if rd_last + rd_before < SME_RD_2Y_MIN_INCLUSIVE:
            rd_last = SME_RD_2Y_MIN_INCLUSIVE - rd_before + rnd_wan(rng, 10, 200, 10)
    txt = rng.choice([
        "我们是一家小微企业，上一年度营业收入{r}，去年研发投入{a}，前年研发投入{b}，研发投入已经连续三年正增长",
        "我们是中小企业，去年营收{r}；研发投入去年{a}、前年{b}，连续三年都在增长",
    ]).format(r=m_(rng, rev, styles), a=m_(rng, rd_last, styles), b=m_(rng, rd_before, styles))
    return txt, r_sme(rev, rd_last, rd_before), (rev, rd_last, rd_before)


def say_clin(rng, st=None, drug=None, n=1):
    st = st or rng.choice(["I", "II", "III"])
    drug = drug or rng.choice(DRUG1)
    if n == 1:
        txt = entry_phrase(rng, "我们的" + drug, st)
    else:
        s = stage_txt(rng, st)
        txt = "我们有{n}个{d}品种今年都进入了{s}{x}".format(n=n, d=drug, s=s, x="" if s.endswith("临床") else "临床试验")
    return txt, r_clin_entry(st, n), (st, n)


REG_TXT = {
    "1": ["1类化学药", "1类生物制品", "1类中药", "1类创新药", "一类新药"],
    "2": ["2类生物制品", "2类化学药（改良型新药）", "2类中药"],
    "improved": ["重大改良型新药"],
    "first_generic": ["首仿药"],
}


def say_reg(rng, cls=None):
    cls = cls or rng.choice(["1", "1", "2", "improved", "first_generic"])
    drug = rng.choice(REG_TXT[cls])
    extra = "（经认定）" if cls != "1" else ""
    txt = rng.choice([
        "我们的{d}{e}拿到了药品注册证书，已经在昌平实施产业化",
        "我们一个{d}{e}获批上市拿到注册证，并在区内产业化",
    ]).format(d=drug, e=extra)
    return txt, r_reg(cls), cls


VET_TXT = {1: ["一类", "1类", "Ⅰ类"], 2: ["二类", "2类", "Ⅱ类"], 3: ["三类", "3类", "Ⅲ类"]}


def say_vet(rng, cls=None):
    cls = cls or rng.choice([1, 2, 3])
    txt = "我们的动物药拿到了{c}新兽药注册证书，并且已经实施产业化".format(c=rng.choice(VET_TXT[cls]))
    return txt, r_vet(cls), cls


def say_fixed(rng, which):
    if which == "sci":
        return rng.choice([
            "我们是做合成生物制造方向的科技服务业企业，想申请效能提升支持",
            "我们是脑机接口领域的科技服务业企业，申请科技服务业企业效能提升",
        ]), r_sci_service(), None
    if which == "oapp":
        return rng.choice([
            "我们的一项技术成果首次在海外应用",
            "我们在海外设立了研发中心",
        ]), r_overseas_app(), None
    if which == "oplat":
        return rng.choice([
            "我们在海外设立了一个孵化器，推动国内医药技术项目出海",
            "我们在海外设立了创新中心，开展跨国技术转移服务",
        ]), r_overseas_platform(), None
    if which == "conf":
        return "我们要举办一场生命科学领域高水平国际学术研讨会议", r_intl_conf(), None
    if which == "frd":
        return "我们是医药健康领域外资企业，研发中心持续扩大研发投入", r_foreign_rd(), None
    if which == "inst":
        return "我们是一家落地昌平的国际科研机构", r_intl_inst(), None
    raise ValueError(which)


SAYERS = {
    "cro": say_cro, "platform": say_platform, "ai": say_ai, "park": say_park, "event": say_event,
    "entrust": say_entrust, "maker": say_maker, "sales": say_sales, "intl_reg": say_intl_reg,
    "lic_out": say_lic_out, "lic_in": say_lic_in, "revenue": say_revenue, "output": say_output,
    "sme": say_sme, "clin": say_clin, "reg": say_reg, "vet": say_vet,
    "sci": lambda r: say_fixed(r, "sci"), "oapp": lambda r: say_fixed(r, "oapp"),
    "oplat": lambda r: say_fixed(r, "oplat"), "conf": lambda r: say_fixed(r, "conf"),
}
# pairs that might be the same matter (从优不重复 / overlapping base) are never combined
CONFLICTS = [{"cro", "maker"}, {"revenue", "sales"}, {"lic_in", "reg"}, {"event", "conf"},
             {"platform", "sci"}, {"platform", "park"}, {"park", "sci"}, {"oapp", "oplat"},
             {"clin", "clin"}, {"reg", "reg"}, {"revenue", "sme"}, {"sme", "sales"}]


def compatible(keys):
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            if {a, b} in CONFLICTS or a == b:
                return False
    return True


# =============================================================================
# Families
# =============================================================================
def fam_single(rng):
    # CRO / CDMO / CMO  (第十五条（一）)
    for s in [2345 * WAN + 6700, rnd_wan(rng, 200, 6000, 10), rnd_wan(rng, 200, 6000, 1)]:
        txt, p, _ = say_cro(rng, s)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    s = rnd_wan(rng, 500, 5000, 10)
    add("surface", "我們是CRO企業，去年實際服務金額{m}，按昌平的政策最多可以拿多少補助？".format(
        m=money(s, rng.choice(["trad", "tradwan"]))), ex_ans([r_cro(s)]))
    s = rnd_wan(rng, 500, 5000, 100)
    add("surface", "We are a CDMO in Changping. Our actual service amount last year was {m}. "
        "How much support can we get under the policy?".format(m=money(s, "en")), ex_ans([r_cro(s)]))
    s = rnd_wan(rng, 500, 5000, 100)
    add("surface", "我们是CRO，last year actual service amount是{m}，能申请多少support？".format(
        m=money(s, rng.choice(["en2", "cny"]))), ex_ans([r_cro(s)]))
    # shared platform (第十五条（二）)
    for inv in [rnd_wan(rng, 300, 2000, 1), rnd_wan(rng, 2000, 9900, 100),
                10000 * WAN + 5000 * WAN, 2 * YI + 3000 * WAN, 35 * YI // 10]:
        txt, p, _ = say_platform(rng, inv)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # clinical entry (第五条（一）)
    for st, n in [("I", 1), ("II", 1), ("III", 1), ("II", 2), ("III", 3), ("I", 4)]:
        txt, p, _ = say_clin(rng, st=st, n=n)
        add("single", txt + "，" + rng.choice(["有奖励吗？能拿多少？", "能拿多少奖励？", "一共能拿多少？", "这个阶段给多少钱？"]),
            ex_ans([p]))
    # registration (第六条（一）)
    for cls in ["1", "1", "2", "improved", "first_generic"]:
        txt, p, _ = say_reg(rng, cls)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # veterinary (第六条（二）)
    for cls in [1, 2, 3]:
        txt, p, _ = say_vet(rng, cls)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # MAH (第八条（一）)
    for f in [say_entrust, say_entrust, say_maker]:
        txt, p, _ = f(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # sales platform (第八条（二）)
    for _ in range(2):
        txt, p, _ = say_sales(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # FDA / EMA (第十一条（一）)
    for _ in range(2):
        txt, p, _ = say_intl_reg(rng)
        add("single", txt + "，" + rng.choice(["这些能报多少？", "能支持多少？", "最多补多少？"]), ex_ans([p]))
    # License-in / License-out (第十一条（二）)
    txt, p, _ = say_lic_in(rng)
    add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    for _ in range(2):
        txt, p, _ = say_lic_out(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # revenue first >= 5亿 (第十二条（一）)
    for _ in range(2):
        txt, p, _ = say_revenue(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # output tiers (第十二条（三）)
    for ti in [0, 1, 2, 3, 4]:
        txt, p, _ = say_output(rng, ti)
        add("single", txt + "，" + rng.choice(["奖励多少？", "能拿多少奖励？", "按政策奖多少？"]), ex_ans([p]))
    # SME R&D (第十三条)
    for _ in range(2):
        txt, p, _ = say_sme(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # events (第十六条（三）)
    for _ in range(2):
        txt, p, _ = say_event(rng)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    # 2026-2028 measures
    for inv in [rnd_wan(rng, 1000, 9000, 100), 3 * YI, rnd_wan(rng, 300, 900, 1)]:
        txt, p, _ = say_ai(rng, inv)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    for inv in [rnd_wan(rng, 800, 5000, 100), 8000 * WAN]:
        txt, p, _ = say_park(rng, inv)
        add("single", txt + "，" + rng.choice(ASK), ex_ans([p]))
    for w in ["sci", "oapp", "oplat", "conf", "frd", "inst"]:
        txt, p, _ = say_fixed(rng, w)
        add("single", txt + "，" + rng.choice(["按2026-2028年若干措施最多能支持多少？", "若干措施里这块最高给多少？",
                                              "按市里和昌平的新措施能拿多少？"]), ex_ans([p]))


def fam_surface(rng):
    """The same clause asked with many number surfaces, incl. the brief's examples."""
    forms = [
        (12000 * WAN, "1亿2千万"), (3500 * WAN, "0.35亿"), (3500 * WAN, "3500万元整"),
        (3500 * WAN, "35,000,000元"), (3500 * WAN, "￥3500万"), (3500 * WAN, "叁仟伍佰万元整"),
        (2300 * WAN, "两千三百万"),
        (980 * WAN, "９８０万元"), (4200 * WAN, "4200w"), (1500 * WAN, "一千五百萬元"),
    ]
    for n, s in forms:
        which = rng.choice(["cro", "platform", "ai", "event", "entrust"])
        if which == "cro":
            txt = "我们是CDMO，去年实际服务金额刚好{s}，能拿多少？".format(s=s); p = r_cro(n)
        elif which == "platform":
            txt = "我们的检验检测共享服务平台建设实际投入{s}，最多能支持多少？".format(s=s); p = r_platform(n)
        elif which == "ai":
            txt = "AI+药物研发示范场景项目，工程投资总额{s}，能给多少？".format(s=s); p = r_ai(n)
        elif which == "event":
            txt = "我们办的生命科学论坛（企业主办）实际发生费用{s}，能补多少？".format(s=s); p = r_event(n)
        else:
            txt = "我们委托区内企业生产自己持有的品种，该品种实际交易额{s}，能拿多少？".format(s=s); p = r_mah_entrust(n)
        if "萬" in s:
            txt = txt.replace("实际", "實際").replace("能拿多少", "能拿多少補助").replace("服务", "服務")
        add("surface", txt, ex_ans([p]))
    # stage typos
    for st_form, st in [("2期", "II"), ("P2", "II"), ("phase 3", "III"), ("ⅲ期", "III"), ("Phase I", "I"),
                        ("II期", "II")]:
        drug = rng.choice(DRUG1)
        add("surface", "我们{d}进{s}了 能拿多少".format(d=drug, s=st_form), ex_ans([r_clin_entry(st)]))
    add("surface", "Our Class 1 chemical drug just entered Phase II clinical trials in Changping. How much is the award?",
        ex_ans([r_clin_entry("II")]))
    add("surface", "我們的1類生物製品進入Ⅲ期臨床試驗了，可以拿多少獎勵？", ex_ans([r_clin_entry("III")]))


def fam_multi_item(rng):
    pool = ["cro", "platform", "ai", "park", "event", "entrust", "maker", "sales", "intl_reg", "lic_out",
            "lic_in", "revenue", "output", "sme", "clin", "reg", "vet", "sci", "oapp", "oplat", "conf"]
    made = 0
    while made < 14:
        k = rng.choice([2, 2, 3, 3, 4])
        keys = rng.sample(pool, k)
        if not compatible(keys):
            continue
        facts, parts = [], []
        for key in keys:
            txt, p, _ = SAYERS[key](rng)
            f = txt.replace("我们的", "").replace("我们", "").replace("我司", "")
            facts.append(f[1:] if f.startswith("是") else f)
            parts.append(p)
        nums = "一二三四"
        body = "；".join("{}是{}".format(nums[i], f) for i, f in enumerate(facts))
        lead = rng.choice(["我们公司今年有几件事想一起问：", "帮我们算一下，", "同一家企业，几项一起申请："])
        tail = rng.choice(["。分别能拿多少，合计多少？", "。各项分别按各自条款算，一共多少？", "，总共能拿多少？"])
        add("multi-item", lead + body + tail, ex_ans(parts))
        made += 1
    # several products, each by its own rule
    st1, st2 = "II", "III"
    d1, d2 = rng.choice(DRUG1), rng.choice(DRUG1)
    add("multi-item", "我们今年两个品种有进展：{a}的{x}进入{s1}，{b}的{y}进入{s2}。两个品种一共能拿多少奖励？".format(
        a=d1, x="CP-101", s1=stage_txt(rng, st1), b=d2, y="CP-202", s2=stage_txt(rng, st2)),
        ex_ans([r_clin_entry(st1), r_clin_entry(st2)]))
    add("multi-item", "三个品种：1类化药A进Ⅰ期，1类生物制品B进Ⅱ期，1类中药C进Ⅲ期，一共多少？",
        ex_ans([r_clin_entry("I"), r_clin_entry("II"), r_clin_entry("III")]))
    # enterprise per-year cap on 第五条（一）
    a, b, c = 30, 30, 20
    add("multi-item", "我们是大型药企，今年有{a}个1类新药进入Ⅲ期、{b}个进入Ⅱ期、{c}个进入Ⅰ期，按临床阶段奖励今年一共能拿多少？".format(
        a=a, b=b, c=c), ex_ans([r_clin_entry("III", a), r_clin_entry("II", b), r_clin_entry("I", c)]))
    a, b = 45, 15
    p1, p2 = r_clin_entry("III", a), r_clin_entry("II", b)
    txt, p3, _ = say_cro(rng)
    add("multi-item", "今年我们{a}个1类品种进Ⅲ期、{b}个进Ⅱ期；另外{c}。临床奖励加上外包服务支持，一共多少？".format(
        a=a, b=b, c=txt.replace("我们是", "我们还是")), ex_ans([p1, p2, p3]))
    # per-item caps hit in one message
    pa, pb = r_platform(1 * YI + 8000 * WAN), r_ai(2 * YI)
    add("multi-item", "两个项目：检验检测共享服务平台建设实际投入1.8亿元；AI+药物研发示范场景项目工程投资总额2亿元。各自能拿多少，合计多少？",
        ex_ans([pa, pb]))
    pa, pb = r_park(9000 * WAN), r_event(600 * WAN)
    add("multi-item", "我们园区引入全球领先园区运营管理资源的项目投资总额9000万；另外我们公司办了一场高品质产业论坛，实际费用600万。一共多少？",
        ex_ans([pa, pb]))


DISTRACT = [
    "公司成立于{year}年", "注册资本{cap}", "现有员工{hc}人", "去年净利润{np}", "最新一轮估值{val}",
    "上海张江那边之前给过我们{other}的奖励", "苏州给过我们{other}的落户奖励", "去年区里已经给过我们{last}的支持",
]


def distractors(rng, k, avoid=()):
    vals = {"year": rng.randrange(2008, 2023), "cap": m_(rng, rnd_wan(rng, 1000, 20000, 500)),
            "hc": rng.randrange(30, 900), "np": m_(rng, rnd_wan(rng, 100, 9000, 100)),
            "val": m_(rng, rnd_wan(rng, 50000, 900000, 10000), ["yi", "yiyuan", "wan"]),
            "other": m_(rng, rnd_wan(rng, 50, 500, 10)), "last": m_(rng, rnd_wan(rng, 20, 300, 10))}
    pool = [d for d in DISTRACT if not any(a in d for a in avoid)]
    return [d.format(**vals) for d in rng.sample(pool, k)]


def fam_distractor(rng):
    keys = ["cro", "platform", "ai", "park", "event", "entrust", "intl_reg", "output", "revenue", "lic_out",
            "cro", "sales"]
    for key in keys:
        txt, p, _ = SAYERS[key](rng)
        avoid = ("去年区里",) if key in ("output", "revenue") else ()
        ds = distractors(rng, rng.choice([2, 3]), avoid)
        pos = rng.random()
        if pos < 0.5:
            msg = "，".join(ds) + "。" + txt + "。" + rng.choice(ASK)
        else:
            msg = txt + "。顺便说下，" + "，".join(ds) + "。" + rng.choice(ASK)
        add("distractor", msg, ex_ans([p]))
    # planned vs actual
    actual = rnd_wan(rng, 2000, 8000, 100)
    plan = rnd_wan(rng, 12000, 30000, 1000)
    add("distractor", "我们的实验动物共享服务平台，规划总投资{pl}，目前已建成，实际投入{a}。现在按实际投入能拿多少？".format(
        pl=m_(rng, plan), a=m_(rng, actual)), ex_ans([r_platform(actual)]))
    cost = rnd_wan(rng, 100, 900, 10)
    add("distractor", "我们企业办的高品质行业论坛预算原本是{b}，最后实际发生费用{a}，能补多少？".format(
        b=m_(rng, cost + rnd_wan(rng, 100, 500, 10)), a=m_(rng, cost)), ex_ans([r_event(cost)]))
    # different product's figure
    t, prev, cur = output_pair(rng, 0)
    other = rnd_wan(rng, 20000, 40000, 100)
    add("distractor", "我们有两个品种：A去年产值就已经{o}了；B去年{p}，今年首次突破5000万，达到{c}。B能拿多少奖励？".format(
        o=m_(rng, other), p=m_(rng, prev), c=m_(rng, cur)), ex_ans([r_output(prev, cur)]))
    eng = rnd_wan(rng, 6000, 15000, 100)
    add("distractor", "我们的AI+药物研发示范项目总投资3.2亿（含人员、数据采购等），其中项目工程投资总额{e}，能拿多少？".format(
        e=m_(rng, eng)), ex_ans([r_ai(eng)]))


def fam_threshold(rng):
    # 第十二条（一） 5亿（含）
    add("threshold", "我们主营业务收入今年刚好5亿元整，第一次达到这个规模，去年4.6亿，能拿多少？", ex_ans([r_revenue(5 * YI)]))
    assert must_raise(r_revenue, 4 * YI + 9900 * WAN)
    add("threshold", "今年我们主营业务收入4亿9千9百万，差一点到5亿，能申请主营收入突破的支持吗？", ex_inel([(D, "第十二条")]))
    assert must_raise(r_revenue, 6 * YI, first=False)
    add("ineligible", "我们今年主营业务收入6亿，不过前年就已经5.3亿了，这个收入突破的支持还能拿吗？", ex_inel([(D, "第十二条")]))
    # 第十三条
    assert must_raise(r_sme, 3000 * WAN, 700 * WAN, 500 * WAN)
    add("threshold", "我们是小微企业，上一年度营业收入正好3000万元，去年研发投入700万，前年500万，连续三年正增长，能拿研发支持吗？",
        ex_inel([(D, "第十三条")]))
    add("threshold", "我们是小微企业，上一年度营业收入2999万元，去年研发投入700万，前年500万，研发连续三年正增长，能拿多少？",
        ex_ans([r_sme(2999 * WAN, 700 * WAN, 500 * WAN)]))
    add("threshold", "中小企业，去年营收1200万，去年研发投入600万、前年400万，合计刚好1000万，研发连续三年正增长，能拿多少？",
        ex_ans([r_sme(1200 * WAN, 600 * WAN, 400 * WAN)]))
    assert must_raise(r_sme, 1200 * WAN, 560 * WAN, 438 * WAN)
    add("threshold", "中小企业，去年营收1200万，去年研发投入560万、前年438万，研发连续三年正增长，能申请研发投入支持吗？",
        ex_inel([(D, "第十三条")]))
    assert must_raise(r_sme, 1500 * WAN, 800 * WAN, 600 * WAN, growth=False)
    add("ineligible", "我们是小微企业，去年营收1500万，去年研发投入800万，前年600万，但大前年研发投入比前年还高（前年有下降），能拿研发支持吗？",
        ex_inel([(D, "第十三条")]))
    assert must_raise(r_sme, 1500 * WAN, 800 * WAN, 600 * WAN, years_before=3)
    add("ineligible", "我们小微企业研发投入支持已经连续拿了三年了，今年条件还都满足（营收1500万，研发去年800万前年600万，持续增长），第四年还能拿吗？",
        ex_inel([(D, "第十三条")]))
    # License-out > 1亿美元
    assert must_raise(r_lic_out, 1 * YI)
    add("threshold", "我们License-out合同已签，合同总额正好1亿美元，能拿支持吗？", ex_inel([(D, "第十一条")]))
    add("threshold", "我们License-out合同已签，合同总额1.02亿美元，能拿多少？", ex_ans([r_lic_out(10200 * WAN)]))
    assert must_raise(r_lic_out, 8000 * WAN)
    add("ineligible", "我们和跨国药企签了License-out合同，总额8000万美元，首付款1500万美元，能拿单品种支持吗？",
        ex_inel([(D, "第十一条")]))
    assert must_raise(r_lic_out, 3 * YI, signed=False)
    add("ineligible", "我们一个License-out项目还在谈判，预计合同总额3亿美元，还没签合同，现在能拿这50万吗？", ex_inel([(D, "第十一条")]))
    assert must_raise(r_lic_in, launched=False)
    add("ineligible", "我们License-in引进了国外一个技术，产品目前还在Ⅲ期临床，没上市，现在能拿引进支持吗？", ex_inel([(D, "第十一条")]))
    # caps at the edge
    add("threshold", "共享服务平台（临床转化服务）建设实际投入刚好1亿元，能支持多少？", ex_ans([r_platform(1 * YI)]))
    add("threshold", "AI辅助诊断示范场景项目工程投资总额1.6亿，最多能支持多少？", ex_ans([r_ai(16000 * WAN)]))
    add("threshold", "AI+药物研发示范项目，工程投资总额1.7亿，最多能支持多少？", ex_ans([r_ai(17000 * WAN)]))
    add("threshold", "引入全球领先园区运营管理资源的园区项目，投资总额正好6000万，最多支持多少？", ex_ans([r_park(6000 * WAN)]))
    add("threshold", "园区项目（引入国际领先园区运营管理资源），投资总额5800万，最多支持多少？", ex_ans([r_park(5800 * WAN)]))
    # output tiers
    assert must_raise(r_output, 3000 * WAN, 4980 * WAN)
    add("threshold", "我们单品种年产值今年做到4980万，去年3000万，能拿产值突破奖励吗？", ex_inel([(D, "第十二条")]))
    assert must_raise(r_output, 4000 * WAN, 7000 * WAN, first=False)
    add("ineligible", "我们一个品种今年年产值7000万，不过前年就已经做到6000万了，去年掉到4000万，今年还能拿突破5000万的奖励吗？",
        ex_inel([(D, "第十二条")]))
    # CRO 累计三年
    add("threshold", "我们CRO的外包服务支持前两年都拿了，今年是第三年申请，去年实际服务金额1800万，能拿多少？",
        ex_ans([r_cro(1800 * WAN, years_before=2)]))
    assert must_raise(r_cro, 1800 * WAN, years_before=3)
    add("ineligible", "我们CDMO已经连续三年拿了外包服务机构支持，今年申请用的去年服务额1800万，还能再申请吗？", ex_inel([(D, "第十五条")]))
    # class conditions
    add("ineligible", "我们的3类化学药进入Ⅲ期临床了，能拿临床阶段奖励吗？", ex_inel([(D, "第五条")]))
    assert must_raise(r_vet, 4)
    add("ineligible", "我们拿到了四类新兽药注册证书并产业化了，能拿多少？", ex_inel([(D, "第六条")]))
    add("ineligible", "我们的3类仿制药拿到注册证了，不是首仿，国内已经有五六家上市了，能拿上市支持吗？", ex_inel([(D, "第六条")]))
    assert must_raise(r_platform, 3000 * WAN, shared=False)
    add("ineligible", "我们建了一个检测实验室，投入3000万，只给我们自己公司用，不对外提供服务，能按共享服务平台拿支持吗？",
        ex_inel([(D, "第十五条")]))
    assert must_raise(r_foreign_rd, foreign=False)
    add("ineligible", "我们是纯内资企业，研发中心研发投入今年增长了40%，能申请外资研发中心研发激励吗？", ex_inel([(M, "（十二）")]))
    # 2类 entering a phase: no fixed entry award (only completion, 一定比例)
    add("ineligible", "我们的2类化学药进入Ⅱ期了，按临床进度能拿多少？", ex_inel([(D, "第五条")], also_answered=True))
    add("ineligible", "经认定的2类生物制品刚进入Ⅲ期临床，能不能拿200万？", ex_inel([(D, "第五条")], also_answered=True))


def fam_askback(rng):
    add("ask-back", "我们是CRO，去年服务额300万美元，能拿多少？", ex_need())
    add("ask-back", "We are a CMO. Last year our actual service amount was USD 4.5 million. How much can we get?", ex_need())
    add("ask-back", "我们药品拿到FDA批准了，注册相关费用一共花了80万美元，能补多少？", ex_need())
    add("ask-back", "我们CDMO去年服务额-500万，能拿多少？", ex_need())
    add("ask-back", "检验检测共享平台建设实际投入负200万（有退款），能支持多少？", ex_need())
    add("ask-back", "我们CRO去年实际服务金额3万亿元，能拿多少？", ex_need())
    add("ask-back", "我们是做CRO的，去年服务额八百来万，能拿多少？", ex_need())
    add("ask-back", "共享服务平台建设投入还没决算，大概在8000万到1.2亿之间，能支持多少？", ex_need())
    add("ask-back", "我们主营业务收入今年大概5亿左右，第一次到这个量级，能拿多少？", ex_need())
    add("ask-back", "我们License-out合同已经签了，总额差不多1亿美元，能拿吗？", ex_need())
    add("ask-back", "我们License-out合同已签，合同总额7亿元人民币，能拿单品种支持吗？", ex_need())
    add("ask-back", "我们是小微企业，去年营收三千万上下，去年研发投入600万、前年500万，连续三年增长，能拿多少？", ex_need())
    add("ask-back", "AI+药物研发示范项目，工程投资大概一亿五到两亿之间，能拿多少？", ex_need())
    add("ask-back", "我们的1类新药进临床了，能拿多少？", ex_need())
    add("ask-back", "我们的新药拿到注册证书了，也在昌平产业化了，能拿多少？", ex_need())
    add("ask-back", "我们拿到新兽药注册证书了，能拿多少？", ex_need())
    add("ask-back", "我们是CDMO企业，能拿多少钱？", ex_need())
    add("ask-back", "我们单品种年产值首次突破了，奖励多少？", ex_need())
    add("ask-back", "我们和别的企业有药品上市许可持有人制度下的委托生产合作，能拿多少？", ex_need())
    add("ask-back", "我们CRO公司2024年实际服务金额1500万，2025年2000万，能拿多少？", ex_need())
    add("ask-back", "我们是做CRO的，有什么支持？", ex_need(also_answered=True))
    add("ask-back", "我们是一家做基因治疗的初创公司，昌平这边有什么政策？", ex_need(also_answered=True))


def fam_unspecified(rng):
    rd = m_(rng, rnd_wan(rng, 3000, 20000, 100))
    add("unspecified", "我们1类化药完成了Ⅲ期临床试验，这期间实际临床研发投入{rd}，能拿多少？".format(rd=rd), ex_unspec([(D, "第五条")]))
    add("unspecified", "经认定的2类生物制品完成了Ⅱ期临床，能拿多少？", ex_unspec([(D, "第五条")]))
    add("unspecified", "我们在细胞治疗领域做了一个非注册性临床试验，能拿多少？", ex_unspec([(D, "第五条")], ["200万"], check_kind=False))
    add("unspecified", "我们CGT方向今年有4个品种开展了非注册性临床研究，每个品种奖励多少？企业一年最多多少？",
        ex_unspec([(D, "第五条")], ["200万"], check_kind=False))
    add("unspecified", "医院和我们合作做临床科技成果转化早期项目的概念验证，概念验证资金给多少？", ex_unspec([(D, "第四条")]))
    add("unspecified", "我们的数字疗法项目已经转化应用，按自贸区昌平组团支持办法的人工智能等新技术赋能条款，能给多少？", ex_unspec([(D, "第四条")]))
    add("unspecified", "我们有国际领军人才团队和国际原创品种，按支持办法第九条能拿多少？", ex_unspec([(D, "第九条")]))
    add("unspecified", "我们产业化项目固定资产实际投资额（不含房产土地）{x}，具有全球领先水平，按第十条能拿多少？".format(
        x=m_(rng, rnd_wan(rng, 20000, 90000, 1000))), ex_unspec([(D, "第十条")]))
    add("unspecified", "我们拿了国家级重大专项资金{x}，区里配套多少？".format(x=m_(rng, rnd_wan(rng, 500, 5000, 100))),
        ex_unspec([(D, "第十二条")]))
    add("unspecified", "我们是银行，给科创企业的知识产权质押贷发生了{x}本金损失，风险补偿能给多少？".format(
        x=m_(rng, rnd_wan(rng, 100, 2000, 10))), ex_unspec([(D, "第十四条")]))
    add("unspecified", "我们的标杆型孵化器共享服务平台已经运营两年了，运营奖励能给多少？", ex_unspec([(D, "第十五条")]))
    add("unspecified", "我们牵头组建的产业联盟获得了市级认定，运营补贴能拿多少？", ex_unspec([(D, "第十六条")]))
    add("unspecified", "我们企业投保了临床试验责任保险，按若干措施能给多少支持？", ex_unspec([(M, "（九）")]))
    add("unspecified", "我们用了智能算力，算力券能补贴多少？", ex_unspec([(M, "（四）")]))


HELP = [
    ("《关于支持昌平区医药健康产业高质量发展的若干措施(2026-2028年)》有效期到什么时候？", [], ["2028"]),
    ("这两份文件里哪一份还是征求意见稿？", [], ["征求意见稿"]),
    ("自贸区昌平组团那个支持办法由哪个单位负责解释？", [(D, "第十八条")], ["未来科学城"]),
    ("2026-2028年若干措施由谁负责解释？", [], ["市科委中关村管委会"]),
    ("新的支持办法出台后，昌政办发〔2023〕13号那份还有效吗？", [(D, "第十八条")], ["废止"]),
    ("同一个项目同时符合支持办法好几条，能叠加拿吗？", [(D, "第十七条")], ["从优不重复"]),
    ("区级支持和北京市市级政策能同时享受吗？", [(D, "第十七条")], []),
    ("民办非企业单位能不能适用自贸区昌平组团的支持办法？", [(D, "第二条")], []),
    ("AI+医药健康示范应用那条的责任单位有哪些？", [(M, "（五）")], ["市医保局"]),
    ("加强出海支持那条是哪些部门负责？", [(M, "（十三）")], ["市商务局"]),
    ("完善产业服务平台体系这条涉及哪些责任单位？", [(M, "（七）")], ["市国资委"]),
    ("加大科技金融创新赋能那条的责任单位有哪些？", [(M, "（九）")], ["北京证监局"]),
    ("对于特别重大项目，能不能提高支持标准？", [(D, "第十七条")], []),
    ("算力补贴是通过哪一级的算力券发的？", [(M, "（四）")], ["市级"]),
    ("若干措施(2026-2028年)是哪天发布的？", [], []),
]
HELP_SHORT = [  # (question, cites, must) used inside conversations
    ("顺便问下，自贸区昌平组团那个支持办法是正式文件还是征求意见稿？", [], ["征求意见稿"]),
    ("插一句，若干措施有效期到哪年？", [], ["2028"]),
    ("自贸区昌平组团那个支持办法谁负责解释？", [(D, "第十八条")], ["未来科学城"]),
    ("同一事项符合多条的话怎么算？", [(D, "第十七条")], ["从优不重复"]),
    ("出海支持那条的责任单位都有谁？", [(M, "（十三）")], ["市商务局"]),
    ("AI示范应用那条是哪些部门负责的？", [(M, "（五）")], ["市医保局"]),
]


def fam_helpdesk(rng):
    for q, c, m in HELP:
        add("helpdesk", q, ex_help(c, m))
    add("helpdesk", "我们是做骨科植入的医疗器械企业，拿到三类医疗器械注册证，按支持办法能拿多少？",
        {"status": ["answered", "out_of_scope", "needs_info"], "cite": [], "amount_yuan": None,
         "must_include": [], "must_not_include": []})


OOS = [
    "明天北京天气怎么样？", "帮我写一首关于春天的七言绝句。", "海淀区对生物医药企业有什么补贴政策？",
    "上海张江的创新药临床补贴是多少？", "深圳坪山区的生物医药扶持政策能拿多少？", "高新技术企业所得税税率是多少？",
    "研发费用加计扣除比例现在是多少？", "推荐几只医药股吧", "Translate 'clinical trial' into French.",
    "苏州工业园区对CRO有什么支持？", "What's the capital of Australia?", "天津滨海新区医疗器械注册奖励有多少？",
]


def fam_oos(rng):
    for q in OOS:
        add("out-of-scope", q, ex_oos())


# ---------------------------------------------------------------------------
# multi-turn families
# ---------------------------------------------------------------------------
CRO_OPEN = ["我们是做CRO的，有什么支持？", "我们是一家CDMO企业，在昌平，能享受什么政策？", "做CMO的企业有没有补贴？",
            "请问合同外包服务机构在昌平有什么扶持？", "hi，我们是CDMO，有啥政策可以申请吗", "我司主营临床CRO服务，想了解下政策",
            "我們是CRO公司，有什麼補貼？"]


def mt(tag_turns, expect):
    add("multi-turn", tag_turns, expect)


def fam_mt(rng):
    # 1 vague -> bare fact
    for i in range(10):
        s = rnd_wan(rng, 300, 5000, rng.choice([1, 10, 100]))
        op = CRO_OPEN[i % len(CRO_OPEN)]
        fact = rng.choice(["去年服务额{m}", "{m}", "2025年实际服务金额{m}", "去年一年实际服务金额是{m}"]).format(m=m_(rng, s))
        turns = [op, fact]
        if rng.random() < 0.5:
            turns.append(rng.choice(["那能拿多少？", "最多多少？", "按这个算呢"]))
        mt(turns, ex_ans([r_cro(s)]))
    # 2 corrections
    for i in range(8):
        s1 = rnd_wan(rng, 500, 4000, 100)
        kind = i % 4
        if kind == 0:
            s2 = s1 + rnd_wan(rng, 100, 900, 100)
            turns = [rng.choice(CRO_OPEN), "去年服务额{m}".format(m=m_(rng, s1)), "不对，记错了，是{m}".format(m=m_(rng, s2))]
            final = s2
        elif kind == 1:
            w = s1 // WAN
            turns = [rng.choice(CRO_OPEN), "去年服务额{m}".format(m=money(s1, "cn")),
                     "不对，是{w}万美元…哦不，人民币，就是{w}万人民币".format(w=w)]
            final = s1
        elif kind == 2:
            s1 = rnd_wan(rng, 100, 900, 10) * 10
            turns = [rng.choice(CRO_OPEN), "{m}".format(m=m_(rng, s1, ["wan", "wanyuan", "comma"])),
                     "抱歉多打了一个零，是{m}".format(m=m_(rng, s1 // 10, ["wan", "wanyuan", "comma"]))]
            final = s1 // 10
        else:
            inv1 = rnd_wan(rng, 2000, 6000, 100)
            inv2 = inv1 + rnd_wan(rng, 200, 2000, 100)
            turns = ["我们建了检验检测共享服务平台，投入{a}".format(a=m_(rng, inv1)),
                     "等等，财务说还有设备尾款没算，实际投入应该是{b}".format(b=m_(rng, inv2)), "那现在能拿多少？"]
            mt(turns, ex_ans([r_platform(inv2)]))
            continue
        mt(turns, ex_ans([r_cro(final)]))
    # 3 what-if
    whatifs = [
        ("platform", lambda: rnd_wan(rng, 2000, 8000, 100), lambda: rnd_wan(rng, 11000, 30000, 1000)),
        ("ai", lambda: rnd_wan(rng, 3000, 12000, 100), lambda: rnd_wan(rng, 18000, 40000, 1000)),
        ("park", lambda: rnd_wan(rng, 1000, 5000, 100), lambda: rnd_wan(rng, 7000, 20000, 1000)),
        ("cro", lambda: rnd_wan(rng, 500, 3000, 10), lambda: rnd_wan(rng, 3000, 8000, 10)),
        ("event", lambda: rnd_wan(rng, 100, 500, 5), lambda: rnd_wan(rng, 500, 2000, 10)),
        ("entrust", lambda: rnd_wan(rng, 500, 3000, 10), lambda: rnd_wan(rng, 3000, 9000, 10)),
        ("platform", lambda: rnd_wan(rng, 12000, 20000, 1000), lambda: rnd_wan(rng, 3000, 9000, 100)),
        ("ai", lambda: rnd_wan(rng, 20000, 30000, 1000), lambda: rnd_wan(rng, 5000, 15000, 100)),
    ]
    rulemap = {"platform": r_platform, "ai": r_ai, "park": r_park, "cro": r_cro, "event": r_event,
               "entrust": r_mah_entrust}
    for key, g1, g2 in whatifs:
        x1, x2 = g1(), g2()
        txt, _, _ = SAYERS[key](rng, x1)
        turns = [txt + "，" + rng.choice(ASK), rng.choice(WHATIF).format(x=m_(rng, x2))]
        mt(turns, ex_ans([rulemap[key](x2)]))
    # what-if on a stage / class
    mt(["我们1类化药进入Ⅰ期了，能拿多少？", "那如果是Ⅲ期呢？"], ex_ans([r_clin_entry("III")]))
    mt(["一类新兽药注册证能拿多少？（已产业化）", "那三类的呢"], ex_ans([r_vet(3)]))
    mt(["1类中药拿到注册证并产业化，能拿多少？", "如果是经认定的2类中药呢？"], ex_ans([r_reg("2")]))
    # what-if that makes it ineligible / eligible
    mt(["我们是小微企业，去年营收2600万，去年研发投入700万，前年520万，连续三年正增长，能拿多少？", "那如果去年营收是3200万呢？"],
       ex_inel([(D, "第十三条")]))
    assert must_raise(r_sme, 3200 * WAN, 700 * WAN, 520 * WAN)
    mt(["License-out合同总额9000万美元，已签，能拿吗？", "那如果合同总额是1.5亿美元呢？"], ex_ans([r_lic_out(15000 * WAN)]))
    mt(["我们主营业务收入今年4.8亿，能拿收入突破的支持吗？", "假如明年首次做到5.4亿呢？"], ex_ans([r_revenue(54000 * WAN)]))
    # 4 add second product
    for i in range(6):
        st1, st2 = rng.choice(["I", "II", "III"]), rng.choice(["I", "II", "III"])
        d1, d2 = rng.choice(DRUG1), rng.choice(DRUG1)
        t1 = entry_phrase(rng, "我们有个" + d1, st1) + "，能拿多少？"
        t2 = "另外我们还有一个品种，{d}，今年进入{s}".format(d=d2, s=stage_txt(rng, st2))
        turns = [t1, t2, rng.choice(["两个加起来一共多少？", "两个品种合计多少？", "那一共多少？"])]
        if i == 5:
            st3 = rng.choice(["I", "II", "III"])
            turns = turns[:2] + ["还有第三个，1类生物制品，刚进{s}".format(s=stage_txt(rng, st3)), "三个一共多少？"]
            mt(turns, ex_ans([r_clin_entry(st1), r_clin_entry(st2), r_clin_entry(st3)]))
            continue
        mt(turns, ex_ans([r_clin_entry(st1), r_clin_entry(st2)]))
    mt(["我们1类中药拿到注册证了，已在昌平产业化，能拿多少？", "另外还有一个二类新兽药也拿证产业化了", "两个一共最多多少？"],
       ex_ans([r_reg("1"), r_vet(2)]))
    mt(["我们的2类化学药经认定，拿到注册证并产业化，最多多少？", "还有一个1类生物制品也获批了，同样产业化", "合计上限多少？"],
       ex_ans([r_reg("2"), r_reg("1")]))
    ta, pa, _ = say_output(rng, 0, name="品种A")
    tb, pb, _ = say_output(rng, 1, name="品种B")
    mt([ta + "，奖励多少？", "另外" + tb.replace("我们的", "") + "，B这个是去年已经拿过5000万那档了", "两个品种今年一共多少奖励？"],
       ex_ans([pa, pb]))
    mt(["我们有个1类化药进Ⅱ期了", "另外一个品种是3类仿制药，也进了Ⅲ期", "两个加起来能拿多少？"], ex_ans([r_clin_entry("II")]))
    # 5 add provision
    combos = [("platform", "cro"), ("ai", "park"), ("event", "intl_reg"), ("clin", "reg"), ("entrust", "lic_out"),
              ("sme", "event"), ("output", "revenue"), ("cro", "ai"), ("vet", "sales"), ("platform", "oapp"),
              ("maker", "intl_reg"), ("lic_in", "output")]
    labels = {"platform": "平台建设", "cro": "CRO服务", "ai": "AI示范项目", "park": "园区建设", "event": "办活动",
              "intl_reg": "FDA注册", "clin": "临床", "reg": "新药上市", "entrust": "委托生产", "lic_out": "License-out",
              "sme": "研发投入", "output": "单品种产值", "revenue": "主营收入", "vet": "兽药", "sales": "销售平台",
              "oapp": "出海", "maker": "受托生产", "lic_in": "License-in"}
    for a, b in combos:
        ta, pa, _ = SAYERS[a](rng)
        tb, pb, _ = SAYERS[b](rng)
        tb = tb.replace("我们是", "我们也是").replace("我们的", "", 1) if b != "clin" else tb.replace("我们的", "另一个品种")
        if rng.random() < 0.5:
            turns = [ta + "，" + rng.choice(ASK), "再加上{l}那块：{t}，一共多少？".format(l=labels[b], t=tb)]
        else:
            turns = [ta + "，" + rng.choice(ASK), "另外{l}那块，{t}".format(l=labels[b], t=tb), rng.choice(ASK_TOTAL)]
        mt(turns, ex_ans([pa, pb]))
    # 6 switch to an unrelated clause
    switch = [("cro", "vet"), ("platform", "lic_out"), ("ai", "sme"), ("event", "output"), ("entrust", "park"),
              ("sales", "clin"), ("revenue", "intl_reg"), ("park", "reg"), ("intl_reg", "oplat"), ("cro", "conf")]
    for a, b in switch:
        ta, _, _ = SAYERS[a](rng)
        tb, pb, _ = SAYERS[b](rng)
        turns = [ta + "，" + rng.choice(ASK),
                 rng.choice(["另外问一下，", "换个问题，", "先不说这个了，"]) + tb + "，这个单独能拿多少？"]
        mt(turns, ex_ans([pb]))
    # 7 help-desk in between, then return
    for i in range(12):
        key = rng.choice(["cro", "platform", "ai", "event", "intl_reg", "sme", "output", "park", "entrust", "revenue"])
        ta, pa, _ = SAYERS[key](rng)
        hq = HELP_SHORT[i % len(HELP_SHORT)][0]
        back = rng.choice(["好的。那回到刚才的问题，我们能拿多少？", "明白了。那按我刚才说的情况，能拿多少？", "OK，那刚才那个算下来多少？"])
        if i % 3 == 0:
            turns = [ta, hq, back]
        elif i % 3 == 1:
            turns = [ta + "，" + rng.choice(ASK), hq, back]
        else:
            turns = [ta, rng.choice(HELP)[0], hq, back]
        mt(turns, ex_ans([pa]))
    # 8 help-desk as the last turn
    for i in range(6):
        key = rng.choice(["cro", "platform", "ai", "event"])
        ta, _, _ = SAYERS[key](rng)
        q, c, m = HELP_SHORT[i]
        mt([ta + "，" + rng.choice(ASK), q], ex_help(c, m))
    # 9 ask-back in the final turn
    finals = [
        ([rng.choice(CRO_OPEN), "去年服务额八百来万吧"], ex_need()),
        (["我们建了个检验检测共享平台，能支持多少？", "投入还没决算，八九千万到一亿二吧"], ex_need()),
        (["主营收入突破那条怎么算？", "我们今年主营收入五个亿左右，第一次到这个量级"], ex_need()),
        (["我们和跨国药企做了License-out", "合同已签，总额差不多一个亿美元"], ex_need()),
        (["我们是小微企业，想问研发投入支持", "去年营收三千万上下，研发去年600万前年500万，连续三年增长"], ex_need()),
        (["我们拿到FDA批准了，注册费用能补吗？", "注册费、检测费、代理费加起来大概七八十万美元"], ex_need()),
        (["AI+药物研发示范项目能支持多少？", "工程投资一亿五到两亿之间吧，还在定"], ex_need()),
        (["我们企业办了个高品质产业活动", "花了一百多万，能补多少？"], ex_need()),
    ]
    for t, e in finals:
        mt(t, e)
    # 10 ask-back resolved later
    mt(["我们新药拿到注册证了，能拿多少？", "1类生物制品，已经在昌平产业化了"], ex_ans([r_reg("1")]))
    mt(["我们拿到新兽药证书了，有支持吗？", "二类，已经在昌平产业化"], ex_ans([r_vet(2)]))
    mt(["我们药进临床了，有奖励吗？", "1类化药，刚进Ⅲ期"], ex_ans([r_clin_entry("III")]))
    s = 812 * WAN
    mt([rng.choice(CRO_OPEN), "去年服务额八百来万", "财务核了一下，准确是812万"], ex_ans([r_cro(s)]))
    mt(["我们共享服务平台还没决算，大概七八千万", "决算出来了，实际投入7650万，能拿多少？"], ex_ans([r_platform(7650 * WAN)]))
    tt, pp, (prev, cur) = say_output(rng, 0)
    mt(["我们单品种年产值首次突破了，奖励多少？", "去年{p}，今年{c}，是第一次过5000万".format(p=m_(rng, prev), c=m_(rng, cur))],
       ex_ans([pp]))
    t = rnd_wan(rng, 800, 5000, 10)
    mt(["我们和别的企业有MAH委托生产合作，能拿多少？", "我们是委托方，委托区内企业生产我们持有的品种，该品种实际交易额{m}".format(m=m_(rng, t))],
       ex_ans([r_mah_entrust(t)]))
    mt(["我们License-out合同已签，总额8亿元人民币，能拿吗？", "合同其实是美元签的，总额1.3亿美元"], ex_ans([r_lic_out(13000 * WAN)]))
    # 11 facts revealed later make it ineligible
    mt(["我们是小微企业，去年营收2500万，去年研发投入700万，前年500万，研发连续三年正增长，能拿多少？",
        "不好意思，去年营收其实是3200万，刚才看错了"], ex_inel([(D, "第十三条")]))
    mt(["我们在谈一个License-out，总额2亿美元，能拿多少？", "还没签，预计下个月签。现在能申请吗？"], ex_inel([(D, "第十一条")]))
    mt(["我们CRO去年服务额2000万，能拿多少？", "对了，我们前面已经连续拿了三年这个支持了"], ex_inel([(D, "第十五条")]))
    mt(["我们今年主营业务收入6亿，能拿多少？", "哦对，前年其实就已经5.2亿了，去年掉到4.5亿"], ex_inel([(D, "第十二条")]))
    mt(["我们通过License-in引进了国外技术在本土产业化，能拿多少？", "产品还在临床，没上市"], ex_inel([(D, "第十一条")]))
    mt(["我们一个品种今年年产值7000万，能拿奖励吗？", "前年就已经6000万了，去年掉到4000万"], ex_inel([(D, "第十二条")]))
    mt(["我们拿到新兽药注册证书了，并且产业化了", "是四类的，能拿多少？"], ex_inel([(D, "第六条")]))
    mt(["我们建了个检测平台，投入2000万，能按平台支持拿多少？", "平台只给我们自己用，不对外服务"], ex_inel([(D, "第十五条")]))
    # 12 piecemeal facts
    f = [rnd_wan(rng, 80, 300, 5), rnd_wan(rng, 20, 100, 5), rnd_wan(rng, 10, 50, 1)]
    mt(["我们的药刚拿到FDA批准，注册费用能补吗？", "海外注册费{a}".format(a=m_(rng, f[0])),
        "检测费{b}，当地代理费{c}，一共能报多少？".format(b=m_(rng, f[1]), c=m_(rng, f[2]))], ex_ans([r_intl_reg(f)]))
    f = [rnd_wan(rng, 80, 300, 5), rnd_wan(rng, 20, 100, 5), rnd_wan(rng, 10, 50, 1)]
    mt(["EMA认证新拿到了，按支持办法注册费用怎么补？", "注册费{a}、检测费{b}".format(a=m_(rng, f[0]), b=m_(rng, f[1])),
        "哦还有当地代理费{c}，这三项加一起算".format(c=m_(rng, f[2]))], ex_ans([r_intl_reg(f)]))
    rev, a, b = 1800 * WAN, 650 * WAN, 480 * WAN
    mt(["我们是小微企业，想问研发投入补助", "去年营业收入1800万", "去年研发投入650万，前年480万",
        "插一句，自贸区昌平组团那个支持办法谁负责解释？", "研发投入连续三年都是增长的，按刚才的数能拿多少？"],
       ex_ans([r_sme(rev, a, b)]))
    rev, a, b = 2200 * WAN, 900 * WAN, 700 * WAN
    mt(["中小企业研发补助怎么申请？", "去年营收两千二百万，研发投入去年九百万、前年七百万", "连续三年正增长，今年第二次申请"],
       ex_ans([r_sme(rev, a, b, years_before=1)]))
    t, prev, cur = output_pair(rng, 2)
    mt(["单品种年产值奖励怎么给？", "我们品种去年{p}".format(p=m_(rng, prev)), "今年首次突破5亿，到了{c}".format(c=m_(rng, cur))],
       ex_ans([r_output(prev, cur)]))
    rev = 53600 * WAN
    mt(["今年我们主营业务收入第一次过5亿", "具体是5.36亿，能拿多少？"], ex_ans([r_revenue(rev)]))
    mt(["我们有一个License-out项目", "对方是跨国龙头药企，合同总额2.2亿美元", "合同上个月已经签了，单品种能拿多少？"],
       ex_ans([r_lic_out(22000 * WAN)]))
    mt(["我们有3个1类品种今年进入Ⅰ期", "其中1个今年又进了Ⅱ期", "今年一共能拿多少临床奖励？"],
       ex_ans([r_clin_entry("I", 3), r_clin_entry("II")]))
    mt(["我们做CMO的", "去年服务金额3500万元整", "另外我们也开放了一个共享检验检测平台，建设投入1.1亿",
        "哦不对，平台建设实际投入是9000万，1.1亿是预算", "两块一共多少？"],
       ex_ans([r_cro(3500 * WAN), r_platform(9000 * WAN)]))
    mt(["我们是园区运营方", "引入了全球领先的园区运营管理资源", "项目投资总额4200万，最多支持多少？"], ex_ans([r_park(4200 * WAN)]))
    # 13 distractors in conversation
    act, plan = rnd_wan(rng, 3000, 8000, 100), rnd_wan(rng, 12000, 25000, 1000)
    mt(["我们明年计划投入{p}建实验动物共享平台".format(p=m_(rng, plan)), "目前实际已经投入{a}，现在能拿多少？".format(a=m_(rng, act))],
       ex_ans([r_platform(act)]))
    s = rnd_wan(rng, 800, 4000, 10)
    mt(["我们CRO在上海拿过100万奖励", "昌平这边，去年实际服务金额{m}，能拿多少？".format(m=m_(rng, s))], ex_ans([r_cro(s)]))
    t, prev, cur = output_pair(rng, 0)
    mt(["我们品种A去年产值8000万", "品种B去年{p}，今年首次突破5000万，到了{c}，B能拿多少？".format(p=m_(rng, prev), c=m_(rng, cur))],
       ex_ans([r_output(prev, cur)]))
    s = rnd_wan(rng, 1000, 5000, 10)
    mt(["我们公司成立于2016年，300多人，注册资本1亿", "是做CDMO的", "去年实际服务金额{m}".format(m=m_(rng, s)), "能拿多少？"],
       ex_ans([r_cro(s)]))
    s = rnd_wan(rng, 1000, 5000, 10)
    mt(["去年我们拿了区里80万CRO补贴，是第一年", "今年申请用的去年实际服务金额是{m}，能拿多少？".format(m=m_(rng, s))],
       ex_ans([r_cro(s, years_before=1)]))
    eng = rnd_wan(rng, 6000, 15000, 100)
    mt(["我们的AI+药物研发示范项目估算总投资3亿", "其中项目工程投资总额{e}".format(e=m_(rng, eng)), "能拿多少？"], ex_ans([r_ai(eng)]))
    rev = rnd_wan(rng, 50000, 90000, 100)
    mt(["我们今年净利润8000万，估值50亿", "主营业务收入{r}，第一次突破5亿".format(r=m_(rng, rev)), "能拿多少？"], ex_ans([r_revenue(rev)]))
    cost = rnd_wan(rng, 200, 900, 10)
    mt(["我们明年要办一个更大的论坛，预算2000万", "今年企业办的那场高品质活动实际发生费用{c}，这个能补多少？".format(c=m_(rng, cost))],
       ex_ans([r_event(cost)]))
    # 14 out-of-scope last turn
    for q in ["顺便问下明天北京天气怎么样", "对了，海淀区有没有类似的CRO补贴？", "帮我写一首关于春天的诗", "上海的政策给多少？",
              "公司所得税能减免多少？"]:
        ta, _, _ = SAYERS[rng.choice(["cro", "platform", "ai"])](rng)
        mt([ta + "，" + rng.choice(ASK), q], ex_oos())
    # 15 English / Traditional / mixed conversations
    s = rnd_wan(rng, 500, 5000, 100)
    mt(["Hi, we're a CRO in Changping. What support is there?", "Our actual service amount last year was {m}.".format(m=money(s, "en")),
        "So how much could we get?"], ex_ans([r_cro(s)]))
    mt(["We have a Class 1 biologic.", "It just entered P3.", "How much is the award?"], ex_ans([r_clin_entry("III")]))
    inv = rnd_wan(rng, 12000, 30000, 1000)
    mt(["We built a shared animal-testing service platform open to other companies.",
        "Actual construction investment was {m}. Max support?".format(m=money(inv, "en"))], ex_ans([r_platform(inv)]))
    s = rnd_wan(rng, 500, 5000, 100)
    mt(["我們是CDMO企業", "去年實際服務金額{m}".format(m=money(s, "trad")), "可以拿多少？"], ex_ans([r_cro(s)]))
    mt(["我們的1類化學藥進入二期臨床了", "另外一個1類中藥進入一期", "一共多少獎勵？"], ex_ans([r_clin_entry("II"), r_clin_entry("I")]))
    inv = rnd_wan(rng, 3000, 9000, 100)
    mt(["我们有个AI+drug discovery的demo project", "engineering investment总额{m}".format(m=m_(rng, inv)), "max能拿多少？"],
       ex_ans([r_ai(inv)]))
    mt(["Our License-out deal with a global pharma is signed.", "Total contract value US$250M.", "How much support per product?"],
       ex_ans([r_lic_out(25000 * WAN)]))
    rev = rnd_wan(rng, 60000, 120000, 100)
    mt(["我們今年主營業務收入首次突破5億", "具體是{m}".format(m=money(rev, "trad")), "能拿多少？"], ex_ans([r_revenue(rev)]))
    # 16 per-enterprise cap accumulated over turns
    mt(["我们是大药企，今年有30个1类新药进入Ⅲ期", "还有40个进入Ⅱ期", "另外20个进入Ⅰ期，今年临床阶段奖励一共多少？"],
       ex_ans([r_clin_entry("III", 30), r_clin_entry("II", 40), r_clin_entry("I", 20)]))
    mt(["今年我们有30个1类品种进Ⅲ期，能拿多少？", "那如果是60个呢？"], ex_ans([r_clin_entry("III", 60)]))
    # approximate but every reading gives the same amount
    # "一亿多": every reading in (1亿, 2亿) hits the 3000万 cap (checked in fam_approx_same)
    mt(["我们的共享服务平台投入挺大的", "一亿多吧，具体数还在审计，能拿多少？"], ex_ans([r_platform(15000 * WAN)]))


def fam_approx_same(rng):
    """Approximate figures where every reading gives the same amount -> answer expected."""
    # platform > 1亿 always hits the cap; verify over the range described
    assert all(r_platform(x)["amount"] == PLATFORM_CAP for x in range(1 * YI, 2 * YI, 1_000_000))
    add("threshold", "共享服务平台建设实际投入一亿多（超过1亿，不到2亿），能支持多少？", ex_ans([r_platform(15000 * WAN)]))
    assert all(r_ai(x)["amount"] == AI_CAP for x in range(2 * YI, 3 * YI, 1_000_000))
    add("threshold", "AI示范场景项目工程投资两亿多，最多支持多少？", ex_ans([r_ai(25000 * WAN)]))
    assert all(r_park(x)["amount"] == PARK_CAP for x in range(1 * YI, 2 * YI, 1_000_000))
    add("threshold", "引入全球领先园区运营管理资源的园区项目，投资总额一个多亿，最多支持多少？", ex_ans([r_park(15000 * WAN)]))
    assert all(r_output(9000 * WAN, x)["amount"] == 40 * WAN for x in range(11000 * WAN, 13000 * WAN, WAN))
    add("threshold", "我们品种去年九千来万，今年首次突破1亿，大概1.2亿左右，奖励多少？", ex_ans([r_output(9000 * WAN, 12000 * WAN)]))
    assert all(r_lic_out(x)["amount"] == LIC_OUT_CAP for x in range(25000 * WAN, 35000 * WAN, 100 * WAN))
    add("threshold", "License-out合同已签，总额3亿美元左右，单品种能拿多少？", ex_ans([r_lic_out(30000 * WAN)]))


POLICY_DIR = "/work/shared/policies"
ALLOWED_STATUS = {"answered", "ineligible", "needs_info", "out_of_scope"}
ALLOWED_KIND = {"fixed", "upper_bound", "unspecified"}


def validate(path):
    """Re-read the written file: JSON per line, required fields, cites exist in the texts."""
    texts = {}
    for doc in (D, M):
        fp = os.path.join(POLICY_DIR, doc + ".txt")
        if os.path.exists(fp):
            texts[doc] = open(fp, encoding="utf-8").read().replace("(", "（").replace(")", "）")
    n = 0
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            c = json.loads(line)
            n += 1
            assert c["id"] not in ids and c["id"] == "p7-%03d" % n
            ids.add(c["id"])
            assert isinstance(c["turns"], list) and 1 <= len(c["turns"]) <= 5
            assert all(isinstance(t, str) and t.strip() for t in c["turns"])
            e = c["expect"]
            assert e["status"] and set(e["status"]) <= ALLOWED_STATUS
            for doc, art in e["cite"]:
                assert doc in (D, M), doc
                if doc in texts:
                    key = art if doc == D else art.replace("(", "（").replace(")", "）")
                    assert key in texts[doc], (doc, art)
            if "amount_yuan" in e:
                assert e["amount_yuan"] is None or (isinstance(e["amount_yuan"], int) and e["amount_yuan"] > 0)
            if "kind" in e:
                assert e["kind"] in ALLOWED_KIND
            assert isinstance(e["must_include"], list) and isinstance(e["must_not_include"], list)
            if e["status"] == ["answered"] and e.get("amount_yuan"):
                assert e["cite"], c["id"]
    assert n == N_CASES
    return n


def main():
    rng = random.Random(SEED)
    fam_single(rng)
    fam_surface(rng)
    fam_multi_item(rng)
    fam_distractor(rng)
    fam_threshold(rng)
    fam_approx_same(rng)
    fam_askback(rng)
    fam_unspecified(rng)
    fam_helpdesk(rng)
    fam_oos(rng)
    fam_mt(rng)
    cases = CASES
    assert len(cases) == N_CASES, len(cases)
    seen = set()
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, c in enumerate(cases, 1):
            key = tuple(c["turns"])
            assert key not in seen, key
            seen.add(key)
            c = dict(id="p7-%03d" % i, **c)
            e = c["expect"]
            if "amount_yuan" in e and e["amount_yuan"] is not None:
                assert isinstance(e["amount_yuan"], int)
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    tags = collections.Counter(c["tag"] for c in cases)
    sts = collections.Counter("|".join(c["expect"]["status"]) for c in cases)
    print("wrote", OUT, len(cases))
    print("tags:", dict(sorted(tags.items())))
    print("status:", dict(sorted(sts.items())))
    print("validated", validate(OUT), "lines")
    print("multi-turn share: %.1f%%" % (100 * sum(len(c["turns"]) > 1 for c in cases) / len(cases)))


if __name__ == "__main__":
    main()
