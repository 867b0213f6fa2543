"""Read every number a user writes, in any of the ways people write them, or say why not.

六亿三千二百万, 3亿2千万, 3.2亿, 32000万, 320,000,000元, 383万1158元, 两亿五, 80w, 1kw,
6个亿, 一点五亿 and full-width digits are all exact integers here. A number that
cannot be a clean figure is kept with the reason it is doubtful — a range
(800-900万), a malformed decimal (1.2.3亿), an exponent (1e308), a negative, an
estimate (几百万, 左右), a bound (不到 / 超过) — so the dialogue can ask instead
of computing. This module knows numerals and how they are qualified; it knows
nothing of any policy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8}
_NUMBER_CHARS = "0-9.零〇一二两三四五六七八九十百千万亿点"
# A run of numeral characters; ``个`` before 亿/万 (6个亿) and w/kw (80w, 1kw) are folded first.
_RUN = re.compile(rf"[{_NUMBER_CHARS}]*[0-9零〇一二两三四五六七八九十百千]"
                  rf"(?:[{_NUMBER_CHARS}]|[多余](?=[万亿千百]))*")
_FRACTION = re.compile(r"([0-9]+|[一二两三四五六七八九十]+)\s*分之\s*([0-9]+|"
                       r"[一二两三四五六七八九十]+)")
_GE = re.compile(r"(?<=[0-9零〇一二两三四五六七八九十百千])\s*个\s*(?=[亿万]|(?:kw|w)(?![a-z]))",
                 re.IGNORECASE)
_LAI_SCALE = re.compile(r"([0-9零〇一二两三四五六七八九十百千])来([万亿])")
_MORE_GE = re.compile(r"([0-9零〇一二两三四五六七八九十百千])\s*个\s*多\s*([亿万])")
_W = re.compile(r"(?<=[0-9])\s*(kw|KW|Kw|w|W)(?![a-zA-Z])")
_EXPONENT = re.compile(r"(?<![0-9.])(\d+(?:\.\d+)?)\s*(?:[eE]\s*\+?|[x×*]\s*10\s*\^|"
                       r"\^)\s*(\d{1,4})")
_CURRENCY = re.compile(
    r"\s*(?P<cur>美元|美金|欧元|英镑|日元|港元|港币|澳元|韩元|卢布|人民币|元人民币|元|块钱|块|米|刀|"
    r"rmb|cny|usd|eur|gbp|jpy|hkd|dollars?|euros?|yuan)?", re.IGNORECASE)
_FOREIGN = {"美元": "USD", "美金": "USD", "刀": "USD", "usd": "USD", "dollar": "USD",
            "dollars": "USD", "欧元": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
            "英镑": "GBP", "gbp": "GBP", "日元": "JPY", "jpy": "JPY", "港元": "HKD",
            "港币": "HKD", "hkd": "HKD", "澳元": "AUD", "韩元": "KRW", "卢布": "RUB"}
# A currency named on its own ("是美元的", "人民币"): the answer to "which currency?".
_CURRENCY_WORD = re.compile(
    r"美元|美金|欧元|英镑|日元|港元|港币|澳元|韩元|卢布|人民币|\b(?:rmb|cny|usd|eur|gbp|jpy|hkd|"
    r"dollars?|euros?|yuan)\b", re.IGNORECASE)


def currency_named(text: str) -> str | None:
    """The currency a message without figures names (CNY for 人民币), if exactly one."""
    if read_numbers(text):
        return None
    codes = {_FOREIGN.get(m.group(0).lower(), "CNY") for m in _CURRENCY_WORD.finditer(text)}
    return codes.pop() if len(codes) == 1 else None


# The end of the doubt an estimate carries ("“3130万”是约数").
ESTIMATE_DOUBT = "是约数"
# Words that make a figure an estimate, a range end or a bound rather than the figure itself.
_APPROX_BEFORE = re.compile(r"(大约|大概|约|差不多|估计|估算|将近|接近|近|几乎|左右是?|"
                            r"roughly|(?<!what )(?<!how )about|around|approximately|approx\.?|"
                            r"circa|~|nearly|almost)\s*(?:有|是|在|为|达到?|花了?|要)?\s*$",
                            re.IGNORECASE)
_APPROX_AFTER = re.compile(r"^\s*(左右|上下|出头|来(?![着著])|余|多点|多一点|多|几|-?ish\b|"
                           r"or so\b)(?![0-9])",
                           re.IGNORECASE)
# "两三个", "三四百万": two neighbouring numerals are a guess, not a number (23, 34).
APPROX_PAIR = re.compile(r"一两|两三|二三|三四|四五|五六|六七|七八|八九")
# "第一次上8个亿": reached that figure — the figure itself, unless it is the clause's own mark.
_REACHED_BEFORE = re.compile(r"(?:上了?|站上了?)\s*$")
# "不过5811万元这个数…" opens an aside ("but"), it sets no floor; "到过23.65亿" reached it.
_FLOOR_BEFORE = re.compile(r"(突破了?|超过了?|超出了?|超了|超|破了?|(?<![不没未到])过了?|"
                           r"迈过了?|跨过了?|跨越了?|"
                           r"站上了?|"
                           r"越过了?|逾|高于|多于|大于|不低于|"
                           r"不少于|至少|exceed(?:ed|s|ing)?|over|more than|above|at least|"
                           r"(?:sur)?pass(?:ed|es|ing)?|cross(?:ed|es|ing)?|top(?:ped|s)?|"
                           r"br(?:oke|eaks?|eaking) (?:through )?)\s*$",
                           re.IGNORECASE)
# "65万+" is at least 65万; "65万元+127万" adds two figures.
_A_LITTLE_OVER = re.compile(r"^\s*(?:出头|多一点|多点|挂零)")
_FLOOR_AFTER = re.compile(r"^\s*(以上|多|出头|plus\b(?!\s*[0-9])|"
                          r"\+(?!\s*[0-9零一二两三四五六七八九十]))", re.IGNORECASE)
_CEILING_BEFORE = re.compile(r"(差一点就?到|差点到|快到|还差一点到|"
                             # "以前最高没到过5000万", "之前从没到过10亿": always below it
                             r"(?:没|没有|未|从没|从未|从来没有?|从来没)(?:到|达到|超|超过|突破|上)过|"
                             r"不到|不足|低于|少于|小于|未达到?|没到|没有到|不满|不超过|至多|"
                             r"没有?超过|未超过|没有?突破|未突破|没有?过|未过|没破|"
                             r"less than|under|below|at most|never (?:exceeded|crossed|"
                             r"passed))\s*$",
                             re.IGNORECASE)
_CEILING_AFTER = re.compile(r"^\s*(以内|以下|之内|不到)")
_NOT_BELOW = re.compile(r"(不低于|不少于|不小于|至少|不下于|at least|"
                        r"no less than)\s*$", re.IGNORECASE)
_NOT_ABOVE = re.compile(r"(不高于|不多于|不大于|不超过|至多|at most|no more than)\s*$",
                        re.IGNORECASE)
_EXCLUSIVE_FLOOR = re.compile(r"(超过|突破|破|逾|高于|多于|大于|迈过|跨过|越过|exceed|over|"
                              r"more than|"
                              r"above)\S{0,2}$",
                              re.IGNORECASE)
_EXCLUSIVE_CEILING = re.compile(r"(不到|不足|低于|少于|小于|未达到?|没到|没有到|不满|less than|"
                                r"under|"
                                r"below)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|~|～|—|–|至|到|或|to)\s*(?=[0-9零〇一二两三四五六七八九十])",
                         re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(r"(-|−|负的?|minus\s*)$", re.IGNORECASE)
_VAGUE = re.compile(r"(几|数|好几|若干)(十|百|千|万|亿)+")


@dataclass(frozen=True)
class NumberMention:
    """One number in the text, exactly as far as it can be read.

    ``value`` is None when the text is not a number at all (1.2.3亿); ``doubt`` names
    what makes the figure unusable as an exact amount, in Chinese, for asking back.
    ``lower``/``upper`` are the bounds it establishes (a floor, a ceiling, a range).
    """

    start: int
    end: int
    text: str
    value: Decimal | None
    unit: str  # the scale words written (万, 亿, …) — empty for a bare number
    currency: str | None  # CNY, USD, … when written; None for a bare number
    after: str  # the next character after the number and its currency ("期", "类", "年" …)
    doubt: str | None = None
    lower: Decimal | None = None
    upper: Decimal | None = None
    lower_inclusive: bool = True
    upper_inclusive: bool = True
    # "上5亿": reached that figure; exact unless it only restates a threshold.
    reached: bool = False
    # "一千万出头": ``upper`` is the reach of "a little over", not a figure said.
    little_over: bool = False

    @property
    def exact(self) -> bool:
        """A clean figure the calculator may use."""
        return self.value is not None and self.doubt is None and self.lower is None \
            and self.upper is None

    @property
    def is_money_like(self) -> bool:
        """Written with a scale word (万/亿) or a currency, so it can be an amount."""
        return bool(self.unit) or self.currency is not None


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# "实际投入了6 900万", "11 200万", "1 234 567元": a space between digit groups separates
# thousands too, when the groups after it are of three digits and a unit follows.
_SPACED = re.compile(r"(?<![0-9.])(\d{1,3})((?:[ \u00a0\u2009\u202f]\d{3})+)(?![0-9.])"
                     r"(?=\s*(?:万|亿|元|w|W|个|美元|块|rmb|RMB|yuan))")

# "代理费61 万", "600 万元": a space between a figure and its scale word is no break.
_SPACED_UNIT = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f]+(?=[万亿])")


# 大写 numerals of cheques and contracts (壹仟贰佰万元): folded into the everyday ones, only
# inside a run of numeral characters (收拾 keeps its 拾).
_FINANCIAL = str.maketrans("壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬圆圓",
                           "一二二三三四五六六七八九十百千万元元")
_FINANCIAL_RUN = re.compile(r"[零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬]*"
                            r"[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]"
                            r"[零〇一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬圆圓]*")


# "投资总额一个2千万一个1亿": the 一 of 一个 after 千万 starts a count; it is no 万一 (=1000).
_COUNT_AFTER_SCALE = re.compile(r"(?<=[万亿千百])([一二两三四五六七八九])"
                                r"(?=\s*[个家项款种位名次件])")


def _folded_financial(run: re.Match[str]) -> str:
    """A run that is a 大写 amount: two 大写 characters, or one before its unit."""
    raw = run.group(0)
    financial = sum(ch in "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬圆圓" for ch in raw)
    if financial >= 2 or raw[-1] in "万亿萬圆圓" or run.string[run.end():run.end() + 1] in (
            "万", "亿", "元", "圆"):
        return raw.translate(_FINANCIAL)
    return raw


def prepare(text: str) -> str:
    """Fold the colloquial forms (6个亿, 80w, 1kw), 大写 numerals and thousands separators."""
    text = _FINANCIAL_RUN.sub(_folded_financial, text)
    text = _COUNT_AFTER_SCALE.sub(r" \1", text)
    text = _MORE_GE.sub(r"\1\2多", text)  # "三个多亿" is 三亿多
    text = _LAI_SCALE.sub(r"\1\2来", text)  # "八百来万" is 八百万来: about 800万
    text = _SPACED.sub(lambda m: m.group(1) + re.sub(r"\s", "", m.group(2)), text)
    text = _SPACED_UNIT.sub("", text)
    text = _THOUSANDS.sub("", _GE.sub("", text))
    return _W.sub(lambda m: "千万" if m.group(1).lower() == "kw" else "万", text)


def read_numbers(text: str) -> list[NumberMention]:
    """Every number in ``text`` (already NFKC-folded and prepared), left to right."""
    found: list[NumberMention] = []
    position = 0
    while True:
        exponent = _EXPONENT.search(text, position)
        run = _RUN.search(text, position)
        if run is None and exponent is None:
            break
        if exponent is not None and (run is None or exponent.start() <= run.start()):
            found.append(_exponent_mention(text, exponent))
            position = _currency_end(text, exponent.end())
            continue
        assert run is not None
        mention = _mention(text, run)
        position = max(mention.end, run.end())
        if not _UNIT_NAME.fullmatch(mention.text) or _VAGUE_COUNT_BEFORE.search(
                text, 0, mention.start):
            found.append(mention)
    return _join_ranges(text, found)


# "不是万，是千元": a one-character scale word with no number before it names a unit
# (十万 alone is an amount: 十万元 is 100,000元).
_UNIT_NAME = re.compile(r"[千万亿]")
# "几百万", "数千万", "上亿": a vague amount, which is flagged, not a unit named.
_VAGUE_COUNT_BEFORE = re.compile(r"(?:几|数|上|好几|成)\s*$")


def parse_numeral(raw: str) -> Decimal:
    """The value of one numeral run (Arabic, Chinese or mixed), exactly.

    Raises:
        ValueError: the run is not one well-formed number (1.2.3, 五五点, 三四百).
    """
    tokens = _tokens(raw.replace(",", ""))
    if not any(kind in ("num", "small", "zero") for kind, _ in tokens):
        raise ValueError(raw)
    yi = below_yi = section = number = Decimal(0)
    previous, last_big, counted = "", 0, False  # counted: a digit since the last scale word
    for kind, value in tokens:
        if kind == "num":
            number, counted = value, True
        elif kind == "zero":
            counted = counted or previous == ""
        elif kind == "small":
            section += (number if counted else Decimal(1)) * value
            number, counted = Decimal(0), True
        elif kind == "big":
            if previous == "big" and not (value == 10**8 and last_big == 10**4):
                raise ValueError(raw)  # 120万万万: only 万亿 stacks two scale words
            chunk = section + number
            if value == 10**4:
                below_yi += (chunk if counted else Decimal(1)) * value
            else:  # 亿 scales everything before it, 万亿 included
                whole = yi + below_yi + chunk
                yi = (whole if counted or whole else Decimal(1)) * value
                below_yi = Decimal(0)
            section = number = Decimal(0)
            last_big, counted = int(value), False
        previous = kind
    last, before_last = tokens[-1], tokens[-2] if len(tokens) > 1 else ("", Decimal(0))
    if last[0] == "num" and before_last[0] == "big" and _single_digit(last[1]):
        number = last[1] * before_last[1] / 10  # 两亿五 = 2亿5千万, 8万5 = 8万5千
    return yi + below_yi + section + number


def _tokens(text: str) -> list[tuple[str, Decimal]]:
    """Num / small (十百千) / big (万亿) / zero tokens; malformed input raises ValueError."""
    if len(text) > 1 and all(ch in _CN_DIGIT for ch in text):
        # 二零二五 / 二〇二五: written digit by digit (years, codes), no place words.
        return [("num", Decimal(int("".join(str(_CN_DIGIT[ch]) for ch in text))))]
    tokens: list[tuple[str, Decimal]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            digits = text[i:j]
            if digits.count(".") > 1 or digits.startswith(".") or digits.endswith("."):
                raise ValueError(digits)
            tokens.append(("num", Decimal(digits)))
            i = j
        elif ch == "零" or (ch == "〇" and not (i + 1 < len(text) and text[i + 1] in _CN_DIGIT)):
            tokens.append(("zero", Decimal(0)))  # 一万零一: a gap in the places, not a digit
            i += 1
        elif ch in _CN_DIGIT:
            j = i
            while j < len(text) and text[j] in _CN_DIGIT and text[j] != "零":
                j += 1
            run = text[i:j]
            if len(run) > 1 and j < len(text) and text[j] in "十百千万亿":
                raise ValueError(text)  # 三四百万: "three or four million", not a figure
            value = Decimal(int("".join(str(_CN_DIGIT[c]) for c in run)))
            if j < len(text) and text[j] == "点":
                k = j + 1
                while k < len(text) and text[k] in _CN_DIGIT:
                    k += 1
                if k == j + 1:
                    raise ValueError(text)
                value += Decimal("0." + "".join(str(_CN_DIGIT[c]) for c in text[j + 1:k]))
                j = k
            tokens.append(("num", value))
            i = j
        elif ch in _SMALL:
            tokens.append(("small", Decimal(_SMALL[ch])))
            i += 1
        elif ch in _BIG:
            tokens.append(("big", Decimal(_BIG[ch])))
            i += 1
        else:
            raise ValueError(text)  # 点 with no digits after it, stray characters
    return tokens


def _single_digit(value: Decimal) -> bool:
    return value == value.to_integral_value() and 0 < value < 10


def _mention(text: str, run: re.Match[str]) -> NumberMention:
    raw = run.group(0).strip(".")
    start = run.start() + (len(run.group(0)) - len(run.group(0).lstrip(".")))
    end = start + len(raw)
    currency_match = _CURRENCY.match(text, end)
    more_before_currency = False
    little_over = False
    if not (currency_match and currency_match.group("cur")) and text[end:end + 1] in ("多", "余"):
        currency_match = _CURRENCY.match(text, end + 1)  # "1亿多美元": more than 1亿, in USD
        more_before_currency = bool(currency_match and currency_match.group("cur"))
    token = (currency_match.group("cur") or "") if currency_match else ""
    unit = "".join(ch for ch in raw if ch in "万亿")
    # 米 and 块 are money only after a scale word (800万米); otherwise they are metres/pieces.
    if token in ("米", "块", "刀") and not unit:
        token = ""
    stop = currency_match.end() if token and currency_match else end
    currency = None if not token else _FOREIGN.get(token.lower(), "CNY")
    after = text[stop:stop + 1]
    before = text[max(0, start - 12):start]
    doubt: str | None = None
    loose = "多" in raw or "余" in raw  # 500多万, 3000余万: more than, not exactly
    lower = upper = None
    try:
        value: Decimal | None = parse_numeral(raw.replace("多", "").replace("余", ""))
    except (ValueError, InvalidOperation):
        value, doubt = None, f"“{raw}”不是一个有效的数字"
        if pair := APPROX_PAIR.search(raw):
            # "两三亿": between 2亿 and 3亿, a range, never one figure.
            lower, upper = _pair_ends(raw, pair)
            doubt = f"“{raw}”是一个范围" if lower is not None else doubt
    if value is not None and (loose or APPROX_PAIR.search(raw)):
        doubt = f"“{text[start:stop]}”{ESTIMATE_DOUBT}"
    if value is not None and text[max(0, start - 3):start].endswith("分之"):
        doubt = f"“{text[max(0, start - 6):stop]}”是分数"
    if value is not None and _NEGATIVE_BEFORE.search(before):
        doubt = f"“-{raw}”是负数"
    if value is not None and doubt is None:
        rest = text[stop:stop + 6]
        if _VAGUE.search(raw) or _VAGUE.search(text[max(0, start - 2):end]):
            doubt = f"“{raw}”不是一个确切的数字"
        elif _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(rest):
            doubt = f"“{text[start:stop]}”{ESTIMATE_DOUBT}"
            if _FLOOR_AFTER.match(rest):
                lower = value
            if _A_LITTLE_OVER.match(rest):
                # "一千万出头": a little over it, and surely not 30 % over (the reach an
                # estimate is given, used only where every value in it gives one answer).
                upper, little_over = value * 13 / 10, True
        elif _NOT_BELOW.search(before):
            lower = value  # 不低于 / 不少于: at least
        elif _NOT_ABOVE.search(before):
            upper = value  # 不高于 / 不多于: at most
        elif _CEILING_BEFORE.search(before) or _CEILING_AFTER.match(rest):
            upper = value
        elif _FLOOR_BEFORE.search(before) or _FLOOR_AFTER.match(rest):
            lower = value
    if more_before_currency and value is not None and doubt is None:
        lower = value  # "1亿多美元": more than the figure, a floor
        return NumberMention(start, stop, raw, value, unit, currency, after, None, lower, None,
                             lower_inclusive=False)
    reached = value is not None and doubt is None and lower is None and upper is None and \
        bool(_REACHED_BEFORE.search(before))
    return NumberMention(start, stop, raw, value, unit, currency, after, doubt, lower, upper,
                         lower_inclusive=not _EXCLUSIVE_FLOOR.search(before),
                         upper_inclusive=not _EXCLUSIVE_CEILING.search(before),
                         reached=reached, little_over=little_over)


def _pair_ends(raw: str, pair: re.Match[str]) -> tuple[Decimal | None, Decimal | None]:
    """The two ends of "两三亿": the numeral with the first digit, then with the second."""
    first, second = pair.group(0)[0], pair.group(0)[1]
    try:
        low = parse_numeral(raw[:pair.start()] + first + raw[pair.end():])
        high = parse_numeral(raw[:pair.start()] + second + raw[pair.end():])
    except (ValueError, InvalidOperation):
        return None, None
    return low, high


def _exponent_mention(text: str, match: re.Match[str]) -> NumberMention:
    end = _currency_end(text, match.end())
    return NumberMention(match.start(), end, text[match.start():end], None, "", None,
                         text[end:end + 1], doubt=f"“{text[match.start():end]}”不是一个实际的金额")


def _currency_end(text: str, position: int) -> int:
    unit = re.match(r"\s*(万亿|亿|万)?", text[position:])
    position += unit.end() if unit else 0
    currency = _CURRENCY.match(text, position)
    return currency.end() if currency and currency.group("cur") else position


def _join_ranges(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """800-900万 / 800至850万 / 120到170万: one mention, a range, never a figure."""
    joined: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        # "八九千万到一亿二": a guessed pair opens the range at its lower end.
        opening = first.value if first.value is not None else first.lower
        if i + 1 < len(mentions) and opening is not None:
            second = mentions[i + 1]
            gap = text[first.end:second.start]
            change = re.search(r"(从|由|from)\s*$", text[max(0, first.start - 6):first.start],
                               re.IGNORECASE)
            if second.value is not None and _RANGE_JOIN.match(gap + text[second.start:]) \
                    and len(gap.strip()) <= 2 and (first.is_money_like or second.is_money_like) \
                    and not change:
                low = first.value * _shared_scale(first, second) if first.value is not None \
                    else opening
                high = second.value
                joined.append(NumberMention(
                    first.start, second.end, text[first.start:second.end], None,
                    second.unit, second.currency, second.after,
                    doubt=f"“{text[first.start:second.end]}”是一个范围", lower=low, upper=high))
                i += 2
                continue
        joined.append(first)
        i += 1
    return joined


def _shared_scale(first: NumberMention, second: NumberMention) -> Decimal:
    """800-900万: the first end takes the second's scale when it has none of its own."""
    if first.unit or not second.unit:
        return Decimal(1)
    return Decimal({"万": 10**4, "亿": 10**8, "万亿": 10**12}.get(second.unit, 1))
