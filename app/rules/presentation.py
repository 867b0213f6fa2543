"""Plain-text and JSON views of rules and calculations for the CLI and help desk."""

from __future__ import annotations

from collections.abc import Sequence

from app.rules.calculation import Calculation
from app.rules.schema import Rule

KIND_LABEL = {"fixed": "定额", "upper_bound": "最高（上限）", "unspecified": "未明确金额"}
STATUS_MARK = {"pass": "✔ 满足", "fail": "✘ 不满足", "unknown": "？ 待确认"}


def rule_summary(rule: Rule) -> dict[str, object]:
    """The ``rules --json`` shape: id, kind, citation {doc_id, article, item, text}, name."""
    return {"id": rule.id, "name": rule.name, "kind": rule.kind, "level": rule.level,
            "citation": rule.citation.model_dump()}


def rules_table(rules: Sequence[Rule]) -> str:
    """One line per rule: id, kind, clause and name."""
    lines = []
    for rule in rules:
        clause = f"{rule.citation.doc_id} {rule.citation.article}{rule.citation.item or ''}"
        lines.append(f"{rule.id:<42} {KIND_LABEL[rule.kind]:<8} {clause}  {rule.name}")
    return "\n".join(lines)


def calculation_text(calc: Calculation) -> str:
    """The calculation as a help-desk officer would paste it."""
    amount = "—（原文未写明金额）" if calc.kind == "unspecified" else (
        "—" if calc.amount_yuan is None else f"{calc.amount_yuan:,} 元")
    citation = calc.citation
    lines = [
        f"规则：{calc.rule_id}（{calc.rule_name}）",
        f"金额：{amount}    类型：{KIND_LABEL[calc.kind]}",
        f"算式：{calc.formula}",
    ]
    for condition in calc.conditions:
        detail = f"（{condition.detail}）" if condition.detail else ""
        lines.append(f"条件：{STATUS_MARK[condition.status]} {condition.label}{detail}")
    lines += [f"要求：{text}" for text in calc.requirements]
    if calc.recognition:
        lines.append(f"程序：{calc.recognition}")
    if calc.merit_based:
        lines.append("程序：择优支持")
    if calc.duration:
        lines.append(f"期限：{calc.duration}")
    lines += [f"说明：{note}" for note in calc.notes]
    if calc.missing_facts:
        lines.append("缺少：" + "、".join(calc.missing_facts))
    clause = f"{citation.doc_id} {citation.article}{citation.item or ''}"
    lines.append(f"依据：{clause}  {citation.text}")
    return "\n".join(lines)
