"""The official header (Decree 30/2020 layout): the issuing body on the left, the national motto
on the right with the place and date under it; then the title and the period."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def header_block(report: PeriodReport, made_on: date) -> Table:
    settings = report.settings
    left: list[Flowable] = []
    if settings.authority:
        left.append(Paragraph(_esc(settings.authority.upper()), styles.style("authority", 9, align=1)))
    left.append(
        Paragraph(
            _esc(report.centre.upper() or "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
            styles.style("organ", 9, bold=True, align=1),
        )
    )
    left.append(Paragraph("―――――", styles.CENTRED))
    right = [
        Paragraph(NATION, styles.style("nation", 9, bold=True, align=1)),
        Paragraph(f"<u>{MOTTO}</u>", styles.style("motto", 9.5, bold=True, align=1)),
        Paragraph(_esc(vn.dated_line(settings.place, made_on)), styles.style("dated", 9, align=1, spaceBefore=6)),
    ]
    block = Table([[left, right]], colWidths=[78 * mm, 102 * mm])
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
