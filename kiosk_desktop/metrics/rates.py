"""A rate kept as its two counts, so every report shows the same rounding of the same fraction.

Percentages are rounded half up to two decimals from the exact fraction (999/1141 → 87.55), the
way a clerk with a calculator rounds; float rounding would turn some ...5 cases down."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

HUNDREDTH = Decimal("0.01")


def percent(part: int, whole: int) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Rate:
    part: int
    whole: int

    @property
    def pct(self) -> Decimal | None:
        """Percent rounded to two decimals; None when there is nothing to divide by."""
        return percent(self.part, self.whole)

    def to_json(self) -> dict[str, int | float | None]:
        pct = self.pct
        return {"part": self.part, "whole": self.whole, "pct": None if pct is None else float(pct)}
