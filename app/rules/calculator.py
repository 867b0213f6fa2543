"""The deterministic subsidy calculator: rule + facts in, ``Calculation`` out. No I/O.

Amounts are integers of yuan computed with exact fractions; a rate result that
is not a whole yuan is rounded down (support is never overstated). Every figure
used comes from the rule, which the loader has tied to its clause's text.
"""

from __future__ import annotations

import math
from fractions import Fraction

from app.rules.amounts import format_rate, format_yuan, parse_money
from app.rules.calculation import Calculation, ConditionResult
from app.rules.facts import Facts, fact_label, money_facts
from app.rules.schema import Condition, NoFigure, PerUnit, PerUnitTable, Rate, Rule, Tiers

_STAGE_LABEL = {"I": "Ⅰ期", "II": "Ⅱ期", "III": "Ⅲ期"}
_EVENT_LABEL = {"entered": "进入", "completed": "完成"}
_KIND_LABEL = {"new": "新药", "improved": "重大改良型新药", "first_generic": "首仿药"}


def calculate(rule: Rule, facts: Facts) -> Calculation:
    """Apply one rule to the facts: conditions, amount, caps and the formula in words."""
    conditions = [_check(condition, facts) for condition in rule.conditions]
    amount, formula, inputs, missing, notes, caps_applied = _apply_formula(
        rule, facts, conditions)
    # Facts that decided a condition are inputs too: a reply restating them stays traceable.
    for condition in rule.conditions:
        value = getattr(facts, condition.fact)
        if value is not None:
            inputs.setdefault(condition.fact, value)
    if amount is not None:
        for cap in rule.caps:
            if amount > cap.yuan():
                caps_applied.append(f"{cap.scope}不超过{format_yuan(cap.yuan())}")
                formula += f"，超过{cap.scope}上限{format_yuan(cap.yuan())}，按上限计"
                amount = cap.yuan()
    if any(c.status == "fail" for c in conditions):
        amount, caps_applied = None, []  # no amount, so no ceiling cut one
        failed = "；".join(c.label for c in conditions if c.status == "fail")
        formula = f"不符合条件（{failed}），不予计算"
    return Calculation(
        rule_id=rule.id, rule_name=rule.name, amount_yuan=amount,
        # 60 varieties × 200万 cut to the 1亿 annual ceiling: the figure is now a ceiling.
        kind="upper_bound" if rule.kind == "fixed" and caps_applied else rule.kind,
        formula=formula, inputs=inputs, conditions=conditions, requirements=rule.requirements,
        missing_facts=missing, caps_applied=caps_applied, citation=rule.citation,
        recognition=rule.recognition, merit_based=rule.merit_based, duration=rule.duration,
        notes=rule.notes + notes,
    )


def _check(condition: Condition, facts: Facts) -> ConditionResult:
    value = getattr(facts, condition.fact)
    base = {"label": condition.label, "fact": condition.fact}
    if value is None:
        return ConditionResult(status="unknown", detail=_unknown_detail(condition, facts), **base)
    threshold = condition.threshold()
    expected: object = threshold.amount if threshold else condition.value
    ok = _compare(condition.op, value, expected)
    shown = format_yuan(value, "USD" if condition.fact.endswith("_usd") else "CNY") \
        if condition.fact in money_facts() else _display(value)
    detail = f"{fact_label(condition.fact)}：{shown}"
    return ConditionResult(status="pass" if ok else "fail", detail=detail, **base)


def _compare(op: str, value: object, expected: object) -> bool:
    if op == "is_true":
        return value is True
    if op == "is_false":
        return value is False
    if op == "eq":
        return str(value) == str(expected)
    if op == "in":
        return str(value) in {str(v) for v in expected} if isinstance(expected, list) else False
    number, limit = float(value), float(expected)  # type: ignore[arg-type]
    return {"ge": number >= limit, "gt": number > limit,
            "lt": number < limit, "le": number <= limit}[op]


def _unknown_detail(condition: Condition, facts: Facts) -> str:
    if condition.fact.endswith("_usd"):
        sibling = condition.fact.removesuffix("_usd") + "_cny"
        given = getattr(facts, sibling, None)
        if given is not None:
            return (f"您提供的是人民币金额 {format_yuan(given)}；门槛以美元计"
                    f"（{condition.value}），不做汇率折算，请提供合同的美元金额")
    return f"尚未提供：{fact_label(condition.fact)}"


