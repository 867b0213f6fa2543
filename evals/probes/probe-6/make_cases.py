#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Probe-6: independent held-out eval set for the Changping policy QA assistant.

Deterministic (seeded) generator, standard library only.

    python3 make_cases.py            # writes cases.jsonl next to this file, prints a summary

Every expected amount below is computed by the hand-written reference rules in
section 1 from the slot values of the case; no expected amount is typed in.
Format: /work/shared/CONTRACT.md ("Eval case").
"""
import json
import os
import random
import sys
from collections import Counter

SEED = 620260204
N_CASES = 400
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.jsonl")

DRAFT = "changping-zone-draft"    # 支持办法（修订稿）（征求意见稿）
M26 = "changping-2026-2028"       # 若干措施(2026-2028年)

WAN = 10_000
QIANWAN = 10_000_000
YI = 100_000_000

# =============================================================================
# 1. REFERENCE RULES — hand-written from the two texts, integer yuan only.
#    Each constant quotes the clause it comes from.
# =============================================================================


def pct(base, p):
    """p % of base; the eval only uses bases where this is whole yuan."""
    assert isinstance(base, int) and base >= 0
    assert base * p % 100 == 0, ("percentage not whole yuan", base, p)
    return base * p // 100


def permille(base, p):
    """p ‰ of base; asserted to be whole yuan."""
    assert isinstance(base, int) and base >= 0
    assert base * p % 1000 == 0, ("permille not whole yuan", base, p)
    return base * p // 1000


# --- changping-zone-draft -----------------------------------------------------
# 第五条（一）1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，
#   每个品种分别给予50万元、100万元、200万元的奖励 ...（完成各期：一定比例，无数额）
#   每个企业每年支持金额不超过1亿元。
D5_ENTRY = {"I": 500_000, "II": 1_000_000, "III": 2_000_000}      # fixed, per variety
D5_YEAR_CAP = 100_000_000                                          # per enterprise per year


def d5_entry(stage):
    return D5_ENTRY[stage]


def d5_entry_total(items):
    """items: [(stage, n_varieties)] of eligible 1类 varieties, one enterprise, one year."""
    raw = sum(D5_ENTRY[s] * n for s, n in items)
    return min(raw, D5_YEAR_CAP), raw > D5_YEAR_CAP


# 第五条（二）非注册性临床试验：每个品种给予定额一次性奖励（无数额），每个企业每年不超过200万元。
D5_2_YEAR_CAP = 2_000_000

# 第六条（一）1类 单品种最高1000万元；2类 单品种择优最高500万元；重大改良型新药、首仿药参照1类。
D6_1_CAP = {"1": 10_000_000, "2": 5_000_000, "ref1": 10_000_000}   # upper_bound, per variety

# 第六条（二）一、二、三类新兽药 单品种分别最高300万元、200万元、100万元。
D6_2_CAP = {1: 3_000_000, 2: 2_000_000, 3: 1_000_000}              # upper_bound, per variety


# 第八条（一）委托生产：不超过该品种实际交易额的10%；承担生产：不超过实际投入金额的20%。
def d8_entrust(trade):
    return pct(trade, 10)


def d8_undertake(invest):
    return pct(invest, 20)


# 第八条（二）医药健康销售平台型企业：按照年度销售收入的2‰（no ceiling word -> fixed）。
def d8_sales(revenue):
    return permille(revenue, 2)


# 第十一条（一）FDA/EMA等认证：不超过实际注册费用（含海外注册费、检测费、当地代理费）的30%。
def d11_reg(costs):
    return pct(sum(costs), 30)


# 第十一条（二）License-in：产品上市后，单品种最高100万元；
#   License-out：合同总额超过1亿美元的，合同签订后，单品种最高50万元。
D11_LIC_IN_CAP = 1_000_000
D11_LIC_OUT_CAP = 500_000
D11_LIC_OUT_MIN_USD = 100_000_000          # 超过 = strictly greater


def d11_lic_in(launched):
    return D11_LIC_IN_CAP if launched else None


def d11_lic_out(usd_total, signed=True):
    return D11_LIC_OUT_CAP if (signed and usd_total > D11_LIC_OUT_MIN_USD) else None


# 第十二条（一）年度主营业务收入首次突破5亿元（含）以上：按照主营业务收入的2‰（fixed）。
D12_1_MIN = 500_000_000                    # 含 = inclusive


def d12_revenue(main_rev, first_time=True):
    if first_time and main_rev >= D12_1_MIN:
        return permille(main_rev, 2)
    return None


# 第十二条（三）单品种年产值首次突破5000万元、1亿元、5亿元、10亿元、20亿元：
#   分别给予20万元、40万元、200万元、500万元、1000万元的奖励（fixed）。
D12_3_TIERS = [(50_000_000, 200_000), (100_000_000, 400_000), (500_000_000, 2_000_000),
               (1_000_000_000, 5_000_000), (2_000_000_000, 10_000_000)]


def d12_output(prev_max, cur):
    """Award for tiers first crossed this year. The eval never puts a value exactly on a
    tier (突破 at equality is not decided by the text) and never crosses two tiers at once
    (whether both awards are due is not decided by the text)."""
    for t, _ in D12_3_TIERS:
        assert prev_max != t and cur != t, "value exactly on a tier"
    new = [aw for t, aw in D12_3_TIERS if prev_max < t < cur]
    assert len(new) <= 1, "two tiers at once"
    return new[0] if new else None


# 第十三条 上一年度营业收入不足3000万元、上两年研发投入总额达1000万元以上、连续三年研发投入
#   保持正增长的中小微企业：不超过上一年度研发投入的10%，累计支持不超过三年。
D13_REV_LT = 30_000_000                    # 不足 = strictly less
D13_RD2_GE = 10_000_000                    # 达…以上 = inclusive
D13_MAX_YEARS = 3


def d13_rd(rev_last, rd_two_years, growth_ok, rd_last, years_used=0):
    if rev_last < D13_REV_LT and rd_two_years >= D13_RD2_GE and growth_ok and years_used < D13_MAX_YEARS:
        return pct(rd_last, 10)
    return None


# 第十五条（一）CRO/CDMO/CMO：不超过年度实际服务金额的20%，累计支持不超过三年。
D15_1_MAX_YEARS = 3


def d15_cro(service, years_used=0):
    return pct(service, 20) if years_used < D15_1_MAX_YEARS else None


# 第十五条（二）共享服务平台：不超过平台建设实际投入的30%，最高3000万元。
D15_2_CAP = 30_000_000


def d15_platform(invest):
    return min(pct(invest, 30), D15_2_CAP)


# 第十六条（三）市场化主体举办的高品质活动：不超过活动实际发生费用的20%。
def d16_event(cost):
    return pct(cost, 20)


# --- changping-2026-2028 -------------------------------------------------------
# （五）AI+医药健康示范场景：不超过项目工程投资总额30%、最高5000万元。
M5_CAP = 50_000_000


def m5_ai(invest):
    return min(pct(invest, 30), M5_CAP)


# （七）科技服务业企业效能提升：不超过2000万元。
M7_CAP = 20_000_000

# （十一）园区运营：不超过项目投资总额50%、最高3000万元。
M11_CAP = 30_000_000


def m11_park(invest):
    return min(pct(invest, 50), M11_CAP)


# （十二）外资研发中心 ≤1000万元；国际科研机构 ≤300万元；国际学术研讨会议 ≤300万元。
M12_CAP = {"foreign_rd": 10_000_000, "intl_org": 3_000_000, "conference": 3_000_000}
# （十三）技术成果首次海外应用/海外研发中心 ≤200万元；海外平台载体/跨国技术转移 分档 ≤300万元。
M13_CAP = {"overseas": 2_000_000, "platform": 3_000_000}

# rule id -> (doc_id, article, kind)
RULES = {
    "d5-1-entry": (DRAFT, "第五条", "fixed"),
    "d5-1-complete": (DRAFT, "第五条", "unspecified"),
    "d5-2-nonreg": (DRAFT, "第五条", "unspecified"),
    "d6-1-approval": (DRAFT, "第六条", "upper_bound"),
    "d6-2-vet": (DRAFT, "第六条", "upper_bound"),
    "d8-1-entrust": (DRAFT, "第八条", "upper_bound"),
    "d8-1-undertake": (DRAFT, "第八条", "upper_bound"),
    "d8-2-sales": (DRAFT, "第八条", "fixed"),
    "d11-1-reg": (DRAFT, "第十一条", "upper_bound"),
    "d11-2-lic-in": (DRAFT, "第十一条", "upper_bound"),
    "d11-2-lic-out": (DRAFT, "第十一条", "upper_bound"),
    "d12-1-revenue": (DRAFT, "第十二条", "fixed"),
    "d12-2-matching": (DRAFT, "第十二条", "unspecified"),
    "d12-3-output": (DRAFT, "第十二条", "fixed"),
    "d13-rd": (DRAFT, "第十三条", "upper_bound"),
    "d15-1-cro": (DRAFT, "第十五条", "upper_bound"),
    "d15-2-platform": (DRAFT, "第十五条", "upper_bound"),
    "d15-2-operating": (DRAFT, "第十五条", "unspecified"),
    "d16-3-event": (DRAFT, "第十六条", "upper_bound"),
    "d16-3-alliance": (DRAFT, "第十六条", "unspecified"),
    "d4-concept": (DRAFT, "第四条", "unspecified"),
    "d4-digital": (DRAFT, "第四条", "unspecified"),
    "d7-device": (DRAFT, "第七条", None),
    "d9-talent": (DRAFT, "第九条", "unspecified"),
    "d10-fixed-asset": (DRAFT, "第十条", "unspecified"),
    "d14-3-risk": (DRAFT, "第十四条", "unspecified"),
    "m1-platform": (M26, "（一）", "unspecified"),
    "m4-compute": (M26, "（四）", "unspecified"),
    "m5-ai": (M26, "（五）", "upper_bound"),
    "m7-techservice": (M26, "（七）", "upper_bound"),
    "m9-fund": (M26, "（九）", "unspecified"),
    "m11-park": (M26, "（十一）", "upper_bound"),
    "m12-foreign-rd": (M26, "（十二）", "upper_bound"),
    "m12-intl-org": (M26, "（十二）", "upper_bound"),
    "m12-conference": (M26, "（十二）", "upper_bound"),
    "m13-overseas": (M26, "（十三）", "upper_bound"),
    "m13-platform": (M26, "（十三）", "upper_bound"),
    "m14-youth": (M26, "（十四）", "unspecified"),
}


def total_kind(kinds):
    return "upper_bound" if "upper_bound" in kinds else "fixed"


# =============================================================================
# 2. NUMBER RENDERING (surface forms of amounts)
# =============================================================================

DIG = "零一二三四五六七八九"


def _sec(n, liang):
    """0 < n < 10000 -> Chinese numerals for one 4-digit group."""
    out, zero, started = "", False, False
    for d, u in zip((n // 1000, n // 100 % 10, n // 10 % 10, n % 10), ("千", "百", "十", "")):
        if d == 0:
            if started:
                zero = True
            continue
        if zero:
            out += "零"
            zero = False
        ch = "两" if (d == 2 and liang and u in ("千", "百")) else DIG[d]
        out += ch + u
        started = True
    return out


def cn_int(n, liang=False):
    assert 0 < n < 10 ** 12
    yi, rest = divmod(n, YI)
    wan, ge = divmod(rest, WAN)
    s = ""
    if yi:
        s += ("两" if (yi == 2 and liang) else _sec(yi, liang)) + "亿"
    if wan:
        if yi and wan < 1000:
            s += "零"
        s += ("两" if (wan == 2 and liang and not yi) else _sec(wan, liang)) + "万"
    if ge:
        if (yi or wan) and (ge < 1000 or (yi and not wan)):
            s += "零"
        s += _sec(ge, liang)
    if s.startswith("一十"):
        s = s[1:]
    return s


def _trim(q, rem, width):
    if rem == 0:
        return str(q)
    return f"{q}." + f"{rem:0{width}d}".rstrip("0")


def wan_str(a):
    return _trim(*divmod(a, WAN), 4)


def yi_str(a):
    return _trim(*divmod(a, YI), 8)


def mil_str(a):
    return _trim(*divmod(a, 1_000_000), 6)


def ok_dec(s, maxd):
    return "." not in s or len(s.split(".")[1]) <= maxd


def forms(a, fam):
    """All surface forms of amount a (yuan) in one family."""
    f = []
    if fam == "arabic":
        w = wan_str(a)
        if ok_dec(w, 2):
            f += [f"{w}万元", f"{w}万", f"{w}万元"]
        f += [f"{a}元", f"{a:,}元"]
        if a >= YI and ok_dec(yi_str(a), 3):
            f += [f"{yi_str(a)}亿元", f"{yi_str(a)}亿"]
    elif fam == "cn":
        f += [cn_int(a) + "元", cn_int(a, liang=True) + "元"]
        if a % WAN == 0:
            f += [cn_int(a), cn_int(a, liang=True)]
    elif fam == "mixed":
        if a >= YI:
            y, rest = divmod(a, YI)
            if rest == 0:
                f.append(f"{y}亿")
            elif rest % QIANWAN == 0:
                f.append(f"{y}亿{rest // QIANWAN}千万")
            elif rest % WAN == 0:
                f.append(f"{y}亿{rest // WAN}万")
            if ok_dec(yi_str(a), 3):
                f.append(f"{yi_str(a)}亿")
            if a % WAN == 0:
                f.append(f"{a // WAN}万")
            f.append(f"{a:,}元")
        else:
            if a % 1_000_000 == 0 and a >= QIANWAN:
                q, b = divmod(a // 1_000_000, 10)
                f.append(f"{q}千{b}百万" if b else f"{q}千万")
            if a >= QIANWAN and ok_dec(yi_str(a), 3):
                f.append(f"{yi_str(a)}亿")
            f.append(f"{a:,}元")
            if ok_dec(wan_str(a), 2):
                f.append(f"{wan_str(a)}万元")
    elif fam == "slang":
        w = wan_str(a)
        if ok_dec(w, 1) and a < YI:
            f += [f"{w}w", f"{w}W", f"{w}个w"] if a % WAN == 0 else [f"{w}w"]
        if a % QIANWAN == 0 and a < YI * 10:
            f += [f"{a // QIANWAN}kw", f"{a // QIANWAN}KW"]
        if a % YI == 0:
            n = a // YI
            f += [f"{n}个亿", ("两" if n == 2 else DIG[n] if n < 10 else str(n)) + "个亿"]
        elif a >= YI and a % (YI // 10) == 0:
            f.append(f"{yi_str(a)}个亿")
        if not f:
            f.append(f"{w}w")
    elif fam in SPECIFIC_FAMS:
        f = _specific(a, fam)
        if not f:
            return forms(a, "arabic")
    elif fam == "en":
        m = mil_str(a)
        if ok_dec(m, 3):
            f += [f"RMB {m} million", f"{m} million yuan", f"CNY {m}m"]
        f += [f"{a:,} yuan", f"RMB {a:,}", f"¥{a:,}"]
        if a >= 1_000_000_000 and ok_dec(_trim(*divmod(a, 1_000_000_000), 9), 3):
            f.append(f"RMB {_trim(*divmod(a, 1_000_000_000), 9)} billion")
    else:
        raise ValueError(fam)
    return f


# single surface forms (used to sweep every form the brief lists)
SPECIFIC_FAMS = ("cn_liang", "yi_qian", "dec_yi", "big_wan", "comma", "w", "geyi", "kw")


def _specific(a, fam):
    y, rest = divmod(a, YI)
    if fam == "cn_liang":
        return [cn_int(a, liang=True), cn_int(a, liang=True) + "元"] if a % WAN == 0 else []
    if fam == "yi_qian":                                   # 3亿2千万
        if y and rest and rest % QIANWAN == 0:
            return [f"{y}亿{rest // QIANWAN}千万", f"{y}亿{rest // QIANWAN}千万元"]
        return [f"{y}亿"] if y and not rest else []
    if fam == "dec_yi":                                    # 1.25亿
        ys = yi_str(a)
        return [f"{ys}亿", f"{ys}亿元"] if (y and "." in ys and ok_dec(ys, 3)) else []
    if fam == "big_wan":                                   # 32000万
        return [f"{a // WAN}万", f"{a // WAN}万元"] if (y and a % WAN == 0) else []
    if fam == "comma":                                     # 320,000,000元
        return [f"{a:,}元"]
    if fam == "w":                                         # 800w
        return [f"{a // WAN}w", f"{a // WAN}W", f"{a // WAN}个w"] if (a % WAN == 0 and a < YI) else []
    if fam == "geyi":                                      # 1个亿 / 1.5个亿
        if y and a % (YI // 10) == 0:
            out = [f"{yi_str(a)}个亿"]
            if not rest and y < 10:
                out.append(("两" if y == 2 else DIG[y]) + "个亿")
            return out
        return []
    if fam == "kw":                                        # 2kw
        return [f"{a // QIANWAN}kw", f"{a // QIANWAN}KW"] if (a % QIANWAN == 0 and a < 10 * YI) else []
    raise ValueError(fam)


FAM_STEP = {"cn": 100_000, "trad": 100_000, "cn_liang": 1_000_000, "yi_qian": QIANWAN, "dec_yi": 1_000_000,
            "big_wan": 100_000, "comma": 10_000, "w": 10_000, "geyi": QIANWAN, "kw": QIANWAN}


def render(a, fam, r):
    return r.choice(forms(a, fam))


def amt(r, lo, hi, fam):
    """Sample an amount in [lo, hi] whose granularity suits the surface family."""
    if fam in ("slang", "mixed"):
        step = r.choice([1_000_000, QIANWAN]) if hi < 20 * YI else QIANWAN
    elif fam in FAM_STEP:
        step = FAM_STEP[fam]
    elif hi >= 5 * YI:
        step = 100_000
    else:
        step = 10_000
    lo_i = (lo + step - 1) // step
    while lo_i > hi // step:
        step //= 10
        lo_i = (lo + step - 1) // step
    return r.randrange(lo_i, hi // step + 1) * step


def usd_forms(u, r, lang="zh"):
    """USD amounts (License-out threshold is in 美元)."""
    if lang == "en":
        f = [f"USD {mil_str(u)} million", f"US${u:,}", f"${mil_str(u)}M"]
    else:
        f = [f"{wan_str(u)}万美元", f"{u:,}美元"]
        if ok_dec(yi_str(u), 3):
            f.append(f"{yi_str(u)}亿美元")
    return r.choice(f)


# --- Traditional Chinese ---------------------------------------------------------
_S2T_PAIRS = (
    "万萬 亿億 类類 临臨 们們 药藥 业業 请請 问問 给給 钱錢 奖獎 励勵 个個 种種 额額 务務 补補 贴貼 实實 "
    "际際 经經 营營 发發 产產 这這 么麼 获獲 证證 书書 册冊 审審 标標 资資 费費 检檢 测測 总總 销銷 进進 "
    "试試 验驗 报報 国國 认認 织織 组組 构構 机機 门門 区區 园園 设設 计計 划劃 预預 约約 开開 启啟 动動 "
    "让讓 对對 应應 还還 没沒 过過 来來 两兩 说說 错錯 话話 时時 间間 后後 关關 与與 为為 场場 议議 术術 "
    "网網 单單 项項 条條 规規 办辦 长長 员員 体體 广廣 东東 华華 疗療 医醫 诊診 断斷 质質 创創 优優 现現 "
    "价價 达達 转轉 换換 续續 税稅 统統 录錄 选選 举舉 论論 坛壇 会會 买買 卖賣 运運 维維 护護 处處 协協 "
    "许許 权權 专專 属屬 内內 签簽 订訂 该該 须須 吗嗎 决決 题題 谢謝 据據 数數 几幾 级級 纳納 兽獸 厂廠 "
    "储儲 备備 图圖 样樣 库庫 车車 称稱 负負 责責 帮幫 齐齊 谁誰 识識 详詳 语語 调調 谈談 词詞 译譯 询詢 "
    "杂雜 剂劑 团團 队隊 阶階 围圍 从從 领領 导導 态態 闻聞 于於 岁歲 币幣 汇匯 刚剛 拟擬 托託 头頭 龙龍 "
    "亏虧 损損 贷貸 压壓 确確 听聽 见見 觉覺 环環 节節 线線 扩擴 层層 参參 写寫 记記 视視 户戶 丰豐 兴興 "
    "养養 细細 执執 宽寬 绩績 获獲 搞搞 问問 赛賽 峰峰 筹籌 场場 规規 则則 块塊 额額 涨漲 从從 觉覺 软軟 "
    "硬硬 联聯 盟盟 险險 银銀 贷貸 辅輔 脑腦 诉訴 吧吧 呢呢 离離 满滿 简簡 纪紀 终終 结結 给給 织織 级級")
_S2T = {}
for _p in _S2T_PAIRS.split():
    assert len(_p) == 2, _p
    _S2T[_p[0]] = _p[1]


_S2T_WORDS = {"注册": "註冊", "征求": "徵求", "示范": "示範", "标杆": "標桿", "分别": "分別", "围绕": "圍繞",
              "咨询": "諮詢", "承担": "承擔", "美丽": "美麗", "入驻": "入駐", "载体": "載體", "分档": "分檔",
              "老师": "老師", "打扰": "打擾", "实缴": "實繳", "顺便": "順便", "天气": "天氣", "首仿": "首仿",
              "干细胞": "幹細胞", "制品": "製品", "麻烦": "麻煩", "面积": "面積", "并已": "並已", "并且": "並且",
              "当": "當", "电": "電", "连": "連", "优质": "優質", "推动": "推動"}


def to_trad(s):
    for a, b in _S2T_WORDS.items():
        s = s.replace(a, b)
    return "".join(_S2T.get(ch, ch) for ch in s)


# =============================================================================
# 3. PHRASE POOLS
# =============================================================================

P_ZH = ["", "", "", "", "请问，", "您好，", "你好，", "咨询一下，", "麻烦问下，", "老师好，",
        "帮企业问一下：", "有企业来电咨询：", "【企业咨询】", "园区服务专员代问：", "打扰一下，",
        "问个政策问题：", "窗口来了个企业，原话是：", "hi，"]
P_EN = ["", "", "Hi! ", "Hello. ", "Quick question: ", "A client asks: "]

YEAR_PAIRS = [("前年", "去年"), ("2024年", "2025年"), ("上上年度", "上一年度")]


def p_zh(r):
    return r.choice(P_ZH)


def p_en(r):
    return r.choice(P_EN)


def R(turns, status="answered", cites=(), amount="-", kind=None, rules=(), inc=(), exc=()):
    return {"turns": list(turns), "status": status, "cites": list(cites), "amount": amount,
            "kind": kind, "rules": list(rules), "inc": list(inc), "exc": list(exc)}


def cite_of(*rule_ids):
    seen = []
    for rid in rule_ids:
        c = RULES[rid][:2]
        if c not in seen:
            seen.append(c)
    return seen


# --- distractors -----------------------------------------------------------------

def g_capital(r, fam, lang):
    a = amt(r, 10_000_000, 500_000_000, fam if fam != "en" else "arabic")
    return (f"Registered capital is {render(a, 'en', r)}. " if lang == "en"
            else f"公司注册资本{render(a, fam, r)}，")


def g_staff(r, fam, lang):
    n = r.randrange(25, 1800)
    return f"We have {n} employees. " if lang == "en" else r.choice([f"员工{n}人，", f"公司现有员工{n}人，", f"研发人员{n}人，"])


def g_founded(r, fam, lang):
    y = r.randrange(2005, 2023)
    return f"The company was founded in {y}. " if lang == "en" else r.choice([f"公司{y}年成立，", f"我们是{y}年注册的，"])


def g_profit(r, fam, lang):
    a = amt(r, 1_000_000, 90_000_000, fam if fam != "en" else "arabic")
    if lang == "en":
        return f"Net profit last year was {render(a, 'en', r)}. "
    return r.choice([f"去年净利润{render(a, fam, r)}，", f"去年亏损{render(a, fam, r)}，"])


def g_award_elsewhere(r, fam, lang):
    a = amt(r, 300_000, 5_000_000, fam if fam != "en" else "arabic")
    place = r.choice(["海淀", "大兴", "亦庄", "天津", "苏州"])
    if lang == "en":
        en = {"海淀": "Haidian", "大兴": "Daxing", "亦庄": "Yizhuang", "天津": "Tianjin", "苏州": "Suzhou"}[place]
        return f"Last year another project of ours got {render(a, 'en', r)} from {en}. "
    return f"去年另一个项目在{place}拿过{render(a, fam, r)}的补贴，"


def g_funding(r, fam, lang):
    a = amt(r, 50_000_000, 1_000_000_000, fam if fam != "en" else "arabic")
    return (f"We closed a {render(a, 'en', r)} funding round. " if lang == "en"
            else r.choice([f"上一轮融资{render(a, fam, r)}，", f"公司估值{render(a, fam, r)}，"]))


GENERIC_D = [g_capital, g_staff, g_founded, g_profit, g_award_elsewhere, g_funding]


def heard_rate(r, fam, lang, true_pct):
    p = r.choice([x for x in (5, 8, 15, 25, 30, 40) if x != true_pct])
    return f"I heard the rate is {p}%. " if lang == "en" else r.choice([f"听说是按{p}%给，", f"有人说比例是{p}%，"])


def distract(r, fam, lang, nd, specific=()):
    """nd distractor sentences: one clause-specific (if any), rest generic, no type repeated."""
    if nd <= 0:
        return ""
    pool_s = list(specific)
    picks = []
    if pool_s:
        picks.append(r.choice(pool_s))
    gen = GENERIC_D[:]
    r.shuffle(gen)
    while len(picks) < nd and gen:
        picks.append(gen.pop())
    r.shuffle(picks)
    return "".join(fn(r, fam, lang) for fn in picks)


def fam_for(r, fam):
    return "arabic" if fam == "trad" else fam


# =============================================================================
# 4. SINGLE-CLAUSE QUESTION BUILDERS
#    b_xxx(r, fam, lang, nd) -> R(...) ; fam: arabic|cn|mixed|slang|en ; lang: zh|en
# =============================================================================

STAGE_ZH = {"I": ["Ⅰ期", "I期", "1期", "一期"], "II": ["Ⅱ期", "II期", "2期", "二期"],
            "III": ["Ⅲ期", "III期", "3期", "三期"]}
STAGE_EN = {"I": ["Phase I", "phase 1", "Phase 1"], "II": ["Phase II", "phase 2", "Phase 2"],
            "III": ["Phase III", "phase 3", "Phase 3"]}
DRUG1_ZH = ["1类化药", "1类化学药", "1类生物制品", "1类生物药", "1类中药", "1类创新药",
            "一类创新药", "1类新药", "化药1类新药", "治疗用生物制品1类"]
DRUG1_EN = ["Class 1 chemical drug", "Class 1 biologic", "Class 1 TCM drug",
            "Category 1 innovative drug", "class-1 new drug"]


def b_d5_entry(r, fam="arabic", lang="zh", nd=0):
    st = r.choice(["I", "II", "III"])
    val = d5_entry(st)
    f = fam_for(r, fam) if fam != "en" else "arabic"

    def sp_rd(r_, fm, lg):
        a = amt(r_, 10_000_000, 300_000_000, "arabic" if lg == "en" else fm)
        return (f"R&D spending on it is roughly {render(a, 'en', r_)}. " if lg == "en"
                else f"这个品种研发投入大概{render(a, fm, r_)}左右，")

    def sp_heard(r_, fm, lg):
        x = r_.choice([v for v in (300_000, 800_000, 1_500_000, 3_000_000, 5_000_000) if v != val])
        return (f"Someone told me it's {render(x, 'en', r_)}. " if lg == "en"
                else f"听别人说能给{render(x, fm, r_)}，")

    def sp_prev(r_, fm, lg):
        return ("Last year another product of ours entering Phase I got RMB 0.5 million. " if lg == "en"
                else "去年另一个品种进Ⅰ期已经拿过50万了，")

    d = distract(r, f, lang, nd, [sp_rd, sp_heard, sp_prev])
    if lang == "en":
        drug, s = r.choice(DRUG1_EN), r.choice(STAGE_EN[st])
        q = r.choice([
            f"{p_en(r)}Our {drug} has just entered {s} clinical trials. {d}How much is the award?",
            f"{p_en(r)}{d}How much does Changping award per product when a {drug} enters {s}?",
            f"{p_en(r)}What award do we get for a {drug} entering {s} trials? {d}".strip(),
        ])
    else:
        drug, s = r.choice(DRUG1_ZH), r.choice(STAGE_ZH[st])
        v = r.choice(["进入", "已进入", "刚进入", "正式进入"])
        q = r.choice([
            f"{p_zh(r)}我们的{drug}{v}{s}临床试验了，{d}能拿多少奖励？",
            f"{p_zh(r)}{d}{drug}进入{s}临床，每个品种奖励多少钱？",
            f"{p_zh(r)}我司一个{drug}品种{v}{s}临床，{d}按昌平的办法能申请多少？",
            f"{p_zh(r)}{drug}的{s}临床已经启动了，{d}奖励金额是多少",
            f"{p_zh(r)}{d}我们有1个{drug}刚{v}{s}临床，请问给多少支持？",
        ])
    return R([q], "answered", cite_of("d5-1-entry"), val, "fixed", ["d5-1-entry"])


D6_1_CLS_ZH = [("1类化药", "1"), ("1类生物制品", "1"), ("1类中药", "1"), ("1类创新药", "1"),
               ("2类生物制品", "2"), ("2类化药", "2"), ("2类中药", "2"),
               ("首仿药（已经认定）", "ref1"), ("经认定的重大改良型新药", "ref1")]
D6_1_CLS_EN = [("Class 1 biologic", "1"), ("Class 1 chemical drug", "1"), ("Class 2 biologic", "2"),
               ("Class 2 chemical drug", "2"), ("recognised first generic (首仿药)", "ref1")]


def b_d6_1(r, fam="arabic", lang="zh", nd=0, cls=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"

    def sp_sales(r_, fm, lg):
        a = amt(r_, 50_000_000, 2_000_000_000, "arabic" if lg == "en" else fm)
        return (f"Expected annual sales are {render(a, 'en', r_)}. " if lg == "en"
                else f"该品种预计年销售额{render(a, fm, r_)}，")

    def sp_rd(r_, fm, lg):
        a = amt(r_, 50_000_000, 900_000_000, "arabic" if lg == "en" else fm)
        return (f"Total R&D cost was {render(a, 'en', r_)}. " if lg == "en"
                else f"累计研发投入{render(a, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_sales, sp_rd])
    if lang == "en":
        name, c = cls or r.choice(D6_1_CLS_EN)
        q = r.choice([
            f"{p_en(r)}We obtained the drug registration certificate for our {name} and have started commercial production in Changping. {d}What is the maximum support?",
            f"{p_en(r)}{d}What's the cap per product for a {name} that is approved (registration certificate) and industrialised?",
        ])
    else:
        name, c = cls or r.choice(D6_1_CLS_ZH)
        q = r.choice([
            f"{p_zh(r)}我们的{name}拿到了药品注册证书，已经在昌平实施产业化，{d}最高能支持多少？",
            f"{p_zh(r)}{d}{name}获批上市（拿到药品注册证书）并已产业化，单品种能给多少？",
            f"{p_zh(r)}我司{name}刚取得药品注册证书，{d}目前已在区内投产，能申请多少资金？",
            f"{p_zh(r)}{name}获得药品注册证书且实施产业化，{d}单品种支持上限多少？",
        ])
    return R([q], "answered", cite_of("d6-1-approval"), D6_1_CAP[c], "upper_bound", ["d6-1-approval"])


VET_ZH = {1: ["一类", "1类"], 2: ["二类", "2类"], 3: ["三类", "3类"]}


def b_d6_2(r, fam="arabic", lang="zh", nd=0, k=None):
    k = k or r.choice([1, 2, 3])
    f = fam_for(r, fam) if fam != "en" else "arabic"

    def sp_farm(r_, fm, lg):
        n = r_.randrange(50, 3000)
        return f"We serve {n} farms. " if lg == "en" else f"下游养殖客户{n}家，"

    d = distract(r, f, lang, nd, [sp_farm])
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}Our class {['I', 'II', 'III'][k - 1]} new veterinary drug got its registration certificate and is now in production. {d}How much can we get?",
            f"{p_en(r)}{d}What is the maximum support for a category {k} new veterinary drug with a registration certificate, already industrialised?",
        ])
    else:
        c = r.choice(VET_ZH[k])
        q = r.choice([
            f"{p_zh(r)}我们的{c}新兽药拿到了注册证书，已经实施产业化，{d}最高支持多少？",
            f"{p_zh(r)}{d}动物药：{c}新兽药注册证书已获得，产业化也落地了，能给多少？",
            f"{p_zh(r)}兽药企业，{c}新兽药取得新兽药注册证书并投产，{d}单品种能申请多少？",
        ])
    return R([q], "answered", cite_of("d6-2-vet"), D6_2_CAP[k], "upper_bound", ["d6-2-vet"])


def b_entrust(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    a = a or amt(r, 3_000_000, 300_000_000, fam if fam != "trad" else "cn")
    A = render(a, "en" if lang == "en" else f, r)

    def sp_contract(r_, fm, lg):
        x = a + amt(r_, 1_000_000, 50_000_000, "arabic" if lg == "en" else fm)
        return (f"The framework contract is worth {render(x, 'en', r_)}. " if lg == "en"
                else f"委托合同签约总额{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_contract, lambda r_, fm, lg: heard_rate(r_, fm, lg, 10)])
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}We're the marketing authorisation holder and outsource manufacturing of our product to a pharma company. {d}The actual transaction value for this product was {A}. How much support?",
            f"{p_en(r)}{d}If the actual transaction amount of an entrusted-manufacturing product is {A}, what is the maximum subsidy for the MAH?",
        ])
    else:
        q = r.choice([
            f"{p_zh(r)}我们是药品上市许可持有人，委托区内一家医药企业生产我们持有的品种，{d}该品种去年实际交易额{A}，能拿多少支持？",
            f"{p_zh(r)}{d}MAH委托生产，委托生产品种的实际交易额是{A}，按办法最多给多少？",
            f"{p_zh(r)}我司把拟申报上市的产品委托给医药健康企业生产，实际交易额{A}，{d}请问补贴怎么算？",
            f"{p_zh(r)}委托生产这块，品种实际交易额{A}，{d}能申请到多少？",
        ])
    return R([q], "answered", cite_of("d8-1-entrust"), d8_entrust(a), "upper_bound", ["d8-1-entrust"])


def b_undertake(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    a = a or amt(r, 1_000_000, 100_000_000, fam if fam != "trad" else "cn")
    A = render(a, "en" if lang == "en" else f, r)

    def sp_plan(r_, fm, lg):
        x = a + amt(r_, 1_000_000, 30_000_000, "arabic" if lg == "en" else fm)
        return (f"We had planned to invest {render(x, 'en', r_)}. " if lg == "en"
                else f"原计划投入{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_plan, lambda r_, fm, lg: heard_rate(r_, fm, lg, 20)])
    if lang == "en":
        q = (f"{p_en(r)}{d}Under the MAH system we undertake production of another company's drug, and our actual investment was {A}. How much support can we get?")
    else:
        q = r.choice([
            f"{p_zh(r)}我们按照药品上市许可持有人制度承担其他企业产品的生产，{d}实际投入金额{A}，能拿多少？",
            f"{p_zh(r)}{d}我司在MAH制度下承担生产，实际投入{A}，按政策给多少支持？",
            f"{p_zh(r)}MAH制度下我们是承担生产的一方，为此实际投入了{A}，{d}能申请多少资金？",
        ])
    return R([q], "answered", cite_of("d8-1-undertake"), d8_undertake(a), "upper_bound", ["d8-1-undertake"])


def b_sales(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    a = a or amt(r, 20_000_000, 3_000_000_000, fam if fam != "trad" else "cn")
    A = render(a, "en" if lang == "en" else f, r)

    def sp_target(r_, fm, lg):
        x = a + amt(r_, 10_000_000, 500_000_000, "arabic" if lg == "en" else fm)
        return (f"This year's target is {render(x, 'en', r_)}. " if lg == "en"
                else f"今年目标销售收入{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_target, lambda r_, fm, lg: heard_rate(r_, fm, lg, 0)])
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}We set up a pharmaceutical sales platform company in Changping. {d}Annual sales revenue last year was {A}. How much support do we get?",
            f"{p_en(r)}{d}For a healthcare sales-platform enterprise with annual sales revenue of {A}, what is the support amount?",
        ])
    else:
        q = r.choice([
            f"{p_zh(r)}我们是医药健康销售平台型企业，{d}去年年度销售收入{A}，能拿多少？",
            f"{p_zh(r)}{d}销售平台型企业，年度销售收入{A}，按政策能给多少？",
            f"{p_zh(r)}新设立的医药销售平台公司，{d}年销售收入{A}，资金支持有多少？",
            f"{p_zh(r)}医药健康销售平台，去年销售收入{A}，{d}能给多少钱",
        ])
    return R([q], "answered", cite_of("d8-2-sales"), d8_sales(a), "fixed", ["d8-2-sales"])


def b_reg(r, fam="arabic", lang="zh", nd=0):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    ag = r.choice(["FDA", "EMA", "美国FDA", "欧盟EMA"]) if lang == "zh" else r.choice(["FDA", "EMA"])
    if r.random() < 0.5:
        costs = [amt(r, 500_000, 30_000_000, fam if fam != "trad" else "cn")]
        A = render(costs[0], ff, r)
        cost_txt = (f"the actual registration cost (overseas registration, testing and local agent fees) totalled {A}"
                    if lang == "en" else r.choice([f"实际注册费用（含海外注册费、检测费、当地代理费）合计{A}",
                                                   f"实际注册费用一共{A}（海外注册费、检测费、代理费都算上）"]))
    else:
        costs = [amt(r, 1_000_000, 20_000_000, "arabic"), amt(r, 100_000, 5_000_000, "arabic"),
                 amt(r, 100_000, 3_000_000, "arabic")]
        a1, a2, a3 = (render(c, ff, r) for c in costs)
        cost_txt = (f"we paid {a1} in overseas registration fees, {a2} in testing fees and {a3} in local agent fees"
                    if lang == "en" else f"海外注册费{a1}、检测费{a2}、当地代理费{a3}")

    def sp_budget(r_, fm, lg):
        x = sum(costs) + amt(r_, 500_000, 10_000_000, "arabic")
        return (f"Our budget had been {render(x, 'en', r_)}. " if lg == "en"
                else f"当初预算是{render(x, fm, r_)}，")

    def sp_usd(r_, fm, lg):
        u = r_.randrange(5, 200) * 1_000_000
        return (f"US sales are forecast at {usd_forms(u, r_, 'en')}. " if lg == "en"
                else f"预计在美国年销售{usd_forms(u, r_)}，")

    d = distract(r, f, lang, nd, [sp_budget, sp_usd])
    if lang == "en":
        q = f"{p_en(r)}{d}One of our drugs was newly approved by the {ag}: {cost_txt}. How much support can we claim?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们的一个药品新获得了{ag}认证，{d}{cost_txt}，能拿多少支持？",
            f"{p_zh(r)}{d}药品刚拿到{ag}批准，{cost_txt}，能补多少？",
            f"{p_zh(r)}新获{ag}认证的药品，{cost_txt}，{d}按政策最多给多少？",
        ])
    return R([q], "answered", cite_of("d11-1-reg"), d11_reg(costs), "upper_bound", ["d11-1-reg"])


def b_lic_in(r, fam="arabic", lang="zh", nd=0):
    def sp_fee(r_, fm, lg):
        u = r_.randrange(2, 80) * 1_000_000
        return (f"The upfront licence fee was {usd_forms(u, r_, 'en')}. " if lg == "en"
                else f"引进时付了{usd_forms(u, r_)}的首付款，")

    d = distract(r, fam_for(r, fam) if fam != "en" else "arabic", lang, nd, [sp_fee])
    if lang == "en":
        q = f"{p_en(r)}We in-licensed a foreign technology (License-in) and the product has now launched and is manufactured locally. {d}How much support per product?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们通过License-in从国外引进了一项技术，{d}产品已经上市并在本地产业化，能拿多少？",
            f"{p_zh(r)}{d}License-in引进的产品已经获批上市了，单品种支持多少？",
            f"{p_zh(r)}从海外授权引进（license in）的技术已本土产业化，产品上市了，{d}最高给多少？",
        ])
    return R([q], "answered", cite_of("d11-2-lic-in"), d11_lic_in(True), "upper_bound", ["d11-2-lic-in"])


def b_lic_out(r, fam="arabic", lang="zh", nd=0, usd=None):
    usd = usd or r.randrange(105, 1000) * 1_000_000
    val = d11_lic_out(usd)
    U = usd_forms(usd, r, lang)

    def sp_upfront(r_, fm, lg):
        u = r_.randrange(5, 60) * 1_000_000
        return (f"The upfront payment is {usd_forms(u, r_, 'en')}. " if lg == "en"
                else f"首付款{usd_forms(u, r_)}，")

    d = distract(r, fam_for(r, fam) if fam != "en" else "arabic", lang, nd, [sp_upfront])
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}We signed a License-out deal with a multinational pharma company; {d}the total contract value is {U}. How much can we get?",
            f"{p_en(r)}{d}How much support is there for an out-licensing contract worth {U} in total, already signed?",
        ])
    else:
        q = r.choice([
            f"{p_zh(r)}我们把一个品种License-out给了跨国药企，{d}合同总额{U}，合同已经签了，能拿多少？",
            f"{p_zh(r)}{d}对外授权（License-out）合同已签订，合同总额{U}，单品种给多少？",
            f"{p_zh(r)}和一家跨国龙头企业签了license-out协议，合同总金额{U}，{d}能申请多少钱？",
        ])
    return R([q], "answered", cite_of("d11-2-lic-out"), val, "upper_bound", ["d11-2-lic-out"])


def b_rev(r, fam="arabic", lang="zh", nd=0, cur=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    cur = cur or amt(r, 502_000_000, 3_000_000_000, fam if fam != "trad" else "cn")
    prev = amt(r, 200_000_000, 490_000_000, "arabic")
    py, cy = r.choice(YEAR_PAIRS[:2])
    A, P = render(cur, ff, r), render(prev, ff, r)

    def sp_total(r_, fm, lg):
        x = cur + amt(r_, 20_000_000, 300_000_000, "arabic")
        return (f"Total operating revenue including other business was {render(x, 'en', r_)}. " if lg == "en"
                else f"{cy}营业总收入{render(x, fm, r_)}（含其他业务收入），")

    def sp_forecast(r_, fm, lg):
        x = cur + amt(r_, 50_000_000, 500_000_000, "arabic")
        return (f"We forecast {render(x, 'en', r_)} for next year. " if lg == "en"
                else f"预计明年能做到{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_total, sp_forecast])
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}Our main business revenue crossed RMB 500 million for the first time in 2025, reaching {A} (2024: {P}). {d}How much support?",
            f"{p_en(r)}{d}Main business revenue: {P} in 2024, {A} in 2025 — the first time above 500 million. What do we get?",
        ])
    else:
        q = r.choice([
            f"{p_zh(r)}我们公司{py}主营业务收入{P}，{cy}首次突破5亿，达到{A}，{d}能拿多少？",
            f"{p_zh(r)}{d}年度主营业务收入第一次过5个亿，{cy}是{A}（{py}{P}），按政策给多少？",
            f"{p_zh(r)}主营收入首次突破5亿元：{cy}主营业务收入{A}，{py}只有{P}，{d}支持金额是多少？",
        ])
    return R([q], "answered", cite_of("d12-1-revenue"), d12_revenue(cur), "fixed", ["d12-1-revenue"])


def tier_values(r, i, fam):
    """prev in (T[i-1], T[i]), cur in (T[i], T[i+1]) -> exactly tier i first crossed."""
    lo_prev = D12_3_TIERS[i - 1][0] if i > 0 else 5_000_000
    t = D12_3_TIERS[i][0]
    hi_cur = D12_3_TIERS[i + 1][0] if i + 1 < len(D12_3_TIERS) else 5_000_000_000
    f = fam if fam not in ("en", "trad") else "arabic"
    while True:
        prev = amt(r, lo_prev + 1, t - 1, f)
        cur = amt(r, t + 1, hi_cur - 1, f)
        if lo_prev < prev < t < cur < hi_cur:
            return prev, cur


TIER_NAME_ZH = ["5000万", "1亿", "5亿", "10亿", "20亿"]
TIER_NAME_EN = ["RMB 50 million", "RMB 100 million", "RMB 500 million", "RMB 1 billion", "RMB 2 billion"]


def b_output(r, fam="arabic", lang="zh", nd=0, i=None):
    i = r.randrange(5) if i is None else i
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    prev, cur = tier_values(r, i, f)
    val = d12_output(prev, cur)
    P, C = render(prev, ff, r), render(cur, ff, r)
    py, cy = r.choice(YEAR_PAIRS[:2])

    def sp_total(r_, fm, lg):
        x = cur + amt(r_, 50_000_000, 2_000_000_000, "arabic")
        return (f"Company-wide output is {render(x, 'en', r_)}. " if lg == "en"
                else f"公司总产值{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_total])
    if lang == "en":
        q = f"{p_en(r)}One of our products had annual output value of {P} in 2024 and {C} in 2025, the first time it passed {TIER_NAME_EN[i]}. {d}What reward applies?"
    else:
        T = TIER_NAME_ZH[i]
        q = r.choice([
            f"{p_zh(r)}我们有一个品种，{py}年产值{P}，{cy}年产值{C}，是第一次突破{T}，{d}能拿多少奖励？",
            f"{p_zh(r)}{d}单品种年产值{cy}首次突破{T}，达到{C}（{py}是{P}），奖励多少？",
            f"{p_zh(r)}单品种年产值从{py}的{P}涨到了{cy}的{C}，之前从没到过{T}，{d}按政策奖励多少？",
        ])
    return R([q], "answered", cite_of("d12-3-output"), val, "fixed", ["d12-3-output"])


SME_ZH = ["小微企业", "中小企业", "中小微企业", "一家小型生物科技公司（中小企业）"]


def smb_values(r, fam, rev=None, rd_total_exact=None):
    f = fam if fam in ("arabic", "cn", "mixed", "slang") else "arabic"
    step = 100_000 if f == "arabic" else 1_000_000
    while True:
        if rd_total_exact:
            r3 = r.randrange(min(3_000_000, rd_total_exact // 4) // step, (rd_total_exact // 2) // step) * step
            r4 = rd_total_exact - r3
        else:
            r3 = r.randrange(3_000_000 // step, 15_000_000 // step) * step
            r4 = r3 + r.randrange(1, 5_000_000 // step) * step
        r2 = r3 - r.randrange(1, max(2, r3 // step // 3)) * step
        r1 = r2 - r.randrange(1, max(2, r2 // step // 3)) * step
        if 0 < r1 < r2 < r3 < r4 and r3 + r4 >= (rd_total_exact or D13_RD2_GE):
            break
    if rev is None:
        rev = r.randrange(2_000_000 // step, 29_900_000 // step) * step
    return rev, [r1, r2, r3, r4]


def b_smb(r, fam="arabic", lang="zh", nd=0):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    rev, rd = smb_values(r, f)
    val = d13_rd(rev, rd[2] + rd[3], True, rd[3])

    def sp_fore(r_, fm, lg):
        x = r_.randrange(35, 90) * 1_000_000
        return (f"We expect revenue of {render(x, 'en', r_)} this year. " if lg == "en"
                else f"今年预计营收能到{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_fore])
    Rv = render(rev, ff, r)
    R1, R2, R3, R4 = (render(x, ff, r) for x in rd)
    T2 = render(rd[2] + rd[3], ff, r)
    size = r.choice(SME_ZH)
    if lang == "en":
        q = r.choice([
            f"{p_en(r)}We're an SME applying this year. {d}Revenue last year (2025): {Rv}. R&D spending was {R1} in 2022, {R2} in 2023, {R3} in 2024 and {R4} in 2025. How much R&D support can we get?",
            f"{p_en(r)}{d}Small company, 2025 revenue {Rv}; R&D spend 2024 {R3}, 2025 {R4}, and R&D has grown for three consecutive years. What R&D subsidy applies?",
        ])
    else:
        q = r.choice([
            f"{p_zh(r)}我们是{size}，{d}上一年度营业收入{Rv}，上两年研发投入总额{T2}，研发投入连续三年保持正增长，上一年度研发投入{R4}，能拿多少？",
            f"{p_zh(r)}{size}，今年申报。2022—2025年研发投入分别为{R1}、{R2}、{R3}、{R4}，2025年营业收入{Rv}，{d}研发支持能拿多少？",
            f"{p_zh(r)}{d}我司是{size.replace('一家小型生物科技公司（中小企业）', '中小企业')}，去年营收{Rv}，研发投入前年{R3}、去年{R4}，而且研发投入连续三年都是正增长，按研发投入能支持多少？",
        ])
    return R([q], "answered", cite_of("d13-rd"), val, "upper_bound", ["d13-rd"])


CRO_ZH = ["CRO", "CDMO", "CMO", "合同研究组织（CRO）", "临床CRO", "CDMO（合同研发生产）"]
CRO_EN = ["CRO", "CDMO", "CMO", "contract research organisation"]


def b_cro(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    a = a or amt(r, 1_000_000, 50_000_000, fam if fam != "trad" else "cn")
    A = render(a, ff, r)
    yr = r.choice(["去年", "上一年度", "2025年", "2025年度"])

    def sp_signed(r_, fm, lg):
        x = a + amt(r_, 1_000_000, 30_000_000, "arabic")
        return (f"New contracts signed last year were worth {render(x, 'en', r_)}. " if lg == "en"
                else f"去年新签合同额{render(x, fm, r_)}，")

    def sp_fore(r_, fm, lg):
        x = a + amt(r_, 1_000_000, 30_000_000, "arabic")
        return (f"This year we expect {render(x, 'en', r_)}. " if lg == "en"
                else f"今年预计服务金额能到{render(x, fm, r_)}，")

    def sp_prev(r_, fm, lg):
        x = max(100_000, (a // 2) // 100_000 * 100_000)
        return (f"In 2023 the actual service amount was only {render(x, 'en', r_)}. " if lg == "en"
                else f"2023年实际服务金额只有{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_signed, sp_fore, sp_prev, lambda r_, fm, lg: heard_rate(r_, fm, lg, 20)])
    if lang == "en":
        org = r.choice(CRO_EN)
        q = r.choice([
            f"{p_en(r)}We are a {org}. {d}Our actual service amount for last year was {A}. How much support can we get?",
            f"{p_en(r)}How much funding could a {org} get if its actual annual service amount last year was {A}? {d}".strip(),
            f"{p_en(r)}{d}Last year our {org} business delivered {A} of actual services. What's the maximum support under the Changping measures?",
        ])
    else:
        org = r.choice(CRO_ZH)
        q = r.choice([
            f"{p_zh(r)}我们是一家{org}企业，{d}{yr}实际服务金额{A}，能拿多少支持？",
            f"{p_zh(r)}{d}{org}，{yr.replace('去年', '上一年度')}实际服务金额{A}，按政策最多给多少？",
            f"{p_zh(r)}我司做{org}的，{yr}实际服务金额{A}，{d}请问能申请多少资金？",
            f"{p_zh(r)}{org}公司 {yr}实际服务金额{A} {d}补贴多少",
        ])
    return R([q], "answered", cite_of("d15-1-cro"), d15_cro(a), "upper_bound", ["d15-1-cro"])


PLAT_ZH = ["实验动物服务", "检验检测服务", "临床转化服务", "标杆型孵化器"]


def b_platform(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    a = a or amt(r, 10_000_000, 300_000_000, fam if fam != "trad" else "cn")
    A = render(a, ff, r)

    def sp_plan(r_, fm, lg):
        x = a + amt(r_, 5_000_000, 100_000_000, "arabic")
        return (f"The planned total investment is {render(x, 'en', r_)}. " if lg == "en"
                else f"项目计划总投资{render(x, fm, r_)}，")

    def sp_area(r_, fm, lg):
        n = r_.randrange(2, 60) * 1000
        return f"The facility is {n} square metres. " if lg == "en" else f"平台面积{n}平方米，"

    d = distract(r, f, lang, nd, [sp_plan, sp_area])
    t = r.choice(PLAT_ZH)
    if lang == "en":
        q = f"{p_en(r)}We were selected to build a shared {r.choice(['laboratory-animal', 'testing', 'clinical translation'])} service platform. {d}Actual construction investment was {A}. What is the maximum support?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们引入建设了一个{t}共享服务平台，{d}平台建设实际投入{A}，能拿多少支持？",
            f"{p_zh(r)}{d}{t}平台（具有公共属性的共享服务平台），建设实际投入{A}，最多给多少？",
            f"{p_zh(r)}共享服务平台建设：{t}方向，平台建设实际投入{A}，{d}按政策能支持多少？",
        ])
    return R([q], "answered", cite_of("d15-2-platform"), d15_platform(a), "upper_bound", ["d15-2-platform"])


EVENT_ZH = ["医药健康产业高峰论坛", "生命谷产业对接会", "北京昌平生命科学论坛的一个分论坛", "医美产业品牌推广活动",
            "细胞与基因治疗产业峰会"]


def b_event(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    a = a or amt(r, 500_000, 20_000_000, fam if fam != "trad" else "cn")
    A = render(a, ff, r)

    def sp_budget(r_, fm, lg):
        x = a + amt(r_, 100_000, 5_000_000, "arabic")
        return (f"The budget was {render(x, 'en', r_)}. " if lg == "en" else f"活动预算{render(x, fm, r_)}，")

    def sp_people(r_, fm, lg):
        n = r_.randrange(200, 5000)
        return f"About {n} people attended. " if lg == "en" else f"参会{n}人，"

    d = distract(r, f, lang, nd, [sp_budget, sp_people])
    ev = r.choice(EVENT_ZH)
    if lang == "en":
        q = f"{p_en(r)}As a market entity we hosted an industry summit in Changping (a recognised high-quality event). {d}Actual costs incurred were {A}. How much support?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们作为市场化主体举办了一场{ev}，{d}活动实际发生费用{A}，能支持多少？",
            f"{p_zh(r)}{d}我们公司（市场化主体）主办了{ev}，实际发生费用{A}，能给多少？",
            f"{p_zh(r)}{ev}办完了，活动实际发生费用{A}，{d}按政策能补多少？",
        ])
    return R([q], "answered", cite_of("d16-3-event"), d16_event(a), "upper_bound", ["d16-3-event"])


def b_ai(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    a = a or amt(r, 20_000_000, 300_000_000, fam if fam != "trad" else "cn")
    A = render(a, ff, r)

    def sp_output(r_, fm, lg):
        x = amt(r_, 100_000_000, 2_000_000_000, "arabic")
        return (f"It is expected to generate output of {render(x, 'en', r_)}. " if lg == "en"
                else f"预计带动产值{render(x, fm, r_)}，")

    d = distract(r, f, lang, nd, [sp_output, lambda r_, fm, lg: heard_rate(r_, fm, lg, 30)])
    if lang == "en":
        q = f"{p_en(r)}Our AI drug-discovery demonstration scenario project (AI+医药健康示范应用) has total engineering investment of {A}. {d}How much can it get?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们围绕AI+药物研发打造了一个标杆示范场景项目，{d}项目工程投资总额{A}，能拿多少？",
            f"{p_zh(r)}{d}AI辅助诊断标杆示范场景，项目工程投资总额{A}，最高支持多少？",
            f"{p_zh(r)}按2026-2028年的若干措施，AI+医药健康示范场景项目工程投资总额{A}，{d}能申请多少资金？",
        ])
    return R([q], "answered", cite_of("m5-ai"), m5_ai(a), "upper_bound", ["m5-ai"])


def b_tech(r, fam="arabic", lang="zh", nd=0):
    f = fam_for(r, fam) if fam != "en" else "arabic"

    def sp_rev(r_, fm, lg):
        x = amt(r_, 50_000_000, 1_000_000_000, "arabic")
        return f"Revenue last year was {render(x, 'en', r_)}. " if lg == "en" else f"去年营收{render(x, fm, r_)}，"

    d = distract(r, f, lang, nd, [sp_rev])
    fld = r.choice(["合成生物制造", "细胞与基因治疗", "脑机接口", "高端医疗器械", "美丽健康"])
    if lang == "en":
        q = f"{p_en(r)}We are a science-and-technology service company in the {r.choice(['synthetic biology', 'brain-computer interface', 'cell and gene therapy'])} field. {d}What's the most we can get for efficiency improvement (效能提升) support?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们是做{fld}方向的科技服务业企业，{d}想申请效能提升支持，最多能给多少？",
            f"{p_zh(r)}{d}科技服务业企业效能提升（{fld}赛道），按2026-2028若干措施支持上限是多少？",
        ])
    return R([q], "answered", cite_of("m7-techservice"), M7_CAP, "upper_bound", ["m7-techservice"])


def b_park(r, fam="arabic", lang="zh", nd=0, a=None):
    f = fam_for(r, fam) if fam != "en" else "arabic"
    ff = "en" if lang == "en" else f
    a = a or amt(r, 10_000_000, 200_000_000, fam if fam != "trad" else "cn")
    A = render(a, ff, r)

    def sp_area(r_, fm, lg):
        n = r_.randrange(5, 80)
        return f"The park covers {n}0,000 m². " if lg == "en" else f"园区面积{n}万平方米，"

    def sp_firms(r_, fm, lg):
        n = r_.randrange(20, 400)
        return f"{n} companies are based there. " if lg == "en" else f"入驻企业{n}家，"

    d = distract(r, f, lang, nd, [sp_area, sp_firms])
    if lang == "en":
        q = f"{p_en(r)}We brought in a world-leading biopharma park operator to run our park in Changping. {d}Total project investment is {A}. What's the maximum support?"
    else:
        q = r.choice([
            f"{p_zh(r)}我们引入了全球领先的生物医药园区运营管理资源来运营园区，{d}项目投资总额{A}，能拿多少？",
            f"{p_zh(r)}{d}园区运营管理项目（引入国际领先的园区运营方），项目投资总额{A}，最高支持多少？",
        ])
    return R([q], "answered", cite_of("m11-park"), m11_park(a), "upper_bound", ["m11-park"])


def b_m12(r, fam="arabic", lang="zh", nd=0, k=None):
    k = k or r.choice(["foreign_rd", "intl_org", "conference"])
    f = fam_for(r, fam) if fam != "en" else "arabic"

    def sp_growth(r_, fm, lg):
        x = amt(r_, 20_000_000, 500_000_000, "arabic")
        return (f"Our R&D spending grew by {render(x, 'en', r_)} last year. " if lg == "en"
                else f"去年研发投入增长了{render(x, fm, r_)}，")

    def sp_people(r_, fm, lg):
        n = r_.randrange(80, 800)
        return f"We expect {n} participants. " if lg == "en" else f"预计参会{n}人，"

    d = distract(r, f, lang, nd, [sp_growth] if k == "foreign_rd" else [sp_people])
    if lang == "en":
        q = {"foreign_rd": f"{p_en(r)}We are a foreign-invested pharma company with an R&D centre in Changping and growing R&D spending. {d}What is the maximum R&D incentive?",
             "intl_org": f"{p_en(r)}We are an international research institute planning to set up in Changping. {d}What is the maximum support?",
             "conference": f"{p_en(r)}We plan to host a high-level international academic conference in the life sciences. {d}What's the cap on support?"}[k]
    else:
        q = {"foreign_rd": r.choice([f"{p_zh(r)}我们是医药健康领域的外资企业，在昌平设有研发中心，研发投入持续增长，{d}研发激励最多能拿多少？",
                                     f"{p_zh(r)}{d}外资研发中心研发激励计划，最多支持多少？"]),
             "intl_org": r.choice([f"{p_zh(r)}我们是一家国际科研机构，准备落地昌平，{d}最多能支持多少？",
                                   f"{p_zh(r)}{d}国际科研机构落地，按2026-2028年措施支持上限多少？"]),
             "conference": r.choice([f"{p_zh(r)}我们计划举办生命科学领域高水平国际学术研讨会议，{d}最多能支持多少？",
                                     f"{p_zh(r)}{d}办一个生命科学领域的高水平国际学术研讨会，按若干措施最高给多少？"])}[k]
    rid = {"foreign_rd": "m12-foreign-rd", "intl_org": "m12-intl-org", "conference": "m12-conference"}[k]
    return R([q], "answered", cite_of(rid), M12_CAP[k], "upper_bound", [rid])


def b_m13(r, fam="arabic", lang="zh", nd=0, k=None):
    k = k or r.choice(["overseas", "platform"])
    d = distract(r, fam_for(r, fam) if fam != "en" else "arabic", lang, nd, [])
    if lang == "en":
        q = {"overseas": f"{p_en(r)}We are setting up an overseas R&D centre to take our innovative drug abroad. {d}What's the maximum support?",
             "platform": f"{p_en(r)}We set up an incubator abroad to bring Chinese pharma technology projects overseas. {d}What's the cap?"}[k]
    else:
        q = {"overseas": r.choice([f"{p_zh(r)}我们计划设立海外研发中心，推动创新药走出去，{d}按政策最多支持多少？",
                                   f"{p_zh(r)}{d}我们的技术成果首次在海外应用，出海支持最多能给多少？"]),
             "platform": r.choice([f"{p_zh(r)}我们在海外设立了孵化器，推动优质医药技术项目出海，{d}最多能支持多少？",
                                   f"{p_zh(r)}{d}在海外设立科技园区（平台载体）做跨境技术转移，分档支持最高是多少？"])}[k]
    rid = {"overseas": "m13-overseas", "platform": "m13-platform"}[k]
    return R([q], "answered", cite_of(rid), M13_CAP[k], "upper_bound", [rid])


# builders that carry an amount given by the user (for surface-form tests)
AMOUNT_BUILDERS = [b_cro, b_entrust, b_undertake, b_sales, b_reg, b_rev, b_output, b_smb,
                   b_platform, b_event, b_ai, b_park]
ALL_BUILDERS = AMOUNT_BUILDERS + [b_d5_entry, b_d6_1, b_d6_2, b_lic_in, b_lic_out, b_tech, b_m12, b_m13]


# =============================================================================
# 5. APPROXIMATE / INVALID FIGURE PHRASES (for ask-back cases)
# =============================================================================

def approx_txt(a, r, lang="zh"):
    w = wan_str(a)
    if lang == "en":
        return r.choice([f"around RMB {mil_str(a)} million", f"roughly {mil_str(a)} million yuan",
                         f"about RMB {mil_str(a)}m, give or take"])
    return r.choice([f"大概{w}万", f"{w}万左右", f"差不多{w}万", f"约{w}万", f"{w}万上下", f"估计有{w}万"])


def range_txt(lo, hi, r, lang="zh"):
    if lang == "en":
        return f"somewhere between RMB {mil_str(lo)} and {mil_str(hi)} million"
    a, b = wan_str(lo), wan_str(hi)
    return r.choice([f"{a}到{b}万之间", f"{a}-{b}万", f"在{a}万至{b}万之间"])


VAGUE_ZH = ["几百万", "大几百万", "一千多万", "小一千万", "几千万", "好几百万", "七八百万的样子"]


def bad_figure(r, a, kind, lang="zh"):
    """kind: approx | range | vague | negative | absurd | currency"""
    w = wan_str(a)
    if kind == "approx":
        return approx_txt(a, r, lang)
    if kind == "range":
        lo = a - a // 5 // 100_000 * 100_000
        hi = a + a // 4 // 100_000 * 100_000
        return range_txt(lo, hi, r, lang)
    if kind == "vague":
        return "a few million yuan" if lang == "en" else r.choice(VAGUE_ZH)
    if kind == "negative":
        return f"minus RMB {mil_str(a)} million" if lang == "en" else r.choice([f"-{w}万", f"负{w}万", f"-{a:,}元"])
    if kind == "absurd":
        n = r.randrange(3, 60)
        return f"RMB {n} trillion" if lang == "en" else r.choice([f"{n}万亿元", f"{n}万亿"])
    if kind == "currency":
        if lang == "en":
            return r.choice([f"USD {mil_str(a)} million", f"EUR {mil_str(a)} million"])
        return r.choice([f"{w}万美元", f"{w}万欧元", f"{w}万港币"])
    raise ValueError(kind)


# =============================================================================
# 6. CATEGORY GENERATORS  gen(r, i) -> R
# =============================================================================

def gen_single(r, i):
    b = ALL_BUILDERS[i % len(ALL_BUILDERS)]
    return b(r, "arabic", "zh", 0)


NUM_PLAN = ([(b, "cn") for b in (b_cro, b_event, b_undertake, b_smb, b_reg)] +
            [(b, "cn_liang") for b in (b_sales, b_ai, b_park, b_platform, b_entrust)] +
            [(b, "yi_qian") for b in (b_sales, b_rev, b_output, b_entrust, b_ai)] +
            [(b, "dec_yi") for b in (b_sales, b_rev, b_platform, b_park)] +
            [(b, "big_wan") for b in (b_sales, b_rev, b_ai, b_output)] +
            [(b, "comma") for b in (b_cro, b_rev, b_platform)] +
            [(b, "w") for b in (b_cro, b_undertake, b_event, b_entrust)] +
            [(b, "geyi") for b in (b_sales, b_rev, b_ai)] +
            [(b, "kw") for b in (b_cro, b_entrust, b_undertake, b_platform, b_event)])


def gen_numerals(r, i):
    b, fam = NUM_PLAN[i % len(NUM_PLAN)]
    if i >= len(NUM_PLAN):
        fam = ["cn", "mixed", "slang"][i % 3]
    return b(r, fam, "zh", 0)


def gen_trad(r, i):
    b = ALL_BUILDERS[(i * 3 + 1) % len(ALL_BUILDERS)]
    fam = ["arabic", "cn", "mixed"][i % 3] if b in AMOUNT_BUILDERS else "arabic"
    res = b(r, fam, "zh", r.choice([0, 0, 1]))
    res["turns"] = [to_trad(t) for t in res["turns"]]
    return res


def gen_english(r, i):
    b = ALL_BUILDERS[(i * 7) % len(ALL_BUILDERS)]
    return b(r, "en", "en", r.choice([0, 0, 1]))


def gen_distractor(r, i):
    b = ALL_BUILDERS[(i * 7 + 3) % len(ALL_BUILDERS)]
    fam = ["arabic", "arabic", "arabic", "cn", "mixed"][i % 5] if b in AMOUNT_BUILDERS else "arabic"
    lang = "en" if i % 11 == 10 else "zh"
    return b(r, "en" if lang == "en" else fam, lang, 1 + i % 3)


# --- thresholds ----------------------------------------------------------------

def th_rev(r, i):
    cur = [500_000_000, 499_000_000, 500_100_000, 499_990_000, 501_000_000, 500_000_000][i % 6]
    prev = amt(r, 300_000_000, 480_000_000, "arabic")
    A = {500_000_000: r.choice(["5亿元", "5亿", "五亿元", "500,000,000元", "50000万元", "整5个亿"])}.get(cur) \
        or render(cur, r.choice(["arabic", "mixed"]), r)
    q = r.choice([
        f"{p_zh(r)}我们去年主营业务收入{A}，前年是{render(prev, 'arabic', r)}，以前从没到过5亿，主营收入突破5亿这条能拿多少？",
        f"{p_zh(r)}2025年主营业务收入刚好{A}（2024年{render(prev, 'arabic', r)}），算首次突破5亿吗？能给多少？",
    ]) if cur >= D12_1_MIN or r.random() < 0.5 else \
        f"{p_zh(r)}差一点点：去年主营业务收入{A}，前年{render(prev, 'arabic', r)}，主营收入突破5亿的支持能拿多少？"
    val = d12_revenue(cur)
    if val is None:
        return R([q], "ineligible", cite_of("d12-1-revenue"), None, None, ["d12-1-revenue"])
    return R([q], "answered", cite_of("d12-1-revenue"), val, "fixed", ["d12-1-revenue"])


def th_smb(r, i):
    mode = i % 4
    if mode == 0:
        rev, rd = smb_values(r, "arabic", rev=30_000_000)
    elif mode == 1:
        rev, rd = smb_values(r, "arabic", rev=r.choice([29_990_000, 29_900_000, 29_999_000]))
    elif mode == 2:
        rev, rd = smb_values(r, "arabic", rd_total_exact=10_000_000)
    else:
        rev, rd = smb_values(r, "arabic", rd_total_exact=r.choice([9_990_000, 9_900_000, 9_999_000]))
    tot = rd[2] + rd[3]
    Rv = r.choice(["3000万元", "三千万元", "30,000,000元"]) if rev == 30_000_000 else render(rev, "arabic", r)
    q = r.choice([
        f"{p_zh(r)}我们是小微企业，上一年度营业收入{Rv}，上两年研发投入总额{render(tot, 'arabic', r)}（前年{render(rd[2], 'arabic', r)}、去年{render(rd[3], 'arabic', r)}），研发投入连续三年正增长，研发支持能拿多少？",
        f"{p_zh(r)}中小企业，去年营收{Rv}；研发投入前年{render(rd[2], 'arabic', r)}，去年{render(rd[3], 'arabic', r)}，两年合计{render(tot, 'arabic', r)}，连续三年研发投入都在增长。能申请第十三条的支持吗？多少？",
    ])
    val = d13_rd(rev, tot, True, rd[3])
    if val is None:
        return R([q], "ineligible", cite_of("d13-rd"), None, None, ["d13-rd"])
    return R([q], "answered", cite_of("d13-rd"), val, "upper_bound", ["d13-rd"])


def th_licout(r, i):
    usd = [100_000_000, 101_000_000, 99_990_000, 100_000_000, 100_500_000][i % 5]
    U = {100_000_000: r.choice(["1亿美元", "整1亿美元", "一亿美元", "10000万美元"])}.get(usd) or usd_forms(usd, r)
    q = r.choice([
        f"{p_zh(r)}我们和跨国药企签了License-out合同，合同总额{U}，已经签约，单品种能拿多少？",
        f"{p_zh(r)}License-out合同总额正好{U}，合同已签订，能拿那个最高50万的支持吗？",
    ]) if usd == 100_000_000 else f"{p_zh(r)}我们和跨国药企签了License-out合同，合同总额{U}，已经签约，单品种能拿多少？"
    val = d11_lic_out(usd)
    if val is None:
        return R([q], "ineligible", cite_of("d11-2-lic-out"), None, None, ["d11-2-lic-out"])
    return R([q], "answered", cite_of("d11-2-lic-out"), val, "upper_bound", ["d11-2-lic-out"])


def th_capped(r, i):
    k, m = i % 3, (i // 3) % 4
    if k == 0:
        a = [100_000_000, 99_900_000, 100_100_000, 99_990_000][m]
        return b_platform(r, "arabic", "zh", 0, a=a)
    if k == 1:
        a = [166_000_000, 167_000_000, 166_660_000, 166_700_000][m]
        return b_ai(r, "arabic", "zh", 0, a=a)
    a = [60_000_000, 59_900_000, 60_100_000, 59_990_000][m]
    return b_park(r, "arabic", "zh", 0, a=a)


def th_output(r, i):
    prev, cur = [(48_000_000, 50_100_000), (30_000_000, 49_900_000), (98_000_000, 100_100_000),
                 (1_800_000_000, 2_010_000_000), (950_000_000, 1_002_000_000), (420_000_000, 499_000_000)][i % 6]
    val = d12_output(prev, cur)
    P, C = render(prev, "arabic", r), render(cur, "arabic", r)
    q = r.choice([
        f"{p_zh(r)}我们一个品种前年年产值{P}，去年{C}，历史最高就是这两个数，单品种产值奖励能拿多少？",
        f"{p_zh(r)}单品种年产值：2024年{P}，2025年{C}（之前没有更高过），按产值首次突破的奖励给多少？",
    ])
    if val is None:
        return R([q], "ineligible", cite_of("d12-3-output"), None, None, ["d12-3-output"])
    return R([q], "answered", cite_of("d12-3-output"), val, "fixed", ["d12-3-output"])


def th_d5cap(r, i):
    n = 50
    val, capped = d5_entry_total([("III", n)])
    assert not capped and val == D5_YEAR_CAP
    q = r.choice([f"{p_zh(r)}我们集团今年一共有{n}个1类创新药品种进入Ⅲ期临床，进入Ⅲ期的奖励一共能拿多少？",
                  f"{p_zh(r)}大型药企，今年50个1类新药进入三期，合计奖励多少？每年有没有上限？"])
    return R([q], "answered", cite_of("d5-1-entry"), val, None, ["d5-1-entry"])


TH_PLAN = ([(th_rev, k) for k in range(6)] + [(th_smb, k) for k in range(6)] + [(th_licout, k) for k in range(5)] +
           [(th_capped, k) for k in range(6)] + [(th_output, k) for k in range(6)] + [(th_d5cap, k) for k in range(2)])


def gen_threshold(r, i):
    fn, j = TH_PLAN[i % len(TH_PLAN)]
    return fn(r, j + (i // len(TH_PLAN)) * 6)


# --- ineligible ------------------------------------------------------------------

def inel(q, rid):
    return R([q], "ineligible", cite_of(rid), None, None, [rid])


def in_d5(r, i):
    drug = r.choice(["3类化药", "4类化药（仿制药）", "5类化药", "3类中药（古代经典名方）", "3类生物制品"])
    st = r.choice(STAGE_ZH[r.choice(["I", "II", "III"])])
    return inel(r.choice([f"{p_zh(r)}我们的{drug}进入{st}临床试验了，能拿多少奖励？",
                          f"{p_zh(r)}{drug}品种刚启动{st}临床，按新药临床研发那条给多少？"]), "d5-1-entry")


def in_d6(r, i):
    if i % 2 == 0:
        q = r.choice([f"{p_zh(r)}我们一个普通仿制药（不是首仿）拿到了药品注册证书，也在昌平产业化了，能拿多少？",
                      f"{p_zh(r)}4类化药（仿制药，非首仿）获批上市并投产，新药申报上市的支持能给多少？",
                      f"{p_zh(r)}我司的仿制药获批了，市场上已经有好几家同品种（不是首仿），已在区内生产，单品种能支持多少？"])
    else:
        cls = r.choice(["1类化药", "1类生物制品", "2类中药"])
        q = r.choice([f"{p_zh(r)}我们的{cls}刚拿到药品注册证书，但是还没有实施产业化，计划明年才投产，现在能拿多少？",
                      f"{p_zh(r)}{cls}已获得注册证书，产业化还没开始（没投产），新药上市这条能申请多少？"])
    return inel(q, "d6-1-approval")


def in_vet(r, i):
    c = r.choice(["四类", "五类", "4类", "5类"])
    return inel(f"{p_zh(r)}我们的{c}新兽药拿到了注册证书并已产业化，能支持多少？", "d6-2-vet")


def in_lic(r, i):
    if i % 3 == 0:
        return inel(r.choice([f"{p_zh(r)}我们License-in引进的产品还在做临床，没有上市，能先拿那100万吗？",
                              f"{p_zh(r)}通过License-in从国外引进了技术，产品预计后年上市，现在能申请多少？"]), "d11-2-lic-in")
    if i % 3 == 1:
        usd = r.randrange(20, 96) * 1_000_000
        return inel(f"{p_zh(r)}我们License-out给跨国药企，合同总额{usd_forms(usd, r)}，合同已签，能拿多少？", "d11-2-lic-out")
    usd = r.randrange(150, 900) * 1_000_000
    return inel(f"{p_zh(r)}我们和跨国龙头企业的License-out还在谈，合同总额预计{usd_forms(usd, r)}，还没签，现在能申请多少？",
                "d11-2-lic-out")


def in_rev(r, i):
    if i % 2 == 0:
        cur = amt(r, 300_000_000, 480_000_000, "arabic")
        q = f"{p_zh(r)}我们去年主营业务收入{render(cur, 'arabic', r)}，能拿主营收入突破的那个支持吗？多少？"
    else:
        a1 = amt(r, 520_000_000, 900_000_000, "arabic")
        a2 = a1 + amt(r, 10_000_000, 300_000_000, "arabic")
        q = f"{p_zh(r)}我们前年主营业务收入就已经{render(a1, 'arabic', r)}了（第一次过5亿是前年），去年{render(a2, 'arabic', r)}，去年这个还能按主营收入首次突破5亿拿支持吗？能拿多少？"
    return inel(q, "d12-1-revenue")


def in_output(r, i):
    lo, hi = r.choice([(100_000_000, 500_000_000), (500_000_000, 1_000_000_000), (50_000_000, 100_000_000)])
    while True:
        prev, cur = sorted(amt(r, lo + 1, hi - 1, "arabic") for _ in range(2))
        if prev < cur:
            break
    assert d12_output(prev, cur) is None
    q = f"{p_zh(r)}我们一个品种前年年产值{render(prev, 'arabic', r)}（当年拿过首次突破的奖励），去年{render(cur, 'arabic', r)}，去年能再拿产值奖励吗？多少？"
    return inel(q, "d12-3-output")


def in_smb(r, i):
    k = i % 4
    rev, rd = smb_values(r, "arabic")
    yrs = 0
    growth = True
    if k == 0:
        rev = amt(r, 31_000_000, 120_000_000, "arabic")
    elif k == 1:
        rev, rd = smb_values(r, "arabic", rd_total_exact=r.randrange(50, 96) * 100_000)
    elif k == 2:
        rd = [rd[0], rd[1], rd[3], rd[2]]   # last year dropped
        growth = False
    else:
        yrs = 3
    assert d13_rd(rev, rd[2] + rd[3], growth and (rd[3] > rd[2] > rd[1] > rd[0]), rd[3], yrs) is None
    Rs = [render(x, "arabic", r) for x in rd]
    extra = "这个研发支持我们已经连续享受了三年（2023—2025年都拿了），" if yrs else ""
    if k == 1:
        q = f"{p_zh(r)}我们是小微企业，去年营收{render(rev, 'arabic', r)}，{extra}上两年研发投入总额{render(rd[2] + rd[3], 'arabic', r)}，研发投入连续三年正增长，去年研发投入{Rs[3]}，能拿多少？"
    else:
        q = f"{p_zh(r)}我们是中小企业，{extra}2022—2025年研发投入分别是{Rs[0]}、{Rs[1]}、{Rs[2]}、{Rs[3]}，2025年营业收入{render(rev, 'arabic', r)}，今年能拿多少研发支持？"
    return inel(q, "d13-rd")


def in_cro(r, i):
    a = amt(r, 2_000_000, 40_000_000, "arabic")
    org = r.choice(CRO_ZH)
    return inel(r.choice([
        f"{p_zh(r)}我们是{org}，2023、2024、2025年已经连续三年拿了服务机构支持，今年按去年实际服务金额{render(a, 'arabic', r)}还能拿多少？",
        f"{p_zh(r)}{org}企业，这项支持已经累计享受三年了，去年实际服务金额{render(a, 'arabic', r)}，还能再申请吗？"]), "d15-1-cro")


IN_PLAN = ([(in_d5, k) for k in range(3)] + [(in_d6, k) for k in range(4)] + [(in_vet, k) for k in range(2)] +
           [(in_lic, k) for k in range(4)] + [(in_rev, k) for k in range(3)] + [(in_output, k) for k in range(2)] +
           [(in_smb, k) for k in range(4)] + [(in_cro, k) for k in range(2)])


def gen_ineligible(r, i):
    fn, j = IN_PLAN[i % len(IN_PLAN)]
    return fn(r, j + (i // len(IN_PLAN)) * 4)


# --- needs_info ------------------------------------------------------------------

def ni(q):
    return R(q if isinstance(q, list) else [q], "needs_info", (), None, None, [])


def ni_cro(r, i):
    kind = ["approx", "range", "vague", "negative", "absurd", "currency", "approx"][i % 7]
    a = amt(r, 2_000_000, 30_000_000, "cn")
    if i % 7 == 6:
        return ni(f"{p_en(r)}We're a CRO; actual service amount last year was {bad_figure(r, a, kind, 'en')}. How much support can we get?")
    return ni(r.choice([f"{p_zh(r)}我们是{r.choice(CRO_ZH)}企业，去年实际服务金额{bad_figure(r, a, kind)}，能拿多少支持？",
                        f"{p_zh(r)}{r.choice(CRO_ZH)}，年度实际服务金额{bad_figure(r, a, kind)}，按政策给多少？"]))


def ni_uncapped(r, i):
    kind = ["approx", "range", "vague", "currency", "negative", "absurd"][i % 6]
    k = i % 4
    a = amt(r, 5_000_000, 80_000_000, "cn")
    F = bad_figure(r, a, kind)
    return ni([
        f"{p_zh(r)}我们是医药健康销售平台型企业，去年年度销售收入{F}，能拿多少？",
        f"{p_zh(r)}MAH委托区内企业生产，该品种实际交易额{F}，能给多少支持？",
        f"{p_zh(r)}我们作为市场化主体办了一场医药健康产业论坛，活动实际发生费用{F}，能补多少？",
        f"{p_zh(r)}新获得FDA认证的药品，实际注册费用（含海外注册费、检测费、当地代理费）{F}，能支持多少？",
    ][k])


def ni_missing(r, i):
    qs = [
        f"{p_zh(r)}我们是一家CRO企业，能拿多少支持？",
        f"{p_zh(r)}{r.choice(DRUG1_ZH)}进入临床试验了，能拿多少奖励？",
        f"{p_zh(r)}我们的新药拿到药品注册证书并且产业化了，最高能给多少？",
        f"{p_zh(r)}新兽药注册证书拿到了，也投产了，能支持多少？",
        f"{p_zh(r)}我们主营业务收入首次突破5亿了，能拿多少？",
        f"{p_zh(r)}我们是小微企业，去年营收{render(amt(r, 5_000_000, 25_000_000, 'arabic'), 'arabic', r)}，研发投入支持能拿多少？",
        f"{p_zh(r)}建设共享服务平台能给多少钱？",
        f"{p_zh(r)}我们的AI+药物研发示范场景项目能支持多少？",
        f"{p_zh(r)}委托生产的补贴能拿多少？",
        f"{p_zh(r)}我们一个品种年产值首次突破了，能拿多少奖励？",
        f"{p_zh(r)}我们和跨国药企签了License-out合同，能拿多少？",
        f"{p_zh(r)}园区运营管理项目能支持多少？",
    ]
    return ni(qs[i % len(qs)])


def ni_near(r, i):
    k = i % 6
    if k == 0:
        return ni(f"{p_zh(r)}我们今年主营业务收入{r.choice(['大概5亿左右', '差不多5个亿', '5亿上下'])}，第一次到这个量级，能拿多少？")
    if k == 1:
        return ni(f"{p_zh(r)}小微企业，去年营收{r.choice(['3000万左右', '大概三千万', '差不多3000万'])}，上两年研发投入总额1200万，研发连续三年正增长，去年研发投入700万，能拿多少？")
    if k == 2:
        return ni(f"{p_zh(r)}License-out合同总额{r.choice(['1亿美元左右', '大概一个亿美元', '差不多1亿美元'])}，已经签了，能拿多少？")
    if k == 3:
        rmb = r.choice([650_000_000, 700_000_000, 720_000_000, 690_000_000])
        return ni(f"{p_zh(r)}我们License-out合同签了，合同总额{render(rmb, 'arabic', r)}人民币，能拿多少？")
    if k == 4:
        a = amt(r, 30_000_000, 80_000_000, "cn")
        return ni(f"{p_zh(r)}我们建了一个检验检测共享服务平台，建设投入{approx_txt(a, r)}，能支持多少？")
    a = amt(r, 60_000_000, 140_000_000, "cn")
    return ni(f"{p_zh(r)}AI辅助诊断示范场景项目，工程投资总额{approx_txt(a, r)}，能拿多少？")


NI_PLAN = ([(ni_cro, k) for k in range(7)] + [(ni_uncapped, k) for k in range(8)] +
           [(ni_missing, k) for k in range(12)] + [(ni_near, k) for k in range(6)])


def gen_needs(r, i):
    fn, j = NI_PLAN[i % len(NI_PLAN)]
    return fn(r, j + (i // len(NI_PLAN)) * 12)


# --- approximate figure, but the cap settles the amount --------------------------

def gen_capctrl(r, i):
    k = i % 8
    if k == 0:
        q = f"{p_zh(r)}我们的实验动物共享服务平台，建设实际投入{r.choice(['两个多亿', '2亿多', '大概2.5亿左右'])}，最多能支持多少？"
        return R([q], "answered", cite_of("d15-2-platform"), d15_platform(200_000_000), "upper_bound", ["d15-2-platform"])
    if k == 1:
        q = f"{p_zh(r)}检验检测共享服务平台建设实际投入在1.2亿到1.5亿之间，具体还在审计，按政策能拿多少？"
        assert d15_platform(120_000_000) == d15_platform(150_000_000)
        return R([q], "answered", cite_of("d15-2-platform"), d15_platform(120_000_000), "upper_bound", ["d15-2-platform"])
    if k == 2:
        q = f"{p_zh(r)}AI+药物研发标杆示范场景项目，工程投资总额{r.choice(['三个多亿', '至少3亿', '大约3.5亿'])}，能拿多少？"
        assert m5_ai(300_000_000) == M5_CAP
        return R([q], "answered", cite_of("m5-ai"), m5_ai(300_000_000), "upper_bound", ["m5-ai"])
    if k == 3:
        q = f"{p_zh(r)}园区运营项目引入了全球领先的运营管理方，项目投资总额{r.choice(['一个多亿', '1亿多一点', '大概1.2亿'])}，最高支持多少？"
        assert m11_park(100_000_000) == M11_CAP
        return R([q], "answered", cite_of("m11-park"), m11_park(100_000_000), "upper_bound", ["m11-park"])
    if k == 4:
        q = f"{p_zh(r)}License-out合同已经签了，合同总额{r.choice(['大概3亿美元左右', '差不多5亿美元', '2亿多美元'])}，能拿多少？"
        return R([q], "answered", cite_of("d11-2-lic-out"), d11_lic_out(200_000_000), "upper_bound", ["d11-2-lic-out"])
    if k == 5:
        q = f"{p_zh(r)}我们一个品种2024年年产值8000万，2025年大概1.5亿左右，第一次破亿，奖励多少？"
        assert d12_output(80_000_000, 120_000_000) == d12_output(80_000_000, 180_000_000)
        return R([q], "answered", cite_of("d12-3-output"), d12_output(80_000_000, 150_000_000), "fixed", ["d12-3-output"])
    if k == 6:
        q = f"{p_zh(r)}共享服务平台（临床转化服务方向），建设实际投入至少1.5个亿，能给多少？"
        return R([q], "answered", cite_of("d15-2-platform"), d15_platform(150_000_000), "upper_bound", ["d15-2-platform"])
    q = f"{p_en(r)}Our AI-assisted diagnosis demonstration scenario has total engineering investment of roughly RMB 400 million. What's the most it can get?"
    return R([q], "answered", cite_of("m5-ai"), m5_ai(400_000_000), "upper_bound", ["m5-ai"])


# --- text grants support but names no figure --------------------------------------

def unspec(q, rid, status=("answered",), amount=None, kind="unspecified", cites=None):
    return R([q], list(status), cite_of(rid) if cites is None else cites, amount, kind, [rid])


def gen_unspec(r, i):
    A = lambda lo, hi: render(amt(r, lo, hi, "arabic"), "arabic", r)
    k = i % 16
    if k == 14:
        return unspec(f"{p_zh(r)}我们有个高能级创新平台，研发团队水平很高，按若干措施能给多少资金支持？", "m1-platform")
    if k == 15:
        return unspec(f"{p_zh(r)}我们公司有青年拔尖人才纳入了高层次创新创业人才计划，能给多少资金？", "m14-youth")
    if k == 0:
        return unspec(f"{p_zh(r)}我们的{r.choice(['1类生物制品', '1类化药'])}完成了Ⅱ期临床试验，Ⅱ期实际临床研发投入{A(20_000_000, 200_000_000)}，完成Ⅱ期这一块能拿多少？", "d5-1-complete")
    if k == 1:
        return unspec(f"{p_zh(r)}经认定的2类化药完成了Ⅲ期临床试验，能给多少支持？", "d5-1-complete")
    if k == 2:
        return unspec(f"{p_zh(r)}我们获得了国家级重大专项任务，实际拿到专项资金{A(5_000_000, 80_000_000)}，区里配套能给多少？", "d12-2-matching")
    if k == 3:
        return unspec(f"{p_zh(r)}我们的产业化项目被认定为具有全球领先水平的项目，固定资产实际投资额{A(200_000_000, 2_000_000_000)}（不含房产和土地），能支持多少？", "d10-fixed-asset")
    if k == 4:
        return unspec(f"{p_zh(r)}医院和我们企业合作做临床科技成果转化的概念验证项目，能拿多少概念验证资金？", "d4-concept")
    if k == 5:
        return unspec(f"{p_zh(r)}我们的数字疗法产品已经转化应用并经认定，每个项目能给多少资金？", "d4-digital")
    if k == 6:
        return unspec(f"{p_zh(r)}我们银行给科创企业发放的知识产权质押贷出现了损失，损失本金{A(1_000_000, 30_000_000)}，风险补偿能给多少？", "d14-3-risk")
    if k == 7:
        return unspec(f"{p_zh(r)}我们的共享服务平台已经投入运营三年了（不是新建），按服务内容和效果的奖励能给多少？", "d15-2-operating")
    if k == 8:
        return unspec(f"{p_zh(r)}我们牵头组建的医药健康产业联盟获得了市级认定，运营补贴能给多少？", "d16-3-alliance")
    if k == 9:
        return unspec(f"{p_zh(r)}我们是投资机构，设立了聚焦细胞与基因治疗的私募股权投资基金，实缴规模{A(200_000_000, 3_000_000_000)}，能拿多少支持？", "m9-fund")
    if k == 10:
        return unspec(f"{p_zh(r)}我们有国际领军人才团队，也有国际原创品种，按支持办法能给多少资金？", "d9-talent")
    if k == 11:
        return unspec(f"{p_zh(r)}我们用了智能算力，算力补贴能给多少钱？", "m4-compute")
    if k == 12:
        # 第五条（二）: 定额 with no figure per variety, 200万 per enterprise per year: not checked for amount/kind
        return R([f"{p_zh(r)}我们有一个细胞治疗产品开展了非注册性临床试验，每个品种奖励多少？"], ["answered"],
                 cite_of("d5-2-nonreg"), "-", None, ["d5-2-nonreg"])
    # 第七条: devices are referred to another policy not in the corpus: no figure may be stated
    return R([f"{p_zh(r)}我们的{r.choice(['第三类医疗器械', '创新医疗器械', '骨科植入器械'])}拿到了注册证，按这两个文件能给多少钱？"],
             ["answered", "out_of_scope"], (), None, None, ["d7-device"])


# --- multi-item and multi-provision ------------------------------------------------

NUM_ZH = {1: ["1个", "一个"], 2: ["2个", "两个"], 3: ["3个", "三个"]}


def fact(r, rid, fam="arabic", **kw):
    """A fact phrase for rule rid -> (phrase, amount, kind)."""
    if rid == "d5-1-entry":
        st = kw.get("st") or r.choice(["I", "II", "III"])
        n = kw.get("n", 1)
        return (f"{r.choice(NUM_ZH[n])}{kw.get('drug') or r.choice(DRUG1_ZH)}进入{r.choice(STAGE_ZH[st])}临床",
                d5_entry(st) * n, "fixed")
    if rid == "d6-1-approval":
        name, c = kw.get("cls") or r.choice(D6_1_CLS_ZH)
        return f"{name}拿到了药品注册证书并已实施产业化", D6_1_CAP[c], "upper_bound"
    if rid == "d6-2-vet":
        k = kw.get("k") or r.choice([1, 2, 3])
        return f"{r.choice(VET_ZH[k])}新兽药取得注册证书并已产业化", D6_2_CAP[k], "upper_bound"
    if rid == "d15-1-cro":
        a = amt(r, 1_000_000, 40_000_000, fam)
        return f"{r.choice(CRO_ZH)}业务去年实际服务金额{render(a, fam, r)}", d15_cro(a), "upper_bound"
    if rid == "d16-3-event":
        a = amt(r, 500_000, 10_000_000, fam)
        return f"作为市场化主体办了一场{r.choice(EVENT_ZH)}，活动实际发生费用{render(a, fam, r)}", d16_event(a), "upper_bound"
    if rid == "d8-1-entrust":
        a = amt(r, 5_000_000, 200_000_000, fam)
        return f"作为持有人委托区内企业生产{kw.get('what', '一个品种')}，该品种实际交易额{render(a, fam, r)}", d8_entrust(a), "upper_bound"
    if rid == "d12-3-output":
        i = kw.get("i", r.randrange(5))
        prev, cur = tier_values(r, i, fam)
        return (f"{kw.get('what', '一个品种')}年产值前年{render(prev, fam, r)}、去年{render(cur, fam, r)}，是首次突破{TIER_NAME_ZH[i]}",
                d12_output(prev, cur), "fixed")
    if rid == "d11-1-reg":
        a = amt(r, 1_000_000, 20_000_000, fam)
        ag = kw.get("ag") or r.choice(["FDA", "EMA"])
        return (f"{kw.get('what', '一个药')}新获得{ag}认证，实际注册费用（含海外注册费、检测费、当地代理费）{render(a, fam, r)}",
                d11_reg([a]), "upper_bound")
    if rid == "d11-2-lic-in":
        return f"{kw.get('what', '一个')}通过License-in引进的产品已经上市", D11_LIC_IN_CAP, "upper_bound"
    if rid == "d11-2-lic-out":
        usd = r.randrange(110, 800) * 1_000_000
        return f"另一个品种License-out给跨国药企，合同总额{usd_forms(usd, r)}，已签约", d11_lic_out(usd), "upper_bound"
    if rid == "m12-conference":
        return "计划举办生命科学领域高水平国际学术研讨会议", M12_CAP["conference"], "upper_bound"
    if rid == "m13-overseas":
        return "还要设立海外研发中心推动创新药出海", M13_CAP["overseas"], "upper_bound"
    if rid == "m5-ai":
        a = amt(r, 20_000_000, 250_000_000, fam)
        return f"一个AI+药物研发标杆示范场景项目，工程投资总额{render(a, fam, r)}", m5_ai(a), "upper_bound"
    if rid == "m11-park":
        a = amt(r, 10_000_000, 150_000_000, fam)
        return f"一个引入全球领先运营管理资源的园区运营项目，项目投资总额{render(a, fam, r)}", m11_park(a), "upper_bound"
    if rid == "d12-1-revenue":
        cur = amt(r, 510_000_000, 1_500_000_000, fam)
        prev = amt(r, 300_000_000, 480_000_000, fam)
        return (f"去年主营业务收入首次突破5亿，达到{render(cur, fam, r)}（前年{render(prev, fam, r)}）",
                d12_revenue(cur), "fixed")
    if rid == "d15-2-platform":
        a = amt(r, 10_000_000, 150_000_000, fam)
        return f"建设了一个{r.choice(PLAT_ZH)}共享服务平台，建设实际投入{render(a, fam, r)}", d15_platform(a), "upper_bound"
    raise KeyError(rid)


ASK_TOTAL = ["一共能拿多少？", "加起来总共多少？", "合计能申请多少资金？", "分别多少、合计多少？", "总共能支持多少钱？"]


def multi(r, rids, facts_kw=None, fam="arabic", joiner="；", lead="我们公司情况："):
    facts_kw = facts_kw or [{} for _ in rids]
    phrases, amts, kinds = [], [], []
    for rid, kw in zip(rids, facts_kw):
        ph, a, k = fact(r, rid, fam, **kw)
        phrases.append(ph)
        amts.append(a)
        kinds.append(k)
    pre = "" if lead.startswith("帮企业") else p_zh(r)
    q = f"{pre}{lead}" + joiner.join(phrases) + "。" + r.choice(ASK_TOTAL)
    return R([q], "answered", cite_of(*rids), sum(amts), total_kind(kinds), list(rids))


def gen_multi_item(r, i):
    k = i % 11
    fam = ["arabic", "arabic", "cn", "mixed"][i % 4]
    if k in (0, 1, 2):
        n_items = 2 + (i % 2)
        stages = r.sample(["I", "II", "III"], n_items)
        drugs = r.sample(DRUG1_ZH, n_items)
        kws = [{"st": s, "drug": d, "n": r.choice([1, 1, 2, 3])} for s, d in zip(stages, drugs)]
        return multi(r, ["d5-1-entry"] * n_items, kws, fam, "，", r.choice(["我们今年有", "今年我司有"]))
    if k == 3:
        # one ineligible item (3类) next to eligible ones: only the eligible ones count
        st1, st2 = r.sample(["I", "II", "III"], 2)
        ph1, a1, _ = fact(r, "d5-1-entry", st=st1)
        ph2, a2, _ = fact(r, "d5-1-entry", st=st2)
        bad = f"一个3类化药进入{r.choice(STAGE_ZH['III'])}临床"
        q = f"{p_zh(r)}我们今年{ph1}，{bad}，还有{ph2}，新药临床这条一共能拿多少？"
        return R([q], "answered", cite_of("d5-1-entry"), a1 + a2, "fixed", ["d5-1-entry"])
    if k == 4:
        n3 = r.randrange(46, 61)
        n2 = r.randrange(12, 31)
        val, capped = d5_entry_total([("III", n3), ("II", n2)])
        assert capped
        q = f"{p_zh(r)}我们是大型药企，今年共有{n3}个1类新药品种进入Ⅲ期、{n2}个1类新药进入Ⅱ期，进入临床的奖励总共能拿多少？"
        return R([q], "answered", cite_of("d5-1-entry"), val, None, ["d5-1-entry"])
    if k == 5:
        c1, c2 = r.sample(D6_1_CLS_ZH, 2)
        return multi(r, ["d6-1-approval"] * 2, [{"cls": c1}, {"cls": c2}], fam, "；另外", "今年我们")
    if k == 6:
        k1, k2 = r.sample([1, 2, 3], 2)
        return multi(r, ["d6-2-vet"] * 2, [{"k": k1}, {"k": k2}], fam, "，还有一个", "我们一个")
    if k == 7:
        return multi(r, ["d6-1-approval", "d6-2-vet"], [{"cls": r.choice(D6_1_CLS_ZH)}, {}], fam, "；动物药方面，", "人用药方面，")
    if k == 8:
        i1, i2 = r.sample(range(5), 2)
        return multi(r, ["d12-3-output"] * 2, [{"i": i1, "what": "A品种"}, {"i": i2, "what": "B品种"}], fam, "；", "单品种产值：")
    if k == 9:
        return multi(r, ["d8-1-entrust"] * 2, [{"what": "甲品种"}, {"what": "乙品种"}], fam, "；另外", "我们")
    if i % 2:
        return multi(r, ["d11-1-reg"] * 2, [{"ag": "FDA", "what": "A药"}, {"ag": "EMA", "what": "B药"}], fam, "；", "")
    return multi(r, ["d11-2-lic-in"] * 2, [{"what": "第一个"}, {"what": "第二个"}], fam, "，", "我们有两个产品：")


MP_COMBOS = [["d15-1-cro", "d16-3-event"], ["d5-1-entry", "d6-1-approval"], ["d6-2-vet", "d8-1-entrust"],
             ["d12-3-output", "d11-1-reg"], ["d11-2-lic-in", "d11-2-lic-out"], ["m12-conference", "m13-overseas"],
             ["m5-ai", "m11-park"], ["d12-1-revenue", "d11-1-reg"], ["d6-2-vet", "d12-3-output"],
             ["d15-2-platform", "m5-ai"], ["d5-1-entry", "d11-2-lic-in", "d16-3-event"]]


def gen_multi_prov(r, i):
    rids = MP_COMBOS[i % len(MP_COMBOS)]
    fam = ["arabic", "arabic", "mixed", "cn"][i % 4]
    kws = [{"what": "另一个品种"} if (n and rid in ("d12-3-output", "d11-1-reg", "d8-1-entrust")) else
           ({"what": "有个品种"} if rid in ("d12-3-output", "d11-1-reg", "d8-1-entrust") else {}) for n, rid in enumerate(rids)]
    return multi(r, rids, kws, fam, r.choice(["；", "；另外，", "；同时"]),
                 r.choice(["我们公司情况：", "我司今年：", "帮企业算一下：", ""]))


# --- multi-turn ------------------------------------------------------------------

CORRECT_ZH = ["不对，说错了，应该是{A}。", "更正一下：是{A}，不是{B}。", "抱歉刚才写错了，实际是{A}", "sorry打错了，{A}",
              "我再确认了一下，准确数字是{A}，以这个为准。"]


def mt_correct(r, i):
    k = i % 8
    if k in (0, 1, 2):
        b, lo, hi, fn, rid, lab = [(b_cro, 1_000_000, 40_000_000, d15_cro, "d15-1-cro", "实际服务金额"),
                                   (b_entrust, 5_000_000, 200_000_000, d8_entrust, "d8-1-entrust", "实际交易额"),
                                   (b_sales, 50_000_000, 2_000_000_000, d8_sales, "d8-2-sales", "年度销售收入")][k]
        a1 = amt(r, lo, hi, "arabic")
        a2 = amt(r, lo, hi, "arabic")
        if a1 == a2:
            a2 += 100_000
        first = b(r, "arabic", "zh", 0, a=a1)["turns"][0]
        A2, A1 = render(a2, r.choice(["arabic", "cn"]), r), render(a1, "arabic", r)
        t2 = r.choice(CORRECT_ZH).format(A=f"{lab}{A2}" if r.random() < 0.5 else A2, B=A1)
        return R([first, t2], "answered", cite_of(rid), fn(a2), RULES[rid][2], [rid])
    if k == 3:
        prev = amt(r, 300_000_000, 480_000_000, "arabic")
        a1 = amt(r, 510_000_000, 900_000_000, "arabic")
        a2 = r.choice([amt(r, 510_000_000, 900_000_000, "arabic"), amt(r, 420_000_000, 490_000_000, "arabic")])
        t1 = f"{p_zh(r)}我们前年主营业务收入{render(prev, 'arabic', r)}，去年首次突破5亿，达到{render(a1, 'arabic', r)}，能拿多少？"
        t2 = r.choice(["不好意思，去年主营业务收入我记错了，是{A}。", "更正：去年主营业务收入是{A}。"]).format(A=render(a2, "arabic", r))
        val = d12_revenue(a2)
        if val is None:
            return R([t1, t2], "ineligible", cite_of("d12-1-revenue"), None, None, ["d12-1-revenue"])
        return R([t1, t2], "answered", cite_of("d12-1-revenue"), val, "fixed", ["d12-1-revenue"])
    if k == 4:
        rev, rd = smb_values(r, "arabic")
        t1 = f"{p_zh(r)}我们是小微企业，去年营收{render(rev, 'arabic', r)}，上两年研发投入总额{render(rd[2] + rd[3], 'arabic', r)}，研发投入连续三年正增长，去年研发投入{render(rd[3], 'arabic', r)}，能拿多少？"
        rev2 = amt(r, 32_000_000, 60_000_000, "arabic")
        t2 = f"哦不对，去年营收是{render(rev2, 'arabic', r)}，刚才少写了一位数。" if rev2 >= 10 * rev else f"更正一下，去年营收实际是{render(rev2, 'arabic', r)}。"
        assert d13_rd(rev2, rd[2] + rd[3], True, rd[3]) is None
        return R([t1, t2], "ineligible", cite_of("d13-rd"), None, None, ["d13-rd"])
    if k == 5:
        s1, s2 = r.sample(["I", "II", "III"], 2)
        drug = r.choice(DRUG1_ZH)
        t1 = f"{p_zh(r)}我们的{drug}进入{r.choice(STAGE_ZH[s1])}临床了，奖励多少？"
        S2, S1 = r.choice(STAGE_ZH[s2]), r.choice(STAGE_ZH[s1])
        t2 = r.choice([f"不对，是{S2}，不是{S1}。", f"说错了，进入的是{S2}", f"更正：{S2}"])
        return R([t1, t2], "answered", cite_of("d5-1-entry"), d5_entry(s2), "fixed", ["d5-1-entry"])
    if k == 6:
        c1, c2 = r.sample(D6_1_CLS_ZH, 2)
        while D6_1_CAP[c1[1]] == D6_1_CAP[c2[1]]:
            c1, c2 = r.sample(D6_1_CLS_ZH, 2)
        t1 = f"{p_zh(r)}我们的{c1[0]}拿到药品注册证书并已产业化，最高能支持多少？"
        t2 = r.choice([f"说错了，是{c2[0]}。", f"不对，这个品种是{c2[0]}，那能给多少？"])
        return R([t1, t2], "answered", cite_of("d6-1-approval"), D6_1_CAP[c2[1]], "upper_bound", ["d6-1-approval"])
    u1 = r.randrange(30, 95) * 1_000_000
    u2 = r.randrange(120, 600) * 1_000_000
    t1 = f"{p_zh(r)}我们License-out合同已经签了，合同总额{usd_forms(u1, r)}，能拿多少？"
    t2 = f"不对，{r.choice(['我说的是首付款', '刚才那是首付款'])}，合同总额是{usd_forms(u2, r)}。"
    return R([t1, t2], "answered", cite_of("d11-2-lic-out"), d11_lic_out(u2), "upper_bound", ["d11-2-lic-out"])


def mt_nax(r, i):
    k = i % 8
    if k == 0:
        s1, s2 = r.sample(["I", "II", "III"], 2)
        t1 = f"{p_zh(r)}{r.choice(DRUG1_ZH)}进入{r.choice(STAGE_ZH[s1])}临床奖励多少？"
        return R([t1, f"那{r.choice(STAGE_ZH[s2])}呢？"], "answered", cite_of("d5-1-entry"), d5_entry(s2), "fixed", ["d5-1-entry"])
    if k == 1:
        k1, k2 = r.sample([1, 2, 3], 2)
        t1 = f"{p_zh(r)}{r.choice(VET_ZH[k1])}新兽药拿到注册证书并产业化，最高多少？"
        return R([t1, f"那{r.choice(VET_ZH[k2])}呢？"], "answered", cite_of("d6-2-vet"), D6_2_CAP[k2], "upper_bound", ["d6-2-vet"])
    if k == 2:
        i1, i2 = r.sample(range(5), 2)
        t1 = f"{p_zh(r)}单品种年产值首次突破{TIER_NAME_ZH[i1]}奖励多少？"
        return R([t1, f"那首次突破{TIER_NAME_ZH[i2]}呢？"], "answered", cite_of("d12-3-output"), D12_3_TIERS[i2][1], "fixed",
                 ["d12-3-output"])
    if k == 3:
        a, b = r.sample(["foreign_rd", "intl_org", "conference"], 2)
        nm = {"foreign_rd": "外资研发中心", "intl_org": "国际科研机构落地", "conference": "举办生命科学领域高水平国际学术研讨会议"}
        t1 = f"{p_zh(r)}若干措施里{nm[a]}最多支持多少？"
        rid = {"foreign_rd": "m12-foreign-rd", "intl_org": "m12-intl-org", "conference": "m12-conference"}[b]
        return R([t1, f"那{nm[b]}呢？"], "answered", cite_of(rid), M12_CAP[b], "upper_bound", [rid])
    if k == 4:
        t1 = f"{p_zh(r)}{r.choice(['1类生物制品', '1类化药', '1类中药'])}拿到注册证书并产业化，单品种最高多少？"
        t2 = r.choice(["那2类的呢？", "那2类生物制品呢？", "那首仿药呢？"])
        c = "ref1" if "首仿" in t2 else "2"
        return R([t1, t2], "answered", cite_of("d6-1-approval"), D6_1_CAP[c], "upper_bound", ["d6-1-approval"])
    if k == 5:
        t1 = f"{p_zh(r)}设立海外研发中心最多支持多少？"
        return R([t1, "那在海外设孵化器、推动医药技术项目出海呢？"], "answered", cite_of("m13-platform"), M13_CAP["platform"],
                 "upper_bound", ["m13-platform"])
    if k == 6:
        t1 = f"{p_zh(r)}1类中药进入{r.choice(STAGE_ZH['II'])}临床给多少钱？"
        return R([t1, r.choice(["那3类中药呢？", "那如果是3类化药呢？"])], "ineligible", cite_of("d5-1-entry"), None, None,
                 ["d5-1-entry"])
    a = amt(r, 2_000_000, 30_000_000, "arabic")
    first = b_cro(r, "arabic", "zh", 0, a=a)["turns"][0]
    return R([first, r.choice(["那如果我们是CMO呢，金额一样？", "那CDMO呢？同样的服务金额"])], "answered", cite_of("d15-1-cro"),
             d15_cro(a), "upper_bound", ["d15-1-cro"])


def mt_bare(r, i):
    k = i % 8
    if k == 0:
        a = amt(r, 1_000_000, 40_000_000, "arabic")
        A = render(a, r.choice(["arabic", "cn", "slang"]), r)
        return R([f"{p_zh(r)}我们是{r.choice(CRO_ZH)}企业，能拿多少支持？", r.choice([A, f"去年实际服务金额{A}", f"去年是{A}"])],
                 "answered", cite_of("d15-1-cro"), d15_cro(a), "upper_bound", ["d15-1-cro"])
    if k == 1:
        a = amt(r, 50_000_000, 2_000_000_000, "arabic")
        A = render(a, r.choice(["arabic", "mixed"]), r)
        return R([f"{p_zh(r)}我们是医药健康销售平台型企业，能申请多少？", r.choice([A, f"年度销售收入{A}"])],
                 "answered", cite_of("d8-2-sales"), d8_sales(a), "fixed", ["d8-2-sales"])
    if k == 2:
        st = r.choice(["I", "II", "III"])
        return R([f"{p_zh(r)}我们{r.choice(DRUG1_ZH)}进入临床试验了，能拿多少？", r.choice([r.choice(STAGE_ZH[st]), f"刚进{r.choice(STAGE_ZH[st])}"])],
                 "answered", cite_of("d5-1-entry"), d5_entry(st), "fixed", ["d5-1-entry"])
    if k == 3:
        kk = r.choice([1, 2, 3])
        return R([f"{p_zh(r)}新兽药拿到注册证书且产业化了，能给多少？", r.choice(VET_ZH[kk]) + r.choice(["", "的", "新兽药"])],
                 "answered", cite_of("d6-2-vet"), D6_2_CAP[kk], "upper_bound", ["d6-2-vet"])
    if k == 4:
        name, c = r.choice(D6_1_CLS_ZH)
        return R([f"{p_zh(r)}我们新药拿到注册证书并且产业化了，能支持多少？", name],
                 "answered", cite_of("d6-1-approval"), D6_1_CAP[c], "upper_bound", ["d6-1-approval"])
    if k == 5:
        a = amt(r, 20_000_000, 300_000_000, "arabic")
        return R([f"{p_zh(r)}AI+药物研发标杆示范场景项目能支持多少？", f"工程投资总额{render(a, 'arabic', r)}"],
                 "answered", cite_of("m5-ai"), m5_ai(a), "upper_bound", ["m5-ai"])
    if k == 6:
        a = amt(r, 10_000_000, 200_000_000, "arabic")
        return R([f"{p_zh(r)}共享服务平台建设能支持多少？", f"{r.choice(PLAT_ZH)}平台，建设实际投入{render(a, 'arabic', r)}"],
                 "answered", cite_of("d15-2-platform"), d15_platform(a), "upper_bound", ["d15-2-platform"])
    a = amt(r, 5_000_000, 200_000_000, "arabic")
    return R([f"{p_zh(r)}委托生产的补贴怎么算？", f"我们是持有人，委托区内企业生产，该品种去年实际交易额{render(a, 'arabic', r)}"],
             "answered", cite_of("d8-1-entrust"), d8_entrust(a), "upper_bound", ["d8-1-entrust"])


def mt_add(r, i):
    k = i % 7
    if k == 0:
        a = amt(r, 1_000_000, 40_000_000, "arabic")
        return R([f"{p_zh(r)}我们是一家{r.choice(CRO_ZH)}企业", f"{r.choice(['去年', '上一年度'])}实际服务金额{render(a, 'arabic', r)}，能拿多少？"],
                 "answered", cite_of("d15-1-cro"), d15_cro(a), "upper_bound", ["d15-1-cro"])
    if k == 1:
        st = r.choice(["I", "II", "III"])
        return R([f"{p_zh(r)}我们公司有一个{r.choice(DRUG1_ZH)}", f"刚进入{r.choice(STAGE_ZH[st])}临床试验，能拿多少奖励？"],
                 "answered", cite_of("d5-1-entry"), d5_entry(st), "fixed", ["d5-1-entry"])
    if k == 2:
        rev, rd = smb_values(r, "arabic")
        turns = [f"{p_zh(r)}我们是{r.choice(SME_ZH)}，想了解研发投入支持", f"上一年度营业收入{render(rev, 'arabic', r)}",
                 f"上两年研发投入总额{render(rd[2] + rd[3], 'arabic', r)}，研发投入连续三年正增长",
                 f"上一年度研发投入{render(rd[3], 'arabic', r)}，能拿多少？"]
        return R(turns, "answered", cite_of("d13-rd"), d13_rd(rev, rd[2] + rd[3], True, rd[3]), "upper_bound", ["d13-rd"])
    if k == 3:
        a = amt(r, 10_000_000, 200_000_000, "arabic")
        return R([f"{p_zh(r)}我们建了一个{r.choice(PLAT_ZH)}共享服务平台", f"建设实际投入{render(a, 'arabic', r)}，能支持多少？"],
                 "answered", cite_of("d15-2-platform"), d15_platform(a), "upper_bound", ["d15-2-platform"])
    if k == 4:
        cur = amt(r, 505_000_000, 1_500_000_000, "arabic")
        prev = amt(r, 300_000_000, 480_000_000, "arabic")
        return R([f"{p_zh(r)}我们去年主营业务收入首次突破5亿", f"具体是{render(cur, 'arabic', r)}，前年是{render(prev, 'arabic', r)}，能拿多少？"],
                 "answered", cite_of("d12-1-revenue"), d12_revenue(cur), "fixed", ["d12-1-revenue"])
    if k == 5:
        u = r.randrange(110, 900) * 1_000_000
        return R([f"{p_zh(r)}我们和一家跨国龙头药企签了License-out合同", f"合同总额{usd_forms(u, r)}，能拿多少？"],
                 "answered", cite_of("d11-2-lic-out"), d11_lic_out(u), "upper_bound", ["d11-2-lic-out"])
    a = amt(r, 1_000_000, 40_000_000, "en")
    return R([f"{p_en(r)}We are a CRO based in Changping.", f"Our actual service amount last year was {render(a, 'en', r)}. How much support can we get?"],
             "answered", cite_of("d15-1-cro"), d15_cro(a), "upper_bound", ["d15-1-cro"])


def mt_add_item(r, i):
    k = i % 3
    if k == 0:
        s1, s2 = r.sample(["I", "II", "III"], 2)
        d1, d2 = r.sample(DRUG1_ZH, 2)
        t1 = f"{p_zh(r)}我们有1个{d1}进入{r.choice(STAGE_ZH[s1])}，能拿多少？"
        t2 = f"另外还有一个{d2}进入{r.choice(STAGE_ZH[s2])}，{r.choice(['加起来一共多少？', '两个一共能拿多少？'])}"
        return R([t1, t2], "answered", cite_of("d5-1-entry"), d5_entry(s1) + d5_entry(s2), "fixed", ["d5-1-entry"])
    if k == 1:
        c1, c2 = r.sample(D6_1_CLS_ZH, 2)
        t1 = f"{p_zh(r)}我们的{c1[0]}拿到注册证书并产业化了，最高多少？"
        t2 = f"另外一个{c2[0]}也拿证并产业化了，两个一共最多多少？"
        return R([t1, t2], "answered", cite_of("d6-1-approval"), D6_1_CAP[c1[1]] + D6_1_CAP[c2[1]], "upper_bound", ["d6-1-approval"])
    i1, i2 = r.sample(range(5), 2)
    p1, c1 = tier_values(r, i1, "arabic")
    p2, c2 = tier_values(r, i2, "arabic")
    t1 = f"{p_zh(r)}我们A品种年产值前年{render(p1, 'arabic', r)}，去年{render(c1, 'arabic', r)}，第一次过{TIER_NAME_ZH[i1]}，奖励多少？"
    t2 = f"还有B品种，前年{render(p2, 'arabic', r)}，去年{render(c2, 'arabic', r)}，也是首次突破{TIER_NAME_ZH[i2]}，两个品种合计多少？"
    return R([t1, t2], "answered", cite_of("d12-3-output"), d12_output(p1, c1) + d12_output(p2, c2), "fixed", ["d12-3-output"])


SWITCH_MID = ["对了，2026-2028年那个若干措施有效期到什么时候？", "顺便问一下，支持办法现在正式施行了吗？",
              "谢谢。另外今天北京天气怎么样？", "第十七条讲的是什么？", "好的，先这样。", "若干措施是谁负责解释的？"]
SWITCH_BUILDERS = [b_cro, b_sales, b_entrust, b_platform, b_ai, b_park, b_event, b_rev, b_d6_2, b_d5_entry, b_m12, b_tech]


def mt_switch(r, i):
    b1 = SWITCH_BUILDERS[i % len(SWITCH_BUILDERS)]
    b2 = SWITCH_BUILDERS[(i * 5 + 3) % len(SWITCH_BUILDERS)]
    if b1 is b2:
        b2 = SWITCH_BUILDERS[(i * 5 + 4) % len(SWITCH_BUILDERS)]
    first = b1(r, "arabic", "zh", 0)
    last = b2(r, "arabic", "zh", 0)
    mid = [r.choice(SWITCH_MID)] if i % 3 else [r.choice(SWITCH_MID), "换个问题。"]
    q = last["turns"][0]
    if i % 2:
        q = r.choice(["再问一个别的：", "另外一家企业的情况：", "换个话题，"]) + q
    return R(first["turns"] + mid + [q], "answered", last["cites"], last["amount"], last["kind"], last["rules"])


def mt_approx(r, i):
    a = amt(r, 2_000_000, 30_000_000, "arabic")
    rough = (a // 1_000_000) * 1_000_000 or 1_000_000
    if i % 2 == 0:
        t1 = f"{p_zh(r)}我们是CRO，去年实际服务金额{approx_txt(rough, r)}，能拿多少？"
        return R([t1, f"我查了一下财务数据，准确是{render(a, 'arabic', r)}。"], "answered", cite_of("d15-1-cro"), d15_cro(a),
                 "upper_bound", ["d15-1-cro"])
    t1 = f"{p_zh(r)}我们是销售平台型企业，去年年度销售收入{approx_txt(rough * 10, r)}，能拿多少？"
    return R([t1, f"准确数字是{render(a * 10, 'arabic', r)}。"], "answered", cite_of("d8-2-sales"), d8_sales(a * 10), "fixed",
             ["d8-2-sales"])


MT_PLAN = [mt_correct] * 10 + [mt_nax] * 8 + [mt_bare] * 8 + [mt_add] * 7 + [mt_switch] * 7 + [mt_add_item] * 4 + [mt_approx] * 2


def gen_multiturn(r, i):
    fn = MT_PLAN[i % len(MT_PLAN)]
    j = sum(1 for f in MT_PLAN[:i % len(MT_PLAN)] if f is fn) + (i // len(MT_PLAN)) * 3
    return fn(r, j)


# --- help-desk lookups, out of scope, greetings ----------------------------------

LOOKUPS = [
    (["第十三条原文是什么？"], [(DRAFT, "第十三条")], []),
    (["支持办法第八条第（二）项怎么规定的？"], [(DRAFT, "第八条")], []),
    (["若干措施第（七）条写的什么？"], [(M26, "（七）")], []),
    (["把第十二条第（三）项的原文发我一下"], [(DRAFT, "第十二条")], []),
    (["（十一）强化园区建设支持具体是什么内容？"], [(M26, "（十一）")], []),
    (["（五）加快AI+医药健康示范应用的责任单位有哪些？"], [(M26, "（五）")], ["市发展改革委"]),
    (["2026-2028若干措施第(十三)条由哪些部门负责？"], [(M26, "（十三）")], ["市科委中关村管委会"]),
    (["（八）探索创新药械多元支付方式是哪些单位负责？"], [(M26, "（八）")], ["昌平区政府"]),
    (["《关于支持昌平区医药健康产业高质量发展的若干措施》有效期到什么时候？"], [], ["2028"]),
    (["若干措施是哪天发布的？"], [], ["2026"]),
    (["支持办法（修订稿）现在已经生效了吗？"], [], ["征求意见稿"]),
    (["这两个政策文件里哪个还是征求意见稿？"], [], ["征求意见稿"]),
    (["支持办法由哪个单位负责解释？"], [(DRAFT, "第十八条")], ["北京未来科学城管理委员会"]),
    (["若干措施由谁负责解释？"], [], ["市科委中关村管委会"]),
    (["昌政办发〔2023〕13号那个支持办法还有效吗？"], [(DRAFT, "第十八条")], ["废止"]),
    (["同一个项目同时符合支持办法的好几条，能叠加享受吗？"], [(DRAFT, "第十七条")], ["从优不重复"]),
    (["支持办法适用于哪些主体？事业单位可以吗？"], [(DRAFT, "第二条")], []),
    (["新药临床研发支持，每个企业每年最多能拿多少？"], [(DRAFT, "第五条")], ["1亿"]),
    (["非注册性临床试验的奖励，每个企业每年上限多少？"], [(DRAFT, "第五条")], ["200万"]),
    (["第十五条第（一）项说的啥"], [(DRAFT, "第十五条")], []),
    (["Which of the two documents is still only a draft for comment?"], [], ["征求意见稿"]),
    (["若干措施的有效期到幾時？2027年還能用嗎？"], [], ["2028"]),
    (["（十二）汇聚全球创新资源的原文给我看看"], [(M26, "（十二）")], []),
    (["市级政策和区级政策能同时享受吗？"], [(DRAFT, "第十七条")], []),
]


def gen_lookup(r, i):
    turns, cites, inc = LOOKUPS[i % len(LOOKUPS)]
    q = p_zh(r) + turns[0] if not turns[0][0].isascii() else turns[0]
    return R([q], ["answered"], cites, "-", None, [], inc)


OOS = ["上海张江对1类新药进入Ⅲ期临床给多少补贴？", "深圳坪山的生物医药企业落户有什么奖励？", "海淀区对CRO企业有什么支持政策？",
       "苏州工业园区BioBAY入驻补贴多少？", "高新技术企业所得税税率是多少？", "研发费用加计扣除比例是多少？",
       "今天北京天气怎么样？", "帮我写一首关于春天的诗", "推荐几家昌平好吃的餐厅", "What's the USD to RMB exchange rate today?",
       "天津滨海新区的医疗器械注册补贴怎么申请？", "个人所得税专项附加扣除怎么填？"]
GREET = ["你好", "您好，在吗？", "hi", "谢谢，辛苦了！", "早上好"]


def gen_oos(r, i):
    return R([OOS[i % len(OOS)]], ["out_of_scope"], (), None, None, [])


def gen_greet(r, i):
    return R([GREET[i % len(GREET)]], ["answered", "out_of_scope", "needs_info"], (), None, None, [])


# =============================================================================
# 7. ASSEMBLY
# =============================================================================

PLAN = [
    ("single", 56, gen_single),
    ("numerals", 38, gen_numerals),
    ("traditional", 14, gen_trad),
    ("english", 20, gen_english),
    ("distractor", 40, gen_distractor),
    ("threshold", 30, gen_threshold),
    ("ineligible", 24, gen_ineligible),
    ("multi-item", 22, gen_multi_item),
    ("multi-provision", 18, gen_multi_prov),
    ("multi-turn", 46, gen_multiturn),
    ("needs-info", 30, gen_needs),
    ("cap-control", 8, gen_capctrl),
    ("unspecified", 16, gen_unspec),
    ("lookup", 24, gen_lookup),
    ("out-of-scope", 10, gen_oos),
    ("greeting", 4, gen_greet),
]
assert sum(n for _, n, _ in PLAN) == N_CASES


def to_case(tag, res):
    st = res["status"]
    exp = {"status": list(st) if isinstance(st, (list, tuple)) else [st],
           "cite": [list(c) for c in res["cites"]]}
    if res["amount"] != "-":
        exp["amount_yuan"] = res["amount"]
    if res["kind"]:
        exp["kind"] = res["kind"]
    exp["must_include"] = list(res["inc"])
    exp["must_not_include"] = list(res["exc"])
    return {"tag": tag, "turns": res["turns"], "expect": exp, "rules": res["rules"]}


def check(case):
    e = case["expect"]
    assert case["turns"] and all(isinstance(t, str) and t.strip() for t in case["turns"])
    assert 1 <= len(case["turns"]) <= 4
    assert set(e["status"]) <= {"answered", "ineligible", "needs_info", "out_of_scope"}
    if "amount_yuan" in e and e["amount_yuan"] is not None:
        assert isinstance(e["amount_yuan"], int) and e["amount_yuan"] > 0
        assert e["status"] == ["answered"]
    if e.get("kind") == "unspecified":
        assert e.get("amount_yuan", None) is None
    for c in e["cite"]:
        assert c[0] in (DRAFT, M26) and c[1]
    for t in case["turns"]:
        assert "{" not in t and "}" not in t, t


def build():
    r = random.Random(SEED)
    cases, seen = [], set()
    for tag, n, gen in PLAN:
        got, i = 0, 0
        while got < n:
            assert i < 200 * n, f"cannot fill {tag}"
            res = gen(r, i)
            i += 1
            if res is None:
                continue
            key = tuple(res["turns"])
            if key in seen:
                continue
            seen.add(key)
            c = to_case(tag, res)
            check(c)
            cases.append(c)
            got += 1
    out = []
    for k, c in enumerate(cases, 1):
        out.append({"id": f"p6-{k:03d}", **c})
    return out


def validate(path):
    """Re-read the written file: every line is JSON with the contract's eval-case fields."""
    ids = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            c = json.loads(line)
            assert isinstance(c.get("id"), str), ln
            assert isinstance(c.get("turns"), list) and c["turns"], ln
            e = c.get("expect")
            assert isinstance(e, dict), ln
            assert isinstance(e.get("status"), list) and e["status"], ln
            assert isinstance(e.get("cite"), list) and all(isinstance(p, list) and len(p) == 2 for p in e["cite"]), ln
            if "amount_yuan" in e:
                assert e["amount_yuan"] is None or isinstance(e["amount_yuan"], int), ln
            if "kind" in e:
                assert e["kind"] in ("fixed", "upper_bound", "unspecified"), ln
            assert isinstance(e.get("must_include", []), list) and isinstance(e.get("must_not_include", []), list), ln
            ids.append(c["id"])
    assert ids == [f"p6-{k:03d}" for k in range(1, N_CASES + 1)], "ids"
    return len(ids)


def main():
    cases = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("validated lines:", validate(OUT))
    tags = Counter(c["tag"] for c in cases)
    stat = Counter("|".join(c["expect"]["status"]) for c in cases)
    rules = Counter(rid for c in cases for rid in c["rules"])
    print(f"wrote {len(cases)} cases to {OUT}")
    print("tags:", dict(tags))
    print("expected status:", dict(stat))
    print("turns:", dict(Counter(len(c["turns"]) for c in cases)))
    print("with amount:", sum(1 for c in cases if c["expect"].get("amount_yuan") is not None),
          "amount null:", sum(1 for c in cases if "amount_yuan" in c["expect"] and c["expect"]["amount_yuan"] is None))
    print("kinds:", dict(Counter(c["expect"].get("kind", "-") for c in cases)))
    print("rules:", dict(sorted(rules.items())))
    missing = [rid for rid in RULES if rid not in rules]
    print("rules not covered:", missing)


if __name__ == "__main__":
    main()
