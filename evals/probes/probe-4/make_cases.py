#!/usr/bin/env python3
"""Seeded generator for the probe4 held-out eval set.

Every expected amount is computed here from slot values (rates, caps, fixed
awards, tiers, thresholds) transcribed by hand from
/work/shared/policies/changping-zone-draft.txt and changping-2026-2028.txt.
Nothing is read from the system under test.

    python3 /work/probe4/make_cases.py      # writes /work/probe4/cases.jsonl
"""
import json
import random
from collections import Counter
from fractions import Fraction as F
from pathlib import Path

SEED = 20260404
rng = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "cases.jsonl"

DRAFT = "changping-zone-draft"
MEAS = "changping-2026-2028"
WAN = 10_000
YI = 100_000_000

# --------------------------------------------------------------------------
# Reference rules (transcribed from the two texts)
# --------------------------------------------------------------------------
# 支持办法（征求意见稿）
ENTRY = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}   # 第五条（一）1类 进入各期, fixed, per variety
ENTRY_CAP_YEAR = 1 * YI                                      # 第五条（一）每企业每年
NONREG_CAP_YEAR = 200 * WAN                                  # 第五条（二）定额(无数字), 每企业每年
REG_HUMAN = {1: 1000 * WAN, 2: 500 * WAN, "改良/首仿": 1000 * WAN}  # 第六条（一）最高, per variety
REG_VET = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}         # 第六条（二）最高, per variety
MAH_ENTRUST_RATE = F(10, 100)                                # 第八条（一）不超过交易额10%
MAH_PRODUCE_RATE = F(20, 100)                                # 第八条（一）不超过实际投入20%
SALES_PLATFORM_RATE = F(2, 1000)                             # 第八条（二）年度销售收入2‰ (no ceiling wording)
INTL_REG_RATE = F(30, 100)                                   # 第十一条（一）不超过注册费用30%
LIC_IN_MAX = 100 * WAN                                       # 第十一条（二）最高
LIC_OUT_MAX = 50 * WAN                                       # 第十一条（二）最高, 合同总额 > 1亿美元
LIC_OUT_THRESHOLD_USD = 100_000_000                          # 超过 (strict)
REV_THRESHOLD = 5 * YI                                       # 第十二条（一）首次突破5亿（含）
REV_RATE = F(2, 1000)                                        # 2‰ of 主营业务收入 (no ceiling wording)
OUTPUT_TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
                (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]  # 第十二条（三）首次突破, fixed 奖励
SME_REV_LIMIT = 3000 * WAN                                   # 第十三条 上一年度营业收入不足 (strict <)
SME_RD2_MIN = 1000 * WAN                                     # 上两年研发投入总额达…以上 (>=)
SME_RATE = F(10, 100)                                        # 不超过上一年度研发投入10%, 累计≤3年
CRO_RATE = F(20, 100)                                        # 第十五条（一）不超过服务金额20%, 累计≤3年
PLATFORM_RATE, PLATFORM_CAP = F(30, 100), 3000 * WAN         # 第十五条（二）
EVENT_RATE = F(20, 100)                                      # 第十六条（三）不超过实际发生费用20%
# 若干措施(2026-2028)
AI_RATE, AI_CAP = F(30, 100), 5000 * WAN                     # （五）
TECHSERV_MAX = 2000 * WAN                                    # （七）
PARK_RATE, PARK_CAP = F(50, 100), 3000 * WAN                 # （十一）
FOREIGN_RD_MAX, INTL_INST_MAX, CONF_MAX = 1000 * WAN, 300 * WAN, 300 * WAN   # （十二）
OVERSEAS_APP_MAX, OVERSEAS_PLATFORM_MAX = 200 * WAN, 300 * WAN             # （十三）


def whole(x):
    x = F(x)
    assert x.denominator == 1, x
    return int(x)


def rate_capped(base, rate, cap=None):
    v = whole(F(base) * rate)
    return min(v, cap) if cap is not None else v


def entry_total(counts):
    """counts: {"I": n, "II": n, "III": n} for 1类 products in ONE year."""
    raw = sum(ENTRY[s] * n for s, n in counts.items())
    return min(raw, ENTRY_CAP_YEAR), raw


def output_new_tiers(prev_max, now):
    """Tiers whose threshold is strictly exceeded for the first time this year."""
    return [(t, a) for t, a in OUTPUT_TIERS if prev_max <= t < now]


def output_at_threshold(prev_max, now):
    return any(now == t and prev_max < t for t, _ in OUTPUT_TIERS)


def rev_award(now, history):
    if now < REV_THRESHOLD or any(h >= REV_THRESHOLD for h in history):
        return None
    return whole(F(now) * REV_RATE)


def sme_award(rev_last, rd_prev2, rd_prev1, growth_3y, years_supported):
    ok = (rev_last < SME_REV_LIMIT and rd_prev2 + rd_prev1 >= SME_RD2_MIN
          and growth_3y and years_supported < 3)
    return whole(F(rd_prev1) * SME_RATE) if ok else None


# --------------------------------------------------------------------------
# Number rendering (inputs are written in many forms)
# --------------------------------------------------------------------------
D_LO, D_UP = "零一二三四五六七八九", "零壹贰叁肆伍陆柒捌玖"
U_LO, U_UP = ["", "十", "百", "千"], ["", "拾", "佰", "仟"]


def cn(n, upper=False, trad=False):
    assert isinstance(n, int) and n >= 0
    if n == 0:
        return "零"
    D, U = (D_UP, U_UP) if upper else (D_LO, U_LO)
    big = ["", "萬" if trad else "万", "億" if trad else "亿", "萬億" if trad else "万亿"]

    def four(g):
        s, zero = "", False
        for i, p in enumerate((1000, 100, 10, 1)):
            d = g // p % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += D[0]
                    zero = False
                s += D[d] + U[3 - i]
        return s

    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, gap = "", False
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += D[0]
        out += four(g) + big[idx]
        gap = False
    if not upper and out.startswith("一十"):
        out = out[1:]
    if upper and trad:
        out = out.replace("贰", "貳").replace("叁", "參").replace("陆", "陸")
    return out


def fnum(x, commas=False):
    x = F(x)
    if x.denominator == 1:
        return f"{int(x):,}" if commas else str(int(x))
    s = f"{float(x):,.6f}" if commas else f"{float(x):.6f}"
    return s.rstrip("0").rstrip(".")


STYLES = ["wan_c", "wan", "wan_y", "yi", "cn", "yuan_c", "w", "upper", "en_m",
          "t_wan", "t_cn", "t_yi", "rmb_wan", "yuan", "en_my", "cny", "liang"]


def ok_style(x, st):
    wan, yi = F(x, WAN), F(x, YI)
    if st in ("yi", "t_yi"):
        return x >= 10 * 10**6 and (yi * 10000).denominator == 1
    if st == "w":
        return x < YI and (wan * 10).denominator == 1
    if st == "liang":
        return cn(x).startswith("二") and not cn(x).startswith("二十")
    if st == "en_b":
        return x >= 10**9 and (F(x, 10**9) * 100).denominator == 1
    if st in ("en_m", "en_my"):
        return x >= 10**6 and (F(x, 10**6) * 100).denominator == 1
    return True


