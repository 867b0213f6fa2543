#!/usr/bin/env python3
"""p20 held-out evaluation set generator (Python stdlib only).

Written from /work/shared/policies/*.txt and /work/shared/CONTRACT.md only (plus the
case-format conventions of probe-19's README).  Run:  python3 make_cases.py

The set is generated twice in-process; generation aborts unless both runs are
byte-identical.  Then cases.jsonl and README.md are written and a self-check runs
(independent re-implementation of every amount, money round-trip parsing, format checks).
"""
import json
import os
import random
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal, getcontext
from fractions import Fraction as F

SEED = 20261212
HERE = os.path.dirname(os.path.abspath(__file__))
POLICY_DIR = "/work/shared/policies"
D = "changping-zone-draft"      # 支持办法（修订稿）（征求意见稿）
M = "changping-2026-2028"       # 若干措施(2026-2028年)

# ---------------------------------------------------------------------------
# Verbatim clauses whose figure (or lack of figure) is used.  Each is asserted
# to occur in its policy text (load_policies / assert_quotes).
# ---------------------------------------------------------------------------
QUOTES = OrderedDict([
    # ---- changping-zone-draft ----
    ("D_title", (D, "（征求意见稿）")),
    ("D4_1", (D, "每年定额安排概念验证资金，对临床科技成果转化项目给予概念验证资金支持。")),
    ("D4_2", (D, "以上项目转化应用后，经认定，每个项目给予一定资金支持。")),
    ("D5_head", (D, "对开展临床试验并实施产业化的新药，按照临床进度分阶段予以支持。")),
    ("D5_enter", (D, "1类生物制品、1类化学药和1类中药，进入Ⅰ期、Ⅱ期、Ⅲ期临床试验，每个品种分别给予50万元、100万元、200万元的奖励")),
    ("D5_complete", (D, "完成Ⅰ期、Ⅱ期、Ⅲ期临床试验，结合实际临床研发投入，每个品种分别给予一定比例的资金支持。")),
    ("D5_cls2", (D, "经认定的2类生物制品、2类化学药和2类中药可参照1类生物制品、1类化学药和1类中药完成相应临床阶段的标准给予支持。")),
    ("D5_cap", (D, "每个企业每年支持金额不超过1亿元。")),
    ("D5_nonreg", (D, "对在细胞与基因治疗等前沿领域开展非注册性临床试验的，每个品种给予定额一次性奖励，每个企业每年支持金额不超过200万元。")),
    ("D6_1", (D, "对获得药品注册证书且实施产业化的1类生物制品、1类化学药和1类中药，单品种给予最高1000万元资金支持。")),
    ("D6_2", (D, "经认定，2类生物制品、2类化学药和2类中药，单品种择优给予最高500万元资金支持。")),
    ("D6_imp", (D, "经认定，重大改良型新药、首仿药等可参照1类生物制品、1类化学药和1类中药予以支持。")),
    ("D6_vet", (D, "对获得一、二、三类新兽药注册证书且实施产业化的动物药，经认定单品种分别给予最高300万元、200万元、100万元资金支持。")),
    ("D7", (D, "对于符合条件的企业按照昌平区关于医疗器械创新发展的相关政策措施给予支持。")),
    ("D8_1a", (D, "对委托医药健康企业生产其所持有或拟申报上市产品的企业，按照不超过该品种实际交易额的10%给予资金支持。")),
    ("D8_1b", (D, "对医药健康企业按照药品上市许可持有人制度承担生产的，按照不超过实际投入金额的20%给予资金支持。")),
    ("D8_2", (D, "支持设立医药健康销售平台型企业，按照年度销售收入的2‰给予资金支持。")),
    ("D9", (D, "对拥有国际领军人才和团队，具有国际原创技术和品种，或预期有重大产业贡献的企业，经认定后可给予资金支持。")),
    ("D10", (D, "可按照项目固定资产实际投资额（除房产、土地外）的一定比例分阶段给予资金支持。")),
    ("D11_1", (D, "对新获得美国食品药品监督管理局（FDA）、欧盟药品管理局（EMA）等国际权威机构认证的药品，按照不超过实际注册费用（含海外注册费、检测费、当地代理费）的30%给予资金支持。")),
    ("D11_in", (D, "支持医药健康企业通过License-in等方式从国外引进先进技术到本土产业化，产品上市后，单品种给予最高100万元资金支持。")),
    ("D11_out", (D, "支持医药健康企业通过License-out等方式与跨国龙头企业开展合作，合同总额超过1亿美元的，合同签订后，单品种给予最高50万元资金支持。")),
    ("D12_1", (D, "对年度主营业务收入首次突破5亿元（含）以上的医药健康企业，按照主营业务收入的2‰给予资金支持。")),
    ("D12_2", (D, "对获国家级重大专项任务、重要资质认定资金支持的企业，经认定后可给予实际获得专项资金一定比例的配套支持。")),
    ("D12_3", (D, "对单品种年产值首次突破5000万元、1亿元、5亿元、10亿元、20亿元的医药健康企业，分别给予20万元、40万元、200万元、500万元、1000万元的奖励。")),
    ("D13", (D, "对上一年度营业收入不足3000万元、上两年研发投入总额达1000万元以上、连续三年研发投入保持正增长的中小微企业，按照不超过上一年度研发投入的10%给予资金支持，累计支持不超过三年。")),
    ("D14_2", (D, "对于符合条件的金融机构和企业按照昌平区关于金融创新发展的相关政策措施给予支持。")),
    ("D14_3", (D, "按照损失本金部分的一定比例给予信贷风险补偿。")),
    ("D15_1", (D, "支持CRO、CDMO、CMO等合同外包服务机构发展，经评审后，按照不超过年度实际服务金额的20%给予资金支持，累计支持不超过三年。")),
    ("D15_2a", (D, "经认定后，可按照不超过平台建设实际投入的30%给予最高3000万元资金支持。")),
    ("D15_2b", (D, "对已投入运营的共享服务平台，根据其服务内容和效果，经评审后，择优给予一定的资金奖励。")),
    ("D16_3a", (D, "对于市场化主体举办的高品质活动，经认定后，可按照不超过活动实际发生费用的20%予以资金支持。")),
    ("D16_3b", (D, "对获得国家或市、区级认定的可给予一定比例运营补贴")),
    ("D17a", (D, "同一项目、同一事项同时符合本办法多项条款或昌平区其他扶持政策的，按照“从优不重复”原则予以支持。")),
    ("D17b", (D, "符合北京市市级其他扶持政策规定的，可申请同时享受市、区两级政策支持，另有规定的除外。")),
    ("D18", (D, "本办法由北京未来科学城管理委员会（北京中关村生命科学园管理委员会）负责解释，自发布之日起施行")),
    ("D18_rep", (D, "《中国（北京）自贸试验区科技创新片区昌平组团促进医药健康产业发展支持办法》（昌政办发〔2023〕13号）同时废止。")),
    # ---- changping-2026-2028 (ASCII punctuation as in the text) ----
    ("M_date", (M, "时间:2026-02-04")),
    ("M1", (M, "对于具有高水平研发团队、能够显著引领促进产业发展的高能级创新平台给予资金支持")),
    ("M4", (M, "对符合条件使用智能算力的企业,通过市级算力券给予补贴。")),
    ("M5", (M, "对符合条件、示范性强的项目给予不超过项目工程投资总额30%、最高5000万元的资金支持。")),
    ("M7", (M, "支持科技服务业企业效能提升,对于符合条件的,按照规定给予不超过2000万元资金支持。")),
    ("M9a", (M, "根据基金实缴规模、投资成效等情况,给予投资机构相应资金支持。")),
    ("M9b", (M, "鼓励保险机构开发临床试验和高端医疗设备开发责任保险,对投保企业给予支持。")),
    ("M11", (M, "按照规定给予不超过项目投资总额50%、最高3000万元的资金支持。")),
    ("M12a", (M, "实施外资研发中心研发激励计划,鼓励医药健康领域外资企业持续扩大研发投入,对于符合条件的,按照规定根据研发投入增长情况给予不超过1000万元的资金支持。")),
    ("M12b", (M, "支持国际科研机构等落地,根据成果产出、人才培养、国际交流等情况,对于符合条件的,按照规定给予不超过300万元的资金支持。")),
    ("M12c", (M, "支持举办生命科学领域高水平国际学术研讨会议,对于符合条件的,按照规定给予不超过300万元的资金支持。")),
    ("M13a", (M, "根据技术研发、技术成果海外应用等情况,对于符合条件的,按照规定给予不超过200万元的资金支持。")),
    ("M13b", (M, "根据项目落地以及技术成果转化情况,对于符合条件的,按照规定分档给予不超过300万元的资金支持。")),
    ("M14", (M, "对纳入高层次创新创业人才计划的相关青年拔尖人才给予资金支持。")),
    ("M_valid", (M, "本政策措施由市科委中关村管委会负责解释,印发之日起施行,有效期至2028年12月31日。")),
    # 责任单位 of the measures used in lookups (each asserted to close its own measure)
    ("U1", (M, "(市科委中关村管委会、昌平区政府)")),
    ("U4", (M, "(市发展改革委、市经济和信息化局、市科委中关村管委会、市卫生健康委、市医保局、市政务和数据局、昌平区政府)")),
    ("U5", (M, "(市发展改革委、市卫生健康委、市科委中关村管委会、市医保局、市药监局、昌平区政府)")),
    ("U7", (M, "(市科委中关村管委会、市发展改革委、市经济和信息化局、市卫生健康委、市国资委、昌平区政府)")),
    ("U9", (M, "(昌平区政府、市科委中关村管委会、市国资委、市委金融办、人民银行北京市分行、北京金融监管局、北京证监局)")),
    ("U11", (M, "(市发展改革委、市科委中关村管委会、市经济和信息化局、昌平区政府)")),
    ("U13", (M, "(市科委中关村管委会、市商务局、市药监局、昌平区政府)")),
    ("U14", (M, "(市人才局、市教委、市发展改革委、市人力资源社会保障局、市卫生健康委、市科委中关村管委会、昌平区政府)")),
])
# measure -> quote key of its 责任单位 list (checked against the measure's own block)
UNIT_OF = OrderedDict([("（一）", "U1"), ("（四）", "U4"), ("（五）", "U5"), ("（七）", "U7"), ("（九）", "U9"),
                       ("（十一）", "U11"), ("（十二）", "U1"), ("（十三）", "U13"), ("（十四）", "U14")])

