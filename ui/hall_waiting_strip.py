"""The hall display's waiting counts: one cell per service, the count large, the name beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget

from kiosk_desktop.services.views import ServiceQueue
from ui.theme import font, set_look

translate = QCoreApplication.translate


class WaitingStrip(QFrame):
    def __init__(self, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._scale = 1.0
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
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
            name.setText(service.name)

    def _rebuild(self, services: list[ServiceQueue]) -> None:
        for count, name in self.cells.values():
            count.deleteLater()
            name.deleteLater()
        self.cells = {}
        for index, service in enumerate(services):
            count, name = QLabel(), QLabel()
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
            name.setFont(font(int(24 * scale)))
