"""The official dossier table (Biểu II.06a/VPCP/KSTT) per field, in one GROUP BY query.

Who counts: dossiers taken in with a receiving outcome (`tiep_nhan`, or `bo_sung`: taken in
pending a supplement, with a promised date and the clock stopped from intake, as
services/dossier_rules.py records them); refused or guidance only are not received dossiers.
- new (trong kỳ): received on a business day of the period, split online (trực tuyến) and in
  person + public post (trực tiếp, dịch vụ bưu chính; the two are kept apart in data too);
- carried over (từ kỳ trước): received before the period and neither resolved nor withdrawn
  before it started;
- total (Tổng số, column 1) = online + in person/post + carried over, as on the official form.
Where they end up, each exactly once:
- resolved (đã giải quyết): resolved (or, failing a resolution time, returned) before the period
  ends; early / on time / overdue by the local date of resolution against the local date of the
  promised return (due_at, which the program already moved later by the office time of every
  finished supplement wait: services/dossier_rules.py): before it, on it, after it. No promised
  date = on time. paused_seconds is not read: it is clock time, kept for display;
- withdrawn (công dân rút hồ sơ, not a column of the form, shown beside it): withdrawn before the
  period ends and never resolved;
- in progress at the end (đang giải quyết): the rest. Overdue when the promised date is before the
  reference day: the period's last day, or the day the report is made (`as_of`) when that is
  earlier, so a month-so-far report does not call a dossier due later this month overdue. A
  dossier waiting for a supplement right now has its clock stopped on the day the supplement was
  asked for, so that day is compared instead (never later than the report's day). due_at is
  read as it is now: for a past period, a wait that ended after the period's end has moved it
  too (the event history is not replayed).
Identities (checked by `II06aRow.broken_identities`, and by the tests on every field):
  total = online + direct_post + carried;  resolved = early + on_time + overdue;
  in_progress = within + overdue_in_progress;  total = resolved + in_progress + withdrawn."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.intake_schema import Dossier, DossierEvent, Field
from kiosk_desktop.intake_terms import Channel, DossierStatus
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.sqltime import SqlTime
from kiosk_desktop.services.dossier_rules import RECEIVING_OUTCOMES

#: Outcomes whose dossiers are received (and so counted in the table).
RECEIVED = [outcome.value for outcome in RECEIVING_OUTCOMES]


@dataclass(frozen=True)
class II06aRow:
    field: str
    total: int = 0
    online: int = 0
    direct_post: int = 0
    carried: int = 0
    resolved: int = 0
    early: int = 0
    on_time: int = 0
    overdue: int = 0
    in_progress: int = 0
    within: int = 0
    in_progress_overdue: int = 0
    withdrawn: int = 0
    post: int = 0  # of direct_post: by public post (bưu chính công ích)

    @property
    def received(self) -> int:
        """Received in the period: online + in person/post (what the sentences call 'đã tiếp nhận')."""
        return self.online + self.direct_post

    def counts(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "field"}

    def broken_identities(self) -> list[str]:
        checks = {
            "total = online + direct_post + carried": self.total == self.online + self.direct_post + self.carried,
            "resolved = early + on_time + overdue": self.resolved == self.early + self.on_time + self.overdue,
            "in_progress = within + in_progress_overdue": self.in_progress == self.within + self.in_progress_overdue,
            "total = resolved + in_progress + withdrawn": self.total
            == self.resolved + self.in_progress + self.withdrawn,
        }
        return [name for name, ok in checks.items() if not ok]

    def plus(self, other: II06aRow) -> II06aRow:
        mine, theirs = self.counts(), other.counts()
        return II06aRow(self.field, **{k: mine[k] + theirs[k] for k in mine})


def _first_event(status: DossierStatus, pick: Any) -> ColumnElement[Any]:
    return (
        select(pick(DossierEvent.at))
        .where(DossierEvent.dossier_id == Dossier.id, DossierEvent.status == status.value)
        .scalar_subquery()
    )


class DossierTimes:
    """The moments of one dossier as SQL expressions (correlated only where the status needs it)."""

    def __init__(self, sql: SqlTime) -> None:
        self.resolved_at = func.coalesce(Dossier.resolved_at, Dossier.returned_at)
        withdrawn = Dossier.status == DossierStatus.RUT_HO_SO.value
        self.withdrawn_at = case(
            (withdrawn, func.coalesce(_first_event(DossierStatus.RUT_HO_SO, func.min), Dossier.received_at))
        )
        waiting = Dossier.status == DossierStatus.YEU_CAU_BO_SUNG.value
        self.asked_at = case((waiting, _first_event(DossierStatus.YEU_CAU_BO_SUNG, func.max)))
        self.closed_at = func.coalesce(self.resolved_at, self.withdrawn_at)
        self.due_day = sql.day_number(Dossier.due_at)
        self.resolved_day = sql.day_number(self.resolved_at)
        self.asked_day = sql.day_number(self.asked_at)


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _per_dossier(period: Period, sql: SqlTime, as_of: date | None) -> Any:
    """One row per counted dossier: field, new or carried, channel, where it ended up, and how its
    days compare with the promised day (open ones: on the reference day, see the module's text).
    OFFSET 0 keeps both databases from inlining it into the outer query, which would recompute
    every day number once per use."""
    start, end = period.start_utc(sql.zone), period.end_utc(sql.zone)
    t = DossierTimes(sql)
    new = Dossier.business_day.between(period.first, period.last)
    carried = and_(Dossier.business_day < period.first, or_(t.closed_at.is_(None), t.closed_at >= start))
    fate = case(
        (and_(t.resolved_at.is_not(None), t.resolved_at < end), "resolved"),
        (and_(t.resolved_at.is_(None), t.withdrawn_at.is_not(None), t.withdrawn_at < end), "withdrawn"),
        else_="open",
    )
    last_day = sql.day_value(period.last if as_of is None else min(period.last, as_of))
    reference_day = case((and_(t.asked_at.is_not(None), t.asked_at < end), t.asked_day), else_=last_day)
    return (
        select(
            Dossier.field_id.label("field_id"),
            case((new, 1), else_=0).label("new"),
            Dossier.channel.label("channel"),
            fate.label("fate"),
            (t.resolved_day - t.due_day).label("late_by"),  # NULL without a promised day
            (reference_day - t.due_day).label("open_late_by"),
        )
        .where(Dossier.outcome.in_(RECEIVED), or_(new, carried))
        .offset(0)
        .subquery()
    )


def ii06a_rows(s: Session, period: Period, sql: SqlTime, as_of: date | None = None) -> list[II06aRow]:
    """The rows per field; `as_of` is the local date the report is made (None: a closed period)."""
    d = _per_dossier(period, sql, as_of)
    new, online = d.c.new == 1, d.c.channel == Channel.TRUC_TUYEN.value
    resolved, in_progress = d.c.fate == "resolved", d.c.fate == "open"
    late_now = and_(in_progress, d.c.open_late_by > 0)
    within = and_(in_progress, or_(d.c.open_late_by.is_(None), d.c.open_late_by <= 0))
    query = select(
        d.c.field_id,
        func.count(),
        _count(and_(new, online)),
        _count(and_(new, not_(online))),
        _count(not_(new)),
        _count(resolved),
        _count(and_(resolved, d.c.late_by < 0)),
        _count(and_(resolved, or_(d.c.late_by.is_(None), d.c.late_by == 0))),
        _count(and_(resolved, d.c.late_by > 0)),
        _count(in_progress),
        _count(within),
        _count(late_now),
        _count(d.c.fate == "withdrawn"),
        _count(and_(new, d.c.channel == Channel.BUU_CHINH.value)),
    ).group_by(d.c.field_id)
    counts = {row[0]: [int(x or 0) for x in row[1:]] for row in s.execute(query)}
    names = s.execute(select(Field.id, Field.name).where(Field.id.in_(counts)).order_by(Field.position, Field.name))
    return [_row(name, counts[fid]) for fid, name in names]


def _row(name: str, c: list[int]) -> II06aRow:
    total, online, direct_post, carried, resolved, early, on_time, overdue, progress, within, late, withdrawn, post = c
    return II06aRow(
        name, total, online, direct_post, carried, resolved, early, on_time, overdue,
        progress, within, late, withdrawn, post,
    )  # fmt: skip


def ii06a_total(rows: list[II06aRow]) -> II06aRow:
    total = II06aRow("Tổng cộng")
    for row in rows:
        total = total.plus(row)
    return II06aRow("Tổng cộng", **total.counts())
