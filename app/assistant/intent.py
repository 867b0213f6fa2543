"""What kind of question this is, from its words alone.

Distinguishes amount questions from questions about validity, interpretation
or how support combines, and spots questions about other regions. Word lists
are about how people ask, not about any policy figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.normalize import nfkc

# Asking whether there is a ceiling at all ("每年有没有上限"), not what one case yields.
_CAP = re.compile(r"上限|封顶|限额|最多不超过|有没有.{0,4}(顶|限)|(每年|每个企业|一年).{0,12}最多|"
                  r"\bcap(ped)?\b|ceiling|\blimit\b|per year")
# "两个不同品种" describes products; "有什么不同" compares provisions.
_COMPARE = re.compile(r"区别|(?:什么|何|哪些|哪里|哪儿|有啥)不同|不同(?:之处|点|在哪|吗|么)|不一样|"
                      # "比较一下两条" compares; "管线比较长" is "rather long".
                      r"差别|差异|比较(?![长多大小高低好快慢急少忙难简远近早晚新老久短深贵清明合稳"
                      r"复重顺成])|对比|哪个(更|比较)?(多|高|好|划算)|\bvs\.?\b|"
                      r"versus|difference|compar(?:e|ing|ison)")
# "哪个给得多，多的那个是多少", "which gives more": of two provisions compared, the larger.
_LARGER = re.compile(r"哪(?:个|一个|条|项|份)[^，,。？?]{0,4}(?:更多|多|更高|高)|"
                     r"多的那个|较多的|较大的|"
                     r"更划算|\bwhich (?:one )?(?:gives|pays|offers|is) (?:more|higher|larger)|"
                     r"\b(?:larger|bigger|higher) one\b")
_MAXIMUM = re.compile(r"最高|最多|上限|顶格|封顶|最大|至多|max|at most|up to|ceiling|cap\b")
_VALIDITY = re.compile(r"有效期|什么时候(开始|生效|施行|到期|截止|结束)|何时(生效|施行|到期)|"
                       r"是否(仍然?|还)?(生效|有效|施行)|(生效|有效|施行|实施)(了)?(吗|么|没有?)|"
                       r"还(有效|管用|算数|能用)|正式(实施|施行|发布)|过期|到期|失效|"
                       r"哪(个|份|一个|一份).{0,8}(生效|有效|施行)|(已经|现在|目前).{0,4}(生效|施行)|"
                       r"(什么时候|何时|哪天|哪一天|啥时候)(印发|发布|出台)|发布(时间|日期)|"
                       r"when .{0,30}(published|issued)|"
                       r"valid|in force|effective|expire|still apply|"
                       # "征求意见稿能用吗", not "按修订稿（征求意见稿）外包服务这块能补多少".
                       r"征求意见稿[^多]{0,8}(吗|(?<![怎什])么|能|可以)(?![^，,。；;？?]{0,10}多少)|"
                       # The year is what is asked about only within its own clause:
                       # "2026年各项条件还满足，还能再申请吗" asks about the rule's cap.
                       r"20[2-9][0-9]\s*年[，,]?[^，,。；;]{0,10}(还能|还可以|能否|可否|是否|能不能|可不可以|还)"
                       r"[^，,。；;]{0,6}(申请|享受|适用|申报|用)")
_INTERPRET = re.compile(r"谁(负责)?解释|解释(权|机关|单位)|负责解释|who interprets|interpret")
_COMBINE = re.compile(r"从优不重复|重复(享受|申请|拿|领)|同时(享受|申请|拿|领)|叠加|两级|"
                      r"市级.{0,6}区级|"
                      r"(一起|(?<![这那])一块|同时)(能|可以)?(拿|享受|申请|领|用)|兼得|"
                      r"(市里|市级|北京市).{0,12}(区里|区级|这个|本办法)|"
                      r"区级.{0,6}市级|double[- ]dip|both .{0,20}(city|municipal)|stack")
_SUPERSEDE = re.compile(r"废止|取代|替代|旧(办法|政策)|原办法|\d{4}.{0,4}\d+号|supersede|replace")
_ASKED_YEAR = re.compile(r"(?<![0-9])(20[2-9][0-9])\s*年?")
_ACTS_IN_YEAR = re.compile(
    r"(?<![0-9])(20[2-9][0-9])\s*年(?:\s*[0-9]{1,2}\s*月份?)?\s*(?:才|再|还|准备|计划|打算|要)?\s*"
    r"(?:能|可以)?\s*(?:办|举办|召开|申请|申报|开展|启动|建成|落地|拿|领|享受|报)|"
    r"(?:hold|holding|apply|applying|run|running|host|hosting|organi[sz]e)[^.?]{0,40}?"
    r"\bin (?:[a-z]+ )?(20[2-9][0-9])\b", re.IGNORECASE)


_CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")


def _without_asides(text: str, asides: Sequence[re.Pattern[str]]) -> str:
    """The text without the clauses that are asides (a past award, where a branch sits)."""
    if not asides:
        return text
    return "，".join(c for c in _CLAUSE.findall(text) if not any(a.search(c) for a in asides))


@dataclass(frozen=True)
class Intent:
    """Flags read from the question's wording."""

    asks_maximum: bool
    asks_cap: bool
    asks_comparison: bool
    asks_larger: bool
    asks_validity: bool
    asks_interpretation: bool
    asks_combination: bool
    asks_supersede: bool
    other_region: str | None
    asked_year: int | None = None  # "2030年还能申请吗": the year a validity question is about
    # "我们2029年3月才办研讨会", "hold it in 2029": the year the supported thing happens in.
    acts_in_year: int | None = None


