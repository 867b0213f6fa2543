#!/usr/bin/env python3
"""Seeded generator for the probe9 held-out eval set (policy-QA assistant).

Standard library only.  Writes cases.jsonl and README.md next to this file.
Built only from /work/shared/CONTRACT.md and the two policy texts in
/work/shared/policies/.  Two runs give byte-identical output.

    python3 make_cases.py
"""
import json
import os
import random

SEED = 9020426
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_CASES = os.path.join(HERE, "cases.jsonl")
OUT_README = os.path.join(HERE, "README.md")
POLICY_DIR = "/work/shared/policies"

R = random.Random(SEED)

# =============================================================================
# 1. Reference rules, written by hand from the two texts (integer yuan).
#    Every expected amount in the set is produced by one of these functions.
# =============================================================================
WAN = 10_000
YI = 100_000_000
DRAFT = "changping-zone-draft"      # 征求意见稿, not yet in force
MEAS = "changping-2026-2028"        # 若干措施, 2026-02-04 .. 2028-12-31

DRAFT_ARTICLES = ["第%s条" % n for n in (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    "十三", "十四", "十五", "十六", "十七", "十八")]
MEAS_ARTICLES = ["（%s）" % n for n in (
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    "十三", "十四", "十五", "十六", "十七")]
KNOWN_ARTICLES = {DRAFT: DRAFT_ARTICLES, MEAS: MEAS_ARTICLES}


def pct(base, num, den):
    """base * num / den, asserting the result is whole yuan."""
    assert isinstance(base, int) and base > 0
    assert base * num % den == 0, ("not whole yuan", base, num, den)
    return base * num // den


def _ok(rule_id, amount, kind, cite):
    assert isinstance(amount, int) and amount > 0
    assert kind in ("fixed", "upper_bound")
    return {"status": "answered", "rule_id": rule_id, "amount": amount,
            "kind": kind, "cite": [cite], "condition": None}


def _inel(rule_id, cite, condition):
    return {"status": "ineligible", "rule_id": rule_id, "amount": None,
            "kind": None, "cite": [cite], "condition": condition}


def _unspec(rule_id, cite):
    return {"status": "answered", "rule_id": rule_id, "amount": None,
            "kind": "unspecified", "cite": [cite], "condition": None}


# --- 征求意见稿 第五条（一）: 1类 进入Ⅰ/Ⅱ/Ⅲ期 每品种 50/100/200万 (fixed);
#     完成各期 "一定比例" (unspecified); 每企业每年 ≤1亿.
D5_CLASS1 = ("1bio", "1chem", "1tcm")
D5_CLASS2 = ("2bio", "2chem", "2tcm")
D5_ENTRY_AWARD = {1: 50 * WAN, 2: 100 * WAN, 3: 200 * WAN}
D5_CAP_PER_ENTERPRISE_YEAR = 1 * YI


def rule_d5_entry(items):
    """items: [(drug_class, stage, varieties)] entering a clinical stage."""
    total = 0
    for cls, stage, cnt in items:
        if cls not in D5_CLASS1:
            return _inel("D5-1-entry", (DRAFT, "第五条"), "1类")
        total += D5_ENTRY_AWARD[stage] * cnt
    assert total < D5_CAP_PER_ENTERPRISE_YEAR   # the cap never binds here
    return _ok("D5-1-entry", total, "fixed", (DRAFT, "第五条"))


def rule_d5_complete(cls, stage):
    """完成Ⅰ/Ⅱ/Ⅲ期: 结合实际临床研发投入 一定比例 -> no figure."""
    assert cls in D5_CLASS1 and stage in (1, 2, 3)
    return _unspec("D5-1-complete", (DRAFT, "第五条"))


# --- 第六条（一）: 1类 单品种最高1000万; 2类 择优最高500万; 重大改良型新药/首仿药 参照1类.
#     condition: 获得药品注册证书 且 实施产业化.
D6_CAP = {"1bio": 1000 * WAN, "1chem": 1000 * WAN, "1tcm": 1000 * WAN,
          "2bio": 500 * WAN, "2chem": 500 * WAN, "2tcm": 500 * WAN,
          "major": 1000 * WAN, "firstgen": 1000 * WAN}


def rule_d6_listing(items, industrialized=True):
    if not industrialized:
        return _inel("D6-1-listing", (DRAFT, "第六条"), "产业化")
    total = sum(D6_CAP[c] * n for c, n in items)
    return _ok("D6-1-listing", total, "upper_bound", (DRAFT, "第六条"))


# --- 第六条（二）: 一/二/三类新兽药 单品种最高 300/200/100万.
D6_VET_CAP = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}


def rule_d6_vet(items):
    total = 0
    for vcls, n in items:
        if vcls not in D6_VET_CAP:
            return _inel("D6-2-vet", (DRAFT, "第六条"), "三类")
        total += D6_VET_CAP[vcls] * n
    return _ok("D6-2-vet", total, "upper_bound", (DRAFT, "第六条"))


# --- 第八条（一）: 委托生产 ≤ 实际交易额10%; 按MAH制度承担生产 ≤ 实际投入20%.
def rule_d8_commission(trade):
    return _ok("D8-1-commission", pct(trade, 10, 100), "upper_bound", (DRAFT, "第八条"))


def rule_d8_mah_mfg(invest):
    return _ok("D8-1-mah-mfg", pct(invest, 20, 100), "upper_bound", (DRAFT, "第八条"))


# --- 第八条（二）: 销售平台型企业 按年度销售收入 2‰ (no ceiling word -> fixed).
def rule_d8_sales(revenue):
    return _ok("D8-2-sales", pct(revenue, 2, 1000), "fixed", (DRAFT, "第八条"))


# --- 第十一条（一）: FDA/EMA 等新认证 ≤ 实际注册费用(海外注册费+检测费+当地代理费) 30%.
def rule_d11_intl_reg(fees):
    return _ok("D11-1-intl-reg", pct(sum(fees), 30, 100), "upper_bound", (DRAFT, "第十一条"))


# --- 第十一条（二）: License-in 产品上市后 单品种最高100万;
#     License-out 合同总额超过1亿美元 单品种最高50万.
D11_LIC_IN_CAP = 100 * WAN
D11_LIC_OUT_CAP = 50 * WAN
D11_LIC_OUT_MIN_USD = 1 * YI


def rule_d11_lic_in(n, listed):
    if not listed:
        return _inel("D11-2-lic-in", (DRAFT, "第十一条"), "上市")
    return _ok("D11-2-lic-in", D11_LIC_IN_CAP * n, "upper_bound", (DRAFT, "第十一条"))


def rule_d11_lic_out(n, contract_usd):
    assert contract_usd != D11_LIC_OUT_MIN_USD
    if contract_usd < D11_LIC_OUT_MIN_USD:
        return _inel("D11-2-lic-out", (DRAFT, "第十一条"), "1亿美元")
    return _ok("D11-2-lic-out", D11_LIC_OUT_CAP * n, "upper_bound", (DRAFT, "第十一条"))


# --- 第十二条（一）: 年度主营业务收入首次突破5亿元（含）: 主营业务收入 2‰ (fixed).
D12_REV_MIN = 5 * YI


def rule_d12_revenue(revenue, prev_max):
    assert revenue != D12_REV_MIN and prev_max != D12_REV_MIN
    if revenue < D12_REV_MIN:
        return _inel("D12-1-revenue", (DRAFT, "第十二条"), "5亿")
    if prev_max > D12_REV_MIN:
        return _inel("D12-1-revenue", (DRAFT, "第十二条"), "首次")
    return _ok("D12-1-revenue", pct(revenue, 2, 1000), "fixed", (DRAFT, "第十二条"))