READINGS = """\
Readings applied (doc changping-zone-draft = 支持办法（修订稿）（征求意见稿）, cited by 第N条;
doc changping-2026-2028 = 若干措施(2026-2028年), cited by its numbered measure （N）):

- 第五条（一） 1类 (生物制品/化学药/中药) ENTERING Ⅰ/Ⅱ/Ⅲ期: fixed 50万/100万/200万 per variety, summed over
  varieties entering in the year asked; an award already received for an earlier stage is a distractor (each
  stage is its own award).  The 每个企业每年 1亿元 cap never binds in generated sums (asked only as a lookup).
  COMPLETING a phase: 一定比例 -> answered, amount null, kind unspecified.  2类 are pointed only at the completion
  standard, so a 2类 variety entering a phase has no figure -> answered|ineligible|needs_info, amount null.
- 第五条（二） 非注册性临床试验: 定额一次性奖励 names no per-variety figure -> answered, amount null, kind unchecked
  (200万 is an enterprise-year cap, not the award).
- 第六条（一）: 注册证书 + 产业化 (always stated): 1类 upper_bound 1000万 per variety; 2类 upper_bound 500万;
  重大改良型新药 / 首仿药 参照1类: upper_bound 1000万.  第六条（二） 新兽药 一/二/三类: upper_bound 300万/200万/100万.
  A stated plan not to industrialise (pure out-licensing) -> ineligible|needs_info.
- 第八条（一） first sentence: MAH entrusting production: upper_bound 10% of the variety's 实际交易额 (not the contract
  price, not a planned figure); second sentence: producing under the MAH system: upper_bound 20% of 实际投入金额
  (not the planned investment).  第八条（二） sales platform: 2‰ of 年度销售收入, no 不超过 -> kind fixed (profit and
  2% are distractors).
- 第十一条（一）: upper_bound 30% of 实际注册费用 = 海外注册费 + 检测费 + 当地代理费; domestic clinical cost, plant
  upgrades and salaries are not in the base.  Fees given only in US dollars -> answered|needs_info, amount null.
- 第十一条（二） License-in: product launched -> upper_bound 100万 per variety; not launched -> ineligible|needs_info.
  License-out: 合同总额 超过1亿美元 (超过 excludes the figure itself: exactly 1亿美元 -> ineligible), signed ->
  upper_bound 50万 per variety (one variety per contract; several qualifying contracts are summed); upfront
  payments are distractors; unsigned -> ineligible|needs_info; "约1亿美元" -> ineligible|needs_info.
- 第十二条（一）: 年度主营业务收入 首次 reaching 5亿元（含） (exactly 5亿 qualifies): 2‰ of 主营业务收入, kind fixed
  (total 营业收入 incl. non-main income is a distractor); below 5亿 or not the first time -> ineligible; first time
  not stated -> needs_info|answered with amount null.  第十二条（二）: 一定比例 -> unspecified.
- 第十二条（三）: per variety, first time annual output 突破 5000万/1亿/5亿/10亿/20亿 -> fixed 20万/40万/200万/500万/
  1000万; generated answered cases always have the previous year in the tier just below and the current year
  strictly above the tier crossed and below the next tier (one tier per variety, no multi-tier jumps); an award
  already received for the lower tier is a distractor; varieties are summed.  Exactly at 5000万 (突破?) ->
  answered|ineligible, amount null.  Below 5000万 -> ineligible.
- 第十三条: eligible iff 上一年度营业收入 < 3000万 (不足: exactly 3000万 fails), 上两年(去年+前年)研发投入合计
  >= 1000万 (达…以上: exactly 1000万 passes), 研发投入连续三年正增长 (shown by four rising years, or stated by the
  user in so many words; a fall in the latest year fails; three rising values only -> answered|needs_info, amount
  null), 中小微 (always stated; a 大型企业 fails), fewer than three years already supported.  upper_bound 10% of
  上一年度(去年)研发投入.  Revenue given as "约/出头" far from 3000万 does not matter; near it -> needs_info|ineligible.
- 第十五条（一） CRO/CDMO/CMO: upper_bound 20% of 年度实际服务金额 of the year the user names (去年); signed-contract
  values, other years, plans and the user's claimed rate are distractors; three years already supported ->
  ineligible; half-year / 去年同期 figures only -> needs_info.  第十五条（二） shared platform construction:
  upper_bound min(30% x 实际投入, 3000万); operating platforms 择优一定的资金奖励 -> unspecified.
- 第十六条（三）: event run by a 市场化主体: upper_bound 20% of 实际发生费用 (the budget is a distractor); a
  government-run event -> ineligible|needs_info; alliances 一定比例运营补贴 -> unspecified.
- No figure -> answered, amount null, kind unspecified: 第四条（一）（二）, 第五条 completion, 第九条, 第十条 (even when
  fixed-asset figures are given), 第十二条（二）, 第十四条（三）, 第十五条（二） operating platforms, 第十六条（三）
  alliances; 若干措施（一）（四）（九）（十四）.  第七条 / 第十四条（二） refer to other district policies not in the
  corpus -> answered|needs_info|out_of_scope, amount null, nothing cited.
- 第十七条 从优不重复 applied only where the user says one project is claimed under two clauses (a CDMO producing one
  MAH project: 第八条（一） second sentence vs 第十五条（一）) -> the larger part, 第十七条 cited.  Everything else in
  a total concerns different products / projects and is summed.  No totals across the two documents.
- 若干措施（五）: upper_bound min(30% x 项目工程投资总额, 5000万) (项目总投资 beside 工程投资 is a distractor);
  （十一）: upper_bound min(50% x 项目投资总额, 3000万); ceiling-only measures, the ceiling is the amount
  (upper_bound) whatever other figures are given: （七） 2000万, （十二） 外资研发中心 1000万 / 国际科研机构 300万 /
  国际学术研讨会议 300万, （十三） 首次海外应用·海外研发中心 200万 / 海外园区·孵化器·创新中心·跨国技术转移 300万.
  Questions on 若干措施 name that document, so the draft's 第十六条（三） is never in play for conferences.
- Validity: 若干措施 published 2026-02-04, in force from issue, valid to 2028-12-31; applying in 2029/2030 ->
  answered|ineligible, amount null, nothing cited (the sentence is outside the numbered measures); 2027/2028 ->
  answered.  The 支持办法 is a 征求意见稿 (draft for comment, not in force): amounts are still answered from its text;
  status questions are answered.  解释: 支持办法 第十八条 北京未来科学城管理委员会; 若干措施 市科委中关村管委会.
- Surface: a figure first said with 约/左右 and then corrected to an exact value ("…左右吧不对是…整") is the exact
  value; 约/左右/余/多/七八百万 on a figure the amount needs -> answered|needs_info (or needs_info alone for a
  range), amount null; growth phrasing that fixes the figure exactly ("比前年多了20%", "是前年的1.5倍") is derived
  and answered; vague growth ("涨了两成多") -> answered|needs_info, amount null.  Other companies' figures,
  registered capital, employee counts, phone numbers, dates, addresses and registration numbers are distractors.
- Greetings / thanks accept answered|out_of_scope|needs_info with amount null; out-of-corpus topics expect
  out_of_scope.  "为什么/依据哪条" after an answer: answered, the article cited, amount unchecked.
"""

