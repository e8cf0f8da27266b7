"""The daily escpos slip prints when the report was read, on the centre's clock and in its zone."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

import devices.printers
from kiosk_desktop.app import App
from kiosk_desktop.cli.report_commands import _slip
from kiosk_desktop.metrics.period import day_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from tests.helpers import FakeClock


def test_the_slip_is_dated_by_the_report(centre: App, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[datetime | None] = []

    def fake_slip(report: dict[str, Any], centre_name: str, paper_mm: int = 80, **options: Any) -> bytes:
        seen.append(options.get("now"))
        return b""

    monkeypatch.setattr(devices.printers, "daily_slip_bytes", fake_slip)
    report = build_report(centre.db, centre.zone, day_period(date(2026, 3, 2)), ReportSettings())
    clock.advance(hours=5)  # printed later: the slip still says when the figures were read
    _slip(report, 80)
    # the database clock read 01:00 UTC: 08:00 at the centre (UTC+7), whatever this PC's zone is
    assert [f"{moment:%H:%M %d/%m/%Y}" for moment in seen if moment is not None] == ["08:00 02/03/2026"]
