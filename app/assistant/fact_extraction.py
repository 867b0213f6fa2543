"""Facts from a user's words: drug class, stage, counts, money by what it measures.

Users write 一类新药进三期, 产值破亿, 去年服务金额六百万, "1.5亿美元的license-out".
Each money mention is tied to a fact by the cue words around it (营收 → revenue,
服务 → service value …); a mention with no cue is kept as ``unassigned`` so the
router can give it to the one fact the chosen rule needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.normalize import canonical_terms
from app.rules.amounts import (
    MONEY_PATTERN,
    AmountParseError,
    chinese_to_decimal,
    english_amounts_to_chinese,
    money_from_match,
)

# Cue words for each money fact, most specific first. Searched in the text just before a
# number (and just after, for "600万的服务额" word order).
MONEY_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rd_two_years_yuan", ("上两年研发投入", "两年研发投入", "两年研发费用", "两年的研发投入",
                           "上两年研发", "前两年研发", "两年研发", "近两年研发", "两年累计研发",
                           "两年合计研发", "两年的研发", "两年总研发", "研发投入两年", "研发两年",
                           "研发费用两年", "两年一共", "两年共", "两年合计", "两年累计", "两年总共",
                           "两年加起来", "两年总额", "two years")),
    ("rd_last_year_yuan", ("研发投入", "研发费用", "研发支出", "研发经费", "研发花", "研发",
                           "r&d")),
    ("last_year_revenue_yuan", ("营业收入", "营收", "收入", "revenue", "turnover")),
    ("main_revenue_yuan", ("主营业务收入", "主营收入", "主营", "main business revenue",
                           "main revenue")),
    ("annual_output_yuan", ("年产值", "产值", "output")),
    ("service_value_yuan", ("服务金额", "服务额", "服务收入", "服务营收", "服务合同", "服务费",
                            "外包服务", "service revenue", "service value", "service")),
    ("platform_investment_yuan", ("平台建设", "建平台", "平台投入", "平台投资", "搭平台",
                                  "平台", "platform")),
    ("event_cost_yuan", ("活动费用", "活动花", "办活动", "活动", "论坛", "会议费用", "event")),
    ("registration_cost_yuan", ("注册费", "注册费用", "检测费", "代理费", "registration")),
    ("transaction_value_yuan", ("交易额", "委托生产", "委托", "transaction")),
    ("production_investment_yuan", ("受托生产", "承担生产", "生产投入", "实际投入", "投入",
                                    "投了")),
    ("sales_revenue_yuan", ("销售收入", "销售额", "卖了", "销售", "sales")),
    ("license_out_contract_usd", ("合同总额", "合同金额", "合同", "license-out", "授权",
                                  "contract", "deal")),
    ("project_investment_yuan", ("工程投资", "项目投资", "投资总额", "总投资", "投资",
                                 "investment")),
)
_FLOOR_BEFORE = re.compile(r"((突破|超过|超|破|过|高于|多于)了?|exceed(?:ed|s)?\s*|over\s*|"
                           r"more than\s*|above\s*)$")
_FLOOR_AFTER = re.compile(r"\s*(以上|多|出头|plus\b|\+)")
# Generic cue words (收入, 营收) sharpened by a qualifier earlier in the same window.
_QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("主营", "main_revenue_yuan"), ("main business", "main_revenue_yuan"),
    ("main revenue", "main_revenue_yuan"), ("销售", "sales_revenue_yuan"),
    ("服务", "service_value_yuan"),
)
_GENERIC_REVENUE = frozenset({"last_year_revenue_yuan"})
_CUE_WINDOW_BEFORE = 24
_QUALIFIER_WINDOW = 40
_CUE_WINDOW_AFTER = 8


@dataclass(frozen=True)
class MoneyMention:
    """An amount in the text with the fact its cue words point to (None: no cue)."""

    amount: int
    currency: str
    fact: str | None
    start: int
    # "突破5亿" / "超过1亿美元" / "5亿以上": the user gives a floor, not the figure itself.
    lower_bound: bool = False


@dataclass
class ExtractedFacts:
    """Facts read from one message; ``mentions`` keeps every amount for the router."""

    values: dict[str, object] = field(default_factory=dict)
    mentions: list[MoneyMention] = field(default_factory=list)
    # Money facts whose value is only a floor ("突破5亿"): enough for a threshold or a tier,
    # not for a rate base, where the exact figure must be asked for.
    lower_bounds: set[str] = field(default_factory=set)
    # "几个品种": more than one, number not given.
    plural_count_unknown: bool = False

    def unassigned(self) -> list[MoneyMention]:
        """Amounts whose cue words name no fact."""
        return [m for m in self.mentions if m.fact is None]


_STAGE = re.compile(r"(III|II|I)期")
_COMPLETED = re.compile(r"(完成|结束|做完|跑完|完结|completed?|finished)")
_ENTERED = re.compile(r"(进入|进了|进到|进|开展|启动|开始|入组|获批开展|拿到.{0,4}批件|"
                      r"enter|start)")
_CLASS = re.compile(r"(?<![0-9A-Za-z])([123])类(?!新兽药)")
_VET_CLASS = re.compile(r"([1-9一二三四五六七八九])类新?兽药")
_AFTER_TWO_YEARS = re.compile(r"\s*(?:over|in|during|for|across)\s+(?:the\s+)?"
                              r"(?:(?:past|last|previous)\s+)?two\s+years")
_CLAIMED_AWARD = re.compile(r"(能拿|可以拿|拿了?过?|拿到了?|能给|给了?|补了?|补贴了?|奖励了?|奖了?|"
                            r"领了?过?|获得了?)\s*$")
_NOT_APPROVED = re.compile(r"(还没|尚未|没有?|未)(拿到|获得|取得)?(批文|证书|注册证|批件|获批)")
_DEVICE = re.compile(r"器械|设备|耗材|device")
_VETERINARY = re.compile(r"兽药|动物药|兽用|veterinary|animal drug")
_VARIETIES = re.compile(r"([0-9]+|[两一二三四五六七八九十]+)\s*(?:个|款|种)(?:品种|产品|药|新药)?")
_EN_COUNT = re.compile(r"(?<!class )(?<!class-)(?<!category )(?<!phase )(?<!type )"
                       r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                       r"(?:[a-z0-9-]+\s+){0,3}?"
                       r"(?:drugs?|varieties|products?|candidates?|medicines?|biologics?)\b")
# 破亿 / 过亿 / 上亿 mean "reached 1亿"; make the amount explicit before parsing money.
_IMPLICIT_AMOUNT = re.compile(r"(破|过|上|超)(亿|千万)")
# 80w / 1000W: the everyday shorthand for 万.
_WAN_LETTER = re.compile(r"(\d+(?:\.\d+)?)\s*[wW](?![a-zA-Z])")
# ll期 / lI期 / Ill期: a lower-case L typed for the Roman numeral I.
_TYPO_PHASE = re.compile(r"(?<![A-Za-z])([lI]{1,3})期")
# 6个亿 / 1.5个亿 / 两个亿: the 个 is colloquial filler between a number and its unit.
_FILLER_GE = re.compile(r"(\d+(?:\.\d+)?|[两一二三四五六七八九十百千]+)\s*个\s*(亿|千万|百万|万)")
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_YEARS_BEFORE = re.compile(r"(?:前|过去|连续|已经?|已)\s*([0-9]+|[一二两三四五])\s*年[^，。]{0,4}?"
                           r"(?:都|均|一直)?(?:拿|获|享受|领)")
_NTH_YEAR = re.compile(r"第\s*([0-9]+|[二三四五六七八九十])\s*年(?:还|再|能|可以|继续)")
_YEARS_SUPPORTED = re.compile(r"(?:已经?|已)(?:连续)?(?:拿|获|享受|支持)[^，。]{0,6}?"
                              r"([0-9]+|[一二两三四五])\s*年")


def extract_facts(message: str) -> ExtractedFacts:
    """Read every fact the message states; absent facts stay absent."""
    # Thousands separators only (8,000,000元); a comma between clauses must stay.
    prepared = re.sub(r"(?<=\d),(?=\d{3})", "", canonical_terms(message))
    prepared = english_amounts_to_chinese(prepared)
    prepared = _FILLER_GE.sub(r"\1\2", prepared)
    prepared = _WAN_LETTER.sub(r"\1万", prepared)
    prepared = _TYPO_PHASE.sub(lambda m: f"{m.group(1).upper().replace('L', 'I')}期", prepared)
    prepared = _IMPLICIT_AMOUNT.sub(lambda m: f"{m.group(1)}1{m.group(2)}", prepared)
    text = prepared.lower()
    text_upper = prepared
    out = ExtractedFacts()
    values = out.values

    stages = _STAGE.findall(text_upper)
    if stages:
        # "去年进Ⅰ期拿过奖励，今年进Ⅱ期了": the stage named last is where the drug is now.
        values["clinical_stage"] = stages[-1]
        breakdown = _stage_breakdown(text_upper)
        if breakdown:
            values["clinical_stage_counts"] = breakdown
            values["varieties"] = sum(breakdown.values())
    else:
        english = re.search(r"phase\s*(iii|ii|i|3|2|1)\b", text)
        if english:
            values["clinical_stage"] = {"1": "I", "2": "II", "3": "III"}.get(
                english.group(1), english.group(1).upper())
    if "clinical_stage" in values or "临床" in text or "trial" in text:
        if _COMPLETED.search(text):
            values["stage_event"] = "completed"
        elif _ENTERED.search(text) or "clinical_stage" in values:
            values["stage_event"] = "entered"

    vet = _VET_CLASS.search(text)
    drug_class = _CLASS.search(text)
    if vet:
        values["vet_drug_class"] = int(chinese_to_decimal(vet.group(1)))
    elif drug_class and _VETERINARY.search(text):
        # "新兽药二类" / "二类的兽药": the class of a veterinary drug, whatever the word order.
        values["vet_drug_class"] = int(drug_class.group(1))
        vet = drug_class
    device_only = bool(_DEVICE.search(text)) and not re.search(r"药|制品|drug", text)
    if device_only:
        values["device_only"] = True
    if drug_class and not vet and not device_only:
        # A 一类医疗器械 is a device class, not a drug registration class.
        values["drug_class"] = int(drug_class.group(1))
    elif english_class := re.search(r"(?:class|category|type)[\s-]*([123])\b", text):
        target = "vet_drug_class" if _VETERINARY.search(text) else "drug_class"
        values[target] = int(english_class.group(1))
    if re.search(r"改良型|improved", text):
        values["drug_kind"] = "improved"
    elif re.search(r"首仿|first[- ]generic|first[- ]to[- ]market generic", text):
        values["drug_kind"] = "first_generic"

    _flags(text, values)
    _counts(text, values)
    out.mentions = _money_mentions(text)
    for mention in out.mentions:
        # "首次突破5亿，达到8亿元": a later figure for the same fact is the precise one.
        if mention.fact:
            values[mention.fact] = mention.amount
            if mention.lower_bound:
                out.lower_bounds.add(mention.fact)
            else:
                out.lower_bounds.discard(mention.fact)
    plural = re.search(r"几个|多个|若干|好几|\bseveral\b|\bmultiple\b", text)
    out.plural_count_unknown = bool(plural) and "varieties" not in values
    _currency_sanity(out)
    return out


_SEPARATE_VARIETIES = re.compile(r"另一个|另外|还有|其中|分别|各有|一个品种|个品种")
_SAME_VARIETY = re.compile(r"同一个|同一品种|这个品种|该品种")
_GROUP_COUNT = re.compile(r"([0-9]+|[一两二三四五六七八九十]+)\s*个")


def _stage_breakdown(text: str) -> dict[str, int] | None:
    """Varieties at different stages ("一个品种进Ⅰ期，另一个进Ⅲ期") counted per stage.

    Only when the text speaks of separate varieties; one drug moving from Ⅰ期 to Ⅱ期
    ("同一个品种去年进Ⅰ期，今年进Ⅱ期") is at its latest stage, not two.
    """
    matches = list(_STAGE.finditer(text))
    if len({m.group(1) for m in matches}) < 2 or _SAME_VARIETY.search(text) \
            or _COMPLETED.search(text):
        return None
    segments, start = [], 0
    for match in matches:
        segments.append(text[start:match.start()])
        start = match.end()
    counted = all(_GROUP_COUNT.search(segment) for segment in segments)
    if not (counted or _SEPARATE_VARIETIES.search(text)):
        return None
    counts: dict[str, int] = {}
    for match, segment in zip(matches, segments, strict=True):
        numbers = _GROUP_COUNT.findall(segment)
        try:
            count = int(chinese_to_decimal(numbers[-1])) if numbers else 1
        except AmountParseError:
            count = 1
        counts[match.group(1)] = counts.get(match.group(1), 0) + max(count, 1)
    return counts


def _flags(text: str, values: dict[str, object]) -> None:
    if re.search(r"注册证|批文|批件|获批上市|批准上市|拿到证|拿证|批下来|批了|获批了|上市许可|"
                 r"approved|approval|certificate|marketing authori[sz]ation",
                 text) and not _NOT_APPROVED.search(text):
        values["registration_certificate"] = True
    if _NOT_APPROVED.search(text):
        values["registration_certificate"] = False
    if re.search(r"非注册性|非注册|研究者发起|iit\b|investigator[- ]initiated", text):
        values["non_registration_trial"] = True
    if re.search(r"首次|第一次|头一次|破了|first time|for the first time", text):
        values["first_time"] = True
    if re.search(r"不是首次|非首次|不是第一次|以前就|之前就|早就|(前年|去年|往年|早年).{0,12}就|"
                 r"not (for )?the first time", text):
        values["first_time"] = False
    if re.search(r"fda|ema|欧盟|美国.{0,6}(认证|批准|获批)|国际.{0,4}认证", text):
        values["international_approval"] = True
    if re.search(r"已上市|上市了|已经上市|产品上市|launched", text):
        values["product_launched"] = True
    if re.search(r"(还没|没有?|尚未|未|还未|不曾)(正式)?(获批)?上市|not (yet )?(been )?launched|"
                 r"before launch", text):
        values["product_launched"] = False
    if re.search(r"外资|外企|外商投资|foreign[- ](invested|funded|owned)|multinational", text):
        values["foreign_invested"] = True
    if re.search(r"中小微|小微企业|中小企业|\bsme\b|small business", text):
        values["sme"] = True
    if re.search(r"大型企业|大企业|large enterprise", text):
        values["sme"] = False
    if re.search(r"(连续|每年|一直|持续|年年|逐年).{0,10}(增长|增加|正增长|涨)|"
                 r"year[- ]on[- ]year growth|(grow\w*|grew|increas\w*|ris\w*|rose)[^.;]{0,30}"
                 r"(three|3)\s+(consecutive\s+)?years|(three|3)\s+(consecutive\s+)?years?\s+"
                 r"(of\s+)?(growth|increase)|grew every year|growing every year", text):
        values["rd_growth_three_years"] = True
    if re.search(r"(没有|未|不是)(连续)?.{0,4}(增长)|"
                 r"(下降|减少|下滑|负增长|有一年.{0,4}(降|减|少))|"
                 r"比(前年|上年|去年|上一年|前一年|大前年)[^，。,]{0,6}(少|低|降|减)|"
                 r"\b(decreased|declined|fell|dropped)\b", text):
        values["rd_growth_three_years"] = False
    years = _YEARS_SUPPORTED.search(text) or _YEARS_BEFORE.search(text)
    if years:
        values["years_supported"] = int(chinese_to_decimal(years.group(1)))
    elif next_year := _NTH_YEAR.search(text):
        # "第四年还能申请吗": three years already supported.
        values["years_supported"] = int(chinese_to_decimal(next_year.group(1))) - 1


def _counts(text: str, values: dict[str, object]) -> None:
    if "clinical_stage_counts" in values:
        return  # counted per stage already
    match = _VARIETIES.search(text) if re.search(r"品种|产品|药|制品|疫苗", text) else None
    if match:
        try:
            count = int(chinese_to_decimal(match.group(1)))
        except AmountParseError:
            count = 0
        if 1 <= count <= 1000:
            values["varieties"] = count
    english = _EN_COUNT.search(text)
    if english and "varieties" not in values:
        token = english.group(1)
        values["varieties"] = _EN_NUM.get(token) or int(token)


def _money_mentions(text: str) -> list[MoneyMention]:
    mentions: list[MoneyMention] = []
    previous_end = 0
    for match in MONEY_PATTERN.finditer(text):
        if not (match.group("big") or match.group("cur")):
            continue  # a bare number (3个品种, 2026年) is not money
        if match.group("cur") is None and match.group("big") in ("k", "K", "m", "M"):
            continue
        try:
            money = money_from_match(match)
        except AmountParseError:
            continue
        after = text[match.end(): match.end() + 1]
        if after in ("期", "类", "年", "个", "条", "%", "‰"):
            continue
        if _CLAIMED_AWARD.search(text[max(0, match.start() - 6): match.start()]):
            continue  # "告诉我能拿5000万" / "去年拿过50万": an award claimed, not a fact
        fact = _cue_fact(text, match.start(), match.end(), previous_end)
        previous_end = match.end()
        period = _AFTER_TWO_YEARS.match(text, match.end())
        if period and fact in (None, "rd_last_year_yuan", "rd_two_years_yuan"):
            # "R&D of 12 million over the past two years": English puts the period after.
            fact = "rd_two_years_yuan"
            previous_end = period.end()
        if money.currency == "USD" and fact in (None, "license_out_contract_usd"):
            fact = "license_out_contract_usd"
        elif fact == "license_out_contract_usd" and money.currency == "CNY":
            fact = "license_out_contract_cny"
        elif money.currency not in ("CNY", "USD"):
            fact = None  # no rule measures 欧元 or 日元; never converted, so never used
        floor = bool(_FLOOR_BEFORE.search(text[max(0, match.start() - 12): match.start()])
                     or _FLOOR_AFTER.match(text, match.end()))
        mentions.append(MoneyMention(money.amount, money.currency, fact, match.start(), floor))
    return mentions


def _cue_fact(text: str, start: int, end: int, previous_end: int = 0) -> str | None:
    """The fact named by cue words next to an amount.

    A cue belongs to the first amount after it, so the window before an amount stops at
    the previous amount ("前两年研发1100万，去年650万": 去年650万 has no cue of its own).
    Qualifiers (主营 before 收入) are looked for in a wider window.
    """
    before = text[max(previous_end, start - _CUE_WINDOW_BEFORE): start]
    wide = text[max(0, start - _QUALIFIER_WINDOW): start]
    after = text[end: end + _CUE_WINDOW_AFTER]
    best: tuple[tuple[int, int], str] | None = None
    for fact, cues in MONEY_CUES:
        for cue in cues:
            position = before.rfind(cue)
            if position >= 0:
                # Nearest cue wins; on a tie the longer, more specific cue (主营业务收入 > 收入).
                rank = (len(before) - (position + len(cue)), -len(cue))
                if best is None or rank < best[0]:
                    best = (rank, fact)
            elif cue in after and (best is None or best[0][0] > 6):
                best = ((6, -len(cue)), fact)
    if best and best[1] == "rd_last_year_yuan" and re.search(r"前年|前一年|上上年|year before",
                                                           before):
        return "rd_year_before_last_yuan"
    if best and best[1] in _GENERIC_REVENUE:
        for qualifier, sharper in _QUALIFIERS:
            if qualifier in wide:
                return sharper
    return best[1] if best else None


def _currency_sanity(out: ExtractedFacts) -> None:
    """A foreign amount is never stored in a yuan fact (currencies are not converted)."""
    for mention in out.mentions:
        if mention.currency != "CNY" and mention.fact and mention.fact.endswith("_yuan"):
            out.values.pop(mention.fact, None)
