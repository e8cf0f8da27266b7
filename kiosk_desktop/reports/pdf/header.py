"""The official header (Decree 30/2020/NĐ-CP layout): the issuing body on the left, the national
motto on the right with the place and date under it; then the title and the period.

As the decree sets it: the motto's words joined by spaced hyphens, with a solid line drawn under it
as long as the motto (not the text underlined); a shorter line (about 1/3 to 1/2 of its width)
centred under the issuing body; the place-and-date line in italics. Only upright DejaVu Sans is
bundled, so the italics are the regular face slanted like DejaVu's own oblique (about 11°)."""

from __future__ import annotations

import math
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


LEFT_WIDTH, RIGHT_WIDTH = 78 * mm, 102 * mm
SLANT = math.tan(math.radians(11))


class CentredLine(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """One line of text centred in its column, optionally slanted (italics), optionally with a
    solid rule under it of `rule` times the text's width."""

    def __init__(self, text: str, size: float, *, bold: bool = False, italic: bool = False, rule: float = 0) -> None:
        super().__init__()
        self.text, self.size, self.italic, self.rule = text, size, italic, rule
        self.font = styles.BOLD if bold else styles.REGULAR
        self.space = 5.0 if rule else 0.0  # room for the rule, clear of the dots under ạ, ụ

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.3 + self.space

    def draw(self) -> None:
        canvas = self.canv
        text_width = stringWidth(self.text, self.font, self.size)
        base = self.size * 0.3 + self.space
        canvas.saveState()
        canvas.setFont(self.font, self.size)
        if self.italic:
            canvas.translate(self.width / 2, base)
            canvas.transform(1, 0, SLANT, 1, 0, 0)  # x shifts right in proportion to height
            canvas.drawCentredString(0, 0, self.text)
        else:
            canvas.drawCentredString(self.width / 2, base, self.text)
        canvas.restoreState()
        if self.rule:
            half = min(text_width, self.width) * self.rule / 2
            canvas.setLineWidth(0.6)
            canvas.line(self.width / 2 - half, base - 4.5, self.width / 2 + half, base - 4.5)


class Rule(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A solid centred rule `length` points long (under an issuing body that wraps to two lines)."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 5.0

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        self.canv.line((self.width - self.length) / 2, 2.5, (self.width + self.length) / 2, 2.5)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header_block(report: PeriodReport, made_on: date) -> Table:
    settings = report.settings
    left: list[Flowable] = []
    if settings.authority:
        left.append(Paragraph(_esc(settings.authority.upper()), styles.style("authority", 9, align=1)))
    organ = report.centre.upper() or "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    left.append(Paragraph(_esc(organ), styles.style("organ", 9, bold=True, align=1)))
    # the longest line of the name, which wraps when wider than the column
    organ_width = min(stringWidth(organ, styles.BOLD, 9), LEFT_WIDTH - 6)
    left.append(Rule(organ_width * 0.4))
    right: list[Flowable] = [
        Paragraph(NATION, styles.style("nation", 9, bold=True, align=1)),
        CentredLine(MOTTO, 9.5, bold=True, rule=1.0),
        Paragraph("&nbsp;", styles.style("gap", 4)),
        CentredLine(vn.dated_line(settings.place, made_on), 9, italic=True),
    ]
    block = Table([[left, right]], colWidths=[LEFT_WIDTH, RIGHT_WIDTH])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return block


def title_block(report: PeriodReport, title: str, subtitle: str) -> list[Flowable]:
    period = report.period
    plain = period.first == period.last or period.title().startswith("Từ")  # the title already gives the dates
    when = period.title() if plain else f"{period.title()} ({period.span()})"
    return [
        Paragraph(_esc(title), styles.TITLE),
        Paragraph(_esc(subtitle), styles.SUBTITLE),
        Paragraph(_esc(when), styles.CENTRED),
    ]
