"""The small display above one counter: its number only, flashing on a call."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import shown
from ui.counter_display_window import CounterDisplayWindow
from ui.floor import Floor


def test_shows_its_own_counter_only(floor: Floor, qtbot: QtBot) -> None:
    window = CounterDisplayWindow(floor, 2)
    shown(qtbot, window, (800, 480))
    first = floor.app.queue.issue("CT").ticket
    second = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: floor.state.counter(1) is not None and floor.state.counter(1).ticket is not None)  # type: ignore[union-attr]
    assert window.tile.ticket.text() == "—"  # counter 1's call is not shown above counter 2
    assert not window.tile.flashing
    floor.app.queue.call_next(2)
    qtbot.waitUntil(lambda: window.tile.ticket.text() == second.number and window.tile.flashing, timeout=5000)
    assert first.number != second.number
    assert window.tile.name.text() == "QUẦY 2"


def test_an_unknown_counter_says_so(floor: Floor, qtbot: QtBot) -> None:
    window = CounterDisplayWindow(floor, 9)
    shown(qtbot, window, (800, 480))
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    assert "quầy số 9" in window.banner.text()
