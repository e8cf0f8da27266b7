"""The counter window's "today at this counter" read (services/counter_today.py) on a 2,000-ticket
day, next to the full daily report it replaced there, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.bench_counter_today            # 250 days of history before today
    .venv/bin/python -m bench.bench_counter_today --quick    # 40 days
    .venv/bin/python -m bench.bench_counter_today --db sqlite

Each database is fresh (bench/databases.py: the demo centre's eight services, six counters). History
as in bench_reports.py (tickets and events, officers signing in and pausing, dossiers, ratings),
then *today* with 2,000 tickets and their events, the counters' pauses and ~480 dossiers, so the
read finds a busy day under the business_day indexes. Timed: `counter_today` for every counter,
`repeats` calls each after one untimed first call per database, and the full `daily_report` of
today (what the counter window called before), one first call and 5 more. Seconds, wall clock in
this process (SQLAlchemy, driver and loopback socket included)."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, select, text

from bench.common import ZONE, percentile, say
from bench.databases import fresh_database, postgres_available
from bench.history import today, working_days_before
from bench.machine import machine, wait_for_quiet
from bench.year_history import load_history
from db.engine import Database
from db.schema import Counter
from kiosk_desktop.services.counter_today import counter_today
from kiosk_desktop.services.daily_report import daily_report

FULL = {"days": 250, "tickets_per_day": 592, "dossiers_per_day": 480, "big_day": 2000, "repeats": 30}
QUICK = {"days": 40, "tickets_per_day": 592, "dossiers_per_day": 480, "big_day": 2000, "repeats": 20}


def _load(database: Database, cfg: dict[str, Any]) -> tuple[date, float]:
    day = today()  # the counter's own day is today: the busy day
    return day, load_history(database, cfg, working_days_before(day, cfg["days"]), day)


def _counts(database: Database, day: date) -> dict[str, int]:
    tables = ("ticket", "ticket_event", "counter_event", "dossier")
    with database.session() as s:
        out = {t: int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in tables}
        for t in ("ticket", "ticket_event", "dossier"):
            out[f"{t}_today"] = int(
                s.execute(text(f"SELECT count(*) FROM {t} WHERE business_day = :d"), {"d": day}).scalar_one()
            )
    return out


def _statements(database: Database, counter: int) -> int:
    """SQL statements one read sends (the database clock included on PostgreSQL)."""
    seen: list[str] = []

    def count(*args: Any) -> None:
        seen.append(args[2])

    engine = database.read_engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        counter_today(database, ZONE, counter)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len([sql for sql in seen if not sql.lstrip().upper().startswith(("BEGIN", "COMMIT", "ROLLBACK"))])


def _spread(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "calls": len(ordered),
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(percentile(ordered, 95) * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def bench(kind: str, cfg: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"db": kind}
    with fresh_database(kind) as url:
        database = Database(url)
        day, load_s = _load(database, cfg)
        out["day"], out["rows"], out["load_s"] = day.isoformat(), _counts(database, day), round(load_s, 1)
        say(f"{kind}: loaded {out['rows']} in {load_s:.0f} s")
        with database.session() as s:
            counters = list(s.scalars(select(Counter.number).order_by(Counter.number)))
        out["quiet"] = wait_for_quiet(max_wait=60)
        t0 = time.perf_counter()
        counter_today(database, ZONE, counters[0])
        out["first_call_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        samples, served = [], {}
        for number in counters:
            for _ in range(cfg["repeats"]):
                t0 = time.perf_counter()
                figures = counter_today(database, ZONE, number)
                samples.append(time.perf_counter() - t0)
            served[number] = {"served": figures.served, "received": figures.received, "paused_s": figures.paused_s}
        out["counter_today"] = _spread(samples)
        out["figures"] = served
        out["statements_per_read"] = _statements(database, counters[0])
        reports = []
        t0 = time.perf_counter()
        daily_report(database, ZONE, day)
        out["daily_report_first_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        for _ in range(5):
            t0 = time.perf_counter()
            daily_report(database, ZONE, day)
            reports.append(time.perf_counter() - t0)
        out["daily_report"] = _spread(reports)
        database.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="40 days of history instead of 250")
    parser.add_argument("--db", default="sqlite,postgresql", help="comma list of: sqlite, postgresql")
    parser.add_argument("--json", type=Path, default=Path("/tmp/last_counter_today.json"))
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    kinds = [k for k in args.db.split(",") if k]
    if "postgresql" in kinds and (why := postgres_available()):
        say(f"PostgreSQL skipped: {why}")
        kinds.remove("postgresql")
    results: dict[str, Any] = {"config": cfg, "machine": machine(), "runs": []}
    for kind in kinds:
        results["runs"].append(bench(kind, cfg))
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(json.dumps(results["runs"], indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
