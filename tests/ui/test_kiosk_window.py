"""The kiosk: a tap issues exactly one ticket, prints it, shows it; refusals and trouble are plain."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from devices.printers.sim import SimDevice
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.floor_settings import FloorSettings, KioskSettings
from tests.ui.conftest import FloorFactory, shown
from ui.floor import Floor
from ui.kiosk_window import KioskWindow
from ui.pin_dialog import PinDialog
from ui.ticket_desk import DeskOutcome


def kiosk(qtbot: QtBot, floor: Floor, *, locked: bool = False) -> KioskWindow:
    window = KioskWindow(floor, locked=locked)
    shown(qtbot, window)
    qtbot.waitUntil(lambda: set(window.services.buttons) == {"CT", "HT", "DD"})
    return window


def tap(qtbot: QtBot, window: KioskWindow, code: str) -> DeskOutcome:
    with qtbot.waitSignal(window.ticket_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(window.services.buttons[code], Qt.MouseButton.LeftButton)
    outcome: DeskOutcome = blocker.args[0]
    return outcome


def test_a_tap_issues_prints_and_shows_the_number(floor: Floor, qtbot: QtBot, printer: SimDevice) -> None:
    window = kiosk(qtbot, floor)
    outcome = tap(qtbot, window, "CT")
    ticket = outcome.issued.ticket
    assert outcome.printed and outcome.problem is None
    assert len(printer.jobs) == 1
    assert window.pages.currentWidget() is window.ticket
    assert window.ticket.number.text() == ticket.number
    assert window.ticket.take.text() == "Vui lòng nhận phiếu"
    status = floor.app.status()
    assert {s.code: s.waiting for s in status.services}["CT"] == 1
    qtbot.waitUntil(lambda: "1 người đang chờ" in window.services.buttons["CT"].text_lines())


def test_a_double_tap_issues_one_ticket(floor: Floor, qtbot: QtBot) -> None:
    window = kiosk(qtbot, floor)
    button = window.services.buttons["HT"]
    with qtbot.waitSignal(window.ticket_shown, timeout=10_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the second tap lands on a locked button
        window.tap_service("HT")  # and a tap that slips past the lock is ignored too
    qtbot.wait(300)
    assert issued_today(floor) == 1
    assert not button.isEnabled()  # still locked while the number is on screen
    window.return_to_start()
    assert button.isEnabled()


def test_a_priority_ticket_carries_its_reason(floor: Floor, qtbot: QtBot) -> None:
    window = kiosk(qtbot, floor)
    qtbot.mouseClick(window.services.priority_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.priority
    qtbot.mouseClick(window.priority.buttons["nguoi_khuyet_tat"], Qt.MouseButton.LeftButton)
    assert "Người khuyết tật" in window.services.heading.text()
    outcome = tap(qtbot, window, "CT")
    assert outcome.issued.ticket.priority
    assert outcome.issued.ticket.priority_reason == "nguoi_khuyet_tat"
    window.return_to_start()
    assert "Phiếu ưu tiên" not in window.services.heading.text()  # the next citizen starts normal


def test_the_daily_limit_shows_a_notice_and_issues_nothing(floor: Floor, qtbot: QtBot) -> None:
    for _ in range(3):  # DD allows 3 tickets a day in the test centre
        floor.app.queue.issue("DD")
    window = kiosk(qtbot, floor)
    with qtbot.waitSignal(window.notice_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(window.services.buttons["DD"], Qt.MouseButton.LeftButton)
    assert "hết số hôm nay" in blocker.args[0]
    assert window.ticket.caption.text() == "Dịch vụ này đã hết số hôm nay"
    assert issued_today(floor) == 3


def test_paper_out_keeps_the_number_on_screen_and_the_ticket_unprinted(
    floor: Floor, qtbot: QtBot, printer: SimDevice
) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    window = kiosk(qtbot, floor)
    outcome = tap(qtbot, window, "HT")
    assert not outcome.printed and outcome.problem
    assert window.ticket.number.text() == outcome.issued.ticket.number
    assert "trục trặc" in window.ticket.take.text()
    assert window.banner.isVisible() and "giấy" in window.banner.text()
    assert {s.code: s.waiting for s in floor.app.status().services}["HT"] == 1  # the citizen keeps the place
    printer.load_paper()
    window.return_to_start()
    outcome = tap(qtbot, window, "HT")
    assert outcome.printed
    assert not window.banner.isVisible()  # recovered by itself


def test_outside_opening_hours_the_buttons_give_way_to_a_notice(make_floor: FloorFactory, qtbot: QtBot) -> None:
    closed_all_week = FloorSettings(kiosk=KioskSettings(closed_weekdays=[1, 2, 3, 4, 5, 6, 7]))
    floor = make_floor(closed_all_week)
    window = kiosk(qtbot, floor)
    qtbot.waitUntil(lambda: window.services.closed, timeout=3000)
    assert "Ngoài giờ cấp số" in window.services.closed_notice.text()
    assert not window.services.buttons["CT"].isVisible()
    window.tap_service("CT")
    qtbot.wait(300)
    assert issued_today(floor) == 0


def test_the_number_goes_away_by_itself(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(FloorSettings(kiosk=KioskSettings(return_after_s=3)))
    window = kiosk(qtbot, floor)
    tap(qtbot, window, "CT")
    assert "3 giây" in window.ticket.countdown.text()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.services, timeout=6000)


def test_a_locked_kiosk_closes_only_with_the_admin_pin(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(FloorSettings(kiosk=KioskSettings(admin_pin="2468")))
    window = kiosk(qtbot, floor, locked=True)
    window.close()
    assert window.isVisible()  # Alt+F4 and friends do nothing
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    dialog = PinDialog("2468", window)
    for key in ("1", "3", "5", "7", "OK"):
        dialog.press(key)
    assert dialog.result() == 0 and "không đúng" in dialog.error.text()
    for key in ("2", "4", "6", "8", "OK"):
        dialog.press(key)
    assert dialog.result() == PinDialog.DialogCode.Accepted
    window._unlocked = True  # what ask_pin does after an accepted dialog
    window.close()
    assert not window.isVisible()


def test_a_kiosk_without_a_pin_cannot_be_left(qtbot: QtBot, floor: Floor) -> None:
    dialog = PinDialog("", None)
    for key in ("0", "0", "0", "0", "OK"):
        dialog.press(key)
    assert dialog.result() == 0
    assert "admin_pin" in dialog.error.text()


def issued_today(floor: Floor) -> int:
    return sum(service.issued_today for service in floor.app.status().services)
