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
_APPROX = ("大约", "大約", "大概", "约", "約", "左右", "上下", "余", "餘", "多", "出头", "出頭", "about ", "around ", "roughly ", "approximately ")


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
    for p in ("人民币", "人民幣", "RMB", "CNY", "¥", " yuan", "块钱", "塊錢", "块", "塊", "元"):
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
_NUM = r"[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
RX_MONEY = [
    re.compile(_NUM + r"(?:\s?(?:个|個)?(?:千万|千萬|万|萬|亿|億|千元|元|块|塊|美元|美金|刀)|(?:kw|w|W)(?![0-9A-Za-z]))"),
    re.compile(r"[零一二两兩三四五六七八九十百千万萬亿億个個]*[一二两兩三四五六七八九][零一二两兩三四五六七八九十百千万萬亿億个個]*(?:万|萬|亿|億|元|块|塊|美元)"),
    re.compile(r"(?:RMB|CNY|USD|US\$|¥|\$)\s?\d+(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|billion|bn|m|M|k|万|亿)(?![A-Za-z]))?"),
    re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?\s?(?:million|billion)(?:\s(?:yuan|US dollars|RMB))?"),
    re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?\s?yuan"),
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
    "强強澜瀾税稅见見观觀诺諾账賬赵趙"
)
TRAD = {}
for _i in range(0, len(_T_PAIRS), 2):
    TRAD[_T_PAIRS[_i]] = _T_PAIRS[_i + 1]
TRAD_PHRASES = [("注册", "註冊"), ("标准", "標準"), ("准确", "準確"), ("准备", "準備"), ("制造", "製造"),
                ("制药", "製藥"), ("制剂", "製劑"), ("重复", "重複"), ("答复", "答覆"), ("回复", "回覆"),
                ("联系", "聯繫"), ("关系", "關係"), ("上周", "上週"), ("老板", "老闆"), ("汇总", "彙總"),
                ("复核", "複核"), ("咨询", "諮詢"), ("委托", "委託"), ("制品", "製品"), ("里程碑", "里程碑"), ("千里", "千里")]
TRAD_OK_NON_BIG5 = set("‰✅👇①②③④·—")   # symbols allowed in zh-Hant text although big5 lacks them


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

    def raw(self, s, v, role="in", cur="CNY"):
        """a surface written out by the template itself (e.g. '5,600千元')"""
        self.money.append({"s": s, "v": None if v is None else F(v), "cur": cur, "role": role, "approx": False})
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


CYCLE = Counter()
STATUS_ORDER = ["answered", "ineligible", "needs_info", "out_of_scope"]


def cyc(key, seq):
    """deterministic round-robin over sub-topics of a family (reset at the start of every generation)"""
    seq = list(seq)
    i = CYCLE[key]
    CYCLE[key] += 1
    return seq[i % len(seq)]


def sp(*parts, op="sum"):
    return {"op": op, "parts": [(r, x) for r, x in parts]}


