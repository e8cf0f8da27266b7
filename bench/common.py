"""What every benchmark needs: the demo centre's services, the targets, percentiles, progress lines.

The rest of the harness is split by responsibility: bench/databases.py (fresh databases and centres),
bench/machine.py (CPU accounting, a quiet machine, what the machine is), bench/history.py (bulk
history and the queue feeder), one module per benchmark, and bench/results.py (the Markdown tables)."""

from __future__ import annotations

import math
import os
import statistics
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
PG_ADMIN_URL = os.environ.get(
    "KIOSK_BENCH_PG_URL",
    os.environ.get("KIOSK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
)

# The demo centre's eight services (no daily limit, so a benchmark never runs out of numbers).
SERVICES = [
    ("CT", "Chứng thực", "A"),
    ("HT", "Hộ tịch", "B"),
    ("DD", "Đất đai - Xây dựng", "C"),
    ("KD", "Hộ kinh doanh", "D"),
    ("XH", "Bảo trợ xã hội - Người có công", "E"),
    ("CC", "Cư trú - Căn cước", "G"),
    ("TKQ", "Trả kết quả", "K"),
    ("HD", "Hướng dẫn nộp hồ sơ trực tuyến", "H"),
]
#: How often citizens ask for each service (chứng thực and trả kết quả dominate a commune day).
SERVICE_WEIGHTS = [30, 15, 10, 5, 5, 10, 20, 5]


TARGETS: dict[str, Any] = {
    "issue_p95_ms": {"sqlite": 20.0, "postgresql": 30.0},
    "call_p99_ms": 50.0,  # at 50 counters, PostgreSQL
    "report_s": 0.5,
}


def say(message: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- statistics -------------------------------------------------------------------------------


def percentile(sorted_values: Sequence[float], percent: float) -> float:
    """Nearest rank, like the daily report."""
    rank = max(1, math.ceil(percent / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass(frozen=True)
class Latency:
    """Milliseconds."""

    n: int
    mean: float
    p50: float
    p95: float
    p99: float
    max: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Latency:
        if not seconds:
            return cls(0, math.nan, math.nan, math.nan, math.nan, math.nan)
        ms = sorted(v * 1000 for v in seconds)
        return cls(len(ms), statistics.fmean(ms), percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), ms[-1])

    def as_dict(self) -> dict[str, float]:
        return {k: (round(v, 2) if isinstance(v, float) else v) for k, v in vars(self).items()}
