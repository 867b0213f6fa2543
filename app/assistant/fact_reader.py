"""Read a message into what it states: facts, money observations, products, corrections.

The message is normalised once (NFKC, 繁→简, 二期→II期, English amounts, 6个亿/80w),
then every declared fact is looked for with the vocabulary's own patterns, money
figures are tied to measures and years (``money_reader``), and products are
separated when the user describes several ("三个1类进Ⅱ期、一个进Ⅲ期"). Nothing
here decides which rule applies; that needs retrieval and the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from itertools import combinations

from app.assistant.class_series import spread_class_series
from app.assistant.declared_units import apply_declared_units
from app.assistant.item_labels import (
    item_labels,
    withdrawn_count,
    withdrawn_labels,
    withdrawn_rows,
)
from app.assistant.money_reader import (
    PRODUCT_MARKER,
    SEGMENT,
    SENTENCE,
    Observation,
    read_money,
    with_said,
)
from app.assistant.number_reader import APPROX_PAIR, currency_named, parse_numeral, prepare
from app.assistant.table_reader import linearise_tables
from app.assistant.time_refs import time_marks
from app.assistant.unit_reply import GivenUnit, unit_given
from app.assistant.year_series import spread_year_series
from app.normalize import canonical_terms, term_in, to_simplified
from app.rules.amounts import english_amounts_to_chinese
from app.rules.vocabulary import FactSpec, Vocabulary

# 破亿 / 过亿 / 上亿: "reached 1亿"; the amount is made explicit before reading numbers.
_IMPLICIT_AMOUNT = re.compile(r"(破|过|上|超)(亿|千万)")
# ll期 / lI期: a lower-case L typed for the Roman numeral I.
_TYPO_PHASE = re.compile(r"(?<![A-Za-z])([lI]{1,3})期")
_SHORT_PHASE = re.compile(r"(?<![A-Za-z0-9])[Pp]([123])(?![0-9A-Za-z])")
# A product code ("ZG-382", "SK604", "CP-101"): a name, never a count or an amount. Its
# digits are spelt as letters (ZG#dib) so no number reader sees them; a currency code
# before an amount ("RMB3200万") is no product.
_PRODUCT_CODE = re.compile(r"(?<![A-Za-z0-9#])(?!(?:RMB|CNY|USD|EUR|HKD|JPY|GBP|US)-?[0-9])"
                           r"([A-Z]{2,5}-?|[A-Z]-)([0-9]{2,6})(?![0-9A-Za-z.,])")
_CODED = re.compile(r"[A-Z]{1,5}#[a-j]+")
_CORRECTION = re.compile(
    r"不对|说错了?|讲错了?|写错了?|打错了?|搞错了?|弄错了?|记错了?|有误|更正|纠正|改一下|改成|改为|"
    r"应该是|其实是|准确地?说|修正|哦不|不好意思|抱歉|重新算|不是[^，,。]{1,12}而是|不是[^，,。]{1,10}[。！!]?$|"
    # "不是0.94亿美元，是55000万美元": the second replaces the first.
    r"^\s*不是[^，,。]{1,14}[，,]\s*是|"
    r"correction|actually|i meant|sorry|my mistake", re.IGNORECASE)
_N = "(?:[0-9]+|[一两二三四五六七八九十])"
_EN_N = "[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a|an"
_ADDS_ITEM = re.compile(
    rf"另外还有|另外有|还有{_N}?个|另有个|再有个|另外{_N}?个|另一个|再加上?{_N}?个|加上{_N}个|再来{_N}个|又有|"
    rf"又多了?{_N}个|另有|新增了?{_N}?个?|此外还有|也有{_N}个|"
    # "二类新兽药我们也拿到一个": one more, at the milestone named.
    rf"也(?:拿到|拿了|获得|获批|取得)了?{_N}个|"
    r"(?:还有|另外|再加上?)\s*(?:一个)?[a-d甲乙丙丁](?:品种|产品|药)|"
    rf"(?:还有|另外|再有|再加上?)\s*第{_N}个|其中{_N}个[^，,。；;]{{0,6}}(?:又|也|还|再)|"
    r"(?:还有|另外|再加上?)[^，,。；;]{0,6}(?:品种|产品)\s*[a-d甲乙丙丁](?![a-z])|"
    # "还有一项：…1个1类…", "对了还有，我们1个二类新兽药…", "另外，我们一个…": one more,
    # counted a few words after the cue.
    rf"还有一项|(?:对了|另外|此外|还有)[，,\s]*(?:还有)?[，,\s]*(?:我们|我司|公司)?(?:还)?(?:有)?{_N}个|"
    r"also (?:have|got) another|another one|one more|another item|\bin addition\b|"
    # "Another Class 1 biologic entered Phase 2 too": one more product of its own kind.
    r"\banother\s+(?:class|category|type)[- ]?\d|"
    r"\b(?:also|plus)\b[^.,;]{0,12}\b(?:a|one)\s+(?:different|separate|second|other)\s+"
    r"(?:product|drug|variety|project)|"
    r"\badditionally\b|"
    # "Also two Class 1 biologic products entered Phase II", "three more Class 1 drugs": a
    # group counted on top of the one before.
    rf"^\W*(?:and\s+)?also,?\s+(?:we\s+)?(?:have\s+|got\s+|had\s+)?(?:{_EN_N})\s|"
    rf"\b(?:{_EN_N})\s+more\s+(?:class|category|type|products?|drugs?|varieties|biologics?)\b",
    re.IGNORECASE)
# "那EMA的呢，另一个药EMA注册费用也是0.01亿": a what-about names the product it asks about,
# alone; the earlier one joins it only when a total is asked for.
# "换个产品问，另一个…呢", "另外一个问题，…这个呢": the new product alone is asked about.
_ASKS_ALONE = re.compile(r"^(?:那|那么)[^。？?]*呢|^(?:换个|换一个)(?:产品|品种|药|问题)|"
                         r"(?:另外|另)一个问题|这个呢\s*[?？]?\s*$|\bwhat about\b|\bhow about\b|"
                         # "这一项能拿多少？", "How much for that one?": the one just added.
                         r"这一?项(?:能|可以|可)?(?:拿|给|补|申请)|这个(?:能|可以|可)(?:拿|给|补)|"
                         r"(?:for|about) (?:that|this) (?:one|item)|"
                         r"how much (?:for|is) (?:that|this)\b")
# "品种B…，B能拿多少？": the product named by its letter is asked about alone.
_ASKS_LABEL = re.compile(r"(?<![A-Za-z0-9#])(?:[A-D甲乙丙丁](?:品种|产品|项目)?|(?:品种|产品|项目)"
                         r"[A-D甲乙丙丁一二三四])(?![A-Za-z0-9#])\s*(?:这个|这款|这块|的话|单独)?\s*"
                         r"(?:能|可以|可|最多|最高|大概)?\s*(?:拿|获得|申请|领|补|给)?\s*(?:多少|几|呢)")
# "实际注册费用一共2875万" states a figure; "一共能拿多少" asks the sum.
_FIGURE_AFTER = r"(?!\s*(?:是|为|有|约|大概)?\s*(?!一下)[0-9零〇一二两三四五六七八九十百千万亿])"
_SUMS = re.compile(rf"一起|(?:一共|总共|合计|共计|总计){_FIGURE_AFTER}|加起来|加在一起|合起来|"
                   r"都算上|"
                   r"\btotal\b(?! (?:engineering|project|construction|investment|cost|contract))|"
                   r"加一块儿?|加到一起|这俩|两者|二者|总和|"
                   r"altogether|combined|together|\bboth\b")
_SEPARATE = re.compile(r"另一个|另外一个|另外(?:[0-9]|[一两二三四五六七八九])个|还有(?:[0-9]|"
                       r"[一两二三四五六七八九])?个|"
                       r"其中|分别|各有|各(?:[0-9]|[一两二三四五六七八九])个|一个[^，,。]{1,16}(?:，|,)\s*一个|"
                       r"[a-d甲乙丙丁]品种|品种[a-d甲乙丙丁]|another|the other|one of them",
                       re.IGNORECASE)
# The split word just before a product's own words: "另一个进入Ⅲ期" is one product more.
_OTHER_ONE = re.compile(r"(?:另一个|另外一个|另一款|另外一款|另一种)\s*(?:是|则)?\s*$")
# Said just before a product group: it comes on top of the one before ("另外30个…").
# Said right after a group: the products told apart next are the group's own.
_BREAKDOWN = re.compile(r"其中|当中|这里面|里面|\bof (?:them|which|these|those)\b|\bone of\b|"
                        r"哦不|不对|说错|其实|更正|\bsorry\b|\bi mean\b|\bactually\b",
                        re.IGNORECASE)
_ADDED = re.compile(r"另外|还有|此外|又有|再有|another", re.IGNORECASE)
_SAME_ITEM = re.compile(r"同一个|同一品种|同一款|这个品种|该品种|这款|the same")
_ITEM_SPLIT = re.compile(r"[、，,；;。:：]|另外|还有|此外|以及|同时|另一个|和|与|及|"
                         # "一个二期一个一期": a count right after a phase opens the next product
                         # when a phase of its own follows; "进入Ⅱ期28个，…" counts that phase.
                         r"(?<=期)(?=(?:[一两二三四五六七八九十]|[0-9]+)\s*(?:个|款|种)"
                         r"[^，,、；;。]*?期)|"
                         # "三个1类新药分别进入Ⅰ期、Ⅱ期和Ⅲ期": the group, then each product.
                         r"(?=分别)|"
                         r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff0-9])|\band\b|"
                         r"(?<=[a-z0-9)])[.;!?](?=\s|$)", re.IGNORECASE)
# A product named by a letter at the head of its own segment ("A进入Ⅰ期", "乙：已获证"),
# not a word that starts with one (AI, 丙肝, 甲类).
_PRODUCT_NAME = re.compile(r"^\s*(?:(?:品种|产品|药品)?\s*[A-D甲乙丙丁](?![A-Za-z0-9肝类级方])"
                           r"(?:品种|产品)?|(?:product|drug|candidate|asset)\s+[A-DX-Z](?![A-Za-z0-9]))",
                           re.IGNORECASE)
# "乙是…", "B为…", "产品B：…": a labelled product's entry opens, whatever it says next.
_LABEL_IS = re.compile(r"^\s*(?:(?:品种|产品|药品)?\s*[A-D甲乙丙丁](?:品种|产品)?\s*"
                       r"(?:是|为|[：:])|"
                       r"(?:product|drug|candidate|asset)\s+[A-DX-Z]\s*(?:is\b|[：:]))",
                       re.IGNORECASE)
_EACH = re.compile(r"各(?:有|拿到|获得)?\s*([0-9]+|[一两二三四五六七八九十]+)\s*(?:个|款|种)")
_BARE_TOTAL = re.compile(r"^(?:我们|我司|公司|一共|总共|共计|共|合计|总计|有|是|都是)*\s*"
                         r"(?:[0-9]+|[两一二三四五六七八九十]+)\s*(?:个|款|种)(?:品种|产品)?\s*(?:都|均)?\s*$")
_OF_ALL = re.compile(r"都|均|全部|全都|各个|\ball\b|\bboth\b", re.IGNORECASE)
_COUNT = r"([0-9]+(?:\.[0-9]+)?|[两一二三四五六七八九十]+)"
# The first end of a range of counts, just before the second: "两到", "2至", "3~".
_COUNT_RANGE = re.compile(r"(?:[0-9]+|[两一二三四五六七八九十]+)\s*(?:到|至|~|～|—|或者?)\s*$")
_EN_COUNT_RANGE = re.compile(r"(?<![a-z])(?:[0-9]+|one|two|three|four|five|six|seven|eight|"
                             r"nine)\s*(?:to|or|-|~)\s*$")
_EN_RANGE_END = re.compile(r"\s*(?:to|or|-|~)\s*(?:[0-9]+|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten)(?![a-z0-9])")
_PLURAL_UNKNOWN = re.compile(r"几个|多个|若干|好几|[十百][来几多余]个|[0-9]+多个|几十个|一批|一些|"
                             r"\bseveral\b|\bmultiple\b|\bsome\b|\bdozens?\b")
_EN_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "a": 1, "an": 1}
# What one product is: its kind (a product naming its own kind takes no other's kind or
# stage), then its clinical stage and whether it entered or completed it.
KIND_FACTS = ("drug_class", "vet_drug_class", "drug_kind")
ITEM_FACTS = (*KIND_FACTS, "clinical_stage", "stage_event")
# The key a product group's year is kept under (no fact: a group's place in time).
ITEM_YEAR = "year"
# The label of a product told apart by one ("A品种进入Ⅰ期"), normalised as item_labels does.
ITEM_LABEL = "label"


@dataclass
class ItemMention:
    """One product (or a group of identical ones) the message describes."""

    count: int | None
    facts: dict[str, object]
    start: int
    count_doubt: str | None = None
    named: bool = False  # set apart by a name of its own: "A进入Ⅰ期", "乙品种…"
    end: int = 0  # where the product's own words end
    # The year the group belongs to, when the message spreads its products over years
    # ("今年30个进入Ⅲ期，明年又有另外30个"): a clause's yearly ceiling holds per year.
    year: int | None = None
    label: str | None = None  # the one label its own words give it ("B品种…" → "2")
    # Its award already received ("那笔奖励已经拿过了", "that award was already paid"):
    # described as history, not asked about.
    paid: bool = False


@dataclass
class Reading:
    """Everything one message states, before any rule is chosen."""

    text: str
    facts: dict[str, object] = field(default_factory=dict)
    observations: list[Observation] = field(default_factory=list)
    items: list[ItemMention] = field(default_factory=list)
    corrects: bool = False
    # "那如果明年做到6960万呢", "What if next year we reach 40.2m?": a figure supposed in
    # place of the one held, whatever year it is supposed for.
    supposes: bool = False
    # "算了，还是按最开始那个数算吧": the figures a supposition replaced are back.
    returns_to_first: bool = False
    # Yes/no facts the message states both ways ("委托别人生产A；同时给别家代工B"): both
    # roles are the user's, each priced by its own rule.
    both_ways: frozenset[str] = frozenset()
    adds_item: bool = False
    # One product named by its code and nothing else counted ("SK-987是1类生物药…").
    names_one_product: bool = False
    # A bare value read as the fact the conversation is about ("那1类呢" of a 新兽药).
    aliased: bool = False
    device_only: bool = False
    plural_count_unknown: bool = False
    # The message describes more than one product ("品种A…品种B…", "另一个…").
    several_products: bool = False
    # Projects counted ("两个AI示范项目"): a figure each for a per-project fact.
    projects: int | None = None
    # The words that counted them ("两个示范场景项目", "两个不同的项目").
    project_phrase: str = ""
    # Parts of a base withdrawn ("检测费那笔不算了"): (measure, part) pairs.
    retracted: list[tuple[str, str]] = field(default_factory=list)
    # Products taken back by their label ("B那个划掉"), normalised as item_labels does.
    withdrawn: frozenset[str] = frozenset()
    # How many of the products held a message takes back unnamed ("其中有一个先不算").
    withdrawn_count: int | None = None
    # The places of products taken back in the list held ("表里第二行先不算"): 1-based.
    withdrawn_rows: frozenset[int] = frozenset()
    doubts: list[str] = field(default_factory=list)
    # Facts said to hold some value, not which ("之前已经享受过"): name → the words said.
    vague: dict[str, str] = field(default_factory=dict)
    # A currency named without a figure ("是美元的"): the currency of figures given before.
    currency: str | None = None
    # The letters or ordinals that name the products or projects the message is about
    # ("产品B…", "项目二…", "B是2类…"), normalised (A, 甲, 一, 1号 → "1").
    labels: frozenset[str] = frozenset()
    # The question asks about the labelled product alone ("B能拿多少？").
    asks_label_alone: bool = False
    # The product the message adds is asked about alone ("另外一个一类新兽药…，这个呢？").
    asks_alone: bool = False
    # The yes/no facts each product carries (获证, 已上市), from the vocabulary: a product
    # remembered from an earlier turn keeps them when another joins it.
    item_flags: tuple[str, ...] = ()
    # A bare value of one fact that means another once the session holds that one
    # (drug_class → vet_drug_class), when the message names no kind of its own.
    bare_aliases: dict[str, str] = field(default_factory=dict)
    # The figure said last was only a plan ("抱歉，那是预算数，实际投入还没结算").
    retracts_as_planned: bool = False
    # Its figures are said as maybe so ("财务又说可能是3607万，审计还没出"): one that differs
    # from the figure held for the same measure leaves both in doubt, to be asked.
    hedged: bool = False
    # A unit given for a figure said without one ("单位是万元，忘写了"), and whether the
    # session had such a figure for it to complete (set when the reading is applied).
    unit: GivenUnit | None = None
    unit_applied: bool = False

    @property
    def states_anything(self) -> bool:
        """Whether the message gives any fact or figure (a reply to a question back)."""
        return bool(self.facts or self.observations or self.items or self.currency)


# "Class I new veterinary drug": a class in Roman numerals is the class in digits.
_ROMAN_CLASS = re.compile(r"\b(class|category|type)\s*-?\s*(iv|iii|ii|i|v)\b", re.IGNORECASE)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}
# "second-class new veterinary drug": the class by its ordinal.
# Not "a third class-1 drug" (the third product, of class 1).
_ORDINAL_CLASS = re.compile(r"\b(first|second|third|fourth|fifth)[- ]class\b(?![- ]?\d)",
                            re.IGNORECASE)
_ORDINAL = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5"}


def prepare_text(message: str) -> str:
    """The message in the one form every reader works on."""
    text = apply_declared_units(linearise_tables(canonical_terms(to_simplified(message))))
    text = _ROMAN_CLASS.sub(lambda m: f"{m.group(1)} {_ROMAN[m.group(2).lower()]}", text)
    text = _ORDINAL_CLASS.sub(lambda m: f"class {_ORDINAL[m.group(1).lower()]}", text)
    text = english_amounts_to_chinese(prepare(text))
    text = _TYPO_PHASE.sub(lambda m: f"{m.group(1).upper().replace('L', 'I')}期", text)
    text = _SHORT_PHASE.sub(lambda m: f"{'I' * int(m.group(1))}期", text)  # "进P3了"
    text = _IMPLICIT_AMOUNT.sub(lambda m: f"{m.group(1)}1{m.group(2)}", prepare(text))
    text = _PRODUCT_CODE.sub(_spelt_code, text)
    return spread_year_series(text)


def _spelt_code(match: re.Match[str]) -> str:
    """"ZG-382" → "ZG#dib": the code kept as a name, its digits out of every number's way."""
    return match.group(1).rstrip("-") + "#" + "".join(chr(ord("a") + int(d))
                                                    for d in match.group(2))


