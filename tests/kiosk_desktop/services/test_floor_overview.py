"""The supervisor's extra read: each counter's day so far and the services' target waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.services.floor_overview import floor_overview
from tests.helpers import SMALL_CENTRE, FakeClock, load_centre

#: The small centre, with a 15-minute target for CT and one officer.
TARGETED = (
    SMALL_CENTRE.replace('prefix = "A"\n', 'prefix = "A"\ntarget_wait_minutes = 15\n', 1)
    + """
[[officer]]
code = "CB01"
name = "Nguyễn Thị Lan"
"""
)


@pytest.fixture
def targeted(app: App, tmp_path: Path) -> App:
    load_centre(app, tmp_path, TARGETED)
    return app


def test_a_quiet_morning_has_every_counter_closed(targeted: App, clock: FakeClock) -> None:
    overview = floor_overview(targeted.db, targeted.zone)
    assert overview.at == clock.now
    assert overview.targets == {"CT": 15}
    assert overview.target_s("CT") == 900.0 and overview.target_s("HT") is None
    assert sorted(overview.counters) == [1, 2, 3]
    assert not any(day.opened for day in overview.counters.values())
    assert all(day.served == 0 and day.last_move_at is None for day in overview.counters.values())


def test_moves_open_a_counter_and_count_its_visits(targeted: App, clock: FakeClock) -> None:
    queue = targeted.queue
    for _ in range(3):
        queue.issue("CT")
    queue.call_next(1)
    clock.advance(minutes=4)
    queue.finish(1)
    clock.advance(minutes=1)
    queue.call_next(1)
    clock.advance(minutes=2)
    queue.finish(1)
    last_finish = clock.now
    queue.sign_in(2, "CB01")
    clock.advance(minutes=3)
    queue.pause(3, "Họp giao ban")
    paused_at = clock.now
    days = floor_overview(targeted.db, targeted.zone).counters
    assert days[1].opened and days[1].served == 2 and days[1].last_move_at == last_finish
    assert days[1].paused_at is None
    assert days[2].opened and days[2].served == 0  # an officer signed in: open, nothing done yet
    assert days[3].opened and days[3].paused_at == paused_at and days[3].last_move_at == paused_at
    clock.advance(minutes=1)
    queue.resume(3)
    assert floor_overview(targeted.db, targeted.zone).counters[3].paused_at is None


def test_yesterday_does_not_open_a_counter_today(targeted: App, clock: FakeClock) -> None:
    targeted.queue.issue("CT")
    targeted.queue.call_next(1)
    targeted.queue.finish(1)
    clock.advance(days=1)
    day = floor_overview(targeted.db, targeted.zone).counters[1]
    assert not day.opened and day.served == 0 and day.last_move_at is None
