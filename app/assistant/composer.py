"""Write the Chinese answer text from a calculation, its rule and its clause.

The composer only arranges what the calculator and the clauses provide; every
number it writes is copied from them (the numeric guard checks this).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.documents import Chunk, PolicyDocument
from app.rules.amounts import format_yuan
from app.rules.calculation import Calculation
from app.rules.combination import OverlapDecision
from app.rules.presentation import KIND_LABEL, STATUS_MARK
from app.rules.schema import Rule

if TYPE_CHECKING:
    from app.assistant.domain import Domain
    from app.assistant.provisions import Combined

DRAFT_WARNING = ("⚠️ 提示：该依据出自《{title}》，为征求意见稿，尚未正式施行，"
                 "以上内容仅供参考，最终以正式发布的文件为准。")
IN_FORCE_NOTE = "ℹ️ 该依据出自《{title}》，现行有效（{published} 发布，有效期至 {valid_until}）。"


def document_note(doc: PolicyDocument) -> str:
    """The status line every answer resting on this document carries."""
    if doc.status == "draft":
        return DRAFT_WARNING.format(title=doc.short_title)
    return IN_FORCE_NOTE.format(title=doc.short_title, published=doc.published or "—",
                                valid_until=doc.valid_until or "—")


def clause_name(doc: PolicyDocument, article: str, item: str | None) -> str:
    """《短标题》第五条（一）."""
    return f"《{doc.short_title}》{article}{item or ''}"


def headline(calc: Calculation, status: str, asks_maximum: bool) -> str:
    """The first line: the amount and its kind, or why there is none."""
    if status == "ineligible":
        failed = "、".join(f"“{c.label}”" for c in calc.failed_conditions())
        return f"**按您提供的情况，不符合{failed}这一条件，暂不能享受“{calc.rule_name}”。**"
    if status == "needs_info":
        return f"**“{calc.rule_name}”的金额取决于您尚未提供的信息。**"
    if calc.kind == "unspecified" or calc.amount_yuan is None:
        return f"**可申请“{calc.rule_name}”，但原文未写明具体金额（未明确金额）。**"
    amount = format_yuan(calc.amount_yuan)
    if calc.kind == "fixed":
        return f"**可获得 {amount}（定额）——{calc.rule_name}。**"
    prefix = "最高" if asks_maximum or not calc.inputs else "最高可获得"
    return f"**{prefix} {amount}（上限，实际金额以评审/认定结果为准）——{calc.rule_name}。**"


def calculation_lines(calc: Calculation, rule: Rule) -> list[str]:
    """The working: kind, formula, each condition with its status, procedure, duration."""
    lines = [f"- 金额类型：{KIND_LABEL[calc.kind]}", f"- 计算：{calc.formula}"]
    for condition in calc.conditions:
        detail = f"（{condition.detail}）" if condition.detail else ""
        lines.append(f"- 条件 {STATUS_MARK[condition.status]}：{condition.label}{detail}")
    for requirement in calc.requirements:
        lines.append(f"- 还需满足：{requirement}")
    for cap in rule.caps:
        lines.append(f"- 上限：{cap.scope}不超过 {format_yuan(cap.yuan())}")
    if calc.recognition:
        lines.append(f"- 程序：{calc.recognition}（由主管部门认定/评审后确定）")
    if calc.merit_based:
        lines.append("- 程序：择优支持，符合条件不等于必然获得")
    if calc.duration:
        lines.append(f"- 期限：{calc.duration}")
    lines += [f"- 说明：{note}" for note in calc.notes]
    return lines


def compose_rule_answer(calc: Calculation, rule: Rule, doc: PolicyDocument, status: str,
                        asks_maximum: bool, overlaps: Sequence[OverlapDecision],
                        extra: Sequence[str] = (), vocabulary: object = None) -> str:
    """Full markdown answer for one rule."""
    parts = [headline(calc, status, asks_maximum), "",
             f"依据：{clause_name(doc, rule.citation.article, rule.citation.item)}"
             f"（{rule.name}）", ""]
    parts += calculation_lines(calc, rule)
    parts += ["", f"> 原文：{rule.citation.text}"]
    for decision in overlaps:
        parts += ["", f"🔁 {decision.explanation}"]
    parts += ["", *extra] if extra else []
    parts += ["", document_note(doc)]
    return "\n".join(parts)


def compose_clause_answer(chunks: Sequence[Chunk], docs: dict[str, PolicyDocument],
                          no_support_reasons: dict[str, str]) -> str:
    """Answer from clauses alone (no rule applies): quote them and say what they provide."""
    parts = ["**相关政策条款如下：**"]
    for chunk in chunks:
        doc = docs[chunk.doc_id]
        heading = f"（{chunk.heading}）" if chunk.heading else ""
        parts += ["", f"{clause_name(doc, chunk.article, chunk.item)}{heading}",
                  f"> {chunk.text}"]
        reason = no_support_reasons.get(chunk.chunk_id)
        if reason:
            parts.append(f"- 说明：该条款未规定具体资金支持标准（{reason}）。")
    for doc_id in dict.fromkeys(chunk.doc_id for chunk in chunks):
        parts += ["", document_note(docs[doc_id])]
    return "\n".join(parts)


def compose_out_of_scope(region: str | None, domain: Domain, titles: list[str]) -> str:
    """Polite refusal that says what the assistant can help with."""
    if region:
        first = (f"**现有政策文件不涉及{region}的扶持政策，请咨询当地主管部门。**")
    else:
        first = "**抱歉，这个问题不在现有政策文件的范围内，我无法据此回答。**"
    return f"{first}\n\n{domain.help_text(titles)}"


# Numbering in words: the numeric guard checks every digit an answer contains.
_CN_COUNT = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十")
_CN_ORDINAL = ("零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


def compose_parts_answer(combined: Combined, docs: dict[str, PolicyDocument],
                         asks_maximum: bool, vocabulary: object = None) -> str:
    """Several provisions: the total first, then each part with its own working."""
    if combined.status == "answered" and combined.amount_yuan is not None:
        bound = "最高" if combined.kind == "upper_bound" else ""
        if len(combined.parts) == 1 and combined.excluded:
            # One matter under several provisions: the best counts, the others not at all.
            lines = [f"**按“从优不重复”只享受其一，{bound}可获得 "
                     f"{format_yuan(combined.amount_yuan)}**（{KIND_LABEL[combined.kind]}）。"]
        else:
            lines = [f"**合计{bound}可获得 {format_yuan(combined.amount_yuan)}**"
                     f"（共{_CN_COUNT[min(len(combined.parts), 10)]}项，"
                     f"{KIND_LABEL[combined.kind]}）。", "",
                     f"- 合计：{combined.formula}"]
    elif combined.status == "ineligible":
        lines = ["**按您提供的情况，所问各项均不符合条件。**"]
    else:
        lines = ["**各项金额如下，部分尚需补充信息后才能合计。**"]
    for number, part in enumerate(combined.parts, start=1):
        doc = docs[part.rule.id]
        title = headline(part.calc, part.status, asks_maximum)
        lines += ["", f"{_CN_ORDINAL[min(number, 10)]}、{title}",
                  f"依据：{clause_name(doc, part.rule.citation.article, part.rule.citation.item)}",
                  *calculation_lines(part.calc, part.rule),
                  f"> 原文：{part.rule.citation.text}"]
    for part, reason in combined.excluded:
        lines += ["", f"- 未计入：{part.rule.name}（{reason}）"]
    for doc_id in dict.fromkeys(d.doc_id for d in docs.values()):
        lines += ["", document_note(next(d for d in docs.values() if d.doc_id == doc_id))]
    return "\n".join(lines)
