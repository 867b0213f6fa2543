"""Money figures in a message, each tied to the measure and year it belongs to.

``read_money`` reads a message in the one form every reader works on (``prepare_text``:
simplified characters, folded numerals and separators, English amounts as Chinese
ones) against the declared vocabulary, with 2026 as the reference year (去年 is
2025). Each row lists every observation expected, in order: a figure tied to the
wrong measure or year, or one read where the text names none (注册资本, an award
received elsewhere), is a wrong subsidy later.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from app.assistant.fact_reader import prepare_text
from app.assistant.money_reader import Observation, read_money
from app.config import PROJECT_ROOT
from app.rules.bounds import Bound
from app.rules.vocabulary import load_vocabulary

WAN = 10_000
YI = 100_000_000
VOCABULARY = load_vocabulary(Path(PROJECT_ROOT / "corpus"))
YEAR = 2026
ANY = ...  # a field the row does not pin


@dataclass(frozen=True)
class Seen:
    """What one observation must say (fields left at ``ANY`` are not checked)."""

    measure: str | None
    amount: int | None
    year: int | None = None
    currency: str = "CNY"
    component: object = None
    role: object = None
    clause: object = ANY  # which clause of the message (each product opens its own)
    usable: bool = True
    hint: object = ANY
    bound: object = None

    def check(self, seen: Observation) -> None:
        assert (seen.measure, seen.amount, seen.year, seen.currency) == (
            self.measure, self.amount, self.year, self.currency), seen
        assert (seen.usable, seen.bound) == (self.usable, self.bound), seen
        for name in ("component", "role", "hint", "clause"):
            wanted = getattr(self, name)
            if wanted is not ANY:
                assert getattr(seen, name) == wanted, (name, seen)


def _read(text: str) -> list[Observation]:
    return read_money(prepare_text(text), VOCABULARY, YEAR)


def _check(text: str, expected: tuple[Seen, ...]) -> None:
    observations = _read(text)
    assert len(observations) == len(expected), observations
    for wanted, seen in zip(expected, observations, strict=True):
        wanted.check(seen)


CASES = [
    # (name, text, observations expected in order)
    ("three years of one measure", "研发投入2023年410万、2024年790万、2025年2020万元",
     (Seen("rd_spending", 410 * WAN, 2023), Seen("rd_spending", 790 * WAN, 2024),
      Seen("rd_spending", 2020 * WAN, 2025))),
    ("relative years after the measure", "研发投入去年790万，前年340万",
     (Seen("rd_spending", 790 * WAN, 2025), Seen("rd_spending", 340 * WAN, 2024))),
    ("year word before the measure", "2025年的研发投入是800万",
     (Seen("rd_spending", 800 * WAN, 2025),)),
    ("year in brackets after the figure", "营收2400万（去年）",
     (Seen("operating_revenue", 2400 * WAN, 2025),)),
    ("from one year's figure to another's", "营收从前年的4600万变成去年的2400万",
     (Seen("operating_revenue", 4600 * WAN, 2024, role="from"),
      Seen("operating_revenue", 2400 * WAN, 2025, role=ANY))),
    ("from … to without years", "主营业务收入从4亿涨到6亿",
     (Seen("main_revenue", 4 * YI, role="from"), Seen("main_revenue", 6 * YI, role="to"))),
    ("three parts of the registration cost",
     "我们的药品新获EMA认证，其中代理费花了383万1158元、检验检测费27万1027元、注册费花了819,196元",
     (Seen("registration_cost", 3_831_158, component="当地代理费"),
      Seen("registration_cost", 271_027, component="检测费"),
      Seen("registration_cost", 819_196, component="海外注册费"))),
    ("two parts of the registration cost", "注册费120万、检测费40万",
     (Seen("registration_cost", 120 * WAN, component="海外注册费"),
      Seen("registration_cost", 40 * WAN, component="检测费"))),
    ("registered capital is no fact", "注册资本5000万", ()),
    ("an award received elsewhere is no fact", "去年拿过市里50万", ()),
    ("an award hoped for is no fact", "能拿5000万吗", ()),
    ("registered capital beside a revenue", "注册资本5000万，去年营收3000万",
     (Seen("operating_revenue", 3000 * WAN, 2025),)),
    ("an award received beside R&D spending", "去年拿过市里50万，今年研发投入800万",
     (Seen("rd_spending", 800 * WAN, 2026),)),
    ("a valuation beside a revenue", "估值10亿，营收2亿",
     (Seen("operating_revenue", 2 * YI),)),
    # A weak verb (实际投入) names no measure: both figures are cue-less, one in dollars.
    ("yuan plus dollars after a weak verb", "实际投入金额300万元加75万美元",
     (Seen(None, 300 * WAN, hint="production_investment"), Seen(None, 75 * WAN, currency="USD"))),
    ("yuan plus dollars of a named measure", "平台建设实际投入300万元加75万美元",
     (Seen("platform_investment", 300 * WAN),
      Seen("platform_investment", 75 * WAN, currency="USD"))),
    ("a weak verb alone only hints", "投了80万",
     (Seen(None, 80 * WAN, hint="production_investment"),)),
    ("a specific cue after a weak verb wins", "投了600万元建设检验检测服务平台",
     (Seen("platform_investment", 600 * WAN),)),
    ("a self-correction keeps the later figure", "投资总额22540万元，哦不，是5610万元",
     (Seen("project_investment", 5610 * WAN),)),
    ("two figures of one measure", "交易额分别是9700万和6570万",
     (Seen("transaction_value", 9700 * WAN), Seen("transaction_value", 6570 * WAN))),
    ("one figure per product", "甲品种交易额2550万，乙品种1.8亿",
     (Seen("transaction_value", 2550 * WAN, clause=0),
      Seen("transaction_value", 18000 * WAN, clause=1))),
    ("year-marked figures of the one measure named later",
     "去年是2.31亿，今年是24.35亿，主营业务收入第一次上5亿",
     (Seen("main_revenue", 231 * 10**6, 2025), Seen("main_revenue", 2435 * 10**6, 2026),
      Seen("main_revenue", 5 * YI))),
    ("English, measure after the figure", "RMB 8 million of service revenue last year",
     (Seen("service_value", 800 * WAN, 2025),)),
    ("English, measure before the figure", "Our revenue last year was RMB 20 million",
     (Seen("operating_revenue", 2000 * WAN, 2025),)),
    ("English registered capital is no fact", "registered capital of RMB 50 million", ()),
    # Figures that are not one exact amount keep their measure but are not usable.
    ("a ceiling", "我们营收不到2000万",
     (Seen("operating_revenue", 2000 * WAN, usable=False,
           bound=Bound(high=2000 * WAN, high_inclusive=False)),)),
    ("a floor", "主营业务收入突破5亿",
     (Seen("main_revenue", 5 * YI, usable=False, bound=Bound(low=5 * YI, low_inclusive=False)),)),
    ("a range", "营收800-900万",
     (Seen("operating_revenue", None, usable=False, bound=Bound(800 * WAN, 900 * WAN)),)),
    ("an estimate", "研发投入大概500万左右", (Seen("rd_spending", 500 * WAN, usable=False),)),
    ("a negative figure", "研发投入-500万", (Seen("rd_spending", 500 * WAN, usable=False),)),
    ("an absurd figure", "研发投入1e308亿", (Seen("rd_spending", None, usable=False),)),
    ("beyond any declared maximum", "研发投入9999999亿",
     (Seen("rd_spending", 9_999_999 * YI, usable=False),)),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_figures_are_tied_to_their_measure_and_year(text: str,
                                                    expected: tuple[Seen, ...]) -> None:
    _check(text, expected)


def test_a_reached_figure_is_marked() -> None:
    *_, reached = _read("去年是2.31亿，今年是24.35亿，主营业务收入第一次上5亿")
    assert reached.reached


def test_doubtful_figures_say_why() -> None:
    [ranged] = _read("营收800-900万")
    [negative] = _read("研发投入-500万")
    assert ranged.doubt is not None and "范围" in ranged.doubt
    assert negative.doubt is not None and "负数" in negative.doubt


MISREAD_CASES = [
    pytest.param(
        "R&D spending was 5 million yuan in 2025 and 3 million yuan in 2024",
        (Seen("rd_spending", 500 * WAN, 2025), Seen("rd_spending", 300 * WAN, 2024)),
        id="English years after their figures"),
    pytest.param(
        "服务收入800万，活动费用那个下次再问",
        (Seen("service_value", 800 * WAN),),
        id="deferring one topic keeps the other"),
]


@pytest.mark.parametrize(("text", "expected"), MISREAD_CASES)
def test_known_misreadings(text: str, expected: tuple[Seen, ...]) -> None:
    _check(text, expected)
