"""A report table (reports.tables.Table) as a reportlab table: Vietnamese number formats,
wrapped text, header repeated on every page it runs over."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from kiosk_desktop.reports import tables as model
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

WIDTH = 180.0  # mm between the margins of an A4 portrait page


def cell_text(value: Any, kind: model.Kind) -> str:
    """None (no figure) comes out as '–' through the vn_format helpers."""
    if isinstance(value, str):
        return value
    if kind is model.Kind.DATE:
        return vn.DASH if value is None else vn.day(value)
    if kind is model.Kind.PCT:
        return vn.percent(value)
    if kind is model.Kind.MINUTES:
        return vn.minutes(value)
    if kind is model.Kind.HOURS:
        return vn.clock_hours(value)
    return vn.number(value)


def _cell(value: Any, column: model.Column, bold: bool = False) -> Paragraph:
    text = _escape(cell_text(value, column.kind))
    style = styles.CELL if column.kind in (model.Kind.TEXT, model.Kind.DATE) else styles.CELL_RIGHT
    return Paragraph(f"<b>{text}</b>" if bold else text, style)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def widths(columns: list[model.Column], total_mm: float = WIDTH) -> list[float]:
    scale = total_mm / sum(c.width for c in columns)
    return [c.width * scale * mm for c in columns]


def pdf_table(table: model.Table, *, caption: bool = True) -> list[Flowable]:
    """The table under its title (`caption`), with its note below."""
    if not table.rows:
        return [Paragraph(f"{_escape(table.title)}: không có số liệu trong kỳ.", styles.NOTE)]
    head = [Paragraph(_escape(c.title), styles.CELL_HEAD) for c in table.columns]
    body = [[_cell(v, c) for v, c in zip(row, table.columns, strict=True)] for row in table.rows]
    if table.total is not None:
        body.append([_cell(v, c, bold=True) for v, c in zip(table.total, table.columns, strict=True)])
    grid = Table([head, *body], colWidths=widths(table.columns), repeatRows=1)
    grid.setStyle(styles.grid_commands(1, table.total is not None, len(body) + 1))
    out: list[Flowable] = [Paragraph(_escape(table.title), styles.CAPTION), grid] if caption else [grid]
    if table.note:
        out.append(Paragraph(_escape(table.note), styles.NOTE))
    return out