def read_intent(question: str, places: tuple[str, ...] = (),
                covered_places: frozenset[str] = frozenset(),
                place_asides: Sequence[re.Pattern[str]] = (),
                place_denials: Sequence[re.Pattern[str]] = ()) -> Intent:
    """Classify the wording; several flags may be set at once.

    ``places`` are the place names people may use; a question naming one that no document
    covers (``covered_places``), and none that one does, is about another region. Places
    in an aside (``place_asides``: "去年在亦庄拿过391万的补贴") say nothing about that; a
    covered place in a clause that denies being there (``place_denials``: "在昌平没有注册
    主体") is no home either, and with no other home the company is outside the texts.
    """
    text = nfkc(question).lower()
    subject = _without_asides(text, place_asides)
    clauses = _CLAUSE.findall(subject)
    denied = [p for p in covered_places for c in clauses
              if p.lower() in c and any(d.search(c) for d in place_denials)]
    affirmed = "，".join(c for c in clauses if not any(d.search(c) for d in place_denials))
    named = [p for p in places if p in subject]
    home = any(p.lower() in affirmed for p in covered_places)
    other_region = next((p for p in named if p not in covered_places), None) \
        if named and not home else None
    if other_region is None and denied and not home:
        other_region = f"{denied[0]}以外地区"
    year = _ASKED_YEAR.search(text)
    return Intent(
        asks_maximum=bool(_MAXIMUM.search(text)),
        asks_cap=bool(_CAP.search(text)),
        asks_comparison=bool(_COMPARE.search(text) or _LARGER.search(text)),
        asks_larger=bool(_LARGER.search(text)),
        asks_validity=bool(_VALIDITY.search(text)),
        asks_interpretation=bool(_INTERPRET.search(text)),
        asks_combination=bool(_COMBINE.search(text)),
        asks_supersede=bool(_SUPERSEDE.search(text)),
        other_region=other_region,
        asked_year=int(year.group(1)) if year else None,
        acts_in_year=int(next(g for g in acting.groups() if g)) if (
            acting := _ACTS_IN_YEAR.search(text)) else None,
    )


def place_pattern(places: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for every place name, longest first (built once, not per message)."""
    names = sorted({p for p in places if p}, key=len, reverse=True)
    return re.compile("|".join(re.escape(p) for p in names), re.IGNORECASE) if names else None


def without_places(text: str, places: re.Pattern[str] | None) -> str:
    """The text with every place name blanked, keeping its length.

    "生命科学园" names where a company sits; it must not read as the 生命科学 of a
    conference measure's words.
    """
    return places.sub(lambda m: "_" * len(m.group(0)), text) if places is not None else text