AMBIGUOUS_NOTES = """\
- 第五条（一） a 2类 variety *entering* a phase: the text points 2类 only at the completion standard (一定比例), so no
  sum exists; such cases accept answered / ineligible / needs_info with amount null.
- 第五条（二） 定额一次性奖励 names no figure: amount null; kind left unchecked (a reader might call 200万 a ceiling,
  but it is an enterprise-year cap, so no amount may be stated).
- 第十二条（三） 首次突破 at exactly 5000万: 突破 may or may not include the figure itself -> answered|ineligible,
  amount null.  Multi-tier jumps in one year (cumulative vs highest tier) are never generated.
- 第十二条（一） 5亿元（含） includes exactly 5亿 (fixed 100万).  第十一条（二） 超过1亿美元 and 第十三条 不足3000万 exclude
  the figure itself; 达1000万元以上 includes it (the usual 以上含本数 / 超过·不足不含本数 convention).
- 第十三条 连续三年研发投入保持正增长 could mean three rising values or three growth steps: answered cases show four
  rising years or the user's own statement that R&D grew three years running; three rising values alone ->
  answered|needs_info, amount null; failures are always a fall in the latest year.
- 第十三条 and a user who does not say the firm is 中小微: never generated as answered (SME status always stated).
- 第十一条（一） the base is 海外注册费 + 检测费 + 当地代理费; other costs are excluded.  Fees in US dollars -> amount null.
- 若干措施 ceiling-only measures: the ceiling is the amount (upper_bound).
- 从优不重复 only where the user says it is the same project; otherwise sums (different products / projects only —
  never the same drug under two clauses, e.g. 第五条 and 第六条, which could be read as one project).
- Approximate figures (约/左右/余/多) that the amount needs: answered|needs_info with amount null; a self-corrected
  exact figure in a voice transcript is used as exact.
- Government-run events, un-launched License-in products, unsigned License-out deals, a plan not to industrialise:
  ineligible|needs_info.  Validity beyond 2028: answered|ineligible.  第七条 / 第十四条（二）: answered|needs_info|
  out_of_scope.  Unknown 首次 for 第十二条（一）: needs_info|answered, amount null.
"""

# ---------------------------------------------------------------------------
# policy texts
# ---------------------------------------------------------------------------
def load_policies():
    texts = {}
    for doc in (D, M):
        with open(os.path.join(POLICY_DIR, doc + ".txt"), encoding="utf-8") as fh:
            texts[doc] = fh.read()
    return texts


POL = load_policies()


def measure_block(num_cn):
    """header line and body paragraph of a numbered measure of 若干措施 ('(五)' style header in the file)"""
    lines = POL[M].split("\n")
    h = "(" + num_cn + ")"
    for i, ln in enumerate(lines):
        if ln.startswith(h):
            return ln + "\n" + lines[i + 1]
    raise KeyError(num_cn)


def assert_quotes():
    for key, (doc, q) in QUOTES.items():
        assert q in POL[doc], "quote %s not found verbatim in %s" % (key, doc)
    for art, uk in UNIT_OF.items():
        blk = measure_block(art.strip("（）"))
        assert blk.rstrip().endswith(QUOTES[uk][1]), "unit list %s does not close measure %s" % (uk, art)


assert_quotes()

# ---------------------------------------------------------------------------
# number rendering (generator side)
# ---------------------------------------------------------------------------
WAN, YI = 10 ** 4, 10 ** 8
CN_DIG = "零一二三四五六七八九"
FW = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


def dec(x, maxdp=6):
    """exact minimal decimal string of a Fraction (must terminate within maxdp places)"""
    x = F(x)
    neg = x < 0
    x = abs(x)
    for k in range(maxdp + 1):
        y = x * 10 ** k
        if y.denominator == 1:
            s = str(y.numerator).rjust(k + 1, "0")
            if k:
                s = s[:-k] + "." + s[-k:]
            return ("-" if neg else "") + s
    raise ValueError("non-terminating %r" % x)


def sep(n):
    return "{:,}".format(int(n))


def _cn4(n, liang, leading):
    out, zero = [], False
    for uv, uc in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // uv % 10
        if d == 0:
            if out:
                zero = True
            continue
        if zero:
            out.append("零")
            zero = False
        if uc == "十" and d == 1 and not out and leading:
            out.append("十")
        else:
            ch = CN_DIG[d]
            if d == 2 and liang and uc in ("千", "百"):
                ch = "两"
            out.append(ch + uc)
    return "".join(out)


def cn_int(n, liang=False):
    n = int(n)
    assert 0 < n < 10 ** 12
    yi, rem = divmod(n, YI)
    wan, ge = divmod(rem, WAN)
    out, started, gap = "", False, False
    for val, unit in ((yi, "亿"), (wan, "万"), (ge, "")):
        if val == 0:
            if started:
                gap = True
            continue
        if started and (gap or val < 1000):
            out += "零"
        s = _cn4(val, liang, not started)
        if liang and val == 2 and unit:
            s = "两"
        out += s + unit
        started, gap = True, False
    return out


def zh_styles(v):
    v = F(v)
    if v.denominator != 1:
        return ["yuan_dec"]
    n = int(v)
    st = []
    if n % WAN == 0:
        st += ["wan", "wanyuan", "wan", "wanyuan", "cn", "w", "kuai", "yuan_sep", "fullwidth"]
        if n >= 10 ** 7:
            st += ["wan_sep"]
        if n % 10 ** 6 == 0 and n >= 10 ** 7:
            st += ["yi"]
        if n % 10 ** 7 == 0 and n >= YI:
            st += ["geyi"]
    else:
        st += ["yuan", "yuan_sep"]
        if n % 100 == 0:
            st += ["wan_dec", "wan_dec"]
    return st


