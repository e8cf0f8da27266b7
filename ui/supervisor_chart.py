"""Today's arrivals by hour (tickets issued in each local hour) as a small bar chart, with pyqtgraph
(QtCharts is deprecated). Office hours always show, so an empty morning still reads as a day.

Each bar carries its count and its hour as text, so no axis is needed. The chart is a bare
GraphicsView with one ViewBox: pyqtgraph's PlotItem and axes sit in a QGraphicsGridLayout, and
Qt gives such a layout a hidden parentless helper widget that a 'close every window' sweep (the
tests' teardown) deletes under Qt's feet, a crash; and PlotItem makes menus we do not want."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.theme import CARD, INK, LINE, MUTED, PRIMARY, font, set_look

translate = QCoreApplication.translate

OFFICE_HOURS = range(7, 18)  # 07:00 to 17:59: the axis a centre's day is read against
LABEL_ROOM = 0.16  # of the tallest bar: space below the baseline for the hour labels


class ArrivalsChart(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[int, int] = {}
        self._scale = 1.0
        self.heading = QLabel(translate("Supervisor", "Số phiếu cấp theo giờ hôm nay"))
        self.view = pg.GraphicsView(background=CARD)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.box = pg.ViewBox(enableMenu=False, enableMouse=False, defaultPadding=0)
        self.box.setMouseEnabled(x=False, y=False)
        self.view.setCentralItem(self.box)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.72, brush=PRIMARY, pen=pg.mkPen(None))
        self.baseline = pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(LINE, width=1))
        self.box.addItem(self.bars)
        self.box.addItem(self.baseline)
        self.texts: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        set_look(self, "card")
        self.rescale(1.0)

    def show_hours(self, by_hour: list[dict[str, Any]]) -> None:
        """`by_hour` from `App.daily_report()`: [{"hour": 8, "issued": 31}, ...] in the centre's local time."""
        self.counts = {int(row["hour"]): int(row["issued"]) for row in by_hour}
        self._draw()

    def _draw(self) -> None:
        shown = set(OFFICE_HOURS) | set(self.counts)
        hours = list(range(min(shown), max(shown) + 1))  # an early or late ticket widens the axis, no gaps
        heights = [self.counts.get(hour, 0) for hour in hours]
        self.bars.setOpts(x=hours, height=heights)
        top = max(5, max(heights, default=0)) * 1.22  # room above the tallest bar for its count
        for text in self.texts:
            self.box.removeItem(text)
        self.texts = []
        for hour, height in zip(hours, heights, strict=True):
            self._text(f"{hour}h", hour, 0, MUTED, bold=False, above=False)
            if height:  # the count above its bar: read at a glance, no axis to follow
                self._text(str(height), hour, height, INK, bold=True, above=True)
        self.box.setRange(xRange=(hours[0] - 0.6, hours[-1] + 0.6), yRange=(-top * LABEL_ROOM, top), padding=0)

    def _text(self, words: str, x: float, y: float, colour: str, *, bold: bool, above: bool) -> None:
        text = pg.TextItem(words, color=colour, anchor=(0.5, 1.0 if above else 0.0))
        text.setFont(font(int(13 * self._scale), bold=bold))
        text.setPos(x, y)
        self.box.addItem(text)
        self.texts.append(text)

    def rescale(self, scale: float) -> None:
        self._scale = scale
        self.heading.setFont(font(int(16 * scale), bold=True))
        self._draw()
