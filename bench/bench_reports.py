"""Report benchmark: the daily report on a 2,000-ticket day (target ≤ 0.5 s) and the year report
on 150,000 tickets and 120,000 dossiers (target ≤ 3 s), on SQLite and PostgreSQL.

    .venv/bin/python -m bench.bench_reports              # full: both databases, ~5 min
    .venv/bin/python -m bench.bench_reports --quick      # 40 days of history
    .venv/bin/python -m bench.bench_reports --db sqlite

Each database is fresh (bench/databases.py) with the demo centre's eight services and six
counters. History: `days` working days before today with tickets and their events
(bench/history.py), one officer per counter signing in, pausing at lunch and signing out,
dossiers with status events, ratings; then one busy day of 2,000 tickets. Every report is the
whole PeriodReport (queue, staff time, II.06a, intake, ratings, indicators) read in one
transaction; rendering the PDF and XLSX of the year report is timed on its own. Each timing is
the first call (cold caches in this process) and the median and maximum of `repeats` more."""

from __future__ import annotations

import argparse
import json
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bench.common import ZONE, say
from bench.databases import fresh_database, postgres_available
from bench.history import today, working_days_before
from bench.machine import machine, wait_for_quiet
from bench.year_history import load_history
from db.engine import Database
from kiosk_desktop.metrics.period import Period, PeriodKind, day_period, month_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.pdf.document import pdf_bytes
from kiosk_desktop.reports.xlsx.book import xlsx_bytes

FULL = {"days": 250, "tickets_per_day": 592, "dossiers_per_day": 480, "big_day": 2000, "repeats": 5}
QUICK = {"days": 40, "tickets_per_day": 592, "dossiers_per_day": 480, "big_day": 2000, "repeats": 3}
TARGETS = {"daily_s": 0.5, "year_s": 3.0}


def _load(database: Database, cfg: dict[str, Any]) -> tuple[list[date], date, float]:
    days = working_days_before(today(), cfg["days"] + 1)  # the busy day is the last one before today
    return days, days[-1], load_history(database, cfg, days[:-1], days[-1])


def _counts(database: Database) -> dict[str, int]:
    tables = ("ticket", "ticket_event", "counter_event", "dossier", "dossier_event", "rating")
    with database.session() as s:
        return {t: int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in tables}


def _time(work: Any, repeats: int) -> dict[str, float]:
    t0 = time.perf_counter()
    work()
    first = time.perf_counter() - t0
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        work()
        samples.append(time.perf_counter() - t0)
    return {
        "first_s": round(first, 3),
        "median_s": round(statistics.median(samples), 3),
        "max_s": round(max(samples), 3),
    }


def bench(kind: str, cfg: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"db": kind}
    settings = ReportSettings()
    with fresh_database(kind) as url:
        database = Database(url)
        days, big_day, load_s = _load(database, cfg)
        out["rows"], out["load_s"] = _counts(database), round(load_s, 1)
        say(f"{kind}: loaded {out['rows']} in {load_s:.0f} s")
        whole = Period(PeriodKind.YEAR, days[0], days[-1])

        def report(period: Period) -> Any:
            return lambda: build_report(database, ZONE, period, settings)

        out["quiet"] = wait_for_quiet()
        out["daily_big_day"] = {"tickets": cfg["big_day"], **_time(report(day_period(big_day)), cfg["repeats"])}
        out["daily_typical_day"] = _time(report(day_period(days[len(days) // 2])), cfg["repeats"])
        out["month"] = _time(report(month_period(f"{big_day - timedelta(days=40):%Y-%m}")), cfg["repeats"])
        out["year"] = _time(report(whole), cfg["repeats"])
        year = build_report(database, ZONE, whole, settings)
        out["year_figures"] = {
            "tickets": year.queue.counts.issued,
            "dossiers_in_table": year.fields_total.total,
            "received": year.intake.received,
        }
        out["year_pdf"] = _time(lambda: pdf_bytes(year, daily=False), cfg["repeats"])
        out["year_xlsx"] = _time(lambda: xlsx_bytes(year), cfg["repeats"])
        database.dispose()
    out["pass"] = {
        "daily": max(out["daily_big_day"]["first_s"], out["daily_big_day"]["max_s"]) <= TARGETS["daily_s"],
        "year": max(out["year"]["first_s"], out["year"]["max_s"]) <= TARGETS["year_s"],
    }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="40 days of history instead of 250")
    parser.add_argument("--db", default="sqlite,postgresql", help="comma list of: sqlite, postgresql")
    parser.add_argument("--json", type=Path, default=Path(__file__).resolve().parent / "last_reports.json")
    args = parser.parse_args(argv)
    cfg = QUICK if args.quick else FULL
    kinds = [k for k in args.db.split(",") if k]
    if "postgresql" in kinds and (why := postgres_available()):
        say(f"PostgreSQL skipped: {why}")
        kinds.remove("postgresql")
    results: dict[str, Any] = {"config": cfg, "machine": machine(), "runs": []}
    for kind in kinds:
        results["runs"].append(bench(kind, cfg))
        args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")  # kept as we go
    print(json.dumps(results["runs"], indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
