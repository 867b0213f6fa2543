"""Checks on the user's message itself: length, emptiness, instructions, follow-ups.

These look only at the words, never at a rule, so bad input gets a clear Chinese
message before any stage runs, and "那如果是3000万呢" is recognised as a
continuation of the previous question.
"""

from __future__ import annotations

import re

from app.assistant.fact_reader import Reading
from app.assistant.money_reader import DISPUTES

MAX_QUESTION_CHARS = 2000
# Instructions inside a question ("忽略之前的规则") are text to be answered, never obeyed;
# the answer says so.
INJECTION = re.compile(r"忽略|无视|ignore (all|previous|the)|system prompt|你现在是|扮演|"
                       r"pretend|jailbreak|disregard", re.IGNORECASE)


# "那在海外设孵化器呢": a what-about, naming its own subject.
WHAT_ABOUT = re.compile(r"^(?:那|那么)[^。？?]*呢[？?]?$|^(?:what|how) about\b", re.IGNORECASE)
# "那如果是3000万呢", "要是二期呢": a follow-up of the question before, not a new one.
_FOLLOW_UP_WORDING = re.compile(r"^(那|那么|如果|要是|假如|换成|改成|那要是)|呢[？?]?$|"
                                r"^(what about|what if|and if|how about)", re.IGNORECASE)
# "换个问题", "另外问一下": the user says a new question starts.
_TOPIC_SWITCH = re.compile(r"换个问题|换一个问题|另外问一下|另外问个|再问一下|再问一个|再问个|"
                           r"再问问|再请教一下|还有个事|还有一个问题|还有一项想|还想咨询|再咨询|"
                           r"另一个问题|顺便问|另问|新问题|other question|another question|"
                           r"also,? (?:i'd like to|can i) ask", re.IGNORECASE)


# What is left of a bare "能拿多少？" once its generic words are gone: nothing.
_GENERIC_ASK = re.compile(r"请问|那么?|我们|公司|一共|总共|合计|总计|加起来|加在一起|合起来|一起|"
                          r"算下来|"
                          r"帮我算一?下?|算一?下|这些|这几个|[两二三四五六七八九十几]个|都|全部|所有|"
                          r"最多|最高|上限|封顶|顶格|大概|大约|能|可以|可|享受|扶持|补助|资助|奖补|拿|给|补|申请|"
                          r"获得|得到|多少|钱|补贴|支持|资金|金额|奖励|呢|吗|啊|呀|了|的|是|\s|[?？。，,!！~～]|"
                          r"谢谢|多谢|感谢|好的|好|嗯|麻烦|老师|您|你|今年|现在|还|再|继续|吧|"
                          r"明白了?|知道了|了解了|刚才|刚刚|回到|那个|这个|问题|算下来|按我说的情况|"
                          r"接着说|接着|言归正传|书归正传|回到正题|正题|说的|回来了|回来|"
                          r"按我刚才说的情况|按刚才的情况|情况|"
                          # "按规定能拿多少", "说回正事", "具体数字我还没拿到，你先说能拿多少",
                          # "这个出自哪个文件的哪一条", "原文能发我看看吗": nothing of their own.
                          r"按规定|按政策|按照规定|到时候|说回|正事|具体(?:的)?(?:数字|金额|数)?|数字|"
                          r"还没拿到|没拿到|没有拿到|先说|先告诉我|告诉我|说说|讲讲|大致|大体|按哪条|"
                          r"哪一?条|出自|出处|哪个文件|哪份文件|文件|原文|发我|看看|一下|各项|两项|几项|"
                          r"这条|那条|政策|能不能|麻烦|帮忙|这样|的话|我|你|这种|这类|"
                          r"帮忙算一下|支持金额|请按照?|请根据|请依据|请对照|请帮忙|按照|根据|依据|"
                          r"对照|^\s*按|"
                          # "上面是客户发来的邮件，按支持办法能补多少？", "Based on the email above"
                          # words pointing back at what was pasted before name nothing new.
                          r"上面|以上|上述|前面|这封|那封|邮件|客户|发来|转来|信息|内容|表格|表里|"
                          r"(?<![a-z])(?:based on|according to|from|in|email|e-mail|message|mail|"
                          r"above|information|info|details|table|this|these|those)(?![a-z])|"
                          r"how much|can we get|what's the award|in total|what's|what is|what|"
                          r"per (?:product|variety|drug|item)|"
                          # Not \b: Chinese after English is a word character ("max能拿多少").
                          r"(?<![a-z])(?:so|then|and|ok|okay|"
                          r"thanks|thank you|could|can|would|do|we|us|i|they|them|their|you|"
                          r"get|receive|the|total|each|"
                          r"max(?:imum)?|support|subsidy|award|amount|is|it|that|be|will|"
                          # "Total reimbursable?", "Please recalculate.", "so how much exactly?"
                          r"exactly|please|re-?calculate|re-?compute|calculate|compute|again|"
                          r"reimburs\w*|refund\w*|payable|now|then|sum|figure|us|our|"
                          r"hello|hi|hey)(?![a-z])|"
                          r"重新算一?下?|再算一?下?|重算|[.—–-]", re.IGNORECASE)


