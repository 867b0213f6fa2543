"""Yes/no facts that a yearly series settles: "研发投入2022年480万、2023年520万…".

A user who lists the figures year by year has answered "连续三年正增长" without saying
it. The series proves growth when every year of the window (the three years before the
one asked in) is given and each is above the one before, which is how people read
"连续三年保持正增长"; a year of the window not above its predecessor disproves it, even
with other years missing. A figure for the year before the window that the first year
does not exceed leaves the stricter reading (growth into each of the three years) in
doubt, so the fact is asked. Otherwise the fact stays unknown and is asked. A stated answer
that the figures contradict is asked back, never silently overridden either way.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.assistant.money_reader import Observation
from app.rules.schema import Rule
from app.rules.vocabulary import Vocabulary


def trend_facts(rule: Rule, vocabulary: Vocabulary, observations: Sequence[Observation],
                stated: dict[str, object],
                reference_year: int) -> tuple[dict[str, bool], list[str]]:
    """Facts the series settles for this rule, and questions where it contradicts the user."""
    settled: dict[str, bool] = {}
    questions: list[str] = []
    for name in rule.facts_read():
        spec = vocabulary.facts.get(name)
        if spec is None or spec.rises_over is None:
            continue
        measure, years = spec.rises_over
        verdict = _rises(observations, measure, years, reference_year)
        if verdict is None:
            continue
        said = stated.get(name)
        if isinstance(said, bool) and said != verdict:
            questions.append(f"您提到的逐年数字与“{spec.label}”的说法不一致，请确认各年度的数字。")
        elif said is None:
            settled[name] = verdict
    return settled, questions


def _rises(observations: Sequence[Observation], measure: str, years: int,
           reference_year: int) -> bool | None:
    """True, False, or None when the figures given cannot tell."""
    by_year: dict[int, int] = {}
    for o in observations:
        if o.measure == measure and o.year is not None and o.period == "year" \
                and o.amount is not None and o.product == 0 and o.usable:
            by_year[o.year] = o.amount
    window = range(reference_year - years, reference_year)
    pairs = [(by_year[y - 1], by_year[y]) for y in window[1:] if y in by_year and y - 1 in by_year]
    if any(later <= earlier for earlier, later in pairs):
        return False
    if len(pairs) < years - 1:
        return None
    # The year before the window: "连续三年正增长" read as growth *into* each of the three
    # years needs it too; where that reading disagrees, the fact is asked, not decided.
    before = window[0] - 1
    if before in by_year and by_year[window[0]] <= by_year[before]:
        return None
    return True
