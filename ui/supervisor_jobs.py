"""The supervisor's report work, run on a worker thread: the daily slip on the ticket printer, and a
report for a day or a period written to a file. The same builders and writers as the CLI
(`printer slip`, `report daily|period --format pdf|xlsx`), so the window and the command line
always print the same figures. No widgets here."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import KioskError
from kiosk_desktop.metrics.period import Period, PeriodKind
from kiosk_desktop.metrics.report import build_report

if TYPE_CHECKING:
    from devices.printers import EscposTicketPrinter

log = logging.getLogger(__name__)

#: Opens the printer the slip goes to (this PC's [printer] unless a test or the demo gives one).
OpenPrinter = Callable[[], "EscposTicketPrinter"]

FORMATS = ("pdf", "xlsx")


class FileNotWritten(KioskError):
    """The report was made but the chosen file could not be written (read-only folder, full disk,
    the file open in Excel)."""

    exit_code = 2


def default_file_name(period: Period, fmt: str) -> str:
    """A plain ASCII name a supervisor recognises: bao-cao-thang-2026-11.pdf, bao-cao-quy-2026-Q4.xlsx."""
    first = period.first
    if period.kind is PeriodKind.DAY:
        stem = f"ngay-{first:%Y-%m-%d}"
    elif period.kind is PeriodKind.WEEK:
        year, week, _ = first.isocalendar()
        stem = f"tuan-{year}-W{week:02d}"
    elif period.kind is PeriodKind.MONTH:
        stem = f"thang-{first:%Y-%m}"
    elif period.kind is PeriodKind.QUARTER:
        stem = f"quy-{first.year}-Q{(first.month - 1) // 3 + 1}"
    elif period.kind is PeriodKind.YEAR:
        stem = f"nam-{first.year}"
    else:
        stem = f"{first:%Y-%m-%d}-den-{period.last:%Y-%m-%d}"
    return f"bao-cao-{stem}.{fmt}"


def print_daily_slip(app: App, open_printer: OpenPrinter | None = None) -> PrinterState:
    """Today's summary slip on the ticket printer; PaperOut / PrinterOffline / PrinterFault when refused."""
    from devices.printers import open_configured  # the printer stack only when a slip is printed
    from devices.printers.daily_slip import daily_slip_document
    from kiosk_desktop.printing.slips import centre_name

    report = app.daily_report()
    printer = open_printer() if open_printer is not None else open_configured(app.resolved.settings.printer)
    document = daily_slip_document(report, centre_name(app.db), printer.model, datetime.now(app.zone))
    return printer.print_document(document)


def save_report(app: App, period: Period, fmt: str, path: Path) -> Path:
    """Build the report for `period`, render it as PDF or XLSX and write it to `path` whole."""
    from kiosk_desktop.reports.render import render  # reportlab and openpyxl load only when asked

    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r}")
    report = build_report(app.db, app.zone, period, app.resolved.settings.reports)
    content = render(report, fmt, daily=period.kind is PeriodKind.DAY)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    write_whole(path, data)
    log.info("report %s %s written to %s (%d bytes)", period.kind.value, period.first, path, len(data))
    return path


def write_whole(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: a failure never leaves half a report under its name."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise FileNotWritten(
            f"Không ghi được tệp {path.name} vào thư mục {path.parent}: {exc.strerror or exc}. "
            "Chọn thư mục khác, hoặc đóng tệp nếu nó đang mở trong chương trình khác, rồi lưu lại.",
            detail=f"{path}: {exc!r}",
        ) from exc