def render(x, st):
    wan, yi = F(x, WAN), F(x, YI)
    return {
        "wan_c": fnum(wan, True) + "万元",
        "wan": fnum(wan) + "万",
        "wan_y": fnum(wan) + "万元",
        "yi": fnum(yi) + "亿",
        "cn": cn(x),
        "yuan_c": f"{x:,}元",
        "yuan": f"{x}元",
        "w": fnum(wan) + "w",
        "upper": cn(x, upper=True) + "元",
        "en_m": "RMB " + fnum(F(x, 10**6)) + " million",
        "en_my": fnum(F(x, 10**6)) + " million yuan",
        "en_b": "RMB " + fnum(F(x, 10**9)) + " billion",
        "cny": f"CNY {x:,}",
        "t_wan": fnum(wan, True) + "萬元",
        "t_cn": cn(x, trad=True) + "元",
        "t_yi": fnum(yi) + "億元",
        "rmb_wan": "人民币" + fnum(wan) + "万元",
        "liang": "两" + cn(x)[1:],
    }[st]


_style_cycle = []


def money(x, prefer=None):
    """Render x yuan in a style; cycles through all styles so each is used."""
    if prefer:
        for st in prefer:
            if ok_style(x, st):
                return render(x, st)
    global _style_cycle
    for _ in range(3):
        if not _style_cycle:
            _style_cycle = STYLES[:]
            rng.shuffle(_style_cycle)
        for i, st in enumerate(_style_cycle):
            if ok_style(x, st):
                _style_cycle.pop(i)
                return render(x, st)
        _style_cycle = []
    return render(x, "wan_y")


def wan_s(amount):
    """must_include form of an expected amount: only for whole-万 sums below 1000万."""
    if amount is not None and amount % WAN == 0 and amount < 1000 * WAN:
        return [f"{amount // WAN}万"]
    return []


def pick(*xs):
    return rng.choice(xs)


STAGE = {"I": ["Ⅰ期", "I期", "1期", "一期"], "II": ["Ⅱ期", "II期", "2期", "二期"],
         "III": ["Ⅲ期", "III期", "3期", "三期"]}


def stg(s):
    return rng.choice(STAGE[s])


CLASS1 = ["1类化药", "1类创新药（化药）", "一类化学药", "1类生物制品", "1类生物药", "1类中药", "一类中药新药"]


def c1():
    return rng.choice(CLASS1)


# --------------------------------------------------------------------------
# Case builder
# --------------------------------------------------------------------------
NA = object()
CASES = []


def case(tag, turns, status, cite=(), amount=NA, kind=NA, inc=(), exc=()):
    if isinstance(turns, str):
        turns = [turns]
    exp = {"status": list(status), "cite": [list(c) for c in cite]}
    if amount is not NA:
        exp["amount_yuan"] = amount
    if kind is not NA:
        exp["kind"] = kind
    exp["must_include"] = list(inc)
    exp["must_not_include"] = list(exc)
    CASES.append({"id": None, "tag": tag, "turns": list(turns), "expect": exp})


ANS = ["answered"]
INEL = ["ineligible"]
NEED = ["needs_info"]
OOS = ["out_of_scope"]
D5, D6, D8, D11, D12, D13, D15, D16 = [(DRAFT, a) for a in
                                       ("第五条", "第六条", "第八条", "第十一条", "第十二条", "第十三条", "第十五条", "第十六条")]
M = lambda a: (MEAS, a)


def upper(tag, turns, cite, amount, inc=None):
    case(tag, turns, ANS, cite, amount, "upper_bound", wan_s(amount) if inc is None else inc)


def fixed(tag, turns, cite, amount, inc=None):
    case(tag, turns, ANS, cite, amount, "fixed", wan_s(amount) if inc is None else inc)


def inel(tag, turns, cite, inc=()):
    case(tag, turns, INEL, cite, None, NA, inc)


def need(tag, turns, cite=(), inc=()):
    case(tag, turns, NEED, cite, None, NA, inc)


def unspec(tag, turns, cite, inc=()):
    case(tag, turns, ANS, cite, None, "unspecified", inc)


CRO_KIND = ["CRO", "CDMO", "CMO", "临床CRO", "CDMO（合同研发生产）"]

# ==========================================================================
# 1. figures: every figure-bearing clause, inputs written in many forms
# ==========================================================================
T = "figures"
for x, tmpl in [
    (12_500_000, "做CRO的，去年全年实际服务金额{X}，按昌平那个支持办法最多能补多少？"),
    (8_600_000, "我司CDMO，上年度实际服务额{X}，外包服务机构那条能给多少钱"),
    (36_000_000, "CMO企业 服务金额{X} 能补多少"),
]:
    upper(T, tmpl.format(X=money(x)), [D15], rate_capped(x, CRO_RATE))

x = 36_000_000
upper(T, f"我们是持有人，产品委托园区里另一家药企生产，这个品种去年实际交易额{money(x)}，按MAH那条能拿多少支持？",
      [D8], rate_capped(x, MAH_ENTRUST_RATE))
x = 18_000_000
upper(T, f"按上市许可持有人制度帮别人承担生产，实际投入了{money(x)}，能申请多少？", [D8], rate_capped(x, MAH_PRODUCE_RATE))
for x in (1_200_000_000, 350_000_000):
    fixed(T, pick(f"医药销售平台型企业，年度销售收入{money(x)}，按千分之二算是多少？",
                  f"我们是新设的医药健康销售平台公司，年销售收入{money(x)}，能给多少资金支持"),
          [D8], whole(F(x) * SALES_PLATFORM_RATE))
x = 4_500_000
upper(T, f"新拿到FDA批准，注册费用合计{money(x)}（海外注册费、检测费、当地代理费都算在里面了），能补多少？",
      [D11], rate_capped(x, INTL_REG_RATE))
x = 2_800_000
upper(T, f"产品刚通过EMA认证，实际注册费用一共{money(x)}，国际化那条给多少", [D11], rate_capped(x, INTL_REG_RATE))
for x in (560_000_000, 730_000_000):
    fixed(T, pick(f"去年主营业务收入第一次过5个亿，做到了{money(x)}，扩能升级那条能拿多少？",
                  f"年度主营业务收入首次突破5亿，实际是{money(x)}，奖励金额怎么算、是多少"),
          [D12], rev_award(x, []))
for prev, now in [(38_000_000, 62_000_000), (80_000_000, 135_000_000), (400_000_000, 580_000_000),
                  (800_000_000, 1_200_000_000), (1_500_000_000, 2_100_000_000)]:
    tiers = output_new_tiers(prev, now)
    assert len(tiers) == 1
    fixed(T, pick(f"我们一个单品种，去年年产值{money(prev)}，今年{money(now)}，以前从来没到过这么高，能拿多少奖励？",
                  f"单品种年产值从{money(prev)}涨到{money(now)}（历史最高就是去年那个数），按第十二条能奖多少"),
          [D12], tiers[0][1])
rev, rd2, rd1 = 21_000_000, 6_800_000, 7_200_000
fixed_amt = sme_award(rev, rd2, rd1, True, 0)
upper(T, f"小微企业，上一年度营业收入{money(rev)}，前年研发投入{money(rd2)}、去年{money(rd1)}，近三年研发投入年年增长，"
         f"之前没申请过，研发创新支持能给多少？", [D13], fixed_amt)
for x in (62_000_000, 150_000_000):
    upper(T, pick(f"我们想建实验动物共享服务平台，建设实际投入{money(x)}，最多支持多少？",
                  f"检验检测共享平台，平台建设实际投入{money(x)}，按办法能拿多少"),
          [D15], rate_capped(x, PLATFORM_RATE, PLATFORM_CAP))
x = 2_300_000
upper(T, f"我们是市场化机构，办了一场医药健康的高品质行业论坛，实际发生费用{money(x)}，能补多少", [D16],
      rate_capped(x, EVENT_RATE))
