"""The supervisor's window (Giám đốc / Phó giám đốc Trung tâm): the floor live and the reports.

Live from the event feed like every window: each counter with its officer and what it is doing
for how long, each service's queue against its target wait, today's headline figures and the
arrivals by hour. The queue status comes with every event (FloorState); the heavier figures (the
daily report and the counters' day) are read on this window's own lane, at most once every few
seconds however busy the floor, and never on the GUI thread. Reports are made on a second lane, so
a year's report never holds up the figures. Numbers only: no citizen is named anywhere."""

from __future__ import annotations

import logging
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import KioskError
from kiosk_desktop.metrics.period import Period, day_period
from kiosk_desktop.services.floor_overview import FloorOverview, floor_overview
from kiosk_desktop.services.views import QueueStatus
from ui.banner import TroubleBanner
from ui.floor import Floor
from ui.header_bar import HeaderBar
from ui.operations import Operations
from ui.supervisor_actions import SupervisorActions
from ui.supervisor_chart import ArrivalsChart
from ui.supervisor_counters import SupervisorCounters
from ui.supervisor_figures import SupervisorFigures
from ui.supervisor_jobs import OpenPrinter, default_file_name, print_daily_slip, save_report
from ui.supervisor_period_dialog import PeriodDialog
from ui.supervisor_services import SupervisorServices
from ui.theme import font, set_look

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FIGURES_GAP_MS = 3_000  # at most one read of the figures this often, however many events arrive
FIGURES_EVERY_MS = 60_000  # and one a minute on a quiet floor (the mean wait moves with the clock)


