"""The deterministic subsidy calculator: rule + facts in, ``Calculation`` out. No I/O.

Amounts are integers of yuan computed with exact fractions; a rate result that
is not a whole yuan is rounded down (support is never overstated). Every figure
used comes from the rule, which the loader has tied to its clause's text. A
fact known only as a bound (不到3000万, 突破5亿) may settle a threshold or name a
tier, but is never the base of a rate.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction

from app.rules.amounts import format_rate, format_yuan, parse_money
from app.rules.bounds import Bound
from app.rules.calculation import Calculation, ConditionResult
from app.rules.facts import Facts
from app.rules.schema import Condition, NoFigure, PerUnit, PerUnitTable, Rate, Rule, Tiers

Bounds = Mapping[str, Bound]


def calculate(rule: Rule, facts: Facts, bounds: Bounds | None = None,
              apply_caps: bool = True) -> Calculation:
    """Apply one rule to the facts: conditions, amount, caps and the formula in words.

    ``apply_caps=False`` leaves the rule's per-enterprise ceilings to the caller that sums
    several products (each product alone may be under the ceiling, their total not).
    """
    bounds = bounds or {}
    conditions = [result for condition in rule.conditions
                  if not ((result := _check(condition, facts, bounds)).status == "unknown"
                          and condition.silent_when_unknown)]
    amount, formula, inputs, missing, notes, caps_applied = _apply_formula(
        rule, facts, conditions, bounds)
    # Facts that decided a condition are inputs too: a reply restating them stays traceable.
    for condition in rule.conditions:
        value = getattr(facts, condition.fact)
        if value is not None:
            inputs.setdefault(condition.fact, value)
    if amount is not None and apply_caps:
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
        formula=formula, inputs=inputs, conditions=conditions,
        requirements=_still_required(rule.requirements, conditions),
        missing_facts=missing, caps_applied=caps_applied, citation=rule.citation,
        recognition=rule.recognition, merit_based=rule.merit_based, duration=rule.duration,
        notes=rule.notes + notes,
    )


def _still_required(requirements: list[str], conditions: list[ConditionResult]) -> list[str]:
    """The rule's stated requirements the facts have not already shown met.

    "实施产业化" is both a requirement and, once the user says so, a met condition; listing
    it again under 还需满足 beside its ✔ would contradict the working.
    """
    met = {c.label for c in conditions if c.status == "pass"}
    return [text for text in requirements if text not in met]


def _shown(facts: Facts, name: str, value: object) -> str:
    if name in type(facts).money_fields() and isinstance(value, int):
        return format_yuan(value, "USD" if name.endswith("_usd") else "CNY")
    return type(facts).display(name, value)


def _check(condition: Condition, facts: Facts, bounds: Bounds) -> ConditionResult:
    value = getattr(facts, condition.fact)
    base = {"label": condition.label, "fact": condition.fact}
    label = type(facts).label_of(condition.fact)
    threshold = condition.threshold()
    if value is None:
        bound = bounds.get(condition.fact)
        if bound is not None and threshold is not None:
            verdict = bound.compare(condition.op, threshold.amount)
            detail = f"{label}：{bound.describe(lambda v: _shown(facts, condition.fact, v))}"
            return ConditionResult(status=verdict, detail=detail, **base)
        return ConditionResult(status="unknown", detail=_unknown_detail(condition, facts),
                               **base)
    expected: object = threshold.amount if threshold else condition.value
    ok = _compare(condition.op, value, expected)
    detail = f"{label}：{_shown(facts, condition.fact, value)}"
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
    return f"尚未提供：{type(facts).label_of(condition.fact)}"


# amount, formula in words, inputs, missing facts, notes, ceilings that cut the amount
FormulaResult = tuple[int | None, str, dict[str, object], list[str], list[str], list[str]]


def _apply_formula(rule: Rule, facts: Facts, conditions: list[ConditionResult],
                   bounds: Bounds) -> FormulaResult:
    formula = rule.formula
    if isinstance(formula, NoFigure):
        return None, "原文未写明具体金额或比例", {}, [], [], []
    if isinstance(formula, PerUnitTable):
        return _per_unit_table(formula, facts, conditions)
    if isinstance(formula, PerUnit):
        return _per_unit(formula, facts)
    if isinstance(formula, Rate):
        return _rate(formula, facts, bounds.get(formula.base))
    return _tiers(formula, facts, conditions, bounds)


def _count(count_fact: str | None, facts: Facts) -> tuple[int, list[str]]:
    if count_fact is None:
        return 1, []
    count = getattr(facts, count_fact)
    if count is None:
        label = type(facts).label_of(count_fact)
        return 1, [f"未说明{label}，按1个计；多个品种按品种数累计"]
    return int(count), []


def _per_unit_table(formula: PerUnitTable, facts: Facts,
                    conditions: list[ConditionResult]) -> FormulaResult:
    key = getattr(facts, formula.key)
    label = type(facts).label_of(formula.key)
    count, notes = _count(formula.count, facts)
    inputs: dict[str, object] = {formula.count or "count": count}
    if key is not None and str(key) not in formula.table:
        # A 四类新兽药: the clause names figures for some categories only; others get none.
        listed = "、".join(_shown(facts, formula.key, k) for k in formula.table)
        conditions.append(ConditionResult(
            label=f"{label}属于{listed}之一", status="fail", fact=formula.key,
            detail=f"{label}：{_shown(facts, formula.key, key)}"))
        return None, f"{label}不在条款列明的范围内", {formula.key: key}, [], [], []
    if key is None:
        options = "、".join(f"{_shown(facts, formula.key, k)} {v}"
                            for k, v in formula.table.items())
        return None, f"每个品种按{label}确定：{options}", inputs, [formula.key], notes, []
    unit = parse_money(formula.table[str(key)]).amount
    inputs[formula.key] = key
    total = unit * count
    text = f"{format_yuan(unit)} × {count} 个品种 = {format_yuan(total)}"
    return total, text, inputs, [], notes, []


def _per_unit(formula: PerUnit, facts: Facts) -> FormulaResult:
    unit = parse_money(formula.amount).amount
    if formula.count is None:
        return unit, f"最高 {format_yuan(unit)}", {}, [], [], []
    count, notes = _count(formula.count, facts)
    total = unit * count
    text = f"{format_yuan(unit)} × {count} 个品种 = {format_yuan(total)}"
    return total, text, {formula.count: count}, [], notes, []


def _rate(formula: Rate, facts: Facts, bound: Bound | None = None) -> FormulaResult:
    base = getattr(facts, formula.base)
    rate = formula.fraction()
    if base is None and bound is not None and bound.low is not None and formula.cap:
        # "建设投入2亿多", "1.2亿到1.5亿之间": no rate is applied to a bound, but when even
        # its lowest value reaches the clause's ceiling, every value it allows gives the cap.
        cap_yuan = parse_money(formula.cap).amount
        lowest = math.floor(Fraction(bound.low) * rate)
        if lowest >= cap_yuan:
            label = type(facts).label_of(formula.base)
            text = (f"{label}{bound.describe(format_yuan)}，按{format_rate(rate)}计不低于"
                    f"{format_yuan(lowest)}，已达到最高{format_yuan(cap_yuan)}，按{format_yuan(cap_yuan)}计")
            return cap_yuan, text, {}, [], [], [f"本项最高{format_yuan(cap_yuan)}"]
    if base is None:
        cap = f"，最高{formula.cap}" if formula.cap else ""
        label = type(facts).label_of(formula.base)
        return None, f"{label} × {format_rate(rate)}{cap}", {}, [formula.base], [], []
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


def _tiers(formula: Tiers, facts: Facts, conditions: list[ConditionResult],
           bounds: Bounds) -> FormulaResult:
    base = getattr(facts, formula.base)
    label = type(facts).label_of(formula.base)
    steps = [(parse_money(t.threshold).amount, parse_money(t.amount).amount)
             for t in formula.tiers]
    bound = bounds.get(formula.base)
    if base is None and bound is not None:
        return _tier_of_bound(formula, steps, bound, label, conditions)
    if base is None:
        listing = "、".join(f"{format_yuan(th)}→{format_yuan(am)}" for th, am in steps)
        return None, f"按{label}所达档位：{listing}", {}, [formula.base], [], []
    reached = [(th, am) for th, am in steps
               if (base >= th if formula.op == "ge" else base > th)]
    inputs: dict[str, object] = {formula.base: base}
    if not reached:
        lowest = format_yuan(steps[0][0])
        conditions.append(ConditionResult(
            label=f"{label}达到最低档{lowest}", status="fail",
            fact=formula.base, detail=f"{label}：{format_yuan(base)}"))
        return None, f"{format_yuan(base)} 未达到最低档 {lowest}", inputs, [], [], []
    threshold, amount = reached[-1]
    text = f"{format_yuan(base)} 达到“{format_yuan(threshold)}”档，奖励 {format_yuan(amount)}"
    return amount, text, inputs, [], [], []


def _tier_of_bound(formula: Tiers, steps: list[tuple[int, int]], bound: Bound, label: str,
                   conditions: list[ConditionResult]) -> FormulaResult:
    """"首次突破5亿" names the 5亿 tier; "不到5000万" reaches none; else the figure is asked."""
    if bound.low is not None and any(th == bound.low for th, _ in steps):
        threshold, amount = next(step for step in steps if step[0] == bound.low)
        text = f"{label}突破“{format_yuan(threshold)}”档，奖励 {format_yuan(amount)}"
        return amount, text, {formula.base: f"突破{format_yuan(threshold)}"}, [], [], []
    lowest = steps[0][0]
    if bound.compare(formula.op, lowest) == "fail":
        conditions.append(ConditionResult(
            label=f"{label}达到最低档{format_yuan(lowest)}", status="fail", fact=formula.base,
            detail=f"{label}：{bound.describe(format_yuan)}"))
        return None, f"未达到最低档 {format_yuan(lowest)}", {}, [], [], []
    reached = [step for step in steps if bound.compare(formula.op, step[0]) == "pass"]
    unreached = [step for step in steps if bound.compare(formula.op, step[0]) == "fail"]
    if reached and len(reached) + len(unreached) == len(steps):
        threshold, amount = reached[-1]
        text = f"{label}{bound.describe(format_yuan)}，达到“{format_yuan(threshold)}”档，" \
               f"奖励 {format_yuan(amount)}"
        return amount, text, {}, [], [], []
    listing = "、".join(f"{format_yuan(th)}→{format_yuan(am)}" for th, am in steps)
    return None, f"按{label}所达档位：{listing}", {}, [formula.base], [], []
