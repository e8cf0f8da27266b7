"""Dossiers at the counter: record what was taken in, then its later status changes.

A dossier recorded with a ticket belongs to that visit: its counter and officer come from the
ticket's counter (the ticket must be served there now, or finished there today). Online dossiers
taken in on the province's system have no ticket: the counter that recorded them (`counter`)
attributes them to its officer. One transaction per call; a refused call writes nothing.

Results returned ("trả kết quả" visits): `record_return` puts da_tra_ket_qua on a dossier we hold,
against the visit's ticket. A dossier code we do not hold (received before this program, or only
on the province's system) is refused with NotFound and nothing is stored: a placeholder dossier
would count as received in the II.06a table, and the visit is already counted by its ticket
(the TKQ service). See dossier_rules.py for statuses and what each column means."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import LIVE_CODE_INDEX, Dossier, DossierEvent, Procedure, ProcedureVersion
from db.schema import Counter
from kiosk_desktop.catalogue.values import normalise_code
from kiosk_desktop.errors import NotFound, RuleViolation, WriteConflict
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome, TimeUnit
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.dossier_rules import (
    INITIAL_STATUS,
    RECEIVING_OUTCOMES,
    UPDATE_STATUSES,
    apply_status,
    check_transition,
)
from kiosk_desktop.services.dossier_views import DossierView, dossier_view, dossiers_of_ticket
from kiosk_desktop.services.lookups import active_counter, the_centre
from kiosk_desktop.services.visits import TicketRef, find_ticket, visit_for_intake
from kiosk_desktop.services.working_days import load_calendar

log = logging.getLogger(__name__)

CODE_MAX = 64  # the dossier.code column
#: A status change may be dated a little ahead of the database clock (a PC clock running fast).
FUTURE_TOLERANCE = timedelta(minutes=1)
FINAL = (DossierStatus.KHONG_TIEP_NHAN, DossierStatus.RUT_HO_SO)


@dataclass(frozen=True)
class _Attribution:
    ticket_id: int | None
    counter_id: int | None
    officer_id: int | None


class DossierService:
    def __init__(self, database: Database, zone: ZoneInfo) -> None:
        self.db = database
        self.zone = zone

    def add(
        self,
        ticket: TicketRef | None,
        procedure_code: str,
        channel: Channel,
        outcome: Outcome,
        code: str | None = None,
        digitised: bool = False,
        by_post: bool = False,
        counter_number: int | None = None,
        *,
        paid_online: bool | None = None,
        source: str = "counter",
    ) -> DossierView:
        """Record one dossier; the promised date comes from the procedure's current version."""

        def work(s: Session) -> DossierView:
            now = self.db.now(s)
            centre = the_centre(s)
            who = self._attribution(s, ticket, counter_number, now)
            version = _current_version(s, centre.id, procedure_code)
            status = INITIAL_STATUS[outcome]
            dossier = Dossier(
                centre_id=centre.id,
                ticket_id=who.ticket_id,
                counter_id=who.counter_id,
                officer_id=who.officer_id,
                procedure_version_id=version.id,
                field_id=version.field_id,
                channel=channel.value,
                outcome=outcome.value,
                code=_checked_code(s, code),
                digitised=digitised,
                return_by_post=by_post,
                paid_online=paid_online,
                received_at=now,
                business_day=business_day(now, self.zone),
                due_at=self._due(s, version, now) if outcome in RECEIVING_OUTCOMES else None,
                status=status.value,
                paused_seconds=0,
            )
            s.add(dossier)
            s.flush()
            _event(s, dossier, status, now, now, who, source)
            log.info("dossier %d added: %s %s %s", dossier.id, version.name[:40], channel, outcome)
            return dossier_view(s, dossier)

        try:
            return self.db.run(work)
        except WriteConflict as exc:
            # the database's one-live-dossier-per-code index: another PC saved this code between our
            # check and our insert, and the retry did not see it either (SQLite names the column)
            if code and any(name in (exc.detail or "") for name in (LIVE_CODE_INDEX, "dossier.code")):
                raise _code_taken(code.strip(), None) from exc
            raise

    def update(
        self,
        dossier_ref: int | str,
        status: DossierStatus,
        at: datetime | None = None,
        *,
        ticket: TicketRef | None = None,
        source: str = "counter",
    ) -> DossierView:
        """A later status change, dated `at` (default: now); with `ticket`, at that visit."""
        if status not in UPDATE_STATUSES:
            raise RuleViolation(f"Trạng thái {status.value!r} không ghi tay được; chọn: {', '.join(UPDATE_STATUSES)}.")

        def work(s: Session) -> DossierView:
            now = self.db.now(s)
            dossier = _find_dossier(s, dossier_ref)
            check_transition(dossier, status)  # the first thing to tell: is this change possible at all
            moment = at or now
            _check_moment(s, dossier, moment, now, self.zone)
            who = self._attribution(s, ticket, None, now) if ticket is not None else _Attribution(None, None, None)
            promised = dossier.due_at
            apply_status(dossier, status, moment, _pause_started(s, dossier), load_calendar(s, self.zone))
            _event(s, dossier, status, moment, now, who, source)
            log.info("dossier %d -> %s at %s", dossier.id, status, moment.isoformat())
            if dossier.due_at != promised and promised is not None and dossier.due_at is not None:
                # the row keeps only the moved promise: this line is where the earlier one is kept
                log.info("dossier %d due moved %s -> %s", dossier.id, promised.isoformat(), dossier.due_at.isoformat())
            return dossier_view(s, dossier)

        return self.db.run(work)

    def record_return(self, ticket: TicketRef, dossier_ref: int | str, at: datetime | None = None) -> DossierView:
        """A "result returned" visit: the citizen collects the result at the counter."""
        return self.update(dossier_ref, DossierStatus.DA_TRA_KET_QUA, at, ticket=ticket)

    def for_ticket(self, ticket: TicketRef) -> list[DossierView]:
        def work(s: Session) -> list[DossierView]:
            found = find_ticket(s, ticket, business_day(self.db.now(s), self.zone))
            return dossiers_of_ticket(s, found.id)

        return self.db.run(work, readonly=True)

    def get(self, dossier_ref: int | str) -> DossierView:
        return self.db.run(lambda s: dossier_view(s, _find_dossier(s, dossier_ref, lock=False)), readonly=True)

    def _attribution(
        self, s: Session, ticket: TicketRef | None, counter_number: int | None, now: datetime
    ) -> _Attribution:
        if ticket is not None:
            visit = visit_for_intake(s, ticket, business_day(now, self.zone))
            if counter_number is not None and counter_number != visit.counter.number:
                raise RuleViolation(
                    f"Số {visit.ticket.number} được phục vụ tại {visit.counter.name}, không phải quầy {counter_number}."
                )
            return _Attribution(visit.ticket.id, visit.counter.id, visit.officer_id)
        if counter_number is None:
            raise RuleViolation(
                "Cần số phiếu của lượt phục vụ (--ticket) hoặc quầy đã nhận hồ sơ (--counter) "
                "để biết hồ sơ thuộc quầy và cán bộ nào."
            )
        counter: Counter = active_counter(s, counter_number, lock=False)
        return _Attribution(None, counter.id, counter.officer_id)

    def _due(self, s: Session, version: ProcedureVersion, received_at: datetime) -> datetime | None:
        if version.time_limit is None or version.time_limit_unit is None:
            return None  # no legal limit published: no promised date
        calendar = load_calendar(s, self.zone)
        return calendar.promised_at(received_at, float(version.time_limit), TimeUnit(version.time_limit_unit))


