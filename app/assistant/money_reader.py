"""Money figures in a question, each tied to what it measures and the year it belongs to.

"研发投入2023年410万、2024年790万、2025年2020万元" gives three observations of one
measure in three years; "营收从前年的4600万变成去年的2400万" two, the second being
where revenue is now; "注册费120万、检测费40万" two parts of one base. A figure's
measure comes from the cue words the vocabulary declares, nearest first within
its clause; a figure next to an unrelated word (注册资本, 拿过) belongs to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from app.assistant.growth_reader import with_growth
from app.assistant.number_reader import NumberMention, parse_numeral, read_numbers
from app.assistant.time_refs import Period, TimeMark, change_role, time_marks
from app.rules.amounts import format_yuan
from app.rules.bounds import Bound
from app.rules.vocabulary import Vocabulary

_WINDOW_BEFORE = 24
_WINDOW_BEFORE_EN = 60  # English spends more characters between a measure and its figure
_QUALIFIER_WINDOW = 40
_WINDOW_AFTER = 24  # English names the measure after the figure ("8 million of service revenue")
# Where the words after a figure stop being about it; an English full stop ends a sentence
# ("20m. We had 12m of R&D"), a decimal point (20.1m) does not.
# An English conjunction starts the next figure's words ("testing fees 1.55m and local agent
# fees 0.83m": the agent fees are the second figure's).
_AFTER_STOP = re.compile(r"[，,。；;！？!?\n（(]|\.(?=\s|$)|"
                         r"\b(?:and|plus|as well as|while|whereas)\b",
                         re.IGNORECASE)
# Characters after a number that make it a count, a rank or a label, not an amount.
_NOT_MONEY_AFTER = set("期类年个条%‰级档倍次家人项款种名位号届")
# "一个2千万一个1亿" lists two figures of one measure too.
_JOINED = re.compile(r"^\s*(?:元|人民币)?\s*(?:加上?|和|与|及|以及|外加|另加|另有|\+|、|or|and|"
                     r"plus|(?:另|另外)?一个)\s*$",
                     re.IGNORECASE)
# "…不过那个下次再问": the figures of that clause belong to another question.
_DEFERRED = re.compile(r"下次再问|以后再问|回头再问|改天再问|先不说|先不管|暂不考虑|先不问|另说|"
                       r"以后再说|"
                       r"回头再说|下次再说|先不算|不用算|不算在内|不在这次")
_SELF_CORRECTION = re.compile(r"哦不|不对|说错|打错|写错|搞错|口误|更正|纠正|应该是|sorry|i mean")
# Words that open the description of one product among several ("一个品种…，另一个…").
_PRODUCT_NAMES = (r"(?:品种|产品|单品|项目|药品)"
                  r"(?:[a-d甲乙丙丁1-5]|[一二三四五](?![共起样般致直些块]))|"
                  r"[a-d甲乙丙丁](?:品种|项目)|第[一二三四五1-5]个(?:品种|产品)?|另一个|另一款|第二个|其中一个|一个品种|"
                  r"一个单品|一个产品|某品种|product [a-d1-5]\b|"
                  # a product named by a bare letter: "甲去年4000万…，乙去年8000万…"
                  r"(?<![A-Za-z0-9])[A-D甲乙丙丁](?=去年|今年|前年|上年|上一年|从|由|的|：|:|首次|"
                  r"第一次|年产值|产值)")
PRODUCT_MARKER = re.compile(_PRODUCT_NAMES, re.IGNORECASE)
_CLAUSE_END = re.compile(r"[。；;！？!?\n]|(?:，|,)\s*(?=另外|此外|另一方面|同时|还有|以及|而且|"
                         rf"再就是|{_PRODUCT_NAMES})", re.IGNORECASE)
# An award the user claims or received ("能拿5000万", "去年拿过市里50万"): never a fact.
_CLAIMED = re.compile(r"(能拿|可以拿|可拿|拿了?过?|拿到了?|能给|给了?|补了?|补贴了?|奖励了?|奖了?|"
                      r"领了?过?|获得了?|获得过|听说能?|据说能?)"
                      # "财务刚给了准数：260万": the figure given is data, not an award.
                      r"(?!了?过?(?:个|一个)?(?:准数|数据|数字|准确|确切|明细|报表|结果|口径|最新|实际))"
                      r"[^，,。;；0-9]{0,4}$|"
                      # "听说最高能给600万", "不是最高4000万吗", "每类都是最高600万": an award
                      # someone claims, not a fact ("以前最高是去年的6.7亿" is one).
                      r"(?:最高|最多|上限|封顶)(?:能|可以|可)?(?:给|拿|补|奖|支持)?(?:到)?\s*$")
_TOTAL_BEFORE = re.compile(r"(?:合计|总计|共计|一共|总共|总额|总共是)\s*(?:是|为|有|约)?\s*$")
# Someone else's figure held up against an answer ("听说…", "别人跟我说…是这样吗").
DISPUTES = re.compile(r"听说|据说|(?:朋友|别人|有人|同事|他们|人家)(?:跟我|和我|告诉我)?说|是不是|"
                      r"对吗|对不对|是这样吗|没错吧|不是[^，,。；;]{0,16}吗|吧[?？]")
# In such a message, "算下来4,575,000元" is the sum they claim, not a fact.
_CLAIMED_IN_DISPUTE = re.compile(r"(?:算下来|算出来|那(?:我们)?(?:就)?能拿)[^，,。;；0-9]{0,4}$")

# "1470万元，这是我们去年的研发投入", "3.2亿——这个是今年的主营业务收入".
_APPOSITION = re.compile(r"\s*(?:元|人民币)?\s*[，,—－\-]+\s*(?:这是|这个是|这个数是|这是指|指的是)"
                         r"(?:我们|我司|公司)?([^，,。；;！？!?]{1,20})")

# "以前最多3.7亿元", "往年最高：5200万": the company's own best, not an award someone claims.
_HISTORY_HIGH = re.compile(r"(?:以前|之前|此前|往年|历年|历史|过去|以往|原来|曾经)的?"
                           r"(?:最高|最多|峰值)"
                           r"(?:是|为|才|只有|也就)?[^，,。；;0-9]{0,2}$")

# "以前没到过5亿", "此前从未突破过1亿": the mark, said of the past, is no figure.
_NEVER_REACHED = re.compile(r"(?:之前|以前|此前|往年|过去|历史上)(?:都|也|还|一直)?"
                            r"(?:没有?|未|从没|从未|从来没有?)"
                            r"(?:到过|达到过|超过|突破过|上过|过)\s*$")
# A figure followed by the award's own word ("申请单品种50万元支持吗", "那100万奖励") is the
# award asked about, not a fact of the enterprise.
# Not when a question about the amount follows: "服务金额4470万元 补贴多少" asks what it earns.
_AWARD_AFTER = re.compile(r"^\s*(?:元|人民币)?\s*(?:的)?\s*(?:资金)?"
                          r"(?:支持|奖励|补贴|补助|资助|奖金)(?!\s*(?:多少|几|怎么|如何|标准|能有|有多少))")


@dataclass(frozen=True)
class Observation:
    """One stated money figure: what it measures, for which year, and how exact it is."""

    measure: str | None
    amount: int | None
    currency: str  # CNY unless another currency was written
    year: int | None
    period: Period | None
    start: int
    clause: int
    text: str
    component: str | None = None
    # A figure named only by a verb ("投了1000万"): no measure, but the measure the verb
    # usually means, as a routing hint.
    hint: str | None = None
    # Which product a per-product figure belongs to ("另外还有一个品种，交易额…" is the next).
    product: int = 0
    role: Literal["from", "to"] | None = None
    bound: Bound | None = None
    doubt: str | None = None
    explicit_currency: bool = False
    # "第一次上5亿": a figure the user reached; the figure itself unless it is a clause's mark.
    reached: bool = False
    # "今年预计900万", "总预算8000万": a plan, not what happened.
    planned: bool = False
    # "还有当地代理费50万没算进去": a part on top of a total given before, not inside it.
    additional: bool = False
    # "算首次突破5亿吗", "突破5亿这条能拿多少": said in a question, about the clause's mark.
    asked: bool = False
    # Offered as another value of the figure before it ("也可能是3.3174亿", "还是7亿来着").
    alternative: bool = False
    # Given relative to another figure ("比去年少了4700万", "是总预算的50%"): the figure the
    # clause needs is not stated, and is asked, never worked out by us.
    relative: bool = False
    # The words leading up to the figure in its sentence, since the figure before it
    # ("AI辅助诊断示范项目工程投资总额"), lowered: what the figure is said of.
    said: str = ""
    # The rules whose own words those are, among the rules reading the figure's measure:
    # "园区运营项目，投资总额1800万" is the park's, not the AI project's (both read 项目投资).
    names_rules: tuple[str, ...] = ()
    # Worked out from two figures the user gave ("去年1550万 + 50万"): shown with the answer.
    derivation: str = ""
    # "实际服务金额5365" with no 万 or 元: the number as written, waiting for its unit
    # ("单位是万元，忘写了"); until then the figure is in doubt and nothing is computed.
    bare: str = ""

    @property
    def usable(self) -> bool:
        """An exact figure with no doubt on it."""
        return self.amount is not None and self.doubt is None and self.bound is None

    def said_of_another(self, rule_id: str) -> bool:
        """Whether the figure is said of another provision's project, not of this rule's."""
        return bool(self.names_rules) and rule_id not in self.names_rules


_PART_OF = re.compile(r"[，,、；;\s]*(?:其中|内含|含|包括|包含)")


def with_said(text: str, observations: list[Observation]) -> list[Observation]:
    """Each figure with the words said of it: its sentence since the figure before it."""
    lowered = text.lower()
    sentences = [(m.start(), m.end()) for m in SENTENCE.finditer(lowered)]
    ordered = sorted(observations, key=lambda o: o.start)
    said: dict[int, str] = {}
    previous_end = 0
    previous_said = ""
    for observation in ordered:
        head = next((a for a, b in sentences if a <= observation.start < b), 0)
        start = max(head, previous_end)
        own = lowered[start:observation.start + len(observation.text)]
        # "项目投资总额8千万，其中工程部分400万": a part is said of what the figure before it is.
        said[id(observation)] = previous_said + own if _PART_OF.match(own) else own
        previous_said = said[id(observation)]
        previous_end = max(previous_end, observation.start + len(observation.text))
    return [replace(o, said=said[id(o)]) for o in observations]


def read_money(text: str, vocabulary: Vocabulary, reference_year: int) -> list[Observation]:
    """Every money figure in the (prepared) text, with its measure and year."""
    marks = time_marks(text, reference_year)
    clause_starts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    cues = _cue_table(vocabulary)
    lowered = text.lower()
    observations: list[Observation] = []
    previous_end = 0
    previous: Observation | None = None
    for mention in read_numbers(text):
        clause_start = max(s for s in clause_starts if s <= mention.start)
        clause = clause_starts.index(clause_start)
        if not _is_money(mention, text):
            unitless = _unitless(text, mention, clause_start, clause, cues, vocabulary, marks)
            if unitless is not None:
                observations.append(unitless)
            continue
        reach = _WINDOW_BEFORE_EN if is_english(text[max(0, mention.start - 60):mention.start]) \
            else _WINDOW_BEFORE
        window_start = max(clause_start, previous_end, mention.start - reach)
        before = text[max(window_start, mention.start - 10):mention.start]
        if _NEVER_REACHED.search(before):
            previous_end = mention.end
            continue  # "以前没到过5亿": a mark never reached before, no figure of any year
        if (_CLAIMED.search(before) and not _HISTORY_HIGH.search(before)) \
                or _AWARD_AFTER.match(text[mention.end:mention.end + 12]) \
                or (_CLAIMED_IN_DISPUTE.search(before) and DISPUTES.search(text)):
            previous_end = mention.end
            continue  # "能拿5000万" / "拿过50万": an award claimed, not a fact
        found = _cue(text, mention, window_start, clause_start, cues, vocabulary)
        phrase = text[_phrase_start(text, mention.start):mention.start]
        if found == ("unrelated", None) or any(p.search(phrase) for p in vocabulary.other_parties):
            # "同行另一家平台销售收入2700万": another company's figure.
            previous_end = mention.end
            continue
        measure, component = found
        spec = vocabulary.measures.get(measure or "")
        # "委托…生产，合同金额4580万": no License-out deal, and a contract's figure is no
        # actual amount either: in doubt wherever it would be used (the measure says why).
        unqualified = spec if spec is not None and spec.requires and not any(
            w in lowered for w in spec.requires) else None
        if unqualified is not None:
            measure, component = None, None
        apposition = _APPOSITION.match(text, mention.end) if found == (None, None) else None
        if apposition is not None:
            # "1470万元，这是我们去年的研发投入": the clause after the figure says what it is.
            inner = apposition.group(1).lower()
            named = next(((m, c) for cue, m, c in cues if cue in inner), None)
            if named is not None and named[0] != "unrelated" and not named[0].startswith(_WEAK):
                measure, component = named
        if component is not None and _TOTAL_BEFORE.search(text[max(0, mention.start - 6):
                                                                mention.start]):
            # "实际注册费用（含海外注册费、检测费、当地代理费）合计1962W": the total, not the
            # last part the brackets list.
            component = None
        hint = None
        if measure is None and component is not None and component.startswith(_WEAK):
            hint, component = component.removeprefix(_WEAK), None
        mark = _mark(marks, mention, window_start, text)
        if apposition is not None and measure is not None and mark is None:
            mark = next((m for m in marks if apposition.start(1) <= m.start < apposition.end()),
                        None)
        role = change_role(text, mention.start, previous_end if previous else 0) or (
            "from" if _PAST.search(text[clause_start:mention.start]) else None)
        between = text[previous_end:mention.start]
        joined = previous is not None and previous.clause == clause and bool(
            _JOINED.match(between))
        if previous is not None and measure in (None, previous.measure) \
                and component in (None, previous.component) \
                and _SELF_CORRECTION.search(between):
            # "投资总额22540万元，哦不，是5610万元", "服务金额2090万（更正：服务金额应为
            # 3400万）": the later figure replaces the earlier.
            observations.remove(previous)
            measure, component = previous.measure, component or previous.component
            mark = mark or (TimeMark(0, 0, previous.year, previous.period)
                            if previous.period else None)
        opens_product = bool(PRODUCT_MARKER.match(text[clause_start:].lstrip("，, ")))
        if measure is None and previous is not None and previous.clause != clause \
                and opens_product and previous.measure is not None:
            measure, component = previous.measure, None  # "甲品种交易额2550万，乙品种1.8亿"
        same = next((o for o in reversed(observations) if o.measure is not None and o.usable
                     and o.amount == mention.value and o.currency == (mention.currency or "CNY")),
                    None) if measure is None and component is None \
            and mention.value is not None else None
        if same is not None:
            # "（刚才说的1540万我不太确定，也可能是1560万元）": the same figure named again is
            # of the same measure and year, and so is the alternative offered for it.
            measure, component = same.measure, same.component
            mark = mark or (TimeMark(0, 0, same.year, same.period) if same.period else None)
        bounded = mention.lower is not None or mention.upper is not None
        after_floor = previous is not None and previous.bound is not None \
            and previous.bound.high is None
        alternative = bool(_ALTERNATIVE.search(between)) or (
            previous is not None and bool(_DISPUTED.search(between))
            and (_UNSURE.search(text) is not None or _ANOTHER_REPORT.search(between) is not None)
        ) or (
            # "合同口径1030万、财务口径2264万": the same figure counted two ways.
            previous is not None and _BASIS in between and measure in (None, previous.measure))
        if measure is None and previous is not None and (
                previous.clause == clause or alternative) and (
                mark is not None or role == "to" or joined or bounded or after_floor
                or alternative):
            # "去年790万，前年340万", "300万元加75万美元", "分别是9700万和6570万", and the
            # exact figure after a floor: "首次突破5亿元，实际是21.99亿元".
            measure, component = previous.measure, None
        if (joined or alternative) and mark is None and previous is not None \
                and previous.period and measure == previous.measure:
            # "2025年度销售收入7.91亿还是7亿来着": the other value is of the same year.
            # "今年办了两场活动，费用80万和120万": figures joined by 和 share their year.
            mark = TimeMark(0, 0, previous.year, previous.period)
        observation = _observation(mention, measure, component, mark, role, clause, vocabulary,
                                   hint)
        if unqualified is not None:
            observation = replace(observation, doubt=f"“{observation.text}”"
                                                     f"{unqualified.requires_doubt}")
        reach = _PLAN_REACH_EN if is_english(text[max(0, mention.start - 30):mention.start]) \
            else _PLAN_REACH
        supposed = _SUPPOSED.search(text[clause_start:mention.start]) is not None
        if not supposed and (_PLANNED.search(text[max(window_start, mention.start - reach):
                                                  mention.start]) or (
                observation.year is not None and observation.year > reference_year)):
            # A figure of a year still to come ("明年我们计划把注册费用做到500万") is a plan —
            # unless it is the case asked about ("如果明年产值做到19亿能拿多少").
            observation = replace(observation, planned=True)
        if _ASKED_SEGMENT.search(_segment_around(text, mention.start, mention.end)):
            observation = replace(observation, asked=True)
        if alternative:
            observation = replace(observation, alternative=True)
        if component is not None and (
                _ON_TOP_BEFORE.search(text[clause_start:mention.start])
                or _ON_TOP_AFTER.match(text[mention.end:mention.end + 12])):
            observation = replace(observation, additional=True)
        observations.append(observation)
        previous, previous_end = observation, mention.end
    kept = _without_planned(_without_deferred(
        text, _shares(text, with_growth(text, _derived(text, _relative(text, observations), marks),
                                 marks), cues), cues))
    return _named_elsewhere(text, _named_after(text, kept, cues), cues)


_NAMED_AFTER = re.compile(r"[，,]?\s*(?:分别|依次)(?:是|为|对应)?([^，,。；;！？!?]+)")


def _named_after(text: str, observations: list[Observation],
                 cues: list[tuple[str, str, str | None]]) -> list[Observation]:
    """Figures listed first and named after, in order, each taking the name in its place.

    "65万+127万+44万，分别是海外注册费、检测费、当地代理费": only when the counts agree.
    """
    loose = [o for o in observations if o.measure is None and o.usable]
    if len(loose) < 2:
        return observations
    found = _NAMED_AFTER.search(text, max(o.start for o in loose))
    if found is None:
        return observations
    names = found.group(1).lower()
    taken: list[tuple[int, int, str, str | None]] = []
    for cue, measure, component in cues:  # longest first: 海外注册费 before 注册费
        if measure == "unrelated" or measure.startswith(_WEAK):
            continue
        for hit in re.finditer(re.escape(cue), names):
            if not any(hit.start() < end and start < hit.end() for start, end, _, _ in taken):
                taken.append((hit.start(), hit.end(), measure, component))
    taken.sort()
    if len(taken) != len(loose):
        return observations
    named = {id(o): (m, c) for o, (_, _, m, c) in zip(loose, taken, strict=True)}
    return [replace(o, measure=named[id(o)][0], component=named[id(o)][1])
            if id(o) in named else o for o in observations]


# "比预算多了80万": a difference, not the figure; "实际投入是总预算的50%", "服务金额占营收的
# 60%": the figure asked for is a share of the one given.
_DIFFERENCE_BEFORE = re.compile(r"比[^，,。；;0-9]{1,12}"
                                r"(?:多|少|高|低|增加|减少|增长|下降|超|超出|节省)"
                                r"(?:投|做|卖|花|收|赚|出)?了?\s*$")
_SHARE = re.compile(r"(?:是|占|为|相当于)[^，,。；;]{0,14}的\s*"
                    r"(?:[0-9.]+\s*[%％]|百分之|[一二两三四五六七八九]成|一半|[二三四五六七八九十]分之)")


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last ，。；!? or line break."""
    return max(text.rfind(mark, 0, position) for mark in "，,；;。!！?？\n") + 1