# "不是进入，是完成了Ⅲ期" / "进的是Ⅱ期，不是III期": in a correction, what it is *not* is
# dropped before reading, so the rejected value is never read as a fact.
_REJECTED = re.compile(r"(?:不是|并非|而不是)[^，,。；;!！?？]{1,12}?(?=[，,。；;!！?？]|而是|是|"
                       r"$)")
_MORE_COUNTED = re.compile(rf"(?:还有|另外|另有|又有|再加上?|加上|也有|其中)\s*{_COUNT}\s*"
                           r"(?:个|款|种)(?!月|小时|工作日|人|亿|万|阶段)")
# A figure said as maybe so, or not final: "可能是", "两个数都有可能", "maybe", "audit not done".
_HEDGED = re.compile(r"可能是|也可能|都有可能|说不定|不一定|拿不准|吃不准|不确定|还没出|没出来|"
                     r"未出|"
                     r"还没定|待定|\bmaybe\b|\bmight be\b|\bpossibly\b|\bperhaps\b|"
                     r"\bnot sure\b|\bnot final\b|not (?:yet )?(?:done|finished|final)")
# "那是预算数", "刚才那个只是计划投入", "that was the budget": the figure before was a plan.
# "我也记不清了", "I can't remember exactly": the user doubts every figure the message gives.
_UNSURE = re.compile(r"记不清|记不太清|记不得|想不起|忘了具体|不记得|"
                     r"(?:can't|cannot|don't) remember|"
                     r"not sure which|unsure", re.IGNORECASE)
