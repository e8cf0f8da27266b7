"""Queue figures and counter/officer time on a hand-built morning; every expected figure below was
worked out by hand from the timeline in `morning` (seconds after 08:00 local, Monday 2 March 2026)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.metrics.period import custom_period, day_period
from kiosk_desktop.metrics.report import PeriodReport, build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.metrics.staff_time import PauseReason
from tests.helpers import TWO_SERVICES, FakeClock, load_centre

CENTRE = (
    TWO_SERVICES.replace('prefix = "A"\n', 'prefix = "A"\ntarget_wait_minutes = 5\n').replace(
        'prefix = "B"\n', 'prefix = "B"\ntarget_wait_minutes = 10\n'
    )
    + """
[[service]]
code = "DD"
name = "Đất đai"
prefix = "C"
digits = 4
first_number = 100

[[counter]]
number = 1
services = ["CT", "HT"]

[[counter]]
number = 2
services = ["HT", "CT"]

[[officer]]
code = "CB01"
name = "Nguyễn Thị Lan"

[[officer]]
code = "CB02"
name = "Trần Văn Hùng"
"""
)
DAY = date(2026, 3, 2)


@pytest.fixture
def morning(app: App, clock: FakeClock, tmp_path: Path) -> App:
    load_centre(app, tmp_path, CENTRE)
    start = clock.now  # 08:00 local
    q = app.queue

    def at(seconds: int) -> None:
        clock.now = start + timedelta(seconds=seconds)

    q.sign_in(1, "CB01")  # 0
    q.issue("CT")  # A001 at 0
    at(60)
    q.issue("CT")  # A002
    at(120)
    q.issue("HT")  # B001
    at(200)
    q.sign_in(2, "CB02")
    at(300)
    q.call_next(1)  # A001: wait 300 (target 300: not over)
    at(360)
    q.call_next(2)  # B001: wait 240 (target 600)
    at(420)
    q.recall(1)
    at(900)
    q.finish(1)  # A001 served 480 by CB01
    at(960)
    q.no_show(2)  # B001, CB02
    at(1000)
    q.call_next(1)  # A002: wait 940, over the 300 s target
    at(1100)
    q.transfer(1, "HT")
    at(1200)
    q.call_next(2)  # A002 at counter 2
    at(1500)
    q.finish(2)  # served 300 under HT, by CB02
    at(1600)
    q.pause(1, "Họp giao ban")
    at(2500)
    q.resume(1)
    at(2600)
    q.pause(2, "Nghỉ trưa")  # never resumed: ends at counter 2's last event (itself)
    at(3900)  # 09:05
    q.issue("DD")  # C0100, still waiting
    q.issue("CT")  # A003
    q.cancel("A003")
    at(4000)
    q.sign_out(1)
    return app


def _report(app: App, first: date = DAY, last: date = DAY) -> PeriodReport:
    return build_report(app.db, app.zone, custom_period(first, last), ReportSettings())


def test_counts_rates_and_targets(morning: App) -> None:
    q = _report(morning).queue
    assert (q.counts.issued, q.counts.served, q.counts.no_show, q.counts.cancelled, q.counts.waiting) == (5, 2, 1, 1, 1)
    assert (q.no_show.part, q.no_show.whole, q.no_show.pct) == (1, 5, Decimal("20.00"))
    # waits of services with a target: CT 300 (not over), 940 (over); HT 240
    assert (q.over_target.part, q.over_target.whole, q.over_target.pct) == (1, 3, Decimal("33.33"))
    rows = {row.code: row for row in q.by_service}
    assert rows["CT"].over_target is not None and rows["CT"].over_target.pct == Decimal("50.00")
    assert rows["HT"].over_target is not None and rows["HT"].over_target.pct == Decimal("0.00")
    assert rows["DD"].over_target is None and rows["DD"].issued == 1
    assert (rows["CT"].wait.median, rows["CT"].wait.max, rows["HT"].service.mean) == (300.0, 940.0, 300.0)


def test_per_officer_counter_hour_and_day(morning: App) -> None:
    q = _report(morning).queue
    officers = {row.code: (row.served, row.no_show, row.service_mean) for row in q.by_officer}
    assert officers == {"CB01": (1, 0, 480.0), "CB02": (1, 1, 300.0)}
    counters = {row.number: (row.served, row.no_show, row.service_mean) for row in q.by_counter}
    assert counters == {1: (1, 0, 480.0), 2: (1, 1, 300.0)}
    assert [(h.hour, h.issued, h.served, h.wait_mean) for h in q.by_hour] == [(8, 3, 2, 493.3), (9, 2, 0, None)]
    assert [(d.day, d.issued, d.served, d.no_show) for d in q.by_day] == [(DAY, 5, 2, 1)]


def test_counter_and_officer_time(morning: App) -> None:
    staff = _report(morning).staff
    one, two = staff.by_counter[1], staff.by_counter[2]
    # counter 1: open 0→4000; occupied 300→420, 420→900, 1000→1100; paused 1600→2500
    assert (one.open_s, one.occupied_s, one.paused_s, one.idle_s) == (4000.0, 700.0, 900.0, 2400.0)
    assert one.pauses == [PauseReason("Họp giao ban", 1, 900.0)]
    # counter 2: open 200→2600; occupied 360→960, 1200→1500; the open pause at its last event: 0 s
    assert (two.open_s, two.occupied_s, two.paused_s, two.idle_s) == (2400.0, 900.0, 0.0, 1500.0)
    assert two.pauses == [PauseReason("Nghỉ trưa", 1, 0.0)]
    lan, hung = staff.by_officer["CB01"], staff.by_officer["CB02"]
    assert (lan.open_s, lan.occupied_s, lan.paused_s, lan.idle_s) == (4000.0, 700.0, 900.0, 2400.0)
    # CB02 never signed out: presence ends at counter 2's last event (2600)
    assert (hung.open_s, hung.occupied_s, hung.paused_s, hung.idle_s) == (2400.0, 900.0, 0.0, 1500.0)


def test_a_period_adds_days_up(morning: App, clock: FakeClock) -> None:
    clock.now = datetime(2026, 3, 4, 2, 0, tzinfo=clock.now.tzinfo)  # Wednesday 09:00 local
    morning.queue.resume(2)
    morning.queue.issue("HT")
    clock.advance(seconds=90)
    morning.queue.call_next(2)  # wait 90 (HT target 600)
    clock.advance(seconds=30)
    morning.queue.finish(2)  # served 30
    week = _report(morning, DAY, date(2026, 3, 8)).queue
    assert [(d.day, d.issued) for d in week.by_day] == [(DAY, 5), (date(2026, 3, 4), 1)]
    assert (week.counts.issued, week.counts.served, week.wait.count, week.wait.median) == (6, 3, 4, 240.0)
    assert (week.over_target.part, week.over_target.whole) == (1, 4)
    assert _report(morning, date(2026, 3, 4), date(2026, 3, 4)).queue.counts.issued == 1
    empty = build_report(morning.db, morning.zone, day_period(date(2026, 3, 3)), ReportSettings())
    assert empty.queue.counts.issued == 0 and empty.staff.by_counter == {} and empty.queue.wait.mean is None


def test_an_open_visit_and_an_officer_change(app: App, clock: FakeClock, tmp_path: Path) -> None:
    load_centre(app, tmp_path, CENTRE)
    start = clock.now
    q = app.queue

    def at(seconds: int) -> None:
        clock.now = start + timedelta(seconds=seconds)

    q.sign_in(1, "CB01")
    q.issue("CT")
    q.issue("CT")
    at(100)
    q.call_next(1)  # A001 called under CB01
    at(400)
    q.sign_in(1, "CB02")  # CB02 takes the counter while A001 is at the desk
    at(700)
    q.finish(1)  # finished under CB02
    at(800)
    q.call_next(1)  # A002: still at the desk when the report is made
    staff = _report(app).staff
    # counter 1: A001 occupied it 100→700; the open visit counts nothing yet; open 0→800
    assert (staff.by_counter[1].occupied_s, staff.by_counter[1].open_s) == (600.0, 800.0)
    # CB01's side of A001: from the call to its own last call or end event there (the call itself)
    # CB02's side: from its first call or end event there (the finish) to the finish
    assert staff.by_officer["CB01"].occupied_s == 0.0 and staff.by_officer["CB02"].occupied_s == 0.0
    # presence: CB01 0→400 (signed out when CB02 signed in), CB02 400→800 (the counter's last event)
    assert (staff.by_officer["CB01"].open_s, staff.by_officer["CB02"].open_s) == (400.0, 400.0)