def _relative(text: str, observations: list[Observation]) -> list[Observation]:
    """Figures stated relative to another are in doubt: asked, never taken as the value."""
    sentences = [m.span() for m in SENTENCE.finditer(text)]
    shared = [(s, e) for s, e in sentences if _SHARE.search(text[s:e])]


    differences = [o for o in observations
                   if _DIFFERENCE_BEFORE.search(text[_clause_start(text, o.start):o.start])]
    # "比预算多了80万圆，预算是260万": the plan beside a difference is no actual figure either.
    beside = [(s, e) for s, e in sentences if any(s <= o.start < e for o in differences)]
    marked = []
    for o in observations:
        if o in differences:
            # Its year word is the base of the comparison ("去年…比前年多了679万"), not its own.
            o = replace(o, doubt=f"“{o.text}”是与另一数额的差额，不是金额本身", relative=True,
                        year=None, period=None)
        elif any(start <= o.start < end for start, end in shared):
            o = replace(o, doubt=f"“{o.text}”只给出了比例关系，不是所需金额本身", relative=True)
        elif o.planned and any(start <= o.start < end for start, end in beside):
            o = replace(o, doubt=f"“{o.text}”是预算数，实际金额只给出了差额", relative=True)
        marked.append(o)
    return marked


# "今年实际服务金额比去年多了50万元，去年是1550万元": this year's figure is last year's plus the
# difference. The words before it name the year compared and the way it went.
_COMPARED = re.compile(r"比\s*(?P<base>[^，,。；;0-9比]{1,16}?)"
                       r"(?P<way>多|少|高|低|增加|减少|增长|下降|超出|超|节省)"
                       r"(?:投|做|卖|花|收|赚|出)?了?\s*$")
