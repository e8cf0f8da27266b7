"""Reception: issue with a priority reason, reprint, cancel with a reason, welcome back, the lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printers.sim import SimDevice
from kiosk_desktop.domain import TicketStatus
from tests.ui.conftest import shown
from ui.floor import Floor
from ui.reception_window import ReceptionWindow


def reception(qtbot: QtBot, floor: Floor) -> ReceptionWindow:
    window = ReceptionWindow(floor)
    shown(qtbot, window, (1366, 768))
    qtbot.waitUntil(lambda: set(window.panel.service_buttons) == {"CT", "HT", "DD"})
    return window


def status_of(floor: Floor, number: str) -> str:
    from kiosk_desktop.services.floor_lists import ticket_today

    return ticket_today(floor.app.db, floor.app.zone, number).status


def test_issue_a_priority_ticket_and_see_it_in_the_waiting_list(floor: Floor, qtbot: QtBot, printer: SimDevice) -> None:
    floor.app.queue.issue("HT")
    window = reception(qtbot, floor)
    panel = window.panel
    panel.priority.setCurrentIndex(panel.priority.findData("phu_nu_mang_thai"))
    with qtbot.waitSignal(window.issued, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.service_buttons["HT"], Qt.MouseButton.LeftButton)
    ticket = blocker.args[0].issued.ticket
    assert ticket.priority_reason == "phu_nu_mang_thai"
    assert len(printer.jobs) == 1
    assert panel.number.text() == ticket.number
    assert panel.chosen_reason() is None  # the next citizen is not priority by accident
    assert "Phụ nữ mang thai" in panel.result.text()
    qtbot.waitUntil(lambda: len(window.table.tickets) == 2, timeout=5000)
    row = [t.number for t in window.table.tickets].index(ticket.number)
    assert window.table.list.item(row, 2).text() == "Phụ nữ mang thai"
    assert window.table.list.item(row, 4).text() == "< 1 phút"
    summary = window.table.summary
    rows = {summary.item(r, 0).text(): r for r in range(summary.rowCount())}
    qtbot.waitUntil(lambda: summary.item(rows["Hộ tịch"], 1).text() == "2", timeout=5000)
    assert summary.item(rows["Hộ tịch"], 2).text() == "1"  # one of them has priority


def test_reprint_by_number(floor: Floor, qtbot: QtBot, printer: SimDevice) -> None:
    ticket = floor.app.queue.issue("CT").ticket  # issued at the kiosk, not printed here
    window = reception(qtbot, floor)
    window.panel.number.setText(ticket.number.lower())
    with qtbot.waitSignal(window.ticket_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(window.panel.tool_buttons["reprint"], Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "reprint"
    assert len(printer.jobs) == 1
    assert f"Đã in lại phiếu số {ticket.number}" in window.panel.result.text()


def test_cancel_asks_for_a_reason(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    window = reception(qtbot, floor)
    qtbot.waitUntil(lambda: len(window.table.tickets) == 1, timeout=5000)
    qtbot.mouseClick(window.table.list.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(window, 0))
    assert window.panel.number.text() == ticket.number  # picked from the list
    qtbot.mouseClick(window.panel.tool_buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.presets[1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ticket_changed, timeout=10_000):
        dialog.accept()
    assert status_of(floor, ticket.number) == TicketStatus.CANCELLED
    qtbot.waitUntil(lambda: window.table.tickets == [], timeout=5000)


def test_a_parked_citizen_comes_back(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    floor.app.queue.call_next(1)
    floor.app.queue.park(1, "Bổ sung giấy tờ")
    window = reception(qtbot, floor)
    window.act("unpark", ticket.number)
    qtbot.waitUntil(lambda: status_of(floor, ticket.number) == TicketStatus.WAITING, timeout=5000)
    qtbot.waitUntil(lambda: "xếp lại" in window.panel.result.text(), timeout=5000)


def test_a_refusal_is_shown_in_words(floor: Floor, qtbot: QtBot) -> None:
    window = reception(qtbot, floor)
    with qtbot.waitSignal(window.move_failed, timeout=10_000) as blocker:
        window.act("reprint", "Z999")
    assert "Không tìm thấy số Z999" in blocker.args[1]
    assert window.panel.result.text() == blocker.args[1]


def test_change_of_priority_waits_for_the_core(floor: Floor, qtbot: QtBot) -> None:
    window = reception(qtbot, floor)
    button = window.panel.tool_buttons["priority"]
    assert not button.isEnabled()
    assert "ghi vết" in button.toolTip()


def _row_centre(window: ReceptionWindow, row: int):  # type: ignore[no-untyped-def]
    table = window.table.list
    return table.visualItemRect(table.item(row, 0)).center()
