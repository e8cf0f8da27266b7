"""2c. Call-next latency against the number of tickets waiting."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from bench.common import ZONE, Latency, say
from bench.databases import fresh_database
from bench.history import HistoryWriter, Layout, QueueFeeder
from bench.machine import wait_for_quiet
from db.engine import Database
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.queue import QueueService


def bench_queue_length(kind: str, sizes: list[int], calls: int) -> dict[str, Any]:
    """One counter, nobody else: call_next latency with `size` tickets waiting (kept there by
    topping up before each call). The next-ticket query sorts every waiting ticket the counter
    may call (aging, priority, preference order cannot come from one index), so it grows with
    the queue."""
    say(f"queue length: {kind}, call_next with {sizes} tickets waiting")
    out: dict[str, Any] = {"db": kind, "sizes": []}
    with fresh_database(kind, 12) as url:
        database = Database(url)
        now = datetime.now(UTC)
        day = business_day(now, ZONE)
        writer = HistoryWriter(database, Layout.read(database), seed=3)
        writer.waiting_queue(day, max(sizes) + len(sizes) * (calls + 5) + 10, now, per_counter=True, held=True)
        writer.flush()
        feeder = QueueFeeder(url, day, 0)
        queue = QueueService(database, ZONE)
        out.update(wait_for_quiet())
        for size in sizes:
            samples = []
            for i in range(calls + 5):
                feeder.top_up(size)
                t0 = time.perf_counter()
                view = queue.call_next(1)
                if i >= 5:
                    samples.append(time.perf_counter() - t0)
                if view is not None:
                    queue.finish(1)
            out["sizes"].append({"waiting": size, **Latency.of(samples).as_dict()})
        feeder.stop()
        database.dispose()
    return out
