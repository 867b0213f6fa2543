"""Loosely stated amounts (不到2000万, 突破5亿, 800-900万) as ``Bound`` objects.

A bound is never the base of a rate, but it may settle a threshold or name a
tier. ``Bound.compare`` says whether every value the bound allows meets a
comparison (pass), none does (fail), or the text does not say (unknown); the
calculator uses it for conditions and tiers whose fact is known only as a bound.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.config import PROJECT_ROOT
from app.rules.amounts import format_yuan
from app.rules.bounds import Bound
from app.rules.calculator import calculate
from app.rules.loader import RuleBook
from app.rules.vocabulary import load_vocabulary

WAN = 10_000
YI = 100_000_000
FACTS = load_vocabulary(PROJECT_ROOT / "corpus").facts_model()

BELOW_2000 = Bound(high=2000 * WAN, high_inclusive=False)  # 不到2000万
BELOW_3000 = Bound(high=3000 * WAN, high_inclusive=False)  # 不到3000万
AT_MOST_3000 = Bound(high=3000 * WAN)  # 不超过3000万
AT_LEAST_5YI = Bound(low=5 * YI)  # 不低于5亿
OVER_5YI = Bound(low=5 * YI, low_inclusive=False)  # 超过5亿
OVER_1YI = Bound(low=YI, low_inclusive=False)  # 超过1亿
RANGE_800_900 = Bound(low=800 * WAN, high=900 * WAN)  # 800-900万
OPEN = Bound()

COMPARE_CASES = [
    # (bound, op, limit, verdict)
    (BELOW_2000, "lt", 3000 * WAN, "pass"),
    (BELOW_2000, "le", 3000 * WAN, "pass"),
    (BELOW_2000, "lt", 2000 * WAN, "pass"),  # every value is below 2000万
    (BELOW_2000, "le", 2000 * WAN, "pass"),
    (BELOW_2000, "lt", 1000 * WAN, "unknown"),
    (BELOW_2000, "ge", 3000 * WAN, "fail"),
    (BELOW_2000, "ge", 2000 * WAN, "fail"),  # 2000万 itself is excluded
    (BELOW_2000, "gt", 2000 * WAN, "fail"),
    (BELOW_2000, "ge", 1000 * WAN, "unknown"),
    (BELOW_3000, "lt", 3000 * WAN, "pass"),
    (AT_MOST_3000, "lt", 3000 * WAN, "unknown"),  # it may be exactly 3000万
    (AT_MOST_3000, "le", 3000 * WAN, "pass"),
    (AT_MOST_3000, "ge", 3000 * WAN, "unknown"),
    (AT_MOST_3000, "gt", 3000 * WAN, "fail"),
    (AT_MOST_3000, "ge", 4000 * WAN, "fail"),
    (AT_LEAST_5YI, "ge", 5 * YI, "pass"),
    (AT_LEAST_5YI, "gt", 5 * YI, "unknown"),  # it may be exactly 5亿
    (AT_LEAST_5YI, "ge", 4 * YI, "pass"),
    (AT_LEAST_5YI, "ge", 6 * YI, "unknown"),
    (AT_LEAST_5YI, "lt", 5 * YI, "fail"),
    (AT_LEAST_5YI, "le", 5 * YI, "unknown"),
    (AT_LEAST_5YI, "lt", 4 * YI, "fail"),
    (OVER_5YI, "gt", 5 * YI, "pass"),
    (OVER_5YI, "ge", 5 * YI, "pass"),
    (OVER_5YI, "le", 5 * YI, "fail"),
    (OVER_5YI, "lt", 6 * YI, "unknown"),
    (OVER_1YI, "gt", YI, "pass"),  # 合同总额超过1亿美元, stated as 超过1亿
    (OVER_1YI, "ge", 5 * YI, "unknown"),
    (RANGE_800_900, "ge", 500 * WAN, "pass"),
    (RANGE_800_900, "ge", 800 * WAN, "pass"),
    (RANGE_800_900, "gt", 800 * WAN, "unknown"),
    (RANGE_800_900, "ge", 850 * WAN, "unknown"),
    (RANGE_800_900, "ge", 1000 * WAN, "fail"),
    (RANGE_800_900, "gt", 900 * WAN, "fail"),
    (RANGE_800_900, "lt", 1000 * WAN, "pass"),
    (RANGE_800_900, "le", 900 * WAN, "pass"),
    (RANGE_800_900, "lt", 900 * WAN, "unknown"),
    (RANGE_800_900, "lt", 800 * WAN, "fail"),
    (RANGE_800_900, "le", 800 * WAN, "unknown"),
    (RANGE_800_900, "lt", 500 * WAN, "fail"),
    (OPEN, "ge", 0, "unknown"),
    (OPEN, "lt", YI, "unknown"),
    # Equality and membership are not settled by a bound.
    (RANGE_800_900, "eq", 850 * WAN, "unknown"),
    (BELOW_2000, "in", 1000 * WAN, "unknown"),
]


@pytest.mark.parametrize(("bound", "op", "limit", "verdict"), COMPARE_CASES,
                         ids=[f"{b.describe(format_yuan)} {op} {format_yuan(limit)}"
                              for b, op, limit, _ in COMPARE_CASES])
def test_bound_compare(bound: Bound, op: str, limit: int, verdict: str) -> None:
    assert bound.compare(op, limit) == verdict


@pytest.mark.parametrize(("bound", "words"), [
    (BELOW_2000, "不到2000万元"),
    (AT_MOST_3000, "不超过3000万元"),
    (AT_LEAST_5YI, "不低于5亿元"),
    (OVER_5YI, "超过5亿元"),
    (RANGE_800_900, "800万元至900万元之间"),
    (OPEN, "未知"),
])
def test_bound_describe(bound: Bound, words: str) -> None:
    assert bound.describe(format_yuan) == words


R_AND_D = {"rd_two_years_yuan": 1200 * WAN, "rd_growth_three_years": True, "sme": True,
           "years_supported": 0, "rd_last_year_yuan": 800 * WAN}


@dataclass(frozen=True)
class BoundCase:
    """A rule, its other facts, and one fact known only as a bound."""

    name: str
    rule_id: str
    facts: dict[str, object]
    fact: str
    bound: Bound
    status: str  # the verdict of the condition on ``fact``
    amount_yuan: int | None
    eligibility: str
    detail: str


CONDITION_CASES = [
    # 第十三条: 上一年度营业收入不足3000万元; "营收不到2000万" meets it without a figure.
    BoundCase("revenue below 2000万 meets 不足3000万", "zone-13-rd-sme", R_AND_D,
              "last_year_revenue_yuan", BELOW_2000, "pass", 80 * WAN, "eligible",
              "上一年度营业收入：不到2000万元"),
    BoundCase("revenue below 3000万 meets 不足3000万", "zone-13-rd-sme", R_AND_D,
              "last_year_revenue_yuan", BELOW_3000, "pass", 80 * WAN, "eligible",
              "上一年度营业收入：不到3000万元"),
    BoundCase("revenue at most 3000万 may be 3000万", "zone-13-rd-sme", R_AND_D,
              "last_year_revenue_yuan", AT_MOST_3000, "unknown", 80 * WAN, "unknown",
              "上一年度营业收入：不超过3000万元"),
    BoundCase("revenue of at least 3000万 fails 不足3000万", "zone-13-rd-sme", R_AND_D,
              "last_year_revenue_yuan", Bound(low=3000 * WAN), "fail", None, "ineligible",
              "上一年度营业收入：不低于3000万元"),
    BoundCase("revenue between 2000万 and 4000万 is unsettled", "zone-13-rd-sme", R_AND_D,
              "last_year_revenue_yuan", Bound(low=2000 * WAN, high=4000 * WAN), "unknown",
              80 * WAN, "unknown", "上一年度营业收入：2000万元至4000万元之间"),
    # 第十一条（二）: 合同总额超过1亿美元.
    BoundCase("contract over 2亿美元 meets 超过1亿美元", "zone-11-2-license-out",
              {"varieties": 1, "contract_signed": True}, "license_out_contract_usd",
              Bound(low=2 * YI), "pass",
              50 * WAN, "eligible", "License-out 合同总额（美元）：不低于2亿美元"),
    BoundCase("contract of at most 1亿美元 fails", "zone-11-2-license-out", {"varieties": 1},
              "license_out_contract_usd", Bound(high=YI), "fail", None, "ineligible",
              "License-out 合同总额（美元）：不超过1亿美元"),
    BoundCase("contract of at least 1亿美元 may be exactly 1亿", "zone-11-2-license-out",
              {"varieties": 1}, "license_out_contract_usd", Bound(low=YI), "unknown",
              50 * WAN, "unknown", "License-out 合同总额（美元）：不低于1亿美元"),
    # 第十二条（一）: 5亿元（含）以上 settled by 突破5亿, but a bound is never a rate's base.
    BoundCase("main revenue of 5亿 or more meets the threshold, no rate on a bound",
              "zone-12-1-main-revenue", {"first_time": True}, "main_revenue_yuan",
              AT_LEAST_5YI, "pass", None, "eligible", "年度主营业务收入：不低于5亿元"),
]


@pytest.mark.parametrize("case", CONDITION_CASES, ids=lambda case: case.name)
def test_a_bound_settles_a_threshold_condition(case: BoundCase, rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule(case.rule_id), FACTS.model_validate(case.facts),
                     {case.fact: case.bound})
    [condition] = [c for c in calc.conditions if c.fact == case.fact]
    assert (condition.status, condition.detail) == (case.status, case.detail)
    assert (calc.amount_yuan, calc.eligibility) == (case.amount_yuan, case.eligibility)


def test_a_bound_is_never_the_base_of_a_rate(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-12-1-main-revenue"), FACTS(first_time=True),
                     {"main_revenue_yuan": Bound(low=6 * YI)})
    assert calc.amount_yuan is None
    assert calc.missing_facts == ["main_revenue_yuan"]


def test_a_stated_figure_wins_over_a_bound(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-13-rd-sme"),
                     FACTS.model_validate({"last_year_revenue_yuan": 3500 * WAN, **R_AND_D}),
                     {"last_year_revenue_yuan": BELOW_2000})
    assert calc.eligibility == "ineligible"
    assert calc.failed_conditions()[0].detail == "上一年度营业收入：3500万元"


TIER_CASES = [
    # 第十二条（三）: 单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿 → 20/40/200/500/1000万.
    # (bound, amount, formula or None when the figure must be asked, eligibility)
    (AT_LEAST_5YI, 200 * WAN, "单品种年产值突破“5亿元”档，奖励 200万元", "eligible"),
    (OVER_5YI, 200 * WAN, "单品种年产值突破“5亿元”档，奖励 200万元", "eligible"),
    (Bound(low=YI), 40 * WAN, "单品种年产值突破“1亿元”档，奖励 40万元", "eligible"),
    (Bound(low=20 * YI), 1000 * WAN, "单品种年产值突破“20亿元”档，奖励 1000万元", "eligible"),
    # A range inside one tier names it; a bound above every mark names the top one.
    (Bound(low=6 * YI, high=8 * YI), 200 * WAN,
     "单品种年产值6亿元至8亿元之间，达到“5亿元”档，奖励 200万元", "eligible"),
    (Bound(low=25 * YI, low_inclusive=False), 1000 * WAN,
     "单品种年产值超过25亿元，达到“20亿元”档，奖励 1000万元", "eligible"),
    # Below the lowest mark: no tier at all.
    (Bound(high=5000 * WAN, high_inclusive=False), None,
     "不符合条件（单品种年产值达到最低档5000万元），不予计算", "ineligible"),
    # A floor that is not a mark, or a ceiling that may be the lowest mark: ask the figure.
    (Bound(low=6 * YI), None, None, "eligible"),
    (Bound(high=5000 * WAN), None, None, "eligible"),
]


@pytest.mark.parametrize(("bound", "amount", "formula", "eligibility"), TIER_CASES,
                         ids=[case[0].describe(format_yuan) for case in TIER_CASES])
def test_a_bound_names_a_tier_or_asks_for_the_figure(bound: Bound, amount: int | None,
                                                     formula: str | None, eligibility: str,
                                                     rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-12-3-variety-output"), FACTS(first_time=True),
                     {"annual_output_yuan": bound})
    assert (calc.amount_yuan, calc.eligibility) == (amount, eligibility)
    if formula is None:
        assert calc.missing_facts == ["annual_output_yuan"]
        assert calc.formula.startswith("按单品种年产值所达档位：5000万元→20万元")
    else:
        assert calc.formula == formula
        assert calc.missing_facts == []


def test_a_tier_named_by_its_floor_is_traceable_in_the_inputs(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-12-3-variety-output"), FACTS(first_time=True),
                     {"annual_output_yuan": AT_LEAST_5YI})
    assert calc.inputs == {"annual_output_yuan": "突破5亿元", "first_time": True}
