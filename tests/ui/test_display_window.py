"""The hall display: numbers per counter, the latest calls, one voice call per call or recall."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk_desktop.app import App
from kiosk_desktop.errors import StorageUnavailable
from kiosk_desktop.floor_settings import DisplaySettings, FloorSettings
from kiosk_desktop.services import floor_lists
from tests.helpers import FakeClock
from tests.ui.conftest import FloorFactory, shown
from tests.ui.fakes import BrokenAnnouncer, FakeAnnouncer
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.hall_calls_panel import RecentCall


def display(qtbot: QtBot, floor: Floor) -> DisplayWindow:
    window = DisplayWindow(floor)
    shown(qtbot, window, (1920, 1080))
    qtbot.waitUntil(lambda: set(window.tiles) == {1, 2, 3})
    return window


def test_a_call_shows_flashes_and_is_announced_once(
    make_floor: FloorFactory, qtbot: QtBot, announcer: FakeAnnouncer
) -> None:
    floor = make_floor(FloorSettings(display=DisplaySettings(highlight_s=1)))
    window = display(qtbot, floor)
    ticket = floor.app.queue.issue("CT").ticket
    with qtbot.waitSignal(window.call_shown, timeout=5000) as blocker:
        floor.app.queue.call_next(2)
    call: RecentCall = blocker.args[0]
    assert (call.number, call.counter) == (ticket.number, 2)
    assert announcer.calls == [(ticket.number, 2)]
    assert window.calls.newest_number.text() == ticket.number
    assert "QUẦY 2" in window.calls.newest_counter.text()
    assert window.tiles[2].flashing and not window.tiles[1].flashing
    qtbot.waitUntil(lambda: window.tiles[2].ticket.text() == ticket.number, timeout=5000)
    qtbot.waitUntil(lambda: not window.tiles[2].flashing, timeout=3000)  # the highlight ends by itself
    assert not window.calls.flashing
    qtbot.wait(300)
    assert announcer.calls == [(ticket.number, 2)]  # a status reload never repeats the call


def test_a_recall_is_announced_again_and_finish_clears_the_tile(
    floor: Floor, qtbot: QtBot, announcer: FakeAnnouncer
) -> None:
    window = display(qtbot, floor)
    ticket = floor.app.queue.issue("HT").ticket
    floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: len(announcer.calls) == 1, timeout=5000)
    floor.app.queue.recall(1)
    qtbot.waitUntil(lambda: len(announcer.calls) == 2, timeout=5000)
    assert announcer.calls == [(ticket.number, 1), (ticket.number, 1)]
    floor.app.queue.finish(1)
    qtbot.waitUntil(lambda: window.tiles[1].ticket.text() == "—", timeout=5000)
    assert window.tiles[1].note.text() == "Đang chờ gọi số"
    assert len(announcer.calls) == 2


def test_waiting_counts_and_paused_counters(floor: Floor, qtbot: QtBot) -> None:
    window = display(qtbot, floor)
    floor.app.queue.issue("CT")
    floor.app.queue.issue("CT")
    floor.app.queue.issue("DD")
    floor.app.queue.pause(3, "Họp")
    qtbot.waitUntil(lambda: window.waiting.cells["CT"][0].text() == "2", timeout=5000)
    assert window.waiting.cells["DD"][0].text() == "1"
    assert window.waiting.cells["HT"][0].text() == "0"
    qtbot.waitUntil(lambda: window.tiles[3].note.text() == "Tạm dừng", timeout=5000)


def test_a_display_started_mid_morning_lists_the_latest_calls(
    centre: App, make_floor: FloorFactory, qtbot: QtBot, announcer: FakeAnnouncer
) -> None:
    numbers = [centre.queue.issue("CT").ticket.number for _ in range(3)]
    for counter in (1, 2):
        centre.queue.call_next(counter)
    centre.queue.recall(1)
    window = display(qtbot, make_floor())  # switched on after those calls
    qtbot.waitUntil(lambda: len(window.calls.calls) == 2, timeout=5000)
    assert [c.number for c in window.calls.calls] == [numbers[0], numbers[1]]  # the recall made A001 newest
    assert window.calls.newest_number.text() == numbers[0]
    assert not window.calls.flashing  # old calls are listed, not announced again
    assert announcer.calls == []


def test_a_broken_speaker_leaves_the_numbers_on_screen(
    make_floor: FloorFactory, qtbot: QtBot, announcer: FakeAnnouncer
) -> None:
    floor = make_floor()
    floor.announcer = BrokenAnnouncer()
    window = display(qtbot, floor)
    ticket = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: window.calls.newest_number.text() == ticket.number, timeout=5000)
    assert window.banner.isVisible() and "Loa" in window.banner.text()


def test_the_notice_scrolls_only_when_it_does_not_fit(make_floor: FloorFactory, qtbot: QtBot) -> None:
    long_notice = "Thông báo rất dài. " * 30
    floor = make_floor(FloorSettings(display=DisplaySettings(notice=long_notice)))
    window = display(qtbot, floor)
    assert window.marquee.text() == long_notice
    assert window.marquee._timer.isActive()
    window.marquee.set_text("Ngắn")
    assert not window.marquee._timer.isActive()


def test_the_next_morning_starts_without_yesterdays_calls(
    centre: App, clock: FakeClock, make_floor: FloorFactory, qtbot: QtBot
) -> None:
    floor = make_floor()
    window = display(qtbot, floor)
    yesterday = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: window.calls.newest_number.text() == yesterday.number, timeout=5000)
    clock.advance(days=1)  # the display stays on overnight
    floor.state.reload()  # what the feed's periodic refresh does
    qtbot.waitUntil(lambda: window.calls.calls == [], timeout=5000)
    assert window.calls.newest_number.text() == ""
    assert window.calls.invite.text() == "CHƯA GỌI SỐ NÀO"
    today = floor.app.queue.issue("CT").ticket
    assert today.number == yesterday.number  # numbers restart every day: why the old one must go
    with qtbot.waitSignal(window.call_shown, timeout=5000):
        floor.app.queue.call_next(2)
    assert [(c.number, c.counter) for c in window.calls.calls] == [(today.number, 2)]


def test_a_display_that_misses_the_morning_change_seeds_the_new_day(
    centre: App, clock: FakeClock, make_floor: FloorFactory, qtbot: QtBot
) -> None:
    floor = make_floor(live=False)  # no feed: only status reloads reach it
    window = display(qtbot, floor)
    yesterday = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(1)
    window.close()
    window = display(qtbot, floor)  # switched on again: it lists yesterday's evening call
    qtbot.waitUntil(lambda: [c.number for c in window.calls.calls] == [yesterday.number], timeout=5000)
    clock.advance(days=1)
    today = floor.app.queue.issue("DD").ticket
    assert floor.app.queue.call_next(3) is not None  # called on the new day before the display heard of it
    floor.state.reload()
    qtbot.waitUntil(lambda: [c.number for c in window.calls.calls] == [today.number], timeout=5000)
    assert "QUẦY 3" in window.calls.newest_counter.text()


def test_the_last_calls_are_read_again_when_the_database_comes_back(
    centre: App, make_floor: FloorFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = centre.queue.issue("CT").ticket.number
    centre.queue.call_next(1)
    real = floor_lists.recent_calls
    down = [True]

    def recent_calls(*args: Any) -> Any:
        if down[0]:
            raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")
        return real(*args)

    monkeypatch.setattr(floor_lists, "recent_calls", recent_calls)
    window = display(qtbot, make_floor())
    qtbot.waitUntil(lambda: "Chưa đọc được các số vừa gọi" in window.banner.text(), timeout=5000)
    assert window.calls.calls == []
    down[0] = False
    window.floor.state.reload()  # the floor's picture came back: so does the database
    qtbot.waitUntil(lambda: [c.number for c in window.calls.calls] == [number], timeout=5000)
    assert "Chưa đọc được" not in window.banner.text()