fixed(T, f"听说1类生物制品进{stg('III')}临床奖励{cn(200 * WAN, upper=True)}元，是这样吗？", [D5], ENTRY["III"])
fixed(T, f"1类中药刚进入{stg('I')}临床试验，奖励是五十万吗", [D5], ENTRY["I"])
fixed(T, f"1类化药进{stg('II')}，给100w对吧？", [D5], ENTRY["II"])
upper(T, "拿到1类化药的药品注册证书，已经在昌平产业化了，是最多给壹仟万元吗？", [D6], REG_HUMAN[1])
upper(T, "2類生物製品拿到註冊證書並產業化，最高是500萬嗎？", [D6], REG_HUMAN[2])
upper(T, "一类新兽药注册证书拿下了，也在产业化，能给三百万？", [D6], REG_VET[1])
upper(T, "通过License-in从国外引进的技术，产品现在已经上市了，单品种最高一百万吗", [D11], LIC_IN_MAX)
upper(T, f"和跨国药企签了License-out，合同总额{pick('1.2亿美元', '一亿二千万美元', 'USD 120 million')}，合同已签，能拿多少？",
      [D11], LIC_OUT_MAX)
for x in (86_000_000, 240_000_000):
    upper(T, pick(f"AI+药物研发的标杆示范场景项目，项目工程投资总额{money(x)}，若干措施里最多支持多少？",
                  f"做了个AI辅助诊断示范项目，工程投资总额{money(x)}，按2026-2028年那个措施能拿多少钱"),
          [M("（五）")], rate_capped(x, AI_RATE, AI_CAP))
x = 42_000_000
upper(T, f"引入全球领先的园区运营管理资源，项目投资总额{money(x)}，按（十一）能给多少", [M("（十一）")],
      rate_capped(x, PARK_RATE, PARK_CAP))
upper(T, "科技服务业企业效能提升那条，是不是最多两千万？", [M("（七）")], TECHSERV_MAX, inc=["2000万"])

# ==========================================================================
# 2. profile: 3-6 facts, several irrelevant, exactly one relevant figure
# ==========================================================================
T = "profile"


def distractors(k, same=None):
    pool = [
        lambda: f"公司成立于{rng.randint(2008, 2021)}年",
        lambda: f"现在员工{rng.choice([38, 85, 120, 260, 410, 1300])}人",
        lambda: f"注册资本{money(rng.choice([10, 30, 50, 80, 200]) * 10**6)}",
        lambda: rng.choice(["去年拿过市里的专精特新“小巨人”奖励50万", "前年拿过区里一笔30万的人才项目资助",
                            "去年获得过中关村的研发补贴80万", "之前拿过高新技术企业认定奖励20万"]),
        lambda: rng.choice(["年纳税大概1200万", "今年刚完成B轮融资3亿元", "在生命谷租了8000平米的厂房",
                            "研发人员占比六成左右", "去年净利润亏损2000万"]),
    ]
    if same:
        pool += same
    picks = rng.sample(pool, k)
    return [p() for p in picks]


def profile_q(facts, relevant, question):
    items = facts + [relevant]
    rng.shuffle(items)
    sep = rng.choice(["，", "；", "。"])
    return sep.join(items) + "。" + question


for kind_, x in [("CRO", 9_600_000), ("CDMO", 23_000_000), ("CMO", 15_500_000), ("CRO", 4_800_000)]:
    same = [lambda x=x: f"前年服务金额只有{money(x // 2)}", lambda x=x: f"明年计划服务金额做到{money(x * 2)}"]
    q = profile_q(distractors(rng.randint(2, 4), same), f"我们是做{kind_}的，去年实际服务金额{money(x)}",
                  pick("这个外包服务支持能申请多少？", "按支持办法今年能拿多少？", "补贴上限是多少？"))
    upper(T, q, [D15], rate_capped(x, CRO_RATE))

x = 52_000_000
upper(T, profile_q(distractors(3, [lambda: f"明年计划委托交易额到{money(80_000_000)}"]),
                   f"我们作为持有人把一个品种委托给另一家医药企业生产，去年这个品种实际交易额{money(x)}",
                   "委托生产能补多少？"), [D8], rate_capped(x, MAH_ENTRUST_RATE))
x = 7_500_000
upper(T, profile_q(distractors(3), f"我们按上市许可持有人制度给别人承担生产，实际投入{money(x)}", "能拿多少？"),
      [D8], rate_capped(x, MAH_PRODUCE_RATE))
x = 860_000_000
fixed(T, profile_q(distractors(3, [lambda: f"今年预计销售收入{money(1_200_000_000)}"]),
                   f"我们是医药健康销售平台型企业，去年年度销售收入{money(x)}", "销售平台那条能给多少？"),
      [D8], whole(F(x) * SALES_PLATFORM_RATE))
for x, hist in [(580_000_000, 320_000_000), (920_000_000, 410_000_000)]:
    fixed(T, profile_q(distractors(3, [lambda: "今年预计主营收入冲到12亿"]),
                       f"去年主营业务收入{money(x)}，第一次突破5亿（前年是{money(hist)}）",
                       "扩能升级这块能拿多少？"), [D12], rev_award(x, [hist]))
x = 73_000_000
fixed(T, profile_q(distractors(3), f"我们有个单品种今年年产值首次突破5000万，达到{money(x)}（以前最高没到过5000万）",
                   "有奖励吗，多少？"), [D12], output_new_tiers(40_000_000, x)[0][1])
x = 620_000_000
fixed(T, profile_q(distractors(3, [lambda: "公司整体营收18亿"]),
                   f"核心单品种今年年产值{money(x)}，是第一次过5亿（去年是3.6亿）", "单品种产值奖励是多少？"),
      [D12], output_new_tiers(360_000_000, x)[0][1])
x = 3_600_000
upper(T, profile_q(distractors(3), f"今年新获得FDA批准，实际注册费用（含海外注册费、检测费、当地代理费）{money(x)}",
                   "国际认证这块能补多少？"), [D11], rate_capped(x, INTL_REG_RATE))
for x in (45_000_000, 200_000_000):
    upper(T, profile_q(distractors(3, [lambda: "另外还计划明年再建一个平台，预算1个亿"]),
                       f"我们被甄选引入做临床转化共享服务平台，这个平台建设实际投入{money(x)}", "能拿多少？"),
          [D15], rate_capped(x, PLATFORM_RATE, PLATFORM_CAP))
x = 5_600_000
upper(T, profile_q(distractors(3, [lambda: "前年办同类活动花了300万"]),
                   f"今年我们（市场化主体）办了一场生命科学行业交流活动，经认定属于高品质活动，实际发生费用{money(x)}",
                   "能补多少钱？"), [D16], rate_capped(x, EVENT_RATE))
for x in (120_000_000, 300_000_000):
    upper(T, profile_q(distractors(3, [lambda: "二期项目预计再投5个亿"]),
                       f"我们联合医院做AI+药物研发标杆示范场景，示范性强，项目工程投资总额{money(x)}",
                       "按若干措施最高能支持多少？"), [M("（五）")], rate_capped(x, AI_RATE, AI_CAP))
for x in (36_000_000, 90_000_000):
    upper(T, profile_q(distractors(3), f"我们引入了全球领先的生物医药园区运营管理资源，项目投资总额{money(x)}",
                       "园区建设支持给多少？"), [M("（十一）")], rate_capped(x, PARK_RATE, PARK_CAP))
upper(T, profile_q(distractors(3), f"我们是外资医药企业在昌平的研发中心，去年研发投入比前年增长了{money(80_000_000)}",
                   "外资研发中心研发激励最多能拿多少？"), [M("（十二）")], FOREIGN_RD_MAX, inc=["1000万"])
