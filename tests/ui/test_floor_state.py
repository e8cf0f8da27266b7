"""FloorState: one live picture of the queue per process, reloaded when the feed says so."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from kiosk_desktop.services.event_feed import FeedEvent
from ui.floor import Floor


def test_a_call_reloads_the_status_and_is_reported_as_a_call(floor: Floor, qtbot: QtBot) -> None:
    calls: list[FeedEvent] = []
    floor.state.calls_arrived.connect(calls.extend)
    floor.app.queue.issue("CT")
    with qtbot.waitSignal(floor.state.status_changed, timeout=5000, check_params_cb=_counter_holds(1)):
        floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0].kind == "called"
    assert calls[0].counter == 1
    held = floor.state.counter(1)
    assert held is not None and held.ticket is not None
    assert held.ticket.number == calls[0].number


def test_the_clock_follows_the_database(floor: Floor, qtbot: QtBot) -> None:
    status = floor.state.status
    assert status is not None
    assert abs(floor.state.now() - status.at) < timedelta(seconds=5)
    assert floor.state.local_now().utcoffset() == timedelta(hours=7)


def test_events_during_a_reload_bring_one_more_reload(floor: Floor, qtbot: QtBot) -> None:
    seen: list[int] = []
    floor.state.status_changed.connect(lambda status: seen.append(status.waiting))
    floor.app.queue.issue("CT")
    floor.state.reload()
    floor.state.reload()  # while the first runs: marks the picture stale, no second query at once
    floor.app.queue.issue("HT")
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] == 2, timeout=5000)


def _counter_holds(number: int):  # type: ignore[no-untyped-def]
    def check(status) -> bool:  # type: ignore[no-untyped-def]
        return any(c.number == number and c.ticket is not None for c in status.counters)

    return check
