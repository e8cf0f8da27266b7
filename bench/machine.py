"""The machine the benchmarks run on: where its CPU goes, waiting until it is quiet, what it is."""

from __future__ import annotations

import os
import platform
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg

from bench.common import PG_ADMIN_URL
from bench.databases import conninfo

# --- a quiet machine --------------------------------------------------------------------------


def _cpu_times() -> tuple[int, int]:
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_fraction(seconds: float = 1.0) -> float:
    """Share of all cores busy over the next `seconds` (Linux; 0.0 elsewhere)."""
    try:
        b0, t0 = _cpu_times()
        import time as _time

        _time.sleep(seconds)
        b1, t1 = _cpu_times()
    except OSError:
        return 0.0
    return (b1 - b0) / max(t1 - t0, 1)


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _pid_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used; 0 when it is gone."""
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = data[data.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _TICK


def _backends(database_name: str) -> dict[int, float]:
    """CPU seconds of the PostgreSQL backends serving one database (their process title names it)."""
    found: dict[int, float] = {}
    marker = f" {database_name} ".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            title = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if title.startswith(b"postgres: ") and marker in title:
            found[int(entry.name)] = _pid_cpu(int(entry.name))
    return found


class CpuWindow:
    """Where the machine's CPU went between start() and stop(), in cores (2.0 = both cores busy):
    `ours` = `harness` (this process: the benchmark loop, or the coordinator and queue feeder)
    + `workers` (the processes named at start() and stop(); they must still be alive),
    `server` = PostgreSQL backends of the benchmark's database, `other` = everything else on
    the machine (other people's work included). Linux only; zeros elsewhere."""

    def __init__(self, pg_database: str | None = None) -> None:
        self.pg_database = pg_database
        self.result: dict[str, float] = {}

    def start(self, worker_pids: Sequence[int] = ()) -> CpuWindow:
        self._workers = sum(_pid_cpu(pid) for pid in worker_pids)
        try:
            self._stat = _cpu_times()
            self._backends = _backends(self.pg_database) if self.pg_database else {}
        except OSError:
            self._stat = (0, 0)
            self._backends = {}
        self._self = sum(os.times()[:2])
        self._wall = __import__("time").perf_counter()
        return self

    def stop(self, worker_pids: Sequence[int] = ()) -> dict[str, float]:
        wall = __import__("time").perf_counter() - self._wall
        try:
            busy1, total1 = _cpu_times()
        except OSError:
            return {}
        cores = os.cpu_count() or 1
        busy = (busy1 - self._stat[0]) / max(total1 - self._stat[1], 1) * cores
        workers = (sum(_pid_cpu(pid) for pid in worker_pids) - self._workers) / wall
        harness = (sum(os.times()[:2]) - self._self) / wall
        server = 0.0
        if self.pg_database:
            now = _backends(self.pg_database)
            server = sum(cpu - self._backends.get(pid, 0.0) for pid, cpu in now.items()) / wall
        ours = workers + harness
        self.result = {
            "wall_s": round(wall, 2),
            "busy_cores": round(busy, 2),
            "ours_cores": round(ours, 2),
            "workers_cores": round(workers, 2),
            "harness_cores": round(harness, 2),
            "server_cores": round(server, 2),
            "other_cores": round(max(busy - ours - server, 0.0), 2),
        }
        return self.result


QUIET_WAIT_S = 60.0


def wait_for_quiet(limit: float = 0.2, max_wait: float | None = None) -> dict[str, float]:
    """Benchmarks share the machine with whoever else runs there: wait (up to `max_wait` s,
    default QUIET_WAIT_S) until less than `limit` of the CPU is busy, and say how busy it was
    when we started."""
    import time as _time

    if max_wait is None:
        max_wait = QUIET_WAIT_S
    start = _time.monotonic()
    busy = busy_fraction()
    while busy > limit and _time.monotonic() - start < max_wait:
        busy = busy_fraction(2.0)
    return {
        "busy_before": round(busy, 2),
        "waited_s": round(_time.monotonic() - start, 1),
        "load1": round(os.getloadavg()[0], 2),
    }


# --- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "?"
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    pg = "unreachable"
    try:
        with psycopg.connect(conninfo(PG_ADMIN_URL), connect_timeout=3) as conn:
            pg = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
            settings = {
                name: conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
                for name in ("shared_buffers", "synchronous_commit", "fsync", "max_connections")
            }
            pg += " (" + ", ".join(f"{k}={v}" for k, v in settings.items()) + ")"
    except psycopg.OperationalError:
        pass
    import sqlalchemy

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg,
        "sqlalchemy": sqlalchemy.__version__,
        "psycopg": psycopg.__version__,
    }
