#!/usr/bin/env python3
"""Held-out eval set p5 for the Chinese pharma-policy QA assistant.

Regenerate:  python3 /work/probe5/make_cases.py   (writes cases.jsonl next to this file)

All expected amounts come from the reference rules below, which were written
by hand from /work/shared/policies/*.txt.  Nothing is read from the code under
test.  The random generator is seeded, so the output is byte-identical on
every run.
"""
import json
import os
import random
from collections import Counter

SEED = 20260204
rng = random.Random(SEED)

D = "changping-zone-draft"   # 征求意见稿, not yet in force
M = "changping-2026-2028"    # 若干措施 (2026-2028), in force

WAN = 10_000
YI = 100_000_000

# ---------------------------------------------------------------------------
# Reference rules (from the texts)
# ---------------------------------------------------------------------------
# draft 第五条（一）: 1类 entering Ⅰ/Ⅱ/Ⅲ期 -> 50/100/200万 per variety (fixed);
#   completing a stage -> 一定比例 (unspecified); per enterprise per year <= 1亿.
ENTER = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}
CAP_ART5 = 1 * YI
# draft 第五条（二）: non-registration CGT trials: 定额 (no figure), <= 200万/enterprise/year
CAP_ART5_2 = 200 * WAN
# draft 第六条（一）: registration certificate + industrialisation
REG = {1: 1000 * WAN, 2: 500 * WAN, "first_generic": 1000 * WAN}     # upper bounds
# draft 第六条（二）: new veterinary drug classes 一/二/三
VET = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}                      # upper bounds
# draft 第八条（一）/（二）
R_ENTRUST = (10, 100)     # <= 10% of the variety's actual transaction amount
R_MAH = (20, 100)         # <= 20% of actual investment (contract manufacturer)
R_SALES = (2, 1000)       # 2‰ of annual sales revenue (no 不超过 -> fixed)
# draft 第十一条
R_INTL = (30, 100)        # <= 30% of registration cost (注册费+检测费+当地代理费)
LIC_IN = 100 * WAN        # per variety, after launch, upper bound
LIC_OUT = 50 * WAN        # per variety, contract total strictly > 1亿美元, upper bound
LIC_OUT_MIN_USD = 1 * YI
# draft 第十二条
REV_MIN = 5 * YI          # 首次突破5亿元（含）
R_REV = (2, 1000)         # 2‰ of main business revenue (fixed)
TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
         (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]                 # fixed awards
# draft 第十三条
RD_REV_MAX = 3000 * WAN   # 上一年度营业收入不足3000万 (strict)
RD_2Y_MIN = 1000 * WAN    # 上两年研发投入总额达1000万元以上 (inclusive)
R_RD = (10, 100)          # <= 10% of last year's R&D, <= 3 years
# draft 第十五条
R_CRO = (20, 100)         # <= 20% of annual actual service amount, <= 3 years
R_SHARED, CAP_SHARED = (30, 100), 3000 * WAN
# draft 第十六条（三）
R_EVENT = (20, 100)       # <= 20% of actual event cost, no cap
# 2026-2028 measures
R_AI, CAP_AI = (30, 100), 5000 * WAN       # （五）
CAP_SVC = 2000 * WAN                        # （七）
R_PARK, CAP_PARK = (50, 100), 3000 * WAN    # （十一）
CAP_RD_CENTER = 1000 * WAN                  # （十二） 外资研发中心
CAP_INSTITUTE = 300 * WAN                   # （十二） 国际科研机构
CAP_CONF = 300 * WAN                        # （十二） 国际学术研讨会议
CAP_OVERSEAS_APP = 200 * WAN                # （十三） 首次海外应用/海外研发中心
CAP_OVERSEAS_PLATFORM = 300 * WAN           # （十三） 海外园区/孵化器/技术转移


def pct(x, r):
    num, den = r
    assert (x * num) % den == 0, (x, r)
    return x * num // den


def cro(x): return pct(x, R_CRO)
def entrust(x): return pct(x, R_ENTRUST)
def mah(x): return pct(x, R_MAH)
def sales(x): return pct(x, R_SALES)
def intl(x): return pct(x, R_INTL)
def event(x): return pct(x, R_EVENT)
def shared(x): return min(pct(x, R_SHARED), CAP_SHARED)
def ai(x): return min(pct(x, R_AI), CAP_AI)
def park(x): return min(pct(x, R_PARK), CAP_PARK)


def rev5(x, first=True):
    return pct(x, R_REV) if (first and x >= REV_MIN) else None


def tier(prev, cur):
    crossed = [a for t, a in TIERS if prev < t < cur]
    assert len(crossed) == 1, (prev, cur, crossed)   # never build a multi-tier jump
    return crossed[0]


def rd(rev, rd_prev2, rd_last, growth=True, years_used=0):
    if rev < RD_REV_MAX and rd_prev2 + rd_last >= RD_2Y_MIN and growth and years_used < 3:
        return pct(rd_last, R_RD)
    return None


def lic_out(usd):
    return LIC_OUT if usd > LIC_OUT_MIN_USD else None


# ---------------------------------------------------------------------------
# Number rendering (exact forms only; approximate wording is written by hand)
# ---------------------------------------------------------------------------
LOW = "零一二三四五六七八九"
UP = "零壹贰叁肆伍陆柒捌玖"
U_LOW = ["", "十", "百", "千"]
U_UP = ["", "拾", "佰", "仟"]


