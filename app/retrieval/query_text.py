"""The text a question is embedded as: its content, without greetings and sign-offs.

Embedding time grows with every token (about 1 ms per token for multilingual-e5-small
on this machine), and "请问，……能拿多少？急，在线等。谢谢老师！" spends a third of its
tokens on politeness that says nothing about which clause is meant. Only whole
phrases of everyday courtesy are removed, never single characters that could be
part of a word; the keyword index still sees the full text.
"""

from __future__ import annotations

import re

_COURTESY = re.compile(
    r"您好|你好|老师好|老师|请问一下|请问|请教一下|请教|咨询一下|想咨询一下|想了解一下|了解一下|打扰一下|"
    r"打扰了|麻烦问下|麻烦问一下|麻烦您|麻烦了|麻烦|问个政策问题|问个问题|多谢|谢谢您|谢谢|感谢|"
    r"急，在线等|急,在线等|在线等|急急急|帮忙算算|帮忙看看|帮我算算|帮我看看|"
    r"\b(?:hi there|hello|hi|hey|please|thanks|thank you|quick question)\b",
    re.IGNORECASE)
_RUNS = re.compile(r"[\s,，。.!！~～、;；:：]{2,}")
# Beyond this many characters a question's meaning is settled; the rest costs time only.
MAX_DENSE_CHARS = 96


def dense_query(text: str) -> str:
    """The question as embedded: courtesy removed, punctuation runs folded, length capped."""
    content = _RUNS.sub("，", _COURTESY.sub(" ", text)).strip(" ，,。.!！~～")
    return (content or text)[:MAX_DENSE_CHARS]
