"""The deterministic calculator against the policy text, one table row per rule.

Expected amounts are worked out by hand from the clause each rule cites (the
comment on each row names it), not from the rule YAML, so a figure, rate, cap
or comparison typed wrongly in ``corpus/rules`` shows up here. A rule added
without a row fails ``test_every_rule_has_a_case``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pytest

from app.config import PROJECT_ROOT
from app.rules.calculator import calculate
from app.rules.fact_values import facts_from_pairs
from app.rules.facts import Facts
from app.rules.loader import RuleBook
from app.rules.schema import NoFigure
from app.rules.vocabulary import load_vocabulary

WAN = 10_000
YI = 100_000_000
VOCABULARY = load_vocabulary(PROJECT_ROOT / "corpus")
FACTS = VOCABULARY.facts_model()


def _facts(pairs: Iterable[str]) -> Facts:
    """Facts typed as on the command line, read against the declared vocabulary."""
    return facts_from_pairs(pairs, VOCABULARY)


@dataclass(frozen=True)
class Case:
    """One rule applied to facts typed as on the command line."""

    rule_id: str
    facts: tuple[str, ...]
    amount_yuan: int | None
    kind: str
    eligibility: str = "eligible"

    def __str__(self) -> str:
        return f"{self.rule_id}[{' '.join(self.facts)}]"


RULE_CASES = [
    # 第五条（一）: 进入Ⅲ期 每个品种200万元; 5 个品种 → 1000万元.
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=5"),
         1000 * WAN, "fixed"),
    # 第五条（一）: 完成临床 “一定比例”, no figure; 2类 may follow 1类's completion standard.
    Case("zone-5-1-clinical-completion",
         ("drug_class=2类", "clinical_stage=Ⅱ期", "stage_event=完成"), None, "unspecified"),
    # 第五条（二）: 定额一次性奖励 without a number.
    Case("zone-5-2-cgt-non-registration-trial", ("non_registration_trial=是",),
         None, "unspecified"),
    # 第六条（一）: 1类 单品种最高1000万元 (and 实施产业化, now a condition of its own).
    Case("zone-6-1-class1-approval",
         ("drug_class=1类", "registration_certificate=是", "industrialised=是", "varieties=1"),
         1000 * WAN, "upper_bound"),
    # 第六条（一）: 2类 单品种择优最高500万元; two varieties.
    Case("zone-6-1-class2-approval",
         ("drug_class=2类", "registration_certificate=是", "industrialised=是", "varieties=2"),
         1000 * WAN, "upper_bound"),
    # 第六条（一）: 首仿药 参照1类 → 最高1000万元.
    Case("zone-6-1-improved-first-generic",
         ("drug_kind=first_generic", "registration_certificate=是", "industrialised=是",
          "varieties=1"),
         1000 * WAN, "upper_bound"),
    # 第六条（二）: 二类新兽药 最高200万元.
    Case("zone-6-2-veterinary", ("vet_drug_class=二类", "industrialised=是", "varieties=1"),
         200 * WAN, "upper_bound"),
    # 第七条: refers to other district policies, no figure.
    Case("zone-7-medical-devices", (), None, "unspecified"),
    # 第八条（一）: 不超过实际交易额的10%: 5000万 → 500万 (for the 委托方, not the 受托方).
    Case("zone-8-1-commissioned-production",
         ("transaction_value_yuan=5000万", "contract_manufacturer=否"), 500 * WAN, "upper_bound"),
    # 第八条（一）: 不超过实际投入金额的20%: 3000万 → 600万 (for the 受托方).
    Case("zone-8-1-contract-production",
         ("production_investment_yuan=3000万", "contract_manufacturer=是"),
         600 * WAN, "upper_bound"),
    # 第八条（二）: 年度销售收入的2‰: 10亿 → 200万.
    Case("zone-8-2-sales-platform", ("sales_revenue_yuan=10亿",), 200 * WAN, "fixed"),
    # 第九条: 经认定后可给予资金支持, no figure.
    Case("zone-9-leading-talent", (), None, "unspecified"),
    # 第十条: 固定资产实际投资额的一定比例.
    Case("zone-10-major-industrial-project", ("project_investment_yuan=5亿",),
         None, "unspecified"),
    # 第十一条（一）: 不超过实际注册费用的30%: 200万 → 60万.
    Case("zone-11-1-international-registration",
         ("registration_cost_yuan=200万", "international_approval=是"), 60 * WAN, "upper_bound"),
    # 第十一条（二）: License-in 单品种最高100万元.
    Case("zone-11-2-license-in", ("product_launched=是", "varieties=1"), 100 * WAN, "upper_bound"),
    # 第十一条（二）: License-out 合同总额超过1亿美元, 单品种最高50万元.
    Case("zone-11-2-license-out", ("license_out_contract_usd=1.5亿美元", "varieties=1",
                                     "contract_signed=是"),
         50 * WAN, "upper_bound"),
    # 第十二条（一）: 主营业务收入的2‰: 6亿 → 120万.
    Case("zone-12-1-main-revenue", ("main_revenue_yuan=6亿", "first_time=是"), 120 * WAN, "fixed"),
    # 第十二条（二）: 实际获得专项资金一定比例的配套.
    Case("zone-12-2-national-project-matching", (), None, "unspecified"),
    # 第十二条（三）: 单品种年产值首次突破5亿元 → 200万元.
    Case("zone-12-3-variety-output", ("annual_output_yuan=5亿", "first_time=是"),
         200 * WAN, "fixed"),
    # 第十三条: 不超过上一年度研发投入的10%: 800万 → 80万.
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=是",
          "sme=是", "years_supported=0", "rd_last_year_yuan=800万"), 80 * WAN, "upper_bound"),
    # 第十四条（三）: 损失本金部分的一定比例.
    Case("zone-14-3-credit-risk-compensation", (), None, "unspecified"),
    # 第十四条（二）: refers to district finance policies.
    Case("zone-14-2-finance-policies", (), None, "unspecified"),
    # 第十五条（一）: 不超过年度实际服务金额的20%: 800万 → 160万.
    Case("zone-15-1-outsourcing-services", ("service_value_yuan=800万",), 160 * WAN,
         "upper_bound", "unknown"),
    # 第十五条（二）: 不超过平台建设实际投入的30%, 最高3000万元: 1.5亿 → 4500万 → 3000万.
    Case("zone-15-2-shared-platform", ("platform_investment_yuan=1.5亿", "serves_others=是"),
         3000 * WAN,
         "upper_bound"),
    # 第十五条（二）: 已投入运营的平台 择优给予一定的资金奖励.
    Case("zone-15-2-platform-operation", (), None, "unspecified"),
    # 第十六条（三）: 不超过活动实际发生费用的20%: 500万 → 100万.
    Case("zone-16-3-industry-events", ("event_cost_yuan=500万",), 100 * WAN, "upper_bound"),
    # 第十六条（三）: 一定比例运营补贴.
    Case("zone-16-3-alliance-operation", (), None, "unspecified"),
    # 第四条（一）: 每年定额安排概念验证资金 (a yearly budget, not a figure per project).
    Case("zone-4-1-proof-of-concept", (), None, "unspecified"),
    # 第四条（二）: 每个项目给予一定资金支持.
    Case("zone-4-2-ai-digital-projects", (), None, "unspecified"),
    # 2026-2028（五）: 不超过项目工程投资总额30%、最高5000万元: 2亿 → 6000万 → 5000万.
    Case("m2026-5-ai-demonstration", ("engineering_investment_yuan=2亿",), 5000 * WAN,
         "upper_bound"),
    # 2026-2028（七）: 不超过2000万元.
    Case("m2026-7-service-platform", (), 2000 * WAN, "upper_bound"),
    # 2026-2028（十一）: 不超过项目投资总额50%、最高3000万元: 1000万 → 500万.
    Case("m2026-11-park-operation", ("project_investment_yuan=1000万",), 500 * WAN,
         "upper_bound"),
    # 2026-2028（十二）: 外资研发中心 不超过1000万元.
    Case("m2026-12-foreign-rd-center", ("foreign_invested=是",), 1000 * WAN, "upper_bound"),
    # 2026-2028（十二）: 国际科研机构 不超过300万元.
    Case("m2026-12-international-institute", (), 300 * WAN, "upper_bound"),
    # 2026-2028（十二）: 国际学术研讨会议 不超过300万元.
    Case("m2026-12-international-conference", (), 300 * WAN, "upper_bound"),
    # 2026-2028（十三）: 技术成果海外应用 不超过200万元.
    Case("m2026-13-overseas-application", (), 200 * WAN, "upper_bound"),
    # 2026-2028（十三）: 海外平台载体 分档给予不超过300万元.
    Case("m2026-13-overseas-platform", (), 300 * WAN, "upper_bound"),
    # 2026-2028（一）: 高能级创新平台 给予资金支持, no figure.
    Case("m2026-1-innovation-platform", (), None, "unspecified"),
    # 2026-2028（四）: 算力券补贴, no figure.
    Case("m2026-4-computing-voucher", (), None, "unspecified"),
    # 2026-2028（九）: 相应资金支持, no figure.
    Case("m2026-9-investment-institutions", (), None, "unspecified"),
    # 2026-2028（十四）: 青年拔尖人才 资金支持, no figure.
    Case("m2026-14-young-talent", (), None, "unspecified"),
]


def test_every_rule_has_a_case(rulebook: RuleBook) -> None:
    tabled = [case.rule_id for case in RULE_CASES]
    assert len(tabled) == len(set(tabled)), "one row per rule in RULE_CASES"
    assert set(tabled) == {rule.id for rule in rulebook.rules}


@pytest.mark.parametrize("case", RULE_CASES, ids=lambda case: case.rule_id)
def test_rule_amount_matches_its_clause(case: Case, rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule(case.rule_id), _facts(case.facts))
    assert (calc.amount_yuan, calc.kind, calc.eligibility) == (
        case.amount_yuan, case.kind, case.eligibility)
    assert calc.rule_id == case.rule_id
    assert calc.citation == rulebook.rule(case.rule_id).citation


ISSUE_EXAMPLES = [
    Case("zone-15-2-shared-platform", ("platform_investment_yuan=1.5亿", "serves_others=是"),
         3000 * WAN,
         "upper_bound"),
    Case("zone-15-1-outsourcing-services", ("service_value_yuan=800万", "years_supported=0",
                                            "outsourcing_provider=是"),
         160 * WAN, "upper_bound"),
    Case("zone-12-3-variety-output", ("annual_output_yuan=5.2亿", "first_time=是"),
         200 * WAN, "fixed"),
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=5"),
         1000 * WAN, "fixed"),
    # 60 × 200万 = 1.2亿 > 每个企业每年支持金额不超过1亿元: the ceiling binds, so the
    # figure is a ceiling (upper_bound), no longer the clause's fixed sum.
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=60"),
         YI, "upper_bound"),
    # 50 × 200万 is exactly the 1亿 cap: allowed in full.
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=50"),
         YI, "fixed"),
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅰ期", "stage_event=进入", "varieties=1"),
         50 * WAN, "fixed"),
    Case("zone-5-1-clinical-entry",
         ("drug_class=一类", "clinical_stage=二期", "stage_event=进入", "varieties=两个"),
         200 * WAN, "fixed"),
    # 2类 entering a phase gets no entry reward (only 1类 does).
    Case("zone-5-1-clinical-entry",
         ("drug_class=2类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=1"),
         None, "fixed", "ineligible"),
    # Completing a phase is not entering it.
    Case("zone-5-1-clinical-entry",
         ("drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=完成", "varieties=1"),
         None, "fixed", "ineligible"),
    Case("zone-11-1-international-registration",
         ("registration_cost_yuan=200万", "international_approval=是"), 60 * WAN, "upper_bound"),
    Case("zone-8-2-sales-platform", ("sales_revenue_yuan=10亿",), 200 * WAN, "fixed"),
    Case("m2026-5-ai-demonstration", ("engineering_investment_yuan=2亿",), 5000 * WAN,
         "upper_bound"),
    Case("m2026-11-park-operation", ("project_investment_yuan=1000万",), 500 * WAN,
         "upper_bound"),
    # 1亿 × 50% = 5000万 > 最高3000万元.
    Case("m2026-11-park-operation", ("project_investment_yuan=1亿",), 3000 * WAN,
         "upper_bound"),
    # 1亿 × 30% = 3000万: exactly the cap.
    Case("zone-15-2-shared-platform", ("platform_investment_yuan=1亿", "serves_others=是"),
         3000 * WAN,
         "upper_bound"),
    # Rates round down to the yuan: 333元 × 30% = 99.9 → 99.
    Case("zone-15-2-shared-platform", ("platform_investment_yuan=333元", "serves_others=是"), 99,
         "upper_bound"),
]


@pytest.mark.parametrize("case", ISSUE_EXAMPLES, ids=str)
def test_worked_examples_from_the_policy_text(case: Case, rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule(case.rule_id), _facts(case.facts))
    assert (calc.amount_yuan, calc.kind, calc.eligibility) == (
        case.amount_yuan, case.kind, case.eligibility)


def test_per_enterprise_cap_is_named_in_the_working(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-5-1-clinical-entry"), _facts(
        ["drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=60"]))
    assert calc.amount_yuan == YI
    assert calc.caps_applied == ["每个企业每年不超过1亿元"]
    assert "1.2亿元" in calc.formula and "按上限计" in calc.formula


def test_rate_cap_is_named_in_the_working(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("m2026-5-ai-demonstration"),
                     _facts(["engineering_investment_yuan=2亿"]))
    assert calc.formula == "2亿元 × 30% = 6000万元，超过最高5000万元，按5000万元计"


def test_rate_cap_is_listed_in_caps_applied(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("m2026-5-ai-demonstration"),
                     _facts(["engineering_investment_yuan=2亿"]))
    assert calc.caps_applied
    assert calc.caps_applied == ["本项最高5000万元"]
    assert calc.amount_yuan == 5000 * WAN


def test_an_ineligible_calculation_lists_no_cap(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-5-1-clinical-entry"), _facts(
        ["drug_class=2类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=60"]))
    assert (calc.amount_yuan, calc.caps_applied) == (None, [])


def test_rate_below_its_cap_lists_no_cap(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("m2026-5-ai-demonstration"),
                     _facts(["engineering_investment_yuan=1亿"]))
    assert (calc.amount_yuan, calc.caps_applied) == (3000 * WAN, [])


BOUNDARY_CASES = [
    # 第十二条（一）: 首次突破5亿元（含）以上 → ≥ 5亿.
    Case("zone-12-1-main-revenue", ("main_revenue_yuan=5亿", "first_time=是"),
         100 * WAN, "fixed"),
    Case("zone-12-1-main-revenue", ("main_revenue_yuan=4.99亿", "first_time=是"),
         None, "fixed", "ineligible"),
    Case("zone-12-1-main-revenue", ("main_revenue_yuan=499999999元", "first_time=是"),
         None, "fixed", "ineligible"),
    Case("zone-12-1-main-revenue", ("main_revenue_yuan=6亿", "first_time=否"),
         None, "fixed", "ineligible"),
    # 第十一条（二）: 合同总额超过1亿美元 → > 1亿美元, in dollars.
    Case("zone-11-2-license-out", ("license_out_contract_usd=1亿美元", "varieties=1"),
         None, "upper_bound", "ineligible"),
    Case("zone-11-2-license-out", ("license_out_contract_usd=1.01亿美元", "varieties=1",
                                     "contract_signed=是"),
         50 * WAN, "upper_bound"),
    Case("zone-11-2-license-out", ("license_out_contract_usd=100000001美元", "varieties=1",
                                     "contract_signed=是"),
         50 * WAN, "upper_bound"),
    # A yuan figure says nothing about the dollar threshold: unknown, never converted.
    Case("zone-11-2-license-out", ("license_out_contract_cny=10亿元", "varieties=1"),
         50 * WAN, "upper_bound", "unknown"),
    # 第十三条: 上一年度营业收入不足3000万元 → < 3000万.
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=3000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=是",
          "sme=是", "years_supported=0", "rd_last_year_yuan=800万"),
         None, "upper_bound", "ineligible"),
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=29999999元", "rd_two_years_yuan=1200万",
          "rd_growth_three_years=是", "sme=是", "years_supported=0", "rd_last_year_yuan=800万"),
         80 * WAN, "upper_bound"),
    # 第十三条: 上两年研发投入总额达1000万元以上 → ≥ 1000万.
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1000万", "rd_growth_three_years=是",
          "sme=是", "years_supported=0", "rd_last_year_yuan=600万"), 60 * WAN, "upper_bound"),
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=9999999元",
          "rd_growth_three_years=是", "sme=是", "years_supported=0", "rd_last_year_yuan=600万"),
         None, "upper_bound", "ineligible"),
    # 第十三条: 累计支持不超过三年 → a fourth year is refused.
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=是",
          "sme=是", "years_supported=2", "rd_last_year_yuan=600万"), 60 * WAN, "upper_bound"),
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=是",
          "sme=是", "years_supported=3", "rd_last_year_yuan=600万"),
         None, "upper_bound", "ineligible"),
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=否",
          "sme=是", "years_supported=0", "rd_last_year_yuan=600万"),
         None, "upper_bound", "ineligible"),
    Case("zone-13-rd-sme",
         ("last_year_revenue_yuan=2000万", "rd_two_years_yuan=1200万", "rd_growth_three_years=是",
          "sme=否", "years_supported=0", "rd_last_year_yuan=600万"),
         None, "upper_bound", "ineligible"),
    # 第十五条（一）: 累计支持不超过三年.
    Case("zone-15-1-outsourcing-services", ("service_value_yuan=800万", "years_supported=3"),
         None, "upper_bound", "ineligible"),
    # 第十一条（一）: only for 新获得 FDA/EMA 认证.
    Case("zone-11-1-international-registration",
         ("registration_cost_yuan=200万", "international_approval=否"),
         None, "upper_bound", "ineligible"),
    Case("zone-11-2-license-in", ("product_launched=否", "varieties=1"),
         None, "upper_bound", "ineligible"),
    Case("zone-6-1-class1-approval",
         ("drug_class=2类", "registration_certificate=是", "varieties=1"),
         None, "upper_bound", "ineligible"),
    Case("zone-6-1-class2-approval",
         ("drug_class=2类", "registration_certificate=否", "varieties=1"),
         None, "upper_bound", "ineligible"),
    Case("zone-6-2-veterinary", ("vet_drug_class=一类", "industrialised=是", "varieties=1"),
         300 * WAN, "upper_bound"),
    Case("zone-6-2-veterinary", ("vet_drug_class=三类", "industrialised=是", "varieties=2"),
         200 * WAN, "upper_bound"),
    # 第六条: 实施产业化 is a condition; not industrialising withholds the award …
    Case("zone-6-1-class1-approval",
         ("drug_class=1类", "registration_certificate=是", "industrialised=否", "varieties=1"),
         None, "upper_bound", "ineligible"),
    Case("zone-6-2-veterinary", ("vet_drug_class=一类", "industrialised=否", "varieties=1"),
         None, "upper_bound", "ineligible"),
    # … and leaving it unstated leaves it unsettled (the dialogue may assume it, not the
    # calculator): the figure is worked out, eligibility stays unknown.
    Case("zone-6-1-class1-approval",
         ("drug_class=1类", "registration_certificate=是", "varieties=1"),
         1000 * WAN, "upper_bound", "unknown"),
    # 第八条（一）: the 委托方 gets the transaction-value award, the 受托方 the investment one.
    Case("zone-8-1-commissioned-production",
         ("transaction_value_yuan=5000万", "contract_manufacturer=是"),
         None, "upper_bound", "ineligible"),
    Case("zone-8-1-contract-production",
         ("production_investment_yuan=3000万", "contract_manufacturer=否"),
         None, "upper_bound", "ineligible"),
    Case("zone-8-1-contract-production", ("production_investment_yuan=3000万",),
         600 * WAN, "upper_bound", "unknown"),
]

# 第十二条（三）: 单品种年产值首次突破 5000万/1亿/5亿/10亿/20亿 → 20/40/200/500/1000万.
OUTPUT_TIERS = [(5000 * WAN, 20 * WAN), (YI, 40 * WAN), (5 * YI, 200 * WAN),
                (10 * YI, 500 * WAN), (20 * YI, 1000 * WAN)]
for _index, (_threshold, _award) in enumerate(OUTPUT_TIERS):
    _below = OUTPUT_TIERS[_index - 1][1] if _index else None
    BOUNDARY_CASES += [
        Case("zone-12-3-variety-output", (f"annual_output_yuan={_threshold}元", "first_time=是"),
             _award, "fixed"),
        Case("zone-12-3-variety-output",
             (f"annual_output_yuan={_threshold - 1}元", "first_time=是"),
             _below, "fixed", "eligible" if _below else "ineligible"),
    ]
BOUNDARY_CASES.append(Case("zone-12-3-variety-output",
                           ("annual_output_yuan=100亿", "first_time=是"), 1000 * WAN, "fixed"))


@pytest.mark.parametrize("case", BOUNDARY_CASES, ids=str)
def test_threshold_boundaries(case: Case, rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule(case.rule_id), _facts(case.facts))
    assert (calc.amount_yuan, calc.eligibility) == (case.amount_yuan, case.eligibility)
    if case.eligibility == "ineligible":
        assert calc.failed_conditions()
        assert "不符合条件" in calc.formula


def test_failed_condition_is_named_in_chinese(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-12-1-main-revenue"),
                     _facts(["main_revenue_yuan=4.99亿", "first_time=是"]))
    assert [c.label for c in calc.failed_conditions()] == ["年度主营业务收入达到5亿元（含）以上"]
    assert calc.failed_conditions()[0].detail == "年度主营业务收入：4.99亿元"


def test_yuan_contract_value_asks_for_dollars_without_converting(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-11-2-license-out"),
                     _facts(["license_out_contract_cny=10亿元"]))
    threshold = next(c for c in calc.conditions if c.fact == "license_out_contract_usd")
    assert threshold.status == "unknown"
    assert threshold.detail is not None
    assert "不做汇率折算" in threshold.detail and "美元" in threshold.detail


def test_below_the_lowest_output_tier_names_the_tier(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-12-3-variety-output"),
                     _facts(["annual_output_yuan=4000万", "first_time=是"]))
    assert calc.eligibility == "ineligible"
    assert any("5000万元" in c.label for c in calc.failed_conditions())


MISSING_FACT_CASES = [
    ("zone-15-2-shared-platform", "platform_investment_yuan"),
    ("zone-12-3-variety-output", "annual_output_yuan"),
    ("zone-5-1-clinical-entry", "clinical_stage"),
    ("zone-6-2-veterinary", "vet_drug_class"),
    ("zone-13-rd-sme", "rd_last_year_yuan"),
]


@pytest.mark.parametrize(("rule_id", "fact"), MISSING_FACT_CASES)
def test_missing_base_gives_no_amount_and_names_the_fact(rule_id: str, fact: str,
                                                         rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule(rule_id), FACTS())
    assert calc.amount_yuan is None
    assert calc.missing_facts == [fact]


def test_unstated_variety_count_counts_one_and_says_so(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-6-1-class1-approval"),
                     _facts(["drug_class=1类", "registration_certificate=是"]))
    assert calc.amount_yuan == 1000 * WAN
    assert any("按1个计" in note for note in calc.notes)


# Conditions a first-time applicant is not asked about (the dialogue may assume them met)
# and 首次 conditions that an earlier figure of a fact can refute.
ASSUMED_CONDITIONS = [
    ("zone-6-1-class1-approval", "industrialised"),
    ("zone-6-1-class2-approval", "industrialised"),
    ("zone-6-1-improved-first-generic", "industrialised"),
    ("zone-6-2-veterinary", "industrialised"),
    ("zone-8-1-commissioned-production", "contract_manufacturer"),
    ("zone-11-2-license-out", "contract_signed"),
    ("zone-8-1-contract-production", "contract_manufacturer"),
    ("zone-13-rd-sme", "years_supported"),
    ("zone-15-2-shared-platform", "serves_others"),
    ("zone-15-1-outsourcing-services", "years_supported"),
    ("zone-15-1-outsourcing-services", "outsourcing_provider"),
]


@pytest.mark.parametrize(("rule_id", "fact"), ASSUMED_CONDITIONS)
def test_assumable_conditions_stay_unknown_in_the_calculator(rule_id: str, fact: str,
                                                             rulebook: RuleBook) -> None:
    rule = rulebook.rule(rule_id)
    [condition] = [c for c in rule.conditions if c.fact == fact]
    assert condition.assume_when_unknown
    [result] = [c for c in calculate(rule, FACTS()).conditions if c.fact == fact]
    assert result.status == "unknown"
    assert result.detail == f"尚未提供：{VOCABULARY.label(fact)}"


def test_only_the_declared_conditions_are_assumable(rulebook: RuleBook) -> None:
    assumed = {(rule.id, c.fact) for rule in rulebook.rules for c in rule.conditions
               if c.assume_when_unknown and not c.silent_when_unknown}
    assert assumed == set(ASSUMED_CONDITIONS)


def test_a_documents_scope_is_checked_by_each_of_its_rules_and_shown_only_once_said(
        rulebook: RuleBook) -> None:
    """第二条 (本办法适用于医药健康领域…主体) binds every rule of the draft, none of the other's."""
    [scope] = rulebook.scopes
    draft = PROJECT_ROOT / "corpus" / "policies" / "changping-zone-draft.md"
    assert scope.text in draft.read_text(encoding="utf-8")
    for rule in rulebook.rules:
        scoped = [c for c in rule.conditions if c.fact == scope.condition.fact]
        assert bool(scoped) == (rule.citation.doc_id == scope.doc_id), rule.id
    rule = rulebook.rule("zone-12-1-main-revenue")
    facts = ["main_revenue_yuan=6亿", "first_time=是"]
    unstated = calculate(rule, _facts(facts))
    assert unstated.amount_yuan == 120 * WAN
    assert all(c.fact != "health_sector" for c in unstated.conditions)
    outside = calculate(rule, _facts([*facts, "health_sector=否"]))
    assert outside.amount_yuan is None
    assert [c.status for c in outside.conditions if c.fact == "health_sector"] == ["fail"]