upper(T, profile_q(distractors(3), "我们是一家刚在昌平落地的国际科研机构，每年培养博士后二十多名",
                   "这种落地能拿多少支持？"), [M("（十二）")], INTL_INST_MAX)
upper(T, profile_q(distractors(2), "今年在新加坡设立了海外研发中心，明年计划海外研发投入2000万",
                   "出海支持能给到多少？"), [M("（十三）")], OVERSEAS_APP_MAX)
upper(T, profile_q(distractors(3), "我们在波士顿设立了孵化器，推动国内医药技术项目出海", "这种情况最多多少钱？"),
      [M("（十三）")], OVERSEAS_PLATFORM_MAX)
fixed(T, profile_q(distractors(4), "我们的1类生物制品上个月刚进入Ⅲ期临床", "临床研发能拿多少？"), [D5], ENTRY["III"])
fixed(T, profile_q(distractors(3, [lambda: "管线里另外还有6个临床前项目"]), "我们有一个1类化药今年首例入组进入Ⅰ期",
                   "这个品种能拿多少奖励？"), [D5], ENTRY["I"])
upper(T, profile_q(distractors(3), "我们的1类中药拿到了药品注册证书，在昌平实施产业化", "上市这块能支持多少？"),
      [D6], REG_HUMAN[1])
upper(T, profile_q(distractors(3), "我们有个首仿药拿到注册证书并产业化了", "能按1类的标准拿多少？"),
      [D6], REG_HUMAN["改良/首仿"])
upper(T, profile_q(distractors(3), "我们做动物药的，刚拿到一个三类新兽药注册证书并投产", "能给多少？"),
      [D6], REG_VET[3])
upper(T, profile_q(distractors(3), "我们通过License-in从欧洲引进的产品今年在国内上市了", "这个能拿多少？"),
      [D11], LIC_IN_MAX)
upper(T, profile_q(distractors(3, [lambda: "另一个license-out合同还在谈，预计5000万美元"]),
                   "上个月和一家跨国龙头签了License-out，合同总额2.3亿美元", "已签的这个能拿多少？"),
      [D11], LIC_OUT_MAX)
upper(T, profile_q(distractors(3), "我们是合成生物制造领域的科技服务业企业，今年做效能提升", "若干措施里最多能支持多少钱？"),
      [M("（七）")], TECHSERV_MAX, inc=["2000万"])

# ==========================================================================
# 3. multi-turn dialogues
# ==========================================================================
T = "multi-turn"
x = 11_000_000
upper(T, ["我们是一家CMO", "主要给外地的药企做代工", f"去年实际服务金额{money(x)}", "能申请多少？"],
      [D15], rate_capped(x, CRO_RATE))
fixed(T, [f"我们有个{c1()}进入{stg('II')}了，能拿多少", "刚才说错了，其实是进入Ⅲ期", "那现在是多少？"],
      [D5], ENTRY["III"])
upper(T, ["我们拿到了2类化药的注册证书，已经产业化", "更正一下，是1类化药，不是2类", "最多能给多少"],
      [D6], REG_HUMAN[1])
x0, x1 = 60_000_000, 75_000_000
upper(T, [f"共享服务平台建设实际投入{money(x0)}", "能拿多少", f"更正：实际投入是{money(x1)}", "重新算一下"],
      [D15], rate_capped(x1, PLATFORM_RATE, PLATFORM_CAP))
x0, x1 = 6_000_000, 9_000_000
upper(T, [f"我们CRO，去年服务金额{money(x0)}，能补多少？", "顺便问一下，一类新兽药注册证书能拿多少",
          f"回到CRO那个，如果服务金额是{money(x1)}呢"], [D15], rate_capped(x1, CRO_RATE))
x0, x1 = 520_000_000, 600_000_000
fixed(T, ["我们是做创新药的，昌平这边", f"去年主营业务收入首次过5亿，是{money(x0)}，能拿多少", f"那如果是{money(x1)}呢"], [D12], rev_award(x1, []))
x = 7_000_000
upper(T, [f"我们是CRO，去年实际服务金额{money(x)}", "能拿多少", f"另外我们有个{c1()}今年进入{stg('III')}", "两项加起来一共多少？"],
      [D15, D5], rate_capped(x, CRO_RATE) + ENTRY["III"])
xp, xa = 50_000_000, 100_000_000
upper(T, [f"我们建检验检测共享平台投入{money(xp)}", f"另外做了个AI辅助诊断示范场景，工程投资{money(xa)}",
          "这两个分别能拿多少", "加起来一共多少？"], [D15, M("（五）")],
      rate_capped(xp, PLATFORM_RATE, PLATFORM_CAP) + rate_capped(xa, AI_RATE, AI_CAP))
prev, now, revv = 30_000_000, 70_000_000, 510_000_000
fixed(T, [f"我们一个单品种今年年产值{money(now)}，以前最高是{money(prev)}", "能奖多少",
          f"还有，公司去年主营业务收入{money(revv)}，是第一次过5亿", "这两项加起来一共多少"],
      [D12], output_new_tiers(prev, now)[0][1] + rev_award(revv, []))
inel(T, [f"去年主营业务收入首次超过5亿，{money(530_000_000)}", "能拿多少", f"哦不对，其实前年就已经{money(510_000_000)}了",
         "那还能拿吗？"], [D12])
rev, rd2, rd1 = 24_000_000, 5_000_000, 6_500_000
upper(T, [f"我们是小微企业，上一年度营业收入{money(rev)}", f"前年和去年研发投入分别是{money(rd2)}和{money(rd1)}",
          "研发投入连续三年都在涨，之前没拿过这个支持", "能拿多少？"], [D13], sme_award(rev, rd2, rd1, True, 0))
inel(T, [f"我们是小微企业，上一年度营业收入{money(24_000_000)}", f"前年研发{money(5_000_000)}，去年{money(6_500_000)}，三年都在增长",
         f"那如果上一年度营业收入是{money(30_000_000)}呢"], [D13])
unspec(T, [f"{c1()}进入{stg('I')}临床能拿多少", "进Ⅲ期呢", f"那如果是完成{stg('III')}呢"], [D5])
upper(T, ["我们是做动物药的，新兽药证书刚批下来，也在产业化", "二类新兽药注册证书能拿多少？", "那三类呢"], [D6], REG_VET[3])
upper(T, ["我们和一家跨国龙头谈了个License-out", "License-out合同9000万美元，能拿钱吗", "那如果是1.1亿美元呢，合同已经签了"], [D11], LIC_OUT_MAX)
x0, x1 = 40_000_000, 80_000_000
upper(T, ["我们引入了一家国际园区运营管理机构", f"项目投资总额{money(x0)}，按若干措施给多少", f"那{money(x1)}呢"], [M("（十一）")],
      rate_capped(x1, PARK_RATE, PARK_CAP))
x0, x1 = 5_000_000, 5_500_000
upper(T, [f"我们CDMO去年服务金额{money(x0)}", f"另外有个{c1()}进入{stg('I')}", f"更正，CDMO服务金额是{money(x1)}",
          "加起来一共多少"], [D15, D5], rate_capped(x1, CRO_RATE) + ENTRY["I"])
fixed(T, [f"我们做新药的，有个品种进入{stg('III')}了，能拿多少", "1类生物制品", "就一个品种，今年刚进的"], [D5], ENTRY["III"])
x = 3_120_000
upper(T, ["CRO服务金额的支持怎么算？", "我们去年大概三百来万", f"准确数字是{money(x)}"], [D15], rate_capped(x, CRO_RATE))
x0, x1 = 300_000_000, 450_000_000
fixed(T, [f"销售平台企业年度销售收入{money(x0)}，能给多少", "顺便问下若干措施哪天到期", f"回到刚才，如果销售收入是{money(x1)}"],
      [D8], whole(F(x1) * SALES_PLATFORM_RATE))
