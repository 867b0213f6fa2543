"""Help-desk staff asking which clause says something get the clause, quoted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.assistant.answer import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(("question", "article"), [
    ("哪一条规定了对CRO、CDMO、CMO的支持？", "第十五条"),
    ("1类新药进入临床的奖励出自哪一条？", "第五条"),
])
def test_which_clause_is_answered_with_the_clause(ask: Ask, question: str,
                                                   article: str) -> None:
    answer = ask(question)
    assert answer.status == "answered"
    assert answer.calculation is None
    assert ("changping-zone-draft", article) in {(c.doc_id, c.article) for c in answer.citations}
    assert answer.citations[0].text in answer.answer or "> " in answer.answer


def test_a_figure_makes_it_a_calculation_again(ask: Ask) -> None:
    answer = ask("我们CRO去年服务金额800万，按哪一条能拿多少？")
    assert answer.calculation is not None and answer.calculation.amount_yuan == 1_600_000
