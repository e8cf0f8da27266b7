"""Time from a counter's call to the hall display repainting the number, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.bench_display_latency [--calls 60] [--append-results]

The display is the real DisplayWindow on the offscreen platform. "Same process": the counter is a
CounterWindow next to it, and the clock starts when its "Gọi số tiếp theo" button is clicked.
"Another process": a counter process calls through the core (as a counter PC on the LAN does);
the clock starts just before its call. The clock stops when the counter's tile on the display
paints the called number. Pauses between calls are random (0.1-0.4 s) so calls land at every
phase of the display's 50 ms SQLite poll. Targets: p95 <= 500 ms on SQLite, <= 300 ms on PostgreSQL."""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject

from bench.common import Latency, say
from bench.databases import fresh_database, postgres_available
from kiosk_desktop.app import App, build_app
from kiosk_desktop.floor_settings import DisplaySettings, FloorSettings
from kiosk_desktop.settings import Resolved, Settings
from ui.counter_window import CounterWindow
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.qt_app import qt_application

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = {"sqlite": 500.0, "postgresql": 300.0}
COUNTERS = (1, 2, 3)
FIRST_SERVICE = {1: "CT", 2: "HT", 3: "DD"}  # each bench counter calls its first service first


class PaintWatch(QObject):
    """Notes the wall-clock time a display tile first paints an awaited number."""

    def __init__(self, display: DisplayWindow) -> None:
        super().__init__()
        self.display = display
        self.awaited: tuple[int, str] | None = None
        self.painted_at: float | None = None
        for tile in display.tiles.values():
            tile.ticket.installEventFilter(self)

    def expect(self, counter: int, number: str) -> None:
        self.awaited, self.painted_at = (counter, number), None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.awaited and self.painted_at is None:
            counter, number = self.awaited
            tile = self.display.tiles[counter]
            if watched is tile.ticket and tile.ticket.text() == number:
                self.painted_at = time.time()
        return False


def spin_until(done: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the display did not repaint the number within 10 s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def pause(rng: random.Random) -> None:
    end = time.monotonic() + rng.uniform(0.1, 0.4)
    spin_until(lambda: time.monotonic() >= end)


def open_app(url: str) -> App:
    return build_app(Resolved(Settings(), url, Path.cwd()))


def same_process(floor: Floor, watch: PaintWatch, calls: int, rng: random.Random) -> list[float]:
    counters = {n: CounterWindow(floor, n) for n in COUNTERS}
    for window in counters.values():
        window.resize(1366, 768)
        window.show()
    took: list[float] = []
    try:
        for index in range(calls):
            n = COUNTERS[index % len(COUNTERS)]
            window = counters[n]
            number = floor.app.queue.issue(FIRST_SERVICE[n]).ticket.number
            spin_until(lambda w=window: w.moves.is_allowed("next"))
            watch.expect(n, number)
            started = time.time()
            window.perform("next")
            spin_until(lambda: watch.painted_at is not None)
            took.append(watch.painted_at - started)  # type: ignore[operator]
            floor.app.queue.finish(n)
            pause(rng)
    finally:
        for window in counters.values():
            window.close()
    return took


def other_process(url: str, floor: Floor, watch: PaintWatch, calls: int, rng: random.Random) -> list[float]:
    worker = subprocess.Popen(
        [sys.executable, "-m", "bench.display_latency_counter", url],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    assert worker.stdin is not None and worker.stdout is not None
    took: list[float] = []
    try:
        assert worker.stdout.readline().strip() == "ready"
        for index in range(calls):
            n = COUNTERS[index % len(COUNTERS)]
            number = floor.app.queue.issue(FIRST_SERVICE[n]).ticket.number
            watch.expect(n, number)
            worker.stdin.write(f"{n}\n")
            worker.stdin.flush()
            started, called = worker.stdout.readline().split()
            assert called == number, (called, number)
            spin_until(lambda: watch.painted_at is not None)
            took.append(watch.painted_at - float(started))  # type: ignore[operator]
            floor.app.queue.finish(n)
            pause(rng)
    finally:
        worker.stdin.close()
        worker.wait(timeout=30)
    return took


def bench(kind: str, calls: int) -> dict[str, Any]:
    rng = random.Random(7)
    with fresh_database(kind, counters=len(COUNTERS)) as url:
        app = open_app(url)
        floor = Floor(app, FloorSettings(display=DisplaySettings(voice=False)))
        display = DisplayWindow(floor)
        display.resize(1920, 1080)
        display.show()
        floor.start()
        try:
            spin_until(lambda: set(display.tiles) == set(COUNTERS))
            watch = PaintWatch(display)
            same = same_process(floor, watch, calls, rng)
            other = other_process(url, floor, watch, calls, rng)
        finally:
            display.close()
            floor.close()
            app.close()
    result = {"db": kind, "same_process": Latency.of(same).as_dict(), "other_process": Latency.of(other).as_dict()}
    say(f"{kind}: same process p95 {result['same_process']['p95']} ms, other {result['other_process']['p95']} ms")
    return result


def markdown(results: list[dict[str, Any]], calls: int) -> str:
    lines = [
        "",
        "## Call to hall display repaint (bench/bench_display_latency.py)",
        "",
        f"Run on {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC on the machine above, {calls} calls per row, "
        "offscreen Qt platform. The clock runs from the counter's click (same process) or the moment before the",
        "counter process's call (another process) to the paint of the number on the display's tile.",
        "",
        "| database | counter in | n | mean | p50 | p95 | max | target p95 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for where, key in (("same process", "same_process"), ("another process", "other_process")):
            row = result[key]
            target = TARGET_P95_MS[result["db"]]
            verdict = "met" if row["p95"] <= target else "NOT met"
            lines.append(
                f"| {result['db']} | {where} | {row['n']} | {row['mean']:.0f} ms | {row['p50']:.0f} ms | "
                f"{row['p95']:.0f} ms | {row['max']:.0f} ms | ≤ {target:.0f} ms: {verdict} |"
            )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=60, help="calls per database and mode")
    parser.add_argument("--append-results", action="store_true", help="append the table to bench/RESULTS.md")
    args = parser.parse_args(argv)
    qt_application()
    kinds = ["sqlite"] + (["postgresql"] if postgres_available() is None else [])
    results = [bench(kind, args.calls) for kind in kinds]
    table = markdown(results, args.calls)
    print(json.dumps(results, indent=2))
    print(table)
    if args.append_results:
        with (ROOT / "bench" / "RESULTS.md").open("a", encoding="utf-8") as out:
            out.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