@pytest.mark.parametrize(("rule_id", "crossed"), [
    ("zone-12-1-main-revenue", "main_revenue_yuan"),
    ("zone-12-3-variety-output", "annual_output_yuan"),
])
def test_first_time_conditions_name_the_fact_they_cross(rule_id: str, crossed: str,
                                                        rulebook: RuleBook) -> None:
    [first] = [c for c in rulebook.rule(rule_id).conditions if c.fact == "first_time"]
    assert first.first_crossing_of == crossed


def test_contract_kinds_only(rulebook: RuleBook) -> None:
    assert {rule.kind for rule in rulebook.rules} <= {"fixed", "upper_bound", "unspecified"}


ALL_FACTS = FACTS(
    drug_class=1, drug_kind="improved", clinical_stage="III", stage_event="completed",
    varieties=3, registration_certificate=True, vet_drug_class=1, non_registration_trial=True,
    transaction_value_yuan=YI, production_investment_yuan=YI, sales_revenue_yuan=YI,
    registration_cost_yuan=YI, international_approval=True, product_launched=True,
    license_out_contract_usd=2 * YI, main_revenue_yuan=6 * YI, first_time=True,
    annual_output_yuan=6 * YI, last_year_revenue_yuan=1000 * WAN, rd_two_years_yuan=2000 * WAN,
    rd_growth_three_years=True, rd_last_year_yuan=1000 * WAN, sme=True, years_supported=0,
    service_value_yuan=YI, platform_investment_yuan=YI, event_cost_yuan=YI,
    project_investment_yuan=YI, engineering_investment_yuan=YI,
)


