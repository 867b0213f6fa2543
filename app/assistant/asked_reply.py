"""A short reply to the question the last answer asked: "两年", "是的", "3个".

The last needs_info answer asked for certain facts; a reply that is only a value ("两年"
after "请告知已累计获得该项支持的年数") names no fact by its own words, so no pattern
of the vocabulary reads it. Read against the facts that were asked, it fills the one
whose type it fits: a whole number fills the one number asked for, a yes or no the one
yes/no question. When the reply could fill two asked facts, nothing is filled.
"""

from __future__ import annotations

import re

from app.assistant.number_reader import parse_numeral
from app.rules.vocabulary import Vocabulary

_COURTESY = re.compile(r"^[\s，,。.！!?？~～]*|[\s，,。.！!?？~～]*$|"
                       r"(?<=.)(?:吧|啊|呀|呢|哈|哦|嗯)$")
_COUNT = re.compile(r"^(?:是|有|已经?|累计|一共|共|大概)?\s*([0-9]+|[零一两二三四五六七八九十]+)\s*"
                    r"(?:年|个|次|项|款|种|期|家)?(?:了)?$")
_YES = re.compile(r"^(?:是|是的|对|对的|有|有的|属于|嗯|没错|yes|yep|right|correct)$",
                  re.IGNORECASE)
_NO = re.compile(r"^(?:不是|否|没有|没|不属于|不对|无|no|nope|not)$", re.IGNORECASE)
_LONGEST = 12  # longer messages say something of their own


def asked_reply(message: str, asked: list[str], vocabulary: Vocabulary) -> dict[str, object]:
    """The asked fact this reply fills, with its value; empty when it fills none."""
    text = _COURTESY.sub("", message.strip())
    if not asked or not text or len(text) > _LONGEST:
        return {}
    specs = [vocabulary.facts[name] for name in asked if name in vocabulary.facts]
    numbers = [s for s in specs if s.type == "int"]
    yes_no = [s for s in specs if s.type == "bool"]
    if (count := _COUNT.match(text)) and len(numbers) == 1:
        spec = numbers[0]
        try:
            value = int(parse_numeral(count.group(1)))
        except ValueError:
            return {}
        low = spec.minimum if spec.minimum is not None else 0
        high = spec.maximum if spec.maximum is not None else value
        return {spec.name: value} if low <= value <= high else {}
    if len(yes_no) == 1 and (_YES.match(text) or _NO.match(text)):
        return {yes_no[0].name: bool(_YES.match(text))}
    return {}
