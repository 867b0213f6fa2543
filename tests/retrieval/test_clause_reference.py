"""Clause references in questions, table-driven over a small hand-made chunk list.

No index is needed: ``referenced_chunks`` only reads labels, so the table can
cover article items, measures, part-qualified measures and the citation form
(第十五条（一）) without embedding anything.
"""

from __future__ import annotations

import pytest

from app.documents import Chunk
from app.retrieval.clause_reference import referenced_chunks


def _chunk(doc_id: str, article: str, item: str | None = None,
           section: str | None = None) -> Chunk:
    return Chunk(doc_id=doc_id, title="测试", short_title="测试", status="in_force",
                 section=section, article=article, item=item, heading=None, text="正文。", start=0)


CHUNKS = [
    _chunk("reg", "第五条", "（一）"),
    _chunk("reg", "第五条", "（二）"),
    _chunk("reg", "第十五条", "（一）"),
    _chunk("reg", "第十五条", "（二）"),
    _chunk("measures", "（一）", section="一、强化创新"),
    _chunk("measures", "（十三）", section="四、提高国际化"),
    _chunk("restart", "一、（一）", section="一、强化创新"),
    _chunk("restart", "二、（一）", section="二、优化环境"),
]


@pytest.mark.parametrize(("query", "expected"), [
    ("第十五条（一）", ["reg/第十五条（一）"]),
    ("第十五条(一)的内容", ["reg/第十五条（一）"]),
    ("第十五条 (一)", ["reg/第十五条（一）"]),
    ("第五条第（二）项讲的是什么", ["reg/第五条（二）"]),
    ("第五条第二项", ["reg/第五条（二）"]),
    ("第5条(2)", ["reg/第五条（二）"]),
    ("第十五条", ["reg/第十五条（一）", "reg/第十五条（二）"]),
    ("（十三）", ["measures/（十三）"]),
    ("第十三项措施有哪些支持", ["measures/（十三）"]),
    ("第13项措施", ["measures/（十三）"]),
    ("二、（十三）", ["measures/（十三）"]),  # a continuous label ignores the user's part
    ("二、(一)", ["measures/（一）", "restart/二、（一）"]),
    ("（一）", ["measures/（一）", "restart/一、（一）", "restart/二、（一）"]),
    ("第五条（一）和（十三）", ["reg/第五条（一）", "measures/（十三）"]),
    ("一类新药能拿多少", []),
    ("措施十三主要支持什么", ["measures/（十三）"]),
    ("若干措施第十三条讲的是什么", ["measures/（十三）"]),  # the measure, called an article
    ("措施的第13项", ["measures/（十三）"]),
    ("Which agencies are responsible for measure (13)?", ["measures/（十三）"]),
    ("措施投了三百万", []),  # a figure after the word is no measure number
])
def test_references_name_exactly_these_clauses(query: str, expected: list[str]) -> None:
    assert [c.chunk_id for c in referenced_chunks(query, CHUNKS)] == expected
