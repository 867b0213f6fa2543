#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""probe8: seeded generator of a held-out eval set for the Changping policy-QA assistant.

Standard library only.  `python3 make_cases.py` writes cases.jsonl and README.md next to
this file; two runs give byte-identical output (fixed SEED, no clock, no hash order).

Sources used: /work/shared/CONTRACT.md (case format) and the two policy texts in
/work/shared/policies/.  Nothing else.

Layout
  PART 1  reference rules, typed by hand from the texts, integer yuan
  PART 2  surface forms of amounts (Arabic, Chinese numerals, mixed, slang, 大写, English)
  PART 3  fragments: intros, time words, questions, distractors, per-rule fact wordings
  PART 4  scenario builders (basic / distractor / needs_info / ineligible / multi-item / ...)
  PART 5  plan, multi-turn, Traditional conversion, validation, output, README
"""
import json
import os
import random
import re
from collections import Counter, OrderedDict

SEED = 20260204
N_TARGET = 500
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_CASES = os.path.join(HERE, "cases.jsonl")
OUT_README = os.path.join(HERE, "README.md")
POLICY_DIR = "/work/shared/policies"

DRAFT = "changping-zone-draft"
M2628 = "changping-2026-2028"

WAN = 10 ** 4
YI = 10 ** 8

###############################################################################
# PART 1 — reference rules (hand-written from the two texts; integer yuan only)
###############################################################################
# ---- changping-zone-draft (征求意见稿) ----
# 第五条（一）进入Ⅰ/Ⅱ/Ⅲ期：每个品种 50/100/200万元（1类生物制品/化学药/中药）；每企业每年不超过1亿元
D5_ENTRY_AWARD = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}
D5_CAP_PER_YEAR = 1 * YI
# 第六条（一）注册证书+产业化：1类 单品种最高1000万；2类 最高500万；重大改良型新药/首仿药 参照1类
D6_1_CAP = {"1": 1000 * WAN, "2": 500 * WAN, "improved": 1000 * WAN, "firstgeneric": 1000 * WAN}
# 第六条（二）一、二、三类新兽药 单品种最高 300/200/100万
D6_2_CAP = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}
# 第八条（一）委托生产：不超过该品种实际交易额的10%；承担生产：不超过实际投入金额的20%
D8_ENTRUST_RATE = (10, 100)
D8_CMO_RATE = (20, 100)
# 第八条（二）销售平台型企业：年度销售收入的2‰
D8_SALES_RATE = (2, 1000)
# 第十一条（一）FDA/EMA 等认证：不超过实际注册费用（含海外注册费、检测费、当地代理费）的30%
D11_FDA_RATE = (30, 100)
# 第十一条（二）License-in 上市后 单品种最高100万；License-out 合同总额超过1亿美元 单品种最高50万
D11_LIN_CAP = 100 * WAN
D11_LOUT_CAP = 50 * WAN
D11_LOUT_THRESHOLD_USD = 1 * YI
# 第十二条（一）主营业务收入首次突破5亿元（含）以上：主营业务收入的2‰
D12_REV_THRESHOLD = 5 * YI
D12_REV_RATE = (2, 1000)
# 第十二条（三）单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿：20/40/200/500/1000万
D12_TIERS = ((5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
             (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN))
# 第十三条 上一年度营业收入不足3000万、上两年研发投入总额达1000万以上、连续三年正增长的中小微企业：
#         不超过上一年度研发投入的10%，累计不超过三年
D13_REV_LIMIT = 3000 * WAN
D13_RD2_MIN = 1000 * WAN
D13_RATE = (10, 100)
D13_MAX_YEARS = 3
# 第十五条（一）CRO/CDMO/CMO：不超过年度实际服务金额的20%，累计不超过三年
D15_SERVICE_RATE = (20, 100)
D15_MAX_YEARS = 3
# 第十五条（二）共享服务平台：不超过平台建设实际投入的30%，最高3000万
D15_PLATFORM_RATE = (30, 100)
D15_PLATFORM_CAP = 3000 * WAN
# 第十六条（三）市场化主体举办高品质活动：不超过活动实际发生费用的20%
D16_EVENT_RATE = (20, 100)
# ---- changping-2026-2028 ----
M5_RATE = (30, 100)          # （五）AI+示范场景：不超过项目工程投资总额30%、最高5000万
M5_CAP = 5000 * WAN
M7_CAP = 2000 * WAN          # （七）科技服务业企业效能提升：不超过2000万
M11_RATE = (50, 100)         # （十一）园区运营管理资源：不超过项目投资总额50%、最高3000万
M11_CAP = 3000 * WAN
M12_FOREIGN_RD_CAP = 1000 * WAN   # （十二）外资研发中心：不超过1000万
M12_INSTITUTE_CAP = 300 * WAN     # （十二）国际科研机构：不超过300万
M12_CONFERENCE_CAP = 300 * WAN    # （十二）国际学术研讨会议：不超过300万
M13_APP_CAP = 200 * WAN           # （十三）首次海外应用/海外研发中心：不超过200万
M13_PLATFORM_CAP = 300 * WAN      # （十三）海外园区/孵化器/跨国技术转移：分档不超过300万


def pct(base, rate):
    """base × num/den, asserting the result is whole yuan."""
    num, den = rate
    assert isinstance(base, int) and base > 0, base
    assert (base * num) % den == 0, ("percentage not whole yuan", base, rate)
    return base * num // den


def _ok(amount, kind):
    assert isinstance(amount, int) and amount > 0
    assert kind in ("fixed", "upper_bound")
    return {"status": "answered", "amount": amount, "kind": kind}


def _inel(reason):
    return {"status": "ineligible", "amount": None, "kind": None, "reason": reason}


def _unspec():
    return {"status": "answered", "amount": None, "kind": "unspecified"}


def _capped(raw, cap):
    """min(raw, cap); values never sit exactly on the cap."""
    assert raw != cap, ("value sits exactly on the cap", raw, cap)
    return min(raw, cap)


def rule_locality(in_changping):
    """Both texts support enterprises of 昌平 (昌平组团 / 昌平区)."""
    return None if in_changping else _inel("not located in Changping")


def rule_d5_entry(drug_class, stage, varieties):
    """第五条（一） entry awards, one row (class, stage) × varieties."""
    assert stage in D5_ENTRY_AWARD and varieties >= 1
    if drug_class != 1:          # only 1类 get the entry award (2类 only by completion standard)
        return _inel("entry award only for 1类")
    return _ok(D5_ENTRY_AWARD[stage] * varieties, "fixed")


def rule_d5_total(rows):
    """Sum of several 第五条（一） rows, then the 1亿/企业/年 cap. kind None when the cap binds."""
    parts = [rule_d5_entry(*r) for r in rows]
    assert all(p["status"] == "answered" for p in parts)
    raw = sum(p["amount"] for p in parts)
    assert raw != D5_CAP_PER_YEAR
    if raw > D5_CAP_PER_YEAR:
        return {"status": "answered", "amount": D5_CAP_PER_YEAR, "kind": None}
    return _ok(raw, "fixed")


def rule_d5_completion():
    """第五条（一） completion of a phase: 一定比例 → no figure."""
    return _unspec()


def rule_d5_nonregistration():
    """第五条（二） 定额一次性奖励 without a number (cap 200万/企业/年 only)."""
    return _unspec()


def rule_d6_1(cls, varieties, industrialized=True):
    assert cls in D6_1_CAP and varieties >= 1
    if not industrialized:
        return _inel("获得药品注册证书且实施产业化")
    return _ok(D6_1_CAP[cls] * varieties, "upper_bound")


def rule_d6_2(vet_class, varieties=1, industrialized=True):
    if vet_class not in D6_2_CAP:
        return _inel("only 一、二、三类新兽药")
    if not industrialized:
        return _inel("实施产业化")
    return _ok(D6_2_CAP[vet_class] * varieties, "upper_bound")


def rule_d8_entrust(transaction):
    return _ok(pct(transaction, D8_ENTRUST_RATE), "upper_bound")


def rule_d8_cmo(investment):
    return _ok(pct(investment, D8_CMO_RATE), "upper_bound")


def rule_d8_sales(sales):
    # "按照年度销售收入的2‰给予" — a plain rate with no 不超过/最高: the sum is named → fixed
    return _ok(pct(sales, D8_SALES_RATE), "fixed")


def rule_d11_fda(reg_fee, test_fee=0, agent_fee=0):
    return _ok(pct(reg_fee + test_fee + agent_fee, D11_FDA_RATE), "upper_bound")


def rule_d11_lin(varieties, launched=True):
    if not launched:
        return _inel("产品上市后")
    return _ok(D11_LIN_CAP * varieties, "upper_bound")


def rule_d11_lout(contract_usd, varieties=1):
    assert contract_usd != D11_LOUT_THRESHOLD_USD, "on the threshold"
    if contract_usd < D11_LOUT_THRESHOLD_USD:
        return _inel("合同总额超过1亿美元")
    return _ok(D11_LOUT_CAP * varieties, "upper_bound")


def rule_d12_rev(revenue, first_time=True):
    assert revenue != D12_REV_THRESHOLD, "on the threshold"
    if revenue < D12_REV_THRESHOLD:
        return _inel("主营业务收入首次突破5亿元")
    if not first_time:
        return _inel("首次突破")
    return _ok(pct(revenue, D12_REV_RATE), "fixed")


def rule_d12_output(prev_peak, current):
    """第十二条（三）: tier first broken this year.  prev_peak = best year before."""
    for t, _ in D12_TIERS:
        assert current != t and prev_peak != t, "on a tier boundary"
    crossed = [(t, a) for t, a in D12_TIERS if prev_peak < t < current]
    if not crossed:
        return _inel("no tier broken for the first time")
    assert len(crossed) == 1, "several tiers first broken in one year: text ambiguous, not generated"
    return _ok(crossed[0][1], "fixed")


def rule_d13(rev_last, rd_prev, rd_last, growth3, sme=True, years_done=0):
    assert rev_last != D13_REV_LIMIT and rd_prev + rd_last != D13_RD2_MIN, "boundary"
    if not sme:
        return _inel("中小微企业")
    if rev_last >= D13_REV_LIMIT:
        return _inel("上一年度营业收入不足3000万元")
    if rd_prev + rd_last < D13_RD2_MIN:
        return _inel("上两年研发投入总额达1000万元以上")
    if not growth3:
        return _inel("连续三年研发投入保持正增长")
    if years_done >= D13_MAX_YEARS:
        return _inel("累计支持不超过三年")
    return _ok(pct(rd_last, D13_RATE), "upper_bound")


def rule_d15_service(service, years_done=0):
    if years_done >= D15_MAX_YEARS:
        return _inel("累计支持不超过三年")
    return _ok(pct(service, D15_SERVICE_RATE), "upper_bound")


def rule_d15_platform(investment):
    return _ok(_capped(pct(investment, D15_PLATFORM_RATE), D15_PLATFORM_CAP), "upper_bound")


def rule_d16_event(cost):
    return _ok(pct(cost, D16_EVENT_RATE), "upper_bound")


def rule_m5(investment):
    return _ok(_capped(pct(investment, M5_RATE), M5_CAP), "upper_bound")


def rule_m7():
    return _ok(M7_CAP, "upper_bound")


def rule_m11(investment):
    return _ok(_capped(pct(investment, M11_RATE), M11_CAP), "upper_bound")


def rule_m12_foreign_rd():
    return _ok(M12_FOREIGN_RD_CAP, "upper_bound")


def rule_m12_institute():
    return _ok(M12_INSTITUTE_CAP, "upper_bound")


def rule_m12_conference():
    return _ok(M12_CONFERENCE_CAP, "upper_bound")


def rule_m13_app():
    return _ok(M13_APP_CAP, "upper_bound")


def rule_m13_platform():
    return _ok(M13_PLATFORM_CAP, "upper_bound")


def combine(parts):
    """Several independent provisions/items: total, kind upper_bound if any part is."""
    assert parts and all(p["status"] == "answered" and p["amount"] for p in parts)
    total = sum(p["amount"] for p in parts)
    kinds = [p["kind"] for p in parts]
    if None in kinds:
        return {"status": "answered", "amount": total, "kind": None}
    return _ok(total, "upper_bound" if "upper_bound" in kinds else "fixed")


###############################################################################
# PART 2 — surface forms of amounts
###############################################################################
CN_DIG = "零一二三四五六七八九"
CN_CAP = "零壹贰叁肆伍陆柒捌玖"


def _cn_section(n, dig, units):
    out, zero = "", False
    for p, u in zip((1000, 100, 10, 1), units):
        d = n // p % 10
        if d == 0:
            if out:
                zero = True
        else:
            if zero:
                out += dig[0]
            zero = False
            out += dig[d] + u
    return out


def cn_int(n, capital=False, liang=False):
    """Integer → Chinese numerals (一亿二千五百万 / 叁仟贰佰万)."""
    assert 0 < n < 10 ** 12
    dig = CN_CAP if capital else CN_DIG
    units = ("仟", "佰", "拾", "") if capital else ("千", "百", "十", "")
    big = ("", "万", "亿")
    secs = []
    m = n
    while m:
        secs.append(m % 10000)
        m //= 10000
    assert len(secs) <= 3
    out, pending_zero = "", False
    for i in reversed(range(len(secs))):
        s = secs[i]
        if s == 0:
            if out:
                pending_zero = True
            continue
        if out and (pending_zero or s < 1000):
            out += dig[0]
        pending_zero = False
        out += _cn_section(s, dig, units) + big[i]
    if not capital and out.startswith("一十"):
        out = out[1:]
    if liang and not capital and out[0] == "二" and len(out) > 1 and out[1] in "千百万亿":
        out = "两" + out[1:]
    return out


def dec(n, unit):
    """n/unit as a trimmed decimal string, exact."""
    q, r = divmod(n, unit)
    s = str(q)
    if r:
        w = len(str(unit)) - 1
        s += "." + str(r).rjust(w, "0").rstrip("0")
    return s


def _digits_units(wan):
    """8500 → 8千5百, 3000 → 3千, 600 → 6百 (colloquial; other shapes → None)."""
    s = str(wan)
    body = s.rstrip("0")
    if len(s) == 4 and len(body) <= 2 and "0" not in body:
        return "".join(d + u for d, u in zip(body, ("千", "百")))
    if len(s) == 3 and len(body) == 1:
        return body + "百"
    return None


def zh_amount(rng, y, allow_capital=True, forbid=(), only=None):
    """One Chinese surface form of y yuan."""
    c = []
    if y % 100 == 0 and y >= WAN:
        c += [("wan", 30), ("wan_yuan", 18)] if y < YI else [("wan", 12), ("wan_yuan", 7)]
    if y % WAN == 0:
        c += [("wan_kuai", 3)]
    c += [("yuan", 5), ("comma", 6), ("cn", 10), ("cn_yuan", 6)]
    if y >= YI and y % 10 ** 6 == 0:
        c += [("yi", 9)]
    if y >= YI and (y % YI) % WAN == 0:
        c += [("mixed", 8)]
    if y % 1000 == 0 and WAN <= y:
        c += [("w", 8)]
    if y >= YI and y % 10 ** 7 == 0:
        c += [("geyi", 5)]
    if allow_capital and y % WAN == 0:
        c += [("capital", 2)]
    if y % WAN == 0 and y < YI and _digits_units(y // WAN):
        c += [("qianbai", 4)]
    c = [x for x in c if x[0] not in forbid and (only is None or x[0] in only)]
    style = wchoice(rng, c)
    return render_zh(y, style, rng), style


def render_zh(y, style, rng):
    if style == "wan":
        return dec(y, WAN) + "万"
    if style == "wan_yuan":
        return dec(y, WAN) + "万元"
    if style == "wan_kuai":
        return dec(y, WAN) + rng.choice(("万块", "万块钱"))
    if style == "yuan":
        return "%d元" % y
    if style == "comma":
        return "{:,}元".format(y)
    if style == "cn":
        return cn_int(y, liang=rng.random() < 0.3)
    if style == "cn_yuan":
        return cn_int(y, liang=rng.random() < 0.3) + "元"
    if style == "yi":
        return dec(y, YI) + rng.choice(("亿", "亿元"))
    if style == "mixed":
        head, rem = divmod(y, YI)
        s = "%d亿" % head
        if rem:
            rw = rem // WAN
            if rem % (1000 * WAN) == 0:
                s += "%d千万" % (rem // (1000 * WAN))
            elif rw < 1000:
                s += "零%d万" % rw
            else:
                s += "%d万" % rw
        return s
    if style == "w":
        return dec(y, WAN) + rng.choice(("w", "W", "w"))
    if style == "geyi":
        return dec(y, YI) + "个亿"
    if style == "capital":
        return cn_int(y, capital=True) + "元"
    if style == "qianbai":
        return _digits_units(y // WAN) + "万"
    raise ValueError(style)


def en_amount(rng, y):
    c = [("comma", 6)]
    if y % WAN == 0 and y >= 10 ** 6:
        c += [("million", 14), ("m", 6)]
    if y >= 10 ** 9 and y % 10 ** 7 == 0:
        c += [("billion", 4)]
    if y < 10 ** 6 and y % 1000 == 0:
        c += [("k", 5)]
    if y % WAN == 0 and y < 10 ** 9:
        c += [("rmb_wan", 1)]
    style = wchoice(rng, c)
    if style == "comma":
        s = rng.choice(("RMB {:,}", "{:,} yuan", "CNY {:,}", "RMB{:,}")).format(y)
    elif style == "million":
        s = rng.choice(("RMB {} million", "{} million yuan", "CNY {} million", "{} million RMB")).format(dec(y, 10 ** 6))
    elif style == "m":
        s = rng.choice(("{}m yuan", "RMB {}m", "{}M RMB", "CNY {}M")).format(dec(y, 10 ** 6))
    elif style == "billion":
        s = rng.choice(("RMB {} billion", "{} billion yuan")).format(dec(y, 10 ** 9))
    elif style == "k":
        s = rng.choice(("{}k yuan", "RMB {}k")).format(y // 1000)
    else:
        s = "RMB {}万".format(dec(y, WAN))
    return s, "en_" + style


def zh_usd(rng, usd):
    c = [("usd_wan", 6)]
    if usd >= YI:
        c += [("usd_yi", 10)]
    if usd % WAN == 0:
        c += [("usd_cn", 3)]
    style = wchoice(rng, c)
    if style == "usd_yi":
        return dec(usd, YI) + rng.choice(("亿美元", "亿美金", "亿美元", "个亿美金"))
    if style == "usd_wan":
        return dec(usd, WAN) + rng.choice(("万美元", "万美金"))
    return cn_int(usd) + "美元"


def en_usd(rng, usd):
    m = dec(usd, 10 ** 6)
    return rng.choice(("USD {} million", "${} million", "US${}m", "{} million US dollars", "${}M")).format(m)


def wchoice(rng, weighted):
    total = sum(w for _, w in weighted)
    r = rng.randrange(total)
    for item, w in weighted:
        if r < w:
            return item
        r -= w
    raise AssertionError


def nice(rng, lo, hi, step=WAN, avoid=()):
    """A 'round-looking' integer in [lo, hi], multiple of step, not in avoid. Integer arithmetic only."""
    for _ in range(20000):
        sig = rng.choice((1, 2, 2, 3, 3, 3, 4))
        lo_e = max(len(str(lo)) - sig - 1, 0)
        hi_e = max(len(str(hi)) - sig, 0)
        e = rng.randint(lo_e, hi_e)
        m = rng.randint(10 ** (sig - 1), 10 ** sig - 1)
        v = m * 10 ** e
        if lo <= v <= hi and v % step == 0 and v not in avoid:
            return v
    raise RuntimeError("nice(): no value in range %r" % ((lo, hi, step),))


###############################################################################
# PART 3 — fragments
###############################################################################
TW_ZH = (
    {"last": "去年", "prev": "前年", "prev2": "大前年", "this": "今年"},
    {"last": "2025年", "prev": "2024年", "prev2": "2023年", "this": "2026年"},
    {"last": "上一年度", "prev": "再上一年度", "prev2": "三年前", "this": "今年"},
    {"last": "2025年度", "prev": "2024年度", "prev2": "2023年度", "this": "今年"},
    {"last": "上年", "prev": "前年", "prev2": "大前年", "this": "今年"},
)
TW_EN = (
    {"last": "last year", "Last": "Last year", "prev": "the year before", "Prev": "The year before",
     "this": "this year", "This": "This year", "lastn": "last year", "prevn": "the year before"},
    {"last": "in 2025", "Last": "In 2025", "prev": "in 2024", "Prev": "In 2024",
     "this": "in 2026", "This": "In 2026", "lastn": "2025", "prevn": "2024"},
    {"last": "in FY2025", "Last": "In FY2025", "prev": "in FY2024", "Prev": "In FY2024",
     "this": "this year", "This": "This year", "lastn": "FY2025", "prevn": "FY2024"},
    {"last": "in the previous fiscal year", "Last": "In the previous fiscal year",
     "prev": "the year before that", "Prev": "The year before that",
     "this": "recently", "This": "Recently", "lastn": "the previous fiscal year", "prevn": "the year before that"},
)

LOC_ZH = ("昌平区", "北京昌平", "中关村生命科学园", "昌平生命谷", "未来科学城", "昌平区回龙观",
          "生命科学园二期", "昌平区沙河", "昌平国际医疗器械城")
OWN_ZH = ("民营", "国有控股", "外资", "中外合资", "港资", "上市公司旗下")
OUTSIDE_ZH = ("上海张江", "苏州工业园区", "深圳南山区", "杭州滨江", "天津滨海新区", "广州黄埔区", "成都高新区")
LOC_EN = ("Changping District", "Zhongguancun Life Science Park", "Changping, Beijing",
          "Future Science City in Changping", "the Changping Life Valley")
OWN_EN = ("privately owned", "state-controlled", "foreign-invested", "Sino-foreign joint-venture",
          "Hong Kong-funded")
OUTSIDE_EN = ("Shanghai's Zhangjiang park", "Suzhou Industrial Park", "Shenzhen", "Hangzhou")

GREET_ZH = ("", "", "", "", "你好，", "您好！", "hi，", "老师好，", "请教一下，", "您好，")
GREET_EN = ("", "", "Hi. ", "Hello. ", "Hi there. ", "Hi! ")

Q_ZH = {
    "amount": ("能拿多少", "最多补多少", "有补贴吗", "可以申请多少钱", "能补多少钱", "按政策能给多少",
               "能拿到多少支持", "补贴能有多少", "能申请到多少资金", "这个能给多少", "请问能享受多少补贴",
               "能拿多少钱的扶持", "我们能申请吗，能拿多少", "想知道能补多少", "能给多少资金支持",
               "这种情况能拿多少", "大概能给多少钱", "可以拿多少奖励", "能申请多少补助", "按昌平的政策能拿多少"),
    "max": ("最多能支持多少", "最高能给多少", "上限是多少", "最多能拿多少", "封顶多少钱", "最多补多少",
            "能申请的最高金额是多少"),
    "total": ("一共能拿多少", "合计能申请多少", "总共能补多少", "加起来能拿多少", "总共最多多少钱",
              "全部加起来能给多少"),
}
Q_ZH_START = {
    "amount": ("请问能拿多少补贴？", "咨询一下补贴金额：", "问下能申请多少钱——", "想了解能拿多少：",
               "帮忙算下能补多少：", "能拿多少？情况是这样：", "有补贴吗？", "能补多少钱？"),
    "max": ("最多能给多少？", "想问下最高能支持多少：", "上限是多少？"),
    "total": ("帮忙算下一共能拿多少：", "想问总共能申请多少：", "一共能拿多少？"),
}
Q_END_PUNCT = ("？", "？", "?", "", "呢？", "？谢谢", "啊？", "？？", "。")
Q_EN = {
    "amount": ("How much can we get?", "How much subsidy could we receive?", "Is there a subsidy for this, and how much?",
               "How much funding can we apply for?", "How much support would that be?",
               "What amount are we eligible for?", "how much would we get?", "How much could we claim?"),
    "max": ("What's the most we could get?", "What is the maximum support?", "What's the cap?",
            "What is the maximum amount available?"),
    "total": ("How much in total?", "What would the total be?", "How much altogether?"),
}
Q_EN_START = {
    "amount": ("Quick question: how much subsidy could we get? ", "How much could we claim? Details: ",
               "How much can we get? ", "What funding are we eligible for, and how much? "),
    "max": ("What's the maximum we could get? ", "What is the cap here? "),
    "total": ("How much in total could we get? ",),
}

GEN_DIST_ZH = {
    "employees": ("员工{n}人", "团队{n}来号人", "公司有{n}名员工", "现在有{n}个人"),
    "founded": ("{y}年成立", "成立于{y}年", "公司是{y}年注册的"),
    "regcap": ("注册资本{x}", "注册资金{x}"),
    "award": ("{y}年另一个项目在海淀拿过{x}的奖励", "{y}年我们在苏州的子公司拿过当地{x}的补贴",
              "另一个产品{y}年获得过市里{x}的奖励"),
}
GEN_DIST_EN = {
    "employees": ("we have {n} employees", "our team is about {n} people"),
    "founded": ("we were founded in {y}", "the company was set up in {y}"),
    "regcap": ("our registered capital is {x}",),
    "award": ("back in {y} a different project of ours won a {x} award in Haidian",
              "our Suzhou subsidiary got a {x} local grant in {y}"),
}

RANGE_ZH = ("{noun}大概在{a}到{b}之间", "{noun}估计{a}～{b}吧", "{noun}具体数没核对，{a}到{b}之间",
            "{noun}介于{a}和{b}之间", "{noun}{a}-{b}的样子")
RANGE_EN = ("{noun} was somewhere between {a} and {b}", "{noun} was roughly {a} to {b}, not sure exactly")
CONFLICT_ZH = ("{noun}我记得是{a}，但财务说是{b}，不确定哪个对", "{noun}报表上有两个数，一个{a}一个{b}，不知道按哪个",
               "{noun}同事说是{a}，我这边统计是{b}，拿不准", "{noun}{a}还是{b}来着，两份材料写的不一样")
CONFLICT_EN = ("I think {noun} was {a}, but finance says {b} — not sure which is right",
               "two reports give {noun} as {a} and {b}; I can't tell which is correct")
NEG_ZH = ("{noun}是-{v}", "{noun}为负{v}", "{noun}：-{v}", "{noun}算下来是负的，-{v}")
NEG_EN = ("{noun} was -{v}", "{noun} came out negative, minus {v}")
ABSURD_ZH = ("{noun}是{v}", "{noun}达到了{v}", "{noun}{v}")
ABSURD_EN = ("{noun} was {v}",)

CORRECT_ZH = ("不对，应该是{v}", "说错了，是{v}", "抱歉刚才写错了，是{v}不是{v1}", "更正一下：{fact}",
              "刚才的数不对，{fact}", "不好意思，{fact}", "改一下，{v}才对")
LATER_ZH = ("{fact}", "补充一下，{fact}", "哦对，{fact}", "{v}", "{fact}。", "是{v}", "数据是：{fact}")


class Ctx:
    """Per-message rendering context (language, time words, rng)."""

    def __init__(self, rng, lang):
        assert lang in ("zh", "en")
        self.rng = rng
        self.lang = lang
        self.tw = dict(rng.choice(TW_ZH if lang == "zh" else TW_EN))
        self.styles = []
        self.forbid = ()

    def pick(self, seq):
        return self.rng.choice(seq)

    def amt(self, y):
        if self.lang == "zh":
            s, st = zh_amount(self.rng, y, forbid=self.forbid)
        else:
            s, st = en_amount(self.rng, y)
        self.styles.append(st)
        return s

    def thr(self, y):
        """A threshold / tier figure as users write it (突破5亿, 过5000万, 破十亿)."""
        if self.lang == "zh":
            only = ("wan", "wan_yuan", "cn", "qianbai") if y < YI else ("yi", "geyi", "cn", "cn_yuan")
            s, st = zh_amount(self.rng, y, only=only)
            if st in ("yi", "geyi") and y % YI == 0:
                s = s.replace("元", "")
        else:
            s, st = en_amount(self.rng, y)
        self.styles.append(st)
        return s

    def usd(self, usd):
        self.styles.append("usd")
        return zh_usd(self.rng, usd) if self.lang == "zh" else en_usd(self.rng, usd)

    def fill(self, tpl, **kw):
        d = dict(self.tw)
        d.update(kw)
        # a product code (XX-123) directly followed by a year would fuse with it: add a comma
        return re.sub(r"([A-Z]{2}-\d{3})(?=\d)", r"\1，", tpl.format(**d))

    def L(self, spec, key):
        """spec[key_zh] or spec[key_en]."""
        return spec.get(key + "_" + self.lang)


###############################################################################
# PART 3b — per-rule wording (one spec per figure-bearing clause)
###############################################################################
SINGLE = OrderedDict()

SINGLE["d15_service"] = dict(
    cite=[[DRAFT, "第十五条"]], calc=rule_d15_service, uncapped=True,
    gen=lambda r: nice(r, 40 * WAN, 2 * YI, r.choice((WAN, WAN, 1000))),
    type_required=True,
    types_zh=("CRO企业", "CRO公司", "CDMO企业", "CMO企业", "CDMO公司", "临床CRO公司", "医药研发外包服务机构（CRO）",
              "合同研发外包服务机构"),
    types_en=("CRO", "contract research organization", "CDMO", "CMO", "clinical CRO"),
    fact_zh=("{last}实际服务金额{v}", "{last}的年度实际服务金额是{v}", "{last}实际服务金额为{v}",
             "{v}是我们{last}的实际服务金额", "{last}一共做了{v}的外包服务（按实际服务金额算）",
             "{last}全年实际服务金额：{v}", "实际服务金额{last}达到{v}", "{last}给客户实际完成的服务金额是{v}"),
    fact_en=("our actual service revenue {last} was {v}", "we delivered {v} of contract services {last}",
             "{Last}, our actual service amount came to {v}", "actual service amount for {lastn}: {v}"),
    noun_zh="{last}实际服务金额", noun_en="our actual service amount {last}",
    vague_zh=("{last}的服务金额还在核算", "服务金额还没统计出来", "{last}业务做得还行"),
    vague_en=("we're still finalizing the service figures",),
    unrelated_zh=("{last}研发投入{x}", "{last}净利润{x}", "固定资产投资{x}", "{last}纳税{x}"),
    unrelated_en=("our R&D spending {last} was {x}", "net profit {last} was {x}"),
    rate_zh=("听说能按30%补", "听别人说能补四成", "有同行说按一半给", "据说能拿服务金额的25%"),
    rate_en=("I heard it's 40% of revenue", "someone told me it's half"),
    second_zh=("我们兄弟公司（另一家CRO）{last}服务金额{x}", "朋友那家CRO{last}做了{x}", "集团里另一家在外地的CDMO服务金额{x}"),
    second_en=("our sister company did {x} in services {last}",),
    inel_zh={"years": ("这项支持我们已经连续拿了三年了", "前三年都已经拿过这个服务金额的支持了", "这个补贴我们2023到2025年每年都拿了")},
    inel_en={"years": ("we have already received this support three years in a row",)},
    inel_calc={"years": lambda v: rule_d15_service(v, years_done=3)},
)

SINGLE["d8_entrust"] = dict(
    cite=[[DRAFT, "第八条"]], calc=rule_d8_entrust, uncapped=True,
    gen=lambda r: nice(r, 100 * WAN, 5 * YI, WAN),
    type_required=False,
    types_zh=("药品上市许可持有人", "创新药企业", "生物医药公司", "MAH持有人企业"),
    types_en=("marketing authorization holder", "biotech company", "drug developer"),
    ctx_zh=("我们把自己持有的品种委托给其他医药企业生产", "我们是持有人，产品委托别的药企代工生产",
            "按MAH制度，我们委托区内医药企业生产自有品种", "产品是委托给另一家医药健康企业生产的"),
    ctx_en=("we are the MAH and outsource manufacturing of our product to another pharma company",
            "our product is contract-manufactured by another pharmaceutical company on our behalf"),
    fact_zh=("{last}该品种实际交易额{v}", "委托生产的实际交易额{last}是{v}", "{last}这个品种委托生产交易额一共{v}",
             "{v}的委托生产交易额（{last}）", "这个品种{last}的实际交易额为{v}"),
    fact_en=("the actual transaction value for that product {last} was {v}",
             "{Last}, the contract manufacturing deal for the product amounted to {v}"),
    noun_zh="{last}该品种的实际交易额", noun_en="the product's actual transaction value {last}",
    vague_zh=("交易额还没最终结算",), vague_en=("the transaction value isn't settled yet",),
    unrelated_zh=("这个品种{last}终端销售额{x}", "{last}研发投入{x}"),
    unrelated_en=("the product's retail sales {last} were {x}",),
    rate_zh=("听说能补交易额的20%", "听说能按一半补"), rate_en=("I was told it's 25%",),
    second_zh=("另一家持有人朋友的交易额是{x}",), second_en=("a friend's company had a deal of {x}",),
)

SINGLE["d8_cmo"] = dict(
    cite=[[DRAFT, "第八条"]], calc=rule_d8_cmo, uncapped=True,
    gen=lambda r: nice(r, 100 * WAN, 3 * YI, WAN),
    type_required=False,
    types_zh=("药品生产企业", "医药制造企业", "生物药生产企业", "有GMP车间的药企"),
    types_en=("drug manufacturer", "pharmaceutical manufacturer"),
    ctx_zh=("我们按照药品上市许可持有人制度，为其他持有人承担生产", "我们是受托方，按MAH制度承接别家品种的生产",
            "我们按MAH制度给别的企业承担药品生产"),
    ctx_en=("under the MAH system we undertake manufacturing for other license holders",
            "we are the contract manufacturer under the MAH system for another company's drug"),
    fact_zh=("{last}实际投入{v}", "为承担生产实际投入了{v}", "承担生产的实际投入金额{last}是{v}",
             "{v}的实际投入（{last}）", "{last}在这块实际投入金额{v}"),
    fact_en=("our actual investment for this {last} was {v}", "{Last} we actually invested {v} in that production"),
    noun_zh="{last}承担生产的实际投入金额", noun_en="our actual investment {last}",
    vague_zh=("投入金额还在算",), vague_en=("we haven't totalled the investment yet",),
    unrelated_zh=("{last}代工收入{x}", "厂房面积{n}平方米"), unrelated_en=("our contract income {last} was {x}",),
    rate_zh=("听说按10%给", "听说能补三成"), rate_en=("I heard it's 10%",),
    second_zh=("隔壁一家药厂实际投入是{x}",), second_en=("a neighbouring plant invested {x}",),
)

SINGLE["d8_sales"] = dict(
    cite=[[DRAFT, "第八条"]], calc=rule_d8_sales, uncapped=True,
    gen=lambda r: nice(r, 3000 * WAN, 80 * YI, r.choice((WAN, 1000 * WAN))),
    type_required=True,
    types_zh=("医药健康销售平台型企业", "医药销售平台公司", "医药电商销售平台", "医药流通销售平台企业"),
    types_en=("pharma sales platform company", "healthcare sales platform"),
    fact_zh=("{last}销售收入{v}", "{last}的年度销售收入是{v}", "年销售收入{v}（{last}）", "{last}全年销售收入{v}",
             "{v}的年度销售收入，{last}的", "{last}平台卖了{v}（销售收入口径）"),
    fact_en=("our annual sales revenue {last} was {v}", "{Last} we booked {v} in sales revenue",
             "sales revenue for {lastn}: {v}"),
    noun_zh="{last}的年度销售收入", noun_en="our sales revenue {last}",
    vague_zh=("销售收入挺可观的", "{last}销售额还没审计完"), vague_en=("sales were strong",),
    unrelated_zh=("{last}净利润{x}", "{last}毛利{x}", "研发投入{x}"),
    unrelated_en=("net profit {last} was {x}",),
    rate_zh=("听说能按1%补", "听说是千分之五", "网上说按销售额5%"), rate_en=("I read it was 1%",),
    second_zh=("同行另一家平台销售收入{x}",), second_en=("a competitor platform made {x}",),
)

SINGLE["d11_fda"] = dict(
    cite=[[DRAFT, "第十一条"]], calc=rule_d11_fda, uncapped=True,
    gen=lambda r: nice(r, 30 * WAN, 5000 * WAN, r.choice((WAN, 1000))),
    type_required=False,
    types_zh=("创新药企业", "生物医药公司", "药企", "生物制药公司"),
    types_en=("biotech", "drug maker", "pharma company"),
    ctx_zh=("我们有个药{this}新获得了美国FDA批准", "产品{this}刚拿到欧盟EMA的上市许可", "我们的品种新获得FDA认证",
            "一个抗体药{this}新拿到了EMA批准"),
    ctx_en=("one of our drugs was newly approved by the US FDA {this}", "our product just received EMA marketing authorisation"),
    fact_zh=("实际注册费用一共{v}（含海外注册费、检测费、当地代理费）", "注册相关实际花了{v}（海外注册费、检测费、代理费都算上）",
             "实际注册费用{v}", "{v}的实际注册费用（含检测费和当地代理费）"),
    fact_en=("actual registration costs, including overseas filing, testing and local agent fees, totalled {v}",
             "we spent {v} on registration (filing, testing and agent fees)"),
    noun_zh="实际注册费用", noun_en="the actual registration cost",
    vague_zh=("注册费用还没汇总",), vague_en=("registration costs are still being added up",),
    unrelated_zh=("这个药国内{last}销售额{x}", "研发总投入{x}"), unrelated_en=("domestic sales {last} were {x}",),
    rate_zh=("听说能全额报销", "听说能补一半"), rate_en=("I heard it's fully reimbursed",),
    second_zh=("另一家药企同样拿FDA花了{x}",), second_en=("another company spent {x} on theirs",),
)

SINGLE["d12_rev"] = dict(
    cite=[[DRAFT, "第十二条"]], calc=rule_d12_rev, uncapped=True,
    gen=lambda r: nice(r, 5 * YI + 1000 * WAN, 40 * YI, 10 * WAN),
    type_required=False,
    types_zh=("医药健康企业", "生物医药公司", "药企", "医疗器械企业", "制药集团"),
    types_en=("pharma company", "medical device maker", "healthcare company"),
    ctx_zh=("这是第一次突破{T}", "以前从来没超过{T}", "历史上首次过{T}", "头一回破{T}"),
    ctx_en=("it's the first time we've passed {T}", "we had never exceeded {T} before"),
    fact_zh=("{last}主营业务收入{v}", "主营业务收入{last}做到了{v}", "{last}主营收入{v}", "{v}的主营业务收入（{last}）",
             "{last}的主营业务收入达到{v}"),
    fact_en=("our main business revenue {last} was {v}", "{Last}, core business revenue reached {v}"),
    noun_zh="{last}主营业务收入", noun_en="our main business revenue {last}",
    vague_zh=("主营收入首次过了{T}",), vague_en=("main business revenue passed {T} for the first time",),
    unrelated_zh=("{last}净利润{x}", "研发投入{x}", "营业外收入{x}"), unrelated_en=("net profit was {x}",),
    rate_zh=("听说能按1%奖励", "听说奖励是收入的千分之五"), rate_en=("I heard the reward is 1% of revenue",),
    second_zh=("同行另一家公司主营收入{x}",), second_en=("a peer company reported {x}",),
    inel_zh={"notfirst": ("{prev}就已经超过{T}了", "前几年主营收入就过了{T}")},
    inel_en={"notfirst": ("we already passed {T} {prev}",)},
    inel_calc={"notfirst": lambda v: rule_d12_rev(v, first_time=False)},
)

SINGLE["d15_platform"] = dict(
    cite=[[DRAFT, "第十五条"]], calc=rule_d15_platform, uncapped=False,
    gen=lambda r: nice(r, 1000 * WAN, 3 * YI, WAN, avoid=(D15_PLATFORM_CAP * 100 // 30,)),
    cap_turn=D15_PLATFORM_CAP * 100 // 30,
    type_required=False,
    types_zh=("科技服务企业", "生物医药服务公司", "产业服务机构", "孵化器运营公司"),
    types_en=("life-science service company", "incubator operator"),
    slots_zh=lambda c: {"pt": c.pick(("实验动物服务平台", "检验检测服务平台", "临床转化服务平台", "标杆型孵化器"))},
    slots_en=lambda c: {"pt": c.pick(("laboratory animal service platform", "testing and inspection platform",
                                       "clinical translation service platform", "flagship incubator"))},
    ctx_zh=("我们建设了一个{pt}，面向行业开放共享", "在昌平建了{pt}（共享服务平台）", "我们牵头建设的{pt}属于共享服务平台"),
    ctx_en=("we built a shared {pt} open to the industry", "our {pt} is a shared public service platform"),
    fact_zh=("平台建设实际投入{v}", "建设实际投入{v}", "{v}的平台建设投入", "平台建设一共实际花了{v}", "平台建设实际投入为{v}"),
    fact_en=("actual construction investment in the platform was {v}", "we actually invested {v} building it"),
    noun_zh="平台建设实际投入", noun_en="the actual construction investment",
    vague_zh=("建设投入还没决算",), vague_en=("construction costs aren't final",),
    unrelated_zh=("平台{last}服务收入{x}", "平台面积{n}平方米"), unrelated_en=("the platform's service income {last} was {x}",),
    rate_zh=("听说能补一半", "听说能按40%补"), rate_en=("I heard half is covered",),
    second_zh=("另一家孵化器建设投入{x}",), second_en=("another incubator invested {x}",),
)

SINGLE["d16_event"] = dict(
    cite=[[DRAFT, "第十六条"]], calc=rule_d16_event, uncapped=True,
    gen=lambda r: nice(r, 30 * WAN, 3000 * WAN, r.choice((WAN, 1000))),
    type_required=False,
    types_zh=("会展公司", "活动策划公司", "产业服务机构", "医药健康产业服务公司"),
    types_en=("events company", "industry services firm"),
    slots_zh=lambda c: {"ev": c.pick(("生命科学产业峰会", "医药健康投融资对接会", "生物医药产业对接大会",
                                      "医药健康创新品牌活动", "细胞与基因治疗产业峰会"))},
    slots_en=lambda c: {"ev": c.pick(("life-science industry summit", "biotech investment matchmaking event",
                                      "pharma industry partnering conference"))},
    ctx_zh=("我们作为市场化主体在昌平举办了一场{ev}", "我们是市场化机构，办了{ev}", "我们在昌平组织了{ev}（市场化运作）"),
    ctx_en=("as a market-based organiser we held a {ev} in Changping", "we ran a {ev} in Changping on a commercial basis"),
    fact_zh=("活动实际发生费用{v}", "活动实际花了{v}", "总共实际发生费用{v}", "{v}的实际发生费用", "实际发生的活动费用为{v}"),
    fact_en=("the actual cost of the event was {v}", "we actually spent {v} on it"),
    noun_zh="活动实际发生费用", noun_en="the actual event cost",
    vague_zh=("费用还在报销",), vague_en=("we're still collecting invoices",),
    unrelated_zh=("参会{n}人", "赞助商{n}家", "嘉宾{n}位"), unrelated_en=("{n} people attended",),
    rate_zh=("听说能补一半", "听说按30%补"), rate_en=("I heard 50% is covered",),
    second_zh=("同期另一家办的论坛花了{x}",), second_en=("another organiser's forum cost {x}",),
)

SINGLE["m5"] = dict(
    cite=[[M2628, "（五）"]], calc=rule_m5, uncapped=False,
    gen=lambda r: nice(r, 1000 * WAN, 6 * YI, WAN),
    cap_turn=M5_CAP * 100 // 30,
    type_required=False,
    types_zh=("AI制药公司", "医疗AI企业", "生物医药公司", "智慧医疗企业", "AI辅助诊断公司"),
    types_en=("AI drug-discovery company", "medical AI company"),
    slots_zh=lambda c: {"sc": c.pick(("AI+药物研发", "AI辅助诊断", "AI辅助影像诊断", "AI药物筛选"))},
    slots_en=lambda c: {"sc": c.pick(("AI-driven drug discovery", "AI-assisted diagnosis", "AI imaging diagnosis"))},
    ctx_zh=("我们的{sc}项目入选了标杆示范场景", "我们打造了一个{sc}标杆示范场景项目", "{sc}示范场景项目已经落地"),
    ctx_en=("our {sc} project was selected as a flagship demonstration scenario",
            "we built a flagship {sc} demonstration scenario"),
    fact_zh=("项目工程投资总额{v}", "工程投资总额{v}", "这个项目工程总投资{v}", "{v}的项目工程投资", "项目工程投资总额为{v}"),
    fact_en=("total engineering investment in the project is {v}", "the project's engineering investment totals {v}"),
    noun_zh="项目工程投资总额", noun_en="the total engineering investment",
    vague_zh=("投资额还在测算",), vague_en=("the investment figure is still being estimated",),
    unrelated_zh=("公司估值{x}", "{last}融资{x}", "研发人员{n}人"), unrelated_en=("our valuation is {x}",),
    rate_zh=("听说能补一半", "听说能按40%补"), rate_en=("I heard it's 50%",),
    second_zh=("另一家AI公司的示范项目投了{x}",), second_en=("another AI firm's project cost {x}",),
)

SINGLE["m11"] = dict(
    cite=[[M2628, "（十一）"]], calc=rule_m11, uncapped=False,
    gen=lambda r: nice(r, 1000 * WAN, 2 * YI, WAN, avoid=(M11_CAP * 2,)),
    cap_turn=M11_CAP * 2,
    type_required=False,
    types_zh=("园区运营公司", "产业园区开发运营企业", "生物医药园区运营主体"),
    types_en=("park operator", "science-park developer"),
    ctx_zh=("我们引入了全球领先的生物医药园区运营管理资源", "我们和国际知名的生物医药园区运营商合作，引入其运营管理体系",
            "为提升园区专业化管理，我们引进了全球领先的园区运营管理团队"),
    ctx_en=("we brought in a world-leading biopharma park operator to run our park",
            "we partnered with a global top-tier life-science park management firm"),
    fact_zh=("项目投资总额{v}", "这个项目总投资{v}", "{v}的项目投资总额", "项目投资总额为{v}"),
    fact_en=("total project investment is {v}", "the project's total investment comes to {v}"),
    noun_zh="项目投资总额", noun_en="the total project investment",
    vague_zh=("投资总额还没定",), vague_en=("the budget isn't fixed",),
    unrelated_zh=("入驻企业{n}家", "园区面积{n}亩"), unrelated_en=("{n} companies are in the park",),
    rate_zh=("听说能补30%", "听说能全额补"), rate_en=("I heard it's 30%",),
    second_zh=("隔壁园区项目投资{x}",), second_en=("a neighbouring park invested {x}",),
)

# cap-only clauses (the text names only a ceiling)
CAPONLY = OrderedDict()
CAPONLY["m7"] = dict(
    cite=[[M2628, "（七）"]], calc=rule_m7,
    types_zh=("科技服务公司", "技术服务企业", "产业技术服务机构"), types_en=("technology services firm",),
    slots_zh=lambda c: {"f": c.pick(("合成生物制造", "细胞与基因治疗", "脑机接口", "高端医疗器械", "美丽健康"))},
    slots_en=lambda c: {"f": c.pick(("synthetic biomanufacturing", "cell and gene therapy", "brain-computer interface"))},
    ctx_zh=("我们是聚焦{f}领域的科技服务业企业，想申请效能提升方面的支持", "公司属于科技服务业，主要服务{f}赛道，这次想做效能提升",
            "我们是{f}方向的科技服务业企业，申请效能提升支持"),
    ctx_en=("we are a science-and-technology service company focused on {f} and want support for efficiency upgrading",),
    figs_zh=("{last}营收{x}", "服务客户{n}家"), figs_en=("revenue {last} was {x}",),
)
CAPONLY["m12_rd"] = dict(
    cite=[[M2628, "（十二）"]], calc=rule_m12_foreign_rd, own_zh="外资", own_en="foreign-owned",
    types_zh=("医药企业", "药企", "生物医药公司"), types_en=("pharma company",),
    ctx_zh=("我们是外资医药企业在昌平设立的研发中心，研发投入持续增长", "我们是外商独资药企的研发中心，想申请外资研发中心研发激励",
            "外资研发中心，研发投入一直在扩大"),
    ctx_en=("we are the R&D centre of a foreign pharma company in Changping and our R&D spending keeps growing",),
    figs_zh=("研发投入从{x}增长到{x2}", "{last}研发投入{x}"), figs_en=("R&D spending rose from {x} to {x2}",),
)
CAPONLY["m12_inst"] = dict(
    cite=[[M2628, "（十二）"]], calc=rule_m12_institute, no_intro=True,
    ctx_zh=("我们是一家国际科研机构，刚落地昌平", "我们这个国际科研机构{this}在昌平落地了", "国际科研机构落户昌平"),
    ctx_en=("we are an international research institute that just set up in Changping",),
    figs_zh=("科研人员{n}人",), figs_en=("we have {n} researchers",),
)
CAPONLY["m12_conf"] = dict(
    cite=[[M2628, "（十二）"]], calc=rule_m12_conference, no_intro=True,
    ctx_zh=("我们要在昌平举办一场生命科学领域的高水平国际学术研讨会议，按2026-2028年若干措施",
            "按照26-28年的若干措施，我们办生命科学领域高水平国际学术研讨会议",
            "我们筹办生命科学领域高水平国际学术研讨会议（想按2026—2028年那份措施申请）"),
    ctx_en=("under the 2026-2028 measures, we are hosting a high-level international academic symposium in the life sciences",),
    figs_zh=("预计参会{n}人",), figs_en=("about {n} attendees expected",),
)
CAPONLY["m13_app"] = dict(
    cite=[[M2628, "（十三）"]], calc=rule_m13_app,
    ctx_zh=("我们的技术成果首次在海外应用", "我们在海外设立了研发中心", "公司技术成果{this}第一次在海外落地应用"),
    ctx_en=("our technology was applied overseas for the first time", "we set up an overseas R&D centre"),
    figs_zh=("海外团队{n}人",), figs_en=("our overseas team has {n} people",),
)
CAPONLY["m13_plat"] = dict(
    cite=[[M2628, "（十三）"]], calc=rule_m13_platform,
    ctx_zh=("我们在海外设立了孵化器，推动医药技术项目出海", "公司在海外建了科技园区，做跨国技术转移", "我们直接开展跨国技术转移服务，帮医药技术项目出海"),
    ctx_en=("we set up an overseas incubator to take biomedical projects abroad", "we run cross-border technology transfer services"),
    figs_zh=("已经转化项目{n}个",), figs_en=("{n} projects transferred so far",),
)
CAPONLY["d11_lin"] = dict(
    cite=[[DRAFT, "第十一条"]], calc=lambda: rule_d11_lin(1),
    ctx_zh=("我们通过License-in从国外引进了先进技术，在本地产业化，产品{this}已经上市", "从海外license-in的品种已经获批上市",
            "我们以License-in方式引进国外技术做本土产业化，产品已上市"),
    ctx_en=("we in-licensed a technology from abroad, manufacture it locally, and the product is now on the market",),
    figs_zh=("引进费用{x}",), figs_en=("the licence cost {x}",),
)
# tokens for drugs
CODE_PREFIX = ("CP", "BJ", "XH", "SK", "LV", "HY", "ZG", "TR")
D5_CLS1_ZH = ("1类生物制品", "1类化学药", "1类中药", "1类新药", "一类创新药", "1类创新药", "1类化药", "1类生物药")
D5_CLS1_EN = ("Class 1 biologic", "Class 1 chemical drug", "Class 1 TCM drug", "Class 1 innovative drug")
STAGE_ZH = {"I": ("Ⅰ期", "I期", "一期", "1期"), "II": ("Ⅱ期", "II期", "二期", "2期"), "III": ("Ⅲ期", "III期", "三期", "3期")}
STAGE_EN = {"I": ("Phase I", "phase 1"), "II": ("Phase II", "phase 2"), "III": ("Phase III", "phase 3")}
D6_CLS_ZH = {"1": ("1类生物制品", "1类化学药", "1类中药", "1类创新药"), "2": ("2类生物制品", "2类化学药", "2类中药"),
             "improved": ("重大改良型新药",), "firstgeneric": ("首仿药",)}
D6_CLS_EN = {"1": ("Class 1 biologic", "Class 1 chemical drug"), "2": ("Class 2 biologic", "Class 2 chemical drug"),
             "improved": ("major improved new drug",), "firstgeneric": ("first generic",)}
VET_ZH = {1: ("一类", "1类", "Ⅰ类"), 2: ("二类", "2类"), 3: ("三类", "3类"), 4: ("四类", "4类"), 5: ("五类", "5类")}
VET_EN = {1: ("Class I", "Class 1"), 2: ("Class II", "Class 2"), 3: ("Class III", "Class 3")}
GENERIC_TYPES_ZH = ("创新药企业", "生物医药公司", "医药健康企业", "生物技术公司", "药企", "生物制药企业")
GENERIC_TYPES_EN = ("biotech", "pharma company", "drug developer")
CNT_ZH = {1: ("1个", "一个"), 2: ("2个", "两个"), 3: ("3个", "三个"), 4: ("4个", "四个"), 5: ("5个", "五个")}


def cnt_zh(c, n):
    return c.pick(CNT_ZH[n]) if n in CNT_ZH else "%d个" % n


def code(c):
    return "%s-%d" % (c.pick(CODE_PREFIX), c.rng.randint(101, 989))


def when_sep(w):
    """'2026年' right after a product code would read as part of it: put a comma before digits."""
    return ("，" + w) if w[:1].isdigit() else w


###############################################################################
# PART 4 — scenario builders
###############################################################################
NEEDS = {"status": "needs_info", "amount": None, "kind": None}
OOS = {"status": "out_of_scope", "amount": None, "kind": None}


def new_sc(rules, cite, variant):
    return {"rules": list(rules), "cite": [list(x) for x in cite], "intro": None, "facts": [],
            "qkind": "amount", "res": None, "statuses": None, "dist": [], "inc": [], "variant": variant}


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def make_intro(c, types, required, own=None, outside=False):
    if not required and not own and not outside and c.rng.random() < 0.4:
        return None
    t = c.pick(types)
    if c.lang == "zh":
        o = own if own else (c.pick(OWN_ZH) if c.rng.random() < 0.35 else "")
        if outside:
            loc = c.pick(OUTSIDE_ZH)
        else:
            loc = c.pick(LOC_ZH) if c.rng.random() < 0.8 else ""
        if loc:
            pats = ("我们是{l}的一家{o}{t}", "我司是{o}{t}，注册在{l}", "公司位于{l}，是一家{o}{t}", "{l}{o}{t}",
                    "本公司是落户{l}的{o}{t}", "我们是{o}{t}，在{l}")
        else:
            pats = ("我们是一家{o}{t}", "我司是{o}{t}", "本公司为{o}{t}")
        return c.pick(pats).format(l=loc, o=o, t=t)
    o = own if own else (c.pick(OWN_EN) if c.rng.random() < 0.35 else "")
    loc = c.pick(OUTSIDE_EN) if outside else (c.pick(LOC_EN) if c.rng.random() < 0.8 else "")
    head = (o + " " + t) if o else t
    art = "an" if head[0].lower() in "aeiou" else "a"
    if loc:
        pats = ("we're {a} {h} based in {l}", "our company is {a} {h} in {l}", "{a} {h} here, located in {l}")
    else:
        pats = ("we're {a} {h}", "our company is {a} {h}")
    return c.pick(pats).format(a=art, h=head, l=loc)


def outside_fact(c):
    if c.lang == "zh":
        return c.pick(("在昌平没有注册主体，也不打算迁过来", "北京这边没有任何分支机构，暂时也不考虑落地昌平",
                       "公司注册地和经营地都不在北京，也没有在昌平设立主体的计划"))
    return c.pick(("we have no entity in Changping and no plan to move there",
                   "we have no branch in Beijing and don't intend to open one"))


def dist_fill(c, tpl, emp=(15, 3000), kind=None):
    if kind == "award":
        x = nice(c.rng, 10 * WAN, 800 * WAN)
    else:
        x = nice(c.rng, 100 * WAN, 5 * YI)
    x2 = x + nice(c.rng, 50 * WAN, 3 * YI)
    return c.fill(tpl, x=c.amt(x), x2=c.amt(x2), n=c.rng.randint(*emp), k=c.rng.randint(2, 9),
                  y=c.rng.randint(2008, 2023))


def add_distractors(c, sc, pools, k, emp=(15, 3000)):
    """pools: rule-specific {'rate':..,'unrelated':..,'second':..}; generic ones are added."""
    gen = GEN_DIST_ZH if c.lang == "zh" else GEN_DIST_EN
    spec_kinds = [kk for kk in ("rate", "unrelated", "second") if pools.get(kk)]
    chosen = []
    if spec_kinds:
        chosen.append(c.pick(spec_kinds))
    allk = spec_kinds + list(gen)
    while len(chosen) < k:
        kk = c.pick(allk)
        if kk not in chosen:
            chosen.append(kk)
    for kk in chosen:
        tpl = c.pick(pools[kk] if kk in pools else gen[kk])
        if kk == "founded":
            sc["facts"].append(c.fill(tpl, y=c.rng.randint(2005, 2022)))
        else:
            sc["facts"].append(dist_fill(c, tpl, emp, kk))
        sc["dist"].append(kk)


def spec_pools(c, s):
    return {kk: c.L(s, kk) for kk in ("rate", "unrelated", "second") if c.L(s, kk)}


def single_slots(c, s):
    d = {}
    if c.L(s, "slots"):
        d.update(c.L(s, "slots")(c))
    return d


def single_ctx(c, s, slots, key="ctx"):
    tpls = c.L(s, key)
    if not tpls:
        return []
    kw = dict(slots)
    kw["T"] = c.thr(D12_REV_THRESHOLD)
    return [c.fill(c.pick(tpls), **kw)]


def single_fact(c, name, v, slots=None):
    s = SINGLE[name]
    return c.fill(c.pick(c.L(s, "fact")), v=c.amt(v), **(slots or {}))


def pair_values(c, name, straddle):
    """Two different values a<b whose results differ (or, with straddle=False on a capped rule, both over the cap)."""
    s = SINGLE[name]
    r = c.rng
    if name == "d12_rev":
        if straddle:
            return nice(r, 4 * YI, 4 * YI + 9000 * WAN, 10 * WAN), nice(r, 5 * YI + 500 * WAN, 6 * YI, 10 * WAN)
        a = s["gen"](r)
        return a, a + nice(r, 3000 * WAN, 3 * YI, 10 * WAN)
    if not s["uncapped"]:
        t = s["cap_turn"]
        if straddle == "beyond":
            a = nice(r, t + t // 10, t * 2, WAN)
            return a, a + nice(r, 1000 * WAN, t, WAN)
        if straddle:
            return nice(r, t // 2, t - t // 10, WAN), nice(r, t + t // 10, t * 2, WAN)
        a = nice(r, t // 8, t // 3, WAN)
        return a, a + nice(r, t // 10, t // 3, WAN)
    a = s["gen"](r)
    b = a + nice(r, max(a // 10, WAN), max(a // 2, 2 * WAN), WAN)
    return a, b


def render_pair(c, a, b):
    if c.lang == "zh" and a % WAN == 0 and b % WAN == 0 and c.rng.random() < 0.35 and b < 10 ** 11:
        c.styles.append("wan_range")
        return dec(a, WAN), dec(b, WAN) + c.pick(("万", "万元"))
    return c.amt(a), c.amt(b)


def build_single(c, name, mode, v=None):
    s = SINGLE[name]
    sc = new_sc([name], s["cite"], mode)
    slots = single_slots(c, s)
    outside = mode == "outside"
    sc["intro"] = make_intro(c, c.L(s, "types"), s["type_required"] or outside, outside=outside)
    ctx = [] if mode == "below" else single_ctx(c, s, slots)
    if mode.startswith("inel_"):
        key = mode[5:]
        ctx = [] if name == "d12_rev" else ctx
        sc["facts"] += ctx
        sc["facts"].append(c.fill(c.pick(c.L(s, "inel")[key]), T=c.thr(D12_REV_THRESHOLD), **slots))
        v = v or s["gen"](c.rng)
        sc["facts"].append(single_fact(c, name, v, slots))
        sc["res"] = s["inel_calc"][key](v)
        assert sc["res"]["status"] == "ineligible"
        return sc
    sc["facts"] += ctx
    noun = c.fill(c.L(s, "noun"), **slots)
    if mode in ("basic", "distractor", "outside"):
        v = v or s["gen"](c.rng)
        sc["facts"].append(single_fact(c, name, v, slots))
        sc["res"] = s["calc"](v)
        sc["v"] = v
        if mode == "distractor":
            add_distractors(c, sc, spec_pools(c, s), c.rng.choice((1, 2, 2)))
        if outside:
            sc["facts"].append(outside_fact(c))
            loc = rule_locality(False)
            assert loc["status"] == "ineligible"
            sc["res"] = loc
            sc["statuses"] = ["ineligible", "out_of_scope"]
            sc["cite"] = []
        return sc
    if mode == "below":                       # d12_rev only: revenue under 5亿
        assert name == "d12_rev"
        v = nice(c.rng, 1 * YI, 4 * YI + 9000 * WAN, 10 * WAN)
        sc["facts"].append(single_fact(c, name, v, slots))
        sc["res"] = rule_d12_rev(v)
        assert sc["res"]["status"] == "ineligible"
        return sc
    if mode == "missing":
        if name == "d12_rev" and c.rng.random() < 0.5:
            sc["facts"] = sc["facts"][:-1]
            sc["facts"].append(c.fill(c.pick(c.L(s, "vague")), T=c.thr(D12_REV_THRESHOLD), **slots))
        elif name != "d12_rev" and c.rng.random() < 0.6:
            sc["facts"].append(c.fill(c.pick(c.L(s, "vague")), T=c.thr(D12_REV_THRESHOLD), **slots))
        sc["res"] = NEEDS
        return sc
    if mode in ("range", "range_beyond"):
        a, b = pair_values(c, name, "beyond" if mode == "range_beyond" else True if c.rng.random() < 0.7 else False)
        ra, rb = s["calc"](a), s["calc"](b)
        ta, tb = render_pair(c, a, b)
        sc["facts"].append(c.fill(c.pick(RANGE_ZH if c.lang == "zh" else RANGE_EN), noun=noun, a=ta, b=tb))
        if mode == "range_beyond":
            assert ra == rb and ra["status"] == "answered"
            sc["res"] = ra
        else:
            assert ra != rb, "range must straddle something"
            sc["res"] = NEEDS
        return sc
    if mode == "conflict":
        a, b = pair_values(c, name, c.rng.random() < 0.5)
        if c.rng.random() < 0.5:
            a, b = b, a
        assert s["calc"](a) != s["calc"](b)
        sc["facts"].append(c.fill(c.pick(CONFLICT_ZH if c.lang == "zh" else CONFLICT_EN), noun=noun,
                                  a=c.amt(a), b=c.amt(b)))
        sc["res"] = NEEDS
        return sc
    if mode == "negative":
        v = s["gen"](c.rng)
        old = c.forbid
        c.forbid = ("cn", "cn_yuan", "capital", "qianbai")
        sc["facts"].append(c.fill(c.pick(NEG_ZH if c.lang == "zh" else NEG_EN), noun=noun, v=c.amt(v)))
        c.forbid = old
        sc["res"] = NEEDS
        return sc
    if mode == "absurd":
        assert s["uncapped"]
        n = c.rng.randint(50, 900)
        txt = ("%d万亿" % n + c.pick(("", "元"))) if c.lang == "zh" else "RMB %d trillion" % n
        c.styles.append("absurd")
        sc["facts"].append(c.fill(c.pick(ABSURD_ZH if c.lang == "zh" else ABSURD_EN), noun=noun, v=txt))
        sc["res"] = NEEDS
        return sc
    raise ValueError(mode)


# ---------------------------------------------------------------- cap-only
def build_caponly(c, name, mode):
    s = CAPONLY[name]
    sc = new_sc([name], s["cite"], mode)
    sc["qkind"] = c.pick(("max", "max", "amount"))
    slots = c.L(s, "slots")(c) if c.L(s, "slots") else {}
    own = c.L(s, "own")
    outside = mode == "outside"
    types = c.L(s, "types") or (GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN)
    sc["intro"] = None if s.get("no_intro") else make_intro(c, types, False, own=own, outside=outside)
    if name == "d11_lin" and mode in ("multi", "inel"):
        if mode == "multi":
            n = c.rng.randint(2, 3)
            sc["facts"].append(c.fill(c.pick((
                "我们通过License-in从国外引进了{k}品种的技术，都在本地产业化，产品{this}都已上市",
                "{this}有{k}License-in引进的品种获批上市了"))
                if c.lang == "zh" else "we in-licensed {k} products from abroad and all of them are now on the market",
                k=cnt_zh(c, n) if c.lang == "zh" else str(n)))
            sc["res"] = rule_d11_lin(n)
        else:
            sc["facts"].append(c.fill(c.pick(("我们License-in了一个国外品种做本土产业化，目前还在临床阶段，没上市",
                                                "通过License-in引进的产品还没上市，预计后年才能获批"))))
            sc["res"] = rule_d11_lin(1, launched=False)
            assert sc["res"]["status"] == "ineligible"
        return sc
    sc["facts"].append(c.fill(c.pick(c.L(s, "ctx")), **slots))
    sc["res"] = s["calc"]()
    if mode == "distractor":
        pools = {"unrelated": c.L(s, "figs")}
        add_distractors(c, sc, pools, c.rng.choice((1, 2)))
    if outside:
        sc["facts"].append(outside_fact(c))
        sc["res"] = rule_locality(False)
        sc["statuses"] = ["ineligible", "out_of_scope"]
        sc["cite"] = []
    return sc


# ---------------------------------------------------------------- 第五条（一）
D5_VERB_ZH = ("进入{st}临床试验", "进入{st}临床", "进了{st}", "推进到{st}临床阶段", "启动了{st}临床试验")
D5_WHEN_ZH = ("今年", "去年", "上个月", "", "{this}")
D5_POOLS_ZH = {"rate": ("听说Ⅲ期能给500万", "朋友说进入临床每个品种都给300万", "听说按研发投入的一半补"),
               "unrelated": ("{last}研发投入{x}", "这个品种的临床预算{x}"),
               "second": ("合作方那边也有{k}个品种进了临床",)}
D5_POOLS_EN = {"rate": ("I heard Phase III gets 5 million",), "unrelated": ("our R&D budget is {x}",)}


def d5_row_text(c, cls_txt, stage, n, when=None):
    if c.lang == "zh":
        st = c.pick(STAGE_ZH[stage])
        verb = c.pick(D5_VERB_ZH).format(st=st)
        w = c.fill(c.pick(D5_WHEN_ZH)) if when is None else when
        w = when_sep(w)
        if n == 1:
            tpl = c.pick(("我们的{cls}{code}{w}{verb}", "{code}是{cls}，{w}{verb}", "{w}我们有个{cls}（{code}）{verb}",
                          "{cls}{code}{w}刚{verb}"))
            return tpl.format(cls=cls_txt, code=code(c), w=w, verb=verb)
        k = cnt_zh(c, n)
        tpl = c.pick(("{w}有{k}{cls}品种{verb}", "{w}{k}{cls}都{verb}", "{w}{verb}的{cls}有{k}",
                      "我们{k}{cls}（{codes}）{w}{verb}"))
        codes = "、".join(code(c) for _ in range(n)) if n <= 4 else "编号略"
        return tpl.format(cls=cls_txt, k=k, w=w, verb=verb, codes=codes)
    st = c.pick(STAGE_EN[stage])
    w = c.pick(("this year", "last month", "recently", "last year")) if when is None else when
    if n == 1:
        return c.pick(("our {cls} {code} entered {st} clinical trials {w}", "{code}, a {cls}, moved into {st} {w}")).format(
            cls=cls_txt, code=code(c), st=st, w=w)
    return "{n} of our {cls} candidates entered {st} {w}".format(n=n, cls=cls_txt + "", st=st, w=w)


def build_d5(c, mode):
    sc = new_sc(["d5_entry"], [[DRAFT, "第五条"]], mode)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN, False)
    cls_list = D5_CLS1_ZH if c.lang == "zh" else D5_CLS1_EN
    stage = c.pick(("I", "II", "III"))
    if mode in ("basic", "distractor"):
        n = c.pick((1, 1, 1, 2, 3))
        sc["facts"].append(d5_row_text(c, c.pick(cls_list), stage, n))
        sc["res"] = rule_d5_entry(1, stage, n)
        sc["slot"] = (stage, n)
        if mode == "distractor":
            add_distractors(c, sc, D5_POOLS_ZH if c.lang == "zh" else D5_POOLS_EN, c.rng.choice((1, 2)))
        return sc
    if mode == "multi":
        stages = c.rng.sample(["I", "II", "III"], c.rng.choice((2, 2, 3)))
        rows = [(1, st, c.pick((1, 1, 2, 3))) for st in stages]
        for _, st, n in rows:
            sc["facts"].append(d5_row_text(c, c.pick(cls_list), st, n))
        sc["res"] = rule_d5_total(rows)
        assert sc["res"]["kind"] == "fixed"
        sc["qkind"] = "total"
        return sc
    if mode == "cap":
        while True:
            rows = [(1, "III", c.rng.randint(36, 60)), (1, "II", c.rng.randint(10, 40)), (1, "I", c.rng.randint(0, 20))]
            rows = [r for r in rows if r[2] > 0]
            raw = sum(D5_ENTRY_AWARD[r[1]] * r[2] for r in rows)
            if raw > D5_CAP_PER_YEAR:
                break
        when = c.fill("{this}") if c.lang == "zh" else "this year"
        for _, st, n in rows:
            sc["facts"].append(d5_row_text(c, c.pick(cls_list[:4]), st, n, when=when))
        sc["facts"].append("以上都是{}同一年进入的".format(when) if c.lang == "zh" else "all in the same year")
        sc["intro"] = make_intro(c, ("大型制药集团", "龙头药企") if c.lang == "zh" else ("large pharma group",), True)
        sc["res"] = rule_d5_total(rows)
        assert sc["res"]["kind"] is None and sc["res"]["amount"] == D5_CAP_PER_YEAR
        sc["qkind"] = "total"
        return sc
    if mode == "missing_stage":
        sc["facts"].append(c.fill(c.pick(("我们的{cls}{code}已经在做临床了，具体哪一期我回头确认",
                                            "{code}（{cls}）临床试验在推进中，期别我得问下临床部"),
                                           ), cls=c.pick(cls_list), code=code(c)))
        sc["res"] = NEEDS
        return sc
    if mode == "missing_class":
        st = c.pick(STAGE_ZH[stage])
        sc["facts"].append(c.fill(c.pick(("我们有个新药{code}{this}进入{st}临床了", "在研药{code}刚进{st}临床试验，注册分类还没定")),
                                  code=code(c), st=st))
        sc["res"] = NEEDS
        return sc
    if mode == "missing_count":
        st = c.pick(STAGE_ZH[stage])
        sc["facts"].append(c.fill(c.pick(("我们好几个{cls}都进了{st}", "{this}有一批{cls}进入{st}临床试验，数量还在统计")),
                                  cls=c.pick(cls_list), st=st))
        sc["res"] = NEEDS
        return sc
    if mode == "inel_class":
        k = c.pick((3, 4, 5))
        st = c.pick(STAGE_ZH[stage])
        sc["facts"].append(c.fill(c.pick(("{code}是{k}类化学药，{this}进入{st}临床试验", "我们的{k}类化药{code}进了{st}临床")),
                                  code=code(c), k=k, st=st))
        sc["res"] = rule_d5_entry(k, stage, 1)
        assert sc["res"]["status"] == "ineligible"
        return sc
    raise ValueError(mode)


# ---------------------------------------------------------------- 第六条
def d6_1_text(c, cls, n, industrialized=True):
    lab = c.pick(D6_CLS_ZH[cls] if c.lang == "zh" else D6_CLS_EN[cls])
    if c.lang == "zh":
        w = c.pick(("今年", "去年", "{this}", "最近", ""))
        if not industrialized:
            t = c.pick(("{code}（{lab}）{w}拿到了药品注册证书，但目前没有实施产业化，也暂无产业化计划",
                        "我们的{lab}{code}获批上市了，不过只拿了证，没有产业化"))
        elif n == 1:
            t = c.pick(("我们的{lab}{code}{w}拿到了药品注册证书，已经在昌平实施产业化",
                        "{code}（{lab}）获批上市拿到注册证了，也在本地产业化了", "{w}{lab}{code}取得药品注册证书并实施了产业化"))
        else:
            t = c.pick(("{w}有{k}{lab}拿到药品注册证书，都已实施产业化", "{k}{lab}品种{w}获批上市（注册证已下），都在昌平产业化"))
        return c.fill(t, lab=lab, code=code(c), w=when_sep(c.fill(w)), k=cnt_zh(c, n))
    if n == 1:
        return "our {lab} {code} received its drug registration certificate {w} and is manufactured commercially in Changping".format(
            lab=lab, code=code(c), w=c.pick(("this year", "recently", "last year")))
    return "{n} of our {lab} products received registration certificates and are in commercial production locally".format(
        n=n, lab=lab)


def build_d6_1(c, mode):
    sc = new_sc(["d6_1"], [[DRAFT, "第六条"]], mode)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN, False)
    sc["qkind"] = c.pick(("amount", "max"))
    if mode in ("basic", "distractor"):
        cls = c.pick(("1", "1", "2", "2", "improved", "firstgeneric"))
        n = c.pick((1, 1, 1, 2))
        sc["facts"].append(d6_1_text(c, cls, n))
        sc["res"] = rule_d6_1(cls, n)
        if mode == "distractor":
            add_distractors(c, sc, {"rate": ("听说拿证能奖2000万",) if c.lang == "zh" else ("I heard approval pays 20 million",),
                                    "unrelated": ("这个药{last}销售额{x}",) if c.lang == "zh" else ("sales were {x}",)}, 1)
        return sc
    if mode == "inel":
        cls = c.pick(("1", "2"))
        sc["facts"].append(d6_1_text(c, cls, 1, industrialized=False))
        sc["res"] = rule_d6_1(cls, 1, industrialized=False)
        assert sc["res"]["status"] == "ineligible"
        return sc
    if mode == "multi":
        classes = c.rng.sample(["1", "2", "improved", "firstgeneric"], 2)
        parts = []
        for cls in classes:
            n = c.pick((1, 1, 2))
            sc["facts"].append(d6_1_text(c, cls, n))
            parts.append(rule_d6_1(cls, n))
        sc["res"] = combine(parts)
        sc["qkind"] = "total"
        return sc
    raise ValueError(mode)


VET_ANIMAL_ZH = ("一款猪用疫苗", "一个宠物用药", "一款禽用疫苗", "一款兽用化学药品", "一个牛用生物制品")
VET_ANIMAL_EN = ("a swine vaccine", "a pet medicine", "a poultry vaccine")


def d6_2_text(c, k):
    if c.lang == "zh":
        return c.fill(c.pick(("我们的{a}拿到了{k}新兽药注册证书，已经实施产业化", "{a}{this}获得{k}新兽药注册证书，并在昌平产业化了",
                              "{k}新兽药注册证书下来了（{a}），已经投产")), a=c.pick(VET_ANIMAL_ZH), k=c.pick(VET_ZH[k]))
    return "{a} of ours received a {k} new veterinary drug registration certificate and is in commercial production".format(
        a=cap1(c.pick(VET_ANIMAL_EN)), k=c.pick(VET_EN[k]))


def build_d6_2(c, mode):
    sc = new_sc(["d6_2"], [[DRAFT, "第六条"]], mode)
    sc["intro"] = make_intro(c, ("动物药企业", "兽药企业", "动物保健品公司") if c.lang == "zh" else ("veterinary drug company",), False)
    sc["qkind"] = c.pick(("amount", "max"))
    if mode in ("basic", "distractor"):
        k = c.pick((1, 2, 3))
        sc["facts"].append(d6_2_text(c, k))
        sc["res"] = rule_d6_2(k)
        sc["slot"] = k
        if mode == "distractor":
            add_distractors(c, sc, {"rate": ("听说新兽药都是300万",)}, 1)
        return sc
    if mode == "inel":
        k = c.pick((4, 5))
        sc["facts"].append(d6_2_text(c, k))
        sc["res"] = rule_d6_2(k)
        assert sc["res"]["status"] == "ineligible"
        return sc
    if mode == "missing":
        sc["facts"].append(c.pick(("我们的动物药拿到了新兽药注册证书，已经产业化", "新兽药证书下来了，也投产了，类别我得查一下")))
        sc["res"] = NEEDS
        return sc
    raise ValueError(mode)


# ---------------------------------------------------------------- 第十一条（二）License-out
def lout_text(c, usd):
    u = c.usd(usd)
    if c.lang == "zh":
        return c.fill(c.pick(("我们和一家跨国龙头药企签了License-out合同，合同总额{u}", "{u}的License-out交易（对方是跨国药企），合同已经签了",
                              "对外授权（License-out）给跨国药企，首付款加里程碑合同总额{u}",
                              "License-out合同{this}签了，合同总额{u}，合作方是跨国龙头企业")), u=u)
    return c.pick(("we signed a license-out deal with a multinational pharma leader worth {u} in total",
                   "our out-licensing contract with a global big pharma totals {u}")).format(u=u)


def lout_value(c, above):
    if above:
        return nice(c.rng, D11_LOUT_THRESHOLD_USD + 500 * WAN, 20 * YI, 100 * WAN)
    return nice(c.rng, 1000 * WAN, D11_LOUT_THRESHOLD_USD - 500 * WAN, 100 * WAN)


def build_d11_lout(c, mode):
    sc = new_sc(["d11_lout"], [[DRAFT, "第十一条"]], mode)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN, False)
    sc["qkind"] = c.pick(("amount", "max"))
    if mode in ("basic", "distractor", "inel"):
        usd = lout_value(c, mode != "inel")
        sc["facts"].append(lout_text(c, usd))
        sc["res"] = rule_d11_lout(usd)
        sc["usd"] = usd
        if mode == "inel":
            assert sc["res"]["status"] == "ineligible"
            if c.lang == "zh" and c.rng.random() < 0.5:
                sc["inc"] = ["1亿美元"]
        if mode == "distractor":
            up = nice(c.rng, 500 * WAN, usd // 3, 100 * WAN)
            sc["facts"].append(("其中首付款" + c.usd(up)) if c.lang == "zh" else "the upfront payment is " + c.usd(up))
            sc["dist"].append("unrelated")
            add_distractors(c, sc, {}, 1)
        return sc
    if mode == "range":
        a, b = lout_value(c, False), lout_value(c, True)
        assert rule_d11_lout(a) != rule_d11_lout(b)
        sc["facts"].append(c.fill(c.pick(("License-out合同总额大概在{a}到{b}之间，还在谈", "和跨国药企的License-out合同总额估计{a}～{b}")),
                                  a=c.usd(a), b=c.usd(b)))
        sc["res"] = NEEDS
        return sc
    raise ValueError(mode)


# ---------------------------------------------------------------- 第十二条（三）tiers
def tier_cur(c, k):
    lo = D12_TIERS[k][0]
    hi = D12_TIERS[k + 1][0] if k + 1 < len(D12_TIERS) else 30 * YI
    return nice(c.rng, lo + lo // 20, hi - hi // 20, 100 * WAN)


def tier_prev(c, k):
    lo = D12_TIERS[k - 1][0] if k > 0 else 1000 * WAN
    hi = D12_TIERS[k][0]
    return nice(c.rng, lo + lo // 20, hi - hi // 20, 100 * WAN)


def d12o_text(c, k):
    """One variety's sentence; returns (text, prev_peak, cur) with prev_peak implied by the words."""
    cur = tier_cur(c, k)
    T = D12_TIERS[k][0]
    cd = code(c)
    if c.lang == "en":
        if k == 0:
            return ("annual output of our product {cd} passed {T} for the first time {last}, reaching {cur}".format(
                cd=cd, T=c.thr(T), cur=c.amt(cur), last=c.tw["last"]), 0, cur)
        pv = tier_prev(c, k)
        return ("{cd}'s annual output was {pv} {prev} and rose to {cur} {last}, the first time above {T}".format(
            cd=cd, pv=c.amt(pv), prev=c.tw["prev"], cur=c.amt(cur), last=c.tw["last"], T=c.thr(T)), pv, cur)
    if k == 0:
        f = c.rng.randrange(3)
        if f == 0:
            return c.fill("我们有个品种（{cd}）{last}年产值首次突破{T}，达到{cur}", cd=cd, T=c.thr(T), cur=c.amt(cur)), 0, cur
        pv = tier_prev(c, 0)
        if f == 1:
            return c.fill("{cd}单品种年产值{last}是{cur}，以前最高才{pv}", cd=cd, cur=c.amt(cur), pv=c.amt(pv)), pv, cur
        return c.fill("{cd}{last}年产值{cur}，第一次过{T}，{prev}是{pv}", cd=cd, cur=c.amt(cur), T=c.thr(T), pv=c.amt(pv)), pv, cur
    f = c.rng.randrange(3)
    pv = tier_prev(c, k)
    if f == 0:
        return c.fill("{cd}单品种年产值{prev}是{pv}，{last}涨到{cur}，第一次过{T}", cd=cd, pv=c.amt(pv), cur=c.amt(cur),
                      T=c.thr(T)), pv, cur
    if f == 1:
        Tp = D12_TIERS[k - 1][0]
        return c.fill("{cd}年产值{last}首次突破{T}，达到{cur}，{Tp}那一档之前已经拿过了", cd=cd, T=c.thr(T), cur=c.amt(cur),
                      Tp=c.thr(Tp)), Tp + 1, cur
    return c.fill("我们{cd}这个品种{last}产值{cur}（首次破{T}），{prev}是{pv}", cd=cd, cur=c.amt(cur), T=c.thr(T),
                  pv=c.amt(pv)), pv, cur


