"""Rates round half up from the exact fraction, as a clerk does."""

from __future__ import annotations

from decimal import Decimal

from kiosk_desktop.metrics.rates import Rate, percent


def test_seed_figures() -> None:
    assert percent(999, 1141) == Decimal("87.55")  # Hồng Bàng, July 2025
    assert percent(6578, 7569) == Decimal(
        "86.91"
    )  # the seed prints 86,98% next to 6.578/7.569: its own counts give 86,91%
    assert percent(7517, 7569) == Decimal("99.31")


def test_half_up_and_empty() -> None:
    assert percent(1, 8) == Decimal("12.50") and percent(1, 6) == Decimal("16.67")
    assert percent(5, 400) == Decimal("1.25") and percent(1, 800) == Decimal("0.13")  # 0.125 → 0.13
    assert Rate(0, 0).pct is None and Rate(0, 0).to_json() == {"part": 0, "whole": 0, "pct": None}
    assert Rate(3, 4).to_json() == {"part": 3, "whole": 4, "pct": 75.0}