def _current_version(s: Session, centre_id: int, typed: str) -> ProcedureVersion:
    """The current version of an active procedure by code; a national code also finds its one
    active province variant (1.012753 -> 1.012753.H19)."""
    code = normalise_code(typed)
    rows = s.scalars(
        select(Procedure).where(
            Procedure.centre_id == centre_id,
            or_(Procedure.code == code, Procedure.code.startswith(f"{code}.", autoescape=True)),
        )
    ).all()
    exact = [p for p in rows if p.code == code]
    variants = [p for p in rows if p.code != code and p.active]
    if exact and exact[0].active:
        procedure = exact[0]
    elif len(variants) == 1:
        procedure = variants[0]
    elif variants:
        codes = ", ".join(sorted(p.code for p in variants))
        raise RuleViolation(f"Mã {typed!r} ứng với nhiều thủ tục ({codes}): ghi đủ mã.")
    elif exact:
        raise RuleViolation(
            f"Thủ tục {code} không còn trong danh mục đang áp dụng (đã bỏ ở lần nạp danh mục gần nhất). "
            "Chọn thủ tục thay thế: kiosk-desktop procedures search TÊN"
        )
    else:
        raise NotFound(
            f"Không có thủ tục mã {typed!r} trong danh mục. Tìm theo tên: kiosk-desktop procedures search TÊN"
        )
    return s.scalars(
        select(ProcedureVersion).where(
            ProcedureVersion.procedure_id == procedure.id, ProcedureVersion.version == procedure.current_version
        )
    ).one()


