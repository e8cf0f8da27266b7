"""2b. What pg_notify costs at commit."""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy import make_url

from bench.common import Latency, say
from bench.databases import fresh_database
from bench.machine import wait_for_quiet


def bench_notify(counters: int, rounds: int) -> dict[str, Any]:
    """Every queue move calls pg_notify, and PostgreSQL serialises the commits of notifying
    transactions (a database-wide lock held until the commit record is flushed), so simultaneous
    moves cannot share a WAL flush. Measured without Python or SQLAlchemy in the way: `counters`
    threads, one connection each, commit a one-row insert at the same instant, `rounds` times,
    with and without a pg_notify in the transaction."""
    import threading

    import psycopg

    say(f"notify: {counters} connections × {rounds} simultaneous commits, with and without pg_notify")
    out: dict[str, Any] = {"connections": counters, "rounds": rounds}
    with fresh_database("postgresql", 1) as url:
        info = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(info, autocommit=True) as conn:
            conn.execute("CREATE TABLE bench_commit (id bigserial PRIMARY KEY, k int, at timestamptz DEFAULT now())")
        out.update(wait_for_quiet())
        for notify in (False, True):
            barrier = threading.Barrier(counters)
            samples: list[float] = []
            lock = threading.Lock()

            def run(
                k: int,
                notify: bool = notify,
                barrier: threading.Barrier = barrier,
                samples: list[float] = samples,
                lock: threading.Lock = lock,
            ) -> None:
                mine = []
                with psycopg.connect(info) as conn:
                    for _ in range(rounds + 2):
                        barrier.wait(timeout=60)
                        t0 = time.perf_counter()
                        conn.execute("INSERT INTO bench_commit (k) VALUES (%s)", (k,))
                        if notify:
                            conn.execute("SELECT pg_notify('kiosk_events', %s)", (json.dumps({"k": k}),))
                        conn.commit()
                        mine.append(time.perf_counter() - t0)
                with lock:
                    samples.extend(mine[2:])  # the first two rounds warm up

            threads = [threading.Thread(target=run, args=(k,)) for k in range(counters)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            out["with_notify" if notify else "plain"] = Latency.of(samples).as_dict()
    return out
