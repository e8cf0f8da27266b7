"""The period's tickets grouped in SQL by (issuing service, final service, counter, status, local
hour of issue), with counts and sums per group: a few thousand rows a year at most, rolled up here
into every count the queue tables need (per status, per service either way, per counter, per hour)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk_desktop.domain import TicketStatus
from kiosk_desktop.metrics.spread import Spread, spread


@dataclass(frozen=True)
class CubeRow:
    issued_service_id: int
    service_id: int
    counter_id: int | None
    status: str
    hour: int
    tickets: int
    over_target: int  # waits longer than the issuing service's target
    waits: int  # tickets called at least once
    wait_seconds: float
    wait_max: float | None
    served: int  # finished tickets with a service time
    service_seconds: float
    service_max: float | None


@dataclass(frozen=True)
class Measure:
    """Count, sum and maximum of one duration per group, rolled up from the cube."""

    counts: dict[Any, int]
    sums: dict[Any, float]
    maxima: dict[Any, float | None]

    def spread(self, key: Any, found: Mapping[int, float] | None) -> Spread:
        return spread(self.counts.get(key, 0), self.sums.get(key, 0.0), self.maxima.get(key), found)

    def overall(self, found: Mapping[int, float]) -> Spread:
        tops = [v for v in self.maxima.values() if v is not None]
        return spread(sum(self.counts.values()), sum(self.sums.values()), max(tops) if tops else None, found)


def _measure(rows: list[CubeRow], key: Callable[[CubeRow], Any], count: str, total: str, top: str) -> Measure:
    counts: dict[Any, int] = defaultdict(int)
    sums: dict[Any, float] = defaultdict(float)
    maxima: dict[Any, float | None] = {}
    for row in rows:
        k = key(row)
        counts[k] += getattr(row, count)
        sums[k] += getattr(row, total)
        value = getattr(row, top)
        if value is not None and (maxima.get(k) is None or value > maxima[k]):
            maxima[k] = value
    return Measure(dict(counts), dict(sums), maxima)


class Cube:
    def __init__(self, rows: list[CubeRow]) -> None:
        self.rows = rows

    def total(self) -> int:
        return sum(r.tickets for r in self.rows)

    def sum_by(self, key: Callable[[CubeRow], Any], value: Callable[[CubeRow], float]) -> dict[Any, Any]:
        found: dict[Any, Any] = defaultdict(int)
        for row in self.rows:
            found[key(row)] += value(row)
        return dict(found)

    def status(self, status: TicketStatus) -> int:
        return sum(r.tickets for r in self.rows if r.status == status.value)

    def issued(self, service_id: int) -> int:
        return sum(r.tickets for r in self.rows if r.issued_service_id == service_id)

    def over_target(self, service_id: int) -> int:
        return sum(r.over_target for r in self.rows if r.issued_service_id == service_id)

    def served(self, service_id: int) -> int:
        return sum(r.served for r in self.rows if r.service_id == service_id)

    def no_shows(self, service_id: int) -> int:
        return sum(
            r.tickets for r in self.rows if r.service_id == service_id and r.status == TicketStatus.NO_SHOW.value
        )

    def counter_served(self, counter_id: int) -> int:
        return sum(r.served for r in self.rows if r.counter_id == counter_id)

    def counter_no_shows(self, counter_id: int) -> int:
        return sum(
            r.tickets for r in self.rows if r.counter_id == counter_id and r.status == TicketStatus.NO_SHOW.value
        )

    def counter_service_mean(self, counter_id: int) -> float | None:
        rows = [r for r in self.rows if r.counter_id == counter_id]
        count = sum(r.served for r in rows)
        return round(sum(r.service_seconds for r in rows) / count, 3) if count else None

    def waits_by_service(self) -> Measure:
        """Waits per issuing service."""
        return _measure(self.rows, lambda r: r.issued_service_id, "waits", "wait_seconds", "wait_max")

    def times_by_service(self) -> Measure:
        """Service times per final service."""
        return _measure(self.rows, lambda r: r.service_id, "served", "service_seconds", "service_max")
