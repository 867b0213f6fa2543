"""Schema of ``corpus/rules/*.yaml``: every figure tied to the clause that states it.

Amounts, caps, thresholds and rates are written in YAML exactly as the policy
writes them (``50万元``, ``2‰``, ``1亿美元``) and must occur in the rule's cited
source sentence, so a rule cannot carry a figure its clause does not state.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.normalize import canonical_brackets, nfkc
from app.rules.amounts import Money, parse_money, parse_rate

Kind = Literal["fixed", "upper_bound", "unspecified"]
Level = Literal["district", "municipal"]


def is_money_fact(name: str) -> bool:
    """Money facts name their currency (``_yuan``, ``_usd``, ``_cny``); the vocabulary checks it."""
    return name.endswith(("_yuan", "_usd", "_cny"))


def _check_declared(fact: str, info: ValidationInfo, what: str = "") -> None:
    """A rule may name only facts the vocabulary declares (passed as validation context)."""
    declared = (info.context or {}).get("declared_facts")
    if declared is not None and fact not in declared:
        raise ValueError(f"{what}未知事实字段 {fact!r}（请在 corpus/domain/facts.yaml 中声明）")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(_Strict):
    """The clause a rule rests on, with its exact source sentence(s)."""

    doc_id: str
    article: str
    item: str | None = None
    text: str

    @field_validator("article", "item")
    @classmethod
    def _full_width(cls, value: str | None) -> str | None:
        return canonical_brackets(value)


class Condition(_Strict):
    """A stated condition checked against one fact: pass, fail or unknown."""

    fact: str
    op: Literal["eq", "in", "ge", "gt", "lt", "le", "is_true", "is_false"]
    value: str | int | list[str | int] | None = None
    label: str  # the condition as the policy states it, in Chinese
    source: str | None = None  # the words of the clause this condition reads (若不同于 label)
    # An unstated fact the answer may assume met (累计支持不超过三年: a limit on duration,
    # not something to ask a first-time applicant); otherwise an unknown condition is asked.
    assume_when_unknown: bool = False
    # "首次": false when an earlier figure of this fact already met the threshold or tier.
    first_crossing_of: str | None = None
    # A document-wide condition (本办法适用于医药健康领域…主体) is listed only once the user
    # has said something about it; unstated, it is neither asked nor shown.
    silent_when_unknown: bool = False

    @field_validator("fact")
    @classmethod
    def _known_fact(cls, fact: str, info: ValidationInfo) -> str:
        _check_declared(fact, info)
        return fact

    def threshold(self) -> Money | None:
        """The money threshold of a comparison on an amount fact."""
        if is_money_fact(self.fact) and isinstance(self.value, str):
            return parse_money(self.value)
        return None


class Cap(_Strict):
    """A ceiling on the summed amount, with its scope (每个企业每年 …)."""

    amount: str
    scope: str
    # A ceiling per year (每个企业每年): products that fall in different years are capped
    # year by year, never all together.
    per: Literal["year"] | None = None

    def yuan(self) -> int:
        """The cap in yuan."""
        return parse_money(self.amount).amount


class PerUnitTable(_Strict):
    """Sum per unit looked up by a fact (stage, class), times a count fact."""

    type: Literal["per_unit_table"]
    key: str
    table: dict[str, str]
    count: str | None = None


class PerUnit(_Strict):
    """One sum per unit (per variety), times a count fact."""

    type: Literal["per_unit"]
    amount: str
    count: str | None = None


class Rate(_Strict):
    """A rate of a base amount, optionally capped."""

    type: Literal["rate"]
    base: str
    rate: str
    cap: str | None = None

    def fraction(self) -> Fraction:
        """The rate as an exact fraction."""
        return parse_rate(self.rate)


class Tier(_Strict):
    """One step of a tiered award."""

    threshold: str
    amount: str


class Tiers(_Strict):
    """Award of the highest tier whose threshold the base reaches."""

    type: Literal["tiers"]
    base: str
    op: Literal["ge", "gt"] = "ge"
    tiers: list[Tier]
    # "首次突破5000万元" with no （含）: whether exactly 5000万 counts, the text does not say.
    # ``ask`` makes a figure equal to a threshold a question, never an award.
    at_threshold: Literal["decided", "ask"] = "decided"


class NoFigure(_Strict):
    """Support granted without a figure (一定比例, 定额 without a number)."""

    type: Literal["none"]


Formula = Annotated[PerUnitTable | PerUnit | Rate | Tiers | NoFigure, Field(discriminator="type")]


class Rule(_Strict):
    """One provision that grants support, with everything needed to compute and explain it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]{2,80}$")
    name: str
    citation: Citation
    level: Level
    audience: str
    kind: Kind
    formula: Formula
    conditions: list[Condition] = []
    requirements: list[str] = []  # stated conditions no fact can settle (实施产业化 …)
    caps: list[Cap] = []
    recognition: str | None = None  # 经认定 / 经评审: a body decides, the text says so
    merit_based: bool = False  # 择优
    duration: str | None = None  # 累计支持不超过三年 …
    max_years: int | None = None
    exclusive_group: str | None = None  # same 事项: 从优不重复 within a level
    keywords: list[str] = []  # routing hints in policy words
    notes: list[str] = []

    @model_validator(mode="after")
    def _figures_come_from_the_clause(self, info: ValidationInfo) -> Rule:
        source = nfkc(self.citation.text)
        for figure in self.figures():
            if nfkc(figure) not in source and nfkc(figure).rstrip("元") not in source:
                raise ValueError(f"数值 {figure!r} 未出现在所引条款原文中")
        for fact in self.formula_facts():
            _check_declared(fact, info, "公式引用了")
        if (self.kind == "unspecified") != isinstance(self.formula, NoFigure):
            raise ValueError("kind 为 unspecified 当且仅当公式类型为 none")
        return self

    def figures(self) -> list[str]:
        """Every amount, rate and threshold the rule states, as written."""
        found: list[str] = [cap.amount for cap in self.caps]
        formula = self.formula
        if isinstance(formula, PerUnitTable):
            found += list(formula.table.values())
        elif isinstance(formula, PerUnit):
            found.append(formula.amount)
        elif isinstance(formula, Rate):
            found += [formula.rate] + ([formula.cap] if formula.cap else [])
        elif isinstance(formula, Tiers):
            found += [t.threshold for t in formula.tiers] + [t.amount for t in formula.tiers]
        found += [c.value for c in self.conditions
                  if isinstance(c.value, str) and is_money_fact(c.fact)]
        return found

    def formula_facts(self) -> list[str]:
        """Facts the amount depends on."""
        formula = self.formula
        if isinstance(formula, PerUnitTable):
            return [formula.key] + ([formula.count] if formula.count else [])
        if isinstance(formula, PerUnit):
            return [formula.count] if formula.count else []
        if isinstance(formula, Rate | Tiers):
            return [formula.base]
        return []

    def facts_read(self) -> set[str]:
        """Every fact the rule looks at: what the amount depends on and what it requires."""
        return set(self.formula_facts()) | {c.fact for c in self.conditions}