x = 20_000_000
upper(T, [f"委托生产，交易额{money(x)}，能补多少", "更正，不是委托，是我们按持有人制度替别人承担生产，实际投入也是这个数", "那是多少"],
      [D8], rate_capped(x, MAH_PRODUCE_RATE))
x0, x1 = 100_000_000, 200_000_000
upper(T, ["问一下若干措施里AI+医药那条", f"AI+药物研发示范项目工程投资{money(x0)}能拿多少", f"那如果工程投资是{money(x1)}呢"], [M("（五）")],
      rate_capped(x1, AI_RATE, AI_CAP))
x = 8_800_000
upper(T, ["你好", "我们公司做CRO", f"去年服务金额{money(x)}", "谢谢，那能拿多少"], [D15], rate_capped(x, CRO_RATE))
fixed(T, [f"我们有两个{c1()}", f"一个今年进入{stg('II')}，一个进入{stg('III')}", "一共多少"], [D5],
      entry_total({"II": 1, "III": 1})[0])
f0, f1 = 3_000_000, 500_000
upper(T, [f"FDA注册费用{money(f0)}能补多少", f"其实还有当地代理费{money(f1)}没算进去", "那现在是多少"], [D11],
      rate_capped(f0 + f1, INTL_REG_RATE))
prev, now, nxt = 60_000_000, 120_000_000, 550_000_000
fixed(T, [f"单品种年产值去年{money(prev)}，今年{money(now)}，之前没到过1亿", "能拿多少",
          f"那如果明年做到{money(nxt)}呢"], [D12], output_new_tiers(now, nxt)[0][1])
inel(T, [f"我们是CMO，去年服务金额{money(10_000_000)}", "对了，这个外包服务支持我们已经连续拿了三年了", "今年还能拿吗"], [D15])
unspec(T, [f"共享服务平台建设投入{money(40_000_000)}能拿多少", "好的", "那如果是已经投入运营的平台呢，有奖励吗，给多少"], [D15])
upper(T, ["1类化药拿到注册证了，能拿多少", "另一个是首仿药，也拿到了", "两个加起来最多多少"], [D6],
      REG_HUMAN[1] + REG_HUMAN["改良/首仿"])
x = 13_000_000
upper(T, ["我們是CDMO公司", f"去年實際服務金額{money(x, ['t_wan', 't_cn'])}", "可以申請多少補助？"], [D15],
      rate_capped(x, CRO_RATE))
x = 8_000_000
upper(T, ["Hi, we're a CRO in Changping", f"Our actual service amount last year was {money(x, ['en_m'])}",
          "Sorry, correction: it was RMB 9 million", "So how much can we get?"], [D15], rate_capped(9_000_000, CRO_RATE))

# ==========================================================================
# 4. several products / milestones in one question, annual caps that bind
# ==========================================================================
T = "multi-product"
fixed(T, f"今年三个1类品种：A（化药）进入{stg('I')}，B（生物制品）进入{stg('II')}，C（中药）进入{stg('III')}，合计能拿多少？",
      [D5], entry_total({"I": 1, "II": 1, "III": 1})[0])
upper(T, f"一个1类化药今年进入{stg('II')}，另一个1类生物制品拿到药品注册证书并产业化，总共最多多少？", [D5, D6],
      ENTRY["II"] + REG_HUMAN[1])
case(T, f"三个产品：一个1类化药进入{stg('II')}，一个1类生物制品完成了{stg('III')}，一个1类中药拿到了注册证书，各能拿多少、总数多少？",
     ANS, [D5, D6], NA, NA, ["100万", "1000万"])
fixed(T, f"我们两个{c1()}今年进入{stg('III')}，还有一个进入{stg('I')}，一共多少钱", [D5],
      entry_total({"III": 2, "I": 1})[0])
tot, raw = entry_total({"III": 55})
assert raw > tot
case(T, f"我们是大药企，今年有55个1类新药品种同时进入{stg('III')}临床，临床研发支持合计能拿多少？", ANS, [D5], tot, NA)
tot, raw = entry_total({"III": 40, "II": 25})
assert raw > tot
case(T, f"今年一年内40个1类品种进{stg('III')}，25个进{stg('II')}，算下来能拿多少？", ANS, [D5], tot, NA)
y1, _ = entry_total({"III": 30})
fixed(T, f"如果今年有30个1类品种进入{stg('III')}，明年又有另外30个1类品种进入{stg('III')}，两年合计能拿多少？", [D5], 2 * y1)
upper(T, "动物药企业：一类、二类、三类新兽药注册证书各拿到一个，都在产业化，一共最多多少？", [D6],
      REG_VET[1] + REG_VET[2] + REG_VET[3])
upper(T, "一个1类生物制品、一个2类生物制品今年都拿了注册证书并产业化，合计上限多少", [D6], REG_HUMAN[1] + REG_HUMAN[2])
upper(T, f"重大改良型新药拿到注册证书产业化了，另外一个1类化药进入{stg('I')}，两项一共多少", [D6, D5],
      REG_HUMAN["改良/首仿"] + ENTRY["I"])
a, b = 80_000_000, 150_000_000
upper(T, f"我们有两个共享服务平台：实验动物平台投入{money(a)}，检验检测平台投入{money(b)}，分别算再加总是多少？", [D15],
      rate_capped(a, PLATFORM_RATE, PLATFORM_CAP) + rate_capped(b, PLATFORM_RATE, PLATFORM_CAP))
a, b = 100_000_000, 200_000_000
upper(T, f"两个AI+医药示范项目，工程投资总额分别是{money(a)}和{money(b)}，按若干措施各自最多多少、合计多少", [M("（五）")],
      rate_capped(a, AI_RATE, AI_CAP) + rate_capped(b, AI_RATE, AI_CAP))
pa, na_, pb, nb = 40_000_000, 60_000_000, 300_000_000, 550_000_000
fixed(T, f"两个单品种：甲去年{money(pa)}今年{money(na_)}，乙去年{money(pb)}今年{money(nb)}，都是历史新高，产值奖励一共多少？", [D12],
      output_new_tiers(pa, na_)[0][1] + output_new_tiers(pb, nb)[0][1])
pa, na_, pb, nb, pc, nc = 800_000_000, 1_050_000_000, 1_800_000_000, 2_100_000_000, 100_000_000, 180_000_000
tiers_c = output_new_tiers(max(pc, 150_000_000), nc)
assert tiers_c == []
fixed(T, f"三个品种：A去年{money(pa)}今年{money(na_)}；B去年{money(pb)}今年{money(nb)}；C前年就做到过1.5亿，今年{money(nc)}。"
         "各品种都按历史最高算，单品种产值奖励合计多少？", [D12],
      output_new_tiers(pa, na_)[0][1] + output_new_tiers(pb, nb)[0][1])
upper(T, "两个License-in引进的产品都上市了，另外还有一个品种License-out给跨国药企，合同总额1.3亿美元已签约，合计最多多少？", [D11],
      2 * LIC_IN_MAX + LIC_OUT_MAX)
case(T, f"1类化药进入{stg('III')}一个，另外在细胞治疗方向做了2个非注册性临床试验，一共能拿多少", ANS, [D5], NA, NA, ["200万"])
fixed(T, f"今年一个1类中药进入{stg('II')}，一个2类中药也进入{stg('II')}，进入阶段的奖励合计多少", [D5], ENTRY["II"])
case(T, f"我们手上三个：一个1类生物药刚进{stg('II')}，一个1类化药完成了{stg('III')}，一个1类化药拿到注册证书，合计大概多少", ANS,
     [D5, D6], NA, NA, ["100万", "1000万"])
