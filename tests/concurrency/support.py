"""Helpers shared by the concurrency tests: the layout of the hall every test runs in, starting the
worker processes, and reading the database back.

Each worker is a separate process started with the "spawn" method (like a second PC or a second
window), builds its own App and engine, and reports what it did through a JSON file; the test
then checks the workers' reports against each other and against the database. The code the
workers run lives in tests/concurrency/workers.py."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.schema import Counter, Ticket, TicketEvent
from kiosk_desktop.app import App
from kiosk_desktop.domain import PriorityReason
from tests.concurrency import workers
from tests.helpers import TWO_SERVICES

SPAWN = multiprocessing.get_context("spawn")
ROOT = Path(__file__).resolve().parents[2]
WORKERS = 6

# Six counters that all serve both services, in alternating order of preference.
PREFERENCES = ['["HT", "CT"]', '["CT", "HT"]']
CENTRE = TWO_SERVICES + "".join(
    f'\n[[counter]]\nnumber = {n}\nname = "Quầy {n}"\nservices = {PREFERENCES[n % 2]}\n' for n in range(1, WORKERS + 1)
)


# --- running workers -------------------------------------------------------------------------


def run_workers(
    tmp_path: Path,
    db_url: str,
    jobs: list[tuple[str, dict[str, Any]]],
    sync: dict[str, Any],
    *,
    timeout: float = 60.0,
    while_running: Callable[[], None] | None = None,
) -> list[Any]:
    """Start one spawned process per job, wait for all, return their results in job order.

    A worker that fails breaks the barriers so the others stop instead of waiting for it;
    the test then fails with every worker's traceback."""
    processes = []
    for index, (role, params) in enumerate(jobs):
        out = tmp_path / f"worker-{index}-{role}.json"
        out.unlink(missing_ok=True)
        process = SPAWN.Process(
            target=workers.main,
            args=(role, db_url, str(tmp_path / "data"), str(out), sync, params),
            name=f"{role}-{index}",
            daemon=True,
        )
        process.start()
        processes.append((process, out))
    deadline = time.monotonic() + timeout
    aborted = False
    try:
        while any(process.is_alive() for process, _ in processes) and time.monotonic() < deadline:
            if while_running is not None:
                while_running()
            else:
                time.sleep(0.02)
            if not aborted and any(process.exitcode not in (None, 0) for process, _ in processes):
                aborted = True
                _release(sync)
    finally:
        for process, _ in processes:
            if process.is_alive():
                _release(sync)
                process.join(5)
            if process.is_alive():
                process.terminate()
                process.join(5)
            if process.is_alive():
                process.kill()
                process.join()
    failures, results = [], []
    for process, out in processes:
        report = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
        if process.exitcode != 0 or report is None or not report["ok"]:
            detail = report["error"] if report else "no report (timed out or killed)"
            failures.append(f"--- {process.name}: exit code {process.exitcode}\n{detail}")
        else:
            results.append(report["result"])
        process.close()
    if failures:
        pytest.fail("worker processes failed:\n" + "\n".join(failures), pytrace=False)
    return results


def _release(sync: dict[str, Any]) -> None:
    for primitive in sync.values():
        if hasattr(primitive, "abort"):
            primitive.abort()
        elif hasattr(primitive, "set"):
            primitive.set()


# --- reading the database back ----------------------------------------------------------------


def tickets(app: App) -> list[Ticket]:
    with app.db.session() as s:
        return list(s.scalars(select(Ticket).order_by(Ticket.id)))


def ticket_events(app: App) -> list[tuple[int, int, str, Any, int | None]]:
    """(event id, ticket id, kind, at, counter number) in id order."""
    with app.db.session() as s:
        rows = s.execute(
            select(TicketEvent.id, TicketEvent.ticket_id, TicketEvent.kind, TicketEvent.at, Counter.number)
            .outerjoin(Counter, Counter.id == TicketEvent.counter_id)
            .order_by(TicketEvent.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def counter_numbers(app: App) -> dict[int | None, int | None]:
    """Counter id -> counter number (None -> None, for tickets no counter holds)."""
    with app.db.session() as s:
        return {None: None, **{row.id: row.number for row in s.execute(select(Counter.id, Counter.number))}}


def issue_mix(app: App, count: int) -> list[int]:
    """Two services, one ticket in seven a priority one."""
    ids = []
    for i in range(count):
        reason = PriorityReason.NGUOI_KHUYET_TAT if i % 7 == 3 else None
        ids.append(app.queue.issue("HT" if i % 3 == 2 else "CT", reason).ticket.id)
    return ids
