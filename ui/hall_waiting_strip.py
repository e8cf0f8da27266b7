"""The hall display's waiting counts: one cell per service, the count large, the name beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk_desktop.services.views import ServiceQueue
from ui.theme import font, set_look

translate = QCoreApplication.translate


class ElidedName(QLabel):
    """A service name on one line: cut with '…' where the cell ends (never mid-letter), the whole
    name as the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        # the grid gives each name an equal share; a long name must not take more
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # cut again once the layout pass that resized the label is over: a new text set inside
        # that pass crashed the painter of the hall display (offscreen, under test)
        self._elide_later = QTimer(self)
        self._elide_later.setSingleShot(True)
        self._elide_later.setInterval(0)
        self._elide_later.timeout.connect(self.elide)

    @property
    def full_text(self) -> str:
        return self._full

    def set_name(self, name: str) -> None:
        self._full = name
        self.setToolTip(name)
        self.elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_later.start()

    def set_pixels(self, pixels: int) -> None:
        self.setFont(font(pixels))
        # a height of its own: a new text while the strip is being laid out never asks for another layout
        self.setFixedHeight(self.fontMetrics().height() + self.contentsMargins().top() + 2)
        self.elide()

    def elide(self) -> None:
        room = self.contentsRect().width()
        if room <= 0:
            text = self._full  # not laid out yet
        else:
            text = QFontMetrics(self.font()).elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)


class WaitingStrip(QFrame):
    def __init__(self, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._scale = 1.0
        self.cells: dict[str, tuple[QLabel, ElidedName]] = {}
        self.heading = QLabel(translate("Display", "ĐANG CHỜ"))
        set_look(self.heading, "hall-heading")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(4)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 8, 24, 8)
        row.setSpacing(28)
        row.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(self.grid, 1)
        set_look(self, "hall-panel")
        self.rescale(1.0)

    def show_services(self, services: list[ServiceQueue]) -> None:
        codes = [service.code for service in services]
        if codes != list(self.cells):
            self._rebuild(services)
        for service in services:
            count, name = self.cells[service.code]
            count.setText(str(service.waiting))
            name.set_name(service.name)

    def _rebuild(self, services: list[ServiceQueue]) -> None:
        for count, name in self.cells.values():
            count.deleteLater()
            name.deleteLater()
        self.cells = {}
        for index, service in enumerate(services):
            count, name = QLabel(), ElidedName()
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setMinimumWidth(10)
            set_look(count, "hall-number")
            row, column = divmod(index, self._columns)
            self.grid.addWidget(count, row, column * 2)
            self.grid.addWidget(name, row, column * 2 + 1)
            self.grid.setColumnStretch(column * 2 + 1, 1)
            self.cells[service.code] = (count, name)
        self.rescale(self._scale)

    def rescale(self, scale: float) -> None:
        self._scale = scale
        self.heading.setFont(font(int(26 * scale), bold=True))
        for count, name in self.cells.values():
            count.setFont(font(int(30 * scale), bold=True))
            count.setMinimumWidth(int(50 * scale))
            name.set_pixels(int(24 * scale))
