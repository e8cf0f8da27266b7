"""The counter process of bench_display_latency: reads a counter number per line, notes the wall
clock, calls the next ticket there through the core, and answers `<time> <number>`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kiosk_desktop.app import build_app
from kiosk_desktop.settings import Resolved, Settings


def main(url: str) -> int:
    app = build_app(Resolved(Settings(), url, Path.cwd()))
    print("ready", flush=True)
    for line in sys.stdin:
        counter = int(line)
        started = time.time()
        ticket = app.queue.call_next(counter)
        print(f"{started:.6f} {ticket.number if ticket else '-'}", flush=True)
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
