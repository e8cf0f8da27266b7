"""Write a validated centre file into the database, and read it back out.

Idempotent: services are matched by code and counters by number. Anything missing from the file
is deactivated, never deleted: old tickets still point at it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import Holiday
from db.schema import Centre, Counter, CounterService, Officer, Service, Ticket
from kiosk_desktop.catalogue.fields import apply_field_map, field_map
from kiosk_desktop.centre_file import (
    CentreFile,
    CentreSection,
    CounterEntry,
    FieldEntry,
    OfficerEntry,
    QueueSection,
    ServiceEntry,
)
from kiosk_desktop.domain import ACTIVE_STATUSES, OPEN_STATUSES, PriorityPolicy, TransferPlacement
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.holidays import default_holidays_path, read_holidays
from kiosk_desktop.services.lookups import find_centre, the_centre


@dataclass(frozen=True)
class ImportSummary:
    centre_updated: bool  # name, time zone or queue policy
    services_added: int
    services_updated: int
    services_deactivated: int
    counters_added: int
    counters_updated: int
    counters_deactivated: int
    officers_changed: int = 0  # added, renamed or retired
    fields_changed: int = 0  # [[field]] mappings added or changed, or fields that lost their service
    holidays_added: int = 0  # the built-in public holidays, on the first import into an empty table

    @property
    def changed(self) -> bool:
        return any(vars(self).values())


def import_centre(database: Database, spec: CentreFile) -> ImportSummary:
    return database.run(lambda s: _apply(s, spec, business_day(database.now(s), ZoneInfo(spec.centre.timezone))))


def _apply(s: Session, spec: CentreFile, today: date) -> ImportSummary:
    centre = find_centre(s)
    if centre is None:
        centre = Centre(name=spec.centre.name)
        s.add(centre)
    centre_updated = _set(centre, **spec.centre.model_dump(mode="json"), **spec.queue.model_dump(mode="json"))
    s.flush()

    services = {service.code: service for service in s.scalars(select(Service).where(Service.centre_id == centre.id))}
    _refuse_prefix_reuse(s, today, spec)
    added = updated = 0
    for position, entry in enumerate(spec.service):
        fields = _service_fields(entry, position)
        service = services.get(entry.code)
        if service is None:
            service = Service(centre_id=centre.id, code=entry.code)
            s.add(service)
            services[entry.code] = service
            _set(service, **fields)
            added += 1
        elif _set(service, **fields):
            updated += 1
    wanted = {entry.code for entry in spec.service}
    retiring = [service for code, service in services.items() if code not in wanted and service.active]
    _refuse_to_strand(s, today, Ticket.service_id, {service.id: service.name for service in retiring}, OPEN_STATUSES)
    deactivated = sum(_set(service, active=False) for service in retiring)
    s.flush()

    counters = {counter.number: counter for counter in s.scalars(select(Counter).where(Counter.centre_id == centre.id))}
    c_added = c_updated = 0
    for desk in spec.counter:
        counter = counters.get(desk.number)
        is_new = counter is None
        if counter is None:
            counter = Counter(centre_id=centre.id, number=desk.number, paused=False, normal_streak=0)
            s.add(counter)
            counters[desk.number] = counter
            c_added += 1
        changed = _set(counter, name=desk.display_name, active=True)
        s.flush()
        links_changed = _replace_counter_services(s, counter, [services[code] for code in desk.services])
        if not is_new and (changed or links_changed):
            c_updated += 1
    numbers = {entry.number for entry in spec.counter}
    closing = [counter for number, counter in counters.items() if number not in numbers and counter.active]
    _refuse_to_strand(s, today, Ticket.counter_id, {c.id: c.name for c in closing}, ACTIVE_STATUSES)
    c_deactivated = sum(_set(counter, active=False) for counter in closing)
    officers = _apply_officers(s, centre, spec.officer)
    mapped = apply_field_map(s, centre.id, [(entry.name, entry.service) for entry in spec.field], services)
    holidays = _seed_holidays(s)
    return ImportSummary(
        centre_updated, added, updated, deactivated, c_added, c_updated, c_deactivated, officers, mapped, holidays
    )


def _seed_holidays(s: Session) -> int:
    """Promised return dates skip public holidays only if the table has them: a new centre gets the
    built-in list at once (never again: a centre that edits its own list keeps it)."""
    if s.scalar(select(Holiday.day).limit(1)) is not None:
        return 0
    entries = read_holidays(default_holidays_path())
    s.add_all(Holiday(day=entry.day, name=entry.name) for entry in entries)
    return len(entries)


def _apply_officers(s: Session, centre: Centre, entries: list[OfficerEntry]) -> int:
    known = {officer.code: officer for officer in s.scalars(select(Officer).where(Officer.centre_id == centre.id))}
    changed = 0
    for entry in entries:
        officer = known.get(entry.code)
        if officer is None:
            s.add(Officer(centre_id=centre.id, code=entry.code, name=entry.name, active=True))
            changed += 1
        else:
            changed += _set(officer, name=entry.name, active=True)
    wanted = {entry.code for entry in entries}
    # retired officers stay in the table: their past visits still name them
    changed += sum(_set(officer, active=False) for code, officer in known.items() if code not in wanted)
    return changed


def _refuse_to_strand(s: Session, today: date, column: Any, names: dict[int, str], statuses: tuple[str, ...]) -> None:
    """A service or counter left out of the file must not take today's open tickets with it."""
    if not names:
        return
    rows = s.execute(
        select(column, Ticket.number)
        .where(column.in_(names), Ticket.business_day >= today, Ticket.status.in_(statuses))
        .order_by(Ticket.id)
    ).all()
    if rows:
        held = ", ".join(f"{names[owner]}: {number}" for owner, number in rows[:10])
        raise RuleViolation(
            f"Chưa nạp cấu hình: còn số đang mở thuộc phần bị bỏ khỏi tệp ({held}). "
            "Hãy gọi hết, hoàn thành hoặc hủy các số này rồi nạp lại."
        )


