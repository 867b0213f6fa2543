#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent held-out evaluation set "probe12" for the Chinese policy QA assistant.

Written from /work/shared/CONTRACT.md and the two policy texts in
/work/shared/policies/ only.  Python stdlib only; deterministic (SEED below).

    python3 make_cases.py            # writes cases.jsonl + README.md next to this file
    python3 make_cases.py --check    # also runs the self-checks and prints a summary
"""
# =============================================================================
# 1. FIGURE-BEARING CLAUSES (quoted verbatim) AND THE READING USED HERE
# =============================================================================
# Doc ids (CONTRACT.md):
#   D = "changping-zone-draft"  中国（北京）自贸试验区科技创新片区昌平组团促进医药健康产业发展
#                               支持办法（修订稿）（征求意见稿） -- draft for comment, NOT in force.
#   M = "changping-2026-2028"   关于支持昌平区医药健康产业高质量发展的若干措施(2026-2028年)
#                               -- "时间:2026-02-04"; "印发之日起施行,有效期至2028年12月31日".
#   For M the numbered measure "(五)" is the article; checkers treat （五）/(五) alike.  This
#   file always writes full-width brackets: "（五）".
#
# ---- D 第五条 支持新药临床研发 -------------------------------------------------------------
# 第五条（一）"1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，每个品种分别给予
#   50万元、100万元、200万元的奖励；完成Ⅰ期、Ⅱ期、Ⅲ期临床试验，结合实际临床研发投入，每个品种分
#   别给予一定比例的资金支持。经认定的2类生物制品、2类化学药和2类中药可参照1类生物制品、1类化学药
#   和1类中药完成相应临床阶段的标准给予支持。每个企业每年支持金额不超过1亿元。"
#   Reading: *entering* a phase = a named sum per variety -> kind "fixed", amount = sum over
#   varieties (Ⅰ 50万 / Ⅱ 100万 / Ⅲ 200万).  *Completing* a phase = 一定比例 of actual clinical
#   R&D spend -> kind "unspecified", amount null, whatever spend is quoted.  2类 are referred
#   only to the *completion* standard ("完成相应临床阶段的标准") -> a 2类 drug merely *entering* a
#   phase gets no fixed award: expect ["ineligible","answered"] with amount null.
#   Cap scope: per enterprise per year, over all 第五条（一） money; when it binds the amount is
#   the 1亿 ceiling -> kind "upper_bound".
# 第五条（二）"对在细胞与基因治疗等前沿领域开展非注册性临床试验的，每个品种给予定额一次性奖励，每个
#   企业每年支持金额不超过200万元。"
#   Reading: 定额 with no number -> kind "unspecified", amount null (200万 is only the
#   per-enterprise-per-year ceiling, not a per-variety figure).
#
# ---- D 第六条 支持新药申报上市 -------------------------------------------------------------
# 第六条（一）"对获得药品注册证书且实施产业化的1类生物制品、1类化学药和1类中药，单品种给予最高1000
#   万元资金支持。经认定，2类生物制品、2类化学药和2类中药，单品种择优给予最高500万元资金支持。经认
#   定，重大改良型新药、首仿药等可参照1类生物制品、1类化学药和1类中药予以支持。"
#   Reading: per variety, upper_bound: 1类 1000万; 2类 500万; 重大改良型新药/首仿药 1000万
#   (only when the user calls it 重大改良型新药 or 首仿药; a plain "2类化学药" stays 500万).
#   Condition: 注册证书 obtained AND 实施产业化; a user who says they will not industrialise
#   (e.g. only out-license the certificate) -> ineligible.
# 第六条（二）"对获得一、二、三类新兽药注册证书且实施产业化的动物药，经认定单品种分别给予最高300万
#   元、200万元、100万元资金支持。"
#   Reading: per variety upper_bound 300万 / 200万 / 100万 for 一/二/三类新兽药.
#
# ---- D 第八条 支持产品委托生产和销售 ---------------------------------------------------------
# 第八条（一）"对委托医药健康企业生产其所持有或拟申报上市产品的企业，按照不超过该品种实际交易额的10%
#   给予资金支持。对医药健康企业按照药品上市许可持有人制度承担生产的，按照不超过实际投入金额的20%给
#   予资金支持。"
#   Reading: MAH that entrusts production: upper_bound 10% x *actual transaction amount* of that
#   variety (not the contract value if a different actual figure is given); contract
#   manufacturer: upper_bound 20% x actual investment.  No cap.
# 第八条（二）"支持设立医药健康销售平台型企业，按照年度销售收入的2‰给予资金支持。"
#   Reading: 2‰ x annual sales revenue; no 不超过/最高 -> kind "fixed".  No cap.
#
# ---- D 第十一条 支持提升国际化水平 ----------------------------------------------------------
# 第十一条（一）"对新获得美国食品药品监督管理局（FDA）、欧盟药品管理局（EMA）等国际权威机构认证的药
#   品，按照不超过实际注册费用（含海外注册费、检测费、当地代理费）的30%给予资金支持。"
#   Reading: upper_bound 30% x (海外注册费 + 检测费 + 当地代理费).  Cases only quote those three
#   fee kinds (plus non-fee distractors), so the open-endedness of 含 is never tested.
# 第十一条（二）"支持医药健康企业通过License-in等方式从国外引进先进技术到本土产业化，产品上市后，单品种
#   给予最高100万元资金支持。支持医药健康企业通过License-out等方式与跨国龙头企业开展合作，合同总额超过
#   1亿美元的，合同签订后，单品种给予最高50万元资金支持。"
#   Reading: License-in: per variety upper_bound 100万, only after launch (not launched ->
#   ["ineligible","needs_info"]).  License-out: contract total strictly > 1亿美元 (exactly
#   1亿美元 is not 超过 -> ineligible), after signing; per variety upper_bound 50万.
#
# ---- D 第十二条 支持企业扩能升级 ------------------------------------------------------------
# 第十二条（一）"对年度主营业务收入首次突破5亿元（含）以上的医药健康企业，按照主营业务收入的2‰给予资
#   金支持。"
#   Reading: first year with main-business revenue >= 5亿 (5亿 itself counts: （含）) -> 2‰ x
#   that revenue, kind "fixed".  Not the first such year, or < 5亿 -> ineligible.
# 第十二条（二）"…可给予实际获得专项资金一定比例的配套支持。" -> unspecified.
# 第十二条（三）"对单品种年产值首次突破5000万元、1亿元、5亿元、10亿元、20亿元的医药健康企业，分别给予
#   20万元、40万元、200万元、500万元、1000万元的奖励。"
#   Reading: per variety, fixed; the tier is the threshold crossed for the first time.  Cases
#   are built so that exactly ONE threshold is newly crossed (previous best <= T < this year,
#   next threshold not reached), and never sit exactly on a threshold (突破 = exceed).  A jump
#   over two thresholds in one year is genuinely ambiguous (highest tier only vs cumulative) and
#   is not used for amount cases.
#
# ---- D 第十三条 支持企业研发创新 ------------------------------------------------------------
# 第十三条"对上一年度营业收入不足3000万元、上两年研发投入总额达1000万元以上、连续三年研发投入保持正
#   增长的中小微企业，按照不超过上一年度研发投入的10%给予资金支持，累计支持不超过三年。"
#   Reading: conditions: last-year revenue < 3000万 (exactly 3000万 fails 不足); R&D of the last
#   two years summed >= 1000万 (以上 includes 本数); R&D grew each of three consecutive years;
#   中小微企业; fewer than three years already supported.  Amount: upper_bound 10% x last
#   year's R&D.
#
# ---- D 第十五条 布局关键服务平台 ------------------------------------------------------------
# 第十五条（一）"支持CRO、CDMO、CMO等合同外包服务机构发展，经评审后，按照不超过年度实际服务金额的20%
#   给予资金支持，累计支持不超过三年。"
#   Reading: upper_bound 20% x actual annual service amount; already supported 3 years ->
#   ineligible.  (CONTRACT example: 600万 -> 120万 upper_bound.)
# 第十五条（二）"…共享服务平台，经认定后，可按照不超过平台建设实际投入的30%给予最高3000万元资金支持。
#   对已投入运营的共享服务平台，…择优给予一定的资金奖励。"
#   Reading: per platform upper_bound min(30% x actual build investment, 3000万); the
#   operating-platform award is unspecified.
#
# ---- D 第十六条（三）-------------------------------------------------------------------------
# "对于市场化主体举办的高品质活动，经认定后，可按照不超过活动实际发生费用的20%予以资金支持。…对获得国
#   家或市、区级认定的可给予一定比例运营补贴"
#   Reading: events upper_bound 20% x actual cost (no cap); alliance subsidy unspecified.
#
# ---- D 第十七条 / 第十八条 ---------------------------------------------------------------------
# 第十七条"同一项目、同一事项同时符合本办法多项条款或昌平区其他扶持政策的，按照"从优不重复"原则予以
#   支持。…符合北京市市级其他扶持政策规定的，可申请同时享受市、区两级政策支持"
#   Reading: combine() takes the larger part for parts the question itself declares to be the
#   same project/matter; different varieties / different projects are summed.  Cross-document
#   same-matter stacking (is M a 市级 policy?) is not tested.
# 第十八条 interpretation by 北京未来科学城管理委员会（北京中关村生命科学园管理委员会）; in force from
#   publication; repeals 昌政办发〔2023〕13号.
#
# ---- D provisions with support but no figure (kind "unspecified") -----------------------------
# 第四条（一）"每年定额安排概念验证资金"; 第四条（二）"每个项目给予一定资金支持"; 第九条 "可给予资金支持";
# 第十条 "固定资产实际投资额（除房产、土地外）的一定比例分阶段"; 第十四条（三）"损失本金部分的一定比
# 例"; 第七条 / 第十四条（二）refer to other 昌平区 policies that are not in the corpus.
#
# ---- M (2026-2028) ---------------------------------------------------------------------------
# （五）"对符合条件、示范性强的项目给予不超过项目工程投资总额30%、最高5000万元的资金支持。"
#   Reading: per project upper_bound min(30% x 工程投资总额, 5000万).  When a question gives both
#   项目总投资 and 工程投资, the 工程投资 figure is the base.
# （七）"支持科技服务业企业效能提升，对于符合条件的，按照规定给予不超过2000万元资金支持。"
#   Reading: upper_bound 2000万, no rate -> inputs do not change the figure.
# （十一）"…对于符合条件的，按照规定给予不超过项目投资总额50%、最高3000万元的资金支持。"
#   Reading: per project upper_bound min(50% x 项目投资总额, 3000万).
# （十二）外资研发中心 "根据研发投入增长情况给予不超过1000万元"; 国际科研机构 "不超过300万元";
#   高水平国际学术研讨会议 "不超过300万元".  Reading: three separate ceilings, upper_bound.
#   A purely domestic enterprise asking for the 外资研发中心 incentive -> ineligible.
# （十三）技术成果首次海外应用/海外研发中心 "不超过200万元"; 海外科技园区/孵化器/创新中心或跨国(境)
#   技术转移 "分档给予不超过300万元".  Reading: ceilings 200万 / 300万, upper_bound.
# （一）（四）（九）（十四）: 资金支持 / 市级算力券 / 相应资金支持 with no figure -> unspecified.
# Validity: M in force from 印发 (published 2026-02-04) to 2028-12-31; D is a 征求意见稿.
#
# ---- Approximate figures (约/大概/将近/左右/差不多) ---------------------------------------------
#   If the approximate figure changes the amount -> expect ["needs_info","answered"] with
#   amount_yuan null: the assistant should ask for the exact figure, or explain the rule without
#   stating an amount.  If the figure cannot change the result (the cap binds for any value in
#   the stated range, or the tier is stated explicitly) -> ["answered"] with the amount.
#   "将近5亿" for the 5亿 revenue threshold means *below* 5亿 -> ["ineligible","needs_info"].
# =============================================================================

import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict
from fractions import Fraction

SEED = 20261203
HERE = os.path.dirname(os.path.abspath(__file__))
POLICY_DIR = "/work/shared/policies"
D = "changping-zone-draft"
M = "changping-2026-2028"
WAN = 10_000
YI = 100_000_000

# =============================================================================
# 2. NUMBER RENDERING
# =============================================================================
DIG = "零一二三四五六七八九"


def dec(n, unit):
    """Exact decimal string of n/unit with at most 4 decimals, else None."""
    f = Fraction(n, unit)
    for d in range(5):
        v = f * 10 ** d
        if v.denominator == 1:
            s = str(v.numerator)
            if d:
                s = s.rjust(d + 1, "0")
                s = s[:-d] + "." + s[-d:]
            return s
    return None


def _cn4(n, leading, liang):
    """0 < n < 10000 in Chinese numerals.  leading: the section starts the number."""
    out = []
    started = False
    pending_zero = False
    for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // u % 10
        if d == 0:
            if started:
                pending_zero = True
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        if u == 10 and d == 1 and leading and not started:
            ch = ""
        elif d == 2 and liang and not started and u in (1000, 100):
            ch = "两"
        else:
            ch = DIG[d]
        out.append(ch + name)
        started = True
    return "".join(out)


def cn_amount(n, liang=False):
    """Integer -> Chinese numerals, e.g. 125000000 -> 一亿二千五百万."""
    assert n > 0
    yi, rest = divmod(n, YI)
    wan, ge = divmod(rest, WAN)
    s = ""
    if yi:
        s += (("两" if yi == 2 and liang else _cn4(yi, True, liang))) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += ("两" if wan == 2 and liang and not yi else _cn4(wan, not yi, liang)) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            s += "零"
        s += _cn4(ge, not (yi or wan), liang)
    return s


def mixed_amount(n):
    """3亿2千万 / 1千2百5十万 style, or None if not expressible cleanly."""
    if n % WAN:
        return None
    yi, w = divmod(n // WAN, 10000)
    s = f"{yi}亿" if yi else ""
    if w:
        digits = []
        for u, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digits.append((w // u % 10, name))
        # strip leading / trailing zeros; refuse internal zeros
        nz = [i for i, (d, _) in enumerate(digits) if d]
        seg = digits[nz[0]:nz[-1] + 1]
        if any(d == 0 for d, _ in seg):
            return None
        if yi and nz[0] != 0:
            return None  # 1亿零5百万 style is avoided
        s += "".join(f"{d}{name}" for d, name in seg) + "万"
    if not s:
        return None
    if yi and not w:
        return None  # plain "3亿" is the 'yi' style, not mixed
    if not yi and len([1 for d, _ in digits if d]) < 2:
        return None  # "2千万" alone is fine but keep mixed for multi-digit
    return s


ZH_STYLES = ["wan", "wanyuan", "wanyuan", "comma", "plain", "w", "yi", "geyi", "cn", "mixed"]
ZHT_STYLES = ["wan", "wanyuan", "comma", "cn", "yi"]
EN_STYLES = ["m", "cny", "yuan_m", "yen"]
T_MAP = str.maketrans({"万": "萬", "亿": "億", "两": "兩", "个": "個", "千": "千"})


def money(rng, n, lang="zh", style=None, yuan=None):
    """Render n yuan.  Returns (text, style)."""
    if lang == "en":
        styles = [style] if style else list(EN_STYLES)
        rng.shuffle(styles)
        for st in styles:
            if st == "m" and dec(n, 1_000_000):
                return f"RMB {dec(n, 1_000_000)} million", st
            if st == "cny":
                return f"CNY {n:,}", st
            if st == "yuan_m" and dec(n, 1_000_000):
                return f"{dec(n, 1_000_000)}m yuan", st
            if st == "yen":
                return f"¥{n:,}", st
        return f"CNY {n:,}", "cny"
    pool = [style] if style else list(ZH_STYLES if lang == "zh" else ZHT_STYLES)
    rng.shuffle(pool)
    pool += ["wanyuan", "comma"]
    for st in pool:
        txt = None
        if st == "wan" and dec(n, WAN):
            txt = dec(n, WAN) + "万"
        elif st == "wanyuan" and dec(n, WAN):
            txt = dec(n, WAN) + "万元"
        elif st == "comma":
            txt = f"{n:,}元"
        elif st == "plain":
            txt = f"{n}元"
        elif st == "w" and dec(n, WAN) and n < YI:
            txt = dec(n, WAN) + rng.choice(["w", "W"])
        elif st == "yi" and n >= 10_000_000 and dec(n, YI) and len(dec(n, YI)) <= 6:
            txt = dec(n, YI) + rng.choice(["亿", "亿元"])
        elif st == "geyi" and 10_000_000 <= n < 10 * YI and dec(n, YI) and len(dec(n, YI)) <= 6:
            txt = dec(n, YI) + "个亿"
        elif st == "cn" and n % WAN == 0:
            txt = cn_amount(n, liang=rng.random() < 0.5) + rng.choice(["", "元"])
        elif st == "mixed" and n >= 1_000_000 and mixed_amount(n):
            txt = mixed_amount(n) + rng.choice(["", "元"])
        if txt:
            if lang == "zht":
                txt = txt.translate(T_MAP)
            return txt, st
    raise AssertionError(n)


def usd(rng, n, lang="zh"):
    if lang == "en":
        return rng.choice([f"US${dec(n, 1_000_000)} million", f"USD {n:,}",
                           f"${dec(n, 1_000_000)}m"]), "usd_en"
    opts = []
    if dec(n, YI):
        opts.append((dec(n, YI) + "亿美元", "usd_yi"))
    if dec(n, WAN):
        opts.append((dec(n, WAN) + "万美元", "usd_wan"))
    if n % WAN == 0:
        opts.append((cn_amount(n) + "美元", "usd_cn"))
    txt, st = rng.choice(opts)
    if lang == "zht":
        txt = txt.translate(T_MAP)
    return txt, st


STAGE_ZH = {"I": ["Ⅰ期", "I期", "一期", "1期"], "II": ["Ⅱ期", "II期", "二期", "2期"],
            "III": ["Ⅲ期", "III期", "三期", "3期"]}
STAGE_EN = {"I": "Phase I", "II": "Phase II", "III": "Phase III"}
EN_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
ZH_CNT = {1: ["1个", "一个"], 2: ["2个", "两个"], 3: ["3个", "三个"], 4: ["4个", "四个"],
          5: ["5个", "五个"], 6: ["6个", "六个"]}


def cnt(rng, n, lang="zh"):
    if lang == "en":
        return EN_NUM.get(n, str(n))
    s = rng.choice(ZH_CNT.get(n, [f"{n}个"]))
    return s.translate(T_MAP) if lang == "zht" else s


def to_trad(s):
    """Tiny simplified->traditional map, used only for rendered slot values."""
    table = {"药": "藥", "类": "類", "制": "製", "种": "種", "万": "萬", "亿": "億", "个": "個",
             "验": "驗", "试": "試", "临": "臨", "床": "床", "进": "進", "两": "兩", "产": "產",
             "业": "業", "务": "務", "费": "費", "检": "檢", "测": "測", "册": "冊", "仿": "仿",
             "证": "證", "发": "發", "项": "項", "营": "營", "额": "額", "实": "實", "际": "際",
             "兽": "獸", "动": "動", "物": "物", "学": "學", "化": "化", "生": "生", "剂": "劑",
             "台": "臺", "孵": "孵", "转": "轉", "样": "樣", "设": "設", "备": "備", "诊": "診",
             "断": "斷", "疗": "療", "辅": "輔", "场": "場", "景": "景", "机": "機", "构": "構",
             "会": "會", "议": "議", "术": "術", "园": "園", "区": "區", "运": "運", "国": "國",
             "标": "標", "杆": "桿", "细": "細", "讨": "討", "论": "論", "坛": "壇", "赛": "賽", "对": "對",
             "资": "資", "创": "創", "筛": "篩", "选": "選", "医": "醫", "级": "級", "库": "庫", "联": "聯",
             "齐": "齊", "疫": "疫", "苗": "苗", "宠": "寵", "药": "藥", "团": "團"}
    return "".join(table.get(c, c) for c in s)


# =============================================================================
# 3. DISTRACTORS, OPENERS
# =============================================================================
CITIES = ["苏州工业园", "上海张江", "杭州医药港", "深圳坪山", "成都天府国际生物城", "武汉光谷",
          "南京江北新区", "广州国际生物岛", "天津滨海", "亦庄"]


def distractor_zh(rng, forbid=(), used=None):
    """One irrelevant sentence with numbers.  forbid: kinds not to use; used: a set shared per case
    so that one case never gets two sentences of the same kind (no contradictions)."""
    v = lambda lo, hi, step=1: rng.randrange(lo, hi, step)
    m = lambda n: money(rng, n)[0]
    cands = [
        ("year", lambda: f"公司是{v(2006, 2022)}年成立的"),
        ("staff", lambda: f"现在员工{v(35, 900)}人左右"),
        ("team", lambda: f"我们研发团队{v(12, 300)}个人"),
        ("capital", lambda: f"注册资本{m(v(500, 20000, 100) * WAN)}"),
        ("area", lambda: f"在生命科学园租了{v(800, 12000, 50)}平米的办公和实验室"),
        ("award", lambda: f"之前在{rng.choice(CITIES)}拿过{m(v(50, 800, 10) * WAN)}的落地奖励"),
        ("talent", lambda: f"去年还拿了{rng.choice(CITIES)}的人才补贴{m(v(20, 300, 10) * WAN)}"),
        ("loan", lambda: f"刚从银行贷了{m(v(1000, 50000, 500) * WAN)}"),
        ("credit", lambda: f"账上还有{m(v(300, 9000, 100) * WAN)}的授信没用"),
        ("finance", lambda: f"{rng.choice(['A轮', 'B轮', 'C轮', 'Pre-IPO轮'])}融了{m(v(3000, 90000, 1000) * WAN)}"),
        ("patent", lambda: f"手上有{v(5, 120)}项发明专利"),
        ("ipo", lambda: f"计划{v(2027, 2031)}年去科创板上市"),
        ("boss", lambda: f"老板是{v(2008, 2020)}年从美国回来的"),
        ("valuation", lambda: f"公司估值差不多{m(v(5, 80) * YI)}"),
        ("rent", lambda: f"房租一年{m(v(100, 1500, 10) * WAN)}"),
        ("shareholder", lambda: f"股东有{v(3, 25)}家"),
    ]
    used = set() if used is None else used
    cands = [c for c in cands if c[0] not in forbid and c[0] not in used]
    kind, f = rng.choice(cands)
    used.add(kind)
    return f()


OPEN_ZH = ["", "", "", "你好，", "您好，", "老师好，", "请问一下，", "hi，", "麻烦问下，", "打扰一下，",
           "在吗？", "急！", "咨询个事：", "我是企业财务，", "我是帮老板问的，", "我们是昌平的一家药企，",
           "我在一家生物医药公司做政府事务，", "Hello，", "咨询：", "小白求问，"]
CLOSE_ZH = ["", "", "", "谢谢！", "多谢", "麻烦尽快回复", "在线等", "🙏", "谢谢老师", "感谢！"]
OPEN_ZHT = ["", "您好，", "請問一下，", "不好意思打擾，", "想請教，"]
CLOSE_ZHT = ["", "謝謝！", "感謝", "麻煩了"]
OPEN_EN = ["", "Hi, ", "Hello — ", "Quick question: ", "Sorry to bother, "]
CLOSE_EN = ["", " Thanks!", " Thank you.", " Appreciate it."]


def pre_zh(rng, k, forbid=(), used=None):
    used = set() if used is None else used
    parts = [distractor_zh(rng, forbid, used) for _ in range(k)]
    s = rng.choice(OPEN_ZH)
    if parts:
        s += "，".join(parts) + "。"
    return s


def pre_zht(rng, k, forbid=()):
    s = rng.choice(OPEN_ZHT)
    opts = [f"公司成立於{rng.randrange(2008, 2021)}年", f"員工約{rng.randrange(40, 600)}人",
            f"註冊資本{rng.randrange(1, 50) * 1000}萬元", f"辦公面積{rng.randrange(800, 6000, 100)}平方米",
            f"曾在{rng.choice(['蘇州', '上海', '深圳', '杭州'])}獲得{rng.randrange(50, 500, 10)}萬元落地獎勵"]
    rng.shuffle(opts)
    if k:
        s += "，".join(opts[:k]) + "。"
    return s


def pre_en(rng, k, forbid=()):
    s = rng.choice(OPEN_EN)
    opts = [f"We were founded in {rng.randrange(2008, 2021)}", f"we have about {rng.randrange(40, 600)} staff",
            f"our registered capital is RMB {rng.randrange(10, 300)} million",
            f"we rent {rng.randrange(800, 6000, 100)} m² in Life Science Park",
            f"we got a RMB {rng.randrange(1, 9)} million grant from Suzhou last year"]
    rng.shuffle(opts)
    if k:
        body = "; ".join(opts[:k]) + ". "
        s += body[0].lower() + body[1:] if s else body[0].upper() + body[1:]
    return s


APPROX_PRE = ["约", "大概", "将近", "差不多", "大约", "估计"]
APPROX_POST = ["左右", "上下"]


def approx(rng, txt):
    if rng.random() < 0.7:
        return rng.choice(APPROX_PRE) + txt, "approx"
    return txt + rng.choice(APPROX_POST), "approx"


# =============================================================================
# 4. REFERENCE FUNCTIONS (every expected amount comes from one of these)
# =============================================================================
class Ineligible(Exception):
    def __init__(self, cite, why):
        super().__init__(why)
        self.cite = cite
        self.why = why


def part(rule, amount, kind, cite):
    return {"rule": rule, "amount": amount, "kind": kind, "cite": list(cite)}


def pct(x, num, den):
    assert (x * num) % den == 0, (x, num, den)
    return x * num // den


A5, A6, A8, A11, A12, A13, A15, A16 = ((D, a) for a in (
    "第五条", "第六条", "第八条", "第十一条", "第十二条", "第十三条", "第十五条", "第十六条"))
M5, M7, M11, M12, M13 = ((M, a) for a in ("（五）", "（七）", "（十一）", "（十二）", "（十三）"))

D5_ENTRY = {"I": 50 * WAN, "II": 100 * WAN, "III": 200 * WAN}


def ref_d5_entry(items, cls=1):
    """第五条（一） entering a phase. items: [(stage, n_varieties)]; per enterprise-year cap 1亿."""
    if cls != 1:
        raise Ineligible(A5, "2类仅参照完成相应临床阶段的标准，进入阶段无定额奖励")
    total = sum(D5_ENTRY[s] * n for s, n in items)
    if total > 1 * YI:
        return part("d5_entry", 1 * YI, "upper_bound", [A5])
    return part("d5_entry", total, "fixed", [A5])


def ref_d5_complete():
    return part("d5_complete", None, "unspecified", [A5])


def ref_d5_nonreg():
    return part("d5_nonreg", None, "unspecified", [A5])


D6_REG = {"1": 1000 * WAN, "2": 500 * WAN, "gaiLiang": 1000 * WAN, "shouFang": 1000 * WAN}


def ref_d6_reg(cls, n=1, industrialised=True):
    if not industrialised:
        raise Ineligible(A6, "须获得注册证书且实施产业化")
    return part("d6_reg", D6_REG[cls] * n, "upper_bound", [A6])


D6_VET = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}


def ref_d6_vet(cls, n=1):
    return part("d6_vet", D6_VET[cls] * n, "upper_bound", [A6])


def ref_d8_entrust(actual_tx):
    return part("d8_entrust", pct(actual_tx, 10, 100), "upper_bound", [A8])


def ref_d8_cmo(actual_inv):
    return part("d8_cmo", pct(actual_inv, 20, 100), "upper_bound", [A8])


def ref_d8_sales(sales):
    return part("d8_sales", pct(sales, 2, 1000), "fixed", [A8])


def ref_d11_intl(reg_fee, test_fee, agent_fee):
    return part("d11_intl", pct(reg_fee + test_fee + agent_fee, 30, 100), "upper_bound", [A11])


def ref_d11_lic_in(n=1, launched=True):
    if not launched:
        raise Ineligible(A11, "License-in须产品上市后")
    return part("d11_lic_in", 100 * WAN * n, "upper_bound", [A11])


def ref_d11_lic_out(contract_usd, n=1, signed=True):
    if contract_usd <= 1 * YI:
        raise Ineligible(A11, "License-out合同总额须超过1亿美元")
    if not signed:
        raise Ineligible(A11, "须合同签订后")
    return part("d11_lic_out", 50 * WAN * n, "upper_bound", [A11])


def ref_d12_rev(rev, first=True):
    if rev < 5 * YI:
        raise Ineligible(A12, "主营业务收入须首次突破5亿元（含）")
    if not first:
        raise Ineligible(A12, "须为首次突破5亿元")
    return part("d12_rev", pct(rev, 2, 1000), "fixed", [A12])


D12_TIERS = [(5000 * WAN, 20 * WAN), (1 * YI, 40 * WAN), (5 * YI, 200 * WAN),
             (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]


def d12_new_tiers(prev_best, cur):
    return [(t, r) for t, r in D12_TIERS if prev_best <= t < cur]


def ref_d12_output(prev_best, cur):
    """第十二条（三）: per variety; exactly one threshold must be crossed for the first time."""
    new = d12_new_tiers(prev_best, cur)
    if not new:
        raise Ineligible(A12, "未首次突破新的产值档位")
    assert len(new) == 1, "ambiguous multi-tier jump must not be generated"
    assert all(cur != t and prev_best != t for t, _ in D12_TIERS)
    return part("d12_output", new[0][1], "fixed", [A12])


def ref_d13(rev_last, rd_last, rd_prev, growth3=True, sme=True, years_done=0):
    if not sme:
        raise Ineligible(A13, "限中小微企业")
    if rev_last >= 3000 * WAN:
        raise Ineligible(A13, "上一年度营业收入须不足3000万元")
    if rd_last + rd_prev < 1000 * WAN:
        raise Ineligible(A13, "上两年研发投入总额须达1000万元以上")
    if not growth3:
        raise Ineligible(A13, "须连续三年研发投入正增长")
    if years_done >= 3:
        raise Ineligible(A13, "累计支持不超过三年")
    return part("d13", pct(rd_last, 10, 100), "upper_bound", [A13])


def ref_d15_cro(service, years_done=0):
    if years_done >= 3:
        raise Ineligible(A15, "累计支持不超过三年")
    return part("d15_cro", pct(service, 20, 100), "upper_bound", [A15])


def ref_d15_platform(actual_inv):
    return part("d15_platform", min(pct(actual_inv, 30, 100), 3000 * WAN), "upper_bound", [A15])


def ref_d16_event(actual_cost):
    return part("d16_event", pct(actual_cost, 20, 100), "upper_bound", [A16])


def ref_m5_ai(eng_inv):
    return part("m5_ai", min(pct(eng_inv, 30, 100), 5000 * WAN), "upper_bound", [M5])


def ref_m7_service():
    return part("m7_service", 2000 * WAN, "upper_bound", [M7])


def ref_m11_park(total_inv):
    return part("m11_park", min(pct(total_inv, 50, 100), 3000 * WAN), "upper_bound", [M11])


M12_CAPS = {"rd_center": 1000 * WAN, "institute": 300 * WAN, "conference": 300 * WAN}


def ref_m12(kind, domestic=False):
    if kind == "rd_center" and domestic:
        raise Ineligible(M12, "外资研发中心研发激励计划面向外资企业")
    return part("m12_" + kind, M12_CAPS[kind], "upper_bound", [M12])


M13_CAPS = {"overseas_app": 200 * WAN, "overseas_platform": 300 * WAN}


def ref_m13(kind):
    return part("m13_" + kind, M13_CAPS[kind], "upper_bound", [M13])


def combine(parts, same_matter=()):
    """Sum parts; each group in same_matter (tuples of indexes) is one matter -> 从优不重复 (max)."""
    grouped = set()
    chosen = []
    for g in same_matter:
        grouped.update(g)
        chosen.append(max((parts[i] for i in g), key=lambda p: p["amount"]))
    chosen += [p for i, p in enumerate(parts) if i not in grouped]
    amount = sum(p["amount"] for p in chosen)
    kind = "upper_bound" if any(p["kind"] == "upper_bound" for p in chosen) else "fixed"
    cite = []
    for p in parts:
        for c in p["cite"]:
            if c not in cite:
                cite.append(c)
    return {"rule": "+".join(p["rule"] for p in parts), "amount": amount, "kind": kind,
            "cite": cite, "parts": parts}


# =============================================================================
# 5. CASE BUILDER
# =============================================================================
CASES = []
TEMPLATE_IDS = Counter()
SEEN = set()  # surfaces already emitted


def must_include_for(status, amount, kind):
    if status == ["answered"] and amount is not None and amount % WAN == 0 and amount < YI:
        return [f"{amount // WAN}万"]
    return []


def add(bucket, tag, turns, status, cite, amount=None, kind=None, traits=(), tpl=None,
        must_not=()):
    if status != ["answered"]:
        amount = None
    exp = {"status": list(status), "cite": [list(c) for c in cite], "amount_yuan": amount,
           "kind": kind, "must_include": must_include_for(status, amount, kind),
           "must_not_include": list(must_not)}
    tr = sorted(set(traits) | {f"turns:{len(turns)}"})
    CASES.append({"tag": tag, "turns": turns, "expect": exp, "traits": tr,
                  "template": tpl, "bucket": bucket})
    TEMPLATE_IDS[tpl] += 1


class Ctx:
    """Per-case rendering context: rng, language, and collected traits."""

    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.traits = set()
        self.used = set()  # distractor kinds already used in this case
        self.auto = False  # True: every rendered number is used, record its style at once
        if lang == "zht":
            self.traits.add("traditional")
        if lang == "en":
            self.traits.add("english")

    def m(self, n, style=None):
        txt, st = money(self.rng, n, self.lang, style)
        if self.auto:
            self.traits.add("num:" + st)
        return MStr(txt, st)

    def usd(self, n):
        txt, st = usd(self.rng, n, self.lang)
        if self.auto:
            self.traits.add("num:" + st)
        return MStr(txt, st)

    def cnt(self, n):
        return cnt(self.rng, n, self.lang)

    def stage(self, s):
        if self.lang == "en":
            return STAGE_EN[s]
        return self.rng.choice(STAGE_ZH[s])

    def pre(self, k=None, forbid=()):
        if k is None:
            k = self.rng.choice([0, 0, 1, 1, 2])
        if k >= 3:
            self.traits.add("long_context")
        if k:
            self.traits.add("distractor")
        if self.lang == "zh":
            return pre_zh(self.rng, k, forbid, self.used)
        if self.lang == "zht":
            return pre_zht(self.rng, min(k, 3), forbid)
        return pre_en(self.rng, min(k, 3), forbid)

    def post(self):
        return self.rng.choice({"zh": CLOSE_ZH, "zht": CLOSE_ZHT, "en": CLOSE_EN}[self.lang])

    def d(self):
        return MStr(distractor_zh(self.rng, used=self.used), "distractor")

    def wan_round(self, lo, hi, step=10):
        """Random yuan amount: multiple of step万 in [lo, hi) 万."""
        return self.rng.randrange(lo, hi, step) * WAN


class MStr(str):
    """A rendered slot value that remembers how it was rendered (for traits)."""

    def __new__(cls, s, st):
        o = str.__new__(cls, s)
        o.st = st
        return o


_FMT = __import__("string").Formatter()


def fill(text, slots, traits=None):
    """Format text with slots; add a trait for each rendered number/distractor actually used."""
    out = text.format_map(slots)
    if traits is not None:
        for _, name, _, _ in _FMT.parse(text):
            v = slots.get(name) if name else None
            if isinstance(v, MStr):
                traits.add("distractor" if v.st == "distractor" else "num:" + v.st)
    return out


# =============================================================================
# 6. SINGLE-TURN CALCULATION SCENARIOS
# =============================================================================
DRUG_ZH = ["1类生物制品", "1类化学药", "1类中药", "1类创新药（化学药）", "1类治疗用生物制品", "化药1类新药"]
DRUG_ZHT = ["1類生物製品", "1類化學藥", "1類中藥"]
DRUG_EN = ["biologic", "chemical drug", "TCM drug"]


def s_d5(c):
    stage = c.rng.choice(["I", "II", "III", "III", "II"])
    n = c.rng.choice([1, 1, 1, 2, 2, 3, 4])
    calc = ref_d5_entry([(stage, n)])
    if c.lang == "en":
        drug = c.rng.choice(DRUG_EN) + ("s" if n > 1 else "")
    else:
        drug = c.rng.choice(DRUG_ZH if c.lang == "zh" else DRUG_ZHT)
    return {"drug": drug, "stage": c.stage(stage), "n": c.cnt(n)}, calc


T_D5 = [
    ("d5-01", "zh", "{pre}我们有{n}{drug}刚进入{stage}临床试验，按昌平组团的支持办法能拿多少奖励？{post}", []),
    ("d5-02", "zh", "{pre}{drug}，{stage}临床已经首例入组了，一共{n}品种，奖励是多少{post}", []),
    ("d5-03", "zh", "{stage}！！我们的{drug}终于进{stage}了，{n}品种，昌平这边给多少钱？", ["casual", "figure_first"]),
    ("d5-04", "zh", "问一下新药临床阶段奖励：品种数{n}，类别{drug}，阶段：进入{stage}。金额多少？", ["form_like"]),
    ("d5-05", "zh", "{pre}\n- 类别：{drug}\n- 阶段：刚进入{stage}临床\n- 品种：{n}\n请帮忙算一下能拿的支持金额", ["bullets"]),
    ("d5-06", "zh", "老板让我问问，咱{n}{drug}进{stage}了能领多少", ["casual"]),
    ("d5-07", "zh", "{pre}按征求意见稿第五条，{drug}进入{stage}临床试验的，我们有{n}品种，总共给多少？", ["names_article"]),
    ("d5-08", "zh", "{pre}今年我们{n}品种（都是{drug}）陆续进入了{stage}临床，后续也都在昌平产业化，想知道这块奖励一共多少。{post}", []),
    ("d5-09", "zht", "{pre}請問我們有{n}{drug}進入{stage}臨床試驗，依昌平組團支持辦法可以拿多少獎勵？{post}", []),
    ("d5-10", "en", "{pre}We have {n} Class 1 {drug} that just entered {stage}. Under the Changping zone draft measures, how much is the award?{post}", []),
    ("d5-11", "zh", "{n}{drug}，{stage}，钱？", ["terse"]),
    ("d5-12", "zh", "{pre}帮我看看：{drug}，临床试验已进入{stage}，共{n}品种，都在昌平产业化。能给多少？", []),
    ("d5-13", "zh", "想确认下，{drug}进入{stage}的奖励是按品种算的吧？我们{n}，总共多少{post}", []),
    ("d5-14", "zh", "{pre}{stage}临床启动了，{drug}，{n}品种。支持办法里这种情况奖多少？", []),
]

D6_LABEL = {"1": ["1类生物制品", "1类化学药", "1类中药", "1类创新药"], "2": ["2类生物制品", "2类化学药", "2类中药"],
            "gaiLiang": ["重大改良型新药"], "shouFang": ["首仿药"]}
D6_LABEL_EN = {"1": "Class 1 biologic", "2": "Class 2 chemical drug", "gaiLiang": "major improved new drug",
               "shouFang": "first generic"}


def s_d6(c):
    cls = c.rng.choice(["1", "1", "2", "2", "gaiLiang", "shouFang"])
    n = c.rng.choice([1, 1, 1, 2])
    calc = ref_d6_reg(cls, n)
    label = c.rng.choice(D6_LABEL[cls])
    if c.lang == "zht":
        label = to_trad(label)
    return {"label": label, "label_en": D6_LABEL_EN[cls], "n": c.cnt(n), "n_en": str(n),
            "yrs": str(c.rng.randrange(6, 13)), "rd": c.m(c.wan_round(3000, 30000, 500))}, calc


T_D6 = [
    ("d6-01", "zh", "{pre}我们的{label}刚拿到药品注册证书，{n}品种，准备在昌平产业化，一共能给多少支持？{post}", []),
    ("d6-02", "zh", "{pre}拿证了！{label}，{n}品种，都在昌平生产，支持办法最高给多少", ["casual"]),
    ("d6-03", "zh", "{label}获批上市（注册证已下），实施产业化，我们{n}品种，合计最高多少钱？", []),
    ("d6-04", "zh", "- 产品：{label}\n- 进展：已获药品注册证书\n- 产业化：在昌平实施\n- 品种数：{n}\n总共能申请多少？", ["bullets"]),
    ("d6-05", "zh", "问下哈，{label}拿到批文了能领多少补贴，{n}品种，本地生产", ["casual"]),
    ("d6-06", "zht", "{pre}我們的{label}已取得藥品註冊證書並在昌平產業化，共{n}品種，最高可獲多少支持？", []),
    ("d6-07", "en", "{pre}We now hold drug registration certificates for {n_en} {label_en} product(s), all to be manufactured in Changping. What's the maximum support in total?", []),
    ("d6-08", "zh", "{pre}我们这个{label}从立项到拿证用了{yrs}年，临床花了{rd}，现在注册证下来了，{n}品种都要在昌平建线生产。问下上市这个环节能支持多少{post}", ["distractor", "long_context"]),
    ("d6-09", "zh", "{pre}请问第六条，{label}，取得注册证书且实施产业化，{n}品种，合计最高？", ["names_article"]),
    ("d6-10", "zh", "{yrs}年磨一剑，{label}终于拿证了！{n}品种，准备产业化，能奖多少", ["figure_first", "casual"]),
    ("d6-11", "zh", "{pre}药品注册证书刚下来，是{label}，一共{n}，后面在区里产业化，政策上封顶多少？", []),
]

VCLS = {1: "一类", 2: "二类", 3: "三类"}
VCLS_EN = {1: "I", 2: "II", 3: "III"}


def s_d6v(c):
    cls = c.rng.choice([1, 2, 3])
    n = c.rng.choice([1, 1, 2])
    calc = ref_d6_vet(cls, n)
    v = VCLS[cls] if c.lang != "zht" else to_trad(VCLS[cls])
    return {"vcls": v, "vcls_en": VCLS_EN[cls], "n": c.cnt(n), "d": c.d()}, calc


T_D6V = [
    ("d6v-01", "zh", "{pre}我们是做动物药的，{n}{vcls}新兽药拿到了注册证书，也在产业化，能申请多少？", []),
    ("d6v-02", "zh", "{vcls}新兽药注册证书下来了（{n}品种），实施产业化，按支持办法最高多少{post}", []),
    ("d6v-03", "zh", "兽药企业问一下：取得{vcls}新兽药证书，{n}品种，在昌平生产，补多少？", []),
    ("d6v-04", "zht", "{pre}我們取得{vcls}新獸藥註冊證書並已產業化，共{n}品種，最高支持多少？", []),
    ("d6v-05", "en", "{pre}We obtained {n} Class {vcls_en} new veterinary drug certificate(s) and are producing them locally. What's the maximum support?", []),
    ("d6v-06", "zh", "{pre}我们主要做宠物疫苗和兽医诊断制品，{d}。这次{n}{vcls}新兽药拿证了，后续实施产业化，能给多少钱？", ["long_context"]),
    ("d6v-07", "zh", "动物药：\n1. 证书类别：{vcls}新兽药\n2. 品种数：{n}\n3. 已实施产业化\n请问支持上限？", ["bullets"]),
]


def s_d8e(c):
    tx = c.wan_round(200, 9000, 10)
    contract = tx + c.wan_round(100, 3000, 50)
    calc = ref_d8_entrust(tx)
    return {"tx": c.m(tx), "contract": c.m(contract), "d": c.d()}, calc


T_D8E = [
    ("d8e-01", "zh", "{pre}我们是持有人，把产品委托给园区里的CDMO生产，这个品种实际交易额{tx}，能拿多少支持？{post}", []),
    ("d8e-02", "zh", "{tx}——这是我们委托生产那个品种去年的实际交易额，MAH委托生产能补多少？", ["figure_first"]),
    ("d8e-03", "zh", "{pre}委托生产合同签了{contract}，实际交易额是{tx}，按第八条最高能支持多少？", ["base_trap", "names_article"]),
    ("d8e-04", "zh", "委托生产情况：\n· 委托方：我司（上市许可持有人）\n· 受托方：昌平某医药健康企业\n· 该品种实际交易额：{tx}\n能申请多少？", ["bullets"]),
    ("d8e-05", "zh", "咱们把药委托给别人做了，交易额{tx}，能报多少啊", ["casual"]),
    ("d8e-06", "zht", "{pre}我司委託醫藥健康企業生產自有產品，該品種實際交易額{tx}，可獲多少支持？", []),
    ("d8e-07", "en", "{pre}We are the MAH and outsourced manufacturing of one product to a Changping company; the actual transaction amount was {tx}. How much support can we get?", []),
    ("d8e-08", "zh", "{pre}我们的产品还在申报上市阶段，拟申报上市的这个品种委托给了昌平一家企业生产，{d}，这个品种实际交易额{tx}，委托生产这块怎么支持、最多多少？", ["long_context"]),
    ("d8e-09", "zh", "{pre}请教一下上市许可持有人制度那条：委托生产，实际交易额{tx}，支持上限是多少钱？", ["by_title"]),
]


def s_d8c(c):
    inv = c.wan_round(300, 15000, 10)
    contract = inv + c.wan_round(200, 5000, 100)
    calc = ref_d8_cmo(inv)
    return {"inv": c.m(inv), "contract": c.m(contract)}, calc


T_D8C = [
    ("d8c-01", "zh", "{pre}我们按药品上市许可持有人制度给别人承担生产，实际投入{inv}，能给多少支持？{post}", []),
    ("d8c-02", "zh", "受托生产企业，MAH模式下承接生产，实际投入金额{inv}，第八条最多支持多少{post}", ["names_article"]),
    ("d8c-03", "zh", "{pre}我们承接了一个MAH产品的生产，合同金额{contract}，我们实际投入了{inv}，能补多少？", ["base_trap"]),
    ("d8c-04", "zh", "我们给持有人代工（按MAH承担生产），投了{inv}，补贴能有多少", ["casual"]),
    ("d8c-05", "zht", "{pre}我們依藥品上市許可持有人制度承擔生產，實際投入金額{inv}，最高可獲多少？", []),
    ("d8c-06", "en", "{pre}Under the MAH system we manufacture a product for the licence holder; our actual investment was {inv}. What's the support cap?", []),
    ("d8c-07", "zh", "{inv}的实际投入，用于按持有人制度承担生产，这个能申请多少？", ["figure_first"]),
]


def s_d8s(c):
    sales = c.rng.randrange(20, 500) * 1000 * WAN // 10  # multiples of 100万
    calc = ref_d8_sales(sales)
    return {"s": c.m(sales), "d": c.d()}, calc


T_D8S = [
    ("d8s-01", "zh", "{pre}我们是医药健康销售平台型企业，年度销售收入{s}，能拿多少？{post}", []),
    ("d8s-02", "zh", "销售平台企业，去年销售收入{s}，按2‰算是多少钱？", ["states_rate"]),
    ("d8s-03", "zh", "{pre}设立在昌平的医药销售平台公司，年销售收入{s}，支持办法给多少", []),
    ("d8s-04", "zht", "{pre}我們是醫藥健康銷售平台型企業，年度銷售收入{s}，可以獲得多少資金支持？", []),
    ("d8s-05", "en", "{pre}We run a pharma sales-platform company in Changping with annual sales revenue of {s}. How much support?", []),
    ("d8s-06", "zh", "{s}，这是我们销售平台去年的销售收入，能申请多少资金支持？", ["figure_first"]),
    ("d8s-07", "zh", "{pre}我们是做医药流通的销售平台型企业，{d}，年度销售收入{s}，请问这个能奖励多少", ["long_context"]),
]


def s_d11i(c):
    a, b, d_ = c.wan_round(5, 300, 1), c.wan_round(5, 200, 1), c.wan_round(2, 120, 1)
    # keep 30% exact: sum multiple of 10 yuan is always true for 万 units
    calc = ref_d11_intl(a, b, d_)
    return {"a": c.m(a), "b": c.m(b), "c": c.m(d_), "d": c.d()}, calc


T_D11I = [
    ("d11i-01", "zh", "{pre}我们的药品新拿到FDA认证，海外注册费{a}，检测费{b}，当地代理费{c}，能补多少？{post}", []),
    ("d11i-02", "zh", "EMA认证费用明细：海外注册费：{a}；检测费：{b}；当地代理费：{c}。按支持办法最多能补多少？", ["table"]),
    ("d11i-03", "zh", "{pre}新获得FDA批准，费用如下：\n- 海外注册费 {a}\n- 检测费 {b}\n- 当地代理费 {c}\n国际化这块能拿多少？", ["bullets"]),
    ("d11i-04", "zh", "我们刚过了FDA，花了海外注册费{a}、检测费{b}、当地代理费{c}，能报多少", ["casual"]),
    ("d11i-05", "zht", "{pre}我們的藥品新取得EMA認證，海外註冊費{a}、檢測費{b}、當地代理費{c}，可補助多少？", []),
    ("d11i-06", "en", "{pre}Our drug was newly approved by the FDA. Overseas registration fee {a}, testing fee {b}, local agent fee {c}. How much can we get back?", []),
    ("d11i-07", "zh", "{pre}{d}。我们去年有一个产品新获得了欧盟EMA的认证，实际注册费用包括海外注册费{a}、检测费{b}、当地代理费{c}，这部分最多补多少？", ["long_context"]),
    ("d11i-08", "zh", "{a}+{b}+{c}，分别是FDA的海外注册费、检测费、当地代理费，能支持多少？", ["figure_first"]),
]


def s_d11li(c):
    n = c.rng.choice([1, 1, 2])
    calc = ref_d11_lic_in(n)
    return {"n": c.cnt(n), "yr": str(c.rng.randrange(2019, 2025)), "fee": c.usd(c.rng.randrange(5, 80) * 100 * WAN),
            "d": c.d()}, calc


T_D11LI = [
    ("d11li-01", "zh", "{pre}我们通过License-in从国外引进了技术在本土产业化，产品已经上市了，{n}品种，能拿多少？", []),
    ("d11li-02", "zh", "License in的产品上市了，{n}，昌平最高支持多少{post}", ["casual"]),
    ("d11li-03", "zht", "{pre}我們透過License-in從國外引進技術在本土產業化，產品已上市，共{n}品種，最高支持多少？", []),
    ("d11li-04", "en", "{pre}We in-licensed {n} product(s) from abroad, manufacture locally, and they are now on the market. Maximum support?", []),
    ("d11li-05", "zh", "{pre}我们{yr}年从欧洲一家公司License-in了产品，首付款{fee}，{d}，现在{n}品种都已经在国内上市并产业化，这块能给多少？", ["long_context", "distractor"]),
]


def s_d11lo(c):
    u = c.rng.randrange(11, 100) * 1000 * WAN  # 1.1亿..9.9亿美元
    calc = ref_d11_lic_out(u)
    return {"usd": c.usd(u), "up": c.usd(c.rng.randrange(5, 60) * 100 * WAN)}, calc


T_D11LO = [
    ("d11lo-01", "zh", "{pre}我们和一家跨国龙头药企签了License-out，一个品种，合同总额{usd}，已经签了，能拿多少？{post}", []),
    ("d11lo-02", "zh", "{usd}的License-out合同上周签了（一个品种），支持办法里最多给多少", ["figure_first"]),
    ("d11lo-03", "zht", "{pre}我們與跨國龍頭企業簽訂License-out合作，合同總額{usd}，已簽約，單品種最高支持多少？", []),
    ("d11lo-04", "en", "{pre}We signed an out-licensing deal for one product with a big multinational, total contract value {usd}. How much support can we claim?", []),
    ("d11lo-05", "zh", "{pre}首付款{up}，里程碑加起来合同总额{usd}，合作方是全球前十的跨国药企，合同已经签订。我们这一个品种对外授权能补多少？", ["distractor"]),
    ("d11lo-06", "zh", "BD刚和跨国大药企签了个out-license，单品种，总包{usd}，能申请奖励吗，多少钱", ["casual"]),
]


def s_d12r(c):
    rev = c.rng.randrange(100, 600) * 500 * WAN  # multiples of 500万: 5亿..30亿
    prev = c.rng.randrange(30, 99) * 500 * WAN
    p2 = prev - c.rng.randrange(1, 20) * 500 * WAN
    calc = ref_d12_rev(rev, first=True)
    return {"rev": c.m(rev), "prevrev": c.m(prev), "p2": c.m(p2),
            "other": c.m(c.rng.randrange(500, 9000, 100) * WAN), "d": c.d()}, calc


T_D12R = [
    ("d12r-01", "zh", "{pre}我们今年主营业务收入首次突破5亿，达到{rev}，能拿多少？{post}", []),
    ("d12r-02", "zh", "主营收入{rev}（第一次过5个亿），按支持办法扩能升级那条能给多少", ["by_title"]),
    ("d12r-03", "zh", "{pre}我们去年主营业务收入{prevrev}，今年首次过5亿，主营业务收入{rev}，另外投资收益{other}，能奖多少？", ["base_trap"]),
    ("d12r-04", "zht", "{pre}我們年度主營業務收入首次突破5億元，達到{rev}，可獲多少支持？", []),
    ("d12r-05", "en", "{pre}Our main business revenue passed RMB 500 million for the first time this year, reaching {rev}. How much support is that?", []),
    ("d12r-06", "zh", "{rev}！主营业务收入第一次上5亿，可以领多少", ["figure_first", "casual"]),
    ("d12r-07", "zh", "- 年度主营业务收入：{rev}\n- 是否首次突破5亿元：是\n- 行业：医药健康\n请计算支持金额", ["bullets"]),
    ("d12r-08", "zh", "{pre}{d}，我们这几年发展比较快，前年主营收入{p2}，去年{prevrev}，今年首次突破5亿元，全年主营业务收入{rev}，请问有什么奖励、金额多少", ["long_context"]),
]

TIER_ZH = {5000 * WAN: "5000万", 1 * YI: "1亿", 5 * YI: "5亿", 10 * YI: "10亿", 20 * YI: "20亿"}
TIER_EN = {5000 * WAN: "RMB 50 million", 1 * YI: "RMB 100 million", 5 * YI: "RMB 500 million",
           10 * YI: "RMB 1 billion", 20 * YI: "RMB 2 billion"}


def d12_pair(rng, tier_idx):
    t = D12_TIERS[tier_idx][0]
    lo = D12_TIERS[tier_idx - 1][0] if tier_idx else 1000 * WAN
    hi = D12_TIERS[tier_idx + 1][0] if tier_idx + 1 < len(D12_TIERS) else 30 * YI
    step = 100 * WAN if t <= YI else 1000 * WAN
    prev = rng.randrange(lo // step + 1, t // step) * step
    cur = rng.randrange(t // step + 1, hi // step) * step
    return prev, cur


def s_d12o(c):
    idx = c.rng.choice([0, 0, 1, 1, 2, 2, 3, 4])
    prev, cur = d12_pair(c.rng, idx)
    calc = ref_d12_output(prev, cur)
    t = D12_TIERS[idx][0]
    tier = TIER_ZH[t]
    return {"prev": c.m(prev), "cur": c.m(cur), "tier": tier, "tier_t": tier.translate(T_MAP),
            "tier_en": TIER_EN[t], "d": c.d()}, calc


T_D12O = [
    ("d12o-01", "zh", "{pre}我们有个单品种，去年年产值{prev}，今年{cur}，第一次突破{tier}，能拿多少奖励？", []),
    ("d12o-02", "zh", "单品种年产值首次突破{tier}，今年做到了{cur}（往年最高{prev}），奖多少{post}", []),
    ("d12o-03", "zh", "{cur}——这是我们核心产品今年的年产值，以前最高才{prev}，这个能奖多少？", ["figure_first"]),
    ("d12o-04", "zht", "{pre}我們單一品種年產值首次突破{tier_t}，今年達{cur}，往年最高{prev}，可獲多少獎勵？", []),
    ("d12o-05", "en", "{pre}One of our products had annual output of {prev} last year (its best ever) and {cur} this year, the first time above {tier_en}. What's the reward?", []),
    ("d12o-06", "zh", "品种产值情况：\n- 往年最高：{prev}\n- 今年：{cur}\n问：单品种年产值奖励是多少？", ["bullets"]),
    ("d12o-07", "zh", "{pre}{d}。我们主打的一个品种这两年放量很快，以前最好的一年产值{prev}，今年全年{cur}（财务已经审过），首次突破{tier}，按第十二条能奖多少", ["long_context", "names_article"]),
    ("d12o-08", "zh", "我们那个爆款单品今年产值{cur}了，以前最多{prev}，有奖吗多少钱", ["casual"]),
]


def d13_slots(c, rev=None, rd=None):
    rng = c.rng
    if rd is None:
        rd1 = rng.randrange(520, 2500, 10) * WAN
        rd2 = rng.randrange(max(1000 * WAN - rd1, 100 * WAN) // WAN, rd1 // WAN, 10) * WAN
        if rd1 + rd2 < 1000 * WAN:
            rd2 = 1000 * WAN - rd1 + 10 * WAN
        rd3 = rng.randrange(50, rd2 // WAN, 10) * WAN
    else:
        rd1, rd2, rd3 = rd
    if rev is None:
        rev = rng.randrange(100, 2990, 10) * WAN
    return rev, rd1, rd2, rd3


def s_d13(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    done = c.rng.choice([0, 0, 1, 2])
    assert rd3 < rd2 < rd1
    calc = ref_d13(rev, rd1, rd2, growth3=True, years_done=done)
    y1 = 2025
    return {"rev": c.m(rev), "rd1": c.m(rd1), "rd2": c.m(rd2), "rd3": c.m(rd3),
            "y1": str(y1), "y2": str(y1 - 1), "y3": str(y1 - 2),
            "done": ["还没有领过", "已领过1年", "已领过2年"][done] if c.lang == "zh" else str(done),
            "d": c.d()}, calc


T_D13 = [
    ("d13-01", "zh", "{pre}我们是小微企业，上一年度营业收入{rev}，前年研发投入{rd2}，去年研发投入{rd1}，连续三年研发投入都在增长，之前没申请过，能拿多少？", []),
    ("d13-02", "zh", "年份：研发投入\n{y3}年：{rd3}\n{y2}年：{rd2}\n{y1}年：{rd1}\n上年（{y1}年）营收{rev}，中小企业，第十三条能支持多少？", ["table", "names_article"]),
    ("d13-03", "zh", "{pre}中小企业研发支持：上年营收{rev}，近两年研发分别{rd2}、{rd1}，三年一直正增长，之前没领过，最多多少{post}", []),
    ("d13-04", "zht", "{pre}我們是中小企業，上一年度營業收入{rev}，前年研發投入{rd2}、去年{rd1}，連續三年正增長，之前未獲支持，可以申請多少？", []),
    ("d13-05", "en", "{pre}We're a small company: revenue last year {rev}; R&D spend was {rd2} the year before last and {rd1} last year, growing three years in a row; never supported before. How much R&D support can we get?", []),
    ("d13-06", "zh", "小公司问下研发补贴，去年收入才{rev}，研发砸了{rd1}，前年{rd2}，大前年{rd3}，一直在涨，能补多少", ["casual"]),
    ("d13-07", "zh", "{pre}{d}。公司还在临床阶段，收入主要是技术服务，上一年度营业收入{rev}。研发投入这三年是{rd3}、{rd2}、{rd1}，逐年增长，小微企业，第一次申请。这种能申请研发创新支持吗？多少钱？", ["long_context"]),
    ("d13-08", "zh", "· 企业类型：中小微企业\n· 上年度营业收入：{rev}\n· 研发投入：前年{rd2}，去年{rd1}（连续三年正增长）\n· 研发支持：{done}\n求支持金额", ["bullets"]),
    ("d13-09", "zh", "{rd1}，这是我们去年的研发投入，前年是{rd2}，上年营收{rev}，三年研发都是正增长，中小企业，没领过，能拿多少", ["figure_first"]),
]

CRO = ["CRO", "CDMO", "CMO", "临床CRO", "CRO（临床前）"]
CRO_T = ["CRO", "CDMO", "CMO"]


def s_d15c(c):
    svc = c.wan_round(100, 20000, 10)
    k = c.rng.choice([1, 1, 2, 3])
    calc = ref_d15_cro(svc, years_done=k - 1)
    cro = c.rng.choice(CRO if c.lang == "zh" else CRO_T)
    return {"svc": c.m(svc), "cro": cro, "contract": c.m(svc + c.wan_round(100, 4000, 50)), "k": str(k),
            "d": c.d(), "d2": c.d()}, calc


T_D15C = [
    ("d15c-01", "zh", "{pre}我们是一家{cro}企业，去年实际服务金额{svc}，能拿多少？{post}", []),
    ("d15c-02", "zh", "{pre}我们{cro}去年签的合同额{contract}，实际服务金额{svc}，第十五条能支持多少？", ["base_trap", "names_article"]),
    ("d15c-03", "zh", "{svc}，是我们{cro}去年的年度实际服务金额，能申请多少支持", ["figure_first"]),
    ("d15c-04", "zht", "{pre}我們是{cro}機構，年度實際服務金額{svc}，可以拿多少支持？", []),
    ("d15c-05", "en", "{pre}We're a {cro} in Changping. Our actual service amount last year was {svc}. What's the most we can get?", []),
    ("d15c-06", "zh", "做{cro}的，去年服务额{svc}，能拿多少钱啊", ["casual"]),
    ("d15c-07", "zh", "- 机构类型：{cro}\n- 年度实际服务金额：{svc}\n- 本次为第{k}年申请\n可支持金额？", ["bullets"]),
    ("d15c-08", "zh", "{pre}{d}，{d2}。我们主营{cro}业务，客户主要是园区里的创新药企，去年实际服务金额{svc}，请问按征求意见稿能给多少", ["long_context"]),
    ("d15c-09", "zh", "请问合同外包服务机构那条，{cro}年度实际服务金额{svc}，支持上限多少", ["by_title"]),
]

PTYPE = ["实验动物服务", "检验检测服务", "临床转化服务", "标杆型孵化器"]
PTYPE_EN = {"实验动物服务": "laboratory-animal service", "检验检测服务": "testing and inspection",
            "临床转化服务": "clinical translation service", "标杆型孵化器": "flagship incubator"}


def s_d15p(c):
    inv = c.rng.choice([c.wan_round(800, 9990, 10), c.wan_round(10000, 30000, 100)])
    plan = inv + c.wan_round(500, 6000, 100)
    calc = ref_d15_platform(inv)
    if calc["amount"] == 3000 * WAN:
        c.traits.add("cap_binds")
    p = c.rng.choice(PTYPE)
    return {"inv": c.m(inv), "plan": c.m(plan), "ptype": p, "ptype_t": to_trad(p), "ptype_en": PTYPE_EN[p],
            "d": c.d()}, calc


T_D15P = [
    ("d15p-01", "zh", "{pre}我们建了一个{ptype}共享服务平台，已经认定了，平台建设实际投入{inv}，最多能支持多少？{post}", []),
    ("d15p-02", "zh", "{pre}{ptype}平台，原计划投{plan}，实际投入{inv}，已经认定为共享服务平台，能拿多少？", ["base_trap"]),
    ("d15p-03", "zh", "{inv}——{ptype}共享平台的建设实际投入，按第十五条能补多少", ["figure_first", "names_article"]),
    ("d15p-04", "zht", "{pre}我們建設的{ptype_t}共享服務平台，平台建設實際投入{inv}，最高可獲多少支持？", []),
    ("d15p-05", "en", "{pre}We built a shared {ptype_en} platform (recognised as a public shared-service platform); actual construction investment was {inv}. What's the maximum support?", []),
    ("d15p-06", "zh", "搞了个{ptype}公共共享平台，实际砸了{inv}进去，能补多少", ["casual"]),
    ("d15p-07", "zh", "{pre}{d}。我们牵头建设的{ptype}平台对园区企业开放共享，具有公共属性，平台建设实际投入{inv}，请问建设支持最多多少", ["long_context"]),
    ("d15p-08", "zh", "共享服务平台申报：\n1) 类型：{ptype}\n2) 建设实际投入：{inv}\n3) 状态：建设完成，已认定\n支持额度？", ["bullets"]),
]

EV = ["医药健康产业高峰论坛", "生命科学创新创业大赛", "细胞治疗行业交流会", "医疗器械投融资对接会"]
EV_EN = ["biotech industry summit", "life-science start-up competition", "cell-therapy industry forum"]


def s_d16(c):
    cost = c.wan_round(20, 2000, 5)
    calc = ref_d16_event(cost)
    ev = c.rng.choice(EV)
    return {"cost": c.m(cost), "budget": c.m(cost + c.wan_round(10, 500, 5)), "ev": ev, "ev_t": to_trad(ev),
            "ev_en": c.rng.choice(EV_EN)}, calc


T_D16 = [
    ("d16-01", "zh", "{pre}我们公司（市场化主体）办了一场{ev}，经认定是高品质活动，活动实际发生费用{cost}，能支持多少？{post}", []),
    ("d16-02", "zh", "{ev}办完了，实际花费{cost}，经认定的话最多补多少", ["casual"]),
    ("d16-03", "zht", "{pre}我們（市場化主體）舉辦了一場{ev_t}，活動實際發生費用{cost}，可以補助多少？", []),
    ("d16-04", "en", "{pre}Our company hosted a high-quality {ev_en} in Changping; actual costs were {cost}. How much support is possible?", []),
    ("d16-05", "zh", "{pre}我们办{ev}，预算{budget}，实际发生费用{cost}，按第十六条能补多少", ["base_trap", "names_article"]),
    ("d16-06", "zh", "{cost}的实际费用，办了{ev}，这个补贴多少", ["figure_first"]),
]

AI = ["AI+药物研发", "AI辅助诊断", "AI药物筛选", "医学影像AI辅助诊断"]
AI_EN = ["AI drug-discovery", "AI-assisted diagnosis", "AI imaging diagnosis"]


def s_m5(c):
    inv = c.rng.choice([c.wan_round(1000, 16000, 10), c.wan_round(17000, 60000, 100)])
    total = inv + c.wan_round(1000, 20000, 100)
    calc = ref_m5_ai(inv)
    if calc["amount"] == 5000 * WAN:
        c.traits.add("cap_binds")
    ai = c.rng.choice(AI)
    return {"inv": c.m(inv), "total": c.m(total), "ai": ai, "ai_t": to_trad(ai), "ai_en": c.rng.choice(AI_EN),
            "d": c.d(), "d2": c.d()}, calc


T_M5 = [
    ("m5-01", "zh", "{pre}我们做了一个{ai}标杆示范场景项目，项目工程投资总额{inv}，按2026-2028年若干措施能拿多少？{post}", []),
    ("m5-02", "zh", "{pre}{ai}标杆示范项目，项目总投资{total}，其中工程投资{inv}，最多支持多少？", ["base_trap"]),
    ("m5-03", "zh", "{inv}工程投资的{ai}示范场景项目，示范性挺强的，能给多少", ["figure_first"]),
    ("m5-04", "zht", "{pre}我們的{ai_t}示範場景項目，項目工程投資總額{inv}，依2026-2028年若干措施最高可獲多少？", []),
    ("m5-05", "en", "{pre}Our {ai_en} demonstration scenario project has total engineering investment of {inv}. Under the 2026–2028 measures, what's the maximum support?", []),
    ("m5-06", "zh", "AI+医药那个示范场景项目，工程投资总额{inv}，能拿多少钱", ["casual"]),
    ("m5-07", "zh", "{pre}{d}，{d2}。我们和医院联合做了{ai}的标杆示范场景，符合条件，项目工程投资总额{inv}，请问资金支持最多多少", ["long_context"]),
    ("m5-08", "zh", "项目信息：\n- 方向：{ai}示范场景\n- 项目工程投资总额：{inv}\n- 示范性：强\n支持上限？", ["bullets"]),
    ("m5-09", "zh", "{pre}若干措施第（五）条，项目工程投资总额{inv}，能支持多少", ["names_article"]),
]

SVC = ["合成生物技术服务", "细胞治疗检测服务", "脑机接口研发服务", "医疗器械注册咨询"]


def s_m7(c):
    calc = ref_m7_service()
    return {"svc": c.rng.choice(SVC), "rev": c.m(c.wan_round(500, 30000, 100)), "d": c.d(),
            "svc_en": "synthetic-biology services"}, calc


T_M7 = [
    ("m7-01", "zh", "{pre}我们是科技服务业企业，做{svc}的，年营收{rev}，按若干措施（七）效能提升最多能拿多少？", ["names_article"]),
    ("m7-02", "zh", "科技服务业企业效能提升支持的上限是多少？我们{d}，符合条件", []),
    ("m7-03", "en", "{pre}We're a tech-service company ({svc_en}) with revenue of {rev}. What's the maximum under the 2026–2028 measures for tech-service enterprise efficiency?", []),
    ("m7-04", "zht", "{pre}我們是科技服務業企業，符合條件，2026-2028年措施裡的效能提升支持最高多少？", []),
    ("m7-05", "zh", "我们是做{svc}的科技服务企业，去年营收{rev}，若干措施里效能提升那个能给多少", ["casual"]),
]


def s_m11(c):
    inv = c.rng.choice([c.wan_round(500, 5990, 10), c.wan_round(6000, 30000, 100)])
    calc = ref_m11_park(inv)
    if calc["amount"] == 3000 * WAN:
        c.traits.add("cap_binds")
    return {"inv": c.m(inv), "area": str(c.rng.randrange(5, 60) * 10000), "d": c.d()}, calc


T_M11 = [
    ("m11-01", "zh", "{pre}我们园区引入了全球领先的生物医药园区运营管理机构，项目投资总额{inv}，按若干措施最多能拿多少？", []),
    ("m11-02", "zh", "园区运营项目投资总额{inv}，若干措施强化园区建设支持那条，补多少{post}", ["by_title"]),
    ("m11-03", "zht", "{pre}我們引入全球領先的生物醫藥園區營運管理資源，項目投資總額{inv}，最高可獲多少？", []),
    ("m11-04", "en", "{pre}We brought in a world-leading biopharma park operator; total project investment is {inv}. Maximum support under the 2026–2028 measures?", []),
    ("m11-05", "zh", "{inv}，示范园区引入国际运营管理资源这个项目的投资总额，能申请多少", ["figure_first"]),
    ("m11-06", "zh", "{pre}{d}。我们园区{area}平米，引入了国际知名的园区运营团队，提升专业化管理水平，项目投资总额{inv}，服务成效也不错，请问（十一）最多给多少", ["long_context", "names_article"]),
    ("m11-07", "zh", "园区这边引了个全球领先的园区运营商，项目总投资{inv}，能补多少", ["casual"]),
]


def s_m12(kind):
    def f(c):
        calc = ref_m12(kind)
        return {"g": c.m(c.wan_round(200, 9000, 10)), "b": c.m(c.wan_round(100, 3000, 10)), "d": c.d()}, calc
    return f


T_M12 = {
    "rd_center": [
        ("m12-01", "zh", "{pre}我们是外资药企，在昌平的研发中心今年研发投入比去年增长了{g}，按若干措施能拿多少？", []),
        ("m12-02", "en", "{pre}We're a foreign-invested pharma company; R&D spending at our Changping R&D centre grew by {g} this year. How much incentive can we get?", []),
        ("m12-06", "zh", "外资研发中心研发激励，我们研发投入涨了{g}，封顶多少", ["casual"]),
    ],
    "institute": [
        ("m12-03", "zh", "{pre}我们是一家落地昌平的国际科研机构，{d}，按若干措施最多支持多少？", []),
        ("m12-07", "zh", "国际科研机构落地昌平，成果产出和人才培养都不错，若干措施（十二）最多给多少", ["names_article"]),
    ],
    "conference": [
        ("m12-04", "zh", "{pre}我们准备办一场生命科学领域高水平国际学术研讨会，预算{b}，按若干措施能拿多少支持？", []),
        ("m12-05", "zht", "{pre}我們舉辦生命科學領域高水準國際學術研討會議，符合條件，2026-2028年措施最高支持多少？", []),
    ],
}


def s_m13(kind):
    def f(c):
        calc = ref_m13(kind)
        return {"d": c.d(), "country": c.rng.choice(["新加坡", "德国", "美国波士顿", "沙特"]),
                "country_en": c.rng.choice(["Singapore", "Germany", "Boston"]), "k": str(c.rng.randrange(2, 9))}, calc
    return f


T_M13 = {
    "overseas_app": [
        ("m13-01", "zh", "{pre}我们的技术成果首次在海外应用了，{d}，按若干措施出海支持最多多少？", []),
        ("m13-02", "zh", "我们在{country}设立了海外研发中心，若干措施加强出海支持能给多少{post}", ["by_title"]),
        ("m13-06", "zht", "{pre}我們的創新醫療器械技術成果首次海外應用，依2026-2028年措施最高可獲多少支持？", []),
    ],
    "overseas_platform": [
        ("m13-03", "zh", "{pre}我们在{country}设立了孵化器，推动医药技术项目出海，按若干措施（十三）最高多少？", ["names_article"]),
        ("m13-04", "en", "{pre}We set up an innovation centre in {country_en} to help biotech projects go global. Under the 2026–2028 measures, what's the maximum support?", []),
        ("m13-05", "zh", "直接开展跨国技术转移服务，项目落地了{k}个，若干措施分档支持最高多少", []),
    ],
}

# --- provisions that grant support but name no figure (answered, kind unspecified) ---


def s_unspec(rule, cite):
    def f(c):
        return {"rd": c.m(c.wan_round(2000, 40000, 100)), "x": c.m(c.wan_round(300, 20000, 10)),
                "n": c.cnt(c.rng.choice([1, 2, 3])), "k": str(c.rng.randrange(1, 5)),
                "n2": str(c.rng.randrange(20, 300))}, part(rule, None, "unspecified", [cite])
    return f


T_UNSPEC = [
    ("u-01", "zh", "{pre}我们的1类新药刚完成Ⅲ期临床，实际临床研发投入{rd}，完成Ⅲ期这块能拿多少？", "d5_complete", A5),
    ("u-02", "en", "{pre}Our Class 1 drug has completed Phase II; actual clinical R&D spend was {rd}. How much support for completing the phase?", "d5_complete", A5),
    ("u-03", "zh", "{pre}我们在做细胞治疗的非注册性临床试验（研究者发起），{n}品种，能拿多少？", "d5_nonreg", A5),
    ("u-04", "zh", "{pre}我们和医院合作做临床科技成果转化的概念验证项目，投入{x}，能拿多少概念验证资金？", "d4_poc", (D, "第四条")),
    ("u-05", "zh", "{pre}我们的AI辅助影像诊断项目已经转化应用，投入{x}，按支持办法第四条能给多少？", "d4_ai", (D, "第四条")),
    ("u-06", "zh", "{pre}产业化项目固定资产实际投资{x}（不含房产和土地），全球领先水平，支持办法能给多少？", "d10", (D, "第十条")),
    ("u-07", "zh", "{pre}我们获得了国家级重大专项，实际到账专项资金{x}，区里配套多少？", "d12_match", A12),
    ("u-08", "zh", "{pre}我们的共享服务平台已经投入运营{k}年，服务了{n2}家企业，运营奖励能给多少？", "d15_oper", A15),
    ("u-09", "zh", "{pre}我们牵头组建的产业联盟获得了市级认定，年运营费用{x}，运营补贴多少？", "d16_alliance", A16),
    ("u-10", "zh", "{pre}我们有国际领军人才团队，有原创品种，预期产业贡献很大，落户昌平能给多少钱？", "d9", (D, "第九条")),
    ("u-11", "zh", "我们是一家银行，给科创企业的知识产权质押贷款发生损失，损失本金{x}，风险补偿能拿多少？", "d14_risk", (D, "第十四条")),
    ("u-12", "zh", "{pre}我们是投资机构，设立了私募股权投资基金，实缴规模{x}，专投细胞与基因治疗，若干措施给多少支持？", "m9_fund", (M, "（九）")),
    ("u-13", "zh", "{pre}我们用了智能算力，一年算力费{x}，若干措施（四）能补多少？", "m4_compute", (M, "（四）")),
    ("u-14", "zh", "{pre}我们是高能级创新平台，有高水平研发团队，若干措施（一）给多少资金支持？", "m1_platform", (M, "（一）")),
    ("u-15", "zht", "{pre}我們的1類新藥剛完成Ⅰ期臨床，實際臨床研發投入{rd}，完成Ⅰ期可以拿多少？", "d5_complete", A5),
]

SINGLE = []  # (sampler, template tuple)
for sam, tl in ((s_d5, T_D5), (s_d6, T_D6), (s_d6v, T_D6V), (s_d8e, T_D8E), (s_d8c, T_D8C), (s_d8s, T_D8S),
                (s_d11i, T_D11I), (s_d11li, T_D11LI), (s_d11lo, T_D11LO), (s_d12r, T_D12R), (s_d12o, T_D12O),
                (s_d13, T_D13), (s_d15c, T_D15C), (s_d15p, T_D15P), (s_d16, T_D16), (s_m5, T_M5), (s_m7, T_M7),
                (s_m11, T_M11)):
    for t in tl:
        SINGLE.append((sam, t))
for k, tl in T_M12.items():
    for t in tl:
        SINGLE.append((s_m12(k), t))
for k, tl in T_M13.items():
    for t in tl:
        SINGLE.append((s_m13(k), t))
for tid, lang, text, rule, cite in T_UNSPEC:
    SINGLE.append((s_unspec(rule, cite), (tid, lang, text, ["unspecified"])))


def build_single(rng, n_cases):
    order = list(range(len(SINGLE)))
    rng.shuffle(order)
    picks = order + [rng.randrange(len(SINGLE)) for _ in range(n_cases - len(order))]
    for idx in picks[:n_cases]:
        sam, (tid, lang, text, traits) = SINGLE[idx]
        c = Ctx(rng, lang)
        slots, calc = sam(c)
        long_ = "long_context" in traits
        slots["pre"] = c.pre(k=rng.choice([3, 4]) if long_ else None) if "{pre}" in text else ""
        slots["post"] = c.post()
        q = fill(text, slots, c.traits)
        pre = slots["pre"]
        if lang == "en" and pre and pre[-2:] in (", ", "— ", ": ", ". ") and pre[-2:] != ". ":
            rest = q[len(pre):]
            if rest[:1].isupper() and rest[1:2].islower():
                q = pre + rest[0].lower() + rest[1:]
        tag = "calc-unspecified" if calc["kind"] == "unspecified" else "calc-single"
        assert (q,) not in SEEN, tid
        SEEN.add((q,))
        add("single", tag, [q], ["answered"], calc["cite"], calc["amount"], calc["kind"],
            set(traits) | c.traits | {"doc:" + calc["cite"][0][0]}, tid)


# =============================================================================
# 7. MULTI-TURN DIALOGUES
# =============================================================================
def ANS(calc):
    st = ["answered"]
    return st, calc["cite"], calc["amount"], calc["kind"]


def INEL(cite, also=()):
    return ["ineligible", *also], [cite], None, None


def NEED(cite, also=()):
    return ["needs_info", *also], [cite], None, None


def LOOK(cite):
    return ["answered"], [cite] if cite else [], None, None


def other_stage(rng, s):
    return rng.choice([x for x in ("I", "II", "III") if x != s])


MT = []


def mt(tid, *traits):
    def deco(f):
        MT.append((tid, f, list(traits)))
        return f
    return deco


@mt("mt-01", "facts_split")
def _(c):
    svc = c.wan_round(100, 15000, 10)
    cro = c.rng.choice(CRO)
    return [f"我们是一家{cro}企业", f"去年实际服务金额{c.m(svc)}", "能拿多少？"], ANS(ref_d15_cro(svc))


@mt("mt-02", "correction")
def _(c):
    svc, w = c.wan_round(100, 15000, 10), c.wan_round(100, 15000, 10)
    cro = c.rng.choice(CRO)
    return [f"我们是{cro}，年度实际服务金额{c.m(w)}，能支持多少？",
            f"刚才说错了，实际服务金额是{c.m(svc)}"], ANS(ref_d15_cro(svc))


@mt("mt-03", "correction")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    w = other_stage(c.rng, s)
    n = c.rng.choice([1, 2])
    drug = c.rng.choice(DRUG_ZH)
    return [f"我们{c.cnt(n)}{drug}进入{c.stage(w)}临床了，能拿多少？",
            f"不好意思，刚才说错了，是进入{c.stage(s)}，不是{c.stage(w)}"], ANS(ref_d5_entry([(s, n)]))


@mt("mt-04", "add_item", "total_followup")
def _(c):
    a, b = c.rng.choice(["I", "II", "III"]), c.rng.choice(["I", "II", "III"])
    return [f"我们有个{c.rng.choice(DRUG_ZH)}进入{c.stage(a)}，能拿多少？",
            f"另外还有一个{c.rng.choice(DRUG_ZH)}刚进入{c.stage(b)}",
            c.rng.choice(["那一共呢？", "两个加起来多少", "合计能拿多少？"])], ANS(ref_d5_entry([(a, 1), (b, 1)]))


@mt("mt-05", "answers_follow_up")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    return [f"我们有个{c.rng.choice(DRUG_ZH)}进入临床试验了，能拿多少钱？",
            c.rng.choice([f"{c.stage(s)}", f"是{c.stage(s)}", f"刚进{c.stage(s)}，就一个品种"])], \
        ANS(ref_d5_entry([(s, 1)]))


@mt("mt-06", "answers_follow_up")
def _(c):
    cls = c.rng.choice(["1", "2", "gaiLiang", "shouFang"])
    return ["我们拿到药品注册证书了，准备在昌平产业化，能给多少？",
            f"是{c.rng.choice(D6_LABEL[cls])}，一个品种"], ANS(ref_d6_reg(cls))


@mt("mt-07", "what_if")
def _(c):
    a = c.rng.choice(["1", "2"])
    b = "2" if a == "1" else c.rng.choice(["1", "shouFang"])
    return [f"{c.rng.choice(D6_LABEL[a])}拿到注册证书并产业化，单品种最多多少？",
            f"如果是{c.rng.choice(D6_LABEL[b])}呢？"], ANS(ref_d6_reg(b))


@mt("mt-08", "what_if")
def _(c):
    i1, i2 = c.wan_round(1000, 30000, 100), c.wan_round(1000, 30000, 100)
    return [f"AI辅助诊断标杆示范场景项目，工程投资总额{c.m(i1)}，按若干措施能拿多少？",
            f"那如果工程投资总额是{c.m(i2)}呢"], ANS(ref_m5_ai(i2))


@mt("mt-09", "late_fact", "ineligible_end")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c, rev=c.rng.randrange(3000, 9000, 10) * WAN)
    try:
        ref_d13(rev, rd1, rd2)
    except Ineligible as e:
        res = INEL(e.cite)
    return ["我们是小微企业，想申请研发创新支持", f"前年研发投入{c.m(rd2)}，去年{c.m(rd1)}，连续三年都在增长",
            f"哦对了，上一年营业收入是{c.m(rev)}，能拿多少？"], res


@mt("mt-10", "facts_split")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return ["想问下中小企业研发支持", f"上年营收{c.m(rev)}",
            f"研发投入：前年{c.m(rd2)}，去年{c.m(rd1)}，三年连续增长", "没领过，中小企业，能拿多少？"], \
        ANS(ref_d13(rev, rd1, rd2))


M_UNITS = {  # measure -> responsible units as printed (for lookups)
    "（一）": "市科委中关村管委会、昌平区政府",
    "（二）": "市卫生健康委、市科委中关村管委会、市药监局、昌平区政府",
    "（三）": "市科委中关村管委会、市经济和信息化局、市教委、市卫生健康委、昌平区政府",
    "（四）": "市发展改革委、市经济和信息化局、市科委中关村管委会、市卫生健康委、市医保局、市政务和数据局、昌平区政府",
    "（五）": "市发展改革委、市卫生健康委、市科委中关村管委会、市医保局、市药监局、昌平区政府",
    "（六）": "市科委中关村管委会、市药监局、昌平区政府",
    "（七）": "市科委中关村管委会、市发展改革委、市经济和信息化局、市卫生健康委、市国资委、昌平区政府",
    "（八）": "昌平区政府、市医保局、北京金融监管局、市委金融办、市科委中关村管委会、市卫生健康委",
    "（九）": "昌平区政府、市科委中关村管委会、市国资委、市委金融办、人民银行北京市分行、北京金融监管局、北京证监局",
    "（十）": "市发展改革委、市科委中关村管委会、市经济和信息化局、市药监局、昌平区政府",
    "（十一）": "市发展改革委、市科委中关村管委会、市经济和信息化局、昌平区政府",
    "（十二）": "市科委中关村管委会、昌平区政府",
    "（十三）": "市科委中关村管委会、市商务局、市药监局、昌平区政府",
    "（十四）": "市人才局、市教委、市发展改革委、市人力资源社会保障局、市卫生健康委、市科委中关村管委会、昌平区政府",
    "（十五）": "市规划自然资源委、市教委、市住房城乡建设委、市卫生健康委、市交通委、市重大项目办、市发展改革委、昌平区政府",
    "（十六）": "市科委中关村管委会、市经济和信息化局、市发展改革委、市卫生健康委、市药监局、市医保局、市人才局、市人力资源社会保障局、市住房城乡建设委、昌平区政府等",
    "（十七）": "市科委中关村管委会、市经济和信息化局、市发展改革委、市规划自然资源委、市商务局、市卫生健康委、市医保局、市药监局、昌平区政府等",
}
M_TITLES = {"（一）": "强化原始创新策源", "（二）": "提升临床研究水平", "（三）": "加快创新成果转化",
            "（四）": "夯实AI+医药健康要素基础", "（五）": "加快AI+医药健康示范应用", "（六）": "加快创新药械研发上市",
            "（七）": "完善产业服务平台体系", "（八）": "探索创新药械多元支付方式", "（九）": "加大科技金融创新赋能",
            "（十）": "加速特色产业集聚", "（十一）": "强化园区建设支持", "（十二）": "汇聚全球创新资源",
            "（十三）": "加强出海支持", "（十四）": "构建多层次人才梯队", "（十五）": "完善人才配套保障",
            "（十六）": "推动建立市区联动推进机制", "（十七）": "强化政策集成落地"}


@mt("mt-11", "topic_switch", "lookup_end")
def _(c):
    svc = c.wan_round(100, 15000, 10)
    k = c.rng.choice(list(M_TITLES))
    return [f"{c.rng.choice(CRO)}企业，实际服务金额{c.m(svc)}能拿多少？",
            f"好的。换个问题，若干措施里“{M_TITLES[k]}”那条是哪些单位负责的？"], LOOK((M, k))


@mt("mt-12", "topic_switch")
def _(c):
    s = c.rng.randrange(20, 500) * 100 * WAN
    return [f"我们{c.rng.choice(DRUG_ZH)}进入{c.stage(c.rng.choice(['I', 'II', 'III']))}，能拿多少？",
            f"先不说这个了，问下我们销售平台型企业年度销售收入{c.m(s)}能拿多少"], ANS(ref_d8_sales(s))


@mt("mt-13", "facts_split")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    svc = c.wan_round(100, 15000, 10)
    return ["We're a CRO in Changping.", f"Last year's actual service amount was {c.m(svc)}.",
            "So how much support can we get?"], ANS(ref_d15_cro(svc))


@mt("mt-14", "facts_split")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    svc = c.wan_round(100, 15000, 10)
    return [f"我們是{c.rng.choice(CRO_T)}企業", f"年度實際服務金額{c.m(svc)}", "可以拿多少？"], ANS(ref_d15_cro(svc))


@mt("mt-15", "correction")
def _(c):
    tx, w = c.wan_round(200, 9000, 10), c.wan_round(200, 9000, 10)
    return [f"我们是上市许可持有人，委托生产，该品种实际交易额{c.m(w)}，能补多少？",
            f"更正：实际交易额{c.m(tx)}"], ANS(ref_d8_entrust(tx))


@mt("mt-16", "answers_follow_up")
def _(c):
    prev, cur = d12_pair(c.rng, c.rng.choice([0, 1, 2, 3]))
    return ["我们单品种年产值的奖励怎么算？能拿多少？",
            f"这个品种往年最高{c.m(prev)}，今年{c.m(cur)}"], ANS(ref_d12_output(prev, cur))


@mt("mt-17", "facts_split")
def _(c):
    rev = c.rng.randrange(100, 600) * 500 * WAN
    return ["今年我们主营业务收入首次突破5亿元", f"具体是{c.m(rev)}", "能拿多少"], ANS(ref_d12_rev(rev))


@mt("mt-18", "correction", "ineligible_end")
def _(c):
    rev = c.rng.randrange(100, 600) * 500 * WAN
    over = c.rng.randrange(100, 600) * 500 * WAN
    try:
        ref_d12_rev(rev, first=False)
    except Ineligible as e:
        res = INEL(e.cite)
    return [f"我们主营业务收入{c.m(rev)}，首次突破5亿，能拿多少？",
            f"不对，我查了下前年主营业务收入其实已经到过{c.m(over)}了"], res


@mt("mt-19", "facts_split")
def _(c):
    inv = c.rng.choice([c.wan_round(800, 9990, 10), c.wan_round(10000, 30000, 100)])
    calc = ref_d15_platform(inv)
    if calc["amount"] == 3000 * WAN:
        c.traits.add("cap_binds")
    return [f"我们建设了{c.rng.choice(PTYPE)}共享服务平台，已通过认定", f"平台建设实际投入{c.m(inv)}",
            "能给多少？"], ANS(calc)


@mt("mt-20", "facts_split")
def _(c):
    a, b, d_ = c.wan_round(5, 300, 1), c.wan_round(5, 200, 1), c.wan_round(2, 120, 1)
    return ["我们的药品新获得FDA认证", f"海外注册费{c.m(a)}，检测费{c.m(b)}",
            f"还有当地代理费{c.m(d_)}，总共能补多少？"], ANS(ref_d11_intl(a, b, d_))


@mt("mt-21", "ineligible_end")
def _(c):
    u = c.rng.randrange(10, 100) * 100 * WAN  # 1000万..9900万美元
    try:
        ref_d11_lic_out(u)
    except Ineligible as e:
        res = INEL(e.cite)
    return ["我们和跨国龙头企业签了License-out合同，一个品种", f"合同总额{c.usd(u)}", "能拿多少？"], res


@mt("mt-22", "correction")
def _(c):
    w = c.rng.randrange(10, 100) * 100 * WAN
    u = c.rng.randrange(11, 100) * 1000 * WAN
    wt, ut = c.usd(w), c.usd(u)
    return [f"License-out合同总额{wt}，一个品种，能拿支持吗？", f"不是{wt}，是{ut}，合同已签"], \
        ANS(ref_d11_lic_out(u))


@mt("mt-23", "facts_split")
def _(c):
    inv = c.rng.choice([c.wan_round(500, 5990, 10), c.wan_round(6000, 30000, 100)])
    calc = ref_m11_park(inv)
    if calc["amount"] == 3000 * WAN:
        c.traits.add("cap_binds")
    return ["我们园区引入了全球领先的生物医药园区运营管理资源", f"项目投资总额{c.m(inv)}，按若干措施能拿多少"], ANS(calc)


@mt("mt-24", "total_followup", "multi_provision")
def _(c):
    svc, cost = c.wan_round(100, 9000, 10), c.wan_round(20, 1000, 5)
    return [f"我们CRO年度实际服务金额{c.m(svc)}，能拿多少？",
            f"我们还办了一场{c.rng.choice(EV)}（经认定的高品质活动），实际发生费用{c.m(cost)}，这个呢？",
            "那一共呢？"], ANS(combine([ref_d15_cro(svc), ref_d16_event(cost)]))


@mt("mt-25", "greeting_first")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    n = c.rng.choice([1, 2, 3])
    return [c.rng.choice(["你好", "在吗", "hi"]), "你好，我想问个政策",
            f"{c.rng.choice(DRUG_ZH)}进入{c.stage(s)}临床，{c.cnt(n)}品种，能拿多少？"], ANS(ref_d5_entry([(s, n)]))


@mt("mt-26", "facts_split")
def _(c):
    cls = c.rng.choice([1, 2, 3])
    return ["我们是动物药企业", f"拿到了{VCLS[cls]}新兽药注册证书，已经产业化，一个品种", "最高给多少？"], \
        ANS(ref_d6_vet(cls))


@mt("mt-27", "facts_split")
def _(c):
    inv = c.wan_round(300, 15000, 10)
    return ["我们按药品上市许可持有人制度承担别人的产品生产", f"实际投入{c.m(inv)}", "能支持多少"], ANS(ref_d8_cmo(inv))


@mt("mt-28", "needs_info_end")
def _(c):
    return [f"我们是{c.rng.choice(CRO)}企业", c.rng.choice(["能拿多少支持？", "按支持办法能给我们多少钱？"])], NEED(A15)


@mt("mt-29", "needs_info_end")
def _(c):
    return ["我们有个AI+药物研发的标杆示范场景项目，符合条件", "按若干措施能给我们多少钱？"], NEED(M5)


@mt("mt-30", "correction")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    w = rd1 + c.rng.randrange(1, 30) * 10 * WAN
    return [f"中小企业，上年营收{c.m(rev)}，去年研发投入{c.m(w)}，前年{c.m(rd2)}，三年都在增长，没领过，能拿多少？",
            f"刚才去年的研发投入说错了，应该是{c.m(rd1)}"], ANS(ref_d13(rev, rd1, rd2))


@mt("mt-31", "correction")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    s = c.rng.choice(["I", "II", "III"])
    w = other_stage(c.rng, s)
    return [f"我們的1類化學藥進入{c.stage(w)}臨床試驗，可以拿多少？", f"更正：是進入{c.stage(s)}，不是{c.stage(w)}"], \
        ANS(ref_d5_entry([(s, 1)]))


@mt("mt-32", "correction")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    inv, w = c.wan_round(1000, 30000, 100), c.wan_round(1000, 30000, 100)
    return [f"AI-assisted diagnosis demonstration project, engineering investment {c.m(w)}. Max support under the 2026-2028 measures?",
            f"Sorry, correction: the engineering investment is {c.m(inv)}."], ANS(ref_m5_ai(inv))


@mt("mt-33", "long_context")
def _(c):
    svc = c.wan_round(100, 15000, 10)
    c.traits.add("distractor")
    ctx = "，".join(distractor_zh(c.rng, used=c.used) for _ in range(4))
    return [f"先介绍下我们公司：{ctx}。", f"主要想问：我们{c.rng.choice(CRO)}去年实际服务金额{c.m(svc)}，能支持多少"], \
        ANS(ref_d15_cro(svc))


@mt("mt-34", "add_item", "total_followup")
def _(c):
    b = c.rng.choice(["1", "2", "shouFang"])
    return ["1类生物制品拿到注册证书，产业化，能给多少？", f"我们另外还有一个{c.rng.choice(D6_LABEL[b])}也拿证了，也产业化",
            "两个加起来最高多少？"], ANS(combine([ref_d6_reg("1"), ref_d6_reg(b)]))


@mt("mt-35", "add_item", "total_followup")
def _(c):
    pa, ca = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    pb, cb = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    return [f"品种A往年最高年产值{c.m(pa)}，今年{c.m(ca)}，能奖多少？", f"品种B也是，往年最高{c.m(pb)}，今年{c.m(cb)}",
            "合计多少"], ANS(combine([ref_d12_output(pa, ca), ref_d12_output(pb, cb)]))


@mt("mt-36", "draft_first")
def _(c):
    svc = c.wan_round(100, 15000, 10)
    return ["昌平组团那个支持办法征求意见稿现在生效了吗？",
            f"明白，那假如按它算，我们{c.rng.choice(CRO)}年度实际服务金额{c.m(svc)}，能拿多少？"], ANS(ref_d15_cro(svc))


@mt("mt-37", "correction")
def _(c):
    cls = c.rng.choice([1, 2, 3])
    w = c.rng.choice([x for x in (1, 2, 3) if x != cls])
    return [f"{VCLS[w]}新兽药拿证并产业化，一个品种，最高多少？", f"不是{VCLS[w]}，是{VCLS[cls]}"], ANS(ref_d6_vet(cls))


@mt("mt-38", "correction")
def _(c):
    inv, w = c.wan_round(500, 9000, 10), c.wan_round(500, 9000, 10)
    return [f"若干措施（十一）园区引入国际运营管理资源的项目，项目投资总额{c.m(w)}", f"更正：项目投资总额是{c.m(inv)}",
            "能拿多少？"], ANS(ref_m11_park(inv))


@mt("mt-39", "rule_first")
def _(c):
    inv = c.wan_round(800, 9990, 10)
    return ["共享服务平台建设支持的比例是多少？", f"我们检验检测共享平台（已认定）实际投入{c.m(inv)}，那能拿多少？"], \
        ANS(ref_d15_platform(inv))


@mt("mt-40", "correction")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    n = c.rng.choice([1, 2, 3])
    return [f"我们有{n + 1}个1类新药进入{c.stage(s)}，能拿多少？", f"更正：是{n}个，有一个还没入组"], \
        ANS(ref_d5_entry([(s, n)]))


@mt("mt-41", "approx", "cap_binds")
def _(c):
    inv = c.rng.randrange(22, 60) * 1000 * WAN
    txt, _ = approx(c.rng, c.m(inv))
    return [f"我们AI药物研发示范场景项目工程投资总额{txt}（无论如何都在2亿以上）", "能拿多少"], ANS(ref_m5_ai(inv))


@mt("mt-42", "topic_switch", "out_of_scope_end")
def _(c):
    return [f"我们办了个论坛，实际费用{c.m(c.wan_round(20, 900, 5))}",
            c.rng.choice(["算了，先问个别的：北京明天天气怎么样？", "等下，先帮我推荐个附近好吃的火锅店"])], \
        (["out_of_scope"], [], None, None)


@mt("mt-43", "what_if")
def _(c):
    cls = c.rng.choice([1, 2, 3])
    n = c.rng.choice([2, 3])
    return [f"{VCLS[cls]}新兽药证书，产业化，最高多少？", f"如果是{c.cnt(n)}品种呢？"], ANS(ref_d6_vet(cls, n))


@mt("mt-44", "correction", "base_trap")
def _(c):
    tx = c.wan_round(200, 9000, 10)
    contract = tx + c.wan_round(100, 3000, 50)
    return [f"委托昌平企业生产我们持有的产品，合同额{c.m(contract)}，能补多少？", f"哦，这个品种实际交易额只有{c.m(tx)}"], \
        ANS(ref_d8_entrust(tx))


@mt("mt-45", "late_fact", "ineligible_end")
def _(c):
    svc = c.wan_round(100, 9000, 10)
    try:
        ref_d15_cro(svc, years_done=3)
    except Ineligible as e:
        res = INEL(e.cite)
    return [f"我们CRO去年实际服务金额{c.m(svc)}，能拿多少？", "补充一下，我们已经连续拿了三年这个支持了，今年还能拿多少？"], res


@mt("mt-46", "correction")
def _(c):
    return ["我们License-in了一个产品，还没上市，能拿吗？", "更正一下，上个月已经获批上市了，在本土产业化，现在最高能拿多少？"], \
        ANS(ref_d11_lic_in(1))


@mt("mt-47", "facts_split")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    s = c.rng.randrange(20, 500) * 100 * WAN
    return ["We're a pharma sales-platform company in Changping.", f"Annual sales revenue: {c.m(s)}.",
            "What support do we get?"], ANS(ref_d8_sales(s))


@mt("mt-48", "answers_follow_up")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    prev, cur = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    return ["請問單品種年產值首次突破的獎勵是多少？", f"往年最高{c.m(prev)}，今年{c.m(cur)}"], ANS(ref_d12_output(prev, cur))


@mt("mt-49", "facts_split", "distractor")
def _(c):
    s = c.rng.randrange(20, 500) * 100 * WAN
    return [f"我们公司{distractor_zh(c.rng, used=c.used)}，{distractor_zh(c.rng, used=c.used)}", f"我们是销售平台型企业，年度销售收入{c.m(s)}",
            "按支持办法给多少？"], ANS(ref_d8_sales(s))


@mt("mt-50", "facts_split")
def _(c):
    return ["我们想办国际学术研讨会", "生命科学领域的，高水平，符合条件", "若干措施最多支持多少"], ANS(ref_m12("conference"))


@mt("mt-51", "correction")
def _(c):
    return ["我们在海外设立了研发中心，若干措施出海支持多少？", "不对，我们是在海外设立了孵化器，推动医药技术项目出海，那最高多少？"], \
        ANS(ref_m13("overseas_platform"))


@mt("mt-52", "correction")
def _(c):
    a, b, d_ = c.wan_round(5, 300, 1), c.wan_round(5, 200, 1), c.wan_round(2, 120, 1)
    w = d_ + c.rng.randrange(1, 40) * WAN
    return [f"EMA认证，海外注册费{c.m(a)}，检测费{c.m(b)}，当地代理费{c.m(w)}", f"代理费更正为{c.m(d_)}", "现在能补多少？"], \
        ANS(ref_d11_intl(a, b, d_))


@mt("mt-53", "facts_split")
def _(c):
    inv = c.wan_round(1000, 30000, 100)
    return ["问个若干措施的事", "AI辅助诊断的标杆示范场景", f"项目工程投资总额{c.m(inv)}", "符合条件，能拿多少？"], \
        ANS(ref_m5_ai(inv))


@mt("mt-54", "correction")
def _(c):
    bad = c.rng.randrange(30, 99) * 500 * WAN
    rev = c.rng.randrange(100, 600) * 500 * WAN
    return [f"主营业务收入{c.m(bad)}，能拿扩能升级的支持吗？", f"刚才说错了，是{c.m(rev)}，首次突破5亿，能拿多少"], \
        ANS(ref_d12_rev(rev))


@mt("mt-55", "facts_split")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return ["研发创新支持，我们已经领过两年了，还能领吗？",
            f"上年营收{c.m(rev)}，研发投入前年{c.m(rd2)}、去年{c.m(rd1)}，连续三年增长，中小企业", "那今年能拿多少"], \
        ANS(ref_d13(rev, rd1, rd2, years_done=2))


@mt("mt-56", "correction")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    try:
        ref_d5_entry([(s, 1)], cls=2)
    except Ineligible as e:
        res = INEL(e.cite, also=("answered",))
    return [f"我们{c.rng.choice(DRUG_ZH)}进入{c.stage(s)}了能拿多少？", "更正：不是1类，是2类化学药"], res


@mt("mt-57", "needs_info_end")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    return ["我們是CRO機構", "可以拿多少支持？"], NEED(A15)


@mt("mt-58", "topic_switch", "lookup_end")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    svc = c.wan_round(100, 15000, 10)
    return [f"Our CRO had an actual service amount of {c.m(svc)} last year.",
            "OK. Different question: which government units are responsible for measure (13), the one on going overseas?"], \
        LOOK(M13)


@mt("mt-59", "total_followup", "multi_provision")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    cls = c.rng.choice(["1", "2"])
    return [f"我们A品种{c.rng.choice(DRUG_ZH)}进入{c.stage(s)}，能拿多少？",
            f"B品种是{c.rng.choice(D6_LABEL[cls])}，刚拿到注册证书，产业化，这个最高多少？", "那一共呢"], \
        ANS(combine([ref_d5_entry([(s, 1)]), ref_d6_reg(cls)]))


@mt("mt-60", "add_item", "total_followup")
def _(c):
    i1, i2 = c.wan_round(1000, 30000, 100), c.wan_round(1000, 30000, 100)
    calc = combine([ref_m5_ai(i1), ref_m5_ai(i2)])
    if 5000 * WAN in (p["amount"] for p in calc["parts"]):
        c.traits.add("cap_binds")
    return [f"AI示范场景项目一，工程投资总额{c.m(i1)}，能拿多少", f"还有项目二，也是示范场景，工程投资总额{c.m(i2)}",
            "两个项目加起来最多多少？"], ANS(calc)


@mt("mt-61", "late_fact", "ineligible_end")
def _(c):
    try:
        ref_d6_reg("1", industrialised=False)
    except Ineligible as e:
        res = INEL(e.cite)
    return ["1类化学药拿到注册证书了，最高多少？", "补充：我们不打算自己产业化，准备把这个品种整体转让给外地企业，那还能拿多少？"], res


@mt("mt-62", "facts_split", "table")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return ["帮我算下第十三条研发支持", f"研发投入：\n2023年：{c.m(rd3)}\n2024年：{c.m(rd2)}\n2025年：{c.m(rd1)}",
            f"2025年营业收入{c.m(rev)}，小微企业，第一次申请"], ANS(ref_d13(rev, rd1, rd2))


@mt("mt-63", "topic_switch")
def _(c):
    prev, cur = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    return ["你们能回答哪些政策的问题？", f"好，那我们一个品种往年最高年产值{c.m(prev)}，今年{c.m(cur)}，首次突破，能奖多少？"], \
        ANS(ref_d12_output(prev, cur))


@mt("mt-64", "add_item", "total_followup")
def _(c):
    return ["我们外资研发中心研发投入增长明显，若干措施最多给多少？", "另外我们今年还要办一场生命科学领域的高水平国际学术研讨会，符合条件",
            "两项合起来最多多少？"], ANS(combine([ref_m12("rd_center"), ref_m12("conference")]))


def build_multi(rng, n_cases):
    order = list(range(len(MT)))
    rng.shuffle(order)
    picks = order + [rng.randrange(len(MT)) for _ in range(n_cases - len(order))]
    for idx in picks[:n_cases]:
        while True:  # never emit two identical surfaces: re-pick a template if needed
            tid, f, traits = MT[idx]
            c = Ctx(rng, "zh")
            c.auto = True
            turns, (status, cite, amount, kind) = f(c)
            if tuple(turns) not in SEEN:
                break
            idx = rng.randrange(len(MT))
        SEEN.add(tuple(turns))
        add("multi", "multi-turn", turns, status, cite, amount, kind, set(traits) | c.traits | {"multi_turn"}, tid)


# =============================================================================
# 8. MULTI-ITEM / MULTI-PROVISION SUMS
# =============================================================================
MI = []


def mi(tid, *traits):
    def deco(f):
        MI.append((tid, f, list(traits)))
        return f
    return deco


def two_stages(rng):
    return rng.choice(["I", "II", "III"]), rng.choice(["I", "II", "III"])


@mi("mi-01", "table")
def _(c):
    a, b = two_stages(c.rng)
    return [f"项目A：{c.rng.choice(DRUG_ZH)}，进入{c.stage(a)}；项目B：{c.rng.choice(DRUG_ZH)}，进入{c.stage(b)}。一共多少奖励？"], \
        ANS(ref_d5_entry([(a, 1), (b, 1)]))


@mi("mi-02", "bullets")
def _(c):
    its = [(c.rng.choice(["I", "II", "III"]), 1) for _ in range(3)]
    lines = "\n".join(f"- 品种{k}：{c.rng.choice(DRUG_ZH)}，今年进入{c.stage(s)}临床" for k, (s, _) in zip("ABC", its))
    return [f"{c.pre()}我们今年的临床进展：\n{lines}\n按支持办法合计多少？"], ANS(ref_d5_entry(its))


@mi("mi-03", "cap_binds")
def _(c):
    n3 = c.rng.randrange(42, 50)
    n2 = c.rng.randrange(20, 30)
    calc = ref_d5_entry([("III", n3), ("II", n2)])
    assert calc["amount"] == YI
    return [f"我们集团今年有{n3}个1类新药（生物制品和化药都有）进入Ⅲ期、{n2}个进入Ⅱ期，都在昌平，第五条今年一共能拿多少？"], ANS(calc)


@mi("mi-04", "")
def _(c):
    b = c.rng.choice(["2", "shouFang", "gaiLiang"])
    return [f"{c.pre()}今年两个品种拿到药品注册证书并在昌平产业化：一个是{c.rng.choice(D6_LABEL['1'])}，一个是{c.rng.choice(D6_LABEL[b])}，最高合计多少？"], \
        ANS(combine([ref_d6_reg("1"), ref_d6_reg(b)]))


@mi("mi-05", "")
def _(c):
    return ["我们动物药这块今年收获不错：一类新兽药1个、二类新兽药1个、三类新兽药1个，都拿到注册证书并产业化了，总共最高多少？"], \
        ANS(combine([ref_d6_vet(1), ref_d6_vet(2), ref_d6_vet(3)]))


@mi("mi-06", "table")
def _(c):
    pa, ca = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    pb, cb = d12_pair(c.rng, c.rng.choice([0, 1, 2, 3]))
    return [f"单品种年产值：品种甲——往年最高{c.m(pa)}，今年{c.m(ca)}；品种乙——往年最高{c.m(pb)}，今年{c.m(cb)}。两个品种的奖励合计多少？"], \
        ANS(combine([ref_d12_output(pa, ca), ref_d12_output(pb, cb)]))


@mi("mi-07", "multi_provision")
def _(c):
    rev = c.rng.randrange(100, 600) * 500 * WAN
    p, cu = d12_pair(c.rng, c.rng.choice([0, 1, 2]))
    return [f"{c.pre()}今年主营业务收入首次突破5亿元，达到{c.m(rev)}；另外单品种X年产值往年最高{c.m(p)}，今年{c.m(cu)}。两项合计能拿多少？"], \
        ANS(combine([ref_d12_rev(rev), ref_d12_output(p, cu)]))


@mi("mi-08", "table")
def _(c):
    i1 = c.wan_round(1000, 16000, 100)
    i2 = c.rng.choice([c.wan_round(1000, 16000, 100), c.wan_round(17000, 50000, 100)])
    calc = combine([ref_m5_ai(i1), ref_m5_ai(i2)])
    if any(p["amount"] == 5000 * WAN for p in calc["parts"]):
        c.traits.add("cap_binds")
    return [f"若干措施（五）申报两个示范场景项目：\n项目A：AI+药物研发，工程投资总额{c.m(i1)}；\n项目B：AI辅助诊断，工程投资总额{c.m(i2)}。\n两个项目最多一共多少？"], ANS(calc)


@mi("mi-09", "multi_provision")
def _(c):
    i1 = c.wan_round(1000, 30000, 100)
    i2 = c.wan_round(500, 9000, 10)
    return [f"两个不同的项目：一是AI辅助诊断标杆示范场景，工程投资总额{c.m(i1)}；二是园区引入全球领先运营管理资源，项目投资总额{c.m(i2)}。按若干措施分别最多多少、合计多少？"], \
        ANS(combine([ref_m5_ai(i1), ref_m11_park(i2)]))


@mi("mi-10", "multi_provision")
def _(c):
    return [f"{c.pre()}我们是外资企业：①昌平研发中心研发投入今年增长了{c.m(c.wan_round(300, 5000, 10))}；②还要办一场生命科学领域高水平国际学术研讨会议。按若干措施两项最多合计多少？"], \
        ANS(combine([ref_m12("rd_center"), ref_m12("conference")]))


@mi("mi-11", "multi_provision")
def _(c):
    return ["我们两件事：技术成果首次海外应用；另外在新加坡设立了孵化器推动医药技术项目出海。若干措施（十三）两项最高合计？"], \
        ANS(combine([ref_m13("overseas_app"), ref_m13("overseas_platform")]))


@mi("mi-12", "multi_provision")
def _(c):
    svc = c.wan_round(100, 9000, 10)
    inv = c.wan_round(800, 15000, 10)
    return [f"{c.pre()}我们CRO年度实际服务金额{c.m(svc)}；另外新建了一个实验动物服务共享平台（已认定），平台建设实际投入{c.m(inv)}。这两块合计最多多少？"], \
        ANS(combine([ref_d15_cro(svc), ref_d15_platform(inv)]))


@mi("mi-13", "multi_provision")
def _(c):
    u = c.rng.randrange(11, 100) * 1000 * WAN
    return [f"品种一：License-in引进，已上市并本土产业化；品种二：License-out给跨国龙头企业，合同总额{c.usd(u)}，已签。两个品种合计最多多少？"], \
        ANS(combine([ref_d11_lic_in(1), ref_d11_lic_out(u)]))


@mi("mi-14", "multi_provision")
def _(c):
    tx = c.wan_round(200, 9000, 10)
    s = c.rng.randrange(20, 500) * 100 * WAN
    return [f"我们既是持有人（委托昌平企业生产，该品种实际交易额{c.m(tx)}），又是销售平台型企业（年度销售收入{c.m(s)}）。两块一共多少？"], \
        ANS(combine([ref_d8_entrust(tx), ref_d8_sales(s)]))


@mi("mi-15", "table")
def _(c):
    a = [c.wan_round(5, 200, 1) for _ in range(3)]
    b = [c.wan_round(5, 200, 1) for _ in range(3)]
    return [f"两个药品新获国际认证：\n药品1（FDA）：海外注册费{c.m(a[0])}，检测费{c.m(a[1])}，当地代理费{c.m(a[2])}\n药品2（EMA）：海外注册费{c.m(b[0])}，检测费{c.m(b[1])}，当地代理费{c.m(b[2])}\n合计最多补多少？"], \
        ANS(combine([ref_d11_intl(*a), ref_d11_intl(*b)]))


@mi("mi-16", "multi_provision")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    p, cu = d12_pair(c.rng, c.rng.choice([0, 1]))
    return [f"{c.pre()}新品种{c.rng.choice(DRUG_ZH)}今年进入{c.stage(s)}临床；老品种年产值往年最高{c.m(p)}，今年{c.m(cu)}。今年能拿的加起来多少？"], \
        ANS(combine([ref_d5_entry([(s, 1)]), ref_d12_output(p, cu)]))


@mi("mi-17", "same_matter")
def _(c):
    rev = c.rng.randrange(100, 600) * 500 * WAN
    calc = combine([ref_d8_sales(rev), ref_d12_rev(rev)], same_matter=[(0, 1)])
    return [f"我们是医药健康销售平台型企业，今年年度销售收入就是主营业务收入，{c.m(rev)}，首次突破5亿。同一笔年度收入，第八条销售平台和第十二条首次突破5亿能不能都拿？最后合计多少？"], \
        ANS(calc)


@mi("mi-18", "same_matter")
def _(c):
    calc = combine([ref_d6_reg("1"), ref_d11_lic_in(1)], same_matter=[(0, 1)])
    return ["同一个品种：我们通过License-in从国外引进、在本土产业化，它同时是1类化学药，现在拿到药品注册证书上市了。第六条和第十一条能叠加吗？这个品种最多能拿多少？"], \
        ANS(calc)


@mi("mi-19", "multi_year")
def _(c):
    ys = [c.wan_round(100, 6000, 10) for _ in range(3)]
    return [f"我们CDMO的年度实际服务金额：2023年{c.m(ys[0])}，2024年{c.m(ys[1])}，2025年{c.m(ys[2])}。这三年每年都按第十五条申请，累计最多能拿多少？"], \
        ANS(combine([ref_d15_cro(y) for y in ys]))


@mi("mi-20", "multi_provision")
def _(c):
    cost = c.wan_round(20, 1500, 5)
    return [f"{c.pre()}今年办了两个活动：一个是我们公司作为市场化主体办的{c.rng.choice(EV)}，实际发生费用{c.m(cost)}（按支持办法）；另一个是生命科学领域高水平国际学术研讨会议（按若干措施，符合条件）。两项合计最多多少？"], \
        ANS(combine([ref_d16_event(cost), ref_m12("conference")]))


@mi("mi-21", "")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    a, b = two_stages(c.rng)
    return [f"我們有兩個1類生物製品：一個進入{c.stage(a)}臨床，一個進入{c.stage(b)}臨床，合計可以拿多少獎勵？"], \
        ANS(ref_d5_entry([(a, 1), (b, 1)]))


@mi("mi-22", "")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    i1, i2 = c.wan_round(1000, 30000, 100), c.wan_round(1000, 30000, 100)
    calc = combine([ref_m5_ai(i1), ref_m5_ai(i2)])
    if any(p["amount"] == 5000 * WAN for p in calc["parts"]):
        c.traits.add("cap_binds")
    return [f"Two AI demonstration projects under the 2026–2028 measures: Project A engineering investment {c.m(i1)}; Project B engineering investment {c.m(i2)}. Maximum total support?"], ANS(calc)


@mi("mi-23", "partial_ineligible")
def _(c):
    pa, ca = d12_pair(c.rng, 1)
    pb = c.rng.randrange(120, 450, 10) * WAN * 100  # 1.2亿..4.5亿 best ever
    cb = pb - c.rng.randrange(1, 10) * 1000 * WAN  # fell this year: no new tier
    try:
        ref_d12_output(pb, cb)
        raise AssertionError
    except Ineligible:
        pass
    return [f"品种A：往年最高{c.m(pa)}，今年{c.m(ca)}；品种B：往年最高{c.m(pb)}，今年{c.m(cb)}。单品种年产值奖励合计多少？"], \
        ANS(ref_d12_output(pa, ca))


@mi("mi-24", "partial_ineligible")
def _(c):
    u1 = c.rng.randrange(11, 100) * 1000 * WAN
    u2 = c.rng.randrange(10, 100) * 100 * WAN
    try:
        ref_d11_lic_out(u2)
        raise AssertionError
    except Ineligible:
        pass
    return [f"我们今年签了两个License-out（两个不同品种，都是跨国龙头企业）：一个合同总额{c.usd(u1)}，另一个合同总额{c.usd(u2)}，合计能拿多少？"], \
        ANS(ref_d11_lic_out(u1))


@mi("mi-25", "cap_binds")
def _(c):
    i1 = c.wan_round(10000, 30000, 100)
    i2 = c.wan_round(10000, 30000, 100)
    calc = combine([ref_d15_platform(i1), ref_d15_platform(i2)])
    return [f"我们建了两个不同的共享服务平台（都已认定）：检验检测平台实际投入{c.m(i1)}，临床转化服务平台实际投入{c.m(i2)}。按第十五条一共最多多少？"], ANS(calc)


@mi("mi-26", "bullets")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    cls = c.rng.choice([1, 2, 3])
    svc = c.wan_round(100, 5000, 10)
    return [f"{c.pre()}汇总一下我们今年的情况：\n1. 一个1类中药进入{c.stage(s)}临床\n2. {VCLS[cls]}新兽药拿到注册证书并产业化（1个品种）\n3. CRO业务年度实际服务金额{c.m(svc)}\n按支持办法总共最多多少？"], \
        ANS(combine([ref_d5_entry([(s, 1)]), ref_d6_vet(cls), ref_d15_cro(svc)]))


@mi("mi-27", "figure_first")
def _(c):
    tx1, tx2 = c.wan_round(200, 5000, 10), c.wan_round(200, 5000, 10)
    return [f"{c.m(tx1)}和{c.m(tx2)}，分别是我们委托昌平企业生产的两个品种的实际交易额，我们是持有人，合计能支持多少？"], \
        ANS(combine([ref_d8_entrust(tx1), ref_d8_entrust(tx2)]))


@mi("mi-28", "table")
def _(c):
    e1, e2 = c.wan_round(20, 800, 5), c.wan_round(20, 800, 5)
    return [f"活动1：产业论坛，实际发生费用{c.m(e1)}；活动2：创新创业赛事，实际发生费用{c.m(e2)}。都是我们（市场化主体）办的高品质活动，按支持办法合计最多补多少？"], \
        ANS(combine([ref_d16_event(e1), ref_d16_event(e2)]))


@mi("mi-29", "multi_provision")
def _(c):
    i = c.wan_round(500, 9000, 10)
    return [f"若干措施：我们既是符合条件的科技服务业企业（想申请效能提升），又在做园区引入全球领先运营管理资源的项目，项目投资总额{c.m(i)}。两项分别是不同事项，最多合计多少？"], \
        ANS(combine([ref_m7_service(), ref_m11_park(i)]))


@mi("mi-30", "")
def _(c):
    n = c.rng.choice([2, 3])
    return [f"{c.pre()}我们有{c.cnt(n)}首仿药和1个2类生物制品今年拿到注册证书，都在昌平产业化，合计最高多少？"], \
        ANS(combine([ref_d6_reg("shouFang", n), ref_d6_reg("2")]))


def build_items(rng, n_cases):
    order = list(range(len(MI)))
    rng.shuffle(order)
    picks = order + [rng.randrange(len(MI)) for _ in range(n_cases - len(order))]
    for idx in picks[:n_cases]:
        while True:  # never emit two identical surfaces: re-pick a template if needed
            tid, f, traits = MI[idx]
            c = Ctx(rng, "zh")
            c.auto = True
            turns, (status, cite, amount, kind) = f(c)
            if tuple(turns) not in SEEN:
                break
            idx = rng.randrange(len(MI))
        SEEN.add(tuple(turns))
        tr = set(t for t in traits if t) | c.traits | {"multi_item"}
        add("items", "multi-item", turns, status, cite, amount, kind, tr, tid)


# =============================================================================
# 9. NEEDS_INFO / INELIGIBLE / APPROXIMATE FIGURES / THRESHOLD EDGES
# =============================================================================
NI = []


def ni(tid, *traits):
    def deco(f):
        NI.append((tid, f, list(traits)))
        return f
    return deco


def _need(text, cite):
    return lambda c: ([text.format(pre=c.pre())], NEED(cite))


for _tid, _text, _cite in [
    ("ni-01", "{pre}我们有个1类新药进入临床试验了，能拿多少？", A5),
    ("ni-02", "{pre}新药拿到注册证书了，准备在昌平产业化，能给多少？", A6),
    ("ni-03", "{pre}我们拿到了新兽药注册证书，已经产业化，能支持多少？", A6),
    ("ni-04", "我们是CRO，按支持办法能拿多少？", A15),
    ("ni-05", "{pre}共享服务平台建设能给多少钱？我们是检验检测平台，已经认定了", A15),
    ("ni-06", "委托生产能补多少？我们是持有人，委托园区企业生产", A8),
    ("ni-07", "{pre}销售平台型企业能拿多少？", A8),
    ("ni-08", "药品新获FDA认证，注册费用能补多少？", A11),
    ("ni-09", "{pre}License-out合同已经签了，和跨国大药企，能拿多少？", A11),
    ("ni-10", "主营业务收入今年首次突破5亿了，能给多少？", A12),
    ("ni-11", "{pre}我们的单品种年产值今年突破了，能奖多少？", A12),
    ("ni-12", "AI辅助诊断示范场景项目按若干措施能给多少？", M5),
    ("ni-13", "{pre}园区引入全球领先运营管理资源的项目，若干措施能拿多少？", M11),
    ("ni-14", "中小企业研发创新支持，我们能拿多少？", A13),
    ("ni-15", "{pre}我们办了一场高品质的产业活动，能补多少？", A16),
    ("ni-16", "我們的單品種年產值今年首次突破，請問獎勵多少？", A12),
    ("ni-17", "We're a CDMO in Changping. How much support can we get under the zone draft?", A15),
    ("ni-18", "{pre}我们有几个1类新药进入Ⅲ期了，能拿多少？", A5),
    ("ni-19", "按持有人制度承担生产能支持多少？", A8),
]:
    NI.append((_tid, _need(_text, _cite), ["needs_info"]))


@ni("ni-20", "needs_info")
def _(c):
    cur = c.rng.randrange(11, 49) * 1000 * WAN
    return [f"今年我们单品种年产值{c.m(cur)}，能拿多少奖励？"], NEED(A12)


def _approx_case(c, amount_yuan):
    txt, _ = approx(c.rng, c.m(amount_yuan))
    c.traits.add("approx")
    return txt


@ni("ni-21", "approx")
def _(c):
    svc = c.wan_round(100, 9000, 10)
    ref_d15_cro(svc)
    return [f"我们CRO去年实际服务金额{_approx_case(c, svc)}，能拿多少？"], NEED(A15, also=("answered",))


@ni("ni-22", "approx")
def _(c):
    inv = c.wan_round(1000, 12000, 100)
    ref_m5_ai(inv)
    return [f"AI+药物研发示范场景项目，工程投资总额{_approx_case(c, inv)}，若干措施能拿多少？"], NEED(M5, also=("answered",))


@ni("ni-23", "approx")
def _(c):
    tx = c.wan_round(200, 9000, 10)
    return [f"{c.pre()}委托生产的那个品种实际交易额{_approx_case(c, tx)}，我们是持有人，能补多少？"], NEED(A8, also=("answered",))


@ni("ni-24", "approx")
def _(c):
    a = c.wan_round(20, 300, 10)
    return [f"新获FDA认证，注册、检测、当地代理这些费用加起来{_approx_case(c, a)}，能补多少？"], NEED(A11, also=("answered",))


@ni("ni-25", "approx")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return [f"小微企业，上年营收{c.m(rev)}，去年研发投入{_approx_case(c, rd1)}，前年{c.m(rd2)}，三年连续增长，能拿多少？"], \
        NEED(A13, also=("answered",))


@ni("ni-26", "approx")
def _(c):
    rev = c.rng.randrange(110, 600) * 500 * WAN
    return [f"今年主营业务收入首次突破5亿，{_approx_case(c, rev)}，能拿多少？"], NEED(A12, also=("answered",))


@ni("ni-27", "approx", "cap_binds")
def _(c):
    inv = c.rng.randrange(10, 40) * 1000 * WAN  # >= 1亿 -> 50% >= 5000万 > 3000万 cap
    return [f"若干措施（十一），园区引入全球领先运营管理资源，项目投资总额{_approx_case(c, inv)}（反正不低于8000万），最多能拿多少？"], \
        ANS(ref_m11_park(inv))


@ni("ni-28", "approx", "cap_binds")
def _(c):
    inv = c.rng.randrange(14, 40) * 1000 * WAN  # >= 1.4亿 -> 30% >= 4200万 > 3000万
    return [f"{c.pre()}检验检测共享服务平台已认定，建设实际投入{_approx_case(c, inv)}，不会低于1.2亿，最多给多少？"], \
        ANS(ref_d15_platform(inv))


@ni("ni-29", "approx")
def _(c):
    idx = c.rng.choice([0, 1, 2])
    prev, cur = d12_pair(c.rng, idx)
    t = D12_TIERS[idx][0]
    return [f"我们一个品种今年年产值{_approx_case(c, cur)}，是第一次突破{TIER_ZH[t]}（下一档肯定没到），往年最高{c.m(prev)}，奖多少？"], \
        ANS(ref_d12_output(prev, cur))


@ni("ni-30", "approx", "cap_binds")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    inv = c.rng.randrange(25, 60) * 1000 * WAN
    return [f"Our AI drug-discovery demonstration project has engineering investment of roughly {c.m(inv)} — definitely more than RMB 200 million. What's the maximum support under the 2026-2028 measures?"], \
        ANS(ref_m5_ai(inv))


def _inel(f_ref, cite_also=()):
    try:
        f_ref()
    except Ineligible as e:
        return INEL(e.cite, also=cite_also)
    raise AssertionError("expected ineligible")


@ni("ie-01", "threshold_edge")
def _(c):
    rev = 3000 * WAN
    _, rd1, rd2, rd3 = d13_slots(c)
    return [f"{c.pre()}我们是中小企业，上一年度营业收入正好{c.m(rev)}，去年研发投入{c.m(rd1)}，前年{c.m(rd2)}，连续三年增长，能申请研发支持吗？多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2))


@ni("ie-02", "")
def _(c):
    rev = c.rng.randrange(3100, 20000, 10) * WAN
    _, rd1, rd2, rd3 = d13_slots(c)
    return [f"中小企业，上年营收{c.m(rev)}，研发投入去年{c.m(rd1)}、前年{c.m(rd2)}，三年都增长，第十三条能拿多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2))


@ni("ie-03", "")
def _(c):
    rd1 = c.rng.randrange(300, 600, 10) * WAN
    rd2 = c.rng.randrange(100, 1000 * WAN // WAN - rd1 // WAN - 10, 10) * WAN
    rd2 = min(rd2, rd1 - 10 * WAN)
    rev = c.rng.randrange(100, 2900, 10) * WAN
    return [f"{c.pre()}小微企业，上年营收{c.m(rev)}，前年研发投入{c.m(rd2)}，去年{c.m(rd1)}，连续三年增长，能拿研发创新支持多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2))


@ni("ie-04", "")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    rd2, rd1 = max(rd1, rd2), min(rd1, rd2)  # last year fell
    return [f"中小企业，上年营收{c.m(rev)}，研发投入前年{c.m(rd2)}，去年降到{c.m(rd1)}，能申请第十三条吗？多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2, growth3=False))


@ni("ie-05", "")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return [f"我们研发创新支持已经连续拿了三年了，今年上年营收{c.m(rev)}，研发投入{c.m(rd1)}（前年{c.m(rd2)}），还在增长，今年还能拿多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2, years_done=3))


@ni("ie-06", "")
def _(c):
    rev, rd1, rd2, rd3 = d13_slots(c)
    return [f"{c.pre()}我们是大型国企下属的大型企业，上年营收{c.m(rev)}（新业务），研发前年{c.m(rd2)}、去年{c.m(rd1)}，连续增长，第十三条能拿多少？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2, sme=False))


@ni("ie-07", "")
def _(c):
    rev = c.rng.randrange(60, 99) * 500 * WAN
    return [f"{c.pre()}今年主营业务收入{c.m(rev)}，是历史最高，第十二条扩能升级能拿多少？"], _inel(lambda: ref_d12_rev(rev))


@ni("ie-08", "")
def _(c):
    rev = c.rng.randrange(110, 600) * 500 * WAN
    return [f"我们主营业务收入前年就过了5亿，今年{c.m(rev)}，能拿首次突破5亿的支持吗？多少？"], \
        _inel(lambda: ref_d12_rev(rev, first=False))


@ni("ie-09", "")
def _(c):
    u = c.rng.randrange(10, 100) * 100 * WAN
    return [f"{c.pre()}和跨国药企签了License-out，合同总额{c.usd(u)}，已签约，单品种能拿多少？"], _inel(lambda: ref_d11_lic_out(u))


@ni("ie-10", "threshold_edge")
def _(c):
    u = 1 * YI
    return [f"License-out合同总额正好{c.usd(u)}，合同签了，能拿50万吗？"], _inel(lambda: ref_d11_lic_out(u))


@ni("ie-11", "")
def _(c):
    return ["{}我们License-in引进的产品还在临床，没上市，现在能拿多少？".format(c.pre())], \
        _inel(lambda: ref_d11_lic_in(1, launched=False), cite_also=("needs_info",))


@ni("ie-12", "")
def _(c):
    return ["License-out合作还在谈，合同总额预计3亿美元，还没签，现在能申请多少？"], \
        _inel(lambda: ref_d11_lic_out(3 * YI, signed=False), cite_also=("needs_info",))


@ni("ie-13", "")
def _(c):
    return ["{}我们1类生物制品拿到注册证书了，但不打算产业化，证书准备卖掉，能拿多少？".format(c.pre())], \
        _inel(lambda: ref_d6_reg("1", industrialised=False))


@ni("ie-14", "")
def _(c):
    s = c.rng.choice(["I", "II", "III"])
    lab = c.rng.choice(["2类生物制品", "2类化学药", "2类中药"])
    return [f"{c.pre()}我们的{lab}进入{c.stage(s)}临床试验了，能拿多少？"], \
        _inel(lambda: ref_d5_entry([(s, 1)], cls=2), cite_also=("answered",))


@ni("ie-15", "")
def _(c):
    return ["{}我们是纯内资企业，研发投入今年增长了2000万，若干措施里外资研发中心研发激励最多能拿多少？".format(c.pre())], \
        _inel(lambda: ref_m12("rd_center", domestic=True))


@ni("ie-16", "")
def _(c):
    best = c.rng.randrange(12, 45) * 1000 * WAN
    cur = best - c.rng.randrange(1, 10) * 1000 * WAN
    return [f"单品种年产值往年最高{c.m(best)}，今年{c.m(cur)}，能拿年产值奖励吗？多少？"], _inel(lambda: ref_d12_output(best, cur))


@ni("ie-17", "approx", "threshold_edge")
def _(c):
    return ["我们今年主营业务收入将近5亿，是首次这么高，第十二条能拿多少？"], \
        (["ineligible", "needs_info"], [A12], None, None)


@ni("ie-18", "")
def _(c):
    c.lang = "zht"
    c.traits.add("traditional")
    rev = c.rng.randrange(3100, 9000, 10) * WAN
    _, rd1, rd2, rd3 = d13_slots(c)
    return [f"我們是中小企業，上一年度營業收入{c.m(rev)}，研發投入前年{c.m(rd2)}、去年{c.m(rd1)}，連續三年增長，可以拿多少研發支持？"], \
        _inel(lambda: ref_d13(rev, rd1, rd2))


@ni("ie-19", "")
def _(c):
    c.lang = "en"
    c.traits.add("english")
    rev = c.rng.randrange(60, 99) * 500 * WAN
    return [f"Our main business revenue this year is {c.m(rev)}, our best ever. How much do we get under article 12 for first passing RMB 500 million?"], \
        _inel(lambda: ref_d12_rev(rev))


@ni("ie-20", "threshold_edge")
def _(c):
    rev = 5 * YI
    return [f"{c.pre()}今年主营业务收入首次达到{c.m(rev)}整，刚好踩线，能拿多少？"], ANS(ref_d12_rev(rev))


@ni("ie-21", "threshold_edge")
def _(c):
    rd1 = c.rng.randrange(510, 800, 10) * WAN
    rd2 = 1000 * WAN - rd1
    rev = c.rng.randrange(100, 2900, 10) * WAN
    return [f"小微企业，上年营收{c.m(rev)}，前年研发投入{c.m(rd2)}，去年{c.m(rd1)}，两年加起来刚好1000万，连续三年增长，没领过，能拿多少？"], \
        ANS(ref_d13(rev, rd1, rd2))


@ni("ie-22", "")
def _(c):
    svc = c.wan_round(100, 9000, 10)
    return [f"{c.pre()}我们CDMO已经拿了三年服务机构支持了，今年实际服务金额{c.m(svc)}，第十五条还能给多少？"], \
        _inel(lambda: ref_d15_cro(svc, years_done=3))


def build_ni(rng, n_cases):
    order = list(range(len(NI)))
    rng.shuffle(order)
    picks = order + [rng.randrange(len(NI)) for _ in range(n_cases - len(order))]
    for idx in picks[:n_cases]:
        while True:  # never emit two identical surfaces: re-pick a template if needed
            tid, f, traits = NI[idx]
            c = Ctx(rng, "zh")
            c.auto = True
            turns, (status, cite, amount, kind) = f(c)
            if tuple(turns) not in SEEN:
                break
            idx = rng.randrange(len(NI))
        SEEN.add(tuple(turns))
        if status == ["answered"]:
            tag = "edge-answered"
        elif "needs_info" in status and "ineligible" not in status:
            tag = "needs-info"
        else:
            tag = "ineligible"
        if "approx" in traits:
            tag = "approx"
        tr = set(t for t in traits if t) | c.traits
        add("ni", tag, turns, status, cite, amount, kind, tr, tid)


# =============================================================================
# 10. CLAUSE / TITLE / RESPONSIBLE-UNIT LOOKUPS, VALIDITY, DRAFT STATUS,
#     OUT-OF-SCOPE, CHIT-CHAT
# =============================================================================
ANS_ONLY = ["answered"]
OOS = ["out_of_scope"]
CHAT = ["answered", "out_of_scope"]
NOART = ["out_of_scope", "answered", "needs_info"]


def d_(a):
    return [(D, a)]


def m_(a):
    return [(M, a)]


LOOKUPS = [
    # --- draft, by article number
    ("lk-01", "lookup-clause", "支持办法第五条说了什么？", ANS_ONLY, d_("第五条")),
    ("lk-02", "lookup-clause", "征求意见稿第十三条的内容是什么", ANS_ONLY, d_("第十三条")),
    ("lk-03", "lookup-clause", "昌平组团支持办法第十五条具体怎么规定的？", ANS_ONLY, d_("第十五条")),
    ("lk-04", "lookup-clause", "把支持办法第八条原文发我一下", ANS_ONLY, d_("第八条")),
    ("lk-05", "lookup-clause", "支持办法第十一条讲的是啥", ANS_ONLY, d_("第十一条")),
    ("lk-06", "lookup-clause", "支持办法第十二条第（三）项是什么内容？", ANS_ONLY, d_("第十二条")),
    ("lk-07", "lookup-clause", "支持办法第二条适用哪些主体？", ANS_ONLY, d_("第二条")),
    ("lk-08", "lookup-clause", "征求意见稿第三条主要支持哪些方向", ANS_ONLY, d_("第三条")),
    ("lk-09", "lookup-clause", "昌平组团支持办法第七条是关于什么的", ANS_ONLY, d_("第七条")),
    ("lk-11", "lookup-clause", "支持办法第十四条第（三）项风险补偿机制怎么规定的", ANS_ONLY, d_("第十四条")),
    ("lk-12", "lookup-clause", "支持办法第十六条讲了哪些内容", ANS_ONLY, d_("第十六条")),
    ("lk-15", "lookup-clause", "支持办法第四条概念验证那块怎么说的", ANS_ONLY, d_("第四条")),
    ("lk-16", "lookup-clause", "支持辦法第六條的內容是什麼？", ANS_ONLY, d_("第六条")),
    ("lk-17", "lookup-clause", "What does Article 17 of the Changping zone draft measures say?", ANS_ONLY, d_("第十七条")),
    # --- draft, by title / topic
    ("lk-18", "lookup-title", "“支持企业研发创新”是哪一条？写了什么？", ANS_ONLY, d_("第十三条")),
    ("lk-19", "lookup-title", "支持办法里“发挥金融活水作用”那条说了啥", ANS_ONLY, d_("第十四条")),
    ("lk-20", "lookup-title", "布局关键服务平台 这一条的内容", ANS_ONLY, d_("第十五条")),
    ("lk-21", "lookup-title", "支持新药申报上市的条款原文是什么", ANS_ONLY, d_("第六条")),
    ("lk-22", "lookup-title", "支持产品委托生产和销售是支持办法第几条？", ANS_ONLY, d_("第八条")),
    ("lk-23", "lookup-title", "支持提升国际化水平那条讲什么", ANS_ONLY, d_("第十一条")),
    ("lk-24", "lookup-title", "同一个项目能不能同时享受支持办法里好几条的支持？", ANS_ONLY, d_("第十七条")),
    ("lk-25", "lookup-title", "按支持办法，市级政策和区级政策能同时享受吗", ANS_ONLY, d_("第十七条")),
    ("lk-26", "lookup-title", "民办非企业单位能适用昌平组团这个支持办法吗？", ANS_ONLY, d_("第二条")),
    ("lk-27", "lookup-title", "支持办法里特别重大项目能不能提高支持标准？", ANS_ONLY, d_("第十七条")),
    # --- 2026-2028 measures, by number
    ("lk-28", "lookup-clause", "若干措施（八）讲的是什么？", ANS_ONLY, m_("（八）")),
    ("lk-29", "lookup-clause", "2026-2028年若干措施第（三）条内容", ANS_ONLY, m_("（三）")),
    ("lk-30", "lookup-clause", "若干措施(十四)说了啥", ANS_ONLY, m_("（十四）")),
    ("lk-32", "lookup-clause", "若干措施（六）具体内容是什么", ANS_ONLY, m_("（六）")),
    ("lk-33", "lookup-clause", "What is measure (10) of the 2026-2028 Changping measures about?", ANS_ONLY, m_("（十）")),
    ("lk-34", "lookup-clause", "若干措施（二）提升臨床研究水平講了什麼？", ANS_ONLY, m_("（二）")),
    # --- 2026-2028 measures, by title / topic
    ("lk-35", "lookup-title", "若干措施里“加强出海支持”那条写了啥", ANS_ONLY, m_("（十三）")),
    ("lk-36", "lookup-title", "完善人才配套保障 是若干措施的哪一条", ANS_ONLY, m_("（十五）")),
    ("lk-37", "lookup-title", "探索创新药械多元支付方式具体讲什么", ANS_ONLY, m_("（八）")),
    ("lk-38", "lookup-title", "若干措施里算力券是怎么说的？", ANS_ONLY, m_("（四）")),
    ("lk-39", "lookup-title", "若干措施关于脑机接口专项孵化基金是哪条", ANS_ONLY, m_("（十）")),
    ("lk-40", "lookup-title", "若干措施里有没有提到人才公寓？哪一条", ANS_ONLY, m_("（十五）")),
    ("lk-41", "lookup-title", "加大科技金融创新赋能 讲了什么", ANS_ONLY, m_("（九）")),
    # --- responsible units (2026-2028 measures)
    ("lk-43", "lookup-unit", "若干措施（八）由哪些单位负责？", ANS_ONLY, m_("（八）")),
    ("lk-44", "lookup-unit", "若干措施（五）加快AI+医药健康示范应用的责任单位有哪些", ANS_ONLY, m_("（五）")),
    ("lk-45", "lookup-unit", "加强出海支持是哪些部门负责？", ANS_ONLY, m_("（十三）")),
    ("lk-47", "lookup-unit", "强化园区建设支持 的负责单位是谁", ANS_ONLY, m_("（十一）")),
    ("lk-48", "lookup-unit", "人民银行北京市分行负责若干措施里的哪一条？", ANS_ONLY, m_("（九）")),
    ("lk-49", "lookup-unit", "市政务和数据局在若干措施里负责哪条？", ANS_ONLY, m_("（四）")),
    ("lk-50", "lookup-unit", "若干措施（十五）完善人才配套保障的负责单位里有市交通委吗？", ANS_ONLY, m_("（十五）")),
    ("lk-51", "lookup-unit", "Which government bodies are responsible for measure (7) of the 2026-2028 measures?", ANS_ONLY, m_("（七）")),
    ("lk-52", "lookup-unit", "若干措施（十二）匯聚全球創新資源由哪些單位負責？", ANS_ONLY, m_("（十二）")),
    ("lk-54", "lookup-unit", "（十七）强化政策集成落地的责任单位有哪些？", ANS_ONLY, m_("（十七）")),
    ("lk-71", "lookup-unit", "若干措施（二）提升临床研究水平，市药监局是不是负责单位之一？", ANS_ONLY, m_("（二）")),
    # --- validity / dates / interpretation
    ("lk-55", "validity", "若干措施有效期到什么时候？", ANS_ONLY, []),
    ("lk-56", "validity", "2026-2028年若干措施是哪天发布的？", ANS_ONLY, []),
    ("lk-57", "validity", "2029年1月还能按若干措施申请（五）的支持吗？", ["answered", "ineligible"], []),
    ("lk-58", "validity", "若干措施由谁负责解释？", ANS_ONLY, []),
    ("lk-59", "validity", "支持办法（修订稿）由谁负责解释？", ANS_ONLY, d_("第十八条")),
    ("lk-60", "validity", "支持办法修订稿施行后，昌政办发〔2023〕13号还有效吗？", ANS_ONLY, d_("第十八条")),
    ("lk-61", "validity", "昌平组团支持办法按规定从什么时候开始施行？", ANS_ONLY, d_("第十八条")),
    ("lk-62", "validity", "Is the 2026-2028 measures document still valid in 2027?", ANS_ONLY, []),
    # --- which document is a draft
    ("lk-64", "draft-status", "这两个文件哪个是征求意见稿？", ANS_ONLY, []),
    ("lk-65", "draft-status", "昌平组团医药健康支持办法现在正式生效了吗？", ANS_ONLY, []),
    ("lk-66", "draft-status", "Which of the two documents is only a draft for comment?", ANS_ONLY, []),
    ("lk-67", "draft-status", "這兩份文件哪一份還沒有正式生效？", ANS_ONLY, []),
    ("lk-68", "draft-status", "能不能直接按支持办法（修订稿）去申报？它是正式文件吗", ANS_ONLY, []),
    # --- articles that do not exist
    ("lk-69", "lookup-missing", "支持办法第二十条写了什么？", NOART, []),
    ("lk-70", "lookup-missing", "若干措施（二十）是什么内容", NOART, []),
    # --- out of scope
    ("oos-01", "out-of-scope", "北京明天天气怎么样？", OOS, []),
    ("oos-02", "out-of-scope", "帮我写一首关于春天的诗", OOS, []),
    ("oos-03", "out-of-scope", "上海张江的生物医药政策里，新药进入Ⅲ期奖励多少？", OOS, []),
    ("oos-04", "out-of-scope", "深圳坪山对创新药的补贴有哪些？", OOS, []),
    ("oos-05", "out-of-scope", "个人所得税专项附加扣除怎么填？", OOS, []),
    ("oos-06", "out-of-scope", "恒瑞医药股价明天会涨吗", OOS, []),
    ("oos-08", "out-of-scope", "苏州工业园区的CRO企业能拿多少补贴？", OOS, []),
    ("oos-09", "out-of-scope", "How do I apply for a US green card?", OOS, []),
    ("oos-10", "out-of-scope", "臺北市的生技產業補助有哪些？", OOS, []),
    ("oos-13", "out-of-scope", "北京职工医保门诊报销比例是多少？", OOS, []),
    ("oos-15", "out-of-scope", "天津滨海新区的医药健康产业政策对CDMO补多少？", OOS, []),
    # --- chit-chat
    ("cc-01", "chit-chat", "你好", CHAT, []),
    ("cc-02", "chit-chat", "谢谢你！", CHAT, []),
    ("cc-03", "chit-chat", "你是谁？", CHAT, []),
    ("cc-06", "chit-chat", "hello", CHAT, []),
    ("cc-07", "chit-chat", "你能干什么？", CHAT, []),
    ("cc-10", "chit-chat", "您好，請問您是真人嗎？", CHAT, []),
]


def build_lookups():
    for tid, tag, text, status, cite in LOOKUPS:
        add("lookup", tag, [text], status, cite, None, None, set(), tid)


# =============================================================================
# 11. ASSEMBLY, SELF-CHECKS, README
# =============================================================================
TRAD_CHARS = set("們請單獎種類藥萬億這麼發證辦條項產業務營額實際費檢測註冊為與後進麼內講負責單兩個獲匯聚資臨療")


def lang_traits(turns):
    txt = "".join(turns)
    tr = set()
    if not re.search(r"[\u4e00-\u9fff]", txt):
        tr.add("english")
    if any(ch in TRAD_CHARS for ch in txt):
        tr.add("traditional")
    return tr


N_TOTAL = 500
N_MULTI, N_ITEMS, N_NI = 125, 50, 52


def build():
    rng = random.Random(SEED)
    CASES.clear()
    TEMPLATE_IDS.clear()
    SEEN.clear()
    build_lookups()
    n_single = N_TOTAL - N_MULTI - N_ITEMS - N_NI - len(LOOKUPS)
    build_single(rng, n_single)
    build_multi(rng, N_MULTI)
    build_items(rng, N_ITEMS)
    build_ni(rng, N_NI)
    for c in CASES:
        c["traits"] = sorted(set(c["traits"]) | lang_traits(c["turns"]) | {"bucket:" + c.pop("bucket")})
    rng.shuffle(CASES)
    out = []
    for i, c in enumerate(CASES, 1):
        out.append(OrderedDict([("id", f"p12-{i:03d}"), ("tag", c["tag"]), ("turns", c["turns"]),
                                ("expect", c["expect"]), ("traits", c["traits"]), ("template", c["template"])]))
    return out


def policy_articles():
    dtxt = open(os.path.join(POLICY_DIR, D + ".txt"), encoding="utf-8").read()
    mtxt = open(os.path.join(POLICY_DIR, M + ".txt"), encoding="utf-8").read()
    d_arts = set(re.findall(r"^(第[一二三四五六七八九十]+条)", dtxt, re.M))
    m_arts = set("（" + x + "）" for x in re.findall(r"^\(([一二三四五六七八九十]+)\)", mtxt, re.M))
    return {D: d_arts, M: m_arts}


STATUSES = {"answered", "ineligible", "needs_info", "out_of_scope"}
KINDS = {None, "fixed", "upper_bound", "unspecified"}


def check(rows):
    arts = policy_articles()
    assert len(rows) == N_TOTAL, len(rows)
    ids = [r["id"] for r in rows]
    assert ids == [f"p12-{i:03d}" for i in range(1, N_TOTAL + 1)]
    for r in rows:
        line = json.dumps(r, ensure_ascii=False)
        r2 = json.loads(line)
        for k in ("id", "tag", "turns", "expect", "traits"):
            assert k in r2, (r["id"], k)
        e = r2["expect"]
        for k in ("status", "cite", "amount_yuan", "kind", "must_include", "must_not_include"):
            assert k in e, (r["id"], k)
        assert e["status"] and set(e["status"]) <= STATUSES, r["id"]
        assert isinstance(r2["turns"], list) and 1 <= len(r2["turns"]) <= 4 and all(t.strip() for t in r2["turns"])
        for doc, art in e["cite"]:
            assert doc in arts and art in arts[doc], (r["id"], doc, art)
        assert e["kind"] in KINDS
        if e["status"] != ["answered"]:
            assert e["amount_yuan"] is None and not e["must_include"], r["id"]
        if e["amount_yuan"] is not None:
            assert isinstance(e["amount_yuan"], int) and e["amount_yuan"] > 0
            assert e["kind"] in ("fixed", "upper_bound")
            assert e["cite"], r["id"]
        if e["kind"] == "unspecified":
            assert e["amount_yuan"] is None
        mi_ = e["must_include"]
        if mi_:
            assert mi_ == [f"{e['amount_yuan'] // WAN}万"] and e["amount_yuan"] % WAN == 0 and e["amount_yuan"] < YI
        assert "{" not in "".join(r2["turns"]) and "}" not in "".join(r2["turns"]), r["id"]
    return True


def summary(rows):
    s = OrderedDict()
    s["status"] = Counter(", ".join(r["expect"]["status"]) for r in rows)
    s["tag"] = Counter(r["tag"] for r in rows)
    s["turns"] = Counter(len(r["turns"]) for r in rows)
    s["bucket"] = Counter(t.split(":")[1] for r in rows for t in r["traits"] if t.startswith("bucket:"))
    s["kind"] = Counter(str(r["expect"]["kind"]) for r in rows)
    s["doc"] = Counter(c[0] for r in rows for c in {tuple(x) for x in r["expect"]["cite"]})
    s["traits"] = Counter(t for r in rows for t in r["traits"] if not t.startswith(("bucket:", "turns:")))
    s["templates"] = len(set(r["template"] for r in rows))
    s["with_amount"] = sum(1 for r in rows if r["expect"]["amount_yuan"] is not None)
    return s


def md_table(counter, head):
    lines = [f"| {head} | cases |", "| --- | ---: |"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"| {k} | {v} |")
    return "\n".join(lines)


README_HEAD = """# probe12 — independent held-out eval set ({n} cases)

