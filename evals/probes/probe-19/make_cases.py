#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""probe-19 held-out evaluation set generator (Python stdlib only).

Written only from /work/shared/CONTRACT.md, /work/shared/policies/*.txt and the
format conventions of probe-18's README.  SEED = 20261211.  The set is generated
twice in-process and the run aborts unless both runs are byte-identical; then
cases.jsonl and README.md are written and a self-check runs.

Every clause whose figure is used is quoted verbatim in QUOTES below (each quote
is asserted to occur in its policy text).  The reading applied to each is in
READINGS.  Every expected amount_yuan is computed by a reference function ref_*
from the same slot values that rendered the turn text; the self-check recomputes
each amount and parses every rendered money figure back to its slot value.
"""
import hashlib
import json
import os
import random
import re
import sys
from fractions import Fraction

SEED = 20261211
HERE = os.path.dirname(os.path.abspath(__file__))
POLICY_DIR = "/work/shared/policies"
DRAFT = "changping-zone-draft"
M26 = "changping-2026-2028"
W = 10_000          # 1万元
Y = 100_000_000     # 1亿元

# ---------------------------------------------------------------------------
# Verbatim clauses whose figures (or lack of figures) are used.
# (doc_id, article, item, quote)
# ---------------------------------------------------------------------------
QUOTES = [
    (DRAFT, "第五条", None, "对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。"),
    (DRAFT, "第五条", "（一）", "1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，每个品种分别给予50万元、100万元、200万元的奖励"),
    (DRAFT, "第五条", "（一）", "完成Ⅰ期、Ⅱ期、Ⅲ期临床试验，结合实际临床研发投入，每个品种分别给予一定比例的资金支持。"),
    (DRAFT, "第五条", "（一）", "经认定的2类生物制品、2类化学药和2类中药可参照1类生物制品、1类化学药和1类中药完成相应临床阶段的标准给予支持。"),
    (DRAFT, "第五条", "（一）", "每个企业每年支持金额不超过1亿元。"),
    (DRAFT, "第五条", "（二）", "对在细胞与基因治疗等前沿领域开展非注册性临床试验的，每个品种给予定额一次性奖励，每个企业每年支持金额不超过200万元。"),
    (DRAFT, "第六条", "（一）", "对获得药品注册证书且实施产业化的1类生物制品、1类化学药和1类中药，单品种给予最高1000万元资金支持。"),
    (DRAFT, "第六条", "（一）", "经认定，2类生物制品、2类化学药和2类中药，单品种择优给予最高500万元资金支持。"),
    (DRAFT, "第六条", "（一）", "经认定，重大改良型新药、首仿药等可参照1类生物制品、1类化学药和1类中药予以支持。"),
    (DRAFT, "第六条", "（二）", "对获得一、二、三类新兽药注册证书且实施产业化的动物药，经认定单品种分别给予最高300万元、200万元、100万元资金支持。"),
    (DRAFT, "第七条", None, "对于符合条件的企业按照昌平区关于医疗器械创新发展的相关政策措施给予支持。"),
    (DRAFT, "第八条", "（一）", "对委托医药健康企业生产其所持有或拟申报上市产品的企业，按照不超过该品种实际交易额的10%给予资金支持。"),
    (DRAFT, "第八条", "（一）", "对医药健康企业按照药品上市许可持有人制度承担生产的，按照不超过实际投入金额的20%给予资金支持。"),
    (DRAFT, "第八条", "（二）", "支持设立医药健康销售平台型企业，按照年度销售收入的2‰给予资金支持。"),
    (DRAFT, "第四条", "（一）", "每年定额安排概念验证资金，对临床科技成果转化项目给予概念验证资金支持。"),
    (DRAFT, "第四条", "（二）", "以上项目转化应用后，经认定，每个项目给予一定资金支持。"),
    (DRAFT, "第九条", None, "对拥有国际领军人才和团队，具有国际原创技术和品种，或预期有重大产业贡献的企业，经认定后可给予资金支持。"),
    (DRAFT, "第十条", None, "可按照项目固定资产实际投资额（除房产、土地外）的一定比例分阶段给予资金支持。"),
    (DRAFT, "第十一条", "（一）", "对新获得美国食品药品监督管理局（FDA）、欧盟药品管理局（EMA）等国际权威机构认证的药品，按照不超过实际注册费用（含海外注册费、检测费、当地代理费）的30%给予资金支持。"),
    (DRAFT, "第十一条", "（二）", "支持医药健康企业通过License-in等方式从国外引进先进技术到本土产业化，产品上市后，单品种给予最高100万元资金支持。"),
    (DRAFT, "第十一条", "（二）", "支持医药健康企业通过License-out等方式与跨国龙头企业开展合作，合同总额超过1亿美元的，合同签订后，单品种给予最高50万元资金支持。"),
    (DRAFT, "第十二条", "（一）", "对年度主营业务收入首次突破5亿元（含）以上的医药健康企业，按照主营业务收入的2‰给予资金支持。"),
    (DRAFT, "第十二条", "（二）", "对获国家级重大专项任务、重要资质认定资金支持的企业，经认定后可给予实际获得专项资金一定比例的配套支持。"),
    (DRAFT, "第十二条", "（三）", "对单品种年产值首次突破5000万元、1亿元、5亿元、10亿元、20亿元的医药健康企业，分别给予20万元、40万元、200万元、500万元、1000万元的奖励。"),
    (DRAFT, "第十三条", None, "对上一年度营业收入不足3000万元、上两年研发投入总额达1000万元以上、连续三年研发投入保持正增长的中小微企业，按照不超过上一年度研发投入的10%给予资金支持，累计支持不超过三年。"),
    (DRAFT, "第十四条", "（二）", "对于符合条件的金融机构和企业按照昌平区关于金融创新发展的相关政策措施给予支持。"),
    (DRAFT, "第十四条", "（三）", "按照损失本金部分的一定比例给予信贷风险补偿。"),
    (DRAFT, "第十五条", "（一）", "支持CRO、CDMO、CMO等合同外包服务机构发展，经评审后，按照不超过年度实际服务金额的20%给予资金支持，累计支持不超过三年。"),
    (DRAFT, "第十五条", "（二）", "经认定后，可按照不超过平台建设实际投入的30%给予最高3000万元资金支持。"),
    (DRAFT, "第十五条", "（二）", "对已投入运营的共享服务平台，根据其服务内容和效果，经评审后，择优给予一定的资金奖励。"),
    (DRAFT, "第十六条", "（三）", "对于市场化主体举办的高品质活动，经认定后，可按照不超过活动实际发生费用的20%予以资金支持。"),
    (DRAFT, "第十六条", "（三）", "对获得国家或市、区级认定的可给予一定比例运营补贴"),
    (DRAFT, "第十七条", None, "同一项目、同一事项同时符合本办法多项条款或昌平区其他扶持政策的，按照“从优不重复”原则予以支持。"),
    (DRAFT, "第十七条", None, "符合北京市市级其他扶持政策规定的，可申请同时享受市、区两级政策支持，另有规定的除外。"),
    (DRAFT, "第十八条", None, "本办法由北京未来科学城管理委员会（北京中关村生命科学园管理委员会）负责解释，自发布之日起施行"),
    (DRAFT, None, None, "（征求意见稿）"),
    (M26, "（一）", None, "对于具有高水平研发团队、能够显著引领促进产业发展的高能级创新平台给予资金支持"),
    (M26, "（四）", None, "对符合条件使用智能算力的企业,通过市级算力券给予补贴。"),
    (M26, "（五）", None, "对符合条件、示范性强的项目给予不超过项目工程投资总额30%、最高5000万元的资金支持。"),
    (M26, "（七）", None, "支持科技服务业企业效能提升,对于符合条件的,按照规定给予不超过2000万元资金支持。"),
    (M26, "（九）", None, "根据基金实缴规模、投资成效等情况,给予投资机构相应资金支持。"),
    (M26, "（九）", None, "鼓励保险机构开发临床试验和高端医疗设备开发责任保险,对投保企业给予支持。"),
    (M26, "（十一）", None, "根据服务能力和服务成效等,对于符合条件的,按照规定给予不超过项目投资总额50%、最高3000万元的资金支持。"),
    (M26, "（十二）", None, "鼓励医药健康领域外资企业持续扩大研发投入,对于符合条件的,按照规定根据研发投入增长情况给予不超过1000万元的资金支持。"),
    (M26, "（十二）", None, "支持国际科研机构等落地,根据成果产出、人才培养、国际交流等情况,对于符合条件的,按照规定给予不超过300万元的资金支持。"),
    (M26, "（十二）", None, "支持举办生命科学领域高水平国际学术研讨会议,对于符合条件的,按照规定给予不超过300万元的资金支持。"),
    (M26, "（十三）", None, "支持医药企业通过技术成果首次海外应用、设立海外研发中心等方式"),
    (M26, "（十三）", None, "根据技术研发、技术成果海外应用等情况,对于符合条件的,按照规定给予不超过200万元的资金支持。"),
    (M26, "（十三）", None, "支持企业通过在海外设立科技园区、孵化器、创新中心等平台载体,或直接开展跨国(境)技术转移服务"),
    (M26, "（十三）", None, "根据项目落地以及技术成果转化情况,对于符合条件的,按照规定分档给予不超过300万元的资金支持。"),
    (M26, "（十四）", None, "对纳入高层次创新创业人才计划的相关青年拔尖人才给予资金支持。"),
    (M26, None, None, "本政策措施由市科委中关村管委会负责解释,印发之日起施行,有效期至2028年12月31日。"),
]

READINGS = """\
Readings applied (doc changping-zone-draft = 支持办法（征求意见稿）, cited by 第N条;
doc changping-2026-2028 = 若干措施, cited by its numbered measure （N）):

- 第五条（一）: 1类 (生物制品/化学药/中药) entering Ⅰ/Ⅱ/Ⅲ期: fixed 50万/100万/200万 per variety
  (kind fixed), summed over varieties; only entries in the year asked count (另一年的进度 is a distractor).
  The 每个企业每年 1亿元 cap is applied to the yearly sum; when it binds the amount is 1亿元 and kind
  is not checked (the cap is a ceiling on fixed awards).  Completing a phase: 一定比例 -> answered,
  amount null, kind unspecified.  2类 only 参照 the completion standard, so a 2类 variety *entering* a
  phase has no figure: answered|ineligible|needs_info accepted, amount null.  The condition 实施产业化
  is part of the article; a stated plan not to industrialise is ineligible (needs_info also accepted).
- 第五条（二）: 非注册性临床试验 定额一次性奖励 names no per-variety figure -> unspecified (200万元 is an
  enterprise-year cap, not the award).
- 第六条（一）: 1类 with 注册证书 + 产业化: upper_bound 1000万 per variety; 2类: upper_bound 500万 per variety;
  重大改良型新药/首仿药 参照1类: upper_bound 1000万.  第六条（二）新兽药 一/二/三类: upper_bound 300万/200万/100万.
- 第八条（一）: MAH entrusting production: upper_bound 10% of the variety's actual transaction amount
  (per variety, summed); enterprise producing under the MAH system: upper_bound 20% of actual investment.
  第八条（二）: sales platform: 2‰ of annual sales revenue, no 不超过 -> kind fixed.
- 第十一条（一）: upper_bound 30% of (海外注册费 + 检测费 + 当地代理费); domestic clinical cost, plant
  upgrades etc. and a grand total given beside the parts are not in the base.
- 第十一条（二）: License-in after launch: upper_bound 100万 per variety (not launched -> ineligible);
  License-out: contract total strictly above 1亿美元 (exactly 1亿美元 -> ineligible), upper_bound 50万 per
  variety; a contract figure in mixed currencies or only in RMB -> needs_info.
- 第十二条（一）: main-business revenue first reaching 5亿元 (inclusive, exactly 5亿 qualifies): 2‰, kind
  fixed; not the first time -> ineligible.  第十二条（二）: 一定比例 -> unspecified.
- 第十二条（三）: per variety, first time annual output crosses 5000万/1亿/5亿/10亿/20亿: fixed
  20万/40万/200万/500万/1000万; the previous year is always in the tier just below (one tier crossed per
  variety; exact tier values are never used); below the first tier -> ineligible.  Varieties summed.
- 第十三条: eligible iff 上一年度营业收入 < 3000万 (exactly 3000万 fails), 上两年研发投入合计 >= 1000万
  (exactly 1000万 passes), 研发投入连续三年正增长 (a drop in the latest year fails), 中小微, and fewer than
  three years already supported; upper_bound 10% of 上一年度研发投入.
- 第十五条（一）: CRO/CDMO/CMO: upper_bound 20% of annual actual service amount; already supported three
  years -> ineligible.  第十五条（二）: shared platform construction: upper_bound min(30% x 实际投入, 3000万);
  operating platforms 择优一定的资金奖励 -> unspecified.
- 第十六条（三）: market-run event: upper_bound 20% of actual cost (a government-run event is ineligible,
  needs_info accepted); alliances 一定比例运营补贴 -> unspecified.
- 第四条、第九条、第十条、第十二条（二）、第十四条（三）: support without a figure -> unspecified.
  第七条 / 第十四条（二） refer to other district policies not in the corpus: answered|needs_info|out_of_scope,
  amount null.
- 第十七条 从优不重复 only where the question says it is the same project / same matter: a CDMO producing
  one project for an MAH (第八条（一） second sentence vs 第十五条（一）) and a sales platform whose one
  revenue figure is claimed under 第八条（二） and 第十二条（一） -> the larger part; everything else is summed.
  No totals are asked across the two documents.
- 若干措施（五）: upper_bound min(30% x 项目工程投资总额, 5000万); （十一）: upper_bound min(50% x 项目投资总额,
  3000万); （七） 2000万, （十二） 外资研发中心 1000万 / 国际科研机构 300万 / 国际学术研讨会议 300万,
  （十三） 首次海外应用·海外研发中心 200万 / 海外园区·孵化器·跨国技术转移 300万: ceiling-only, the ceiling is
  the amount (upper_bound) whatever other figures are given; a domestic (non-foreign) firm asking for the
  外资研发中心 incentive is ineligible (needs_info accepted).  （一）（四）（九）（十四）: unspecified.
- Validity: 若干措施 runs to 2028-12-31; applying in 2029/2030 accepts answered|ineligible with amount
  null (the sentence is outside the numbered measures: nothing cited).  The 支持办法 is a 征求意见稿:
  amounts are still answered from its text (answered), status questions are answered.
- Missing, ambiguous, contradictory or implausible facts (ranges, 不到X, negative, fractional counts,
  mixed currencies, absurd magnitudes) -> needs_info only, amount null.  Greetings / thanks accept
  answered|out_of_scope|needs_info with amount null; out-of-corpus topics expect out_of_scope.
"""

# ---------------------------------------------------------------------------
# Money rendering (many surface forms) and an independent parser.
# ---------------------------------------------------------------------------
FW_TABLE = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
FW_INV = str.maketrans("０１２３４５６７８９．，　", "0123456789., ")
CN_D = "零一二三四五六七八九"


def fnum(x):
    """Fraction/int -> shortest decimal string (at most 4 decimals, exact)."""
    x = Fraction(x)
    if x.denominator == 1:
        return str(x.numerator)
    for d in range(1, 5):
        y = x * 10 ** d
        if y.denominator == 1:
            s = str(abs(y.numerator)).rjust(d + 1, "0")
            out = s[:-d] + "." + s[-d:]
            return ("-" if x < 0 else "") + out
    raise ValueError("not a short decimal: %r" % x)


def short_dec(x, d):
    x = Fraction(x)
    return (x * 10 ** d).denominator == 1


def fmt_wan(v):
    """amount in yuan -> 'N万' (whole 万 only)."""
    assert v % W == 0
    return "%d万" % (v // W)


def cn_small(n, liang=False):
    assert 0 < n < 10000
    digs = [n // 1000, n // 100 % 10, n // 10 % 10, n % 10]
    units = ["千", "百", "十", ""]
    s, zero, started = "", False, False
    for d, u in zip(digs, units):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        ch = CN_D[d]
        if d == 2 and liang and not started and u in ("千", "百"):
            ch = "两"
        s += ch + u
        started = True
    if s.startswith("一十"):
        s = s[1:]
    return s


def cn_money(v, liang=False):
    assert v > 0 and v % W == 0
    w = v // W
    yi, rem = divmod(w, 10000)
    s = ""
    if yi:
        s += ("两" if (yi == 2 and liang) else cn_small(yi, liang)) + "亿"
    if rem:
        if yi and rem < 1000:
            s += "零"
        s += cn_small(rem, liang) + "万"
    return s


def _sec(x):
    total, num, i = Fraction(0), None, 0
    digits = {c: k for k, c in enumerate(CN_D)}
    digits["两"] = 2
    while i < len(x):
        ch = x[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(x) and (x[j].isdigit() or x[j] == "."):
                j += 1
            num = Fraction(x[i:j])
            i = j
            continue
        if ch == "零":
            pass
        elif ch in digits:
            num = Fraction(digits[ch])
        elif ch in "千百十":
            total += (num if num is not None else 1) * {"千": 1000, "百": 100, "十": 10}[ch]
            num = None
        else:
            raise ValueError("bad numeral %r in %r" % (ch, x))
        i += 1
    return total + (num or 0)


def _parse_cn(t):
    if "亿" in t:
        a, b = t.split("亿", 1)
        return _sec(a) * Y + (_parse_cn(b) if b else 0)
    if "万" in t:
        a, b = t.split("万", 1)
        return _sec(a) * W + (_sec(b) if b else 0)
    return _sec(t)


def parse_money(s):
    """surface string -> (value, currency).  Independent of the renderer."""
    t = s.translate(FW_INV)
    for a, b in (("萬", "万"), ("億", "亿"), ("個", "个"), ("兩", "两"), ("塊", "块"), ("錢", "钱"),
                 ("參", "三"), ("貳", "二")):
        t = t.replace(a, b)
    cur = "CNY"
    if re.search(r"美元|美金|刀|US\$|USD|US dollars|\$", t):
        cur = "USD"
    for tok in ("US dollars", "US$", "USD", "RMB", "CNY", "人民币", "美元", "美金", "块钱", "yuan",
                "¥", "$", "元", "块", "刀"):
        t = t.replace(tok, "")
    t = t.replace(",", "").replace(" ", "").strip()
    m = re.fullmatch(r"([\d.]+)(million|mn|m|M|billion|bn|k|K)", t)
    if m:
        mult = {"million": 10 ** 6, "mn": 10 ** 6, "m": 10 ** 6, "M": 10 ** 6, "billion": 10 ** 9,
                "bn": 10 ** 9, "k": 1000, "K": 1000}[m.group(2)]
        return Fraction(m.group(1)) * mult, cur
    t = t.replace("个亿", "亿").replace("kw", "千万").replace("KW", "千万").replace("个w", "万")
    t = t.replace("w", "万").replace("W", "万")
    return _parse_cn(t), cur


ZH_FORMS = [("wan", 14), ("wanyuan", 14), ("yuan_sep", 6), ("yuan", 3), ("yi", 6), ("geyi", 3),
            ("fullwidth", 4), ("cn", 7), ("mixed", 5), ("w", 5), ("kw", 2), ("kuai", 3),
            ("spaced", 3), ("yi_dec", 3)]
EN_FORMS = [("en_million", 10), ("en_m", 6), ("en_yen", 5), ("en_yuan", 5), ("en_billion", 3),
            ("en_k", 2), ("en_rmb_sep", 4), ("en_wan", 2)]


def money_forms(v, lang):
    """all applicable (form, surface) for amount v yuan."""
    out = []
    w = Fraction(v, W)
    if lang == "zh":
        if short_dec(w, 2):
            ws = fnum(w)
            out += [("wan", ws + "万"), ("wanyuan", ws + "万元"), ("fullwidth", ws.translate(FW_TABLE) + "万"),
                    ("w", ws + random_choice_marker("w")), ("kuai", ws + "万块"), ("spaced", ws + " 万")]
        out += [("yuan_sep", "{:,}元".format(v)), ("yuan", "%d元" % v)]
        if v >= 10 ** 7 and short_dec(Fraction(v, Y), 4) and v % W == 0:
            out.append(("yi", fnum(Fraction(v, Y)) + "亿"))
            out.append(("yi_dec", fnum(Fraction(v, Y)) + "亿元"))
        if v >= 5 * 10 ** 7 and short_dec(Fraction(v, Y), 2) and v % W == 0:
            out.append(("geyi", fnum(Fraction(v, Y)) + "个亿"))
        if v % W == 0 and v > 0:
            out.append(("cn", cn_money(v, liang=True)))
        if v % W == 0 and v > 0:
            wi = v // W
            yi, rem = divmod(wi, 10000)
            if yi and rem and rem % 1000 == 0:
                out.append(("mixed", "%d亿%d千万" % (yi, rem // 1000)))
            elif yi and rem:
                out.append(("mixed", "%d亿%d万" % (yi, rem)))
            elif not yi and wi >= 1000 and wi % 100 == 0:
                th, hu = wi // 1000, wi // 100 % 10
                out.append(("mixed", "%d千%d百万" % (th, hu) if hu else "%d千万" % th))
        if v % (1000 * W) == 0 or (v >= 1000 * W and short_dec(Fraction(v, 1000 * W), 1)):
            out.append(("kw", fnum(Fraction(v, 1000 * W)) + "kw"))
    else:
        mil = Fraction(v, 10 ** 6)
        if short_dec(mil, 2):
            ms = fnum(mil)
            out += [("en_million", "RMB %s million" % ms), ("en_m", "CNY %sm" % ms)]
        out += [("en_yen", "¥{:,}".format(v)), ("en_yuan", "{:,} yuan".format(v)),
                ("en_rmb_sep", "RMB {:,}".format(v))]
        if v >= 10 ** 9 and short_dec(Fraction(v, 10 ** 9), 2):
            out.append(("en_billion", "RMB %s billion" % fnum(Fraction(v, 10 ** 9))))
        if v % 1000 == 0:
            out.append(("en_k", "RMB {:,}k".format(v // 1000)))
        if short_dec(w, 2):
            out.append(("en_wan", "RMB %s万" % fnum(w)))
    return out


def random_choice_marker(kind):
    return "w"   # variant letters are chosen later by Ctx (w / W / 个w)


def usd_forms(v, lang):
    out = []
    if lang == "zh":
        y = Fraction(v, Y)
        if short_dec(y, 4):
            out += [("usd_yi", fnum(y) + "亿美元"), ("usd_dao", fnum(y) + "亿刀"), ("usd_jin", fnum(y) + "亿美金")]
        if v % W == 0:
            out += [("usd_wan", "%d万美元" % (v // W)), ("usd_cn", cn_money(v, liang=True) + "美元")]
    else:
        mil = Fraction(v, 10 ** 6)
        if short_dec(mil, 2):
            ms = fnum(mil)
            out += [("usd_en_mil", "US$%s million" % ms), ("usd_en_m", "USD %sm" % ms), ("usd_en_M", "$%sM" % ms),
                    ("usd_en_words", "%s million US dollars" % ms)]
    return out

# ---------------------------------------------------------------------------
# Simplified -> Traditional character map (for zh-Hant cases).
# ---------------------------------------------------------------------------
_TRAD_PAIRS = (
    "万萬 亿億 个個 两兩 块塊 钱錢 们們 这這 来來 说說 请請 问問 么麼 为為 还還 没沒 经經 过過 让讓 给給 对對 "
    "时時 会會 员員 发發 实實 际際 进進 临臨 药藥 类類 业業 产產 证證 书書 册冊 获獲 国國 认認 机機 构構 检檢 "
    "测測 费費 当當 术術 场場 总總 额額 签簽 订訂 后後 单單 种種 营營 务務 奖獎 励勵 续續 长長 扩擴 级級 设設 "
    "销銷 台臺 托託 许許 担擔 资資 补補 贴貼 关關 键鍵 验驗 动動 兽獸 诊診 断斷 剂劑 疗療 医醫 创創 转轉 项項 "
    "规規 划劃 办辦 条條 区區 组組 团團 贸貿 试試 见見 征徵 现現 吗嗎 谢謝 帮幫 询詢 咨諮 师師 烦煩 扰擾 样樣 "
    "够夠 应應 该該 听聽 别別 专專 注註 几幾 号號 门門 户戶 间間 写寫 诗詩 气氣 预預 报報 联聯 运運 险險 贷貸 "
    "损損 偿償 银銀 贵貴 质質 标標 准準 杆桿 软軟 备備 网網 络絡 数數 据據 库庫 链鏈 举舉 议議 论論 坛壇 学學 "
    "讨討 园園 责責 位位 头頭 边邊 里裡 错錯 刚剛 计計 继繼 题題 细細 节節 况況 张張 统統 图圖 东東 车車 乐樂 "
    "欢歡 线線 话話 电電 处處 识識 负負 归歸 属屬 层層 内內 陆陸 湾灣 厂廠 赁賃 买買 卖賣 价價 货貨 币幣 汇匯 "
    "换換 华華 绩績 历歷 岁歲 龙龍 审審 评評 选選 择擇 优優 复復 虑慮 态態 范範 围圍 调調 适適 韩韓 欧歐 输輸 "
    "显顯 纳納 积積 极極 压壓 减減 变變 儿兒 点點 与與 从從 众眾 闻聞 称稱 讲講 记記 录錄 带帶 达達 满滿 须須 "
    "则則 觉覺 确確 拟擬 县縣 乡鄉 镇鎮 启啟 结結 纯純 净淨 连連 亏虧 润潤 税稅 财財 执執 疫疫 胞胞 细細 体體 "
    "执執 约約 协協 轮輪 读讀 广廣 苏蘇 沪滬 荐薦 饭飯 馆館 终終 尽盡 厅廳 门門 问問 题題 样樣 务務 传傳 递遞 "
    "仅僅 剩剩 并並 于於 该該 么麼 吗嗎 额額 准準 碍礙 划劃 划劃 兑兌 币幣 岗崗 惯慣 惊驚 忆憶 获獲 础礎 "
    "础礎 强強 领領 导導 伙夥 伤傷 侧側 侨僑 债債 值值 备備 偿償 储儲 儿兒 党黨 兴興 养養 兰蘭 冲衝 决決 况況 "
    "净淨 减減 凤鳳 击擊 刘劉 则則 刚剛 创創 删刪 别別 剧劇 劝勸 办辦 务務 动動 劳勞 势勢 勋勳 区區 协協 单單 "
    "卖賣 卫衛 厂廠 厅廳 历歷 压壓 县縣 参參 双雙 发發 变變 叙敘 叶葉 号號 叹嘆 员員 响響 咱咱 哪哪 唤喚 啰囉 "
    "团團 围圍 园園 国國 图圖 圆圓 圣聖 场場 坏壞 块塊 坚堅 坛壇 垫墊 城城 处處 备備 复復 头頭 夹夾 夺奪 奋奮 "
    "奖獎 妇婦 妈媽 娱娛 孙孫 学學 宁寧 宝寶 实實 宠寵 审審 宪憲 宫宮 宽寬 宾賓 对對 寻尋 导導 将將 尔爾 尘塵 "
    "尝嘗 层層 属屬 岁歲 岛島 岭嶺 帅帥 师師 帐帳 带帶 帮幫 广廣 庄莊 庆慶 库庫 应應 废廢 开開 异異 弃棄 张張 "
    "弹彈 归歸 当當 录錄 彻徹 径徑 忆憶 态態 怀懷 总總 恋戀 恶惡 悦悅 悬懸 惊驚 惧懼 惯慣 愿願 戏戲 战戰 户戶 "
    "扑撲 执執 扩擴 扫掃 扬揚 扰擾 抚撫 报報 担擔 拟擬 拥擁 择擇 挂掛 挤擠 挥揮 损損 换換 据據 掷擲 携攜 摄攝 "
    "摆擺 敌敵 数數 断斷 无無 旧舊 时時 昼晝 显顯 晓曉 暂暫 术術 机機 杀殺 杂雜 权權 条條 来來 极極 构構 枪槍 "
    "标標 栏欄 树樹 样樣 桥橋 检檢 楼樓 横橫 欢歡 欧歐 步步 残殘 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 没沒 沪滬 泪淚 "
    "泽澤 洁潔 浅淺 测測 济濟 浏瀏 涨漲 渐漸 温溫 湾灣 满滿 滚滾 潜潛 灭滅 灯燈 灵靈 灾災 炉爐 点點 炼煉 烟煙 "
    "热熱 爱愛 爷爺 牵牽 状狀 独獨 猎獵 献獻 环環 现現 琐瑣 电電 画畫 畅暢 疗療 盖蓋 监監 盘盤 着著 矿礦 码碼 "
    "砖磚 础礎 确確 礼禮 祸禍 离離 种種 积積 称稱 稳穩 穷窮 窃竊 竞競 笔筆 笼籠 筑築 签簽 简簡 类類 粮糧 紧緊 "
    "纠糾 红紅 纤纖 约約 级級 纪紀 纲綱 纳納 纸紙 纹紋 线線 练練 组組 细細 织織 终終 绍紹 经經 绑綁 结結 绕繞 "
    "给給 络絡 绝絕 统統 继繼 绩績 续續 维維 综綜 绿綠 缓緩 编編 缘緣 缩縮 缴繳 网網 罗羅 罚罰 联聯 聪聰 肃肅 "
    "肤膚 肿腫 胁脅 胜勝 脑腦 脚腳 脱脫 节節 芦蘆 苏蘇 范範 荣榮 药藥 获獲 营營 萝蘿 蓝藍 虑慮 虽雖 蚀蝕 补補 "
    "装裝 见見 观觀 规規 视視 览覽 觉覺 计計 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 "
    "证證 评評 识識 诉訴 词詞 译譯 试試 诗詩 诚誠 话話 询詢 该該 详詳 语語 误誤 说說 请請 诸諸 读讀 课課 谁誰 "
    "调調 谈談 谢謝 谨謹 谱譜 贝貝 负負 贡貢 财財 责責 败敗 货貨 质質 贩販 贪貪 购購 贯貫 贵貴 贷貸 费費 贸貿 "
    "资資 赋賦 赔賠 赚賺 赛賽 赞贊 赠贈 赵趙 赶趕 车車 转轉 轮輪 软軟 轻輕 较較 载載 辅輔 辆輛 输輸 辖轄 边邊 "
    "达達 迁遷 过過 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰 郑鄭 酝醞 释釋 "
    "里裡 针針 钟鐘 钢鋼 钱錢 铁鐵 银銀 链鏈 销銷 锁鎖 锅鍋 错錯 键鍵 长長 门門 闪閃 闭閉 问問 闲閒 间間 闻聞 "
    "阅閱 队隊 阳陽 阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雾霧 静靜 韩韓 页頁 项項 顺順 须須 顾顧 预預 领領 "
    "频頻 题題 颜顏 额額 风風 飞飛 饭飯 馆館 驱驅 验驗 鱼魚 鲜鮮 鸟鳥 黄黃 齐齊 龄齡 龙龍 亚亞 产產 亩畝 亲親 "
    "仓倉 们們 价價 众眾 优優 伟偉 传傳 体體 余餘 佣傭 侠俠 俭儉 债債 倾傾 偿償 储儲 兑兌 关關 兹茲 冻凍 凭憑 "
    "凯凱 击擊 刹剎 剂劑 劲勁 劳勞 华華 卢盧 卤滷 却卻 厉厲 厌厭 县縣 叠疊 吓嚇 吕呂 吗嗎 呜嗚 咏詠 哑啞 唇脣 "
    "啧嘖 啸嘯 喷噴 嗳噯 嘱囑 团團 坝壩 垄壟 垒壘 埚堝 堕墮 墙牆 壮壯 声聲 壳殼 壶壺 处處 够夠 奥奧 妆妝 妩嫵 "
    "娇嬌 孪孿 宁寧 审審 宠寵 宽寬 寝寢 尧堯 岂豈 峡峽 峦巒 币幣 帜幟 幂冪 庐廬 庙廟 廉廉 开開 弯彎 彦彥 征徵 "
    "缆纜 涉涉 盈盈 亩畝 册冊 晒曬 拨撥 称稱 签簽 筹籌 际際 钧鈞 铺鋪 捐捐 阵陣 厘釐 "
)


def _build_trad():
    m = {}
    for tok in _TRAD_PAIRS.split():
        if len(tok) == 2 and tok[0] != tok[1]:
            m[tok[0]] = tok[1]
    return m


TRAD = _build_trad()
# Phrases whose traditional form differs from char-by-char mapping.
TRAD_PHRASES = [("制造", "製造"), ("制品", "製品"), ("制药", "製藥"), ("台湾", "臺灣"), ("批准", "批准"), ("干什么", "幹什麼"),
                ("回复", "回覆"), ("复核", "複核"), ("破档", "破檔"), ("档", "檔"), ("干嘛", "幹嘛")]


def to_trad(s):
    """phrase exceptions first (kept via private-use placeholders), then char by char."""
    keep = {}
    for k, (a, b) in enumerate(TRAD_PHRASES):
        if a in s:
            mark = chr(0xE000 + k)
            keep[mark] = b
            s = s.replace(a, mark)
    s = "".join(TRAD.get(ch, ch) for ch in s)
    for mark, b in keep.items():
        s = s.replace(mark, b)
    return s

# ---------------------------------------------------------------------------
# Reference functions.  Each takes the slot values the text was rendered from
# and returns {"status", "amount", "kind", "parts", "capped"}.
# ---------------------------------------------------------------------------
PHASE_AWARD = {"I": 50 * W, "II": 100 * W, "III": 200 * W}
PHASE_CAP = 1 * Y
CERT_MAX = {1: 1000 * W, 2: 500 * W, "imp": 1000 * W}
VET_MAX = {1: 300 * W, 2: 200 * W, 3: 100 * W}
OUTPUT_TIERS = [(5000 * W, 20 * W), (1 * Y, 40 * W), (5 * Y, 200 * W), (10 * Y, 500 * W), (20 * Y, 1000 * W)]
M26_CONST = {"m26-7": 2000 * W, "m26-12-rd": 1000 * W, "m26-12-inst": 300 * W, "m26-12-conf": 300 * W,
             "m26-13-first": 200 * W, "m26-13-park": 300 * W}


def _pct(base, num, den):
    v = Fraction(base) * num / den
    assert v.denominator == 1, (base, num, den)
    return int(v)


def part(rule, amount, kind, formula):
    return {"rule_id": rule, "amount_yuan": amount, "kind": kind, "formula": formula}


def res(parts, mode="sum", cap=None, status="answered"):
    if status != "answered":
        return {"status": status, "amount": None, "kind": None, "parts": parts, "capped": False}
    amts = [p["amount_yuan"] for p in parts]
    if mode == "sum":
        total = sum(amts)
        kind = "upper_bound" if any(p["kind"] == "upper_bound" for p in parts) else "fixed"
    else:
        best = max(parts, key=lambda p: p["amount_yuan"])
        total, kind = best["amount_yuan"], best["kind"]
    capped = False
    if cap is not None and total > cap:
        total, kind, capped = cap, "upper_bound", True
    return {"status": "answered", "amount": total, "kind": kind, "parts": parts, "capped": capped}


def inel(rule):
    return {"status": "ineligible", "amount": None, "kind": None, "parts": [part(rule, None, None, "")],
            "capped": False}


def ref_phase(items):
    """items: [[stage, n], ...] class-1 varieties entering a phase this year."""
    parts = [part("d5-1-enter-" + st, PHASE_AWARD[st] * n, "fixed", "%s × %d" % (fmt_wan(PHASE_AWARD[st]), n))
             for st, n in items if n > 0]
    return res(parts, cap=PHASE_CAP)


def ref_cert(items):
    parts = [part("d6-1-cert-%s" % c, CERT_MAX[c] * n, "upper_bound", "最高%s × %d" % (fmt_wan(CERT_MAX[c]), n))
             for c, n in items if n > 0]
    return res(parts)


def ref_vet(items):
    parts = [part("d6-2-vet-%d" % c, VET_MAX[c] * n, "upper_bound", "最高%s × %d" % (fmt_wan(VET_MAX[c]), n))
             for c, n in items if n > 0]
    return res(parts)


def ref_entrust(amounts):
    parts = [part("d8-1-entrust", _pct(a, 10, 100), "upper_bound", "%s × 10%%" % a) for a in amounts]
    return res(parts)


def ref_mahprod(invest):
    return res([part("d8-1-mah-prod", _pct(invest, 20, 100), "upper_bound", "%s × 20%%" % invest)])


def ref_sales(rev):
    return res([part("d8-2-sales", _pct(rev, 2, 1000), "fixed", "%s × 2‰" % rev)])


def ref_fda(reg, test, agent):
    base = reg + test + agent
    return res([part("d11-1-fda", _pct(base, 30, 100), "upper_bound", "(%s+%s+%s) × 30%%" % (reg, test, agent))])


def ref_licin(n, launched=True):
    if not launched:
        return inel("d11-2-licin")
    return res([part("d11-2-licin", 100 * W * n, "upper_bound", "最高100万 × %d" % n)])


def ref_licout(contracts):
    """contracts: [[usd_total, n_varieties], ...]; only totals strictly above 1亿美元 qualify."""
    parts = [part("d11-2-licout", 50 * W * n, "upper_bound", "最高50万 × %d" % n)
             for usd, n in contracts if usd > 1 * Y]
    if not parts:
        return inel("d11-2-licout")
    return res(parts)


def ref_rev5(rev, first=True):
    if rev < 5 * Y or not first:
        return inel("d12-1-rev5")
    return res([part("d12-1-rev5", _pct(rev, 2, 1000), "fixed", "%s × 2‰" % rev)])


def output_award(prev, cur):
    crossed = [(t, a) for t, a in OUTPUT_TIERS if prev < t < cur]
    assert all(cur != t and prev != t for t, _ in OUTPUT_TIERS), (prev, cur)
    assert len(crossed) <= 1, (prev, cur)
    return crossed[0] if crossed else None


def ref_output(items):
    parts = []
    for prev, cur in items:
        c = output_award(prev, cur)
        if c:
            parts.append(part("d12-3-output", c[1], "fixed", "首次突破%s" % c[0]))
    if not parts:
        return inel("d12-3-output")
    return res(parts)


def sme_ok(rev_prev, rd, years_used=0, sme=True, growth=None):
    """rd: research spend by year, oldest first, last = 上一年度.  With fewer than three years given,
    the user's own statement that R&D grew three years running is the slot growth=True."""
    if years_used >= 3 or not sme or rev_prev >= 3000 * W:
        return False
    if rd[-1] + rd[-2] < 1000 * W:
        return False
    rising = all(a < b for a, b in zip(rd, rd[1:]))
    return rising and (len(rd) >= 3 or growth is True)


def ref_sme(rev_prev, rd, years_used=0, sme=True, growth=None):
    if not sme_ok(rev_prev, rd, years_used, sme, growth):
        return inel("d13-sme")
    return res([part("d13-sme", _pct(rd[-1], 10, 100), "upper_bound", "%s × 10%%" % rd[-1])])


def ref_cro(service, years_used=0):
    if years_used >= 3:
        return inel("d15-1-cro")
    return res([part("d15-1-cro", _pct(service, 20, 100), "upper_bound", "%s × 20%%" % service)])


def ref_platform(invest):
    return res([part("d15-2-platform", min(_pct(invest, 30, 100), 3000 * W), "upper_bound",
                     "min(%s × 30%%, 3000万)" % invest)])


def ref_event(cost, market=True):
    if not market:
        return inel("d16-3-event")
    return res([part("d16-3-event", _pct(cost, 20, 100), "upper_bound", "%s × 20%%" % cost)])


def ref_ai26(invest):
    return res([part("m26-5-ai", min(_pct(invest, 30, 100), 5000 * W), "upper_bound",
                     "min(%s × 30%%, 5000万)" % invest)])


def ref_park26(invest):
    return res([part("m26-11-park", min(_pct(invest, 50, 100), 3000 * W), "upper_bound",
                     "min(%s × 50%%, 3000万)" % invest)])


def ref_const(rule):
    return res([part(rule, M26_CONST[rule], "upper_bound", "不超过%s" % fmt_wan(M26_CONST[rule]))])


def ref_unspec(rule):
    return {"status": "answered", "amount": None, "kind": "unspecified",
            "parts": [part(rule, None, "unspecified", "一定比例/未列金额")], "capped": False}


def ref_multi(items, mode="sum"):
    """items: [[ref_name, kwargs], ...]; each sub-result's parts are pooled (mode sum) or the
    sub-totals are compared (mode max, 从优不重复)."""
    subs = [REFS[n](**kw) for n, kw in items]
    assert all(s["status"] == "answered" and s["amount"] is not None for s in subs)
    if mode == "sum":
        parts = [p for s in subs for p in s["parts"]]
        return res(parts)
    parts = [part("max:" + "+".join(p["rule_id"] for p in s["parts"]), s["amount"], s["kind"], "") for s in subs]
    return res(parts, mode="max")


REFS = {k[4:]: v for k, v in dict(globals()).items() if k.startswith("ref_")}

# ---------------------------------------------------------------------------
# Rendering context and phrase pools.
# ---------------------------------------------------------------------------
ST_ZH = {"I": ["Ⅰ期", "I期", "一期", "1期"], "II": ["Ⅱ期", "II期", "二期", "2期"], "III": ["Ⅲ期", "III期", "三期", "3期"]}
ST_EN = {"I": ["Phase I", "Phase 1", "phase I"], "II": ["Phase II", "Phase 2", "phase II"],
         "III": ["Phase III", "Phase 3", "phase III"]}
C1_ZH = ["1类化药", "1类新药（化药）", "1类生物制品", "一类生物制品", "1类中药", "1类化学药", "1类创新药"]
C2_ZH = ["2类生物制品", "2类化学药", "2类中药", "二类化药"]
C1_EN = ["Class 1 chemical drug", "Class 1 biologic", "Category 1 TCM product", "class-1 innovative drug"]
C2_EN = ["Class 2 biologic", "Class 2 chemical drug", "Category 2 TCM product"]
VET_ZH = {1: ["一类新兽药", "1类新兽药", "一类兽药新药"], 2: ["二类新兽药", "2类新兽药"], 3: ["三类新兽药", "3类新兽药"]}
VET_EN = {1: ["Class I new veterinary drug", "category-1 new vet drug"], 2: ["Class II new veterinary drug",
          "category-2 new vet drug"], 3: ["Class III new veterinary drug", "category-3 new vet drug"]}
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
          10: "ten", 12: "twelve"}
OPEN_ZH = ["", "", "", "你好，", "您好，", "请问一下，", "咨询一下，", "老师好，", "麻烦问下，", "打扰一下，",
           "帮企业问一下：", "有家企业来电咨询：", "在吗？", "hi，"]
OPEN_EN = ["", "", "Hi, ", "Hello, ", "Quick question: ", "Hi there. ", "Good morning. "]
WE_ZH = ["我们公司", "我司", "我们", "公司", "我们单位"]
ASK_ZH = ["能拿多少？", "能补多少钱？", "最多能申请多少？", "按政策能给多少支持？", "大概能拿到多少补贴？",
          "可以申请多少资金？", "能支持多少？", "补贴额度是多少？", "能给多少钱", "能申请到多少？",
          "帮忙算一下能拿多少", "按办法能补多少？", "最多给多少？"]
ASK_EN = ["How much can we get?", "What's the maximum support?", "How much funding would that be?",
          "How much could we apply for?", "What amount are we looking at?", "Roughly how much is the subsidy?",
          "Can you work out the amount?"]


def cap1(s):
    return s[:1].upper() + s[1:]


class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang            # "zh" or "en" (zh-Hant is converted from zh afterwards)
        self.money = []             # (surface, value, currency)
        self.traits = []
        self.safe = []              # bare values (no unit yet) an answer may legitimately mention
        self.dis_out = []           # distractor sentences rendered

    def ch(self, seq):
        return self.rng.choice(list(seq))

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def trait(self, *t):
        for x in t:
            if x not in self.traits:
                self.traits.append(x)

    def m(self, v, forms=None, lang=None):
        lang = lang or self.lang
        opts = money_forms(v, lang)
        if forms:
            opts = [o for o in opts if o[0] in forms] or money_forms(v, lang)
        wt = dict(ZH_FORMS if lang == "zh" else EN_FORMS)
        tot = sum(wt.get(f, 1) for f, _ in opts)
        x = self.rng.uniform(0, tot)
        for f, s in opts:
            x -= wt.get(f, 1)
            if x <= 0:
                break
        if f == "w":
            s = s[:-1] + self.ch(["w", "W", "个w"])
        elif f == "kuai":
            s = s + self.ch(["", "钱"])
        elif f == "spaced" and self.rng.random() < 0.5:
            s = "{:,}".format(v).replace(",", " ") + " 元"
        self.money.append((s, v, "CNY", "fmt-" + f))
        return s

    def usd(self, v, lang=None):
        lang = lang or self.lang
        f, s = self.ch(usd_forms(v, lang))
        self.money.append((s, v, "USD", "fmt-" + f))
        return s

    def n(self, k, unit="个"):
        if self.lang == "en":
            return self.ch([str(k), EN_NUM.get(k, str(k))])
        cn = "两" if k == 2 else cn_small(k)
        return self.ch(["%d%s" % (k, unit), cn + unit])

    def np(self, k, noun, plural=None):
        """English count + noun with the right number."""
        return "%s %s" % (self.n(k), noun if k == 1 else (plural or noun + "s"))

    def st(self, stage):
        return self.ch(ST_ZH[stage] if self.lang == "zh" else ST_EN[stage])

    def c1(self):
        return self.ch(C1_ZH if self.lang == "zh" else C1_EN)

    def c2(self):
        return self.ch(C2_ZH if self.lang == "zh" else C2_EN)

    def op(self):
        return self.ch(OPEN_ZH if self.lang == "zh" else OPEN_EN)

    def wrap(self, t):
        """courtesy prefix / suffix so that fixed-text templates still vary."""
        if self.lang == "en":
            suf = self.ch(["", "", " Thanks.", " Thank you!", " Cheers."])
            if suf and t[-1:] not in ".?!":
                t += "."
            pre = self.ch(OPEN_EN)
            if pre and pre.endswith(", ") and t[:1].isupper() and not t.startswith(("I ", "I'", "EMA", "FDA", "CRO", "CDMO", "SME")):
                t = t[0].lower() + t[1:]
            return pre + t + suf
        suf = self.ch(["", "", "", "谢谢", "麻烦了", "急，在线等", "多谢！"])
        if suf and t[-1:] not in "？?。！!～~":
            t += "，"
        return self.ch(OPEN_ZH) + t + suf

    def we(self):
        return self.ch(WE_ZH)

    def ask(self):
        return self.ch(ASK_ZH if self.lang == "zh" else ASK_EN)

    def dis(self, p=0.5):
        """a distractor sentence (employees, years, patents, other firms, awards elsewhere)."""
        if self.rng.random() > p:
            return ""
        out = self._dis()
        self.dis_out.append(out)
        return out

    def _dis(self):
        k = self.ri(0, 7)
        if self.lang == "zh":
            if k == 0:
                return "公司现有员工%d人，" % self.ri(35, 900)
            if k == 1:
                return "我们是%d年成立的，" % self.ri(2008, 2021)
            if k == 2:
                return "手里有%d项发明专利，" % self.ri(6, 60)
            if k == 3:
                return "隔壁一家企业说他们拿了%s，" % self.m(self.ri(3, 90) * 10 * W)
            if k == 4:
                return "去年还拿过市里的专精特新奖励%s（那是另一回事），" % self.m(self.ri(2, 9) * 10 * W)
            if k == 5:
                return "注册资本%s，" % self.m(self.ri(1, 30) * 1000 * W)
            if k == 6:
                return "研发人员占比%d%%，" % self.ri(25, 70)
            return "我们在生命科学园租了%d平米，" % (self.ri(8, 90) * 100)
        if k == 0:
            return "We have %d employees. " % self.ri(35, 900)
        if k == 1:
            return "The company was founded in %d. " % self.ri(2008, 2021)
        if k == 2:
            return "We hold %d invention patents. " % self.ri(6, 60)
        if k == 3:
            return "A neighbouring firm told us they got %s. " % self.m(self.ri(3, 90) * 10 * W)
        if k == 4:
            return "Separately we received a municipal SME award of %s last year. " % self.m(self.ri(2, 9) * 10 * W)
        if k == 5:
            return "Our registered capital is %s. " % self.m(self.ri(1, 30) * 1000 * W)
        if k == 6:
            return "About %d%% of our staff work in R&D. " % self.ri(25, 70)
        return "We lease %d square metres in the Life Science Park. " % (self.ri(8, 90) * 100)


def S(turns, ref=None, cite=(), status=None, amount=None, kind=None, wrong=(), safe=(), tag="calc", traits=()):
    """family result spec. amount: None -> 'ref' if ref else 'null'; or 'null' / 'omit'."""
    return {"turns": list(turns) if not isinstance(turns, str) else [turns], "ref": ref, "cite": [list(x) for x in cite],
            "status": status, "amount": amount, "kind": kind, "wrong": list(wrong), "safe": list(safe),
            "tag": tag, "traits": list(traits)}


def D(art):
    return [DRAFT, art]


def N(art):
    return [M26, art]

# ---------------------------------------------------------------------------
# Template families.  Each family f(c, v) renders variant v in c.lang and
# returns a spec S(...).  Registry: FAMILIES[name] = (group, func, n_zh, n_en)
# ---------------------------------------------------------------------------
FAMILIES = {}


def fam(name, group, n_zh, n_en):
    def deco(f):
        FAMILIES[name] = (group, f, n_zh, n_en)
        return f
    return deco


def stage_pick(c):
    return c.ch(["I", "II", "III"])


# ----------------------------- calc group ---------------------------------
@fam("c_phase_enter", "calc", 4, 1)
def f_phase_enter(c, v):
    stg = stage_pick(c)
    k = c.ch([1, 1, 1, 2, 2, 3, 4])
    ref = ("phase", {"items": [[stg, k]]})
    cite = [D("第五条")]
    if c.lang == "en":
        if v == 0:
            t = "%sWe have %s %s%s that entered %s clinical trials this year. %s%s" % (
                c.op(), c.n(k), c.c1(), "s" if k > 1 else "", c.st(stg), c.dis(), c.ask())
        else:
            k = 1
            ref = ("phase", {"items": [[stg, 1]]})
            t = "Our %s dosed its first patient in %s last month and we plan to manufacture it in Changping. What award does the zone draft give?" % (c.c1(), c.st(stg))
        return S(t, ref, cite, traits=["phase-entry"])
    we, st, c1, n = c.we(), c.st(stg), c.c1(), c.n(k)
    t = [
        "%s%s有%s%s今年刚进入%s临床，%s%s" % (c.op(), we, n, c1, st, c.dis(), c.ask()),
        "%s，%s临床已经启动并完成首例入组，品种数%s，后续在昌平产业化。%s" % (c1, st, n, c.ask()),
        "企业反映：其%s共%s品种于今年获批并进入%s临床试验，按支持办法第五条可以奖励多少？" % (c1, n, st),
        "%s %s %s 今年进的 多少钱" % (st, c1, n),
    ][v]
    return S(t, ref, cite, traits=["phase-entry"])


@fam("c_phase_year", "calc", 2, 1)
def f_phase_year(c, v):
    a, b = c.ri(1, 3), c.ri(1, 3)
    s_old, s_new = c.ch([("I", "II"), ("II", "III"), ("I", "III")])
    ref = ("phase", {"items": [[s_new, b]]})
    wrong = [PHASE_AWARD[s_new] * b + PHASE_AWARD[s_old] * a]
    if c.lang == "en":
        t = ("Last year %s of our Class 1 drugs entered %s and that award was already paid. This year %s more entered %s. "
             "How much is the new award?" % (c.n(a), c.st(s_old), c.n(b), c.st(s_new)))
    else:
        t = [
            "去年我们有%s1类新药进%s，那笔奖励已经拿过了；今年又有%s进了%s。这次能再拿多少？" % (c.n(a), c.st(s_old), c.n(b), c.st(s_new)),
            "%s1类生物制品：2025年进入%s的%s品种已兑现奖励，2026年新进入%s的有%s，2026年这部分能申请多少？" % (c.we(), c.st(s_old), c.n(a), c.st(s_new), c.n(b)),
        ][v]
    return S(t, ref, [D("第五条")], wrong=wrong, traits=["other-year", "distractor"])


@fam("c_phase_complete", "calc", 3, 1)
def f_phase_complete(c, v):
    stg = stage_pick(c)
    inv = c.ri(8, 90) * 100 * W
    ref = ("unspec", {"rule": "d5-1-complete"})
    if c.lang == "en":
        t = "We completed %s of a %s; actual clinical R&D spend was %s. How much support does Article 5 give for completing the phase?" % (c.st(stg), c.c1(), c.m(inv))
    else:
        t = [
            "%s的%s刚完成%s临床试验，实际临床研发投入%s，%s" % (c.we(), c.c1(), c.st(stg), c.m(inv), c.ask()),
            "完成%s临床（不是进入，是已经做完了），%s，投入大概%s，补贴具体是多少？" % (c.st(stg), c.c1(), c.m(inv)),
            "请问%s完成%s临床试验后按实际投入给支持，比例是多少？我们投了%s。" % (c.c1(), c.st(stg), c.m(inv)),
        ][v]
    return S(t, ref, [D("第五条")], tag="unspecified", traits=["unspecified", "phase-complete"])


@fam("c_cls2_enter", "calc", 2, 1)
def f_cls2_enter(c, v):
    stg = stage_pick(c)
    if c.lang == "en":
        t = "Does a %s that has just entered %s get the entry award of Article 5? If so, how much?" % (c.c2(), c.st(stg))
    else:
        t = [
            "我们是%s，刚进入%s临床，能拿多少奖励？" % (c.c2(), c.st(stg)),
            "%s进%s，按第五条能不能参照1类拿进入临床的奖励？能的话多少？" % (c.c2(), c.st(stg)),
        ][v]
    return S(t, None, [], status=["answered", "ineligible", "needs_info"], amount="null", tag="ambiguous",
             traits=["class2-entering", "ambiguous"])


@fam("c_nonreg", "calc", 2, 1)
def f_nonreg(c, v):
    k = c.ri(1, 3)
    if c.lang == "en":
        t = "We run non-registration clinical trials of %s. How much is the one-off award per product?" % c.np(k, "cell therapy candidate")
    else:
        t = [
            "%s在细胞与基因治疗领域开展了非注册性临床试验，涉及%s品种，每个品种的定额奖励是多少？" % (c.we(), c.n(k)),
            "基因治疗产品做的是研究者发起的非注册性临床，%s产品，%s" % (c.n(k), c.ask()),
        ][v]
    return S(t, ("unspec", {"rule": "d5-2-nonreg"}), [D("第五条")], tag="unspecified", traits=["unspecified"])


@fam("c_cert1", "calc", 3, 1)
def f_cert1(c, v):
    k = c.ch([1, 1, 2, 3])
    ref = ("cert", {"items": [[1, k]]})
    if c.lang == "en":
        t = "%s%s %s now produced in Changping. %sMaximum support?" % (
            c.op(), cap1(c.np(k, c.c1())), "received a drug registration certificate and is" if k == 1 else
            "received drug registration certificates and are", c.dis())
    else:
        t = [
            "%s%s有%s%s拿到了药品注册证书，已经在昌平投产，%s%s" % (c.op(), c.we(), c.n(k), c.c1(), c.dis(), c.ask()),
            "%s获批上市（拿到注册证书）并实施产业化，单品种最高支持多少？我们是%s品种，合计多少？" % (c.c1(), c.n(k)),
            "新药获证！%s，%s，产业化已落地，%s" % (c.c1(), c.n(k) + "品种", c.ask()),
        ][v]
    return S(t, ref, [D("第六条")], traits=["certificate"])


@fam("c_cert2", "calc", 2, 1)
def f_cert2(c, v):
    k = c.ch([1, 2, 3])
    ref = ("cert", {"items": [[2, k]]})
    if c.lang == "en":
        t = "We obtained registration certificates for %s, with industrialisation in the district. What is the ceiling?" % c.np(k, c.c2())
    else:
        t = [
            "%s%s%s获得药品注册证书并已产业化，%s" % (c.op(), c.we(), c.n(k) + c.c2(), c.ask()),
            "%s（经认定）拿到注册证了，共%s，择优最高给多少？" % (c.c2(), c.n(k)),
        ][v]
    return S(t, ref, [D("第六条")], traits=["certificate", "class2"])


@fam("c_cert_imp", "calc", 2, 1)
def f_cert_imp(c, v):
    kind = c.ch(["重大改良型新药", "首仿药"])
    ref = ("cert", {"items": [["imp", 1]]})
    if c.lang == "en":
        kind_en = {"重大改良型新药": "major improved new drug", "首仿药": "first generic"}[kind]
        t = "Our %s (recognised as such) got its registration certificate and is made in Changping. How much can it get under Article 6?" % kind_en
    else:
        t = [
            "我们的%s经认定后拿到了注册证书，已在昌平生产，%s" % (kind, c.ask()),
            "%s可以参照1类新药支持吗？如果可以，单品种最高多少？我们有1个已获批并投产。" % kind,
        ][v]
    return S(t, ref, [D("第六条")], traits=["certificate", "improved-generic"])


@fam("c_vet", "calc", 3, 1)
def f_vet(c, v):
    cl = c.ch([1, 2, 3])
    k = c.ch([1, 1, 2])
    ref = ("vet", {"items": [[cl, k]]})
    if c.lang == "en":
        t = "%sWe obtained %s and started production. %s" % (c.op(), c.np(k, c.ch(VET_EN[cl]) + " certificate"), c.ask())
    else:
        name = c.ch(VET_ZH[cl])
        t = [
            "%s%s拿到了%s%s注册证书，已经产业化，%s" % (c.op(), c.we(), c.n(k, "张"), name, c.ask()),
            "动物药：%s，%s品种，已获证并投产。%s%s" % (name, c.n(k), c.dis(), c.ask()),
            "我们做宠物疫苗的，取得%s证书（%s品种），经认定后单品种最高多少？一共多少？" % (name, c.n(k)),
        ][v]
    return S(t, ref, [D("第六条")], traits=["vet"])


@fam("c_entrust", "calc", 3, 1)
def f_entrust(c, v):
    nv = c.ch([1, 1, 2])
    amts = [c.ri(30, 900) * 10 * W + c.ch([0, 0, 5 * W]) for _ in range(nv)]
    ref = ("entrust", {"amounts": amts})
    wrong = [_pct(sum(amts), 20, 100)]
    if c.lang == "en":
        if nv == 1:
            t = ["As the MAH we outsource manufacturing of our product to a Changping CMO; the actual transaction amount was %s. %s" % (c.m(amts[0]), c.ask()),
                 "MAH holder here. Contract manufacturing fee paid for the drug last year: %s. What's the support under Article 8?" % c.m(amts[0])][v]
        else:
            t = ["As the MAH we outsource two products: product A's transaction amount was %s and product B's %s. %s" % (c.m(amts[0]), c.m(amts[1]), c.ask()),
                 "We are an MAH with two entrusted products, transaction amounts %s and %s. Total support?" % (c.m(amts[0]), c.m(amts[1]))][v]
    else:
        if nv == 1:
            x = c.m(amts[0])
            t = [
                "%s%s是上市许可持有人，委托区内企业生产我们持有的品种，实际交易额%s，%s" % (c.op(), c.we(), x, c.ask()),
                "委托生产（MAH模式），该品种去年实际交易额%s，%s能补多少？" % (x, c.dis()),
                "我们把拟申报上市的产品委托给CDMO生产，交易额%s，按第八条最多补多少" % x,
            ][v]
        else:
            x, y = c.m(amts[0]), c.m(amts[1])
            t = [
                "%s%s委托生产两个品种，实际交易额分别是%s和%s，%s" % (c.op(), c.we(), x, y, c.ask()),
                "MAH委托生产：品种一交易额%s，品种二交易额%s，合计能补多少？" % (x, y),
                "我们持有两个品种都委托别人生产，交易额一个%s一个%s，最多给多少" % (x, y),
            ][v]
    return S(t, ref, [D("第八条")], wrong=wrong, traits=["mah-entrust"])


@fam("c_mahprod", "calc", 3, 1)
def f_mahprod(c, v):
    inv = c.ri(50, 3000) * 10 * W
    ref = ("mahprod", {"invest": inv})
    wrong = [_pct(inv, 10, 100)]
    if c.lang == "en":
        t = "We manufacture for other MAH holders under the MAH system; our actual investment in that production was %s. %s" % (c.m(inv), c.ask())
    else:
        x = c.m(inv)
        t = [
            "%s%s按药品上市许可持有人制度承担生产（受托方），实际投入%s，%s" % (c.op(), c.we(), x, c.ask()),
            "我们是受托生产企业，替持有人生产，为此实际投入了%s，%s按第八条能拿多少？" % (x, c.dis()),
            "承担MAH产品生产的企业，投入金额%s，补贴比例和金额？" % x,
        ][v]
    return S(t, ref, [D("第八条")], wrong=wrong, traits=["mah-production"])


@fam("c_sales", "calc", 2, 1)
def f_sales(c, v):
    rev = c.ri(20, 400) * 1000 * W + c.ch([0, 0, 500 * W])
    ref = ("sales", {"rev": rev})
    wrong = [_pct(rev, 2, 100)]
    if c.lang == "en":
        t = "We are a pharma sales-platform company set up in Changping; annual sales revenue was %s. %s" % (c.m(rev), c.ask())
    else:
        x = c.m(rev)
        t = [
            "%s我们是新设立的医药健康销售平台型企业，年度销售收入%s，%s" % (c.op(), x, c.ask()),
            "销售平台公司，年销售额%s，%s按2‰算是多少？" % (x, c.dis()),
        ][v]
    return S(t, ref, [D("第八条")], wrong=wrong, traits=["sales-platform"])


@fam("c_fda", "calc", 3, 1)
def f_fda(c, v):
    reg, test, agent = c.ri(20, 300) * W, c.ri(10, 200) * W, c.ri(5, 120) * W
    dom = c.ri(100, 900) * W
    ref = ("fda", {"reg": reg, "test": test, "agent": agent})
    base = reg + test + agent
    wrong = [_pct(base + dom, 30, 100)] if _pct(base + dom, 30, 100) % W == 0 else []
    auth = c.ch(["FDA", "EMA", "美国FDA", "欧盟EMA"]) if c.lang == "zh" else c.ch(["FDA", "EMA"])
    if c.lang == "en":
        t = [
            "Our drug was newly approved by the %s. Costs: overseas registration %s, testing %s, local agent %s; we also spent %s on domestic trials. %s" % (
                auth, c.m(reg), c.m(test), c.m(agent), c.m(dom), c.ask()),
            "New %s approval. Registration fee %s + testing %s + US agent %s. Domestic clinical spend (%s) is separate. Max subsidy?" % (
                auth, c.m(reg), c.m(test), c.m(agent), c.m(dom)),
        ][v]
    else:
        t = [
            "%s我们的药刚获得%s认证，海外注册费%s，检测费%s，当地代理费%s，另外国内临床花了%s，%s" % (
                c.op(), auth, c.m(reg), c.m(test), c.m(agent), c.m(dom), c.ask()),
            "新拿到%s批准：注册费%s、检测%s、代理%s；国内Ⅲ期投入%s不算注册费吧？按第十一条能补多少" % (
                auth, c.m(reg), c.m(test), c.m(agent), c.m(dom)),
            "产品通过%s认证了，实际注册费用包括海外注册费%s、检测费%s、当地代理费%s。%s另外厂房改造花了%s。%s" % (
                auth, c.m(reg), c.m(test), c.m(agent), c.dis(), c.m(dom), c.ask()),
        ][v]
    return S(t, ref, [D("第十一条")], wrong=wrong, safe=[base], traits=["fda", "distractor"])


@fam("c_licin", "calc", 3, 1)
def f_licin(c, v):
    k = c.ch([1, 1, 2])
    ref = ("licin", {"n": k})
    if c.lang == "en":
        t = "We licensed in %s from a European company, manufactured locally, and %s launched. %s" % (c.np(k, "product"), "it has" if k == 1 else "they have", c.ask())
    else:
        t = [
            "%s%s通过License-in从国外引进了%s品种，在本地产业化，现在已经上市了，%s" % (c.op(), c.we(), c.n(k), c.ask()),
            "引进海外技术（license in）的产品上市了，%s品种，首付款花了%s，%s" % (c.n(k), c.m(c.ri(2, 40) * 100 * W), c.ask()),
            "License-in 项目已上市 %s品种 最高支持多少" % c.n(k),
        ][v]
    return S(t, ref, [D("第十一条")], traits=["license-in"])


@fam("c_licout", "calc", 3, 1)
def f_licout(c, v):
    usd = c.ch([11000, 12000, 15000, 18000, 20000, 35000, 60000, 10500]) * W
    k = 1
    ref = ("licout", {"contracts": [[usd, k]]})
    if c.lang == "en":
        t = "We signed a license-out deal with a multinational for one product; total contract value %s (upfront plus milestones). %s" % (c.usd(usd), c.ask())
    else:
        t = [
            "%s%s和跨国药企签了License-out协议，合同总额%s，已签约，单品种，%s" % (c.op(), c.we(), c.usd(usd), c.ask()),
            "对外授权（license out）一个品种，合同总金额%s，首付款只有一小部分，%s" % (c.usd(usd), c.ask()),
            "我们的BD交易：授权给海外大药企，总额%s，一个产品。按第十一条能拿多少" % c.usd(usd),
        ][v]
    return S(t, ref, [D("第十一条")], traits=["license-out"])


@fam("c_rev5", "calc", 3, 1)
def f_rev5(c, v):
    rev = c.ch([5 * Y + c.ri(1, 40) * 500 * W, c.ri(51, 95) * 1000 * W])
    prev = c.ri(30, 48) * 1000 * W
    ref = ("rev5", {"rev": rev, "first": True})
    wrong = [_pct(rev, 2, 100)]
    if c.lang == "en":
        t = "Our main-business revenue reached %s this year, the first time above RMB 500 million (last year %s). %s" % (c.m(rev), c.m(prev), c.ask())
    else:
        t = [
            "%s%s今年主营业务收入%s，去年才%s，第一次过5亿，%s" % (c.op(), c.we(), c.m(rev), c.m(prev), c.ask()),
            "年度主营收入首次突破5亿元，达到%s，%s能给多少支持？" % (c.m(rev), c.dis()),
            "主营业务收入：2025年%s，2026年%s（首次超5亿）。按第十二条算一下" % (c.m(prev), c.m(rev)),
        ][v]
    return S(t, ref, [D("第十二条")], wrong=wrong, traits=["revenue-5yi"])


def output_pair(c, tier=None):
    """(prev, cur) crossing exactly one tier, never equal to a tier value."""
    idx = tier if tier is not None else c.ch([0, 0, 1, 1, 2, 3, 4])
    t = OUTPUT_TIERS[idx][0]
    lower = OUTPUT_TIERS[idx - 1][0] if idx > 0 else 1000 * W
    upper = OUTPUT_TIERS[idx + 1][0] if idx + 1 < len(OUTPUT_TIERS) else 40 * Y
    step = t // 50
    prev = c.ri((lower // step) + 1, (t // step) - 1) * step
    cur = c.ri((t // step) + 1, (upper // step) - 1) * step
    return prev, cur


@fam("c_output", "calc", 3, 1)
def f_output(c, v):
    prev, cur = output_pair(c)
    ref = ("output", {"items": [[prev, cur]]})
    if c.lang == "en":
        t = "One of our products had annual output of %s this year versus %s last year - first time at this level. %s" % (c.m(cur), c.m(prev), c.ask())
    else:
        t = [
            "%s%s一个单品种今年产值%s，去年是%s，%s" % (c.op(), c.we(), c.m(cur), c.m(prev), c.ask()),
            "单品种年产值首次突破，今年做到%s（上年%s），%s奖励多少？" % (c.m(cur), c.m(prev), c.dis()),
            "我们的拳头产品年产值从%s涨到%s了，按单品种产值奖励能拿多少" % (c.m(prev), c.m(cur)),
        ][v]
    return S(t, ref, [D("第十二条")], traits=["output-tier"])


def sme_slots(c):
    rd3 = c.ri(200, 500) * W
    rd2 = rd3 + c.ri(20, 200) * W
    rd1 = rd2 + c.ri(20, 300) * W
    if rd1 + rd2 < 1000 * W:
        rd1 = 1000 * W - rd2 + c.ri(10, 200) * W
    rev = c.ri(300, 2990) * W
    return rev, [rd3, rd2, rd1]


@fam("c_sme", "calc", 3, 1)
def f_sme(c, v):
    rev, rd = sme_slots(c)
    ref = ("sme", {"rev_prev": rev, "rd": rd})
    if c.lang == "en":
        t = ("We are a small company. Last year's operating revenue %s; R&D spend was %s in 2023, %s in 2024 and %s in 2025, "
             "rising every year. %s" % (c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), c.ask()))
    else:
        t = [
            "%s%s是小微企业，上一年营业收入%s，2024年研发投入%s，2025年研发投入%s，2023年是%s，连续三年都在增长，%s" % (
                c.op(), c.we(), c.m(rev), c.m(rd[1]), c.m(rd[2]), c.m(rd[0]), c.ask()),
            "中小企业研发支持：去年营收%s，研发投入前年%s、去年%s（大前年%s），一直在涨，%s能拿多少？" % (
                c.m(rev), c.m(rd[1]), c.m(rd[2]), c.m(rd[0]), c.dis()),
            "按第十三条，营收%s的中小企业，研发三年分别%s/%s/%s，最多补多少" % (c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2])),
        ][v]
    return S(t, ref, [D("第十三条")], wrong=[_pct(rd[1] + rd[2], 10, 100)], safe=[rd[1] + rd[2]], traits=["sme-rd"])


@fam("c_cro", "calc", 4, 1)
def f_cro(c, v):
    svc = c.ri(50, 5000) * 10 * W + c.ch([0, 0, 0, 3 * W])
    typ = c.ch(["CRO", "CDMO", "CMO"])
    ref = ("cro", {"service": svc})
    if c.lang == "en":
        t = ["%sWe are a %s in Changping; last year's actual service revenue was %s. %s%s" % (c.op(), typ, c.m(svc), c.dis(), c.ask()),
             "%s firm, annual actual service amount %s, first year applying. What's the cap under Article 15?" % (typ, c.m(svc))][v]
    else:
        x = c.m(svc)
        t = [
            "%s%s是一家%s，去年实际服务金额%s，%s%s" % (c.op(), c.we(), typ, x, c.dis(), c.ask()),
            "%s企业，年度实际服务金额%s，第一次申请，%s" % (typ, x, c.ask()),
            "请教：合同外包服务机构（%s）按服务金额给支持，我们年服务额%s，能拿多少？" % (typ, x),
            "%s 服务金额%s 第十五条 算下" % (typ, x),
        ][v]
    return S(t, ref, [D("第十五条")], traits=["cro"])


@fam("c_platform", "calc", 3, 1)
def f_platform(c, v):
    inv = c.ch([c.ri(100, 9000) * 10 * W, c.ri(1, 30) * 1000 * W, c.ri(101, 300) * 100 * W])
    ref = ("platform", {"invest": inv})
    kind = c.ch(["实验动物服务平台", "检验检测服务平台", "临床转化服务平台", "标杆型孵化器"])
    wrong = []
    if c.lang == "en":
        t = "We are building a shared %s open to the industry; actual construction investment %s. %s" % (
            c.ch(["animal-testing platform", "testing and inspection platform", "incubator"]), c.m(inv), c.ask())
    else:
        x = c.m(inv)
        t = [
            "%s%s建设了一个%s（共享服务平台），建设实际投入%s，%s" % (c.op(), c.we(), kind, x, c.ask()),
            "共享服务平台建设投入%s，按第十五条最高能补多少？" % x,
            "我们引入的%s，平台建设投了%s，%s按30%%算还是有上限？" % (kind, x, c.dis()),
        ][v]
    return S(t, ref, [D("第十五条")], wrong=wrong, traits=["platform", "cap-check"])


@fam("c_event", "calc", 3, 1)
def f_event(c, v):
    cost = c.ri(20, 900) * 5 * W
    ref = ("event", {"cost": cost, "market": True})
    if c.lang == "en":
        t = "Our company (a private organiser) hosted a high-quality life-science forum in Changping; actual costs were %s. %s" % (c.m(cost), c.ask())
    else:
        x = c.m(cost)
        t = [
            "%s%s作为市场化主体办了一场医药健康高端论坛，实际发生费用%s，%s" % (c.op(), c.we(), x, c.ask()),
            "企业自己主办的行业交流活动（不是政府办的），花了%s，%s" % (x, c.ask()),
            "市场化举办的高品质活动，费用%s，参会%d人，能支持多少" % (x, c.ri(150, 2000)),
        ][v]
    return S(t, ref, [D("第十六条")], traits=["event"])


@fam("c_ai26", "calc", 3, 1)
def f_ai26(c, v):
    inv = c.ch([c.ri(100, 1600) * 10 * W, c.ri(2, 30) * 1000 * W, c.ri(17, 40) * Y // 10])
    ref = ("ai26", {"invest": inv})
    wrong = []
    if c.lang == "en":
        t = "We're building an AI-assisted diagnosis demonstration scenario; total project engineering investment %s. Under the 2026-2028 measures, %s" % (
            c.m(inv), c.ask().lower())
    else:
        x = c.m(inv)
        t = [
            "%s%s做AI+药物研发标杆示范场景，项目工程投资总额%s，按若干措施%s" % (c.op(), c.we(), x, c.ask()),
            "AI辅助诊断示范项目，工程总投资%s，（五）条最高能给多少？" % x,
            "2026年申报AI+医药健康示范应用，项目投资%s，%s" % (x, c.ask()),
        ][v]
    return S(t, ref, [N("（五）")], wrong=wrong, traits=["ai26", "cap-check"])


@fam("c_park26", "calc", 2, 1)
def f_park26(c, v):
    inv = c.ch([c.ri(100, 600) * 10 * W, c.ri(7, 40) * 1000 * W])
    ref = ("park26", {"invest": inv})
    wrong = []
    if c.lang == "en":
        t = "We brought in a world-class biomedical park operator for our park; total project investment %s. Maximum support under measure (11)?" % c.m(inv)
    else:
        x = c.m(inv)
        t = [
            "%s%s引入全球领先的生物医药园区运营管理资源，项目投资总额%s，%s" % (c.op(), c.we(), x, c.ask()),
            "园区运营管理项目总投资%s，按若干措施（十一）能拿多少？" % x,
        ][v]
    return S(t, ref, [N("（十一）")], wrong=wrong, traits=["park26", "cap-check"])


@fam("c_svc26", "calc", 2, 1)
def f_svc26(c, v):
    if c.lang == "en":
        t = "We are a tech-service company in synthetic biology, applying under the 2026-2028 measures for efficiency improvement; revenue %s. Max support?" % c.m(c.ri(3, 40) * 1000 * W)
    else:
        t = [
            "%s%s是合成生物制造方向的科技服务业企业，申请效能提升支持，%s" % (c.op(), c.we(), c.ask()),
            "科技服务业企业效能提升那条，年营收%s，最多给多少？" % c.m(c.ri(3, 40) * 1000 * W),
        ][v]
    return S(t, ("const", {"rule": "m26-7"}), [N("（七）")], traits=["ceiling-only"])


@fam("c_rd26", "calc", 3, 1)
def f_rd26(c, v):
    sub = c.ch(["rd", "inst", "conf"]) if c.lang == "en" else ["rd", "inst", "conf"][v]
    rule = {"rd": "m26-12-rd", "inst": "m26-12-inst", "conf": "m26-12-conf"}[sub]
    if c.lang == "en":
        t = {"rd": "We are a foreign-invested R&D centre; R&D spend rose by %s this year. What's the maximum incentive?" % c.m(c.ri(5, 80) * 100 * W),
             "inst": "An international research institute is setting up in Changping. How much support can it get under the 2026-2028 measures?",
             "conf": "We will host a high-level international life-science conference with a budget of %s. Max support?" % c.m(c.ri(4, 20) * 100 * W)}[sub]
    else:
        t = {"rd": "%s%s是外资企业的研发中心，今年研发投入比去年增加了%s，按研发激励计划%s" % (c.op(), c.we(), c.m(c.ri(5, 80) * 100 * W), c.ask()),
             "inst": "国际科研机构落地昌平，%s根据若干措施能拿多少？" % c.dis(),
             "conf": "我们要办一个生命科学领域的高水平国际学术研讨会，预算%s，%s" % (c.m(c.ri(4, 20) * 100 * W), c.ask())}[sub]
    return S(t, ("const", {"rule": rule}), [N("（十二）")], traits=["ceiling-only"])


@fam("c_out26", "calc", 3, 1)
def f_out26(c, v):
    sub = ["first", "rdc", "park"][v] if c.lang == "zh" else c.ch(["first", "park"])
    rule = "m26-13-park" if sub == "park" else "m26-13-first"
    if c.lang == "en":
        t = {"first": "Our technology was applied overseas for the first time (a Belt and Road hospital project). How much can we get?",
             "park": "We set up an incubator in Singapore to bring overseas medical innovations to Changping. What's the support cap?"}[sub]
    else:
        t = {"first": "%s%s的技术成果首次在海外应用（一带一路项目），%s" % (c.op(), c.we(), c.ask()),
             "rdc": "我们在波士顿设立了海外研发中心，投入%s，按出海支持%s" % (c.m(c.ri(5, 50) * 100 * W), c.ask()),
             "park": "%s在海外设了孵化器，做跨境技术转移，把项目引回昌平落地，%s" % (c.we(), c.ask())}[sub]
    return S(t, ("const", {"rule": rule}), [N("（十三）")], traits=["ceiling-only"])


UNSPEC_D = [("第四条", "d4-1", "概念验证", "我们医院和企业合作做临床科技成果转化早期项目的概念验证，能给多少概念验证资金？",
             "Our hospital-industry project runs proof-of-concept for a clinical innovation. How much proof-of-concept funding is given?"),
            ("第四条", "d4-2", "AI项目", "我们的AI辅助影像诊断项目已经转化应用并通过认定，每个项目给多少钱？",
             "Our AI-assisted imaging project has been deployed and recognised. How much does each project get?"),
            ("第九条", "d9", "领军人才", "我们有国际领军团队和原创品种，经认定能给多少资金？",
             "We have an internationally leading team with original technology. What amount does Article 9 give?"),
            ("第十条", "d10", "产业化项目", "全球领先的产业化项目，固定资产投资%s（不含土地房产），按第十条能给多少？",
             "Our flagship industrialisation project invests %s in fixed assets (excluding land and buildings). How much under Article 10?"),
            ("第十二条", "d12-2", "配套", "我们拿到国家重大专项资金%s，区里配套多少？",
             "We won %s from a national major special project. How much matching support is there?"),
            ("第十四条", "d14-3", "风险补偿", "银行给科创企业放知识产权质押贷，损失本金%s，风险补偿多少？",
             "Our bank lost %s of principal on IP-pledge loans to tech firms. How much risk compensation?"),
            ("第十五条", "d15-2-op", "运营平台", "我们的共享服务平台已经运营三年了，服务效果很好，运营奖励能拿多少？",
             "Our shared service platform has been operating for three years. How much is the operating award?"),
            ("第十六条", "d16-3-alliance", "联盟", "我们牵头的产业联盟获得了市级认定，运营补贴能给多少？",
             "Our industry alliance got municipal recognition. How much is the operating subsidy?")]


@fam("c_unspec_d", "calc", 5, 1)
def f_unspec_d(c, v):
    if c.lang == "zh":
        idx = [0, 1, 3, 4, c.ch([2, 5, 6, 7])][v]
    else:
        idx = c.ch(range(len(UNSPEC_D)))
    art, rule, _, zh, en = UNSPEC_D[idx]
    t = zh if c.lang == "zh" else en
    if "%s" in t:
        t = t % c.m(c.ri(5, 200) * 100 * W)
    return S(c.wrap(t), ("unspec", {"rule": rule}), [D(art)], tag="unspecified", traits=["unspecified"])


UNSPEC_26 = [("（一）", "m26-1", "我们是高能级创新平台，有高水平研发团队，若干措施给多少资金？",
              "We run a high-level innovation platform. What amount does measure (1) give?"),
             ("（四）", "m26-4", "我们用智能算力训练模型，算力券能补多少？", "We use AI compute. How much is the compute-voucher subsidy?"),
             ("（九）", "m26-9", "我们是投资机构，设了私募股权基金投细胞治疗，实缴%s，能拿多少支持？",
              "We are a PE fund investing in gene therapy, paid-in capital %s. How much support?"),
             ("（十四）", "m26-14", "我们团队有人入选高层次创新创业人才计划的青年拔尖人才，资金支持是多少？",
              "One of our scientists joined the high-level young talent programme. How much funding?")]


@fam("c_unspec_26", "calc", 3, 1)
def f_unspec_26(c, v):
    idx = [0, 1, c.ch([2, 3])][v] if c.lang == "zh" else c.ch([0, 1, 2, 3])
    art, rule, zh, en = UNSPEC_26[idx]
    t = zh if c.lang == "zh" else en
    if "%s" in t:
        t = t % c.m(c.ri(1, 20) * 1000 * W)
    return S(c.wrap(t), ("unspec", {"rule": rule}), [N(art)], tag="unspecified", traits=["unspecified"])


@fam("c_claimed", "calc", 3, 1)
def f_claimed(c, v):
    which = ["cro", "fda", "event"][v] if c.lang == "zh" else c.ch(["cro", "event"])
    claimed = c.ch([(40, "四成"), (50, "一半"), (35, "35%"), (30, "三成")])
    if which == "cro":
        svc = c.ri(100, 3000) * 10 * W
        ref = ("cro", {"service": svc})
        base, cite = svc, [D("第十五条")]
    elif which == "fda":
        reg, test, agent = c.ri(50, 300) * W, c.ri(20, 150) * W, c.ri(10, 80) * W
        ref = ("fda", {"reg": reg, "test": test, "agent": agent})
        base, cite = reg + test + agent, [D("第十一条")]
        if claimed[0] == 30:
            claimed = (50, "一半")
    else:
        cost = c.ri(20, 400) * 5 * W
        ref = ("event", {"cost": cost, "market": True})
        base, cite = cost, [D("第十六条")]
    wrong_v = _pct(base, claimed[0], 100) if Fraction(base * claimed[0], 100).denominator == 1 else None
    if c.lang == "en":
        if which == "cro":
            t = "Someone told us CROs get %d%% back. Our actual service amount last year was %s - so we'd get %d%% of that, right?" % (claimed[0], c.m(base), claimed[0])
        else:
            t = "I heard event subsidies cover %d%% of costs. We (a private company) spent %s on a life-science forum. How much exactly?" % (claimed[0], c.m(base))
    else:
        if which == "cro":
            t = "听说CRO能按%s补？我们去年实际服务金额%s，帮我算算到底多少。" % (claimed[1], c.m(base))
        elif which == "fda":
            t = "同行说FDA认证费用能报%s。我们海外注册费%s、检测费%s、代理费%s，%s" % (
                claimed[1], c.m(reg), c.m(test), c.m(agent), c.ask())
        else:
            t = "有人讲办活动能补%s费用，我们公司自己办的论坛花了%s，实际能补多少？" % (claimed[1], c.m(base))
    return S(t, ref, cite, wrong=[wrong_v] if wrong_v else [], traits=["claimed-rate"])


@fam("c_other_pol", "calc", 2, 1)
def f_other_pol(c, v):
    if c.lang == "en":
        t = c.wrap("We make %s (medical devices). What amount does the zone draft give us?" % c.ch(["orthopaedic implants", "molecular diagnostic devices", "surgical robots"]))
    else:
        t = c.wrap([
            "我们是做%s的，按支持办法能拿多少钱？" % c.ch(["骨科植入器械", "分子诊断设备", "医美器械", "脑机接口设备"]),
            "医疗器械企业，想申请高端诊疗设备创新发展的支持，金额标准是什么？",
        ][v])
    return S(t, None, [], status=["answered", "needs_info", "out_of_scope"], amount="null", tag="lookup",
             traits=["refers-elsewhere"])


@fam("c_ramble", "calc", 2, 0)
def f_ramble(c, v):
    svc = c.ri(100, 2000) * 10 * W
    ref = ("cro", {"service": svc})
    if v == 0:
        t = ("%s情况是这样的，我们%d年在昌平注册，是做临床前CRO的，团队%d人，%d项专利，去年公司整体营收%s，"
             "其中实际服务金额%s，剩下是设备租赁收入。之前没申请过第十五条，这次能报多少？") % (
            c.op(), c.ri(2012, 2022), c.ri(40, 400), c.ri(3, 30), c.m(svc + c.ri(50, 500) * 10 * W), c.m(svc))
    else:
        t = ("老板让我问问，我们CDMO业务去年服务合同实际执行%s（签约额%s，没执行完），按不超过20%%的比例，"
             "今年第一次申报能拿到多少") % (c.m(svc), c.m(svc + c.ri(100, 900) * 10 * W))
    return S(t, ref, [D("第十五条")], traits=["rambling", "distractor"])

# ----------------------------- multi-item group ----------------------------
@fam("mi_phases", "mitem", 3, 1)
def f_mi_phases(c, v):
    if c.lang == "zh" and v == 2:
        items = [["III", c.ri(38, 48)], ["II", c.ri(18, 30)], ["I", c.ri(5, 12)]]
        t = "%s我们公司（单一法人企业）今年管线推进很快：1类新药进入Ⅲ期的有%d个，进入Ⅱ期%d个，进入Ⅰ期%d个，全部计划在昌平产业化，今年总共能拿多少？" % (
            c.op(), items[0][1], items[1][1], items[2][1])
        r = ref_phase(items)
        assert r["capped"]
        return S(t, ("phase", {"items": items}), [D("第五条")], tag="multi-item", traits=["cap-binding", "annual-cap"])
    stages = c.rng.sample(["I", "II", "III"], c.ch([2, 3]))
    items = [[s, c.ri(1, 3)] for s in stages]
    ref = ("phase", {"items": items})
    wrong = [sum(PHASE_AWARD[s] for s, _ in items)] if any(k > 1 for _, k in items) else []
    if c.lang == "en":
        lst = ", ".join("%s entered %s" % (c.n(k), c.st(s)) for s, k in items)
        t = "All our Class 1 drugs: %s this year. Total award?" % lst
    else:
        if v == 0:
            lst = "，".join("%s%s" % (c.st(s), c.n(k)) for s, k in items)
            t = "%s%s今年1类新药进入临床的情况：%s，%s总共能拿多少？" % (c.op(), c.we(), lst, c.dis())
        else:
            lst = "；".join("进入%s的%s%s" % (c.st(s), c.n(k), c.c1()) for s, k in items)
            t = "汇总一下：%s。按第五条合计多少？" % lst
    return S(t, ref, [D("第五条")], wrong=wrong, tag="multi-item", traits=["sum-of-parts"])


def labelled_item(c, kind):
    """one labelled product -> (zh/en description, sub-ref, cite article)."""
    if kind == "phase":
        s = stage_pick(c)
        d = ("%s，今年进入%s临床" % (c.c1(), c.st(s))) if c.lang == "zh" else ("%s, entered %s this year" % (c.c1(), c.st(s)))
        return d, ("phase", {"items": [[s, 1]]}), "第五条"
    if kind == "cert1":
        d = ("%s，拿到注册证书并产业化" % c.c1()) if c.lang == "zh" else ("%s, registration certificate obtained and in production" % c.c1())
        return d, ("cert", {"items": [[1, 1]]}), "第六条"
    if kind == "cert2":
        d = ("%s，获得注册证书已投产" % c.c2()) if c.lang == "zh" else ("%s, certificate obtained and produced locally" % c.c2())
        return d, ("cert", {"items": [[2, 1]]}), "第六条"
    if kind == "vet":
        cl = c.ch([1, 2, 3])
        d = ("%s，获证投产" % c.ch(VET_ZH[cl])) if c.lang == "zh" else ("%s, certified and in production" % c.ch(VET_EN[cl]))
        return d, ("vet", {"items": [[cl, 1]]}), "第六条"
    if kind == "licin":
        d = "License-in引进的产品，已上市" if c.lang == "zh" else "licensed-in product, launched"
        return d, ("licin", {"n": 1}), "第十一条"
    raise KeyError(kind)


@fam("mi_labelled", "mitem", 3, 1)
def f_mi_labelled(c, v):
    kinds = c.rng.sample(["phase", "cert1", "cert2", "vet", "licin", "phase"], c.ch([2, 3, 3]))
    labels = c.ch([["A品种", "B品种", "C品种"], ["产品甲", "产品乙", "产品丙"], ["1号品种", "2号品种", "3号品种"]]) \
        if c.lang == "zh" else c.ch([["Product A", "Product B", "Product C"], ["Drug X", "Drug Y", "Drug Z"]])
    rows, subs, arts = [], [], []
    for lab, k in zip(labels, kinds):
        d, sub, art = labelled_item(c, k)
        rows.append((lab, d))
        subs.append(list(sub))
        if art not in arts:
            arts.append(art)
    ref = ("multi", {"items": subs})
    if c.lang == "en":
        t = "Three lines of business for you: " + "; ".join("%s: %s" % r for r in rows) + ". What is the total?"
        if len(rows) == 2:
            t = t.replace("Three", "Two")
    else:
        if v == 0:
            t = "%s%s几个产品的情况：\n" % (c.op(), c.we()) + "\n".join("%s：%s" % r for r in rows) + "\n合计能拿多少？"
        elif v == 1:
            t = "；".join("%s是%s" % r for r in rows) + "。分别按哪条、一共多少？"
        else:
            t = "帮忙分别算一下再加总：" + " / ".join("%s（%s）" % r for r in rows)
    return S(t, ref, [D(a) for a in arts], tag="multi-item", traits=["labelled", "sum-of-parts"])


@fam("mi_table_tsv", "mitem", 2, 0)
def f_mi_table_tsv(c, v):
    rows = []
    pool = [("phase", s) for s in ("I", "II", "III")] + [("cert1", None), ("cert2", None)]
    for kind, s in c.rng.sample(pool, c.ch([2, 3, 3])):
        rows.append((kind, s, c.ri(1, 3)))
    subs, arts, lines = [], [], []
    for kind, s, k in rows:
        if kind == "phase":
            subs.append(["phase", {"items": [[s, k]]}])
            lines.append("%s\t进入%s\t%d" % (c.c1(), c.st(s), k))
            a = "第五条"
        else:
            cl = 1 if kind == "cert1" else 2
            subs.append(["cert", {"items": [[cl, k]]}])
            lines.append("%s\t获得注册证书（已产业化）\t%d" % (c.c1() if cl == 1 else c.c2(), k))
            a = "第六条"
        if a not in arts:
            arts.append(a)
    head = c.ch(["类别\t进展\t品种数", "药品类别\t阶段\t数量（个）"])
    intro = ["%s把今年的情况整理成表了：" % c.op(), "（从Excel里直接复制的）"][v]
    t = intro + "\n" + head + "\n" + "\n".join(lines) + "\n" + c.ch(["合计能拿多少？", "请按表算总额", "总共多少钱？"])
    return S(t, ("multi", {"items": subs}), [D(a) for a in arts], tag="multi-item", traits=["table", "tsv"])


@fam("mi_table_md", "mitem", 2, 1)
def f_mi_table_md(c, v):
    k = c.ch([2, 3, 3])
    items = [list(output_pair(c)) for _ in range(k)]
    if c.rng.random() < 0.4:   # one product crossing nothing
        lo = c.ri(6, 40) * 100 * W
        items[-1] = [lo, lo + c.ri(1, 8) * 100 * W] if lo + 800 * W < 5000 * W else [1200 * W, 2600 * W]
    ref = ("output", {"items": items})
    names = c.ch([["产品A", "产品B", "产品C"], ["甲", "乙", "丙"]]) if c.lang == "zh" else ["Product A", "Product B", "Product C"]
    if c.lang == "en":
        lines = ["| product | 2025 output | 2026 output |", "|---|---|---|"]
        lines += ["| %s | %s | %s |" % (names[i], c.m(p), c.m(q)) for i, (p, q) in enumerate(items)]
        t = "Annual output per product (first time at these levels):\n" + "\n".join(lines) + "\nTotal output awards?"
    else:
        hd = ["| 品种 | 2025年产值 | 2026年产值 |", "| 单品种 | 上年 | 今年 |"][v]
        lines = [hd, "|---|---|---|"]
        lines += ["| %s | %s | %s |" % (names[i], c.m(p), c.m(q)) for i, (p, q) in enumerate(items)]
        t = c.op() + "单品种年产值如下：\n" + "\n".join(lines) + "\n" + c.ch(["按第十二条产值奖励合计多少？", "总共能奖多少？"])
    return S(t, ref, [D("第十二条")], tag="multi-item", traits=["table", "markdown", "yearly-columns"])


@fam("mi_sme_table", "mitem", 2, 1)
def f_mi_sme_table(c, v):
    rev, rd = sme_slots(c)
    rd0 = rd[0] - c.ri(10, 100) * W
    revs = [rev - c.ri(50, 250) * W, rev - c.ri(0, 40) * W, rev]
    rdall = [rd0] + rd
    ref = ("sme", {"rev_prev": rev, "rd": rdall})
    years = [2022, 2023, 2024, 2025]
    if c.lang == "en":
        t = ("We're an SME applying in 2026.\nyear\trevenue\tR&D\n" + "\n".join(
            "%d\t%s\t%s" % (y, c.m(r) if i else "-", c.m(d)) for i, (y, r, d) in enumerate(zip(years, [0] + revs, rdall)))
            + "\nHow much under Article 13?")
    elif v == 0:
        t = ("%s小微企业，2026年申报，近几年数据：\n| 年份 | 营业收入 | 研发投入 |\n|---|---|---|\n" % c.op() + "\n".join(
            "| %d | %s | %s |" % (y, c.m(r) if i else "—", c.m(d)) for i, (y, r, d) in enumerate(zip(years, [0] + revs, rdall)))
            + "\n按第十三条最多支持多少？")
    else:
        t = ("年份\t2022\t2023\t2024\t2025\n研发投入\t" + "\t".join(c.m(d) for d in rdall) + "\n营业收入\t—\t" +
             "\t".join(c.m(r) for r in revs) + "\n我们是中小企业，今年（2026）申报研发创新支持，能拿多少？")
    return S(t, ref, [D("第十三条")], tag="multi-item", traits=["table", "yearly-columns", "sme-rd"])


@fam("mi_takeback", "mitem", 2, 1)
def f_mi_takeback(c, v):
    stg = stage_pick(c)
    tot = c.ri(3, 6)
    out = c.ri(1, tot - 1)
    ref = ("phase", {"items": [[stg, tot - out]]})
    wrong = [PHASE_AWARD[stg] * tot]
    if c.lang == "en":
        t = "We have %d Class 1 drugs entering %s this year, but leave %d of them out for now (not yet dosed). How much for the rest?" % (tot, c.st(stg), out)
    else:
        t = [
            "%s%s有%s1类新药今年进入%s，其中%s先不算（还没入组），剩下的能拿多少？" % (c.op(), c.we(), c.n(tot), c.st(stg), c.n(out)),
            "今年进%s的1类生物制品一共%s，有%s是合作方的，我们不申报，按我们自己的算多少钱？" % (c.st(stg), c.n(tot), c.n(out)),
        ][v]
    return S(t, ref, [D("第五条")], wrong=wrong, tag="multi-item", traits=["take-back"])


def two_prov_items(c, combo):
    """returns (zh/en text pieces, subs, cites, safe)."""
    L = c.lang
    if combo == "fda+licout":
        reg, test, agent = c.ri(50, 300) * W, c.ri(20, 150) * W, c.ri(10, 60) * W
        usd = c.ch([12000, 15000, 26000]) * W
        p1 = ("一个品种新拿到FDA认证，海外注册费%s、检测费%s、当地代理费%s" if L == "zh" else
              "one drug newly approved by FDA with overseas registration %s, testing %s and local agent %s") % (c.m(reg), c.m(test), c.m(agent))
        p2 = ("另一个品种License-out给跨国药企，合同总额%s" if L == "zh" else
              "another product licensed out to a multinational for a total of %s") % c.usd(usd)
        return [p1, p2], [["fda", {"reg": reg, "test": test, "agent": agent}], ["licout", {"contracts": [[usd, 1]]}]], ["第十一条"], [reg + test + agent]
    if combo == "cro+event":
        svc, cost = c.ri(100, 3000) * 10 * W, c.ri(20, 300) * 5 * W
        p1 = ("我们是CRO，去年实际服务金额%s" if L == "zh" else "we are a CRO with actual service revenue of %s last year") % c.m(svc)
        p2 = ("今年还自己办了一场行业论坛（市场化），实际费用%s" if L == "zh" else
              "we also privately organised an industry forum costing %s") % c.m(cost)
        return [p1, p2], [["cro", {"service": svc}], ["event", {"cost": cost, "market": True}]], ["第十五条", "第十六条"], []
    if combo == "platform+cro":
        inv, svc = c.ri(200, 8000) * 10 * W, c.ri(100, 2000) * 10 * W
        p1 = ("新建的检验检测共享服务平台实际投入%s" if L == "zh" else "our new shared testing platform cost %s to build") % c.m(inv)
        p2 = ("另外CDMO业务年度实际服务金额%s" if L == "zh" else "separately our CDMO business had an actual service amount of %s") % c.m(svc)
        return [p1, p2], [["platform", {"invest": inv}], ["cro", {"service": svc}]], ["第十五条"], []
    if combo == "phase+cert":
        s = stage_pick(c)
        k1, k2 = c.ri(1, 3), c.ri(1, 2)
        p1 = ("%s1类新药今年进入%s" if L == "zh" else "%s entered %s this year") % (c.n(k1) if L == "zh" else c.np(k1, "Class 1 drug"), c.st(s))
        p2 = ("另有%s1类新药获得注册证书并产业化" if L == "zh" else "and %s got registration certificates and are in production") % (c.n(k2) if L == "zh" else c.np(k2, "other Class 1 drug"))
        return [p1, p2], [["phase", {"items": [[s, k1]]}], ["cert", {"items": [[1, k2]]}]], ["第五条", "第六条"], []
    if combo == "entrust+rev5":
        amt = c.ri(50, 800) * 10 * W
        rev = 5 * Y + c.ri(1, 60) * 500 * W
        p1 = ("我们作为持有人委托生产一个品种，实际交易额%s" if L == "zh" else "as MAH we outsourced one product, transaction amount %s") % c.m(amt)
        p2 = ("今年主营业务收入首次突破5亿，达到%s" if L == "zh" else "and our main-business revenue passed RMB 500m for the first time, reaching %s") % c.m(rev)
        return [p1, p2], [["entrust", {"amounts": [amt]}], ["rev5", {"rev": rev, "first": True}]], ["第八条", "第十二条"], []
    if combo == "sme+licin":
        rev, rd = sme_slots(c)
        p1 = ("我们是小企业，去年营收%s，研发投入前年%s、去年%s，三年连续增长" if L == "zh" else
              "we are an SME: last-year revenue %s, R&D %s the year before and %s last year, growing three years running") % (
            c.m(rev), c.m(rd[1]), c.m(rd[2]))
        p2 = ("还有一个License-in引进的产品今年上市了" if L == "zh" else "and one licensed-in product launched this year")
        return [p1, p2], [["sme", {"rev_prev": rev, "rd": rd[1:], "growth": True}], ["licin", {"n": 1}]], ["第十三条", "第十一条"], []
    raise KeyError(combo)


@fam("mi_two_prov", "mitem", 4, 1)
def f_mi_two_prov(c, v):
    if c.lang == "zh":
        combo = [c.ch(["fda+licout", "entrust+rev5"]), "cro+event", c.ch(["platform+cro", "sme+licin"]), "phase+cert"][v]
    else:
        combo = c.ch(["fda+licout", "cro+event", "platform+cro", "phase+cert", "entrust+rev5", "sme+licin"])
    pieces, subs, arts, safe = two_prov_items(c, combo)
    if c.lang == "en":
        t = "%sTwo things: %s; %s. What's the combined maximum?" % (c.op(), pieces[0], pieces[1])
    else:
        end = c.ch(["两项加起来能拿多少？", "合计多少？", "一共能申请多少？", "总额是多少？"])
        t = c.op() + "，".join(pieces) + "。" + end
    return S(t, ("multi", {"items": subs}), [D(a) for a in arts], safe=safe, tag="multi-item",
             traits=["two-provisions", "total"])


@fam("mi_best", "mitem", 2, 1)
def f_mi_best(c, v):
    if (c.lang == "zh" and v == 0) or (c.lang == "en" and c.rng.random() < 0.6):
        inv = c.ri(100, 2000) * 10 * W
        svc = c.ri(100, 2000) * 10 * W
        while svc == inv:
            svc += 50 * W
        subs = [["mahprod", {"invest": inv}], ["cro", {"service": svc}]]
        arts = ["第八条", "第十五条"]
        wrong = []
        if c.lang == "en":
            t = ("Same project, one question: as a CDMO we produce a holder's drug under the MAH system. Our actual investment "
                 "in it was %s and the project's actual service amount this year %s. It seems to fit both Article 8 and Article 15 - "
                 "how much can this one project get?" % (c.m(inv), c.m(svc)))
        else:
            t = ("%s同一个项目：我们是CDMO，按MAH制度替持有人生产，为此实际投入%s，这个项目年度实际服务金额%s。"
                 "第八条和第十五条好像都能套，这一个项目最多能拿多少？" % (c.op(), c.m(inv), c.m(svc)))
    else:
        rev = 5 * Y + c.ri(1, 80) * 500 * W
        subs = [["sales", {"rev": rev}], ["rev5", {"rev": rev, "first": True}]]
        arts = ["第八条", "第十二条"]
        wrong = []
        if c.lang == "en":
            t = ("We are a pharma sales platform. This year's revenue of %s is both our sales revenue and our main-business revenue, "
                 "the first time above RMB 500m, so it is one and the same matter under Article 8 and Article 12. How much in total?" % c.m(rev))
        else:
            t = ("我们是医药健康销售平台型企业，今年销售收入%s，这也就是我们的主营业务收入，首次突破5亿。"
                 "这是同一事项、同一笔收入，按第八条和第十二条能拿多少？能叠加吗？" % c.m(rev))
    return S(t, ("multi", {"items": subs, "mode": "max"}), [D(a) for a in arts], wrong=wrong, tag="multi-item",
             traits=["best-of", "no-double-count"])


@fam("mi_26_multi", "mitem", 3, 1)
def f_mi_26_multi(c, v):
    combo = ["rd+conf", "out2", "ai+park"][v] if c.lang == "zh" else c.ch(["rd+conf", "out2", "svc+conf"])
    if combo == "rd+conf":
        subs = [["const", {"rule": "m26-12-rd"}], ["const", {"rule": "m26-12-conf"}]]
        arts = ["（十二）"]
        t = ("%s我们是外资研发中心，今年研发投入增长明显；另外下半年要举办一个生命科学国际学术研讨会。两项按若干措施最多一共多少？" % c.op()
             if c.lang == "zh" else
             "We are a foreign-invested R&D centre with growing R&D spend, and we'll also host an international life-science conference. Combined ceiling under the 2026-2028 measures?")
    elif combo == "out2":
        subs = [["const", {"rule": "m26-13-first"}], ["const", {"rule": "m26-13-park"}]]
        arts = ["（十三）"]
        t = ("出海两件事：一是技术成果首次在海外应用，二是在新加坡设了孵化器做跨境技术转移。分别最多多少，合计呢？"
             if c.lang == "zh" else
             "Two overseas items: first overseas application of our technology, and an incubator we opened abroad for cross-border tech transfer. Total cap?")
    elif combo == "svc+conf":
        subs = [["const", {"rule": "m26-7"}], ["const", {"rule": "m26-12-conf"}]]
        arts = ["（七）", "（十二）"]
        t = "We are a tech-service company seeking the efficiency-improvement support, and we also host an international life-science conference. Total cap?"
    else:
        a, b = c.ri(200, 1500) * 10 * W, c.ri(200, 1000) * 10 * W
        subs = [["ai26", {"invest": a}], ["park26", {"invest": b}]]
        arts = ["（五）", "（十一）"]
        t = "两个项目：AI辅助诊断示范场景，工程投资总额%s；园区引入国际运营管理资源，项目投资总额%s。按若干措施合计最多多少？" % (c.m(a), c.m(b))
    return S(c.wrap(t), ("multi", {"items": subs}), [N(a) for a in arts], tag="multi-item", traits=["two-provisions", "m26"])


@fam("mi_output_multi", "mitem", 2, 1)
def f_mi_output_multi(c, v):
    items = [list(output_pair(c)) for _ in range(2)]
    ref = ("output", {"items": items})
    if c.lang == "en":
        t = "Two products: A went from %s to %s in annual output, B from %s to %s. Awards in total?" % (
            c.m(items[0][0]), c.m(items[0][1]), c.m(items[1][0]), c.m(items[1][1]))
    else:
        t = [
            "%s两个单品种：一个年产值从%s涨到%s，另一个从%s涨到%s，都是首次，奖励合计多少？" % (
                c.op(), c.m(items[0][0]), c.m(items[0][1]), c.m(items[1][0]), c.m(items[1][1])),
            "A产品今年产值%s（去年%s）；B产品今年%s（去年%s）。%s产值奖励一共多少" % (
                c.m(items[0][1]), c.m(items[0][0]), c.m(items[1][1]), c.m(items[1][0]), c.dis()),
        ][v]
    return S(t, ref, [D("第十二条")], tag="multi-item", traits=["output-tier", "sum-of-parts"])


@fam("mi_total_parts", "mitem", 2, 1)
def f_mi_total_parts(c, v):
    if c.lang == "en" or v == 0:
        reg, test, agent = c.ri(50, 300) * W, c.ri(20, 150) * W, c.ri(10, 90) * W
        other = c.ri(100, 800) * W
        total = reg + test + agent + other
        ref = ("fda", {"reg": reg, "test": test, "agent": agent})
        wrong = [_pct(total, 30, 100)] if _pct(total, 30, 100) % W == 0 else []
        if c.lang == "en":
            t = ("EMA approval costs totalled %s: overseas registration %s, testing %s, local agent %s, the rest was domestic clinical work. Max support?" % (
                c.m(total), c.m(reg), c.m(test), c.m(agent)))
        else:
            t = ("%s产品新获EMA认证，相关花费合计%s，其中海外注册费%s、检测费%s、当地代理费%s，其余是国内临床费用。%s" % (
                c.op(), c.m(total), c.m(reg), c.m(test), c.m(agent), c.ask()))
        return S(t, ref, [D("第十一条")], wrong=wrong, safe=[reg + test + agent], tag="multi-item", traits=["total-beside-parts"])
    a, b = c.ri(30, 500) * 10 * W, c.ri(30, 500) * 10 * W
    ref = ("entrust", {"amounts": [a, b]})
    t = "委托生产两个品种，实际交易额合计%s（甲品种%s，乙品种%s），我们是持有人，%s" % (c.m(a + b), c.m(a), c.m(b), c.ask())
    return S(t, ref, [D("第八条")], tag="multi-item", traits=["total-beside-parts"])


@fam("mi_vet_mix", "mitem", 2, 0)
def f_mi_vet_mix(c, v):
    cls = c.rng.sample([1, 2, 3], 2)
    items = [[k, c.ri(1, 2)] for k in cls]
    ref = ("vet", {"items": items})
    parts = ["%s%s" % (c.ch(VET_ZH[k]), c.n(n)) for k, n in items]
    t = ["%s%s今年新兽药获证情况：%s，均已产业化，%s" % (c.op(), c.we(), "、".join(parts), c.ask()),
         "兽药企业：" + "，".join(parts) + "，拿证投产了，合计最高多少？"][v]
    return S(t, ref, [D("第六条")], tag="multi-item", traits=["vet", "sum-of-parts"])


@fam("mi_licout_multi", "mitem", 1, 1)
def f_mi_licout_multi(c, v):
    hi = c.ch([13000, 20000, 45000]) * W
    lo = c.ch([6000, 8000, 9500]) * W
    ref = ("licout", {"contracts": [[hi, 1], [lo, 1]]})
    if c.lang == "en":
        t = "Two license-out deals signed: product A total %s, product B total %s. How much in total?" % (c.usd(hi), c.usd(lo))
    else:
        t = "%s今年签了两笔License-out：A品种合同总额%s，B品种合同总额%s。按第十一条一共能拿多少？" % (c.op(), c.usd(hi), c.usd(lo))
    return S(t, ref, [D("第十一条")], wrong=[100 * W], tag="multi-item", traits=["license-out", "threshold"])


@fam("mi_cro_years", "mitem", 1, 1)
def f_mi_cro_years(c, v):
    s24, s25 = c.ri(100, 2000) * 10 * W, c.ri(100, 2000) * 10 * W
    ref = ("cro", {"service": s25})
    if c.lang == "en":
        t = "CRO service amounts: 2024 %s, 2025 %s. We apply for 2025 only (first time). Maximum?" % (c.m(s24), c.m(s25))
    else:
        t = "CRO年度实际服务金额：\n年份\t服务金额\n2024\t%s\n2025\t%s\n这次只报2025年度（第一次申请），最多多少？" % (c.m(s24), c.m(s25))
    return S(t, ref, [D("第十五条")], wrong=[_pct(s24 + s25, 20, 100)], tag="multi-item", traits=["table", "yearly-columns", "other-year"])

# ----------------------------- multi-turn group ----------------------------
@fam("m_drip", "multi", 3, 1)
def f_m_drip(c, v):
    if c.lang == "en":
        svc = c.ri(100, 3000) * 10 * W
        return S(["We're a CRO in Changping.", "Actual service amount last year was %s, first application." % c.m(svc), "So how much could we get?"],
                 ("cro", {"service": svc}), [D("第十五条")], tag="multi-turn", traits=["drip-feed", "turns-3"])
    if v == 0:
        svc = c.ri(100, 3000) * 10 * W
        typ = c.ch(["CDMO", "CRO", "CMO"])
        turns = ["%s我们是一家%s" % (c.op(), typ), "去年实际服务金额%s" % c.m(svc), c.ch(["能拿多少？", "那能补多少", "按这个算多少钱"])]
        return S(turns, ("cro", {"service": svc}), [D("第十五条")], tag="multi-turn", traits=["drip-feed", "turns-3"])
    if v == 1:
        reg, test, agent = c.ri(30, 300) * W, c.ri(10, 150) * W, c.ri(5, 80) * W
        turns = ["想问下新获得FDA认证的支持", "海外注册费%s，检测费%s" % (c.m(reg), c.m(test)), "还有当地代理费%s" % c.m(agent),
                 c.ch(["总共能补多少", "一共最多多少？"])]
        return S(turns, ("fda", {"reg": reg, "test": test, "agent": agent}), [D("第十一条")], safe=[reg + test + agent],
                 tag="multi-turn", traits=["drip-feed", "turns-4"])
    stg = stage_pick(c)
    k = c.ri(2, 4)
    turns = ["%s我们有个%s" % (c.op(), c.c1()), "今年进了%s临床" % c.st(stg), "一共%s品种都是这样，合计多少钱？" % c.n(k)]
    return S(turns, ("phase", {"items": [[stg, k]]}), [D("第五条")], tag="multi-turn", traits=["drip-feed", "turns-3"])


@fam("m_unit_later", "multi", 3, 1)
def f_m_unit_later(c, v):
    if c.lang == "en":
        k = c.ri(200, 4000)
        svc = k * 1000
        c.safe.append(svc)
        return S(["Our CRO's actual service amount last year was %s. How much can we get?" % "{:,}".format(k),
                  "Sorry - that figure is in thousands of RMB."], ("cro", {"service": svc}), [D("第十五条")],
                 tag="multi-turn", traits=["unit-later"])
    if v == 0:
        k = c.ri(100, 3000)
        svc = k * W
        c.safe.append(svc)
        turns = ["%s我们是CRO，去年实际服务金额%d，能拿多少" % (c.op(), k), c.ch(["哦忘了说，单位是万元", "单位是万", "是万元哈"])]
        return S(turns, ("cro", {"service": svc}), [D("第十五条")], tag="multi-turn", traits=["unit-later"])
    if v == 1:
        a, b, d = c.ri(30, 300), c.ri(10, 150), c.ri(5, 80)
        for x in (a, b, d):
            c.safe.append(x * W)
        turns = ["FDA认证：海外注册费%d，检测费%d，当地代理费%d，能补多少" % (a, b, d), c.ch(["都是万元", "单位万元", "以上单位：万"])]
        return S(turns, ("fda", {"reg": a * W, "test": b * W, "agent": d * W}), [D("第十一条")], safe=[(a + b + d) * W],
                 tag="multi-turn", traits=["unit-later"])
    y10 = c.ri(12, 98)
    rev = y10 * Y // 10
    c.safe.append(rev)
    turns = ["我们是医药健康销售平台型企业，年度销售收入是%s，能拿多少" % fnum(Fraction(y10, 10)), c.ch(["单位是亿", "亿元", "说的是亿元"])]
    return S(turns, ("sales", {"rev": rev}), [D("第八条")], tag="multi-turn", traits=["unit-later"])


@fam("m_corr_stage", "multi", 3, 1)
def f_m_corr_stage(c, v):
    if c.lang == "en":
        s1, s2 = c.rng.sample(["I", "II", "III"], 2)
        return S(["Our Class 1 biologic entered %s. How much is the award?" % c.st(s1), "Correction: it's %s, not %s." % (c.st(s2), c.st(s1))],
                 ("phase", {"items": [[s2, 1]]}), [D("第五条")], tag="multi-turn", traits=["correction"])
    if v == 0:
        s1, s2 = c.rng.sample(["I", "II", "III"], 2)
        k = c.ri(1, 2)
        turns = ["%s%s进入%s了，%s品种，%s" % (c.op(), c.c1(), c.st(s1), c.n(k), c.ask()),
                 c.ch(["不对，是%s", "说错了，应该是%s", "更正一下：进的是%s"]) % c.st(s2)]
        return S(turns, ("phase", {"items": [[s2, k]]}), [D("第五条")], tag="multi-turn", traits=["correction"])
    if v == 1:
        turns = ["%s拿到注册证书并产业化，单品种最高多少？" % c.c2(), c.ch(["说错了，是1类的", "不好意思，其实是1类生物制品"])]
        return S(turns, ("cert", {"items": [[1, 1]]}), [D("第六条")], tag="multi-turn", traits=["correction"])
    a, b = c.rng.sample([1, 2, 3], 2)
    turns = ["%s获证投产了，能给多少？" % c.ch(VET_ZH[a]), "不好意思打错了，是%s" % c.ch(VET_ZH[b])]
    return S(turns, ("vet", {"items": [[b, 1]]}), [D("第六条")], tag="multi-turn", traits=["correction"])


@fam("m_corr_num", "multi", 3, 1)
def f_m_corr_num(c, v):
    if c.lang == "en":
        a, b = c.ri(20, 300) * 5 * W, c.ri(20, 300) * 5 * W
        while a == b:
            b += 5 * W
        return S(["We (a private firm) organised a life-science forum; actual costs %s. How much?" % c.m(a),
                  "Sorry, the real figure is %s." % c.m(b)], ("event", {"cost": b, "market": True}), [D("第十六条")],
                 tag="multi-turn", traits=["correction"])
    a, b = c.ri(100, 3000) * 10 * W, c.ri(100, 3000) * 10 * W
    while a == b:
        b += 10 * W
    if v == 0:
        turns = ["%s%s是CRO，去年服务金额%s，能拿多少？" % (c.op(), c.we(), c.m(a)), c.ch(["说错了，应该是%s", "不对不对，是%s", "更正：服务金额%s"]) % c.m(b)]
        return S(turns, ("cro", {"service": b}), [D("第十五条")], tag="multi-turn", traits=["correction"])
    if v == 1:
        reg, test, agent = c.ri(30, 300) * W, c.ri(10, 150) * W, c.ri(5, 80) * W
        new_test = test + c.ri(1, 50) * W
        turns = ["EMA认证：注册费%s，检测费%s，代理费%s，能补多少？" % (c.m(reg), c.m(test), c.m(agent)),
                 "检测费我看错了，应该是%s，其他不变" % c.m(new_test)]
        return S(turns, ("fda", {"reg": reg, "test": new_test, "agent": agent}), [D("第十一条")], safe=[reg + new_test + agent, reg + test + agent],
                 tag="multi-turn", traits=["correction", "partial-correction"])
    turns = ["MAH委托生产，品种实际交易额%s，最多补多少" % c.m(a), "抱歉，%s那个是合同额，实际交易额是%s" % (c.m(a), c.m(b))]
    return S(turns, ("entrust", {"amounts": [b]}), [D("第八条")], tag="multi-turn", traits=["correction"])


@fam("m_add_items", "multi", 3, 1)
def f_m_add_items(c, v):
    stg = stage_pick(c)
    k = c.ri(1, 3)
    if c.lang == "en":
        k2 = c.ri(1, 2)
        return S(["%s of ours entered %s this year. How much?" % (cap1(c.np(k, "Class 1 drug")), c.st(stg)),
                  ("Also, %s got registration certificates and are in production." % c.np(k2, "Class 1 product")) if k2 > 1 else "Also, one Class 1 product got its registration certificate and is in production.", "What's the total now?"],
                 ("multi", {"items": [["phase", {"items": [[stg, k]]}], ["cert", {"items": [[1, k2]]}]]}),
                 [D("第五条"), D("第六条")], tag="multi-turn", traits=["items-added", "total"])
    if v == 0:
        k2 = c.ri(1, 2)
        turns = ["%s今年%s1类新药进入%s，能拿多少" % (c.op(), c.n(k), c.st(stg)),
                 "另外还有%s1类生物制品拿到注册证书并投产了" % c.n(k2), c.ch(["合计多少？", "一共多少", "加起来呢"])]
        return S(turns, ("multi", {"items": [["phase", {"items": [[stg, k]]}], ["cert", {"items": [[1, k2]]}]]}),
                 [D("第五条"), D("第六条")], tag="multi-turn", traits=["items-added", "total"])
    if v == 1:
        s2 = c.ch([x for x in ("I", "II", "III") if x != stg])
        k2 = c.ri(1, 2)
        turns = ["%s进入%s的1类化药有%s，%s" % (c.op(), c.st(stg), c.n(k), c.ask()), "还有%s进了%s，一起算总数" % (c.n(k2), c.st(s2))]
        return S(turns, ("phase", {"items": [[stg, k], [s2, k2]]}), [D("第五条")], tag="multi-turn", traits=["items-added", "total"])
    svc = c.ri(100, 2000) * 10 * W
    cost = c.ri(20, 300) * 5 * W
    turns = ["我们是CMO，年度实际服务金额%s，能拿多少" % c.m(svc), "另外我们今年自己办了个高品质行业活动，实际费用%s" % c.m(cost),
             "两项合计多少？"]
    return S(turns, ("multi", {"items": [["cro", {"service": svc}], ["event", {"cost": cost, "market": True}]]}),
             [D("第十五条"), D("第十六条")], tag="multi-turn", traits=["items-added", "total", "two-provisions"])


@fam("m_retract", "multi", 2, 1)
def f_m_retract(c, v):
    if c.lang == "en" or v == 0:
        stg = stage_pick(c)
        tot = c.ri(3, 6)
        out = c.ri(1, tot - 1)
        if c.lang == "en":
            turns = ["We have %d Class 1 drugs entering %s this year. Total award?" % (tot, c.st(stg)),
                     "Actually %d of them %s to our partner - leave %s out." % (out, "belongs" if out == 1 else "belong", "that one" if out == 1 else "those")]
        else:
            turns = ["%s%s1类新药今年进入%s，能拿多少？" % (c.op(), c.n(tot), c.st(stg)), "其中%s先不算，是合作方申报的" % c.n(out)]
        return S(turns, ("phase", {"items": [[stg, tot - out]]}), [D("第五条")], tag="multi-turn", traits=["retraction"])
    kinds = c.rng.sample(["phase", "cert1", "cert2", "vet", "licin"], 3)
    labels = ["A品种", "B品种", "C品种"]
    subs, rows, arts = [], [], []
    for lab, k in zip(labels, kinds):
        d, sub, art = labelled_item(c, k)
        rows.append("%s：%s" % (lab, d))
        subs.append([list(sub), art])
    drop = c.ri(0, 2)
    keep = [s for i, s in enumerate(subs) if i != drop]
    for _, a in keep:
        if a not in arts:
            arts.append(a)
    turns = ["%s\n合计多少？" % "\n".join(rows), "%s先去掉，这次不报，剩下的合计呢" % labels[drop]]
    return S(turns, ("multi", {"items": [s for s, _ in keep]}), [D(a) for a in arts], tag="multi-turn",
             traits=["retraction", "labelled"])


@fam("m_return", "multi", 2, 1)
def f_m_return(c, v):
    a, b = c.ri(100, 3000) * 10 * W, c.ri(100, 3000) * 10 * W
    while a == b:
        b += 10 * W
    if c.lang == "en":
        return S(["CRO, actual service amount %s last year. How much?" % c.m(a), "And if it had been %s?" % c.m(b),
                  "OK, go back to the first figure - confirm the amount for that."], ("cro", {"service": a}), [D("第十五条")],
                 tag="multi-turn", traits=["return", "what-if", "turns-3"])
    if v == 0:
        turns = ["%s我们CRO去年服务金额%s，%s" % (c.op(), c.m(a), c.ask()), "如果是%s呢？" % c.m(b), "还是按最开始那个数算吧，再确认一下金额"]
        return S(turns, ("cro", {"service": a}), [D("第十五条")], tag="multi-turn", traits=["return", "what-if", "turns-3"])
    inv1 = c.ri(100, 900) * 10 * W
    inv2 = inv1 + c.ri(20, 600) * 10 * W
    turns = ["共享服务平台建设投入%s，最高支持多少？" % c.m(inv1), "假设追加到%s呢" % c.m(inv2), "算了，追加不做了，就按原来的投入报"]
    return S(turns, ("platform", {"invest": inv1}), [D("第十五条")], tag="multi-turn", traits=["return", "what-if", "turns-3"])


@fam("m_interlude_clause", "multi", 3, 1)
def f_m_interlude_clause(c, v):
    if c.lang == "en":
        svc = c.ri(100, 3000) * 10 * W
        return S(["We're a CDMO with an actual service amount of %s last year." % c.m(svc), "What does Article 15 of the zone draft say exactly?",
                  "Thanks. So with the figure I gave, how much can we get?"], ("cro", {"service": svc}), [D("第十五条")],
                 tag="multi-turn", traits=["clause-detour", "turns-3"])
    if v == 0:
        reg, test, agent = c.ri(30, 300) * W, c.ri(10, 150) * W, c.ri(5, 80) * W
        turns = ["%s产品新拿到FDA认证，海外注册费%s、检测费%s、当地代理费%s" % (c.op(), c.m(reg), c.m(test), c.m(agent)),
                 "第十一条原文怎么写的？", "好的，那按我刚才说的费用能补多少"]
        return S(turns, ("fda", {"reg": reg, "test": test, "agent": agent}), [D("第十一条")], safe=[reg + test + agent],
                 tag="multi-turn", traits=["clause-detour", "turns-3"])
    if v == 1:
        rev, rd = sme_slots(c)
        turns = ["小微企业，去年营业收入%s，前年研发投入%s，去年%s，连续三年增长" % (c.m(rev), c.m(rd[1]), c.m(rd[2])),
                 "先帮我看下第十三条的条件原文", "我们都符合，那能拿多少？"]
        return S(turns, ("sme", {"rev_prev": rev, "rd": rd[1:], "growth": True}), [D("第十三条")], tag="multi-turn", traits=["clause-detour", "turns-3"])
    inv = c.ri(100, 2000) * 10 * W
    turns = ["我们AI+药物研发示范场景项目，工程投资总额%s" % c.m(inv), "若干措施第（五）条责任单位有哪些？", "明白，那我们这个项目最多能拿多少"]
    return S(turns, ("ai26", {"invest": inv}), [N("（五）")], tag="multi-turn", traits=["clause-detour", "turns-3"])


@fam("m_interlude_greet", "multi", 2, 1)
def f_m_interlude_greet(c, v):
    if c.lang == "en":
        k = c.ri(1, 2)
        return S(["Hello!", "We licensed in %s from abroad and %s this year after local production. How much can we get?" % (c.np(k, "product"), "it launched" if k == 1 else "they launched")],
                 ("licin", {"n": k}), [D("第十一条")], tag="multi-turn", traits=["greeting"])
    if v == 0:
        svc = c.ri(100, 3000) * 10 * W
        turns = ["CMO企业，去年实际服务金额%s" % c.m(svc), c.ch(["稍等，我问下同事是不是第一次申请", "等一下我确认个信息"]),
                 "好了，确认是第一次申请，能拿多少？"]
        return S(turns, ("cro", {"service": svc}), [D("第十五条")], tag="multi-turn", traits=["interlude", "turns-3"])
    cl = c.ch([1, 2, 3])
    turns = [c.ch(["你好", "在吗", "您好，请问是政策咨询吗"]), "我们%s获证投产了，%s" % (c.ch(VET_ZH[cl]), c.ask())]
    return S(turns, ("vet", {"items": [[cl, 1]]}), [D("第六条")], tag="multi-turn", traits=["greeting"])


@fam("m_new_topic", "multi", 3, 1)
def f_m_new_topic(c, v):
    svc = c.ri(100, 3000) * 10 * W
    if c.lang == "en":
        return S(["CRO, actual service amount %s last year. How much?" % c.m(svc),
                  "Different question: under the 2026-2028 measures, what's the maximum for hosting a high-level international academic conference?"],
                 ("const", {"rule": "m26-12-conf"}), [N("（十二）")], tag="multi-turn", traits=["topic-switch"])
    if v == 0:
        turns = ["%s我们是CRO，去年服务金额%s，能拿多少？" % (c.op(), c.m(svc)),
                 "另外问个别的：举办生命科学领域国际学术研讨会，若干措施最多支持多少？"]
        return S(turns, ("const", {"rule": "m26-12-conf"}), [N("（十二）")], tag="multi-turn", traits=["topic-switch"])
    if v == 1:
        rev = c.ri(20, 300) * 1000 * W
        cl = c.ch([1, 2, 3])
        turns = ["%s获证投产，能给多少？" % c.ch(VET_ZH[cl]), "再问一下，销售平台型企业年销售收入%s的话能拿多少？" % c.m(rev)]
        return S(turns, ("sales", {"rev": rev}), [D("第八条")], tag="multi-turn", traits=["topic-switch"])
    inv = c.ri(100, 900) * 10 * W
    k = c.ri(1, 2)
    turns = ["共享服务平台建设投入%s，能补多少？" % c.m(inv), "换个问题，License-in引进的产品上市了，%s品种，能给多少？" % c.n(k)]
    return S(turns, ("licin", {"n": k}), [D("第十一条")], tag="multi-turn", traits=["topic-switch"])


@fam("m_new_oos", "multi", 2, 1)
def f_m_new_oos(c, v):
    svc = c.ri(100, 3000) * 10 * W
    if c.lang == "en":
        return S(["CRO with %s of service revenue last year - how much?" % c.m(svc), "By the way, will it rain in Beijing tomorrow?"],
                 None, [], status=["out_of_scope"], amount="null", tag="out_of_scope", traits=["topic-switch", "out-of-scope"])
    turns = [["我们CDMO去年实际服务金额%s，能拿多少？" % c.m(svc), "对了，明天北京会下雨吗？"],
             ["%s进入%s能拿多少？" % (c.c1(), c.st(stage_pick(c))), "顺便问下，上海浦东新区对生物医药企业有什么补贴？"]][v]
    return S(turns, None, [], status=["out_of_scope"], amount="null", tag="out_of_scope", traits=["topic-switch", "out-of-scope"])


@fam("m_followup", "multi", 3, 1)
def f_m_followup(c, v):
    if c.lang == "en":
        stg = stage_pick(c)
        k = c.ri(1, 3)
        return S(["Our drug entered clinical trials. How much is the award?", "It's a Class 1 chemical drug, %s, %s." % (c.st(stg), c.np(k, "product"))],
                 ("phase", {"items": [[stg, k]]}), [D("第五条")], tag="multi-turn", traits=["answer-to-followup"])
    if v == 0:
        stg = stage_pick(c)
        k = c.ri(1, 3)
        turns = ["%s我们药进临床了能拿多少？" % c.op(), "%s，%s，%s品种" % (c.c1(), c.st(stg), c.n(k))]
        return S(turns, ("phase", {"items": [[stg, k]]}), [D("第五条")], tag="multi-turn", traits=["answer-to-followup"])
    if v == 1:
        svc = c.ri(100, 3000) * 10 * W
        turns = ["我们是做外包服务的，能补多少？", "%s，去年实际服务金额%s，之前没申请过" % (c.ch(["CRO", "CDMO"]), c.m(svc))]
        return S(turns, ("cro", {"service": svc}), [D("第十五条")], tag="multi-turn", traits=["answer-to-followup"])
    prev, cur = output_pair(c)
    turns = ["我们一个产品年产值首次破档了，奖励多少？", "今年%s，去年%s" % (c.m(cur), c.m(prev))]
    return S(turns, ("output", {"items": [[prev, cur]]}), [D("第十二条")], tag="multi-turn", traits=["answer-to-followup"])


@fam("m_thanks", "multi", 2, 1)
def f_m_thanks(c, v):
    svc = c.ri(100, 3000) * 10 * W
    if c.lang == "en":
        t = ["Our CMO's actual service amount last year was %s. How much?" % c.m(svc), "Great, thanks a lot!"]
    else:
        t = [["CRO去年服务金额%s，能拿多少" % c.m(svc), c.ch(["好的谢谢", "明白了，谢谢！", "谢谢老师"])],
             ["%s获证投产最多多少？" % c.c1(), "收到，感谢解答～"]][v]
    return S(t, None, [], status=["answered", "out_of_scope"], amount="null", tag="chitchat", traits=["thanks"])


@fam("m_doc_switch", "multi", 2, 1)
def f_m_doc_switch(c, v):
    if c.lang == "en":
        svc = c.ri(100, 3000) * 10 * W
        return S(["As a CRO with %s of service revenue, what does the zone draft give?" % c.m(svc),
                  "And under the 2026-2028 measures, what's the maximum for a tech-service company's efficiency improvement?"],
                 ("const", {"rule": "m26-7"}), [N("（七）")], tag="multi-turn", traits=["doc-switch"])
    if v == 0:
        svc = c.ri(100, 3000) * 10 * W
        turns = ["%s我们CRO年服务金额%s，支持办法能给多少？" % (c.op(), c.m(svc)), "那若干措施里科技服务业企业效能提升最多多少？"]
        return S(turns, ("const", {"rule": "m26-7"}), [N("（七）")], tag="multi-turn", traits=["doc-switch"])
    inv = c.ri(100, 2000) * 10 * W
    reg, test, agent = c.ri(30, 300) * W, c.ri(10, 150) * W, c.ri(5, 80) * W
    turns = ["若干措施AI示范项目，工程投资%s，最多多少？" % c.m(inv),
             "支持办法里FDA认证那条呢？我们海外注册费%s，检测费%s，代理费%s" % (c.m(reg), c.m(test), c.m(agent))]
    return S(turns, ("fda", {"reg": reg, "test": test, "agent": agent}), [D("第十一条")], safe=[reg + test + agent],
             tag="multi-turn", traits=["doc-switch"])


@fam("m_sme_drip", "multi", 2, 1)
def f_m_sme_drip(c, v):
    rev, rd = sme_slots(c)
    if c.lang == "en":
        return S(["We're a small enterprise; revenue last year %s. We'd like the R&D support." % c.m(rev),
                  "R&D was %s in 2024 and %s in 2025." % (c.m(rd[1]), c.m(rd[2])), "And yes, R&D has grown for three straight years. Amount?"],
                 ("sme", {"rev_prev": rev, "rd": rd[1:], "growth": True}), [D("第十三条")], tag="multi-turn", traits=["drip-feed", "turns-3"])
    if v == 0:
        turns = ["我们是小微企业，去年营业收入%s，想申请研发创新支持" % c.m(rev), "前年研发投入%s，去年%s" % (c.m(rd[1]), c.m(rd[2])),
                 "连续三年都是正增长，能拿多少？"]
        return S(turns, ("sme", {"rev_prev": rev, "rd": rd[1:], "growth": True}), [D("第十三条")], tag="multi-turn", traits=["drip-feed", "turns-3"])
    big = c.ri(3001, 4500) * W
    turns = ["中小企业研发支持：去年营收%s，前年研发%s、去年%s，三年一直增长，能拿多少？" % (c.m(rev), c.m(rd[1]), c.m(rd[2])),
             "不好意思，财务说去年营收其实是%s" % c.m(big)]
    return S(turns, ("sme", {"rev_prev": big, "rd": rd[1:], "growth": True}), [D("第十三条")], tag="ineligible", traits=["correction", "becomes-ineligible"])


@fam("m_output_drip", "multi", 2, 1)
def f_m_output_drip(c, v):
    prev, cur = output_pair(c)
    if c.lang == "en":
        return S(["How do the single-product output awards work?", "Our product's output this year is %s." % c.m(cur),
                  "Last year it was %s. So what do we get?" % c.m(prev)], ("output", {"items": [[prev, cur]]}), [D("第十二条")],
                 tag="multi-turn", traits=["drip-feed", "turns-3"])
    if v == 0:
        turns = ["单品种产值奖励怎么给？", "我们一个产品今年产值%s" % c.m(cur), "去年是%s，能拿多少" % c.m(prev)]
        return S(turns, ("output", {"items": [[prev, cur]]}), [D("第十二条")], tag="multi-turn", traits=["drip-feed", "turns-3"])
    p2, c2 = output_pair(c)
    turns = ["A品种今年产值%s，去年%s，奖励多少？" % (c.m(cur), c.m(prev)), "另外B品种今年%s，去年%s" % (c.m(c2), c.m(p2)), "两个一共多少"]
    return S(turns, ("output", {"items": [[prev, cur], [p2, c2]]}), [D("第十二条")], tag="multi-turn", traits=["items-added", "turns-3"])


@fam("m_inelig_turn", "multi", 3, 1)
def f_m_inelig_turn(c, v):
    if c.lang == "en":
        svc = c.ri(100, 3000) * 10 * W
        return S(["CRO, actual service amount %s. How much?" % c.m(svc), "Note we've already received this support for three years."],
                 ("cro", {"service": svc, "years_used": 3}), [D("第十五条")], tag="ineligible", traits=["becomes-ineligible", "cumulative-limit"])
    if v == 0:
        cost = c.ri(20, 300) * 5 * W
        turns = ["我们办了个医药健康论坛，实际费用%s，能补多少？" % c.m(cost), "哦对了，这个活动是区政府主办的，我们只是承办"]
        return S(turns, None, [D("第十六条")], status=["ineligible", "needs_info"], amount="null", tag="ineligible",
                 traits=["becomes-ineligible", "non-market-organiser"])
    if v == 1:
        turns = ["License-in引进的品种，本土产业化，能给多少？", "还没上市，预计明年才能获批"]
        return S(turns, None, [D("第十一条")], status=["ineligible", "needs_info"], amount="null", tag="ineligible",
                 traits=["becomes-ineligible", "not-launched"])
    svc = c.ri(100, 3000) * 10 * W
    turns = ["CDMO，年度实际服务金额%s，%s" % (c.m(svc), c.ask()), "补充一下，2023到2025年我们已经连续三年拿过这个支持了"]
    return S(turns, ("cro", {"service": svc, "years_used": 3}), [D("第十五条")], tag="ineligible",
             traits=["becomes-ineligible", "cumulative-limit"])


@fam("m_whatif", "multi", 3, 1)
def f_m_whatif(c, v):
    if c.lang == "en":
        a, b = c.ri(20, 300) * 1000 * W, c.ri(20, 300) * 1000 * W
        while a == b:
            b += 1000 * W
        return S(["Sales platform, annual sales revenue %s. How much?" % c.m(a), "What if revenue were %s instead?" % c.m(b)],
                 ("sales", {"rev": b}), [D("第八条")], tag="multi-turn", traits=["what-if"])
    if v == 0:
        a = c.ri(100, 900) * 10 * W
        b = c.ri(11, 30) * 1000 * W
        turns = ["共享服务平台建设实际投入%s，能补多少？" % c.m(a), "如果投入增加到%s呢？" % c.m(b)]
        return S(turns, ("platform", {"invest": b}), [D("第十五条")], tag="multi-turn", traits=["what-if", "cap-binding"])
    if v == 1:
        a, b = c.ri(100, 1500) * 10 * W, c.ri(17, 40) * Y // 10
        turns = ["AI+医药健康示范项目，工程投资总额%s，按若干措施能拿多少" % c.m(a), "假设总投资做到%s，上限是多少？" % c.m(b)]
        return S(turns, ("ai26", {"invest": b}), [N("（五）")], tag="multi-turn", traits=["what-if", "cap-binding"])
    a, b = c.ri(100, 3000) * 10 * W, c.ri(100, 3000) * 10 * W
    while a == b:
        b += 10 * W
    turns = ["CRO服务金额%s能拿多少？" % c.m(a), "那要是明年服务金额%s呢？" % c.m(b)]
    return S(turns, ("cro", {"service": b}), [D("第十五条")], tag="multi-turn", traits=["what-if"])


@fam("m_table_followup", "multi", 2, 0)
def f_m_table_followup(c, v):
    rows = []
    for s in c.rng.sample(["I", "II", "III"], 3):
        rows.append((s, c.ri(1, 3)))
    drop = c.ri(0, 2)
    if v == 0:
        t1 = "| 阶段 | 1类新药数量 |\n|---|---|\n" + "\n".join("| 进入%s | %d |" % (c.st(s), k) for s, k in rows) + "\n合计多少？"
    else:
        t1 = "阶段\t品种数\n" + "\n".join("进入%s\t%d" % (c.st(s), k) for s, k in rows) + "\n（都是1类生物制品）按第五条算下总额"
    t2 = "表里第%s行先不算，其余合计多少？" % ["一", "二", "三"][drop]
    items = [[s, k] for i, (s, k) in enumerate(rows) if i != drop]
    return S([t1, t2], ("phase", {"items": items}), [D("第五条")], tag="multi-turn", traits=["table", "retraction"])


@fam("m_long", "multi", 2, 1)
def f_m_long(c, v):
    if c.lang == "en":
        a, b = c.ri(100, 2000) * 10 * W, c.ri(100, 2000) * 10 * W
        while a == b:
            b += 10 * W
        cost = c.ri(20, 300) * 5 * W
        turns = ["Hi!", "We're a CDMO. Service amount last year %s." % c.m(a), "Sorry, %s is right, not the earlier number." % c.m(b),
                 "We also privately hosted a forum that cost %s." % c.m(cost), "Total of both?"]
        return S(turns, ("multi", {"items": [["cro", {"service": b}], ["event", {"cost": cost, "market": True}]]}),
                 [D("第十五条"), D("第十六条")], tag="multi-turn", traits=["turns-5", "correction", "items-added"])
    if v == 0:
        s1, s2 = c.rng.sample(["I", "II", "III"], 2)
        k = c.ri(1, 3)
        k2 = c.ri(1, 2)
        turns = ["您好", "我们%s1类化药进入%s了" % (c.n(k), c.st(s1)), "不对，是%s" % c.st(s2),
                 "还有%s1类中药拿到注册证书，已在昌平生产" % c.n(k2), "总共能拿多少？"]
        return S(turns, ("multi", {"items": [["phase", {"items": [[s2, k]]}], ["cert", {"items": [[1, k2]]}]]}),
                 [D("第五条"), D("第六条")], tag="multi-turn", traits=["turns-5", "correction", "items-added"])
    reg, test, agent = c.ri(30, 300) * W, c.ri(10, 150) * W, c.ri(5, 80) * W
    usd = c.ch([12000, 16000, 30000]) * W
    turns = ["想咨询国际化的支持", "第十一条讲的什么？", "我们一个产品新获FDA批准，注册费%s，检测费%s，代理费%s" % (c.m(reg), c.m(test), c.m(agent)),
             "另一个产品license-out，合同总额%s，已签" % c.usd(usd), "两项加起来多少"]
    return S(turns, ("multi", {"items": [["fda", {"reg": reg, "test": test, "agent": agent}], ["licout", {"contracts": [[usd, 1]]}]]}),
             [D("第十一条")], safe=[reg + test + agent], tag="multi-turn", traits=["turns-5", "clause-detour", "items-added"])


@fam("m_needinfo_end", "multi", 2, 1)
def f_m_needinfo_end(c, v):
    if c.lang == "en":
        turns = [c.wrap(c.ch(["We're a CRO based in Changping.", "We run a CDMO in the Life Science Park."])), c.ch(["How much can we get?", "So what's our amount?"])]
    else:
        turns = [[c.wrap(c.ch(["我们是CRO企业", "我们是做CRO的", "我司是CDMO"])), c.ask()],
                 [c.wrap(c.ch(["我们的药拿到FDA认证了", "产品刚获得EMA批准", "新拿到FDA认证"])), c.ask()]][v]
    return S(turns, None, [], status=["needs_info"], amount="null", tag="needs_info", traits=["missing-amount"])


@fam("m_cap_turn", "multi", 2, 1)
def f_m_cap_turn(c, v):
    a = c.ri(100, 900) * 10 * W
    if c.lang == "en":
        b = c.ri(7, 30) * 1000 * W
        return S(["Park operator project, total investment %s. Max under measure (11)?" % c.m(a), "Update: total investment is now %s." % c.m(b)],
                 ("park26", {"invest": b}), [N("（十一）")], tag="multi-turn", traits=["cap-binding", "update"])
    if v == 0:
        b = c.ri(11, 30) * 1000 * W
        turns = ["检验检测共享平台，一期建设投入%s，能补多少" % c.m(a), "二期做完后平台建设总投入是%s，按总投入算呢" % c.m(b)]
        return S(turns, ("platform", {"invest": b}), [D("第十五条")], tag="multi-turn", traits=["cap-binding", "update"])
    b = c.ri(7, 30) * 1000 * W
    turns = ["园区引入国际运营管理资源，项目投资总额%s，能拿多少？" % c.m(a), "方案调整了，总投资变成%s" % c.m(b)]
    return S(turns, ("park26", {"invest": b}), [N("（十一）")], tag="multi-turn", traits=["cap-binding", "update"])

# ----------------------------- needs_info / ineligible / thresholds --------
MISSING_ZH = [
    "我们是CRO，想申请第十五条的支持，%s",
    "我们的药新获得FDA认证了，%s",
    "我们是医药健康销售平台型企业，%s",
    "我们拿到药品注册证书了，已经产业化，%s",
    "我们1类新药进临床了，%s",
    "我们作为持有人委托别人生产，%s",
    "共享服务平台建设，最高3000万是吧？我们%s",
    "AI+药物研发示范项目，%s",
]
MISSING_EN = [
    "We are a CDMO and want Article 15 support. %s",
    "Our drug just got EMA approval. %s",
    "We built a shared testing platform. %s",
    "We're an SME with growing R&D. %s",
]


@fam("n_missing", "neg", 6, 2)
def f_n_missing(c, v):
    if c.lang == "en":
        t = MISSING_EN[v * 2 + c.ri(0, 1)] % c.ask()
    else:
        idx = [0, 1, 2, 3, 4, c.ch([5, 6, 7])][v]
        t = c.op() + MISSING_ZH[idx] % c.ask()
    return S(t, None, [], status=["needs_info"], amount="null", tag="needs_info", traits=["missing-fact"])


@fam("n_implaus", "neg", 7, 2)
def f_n_implaus(c, v):
    if c.lang == "en":
        t = [
            "Our CRO's service amount was somewhere between %s and %s last year. How much can we get?" % (c.m(800 * W), c.m(900 * W)),
            "License-out deal: USD 80 million upfront plus RMB 300 million in milestones. Do we pass the threshold and how much?",
        ][v]
        tr = ["range", "mixed-currency"][v]
    else:
        a = c.ri(50, 300) * 10 * W
        t = [
            "CRO去年服务金额%s到%s之间，能拿多少？" % (c.m(a), c.m(a + 100 * W)),
            "我们CDMO去年服务金额不到%s，能补多少？" % c.m(a),
            "活动实际费用-%s（财务系统导出来的），能支持多少？" % c.m(a, forms=["wan", "wanyuan"]),
            "我们有1.5个1类新药进入Ⅱ期，能拿多少？",
            "License-out合同总额8000万美元加3亿人民币里程碑，能拿多少？",
            "CRO年度实际服务金额%s，能补多少？" % c.ch(["9万亿", "90000亿元", "三万亿"]),
            "服务金额600万，不对，也可能是1600万，我也记不清了，能拿多少？",
        ][v]
        tr = ["range", "inexact", "negative", "fractional-count", "mixed-currency", "absurd-magnitude", "contradictory"][v]
        if v == 5:
            c.money = []
        if v == 6:
            c.safe += [600 * W, 1600 * W]
    return S(c.wrap(t), None, [], status=["needs_info"], amount="null", tag="needs_info", traits=["implausible", tr])


@fam("n_thr_licout", "neg", 3, 1)
def f_n_thr_licout(c, v):
    case = ["at", "below", "above"][v] if c.lang == "zh" else c.ch(["at", "above"])
    usd = {"at": 1 * Y, "below": c.ch([9800, 9900, 9500]) * W, "above": c.ch([10100, 10200, 10050]) * W}[case]
    ref = ("licout", {"contracts": [[usd, 1]]})
    if c.lang == "en":
        t = "Our license-out deal with a multinational has a total contract value of exactly %s, signed last month. Do we qualify, and for how much?" % c.usd(usd) \
            if case == "at" else "License-out contract signed for %s in total, one product. How much?" % c.usd(usd)
    else:
        t = "%s我们License-out合同总额%s，一个品种，已经签约，能拿多少？" % (c.op(), c.usd(usd))
    tag = "threshold"
    return S(t, ref, [D("第十一条")], tag=tag, traits=["threshold", "boundary-" + case])


@fam("n_thr_rev5", "neg", 3, 1)
def f_n_thr_rev5(c, v):
    case = ["at", "below", "notfirst"][v] if c.lang == "zh" else c.ch(["at", "below"])
    rev = {"at": 5 * Y, "below": c.ch([49900, 49800, 49990]) * W, "notfirst": 5 * Y + c.ri(2, 60) * 500 * W}[case]
    ref = ("rev5", {"rev": rev, "first": case != "notfirst"})
    if c.lang == "en":
        t = "Main-business revenue this year: %s, up from %s last year. Does the Article 12 revenue award apply, and how much?" % (
            c.m(rev), c.m(c.ri(30, 45) * 1000 * W))
    elif case == "notfirst":
        t = "主营业务收入今年%s，去年和前年也都超过5亿了，第十二条那个2‰还能拿吗？" % c.m(rev)
    else:
        t = "%s今年主营业务收入%s，去年%s，能拿第十二条的支持吗？多少？" % (c.op(), c.m(rev), c.m(c.ri(30, 45) * 1000 * W))
    return S(t, ref, [D("第十二条")], tag="threshold", traits=["threshold", "boundary-" + case])


@fam("n_thr_sme", "neg", 4, 1)
def f_n_thr_sme(c, v):
    rev, rd = sme_slots(c)
    case = ["rev_at", "rd_at", "drop", "rd_below"][v] if c.lang == "zh" else c.ch(["rev_at", "drop", "years"])
    years = 0
    if case == "rev_at":
        rev = 3000 * W
    elif case in ("rd_at", "rd_below"):
        tot = 1000 * W if case == "rd_at" else 999 * W
        rd1 = c.ri(520, 600) * W
        rd = [c.ri(300, 400) * W, tot - rd1, rd1]
    elif case == "drop":
        rd = [rd[0], rd[2], rd[1]]
    elif case == "years":
        years = 3
    ref = ("sme", {"rev_prev": rev, "rd": rd, "years_used": years})
    if c.lang == "en":
        extra = " We've already been supported under Article 13 for three years." if years else ""
        t = "SME here. Revenue last year %s. R&D: 2023 %s, 2024 %s, 2025 %s.%s Eligible, and how much?" % (
            c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), extra)
    else:
        t = "%s小微企业，上一年度营业收入%s，研发投入2023年%s、2024年%s、2025年%s，按第十三条能拿多少？" % (
            c.op(), c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2]))
    return S(t, ref, [D("第十三条")], tag="threshold", traits=["threshold", "sme-" + case])


@fam("n_thr_output", "neg", 2, 1)
def f_n_thr_output(c, v):
    idx = c.ch([0, 1, 2])
    t0 = OUTPUT_TIERS[idx][0]
    below = (v == 0) if c.lang == "zh" else c.rng.random() < 0.5
    cur = t0 - t0 // 100 if below else t0 + t0 // 100
    prev = (OUTPUT_TIERS[idx - 1][0] if idx else 2000 * W) + t0 // 50
    ref = ("output", {"items": [[prev, cur]]})
    if c.lang == "en":
        t = "A single product's annual output: %s this year, %s last year. Do we get the output award?" % (c.m(cur), c.m(prev))
    else:
        t = "%s单品种年产值今年%s，去年%s，%s" % (c.op(), c.m(cur), c.m(prev), c.ch(["能拿奖励吗？", "够档吗，奖多少？"]))
    return S(t, ref, [D("第十二条")], tag="threshold", traits=["threshold", "just-below" if below else "just-above"])


@fam("n_cond", "neg", 5, 1)
def f_n_cond(c, v):
    if c.lang == "en":
        t = "We are a domestic (non-foreign) company with a Beijing R&D centre; R&D spend grew by %s. How much from the foreign R&D centre incentive?" % c.m(c.ri(5, 50) * 100 * W)
        return S(t, None, [N("（十二）")], status=["ineligible", "needs_info"], amount="null", tag="ineligible", traits=["condition", "not-foreign"])
    if v == 0:
        t = "我们1类化药进入%s了，不过不打算自己产业化，准备卖掉，还能拿奖励吗？多少？" % c.st(stage_pick(c))
        return S(t, None, [D("第五条")], status=["ineligible", "needs_info"], amount="null", tag="ineligible", traits=["condition", "no-industrialisation"])
    if v == 1:
        svc = c.ri(100, 3000) * 10 * W
        t = "CRO，服务金额%s，2023、2024、2025年都拿过第十五条的支持，今年还能报吗？多少？" % c.m(svc)
        return S(t, ("cro", {"service": svc, "years_used": 3}), [D("第十五条")], tag="ineligible", traits=["condition", "cumulative-limit"])
    if v == 2:
        t = "License-out协议还在谈，预计总额%s，现在能先拿到支持吗？" % c.usd(c.ch([20000, 30000]) * W)
        return S(t, None, [D("第十一条")], status=["ineligible", "needs_info"], amount="null", tag="ineligible", traits=["condition", "not-signed"])
    if v == 3:
        t = "我们是内资企业的研发中心，研发投入增长了%s，外资研发中心研发激励能拿多少？" % c.m(c.ri(5, 50) * 100 * W)
        return S(t, None, [N("（十二）")], status=["ineligible", "needs_info"], amount="null", tag="ineligible", traits=["condition", "not-foreign"])
    rev, rd = sme_slots(c)
    t = "已经连续三年拿过第十三条研发支持了，今年营收%s，研发%s，还能再拿吗？" % (c.m(rev), c.m(rd[2]))
    return S(t, ("sme", {"rev_prev": rev, "rd": [rd[2]], "years_used": 3}), [D("第十三条")], tag="ineligible", traits=["condition", "cumulative-limit"])


@fam("n_valid26", "neg", 2, 1)
def f_n_valid26(c, v):
    if c.lang == "en":
        t = "Can we still apply for the AI demonstration support of the 2026-2028 measures in 2030? Our project invests %s." % c.m(c.ri(100, 900) * 10 * W)
    else:
        t = ["2030年还能申请若干措施里的园区运营支持吗？项目投资%s" % c.m(c.ri(100, 900) * 10 * W),
             "我们2029年3月才办国际学术研讨会，还能按若干措施拿300万吗？"][v]
    return S(c.wrap(t), None, [], status=["answered", "ineligible"], amount="null", tag="validity", traits=["validity", "expired"])

# ----------------------------- lookups, validity, out of scope, chit-chat --
CLAUSE_NUM = [(D("第十三条"), "第十三条原文是什么？", "What does Article 13 of the zone draft say?"),
              (N("（十一）"), "若干措施第（十一）条写的是什么？", "Show me measure (11) of the 2026-2028 measures."),
              (D("第十五条"), "支持办法第十五条第（二）项的原文帮我贴一下", "Quote Article 15 item (2) of the zone draft."),
              (D("第五条"), "第五条（二）说的是什么", "What is Article 5 (2) about?"),
              (D("第八条"), "第八条讲什么的？", "What does Article 8 cover?"),
              (N("（十三）"), "（十三）加强出海支持的原文", "Full text of measure (13)?"),
              (D("第十二条"), "把第十二条第三款念一下", "Read me Article 12 item (3).")]


@fam("l_clause_num", "look", 4, 1)
def f_l_clause_num(c, v):
    if c.lang == "en":
        cite, _, t = c.ch(CLAUSE_NUM)
    else:
        cite, t, _ = CLAUSE_NUM[[0, 1, 2, c.ch([3, 4, 5, 6])][v]]
    return S(c.wrap(t), None, [cite], status=["answered"], amount="omit", tag="lookup", traits=["by-number"])


CLAUSE_TITLE = [(D("第十五条"), "“布局关键服务平台”是哪一条？内容是什么", "Which article is 'Deploying key service platforms' and what does it say?"),
                (N("（十二）"), "汇聚全球创新资源那条具体怎么说的", "What does the 'Gathering global innovation resources' measure say?"),
                (D("第六条"), "支持新药申报上市的条款原文", "Text of the article on supporting new-drug marketing applications?"),
                (D("第十一条"), "支持提升国际化水平是第几条？写了什么？", "Which article is about raising the level of internationalisation?"),
                (N("（五）"), "加快AI+医药健康示范应用这条的内容", "What does 'Accelerating AI + health demonstration applications' say?")]


@fam("l_clause_title", "look", 3, 1)
def f_l_clause_title(c, v):
    if c.lang == "en":
        cite, _, t = c.ch(CLAUSE_TITLE)
    else:
        cite, t, _ = CLAUSE_TITLE[[0, 1, c.ch([2, 3, 4])][v]]
    return S(c.wrap(t), None, [cite], status=["answered"], amount="omit", tag="lookup", traits=["by-title"])


UNIT_ZH = ["若干措施第（%s）条的责任单位有哪些？", "（%s）这条是哪些部门负责？", "（%s）牵头单位是谁"]


@fam("l_units", "look", 3, 1)
def f_l_units(c, v):
    num = c.ch(["五", "七", "十一", "十二", "十三", "九", "四"])
    if c.lang == "en":
        t = "Which government units are responsible for measure (%s) of the 2026-2028 measures?" % {"五": "5", "七": "7", "十一": "11", "十二": "12", "十三": "13", "九": "9", "四": "4"}[num]
    else:
        t = UNIT_ZH[v] % num
    return S(c.wrap(t), None, [N("（%s）" % num)], status=["answered"], amount="omit", tag="lookup", traits=["responsible-units"])


@fam("l_valid", "look", 3, 1)
def f_l_valid(c, v):
    if c.lang == "en":
        return S(c.wrap("Until when are the 2026-2028 measures valid?"), None, [], status=["answered"], amount="omit", tag="lookup", traits=["validity"])
    if v == 0:
        return S(c.wrap("若干措施有效期到什么时候？"), None, [], status=["answered"], amount="omit", tag="lookup", traits=["validity"])
    if v == 1:
        return S(c.wrap("2027年申请若干措施的支持还在有效期内吗？"), None, [], status=["answered"], amount="omit", tag="lookup", traits=["validity"])
    return S(c.wrap("2030年还能申请吗？我说的是2026-2028年那个若干措施"), None, [], status=["answered", "ineligible"], amount="null",
             tag="validity", traits=["validity", "expired"])


@fam("l_draft", "look", 2, 1)
def f_l_draft(c, v):
    t = ("Is the Changping zone support measure (draft for comment) already in force?" if c.lang == "en" else
         ["支持办法（修订稿）现在正式生效了吗？", "昌平组团那个支持办法是征求意见稿吧？现在能按它申请吗"][v])
    return S(c.wrap(t), None, [], status=["answered"], amount="omit", tag="lookup", traits=["draft-status"])


@fam("l_nofig", "look", 3, 1)
def f_l_nofig(c, v):
    if c.lang == "en":
        return S(c.wrap("Does Article 10 of the zone draft name a specific amount or rate?"), None, [D("第十条")], status=["answered"],
                 amount="null", tag="lookup", traits=["no-figure"])
    t, cite = [("第十条有没有写具体金额或比例？", [D("第十条")]),
               ("概念验证资金有具体标准吗？每个项目多少？", [D("第四条")]),
               (c.ch(["支持办法里哪些条款只说给予支持、没写具体金额？", "若干措施里哪几条说了给资金支持但没写数？"]), [])][v]
    return S(c.wrap(t), None, cite, status=["answered"], amount="null", tag="lookup", traits=["no-figure"])


OOS_ZH = ["明天北京天气怎么样？", "帮我写一首关于春天的诗", "上海浦东新区对生物医药企业有什么补贴？", "个人所得税专项附加扣除怎么填？",
          "推荐几只医药股吧", "深圳南山区的医疗器械扶持政策是什么？", "海淀区对人工智能企业的房租补贴有多少？"]
OOS_EN = ["What's the weather in Beijing tomorrow?", "Write me a haiku about autumn.", "What subsidies does Shanghai Pudong offer biotech firms?",
          "Which pharma stocks should I buy?"]


@fam("l_oos", "look", 5, 2)
def f_l_oos(c, v):
    if c.lang == "en":
        t = OOS_EN[v * 2 + c.ri(0, 1)]
    else:
        t = OOS_ZH[[0, 1, 2, 3, c.ch([4, 5, 6])][v]]
    return S(c.wrap(t), None, [], status=["out_of_scope"], amount="null", tag="out_of_scope", traits=["out-of-scope"])


@fam("l_chit", "look", 3, 1)
def f_l_chit(c, v):
    t = (c.ch(["Hi there!", "Hello", "Good afternoon!", "Hey, anyone there?"]) if c.lang == "en" else
         [c.ch(["你好", "您好！", "在吗", "你好呀", "hello", "早上好"]),
          c.ch(["你是谁？能帮我做什么？", "你能干嘛", "你是机器人吗？都能回答什么问题", "介绍一下你自己"]),
          c.ch(["谢谢！", "辛苦了，谢谢", "好的，感谢", "多谢多谢", "ok谢啦"])][v])
    return S(t, None, [], status=["answered", "out_of_scope", "needs_info"], amount="null", tag="chitchat", traits=["chitchat"])


@fam("l_interp", "look", 2, 1)
def f_l_interp(c, v):
    if c.lang == "en":
        return S(c.wrap("Who is responsible for interpreting the zone draft?"), None, [D("第十八条")], status=["answered"], amount="omit",
                 tag="lookup", traits=["interpretation"])
    if v == 0:
        return S(c.wrap("支持办法由哪个单位负责解释？"), None, [D("第十八条")], status=["answered"], amount="omit", tag="lookup", traits=["interpretation"])
    return S(c.wrap("若干措施的解释权归谁？"), None, [], status=["answered"], amount="omit", tag="lookup", traits=["interpretation"])


@fam("l_stack", "look", 2, 1)
def f_l_stack(c, v):
    t = ("Can we receive both municipal and district support for the same project?" if c.lang == "en" else
         ["同一个项目能同时享受市级和区级政策吗？", "同一事项符合支持办法好几条，能不能叠加拿？"][v])
    return S(c.wrap(t), None, [D("第十七条")], status=["answered"], amount="omit", tag="lookup", traits=["stacking"])


@fam("l_nonexist", "look", 1, 0)
def f_l_nonexist(c, v):
    return S(c.wrap(c.ch(["支持办法第二十五条说的什么？", "第三十条的补贴标准是多少"])), None, [],
             status=["answered", "out_of_scope", "needs_info"], amount="null", tag="lookup", traits=["nonexistent-article"])

# ---------------------------------------------------------------------------
# Case construction, scheduling, README, self-check.
# ---------------------------------------------------------------------------
def load_policies():
    out = {}
    for d in (DRAFT, M26):
        with open(os.path.join(POLICY_DIR, d + ".txt"), encoding="utf-8") as fh:
            out[d] = fh.read()
    return out


POLICY = load_policies()


for _doc, _art, _item, _q in QUOTES:
    assert _q in POLICY[_doc], "quote not found verbatim in %s: %s" % (_doc, _q)

STATUSES = {"answered", "ineligible", "needs_info", "out_of_scope"}
KINDS = {"fixed", "upper_bound", "unspecified"}
SKIP_KEYS = {"n", "years_used", "first", "market", "sme", "mode", "rule", "growth"}

# group -> (cases, of which English, of which zh-Hant)
GROUP_QUOTA = {"calc": (120, 30, 12), "mitem": (50, 12, 5), "multi": (125, 21, 13), "neg": (60, 10, 6), "look": (45, 11, 4)}
GROUP_ORDER = ["calc", "mitem", "multi", "neg", "look"]
GROUP_MEANING = {
    "calc": "single-turn calculations (every figure-bearing provision), distractors, money surface forms, no-figure clauses",
    "mitem": "single-turn multi-item / multi-provision totals, labelled products, pasted tables, take-backs, 从优不重复",
    "multi": "multi-turn dialogues: drip-fed facts, late units, corrections, additions, retractions, returns, interludes, topic/document switches",
    "neg": "needs_info / ineligible / thresholds at-below-above / implausible values / validity",
    "look": "clause lookups by number and title, 责任单位, validity, draft status, no-figure clauses, out-of-scope, chit-chat",
}


def slot_money(obj):
    out = []
    if isinstance(obj, dict):
        for k, x in obj.items():
            if k not in SKIP_KEYS:
                out += slot_money(x)
    elif isinstance(obj, (list, tuple)):
        for x in obj:
            out += slot_money(x)
    elif isinstance(obj, int) and not isinstance(obj, bool) and obj >= W:
        out.append(obj)
    return out


def value_forms(v):
    v = Fraction(v)
    out = {str(v) if v.denominator == 1 else fnum(v)}
    if v.denominator == 1:
        out.add("{:,}".format(int(v)))
    if short_dec(v / W, 4):
        out.add(fnum(v / W) + "万")
    if short_dec(v / Y, 4):
        out.add(fnum(v / Y) + "亿")
    return out


def build_case(name, variant, lang_tag, rng, vary=False):
    group, func, nzh, nen = FAMILIES[name]
    lang = "en" if lang_tag == "en" else "zh"
    c = Ctx(rng, lang)
    spec = func(c, variant)
    turns = spec["turns"]
    if vary:   # fallback against duplicate dialogues: a courtesy prefix on the first turn
        turns = [c.ch(["麻烦再问一下：", "同事让我问：", "还有个问题，", "帮客户咨询："] if lang == "zh" else
                      ["One more: ", "Asking for a client: ", "Another question. "]) + turns[0]] + turns[1:]
    hant = lang_tag == "zh-Hant"
    if hant:
        turns = [to_trad(t) for t in turns]
    text = "\n".join(turns)
    # money round trip: every rendered figure that is in the text parses back to its slot value
    present = []
    for s, v, cur, form in c.money:
        surf = to_trad(s) if hant else s
        if surf in text:
            pv, pc = parse_money(surf)
            if pv != v or pc != cur:
                raise AssertionError("money round trip failed: %r -> %r %s (want %r %s)" % (surf, pv, pc, v, cur))
            present.append((surf, v, cur, form))
    present_vals = {v for _, v, _, _ in present} | set(c.safe)
    r = None
    if spec["ref"]:
        rname, kw = spec["ref"]
        for x in slot_money(kw):
            if x not in present_vals:
                raise AssertionError("slot value %r not rendered in %s: %r" % (x, name, text))
        r = REFS[rname](**kw)
    status = spec["status"] or [r["status"]]
    if r is not None and spec["status"]:
        assert r["status"] in status, (name, r["status"], status)
    order = ["answered", "ineligible", "needs_info", "out_of_scope"]
    status = sorted(status, key=order.index)
    expect = {"status": list(status), "cite": spec["cite"]}
    mode = spec["amount"] or ("ref" if r else "null")
    single_answered = status == ["answered"]
    if mode == "ref":
        if single_answered:
            expect["amount_yuan"] = r["amount"]
            if r["kind"] and not r["capped"]:
                expect["kind"] = r["kind"]
        else:
            expect["amount_yuan"] = None
    elif mode == "null":
        expect["amount_yuan"] = None
        if spec["kind"] and len(status) == 1:
            expect["kind"] = spec["kind"]
    amount = expect.get("amount_yuan")
    mi = []
    if lang_tag == "zh-Hans" and single_answered and isinstance(amount, int) and amount > 0 and amount % W == 0 and amount < Y:
        mi = [fmt_wan(amount)]
    expect["must_include"] = mi
    # wrong figures
    safe_strings = set()
    for s, v, _, _ in present:
        safe_strings.add(s)
        safe_strings |= value_forms(v)
    extra = list(c.safe) + list(spec["safe"])
    if r:
        extra += [p["amount_yuan"] for p in r["parts"] if p.get("amount_yuan")]
        if r["amount"]:
            extra.append(r["amount"])
    for v in extra:
        safe_strings |= value_forms(v)
    mni = []
    if single_answered and isinstance(amount, int):
        for wv in spec["wrong"]:
            if not isinstance(wv, int) or wv <= 0 or wv == amount or wv % W:
                continue
            ws = fmt_wan(wv)
            if any(ws in POLICY[d] for d in POLICY) or ws in text or any(ws in s for s in safe_strings):
                continue
            if ws not in mni:
                mni.append(ws)
    expect["must_not_include"] = mni
    traits = list(spec["traits"])
    for _, _, cur, form in present:
        if form not in traits:
            traits.append(form)
        if cur == "USD" and "usd" not in traits:
            traits.append("usd")
    if any(d and (to_trad(d) if hant else d) in text for d in c.dis_out) and "distractor" not in traits:
        traits.append("distractor")
    if len(turns) > 1 and ("turns-%d" % len(turns)) not in traits:
        traits.append("turns-%d" % len(turns))
    if lang_tag == "en":
        traits.append("english")
    if hant:
        traits.append("traditional")
    case = {"id": None, "tag": spec["tag"], "turns": turns, "expect": expect, "group": group,
            "template": "%s:%s%d" % (name, lang, variant), "lang": lang_tag, "traits": traits}
    meta = {"ref": spec["ref"], "present": present, "safe": extra, "text": text}
    return case, meta


def templates_of(group, lang):
    out = []
    for name, (g, _f, nzh, nen) in FAMILIES.items():
        if g == group:
            out += [(name, v) for v in range(nzh if lang == "zh" else nen)]
    return out


def generate():
    rng = random.Random(SEED)
    cases, metas, seen = [], [], set()
    for group in GROUP_ORDER:
        total, n_en, n_hant = GROUP_QUOTA[group]
        for lang, count in (("zh", total - n_en), ("en", n_en)):
            tpls = templates_of(group, lang)
            if len(tpls) > count:
                raise AssertionError("group %s/%s: %d templates > %d slots" % (group, lang, len(tpls), count))
            queue = []
            while len(queue) < count:
                cyc = list(tpls)
                rng.shuffle(cyc)
                queue += cyc
            queue = queue[:count]
            hant_idx = set(rng.sample(range(count), n_hant)) if lang == "zh" else set()
            for i, (name, v) in enumerate(queue):
                lang_tag = "en" if lang == "en" else ("zh-Hant" if i in hant_idx else "zh-Hans")
                for _attempt in range(60):
                    case, meta = build_case(name, v, lang_tag, rng, vary=_attempt >= 20)
                    key = json.dumps(case["turns"], ensure_ascii=False)
                    if key not in seen:
                        break
                else:
                    raise AssertionError("could not make a fresh dialogue for %s:%d" % (name, v))
                seen.add(key)
                cases.append(case)
                metas.append(meta)
    order = list(range(len(cases)))
    rng.shuffle(order)
    cases = [cases[i] for i in order]
    metas = [metas[i] for i in order]
    for k, cs in enumerate(cases, 1):
        cs["id"] = "p19-%03d" % k
    body = "".join(json.dumps(cs, ensure_ascii=False) + "\n" for cs in cases)
    readme = make_readme(cases)
    return body.encode("utf-8"), readme.encode("utf-8"), cases, metas


AMBIGUOUS_NOTES = """\
- 第五条（一） a 2类 variety *entering* a phase: the text points 2类 only at the completion standard (一定比例), so
  no sum exists; such cases accept answered / ineligible / needs_info with amount null.  Completing a phase (1类 or 2类)
  is `unspecified`.
- 第五条（一） 每个企业每年 1亿元 cap on fixed per-variety awards: when it binds (a big-pharma pipeline, 2 cases at most)
  the amount is 1亿元 and `kind` is left unchecked (fixed awards under a ceiling could be read either way).
- 第五条（二） 定额一次性奖励 names no figure: `unspecified` (200万 is an enterprise-year cap, not the award).
- 第八条（二） and 第十二条（一） are plain rates (2‰) without 不超过/最高: kind `fixed`.
- 第十一条（二） 超过1亿美元 excludes exactly 1亿美元 (ineligible); 9,800万–9,990万美元 ineligible; 1.005亿+ qualifies.
  A deal still under negotiation accepts ineligible|needs_info; mixed USD+RMB totals expect needs_info.
- 第十二条（一） 5亿元（含） includes exactly 5亿; a firm that already exceeded 5亿 in earlier years is ineligible (首次).
- 第十二条（三） 首次突破: the previous year is always inside the tier just below the one crossed and no value equals a
  tier, so neither "exactly at 5000万" nor multi-tier jumps (cumulative vs highest tier) is tested; 1% below a tier
  with the previous year below it is ineligible.
- 第十三条 连续三年研发投入保持正增长 could mean three rising values or three growth steps: tables give four rising
  years, prose gives three rising values or the user's own statement that R&D grew three years running (slot
  `growth`); failures are always a drop in the latest year.  不足3000万 excludes exactly 3000万; 达1000万元以上
  includes exactly 1000万 (999万 fails).
- 第十一条（一） the base is 海外注册费 + 检测费 + 当地代理费; domestic clinical cost, plant upgrades and a grand total given
  beside the parts are excluded.
- 若干措施（七）（十二）（十三） name only a ceiling, which is the amount (`upper_bound`) whatever other figures are given.
- 从优不重复 (第十七条) is applied only where the user says it is the same project / same matter (a CDMO producing one
  project for an MAH: 第八条（一） second sentence vs 第十五条（一）; one revenue figure claimed as the same matter under
  第八条（二） and 第十二条（一）): the larger part is the amount.  Otherwise parts are summed.  No un-deduplicated sum is
  put in must_not_include (a correct answer may quote it while explaining).  No totals across the two documents are asked.
- Validity of 若干措施 (to 2028-12-31): applying in 2029/2030 accepts answered|ineligible with amount null; the
  sentence is outside the numbered measures, so those cases cite nothing.
- Government-run events, un-launched License-in products, a plan not to industrialise, unsigned License-out deals
  and a domestic firm asking for the 外资研发中心 incentive accept ineligible|needs_info.
- 第七条 / medical devices refer to other district policies not in the corpus: answered|needs_info|out_of_scope.
"""


def _table(rows, head):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def _count(items):
    d = {}
    for x in items:
        d[x] = d.get(x, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], str(kv[0])))


def make_readme(cases):
    n = len(cases)
    fams = sorted({cs["template"].split(":")[0] for cs in cases})
    tpls = sorted({cs["template"] for cs in cases})
    with_amt = sum(1 for cs in cases if cs["expect"].get("amount_yuan") is not None)
    L = []
    L.append("# p19 held-out evaluation set\n")
    L.append("`cases.jsonl`: %d cases, ids `p19-001` … `p19-%03d`, in the eval-case format of `/work/shared/CONTRACT.md` "
             "(`id`, `tag`, `turns`, `expect{status[], cite[[doc_id, article]], amount_yuan, kind, must_include, must_not_include}`), "
             "plus `group`, `template` (family:lang+variant), `lang` (`zh-Hans` / `zh-Hant` / `en`) and `traits`; the harness "
             "ignores the extra fields.\n" % (n, n))
    L.append("## How it was generated\n")
    L.append("- Written from `/work/shared/policies/*.txt` and `/work/shared/CONTRACT.md` only (plus the format conventions of "
             "probe-18's README); no implementation, corpus, tests or other evaluation set was read, and the assistant was not run.")
    L.append("- `make_cases.py` (Python stdlib only, `SEED = %d`) generates the set twice in-process and aborts unless both "
             "runs are byte-identical, then writes `cases.jsonl` and this README and runs a self-check." % SEED)
    L.append("- The top of `make_cases.py` quotes verbatim every clause whose figure (or lack of one) is used; each quote is "
             "asserted to occur in its policy text.  `READINGS` states the reading applied (base, rate, cap, tiers, thresholds, "
             "eligibility, 从优不重复, validity).")
    L.append("- Each template family is a slot sampler whose turn text is rendered from the slots; the expected amount is "
             "computed by reference functions `ref_*` from the same slot values (sums over items / provisions and 从优不重复 "
             "maxima via `ref_multi`).  No amount is typed by hand.  The self-check recomputes every amount twice: with "
             "the `ref_*` functions and with an independent re-implementation (`oracle`).")
    L.append("- Money is rendered in many surface forms: `600万`, `600万元`, `6,000,000元`, `6000000元`, `0.32亿`/`1.2亿元`, "
             "`1.2个亿`, full-width `６００万`, Chinese numerals (`六百万`, `两千三百万`, `三亿二千万`), mixed `3亿2千万` / "
             "`1千2百万` / `3亿2000万`, `3200w` / `3200W` / `3200个w`, `1.2kw`, `600万块(钱)`, spaced `6 000 000 元` / `600 万`, "
             "Traditional `萬` / `億` / `個億`, English `RMB 32 million`, `CNY 32m`, `¥32,000,000`, `32,000,000 yuan`, "
             "`RMB 32,000,000`, `RMB 1.2 billion`, `RMB 32,000k`, `RMB 3200万`; US-dollar contract totals as `1.2亿美元`, "
             "`12000万美元`, `一亿两千万美元`, `1.2亿刀`, `1.2亿美金`, `US$120 million`, `USD 120m`, `$120M`, "
             "`120 million US dollars`.  Every figure present in the text is parsed back by an independent parser "
             "(`parse_money`); generation aborts on a round-trip failure or when a money slot used by a reference "
             "function is absent from the text.")
    L.append("- Traditional-Chinese cases are Simplified templates passed through a character map (`TRAD`); English cases "
             "have their own templates.")
    L.append("- Each group fills its per-language quota from a shuffled queue of its (family, variant) templates, so every "
             "template is used before any is repeated with fresh slot values; duplicate dialogues are rejected; the list "
             "is shuffled with the seed and numbered.")
    L.append("- `amount_yuan` is null whenever several statuses are accepted (and `kind` is then omitted), for needs_info, "
             "ineligible, out_of_scope and no-figure clauses (`kind: unspecified` when answered); it is omitted (unchecked) "
             "for pure text lookups.  `must_include` holds `N万` only for Simplified-Chinese answered cases whose amount is "
             "a whole number of 万 below 1亿.  `must_not_include` holds a wrong figure (distractor cost in the base, "
             "‰ read as %, wrong rate of the neighbouring sentence, claimed rate, already-paid or other-year items, "
             "items taken back in the same message, two-year R&D total as base, counts ignored) only when it is not a substring of "
             "any policy text, any turn, any input figure (raw or normalised), any part amount or the right amount.\n")
    L.append("## Counts\n")
    L.append("Cases: **%d**. Distinct surface templates: **%d** in **%d** families. Cases with an expected amount: **%d**.\n"
             % (n, len(tpls), len(fams), with_amt))
    L.append("### By generation group\n")
    L.append(_table([(g, GROUP_MEANING[g], sum(1 for cs in cases if cs["group"] == g)) for g in GROUP_ORDER],
                    ["group", "meaning", "cases"]) + "\n")
    L.append("### By language\n")
    langs = ["zh-Hans", "zh-Hant", "en"]
    L.append(_table([(l, sum(1 for cs in cases if cs["lang"] == l)) for l in langs], ["lang", "cases"]) + "\n")
    L.append(_table([[g] + [sum(1 for cs in cases if cs["group"] == g and cs["lang"] == l) for l in langs] for g in GROUP_ORDER],
                    ["group"] + langs) + "\n")
    L.append("### By tag\n")
    L.append(_table(_count(cs["tag"] for cs in cases), ["tag", "cases"]) + "\n")
    L.append("### By accepted status set\n")
    L.append(_table(_count("|".join(cs["expect"]["status"]) for cs in cases), ["status", "cases"]) + "\n")
    acc = {s: sum(1 for cs in cases if s in cs["expect"]["status"]) for s in ["answered", "ineligible", "needs_info", "out_of_scope"]}
    L.append("Cases accepting each status: " + ", ".join("%s %d" % kv for kv in acc.items()) + ".\n")
    L.append(_table([[g] + [sum(1 for cs in cases if cs["group"] == g and cs["expect"]["status"] == [s])
                            for s in ["answered", "ineligible", "needs_info", "out_of_scope"]]
                     + [sum(1 for cs in cases if cs["group"] == g and len(cs["expect"]["status"]) > 1)] for g in GROUP_ORDER],
                    ["group", "answered", "ineligible", "needs_info", "out_of_scope", "several"]) + "\n")
    L.append("### By number of turns\n")
    L.append(_table(sorted(_count(len(cs["turns"]) for cs in cases)), ["turns", "cases"]) + "\n")
    L.append("### By expected kind\n")
    L.append(_table(_count(cs["expect"].get("kind", "(not checked)") for cs in cases), ["kind", "cases"]) + "\n")
    L.append("### Cited documents / articles\n")
    docs = _count(c2[0] for cs in cases for c2 in cs["expect"]["cite"])
    L.append(", ".join("%s %d" % kv for kv in docs) + "\n")
    L.append(_table(_count("%s %s" % (c2[0], c2[1]) for cs in cases for c2 in cs["expect"]["cite"]), ["article", "cases citing it"]) + "\n")
    L.append("### Template families\n")
    rows = []
    for name in FAMILIES:
        g, _f, nzh, nen = FAMILIES[name]
        rows.append((name, g, nzh, nen, sum(1 for cs in cases if cs["template"].split(":")[0] == name)))
    L.append(_table(rows, ["family", "group", "zh variants", "en variants", "cases"]) + "\n")
    L.append("### Traits\n")
    L.append(_table(_count(t for cs in cases for t in cs["traits"]), ["trait", "cases"]) + "\n")
    L.append("## Readings applied\n")
    L.append("```\n" + READINGS + "```\n")
    L.append("## Ambiguous clauses and the reading chosen\n")
    L.append(AMBIGUOUS_NOTES)
    return "\n".join(L)


# ---------------------------------------------------------------------------
# Independent re-implementation of the amounts (used only by the self-check).
# Returns (status, amount_or_None, kind_or_None); kind None = not comparable.
# ---------------------------------------------------------------------------
def oracle(name, kw):
    wan = 10 ** 4
    if name == "phase":
        per = {"I": 50, "II": 100, "III": 200}
        t = sum(per[s] * k for s, k in kw["items"]) * wan
        return ("answered", 10 ** 8, None) if t > 10 ** 8 else ("answered", t, "fixed")
    if name == "cert":
        per = {1: 1000, 2: 500, "imp": 1000}
        return "answered", sum(per[a] * k for a, k in kw["items"]) * wan, "upper_bound"
    if name == "vet":
        return "answered", sum({1: 300, 2: 200, 3: 100}[a] * k for a, k in kw["items"]) * wan, "upper_bound"
    if name == "entrust":
        return "answered", int(Fraction(sum(kw["amounts"]), 10)), "upper_bound"
    if name == "mahprod":
        return "answered", int(Fraction(kw["invest"], 5)), "upper_bound"
    if name == "sales":
        return "answered", int(Fraction(kw["rev"], 500)), "fixed"
    if name == "fda":
        return "answered", int(Fraction(3 * (kw["reg"] + kw["test"] + kw["agent"]), 10)), "upper_bound"
    if name == "licin":
        return ("answered", 100 * wan * kw["n"], "upper_bound") if kw.get("launched", True) else ("ineligible", None, None)
    if name == "licout":
        k = sum(n for usd, n in kw["contracts"] if usd > 10 ** 8)
        return ("answered", 50 * wan * k, "upper_bound") if k else ("ineligible", None, None)
    if name == "rev5":
        ok = kw["rev"] >= 5 * 10 ** 8 and kw.get("first", True)
        return ("answered", int(Fraction(kw["rev"], 500)), "fixed") if ok else ("ineligible", None, None)
    if name == "output":
        tiers = {5000 * wan: 20, 10 ** 8: 40, 5 * 10 ** 8: 200, 10 ** 9: 500, 2 * 10 ** 9: 1000}
        tot = 0
        for prev, cur in kw["items"]:
            hit = [a for t, a in tiers.items() if prev < t < cur]
            tot += max(hit) if hit else 0
        return ("answered", tot * wan, "fixed") if tot else ("ineligible", None, None)
    if name == "sme":
        rd = kw["rd"]
        ok = (kw["rev_prev"] < 3000 * wan and kw.get("years_used", 0) < 3 and kw.get("sme", True) and len(rd) >= 2
              and rd[-1] + rd[-2] >= 1000 * wan and sorted(set(rd)) == list(rd) and (len(rd) >= 3 or kw.get("growth")))
        return ("answered", int(Fraction(rd[-1], 10)), "upper_bound") if ok else ("ineligible", None, None)
    if name == "cro":
        if kw.get("years_used", 0) >= 3:
            return "ineligible", None, None
        return "answered", int(Fraction(kw["service"], 5)), "upper_bound"
    if name == "platform":
        return "answered", min(int(Fraction(3 * kw["invest"], 10)), 3000 * wan), "upper_bound"
    if name == "event":
        return ("answered", int(Fraction(kw["cost"], 5)), "upper_bound") if kw.get("market", True) else ("ineligible", None, None)
    if name == "ai26":
        return "answered", min(int(Fraction(3 * kw["invest"], 10)), 5000 * wan), "upper_bound"
    if name == "park26":
        return "answered", min(int(Fraction(kw["invest"], 2)), 3000 * wan), "upper_bound"
    if name == "const":
        return "answered", {"m26-7": 2000, "m26-12-rd": 1000, "m26-12-inst": 300, "m26-12-conf": 300,
                            "m26-13-first": 200, "m26-13-park": 300}[kw["rule"]] * wan, "upper_bound"
    if name == "unspec":
        return "answered", None, "unspecified"
    if name == "multi":
        subs = [oracle(a, b) for a, b in kw["items"]]
        if kw.get("mode", "sum") == "max":
            best = max(subs, key=lambda x: x[1])
            return "answered", best[1], best[2]
        kind = "upper_bound" if any(s[2] == "upper_bound" for s in subs) else "fixed"
        return "answered", sum(s[1] for s in subs), kind
    raise KeyError(name)


ARTICLE_RE = {DRAFT: re.compile(r"^第[一二三四五六七八九十]+条$"), M26: re.compile(r"^（[一二三四五六七八九十]+）$")}


def self_check(body, cases, metas):
    errors = []
    lines = body.decode("utf-8").splitlines()
    if len(lines) != 400:
        errors.append("expected 400 lines, got %d" % len(lines))
    file_cases = [json.loads(x) for x in lines]
    for k, (fc, cs, meta) in enumerate(zip(file_cases, cases, metas), 1):
        cid = "p19-%03d" % k
        if fc != cs or fc["id"] != cid:
            errors.append("%s: file/in-memory mismatch or bad id" % cid)
        e = fc["expect"]
        if set(e) - {"status", "cite", "amount_yuan", "kind", "must_include", "must_not_include"}:
            errors.append("%s: unknown expect keys" % cid)
        if not e["status"] or set(e["status"]) - STATUSES or len(set(e["status"])) != len(e["status"]):
            errors.append("%s: bad status %r" % (cid, e["status"]))
        for c2 in e["cite"]:
            if len(c2) != 2 or c2[0] not in ARTICLE_RE or not ARTICLE_RE[c2[0]].match(c2[1]):
                errors.append("%s: bad cite %r" % (cid, c2))
                continue
            probe = c2[1] if c2[0] == DRAFT else c2[1].replace("（", "(").replace("）", ")")
            if probe not in POLICY[c2[0]]:
                errors.append("%s: cited article %r not in %s" % (cid, c2[1], c2[0]))
        if "kind" in e and e["kind"] not in KINDS:
            errors.append("%s: bad kind" % cid)
        if len(e["status"]) > 1 and (e.get("amount_yuan", None) is not None or "kind" in e):
            errors.append("%s: several statuses but amount/kind set" % cid)
        if any(s in e["status"] for s in ("needs_info", "ineligible", "out_of_scope")) and e.get("amount_yuan") is not None:
            errors.append("%s: non-answer status with an amount" % cid)
        if e.get("kind") == "unspecified" and e.get("amount_yuan", None) is not None:
            errors.append("%s: unspecified with amount" % cid)
        # amount recomputation, twice
        if meta["ref"]:
            rname, kw = meta["ref"]
            r = REFS[rname](**kw)
            o = oracle(rname, kw)
            if (r["status"], r["amount"]) != (o[0], o[1]):
                errors.append("%s: ref %s %r != oracle %r" % (cid, rname, (r["status"], r["amount"]), o))
            if e["status"] == ["answered"] and "amount_yuan" in e:
                if e["amount_yuan"] != o[1]:
                    errors.append("%s: expected amount %r != recomputed %r" % (cid, e["amount_yuan"], o[1]))
                if o[2] is not None and e.get("kind") != o[2]:
                    errors.append("%s: expected kind %r != recomputed %r" % (cid, e.get("kind"), o[2]))
                if o[2] is None and "kind" in e:
                    errors.append("%s: capped amount should leave kind unchecked" % cid)
            elif r["status"] not in e["status"]:
                errors.append("%s: ref status %s not accepted" % (cid, r["status"]))
        elif isinstance(e.get("amount_yuan"), int):
            errors.append("%s: amount without a reference function" % cid)
        # money figures parse back
        text = "\n".join(fc["turns"])
        for surf, v, cur, _ in meta["present"]:
            if surf not in text or parse_money(surf) != (v, cur):
                errors.append("%s: money figure %r does not round-trip" % (cid, surf))
        # include / exclude strings
        amt = e.get("amount_yuan")
        want_mi = []
        if (fc["lang"] == "zh-Hans" and e["status"] == ["answered"] and isinstance(amt, int) and 0 < amt < Y and amt % W == 0):
            want_mi = [fmt_wan(amt)]
        if e["must_include"] != want_mi:
            errors.append("%s: must_include %r != %r" % (cid, e["must_include"], want_mi))
        for ws in e["must_not_include"]:
            if any(ws in POLICY[d] for d in POLICY) or ws in text or (isinstance(amt, int) and amt % W == 0 and ws in fmt_wan(amt)):
                errors.append("%s: must_not_include %r collides" % (cid, ws))
            if any(ws in s for v in meta["safe"] for s in value_forms(v)):
                errors.append("%s: must_not_include %r collides with an input/part" % (cid, ws))
        stripped = text
        for _a, _b in TRAD_PHRASES:
            stripped = stripped.replace(_b, "")
        if fc["lang"] == "zh-Hant" and any(ch in TRAD for ch in stripped):
            errors.append("%s: simplified characters left in a zh-Hant case" % cid)
        if fc["lang"] == "en" and re.search(r"[\u4e00-\u9fff]", text.replace("万", "")):
            errors.append("%s: Chinese text in an English case" % cid)
    # coverage
    tpls = {cs["template"] for cs in cases}
    all_tpls = {"%s:%s%d" % (n, l, v) for n, (g, f, nzh, nen) in FAMILIES.items() for l, k in (("zh", nzh), ("en", nen)) for v in range(k)}
    if all_tpls - tpls:
        errors.append("templates never used: %s" % sorted(all_tpls - tpls))
    if len(FAMILIES) < 80 or len(tpls) < 300:
        errors.append("coverage: %d families, %d templates" % (len(FAMILIES), len(tpls)))
    langs = _count(cs["lang"] for cs in cases)
    want = {"en": sum(q[1] for q in GROUP_QUOTA.values()), "zh-Hant": sum(q[2] for q in GROUP_QUOTA.values())}
    got = dict(langs)
    if got.get("en") != want["en"] or got.get("zh-Hant") != want["zh-Hant"]:
        errors.append("language quotas off: %r" % got)
    if len({json.dumps(cs["turns"], ensure_ascii=False) for cs in cases}) != len(cases):
        errors.append("duplicate dialogues")
    return errors


def main():
    b1, r1, cases, metas = generate()
    b2, r2, _c2, _m2 = generate()
    if b1 != b2 or r1 != r2:
        sys.exit("ABORT: two in-process generations differ (sha %s vs %s)" % (
            hashlib.sha256(b1).hexdigest()[:12], hashlib.sha256(b2).hexdigest()[:12]))
    with open(os.path.join(HERE, "cases.jsonl"), "wb") as fh:
        fh.write(b1)
    with open(os.path.join(HERE, "README.md"), "wb") as fh:
        fh.write(r1)
    with open(os.path.join(HERE, "cases.jsonl"), "rb") as fh:
        on_disk = fh.read()
    errors = self_check(on_disk, cases, metas)
    if errors:
        for e in errors[:60]:
            print("SELF-CHECK FAIL:", e)
        sys.exit("self-check failed with %d error(s)" % len(errors))
    n_amt = sum(1 for cs in cases if cs["expect"].get("amount_yuan") is not None)
    print("wrote %d cases (sha256 %s), %d with amounts; deterministic; self-check passed" % (
        len(cases), hashlib.sha256(b1).hexdigest()[:16], n_amt))


if __name__ == "__main__":
    main()
