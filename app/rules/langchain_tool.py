"""The calculator as a LangChain tool, for the optional LLM agent.

The model may choose the rule and pass facts; the amount still comes from
``calculate``, never from the model's text.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field

from app.rules.calculator import calculate
from app.rules.fact_values import FactValueError, facts_from_pairs
from app.rules.loader import RuleBook


class CalculatorInput(BaseModel):
    """Arguments of the subsidy calculator tool."""

    rule_id: str = Field(description="规则 id，例如 zone-15-1-outsourcing-services")
    facts: dict[str, str] = Field(default_factory=dict,
                                  description="事实，如 {'service_value_yuan': '800万'}")


def make_calculator_tool(book: RuleBook) -> StructuredTool:
    """A StructuredTool returning the Calculation as JSON (or a Chinese error)."""

    def run(rule_id: str, facts: dict[str, str] | None = None) -> str:
        try:
            rule = book.rule(rule_id)
            parsed = facts_from_pairs((f"{k}={v}" for k, v in (facts or {}).items()),
                                      book.vocabulary)
        except KeyError:
            return json.dumps({"error": f"没有规则 {rule_id}"}, ensure_ascii=False)
        except FactValueError as exc:
            return json.dumps({"error": str(exc)}, ensure_ascii=False)
        result: dict[str, Any] = calculate(rule, parsed).model_dump(mode="json")
        return json.dumps(result, ensure_ascii=False)

    return StructuredTool.from_function(
        func=run, name="policy_calculator", args_schema=CalculatorInput,
        description="按政策规则计算支持金额（确定性计算，金额只来自规则与条款）。",
    )