upper(T, "两个1类化药拿到药品注册证书并产业化，再加一个三类新兽药注册证书，最多一共多少？", [D6],
      2 * REG_HUMAN[1] + REG_VET[3])
fixed(T, f"一个1类化药进{stg('III')}，一个1类生物制品进{stg('II')}，还有一个3类化药（仿制药）进入BE/临床，进入阶段奖励一共多少？", [D5],
      ENTRY["III"] + ENTRY["II"])
a, b = 8_000_000, 12_000_000
upper(T, f"我们委托生产两个品种，实际交易额分别为{money(a)}、{money(b)}，MAH委托生产支持合计多少？", [D8],
      rate_capped(a, MAH_ENTRUST_RATE) + rate_capped(b, MAH_ENTRUST_RATE))
a, b = 6_000_000, 4_000_000
upper(T, f"公司同时有CRO和CDMO两块业务，去年实际服务金额分别{money(a)}和{money(b)}，外包服务支持一共多少？", [D15],
      rate_capped(a + b, CRO_RATE))
tot, raw = entry_total({"III": 35, "II": 20, "I": 10})
assert raw == tot
fixed(T, f"今年1类品种：35个进{stg('III')}、20个进{stg('II')}、10个进{stg('I')}，封顶了吗？能拿多少", [D5], tot)
tot, raw = entry_total({"III": 48, "II": 4})
assert raw == tot == ENTRY_CAP_YEAR
case(T, f"今年48个1类品种进入{stg('III')}，4个进入{stg('II')}，合计能拿多少", ANS, [D5], tot, NA)
upper(T, "外资研发中心研发激励 + 举办一场生命科学高水平国际学术研讨会议，两项最多合计多少？", [M("（十二）")],
      FOREIGN_RD_MAX + CONF_MAX)
upper(T, "我们今年既设立了海外研发中心，又在海外建了孵化器做跨境技术转移，按若干措施两项最多一共多少？", [M("（十三）")],
      OVERSEAS_APP_MAX + OVERSEAS_PLATFORM_MAX)
a, b = 40_000_000, 70_000_000
upper(T, f"两个园区运营提升项目，投资总额分别{money(a)}和{money(b)}，各自上限和合计是多少", [M("（十一）")],
      rate_capped(a, PARK_RATE, PARK_CAP) + rate_capped(b, PARK_RATE, PARK_CAP))
upper(T, "我们一个一类新兽药和一个1类化药（人用）都拿到了注册证书并产业化，最多合计多少", [D6], REG_VET[1] + REG_HUMAN[1])
fixed(T, f"1类生物制品今年：3个进{stg('I')}、2个进{stg('II')}、1个进{stg('III')}，一共多少？", [D5],
      entry_total({"I": 3, "II": 2, "III": 1})[0])
tot, raw = entry_total({"I": 60, "II": 40, "III": 20})
assert raw > tot
case(T, f"集团今年1类新药管线：60个进{stg('I')}，40个进{stg('II')}，20个进{stg('III')}，第五条能给多少", ANS, [D5], tot, NA)
upper(T, "首仿药、2类化药、1类化药各一个拿到注册证书并产业化，合计最多多少？", [D6],
      REG_HUMAN["改良/首仿"] + REG_HUMAN[2] + REG_HUMAN[1])

# ==========================================================================
# 5. thresholds and boundaries
# ==========================================================================
T = "boundary"
inel(T, f"去年主营业务收入{money(499_000_000)}，是历史最高，能拿扩能升级那个千分之二吗", [D12])
x = 500_000_000
fixed(T, f"去年主营业务收入正好{money(x)}整，第一次到这个数，能拿多少？", [D12], rev_award(x, []))
x = 501_000_000
fixed(T, f"主营业务收入首次过5亿，{money(x)}，给多少？", [D12], rev_award(x, []))
assert rev_award(610_000_000, [530_000_000]) is None
inel(T, f"我们前年主营业务收入{money(530_000_000)}，去年{money(610_000_000)}，去年能按“首次突破5亿”拿支持吗？", [D12])
assert rev_award(560_000_000, [550_000_000, 480_000_000]) is None
inel(T, f"主营收入：大前年{money(550_000_000)}，前年掉到{money(480_000_000)}，去年回升到{money(560_000_000)}，算首次突破吗、能拿多少？",
     [D12])
x = 495_000_000
assert rev_award(540_000_000, [x]) == whole(F(540_000_000) * REV_RATE)
fixed(T, f"前年主营业务收入{money(x)}，差一点到5亿；去年{money(540_000_000)}，这是首次突破吧？能拿多少", [D12],
      rev_award(540_000_000, [x]))
inel(T, f"单品种年产值今年{money(49_990_000)}，以前更低，能拿产值奖励吗", [D12])
assert output_at_threshold(30_000_000, 50_000_000)
need(T, f"单品种年产值今年正好{money(50_000_000)}，以前没到过，算“首次突破5000万”吗？能拿多少？", [D12])
x = 50_010_000
fixed(T, f"单品种年产值今年{money(x)}，第一次超过5000万，奖多少", [D12], output_new_tiers(40_000_000, x)[0][1])
assert output_at_threshold(70_000_000, 100_000_000)
need(T, f"单品种产值去年{money(70_000_000)}，今年刚好{money(100_000_000)}，能拿1亿那档吗", [D12])
assert len(output_new_tiers(40_000_000, 110_000_000)) == 2
case(T, f"单品种年产值去年{money(40_000_000)}，今年直接冲到{money(110_000_000)}，一年跨了两档，奖励怎么算、多少？",
     ["answered", "needs_info"], [D12], NA, NA, ["40万"])
assert len(output_new_tiers(900_000_000, 2_100_000_000)) == 2
case(T, f"单品种年产值从{money(900_000_000)}一年涨到{money(2_100_000_000)}，10亿和20亿两档都跨了，能拿多少？",
     ["answered", "needs_info"], [D12], NA, NA, ["1000万"])
assert output_new_tiers(130_000_000, 190_000_000) == []
inel(T, f"单品种年产值去年{money(130_000_000)}，今年{money(190_000_000)}，今年能拿产值奖励吗", [D12])
assert output_new_tiers(600_000_000, 550_000_000) == []
inel(T, f"单品种产值前年{money(600_000_000)}、去年{money(400_000_000)}、今年{money(550_000_000)}，今年算首次突破5亿吗", [D12])
rev, rd2, rd1 = 29_990_000, 4_500_000, 6_200_000
upper(T, f"小微企业，上一年度营业收入{money(rev)}，前年研发{money(rd2)}、去年{money(rd1)}，连续三年增长，没拿过，研发创新支持多少？",
      [D13], sme_award(rev, rd2, rd1, True, 0))
assert sme_award(30_000_000, 4_500_000, 6_200_000, True, 0) is None
inel(T, f"小微企业，上一年度营业收入刚好{money(30_000_000)}，前年研发{money(4_500_000)}、去年{money(6_200_000)}，连续三年增长，能申请研发创新支持吗",
     [D13])
rev, rd2, rd1 = 18_000_000, 4_600_000, 5_400_000
assert rd2 + rd1 == SME_RD2_MIN
upper(T, f"中小微企业：去年营收{money(rev)}；前年研发投入{money(rd2)}、去年{money(rd1)}，两年合计正好1000万；研发投入连续三年正增长。能拿多少？",
      [D13], sme_award(rev, rd2, rd1, True, 0))