Generated by `make_cases.py` (Python stdlib only, `SEED = {seed}`), fully deterministic:

    python3 make_cases.py           # writes cases.jsonl and this README.md
    python3 make_cases.py --check   # same, plus self-checks and a 30-case sample for hand re-derivation

Written from `/work/shared/CONTRACT.md` and the two policy texts in `/work/shared/policies/`
only. The author did not read the assistant's code, tests, corpus or eval sets.

## Method

* `make_cases.py` starts with a comment block quoting every clause of both documents that carries a
  figure (rate, fixed sum, cap, threshold, tier table, scope of the cap) and the reading used.
* One `ref_*` function per provision (`ref_d5_entry`, `ref_d6_reg`, `ref_d6_vet`, `ref_d8_entrust`,
  `ref_d8_cmo`, `ref_d8_sales`, `ref_d11_intl`, `ref_d11_lic_in`, `ref_d11_lic_out`, `ref_d12_rev`,
  `ref_d12_output`, `ref_d13`, `ref_d15_cro`, `ref_d15_platform`, `ref_d16_event`, `ref_m5_ai`,
  `ref_m7_service`, `ref_m11_park`, `ref_m12`, `ref_m13`) plus `combine()` for sums
  (从优不重复 for parts the question declares to be the same matter). Every `amount_yuan` is the
  return value of one of these, called on exactly the slot values rendered into the question
  (after any correction turn). No amount is typed by hand. Failed conditions raise `Ineligible`,
  which produces the `ineligible` expectations.
