"""One door to the writers: a report in a named format, as text or bytes."""

from __future__ import annotations

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports.pdf.document import pdf_bytes
from kiosk_desktop.reports.text import report_text
from kiosk_desktop.reports.xlsx.book import xlsx_bytes


def render(report: PeriodReport, fmt: str, *, daily: bool) -> str | bytes:
    if fmt == "pdf":
        return pdf_bytes(report, daily=daily)
    if fmt == "xlsx":
        return xlsx_bytes(report)
    if fmt == "txt":
        return report_text(report)
    raise ValueError(f"unknown report format {fmt!r}")
