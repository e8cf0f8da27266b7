"""Fonts, paragraph styles and table styles of the PDF reports.

reportlab's own fonts lack ư, ầ, ặ, ế...: the bundled DejaVu Sans is registered (and embedded in
every PDF) under the names below, regular and bold."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk_desktop.fonts import font_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MARGIN = 15 * mm
GRID = colors.HexColor("#7a7a7a")
HEAD_FILL = colors.HexColor("#e8edf3")
TOTAL_FILL = colors.HexColor("#f3f3f3")
ACCENT = colors.HexColor("#1f4e79")


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def style(name: str, size: float = 9.5, *, bold: bool = False, align: int = TA_LEFT, **extra: object) -> ParagraphStyle:
    register_fonts()
    extra.setdefault("leading", size * 1.3)
    return ParagraphStyle(name, fontName=BOLD if bold else REGULAR, fontSize=size, alignment=align, **extra)


BODY = style("body")
SMALL = style("small", 7.5)
NOTE = style("note", 7.5, textColor=colors.HexColor("#444444"))
CELL = style("cell", 7.5, leading=9)
CELL_RIGHT = style("cell-right", 7.5, align=TA_RIGHT, leading=9)
CELL_HEAD = style("cell-head", 7.2, bold=True, align=TA_CENTER, leading=8.6)
HEADING = style("heading", 10.5, bold=True, spaceBefore=8, spaceAfter=4, textColor=ACCENT, keepWithNext=1)
CAPTION = style("caption", 8.5, bold=True, spaceBefore=4, spaceAfter=2, keepWithNext=1)
TITLE = style("title", 14, bold=True, align=TA_CENTER, spaceBefore=10, spaceAfter=2)
SUBTITLE = style("subtitle", 10.5, bold=True, align=TA_CENTER, spaceAfter=2)
CENTRED = style("centred", 9.5, align=TA_CENTER)
CENTRED_BOLD = style("centred-bold", 9.5, bold=True, align=TA_CENTER)


def grid_commands(header_rows: int, total_row: bool, rows: int) -> list[tuple[object, ...]]:
    """Thin grid, shaded header, shaded bold total row; numbers sit right, text left."""
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if total_row and rows > header_rows:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("FONTNAME", (0, -1), (-1, -1), BOLD)]
    return commands