_MORE = ("多", "高", "增加", "增长", "超出", "超")
_PLAN_WORDS = ("预算", "计划", "预计")


def _derived(text: str, observations: list[Observation],
             marks: list[TimeMark]) -> list[Observation]:
    """A difference and the figure it is measured from become the figure itself.

    "今年比去年多了50万，去年是1550万" gives this year's 1600万 (shown as worked out), beside
    last year's 1550万; "比预算多了80万，预算是260万" gives the actual 340万. When the year
    compared, the way it went or the figure it starts from is not clear, the difference stays
    in doubt and is asked.
    """
    result = list(observations)
    for difference in [o for o in observations if o.relative and o.amount is not None
                       and o.doubt and "差额" in o.doubt]:
        start = _clause_start(text, difference.start)
        compared = _COMPARED.search(text[start:difference.start])
        if compared is None:
            continue
        base_words = compared.group("base")
        at = start + compared.start("base")
        base_year = next((m.year for m in marks if m.start == at), None)
        own_year = next((m.year for m in reversed(marks) if start <= m.start < at
                         and m.year is not None), None)
        planned = any(w in base_words for w in _PLAN_WORDS)
        if base_year is None and not planned:
            continue
        bases = [o for o in result if o is not difference and o.amount is not None
                 and o.bound is None and (not o.relative or (planned and o.planned))
                 and o.currency == difference.currency
                 and (o.measure in (difference.measure, None) or difference.measure is None)
                 and ((planned and o.planned) or (not planned and o.year == base_year))]
        if len(bases) != 1 or (not planned and own_year is None):
            continue
        base = bases[0]
        sign = 1 if compared.group("way") in _MORE else -1
        amount = (base.amount or 0) + sign * (difference.amount or 0)
        if amount <= 0:
            continue
        way = "+" if sign > 0 else "−"
        result[result.index(difference)] = replace(
            difference, amount=amount, doubt=None, relative=False, planned=False,
            measure=difference.measure or base.measure, year=own_year,
            derivation=f"{format_yuan(base.amount or 0)} {way} "
                       f"{format_yuan(difference.amount or 0)}")
        if planned:
            result = [o for o in result if o is not base]
    return result


