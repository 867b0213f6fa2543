#!/usr/bin/env python3
"""Seeded generator for the probe3 held-out eval set.

Every expected amount is computed here, by the reference functions below,
from slot values (written from /work/shared/policies/*.txt only).
Run:  python3 /work/probe3/make_cases.py   -> writes /work/probe3/cases.jsonl
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20260204
rng = random.Random(SEED)
OUT = Path(__file__).resolve().parent / "cases.jsonl"

WAN = 10_000
YI = 100_000_000
USD_YI = 100_000_000  # 1亿美元, in USD

DRAFT = "changping-zone-draft"
MEAS = "changping-2026-2028"

# ---------------------------------------------------------------------------
# Reference arithmetic (amounts in yuan)
# ---------------------------------------------------------------------------

def pct(base, num, den):
    assert (base * num) % den == 0, (base, num, den)
    return base * num // den

# 征求意见稿 第五条（一）: 1类 进入Ⅰ/Ⅱ/Ⅲ期 50/100/200万 per product; 2类 only
# "参照...完成相应临床阶段的标准" (no entry award); 每企业每年 <= 1亿
D5_ENTRY = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}
D5_CAP = 1 * YI

def d5_entry(cls, stage):
    return D5_ENTRY[stage] if cls == 1 else None

def d5_total(items):
    """items: [(cls, stage, count)]; sum of entry awards, then annual cap."""
    s = sum(d5_entry(c, st) * n for c, st, n in items if d5_entry(c, st) is not None)
    return min(s, D5_CAP)

# 第六条（一）: 1类 <=1000万; 2类 <=500万; 重大改良型/首仿 参照1类 <=1000万
D6_DRUG = {"1": 1000 * WAN, "2": 500 * WAN, "improved": 1000 * WAN, "first_generic": 1000 * WAN}
# 第六条（二）: 一/二/三类新兽药 <=300/200/100万
D6_VET = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}

def d8_entrust(trade):          # 第八条（一）委托生产 <=10% 交易额
    return pct(trade, 10, 100)

def d8_mah_producer(invest):    # 第八条（一）承担生产 <=20% 实际投入
    return pct(invest, 20, 100)

def d8_sales(rev):              # 第八条（二）销售平台 2‰ 年度销售收入
    return pct(rev, 2, 1000)

def d11_reg(*fees):             # 第十一条（一）<=30% 实际注册费用（含注册/检测/代理费）
    return pct(sum(fees), 30, 100)

def d11_lin(launched):          # 第十一条（二）License-in 上市后 单品种<=100万
    return 100 * WAN * launched

def d11_lout(contracts_usd):    # License-out 合同总额 >1亿美元 单品种<=50万
    n = sum(1 for c in contracts_usd if c > USD_YI)
    return 50 * WAN * n if n else None

def d12_rev(rev, first=True):   # 第十二条（一）首次突破5亿元（含）: 2‰ 主营收入
    return pct(rev, 2, 1000) if (first and rev >= 5 * YI) else None

D12_TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
             (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]

def d12_output(prev, cur):
    """第十二条（三）单品种年产值首次突破 tier. prev = highest earlier output."""
    crossed = [a for t, a in D12_TIERS if prev < t < cur]
    for t, _ in D12_TIERS:
        assert t not in (prev, cur), "exact-threshold handled as ambiguous, not here"
    assert len(crossed) <= 1, "multi-tier jumps are excluded (ambiguous)"
    return crossed[0] if crossed else None

def d12_output_multi(pairs):
    vals = [d12_output(p, c) for p, c in pairs]
    return sum(v for v in vals if v)

def d13(rev_last, rd_prev, rd_last, growth3=True, sme=True, years_done=0):
    """第十三条: 上年营收<3000万, 上两年研发投入>=1000万, 连续三年正增长, 中小微, <=3年 -> <=10% 上年研发"""
    ok = (rev_last < 3000 * WAN and rd_prev + rd_last >= 1000 * WAN and growth3
          and sme and years_done < 3 and rd_last > rd_prev)
    return pct(rd_last, 10, 100) if ok else None

def d15_cro(service):           # 第十五条（一）<=20% 年度实际服务金额
    return pct(service, 20, 100)

def d15_platform(invest):       # 第十五条（二）<=30% 建设实际投入, 最高3000万
    return min(pct(invest, 30, 100), 3000 * WAN)

def d16_event(cost):            # 第十六条（三）<=20% 活动实际发生费用
    return pct(cost, 20, 100)

def m5_ai(invest):              # 措施（五）<=30% 工程投资总额, 最高5000万
    return min(pct(invest, 30, 100), 5000 * WAN)

M7_SERVICE = 2000 * WAN         # 措施（七）<=2000万

def m11_park(invest):           # 措施（十一）<=50% 项目投资总额, 最高3000万
    return min(pct(invest, 50, 100), 3000 * WAN)

M12_FOREIGN_RD = 1000 * WAN     # （十二）外资研发中心 <=1000万
M12_INTL_INST = 300 * WAN       # （十二）国际科研机构 <=300万
M13_OVERSEAS = 200 * WAN        # （十三）首次海外应用等 <=200万
M13_PLATFORM = 300 * WAN        # （十三）海外园区/孵化器 分档 <=300万

# ---------------------------------------------------------------------------
# Amount surface forms (+ an independent parser used as a self-check)
# ---------------------------------------------------------------------------
CN_D = "零一二三四五六七八九"

def _cn4(x, lead):
    """x in 0..9999 -> Chinese; lead=True: no higher section before it."""
    out, zero = "", False
    for unit_val, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = x // unit_val % 10
        if d:
            if zero:
                out += "零"
            zero = False
            if unit == "十" and d == 1 and lead and not out:
                out += "十"
            else:
                out += CN_D[d] + unit
        elif out or not lead:
            zero = True if out or not lead else zero
    return out

def cn_full(n, liang=False, yuan=False):
    yi, wan, ge = n // YI, n // WAN % WAN, n % WAN
    s, higher = "", False
    for part, unit in ((yi, "亿"), (wan, "万"), (ge, "")):
        if part:
            if higher and part < 1000:
                s += "零"
            s += _cn4(part, lead=not higher) + unit
            higher = True
        elif higher:
            pass
    s = re.sub("零+", "零", s)
    if liang:
        s = re.sub(r"^二(?=[千百亿万])", "两", s)
    return s + ("元" if yuan else "")

DAXIE = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")

def cn_daxie(n):
    return cn_full(n).translate(DAXIE) + "元"

TRAD = str.maketrans({"万": "萬", "亿": "億", "两": "兩"})

def cn_trad(n, liang=False):
    return cn_full(n, liang=liang).translate(TRAD)

def _g(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return s

def f_mixed(n):                 # 3亿2千万 / 3亿2500万 / 9千9百万
    yi, wan = n // YI, n % YI // WAN
    assert n % WAN == 0
    def small(w):
        if w % 1000 == 0:
            return f"{w // 1000}千万"
        if w % 100 == 0 and w >= 1000:
            return f"{w // 1000}千{w // 100 % 10}百万"
        return f"{w}万"
    return (f"{yi}亿" if yi else "") + (small(wan) if wan else "")

def f_yi(n):  return _g(n / YI) + "亿"
def f_wan(n): return f"{n // WAN}万"
def f_comma(n): return f"{n:,}元"
def f_comma_wan(n): return f"{n // WAN:,}万元"
def f_w(n):   return f"{n // WAN}w"
def f_kw(n):  return _g(n / (1000 * WAN)) + "kw"
def f_geyi(n): return _g(n / YI) + "个亿"

def en_m(n):  # English "RMB 12 million"
    return f"RMB {_g(n / 1_000_000)} million"

CN_NUM = {c: i for i, c in enumerate(CN_D)}
CN_NUM.update({"两": 2, "兩": 2, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6,
               "柒": 7, "捌": 8, "玖": 9, "〇": 0})
CN_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

def parse_amount(s):
    """Independent parser for the forms above -> yuan (int)."""
    s = s.replace(",", "").replace("元", "").replace("个", "").strip()
    s = s.replace("萬", "万").replace("億", "亿")
    m = re.fullmatch(r"([\d.]+)(kw|w)", s)
    if m:
        return round(float(m.group(1)) * (1000 * WAN if m.group(2) == "kw" else WAN))
    total, section, num = 0.0, 0.0, None
    i = 0
    while i < len(s):
        c = s[i]
        m = re.match(r"\d+(\.\d+)?", s[i:])
        if m:
            num = float(m.group(0)); i += len(m.group(0)); continue
        if c in CN_NUM:
            num = CN_NUM[c]
            if s[i + 1:i + 2] == "点":       # 一点二亿
                j = i + 2; frac = ""
                while j < len(s) and s[j] in CN_NUM:
                    frac += str(CN_NUM[s[j]]); j += 1
                num = float(f"{num}.{frac}"); i = j; continue
        elif c in CN_UNIT:
            section += (1 if num is None else num) * CN_UNIT[c]; num = None
        elif c == "万":
            section = (section + (num or 0)) * WAN; num = None
        elif c == "亿":
            total = (total + section + (num or 0)) * YI; section = 0; num = None
        else:
            raise ValueError(f"cannot parse {s!r} at {c!r}")
        i += 1
    return round(total + section + (num or 0))

def amt(n, form, **kw):
    """Render n with a form and assert the rendering parses back to n."""
    r = {"cn": lambda: cn_full(n, **kw), "daxie": lambda: cn_daxie(n), "trad": lambda: cn_trad(n, **kw),
         "mixed": lambda: f_mixed(n), "yi": lambda: f_yi(n), "wan": lambda: f_wan(n),
         "comma": lambda: f_comma(n), "comma_wan": lambda: f_comma_wan(n), "w": lambda: f_w(n),
         "kw": lambda: f_kw(n), "geyi": lambda: f_geyi(n)}[form]()
    assert parse_amount(r) == n, (n, form, r, parse_amount(r))
    return r

# ---------------------------------------------------------------------------
# Case assembly
# ---------------------------------------------------------------------------
CASES = []
_MISSING = object()
_counter = Counter()

def add(tag, turns, status, cite=(), amount=_MISSING, kind=_MISSING, inc=(), exc=()):
    if isinstance(turns, str):
        turns = [turns]
    if isinstance(status, str):
        status = [status]
    _counter[tag] += 1
    expect = {"status": list(status), "cite": [list(c) for c in cite]}
    if amount is not _MISSING:
        expect["amount_yuan"] = amount
    if kind is not _MISSING:
        expect["kind"] = kind
    expect["must_include"] = list(inc)
    expect["must_not_include"] = list(exc)
    CASES.append({"id": f"p3-{tag}-{_counter[tag]:02d}", "tag": tag, "turns": list(turns),
                  "expect": expect})

def ans(tag, turns, amount, kind, cite, inc=()):
    assert amount is not None and amount > 0
    add(tag, turns, ["answered"], cite, amount, kind, inc)

def inel(tag, turns, cite=()):
    add(tag, turns, ["ineligible"], cite, None)

def ask_back(tag, turns, status=("needs_info",)):
    add(tag, turns, list(status), (), None)

def unspec(tag, turns, cite):
    add(tag, turns, ["answered"], cite, None, "unspecified")

def hi():
    return rng.choice(["", "", "您好，", "请问", "你好，请问", "咨询一下，"])

C5 = (DRAFT, "第五条"); C6 = (DRAFT, "第六条"); C8 = (DRAFT, "第八条")
C11 = (DRAFT, "第十一条"); C12 = (DRAFT, "第十二条"); C13 = (DRAFT, "第十三条")
C15 = (DRAFT, "第十五条"); C16 = (DRAFT, "第十六条"); C17 = (DRAFT, "第十七条")
M = lambda n: (MEAS, f"（{n}）")

DRUG_1 = ["1类化学药", "1类生物制品", "1类中药", "1类化药"]

# ---- fixed awards / fixed caps (18) -------------------------------------
T = "fixed"
ans(T, f"{hi()}我们的1类化学药刚刚进入Ⅰ期临床试验，能拿多少奖励？", d5_total([(1, "I", 1)]), "fixed", [C5])
ans(T, f"{hi()}公司一个1类生物制品已进入Ⅱ期临床，按昌平组团支持办法能奖励多少钱？", d5_total([(1, "II", 1)]), "fixed", [C5])
ans(T, "1类中药进入III期临床试验，每个品种奖励多少？", d5_total([(1, "III", 1)]), "fixed", [C5])
ans(T, f"{hi()}我们的1类生物制品拿到了药品注册证书，已经在昌平实施产业化，最多能支持多少？", D6_DRUG["1"], "upper_bound", [C6])
ans(T, "我们有一个2类化学药获批上市并实施产业化，经认定后单品种最多给多少？", D6_DRUG["2"], "upper_bound", [C6])
ans(T, "我们的首仿药获得药品注册证书并实施产业化了，能参照什么标准支持，最高多少？", D6_DRUG["first_generic"], "upper_bound", [C6])
ans(T, "我们公司拿到了一类新兽药注册证书，并已实施产业化，单品种最高支持多少？", D6_VET[1], "upper_bound", [C6])
ans(T, "二类新兽药注册证书、已产业化，能给多少资金支持？", D6_VET[2], "upper_bound", [C6])
ans(T, f"{hi()}我们一个三类新兽药取得注册证书并产业化，最高能拿多少？", D6_VET[3], "upper_bound", [C6])
p, c = 35000 * WAN, 56000 * WAN
ans(T, f"我们一个单品种去年年产值{amt(p,'yi')}，今年{amt(c,'yi')}，首次突破5亿元，能奖励多少？", d12_output(p, c), "fixed", [C12])
p, c = 8 * YI, 11 * YI
ans(T, f"单品种年产值从去年的{amt(p,'yi')}增长到今年的{amt(c,'yi')}，第一次过10亿，奖励是多少？", d12_output(p, c), "fixed", [C12])
p, c = 18 * YI, 23 * YI
ans(T, f"我们的核心品种年产值首次突破20亿元，今年做到{amt(c,'yi')}（去年{amt(p,'yi')}），奖励多少？", d12_output(p, c), "fixed", [C12])
ans(T, "我们通过License-in从国外引进的技术已在本土产业化，产品已经上市，单品种能拿多少？", d11_lin(1), "upper_bound", [C11])
lo = 15000 * WAN  # USD
ans(T, f"我们与跨国龙头药企签订了License-out合同，合同总额{_g(lo/USD_YI)}亿美元，合同已签订，能支持多少？", d11_lout([lo]), "upper_bound", [C11])
ans(T, "我们是聚焦合成生物制造领域的科技服务业企业，符合效能提升条件的话最多能支持多少？", M7_SERVICE, "upper_bound", [M("七")])
ans(T, "我们是医药健康领域的外资研发中心，研发投入持续增长，按若干措施最多能拿多少研发激励？", M12_FOREIGN_RD, "upper_bound", [M("十二")])
ans(T, "一家国际科研机构准备落地昌平，按2026-2028年的措施最多能获得多少支持？", M12_INTL_INST, "upper_bound", [M("十二")])
ans(T, "我们的创新药技术成果首次在海外应用，按照加强出海支持的措施，最多能给多少？", M13_OVERSEAS, "upper_bound", [M("十三")])

# ---- percentages with caps (18) -----------------------------------------
T = "rate"
v = rng.choice([2600, 3000, 4200]) * WAN
ans(T, f"我们委托昌平一家医药健康企业生产我们持有的产品，该品种实际交易额{amt(v,'wan')}元，能支持多少？", d8_entrust(v), "upper_bound", [C8])
v = rng.choice([1500, 1800, 2400]) * WAN
ans(T, f"我们按药品上市许可持有人制度承担生产，实际投入{amt(v,'wan')}元，能拿多少？", d8_mah_producer(v), "upper_bound", [C8])
v = rng.choice([8, 9, 11]) * YI
ans(T, f"我们是医药健康销售平台型企业，年度销售收入{amt(v,'yi')}元，支持金额是多少？", d8_sales(v), "fixed", [C8])
v = rng.choice([260, 340, 410]) * WAN
ans(T, f"我们一款药品新获得美国FDA认证，实际注册费用（含海外注册费、检测费、当地代理费）共{amt(v,'wan')}元，能补多少？", d11_reg(v), "upper_bound", [C11])
v = rng.choice([150, 180, 220]) * WAN
ans(T, f"我们的药品新获欧盟EMA认证，实际注册费用合计{amt(v,'wan')}，能支持多少？", d11_reg(v), "upper_bound", [C11])
v = rng.choice([75000, 82000, 90000]) * WAN
ans(T, f"我们公司年度主营业务收入首次突破5亿元，今年是{amt(v,'yi')}元，能给多少支持？", d12_rev(v), "fixed", [C12])
rl, rp = rng.choice([(450, 600), (480, 560), (500, 620)]), None
rp, rl = rl[0] * WAN, rl[1] * WAN
rv = rng.choice([1800, 2200, 2600]) * WAN
ans(T, f"我们是中小微企业，上一年度营业收入{amt(rv,'wan')}元，上两年研发投入分别为{amt(rp,'wan')}和{amt(rl,'wan')}（上一年度），连续三年研发投入正增长，之前没拿过这项支持，能支持多少？",
    d13(rv, rp, rl), "upper_bound", [C13])
v = rng.choice([1200, 1350, 1600]) * WAN
ans(T, f"我们是CDMO企业，年度实际服务金额{amt(v,'wan')}元，按政策能拿多少？", d15_cro(v), "upper_bound", [C15])
v = rng.choice([350, 420, 480]) * WAN
ans(T, f"作为CMO合同生产机构，我们去年实际服务金额{amt(v,'wan')}，能申请多少资金支持？", d15_cro(v), "upper_bound", [C15])
v = rng.choice([4000, 4500, 6000]) * WAN
ans(T, f"我们引入建设了检验检测共享服务平台，平台建设实际投入{amt(v,'wan')}元，能支持多少？", d15_platform(v), "upper_bound", [C15])
v = rng.choice([2.5, 3, 4])
v = int(v * YI)
ans(T, f"实验动物服务共享平台，建设实际投入{amt(v,'yi')}元，最多能支持多少？", d15_platform(v), "upper_bound", [C15])
v = rng.choice([180, 240, 260]) * WAN
ans(T, f"我们作为市场化主体举办了一场高品质的医药健康产业对接活动，实际发生费用{amt(v,'wan')}元，能支持多少？", d16_event(v), "upper_bound", [C16])
v = rng.choice([6000, 7000, 9000]) * WAN
ans(T, f"我们牵头打造AI+药物研发的标杆示范场景，项目工程投资总额{amt(v,'wan')}元，能拿多少资金支持？", m5_ai(v), "upper_bound", [M("五")])
v = rng.choice([2, 3, 5]) * YI
ans(T, f"AI辅助诊断标杆示范场景项目，工程投资总额{amt(v,'yi')}元，最多支持多少？", m5_ai(v), "upper_bound", [M("五")])
v = rng.choice([2400, 4000, 5000]) * WAN
ans(T, f"我们引入全球领先的生物医药园区运营管理资源，项目投资总额{amt(v,'wan')}元，按若干措施能支持多少？", m11_park(v), "upper_bound", [M("十一")])
v = rng.choice([1, 1.2, 1.5]); v = int(v * YI)
ans(T, f"园区运营管理提升项目，投资总额{amt(v,'yi')}元，按照强化园区建设支持的措施最多多少？", m11_park(v), "upper_bound", [M("十一")])
v = rng.choice([2000, 2300, 2800]) * WAN
ans(T, f"我们是一家CRO企业，年度实际服务金额{amt(v,'wan')}元，能拿多少？", d15_cro(v), "upper_bound", [C15])
v = rng.choice([8500, 9200, 6600]) * WAN
ans(T, f"委托生产我们拟申报上市的产品，这个品种实际交易额{amt(v,'wan')}元，支持多少？", d8_entrust(v), "upper_bound", [C8])

# ---- thresholds: just below / exactly at / just above (20) ---------------
T = "threshold"
v = 5 * YI
ans(T, f"我们年度主营业务收入首次达到{amt(v,'yi')}元整，刚好5亿，能享受主营收入的支持吗？能拿多少？", d12_rev(v), "fixed", [C12])
v = 49900 * WAN
assert d12_rev(v) is None
inel(T, f"我们今年主营业务收入{amt(v,'yi')}元，是历史最高，能按主营业务收入的2‰拿支持吗？", [C12])
v = 50100 * WAN
ans(T, f"今年主营业务收入{amt(v,'yi')}元，首次突破5亿，支持多少？", d12_rev(v), "fixed", [C12])
p, c = 4000 * WAN, 4999 * WAN
assert d12_output(p, c) is None
inel(T, f"我们一个单品种去年年产值{amt(p,'wan')}，今年{amt(c,'wan')}，能拿年产值突破的奖励吗？", [C12])
p, c = 4000 * WAN, 5001 * WAN
ans(T, f"单品种年产值去年{amt(p,'wan')}，今年{amt(c,'wan')}，首次突破5000万，奖励多少？", d12_output(p, c), "fixed", [C12])
p, c = 6000 * WAN, 9999 * WAN
assert d12_output(p, c) is None
inel(T, f"我们单品种年产值前年已经超过5000万（{amt(p,'wan')}），今年{amt(c,'wan')}，今年还能拿产值奖励吗？", [C12])
p, c = 9000 * WAN, 10001 * WAN
ans(T, f"单品种年产值去年{amt(p,'wan')}，今年{amt(c,'wan')}，首次超过1亿元，奖励多少？", d12_output(p, c), "fixed", [C12])
p, c = 48000 * WAN, 52000 * WAN
ans(T, f"单品种年产值从{amt(p,'yi')}涨到{amt(c,'yi')}，首次突破5亿，奖励是多少？", d12_output(p, c), "fixed", [C12])
rv, rp, rl = 2999 * WAN, 500 * WAN, 520 * WAN
ans(T, f"我们是小微企业，上一年度营业收入{amt(rv,'wan')}元，上两年研发投入{amt(rp,'wan')}、{amt(rl,'wan')}（上一年度），连续三年研发投入正增长，第一次申请，能支持多少？", d13(rv, rp, rl), "upper_bound", [C13])
rv = 3000 * WAN
assert d13(rv, rp, rl) is None
inel(T, f"我们是小微企业，上一年度营业收入正好{amt(rv,'wan')}元，上两年研发投入{amt(rp,'wan')}、{amt(rl,'wan')}（上一年度），连续三年研发投入正增长，能申请研发支持吗？", [C13])
rv, rp, rl = 2000 * WAN, 400 * WAN, 600 * WAN
ans(T, f"中小企业，上一年度营收{amt(rv,'wan')}，上两年研发投入合计正好{amt(rp+rl,'wan')}（前年{amt(rp,'wan')}，去年{amt(rl,'wan')}），连续三年研发投入正增长，能支持多少？", d13(rv, rp, rl), "upper_bound", [C13])
rl = 599 * WAN
assert d13(rv, rp, rl) is None
inel(T, f"中小企业，上一年度营收{amt(rv,'wan')}，上两年研发投入合计{amt(rp+rl,'wan')}（前年{amt(rp,'wan')}，去年{amt(rl,'wan')}），连续三年研发投入正增长，能申请研发创新支持吗？", [C13])
v = 1 * YI
ans(T, f"共享服务平台建设实际投入正好{amt(v,'yi')}元，能支持多少？", d15_platform(v), "upper_bound", [C15])
v = 9990 * WAN
ans(T, f"临床转化服务共享平台，建设实际投入{amt(v,'wan')}元，最多能支持多少？", d15_platform(v), "upper_bound", [C15])
v = 10010 * WAN
ans(T, f"标杆型孵化器共享服务平台建设实际投入{amt(v,'wan')}元，能支持多少？", d15_platform(v), "upper_bound", [C15])
v = 16000 * WAN
ans(T, f"AI+药物研发标杆示范场景项目，工程投资总额{amt(v,'yi')}元，能给多少？", m5_ai(v), "upper_bound", [M("五")])
v = 17000 * WAN
ans(T, f"AI+辅助诊断示范场景，工程投资总额{amt(v,'yi')}元，资金支持最多多少？", m5_ai(v), "upper_bound", [M("五")])
v = 6000 * WAN
ans(T, f"园区运营管理项目投资总额{amt(v,'wan')}元，按（十一）能支持多少？", m11_park(v), "upper_bound", [M("十一")])
v = 5980 * WAN
ans(T, f"引入全球领先园区运营管理资源的项目，投资总额{amt(v,'wan')}元，支持多少？", m11_park(v), "upper_bound", [M("十一")])
lo = 1 * USD_YI
assert d11_lout([lo]) is None
inel(T, "我们和跨国龙头企业签了License-out合同，合同总额正好1亿美元，已签订，能拿支持吗？", [C11])

# ---- per-item counting (18) ---------------------------------------------
T = "per-item"
items = [(1, "II", 2), (1, "III", 1), (1, "I", 1)]
ans(T, "我们今年有2个1类化学药进入Ⅱ期临床，1个1类生物制品进入Ⅲ期，还有1个1类中药进入Ⅰ期，一共能拿多少奖励？", d5_total(items), "fixed", [C5])
items = [(1, "I", 3), (1, "III", 2)]
ans(T, "我们有3个1类新药进入I期、2个1类新药进入III期，总共多少？", d5_total(items), "fixed", [C5])
ans(T, "我们一个1类化药今年进入Ⅲ期临床，另一个1类生物制品获得药品注册证书并产业化，两项加起来最多能拿多少？",
    d5_total([(1, "III", 1)]) + D6_DRUG["1"], "upper_bound", [C5, C6])
ans(T, "我们有2个1类化学药、1个2类生物制品（已经认定）获得药品注册证书并实施产业化，总共最多多少？",
    2 * D6_DRUG["1"] + D6_DRUG["2"], "upper_bound", [C6])
ans(T, "我们拿到了1个一类新兽药、2个二类新兽药和1个三类新兽药的注册证书，都已产业化，合计最高多少？",
    D6_VET[1] + 2 * D6_VET[2] + D6_VET[3], "upper_bound", [C6])
pairs = [(4000 * WAN, 6000 * WAN), (9000 * WAN, 15000 * WAN), (3 * YI, 4 * YI)]
ans(T, f"我们有三个品种：A去年年产值{amt(pairs[0][0],'wan')}、今年{amt(pairs[0][1],'wan')}；B去年{amt(pairs[1][0],'wan')}、今年{amt(pairs[1][1],'yi')}；C去年{amt(pairs[2][0],'yi')}、今年{amt(pairs[2][1],'yi')}。都是第一次到这个水平，单品种产值奖励合计多少？",
    d12_output_multi(pairs), "fixed", [C12])
fees = (180 * WAN, 60 * WAN, 40 * WAN)
ans(T, f"药品新获FDA认证，海外注册费{amt(fees[0],'wan')}、检测费{amt(fees[1],'wan')}、当地代理费{amt(fees[2],'wan')}，能支持多少？",
    d11_reg(*fees), "upper_bound", [C11])
ans(T, "我们通过License-in引进了3个产品，其中2个已经上市，另1个还在临床阶段，现在能拿多少？", d11_lin(2), "upper_bound", [C11])
items = [(1, "III", 40), (1, "II", 25)]
assert sum(d5_entry(c, s) * n for c, s, n in items) > D5_CAP
add(T, "我们是大型医药集团（一个企业主体），今年有40个1类新药进入Ⅲ期临床、25个1类新药进入Ⅱ期临床，今年新药临床奖励合计多少？",
    ["answered"], [C5], d5_total(items))
ans(T, "我们3个1类化学药：A进入Ⅰ期，B进入Ⅱ期，C拿到药品注册证书并已产业化，总共最多多少？",
    d5_total([(1, "I", 1), (1, "II", 1)]) + D6_DRUG["1"], "upper_bound", [C5, C6])
s, inv = 500 * WAN, 2000 * WAN
ans(T, f"我们是CRO企业，去年实际服务金额{amt(s,'wan')}；另外我们还建设了一个临床转化共享服务平台，实际投入{amt(inv,'wan')}。两项分别能拿多少、合计多少？",
    d15_cro(s) + d15_platform(inv), "upper_bound", [C15])
add(T, "我们有1个1类化学药进入Ⅱ期，还有1个2类化学药进入Ⅲ期，进入临床的奖励能拿多少？", ["answered"], [C5],
    d5_total([(1, "II", 1), (2, "III", 1)]))
cs = [12000 * WAN, 8000 * WAN]
ans(T, "我们两个品种做了License-out，合同总额分别是1.2亿美元和8000万美元，合同都签了，能拿多少？", d11_lout(cs), "upper_bound", [C11])
t1, t2 = 1200 * WAN, 800 * WAN
ans(T, f"我们委托生产两个品种，实际交易额分别为{amt(t1,'wan')}和{amt(t2,'wan')}，总共能支持多少？", d8_entrust(t1) + d8_entrust(t2), "upper_bound", [C8])
a1, a2 = 3000 * WAN, 2 * YI
ans(T, f"我们有两个AI+医药健康标杆示范场景项目，工程投资总额分别是{amt(a1,'wan')}和{amt(a2,'yi')}，合计最多多少支持？", m5_ai(a1) + m5_ai(a2), "upper_bound", [M("五")])
ans(T, "今年我们2个1类中药进入Ⅰ期临床、1个1类化学药获得注册证书并产业化，另外还拿了1个二类新兽药注册证书（已产业化），一共最多多少？",
    d5_total([(1, "I", 2)]) + D6_DRUG["1"] + D6_VET[2], "upper_bound", [C5, C6])
pairs = [(15 * YI, 21 * YI), (4 * YI, 55000 * WAN)]
ans(T, f"两个单品种今年年产值都创了新高：甲从{amt(pairs[0][0],'yi')}到{amt(pairs[0][1],'yi')}，乙从{amt(pairs[1][0],'yi')}到{amt(pairs[1][1],'yi')}，奖励合计多少？",
    d12_output_multi(pairs), "fixed", [C12])
ans(T, "我们一个首仿药和一个2类生物制品（已认定）今年都拿到了药品注册证书并实施产业化，合计最多能支持多少？",
    D6_DRUG["first_generic"] + D6_DRUG["2"], "upper_bound", [C6])

# ---- surface forms of amounts (22) --------------------------------------
T = "surface-form"
v = 600 * WAN;   ans(T, f"我们CRO企业去年实际服务金额{amt(v,'cn')}元，能拿多少？", d15_cro(v), "upper_bound", [C15])
v = 3200 * WAN;  ans(T, f"共享服务平台建设实际投入{amt(v,'cn')}，能支持多少钱？", d15_platform(v), "upper_bound", [C15])
v = 63200 * WAN; ans(T, f"我们年度主营业务收入首次突破5亿，达到{amt(v,'cn',yuan=True)}，能给多少？", d12_rev(v), "fixed", [C12])
v = 32000 * WAN; ans(T, f"销售平台型企业，年度销售收入{amt(v,'mixed')}，能拿多少？", d8_sales(v), "fixed", [C8])
v = 65000 * WAN; ans(T, f"主营业务收入今年第一次过5个亿，{amt(v,'yi')}，支持多少？", d12_rev(v), "fixed", [C12])
v = 32000 * WAN; ans(T, f"我们委托生产自己持有的品种，实际交易额{amt(v,'wan')}，最多补多少？", d8_entrust(v), "upper_bound", [C8])
v = 52000 * WAN; ans(T, f"年度主营业务收入首次突破5亿元，金额为{amt(v,'comma')}，能支持多少？", d12_rev(v), "fixed", [C12])
v = 800 * WAN;   ans(T, f"CRO公司，去年服务金额{amt(v,'w')}，能拿多少", d15_cro(v), "upper_bound", [C15])
v = 1500 * WAN;  ans(T, f"共享服务平台投了{amt(v,'kw')}，能补多少？", d15_platform(v), "upper_bound", [C15])
v = 3 * YI;      ans(T, f"AI+药物研发示范场景，工程投资总额{amt(v,'geyi')}，最多支持多少？", m5_ai(v), "upper_bound", [M("五")])
v = 4000 * WAN;  ans(T, f"园区运营管理项目投资总额{amt(v,'mixed')}，按若干措施能拿多少？", m11_park(v), "upper_bound", [M("十一")])
rv, rp, rl = 2800 * WAN, 550 * WAN, 650 * WAN
ans(T, f"我们是小微企业，上一年度营业收入{amt(rv,'cn',liang=True)}，上两年研发投入总额{cn_daxie(rp+rl)}，其中上一年度{amt(rl,'cn')}，比前年多，连续三年研发投入正增长，能支持多少？",
    d13(rv, rp, rl), "upper_bound", [C13])
assert parse_amount(cn_daxie(rp + rl)) == rp + rl
v = 150 * WAN;   ans(T, f"我们按持有人制度承担生产，实际投入金额{amt(v,'daxie')}，能支持多少？", d8_mah_producer(v), "upper_bound", [C8])
v = 90 * WAN;    ans(T, f"新获FDA认证的药品，实际注册费用（含海外注册费、检测费和代理费）{amt(v,'cn')}块钱，能补贴多少？", d11_reg(v), "upper_bound", [C11])
v = 35 * WAN;    ans(T, f"市场化主体办了个高品质行业活动，实际花了{amt(v,'w')}，能支持多少？", d16_event(v), "upper_bound", [C16])
p, c = 8000 * WAN, 12000 * WAN
cs_ = "一点二亿"; assert parse_amount(cs_) == c
ans(T, f"单品种年产值去年{amt(p,'cn')}，今年{cs_}，第一次过亿，奖励多少？", d12_output(p, c), "fixed", [C12])
v = 9900 * WAN;  ans(T, f"共享服务平台实际投入{amt(v,'mixed')}，能支持多少？", d15_platform(v), "upper_bound", [C15])
v = 125000 * WAN; ans(T, f"我们是医药健康销售平台，年度销售收入{amt(v,'yi')}元，支持金额多少？", d8_sales(v), "fixed", [C8])
v = 1250 * WAN;  ans(T, f"CDMO企业年度实际服务金额{amt(v,'comma_wan')}，能拿多少？", d15_cro(v), "upper_bound", [C15])
v = 6000 * WAN;  ans(T, f"委托生产的品种实际交易额{amt(v,'yi')}元，支持多少？", d8_entrust(v), "upper_bound", [C8])
v = 20500 * WAN; ans(T, f"我们作为受托方按药品上市许可持有人制度承担生产，实际投入{amt(v,'cn')}元，能拿多少？", d8_mah_producer(v), "upper_bound", [C8])
v = 250 * WAN;   ans(T, f"CRO企业，年度实际服务金额{amt(v,'cn',liang=True)}，能支持多少？", d15_cro(v), "upper_bound", [C15])

# ---- English and Traditional Chinese (14) --------------------------------
T = "en-trad"
ans(T, "Our Class 1 biologic has just entered a Phase II clinical trial. How much is the award under the Changping support measures?", d5_total([(1, "II", 1)]), "fixed", [C5])
v = 12_000_000
ans(T, f"We are a CRO. Our actual service revenue last year was {en_m(v)}. How much support can we get?", d15_cro(v), "upper_bound", [C15])
v = 150_000_000
ans(T, f"We built a shared laboratory-animal service platform with an actual construction investment of {en_m(v)}. What is the maximum subsidy?", d15_platform(v), "upper_bound", [C15])
v = 80_000_000
ans(T, f"We run an AI-assisted diagnosis demonstration scenario project; total engineering investment is {en_m(v)}. What is the maximum funding?", m5_ai(v), "upper_bound", [M("五")])
add(T, "Can we still apply under the 2026-2028 Changping pharma measures in 2030?", ["answered", "ineligible"], [], None, inc=["2028"])
ans(T, "Our Class 1 chemical drug received its drug registration certificate and is being industrialized in Changping. What is the maximum support?", D6_DRUG["1"], "upper_bound", [C6])
v = 600_000_000
ans(T, f"Our annual main business revenue exceeded RMB 500 million for the first time this year, reaching {en_m(v)}. How much support do we get?", d12_rev(v), "fixed", [C12])
ans(T, "我們的1類化學藥進入Ⅲ期臨床試驗，能拿多少獎勵？", d5_total([(1, "III", 1)]), "fixed", [C5])
v = 600 * WAN
ans(T, f"我們是CRO企業，去年實際服務金額{amt(v,'trad')}元，可以申請多少支持？", d15_cro(v), "upper_bound", [C15])
v = 8000 * WAN
ans(T, f"共享服務平台建設實際投入{amt(v,'trad')}，最多支持多少？", d15_platform(v), "upper_bound", [C15])
p, c = 4000 * WAN, 5200 * WAN
ans(T, f"單品種年產值去年{amt(p,'trad')}，今年首次突破五千萬，達到{amt(c,'trad')}，獎勵多少？", d12_output(p, c), "fixed", [C12])
ans(T, "我們取得了二類新獸藥註冊證書並已實施產業化，最高能支持多少？", D6_VET[2], "upper_bound", [C6])
v = 6 * YI
ans(T, f"我們年度主營業務收入首次突破五億元，今年是{amt(v,'trad')}元，能給多少？", d12_rev(v), "fixed", [C12])
v = 5000 * WAN
ans(T, f"引入全球領先的生物醫藥園區運營管理資源，項目投資總額{amt(v,'trad')}，能支持多少？", m11_park(v), "upper_bound", [M("十一")])

# ---- several figures, only one relevant (18) -----------------------------
T = "distractor"
staff, year, cap_ = rng.choice([120, 150, 260]), rng.choice([2015, 2019, 2021]), rng.choice([3000, 5000]) * WAN
ans(T, f"我们公司{year}年成立，员工{staff}人，注册资本{amt(cap_,'wan')}，今年1类化学药进入Ⅱ期临床，2025年还拿过区里的人才奖励，这次临床能拿多少？", d5_total([(1, "II", 1)]), "fixed", [C5])
ans(T, "听说进入Ⅲ期能拿300万？我们的1类生物制品刚进入Ⅲ期临床试验，到底能拿多少？", d5_total([(1, "III", 1)]), "fixed", [C5])
y0, y1, y2 = 400 * WAN, 600 * WAN, 900 * WAN
ans(T, f"我们是CRO企业，前年实际服务金额{amt(y0,'wan')}，去年{amt(y1,'wan')}，今年预计{amt(y2,'wan')}。今年申报按去年的年度实际服务金额算，能拿多少？", d15_cro(y1), "upper_bound", [C15])
inv, budget = 5000 * WAN, 8000 * WAN
ans(T, f"我们的共享服务平台总预算{amt(budget,'wan')}，目前建设实际投入{amt(inv,'wan')}，已经建成，员工60人，按实际投入能支持多少？", d15_platform(inv), "upper_bound", [C15])
prev, cur, profit = 42000 * WAN, 55000 * WAN, 8000 * WAN
ans(T, f"去年主营业务收入{amt(prev,'yi')}，今年{amt(cur,'yi')}，首次突破5亿，净利润{amt(profit,'wan')}，能拿多少？", d12_rev(cur), "fixed", [C12])
rv, rp, rl = 2000 * WAN, 600 * WAN, 700 * WAN
ans(T, f"我们是小微企业，员工80人，上一年度营业收入{amt(rv,'wan')}，上两年研发投入合计{amt(rp+rl,'wan')}（去年{amt(rl,'wan')}、前年{amt(rp,'wan')}），连续三年正增长，听说能按20%给？到底多少？", d13(rv, rp, rl), "upper_bound", [C13])
inv, rev_ = 1 * YI, 3 * YI
ans(T, f"我们AI+药物研发标杆示范场景项目工程投资总额{amt(inv,'yi')}元，公司年营收{amt(rev_,'yi')}，研发人员200人，最多支持多少？", m5_ai(inv), "upper_bound", [M("五")])
ans(T, "License-out合同总额1.3亿美元，首付款2000万美元，合同已于2025年签订，单品种能拿多少？", d11_lout([13000 * WAN]), "upper_bound", [C11])
rev_last, rev_this = 6 * YI, 10 * YI
ans(T, f"我们是医药健康销售平台型企业，去年年度销售收入{amt(rev_last,'yi')}，今年预计{amt(rev_this,'yi')}，这次按去年的销售收入申报，能拿多少？", d8_sales(rev_last), "fixed", [C8])
ans(T, "我们拿到了一类新兽药注册证书并已产业化，另外还有两个人用1类新药在研，兽药这块能支持多少？", D6_VET[1], "upper_bound", [C6])
inv = 2400 * WAN
ans(T, f"园区运营管理项目，项目投资总额{amt(inv,'wan')}，园区面积30万平方米，入驻企业120家，按若干措施能拿多少？", m11_park(inv), "upper_bound", [M("十一")])
s, total_rev = 1000 * WAN, 18000 * WAN
ans(T, f"我们CDMO年度实际服务金额{amt(s,'wan')}，公司总营收{amt(total_rev,'yi')}，能支持多少？", d15_cro(s), "upper_bound", [C15])
p, c, tot = 9500 * WAN, 13000 * WAN, 15 * YI
ans(T, f"我们某单品种年产值去年{amt(p,'wan')}，今年{amt(c,'yi')}，首次过1亿；公司总产值{amt(tot,'yi')}。单品种产值奖励多少？", d12_output(p, c), "fixed", [C12])
fee, rd = 200 * WAN, 5000 * WAN
ans(T, f"新获FDA认证的药品，实际注册费用（含注册费、检测费、代理费）共{amt(fee,'wan')}，公司今年研发投入{amt(rd,'wan')}，能补多少？", d11_reg(fee), "upper_bound", [C11])
ans(T, "我们一个1类化药去年进入Ⅱ期时已经拿了100万，今年进入Ⅲ期了，今年这次能拿多少？", d5_total([(1, "III", 1)]), "fixed", [C5])
t, margin = 2000 * WAN, 30
ans(T, f"委托生产品种实际交易额{amt(t,'wan')}，毛利率{margin}%，能支持多少？", d8_entrust(t), "upper_bound", [C8])
inv = 4000 * WAN
ans(T, f"听说AI示范场景最高能按50%给？我们AI辅助诊断标杆示范场景工程投资总额{amt(inv,'wan')}，到底能拿多少？", m5_ai(inv), "upper_bound", [M("五")])
cost, people = 300 * WAN, 2000
ans(T, f"我们作为市场化主体2025年办了一场高品质的医药健康产业对接活动，参会{people}人，实际发生费用{amt(cost,'wan')}，能支持多少？", d16_event(cost), "upper_bound", [C16])

# ---- multi-turn dialogues (24) -------------------------------------------
T = "multi-turn"
v = 800 * WAN
ans(T, ["我们是一家CRO企业", f"去年实际服务金额{amt(v,'wan')}元", "能拿多少？"], d15_cro(v), "upper_bound", [C15])
ans(T, ["我们的1类化学药进入Ⅱ期了，能拿多少？", "不对，是三期"], d5_total([(1, "III", 1)]), "fixed", [C5])
v0, v = 800 * WAN, 80 * WAN
ans(T, [f"我们是CDMO企业，去年实际服务金额{amt(v0,'wan')}，能拿多少？", f"说错了，应该是{amt(v,'wan')}"], d15_cro(v), "upper_bound", [C15])
v = 12000 * WAN
ans(T, ["我们1类中药进入Ⅲ期能拿多少？", f"另外问一下，我们的共享服务平台建设实际投入{amt(v,'yi')}，能支持多少？"], d15_platform(v), "upper_bound", [C15])
v = 5000 * WAN
ans(T, ["我们准备建设检验检测共享服务平台", "对了，今天北京天气怎么样？", f"平台建设实际投入{amt(v,'wan')}，能支持多少？"], d15_platform(v), "upper_bound", [C15])
v = 8000 * WAN
ans(T, ["我们在做AI辅助诊断的标杆示范场景项目", f"项目工程投资总额{amt(v,'wan')}", "最多能支持多少？"], m5_ai(v), "upper_bound", [M("五")])
rv, rp, rl = 2500 * WAN, 500 * WAN, 700 * WAN
ans(T, [f"我们是小微企业，上一年度营业收入{amt(rv,'wan')}", f"上两年研发投入合计{amt(rp+rl,'wan')}，其中去年{amt(rl,'wan')}", "连续三年研发投入都是正增长，之前没申请过，能支持多少？"],
    d13(rv, rp, rl), "upper_bound", [C13])
ans(T, ["我们有一个1类生物制品", "进入Ⅰ期了，能拿多少？", "哦不对，已经进入Ⅱ期了，按Ⅱ期算"], d5_total([(1, "II", 1)]), "fixed", [C5])
ans(T, ["我们有个2类化药进入Ⅲ期了", "说错了，是1类化药，能拿多少？"], d5_total([(1, "III", 1)]), "fixed", [C5])
p, c = 4 * YI, 53000 * WAN
ans(T, [f"我们的单品种年产值去年是{amt(p,'yi')}", f"今年达到了{amt(c,'yi')}，是第一次超过5亿", "能奖励多少？"], d12_output(p, c), "fixed", [C12])
v = 58000 * WAN
ans(T, ["我们主营业务收入今年首次突破5亿", f"具体是{amt(v,'yi')}元，能拿多少？"], d12_rev(v), "fixed", [C12])
ans(T, ["你好", "我们有个一类新兽药拿到注册证书并产业化了，能支持多少？"], D6_VET[1], "upper_bound", [C6])
add(T, ["我们1类化药进入Ⅲ期能拿多少？", "谢谢！那今天适合去爬山吗？"], ["out_of_scope"], [], None)
ans(T, ["我们有3个1类新药进入Ⅱ期", "不对，是2个进入Ⅱ期，另外1个进入了Ⅲ期，一共多少？"], d5_total([(1, "II", 2), (1, "III", 1)]), "fixed", [C5])
inv, s = 3000 * WAN, 500 * WAN
ans(T, [f"我们建了实验动物共享服务平台，实际投入{amt(inv,'wan')}", f"另外我们还是CRO企业，去年实际服务金额{amt(s,'wan')}", "两项加起来最多多少？"],
    d15_platform(inv) + d15_cro(s), "upper_bound", [C15])
v = 45000 * WAN
ans(T, ["我们是医药健康销售平台型企业", f"年度销售收入是{amt(v,'yi')}，能拿多少？"], d8_sales(v), "fixed", [C8])
ans(T, ["我们做License-out，和一家跨国龙头药企合作", "合同总额1.2亿美元，已经签订了，能支持多少？"], d11_lout([12000 * WAN]), "upper_bound", [C11])
fees = (100 * WAN, 30 * WAN, 20 * WAN)
ans(T, ["我们的药品新获FDA认证", f"海外注册费{amt(fees[0],'wan')}，检测费{amt(fees[1],'wan')}，当地代理费{amt(fees[2],'wan')}，能补多少？"], d11_reg(*fees), "upper_bound", [C11])
v0, v = 5000 * WAN, 7000 * WAN
ans(T, ["我们园区引入了全球领先的园区运营管理资源", f"项目投资总额是{amt(v0,'wan')}", f"不对，是{amt(v,'wan')}，最多能支持多少？"], m11_park(v), "upper_bound", [M("十一")])
ans(T, ["我们1类化药进入Ⅱ期了", "那如果这个产品以后拿到药品注册证书并实施产业化，能支持多少？"], D6_DRUG["1"], "upper_bound", [C6])
ans(T, ["我们想了解新药临床研发支持", "我们的新药进入Ⅲ期了", "是1类生物制品"], d5_total([(1, "III", 1)]), "fixed", [C5])
v = 2500 * WAN
ans(T, ["我们委托一家医药健康企业生产我们持有的产品", f"该品种实际交易额{amt(v,'wan')}，能支持多少？"], d8_entrust(v), "upper_bound", [C8])
v = 2 * YI
ans(T, ["共享服务平台的支持比例是多少？", f"我们平台建设实际投入了{amt(v,'yi')}，能拿多少？"], d15_platform(v), "upper_bound", [C15])
ask_back(T, ["我们是一家CRO企业", "能拿多少支持？"])

# ---- impossible / vague values -> ask back (14) --------------------------
T = "invalid-value"
ask_back(T, "我们CRO企业去年实际服务金额-500万元，能拿多少？")
ask_back(T, "共享服务平台建设实际投入大概800-900万，能支持多少？")
ask_back(T, "我们CDMO年度实际服务金额不到800万，能拿多少？")
ask_back(T, "我们有1.5个1类新药品种进入Ⅲ期，能拿多少？")
ask_back(T, "我们共享服务平台建设实际投入5000亿元，能支持多少？")
ask_back(T, "小微企业，上一年度营收2000万，上一年度研发投入-200万，上两年合计1100万，能支持多少？")
ask_back(T, "我们是销售平台型企业，年度销售收入大概几个亿，能给多少？")
ask_back(T, "委托生产品种实际交易额三四千万，能支持多少？")
ask_back(T, "我们主营业务收入今年第一次突破5亿，5亿多一点，具体能拿多少？")
ask_back(T, "我们有-2个1类新药进入Ⅱ期临床，能拿多少？")
ask_back(T, "AI+药物研发示范场景，工程投资总额大约1-2亿，能支持多少？")
ask_back(T, "园区运营管理项目投资总额几千万，按（十一）能拿多少？")
ask_back(T, "新获FDA认证，实际注册费用大约100万到150万之间，能补多少？")
ask_back(T, "CRO企业年度实际服务金额800万亿元，能拿多少？")

# ---- genuinely ambiguous / missing fact -> ask back (10) ------------------
T = "ambiguous"
ask_back(T, "我们的新药进入Ⅲ期临床了，能拿多少？")                                  # class missing
ask_back(T, "我们的1类化药进入临床试验了，能拿多少奖励？")                          # phase missing
add(T, "我们的2类化学药进入Ⅱ期临床，进入Ⅱ期能拿多少奖励？", ["answered", "ineligible", "needs_info"], [], None)
add(T, "我们举办了一场生命科学领域高水平国际学术研讨会议，实际发生费用2000万，能支持多少？", ["needs_info", "answered"], [], None)
ask_back(T, "我们与跨国药企签了License-out合同，合同总额7亿元人民币，已签订，能拿50万吗？")   # USD threshold vs RMB
add(T, "单品种年产值去年4000万，今年正好5000万，算首次突破5000万吗？能拿多少？", ["needs_info", "ineligible"], [], None)
ask_back(T, "我们是CRO企业，去年实际服务金额600万，之前已经享受过这项支持了，今年还能拿多少？")  # years used unknown
ask_back(T, "我们做了一个AI药物研发项目，能拿多少钱？")                               # 第四条（二）vs（五）, no figures
ask_back(T, "我们的产品拿到注册证书了，能支持多少？")                                 # drug/device/vet, class unknown
ask_back(T, "我们拿到了新兽药注册证书并产业化，能拿多少？")                           # vet class missing

# ---- support granted but no figure named (10) -----------------------------
T = "unspecified"
unspec(T, "我们的1类化学药完成了Ⅲ期临床试验，实际临床研发投入8000万，能拿多少？", [C5])
unspec(T, "我们在细胞与基因治疗领域开展非注册性临床试验，每个品种能拿多少奖励？", [C5])
unspec(T, "医院和企业合作开展临床科技成果转化早期项目的概念验证，概念验证资金能给多少？", [(DRAFT, "第四条")])
unspec(T, "我们有全球领先的重大产业化项目，固定资产实际投资5亿元（不含房产土地），能支持多少？", [(DRAFT, "第十条")])
unspec(T, "我们获得了国家级重大专项任务支持，实际获得专项资金3000万，区里配套多少？", [C12])
unspec(T, "我们是银行，给科创企业的知识产权质押贷发生了损失，损失本金1000万，风险补偿多少？", [(DRAFT, "第十四条")])
unspec(T, "我们牵头组建的产业联盟获得了市级认定，运营补贴能给多少？", [C16])
unspec(T, "我们企业使用智能算力，按若干措施能补贴多少？", [M("四")])
unspec(T, "我们投保了临床试验责任保险，按2026-2028年措施能给多少支持？", [M("九")])
unspec(T, "我们有青年拔尖人才纳入了高层次创新创业人才计划，资金支持是多少？", [M("十四")])

# ---- help-desk look-ups (22) --------------------------------------------
T = "helpdesk"
add(T, "征求意见稿第十三条原文是什么？", ["answered"], [C13], inc=["3000万"])
add(T, "第十五条第（二）项是怎么规定的？", ["answered"], [C15], inc=["3000万"])
add(T, "若干措施第（十一）条讲的是什么？", ["answered"], [M("十一")], inc=["50%"])
add(T, "征求意见稿第十七条是什么意思？", ["answered"], [C17], inc=["从优不重复"])
add(T, "2026-2028年措施的（五）是什么内容？", ["answered"], [M("五")], inc=["5000万"])
add(T, "第八条第（二）项讲的是什么？", ["answered"], [C8])
add(T, "（十三）加强出海支持的具体内容是什么？", ["answered"], [M("十三")], inc=["200万"])
add(T, "支持办法第二条适用于哪些主体？", ["answered"], [(DRAFT, "第二条")], inc=["社会团体"])
add(T, "（五）加快AI+医药健康示范应用的责任单位是哪些？", ["answered"], [M("五")], inc=["市发展改革委", "市医保局"])
add(T, "（八）探索创新药械多元支付方式由哪些部门负责？", ["answered"], [M("八")], inc=["北京金融监管局", "市委金融办"])
add(T, "（十四）构建多层次人才梯队的责任单位有哪些？", ["answered"], [M("十四")], inc=["市人才局", "市人力资源社会保障局"])
add(T, "提升临床研究水平这一条是哪些单位负责？", ["answered"], [M("二")], inc=["市卫生健康委", "市药监局"])
add(T, "强化园区建设支持那条找哪个部门？", ["answered"], [M("十一")], inc=["市经济和信息化局"])
add(T, "（九）加大科技金融创新赋能的责任单位里有北京证监局吗？", ["answered"], [M("九")], inc=["北京证监局"])
add(T, "2030年还能按若干措施申请吗？", ["answered", "ineligible"], [], None, inc=["2028"])
add(T, "若干措施什么时候开始施行？有效期到什么时候？", ["answered"], [], inc=["2028"])
add(T, "昌平组团的支持办法（征求意见稿）现在生效了吗？能按它申请吗？", ["answered"], [], inc=["征求意见"])
add(T, "征求意见稿由哪个单位负责解释？", ["answered"], [(DRAFT, "第十八条")], inc=["北京未来科学城管理委员会"])
add(T, "若干措施由谁负责解释？", ["answered"], [], inc=["市科委中关村管委会"])
add(T, "昌政办发〔2023〕13号文件还有效吗？", ["answered", "needs_info"], [(DRAFT, "第十八条")])
add(T, "区里的支持和市级的支持可以同时拿吗？", ["answered"], [C17], inc=["同时享受"])
add(T, "征求意见稿重点支持哪些赛道？", ["answered"], [(DRAFT, "第二条")], inc=["合成生物制造"])

# ---- greetings, thanks, out of scope (12) --------------------------------
T = "oos-chitchat"
CHAT = ["answered", "out_of_scope", "needs_info"]
add(T, "你好", CHAT, [], None)
add(T, "谢谢，辛苦了！", CHAT, [], None)
add(T, "明天北京会下雨吗？", ["out_of_scope"], [], None)
add(T, "帮我写一首关于春天的七言绝句", ["out_of_scope"], [], None)
add(T, "上海张江对1类新药进入Ⅲ期临床补贴多少？", ["out_of_scope"], [], None)
add(T, "深圳南山区的医疗器械企业有什么补贴？", ["out_of_scope"], [], None)
add(T, "个人所得税专项附加扣除怎么填？", ["out_of_scope"], [], None)
add(T, "推荐几只医药板块的股票", ["out_of_scope"], [], None)
add(T, "What's the capital of France?", ["out_of_scope"], [], None)
add(T, "北京市职工医保门诊报销比例是多少？", ["out_of_scope"], [], None)
add(T, "我们三类医疗器械拿到注册证了，按昌平的政策能拿多少？", CHAT, [], None)   # 第七条 points to another policy
add(T, "嗨，你是谁？能帮我做什么？", CHAT, [], None)

# ---------------------------------------------------------------------------
def main():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(i.startswith("p3-") for i in ids)
    for c in CASES:
        e = c["expect"]
        assert e["status"] and set(e["status"]) <= {"answered", "ineligible", "needs_info", "out_of_scope"}
        if e.get("amount_yuan") is not None:
            assert isinstance(e["amount_yuan"], int) and e["amount_yuan"] > 0, c
        for d, a in e["cite"]:
            assert d in (DRAFT, MEAS)
    with OUT.open("w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    per = Counter(c["tag"] for c in CASES)
    print(f"wrote {len(CASES)} cases to {OUT}")
    for t, n in per.items():
        print(f"  {t:14s} {n}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
