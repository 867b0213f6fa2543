"""Several products under one rule: each priced on its own facts, summed, then capped.

"三个1类进Ⅱ期、一个进Ⅲ期" is 3 × 100万 + 1 × 200万; the clause's per-enterprise
ceiling (每个企业每年不超过1亿元) applies to the sum, never to one product.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.rules.amounts import format_yuan
from app.rules.bounds import Bound
from app.rules.calculation import Calculation
from app.rules.calculator import calculate
from app.rules.facts import Facts
from app.rules.schema import Rule


def calculate_items(rule: Rule, per_item: list[Facts],
                    bounds: Mapping[str, Bound] | None = None,
                    years: Sequence[int | None] = ()) -> Calculation:
    """The rule applied to each product's facts, summed, with the rule's caps on the sum.

    ``years`` (one per product, when the products fall in different years) let a yearly
    ceiling hold year by year.
    """
    if len(per_item) == 1:
        return calculate(rule, per_item[0], bounds)
    parts = [calculate(rule, facts, bounds, apply_caps=False) for facts in per_item]
    first = parts[0]
    inputs: dict[str, object] = {"items": [
        {**{k: v for k, v in facts.known().items()}, "amount_yuan": part.amount_yuan}
        for facts, part in zip(per_item, parts, strict=True)]}
    count_fact = getattr(rule.formula, "count", None)
    if count_fact:
        inputs[count_fact] = sum(int(getattr(f, count_fact) or 1) for f in per_item)
    missing = list(dict.fromkeys(m for part in parts for m in part.missing_facts))
    failed = [part for part in parts if part.eligibility == "ineligible"]
    if failed and len(failed) < len(parts) and not missing and all(
            part.amount_yuan is not None for part in parts if part not in failed):
        # "C去年已过3亿": a product that does not qualify adds nothing; the others count.
        return _summed(rule, per_item, parts, inputs, failed, years)
    if failed or missing or any(part.amount_yuan is None for part in parts):
        formula = "；".join(part.formula for part in parts)
        return first.model_copy(update={
            "amount_yuan": None, "formula": formula, "inputs": inputs,
            "missing_facts": missing, "conditions": [c for p in parts for c in p.conditions]})
    return _summed(rule, per_item, parts, inputs, [], years)


def _summed(rule: Rule, per_item: list[Facts], parts: list[Calculation],
            inputs: dict[str, object], failed: list[Calculation],
            years: Sequence[int | None] = ()) -> Calculation:
    """The qualifying products' amounts summed, the rule's caps on the sum."""
    first = next(part for part in parts if part not in failed)
    total = sum(part.amount_yuan or 0 for part in parts if part not in failed)
    key = getattr(rule.formula, "key", None)
    # A part cut by its own ceiling shows its working whole ("1.5亿元 × 30% = 4500万元，超过
    # 最高3000万元，按3000万元计"), then the total; otherwise the parts are one sum.
    whole = any(part.caps_applied for part in parts if part not in failed)
    by_year = _yearly_totals(parts, failed, years)
    dated = bool(by_year)
    pieces = [("0元（不符合条件）" if part in failed else part.formula if whole
               else part.formula.split(" = ")[0])
              + _label([type(facts).display(key, getattr(facts, key))] if key else [],
                       f"{year}年" if dated else None)
              for part, facts, year in zip(parts, per_item, years if dated else [None] * len(parts),
                                           strict=True)]
    formula = "；".join(pieces) + f"；合计 {format_yuan(total)}" if whole \
        else " + ".join(pieces) + f" = {format_yuan(total)}"
    caps_applied = list(dict.fromkeys(c for part in parts for c in part.caps_applied))
    for cap in rule.caps:
        if cap.per == "year" and by_year:
            # "今年30个进入Ⅲ期，明年又有另外30个": each year's sum to its own ceiling.
            capped = {year: min(amount, cap.yuan()) for year, amount in by_year.items()}
            if capped != by_year:
                caps_applied.append(f"{cap.scope}不超过{format_yuan(cap.yuan())}")
                formula += "；" + "，".join(
                    f"{year}年{format_yuan(amount)}"
                    + (f"超过{cap.scope}上限，按{format_yuan(cap.yuan())}计"
                       if amount > cap.yuan() else "")
                    for year, amount in by_year.items())
                by_year = capped
                total = sum(capped.values())
                formula += f"；合计 {format_yuan(total)}"
            continue
        if total > cap.yuan():
            caps_applied.append(f"{cap.scope}不超过{format_yuan(cap.yuan())}")
            formula += f"，超过{cap.scope}上限{format_yuan(cap.yuan())}，按上限计"
            total = cap.yuan()
    kind = "upper_bound" if rule.kind == "fixed" and caps_applied else rule.kind
    notes = list(dict.fromkeys(n for part in parts for n in part.notes))
    if failed:
        notes.append("不符合条件的品种未计入："
                     + "；".join(dict.fromkeys(c.detail or c.label for p in failed
                                               for c in p.conditions if c.status == "fail")))
    return first.model_copy(update={
        "amount_yuan": total, "formula": formula, "inputs": inputs, "kind": kind,
        "caps_applied": caps_applied, "notes": notes, "missing_facts": [],
        "eligibility": first.eligibility})


def _yearly_totals(parts: list[Calculation], failed: list[Calculation],
                   years: Sequence[int | None]) -> dict[int, int]:
    """The qualifying products' sum per year; empty unless every product has its year."""
    if len(years) != len(parts) or any(year is None for year in years) or len(set(years)) < 2:
        return {}
    totals: dict[int, int] = {}
    for part, year in zip(parts, years, strict=True):
        if part not in failed and year is not None:
            totals[year] = totals.get(year, 0) + (part.amount_yuan or 0)
    return dict(sorted(totals.items()))


def _label(words: list[str], year: str | None) -> str:
    """"（Ⅲ期，2027年）": what sets a product group apart in a formula."""
    shown = [*words, *([year] if year else [])]
    return f"（{'，'.join(shown)}）" if shown else ""