def build_d12_output(c, mode):
    sc = new_sc(["d12_output"], [[DRAFT, "第十二条"]], mode)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH + ("医疗器械企业",) if c.lang == "zh" else GENERIC_TYPES_EN, False)
    if mode in ("basic", "distractor"):
        k = c.rng.randrange(len(D12_TIERS))
        txt, pp, cur = d12o_text(c, k)
        sc["facts"].append(txt)
        sc["res"] = rule_d12_output(pp, cur)
        if mode == "distractor":
            pools = {"unrelated": ("公司{last}总营收{x}", "研发投入{x}"),
                     "second": ("另一个品种{last}年产值才{xs}",), "rate": ("听说产值破档能按产值1%奖励",)} if c.lang == "zh" else \
                {"unrelated": ("company revenue was {x}",)}
            kk = c.pick(list(pools))
            tpl = c.pick(pools[kk])
            sc["facts"].append(c.fill(tpl, x=c.amt(nice(c.rng, 5 * YI, 50 * YI)),
                                      xs=c.amt(nice(c.rng, 500 * WAN, 4000 * WAN, 100 * WAN))))
            sc["dist"].append(kk)
            add_distractors(c, sc, {}, 1)
        return sc
    if mode == "multi":
        ks = c.rng.sample(range(len(D12_TIERS)), 2)
        parts = []
        for k in ks:
            txt, pp, cur = d12o_text(c, k)
            sc["facts"].append(txt)
            parts.append(rule_d12_output(pp, cur))
        sc["res"] = combine(parts)
        assert sc["res"]["kind"] == "fixed"
        sc["qkind"] = "total"
        return sc
    if mode == "inel_below":
        cur = nice(c.rng, 800 * WAN, 4800 * WAN, 100 * WAN)
        sc["facts"].append(c.fill(c.pick(("{cd}{last}年产值才{cur}", "我们单品种年产值最高的{cd}，{last}也就{cur}")), cd=code(c), cur=c.amt(cur)))
        sc["res"] = rule_d12_output(0, cur)
        assert sc["res"]["status"] == "ineligible"
        return sc
    if mode == "inel_notier":
        k = c.rng.randrange(len(D12_TIERS))
        T = D12_TIERS[k][0]
        cur = tier_cur(c, k)
        sc["facts"].append(c.fill(c.pick(("{cd}年产值{prev2}就已经过了{T}，{last}是{cur}", "{cd}这个品种早在2022年产值就破{T}了，{last}{cur}")),
                                  cd=code(c), T=c.thr(T), cur=c.amt(cur)))
        sc["res"] = rule_d12_output(T + 1, cur)
        assert sc["res"]["status"] == "ineligible"
        return sc
    if mode == "range":
        k = c.rng.randrange(1, len(D12_TIERS))
        T = D12_TIERS[k][0]
        pv = tier_prev(c, k)
        a = nice(c.rng, max(pv, T - T // 5), T - T // 20, 100 * WAN)
        b = nice(c.rng, T + T // 20, T + T // 5, 100 * WAN)
        assert rule_d12_output(pv, a) != rule_d12_output(pv, b)
        ta, tb = render_pair(c, a, b)
        sc["facts"].append(c.fill(c.pick(("{cd}{prev}年产值{pv}，{last}大概在{a}到{b}之间，还没最终核定",
                                            "{cd}的年产值{last}估计{a}～{b}，{prev}是{pv}")), cd=code(c), pv=c.amt(pv), a=ta, b=tb))
        sc["res"] = NEEDS
        return sc
    if mode == "missing":
        sc["facts"].append(c.pick(("我们有个品种年产值首次突破了新台阶", "单品种年产值增长很快，应该过档了")))
        sc["res"] = NEEDS
        return sc
    raise ValueError(mode)


# ---------------------------------------------------------------- 第十三条
def d13_values(c):
    rev = nice(c.rng, 300 * WAN, 2900 * WAN, 10 * WAN)
    while True:
        b = nice(c.rng, 560 * WAN, 2500 * WAN, c.pick((WAN, 10 * WAN)))
        a = nice(c.rng, 300 * WAN, b - 10 * WAN, c.pick((WAN, 10 * WAN)))
        if a + b > D13_RD2_MIN and a < b:
            return rev, a, b


def d13_facts(c, rev, a, b, growth=True, rd_desc=None):
    f = []
    if c.lang == "zh":
        f.append(c.pick(("我们是小微企业", "公司属于中小企业", "我们是科技型中小企业", "我们是小型企业")))
        f.append(c.fill(c.pick(("{last}营业收入{r}", "{last}营收{r}", "{r}的营业收入（{last}）", "上一年度营业收入是{r}")), r=c.amt(rev)))
        if rd_desc is None:
            f.append(c.fill(c.pick(("研发投入{prev}是{a}，{last}是{b}", "{last}研发投入{b}，{prev}{a}", "近两年研发投入分别是{a}（{prev}）和{b}（{last}）",
                                    "{prev}、{last}研发投入分别为{a}、{b}")), a=c.amt(a), b=c.amt(b)))
        else:
            f.append(rd_desc)
        if growth:
            f.append(c.pick(("研发投入连续三年都是正增长", "研发投入已经连续三年保持增长", "近三年研发投入逐年增加")))
    else:
        f.append(c.pick(("we're a small enterprise", "we qualify as an SME")))
        f.append(c.fill("our operating revenue {last} was {r}", r=c.amt(rev)))
        f.append(rd_desc or c.fill("R&D spending was {a} {prev} and {b} {last}", a=c.amt(a), b=c.amt(b)))
        if growth:
            f.append("R&D spending has grown for three consecutive years")
    return f


D13_POOLS_ZH = {"unrelated": ("固定资产投资{x}", "{last}净利润{x}"), "rate": ("听说能按研发投入的20%补", "听说有三成"),
                "second": ("同行另一家小企业研发投入{x}",)}
D13_POOLS_EN = {"unrelated": ("fixed-asset investment was {x}",), "rate": ("I heard it's 20%",)}


def build_d13(c, mode):
    sc = new_sc(["d13"], [[DRAFT, "第十三条"]], mode)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN, False)
    rev, a, b = d13_values(c)
    if mode in ("basic", "distractor"):
        sc["facts"] += d13_facts(c, rev, a, b)
        sc["res"] = rule_d13(rev, a, b, True)
        if mode == "distractor":
            add_distractors(c, sc, D13_POOLS_ZH if c.lang == "zh" else D13_POOLS_EN, c.rng.choice((1, 2)), emp=(12, 180))
        return sc
    if mode == "inel_rev":
        rev = nice(c.rng, 3100 * WAN, 3 * YI, 10 * WAN)
        sc["facts"] += d13_facts(c, rev, a, b)
        sc["res"] = rule_d13(rev, a, b, True)
        if c.lang == "zh" and c.rng.random() < 0.5:
            sc["inc"] = ["3000万"]
    elif mode == "inel_rd":
        b = nice(c.rng, 200 * WAN, 480 * WAN, 10 * WAN)
        a = nice(c.rng, 100 * WAN, b - 10 * WAN, 10 * WAN)
        sc["facts"] += d13_facts(c, rev, a, b)
        sc["res"] = rule_d13(rev, a, b, True)
    elif mode == "inel_growth":
        a, b = b, a                     # last year lower than the year before
        desc = c.fill(c.pick(("{last}研发投入{b}，比{prev}的{a}少了一些", "研发投入{prev}{a}，{last}降到了{b}")), a=c.amt(a), b=c.amt(b))
        sc["facts"] += d13_facts(c, rev, a, b, growth=False, rd_desc=desc)
        sc["res"] = rule_d13(rev, a, b, b > a)
    elif mode == "inel_years":
        sc["facts"] += d13_facts(c, rev, a, b)
        sc["facts"].append(c.pick(("这个研发投入的支持我们已经拿满三年了", "2023到2025年每年都拿过这项研发补贴")))
        sc["res"] = rule_d13(rev, a, b, True, years_done=3)
    elif mode == "missing":
        desc = c.fill("近两年研发投入合计{s}", s=c.amt(a + b))
        sc["facts"] += d13_facts(c, rev, a, b, rd_desc=desc)
        sc["res"] = NEEDS
        return sc
    elif mode == "range":
        lo = nice(c.rng, 2500 * WAN, 2900 * WAN, 50 * WAN)
        hi = nice(c.rng, 3100 * WAN, 3500 * WAN, 50 * WAN)
        assert rule_d13(lo, a, b, True) != rule_d13(hi, a, b, True)
        f = d13_facts(c, rev, a, b)
        ta, tb = render_pair(c, lo, hi)
        f[1] = c.fill(c.pick(("{last}营收大概{a}到{b}之间，审计还没出", "营业收入{last}估计在{a}～{b}")), a=ta, b=tb)
        sc["facts"] += f
        sc["res"] = NEEDS
        return sc
    else:
        raise ValueError(mode)
    assert sc["res"]["status"] == "ineligible", (mode, sc["res"])
    return sc


# ---------------------------------------------------------------- 第十一条（一）components
def build_d11_fda_components(c):
    sc = new_sc(["d11_fda"], [[DRAFT, "第十一条"]], "components")
    s = SINGLE["d11_fda"]
    sc["intro"] = make_intro(c, c.L(s, "types"), False)
    sc["facts"] += single_ctx(c, s, {})
    reg = nice(c.rng, 20 * WAN, 2000 * WAN, 1000)
    test = nice(c.rng, 5 * WAN, 500 * WAN, 1000)
    agent = nice(c.rng, 2 * WAN, 300 * WAN, 1000)
    if c.lang == "zh":
        sc["facts"].append(c.fill(c.pick(("海外注册费{a}，检测费{b}，当地代理费{d}", "注册费用明细：海外注册费{a}、检测费{b}、当地代理费{d}",
                                            "花了海外注册费{a}，另外检测费{b}，当地代理{d}")), a=c.amt(reg), b=c.amt(test), d=c.amt(agent)))
    else:
        sc["facts"].append("we paid {a} in overseas registration fees, {b} for testing and {d} to the local agent".format(
            a=c.amt(reg), b=c.amt(test), d=c.amt(agent)))
    sc["res"] = rule_d11_fda(reg, test, agent)
    return sc


# ---------------------------------------------------------------- multi-item across provisions
def build_multi_cross(c, which):
    if which == "d5_d6":
        sc = new_sc(["d5_entry", "d6_1"], [[DRAFT, "第五条"], [DRAFT, "第六条"]], which)
        st = c.pick(("I", "II", "III"))
        n = c.pick((1, 2))
        sc["facts"].append(d5_row_text(c, c.pick(D5_CLS1_ZH if c.lang == "zh" else D5_CLS1_EN), st, n))
        cls = c.pick(("1", "2"))
        sc["facts"].append(d6_1_text(c, cls, 1))
        sc["res"] = combine([rule_d5_entry(1, st, n), rule_d6_1(cls, 1)])
    elif which == "d6_d6v":
        sc = new_sc(["d6_1", "d6_2"], [[DRAFT, "第六条"]], which)
        cls = c.pick(("1", "2", "firstgeneric"))
        k = c.pick((1, 2, 3))
        sc["facts"].append(d6_1_text(c, cls, 1))
        sc["facts"].append(d6_2_text(c, k))
        sc["res"] = combine([rule_d6_1(cls, 1), rule_d6_2(k)])
    elif which == "lin_lout":
        sc = new_sc(["d11_lin", "d11_lout"], [[DRAFT, "第十一条"]], which)
        n = c.pick((1, 1, 2))
        if c.lang == "zh":
            sc["facts"].append(c.fill(c.pick(("通过License-in引进的{k}品种已经上市", "License-in引进国外技术的{k}产品{this}上市了")), k=cnt_zh(c, n)))
        else:
            sc["facts"].append("{} in-licensed product(s) from abroad are now on the market".format(n))
        usd = lout_value(c, True)
        sc["facts"].append(lout_text(c, usd))
        sc["res"] = combine([rule_d11_lin(n), rule_d11_lout(usd)])
    elif which == "events":
        sc = new_sc(["d16_event"], [[DRAFT, "第十六条"]], which)
        s = SINGLE["d16_event"]
        sc["facts"].append(c.pick(("我们作为市场化主体今年在昌平办了两场活动", "我们是市场化机构，{}在昌平举办了两场产业活动".format(c.tw["this"]))))
        a = s["gen"](c.rng)
        b = s["gen"](c.rng)
        ev = ("生命科学产业峰会", "医药健康投融资对接会", "生物医药产业对接大会", "细胞与基因治疗产业峰会")
        e1, e2 = c.rng.sample(ev, 2)
        sc["facts"].append(c.fill(c.pick(("{e1}实际发生费用{a}，{e2}实际发生费用{b}", "一场是{e1}，实际花了{a}；另一场{e2}，实际花了{b}")),
                                  e1=e1, e2=e2, a=c.amt(a), b=c.amt(b)))
        sc["res"] = combine([rule_d16_event(a), rule_d16_event(b)])
    elif which == "m13_both":
        sc = new_sc(["m13_app", "m13_plat"], [[M2628, "（十三）"]], which)
        sc["facts"].append(c.pick(("我们的技术成果今年首次在海外应用", "我们在海外设立了研发中心")))
        sc["facts"].append(c.pick(("另外我们还在海外设立了孵化器，推动医药技术项目出海", "同时在海外建了创新中心，开展跨国技术转移服务")))
        sc["res"] = combine([rule_m13_app(), rule_m13_platform()])
    elif which == "m5_two":
        sc = new_sc(["m5"], [[M2628, "（五）"]], which)
        while True:
            a = nice(c.rng, 1000 * WAN, 8000 * WAN, 100 * WAN)
            b = nice(c.rng, 1000 * WAN, 8000 * WAN, 100 * WAN)
            if pct(a + b, M5_RATE) < M5_CAP:
                break
        sc["facts"].append(c.fill(c.pick(("我们有两个AI标杆示范场景项目：AI+药物研发项目工程投资总额{a}，AI辅助诊断项目工程投资总额{b}",
                                            "两个示范场景项目，一个AI辅助诊断（工程投资{a}），一个AI药物研发（工程投资{b}）")),
                                  a=c.amt(a), b=c.amt(b)))
        sc["res"] = combine([rule_m5(a), rule_m5(b)])
    else:
        raise ValueError(which)
    sc["intro"] = make_intro(c, GENERIC_TYPES_ZH if c.lang == "zh" else GENERIC_TYPES_EN, False)
    sc["qkind"] = "total"
    return sc


# ---------------------------------------------------------------- unspecified-figure clauses
UNSPEC = OrderedDict([
    ("d5_complete", ([DRAFT, "第五条"], ("我们的{cls}{cd}{last}完成了{st}临床试验（进入{st}时的奖励之前已经拿过了），{st}实际研发投入{x}",
                                     "{cd}是{cls2}，{last}完成了{st}临床，临床研发投入{x}"))),
    ("d5_nonreg", ([DRAFT, "第五条"], ("我们在细胞与基因治疗领域开展了非注册性临床试验，涉及{k}品种", "我们做的CGT非注册性临床试验，有{k}品种"))),
    ("d4", ([DRAFT, "第四条"], ("我们医院和企业合作开展临床科技成果转化早期项目的概念验证", "医企合作做临床成果转化项目的概念验证活动，项目预算{x}"))),
    ("d9", ([DRAFT, "第九条"], ("我们拥有国际领军人才和团队，具有国际原创技术", "公司有国际领军人才团队和国际原创品种，刚落地昌平"))),
    ("d10", ([DRAFT, "第十条"], ("我们有个全球领先的产业化项目，固定资产实际投资{x}（不含房产、土地）", "具有全局引领作用的产业化项目，设备等固定资产投资{x}"))),
    ("d12_2", ([DRAFT, "第十二条"], ("我们获得了国家级重大专项任务支持，实际拿到专项资金{x}，区里配套", "拿到了国家级重大专项，专项资金{x}，想申请区里的配套支持"))),
    ("d14", ([DRAFT, "第十四条"], ("我们是银行，给科创企业发放知识产权质押贷发生了损失，损失本金{x}", "我行向科创企业提供信用贷，出现坏账，本金损失{x}，风险补偿"))),
    ("d15_op", ([DRAFT, "第十五条"], ("我们的检验检测共享服务平台已经投入运营{n}年，服务了{m}家企业", "实验动物共享服务平台已运营，{last}服务企业{m}家"))),
    ("d16_alliance", ([DRAFT, "第十六条"], ("我们牵头组建的产业联盟获得了市级认定，{last}运营费用{x}", "我们牵头的创新联合体获得区级认定，运营补贴"))),
    ("m4", ([M2628, "（四）"], ("我们用智能算力做药物研发，{last}算力费用{x}，算力补贴", "公司使用智能算力训练医药大模型，算力支出{x}"))),
    ("m9", ([M2628, "（九）"], ("我们是投资机构，设立了聚焦细胞与基因治疗的私募股权投资基金，实缴规模{x}", "我们的私募股权基金投脑机接口赛道，实缴{x}"))),
    ("m14", ([M2628, "（十四）"], ("我们公司有位青年拔尖人才纳入了高层次创新创业人才计划", "团队里的青年拔尖人才入选了高层次创新创业人才计划，个人资金支持"))),
])


def build_unspec(c, key):
    cite, tpls = UNSPEC[key]
    sc = new_sc([key], [cite], "unspecified")
    st = c.pick(STAGE_ZH[c.pick(("I", "II", "III"))])
    sc["facts"].append(c.fill(c.pick(tpls), cls=c.pick(D5_CLS1_ZH), cls2=c.pick(("2类生物制品", "2类化学药", "2类中药")),
                              cd=code(c), st=st, x=c.amt(nice(c.rng, 200 * WAN, 8 * YI)), k=cnt_zh(c, c.pick((1, 2, 3))),
                              n=c.rng.randint(1, 5), m=c.rng.randint(20, 300)))
    sc["res"] = _unspec()
    return sc


OOS_ZH = ("明天昌平天气怎么样？会下雨吗", "帮我写一首关于春天的七言绝句", "上海浦东新区对CRO企业有什么补贴政策？能拿多少",
          "深圳南山区对医疗器械企业的租金补贴是多少", "苏州工业园区生物医药企业的人才补贴标准是什么", "推荐几家昌平好吃的餐馆",
          "个人所得税专项附加扣除怎么填？", "杭州余杭区对创新药临床试验有什么奖励", "今天人民币兑美元汇率多少",
          "广州黄埔区的生物医药企业落户奖励有多少", "帮我把这段话翻译成英文：我们是一家CRO", "北京到上海的高铁要多久")
OOS_EN = ("What's the weather in Beijing tomorrow?", "What subsidies does Shanghai Pudong offer to CROs?")


def build_oos(c, idx=None):
    sc = new_sc(["oos"], [], "out_of_scope")
    sc["res"] = OOS
    pool = OOS_ZH if c.lang == "zh" else OOS_EN
    sc["text"] = pool[idx % len(pool)] if idx is not None else c.pick(pool)
    return sc


###############################################################################
# PART 5 — composition, multi-turn, plan, Traditional, validation, output
###############################################################################
def compose(c, sc, with_q=True, greet=True, intro=True):
    if "text" in sc:
        return sc["text"]
    rng = c.rng
    frags = list(sc["facts"])
    rng.shuffle(frags)
    if intro and sc["intro"]:
        if rng.random() < 0.85:
            frags.insert(0, sc["intro"])
        else:
            frags.append(sc["intro"])
    qk = sc["qkind"]
    if c.lang == "zh":
        sep = wchoice(rng, [("，", 10), ("。", 3), ("；", 1), (" ", 3), ("\n", 1)])
        body = sep.join(frags)
        g = rng.choice(GREET_ZH) if greet else ""
        if not frags:
            return g + qtail(rng, rng.choice(Q_ZH[qk]))
        if not with_q:
            return g + body + rng.choice(("", "。"))
        if rng.random() < 0.3:
            return g + rng.choice(Q_ZH_START[qk]) + body + rng.choice(("", "。", ""))
        q = qtail(rng, rng.choice(Q_ZH[qk]))
        joint = sep if sep != " " else rng.choice(("，", " "))
        return g + body + joint + q
    joiner = rng.choice((". ", ". ", "; "))
    sents = [cap1(f) for f in frags] if joiner == ". " else frags
    body = cap1(joiner.join(sents)) + "."
    g = rng.choice(GREET_EN) if greet else ""
    if not with_q:
        return g + body
    if rng.random() < 0.3:
        return g + rng.choice(Q_EN_START[qk]) + body
    return g + body + " " + cap1(rng.choice(Q_EN[qk]))


def qtail(rng, q):
    """question + end punctuation (no 呢/啊 after 吗)."""
    p = rng.choice(Q_END_PUNCT)
    if q.endswith("吗") and p[:1] in ("呢", "啊"):
        p = "？"
    return q + p


MT_PREFIX = ("另外问一下，", "换个问题：", "还有个事，", "再问一个：", "", "顺便问下，")


def expectation(sc):
    r = sc["res"]
    st = r["status"]
    e = OrderedDict()
    e["status"] = list(sc["statuses"] or [st])
    e["cite"] = [list(x) for x in sc["cite"]] if st != "out_of_scope" else []
    if st == "answered":
        e["amount_yuan"] = r["amount"]
        if r["kind"] is not None:
            e["kind"] = r["kind"]
    else:
        e["amount_yuan"] = None
    e["must_include"] = list(sc["inc"])
    e["must_not_include"] = []
    return e


def dispatch(c, rule, mode):
    if rule in SINGLE:
        return build_single(c, rule, mode)
    if rule in CAPONLY:
        return build_caponly(c, rule, mode)
    return {"d5": build_d5, "d6_1": build_d6_1, "d6_2": build_d6_2, "d11_lout": build_d11_lout,
            "d12_output": build_d12_output, "d13": build_d13}[rule](c, mode) if rule != "d11_fda_comp" \
        else build_d11_fda_components(c)


def single_case(c, rule, mode):
    sc = dispatch(c, rule, mode)
    return [compose(c, sc)], sc


# ---------------------------------------------------------------- multi-turn
def mt_later(c, kind):
    if kind in SINGLE:
        s = SINGLE[kind]
        sc = build_single(c, kind, "missing")
        v = s["gen"](c.rng)
        turns = []
        if sc["intro"] and c.rng.random() < 0.45:
            turns.append(c.pick(GREET_ZH) + sc["intro"] + c.pick(("", "，想咨询下政策", "，想问问补贴", "。")))
            turns.append(compose(c, sc, intro=False, greet=False))
        else:
            turns.append(compose(c, sc))
        turns.append(c.fill(c.pick(LATER_ZH), fact=single_fact(c, kind, v), v=c.amt(v)))
        res = s["calc"](v)
        sc["variant"] = "later"
    elif kind == "d5":
        sc = build_d5(c, "missing_stage")
        stage = c.pick(("I", "II", "III"))
        st = c.pick(STAGE_ZH[stage])
        turns = [compose(c, sc), c.fill(c.pick(("确认了，是{st}", "进入的是{st}临床试验", "查了下，{st}", "是{st}。")), st=st)]
        res = rule_d5_entry(1, stage, 1)
        sc["variant"] = "later_stage"
    elif kind == "d6_2":
        sc = build_d6_2(c, "missing")
        k = c.pick((1, 2, 3))
        turns = [compose(c, sc), c.fill(c.pick(("是{k}新兽药", "查了一下，是{k}的", "{k}")), k=c.pick(VET_ZH[k]))]
        res = rule_d6_2(k)
        sc["variant"] = "later_class"
    elif kind == "d13":
        sc = new_sc(["d13"], [[DRAFT, "第十三条"]], "later_3turn")
        rev, a, b = d13_values(c)
        f = d13_facts(c, rev, a, b)
        turns = [c.pick(GREET_ZH) + f[0] + c.pick(("，想咨询研发投入的补贴", "，研发投入有没有支持政策？", "。想问研发补贴")),
                 c.fill("{r}，{g}", r=f[1], g=f[3]),
                 f[2] + "，" + qtail(c.rng, c.pick(Q_ZH["amount"]))]
        res = rule_d13(rev, a, b, True)
    else:
        raise ValueError(kind)
    sc["res"] = res
    return turns, sc


def mt_correct(c, kind):
    if kind in SINGLE:
        s = SINGLE[kind]
        sc = build_single(c, kind, "basic")
        v1 = sc["v"]
        while True:
            v2 = s["gen"](c.rng)
            if s["calc"](v2) != s["calc"](v1):
                break
        turns = [compose(c, sc), c.fill(c.pick(CORRECT_ZH), v=c.amt(v2), v1=c.amt(v1), fact=single_fact(c, kind, v2))]
        sc["res"] = s["calc"](v2)
        sc["variant"] = "correct_value"
    elif kind == "d12_rev_flip":
        sc = build_single(c, "d12_rev", "below")
        v2 = SINGLE["d12_rev"]["gen"](c.rng)
        turns = [compose(c, sc), c.fill(c.pick(("说错了，{fact}，这是第一次突破{T}", "不对不对，{fact}，以前没过过{T}")),
                                        fact=single_fact(c, "d12_rev", v2), T=c.thr(D12_REV_THRESHOLD))]
        sc["res"] = rule_d12_rev(v2)
        sc["variant"] = "correct_flip_to_eligible"
    elif kind == "d5":
        sc = build_d5(c, "basic")
        st1, n = sc["slot"]
        st2 = c.pick([x for x in ("I", "II", "III") if x != st1])
        turns = [compose(c, sc), c.fill(c.pick(("说错了，是进入{b}，不是{a}", "不好意思，应该是{b}临床，刚才写成{a}了", "更正：进入的是{b}")),
                                        a=c.pick(STAGE_ZH[st1]), b=c.pick(STAGE_ZH[st2]))]
        sc["res"] = rule_d5_entry(1, st2, n)
        sc["variant"] = "correct_stage"
    elif kind == "d11_lout_flip":
        up = c.rng.random() < 0.6
        sc = build_d11_lout(c, "inel" if up else "basic")
        sc["inc"] = []
        u2 = lout_value(c, up)
        turns = [compose(c, sc), c.fill(c.pick(("说错了，合同总额是{u}", "更正一下，合同总额其实是{u}", "不对，应该是{u}")), u=c.usd(u2))]
        sc["res"] = rule_d11_lout(u2)
        sc["variant"] = "correct_flip_to_" + ("eligible" if up else "ineligible")
    else:
        raise ValueError(kind)
    return turns, sc


def mt_unrelated(c, kind, a_rule, b_rule):
    sa = dispatch(c, a_rule, "basic")
    t1 = compose(c, sa)
    if kind == "oos":
        sb = build_oos(c, c.pick((1, 3, 5, 6, 8, 11)))
        t2 = c.pick(("对了，", "另外，", "")) + sb["text"]
    else:
        sb = dispatch(c, b_rule, "basic" if kind == "complete" else "missing")
        t2 = c.pick(MT_PREFIX) + compose(c, sb, greet=False)
    sb["variant"] = "unrelated_" + kind
    sb["rules"] = [a_rule + "→"] + sb["rules"]
    return [t1, t2], sb


###############################################################################
# Traditional Chinese (s→t for the characters these templates use; checked at dev time against OpenCC s2tw)
###############################################################################
# phrase exceptions first (checked against OpenCC s2tw; 家制药/一家制药 is 製藥 although OpenCC segments it as 家制)
TRAD_PHRASES = (("制度", "制度"), ("批准", "批准"), ("里程", "里程"), ("汇总", "彙總"))
_SIMP = ("万与专业东两个临为丽举么书于产亩亿从们会体余偿兑关兽内册写军决况净准几划刚创别制办务动励区医单卖厂历叁参发台号"
         "后吗听启员咨团园国场坏块坛备头奖学实宠审宾对层属币师帮并广应开张当征径总户托扩报担拥损换据数断无时暂术机权条来构标"
         "样档检欧气汇没注测润涨满滨牵独猪现电疗着确种积税筛筹签类级纳练组细织终经结给绝统续编缴网联脑苏范荐药获营虑补见观规"
         "计认讨训议记许论设证识诊译试话询该说请谈谢负财账质贰贴贷费资赛赞车转辅边达迁过运还这进连选里钱铁银销错长问间队阶"
         "际陆险顶项顺预领题额风馆驻验黄龙")
_TRAD = ("萬與專業東兩個臨為麗舉麼書於產畝億從們會體餘償兌關獸內冊寫軍決況淨準幾劃剛創別製辦務動勵區醫單賣廠歷叄參發臺號"
         "後嗎聽啟員諮團園國場壞塊壇備頭獎學實寵審賓對層屬幣師幫並廣應開張當徵徑總戶託擴報擔擁損換據數斷無時暫術機權條來構標"
         "樣檔檢歐氣匯沒註測潤漲滿濱牽獨豬現電療著確種積稅篩籌簽類級納練組細織終經結給絕統續編繳網聯腦蘇範薦藥獲營慮補見觀規"
         "計認討訓議記許論設證識診譯試話詢該說請談謝負財賬質貳貼貸費資賽贊車轉輔邊達遷過運還這進連選裡錢鐵銀銷錯長問間隊階"
         "際陸險頂項順預領題額風館駐驗黃龍")
assert len(_SIMP) == len(_TRAD) == len(set(_SIMP))
TRAD_CHARS = dict(zip(_SIMP, _TRAD))


def to_trad(s):
    out, i = [], 0
    while i < len(s):
        for a, b in TRAD_PHRASES:
            if s.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(TRAD_CHARS.get(s[i], s[i]))
            i += 1
    return "".join(out)


###############################################################################
# plan
###############################################################################
BASIC_RULES = list(SINGLE) + list(CAPONLY) + ["d5", "d6_1", "d6_2", "d11_lout", "d12_output", "d13", "d11_fda_comp"]
DISTRACTOR_RULES = list(SINGLE) + ["d5", "d6_1", "d6_2", "d11_lout", "d12_output", "d13", "m7", "m12_rd"]
MISSING = [(r, "missing") for r in SINGLE if SINGLE[r]["uncapped"]] + \
          [("d5", "missing_stage"), ("d5", "missing_class"), ("d5", "missing_count"), ("d6_2", "missing"),
           ("d12_output", "missing"), ("d13", "missing")]
RANGE = [(r, "range") for r in SINGLE] + [("d11_lout", "range"), ("d12_output", "range"), ("d13", "range")]
NEG = [(r, "negative") for r in SINGLE if SINGLE[r]["uncapped"]]
ABSURD = [("d15_service", "absurd"), ("d8_sales", "absurd"), ("d16_event", "absurd")]
CONFLICT = [(r, "conflict") for r in SINGLE]
BEYOND = [(r, "range_beyond") for r in SINGLE if not SINGLE[r]["uncapped"]]
INEL = ([(r, "outside") for r in ("d15_service", "d8_sales", "d16_event", "m5", "m13_app", "d12_rev", "m7")] +
        [("d15_service", "inel_years")] * 4 +
        [("d13", "inel_rev")] * 3 + [("d13", "inel_rd")] * 3 + [("d13", "inel_growth")] * 2 + [("d13", "inel_years")] +
        [("d12_rev", "below")] * 3 + [("d12_rev", "inel_notfirst")] * 3 +
        [("d12_output", "inel_below")] * 2 + [("d12_output", "inel_notier")] * 3 +
        [("d11_lout", "inel")] * 4 + [("d11_lin", "inel")] * 2 + [("d6_1", "inel")] * 3 + [("d6_2", "inel")] * 3 +
        [("d5", "inel_class")] * 2)
MULTI = ([("d5", "multi")] * 8 + [("d5", "cap")] * 3 + [("d6_1", "multi")] * 5 + [("x", "d6_d6v")] * 3 +
         [("x", "d5_d6")] * 5 + [("d12_output", "multi")] * 5 + [("x", "lin_lout")] * 4 + [("x", "events")] * 3 +
         [("x", "m13_both")] * 2 + [("x", "m5_two")] * 2)
LATER = [k for k in SINGLE] + [k for k in SINGLE if SINGLE[k]["uncapped"]] + ["d5"] * 3 + ["d6_2"] * 3 + ["d13"] * 4
CORRECT = [k for k in SINGLE] + [k for k in SINGLE if SINGLE[k]["uncapped"]][:6] + ["d5"] * 4 + \
          ["d11_lout_flip"] * 3 + ["d12_rev_flip"] * 3
UNREL_A = ["d15_service", "d8_sales", "d5", "d12_output", "m5", "d13", "d6_1", "m7", "d11_lout", "d15_platform", "d16_event"]
UNREL_B_COMPLETE = ["d8_entrust", "d6_2", "m11", "d12_rev", "m13_app", "d11_fda", "d5", "d15_service", "m12_rd", "d8_cmo"]
UNREL_B_MISSING = ["d8_sales", "d15_service", "d16_event", "d8_cmo", "d12_rev", "d11_fda", "d8_entrust"]


def cyc(seq, n):
    return [seq[i % len(seq)] for i in range(n)]


def build_plan():
    P = []
    P += [("basic", "zh", ("rule", r, "basic")) for r in cyc(BASIC_RULES, 134)]
    P += [("distractor", "zh", ("rule", r, "distractor")) for r in cyc(DISTRACTOR_RULES, 70)]
    P += [("needs_info", "zh", ("rule",) + x) for x in cyc(MISSING, 18) + cyc(RANGE, 14) + cyc(NEG, 7) + ABSURD + cyc(CONFLICT, 13)]
    P += [("range_beyond_cap", "zh", ("rule",) + x) for x in cyc(BEYOND, 6)]
    P += [("ineligible", "zh", ("rule",) + x) for x in INEL]
    P += [("multi_item", "zh", ("multi",) + x) for x in MULTI]
    P += [("multi_turn", "zh", ("later", k)) for k in cyc(LATER, 26)]
    P += [("multi_turn", "zh", ("correct", k)) for k in cyc(CORRECT, 26)]
    unrel = []
    for i in range(23):
        a = UNREL_A[i % len(UNREL_A)]
        if i % 23 < 10:
            unrel.append(("unrel", "complete", a, [b for b in UNREL_B_COMPLETE if b != a][i % 9]))
        elif i < 17:
            unrel.append(("unrel", "missing", a, [b for b in UNREL_B_MISSING if b != a][i % 6]))
        else:
            unrel.append(("unrel", "oos", a, None))
    P += [("multi_turn", "zh", u) for u in unrel]
    trad_src = cyc(BASIC_RULES[1::2] + BASIC_RULES[0::2], 15)
    P += [("traditional", "zh-Hant", ("rule", r, "basic")) for r in trad_src]
    P += [("traditional", "zh-Hant", ("rule", r, "distractor")) for r in ("d15_service", "d12_output", "d13", "d5")]
    P += [("traditional", "zh-Hant", ("rule",) + x) for x in (("d11_lout", "inel"), ("d13", "inel_rev"), ("d6_2", "inel"))]
    P += [("traditional", "zh-Hant", ("rule",) + x) for x in (("d15_service", "missing"), ("m5", "range"), ("d8_sales", "conflict"))]
    P += [("english", "en", ("rule", r, "basic")) for r in cyc(BASIC_RULES[3:] + BASIC_RULES[:3], 18)]
    P += [("english", "en", ("rule", r, "distractor")) for r in ("d15_service", "d13", "d5", "d8_sales", "m5")]
    P += [("english", "en", ("rule",) + x) for x in (("d15_service", "missing"), ("d12_rev", "range"), ("d15_platform", "conflict"),
                                                      ("d16_event", "negative"))]
    P += [("english", "en", ("rule",) + x) for x in (("d11_lout", "inel"), ("d13", "inel_rd"), ("d15_service", "outside"))]
    P += [("unspecified", "zh", ("unspec", k)) for k in cyc(list(UNSPEC), 14)]
    P += [("out_of_scope", "zh", ("oos", i)) for i in (0, 2, 4, 7, 9, 10)]
    assert len(P) == N_TARGET, len(P)
    return P


def run_item(c, item):
    k = item[0]
    if k == "rule":
        return single_case(c, item[1], item[2])
    if k == "multi":
        if item[1] == "x":
            sc = build_multi_cross(c, item[2])
        else:
            sc = dispatch(c, item[1], item[2])
        return [compose(c, sc)], sc
    if k == "later":
        return mt_later(c, item[1])
    if k == "correct":
        return mt_correct(c, item[1])
    if k == "unrel":
        return mt_unrelated(c, item[1], item[2], item[3])
    if k == "unspec":
        sc = build_unspec(c, item[1])
        return [compose(c, sc)], sc
    if k == "oos":
        sc = build_oos(c, item[1])
        return [sc["text"]], sc
    raise ValueError(item)


def generate():
    master = random.Random(SEED)
    plan = build_plan()
    master.shuffle(plan)
    cases = []
    for i, (tag, lang, item) in enumerate(plan, 1):
        rng = random.Random("%d/%d/%r" % (SEED, i, item))
        c = Ctx(rng, "en" if lang == "en" else "zh")
        turns, sc = run_item(c, item)
        if lang == "zh-Hant":
            turns = [to_trad(t) for t in turns]
        if (tag == "basic" and lang == "zh" and sc["res"]["status"] == "answered" and sc["res"]["amount"]
                and sc["res"]["amount"] % WAN == 0 and sc["res"]["amount"] < 1000 * WAN and rng.random() < 0.15):
            sc["inc"] = ["%d万" % (sc["res"]["amount"] // WAN)]
        if lang != "zh":
            sc["inc"] = []            # must_include strings are written in Simplified Chinese
        case = OrderedDict()
        case["id"] = "p8-%03d" % i
        case["tag"] = tag
        case["turns"] = turns
        case["expect"] = expectation(sc)
        case["meta"] = OrderedDict([("lang", lang), ("rules", sc["rules"]), ("variant", sc["variant"]),
                                    ("distractors", sc["dist"]), ("amount_forms", c.styles)])
        cases.append(case)
    return cases


###############################################################################
# validation
###############################################################################
STATUSES = {"answered", "ineligible", "needs_info", "out_of_scope"}
KINDS = {"fixed", "upper_bound", "unspecified"}


def policy_articles():
    arts = {}
    with open(os.path.join(POLICY_DIR, DRAFT + ".txt"), encoding="utf-8") as f:
        arts[DRAFT] = set(re.findall(r"^(第[一二三四五六七八九十]+条)", f.read(), re.M))
    with open(os.path.join(POLICY_DIR, M2628 + ".txt"), encoding="utf-8") as f:
        arts[M2628] = {"（%s）" % x for x in re.findall(r"^[(（]([一二三四五六七八九十]+)[)）]", f.read(), re.M)}
    assert len(arts[DRAFT]) == 18 and len(arts[M2628]) == 17, {k: len(v) for k, v in arts.items()}
    return arts


def validate(text):
    arts = policy_articles()
    simp_only = {k for k, v in TRAD_CHARS.items() if k != v} - {ch for a, b in TRAD_PHRASES for ch in b}
    lines = text.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == N_TARGET
    seen = []
    for n, line in enumerate(lines[:-1], 1):
        case = json.loads(line)
        assert case["id"] == "p8-%03d" % n, case["id"]
        seen.append(case["id"])
        t = case["turns"]
        assert isinstance(t, list) and 1 <= len(t) <= 3 and all(isinstance(x, str) and x.strip() for x in t)
        e = case["expect"]
        assert isinstance(e["status"], list) and e["status"] and set(e["status"]) <= STATUSES
        if "kind" in e:
            assert e["kind"] in KINDS
        a = e.get("amount_yuan")
        assert a is None or (isinstance(a, int) and not isinstance(a, bool) and a > 0)
        if e.get("kind") == "unspecified":
            assert a is None
        if a is not None:
            assert e["status"] == ["answered"]
        if e["status"] != ["answered"]:
            assert a is None and "kind" not in e
        for pair in e["cite"]:
            assert len(pair) == 2 and pair[0] in arts and pair[1] in arts[pair[0]], pair
        assert all(isinstance(x, str) for x in e["must_include"] + e["must_not_include"])
        if case["meta"]["lang"] == "zh-Hant":
            bad = [ch for ch in "".join(t) if ch in simp_only]
            assert not bad, (case["id"], bad)
    assert len(set(seen)) == N_TARGET


###############################################################################
# README
###############################################################################
def readme(cases):
    tags = Counter(c["tag"] for c in cases)
    stat = Counter("/".join(c["expect"]["status"]) for c in cases)
    kinds = Counter(c["expect"].get("kind", "(absent: not answered, or 第五条 cap binding)") for c in cases)
    langs = Counter(c["meta"]["lang"] for c in cases)
    turns = Counter(len(c["turns"]) for c in cases)
    rules = Counter(r for c in cases for r in c["meta"]["rules"] if not r.endswith("→"))
    forms = Counter(s for c in cases for s in c["meta"]["amount_forms"])
    dists = Counter(d for c in cases for d in c["meta"]["distractors"])
    cites = Counter("%s %s" % tuple(p) for c in cases for p in c["expect"]["cite"])
    inc = sum(1 for c in cases if c["expect"]["must_include"])
    tag_stat = Counter((c["tag"], "/".join(c["expect"]["status"])) for c in cases)

    def table(counter, head):
        rows = ["| %s | count |" % head, "| --- | ---: |"]
        rows += ["| %s | %d |" % (k, v) for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))]
        return "\n".join(rows)

    ts = ["| tag | expected status | count |", "| --- | --- | ---: |"]
    ts += ["| %s | %s | %d |" % (k[0], k[1], v) for k, v in sorted(tag_stat.items())]
    return README_TEMPLATE.format(
        n=len(cases), seed=SEED,
        tags=table(tags, "tag"), status=table(stat, "expected status (accepted list)"),
        tag_status="\n".join(ts), kinds=table(kinds, "kind"), langs=table(langs, "language"),
        turns=table(turns, "turns"), rules=table(rules, "rule (meta.rules)"), forms=table(forms, "amount surface form (every figure rendered, incl. distractors and thresholds)"),
        dists=table(dists, "distractor kind"), cites=table(cites, "cite pair"), inc=inc)


README_TEMPLATE = """# probe8 — held-out eval set (generated variety of phrasing)

`cases.jsonl` holds {n} eval cases (`p8-001` … `p8-{n:03d}`) in the eval-case format of
`/work/shared/CONTRACT.md`.  They were written only from the contract and the two policy texts in
`/work/shared/policies/`; no project code, test or other test set was read, and the assistant was
not run.

Regenerate with `python3 make_cases.py` (standard library only, `SEED = {seed}`).  The script
writes `cases.jsonl` and this README, validates the file, and checks that a second in-process
generation is byte-identical.

## How it was built

1. **Reference rules by hand (PART 1 of the script).**  Every clause of both texts that states a
   figure has constants in integer yuan and one function: 第五条（一）entry awards + 1亿/企业/年 cap,
   第六条（一）（二）, 第八条（一）both rates and（二）2‰, 第十一条（一）30% of the three fee items,
   第十一条（二）License-in 100万 / License-out 50万 over 1亿美元, 第十二条（一）2‰ over 5亿 first time,
   第十二条（三）five tiers, 第十三条 (all four conditions + 3-year limit), 第十五条（一）20% + 3-year
   limit,（二）30% capped 3000万, 第十六条（三）20%; and of the 2026-2028 measures（五）30%/5000万,
   （七）2000万,（十一）50%/3000万,（十二）1000万/300万/300万,（十三）200万/300万.  `pct()` asserts that
   every percentage is whole yuan, `_capped()` and the threshold rules assert that no value sits
   exactly on a cap, tier or threshold, and every ineligible scenario asserts that its rule refuses.
   Every `amount_yuan` is the return value of those functions, fed with the same slot values that
   were rendered into the user's words; no amount is typed into a case.
2. **Messages are composed from fragments in random order**: optional greeting, optional company
   intro (type, location, ownership), fact clauses (several wordings each, figure before or after
   the noun, 去年 / 2025年 / 上一年度 / 2025年度 / 上年), optional distractors, and a question form at
   the start or end (能拿多少 / 最多补多少 / 有补贴吗 / 可以申请多少钱 / How much can we get? …), joined
   with commas, full stops, spaces or new lines.
3. **Amount surface forms**: 600万 / 600万元 / 6000000元 / 6,000,000元 / 六百万 / 一亿二千五百万 /
   3亿2千万 / 1亿零500万 / 1.25亿 / 3200w / 3.2个亿 / 8千5百万 / 600万块 / 叁仟贰佰万元 (rare) /
   "600到800万" ranges; English RMB 6 million, 6m yuan, 125 million yuan, CNY 6,000,000, 650k yuan;
   USD for License-out (1.2亿美元, 12000万美金, $120 million).  Traditional cases convert the whole
   message (萬, 類, 臨床, 銷售 …) with a character table checked against OpenCC s2tw while writing.
4. **Variants**: distractors that must not move the answer (employees, founding year, registered
   capital, an award for another project/place/year, a rate the user claims, a figure of another kind,
   a second company's figure); ask-backs (deciding figure missing, a range that straddles a cap / tier
   / threshold, negative or absurd values, two conflicting values); a few ranges lying wholly above a
   cap, which *are* answerable (tag `range_beyond_cap`); ineligible (below threshold, not first time,
   already supported three years, not industrialised, not launched, 四/五类新兽药, 3–5类化学药 for the
   entry award, outside Changping); multi-item (several varieties/stages/classes priced row by row
   and summed, the 第五条 1亿 cap applied after the sum); multi-turn (fact given later, corrections,
   an unrelated second question that must not inherit the first rule).
5. **Validation** at the end of the script: every line parses, ids are in order, statuses and kinds
   come from the contract, `amount_yuan` is an int or null, every cite names a known doc_id and an
   article found in that text, Traditional messages contain no simplified-only character of the
   table.

Extra field `meta` (ignored by the harness) records language, rules, variant, distractor kinds and
the amount surface forms used.

## Expectation conventions

* answered cases give `amount_yuan` and `kind`; `kind` is `upper_bound` for 最高/不超过/rate-with-cap,
  `fixed` for named sums (进入Ⅱ期 100万, tiers) **and for plain rates without 不超过** (第八条（二）2‰,
  第十二条（一）2‰), `unspecified` (amount null) for 一定比例 / 定额 without a number.
* multi-item totals: `kind` is `upper_bound` if any part is; when the 第五条 1亿 cap binds, `kind`
  is left out (not checked) — see ambiguities.
* needs_info / ineligible / out_of_scope: `amount_yuan: null`; `cite` names the clause whose figure or
  condition is at stake (empty for out-of-scope and for the outside-Changping cases).  For needs_info
  this is a judgement call: the user's words always identify the provision, so an ask-back that does
  not cite it fails the case.
* multi-turn: every turn goes to one session; the expectation is for the last answer only.  In
  "unrelated" cases the last turn is self-contained and must be answered by its own rule (or asked
  back / refused as out of scope), never with the first turn's figure or rule.
* `must_include` is used in {inc} cases only: the condition figure for some ineligible cases
  (`1亿美元`, `5亿`, `3000万`) and the amount as `N万` for a few basic cases under 1000万.

## Counts

{tags}

{status}

### tag × expected status

{tag_status}

{kinds}

{langs}

{turns}

{rules}

{cites}

{forms}

{dists}

## Places where the texts are ambiguous (and what the set does)

* **第五条（一）2类 entering a phase**: 2类 are referred only to the *completion* standard (一定比例), so
  an entry award for 2类 is unclear — no such case.  2类 completion appears only as `unspecified`.
* **第五条（一）cap when it binds**: the rows are fixed sums but the total is "不超过1亿"; `amount_yuan`
  is 100000000 and `kind` is not checked (3 cases).
* **第十二条（三）several tiers first broken in one year** (e.g. 3000万 → 1.2亿): cumulative or highest
  tier is not stated — never generated (the rule asserts it).  Tier cases always say which tier was
  broken for the first time and that the lower tier was passed before.
* **第十二条（三）/ 第十二条（一）"首次"** when the user gives no history — not generated; the words always
  carry "首次 / 第一次 / 以前从没".
* **第十三条 "连续三年正增长"** needs more years than the two figures the clause uses; cases state the
  growth in words instead of giving year-by-year numbers.  "上两年研发投入总额" is read as the last two
  years (上一年度 + the year before), and the 10% is of 上一年度 R&D only.
* **Plain rates (2‰) as `fixed`**: the contract's `upper_bound` names 最高 / 不超过 / rate capped by a
  sum; a bare rate is none of those, so it is treated as a named sum.  An implementation reading it
  as `upper_bound` will fail those cases (about 5% of the set).
* **Location**: neither text states a registration condition in so many words; outside-Changping
  cases accept `ineligible` or `out_of_scope` and cite nothing.
* **Overlaps between documents** are avoided in wording: 国际学术研讨会议 cases name the 2026-2028
  measures (the draft's 第十六条（三）20% of event cost could also apply); 第十六条（三）cases use
  industry summits/matchmaking events, not 学术研讨会议; CRO cases use 实际服务金额 (2026（七）is a
  different 科技服务业 clause); platforms and AI projects are worded for 第十五条（二）/（五）.  Per-item
  caps that could be read per company (two platforms under 第十五条（二）) are not generated; two AI
  projects are only generated when even their sum stays under 5000万.
* **第十一条（一）"含"** may or may not be exhaustive, so no cost outside the three named items is used.
* **License-out threshold is in USD**: cases give USD only; no currency conversion is needed.
* **Draft status**: the 征求意见稿 is not in force; cases still expect `answered` with the draft's
  figure (as the contract's own example does).
"""


def main():
    cases = generate()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    again = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in generate())
    assert text == again, "generation is not deterministic"
    validate(text)
    with open(OUT_CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %s (%d cases)" % (OUT_CASES, len(cases)))
    for name, ctr in (("tag", Counter(c["tag"] for c in cases)),
                      ("status", Counter("/".join(c["expect"]["status"]) for c in cases)),
                      ("kind", Counter(c["expect"].get("kind", "-") for c in cases)),
                      ("lang", Counter(c["meta"]["lang"] for c in cases)),
                      ("turns", Counter(len(c["turns"]) for c in cases))):
        print(name + ":", ", ".join("%s=%d" % kv for kv in sorted(ctr.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
