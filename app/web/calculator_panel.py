"""The 政策计算器 tab: an enterprise's facts in, every matching rule out, with working.

The form is the fact vocabulary (``corpus/domain/facts.yaml``): every fact some rule
reads becomes a field with its declared label — a choice for categories and yes/no
(未填写 stays distinct from 否), a number for counts, text for amounts (800万, 1.5亿,
620000000元). A new policy's facts appear here without code. A value that cannot be
read is reported beside its own field, in Chinese, and the last result stays.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.assistant.profile import ProfileMatch, match_profile
from app.documents import PolicyDocument
from app.rules.amounts import format_yuan
from app.rules.calculation import Calculation
from app.rules.fact_values import FactValueError, parse_fact_value
from app.rules.loader import RuleBook
from app.rules.presentation import KIND_LABEL, STATUS_MARK
from app.rules.vocabulary import FactSpec, Vocabulary

NOT_GIVEN = "未填写"
_YES, _NO = "是", "否"
_MAX_CHOICES = 9  # an integer fact with this many values or fewer is a choice (1类…5类)


@dataclass(frozen=True)
class FormField:
    """One field of the form: the fact it sets, how it is entered, and its choices."""

    fact: str
    label: str
    widget: str  # "choice", "number" or "text"
    choices: tuple[str, ...] = ()
    advanced: bool = False  # shown under 更多条件


def money_fields(book: RuleBook) -> list[tuple[str, str]]:
    """(fact, label) of every money fact some rule reads, as the fact vocabulary declares it."""
    return [(f.fact, f.label) for f in form_fields(book) if f.widget == "text"]


def form_fields(book: RuleBook) -> list[FormField]:
    """The form, in the vocabulary's order: item attributes, counts, amounts, then yes/no."""
    read = {fact for rule in book.rules for fact in rule.facts_read()}
    fields = [_field(spec) for name, spec in book.vocabulary.facts.items()
              if name in read and not spec.hidden]
    order = {"choice": 0, "number": 1, "text": 2}
    return sorted(fields, key=lambda f: (f.advanced, order[f.widget]))


def _field(spec: FactSpec) -> FormField:
    if spec.type == "money":
        return FormField(spec.name, spec.label, "text")
    if spec.type == "enum":
        return FormField(spec.name, spec.label, "choice", tuple(v.label for v in spec.values))
    if spec.type == "bool":
        return FormField(spec.name, spec.label, "choice", (_YES, _NO), advanced=True)
    low, high = spec.minimum or 0, spec.maximum
    if spec.type == "int" and high is not None and high - low < _MAX_CHOICES:
        unit = "类" if "类" in spec.label else ""
        return FormField(spec.name, spec.label, "choice",
                         tuple(f"{n}{unit}" for n in range(max(low, 1), high + 1)))
    return FormField(spec.name, spec.label, "number")


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


def read_form(fields: Sequence[FormField], values: Sequence[object],
              vocabulary: Vocabulary) -> tuple[dict[str, object], dict[str, str]]:
    """(facts, problems by fact) from the form's values; a bad field never stops the others."""
    facts: dict[str, object] = {}
    problems: dict[str, str] = {}
    for field, value in zip(fields, values, strict=True):
        text = "" if value is None else str(value).strip()
        if not text or text == NOT_GIVEN:
            continue
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        spec = vocabulary.facts[field.fact]
        try:
            facts[field.fact] = parse_fact_value(spec, text)
        except FactValueError as exc:
            problems[field.fact] = str(exc)
            continue
        problem = _out_of_range(spec, facts[field.fact])
        if problem:
            problems[field.fact] = problem
            del facts[field.fact]
    return facts, problems


