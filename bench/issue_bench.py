"""1. Issue latency: one kiosk issuing tickets on a fresh database."""

from __future__ import annotations

import random
import time
from typing import Any

from sqlalchemy import make_url

from bench.common import SERVICE_WEIGHTS, SERVICES, TARGETS, ZONE, Latency, say
from bench.databases import fresh_database
from bench.machine import CpuWindow, wait_for_quiet
from db.engine import Database
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.services.queue import QueueService


def issue_many(queue: QueueService, count: int, rng: random.Random) -> list[float]:
    codes = [code for code, _, _ in SERVICES]
    reasons = list(PriorityReason)
    samples = []
    for _ in range(count):
        code = rng.choices(codes, weights=SERVICE_WEIGHTS)[0]
        reason = rng.choice(reasons) if rng.random() < 0.1 else None
        t0 = time.perf_counter()
        queue.issue(code, reason)
        samples.append(time.perf_counter() - t0)
    return samples


def bench_issue(kind: str, n: int) -> dict[str, Any]:
    say(f"issue: {kind}, {n} tickets")
    with fresh_database(kind) as url:
        database = Database(url)
        queue = QueueService(database, ZONE)
        rng = random.Random(1)
        cold = issue_many(queue, 1, rng)[0]
        issue_many(queue, 19, rng)  # warm-up: connections, compiled statements
        quiet = wait_for_quiet()
        cpu = CpuWindow(make_url(url).database if kind == "postgresql" else None).start()
        samples = issue_many(queue, n, rng)
        usage = cpu.stop()
        database.dispose()
    lat = Latency.of(samples)
    target = TARGETS["issue_p95_ms"][kind]
    return {
        "db": kind,
        "issues": n,
        "first_issue_ms": round(cold * 1000, 1),
        **lat.as_dict(),
        "target_p95_ms": target,
        "pass": lat.p95 <= target,
        **quiet,
        "cpu": usage,
    }