class SupervisorWindow(QWidget):
    floor_shown = Signal(object)  # QueueStatus, after the rows show it
    figures_shown = Signal(object)  # the daily report dict, after the cards and chart show it
    report_saved = Signal(object)  # Path of the file just written
    slip_printed = Signal(object)  # PrinterState
    job_failed = Signal(str)  # Vietnamese message

    def __init__(self, floor: Floor, *, open_printer: OpenPrinter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.open_printer = open_printer
        self.overview: FloorOverview | None = None
        self.report: dict[str, Any] | None = None
        self.figures_gap_ms = FIGURES_GAP_MS
        self.folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        self.period_dialog: PeriodDialog | None = None
        self._reading = False
        self._stale = False
        self._last_read = float("-inf")
        self.setWindowTitle(translate("Supervisor", "Giám sát Trung tâm"))
        set_look(self, "page")
        self.reads = Operations(self)  # the figures: small reads, never behind a report
        self.jobs = Operations(self)  # reports and the slip: one at a time
        self._build()
        self._wire()
        if floor.state.status is not None:
            self._on_status(floor.state.status)
        self.request_figures()

    def _build(self) -> None:
        self.header = HeaderBar()
        self.header.set_names("", translate("Supervisor", "GIÁM SÁT HOẠT ĐỘNG TRUNG TÂM"))
        self.banner = TroubleBanner()
        self.figures = SupervisorFigures()
        self.counters_heading = QLabel(translate("Supervisor", "Các quầy"))
        self.services_heading = QLabel(translate("Supervisor", "Hàng chờ theo dịch vụ"))
        self.updated = QLabel()
        self.updated.setProperty("look", "muted")
        self.legend = QLabel(translate("Supervisor", "Tô đỏ: đã quá thời gian chờ mục tiêu"))
        self.legend.setProperty("look", "muted")
        self.counters = SupervisorCounters()
        self.services = SupervisorServices()
        self.chart = ArrivalsChart()
        self.reporting = SupervisorActions()
        counters_top = QHBoxLayout()
        counters_top.addWidget(self.counters_heading)
        counters_top.addStretch(1)
        counters_top.addWidget(self.updated)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addLayout(counters_top)
        left.addWidget(self.counters, 3)
        left.addSpacing(6)
        left.addWidget(self.chart, 2)
        services_top = QHBoxLayout()
        services_top.addWidget(self.services_heading)
        services_top.addStretch(1)
        services_top.addWidget(self.legend)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addLayout(services_top)
        right.addWidget(self.services, 1)
        right.addSpacing(6)
        right.addWidget(self.reporting)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        content = QVBoxLayout()
        content.setContentsMargins(18, 12, 18, 14)
        content.setSpacing(10)
        content.addWidget(self.banner)
        content.addWidget(self.figures)
        content.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(content, 1)
        self.rescale(1.0)

    def _wire(self) -> None:
        state = self.floor.state
        state.status_changed.connect(self._on_status)
        state.events_arrived.connect(self._on_events)
        state.trouble.connect(self.banner.report)
        for lane in (self.reads, self.jobs):
            lane.storage_failed.connect(lambda text: self.banner.report("database", text))
            lane.storage_ok.connect(lambda: self.banner.report("database", ""))
        self.reporting.print_slip.connect(self.print_slip)
        self.reporting.daily_pdf.connect(lambda: self.save_report(day_period(self.today())))
        self.reporting.period_report.connect(self.ask_period)
        self.reporting.open_file.connect(self.open_path)
        self.reporting.open_folder.connect(self.open_path)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(1000)
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.timeout.connect(self.request_figures)
        self._every = QTimer(self)
        self._every.timeout.connect(self.request_figures)
        self._every.start(FIGURES_EVERY_MS)
        self._tick()

    # --- the floor, live -------------------------------------------------------------------

    def today(self) -> date:
        status = self.floor.state.status
        return status.date if status is not None else self.floor.state.local_now().date()

    def _on_status(self, status: QueueStatus) -> None:
        self.header.set_names(status.centre, translate("Supervisor", "GIÁM SÁT HOẠT ĐỘNG TRUNG TÂM"))
        now = self.floor.state.now()
        self.counters.show_floor(status, self.overview, now)
        self.services.show_floor(status, self.overview, now)
        self.figures.show_waiting(status.waiting)
        self.header.show_time(now.astimezone(self.floor.app.zone))
        self.floor_shown.emit(status)

    def _on_events(self, _events: list[Any]) -> None:
        self.request_figures()

    def _tick(self) -> None:
        now = self.floor.state.now()
        self.header.show_time(now.astimezone(self.floor.app.zone))
        self.counters.tick(now)
        self.services.tick(now)

    # --- today's figures, throttled --------------------------------------------------------

    def request_figures(self) -> None:
        """Read the figures now, or once the gap since the last read has passed (one read at a time)."""
        if self._reading:
            self._stale = True
            return
        wait = self.figures_gap_ms - (time.monotonic() - self._last_read) * 1000
        if wait > 0:
            if not self._throttle.isActive():
                self._throttle.start(int(wait) + 1)
            return
        self._reading = True
        self._last_read = time.monotonic()
        app = self.floor.app

        def read() -> tuple[FloorOverview, dict[str, Any]]:
            return floor_overview(app.db, app.zone), app.daily_report()

        self.reads.run(read, self._on_figures, self._on_figures_failed)

    def _on_figures(self, result: tuple[FloorOverview, dict[str, Any]]) -> None:
        self._reading = False
        self.overview, self.report = result
        self.figures.show_report(self.report)
        self.chart.show_hours(self.report.get("by_hour", []))
        clock = self.overview.at.astimezone(self.floor.app.zone)
        self.updated.setText(translate("Supervisor", "Số liệu cập nhật lúc %1").replace("%1", f"{clock:%H:%M:%S}"))
        if self.floor.state.status is not None:
            self._on_status(self.floor.state.status)  # the pause and idle times come with the overview
        self.figures_shown.emit(self.report)
        self._again_if_stale()

    def _on_figures_failed(self, error: KioskError) -> None:
        self._reading = False
        log.warning("supervisor figures not read: %s", error.message)
        self._again_if_stale()

    def _again_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.request_figures()

    # --- reports ---------------------------------------------------------------------------

    def print_slip(self) -> None:
        app, opener = self.floor.app, self.open_printer
        self.reporting.start(translate("Supervisor", "Đang in phiếu tổng hợp ngày…"))
        self.jobs.run(lambda: print_daily_slip(app, opener), self._on_slip_printed, self._on_job_failed)

    def _on_slip_printed(self, state: PrinterState) -> None:
        text = translate("Supervisor", "Đã in phiếu tổng hợp ngày %1.").replace("%1", f"{self.today():%d/%m/%Y}")
        if state is PrinterState.PAPER_NEAR_END:
            text += " " + translate("Supervisor", "Máy in sắp hết giấy: chuẩn bị cuộn giấy mới.")
        self.reporting.finish(text)
        self.slip_printed.emit(state)

    def ask_period(self) -> None:
        """The period dialog, not modal to the floor: the rows keep moving behind it."""
        dialog = PeriodDialog(self.today(), self)
        dialog.accepted.connect(lambda: self.save_report(dialog.period(), dialog.fmt))
        dialog.finished.connect(dialog.deleteLater)
        self.period_dialog = dialog
        dialog.open()

    def save_report(self, period: Period, fmt: str = "pdf", path: Path | None = None) -> None:
        """Ask where (unless `path` is given), then make and write the report off the GUI thread."""
        if self.reporting.busy:
            return
        if path is None:
            path = self.choose_path(default_file_name(period, fmt), fmt)
            if path is None:
                return
        self.folder = path.parent
        app, target = self.floor.app, path
        self.reporting.start(translate("Supervisor", "Đang lập báo cáo %1…").replace("%1", period.title().lower()))
        self.jobs.run(
            lambda: save_report(app, period, fmt, target),
            lambda saved: self._on_saved(saved, period),
            self._on_job_failed,
        )

    def choose_path(self, name: str, fmt: str) -> Path | None:
        kinds = {
            "pdf": translate("Supervisor", "Tệp PDF (*.pdf)"),
            "xlsx": translate("Supervisor", "Bảng tính Excel (*.xlsx)"),
        }
        chosen, _kind = QFileDialog.getSaveFileName(
            self, translate("Supervisor", "Lưu báo cáo"), str(self.folder / name), kinds[fmt]
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def _on_saved(self, path: Path, period: Period) -> None:
        text = translate("Supervisor", "Đã lưu báo cáo %1 vào %2.").replace("%1", period.title().lower())
        self.reporting.finish(text.replace("%2", path.name), saved=path)
        self.report_saved.emit(path)

    def _on_job_failed(self, error: KioskError) -> None:
        self.reporting.fail(error.message)
        self.job_failed.emit(error.message)

    def open_path(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.reporting.fail(
                translate("Supervisor", "Máy này chưa có chương trình mở được %1. Tệp vẫn ở: %2")
                .replace("%1", path.name)
                .replace("%2", str(path))
            )

    # --- size ------------------------------------------------------------------------------

    def rescale(self, scale: float) -> None:
        self.header.rescale(0.62 * scale)
        for heading in (self.counters_heading, self.services_heading):
            heading.setFont(font(int(19 * scale), bold=True))
        self.updated.setFont(font(int(14 * scale)))
        self.legend.setFont(font(int(14 * scale)))
        self.figures.rescale(scale)
        self.counters.rescale(scale)
        self.services.rescale(scale)
        self.chart.rescale(scale)
        self.reporting.rescale(scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self.rescale(max(0.75, min(1.3, size.width() / 1366, size.height() / 768)))
        super().resizeEvent(event)

    def closeEvent(self, event: Any) -> None:
        self.reads.forget()
        self.jobs.forget()
        super().closeEvent(event)
