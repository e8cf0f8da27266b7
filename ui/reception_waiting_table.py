"""Reception's lists: waiting counts per service, and every ticket still waiting with its wait."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kiosk_desktop.services.views import ServiceQueue, TicketView
from ui.texts import minutes_text, priority_label, status_label
from ui.theme import BAD, PRIORITY, font

translate = QCoreApplication.translate


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the service name takes what is left
    table.setFont(font(16))
    table.verticalHeader().setDefaultSectionSize(30)
    return table


def _cell(text: str, *, right: bool = False, colour: str | None = None, tip: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:  # a long service name ends in "…" in its column: the whole name on hover
        item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if colour:
        item.setForeground(QColor(colour))
    return item


class ReceptionWaitingTable(QWidget):
    ticket_picked = Signal(str)  # the number of the row clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tickets: list[TicketView] = []
        self.summary = _table(
            [
                translate("Reception", "Dịch vụ"),
                translate("Reception", "Chờ"),
                translate("Reception", "Ưu tiên"),
                translate("Reception", "Tạm gác"),
                translate("Reception", "Lâu nhất"),
                translate("Reception", "Đã cấp"),
            ],
            stretch=0,
        )
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list = _table(
            [
                translate("Reception", "Số"),
                translate("Reception", "Dịch vụ"),
                translate("Reception", "Ưu tiên"),
                translate("Reception", "Trạng thái"),
                translate("Reception", "Đã chờ"),
            ],
            stretch=1,
        )
        self.list.cellClicked.connect(lambda row, _column: self._pick(row))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)

    def show_services(self, services: list[ServiceQueue]) -> None:
        self.summary.setRowCount(len(services))
        rows = self.summary.verticalHeader().defaultSectionSize() * len(services)
        self.summary.setFixedHeight(rows + self.summary.horizontalHeader().sizeHint().height() + 4)  # no scrolling
        for row, service in enumerate(services):
            self.summary.setItem(row, 0, _cell(service.name, tip=True))
            self.summary.setItem(row, 1, _cell(str(service.waiting), right=True))
            colour = PRIORITY if service.priority_waiting else None
            self.summary.setItem(row, 2, _cell(str(service.priority_waiting), right=True, colour=colour))
            self.summary.setItem(row, 3, _cell(str(service.parked), right=True))
            self.summary.setItem(row, 4, _cell(minutes_text(service.oldest_wait_s), right=True))
            issued = str(service.issued_today)
            if service.daily_limit is not None:  # "4/4" in red: the kiosk no longer hands this one out
                issued += f"/{service.daily_limit}"
            self.summary.setItem(row, 5, _cell(issued, right=True, colour=BAD if service.limit_reached else None))

    def show_tickets(self, tickets: list[TicketView], now: datetime) -> None:
        picked = self.picked()
        self.tickets = tickets
        self.list.clearSelection()  # rows move as the queue moves: the selection follows the ticket
        self.list.setRowCount(len(tickets))
        for row, ticket in enumerate(tickets):
            colour = PRIORITY if ticket.priority else None
            self.list.setItem(row, 0, _cell(ticket.number, colour=colour))
            self.list.setItem(row, 1, _cell(ticket.service_name, tip=True))
            self.list.setItem(
                row, 2, _cell(priority_label(ticket.priority_reason) if ticket.priority else "", colour=colour)
            )
            self.list.setItem(row, 3, _cell(status_label(ticket.status)))
            self.list.setItem(row, 4, _cell(minutes_text((now - ticket.issued_at).total_seconds()), right=True))
        if picked is not None:
            self.select_number(picked.number)

    def picked(self) -> TicketView | None:
        """The ticket of the selected row, if any."""
        rows = self.list.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.tickets[row] if 0 <= row < len(self.tickets) else None

    def ticket_by_number(self, number: str) -> TicketView | None:
        return next((ticket for ticket in self.tickets if ticket.number == number), None)

    def select_number(self, number: str) -> None:
        """Highlight the row of this number (typed at the desk, or picked before a reload)."""
        numbers = [ticket.number for ticket in self.tickets]
        if number in numbers:
            self.list.selectRow(numbers.index(number))
        else:
            self.list.clearSelection()

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.tickets):
            self.ticket_picked.emit(self.tickets[row].number)