# "总收入1亿1354万，其中实际服务金额占25%", "预算4685万，实际发生费用是预算的20%": the
# measure named just before the share is that share of the figure before it.
_SHARE_OF = re.compile(r"(?:约占|占|是|为|相当于)\s*(?:[^，,。；;0-9]{0,10}的)?\s*"
                       r"(?P<pct>[0-9]+(?:\.[0-9]+)?\s*[%％]|百分之[0-9一二两三四五六七八九十.]+|"
                       r"[一二两三四五六七八九]成|一半)")


def _shares(text: str, observations: list[Observation],
            cues: list[tuple[str, str, str | None]]) -> list[Observation]:
    """A measure stated as a share of the figure before it, worked out from that figure.

    Only when the share names a measure of its own (by its cue, in its own clause), one
    figure stands before it in the sentence, and the share of it is a whole number of
    yuan; otherwise the figure stays as read (in doubt where it was only a base).
    """
    result = list(observations)
    for match in _SHARE_OF.finditer(text):
        clause_start = _clause_start(text, match.start())
        pre = text[clause_start:match.start()].lower()
        named = next(((m, c) for cue, m, c in cues if cue in pre), None)
        if named is None or named[0] == "unrelated" or named[0].startswith(_WEAK):
            continue
        sentence_start = max(text.rfind(mark, 0, match.start()) for mark in "。；;!！?？\n") + 1
        before = [o for o in result if sentence_start <= o.start < clause_start]
        if not before or any(clause_start <= o.start < match.end() for o in result):
            continue
        base = before[-1]
        share = _share_value(match.group("pct"))
        if base.amount is None or base.bound is not None or share is None or base.currency \
                != "CNY":
            continue
        amount = Decimal(base.amount) * share
        if amount != amount.to_integral_value() or amount <= 0:
            continue
        derived = replace(base, measure=named[0], component=named[1], amount=int(amount),
                          doubt=None, relative=False, planned=False, start=match.start(),
                          text=format_yuan(int(amount)),
                          derivation=f"{format_yuan(base.amount)} × {match.group('pct')}")
        # The base is the budget of the same measure ("预算4685万…实际是预算的20%"): gone;
        # a figure of another measure ("总收入") stays as what it is.
        if base.measure in (None, named[0]):
            result.remove(base)
        elif base.relative and base.doubt and "比例" in base.doubt:
            result[result.index(base)] = replace(base, doubt=None, relative=False)
        result.append(derived)
    return sorted(result, key=lambda o: o.start)


