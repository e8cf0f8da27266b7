"""Charts drawn with reportlab graphics: arrivals by hour, waits by service.

Bars start at zero (valueAxis.valueMin = 0): without it reportlab starts the axis at the
smallest bar, which then vanishes."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from kiosk_desktop.metrics.report import PeriodReport
from kiosk_desktop.reports import vn_format as vn
from kiosk_desktop.reports.pdf import styles

WIDTH = 180 * mm
BAR = colors.HexColor("#2e75b6")
BAR2 = colors.HexColor("#f4b183")


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 10, text, fontName=styles.BOLD, fontSize=9))


def _axis_fonts(chart: VerticalBarChart | HorizontalBarChart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = styles.REGULAR
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: vn.number(v, 0 if float(v).is_integer() else 1)


def arrivals_chart(report: PeriodReport) -> Drawing:
    rows = report.queue.by_hour
    drawing = Drawing(WIDTH, 62 * mm)
    _title(drawing, "Lượt lấy số theo giờ")
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 8 * mm, WIDTH - 16 * mm, 44 * mm
    chart.data = [[r.issued for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [f"{r.hour}h" for r in rows] or [""]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    _axis_fonts(chart)
    chart.barLabelFormat = lambda v: vn.number(v)
    chart.barLabels.fontName = styles.REGULAR
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def waits_chart(report: PeriodReport) -> Drawing:
    rows = [r for r in report.queue.by_service if r.wait.count]
    height = max(45 * mm, (len(rows) * 10 + 30) * mm)
    drawing = Drawing(WIDTH, height)
    _title(drawing, "Thời gian chờ theo dịch vụ (phút)")
    chart = HorizontalBarChart()
    chart.x, chart.y = 58 * mm, 12 * mm
    chart.width, chart.height = WIDTH - 64 * mm, height - 26 * mm
    chart.data = [[(r.wait.mean or 0) / 60 for r in rows] or [0], [(r.wait.p90 or 0) / 60 for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [r.name for r in rows] or [""]
    chart.categoryAxis.reverseDirection = True  # first service on top, as in the tables
    chart.bars[0].fillColor = BAR
    chart.bars[1].fillColor = BAR2
    chart.bars.strokeColor = None
    _axis_fonts(chart)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 58 * mm, 5 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = styles.REGULAR
    legend.fontSize = 7
    legend.colorNamePairs = [(BAR, "Trung bình"), (BAR2, "90% lượt được gọi trong")]
    legend.dx, legend.dy, legend.deltax = 6, 6, 70
    drawing.add(legend)
    return drawing