def render_zh(v, style, rng):
    v = F(v)
    if style == "wan":
        return dec(v / WAN) + "万"
    if style == "wanyuan" or style == "wan_dec":
        return dec(v / WAN) + "万元"
    if style == "wan_sep":
        return sep(v / WAN) + "万元"
    if style == "yuan":
        return str(int(v)) + "元"
    if style == "yuan_sep":
        return sep(v) + "元"
    if style == "yuan_dec":
        if v.denominator == 1:
            return str(int(v)) + ".00元"
        return dec(v) + "元"
    if style == "yi":
        return dec(v / YI) + rng.choice(["亿", "亿元"])
    if style == "geyi":
        return dec(v / YI) + "个亿"
    if style == "cn":
        s = cn_int(v, liang=rng.random() < 0.5)
        return s + ("元" if (int(v) % WAN or rng.random() < 0.3) else "")
    if style == "cn_plain":   # spoken, never 元
        return cn_int(v, liang=rng.random() < 0.5)
    if style == "w":
        return dec(v / WAN) + rng.choice(["w", "W"])
    if style == "kuai":
        return dec(v / WAN) + rng.choice(["万块", "万块钱"])
    if style == "fullwidth":
        return dec(v / WAN).translate(FW) + "万元"
    raise KeyError(style)


def en_styles(v):
    v = F(v)
    if v.denominator != 1:
        return ["en_dec"]
    n = int(v)
    st = ["en_yuan", "en_rmb", "en_yen"]
    if n % WAN == 0:
        st += ["en_million", "en_million", "en_m", "en_wan"]
        if n % 10 ** 7 == 0 and n >= 10 ** 9:
            st += ["en_bn"]
    return st


def render_en(v, style, rng):
    v = F(v)
    if style == "en_million":
        return "RMB %s million" % dec(v / 10 ** 6)
    if style == "en_m":
        return "CNY %sm" % dec(v / 10 ** 6)
    if style == "en_yuan":
        return "%s yuan" % sep(v)
    if style == "en_rmb":
        return "RMB %s" % sep(v)
    if style == "en_yen":
        return "¥%s" % sep(v)
    if style == "en_wan":
        return "RMB %s万" % dec(v / WAN)
    if style == "en_bn":
        return "RMB %s billion" % dec(v / 10 ** 9)
    if style == "en_dec":
        ip = v.numerator // v.denominator
        frac = dec(v - ip)[1:]
        return "RMB %s%s" % (sep(ip), frac)
    raise KeyError(style)


def usd_styles(v, lang):
    v = F(v)
    if lang == "en":
        st = ["usd_en_million", "usd_en_m", "usd_en_M", "usd_en_words"]
    else:
        st = ["usd_wan"]
        if v % 10 ** 6 == 0:
            st += ["usd_yi", "usd_yi", "usd_jin", "usd_dao"]
        if v % WAN == 0:
            st += ["usd_cn"]
    return st


def render_usd(v, style, rng):
    v = F(v)
    if style == "usd_yi":
        return dec(v / YI) + "亿美元"
    if style == "usd_jin":
        return dec(v / YI) + "亿美金"
    if style == "usd_dao":
        return dec(v / YI) + "亿刀"
    if style == "usd_wan":
        return sep(v / WAN) + "万美元" if v >= 10 ** 7 and rng.random() < 0.5 else dec(v / WAN) + "万美元"
    if style == "usd_cn":
        return cn_int(v, liang=rng.random() < 0.5) + "美元"
    if style == "usd_en_million":
        return "US$%s million" % dec(v / 10 ** 6)
    if style == "usd_en_m":
        return "USD %sm" % dec(v / 10 ** 6)
    if style == "usd_en_M":
        return "$%sM" % dec(v / 10 ** 6)
    if style == "usd_en_words":
        return "%s million US dollars" % dec(v / 10 ** 6)
    raise KeyError(style)


def wan_label(v):
    """'N万' label of an amount (None when not a whole number of yuan-hundreds)"""
    v = F(v)
    w = v / WAN
    try:
        return dec(w, 2) + "万"
    except ValueError:
        return None


# ---------------------------------------------------------------------------
# independent money parser (self-check side; does not use the renderers)
# ---------------------------------------------------------------------------
_FW_BACK = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_CN_VAL = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_APPROX = ("大约", "大概", "约", "左右", "上下", "余", "多", "about ", "around ", "roughly ", "approximately ")


def _cn_to_int(s):
    total, section, num = 0, 0, 0
    for ch in s:
        if ch in _CN_VAL:
            num = _CN_VAL[ch]
        elif ch in _CN_UNIT:
            section += (num if num else 1) * _CN_UNIT[ch]
            num = 0
        elif ch in "亿億":
            total = (total + section + num) * 10 ** 8
            section = num = 0
        elif ch in "万萬":
            total += (section + num) * 10 ** 4
            section = num = 0
        elif ch in "个個":
            continue
        else:
            raise ValueError("bad numeral %r in %r" % (ch, s))
    return total + section + num


def parse_money(s):
    """-> (Fraction value, 'CNY'|'USD', approx flag)"""
    t = s.translate(_FW_BACK).strip()
    approx = False
    for a in _APPROX:
        if a in t:
            approx = True
            t = t.replace(a, "")
    t = t.replace("整", "")
    cur = "CNY"
    for u in ("US dollars", "美元", "美金", "刀", "US$", "USD"):
        if u in t:
            cur = "USD"
            t = t.replace(u, "")
    if t.startswith("$"):
        cur = "USD"
        t = t[1:]
    for p in ("人民币", "RMB", "CNY", "¥", " yuan", "块钱", "块", "元"):
        t = t.replace(p, "")
    t = t.strip()
    mult = {"": 1, "万": WAN, "萬": WAN, "w": WAN, "W": WAN, "个w": WAN, "亿": YI, "億": YI,
            "个亿": YI, "個億": YI, "千万": 10 ** 7, "千萬": 10 ** 7, "kw": 10 ** 7, "千": 1000,
            "十万": 10 ** 5, "十萬": 10 ** 5, "million": 10 ** 6, "m": 10 ** 6, "M": 10 ** 6,
            "billion": 10 ** 9, "bn": 10 ** 9, "k": 1000, "thousand": 1000}
    m = re.fullmatch(r"(\d[\d, ]*(?:\.\d+)?)\s*(\S*(?: \S+)?)", t)
    if m and m.group(2).strip() in mult:
        num = F(m.group(1).replace(",", "").replace(" ", ""))
        return num * mult[m.group(2).strip()], cur, approx
    # Chinese numerals, possibly with ASCII digits mixed in (3亿2千万)
    t2 = "".join(CN_DIG[int(ch)] if ch.isdigit() else ch for ch in t)
    return F(_cn_to_int(t2)), cur, approx


# scanners: every money-looking mention in a turn must be a recorded slot surface
RX_MONEY = [
    re.compile(r"[0-9０-９][0-9０-９,，.．]*\s?(?:个|個)?(?:千万|千萬|万|萬|亿|億|kw|w|W|千元|元|块|美元|美金|刀)"),
    re.compile(r"[零一二两兩三四五六七八九十百千万萬亿億个個]*[一二两兩三四五六七八九][零一二两兩三四五六七八九十百千万萬亿億个個]*(?:万|萬|亿|億|元|块|美元)"),
    re.compile(r"(?:RMB|CNY|USD|US\$|¥|\$)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|M|k|万|亿))?"),
    re.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:million|billion)(?:\s(?:yuan|US dollars|RMB))?"),
    re.compile(r"\d[\d,]*(?:\.\d+)?\s?yuan"),
]

