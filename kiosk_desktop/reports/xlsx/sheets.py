"""One worksheet per report table (reports.tables.Table): header, rows, total, numbers as numbers,
days as dates. A missing figure (None) is an empty cell that keeps the column's number format:
never a '–' text, which would stop the column summing or sorting as numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kiosk_desktop.reports import tables as model
from kiosk_desktop.reports.xlsx import style

FORMATS = {
    model.Kind.INT: style.INT,
    model.Kind.PCT: style.PCT,
    model.Kind.MINUTES: style.MINUTES,
    model.Kind.HOURS: style.HOURS,
    model.Kind.DATE: style.DATE,
}


def cell_value(value: Any, kind: model.Kind) -> Any:
    """What the cell holds: percent as a fraction, minutes for MINUTES, days for HOURS, the date
    itself for DATE, nothing (an empty cell) for None."""
    if value is None or isinstance(value, str):
        return value
    if kind is model.Kind.PCT:
        return float(Decimal(value) / 100)
    if kind is model.Kind.MINUTES:
        return round(float(value) / 60, 4)
    if kind is model.Kind.HOURS:
        return round(float(value) / 86400, 8)
    return value


def write_rows(
    ws: Worksheet, first_row: int, columns: list[model.Column], rows: list[list[Any]], bold: bool = False
) -> int:
    r = first_row
    for values in rows:
        for c, (value, column) in enumerate(zip(values, columns, strict=True), start=1):
            cell = ws.cell(row=r, column=c, value=cell_value(value, column.kind))
            cell.border = style.BOX
            cell.font = style.BOLD if bold else style.FONT
            if column.kind is model.Kind.TEXT or isinstance(value, str):
                cell.alignment = style.WRAP
            else:
                cell.number_format = FORMATS[column.kind]
            if bold:
                cell.fill = style.TOTAL_FILL
        r += 1
    return r


def table_sheet(ws: Worksheet, table: model.Table, heading: str) -> None:
    ws.cell(row=1, column=1, value=table.title).font = style.TITLE
    ws.cell(row=2, column=1, value=heading).font = style.FONT
    for c, column in enumerate(table.columns, start=1):
        cell = ws.cell(row=4, column=c, value=column.title)
        cell.font, cell.fill, cell.alignment, cell.border = style.BOLD, style.HEAD_FILL, style.CENTRE, style.BOX
        ws.column_dimensions[get_column_letter(c)].width = max(11.0, column.width * 11)
    ws.row_dimensions[4].height = 32
    last = write_rows(ws, 5, table.columns, table.rows)
    if table.total is not None:
        last = write_rows(ws, last, table.columns, [table.total], bold=True)
    if table.note:
        ws.cell(row=last + 1, column=1, value=table.note).font = style.NOTE
    ws.freeze_panes = "B5"
    style.print_setup(ws, "4:4", landscape=len(table.columns) > 6)