def R(turns, status, cite=(), spec=None, amode=None, inc=(), wrong=(), tag="calc", traits=(), elig=None,
      auto_inc=True, inc_all=False):
    if isinstance(turns, str):
        turns = [turns]
    if amode is None:
        amode = "value" if spec else "omit"
    return {"turns": list(turns), "status": sorted(status, key=STATUS_ORDER.index), "cite": [list(x) for x in cite], "spec": spec,
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
    return "91110114MA0%s" % "".join(c.r("0123456789ABCDEFGHJKLMNPQRTUXY") for _ in range(7))


def date_zh(c, lo=1, hi=9):
    """a 2026 date; body dates fall in Jan-Sep, e-mail header dates in Oct-Dec (so events precede the e-mail)"""
    return "2026年%d月%d日" % (c.ri(lo, hi), c.ri(1, 28))


def email_zh(c, subject, body, cap=True, company=None):
    name = c.r(PEOPLE)
    company = company or co(c)
    lines = ["主题：" + subject,
             "发件人：%s <%s@%s.com.cn>" % (name, PINYIN[name], c.r(["cpbio", "lifevalley", "bjpharma", "hmyy"])),
             "日期：" + date_zh(c, 10, 12), "", c.r(["您好：", "老师好：", "各位好，"]), body, "",
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
             "Date: %s %d, 2026" % (c.r(["Oct.", "Nov.", "Dec."]), c.ri(1, 28)), "",
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
    """strip punctuation the way a voice transcript would (digit group separators / decimal points kept)"""
    s = re.sub(r"[，。？！、；：（）?!;:()]", " ", s)
    s = re.sub(r"(?<!\d)[,.]|[,.](?!\d)", " ", s)
    return re.sub(r" +", " ", s).strip()


DOC_D_ZH = ["支持办法", "昌平组团那个支持办法", "自贸区昌平组团的支持办法", "《支持办法》（征求意见稿）", "医药健康支持办法"]
DOC_M_ZH = ["若干措施", "2026-2028年若干措施", "《关于支持昌平区医药健康产业高质量发展的若干措施》", "昌平医药健康若干措施（2026-2028年）"]
DOC_D_EN = ["the Changping zone draft support measures", "the draft support measures (zone)", "the zone support measures"]
DOC_M_EN = ["the 2026-2028 Changping measures", "the Several Measures (2026-2028)", "the 2026-2028 measures"]


def dd(c):
    return c.r(DOC_D_EN if c.lang == "en" else DOC_D_ZH)


def dm(c):
    return c.r(DOC_M_EN if c.lang == "en" else DOC_M_ZH)


CN_NUM_AR = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12,
             "十三": 13, "十四": 14, "十五": 15, "十六": 16, "十七": 17}


def art_en(art):
    """（十三） -> (13) for English questions"""
    return "(%d)" % CN_NUM_AR[art.strip("（）")]


def pct_wrong(v, pct):
    return F(v) * pct * P


# ===========================================================================
# CALC families: single-turn calculations
# ===========================================================================
def c_enter(c, v):
    st = c.r([1, 2, 3])
    n = c.r([1, 1, 1, 2, 2, 3]) if v != 2 else 1
    ck, ce = c.r(CLS1)
    spec = sp(("d5_enter", {"stage": st, "n": n}))
    cite = [(D, "第五条")]
    c.t("phase-entry")
    if c.lang == "en":
        subj = "One of our" if n == 1 else NUM_EN[n].capitalize() + " of our"
        q = "%s %s candidates entered %s clinical trials this year (first patient dosed). Under %s, how much award can we get in total?" % (
            subj, ce, ste(c, st), dd(c))
        return R(q, ANS, cite, spec, traits=["phase-entry"])
    if v == 0:
        q = "%s他们有%s%s今年进入%s临床试验，按%s一共能拿多少奖励？" % (relay(c), numz(c, n), ck, stz(c, st), dd(c))
        c.t("relay")
    elif v == 1:
        q = "%s %s我们公司有%s%s %s今年刚进%s临床 %s想问一下按那个支持办法能奖励多少钱" % (
            fl(c), fl(c), c.r(NUM_ZH[n][1:]), ck, fl(c), ST_VOICE[st], fl(c))
        q = voice(q)
        c.t("voice")
    elif v == 2:
        q = "我们的%s（%s）%s已经first patient in了，也就是正式进入%s临床试验。按%s第五条，这个milestone能拿多少award？" % (
            drug(c), ck, c.r(ST_EN[st]), stz(c, st), dd(c))
        c.t("code-mix")
    else:
        body = "我司%s%s于%s获批并正式进入%s临床试验（首例受试者已入组），公司将在昌平实施产业化。请问按《支持办法》可获多少奖励？" % (
            ck, "、".join(drug(c) for _ in range(n)) + ("共%d个品种" % n if n > 1 else ""), date_zh(c), stz(c, st))
        q = email_zh(c, "新药临床阶段奖励咨询", body)
    return R(q, ANS, cite, spec)


def c_enter_prior(c, v):
    sp_prior = c.r([1, 2])
    st = c.r([s for s in (2, 3) if s > sp_prior])
    ck, ce = c.r(CLS1)
    prior = D5_ENTER[sp_prior]
    spec = sp(("d5_enter", {"stage": st, "n": 1}))
    c.t("award-received", "distractor")
    if c.lang == "en":
        q = "Our %s %s got the %s award of %s when it entered %s two years ago. It entered %s this year. How much is this year's award?" % (
            ce, drug(c), ste(c, sp_prior), c.m(prior, role="dis"), ste(c, sp_prior), ste(c, st))
    elif v == 0:
        q = "我们的%s%s前年进%s的时候已经拿过%s的奖励了，今年进入%s临床，这次能拿多少？" % (
            ck, drug(c), stz(c, sp_prior), c.m(prior, role="dis"), stz(c, st))
    else:
        q = "%s他们的%s在%d年进入%s时领过%s，现在同一个品种进入%s了，问这一阶段的奖励是多少。另外他们说明年计划再投%s做后续研究。" % (
            relay(c), ck, c.r([2023, 2024, 2025]), stz(c, sp_prior), c.m(prior, role="dis"), stz(c, st),
            c.m(c.wan(2000, 9000, 100), role="dis"))
        c.t("relay", "plan-figure")
    return R(q, ANS, [(D, "第五条")], spec)


def c_cert(c, v):
    cls = c.r(["1", "1", "2", "imp", "fg"])
    if cls == "1":
        zk, ek = c.r(CLS1)
    elif cls == "2":
        zk, ek = c.r(CLS2)
        zk, ek = "经认定的" + zk, ek + " (recognised)"
    elif cls == "imp":
        zk, ek = "经认定的重大改良型新药", "recognised major improved new drug"
    else:
        zk, ek = "首仿药（已经认定）", "recognised first generic"
    spec = sp(("d6", {"cls": cls, "n": 1}))
    c.t("certificate", "cert-" + cls)
    rd = c.wan(3000, 60000, 100)
    if c.lang == "en":
        q = "We have just received the drug registration certificate for %s, a %s, and commercial production has started in Changping. R&D spend so far: %s. What is the most we can get under %s?" % (
            drug(c), ek, c.m(rd, role="dis"), dd(c))
    elif v == 0:
        q = "%s他们的%s%s上个月拿到了药品注册证书，已经在昌平的工厂投产。他们说研发前后投了%s，问按支持办法单品种最多能给多少？" % (
            relay(c), zk, drug(c), c.m(rd, role="dis"))
        c.t("relay")
    elif v == 1:
        q = "【申报预审表】\n企业名称：%s\n统一社会信用代码：%s\n品种：%s（%s）\n注册证书获批日期：2026-%02d-%02d\n产业化情况：已在昌平投产\n累计研发投入：%s\n员工人数：%d人\n问题：本品种按支持办法可获支持金额？" % (
            co(c), regno(c), drug(c), zk, c.ri(1, 9), c.ri(1, 28), c.m(rd, role="dis"), c.ri(40, 600))
        c.t("form", "header-distractors")
    else:
        q = "我们的%s（%s）NDA approved了，注册证书拿到了，commercial production也已经在昌平启动。按%s第六条能拿多少？" % (
            drug(c), zk, dd(c))
        c.t("code-mix")
    return R(q, ANS, [(D, "第六条")], spec)


def c_vet(c, v):
    cls = c.r([1, 2, 3])
    spec = sp(("d6_vet", {"cls": cls, "n": 1}))
    c.t("vet")
    sales = c.wan(300, 8000, 10)
    if c.lang == "en":
        q = "We make veterinary vaccines. Our %s new veterinary drug registration certificate has just been issued and the product is in production in Changping (expected sales %s). How much support is available?" % (
            VET_EN[cls], c.m(sales, role="dis"))
    elif v == 0:
        q = voice("喂 你好 %s我们是做动物疫苗的 %s%s新兽药注册证书刚下来 已经在昌平量产了 预计一年能卖%s 想问下能支持多少" % (
            fl(c), fl(c), VET_ZH[cls], c.m(sales, style="cn_plain" if sales % WAN == 0 else None, role="dis")))
        c.t("voice")
    else:
        body = "我司兽用化学药品（抗生素）新品于%s取得%s新兽药注册证书，已在昌平基地实施产业化，预计年销售额%s。请问可申请多少资金支持？" % (
            date_zh(c), VET_ZH[cls], c.m(sales, role="dis", approx="约"))
        q = email_zh(c, "新兽药支持咨询", body)
    return R(q, ANS, [(D, "第六条")], spec)


def c_entrust(c, v):
    actual = c.wan(300, 8000, 10)
    contract = actual + c.wan(200, 5000, 10)
    spec = sp(("d8_entrust", {"trade": actual}))
    c.t("mah-entrust", "distractor")
    wrong = [pct_wrong(contract, 10), pct_wrong(actual, 20)]
    if c.lang == "en":
        q = "As the marketing authorisation holder we outsource production of %s to a Changping CDMO. Contract value %s, actual transaction amount so far %s. How much support can we get?" % (
            drug(c), c.m(contract, role="dis"), c.m(actual))
    elif v == 0:
        q = "我们是MAH（药品上市许可持有人），委托昌平一家医药企业生产我们的%s。合同总价%s，目前实际交易额%s，按%s能补多少？" % (
            drug(c), c.m(contract, role="dis"), c.m(actual), dd(c))
    elif v == 1:
        q = "%s他们作为持有人，把%s委托给别的医药健康企业生产，今年实际交易额%s；另一个品种还在谈，预计交易额%s（还没签）。问已经发生交易的这个品种能拿多少。" % (
            relay(c), drug(c), c.m(actual), c.m(contract, role="dis"))
        c.t("relay", "plan-figure")
    else:
        q = "我们MAH委托CMO生产%s，actual transaction amount今年是%s，PO总额%s。按第八条能拿多少？" % (
            drug(c), c.m(actual), c.m(contract, role="dis"))
        c.t("code-mix")
    return R(q, ANS, [(D, "第八条")], spec, wrong=wrong)


def c_mahprod(c, v):
    inv = c.wan(800, 15000, 10)
    plan = inv + c.wan(500, 6000, 100)
    spec = sp(("d8_prod", {"invest": inv}))
    c.t("mah-production", "plan-figure")
    wrong = [pct_wrong(plan, 20), pct_wrong(inv, 10)]
    if c.lang == "en":
        q = "We are a CDMO producing %s for a client under the MAH system. We planned to invest %s but actually invested %s. How much support is possible?" % (
            drug(c), c.m(plan, role="dis"), c.m(inv))
    elif v == 0:
        q = "我们是CDMO，按照药品上市许可持有人制度为客户承担%s的生产，为此实际投入了%s（原计划投入%s）。能拿多少支持？" % (
            drug(c), c.m(inv), c.m(plan, role="dis"))
    else:
        q = "有企业咨询承担生产那条：他们按持有人制度给一家biotech代工%s，产线改造计划投%s，实际投入是%s。他们问按%s最多补多少。" % (
            drug(c), c.m(plan, role="dis"), c.m(inv), dd(c))
        c.t("relay")
    return R(q, ANS, [(D, "第八条")], spec, wrong=wrong)


def c_sales(c, v):
    rev = c.wan(15000, 300000, 100)
    profit = c.wan(200, 5000, 10)
    spec = sp(("d8_sales", {"rev": rev}))
    c.t("sales-platform")
    wrong = [pct_wrong(rev, 2), F(profit) * 2 * PM]
    if c.lang == "en":
        q = "We run a pharmaceutical sales platform company in Changping. Annual sales revenue last year: %s; net profit %s. How much support do we get under Article 8?" % (
            c.m(rev), c.m(profit, role="dis"))
    elif v == 0:
        q = "我们是一家医药健康销售平台型企业，去年年度销售收入%s，净利润%s，按%s能拿多少支持？" % (c.m(rev), c.m(profit, role="dis"), dd(c))
    elif v == 1:
        q = voice("%s我们是做医药销售平台的 去年销售收入大概 呃不是大概 就是%s整 利润没多少 就%s 能给多少" % (
            fl(c), c.m(rev, style="cn_plain"), c.m(profit, style="cn_plain", role="dis")))
        c.t("voice")
    else:
        q = "%s他们是医药电商平台（销售平台型企业），说去年销售收入是%s，他们以为是按2%%给，问到底能拿多少。" % (relay(c), c.m(rev))
        c.t("relay", "claimed-rate")
    return R(q, ANS, [(D, "第八条")], spec, wrong=wrong)


def fda_fees(c):
    a = c.wan(60, 400, 1)
    b = c.wan(15, 160, 1)
    d_ = c.wan(8, 90, 1)
    dom = c.wan(800, 9000, 100)
    return a, b, d_, dom


def c_fda(c, v):
    a, b, d_, dom = fda_fees(c)
    auth = c.r(["FDA", "EMA", "美国FDA", "欧盟EMA"])
    spec = sp(("d11_fda", {"fees": [a, b, d_]}))
    c.t("fda", "excluded-cost")
    wrong = [pct_wrong(a + b + d_ + dom, 30)]
    if c.lang == "en":
        q = "%s was newly approved by the %s this year. Costs: overseas registration fees %s, testing fees %s, local agent fees %s; we also spent %s on the domestic Phase III. How much can be reimbursed?" % (
            drug(c), c.r(["FDA", "EMA"]), c.m(a), c.m(b), c.m(d_), c.m(dom, role="dis"))
    elif v == 0:
        q = "我们的%s今年新获得了%s批准。费用明细：海外注册费%s，检测费%s，当地代理费%s；另外国内临床试验花了%s。按%s能补多少？" % (
            drug(c), auth, c.m(a), c.m(b), c.m(d_), c.m(dom, role="dis"), dd(c))
    elif v == 1:
        body = "我司%s已于%s新获%s认证。相关费用如下：\n1）海外注册费：%s\n2）检测费：%s\n3）当地代理费：%s\n4）国内生产线改造：%s\n请问第十一条可支持多少？" % (
            drug(c), date_zh(c), auth, c.m(a), c.m(b), c.m(d_), c.m(dom, role="dis"))
        q = email_zh(c, "国际认证费用支持", body)
    else:
        q = "%s approval拿到了！registration fee %s，testing fee %s，local agent fee %s，还有国内的CMC产线改造%s，按第十一条能报多少？" % (
            auth, c.m(a), c.m(b), c.m(d_), c.m(dom, role="dis"))
        c.t("code-mix")
    return R(q, ANS, [(D, "第十一条")], spec, wrong=wrong)


def c_licin(c, v):
    n = c.r([1, 1, 2])
    up = F(c.ri(5, 80) * 10 ** 6)
    spec = sp(("d11_in", {"n": n}))
    c.t("license-in")
    if c.lang == "en":
        q = "Through license-in deals from %s we brought in %s product%s; %s now launched in China and manufactured in Changping. The upfront payment was %s. How much support?" % (
            c.r(COUNTRY_EN), NUM_EN[n], "s" if n > 1 else "", "both are" if n > 1 else "it is", c.usd(up, role="dis"))
    elif v == 0:
        q = "我们通过License-in从%s引进了%s产品，%s已经在国内获批上市，并在昌平产业化。当时首付款%s。按%s能拿多少？" % (
            c.r(COUNTRY), numz(c, n), "都" if n > 1 else "", c.usd(up, role="dis"), dd(c))
    else:
        q = "%s他们从海外License-in的%s去年已经上市，在昌平生产，引进时一共付了%s，问按支持办法单品种能给多少。" % (
            relay(c), drug(c), c.usd(up, role="dis"))
        c.t("relay")
    return R(q, ANS, [(D, "第十一条")], spec)


def c_licout(c, v):
    tot = F(c.ri(105, 900) * 10 ** 6)
    up = F(c.ri(5, 60) * 10 ** 6)
    spec = sp(("d11_out", {"usd": [tot], "signed": True}))
    c.t("license-out", "upfront-distractor")
    if c.lang == "en":
        q = "We signed a license-out deal for %s with %s: total contract value %s, upfront %s. The contract is signed. How much can we get?" % (
            drug(c), c.r(MNC_EN), c.usd(tot), c.usd(up, role="dis"))
    elif v == 0:
        q = "我们跟%s签了%s的License-out协议，合同总额%s，首付款%s，已经正式签约。按%s能拿多少？" % (
            c.r(MNC), drug(c), c.usd(tot), c.usd(up, role="dis"), dd(c))
    elif v == 1:
        q = "上个月和big pharma签了out-licensing deal，total deal value %s（含milestone），upfront %s，合同已经签了，能申请多少？" % (
            c.usd(tot), c.usd(up, role="dis"))
        c.t("code-mix")
    else:
        q = "%s他们的%s授权给%s，合同总额%s，合同已签订，问能不能拿支持、多少钱。" % (relay(c), drug(c), c.r(MNC), c.usd(tot))
        c.t("relay")
    return R(q, ANS, [(D, "第十一条")], spec)


def c_rev5(c, v):
    main = c.wan(50100, 90000, 100)
    tot = main + c.wan(1000, 9000, 100)
    prev = c.wan(30000, 49000, 100)
    spec = sp(("d12_rev", {"rev": main, "first": True}))
    c.t("revenue-5yi", "distractor")
    wrong = [F(tot) * 2 * PM, pct_wrong(main, 2)]
    if c.lang == "en":
        q = "Last year our main-business revenue was %s, the first time we passed %s (the year before: %s). Total operating revenue incl. other income was %s. How much support under Article 12?" % (
            c.m(main), c.ref("RMB 500 million", 5 * YI), c.m(prev, role="dis"), c.m(tot, role="dis"))
    elif v == 0:
        q = "我们去年主营业务收入%s，第一次过%s（前年是%s）；营业收入总共%s，其中有一部分是房租等其他业务收入。按第十二条能拿多少？" % (
            c.m(main), c.ref("5个亿", 5 * YI), c.m(prev, role="dis"), c.m(tot, role="dis"))
    elif v == 1:
        body = "我司2025年度（上一年度）经审计主营业务收入%s，系公司首次突破%s；营业收入合计%s（含投资收益等）。2024年度主营业务收入%s。请问可获多少支持？" % (
            c.m(main), c.ref("5亿元", 5 * YI), c.m(tot, role="dis"), c.m(prev, role="dis"))
        q = email_zh(c, "扩能升级支持测算", body)
    else:
        q = "我们FY2025 main business revenue是%s，首次突破%s；total revenue %s（含投资收益）。按%s能拿多少？" % (
            c.m(main), c.ref("5亿", 5 * YI), c.m(tot, role="dis"), dd(c))
        c.t("code-mix", "fiscal-year")
    return R(q, ANS, [(D, "第十二条")], spec, wrong=wrong)


TIER_ZH = {0: ["5000万", "五千万"], 1: ["1亿", "1个亿", "一个亿"], 2: ["5亿", "五个亿"], 3: ["10亿", "十个亿"], 4: ["20亿", "二十亿"]}
TIER_EN = {0: "RMB 50 million", 1: "RMB 100 million", 2: "RMB 500 million", 3: "RMB 1 billion", 4: "RMB 2 billion"}


def output_pair(c, k):
    """prev strictly inside the tier below tier k, cur strictly between tier k and tier k+1"""
    t = D12_TIERS[k][0]
    lower = D12_TIERS[k - 1][0] if k else 0
    upper = D12_TIERS[k + 1][0] if k + 1 < len(D12_TIERS) else 30 * YI
    step = 100 * WAN if t <= YI else 1000 * WAN
    lo_prev = max(lower, t // 2)
    prev = F(c.rng.randrange(lo_prev // step + 1, t // step) * step)
    cur = F(c.rng.randrange(t // step + 1, min(upper, t * 2) // step) * step)
    assert lower <= prev < t < cur < upper
    return prev, cur


def tier_ref(c, k):
    if c.lang == "en":
        return c.ref(TIER_EN[k], D12_TIERS[k][0])
    return c.ref(c.r(TIER_ZH[k]), D12_TIERS[k][0])


def c_output(c, v):
    k = c.r([0, 0, 1, 1, 2, 3, 4])
    prev, cur = output_pair(c, k)
    d = drug(c)
    spec = sp(("d12_out", {"prev": prev, "cur": cur}))
    c.t("output-tier")
    prior = ""
    if k > 0 and c.chance(0.6):
        c.t("award-received")
        if c.lang == "en":
            prior = " We already received the %s award for the %s tier earlier." % (c.m(D12_TIERS[k - 1][1], role="dis"), tier_ref(c, k - 1))
        else:
            prior = "%s那一档之前已经拿过%s了。" % (tier_ref(c, k - 1), c.m(D12_TIERS[k - 1][1], role="dis"))
    if c.lang == "en":
        q = "Annual output of our product %s was %s last year, the first time it passed %s (the year before: %s).%s How much is the award?" % (
            d, c.m(cur), tier_ref(c, k), c.m(prev), prior)
    elif v == 0:
        q = "我们的%s去年单品种年产值%s，第一次过%s，前年是%s。%s这次能拿多少奖励？" % (d, c.m(cur), tier_ref(c, k), c.m(prev), prior)
    elif v == 1:
        q = voice("%s我们有个品种 %s前年产值是%s 去年做到了%s 以前从来没到过%s %s能奖励多少" % (
            fl(c), fl(c), c.m(prev, style="cn_plain"), c.m(cur, style="cn_plain"), tier_ref(c, k), prior))
        c.t("voice")
    else:
        q = "品种 | 2024年产值 | 2025年产值\n%s | %s | %s\n\n这个品种以前年产值从没超过%s。%s按第十二条能拿多少？" % (
            d, c.m(prev), c.m(cur), tier_ref(c, k), prior)
        c.t("table")
    return R(q, ANS, [(D, "第十二条")], spec)


SME_ZH = ["小微企业", "中小企业", "小型企业", "中型企业（按工信部划型标准）", "中小微企业"]


def sme_series(c, k=4, total_min=1050):
    """four (or k) strictly rising R&D values, latest first, latest two summing to >= total_min 万"""
    while True:
        r1 = c.wan(520, 1600, 10)
        r2 = F(int(r1 * F(c.ri(55, 95), 100) / (10 * WAN)) * 10 * WAN)
        if r2 < r1 and r1 + r2 >= total_min * WAN:
            break
    rd = [r1, r2]
    while len(rd) < k:
        rd.append(F(int(rd[-1] * F(c.ri(55, 92), 100) / (10 * WAN)) * 10 * WAN))
    assert all(a > b for a, b in zip(rd, rd[1:]))
    return rd


def c_sme(c, v):
    rev = c.wan(400, 2900, 10)
    sup = c.r([0, 0, 1, 2])
    sme = c.r(SME_ZH)
    c.t("sme-rd")
    if v == 0 or c.lang == "en" and v == 0:
        rd = sme_series(c, 4)
        x = {"rev_prev": rev, "rd": rd, "sme": True, "supported": sup}
    else:
        rd = sme_series(c, 2)
        x = {"rev_prev": rev, "rd": rd, "sme": True, "growth_stated": True, "supported": sup}
    spec = sp(("d13", x))
    wrong = [pct_wrong(rd[0] + rd[1], 10)]
    if sup:
        c.t("cumulative-limit")
    if c.lang == "en":
        sup_t = " We have been supported under this article for %d year%s already." % (sup, "s" if sup > 1 else "") if sup else ""
        q = "We are a small enterprise (SME). Revenue last year: %s. R&D spending: 2022 %s, 2023 %s, 2024 %s, 2025 %s (2025 is last year).%s How much can we get under Article 13?" % (
            c.m(rev), c.m(rd[3]), c.m(rd[2]), c.m(rd[1]), c.m(rd[0]), sup_t)
        return R(q, ANS, [(D, "第十三条")], spec, wrong=wrong)
    sup_t = ("之前已经拿过%d年这个支持。" % sup) if sup else ""
    if v == 0:
        q = "我们是%s，想申请第十三条研发支持。\n营业收入：2025财年（即上一年度）%s\n研发投入：2022年%s，2023年%s，2024年%s，2025年%s\n%s能拿多少？" % (
            sme, c.m(rev), c.m(rd[3]), c.m(rd[2]), c.m(rd[1]), c.m(rd[0]), sup_t)
        c.t("fiscal-year", "table")
    elif v == 1:
        q = "我们是%s，去年营收%s。研发投入去年%s，前年%s，已经连续三年正增长了。%s按%s能拿多少？" % (
            sme, c.m(rev), c.m(rd[0]), c.m(rd[1]), sup_t, dd(c))
        c.t("relative-years")
    elif v == 2:
        q = voice("%s我们是%s 去年营收%s %s研发投入去年是%s 前年是%s 研发这块连续三年都在涨 %s能给多少" % (
            fl(c), sme.split("（")[0], c.m(rev, style="cn_plain" if rev % WAN == 0 else None), fl(c),
            c.m(rd[0], style="cn_plain"), c.m(rd[1], style="cn_plain"), sup_t))
        c.t("voice")
    else:
        # growth-derived previous year (only the threshold depends on it)
        pct = c.r([20, 25, 50])
        while True:
            r2 = c.wan(400, 1200, 20)
            r1 = r2 * (100 + pct) / 100
            if r1 % WAN == 0 and r1 + r2 >= 1050 * WAN:
                break
        c.derive(r2, r1, F(100, 100 + pct))
        x = {"rev_prev": rev, "rd": [r1, r2], "sme": True, "growth_stated": True, "supported": sup}
        spec = sp(("d13", x))
        wrong = [pct_wrong(r1 + r2, 10)]
        q = "我们是%s，上一年度revenue是%s，R&D expense去年%s，比前年多了%d%%，研发投入连续三年正增长。%s第十三条能拿多少？" % (
            sme, c.m(rev), c.m(r1), pct, sup_t)
        c.t("code-mix", "growth-derived")
    return R(q, ANS, [(D, "第十三条")], spec, wrong=wrong)


def c_cro(c, v):
    typ = c.r(CRO_T)
    svc = c.wan(300, 9000, 10)
    spec = sp(("d15_cro", {"svc": svc}))
    c.t("cro")
    wrong = []
    if c.lang == "en":
        if v == 0:
            q = "We are a %s in Changping. Our actual service revenue last year was %s. How much can we apply for under %s?" % (typ, c.m(svc), dd(c))
        else:
            claimed = c.r([25, 30, 50])
            q = "We're a %s. Actual service revenue last year: %s. A peer told us the support is %d%% of revenue - is that right? What can we get?" % (
                typ, c.m(svc), claimed)
            wrong = [pct_wrong(svc, claimed)]
            c.t("claimed-rate")
        return R(q, ANS, [(D, "第十五条")], spec, wrong=wrong)
    if v == 0:
        q = "%s他们是一家%s，去年年度实际服务金额%s，问按%s最多能补多少。" % (relay(c), typ, c.m(svc), dd(c))
        c.t("relay")
    elif v == 1:
        q = voice("%s我们是做%s的 %s去年服务金额 %s %s吧 不对 是%s %s能补多少" % (
            fl(c), typ, fl(c), fl(c), c.m(svc, style="cn_plain", approx="左右"), c.m(svc, style="cn_plain") + "整", fl(c)))
        c.t("voice", "self-correction")
    elif v == 2:
        q = "我们的%s service revenue去年是%s，今年business还在涨。按第十五条能申请多少funding？" % (typ, c.m(svc))
        c.t("code-mix")
    elif v == 3:
        claimed = c.r([25, 30, 50])
        q = "我们是%s，去年实际服务金额%s。听同行说是按%d%%补的，是这样吗？能拿多少？" % (typ, c.m(svc), claimed)
        wrong = [pct_wrong(svc, claimed)]
        c.t("claimed-rate")
    else:
        y2 = c.wan(200, 6000, 10)
        y0 = svc + c.wan(100, 3000, 10)
        sup = c.r([0, 1])
        q = "我们是%s。前年服务金额%s，去年%s，今年预计能到%s。%s按去年的实际服务金额算，能拿多少？" % (
            typ, c.m(y2, role="dis"), c.m(svc), c.m(y0, role="dis"), "之前已经拿过一年支持。" if sup else "")
        spec = sp(("d15_cro", {"svc": svc, "supported": sup}))
        wrong = [pct_wrong(y0, 20), pct_wrong(y2, 20)]
        c.t("other-year", "plan-figure")
    return R(q, ANS, [(D, "第十五条")], spec, wrong=wrong)


def c_platform(c, v):
    pz, pe = c.r(PLAT_T)
    inv = c.wan(1500, 14000, 10)
    spec = sp(("d15_plat", {"invest": inv}))
    c.t("platform")
    if inv * 30 * P > 3000 * WAN:
        c.t("cap-binding")
    if c.lang == "en":
        q = "We built a shared %s platform in Changping (recognised). Actual construction investment: %s. How much support?" % (pe, c.m(inv))
    elif v == 0:
        q = "我们牵头建设了一个%s共享服务平台，平台建设实际投入%s，已经通过认定。按%s能补多少？" % (pz, c.m(inv), dd(c))
    else:
        body = "我单位建设的%s共享平台（具有公共属性）已完成建设并通过认定，平台建设实际投入%s。请问可申请的资金支持额度是多少？" % (pz, c.m(inv))
        q = email_zh(c, "共享服务平台建设支持", body)
    return R(q, ANS, [(D, "第十五条")], spec)


EVENTS = ["生命科学产业论坛", "细胞与基因治疗高峰会", "医药健康投融资大会", "合成生物学创新大会", "AI+医药健康论坛"]
EVENTS_EN = ["life-science industry forum", "cell and gene therapy summit", "biotech investment conference"]


def c_event(c, v):
    cost = c.wan(40, 900, 1)
    budget = cost + c.wan(20, 400, 1)
    spec = sp(("d16_event", {"cost": cost, "market": True}))
    c.t("event", "budget-distractor")
    wrong = [pct_wrong(budget, 20)]
    if c.lang == "en":
        q = "Our private company (a market entity) hosted a %s in Changping. Budget %s, actual costs incurred %s. How much support?" % (
            c.r(EVENTS_EN), c.m(budget, role="dis"), c.m(cost))
    elif v == 0:
        q = "我们公司（民营企业）办了一场%s，预算%s，实际发生费用%s，按%s能给多少支持？" % (c.r(EVENTS), c.m(budget, role="dis"), c.m(cost), dd(c))
    else:
        q = "%s他们是一家市场化运营的会展公司，在昌平办了%s，前期报的预算是%s，最后实际发生费用%s，问能申请多少。" % (
            relay(c), c.r(EVENTS), c.m(budget, role="dis"), c.m(cost))
        c.t("relay")
    return R(q, ANS, [(D, "第十六条")], spec, wrong=wrong)


def c_m5(c, v):
    eng = c.wan(2000, 30000, 100)
    tot = eng + c.wan(1000, 20000, 100)
    spec = sp(("m5", {"eng": eng}))
    c.t("m26", "ai-demo")
    if eng * 30 * P > 5000 * WAN:
        c.t("cap-binding")
    w = pct_wrong(tot, 30)
    wrong = [w] if w < 5000 * WAN else []
    if c.lang == "en":
        q = "Under %s, our AI drug-discovery flagship demonstration project has total investment of %s, of which engineering investment is %s. What is the maximum support?" % (
            dm(c), c.m(tot, role="dis"), c.m(eng))
    elif v == 0:
        q = "按%s，我们的AI+药物研发标杆示范场景项目，项目总投资%s，其中项目工程投资%s。最多支持多少？" % (dm(c), c.m(tot, role="dis"), c.m(eng))
    elif v == 1:
        q = "我们做的AI辅助诊断示范场景（demo project），engineering investment %s，整体budget %s，若干措施第（五）条能拿多少？" % (
            c.m(eng), c.m(tot, role="dis"))
        c.t("code-mix")
    else:
        q = "%s他们和医院联合做了一个AI+医疗的标杆示范项目，说项目工程投资总额%s，加上软件采购总投资%s，问按%s能拿多少。" % (
            relay(c), c.m(eng), c.m(tot, role="dis"), dm(c))
        c.t("relay")
    return R(q, ANS, [(M, "（五）")], spec, wrong=wrong)


def c_m11(c, v):
    inv = c.wan(800, 12000, 10)
    spec = sp(("m11", {"inv": inv}))
    c.t("m26", "park")
    if inv * 50 * P > 3000 * WAN:
        c.t("cap-binding")
    if c.lang == "en":
        q = "Under %s, we brought in a global biopharma park operator for a demonstration park project; total project investment is %s. How much support?" % (dm(c), c.m(inv))
    elif v == 0:
        q = "我们引入全球领先的生物医药园区运营管理资源，做医药健康示范园区项目，项目投资总额%s。按%s第（十一）条能支持多少？" % (c.m(inv), dm(c))
    else:
        q = voice("%s我们园区这个项目 就是引入那个国际园区运营团队的 项目投资总额%s %s若干措施里园区那条能给多少" % (
            fl(c), c.m(inv, style="cn_plain" if inv % WAN == 0 else None), fl(c)))
        c.t("voice")
    return R(q, ANS, [(M, "（十一）")], spec)


def ceil_text(c, which):
    """-> (zh text, en text) describing a ceiling-only 若干措施 matter with distractor figures"""
    if which == "m7":
        rev = c.m(c.wan(800, 20000, 10), role="dis")
        return ("我们是科技服务业企业，做合成生物制造的检测与工艺开发服务，去年营收%s。想申请科技服务业企业效能提升的支持" % rev,
                "We are a science-and-technology service firm (synthetic-biology process services) with revenue of %s; we want the efficiency-upgrade support for tech-service firms" % rev)
    if which == "m12_rd":
        a0 = c.wan(2000, 8000, 100)
        a = c.m(a0, role="dis")
        b = c.m(a0 + c.wan(500, 6000, 100), role="dis")
        return ("我们是外资药企在昌平设立的研发中心，研发投入从%s增加到%s，想申请外资研发中心研发激励计划" % (a, b),
                "We are the Changping R&D centre of a foreign-invested pharma company; R&D spending grew from %s to %s, and we want the foreign R&D centre incentive" % (a, b))
    if which == "m12_inst":
        n = c.ri(20, 200)
        return ("我们是一家刚落地昌平的国际科研机构，有%d名研究人员，想申请国际科研机构落地的支持" % n,
                "We are an international research institute that has just set up in Changping with %d researchers" % n)
    if which == "m12_conf":
        b = c.m(c.wan(400, 2000, 50), role="dis")
        return ("我们要在昌平举办一个生命科学领域高水平国际学术研讨会议，预算%s" % b,
                "We will host a high-level international academic conference in the life sciences in Changping, budget %s" % b)
    if which == "m13_first":
        cty = c.r(["新加坡", "沙特", "印尼", "巴西"])
        return ("我们的一项技术成果首次在海外（%s）应用，想申请出海支持" % cty,
                "One of our technologies is being applied overseas for the first time, and we want the going-global support")
    b = c.m(c.wan(500, 5000, 100), role="dis")
    return ("我们在新加坡设立了一个海外孵化器，投入%s，推动医药技术项目出海" % b,
            "We set up an overseas incubator in Singapore (investment %s) to take pharma technology projects abroad" % b)


def c_ceiling26(c, v):
    which = cyc("ceil26", ["m7", "m12_rd", "m13_first", "m12_inst", "m13_park", "m12_conf"])
    zh, en = ceil_text(c, which)
    spec = sp((which, {}))
    c.t("m26", "ceiling-only", which)
    cite = [RULE_CITE[which]]
    if c.lang == "en":
        q = "%s. Under %s, what is the most we could get?" % (en, dm(c))
    elif v == 0:
        q = "%s，按%s最多能支持多少？" % (zh, dm(c))
    elif v == 1:
        q = "%s%s，问%s里这块最多给多少钱。" % (relay(c), zh.replace("我们", "他们"), dm(c))
        c.t("relay")
    else:
        q = "Quick question：%s，%s的max support是多少？" % (zh, dm(c))
        c.t("code-mix")
    return R(q, ANS, cite, spec)


UNSPEC_D = ["complete", "d14_3", "d12_2", "nonreg", "d10", "alliance", "d4_1", "plat_op", "d9", "d4_2"]


def unspec_d_text(c, topic):
    """-> (zh, en, article, amode); each figure rendered once and shared by both texts"""
    mm = lambda lo, hi, st: c.m(c.wan(lo, hi, st), role="dis")
    if topic == "complete":
        (ck, ce), st, x = c.r(CLS1), c.r([1, 2, 3]), mm(2000, 20000, 100)
        return ("我们的%s刚刚完成%s临床试验，实际临床研发投入%s，能拿多少？" % (ck, stz(c, st), x),
                "Our %s has just completed %s; actual clinical R&D spend was %s. How much support?" % (ce, ste(c, st), x),
                "第五条", "unspec")
    if topic == "nonreg":
        n = c.r([1, 2, 3])
        return ("我们在做CAR-T的非注册性临床试验（研究者发起），有%s品种，能拿多少奖励？" % numz(c, n),
                "We run non-registration clinical trials of CAR-T therapies (investigator-initiated), %s product%s. How much award?" % (NUM_EN[n], "s" if n > 1 else ""),
                "第五条", "null")
    if topic == "d12_2":
        x = mm(500, 8000, 100)
        return ("我们去年承担了国家级重大专项任务，实际获得专项资金%s，区里配套能给多少？" % x,
                "We took on a national major special project and actually received %s in special funds. How much matching support?" % x,
                "第十二条", "unspec")
    if topic == "d10":
        x, y = mm(20000, 200000, 1000), mm(2000, 15000, 1000)
        return ("我们有一个全球领先的产业化项目，项目固定资产实际投资%s，其中土地和房产%s，能支持多少？" % (x, y),
                "We have a globally leading industrialisation project; actual fixed-asset investment %s, of which land and buildings %s. How much support?" % (x, y),
                "第十条", "unspec")
    if topic == "plat_op":
        x = mm(300, 5000, 10)
        return ("我们的检验检测共享服务平台已经运营三年了，去年服务收入%s，运营奖励能拿多少？" % x,
                "Our shared testing platform has been operating for three years; service income last year was %s. How much is the operating award?" % x,
                "第十五条", "unspec")
    if topic == "alliance":
        x = mm(100, 2000, 10)
        return ("我们牵头组建的产业联盟获得了市级认定，一年运营费用%s，运营补贴能给多少？" % x,
                "The industry alliance we lead was recognised at municipal level; annual operating cost %s. How much operating subsidy?" % x,
                "第十六条", "unspec")
    if topic == "d4_2":
        x = mm(200, 5000, 10)
        return ("我们的AI辅助影像诊断项目已经转化应用，投入了%s，经认定后能拿多少？" % x,
                "Our AI imaging-diagnosis project has been converted into application (spent %s). How much support after recognition?" % x,
                "第四条", "unspec")
    if topic == "d9":
        return ("我们有国际领军人才团队，具有国际原创技术，按支持办法能拿多少钱？",
                "We have an internationally leading talent team and original technology. How much money can we get under the draft measures?",
                "第九条", "unspec")
    if topic == "d14_3":
        x = mm(100, 3000, 10)
        return ("我们银行给科创企业发放的知识产权质押贷款发生了损失，损失本金%s，风险补偿能给多少？" % x,
                "Our bank lost %s of principal on IP-pledge loans to tech start-ups. How much risk compensation?" % x,
                "第十四条", "unspec")
    x = mm(50, 800, 10)
    return ("我们医院和企业合作做临床科技成果转化的早期概念验证，花了%s，概念验证资金能给多少？" % x,
            "Our hospital runs early proof-of-concept work on clinical research results with a company, spending %s. How much proof-of-concept funding?" % x,
            "第四条", "unspec")


def c_unspec_d(c, v):
    topic = cyc("unspec_d", UNSPEC_D)
    zh, en, art, amode = unspec_d_text(c, topic)
    c.t("unspecified", "no-figure", "nf-" + topic)
    if c.lang == "en":
        q = en
    elif v == 0:
        q = zh
    elif v == 1:
        q = relay(c) + zh.replace("我们", "他们")
        c.t("relay")
    elif v == 2:
        q = voice(fl(c) + zh)
        c.t("voice")
    elif v == 3:
        q = "按%s，%s" % (dd(c), zh)
    else:
        q = email_zh(c, "政策咨询", zh, company="昌平科创银行" if topic == "d14_3" else "昌平医院" if topic == "d4_1" else None)
    return R(q, ANS, [(D, art)], amode=amode, tag="unspecified")


def c_unspec_26(c, v):
    topic = cyc("unspec_26", ["m1", "m4", "m9a", "m14", "m9b"])
    doc = dm(c)
    if topic == "m1":
        zh, en, art = ("我们是一个具有高水平研发团队的高能级创新平台，按%s能拿多少资金？" % doc,
                       "We are a high-level innovation platform with a top R&D team. How much funding under %s?" % doc, "（一）")
    elif topic == "m4":
        x = c.m(c.wan(100, 3000, 10), role="dis")
        zh, en, art = ("我们去年使用智能算力花了%s，按%s算力补贴能给多少？" % (x, doc),
                       "We spent %s on intelligent computing power last year. How much compute subsidy under %s?" % (x, doc), "（四）")
    elif topic == "m9a":
        x = c.m(c.wan(10000, 300000, 1000), role="dis")
        zh, en, art = ("我们是投资机构，设立了一只聚焦脑机接口的私募股权基金，实缴规模%s，按%s能拿多少支持？" % (x, doc),
                       "We are an investment firm with a brain-computer-interface PE fund, paid-in %s. How much support under %s?" % (x, doc), "（九）")
    elif topic == "m9b":
        x = c.m(c.wan(10, 300, 1), role="dis")
        zh, en, art = ("我们投保了临床试验责任保险，保费%s，按%s投保企业能给多少支持？" % (x, doc),
                       "We bought clinical-trial liability insurance (premium %s). How much support for insured firms under %s?" % (x, doc), "（九）")
    else:
        zh, en, art = ("我们公司有一位青年拔尖人才纳入了高层次创新创业人才计划，按%s能给多少钱？" % doc,
                       "One of our young top talents was admitted to the high-level innovation and entrepreneurship talent programme. How much funding under %s?" % doc, "（十四）")
    c.t("unspecified", "no-figure", "m26", "nf-" + topic)
    if c.lang == "en":
        q = en
    elif v == 0:
        q = zh
    elif v == 1:
        q = relay(c) + zh.replace("我们", "他们")
        c.t("relay")
    else:
        q = voice(fl(c) + zh)
        c.t("voice")
    return R(q, ANS, [(M, art)], amode="unspec", tag="unspecified")


def dec_value(c, lo, hi):
    """yuan value with one non-zero decimal digit"""
    return F(c.ri(lo, hi) * 10 + c.ri(1, 9), 10)


def c_decimal(c, v):
    c.t("decimals")
    if v == 0 or c.lang == "en":
        typ = c.r(CRO_T)
        svc = dec_value(c, 2000000, 60000000)
        spec = sp(("d15_cro", {"svc": svc}))
        if c.lang == "en":
            q = "We are a %s. Per the audited statements, last year's actual service amount was %s. Maximum support?" % (typ, c.m(svc))
        else:
            q = "我们是%s，财务报表上去年实际服务金额是%s，能补多少？" % (typ, c.m(svc))
        return R(q, ANS, [(D, "第十五条")], spec)
    if v == 1:
        cost = dec_value(c, 300000, 6000000)
        spec = sp(("d16_event", {"cost": cost, "market": True}))
        q = "我们（民营会展企业）承办的%s已经结束，决算实际发生费用%s，发票都齐了，按%s能支持多少？" % (c.r(EVENTS), c.m(cost), dd(c))
        return R(q, ANS, [(D, "第十六条")], spec)
    a = dec_value(c, 500000, 3000000)
    b = dec_value(c, 100000, 900000)
    d_ = F(c.ri(50000, 500000))
    spec = sp(("d11_fda", {"fees": [a, b, d_]}))
    q = "新获FDA认证，费用台账：海外注册费%s，检测费%s，当地代理费%s。按第十一条能补多少？" % (c.m(a), c.m(b), c.m(d_))
    c.t("fda")
    return R(q, ANS, [(D, "第十一条")], spec)


def c_unitform(c, v):
    if v == 0:
        rev = c.wan(500, 2900, 1)
        rd = sme_series(c, 4)
        revs = [c.wan(300, 2900, 1) for _ in range(3)]
        x = {"rev_prev": rev, "rd": rd, "sme": True}
        spec = sp(("d13", x))
        q = "我们是%s，附上近四年数据（单位：千元）：\n项目 | 2022年 | 2023年 | 2024年 | 2025年\n营业收入 | %s | %s | %s | %s\n研发投入 | %s | %s | %s | %s\n按第十三条能拿多少？" % (
            c.r(SME_ZH), c.cell(revs[0], "千元", "dis"), c.cell(revs[1], "千元", "dis"), c.cell(revs[2], "千元", "dis"), c.cell(rev, "千元"),
            c.cell(rd[3], "千元"), c.cell(rd[2], "千元"), c.cell(rd[1], "千元"), c.cell(rd[0], "千元"))
        c.t("sme-rd", "table", "thousand-yuan")
        return R(q, ANS, [(D, "第十三条")], spec, wrong=[pct_wrong(rd[0] + rd[1], 10)])
    svc = F(c.ri(30, 900) * 10 ** 5)
    spec = sp(("d15_cro", {"svc": svc}))
    typ = c.r(CRO_T)
    q = "【企业填报表】\n企业类型：%s\n金额单位：十万元\n上年度实际服务金额：%s\n上年度营业成本：%s\n员工人数：%d\n请问按第十五条可获支持上限？" % (
        typ, c.cell(svc, "十万元"), c.cell(F(c.ri(10, 800) * 10 ** 5), "十万元", "dis"), c.ri(30, 800))
    c.t("cro", "form", "hundred-thousand-yuan")
    return R(q, ANS, [(D, "第十五条")], spec)


def c_growth_base(c, v):
    c.t("growth-derived")
    if c.lang == "en" or v == 0:
        typ = c.r(CRO_T)
        pct = c.r([10, 20, 25, 50])
        while True:
            y2 = c.wan(300, 5000, 20)
            y1 = y2 * (100 + pct) / 100
            if y1 % WAN == 0:
                break
        c.derive(y1, y2, F(100 + pct, 100))
        spec = sp(("d15_cro", {"svc": y1}))
        if c.lang == "en":
            q = "We are a %s. Our actual service amount the year before last was %s, and last year it was exactly %d%% higher. Based on last year, how much support?" % (typ, c.m(y2), pct)
        else:
            q = "我们是%s，前年实际服务金额%s，去年比前年多了%d%%。按去年的服务金额，能补多少？" % (typ, c.m(y2), pct)
        c.t("cro")
        return R(q, ANS, [(D, "第十五条")], spec, wrong=[pct_wrong(y2, 20)])
    mult = c.r([F(3, 2), F(2), F(5, 4)])
    mult_t = {F(3, 2): "1.5倍", F(2): "2倍", F(5, 4): "1.25倍"}[mult]
    while True:
        r0 = c.wan(10000, 100000, 100)
        r1 = r0 * mult
        if r1 % WAN == 0:
            break
    c.derive(r1, r0, mult)
    spec = sp(("d8_sales", {"rev": r1}))
    q = "我们是医药健康销售平台型企业，前年销售收入%s，去年的销售收入正好是前年的%s。按去年年度销售收入算，能拿多少？" % (c.m(r0), mult_t)
    c.t("sales-platform")
    return R(q, ANS, [(D, "第八条")], spec, wrong=[F(r0) * 2 * PM])


def c_cap_only(c, v):
    c.t("cap-binding", "ceiling-question")
    which = c.r(["plat", "m5", "m11"])
    if which == "plat":
        inv = c.wan(10100, 30000, 100)
        spec = sp(("d15_plat", {"invest": inv}))
        (pz, pe), s = c.r(PLAT_T), c.m(inv)
        zh = "我们的%s共享服务平台（已认定）建设实际投入%s，是不是投得越多补得越多？最多能拿多少？" % (pz, s)
        en = "Our recognised shared %s platform cost %s to build. Does support keep rising with investment? What is the most we can get?" % (pe, s)
        cite = [(D, "第十五条")]
    elif which == "m5":
        eng = c.wan(17000, 60000, 100)
        spec = sp(("m5", {"eng": eng}))
        s, doc = c.m(eng), dm(c)
        zh = "%s（五）那个AI示范项目，我们项目工程投资总额%s，封顶是多少？能拿满吗？" % (doc, s)
        en = "For the AI demonstration measure (5) of %s: our project engineering investment is %s. What is the cap, and do we reach it?" % (doc, s)
        cite = [(M, "（五）")]
    else:
        inv = c.wan(6100, 20000, 100)
        spec = sp(("m11", {"inv": inv}))
        s, doc = c.m(inv), dm(c)
        zh = "%s园区建设那条（十一），我们示范园区项目投资总额%s，最多能给多少？" % (doc, s)
        en = "Measure (11) of %s (park support): our demonstration park project investment totals %s. What is the maximum?" % (doc, s)
        cite = [(M, "（十一）")]
    return R(en if c.lang == "en" else zh, ANS, cite, spec)


def c_form(c, v):
    """emails / forms with header distractors around different rules"""
    if c.lang == "en":
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        spec = sp(("d15_cro", {"svc": svc}))
        body = "We are a %s registered in Changping. Our actual annual service amount for last year was %s (this year's budget: %s). Please advise the maximum support under Article 15." % (
            typ, c.m(svc), c.m(svc + c.wan(100, 3000, 10), role="dis"))
        return R(email_en(c, "Support estimate - contract research", body), ANS, [(D, "第十五条")], spec)
    if v == 0:
        rev = c.wan(500, 2900, 10)
        rd = sme_series(c, 2)
        spec = sp(("d13", {"rev_prev": rev, "rd": rd, "sme": True, "growth_stated": True}))
        body = "我司为%s，上一年度营业收入%s；研发投入上年度%s、上上年度%s，近三年研发投入持续正增长（连续三年增长）。请测算可获研发支持金额。" % (
            c.r(SME_ZH), c.m(rev), c.m(rd[0]), c.m(rd[1]))
        return R(email_zh(c, "研发创新支持测算申请", body), ANS, [(D, "第十三条")], spec, wrong=[pct_wrong(rd[0] + rd[1], 10)])
    if v == 1:
        rev = c.wan(12000, 200000, 100)
        spec = sp(("d8_sales", {"rev": rev}))
        body = "我司系医药健康销售平台型企业，2025年度销售收入%s，纳税额%s。请问按支持办法第八条可获支持多少？" % (c.m(rev), c.m(c.wan(100, 3000, 10), role="dis"))
        return R(email_zh(c, "销售平台支持咨询", body), ANS, [(D, "第八条")], spec, wrong=[pct_wrong(rev, 2)])
    cost = c.wan(50, 800, 1)
    spec = sp(("d16_event", {"cost": cost, "market": True}))
    body = "我司（民营企业，市场化主体）于%s主办%s，参会%d人，实际发生费用%s，其中场地费%s。请问可申请多少资金支持？" % (
        date_zh(c), c.r(EVENTS), c.ri(200, 3000), c.m(cost), c.m(F(int(cost * F(c.ri(20, 50), 100) / WAN) * WAN), role="dis"))
    return R(email_zh(c, "品牌活动支持申请", body), ANS, [(D, "第十六条")], spec, wrong=[pct_wrong(cost, 30)])


def c_otherco(c, v):
    c.t("other-company", "distractor")
    typ = c.r(CRO_T)
    svc = c.wan(300, 6000, 10)
    spec = sp(("d15_cro", {"svc": svc}))
    if c.lang == "en":
        other = c.wan(300, 6000, 10)
        q = "A friend's company (also a %s) had service revenue of %s and got a grant. Ours is a %s too, with actual service revenue of %s last year. What can WE get?" % (
            typ, c.m(other, role="dis"), typ, c.m(svc))
        return R(q, ANS, [(D, "第十五条")], spec, wrong=[pct_wrong(other, 20)])
    if v == 0:
        x = c.wan(20000, 90000, 100)
        q = "我们集团下面有两家公司：A公司是医药销售平台，去年销售收入%s；B公司（就是我们）是%s，去年实际服务金额%s。我只问B公司能拿多少。" % (
            c.m(x, role="dis"), typ, c.m(svc))
        return R(q, ANS, [(D, "第十五条")], spec, wrong=[F(x) * 2 * PM])
    other = c.wan(300, 6000, 10)
    got = F(int(other * 20 * P / WAN) * WAN)
    q = "隔壁那家%s去年服务金额%s，听说拿了%s的补贴。我们也是%s，去年实际服务金额%s，我们能拿多少？" % (
        typ, c.m(other, role="dis"), c.m(got, role="dis"), typ, c.m(svc))
    return R(q, ANS, [(D, "第十五条")], spec, wrong=[pct_wrong(other, 20)])


# ===========================================================================
# MITEM families: single-turn multi-item / multi-provision
# ===========================================================================
def phase_items(c, k):
    """k distinct varieties, each 1类 with an entry stage this year"""
    items = []
    for _ in range(k):
        items.append((drug(c), c.r(CLS1), c.r([1, 2, 3])))
    return items


def phase_spec(items):
    cnt = Counter(st for _, _, st in items)
    return sp(*[("d5_enter", {"stage": st, "n": cnt[st]}) for st in sorted(cnt)])


def mi_phases(c, v):
    k = c.r([2, 3, 3, 4])
    items = phase_items(c, k)
    spec = phase_spec(items)
    c.t("phase-entry", "sum-of-parts")
    old = drug(c)
    old_st = c.r([1, 2])
    if c.lang == "en":
        lines = "\n".join("- %s (%s): entered %s this year" % (d, ce, ste(c, st)) for d, (ck, ce), st in items)
        q = "Progress of our pipeline this year:\n%s\n%s entered %s last year and its award was already paid. What is the total award for this year?" % (
            lines, old, ste(c, old_st))
        c.t("award-received")
    elif v == 0:
        lines = "\n".join("%s. %s（%s）今年进入%s临床" % ("ABCD"[i], d, ck, stz(c, st)) for i, (d, (ck, ce), st) in enumerate(items))
        q = "今年我们几个品种的临床进展：\n%s\n另外%s去年已经进了%s，奖励已经领了。今年一共能拿多少？" % (lines, old, stz(c, old_st))
        c.t("labelled", "award-received")
    elif v == 1:
        cnt = Counter(st for _, _, st in items)
        parts = " ".join("%s进%s" % (c.r(NUM_ZH[cnt[st]][1:]), ST_VOICE[st]) for st in sorted(cnt))
        q = voice("%s我们今年有%s品种进临床 都是1类的 %s %s一共能拿多少" % (fl(c), c.r(NUM_ZH[k][1:]), parts, fl(c)))
        c.t("voice")
    else:
        lines = "\n".join("✅ %s %s 进%s" % (d, ck, stz(c, st)) for d, (ck, ce), st in items)
        q = "汇报一下今年的进展👇\n%s\n按支持办法合计能拿多少？" % lines
        c.t("wechat-list")
    return R(q, ANS, [(D, "第五条")], spec, tag="multi-item")


def mi_vet_mix(c, v):
    cnt = Counter()
    k = c.r([2, 3])
    for _ in range(k):
        cnt[c.r([1, 2, 3])] += 1
    spec = sp(*[("d6_vet", {"cls": cl, "n": cnt[cl]}) for cl in sorted(cnt)])
    c.t("vet", "sum-of-parts")
    if c.lang == "en":
        parts = ", ".join("%s %s" % (NUM_EN[cnt[cl]], VET_EN[cl]) for cl in sorted(cnt))
        q = "This year we received new veterinary drug registration certificates for %s new veterinary drugs, all in production in Changping. Total maximum support?" % parts
    else:
        parts = "、".join("%s%s新兽药" % (numz(c, cnt[cl]), VET_ZH[cl]) for cl in sorted(cnt))
        q = "我们今年拿到了%s的注册证书，都已经在昌平实施产业化。按%s合计最多能支持多少？" % (parts, dd(c))
    return R(q, ANS, [(D, "第六条")], spec, tag="multi-item")


def mi_cert_mix(c, v):
    cls_list = c.r([["1", "2"], ["1", "fg"], ["2", "imp"], ["1", "2", "fg"], ["2", "2"]])
    cnt = Counter(cls_list)
    spec = sp(*[("d6", {"cls": cl, "n": cnt[cl]}) for cl in sorted(cnt)])
    c.t("certificate", "sum-of-parts")
    zh_name = {"1": lambda: c.r(CLS1)[0], "2": lambda: "经认定的" + c.r(CLS2)[0], "imp": lambda: "经认定的重大改良型新药",
               "fg": lambda: "经认定的首仿药"}
    en_name = {"1": lambda: c.r(CLS1)[1], "2": lambda: c.r(CLS2)[1] + " (recognised)", "imp": lambda: "recognised major improved new drug",
               "fg": lambda: "recognised first generic"}
    if c.lang == "en":
        lines = "\n".join("- %s: %s" % (drug(c), en_name[cl]()) for cl in cls_list)
        q = "These products received drug registration certificates this year and are all industrialised in Changping:\n%s\nWhat is the total maximum support?" % lines
    elif v == 0:
        lines = "；".join("%s是%s" % (drug(c), zh_name[cl]()) for cl in cls_list)
        q = "我们今年有%s品种拿到药品注册证书并在昌平投产：%s。合计最多能拿多少？" % (numz(c, len(cls_list)), lines)
    else:
        lines = "\n".join("| %s | %s | 已投产 |" % (drug(c), zh_name[cl]()) for cl in cls_list)
        q = "| 品种 | 类别 | 产业化 |\n|---|---|---|\n%s\n\n以上都已取得注册证书，按第六条合计上限多少？" % lines
        c.t("markdown")
    return R(q, ANS, [(D, "第六条")], spec, tag="multi-item")


def two_prov_parts(c, combo):
    """-> list of (rule, inputs, zh text, en text); each part a different product / project"""
    out = []
    for kind in combo:
        if kind == "fda":
            a, b, d_, _ = fda_fees(c)
            d = drug(c)
            sa, sb, sd = c.m(a), c.m(b), c.m(d_)
            out.append(("d11_fda", {"fees": [a, b, d_]},
                        "%s新获FDA批准，海外注册费%s、检测费%s、当地代理费%s" % (d, sa, sb, sd),
                        "%s newly approved by the FDA: overseas registration %s, testing %s, local agent %s" % (d, sa, sb, sd)))
        elif kind == "licout":
            tot = F(c.ri(105, 600) * 10 ** 6)
            d = drug(c)
            st = c.usd(tot)
            out.append(("d11_out", {"usd": [tot]},
                        "%s和%s签了License-out合同，合同总额%s，已签约" % (d, c.r(MNC), st),
                        "%s licensed out to %s, total contract value %s, signed" % (d, c.r(MNC_EN), st)))
        elif kind == "licin":
            d = drug(c)
            out.append(("d11_in", {"n": 1},
                        "从国外License-in的%s已上市并在昌平产业化" % d,
                        "%s, licensed in from abroad, is launched and made in Changping" % d))
        elif kind == "cro":
            svc = c.wan(300, 6000, 10)
            s = c.m(svc)
            out.append(("d15_cro", {"svc": svc},
                        "CRO业务去年实际服务金额%s" % s, "our CRO business had actual service revenue of %s last year" % s))
        elif kind == "event":
            cost = c.wan(50, 600, 1)
            s = c.m(cost)
            out.append(("d16_event", {"cost": cost, "market": True},
                        "我们（民营企业）主办的%s实际发生费用%s" % (c.r(EVENTS), s),
                        "the %s we (a private company) hosted cost %s in actual expenses" % (c.r(EVENTS_EN), s)))
        elif kind == "plat":
            inv = c.wan(1500, 9000, 10)
            pz, pe = c.r(PLAT_T)
            s = c.m(inv)
            out.append(("d15_plat", {"invest": inv},
                        "已认定的%s共享服务平台建设实际投入%s" % (pz, s), "our recognised shared %s platform cost %s to build" % (pe, s)))
        elif kind == "enter":
            st = c.r([1, 2, 3])
            ck, ce = c.r(CLS1)
            d = drug(c)
            out.append(("d5_enter", {"stage": st, "n": 1},
                        "%s（%s）今年进入%s临床" % (d, ck, stz(c, st)), "%s (%s) entered %s this year" % (d, ce, ste(c, st))))
        elif kind == "entrust":
            tr = c.wan(300, 6000, 10)
            d = drug(c)
            s = c.m(tr)
            out.append(("d8_entrust", {"trade": tr},
                        "我们持有的%s委托其他医药企业生产，实际交易额%s" % (d, s),
                        "we (MAH) outsource production of %s, actual transaction amount %s" % (d, s)))
        elif kind == "vet":
            cl = c.r([1, 2, 3])
            out.append(("d6_vet", {"cls": cl, "n": 1},
                        "一个%s新兽药拿到注册证书并投产" % VET_ZH[cl], "a %s new veterinary drug was certified and is in production" % VET_EN[cl]))
        elif kind == "output":
            k = c.r([0, 1])
            prev, cur = output_pair(c, k)
            d = drug(c)
            sp_, sc, tr_ = c.m(prev), c.m(cur), tier_ref(c, k)
            out.append(("d12_out", {"prev": prev, "cur": cur},
                        "%s年产值从前年的%s涨到去年的%s，首次突破%s" % (d, sp_, sc, tr_),
                        "output of %s rose from %s to %s last year, first time above %s" % (d, sp_, sc, tr_)))
    return out


TWO_PROV = [("fda", "licout"), ("fda", "licin"), ("cro", "event"), ("plat", "event"), ("entrust", "enter"),
            ("licout", "licin"), ("vet", "enter"), ("output", "licout")]


def mi_two_prov(c, v):
    combo = c.r(TWO_PROV)
    parts = two_prov_parts(c, combo)
    spec = sp(*[(r, x) for r, x, _, _ in parts])
    cite = []
    for r, _, _, _ in parts:
        if list(RULE_CITE[r]) not in [list(x) for x in cite]:
            cite.append(RULE_CITE[r])
    c.t("two-provisions", "sum-of-parts")
    if c.lang == "en":
        q = "Two separate matters for our company: (1) %s; (2) %s. What is the total support under %s?" % (parts[0][3], parts[1][3], dd(c))
    elif v == 0:
        q = "我们公司今年有两件事想申请：一是%s；二是%s。按%s合计能拿多少？" % (parts[0][2], parts[1][2], dd(c))
    elif v == 1:
        q = "%s他们公司两个不同的项目：①%s；②%s。问两项加起来能拿多少。" % (relay(c), parts[0][2].replace("我们", "他们"), parts[1][2].replace("我们", "他们"))
        c.t("relay")
    else:
        q = voice("%s我问两个事啊 第一个 %s 第二个 %s %s这两个是不同的项目 一共能拿多少" % (fl(c), parts[0][2], parts[1][2], fl(c)))
        c.t("voice")
    return R(q, ANS, cite, spec, tag="multi-item")


def mi_part(c, v):
    # the asked-about part must be priced by a different article from the other part
    combo = c.r([cb for cb in TWO_PROV if not set(cb) <= {"fda", "licout", "licin"}])
    parts = two_prov_parts(c, combo)
    assert RULE_CITE[parts[0][0]] != RULE_CITE[parts[1][0]]
    i = c.r([0, 1])
    r, x, zh, en = parts[i]
    spec = sp((r, x))
    c.t("one-part", "two-provisions")
    label_zh = {"d11_fda": "FDA认证那部分", "d11_out": "License-out那部分", "d11_in": "License-in那部分", "d15_cro": "CRO服务那部分",
                "d16_event": "办活动那部分", "d15_plat": "平台建设那部分", "d5_enter": "临床进展那部分", "d8_entrust": "委托生产那部分",
                "d6_vet": "兽药那部分", "d12_out": "产值那部分"}[r]
    label_en = {"d11_fda": "the FDA part", "d11_out": "the license-out part", "d11_in": "the license-in part", "d15_cro": "the CRO part",
                "d16_event": "the event part", "d15_plat": "the platform part", "d5_enter": "the clinical-stage part",
                "d8_entrust": "the outsourcing part", "d6_vet": "the veterinary part", "d12_out": "the output part"}[r]
    if c.lang == "en":
        q = "We have two unrelated items: (1) %s; (2) %s. I only need %s - how much is that alone?" % (parts[0][3], parts[1][3], label_en)
    elif v == 0:
        q = "情况是这样：1. %s；2. %s。先不算总数，%s单独能拿多少？" % (parts[0][2], parts[1][2], label_zh)
    else:
        q = "%s；另外%s。请问其中%s是多少？" % (parts[0][2], parts[1][2], label_zh)
    return R(q, ANS, [RULE_CITE[r]], spec, tag="multi-item")


def mi_best(c, v):
    inv = c.wan(500, 8000, 10)
    svc = c.wan(500, 8000, 10)
    while svc == inv:
        svc = c.wan(500, 8000, 10)
    spec = sp(("d8_prod", {"invest": inv}), ("d15_cro", {"svc": svc}), op="max")
    c.t("best-of", "no-double-count", "same-project")
    cite = [(D, "第八条"), (D, "第十五条"), (D, "第十七条")]
    d = drug(c)
    if c.lang == "en":
        q = "We are a CDMO. For ONE project - producing %s for an MAH client under the MAH system - we invested %s, and our actual service amount from that same project last year was %s. If we apply under both Article 8 and Article 15 for this same project, how much can we get?" % (
            d, c.m(inv), c.m(svc))
    elif v == 0:
        q = "我们是CDMO，给一家MAH客户承接%s的生产（按持有人制度承担生产），为这个项目实际投入%s；同一个项目去年给这家客户的实际服务金额是%s。同一个项目第八条和第十五条都申请，最后能拿多少？" % (
            d, c.m(inv), c.m(svc))
    else:
        q = "%s一家CDMO按药品上市许可持有人制度为客户生产%s，这个项目实际投入%s，同一项目年度实际服务金额%s。他们想两条（承担生产、外包服务）同时报，问同一个项目最终能拿多少。" % (
            relay(c), d, c.m(inv), c.m(svc))
        c.t("relay")
    return R(q, ANS, cite, spec, tag="multi-item")


def mi_26_multi(c, v):
    combo = c.r([("m12_rd", "m12_conf"), ("m5", "m13_first"), ("m11", "m7"), ("m5", "m12_conf"), ("m5", "m13_park")])
    parts, zh_t, en_t = [], [], []
    for w in combo:
        if w == "m5":
            eng = c.wan(2000, 20000, 100)
            s = c.m(eng)
            parts.append(("m5", {"eng": eng}))
            zh_t.append("AI+药物研发标杆示范项目，项目工程投资总额%s" % s)
            en_t.append("an AI drug-R&D flagship demonstration project with engineering investment of %s" % s)
        elif w == "m11":
            inv = c.wan(800, 9000, 10)
            s = c.m(inv)
            parts.append(("m11", {"inv": inv}))
            zh_t.append("引入国际园区运营资源的示范园区项目，项目投资总额%s" % s)
            en_t.append("a demonstration park project with a global park operator, total investment %s" % s)
        else:
            zh, en = ceil_text(c, w)
            parts.append((w, {}))
            zh_t.append(zh.replace("我们的", "公司的").replace("我们是", "").replace("我们", ""))
            en_t.append(en)
    spec = sp(*parts)
    cite = []
    for r, _ in parts:
        if RULE_CITE[r] not in cite:
            cite.append(RULE_CITE[r])
    c.t("m26", "two-provisions", "sum-of-parts")
    if c.lang == "en":
        q = "Two different projects of ours under %s: (a) %s; (b) %s. What is the combined maximum?" % (dm(c), en_t[0], en_t[1])
    elif v == 0:
        q = "按%s，我们有两个不同的项目：一是%s；二是%s。两项合计最多能支持多少？" % (dm(c), zh_t[0], zh_t[1])
    else:
        q = "%s他们问%s：①%s；②%s（两个独立项目），加起来上限多少。" % (relay(c), dm(c), zh_t[0], zh_t[1])
        c.t("relay")
    return R(q, ANS, cite, spec, tag="multi-item")


def mi_output_multi(c, v):
    k1, k2 = c.r([(0, 1), (0, 0), (1, 2), (0, 2), (1, 1)])
    (p1, c1), (p2, c2) = output_pair(c, k1), output_pair(c, k2)
    low = c.wan(1000, 4800, 100)
    low_prev = low - c.wan(100, 900, 100)
    spec = sp(("d12_out", {"prev": p1, "cur": c1}), ("d12_out", {"prev": p2, "cur": c2}))
    d1, d2, d3 = drug(c), drug(c), drug(c)
    c.t("output-tier", "sum-of-parts")
    if c.lang == "en":
        q = "Annual output by product (year before last -> last year): %s %s -> %s; %s %s -> %s; %s %s -> %s. None had ever reached those levels before. Total award?" % (
            d1, c.m(p1), c.m(c1), d2, c.m(p2), c.m(c2), d3, c.m(low_prev, role="dis"), c.m(low, role="dis"))
    elif v == 0:
        q = "各品种年产值（前年→去年）：%s %s→%s；%s %s→%s；%s %s→%s。以前都没到过这个水平。按第十二条合计奖励多少？" % (
            d1, c.m(p1), c.m(c1), d2, c.m(p2), c.m(c2), d3, c.m(low_prev, role="dis"), c.m(low, role="dis"))
    else:
        q = "品种\t2024年产值\t2025年产值\n%s\t%s\t%s\n%s\t%s\t%s\n%s\t%s\t%s\n（三个品种的产值都是历史最高）单品种产值奖励一共能拿多少？" % (
            d1, c.m(p1), c.m(c1), d2, c.m(p2), c.m(c2), d3, c.m(low_prev, role="dis"), c.m(low, role="dis"))
        c.t("tsv")
    return R(q, ANS, [(D, "第十二条")], spec, tag="multi-item")


def mi_takeback(c, v):
    c.t("take-back", "self-correction")
    if v == 0:
        k = c.r([2, 3])
        st_wrong = c.r([2, 3])
        st_right = c.r([s for s in (1, 2, 3) if s != st_wrong])
        items = [st_wrong] * (k - 1) + [st_right]
        cnt = Counter(items)
        spec = sp(*[("d5_enter", {"stage": st, "n": cnt[st]}) for st in sorted(cnt)])
        q = "我们%s1类化药今年都进了%s，哦不对，其中一个是进%s，另外%s进%s。一共能拿多少？" % (
            numz(c, k), stz(c, st_wrong), stz(c, st_right), numz(c, k - 1), stz(c, st_wrong))
        return R(q, ANS, [(D, "第五条")], spec, tag="multi-item")
    a, b, d_, _ = fda_fees(c)
    a_wrong = a + c.wan(10, 60, 1)
    spec = sp(("d11_fda", {"fees": [a, b, d_]}))
    q = voice("%s我们新拿了FDA的批准 注册费%s 不对不对 注册费是%s 检测费%s 当地代理费%s %s能补多少" % (
        fl(c), c.m(a_wrong, style="wan", role="dis"), c.m(a, style="wan"), c.m(b, style="wan"), c.m(d_, style="wan"), fl(c)))
    c.t("voice", "fda")
    return R(q, ANS, [(D, "第十一条")], spec, tag="multi-item", wrong=[pct_wrong(a_wrong + b + d_, 30)])


def mi_table(c, v):
    k = c.r([2, 3])
    trades = [c.wan(300, 5000, 1) for _ in range(k)]
    ds = [drug(c) for _ in range(k)]
    spec = sp(*[("d8_entrust", {"trade": t}) for t in trades])
    c.t("mah-entrust", "table", "sum-of-parts")
    if c.lang == "en":
        rows = "\n".join("| %s | %s |" % (d, c.m(t)) for d, t in zip(ds, trades))
        q = "We are the MAH and outsource production of these products:\n| Product | Actual transaction amount |\n|---|---|\n%s\nTotal support?" % rows
        c.t("markdown")
    elif v == 0:
        rows = "\n".join("| %s | %s |" % (d, c.cell(t, "千元")) for d, t in zip(ds, trades))
        q = "我们作为持有人委托其他企业生产以下品种：\n| 品种 | 实际交易额（千元） |\n|---|---|\n%s\n按第八条合计能拿多少？" % rows
        c.t("markdown", "thousand-yuan")
    else:
        rows = "\n".join("%s：实际交易额%s；" % (d, c.m(t)) for d, t in zip(ds, trades))
        q = "委托生产明细（MAH委托昌平CDMO）：\n%s\n合计支持多少？" % rows
    return R(q, ANS, [(D, "第八条")], spec, tag="multi-item")


def mi_licout_multi(c, v):
    good = [F(c.ri(105, 500) * 10 ** 6) for _ in range(c.r([2, 2, 3]))]
    bad = F(c.ri(20, 95) * 10 ** 6)
    allc = good + [bad]
    c.rng.shuffle(allc)
    spec = sp(("d11_out", {"usd": allc}))
    c.t("license-out", "threshold-mix")
    ds = [drug(c) for _ in allc]
    if c.lang == "en":
        lines = "\n".join("- %s: total contract value %s (signed)" % (d, c.usd(u)) for d, u in zip(ds, allc))
        q = "Our license-out deals with multinationals this year, one product each:\n%s\nTotal support?" % lines
    else:
        lines = "\n".join("%s：合同总额%s（已签）" % (d, c.usd(u)) for d, u in zip(ds, allc))
        q = "今年和跨国药企签的License-out，每个合同一个品种：\n%s\n合计能拿多少？" % lines
    return R(q, ANS, [(D, "第十一条")], spec, tag="multi-item")


# ===========================================================================
# MULTI families: multi-turn dialogues
# ===========================================================================
def q_cro(c, typ, svc_s):
    if c.lang == "en":
        return "We are a %s. Actual service revenue last year was %s. How much support can we get?" % (typ, svc_s)
    return c.r(["我们是%s，去年实际服务金额%s，能补多少？", "%s企业，去年年度实际服务金额%s，按支持办法能拿多少？"]) % (typ, svc_s)


def m_burst(c, v):
    c.t("wechat-burst")
    if c.lang == "en":
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        turns = [c.r(["hi", "hello", "quick q"]), "we're a %s" % typ, "in Changping", "last year's actual service revenue", c.m(svc), "how much can we get?"]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 0:
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        turns = [c.r(HELLO), "问个事", "我们是%s" % typ, "在昌平", "去年实际服务金额", c.m(svc), "能补多少"]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 1:
        rev = c.wan(15000, 200000, 100)
        turns = [c.r(HELLO), "我们是医药销售平台企业", "去年销售收入" + c.m(rev), "按支持办法", "给多少？"]
        return R(turns, ANS, [(D, "第八条")], sp(("d8_sales", {"rev": rev})), tag="multi-turn")
    if v == 2:
        k = c.r([0, 1, 2])
        prev, cur = output_pair(c, k)
        turns = [c.r(HELLO), "我们有个品种", "去年产值" + c.m(cur), "前年" + c.m(prev), "以前没到过" + tier_ref(c, k), "奖励多少"]
        c.t("output-tier")
        return R(turns, ANS, [(D, "第十二条")], sp(("d12_out", {"prev": prev, "cur": cur})), tag="multi-turn")
    eng = c.wan(2000, 25000, 100)
    tot = eng + c.wan(500, 10000, 100)
    turns = ["咨询下若干措施", "（五）那个AI示范项目", "我们项目工程投资" + c.m(eng), "总投资" + c.m(tot, role="dis"), "最多多少"]
    c.t("m26")
    return R(turns, ANS, [(M, "（五）")], sp(("m5", {"eng": eng})), tag="multi-turn")


def m_unit_fix(c, v):
    c.t("unit-correction", "correction")
    typ = c.r(CRO_T)
    if c.lang == "en":
        x = c.ri(3000, 9000)
        svc = F(x * 1000)
        turns = ["We're a %s. Our actual service revenue last year was %s. How much?" % (typ, c.cell(svc, "千元")),
                 "Sorry - that figure is in thousands of yuan."]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 0:
        svc = c.wan(300, 9000, 10)
        turns = ["我们是%s，去年实际服务金额%s，能补多少？" % (typ, c.cell(svc, "万元")), c.r(["单位是万元", "忘了说单位，是万元", "万元哈"])]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 1:
        x = c.ri(3000, 9800)
        svc = F(x * 1000)
        turns = [q_cro(c, typ, c.raw("%d万" % x, x * WAN, role="dis")),
                 "不好意思单位说错了，不是万，是千元，%s" % c.raw("%s千元" % sep(x), svc)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn",
                 wrong=[pct_wrong(x * WAN, 20)])
    a, b, d_, _ = fda_fees(c)
    ia, ib, idd = int(a / WAN), int(b / WAN), int(d_ / WAN)
    t1 = "我们的%s新获FDA批准，海外注册费%s、检测费%s、当地代理费%s，能补多少？" % (
        drug(c), c.raw("%d元" % ia, ia, role="dis"), c.raw("%d元" % ib, ib, role="dis"), c.raw("%d元" % idd, idd, role="dis"))
    for val, num in ((a, ia), (b, ib), (d_, idd)):
        c.money.append({"s": str(num), "v": val, "cur": "CNY", "role": "in", "approx": False, "hint": "万元"})
    turns = [t1, "哦不对，单位不是元，都是万元，我看错表了"]
    return R(turns, ANS, [(D, "第十一条")], sp(("d11_fda", {"fees": [a, b, d_]})), tag="multi-turn")


def m_stage_fix(c, v):
    c.t("correction", "class-stage-correction")
    if c.lang == "en":
        s1, s2 = c.sample([1, 2, 3], 2)
        ck, ce = c.r(CLS1)
        turns = ["Our %s entered %s this year. How much is the award?" % (ce, ste(c, s1)), "Correction: it entered %s, not %s." % (ste(c, s2), ste(c, s1))]
        return R(turns, ANS, [(D, "第五条")], sp(("d5_enter", {"stage": s2, "n": 1})), tag="multi-turn")
    if v == 0:
        s1, s2 = c.sample([1, 2, 3], 2)
        ck, _ = c.r(CLS1)
        turns = ["我们一个%s今年进了%s临床，能拿多少？" % (ck, stz(c, s1)), c.r(["说错了，是%s", "更正：进的是%s不是%s"]).replace("%s", stz(c, s2), 1).replace("%s", stz(c, s1))]
        return R(turns, ANS, [(D, "第五条")], sp(("d5_enter", {"stage": s2, "n": 1})), tag="multi-turn")
    if v == 1:
        zk2 = c.r(CLS2)[0]
        zk1 = zk2.replace("2类", "1类")
        turns = ["我们的%s拿到了药品注册证书，已经在昌平生产，能给多少？" % zk2, "更正一下，是%s，不是2类" % zk1]
        return R(turns, ANS, [(D, "第六条")], sp(("d6", {"cls": "1", "n": 1})), tag="multi-turn")
    c1, c2 = c.sample([1, 2, 3], 2)
    turns = ["我们拿到了%s新兽药注册证书，已经投产，能拿多少？" % VET_ZH[c1], "不对，是%s新兽药" % VET_ZH[c2]]
    c.t("vet")
    return R(turns, ANS, [(D, "第六条")], sp(("d6_vet", {"cls": c2, "n": 1})), tag="multi-turn")


def m_company_switch(c, v):
    c.t("company-switch", "topic-switch")
    typ = c.r(CRO_T)
    if c.lang == "en":
        svc = c.wan(300, 6000, 10)
        rev = c.wan(15000, 200000, 100)
        turns = [q_cro(c, typ, c.m(svc, role="dis")),
                 "Different company now: our sister firm is a pharma sales platform with annual sales revenue of %s last year. What do they get?" % c.m(rev)]
        return R(turns, ANS, [(D, "第八条")], sp(("d8_sales", {"rev": rev})), tag="multi-turn")
    if v == 0:
        svc = c.wan(300, 6000, 10)
        rev = c.wan(15000, 200000, 100)
        turns = [q_cro(c, typ, c.m(svc, role="dis")),
                 "那我们另一家子公司呢？%s是医药销售平台型企业，去年年度销售收入%s，能拿多少？" % (co(c), c.m(rev))]
        return R(turns, ANS, [(D, "第八条")], sp(("d8_sales", {"rev": rev})), tag="multi-turn")
    if v == 1:
        rev = c.wan(500, 2900, 10)
        rd = sme_series(c, 2)
        tot = F(c.ri(105, 500) * 10 ** 6)
        turns = ["我们是小微企业，去年营收%s，研发投入去年%s、前年%s，连续三年正增长，第十三条能拿多少？" % (
            c.m(rev, role="dis"), c.m(rd[0], role="dis"), c.m(rd[1], role="dis")),
            "换一家问：%s刚和跨国药企签了License-out，合同总额%s，已经签约，他们能拿多少？" % (co(c), c.usd(tot))]
        return R(turns, ANS, [(D, "第十一条")], sp(("d11_out", {"usd": [tot]})), tag="multi-turn")
    x = c.wan(300, 6000, 10)
    y = c.wan(300, 6000, 10)
    turns = ["%s甲公司是CRO，去年实际服务金额%s，能补多少？" % (relay(c), c.m(x, role="dis")),
             "另外乙公司也来电了，他们是CDMO，去年实际服务金额%s。乙公司能补多少？" % c.m(y)]
    c.t("relay")
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": y})), tag="multi-turn")


def m_return(c, v):
    c.t("return", "interlude")
    if c.lang == "en":
        typ = c.r(CRO_T)
        x1, x2 = c.wan(300, 5000, 10), c.wan(300, 5000, 10)
        turns = [q_cro(c, typ, c.m(x1, role="dis")), "By the way, who interprets the draft measures?",
                 "Back to the service-revenue question: what if the figure were %s instead?" % c.m(x2)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": x2})), tag="multi-turn")
    if v == 0:
        typ = c.r(CRO_T)
        x1, x2 = c.wan(300, 5000, 10), c.wan(300, 5000, 10)
        turns = [q_cro(c, typ, c.m(x1, role="dis")), "对了，支持办法第十八条是谁负责解释？",
                 "回到刚才服务金额那个问题，如果是%s呢？" % c.m(x2)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": x2})), tag="multi-turn")
    if v == 1:
        a, b, d_, _ = fda_fees(c)
        d2 = c.wan(8, 90, 1)
        while d2 == d_:
            d2 = c.wan(8, 90, 1)
        turns = ["我们的药新获EMA认证，海外注册费%s，检测费%s，当地代理费%s，能补多少？" % (c.m(a), c.m(b), c.m(d_, role="dis")),
                 "你们这个支持办法现在生效了吗？", "那回到EMA那个，如果当地代理费其实是%s呢，其他不变" % c.m(d2)]
        return R(turns, ANS, [(D, "第十一条")], sp(("d11_fda", {"fees": [a, b, d2]})), tag="multi-turn")
    e1, e2 = c.wan(2000, 15000, 100), c.wan(2000, 25000, 100)
    turns = ["若干措施（五）AI示范项目，我们项目工程投资%s，能支持多少？" % c.m(e1, role="dis"), "若干措施有效期到什么时候？",
             "好，回到AI示范项目，工程投资改成%s的话最多多少？" % c.m(e2)]
    c.t("m26")
    return R(turns, ANS, [(M, "（五）")], sp(("m5", {"eng": e2})), tag="multi-turn")


def m_why(c, v):
    c.t("why-followup")
    if c.lang == "en":
        typ = c.r(CRO_T)
        turns = [q_cro(c, typ, c.m(c.wan(300, 6000, 10))), c.r(["Why that number? Which article is it based on?", "Which clause says so?"])]
        return R(turns, ANS, [(D, "第十五条")], tag="multi-turn")
    if v == 0:
        rev = c.wan(15000, 200000, 100)
        turns = ["我们是医药销售平台企业，去年销售收入%s，能拿多少？" % c.m(rev), c.r(["为什么是这个数？依据哪条？", "依据是哪一条？", "这个是怎么算出来的，出处在哪"])]
        return R(turns, ANS, [(D, "第八条")], tag="multi-turn")
    if v == 1:
        k = c.r([0, 1])
        prev, cur = output_pair(c, k)
        turns = ["我们的%s去年年产值%s，首次突破%s，前年%s，奖励多少？" % (drug(c), c.m(cur), tier_ref(c, k), c.m(prev)), "依据哪条？"]
        return R(turns, ANS, [(D, "第十二条")], tag="multi-turn")
    rev = c.wan(500, 2900, 10)
    rd = sme_series(c, 2)
    turns = ["我们是中小企业，去年营收%s，研发投入去年%s、前年%s，连续三年都在增长，研发支持能拿多少？" % (c.m(rev), c.m(rd[0]), c.m(rd[1])),
             "为什么是按去年研发投入的10%算？哪条规定的？"]
    return R(turns, ANS, [(D, "第十三条")], tag="multi-turn")


def m_relay(c, v):
    c.t("relay", "drip-feed")
    a, b, d_, dom = fda_fees(c)
    if c.lang == "en":
        turns = ["A client called: their drug was newly approved by the FDA, overseas registration fees %s. How much can they get?" % c.m(a),
                 "They add: testing fees %s and local agent fees %s; plus %s for domestic trials." % (c.m(b), c.m(d_), c.m(dom, role="dis"))]
        return R(turns, ANS, [(D, "第十一条")], sp(("d11_fda", {"fees": [a, b, d_]})), tag="multi-turn",
                 wrong=[pct_wrong(a + b + d_ + dom, 30)])
    if v == 0:
        turns = ["有企业咨询：他们的药新获FDA批准，海外注册费%s，问能补多少。" % c.m(a),
                 "他们补充说还有检测费%s和当地代理费%s，另外国内临床花了%s。" % (c.m(b), c.m(d_), c.m(dom, role="dis"))]
        return R(turns, ANS, [(D, "第十一条")], sp(("d11_fda", {"fees": [a, b, d_]})), tag="multi-turn",
                 wrong=[pct_wrong(a + b + d_ + dom, 30)])
    svc = c.wan(300, 6000, 10)
    typ = c.r(CRO_T)
    turns = ["客户来电问%s支持，他们去年实际服务金额%s。" % (typ, c.m(svc)), "客户又补充：之前已经拿过两年这个支持了，今年还能拿吗，能拿多少？"]
    c.t("cumulative-limit")
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc, "supported": 2})), tag="multi-turn")


def m_sme_drip(c, v):
    c.t("sme-rd", "drip-feed")
    rev = c.wan(400, 2900, 10)
    rd = sme_series(c, 4)
    x = {"rev_prev": rev, "rd": rd, "sme": True}
    if c.lang == "en":
        turns = ["We're a small enterprise asking about the R&D support (Article 13).", "Revenue last year: %s." % c.m(rev),
                 "R&D: last year %s, the year before %s, three years ago %s, four years ago %s." % (c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), c.m(rd[3]))]
        return R(turns, ANS, [(D, "第十三条")], sp(("d13", x)), tag="multi-turn")
    if v == 0:
        turns = ["我们是小微企业，想问研发投入那条支持", "去年营收%s" % c.m(rev),
                 "研发投入：去年%s，前年%s，大前年%s，再往前一年%s" % (c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), c.m(rd[3])), "能拿多少？"]
        return R(turns, ANS, [(D, "第十三条")], sp(("d13", x)), tag="multi-turn")
    rd2 = rd[:2]
    x = {"rev_prev": rev, "rd": rd2, "sme": True, "growth_stated": True}
    turns = ["第十三条研发支持怎么算", "我们是中型企业，上一年度营业收入%s" % c.m(rev),
             "上年度研发投入%s，上上年度%s" % (c.m(rd2[0]), c.m(rd2[1])), "研发投入已经连续三年保持正增长", "那能拿多少"]
    return R(turns, ANS, [(D, "第十三条")], sp(("d13", x)), tag="multi-turn")


def m_add_item(c, v):
    c.t("items-added")
    if c.lang == "en" or v == 0:
        s1, s2 = c.r([1, 2, 3]), c.r([1, 2, 3])
        ck, ce = c.r(CLS1)
        ck2, ce2 = c.r(CLS1)
        spec = sp(*[("d5_enter", {"stage": st, "n": n}) for st, n in sorted(Counter([s1, s2]).items())])
        if c.lang == "en":
            turns = ["Our %s entered %s this year. How much?" % (ce, ste(c, s1)), "Also a different product, a %s, entered %s this year. Total?" % (ce2, ste(c, s2))]
        else:
            turns = ["我们的%s今年进了%s，能拿多少？" % (ck, stz(c, s1)), "还有一个%s今年也进了%s，另一个品种，一共多少？" % (ck2, stz(c, s2))]
        return R(turns, ANS, [(D, "第五条")], spec, tag="multi-turn")
    t1, t2 = F(c.ri(105, 500) * 10 ** 6), F(c.ri(105, 500) * 10 ** 6)
    turns = ["我们%s的License-out合同总额%s，已签约，能拿多少？" % (drug(c), c.usd(t1)),
             "另外还有一个品种%s也签了，合同总额%s，加起来多少？" % (drug(c), c.usd(t2))]
    c.t("license-out")
    return R(turns, ANS, [(D, "第十一条")], sp(("d11_out", {"usd": [t1, t2]})), tag="multi-turn")


def m_retract(c, v):
    c.t("retraction")
    if c.lang == "en" or v == 0:
        s1, s2 = c.r([1, 2, 3]), c.r([1, 2, 3])
        d1, d2 = drug(c), drug(c)
        if c.lang == "en":
            turns = ["Two Class 1 drugs: %s entered %s and %s entered %s this year. Total award?" % (d1, ste(c, s1), d2, ste(c, s2)),
                     "Scratch %s - it hasn't actually started its trial yet." % d2]
        else:
            turns = ["我们两个1类化药：%s今年进%s，%s今年进%s，一共能拿多少？" % (d1, stz(c, s1), d2, stz(c, s2)),
                     "刚才说的%s不算，它其实还没开始临床。" % d2]
        return R(turns, ANS, [(D, "第五条")], sp(("d5_enter", {"stage": s1, "n": 1})), tag="multi-turn")
    a, b, d_, _ = fda_fees(c)
    turns = ["新获FDA认证，海外注册费%s，检测费%s，当地代理费%s，能补多少？" % (c.m(a), c.m(b), c.m(d_, role="dis")),
             "代理费那笔去掉，财务说那是国内的咨询费，不算注册费用。"]
    return R(turns, ANS, [(D, "第十一条")], sp(("d11_fda", {"fees": [a, b]})), tag="multi-turn",
             wrong=[pct_wrong(a + b + d_, 30)])


def m_whatif(c, v):
    c.t("what-if")
    typ = c.r(CRO_T)
    if c.lang == "en" or v == 0:
        x1, x2 = c.wan(300, 5000, 10), c.wan(600, 9000, 10)
        if c.lang == "en":
            turns = [q_cro(c, typ, c.m(x1, role="dis")), "And if this year's actual service revenue reaches %s, what could we get next year?" % c.m(x2)]
        else:
            turns = [q_cro(c, typ, c.m(x1, role="dis")), "如果今年实际服务金额做到%s，明年申请能拿多少？" % c.m(x2)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": x2})), tag="multi-turn")
    i1, i2 = c.wan(1500, 8000, 10), c.wan(8000, 15000, 100)
    pz, _ = c.r(PLAT_T)
    turns = ["我们%s共享服务平台（已认定）建设实际投入%s，能补多少？" % (pz, c.m(i1, role="dis")), "那如果实际投入追加到%s呢？" % c.m(i2)]
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_plat", {"invest": i2})), tag="multi-turn")


def m_needinfo_then(c, v):
    c.t("answer-to-followup")
    if c.lang == "en":
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        turns = ["We're a %s. How much support can we get?" % typ, "Last year's actual service revenue: %s." % c.m(svc)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 0:
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        turns = ["我们是%s，能补多少？" % typ, "去年实际服务金额%s" % c.m(svc)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    if v == 1:
        cl = c.r([1, 2, 3])
        turns = ["我们拿到了新兽药注册证书，已经投产，能给多少？", "是%s的" % VET_ZH[cl]]
        return R(turns, ANS, [(D, "第六条")], sp(("d6_vet", {"cls": cl, "n": 1})), tag="multi-turn")
    k = c.r([0, 1, 2])
    prev, cur = output_pair(c, k)
    turns = ["我们有个品种年产值首次突破了，能拿多少奖励？", "去年%s，前年%s，之前从没超过%s" % (c.m(cur), c.m(prev), tier_ref(c, k))]
    return R(turns, ANS, [(D, "第十二条")], sp(("d12_out", {"prev": prev, "cur": cur})), tag="multi-turn")


def m_becomes_inelig(c, v):
    c.t("becomes-ineligible")
    if c.lang == "en":
        typ = c.r(CRO_T)
        svc = c.wan(300, 6000, 10)
        turns = [q_cro(c, typ, c.m(svc)), "Oh, I should mention we've already received this support for three years."]
        return R(turns, INEL, [(D, "第十五条")], amode="null", tag="multi-turn", elig=("d15_cro", {"svc": svc, "supported": 3}))
    if v == 0:
        rev = c.wan(500, 2900, 10)
        rd = sme_series(c, 2)
        turns = ["我们是小微企业，去年营收%s，研发投入去年%s、前年%s，连续三年正增长，能拿多少？" % (c.m(rev), c.m(rd[0]), c.m(rd[1])),
                 "哦对了，这个研发支持我们之前已经连续拿了三年了。"]
        return R(turns, INEL, [(D, "第十三条")], amode="null", tag="multi-turn",
                 elig=("d13", {"rev_prev": rev, "rd": rd, "sme": True, "growth_stated": True, "supported": 3}))
    t1 = F(c.ri(105, 500) * 10 ** 6)
    t2 = F(c.ri(30, 95) * 10 ** 6)
    turns = ["我们License-out合同总额%s，已签约，能拿多少？" % c.usd(t1, role="dis"), "我刚问了法务，合同总额其实是%s，之前说错了。" % c.usd(t2)]
    return R(turns, INEL, [(D, "第十一条")], amode="null", tag="multi-turn", elig=("d11_out", {"usd": [t2]}))


def m_doc_switch(c, v):
    c.t("doc-switch")
    typ = c.r(CRO_T)
    inv = c.wan(800, 12000, 10)
    if c.lang == "en":
        turns = [q_cro(c, typ, c.m(c.wan(300, 6000, 10), role="dis")),
                 "Another question, on measure (11) of %s: our demonstration park project's total investment is %s. How much?" % (dm(c), c.m(inv))]
        return R(turns, ANS, [(M, "（十一）")], sp(("m11", {"inv": inv})), tag="multi-turn")
    if v == 0:
        turns = [q_cro(c, typ, c.m(c.wan(300, 6000, 10), role="dis")),
                 "再问一下%s（十一）园区那条，我们示范园区项目投资总额%s，能给多少？" % (dm(c), c.m(inv))]
        return R(turns, ANS, [(M, "（十一）")], sp(("m11", {"inv": inv})), tag="multi-turn")
    eng = c.wan(2000, 25000, 100)
    turns = ["我们的1类生物制品今年进入Ⅲ期，能拿多少？",
             "另外，按%s，我们的AI辅助诊断标杆示范场景项目工程投资总额%s，能支持多少？" % (dm(c), c.m(eng))]
    return R(turns, ANS, [(M, "（五）")], sp(("m5", {"eng": eng})), tag="multi-turn")


OOS_ZH = ["顺便问一下，海淀区有没有类似的补贴政策？", "对了，明天北京天气怎么样？", "上海张江那边的生物医药补贴是多少？",
          "再问个别的，个人所得税专项附加扣除怎么填？", "你能帮我写一首关于春天的诗吗？"]
OOS_EN = ["By the way, what's the weather in Beijing tomorrow?", "Does Shanghai Zhangjiang have a similar subsidy?",
          "Can you recommend a good restaurant near the park?"]


def m_oos_switch(c, v):
    c.t("topic-switch", "out-of-scope")
    typ = c.r(CRO_T)
    t1 = q_cro(c, typ, c.m(c.wan(300, 6000, 10)))
    t2 = c.r(OOS_EN) if c.lang == "en" else cyc("m_oos", OOS_ZH)
    return R([t1, t2], OOS, [], amode="null", tag="out_of_scope")


def m_thanks(c, v):
    c.t("thanks")
    rev = c.wan(15000, 200000, 100)
    if c.lang == "en":
        turns = ["We run a pharma sales platform; annual sales revenue last year %s. How much support?" % c.m(rev), "Great, thanks!"]
    else:
        turns = ["我们是医药健康销售平台型企业，去年销售收入%s，能拿多少？" % c.m(rev), c.r(["好的，谢谢！", "明白了，多谢", "ok谢谢啦"])]
    return R(turns, CHIT, [], amode="null", tag="chitchat")


def m_part_followup(c, v):
    c.t("one-part", "two-provisions")
    combo = c.r([cb for cb in TWO_PROV if not set(cb) <= {"fda", "licout", "licin"}])
    parts = two_prov_parts(c, combo)
    i = c.r([0, 1])
    r, x, zh, en = parts[i]
    label_zh = {"d11_fda": "FDA那部分", "d11_out": "License-out那部分", "d11_in": "License-in那部分", "d15_cro": "CRO那部分",
                "d16_event": "办活动那部分", "d15_plat": "平台建设那部分", "d5_enter": "临床那部分", "d8_entrust": "委托生产那部分",
                "d6_vet": "兽药那部分", "d12_out": "产值奖励那部分"}[r]
    if c.lang == "en":
        turns = ["Two separate items: (1) %s; (2) %s. Total support?" % (parts[0][3], parts[1][3]),
                 "And item (%d) on its own?" % (i + 1)]
    else:
        turns = ["两件不相关的事：一是%s；二是%s。合计能拿多少？" % (parts[0][2], parts[1][2]), "其中%s单独是多少？" % label_zh]
    return R(turns, ANS, [RULE_CITE[r]], sp((r, x)), tag="multi-turn")


def m_cap_followup(c, v):
    c.t("cap-check")
    pz, pe = c.r(PLAT_T)
    i1 = c.wan(1500, 8000, 10)
    if c.lang == "en":
        i2 = c.wan(10100, 25000, 100)
        turns = ["Our recognised shared %s platform cost %s to build. How much support?" % (pe, c.m(i1, role="dis")),
                 "What if total construction investment ends up at %s?" % c.m(i2)]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_plat", {"invest": i2})), tag="multi-turn")
    if v == 0:
        turns = ["我们的%s共享服务平台（已认定）建设实际投入%s，能补多少？" % (pz, c.m(i1)), "这个平台建设支持封顶是多少？"]
        return R(turns, ANS, [(D, "第十五条")], tag="multi-turn", inc=["3000万"])
    i2 = c.wan(10100, 25000, 100)
    turns = ["我们的%s共享服务平台（已认定）建设实际投入%s，能补多少？" % (pz, c.m(i1, role="dis")), "如果后面追加，实际投入到%s呢？" % c.m(i2)]
    c.t("cap-binding")
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_plat", {"invest": i2})), tag="multi-turn")


def m_email_then_q(c, v):
    c.t("pasted-email")
    if c.lang == "en":
        tot = F(c.ri(105, 600) * 10 ** 6)
        body = "Our company signed a license-out agreement for %s with %s on %s; total contract value %s including milestones." % (
            drug(c), c.r(MNC_EN), "May 8, 2026", c.usd(tot))
        turns = [email_en(c, "License-out deal", body), "Based on the email above, how much support can we get?"]
        return R(turns, ANS, [(D, "第十一条")], sp(("d11_out", {"usd": [tot]})), tag="multi-turn")
    if v == 0:
        main = c.wan(50100, 90000, 100)
        body = "我司2025年度主营业务收入%s，为公司首次突破5亿元，较2024年度增长%d%%。" % (c.m(main), c.ri(8, 40))
        c.ref("5亿元", 5 * YI)
        turns = ["帮我看下这封邮件：\n" + email_zh(c, "扩能升级支持", body), "按上面邮件的情况，能拿多少？"]
        return R(turns, ANS, [(D, "第十二条")], sp(("d12_rev", {"rev": main, "first": True})), tag="multi-turn")
    typ = c.r(CRO_T)
    svc = c.wan(300, 8000, 10)
    body = "我司为%s企业，2025年度实际服务金额%s，服务客户%d家。" % (typ, c.m(svc), c.ri(10, 200))
    turns = [email_zh(c, "外包服务支持咨询", body), "上面是客户发来的邮件，按支持办法能补多少？"]
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")


def m_voice_multi(c, v):
    c.t("voice")
    if v == 0:
        typ = c.r(CRO_T)
        svc = c.wan(300, 8000, 10)
        s = c.m(svc, style="cn_plain")
        turns = [voice("喂 %s我想问一下 我们是做%s的" % (fl(c), typ)), voice("去年服务金额 %s %s 对 %s" % (fl(c), s, s)), "能补多少"]
        return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": svc})), tag="multi-turn")
    s1, s2 = c.sample([1, 2, 3], 2)
    turns = [voice("%s我们有个1类化药今年进%s了 能拿多少" % (fl(c), ST_VOICE[s1])),
             voice("不是不是 %s我说错了 是进%s" % (fl(c), ST_VOICE[s2]))]
    c.t("correction")
    return R(turns, ANS, [(D, "第五条")], sp(("d5_enter", {"stage": s2, "n": 1})), tag="multi-turn")


def m_validity_followup(c, v):
    c.t("validity")
    inv = c.wan(800, 12000, 10)
    yr = c.r([2029, 2030])
    if c.lang == "en":
        turns = ["Measure (11) of %s: our demonstration park project investment totals %s. How much?" % (dm(c), c.m(inv)),
                 "What if we only apply in %d?" % yr]
    elif v == 0:
        turns = ["%s（十一）园区那条，我们示范园区项目投资总额%s，能给多少？" % (dm(c), c.m(inv)), "如果我们%d年才申请呢？还能拿吗？" % yr]
    else:
        eng = c.wan(2000, 20000, 100)
        turns = ["若干措施（五）AI示范项目，我们项目工程投资%s，最多多少？" % c.m(eng), "我们项目要到%d年才能建完，那时候再申报还适用吗？" % yr]
    return R(turns, ["answered", "ineligible"], [], amode="null", tag="validity")


def m_units_followup(c, v):
    c.t("responsible-units")
    eng = c.wan(2000, 20000, 100)
    if c.lang == "en":
        turns = ["Measure (5) of %s: our AI demonstration project's engineering investment is %s. Max support?" % (dm(c), c.m(eng)),
                 "Which departments are responsible for that measure?"]
        return R(turns, ANS, [(M, "（五）")], tag="multi-turn")
    turns = ["%s（五）AI示范项目，我们项目工程投资总额%s，最多能拿多少？" % (dm(c), c.m(eng)), "这一条的责任单位有哪些？"]
    return R(turns, ANS, [(M, "（五）")], tag="multi-turn", inc=["市药监局"])


def m_approx_then_exact(c, v):
    c.t("approx-then-exact")
    typ = c.r(CRO_T)
    x = c.wan(300, 6000, 100)
    x2 = x + F(c.ri(-60, 60) * WAN + c.r([0, 5000]))
    if x2 == x:
        x2 = x + 30000
    if c.lang == "en":
        turns = ["We're a %s; last year's service revenue was %s. How much?" % (typ, c.m(x, approx="about", role="dis")),
                 "Checked the books: exactly %s." % c.m(x2)]
    elif v == 0:
        turns = ["我们%s去年服务金额%s，能补多少？" % (typ, c.m(x, approx=c.r(["约", "大概"]), role="dis")), "我查了一下，准确数是%s" % c.m(x2)]
    else:
        turns = ["我们%s去年服务金额%s，能拿多少？" % (typ, c.m(x, style="wan", approx=c.r(["左右", "余"]), role="dis")),
                 "财务刚给了准数：%s" % c.m(x2)]
    return R(turns, ANS, [(D, "第十五条")], sp(("d15_cro", {"svc": x2})), tag="multi-turn")


# ===========================================================================
# NEG families: needs_info / ineligible / thresholds / validity / approximations
# ===========================================================================
def n_missing(c, v):
    c.t("missing-fact")
    topics = ["cro", "sme", "vet", "licout", "phase", "output", "m5", "event", "sales", "rev5"]
    topic = cyc("n_missing", topics)
    st_ = NI
    amode = "null"
    if topic == "cro":
        zh, en, cite = ("我们是%s，今年想申请第十五条的支持，能拿多少？" % c.r(CRO_T),
                        "We are a %s and want to apply under Article 15. How much can we get?" % c.r(CRO_T), (D, "第十五条"))
    elif topic == "sme":
        rev = c.m(c.wan(500, 2900, 10))
        zh, en, cite = ("我们是小微企业，去年营收%s，研发投入连续三年都在涨，研发支持能拿多少？" % rev,
                        "We're a small enterprise with revenue of %s last year and R&D growing three years running. How much R&D support?" % rev, (D, "第十三条"))
    elif topic == "vet":
        zh, en, cite = ("我们拿到了新兽药注册证书，已经在昌平投产，能拿多少？",
                        "We received a new veterinary drug registration certificate and production has started in Changping. How much?", (D, "第六条"))
    elif topic == "licout":
        zh, en, cite = ("我们和跨国药企签了License-out合同，已经签字了，能拿多少？",
                        "We signed a license-out contract with a multinational. How much support?", (D, "第十一条"))
    elif topic == "phase":
        zh, en, cite = ("我们的1类新药今年进临床了，能给多少奖励？",
                        "Our Class 1 new drug started clinical trials this year. How much is the award?", (D, "第五条"))
    elif topic == "output":
        zh, en, cite = ("我们有个品种今年产值涨得很猛，单品种产值奖励能拿多少？",
                        "One of our products had a big jump in annual output. How much is the output award?", (D, "第十二条"))
    elif topic == "m5":
        zh, en, cite = ("按若干措施，我们的AI+药物研发示范项目能拿多少？", "Under the 2026-2028 measures, how much can our AI drug-R&D demonstration project get?", (M, "（五）"))
    elif topic == "event":
        zh, en, cite = ("我们公司（民营）下个月办一个生命科学论坛，能支持多少？",
                        "Our private company is hosting a life-science forum next month. How much support?", (D, "第十六条"))
    elif topic == "sales":
        zh, en, cite = ("我们是医药健康销售平台型企业，能拿多少支持？", "We are a pharma sales platform company. How much support?", (D, "第八条"))
    else:
        main = c.m(c.wan(50100, 90000, 100))
        zh, en, cite = ("我们去年主营业务收入%s，按第十二条能拿多少？" % main,
                        "Our main-business revenue last year was %s. How much under Article 12?" % main, (D, "第十二条"))
        st_ = ["needs_info", "answered"]
        c.t("first-time-unknown")
    if c.lang == "en":
        q = en
    elif v in (1, 3):
        q = relay(c) + zh.replace("我们", "他们")
        c.t("relay")
    elif v == 2:
        q = voice(fl(c) + zh)
        c.t("voice")
    else:
        q = zh
    return R(q, st_, [cite], amode=amode, tag="needs_info")


def n_approx(c, v):
    c.t("approximate")
    mode = cyc("n_approx", ["base", "sme_near", "range", "licout_near", "sme_far", "base"])
    typ = c.r(CRO_T)
    if mode in ("base", "range"):
        x = c.wan(300, 6000, 100)
        if mode == "base":
            if c.lang == "en":
                s = c.m(x, approx=c.r(["about", "around", "roughly"]))
            else:
                ap = c.r(["约", "大概", "左右", "余", "多"])
                s = c.m(x, style="wan" if ap in ("左右",) else None, approx=ap) if ap not in ("约", "大概") else c.m(x, approx=ap)
        else:
            hi = c.ri(3, 9)
            s = c.raw("%s%s百万" % (CN_DIG[hi - 1], CN_DIG[hi]), None, role="range") if c.lang != "en" else c.raw(
                "RMB %d-%d million" % (hi - 1, hi), None, role="range")
            c.t("range")
        if c.lang == "en":
            q = "We're a %s; last year's service revenue was %s. How much support exactly?" % (typ, s)
        elif v == 0:
            q = "我们是%s，去年服务金额%s吧，能补多少？" % (typ, s)
        elif v == 1:
            q = "%s他们是%s，说去年服务金额%s，具体数没记住，问能补多少。" % (relay(c), typ, s)
        else:
            q = voice("%s我们%s去年服务金额%s %s能补多少" % (fl(c), typ, s, fl(c)))
        return R(q, ["answered", "needs_info"], [(D, "第十五条")], amode="null", tag="needs_info")
    if mode in ("sme_near", "sme_far"):
        rd = sme_series(c, 4)
        if mode == "sme_near":
            rs = c.m(3000 * WAN, style="cn_plain" if c.lang != "en" else None, approx="左右" if c.lang != "en" else "about")
        else:
            rs = c.raw("一千万出头", 1000 * WAN) if c.lang != "en" else c.m(1000 * WAN, approx="about")
        rds = [c.m(r) for r in rd]
        if c.lang == "en":
            q = "We're an SME. Revenue last year was %s. R&D: %s (last year), %s, %s, %s (going back). How much under Article 13?" % (rs, *rds)
        else:
            q = "我们是小微企业，去年营收%s，研发投入：去年%s，前年%s，大前年%s，再往前一年%s。第十三条能拿多少？" % (rs, *rds)
        if mode == "sme_near":
            c.t("threshold-near")
            return R(q, ["needs_info", "ineligible"], [(D, "第十三条")], amode="null", tag="needs_info")
        c.t("approx-irrelevant")
        x = {"rev_prev": F(1000 * WAN), "rd": rd, "sme": True}
        return R(q, ANS, [(D, "第十三条")], sp(("d13", x)), tag="calc")
    s = c.usd(YI, style="usd_yi" if c.lang != "en" else "usd_en_million", approx="左右" if c.lang != "en" else "about")
    if c.lang == "en":
        q = "Our license-out deal is worth %s in total and is signed. Do we qualify, and how much?" % s
    else:
        q = "我们的License-out合同总额%s，已签约，能不能拿、能拿多少？" % s
    c.t("threshold-near", "license-out")
    return R(q, ["needs_info", "ineligible"], [(D, "第十一条")], amode="null", tag="needs_info")


def n_thr_rev5(c, v):
    c.t("threshold", "revenue-5yi")
    mode = cyc("thr_rev5", ["at", "below", "above", "notfirst", "at"])
    if mode == "at":
        rev = F(5 * YI)
        s = c.r(["5亿元整", "500,000,000元", "五亿元", "50000万元", "5.00亿元"]) if c.lang != "en" else c.r(["RMB 500 million", "RMB 500,000,000"])
        c.raw(s, rev)
        c.t("boundary-at")
    elif mode == "below":
        rev = F(5 * YI - c.r([1, 2, 5, 10, 20]) * 10 ** 5)
        s = c.m(rev)
        c.t("boundary-below")
    elif mode == "above":
        rev = F(5 * YI + c.r([1, 2, 5, 10]) * 10 ** 5)
        s = c.m(rev)
        c.t("boundary-above")
    else:
        rev = c.wan(52000, 70000, 100)
        s = c.m(rev)
        prev_hi = c.m(c.wan(50500, 51900, 100), role="dis")
        c.t("not-first")
    if c.lang == "en":
        tail = (" We already exceeded RMB 500 million two years ago (%s)." % prev_hi) if mode == "notfirst" else " We had never reached RMB 500 million before."
        c.ref("RMB 500 million", 5 * YI)
        q = "Our main-business revenue last year was %s.%s How much support under Article 12?" % (s, tail)
    else:
        tail = ("不过前年主营收入就已经是%s了。" % prev_hi) if mode == "notfirst" else "之前从来没到过5亿。"
        if mode != "notfirst":
            c.ref("5亿", 5 * YI)
        q = c.r(["我们去年主营业务收入%s，%s第十二条能拿多少？", "%s他们去年主营业务收入%s，%s问能拿多少。"])
        q = q % ((s, tail) if q.count("%s") == 2 else (relay(c), s, tail.replace("我们", "他们")))
    x = {"rev": rev, "first": mode != "notfirst"}
    if mode in ("at", "above"):
        return R(q, ANS, [(D, "第十二条")], sp(("d12_rev", x)), tag="threshold")
    return R(q, INEL, [(D, "第十二条")], amode="null", tag="threshold", elig=("d12_rev", x))


def n_thr_sme(c, v):
    c.t("threshold", "sme-rd")
    mode = cyc("thr_sme", ["rev_at", "rd_at", "drop", "rev_below", "rd_below", "large"])
    sme = c.r(SME_ZH)
    rd = sme_series(c, 4)
    rev = c.wan(500, 2900, 10)
    if mode == "rev_at":
        rev = F(3000 * WAN)
    elif mode == "rev_below":
        rev = F(3000 * WAN - c.r([1, 5, 10]) * WAN)
    elif mode in ("rd_at", "rd_below"):
        total = 1000 * WAN if mode == "rd_at" else 999 * WAN
        r1 = F(c.ri(52, 70) * 10 * WAN)
        r2 = total - r1
        r3 = F(int(r2 * F(c.ri(60, 90), 100) / (10 * WAN)) * 10 * WAN)
        r4 = F(int(r3 * F(c.ri(60, 90), 100) / (10 * WAN)) * 10 * WAN)
        rd = [r1, r2, r3, r4]
    elif mode == "drop":
        rd = [rd[1] - c.wan(20, 150, 10)] + rd[1:]
        if rd[0] + rd[1] < 1000 * WAN:
            rd[0] = rd[1] - 10 * WAN
    if mode == "large":
        sme = "大型企业"
    x = {"rev_prev": rev, "rd": rd, "sme": mode != "large"}
    c.t("sme-" + mode)
    if c.lang == "en":
        size = "a large enterprise" if mode == "large" else "an SME"
        q = "We are %s. Revenue last year: %s. R&D spending 2022-2025: %s, %s, %s, %s (2025 = last year). Do we qualify for Article 13, and for how much?" % (
            size, c.m(rev), c.m(rd[3]), c.m(rd[2]), c.m(rd[1]), c.m(rd[0]))
    elif v in (0, 1):
        q = "我们是%s，上一年度营业收入%s；研发投入2022年%s、2023年%s、2024年%s、2025年%s（2025年为上一年度）。第十三条能不能拿、能拿多少？" % (
            sme, c.m(rev), c.m(rd[3]), c.m(rd[2]), c.m(rd[1]), c.m(rd[0]))
    elif v == 2:
        q = "%s他们是%s，去年营收%s，研发投入去年%s、前年%s、大前年%s、四年前%s，问研发支持能拿多少。" % (
            relay(c), sme, c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), c.m(rd[3]))
    else:
        q = "【研发支持自评表】\n企业规模：%s\n上年度营业收入：%s\n研发投入（上年度/上上年度/大前年/四年前）：%s / %s / %s / %s\n问：可获支持金额？" % (
            sme, c.m(rev), c.m(rd[0]), c.m(rd[1]), c.m(rd[2]), c.m(rd[3]))
        c.t("form")
    if mode in ("rev_below", "rd_at"):
        assert ref_d13_eligible(x)
        return R(q, ANS, [(D, "第十三条")], sp(("d13", x)), tag="threshold")
    assert not ref_d13_eligible(x)
    return R(q, INEL, [(D, "第十三条")], amode="null", tag="threshold", elig=("d13", x))


def n_thr_licout(c, v):
    c.t("threshold", "license-out")
    mode = cyc("thr_licout", ["at", "below", "above", "at"])
    if mode == "at":
        u = F(YI)
        if c.lang == "en":
            s = c.raw(c.r(["US$100 million", "USD 100m", "$100M", "100 million US dollars"]), u, cur="USD")
        else:
            s = c.raw(c.r(["1亿美元整", "100,000,000美元", "一亿美元", "10000万美元", "1亿美元"]), u, cur="USD")
        c.t("boundary-at")
    elif mode == "below":
        u = F(YI - c.r([10, 50, 100, 200]) * WAN)
        s = c.usd(u)
        c.t("boundary-below")
    else:
        u = F(YI + c.r([50, 100, 200, 500]) * WAN)
        s = c.usd(u)
        c.t("boundary-above")
    x = {"usd": [u], "signed": True}
    if c.lang == "en":
        q = "We signed a license-out contract with %s; the total contract value is exactly %s. Does it pass the threshold, and how much do we get?" % (c.r(MNC_EN), s)
    elif v == 0:
        q = "我们和%s签的License-out合同，合同总额%s，已经签了。够不够条件？能拿多少？" % (c.r(MNC), s)
    elif v == 1:
        q = "%s他们的授权合同（License-out）总额是%s，合同已签，问能不能拿那个50万。" % (relay(c), s)
        c.ref("50万", 50 * WAN)
    else:
        q = "合同总额%s的License-out（已签约），按第十一条算不算“超过1亿美元”？能拿多少？" % s
        c.ref("1亿美元", YI, cur="USD")
    if mode == "above":
        return R(q, ANS, [(D, "第十一条")], sp(("d11_out", x)), tag="threshold")
    return R(q, INEL, [(D, "第十一条")], amode="null", tag="threshold", elig=("d11_out", x))


def n_thr_output(c, v):
    c.t("threshold", "output-tier")
    mode = cyc("thr_output", ["at5000", "below", "at1yi"])
    d = drug(c)
    if mode == "at5000":
        cur = F(5000 * WAN)
        prev = c.wan(2500, 4800, 100)
        cs = c.r(["5000万元整", "50,000,000元", "五千万", "0.5亿元"]) if c.lang != "en" else c.r(["RMB 50 million", "RMB 50,000,000"])
        c.raw(cs, cur)
        c.t("boundary-at")
    elif mode == "at1yi":
        cur = F(YI)
        prev = c.wan(6000, 9500, 100)
        cs = c.r(["1亿元整", "100,000,000元", "一个亿整", "10000万元"]) if c.lang != "en" else c.r(["RMB 100 million", "RMB 100,000,000"])
        c.raw(cs, cur)
        c.t("boundary-at")
    else:
        cur = F(5000 * WAN - c.r([10, 20, 50, 100]) * WAN)
        prev = c.wan(2500, 4000, 100)
        cs = c.m(cur)
        c.t("boundary-below")
    ps = c.m(prev)
    if c.lang == "en":
        q = "Annual output of %s last year was %s (the year before: %s); it had never been higher. Is there an output award, and how much?" % (d, cs, ps)
    elif v == 0:
        q = "我们的%s去年单品种年产值%s，前年%s，以前都没这么高过。有没有产值奖励？多少？" % (d, cs, ps)
    else:
        q = voice("%s我们那个%s去年产值刚好%s 前年是%s 能拿单品种产值那个奖励吗" % (fl(c), d, cs, ps))
        c.t("voice")
    x = {"prev": prev, "cur": cur}
    if mode == "below":
        return R(q, INEL, [(D, "第十二条")], amode="null", tag="threshold", elig=("d12_out", x))
    c.t("ambiguous")
    return R(q, ["answered", "ineligible"], [(D, "第十二条")], amode="null", tag="ambiguous")


def n_cond(c, v):
    c.t("condition")
    modes = ["licin", "gov_event", "cro3", "no_ind", "unsigned", "out_notfirst"]
    mode = cyc("n_cond", modes)
    if mode == "licin":
        zh = "我们从%s License-in了一个产品，目前还在国内做注册申报，还没上市，能拿多少？" % c.r(COUNTRY)
        en = "We licensed in a product from %s; it is still under registration review in China and not yet launched. How much support?" % c.r(COUNTRY_EN)
        return R(en if c.lang == "en" else zh, ["ineligible", "needs_info"], [(D, "第十一条")], amode="null", tag="ineligible", traits=["not-launched"])
    if mode == "gov_event":
        cost = c.m(c.wan(50, 600, 1))
        zh = "这个论坛是区卫健委主办的，我们（事业单位）只是协助组织，实际发生费用%s，能按活动费用的20%%申请吗？" % cost
        en = "The forum was hosted by the district health commission; we (a public institution) only helped organise it. Actual cost %s. Can we claim 20%%?" % cost
        return R(en if c.lang == "en" else zh, ["ineligible", "needs_info"], [(D, "第十六条")], amode="null", tag="ineligible", traits=["non-market-organiser"])
    if mode == "cro3":
        svc = c.wan(300, 6000, 10)
        s = c.m(svc)
        zh = "我们是%s，去年实际服务金额%s。第十五条的支持我们2023、2024、2025年已经连续拿了三年，今年还能拿多少？" % (c.r(CRO_T), s)
        en = "We are a %s with actual service revenue of %s last year. We've already received Article 15 support in 2023, 2024 and 2025. How much this year?" % (c.r(CRO_T), s)
        return R(en if c.lang == "en" else zh, INEL, [(D, "第十五条")], amode="null", tag="ineligible", traits=["cumulative-limit"],
                 elig=("d15_cro", {"svc": svc, "supported": 3}))
    if mode == "no_ind":
        ck, ce = c.r(CLS1)
        zh = "我们的%s拿到了药品注册证书，但我们不打算自己生产，准备把产品权益整体转让给外省企业去生产销售。还能拿第六条的支持吗？" % ck
        en = "Our %s received its registration certificate, but we won't manufacture it; we'll transfer all rights to a company in another province. Can we still get Article 6 support?" % ce
        return R(en if c.lang == "en" else zh, ["ineligible", "needs_info"], [(D, "第六条")], amode="null", tag="ineligible", traits=["no-industrialisation"])
    if mode == "unsigned":
        tot = F(c.ri(150, 600) * 10 ** 6)
        s = c.usd(tot)
        zh = "我们和%s的License-out目前只签了意向书（term sheet），正式合同还没签，预计合同总额%s。现在能申请多少？" % (c.r(MNC), s)
        en = "Our license-out with %s is only at term-sheet stage; the definitive contract (expected total %s) is not signed yet. How much can we apply for now?" % (c.r(MNC_EN), s)
        return R(en if c.lang == "en" else zh, ["ineligible", "needs_info"], [(D, "第十一条")], amode="null", tag="ineligible", traits=["not-signed"])
    high = c.wan(10500, 19000, 100)
    dip = c.wan(6000, 9500, 100)
    cur = c.wan(10200, 19000, 100)
    d, sh, sd, sc = drug(c), c.m(high, role="dis"), c.m(dip), c.m(cur)
    zh = "我们的%s前年产值就到过%s，去年掉到%s，今年又回到%s，又一次突破1亿了，能拿40万吗？" % (d, sh, sd, sc)
    en = "Output of %s was %s two years ago, fell to %s last year, and is back at %s this year - above RMB 100 million again. Do we get the award?" % (
        d, sh, sd, sc)
    c.ref("1亿", YI) if c.lang != "en" else c.ref("RMB 100 million", YI)
    if c.lang != "en":
        c.ref("40万", 40 * WAN)
    return R(en if c.lang == "en" else zh, INEL, [(D, "第十二条")], amode="null", tag="ineligible", traits=["not-first"],
             elig=("d12_out", {"prev": dip, "cur": cur, "first": False}))


def n_valid(c, v):
    c.t("validity", "expired")
    yr = c.r([2029, 2030])
    which = c.r(["（五）", "（十一）", "（十二）", "（十三）", "（七）"])
    name = {"（五）": "AI+医药健康示范应用", "（十一）": "园区建设支持", "（十二）": "外资研发中心研发激励", "（十三）": "出海支持", "（七）": "科技服务业企业效能提升"}[which]
    name_en = {"（五）": "AI demonstration", "（十一）": "park support", "（十二）": "foreign R&D centre incentive", "（十三）": "going-global support",
               "（七）": "tech-service efficiency support"}[which]
    if c.lang == "en":
        q = "We plan to apply for the %s in measure %s of %s in %d. Will it still apply?" % (name_en, art_en(which), dm(c), yr)
    elif v == 0:
        q = "%s%s%s，我们打算%d年再申报，到时候还能拿吗？" % (dm(c), which, name, yr)
    else:
        q = "%s他们想知道若干措施%s%s在%d年还适用不适用。" % (relay(c), which, name, yr)
    return R(q, ["answered", "ineligible"], [], amode="null", tag="validity")


def n_halfyear(c, v):
    c.t("half-year", "other-year")
    h = c.wan(200, 4000, 10)
    h0 = c.wan(200, 4000, 10)
    typ = c.r(CRO_T)
    if c.lang == "en":
        q = "We're a %s. Service revenue in the first half of this year was %s, versus %s in the same period last year. How much annual support do we get?" % (typ, c.m(h), c.m(h0))
    else:
        q = "我们是%s，今年上半年服务金额%s，去年同期%s，按年度实际服务金额能补多少？" % (typ, c.m(h), c.m(h0))
    return R(q, NI, [(D, "第十五条")], amode="null", tag="needs_info")


def n_growth_vague(c, v):
    c.t("growth-vague")
    typ = c.r(CRO_T)
    x = c.wan(300, 5000, 10)
    if c.lang == "en":
        q = "We're a %s. Service revenue the year before last was %s, and last year it grew a bit over 20%%. Based on last year, how much?" % (typ, c.m(x))
    elif v == 0:
        q = "我们是%s，前年服务金额%s，去年比前年涨了两成多。按去年的算能补多少？" % (typ, c.m(x))
    else:
        q = "%s他们是%s，说前年服务金额%s，去年翻了一番还多一点，问按去年能拿多少。" % (relay(c), typ, c.m(x))
    return R(q, ["answered", "needs_info"], [(D, "第十五条")], amode="null", tag="needs_info")


def n_usd_costs(c, v):
    c.t("usd-costs", "fda")
    a, b, d_ = F(c.ri(20, 90) * 10 ** 4), F(c.ri(5, 30) * 10 ** 4), F(c.ri(2, 15) * 10 ** 4)
    q = "我们的药新获FDA批准，海外注册费%s，检测费%s，当地代理费%s（都是美元付的），按第十一条能补多少人民币？" % (
        c.usd(a, style="usd_wan"), c.usd(b, style="usd_wan"), c.usd(d_, style="usd_wan"))
    return R(q, ["answered", "needs_info"], [(D, "第十一条")], amode="null", tag="needs_info")


def n_class2_enter(c, v):
    c.t("class2-entering", "ambiguous")
    zk, ek = c.r(CLS2)
    st = c.r([1, 2, 3])
    if c.lang == "en":
        q = "Our recognised %s entered %s this year. How much is the entry award?" % (ek, ste(c, st))
    else:
        q = "我们的%s（已经认定）今年进入%s临床，进入临床的奖励能拿多少？" % (zk, stz(c, st))
    return R(q, ["answered", "ineligible", "needs_info"], [(D, "第五条")], amode="null", tag="ambiguous")


def n_three_vals(c, v):
    c.t("growth-three-values", "ambiguous", "sme-rd")
    rd = sme_series(c, 3)
    rev = c.wan(500, 2900, 10)
    q = "我们是小微企业，去年营收%s。研发投入：2023年%s，2024年%s，2025年%s（2025年是去年）。第十三条能拿多少？" % (
        c.m(rev), c.m(rd[2]), c.m(rd[1]), c.m(rd[0]))
    return R(q, ["answered", "needs_info"], [(D, "第十三条")], amode="null", tag="ambiguous")


# ===========================================================================
# LOOK families: lookups, validity, draft status, no-figure, out-of-scope, chit-chat
# ===========================================================================
UNIT_FIRST = {"（一）": "市科委中关村管委会", "（四）": "市政务和数据局", "（五）": "市药监局", "（七）": "市国资委", "（九）": "北京证监局",
              "（十一）": "市经济和信息化局", "（十二）": "市科委中关村管委会", "（十三）": "市商务局", "（十四）": "市人才局"}
MEASURE_NAME = {"（一）": "强化原始创新策源", "（四）": "夯实AI+医药健康要素基础", "（五）": "加快AI+医药健康示范应用", "（七）": "完善产业服务平台体系",
                "（九）": "加大科技金融创新赋能", "（十一）": "强化园区建设支持", "（十二）": "汇聚全球创新资源", "（十三）": "加强出海支持",
                "（十四）": "构建多层次人才梯队"}


def l_units(c, v):
    c.t("responsible-units")
    art = cyc("l_units", ["（五）", "（十三）", "（九）", "（十一）", "（四）", "（七）", "（十四）", "（一）", "（十二）"])
    for a, u in UNIT_FIRST.items():
        assert u in QUOTES[UNIT_OF[a]][1]
        assert MEASURE_NAME[a] in measure_block(a.strip("（）"))
    nm = MEASURE_NAME[art]
    if c.lang == "en":
        q = "Which government departments are responsible for measure %s of %s?" % (art_en(art), dm(c))
        return R(q, ANS, [(M, art)], tag="lookup")
    if v == 0:
        q = "%s%s“%s”的责任单位是哪些？" % (dm(c), art, nm)
    elif v == 1:
        q = "%s有人问若干措施里“%s”那条归哪些部门负责。" % (relay(c), nm)
    else:
        q = "若干措施%s的responsible units有哪些？" % art
        c.t("code-mix")
    return R(q, ANS, [(M, art)], tag="lookup", inc=[UNIT_FIRST[art]])


def l_valid(c, v):
    c.t("validity")
    if c.lang == "en":
        q = c.r(["Until when are the 2026-2028 Changping measures valid?", "Can we still apply under the 2026-2028 measures in 2028?"])
        return R(q, ANS, [], tag="validity")
    if v == 0:
        q = c.r(["若干措施有效期到什么时候？", "2026-2028年那个若干措施哪天到期？", "若干措施是从什么时候开始施行、到什么时候结束？"])
        return R(q, ANS, [], tag="validity", inc=["2028"])
    yr = c.r([2027, 2028])
    q = "%s他们问%d年还能不能按若干措施申请支持。" % (relay(c), yr)
    return R(q, ANS, [], tag="validity", inc=["2028"])


def l_draft(c, v):
    c.t("draft-status")
    if c.lang == "en":
        return R("Is the Changping zone support measures document (revised draft) already in force?", ANS, [], tag="lookup")
    q = [lambda: "支持办法现在正式实施了吗？还是草案？", lambda: "%s客户问昌平组团促进医药健康产业发展支持办法（修订稿）是不是正式文件，能不能直接按它申报。" % relay(c)][v]()
    return R(q, ANS, [], tag="lookup", inc=["征求意见"])


def l_interp(c, v):
    c.t("interpretation")
    if c.lang == "en":
        return R("Who is responsible for interpreting the zone draft support measures?", ANS, [(D, "第十八条")], tag="lookup")
    if v == 0:
        return R(c.r(["支持办法由哪个单位负责解释？", "这个支持办法的解释权归谁？"]), ANS, [(D, "第十八条")], tag="lookup", inc=["未来科学城"])
    return R(c.r(["若干措施由谁负责解释？", "2026-2028年若干措施的解释单位是哪个？"]), ANS, [], tag="lookup", inc=["市科委中关村管委会"])


def l_clause(c, v):
    c.t("clause-lookup")
    if c.lang == "en":
        art, q = c.r([("第十三条", "What does Article 13 of the zone draft measures say?"),
                      ("第十五条", "What does Article 15 of the draft support measures cover?")])
        return R(q, ANS, [(D, art)], tag="lookup")
    if v == 0:
        art = c.r(["第十三条", "第八条", "第十一条", "第十五条", "第六条"])
        q = c.r(["支持办法%s讲的是什么？", "%s的内容帮我概括一下", "给我看一下支持办法%s原文"]) % art
        return R(q, ANS, [(D, art)], tag="lookup")
    if v == 1:
        art, title = c.r([("第十二条", "支持企业扩能升级"), ("第十一条", "支持提升国际化水平"), ("第十五条", "布局关键服务平台"),
                          ("第八条", "支持产品委托生产和销售"), ("第十六条", "优化企业发展环境")])
        q = "“%s”是支持办法第几条？具体怎么支持？" % title
        return R(q, ANS, [(D, art)], tag="lookup")
    art = c.r(["（十三）", "（十二）", "（五）", "（十一）"])
    q = "若干措施%s说了啥？" % art
    return R(q, ANS, [(M, art)], tag="lookup")


def l_nofig(c, v):
    c.t("no-figure")
    if c.lang == "en":
        return R("Does Article 9 of the zone draft measures give any specific amount?", ANS, [(D, "第九条")], tag="unspecified")
    if v == 0:
        art = c.r(["第九条", "第十条"])
        return R("支持办法%s有具体金额或比例吗？" % art, ANS, [(D, art)], tag="unspecified")
    return R("若干措施（十四）对青年拔尖人才给多少钱？有标准吗？", ANS, [(M, "（十四）")], tag="unspecified")


OOS_LOOK_ZH = ["今天北京昌平天气怎么样？", "海淀区对生物医药企业有什么租金补贴？", "上海浦东的生物医药产业政策补贴标准是多少？",
               "个人所得税专项附加扣除怎么申报？", "帮我写一首关于生命谷的七言绝句。", "恒瑞医药的股票明天会涨吗？",
               "深圳坪山对医疗器械企业注册证有什么奖励？", "北京市职工医保门诊报销比例是多少？"]
OOS_LOOK_EN = ["What's the weather like in Changping today?", "What subsidies does Shenzhen offer to medical-device firms?",
               "Write me a haiku about biotech."]


def l_oos(c, v):
    c.t("out-of-scope")
    q = c.r(OOS_LOOK_EN) if c.lang == "en" else cyc("l_oos", OOS_LOOK_ZH)
    return R(q, OOS, [], amode="null", tag="out_of_scope")


def l_chit(c, v):
    c.t("chitchat")
    if c.lang == "en":
        q = c.r(["hello", "Who are you?", "thanks, bye"])
    else:
        q = [c.r(["你好", "在吗", "您好呀"]), c.r(["你是谁？", "你能做什么？"]), c.r(["辛苦了，谢谢", "好的没问题了，拜拜"])][v]
    return R(q, CHIT, [], amode="null", tag="chitchat")


def l_stack(c, v):
    c.t("stacking")
    if c.lang == "en":
        return R("Can a project get both district support under the draft measures and Beijing municipal support at the same time?", ANS, [(D, "第十七条")], tag="lookup")
    return R(c.r(["符合市级政策的，还能同时享受区里这个支持办法吗？", "同一个项目能不能市、区两级政策都拿？"]), ANS, [(D, "第十七条")], tag="lookup")


def l_cap(c, v):
    c.t("cap-lookup")
    if c.lang == "en":
        return R("Under Article 5 of the zone draft measures, what is the annual cap per enterprise for clinical-stage support?", ANS, [(D, "第五条")], tag="lookup")
    if v == 0:
        art, q, inc = c.r([("第五条", "支持办法第五条每个企业每年最多能拿多少？", "1亿"),
                           ("第五条", "非注册性临床试验那块，每个企业每年上限是多少？", "200万")])
    else:
        art, q, inc = c.r([("第十五条", "共享服务平台建设支持最高是多少？", "3000万"),
                           ("（五）", "若干措施AI示范项目最高支持多少？", "5000万"),
                           ("（十一）", "若干措施园区那条封顶多少？", "3000万")])
    doc = M if art.startswith("（") else D
    return R(q, ANS, [(doc, art)], tag="lookup", inc=[inc])


def l_abolish(c, v):
    c.t("abolished-doc")
    return R("修订稿出台后，2023年那版老的支持办法还有效吗？", ANS, [(D, "第十八条")], tag="lookup", inc=["废止"])


def l_nonexist(c, v):
    c.t("nonexistent-article")
    return R(c.r(["支持办法第二十五条讲什么？", "若干措施第（二十）条是什么内容？"]), CHIT, [], amode="null", tag="lookup")


def l_refers(c, v):
    c.t("refers-elsewhere")
    if c.lang == "en":
        return R("We make orthopaedic implants (medical devices). How much support do we get under the zone draft measures?", CHIT, [], amode="null", tag="lookup")
    q = c.r(["我们是做骨科植入医疗器械的，按支持办法第七条能拿多少？", "我们是融资租赁公司，支持办法里金融机构那条能给多少？"])
    return R(q, CHIT, [], amode="null", tag="lookup")


# ===========================================================================
# registry, scheduling, build
# ===========================================================================
class Fam:
    def __init__(self, fn, group, nzh, nen):
        self.fn, self.name, self.group, self.nzh, self.nen = fn, fn.__name__, group, nzh, nen


FAMILIES = [
    # calc
    Fam(c_enter, "calc", 4, 1), Fam(c_enter_prior, "calc", 2, 1), Fam(c_cert, "calc", 3, 1), Fam(c_vet, "calc", 2, 1),
    Fam(c_entrust, "calc", 3, 1), Fam(c_mahprod, "calc", 2, 1), Fam(c_sales, "calc", 3, 1), Fam(c_fda, "calc", 3, 1),
    Fam(c_licin, "calc", 2, 1), Fam(c_licout, "calc", 3, 1), Fam(c_rev5, "calc", 3, 1), Fam(c_output, "calc", 3, 1),
    Fam(c_sme, "calc", 4, 1), Fam(c_cro, "calc", 5, 2), Fam(c_platform, "calc", 2, 1), Fam(c_event, "calc", 2, 1),
    Fam(c_m5, "calc", 3, 1), Fam(c_m11, "calc", 2, 1), Fam(c_ceiling26, "calc", 3, 1), Fam(c_unspec_d, "calc", 5, 1),
    Fam(c_unspec_26, "calc", 3, 1), Fam(c_decimal, "calc", 3, 1), Fam(c_unitform, "calc", 2, 0),
    Fam(c_growth_base, "calc", 2, 1), Fam(c_cap_only, "calc", 2, 1), Fam(c_form, "calc", 3, 1), Fam(c_otherco, "calc", 2, 1),
    # mitem
    Fam(mi_phases, "mitem", 3, 1), Fam(mi_vet_mix, "mitem", 1, 1), Fam(mi_cert_mix, "mitem", 2, 1),
    Fam(mi_two_prov, "mitem", 3, 1), Fam(mi_part, "mitem", 2, 1), Fam(mi_best, "mitem", 2, 1),
    Fam(mi_26_multi, "mitem", 2, 1), Fam(mi_output_multi, "mitem", 2, 1), Fam(mi_takeback, "mitem", 2, 0),
    Fam(mi_table, "mitem", 2, 1), Fam(mi_licout_multi, "mitem", 1, 1),
    # multi
    Fam(m_burst, "multi", 4, 1), Fam(m_unit_fix, "multi", 3, 1), Fam(m_stage_fix, "multi", 3, 1),
    Fam(m_company_switch, "multi", 3, 1), Fam(m_return, "multi", 3, 1), Fam(m_why, "multi", 3, 1),
    Fam(m_relay, "multi", 2, 1), Fam(m_sme_drip, "multi", 2, 1), Fam(m_add_item, "multi", 2, 1),
    Fam(m_retract, "multi", 2, 1), Fam(m_whatif, "multi", 2, 1), Fam(m_needinfo_then, "multi", 3, 1),
    Fam(m_becomes_inelig, "multi", 2, 1), Fam(m_doc_switch, "multi", 2, 1), Fam(m_oos_switch, "multi", 2, 1),
    Fam(m_thanks, "multi", 2, 1), Fam(m_part_followup, "multi", 2, 1), Fam(m_cap_followup, "multi", 2, 1),
    Fam(m_email_then_q, "multi", 2, 1), Fam(m_voice_multi, "multi", 2, 0), Fam(m_validity_followup, "multi", 2, 1),
    Fam(m_units_followup, "multi", 1, 1), Fam(m_approx_then_exact, "multi", 2, 1),
    # neg
    Fam(n_missing, "neg", 5, 2), Fam(n_approx, "neg", 3, 1), Fam(n_thr_rev5, "neg", 3, 1), Fam(n_thr_sme, "neg", 4, 1),
    Fam(n_thr_licout, "neg", 3, 1), Fam(n_thr_output, "neg", 2, 1), Fam(n_cond, "neg", 5, 1), Fam(n_valid, "neg", 2, 1),
    Fam(n_halfyear, "neg", 1, 1), Fam(n_growth_vague, "neg", 2, 1), Fam(n_usd_costs, "neg", 1, 0),
    Fam(n_class2_enter, "neg", 1, 1), Fam(n_three_vals, "neg", 1, 0),
    # look
    Fam(l_units, "look", 3, 1), Fam(l_valid, "look", 2, 1), Fam(l_draft, "look", 2, 1), Fam(l_interp, "look", 2, 1),
    Fam(l_clause, "look", 3, 1), Fam(l_nofig, "look", 2, 1), Fam(l_oos, "look", 4, 1), Fam(l_chit, "look", 3, 1),
    Fam(l_stack, "look", 1, 1), Fam(l_cap, "look", 2, 1), Fam(l_abolish, "look", 1, 0), Fam(l_nonexist, "look", 1, 0),
    Fam(l_refers, "look", 1, 1),
]
GROUPS = OrderedDict([("calc", (84, 12, 24)), ("mitem", (35, 5, 10)), ("multi", (88, 12, 25)),
                      ("neg", (42, 6, 12)), ("look", (31, 5, 9))])
GROUP_DESC = {"calc": "single-turn calculations (every figure-bearing provision), relays, voice transcripts, code-mixing, emails/forms, decimals, 千元/十万元 units, growth-derived figures, distractors, no-figure clauses",
              "mitem": "single-turn multi-item / multi-provision totals, one part of a total, labelled lists, pasted tables, take-backs, 从优不重复",
              "multi": "multi-turn: WeChat bursts, unit-only / class-stage corrections, company switches, returns after an interlude, 为什么/依据哪条, drip-fed relays, additions, retractions, what-ifs, validity / unit follow-ups",
              "neg": "needs_info / ineligible / thresholds at-below-above / approximations / vague growth / validity / ambiguous clauses",
              "look": "clause lookups, 责任单位, validity, draft status, interpretation, caps, no-figure clauses, out-of-scope, chit-chat"}
LANGS = ["zh-Hans", "zh-Hant", "en"]
MONEY_KEYS = ("trade", "invest", "rev", "fees", "usd", "prev", "cur", "rev_prev", "rd", "svc", "cost", "eng", "inv")
VALID_STATUS = {"answered", "ineligible", "needs_info", "out_of_scope"}


def value_forms(v):
    v = F(v)
    out = []
    w = wan_label(v)
    if w:
        out += [w, w + "元"]
    if v.denominator == 1:
        out += [str(int(v)), sep(v)]
    if v >= 10 ** 7 and (v / YI * 10000).denominator == 1:
        out.append(dec(v / YI) + "亿")
    return out


def spec_intermediates(spec):
    """values a correct answer may legitimately show while explaining (inputs, sums, uncapped products, part totals)"""
    vals = []
    amts = []
    for r, x in spec["parts"]:
        for k in MONEY_KEYS:
            if k in x:
                vs = x[k] if isinstance(x[k], list) else [x[k]]
                vals += vs
        if r == "d11_fda":
            vals.append(sum(x["fees"], F(0)))
        if r == "d13":
            vals.append(x["rd"][0] + x["rd"][1])
        if r == "d15_plat":
            vals.append(x["invest"] * 30 * P)
        if r == "m5":
            vals.append(x["eng"] * 30 * P)
        if r == "m11":
            vals.append(x["inv"] * 50 * P)
        if r == "d5_enter":
            vals.append(F(D5_ENTER[x["stage"]]))
        a, _ = ref_part(r, x)
        amts.append(a)
    vals += amts
    vals.append(sum(amts, F(0)))
    return vals


def build_case(fam, v, lang, rng):
    c = Ctx(rng, "en" if lang == "en" else "zh")
    out = fam.fn(c, v)
    turns = out["turns"]
    money = [dict(m) for m in c.money]
    orig_turns = list(turns)
    if lang == "zh-Hant":
        turns = [to_trad(t) for t in turns]
        for m in money:
            m["s"] = to_trad(m["s"])
    status = out["status"]
    exp = OrderedDict()
    exp["status"] = status
    exp["cite"] = out["cite"]
    amount = kind = None
    parts = []
    if out["spec"]:
        assert status == ANS, (fam.name, status)
        amount, kind, parts = ref_eval(out["spec"])
        exp["amount_yuan"] = amount_json(amount)
        exp["kind"] = kind
    elif out["amode"] in ("null", "unspec"):
        exp["amount_yuan"] = None
        if out["amode"] == "unspec":
            exp["kind"] = "unspecified"
    else:
        assert out["amode"] == "omit"
    if len(status) > 1 or status[0] in ("needs_info", "ineligible", "out_of_scope"):
        assert exp.get("amount_yuan", "x") is None and "kind" not in exp, (fam.name, status, exp)
    inc = []
    if lang == "zh-Hans" or out["inc_all"]:
        inc += out["inc"]
        if amount is not None and out["auto_inc"] and amount.denominator == 1 and amount % WAN == 0 and 0 < amount < 1000 * WAN:
            inc.append(wan_label(amount))
    # wrong figures, only when not a substring of anything a correct answer may show
    hay = [POL[D], POL[M]] + turns + orig_turns + [m["s"] for m in money] + inc
    for m in money:
        if m["v"] is not None:
            hay += value_forms(m["v"])
    for dv, src, _ in c.derived:
        hay += value_forms(dv) + value_forms(src)
    if out["spec"]:
        for iv in spec_intermediates(out["spec"]):
            hay += value_forms(iv)
        hay += value_forms(amount)
    mni = []
    for wv in out["wrong"]:
        lab = wan_label(wv)
        if not lab or F(wv) < 10 * WAN or (amount is not None and F(wv) == amount):
            continue
        if any(lab in h for h in hay) or lab in mni:
            continue
        mni.append(lab)
    exp["must_include"] = inc
    exp["must_not_include"] = mni
    traits = sorted(set(out["traits"] + c.traits + ["turns-%d" % len(turns)] +
                        (["english"] if lang == "en" else ["traditional"] if lang == "zh-Hant" else [])))
    if mni:
        traits = sorted(set(traits + ["wrong-figure-excluded"]))
    case = OrderedDict([("id", None), ("tag", out["tag"]), ("turns", turns), ("expect", exp), ("group", fam.group),
                        ("template", "%s:%s%d" % (fam.name, "en" if lang == "en" else "zh", v)), ("lang", lang),
                        ("traits", traits)])
    internal = {"spec": out["spec"], "money": money, "derived": list(c.derived), "elig": out["elig"], "family": fam.name,
                "amount": amount, "kind": kind}
    return case, internal


def generate():
    rng = random.Random(SEED)
    CYCLE.clear()
    made, seen = [], set()
    for group, quotas in GROUPS.items():
        fams = [f for f in FAMILIES if f.group == group]
        for lang, quota in zip(LANGS, quotas):
            templates = [(f, v) for f in fams for v in range(f.nen if lang == "en" else f.nzh)]
            queue, n = [], 0
            while n < quota:
                if not queue:
                    queue = list(templates)
                    rng.shuffle(queue)
                f, v = queue.pop()
                for _ in range(40):
                    case, internal = build_case(f, v, lang, rng)
                    key = json.dumps(case["turns"], ensure_ascii=False)
                    if key not in seen:
                        break
                else:
                    continue
                seen.add(key)
                made.append((case, internal))
                n += 1
    rng.shuffle(made)
    for i, (case, _) in enumerate(made):
        case["id"] = "p20-%03d" % (i + 1)
    return made


def dump(made):
    return "".join(json.dumps(cs, ensure_ascii=False) + "\n" for cs, _ in made)


# ===========================================================================
# self-check (independent of the generator's reference functions)
# ===========================================================================
def _covered(text, start, end, surfaces):
    for s in surfaces:
        i = text.find(s)
        while i >= 0:
            if i <= start and end <= i + len(s):
                return True
            i = text.find(s, i + 1)
    return False


def article_exists(doc, art):
    t = POL[doc]
    if doc == D:
        return re.search(r"(^|\n)%s\s" % re.escape(art), t) is not None
    return ("(" + art.strip("（）") + ")") in t


def self_check(made, path):
    errs = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert len(lines) == len(made) == 400, "expected 400 cases"
    ids = set()
    for ln, (case0, it) in zip(lines, made):
        case = json.loads(ln)
        cid = case["id"]
        E = lambda msg: errs.append("%s: %s" % (cid, msg))
        if case != json.loads(json.dumps(case0, ensure_ascii=False)):
            E("file differs from memory")
        ids.add(cid)
        for k in ("id", "tag", "turns", "expect", "group", "template", "lang", "traits"):
            if k not in case:
                E("missing " + k)
        ex = case["expect"]
        st = ex["status"]
        if not st or any(s not in VALID_STATUS for s in st) or len(set(st)) != len(st):
            E("bad status %s" % st)
        for doc, art in ex["cite"]:
            if doc not in (D, M) or not article_exists(doc, art):
                E("bad cite %s %s" % (doc, art))
        if not all(isinstance(t, str) and t.strip() for t in case["turns"]):
            E("empty turn")
        multi = len(st) > 1
        if multi or st[0] in ("needs_info", "ineligible", "out_of_scope"):
            if ex.get("amount_yuan", "missing") is not None:
                E("amount must be null for %s" % st)
            if "kind" in ex:
                E("kind must be omitted for %s" % st)
        if ex.get("kind") == "unspecified" and ex.get("amount_yuan", 0) is not None:
            E("unspecified with amount")
        # amounts: independent oracle
        spec = it["spec"]
        if spec:
            tot, kind = ORACLE.total(spec)
            got = ex["amount_yuan"]
            if abs(Decimal(str(got)) - tot) > Decimal("0.005") or (tot * 100) != (tot * 100).to_integral_value():
                E("oracle amount %s != %s" % (tot, got))
            if kind != ex["kind"]:
                E("oracle kind %s != %s" % (kind, ex["kind"]))
            if st != ["answered"]:
                E("amount with status %s" % st)
        elif "amount_yuan" in ex and ex["amount_yuan"] is not None:
            E("amount without spec")
        if it["elig"]:
            r, x = it["elig"]
            if ref_eligible(r, x) or ORACLE.eligible(r, x):
                E("ineligible case is eligible: %s" % r)
        # money round trip
        text = "\n".join(case["turns"])
        surfaces = [m["s"] for m in it["money"]]
        for m in it["money"]:
            if m["s"] not in text:
                E("money surface %r not in text" % m["s"])
            if m["role"] == "range":
                continue
            try:
                val, cur, _ = parse_money(m["s"] + m.get("hint", ""))
            except (ValueError, KeyError) as e:
                E("unparseable %r: %s" % (m["s"], e))
                continue
            if val != m["v"] or cur != m["cur"]:
                E("parse %r -> %s %s, slot %s %s" % (m["s"], val, cur, m["v"], m["cur"]))
        for rx in RX_MONEY:
            for mt in rx.finditer(text):
                if not _covered(text, mt.start(), mt.end(), surfaces):
                    E("unrecorded money mention %r" % mt.group(0))
        if spec:
            ins = [m["v"] for m in it["money"] if m["role"] == "in"]
            for dv, src, fac in it["derived"]:
                if dv != src * fac:
                    E("derived value wrong")
                if src not in ins:
                    E("derived source not rendered")
            have = set(ins) | {dv for dv, _, _ in it["derived"]}
            for r, x in spec["parts"]:
                for k in MONEY_KEYS:
                    if k in x:
                        for vv in (x[k] if isinstance(x[k], list) else [x[k]]):
                            if F(vv) not in have:
                                E("spec input %s=%s not rendered" % (k, vv))
        # include / exclude strings
        for w in ex["must_not_include"]:
            hay = [POL[D], POL[M], text] + ex["must_include"] + surfaces
            if any(w in h for h in hay):
                E("must_not_include %r is a substring of a legitimate text" % w)
            if ex.get("amount_yuan") is not None and w in value_forms(F(str(ex["amount_yuan"]))):
                E("must_not equals right amount")
        if ex["must_include"] and case["lang"] != "zh-Hans":
            E("must_include outside zh-Hans")
        if case["lang"] == "zh-Hant":
            bad = big5_bad(text)
            if bad:
                E("non-big5 chars in zh-Hant: %s" % "".join(sorted(set(bad))))
        if case["lang"] == "en" and re.search(r"[\u4e00-\u9fff]{6,}", text):
            pass  # code-mixed English cases may quote a Chinese term
    if ids != {"p20-%03d" % i for i in range(1, 401)}:
        errs.append("ids not p20-001..p20-400")
    langs = Counter(cs["lang"] for cs, _ in made)
    groups = Counter(cs["group"] for cs, _ in made)
    if groups != Counter({g: sum(q) for g, q in GROUPS.items()}):
        errs.append("group counts %s" % groups)
    if langs != Counter({"zh-Hans": 280, "zh-Hant": 40, "en": 80}):
        errs.append("lang counts %s" % langs)
    return errs


# ===========================================================================
# README
# ===========================================================================
def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(x) for x in r) + " |" for r in rows]
    return "\n".join(out)


def readme(made):
    cases = [cs for cs, _ in made]
    n_tmpl = len(set(cs["template"] for cs in cases))
    fam_used = Counter(cs["template"].split(":")[0] for cs in cases)
    n_amount = sum(1 for cs in cases if cs["expect"].get("amount_yuan") is not None)
    L = []
    L.append("# p20 held-out evaluation set\n")
    L.append("`cases.jsonl`: 400 cases, ids `p20-001` … `p20-400`, in the eval-case format of `/work/shared/CONTRACT.md` (`id`, `tag`, `turns`, "
             "`expect{status[], cite[[doc_id, article]], amount_yuan, kind, must_include, must_not_include}`), plus `group`, `template` "
             "(family:lang+variant), `lang` (`zh-Hans` / `zh-Hant` / `en`) and `traits`; the harness ignores the extra fields.\n")
    L.append("## How it was generated\n")
    L.append("- Written from `/work/shared/policies/*.txt` and `/work/shared/CONTRACT.md` only (plus the format conventions of probe-19's README); "
             "no implementation, corpus, tests or other evaluation set was read, and the assistant was not run.")
    L.append("- `make_cases.py` (Python stdlib only, `SEED = %d`) generates the set twice in-process and aborts unless both runs are byte-identical, "
             "then writes `cases.jsonl` and this README and runs a self-check." % SEED)
    L.append("- The top of `make_cases.py` quotes verbatim every clause whose figure (or lack of one) is used, plus the 责任单位 lists of the measures "
             "used in lookups; each quote is asserted to occur in its policy text (unit lists: to close their own measure).  `READINGS` states the "
             "reading applied (base, rate, cap, tiers, thresholds, eligibility, 从优不重复, validity).")
    L.append("- Each template family is a slot sampler whose turn text is rendered from the slots; the expected amount is computed by the reference "
             "functions `ref_part` / `ref_eval` from the same slot values (sums over items / provisions, 从优不重复 maxima).  No amount is typed by "
             "hand.  The self-check recomputes every amount with an independent re-implementation (`Oracle`, Decimal arithmetic, its own tables), "
             "re-verifies every ineligible case's failing condition with both implementations, and checks every growth-derived figure.")
    L.append("- Style differs from earlier sets: help-desk relays (客户来电问 / 有企业咨询 / 12345工单 / 前台转来), voice transcripts without "
             "punctuation with fillers (嗯、那个、就是说) and spoken numbers, including self-corrections (\"三千五百万左右吧 不对 是三千五百万整\"), "
             "WeChat bursts of one-line turns, emails and forms with subject / sender / date / phone / address / 统一社会信用代码 / employee count / "
             "注册资本 distractors, Chinese-English code-mixing (\"service revenue去年是…\", \"NDA approved了\"), 元 decimals, 千元 and 十万元 table "
             "units, 约/左右/余/多/出头 qualifiers, ranges (七八百万), growth phrasing (比前年多了20%, 是前年的1.5倍, 涨了两成多), relative and "
             "fiscal years (去年/前年/大前年/上上年度/FY2025/去年同期), and distractors belonging to other companies, plans, budgets, other years, "
             "awards already received, upfront payments, total vs main-business revenue, total vs engineering investment, and rates the user claims.")
    L.append("- Money surfaces: `860万`, `860万元`, `3,200万元`, `8,600,000元`, `8600000元`, `1234567.8元`, `12345600.00元`, `0.32亿`, `1.2个亿`, "
             "full-width `８６０万元`, spoken `八百六十万` / `两千三百万`, `860w`, `860万块(钱)`, `612.5万元`, table cells in 千元 / 十万元 / 万元 "
             "with the unit in a header or a later turn, English `RMB 8.6 million`, `CNY 8.6m`, `8,600,000 yuan`, `RMB 8,600,000`, `¥8,600,000`, "
             "`RMB 860万`, `RMB 1,234,567.8`; US dollars `1.5亿美元`, `15,000万美元`, `一亿五千万美元`, `1.5亿美金`, `1.5亿刀`, `US$150 million`, "
             "`USD 150m`, `$150M`, `150 million US dollars`.  Every recorded figure is parsed back by an independent parser (`parse_money`); "
             "every money-looking mention in a turn must be a recorded slot; every money input of a reference function must be rendered "
             "(or derived from a rendered figure).")
    L.append("- Traditional-Chinese cases are Simplified templates passed through a character / phrase map (`to_trad`); the self-check requires "
             "every zh-Hant character to be encodable in Big5.  English cases have their own templates.")
    L.append("- Each group fills its per-language quota from a shuffled queue of its (family, variant) templates, so every template is used before "
             "any is repeated with fresh slot values; duplicate dialogues are rejected; the list is shuffled with the seed and numbered.")
    L.append("- `amount_yuan` is null whenever several statuses are accepted (and `kind` is then omitted), for needs_info, ineligible, "
             "out_of_scope and no-figure clauses (`kind: unspecified` when answered); it is omitted (unchecked) for pure text lookups and for "
             "\"为什么/依据哪条\" follow-ups.  `must_include` holds `N万` only for Simplified-Chinese answered cases whose amount is a whole "
             "number of 万 below 1000万, plus a key phrase for some zh-Hans lookups (a 责任单位, 2028, 征求意见, 未来科学城, 废止, a cap).  "
             "`must_not_include` holds a wrong figure (claimed rate, 2% for 2‰, contract value for 实际交易额, plan / budget / other-year / other "
             "company / total-revenue / total-investment bases, domestic costs in the FDA base, a figure taken back, the two-year R&D total "
             "as base) only when it is not a substring of any policy text, any turn, any input figure (raw or normalised), any intermediate "
             "or part amount or the right amount.\n")
    L.append("## Counts\n")
    L.append("Cases: **400**. Distinct surface templates: **%d** in **%d** families. Cases with an expected amount: **%d**.\n" % (
        n_tmpl, len(fam_used), n_amount))
    L.append("### By generation group\n")
    gc = Counter(cs["group"] for cs in cases)
    L.append(md_table(["group", "meaning", "cases"], [(g, GROUP_DESC[g], gc[g]) for g in GROUPS]) + "\n")
    L.append("### By language\n")
    lc = Counter(cs["lang"] for cs in cases)
    L.append(md_table(["lang", "cases"], [(l, lc[l]) for l in LANGS]) + "\n")
    L.append(md_table(["group"] + LANGS, [(g,) + tuple(sum(1 for cs in cases if cs["group"] == g and cs["lang"] == l) for l in LANGS)
                                          for g in GROUPS]) + "\n")
    L.append("### By tag\n")
    L.append(md_table(["tag", "cases"], Counter(cs["tag"] for cs in cases).most_common()) + "\n")
    L.append("### By accepted status set\n")
    sc = Counter("|".join(cs["expect"]["status"]) for cs in cases)
    L.append(md_table(["status", "cases"], sc.most_common()) + "\n")
    acc = Counter(s for cs in cases for s in cs["expect"]["status"])
    L.append("Cases accepting each status: " + ", ".join("%s %d" % (s, acc[s]) for s in ("answered", "ineligible", "needs_info", "out_of_scope")) + ".\n")
    rows = []
    for g in GROUPS:
        gcs = [cs for cs in cases if cs["group"] == g]
        single = Counter(cs["expect"]["status"][0] for cs in gcs if len(cs["expect"]["status"]) == 1)
        rows.append((g, single["answered"], single["ineligible"], single["needs_info"], single["out_of_scope"],
                     sum(1 for cs in gcs if len(cs["expect"]["status"]) > 1)))
    L.append(md_table(["group", "answered", "ineligible", "needs_info", "out_of_scope", "several"], rows) + "\n")
    L.append("### By number of turns\n")
    L.append(md_table(["turns", "cases"], sorted(Counter(len(cs["turns"]) for cs in cases).items())) + "\n")
    L.append("### By expected kind\n")
    L.append(md_table(["kind", "cases"], Counter(cs["expect"].get("kind", "(not checked)") for cs in cases).most_common()) + "\n")
    L.append("### Cited documents / articles\n")
    dc = Counter(d for cs in cases for d in set(x[0] for x in cs["expect"]["cite"]))
    L.append(", ".join("%s %d" % (d, dc[d]) for d in (D, M)) + "; cases citing nothing: %d\n" % sum(1 for cs in cases if not cs["expect"]["cite"]))
    ac = Counter("%s %s" % (d, a) for cs in cases for d, a in cs["expect"]["cite"])
    L.append(md_table(["article", "cases citing it"], ac.most_common()) + "\n")
    L.append("### Template families\n")
    rows = []
    for f in FAMILIES:
        rows.append((f.name, f.group, f.nzh, f.nen, fam_used[f.name]))
    L.append(md_table(["family", "group", "zh variants", "en variants", "cases"], rows) + "\n")
    L.append("### Traits\n")
    L.append(md_table(["trait", "cases"], Counter(t for cs in cases for t in cs["traits"]).most_common()) + "\n")
    L.append("## Hand check\n")
    hc = random.Random(40)
    picked = []
    for g, q in (("calc", 10), ("mitem", 7), ("multi", 11), ("neg", 7), ("look", 5)):
        picked += [cs["id"] for cs in hc.sample([cs for cs in sorted(cases, key=lambda x: x["id"]) if cs["group"] == g], q)]
    L.append("40 cases drawn with `random.Random(40)` across the groups (calc 10, mitem 7, multi 11, neg 7, look 5) were checked by hand "
             "against the policy texts (status, cited article, amount and kind recomputed from the clause): " +
             ", ".join("`%s`" % i for i in sorted(picked)) + ".  In addition every case of an earlier run (same templates, other slot values) was read in a full dump by group, and the "
             "neg and look groups of the final run were re-read in full.\n")
    L.append("## Readings applied\n")
    L.append("```\n" + READINGS + "```\n")
    L.append("## Ambiguous clauses and the reading chosen\n")
    L.append(AMBIGUOUS_NOTES)
    return "\n".join(L)


def main():
    a = generate()
    b = generate()
    da, db = dump(a), dump(b)
    if da != db:
        sys.exit("ABORT: two in-process generations differ")
    if readme(a) != readme(b):
        sys.exit("ABORT: README generation not deterministic")
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(da)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(a))
    errs = self_check(a, out)
    if errs:
        print("SELF-CHECK FAILED (%d problems):" % len(errs))
        for e in errs[:80]:
            print("  " + e)
        sys.exit(1)
    print("ok: 400 cases written to %s; self-check passed" % out)


if __name__ == "__main__":
    main()
