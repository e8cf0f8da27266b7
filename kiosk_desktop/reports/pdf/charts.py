"""Charts drawn with reportlab graphics: arrivals by hour, waits by service.

Bars start at zero (valueAxis.valueMin = 0): without it reportlab starts the axis at the
smallest bar, which then vanishes. The value axis gets a 1-2-5 step chosen here, and labels with
as many decimals as the step has: reportlab's own steps for short waits (0,05 minutes) printed
with one decimal came out as 0 / 0,1 / 0,1 / 0,2, the same label twice."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

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


@dataclass(frozen=True)
class Scale:
    step: Decimal  # 1, 2 or 5 times a power of ten
    top: Decimal  # a whole number of steps, at or above the largest value
    decimals: int  # how many the step needs, so no two labels read the same

    def ticks(self) -> list[Decimal]:
        return [self.step * k for k in range(int(self.top / self.step) + 1)]

    def labels(self) -> list[str]:
        return [self.label(value) for value in self.ticks()]

    def label(self, value: float | Decimal) -> str:
        return "0" if value == 0 else vn.number(value, self.decimals)


def scale(largest: float, *, ticks: int = 5, smallest_step: Decimal | None = None) -> Scale:
    """A zero-based axis of about `ticks` steps reaching `largest`; `smallest_step` keeps counts
    to whole-number steps."""
    wanted = Decimal(str(largest)) / ticks if largest > 0 else Decimal(1)
    power = Decimal(1).scaleb(wanted.adjusted())  # 10 ** floor(log10(wanted))
    # the 1-2-5 step nearest (by ratio) to the wanted one: 56 → 10 (six steps), not 20 (three)
    step = min((power * m for m in (1, 2, 5, 10)), key=lambda c: max(c / wanted, wanted / c))
    if smallest_step is not None:
        step = max(step, smallest_step)
    step = step.normalize()
    steps = max(1, (Decimal(str(largest)) / step).to_integral_value(rounding=ROUND_CEILING))
    return Scale(step, steps * step, max(0, -step.as_tuple().exponent))  # type: ignore[operator]


def _axis(chart: VerticalBarChart | HorizontalBarChart, values: list[float], smallest_step: Decimal | None) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = styles.REGULAR
        axis.labels.fontSize = 7
    axis_scale = scale(max(values, default=0), smallest_step=smallest_step)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = float(axis_scale.top)
    # the tick values themselves: a float step (0,05 × 6 = 0,30000000000000004) lost the top tick
    chart.valueAxis.valueSteps = [float(value) for value in axis_scale.ticks()]
    chart.valueAxis.labelTextFormat = axis_scale.label


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
    _axis(chart, chart.data[0], Decimal(1))  # counts: whole-number steps
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
    _axis(chart, [*chart.data[0], *chart.data[1]], None)
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
