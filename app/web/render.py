"""HTML/markdown for an Answer in the chat: badge, citations (expandable), calculation."""

from __future__ import annotations

import html

from app.assistant.answer import Answer, AnswerCitation

STATUS_BADGE = {
    "answered": ("可获支持", "#1a7f37"),
    "ineligible": ("不符合条件", "#b42318"),
    "needs_info": ("需补充信息", "#b54708"),
    "out_of_scope": ("超出范围", "#475467"),
}
_KIND = {"fixed": "定额", "upper_bound": "最高（上限）", "unspecified": "未明确金额"}


def clause_anchor(doc_id: str, article: str, item: str | None) -> str:
    """Stable HTML id of a clause in the 条款 tab, so citations can link to it."""
    return f"clause-{doc_id}-{article}{item or ''}"


def badge(answer: Answer) -> str:
    """Coloured status badge."""
    label, colour = STATUS_BADGE[answer.status]
    if answer.status == "answered" and answer.calculation is None:
        label = "已回答"
    return (f'<span class="status-badge" data-status="{answer.status}" style="background:'
            f'{colour};color:#fff;border-radius:4px;padding:1px 8px;font-size:0.85em">'
            f"{label}</span>")


def citation_block(citation: AnswerCitation) -> str:
    """One citation: clause label linking to the 条款 tab, exact text in a <details>."""
    label = f"{citation.article}{citation.item or ''}"
    heading = f" {html.escape(citation.heading)}" if citation.heading else ""
    anchor = clause_anchor(citation.doc_id, citation.article, citation.item)
    return (f'<details class="citation"><summary>📄 {html.escape(citation.doc_id)} '
            f'<a href="#{anchor}">{html.escape(label)}</a>{heading}</summary>'
            f'<blockquote class="citation-text">{html.escape(citation.text)}</blockquote>'
            "</details>")


def calculation_block(answer: Answer) -> str:
    """Formula and inputs of the calculation, when there is one."""
    calc = answer.calculation
    if calc is None:
        return ""
    amount = "—" if calc.amount_yuan is None else f"{calc.amount_yuan:,} 元"
    inputs = "；".join(f"{k} = {v}" for k, v in calc.inputs.items()) or "—"
    return (f'<div class="calculation"><b>计算</b>（规则 <code>{html.escape(calc.rule_id)}'
            f"</code>，{_KIND[calc.kind]}）：{html.escape(calc.formula)}<br>金额：{amount}"
            f"<br>输入：{html.escape(inputs)}</div>")


def render_answer(answer: Answer) -> str:
    """The full chat message: badge, answer text, calculation, citations."""
    parts = [badge(answer), "", answer.answer]
    extras = calculation_block(answer)
    if extras:
        parts += ["", extras]
    if answer.citations:
        parts += ["", "**出处**", "", *[citation_block(c) for c in answer.citations]]
    return "\n".join(parts)
