"""The 政策计算器 tab: an enterprise's facts in, every matching rule out, with working."""

from __future__ import annotations

from typing import Any

from app.assistant.profile import ProfileMatch, match_profile
from app.rules.amounts import format_yuan
from app.rules.fact_values import FactValueError, facts_from_pairs
from app.rules.loader import RuleBook
from app.rules.presentation import KIND_LABEL, STATUS_MARK

# (fact, label, kind) — money fields accept 800万, 1.5亿, 620000000元.
MONEY_FIELDS = (
    ("main_revenue_yuan", "年度主营业务收入"),
    ("last_year_revenue_yuan", "上一年度营业收入"),
    ("rd_last_year_yuan", "上一年度研发投入"),
    ("rd_two_years_yuan", "上两年研发投入总额"),
    ("annual_output_yuan", "单品种年产值"),
    ("service_value_yuan", "年度实际服务金额（CRO/CDMO/CMO）"),
    ("platform_investment_yuan", "共享服务平台建设实际投入"),
    ("project_investment_yuan", "项目（工程）投资总额"),
    ("transaction_value_yuan", "委托生产品种实际交易额"),
    ("production_investment_yuan", "受托生产实际投入"),
    ("sales_revenue_yuan", "销售平台年度销售收入"),
    ("registration_cost_yuan", "海外实际注册费用"),
    ("event_cost_yuan", "活动实际发生费用"),
    ("license_out_contract_usd", "License-out 合同总额（美元）"),
)
_CHOICE_NONE = "未填写"


def render_match(match: ProfileMatch, book: RuleBook) -> str:
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
    level_name = {"district": "区级（昌平组团支持办法，征求意见稿）",
                  "municipal": "市级（若干措施 2026-2028）"}
    for level, total in match.total_by_level.items():
        lines.append(f"- 合计（{level_name[level]}）：最高约 {format_yuan(total)}"
                     "（定额与上限相加，已按从优不重复去重）")
    lines.append("- 说明：市、区两级政策可按规定同时申请（另有规定的除外）；"
                 "征求意见稿尚未施行。")
    return "\n".join(lines)


def build_calculator_panel(book: RuleBook) -> None:
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
    money = []
    for start in range(0, len(MONEY_FIELDS), 4):
        with gr.Row():
            for fact, label in MONEY_FIELDS[start:start + 4]:
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
        pairs += [f"{fact}={text.strip()}" for (fact, _), text in zip(MONEY_FIELDS, amounts,
                                                                      strict=True)
                  if text and text.strip()]
        try:
            facts = facts_from_pairs(pairs, book.vocabulary)
        except FactValueError as exc:
            return f"⚠️ {exc}"
        return render_match(match_profile(facts, book), book)

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
