"""Builds the A4 PDF of a daily or period report from its sections, with page numbers."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import tables
from kiosk_desktop.reports.pdf import styles
from kiosk_desktop.reports.pdf.appendix import appendix_flowables
from kiosk_desktop.reports.pdf.charts import arrivals_chart, waits_chart
from kiosk_desktop.reports.pdf.figures import headline_block
from kiosk_desktop.reports.pdf.header import header_block, title_block
from kiosk_desktop.reports.pdf.ii06a import ii06a_flowables
from kiosk_desktop.reports.pdf.signature import signature_block
from kiosk_desktop.reports.pdf.tables import pdf_table

DAILY_TITLE = ("BÁO CÁO NGÀY", "Tình hình phục vụ công dân và tiếp nhận hồ sơ thủ tục hành chính")
PERIOD_TITLE = ("BÁO CÁO", "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính và phục vụ công dân")


def _section(title: str, *parts: Flowable | list[Flowable]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(title, styles.HEADING)]
    for part in parts:
        out += part if isinstance(part, list) else [part]
    return out


def _body(report: PeriodReport, daily: bool) -> list[Flowable]:
    story: list[Flowable] = [
        header_block(report, report.made_on),
        *title_block(report, *(DAILY_TITLE if daily else PERIOD_TITLE)),
    ]
    story += _section("I. SỐ LIỆU CHÍNH", headline_block(report))
    story += _section("II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ THEO LĨNH VỰC", ii06a_flowables(report))
    story += _section(
        "III. TIẾP NHẬN HỒ SƠ",
        pdf_table(tables.intake(report), caption=False),
        [] if daily else pdf_table(tables.procedures(report)),
    )
    story += _section(
        "IV. PHỤC VỤ CÔNG DÂN THEO DỊCH VỤ", pdf_table(tables.by_service(report), caption=False), waits_chart(report)
    )
    by_day = [] if daily or len(report.queue.by_day) < 2 else pdf_table(tables.by_day(report))
    story += _section(
        "V. LƯỢT CÔNG DÂN THEO GIỜ" if not by_day else "V. LƯỢT CÔNG DÂN THEO GIỜ VÀ THEO NGÀY",
        arrivals_chart(report),
        pdf_table(tables.by_hour(report)),
        by_day,
    )
    story += _section(
        "VI. THEO QUẦY VÀ CÁN BỘ",
        pdf_table(tables.by_counter(report)),
        pdf_table(tables.by_officer(report)),
        pdf_table(tables.pauses(report)),
    )
    story += _section("VII. ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG", pdf_table(tables.ratings(report), caption=False))
    story.append(signature_block(report.settings))
    if not daily:
        story += [PageBreak(), *appendix_flowables(report)]
    return story


def _footer(report: PeriodReport) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(styles.REGULAR, 7)
        canvas.drawString(styles.MARGIN, 9 * 2.835, f"{report.centre} · {report.period.title()}")
        canvas.drawRightString(A4[0] - styles.MARGIN, 9 * 2.835, f"Trang {doc.page}")
        canvas.restoreState()

    return draw


def pdf_bytes(report: PeriodReport, *, daily: bool) -> bytes:
    styles.register_fonts()
    out = io.BytesIO()
    title = (DAILY_TITLE if daily else PERIOD_TITLE)[0]
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=styles.MARGIN,
        rightMargin=styles.MARGIN,
        topMargin=styles.MARGIN,
        bottomMargin=styles.MARGIN + 4,
        title=f"{title} – {report.period.title()}",
        author=report.centre,
        subject=report.period.span(),
    )
    footer = _footer(report)
    doc.build(_body(report, daily), onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()