# ---------------------------------------------------------------------------
# Traditional Chinese character map (zh-Hant cases are mapped zh-Hans templates)
# ---------------------------------------------------------------------------
_T_PAIRS = (
    "万萬与與专專业業丛叢东東丝絲两兩严嚴个個丰豐临臨为為丽麗举舉么麼义義乐樂习習乡鄉书書买買乱亂争爭于於亏虧"
    "亚亞产產亲親亿億仅僅从從仓倉仪儀们們价價众眾优優会會伟偉传傳伤傷伦倫伪偽体體余餘侦偵侧側侨僑俩倆债債倾傾"
    "偿償储儲儿兒兑兌党黨兰蘭关關兴興养養兽獸内內册冊写寫军軍农農冲衝决決况況冻凍净淨凉涼减減凑湊凭憑击擊划劃"
    "刘劉则則刚剛创創删刪别別剂劑剧劇劝勸办辦务務动動励勵劲勁劳勞势勢匀勻区區医醫华華协協单單卖賣卢盧卫衛却卻"
    "厂廠厅廳历歷压壓厕廁县縣参參双雙发發变變叙敘叶葉号號叹嘆吓嚇吕呂吗嗎听聽启啟吴吳员員呗唄呜嗚响響哟喲唤喚"
    "喷噴嘱囑团團园園围圍国國图圖圆圓圣聖场場坏壞块塊坚堅坛壇坠墜垒壘墙牆壮壯声聲处處备備复復够夠头頭夹夾夺奪"
    "奋奮奖獎妆妝妇婦妈媽娱娛婴嬰孙孫学學宁寧宝寶实實宠寵审審宪憲宫宮宽寬宾賓对對寻尋导導寿壽将將尔爾尘塵尝嘗"
    "尽盡层層属屬岁歲岂豈岗崗岛島岭嶺峡峽币幣帅帥师師帐帳带帶帮幫并並广廣庆慶库庫应應庙廟废廢开開异異弃棄张張"
    "弥彌弯彎弹彈归歸当當录錄彻徹径徑征徵忆憶忧憂怀懷态態怜憐总總恋戀恒恆恳懇恶惡恼惱悦悅悬懸惊驚惧懼惨慘惯慣"
    "愿願戏戲战戰户戶扑撲执執扩擴扫掃扬揚扰擾抚撫抛拋抢搶护護报報担擔拟擬拥擁拦攔拨撥择擇挂掛挡擋挤擠挥揮损損"
    "换換据據掷擲揽攬摄攝摆擺摇搖摊攤撑撐敌敵敛斂数數断斷无無旧舊时時旷曠显顯晋晉晒曬晓曉暂暫术術机機杀殺杂雜"
    "权權条條来來杨楊极極构構枪槍柜櫃标標栋棟树樹样樣档檔桥橋梦夢检檢楼樓欢歡欧歐残殘毁毀毕畢气氣汇匯汉漢汤湯"
    "沟溝没沒沪滬泪淚泽澤洁潔浅淺测測济濟浓濃涂塗润潤涨漲涩澀渐漸渔漁温溫湾灣湿濕满滿滚滾灭滅灯燈灵靈灾災炉爐"
    "点點炼煉烂爛烟煙热熱焕煥爱愛爷爺状狀犹猶独獨狭狹猎獵献獻环環现現电電画畫畅暢疗療疯瘋盖蓋盘盤着著睁睜矫矯"
    "矿礦码碼础礎硕碩确確礼禮祸禍离離种種积積称稱稳穩穷窮窃竊竞競笔筆筑築筹籌签簽简簡类類粮糧紧緊纠糾红紅约約"
    "级級纪紀纯純纲綱纳納纵縱纷紛纸紙纹紋线線练練组組细細织織终終绍紹经經绑綁结結绕繞绘繪给給络絡绝絕统統继繼"
    "绩績续續维維综綜绿綠缓緩编編缘緣缩縮缴繳网網罗羅罚罰职職联聯聪聰肃肅肠腸肤膚胁脅胜勝胶膠脑腦脚腳脸臉腾騰"
    "舰艦艺藝节節苏蘇范範荐薦药藥获獲莱萊营營萧蕭蓝藍虑慮虚虛虫蟲虽雖补補装裝规規觉覺览覽视視触觸计計订訂认認"
    "讨討让讓训訓议議讯訊记記讲講许許论論设設访訪证證评評识識诉訴诊診词詞译譯试試诗詩诚誠话話询詢该該详詳语語"
    "误誤说說请請诸諸读讀课課谁誰调調谈談谋謀谢謝谱譜贝貝负負贡貢财財责責败敗货貨质質购購贯貫贴貼贵貴贷貸费費"
    "资資赋賦赏賞赔賠赛賽赞贊赢贏赶趕趋趨跃躍践踐车車转轉轮輪软軟轻輕载載较較辅輔辆輛辑輯输輸辞辭边邊达達迁遷"
    "过過运運还還这這进進远遠违違连連迟遲适適选選递遞逻邏遗遺邮郵郑鄭释釋里裡针針钟鐘钢鋼钱錢铁鐵银銀销銷锁鎖"
    "错錯锦錦键鍵长長门門闭閉问問间間闻聞阅閱队隊阳陽阶階际際陆陸陈陳险險随隨隐隱难難雾霧静靜顶頂项項顺順须須"
    "顾顧顿頓预預领領频頻题題颜顏风風飞飛饭飯馆館驱驅验驗鱼魚鸟鳥麦麥黄黃齐齊龙龍龄齡几幾后後额額厘釐赚賺丢丟"
    "吨噸钻鑽铺鋪链鏈闸閘闹鬧阀閥陕陝鸡雞鸭鴨马馬驻駐骤驟鲜鮮黑黑鼓鼓凤鳳凯凱剑劍厢廂厦廈咏詠咸鹹哑啞垦墾坝壩"
    "坟墳垄壟奥奧妥妥婶嬸宴宴岩岩峰峰帜幟弄弄彦彥徕徠忏懺怂慫悯憫惩懲戆戇扎紮拢攏拣揀拧擰拼拼挣掙挠撓挡擋捞撈"
    "采採佣傭侠俠侣侶俭儉侥僥殴毆氢氫泼潑浇澆浊濁浏瀏涡渦渗滲溅濺滞滯滤濾滥濫潜潛灿燦烛燭烦煩烫燙焖燜爆爆牵牽"
    "犊犢猪豬猫貓琐瑣疮瘡疡瘍皱皺盏盞盐鹽监監盗盜码碼砖磚碍礙祷禱秃禿秆稈窝窩窥窺竖豎笼籠篮籃篱籬粪糞糁糝纤纖"
    "绣繡绳繩缆纜缠纏罢罷翘翹耸聳聂聶肾腎肿腫胀脹脏臟膑臏舆輿舱艙艰艱艳艷芦蘆苇葦苍蒼荚莢荡蕩荣榮荧熒莲蓮莴萵"
    "获獲萤螢营營蔼藹蕴蘊虏虜虾蝦蚁蟻蛮蠻蜡蠟蝇蠅衔銜补補袄襖袜襪袭襲裤褲览覽誉譽詟讋谊誼谣謠谨謹谬謬谴譴谷谷"
    "贞貞贤賢贩販贫貧贬貶贮貯贱賤贸貿贺賀贼賊贾賈赁賃赂賂赃贓赌賭赖賴赚賺赠贈趸躉跷蹺跻躋踊踴踌躊蹒蹣蹿躥躏躪"
    "轧軋轨軌轩軒轰轟轴軸轿轎辉輝辙轍辩辯农農迈邁迹跡迩邇逊遜递遞邝鄺郁鬱邻鄰酝醞酿釀醒醒钉釘钓釣钙鈣钝鈍钞鈔"
    "钥鑰钦欽钩鉤钮鈕钱錢钳鉗钻鑽铃鈴铅鉛铜銅铝鋁铭銘铲鏟铸鑄铺鋪链鏈销銷锅鍋锋鋒锐銳锡錫锣鑼锤錘锥錐锦錦镇鎮"
    "镜鏡镶鑲闪閃闯闖闲閒闷悶闸閘阁閣阐闡阔闊阙闕阵陣阻阻陨隕陷陷隶隸雏雛雳靂韦韋韧韌韩韓页頁顷頃颁頒颂頌颇頗"
    "颈頸颊頰颐頤频頻颖穎颗顆饥飢饮飲饰飾饱飽饲飼饶饒饼餅馈饋馍饃驰馳驴驢驶駛驹駒骂罵骄驕骆駱骇駭骗騙骚騷骤驟"
    "髅髏鬓鬢鲁魯鲸鯨鸣鳴鸿鴻鹅鵝鹏鵬鹰鷹麦麥黉黌黩黷齿齒龟龜网網誊謄谘諮咨諮系系制制注注准准台台只只面面干干"
)
TRAD = {}
for _i in range(0, len(_T_PAIRS), 2):
    TRAD[_T_PAIRS[_i]] = _T_PAIRS[_i + 1]
