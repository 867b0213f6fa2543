"""Help-desk lookups and small talk: a clause's text by its number, who is responsible.

"第十五条原文是什么", "（三）是什么内容", "（十）的责任单位是谁" are answered with
the clause itself (quoted and cited); "你好" and "谢谢" get a short reply instead
of "out of scope". The words that mark a greeting or a lookup are everyday
language; the responsibility convention of a document is its front matter's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.assistant.domain import Domain
from app.assistant.meta_answers import MetaAnswer, documents_meant
from app.documents import Chunk, PolicyDocument
from app.normalize import nfkc
from app.retrieval.clause_reference import referenced_chunks

# Small talk is a message made only of these words: what kind it is comes from which ones.
_THANKS_WORDS = (r"谢谢|多谢|感谢|谢了|谢啦|thanks?|thank you|thx|辛苦了|辛苦|明白了|明白|了解了|"
                 r"了解|"
                 r"知道了|懂了|清楚了|收到|好的|ok|okay|没问题|可以了|行了")
_GREETING_WORDS = (r"你好|您好|嗨|哈喽|哈罗|hello|hi|hey|早上好|上午好|下午好|晚上好|早|在吗|"
                   r"在不在|"
                   r"有人吗|打扰了|打扰一下")
_BYE_WORDS = r"再见|拜拜|bye|goodbye|回头见|下次见"
_FILLER = (r"老师|小助手|助手|客服|你的|您的|你|您|解答|回答|帮助|帮忙|耐心|详细|的|啦|了|呀|哈|啊|"
           r"呢|吗|嗯|哦|噢|喔|好|非常|太|很|真|十分|all|so much|very much|a lot|for|the|help|"
           r"answer|"
           r"[！!，,。.~～?？、\s]")
_CHATTER = re.compile(rf"{_THANKS_WORDS}|{_GREETING_WORDS}|{_BYE_WORDS}|{_FILLER}", re.IGNORECASE)
_THANKS = re.compile(_THANKS_WORDS, re.IGNORECASE)
_GREETING = re.compile(_GREETING_WORDS, re.IGNORECASE)
_BYE = re.compile(_BYE_WORDS, re.IGNORECASE)
# "请问可以咨询政策吗", "你能做什么": asking what the assistant is for.
_CAPABILITY = re.compile(r"^(?:请问|我想|我)?(?:可以|能|能不能|可不可以|能否)?(?:咨询|问|请教|问问)"
                         r"(?:一下|个|些|几个)?(?:政策|问题)?(?:吗|么|不)?$|"
                         r"^(?:你|您)?(?:能|可以|会)(?:做|干|帮我?做?)(?:什么|啥|哪些)|^(?:你|您)是谁|"
                         r"^怎么用|^what can you do|^who are you", re.IGNORECASE)
_TEXT_WORDS = re.compile(
    r"原文|原话|内容|讲了?(什么|啥)|讲的(什么|啥)|说的(什么|啥)|怎么写|如何写|(?<!能)(?<!可)的规定(?!.*多少)|"
    r"规定(?=[？?。！!]*$)(?<!多少)|写了?(什么|啥)|写的(什么|啥)|说了?(什么|啥)|规定了?(什么|啥)|怎么说|怎么讲|"
    r"怎么规定|如何规定|是什么|是啥|关于什么|具体(怎么|是)|全文|条文|我想看|想看看?|看一下|看看|发我|发一下|"
    r"给我看|介绍一下|介绍下|哪一条|是第几条|(?:申报|申请|适用|享受)(?:条件|要求)|"
    r"(?:什么|哪些|啥)(?:条件|要求)|(?:条件|要求)(?:是什么|有哪些|是啥|呢)|有哪些|"
    # "第三条主要支持哪些方向", "第十六条主要包括哪些方面", "第十五条支持哪几类平台", "分几档",
    # "帮我查一下第十二条": what the clause covers, answered by the clause itself.
    r"主要(?:支持|包括|内容|讲|是|涉及|针对)|(?:支持|包括|包含|涵盖|涉及|针对|聚焦|面向)了?(?:哪些|哪几|什么|啥)|"
    r"哪(?:些|几)(?:类|种|个|项|方面|方向|领域)|分(?:几|哪几)(?:档|类|种|个档次)|几个?档|"
    r"查(?:一)?(?:下|哈|查)|查询|"
    r"text of|what does|say|about\?|conditions?|requirements?|cover|include")


def small_talk(question: str, domain: Domain) -> str | None:
    """A short reply to a greeting, thanks or goodbye; None for anything else."""
    text = nfkc(question).strip()
    rest = _CHATTER.sub("", text)
    if rest and _CAPABILITY.search(rest):
        return domain.greeting
    if rest or not re.sub(r"[\W_]", "", text):
        return None  # content beyond small talk, or punctuation only
    if _BYE.search(text):
        return domain.goodbye
    if _THANKS.search(text):
        return domain.thanks
    if _GREETING.search(text):
        return domain.greeting
    return domain.thanks  # "好", "嗯": an acknowledgement


def clause_lookup(question: str, chunks: Sequence[Chunk],
                  documents: dict[str, PolicyDocument], domain: Domain) -> MetaAnswer | None:
    """The clause a question names by number, when it asks for its text or its units."""
    named = referenced_chunks(question, chunks) or _by_heading(question, chunks)
    if not named:
        return None
    meant = {d.doc_id for d in documents_meant(question, documents)}
    if len(meant) < len(documents):
        named = [c for c in named if c.doc_id in meant] or named
    text = nfkc(question).lower()
    if asks_responsible_units(question, domain):
        return responsible_units_answer(named, documents)
    if not _TEXT_WORDS.search(text):
        return None
    lines = []
    for chunk in named[:4]:
        doc = documents[chunk.doc_id]
        heading = f"（{chunk.heading}）" if chunk.heading else ""
        lines += [f"**《{doc.short_title}》{chunk.label}{heading}**", "", f"> {chunk.text}", ""]
    return MetaAnswer("\n".join(lines).strip(), tuple(named[:4]))


def _by_heading(question: str, chunks: Sequence[Chunk]) -> list[Chunk]:
    """Clauses named by their heading ("支持新药申报上市这一条", "加强出海支持这项措施")."""
    text = nfkc(question).replace("“", "").replace("”", "")
    headings = {nfkc(c.heading) for c in chunks if c.heading and len(c.heading) >= 4}
    named = [h for h in headings if h in text]
    if not named:
        return []
    longest = max(named, key=len)
    return [c for c in chunks if c.heading and nfkc(c.heading) == longest]


def responsible_units_of(chunk: Chunk, doc: PolicyDocument) -> list[str] | None:
    """The units a clause names as responsible, by the document's convention."""
    if doc.responsible_units != "trailing_parentheses":
        return None
    match = re.search(r"[(（]([^()（）]+)[)）]\s*$", chunk.text.strip())
    if not match:
        return None
    return [unit.strip() for unit in re.split(r"[、，,]", match.group(1)) if unit.strip()]


def asks_responsible_units(question: str, domain: Domain) -> bool:
    """Whether the question asks who is responsible for a measure (责任单位)."""
    text = nfkc(question).lower()
    return any(word in text for word in domain.responsible_units_words)


def responsible_units_answer(named: list[Chunk],
                             documents: dict[str, PolicyDocument]) -> MetaAnswer:
    """The units each clause names as responsible, with the clause quoted."""
    lines, cited = [], []
    for chunk in named[:4]:
        doc = documents[chunk.doc_id]
        units = responsible_units_of(chunk, doc)
        title = f"《{doc.short_title}》{chunk.label}" + (f"（{chunk.heading}）"
                                                         if chunk.heading else "")
        if units:
            lines += [f"**{title}的责任单位：**{'、'.join(units)}", ""]
        else:
            lines += [f"**{title}**未列明责任单位。", ""]
        lines += [f"> {chunk.text}", ""]
        cited.append(chunk)
    return MetaAnswer("\n".join(lines).strip(), tuple(cited))
