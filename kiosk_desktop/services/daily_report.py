"""The daily queue report, kept at its old address for callers (App, benchmarks).

The figures now come from kiosk_desktop.metrics (aggregated in SQL); the JSON keeps every field it
always had: date, tickets, wait_seconds, service_seconds, by_service, by_counter, by_hour, and
adds the period report's sections (dossiers, satisfaction, staff time, indicators)."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from db.engine import Database
from kiosk_desktop.metrics.period import day_period
from kiosk_desktop.metrics.report import build_report, today
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.metrics.to_json import daily_json


def daily_report(
    database: Database, zone: ZoneInfo, day: date | None = None, settings: ReportSettings | None = None
) -> dict[str, Any]:
    period = day_period(day or today(database, zone))
    return daily_json(build_report(database, zone, period, settings or ReportSettings()))
