"""FeedBridge: the core's event feed as Qt signals, read on its own thread, on both databases."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk_desktop.app import App
from kiosk_desktop.services.event_feed import FeedBatch, FeedEvent
from ui.feed_bridge import FeedBridge


def test_a_committed_move_arrives_as_events_on_the_gui_thread(centre: App, qtbot: QtBot, qapp: QApplication) -> None:
    bridge = FeedBridge(centre.event_feed)
    received: list[FeedEvent] = []
    threads: list[int] = []

    def on_events(events: list[FeedEvent]) -> None:
        threads.append(threading.get_ident())
        received.extend(events)

    bridge.events_arrived.connect(on_events)
    bridge.start()
    try:
        qtbot.wait(200)  # the reader places its cursors on its own thread first
        issued = centre.queue.issue("CT")
        called = centre.queue.call_next(1)
        assert called is not None
        qtbot.waitUntil(lambda: [e.kind for e in received] == ["issued", "called"], timeout=5000)
    finally:
        bridge.stop()
    assert [e.number for e in received] == [issued.ticket.number, issued.ticket.number]
    assert received[1].counter == 1
    assert set(threads) == {threading.get_ident()}


class ScriptedFeed:
    """A feed that answers with the batches a test gives it (the database going away and back)."""

    def __init__(self, batches: list[FeedBatch | None]) -> None:
        self.batches = batches
        self.offline = False
        self.closed = False

    def fileno(self) -> int | None:
        return None

    def poll(self, timeout: float = 0.0) -> FeedBatch | None:
        return self.batches.pop(0) if self.batches else None

    def close(self) -> None:
        self.closed = True


def test_offline_and_back_are_signalled_once_each_then_a_full_refresh(qtbot: QtBot, qapp: QApplication) -> None:
    event = FeedEvent("called", datetime(2026, 3, 2, 1, 5, tzinfo=UTC), 1, 7, "A001", "CT")
    feed = ScriptedFeed(
        [
            FeedBatch(events=[], offline=True),
            None,
            None,
            FeedBatch(events=[event], full_refresh=True),
        ]
    )
    bridge = FeedBridge(lambda: feed)  # type: ignore[arg-type, return-value]
    states: list[bool] = []
    refreshes: list[bool] = []
    events: list[FeedEvent] = []
    bridge.offline_changed.connect(states.append)
    bridge.refresh_needed.connect(lambda: refreshes.append(True))
    bridge.events_arrived.connect(events.extend)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: states == [True, False] and refreshes == [True], timeout=5000)
    finally:
        bridge.stop()
    assert events == [event]
    assert feed.closed  # the reader closes its feed on its own thread when stopped