def _share_value(raw: str) -> Decimal | None:
    """"25%" → 0.25, "百分之二十" → 0.2, "两成" → 0.2, "一半" → 0.5; None past 100 %."""
    raw = raw.replace(" ", "").replace("％", "%")
    try:
        if raw.endswith("%"):
            value = Decimal(raw[:-1]) / 100
        elif raw.startswith("百分之"):
            value = parse_numeral(raw.removeprefix("百分之")) / 100
        elif raw.endswith("成"):
            value = parse_numeral(raw[:-1]) / 10
        else:
            value = Decimal("0.5")
    except (ValueError, ArithmeticError):
        return None
    return value if 0 < value <= 1 else None


def _phrase_start(text: str, position: int) -> int:
    """Where the phrase holding ``position`` begins.

    After the last ，。；!? before it, or a space between Chinese words ("隔壁一家药厂实际投入
    是874万 500万元的实际投入").
    """
    start = max(text.rfind(mark, 0, position) for mark in "，,；;。!！?？") + 1
    spaces = [m.end() for m in _CJK_SPACE.finditer(text, start, position)]
    return spaces[-1] if spaces else start


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff0-9])")


def _without_planned(observations: list[Observation]) -> list[Observation]:
    """Planned figures dropped where an actual figure of that measure is stated beside them.

    "去年600万，今年预计900万" applies on the 600万; a budget next to the actual investment
    is no second investment. A plan alone stays: it is all the user gave.
    """
    actual = {o.measure for o in observations if not o.planned and o.amount is not None}
    # A cue-less actual figure may be the planned one's measure too ("预算200万，实际150万").
    return [o for o in observations if not o.planned or not (
        o.measure in actual or None in actual or (o.measure is None and actual))]


_PLANNED = re.compile(r"预计|预期|预测|计划|打算|拟|目标|预算|规划|将要|将会|明年|"
                      r"expected|projected|planned|planning|budget(?:ed)?|forecast|target|"
                      r"next year",
                      re.IGNORECASE)
_SUPPOSED = re.compile(r"(?:如果|假如|要是|假设|假定|若是|万一|\bif\b|\bsuppose\b)[^，,。；;]*$",
                       re.IGNORECASE)
_PLAN_REACH = 10
_PLAN_REACH_EN = 28  # "We had planned to invest RMB 96.67 million": words are longer
_ON_TOP_BEFORE = re.compile(r"还有|另外|另有|额外|再加上?|加上|外加|另计|on top|plus|also|"
                            r"in addition|additional", re.IGNORECASE)
_ON_TOP_AFTER = re.compile(r"^[^，,。；;]{0,4}(?:没算|没有算|未算|未计入|没计入|没包括|不包括|"
                           r"没含|不含在|not included|not counted)", re.IGNORECASE)
# "我记得是50万，但财务说是43万，不确定哪个对", "同事说是2亿，我这边统计是9070万，拿不准":
# a second value reported by another source, in a message that says it is unsure.
_DISPUTED = re.compile(r"(?:(?:但|可是|不过|而|另外)?[^，,。；;]{0,8}"
                       r"(?:说是|说|统计是|统计的是|算的是|记得是|写的是|写着|显示是|显示|报的是)|"
                       # "不过财务给的另一个口径是4315万": another source's value
                       r"(?:但|可是|不过|而)[^，,。；;]{0,12}(?:口径|数字|数据|数)(?:是|为)?)\s*$")
_UNSURE = re.compile(r"不确定|拿不准|说不准|吃不准|不清楚哪个|不一样|不一致|对不上|记不清|记不太清|"
                     r"哪个对|哪个准|not sure|unsure|don't know which|conflict", re.IGNORECASE)