_WAS_PLANNED = re.compile(r"(?:那|这|那个|这个|刚才那个|之前那个|上面那个|前面那个)"
                          r"(?:数|数字|金额|笔)?"
                          r"(?:是|只是|其实是|都是)(?:个)?(?:预算|计划|预计|预估|估算|估计|目标|拟)|"
                          r"\bth(?:at|is) (?:was|is) (?:only |just )?(?:the |a |our )?"
                          r"(?:budget|plan|estimate|forecast|target)")
_SUPPOSING = re.compile(r"^(?:如果|要是|假如|假设|若是?|换成|改成)")
_SUPPOSITION = re.compile(r"^\W*(?:那么?|and|so|but|ok|okay)?[,，\s]*"
                          r"(?:如果|要是|假如|假设|若是|万一|"
                          r"(?:what if|if|suppose|supposing)(?![a-z]))",
                          re.IGNORECASE)
_BACK_TO_FIRST = re.compile(r"(?:还是|就|仍然|仍|回到|改回)\s*(?:按|用|以)?(?:照)?\s*"
                            r"(?:最开始|最初|一开始|刚开始|开始|原来|原先|最早|第一次|第一个)"
                            r"(?:那个|说的|给的|的)?\s*(?:数|数字|金额|那个|投入|算)|"
                            r"(?:go|going) back to the (?:first|original)|"
                            r"(?:use|take) the (?:first|original|earlier) (?:figure|number|amount)")
_BARE_COUNT = re.compile(r"(?:是|应该是|改成|改为|其实是|为)\s*([0-9]+|"
                         r"[一两二三四五六七八九十]+)\s*(?:个|款|种)")


_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
_ESTIMATES_ACTUAL = re.compile(r"实际|actual", re.IGNORECASE)


def _last_clause(said: str) -> str:
    """The last clause of the words before a figure: where its own words are."""
    clauses = _CLAUSE.findall(said)
    return clauses[-1] if clauses else ""


# After another company's name: it speaks ("听同行说…") rather than owns what follows.
_SPEAKS = re.compile(r"^\s*(?:那边|那里)?\s*(?:说|讲|告诉|提到|介绍|表示|称|says?|said|told)")
# A count of products: "2个", "两款", "three".
_COUNTED = re.compile(r"(?:[0-9]+|[一两二三四五六七八九十])\s*(?:个|款|种)|"
                      r"(?<![a-z])(?:two|three|four|five|\d+)\s+(?:products?|drugs?)")


def _without_others_products(text: str, vocabulary: Vocabulary) -> str:
    """``text`` with each clause counting another company's products blanked (offsets kept).

    "合作方那边也有2个品种进了临床": the partner's two are not the user's. A clause where
    the other company only speaks ("听同行说…每个品种给50万") still describes the user's.
    """
    def others_count(clause: str) -> bool:
        lowered = clause.lower()
        return any((m := p.search(lowered)) and not _SPEAKS.match(lowered[m.end():])
                   and _COUNTED.search(lowered[m.end():]) for p in vocabulary.other_parties)
    return _CLAUSE.sub(lambda m: " " * len(m.group(0)) if others_count(m.group(0))
                       else m.group(0), text)


def undate_supposed(reading: Reading, measures: frozenset[str], loose: bool = False) -> None:
    """A supposed figure of one of ``measures`` is given for no year in particular.

    It replaces the figure held instead of standing beside it; so does one of no measure
    yet, when ``loose`` (the topic reads only such measures).
    """
    if reading.supposes:
        reading.observations = [
            replace(o, year=None, period=None)
            if (o.measure in measures if o.measure is not None else loose) else o
            for o in reading.observations]


