"""Reference arithmetic: expected status, amount and kind from slot values.

Pure functions over the ``slots`` stored on each case. Amounts are exact integers
(rates are ``Fraction``s; a fractional yuan is rounded down). ``expectation`` turns an
``Outcome`` into the contract's ``expect`` object, so the generator and ``selfcheck``
derive every expected figure the same way and never from a template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .provisions import PROVISIONS, WAN, YI, Provision

ANSWERED = ("answered",)
NEEDS_INFO = ("needs_info",)
INELIGIBLE = ("ineligible",)
OUT_OF_SCOPE = ("out_of_scope",)

#: rate rules with a ceiling: without a base, "最高X" is a fair answer too.
CAPPED_RATE_RULES = frozenset({"draft-15-2", "m-5", "m-11"})


class SlotError(ValueError):
    """Slots that describe a case the generator must not emit."""


@dataclass(frozen=True)
class Outcome:
    """What a correct last answer looks like, before surface strings are added.

    Attributes:
        status: accepted statuses.
        cite: [doc_id, article] pairs that must be among the citations.
        amount: expected ``calculation.amount_yuan`` (None = no figure as the amount).
        check_amount: whether ``amount_yuan`` is written into the expectation at all.
        kind: expected ``calculation.kind`` or None (not checked).
        reason: short machine-readable reason, for reports and the README.
    """

    status: tuple[str, ...]
    cite: tuple[tuple[str, str], ...]
    amount: int | None
    check_amount: bool
    kind: str | None
    reason: str


def floor_rate(base: int, prov: Provision) -> int:
    """``base × rate`` rounded down to a whole yuan, then capped."""
    assert prov.rate is not None
    value = (base * prov.rate.numerator) // prov.rate.denominator
    if prov.cap is not None:
        value = min(value, prov.cap)
    return value


def tier_crossed(prov: Provision, prev: int, cur: int) -> list[tuple[int, int]]:
    """Tiers strictly crossed going from ``prev`` to ``cur`` (突破 read as "above")."""
    if prev in {t for t, _ in prov.tiers} or cur in {t for t, _ in prov.tiers}:
        raise SlotError("output exactly at a tier: 突破 at equality is left open")
    return [(t, award) for t, award in prov.tiers if prev < t < cur]


def _answered(prov: Provision, amount: int | None, kind: str | None, reason: str) -> Outcome:
    return Outcome(ANSWERED, (prov.cite,), amount, True, kind, reason)


def _ineligible(prov: Provision, reason: str, also: tuple[str, ...] = ()) -> Outcome:
    return Outcome(INELIGIBLE + also, (prov.cite,), None, True, None, reason)


def _needs_info(reason: str, prov: Provision | None = None) -> Outcome:
    if prov is not None and prov.rule_id in CAPPED_RATE_RULES and reason == "missing:base":
        return Outcome(NEEDS_INFO + ANSWERED, (), None, False, None, reason)
    return Outcome(NEEDS_INFO, (), None, True, None, reason)


def _per_item(prov: Provision, slots: Mapping[str, Any]) -> Outcome:
    rid = prov.rule_id
    if rid == "draft-11-2-in":
        n = int(slots["n"])
        if not slots.get("launched", True):
            return _ineligible(prov, "license_in_not_launched", NEEDS_INFO)
        return _answered(prov, n * prov.amount_for("in"), prov.kind, "ok")
    if rid == "draft-11-2-out":
        n = int(slots["n"])
        assert prov.threshold is not None
        if int(slots["contract_usd"]) <= prov.threshold:
            return _ineligible(prov, "license_out_not_over_100m_usd")
        return _answered(prov, n * prov.amount_for("out"), prov.kind, "ok")
    items: Sequence[Mapping[str, Any]] = slots["items"]
    if rid == "draft-5-1-entry":
        classes = {int(it["cls"]) for it in items}
        if classes == {2}:
            return _ineligible(prov, "class2_entry_not_covered")
        if classes != {1}:
            raise SlotError("mixed classes in one entry question")
        total = sum(int(it["n"]) * prov.amount_for(str(it["stage"])) for it in items)
        assert prov.annual_cap is not None
        if total == prov.annual_cap:
            raise SlotError("total exactly at the annual cap: fixed vs upper_bound is open")
        if total > prov.annual_cap:
            return _answered(prov, prov.annual_cap, "upper_bound", "annual_cap")
        return _answered(prov, total, "fixed", "ok")
    if rid == "draft-6-1":
        if slots.get("industrialised") is False:
            return _ineligible(prov, "not_industrialised", NEEDS_INFO)
    if rid == "draft-6-2":
        vet_classes = {str(it["cls"]) for it in items}
        if vet_classes <= {"4", "5"}:
            return _ineligible(prov, "vet_class_not_covered")
        if vet_classes & {"4", "5"}:
            raise SlotError("mixed covered and uncovered vet classes")
        if slots.get("industrialised") is False:
            return _ineligible(prov, "not_industrialised", NEEDS_INFO)
    total = sum(int(it["n"]) * prov.amount_for(str(it["cls"])) for it in items)
    return _answered(prov, total, prov.kind, "ok")


def _rate(prov: Provision, slots: Mapping[str, Any]) -> Outcome:
    rid = prov.rule_id
    if rid == "draft-15-1" and int(slots.get("years_received", 0)) >= 3:
        return _ineligible(prov, "three_years_received")
    if rid == "draft-8-1-entrust":
        bases = [int(b) for b in slots["bases"]]
        assert prov.rate is not None
        if len(bases) > 1 and any((b * prov.rate).denominator != 1 for b in bases):
            raise SlotError("per-variety rounding would be ambiguous")
        return _answered(prov, sum(floor_rate(b, prov) for b in bases), prov.kind, "ok")
    if rid == "draft-11-1":
        base = sum(int(p) for p in slots["parts"])
    else:
        base = int(slots["base"])
    if base <= 0:
        raise SlotError("non-positive base must be an implausible-value case")
    amount = floor_rate(base, prov)
    reason = "cap" if prov.cap is not None and amount == prov.cap else "ok"
    return _answered(prov, amount, prov.kind, reason)


def _threshold_rate(prov: Provision, slots: Mapping[str, Any]) -> Outcome:
    base = int(slots["base"])
    assert prov.threshold is not None
    prev = slots.get("prev_base")
    if prev is not None and (int(prev) >= prov.threshold or base < prov.threshold):
        raise SlotError("a rise case must cross the threshold in the later year")
    if base < prov.threshold:
        return _ineligible(prov, "below_threshold")
    if not slots["first_time"]:
        return _ineligible(prov, "not_first_time")
    return _answered(prov, floor_rate(base, prov), prov.kind, "ok")


def _tiers(prov: Provision, slots: Mapping[str, Any]) -> Outcome:
    products: Sequence[Mapping[str, Any]] = slots["products"]
    total = 0
    for product in products:
        crossed = tier_crossed(prov, int(product["prev"]), int(product["cur"]))
        if len(crossed) > 1:
            raise SlotError("several tiers crossed at once: sum vs highest is open")
        if not crossed:
            if len(products) > 1:
                raise SlotError("multi-product case with an ineligible product")
            return _ineligible(prov, "no_tier_first_crossed")
        total += crossed[0][1]
    return _answered(prov, total, prov.kind, "ok")


def rd_failures(slots: Mapping[str, Any]) -> list[str]:
    """Conditions of 第十三条 that the slot values fail (empty when eligible)."""
    failed = []
    if not slots["sme"]:
        failed.append("not_sme")
    if int(slots["rev_last"]) >= 3000 * WAN:
        failed.append("revenue_not_below_30m")
    if int(slots["rd_last"]) + int(slots["rd_prev"]) < 1000 * WAN:
        failed.append("two_year_rd_below_10m")
    if not slots["growth"]:
        failed.append("no_three_year_growth")
    if int(slots.get("years_received", 0)) >= 3:
        failed.append("three_years_received")
    return failed


def _rd(prov: Provision, slots: Mapping[str, Any]) -> Outcome:
    if slots["growth"] and int(slots["rd_last"]) <= int(slots["rd_prev"]):
        raise SlotError("growth claimed but last year's R&D is not above the year before")
    failed = rd_failures(slots)
    if failed:
        return _ineligible(prov, ",".join(failed))
    return _answered(prov, floor_rate(int(slots["rd_last"]), prov), prov.kind, "ok")


def evaluate_rule(slots: Mapping[str, Any]) -> Outcome:
    """Outcome of a single-rule question."""
    prov = PROVISIONS[str(slots["rule"])]
    for key in ("issue", "missing", "ambiguous"):
        if slots.get(key):
            return _needs_info(f"{key}:{slots[key]}", prov)
    if prov.method == "unspecified":
        return _answered(prov, None, "unspecified", "unspecified")
    if prov.method == "flat":
        return _answered(prov, prov.amount_for("flat"), prov.kind, "ok")
    if prov.method == "per_item":
        return _per_item(prov, slots)
    if prov.method == "rate":
        return _rate(prov, slots)
    if prov.method == "threshold_rate":
        return _threshold_rate(prov, slots)
    if prov.method == "tiers":
        return _tiers(prov, slots)
    if prov.method == "rd":
        return _rd(prov, slots)
    raise SlotError(f"unknown method {prov.method}")


def _merge_cites(outcomes: Sequence[Outcome]) -> tuple[tuple[str, str], ...]:
    seen: list[tuple[str, str]] = []
    for out in outcomes:
        for pair in out.cite:
            if pair not in seen:
                seen.append(pair)
    return tuple(seen)


def evaluate(slots: Mapping[str, Any]) -> Outcome:
    """Outcome of any case from its slots (single rule, several rules, or no rule)."""
    rule = str(slots["rule"])
    if rule == "multi":
        if slots.get("issue") or slots.get("missing"):
            return _needs_info(f"multi:{slots.get('issue') or slots.get('missing')}")
        parts = [evaluate_rule(p) for p in slots["parts"]]
        if any(p.status != ANSWERED or p.amount is None for p in parts):
            raise SlotError("multi-provision case with a part that has no amount")
        total = sum(p.amount for p in parts if p.amount is not None)
        kind = "upper_bound" if any(p.kind == "upper_bound" for p in parts) else "fixed"
        return Outcome(ANSWERED, _merge_cites(parts), total, True, kind, "sum")
    if rule == "lookup":
        pair = (str(slots["doc"]), str(slots["article"]))
        return Outcome(ANSWERED, (pair,), None, False, None, "lookup")
    if rule == "info":
        return Outcome(ANSWERED, (), None, False, None, "info")
    if rule == "validity":
        status = ANSWERED + INELIGIBLE if slots.get("expired") else ANSWERED
        return Outcome(status, (), None, False, None, "validity")
    if rule == "smalltalk":
        return Outcome(ANSWERED, (), None, not slots.get("after_amount"), None, "smalltalk")
    if rule == "oos":
        return Outcome(OUT_OF_SCOPE, (), None, True, None, "out_of_scope")
    return evaluate_rule(slots)


def wan_form(amount: int | None) -> str | None:
    """``160万`` for a whole number of 万 below 1亿, else None."""
    if amount is None or amount <= 0 or amount % WAN or amount >= YI:
        return None
    return f"{amount // WAN}万"


def expectation(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's ``expect`` object for a case, derived from its slots only."""
    out = evaluate(slots)
    lang = slots.get("lang", "zh")
    must: list[str] = []
    if lang == "zh" and out.status == ANSWERED:
        form = wan_form(out.amount)
        if form:
            must.append(form)
    if lang == "zh" and slots.get("flag_draft"):
        must.append("征求意见稿")
    must.extend(str(s) for s in slots.get("must", ()))
    must_not: list[str] = []
    prev = slots.get("prev")
    if prev is not None:
        form = wan_form(evaluate(prev).amount)
        if form and form not in must:
            must_not.append(form)
    expect: dict[str, Any] = {
        "status": list(out.status),
        "cite": [list(pair) for pair in out.cite],
    }
    if out.check_amount:
        expect["amount_yuan"] = out.amount
    if out.kind is not None:
        expect["kind"] = out.kind
    expect["must_include"] = must
    expect["must_not_include"] = must_not
    return expect