assert sme_award(18_000_000, 4_580_000, 5_400_000, True, 0) is None
inel(T, f"小企业，去年营收{money(18_000_000)}，前年研发{money(4_580_000)}、去年{money(5_400_000)}，三年都在涨，能拿第十三条的支持吗", [D13])
inel(T, f"小微企业，去年营收{money(20_000_000)}，前年研发{money(6_000_000)}，去年{money(6_000_000)}，大前年{money(5_000_000)}，能申请研发创新支持吗",
     [D13])
inel(T, f"我们按第十三条已经连续拿了三年研发支持了，今年条件还都满足（营收{money(25_000_000)}，研发持续增长），第四年还能拿吗", [D13])
rev, rd2, rd1 = 25_000_000, 5_500_000, 7_000_000
upper(T, f"第十三条我们已经拿过两年了，今年是第三年：上年营收{money(rev)}，前年研发{money(rd2)}、去年{money(rd1)}，连续增长，今年能拿多少？",
      [D13], sme_award(rev, rd2, rd1, True, 2))
inel(T, "License-out合同总额正好1亿美元，合同已签，能拿那50万吗？", [D11])
upper(T, "License-out合同总额1.0001亿美元，已经签了，能拿多少？", [D11], LIC_OUT_MAX)
upper(T, "跟跨国药企的License-out合同总额1亿多美元，合同签了，能拿多少", [D11], LIC_OUT_MAX)
for x in (100_000_000, 99_900_000):
    upper(T, f"共享服务平台建设实际投入{money(x)}，最多支持多少？", [D15], rate_capped(x, PLATFORM_RATE, PLATFORM_CAP))
upper(T, "共享服务平台建设实际投入两三个亿，具体数还在审计，最多能拿多少？", [D15], PLATFORM_CAP)
x = 170_000_000
upper(T, f"AI示范场景项目工程投资总额{money(x)}，若干措施最多给多少", [M("（五）")], rate_capped(x, AI_RATE, AI_CAP))
x = 60_000_000
upper(T, f"园区运营项目投资总额恰好{money(x)}，能拿多少", [M("（十一）")], rate_capped(x, PARK_RATE, PARK_CAP))
inel(T, f"CRO已经拿了三年外包服务支持，去年服务金额{money(15_000_000)}，今年还能申请吗", [D15])
case(T, f"2类化药今年进入{stg('II')}临床，能拿进入Ⅱ期的100万吗？", ["ineligible", "answered"], [D5], None)

# ==========================================================================
# 6. values that must be asked back
# ==========================================================================
T = "ask-back"
need(T, "我们CRO去年服务金额大概五六百万，能补多少")
need(T, "CDMO，服务金额在500到800万之间，能拿多少？")
need(T, "CMO去年服务金额不到1000万，能申请多少")
need(T, "CRO服务金额1200万左右，补贴多少钱")
need(T, "CRO企业，去年实际服务金额约1,500万元，最多补多少？")
need(T, "CRO去年服务金额是-300万，能拿多少")
need(T, "CDMO去年服务金额3万亿元，按20%能拿多少？")
need(T, "FDA注册费用一共USD 500,000（含检测费和代理费），能补多少人民币？")
need(T, "CRO，去年服务金额200万欧元，能补多少")
need(T, "我们有两三个1类化药今年进Ⅲ期，总共能拿多少")
need(T, "几个1类生物药进入Ⅱ期了，合计多少")
need(T, "我们有一个新药进入Ⅲ期临床了，能拿多少？")
need(T, "拿到了新兽药注册证书，能给多少")
need(T, "我们拿到了药品注册证书，最多能拿多少？")
need(T, "共享服务平台建设投入大概1个亿左右，能拿多少")
need(T, "去年主营业务收入5亿左右，第一次到这个规模，能拿多少")
need(T, "单品种年产值大概四五千万，今年第一次到这个水平，有奖励吗")
need(T, "我们是小微企业，去年研发投入300万，第十三条能拿多少？")
need(T, "AI+医药示范项目，投资几千万，能支持多少")
need(T, "园区运营管理项目，投资额还没定，能拿多少")
need(T, "委托生产的交易额是-50万（有退货冲减），能补多少")
need(T, "销售平台年度销售收入九千九百九十九万亿元，能拿多少")
need(T, "CRO service amount last year USD 1.5 million, how much support in RMB?")
need(T, "License-out合同总额约1亿美元，能拿吗")
need(T, "License-out合同总额7.2亿元人民币，够不够“超过1亿美元”？能拿多少？")
need(T, "举办行业论坛，费用二三百万，能补多少")
need(T, "EMA注册费大约100万，能补多少")
need(T, "好几个1类品种进Ⅰ期了，能拿多少钱")
need(T, "1.5个1类化药品种进入Ⅱ期，能拿多少？")
need(T, "去年主营业务收入-6亿，第一次……能拿多少")
need(T, "共享服务平台投入在6000万到1.2亿之间，能拿多少？")

# ==========================================================================
# 7. English and mixed English/Chinese
# ==========================================================================
T = "english"
x = 8_000_000
upper(T, f"We're a CRO. Service revenue last year: {money(x, ['en_m'])}. How much support could we get?", [D15],
      rate_capped(x, CRO_RATE))
fixed(T, "How much is the award when a Class 1 biologic enters Phase III?", [D5], ENTRY["III"])
fixed(T, "Class-1 chemical drug just started Phase II — what's the grant?", [D5], ENTRY["II"])
upper(T, "Our license-out deal with a big multinational is USD 150m, already signed. Eligible? How much?", [D11], LIC_OUT_MAX)
inel(T, "License-out deal worth USD 80m total, signed last month — can we get the 50万?", [D11])
x = 80_000_000
upper(T, f"Shared lab-animal service platform, actual construction investment {money(x, ['en_my'])}. Max support?", [D15],
      rate_capped(x, PLATFORM_RATE, PLATFORM_CAP))
x = 200_000_000
upper(T, f"AI drug discovery demonstration scenario, total engineering investment RMB 200 million — how much under the 2026-2028 measures?",
      [M("（五）")], rate_capped(x, AI_RATE, AI_CAP))
x = 50_000_000
upper(T, "Park operation upgrade project, total investment 50 million yuan. How much can we get?", [M("（十一）")],
      rate_capped(x, PARK_RATE, PARK_CAP))
x = 600_000_000
fixed(T, "Main business revenue crossed RMB 600 million last year — first time ever above 500 million. What's the support?", [D12],
      rev_award(x, []))
fixed(T, "Single product annual output value: 900 million yuan last year (record), 1.2 billion yuan this year. Reward?", [D12],
      output_new_tiers(900_000_000, 1_200_000_000)[0][1])
x = 5_000_000
upper(T, "Got FDA approval this year; registration costs incl. testing and local agent fees were RMB 5 million. How much back?", [D11],
      rate_capped(x, INTL_REG_RATE))
