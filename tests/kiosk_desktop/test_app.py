"""The composition root: every PC takes the business day's time zone from the shared centre."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from kiosk_desktop.app import App
from tests.helpers import SMALL_CENTRE, FakeClock, load_centre, open_app


def test_every_pc_uses_the_centres_time_zone(app: App, tmp_path: Path) -> None:
    assert str(app.zone) == "Asia/Ho_Chi_Minh"
    centre = SMALL_CENTRE.replace('name = "Trung tâm thử nghiệm"', 'name = "T"\ntimezone = "America/New_York"')
    load_centre(app, tmp_path, centre)
    other_pc = open_app(app.resolved.db_url, tmp_path / "other")
    try:
        assert str(other_pc.zone) == "America/New_York"
        other_pc.db.clock_override = FakeClock(datetime(2026, 3, 2, 3, 0, tzinfo=UTC))  # 22:00 on 1 March in New York
        assert other_pc.queue.issue("CT").ticket.business_day.isoformat() == "2026-03-01"
    finally:
        other_pc.close()