def _refuse_prefix_reuse(s: Session, today: date, spec: CentreFile) -> None:
    """A prefix that printed numbers today stays with its service until tomorrow: otherwise a
    renamed or new service would hand out a second A001 the same day."""
    printed_today = dict(
        s.execute(
            select(Service.prefix, Service.code)
            .join(Ticket, Ticket.issued_service_id == Service.id)
            .where(Ticket.business_day == today)
            .distinct()
        ).all()
    )
    for entry in spec.service:
        owner = printed_today.get(entry.prefix)
        if owner is not None and owner != entry.code:
            raise RuleViolation(
                f"Chưa nạp cấu hình: chữ đầu số {entry.prefix!r} hôm nay đã in số cho dịch vụ {owner}. "
                f"Giữ chữ này cho {owner} đến hết ngày, hoặc chọn chữ khác cho {entry.code}."
            )


def _service_fields(entry: ServiceEntry, position: int) -> dict[str, object]:
    return {**entry.model_dump(), "position": position, "active": True}


def _set(row: object, **values: object) -> bool:
    """Assign only what differs; report whether anything did (for an honest import summary)."""
    changed = False
    for key, value in values.items():
        if getattr(row, key, None) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _replace_counter_services(s: Session, counter: Counter, services: list[Service]) -> bool:
    current = [
        service_id
        for (service_id,) in s.execute(
            select(CounterService.service_id)
            .where(CounterService.counter_id == counter.id)
            .order_by(CounterService.position)
        )
    ]
    wanted = [service.id for service in services]
    if current == wanted:
        return False
    s.execute(delete(CounterService).where(CounterService.counter_id == counter.id))
    s.add_all(
        CounterService(counter_id=counter.id, service_id=service_id, position=position)
        for position, service_id in enumerate(wanted)
    )
    return True


def export_centre(database: Database) -> CentreFile:
    def work(s: Session) -> CentreFile:
        centre = the_centre(s)
        services = s.scalars(
            select(Service).where(Service.centre_id == centre.id, Service.active.is_(True)).order_by(Service.position)
        ).all()
        code_of = {service.id: service.code for service in services}
        counters = s.scalars(
            select(Counter).where(Counter.centre_id == centre.id, Counter.active.is_(True)).order_by(Counter.number)
        ).all()
        links: dict[int, list[str]] = {}
        for link in s.scalars(select(CounterService).order_by(CounterService.counter_id, CounterService.position)):
            if link.service_id in code_of:
                links.setdefault(link.counter_id, []).append(code_of[link.service_id])
        return CentreFile(
            centre=CentreSection(name=centre.name, timezone=centre.timezone),
            queue=QueueSection(
                priority_policy=PriorityPolicy(centre.priority_policy),
                interleave_every=centre.interleave_every,
                aging_cap_minutes=centre.aging_cap_minutes,
                transfer_placement=TransferPlacement(centre.transfer_placement),
            ),
            service=[
                ServiceEntry(
                    code=service.code,
                    name=service.name,
                    prefix=service.prefix,
                    digits=service.digits,
                    first_number=service.first_number,
                    daily_limit=service.daily_limit,
                    target_wait_minutes=service.target_wait_minutes,
                )
                for service in services
            ],
            counter=[
                CounterEntry(number=counter.number, name=counter.name, services=links.get(counter.id, []))
                for counter in counters
            ],
            officer=[
                OfficerEntry(code=officer.code, name=officer.name)
                for officer in s.scalars(
                    select(Officer)
                    .where(Officer.centre_id == centre.id, Officer.active.is_(True))
                    .order_by(Officer.code)
                )
            ],
            field=[FieldEntry(name=name, service=code) for name, code in field_map(s, centre.id)],
        )

    return database.run(work, readonly=True)