def _checked_code(s: Session, code: str | None) -> str | None:
    """The province's dossier code; one live dossier per code (a refused one may come back)."""
    if code is None or not code.strip():
        return None
    code = code.strip()
    if len(code) > CODE_MAX:
        raise RuleViolation(f"Mã hồ sơ dài quá {CODE_MAX} ký tự.")
    live = _live_with_code(s, code)
    if live is not None:
        raise _code_taken(code, live)
    return code


def _live_with_code(s: Session, code: str) -> int | None:
    """The live dossier holding this code; the database enforces the same rule (LIVE_CODE_INDEX)."""
    found: int | None = s.scalar(
        select(Dossier.id).where(Dossier.code == code, Dossier.status.not_in([f.value for f in FINAL]))
    )
    return found


def _code_taken(code: str, dossier_id: int | None) -> WriteConflict:
    which = f" (hồ sơ #{dossier_id})" if dossier_id is not None else ""
    return WriteConflict(
        f"Mã hồ sơ {code} đã được ghi{which}: mỗi mã hồ sơ chỉ ghi một lần. "
        "Cập nhật hồ sơ đã có mã này thay vì ghi lại."
    )


def _find_dossier(s: Session, ref: int | str, *, lock: bool = True) -> Dossier:
    query = (
        select(Dossier).where(Dossier.id == ref)
        if isinstance(ref, int)
        else select(Dossier).where(Dossier.code == ref.strip())
    )
    rows = s.scalars(query.order_by(Dossier.id).with_for_update() if lock else query.order_by(Dossier.id)).all()
    if len(rows) > 1:  # the same code refused once and received later: the live one is meant
        rows = [row for row in rows if row.status not in FINAL] or rows[-1:]
    if not rows:
        what = f"hồ sơ #{ref}" if isinstance(ref, int) else f"hồ sơ mã {ref}"
        raise NotFound(
            f"Không có {what} trong chương trình (có thể nhận trước khi dùng chương trình hoặc chỉ có trên "
            "hệ thống của tỉnh). Lượt trả kết quả vẫn được tính theo số thứ tự; không cần ghi thêm."
        )
    if len(rows) > 1:
        raise RuleViolation(f"Có {len(rows)} hồ sơ cùng mã {ref}: dùng số hồ sơ (--id).")
    return rows[0]


def _check_moment(s: Session, dossier: Dossier, moment: datetime, now: datetime, zone: ZoneInfo) -> None:
    if moment.tzinfo is None:
        raise ValueError("naive datetime for a dossier status")
    if moment > now + FUTURE_TOLERANCE:
        raise RuleViolation(f"Thời điểm {moment.astimezone(zone):%d/%m/%Y %H:%M} ở tương lai: ghi thời điểm đã xảy ra.")
    latest = s.scalar(
        select(DossierEvent.at).where(DossierEvent.dossier_id == dossier.id).order_by(DossierEvent.at.desc()).limit(1)
    )
    if latest is not None and moment < latest:
        raise RuleViolation(
            f"Thời điểm {moment.astimezone(zone):%d/%m/%Y %H:%M} sớm hơn thay đổi trước của hồ sơ "
            f"({latest.astimezone(zone):%d/%m/%Y %H:%M}): ghi theo đúng thứ tự đã xảy ra."
        )


def _pause_started(s: Session, dossier: Dossier) -> datetime | None:
    value: datetime | None = s.scalar(
        select(DossierEvent.at)
        .where(DossierEvent.dossier_id == dossier.id, DossierEvent.status == DossierStatus.YEU_CAU_BO_SUNG)
        .order_by(DossierEvent.at.desc(), DossierEvent.id.desc())
        .limit(1)
    )
    return value


def _event(
    s: Session, dossier: Dossier, status: DossierStatus, at: datetime, now: datetime, who: _Attribution, source: str
) -> None:
    s.add(
        DossierEvent(
            dossier_id=dossier.id,
            status=status.value,
            at=at,
            recorded_at=now,
            ticket_id=who.ticket_id,
            counter_id=who.counter_id,
            officer_id=who.officer_id,
            source=source,
        )
    )
