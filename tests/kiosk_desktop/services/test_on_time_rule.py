"""The on-time rule (services/dossier_rules.py, metrics/ii06a.py) at its edges, on both databases.

Each case is one dossier in a field of its own, so the II.06a row of that field is the verdict.
The expected verdicts follow the rule as written in dossier_rules.py: the local date of the
resolution against the local date of the promised moment due_at (17:00 for day limits), which the
service has already moved later by the OFFICE time of every finished supplement wait; the
reports add nothing to it. Times are local (UTC+7): 23:59 is 16:59 UTC the same day, 00:30 is
17:30 UTC the day before. The waits through the services (the end of this file) were worked out
by hand on the office hours 08:00-12:00 and 13:00-17:00, Monday to Friday, less holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome
from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.metrics.period import day_period, month_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.holidays import HolidayEntry, import_holidays
from kiosk_desktop.services.working_days import WorkingCalendar
from tests.helpers import FakeClock
from tests.intake_helpers import setup_intake
from tests.kiosk_desktop.metrics.builders import ZONE, IntakeData, local

HOUR = 3600


def d(day: int, month: int = 7) -> date:
    return date(2026, month, day)


DUE = local(d(10), 17)  # Friday 10/07/2026, 17:00

#: field name → (dossier as the builders take it, expected verdict in the July table)
RESOLVED = {
    "16:59 on the day": ({"resolved_at": local(d(10), 16, 59)}, "on_time"),
    "17:30 on the day": ({"resolved_at": local(d(10), 17, 30)}, "on_time"),
    "23:59 on the day": ({"resolved_at": local(d(10), 23, 59)}, "on_time"),
    "00:30 the next day": ({"resolved_at": local(d(11), 0, 30)}, "overdue"),
    "23:00 the day before": ({"resolved_at": local(d(9), 23)}, "early"),
    # due_at is stored already moved by the wait (the service does it): the clock time of the wait
    # in paused_seconds is not added again, so 3 days later is 3 days late
    "waited, due already moved": ({"resolved_at": local(d(13), 16), "paused_seconds": 3 * 86400}, "overdue"),
    # handed over at once, no resolution time recorded (an import): the handover is the resolution
    "returned only": ({"returned_at": local(d(10), 18), "status": "da_tra_ket_qua"}, "on_time"),
    "no promised date": ({"resolved_at": local(d(30), 9), "no_due": True}, "on_time"),
}
#: still in progress on 31/07 (the end of the July table)
OPEN = {
    # waiting for the supplement since the promised day itself: the clock stopped in time
    "asked on the due day": ({"status": "yeu_cau_bo_sung", "asked": local(d(20), 16)}, "within"),
    "asked the day after": ({"status": "yeu_cau_bo_sung", "asked": local(d(21), 8)}, "overdue"),
    # an earlier 2-day wait is already in due_at: paused_seconds does not move 30/07 again
    "due 30/07, earlier wait": ({"due": local(d(30), 17), "paused_seconds": 2 * 86400}, "overdue"),
    "due 30/07, no wait": ({"due": local(d(30), 17)}, "overdue"),
    "due 31/07": ({"due": local(d(31), 17)}, "within"),
}


@pytest.fixture
def cases(centre: App) -> App:
    data = IntakeData(centre)
    for position, (name, (spec, _)) in enumerate({**RESOLVED, **OPEN}.items()):
        version = data.procedure(f"9.{position:06d}", name, data.field(name, position=position))
        asked = spec.get("asked")
        data.dossier(
            version,
            local(d(6), 9),
            due_at=None if spec.get("no_due") else spec.get("due", local(d(20), 17) if asked else DUE),
            status=spec.get("status"),
            resolved_at=spec.get("resolved_at"),
            returned_at=spec.get("returned_at"),
            paused_seconds=spec.get("paused_seconds", 0),
            events=[("yeu_cau_bo_sung", asked)] if asked else None,
        )
    return centre


def _rows(app: App, period_text: str | date = "2026-07") -> dict[str, II06aRow]:
    period = day_period(period_text) if isinstance(period_text, date) else month_period(period_text)
    return {row.field: row for row in build_report(app.db, app.zone, period, ReportSettings()).fields}


def _verdict(row: II06aRow) -> str:
    found = {"early": row.early, "on_time": row.on_time, "overdue": row.overdue}
    if row.in_progress:
        found = {"within": row.within, "overdue": row.in_progress_overdue}
    assert sum(found.values()) == 1, row
    return next(name for name, n in found.items() if n)


def test_resolved_dossiers_at_the_edges(cases: App) -> None:
    rows = _rows(cases)
    assert {name: _verdict(rows[name]) for name in RESOLVED} == {name: want for name, (_, want) in RESOLVED.items()}


def test_open_dossiers_at_the_end_of_the_period(cases: App) -> None:
    rows = _rows(cases)
    assert {name: _verdict(rows[name]) for name in OPEN} == {name: want for name, (_, want) in OPEN.items()}
    for name in OPEN:
        assert rows[name].in_progress == 1


def test_a_day_table_judges_the_same_way(cases: App) -> None:
    """The table of 11/07 alone: the 00:30 case is resolved that day; the waited one on 13/07."""
    rows = _rows(cases, d(11))
    assert (rows["00:30 the next day"].resolved, _verdict(rows["00:30 the next day"])) == (1, "overdue")
    rows = _rows(cases, d(13))
    assert (rows["waited, due already moved"].resolved, _verdict(rows["waited, due already moved"])) == (1, "overdue")


def test_recorded_at_the_counter_the_wait_moves_the_promised_day(app: App, clock: FakeClock, tmp_path: Path) -> None:
    """Through the services: the pause is measured when the supplement comes back, and nothing
    can be resolved while the clock is stopped (yeu_cau_bo_sung only goes to da_bo_sung or rut_ho_so).
    1.004873 (3 working days) received Mon 02/03 08:00: due Thu 05/03 17:00. The wait Thu 10:00 ->
    Mon 10:00 used 2 + 4 (Thu), 8 (Fri), 2 (Mon) = 16 office hours: due Mon 09/03 17:00."""
    desk = setup_intake(app, tmp_path)
    start = clock.now
    ids = [desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1).id for _ in range(2)]

    def at(moment: datetime) -> None:
        clock.now = moment

    at(start + timedelta(days=3, hours=2))  # Thu 05/03 10:00, the due day: a supplement is asked for
    for dossier in ids:
        desk.update(dossier, DossierStatus.YEU_CAU_BO_SUNG)
    at(start + timedelta(days=3, hours=3))
    with pytest.raises(RuleViolation, match="đang «Chờ bổ sung»: không chuyển sang «Đã giải quyết»"):
        desk.update(ids[0], DossierStatus.DA_GIAI_QUYET)
    at(start + timedelta(days=7, hours=2))  # Mon 09/03 10:00: back after exactly 4 days
    for dossier in ids:
        back = desk.update(dossier, DossierStatus.DA_BO_SUNG)
        assert (back.paused_seconds, back.due_at) == (4 * 86400, local(d(9, 3), 17))
    at(start + timedelta(days=7, hours=8))  # Mon 09/03 16:00: the promised moment moved to 17:00 today
    desk.update(ids[0], DossierStatus.DA_GIAI_QUYET)
    at(start + timedelta(days=8, hours=1))  # Tue 10/03 09:00: a day after it
    desk.update(ids[1], DossierStatus.DA_GIAI_QUYET)
    row = _rows(app, "2026-03")["Hộ tịch"]
    assert (row.resolved, row.early, row.on_time, row.overdue) == (2, 0, 1, 1)


def _received(desk: DossierService, clock: FakeClock, at: datetime) -> DossierView:
    clock.now = at
    return desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)  # 3 working days


def _waits(desk: DossierService, clock: FakeClock, dossier: int, asked: datetime, back: datetime) -> DossierView:
    clock.now = back
    desk.update(dossier, DossierStatus.YEU_CAU_BO_SUNG, asked)
    return desk.update(dossier, DossierStatus.DA_BO_SUNG, back)


def _resolved(desk: DossierService, clock: FakeClock, dossier: int, at: datetime) -> None:
    clock.now = at
    desk.update(dossier, DossierStatus.DA_GIAI_QUYET)


def _march(app: App) -> tuple[int, int, int]:
    row = _rows(app, "2026-03")["Hộ tịch"]
    return row.early, row.on_time, row.overdue


def test_a_day_long_wait_costs_one_working_day(app: App, clock: FakeClock, tmp_path: Path) -> None:
    """Received Tue 03/03 08:00: due Fri 06/03 17:00. Supplement asked Wed 04/03 09:00, back Thu
    05/03 09:00: 3 + 4 (Wed) + 1 (Thu) = 8 office hours, one working day: due Mon 09/03 17:00.
    (Moved by clock time it was Sat 07/03, and a Monday resolution was called overdue.)"""
    desk = setup_intake(app, tmp_path)
    ids = [_received(desk, clock, local(d(3, 3), 8)).id for _ in range(2)]
    assert desk.get(ids[0]).due_at == local(d(6, 3), 17)
    for dossier in ids:
        back = _waits(desk, clock, dossier, local(d(4, 3), 9), local(d(5, 3), 9))
        assert (back.paused_seconds, back.due_at) == (86400, local(d(9, 3), 17))
    _resolved(desk, clock, ids[0], local(d(9, 3), 10))
    _resolved(desk, clock, ids[1], local(d(10, 3), 8, 30))
    assert _march(app) == (0, 1, 1)


def test_a_weekend_wait_costs_only_its_office_hours(app: App, clock: FakeClock, tmp_path: Path) -> None:
    """Received Fri 06/03 08:00: due Wed 11/03 17:00. Waiting Fri 16:00 -> Mon 09/03 09:00 used
    16-17 on Friday and 08-09 on Monday, 2 office hours: due Thu 12/03 10:00, so the promised day
    is Thursday. (65 clock hours moved it to Sat 14/03, and Friday the 13th was on time.)"""
    desk = setup_intake(app, tmp_path)
    ids = [_received(desk, clock, local(d(6, 3), 8)).id for _ in range(2)]
    for dossier in ids:
        back = _waits(desk, clock, dossier, local(d(6, 3), 16), local(d(9, 3), 9))
        assert (back.paused_seconds, back.due_at) == (65 * 3600, local(d(12, 3), 10))
    _resolved(desk, clock, ids[0], local(d(12, 3), 16))  # after 10:00, but on the promised day
    _resolved(desk, clock, ids[1], local(d(13, 3), 9))
    assert _march(app) == (0, 1, 1)


def test_a_holiday_in_the_wait_is_not_office_time(app: App, clock: FakeClock, tmp_path: Path) -> None:
    """Tue 03/03 a holiday. Received Mon 02/03 08:00: due Fri 06/03 17:00 (Wed, Thu, Fri). Waiting
    Mon 09:00 -> Wed 04/03 09:00 used 7 (Mon) + 0 (holiday) + 1 (Wed) = 8 office hours: due
    Mon 09/03 17:00 (with the holiday counted, 16 hours: Tue 10/03)."""
    desk = setup_intake(app, tmp_path)
    import_holidays(app.db, [HolidayEntry(date(2026, 3, 3), "Nghỉ thử")])
    ids = [_received(desk, clock, local(d(2, 3), 8)).id for _ in range(2)]
    assert desk.get(ids[0]).due_at == local(d(6, 3), 17)
    for dossier in ids:
        assert _waits(desk, clock, dossier, local(d(2, 3), 9), local(d(4, 3), 9)).due_at == local(d(9, 3), 17)
    _resolved(desk, clock, ids[0], local(d(9, 3), 15))
    _resolved(desk, clock, ids[1], local(d(10, 3), 9))
    assert _march(app) == (0, 1, 1)


def test_office_time_between_two_moments() -> None:
    calendar = WorkingCalendar(ZONE, holidays=frozenset({date(2026, 3, 3)}))
    span = {
        "Fri 17:30 -> Mon 07:45 (nights and a weekend)": (local(d(6, 3), 17, 30), local(d(9, 3), 7, 45), 0),
        "the lunch break": (local(d(4, 3), 12), local(d(4, 3), 13), 0),
        "Wed 09:00 -> Thu 09:00": (local(d(4, 3), 9), local(d(5, 3), 9), 8 * HOUR),
        "Mon 11:30 -> Wed 08:15 over the holiday": (local(d(2, 3), 11, 30), local(d(4, 3), 8, 15), 4.75 * HOUR),
        "backwards": (local(d(5, 3), 9), local(d(4, 3), 9), 0),
    }
    found = {name: calendar.office_seconds_between(start, end) for name, (start, end, _) in span.items()}
    assert found == {name: want for name, (_, _, want) in span.items()}
