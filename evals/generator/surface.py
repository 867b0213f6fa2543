"""Surface writers: numerals, stage and class names, question frames and distractors.

Numeral writers turn an exact yuan amount into one of many written forms (``800万``,
``八百万``, ``3亿2千万``, ``320,000,000元``, ``80w``, ``1kw``, ``6个亿``, full-width
digits, English ``RMB 8 million`` …). ``parse_amount`` reads them back with ``cn2an``
so ``selfcheck`` can verify that every rendered figure means the slot value.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction

import cn2an
import opencc

from .provisions import WAN, YI

_DIGITS = "零一二三四五六七八九"
_FULLWIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
_HALFWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


# --------------------------------------------------------------------------- numerals


def _section(n: int) -> str:
    """Chinese numeral for 0 < n < 10000, with 零 for inner gaps."""
    out = ""
    pending_zero = False
    for power, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // power % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out += "零"
            pending_zero = False
        out += _DIGITS[digit] + unit
    return out


def zh_int(n: int, liang: bool = False) -> str:
    """Chinese numeral for a positive integer below 10^12 (六亿三千二百万)."""
    if n <= 0 or n >= 10**12:
        raise ValueError(n)
    pieces = ((n // YI, "亿"), (n // WAN % WAN, "万"), (n % WAN, ""))
    out = ""
    gap = False
    for value, unit in pieces:
        if value == 0:
            gap = bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"
        out += _section(value) + unit
        gap = False
    if out.startswith("一十"):
        out = out[1:]
    if liang and len(out) > 1 and out[0] == "二" and out[1] in "千百万亿":
        out = "两" + out[1:]
    return out


def _dec(value: int, unit: int) -> str | None:
    """``value / unit`` as a short exact decimal (up to 4 places), else None."""
    frac = Fraction(value, unit)
    for places in range(5):
        scaled = frac * 10**places
        if scaled.denominator == 1:
            text = str(Decimal(scaled.numerator).scaleb(-places))
            return text
    return None


def count_zh(n: int, rng: random.Random) -> str:
    """A count of things: ``3``, ``三`` or ``两`` for 2."""
    if n == 2 and rng.random() < 0.6:
        return "两"
    if n < 100 and rng.random() < 0.5:
        return zh_int(n)
    return str(n)


Writer = Callable[[int, random.Random, str], "str | None"]


def _u(unit: str, rng: random.Random, weight: int = 1) -> str:
    """The unit, or sometimes nothing — only 元 may be left implicit after 万/亿."""
    if unit != "元":
        return unit
    return rng.choice([unit] * weight + [""])


def _w_wan(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN:
        return None
    return f"{v // WAN}万{_u(unit, rng, 2)}"


def _w_wan_dec(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN == 0 or v % 100 or v < WAN:
        return None
    return f"{_dec(v, WAN)}万{_u(unit, rng)}"


def _w_yi(v: int, rng: random.Random, unit: str) -> str | None:
    if v < YI or v % WAN:
        return None
    return f"{_dec(v, YI)}亿{_u(unit, rng)}"


def _w_yi_mixed(v: int, rng: random.Random, unit: str) -> str | None:
    if v < YI or v % YI == 0 or v % WAN:
        return None
    rest = v % YI // WAN
    head = f"{v // YI}亿"
    if rest % 1000 == 0 and rng.random() < 0.7:
        return f"{head}{rest // 1000}千万{_u(unit, rng)}"
    if rest < 1000:
        return f"{head}零{rest}万{_u(unit, rng)}"
    return f"{head}{rest}万{_u(unit, rng)}"


def _w_zh(v: int, rng: random.Random, unit: str) -> str | None:
    if v >= 10**12:
        return None
    text = zh_int(v, liang=rng.random() < 0.5)
    if v % WAN and not unit:
        return None
    return text + (unit if v % WAN else _u(unit, rng, 2))


def _w_yuan(v: int, rng: random.Random, unit: str) -> str | None:
    return f"{v}{unit}" if unit else None


def _w_comma(v: int, rng: random.Random, unit: str) -> str | None:
    return f"{v:,}{unit}" if unit and v >= 1000 else None


def _w_w(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN or v >= YI or unit != "元":
        return None
    return f"{v // WAN}{rng.choice(['w', 'W'])}"


def _w_kw(v: int, rng: random.Random, unit: str) -> str | None:
    if v % (100 * WAN) or v < 1000 * WAN or v >= 100 * YI or unit != "元":
        return None
    return f"{_dec(v, 1000 * WAN)}kw"


def _w_geyi(v: int, rng: random.Random, unit: str) -> str | None:
    if v % YI or v >= 100 * YI or unit != "元":
        return None
    n = v // YI
    head = zh_int(n, liang=True) if rng.random() < 0.5 else str(n)
    return f"{head}个亿"


def _w_kuai(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN or unit != "元":
        return None
    return f"{v // WAN}万{rng.choice(['块', '块钱'])}"


def _w_mi(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN or unit != "元":
        return None
    return f"{v // WAN}万米"


def _w_fullwidth(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN == 0:
        return f"{v // WAN}万{unit}".translate(_FULLWIDTH)
    return f"{v}{unit}".translate(_FULLWIDTH) if unit else None


def _w_qianbai(v: int, rng: random.Random, unit: str) -> str | None:
    if v % (100 * WAN) or not 1000 * WAN <= v < YI:
        return None
    thousands, hundreds = v // (1000 * WAN), v // (100 * WAN) % 10
    body = f"{thousands}千{hundreds}百万" if hundreds else f"{thousands}千万"
    return body + _u(unit, rng)


def _w_wan_ling(v: int, rng: random.Random, unit: str) -> str | None:
    if v % WAN == 0 or v < WAN or not unit:
        return None
    rest = v % WAN
    joiner = "零" if rest < 1000 else ""
    return f"{v // WAN}万{joiner}{rest}{unit}"


WRITERS: dict[str, Writer] = {
    "wan": _w_wan,
    "wan_dec": _w_wan_dec,
    "yi": _w_yi,
    "yi_mixed": _w_yi_mixed,
    "zh": _w_zh,
    "yuan": _w_yuan,
    "comma": _w_comma,
    "w": _w_w,
    "kw": _w_kw,
    "geyi": _w_geyi,
    "kuai": _w_kuai,
    "mi": _w_mi,
    "fullwidth": _w_fullwidth,
    "qianbai": _w_qianbai,
    "wan_ling": _w_wan_ling,
}

#: plain forms used by most families
STANDARD_STYLES: dict[str, int] = {
    "wan": 10,
    "yi": 3,
    "yuan": 1,
    "comma": 1,
    "wan_dec": 2,
    "wan_ling": 1,
}
#: every form, for the numerals family (米 kept rare)
WIDE_STYLES: dict[str, int] = {
    "wan": 3,
    "wan_dec": 2,
    "yi": 3,
    "yi_mixed": 4,
    "zh": 6,
    "yuan": 2,
    "comma": 3,
    "w": 3,
    "kw": 3,
    "geyi": 3,
    "kuai": 3,
    "mi": 1,
    "fullwidth": 3,
    "qianbai": 3,
    "wan_ling": 2,
}


def write_amount(v: int, rng: random.Random, styles: dict[str, int], unit: str = "元") -> str:
    """Write ``v`` (yuan, or dollars with ``unit='美元'``) in a style drawn from ``styles``."""
    options: list[tuple[str, int]] = []
    sub = random.Random(rng.random())
    for name, weight in sorted(styles.items()):
        text = WRITERS[name](v, sub, unit)
        if text is not None:
            options.append((text, weight))
    if not options:
        text = _w_yuan(v, rng, unit) or f"{v}{unit}"
        return text
    texts, weights = zip(*options, strict=True)
    return rng.choices(texts, weights=weights)[0]


def write_en(v: int, rng: random.Random, currency: str = "RMB") -> str:
    """English amount: ``RMB 8 million``, ``8m yuan``, ``CNY 1.2 billion``, ``$150 million``."""
    forms: list[str] = []
    if currency == "USD":
        if v % (10**5) == 0:
            forms += [
                f"USD {_dec(v, 10**6)} million",
                f"${_dec(v, 10**6)} million",
                f"US${_dec(v, 10**6)}m",
            ]
        forms.append(f"USD {v:,}")
        return rng.choice(forms)
    if v % (10**5) == 0:
        m = _dec(v, 10**6)
        forms += [
            f"RMB {m} million",
            f"{m} million yuan",
            f"CNY {m} million",
            f"RMB {m}m",
            f"{m}m yuan",
            f"{m}m",
        ]
    if v % (10**8) == 0:
        forms += [f"RMB {_dec(v, 10**9)} billion", f"{_dec(v, 10**9)} billion yuan"]
    if v % 1000 == 0 and v < 10**6:
        forms.append(f"RMB {v // 1000}k")
    forms += [f"RMB {v:,}", f"CNY {v:,}"]
    return rng.choice(forms)


_EN_RE = re.compile(
    r"^(?:RMB|CNY|USD|US\$|\$)?\s*([\d.,]+)\s*(million|billion|m|bn|k)?\s*(?:yuan|RMB)?$",
    re.IGNORECASE,
)
_EN_SCALE = {None: 1, "million": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9, "k": 1000}


def parse_amount(text: str) -> int:
    """Read back any form written by ``write_amount`` / ``write_en`` (yuan or dollars)."""
    s = text.strip().translate(_HALFWIDTH).replace("萬", "万").replace("億", "亿")
    s = s.replace("兩", "两").replace("塊", "块").replace("個", "个").replace("錢", "钱")
    m = _EN_RE.match(s)
    if m and re.search(r"[A-Za-z$]", s):
        number = Fraction(m.group(1).replace(",", ""))
        value = number * _EN_SCALE[(m.group(2) or "").lower() or None]
        if value.denominator != 1:
            raise ValueError(text)
        return int(value)
    for suffix in ("美元", "块钱", "块", "元", "米"):
        if s.endswith(suffix):
            s = s[: -len(suffix)]
            break
    s = s.replace(",", "").replace("个亿", "亿")
    if s.endswith("kw"):
        value = Fraction(s[:-2]) * 1000 * WAN
        if value.denominator != 1:
            raise ValueError(text)
        return int(value)
    if s[-1:] in {"w", "W"}:
        return int(s[:-1]) * WAN
    if s.isdigit():
        return int(s)
    mixed = re.fullmatch(r"(\d+)万零?(\d+)", s)
    if mixed:
        return int(mixed.group(1)) * WAN + int(mixed.group(2))
    parsed = cn2an.cn2an(s, "smart")
    value_f = float(parsed)
    value_i = int(round(value_f))
    if abs(value_f - value_i) > 1e-3:
        raise ValueError(text)
    return value_i


# --------------------------------------------------------------------------- words

STAGE_FORMS: dict[str, tuple[str, ...]] = {
    "I": ("Ⅰ期", "I期", "1期", "一期"),
    "II": ("Ⅱ期", "II期", "2期", "二期"),
    "III": ("Ⅲ期", "III期", "3期", "三期"),
}
STAGE_EN: dict[str, tuple[str, ...]] = {
    "I": ("Phase 1", "Phase I", "phase-1"),
    "II": ("Phase 2", "Phase II", "phase-2"),
    "III": ("Phase 3", "Phase III", "phase-3"),
}
CLASS_FORMS: dict[int, tuple[str, ...]] = {1: ("1类", "一类"), 2: ("2类", "二类")}
DRUG_TYPES: tuple[str, ...] = ("生物制品", "化学药", "中药", "化药", "新药", "生物药")
#: 创新药 is only written with 1类 (a 2类 drug is an improved, not an innovative, drug)
DRUG_TYPES_1: tuple[str, ...] = (*DRUG_TYPES, "创新药")
VET_FORMS: dict[str, tuple[str, ...]] = {
    "1": ("一类新兽药", "1类新兽药"),
    "2": ("二类新兽药", "2类新兽药"),
    "3": ("三类新兽药", "3类新兽药"),
    "4": ("四类新兽药", "4类新兽药"),
    "5": ("五类新兽药",),
}
IMPROVED_FORMS: dict[str, tuple[str, ...]] = {
    "improved": ("重大改良型新药",),
    "first_generic": ("首仿药",),
}


def stage(code: str, rng: random.Random) -> str:
    """A written clinical stage (Ⅱ期, II期, 2期, 二期)."""
    return rng.choice(STAGE_FORMS[code])


def drug(cls: int, rng: random.Random) -> str:
    """A class-qualified drug noun (1类生物制品, 一类化药, 2类中药…)."""
    return rng.choice(CLASS_FORMS[cls]) + rng.choice(DRUG_TYPES_1 if cls == 1 else DRUG_TYPES)


def approval_drug(cls: str, rng: random.Random) -> str:
    """Drug noun for 第六条（一）: class 1/2 or 重大改良型新药/首仿药."""
    if cls in IMPROVED_FORMS:
        return rng.choice(IMPROVED_FORMS[cls])
    return drug(int(cls), rng)


INTROS: tuple[str, ...] = (
    "",
    "",
    "",
    "",
    "你好，",
    "您好，",
    "请问，",
    "咨询一下，",
    "麻烦问下，",
    "老师好，",
    "想了解一下：",
    "打扰一下，",
    "我们公司在昌平，",
    "问个政策问题，",
    "hi，",
    "请教一下，",
)
OUTROS: tuple[str, ...] = (
    "",
    "",
    "",
    "",
    "谢谢！",
    "麻烦了。",
    "多谢～",
    "急，在线等。",
    "谢谢老师",
)
ENDINGS: tuple[str, ...] = (
    "能拿多少？",
    "能拿多少钱？",
    "能申请多少资金支持？",
    "按政策能补多少？",
    "最多能拿到多少？",
    "可以获得多少支持？",
    "大概能给多少钱？",
    "补贴金额是多少？",
    "能享受多少扶持资金？",
    "按这个政策能支持多少？",
    "这种情况能拿多少补助？",
    "可以申请到多少钱？",
    "政策上能给多少？",
    "能补多少钱啊？",
    "能那多少？",
    "资金支持大概多少？",
    "支持额度是多少？",
    "最高能拿多少？",
    "按规定能补贴多少？",
    "请帮忙算算能拿多少",
    "给多少补帖？",
    "能申请多少钱的支持",
)
SUM_ENDINGS: tuple[str, ...] = (
    "一共能拿多少？",
    "加起来最多多少？",
    "合计能支持多少？",
    "总共能申请多少钱？",
    "一起算的话最多能拿多少？",
    "两项合计多少？",
    "总额是多少？",
    "全部加起来能补多少？",
    "合起来能拿到多少钱？",
    "总共可以获得多少支持？",
)


def frame(
    fact: str, rng: random.Random, endings: Sequence[str] = ENDINGS, intro: bool = True
) -> str:
    """Wrap a fact clause with an optional intro, a question ending and an outro."""
    fact = fact.rstrip("，,。 ")
    sep = rng.choice(["，", "，", "，", "。", "，请问"])
    lead = rng.choice(INTROS) if intro else ""
    if lead and fact.startswith(lead.rstrip("，：")):
        lead = ""
    ending = rng.choice(endings)
    if sep.endswith("请问") and ending.startswith("请"):
        sep = "，"
    return f"{lead}{fact}{sep}{ending}{rng.choice(OUTROS)}"


# --------------------------------------------------------------------------- distractors

CLAIMED_RATES: tuple[str, ...] = ("四成", "五成", "一半", "六成", "45%", "50%", "七成")
LABELS: tuple[str, ...] = ("亿元级", "十亿级", "5亿俱乐部", "20亿级", "百强", "瞪羚")
ELSEWHERE_AWARDS: tuple[str, ...] = ("人才奖励", "创新奖", "知识产权奖励", "展会补贴")


def distractor(kind: str, rng: random.Random, rate_rule: bool) -> str:
    """A fact that must not change the answer (employee count, year, capital, label…)."""
    if kind == "employees":
        n = rng.choice([12, 35, 80, 120, 200, 260, 450, 800, 1500])
        return rng.choice([f"公司有员工{n}人", f"我们团队{n}人左右", f"目前员工{n}名"])
    if kind == "founded":
        y = rng.randint(2003, 2025)
        return rng.choice([f"公司{y}年成立", f"我们是{y}年注册的", f"{y}年落户昌平"])
    if kind == "elsewhere":
        amt = rng.choice([20, 30, 50, 80, 100]) * WAN
        label = rng.choice(ELSEWHERE_AWARDS)
        return rng.choice(
            [f"去年拿过市里{amt // WAN}万的{label}", f"之前在别的区拿过{amt // WAN}万{label}"]
        )
    if kind == "claimed":
        if rate_rule:
            return rng.choice(
                [f"听说能按{rng.choice(CLAIMED_RATES)}补", f"朋友说能补{rng.choice(CLAIMED_RATES)}"]
            )
        amt = rng.choice([888, 666, 1500, 3500, 7000]) * WAN
        return rng.choice([f"听同行说能给{amt // WAN}万", f"网上说能拿{amt // WAN}万"])
    if kind == "capital":
        amt = rng.choice([500, 1000, 3000, 5000, 12000]) * WAN
        return f"注册资本{amt // WAN}万"
    if kind == "label":
        return rng.choice(
            [f"我们是区里认定的“{rng.choice(LABELS)}”企业", f"公司被评为“{rng.choice(LABELS)}”企业"]
        )
    if kind == "years_here":
        n = rng.randint(2, 15)
        return rng.choice([f"在昌平已经{n}年了", f"落地生命谷{n}年"])
    if kind == "patents":
        n = rng.randint(3, 90)
        return f"拥有发明专利{n}项"
    if kind == "area":
        n = rng.choice([800, 1200, 3000, 5000, 12000])
        return f"办公面积{n}平方米"
    raise ValueError(kind)


DISTRACTOR_KINDS: tuple[str, ...] = (
    "employees",
    "founded",
    "elsewhere",
    "claimed",
    "capital",
    "label",
    "years_here",
    "patents",
    "area",
)


# --------------------------------------------------------------------------- scripts

_S2T = opencc.OpenCC("s2tw")


def to_traditional(text: str) -> str:
    """Simplified → Traditional (Taiwan forms: 萬, 類, 臨床, 進入, 營收)."""
    return str(_S2T.convert(text))


def fullwidth(text: str) -> str:
    """Arabic digits → full-width digits."""
    return text.translate(_FULLWIDTH)
