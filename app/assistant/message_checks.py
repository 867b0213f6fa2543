"""Checks on the user's message itself: length, emptiness, instructions, follow-ups.

These look only at the words, never at a rule, so bad input gets a clear Chinese
message before any stage runs, and "那如果是3000万呢" is recognised as a
continuation of the previous question.
"""

from __future__ import annotations

import re

from app.assistant.fact_reader import Reading

MAX_QUESTION_CHARS = 2000
# Instructions inside a question ("忽略之前的规则") are text to be answered, never obeyed;
# the answer says so.
INJECTION = re.compile(r"忽略|无视|ignore (all|previous|the)|system prompt|你现在是|扮演|"
                       r"pretend|jailbreak|disregard", re.IGNORECASE)


_FOLLOW_UP_WORDING = re.compile(r"^(那|那么|如果|要是|假如|换成|改成|再|还有|另外)|多少|能拿|能给|"
                                r"能补|呢[？?]?$|how much|what about|what if|and if",
                                re.IGNORECASE)


def continues_topic(message: str, reading: Reading) -> bool:
    """A reply that only adds a fact or asks "那…呢" belongs to the previous question."""
    return reading.states_anything or bool(_FOLLOW_UP_WORDING.search(message.strip()))


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
