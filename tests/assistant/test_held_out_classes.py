"""Classes of wording that fresh held-out probes found missing, each fixed as a mechanism.

Every expected figure is worked from the policy text in the comment beside it, not
taken from the code. The probes themselves (written by helpers who never read the code)
are kept in ``evals/probes``; these tests pin the mechanisms they exposed.
"""

from __future__ import annotations

import uuid

import pytest
from assistant_support import amount_of, talk

from app.assistant.class_series import spread_class_series
from app.assistant.fact_reader import read_message
from app.assistant.number_reader import prepare, read_numbers
from app.assistant.service import PolicyAssistant
from app.assistant.year_series import spread_year_series
from app.config import PROJECT_ROOT
from app.rules.amounts import english_amounts_to_chinese
from app.rules.vocabulary import load_vocabulary

_VOCABULARY = load_vocabulary(PROJECT_ROOT / "corpus")


# -- readers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "spread"), [
    ("研发投入2022-2025年分别为600、800、1000、1200万元",
     "研发投入2022年600万元、2023年800万元、2024年1000万元、2025年1200万元"),
    ("2022年、2023年分别是300万、400万", "2022年300万、2023年400万"),
    ("上两年研发投入500万、520万（上一年度）", "研发投入前年500万、去年520万（上一年度）"),
    ("近三年研发投入分别是300万、400万、500万", "研发投入大前年300万、前年400万、去年500万"),
])
def test_yearly_series_are_spread_one_year_per_figure(text: str, spread: str) -> None:
    assert spread_year_series(text) == spread


@pytest.mark.parametrize("text", [
    "2022、2023、2024年分别为1、2万元",  # three years, two figures: which is which is unknown
    "上两年研发投入总额1200万",  # one total, not a series
])
def test_series_that_do_not_pair_up_are_left_as_written(text: str) -> None:
    assert spread_year_series(text) == text


def test_a_class_list_before_one_product_word_gives_each_class_the_word() -> None:
    words = _VOCABULARY.item_count_words
    assert spread_class_series("一类、二类、三类新兽药注册证书各拿到一个", words) == \
        "一类新兽药、二类新兽药、三类新兽药注册证书各拿到一个"


@pytest.mark.parametrize(("text", "folded"), [
    ("实际投入壹佰伍拾万元", "实际投入一百五十万元"),
    ("收拾一下", "收拾一下"),  # 拾 outside an amount stays
])
def test_capital_numerals_are_folded_only_inside_amounts(text: str, folded: str) -> None:
    assert prepare(text) == folded


@pytest.mark.parametrize("text", ["两三个亿", "三四百万", "roughly RMB 10 million-ish"])
def test_guesses_are_doubted_not_read(text: str) -> None:
    prepared = english_amounts_to_chinese(prepare(text))
    assert all(m.doubt is not None for m in read_numbers(prepared))


def test_an_english_scale_before_chinese_text_is_kept() -> None:
    assert english_amounts_to_chinese("注册费用RMB 3 million能补多少") == \
        "注册费用3000000元能补多少"


def test_headcounts_and_projects_are_no_product_count() -> None:
    reading = read_message("管线里另外还有6个临床前项目；我们有一个1类化药进入Ⅰ期",
                           _VOCABULARY, 2026)
    assert reading.facts.get("varieties") == 1


