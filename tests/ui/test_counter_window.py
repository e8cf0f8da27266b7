"""The counter window: every move reaches the core, the card shows the answer, refusals are plain."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk_desktop.domain import EventKind, TicketStatus, TransferPlacement
from kiosk_desktop.errors import StorageUnavailable
from kiosk_desktop.services.event_feed import FeedEvent
from kiosk_desktop.services.views import TicketView
from tests.ui.conftest import shown
from ui.counter_setup_dialog import CounterSetupDialog
from ui.counter_window import FIGURES_SOON_MS, CounterWindow
from ui.floor import Floor
from ui.reason_dialog import ReasonDialog
from ui.transfer_dialog import TransferDialog


def counter(qtbot: QtBot, floor: Floor, number: int | None = 1) -> CounterWindow:
    window = CounterWindow(floor, number)
    shown(qtbot, window, (1366, 768))
    if number is not None:
        qtbot.waitUntil(lambda: window.state is not None and window.state.number == number)
    return window


def press(qtbot: QtBot, window: CounterWindow, action: str) -> Any:
    qtbot.waitUntil(lambda: window.moves.is_allowed(action), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        qtbot.mouseClick(window.moves.buttons[action], Qt.MouseButton.LeftButton)
    assert blocker.args[0] == action
    return blocker.args[1]


def open_dialog(qtbot: QtBot, window: CounterWindow, action: str) -> Any:
    qtbot.waitUntil(lambda: window.moves.is_allowed(action), timeout=5000)
    qtbot.mouseClick(window.moves.buttons[action], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.dialogs.current is not None, timeout=5000)
    return window.dialogs.current


def held(floor: Floor, number: int) -> TicketView | None:
    return next(c.ticket for c in floor.app.status().counters if c.number == number)


def test_call_next_recall_and_finish(floor: Floor, qtbot: QtBot) -> None:
    first = floor.app.queue.issue("CT").ticket
    window = counter(qtbot, floor)
    called = press(qtbot, window, "next")
    assert called.number == first.number
    assert window.card.number.text() == first.number
    assert held(floor, 1) is not None and held(floor, 1).status == TicketStatus.CALLED  # type: ignore[union-attr]
    recalled = press(qtbot, window, "recall")
    assert recalled.call_count == 2
    qtbot.waitUntil(lambda: "đã gọi 2 lần" in window.card.state.text())
    finished = press(qtbot, window, "finish")
    assert finished.status == TicketStatus.FINISHED
    assert held(floor, 1) is None
    assert window.card.number.text() == "—"
    qtbot.waitUntil(lambda: window.side.served.text() == "Đã phục vụ: 1 lượt", timeout=5000)
    # the counter's own day (services/counter_today.py), not the whole centre's report
    assert window.side.others.text() == "Vắng mặt: 0 · chuyển đi: 0"
    assert "lâu nhất" in window.side.mean.text()  # one visit finished: its time is the longest
    assert window.side.dossiers.text() == "Hồ sơ: 0 tiếp nhận, 0 yêu cầu bổ sung, 0 từ chối, 0 hướng dẫn"
    assert window.side.paused.text() == "Tạm dừng: —"


def test_f1_calls_the_next_citizen(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("HT").ticket
    window = counter(qtbot, floor)
    assert "[F1]" in window.moves.buttons["next"].text()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F1)
    assert blocker.args[1].number == ticket.number


def test_nobody_waiting_is_said_plainly(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor)
    assert press(qtbot, window, "next") is None
    assert "Không còn ai chờ" in window.message.text()


def test_no_show_and_park_free_the_counter(floor: Floor, qtbot: QtBot) -> None:
    floor.app.queue.issue("CT")
    floor.app.queue.issue("CT")
    window = counter(qtbot, floor)
    press(qtbot, window, "next")
    gone = press(qtbot, window, "no_show")
    assert gone.status == TicketStatus.NO_SHOW
    press(qtbot, window, "next")
    dialog = open_dialog(qtbot, window, "park")
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.presets[0], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        dialog.accept()
    assert blocker.args[1].status == TicketStatus.PARKED
    assert held(floor, 1) is None


def test_transfer_to_the_front_of_another_service(floor: Floor, qtbot: QtBot) -> None:
    waiting_ht = floor.app.queue.issue("HT").ticket
    moved_ticket = floor.app.queue.issue("CT").ticket
    window = counter(qtbot, floor, 1)
    floor.app.queue.call_ticket(1, moved_ticket.number)
    qtbot.waitUntil(lambda: window.card.number.text() == moved_ticket.number, timeout=5000)
    dialog = open_dialog(qtbot, window, "transfer")
    assert isinstance(dialog, TransferDialog)
    assert dialog.services.count() == 2  # every service but the ticket's own
    dialog.choose("HT", TransferPlacement.FRONT)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        dialog.accept()
    moved = blocker.args[1]
    assert moved.service == "HT" and moved.status == TicketStatus.WAITING
    next_at_ht = floor.app.queue.call_next(2)
    assert next_at_ht is not None
    assert next_at_ht.number == moved_ticket.number  # ahead of the earlier waiting_ht
    assert next_at_ht.number != waiting_ht.number


def test_pause_with_a_reason_then_resume(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor)
    dialog = open_dialog(qtbot, window, "pause")
    assert isinstance(dialog, ReasonDialog)
    assert not dialog.buttons.buttons()[0].isEnabled() or dialog.value() == ""  # a reason is required
    dialog.field.setText("Nghỉ trưa")
    with qtbot.waitSignal(window.move_done, timeout=10_000):
        dialog.accept()
    paused = next(c for c in floor.app.status().counters if c.number == 1)
    assert paused.paused and paused.pause_reason == "Nghỉ trưa"
    assert window.moves.buttons["resume"].isVisible() or not window.isVisible()
    assert not window.moves.is_allowed("next")
    assert "Nghỉ trưa" in window.card.service.text()
    press(qtbot, window, "resume")
    assert not next(c for c in floor.app.status().counters if c.number == 1).paused


def test_call_a_returning_citizen_by_number(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(2)
    floor.app.queue.park(2, "Bổ sung giấy tờ")
    window = counter(qtbot, floor, 1)
    dialog = open_dialog(qtbot, window, "call_number")
    assert isinstance(dialog, ReasonDialog)
    dialog.field.setText(ticket.number.lower())
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        dialog.accept()
    assert blocker.args[1].number == ticket.number
    assert blocker.args[1].counter == 1


def test_a_refusal_is_shown_and_the_window_catches_up(floor: Floor, qtbot: QtBot) -> None:
    floor.app.queue.issue("CT")
    window = counter(qtbot, floor)
    window.floor.app.queue.pause(1, "Họp")  # another PC (or the keypad) paused this counter meanwhile
    with qtbot.waitSignal(window.move_failed, timeout=10_000) as blocker:
        window.perform_now = None
        window.ops.run(lambda: floor.app.queue.call_next(1), None, lambda e: window._on_failed("next", e))
    assert "tạm dừng" in blocker.args[1]
    assert "tạm dừng" in window.message.text()
    qtbot.waitUntil(lambda: window.state is not None and window.state.paused, timeout=5000)


def test_the_window_follows_moves_made_elsewhere(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor, 2)
    ticket = floor.app.queue.issue("HT").ticket
    floor.app.queue.call_next(2)  # the hardware keypad of counter 2
    qtbot.waitUntil(lambda: window.card.number.text() == ticket.number, timeout=5000)
    qtbot.waitUntil(lambda: window.card.elapsed_text() not in ("", "--:--"), timeout=3000)


def test_choosing_the_counter_and_signing_in(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor, None)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, CounterSetupDialog), timeout=5000)
    dialog = window.dialogs.current
    assert isinstance(dialog, CounterSetupDialog)
    dialog.counters.setCurrentIndex(dialog.counters.findData(3))
    with qtbot.waitSignal(window.counter_chosen):
        dialog.accept()
    assert window.counter == 3
    qtbot.waitUntil(lambda: window.state is not None and window.state.number == 3, timeout=5000)
    assert window.title.text() == "Quầy 3"


def test_a_transfer_dialog_closes_when_its_citizen_leaves_the_counter(floor: Floor, qtbot: QtBot) -> None:
    first = floor.app.queue.issue("CT").ticket
    second = floor.app.queue.issue("CT").ticket
    window = counter(qtbot, floor, 1)
    floor.app.queue.call_ticket(1, first.number)
    qtbot.waitUntil(lambda: window.card.number.text() == first.number, timeout=5000)
    dialog = open_dialog(qtbot, window, "transfer")
    assert isinstance(dialog, TransferDialog)
    floor.app.queue.finish(1)  # the counter's serial keypad, while the dialog is open
    floor.app.queue.call_next(1)
    qtbot.waitUntil(lambda: window.card.number.text() == second.number, timeout=5000)
    assert window.dialogs.current is None  # it named the first citizen: gone with them
    assert f"Số {first.number} đã rời quầy" in window.message.text()
    now = held(floor, 1)
    assert now is not None and now.number == second.number and now.service == "CT"


def test_a_transfer_accepted_after_the_counter_changed_is_refused(floor: Floor, qtbot: QtBot) -> None:
    first = floor.app.queue.issue("CT").ticket
    second = floor.app.queue.issue("CT").ticket
    window = counter(qtbot, floor, 1)
    floor.app.queue.call_ticket(1, first.number)
    qtbot.waitUntil(lambda: window.card.number.text() == first.number, timeout=5000)
    dialog = open_dialog(qtbot, window, "transfer")
    assert isinstance(dialog, TransferDialog)
    dialog.choose("HT", TransferPlacement.FRONT)
    floor.app.queue.finish(1)  # another PC, just before the officer clicks "Chuyển"
    floor.app.queue.call_next(1)
    with qtbot.waitSignal(window.move_failed, timeout=10_000) as blocker:
        dialog.accept()  # before this window has heard of the change
    assert blocker.args[0] == "transfer"
    assert f"không còn giữ số {first.number}" in blocker.args[1]
    now = held(floor, 1)
    assert now is not None and now.number == second.number and now.service == "CT"  # not moved


def test_a_park_dialog_never_parks_another_citizen(floor: Floor, qtbot: QtBot) -> None:
    first = floor.app.queue.issue("CT").ticket
    second = floor.app.queue.issue("CT").ticket
    window = counter(qtbot, floor, 1)
    press(qtbot, window, "next")
    dialog = open_dialog(qtbot, window, "park")
    assert isinstance(dialog, ReasonDialog)
    assert first.number in dialog.windowTitle() + " ".join(label.text() for label in dialog.findChildren(QLabel))
    qtbot.mouseClick(dialog.presets[0], Qt.MouseButton.LeftButton)
    floor.app.queue.finish(1)
    floor.app.queue.call_next(1)
    with qtbot.waitSignal(window.move_failed, timeout=10_000) as blocker:
        dialog.accept()
    assert f"không còn giữ số {first.number}" in blocker.args[1]
    now = held(floor, 1)
    assert now is not None and now.number == second.number and now.status == TicketStatus.CALLED


def test_the_setup_dialog_opens_once_the_database_answers(
    floor: Floor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = floor.app.queue.officers
    down = [True]

    def unreachable() -> None:
        raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")

    def officers() -> Any:
        if down[0]:
            unreachable()
        return real()

    monkeypatch.setattr(floor.app.queue, "officers", officers)
    window = counter(qtbot, floor, None)
    qtbot.waitUntil(lambda: "Chưa mở được hộp chọn quầy" in window.message.text(), timeout=5000)
    assert window.dialogs.current is None
    down[0] = False
    window.reads.run(unreachable)  # still down once more on that lane ...
    window.reads.run(lambda: None)  # ... then the database answers: the dialog opens by itself
    qtbot.waitUntil(lambda: isinstance(window.dialogs.current, CounterSetupDialog), timeout=5000)
    assert "Chưa mở được" not in window.message.text()


def test_one_figures_refresh_per_finish(floor: Floor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    floor.app.queue.issue("CT")
    floor.app.queue.issue("CT")
    window = counter(qtbot, floor, 1)
    press(qtbot, window, "next")
    loads: list[int] = []
    seen: list[FeedEvent] = []
    monkeypatch.setattr(window, "load_figures", lambda: loads.append(1))
    floor.state.events_arrived.connect(seen.extend)

    def finished_seen(count: int) -> bool:
        return sum(e.kind == EventKind.FINISHED.value for e in seen) == count

    press(qtbot, window, "finish")  # answered by the move and announced by the feed
    qtbot.waitUntil(lambda: finished_seen(1) and bool(loads), timeout=10_000)
    qtbot.wait(3 * FIGURES_SOON_MS)  # room for a second refresh, if one were coming
    assert loads == [1]
    floor.app.queue.call_next(1)
    floor.app.queue.finish(1)  # the counter's keypad: only the feed tells
    qtbot.waitUntil(lambda: finished_seen(2) and len(loads) >= 2, timeout=10_000)
    qtbot.wait(3 * FIGURES_SOON_MS)
    assert loads == [1, 1]


def test_a_closed_window_stops_its_timers(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor, 1)
    assert window._figures.isActive() and window._clock.isActive()
    window.close()
    assert not window._figures.isActive() and not window._clock.isActive()
    assert not window.dossiers.catalogue._every.isActive() and not window.dossiers.catalogue._retry.isActive()


def test_the_counter_cannot_be_changed_while_a_move_is_on_its_way(floor: Floor, qtbot: QtBot) -> None:
    window = counter(qtbot, floor, 1)
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
    assert window.setup_button.isEnabled()
    gate = threading.Event()
    window.ops.run(lambda: gate.wait(5))  # a slow move
    assert not window.setup_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: window.setup_button.isEnabled(), timeout=5000)
