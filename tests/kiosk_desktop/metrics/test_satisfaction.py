"""Ratings on 3 and 5 levels counted into one scale of labels; shares per counter and officer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import day_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from tests.kiosk_desktop.metrics.builders import IntakeData, local

DAY = date(2026, 3, 2)


def test_three_and_five_level_ratings(centre: App) -> None:
    data = IntakeData(centre)
    lan, hung = data.officer("CB01", "Nguyễn Thị Lan"), data.officer("CB02", "Trần Văn Hùng")
    one, two = data.counter_id(1), data.counter_id(2)
    for k, level in enumerate([3, 3, 2, 1]):
        data.rating(level, local(DAY, 9, k), scale=3, counter_id=one, officer_id=lan)
    for k, level in enumerate([5, 4, 3, 2, 1]):
        data.rating(level, local(DAY, 10, k), scale=5, counter_id=two, officer_id=hung)
    data.rating(1, local(date(2026, 3, 3), 9), scale=3, counter_id=one, officer_id=lan)  # another day
    sat = build_report(centre.db, centre.zone, day_period(DAY), ReportSettings()).satisfaction
    assert sat.levels == {
        "rat_hai_long": 3,
        "hai_long": 2,
        "binh_thuong": 1,
        "khong_hai_long": 2,
        "rat_khong_hai_long": 1,
    }
    assert (sat.satisfied.part, sat.satisfied.whole, sat.satisfied.pct) == (5, 9, Decimal("55.56"))
    assert (sat.dissatisfied.part, sat.dissatisfied.pct) == (3, Decimal("33.33"))
    assert {k: (r.part, r.whole) for k, r in sat.by_counter.items()} == {1: (3, 4), 2: (2, 5)}
    assert {k: (r.part, r.whole) for k, r in sat.by_officer.items()} == {"CB01": (3, 4), "CB02": (2, 5)}
