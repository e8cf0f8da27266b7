"""Voice benchmark: how long a call takes to prepare (the hall hears it this much later), clip set size.

    .venv/bin/python -m bench.bench_voice

Prepares calls the way the clip backend does (join clips, chime, two repeats, WAV bytes) for 200
different numbers and counters, first with an empty clip cache (the first call of the day) and then
warm. Prints a Markdown table."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devices.voice import ClipLibrary, default_clip_dir, render_call
from kiosk_desktop.voice import VoiceSettings

CALLS = 200


def _timed_ms(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000


def main() -> int:
    voice = VoiceSettings()
    cold_library = ClipLibrary()
    first = _timed_ms(lambda: render_call("A105", 3, voice, cold_library).to_wav())
    library = ClipLibrary()
    render_call("A1", 1, voice, library)  # warm the cache
    numbers = [(f"{'ABCD'[n % 4]}{n * 37 % 10_000:03d}", n % 13 + 1) for n in range(CALLS)]
    warm = sorted(_timed_ms(lambda n=n, c=c: render_call(n, c, voice, library).to_wav()) for n, c in numbers)
    seconds = [render_call(n, c, voice, library).seconds for n, c in numbers[:20]]
    wavs = list(default_clip_dir().glob("*.wav"))
    size = sum(path.stat().st_size for path in wavs)
    print("| measure | value |")
    print("|---|---|")
    print(f"| first call, clips loaded from disk | {first:.1f} ms |")
    p95 = warm[int(CALLS * 0.95)]
    print(
        f"| later calls, median / p95 / max ({CALLS}) | {statistics.median(warm):.1f} / {p95:.1f} / {warm[-1]:.1f} ms |"
    )
    print(f"| call length (chime + 2 repeats), median | {statistics.median(seconds):.1f} s |")
    print(f"| shipped clips | {len(wavs)} files, {size / 1024:.0f} KiB |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
