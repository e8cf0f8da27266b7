"""Queue benchmarks: issue latency, call-next under concurrent counters, the daily report.

    cd /work/main && .venv/bin/python -m bench.bench_queue [--quick] [--only issue,call,length,notify,report]
    .venv/bin/python bench/bench_queue.py --quick

Every benchmark runs on its own fresh database (see bench/databases.py) and prints a Markdown table;
the raw figures go to bench/last_run.json (or --json PATH). bench/RESULTS.md explains the method."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make the project importable (and the workers too)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from bench import machine
from bench.call_next_bench import call_next_least_disturbed
from bench.common import say
from bench.databases import drop_leftovers, postgres_available
from bench.issue_bench import bench_issue
from bench.notify_bench import bench_notify
from bench.queue_length_bench import bench_queue_length
from bench.report_bench import bench_report
from bench.results import markdown

FULL: dict[str, Any] = {
    "issue_n": 500,
    "burst_rounds": 20,
    "phases": [("sustained", (0.05, 0.30), 30), ("relaxed", (1.0, 3.0), 10)],
    "history_days": 250,
    "per_day": 600,
    "big_day": 2000,
    "report_repeats": 10,
    "notify_rounds": 40,
    "length_calls": 60,
}
QUICK: dict[str, Any] = {
    "issue_n": 150,
    "burst_rounds": 6,
    "phases": [("sustained", (0.05, 0.30), 8), ("relaxed", (1.0, 3.0), 3)],
    "history_days": 40,
    "per_day": 600,
    "big_day": 2000,
    "report_repeats": 3,
    "notify_rounds": 15,
    "length_calls": 20,
}
# Sustained phases: (name, think time range in seconds between two actions of a counter, calls per
# counter). The first one is what the call-next target is judged on; "relaxed" shows the same code
# when the 2-core machine is not saturated by the 50 client interpreters themselves.


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and 40 days of history (~3 min)")
    parser.add_argument(
        "--only", default="issue,call,length,notify,report", help="comma list of: issue, call, length, notify, report"
    )
    parser.add_argument("--db", default="sqlite,postgresql", help="comma list of: sqlite, postgresql")
    parser.add_argument(
        "--counters",
        default=None,
        help="call-next set-ups as db:N, comma separated (default sqlite:4,postgresql:12,postgresql:50)",
    )
    parser.add_argument(
        "--what-if",
        default="",
        help="diagnostics for call-next only: no-notify, async-commit (comma list; not for targets)",
    )
    parser.add_argument(
        "--noise-limit",
        type=float,
        default=0.25,
        help="call-next: rerun a set-up when other processes used more cores than this in a phase (default 0.25)",
    )
    parser.add_argument("--noise-retries", type=int, default=2, help="call-next: at most this many reruns (default 2)")
    parser.add_argument(
        "--no-wait", action="store_true", help="do not wait for the machine to be quiet before each measurement"
    )
    parser.add_argument(
        "--drop-leftovers",
        action="store_true",
        help="drop kiosk_bench_* databases left by an interrupted run, then exit",
    )
    parser.add_argument(
        "--markdown-from", type=Path, metavar="JSON", help="print the tables of an earlier run's JSON and exit"
    )
    parser.add_argument("--json", type=Path, default=Path(__file__).resolve().parent / "last_run.json")
    args = parser.parse_args(argv)
    if args.no_wait:
        machine.QUIET_WAIT_S = 0.0
    if args.drop_leftovers:
        for name in drop_leftovers():
            say(f"dropped {name}")
        return 0
    if args.markdown_from:
        print(markdown(json.loads(args.markdown_from.read_text(encoding="utf-8"))))
        return 0
    cfg = QUICK if args.quick else FULL
    only = set(args.only.split(","))
    what_if = tuple(w for w in args.what_if.split(",") if w)
    kinds = [k for k in args.db.split(",") if k]
    if "postgresql" in kinds and (why := postgres_available()):
        say(f"PostgreSQL skipped: {why}")
        kinds.remove("postgresql")

    started = time.perf_counter()
    results: dict[str, Any] = {
        "started": datetime.now().astimezone().isoformat(timespec="seconds"),
        "mode": "quick" if args.quick else "full",
        "config": cfg,
        "machine": machine.machine(),
    }
    if "issue" in only:
        results["issue"] = [bench_issue(kind, cfg["issue_n"]) for kind in kinds]
    if "call" in only:
        setups = args.counters or "sqlite:4,postgresql:12,postgresql:50"
        results["call_next"] = []
        for setup in setups.split(","):
            kind, n = setup.split(":")
            if kind in kinds:
                results["call_next"].append(
                    call_next_least_disturbed(kind, int(n), cfg, what_if, args.noise_limit, args.noise_retries)
                )
    if "length" in only:
        results["queue_length"] = [bench_queue_length(kind, [25, 250, 2500], cfg["length_calls"]) for kind in kinds]
    if "notify" in only and "postgresql" in kinds:
        results["notify"] = [bench_notify(n, cfg["notify_rounds"]) for n in (12, 50)]
    if "report" in only:
        results["report"] = [bench_report(kind, cfg) for kind in kinds]
    results["total_s"] = round(time.perf_counter() - started, 1)

    args.json.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
    print(markdown(results))
    print(f"total {results['total_s']} s; raw figures in {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