* Numbers are rendered in many forms: `1250万`, `1250万元`, `12,500,000元`, `12500000元`, `1250w`,
  `1.25亿`, `0.125个亿`, Chinese numerals (`一千二百五十万`, `两千万`, `一亿二千五百万`), mixed
  (`1千2百5十万`, `3亿2千万`), Traditional (`1250萬元`, `1.25億`), English (`RMB 12.5 million`,
  `CNY 12,500,000`, `¥12,500,000`), US dollars for License-out (`1.5亿美元`, `US$150 million`).
  The trait `num:<style>` records which forms a case uses.
* Irrelevant numbers (headcount, founding year, registered capital, office area, loans, financing
  rounds, awards from other cities, valuation, rent, patents) are mixed in (trait `distractor`,
  `long_context` for 3+ of them). Base traps (`base_trap`): contract value vs actual
  transaction/service amount, project total vs engineering investment, plan vs actual investment,
  budget vs actual cost, other income vs main-business revenue.

## Expectation conventions

* `amount_yuan` is given only when `status == ["answered"]` and the text names a figure; otherwise
  it is `null` (= no figure may be stated as the amount). Lookups, chit-chat and provisions with
  unnamed support (一定比例, 定额 without a number) have `null`.
* `kind`: `fixed` (named sum, or a plain rate such as 2‰ with no ceiling wording), `upper_bound`
  (最高 / 不超过 / a rate capped by a sum; also a sum whenever any part is upper_bound, and the
  第五条 1亿 per-enterprise-year cap when it binds), `unspecified` (support named without a figure);
  `null` = not checked (non-calculation cases).
