"""Reports as JSON: the daily report's historic shape, and the whole period report.

`daily_json` keeps every field the daily report always had (date, tickets, wait_seconds,
service_seconds, by_service, by_counter, by_hour: scripts and tests read them) and adds the
period report's sections next to them."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kiosk_desktop.metrics.ii06a import II06aRow
from kiosk_desktop.metrics.indicators import Indicator
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.queue_metrics import QueueMetrics
from kiosk_desktop.metrics.rates import Rate
from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.metrics.spread import Spread
from kiosk_desktop.metrics.staff_time import StaffTime


def jsonable(value: Any) -> Any:
    """Plain JSON values from the metric dataclasses (rates with their percent, spreads rounded)."""
    if isinstance(value, Rate):
        return value.to_json()
    if isinstance(value, Spread):
        return {"count": value.count, **value.seconds_json()}
    if isinstance(value, Period):
        return value.to_json()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
        out.update(_derived(value))
        return out
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _derived(value: Any) -> dict[str, Any]:
    if isinstance(value, II06aRow):
        return {"received": value.received}
    if isinstance(value, Indicator):
        return {"verdict": value.verdict}
    if isinstance(value, StaffTime):
        return {"idle_s": value.idle_s}
    return {}


def report_json(report: PeriodReport) -> dict[str, Any]:
    return {
        "centre": report.centre,
        "period": report.period.to_json(),
        "made_at": report.made_at.isoformat(),
        "citizens_served": report.citizens_served,
        "queue": jsonable(report.queue),
        "staff": jsonable(report.staff),
        "dossiers": {
            "ii06a": jsonable(report.fields),
            "total": jsonable(report.fields_total),
            "intake": jsonable(report.intake),
        },
        "satisfaction": jsonable(report.satisfaction),
        "indicators": jsonable(report.indicators),
        "officers": report.officer_names,
        "counters": {str(k): v for k, v in report.counter_names.items()},
    }


def _mean(spread: Spread) -> float | None:
    return _round(spread.mean)


def _round(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds, 1)


def queue_day_json(day: date, queue: QueueMetrics) -> dict[str, Any]:
    """The daily report exactly as it always was."""
    c = queue.counts
    return {
        "date": day.isoformat(),
        "tickets": {
            "issued": c.issued,
            "served": c.served,
            "no_show": c.no_show,
            "cancelled": c.cancelled,
            "waiting": c.waiting,
            "in_service": c.in_service,
        },
        "wait_seconds": queue.wait.seconds_json(),
        "service_seconds": queue.service.seconds_json(),
        "by_service": [
            {
                "code": row.code,
                "name": row.name,
                "issued": row.issued,
                "served": row.served,
                "no_show": row.no_show,
                "wait_mean_s": _mean(row.wait),
                "service_mean_s": _mean(row.service),
            }
            for row in queue.by_service
        ],
        "by_counter": [
            {"number": row.number, "name": row.name, "served": row.served, "service_mean_s": _round(row.service_mean)}
            for row in queue.by_counter
        ],
        "by_hour": [{"hour": row.hour, "issued": row.issued} for row in queue.by_hour],
    }


def daily_json(report: PeriodReport) -> dict[str, Any]:
    return {**queue_day_json(report.period.first, report.queue), **report_json(report)}