need(T, "FDA fees were USD 2 million in total. How much support is that in RMB?")
case(T, "What's the validity period of the 2026-2028 measures?", ANS, [], NA, NA, ["2028"])
case(T, "Which of the two documents is still only a draft for comment?", ANS, [], NA, NA, ["征求意见稿"])
case(T, "Who is responsible for measure (13) on going overseas?", ANS, [M("（十三）")], NA, NA, ["市商务局"])
case(T, "What's the weather like in Beijing tomorrow?", OOS, [], None)
x = 12_500_000
upper(T, f"我们是CDMO, last year service amount 是 {money(x, ['en_m'])}, 能拿多少?", [D15], rate_capped(x, CRO_RATE))
fixed(T, "1类新药 entering Phase I, how much?", [D5], ENTRY["I"])
upper(T, "Class 2 chemical drug got its registration certificate and is being commercialised locally. Max support?", [D6], REG_HUMAN[2])
upper(T, "second-class new veterinary drug certificate, in production — how much?", [D6], REG_VET[2])
x = 2_500_000_000
fixed(T, f"Pharma sales platform company, annual sales revenue {money(x, ['en_b'])}. Support amount?", [D8],
      whole(F(x) * SALES_PLATFORM_RATE))
upper(T, "Foreign-invested R&D centre, R&D spending grew a lot this year. What's the cap on the R&D incentive?", [M("（十二）")],
      FOREIGN_RD_MAX, inc=["1000万"])
upper(T, "We plan to host a high-level international academic conference in life sciences in Changping. Max support?", [M("（十二）")], CONF_MAX)
upper(T, "Setting up an overseas incubator to do cross-border tech transfer — up to how much?", [M("（十三）")], OVERSEAS_PLATFORM_MAX)
case(T, "What is the corporate income tax rate for high-tech enterprises?", OOS, [], None)
rev, rd2, rd1 = 20_000_000, 4_500_000, 6_000_000
upper(T, "SME here. Revenue last year RMB 20 million; R&D spend RMB 4.5m the year before last and RMB 6m last year; R&D has grown "
         "three years running; never received this support. How much?", [D13], sme_award(rev, rd2, rd1, True, 0))
x = 30_000_000
upper(T, "We're an MAH and commission another pharma company to manufacture our product; transaction value 30 million yuan. How much?",
      [D8], rate_capped(x, MAH_ENTRUST_RATE))
x = 15_000_000
upper(T, "We manufacture for MAH holders; actual investment 15 million yuan. Support?", [D8], rate_capped(x, MAH_PRODUCE_RATE))
upper(T, "Two class-1 drugs entered Phase III this year and a third class-1 drug won NDA approval (registration certificate), "
         "commercialised here. Total max?", [D5, D6], entry_total({"III": 2})[0] + REG_HUMAN[1])
upper(T, "Tech-service company in synthetic biology, efficiency upgrade — max support under measure (7)?", [M("（七）")],
      TECHSERV_MAX, inc=["2000万"])
need(T, "CRO here, service revenue roughly RMB 10 million-ish. How much?")

# ==========================================================================
# 8. help-desk
# ==========================================================================
T = "help-desk"
case(T, "第十五条第二款原文是什么", ANS, [D15], NA, NA, ["3000万"])
case(T, "支持办法第五条说的啥？", ANS, [D5], NA, NA, ["100万"])
case(T, "若干措施（十一）条原文发我一下", ANS, [M("（十一）")], NA, NA, ["3000万"])
case(T, "第十三条研发创新支持的条件具体怎么写的", ANS, [D13], NA, NA, ["3000万", "1000万"])
case(T, "支持办法由哪个单位负责解释？", ANS, [(DRAFT, "第十八条")], NA, NA, ["未来科学城"])
case(T, "第十七条“从优不重复”是什么意思", ANS, [(DRAFT, "第十七条")], NA, NA, ["从优不重复"])
case(T, "（十三）加强出海支持的责任单位有哪些？", ANS, [M("（十三）")], NA, NA, ["市商务局"])
case(T, "AI+医药健康示范应用那条是哪些部门负责", ANS, [M("（五）")], NA, NA, ["市发展改革委"])
case(T, "探索创新药械多元支付方式这一条，责任单位都有谁", ANS, [M("（八）")], NA, NA, ["北京金融监管局"])
case(T, "（九）科技金融那条的责任单位", ANS, [M("（九）")], NA, NA, ["北京证监局"])
case(T, "构建多层次人才梯队由哪些单位负责？", ANS, [M("（十四）")], NA, NA, ["市人才局"])
case(T, "完善人才配套保障的责任单位", ANS, [M("（十五）")], NA, NA, ["市交通委"])
case(T, "算力那条（四）谁负责", ANS, [M("（四）")], NA, NA, ["市政务和数据局"])
case(T, "2027年5月1日的时候，若干措施(2026-2028年)还有效吗？", ANS, [], NA, NA, ["2028"])
case(T, "2029年3月申请，还能按若干措施(2026-2028年)执行吗？", ANS, [], NA, NA, ["2028"])
case(T, "2028年12月31日当天若干措施还在有效期内吗", ANS, [], NA, NA, ["2028"])
case(T, "自贸区昌平组团那个支持办法现在生效了吗？", ANS, [], NA, NA, ["征求意见"])
case(T, "这两份文件哪个是征求意见稿？", ANS, [], NA, NA, ["征求意见稿"])
case(T, "若干措施由谁负责解释", ANS, [], NA, NA, ["市科委中关村管委会"])
case(T, "你好", ["answered", "out_of_scope"], [], None)
case(T, "谢谢，很有帮助！", ["answered", "out_of_scope"], [], None)
case(T, "研发费用加计扣除比例是多少？", OOS, [], None)
case(T, "北京明天天气怎么样", OOS, [], None)
case(T, "上海浦东生物医药专项政策，1类新药进Ⅲ期能拿多少？", OOS, [], None)
case(T, "苏州工业园区医疗器械企业有什么补贴", OOS, [], None)
case(T, "帮我写一首关于春天的诗", OOS, [], None)
case(T, "药品增值税税率是多少", OOS, [], None)
case(T, "深圳坪山区生物医药扶持政策有哪些？", OOS, [], None)
unspec(T, "第九条国际领军人才团队的企业，给多少钱？", [(DRAFT, "第九条")])
unspec(T, "第十四条风险补偿，按损失本金的多少比例补偿？", [(DRAFT, "第十四条")])
unspec(T, "用智能算力的企业，算力券能补多少？", [M("（四）")])
case(T, "第七条高端诊疗设备能给多少钱", ANS, [(DRAFT, "第七条")], None)

# --------------------------------------------------------------------------
ids = 0
for c in CASES:
    ids += 1
    c["id"] = f"p4-{ids:03d}"
with OUT.open("w", encoding="utf-8") as fh:
    for c in CASES:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
cnt = Counter(c["tag"] for c in CASES)
# self-checks
assert len(CASES) == 250, len(CASES)
assert len({c["id"] for c in CASES}) == 250
STATUSES = {"answered", "ineligible", "needs_info", "out_of_scope"}
KINDS = {"fixed", "upper_bound", "unspecified"}
for line in OUT.read_text(encoding="utf-8").splitlines():
    c = json.loads(line)
    e = c["expect"]
    assert c["id"].startswith("p4-") and c["tag"] and 1 <= len(c["turns"]) <= 5
    if c["tag"] == "multi-turn":
        assert 3 <= len(c["turns"]) <= 5, c["id"]
    assert set(e["status"]) <= STATUSES and e["status"]
    assert all(len(p) == 2 and p[0] in (DRAFT, MEAS) for p in e["cite"])
    assert set(e) <= {"status", "cite", "amount_yuan", "kind", "must_include", "must_not_include"}
    if "kind" in e:
        assert e["kind"] in KINDS
    if e.get("kind") == "unspecified":
        assert e["amount_yuan"] is None
    if e.get("amount_yuan") is not None:
        assert isinstance(e["amount_yuan"], int) and e["amount_yuan"] > 0 and e["status"] == ["answered"]
print(f"wrote {len(CASES)} cases to {OUT}")
for t, n in cnt.items():
    print(f"  {t}: {n}")
