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
- paused_seconds: the total time spent in yeu_cau_bo_sung, added when the dossier leaves that
  status (da_bo_sung, or rut_ho_so). While a dossier is still in yeu_cau_bo_sung, the running
  pause is NOT yet included: it started at the `at` of its latest yeu_cau_bo_sung event
  (or received_at for an intake with outcome bo_sung).
- due_at: the promised moment computed at intake (working_days.py: 17:00 for a day limit), never
  moved; the on-time rule below moves it later by paused_seconds when judging.
- Every change is a dossier_event row (status, at, the visit's ticket/counter/officer, source).

On time (DOMAIN.md: finished on or before the promised date, the time waiting for the citizen's
supplement excluded), exactly as kiosk_desktop/metrics/ii06a.py counts it:
- the promised day is the local date (centre's time zone) of due_at + paused_seconds: the promised
  moment moved later by the whole wait, counted as it passed (nights and weekends included), then
  read as a date. A 6-hour wait moves 17:00 to 23:00 the same day; a 7.5-hour one to 00:30, a day on;
- a resolved dossier is judged by the local date of resolved_at (of returned_at only when no
  resolution time was recorded; handing the result over later does not matter): before the
  promised day early, on it on time (at any hour, 23:59 too), after it overdue; no due_at: on time.
  Nothing can be resolved while waiting (see ALLOWED), so its paused_seconds is complete;
- a dossier still in progress at the end of a period is overdue when the promised day is before
  the period's last day; if it is waiting for a supplement then, its clock stopped on the local
  date of its latest yeu_cau_bo_sung, which is compared instead (the running pause is not in
  paused_seconds yet).
tests/kiosk_desktop/services/test_on_time_rule.py pins each of these edges on both databases."""

from __future__ import annotations

from datetime import datetime

from db.intake_schema import Dossier
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.intake_terms import DOSSIER_STATUS_VI, DossierStatus, Outcome

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


def apply_status(dossier: Dossier, new: DossierStatus, at: datetime, pause_started: datetime | None) -> None:
    """Record the new status on the dossier row (the caller writes the event)."""
    if DossierStatus(dossier.status) is S.YEU_CAU_BO_SUNG and pause_started is not None:
        dossier.paused_seconds += max(0, round((at - pause_started).total_seconds()))
    if new is S.DA_GIAI_QUYET:
        dossier.resolved_at = at
    elif new is S.DA_TRA_KET_QUA:
        dossier.resolved_at = dossier.resolved_at or at
        dossier.returned_at = at
    dossier.status = new.value


def _label(dossier: Dossier) -> str:
    return dossier.code or f"#{dossier.id}"
