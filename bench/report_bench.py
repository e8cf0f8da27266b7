"""3. The daily report on one big day and on a year of history, and live operations on top."""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import text

from bench.common import TARGETS, ZONE, Latency, say
from bench.databases import fresh_database
from bench.history import HistoryWriter, Layout, today, working_days_before
from bench.issue_bench import issue_many
from bench.machine import CpuWindow, wait_for_quiet
from db.engine import Database
from kiosk_desktop.services.daily_report import daily_report
from kiosk_desktop.services.queue import QueueService


def _time_report(database: Database, day: Any, repeats: int) -> dict[str, Any]:
    cpu = CpuWindow(database.url.database if database.is_postgres else None).start()
    t0 = time.perf_counter()
    report = daily_report(database, ZONE, day)
    first = time.perf_counter() - t0
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        daily_report(database, ZONE, day)
        samples.append(time.perf_counter() - t0)
    samples.sort()
    return {
        "day": day.isoformat(),
        "tickets": report["tickets"]["issued"],
        "first_s": round(first, 3),
        "median_s": round(samples[len(samples) // 2], 3),
        "max_s": round(samples[-1], 3),
        "pass": max(first, samples[-1]) <= TARGETS["report_s"],
        "cpu": cpu.stop(),
    }


def _row_counts(database: Database) -> dict[str, int]:
    with database.session() as s:
        return {
            table: int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in ("ticket", "ticket_event")
        }


def bench_report(kind: str, cfg: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"db": kind}
    days = working_days_before(today(), cfg["history_days"] + 1)
    big_day, history = days[-1], days[:-1]

    say(f"report: {kind}, one day of {cfg['big_day']} tickets")
    with fresh_database(kind) as url:
        database = Database(url)
        writer = HistoryWriter(database, Layout.read(database))
        writer.past_day(big_day, cfg["big_day"])
        writer.flush()
        out["single_day_quiet"] = wait_for_quiet()
        out["single_day"] = {"rows": _row_counts(database), **_time_report(database, big_day, cfg["report_repeats"])}
        database.dispose()

    say(f"report: {kind}, {len(history)} days × {cfg['per_day']} tickets of history + the big day")
    with fresh_database(kind) as url:
        database = Database(url)
        writer = HistoryWriter(database, Layout.read(database), seed=11)
        t0 = time.perf_counter()
        for i, day in enumerate(history):
            writer.past_day(day, int(cfg["per_day"] * writer.rng.uniform(0.8, 1.2)))
            if i % 25 == 24:
                writer.flush()
        writer.past_day(big_day, cfg["big_day"])
        writer.flush()
        load_s = time.perf_counter() - t0
        if database.is_postgres:
            # planner statistics as they happen to be right after the load (autovacuum may or may not
            # have analysed yet), then after ANALYZE, which autovacuum would soon do anyway
            out["year_big_day_before_analyze"] = _time_report(database, big_day, cfg["report_repeats"])
            with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("ANALYZE"))
        out["year_rows"] = _row_counts(database)
        out["year_load_s"] = round(load_s, 1)
        say(f"report: {kind}, loaded {out['year_rows']} in {load_s:.0f} s; timing reports")
        reps = cfg["report_repeats"]
        out["year_quiet"] = wait_for_quiet()
        out["year_typical_day"] = _time_report(database, history[len(history) // 2], reps)
        out["year_oldest_day"] = _time_report(database, history[0], reps)
        out["year_big_day"] = _time_report(database, big_day, reps)
        out["year_today_empty"] = _time_report(database, today(), reps)

        # the live operations on top of a year of history (should not grow with history)
        queue = QueueService(database, ZONE)
        out["year_live_quiet"] = wait_for_quiet()
        rng = random.Random(5)
        issue_many(queue, 20, rng)
        issue = Latency.of(issue_many(queue, 200, rng))
        calls = []
        for _ in range(100):
            t0 = time.perf_counter()
            view = queue.call_next(1)
            calls.append(time.perf_counter() - t0)
            if view is not None:
                queue.finish(1)
        out["year_issue"] = issue.as_dict()
        out["year_call_next_1_counter"] = Latency.of(calls[5:]).as_dict()
        database.dispose()
    out["pass"] = (
        all(out[k]["pass"] for k in out if isinstance(out[k], dict) and "pass" in out[k]) and out["single_day"]["pass"]
    )
    return out
