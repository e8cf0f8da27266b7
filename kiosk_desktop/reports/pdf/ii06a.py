"""Biểu II.06a in the PDF: the official three-row header with merged cells, repeated on every page."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import ii06a_layout as form
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

WIDTHS = [8 * mm, 40 * mm] + [132 * mm / 11] * 11


def _grid(report: PeriodReport) -> list[list[Flowable | str]]:
    grid: list[list[Flowable | str]] = [[""] * form.COLUMNS for _ in range(form.HEADER_ROWS)]
    for span in form.HEADER:
        grid[span.row][span.col] = Paragraph(span.text, styles.CELL_HEAD)
    lines = form.body(report.fields, report.fields_total)
    for k, line in enumerate(lines):
        bold = k == len(lines) - 1
        row: list[Flowable | str] = []
        for col, value in enumerate(line):
            text = value if isinstance(value, str) else vn.number(value)
            text = f"<b>{text}</b>" if bold else text
            style = styles.CELL_RIGHT if col >= 2 else (styles.CELL if col == 1 else styles.CELL_HEAD)
            row.append(Paragraph(text, style))
        grid.append(row)
    return grid


def ii06a_flowables(report: PeriodReport) -> list[Flowable]:
    table = Table(_grid(report), colWidths=WIDTHS, repeatRows=form.HEADER_ROWS)
    commands = styles.grid_commands(form.HEADER_ROWS, True, form.HEADER_ROWS + len(report.fields) + 1)
    commands += [("SPAN", (s.col, s.row), (s.col2, s.row2)) for s in form.HEADER if (s.col, s.row) != (s.col2, s.row2)]
    table.setStyle(commands)
    title = f"{form.FORM_CODE}: tình hình, kết quả giải quyết thủ tục hành chính"
    out: list[Flowable] = [Paragraph(title, styles.CAPTION), table]
    out += [Paragraph(line, styles.NOTE) for line in form.notes(report.fields_total)]
    return out
