"""Six counters emptying one queue at the same time, from several processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import time
from collections import Counter as Tally
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import Ticket
from kiosk_desktop.app import App
from kiosk_desktop.domain import ACTIVE_STATUSES
from tests.concurrency.support import SPAWN, WORKERS, counter_numbers, issue_mix, run_workers, ticket_events, tickets


@pytest.mark.slow
def test_parallel_counters_call_every_ticket_exactly_once(db_url: str, hall: App, tmp_path: Path) -> None:
    issued = issue_mix(hall, 168)
    priority_ids = {t.id for t in tickets(hall) if t.priority}
    assert 0 < len(priority_ids) < len(issued)

    most_held: dict[int | None, int] = defaultdict(int)  # counter id -> most active tickets seen at once
    snapshots = 0

    def watch() -> None:
        nonlocal snapshots
        with hall.db.session() as s:
            for counter_id, held in s.execute(
                select(Ticket.counter_id, func.count())
                .where(Ticket.status.in_(ACTIVE_STATUSES))
                .group_by(Ticket.counter_id)
            ):
                most_held[counter_id] = max(most_held[counter_id], held)
        snapshots += 1
        time.sleep(0.01)

    sync = {"start": SPAWN.Barrier(WORKERS)}
    jobs = [("serve_until_empty", {"counter": n}) for n in range(1, WORKERS + 1)]
    reports = run_workers(tmp_path, db_url, jobs, sync, while_running=watch)

    # What the workers saw: every ticket once, by exactly one counter.
    served_by = {}
    for number, report in zip(range(1, WORKERS + 1), reports, strict=True):
        for ticket in report:
            assert ticket["id"] not in served_by, f"ticket {ticket['number']} called by two counters"
            served_by[ticket["id"]] = number
    assert sorted(served_by) == sorted(issued)
    assert sum(1 for report in reports if report) >= 2, "the counters did not actually work in parallel"

    # What the database says.
    numbers = counter_numbers(hall)
    for ticket in tickets(hall):
        assert ticket.status == "finished", ticket.number
        assert ticket.call_count == 1, ticket.number
        assert numbers[ticket.counter_id] == served_by[ticket.id], ticket.number
        assert ticket.first_called_at is not None and ticket.finished_at is not None
        assert ticket.finished_at >= ticket.first_called_at
    events = ticket_events(hall)
    kinds_per_ticket = Tally((ticket_id, kind) for _, ticket_id, kind, _, _ in events)
    for ticket_id in issued:
        assert kinds_per_ticket[(ticket_id, "called")] == 1, f"ticket {ticket_id}: not exactly one 'called' event"
        assert kinds_per_ticket[(ticket_id, "finished")] == 1
    for _, ticket_id, kind, _, counter in events:
        if kind == "called":
            assert counter == served_by[ticket_id]

    # No counter ever held two tickets: neither in any snapshot taken while they worked...
    assert snapshots > 0
    assert all(held <= 1 for counter_id, held in most_held.items() if counter_id is not None), most_held
    # ... nor in each counter's own history (its events are serialised by its row lock).
    holding: dict[int, int | None] = defaultdict(lambda: None)
    for _, ticket_id, kind, _, counter in events:
        if kind == "issued":
            continue
        assert counter is not None
        if kind == "called":
            assert holding[counter] is None, f"counter {counter} called {ticket_id} while holding {holding[counter]}"
            holding[counter] = ticket_id
        else:
            assert holding[counter] == ticket_id, f"counter {counter}: {kind} {ticket_id} out of turn"
            if kind == "finished":
                holding[counter] = None
    assert all(held is None for held in holding.values())

    # Strict priority survives the race. SQLite runs writers one at a time, so every priority
    # ticket is called before any normal one; on PostgreSQL a counter may pass a priority ticket
    # only while another counter holds its lock, so at most WORKERS - 1 priority calls can come
    # after a normal one.
    calls = [ticket_id for _, ticket_id, kind, _, _ in events if kind == "called"]
    allowed = 0 if db_url.startswith("sqlite") else WORKERS - 1
    for position, ticket_id in enumerate(calls):
        if ticket_id not in priority_ids:
            later_priority = sum(1 for later in calls[position + 1 :] if later in priority_ids)
            assert later_priority <= allowed, f"{later_priority} priority tickets called after a normal one"
