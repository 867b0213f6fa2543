"""What a loosely stated amount still settles: "不到3000万", "突破5亿", "800-900万".

A bound is not a figure, so no rate is ever applied to it; but it can decide a
threshold (营收不到2000万 meets 不足3000万) or name a tier (首次突破5亿).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Verdict = Literal["pass", "fail", "unknown"]


@dataclass(frozen=True)
class Bound:
    """The values an amount may take: above ``low``, below ``high`` (either may be open)."""

    low: int | None = None
    high: int | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    # An estimate ("大概1.2亿") is held as a band around it; shown, it is the figure said.
    about: int | None = None
    # "一千万出头" is held below 1.3 × its figure, but shown as said: over the figure.
    high_shown: bool = True

    def contains(self, amount: int) -> bool:
        """Whether the amount is one of the values the bound allows."""
        above = self.low is None or amount > self.low or (amount == self.low
                                                          and self.low_inclusive)
        below = self.high is None or amount < self.high or (amount == self.high
                                                            and self.high_inclusive)
        return above and below

    def compare(self, op: str, limit: int) -> Verdict:
        """Whether every value in the bound meets ``value op limit`` (or none does)."""
        if op in ("ge", "gt"):
            strict = op == "gt"
            if self.low is not None and (self.low > limit or (
                    self.low == limit and (not strict or not self.low_inclusive))):
                return "pass"
            if self.high is not None and (self.high < limit or (
                    self.high == limit and (strict or not self.high_inclusive))):
                return "fail"
            return "unknown"
        if op in ("le", "lt"):
            strict = op == "lt"
            if self.high is not None and (self.high < limit or (
                    self.high == limit and (not strict or not self.high_inclusive))):
                return "pass"
            if self.low is not None and (self.low > limit or (
                    self.low == limit and (strict or not self.low_inclusive))):
                return "fail"
            return "unknown"
        return "unknown"

    def describe(self, show: object) -> str:
        """The bound in words, for a condition's detail (show formats one amount)."""
        assert callable(show)
        if self.about is not None:
            return f"约{show(self.about)}"
        if self.low is not None and self.high is not None and self.high_shown:
            return f"{show(self.low)}至{show(self.high)}之间"
        if self.low is not None:
            return f"{'不低于' if self.low_inclusive else '超过'}{show(self.low)}"
        if self.high is not None and self.high_shown:
            return f"{'不超过' if self.high_inclusive else '不到'}{show(self.high)}"
        return "未知"
