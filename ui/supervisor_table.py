"""The read-only tables of the supervisor's window: headers with tooltips, text that scales with
the window, number columns as wide as they need and text columns sharing the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget

from ui.theme import font

#: Room around a header's text (the style sheet's padding and the sort-free header's margin).
HEADER_ROOM = 18


class FloorTable(QTableWidget):
    """`shares`: the text columns' shares of the width the number columns leave."""

    def __init__(
        self,
        headers: list[str],
        tips: dict[int, str],
        shares: dict[int, float],
        *,
        row_pixels: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.shares = shares
        self.row_pixels = row_pixels
        self.setHorizontalHeaderLabels(headers)
        for column, tip in tips.items():
            self.model().setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAlternatingRowColors(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.rescale(1.0)

    def rescale(self, scale: float) -> None:
        self.setFont(font(int(16 * scale)))
        self.horizontalHeader().setFont(font(int(15 * scale), bold=True))
        self.horizontalHeader().setStyleSheet("QHeaderView::section { padding: 6px 8px; }")
        self.verticalHeader().setDefaultSectionSize(int(self.row_pixels * scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Number columns as wide as their header or widest value; the text columns share the rest,
        so a long name is cut with '…' (its tooltip has it whole) instead of squeezing the numbers."""
        metrics = self.horizontalHeader().fontMetrics()
        room = self.viewport().width()
        for column in range(self.columnCount()):
            if column not in self.shares:
                label = str(self.model().headerData(column, Qt.Orientation.Horizontal))
                width = max(metrics.horizontalAdvance(label) + HEADER_ROOM, self.sizeHintForColumn(column) + 8)
                self.setColumnWidth(column, width)
                room -= width
        for column, share in self.shares.items():
            self.setColumnWidth(column, max(60, int(room * share)))
