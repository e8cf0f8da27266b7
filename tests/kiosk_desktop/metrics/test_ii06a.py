"""Biểu II.06a on a hand-built set of dossiers around July 2026 (builders.july_dossiers: each
dossier's fate is written next to it, numbered 1–26); the expected rows were counted by hand.
Times are local (UTC+7); several sit just after local midnight, where the UTC date is the day
before, so a report that compared UTC dates would get them wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.metrics.period import day_period, month_period
from kiosk_desktop.metrics.report import PeriodReport, build_report
from kiosk_desktop.metrics.settings import ReportSettings
from tests.helpers import FakeClock
from tests.kiosk_desktop.metrics.builders import IntakeData, july_dossiers, local


def d(day: int, month: int = 7) -> date:
    return date(2026, month, day)


@pytest.fixture
def dossiers(centre: App) -> App:
    july_dossiers(centre)
    return centre


def _report(app: App, period_text: str | date = "2026-07") -> PeriodReport:
    period = day_period(period_text) if isinstance(period_text, date) else month_period(period_text)
    return build_report(app.db, app.zone, period, ReportSettings())


def _counts(row: II06aRow) -> tuple[int, ...]:
    return (row.total, row.online, row.direct_post, row.carried, row.resolved, row.early, row.on_time, row.overdue,
            row.in_progress, row.within, row.in_progress_overdue, row.withdrawn, row.post)  # fmt: skip


def test_july_by_field(dossiers: App) -> None:
    report = _report(dossiers)
    rows = {row.field: row for row in report.fields}
    assert list(rows) == ["Hộ tịch", "Chứng thực"]  # field order, fields without dossiers left out
    # Hộ tịch: carried 2,3,4,5,7; new online 8,10,13,15,16,17; new in person/post 9 (post),11,12,14
    # resolved 2 (on time), 3 (early), 4, 9, 15, 16 (on time), 8 (overdue); withdrawn 7
    # in progress 10, 11, 13, 14 (within), 5, 12, 17 (overdue)
    assert _counts(rows["Hộ tịch"]) == (15, 6, 4, 5, 7, 1, 5, 1, 7, 4, 3, 1, 1)
    # Chứng thực: new 18–22 and 26; resolved 19 (early), 18, 20 (on time); 21 and 26 (no promised
    # date) in progress within time; 22 withdrawn
    assert _counts(rows["Chứng thực"]) == (6, 0, 6, 0, 3, 1, 2, 0, 2, 2, 0, 1, 0)
    assert _counts(report.fields_total) == (21, 6, 10, 5, 10, 2, 7, 1, 9, 6, 3, 2, 1)


def test_every_identity_holds_on_every_row(dossiers: App) -> None:
    for period in ("2026-06", "2026-07", "2026-08", d(1), d(2), d(31)):
        report = _report(dossiers, period)
        for row in [*report.fields, report.fields_total]:
            assert row.broken_identities() == [], (period, row)
            assert row.total == row.online + row.direct_post + row.carried
            assert row.total == row.resolved + row.in_progress + row.withdrawn


def test_one_day_carries_over_and_ends_open(dossiers: App) -> None:
    rows = {row.field: row for row in _report(dossiers, d(1)).fields}
    # 01/07: carried 2,3,4,5,7 and new 8; only 3 is resolved that day (early); at the end of the day
    # 2, 4 (due 03/07), 5 and 8 (due that very day) are within time, 7 (due 28/06) is overdue
    assert _counts(rows["Hộ tịch"]) == (6, 1, 0, 5, 1, 1, 0, 0, 5, 4, 1, 0, 0)
    # 18 (on time) and 19 (early) resolved that day; 20 is resolved at 06:30 the next morning
    assert _counts(rows["Chứng thực"]) == (3, 0, 3, 0, 2, 1, 1, 0, 1, 1, 0, 0, 0)


def test_the_next_month_starts_from_what_july_left_open(dossiers: App) -> None:
    july, august = _report(dossiers), _report(dossiers, "2026-08")
    assert august.fields_total.carried == july.fields_total.in_progress
    # August: 17 and 21 resolved; 25 new (Chứng thực)
    rows = {row.field: row for row in august.fields}
    assert (rows["Hộ tịch"].carried, rows["Hộ tịch"].resolved) == (7, 1)
    assert (rows["Chứng thực"].carried, rows["Chứng thực"].direct_post, rows["Chứng thực"].resolved) == (2, 1, 1)


def test_intake_shares(dossiers: App) -> None:
    i = _report(dossiers).intake
    assert i.outcomes == {"tiep_nhan": 15, "bo_sung": 1, "tu_choi": 1, "huong_dan": 1}
    assert i.channels == {"truc_tiep": 9, "truc_tuyen": 6, "buu_chinh": 1}
    assert (i.received, i.offered_online, i.not_offered_online) == (16, 10, 6)
    assert (i.online.part, i.online.whole, i.online.pct) == (6, 16, Decimal("37.50"))
    assert (i.online_where_offered.part, i.online_where_offered.whole) == (6, 10)
    # digitised 9, 11, 18, 19 plus the six online dossiers (born digital)
    assert (i.digitised.part, i.digitised.whole, i.digitised.pct) == (10, 16, Decimal("62.50"))
    assert (i.paid_online.part, i.paid_online.whole) == (2, 3)
    assert (i.offered_fields, i.not_offered_fields) == (["Hộ tịch"], ["Chứng thực"])
    assert [(p.code, p.received) for p in i.top_procedures] == [("1.001193", 10), ("2.000815", 6)]


def test_a_month_so_far_judges_open_dossiers_on_the_report_day(centre: App, clock: FakeClock) -> None:
    """The July table printed on Fri 03/07 at 10:00: a dossier due 05/07 is not overdue yet (the
    month's last day is weeks away, but so is 05/07); one due 02/07 is; one due today is not. The
    finished June table made the same morning still judges on its own last day, 30/06."""
    data = IntakeData(centre)
    field = data.field("Hộ tịch", "HT")
    version = data.procedure("1.001193", "Đăng ký khai sinh", field)
    for due in (d(2), d(3), d(5), d(20)):
        data.dossier(version, local(d(1), 9), due_at=local(due, 17))
    # waiting for a supplement: its clock stopped 02/07, before its due date: within
    data.dossier(version, local(d(1), 9), due_at=local(d(10), 17), status="yeu_cau_bo_sung",
                 events=[("yeu_cau_bo_sung", local(d(2), 9))])  # fmt: skip
    data.dossier(version, local(d(29, 6), 9), due_at=local(d(1), 17))  # due 01/07: within on 30/06
    clock.now = local(d(3), 10)
    report = _report(centre)
    assert report.made_on == d(3)
    row = report.fields_total
    assert (row.in_progress, row.within, row.in_progress_overdue) == (6, 4, 2)  # overdue: due 01/07 and 02/07
    june = _report(centre, "2026-06").fields_total
    assert (june.in_progress, june.within, june.in_progress_overdue) == (1, 1, 0)