def test_unspecified_rules_never_state_an_amount(rulebook: RuleBook) -> None:
    unspecified = [rule for rule in rulebook.rules if rule.kind == "unspecified"]
    assert unspecified
    for rule in unspecified:
        assert isinstance(rule.formula, NoFigure)
        for facts in (FACTS(), ALL_FACTS):
            calc = calculate(rule, facts)
            assert calc.amount_yuan is None, rule.id
            assert calc.contract_dict()["amount_yuan"] is None


def test_rules_with_a_figure_are_never_unspecified(rulebook: RuleBook) -> None:
    for rule in rulebook.rules:
        if not isinstance(rule.formula, NoFigure):
            assert rule.kind in ("fixed", "upper_bound"), rule.id


def test_contract_dict_has_the_answer_contract_shape(rulebook: RuleBook) -> None:
    calc = calculate(rulebook.rule("zone-5-1-clinical-entry"), _facts(
        ["drug_class=1类", "clinical_stage=Ⅲ期", "stage_event=进入", "varieties=1"]))
    assert calc.contract_dict() == {
        "rule_id": "zone-5-1-clinical-entry", "amount_yuan": 200 * WAN, "kind": "fixed",
        "formula": "200万元 × 1 个品种 = 200万元",
        # The facts that decided its conditions (drug_class, stage_event) are inputs too.
        "inputs": {"varieties": 1, "clinical_stage": "III", "drug_class": 1,
                   "stage_event": "entered"},
    }


def test_calculate_is_pure(rulebook: RuleBook) -> None:
    rule = rulebook.rule("zone-12-3-variety-output")
    facts = _facts(["annual_output_yuan=4000万", "first_time=是"])
    first, second = calculate(rule, facts), calculate(rule, facts)
    assert first == second
    # The tier condition, added once; the draft's scope (第二条), unstated, is not listed.
    shown = [c for c in rule.conditions if not c.silent_when_unknown]
    assert len(first.conditions) == len(shown) + 1