* `must_include` is `["N万"]` only for answered cases whose amount is a whole number of 万 below 1亿;
  otherwise empty. `must_not_include` is empty throughout.
* Approximate figures (约/大概/将近/左右/差不多/估计): if the figure changes the result the case
  expects `["needs_info","answered"]` with `amount_yuan: null` (ask for the exact figure, or explain
  the rule without stating an amount). If it cannot change the result (a cap binds for every value
  in the stated range, or the tier is explicit) the case expects `["answered"]` with the amount.
* Chit-chat accepts `["answered","out_of_scope"]`; questions about articles that do not exist
  accept `["out_of_scope","answered","needs_info"]`.
* For the 2026-2028 measures the article is written `（五）` (full-width); checkers treat brackets alike.
* Extra fields: `traits` (list) and `template` (surface template id) — ignored by the harness.
* Preconditions such as 经认定 / 经评审 / 符合条件 / 实施产业化 are taken as met unless the question
  says otherwise.
* Traditional-Chinese and English questions keep `must_include: ["N万"]` (simplified), because
  CONTRACT says the answer is written in Chinese.

## Readings that were genuinely ambiguous (and the choice made)

1. **第五条（一） 2类 drugs entering a phase.** 2类 are referred only to the standard for *completing*
   a phase (一定比例, no figure). A 2类 drug that merely *enters* a phase therefore gets no fixed
   award: `["ineligible","answered"]`, amount null.