def cn_small(n, upper=False, leading=True, liang=False):
    """0 < n < 10000 in Chinese numerals."""
    assert 0 < n < 10000
    digs, units = (UP, U_UP) if upper else (LOW, U_LOW)
    s = str(n)
    out, zero = [], False
    L = len(s)
    for i, ch in enumerate(s):
        d = int(ch)
        pos = L - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append(digs[0])
        zero = False
        if d == 1 and pos == 1 and i == 0 and leading and not upper:
            out.append(units[pos])          # 十五 not 一十五
        elif d == 2 and i == 0 and pos >= 2 and liang and not upper:
            out.append("两" + units[pos])
        else:
            out.append(digs[d] + units[pos])
    return "".join(out)


def cn_money(v, upper=False, liang=False):
    assert v % WAN == 0 and v > 0
    yi, wan = divmod(v // WAN, 10000)
    s = ""
    if yi:
        s += ("两" if (yi == 2 and liang and not upper) else cn_small(yi, upper, True, liang)) + "亿"
    if wan:
        if yi and wan < 1000:
            s += (UP if upper else LOW)[0]
        s += cn_small(wan, upper, not yi, liang and not yi) + "万"
    return s


def dec(x):
    s = ("%.6f" % x).rstrip("0").rstrip(".")
    return s


FORM_USE = Counter()


def money(v, forms=None):
    """Render an exact RMB amount in a randomly chosen style."""
    cands = []
    w = v / WAN
    if v % WAN == 0:
        cands += ["wan", "wan_yuan", "w", "cn", "cn_upper", "comma_yuan", "en_m", "rmb_prefix"]
        if v >= 100 * WAN:
            cands += ["yi"]
        if v % (100 * WAN) == 0 and 1 <= v // (100 * WAN) <= 9:
            cands += ["baiwan"]
        if v % (1000 * WAN) == 0 and 1 <= v // (1000 * WAN) <= 9:
            cands += ["qianwan"]
        if v >= YI:
            cands += ["geyi"]
    else:
        cands += ["comma_yuan", "plain_yuan", "wan_dec"]
    if forms:
        cands = [c for c in cands if c in forms] or cands
    f = rng.choice(cands)
    FORM_USE[f] += 1
    if f == "wan":
        return f"{int(w)}万"
    if f == "wan_yuan":
        return f"{int(w)}万元"
    if f == "wan_dec":
        return f"{dec(w)}万"
    if f == "w":
        return f"{int(w)}w"
    if f == "cn":
        return cn_money(v, liang=rng.random() < 0.5)
    if f == "cn_upper":
        return cn_money(v, upper=True) + rng.choice(["", "元"])
    if f == "comma_yuan":
        return f"{v:,}元"
    if f == "plain_yuan":
        return f"{v}元"
    if f == "rmb_prefix":
        return rng.choice([f"RMB {v:,}", f"¥{v:,}", f"人民币{v:,}元"])
    if f == "en_m":
        m = dec(v / 1_000_000)
        return rng.choice([f"{m}m RMB", f"RMB{m}mn", f"{m} million RMB", f"CNY {m}M", f"rmb {m}m"])
    if f == "yi":
        return f"{dec(v / YI)}亿"
    if f == "geyi":
        return f"{dec(v / YI)}个亿"
    if f == "baiwan":
        return f"{v // (100 * WAN)}百万"
    if f == "qianwan":
        return f"{v // (1000 * WAN)}千万"
    raise AssertionError(f)


def usd(v):
    f = rng.choice(["yi", "en", "wan", "dollar"])
    FORM_USE["usd_" + f] += 1
    if f == "yi":
        return f"{dec(v / YI)}亿美元"
    if f == "en":
        return rng.choice([f"USD {dec(v / 1e6)}m", f"US${dec(v / 1e6)} million", f"{dec(v / 1e6)}m USD"])
    if f == "wan":
        return f"{int(v / WAN)}万美元"
    return f"{dec(v / YI)}亿刀"


def wan_str(v):
    """Short 万 string used in must_include, only for clean amounts below 1000万."""
    if v is not None and v % WAN == 0 and v < 1000 * WAN:
        return [f"{v // WAN}万"]
    return []


STAGE = {
    "I": ["Ⅰ期", "I期", "1期", "一期", "phase 1", "P1"],
    "II": ["Ⅱ期", "II期", "2期", "二期", "phase 2", "P2"],
    "III": ["Ⅲ期", "III期", "3期", "三期", "phase 3", "P3"],
}
DRUG = {
    "bio": ["1类生物制品", "一类生物药", "1类生物药", "1类生物制品"],
    "chem": ["1类化药", "一类化学药", "1类化学药", "1类创新化药"],
    "tcm": ["1类中药", "一类中药", "1类中药新药"],
}


def st(s): return rng.choice(STAGE[s])
def dg(k): return rng.choice(DRUG[k])
def pick(*xs): return rng.choice(xs)


# ---------------------------------------------------------------------------
# Case container
# ---------------------------------------------------------------------------
MISSING = object()
CASES = []


def add(tag, turns, status, cite=(), amount=MISSING, kind=None, inc=(), exc=()):
    if isinstance(turns, str):
        turns = [turns]
    if isinstance(status, str):
        status = [status]
    exp = {"status": list(status), "cite": [list(c) for c in cite]}
    if amount is not MISSING:
        exp["amount_yuan"] = amount
    if kind:
        exp["kind"] = kind
    exp["must_include"] = list(inc)
    exp["must_not_include"] = list(exc)
    CASES.append({"tag": tag, "turns": list(turns), "expect": exp})


def ans(tag, turns, cite, amount, kind, inc=(), exc=()):
    """answered with an amount; amount strings < 1000万 are required in the text."""
    add(tag, turns, "answered", cite, amount, kind, list(wan_str(amount)) + list(inc), exc)


def unspec(tag, turns, cite, inc=()):
    add(tag, turns, "answered", cite, None, "unspecified", inc)


def inel(tag, turns, cite, inc=()):
    add(tag, turns, "ineligible", cite, None, None, inc)


def ask(tag, turns, cite=()):
    add(tag, turns, "needs_info", cite, None, None)


A5 = (D, "第五条"); A6 = (D, "第六条"); A8 = (D, "第八条"); A11 = (D, "第十一条")
A12 = (D, "第十二条"); A13 = (D, "第十三条"); A15 = (D, "第十五条"); A16 = (D, "第十六条")
A17 = (D, "第十七条"); A18 = (D, "第十八条"); A4 = (D, "第四条"); A10 = (D, "第十条")
A14 = (D, "第十四条"); A3 = (D, "第三条"); A7 = (D, "第七条")
M5 = (M, "（五）"); M7 = (M, "（七）"); M11 = (M, "（十一）"); M12 = (M, "（十二）")
M13 = (M, "（十三）"); M4 = (M, "（四）")

# ===========================================================================
# 1. single-clause amount questions
# ===========================================================================
T = "single"
for kind_, s in [("bio", "I"), ("chem", "II"), ("tcm", "III"), ("chem", "I")]:
    q = pick(f"{dg(kind_)}进{st(s)}临床了，能拿多少奖励",
             f"我们{dg(kind_)}刚进入{st(s)}临床试验 奖多少钱？",
             f"请问 {dg(kind_)} 进{st(s)}了 支持办法给多少",
             f"{dg(kind_)}今年{st(s)}首例入组，能奖多少啊")
    ans(T, q, [A5], ENTER[s], "fixed")
unspec(T, f"{dg('chem')}完成{st('III')}临床了 按支持办法能给多少钱", [A5])
unspec(T, "我们做CGT的，开展了一个非注册性临床试验，一个品种奖多少？", [A5], inc=["200万"])
ans(T, f"{dg('bio')}拿到药品注册证书了，在昌平产业化，最多能支持多少", [A6], REG[1], "upper_bound")
ans(T, "2类化药拿证了 已经产业化 单品种最高给多少？", [A6], REG[2], "upper_bound")
ans(T, "我们的首仿药拿到注册证书并实施产业化了，经认定的话最多补多少", [A6], REG["first_generic"], "upper_bound")
for c, cn in [(1, pick("一类", "1类")), (2, pick("二类", "2类")), (3, pick("三类", "3类"))]:
    ans(T, pick(f"拿了{cn}新兽药注册证书 也产业化了 最多多少钱",
                f"动物药 {cn}新兽药证书下来了 单品种最高支持多少？"), [A6], VET[c], "upper_bound")
x = 2500 * WAN
ans(T, f"我们委托昌平一家药企生产自己持有的品种，该品种实际交易额{money(x)}，能补多少", [A8], entrust(x), "upper_bound")
x = 800 * WAN
ans(T, f"按MAH制度给别人承担生产，实际投入{money(x)}，支持多少钱？", [A8], mah(x), "upper_bound")
x = 4 * YI
ans(T, f"医药销售平台型企业，年度销售收入{money(x)}，能拿多少", [A8], sales(x), "fixed")
x = 12500 * WAN
ans(T, f"新设的销售平台公司 年销售收入{money(x)} 给多少支持", [A8], sales(x), "fixed")
x = 200 * WAN
ans(T, f"药品新拿到FDA认证，实际注册费用一共{money(x)}（含注册费检测费代理费），补多少？", [A11], intl(x), "upper_bound")
a, b, c = 90 * WAN, 30 * WAN, 20 * WAN
ans(T, f"EMA批了，海外注册费{money(a)}，检测费{money(b)}，当地代理费{money(c)}，能拿多少", [A11], intl(a + b + c), "upper_bound")
ans(T, "license-in引进的国外技术，产品已经上市了，单品种最高多少", [A11], LIC_IN, "upper_bound")
u = 15000 * WAN
ans(T, f"跟跨国药企签了lisence-out，合同总额{usd(u)}，能拿多少支持", [A11], lic_out(u), "upper_bound")
x = 65000 * WAN
ans(T, f"今年主营业务收入首次突破5亿，达到{money(x)}，能给多少", [A12], rev5(x), "fixed")
x = 5 * YI
ans(T, f"主营收入今年第一次到了{money(x)}整，刚好5个亿，有没有支持？多少", [A12], rev5(x), "fixed")
p, cur = 4500 * WAN, 6200 * WAN
ans(T, f"单品种年产值首次突破5000万，去年{money(p)}，今年{money(cur)}，奖多少", [A12], tier(p, cur), "fixed")
p, cur = 18 * YI, 21 * YI
ans(T, f"我们一个品种年产值首次过20亿了（去年{money(p)}，今年{money(cur)}），奖励多少？", [A12], tier(p, cur), "fixed")
r, a, b = 2600 * WAN, 500 * WAN, 650 * WAN
ans(T, f"中小微企业，上一年度营收{money(r)}，前年研发投入{money(a)}，去年研发投入{money(b)}，连续三年研发都正增长，研发补贴能拿多少", [A13], rd(r, a, b), "upper_bound")
r, a, b = 1200 * WAN, 480 * WAN, 520 * WAN
ans(T, f"小微企业 去年营收{money(r)} 前年研发{money(a)} 去年研发{money(b)} 三年研发投入一直在涨 能补多少", [A13], rd(r, a, b), "upper_bound")
x = 600 * WAN
ans(T, f"CRO企业，去年实际服务金额{money(x)}，能拿多少？", [A15], cro(x), "upper_bound")
x = 1850 * WAN
ans(T, f"cmo 年度实际服物金额 {money(x)} 经评审的话补多少钱啊", [A15], cro(x), "upper_bound")
x = 4000 * WAN
ans(T, f"引入的实验动物共享服务平台，平台建设实际投入{money(x)}，能支持多少", [A15], shared(x), "upper_bound")
x = 1.6 * YI
x = int(x)
ans(T, f"检验检测共享服务平台 建设实际投入{money(x)} 最多能拿多少", [A15], shared(x), "upper_bound")
x = 350 * WAN
ans(T, f"我们公司（市场化主体）办了个生命谷行业交流活动，实际发生费用{money(x)}，能补多少", [A16], event(x), "upper_bound")
x = 9000 * WAN
ans(T, f"AI+药物研发标杆示范场景项目，项目工程投资总额{money(x)}，若干措施能给多少", [M5], ai(x), "upper_bound")
x = 3 * YI
ans(T, f"AI辅助诊断示范项目 工程投资总额{money(x)} 能拿多少钱", [M5], ai(x), "upper_bound")
ans(T, "科技服务业企业 效能提升 若干措施里最多给多少? thx", [M7], CAP_SVC, "upper_bound")
x = 3600 * WAN
ans(T, f"引入全球领先的生物医药园区运营管理资源，项目投资总额{money(x)}，能支持多少", [M11], park(x), "upper_bound")
x = 1.1 * YI
x = int(x)
ans(T, f"园区运营管理项目 投资总额{money(x)} 最多给多少", [M11], park(x), "upper_bound")
ans(T, "外资研发中心 研发激励计划 研发投入在增长 max能拿多少", [M12], CAP_RD_CENTER, "upper_bound")
ans(T, "国际科研机构落地昌平，按若干措施最多支持多少钱？", [M12], CAP_INSTITUTE, "upper_bound")
ans(T, "我们是高校，想举办生命科学领域高水平国际学术研讨会议，最多能给多少支持", [M12], CAP_CONF, "upper_bound")
ans(T, "技术成果首次海外应用，出海支持最高多少？", [M13], CAP_OVERSEAS_APP, "upper_bound")
ans(T, "在海外设立孵化器推动项目出海，能拿多少，分档的最高档是多少", [M13], CAP_OVERSEAS_PLATFORM, "upper_bound")
unspec(T, "拿了国家级重大专项资金支持，区里配套给多少？", [A12])
unspec(T, "全球领先的产业化项目，固定资产实际投资2个亿（不含房产土地），能支持多少", [A10])
unspec(T, "我们的共享服务平台已经投入运营了，运营期间能拿多少奖励", [A15])

# ===========================================================================
# 2. an irrelevant second figure in the message
# ===========================================================================
T = "distractor"
x, cap = 900 * WAN, 5000 * WAN
ans(T, f"我们cro 注册资本{money(cap)} 去年服务额{money(x)} 能补多钱", [A15], cro(x), "upper_bound")
x = 1500 * WAN
ans(T, f"CDMO公司，员工320人，净利润{money(200 * WAN)}，去年实际服务金额{money(x)}，能拿多少", [A15], cro(x), "upper_bound")
ans(T, f"{dg('bio')}今年进{st('III')}了，去年进{st('II')}的时候已经拿过{money(100 * WAN)}，这次能奖多少", [A5], ENTER["III"], "fixed")
ans(T, f"{dg('chem')}进{st('II')}临床，今年研发预算{money(8000 * WAN)}，能奖多少", [A5], ENTER["II"], "fixed")
x = 6000 * WAN
ans(T, f"共享服务平台 预算{money(8000 * WAN)} 实际建设投入{money(x)} 能支持多少", [A15], shared(x), "upper_bound")
x = 53000 * WAN
ans(T, f"今年主营收入首次破5亿，{money(x)}，利润{money(8000 * WAN)}，能补多少", [A12], rev5(x), "fixed")
x = 2 * YI
ans(T, f"销售平台型企业 年度销售收入{money(x)} 净利润{money(1200 * WAN)} 支持多少", [A8], sales(x), "fixed")
x = 2000 * WAN
ans(T, f"委托生产的品种今年实际交易额{money(x)}，明年预计能到{money(5000 * WAN)}，现在能补多少 咋算", [A8], entrust(x), "upper_bound")
a, b, c = 80 * WAN, 20 * WAN, 10 * WAN
ans(T, f"新获FDA认证，注册费{money(a)}、检测费{money(b)}、当地代理费{money(c)}，公司估值30亿，能补多少", [A11], intl(a + b + c), "upper_bound")
x = 150 * WAN
ans(T, f"公司办的高品质行业活动，预算{money(200 * WAN)}，实际发生费用{money(x)}，能支持多少", [A16], event(x), "upper_bound")
x = 8000 * WAN
ans(T, f"AI+药物研发示范场景 项目工程投资总额{money(x)}，我们刚融了{money(3 * YI)}，能拿多少", [M5], ai(x), "upper_bound")
x = 4000 * WAN
ans(T, f"园区运营管理项目投资总额{money(x)}，园区面积20万平方米，入驻企业60家，支持多少", [M11], park(x), "upper_bound")
r, a, b = 2200 * WAN, 450 * WAN, 600 * WAN
ans(T, f"中小微企业，员工85人，去年营收{money(r)}，前年研发{money(a)}，去年研发{money(b)}，连续三年研发正增长，能补多少", [A13], rd(r, a, b), "upper_bound")
p, cur = 8500 * WAN, 1.3 * YI
cur = int(cur)
ans(T, f"单品种年产值首次突破1亿，去年{money(p)}今年{money(cur)}，公司有员工500人，奖多少", [A12], tier(p, cur), "fixed")
u = 13000 * WAN
ans(T, f"license out合同总额{usd(u)}，首付款1500万美元，合同已签，单品种能拿多少", [A11], lic_out(u), "upper_bound")
ans(T, f"license-in引进的产品已经上市了，当时引进花了{money(2000 * WAN)}，能补多少", [A11], LIC_IN, "upper_bound")
ans(T, f"二类新兽药拿证并产业化了，研发投入{money(1500 * WAN)}，最多支持多少", [A6], VET[2], "upper_bound")
ans(T, f"{dg('tcm')}拿到注册证书并产业化，累计研发投入{money(5 * YI)}，单品种最高多少", [A6], REG[1], "upper_bound")
x = 700 * WAN
ans(T, f"CRO 去年已经拿了{money(80 * WAN)}补贴，今年服务额{money(x)}，今年能拿多少", [A15], cro(x), "upper_bound")
x = 1200 * WAN
ans(T, f"我们按MAH制度承担生产，实际投入{money(x)}，年产能500万支，能补多少", [A8], mah(x), "upper_bound")
ans(T, f"外资研发中心，今年研发投入比去年增长了{money(3000 * WAN)}，最多能拿多少", [M12], CAP_RD_CENTER, "upper_bound")
ans(T, f"设立了海外研发中心，投了{money(5000 * WAN)}，出海支持最多多少", [M13], CAP_OVERSEAS_APP, "upper_bound")
ans(T, f"科技服务业企业，年营收{money(8000 * WAN)}，效能提升最多支持多少", [M7], CAP_SVC, "upper_bound")
x = 2 * YI
ans(T, f"共享服务平台实际投入{money(x)}，注册资本{money(5000 * WAN)}，能拿多少", [A15], shared(x), "upper_bound")
x = 2.5 * YI
x = int(x)
ans(T, f"AI示范场景项目 工程投资总额{money(x)} 公司去年营收{money(6 * YI)} 能补多少", [M5], ai(x), "upper_bound")
ans(T, f"{dg('tcm')}进{st('I')}了，公司年销售额{money(3 * YI)}，奖多少", [A5], ENTER["I"], "fixed")
inel(T, f"今年主营业务收入{money(48000 * WAN)}，历史最高但还没到5亿，利润{money(6000 * WAN)}，能拿2‰吗", [A12], inc=["5亿"])
inel(T, f"中小微企业，上一年度营业收入{money(3000 * WAN)}整，前两年研发共{money(1400 * WAN)}，去年研发{money(800 * WAN)}，连续三年增长，能申请研发补贴吗", [A13], inc=["3000万"])
inel(T, f"license-out合同总额正好1亿美元，首付{money(2000 * WAN)}，能拿那50万吗", [A11], inc=["1亿美元"])
inel(T, f"license-in引进的产品还在临床阶段没上市，引进费{money(3000 * WAN)}，现在能拿100万吗", [A11], inc=["上市"])

# ===========================================================================
# 3. multi-turn dialogues
# ===========================================================================
T = "multi-turn"
x = 1250 * WAN
ans(T, ["我们是一家CRO", f"去年实际服务金额{money(x)}，能拿多少？"], [A15], cro(x), "upper_bound")
ans(T, [f"{dg('chem')}进{st('II')}能拿多少", f"那{st('III')}呢"], [A5], ENTER["III"], "fixed")
ans(T, [f"{dg('bio')}进入{st('I')}临床了 奖多少", "不好意思说错了，是进入Ⅲ期"], [A5], ENTER["III"], "fixed")
ans(T, ["一类新兽药拿证了 最多多少", "那三类呢"], [A6], VET[3], "upper_bound")
x1, x2 = 600 * WAN, 900 * WAN
ans(T, [f"CRO去年服务额{money(x1)}能拿多少", "对了，支持办法是谁负责解释的", f"回到刚才的，如果服务额是{money(x2)}呢"], [A15], cro(x2), "upper_bound")
r, a, b = 2000 * WAN, 400 * WAN, 700 * WAN
ans(T, ["我们是小微企业，想申请研发补贴", f"上一年度营收{money(r)}", f"前年研发投入{money(a)}，去年{money(b)}，三年研发都在涨"], [A13], rd(r, a, b), "upper_bound")
x = 56000 * WAN
inel(T, [f"今年主营业务收入首次突破5亿，{money(x)}，能补多少", f"那如果明年到了{money(7 * YI)}，明年还能再拿吗"], [A12])
x1, x2 = 5000 * WAN, 12000 * WAN
ans(T, [f"共享检测平台 建设实际投入{money(x1)} 能拿多少", f"更正一下，实际投入是{money(x2)}"], [A15], shared(x2), "upper_bound")
a, b, c = 60 * WAN, 20 * WAN, 10 * WAN
ans(T, [f"新拿了FDA批准，注册费{money(a)}", f"还有检测费{money(b)}和当地代理费{money(c)}，一共能补多少"], [A11], intl(a + b + c), "upper_bound")
ans(T, [f"license-out 合同{usd(15000 * WAN)} 能拿多少", "那license-in呢，引进的产品已经上市了"], [A11], LIC_IN, "upper_bound")
x1, x2 = 1 * YI, 2 * YI
ans(T, [f"AI药物研发示范场景 工程投资{money(x1)} 能拿多少", f"那投资{money(x2)}呢"], [M5], ai(x2), "upper_bound")
x1, x2 = 3000 * WAN, 8000 * WAN
ans(T, [f"园区运营管理项目 投资总额{money(x1)}", f"那投资总额{money(x2)}呢"], [M11], park(x2), "upper_bound")
ans(T, [f"我们有个新药 进{st('II')}了 能奖多少", "是1类中药"], [A5], ENTER["II"], "fixed")
ans(T, ["新药拿到注册证书了，也产业化了，最多补多少", "2类化药"], [A6], REG[2], "upper_bound")
x1, x2 = 1800 * WAN, 2300 * WAN
ans(T, [f"委托生产的品种实际交易额{money(x1)}，能补多少", f"不对不对，是{money(x2)}"], [A8], entrust(x2), "upper_bound")
x = 3.5 * YI
x = int(x)
ans(T, ["我们是医药健康销售平台型企业", f"年度销售收入{money(x)}，能拿多少"], [A8], sales(x), "fixed")
x1, x2 = 100 * WAN, 250 * WAN
ans(T, [f"我们公司办了个行业峰会，实际花了{money(x1)}，能补多少", "今天北京天气怎么样", f"那如果峰会实际花了{money(x2)}呢"], [A16], event(x2), "upper_bound")
ans(T, [f"单品种年产值首次突破1亿（去年{money(9000 * WAN)}），奖多少", "那另一个品种今年首次破10亿呢，去年9.2亿"], [A12], tier(92000 * WAN, 10 * YI + 3000 * WAN), "fixed")
r, a, b = 2800 * WAN, 500 * WAN, 700 * WAN
inel(T, [f"研发补贴：去年营收{money(r)}，前年研发{money(a)}，去年研发{money(b)}，连续三年增长，能拿多少", "我们已经连续拿过三年了，今年还能拿吗"], [A13])
inel(T, [f"CDMO 去年服务额{money(1000 * WAN)} 能拿多少", "我们之前已经连续拿了三年了"], [A15])
u1, u2 = 8000 * WAN, 18000 * WAN
ans(T, [f"license out合同总额{usd(u1)}，能拿多少", f"搞错了，是{usd(u2)}"], [A11], lic_out(u2), "upper_bound")
add(T, [f"{dg('bio')}进{st('III')} 奖多少", "那2类生物制品进Ⅲ期呢"], ["answered", "ineligible"], [A5], None)
ans(T, ["CRO去年做了八百多万，能拿多少？", f"准确数是{8_350_000:,}元"], [A15], cro(835 * WAN), "upper_bound")
ans(T, ["我们在海外设立了研发中心，出海支持最多多少", "那在海外建孵化器呢"], [M13], CAP_OVERSEAS_PLATFORM, "upper_bound")
ans(T, ["外资研发中心研发激励最多多少", "那国际科研机构落地呢"], [M12], CAP_INSTITUTE, "upper_bound")
x = 1500 * WAN
ans(T, [f"我们按MAH制度承接生产，实际投入{money(x)}，能补多少", f"那如果我们是委托方，委托别人生产，该品种交易额也是{money(x)}呢"], [A8], entrust(x), "upper_bound")
ans(T, ["问下二类新兽药", "已经拿证并产业化了，最多多少"], [A6], VET[2], "upper_bound")
x = 6000 * WAN
ans(T, [f"AI示范场景项目 工程投资{money(x)}", "若干措施有效期到什么时候", "回到AI项目，能拿多少来着"], [M5], ai(x), "upper_bound")
ans(T, ["我们有3个1类化药", f"都进了{st('III')}", "一共能奖多少"], [A5], 3 * ENTER["III"], "fixed")
x = 100 * WAN
ans(T, [f"FDA认证注册费用{money(x)}，能补多少", f"那EMA的呢，另一个药EMA注册费用也是{money(x)}"], [A11], intl(x), "upper_bound")
ans(T, ["CMO企业", f"去年服务额{money(500 * WAN)}", f"不对，是{5_500_000:,}元", "能拿多少"], [A15], cro(550 * WAN), "upper_bound")
x = 52000 * WAN
ans(T, ["主营业务收入今年首次突破5亿了，能补多少", f"{money(x)}"], [A12], rev5(x), "fixed")
ans(T, [f"{dg('chem')}进{st('II')}多少钱", "那若干措施里AI示范项目最高多少", "好的，回到新药，那进Ⅲ期呢"], [A5], ENTER["III"], "fixed")

# ===========================================================================
# 4. several products / projects in one question
# ===========================================================================
T = "multi-item"
ans(T, f"三个1类药：A {dg('chem')}进{st('I')}，B {dg('bio')}进{st('II')}，C {dg('tcm')}进{st('III')}，一共奖多少", [A5], ENTER["I"] + ENTER["II"] + ENTER["III"], "fixed")
ans(T, "今年两个1类化药拿证产业化了，还有一个2类生物制品也拿证了，最多一共能拿多少", [A6], 2 * REG[1] + REG[2], "upper_bound")
ans(T, "动物药：一个一类新兽药、两个三类新兽药都拿证并产业化了，最多合计多少", [A6], VET[1] + 2 * VET[3], "upper_bound")
p1, c1, p2, c2 = 8000 * WAN, 12000 * WAN, 4000 * WAN, 6000 * WAN
ans(T, f"A品种年产值去年{money(p1)}今年{money(c1)}，B品种去年{money(p2)}今年{money(c2)}，都是首次突破，合计奖多少", [A12], tier(p1, c1) + tier(p2, c2), "fixed")
a, b = 300 * WAN, 150 * WAN
ans(T, f"两个药新获国际认证：A拿了FDA，注册费用{money(a)}；B拿了EMA，注册费用{money(b)}，总共能补多少", [A11], intl(a) + intl(b), "upper_bound")
a, b = 3000 * WAN, 1200 * WAN
ans(T, f"委托生产两个品种，A实际交易额{money(a)}，B实际交易额{money(b)}，合计补多少", [A8], entrust(a) + entrust(b), "upper_bound")
a, b = 1 * YI, 2 * YI
ans(T, f"两个AI+医药示范场景项目，工程投资总额分别是{money(a)}和{money(b)}，一共最多多少", [M5], ai(a) + ai(b), "upper_bound")
a, b = 2000 * WAN, 1 * YI
ans(T, f"两个园区运营管理项目，投资总额一个{money(a)}一个{money(b)}，合计多少", [M11], park(a) + park(b), "upper_bound")
add(T, "集团今年45个1类品种进Ⅲ期，20个1类品种进Ⅱ期，都在一个企业名下，今年总共能拿多少", "answered", [A5], min(45 * ENTER["III"] + 20 * ENTER["II"], CAP_ART5), None, ["1亿"])
a, b = 1000 * WAN, 300 * WAN
ans(T, f"我们CRO去年服务额{money(a)}，另外公司还办了个行业活动实际花了{money(b)}，两项加起来能补多少", [A15, A16], cro(a) + event(b), "upper_bound")
u = 12000 * WAN
ans(T, f"两个license-in产品都上市了，另外还有一个license-out合同总额{usd(u)}已签，合计最多多少", [A11], 2 * LIC_IN + lic_out(u), "upper_bound")
a, b = 8000 * WAN, 15000 * WAN
ans(T, f"我们建了两个共享服务平台，A平台实际投入{money(a)}，B平台实际投入{money(b)}，一共能拿多少", [A15], shared(a) + shared(b), "upper_bound")
ans(T, f"两个1类生物药进{st('III')}，一个1类化药进{st('I')}，合计奖励多少", [A5], 2 * ENTER["III"] + ENTER["I"], "fixed")
ans(T, f"{dg('chem')}、{dg('tcm')}、{dg('bio')}各一个，今年都进了{st('II')}，一共多少", [A5], 3 * ENTER["II"], "fixed")
ans(T, "我们在昌平有个外资研发中心研发投入在增长，另外还引进了一家国际科研机构落地，两项最多一共多少", [M12], CAP_RD_CENTER + CAP_INSTITUTE, "upper_bound")
ans(T, "出海：一个技术成果首次海外应用，另外在海外设了个孵化器，两项最多合计多少", [M13], CAP_OVERSEAS_APP + CAP_OVERSEAS_PLATFORM, "upper_bound")
ans(T, "三个品种今年年产值首次突破：A首次破5亿（去年4.6亿今年5.3亿），B首次破10亿（去年9.5亿今年10.8亿），C首次破20亿（去年19亿今年21亿），共奖多少",
    [A12], tier(46000 * WAN, 53000 * WAN) + tier(95000 * WAN, 108000 * WAN) + tier(19 * YI, 21 * YI), "fixed")
a, b = 3000 * WAN, 1000 * WAN
ans(T, f"我们委托别人生产A品种，交易额{money(a)}；同时按MAH制度给别家承担生产B品种，实际投入{money(b)}，合计多少", [A8], entrust(a) + mah(b), "upper_bound")
ans(T, "一个1类化药、一个首仿药都拿证产业化了（首仿药经认定参照1类），最多一共多少", [A6], REG[1] + REG["first_generic"], "upper_bound")
ans(T, f"4个1类药进{st('I')}，2个进{st('II')}，一共奖多少", [A5], 4 * ENTER["I"] + 2 * ENTER["II"], "fixed")
a, b = 8000 * WAN, 1000 * WAN
ans(T, f"AI辅助诊断示范场景项目工程投资{money(a)}，另外我们CRO业务去年服务额{money(b)}，两块加一起最多能拿多少", [M5, A15], ai(a) + cro(b), "upper_bound")
a, b, c = 100 * WAN, 250 * WAN, 60 * WAN
ans(T, f"三个药新获FDA认证，实际注册费用分别{money(a)}、{money(b)}、{money(c)}，一共补多少", [A11], intl(a) + intl(b) + intl(c), "upper_bound")
ans(T, "两个一类新兽药和一个二类新兽药都拿证产业化了，最高合计多少", [A6], 2 * VET[1] + VET[2], "upper_bound")
a, b, c = 5000 * WAN, 18000 * WAN, 3 * YI
ans(T, f"三个AI示范项目，工程投资总额{money(a)}、{money(b)}、{money(c)}，合计最多多少", [M5], ai(a) + ai(b) + ai(c), "upper_bound")
a, b = 80 * WAN, 120 * WAN
ans(T, f"今年公司办了两场高品质行业活动，实际费用{money(a)}和{money(b)}，一共补多少", [A16], event(a) + event(b), "upper_bound")
a, b, c = 1500 * WAN, 800 * WAN, 2700 * WAN
ans(T, f"委托生产3个品种，交易额{money(a)}、{money(b)}、{money(c)}，合计能补多少", [A8], entrust(a) + entrust(b) + entrust(c), "upper_bound")
a, b = 600 * WAN, 900 * WAN
ans(T, f"集团两家子公司：一家CRO去年服务额{money(a)}，一家CDMO去年服务额{money(b)}，合计能拿多少", [A15], cro(a) + cro(b), "upper_bound")
u1, u2 = 12000 * WAN, 8000 * WAN
ans(T, f"两个license-out合同，一个{usd(u1)}，一个{usd(u2)}，都签了，各一个品种，一共能拿多少", [A11], lic_out(u1), "upper_bound")
add(T, "今年我们有60个1类品种同时进Ⅲ期（大集团），一个企业主体，最多能拿多少", "answered", [A5], min(60 * ENTER["III"], CAP_ART5), None, ["1亿"])
ans(T, "今年30个1类品种进Ⅲ期、35个1类品种进Ⅱ期，同一企业，合计多少", [A5], min(30 * ENTER["III"] + 35 * ENTER["II"], CAP_ART5), "fixed")

# ===========================================================================
# 5. asking back (and a few approximate-but-decisive controls)
# ===========================================================================
T = "ask-back"
ask(T, "CRO去年做了八百多万？能拿多少")
ask(T, "cdmo 去年服务额大概1200万左右 补多少")
ask(T, "今年主营收入差不多5个亿，应该是首次，能拿2‰吗？")
ask(T, "共享服务平台建设投入一千来万，能补多少")
ask(T, "委托生产的品种交易额三四千万吧，能补多少")
ask(T, "服务额在500-800万之间，CRO能拿多少")
ask(T, "FDA注册费用100~150万，补多少")
ask(T, "主营业务收入4.5到5.5亿之间，首次，能拿多少")
ask(T, "我们CRO去年服务额-200万，能拿多少")
ask(T, "共享服务平台实际投入负的500万（冲销后），能支持多少")
ask(T, "两三个1类药进Ⅱ期了，一共多少")
ask(T, "有几个一类新兽药拿证了，也产业化了，最多合计多少")
ask(T, "十来个1类化药进了I期，总共奖多少")
ask(T, "CRO去年服务额100万美元，能补多少")
ask(T, "license-out合同总额8亿人民币，能拿50万吗")
ask(T, "药品新获FDA认证，注册费用50万美元，能补多少")
ask(T, "销售平台型企业 年销售收入5000万欧元 支持多少")
ask(T, "1类药进临窗了能拿多少")
ask(T, "新兽药拿证了 多少钱")
ask(T, "我们是CRO，能拿多少？")
ask(T, "新药拿证了最多给多少")
ask(T, "单品种产值首次突破了，奖多少")
ask(T, "主营收入今年6个亿，能补多少")
ask(T, "中小微企业研发补贴：去年营收2000万，前两年研发共1500万，去年研发800万，能拿多少")
ask(T, "AI示范项目能拿多少钱？")
ask(T, "我们新药进Ⅲ期了，奖多少")
ask(T, f"我们公司举办了一场生命科学领域高水平国际学术研讨会，实际花了{money(2000 * WAN)}，能补多少")
ask(T, f"公司办国际学术会议，实际发生费用{money(1000 * WAN)}，支持办法和若干措施各说各的，到底能拿多少")
ask(T, f"AI辅助诊断项目 投资{money(3000 * WAN)} 能拿多少")
ans(T, "共享服务平台建设实际投入两亿多，最多能拿多少", [A15], CAP_SHARED, "upper_bound")
ans(T, "AI示范场景项目工程投资两个多亿，能拿多少", [M5], CAP_AI, "upper_bound")
ans(T, "园区运营管理项目投资总额七八千万，最多支持多少", [M11], CAP_PARK, "upper_bound")
ans(T, "license out 合同两亿多美元，单品种能拿多少", [A11], LIC_OUT, "upper_bound")

# ===========================================================================
# 6a. help-desk questions
# ===========================================================================
T = "helpdesk"
add(T, "第十五条原文发我一下", "answered", [A15], inc=["年度实际服务金额的20%"])
add(T, "若干措施（五）条的责任单位是哪些", "answered", [M5], inc=["市发展改革委", "市药监局"])
add(T, "（十一）强化园区建设支持 谁负责", "answered", [M11], inc=["市经济和信息化局"])
add(T, "2026-2028那个若干措施有效期到什么时候", "answered", [], inc=["2028"])
add(T, "这两个文件哪个是征求意见稿？", "answered", [], inc=["征求意见稿"])
add(T, "支持办法由谁负责解释", "answered", [A18], inc=["北京未来科学城管理委员会"])
add(T, "若干措施由哪个部门负责解释", "answered", [], inc=["市科委中关村管委会"])
add(T, "支持办法施行后哪个文件同时废止", "answered", [A18], inc=["13号"])
add(T, "若干措施什么时候发布的", "answered", [], inc=["2026"])
add(T, "支持办法现在生效了吗，能按它申报吗", "answered", [], inc=["征求意见稿"])
add(T, "从优不重复是啥意思", "answered", [A17], inc=["从优不重复"])
add(T, "市级和区级的政策能同时享受吗", "answered", [A17])
add(T, "一园两城一区是指哪些", "answered", [], inc=["国际医疗器械城"])
add(T, "第十三条研发补贴原文是什么", "answered", [A13], inc=["连续三年研发投入保持正增长"])
add(T, "（十三）加强出海支持的责任单位有哪些", "answered", [M13], inc=["市商务局"])
add(T, "支持办法第三条重点支持哪些方向", "answered", [A3])
add(T, "医疗器械企业按支持办法怎么支持？第七条怎么说的", "answered", [A7], inc=["医疗器械创新发展"])
add(T, "算力券是市级给还是区级给", "answered", [M4], inc=["市级算力券"])

# ===========================================================================
# 6b. out of scope
# ===========================================================================
T = "out-of-scope"
for q in ["高新技术企业所得税是不是15%？",
          "研发费用加计扣除比例现在是多少",
          "上海张江生物医药补贴怎么申请",
          "深圳坪山有没有类似的创新药政策",
          "苏州BioBAY 1类新药进Ⅲ期补多少",
          "大兴生物医药基地有什么支持政策",
          "今天北京天气咋样",
          "给我写首关于春天的诗",
          "讲个笑话呗",
          "增值税留抵退税怎么办理",
          "个税专项附加扣除怎么填",
          "海淀区医药健康企业有啥补贴政策"]:
    add(T, q, "out_of_scope", [])

# ---------------------------------------------------------------------------
# Write
# ---------------------------------------------------------------------------
assert len(CASES) == 200, len(CASES)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for i, c in enumerate(CASES, 1):
        rec = {"id": f"p5-{i:03d}", "tag": c["tag"], "turns": c["turns"], "expect": c["expect"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"wrote {len(CASES)} cases to {out}")
print("per tag:", dict(Counter(c["tag"] for c in CASES)))
print("number forms:", dict(sorted(FORM_USE.items())))