TRAD_PHRASES = [("注册", "註冊"), ("标准", "標準"), ("准确", "準確"), ("准备", "準備"), ("制造", "製造"),
                ("制药", "製藥"), ("制剂", "製劑"), ("重复", "重複"), ("答复", "答覆"), ("回复", "回覆"),
                ("联系", "聯繫"), ("关系", "關係"), ("上周", "上週"), ("老板", "老闆"), ("汇总", "彙總"),
                ("复核", "複核"), ("咨询", "諮詢"), ("里程碑", "里程碑"), ("千里", "千里")]
TRAD_OK_NON_BIG5 = set("‰✅①②③④·—")   # symbols allowed in zh-Hant text although big5 lacks them


def to_trad(s):
    for a, b in TRAD_PHRASES:
        s = s.replace(a, b)
    return "".join(TRAD.get(ch, ch) for ch in s)


def big5_bad(s):
    bad = []
    for ch in s:
        if ch in TRAD_OK_NON_BIG5:
            continue
        try:
            ch.encode("big5")
        except UnicodeEncodeError:
            bad.append(ch)
    return bad


# ---------------------------------------------------------------------------
# reference functions (generator side): every expected amount comes from these
# ---------------------------------------------------------------------------
P = F(1, 100)
PM = F(1, 1000)
D5_ENTER = {1: 50 * WAN, 2: 100 * WAN, 3: 200 * WAN}
D6_CERT = {"1": 1000 * WAN, "2": 500 * WAN, "imp": 1000 * WAN, "fg": 1000 * WAN}
D6_VET = {1: 300 * WAN, 2: 200 * WAN, 3: 100 * WAN}
D12_TIERS = [(5000 * WAN, 20 * WAN), (YI, 40 * WAN), (5 * YI, 200 * WAN), (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]
M_CEIL = {"m7": 2000 * WAN, "m12_rd": 1000 * WAN, "m12_inst": 300 * WAN, "m12_conf": 300 * WAN,
          "m13_first": 200 * WAN, "m13_park": 300 * WAN}
RULE_CITE = {"d5_enter": (D, "第五条"), "d6": (D, "第六条"), "d6_vet": (D, "第六条"), "d8_entrust": (D, "第八条"),
             "d8_prod": (D, "第八条"), "d8_sales": (D, "第八条"), "d11_fda": (D, "第十一条"),
             "d11_in": (D, "第十一条"), "d11_out": (D, "第十一条"), "d12_rev": (D, "第十二条"),
             "d12_out": (D, "第十二条"), "d13": (D, "第十三条"), "d15_cro": (D, "第十五条"),
             "d15_plat": (D, "第十五条"), "d16_event": (D, "第十六条"), "m5": (M, "（五）"), "m11": (M, "（十一）"),
             "m7": (M, "（七）"), "m12_rd": (M, "（十二）"), "m12_inst": (M, "（十二）"), "m12_conf": (M, "（十二）"),
             "m13_first": (M, "（十三）"), "m13_park": (M, "（十三）")}


def ref_d12_tier(prev, cur):
    """the single tier first crossed (prev in the tier below, cur above it and below the next)"""
    for i, (t, award) in enumerate(D12_TIERS):
        lower = D12_TIERS[i - 1][0] if i else 0
        upper = D12_TIERS[i + 1][0] if i + 1 < len(D12_TIERS) else 10 ** 12
        if lower <= prev < t < cur < upper:
            return award
    raise AssertionError("not a single-tier crossing: %s -> %s" % (prev, cur))


def ref_d13_eligible(x):
    rd = x["rd"]           # latest first: [去年, 前年, 大前年, ...]
    if not x.get("sme", False):
        return False
    if not x["rev_prev"] < 3000 * WAN:
        return False
    if not rd[0] + rd[1] >= 1000 * WAN:
        return False
    rising = all(rd[i] > rd[i + 1] for i in range(len(rd) - 1))
    if not rising:
        return False
    if not (len(rd) >= 4 or x.get("growth_stated")):
        return False
    return x.get("supported", 0) < 3


def ref_part(rule, x):
    """-> (amount Fraction, kind)"""
    if rule == "d5_enter":
        return D5_ENTER[x["stage"]] * x.get("n", 1), "fixed"
    if rule == "d6":
        return D6_CERT[x["cls"]] * x.get("n", 1), "upper_bound"
    if rule == "d6_vet":
        return D6_VET[x["cls"]] * x.get("n", 1), "upper_bound"
    if rule == "d8_entrust":
        return x["trade"] * 10 * P, "upper_bound"
    if rule == "d8_prod":
        return x["invest"] * 20 * P, "upper_bound"
    if rule == "d8_sales":
        return x["rev"] * 2 * PM, "fixed"
    if rule == "d11_fda":
        return sum(x["fees"], F(0)) * 30 * P, "upper_bound"
    if rule == "d11_in":
        return 100 * WAN * x.get("n", 1), "upper_bound"
    if rule == "d11_out":
        return 50 * WAN * len([u for u in x["usd"] if u > YI]), "upper_bound"
    if rule == "d12_rev":
        assert x["rev"] >= 5 * YI and x["first"]
        return x["rev"] * 2 * PM, "fixed"
    if rule == "d12_out":
        return ref_d12_tier(x["prev"], x["cur"]), "fixed"
    if rule == "d13":
        assert ref_d13_eligible(x)
        return x["rd"][0] * 10 * P, "upper_bound"
    if rule == "d15_cro":
        assert x.get("supported", 0) < 3
        return x["svc"] * 20 * P, "upper_bound"
    if rule == "d15_plat":
        return min(x["invest"] * 30 * P, F(3000 * WAN)), "upper_bound"
    if rule == "d16_event":
        assert x.get("market", True)
        return x["cost"] * 20 * P, "upper_bound"
    if rule == "m5":
        return min(x["eng"] * 30 * P, F(5000 * WAN)), "upper_bound"
    if rule == "m11":
        return min(x["inv"] * 50 * P, F(3000 * WAN)), "upper_bound"
    if rule in M_CEIL:
        return F(M_CEIL[rule]) * x.get("n", 1), "upper_bound"
    raise KeyError(rule)


def ref_eval(spec):
    """spec = {'op': 'sum'|'max', 'parts': [(rule, inputs), ...]} -> (amount, kind, [part amounts])"""
    vals = [ref_part(r, x) for r, x in spec["parts"]]
    amts = [a for a, _ in vals]
    total = max(amts) if spec.get("op") == "max" else sum(amts, F(0))
    kind = "upper_bound" if any(k == "upper_bound" for _, k in vals) else "fixed"
    return F(total), kind, amts


def ref_eligible(rule, x):
    """eligibility predicates used to assert that an 'ineligible' case really fails a stated condition"""
    if rule == "d13":
        return ref_d13_eligible(x)
    if rule == "d12_rev":
        return x["rev"] >= 5 * YI and x["first"]
    if rule == "d11_out":
        return any(u > YI for u in x["usd"]) and x.get("signed", True)
    if rule == "d12_out":
        try:
            ref_d12_tier(x["prev"], x["cur"])
        except AssertionError:
            return False
        return x.get("first", True)
    if rule == "d15_cro":
        return x.get("supported", 0) < 3
    raise KeyError(rule)


# ---------------------------------------------------------------------------
# oracle: independent re-implementation (Decimal arithmetic, own tables)
# ---------------------------------------------------------------------------
getcontext().prec = 40


def _d(x):
    x = F(x)
    return Decimal(x.numerator) / Decimal(x.denominator)


class Oracle:
    STAGE = {"1": Decimal("500000"), "2": Decimal("1000000"), "3": Decimal("2000000")}
    CERT = {"1": Decimal("1E7"), "2": Decimal("5E6"), "imp": Decimal("1E7"), "fg": Decimal("1E7")}
    VET = {"1": Decimal("3E6"), "2": Decimal("2E6"), "3": Decimal("1E6")}
    TIERS = [Decimal("5E7"), Decimal("1E8"), Decimal("5E8"), Decimal("1E9"), Decimal("2E9")]
    TIER_AWARD = [Decimal("2E5"), Decimal("4E5"), Decimal("2E6"), Decimal("5E6"), Decimal("1E7")]
    CEIL = {"m7": Decimal("2E7"), "m12_rd": Decimal("1E7"), "m12_inst": Decimal("3E6"),
            "m12_conf": Decimal("3E6"), "m13_first": Decimal("2E6"), "m13_park": Decimal("3E6")}
    FIXED_RULES = ("d5_enter", "d8_sales", "d12_rev", "d12_out")

    def part(self, rule, x):
        g = lambda k: _d(x[k])
        n = Decimal(x.get("n", 1))
        if rule == "d5_enter":
            return self.STAGE[str(x["stage"])] * n
        if rule == "d6":
            return self.CERT[x["cls"]] * n
        if rule == "d6_vet":
            return self.VET[str(x["cls"])] * n
        if rule == "d8_entrust":
            return g("trade") / 10
        if rule == "d8_prod":
            return g("invest") / 5
        if rule in ("d8_sales", "d12_rev"):
            base = g("rev")
            if rule == "d12_rev" and (base < Decimal("5E8") or not x["first"]):
                raise AssertionError("oracle: d12_rev not eligible")
            return base * 2 / 1000
        if rule == "d11_fda":
            return sum((_d(f) for f in x["fees"]), Decimal(0)) * 3 / 10
        if rule == "d11_in":
            return Decimal("1E6") * n
        if rule == "d11_out":
            return Decimal("5E5") * sum(1 for u in x["usd"] if _d(u) > Decimal("1E8"))
        if rule == "d12_out":
            prev, cur = g("prev"), g("cur")
            crossed = [i for i, t in enumerate(self.TIERS) if prev < t < cur]
            if len(crossed) != 1:
                raise AssertionError("oracle: d12_out crossing %s" % crossed)
            return self.TIER_AWARD[crossed[0]]
        if rule == "d13":
            if not self.sme_ok(x):
                raise AssertionError("oracle: d13 not eligible")
            return _d(x["rd"][0]) / 10
        if rule == "d15_cro":
            if x.get("supported", 0) >= 3:
                raise AssertionError("oracle: cro exhausted")
            return g("svc") / 5
        if rule == "d15_plat":
            return min(g("invest") * 3 / 10, Decimal("3E7"))
        if rule == "d16_event":
            return g("cost") / 5
        if rule == "m5":
            return min(g("eng") * 3 / 10, Decimal("5E7"))
        if rule == "m11":
            return min(g("inv") / 2, Decimal("3E7"))
        if rule in self.CEIL:
            return self.CEIL[rule] * n
        raise KeyError(rule)

    def sme_ok(self, x):
        rd = [_d(v) for v in x["rd"]]
        return (bool(x.get("sme")) and _d(x["rev_prev"]) < Decimal("3E7") and rd[0] + rd[1] >= Decimal("1E7")
                and all(a > b for a, b in zip(rd, rd[1:])) and (len(rd) >= 4 or bool(x.get("growth_stated")))
                and x.get("supported", 0) < 3)

    def eligible(self, rule, x):
        if rule == "d13":
            return self.sme_ok(x)
        if rule == "d12_rev":
            return _d(x["rev"]) >= Decimal("5E8") and bool(x["first"])
        if rule == "d11_out":
            return any(_d(u) > Decimal("1E8") for u in x["usd"]) and x.get("signed", True)
        if rule == "d12_out":
            prev, cur = _d(x["prev"]), _d(x["cur"])
            return len([t for t in self.TIERS if prev < t < cur]) == 1 and x.get("first", True)
        if rule == "d15_cro":
            return x.get("supported", 0) < 3
        raise KeyError(rule)

    def total(self, spec):
        amts = [self.part(r, x) for r, x in spec["parts"]]
        tot = max(amts) if spec.get("op") == "max" else sum(amts, Decimal(0))
        kind = "fixed" if all(r in self.FIXED_RULES for r, _ in spec["parts"]) else "upper_bound"
        return tot, kind


ORACLE = Oracle()


def amount_json(a):
    a = F(a)
    if a.denominator == 1:
        return int(a)
    assert (a * 100).denominator == 1, "amount with more than 2 decimals: %s" % a
    return float(dec(a))


# ---------------------------------------------------------------------------
# generation context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang          # 'zh' (Simplified templates, also mapped to zh-Hant) or 'en'
        self.money = []           # recorded money surfaces
        self.traits = []
        self.derived = []         # (value, source value, factor)

    # random helpers
    def r(self, seq):
        return self.rng.choice(list(seq))

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def chance(self, p):
        return self.rng.random() < p

    def wan(self, a, b, step=1):
        """a value in yuan drawn as a whole number of 万 in [a, b]"""
        return F(self.rng.randrange(a, b + 1, step) * WAN)

    def sample(self, seq, k):
        return self.rng.sample(list(seq), k)

    # money
    def m(self, v, style=None, role="in", approx=None):
        v = F(v)
        en = self.lang == "en"
        if style is None:
            style = self.r(en_styles(v) if en else zh_styles(v))
        if approx in ("余", "多"):
            s = dec(v / WAN) + ("万余元" if approx == "余" else "多万")
            style = "wan-" + ("yu" if approx == "余" else "duo")
        else:
            s = render_en(v, style, self.rng) if style.startswith("en_") else render_zh(v, style, self.rng)
            if approx in ("约", "大概", "大约"):
                s = approx + s
            elif approx in ("左右", "上下"):
                s = s + approx
            elif approx in ("about", "around", "roughly"):
                s = approx + " " + s
            elif approx:
                raise KeyError(approx)
        self.money.append({"s": s, "v": v, "cur": "CNY", "role": role, "approx": bool(approx)})
        self.traits.append("fmt-" + style)
        return s

    def usd(self, v, style=None, role="in", approx=None):
        v = F(v)
        if style is None:
            style = self.r(usd_styles(v, self.lang))
        s = render_usd(v, style, self.rng)
        if approx in ("约", "大概"):
            s = approx + s
        elif approx in ("左右",):
            s = s + approx
        elif approx in ("about", "around"):
            s = approx + " " + s
        self.money.append({"s": s, "v": v, "cur": "USD", "role": role, "approx": bool(approx)})
        self.traits.append("usd")
        return s

    def cell(self, v, unit, role="in"):
        """a number whose unit is stated elsewhere (table header, a later turn)"""
        v = F(v)
        div = {"千元": 1000, "万元": WAN, "十万元": 10 ** 5, "元": 1}[unit]
        q = v / div
        s = sep(q) if q.denominator == 1 and q >= 10000 else dec(q)
        self.money.append({"s": s, "v": v, "cur": "CNY", "role": role, "approx": False, "hint": unit})
        self.traits.append("unit-" + unit)
        return s

    def ref(self, s, v, cur="CNY"):
        """a policy figure the user mentions (a tier, a threshold)"""
        self.money.append({"s": s, "v": F(v), "cur": cur, "role": "ref", "approx": False})
        return s

    def derive(self, v, src, factor):
        self.derived.append((F(v), F(src), F(factor)))
        return F(v)

    def t(self, *names):
        self.traits.extend(names)


def sp(*parts, op="sum"):
    return {"op": op, "parts": [(r, x) for r, x in parts]}


def R(turns, status, cite=(), spec=None, amode=None, inc=(), wrong=(), tag="calc", traits=(), elig=None,
      auto_inc=True, inc_all=False):
    if isinstance(turns, str):
        turns = [turns]
    if amode is None:
        amode = "value" if spec else "omit"
    return {"turns": list(turns), "status": list(status), "cite": [list(x) for x in cite], "spec": spec,
            "amode": amode, "inc": list(inc), "wrong": list(wrong), "tag": tag, "traits": list(traits),
            "elig": elig, "auto_inc": auto_inc, "inc_all": inc_all}


ANS = ["answered"]
NI = ["needs_info"]
INEL = ["ineligible"]
OOS = ["out_of_scope"]
CHIT = ["answered", "out_of_scope", "needs_info"]

# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
CO_ZH = ["昌研生物", "禾木医药", "北辰基因", "百川药业", "未名细胞", "谷川抗体", "康桥医药科技", "星河制药",
         "沙河生物", "回龙观医药", "科瑞医疗", "博纳生物", "泰和药业", "天通苑生物", "南口制药", "小汤山医药",
         "龙泽基因", "安泰医药研发", "瑞德检测", "华晟动保", "青松生物", "明澜药业"]
CO_EN = ["Helix Bio", "Northstar Pharma", "Cedar Therapeutics", "Lumen Biologics", "Orchid Clinical",
         "Summit Biotech", "Keystone Pharma", "Blue Peak Bio", "Riverstone Labs", "Maple Genomics"]
PEOPLE = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "孙悦", "周婷", "吴昊"]
PEOPLE_EN = ["Wei Zhang", "Na Li", "Fang Wang", "Yang Liu", "Jing Chen", "Tom Baker", "Anna Smith"]
PINYIN = {"张伟": "zhangwei", "李娜": "lina", "王芳": "wangfang", "刘洋": "liuyang", "陈静": "chenjing",
          "杨帆": "yangfan", "赵磊": "zhaolei", "孙悦": "sunyue", "周婷": "zhouting", "吴昊": "wuhao"}
