"""The workbook of a period report: a summary sheet, Biểu II.06a, one sheet per table, the appendix."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import tables
from kiosk_desktop.reports.appendix import HEADER, TITLE
from kiosk_desktop.reports.xlsx import style
from kiosk_desktop.reports.xlsx.ii06a import ii06a_sheet
from kiosk_desktop.reports.xlsx.sheets import table_sheet

# Excel takes Vietnamese sheet names (up to 31 characters, none of []:*?/\)
II06A_SHEET = "Biểu II.06a"
APPENDIX_SHEET = "Phụ lục"
TABLES = (tables.by_service, tables.by_counter, tables.by_officer, tables.pauses, tables.by_hour, tables.by_day,
          tables.intake, tables.ratings, tables.procedures)  # fmt: skip


def _appendix(ws: Worksheet, report: PeriodReport) -> None:
    ws.cell(row=1, column=1, value=f"Phụ lục: {TITLE}").font = style.TITLE
    ws.cell(row=2, column=1, value=f"{report.period.title()} ({report.period.span()})").font = style.FONT
    for c, title in enumerate(HEADER, start=1):
        cell = ws.cell(row=4, column=c, value=title)
        cell.font, cell.fill, cell.alignment, cell.border = style.BOLD, style.HEAD_FILL, style.CENTRE, style.BOX
    for r, ind in enumerate(report.indicators, start=5):
        values = [r - 4, ind.label, float(ind.target_pct) / 100,
                  None if ind.result_pct is None else float(ind.result_pct) / 100, ind.verdict]  # fmt: skip
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.font, cell.border = style.FONT, style.BOX
            if c in (3, 4):
                cell.number_format = style.PCT
            elif c == 2:
                cell.alignment = style.WRAP
    for letter, width in zip("ABCDE", (6, 60, 12, 12, 16), strict=True):
        ws.column_dimensions[letter].width = width
    style.print_setup(ws, "4:4")


def xlsx_bytes(report: PeriodReport) -> bytes:
    book = Workbook()
    heading = f"{report.centre} · {report.period.title()} ({report.period.span()})"
    first = book.active
    summary = tables.summary(report)
    first.title = summary.key
    table_sheet(first, summary, heading)
    ii06a_sheet(book.create_sheet(II06A_SHEET), report)
    for build in TABLES:
        table = build(report)
        table_sheet(book.create_sheet(table.key), table, heading)
    _appendix(book.create_sheet(APPENDIX_SHEET), report)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
