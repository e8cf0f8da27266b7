"""The daily report on a hand-built day; every expected figure below was worked out by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kiosk_desktop.app import App
from tests.helpers import FakeClock


def _at(clock: FakeClock, start: datetime, seconds: int) -> None:
    clock.now = start + timedelta(seconds=seconds)


@pytest.fixture
def day(centre: App, clock: FakeClock) -> App:
    start = clock.now  # 08:00 in Hà Nội
    q = centre.queue
    q.issue("CT")  # A001 at 0 s
    _at(clock, start, 60)
    q.issue("CT")  # A002
    _at(clock, start, 120)
    q.issue("HT")  # B001
    _at(clock, start, 300)
    q.call_next(1)  # A001: wait 300
    _at(clock, start, 360)
    q.call_next(2)  # B001 (counter 2 prefers HT): wait 240
    _at(clock, start, 420)
    q.recall(1)  # A001's service time counts from here
    _at(clock, start, 900)
    q.finish(1)  # A001 served 480 s at counter 1
    _at(clock, start, 960)
    q.no_show(2)  # B001
    _at(clock, start, 1000)
    q.call_next(1)  # A002: wait 940
    _at(clock, start, 1100)
    q.transfer(1, "HT")  # A002 moves to HT
    _at(clock, start, 1200)
    q.call_next(2)  # A002 again, at counter 2
    _at(clock, start, 1500)
    q.finish(2)  # A002 served 300 s at counter 2, under HT
    _at(clock, start, 3900)  # 09:05
    q.issue("DD")  # C0100 still waiting at the end
    q.issue("CT")  # A003, cancelled
    q.cancel("A003")
    return centre


def test_ticket_counts(day: App) -> None:
    report = day.daily_report()
    assert report["date"] == "2026-03-02"
    assert report["tickets"] == {
        "issued": 5, "served": 2, "no_show": 1, "cancelled": 1, "waiting": 1, "in_service": 0,
    }  # fmt: skip


def test_wait_and_service_spreads(day: App) -> None:
    report = day.daily_report()
    # waits 240, 300, 940; nearest rank: median = 2nd, p90 = 3rd
    assert report["wait_seconds"] == {"mean": 493.3, "median": 300.0, "p90": 940.0, "max": 940.0}
    # service times 300 (A002 after its last call), 480 (A001 after the recall)
    assert report["service_seconds"] == {"mean": 390.0, "median": 300.0, "p90": 480.0, "max": 480.0}


def test_by_service_splits_issue_and_handling_after_a_transfer(day: App) -> None:
    rows = {row["code"]: row for row in day.daily_report()["by_service"]}
    assert rows["CT"] == {
        "code": "CT", "name": "Chứng thực", "issued": 3, "served": 1, "no_show": 0,
        "wait_mean_s": 620.0, "service_mean_s": 480.0,
    }  # fmt: skip
    assert rows["HT"] == {
        "code": "HT", "name": "Hộ tịch", "issued": 1, "served": 1, "no_show": 1,
        "wait_mean_s": 240.0, "service_mean_s": 300.0,
    }  # fmt: skip
    assert rows["DD"]["issued"] == 1 and rows["DD"]["wait_mean_s"] is None


def test_by_counter_and_by_hour(day: App) -> None:
    report = day.daily_report()
    counters = {row["number"]: (row["served"], row["service_mean_s"]) for row in report["by_counter"]}
    assert counters == {1: (1, 480.0), 2: (1, 300.0), 3: (0, None)}
    assert report["by_hour"] == [{"hour": 8, "issued": 3}, {"hour": 9, "issued": 2}]


def test_other_days_are_separate(day: App, clock: FakeClock) -> None:
    clock.advance(days=1)
    day.queue.issue("CT")
    assert day.daily_report()["tickets"]["issued"] == 1
    assert day.daily_report(date(2026, 3, 2))["tickets"]["issued"] == 5
    empty = day.daily_report(date(2026, 1, 1))
    assert empty["tickets"]["issued"] == 0
    assert empty["wait_seconds"] == {"mean": None, "median": None, "p90": None, "max": None}
    assert empty["by_hour"] == []