ROADS = ["生命园路", "科技园路", "中关村生命科学园", "回昌东路", "昌平路", "北清路", "未来科学城南区路"]
MNC = ["辉瑞", "诺华", "罗氏", "默沙东", "阿斯利康", "赛诺菲", "礼来", "强生"]
MNC_EN = ["Pfizer", "Novartis", "Roche", "MSD", "AstraZeneca", "Sanofi", "Eli Lilly"]
COUNTRY = ["美国", "德国", "日本", "英国", "瑞士", "韩国"]
COUNTRY_EN = ["the US", "Germany", "Japan", "the UK", "Switzerland", "Korea"]
RELAY = ["客户来电问：", "有企业咨询，", "12345热线转来一个工单：", "前台转过来一个问题：", "帮客户问一下：",
         "有家企业打电话来问，"]
CLS1 = [("1类化药", "Class 1 chemical drug"), ("1类化学药", "Class 1 chemical drug"),
        ("1类生物制品", "Class 1 biological product"), ("1类中药", "Class 1 traditional Chinese medicine"),
        ("1类抗体药（生物制品）", "Class 1 antibody (biological product)")]
CLS2 = [("2类生物制品", "Class 2 biological product"), ("2类化学药", "Class 2 chemical drug"),
        ("2类中药", "Class 2 traditional Chinese medicine")]