# "2331万（财务报表上又写的是4451万）": a second report of it, set apart or said "again".
_ANOTHER_REPORT = re.compile(r"又|[（(]|另一个|另外一个|another|but")
# "投资总额2000万还是1亿", "有人说2千万有人说1亿": another value of the same figure.
_ALTERNATIVE = re.compile(r"还是|或者|或是|要么|也可能是|也有人?说|有人说|一个说|另一个说|\bor\b")
_ASKED_SEGMENT = re.compile(r"吗|么|[?？]|这条|那条|这一条|这项|该条|算不算|是不是|能不能|可不可以|"
                            r"\b(?:does|do|is|can|would)\b.*\?", re.IGNORECASE)


def _segment_around(text: str, start: int, end: int) -> str:
    """The comma-delimited segment a figure stands in, its closing mark included."""
    left = max(text.rfind(c, 0, start) for c in "，,。；;！!？?\n") + 1
    rights = [i for c in "，,。；;！!？?\n" if (i := text.find(c, end)) >= 0]
    return text[left:min(rights) + 1 if rights else len(text)]


# A sentence (up to 。；！？ or a line break) and a segment of one (up to a comma as well).
SENTENCE = re.compile(r"[^。；;！？!?\n]+")
SEGMENT = re.compile(r"[^，,。；;！？!?\n]+")


def _without_deferred(text: str, observations: list[Observation],
                      cues: list[tuple[str, str, str | None]]) -> list[Observation]:
    """Drop the figures a deferral refers to.

    Those of the measure its own phrase names ("活动费用那个下次再问"), else those of the
    phrase just before it ("平台投了2000万，不过那个下次再问").
    """
    dropped: set[int] = set()
    lowered = text.lower()
    for sentence in SENTENCE.finditer(text):
        segments = list(SEGMENT.finditer(text, sentence.start(), sentence.end()))
        for index, segment in enumerate(segments):
            if not _DEFERRED.search(segment.group(0)):
                continue
            named = {m for cue, m, _ in cues if cue in lowered[segment.start():segment.end()]
                     and m != "unrelated" and not m.startswith(_WEAK)}
            if named:
                dropped |= {id(o) for o in observations if o.measure in named
                            and sentence.start() <= o.start < sentence.end()}
                continue
            for earlier in reversed(segments[:index + 1]):
                inside = [o for o in observations if earlier.start() <= o.start < earlier.end()]
                if inside:
                    dropped |= {id(o) for o in inside}
                    break
    return [o for o in observations if id(o) not in dropped]


# Words that open an aside ("顺便提一句，…，不过那个下次再问").
# "之前每年都没到5亿": a figure about the past, not the one the rule reads now.
_PAST = re.compile(r"(?:之前|以前|此前|往年|过去|历年|以往|原来|曾经)[^，,。；;0-9]{0,8}$")
_SEGMENT_BREAK = re.compile(r"[，,；;：:]")
_LABEL_COLON = re.compile(r"^\s*[：:]")
_ASIDE = re.compile(r"顺便|附带|另外|对了|此外|还有|by the way|btw|incidentally", re.IGNORECASE)
_NUMBER = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]")


def without_deferred_asides(text: str, vocabulary: Vocabulary) -> str:
    """The message without the asides the user defers ("…，不过那个下次再问").

    What is put off is not part of this question: neither its figures nor its words may
    choose the provision. A deferral that names its measure ("活动费用那个下次再问") is
    left to the figure reader, which drops only that measure's figures.
    """
    if not _DEFERRED.search(text):
        return text
    cues = _cue_table(vocabulary)
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for sentence in SENTENCE.finditer(text):
        segments = list(SEGMENT.finditer(text, sentence.start(), sentence.end()))
        for index, segment in enumerate(segments):
            if not _DEFERRED.search(segment.group(0)):
                continue
            if any(cue in lowered[segment.start():segment.end()] for cue, m, _ in cues
                   if m != "unrelated" and not m.startswith(_WEAK)):
                continue
            earlier = segments[:index]
            opening = next((s for s in reversed(earlier) if _ASIDE.search(s.group(0))), None)
            if opening is None:
                opening = next((s for s in reversed(earlier) if _NUMBER.search(s.group(0))),
                               None)
            start = opening.start() if opening is not None else segment.start()
            spans.append((start, segment.end()))
    kept, position = [], 0
    for start, end in spans:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    return "".join(kept)


