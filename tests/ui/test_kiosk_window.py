"""The kiosk: a tap issues exactly one ticket, prints it, shows it; refusals and trouble are plain."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from devices.printers.sim import SimDevice
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.floor_settings import FloorSettings, KioskSettings
from tests.helpers import FakeClock
from tests.ui.conftest import FloorFactory, shown
from ui.floor import Floor
from ui.kiosk_hours import OpeningHours
from ui.kiosk_ticket_page import printer_trouble_text
from ui.kiosk_window import KioskWindow
from ui.pin_dialog import PinDialog
from ui.ticket_desk import DeskOutcome

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
WEEKDAY_HOURS = {"opening_hours": ["07:30-11:30", "13:30-17:00"], "closed_weekdays": [6, 7]}


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


def test_a_service_at_its_daily_limit_is_unavailable_before_anyone_taps(floor: Floor, qtbot: QtBot) -> None:
    for _ in range(3):  # DD allows 3 tickets a day in the test centre
        floor.app.queue.issue("DD")
    window = kiosk(qtbot, floor)
    dd = window.services.buttons["DD"]
    qtbot.waitUntil(lambda: not dd.isEnabled(), timeout=5000)
    assert "Đã hết số hôm nay" in dd.text_lines()
    assert dd.isVisible() and window.services.buttons["CT"].isEnabled()  # the others still work
    assert not window.services.closed  # one full service is not a closed kiosk
    window.tap_service("DD")  # a tap that slips past the greyed button is ignored
    assert window.pages.currentWidget() is window.services and not window.issuing
    tap(qtbot, window, "CT")
    window.return_to_start()
    assert window.services.buttons["CT"].isEnabled() and not dd.isEnabled()  # unlocking keeps DD off
    assert issued_today(floor) == 4


def test_a_limit_reached_at_another_kiosk_reaches_this_one_through_the_event_feed(floor: Floor, qtbot: QtBot) -> None:
    window = kiosk(qtbot, floor)
    dd = window.services.buttons["DD"]
    qtbot.waitUntil(dd.isEnabled, timeout=5000)
    floor.app.queue.issue("DD")
    floor.app.queue.issue("DD")
    qtbot.waitUntil(lambda: "2 người đang chờ" in dd.text_lines(), timeout=5000)
    assert dd.isEnabled()  # one ticket is left
    floor.app.queue.issue("DD")  # the last one, taken elsewhere
    qtbot.waitUntil(lambda: not dd.isEnabled(), timeout=5000)
    assert "Đã hết số hôm nay" in dd.text_lines()


def test_a_refusal_that_beat_the_status_is_plain_and_greys_the_button(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(live=False)  # no event feed: this kiosk has not heard of the last tickets
    window = kiosk(qtbot, floor)
    for _ in range(3):
        floor.app.queue.issue("DD")
    assert window.services.buttons["DD"].isEnabled()
    with qtbot.waitSignal(window.notice_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(window.services.buttons["DD"], Qt.MouseButton.LeftButton)
    assert "hết số hôm nay" in blocker.args[0]
    assert window.ticket.caption.text() == "Dịch vụ này đã hết số hôm nay"
    assert issued_today(floor) == 3
    qtbot.waitUntil(lambda: not window.services.buttons["DD"].isEnabled(), timeout=5000)  # the refusal reloaded


def test_when_every_service_is_full_the_page_says_so_with_the_hours(
    make_floor: FloorFactory, qtbot: QtBot, clock: FakeClock
) -> None:
    floor = make_floor(FloorSettings(kiosk=KioskSettings(services=["DD"], **WEEKDAY_HOURS)))
    window = KioskWindow(floor, locked=False)
    shown(qtbot, window)
    qtbot.waitUntil(lambda: "DD" in window.services.buttons, timeout=5000)
    assert not window.services.closed  # Monday 08:00, and DD has numbers left
    for _ in range(3):
        floor.app.queue.issue("DD")
    qtbot.waitUntil(lambda: window.services.closed, timeout=5000)
    text = window.services.closed_notice.text()
    assert "Hôm nay đã hết số thứ tự" in text
    assert "Trung tâm làm việc: sáng 07:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu." in text
    assert not window.services.priority_button.isVisible()
    window.tap_service("DD")
    assert not window.issuing and issued_today(floor) == 3


def test_the_kiosk_closes_and_opens_by_the_clock(make_floor: FloorFactory, qtbot: QtBot, clock: FakeClock) -> None:
    clock.now = datetime(2026, 3, 2, 4, 29, 57, tzinfo=UTC)  # Monday 11:29:57 in Hà Nội
    floor = make_floor(FloorSettings(kiosk=KioskSettings(**WEEKDAY_HOURS)))
    window = kiosk(qtbot, floor)
    assert not window.services.closed and window.services.buttons["CT"].isVisible()
    qtbot.mouseClick(window.services.priority_button, Qt.MouseButton.LeftButton)  # a citizen half-way
    assert window.pages.currentWidget() is window.priority
    # Nothing but the kiosk's own second timer runs here: the database clock moves on by itself.
    qtbot.waitUntil(lambda: window.services.closed, timeout=8000)
    assert window.pages.currentWidget() is window.services  # the priority page gave way to the notice
    text = window.services.closed_notice.text()
    assert "Ngoài giờ cấp số thứ tự" in text
    assert "Mời quý khách quay lại lúc 13:30 chiều nay." in text
    assert "sáng 07:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu" in text
    assert not window.services.buttons["CT"].isVisible()
    clock.now = datetime(2026, 3, 2, 6, 30, tzinfo=UTC)  # 13:30: the afternoon opens
    floor.state.reload()
    qtbot.waitUntil(lambda: not window.services.closed, timeout=5000)
    tap(qtbot, window, "CT")


def test_on_a_closed_day_the_notice_names_the_next_working_day(
    make_floor: FloorFactory, qtbot: QtBot, clock: FakeClock
) -> None:
    clock.now = datetime(2026, 3, 7, 2, 0, tzinfo=UTC)  # Saturday 09:00 in Hà Nội
    floor = make_floor(FloorSettings(kiosk=KioskSettings(**WEEKDAY_HOURS)))
    window = kiosk(qtbot, floor)
    assert window.services.closed
    assert "Mời quý khách quay lại lúc 07:30 sáng thứ Hai, ngày 09/03." in window.services.closed_notice.text()


@pytest.mark.parametrize(
    ("spans", "closed", "expected"),
    [
        (
            ["07:30-11:30", "13:30-17:00"],
            [6, 7],
            "Trung tâm làm việc: sáng 07:30–11:30, chiều 13:30–17:00, thứ Hai đến thứ Sáu.",
        ),
        (
            ["07:00-11:30", "13:00-16:30"],
            [7],
            "Trung tâm làm việc: sáng 07:00–11:30, chiều 13:00–16:30, thứ Hai đến thứ Bảy.",
        ),
        (["07:30-17:00"], [2, 4, 6, 7], "Trung tâm làm việc: 07:30–17:00, thứ Hai, thứ Tư và thứ Sáu."),
        ([], [], "Trung tâm làm việc: tất cả các ngày trong tuần."),
        (["18:00-20:00"], [1, 2, 3, 4, 5, 6, 7], "Trung tâm làm việc: tối 18:00–20:00."),
    ],
)
def test_opening_hours_in_words(qt: QApplication, spans: list[str], closed: list[int], expected: str) -> None:
    hours = OpeningHours.of(KioskSettings(opening_hours=spans, closed_weekdays=closed))
    assert hours.sentence() == expected


def test_the_next_opening(qt: QApplication) -> None:
    hours = OpeningHours.of(KioskSettings(**WEEKDAY_HOURS))
    friday_evening = datetime(2026, 3, 6, 17, 0, tzinfo=ZONE)
    assert hours.next_opening(friday_evening) == datetime(2026, 3, 9, 7, 30, tzinfo=ZONE)
    assert hours.come_back_text(datetime(2026, 3, 3, 18, 0, tzinfo=ZONE)) == (
        "Mời quý khách quay lại lúc 07:30 sáng mai (thứ Tư)."
    )
    assert not hours.is_open(datetime(2026, 3, 3, 11, 30, tzinfo=ZONE))  # the end of a span is closed
    assert hours.is_open(datetime(2026, 3, 3, 13, 30, tzinfo=ZONE))
    assert OpeningHours([], [1, 2, 3, 4, 5, 6, 7]).next_opening(friday_evening) is None
    weekdays_all_day = OpeningHours([], [6, 7])
    assert weekdays_all_day.come_back_text(datetime(2026, 3, 7, 9, 0, tzinfo=ZONE)) == (
        "Mời quý khách quay lại vào thứ Hai, ngày 09/03."
    )


def test_paper_out_keeps_the_number_on_screen_and_the_ticket_unprinted(
    floor: Floor, qtbot: QtBot, printer: SimDevice
) -> None:
    printer.set_state(PrinterState.PAPER_OUT)
    window = kiosk(qtbot, floor)
    outcome = tap(qtbot, window, "HT")
    assert not outcome.printed and outcome.problem
    assert window.ticket.number.text() == outcome.issued.ticket.number
    # one plain message for the citizen; the staff instruction ("thay giấy rồi bấm In lại") stays off the kiosk
    assert window.ticket.take.text() == printer_trouble_text()
    assert "In lại" in outcome.problem and not window.banner.isVisible()
    shown_text = " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
    assert "In lại" not in shown_text and "giấy" not in shown_text
    assert {s.code: s.waiting for s in floor.app.status().services}["HT"] == 1  # the citizen keeps the place
    printer.load_paper()
    window.return_to_start()
    outcome = tap(qtbot, window, "HT")
    assert outcome.printed
    assert window.ticket.take.text() == "Vui lòng nhận phiếu"


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


def test_a_locked_kiosk_taken_out_of_full_screen_goes_back(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(FloorSettings(kiosk=KioskSettings(admin_pin="2468")))
    window = kiosk(qtbot, floor, locked=True)
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    window.showMinimized()  # what Win+Down or an edge swipe does
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    window.showNormal()
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    window._unlocked = True  # an administrator who typed the PIN may leave full screen
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    window.close()


def test_a_kiosk_without_a_pin_cannot_be_left(qtbot: QtBot, floor: Floor) -> None:
    dialog = PinDialog("", None)
    for key in ("0", "0", "0", "0", "OK"):
        dialog.press(key)
    assert dialog.result() == 0
    assert "admin_pin" in dialog.error.text()


def issued_today(floor: Floor) -> int:
    return sum(service.issued_today for service in floor.app.status().services)