def read_message(message: str, vocabulary: Vocabulary, reference_year: int) -> Reading:
    """What the message states, in declared facts, observations and products."""
    text = spread_class_series(prepare_text(message), vocabulary.item_count_words)
    corrects = bool(_CORRECTION.search(text.lower()))
    if corrects:
        text = _REJECTED.sub("", text)
    lowered = text.lower()
    alone = bool(_ASKS_ALONE.search(lowered)) and not _SUMS.search(lowered)
    reading = Reading(text=text, corrects=corrects,
                      supposes=bool(_SUPPOSITION.match(lowered)),
                      returns_to_first=bool(_BACK_TO_FIRST.search(lowered)),
                      hedged=bool(_HEDGED.search(lowered)) and not corrects,
                      retracts_as_planned=bool(_WAS_PLANNED.search(lowered)),
                      adds_item=bool(_ADDS_ITEM.search(lowered)) and not alone,
                      item_flags=vocabulary.item_flags)
    if not any(w in lowered for w in (*vocabulary.drug_words, *vocabulary.veterinary_words,
                                      *vocabulary.device_words)):
        reading.bare_aliases = {s.from_bare: s.name for s in vocabulary.facts.values()
                                if s.from_bare}
    reading.observations = with_said(text, read_money(text, vocabulary, reference_year))
    if reading.supposes:
        # "那如果明年服务金额做到6960万元呢": a figure supposed in place of the one held, not a
        # second year to choose between — for a measure no rule compares across years.
        # A figure of no measure yet ("what if next year we reach 40.2m") is the topic's:
        # see ``undate_supposed``.
        undate_supposed(reading, vocabulary.yearless_measures)
    # "计划建一个平台，预算8400万元，还没开建": a budget for an amount the clause reads as
    # actually spent is asked back, never computed on. An estimate of the actual amount
    # itself ("实际发生费用预计1550万") is the user's own figure for it.
    reading.observations = [
        replace(o, doubt=f"“{o.text}”是预算或计划数，条款按实际发生的金额计算")
        if o.planned and o.doubt is None and o.measure in vocabulary.actual_measures
        and not _ESTIMATES_ACTUAL.search(_last_clause(o.said)) else o
        for o in reading.observations]
    if _UNSURE.search(lowered) and _HEDGED.search(lowered):
        # "服务金额600万，不对，也可能是1600万，我也记不清了": neither figure is the user's.
        reading.observations = [
            replace(o, doubt=f"您对“{o.text}”也不确定") if o.doubt is None and o.usable else o
            for o in reading.observations]
    reading.observations += _pending_parts(text, reading.observations, vocabulary)
    reading.retracted = _retracted_parts(text, reading.observations, vocabulary)
    blocks = _labelled_blocks(text)
    # "我们的一款试剂…今年5900万；我们旗下一款单抗…今年13.4亿": one product per sentence.
    entries = blocks or _one_per_sentence(text, reading.observations, vocabulary)
    if entries:
        # "药品1（FDA）：海外注册费47万…\n药品2（EMA）：…": each entry's figures are its own.
        reading.observations = [
            replace(o, product=entry) if (entry := _entry_of(o.start, entries)) is not None
            else o for o in reading.observations]
    reading.currency = currency_named(text)
    reading.unit = unit_given(message)
    is_device = any(w in lowered for w in vocabulary.device_words)
    is_drug = any(w in lowered for w in vocabulary.drug_words)
    reading.device_only = is_device and not is_drug
    veterinary = any(w in lowered for w in vocabulary.veterinary_words)
    # "合作方那边也有2个品种进了临床": another company's products are not ours to count.
    ours = _without_others_products(text, vocabulary)
    reading.adds_item = reading.adds_item and bool(_ADDS_ITEM.search(ours.lower()))
    for spec in vocabulary.facts.values():
        if spec.type == "money" or spec.item_count:
            continue
        value = _applied_year(spec, text, reference_year) if spec.applied_year \
            else _read_fact(spec, text, vocabulary.negation)
        if value is not None:
            reading.facts[spec.name] = value
        elif spec.type == "bool" and spec.mixed_unknown and _both_ways(spec, text):
            reading.both_ways |= {spec.name}
        elif vague := next((m for p in spec.vague_patterns if (m := p.search(text))), None):
            reading.vague[spec.name] = vague.group(0)
    if veterinary and "drug_class" in reading.facts and "vet_drug_class" not in reading.facts:
        reading.facts["vet_drug_class"] = reading.facts.pop("drug_class")  # 兽药二类
    if reading.device_only or veterinary:
        reading.facts.pop("drug_class", None)  # a 一类医疗器械 is a device class
    for spec in vocabulary.facts.values():
        if spec.default_with and spec.default_with in reading.facts \
                and spec.name not in reading.facts:
            reading.facts[spec.name] = next(o.value for o in spec.values if o.default)
    reading.items, count, count_doubt = _items(ours, reading.facts, vocabulary, blocks)
    if veterinary and not any(term_in(w, lowered) for w in vocabulary.human_drug_words):
        # "三个动物药品种取得新兽药注册证书，分别为三类、二类、二类": every class is a
        # veterinary one when the message names no human drug.
        for item in reading.items:
            if "drug_class" in item.facts and "vet_drug_class" not in item.facts:
                item.facts["vet_drug_class"] = item.facts.pop("drug_class")
    _date_items(reading.items, text, reference_year)
    if any(m.paid for m in reading.items) and not all(m.paid for m in reading.items):
        # "去年一个进1期，那笔奖励已经拿过了；今年又有两个进了3期": only this year's two.
        kept = [m for m in reading.items if not m.paid]
        count = sum(m.count or 1 for m in kept)
        if len(kept) == 1:
            reading.facts.update({k: v for k, v in kept[0].facts.items() if k in ITEM_FACTS})
            kept = []
        reading.items = kept
    reading.names_one_product = len(set(_CODED.findall(text))) == 1 and not reading.items \
        and count is None and count_doubt is None
    if reading.items and reading.adds_item and not _ADDS_ITEM.search(
            lowered[:reading.items[0].end]):
        # "今年40个进入Ⅲ期，明年又有另外30个": the message's own products, set apart from
        # each other; it adds nothing to the products of earlier turns.
        reading.adds_item = False
    if count is None and (corrects or _ASKS_ALONE.search(lowered) or _SUPPOSING.search(lowered)) \
            and (bare := _BARE_COUNT.search(text)):
        count = _small_int(bare.group(1))  # "sorry，打错了，是三个", "那如果是60个呢"
    if count is None and reading.adds_item and (more := _MORE_COUNTED.search(ours)):
        count = _small_int(more.group(1))  # "还有40个进入Ⅱ期": products, the word implied
    if count_doubt:
        reading.doubts.append(count_doubt)
    elif count is not None:
        reading.facts["varieties"] = count
    reading.plural_count_unknown = bool(_PLURAL_UNKNOWN.search(lowered)) and count is None
    varieties = reading.facts.get("varieties")
    reading.several_products = bool(reading.items) or bool(_SEPARATE.search(lowered)) or len(
        PRODUCT_MARKER.findall(lowered)) >= 2 or (isinstance(varieties, int) and varieties > 1)
    reading.projects, reading.project_phrase = _projects(lowered, vocabulary.project_count_words)
    reading.labels = item_labels(text, vocabulary)
    for mention in reading.items:
        own = item_labels(text[mention.start:mention.end or len(text)], vocabulary)
        mention.label = next(iter(own)) if len(own) == 1 else None
    figures_at = tuple(o.start for o in reading.observations)
    reading.withdrawn = withdrawn_labels(text, vocabulary, figures_at)
    if not reading.withdrawn:
        reading.withdrawn_rows = withdrawn_rows(text, vocabulary, figures_at)
    if not reading.withdrawn and not reading.withdrawn_rows:
        reading.withdrawn_count = withdrawn_count(text, vocabulary, figures_at)
    if alone and _ADDS_ITEM.search(lowered) and reading.items == [] and not any(
            o.measure is None or o.measure in vocabulary.per_product_measures
            for o in reading.observations):
        # "另外我们一个一类新兽药…，这个呢？": the product just added is asked about alone,
        # and kept beside the one before for a total asked later ("合计能拿多少？").
        reading.adds_item = reading.asks_alone = True
    reading.asks_label_alone = bool(_ASKS_LABEL.search(text)) and not _SUMS.search(lowered)
    return reading


