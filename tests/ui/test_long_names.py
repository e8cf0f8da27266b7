"""Long names and 4-letter prefixes on the floor windows: nothing cut mid-letter, nothing spilling.

The centre here is the worst the centre file allows in practice: a 4-letter prefix (LDXH) and
service and counter names of 60+ characters, as a commune centre really names them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk_desktop.app import App
from tests.helpers import load_centre
from tests.ui.conftest import shown
from ui.big_button import BigButton
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.hall_counter_tile import two_lines
from ui.kiosk_window import KioskWindow
from ui.reception_window import ReceptionWindow
from ui.theme import font

LONG_LABOUR = "Lao động - Thương binh và Xã hội, Bảo trợ xã hội, Người có công với cách mạng"
LONG_LAND = "Đất đai - Xây dựng - Tài nguyên môi trường - Nông nghiệp - Giao thông vận tải"
LONG_COUNTER = "Quầy 12 - Lao động, Thương binh và Xã hội, Bảo trợ xã hội, Người có công"

LONG_CENTRE = f"""
[centre]
name = "Trung tâm Phục vụ hành chính công xã Quỳnh Phụ Đông Nam, huyện Quỳnh Phụ"

[queue]
priority_policy = "strict"
aging_cap_minutes = 0
transfer_placement = "front"

[[service]]
code = "CT"
name = "Chứng thực bản sao, chữ ký, hợp đồng giao dịch"
prefix = "CT"

[[service]]
code = "DD"
name = "{LONG_LAND}"
prefix = "DD"

[[service]]
code = "LDXH"
name = "{LONG_LABOUR}"
prefix = "LDXH"
digits = 4

[[service]]
code = "HT"
name = "Hộ tịch"
prefix = "B"

[[counter]]
number = 1
name = "Quầy 1"
services = ["CT", "HT"]

[[counter]]
number = 2
name = "Quầy 2 - Chứng thực và Đất đai, Xây dựng"
services = ["DD", "CT"]

[[counter]]
number = 12
name = "{LONG_COUNTER}"
services = ["LDXH", "HT"]
"""

CODES = {"CT", "DD", "LDXH", "HT"}


@pytest.fixture
def centre(app: App, tmp_path: Path) -> App:
    """This module's centre in place of the small test centre (the floor fixtures build on it)."""
    load_centre(app, tmp_path, LONG_CENTRE)
    return app


def kiosk(qtbot: QtBot, floor: Floor, size: tuple[int, int]) -> KioskWindow:
    window = KioskWindow(floor, locked=False)
    shown(qtbot, window, size)
    qtbot.waitUntil(lambda: set(window.services.buttons) == CODES)
    return window


def whole(label: QLabel) -> bool:
    """Every line of the label's text fits its width (no letter cut at an edge)."""
    metrics = QFontMetrics(label.font())
    return all(metrics.horizontalAdvance(line) <= label.contentsRect().width() for line in label.text().split("\n"))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080), (1280, 1024)])
def test_kiosk_badges_show_a_four_letter_prefix_whole(floor: Floor, qtbot: QtBot, size: tuple[int, int]) -> None:
    window = kiosk(qtbot, floor, size)
    buttons = window.services.buttons
    assert buttons["LDXH"].badge.text() == "LDXH"
    for button in buttons.values():
        assert whole(button.badge), button.badge.text()
    assert len({button.badge.width() for button in buttons.values()}) == 1  # the names start at one edge
    # one-letter badges keep their large letters; only the long prefix gets smaller ones
    assert buttons["HT"].badge.font().pixelSize() > buttons["LDXH"].badge.font().pixelSize()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)])
def test_kiosk_rows_are_equal_and_the_waiting_lines_level(floor: Floor, qtbot: QtBot, size: tuple[int, int]) -> None:
    window = kiosk(qtbot, floor, size)
    buttons = [window.services.buttons[code] for code in ("CT", "DD", "LDXH", "HT")]  # 2 columns, 2 rows
    heights = [button.height() for button in buttons]
    assert max(heights) - min(heights) <= 1  # a pixel left over from the division goes to one row

    def bottom_of_detail(button: BigButton) -> int:
        return button.detail.mapTo(window, button.detail.rect().bottomLeft()).y()

    assert bottom_of_detail(buttons[0]) == bottom_of_detail(buttons[1])  # paired tiles, short and long name
    assert bottom_of_detail(buttons[2]) == bottom_of_detail(buttons[3])
    for button in buttons:
        assert button.detail.alignment() & Qt.AlignmentFlag.AlignBottom
        # the long names still shrink to their button (BigButton._fit_title)
        assert button.title.heightForWidth(button.title.width()) <= button.title.height(), button.title.text()


