"""The 政策计算器 tab: an enterprise's facts in, every matching rule out, with working."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.assistant.profile import ProfileMatch, match_profile
from app.documents import PolicyDocument
from app.rules.amounts import format_yuan
from app.rules.fact_values import FactValueError, facts_from_pairs
from app.rules.loader import RuleBook
from app.rules.presentation import KIND_LABEL, STATUS_MARK

_CHOICE_NONE = "未填写"


def money_fields(book: RuleBook) -> list[tuple[str, str]]:
    """(fact, label) of every money fact some rule reads, as the fact vocabulary declares it.

    The form follows ``corpus/domain/facts.yaml``: a new policy's figures appear here
    without code. Fields accept 800万, 1.5亿, 620000000元.
    """
    read = {fact for rule in book.rules for fact in rule.facts_read()}
    return [(name, spec.label) for name, spec in book.vocabulary.facts.items()
            if spec.type == "money" and name in read]


def level_names(book: RuleBook, documents: Sequence[PolicyDocument]) -> dict[str, str]:
    """Each rule level named as its documents' front matter says ("区级（昌平组团…）")."""
    by_id = {d.doc_id: d for d in documents}
    prefixes: dict[str, str] = {}
    titles: dict[str, list[str]] = {}
    for rule in book.rules:
        doc = by_id.get(rule.citation.doc_id)
        if doc is None:
            continue
        prefixes.setdefault(rule.level, doc.level or rule.level)
        named = titles.setdefault(rule.level, [])
        if doc.short_title not in named:
            named.append(doc.short_title)
    return {level: f"{prefixes[level]}（{'、'.join(named)}）" for level, named in titles.items()}


def render_match(match: ProfileMatch, book: RuleBook,
                 levels: dict[str, str] | None = None) -> str:
    """Markdown table of matched rules, unmet conditions, overlaps and totals."""
    if not match.matched and not match.ineligible:
        return "请至少填写一项信息，例如药品类别与临床阶段，或服务金额。"
    lines = ["| 规则 | 条款 | 金额 | 类型 | 条件 |", "| --- | --- | --- | --- | --- |"]
    for calc in match.matched + match.ineligible:
        cite = calc.citation
        amount = "—" if calc.amount_yuan is None else format_yuan(calc.amount_yuan)
        conditions = "<br>".join(f"{STATUS_MARK[c.status]} {c.label}" for c in calc.conditions)
        if calc.missing_facts:
            conditions += "<br>缺少：" + "、".join(calc.missing_facts)
        lines.append(f"| {calc.rule_name} | {cite.doc_id} {cite.article}{cite.item or ''} | "
                     f"{amount} | {KIND_LABEL[calc.kind]} | {conditions or '—'} |")
    lines.append("")
    for decision in match.overlaps:
        lines.append(f"- 🔁 {decision.explanation}")
    for level, total in match.total_by_level.items():
        lines.append(f"- 合计（{(levels or {}).get(level, level)}）：最高约 {format_yuan(total)}"
                     "（定额与上限相加，已按从优不重复去重）")
    lines.append("- 说明：市、区两级政策可按规定同时申请（另有规定的除外）；"
                 "征求意见稿尚未施行。")
    return "\n".join(lines)


def build_calculator_panel(book: RuleBook, documents: Sequence[PolicyDocument]) -> None:
    """Add the profile form and its live result to the enclosing Blocks."""
    import gradio as gr

    gr.Markdown("填写企业情况（金额可写 800万、1.5亿、620000000元），"
                "修改任一数值即可看到结果变化。")
    with gr.Row():
        drug_class = gr.Dropdown([_CHOICE_NONE, "1", "2"], value=_CHOICE_NONE,
                                 label="药品类别（类）", elem_id="calc-drug-class")
        stage = gr.Dropdown([_CHOICE_NONE, "I", "II", "III"], value=_CHOICE_NONE,
                            label="临床阶段", elem_id="calc-stage")
        event = gr.Dropdown([_CHOICE_NONE, "进入", "完成"], value=_CHOICE_NONE,
                            label="进入/完成", elem_id="calc-event")
        varieties = gr.Number(value=None, label="品种数", precision=0, elem_id="calc-varieties")
    with gr.Row():
        certificate = gr.Checkbox(label="已获得药品注册证书", elem_id="calc-certificate")
        first_time = gr.Checkbox(label="首次突破", elem_id="calc-first-time")
        sme = gr.Checkbox(label="中小微企业", elem_id="calc-sme")
        growth = gr.Checkbox(label="连续三年研发投入正增长", elem_id="calc-growth")
        approval = gr.Checkbox(label="新获FDA/EMA认证", elem_id="calc-approval")
    fields = money_fields(book)
    levels = level_names(book, documents)
    money = []
    for start in range(0, len(fields), 4):
        with gr.Row():
            for fact, label in fields[start:start + 4]:
                money.append(gr.Textbox(label=label, elem_id=f"calc-{fact}"))
    run = gr.Button("匹配政策", variant="primary", elem_id="calc-run")
    result = gr.Markdown(elem_id="calc-result")

    def compute(*values: Any) -> str:
        cls, stg, evt, count, cert, first, small, grow, appr, *amounts = values
        pairs = []
        if cls != _CHOICE_NONE:
            pairs.append(f"drug_class={cls}")
        if stg != _CHOICE_NONE:
            pairs.append(f"clinical_stage={stg}")
        if evt != _CHOICE_NONE:
            pairs.append(f"stage_event={evt}")
        if count:
            pairs.append(f"varieties={int(count)}")
        for fact, flag in (("registration_certificate", cert), ("first_time", first),
                           ("sme", small), ("rd_growth_three_years", grow),
                           ("international_approval", appr)):
            if flag:
                pairs.append(f"{fact}=是")
        pairs += [f"{fact}={text.strip()}" for (fact, _), text in zip(fields, amounts,
                                                                      strict=True)
                  if text and text.strip()]
        try:
            facts = facts_from_pairs(pairs, book.vocabulary)
        except FactValueError as exc:
            return f"⚠️ {exc}"
        return render_match(match_profile(facts, book), book, levels)

    inputs = [drug_class, stage, event, varieties, certificate, first_time, sme, growth,
              approval, *money]
    def safe_compute(*values: Any) -> str:
        try:
            return compute(*values)
        except Exception:  # noqa: BLE001 - a bad value from the page must not surface a trace
            return "⚠️ 输入无法识别，请检查各项填写的内容。"

    run.click(safe_compute, inputs, result, api_visibility="private")
    for component in inputs:
        component.change(safe_compute, inputs, result,  # type: ignore[attr-defined]
                         api_visibility="private")
