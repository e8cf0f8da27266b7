"""What every benchmark needs: a fresh database, a centre, percentiles, bulk history.

Each benchmark gets its own database: an SQLite file in a new temporary folder, or a PostgreSQL
database `kiosk_bench_<random>` created on the server and dropped (WITH FORCE) afterwards."""

from __future__ import annotations

import math
import os
import platform
import random
import shutil
import sqlite3
import statistics
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import psycopg
from sqlalchemy import func, insert, make_url, select, text, update

from db.engine import Database
from db.migrate import upgrade
from db.schema import CounterService, DailySequence, Service, Ticket, TicketEvent
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.domain import EventKind, PriorityReason, TicketStatus, format_number
from kiosk_desktop.services.centre_setup import import_centre

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
PG_ADMIN_URL = os.environ.get(
    "KIOSK_BENCH_PG_URL",
    os.environ.get("KIOSK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
)

# The demo centre's eight services (no daily limit, so a benchmark never runs out of numbers).
SERVICES = [
    ("CT", "Chứng thực", "A"),
    ("HT", "Hộ tịch", "B"),
    ("DD", "Đất đai - Xây dựng", "C"),
    ("KD", "Hộ kinh doanh", "D"),
    ("XH", "Bảo trợ xã hội - Người có công", "E"),
    ("CC", "Cư trú - Căn cước", "G"),
    ("TKQ", "Trả kết quả", "K"),
    ("HD", "Hướng dẫn nộp hồ sơ trực tuyến", "H"),
]
#: How often citizens ask for each service (chứng thực and trả kết quả dominate a commune day).
SERVICE_WEIGHTS = [30, 15, 10, 5, 5, 10, 20, 5]


def centre_toml(counters: int) -> str:
    """The demo centre's queue policy (interleave 3, aging cap 45 min) with `counters` counters,
    each calling two or three services in its own preference order; every service is covered."""
    lines = [
        "[centre]",
        'name = "Trung tâm đo hiệu năng"',
        "",
        "[queue]",
        'priority_policy = "interleave"',
        "interleave_every = 3",
        "aging_cap_minutes = 45",
        'transfer_placement = "front"',
    ]
    for code, name, prefix in SERVICES:
        lines += ["", "[[service]]", f'code = "{code}"', f'name = "{name}"', f'prefix = "{prefix}"']
    n = len(SERVICES)
    for number in range(1, counters + 1):
        i = number - 1
        picks = [SERVICES[i % n][0], SERVICES[(i + 1) % n][0]]
        if number % 2:
            picks.append(SERVICES[(i + 3) % n][0])
        listed = ", ".join(f'"{code}"' for code in picks)
        lines += ["", "[[counter]]", f"number = {number}", f"services = [{listed}]"]
    return "\n".join(lines) + "\n"


# --- fresh databases --------------------------------------------------------------------------


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        psycopg.connect(_conninfo(PG_ADMIN_URL), connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return str(exc).strip().splitlines()[0]
    return None


def drop_leftovers() -> list[str]:
    """Drop the kiosk_bench_* databases an interrupted run left behind (run it only when no
    benchmark is running)."""
    with psycopg.connect(_conninfo(PG_ADMIN_URL), autocommit=True, connect_timeout=5) as admin:
        names = [
            row[0] for row in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'kiosk\\_bench\\_%'")
        ]
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return names


@contextmanager
def fresh_database(kind: str, counters: int = 6) -> Iterator[str]:
    """A new, migrated database with a centre of `counters` counters; yields its URL."""
    if kind == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="kiosk_bench_"))
        url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
        try:
            _prepare(url, counters, folder)
            yield url
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    elif kind == "postgresql":
        name = f"kiosk_bench_{uuid.uuid4().hex[:10]}"
        admin = psycopg.connect(_conninfo(PG_ADMIN_URL), autocommit=True, connect_timeout=5)
        admin.execute(f'CREATE DATABASE "{name}"')
        url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        folder = Path(tempfile.mkdtemp(prefix="kiosk_bench_"))
        try:
            _prepare(url, counters, folder)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
            shutil.rmtree(folder, ignore_errors=True)
    else:
        raise ValueError(kind)


def _prepare(url: str, counters: int, folder: Path) -> None:
    database = Database(url)
    try:
        upgrade(database)
        centre = folder / "centre.toml"
        centre.write_text(centre_toml(counters), encoding="utf-8")
        import_centre(database, load_centre_file(centre))
    finally:
        database.dispose()


