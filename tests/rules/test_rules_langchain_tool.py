"""The calculator as a LangChain tool gives the same amounts as ``calculate``.

The optional LLM agent may only choose a rule and pass facts; the figure must
still come from the calculator, so the tool and the direct call must agree.
"""

from __future__ import annotations

import json

import pytest

from app.rules.calculator import calculate
from app.rules.fact_values import facts_from_pairs
from app.rules.langchain_tool import make_calculator_tool
from app.rules.loader import RuleBook

TOOL_CASES = [
    ("zone-15-2-shared-platform", {"platform_investment_yuan": "1.5亿"}),
    ("zone-15-1-outsourcing-services", {"service_value_yuan": "800万"}),
    ("zone-5-1-clinical-entry", {"drug_class": "1类", "clinical_stage": "Ⅲ期",
                                 "stage_event": "进入", "varieties": "60"}),
    ("zone-11-2-license-out", {"license_out_contract_usd": "1亿美元"}),
    ("zone-12-3-variety-output", {"annual_output_yuan": "5亿", "first_time": "是"}),
    ("m2026-5-ai-demonstration", {"engineering_investment_yuan": "2亿"}),
    ("zone-10-major-industrial-project", {}),
]


@pytest.mark.parametrize(("rule_id", "facts"), TOOL_CASES, ids=[c[0] for c in TOOL_CASES])
def test_tool_amount_equals_calculate(rule_id: str, facts: dict[str, str],
                                      rulebook: RuleBook) -> None:
    tool = make_calculator_tool(rulebook)
    result = json.loads(tool.invoke({"rule_id": rule_id, "facts": facts}))
    direct = calculate(rulebook.rule(rule_id),
                       facts_from_pairs((f"{k}={v}" for k, v in facts.items()),
                                        rulebook.vocabulary))
    assert result["amount_yuan"] == direct.amount_yuan
    assert (result["rule_id"], result["kind"]) == (rule_id, direct.kind)
    assert result == json.loads(direct.model_dump_json())


def test_tool_without_facts_argument(rulebook: RuleBook) -> None:
    tool = make_calculator_tool(rulebook)
    result = json.loads(tool.invoke({"rule_id": "m2026-7-service-platform"}))
    assert result["amount_yuan"] == 2000 * 10_000


@pytest.mark.parametrize(("rule_id", "facts"), [
    ("no-such-rule", {}),
    ("zone-15-1-outsourcing-services", {"service_value_yuan": "很多"}),
    ("zone-15-1-outsourcing-services", {"no_such_fact": "1"}),
])
def test_tool_reports_bad_input_as_a_chinese_error(rule_id: str, facts: dict[str, str],
                                                   rulebook: RuleBook) -> None:
    tool = make_calculator_tool(rulebook)
    result = json.loads(tool.invoke({"rule_id": rule_id, "facts": facts}))
    assert set(result) == {"error"}
    assert any("\u4e00" <= ch <= "\u9fff" for ch in result["error"])


def test_tool_is_named_and_described_for_the_model(rulebook: RuleBook) -> None:
    tool = make_calculator_tool(rulebook)
    assert tool.name == "policy_calculator"
    assert set(tool.args) == {"rule_id", "facts"}
