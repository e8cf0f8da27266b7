"""The supervisor's window: the floor live from the event feed, today's figures (throttled), the
arrivals chart, and the reports: the daily slip on the printer, PDF and XLSX files, with every
failure as a message in the window. On SQLite and PostgreSQL (the `centre` fixture runs on both)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from devices.printers import open_printer
from devices.printers.sim import SimDevice
from kiosk_desktop.app import App
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import StorageUnavailable
from kiosk_desktop.metrics.period import PeriodKind, day_period, month_period
from tests.helpers import SMALL_CENTRE, FakeClock, load_centre
from tests.ui.conftest import FloorFactory, shown
from ui.floor import Floor
from ui.roles import FULL_SCREEN, make_window
from ui.supervisor_jobs import default_file_name
from ui.supervisor_period_dialog import PeriodDialog
from ui.supervisor_window import SupervisorWindow

#: The small test centre with a 15-minute target for CT and two officers.
TARGETED = (
    SMALL_CENTRE.replace('prefix = "A"\n', 'prefix = "A"\ntarget_wait_minutes = 15\n', 1)
    + """
[[officer]]
code = "CB01"
name = "Nguyễn Thị Lan"

[[officer]]
code = "CB02"
name = "Trần Văn Minh"
"""
)


@pytest.fixture
def targeted(centre: App, tmp_path: Path) -> App:
    folder = tmp_path / "targeted"
    folder.mkdir()
    load_centre(centre, folder, TARGETED)
    return centre


@pytest.fixture
def window(targeted: App, make_floor: FloorFactory, qtbot: QtBot, printer_url: str) -> SupervisorWindow:
    floor = make_floor()
    opened = SupervisorWindow(floor, open_printer=lambda: open_printer(printer_url, name="printer:supervisor"))
    opened.figures_gap_ms = 0  # every event re-reads the figures: the tests wait for what they expect
    shown(qtbot, opened, (1366, 768))
    qtbot.waitUntil(lambda: opened.report is not None and opened.overview is not None, timeout=10_000)
    return opened


def test_the_role_opens_in_a_normal_window(floor: Floor) -> None:
    opened = make_window(floor, "supervisor", counter=None, windowed=False)
    assert isinstance(opened, SupervisorWindow)
    assert "supervisor" not in FULL_SCREEN  # a desk PC: the supervisor keeps the rest of the screen
    opened.close()


def test_counter_rows_follow_the_queue_live(window: SupervisorWindow, qtbot: QtBot) -> None:
    queue = window.floor.app.queue  # another PC's moves, as the event feed brings them
    assert window.counters.state_text(1) == "Chưa mở"
    queue.sign_in(1, "CB01")
    queue.issue("CT")
    queue.issue("CT")
    ticket = queue.call_next(1)
    assert ticket is not None
    qtbot.waitUntil(lambda: window.counters.state_text(1).startswith(f"Đang phục vụ số {ticket.number} "))
    row = next(r for r in window.counters.rows if r.number == 1)
    assert row.officer == "Nguyễn Thị Lan" and row.since == ticket.called_at
    queue.pause(2, "Họp giao ban")
    qtbot.waitUntil(lambda: window.counters.state_text(2).startswith("Tạm dừng: Họp giao ban"))
    queue.finish(1)
    qtbot.waitUntil(lambda: window.counters.state_text(1).startswith("Đang chờ · 1 người chờ gọi"))  # CT: one left
    qtbot.waitUntil(lambda: next(r for r in window.counters.rows if r.number == 1).served == 1)
    assert window.counters.state_text(3) == "Chưa mở"  # counter 3 did nothing today
    waiting = {service.code: service.waiting for service in window.services.services}
    assert waiting["CT"] == 1 and window.figures.text("waiting") == "1"


def test_headline_figures_and_the_chart_follow_events(window: SupervisorWindow, qtbot: QtBot) -> None:
    queue = window.floor.app.queue
    for code in ("CT", "CT", "HT", "HT"):
        queue.issue(code)
    queue.call_next(1)
    queue.finish(1)
    queue.call_next(2)
    queue.no_show(2)
    qtbot.waitUntil(lambda: window.figures.text("issued") == "4" and window.figures.text("no_show") == "1")
    qtbot.waitUntil(lambda: window.figures.text("served") == "1")
    assert window.figures.text("waiting") == "2"
    assert window.figures.text("wait_mean").endswith("phút")
    assert sum(window.chart.counts.values()) == 4  # every ticket in its local hour


def test_figures_are_read_at_most_once_per_gap(window: SupervisorWindow, qtbot: QtBot) -> None:
    window.figures_gap_ms = 60_000
    window.request_figures()  # within the gap of the first read: waits
    assert window._throttle.isActive()
    window.floor.app.queue.issue("CT")
    qtbot.waitUntil(lambda: window.figures.text("waiting") == "1")  # the live status moves at once
    assert window.figures.text("issued") == "0"  # the report waits for its turn
    window.figures_gap_ms = 0
    with qtbot.waitSignal(window.figures_shown, timeout=10_000):
        window._throttle.timeout.emit()
    assert window.figures.text("issued") == "1"


def test_a_wait_over_the_target_is_marked(
    targeted: App, make_floor: FloorFactory, clock: FakeClock, qtbot: QtBot
) -> None:
    floor = make_floor()
    opened = shown(qtbot, SupervisorWindow(floor), (1366, 768))
    assert isinstance(opened, SupervisorWindow)
    qtbot.waitUntil(lambda: opened.overview is not None and opened.services.targets.get("CT") == 900.0)
    targeted.queue.issue("CT")
    targeted.queue.issue("HT")
    clock.advance(minutes=16)
    targeted.queue.issue("HT")  # an event: the status is read again at the new time
    qtbot.waitUntil(lambda: "CT" in opened.services.over, timeout=10_000)
    assert "HT" not in opened.services.over  # no target: never marked, however long


def test_the_daily_pdf_and_a_month_in_xlsx_are_written(window: SupervisorWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.floor.app.queue.issue("CT")
    pdf = tmp_path / "ngay.pdf"
    with qtbot.waitSignal(window.report_saved, timeout=30_000):
        window.save_report(day_period(window.today()), "pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5_000
    assert window.reporting.saved == pdf and window.reporting.file_buttons.isVisibleTo(window)
    assert "Đã lưu báo cáo" in window.reporting.message.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert f"{window.today():%d/%m/%Y}" in text
    month = f"{window.today():%Y-%m}"
    xlsx = tmp_path / default_file_name(month_period(month), "xlsx")
    assert xlsx.name == f"bao-cao-thang-{month}.xlsx"
    with qtbot.waitSignal(window.report_saved, timeout=30_000):
        window.save_report(month_period(month), "xlsx", xlsx)
    book = openpyxl.load_workbook(xlsx)
    assert len(book.sheetnames) > 1
    assert not list(tmp_path.glob(".tmp-*"))  # written whole, nothing left beside it


def test_the_period_dialog_asks_where_and_saves(
    window: SupervisorWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def choose(name: str, fmt: str) -> Path:
        asked.append(name)
        return tmp_path / name

    monkeypatch.setattr(window, "choose_path", choose)
    window.ask_period()
    dialog = window.period_dialog
    assert isinstance(dialog, PeriodDialog)
    dialog.choose(PeriodKind.QUARTER, year=2026)
    dialog.quarter.setCurrentIndex(3)
    dialog.xlsx.setChecked(True)
    assert dialog.period().title() == "Quý IV năm 2026"
    with qtbot.waitSignal(window.report_saved, timeout=30_000):
        dialog.accept()
    assert asked == ["bao-cao-quy-2026-Q4.xlsx"]
    assert (tmp_path / "bao-cao-quy-2026-Q4.xlsx").stat().st_size > 1_000


def test_a_span_ending_before_it_starts_cannot_be_chosen(qt: object, qtbot: QtBot) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    dialog = PeriodDialog(date(2026, 11, 20))
    qtbot.addWidget(dialog)
    assert default_file_name(dialog.period(), "pdf") == "bao-cao-thang-2026-11.pdf"
    dialog.choose(PeriodKind.CUSTOM)
    dialog.first.setDate(QDate(2026, 11, 10))
    dialog.last.setDate(QDate(2026, 11, 5))
    assert not dialog.ok.isEnabled() and "ngược" in dialog.summary.text()
    dialog.last.setDate(QDate(2026, 11, 15))
    assert dialog.ok.isEnabled() and default_file_name(dialog.period(), "pdf") == (
        "bao-cao-2026-11-10-den-2026-11-15.pdf"
    )


def test_the_slip_prints_and_a_printer_offline_is_a_message(
    window: SupervisorWindow, qtbot: QtBot, printer: SimDevice
) -> None:
    window.floor.app.queue.issue("CT")
    with qtbot.waitSignal(window.slip_printed, timeout=30_000):
        window.reporting.slip_button.click()
    assert len(printer.jobs) == 1 and "Đã in phiếu tổng hợp ngày" in window.reporting.message.text()
    printer.set_state(PrinterState.OFFLINE)
    with qtbot.waitSignal(window.job_failed, timeout=30_000) as failed:
        window.reporting.slip_button.click()
    assert "Máy in" in failed.args[0] and failed.args[0] in window.reporting.message.text()
    assert len(printer.jobs) == 1 and window.reporting.slip_button.isEnabled()  # ready to try again
    printer.set_state(PrinterState.PAPER_OUT)
    with qtbot.waitSignal(window.job_failed, timeout=30_000) as failed:
        window.reporting.slip_button.click()
    assert "hết giấy" in failed.args[0]


def test_a_folder_that_cannot_be_written_is_a_message(window: SupervisorWindow, qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "khong-co" / "bao-cao.pdf"  # the folder does not exist
    with qtbot.waitSignal(window.job_failed, timeout=30_000) as failed:
        window.save_report(day_period(window.today()), "pdf", target)
    assert "Không ghi được tệp bao-cao.pdf" in failed.args[0]
    assert window.reporting.pdf_button.isEnabled() and not target.exists()


def test_a_database_down_is_a_banner_and_a_message(
    window: SupervisorWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def down(*_args: object) -> None:
        raise StorageUnavailable("Mất kết nối cơ sở dữ liệu: kiểm tra mạng rồi thử lại.")

    monkeypatch.setattr("ui.supervisor_jobs.build_report", down)
    with qtbot.waitSignal(window.job_failed, timeout=30_000):
        window.save_report(day_period(window.today()), "pdf", tmp_path / "r.pdf")
    assert "Mất kết nối" in window.reporting.message.text()
    assert "Mất kết nối" in window.banner.text() and window.banner.isVisibleTo(window)
