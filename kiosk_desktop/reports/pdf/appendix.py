"""The appendix page: STT | Nội dung | Chỉ tiêu | Kết quả | Đánh giá, as in the seeds."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from kiosk_desktop.metrics.indicators import MET, NOT_MET
from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports.appendix import HEADER, TITLE, appendix_rows
from kiosk_desktop.reports.pdf import styles

WIDTHS = [10 * mm, 82 * mm, 22 * mm, 42 * mm, 24 * mm]
# plain words for the reader of an official document; the settings key stays in the settings help
TARGETS_NOTE = "Chỉ tiêu theo cấu hình của Trung tâm; đạt khi kết quả không thấp hơn chỉ tiêu."
VERDICT_COLOURS = {MET: colors.HexColor("#1e7b34"), NOT_MET: colors.HexColor("#b3261e")}


def appendix_flowables(report: PeriodReport) -> list[Flowable]:
    rows = appendix_rows(report.indicators)
    grid: list[list[Flowable]] = [[Paragraph(h, styles.CELL_HEAD) for h in HEADER]]
    for r in rows:
        grid.append(
            [
                Paragraph(str(r.stt), styles.CELL_HEAD),
                Paragraph(r.label, styles.CELL),
                Paragraph(r.target, styles.CELL_RIGHT),
                Paragraph(r.result, styles.CELL_RIGHT),
                Paragraph(
                    f"<b>{r.verdict}</b>",
                    styles.style(
                        f"verdict-{r.stt}", 7.5, align=1, textColor=VERDICT_COLOURS.get(r.verdict, colors.black)
                    ),
                ),
            ]
        )
    table = Table(grid, colWidths=WIDTHS, repeatRows=1)
    table.setStyle(styles.grid_commands(1, False, len(grid)))
    return [
        Paragraph("Phụ lục", styles.TITLE),
        Paragraph(TITLE, styles.SUBTITLE),
        Paragraph(f"({report.period.title()}; {report.period.span()})", styles.CENTRED),
        Paragraph("&nbsp;", styles.BODY),
        table,
        Paragraph(
            TARGETS_NOTE,
            styles.NOTE,
        ),
    ]