# --- 第十二条（三）: 单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿: 20/40/200/500/1000万.
D12_TIERS = ((5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
             (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN))
D12_THRESHOLDS = tuple(t for t, _ in D12_TIERS)


def rule_d12_output(items):
    """items: [(last_year_output, this_year_output)] per variety.  Only one
    tier may be newly crossed per variety (crossing several tiers at once is
    ambiguous in the text and is never generated)."""
    total = 0
    for prev, cur in items:
        assert cur not in D12_THRESHOLDS and prev not in D12_THRESHOLDS and prev < cur
        newly = [award for th, award in D12_TIERS if prev < th < cur]
        if not newly:
            assert cur < D12_THRESHOLDS[0]
            return _inel("D12-3-output", (DRAFT, "第十二条"), "5000万")
        assert len(newly) == 1
        total += newly[0]
    return _ok("D12-3-output", total, "fixed", (DRAFT, "第十二条"))


def tier_index(value):
    k = -1
    for i, th in enumerate(D12_THRESHOLDS):
        if value > th:
            k = i
    return k


# --- 第十三条: 上一年度营业收入不足3000万、上两年研发投入总额达1000万以上、连续三年
#     研发投入正增长的中小微企业: ≤ 上一年度研发投入10%, 累计不超过三年.
D13_REV_MAX = 3000 * WAN
D13_RD2_MIN = 1000 * WAN
D13_MAX_YEARS = 3


def rule_d13(revenue, rd_last, rd_prev, growth3=True, years_supported=0):
    assert revenue != D13_REV_MAX and rd_last + rd_prev != D13_RD2_MIN
    if revenue > D13_REV_MAX:
        return _inel("D13-rd", (DRAFT, "第十三条"), "3000万")
    if rd_last + rd_prev < D13_RD2_MIN:
        return _inel("D13-rd", (DRAFT, "第十三条"), "1000万")
    if not growth3:
        return _inel("D13-rd", (DRAFT, "第十三条"), "增长")
    if years_supported >= D13_MAX_YEARS:
        return _inel("D13-rd", (DRAFT, "第十三条"), "三年")
    return _ok("D13-rd", pct(rd_last, 10, 100), "upper_bound", (DRAFT, "第十三条"))


# --- 第十五条（一）: CRO/CDMO/CMO ≤ 年度实际服务金额20%, 累计不超过三年.
D15_MAX_YEARS = 3


def rule_d15_outsourcing(service_amount, years_supported=0):
    if years_supported >= D15_MAX_YEARS:
        return _inel("D15-1-outsourcing", (DRAFT, "第十五条"), "三年")
    return _ok("D15-1-outsourcing", pct(service_amount, 20, 100), "upper_bound", (DRAFT, "第十五条"))


# --- 第十五条（二）: 共享服务平台 ≤ 建设实际投入30%, 最高3000万; 运营平台 择优 一定奖励.
D15_2_CAP = 3000 * WAN


def rule_d15_platform(invest):
    a = pct(invest, 30, 100)
    assert a != D15_2_CAP
    return _ok("D15-2-platform", min(a, D15_2_CAP), "upper_bound", (DRAFT, "第十五条"))


# --- 第十六条（三）: 市场化主体举办高品质活动 ≤ 活动实际发生费用20%.
def rule_d16_event(cost):
    return _ok("D16-3-event", pct(cost, 20, 100), "upper_bound", (DRAFT, "第十六条"))


# --- 若干措施（五）: AI+示范场景 ≤ 项目工程投资总额30%, 最高5000万.
M5_CAP = 5000 * WAN


def rule_m5(invest):
    a = pct(invest, 30, 100)
    assert a != M5_CAP
    return _ok("M5-ai-demo", min(a, M5_CAP), "upper_bound", (MEAS, "（五）"))


# --- （七）: 科技服务业企业效能提升 不超过2000万.
M7_CAP = 2000 * WAN


def rule_m7():
    return _ok("M7-service", M7_CAP, "upper_bound", (MEAS, "（七）"))


# --- （十一）: 园区运营管理 ≤ 项目投资总额50%, 最高3000万.
M11_CAP = 3000 * WAN


def rule_m11(invest):
    a = pct(invest, 50, 100)
    assert a != M11_CAP
    return _ok("M11-park", min(a, M11_CAP), "upper_bound", (MEAS, "（十一）"))


# --- （十二）: 外资研发中心 ≤1000万; 国际科研机构 ≤300万; 国际学术研讨会议 ≤300万.
M12_FOREIGN_RD_CAP = 1000 * WAN
M12_INTL_INST_CAP = 300 * WAN
M12_CONF_CAP = 300 * WAN


def rule_m12_foreign_rd(is_foreign=True):
    if not is_foreign:
        return _inel("M12-foreign-rd", (MEAS, "（十二）"), "外资")
    return _ok("M12-foreign-rd", M12_FOREIGN_RD_CAP, "upper_bound", (MEAS, "（十二）"))


def rule_m12_intl_inst():
    return _ok("M12-intl-inst", M12_INTL_INST_CAP, "upper_bound", (MEAS, "（十二）"))


def rule_m12_conf():
    return _ok("M12-conference", M12_CONF_CAP, "upper_bound", (MEAS, "（十二）"))


# --- （十三）: 技术成果首次海外应用/设立海外研发中心 ≤200万; 海外平台载体/跨国技术转移 分档 ≤300万.
M13_OVERSEAS_CAP = 200 * WAN
M13_PLATFORM_CAP = 300 * WAN


def rule_m13_overseas():
    return _ok("M13-overseas", M13_OVERSEAS_CAP, "upper_bound", (MEAS, "（十三）"))


def rule_m13_platform():
    return _ok("M13-platform", M13_PLATFORM_CAP, "upper_bound", (MEAS, "（十三）"))


# --- clauses that grant support but name no figure (kind "unspecified").
UNSPEC = {
    "D4-1-concept": (DRAFT, "第四条"),      # 每年定额安排概念验证资金
    "D4-2-ai": (DRAFT, "第四条"),           # 每个项目给予一定资金支持
    "D9-talent-team": (DRAFT, "第九条"),
    "D10-fixed-asset": (DRAFT, "第十条"),   # 固定资产实际投资额 一定比例
    "D12-2-matching": (DRAFT, "第十二条"),  # 实际获得专项资金 一定比例 配套
    "D14-3-risk": (DRAFT, "第十四条"),      # 损失本金 一定比例 风险补偿
    "D15-2-operating": (DRAFT, "第十五条"), # 已运营平台 择优 一定资金奖励
    "D16-3-alliance": (DRAFT, "第十六条"),  # 产业联盟 一定比例运营补贴
    "M1-platform": (MEAS, "（一）"),
    "M4-compute": (MEAS, "（四）"),         # 市级算力券
    "M9-fund": (MEAS, "（九）"),            # 投资机构 相应资金支持
    "M14-youth": (MEAS, "（十四）"),
    "D5-1-complete": (DRAFT, "第五条"),   # 完成各期 一定比例 (see rule_d5_complete)
}


def rule_unspec(key):
    return _unspec(key, UNSPEC[key])


def combine(results):
    for r in results:
        assert r["status"] == "answered" and r["amount"] is not None
    kind = "upper_bound" if any(r["kind"] == "upper_bound" for r in results) else "fixed"
    cites = []
    for r in results:
        for c in r["cite"]:
            if c not in cites:
                cites.append(c)
    return {"status": "answered", "rule_id": "+".join(r["rule_id"] for r in results),
            "amount": sum(r["amount"] for r in results), "kind": kind, "cite": cites,
            "condition": None, "parts": [r["rule_id"] for r in results]}


FIGURE_RULES = [
    "D5-1-entry", "D6-1-listing", "D6-2-vet", "D8-1-commission", "D8-1-mah-mfg",
    "D8-2-sales", "D11-1-intl-reg", "D11-2-lic-in", "D11-2-lic-out", "D12-1-revenue",
    "D12-3-output", "D13-rd", "D15-1-outsourcing", "D15-2-platform", "D16-3-event",
    "M5-ai-demo", "M7-service", "M11-park", "M12-foreign-rd", "M12-intl-inst",
    "M12-conference", "M13-overseas", "M13-platform"]

# =============================================================================
# 2. Rendering numbers the way users type them
# =============================================================================
DIG = "零一二三四五六七八九"


def _sec(n):
    assert 0 < n < 10000
    s, zero = "", False
    for uv, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // uv % 10
        if d == 0:
            if s:
                zero = True
        else:
            if zero:
                s += "零"
                zero = False
            s += DIG[d] + unit
    return s


def cn_int(n, liang=False):
    """Full Chinese numeral, e.g. 320000000 -> 三亿二千万."""
    assert 0 < n < 10 ** 12
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += _sec(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += _sec(wan) + "万"
    if ge:
        if (yi or wan) and (ge < 1000 or (yi and not wan)):
            out += "零"
        out += _sec(ge)
    if out.startswith("一十"):
        out = out[1:]
    if liang and out.startswith("二") and len(out) > 1 and out[1] in "千百万亿":
        out = "两" + out[1:]
    return out


def _dec(whole, frac, digits):
    """whole.frac with `digits` decimals, trailing zeros stripped."""
    if frac == 0:
        return str(whole)
    s = str(frac).rjust(digits, "0").rstrip("0")
    return "%d.%s" % (whole, s)


def money_styles(n):
    st = []
    if n < YI and n % WAN == 0:
        st += ["wan", "wan", "wan", "w"]
    if n >= YI and n % 10 ** 6 == 0:
        st += ["yi", "yi", "yi"]
    if n >= YI and n % 10 ** 7 == 0:
        st += ["mixed_yi", "geyi"]
    if 1000 * WAN <= n < YI and n % (100 * WAN) == 0:
        st += ["mixed_qian"]
    if n % WAN == 0:
        st += ["cn", "cn"]
    st += ["yuan"]
    return st


def money(n, style=None):
    """Render an amount in yuan as a user would type it (exact value)."""
    if style is None:
        style = R.choice(money_styles(n))
    if style == "wan":
        return "%d万" % (n // WAN) + R.choice(["", "", "元"])
    if style == "w":
        return "%d%s" % (n // WAN, R.choice(["w", "W", "个w"]))
    if style == "yi":
        return _dec(n // YI, (n % YI) // 10 ** 6, 2) + R.choice(["亿", "亿元", "个亿"])
    if style == "geyi":
        return _dec(n // YI, (n % YI) // 10 ** 7, 1) + "个亿"
    if style == "mixed_yi":
        y, q = n // YI, (n % YI) // (1000 * WAN)
        return ("%d亿%d千万" % (y, q)) if q else ("%d亿" % y)
    if style == "mixed_qian":
        q, b = n // (1000 * WAN), (n % (1000 * WAN)) // (100 * WAN)
        return ("%d千%d百万" % (q, b)) if b else ("%d千万" % q)
    if style == "cn":
        return cn_int(n, liang=R.random() < 0.5) + R.choice(["", "元"])
    if style == "yuan":
        return R.choice(["{:,}元".format(n), "%d元" % n])
    if style == "trad":
        s = R.choice(["%d萬" % (n // WAN) if n < YI and n % WAN == 0 else None,
                      cn_int(n, liang=True) if n % WAN == 0 else None])
        if s is None:
            s = "{:,}元".format(n)
        return s.replace("万", "萬").replace("亿", "億").replace("两", "兩")
    if style == "en":
        assert n % WAN == 0
        if n >= 10 ** 9 and n % 10 ** 7 == 0:
            return "RMB %s billion" % _dec(n // 10 ** 9, (n % 10 ** 9) // 10 ** 7, 2)
        m = _dec(n // 10 ** 6, (n % 10 ** 6) // WAN, 2)
        return R.choice(["RMB %s million", "%s million yuan", "CNY %s million"]) % m
    raise ValueError(style)


def usd(n, style=None):
    """Contract values in US dollars (multiples of 100万美元)."""
    assert n % (100 * WAN) == 0
    if style is None:
        style = R.choice(["num", "num", "cn", "mixed", "en"])
    if style == "en":
        return "USD %s million" % _dec(n // 10 ** 6, 0, 1)
    if n >= YI:
        if style == "num":
            return _dec(n // YI, (n % YI) // 10 ** 6, 2) + "亿美元"
        if style == "mixed" and n % (1000 * WAN) == 0:
            y, q = n // YI, (n % YI) // (1000 * WAN)
            return (("%d亿%d千万" % (y, q)) if q else ("%d亿" % y)) + "美元"
        return cn_int(n, liang=True) + "美元"
    if style == "cn":
        return cn_int(n, liang=True) + "美元"
    return "%d万美元" % (n // WAN)


def rand_amount(lo, hi, step, avoid=()):
    while True:
        v = R.randrange(lo, hi + 1, step)
        if v not in avoid:
            return v


def amount_str(amount):
    """The string the contract example checks (\"120万\"), only for whole 万 < 1亿."""
    if amount is not None and amount % WAN == 0 and amount < YI:
        return "%d万" % (amount // WAN)
    return None


def cnt_str(n):
    return R.choice({1: ["一个", "1个"], 2: ["两个", "2个"], 3: ["三个", "3个"]}[n])


STAGE_TXT = {1: ["Ⅰ期", "I期", "一期", "1期"], 2: ["Ⅱ期", "II期", "二期", "2期"],
             3: ["Ⅲ期", "III期", "三期", "3期"]}
STAGE_EN = {1: "Phase I", 2: "Phase II", 3: "Phase III"}


def stage(s):
    return R.choice(STAGE_TXT[s])


CLASS_TXT = {"1bio": ["1类生物制品", "一类生物制品", "1类生物药"],
             "1chem": ["1类化药", "1类化学药", "一类化学药", "1类创新化药"],
             "1tcm": ["1类中药", "一类中药"],
             "2bio": ["2类生物制品", "二类生物制品"],
             "2chem": ["2类化药", "2类化学药", "二类化学药"],
             "2tcm": ["2类中药"],
             "major": ["重大改良型新药"],
             "firstgen": ["首仿药", "国内首仿药"],
             "3chem": ["3类仿制药", "3类化学药（仿制药）"],
             "4chem": ["4类仿制药", "4类化学药（仿制境内已上市药）"]}


def cls(c):
    return R.choice(CLASS_TXT[c])


VET_TXT = {1: ["一类新兽药", "1类新兽药"], 2: ["二类新兽药", "2类新兽药"],
           3: ["三类新兽药", "3类新兽药"], 4: ["四类新兽药", "4类新兽药"],
           5: ["五类新兽药", "5类新兽药"]}

DRAFT_HINTS = ["按征求意见稿", "按那个支持办法征求意见稿", "按自贸区昌平组团的支持办法",
               "按修订稿（征求意见稿）", "按昌平组团支持办法", "按支持办法"]
MEAS_HINTS = ["按若干措施", "按2026-2028年的若干措施", "按今年2月发布的若干措施",
              "按新出的若干措施", "按昌平医药健康高质量发展的若干措施"]


def hint(doc, required):
    if required or R.random() < 0.35:
        return R.choice(DRAFT_HINTS if doc == DRAFT else MEAS_HINTS)
    return ""


def sent(*parts, q=False):
    parts = [p for p in parts if p]
    s = "，".join(parts)
    if s[-1] in "？。！?":
        return s
    return s + ("？" if q else "。")


# =============================================================================
# 3. Topics: one per figure-bearing provision, with the ways users talk about it
# =============================================================================
class Topic:
    key = ""
    doc = DRAFT
    hint_required = False
    name = ""            # how a user refers back to it ("CRO那块")
    caps = ()            # scenario capabilities
    identity_in_intro = False   # the intro carries facts the provision needs
    capped_rate = False         # rate capped by a sum: without the base, answered(cap) or needs_info

    def h(self):
        return hint(self.doc, self.hint_required)

    # defaults
    def intro(self):
        return None

    def oneshot(self, s, intro="auto"):
        if intro == "auto":
            intro = self.identity_in_intro or R.random() < 0.5
        lead = self.intro() if (intro or self.identity_in_intro) else None
        return sent(lead, *self.facts(s), self.ask(s), q=True)

    def gradual_turns(self, s):
        """Facts spread over several turns, ending with the ask."""
        facts = list(self.facts(s))
        intro = self.intro()
        turns = []
        if intro:
            if R.random() < 0.5 and facts:
                turns.append(sent(intro, facts.pop(0)))
            else:
                turns.append(sent(intro))
        while facts:
            k = R.choice([1, 1, 2])
            chunk, facts = facts[:k], facts[k:]
            turns.append(sent(*chunk))
        ask = self.ask(s)
        if len(turns) >= 2 and R.random() < 0.4:
            last = turns.pop()
            turns.append(sent(last.rstrip("。"), ask, q=True))
        else:
            turns.append(ask)
        while len(turns) > 5:          # keep chats at most 5 turns here
            a = turns.pop(0)
            turns[0] = a.rstrip("。") + "，" + turns[0]
        if len(turns) < 2:
            turns = [sent(*self.facts(s)), ask]
        return turns


class MoneyTopic(Topic):
    """A provision priced on one money figure given by the user."""
    caps = ("gradual", "bare", "needs", "corr", "false", "modify", "interlude", "alt")
    label = ""
    lo = hi = step = 0
    avoid = ()
    intros = []
    contexts = []
    xfacts = []
    asks = []
    bare_asks = []
    bad_rates = []       # [(num, den, text)] a rate the text does not give
    trad = None
    en = None

    def rule(self, s):
        raise NotImplementedError

    def gen(self, variant="ok"):
        return {"x": rand_amount(self.lo, self.hi, self.step, self.avoid)}

    def result(self, s):
        return self.rule(s)

    def intro(self):
        return R.choice(self.intros) if self.intros else None

    def facts(self, s):
        out = []
        if self.contexts:
            out.append(R.choice(self.contexts))
        out.append(R.choice(self.xfacts).format(x=money(s["x"])))
        return out

    def ask(self, s):
        return R.choice(self.asks).format(h=self.h())

    def bare(self, s):
        first = sent(R.choice(self.intros), R.choice(self.bare_asks).format(h=self.h()), q=True)
        reply = R.choice(["{x}左右吧", "大概{x}", "{x}", "{x}吧", "差不多{x}"]).format(x=money(s["x"]))
        return [first], reply

    def needs(self, s):
        first = sent(R.choice(self.intros), R.choice(self.bare_asks).format(h=self.h()), q=True)
        return [first]

    def needs_unsettled(self, s):
        turns, _ = self.bare(s)
        reply = R.choice(["这个我得问问财务，现在说不准", "具体数我不记得了，你先说说大概规则",
                          "还没统计出来", "数字还在审计，回头再告诉你"])
        return turns + [reply]

    def correction(self, s):
        new = dict(s)
        while True:
            new["x"] = rand_amount(self.lo, self.hi, self.step, self.avoid)
            if new["x"] != s["x"]:
                break
        utt = R.choice(["不对，{label}是{x}，刚才说错了", "说错了，{label}其实是{x}",
                        "更正一下，{label}应该是{x}", "其实是{x}，前面那个数打错了"]
                       ).format(label=self.label, x=money(new["x"]))
        if R.random() < 0.5:
            utt = sent(utt, R.choice(["那现在能拿多少", "重新算一下", "那是多少"]), q=True)
        return new, utt

    def false_claim(self, s):
        num, den, txt = R.choice(self.bad_rates)
        bad = pct(s["x"], num, den)
        return R.choice([
            "我听说是按{label}的{r}给的，那就是{b}对吧？",
            "别人跟我说能按{r}补，算下来{b}，是这样吗？",
            "是不是按{r}算？那我们能拿{b}吧？"]).format(label=self.label, r=txt, b=money(bad))

    def modify(self, s):
        new, _ = self.correction(s)
        utt = R.choice(["回到刚才{name}，如果{label}是{x}的话呢？",
                        "再问下前面{name}的事，{label}要是{x}，能拿多少？",
                        "刚才{name}，假如{label}变成{x}呢？"]
                       ).format(name=self.name, label=self.label, x=money(new["x"]))
        return new, utt

    def alt(self, s, lang):
        tpl = self.trad if lang == "trad" else self.en
        if not tpl:
            return None
        return tpl.format(x=money(s["x"], "trad" if lang == "trad" else "en"))


class D8Commission(MoneyTopic):
    key = "D8-1-commission"
    name = "委托生产那块"
    label = "交易额"
    lo, hi, step = 300 * WAN, 8000 * WAN, 10 * WAN
    intros = ["我们公司是药品上市许可持有人", "我们是一家持有药品批文的企业，自己没有建厂",
              "我们是MAH持有人企业"]
    contexts = ["我们把自己持有的一个品种委托给另一家医药健康企业生产",
                "品种委托给昌平一家医药企业代工生产"]
    xfacts = ["去年这个品种的实际交易额是{x}", "委托生产的实际交易额{x}", "交易额一年大概{x}"]
    asks = ["{h}这种委托生产能给多少支持？", "{h}委托生产能拿多少补贴？", "{h}能支持多少钱？"]
    bare_asks = ["我们委托其他医药企业生产我们持有的品种，{h}能支持多少"]
    bad_rates = [(20, 100, "20%"), (15, 100, "百分之十五")]

    def rule(self, s):
        return rule_d8_commission(s["x"])


class D8MahMfg(MoneyTopic):
    key = "D8-1-mah-mfg"
    name = "承担生产那块"
    label = "实际投入"
    lo, hi, step = 200 * WAN, 5000 * WAN, 10 * WAN
    intros = ["我们是一家药品生产企业", "我们公司有GMP车间，主要给持有人代工"]
    contexts = ["按药品上市许可持有人制度给持有人承担生产", "我们是受托方，按MAH制度承担生产"]
    xfacts = ["为这个项目实际投入了{x}", "实际投入金额{x}", "这块前后实际投了{x}"]
    asks = ["{h}承担生产这块能支持多少？", "{h}能给多少资金支持？"]
    bare_asks = ["我们按药品上市许可持有人制度承担生产，{h}能拿多少"]
    bad_rates = [(30, 100, "30%"), (50, 100, "一半")]

    def rule(self, s):
        return rule_d8_mah_mfg(s["x"])


class D8Sales(MoneyTopic):
    key = "D8-2-sales"
    identity_in_intro = True
    name = "销售平台那块"
    label = "销售收入"
    lo, hi, step = 1 * YI, 30 * YI, 1000 * WAN
    intros = ["我们是一家医药健康销售平台型企业", "我们刚在昌平设立了一家医药销售平台公司",
              "我们做医药健康产品销售平台"]
    contexts = []
    xfacts = ["去年年度销售收入{x}", "年销售收入大概{x}", "全年销售收入{x}"]
    asks = ["{h}销售平台能拿多少支持？", "{h}能给多少？", "{h}我们这种能拿多少钱？"]
    bare_asks = ["{h}销售平台型企业能拿多少支持"]
    bad_rates = [(5, 1000, "千分之五"), (1, 100, "1%")]
    trad = "我們是醫藥健康銷售平台型企業，去年銷售收入{x}，按徵求意見稿可以拿多少支持？"
    en = "We run a pharma sales platform company. Annual sales revenue last year was {x}. How much support can we get under the draft measures?"

    def rule(self, s):
        return rule_d8_sales(s["x"])


class D15Outsourcing(MoneyTopic):
    key = "D15-1-outsourcing"
    identity_in_intro = True
    name = "外包服务那块"
    label = "服务金额"
    lo, hi, step = 200 * WAN, 6000 * WAN, 10 * WAN
    intros = ["我们是一家CRO企业", "我们公司是做CDMO的", "我们是CMO，做合同生产外包",
              "我们是昌平的一家临床CRO"]
    contexts = []
    xfacts = ["去年实际服务金额{x}", "年度实际服务金额{x}左右", "去年的服务金额是{x}"]
    asks = ["{h}能拿多少？", "{h}能支持多少钱？", "{h}外包服务这块能补多少？"]
    bare_asks = ["{h}我们这种外包服务机构能拿多少"]
    bad_rates = [(30, 100, "30%"), (25, 100, "百分之二十五")]
    trad = "我們是一家CRO企業，去年實際服務金額{x}，按徵求意見稿能拿多少？"
    en = "We're a CRO. Last year our actual service amount was {x}. How much support can we get under the draft measures?"

    def gen(self, variant="ok"):
        s = {"x": rand_amount(self.lo, self.hi, self.step), "years": 0}
        if variant == "inel":
            s["years"] = 3
        return s

    def facts(self, s):
        out = super().facts(s)
        if s["years"] >= 3:
            out.append(R.choice(["之前已经连续拿了三年这个支持了", "这个补贴我们2023到2025年都拿过了，三年了"]))
        elif R.random() < 0.3:
            out.append("之前没申请过")
        return out

    def rule(self, s):
        return rule_d15_outsourcing(s["x"], s["years"])


class D15Platform(MoneyTopic):
    key = "D15-2-platform"
    identity_in_intro = True
    capped_rate = True
    name = "共享平台那块"
    label = "建设投入"
    hint_required = True
    lo, hi, step = 2000 * WAN, 25000 * WAN, 100 * WAN
    avoid = (10000 * WAN,)
    intros = ["我们在昌平建了一个实验动物服务共享平台", "我们建了一个检验检测服务的共享平台，对园区企业开放",
              "我们运营一个临床转化服务共享平台", "我们是一家标杆型孵化器"]
    contexts = []
    xfacts = ["平台建设实际投入{x}", "建设实际投入一共{x}", "平台前期建设花了{x}"]
    asks = ["{h}平台建设能支持多少？", "{h}最多能拿多少？"]
    bare_asks = ["{h}这个共享服务平台建设能拿多少"]
    bad_rates = [(50, 100, "50%"), (40, 100, "百分之四十")]
    trad = "按徵求意見稿，我們建的檢驗檢測共享服務平台實際投入{x}，最多能給多少？"

    def rule(self, s):
        return rule_d15_platform(s["x"])

    def false_claim(self, s):
        if R.random() < 0.5:
            return super().false_claim(s)
        return R.choice(["听说平台最高能给{b}？", "不是最高{b}吗？"]).format(b=money(D15_2_CAP * 2))


class D16Event(MoneyTopic):
    key = "D16-3-event"
    name = "办活动那块"
    label = "活动费用"
    hint_required = True
    lo, hi, step = 50 * WAN, 1500 * WAN, 5 * WAN
    intros = ["我们是一家市场化会展公司", "我们是园区里的市场化运营机构", "我们公司做行业活动策划"]
    contexts = ["在昌平办了一场生命科学论坛的配套活动", "今年办了一场医药健康产业对接会",
                "承办了一场医药健康领域的高品质品牌活动"]
    xfacts = ["活动实际发生费用{x}", "实际花了{x}", "活动实际支出{x}"]
    asks = ["{h}活动费用能补多少？", "{h}能支持多少？"]
    bare_asks = ["我们是市场化机构，在昌平办了个医药健康高品质活动，{h}能支持多少"]
    bad_rates = [(50, 100, "一半"), (30, 100, "30%")]

    def rule(self, s):
        return rule_d16_event(s["x"])


class M5AiDemo(MoneyTopic):
    key = "M5-ai-demo"
    capped_rate = True
    doc = MEAS
    name = "AI示范项目"
    label = "工程投资总额"
    hint_required = True
    lo, hi, step = 3000 * WAN, 30000 * WAN, 100 * WAN
    intros = ["我们是做AI辅助诊断的企业", "我们公司做AI药物研发", "我们是一家医疗大模型公司"]
    contexts = ["和医院一起打造了一个AI+辅助诊断的标杆示范场景项目",
                "做了一个AI+药物研发的标杆示范场景", "牵头建设了一个AI+医药健康示范应用项目"]
    xfacts = ["项目工程投资总额{x}", "工程总投资{x}", "项目工程投资一共{x}"]
    asks = ["{h}最多能支持多少？", "{h}能拿多少资金支持？"]
    bare_asks = ["{h}我们做的AI+医药健康标杆示范场景项目能支持多少"]
    bad_rates = [(50, 100, "一半"), (40, 100, "40%")]
    trad = "按若干措施，我們的AI輔助診斷標杆示範場景項目工程投資總額{x}，最多能支持多少？"
    en = "Under the 2026-2028 measures, our AI-assisted diagnosis demonstration project has a total engineering investment of {x}. What is the maximum support?"

    def rule(self, s):
        return rule_m5(s["x"])

    def false_claim(self, s):
        if R.random() < 0.5:
            return super().false_claim(s)
        return R.choice(["听说最高能给{b}？", "AI项目最高是{b}吧？"]).format(b=money(M5_CAP * 2))


class M11Park(MoneyTopic):
    key = "M11-park"
    capped_rate = True
    doc = MEAS
    name = "园区运营那块"
    label = "项目投资总额"
    hint_required = True
    lo, hi, step = 1000 * WAN, 15000 * WAN, 100 * WAN
    avoid = (6000 * WAN,)
    intros = ["我们是昌平一家园区运营公司", "我们负责运营一个医药健康示范园区"]
    contexts = ["引入了一家全球领先的生物医药园区运营管理机构来提升园区管理",
                "和国际知名的生物医药园区运营方合作，引入他们的运营管理体系"]
    xfacts = ["项目投资总额{x}", "这个项目总投资{x}"]
    asks = ["{h}能给多少资金支持？", "{h}最多能拿多少？"]
    bare_asks = ["我们园区引入了全球领先的生物医药园区运营管理资源，{h}能支持多少"]
    bad_rates = [(60, 100, "60%"), (70, 100, "百分之七十")]

    def rule(self, s):
        return rule_m11(s["x"])

    def false_claim(self, s):
        if R.random() < 0.5:
            return super().false_claim(s)
        return R.choice(["听说最高能给{b}？", "园区这块最高是{b}吧？"]).format(b=money(M11_CAP * 2))


class D12Revenue(Topic):
    key = "D12-1-revenue"
    name = "营收突破那块"
    caps = ("gradual", "corr", "false", "inel", "interlude", "modify", "needs", "bare")

    def gen(self, variant="ok"):
        if variant == "inel_low":
            return {"x": rand_amount(41 * YI // 10, 49 * YI // 10, 1000 * WAN),
                    "prev": rand_amount(3 * YI, 40 * YI // 10, 1000 * WAN)}
        if variant == "inel_repeat":
            return {"x": rand_amount(6 * YI, 9 * YI, 1000 * WAN),
                    "prev": rand_amount(51 * YI // 10, 58 * YI // 10, 1000 * WAN)}
        return {"x": rand_amount(51 * YI // 10, 98 * YI // 10, 1000 * WAN),
                "prev": rand_amount(3 * YI, 49 * YI // 10, 1000 * WAN)}

    def result(self, s):
        return rule_d12_revenue(s["x"], s["prev"])

    def intro(self):
        return R.choice(["我们是昌平一家医药制造企业", "我们公司做原料药和制剂", "我们是生命谷的一家药企"])

    def prev_fact(self, s):
        if s["prev"] > D12_REV_MIN:
            return R.choice(["前年就已经{p}了", "其实前年主营收入就有{p}"]).format(p=money(s["prev"]))
        return R.choice(["前年只有{p}，之前从没到过这个量", "之前最高也就{p}"]).format(p=money(s["prev"]))

    def facts(self, s):
        return [R.choice(["去年主营业务收入{x}", "去年主营收入做到了{x}", "年度主营业务收入{x}"]).format(x=money(s["x"])),
                self.prev_fact(s)]

    def ask(self, s):
        return R.choice(["{h}扩能升级这块能拿多少？", "{h}主营收入这块能奖多少？", "{h}能支持多少？"]).format(h=self.h())

    def bare(self, s):
        first = sent(self.intro(), "去年主营业务收入第一次过了5个亿", self.ask(s), q=True)
        reply = R.choice(["{x}，前年{p}", "去年{x}，前年是{p}"]).format(x=money(s["x"]), p=money(s["prev"]))
        return [first], reply

    def needs(self, s):
        return [sent(self.intro(), "我们去年主营收入首次突破了5亿", self.ask(s), q=True)]

    def correction(self, s):
        while True:
            new = self.gen("ok")
            if new["x"] != s["x"]:
                break
        new["prev"] = s["prev"] if s["prev"] < D12_REV_MIN else new["prev"]
        utt = R.choice(["不对，去年主营业务收入是{x}", "更正一下，主营收入其实是{x}"]).format(x=money(new["x"]))
        return new, utt

    def false_claim(self, s):
        r = R.choice([(5, 1000, "千分之五"), (1, 100, "百分之一")])
        return "听说是按主营收入的{r}奖励，那就是{b}吧？".format(r=r[2], b=money(pct(s["x"], r[0], r[1])))

    def modify(self, s):
        new, _ = self.correction(s)
        return new, "刚才{n}，如果主营收入是{x}呢？".format(n=self.name, x=money(new["x"]))


class D13Rd(Topic):
    key = "D13-rd"
    identity_in_intro = True
    name = "研发投入那块"
    caps = ("gradual", "bare", "needs", "corr", "false", "inel", "interlude", "modify", "alt")

    def gen(self, variant="ok"):
        s = {"rev": rand_amount(600 * WAN, 2900 * WAN, 10 * WAN), "growth": True, "years": 0}
        while True:
            d1 = rand_amount(450 * WAN, 1500 * WAN, 10 * WAN)
            d2 = rand_amount(300 * WAN, d1 - 20 * WAN, 10 * WAN)
            if d1 + d2 > D13_RD2_MIN:
                break
        s["d1"], s["d2"] = d1, d2
        if variant == "inel_rev":
            s["rev"] = rand_amount(3100 * WAN, 8000 * WAN, 100 * WAN)
        elif variant == "inel_rd":
            s["d1"] = rand_amount(350 * WAN, 550 * WAN, 10 * WAN)
            s["d2"] = rand_amount(200 * WAN, s["d1"] - 20 * WAN, 10 * WAN)
            assert s["d1"] + s["d2"] < D13_RD2_MIN
        elif variant == "inel_growth":
            s["growth"] = False
        elif variant == "inel_years":
            s["years"] = 3
        return s

    def result(self, s):
        return rule_d13(s["rev"], s["d1"], s["d2"], s["growth"], s["years"])

    def intro(self):
        return R.choice(["我们是一家小微企业", "我们是昌平的一家中小企业，做创新药研发", "我们公司是科技型中小企业"])

    def rev_fact(self, s):
        return R.choice(["上一年度营业收入{r}", "去年营收{r}", "去年营业收入才{r}"]).format(r=money(s["rev"]))

    def rd_fact(self, s):
        return R.choice(["去年研发投入{a}，前年{b}", "研发投入去年{a}、前年{b}", "上一年研发投了{a}，再上一年是{b}"]
                        ).format(a=money(s["d1"]), b=money(s["d2"]))

    def growth_fact(self, s):
        if s["growth"]:
            return R.choice(["研发投入连续三年都是正增长", "这三年研发投入每年都在涨"])
        return R.choice(["不过大前年研发投入比前年还高一些", "研发投入前年比大前年少了一点"])

    def facts(self, s):
        f = [self.rev_fact(s), self.rd_fact(s), self.growth_fact(s)]
        if s["years"] >= 3:
            f.append("这个研发支持我们已经拿过三年了")
        return f

    def ask(self, s):
        return R.choice(["{h}研发创新这块能支持多少？", "{h}研发投入能补多少？", "{h}能拿多少？"]).format(h=self.h())

    def bare(self, s):
        first = sent(self.intro(), self.rev_fact(s), self.growth_fact(s), self.ask(s), q=True)
        reply = R.choice(["去年{a}，前年{b}", "{a}，前年是{b}", "上一年{a}，再往前一年{b}"]).format(
            a=money(s["d1"]), b=money(s["d2"]))
        return [first], reply

    def needs(self, s):
        return [sent(self.intro(), self.rev_fact(s), "研发投入挺大的，而且连年增长", self.ask(s), q=True)]

    def needs_unsettled(self, s):
        first = sent(self.intro(), self.rev_fact(s), self.growth_fact(s), self.ask(s), q=True)
        return [first, R.choice(["去年研发投了{a}", "上一年研发是{a}"]).format(a=money(s["d1"])),
                R.choice(["前年的我记不清了", "前年的数还得查一下"])] if R.random() < 0.4 else \
            [first, "研发投入具体多少我得问财务"]

    def correction(self, s):
        if R.random() < 0.5:
            new = dict(s)
            new["rev"] = rand_amount(3100 * WAN, 6000 * WAN, 100 * WAN)
            utt = R.choice(["更正一下，上一年营业收入其实是{r}", "说错了，去年营收是{r}，不是刚才那个数"]).format(r=money(new["rev"]))
            return new, utt
        new = dict(s)
        while True:
            d1 = rand_amount(max(s["d2"] + 20 * WAN, 450 * WAN), 1600 * WAN, 10 * WAN)
            if d1 != s["d1"] and d1 + s["d2"] > D13_RD2_MIN:
                break
        new["d1"] = d1
        utt = R.choice(["不对，去年研发投入是{a}", "更正一下，上一年研发投入应该是{a}"]).format(a=money(d1))
        return new, utt

    def false_claim(self, s):
        r = R.choice([(20, 100, "20%"), (15, 100, "百分之十五")])
        return "我听说是按研发投入的{r}补，那就是{b}对吧？".format(r=r[2], b=money(pct(s["d1"], r[0], r[1])))

    def modify(self, s):
        new = dict(s)
        while True:
            d1 = rand_amount(s["d2"] + 20 * WAN, 1600 * WAN, 10 * WAN)
            if d1 != s["d1"] and d1 + s["d2"] > D13_RD2_MIN:
                break
        new["d1"] = d1
        return new, "回到{n}，如果去年研发投入是{a}呢？".format(n=self.name, a=money(d1))

    def alt(self, s, lang):
        if lang == "trad":
            return "我們是小微企業，上一年度營業收入{r}，去年研發投入{a}，前年{b}，研發投入連續三年正增長，按徵求意見稿能支持多少？".format(
                r=money(s["rev"], "trad"), a=money(s["d1"], "trad"), b=money(s["d2"], "trad"))
        return ("We're a small enterprise. Revenue last year was {r}; R&D spending was {a} last year and {b} the year before, "
                "growing three years in a row. How much R&D support can we get?").format(
            r=money(s["rev"], "en"), a=money(s["d1"], "en"), b=money(s["d2"], "en"))


class D11IntlReg(Topic):
    key = "D11-1-intl-reg"
    name = "国际认证那块"
    caps = ("gradual", "needs", "corr", "false", "add", "interlude", "modify", "alt")

    def gen(self, variant="ok"):
        return {"auth": R.choice(["FDA", "美国FDA", "欧盟EMA", "EMA"]),
                "fees": [rand_amount(50 * WAN, 600 * WAN, WAN), rand_amount(10 * WAN, 200 * WAN, WAN),
                         rand_amount(5 * WAN, 100 * WAN, WAN)]}

    def result(self, s):
        return rule_d11_intl_reg(s["fees"])

    def intro(self):
        return R.choice(["我们是一家创新药企业", "我们公司做生物药出海"])

    def fee_txt(self, i, v):
        return [R.choice(["海外注册费{v}", "海外注册费用{v}"]), R.choice(["检测费{v}", "检测费用{v}"]),
                R.choice(["当地代理费{v}", "当地代理的费用{v}"])][i].format(v=money(v))

    def facts(self, s):
        return [R.choice(["我们有个药新获得了{a}的认证", "有一个品种刚拿到{a}认证"]).format(a=s["auth"]),
                "，".join(self.fee_txt(i, v) for i, v in enumerate(s["fees"]))]

    def ask(self, s):
        return R.choice(["{h}注册费用能补多少？", "{h}能支持多少？"]).format(h=self.h())

    def needs(self, s):
        return [sent(self.intro(), R.choice(["我们有个药新获得了{a}认证"]).format(a=s["auth"]), self.ask(s), q=True)]

    def correction(self, s):
        new = dict(s)
        new["fees"] = list(s["fees"])
        while True:
            v = rand_amount(50 * WAN, 600 * WAN, WAN)
            if v != s["fees"][0]:
                break
        new["fees"][0] = v
        return new, R.choice(["不对，海外注册费是{v}", "更正一下，注册费应该是{v}"]).format(v=money(v))

    def false_claim(self, s):
        if R.random() < 0.5:
            return "我听说注册费用是全额报销的？"
        return "是不是按注册费用的一半补？那就是{b}吧？".format(b=money(pct(sum(s["fees"]), 50, 100)))

    def modify(self, s):
        new, _ = self.correction(s)
        return new, "回到{n}，如果海外注册费是{v}呢？".format(n=self.name, v=money(new["fees"][0]))

    def add_turns(self, s):
        """Fees arrive over several turns."""
        a, b, c = s["fees"]
        t1 = sent(R.choice(["我们有个药新获得了{au}的认证"]).format(au=s["auth"]),
                  self.fee_txt(0, a), self.ask(s), q=True)
        t2 = sent(R.choice(["另外还有检测费{v}", "哦对，还有检测费用{v}"]).format(v=money(b)))
        t3 = sent(R.choice(["当地代理费{v}也算吗", "还有当地代理费{v}"]).format(v=money(c)),
                  R.choice(["一共能补多少", "加起来能拿多少"]), q=True)
        return [t1, t2, t3]

    def alt(self, s, lang):
        a, b, c = s["fees"]
        if lang == "trad":
            return "我們有個藥剛獲得{au}認證，海外註冊費{a}，檢測費{b}，當地代理費{c}，能補多少？".format(
                au=s["auth"], a=money(a, "trad"), b=money(b, "trad"), c=money(c, "trad"))
        return ("One of our drugs was just approved by the {au}. Overseas registration fee {a}, testing fee {b}, "
                "local agent fee {c}. How much can the draft measures cover?").format(
            au=s["auth"].replace("美国", "US ").replace("欧盟", "EU "), a=money(a, "en"), b=money(b, "en"), c=money(c, "en"))


class D11LicOut(Topic):
    key = "D11-2-lic-out"
    name = "License-out那块"
    caps = ("gradual", "bare", "corr", "false", "inel", "interlude", "alt")

    def gen(self, variant="ok"):
        if variant == "inel":
            return {"usd": rand_amount(3000 * WAN, 9800 * WAN, 100 * WAN), "down": None}
        s = {"usd": rand_amount(10500 * WAN, 200000 * WAN, 500 * WAN), "down": None}
        if R.random() < 0.5:
            s["down"] = rand_amount(500 * WAN, 5000 * WAN, 100 * WAN)
        return s

    def result(self, s):
        return rule_d11_lic_out(1, s["usd"])

    def intro(self):
        return R.choice(["我们是做ADC的创新药公司", "我们是一家抗体药企业"])

    def facts(self, s):
        f = [R.choice(["我们和一家跨国龙头药企签了License-out合同", "我们一个品种授权给了海外的跨国药企"])]
        t = R.choice(["合同总额{u}", "交易总金额{u}"]).format(u=usd(s["usd"]))
        if s["down"]:
            t = R.choice(["首付款{d}，", "首付{d}，"]).format(d=usd(s["down"], "num")) + t
        f.append(t)
        return f

    def ask(self, s):
        return R.choice(["{h}能支持多少？", "{h}这种授权出海能拿多少？"]).format(h=self.h())

    def bare(self, s):
        first = sent(self.intro(), "我们一个品种License-out给了跨国药企，合同已经签了", self.ask(s), q=True)
        return [first], R.choice(["合同总额{u}", "总额{u}", "{u}"]).format(u=usd(s["usd"]))

    def correction(self, s):
        if s["usd"] < D11_LIC_OUT_MIN_USD:
            new = self.gen("ok")
        else:
            new = self.gen("inel")
        new["down"] = None
        return new, R.choice(["说错了，合同总额是{u}", "更正一下，总额其实是{u}"]).format(u=usd(new["usd"]))

    def false_claim(self, s):
        return R.choice(["听说License-out最高能给{b}？", "不是能拿{b}吗？"]).format(b=money(D11_LIC_OUT_CAP * 4))

    def alt(self, s, lang):
        if lang == "trad":
            return "我們和跨國藥企簽了License-out合同，合同總額{u}，能支持多少？".format(u=usd(s["usd"], "num").replace("亿", "億"))
        return "We signed a license-out deal with a multinational pharma company, total contract value {u}. What support is available?".format(
            u=usd(s["usd"], "en"))


class D11LicIn(Topic):
    key = "D11-2-lic-in"
    name = "License-in那块"
    caps = ("gradual", "inel", "add", "interlude", "false", "modify", "corr")

    def gen(self, variant="ok"):
        return {"n": R.choice([1, 1, 2]), "listed": variant != "inel"}

    def result(self, s):
        return rule_d11_lic_in(s["n"], s["listed"])

    def intro(self):
        return R.choice(["我们是一家生物医药企业", "我们公司主要做引进品种"])

    def facts(self, s):
        f = [R.choice(["我们通过License-in从国外引进了{n}品种的技术在国内产业化",
                       "我们从海外License-in了{n}品种"]).format(n=cnt_str(s["n"]))]
        if s["listed"]:
            f.append(R.choice(["产品已经上市了", "都已经在国内上市"] if s["n"] > 1 else ["产品已经上市了", "已经在国内上市"]))
        else:
            f.append(R.choice(["产品还在申报，还没上市", "目前还没上市，预计后年上市"]))
        return f

    def ask(self, s):
        return R.choice(["{h}能拿多少？", "{h}License-in能支持多少？"]).format(h=self.h())

    def add_turns(self, s):
        t1 = sent("我们通过License-in引进了一个品种，已经上市了", self.ask(s), q=True)
        opts = ["另外还有一个引进品种也上市了", "还有一个品种也是License-in的，也上市了", "哦对，还有一个引进的品种上个月也上市了"]
        extra = [sent(x) for x in R.sample(opts, s["n"] - 1)]
        return [t1] + extra + [R.choice(["一共能拿多少？", "加起来最多多少？"])]

    def false_claim(self, s):
        return "听说每个品种最高{b}？".format(b=money(D11_LIC_IN_CAP * 3))

    def modify(self, s):
        new = dict(s)
        new["n"] = 3 - s["n"] if s["n"] in (1, 2) else 1
        return new, "回到{nm}，如果是{c}品种呢？".format(nm=self.name, c=cnt_str(new["n"]))

    def correction(self, s):
        new = dict(s)
        new["n"] = 2 if s["n"] == 1 else 1
        return new, R.choice(["其实是{c}品种", "说错了，是{c}品种"]).format(c=cnt_str(new["n"]))


class D5Entry(Topic):
    key = "D5-1-entry"
    name = "临床那块"
    caps = ("gradual", "bare", "needs", "corr", "false", "inel", "add", "interlude", "modify", "alt")

    def gen(self, variant="ok"):
        if variant == "inel":
            return {"items": [(R.choice(["3chem", "4chem"]), R.choice([1, 2, 3]), 1)]}
        return {"items": [(R.choice(D5_CLASS1), R.choice([1, 2, 3]), R.choice([1, 1, 1, 2]))]}

    def result(self, s):
        return rule_d5_entry(s["items"])

    def intro(self):
        return R.choice(["我们是昌平的一家创新药企业", "我们公司做创新药研发", "我们是生命谷的一家生物医药公司"])

    def item_txt(self, it):
        c, st, n = it
        return R.choice(["我们有{n}{c}品种今年进入{s}临床试验", "{n}{c}刚进{s}临床", "我们{n}{c}已经进入{s}临床"]
                        ).format(n=cnt_str(n), c=cls(c), s=stage(st))

    def facts(self, s):
        it = s["items"][0]
        if R.random() < 0.5:
            return [self.item_txt(it)]
        return [R.choice(["我们有{n}{c}品种"]).format(n=cnt_str(it[2]), c=cls(it[0])),
                R.choice(["今年进入{s}临床试验", "刚进{s}临床"]).format(s=stage(it[1]))]

    def ask(self, s):
        return R.choice(["{h}能拿多少奖励？", "{h}临床这块能给多少？", "{h}能支持多少？"]).format(h=self.h())

    def bare(self, s):
        c, st, n = s["items"][0]
        first = sent(self.intro(), R.choice(["我们有{n}{c}进入临床了"]).format(n=cnt_str(n), c=cls(c)), self.ask(s), q=True)
        reply = R.choice(["{s}", "{s}的", "已经是{s}了", "现在是{s}"]).format(s=stage(st))
        return [first], reply

    def needs(self, s):
        c, st, n = s["items"][0]
        return [sent(self.intro(), R.choice(["我们有个新药进临床了", "我们有个品种进入临床试验了"]),
                     self.ask(s), q=True)]

    def needs_unsettled(self, s):
        c, st, n = s["items"][0]
        first = sent(R.choice(["我们有个新药进临床了", "我们有个新品种进临床了"]), self.ask(s), q=True)
        return [first, R.choice(["{s}", "{s}的"]).format(s=stage(st))]

    def correction(self, s):
        c, st, n = s["items"][0]
        r = R.random()
        if r < 0.45:
            ns = R.choice([x for x in (1, 2, 3) if x != st])
            new = {"items": [(c, ns, n)]}
            utt = R.choice(["不对，是{a}，不是{b}", "说错了，其实是{a}", "更正一下，是{a}临床"]).format(a=stage(ns), b=stage(st))
        elif r < 0.8:
            nn = 2 if n == 1 else 1
            new = {"items": [(c, st, nn)]}
            utt = R.choice(["其实是{k}品种", "更正一下，是{k}品种"]).format(k=cnt_str(nn))
        else:
            new = {"items": [(R.choice(["3chem", "4chem"]), st, n)]}
            utt = R.choice(["更正一下，这个其实是{c}，不是1类", "不好意思说错了，其实是{c}"]).format(c=cls(new["items"][0][0]))
        return new, utt

    def false_claim(self, s):
        c, st, n = s["items"][0]
        bad = D5_ENTRY_AWARD[st] * n + 100 * WAN
        return R.choice(["我听说进{s}能奖{b}？", "朋友说这种能拿{b}，对吗？"]).format(s=stage(st), b=money(bad))

    def modify(self, s):
        c, st, n = s["items"][0]
        ns = R.choice([x for x in (1, 2, 3) if x != st])
        return {"items": [(c, ns, n)]}, "回到{nm}，如果是进{s}呢？".format(nm=self.name, s=stage(ns))

    def add_turns(self, s):
        items = s["items"]
        t = [sent(self.item_txt(items[0]), self.ask(s), q=True)]
        for it in items[1:]:
            c, st, n = it
            t.append(sent(R.choice(["另外还有{n}品种，{c}，刚进{s}", "还有{n}{c}进了{s}临床"]).format(
                n=cnt_str(n), c=cls(c), s=stage(st))))
        t.append(R.choice(["一共能拿多少？", "这几个加起来多少？", "总共多少？"]))
        return t

    def gen_add(self):
        k = R.choice([2, 2, 3])
        return {"items": [(R.choice(D5_CLASS1), R.choice([1, 2, 3]), 1) for _ in range(k)]}

    def alt(self, s, lang):
        c, st, n = s["items"][0]
        if lang == "trad":
            ctxt = {"1bio": "1類生物製品", "1chem": "1類化學藥", "1tcm": "1類中藥"}[c]
            return "我們有{n}個{c}品種剛進入{s}臨床試驗，按徵求意見稿能拿多少獎勵？".format(
                n="一兩三"[n - 1], c=ctxt, s=STAGE_TXT[st][0])
        ctxt = {"1bio": "Class 1 biologic", "1chem": "Class 1 chemical drug", "1tcm": "Class 1 TCM product"}[c]
        return "We have {n} {c}{pl} that just entered {s} trials. How much is the award under the draft measures?".format(
            n=n, c=ctxt, pl="s" if n > 1 else "", s=STAGE_EN[st])


class D6Listing(Topic):
    key = "D6-1-listing"
    name = "上市那块"
    caps = ("gradual", "bare", "needs", "corr", "false", "inel", "add", "interlude", "modify")
    CL = ["1bio", "1chem", "1tcm", "2bio", "2chem", "2tcm", "major", "firstgen"]

    def gen(self, variant="ok"):
        return {"items": [(R.choice(self.CL), R.choice([1, 1, 2]))], "ind": variant != "inel"}

    def result(self, s):
        return rule_d6_listing(s["items"], s["ind"])

    def intro(self):
        return R.choice(["我们是一家医药企业", "我们是昌平的一家药企"])

    def ind_txt(self, s):
        if s["ind"]:
            return R.choice(["已经在昌平实施产业化了", "已经投产，在昌平产业化了"])
        return R.choice(["但是我们不打算产业化，准备把品种转让出去", "不过目前没有产业化，也没有产业化的计划"])

    def facts(self, s):
        c, n = s["items"][0]
        return [R.choice(["我们{n}{c}拿到了药品注册证书", "{n}{c}刚获批上市，拿到了注册证书"]).format(n=cnt_str(n), c=cls(c)),
                self.ind_txt(s)]

    def ask(self, s):
        return R.choice(["{h}申报上市这块能支持多少？", "{h}能拿多少？", "{h}最多能给多少？"]).format(h=self.h())

    def bare(self, s):
        c, n = s["items"][0]
        s["items"] = [(c, 1)]
        first = sent(R.choice(["我们有个药刚拿到注册证书", "我们一个品种获批上市了"]), self.ind_txt(s), self.ask(s), q=True)
        return [first], R.choice(["{c}", "是{c}", "{c}的"]).format(c=cls(c))

    def needs(self, s):
        return [sent(R.choice(["我们有个药刚拿到注册证书", "我们一个品种获批上市了"]), self.ind_txt(s), self.ask(s), q=True)]

    def needs_unsettled(self, s):
        first = sent(R.choice(["我们有药拿到注册证书了"]), self.ind_txt(s), self.ask(s), q=True)
        return [first, R.choice(["一个品种", "就一个"])]

    def correction(self, s):
        c, n = s["items"][0]
        if R.random() < 0.6:
            nc = R.choice([x for x in self.CL if D6_CAP[x] != D6_CAP[c]])
            new = {"items": [(nc, n)], "ind": s["ind"]}
            return new, R.choice(["更正一下，这个是{c}", "说错了，其实是{c}"]).format(c=cls(nc))
        nn = 2 if n == 1 else 1
        return {"items": [(c, nn)], "ind": s["ind"]}, R.choice(["其实是{k}品种", "更正：是{k}品种"]).format(k=cnt_str(nn))

    def false_claim(self, s):
        c, n = s["items"][0]
        if D6_CAP[c] == 500 * WAN:
            return "2类应该也是最高{b}吧？".format(b=money(1000 * WAN))
        return "听说单品种最高{b}？".format(b=money(2000 * WAN))

    def modify(self, s):
        new, _ = self.correction(s)
        c, n = new["items"][0]
        if c == s["items"][0][0]:
            return new, "回到{nm}，如果是{k}品种呢？".format(nm=self.name, k=cnt_str(n))
        return new, "回到{nm}，如果是{c}呢？".format(nm=self.name, c=cls(c))

    def gen_add(self):
        return {"items": [(R.choice(self.CL), 1) for _ in range(R.choice([2, 2, 3]))], "ind": True}

    def add_turns(self, s):
        items = s["items"]
        t = [sent(R.choice(["我们一个{c}拿到注册证书了"]).format(c=cls(items[0][0])), self.ind_txt(s), self.ask(s), q=True)]
        for c, n in items[1:]:
            t.append(sent(R.choice(["另外还有一个{c}也拿证了，也产业化了", "还有一个{c}也获批了"]).format(c=cls(c))))
        t.append(R.choice(["一共最多能拿多少？", "加起来多少？"]))
        return t


class D6Vet(Topic):
    key = "D6-2-vet"
    name = "兽药那块"
    caps = ("gradual", "bare", "needs", "corr", "false", "inel", "add", "interlude", "modify")

    def gen(self, variant="ok"):
        if variant == "inel":
            return {"items": [(R.choice([4, 5]), 1)]}
        return {"items": [(R.choice([1, 2, 3]), R.choice([1, 1, 2]))]}

    def result(self, s):
        return rule_d6_vet(s["items"])

    def intro(self):
        return R.choice(["我们是做动物药的企业", "我们公司做兽用生物制品"])

    def facts(self, s):
        v, n = s["items"][0]
        return [R.choice(["拿到了{n}{v}注册证书", "我们{n}{v}获得了注册证书"]).format(n=cnt_str(n), v=R.choice(VET_TXT[v])),
                R.choice(["已经实施产业化", "已经在昌平投产"])]

    def ask(self, s):
        return R.choice(["{h}能支持多少？", "{h}动物药这块能拿多少？"]).format(h=self.h())

    def bare(self, s):
        v, n = s["items"][0]
        s["items"] = [(v, 1)]
        first = sent(self.intro(), "我们拿到一个新兽药注册证书，已经产业化了", self.ask(s), q=True)
        return [first], R.choice(["{v}", "是{v}", "{c}类"]).format(v=R.choice(VET_TXT[v]), c="一二三四五"[v - 1])

    def needs(self, s):
        return [sent(self.intro(), "我们拿到一个新兽药注册证书，已经产业化了", self.ask(s), q=True)]

    def correction(self, s):
        v, n = s["items"][0]
        nv = R.choice([x for x in (1, 2, 3) if x != v])
        return {"items": [(nv, n)]}, R.choice(["说错了，是{v}", "更正一下，其实是{v}"]).format(v=R.choice(VET_TXT[nv]))

    def false_claim(self, s):
        v, n = s["items"][0]
        return "是不是每类都是最高{b}？".format(b=money(D6_VET_CAP[1] * 2))

    def modify(self, s):
        new, _ = self.correction(s)
        return new, "回到{nm}，如果是{v}呢？".format(nm=self.name, v=R.choice(VET_TXT[new["items"][0][0]]))

    def gen_add(self):
        return {"items": [(R.choice([1, 2, 3]), 1) for _ in range(R.choice([2, 3]))]}

    def add_turns(self, s):
        items = s["items"]
        t = [sent(self.intro(), "拿到一个{v}注册证书，已经产业化".format(v=R.choice(VET_TXT[items[0][0]])), self.ask(s), q=True)]
        leads = R.sample(["另外还有一个{v}也拿证了", "还有一个{v}，也拿到证书了", "对了，{v}我们也拿到一个"], len(items) - 1)
        for (v, n), ld in zip(items[1:], leads):
            t.append(sent(ld.format(v=R.choice(VET_TXT[v]))))
        t.append(R.choice(["一共能拿多少？", "加起来最多多少？"]))
        return t


class D12Output(Topic):
    key = "D12-3-output"
    name = "产值那块"
    caps = ("gradual", "bare", "needs", "corr", "false", "inel", "add", "interlude", "modify", "alt")
    RANGES = {0: ((1000 * WAN, 4800 * WAN, 100 * WAN), (5100 * WAN, 9800 * WAN, 100 * WAN)),
              1: ((5100 * WAN, 9800 * WAN, 100 * WAN), (10500 * WAN, 48000 * WAN, 500 * WAN)),
              2: ((12000 * WAN, 48000 * WAN, 1000 * WAN), (51000 * WAN, 98000 * WAN, 1000 * WAN)),
              3: ((52000 * WAN, 98000 * WAN, 1000 * WAN), (102000 * WAN, 195000 * WAN, 1000 * WAN)),
              4: ((105000 * WAN, 195000 * WAN, 1000 * WAN), (205000 * WAN, 300000 * WAN, 1000 * WAN))}

    def pair(self, k):
        (a, b, st1), (c, d, st2) = self.RANGES[k]
        return (rand_amount(a, b, st1), rand_amount(c, d, st2))

    def gen(self, variant="ok"):
        if variant == "inel":
            cur = rand_amount(1500 * WAN, 4800 * WAN, 100 * WAN)
            return {"items": [(rand_amount(500 * WAN, cur - 200 * WAN, 100 * WAN), cur)]}
        return {"items": [self.pair(R.choice([0, 1, 1, 2, 3, 4]))]}

    def result(self, s):
        return rule_d12_output(s["items"])

    def intro(self):
        return R.choice(["我们是一家医药制造企业", "我们是昌平的生物药生产企业"])

    def facts(self, s):
        p, c = s["items"][0]
        return [R.choice(["我们有个品种去年年产值{p}", "单品种去年产值是{p}"]).format(p=money(p)),
                R.choice(["今年首次突破，做到了{c}", "今年年产值{c}，头一回到这个量"]).format(c=money(c))]

    def ask(self, s):
        return R.choice(["{h}能奖励多少？", "{h}产值这块能拿多少奖励？", "{h}能拿多少？"]).format(h=self.h())

    def bare(self, s):
        p, c = s["items"][0]
        first = sent(self.intro(), "我们一个品种今年年产值创了新高，去年是{p}".format(p=money(p)), self.ask(s), q=True)
        return [first], R.choice(["今年{c}", "{c}", "今年做到了{c}"]).format(c=money(c))

    def needs(self, s):
        return [sent(self.intro(), "我们一个品种今年单品种年产值首次突破了新的一档", self.ask(s), q=True)]

    def correction(self, s):
        p, c = s["items"][0]
        k = tier_index(c)
        choices = [j for j in range(5) if j != k]
        nk = R.choice(choices)
        np_, nc = self.pair(nk)
        return {"items": [(np_, nc)]}, R.choice(["不对，去年是{p}，今年是{c}", "更正一下：去年{p}，今年{c}"]).format(
            p=money(np_), c=money(nc))

    def false_claim(self, s):
        p, c = s["items"][0]
        k = tier_index(c)
        bad = D12_TIERS[min(k + 1, 4)][1] if k < 4 else D12_TIERS[4][1] * 2
        return R.choice(["听说到这个档能奖{b}？", "我记得这一档是奖{b}吧？"]).format(b=money(bad))

    def modify(self, s):
        new, _ = self.correction(s)
        p, c = new["items"][0]
        return new, "回到{nm}，如果去年{p}、今年{c}呢？".format(nm=self.name, p=money(p), c=money(c))

    def gen_add(self):
        return {"items": [self.pair(R.choice([0, 1, 2, 3])) for _ in range(R.choice([2, 2, 3]))]}

    def add_turns(self, s):
        items = s["items"]
        p, c = items[0]
        t = [sent("我们一个品种去年产值{p}，今年首次突破到了{c}".format(p=money(p), c=money(c)), self.ask(s), q=True)]
        for p, c in items[1:]:
            t.append(sent(R.choice(["另外还有一个品种，去年{p}，今年{c}", "还有一个品种也突破了：去年{p}，今年{c}"]).format(
                p=money(p), c=money(c))))
        t.append(R.choice(["两个加起来一共多少？" if len(items) == 2 else "几个加起来一共多少？", "一共能奖多少？"]))
        return t

    def alt(self, s, lang):
        p, c = s["items"][0]
        if lang == "trad":
            return "我們有個品種去年產值{p}，今年首次突破到{c}，能獎勵多少？".format(p=money(p, "trad"), c=money(c, "trad"))
        return "One product's annual output value was {p} last year and {c} this year, its first time at that level. How big is the award?".format(
            p=money(p, "en"), c=money(c, "en"))


class FixedTopic(Topic):
    """A provision whose figure is a stated ceiling that needs no input."""
    caps = ("gradual", "false", "interlude")
    intros = []
    contexts = []
    asks = ["{h}最多能给多少？", "{h}能拿多少支持？"]
    cap = 0
    distractor = None

    def gen(self, variant="ok"):
        return {"dis": rand_amount(500 * WAN, 9000 * WAN, 100 * WAN) if self.distractor and R.random() < 0.5 else None,
                "inel": variant == "inel"}

    def intro(self):
        return R.choice(self.intros)

    def facts(self, s):
        f = [R.choice(self.contexts)]
        if s["dis"]:
            f.append(self.distractor.format(d=money(s["dis"])))
        return f

    def ask(self, s):
        return R.choice(self.asks).format(h=self.h())

    def false_claim(self, s):
        return R.choice(["听说最高能给{b}？", "不是最高{b}吗？"]).format(b=money(self.cap * 2))


class M7Service(FixedTopic):
    key = "M7-service"
    doc = MEAS
    hint_required = True
    name = "科技服务业那块"
    cap = M7_CAP
    intros = ["我们是做合成生物制造领域科技服务的企业", "我们是一家脑机接口方向的科技服务业企业",
              "我们公司为细胞与基因治疗企业提供技术服务"]
    contexts = ["想申请科技服务业企业效能提升的支持", "听说若干措施支持科技服务业企业效能提升"]
    distractor = "去年营收{d}"

    def result(self, s):
        return rule_m7()


class M12ForeignRd(FixedTopic):
    key = "M12-foreign-rd"
    doc = MEAS
    hint_required = True
    name = "研发中心那块"
    cap = M12_FOREIGN_RD_CAP
    caps = ("gradual", "false", "interlude", "inel", "corr")
    intros = ["我们是一家外资药企在昌平设立的研发中心", "我们是外商独资的医药研发中心"]
    contexts = ["今年研发投入比去年增长了不少", "这两年一直在扩大研发投入"]
    distractor = "今年研发投入{d}"

    def intro(self):
        return None

    def facts(self, s):
        who = R.choice(["我们是一家内资医药企业，在昌平有研发中心", "我们是纯内资的药企，也有自己的研发中心"]) if s["inel"] \
            else R.choice(["我们是一家外资药企在昌平设立的研发中心", "我们是外商独资的医药研发中心"])
        return [who] + super().facts(s)

    def result(self, s):
        return rule_m12_foreign_rd(not s["inel"])

    def correction(self, s):
        new = dict(s)
        new["inel"] = not s["inel"]
        if new["inel"]:
            return new, R.choice(["更正一下，我们其实是内资企业，不是外资", "说错了，我们是内资控股的"])
        return new, R.choice(["更正一下，我们其实是外资企业的研发中心", "说错了，我们是外资的"])


class M12IntlInst(FixedTopic):
    key = "M12-intl-inst"
    identity_in_intro = True
    doc = MEAS
    hint_required = True
    name = "国际科研机构那块"
    cap = M12_INTL_INST_CAP
    intros = ["我们是一家国际科研机构", "我们是一家海外研究所的中国分支"]
    contexts = ["准备在昌平落地", "刚在昌平落地，已经有成果产出和人才培养"]

    def result(self, s):
        return rule_m12_intl_inst()


class M12Conf(FixedTopic):
    key = "M12-conference"
    doc = MEAS
    hint_required = True
    name = "学术会议那块"
    cap = M12_CONF_CAP
    intros = ["我们是一家研究机构", "我们是昌平的一家学会"]
    contexts = ["计划举办生命科学领域的高水平国际学术研讨会议", "今年要在昌平办一场生命科学国际学术研讨会"]
    distractor = "预算大概{d}"

    def result(self, s):
        return rule_m12_conf()


class M13Overseas(FixedTopic):
    key = "M13-overseas"
    doc = MEAS
    hint_required = True
    name = "出海那块"
    cap = M13_OVERSEAS_CAP
    intros = ["我们是一家创新医疗器械企业", "我们是做创新药的"]
    contexts = ["准备在海外设立研发中心", "我们的技术成果今年首次在海外落地应用"]
    distractor = "预计投入{d}"

    def result(self, s):
        return rule_m13_overseas()


class M13Platform(FixedTopic):
    key = "M13-platform"
    doc = MEAS
    hint_required = True
    name = "海外孵化器那块"
    cap = M13_PLATFORM_CAP
    intros = ["我们是一家科技服务公司", "我们是做跨境技术转移的机构"]
    contexts = ["在海外设立了一个孵化器，推动国内医药项目出海", "直接开展跨国技术转移服务，把海外前沿医药成果引到昌平转化",
                "在新加坡设立了一个医药科技园区"]

    def result(self, s):
        return rule_m13_platform()


class UnspecTopic(Topic):
    """A measure that grants support but names no figure."""
    caps = ("gradual", "false")

    def __init__(self, ukey, turns_fn, claim_fn):
        self.key = ukey
        self.doc = UNSPEC[ukey][0]
        self._turns = turns_fn
        self._claim = claim_fn

    def gen(self, variant="ok"):
        return {"x": rand_amount(2000 * WAN, 50000 * WAN, 100 * WAN)}

    def result(self, s):
        return rule_unspec(self.key)

    def turns(self, s):
        return self._turns(s)

    def false_claim(self, s):
        return self._claim(s)


def _d5c_turns(s):
    c = R.choice(D5_CLASS1)
    st = R.choice([1, 2, 3])
    return [sent(R.choice(["我们是创新药企业", "我们公司做创新药"]),
                 "有个{c}刚完成了{s}临床试验".format(c=cls(c), s=stage(st))),
            sent("实际临床研发投入{x}".format(x=money(s["x"])), R.choice(["按征求意见稿能给多少", "能支持多少"]), q=True)]


def _d10_turns(s):
    return [sent("我们有个全球领先的产业化项目落在昌平"),
            sent("固定资产投资（不含房产土地）{x}".format(x=money(s["x"])), R.choice(["按支持办法能给多少", "能补多少"]), q=True)]


def _d12_2_turns(s):
    return [sent("我们拿到了国家级重大专项的资金支持", "实际到账{x}".format(x=money(s["x"] // 10))),
            R.choice(["区里的配套支持能给多少？", "按征求意见稿，配套能有多少钱？"])]


def _d15op_turns(s):
    return [sent("我们的检验检测共享服务平台已经投入运营两年了"),
            R.choice(["按征求意见稿，运营奖励能给多少？", "运营平台这块奖励是多少？"])]


def _m4_turns(s):
    return [sent("我们是做AI药物研发的", "用了不少智能算力"),
            R.choice(["按若干措施算力补贴能给多少？", "若干措施的算力券能补多少？"])]


def _d16a_turns(s):
    return [sent("我们牵头组建的产业联盟拿到了市级认定"),
            R.choice(["按征求意见稿运营补贴能给多少？", "联盟运营补贴是多少？"])]


UNSPEC_TOPICS = [
    UnspecTopic("D5-1-complete", _d5c_turns,
                lambda s: "我听说完成临床能按研发投入的20%补，那就是{b}吧？".format(b=money(pct(s["x"], 20, 100)))),
    UnspecTopic("D10-fixed-asset", _d10_turns,
                lambda s: "是按固定资产投资的10%补吧？那就是{b}？".format(b=money(pct(s["x"], 10, 100)))),
    UnspecTopic("D12-2-matching", _d12_2_turns,
                lambda s: "配套是1:1吧？那就是{b}？".format(b=money(s["x"] // 10))),
    UnspecTopic("D15-2-operating", _d15op_turns,
                lambda s: "听说运营奖励每年{b}？".format(b=money(200 * WAN))),
    UnspecTopic("M4-compute", _m4_turns,
                lambda s: "算力券是补50%吧？我们算力花了{x}，那就是{b}？".format(x=money(s["x"] // 10), b=money(pct(s["x"] // 10, 50, 100)))),
    UnspecTopic("D16-3-alliance", _d16a_turns,
                lambda s: "运营补贴是按运营费用的30%吧？"),
]

TOPICS = [D5Entry(), D6Listing(), D6Vet(), D8Commission(), D8MahMfg(), D8Sales(), D11IntlReg(),
          D11LicIn(), D11LicOut(), D12Revenue(), D12Output(), D13Rd(), D15Outsourcing(),
          D15Platform(), D16Event(), M5AiDemo(), M7Service(), M11Park(), M12ForeignRd(),
          M12IntlInst(), M12Conf(), M13Overseas(), M13Platform()]
TOPIC_BY_KEY = {t.key: t for t in TOPICS}
assert [t.key for t in TOPICS] == FIGURE_RULES


def with_cap(cap):
    return [t for t in TOPICS if cap in t.caps]


# =============================================================================
# 4. Case construction helpers
# =============================================================================
CASES = []


def add_case(tag, turns, status, cite=(), amount="skip", kind="skip", inc=(), exc=(), meta=None):
    assert 1 <= len(turns) <= 6, turns
    for t in turns:
        assert isinstance(t, str) and t.strip()
    order = ["answered", "ineligible", "needs_info", "out_of_scope"]
    status = sorted(status, key=order.index)
    exp = {"status": list(status), "cite": [list(c) for c in cite]}
    if amount != "skip":
        exp["amount_yuan"] = amount
    if kind != "skip":
        exp["kind"] = kind
    exp["must_include"] = list(inc)
    exp["must_not_include"] = list(exc)
    case = {"id": None, "tag": tag, "turns": list(turns), "expect": exp}
    if meta:
        case["rule"] = meta
    CASES.append(case)


TRAD_ONLY = set("們個這說對萬億嗎麼藥臨試驗獎勵營務額銷檢測費註產業實際關診斷項總")


def last_turn_simplified(turns):
    t = turns[-1]
    if any(ch in TRAD_ONLY for ch in t):
        return False
    cjk = sum(1 for ch in t if "\u4e00" <= ch <= "\u9fff")
    return cjk >= 2


def add_result_case(tag, turns, res):
    """Expectation straight from a reference-rule result."""
    if not last_turn_simplified(turns):
        res = dict(res, condition=None, _noinc=True)
    if res["status"] == "ineligible":
        add_case(tag, turns, ["ineligible"], res["cite"], amount=None,
                 inc=[res["condition"]] if res["condition"] else [], meta=res["rule_id"])
    elif res["kind"] == "unspecified":
        add_case(tag, turns, ["answered"], res["cite"], amount=None, kind="unspecified", meta=res["rule_id"])
    else:
        a = None if res.get("_noinc") else amount_str(res["amount"])
        add_case(tag, turns, ["answered"], res["cite"], amount=res["amount"], kind=res["kind"],
                 inc=[a] if a else [], meta=res["rule_id"])


def add_needs_case(tag, turns, rule_id):
    t = TOPIC_BY_KEY.get(rule_id)
    if t is not None and t.capped_rate:
        # "最高X万" is a defensible answer too; the figure itself depends on the base
        add_case(tag, turns, ["needs_info", "answered"], [], meta=rule_id)
    else:
        add_case(tag, turns, ["needs_info"], [], amount=None, meta=rule_id)


class RoundRobin:
    def __init__(self, items):
        self.items = list(items)
        R.shuffle(self.items)
        self.i = 0

    def next(self):
        it = self.items[self.i % len(self.items)]
        self.i += 1
        return it


INTERLUDES = ["对了，顺便问下今天北京天气怎么样？", "稍等我去开个会……好了，回来了。", "你是机器人还是人工客服？",
              "先说句题外话，你们这个系统晚上也能用吗？", "哈哈好的。", "对了，你能帮我写首诗吗？算了，先不用。",
              "By the way, what time is it in New York now?", "顺便问一句，上海浦东对生物医药有什么税收优惠？"]
RESUMES = ["好了，回到刚才的问题，{h}能拿多少？", "言归正传，刚才那个{h}能支持多少？", "OK，继续，那我们{h}能拿多少？",
           "好，接着说，刚才说的那个{h}能拿多少钱？"]

# =============================================================================
# 5. (A) Help-desk staff cases
# =============================================================================


def helpdesk():
    T = "hd-clause-text"
    clause_q = [
        (DRAFT, "第十三条", ["征求意见稿第十三条原文是什么？", "请把支持办法第十三条的原文发我一下"], "累计支持不超过三年"),
        (DRAFT, "第五条", ["“支持新药临床研发”这一条原文怎么写的？", "第五条支持新药临床研发的原文给我看下"], "每个企业每年支持金额不超过1亿元"),
        (DRAFT, "第六条", ["征求意见稿“支持新药申报上市”那条原文是什么？"], "单品种给予最高1000万元资金支持"),
        (DRAFT, "第八条", ["第八条原文是什么？", "支持产品委托生产和销售那条的原文"], "年度销售收入的2‰"),
        (DRAFT, "第十一条", ["支持提升国际化水平那一条原文发我"], "合同总额超过1亿美元"),
        (DRAFT, "第十二条", ["第十二条第（三）项原文是怎么写的？"], "首次突破5000万元"),
        (DRAFT, "第十五条", ["“布局关键服务平台”原文是什么？"], "给予最高3000万元资金支持"),
        (DRAFT, "第十七条", ["第十七条原文是什么？"], "从优不重复"),
        (DRAFT, "第二条", ["支持办法适用于哪些主体？第二条原文念一下"], "民办非企业单位"),
        (DRAFT, "第十六条", ["第十六条第（三）项原文"], "活动实际发生费用的20%"),
        (MEAS, "（五）", ["若干措施第（五）条原文是什么？", "“加快AI+医药健康示范应用”这条原文发我一下"], "最高5000万元的资金支持"),
        (MEAS, "（七）", ["若干措施（七）完善产业服务平台体系，原文怎么写的？"], "不超过2000万元资金支持"),
        (MEAS, "（十一）", ["“强化园区建设支持”原文是什么？", "若干措施第十一条原文"], "最高3000万元的资金支持"),
        (MEAS, "（十二）", ["“汇聚全球创新资源”这条的原文"], "外资研发中心研发激励计划"),
        (MEAS, "（十三）", ["“加强出海支持”原文发我"], "分档给予不超过300万元的资金支持"),
        (MEAS, "（四）", ["若干措施（四）夯实AI+医药健康要素基础，原文是什么？"], "市级算力券"),
        (MEAS, "（九）", ["若干措施第（九）条原文"], "股贷债保"),
        (MEAS, "（十七）", ["“强化政策集成落地”这一条原文"], "超长期特别国债"),
    ]
    picks = []
    for doc, art, qs, sub in clause_q:
        picks.append((doc, art, R.choice(qs), sub))
    extra = [(DRAFT, "第十三条", "第十三条讲的什么？简单说说", None),
             (MEAS, "（十四）", "若干措施里“构建多层次人才梯队”那条主要讲什么？", None)]
    for doc, art, q, sub in picks + extra:
        add_case(T, [q], ["answered"], [(doc, art)], inc=[sub] if sub else [])

    T = "hd-department"
    dept = [
        ("（九）", ["若干措施（九）加大科技金融创新赋能的责任单位有哪些？"], "北京证监局"),
        ("（五）", ["AI+医药健康示范应用由哪些部门负责？", "（五）的责任单位是谁？"], "市医保局"),
        ("（四）", ["夯实AI+医药健康要素基础这条，责任单位有哪些？"], "市政务和数据局"),
        ("（十三）", ["出海支持这条归哪些部门管？", "（十三）加强出海支持的责任单位"], "市商务局"),
        ("（十五）", ["完善人才配套保障的责任单位是哪些？"], "市重大项目办"),
        ("（七）", ["（七）完善产业服务平台体系的责任单位有没有市国资委？"], "市国资委"),
        ("（八）", ["商业健康保险那条是哪些部门负责的？"], "北京金融监管局"),
        ("（十二）", ["外资研发中心激励那条的责任单位是哪些？"], "市科委中关村管委会"),
        ("（二）", ["提升临床研究水平的责任单位有哪些？"], "市卫生健康委"),
        ("（三）", ["加快创新成果转化这一条的责任单位？"], "市教委"),
        ("（十）", ["加速特色产业集聚找哪个部门？"], "市经济和信息化局"),
        ("（十四）", ["构建多层次人才梯队的责任单位有哪些？"], "市人才局"),
        ("（十七）", ["强化政策集成落地这条责任单位有哪些？"], "市规划自然资源委"),
    ]
    for art, qs, d in dept:
        add_case(T, [R.choice(qs)], ["answered"], [(MEAS, art)], inc=[d])
    add_case(T, ["征求意见稿由哪个单位负责解释？"], ["answered"], [(DRAFT, "第十八条")], inc=["未来科学城管理委员会"])
    add_case(T, ["若干措施由哪个部门负责解释？"], ["answered"], [], inc=["市科委中关村管委会"])

    T = "hd-date"
    add_case(T, ["若干措施（五）的AI示范项目，2027年还能申请吗？"], ["answered"], [(MEAS, "（五）")])
    add_case(T, ["2028年6月按若干措施申请（十一）园区支持，还在有效期内吗？"], ["answered"], [(MEAS, "（十一）")])
    add_case(T, ["若干措施2030年还能申请吗？"], ["ineligible", "answered"], [], amount=None, inc=["2028"])
    add_case(T, ["若干措施（十三）出海支持最多给多少？", "2030年还能申请吗？"], ["ineligible", "answered"], [], amount=None, inc=["2028"])
    add_case(T, ["2029年3月还能按若干措施申请科技服务业企业的支持吗？"], ["ineligible", "answered"], [], amount=None)
    add_case(T, ["若干措施的有效期到什么时候？"], ["answered"], [], inc=["2028"])
    add_case(T, ["若干措施是从哪天开始施行的？"], ["answered"], [])
    add_case(T, ["今年下半年（2026年）申请外资研发中心激励来得及吗？"], ["answered"], [(MEAS, "（十二）")])
    add_case(T, ["2031年还能按（七）申请吗？"], ["ineligible", "answered"], [], amount=None)
    add_case(T, ["Is the 2026-2028 measures document still valid in 2029?"], ["ineligible", "answered"], [], amount=None)
    # the draft has no effective date: several readings are defensible
    add_case(T, ["征求意见稿2027年能用吗？"], ["answered", "needs_info", "ineligible"], [], amount=None)
    add_case(T, ["征求意见稿里CRO那条，2030年还能申请吗？"], ["answered", "needs_info", "ineligible"], [], amount=None)

    T = "hd-draft-status"
    add_case(T, ["这两个文件哪个是征求意见稿？"], ["answered"], [], inc=["征求意见稿"])
    add_case(T, ["昌平组团促进医药健康产业发展支持办法（修订稿）现在生效了吗？"], ["answered"], [], inc=["征求意见稿"])
    add_case(T, ["哪个文件是已经正式施行的？"], ["answered"], [])
    add_case(T, ["若干措施是正式文件还是征求意见稿？"], ["answered"], [])
    add_case(T, ["征求意见稿里写的金额现在能兑现吗？"], ["answered", "ineligible"], [], amount=None)
    add_case(T, ["自贸试验区昌平组团那个支持办法是什么状态？"], ["answered"], [], inc=["征求意见稿"])
    add_case(T, ["若干措施什么时候发布的？有效期多久？"], ["answered"], [], inc=["2028"])
    add_case(T, ["Which of the two documents is only a draft for comment?"], ["answered"], [])

    T = "hd-unspecified"
    uq = [("D10-fixed-asset", "征求意见稿第十条按固定资产投资给支持，比例是多少？"),
          ("D9-talent-team", "第九条对拥有国际领军人才和团队的企业给多少钱？"),
          ("D4-1-concept", "概念验证资金每个项目给多少？"),
          ("D4-2-ai", "征求意见稿第四条人工智能赋能的项目，每个项目给多少？"),
          ("D12-2-matching", "国家级重大专项的配套支持比例是多少？"),
          ("D14-3-risk", "银行信贷风险补偿按损失本金的多少比例补？"),
          ("D15-2-operating", "已经投入运营的共享服务平台，奖励金额是多少？"),
          ("D16-3-alliance", "产业联盟获得市级认定后的运营补贴是多少？"),
          ("D5-1-complete", "完成Ⅲ期临床试验的1类新药，按研发投入给多少比例的支持？"),
          ("M1-platform", "若干措施对高能级创新平台的资金支持是多少？"),
          ("M4-compute", "若干措施的市级算力券补贴标准是多少？"),
          ("M9-fund", "投资机构设立私募股权基金，若干措施给多少支持？"),
          ("M14-youth", "青年拔尖人才资金支持是多少钱？")]
    for k, q in uq:
        res = rule_unspec(k) if k != "D5-1-complete" else rule_d5_complete("1chem", 3)
        add_result_case(T, [q], res)
    add_case(T, ["若干措施里哪些条款给资金支持但没写具体金额？"], ["answered"], [], amount=None)
    add_case(T, ["征求意见稿里哪些支持只说“一定比例”，没给具体数？"], ["answered"], [], amount=None)

    T = "hd-compare"
    cmp_ = [("AI赋能药物研发这类项目，征求意见稿和若干措施分别怎么支持？", [(DRAFT, "第四条"), (MEAS, "（五）")]),
            ("概念验证，征求意见稿和若干措施的说法有什么不同？", [(DRAFT, "第四条"), (MEAS, "（三）")]),
            ("服务平台的支持，支持办法第十五条和若干措施（七）对比一下", [(DRAFT, "第十五条"), (MEAS, "（七）")]),
            ("企业出海/国际化，征求意见稿和若干措施各给什么支持？", [(DRAFT, "第十一条"), (MEAS, "（十三）")]),
            ("金融支持方面，征求意见稿第十四条和若干措施第（九）条有什么区别？", [(DRAFT, "第十四条"), (MEAS, "（九）")]),
            ("人才方面两个文件分别怎么说的？征求意见稿第十六条和若干措施（十四）", [(DRAFT, "第十六条"), (MEAS, "（十四）")]),
            ("办会议活动，征求意见稿和若干措施的支持标准比较一下", [(DRAFT, "第十六条"), (MEAS, "（十二）")]),
            ("临床研究方面，征求意见稿第五条和若干措施（二）有什么不同？", [(DRAFT, "第五条"), (MEAS, "（二）")]),
            ("新药上市，征求意见稿第六条和若干措施（六）哪个有具体金额？", [(DRAFT, "第六条"), (MEAS, "（六）")]),
            ("共享服务平台，征求意见稿最高给多少，若干措施（七）最高给多少？", [(DRAFT, "第十五条"), (MEAS, "（七）")]),
            ("产业联盟在两个文件里分别怎么支持？", [(DRAFT, "第十六条"), (MEAS, "（七）")]),
            ("研发投入的支持，征求意见稿第十三条和若干措施（十二）有什么区别？", [(DRAFT, "第十三条"), (MEAS, "（十二）")])]
    for q, cites in cmp_:
        add_case(T, [q], ["answered"], cites)

    T = "hd-smalltalk"
    for q in ["你好", "您好！", "在吗？", "谢谢你！", "Hello!", "早上好", "辛苦了，谢谢"]:
        add_case(T, [q], ["answered", "needs_info"], [], amount=None)
    for first in ["第十三条原文是什么？", "若干措施有效期到什么时候？", "征求意见稿由谁负责解释？"]:
        add_case(T, [first, R.choice(["好的，谢谢！", "明白了，多谢", "OK，谢谢你"])], ["answered", "needs_info"], [])

    T = "hd-out-of-scope"
    for q in ["今天北京天气怎么样？", "帮我写一首关于春天的诗", "上海浦东新区对生物医药企业的税收优惠是多少？",
              "深圳坪山区生物医药企业有什么补贴？", "推荐几只医药股", "红烧肉怎么做？", "个人所得税专项附加扣除怎么填？",
              "What's the weather in Beijing tomorrow?", "台北明天會下雨嗎？", "苏州工业园区生物医药企业的房租补贴是多少？",
              "杭州对医疗器械企业的研发补贴标准是多少？", "帮我翻译一下这句话：I love you", "广州南沙的人才落户政策是什么？"]:
        add_case(T, [q], ["out_of_scope"], [], amount=None)


# =============================================================================
# 6. (B) Enterprise chats, 2-6 turns
# =============================================================================


def maybe_alt(topic, s, p=0.12):
    if "alt" in topic.caps and R.random() < p:
        lang = R.choice(["trad", "en"])
        return topic.alt(s, lang)
    return None


def ent_gradual(n):
    rr = RoundRobin(TOPICS)
    for _ in range(n):
        t = rr.next()
        s = t.gen()
        alt = maybe_alt(t, s, 0.15)
        if alt:
            turns = [R.choice(["你好", "您好，想咨询一下政策", "在吗，问个政策问题"]), alt]
        else:
            turns = t.gradual_turns(s)
        add_result_case("ent-gradual", turns, t.result(s))


def ent_bare(n_settled, n_unsettled):
    rr = RoundRobin(with_cap("bare"))
    for _ in range(n_settled):
        t = rr.next()
        s = t.gen()
        first, reply = t.bare(s)
        turns = first + [reply]
        if R.random() < 0.25 and not turns[0].startswith(("你好", "您好")):
            turns = [R.choice(["你好", "您好，咨询下"])] + turns
        add_result_case("ent-bare-reply", turns, t.result(s))
    rr = RoundRobin([t for t in TOPICS if hasattr(t, "needs_unsettled")])
    for _ in range(n_unsettled):
        t = rr.next()
        s = t.gen()
        add_needs_case("ent-bare-reply", t.needs_unsettled(s), t.key)


def ent_correction(n):
    rr = RoundRobin(with_cap("corr"))
    for _ in range(n):
        t = rr.next()
        s = t.gen()
        new, utt = t.correction(s)
        if R.random() < 0.5:
            turns = [t.oneshot(s), utt]
        else:
            turns = t.gradual_turns(s)[:4] + [utt]
        if not utt.endswith("？") and R.random() < 0.5:
            turns.append(R.choice(["那现在能拿多少？", "重新算一下吧", "那按这个算呢？"]))
        add_result_case("ent-correction", turns, t.result(new))


def pair_ok(a, b):
    return a.key != b.key and a.key.split("-")[0] != b.key.split("-")[0]


def ent_topic_switch(n_full, n_needs):
    rr = RoundRobin(TOPICS)
    needs_topics = RoundRobin(with_cap("needs"))
    made = 0
    while made < n_full + n_needs:
        a = rr.next()
        needs = made >= n_full
        b = needs_topics.next() if needs else R.choice(TOPICS)
        if not pair_ok(a, b):
            continue
        sa = a.gen()
        sb = b.gen()
        lead = R.choice(["另外想问一下，", "换个问题，", "还有个事，", "再问个别的，", ""])
        if b.identity_in_intro:
            lead = R.choice(["另外帮我们关联公司问一下，", "再帮兄弟公司问个事，", "换个问题，帮另一家公司问的，"])
        if needs:
            bt = b.needs(sb)
            bt[0] = lead + bt[0]
            turns = [a.oneshot(sa)] + bt
            add_needs_case("ent-topic-switch", turns, b.key)
        else:
            alt = maybe_alt(b, sb, 0.15)
            turns = [a.oneshot(sa), alt if alt else lead + b.oneshot(sb, intro=True)]
            if R.random() < 0.3:
                turns.insert(1, R.choice(["好的，明白。", "了解了。"]))
            add_result_case("ent-topic-switch", turns, b.result(sb))
        made += 1


def ent_return(n):
    rr = RoundRobin(with_cap("modify"))
    made = 0
    while made < n:
        a = rr.next()
        b = R.choice(TOPICS)
        if not pair_ok(a, b):
            continue
        sa = a.gen()
        sb = b.gen()
        lead = R.choice(["另外帮关联公司问一下，", "顺便替兄弟公司问一下，"]) if b.identity_in_intro else R.choice(["另外，", "再问个别的，", ""])
        turns = [a.oneshot(sa), lead + b.oneshot(sb)]
        if R.random() < 0.5:
            new, utt = a.modify(sa)
            turns.append(utt)
            add_result_case("ent-return", turns, a.result(new))
        else:
            turns.append(R.choice(["回到第一个问题，{nm}刚才算的是多少来着？", "再确认下前面{nm}，能拿多少？"]).format(nm=a.name))
            add_result_case("ent-return", turns, a.result(sa))
        made += 1


def ent_add_items(n):
    rr = RoundRobin(with_cap("add"))
    for _ in range(n):
        t = rr.next()
        if hasattr(t, "gen_add"):
            s = t.gen_add()
        elif t.key == "D11-2-lic-in":
            s = {"n": R.choice([2, 3]), "listed": True}
        else:
            s = t.gen()
        add_result_case("ent-add-items", t.add_turns(s), t.result(s))


SUM_PAIRS = [("D5-1-entry", "D6-1-listing"), ("D5-1-entry", "D12-3-output"), ("D11-1-intl-reg", "D11-2-lic-out"),
             ("D15-1-outsourcing", "D16-3-event"), ("D6-2-vet", "D11-2-lic-in"), ("M12-foreign-rd", "M13-overseas"),
             ("M12-conference", "M13-platform"), ("M7-service", "M13-overseas"), ("D8-1-commission", "D11-2-lic-in"),
             ("D13-rd", "D16-3-event"), ("M5-ai-demo", "M13-overseas"), ("D6-1-listing", "D11-1-intl-reg"),
             ("M11-park", "M12-conference"), ("D12-3-output", "D11-2-lic-out")]


def ent_sum(n):
    rr = RoundRobin(SUM_PAIRS)
    for _ in range(n):
        ka, kb = rr.next()
        a, b = TOPIC_BY_KEY[ka], TOPIC_BY_KEY[kb]
        sa, sb = a.gen(), b.gen()
        ra, rb = a.result(sa), b.result(sb)
        diff = "（另一个品种）" if ka.split("-")[0] in ("D5", "D6", "D12", "D11") and kb.split("-")[0] in ("D5", "D6", "D12", "D11") else ""
        t2 = b.oneshot(sb, intro=False)
        if diff:
            t2 = R.choice(["另外（不是同一个品种）：", "还有别的品种，"]) + t2
        else:
            t2 = R.choice(["另外，", "还有，", ""]) + t2
        turns = [a.oneshot(sa), t2, R.choice(["两项加起来一共多少？", "这两项一共能拿多少？", "加在一起最多多少？"])]
        add_result_case("ent-sum", turns, combine([ra, rb]))


def ent_interlude(n):
    rr = RoundRobin(with_cap("interlude"))
    for _ in range(n):
        t = rr.next()
        s = t.gen()
        facts = t.facts(s)
        first = sent(t.intro(), *facts) if t.intro() else sent(*facts)
        turns = [first, R.choice(INTERLUDES), R.choice(RESUMES).format(h=t.h())]
        add_result_case("ent-interlude", turns, t.result(s))


def ent_false_claim(n_fig, n_unspec):
    rr = RoundRobin(with_cap("false"))
    for _ in range(n_fig):
        t = rr.next()
        s = t.gen()
        turns = t.gradual_turns(s)[:4] + [t.false_claim(s)]
        add_result_case("ent-false-claim", turns, t.result(s))
    rr = RoundRobin(UNSPEC_TOPICS)
    for _ in range(n_unspec):
        t = rr.next()
        s = t.gen()
        add_result_case("ent-false-claim", t.turns(s) + [t.false_claim(s)], t.result(s))


INEL_VARIANTS = [("D5-1-entry", "inel"), ("D6-1-listing", "inel"), ("D6-2-vet", "inel"), ("D11-2-lic-in", "inel"),
                 ("D11-2-lic-out", "inel"), ("D12-1-revenue", "inel_low"), ("D12-1-revenue", "inel_repeat"),
                 ("D12-3-output", "inel"), ("D13-rd", "inel_rev"), ("D13-rd", "inel_rd"), ("D13-rd", "inel_growth"),
                 ("D13-rd", "inel_years"), ("D15-1-outsourcing", "inel"), ("M12-foreign-rd", "inel")]


def ent_ineligible(n):
    rr = RoundRobin(INEL_VARIANTS)
    for _ in range(n):
        k, v = rr.next()
        t = TOPIC_BY_KEY[k]
        s = t.gen(v)
        res = t.result(s)
        assert res["status"] == "ineligible", (k, v, s)   # really refused by the rule
        turns = t.gradual_turns(s)
        add_result_case("ent-ineligible", turns, res)


def ent_unspecified(n):
    rr = RoundRobin(UNSPEC_TOPICS)
    for _ in range(n):
        t = rr.next()
        s = t.gen()
        turns = t.turns(s)
        if R.random() < 0.3:
            turns = [R.choice(["你好", "您好，咨询个政策"])] + turns
        add_result_case("ent-unspecified", turns, t.result(s))


def ent_needs(n):
    rr = RoundRobin(with_cap("needs"))
    for _ in range(n):
        t = rr.next()
        s = t.gen()
        turns = t.needs(s)
        if len(turns) < 2:
            if turns[0].startswith(("你好", "您好")):
                turns = [R.choice(["在吗？", "想咨询个政策问题"])] + turns
            else:
                turns = [R.choice(["你好，想咨询一下", "您好", "在吗？"])] + turns
        add_needs_case("ent-needs-info", turns, t.key)


def ent_mixed_chats(n):
    """Longer realistic chats: facts -> interlude -> correction -> add -> total."""
    rr = RoundRobin([t for t in with_cap("add") if hasattr(t, "gen_add")])
    for _ in range(n):
        t = rr.next()
        s = t.gen_add()
        turns = t.add_turns(s)
        turns.insert(1, R.choice(INTERLUDES))
        add_result_case("ent-add-items", turns[:6], t.result(s))


# =============================================================================
# 7. Build, validate, write
# =============================================================================
def build():
    helpdesk()
    ent_gradual(28)
    ent_bare(20, 5)
    ent_correction(30)
    ent_topic_switch(18, 7)
    ent_return(15)
    ent_add_items(16)
    ent_mixed_chats(4)
    ent_sum(20)
    ent_interlude(15)
    ent_false_claim(14, 6)
    ent_ineligible(22)
    ent_unspecified(10)
    ent_needs(15)


def load_articles():
    """Articles actually present in the policy texts (validation only)."""
    found = {}
    for doc, arts in KNOWN_ARTICLES.items():
        path = os.path.join(POLICY_DIR, doc + ".txt")
        if not os.path.exists(path):
            found[doc] = set(arts)
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        ok = set()
        for a in arts:
            probe = a if doc == DRAFT else "(" + a[1:-1] + ")"
            if probe in text or a in text:
                ok.add(a)
        found[doc] = ok
    return found


def policy_text(doc):
    path = os.path.join(POLICY_DIR, doc + ".txt")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return f.read()


def validate(lines):
    arts = load_articles()
    texts = {d: policy_text(d) for d in KNOWN_ARTICLES}
    statuses = {"answered", "ineligible", "needs_info", "out_of_scope"}
    kinds = {"fixed", "upper_bound", "unspecified"}
    for i, line in enumerate(lines, 1):
        c = json.loads(line)
        assert c["id"] == "p9-%03d" % i, c["id"]
        assert 1 <= len(c["turns"]) <= 6
        if c["tag"].startswith("ent-"):
            assert 2 <= len(c["turns"]) <= 6, c["id"]
        e = c["expect"]
        assert e["status"] and all(s in statuses for s in e["status"]), c
        if "kind" in e:
            assert e["kind"] in kinds, c
        if "amount_yuan" in e:
            a = e["amount_yuan"]
            assert a is None or (isinstance(a, int) and not isinstance(a, bool) and a > 0), c
        for doc, art in e["cite"]:
            assert doc in arts and art in arts[doc], (c["id"], doc, art)
        assert isinstance(e["must_include"], list) and isinstance(e["must_not_include"], list)
        if e.get("kind") == "unspecified":
            assert e["amount_yuan"] is None
        if e.get("amount_yuan") is not None:
            assert e["status"] == ["answered"] and e.get("kind") in ("fixed", "upper_bound")
        if e["status"] in (["needs_info"], ["out_of_scope"], ["ineligible"]):
            assert e.get("amount_yuan", None) is None
        # verbatim fragments (原文 / 责任单位 / 解释单位) must occur in the cited text
        if c["tag"] in ("hd-clause-text", "hd-department"):
            for frag in e["must_include"]:
                docs = [d for d, _ in e["cite"]] or [MEAS]
                for d in docs:
                    if texts[d] is not None:
                        assert frag in texts[d], (c["id"], frag)
        # an expected amount string must come from the amount itself
        if e.get("amount_yuan") is not None:
            for s in e["must_include"]:
                assert s == amount_str(e["amount_yuan"])
    return len(lines)


def counts(cases):
    by_tag, by_status, by_rule = {}, {}, {}
    for c in cases:
        by_tag[c["tag"]] = by_tag.get(c["tag"], 0) + 1
        st = "|".join(c["expect"]["status"])
        by_status[st] = by_status.get(st, 0) + 1
        if c["expect"].get("amount_yuan") is not None:
            for part in c.get("rule", "").split("+"):
                by_rule[part] = by_rule.get(part, 0) + 1
    return by_tag, by_status, by_rule


README_HEAD = """# probe9 — held-out eval set for the policy-QA assistant

`cases.jsonl` ({n} cases, ids `p9-001` … `p9-{n:03d}`) is written by `make_cases.py`
(standard library only, `SEED = {seed}`; two runs are byte-identical:
`python3 make_cases.py && sha256sum cases.jsonl`).

Built only from `/work/shared/CONTRACT.md` and the two policy texts in
`/work/shared/policies/`; no project code, tests or other eval sets were read, and
the assistant was not run.

## How it was built

* **Reference rules** (top of the script): one constant block and one function per
  figure-bearing clause, in integer yuan, typed by hand from the text
  (`rule_d5_entry`, `rule_d6_listing`, `rule_d6_vet`, `rule_d8_*`, `rule_d11_*`,
  `rule_d12_*`, `rule_d13`, `rule_d15_*`, `rule_d16_event`, `rule_m5`, `rule_m7`,
  `rule_m11`, `rule_m12_*`, `rule_m13_*`, plus `rule_unspec` for clauses that grant
  support with no figure).  Every `amount_yuan` in the set is the return value of
  one of these functions (or `combine()` of several) applied to the same slot values
  that were rendered into the user's words.  No amount is typed into a case.
  The functions assert that percentages give whole yuan, that no value sits exactly
  on a tier / threshold / cap boundary, and every `ineligible` case is asserted to be
  refused by its rule.
* **Topics**: one class per provision holding the ways a user states its facts
  (intro, facts, question, bare reply, correction, false claim, "what if" variant,
  items added over turns, Traditional-Chinese / English one-shot for some).
* **Numerals** are rendered randomly as Arabic 万 (`850万`), full Chinese
  (`八百五十万`, `两千五百万`), mixed (`3亿2千万`, `1千2百万`), slang (`850w`,
  `850个w`, `3.2个亿`), decimal 亿 (`5.15亿`), plain yuan (`8,500,000元`),
  Traditional (`八百五十萬`) and English (`RMB 8.5 million`, `USD 150 million`).
* **Expectations** use only contract fields: `status` (list), `cite`
  (`[doc_id, article]`, measures of the 2026-2028 document as `（五）`),
  `amount_yuan`, `kind`.  `must_include` is used only for strings the contract makes
  checkable: the amount as `N万` (the contract example's form, only when the amount is
  whole 万 and below 1亿), the condition figure an `ineligible` answer must name
  (e.g. `3000万`, `1亿美元`, `5亿`), a verbatim department name when the question asks
  for the responsible departments, `征求意见稿` when asked which document is the draft,
  the end year `2028` when asked about validity, and a verbatim fragment (no
  punctuation) when the user explicitly asks for a clause's 原文.  `must_not_include`
  is never used (a correct answer may legitimately quote a wrong figure to reject it).
  `needs_info`, `ineligible`, `out_of_scope` and greetings expect `amount_yuan: null`
  (except the `needs_info / answered` cases below, where the amount is not checked).
  When the scored (last) turn is Traditional Chinese or English, no `must_include`
  is set (the answer's script/language is not fixed by the contract for such input);
  `amount_yuan` and `kind` are still checked.
* The extra field `rule` (ignored by the harness) names the reference rule(s) behind
  the expectation.

## Decisions on user phrasing

* Approximate figures ("800万左右吧", "大概…", "差不多…") given as a bare reply are
  treated as **settled**: the expected upper bound / amount is computed on the stated
  figure.
* A bare stage reply ("三期") is settled only when drug class and number of varieties
  were already given; after "我们有个新药进临床了" (class unknown) it stays
  `needs_info`.  "就一个" (count) without the drug class, "前年的记不清了" (two-year
  R&D total unknown), "得问财务" stay `needs_info`.
* A topic switch to a measure whose pricing fact has not been given expects
  `needs_info` (the earlier measure's figure must not be reused).
* For a rate capped by a sum (第十五条（二） 30%/3000万, （五） 30%/5000万,
  （十一） 50%/3000万) asked without the base figure, both `needs_info` (the figure
  depends on the base) and `answered` (quoting the cap as an upper bound) are
  defensible under the contract → both accepted, amount not checked.  For pure rates
  without a cap (第八条, 第十一条（一）, 第十二条（一）, 第十三条, 第十五条（一）,
  第十六条（三）) and for tiered/class-dependent sums with the tier or class missing,
  only `needs_info` is accepted.
* "我们是一家小微企业" is always stated for 第十三条 (its 中小微企业 condition).
* Sums over two provisions are asked about different varieties / activities of one
  company; a topic switch to a provision whose intro carries a needed fact (CRO,
  销售平台, 平台, 小微企业) is phrased as asking for a related company.
* Enterprise questions about provisions that overlap across the two documents name
  the document ("按征求意见稿…", "按若干措施…"); CRO/CDMO questions follow the
  contract's own example and need no document name.
"""

AMBIG = """
## Ambiguities found in the texts (cases left out or several statuses allowed)

1. **第五条（一）, 2类 drugs**: "可参照…完成相应临床阶段的标准给予支持" refers only
   to the completion-stage standard (一定比例, no figure); whether 2类 also get the
   50/100/200万 entry awards is unclear → no 2类 entry-award cases.
2. **第五条（二）** grants a "定额一次性奖励" with no figure but caps it at 200万 per
   enterprise per year: `unspecified` vs `upper_bound 200万` → not tested for amount.
3. **第十二条（三）**: when one variety crosses several tiers in one year (e.g. 4000万 →
   6亿) the text does not say whether only the highest award or the sum is paid →
   every case gives last year's output in the tier just below, so exactly one tier is
   newly crossed.
4. **Thresholds stated inclusively or exclusively** ("首次突破5亿元（含）以上",
   "达1000万元以上", "不足3000万元", "超过1亿美元", caps reached exactly by a rate) —
   values are never generated on a boundary.
5. **Overlaps between the documents**: CRO/CDMO/CMO and 共享服务平台 (第十五条) vs
   科技服务业企业 (（七）, ≤2000万); 高品质活动 (第十六条（三）) vs 国际学术研讨会议
   (（十二）, ≤300万); AI projects (第四条（二）, no figure) vs 示范场景 (（五）) —
   cases name the document; comparison questions check only status and citations.
6. **第十七条 从优不重复**: whether two provisions apply to "the same 事项" is a matter
   of judgement (e.g. 第八条（一）承担生产 vs 第十五条（一）CMO; 第八条（二）销售收入 vs
   第十二条（一）主营业务收入; cross-document stacking) → sums ("两项加起来") only combine
   clearly distinct items (different varieties / activities) within one document.
7. **The draft has no effective or expiry date** (征求意见稿, "自发布之日起施行") →
   date questions about it accept answered / needs_info / ineligible.
8. The **validity sentence of the 2026-2028 measures** is in an unnumbered closing
   paragraph, so date questions outside 2026-02-04 … 2028-12-31 carry no `cite` and
   accept ineligible or answered.
9. **第七条 and 第十四条（二）** only refer to other Changping policies not in the corpus
   → not used for amount cases.
10. **第六条（一）"重大改良型新药、首仿药等"** is an open list, so an ordinary generic is
    not used as an ineligible case; ineligibility there is tested via "not
    industrialised" instead.
11. **第十一条（二） License-out threshold is in US dollars**; contracts quoted in RMB
    would need an exchange rate → only USD figures are used.
12. **第八条（二） and 第十二条（一）** say "按照…的2‰" with no ceiling word → `fixed`
    (the contract's upper_bound needs 最高/不超过/a cap).
13. **第四条（一）** "每年定额安排概念验证资金" is an annual budget, not a per-project
    figure → treated as `unspecified`.
14. **第十二条（一） "首次"**: a company whose revenue already exceeded 5亿 in an
    earlier year is expected `ineligible` (condition named: 首次).
15. **（十二） 外资研发中心**: the incentive is for 外资 enterprises; a domestic company's
    R&D centre is expected `ineligible` (condition named: 外资).
"""


def write_readme(cases):
    by_tag, by_status, by_rule = counts(cases)
    out = [README_HEAD.format(n=len(cases), seed=SEED)]
    hd = sum(v for k, v in by_tag.items() if k.startswith("hd-"))
    ent = sum(v for k, v in by_tag.items() if k.startswith("ent-"))
    out.append("\n## Counts\n\nhelp-desk (A): %d (%.0f %%), enterprise chats (B): %d (%.0f %%)\n"
               % (hd, 100.0 * hd / len(cases), ent, 100.0 * ent / len(cases)))
    out.append("\n| tag | cases |\n| --- | ---: |\n")
    for k in sorted(by_tag):
        out.append("| `%s` | %d |\n" % (k, by_tag[k]))
    out.append("\n| expected status | cases |\n| --- | ---: |\n")
    for k in sorted(by_status):
        out.append("| `%s` | %d |\n" % (k.replace("|", " / "), by_status[k]))
    kinds = {}
    for c in cases:
        k = c["expect"].get("kind", "(not checked)")
        kinds[k] = kinds.get(k, 0) + 1
    out.append("\n| expected kind | cases |\n| --- | ---: |\n")
    for k in sorted(kinds):
        out.append("| `%s` | %d |\n" % (k, kinds[k]))
    out.append("\n| reference rule (cases with an amount, parts counted) | cases |\n| --- | ---: |\n")
    for k in FIGURE_RULES:
        out.append("| `%s` | %d |\n" % (k, by_rule.get(k, 0)))
    turns = {}
    for c in cases:
        turns[len(c["turns"])] = turns.get(len(c["turns"]), 0) + 1
    out.append("\nturns per case: " + ", ".join("%d turn(s): %d" % (k, turns[k]) for k in sorted(turns)) + "\n")
    out.append(AMBIG)
    return "".join(out)


def main():
    build()
    for i, c in enumerate(CASES, 1):
        c["id"] = "p9-%03d" % i
    lines = [json.dumps({"id": c["id"], "tag": c["tag"], "turns": c["turns"], "expect": c["expect"],
                         **({"rule": c["rule"]} if "rule" in c else {})},
                        ensure_ascii=False) for c in CASES]
    n = validate(lines)
    by_tag, by_status, by_rule = counts(CASES)
    for k in FIGURE_RULES:
        assert by_rule.get(k, 0) >= 3, ("coverage", k, by_rule.get(k, 0))
    with open(OUT_CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(OUT_README, "w", encoding="utf-8", newline="\n") as f:
        f.write(write_readme(CASES))
    print("wrote %d cases to %s" % (n, OUT_CASES))
    print("by tag:", json.dumps(dict(sorted(by_tag.items())), ensure_ascii=False))
    print("by status:", json.dumps(dict(sorted(by_status.items())), ensure_ascii=False))
    print("amount cases per rule:", json.dumps({k: by_rule.get(k, 0) for k in FIGURE_RULES}))


if __name__ == "__main__":
    main()
