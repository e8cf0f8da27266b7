"""The event feed delivering every event written by other processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import time
from collections import Counter as Tally
from collections import defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.schema import CounterEvent
from kiosk_desktop.app import App
from kiosk_desktop.services.event_feed import FeedEvent
from tests.concurrency.support import SPAWN, counter_numbers, run_workers, ticket_events, tickets


@pytest.mark.slow
def test_event_feed_delivers_every_event_from_other_processes(db_url: str, hall: App, tmp_path: Path) -> None:
    feed = hall.event_feed()
    received: list[FeedEvent] = []

    def listen(timeout: float = 0.05) -> None:
        batch = feed.poll(timeout)
        if batch is not None:
            received.extend(batch.events)

    try:
        # A kiosk and three counters: on PostgreSQL their commits land out of event id order,
        # which the feed must not lose.
        counters = 3
        sync = {"start": SPAWN.Barrier(1 + counters), "issuing_done": SPAWN.Event()}
        jobs: list[tuple[str, dict[str, Any]]] = [("feed_kiosk", {"count": 60, "pause": 0.005})]
        jobs += [("feed_counter", {"counter": n}) for n in range(1, counters + 1)]
        kiosk, *served = run_workers(tmp_path, db_url, jobs, sync, while_running=listen)

        numbers = counter_numbers(hall)
        with hall.db.session() as s:
            pauses: list[tuple[int | None, str, Any, int | None]] = [
                (None, kind, at, numbers[counter_id])
                for kind, at, counter_id in s.execute(
                    select(CounterEvent.kind, CounterEvent.at, CounterEvent.counter_id).order_by(CounterEvent.id)
                )
            ]
        events = ticket_events(hall)
        written_events: list[tuple[int | None, str, Any, int | None]] = [
            (ticket_id, kind, at, c) for _, ticket_id, kind, at, c in events
        ]
        expected = Tally(written_events + pauses)

        def got() -> Tally[tuple[Any, ...]]:
            return Tally((e.ticket_id, e.kind, e.at, e.counter) for e in received)

        deadline = time.monotonic() + 10
        while got() != expected and time.monotonic() < deadline:
            listen(0.2)
        listen(0.3)  # anything delivered twice would show up now
    finally:
        feed.close()

    assert got() - expected == Tally(), "events delivered twice, or never written"
    assert expected - got() == Tally(), "events written by the other processes never arrived"

    # Every kind of move happened, so the check above covered all of them.
    kinds = {kind for _, kind, _, _ in expected}
    assert kinds >= {"issued", "called", "recalled", "started", "finished", "parked", "unparked", "no_show"}
    assert kinds >= {"counter_paused", "counter_resumed"}
    assert sum(1 for _, kind, _, _ in expected.elements() if kind == "cancelled") == len(kiosk["cancelled"])
    issued_ids = [ticket_id for ticket_id, kind, _, _ in expected if kind == "issued" and ticket_id is not None]
    assert sorted(issued_ids) == sorted(kiosk["issued"])
    assert any(report["parked"] for report in served), "no counter ever parked anybody"
    assert {t for report in served for t in report["cancelled_while_parked"]} <= set(kiosk["cancelled"])

    # Per ticket, the feed's order is the order the moves were made in (event id order: a
    # ticket's moves are serialised by its row lock). The feed sorts a batch by event time, so
    # this needs the times to rise with the ids: every move reads the clock after its locks.
    written: dict[int, list[tuple[str, Any]]] = defaultdict(list)
    for _, ticket_id, kind, at, _ in events:
        written[ticket_id].append((kind, at))
    delivered: dict[int, list[str]] = defaultdict(list)
    for event in received:
        if event.ticket_id is not None:
            delivered[event.ticket_id].append(event.kind)
    inverted = {ticket_id: [b[0] for a, b in pairwise(moves) if b[1] < a[1]] for ticket_id, moves in written.items()}
    assert not any(inverted.values()), inverted
    for ticket_id, moves in written.items():
        assert delivered[ticket_id] == [kind for kind, _ in moves], f"ticket {ticket_id}"

    by_id = {t.id: t.number for t in tickets(hall)}
    assert all(e.number == by_id[e.ticket_id] for e in received if e.ticket_id is not None)