2. **第五条（一） 1亿 cap, kind when it binds.** The sum is 50/100/200万 per variety (fixed); when the
   1亿 per-enterprise-per-year cap binds, the amount is 1亿 and kind `upper_bound`.
3. **第五条（二） 定额一次性奖励** has no figure (200万 is a per-enterprise-per-year ceiling) -> `unspecified`.
4. **2‰ provisions** (第八条（二）销售平台, 第十二条（一）首次突破5亿) have no 不超过/最高 wording -> `fixed`.
5. **第十二条（三） tiers.** Only cases where exactly one threshold is crossed for the first time
   (previous best <= T < this year < next threshold) carry an amount. Values never sit on a threshold
   (突破 = exceed). A jump over two thresholds in one year (highest tier only vs cumulative) is not
   used for amount cases.
6. **Threshold edges.** License-out "超过1亿美元": exactly 1亿美元 fails (`ineligible`). 第十三条 "不足3000万":
   exactly 3000万 fails. "上两年研发投入总额达1000万元以上": exactly 1000万 passes (以上 includes the
   number). 第十二条（一） "5亿元（含）": exactly 5亿 passes (100万).
7. **从优不重复 (第十七条)** is applied only where the question itself says it is the same variety /
   same revenue: (a) a sales-platform enterprise whose annual sales revenue *is* its main-business
   revenue, first above 5亿 -> 2‰ once, not 4‰; (b) a 1类 drug brought in by License-in that gets its
   registration certificate -> max(1000万, 100万) = 1000万. Different varieties / projects / events are
   summed. Cross-document stacking of the same matter (is the 2026-2028 text a 市级 policy?) is not
   tested.
