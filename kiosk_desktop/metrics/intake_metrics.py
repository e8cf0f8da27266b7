"""Intake figures for a period besides the II.06a table: what the counters did with each visit's
dossiers, the channels, and the shares a commune reports (online, digitised, paid online).
One GROUP BY over the period's dossiers (procedure version × channel × outcome × counter ×
officer: a few thousand rows a year at most) gives every count; they are rolled up here.

Over dossiers received in the period (a receiving outcome, as in ii06a.py; business day in it):
- online rate = online / received;
- online rate where online is offered = online / received for procedures whose version offers
  an online service (toàn trình or một phần): the seeds' '999 hồ sơ trực tuyến đạt 87,55%';
- digitised share = (digitised at intake, or submitted online: born digital) / received;
- online payment share = paid online / dossiers whose payment is known (paid_online not NULL)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.intake_schema import Dossier, Field, Procedure, ProcedureVersion
from db.schema import Counter, Officer
from kiosk_desktop.intake_terms import Channel, OnlineLevel, Outcome
from kiosk_desktop.metrics.ii06a import RECEIVED
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.rates import Rate


@dataclass(frozen=True)
class ProcedureCount:
    code: str
    name: str
    received: int


@dataclass(frozen=True)
class IntakeMetrics:
    outcomes: dict[str, int]  # every Outcome value → dossiers recorded in the period
    channels: dict[str, int]  # every Channel value → dossiers received in the period
    received: int
    offered_online: int  # received for procedures offered online
    not_offered_online: int
    online: Rate
    online_where_offered: Rate
    digitised: Rate
    paid_online: Rate
    by_officer: dict[str, int] = dataclasses.field(default_factory=dict)  # officer code → received
    by_counter: dict[int, int] = dataclasses.field(default_factory=dict)  # counter number → received
    top_procedures: list[ProcedureCount] = dataclasses.field(default_factory=list)
    offered_fields: list[str] = dataclasses.field(default_factory=list)  # fields with received dossiers offered online
    not_offered_fields: list[str] = dataclasses.field(default_factory=list)  # ... and with ones that are not


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


@dataclass(frozen=True)
class _Cell:
    """Dossiers of one procedure version, channel, outcome, counter and officer (one GROUP BY row)."""

    version_id: int
    channel: str
    outcome: str
    counter_id: int | None
    officer_id: int | None
    dossiers: int
    digitised: int
    paid: int
    paid_known: int

    @property
    def received(self) -> bool:
        return self.outcome in RECEIVED


@dataclass(frozen=True)
class _Version:
    code: str
    name: str
    field: str
    field_order: tuple[int, str]
    offered: bool


def _cells(s: Session, period: Period) -> list[_Cell]:
    online = Dossier.channel == Channel.TRUC_TUYEN.value
    keys = (Dossier.procedure_version_id, Dossier.channel, Dossier.outcome, Dossier.counter_id, Dossier.officer_id)
    query = (
        select(
            *keys,
            func.count(),
            _count(or_(Dossier.digitised.is_(True), online)),
            _count(Dossier.paid_online.is_(True)),
            _count(Dossier.paid_online.is_not(None)),
        )
        .where(Dossier.business_day.between(period.first, period.last))
        .group_by(*keys)
    )
    return [_Cell(*row[:5], *(int(x or 0) for x in row[5:])) for row in s.execute(query)]


def _versions(s: Session, ids: set[int]) -> dict[int, _Version]:
    query = (
        select(
            ProcedureVersion.id,
            Procedure.code,
            ProcedureVersion.name,
            Field.name,
            Field.position,
            ProcedureVersion.online_level,
        )
        .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
        .join(Field, Field.id == ProcedureVersion.field_id)
        .where(ProcedureVersion.id.in_(ids))
    )
    return {
        vid: _Version(code, name, field, (position, field), level != OnlineLevel.NONE.value)
        for vid, code, name, field, position, level in s.execute(query)
    }


def _by(cells: list[_Cell], key: Any) -> dict[Any, int]:
    found: dict[Any, int] = defaultdict(int)
    for cell in cells:
        if key(cell) is not None:
            found[key(cell)] += cell.dossiers
    return dict(found)


def intake_metrics(s: Session, period: Period, top: int = 10) -> IntakeMetrics:
    cells = _cells(s, period)
    received = [c for c in cells if c.received]
    versions = _versions(s, {c.version_id for c in received})
    total = sum(c.dossiers for c in received)
    channels = _by(received, lambda c: c.channel)
    offered = [c for c in received if versions[c.version_id].offered]
    n_offered = sum(c.dossiers for c in offered)
    online_offered = sum(c.dossiers for c in offered if c.channel == Channel.TRUC_TUYEN.value)
    outcomes = _by(cells, lambda c: c.outcome)
    numbers = {c.id: c.number for c in s.scalars(select(Counter))}
    codes = {o.id: o.code for o in s.scalars(select(Officer))}
    return IntakeMetrics(
        outcomes={o.value: outcomes.get(o.value, 0) for o in Outcome},
        channels={c.value: channels.get(c.value, 0) for c in Channel},
        received=total,
        offered_online=n_offered,
        not_offered_online=total - n_offered,
        online=Rate(channels.get(Channel.TRUC_TUYEN.value, 0), total),
        online_where_offered=Rate(online_offered, n_offered),
        digitised=Rate(sum(c.digitised for c in received), total),
        paid_online=Rate(sum(c.paid for c in received), sum(c.paid_known for c in received)),
        by_officer=_by(received, lambda c: codes.get(c.officer_id)),
        by_counter=_by(received, lambda c: numbers.get(c.counter_id)),
        top_procedures=_top(received, versions, top),
        offered_fields=_fields([c for c in received if versions[c.version_id].offered], versions),
        not_offered_fields=_fields([c for c in received if not versions[c.version_id].offered], versions),
    )


def _top(cells: list[_Cell], versions: dict[int, _Version], top: int) -> list[ProcedureCount]:
    per_code = _by(cells, lambda c: versions[c.version_id].code)
    names = {v.code: v.name for v in versions.values()}
    ranked = sorted(per_code.items(), key=lambda item: (-item[1], item[0]))[:top]
    return [ProcedureCount(code, names[code], n) for code, n in ranked]


def _fields(cells: list[_Cell], versions: dict[int, _Version]) -> list[str]:
    """Field names, most dossiers first (then the catalogue's order)."""
    per_field = _by(cells, lambda c: versions[c.version_id].field_order)
    return [order[1] for order, _n in sorted(per_field.items(), key=lambda item: (-item[1], item[0]))]