def _out_of_range(spec: FactSpec, value: object) -> str | None:
    """A value outside the declared bounds (an amount over 1000亿元, 0 个品种) in Chinese."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    if spec.minimum is not None and value < spec.minimum:
        shown = format_yuan(spec.minimum) if spec.type == "money" else str(spec.minimum)
        return f"“{spec.label}”不能小于 {shown}"
    if spec.maximum is not None and value > spec.maximum:
        shown = format_yuan(spec.maximum) if spec.type == "money" else str(spec.maximum)
        return f"“{spec.label}”不能超过 {shown}，请核对数值与单位"
    return None


def _row(calc: Calculation, vocabulary: Vocabulary) -> str:
    cite = calc.citation
    amount = "—" if calc.amount_yuan is None else format_yuan(calc.amount_yuan)
    conditions = "<br>".join(f"{STATUS_MARK[c.status]} {c.label}" for c in calc.conditions)
    if calc.missing_facts:
        missing = "、".join(vocabulary.label(f) for f in calc.missing_facts)
        conditions += ("<br>" if conditions else "") + f"缺少：{missing}"
    return (f"| {calc.rule_name} | {cite.article}{cite.item or ''} | "
            f'<span class="calc-amount">{amount}</span> | {KIND_LABEL[calc.kind]} | '
            f"{conditions or '—'} |")


def _table(title: str, calcs: Sequence[Calculation], vocabulary: Vocabulary) -> list[str]:
    if not calcs:
        return []
    return [f"#### {title}", "", "| 支持事项 | 条款 | 金额 | 类型 | 条件 |",
            "| --- | --- | --- | --- | --- |", *[_row(c, vocabulary) for c in calcs], ""]


def render_match(match: ProfileMatch, book: RuleBook,
                 levels: dict[str, str] | None = None) -> str:
    """Markdown: rules that apply, rules still to confirm, rules that do not, and totals."""
    if not match.matched and not match.ineligible:
        return "请至少填写一项信息，例如药品类别与临床阶段，或服务金额。"
    vocabulary = book.vocabulary
    settled = [c for c in match.matched
               if c.eligibility == "eligible" and not c.missing_facts]
    unsettled = [c for c in match.matched if c not in settled]
    lines = [*_table("符合条件", settled, vocabulary),
             *_table("还需确认（条件或信息未齐，金额暂不计入合计）", unsettled, vocabulary)]
    for decision in match.overlaps:
        lines.append(f"- 🔁 {decision.explanation}")
    for level, total in match.total_by_level.items():
        lines.append(f"- **合计（{(levels or {}).get(level, level)}）：最高约 "
                     f"{format_yuan(total)}**（定额与上限相加，已按从优不重复去重）")
    if settled and not match.total_by_level:
        lines.append("- 合计：以上事项均未明确金额。")
    losers = {loser.rule_id for decision in match.overlaps for loser in decision.losers}
    pending = sum(c.amount_yuan for c in unsettled
                  if c.amount_yuan is not None and c.rule_id not in losers)
    if pending:
        lines.append(f"- 如“还需确认”的条件均满足：另可获最高约 {format_yuan(pending)}"
                     "（与咨询页给出的金额一致，最终以认定为准）")
    lines += ["", *_table("不符合条件", match.ineligible, vocabulary)]
    lines.append("说明：市、区两级政策可按规定同时申请（另有规定的除外）；征求意见稿尚未施行，"
                 "相关金额仅供参考。")
    return "\n".join(lines)


def prefill_values(fields: Sequence[FormField], known: Mapping[str, object],
                   vocabulary: Vocabulary) -> list[object]:
    """Form values for facts the chat already holds (others left as they are: None)."""
    values: list[object] = []
    for field in fields:
        value = known.get(field.fact)
        spec = vocabulary.facts[field.fact]
        if value is None:
            values.append(None)
        elif field.widget == "text" and isinstance(value, int):
            values.append(format_yuan(value, "USD" if spec.currency == "USD" else "CNY"))
        elif field.widget == "choice":
            values.append(_choice_of(field, spec, value))
        else:
            values.append(value)
    return values


def _choice_of(field: FormField, spec: FactSpec, value: object) -> str:
    if isinstance(value, bool):
        return _YES if value else _NO
    for option in spec.values:
        if option.value == str(value):
            return option.label
    for choice in field.choices:
        if choice.rstrip("类") == str(value):
            return choice
    return NOT_GIVEN


def _escaped(problem: str | None) -> str | None:
    """A field's message echoes what was typed; Gradio renders it as markdown."""
    return None if problem is None else html.escape(problem)


@dataclass
class CalculatorForm:
    """The calculator's components, so the chat can fill them and switch to the tab."""

    fields: list[FormField]
    components: list[Any]
    result: Any
    compute: Any  # the form's values in, [result, *field updates] out


def build_calculator_panel(book: RuleBook, documents: Sequence[PolicyDocument]) -> CalculatorForm:
    """Add the profile form and its live result to the enclosing Blocks."""
    import gradio as gr

    vocabulary = book.vocabulary
    fields = form_fields(book)
    levels = level_names(book, documents)
    gr.Markdown("填写企业情况（金额可写 800万、1.5亿、620000000元），修改任一项即可看到结果变化；"
                "没把握的项留空即可。")
    components: list[Any] = []

    def add(field: FormField) -> None:
        elem = f"calc-{field.fact}"
        if field.widget == "choice":
            components.append(gr.Dropdown([NOT_GIVEN, *field.choices], value=NOT_GIVEN,
                                          label=field.label, elem_id=elem, min_width=160))
        elif field.widget == "number":
            # A text box, not gr.Number: a number field shows 0 when empty, and 0 个品种 is
            # neither what the user said nor what the calculator assumes (1).
            components.append(gr.Textbox(label=field.label, elem_id=elem, max_length=12,
                                         placeholder="留空表示未填写", min_width=160))
        else:
            components.append(gr.Textbox(label=field.label, elem_id=elem, max_length=40,
                                         min_width=160))

    main = [f for f in fields if not f.advanced]
    more = [f for f in fields if f.advanced]
    with gr.Row(equal_height=False, elem_classes="calc-form"):
        for field in main:
            add(field)
    with gr.Accordion(f"更多条件（{len(more)} 项，是/否）", open=False), \
            gr.Row(equal_height=False, elem_classes="calc-form"):
        for field in more:
            add(field)
    run = gr.Button("匹配政策", variant="primary", elem_id="calc-run")
    result = gr.Markdown(elem_id="calc-result")
    ordered = main + more

    def compute(*values: Any) -> list[Any]:
        try:
            facts, problems = read_form(ordered, values, vocabulary)
        except Exception:  # noqa: BLE001 - a bad value from the page must not surface a trace
            facts, problems = {}, {"": "输入无法识别，请检查各项填写的内容。"}
        notes = [gr.update(info=_escaped(problems.get(f.fact)), elem_classes=(
            ["field-error"] if f.fact in problems else [])) for f in ordered]
        if problems:
            return [gr.update(), *notes]
        try:
            model = vocabulary.facts_model().model_validate(facts)
            shown = render_match(match_profile(model, book), book, levels)
        except Exception:  # noqa: BLE001
            shown = "⚠️ 输入无法识别，请检查各项填写的内容。"
        return [shown, *notes]

    outputs = [result, *components]
    run.click(compute, components, outputs, api_visibility="private")
    # Choices recompute as they change; text fields on Enter or leaving the field. (A text
    # box's change event carries event data, which the public surface refuses.)
    for field, component in zip(ordered, components, strict=True):
        if field.widget == "choice":
            component.change(compute, components, outputs, api_visibility="private")
        else:
            component.submit(compute, components, outputs, api_visibility="private")
            component.blur(compute, components, outputs, api_visibility="private")
    return CalculatorForm(ordered, components, result, compute)