# -- answers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("turns", "status", "amount"), [
    # A product code is a name: 第六条 one 重大改良型新药, at most 1000万 — not 382 products.
    (["Our major improved new drug ZG-382 received its drug registration certificate last "
      "year and is manufactured commercially in Changping. How much subsidy could we get?"],
     "answered", 10_000_000),
    # Products named by code, each at its own stage: 100万 (Ⅱ期) + 200万 (Ⅲ期).
    (["1类生物制品SK-604上个月刚进入2期临床。1类新药ZG-476上个月刚启动了Ⅲ期临床试验。一共能拿多少？"],
     "answered", 3_000_000),
    # A named product at Ⅲ期 and three counted at Ⅱ期: 200万 + 3 × 100万.
    (["一共能拿多少？1类化学药SK-710今年刚进入3期临床，有三个1类化学药品种进入二期临床"],
     "answered", 5_000_000),
    # One product with its certificate (1000万) and two others entering Ⅲ期 (2 × 200万).
    (["CP-603（1类生物制品）获批上市拿到注册证了，也在本地产业化了，去年2个1类创新药都进入3期临床试验，"
      "总共最多多少钱？"], "answered", 14_000_000),
    # Codes listed in brackets name one group of three: 200万 + 3 × 50万.
    (["2026年我们有个1类中药（TR-902）进了三期 我们3个一类创新药（CP-743、CP-546、CP-769）推进到I期"
      "临床阶段，一共多少"], "answered", 3_500_000),
    # Two values for one figure, the user unsure which: asked, never picked.
    (["2025年实际服务金额我记得是50万，但财务说是43万，不确定哪个对，我司是CMO企业，可以拿多少奖励"],
     "needs_info", None),
    (["去年的年度销售收入9800万还是7400万来着，两份材料写的不一样。我们是医药电商销售平台，能补多少？"],
     "needs_info", None),
    # Denying a presence in the district: no home there, so outside the texts.
    (["广州黄埔区医药研发外包服务机构（CRO），北京这边没有任何分支机构，暂时也不考虑落地昌平，"
      "2025年实际服务金额772万，这个能给多少？"], "out_of_scope", None),
    (["A contract research organization located in Shenzhen. We have no entity in Changping "
      "and no plan to move there. Actual service amount for 2025: CNY 26 million."],
     "out_of_scope", None),
    # License-in (2 × 100万) and License-out (50万) in one message: both, summed.
    (["你好，License-in引进国外技术的两个产品今年上市了，License-out合同今年签了，合同总额七亿一千八百万"
      "美元，合作方是跨国龙头企业，总共能补多少？"], "answered", 2_500_000),
    # "分别是" states figures, it asks for no total: 第十三条 alone, 10% × 980万; a
    # 外资 company is no 外资研发中心 measure asked for.
    (["我司是外资创新药企业。上一年度营业收入是13000000元。研发投入连续三年都是正增长。我们是小微企业。"
      "近两年研发投入分别是530万块（再上一年度）和980万（上一年度）。这种情况能拿多少？"],
     "answered", 980_000),
    # An out-of-scope interlude keeps the topic: 第十五条（一） 20% × 1920万 = 384万.
    (["我们是CMO，做合同生产外包，去年的服务金额是1920万。",
      "By the way, what time is it in New York now?",
      "好了，回到刚才的问题，能拿多少？"], "answered", 3_840_000),
    (["我们是一家医药健康销售平台型企业，去年年销售收入27.5亿。",
      "顺便问一句，上海浦东对生物医药有什么税收优惠？",
      "好，接着说，刚才说的那个能拿多少钱？"], "answered", 5_500_000),
    # Naming the document asks nothing new: 按修订稿（征求意见稿） keeps 第十五条（一）.
    (["我们是CMO，做合同生产外包，去年的服务金额是1920万。", "之前没申请过。",
      "按修订稿（征求意见稿）外包服务这块能补多少？"], "answered", 3_840_000),
    (["我们是做创新药的。",
      "我们的技术成果今年首次在海外落地应用。", "按今年2月发布的若干措施最多能给多少？"],
     "answered", 2_000_000),
    (["我们是一家CRO企业，去年的服务金额是5070万元。", "按自贸区昌平组团的支持办法能支持多少钱？"],
     "answered", 10_140_000),
    # A figure someone else claims disputes the answer; it is no fact: 20% × 1830万.
    (["我们是CMO，做合同生产外包。", "去年实际服务金额18,300,000元。", "之前没申请过。",
      "别人跟我说能按百分之二十五补，算下来4,575,000元，是这样吗？"], "answered", 3_660_000),
    (["我们是一家国际科研机构，刚在昌平落地，已经有成果产出和人才培养。",
      "按若干措施能拿多少支持？",
      "听说最高能给6000000元？"], "answered", 3_000_000),
    # "都拿过了，三年了": 累计支持不超过三年 is used up.
    (["我们是CMO，做合同生产外包。",
      "去年实际服务金额二千二百二十万。", "这个补贴我们2023到2025年都拿过了，三年了。",
      "能支持多少钱？"], "ineligible", None),
    # "之前最高也就3亿": 5亿 is reached for the first time: 2‰ × 5.5亿 = 110万.
    (["我们是生命谷的一家药企，去年主营收入做到了550000000元，之前最高也就3亿。", "能拿多少？"],
     "answered", 1_100_000),
    # Products added over turns with no kind of their own: 3 × 100万 (License-in).
    (["我们通过License-in引进了一个品种，已经上市了，License-in能支持多少？",
      "还有一个品种也是License-in的，也上市了。",
        "另外还有一个引进品种也上市了。", "一共能拿多少？"],
     "answered", 3_000_000),
    # 3类 100万 × 2 + 2类 200万 (第六条（二）); "也拿到一个" adds one.
    (["我们公司做兽用生物制品，拿到一个3类新兽药注册证书，已经产业化，能支持多少？",
      "还有一个3类新兽药，也拿到证书了。", "对了，二类新兽药我们也拿到一个。", "一共能拿多少？"],
     "answered", 4_000_000),
    # A sum over turns prices each on its own turn's products: 2 × 1000万 + 30% × 588万.
    (["两个1类化学药刚获批上市，拿到了注册证书，已经在昌平实施产业化了，最多能给多少？",
      "另外（不是同一个品种）：有一个品种刚拿到EMA认证，海外注册费3,790,000元，检测费用一百七十二万，"
      "当地代理费三十八万元，注册费用能补多少？", "两项加起来一共多少？"], "answered", 21_767_000),
    # "回到上市那块" returns to the approval rule: one product, 1000万.
    (["两个1类化学药刚获批上市，拿到了注册证书，已经在昌平实施产业化了，能拿多少？",
      "再问个别的，我们通过License-in从国外引进了1个品种的技术在国内产业化，产品已经上市了，"
      "License-in能支持多少？", "回到上市那块，如果是一个品种呢？"], "answered", 10_000_000),
    # "3 of our Class 1 biologic candidates": 3 × 200万.
    (["3 of our Class 1 biologic candidates entered Phase III this year. How much could we "
      "claim?"], "answered", 6_000_000),
    # "一批", counted nowhere: how many is asked.
    (["2026年有一批1类化药进入II期临床试验，数量还在统计，能拿多少？"], "needs_info", None),
    # A platform's 销售收入 of an earlier turn is no CRO's 服务金额.
    (["我们是昌平区沙河的一家医药销售平台公司。39000W的年度销售收入，上一年度的，能拿多少？",
      "本公司是落户未来科学城的CRO公司。能拿多少。"], "needs_info", None),
    # Kinds named and counted apart: 2类 (最高500万) + 2 × 重大改良型新药 (最高1000万).
    (["一共能拿多少？今年2类化学药CP-858取得药品注册证书并实施了产业化，今年有2个重大改良型新药拿到药品"
      "注册证书，都已实施产业化。"], "answered", 25_000_000),
    # One product by its code after a question about two: 100万 (Ⅱ期), not 2 × 100万.
    (["2026年有两个1类创新药拿到药品注册证书，都已实施产业化。可以申请多少钱？",
      "另外问一下，SK-987是1类生物药，今年启动了2期临床试验。想知道能补多少。"],
     "answered", 1_000_000),
    # Next year's plan is no figure; the total after the bracketed parts is the base, and
    # the correction replaces it: 30% × 232万.
    (["我们有一个药品新获得了欧盟EMA认证，明年我们计划把实际注册费用做到500万元，但现在问的是实际发生的，"
      "实际注册费用（含海外注册费、检测费、当地代理费）合计1962W。国际认证注册费用能补多少？",
      "不对，说错了，实际注册费用（含海外注册费、检测费、当地代理费）合计二百三十二万元，那能拿多少？"],
     "answered", 696_000),
    # Another source's value for the same figure, the user unsure: asked.
    (["我们是一家CRO企业，注册在昌平。去年年度实际服务金额27,156,000元，不过财务给的另一个口径是"
      "43,153,000元，我也不确定哪个准。能拿多少支持？"], "needs_info", None),
    # Another company's figure binds nothing: 2‰ × 4489万 = 89,780.
    (["未来科学城上市公司旗下医药电商销售平台；同行另一家平台销售收入2700万元；上年全年销售收入4489万元；"
      "按昌平的政策能拿多少？"], "answered", 89_780),
    (["您好，公司位于北京昌平，是一家产业服务机构，我们是市场化机构，办了生物医药产业对接大会，"
      "同期另一家办的论坛花了一亿七千万，活动实际发生费用8,230,000元，能补多少？"],
     "answered", 1_646_000),
    # 第十三条: revenue 2850万 < 3000万; 580+720 ≥ 1000万; rising; 10% × 720万 = 72万.
    (["研发投入10%那个政策我们能拿多少？研发投入2022年380万、2023年450万、2024年580万、"
      "2025年720万。", "我们是中小企业，去年营业收入是2,850万元。", "以前没拿过这项支持。"],
     "answered", 720_000),
    # The 1200万 of a series is R&D, not revenue: revenue 4500万 ≥ 3000万 → ineligible.
    (["我们是研发型企业，2025年营业收入4,500万元，研发投入2022-2025年分别为600、800、1,000、"
      "1,200万元，今年能申请研发投入10%的支持吗？"], "ineligible", None),
    # 第十五条（一）: the year applied for picks 1150万; 20% = 230万.
    (["我们是CMO企业，申报2025年度的支持。",
      "2025年度实际服务金额一千一百五十万元；2024年是900万元。"],
     "answered", 2_300_000),
    # "按去年的…算": 600万 × 20% = 120万; the 900万 forecast is no fact.
    (["我们是CRO企业，前年实际服务金额400万，去年600万，今年预计900万。按去年的年度实际服务金额算，"
      "能拿多少？"], "answered", 1_200_000),
    # A budget beside the actual investment: 5000万 × 30% = 1500万 (cap 3000万).
    (["我们的共享服务平台总预算8000万，目前建设实际投入5000万，已经建成，按实际投入能支持多少？"],
     "answered", 15_000_000),
    # Revenue of the company is no service value: 1000万 × 20% = 200万.
    (["我们CDMO年度实际服务金额1000万，公司总营收1.8亿，能支持多少？"], "answered", 2_000_000),
    # 第十一条（一） 30% of 200万 = 60万; this year's R&D spend feeds no other provision.
    (["新获FDA认证的药品，实际注册费用（含注册费、检测费、代理费）共200万，公司今年研发投入5000万，"
      "能补多少？"], "answered", 600_000),
    # A part "not counted" is on top of the total: (300万 + 50万) × 30% = 105万.
    (["FDA注册费用RMB 3 million能补多少", "其实还有当地代理费人民币50万元没算进去", "那现在是多少"],
     "answered", 1_050_000),
    # Three years already (累计不超过三年) → ineligible, not a validity answer.
    (["我们已经连续三年（2023、2024、2025年度）拿过研发投入10%的支持了，2026年各项条件还满足，"
      "还能再申请吗？"], "ineligible", None),
    # "received it before" without a count is asked; "两年" then answers it: 600万 × 20%.
    (["我们是CRO企业，去年实际服务金额600万，之前已经享受过这项支持了，今年还能拿多少？"],
     "needs_info", None),
    (["我们是CRO企业，去年实际服务金额600万，之前已经享受过这项支持了，今年还能拿多少？", "两年"],
     "answered", 1_200_000),
    # 5000亿 of platform investment is a slip of the unit: asked, never capped to 3000万.
    (["我们共享服务平台建设实际投入5000亿元，能支持多少？"], "needs_info", None),
    # 第十二条（三） says 突破 without （含）: exactly 5000万 is asked.
    (["单品种年产值去年4000万，今年正好5000万，算首次突破5000万吗？能拿多少？"],
     "needs_info", None),
    # Crossed 5000万 the year before last; 9999万 < 1亿 → nothing new to award.
    (["我们单品种年产值前年已经超过5000万（6000万），今年9999万，今年还能拿产值奖励吗？"],
     "ineligible", None),
    # 第十二条（一）: 前年 below 5亿, 去年 5.4亿 → first crossing, 2‰ = 108万.
    (["前年主营业务收入49500万，差一点到5亿；去年五亿四千万，这是首次突破吧？能拿多少"],
     "answered", 1_080_000),
    # A clause named by number is the rule meant.
    (["第十三条能拿多少"], "needs_info", None),
    # English class in Roman numerals: 一类新兽药 300万.
    (["We obtained a Class I new veterinary drug registration certificate and are manufacturing "
      "it in Changping. What is the maximum support?"], "answered", 3_000_000),
    # 受托 production in English: 1500万 × 20% = 300万.
    (["We manufacture for MAH holders; actual investment 15 million yuan. Support?"],
     "answered", 3_000_000),
    # A bare "so how much" keeps the topic: 800万 × 20%.
    (["Hi, we're a CRO in Changping", "Our actual service amount last year was RMB 8 million",
      "So how much can we get?"], "answered", 1_600_000),
    (["我们是做动物药的，新兽药证书刚批下来，也在产业化", "二类新兽药注册证书能拿多少？",
      "那三类呢"],
     "answered", 1_000_000),
    # Two counts as a guess: asked.
    (["我们有两三个1类化药今年进Ⅲ期，总共能拿多少"], "needs_info", None),
    # A count after the product word: 4 × 100万 (第十一条（二） License-in).
    (["麻烦问下，我们的License-in品种有4个，都已经在国内上市，政策上能给多少？"],
     "answered", 4_000_000),
    # A loss is no transaction value: 5200万 × 10% = 520万.
    (["我们作为持有人把一个品种委托给另一家医药企业生产，去年这个品种实际交易额五千二百万，"
      "去年净利润亏损2000万。委托生产能补多少？"], "answered", 5_200_000),
    # English: 二类新兽药 200万; the international conference of （十二） at most 300万.
    (["second-class new veterinary drug certificate, in production — how much?"],
     "answered", 2_000_000),
    (["We plan to host a high-level international academic conference in life sciences in "
      "Changping. Max support?"], "answered", 3_000_000),
    # "1亿多美元" is more than 1亿美元: 超过1亿美元 holds, 50万 per product.
    (["跟跨国药企的License-out合同总额1亿多美元，合同签了，能拿多少"], "answered", 500_000),
    # "两三个亿" is a range, never one figure; but 30% of even 2亿 passes the 3000万 cap, so
    # every value it allows gives the cap. One straddling the cap is asked.
    (["共享服务平台建设实际投入两三个亿，具体数还在审计，最多能拿多少？"], "answered", 30_000_000),
    (["共享服务平台建设实际投入五六千万，具体数还在审计，最多能拿多少？"], "needs_info", None),
    # An estimate ("大概1.2亿") is held near itself: 50% of any such value passes the cap.
    (["园区运营项目引入全球领先运营管理资源，项目投资总额大概1.2亿，最高支持多少？"], "answered",
     30_000_000),
    (["园区运营项目引入全球领先运营管理资源，项目投资总额大概6000万，最高支持多少？"], "needs_info",
     None),
    # Two projects counted, a figure each: each priced to its own cap, then summed.
    (["我们有两个共享服务平台：实验动物平台投入0.8亿，检验检测平台投入15000万，一共多少？"],
     "answered", 54_000_000),
    (["今年公司办了两场高品质行业活动，实际费用人民币800,000元和120万，一共补多少"], "answered",
     400_000),
    # A place in an aside is no other region; an award received there never binds.
    (["我们计划设立海外研发中心，去年另一个项目在亦庄拿过391万的补贴，最多支持多少？"],
     "answered", 2_000_000),
    # Two drugs of two kinds set apart by 另外 / 动物药方面: each priced by its own rule.
    (["1类创新药拿到了药品注册证书并已实施产业化；动物药方面，2类新兽药取得注册证书并已产业化。"
      "合计能申请多少资金？"], "answered", 12_000_000),
    (["今年我们1类生物制品拿到了药品注册证书并已实施产业化；另外1类化药拿到了药品注册证书并已"
      "实施产业化。加起来总共多少？"], "answered", 20_000_000),
    # A generic that is not the first fits none of 第六条（一）'s kinds.
    (["4类化药（仿制药，非首仿）获批上市并投产，能给多少？"], "ineligible", None),
    # A contract still under negotiation is not signed.
    (["我们和跨国龙头企业的License-out还在谈，合同总额预计4.21亿美元，还没签，能申请多少？"],
     "ineligible", None),
    # The mark asked about is no figure: 4.99亿 is below 5亿.
    (["2025年主营业务收入刚好4.99亿，算首次突破5亿吗？能给多少？"], "ineligible", None),
    # "￥2345.67万" keeps its 万.
    (["我们是CRO企业，去年实际服务金额￥1410万，按政策能给多少？"], "answered", 2_820_000),
    # "几项一起申请：一是…二是…" lists provisions to price, not a question on stacking.
    (["同一家企业，几项一起申请：一是建了一个对外开放的检验检测服务共享服务平台，平台建设实际投入"
      "0.48亿；二是公司（市场化主体）办了一场高品质的生命科学产业论坛，活动实际发生费用三百七十万。"
      "合计多少？"], "answered", 15_140_000),
    # A help-desk interlude keeps the topic to return to.
    (["我们是一家CDMO公司，上一年度服务额¥27,000,000", "若干措施有效期到哪年？",
      "OK，那刚才那个算下来多少？"], "answered", 5_400_000),
    # Two provisions over turns on one measure (项目投资总额): each on its own figure.
    (["我们的AI+医药健康示范应用项目工程投资总额是22000万，能拿多少钱？",
      "另外我们也是园区运营方，引进国际一流园区运营管理团队的项目，投资总额壹仟陆佰万元整",
      "加起来最多多少？"], "answered", 58_000_000),
    # Products added over turns, the third by its ordinal; "Phase I" before Chinese.
    (["我们有个1类化药进入Phase I临床试验了，能拿多少？",
      "另外我们还有一个品种，1类化学药，今年进入Ⅲ期临床",
      "还有第三个，1类生物制品，刚进phase 3", "三个一共多少？"], "answered", 4_500_000),
    # "其中1个又进了Ⅱ期": a subset reaching a further stage, not a correction of all three.
    (["我们有3个1类品种今年进入Ⅰ期", "其中1个今年又进了Ⅱ期", "今年一共能拿多少临床奖励？"],
     "answered", 2_500_000),
    # "明年还能再拿吗" about a 首次 measure: getting it again is no first time.
    (["今年主营业务收入首次突破5亿，56000万元，能补多少",
      "那如果明年到了人民币700,000,000元，明年还能再拿吗"], "ineligible", None),
    # Both roles in one message: 委托 (10% of the transaction) and 受托 (20% of the investment).
    (["我们委托别人生产A品种，交易额30,000,000元；同时按MAH制度给别家承担生产B品种，实际投入1000w，"
      "合计多少"], "answered", 5_000_000),
    # "License-in引进的产品已经获批上市了": the launch License-in waits for, not a 第六条 approval.
    (["License-in引进的产品已经获批上市了，单品种支持多少？"], "answered", 1_000_000),
    # Estimates and guessed ranges below the cap are asked.
    (["我们是做CRO的，有什么支持？", "去年服务额八百来万吧"], "needs_info", None),
    (["我们建了个检验检测共享平台，能支持多少？", "投入还没决算，八九千万到一亿二吧"],
     "needs_info", None),
    # A platform only for the company's own use is no shared platform; a domestic firm no
    # foreign-invested one.
    (["我们建了个检测平台，投入2000万，能按平台支持拿多少？", "平台只给我们自己用，不对外服务"],
     "ineligible", None),
    (["我们是纯内资企业，研发中心研发投入今年增长了40%，能申请外资研发中心研发激励吗？"],
     "ineligible", None),
    # A commissioning contract beside the actual transaction: the transaction is priced.
    (["委托合同签约总额2.1亿元，MAH委托生产，委托生产品种的实际交易额是17899万，最多给多少？"],
     "answered", 17_899_000),
    # The stage said of now wins over one said of last year: Ⅲ期 entry 200万.
    (["1类生物药今年进P3了，去年进二期的时候已经拿过人民币1,000,000元，这次能奖多少"],
     "answered", 2_000_000),
    # A budget beside the actual cost: 150万 × 20% = 30万.
    (["公司办的高品质行业活动，预算¥2,000,000，实际发生费用1,500,000元，能支持多少"],
     "answered", 300_000),
    (["共享服务平台实际投入负的500万（冲销后），能支持多少"], "needs_info", None),
    (["十来个1类化药进了I期，总共奖多少"], "needs_info", None),
    # Both documents named as disagreeing: which applies is asked.
    (["公司办国际学术会议，实际发生费用1000w，支持办法和若干措施各说各的，到底能拿多少"],
     "needs_info", None),
    # This year's floor beats last year's exact figure: 首次突破1亿 → 40万, not the 5000万 tier.
    (["单品种年产值首次突破1亿（去年九千万），奖多少"], "answered", 400_000),
    (["单品种年产值今年首次破10亿，去年9.2亿"], "answered", 5_000_000),
    # A 2‰ rate is never worked on last year's figure when this year's is only a floor.
    (["主营业务收入首次突破5亿，去年4.8亿"], "needs_info", None),
    # Two figures for two counted projects: each priced (50% of 2000万, 50% of 1亿), summed;
    # two figures for one project's base are asked, never one of them picked.
    (["两个园区运营管理项目，投资总额一个2千万一个1亿，合计多少"], "answered", 40_000_000),
    (["园区运营管理项目，投资总额一个说2千万一个说1亿，能拿多少"], "needs_info", None),
    (["我们公司举办了一场生命科学领域高水平国际学术研讨会，实际花了20,000,000元，能补多少"],
     "needs_info", None),
    # A tax question is no policy question here, even with 研发费用 in it.
    (["研发费用加计扣除比例是多少？"], "out_of_scope", None),
])
def test_held_out_wordings(assistant: PolicyAssistant, turns: list[str], status: str,
                           amount: int | None) -> None:
    answer = talk(assistant, *turns)
    assert answer.status == status, answer.answer
    assert amount_of(answer) == amount, answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # Each product priced by the rule it fits: 50万 + 100万 (第五条) + 1000万 (第六条).
    (["我们3个1类化学药：A进入Ⅰ期，B进入Ⅱ期，C拿到药品注册证书并已产业化，总共最多多少？"],
     11_500_000),
    # The certificate the listing ends on is every product's: 2×1000万 + 500万.
    (["我们有2个1类化学药、1个2类生物制品（已经认定）获得药品注册证书并实施产业化，总共最多多少？"],
     25_000_000),
    # License-in: the product still in trials does not count: 2 × 100万.
    (["我们通过License-in引进了3个产品，其中2个已经上市，另1个还在临床阶段，现在能拿多少？"],
     2_000_000),
    # Only the 1类 product has an entry award: 100万.
    (["我们有1个1类化学药进入Ⅱ期，还有1个2类化学药进入Ⅲ期，进入临床的奖励能拿多少？"], 1_000_000),
    # A group added to an identical one is counted on top of it: (30 + 30) × 200万 = 1.2亿,
    # which the yearly ceiling (每个企业每年不超过1亿元) cuts to 1亿.
    (["今年有30个1类品种进入III期，另外30个1类品种进入3期，合计能拿多少？"], 100_000_000),
    # Groups in two years: the ceiling holds per year, 6000万 + 6000万.
    (["如果今年有30个1类品种进入III期，明年又有另外30个1类品种进入3期，两年合计能拿多少？"],
     120_000_000),
    # This year 40 × 200万 = 8000万, next year 60 × 200万 = 1.2亿 → 1亿: 1.8亿.
    (["今年40个1类新药进入III期，明年又有另外60个1类品种进入3期，两年合计能拿多少？"], 180_000_000),
    # A correction restates the products: 2 × 100万 + 200万.
    (["我们有3个1类新药进入Ⅱ期", "不对，是2个进入Ⅱ期，另外1个进入了Ⅲ期，一共多少？"], 4_000_000),
    # A product added later keeps its own certificate: 1000万 + 500万.
    (["请问，我们的1类化学药拿到了药品注册证书，已在昌平实施产业化。能拿多少？",
      "另外还有一个二类化学药也拿到注册证书并产业化了，一起算的话最多能拿多少？"], 15_000_000),
    # A product of an earlier turn is priced by the rule it fitted then: 100万 + 1000万.
    (["我们1类新药进入Ⅱ期", "另外还有一个拿到注册证书并产业化了，一共多少"], 11_000_000),
    # Each product's own history: A 20万, B 40万, C already past 1亿 last year: 0.
    (["我们有三个品种：A去年年产值4000万、今年6000万；B去年9000万、今年1.5亿；C去年3亿、今年4亿。"
      "都是第一次到这个水平，单品种产值奖励合计多少？"], 600_000),
    # License-out per product: only the contract above 1亿美元 counts: 50万.
    (["我们两个品种做了License-out，合同总额分别是1.2亿美元和8000万美元，合同都签了，能拿多少？"],
     500_000),
    # Two License-in products launched (2 × 100万) and one License-out (50万).
    (["两个License-in引进的产品都上市了，另外还有一个品种License-out给跨国药企，合同总额1.3亿美元已签约，"
      "合计最多多少？"], 2_500_000),
    # 一、二、三类新兽药: 300万 + 200万 + 100万.
    (["动物药企业：一类、二类、三类新兽药注册证书各拿到一个，都在产业化，一共最多多少？"],
     6_000_000),
    # English: two entering Ⅲ期 (2 × 200万) and one approved (1000万).
    (["Two class-1 drugs entered Phase III this year and a third class-1 drug won NDA approval "
      "(registration certificate), commercialised here. Total max?"], 14_000_000),
    # Two provisions over two turns, then their sum: 3000万 × 30% + 500万 × 20%.
    (["我们建了实验动物共享服务平台，实际投入3000万", "另外我们还是CRO企业，去年实际服务金额500万",
      "两项加起来最多多少？"], 10_000_000),
    # 各一个: three 1类 products entering Ⅱ期, 3 × 100万; only the 1类 one of "1类和2类".
    (["1类化学药、一类中药、1类生物药各一个，今年都进了phase 2，一共多少"], 3_000_000),
    (["1类和2类化药各一个进入Ⅱ期"], 1_000_000),
    # Per product history: 200万 + 500万 + 1000万.
    (["三个品种今年年产值首次突破：A首次破5亿（去年4.6亿今年5.3亿），B首次破10亿（去年9.5亿今年"
      "10.8亿），C首次破20亿（去年19亿今年21亿），共奖多少"], 17_000_000),
    # Each provision counts its own products: 2 × 100万 + 1 × 50万.
    (["两个license-in产品都上市了，另外还有一个license-out合同总额12000万美元已签，合计最多多少"],
     2_500_000),
    # Two measures named side by side, each at its ceiling: 1000万 + 300万.
    (["外资研发中心研发激励 + 举办一场生命科学高水平国际学术研讨会议，两项最多合计多少？"],
     13_000_000),
])
def test_several_products_and_provisions(assistant: PolicyAssistant, turns: list[str],
                                         amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_two_documents_with_different_sums_ask_which_applies(assistant: PolicyAssistant) -> None:
    session = f"test:{uuid.uuid4().hex}"
    first = assistant.answer(session, "我们举办了一场生命科学领域高水平国际学术研讨会议，"
                                      "实际发生费用2000万，能支持多少？")
    assert first.status == "needs_info" and amount_of(first) is None
    assert {c.doc_id for c in first.citations} == {"changping-zone-draft", "changping-2026-2028"}
    chosen = assistant.answer(session, "按现行的措施")
    # 若干措施（十二）: 不超过300万元.
    assert (chosen.status, amount_of(chosen)) == ("answered", 3_000_000)
    assert [c.doc_id for c in chosen.citations] == ["changping-2026-2028"]


@pytest.mark.parametrize("question", ["支持办法第十三条的申报条件有哪些？",
                                      "What does Article 13 of the Changping zone draft say?"])
def test_a_clause_asked_for_by_number_is_quoted(assistant: PolicyAssistant, question: str) -> None:
    answer = talk(assistant, question)
    assert [(c.doc_id, c.article) for c in answer.citations] == [
        ("changping-zone-draft", "第十三条")]


def test_responsible_units_of_a_measure_named_by_its_words(assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "AI+医药健康示范应用那条是哪些部门负责")
    assert answer.status == "answered"
    assert [(c.doc_id, c.article) for c in answer.citations] == [("changping-2026-2028", "（五）")]
    assert "市发展改革委" in answer.answer  # the units in the measure's closing brackets


# -- denials, one matter, alternatives offered, products added over turns ----------------

@pytest.mark.parametrize(("question", "rule_id"), [
    # 第十五条（一） is for CRO、CDMO、CMO: a company that says it is none of them fails it.
    ("我们是做医疗软件的公司，并非CRO或CDMO，服务合同额800万，外包服务机构那条能拿多少？",
     "zone-15-1-outsourcing-services"),
    # 第十一条（一） needs a new FDA/EMA approval: "没有申请FDA" denies one.
    ("产品只在国内获批，没有申请FDA，注册费用60万，第十一条（一）能补多少？",
     "zone-11-1-international-registration"),
    # 若干措施（十二） is for 外资 R&D centres: "没有外资成分" denies being one.
    ("我们是内资企业，没有外资成分，研发投入增长了800万，外资研发中心那条能给多少？",
     "m2026-12-foreign-rd-center"),
])
def test_a_denied_premise_is_ineligible(assistant: PolicyAssistant, question: str,
                                        rule_id: str) -> None:
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer
    assert answer.calculation is not None and answer.calculation.rule_id == rule_id


@pytest.mark.parametrize("text", ["我们是CRO企业", "有没有针对FDA认证的支持", "是不是外资都行"])
def test_asking_or_affirming_denies_nothing(text: str) -> None:
    facts = read_message(text, _VOCABULARY, 2026).facts
    assert facts.get("international_approval") is not False
    assert facts.get("foreign_invested") is not False
    assert "outsourcing_provider" not in facts


def test_a_kind_denied_beside_a_loose_mention_is_not_that_kind(
        assistant: PolicyAssistant) -> None:
    # 第六条（一）: a 2类 drug gets 最高500万; only a 重大改良型新药 goes by the 1类 standard.
    answer = talk(assistant, "2类中药（属于改良型，但未认定为重大改良型新药）"
                              "拿到注册证书并已产业化，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


def test_provisions_said_to_be_one_project_count_once(assistant: PolicyAssistant) -> None:
    # 第十七条 从优不重复: 承担生产 20% × 1500万 = 300万 against CDMO 20% × 1000万 = 200万.
    answer = talk(assistant, "我们CDMO按MAH制度承担生产，实际投入1500万元，"
                              "CDMO年度服务金额1000万元，这两项是同一个项目，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer
    assert "从优不重复" in answer.answer
    # Said to be two projects, both count: 300万 + 200万.
    apart = talk(assistant, "我们CDMO按MAH制度承担生产，实际投入1500万元，"
                             "另外CDMO年度服务金额1000万元，这是两个项目，合计能拿多少？")
    assert (apart.status, amount_of(apart)) == ("answered", 5_000_000), apart.answer


def test_an_alternative_offered_for_a_figure_named_again_is_asked(
        assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "CRO企业，去年服务金额900万，能拿多少？"
                              "（上面说的900万我记不清了，也可能是960万）")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_a_product_added_with_hai_you_ge_joins_the_count(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 1类 entering Ⅰ期 50万, Ⅱ期 100万.
    answer = talk(assistant, "我们一个1类生物制品今年进入Ⅰ期临床，能拿多少？",
                   "还有个1类化学药进了Ⅱ期，两个一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_an_earlier_provision_keeps_its_own_count_when_a_product_is_added(
        assistant: PolicyAssistant) -> None:
    # 第十一条（二） License-in: 单品种最高100万, two products; 第六条（二）: 二类新兽药 单品种
    # 最高200万. 200万 + 200万, not the new turn's one product repricing License-in.
    answer = talk(assistant, "两个License-in引进的品种都已经上市了，能给多少？",
                   "另外有一个二类新兽药拿到注册证书并产业化了（不是同一个品种），加上前面的一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 4_000_000), answer.answer


def test_a_platforms_service_income_is_no_outsourcing_firms_service_value(
        assistant: PolicyAssistant) -> None:
    # 第十五条（二）: 建设实际投入 30%, 最高3000万 (1.5亿 × 30% = 4500万 → 3000万); a running
    # platform's income earns 一定的资金奖励 with no figure, and is no CRO's 服务金额.
    answer = talk(assistant, "我们的检验检测共享服务平台已建成并经认定，建设实际投入1.5亿，"
                              "平台去年对外服务收入900万，能补多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 30_000_000), answer.answer
    # 第十五条（一）: a CRO's own 服务金额 still counts: 20% × 800万 = 160万.
    cro = talk(assistant, "我们是一家CRO公司，去年服务收入800万，能拿多少？")
    assert (cro.status, amount_of(cro)) == ("answered", 1_600_000), cro.answer


def test_licensing_to_a_multinational_is_license_out_and_a_corrected_total_re_decides(
        assistant: PolicyAssistant) -> None:
    # 第十一条（二）: License-out 合同总额超过1亿美元 → 单品种最高50万; 9000万美元 is not over.
    turns = ["我们把一个品种的海外权益授权给了一家跨国企业。", "交易总额3.2亿美元，能给多少？"]
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", 500_000), answer.answer
    corrected = talk(assistant, *turns, "更正一下，总额其实是9000万美元")
    assert (corrected.status, amount_of(corrected)) == ("ineligible", None), corrected.answer


def test_another_matter_added_in_a_later_turn_joins_the_total(
        assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 注册费用 200万 × 30% = 60万; 第十六条（三）: 活动费用 500万 × 20% = 100万.
    answer = talk(assistant, "药品新获EMA认证，实际注册费用200万元，能补多少？",
                   "再加一项：又办了一场行业峰会，花了500万，两项合计多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_600_000), answer.answer
    # "还有个事…投资一共X" states a figure and starts another matter: no total is asked.
    fresh = talk(assistant, "药品新获EMA认证，实际注册费用200万元，能补多少？",
                  "还有个事，我们做了一个AI+医药健康标杆示范场景项目，工程投资一共一千万，"
                  "最多能支持多少？")
    # 若干措施（五）: 工程投资总额 30%, 1000万 × 30% = 300万.
    assert (fresh.status, amount_of(fresh)) == ("answered", 3_000_000), fresh.answer


def test_two_sources_disagreeing_on_one_figure_are_asked_even_in_an_aside(
        assistant: PolicyAssistant) -> None:
    # "不过" opens an aside, it sets no floor; "2026-2028年那个措施" names the measures, it
    # dates no figure. Two values of one investment, the user unsure: asked.
    answer = talk(assistant, "AI+医药健康标杆示范场景项目，工程投资总额3000万元，2026-2028年的措施"
                              "能支持多少（不过3000万是项目组报的，审计报告写的是3300万，我拿不准）")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_parts_of_a_base_still_being_counted_are_asked_then_added(
        assistant: PolicyAssistant) -> None:
    # 第十一条（一）: 实际注册费用（含海外注册费、检测费、当地代理费）× 30%.
    turns = ["药品新获FDA认证，海外注册费100万，当地代理费尚未核算，能补多少？"]
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer
    assert "当地代理费" in (answer.follow_up or answer.answer)
    # (100万 + 20万) × 30% = 36万.
    later = talk(assistant, *turns, "代理费20万")
    assert (later.status, amount_of(later)) == ("answered", 360_000), later.answer
    # "检测90万" names the part without 费: (100万 + 90万) × 30% = 57万.
    short = talk(assistant, "药品新获FDA认证，海外注册费100万，检测90万，能补多少？")
    assert (short.status, amount_of(short)) == ("answered", 570_000), short.answer


def test_one_products_sales_are_no_sales_platforms_revenue(
        assistant: PolicyAssistant) -> None:
    # 第八条（一）: 承担（受托）生产 实际投入 20%: 300万 × 20% = 60万; the product's own sales
    # bring in no 销售平台 2‰.
    answer = talk(assistant, "受托生产的这个品种年销售额800万。我们作为受托方承担生产，"
                              "实际投入300万元，能补多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 600_000), answer.answer


def test_a_company_of_another_trade_is_outside_the_drafts_scope(
        assistant: PolicyAssistant) -> None:
    # 第二条: 本办法适用于医药健康领域企业…; 第十二条（一） 2‰ applies only within it.
    answer = talk(assistant, "我们是一家物流公司，年度主营业务收入首次突破5亿，"
                              "达到8亿，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer
    # A 医药物流 company is in the field: 8亿 × 2‰ = 160万.
    health = talk(assistant, "我们是一家医药物流企业，年度主营业务收入首次突破5亿，"
                              "达到8亿，能拿多少？")
    assert (health.status, amount_of(health)) == ("answered", 1_600_000), health.answer


def test_labelled_entries_are_one_product_each(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 进入Ⅲ期 200万, 进入Ⅱ期 100万, per product.
    answer = talk(assistant, "品种一：1类中药，进入Ⅲ期；品种二：1类生物制品，进入Ⅱ期。"
                              "合计多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer
    # 第十一条（一）: each product's 实际注册费用 is the sum of its own parts, × 30%:
    # (20万 + 10万 + 10万) × 30% + (50万 + 30万 + 20万) × 30% = 12万 + 30万 = 42万.
    parts = talk(assistant, "产品A（EMA）：海外注册费20万，检测费10万，当地代理费10万\n"
                             "产品B（FDA）：海外注册费50万，检测费30万，当地代理费20万\n"
                             "合计最多补多少？")
    assert (parts.status, amount_of(parts)) == ("answered", 420_000), parts.answer


def test_a_clause_that_is_only_a_count_counts_the_products(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 进入Ⅱ期 100万 per product, three products.
    answer = talk(assistant, "1类生物制品进入Ⅱ期临床，我们有3个，一共多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


def test_each_counted_projects_figure_is_the_project_rules_own(
        assistant: PolicyAssistant) -> None:
    # 若干措施（五）: 工程投资总额 30% per project: 2000万 → 600万, 4000万 → 1200万.
    answer = talk(assistant, "申报两个AI+医药健康标杆示范场景项目：\n"
                              "项目A：工程投资总额2000万元；\n"
                              "项目B：工程投资总额4000万元。\n两个项目一共最多多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 18_000_000), answer.answer


def test_an_award_had_in_another_city_is_an_aside_in_traditional_script(
        assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 服务金额 800万 × 20% = 160万; the 廣州 award is history, not the question.
    answer = talk(assistant, "曾在廣州獲得200萬元獎勵。我們是CRO機構，"
                              "去年服務收入800萬元，可以拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_600_000), answer.answer


def test_a_past_best_is_where_the_figure_came_from(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: 6000万 → 2.2亿 first crosses 1亿: 40万.
    answer = talk(assistant, "这个品种今年年产值2.2亿，往年最高6000万，能奖多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 400_000), answer.answer
    # "以前最多" is the company's own best, not an award someone claims: 3.7亿 → 8亿
    # first crosses 5亿: 200万.
    best = talk(assistant, "我们那个单品今年产值8个亿，以前最多3.7亿元，有奖吗")
    assert (best.status, amount_of(best)) == ("answered", 2_000_000), best.answer
    # A past best alone is no figure of now: asked.
    alone = talk(assistant, "我们单品种以前最高3.7亿元，能奖多少")
    assert (alone.status, amount_of(alone)) == ("needs_info", None), alone.answer


def test_research_spending_series_read_in_any_order(assistant: PolicyAssistant) -> None:
    # 第十三条: 上一年度研发投入 × 10% when 上两年研发投入总额 ≥ 1000万 and 营收 < 3000万.
    apposed = talk(assistant, "2100万元，这是我们去年的研发投入，前年是900万，上年营收2000万，"
                               "三年研发都是正增长，中小企业，没领过，能拿多少")
    assert (apposed.status, amount_of(apposed)) == ("answered", 2_100_000), apposed.answer
    headed = talk(assistant, "去年营收2500万，研发投入1500万，前年800万，大前年600万，"
                              "连续三年增长，中小企业，能补多少")
    assert (headed.status, amount_of(headed)) == ("answered", 1_500_000), headed.answer
    corrected = talk(assistant, "中小企业，上年营收2000万，去年研发投入1500万，前年900万，"
                                 "三年都在增长，没领过，能拿多少？",
                      "刚才去年的研发投入说错了，应该是1200万")
    assert (corrected.status, amount_of(corrected)) == ("answered", 1_200_000), corrected.answer


def test_a_bare_figure_answers_the_amount_asked(assistant: PolicyAssistant) -> None:
    # 第十二条（一）: 主营业务收入 × 2‰: 8亿 → 160万.
    answer = talk(assistant, "今年我们主营业务收入首次突破5亿元", "具体是8亿")
    assert (answer.status, amount_of(answer)) == ("answered", 1_600_000), answer.answer


def test_manufacturing_for_the_licence_holder_is_contract_production(
        assistant: PolicyAssistant) -> None:
    # 第八条（一）: 承担（受托）生产 实际投入 × 20%: RMB 5 million → 100万 (not 委托's 10%).
    answer = talk(assistant, "Under the MAH system we make a drug for the licence holder; "
                              "our actual investment was RMB 5 million. How much support?")
    assert (answer.status, amount_of(answer)) == ("answered", 1_000_000), answer.answer


def test_an_earlier_year_reached_refutes_first_time(assistant: PolicyAssistant) -> None:
    # 第十二条（一） rewards the first year above 5亿: "前年其实已经到过12亿" means it is not.
    turns = ["我们主营业务收入9亿，首次突破5亿，能拿多少？",
             "不对，我查了下前年主营业务收入其实已经到过12亿了"]
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer
    # "以前从没到过5亿" keeps it the first time: 9亿 × 2‰ = 180万.
    first = talk(assistant, "我们去年主营业务收入9亿，以前从没到过5亿，首次突破这条能拿多少？")
    assert (first.status, amount_of(first)) == ("answered", 1_800_000), first.answer


def test_an_exact_figure_apart_from_the_measures_mark_is_its_value(
        assistant: PolicyAssistant) -> None:
    # "8亿！主营业务收入第一次上5亿": the words name only the mark; 8亿 × 2‰ = 160万.
    answer = talk(assistant, "80000万！主营业务收入第一次上5亿，可以领多少")
    assert (answer.status, amount_of(answer)) == ("answered", 1_600_000), answer.answer


def test_years_already_received_are_counted_with_ling(assistant: PolicyAssistant) -> None:
    # 第十三条: 累计支持不超过三年; "已领过2年" is two years, so one more: 1500万 × 10% = 150万.
    answer = talk(assistant, "中小微企业，上年度营业收入2000万，研发投入前年900万、去年1500万，"
                              "连续三年正增长，研发支持已领过2年，还能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_500_000), answer.answer


def test_a_denied_class_is_not_that_class(assistant: PolicyAssistant) -> None:
    # 第六条（二）: 二类新兽药 单品种最高200万; "不是三类，是二类" corrects the class.
    answer = talk(assistant, "三类新兽药拿证并产业化，一个品种，最高多少？", "不是三类，是二类")
    assert (answer.status, amount_of(answer)) == ("answered", 2_000_000), answer.answer


def test_a_bare_contract_is_no_license_out_deal(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: CRO 服务金额 800万 × 20% = 160万; a CRO's 合同额 (qualifier cro: unrelated)
    # brings in no License-out question about dollars.
    answer = talk(assistant, "我们CRO去年签的合同额1.2亿，实际服务金额800万元，能支持多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_600_000), answer.answer
    # "不是X，是Y" corrects the License-out total: 2.9亿美元 > 1亿美元 → 50万.
    corrected = talk(assistant, "License-out合同总额8000万美元，一个品种，能拿支持吗？",
                      "不是8000万美元，是2.9亿美元，合同已签")
    assert (corrected.status, amount_of(corrected)) == ("answered", 500_000), corrected.answer


def test_an_approved_ind_is_a_trial_not_a_registration(assistant: PolicyAssistant) -> None:
    # 第五条（一）: 1类 entering Ⅱ期 100万; an IND approval is no 药品注册证书 (第六条 1000万).
    answer = talk(assistant, "我们的IND已经approved，Phase II也first patient dosed了，"
                              "是1类生物制品，能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 1_000_000), answer.answer


def test_a_plain_improved_drug_is_class_two_not_major_improvement(
        assistant: PolicyAssistant) -> None:
    # 第六条（一）: 2类 单品种最高500万; 重大改良型新药 参照1类 最高1000万.
    plain = talk(assistant, "我们一个2类改良型新药拿到注册证书并产业化了，最高多少？")
    assert (plain.status, amount_of(plain)) == ("answered", 5_000_000), plain.answer
    major = talk(assistant, "我们一个经认定的重大改良型新药拿到注册证书并产业化了，最高多少？")
    assert (major.status, amount_of(major)) == ("answered", 10_000_000), major.answer


def test_a_part_taken_back_leaves_the_base(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: (200万 + 100万 + 60万) × 30% = 108万; without 检测费: 78万.
    turns = ["药品新获FDA认证，海外注册费200万、检测费100万、当地代理费60万，能补多少？"]
    assert amount_of(talk(assistant, *turns)) == 1_080_000
    answer = talk(assistant, *turns, "检测费那笔是别的项目的，不算", "那现在多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 780_000), answer.answer
    # English names the part without "fee": (2m + 1m + 0.6m) × 30% = 108万.
    english = talk(assistant, "FDA approved our drug. Overseas registration fee RMB 2 million, "
                               "testing RMB 1 million, local agent RMB 0.6 million. How much?")
    assert (english.status, amount_of(english)) == ("answered", 1_080_000), english.answer


def test_a_share_of_another_figure_is_asked(assistant: PolicyAssistant) -> None:
    # A share ("是总预算的60%") is no figure to compute on; a difference from a stated
    # figure ("比预算多了50万，预算是300万") is worked out and shown: 350万 × 30% = 105万.
    share = talk(assistant, "我们按持有人制度承担生产，实际投入是总预算的60%，"
                             "总预算5000万元，能拿多少？")
    assert (share.status, amount_of(share)) == ("needs_info", None), share.answer
    difference = talk(assistant, "药品新获EMA认证，实际注册费用比预算多了50万，"
                                  "预算是300万，能补多少？")
    assert (difference.status, amount_of(difference)) == ("answered", 1_050_000), \
        difference.answer


def test_another_value_offered_beside_an_estimate_is_asked(assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "药品新获FDA认证，注册费用大约400万，也可能是320万，能补多少？")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_a_new_product_asked_about_alone_is_priced_alone(assistant: PolicyAssistant) -> None:
    # 第五条（一）: the new product entering Ⅰ期 alone: 50万, not 100万 + 50万.
    answer = talk(assistant, "1类新药进Ⅱ期能拿多少", "换个产品问，另一个1类新药刚进I期呢")
    assert (answer.status, amount_of(answer)) == ("answered", 500_000), answer.answer
    # 第六条（二）: "另外一个问题…这个呢" asks about the 二类新兽药 only: 200万.
    vet = talk(assistant, "我们1类新药拿到注册证书并产业化了，能拿多少",
                "另外一个问题，我们的二类新兽药也拿到注册证书并产业化了，这个呢")
    assert (vet.status, amount_of(vet)) == ("answered", 2_000_000), vet.answer


def test_digit_groups_split_by_spaces_are_one_number(assistant: PolicyAssistant) -> None:
    # 第八条（一）: 承担（受托）生产 实际投入 × 20%: 6 900万 → 1380万.
    answer = talk(assistant, "我们按MAH制度承担生产，为此实际投入了6 900万，"
                              "研发人员166人，能补多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 13_800_000), answer.answer


def test_a_figure_given_as_a_change_is_asked_not_derived(assistant: PolicyAssistant) -> None:
    # "今年比去年少了4700万，去年是21300万": this year's figure is not stated; last year's is no
    # figure of this year.
    answer = talk(assistant, "我们委托生产的品种今年实际交易额比去年少了4700万元，去年是21300万，"
                              "按今年的交易额能拿多少？")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_a_partner_or_organiser_outside_the_clause_is_ineligible(
        assistant: PolicyAssistant) -> None:
    # 第十一条（二）: License-out 与跨国龙头企业; a domestic partner is outside it.
    domestic = talk(assistant, "License-out合同总额2亿美元，已签约，对方是国内一家药企，能拿吗？")
    assert (domestic.status, amount_of(domestic)) == ("ineligible", None), domestic.answer
    # 第十六条（三）: 市场化主体举办; a government-hosted event the company only runs is not.
    hosted = talk(assistant, "我们办了一场医药创新大会，实际发生费用500万，能拿多少？",
                   "对了，主办方其实是区政府部门，我们只是承办")
    assert (hosted.status, amount_of(hosted)) == ("ineligible", None), hosted.answer


def test_the_case_supposed_is_the_figure_asked_about(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: 8.5亿 now, never above 10亿; supposing 19亿 next year crosses 10亿: 500万.
    answer = talk(assistant, "如果明年产值做到19亿能拿多少",
                   "我们这个品种今年是8.5亿，之前从来没超过10亿")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


def test_a_deal_with_another_company_is_the_users_own(assistant: PolicyAssistant) -> None:
    # 第八条（一）: 委托生产 实际交易额 × 10% (1亿 → 1000万) + 承担生产 实际投入 × 20%
    # (2000万 → 400万); "委托别家生产" names the user's own deal, not another company's figure.
    answer = talk(assistant, "我们一方面委托别家生产A品种（实际交易额1亿），一方面按MAH制度为别人"
                              "承担生产（实际投入2000万），合计多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 14_000_000), answer.answer


def test_each_counted_platform_has_its_figure_whatever_its_words(
        assistant: PolicyAssistant) -> None:
    # 第十五条（二）: 建设实际投入 30%, 每个平台最高3000万: 1000万 → 300万; 2亿 → 3000万.
    answer = talk(assistant, "我们建了两个经认定的共享服务平台：检验检测服务平台投入1000万元，"
                              "标杆型孵化器投入2亿元，每个平台分别算，合计最多多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 33_000_000), answer.answer


def test_a_restated_series_replaces_the_change_it_corrects(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: restated as 去年2.1亿 → 今年9.3亿, it first crosses 5亿: 200万 (the earlier
    # "从5700万做到14800万" is what was corrected, not a history that refutes 首次).
    answer = talk(assistant, "一个单品年产值第一次突破1亿，从5700万元做到了14800万。能申请多少？",
                   "说错了，年产值应该是去年21000万元、今年93000万，也是首次过档")
    assert (answer.status, amount_of(answer)) == ("answered", 2_000_000), answer.answer


def test_figures_listed_first_take_the_names_after_them(assistant: PolicyAssistant) -> None:
    # 第十一条（一）: (50万 + 30万 + 20万) × 30% = 30万; "+" between figures adds, it sets no floor.
    answer = talk(assistant, "50万元+三十万+20万元，分别是EMA的海外注册费、检测费、当地代理费，"
                              "能支持多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 300_000), answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # (五): 工程投资 × 30%, 每个项目最高5000万: 1.15亿 → 3450万; 1600万 → 480万; 3930万.
    (("AI示范场景项目A，工程投资总额11500万元，能拿多少", "项目B工程投资1600万元", "两个一共"),
     39_300_000),
    (("示范场景项目一，工程投资总额1.15亿，能拿多少",
      "还有项目二，也是示范场景，工程投资总额1600万元", "两个项目加起来最多多少？"), 39_300_000),
    # 第十二条（三）: 首次突破20亿 → 1000万; 首次突破5亿 → 200万; 1200万.
    (("产品A今年首次突破20个亿，产值2100000000元", "产品B今年首次突破5亿，产值6.4亿", "一共多少"),
     12_000_000),
    # 第五条（一） 1类进入Ⅱ期 100万 + 第六条（一） 1类获证并产业化 最高1000万 = 1100万.
    (("我们A品种1类化学药进入II期，能拿多少？", "B品种是1类生物制品，拿到注册证书并产业化了",
      "那一共呢"), 11_000_000),
    # "两个产品" then each by its letter: 1类 最高1000万 + 2类 最高500万 = 1500万, not 2 × each.
    (("我们两个产品", "A是1类化学药，拿证并产业化", "B是2类化学药，也拿证产业化了",
      "两个一共最多多少"), 15_000_000),
])
def test_a_product_named_by_another_letter_is_one_more(
        assistant: PolicyAssistant, turns: tuple[str, ...], amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("turns", [
    # (五) 2500万 × 30% = 750万; (十一) 项目投资总额 1800万 × 50% = 900万; 1650万.
    ("我们有个AI临床试验管理示范项目，工程投资总额2500万元", "还有一个园区运营项目，投资总额1800万",
     "按若干措施两个一共最多多少"),
    ("按若干措施：AI辅助诊断示范项目工程投资总额2500万元，园区运营管理项目投资总额1800万元，"
     "两个项目最多一共多少？",),
])
def test_each_project_figure_is_its_own_provisions(
        assistant: PolicyAssistant, turns: tuple[str, ...]) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", 16_500_000), answer.answer


def test_a_product_asked_about_by_its_letter_is_priced_alone(
        assistant: PolicyAssistant) -> None:
    # 第十二条（三）: B first crosses 5000万 (6600万 this year, 3000万 last): 20万, B alone.
    answer = talk(assistant, "我们品种A去年产值8000万",
                   "品种B去年3000万，今年首次突破5000万，到了0.66亿，B能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 200_000), answer.answer


def test_a_total_asked_under_one_document_takes_its_provision_for_each_turn(
        assistant: PolicyAssistant) -> None:
    # (十二) of the measures: 国际学术研讨会议 不超过300万, 外资研发中心 不超过1000万: 1300万
    # (the draft's 第十六条（三） 20% of the costs is the other text's, not asked for).
    answer = talk(assistant, "我们举办了一场生命科学国际学术研讨会，花了290万",
                   "我们同时也是外资研发中心，研发投入从7000万元增长到1.1亿",
                   "按若干措施两项一共最多多少")
    assert (answer.status, amount_of(answer)) == ("answered", 13_000_000), answer.answer


def test_a_mark_asked_about_is_no_figure_of_another_provision(
        assistant: PolicyAssistant) -> None:
    # 第十二条（一）: 7.85亿 × 2‰ = 157万. The "首次突破5亿" of the question is the clause's mark:
    # no shared platform's 5亿 investment (第十五条（二）) may be read from it.
    answer = talk(assistant, "我们是医药健康销售平台型企业，今年主营业务收入7.85亿，首次突破5亿。"
                              "第八条销售平台和第十二条首次突破5亿能不能都拿？最后合计多少？")
    assert amount_of(answer) == 1_570_000, answer.answer


@pytest.mark.parametrize("follow_up", ["按规定能拿多少", "到时候能拿多少",
                                       "好，说回正事，刚才那个情况能拿多少支持？",
                                       "具体数字我还没拿到，你先说能拿多少？"])
def test_a_follow_up_with_nothing_of_its_own_stays_with_the_topic(
        assistant: PolicyAssistant, follow_up: str) -> None:
    # 第十五条（一）: 实际服务金额 1030万 × 20% = 206万.
    answer = talk(assistant, "这家企业是CRO，其中去年实际服务金额是1030万元", follow_up)
    assert (answer.status, amount_of(answer)) == ("answered", 2_060_000), answer.answer


def test_where_the_answer_comes_from_is_its_clause(assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "1类创新药（生物制品）获批上市并在昌平产业化，最多多少？",
                   "这个出自哪个文件的哪一条？")
    assert answer.status == "answered"
    assert [(c.doc_id, c.article) for c in answer.citations][:1] == [
        ("changping-zone-draft", "第六条")], answer.answer


def test_thanks_and_a_total_sum_the_turns_before(assistant: PolicyAssistant) -> None:
    # 第五条（一） 1类进入Ⅰ期 50万 + 第十五条（一） 380万 × 20% = 76万: 126万.
    answer = talk(assistant, "我们1类中药进入Ⅰ期了", "另外我们CRO业务去年服务额380万",
                   "谢谢，麻烦合计一下")
    assert (answer.status, amount_of(answer)) == ("answered", 1_260_000), answer.answer


@pytest.mark.parametrize("other", ["房租补贴能拿多少", "停车费能报销多少",
                                   "How much is the rent subsidy?"])
def test_a_question_about_something_no_text_covers_inherits_noamount_of(
        assistant: PolicyAssistant, other: str) -> None:
    answer = talk(assistant, "我们是CRO，去年服务金额800万，能拿多少", other)
    assert amount_of(answer) is None, answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # 第五条（一）: 2 × 1类进入Ⅱ期 100万 + 1 × 进入Ⅰ期 50万 = 250万.
    (("我们有2个1类化学药今年进入II期临床试验，能申请多少？",
      "还有一项：我们有1个1类化学药今年进入一期临床试验。这一项能拿多少？", "那一共呢？"),
     2_500_000),
    # 第六条（二）: 三类新兽药 100万 + 二类 200万 = 300万.
    (("我们一个三类新兽药拿证了，已经量产，认定也过了，能补多少？",
      "对了还有，我们1个二类新兽药拿证了，已经量产，认定也过了，这俩加一块儿能拿多少？"),
     3_000_000),
    # 第六条（二）: 二类 200万, then 一类 300万 asked alone, then the total 500万.
    (("我们1个二类新兽药取得了新兽药注册证书，已实施产业化，也通过了认定。能补贴多少钱？",
      "另外我们一个一类新兽药取得了新兽药注册证书，已实施产业化，也通过了认定，这个呢？",
      "合计能拿多少？"), 5_000_000),
    # 第六条（一）: 重大改良型新药 参照1类 1000万 + 1类中药 1000万 = 2000万.
    (("我们1个经认定的重大改良型新药拿到了药品注册证书，已经实施产业化。能拿多少？",
      "另外我们一个1类中药今年拿到了药品注册证书，已在昌平实施产业化，这个呢？", "合计能拿多少？"),
     20_000_000),
    # 第五条（一） 1类进入Ⅰ期 50万 + 第六条（一） 2类 最高500万 = 550万.
    (("我们有一个1类化药品种今年进入一期临床试验，最多能给多少？",
      "还有一项：我们1个2类生物制品获得药品注册证书并实施产业化，已经通过认定。这一项能拿多少？",
      "两项加起来一共多少？"), 5_500_000),
])
def test_an_item_added_in_a_later_turn_counts_in_the_total(
        assistant: PolicyAssistant, turns: tuple[str, ...], amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_the_item_asked_about_alone_is_priced_by_its_own_rule(
        assistant: PolicyAssistant) -> None:
    # 第六条（一）: the 1类中药 asked about alone after a 首仿药: 1类 最高1000万.
    answer = talk(assistant, "我们1个经认定的首仿药拿到了药品注册证书，已经实施产业化。能拿多少？",
                   "另外我们一个1类中药今年拿到了药品注册证书，已在昌平实施产业化，这个呢？")
    assert (answer.status, amount_of(answer)) == ("answered", 10_000_000), answer.answer
    assert answer.calculation is not None
    assert answer.calculation.rule_id == "zone-6-1-class1-approval"


@pytest.mark.parametrize(("turns", "amount"), [
    # 第十一条（二）: License-in 100万 + License-out (US$396m > 1亿美元) 50万 = 150万.
    (("我们license-in了国外一个品种，已经在国内产业化上市了。按征求意见稿最多能拿多少？",
      "对了还有，我们有个品种license-out给了跨国大药企，合同总额USD 396 million，已经签约了，"
      "这俩加一块儿能拿多少？"), 1_500_000),
    # 第十三条 870万 × 10% = 87万 + 第十一条（一） 1855万 × 30% = 556.5万: 643.5万.
    (("We are an SME. Last year's operating revenue was 26,700,000 yuan; our R&D spending was "
      "RMB 8.7 million last year and 450万元 the year before, and it has grown for three "
      "consecutive years. What's the maximum?",
      "Another item: one of our drugs has just been approved by the EMA, and the actual "
      "registration costs came to CNY 18.55m. How much for that one?", "So what's the total?"),
     6_435_000),
    # 第八条（一） 3690万 × 10% = 369万 + 第十一条（一） 675万 × 30% = 202.5万: 571.5万. A
    # marketing authorisation holder holds no registration of its own by those words.
    (("We are a marketing authorisation holder (MAH). We commission another company to "
      "manufacture a product we hold; the actual transaction amount was 36,900,000 yuan. "
      "What is the maximum funding?",
      "In addition, one of our drugs has just been approved by the EMA, and the actual "
      "registration costs came to 6,750,000 yuan. How much in total?"), 5_715_000),
])
def test_a_provision_added_later_joins_the_total(
        assistant: PolicyAssistant, turns: tuple[str, ...], amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_a_word_the_chosen_clause_says_too_brings_no_provision(
        assistant: PolicyAssistant) -> None:
    # (十三): 海外研发中心 不超过200万 + 跨国技术转移 不超过300万 = 500万; "转化落地" names no
    # 国际科研机构 of (十二).
    answer = talk(assistant, "我们在海外设立了研发中心，推动创新药走出去，符合条件。"
                              "对照若干措施能拿多少？",
                   "另外还有一个：我们直接开展跨国技术转移服务，推动全球前沿医药创新成果在昌平"
                   "转化落地，符合条件。加起来一共能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


@pytest.mark.parametrize("question", [
    "我们从国内一所高校引进了一项技术实现产业化，产品已上市，能按License-in那条拿100万吗？",
    "技术是从上海一家公司授权引进的（国内），产品已经上市了，License-in那条能给多少？",
])
def test_license_in_from_home_is_not_from_abroad(
        assistant: PolicyAssistant, question: str) -> None:
    # 第十一条（二）: License-in 从国外引进先进技术; a technology from a domestic source is not.
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer


def test_a_floor_the_remembered_figure_meets_keeps_it(assistant: PolicyAssistant) -> None:
    # 第十二条（一） 首次突破5亿: 2021年 already 7.67亿, so last year's 26.54亿 is no first
    # crossing; "去年又回到5亿以上" restates last year's figure, it does not replace it.
    answer = talk(assistant, "我们去年主营业务收入26.54亿元，是首次突破5亿。能拿多少？",
                   "等一下，其实2021年主营业务收入就已经达到7.67亿，后来下滑，去年又回到5亿以上。"
                   "那还能拿吗？")
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer


def test_one_product_per_sentence_has_its_own_figures(assistant: PolicyAssistant) -> None:
    # 第十二条（三）: 5900万 first crosses 5000万 → 20万; 13.4亿 first crosses 10亿 → 500万: 520万.
    answer = talk(assistant, "我们的一款体外诊断试剂去年年产值0.3亿，今年做到了5900万元，"
                              "是第一次突破5000万元；我们旗下一款单抗产品去年年产值7亿，"
                              "今年做到了134000万元，是第一次突破10亿。合计最多能拿多少支持？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_200_000), answer.answer


def test_a_verbs_figure_fills_no_base_of_another_kind(assistant: PolicyAssistant) -> None:
    # 第八条（一） 承担生产 4650万 × 20% = 930万 + 第十一条（一） 2070万 × 30% = 621万: 1551万;
    # the corrected 实际投入 is no EMA registration fee.
    answer = talk(assistant, "我们按照药品上市许可持有人制度承担生产，实际投入金额6700万元。"
                              "能拿多少？",
                   "还有一项：我们的一款药品新取得欧盟EMA认证，实际注册费用共二千零七十万。"
                   "这一项能拿多少？",
                   "对了，第一项的实际投入金额刚才说错了，应该是4650万。那两项一共呢？")
    assert (answer.status, amount_of(answer)) == ("answered", 15_510_000), answer.answer


@pytest.mark.parametrize(("turns", "amount"), [
    # 第八条（一） 4350万 × 20% = 870万 vs 第十五条（一） 4090万 × 20% = 818万, one matter: 870万.
    (("我们按照药品上市许可持有人制度承担生产，实际投入金额4350万元。能拿多少？",
      "这块受托生产业务同时也算我们CDMO的合同外包服务，对应年度实际服务金额四千零九十万。"
      "这是同一事项，能和第十五条叠加吗？最多能拿多少？"), 8_700_000),
    # 第六条（一） 1类 最高1000万 vs 第十一条（二） License-in 最高100万, one product: 1000万.
    (("同一个品种：我们License-in引进的1类化学药，拿到注册证书并在昌平产业化。"
      "它既符合License-in，也符合第六条，不重复享受的话最多能拿多少？",), 10_000_000),
])
def test_one_matter_under_two_provisions_gets_the_better(
        assistant: PolicyAssistant, turns: tuple[str, ...], amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize("last", [
    "按《昌平组团促进医药健康产业发展支持办法》能拿多少支持？",
    "请按《昌平组团促进医药健康产业发展支持办法》帮忙算一下支持金额。",
    "对照支持办法（征求意见稿），我们能拿到多少？",
    "支持办法里这种情况能补多少钱？",
    "How much support can we get under the Changping cluster support measures (draft)?",
    "What amount could we receive under the draft support measures?",
])
def test_a_question_naming_only_the_document_continues_the_facts_given(
        assistant: PolicyAssistant, last: str) -> None:
    # 第八条（二）: 12.1亿 × 2‰ = 242万.
    answer = talk(assistant, "我们公司是医药健康销售平台。", "去年年度销售收入12.1亿元。", last)
    assert (answer.status, amount_of(answer)) == ("answered", 2_420_000), answer.answer


@pytest.mark.parametrize(("follow_up", "expected"), [
    ("这条是哪些部门负责落实的？", "市商务局"),
    ("这条措施的责任单位有哪些？", "市商务局"),
    ("这是依据哪一条规定的？原文是怎么写的？", "（十三）"),
    ("Which clause is that based on, and what does it say exactly?", "（十三）"),
])
def test_a_lookup_pointing_back_is_about_the_clause_just_answered(
        assistant: PolicyAssistant, follow_up: str, expected: str) -> None:
    answer = talk(assistant, "我们在海外设立了一个孵化器，推动优质医药技术项目出海，符合条件。"
                              "对照若干措施，我们能拿到多少？", follow_up)
    assert answer.status == "answered"
    assert [(c.doc_id, c.article) for c in answer.citations] == [
        ("changping-2026-2028", "（十三）")], answer.answer
    assert expected in answer.answer


@pytest.mark.parametrize(("question", "amount", "working"), [
    # 第十五条（一）: 今年 = 去年1550万 + 50万 = 1600万; × 20% = 320万.
    ("我们是一家CMO企业，今年实际服务金额比去年多了50万元，去年是1550万元，按今年的金额算。"
     "最多能给多少？", 3_200_000, "1550万元 + 50万元 = 1600万元"),
    # 第十二条（三）: 今年产值 = 去年2.5亿 + 3.3亿 = 5.8亿, 首次突破5亿: 200万.
    ("BT-810今年产值比去年多了330000000元，去年是25000万，今年是第一次突破5亿，能拿多少？",
     2_000_000, "2.5亿元 + 3.3亿元 = 5.8亿元"),
    # 第十一条（一）: 实际 = 预算260万 + 80万 = 340万; × 30% = 102万.
    ("一个药新获得EMA认证，实际注册费用比预算多了80万，预算是260万，能给多少？", 1_020_000,
     "260万元 + 80万元 = 340万元"),
])
def test_a_difference_from_a_stated_figure_is_worked_out_and_shown(
        assistant: PolicyAssistant, question: str, amount: int, working: str) -> None:
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer
    assert working in answer.answer


@pytest.mark.parametrize("question", [
    # No year of its own before 比: which year the difference gives is not said.
    "我们主营业务收入比前年多了78290万，前年是4.65亿，去年是第一次突破5亿，能拿多少？",
    # A share of another figure stays asked.
    "我们是做临床CMO的，去年实际服务金额占营收的60%，营收是1450万，能拿多少？",
])
def test_a_relative_figure_whose_terms_are_unclear_is_asked(
        assistant: PolicyAssistant, question: str) -> None:
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


@pytest.mark.parametrize(("question", "amount"), [
    # 第八条（一）: 实际交易额 0.38亿 × 10% = 380万; the 合同金额 is no License-out deal.
    ("我们是药品上市许可持有人，委托其他医药健康企业生产自有品种，合同金额4580万元，该品种实际交易额"
     "0.38亿。最多能拿多少？", 3_800_000),
    # 第十五条（一）: 实际服务金额 920万 × 20% = 184万; a CRO's contracts are no License-out.
    ("我们是干CRO的，合同签了2390万，实际做下来服务金额九百二十万。那个支持办法能给多少钱？",
     1_840_000),
])
def test_a_contract_in_no_license_out_words_is_no_deal(
        assistant: PolicyAssistant, question: str, amount: int) -> None:
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_a_contract_figure_correcting_the_actual_one_is_asked(
        assistant: PolicyAssistant) -> None:
    answer = talk(assistant, "该品种委托生产实际交易额2600万，不对，合同上写的是3500万元，"
                              "能拿多少？")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_products_priced_per_product_beside_a_figure_go_to_their_own_rules(
        assistant: PolicyAssistant) -> None:
    # 第五条（一） 1类进入Ⅱ期 100万 + 第六条（一） 2 × 首仿药 最高1000万 + 第十一条（一）
    # 1865万 × 30% = 559.5万: 2659.5万; the EMA fee is counted once.
    answer = talk(assistant, "我们1个1类化学药刚进二期临床了，后面肯定要产业化的；另外，"
                              "我们两个首仿药经认定后拿到了注册证书，已经产业化；另外，我们一个药"
                              "刚过了欧盟EMA认证，实际注册费用18,650,000元。按昌平组团那个办法，"
                              "加一块儿一共能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 26_595_000), answer.answer


def test_a_count_far_from_its_product_word_still_counts(assistant: PolicyAssistant) -> None:
    # 第十一条（二）: License-in 单品种最高100万 × 3 = 300万.
    answer = talk(assistant, "3个通过License-in从海外引进的品种已经在国内产业化并上市销售，"
                              "能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 3_000_000), answer.answer


@pytest.mark.parametrize(("turns", "status", "amount"), [
    # (五) prices 项目工程投资总额 × 30%: 3000万 → 900万, whatever the total around it.
    (("我们的AI+药物研发标杆示范场景项目符合条件，项目总投资7000万，其中项目工程投资总额3000万元，"
      "其余为铺底流动资金。能申请多少？",), "answered", 9_000_000),
    # A total investment alone is no 工程投资: asked.
    (("我们在做AI+药物研发示范项目", "项目总投资24500万元，最多能给多少"), "needs_info", None),
    # "那投资2亿呢" restates the 工程投资 the conversation holds: 2亿 × 30% = 6000万 → 5000万.
    (("AI药物研发示范场景 工程投资1亿 能拿多少", "那投资2亿呢"), "answered", 50_000_000),
])
def test_an_ai_scene_is_priced_on_its_engineering_investment_only(
        assistant: PolicyAssistant, turns: tuple[str, ...], status: str,
        amount: int | None) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == (status, amount), answer.answer


def test_a_span_of_years_each_supported_counts_every_year(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: 累计支持不超过三年; 2023, 2024 and 2025 already: a fourth is not granted.
    answer = talk(assistant, "CMO今年实际服务金额2770万，能拿多少",
                   "我们2023到2025年每年都拿过这个支持")
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer


def test_a_platform_named_after_its_figure_still_joins(assistant: PolicyAssistant) -> None:
    # 第五条（一） 1类进入Ⅱ期 100万 + 第十五条（二） 2亿 × 30% = 6000万 → 3000万: 3100万.
    answer = talk(assistant, "我们一个一类创新药现在进入II期临床试验了，此外我们投了20000万建设"
                              "检验检测服务平台，合起来能拿到多少钱？")
    assert (answer.status, amount_of(answer)) == ("answered", 31_000_000), answer.answer


def test_a_year_asked_for_with_no_figure_of_its_own_is_asked(assistant: PolicyAssistant) -> None:
    # 第八条（二）: 年度销售收入 × 2‰; only last year's is given, this year's is asked for.
    answer = talk(assistant, "我们是医药健康销售平台型企业，去年销售收入45000万元",
                   "今年增长了25%", "按今年的年度销售收入算能拿多少")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_an_english_construction_investment_is_a_platforms(assistant: PolicyAssistant) -> None:
    # 第十五条（二）: 建设实际投入 × 30%: RMB 22 million → 660万.
    answer = talk(assistant, "We built a shared testing platform.",
                   "Actual construction investment: RMB 22 million.", "What's the max?")
    assert (answer.status, amount_of(answer)) == ("answered", 6_600_000), answer.answer


# -- pasted tables -------------------------------------------------------------------------

@pytest.mark.parametrize(("table", "prose"), [
    ("年份\t实际服务金额\n2023\t1610万元\n2024\t510w",
     "2023年实际服务金额1610万元；2024年实际服务金额510w。"),
    ("| 年度 | 营业收入 | 研发投入 |\n|---|---|---|\n| 2024 | - | 980万元 |\n"
     "| 2025 | 630万 | 1090万元 |",
     "2024年研发投入980万元；2025年营业收入630万，2025年研发投入1090万元。"),
    ("品种 | 类别 | 阶段\nA | 1类中药 | II期\nB | 1类化学药 | III期",
     "品种A：类别1类中药，阶段II期；品种B：类别1类化学药，阶段III期。"),
    ("设备|3240万元\n装修|1080万元\n合计|4320万元", "设备3240万元；装修1080万元。"),
    ("指标 | 2024 | 2025\n研发投入 | 900万 | 1120万",
     "2024年研发投入900万；2025年研发投入1120万。"),
    ("只有一行 | 不成表", "只有一行 | 不成表"),
])
def test_pasted_tables_are_read_one_clause_per_row(table: str, prose: str) -> None:
    from app.assistant.table_reader import linearise_tables

    assert linearise_tables(table) == prose


@pytest.mark.parametrize(("turns", "amount"), [
    # 第十五条（一）: 2024年 7610万 × 20% = 1522万 (under the 2000万 cap): the year chosen.
    (("年份\t实际服务金额\n2023\t3350万元\n2024\t76,100,000元\n2025\tCNY 50.7m",
      "我们是CRO，按2024年的算能拿多少"), 15_220_000),
    # 第五条（一）: Ⅱ期 100万 + Ⅱ期 100万 + Ⅰ期 50万 = 250万, one product a row.
    (("我们的管线（均计划在昌平产业化）：\n品种 | 类别 | 今年进入的临床阶段\n"
      "A | 1类生物制品 | Ⅱ期\nB | 1类化学药 | 2期\nC | 1类中药 | Ⅰ期\n合计能拿多少？",), 2_500_000),
])
def test_a_pasted_table_gives_each_row_its_year_or_item(assistant: PolicyAssistant,
                                                        turns: tuple[str, ...],
                                                        amount: int) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第五条（一） 1类中药: Ⅱ期 100万 + Ⅰ期 50万 = 150万, no comma between the two.
    ("我们有两个1类中药进入临床（会在昌平产业化），一个二期一个一期，合计多少", 1_500_000),
    # Ⅰ期 50万 + Ⅲ期 200万 = 250万.
    ("两个1类化学药在昌平产业化，一个进入Ⅰ期一个进入III期，一共多少", 2_500_000),
])
def test_a_count_right_after_a_phase_opens_the_next_product(assistant: PolicyAssistant,
                                                             message: str, amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第六条（一）: a group's milestone said before its products are told apart is each
    # one's: 重大改良型新药 1000万 + 首仿药 1000万 = 2000万 (not each counted twice).
    ("我们有两个不同的品种都拿到注册证书并产业化了：一个是重大改良型新药（经认定），另一个是首仿药品种"
     "（认定通过）。第六条合计上限多少？", 20_000_000),
    # 2类 (recognised) 500万 × 2 = 1000万.
    ("Two separate products got registration certificates and are in production: a Class 2 "
     "biologic (already recognised) and a Class 2 biologic (already recognised). Combined "
     "ceiling?", 10_000_000),
    # 第六条（二）: 三类 100万 + 三类 100万 + 二类 200万 = 400万.
    ("我们三个兽药品种今年都拿证并产业化了：3类、3类、2类新兽药各一个，合计最多多少？", 4_000_000),
    # Classes of a message naming no human drug are veterinary: 100万 + 200万 + 200万.
    ("本公司三個動物藥品種取得新獸藥註冊證書並產業化，分別為三類、二類、二類，合計最高多少？",
     5_000_000),
    # ... but a human 1类 drug beside a 新兽药 keeps its class: 100万 (Ⅱ期) + 100万.
    ("我们1类创新药进入II期，另外动物药板块有个3类新兽药拿证产业化了，加起来多少？", 2_000_000),
    # 第六条（一）: "2 first generic": two products, 1000万 each.
    ("We just got the marketing authorisation (drug registration certificate) for 2 first "
     "generic (recognised), already in production here. What's the ceiling under Article 6?",
     20_000_000),
])
def test_a_group_then_its_products_is_priced_once_per_product(assistant: PolicyAssistant,
                                                              message: str,
                                                              amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_an_english_different_product_is_one_more(assistant: PolicyAssistant) -> None:
    # 第六条（二）: 三类 100万, then a 一类 300万 product: 400万 for both.
    answer = talk(assistant, "We got a category 3 new veterinary drug certificate and are "
                              "producing it.",
                   "Also a different product with a category 1 certificate, also in "
                   "production. Total cap for both?")
    assert (answer.status, amount_of(answer)) == ("answered", 4_000_000), answer.answer


# -- figures said as maybe so, as a plan, or as a share -------------------------------------

@pytest.mark.parametrize("turns", [
    ("我们CRO去年实际服务金额1595w",
     "财务刚又说可能是0.1857亿元，审计报告还没出，两个数都有可能。那到底能拿多少？"),
    ("Our CRO's actual service amount last year: RMB 28,915,000.",
     "Hmm, accounting now says maybe 2936万 RMB, audit not done yet. How much?"),
    ("我們共享服務平台建設投入1920萬元", "抱歉，那是預算數，實際投入還沒結算",
     "那現在可以算多少？"),
])
def test_a_figure_in_doubt_over_turns_is_asked(assistant: PolicyAssistant,
                                              turns: tuple[str, ...]) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer


def test_a_figure_said_again_without_doubt_still_replaces(assistant: PolicyAssistant) -> None:
    # 第十五条（一）: the later figure, said plainly, is the one: 2000万 × 20% = 400万.
    answer = talk(assistant, "我们CRO去年实际服务金额1595w",
                   "更正一下，服务金额是2000万，能拿多少")
    assert (answer.status, amount_of(answer)) == ("answered", 4_000_000), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第十五条（一）: 11354万 × 25% = 2838.5万 of service; × 20% = 567.7万.
    ("公司去年总收入1亿1354万，其中CRO外包服务的实际服务金额占25%，剩下的是卖试剂耗材。外包服务这块"
     "最多能拿多少支持？", 5_677_000),
    # 第十六条（三）: 4685万 × 20% = 937万 actually spent; × 20% = 187.4万.
    ("我们公司主办的产业交流活动，预算4685个w，最后实际发生费用是预算的20%。按实际发生费用算能支持多少？",
     1_874_000),
    # （五）: 24775万 × 80% = 19820万 工程投资; × 30% = 5946万 → capped at 5000万.
    ("若干措施AI+药物研发示范场景：项目总投资２４７７５万元，其中项目工程投资占80%，其余是研发人员费用。"
     "按规定最多支持多少？", 50_000_000),
])
def test_a_measure_stated_as_a_share_is_worked_out(assistant: PolicyAssistant, message: str,
                                                   amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer
    assert "推算" in answer.answer, answer.answer


# -- conditions said not to hold -------------------------------------------------------------

@pytest.mark.parametrize("turns", [
    # 第五条: 对开展临床试验并实施产业化的新药: a drug sold off after its trial is not.
    ("我们1类化药刚进入三期临床试验，能拿多少奖励？",
     "补充一下：这个品种我们不打算产业化，做完临床就整体卖掉"),
    ("Our Class 1 chemical drug entered phase II, but we won't industrialise it — we'll sell "
     "the asset after the trial. Any award?",),
    # 第六条: 获得药品注册证书: one still under technical review has none.
    ("我们有个1类生物制品，准备在昌平产业化", "按新药上市那条能拿多少？",
     "哦对了，注册证还没下来，现在还在技术审评阶段"),
])
def test_a_condition_said_not_to_hold_prices_nothing(assistant: PolicyAssistant,
                                                    turns: tuple[str, ...]) -> None:
    answer = talk(assistant, *turns)
    assert answer.status in ("ineligible", "needs_info"), answer.answer
    assert amount_of(answer) is None, answer.answer


def test_rather_long_is_no_comparison(assistant: PolicyAssistant) -> None:
    # "管线比较长" is "rather long": the clinical-entry award alone, no second provision shown.
    # 第五条（一）: Ⅰ期 50万 × 3 + Ⅱ期 100万 = 250万.
    answer = talk(assistant, "我们管线比较长，说一下今年的进展：品种A（1类化学药）进了1期，"
                              "品种B（化药1类）进了一期，品种C（1类化学药）进了I期，还有个品种D"
                              "（1类中药）进了2期。都会在昌平产业化。按进入临床阶段的奖励，四个"
                              "加起来多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 2_500_000), answer.answer
    assert "对比" not in answer.answer, answer.answer


def test_one_of_a_group_corrected_leaves_the_others(assistant: PolicyAssistant) -> None:
    # 第五条（一）: three at Ⅲ期 (200万 each), then one of them is at Ⅱ期 (100万): 500万.
    answer = talk(assistant, "我们有三个1类中药都进Ⅲ期了，都会产业化",
                   "其中一个我刚才说错了，它其实还在Ⅱ期，刚进Ⅱ期", "那现在总共能拿多少？")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


@pytest.mark.parametrize(("message", "amount"), [
    # 第六条（一） 1类 1000万 + 第十一条（二） License-in 100万: 乙 is no 1类 drug.
    ("两个不同的产品：甲是1类化药，拿到注册证书并已产业化；乙是License-in引进、已经上市的品种。两者"
     "不是同一事项，合计上限多少？", 11_000_000),
    # 第六条（一）: 2类 500万 + 首仿药 1000万 + 2类 500万, one a row of a markdown table.
    ("今年获批的品种（均已产业化）：\n| 品种 | 类别 |\n|---|---|\n"
     "| 1号 | 2类化药（已经认定） |\n"
     "| 2号 | 首仿药（已认定） |\n| 3号 | 2类生物制品（经认定） |\n注册上市支持合计最多多少？",
     20_000_000),
])
def test_labelled_products_keep_their_own_kind(assistant: PolicyAssistant, message: str,
                                               amount: int) -> None:
    answer = talk(assistant, message)
    assert (answer.status, amount_of(answer)) == ("answered", amount), answer.answer


def test_the_better_of_one_matter_is_asked_while_unsettled(assistant: PolicyAssistant) -> None:
    # 第十七条 从优不重复: License-in 100万 or 首仿药 1000万; the 注册证书 the second needs is
    # unsaid, so the most is not known: asked, never 100万.
    question = ("我们通过License-in引进的一个品种上市了，它同时是经认定的首仿药，已在昌平产业化。"
                "这是同一个品种、同一件事，按从优不重复最多拿多少？")
    answer = talk(assistant, question)
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer
    answer = talk(assistant, question, "已经拿到注册证书了")
    assert (answer.status, amount_of(answer)) == ("answered", 10_000_000), answer.answer


@pytest.mark.parametrize(("turns", "status", "amount"), [
    # （五）: 工程投资 19240万 × 30% = 5772万 → 5000万; the company's total investment is no
    # park-operation project of （十一）.
    (("按市里2026-2028年若干措施，我们AI+药物研发标杆示范场景项目，项目工程投资总额1.924亿元，"
      "公司总投资５８４００万元，最多支持多少？",), "answered", 50_000_000),
    # 第十六条（三）: 市场化主体举办; one a government body hosts is not.
    (("区卫健委主办的学术活动，实际发生费用7,880,000元，能按第十六条补20%吗？",), "ineligible",
     None),
    # 第十二条（三）: corrected to 6635万 this year after 9100万 last year: 5000万 was crossed
    # last year and 1亿 is not reached: no first crossing. The words after it say what the
    # earlier figure was (含税的合同额), not what this one is.
    (("单品种今年年产值327000000元，去年9100万元，能奖多少？",
      "说错了，今年是６６３５万元，之前那个是含税的合同额"), "ineligible", None),
    # 第十五条（一） 2596万 × 20% = 519.2万 + 第十一条（一） (386万 + 40万 + 24万) × 30% = 135万.
    (("We run a CRO: last year's actual service amount was CNY 25.96m.",
      "Separately, one of our drugs was newly approved by the FDA: overseas registration CNY "
      "3.86m, testing ¥400,000, local agent 24万 RMB.", "What's the combined maximum?"),
     "answered", 6_542_000),
    # 第十一条（一） (373万 + 41万 + 115万) × 30% = 158.7万 + （二） License-in 100万.
    (("Article 11 twice: drug X newly approved by the EMA (overseas registration 373万 RMB, "
      "testing CNY 0.41m, local agent RMB 1,150,000); separately drug Y was in-licensed and "
      "has launched. Total?",), "answered", 2_587_000),
])
def test_figures_and_provisions_said_of_what_they_are(assistant: PolicyAssistant,
                                                      turns: tuple[str, ...], status: str,
                                                      amount: int | None) -> None:
    answer = talk(assistant, *turns)
    assert (answer.status, amount_of(answer)) == (status, amount), answer.answer


def test_a_thing_added_then_asked_about_names_its_own_sibling(assistant: PolicyAssistant) -> None:
    # （十三）: 海外研发中心 up to 200万, then a 海外孵化器 up to 300万: 500万 for both.
    answer = talk(assistant, "我们在海外设了研发中心，最多能拿多少？",
                   "另外我们还在海外设了一个孵化器，推动项目出海，这个呢？", "两个加起来最多多少")
    assert (answer.status, amount_of(answer)) == ("answered", 5_000_000), answer.answer


def test_a_rival_priced_on_the_messages_figure_is_shown(assistant: PolicyAssistant) -> None:
    # 第十六条（三） 2000万 × 20% = 400万 or （十二） up to 300万: which document is asked, and
    # both calculations travel with the answer.
    answer = talk(assistant, "我们公司举办了一场生命科学领域高水平国际学术研讨会，"
                              "实际花了20,000,000元，能补多少")
    assert (answer.status, amount_of(answer)) == ("needs_info", None), answer.answer
    assert answer.calculation is not None and answer.calculation.parts is not None
    assert sorted(p.amount_yuan or 0 for p in answer.calculation.parts) == [3_000_000, 4_000_000]


def test_selling_the_approval_is_no_industrialisation(assistant: PolicyAssistant) -> None:
    # 第六条（一）: 获得药品注册证书且实施产业化; the approval sold on is not made here.
    answer = talk(assistant, "我们1类化药拿到注册证书了，但打算把批文转让出去，自己不生产，"
                              "能拿第六条的1000万吗？")
    assert (answer.status, amount_of(answer)) == ("ineligible", None), answer.answer