def _clause_end(starts: list[int], index: int, text: str) -> int:
    return starts[index + 1] if index + 1 < len(starts) else len(text)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause, split as figures are (so ``Observation.clause`` indexes it)."""
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    return [(start, _clause_end(starts, i, text)) for i, start in enumerate(starts)]


# Words pointing back at a figure said before ("之前那个是…", "that one was…").
_BACK_REFERENCE = re.compile(r"(?:之前|刚才|前面|上面|原来|先前|上次)(?:说的)?"
                             r"(?:那个|那笔|那个数|的数)|"
                             r"\bthe (?:earlier|previous|first) (?:one|figure)\b|\bthat one\b")


def _named_elsewhere(text: str, observations: list[Observation],
                     cues: list[tuple[str, str, str | None]]) -> list[Observation]:
    """Year-marked figures with no cue of their own belong to the one measure named.

    "去年是2.31亿，今年是24.35亿，主营业务收入第一次上5亿".
    """
    loose = [o for o in observations if o.measure is None and o.hint is None
             and (o.year is not None or o.role is not None)]
    if not loose:
        return observations
    lowered = text.lower()
    named: set[str] = {o.measure for o in observations if o.measure}
    taken: list[tuple[int, int]] = []
    for cue, measure, _ in cues:  # longest first: 收入 inside 主营业务收入 names nothing
        for found in re.finditer(re.escape(cue), lowered):
            span = found.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            taken.append(span)
            clause_start = _clause_start(lowered, span[0])
            if _BACK_REFERENCE.search(lowered[clause_start:span[0]]):
                continue  # "之前那个是含税的合同额": what the earlier figure was, not this one
            if measure != "unrelated" and not measure.startswith(_WEAK):
                named.add(measure)
    if len(named) != 1:
        return observations
    measure = named.pop()
    return [replace(o, measure=measure) if o in loose else o for o in observations]


# Right after a measure's own words, a bare number is that figure with its unit left out.
_UNITLESS_REACH = 8
_UNITLESS_REACH_EN = 32
_YEAR_LIKE = range(1900, 2101)
_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# A word right after the number makes it a count or a label ("8份", "1 Class"); a bare
# figure ends its phrase ("5365。", "577，能拿多少", "3.8？？") or asks ("3.8能拿多少").
# A list's or a table's label ("1）", "活动1：", "品种1 |") is no figure either.
_WORD_AFTER = re.compile(r"\s*(?:(?![能可吗呢么])\w|[)）:：|%‰])")


def _unitless(text: str, mention: NumberMention, clause_start: int, clause: int,
              cues: list[tuple[str, str, str | None]], vocabulary: Vocabulary,
              marks: list[TimeMark]) -> Observation | None:
    """"服务金额5365" / "transaction value was 84.81": a measure's figure without its unit.

    Kept in doubt with the number as written, so the answer asks for the unit instead of
    guessing 元 or 万元, and a later "单位是万元" completes it.
    """
    value = mention.value
    if value is None or mention.unit or mention.currency is not None or mention.doubt \
            or value <= 0 or mention.after in _NOT_MONEY_AFTER \
            or not _DIGITS.fullmatch(mention.text) \
            or _WORD_AFTER.match(text, mention.end) \
            or (value == value.to_integral_value() and int(value) in _YEAR_LIKE):
        return None  # "一个品种", "共签了8份合同", "for 1 Class 1": no figure left bare
    english = is_english(text[max(0, mention.start - 40):mention.start])
    reach = _UNITLESS_REACH_EN if english else _UNITLESS_REACH
    window_start = max(clause_start, mention.start - reach)
    measure, component = _cue(text, mention, window_start, clause_start, cues, vocabulary)
    if measure is None or measure not in vocabulary.measures:
        return None
    observation = _observation(mention, measure, component,
                               _mark(marks, mention, window_start, text), None, clause, vocabulary)
    return replace(observation, amount=None, doubt=f"“{mention.text}”没有写单位", bare=str(value))


def _is_money(mention: NumberMention, text: str) -> bool:
    if mention.doubt and mention.value is None:
        return bool(mention.unit) or mention.currency is not None or "^" in mention.text \
            or "e" in mention.text.lower()
    return mention.is_money_like and mention.after not in _NOT_MONEY_AFTER


_WEAK = "weak:"


_CONVERTED_AMOUNT = re.compile(r"[0-9.,]+\s*[万亿]?元?")


def is_english(text: str) -> bool:
    """Whether a stretch of the message is English, amounts aside ("1700000元 in fees")."""
    return _CONVERTED_AMOUNT.sub("", text).isascii()


def _cue_table(vocabulary: Vocabulary) -> list[tuple[str, str, str | None]]:
    """(cue, measure or "unrelated", component) longest first, so 主营业务收入 beats 收入."""
    table: list[tuple[str, str, str | None]] = []
    for measure in vocabulary.measures.values():
        table += [(cue, measure.name, None) for cue in measure.cues]
        table += [(cue, _WEAK + measure.name, None) for cue in measure.weak_cues]
    for spec in vocabulary.facts.values():
        for component in spec.components:
            table += [(cue, spec.measure or "", component.name) for cue in component.cues]
    table += [(cue, "unrelated", None) for cue in vocabulary.unrelated_cues]
    # English compounds are written with a hyphen too: "service-revenue question".
    table += [(cue.replace(" ", "-"), measure, component) for cue, measure, component in table
              if " " in cue and cue.isascii()]
    # Longest first; on a tie a component cue (注册费 as a part) before the measure's own.
    return sorted(table, key=lambda row: (-len(row[0]), row[2] is None))


_GLOSS = re.compile(r"[（(]\s*(?:含|包括|包含|including|incl\.?)[^（）()]*[）)]\s*$")


# "合同口径", "财务口径": a word naming how a figure was counted, not what it measures.
_BASIS = "口径"


def _named_before_only(cue: str, component: str | None) -> bool:
    """A short Chinese name of a part (检测) names only the figure after it.

    "600万元建设检验检测服务平台": after a figure, 检测 is part of another word.
    """
    return component is not None and len(cue) < 3


def _weak_cue_applies(measure: str, text: str, vocabulary: Vocabulary) -> bool:
    """Whether a weak cue of ``measure`` may hint at it in this (lower-cased) message."""
    spec = vocabulary.measures.get(measure)
    return spec is None or not spec.weak_needs_cue or any(c in text for c in spec.cues)


def _denied_after(after: str, position: int, vocabulary: Vocabulary) -> bool:
    """Whether the cue at ``position`` after a figure is denied ("237万不算注册费").

    Such a cue says what the figure is not, so it never names the figure's measure.
    """
    return vocabulary.negation is not None and \
        vocabulary.negation.search(after, 0, position) is not None


def _cue(text: str, mention: NumberMention, window_start: int, clause_start: int,
         cues: list[tuple[str, str, str | None]],
         vocabulary: Vocabulary) -> tuple[str | None, str | None]:
    """The nearest cue before the figure (or just after it), sharpened by a qualifier."""
    # "实际注册费用（含海外注册费、检测费、当地代理费）1750万": the bracket defines the
    # measure before it; its parts are no cue of this figure.
    before = _GLOSS.sub(lambda m: " " * len(m.group()), text[window_start:mention.start].lower())
    after = text[mention.end:mention.end + _WINDOW_AFTER].lower()
    stop = _AFTER_STOP.search(after)
    after = after[:stop.start()] if stop else after
    english = is_english(after) and is_english(text[max(0, mention.start - 30):mention.start])
    if not english and not is_english(after):
        # Chinese puts the measure before the figure; after it only "600万的服务额",
        # "2.9亿美元的License-out合同".
        after = after[:16] if after.startswith("的") else after[:8]
        # "二十五亿零二百万整 利润没多少": a space after Chinese words ends the phrase.
        after = _CJK_SPACE.split(after, maxsplit=1)[0]
    best: tuple[tuple[int, int, int], str, str | None, str] | None = None
    lowered_text = text.lower()
    for cue, measure, component in cues:
        weak = int(measure.startswith(_WEAK))  # a specific cue anywhere beats a bare verb
        if weak and not _weak_cue_applies(measure.removeprefix(_WEAK), lowered_text,
                                          vocabulary):
            continue
        position = before.rfind(cue)
        if position >= 0 and measure == "unrelated" and _SEGMENT_BREAK.search(
                _LABEL_COLON.sub("", before[position + len(cue):], count=1)):
            # "团队200人，我们投了1.22亿": a head count's word is not this figure's; the colon
            # of a form's field ("营业成本：50") is no break.
            position = -1
        if position >= 0 and before.startswith(_BASIS, position + len(cue)):
            position = -1  # "合同口径1030万、财务口径2264万": a basis of counting, no measure
        if position >= 0:
            rank = (weak, len(before) - (position + len(cue)), -len(cue))
            if best is None or rank < best[0]:
                best = (rank, measure, component, cue)
        if not english and _named_before_only(cue, component):
            continue
        if (position := after.find(cue)) >= 0 and _denied_after(after, position, vocabulary):
            position = -1
        if position >= 0 and (best is None or best[0][1] > 6 or english):
            # English names the measure after the figure ("1909m yuan in sales"): there a
            # cue right after beats one a few words before.
            rank = (weak, position // 4 if english else 6 + position, -len(cue))
            if best is None or rank < best[0]:
                best = (rank, measure, component, cue)
    if best is None:
        return None, None
    measure = best[1]
    if measure.startswith(_WEAK):
        rest = text[mention.end:mention.end + 20].lower()
        stop = _AFTER_STOP.search(rest)
        rest = rest[:stop.start()] if stop else rest
        later = [(rest.find(cue), name, component) for cue, name, component in cues
                 if not name.startswith(_WEAK) and name != "unrelated" and cue in rest
                 and not _named_before_only(cue, component)
                 and not _denied_after(rest, rest.find(cue), vocabulary)]
        if later:
            _, measure, component = min(later, key=lambda row: row[0])
            return measure, component
        return None, measure  # "投了80万": a figure; the weak verb only hints at the measure
    qualifiers = vocabulary.measures[measure].qualifiers if measure in vocabulary.measures \
        else {}
    if qualifiers:
        wide = text[max(clause_start, mention.start - _QUALIFIER_WINDOW):mention.start].lower()
        own = _SEGMENT_BREAK.split(wide)[-1]
        for qualifier, sharper in qualifiers.items():
            # In the figure's own segment, or naming the same word before ("主营业务收入首次
            # 突破5亿，今年收入50亿"); "服务金额1000万，公司总营收1.8亿" is revenue.
            if qualifier in own or re.search(
                    re.escape(qualifier) + r"[^，,；;。]{0,4}" + re.escape(best[3]), wide):
                return sharper, None
    return measure, best[2]


# Between an English figure and the period after it: "7 million last year", "3 million in
# 2024", "20.1 million of it last year" (a part of a total just named).
_ENGLISH_PERIOD_LINK = re.compile(
    r"\s*(?:of\s+(?:it|which|that|this|them|those)\s+)?(?:(?:in|for|during)\s+(?:the\s+)?)?",
    re.IGNORECASE)


def _mark(marks: list[TimeMark], mention: NumberMention, window_start: int,
          text: str) -> TimeMark | None:
    """The year word governing a figure.

    "1910万元（去年）" right after it (or an English period after it), else the nearest
    before it, else one shortly after it in the same clause.
    """
    for mark in marks:
        between = text[mention.end:mark.start]
        if mark.start >= mention.end and re.fullmatch(r"\s*[(（]\s*", between) \
                and re.match(r"\s*[)）]", text[mark.end:]):
            return mark
        if mark.start >= mention.end and _ENGLISH_PERIOD_LINK.fullmatch(between) \
                and (between.strip() or text[mark.start:mark.end].isascii()):
            # English puts the period after the figure: "3 million yuan in 2024",
            # "12 million over two years", "7 million last year", "2 million of it in 2025".
            return mark
    before = [m for m in marks if window_start <= m.start and m.end <= mention.start]
    if before:
        return before[-1]
    reach = 30 if is_english(text[mention.end:mention.end + 30]) else 14
    after = [m for m in marks if mention.end <= m.start <= mention.end + reach
             and not re.search(r"[，,。；;(（：:]", text[mention.end:m.start])]
    return after[0] if after else None


def _observation(mention: NumberMention, measure: str | None, component: str | None,
                 mark: TimeMark | None, role: Literal["from", "to"] | None, clause: int,
                 vocabulary: Vocabulary, hint: str | None = None) -> Observation:
    currency = mention.currency or "CNY"
    doubt = mention.doubt
    amount = int(mention.value) if mention.value is not None and \
        mention.value == mention.value.to_integral_value() else None
    if mention.value is not None and amount is None and doubt is None:
        amount = int(mention.value)  # 1.23456789万 → whole yuan, rounded down
    # The most a figure of this measure can sanely be (5000亿 of platform investment is
    # a slip of the unit), declared per fact; any measure's most when the measure is unknown.
    limits = [s.maximum or 0 for s in vocabulary.facts.values()
              if s.type == "money" and (measure is None or s.measure == measure)]
    if amount is not None and limits and amount > max(limits):
        doubt = doubt or f"“{mention.text}”超出了合理的金额范围"
    bound = None
    if mention.lower is not None or mention.upper is not None:
        bound = Bound(int(mention.lower) if mention.lower is not None else None,
                      int(mention.upper) if mention.upper is not None else None,
                      low_inclusive=mention.lower_inclusive,
                      high_inclusive=mention.upper_inclusive, high_shown=not mention.little_over)
    return Observation(
        measure=measure, amount=amount, currency=currency,
        year=mark.year if mark else None, period=mark.period if mark else None,
        start=mention.start, clause=clause, text=mention.text, component=component, hint=hint,
        role=role,
        bound=bound, doubt=doubt, explicit_currency=mention.currency is not None,
        reached=mention.reached)
