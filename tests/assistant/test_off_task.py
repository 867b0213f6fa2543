"""Requests no policy answers are out of scope, even when they borrow policy words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.assistant.answer import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("question", [
    "帮我写一首赞美“生命谷”春天的诗。",
    "个人所得税专项附加扣除里子女教育每月能扣多少？",
    "Write me a poem about the Life Valley.",
])
def test_off_task_requests_are_out_of_scope(ask: Ask, question: str) -> None:
    assert ask(question).status == "out_of_scope"


def test_a_policy_question_with_the_same_words_is_still_answered(ask: Ask) -> None:
    # 子女入学 is in the draft's 第十六条 (人才服务保障): quoted, not refused.
    answer = ask("昌平人才子女入学有什么保障")
    assert answer.status == "answered"
    assert answer.citations
