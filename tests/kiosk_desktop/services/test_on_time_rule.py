"""The on-time rule (services/dossier_rules.py, metrics/ii06a.py) at its edges, on both databases.

Each case is one dossier in a field of its own, so the II.06a row of that field is the verdict.
The expected verdicts follow the rule as written in dossier_rules.py: the local date of the
resolution against the local date of the promised moment (due_at, 17:00 for day limits) moved
later by the time spent waiting for the citizen's supplement. Times are local (UTC+7): 23:59 is
16:59 UTC the same day, 00:30 is 17:30 UTC the day before."""

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
from tests.helpers import FakeClock
from tests.intake_helpers import setup_intake
from tests.kiosk_desktop.metrics.builders import IntakeData, local

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
    # 17:00 + 6 h = 23:00 the same day: the wait does not reach the next day
    "6 h wait, next morning": ({"resolved_at": local(d(11), 8), "paused_seconds": 6 * HOUR}, "overdue"),
    # 17:00 + 7.5 h = 00:30 on the 11th: the promised day becomes the 11th
    "7.5 h wait, next morning": ({"resolved_at": local(d(11), 8), "paused_seconds": 27000}, "on_time"),
    "3 day wait, 3 days late": ({"resolved_at": local(d(13), 16), "paused_seconds": 3 * 86400}, "on_time"),
    "3 day wait, 4 days late": ({"resolved_at": local(d(14), 9), "paused_seconds": 3 * 86400}, "overdue"),
    # handed over at once, no resolution time recorded (an import): the handover is the resolution
    "returned only": ({"returned_at": local(d(10), 18), "status": "da_tra_ket_qua"}, "on_time"),
    "no promised date": ({"resolved_at": local(d(30), 9), "no_due": True}, "on_time"),
}
#: still in progress on 31/07 (the end of the July table)
OPEN = {
    # waiting for the supplement since the promised day itself: the clock stopped in time
    "asked on the due day": ({"status": "yeu_cau_bo_sung", "asked": local(d(20), 16)}, "within"),
    "asked the day after": ({"status": "yeu_cau_bo_sung", "asked": local(d(21), 8)}, "overdue"),
    # an earlier 2-day wait moves 30/07 17:00 to 01/08 17:00
    "due 30/07, 2 day wait": ({"due": local(d(30), 17), "paused_seconds": 2 * 86400}, "within"),
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
    """The table of 11/07 alone: the 00:30 and the 7.5 h cases are resolved that day."""
    rows = _rows(cases, d(11))
    assert (rows["00:30 the next day"].resolved, _verdict(rows["00:30 the next day"])) == (1, "overdue")
    assert _verdict(rows["7.5 h wait, next morning"]) == "on_time"
    assert _verdict(rows["6 h wait, next morning"]) == "overdue"


def test_recorded_at_the_counter_the_wait_moves_the_promised_day(app: App, clock: FakeClock, tmp_path: Path) -> None:
    """Through the services: the pause is measured when the supplement comes back, and nothing
    can be resolved while the clock is stopped (yeu_cau_bo_sung only goes to da_bo_sung or rut_ho_so).
    1.004873 (3 working days) received Mon 02/03 08:00: due Thu 05/03 17:00."""
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
        assert desk.update(dossier, DossierStatus.DA_BO_SUNG).paused_seconds == 4 * 86400
    at(start + timedelta(days=7, hours=8))  # Mon 09/03 16:00: the promised moment moved to 17:00 today
    desk.update(ids[0], DossierStatus.DA_GIAI_QUYET)
    at(start + timedelta(days=8, hours=1))  # Tue 10/03 09:00: a day after it
    desk.update(ids[1], DossierStatus.DA_GIAI_QUYET)
    row = _rows(app, "2026-03")["Hộ tịch"]
    assert (row.resolved, row.early, row.on_time, row.overdue) == (2, 0, 1, 1)
