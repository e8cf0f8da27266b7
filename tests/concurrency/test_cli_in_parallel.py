"""The command line, several at once: parallel `counter call-next` runs, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kiosk_desktop.app import App
from tests.concurrency.support import ROOT, WORKERS, counter_numbers, tickets


@pytest.mark.slow
def test_cli_call_next_in_parallel_never_calls_a_ticket_twice(db_url: str, hall: App) -> None:
    waiting = 4  # fewer than counters: two of them must be told nobody waits
    issued = {hall.queue.issue(code).ticket.id for code in ("CT", "HT", "CT", "HT")[:waiting]}
    cli = [sys.executable, "-m", "kiosk_desktop", "--db", db_url]
    commands = {n: [*cli, "counter", "call-next", "--counter", str(n), "--json"] for n in range(1, WORKERS + 1)}
    outputs = {}
    running = {
        n: subprocess.Popen(
            command,
            cwd=ROOT,
            env=os.environ.copy(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for n, command in commands.items()
    }
    try:
        for n, process in running.items():
            outputs[n] = (*process.communicate(timeout=60), process.returncode)
    finally:
        for process in running.values():
            if process.poll() is None:
                process.kill()
                process.communicate()

    called: dict[int, int] = {}
    empty = 0
    for n, (stdout, stderr, code) in outputs.items():
        assert code == 0, f"counter {n}: exit {code}: {stderr}"
        assert stderr == ""
        lines = stdout.splitlines()
        assert len(lines) == 1, stdout
        ticket = json.loads(lines[0])["ticket"]
        if ticket is None:
            empty += 1
            continue
        assert ticket["id"] not in called, f"{ticket['number']} called by counters {called[ticket['id']]} and {n}"
        assert ticket["counter"] == n and ticket["status"] == "called" and ticket["call_count"] == 1
        called[ticket["id"]] = n
    assert set(called) == issued
    assert empty == WORKERS - waiting

    numbers = counter_numbers(hall)
    for row in tickets(hall):
        assert row.status == "called" and row.call_count == 1
        assert numbers[row.counter_id] == called[row.id]