def bare_question(message: str) -> bool:
    """"能拿多少？", "一共多少钱": a question with no content of its own (asks about the topic)."""
    return len(question_content(message)) <= 1


def question_content(message: str) -> str:
    """What a question says beyond "能拿多少": "研发" of "能拿多少研发支持？"."""
    return _GENERIC_ASK.sub("", message)


def switches_topic(message: str) -> bool:
    """The user announces a new question ("换个问题…")."""
    return bool(_TOPIC_SWITCH.search(message))


def continues_topic(message: str, reading: Reading) -> bool:
    """A reply that only adds a fact or asks "那…呢" belongs to the previous question.

    So does one that disputes the answer with a figure it heard ("听说最高能给600万？",
    "别人跟我说能按一半补，是这样吗"): it states nothing, and asks about the same thing.
    So does one that takes back a product it labelled ("B那个划掉"); a part of a base taken
    back ("检测费那笔不算了") names its own provision by its words. So does one that adds a
    product to those held ("Also two Class 1 biologics entered Phase II"), whose facts
    have by now moved from the reading to the session's products.
    """
    return reading.states_anything or bool(reading.withdrawn) or reading.adds_item \
        or bool(reading.withdrawn_count) or bool(reading.withdrawn_rows) \
        or reading.returns_to_first \
        or bool(_FOLLOW_UP_WORDING.search(message.strip())) \
        or bare_question(message) or disputes_answer(message) or bool(_DEFERS.search(message))


# "数字还在审计，回头再告诉你", "还没统计出来": the figure asked for comes later.
_DEFERS = re.compile(r"还在(?:审计|统计|核算|汇总|走流程)|回头(?:再)?(?:告诉|发|给|补)|"
                     r"还没(?:统计|算|核算|出来|定|确定)|稍后(?:提供|告诉|补充)|晚点(?:告诉|再说|补)|"
                     r"暂时不(?:知道|清楚|确定)|还不(?:知道|清楚|确定)|not sure yet|"
                     r"will (?:tell|send) (?:you )?later", re.IGNORECASE)


def disputes_answer(message: str) -> bool:
    """"听说最高能给600万？", "朋友说这种能拿500万元，对吗": another's figure against the answer."""
    return bool(DISPUTES.search(message))



def input_problem(message: str) -> str | None:
    """A Chinese message for empty or over-long input; None when the message is usable."""
    if not message or not message.strip():
        return "请输入您的问题，例如：“1类化学药进入Ⅱ期临床有多少奖励？”"
    if len(message) > MAX_QUESTION_CHARS:
        return f"问题过长（{len(message)} 字），请精简到 {MAX_QUESTION_CHARS} 字以内后再提问。"
    if unreadable_characters(message):
        return "问题中含有无法识别的字符（可能是编码错误），请检查后重新输入。"
    return None


def unreadable_characters(text: str) -> bool:
    """Lone surrogates (from broken UTF-8 or JSON escapes) and NULs cannot be processed."""
    return any("\ud800" <= ch <= "\udfff" or ch == "\x00" for ch in text)


# "回到上市那块", "回到License-in那块", "说回办活动那个": the earlier provision named.
_RETURN_TO = re.compile(r"(?:回到|说回|再说回|回头说|回到刚才|前面|之前|上面|刚才)\s*(.{1,16}?)\s*"
                        r"(?:那块|那个|那条|那项|这块|那部分|的问题|那边|上来)")


def returned_to(message: str) -> str | None:
    """The words naming the earlier provision a message returns to, if it names one."""
    found = _RETURN_TO.search(message)
    return found.group(1) if found else None