def _parts_named(words: str, vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """(measure, part) for each part of a base whose cue the (lowered) words contain."""
    return [(spec.measure, part.name) for spec in vocabulary.facts.values()
            for part in spec.components
            if spec.measure is not None and any(cue in words for cue in part.cues)]


def _retracted_parts(text: str, observations: list[Observation],
                     vocabulary: Vocabulary) -> list[tuple[str, str]]:
    """Parts the user takes back out of a base, in a sentence with no figure of its own."""
    if vocabulary.retraction is None:
        return []
    lowered = text.lower()
    found: list[tuple[str, str]] = []
    for sentence in SENTENCE.finditer(lowered):
        start, end, words = sentence.start(), sentence.end(), sentence.group(0)
        if not vocabulary.retraction.search(words) or any(
                start <= o.start < end for o in observations):
            continue
        found += _parts_named(_without_categories(words, vocabulary), vocabulary)
    return list(dict.fromkeys(found))


# "那是国内的咨询费，不算注册费用": a cue after these names what the figure is not (or is),
# a category, never the part taken back.
_CATEGORY_BEFORE = re.compile(r"(?:不算|不计入|不属于|不是|并非|算不上|算作|算是|属于|作为|"
                              r"not (?:count(?:ed)? as|part of|an?)|isn't (?:an?)?)\s*$")


def _without_categories(words: str, vocabulary: Vocabulary) -> str:
    """``words`` with each measure's own word after a denial blanked (不算注册费用)."""
    cues = sorted({c for m in vocabulary.measures.values() for c in m.cues}, key=len,
                  reverse=True)
    for cue in cues:
        for found in re.finditer(re.escape(cue.lower()), words):
            if _CATEGORY_BEFORE.search(words, 0, found.start()):
                words = words[:found.start()] + " " * len(cue) + words[found.end():]
    return words


def _pending_parts(text: str, observations: list[Observation],
                   vocabulary: Vocabulary) -> list[Observation]:
    """Parts of a base the user says are not known yet ("检测费和当地代理费还没统计出来").

    Each is a figure in doubt, so the base they belong to is asked rather than computed on
    the parts given. Only a clause with no figure of its own names a pending part.
    """
    if vocabulary.pending is None:
        return []
    lowered = text.lower()
    pending: list[Observation] = []
    for segment in SEGMENT.finditer(lowered):
        start, end, clause = segment.start(), segment.end(), segment.group(0)
        if not vocabulary.pending.search(clause) or any(
                start <= o.start < end for o in observations):
            continue
        index = next((o.clause for o in observations if o.start < start), 0)
        named = [n for n in dict.fromkeys(_parts_named(clause, vocabulary)) if not any(
            (o.measure, o.component) == n for o in pending)]
        doubt = "、".join(name for _, name in named) + "尚未确定"
        pending += [Observation(measure=measure, amount=None, currency="CNY", year=None,
                                period=None, start=start, clause=index, text=name,
                                component=name, doubt=doubt) for measure, name in named]
    return pending


def _projects(text: str, words: tuple[str, ...]) -> tuple[int | None, str]:
    """How many projects the message counts ("两个共享服务平台", "办了两场活动"), and the words."""
    if not words:
        return None, ""
    found = _project_count(words).search(text)
    return (_small_int(found.group(1)), found.group(0)) if found else (None, "")


@lru_cache(maxsize=8)
def _project_count(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of a project count, built once per vocabulary, not once per message."""
    return re.compile(rf"(?<![0-9.]){_COUNT}\s*(?:个|家|场|项|处)[^，,。；;！？!?0-9]{{0,14}}?"
                      rf"(?:{'|'.join(re.escape(w) for w in words)})")


def _both_ways(spec: FactSpec, text: str) -> bool:
    """Whether a yes/no fact is both affirmed and denied by its own cues in ``text``."""
    return any(p.search(text) for p in spec.when_true) and any(
        p.search(text) for p in spec.when_false)


def _read_fact(spec: FactSpec, text: str,
               negation: re.Pattern[str] | None = None) -> object | None:
    if spec.applies_when and not any(p.search(text) for p in spec.applies_when):
        return None
    if spec.type == "bool":
        affirmed = [m for p in spec.when_true for m in p.finditer(text)]
        if any(p.search(text) for p in spec.when_false):
            if spec.mixed_unknown and affirmed:
                return None
            return False
        if any(_denied(text, m.start(), negation) for m in affirmed):
            # "内资药企（没有外资成分）…外资研发中心那条": the denial is what the user says
            # of themselves; the other mention names a provision.
            return None if spec.mixed_unknown else False
        return True if affirmed and not spec.denial_only else None
    if spec.type == "enum":
        return _enum(spec, text, negation)
    for pattern in spec.patterns:
        # "不是三类，是二类": a denied value is not the value.
        found = [m for m in pattern.finditer(text) if not _denied(text, m.start(), negation)]
        if found:
            return _small_int(found[-1].group(1))
    for pattern in spec.span_patterns:
        if (match := pattern.search(text)) and (span := int(match.group(2)) - int(
                match.group(1)) + 1) > 0:
            return span  # "2023到2025年每年都拿过": three years
    for pattern in spec.year_list_patterns:
        if match := pattern.search(text):
            return len(set(re.findall(r"(?:19|20)[0-9]{2}", match.group(1))))
    for pattern in spec.next_year_patterns:
        if match := pattern.search(text):
            value = _small_int(match.group(1))
            return value - 1 if value is not None else None
    if any(pattern.search(text) for pattern in spec.zero_patterns):
        return 0
    return None


def _applied_year(spec: FactSpec, text: str, reference_year: int) -> int | None:
    """The year applied for, written as a year or relative to this one ("按去年的算")."""
    for pattern in spec.patterns:
        found = list(pattern.finditer(text))
        if not found:
            continue
        marks = time_marks(found[-1].group(1), reference_year)
        return marks[0].year if marks else None
    return None


_PRESENT = re.compile(r"今年|现在|目前|刚刚?|最近|本年|这次|如今|now|this year", re.IGNORECASE)
_PAST = re.compile(r"去年|前年|之前|以前|曾经?|此前|当时|的时候|拿过|last year|before",
                   re.IGNORECASE)
_PIECE = re.compile(r"[^，,。；;！？!?]+")


def _denied(text: str, start: int, negation: re.Pattern[str] | None) -> bool:
    """Whether the cue at ``start`` follows a denial in its own clause ("没有申请FDA").

    The pattern ends at ``start`` and its span crosses no clause mark, so the search needs
    no clause boundary of its own.
    """
    return negation is not None and negation.search(text, 0, start) is not None


def _enum(spec: FactSpec, text: str, negation: re.Pattern[str] | None = None) -> str | None:
    """The value said of now; else the one mentioned last; a default only when none is.

    "今年进P3了，去年进二期的时候已经拿过100万": the stage now is Ⅲ期, though Ⅱ期 comes later.
    A value the text denies anywhere ("改良型新药，未认定为重大改良") is no value of it.
    """
    found: list[tuple[int, str, int]] = []  # (position, value, 2 now / 1 unmarked / 0 past)
    default = None
    pieces = [(m.start(), m.end(), m.group(0)) for m in _PIECE.finditer(text)]
    for option in spec.values:
        if option.default:
            if any(p.search(text) for p in option.patterns):
                default = option.value
            continue
        if any(_denied(text, m.start(), negation)
               for p in option.patterns for m in p.finditer(text)):
            continue
        for pattern in option.patterns:
            for match in pattern.finditer(text):
                piece = next((p for s0, e0, p in pieces if s0 <= match.start() < e0), "")
                when = 2 if _PRESENT.search(piece) else 0 if _PAST.search(piece) else 1
                found.append((match.start(), option.value, when))
    if not found:
        return default
    if len({value for _, value, _ in found}) > 1:
        return max(found, key=lambda f: (f[2], f[0]))[1]
    return max(found)[1]


def _small_int(raw: str) -> int | None:
    if raw.lower() in _EN_NUMBER:
        return _EN_NUMBER[raw.lower()]  # "three years running"
    try:
        value = parse_numeral(raw)
    except ValueError:
        return None
    return int(value) if value == value.to_integral_value() else None


# -- products ----------------------------------------------------------------------------


def names_own_kind(facts: dict[str, object]) -> bool:
    """Whether a product's facts name its kind (1类, 二类新兽药, 首仿药)."""
    return any(k in facts for k in KIND_FACTS)


_STAGE_FACTS = frozenset({"clinical_stage", "stage_event"})


def _continues_named(mentions: list[ItemMention], attributes: dict[str, object], text: str,
                     start: int, vocabulary: Vocabulary) -> bool:
    """Whether a segment giving only a stage goes on about the product named just before.

    "C是1类创新药，今年进入Ⅰ期临床": one product, its kind then its stage, split by a comma
    — when that product has no stage and no milestone of its own yet, and nothing between
    sets the segment apart (另外, also).
    """
    if not mentions or not attributes or not set(attributes) <= _STAGE_FACTS:
        return False
    previous = mentions[-1]
    if not previous.named or previous.count is not None \
            or any(f in previous.facts for f in (*_STAGE_FACTS, *vocabulary.item_flags)):
        return False
    between = text[previous.end:start]
    return bool(re.fullmatch(r"\s*[，,]\s*", between)) and not _SEPARATE.search(
        text[start:start + 6].lower())


def _items(text: str, facts: dict[str, object], vocabulary: Vocabulary,
           blocks: list[tuple[int, int]]) -> tuple[list[ItemMention], int | None, str | None]:
    """Products described separately, the total count, and a doubt about a count.

    ``blocks`` are the message's labelled entries (``_labelled_blocks``), if any.
    """
    words = "|".join(re.escape(w) for w in vocabulary.item_count_words) or "品种"
    count_pattern = re.compile(rf"(?<![0-9.])(-|负|minus\s*)?{_COUNT}\s*(?:个|款|种)"
                               rf"(?!月|小时|工作日|人|国家|城市|省|百分点|亿|万|阶段|事|问题|方面|条|政策|措施|"
                               rf"情况|公司|企业|单位|部门)"
                               rf"(?=\s*(?:{words})?)")
    # The message's total counts products only: a product word follows ("三个1类化药"),
    # not "6个临床前项目".
    counted_after = re.compile(rf"(?:{words})[^，,。；;！？!?]{{0,6}}?"
                               + count_pattern.pattern[:count_pattern.pattern.rindex("(?=")])
    total_pattern = re.compile(count_pattern.pattern[:count_pattern.pattern.rindex("(?=")]
                               + rf"(?=[^，,。；;！？!?]{{0,24}}?(?:{words}))")
    segments = _segments(_CODE_LIST_JOIN.sub("/", text))
    mentions: list[ItemMention] = []
    tentative: list[ItemMention] = []  # labelled, kept only if later words describe them
    shared_flags: dict[str, object] = {}
    if blocks:
        # Each labelled entry is one product, whatever its words are split by; what comes
        # before the list is said of them all.
        for start, end in blocks:
            facts = {}
            for _, segment in _segments(text[start:end]):
                for name, value in _item_attributes(segment, vocabulary).items():
                    facts.setdefault(name, value)
            mentions.append(ItemMention(None, facts, start, named=True, end=end,
                                        paid=vocabulary.paid is not None
                                        and bool(vocabulary.paid.search(text[start:end].lower()))))
        if any(m.facts for m in mentions):
            segments = [(s, p[:blocks[0][0] - s]) for s, p in segments if s < blocks[0][0]]
        else:
            # "- XB-934: total contract value USD 56m": entries of figures only are told apart
            # by their figures, not as products described.
            mentions = []
    for start, segment in segments:
        attributes = _item_attributes(segment, vocabulary)
        if not attributes and mentions and _LABEL_IS.match(segment):
            # "乙是License-in引进、已经上市的品种": a labelled product whose milestone comes in
            # the words after; kept only if those give it facts of its own.
            tentative.append(ItemMention(None, {}, start, named=True,
                                         end=start + len(segment)))
            mentions.append(tentative[-1])
            continue
        if not attributes and mentions and vocabulary.paid is not None \
                and vocabulary.paid.search(segment.lower()):
            mentions[-1].paid = True  # "…进1期，那笔奖励已经拿过了"
            continue
        if not attributes:
            # "另外还有一个品种License-out": a product counted apart, with nothing of its own.
            bare, _ = _count_in(segment, total_pattern, vocabulary)
            if bare is not None and mentions and _SEPARATE.search(
                    text[max(0, start - 4):start + len(segment)].lower()):
                mentions.append(ItemMention(bare, {}, start, end=start + len(segment)))
            continue
        count, doubt = _count_in(segment, count_pattern, vocabulary)
        if count is None and doubt is None and _continues_named(mentions, attributes, text,
                                                                start, vocabulary):
            # "C是1类创新药，今年进入Ⅰ期临床": the stage of the product just named.
            mentions[-1].facts.update(attributes)
            mentions[-1].end = start + len(segment)
            continue
        if count is None and doubt is None and _OTHER_ONE.search(text[max(0, start - 6):start]):
            count = 1  # "一个已经拿到注册证书，另一个进入Ⅲ期": the other one, set apart
        named = bool(_PRODUCT_NAME.match(segment) or _CODED.search(segment))
        if count is None and not named and set(attributes) <= set(vocabulary.item_flags):
            # "…C拿到注册证书，并已产业化" / "都已获批": flags alone describe no new product;
            # they belong to the product before, or to all when said of all.
            if mentions and not _OF_ALL.search(segment):
                mentions[-1].facts.update(attributes)
            else:
                shared_flags.update(attributes)
            continue
        mentions.append(ItemMention(count, attributes, start, doubt, named,
                                    end=start + len(segment),
                                    paid=vocabulary.paid is not None
                                    and bool(vocabulary.paid.search(segment.lower()))))
    # A labelled product the words after gave nothing of its own is no product.
    mentions = [m for m in mentions if m.facts or m not in tentative]
    each = _EACH.search(text)
    listed = [m for m in mentions if each and m.start <= each.start()
              and names_own_kind(m.facts)]
    if each and len(listed) >= 2:
        # "1类化学药、一类中药、1类生物药各一个，今年都进了Ⅱ期": each product listed, that
        # many of each; what follows of no kind of its own is said of them all.
        shared = [m for m in mentions if m.start > each.start() and not names_own_kind(m.facts)]
        # "…2类化药各一个进入Ⅱ期": what the last listed product's segment says after 各 too.
        tail = ItemMention(None, {k: v for k, v in listed[-1].facts.items()
                                  if k not in KIND_FACTS}, each.start())
        for mention in listed:
            mention.count = _small_int(each.group(1))
            mention.named = True
            for other in (*shared, tail):
                for name, value in other.facts.items():
                    mention.facts.setdefault(name, value)
        mentions = [m for m in mentions if m not in shared]
    doubt = next((m.count_doubt for m in mentions if m.count_doubt), None)
    total, total_doubt = _count_in(text, total_pattern, vocabulary, whole_text=True)
    if total is None and total_doubt is None:
        # …or one just before it: "品种有4个", "海外品种（三个）".
        total, total_doubt = _count_in(text, counted_after, vocabulary, whole_text=True)
    if total is None and total_doubt is None and any(
            name in facts for name in (*KIND_FACTS, "clinical_stage", *vocabulary.item_flags)):
        # "1类化学药，一共2个", "产品上市了，两个", "我们2个，总共多少": a clause that is only
        # a count, in a message about products, counts them.
        only_count = next((found for _, s in segments for piece in re.split(r"[?？!！]", s)
                           if (found := _BARE_TOTAL.match(piece.strip()))), None)
        if only_count is not None:
            total, total_doubt = _count_in(only_count.group(0), count_pattern, vocabulary)
    doubt = doubt or total_doubt
    if not _several(text, mentions, vocabulary.item_flags, total):
        return [], total, doubt
    # A mention that conflicts with no other is a shared description ("1类化药：一个…"),
    # inherited by the products through the message's facts — unless it is counted.
    def silent_on(o: ItemMention, name: str, flags_shared: bool = False) -> bool:
        """Whether o's silence on ``name`` may agree.

        Not when o has its own kind or stands at a milestone of its own (a product with
        its 注册证书 is in no trial). A milestone is each product's own, never agreed by
        silence — unless said of a group the products then detail (``flags_shared``).
        """
        if name in KIND_FACTS and names_own_kind(o.facts):
            return False
        if name in vocabulary.item_flags:
            return flags_shared
        return not (name in ("clinical_stage", "stage_event")
                    and any(f in o.facts for f in vocabulary.item_flags))

    def agreeing(m: ItemMention, silence_agrees: bool, flags_shared: bool = False) -> bool:
        """Every other product has m's facts (or, where silence agrees, says nothing)."""
        return all(all(o.facts[k] == v if k in o.facts
                       else silence_agrees and silent_on(o, k, flags_shared)
                       for k, v in m.facts.items()) for o in mentions if o is not m)

    def summary(m: ItemMention) -> bool:  # "两个品种：1类化药，一个进Ⅱ期，一个进Ⅲ期"
        others = [o for o in mentions if o is not m]
        if len(others) == 1 and any(_ADDED.search(text[max(0, x.start - 6):x.start])
                                    for x in (m, *others)):
            # "30个1类进Ⅲ期，另外30个1类进3期": a group added to another, not its detail.
            return False
        # A product that does not restate the summary's class inherits it ("三个1类化药：
        # 甲品种进Ⅰ期、乙品种进Ⅱ期、丙品种进Ⅲ期"): silence agrees, a different value does not.
        # With one other product, silence proves nothing: "一个1类…，另外一个二类新兽药".
        # "两个不同的品种都拿到注册证书并产业化了：一个是…，另一个是…": a group's milestone,
        # said before its products are told apart, is each one's — when the group names no
        # kind of its own and every product names one.
        flags_shared = not names_own_kind(m.facts) and all(names_own_kind(o.facts)
                                                           for o in others)
        own_type = _types_named(text[m.start:m.end], vocabulary)
        if own_type and any(_types_named(text[o.start:o.end], vocabulary) - own_type
                            for o in others):
            return False  # "2个1类中药…、1个1类生物制品…": a group beside another type
        if m.count is not None and m.count == sum(o.count or 1 for o in others) \
                and all(o.start >= m.end for o in others) \
                and _BREAKDOWN.search(text[m.end:min(o.start for o in others) + 4]):
            # "两个都进了三期，哦不对，其中一个是进II期，另外一个进III期": the products told
            # apart after a group are the group, even where they contradict what it said.
            return True
        return m.count is not None and m.count == sum(o.count or 1 for o in others) \
            and agreeing(m, silence_agrees=len(others) >= 2, flags_shared=flags_shared)

    def header_off(m: ItemMention) -> bool:  # "三个1类化药，一个进Ⅰ期、一个进Ⅱ期": the third?
        others = [o for o in mentions if o is not m]
        shared_missing = {k for o in others for k in o.facts} - set(m.facts)
        return m.count is not None and len(others) >= 2 and bool(shared_missing) \
            and agreeing(m, silence_agrees=True) and all(
                all(k in o.facts for k in shared_missing) for o in others) and not summary(m)

    off = next((m for m in mentions if header_off(m)), None)
    if off is not None and doubt is None:
        described = sum(o.count or 1 for o in mentions if o is not off)
        doubt = f"共{off.count}个品种，但分别说明的是{described}个"
    every_mention = mentions
    item_facts = (*ITEM_FACTS, *vocabulary.item_flags)
    mentions = [m for m in mentions if not summary(m) and (m.count is not None or m.named or any(
        _conflict(m, other, item_facts) or _kinds_differ(m, other)
        or _apart_kinds(text, *sorted((m, other), key=lambda x: x.start))
        for other in mentions if other is not m))]
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        # 三个1类进Ⅱ期、一个进Ⅲ期: the class carries over — unless the product names its own
        # kind (3个首仿药 after 三个2类化学药 is a generic, not a 2类 drug).
        # A product of its own kind takes nothing from the one before: "另外一个二类新兽药
        # 注册证书" is no drug entering Ⅱ期.
        # A product at a milestone of its own ("C拿到注册证书") is in no clinical trial.
        at_milestone = any(f in mention.facts for f in vocabulary.item_flags)
        # "甲是1类化药，拿到注册证书；乙是License-in引进、已经上市的品种": a product at a
        # milestone the one before has not reached is another matter, of no kind carried.
        own_milestone = at_milestone and not any(
            f in previous.facts for f in vocabulary.item_flags if f in mention.facts)
        if not names_own_kind(mention.facts) and not own_milestone:
            for name in (*KIND_FACTS, "stage_event"):
                if name == "stage_event" and at_milestone:
                    continue
                if name in previous.facts and name not in mention.facts:
                    mention.facts[name] = previous.facts[name]
    summaries = [m for m in every_mention if summary(m)]
    # "2个1类化学药、1个2类生物制品获得注册证书": a product that states nothing of where it
    # stands shares the milestone the listing ends on (when the products stating one agree).
    # Only when the listing ends on it: in "两个产品都上市了，另外还有一个License-out" the
    # milestone was said of the first products, not the one after.
    stated = [{f: m.facts[f] for f in vocabulary.item_flags if f in m.facts} for m in mentions]
    first = next((s for s in stated if s), {})
    stated_flags = first if stated and stated[-1] and all(not s or s == first for s in stated) \
        else {}
    for mention in mentions:
        at_milestone = any(f in mention.facts for f in vocabulary.item_flags)
        stateless = not at_milestone and "clinical_stage" not in mention.facts \
            and "stage_event" not in mention.facts
        for source in (*[m.facts for m in summaries], shared_flags,
                       stated_flags if stateless else {}):
            for name in vocabulary.item_flags:
                if name in source and name not in mention.facts:
                    mention.facts[name] = source[name]
        if names_own_kind(mention.facts):
            continue
        for name in ITEM_FACTS:
            if at_milestone and name in ("clinical_stage", "stage_event"):
                continue
            if name not in mention.facts and name in facts:
                mention.facts[name] = facts[name]
    counted = sum(m.count or 1 for m in mentions)
    return mentions, counted if total is None or total < counted else total, doubt


def _types_named(segment: str, vocabulary: Vocabulary) -> set[str]:
    """The product types (化学药, 生物制品, 中药) a product's words name."""
    lowered = segment.lower()
    return {name for name, words in vocabulary.item_types
            if any(term_in(word, lowered) for word in words)}


def _bracket_depths(text: str) -> list[int]:
    """How deep in brackets each character stands (0: outside)."""
    depths, depth = [], 0
    for char in text:
        if char in "(（[【":
            depth += 1
        depths.append(depth)
        if char in ")）]】":
            depth = max(0, depth - 1)
    return depths


def _date_items(mentions: list[ItemMention], text: str, reference_year: int) -> None:
    """Each product group's year, when the groups fall in two years or more.

    A group's year is the last year word between the group before it and its own end
    ("…明年又有另外30个…"); a group with none shares the year of the one before.
    """
    marks = [m for m in time_marks(text, reference_year) if m.year is not None]
    years: list[int | None] = []
    previous_end = 0
    for mention in mentions:
        own = [m.year for m in marks if previous_end <= m.start < max(mention.end,
                                                                       mention.start + 1)]
        years.append(own[-1] if own else (years[-1] if years else None))
        previous_end = max(mention.end, previous_end)
    if None in years or len(set(years)) < 2:
        return
    for mention, year in zip(mentions, years, strict=True):
        mention.year = year


# "项目A：…；项目B：…", "药品1（FDA）：…", "品种一：…": a list whose labels head each entry.
_ITEM_LABEL = re.compile(r"(?:^|(?<=[\n；;。，,]))\s*(?:(?:(?:项目|品种|产品|药品|单品)\s*"
                         r"(?:[A-Da-d甲乙丙丁1-5]|[一二三四五](?![共起样般致直些块]))|"
                         r"[A-Da-d甲乙丙丁](?:品种|项目|产品))\s*(?:[（(][^（）()]{0,16}[）)])?\s*"
                         r"(?:[：:]|是|为|(?=[0-9一二两]类|1类|2类))|"
                         # "B品种License-out给了…": a letter before the item word is a label.
                         r"[A-Da-d甲乙丙丁](?:品种|项目|产品)(?=[A-Za-z]))|"
                         # "Drug X: licensed-in…; Drug Y: …", "Product B is …".
                         r"(?:^|(?<=[\n；;。，,:：]))\s*(?:drug|product|candidate|asset|project)\s+"
                         r"(?:[A-DX-Z]|[1-5])\s*(?:[：:]|is\b)|"
                         # "品种HM-139：类别2类生物制品…；品种NS-282：…" (table rows), "QY-24：…".
                         r"(?:^|(?<=[\n；;。]))\s*(?:项目|品种|产品|药品|单品)?\s*"
                         r"(?-i:[A-Z]{1,5}#[a-j]+)\s*[：:]", re.IGNORECASE)


def _entry_of(position: int, blocks: list[tuple[int, int]]) -> int | None:
    """The index of the labelled entry holding ``position``, if any."""
    return next((i for i, (start, end) in enumerate(blocks) if start <= position < end), None)


# A sentence that opens on one product of its own: "我们旗下一款单抗产品…", "另一个品种…".
_ONE_PRODUCT_HEAD = re.compile(r"(?:^|(?<=[\n；;。]))\s*(?:我们|我司|公司|本公司)?\s*"
                               r"(?:的|旗下|还有|另有|另外)?\s*(?:一|1|另一)\s*(?:款|个|种|支)")


def _one_per_sentence(text: str, observations: list[Observation],
                      vocabulary: Vocabulary) -> list[tuple[int, int]]:
    """(start, end) of each sentence that opens on one product, when two or more do.

    Or of each stretch a product code opens, when two or more codes do. Only when each
    gives a figure of a per-product measure; else none.
    """
    heads = [m.start() for m in _ONE_PRODUCT_HEAD.finditer(text)]
    if len(heads) < 2:
        # "BJ-981…上一年度涨到5.72亿…，SK-216…上一年度涨到2.5亿": each product code opens
        # the words about its own product, when the codes differ.
        first: dict[str, int] = {}
        for code in _CODED.finditer(text):
            first.setdefault(code.group(0), code.start())
        heads = sorted(first.values())
    if len(heads) < 2:
        return []
    ends = [*heads[1:], len(text)]
    blocks = list(zip(heads, ends, strict=True))
    per_product = vocabulary.per_product_measures
    if not all(any(start <= o.start < end and o.measure in per_product for o in observations)
               for start, end in blocks):
        return []
    return blocks


def product_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each product a message describes apart.

    Its labelled entries ("A品种…；B品种…"), else its sentences that open on one product
    ("一个品种…；另一个…").
    """
    blocks = _labelled_blocks(text)
    if blocks:
        return blocks
    heads = [m.start() for m in _ONE_PRODUCT_HEAD.finditer(text)]
    return list(zip(heads, [*heads[1:], len(text)], strict=True)) if len(heads) >= 2 else []


# A list's line that opens on a product code, after a bullet or a number ("- LG-209: …",
# "✅ QY-24 1类抗体药 进Ⅲ期", "2. NS-129 …").
_CODED_LINE = re.compile(r"(?m)^[ \t]*(?:[0-9]{1,2}[.、)）][ \t]*|[^\w\n]{0,3}[ \t]*)"
                         r"(?P<code>[A-Z]{1,5}#[a-j]+)[^\n]*")


def _coded_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line a different product code opens, when two or more do."""
    lines = list(_CODED_LINE.finditer(text))
    if len(lines) < 2 or len({m.group("code") for m in lines}) < len(lines):
        return []
    return [m.span() for m in lines]


def _labelled_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each labelled entry, when the message lists two or more."""
    # Each entry starts at its label, not at the line break or space before it.
    heads = [m.start() + len(m.group(0)) - len(m.group(0).lstrip())
             for m in _ITEM_LABEL.finditer(text)]
    if len(heads) < 2:
        return _coded_lines(text)
    ends = [*heads[1:], len(text)]
    blocks = list(zip(heads, ends, strict=True))
    # The last entry ends where the list does: at the sentence after it ("一共多少？").
    last_start, last_end = blocks[-1]
    stop = re.search(r"[。\n]|[，,；;]\s*(?=(?:一共|合计|总共|两个|两项|请问|能|最多|最高))",
                     text[last_start:last_end])
    if stop is not None:
        blocks[-1] = (last_start, last_start + stop.start())
    return blocks


# "RX-734、NS-574、NS-211共3个品种…": codes listed one after another name one group; the 、
# between them (kept one character long, so positions hold) splits no product.
_CODE_LIST_JOIN = re.compile(r"(?<=[A-Z]#[a-j]|#[a-j]{2}|[a-j]{3})[、,，](?=\s*[A-Z]{1,5}#[a-j])")


def _segments(text: str) -> list[tuple[int, str]]:
    """The message cut where one product's words may end: never inside brackets.

    "3个一类创新药（CP-743、CP-546、CP-769）" is one group named three ways; a space between
    two Chinese phrases ("进了三期 我们3个…") ends a phrase as a comma does.
    """
    pieces, start = [], 0
    depth_at = _bracket_depths(text)
    for match in _ITEM_SPLIT.finditer(text):
        if depth_at[match.start()] or match.start() < start:
            continue
        pieces.append((start, text[start:match.start()]))
        start = match.end()
    pieces.append((start, text[start:]))
    return [(s, p) for s, p in pieces if p.strip()]


def _item_attributes(segment: str, vocabulary: Vocabulary) -> dict[str, object]:
    found: dict[str, object] = {}
    for name in (*KIND_FACTS, "clinical_stage", *vocabulary.item_flags):
        spec = vocabulary.facts.get(name)
        if spec is not None:
            value = _read_fact(spec, segment, vocabulary.negation) if spec.type != "enum" \
                else _enum_strict(spec, segment, vocabulary.negation)
            if value is not None:
                found[name] = value
    if found and (event := vocabulary.facts.get("stage_event")) is not None:
        value = _enum_strict(event, segment)
        if value is not None:
            found["stage_event"] = value
    if any(w in segment.lower() for w in vocabulary.veterinary_words) and "drug_class" in found:
        found["vet_drug_class"] = found.pop("drug_class")
    return {k: v for k, v in found.items() if v is not None}


def _enum_strict(spec: FactSpec, text: str,
                 negation: re.Pattern[str] | None = None) -> str | None:
    """An enum value this segment itself names (defaults do not count as naming one)."""
    best: tuple[int, str] | None = None
    for option in spec.values:
        for pattern in option.patterns:
            for match in pattern.finditer(text):
                if _denied(text, match.start(), negation):
                    continue
                if best is None or match.start() > best[0]:
                    best = (match.start(), option.value)
    return best[1] if best else None


def _count_in(segment: str, pattern: re.Pattern[str], vocabulary: Vocabulary,
              whole_text: bool = False) -> tuple[int | None, str | None]:
    """"三个" / "2款" / "two drugs": a whole number of products, or why it is doubtful."""
    lowered = segment.lower()
    if whole_text and not any(w in lowered for w in vocabulary.item_count_words) and not \
            any(re.search(rf"\b{w}\b", lowered) for w in vocabulary.item_count_words_en):
        return None, None
    match = pattern.search(segment)
    if match and segment[max(0, match.start() - 3):match.start()].endswith("分之"):
        return None, f"“{segment[max(0, match.start() - 3):match.end()]}”不是一个有效的品种数"
    if match and (span := _COUNT_RANGE.search(segment[max(0, match.start() - 8):match.start()])):
        # "两到三个", "2至3款": a range is no count.
        return None, f"“{span.group(0)}{match.group(2)}个”不是一个确切的品种数"
    if match:
        raw = match.group(2)
        if APPROX_PAIR.search(raw):
            return None, f"“{raw}个”不是一个确切的品种数"
        try:
            value = parse_numeral(raw)
        except ValueError:
            return None, f"“{raw}个”不是一个有效的品种数"
        if match.group(1) or value != value.to_integral_value() or value <= 0:
            return None, f"“{match.group(1) or ''}{raw}个”不是一个有效的品种数"
        return (int(value), None) if value <= 1000 else (None, f"“{raw}个”品种数不合常理")
    english = "|".join(vocabulary.item_count_words_en) or "drugs?"
    en = re.search(rf"(?<!class )(?<!class-)(?<!category )(?<!phase )(?<!type )\b"
                   rf"(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                   rf"(?:of\s+(?:our|the|its|their|these|those)\s+)?"  # "3 of our…"
                   rf"(?:[a-z0-9-]+\s+){{0,5}}?(?:{english})\b", lowered)
    if en and (span := _EN_COUNT_RANGE.search(lowered[max(0, en.start() - 12):en.start()])):
        return None, f"“{span.group(0)}{en.group(1)}”不是一个确切的品种数"
    if en and (span := _EN_RANGE_END.match(lowered, en.end(1))):
        return None, f"“{en.group(1)}{span.group(0)}”不是一个确切的品种数"
    if en:
        token = en.group(1)
        return (_EN_NUMBER.get(token) or int(token)), None
    # "two Class 1, one Class 2 new veterinary drugs": a count before a class names products
    # of that class, the noun said once for the list.
    classed = re.search(r"(?<![a-z0-9.])(one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
                        r"(?:class|category|type)[- ]?\d\b", lowered)
    if classed:
        token = classed.group(1)
        return (_EN_NUMBER.get(token) or int(token)), None
    # "one entered phase II, two entered Phase 3", "1 more entered Phase 3": a count of
    # products the verb after it says something of.
    bare = re.search(r"(?<![a-z0-9.])(?<!phase )(?<!class )(?<!category )(?<!type )(?<!stage )"
                     r"(?<!phase-)(?<!class-)(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                     r"(?:more\s+|other\s+|others\s+)?(?:of (?:them|these) )?"
                     r"(?:entered|started|began|moved|reached|went|got|completed|finished|"
                     r"are|were|is|has|have|obtained|received)(?![a-z])", lowered)
    if bare and not _EN_RANGE_END.match(lowered, bare.end(1)):
        token = bare.group(1)
        return (_EN_NUMBER.get(token) or int(token)), None
    # "a third class-1 drug", "another product": one, when no number is written between.
    one = re.search(rf"\b(?:a|an|another)\s+(?:[a-z]+\s+|(?:class|type|category)[- ]?\d\s+)"
                    rf"{{0,3}}?(?:{english})\b", lowered)
    return (1, None) if one else (None, None)


def _kinds_differ(first: ItemMention, second: ItemMention) -> bool:
    """Both name a kind, and not the same one: "首仿药、2类化药" are two products."""
    kinds = [{k: m.facts[k] for k in KIND_FACTS if k in m.facts} for m in (first, second)]
    return bool(kinds[0]) and bool(kinds[1]) and kinds[0] != kinds[1]


# A segment opened by one of these sets its product apart from the one before.
_APART_BEFORE = re.compile(r"(?:另外|此外|还有|以及|同时|另|；|;)\s*$")


def _apart_kinds(text: str, first: ItemMention, second: ItemMention) -> bool:
    """Two products, each of its own kind, that are either of two species or set apart.

    A 新兽药 is no human drug ("1类创新药…；动物药方面，2类新兽药…"); "1类生物制品…；另外
    1类化药…" names a second product of the same class. One product described twice
    ("2类化药，属于改良型新药") has no word setting it apart.
    """
    if not (names_own_kind(first.facts) and names_own_kind(second.facts)):
        return False
    species = [("vet_drug_class" in m.facts) for m in (first, second)]
    if species[0] != species[1]:
        return True
    return bool(_APART_BEFORE.search(text[max(0, second.start - 4):second.start]))


def _conflict(first: ItemMention, second: ItemMention, names: tuple[str, ...]) -> bool:
    return any(n in first.facts and n in second.facts and str(first.facts[n]) != str(
        second.facts[n]) for n in names)


def _several(text: str, mentions: list[ItemMention], flags: tuple[str, ...] = (),
             total: int | None = None) -> bool:
    """Whether the mentions are separate products rather than one product's history.

    Mentions that complete each other ("1类化学药，进入Ⅱ期") are one product; a product
    does not change its class, so two classes are two products; two stages are two
    products only when counted or set apart ("三个…、一个…", "另一个").
    """
    if len(mentions) < 2 or _SAME_ITEM.search(text):
        return False
    if sum(m.named for m in mentions) >= 2:
        return True  # "A进入Ⅰ期，B进入Ⅱ期": products named apart
    if any(not m.facts for m in mentions):
        return True  # a product counted apart ("另外还有一个品种…")
    pairs = list(combinations(mentions, 2))
    kinds = KIND_FACTS
    if any(_conflict(a, b, kinds) for a, b in pairs):
        return True
    if any(_apart_kinds(text, a, b) for a, b in pairs):
        return True
    counted_kinds = [m for m in mentions if m.count is not None and any(k in m.facts
                                                                          for k in kinds)]
    if len(counted_kinds) >= 2:
        return True  # "三个2类化学药和3个首仿药": each counted product names its own kind
    # Set apart: counted or named each ("SK-710进入3期，有三个1类化学药进入二期").
    apart = sum(1 for m in mentions if m.count is not None or m.named) >= 2
    if apart and any(_kinds_differ(a, b) for a, b in pairs):
        return True  # "2类化学药CP-858…，2个重大改良型新药…": kinds counted or named apart
    if apart and any(_milestone_and_trial(a, b, flags) for a, b in pairs):
        # "CP-603获批上市拿到注册证了…去年2个1类创新药都进入3期": a product with its
        # certificate is in no trial; the two counted apart are different products.
        return True
    if not any(_conflict(a, b, (*ITEM_FACTS, *flags)) for a, b in pairs):
        return False
    counted = [m for m in mentions if m.count is not None]
    # "两个品种：…CP-101进入Ⅱ期，…CP-202进入Ⅲ期": as many stages as the products counted.
    as_counted = total is not None and total == len(mentions)
    return bool(_SEPARATE.search(text)) or len(counted) >= 2 or as_counted or apart


def _milestone_and_trial(first: ItemMention, second: ItemMention, flags: tuple[str, ...]) -> bool:
    """One stands at a milestone (注册证书, 上市), the other in a clinical trial."""
    def at_milestone(m: ItemMention) -> bool:
        return any(f in m.facts for f in flags) and "clinical_stage" not in m.facts

    def in_trial(m: ItemMention) -> bool:
        return "clinical_stage" in m.facts and not any(f in m.facts for f in flags)

    return (at_milestone(first) and in_trial(second)) or (at_milestone(second) and in_trial(first))


def decimal_count(raw: str) -> Decimal:
    """A count written in digits or Chinese numerals (kept for callers reading counts)."""
    return parse_numeral(raw)
