"""Biểu II.06a/VPCP/KSTT as a worksheet laid out like the official form: the form code, the
title, the period and reporting unit, the three merged header rows, column numbers, the rows."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import ii06a_layout as form
from kiosk_desktop.reports.xlsx import style

HEAD_TOP = 7  # first header row on the sheet


def _head(ws: Worksheet) -> None:
    for span in form.HEADER:
        top, left = HEAD_TOP + span.row, 1 + span.col
        if (span.row, span.col) != (span.row2, span.col2):
            ws.merge_cells(start_row=top, start_column=left, end_row=HEAD_TOP + span.row2, end_column=1 + span.col2)
        cell = ws.cell(row=top, column=left, value=span.text)
        cell.font, cell.alignment = style.BOLD, style.CENTRE
    for row in range(HEAD_TOP, HEAD_TOP + form.HEADER_ROWS):
        for col in range(1, form.COLUMNS + 1):
            cell = ws.cell(row=row, column=col)
            cell.border, cell.fill = style.BOX, style.HEAD_FILL
    ws.row_dimensions[HEAD_TOP + 2].height = 45


def ii06a_sheet(ws: Worksheet, report: PeriodReport) -> None:
    last_col = get_column_letter(form.COLUMNS)
    ws.merge_cells("A1:E1")
    ws["A1"] = report.settings.authority.upper() or report.centre.upper()
    ws.merge_cells(f"J1:{last_col}1")
    ws["J1"] = form.FORM_CODE
    ws.merge_cells(f"A3:{last_col}3")
    ws["A3"] = form.TITLE
    ws.merge_cells(f"A4:{last_col}4")
    ws["A4"] = f"Kỳ báo cáo: {report.period.title()} ({report.period.span()})"
    ws.merge_cells(f"A5:{last_col}5")
    ws["A5"] = f"Đơn vị báo cáo: {report.centre}"
    for ref, font in (
        ("A1", style.BOLD),
        ("J1", style.BOLD),
        ("A3", style.TITLE),
        ("A4", style.FONT),
        ("A5", style.FONT),
    ):
        ws[ref].font = font
        ws[ref].alignment = style.CENTRE
    _head(ws)
    lines = form.body(report.fields, report.fields_total)
    first = HEAD_TOP + form.HEADER_ROWS
    for k, line in enumerate(lines):
        total = k == len(lines) - 1
        for c, value in enumerate(line, start=1):
            cell = ws.cell(row=first + k, column=c, value=value)
            cell.border, cell.font = style.BOX, style.BOLD if total else style.FONT
            if isinstance(value, int):
                cell.number_format = style.INT
            else:
                cell.alignment = style.CENTRE if c == 1 else style.WRAP
            if total:
                cell.fill = style.TOTAL_FILL
    note_row = first + len(lines) + 1
    for n, note in enumerate(form.notes(report.fields_total)):
        ws.cell(row=note_row + n, column=1, value=note).font = style.NOTE
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 30
    for col in range(3, form.COLUMNS + 1):
        ws.column_dimensions[get_column_letter(col)].width = 11
    ws.freeze_panes = ws.cell(row=first, column=3)
    style.print_setup(ws, f"{HEAD_TOP}:{first - 1}", landscape=True)