# --- statistics -------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], percent: float) -> float:
    """Nearest rank, like the daily report."""
    rank = max(1, math.ceil(percent / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass(frozen=True)
class Latency:
    """Milliseconds."""

    n: int
    mean: float
    p50: float
    p95: float
    p99: float
    max: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Latency:
        if not seconds:
            return cls(0, math.nan, math.nan, math.nan, math.nan, math.nan)
        ms = sorted(v * 1000 for v in seconds)
        return cls(len(ms), statistics.fmean(ms), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[-1])

    def as_dict(self) -> dict[str, float]:
        return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in vars(self).items()}


# --- a quiet machine --------------------------------------------------------------------------


def _cpu_times() -> tuple[int, int]:
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_fraction(seconds: float = 1.0) -> float:
    """Share of all cores busy over the next `seconds` (Linux; 0.0 elsewhere)."""
    try:
        b0, t0 = _cpu_times()
        import time as _time

        _time.sleep(seconds)
        b1, t1 = _cpu_times()
    except OSError:
        return 0.0
    return (b1 - b0) / max(t1 - t0, 1)


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _pid_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used; 0 when it is gone."""
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = data[data.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _backends(database_name: str) -> dict[int, float]:
    """CPU seconds of the PostgreSQL backends serving one database (their process title names it)."""
    found: dict[int, float] = {}
    marker = f" {database_name} ".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if title.startswith(b"postgres: ") and marker in title:
            found[int(entry.name)] = _pid_cpu(int(entry.name))
    return found


class CpuWindow:
    """Where the machine's CPU went between start() and stop(), in cores (2.0 = both cores busy):
    `ours` = `harness` (this process: the benchmark loop, or the coordinator and queue feeder)
    + `workers` (the processes named at start() and stop(); they must still be alive),
    `server` = PostgreSQL backends of the benchmark's database, `other` = everything else on
    the machine (other people's work included). Linux only; zeros elsewhere."""

    def __init__(self, pg_database: str | None = None) -> None:
        self.pg_database = pg_database
        self.result: dict[str, float] = {}

    def start(self, worker_pids: Sequence[int] = ()) -> CpuWindow:
        self._workers = sum(_pid_cpu(pid) for pid in worker_pids)
        try:
            self._stat = _cpu_times()
            self._backends = _backends(self.pg_database) if self.pg_database else {}
        except OSError:
            self._stat = (0, 0)
            self._backends = {}
        self._self = sum(os.times()[:2])
        self._wall = __import__("time").perf_counter()
        return self

    def stop(self, worker_pids: Sequence[int] = ()) -> dict[str, float]:
        wall = __import__("time").perf_counter() - self._wall
        try:
            busy1, total1 = _cpu_times()
        except OSError:
            return {}
        cores = os.cpu_count() or 1
        busy = (busy1 - self._stat[0]) / max(total1 - self._stat[1], 1) * cores
        workers = (sum(_pid_cpu(pid) for pid in worker_pids) - self._workers) / wall
        harness = (sum(os.times()[:2]) - self._self) / wall
        server = 0.0
        if self.pg_database:
            now = _backends(self.pg_database)
            server = sum(cpu - self._backends.get(pid, 0.0) for pid, cpu in now.items()) / wall
        ours = workers + harness
        self.result = {
            "wall_s": round(wall, 2),
            "busy_cores": round(busy, 2),
            "ours_cores": round(ours, 2),
            "workers_cores": round(workers, 2),
            "harness_cores": round(harness, 2),
            "server_cores": round(server, 2),
            "other_cores": round(max(busy - ours - server, 0.0), 2),
        }
        return self.result


QUIET_WAIT_S = 60.0


def wait_for_quiet(limit: float = 0.2, max_wait: float | None = None) -> dict[str, float]:
    """Benchmarks share the machine with whoever else runs there: wait (up to `max_wait` s,
    default QUIET_WAIT_S) until less than `limit` of the CPU is busy, and say how busy it was
    when we started."""
    import time as _time

    if max_wait is None:
        max_wait = QUIET_WAIT_S
    start = _time.monotonic()
    busy = busy_fraction()
    while busy > limit and _time.monotonic() - start < max_wait:
        busy = busy_fraction(2.0)
    return {
        "busy_before": round(busy, 2),
        "waited_s": round(_time.monotonic() - start, 1),
        "load1": round(os.getloadavg()[0], 2),
    }


# --- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "?"
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    pg = "unreachable"
    try:
        with psycopg.connect(_conninfo(PG_ADMIN_URL), connect_timeout=3) as conn:
            pg = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
            settings = {
                name: conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
                for name in ("shared_buffers", "synchronous_commit", "fsync", "max_connections")
            }
            pg += " (" + ", ".join(f"{k}={v}" for k, v in settings.items()) + ")"
    except psycopg.OperationalError:
        pass
    import sqlalchemy

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg,
        "sqlalchemy": sqlalchemy.__version__,
        "psycopg": psycopg.__version__,
    }


# --- bulk history -----------------------------------------------------------------------------


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
