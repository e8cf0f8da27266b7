"""The life of a dossier after intake: which status may follow which, and what each one records.

Status at intake (from the outcome):
    tiep_nhan -> da_tiep_nhan        bo_sung -> yeu_cau_bo_sung (the clock is stopped from intake)
    tu_choi, huong_dan -> khong_tiep_nhan (final; no promised date)

Allowed changes (`dossier update`):
    da_tiep_nhan    -> da_giai_quyet, da_tra_ket_qua, yeu_cau_bo_sung, rut_ho_so
    yeu_cau_bo_sung -> da_bo_sung, rut_ho_so
    da_bo_sung      -> da_giai_quyet, da_tra_ket_qua, yeu_cau_bo_sung, rut_ho_so
    da_giai_quyet   -> da_tra_ket_qua
    da_tra_ket_qua, rut_ho_so, khong_tiep_nhan: final

What the columns mean (reports read them; see also db/intake_schema.py):
- resolved_at: when the result was ready (da_giai_quyet). Going straight to da_tra_ket_qua (a
  certified copy made and handed over at once) sets resolved_at and returned_at to the same moment.
- returned_at: when the result was handed over or posted (da_tra_ket_qua).
- paused_seconds: the total clock time spent in yeu_cau_bo_sung, added when the dossier leaves that
  status (da_bo_sung, or rut_ho_so). While a dossier is still in yeu_cau_bo_sung, the running
  pause is NOT yet included: it started at the `at` of its latest yeu_cau_bo_sung event
  (or received_at for an intake with outcome bo_sung). Kept for reports that show the wait;
  the on-time rule no longer reads it.
- due_at: the promised moment, computed at intake (working_days.py: 17:00 for a day limit). When
  the dossier leaves yeu_cau_bo_sung, the OFFICE time the wait used (working_days.py: office hours
  of working days; nights, weekends and the holiday table left out) is added to it with
  add_office_seconds, so due_at becomes what a receipt issued at the old promised moment for that
  much office time would promise. A wait of only nights, weekends or holidays moves nothing. The
  promise printed at intake is not kept on the row: the service logs each move, and it can be
  computed again from received_at and the dossier's procedure version. Dossiers whose waits ended
  before this rule (paused_seconds > 0, due_at never moved) keep due_at as it was.
- Every change is a dossier_event row (status, at, the visit's ticket/counter/officer, source).

On time (DOMAIN.md: finished on or before the promised date, the time waiting for the citizen's
supplement excluded), exactly as kiosk_desktop/metrics/ii06a.py counts it:
- the promised day is the local date (centre's time zone) of due_at, already moved by every
  finished wait as above. Example: due Fri 06/03 17:00, supplement asked Wed 04/03 09:00 and back
  Thu 05/03 09:00: the wait used 8 office hours (3 + 4 + 1), so due_at becomes Mon 09/03 17:00;
  a wait Fri 16:00 -> Mon 09:00 used 2 office hours (16-17 and 08-09), not 65 clock hours;
- a resolved dossier is judged by the local date of resolved_at (of returned_at only when no
  resolution time was recorded; handing the result over later does not matter): before the
  promised day early, on it on time (at any hour, 23:59 too), after it overdue; no due_at: on time.
  Nothing can be resolved while waiting (see ALLOWED), so its due_at has every wait in it;
- a dossier still in progress at the end of a period is overdue when the promised day is before
  the period's last day, or before the day the report is made when the period is still running
  (a March report printed on 03/03 does not call a dossier due 05/03 overdue); if it is waiting for
  a supplement then, its clock stopped on the local date of its latest yeu_cau_bo_sung, which is
  compared instead (the running wait has not moved due_at yet).
tests/kiosk_desktop/services/test_on_time_rule.py pins each of these edges on both databases."""

from __future__ import annotations

from datetime import datetime

from db.intake_schema import Dossier
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.intake_terms import DOSSIER_STATUS_VI, DossierStatus, Outcome
from kiosk_desktop.services.working_days import WorkingCalendar

S = DossierStatus

INITIAL_STATUS = {
    Outcome.TIEP_NHAN: S.DA_TIEP_NHAN,
    Outcome.BO_SUNG: S.YEU_CAU_BO_SUNG,
    Outcome.TU_CHOI: S.KHONG_TIEP_NHAN,
    Outcome.HUONG_DAN: S.KHONG_TIEP_NHAN,
}

#: The statuses `dossier update` takes.
UPDATE_STATUSES = (S.DA_GIAI_QUYET, S.DA_TRA_KET_QUA, S.YEU_CAU_BO_SUNG, S.DA_BO_SUNG, S.RUT_HO_SO)

ALLOWED: dict[DossierStatus, frozenset[DossierStatus]] = {
    S.DA_TIEP_NHAN: frozenset({S.DA_GIAI_QUYET, S.DA_TRA_KET_QUA, S.YEU_CAU_BO_SUNG, S.RUT_HO_SO}),
    S.YEU_CAU_BO_SUNG: frozenset({S.DA_BO_SUNG, S.RUT_HO_SO}),
    S.DA_BO_SUNG: frozenset({S.DA_GIAI_QUYET, S.DA_TRA_KET_QUA, S.YEU_CAU_BO_SUNG, S.RUT_HO_SO}),
    S.DA_GIAI_QUYET: frozenset({S.DA_TRA_KET_QUA}),
    S.DA_TRA_KET_QUA: frozenset(),
    S.RUT_HO_SO: frozenset(),
    S.KHONG_TIEP_NHAN: frozenset(),
}

#: Outcomes that receive the dossier (with a promised date); the others only guide or refuse.
RECEIVING_OUTCOMES = (Outcome.TIEP_NHAN, Outcome.BO_SUNG)


def check_transition(dossier: Dossier, new: DossierStatus) -> None:
    current = DossierStatus(dossier.status)
    if new in ALLOWED[current]:
        return
    allowed = ", ".join(f"«{DOSSIER_STATUS_VI[s]}»" for s in sorted(ALLOWED[current])) or "không có (đã kết thúc)"
    raise RuleViolation(
        f"Hồ sơ {_label(dossier)} đang «{DOSSIER_STATUS_VI[current]}»: không chuyển sang "
        f"«{DOSSIER_STATUS_VI[new]}» được. Trạng thái tiếp theo được phép: {allowed}."
    )


def apply_status(
    dossier: Dossier, new: DossierStatus, at: datetime, pause_started: datetime | None, calendar: WorkingCalendar
) -> None:
    """Record the new status on the dossier row (the caller writes the event). Leaving the
    supplement wait moves due_at later by the office time the wait used, on `calendar`."""
    if DossierStatus(dossier.status) is S.YEU_CAU_BO_SUNG and pause_started is not None:
        dossier.paused_seconds += max(0, round((at - pause_started).total_seconds()))
        used = calendar.office_seconds_between(pause_started, at)
        if dossier.due_at is not None and used > 0:
            dossier.due_at = calendar.add_office_seconds(dossier.due_at, used)
    if new is S.DA_GIAI_QUYET:
        dossier.resolved_at = at
    elif new is S.DA_TRA_KET_QUA:
        dossier.resolved_at = dossier.resolved_at or at
        dossier.returned_at = at
    dossier.status = new.value


def _label(dossier: Dossier) -> str:
    return dossier.code or f"#{dossier.id}"