class Exclusion(_Strict):
    """A clause that grants no support of its own, and why (for the coverage check)."""

    doc_id: str
    article: str
    item: str | None = None
    reason: str

    @field_validator("article", "item")
    @classmethod
    def _full_width(cls, value: str | None) -> str | None:
        return canonical_brackets(value)


class Scope(_Strict):
    """Who a whole document applies to, as its own clause says; every rule of it checks it.

    "本办法适用于医药健康领域企业…": a company that says it is in another trade is outside
    every provision of the draft, not only the one it asks about.
    """

    doc_id: str
    article: str
    text: str  # the clause's sentence that states the scope
    condition: Condition

    @field_validator("article")
    @classmethod
    def _full_width_article(cls, value: str) -> str:
        return canonical_brackets(value) or value


class Principle(_Strict):
    """A rule about combining support (从优不重复, 市区两级), tied to its clause."""

    id: str
    citation: Citation
    summary: str
    # Phrases by which a user says that the provisions asked about are one project or
    # matter ("两者是同一个项目"); their parts from the principle's document then count
    # once, the best of them (从优不重复). Regular expressions, matched case-blind.
    same_matter_cues: list[str] = []
    # Phrases that say the opposite ("不是同一个项目"), read first.
    separate_matter_cues: list[str] = []
