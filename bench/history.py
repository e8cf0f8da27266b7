"""Bulk history: tickets and events as the queue service would have left them, and a queue feeder."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update

from bench.common import SERVICE_WEIGHTS, ZONE
from db.engine import Database
from db.schema import CounterService, DailySequence, Service, Ticket, TicketEvent
from kiosk_desktop.domain import EventKind, PriorityReason, TicketStatus, format_number


@dataclass
class Layout:
    """Ids of the centre as imported: services in file order, and who calls what."""

    services: list[Service]
    counters_for: dict[int, list[int]]  # service id -> counter ids that call it
    first_choice: dict[int, int]  # counter id -> the service it calls first

    @classmethod
    def read(cls, database: Database) -> Layout:
        with database.session() as s:
            services = list(s.scalars(select(Service).order_by(Service.position)))
            counters_for: dict[int, list[int]] = {}
            first_choice: dict[int, int] = {}
            for row in s.execute(
                select(CounterService.service_id, CounterService.counter_id).order_by(
                    CounterService.counter_id, CounterService.position.desc()
                )
            ):
                counters_for.setdefault(row.service_id, []).append(row.counter_id)
                first_choice[row.counter_id] = row.service_id  # the last row per counter wins
            s.expunge_all()
        return cls(services, counters_for, first_choice)


class HistoryWriter:
    """Builds ticket and ticket_event rows as the queue service would have left them, and writes
    them with SQLAlchemy core executemany inserts (explicit ids, so no RETURNING round trips)."""

    def __init__(
        self, database: Database, layout: Layout, seed: int = 7, weights: Sequence[float] | None = None
    ) -> None:
        self.db = database
        self.layout = layout
        self.rng = random.Random(seed)
        self.weights = list(weights or SERVICE_WEIGHTS[: len(layout.services)])
        with database.session() as s:
            self.next_ticket = (s.scalar(select(Ticket.id).order_by(Ticket.id.desc()).limit(1)) or 0) + 1
            self.next_event = (s.scalar(select(TicketEvent.id).order_by(TicketEvent.id.desc()).limit(1)) or 0) + 1
        self.tickets: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.sequences: list[dict[str, Any]] = []
        self.written = {"tickets": 0, "events": 0}

    def _event(
        self,
        ticket: dict[str, Any],
        kind: EventKind,
        at: datetime,
        counter: int | None,
        service: int,
        from_service: int | None = None,
    ) -> None:
        self.events.append(
            {
                "id": self.next_event,
                "ticket_id": ticket["id"],
                "business_day": ticket["business_day"],
                "kind": kind.value,
                "at": at,
                "counter_id": counter,
                "service_id": service,
                "from_service_id": from_service,
                "reason": None,
            }
        )
        self.next_event += 1

    def _new_ticket(self, day: date, service: Service, seq: int, issued_at: datetime) -> dict[str, Any]:
        priority = self.rng.random() < 0.08
        ticket = {
            "id": self.next_ticket,
            "business_day": day,
            "issued_service_id": service.id,
            "service_id": service.id,
            "seq": seq,
            "number": format_number(service.prefix, seq, service.digits),
            "priority": priority,
            "priority_reason": self.rng.choice(list(PriorityReason)).value if priority else None,
            "status": TicketStatus.WAITING.value,
            "issued_at": issued_at,
            "queued_at": issued_at,
            "first_called_at": None,
            "last_called_at": None,
            "finished_at": None,
            "counter_id": None,
            "call_count": 0,
            "printed": True,
        }
        self.next_ticket += 1
        self.tickets.append(ticket)
        self._event(ticket, EventKind.ISSUED, issued_at, None, service.id)
        return ticket

    def _issue_times(self, day: date, count: int, start: time, end: time) -> list[datetime]:
        opening = datetime.combine(day, start, ZONE).astimezone(UTC)
        span = (datetime.combine(day, end, ZONE) - datetime.combine(day, start, ZONE)).total_seconds()
        return sorted(opening + timedelta(seconds=self.rng.uniform(0, span)) for _ in range(count))

    def _pick_service(self) -> Service:
        return self.rng.choices(self.layout.services, weights=self.weights)[0]

    def _counter(self, service_id: int) -> int:
        return self.rng.choice(self.layout.counters_for[service_id])

    def past_day(self, day: date, count: int) -> None:
        """A closed day: every ticket finished, no-show, cancelled (some transferred on the way)."""
        seqs: dict[int, int] = {}
        rng = self.rng
        for issued_at in self._issue_times(day, count, time(7, 30), time(16, 30)):
            service = self._pick_service()
            seq = seqs[service.id] = seqs.get(service.id, service.first_number - 1) + 1
            t = self._new_ticket(day, service, seq, issued_at)
            roll = rng.random()
            wait = timedelta(seconds=min(rng.expovariate(1 / 900), 7200) + 20)
            if roll < 0.03:
                t["status"] = TicketStatus.CANCELLED.value
                self._event(t, EventKind.CANCELLED, issued_at + wait / 2, None, service.id)
                continue
            counter = self._counter(service.id)
            called = issued_at + wait
            t.update(first_called_at=called, last_called_at=called, counter_id=counter, call_count=1)
            self._event(t, EventKind.CALLED, called, counter, service.id)
            if roll < 0.08:  # called, recalled once, never came
                recall = called + timedelta(seconds=60)
                t.update(last_called_at=recall, call_count=2, status=TicketStatus.NO_SHOW.value)
                self._event(t, EventKind.RECALLED, recall, counter, service.id)
                self._event(t, EventKind.NO_SHOW, recall + timedelta(seconds=90), counter, service.id)
                continue
            if roll < 0.11:  # sent on to another service, queued at the front there
                target = self._pick_service()
                if target.id != service.id:
                    moved = called + timedelta(seconds=rng.uniform(60, 300))
                    self._event(t, EventKind.TRANSFERRED, moved, counter, target.id, from_service=service.id)
                    counter = self._counter(target.id)
                    called = moved + timedelta(seconds=rng.uniform(30, 600))
                    t.update(
                        service_id=target.id,
                        queued_at=issued_at,
                        last_called_at=called,
                        counter_id=counter,
                        call_count=2,
                    )
                    self._event(t, EventKind.CALLED, called, counter, target.id)
                    service = target
            started = called + timedelta(seconds=rng.uniform(10, 60))
            finished = started + timedelta(seconds=rng.expovariate(1 / 360) + 60)
            t.update(status=TicketStatus.FINISHED.value, finished_at=finished)
            self._event(t, EventKind.STARTED, started, counter, service.id)
            self._event(t, EventKind.FINISHED, finished, counter, service.id)
        self.sequences += [{"service_id": sid, "day": day, "last_number": n} for sid, n in seqs.items()]

    def waiting_queue(
        self, day: date, count: int, now: datetime, per_counter: bool = False, held: bool = False
    ) -> None:
        """`count` tickets waiting right now (issued over the last 20 minutes), as a pre-issued queue.
        With `per_counter`, every counter gets an equal share in the service it calls first (so a
        busy-looping counter does not run dry while tickets pile up where nobody calls). With
        `held`, they are written under HELD_DAY, out of every counter's sight, for a QueueFeeder
        to move into `day` a few at a time."""
        seqs: dict[int, int] = {}
        start = now - timedelta(minutes=20)
        by_id = {service.id: service for service in self.layout.services}
        plan: list[Service] = []
        if per_counter:
            firsts = list(self.layout.first_choice.values())
            plan = [by_id[firsts[i % len(firsts)]] for i in range(count)]
            self.rng.shuffle(plan)
        for i in range(count):
            service = plan[i] if plan else self._pick_service()
            seq = seqs[service.id] = seqs.get(service.id, service.first_number - 1) + 1
            self._new_ticket(HELD_DAY if held else day, service, seq, start + timedelta(seconds=1200 * i / count))
        self.sequences += [{"service_id": sid, "day": day, "last_number": n} for sid, n in seqs.items()]

    def flush(self, chunk: int = 20_000) -> None:
        """Write what was built so far: tickets, their events, the day counters."""
        with self.db.engine.begin() as conn:
            for i in range(0, len(self.tickets), chunk):
                conn.execute(insert(Ticket), self.tickets[i : i + chunk])
            for i in range(0, len(self.events), chunk):
                conn.execute(insert(TicketEvent), self.events[i : i + chunk])
            if self.sequences:
                conn.execute(insert(DailySequence), self.sequences)
            if self.db.is_postgres:  # explicit ids: move the sequences past them for later inserts
                for table in ("ticket", "ticket_event"):
                    conn.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                    )
        self.written["tickets"] += len(self.tickets)
        self.written["events"] += len(self.events)
        self.tickets, self.events, self.sequences = [], [], []


#: Where pre-issued tickets wait, out of sight, until a QueueFeeder hands them to today.
HELD_DAY = date(2000, 1, 3)


class QueueFeeder:
    """Keeps today's waiting queue near `target` tickets by moving held tickets into today, in
    issue order, like kiosks issuing while counters call. A pre-issued queue of thousands would
    make every call sort thousands of rows (call-next cost grows with the number waiting); a real
    hall has tens to a few hundred people waiting."""

    def __init__(self, url: str, day: date, target: int) -> None:
        self.db = Database(url)
        self.day = day
        self.target = target
        self.released = 0
        self.rounds = 0
        self.errors: list[str] = []
        self._stop = __import__("threading").Event()
        self._thread: Any = None

    def top_up(self, target: int | None = None) -> int:
        """One transaction: release enough held tickets to bring today's waiting up to target."""
        want = self.target if target is None else target

        def work(s: Any) -> int:
            waiting = s.scalar(
                select(func.count())
                .select_from(Ticket)
                .where(Ticket.business_day == self.day, Ticket.status == TicketStatus.WAITING.value)
            )
            need = want - int(waiting or 0)
            if need <= 0:
                return 0
            ids = select(Ticket.id).where(Ticket.business_day == HELD_DAY).order_by(Ticket.id).limit(need)
            result = s.execute(update(Ticket).where(Ticket.id.in_(ids.scalar_subquery())).values(business_day=self.day))
            return int(result.rowcount or 0)

        moved = self.db.run(work)
        self.released += moved
        return moved

    def start(self, period: float = 0.2) -> QueueFeeder:
        import threading

        def loop() -> None:
            while not self._stop.is_set():
                try:
                    self.top_up()
                except Exception as exc:  # reported with the results; the counters will run dry
                    self.errors.append(f"{type(exc).__name__}: {exc}"[:300])
                self.rounds += 1
                self._stop.wait(period)

        self._thread = threading.Thread(target=loop, name="queue-feeder", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.db.dispose()


def working_days_before(day: date, count: int) -> list[date]:
    """The `count` Monday–Friday dates before `day`, oldest first."""
    days: list[date] = []
    d = day
    while len(days) < count:
        d -= timedelta(days=1)
        if d.weekday() < 5:
            days.append(d)
    return days[::-1]


def today() -> date:
    return datetime.now(UTC).astimezone(ZONE).date()
