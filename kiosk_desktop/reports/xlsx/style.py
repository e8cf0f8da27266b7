"""Cell styles and number formats of the workbook.

Numbers are stored as numbers (counts, minutes, fractions for percentages, days for durations);
the formats below use Excel's codes (',' groups thousands, '.' marks decimals in the code), and
Excel or LibreOffice shows them with the PC's separators: 6.303 and 87,55% on a Vietnamese
Windows. A text copy of the figures in Vietnamese form is in the text report."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from kiosk_desktop.fonts import FAMILY

INT = "#,##0"
PCT = "0.00%"
MINUTES = "#,##0.0"
HOURS = "[h]:mm"
DATE = "dd/mm/yyyy"

THIN = Side(style="thin", color="7A7A7A")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="E8EDF3")
TOTAL_FILL = PatternFill("solid", fgColor="F3F3F3")
FONT = Font(name=FAMILY, size=10)
BOLD = Font(name=FAMILY, size=10, bold=True)
TITLE = Font(name=FAMILY, size=13, bold=True)
NOTE = Font(name=FAMILY, size=9, italic=True, color="444444")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def print_setup(ws: Worksheet, title_rows: str, *, landscape: bool = False) -> None:
    """A4, one page wide, the header rows repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