ST_ZH = {1: ["Ⅰ期", "I期", "一期", "1期"], 2: ["Ⅱ期", "II期", "二期", "2期"], 3: ["Ⅲ期", "III期", "三期", "3期"]}
ST_VOICE = {1: "一期", 2: "二期", 3: "三期"}
ST_EN = {1: ["Phase I", "Phase 1"], 2: ["Phase II", "Phase 2"], 3: ["Phase III", "Phase 3"]}
NUM_ZH = {1: ["1个", "一个"], 2: ["2个", "两个"], 3: ["3个", "三个"], 4: ["4个", "四个"]}
NUM_EN = {1: "one", 2: "two", 3: "three", 4: "four"}
CRO_T = ["CRO", "CDMO", "CMO"]
PLAT_T = [("实验动物服务", "laboratory-animal service"), ("检验检测服务", "testing and inspection"),
          ("临床转化服务", "clinical translation service"), ("标杆型孵化器", "flagship incubator")]
VET_ZH = {1: "一类", 2: "二类", 3: "三类"}
VET_EN = {1: "Class I", 2: "Class II", 3: "Class III"}
FILL = ["嗯", "那个", "就是说", "呃", "然后", "就是"]
HELLO = ["在吗", "你好", "hi", "您好", "在不在", "打扰一下"]


def co(c):
    return c.r(CO_EN if c.lang == "en" else CO_ZH)


def drug(c):
    return "%s-%d" % (c.r(["CP", "XB", "HM", "LG", "BT", "RX", "ZK", "NS", "QY", "TH"]), c.ri(11, 989))


def stz(c, st):
    return c.r(ST_ZH[st])


def ste(c, st):
    return c.r(ST_EN[st])


def numz(c, n):
    return c.r(NUM_ZH[n])


def fl(c):
    return c.r(FILL)


def relay(c):
    return c.r(RELAY)


def phone(c):
    return c.r(["010-8%07d" % c.ri(0, 9999999), "1%d%09d" % (c.r([3, 5, 8]), c.ri(0, 999999999))])


def regno(c):
    return "91110114MA0%s" % "".join(c.r("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))


def date_zh(c):
    return "2026年%d月%d日" % (c.ri(2, 11), c.ri(1, 28))


def email_zh(c, subject, body, cap=True):
    name = c.r(PEOPLE)
    company = co(c)
    lines = ["主题：" + subject,
             "发件人：%s <%s@%s.com.cn>" % (name, PINYIN[name], c.r(["cpbio", "lifevalley", "bjpharma", "hmyy"])),
             "日期：" + date_zh(c), "", c.r(["您好：", "老师好：", "各位好，"]), body, "",
             c.r(["此致", "谢谢！", "盼复。"]), name, "%s %s" % (company, c.r(["政策申报部", "财务部", "总经办", "BD部"])),
             "电话：" + phone(c),
             "地址：北京市昌平区%s%d号%s" % (c.r(ROADS), c.ri(1, 99), c.r(["院", "", "%d号楼" % c.ri(1, 12)])),
             "统一社会信用代码：" + regno(c)]
    extra = "员工人数：%d人" % c.ri(18, 900)
    if cap:
        extra += "；注册资本：" + c.m(c.wan(500, 20000, 500), role="dis")
    lines.append(extra)
    c.t("email", "header-distractors")
    return "\n".join(lines)


def email_en(c, subject, body, cap=True):
    name = c.r(PEOPLE_EN)
    lines = ["Subject: " + subject, "From: %s <%s@%s.com>" % (name, name.split()[0].lower(), c.r(["helixbio", "npharma"])),
             "Date: %s %d, 2026" % (c.r(["March", "April", "May", "June", "Sept."]), c.ri(1, 28)), "",
             "Dear policy desk,", body, "", "Best regards,", name, co(c),
             "Tel: +86 10 8%03d %04d" % (c.ri(0, 999), c.ri(0, 9999)),
             "Address: No. %d Life Science Park Road, Changping, Beijing" % c.ri(1, 99),
             "Registration No.: " + regno(c)]
    extra = "Headcount: %d" % c.ri(18, 900)
    if cap:
        extra += "; registered capital: " + c.m(c.wan(500, 20000, 500), role="dis")
    lines.append(extra)
    c.t("email", "header-distractors")
    return "\n".join(lines)


def voice(s):
    """strip punctuation the way a voice transcript would"""
    return re.sub(r"[，。？！、；：,.?!;:]", " ", s).replace("  ", " ").strip()


DOC_D_ZH = ["支持办法", "昌平组团那个支持办法", "自贸区昌平组团的支持办法", "《支持办法》（征求意见稿）", "医药健康支持办法"]
DOC_M_ZH = ["若干措施", "2026-2028年若干措施", "《关于支持昌平区医药健康产业高质量发展的若干措施》", "昌平医药健康若干措施（2026-2028年）"]
DOC_D_EN = ["the Changping zone draft support measures", "the draft support measures (zone)", "the zone support measures"]
DOC_M_EN = ["the 2026-2028 Changping measures", "the Several Measures (2026-2028)", "the 2026-2028 measures"]


def dd(c):
    return c.r(DOC_D_EN if c.lang == "en" else DOC_D_ZH)


def dm(c):
    return c.r(DOC_M_EN if c.lang == "en" else DOC_M_ZH)


def pct_wrong(v, pct):
    return F(v) * pct * P
