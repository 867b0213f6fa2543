"""English questions for the same rules, in several word orders.

The assistant is a Chinese help desk but evaluators and integrations send English
too ("RMB 8 million of service revenue last year", "Phase 2 entry for a class-1
biologic"). Figures are written with ``Render.en`` so selfcheck can read them back.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from .. import surface
from .common import Render

EnFn = Callable[[dict[str, Any], Render, random.Random], str]

EN_ASK = (
    "How much support can we get?",
    "How much can we claim?",
    "What is the maximum subsidy?",
    "How much funding would that be?",
    "What amount are we eligible for?",
    "How much could we receive under the policy?",
    "What's the award?",
    "Roughly how much money is that?",
    "How much would the district give us?",
    "Can you work out the amount?",
)
EN_SUM_ASK = (
    "How much in total?",
    "What is the combined maximum?",
    "How much altogether?",
    "What's the total we could get?",
)
DRUG_EN = (
    "biologic",
    "chemical drug",
    "traditional Chinese medicine",
    "small-molecule drug",
    "new drug",
    "antibody",
)


def en_frame(fact: str, rng: random.Random, asks: tuple[str, ...] = EN_ASK) -> str:
    """Fact + question, with optional greeting."""
    hello = rng.choice(["", "", "Hi. ", "Hello. ", "Quick question. ", "Hi there! "])
    return f"{hello}{fact.rstrip('. ')}. {rng.choice(asks)}"


def en_cro(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十五条（一）."""
    base = r.en(int(slots["base"]))
    org = rng.choice(["CRO", "CDMO", "CMO"])
    return rng.choice(
        (
            f"We are a {org} with {base} of actual service revenue last year",
            f"Our {org} business did {base} in service contracts last year",
            f"{base} of service amount last year — we're a {org} in Changping",
            f"As a {org}, our annual actual service amount was {base}",
            f"We run a {org}; last year's actual service value came to {base}",
            f"Last year we, a contract research/manufacturing outsourcing firm ({org}), "
            f"delivered {base} of services",
            f"{org} here, annual service amount {base}",
            f"Our outsourcing company ({org}) billed {base} of actual services in 2025",
        )
    )