8. **重大改良型新药 / 首仿药** are 1000万 (参照1类) only when named as such; a plain "2类化学药" is 500万.
9. **Cap scope.** （五） 5000万 and （十一） 3000万 are per project; 第十五条（二） 3000万 is per platform;
   第六条 / 第十一条（二） amounts are per variety.
10. **Pure ceilings** （七） 2000万, （十二） 1000万/300万/300万, （十三） 200万/300万: the amount is the ceiling
    whatever revenue or growth figure is quoted (those figures are distractors).
11. **Timing conditions.** License-in before launch and License-out before signing ->
    `["ineligible","needs_info"]`. "将近5亿" for the 5亿 threshold reads as below 5亿 ->
    `["ineligible","needs_info"]`.
12. **第十五条（一） over several years.** Three separate years each within the 三年 limit are summed
    (one case); a fourth year after three supported years is `ineligible`.
13. **Validity questions on the 2026-2028 text** cite nothing: its validity sentence is the closing
    paragraph, not a numbered measure.

"""


def write_readme(rows, path):
    s = summary(rows)
    parts = [README_HEAD.format(n=len(rows), seed=SEED)]
    parts.append("## Counts\n")
    parts.append(f"Distinct surface templates: **{s['templates']}**. Cases with an expected amount: "
                 f"**{s['with_amount']}**.\n")
    parts.append("### By accepted status list\n\n" + md_table(s["status"], "status") + "\n")
    parts.append("### By tag\n\n" + md_table(s["tag"], "tag") + "\n")
    parts.append("### By number of turns\n\n" + md_table(s["turns"], "turns") + "\n")
    parts.append("### By generation bucket\n\n" + md_table(s["bucket"], "bucket") + "\n\n"
                 "(single = single-turn calculations incl. unspecified-figure provisions; multi = multi-turn; "
                 "items = multi-item / multi-provision sums; ni = needs_info / ineligible / approximate / "
                 "threshold edges; lookup = clause, title, responsible-unit, validity, draft-status, "
                 "out-of-scope, chit-chat)\n")
    parts.append("### By expected kind\n\n" + md_table(s["kind"], "kind") + "\n")
    parts.append("### Cited documents (cases citing each)\n\n" + md_table(s["doc"], "doc_id") + "\n")
    parts.append("### Traits\n\n" + md_table(s["traits"], "trait") + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))


def main(argv):
    rows = build()
    check(rows)
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(rows, os.path.join(HERE, "README.md"))
    if "--check" in argv:
        s = summary(rows)
        for k, v in s.items():
            print(k, dict(v) if isinstance(v, Counter) else v)
        srng = random.Random(SEED + 1)
        sample = srng.sample([r for r in rows if r["expect"]["amount_yuan"] is not None], 30)
        print("\n--- 30 answered cases for hand re-derivation ---")
        for r in sample:
            print(r["id"], r["template"], r["expect"]["amount_yuan"], r["expect"]["kind"],
                  [tuple(c) for c in r["expect"]["cite"]])
            for t in r["turns"]:
                print("   >", t.replace("\n", " / "))
    print(f"wrote {len(rows)} cases to {os.path.join(HERE, 'cases.jsonl')}")


if __name__ == "__main__":
    main(sys.argv[1:])
