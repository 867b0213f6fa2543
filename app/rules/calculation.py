"""The calculator's output: an amount with its working, conditions and citation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from app.rules.schema import Citation, Kind

ConditionStatus = Literal["pass", "fail", "unknown"]
Eligibility = Literal["eligible", "ineligible", "unknown"]


class ConditionResult(BaseModel):
    """One stated condition and whether the facts meet it."""

    model_config = ConfigDict(frozen=True)

    label: str
    status: ConditionStatus
    fact: str | None = None
    detail: str | None = None


class Calculation(BaseModel):
    """Everything a help-desk officer needs to trust and paste an amount."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    rule_name: str
    amount_yuan: int | None
    kind: Kind
    formula: str
    inputs: dict[str, object]
    conditions: list[ConditionResult]
    requirements: list[str]
    missing_facts: list[str]
    caps_applied: list[str]
    citation: Citation
    recognition: str | None = None
    merit_based: bool = False
    duration: str | None = None
    notes: list[str] = []

    @property
    def eligibility(self) -> Eligibility:
        """Ineligible if any condition fails; unknown if any is unsettled."""
        statuses = {c.status for c in self.conditions}
        if "fail" in statuses:
            return "ineligible"
        return "unknown" if "unknown" in statuses else "eligible"

    def failed_conditions(self) -> list[ConditionResult]:
        """Conditions the stated facts do not meet."""
        return [c for c in self.conditions if c.status == "fail"]

    def contract_dict(self) -> dict[str, object]:
        """The ``calculation`` object of the Answer contract."""
        return {"rule_id": self.rule_id, "amount_yuan": self.amount_yuan, "kind": self.kind,
                "formula": self.formula, "inputs": self.inputs}