def en_entry(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第五条（一） entry, one variety."""
    it = slots["items"][0]
    cls = int(it["cls"])
    st = rng.choice(surface.STAGE_EN[str(it["stage"])])
    d = rng.choice(DRUG_EN)
    c = rng.choice([f"class-{cls}", f"Class {cls}", f"category {cls}"])
    return rng.choice(
        (
            f"{st} entry for a {c} {d}",
            f"Our {c} {d} has just entered {st} clinical trials",
            f"We have one {c} {d} that entered {st}",
            f"A {c} {d} of ours moved into {st} this year",
            f"{st} started for our {c} {d} (it has entered {st})",
            f"One {c} {d} entering {st} trials",
            f"Our {c} {d} is now in {st} — it entered {st} last month",
            f"We just entered {st} with a {c} {d}",
        )
    )


def en_platform(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十五条（二）."""
    base = r.en(int(slots["base"]))
    kind = rng.choice(
        [
            "shared testing platform",
            "shared laboratory-animal service platform",
            "clinical translation service platform",
            "benchmark incubator",
        ]
    )
    return rng.choice(
        (
            f"We invested {base} building a {kind}",
            f"Construction of our {kind} actually cost {base}",
            f"A {kind} with {base} of actual construction investment",
            f"We spent {base} on building a {kind} open to other companies",
            f"Our {kind} build-out: {base} actually invested",
            f"{base} went into constructing our {kind}",
        )
    )


def en_fda(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十一条（一） with parts or one base."""
    agency = rng.choice(["FDA", "EMA", "the FDA", "the EMA"])
    parts = [int(p) for p in slots["parts"]]
    if len(parts) == 1:
        base = r.en(parts[0])
        return rng.choice(
            (
                f"Our drug was newly approved by {agency}; registration costs were {base}",
                f"We just obtained {agency} approval and spent {base} on registration",
                f"New {agency} certification, actual registration expenses {base}",
                f"{agency} approval came through, total registration cost {base}",
            )
        )
    names = ["registration fees", "testing fees", "local agent fees"]
    bits = [f"{r.en(p)} in {names[i]}" for i, p in enumerate(parts)]
    listed = ", ".join(bits[:-1]) + f" and {bits[-1]}"
    return rng.choice(
        (
            f"We just got {agency} approval; we paid {listed}",
            f"New {agency} certification for our drug: {listed}",
            f"Our {agency} filing cost {listed}",
            f"After {agency} approval we tallied {listed}",
        )
    )


def en_output(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十二条（三） single product."""
    p = slots["products"][0]
    prev, cur = r.en(int(p["prev"])), r.en(int(p["cur"]))
    return rng.choice(
        (
            f"One of our products' annual output went from {prev} to {cur} this year, "
            f"the first time it crossed that tier",
            f"Single-product output: {prev} last year, {cur} this year, a first for us",
            f"Our product's annual output value rose from {prev} to {cur}, first time ever "
            f"above the threshold",
            f"This year a product of ours hit {cur} in output for the first time "
            f"(last year {prev})",
        )
    )


def en_rd(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十三条."""
    rev = r.en(int(slots["rev_last"]))
    rd1, rd2 = int(slots["rd_last"]), int(slots["rd_prev"])
    two = rd1 + rd2
    sme = rng.choice(["We're a small company", "We are an SME", "As a small enterprise"])
    growth = rng.choice(
        [
            "R&D spending has grown three years in a row",
            "our R&D has increased every year for three consecutive years",
        ]
    )
    if rng.random() < 0.5:
        rd_text = f"we had {r.en(two)} of R&D over the past two years, {r.en(rd1)} of it last year"
    else:
        rd_text = f"R&D was {r.en(rd1)} last year and {r.en(rd2)} the year before"
    return rng.choice(
        (
            f"{sme}; revenue last year was {rev}, {growth}, and {rd_text}",
            f"{sme} with {rev} of revenue last year; {rd_text}; {growth}",
            f"{rd_text[0].upper() + rd_text[1:]}; {growth}. {sme}, revenue last year {rev}",
        )
    )


def en_lic_out(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十一条（二） License-out."""
    usd = r.en(int(slots["contract_usd"]), "USD")
    return rng.choice(
        (
            f"We signed a license-out deal with a multinational worth {usd} in total",
            f"Our out-licensing contract with a global pharma is {usd}, already signed",
            f"License-out agreement signed with a multinational, total contract value {usd}",
            f"We out-licensed one product to a big multinational for {usd}",
        )
    )


def en_vet(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第六条（二）."""
    cls = str(slots["items"][0]["cls"])
    c = rng.choice([f"class-{cls}", f"Class {cls}", f"category {cls}"])
    return rng.choice(
        (
            f"We received a {c} new veterinary drug certificate and are producing it locally",
            f"Our animal drug got {c} new veterinary drug registration and is industrialised",
            f"A {c} new vet drug of ours was approved and is now manufactured in Changping",
            f"{c.capitalize()} new veterinary drug: certificate obtained, production started",
        )
    )


def en_ai_demo(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """（五）."""
    base = r.en(int(slots["base"]))
    return rng.choice(
        (
            f"AI drug discovery demonstration project with {base} of engineering investment",
            f"We are building a flagship AI-assisted diagnosis scenario; total engineering "
            f"investment {base}",
            f"Our AI+medicine demonstration scene has a total project engineering "
            f"investment of {base}",
            f"{base} total engineering investment in an AI+drug R&D benchmark scenario",
        )
    )


def en_park(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """（十一）."""
    base = r.en(int(slots["base"]))
    return rng.choice(
        (
            f"Our park is bringing in a world-leading biomedical park operator; total project "
            f"investment {base}",
            f"Park operation upgrade with a global operator, project investment {base}",
            f"{base} total investment to introduce world-class park management resources",
        )
    )


def en_sales(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第八条（二）."""
    base = r.en(int(slots["base"]))
    return rng.choice(
        (
            f"We are a pharma sales-platform company with annual sales revenue of {base}",
            f"Our medical sales platform did {base} in sales last year",
            f"Sales platform enterprise, {base} annual sales",
        )
    )


def en_event(slots: dict[str, Any], r: Render, rng: random.Random) -> str:
    """第十六条（三）."""
    base = r.en(int(slots["base"]))
    return rng.choice(
        (
            f"We are a private company that hosted a high-quality life-science forum "
            f"costing {base}",
            f"Our industry summit's actual costs were {base}",
            f"We organised a biomedical conference (market-run) with {base} of actual expenses",
        )
    )


EN_FACTS: dict[str, EnFn] = {
    "draft-15-1": en_cro,
    "draft-5-1-entry": en_entry,
    "draft-15-2": en_platform,
    "draft-11-1": en_fda,
    "draft-12-3": en_output,
    "draft-13": en_rd,
    "draft-11-2-out": en_lic_out,
    "draft-6-2": en_vet,
    "m-5": en_ai_demo,
    "m-11": en_park,
    "draft-8-2": en_sales,
    "draft-16-3": en_event,
}