def test_reception_badges_show_a_four_letter_prefix_whole(floor: Floor, qtbot: QtBot) -> None:
    window = ReceptionWindow(floor)
    shown(qtbot, window, (1366, 768))
    qtbot.waitUntil(lambda: set(window.panel.service_buttons) == CODES)
    buttons = window.panel.service_buttons
    assert buttons["LDXH"].badge.text() == "LDXH"
    for button in buttons.values():
        assert whole(button.badge), button.badge.text()
    assert len({button.badge.width() for button in buttons.values()}) == 1
    names = {window.table.summary.item(row, 0).text(): row for row in range(window.table.summary.rowCount())}
    assert window.table.summary.item(names[LONG_LABOUR], 0).toolTip() == LONG_LABOUR


def display(qtbot: QtBot, floor: Floor) -> DisplayWindow:
    window = DisplayWindow(floor)
    shown(qtbot, window, (1920, 1080))
    qtbot.waitUntil(lambda: set(window.tiles) == {1, 2, 12})
    return window


def test_the_waiting_strip_ends_a_long_name_with_an_ellipsis(floor: Floor, qtbot: QtBot) -> None:
    window = display(qtbot, floor)
    long_name = window.waiting.cells["LDXH"][1]
    qtbot.waitUntil(lambda: whole(long_name), timeout=5000)  # cut again after the last layout pass
    assert long_name.text().endswith("…") and long_name.text() != LONG_LABOUR
    assert LONG_LABOUR.startswith(long_name.text()[:-1].rstrip())
    assert long_name.toolTip() == LONG_LABOUR
    short = window.waiting.cells["HT"][1]
    assert short.text() == "Hộ tịch" and short.toolTip() == "Hộ tịch"


def test_a_long_counter_name_takes_two_lines_and_the_numbers_line_up(floor: Floor, qtbot: QtBot) -> None:
    window = display(qtbot, floor)
    ticket = floor.app.queue.issue("LDXH").ticket
    floor.app.queue.call_next(12)
    tile = window.tiles[12]
    qtbot.waitUntil(lambda: tile.ticket.text() == ticket.number, timeout=5000)
    for label in (tile.name, tile.note):
        assert len(label.text().split("\n")) <= 2
        assert whole(label)
    assert tile.name.text().replace("\n", " ").startswith("QUẦY 12")
    assert tile.name.toolTip() == LONG_COUNTER.upper()
    assert tile.ticket.height() >= tile.ticket.fontMetrics().height()  # the number keeps its room
    # the same row: "QUẦY 1" on one line, counter 2's name on two; the dashes at one height
    one, two = window.tiles[1], window.tiles[2]
    assert one.y() == two.y()
    assert (one.ticket.y(), one.ticket.height()) == (two.ticket.y(), two.ticket.height())


def test_two_lines_cuts_the_rest_with_an_ellipsis(qt: QApplication) -> None:
    chosen = font(30, bold=True)
    width = QFontMetrics(chosen).horizontalAdvance("QUẦY 12 - LAO ĐỘNG")
    shown_text, needed = two_lines(LONG_COUNTER.upper(), chosen, width)
    lines = shown_text.split("\n")
    assert needed > 2 and len(lines) == 2
    assert lines[1].endswith("…")
    assert all(QFontMetrics(chosen).horizontalAdvance(line) <= width for line in lines)
    assert two_lines("QUẦY 1", chosen, width) == ("QUẦY 1", 1)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 1024)])
def test_an_eight_character_number_fits_the_kiosk_card(floor: Floor, qtbot: QtBot, size: tuple[int, int]) -> None:
    window = kiosk(qtbot, floor, size)
    with qtbot.waitSignal(window.ticket_shown, timeout=10_000) as blocker:
        qtbot.mouseClick(window.services.buttons["LDXH"], Qt.MouseButton.LeftButton)
    number = blocker.args[0].issued.ticket.number
    assert len(number) == 8 and window.ticket.number.text() == number
    assert whole(window.ticket.number)
    assert window.ticket.number.width() <= window.ticket.card.contentsRect().width()
