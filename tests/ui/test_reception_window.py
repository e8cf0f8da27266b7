"""Reception: issue with a priority reason, reprint, cancel with a reason, welcome back, the lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import TicketEvent
from devices.printers.sim import SimDevice
from kiosk_desktop.domain import PriorityReason, TicketStatus
from kiosk_desktop.errors import StorageUnavailable
from kiosk_desktop.services.views import TicketView
from tests.ui.conftest import shown
from ui.floor import Floor
from ui.priority_dialog import WITHDRAW, PriorityDialog
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


def test_the_summary_shows_a_daily_limit_used_up(floor: Floor, qtbot: QtBot) -> None:
    for _ in range(3):  # DD allows 3 a day in the test centre
        floor.app.queue.issue("DD")
    window = reception(qtbot, floor)
    summary = window.table.summary
    rows = {summary.item(r, 0).text(): r for r in range(summary.rowCount())}
    qtbot.waitUntil(lambda: summary.item(rows["Đất đai"], 5).text() == "3/3", timeout=5000)
    assert summary.item(rows["Chứng thực"], 5).text() == "0"  # no limit, no fraction


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


def test_priority_is_given_from_the_waiting_list_with_an_audited_note(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    floor.app.queue.issue("HT")
    window = reception(qtbot, floor)
    button = window.panel.tool_buttons["priority"]
    qtbot.waitUntil(lambda: len(window.table.tickets) == 2, timeout=5000)
    assert not button.isEnabled()  # nothing picked yet
    row = [t.number for t in window.table.tickets].index(ticket.number)
    qtbot.mouseClick(window.table.list.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(window, row))
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PriorityDialog)
    assert not dialog.choices[WITHDRAW].isEnabled()  # a normal ticket has no priority to withdraw
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.choices["nguoi_cao_tuoi"], Qt.MouseButton.LeftButton)
    assert not ok.isEnabled()  # the note is required
    dialog.note.insert("Cụ ông 82 tuổi, đi lại khó khăn")  # keyClicks types ASCII only
    assert ok.isEnabled()
    with qtbot.waitSignal(window.ticket_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "priority"
    saved = _ticket(floor, ticket.number)
    assert (saved.priority, saved.priority_reason) == (True, "nguoi_cao_tuoi")
    assert _events(floor, ticket.id)[-1] == ("priority_changed", "Người cao tuổi: Cụ ông 82 tuổi, đi lại khó khăn")
    assert "được ưu tiên: Người cao tuổi" in window.panel.result.text()
    qtbot.waitUntil(lambda: _priority_cell(window, ticket.number) == "Người cao tuổi", timeout=5000)
    assert window.table.picked() == window.table.ticket_by_number(
        ticket.number
    )  # the row stays picked after the reload


def test_priority_can_be_withdrawn(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("HT", PriorityReason.PHU_NU_MANG_THAI).ticket
    window = reception(qtbot, floor)
    qtbot.waitUntil(lambda: window.table.ticket_by_number(ticket.number) is not None, timeout=5000)
    window.panel.number.setText(ticket.number.lower())  # typed at the desk instead of picked
    assert window.panel.tool_buttons["priority"].isEnabled()
    qtbot.mouseClick(window.panel.tool_buttons["priority"], Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PriorityDialog)
    assert "Phụ nữ mang thai" in dialog.current.text()
    assert not dialog.choices["phu_nu_mang_thai"].isEnabled()  # what it already has
    dialog.choose(WITHDRAW)
    dialog.note.setText("Cấp nhầm phiếu ưu tiên")
    with qtbot.waitSignal(window.ticket_changed, timeout=10_000):
        dialog.accept()
    assert _ticket(floor, ticket.number).priority is False
    assert _events(floor, ticket.id)[-1] == ("priority_changed", "bỏ ưu tiên: Cấp nhầm phiếu ưu tiên")
    assert "bỏ ưu tiên" in window.panel.result.text()
    qtbot.waitUntil(lambda: _priority_cell(window, ticket.number) == "", timeout=5000)


def test_a_ticket_called_meanwhile_is_refused_in_words(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    window = reception(qtbot, floor)
    qtbot.waitUntil(lambda: len(window.table.tickets) == 1, timeout=5000)
    window.panel.number.setText(ticket.number)
    qtbot.mouseClick(window.panel.tool_buttons["priority"], Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, PriorityDialog)
    dialog.choose("nguoi_khuyet_tat")
    dialog.note.setText("Đi xe lăn")
    floor.app.queue.call_next(1)  # a counter calls the citizen while the dialog is open
    with qtbot.waitSignal(window.move_failed, timeout=10_000) as blocker:
        dialog.accept()
    assert blocker.args[0] == "priority"
    assert "chỉ đổi ưu tiên cho số đang chờ" in blocker.args[1]
    assert window.panel.result.text() == blocker.args[1]
    assert _ticket(floor, ticket.number).priority is False
    assert "priority_changed" not in [kind for kind, _ in _events(floor, ticket.id)]
    qtbot.waitUntil(lambda: not window.panel.tool_buttons["priority"].isEnabled(), timeout=5000)  # left the list


def test_a_database_outage_shows_the_banner(floor: Floor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    ticket = floor.app.queue.issue("CT").ticket
    window = reception(qtbot, floor)

    def down(*_args: object) -> None:
        raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")

    monkeypatch.setattr(floor.app.queue, "set_priority", down)
    with qtbot.waitSignal(window.move_failed, timeout=10_000):
        window.change_priority(ticket.number, PriorityReason.KHAC, "Thử")
    assert "Không kết nối được cơ sở dữ liệu" in window.panel.result.text()
    assert window.banner.isVisible() and "cơ sở dữ liệu" in window.banner.text()


def _ticket(floor: Floor, number: str) -> TicketView:
    from kiosk_desktop.services.floor_lists import ticket_today

    return ticket_today(floor.app.db, floor.app.zone, number)


def _events(floor: Floor, ticket_id: int) -> list[tuple[str, str | None]]:
    def work(s: Session) -> list[tuple[str, str | None]]:
        query = select(TicketEvent.kind, TicketEvent.reason).where(TicketEvent.ticket_id == ticket_id)
        return [(kind, reason) for kind, reason in s.execute(query.order_by(TicketEvent.id))]

    return floor.app.db.run(work, readonly=True)


def _priority_cell(window: ReceptionWindow, number: str) -> str:
    row = [t.number for t in window.table.tickets].index(number)
    return window.table.list.item(row, 2).text()


def _row_centre(window: ReceptionWindow, row: int):  # type: ignore[no-untyped-def]
    table = window.table.list
    return table.visualItemRect(table.item(row, 0)).center()