def _display(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    text = str(value)
    return _STAGE_LABEL.get(text) or _EVENT_LABEL.get(text) or _KIND_LABEL.get(text) or text


# amount, formula in words, inputs, missing facts, notes, ceilings that cut the amount
FormulaResult = tuple[int | None, str, dict[str, object], list[str], list[str], list[str]]


def _apply_formula(rule: Rule, facts: Facts, conditions: list[ConditionResult]) -> FormulaResult:
    formula = rule.formula
    if isinstance(formula, NoFigure):
        return None, "原文未写明具体金额或比例", {}, [], [], []
    if isinstance(formula, PerUnitTable):
        return _per_unit_table(formula, facts, conditions)
    if isinstance(formula, PerUnit):
        return _per_unit(formula, facts)
    if isinstance(formula, Rate):
        return _rate(formula, facts)
    return _tiers(formula, facts, conditions)


def _count(count_fact: str | None, facts: Facts) -> tuple[int, list[str]]:
    if count_fact is None:
        return 1, []
    count = getattr(facts, count_fact)
    if count is None:
        return 1, [f"未说明{fact_label(count_fact)}，按1个计；多个品种按品种数累计"]
    return int(count), []


def _per_unit_table(formula: PerUnitTable, facts: Facts,
                    conditions: list[ConditionResult]) -> FormulaResult:
    key = getattr(facts, formula.key)
    breakdown = getattr(facts, f"{formula.key}_counts", None)
    if breakdown and all(str(k) in formula.table for k in breakdown):
        return _per_unit_breakdown(formula, breakdown)
    count, notes = _count(formula.count, facts)
    inputs: dict[str, object] = {formula.count or "count": count}
    if key is not None and str(key) not in formula.table:
        # A 四类新兽药: the clause names figures for some categories only; others get none.
        listed = "、".join(_display(k) for k in formula.table)
        conditions.append(ConditionResult(
            label=f"{fact_label(formula.key)}属于{listed}之一", status="fail", fact=formula.key,
            detail=f"{fact_label(formula.key)}：{_display(key)}"))
        return None, f"{fact_label(formula.key)}不在条款列明的范围内", {formula.key: key}, [], \
            [], []
    if key is None:
        options = "、".join(f"{_display(k)} {v}" for k, v in formula.table.items())
        return None, f"每个品种按{fact_label(formula.key)}确定：{options}", inputs, \
            [formula.key], notes, []
    unit = parse_money(formula.table[str(key)]).amount
    inputs[formula.key] = key
    total = unit * count
    text = f"{format_yuan(unit)} × {count} 个品种 = {format_yuan(total)}"
    return total, text, inputs, [], notes, []


def _per_unit_breakdown(formula: PerUnitTable, breakdown: dict[str, int]) -> FormulaResult:
    """"一个品种进Ⅰ期、另一个进Ⅲ期": each group at its own figure, summed."""
    ordered = [k for k in formula.table if k in breakdown]
    parts = [(k, parse_money(formula.table[k]).amount, int(breakdown[k])) for k in ordered]
    total = sum(unit * n for _, unit, n in parts)
    text = " + ".join(f"{format_yuan(unit)} × {n} 个品种（{_display(k)}）" for k, unit, n in parts)
    inputs: dict[str, object] = {f"{formula.key}_counts": {k: n for k, _, n in parts}}
    if formula.count:
        inputs[formula.count] = sum(n for _, _, n in parts)
    return total, f"{text} = {format_yuan(total)}", inputs, [], [], []


def _per_unit(formula: PerUnit, facts: Facts) -> FormulaResult:
    unit = parse_money(formula.amount).amount
    if formula.count is None:
        return unit, f"最高 {format_yuan(unit)}", {}, [], [], []
    count, notes = _count(formula.count, facts)
    total = unit * count
    text = f"{format_yuan(unit)} × {count} 个品种 = {format_yuan(total)}"
    return total, text, {formula.count: count}, [], notes, []


def _rate(formula: Rate, facts: Facts) -> FormulaResult:
    base = getattr(facts, formula.base)
    rate = formula.fraction()
    if base is None:
        cap = f"，最高{formula.cap}" if formula.cap else ""
        return None, f"{fact_label(formula.base)} × {format_rate(rate)}{cap}", {}, \
            [formula.base], [], []
    raw = math.floor(Fraction(base) * rate)
    text = f"{format_yuan(base)} × {format_rate(rate)} = {format_yuan(raw)}"
    amount, caps_applied = raw, []
    if formula.cap:
        cap_yuan = parse_money(formula.cap).amount
        if raw > cap_yuan:
            text += f"，超过最高{format_yuan(cap_yuan)}，按{format_yuan(cap_yuan)}计"
            amount = cap_yuan
            # The clause's own ceiling cut the amount: list it beside the rule's caps.
            caps_applied.append(f"本项最高{format_yuan(cap_yuan)}")
    return amount, text, {formula.base: base}, [], [], caps_applied


def _tiers(formula: Tiers, facts: Facts, conditions: list[ConditionResult]) -> FormulaResult:
    base = getattr(facts, formula.base)
    steps = [(parse_money(t.threshold).amount, parse_money(t.amount).amount)
             for t in formula.tiers]
    if base is None:
        listing = "、".join(f"{format_yuan(th)}→{format_yuan(am)}" for th, am in steps)
        return None, f"按{fact_label(formula.base)}所达档位：{listing}", {}, [formula.base], \
            [], []
    reached = [(th, am) for th, am in steps
               if (base >= th if formula.op == "ge" else base > th)]
    inputs: dict[str, object] = {formula.base: base}
    if not reached:
        lowest = format_yuan(steps[0][0])
        conditions.append(ConditionResult(
            label=f"{fact_label(formula.base)}达到最低档{lowest}", status="fail",
            fact=formula.base, detail=f"{fact_label(formula.base)}：{format_yuan(base)}"))
        return None, f"{format_yuan(base)} 未达到最低档 {lowest}", inputs, [], [], []
    threshold, amount = reached[-1]
    text = f"{format_yuan(base)} 达到“{format_yuan(threshold)}”档，奖励 {format_yuan(amount)}"
    return amount, text, inputs, [], [], []
