"""The counter window's questions: which counter, transfer where, why park or pause, which number,
and the citizen's rating after a finished visit.

Dialogs open window-modal with `open()` (no nested event loop: the feed and the clock keep
running behind them) and hand their answer to the window's move methods. A transfer or park dialog
names one citizen: it closes by itself when the counter's ticket changes meanwhile (a keypad,
another PC), and the move it asks for names that ticket, so it never acts on someone else.

The rating screen is not modal: the officer can call the next citizen at once (F1). That call
closes a rating screen still open; a level already chosen is kept for the visit it was asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog

from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.counter_staff import OfficerView
from kiosk_desktop.services.views import QueueStatus, TicketView
from ui.counter_setup_dialog import CounterSetupDialog
from ui.operations import Load
from ui.reason_dialog import ReasonDialog
from ui.theme import BAD
from ui.transfer_dialog import TransferDialog

if TYPE_CHECKING:
    from ui.counter_window import CounterWindow
    from ui.rating_dialog import RatingDialog

translate = QCoreApplication.translate


class CounterDialogs(QObject):
    def __init__(self, window: CounterWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current: QDialog | None = None  # the open dialog, for tests and the demo script
        self.current_ticket: TicketView | None = None  # the citizen the open dialog is about
        self.rating: RatingDialog | None = None  # the rating screen, if one is open
        self.rating_ticket: TicketView | None = None  # the finished visit it rates
        self._setup_asked = False
        self._officers: list[OfficerView] | None = None
        self._setup_waits = False  # the officers are read, the floor's status not yet
        self._setup_problem = ""  # the message shown while the setup dialog cannot open
        self._setup = Load(window.reads, window.floor.app.queue.officers, self._open_setup, self._setup_failed)
        window.floor.state.status_changed.connect(self._status_arrived)

    def _show(self, dialog: QDialog, ticket: TicketView | None = None) -> QDialog:
        if self.current is not None:
            self.current.reject()
        self.current = dialog
        self.current_ticket = ticket
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
            self.current_ticket = None
        dialog.deleteLater()

    def ticket_changed(self, ticket: TicketView | None) -> None:
        """The counter holds `ticket` now (a move here, a keypad, another PC)."""
        asked = self.current_ticket
        if self.current is not None and asked is not None and (ticket is None or ticket.id != asked.id):
            self.current.reject()  # it names a citizen who is no longer at the counter
            self.window.message.setStyleSheet(f"color: {BAD};")
            text = translate("Counter", "Số %1 đã rời quầy (thao tác từ bàn phím hoặc máy khác): hộp thoại đã đóng.")
            self.window.message.setText(text.replace("%1", asked.number))
        rated = self.rating_ticket
        if ticket is not None and rated is not None and ticket.id != rated.id:
            self.abandon_rating()  # a new citizen is called: the previous one has left

    def close(self) -> None:
        """The window is closing: no more retries; a level already chosen is still kept."""
        self._setup.stop()
        self.abandon_rating()

    # --- setup -----------------------------------------------------------------------------

    def ask_setup_once(self, status: QueueStatus) -> None:
        if not self._setup_asked:
            self._setup_asked = True
            self.ask_setup()

    def ask_setup(self) -> None:
        self._setup.start()  # on failure it says so and tries again when the database answers

    def _setup_failed(self, error: KioskError) -> None:
        self._setup_problem = translate(
            "Counter", "Chưa mở được hộp chọn quầy và cán bộ: %1 Hộp sẽ tự mở khi cơ sở dữ liệu hoạt động trở lại."
        ).replace("%1", error.message)
        self.window.message.setStyleSheet(f"color: {BAD};")
        self.window.message.setText(self._setup_problem)

    def _open_setup(self, officers: list[OfficerView]) -> None:
        status = self.window.floor.state.status
        self._officers = officers
        if status is None:  # the floor's picture is not read yet: open when it comes
            self._setup_waits = True
            self.window.message.setStyleSheet(f"color: {BAD};")
            self.window.message.setText(
                translate("Counter", "Đang chờ đọc danh sách quầy; hộp chọn quầy sẽ tự mở khi đọc được.")
            )
            return
        self._setup_waits = False
        if self._setup_problem and self.window.message.text() == self._setup_problem:
            self.window.message.clear()  # the problem it named is over
        self._setup_problem = ""
        current = self.window.officer.code if self.window.officer else None
        dialog = CounterSetupDialog(
            status.counters, officers, counter=self.window.counter, officer=current, parent=self.window
        )
        dialog.accepted.connect(lambda: self._setup_chosen(dialog))
        self._show(dialog)

    def _status_arrived(self, _status: QueueStatus) -> None:
        if self._setup_waits and self._officers is not None:
            self._open_setup(self._officers)

    def _setup_chosen(self, dialog: CounterSetupDialog) -> None:
        counter = dialog.chosen_counter()
        if counter is not None:
            self.window.use_counter(counter, dialog.chosen_officer())

    # --- moves that need an answer ---------------------------------------------------------

    def ask_transfer(self) -> None:
        status, state = self.window.floor.state.status, self.window.state
        if status is None or state is None or state.ticket is None:
            return
        ticket = state.ticket
        dialog = TransferDialog(ticket.number, status.services, ticket.service, self.window)
        dialog.accepted.connect(
            lambda: self.window.transfer(dialog.chosen_service() or "", dialog.chosen_placement(), expected=ticket)
        )
        self._show(dialog, ticket)

    def ask_park(self) -> None:
        state = self.window.state
        if state is None or state.ticket is None:
            return
        ticket = state.ticket
        dialog = ReasonDialog(
            translate("Counter", "Tạm gác"),
            translate("Counter", "Công dân số %1 tạm rời quầy vì:").replace("%1", ticket.number),
            (
                translate("Counter", "Bổ sung giấy tờ"),
                translate("Counter", "Sao chụp giấy tờ"),
                translate("Counter", "Nộp phí, lệ phí"),
                translate("Counter", "Chờ ý kiến lãnh đạo"),
            ),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.window.park(dialog.value(), expected=ticket))
        self._show(dialog, ticket)

    def ask_pause(self) -> None:
        dialog = ReasonDialog(
            translate("Counter", "Tạm dừng quầy"),
            translate("Counter", "Lý do tạm dừng:"),
            (
                translate("Counter", "Nghỉ trưa"),
                translate("Counter", "Họp giao ban"),
                translate("Counter", "Hỗ trợ quầy khác"),
                translate("Counter", "Xử lý hồ sơ"),
            ),
            required=True,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.window.pause(dialog.value()))
        self._show(dialog)

    def ask_number(self) -> None:
        dialog = ReasonDialog(
            translate("Counter", "Gọi theo số"),
            translate("Counter", "Số trên phiếu của công dân quay lại (tạm gác hoặc vắng mặt), ví dụ A012:"),
            required=True,
            upper=True,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.window.call_number(dialog.value()))
        self._show(dialog)

    # --- rating ----------------------------------------------------------------------------

    def ask_rating(self, finished: TicketView | None) -> None:
        """The satisfaction screen after a finished visit, when this PC is set up for it."""
        settings = self.window.floor.settings.counter
        if finished is None or not settings.ask_rating:
            return
        from ui.rating_dialog import RatingDialog, rating_recorder  # only where ratings are asked

        self.abandon_rating()
        record = rating_recorder(self.window.floor.app, settings.rating_levels)
        dialog = RatingDialog(settings.rating_levels, finished.number, self.window)
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the officer's buttons and keys keep working
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # F1 stays with the counter window
        for key, shortcut in self.window.moves.shortcuts.items():  # and works when the citizen tapped it
            forward = QShortcut(QKeySequence(key), dialog)
            forward.activated.connect(shortcut.activated.emit)
        ticket_id = finished.id  # the visit asked about, whatever the counter holds when it is answered
        dialog.rated.connect(
            lambda level, reason: self.window.ops.run(
                lambda: record(ticket_id, level, reason), on_failed=self.window.show_refusal
            )
        )
        dialog.finished.connect(lambda _result: self._rating_closed(dialog))
        self.rating, self.rating_ticket = dialog, finished
        dialog.show()

    def abandon_rating(self) -> None:
        """Close the rating screen; a level the citizen already chose is still recorded."""
        if self.rating is not None:
            self.rating.abandon()

    def _rating_closed(self, dialog: RatingDialog) -> None:
        if self.rating is dialog:
            self.rating, self.rating_ticket = None, None
        dialog.deleteLater()
