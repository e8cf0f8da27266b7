"""The counter window's questions: which counter, transfer where, why park or pause, which number.

Dialogs open window-modal with `open()` (no nested event loop: the feed and the clock keep
running behind them) and hand their answer to the window's move methods."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from kiosk_desktop.services.counter_staff import OfficerView
from kiosk_desktop.services.views import QueueStatus, TicketView
from ui.counter_setup_dialog import CounterSetupDialog
from ui.reason_dialog import ReasonDialog
from ui.transfer_dialog import TransferDialog

if TYPE_CHECKING:
    from ui.counter_window import CounterWindow

translate = QCoreApplication.translate


class CounterDialogs(QObject):
    def __init__(self, window: CounterWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current: QDialog | None = None  # the open dialog, for tests and the demo script
        self._setup_asked = False

    def _show(self, dialog: QDialog) -> QDialog:
        if self.current is not None:
            self.current.reject()
        self.current = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()

    # --- setup -----------------------------------------------------------------------------

    def ask_setup_once(self, status: QueueStatus) -> None:
        if not self._setup_asked:
            self._setup_asked = True
            self.ask_setup()

    def ask_setup(self) -> None:
        queue = self.window.floor.app.queue
        self.window.reads.run(queue.officers, self._open_setup)

    def _open_setup(self, officers: list[OfficerView]) -> None:
        status = self.window.floor.state.status
        if status is None:
            return
        current = self.window.officer.code if self.window.officer else None
        dialog = CounterSetupDialog(
            status.counters, officers, counter=self.window.counter, officer=current, parent=self.window
        )
        dialog.accepted.connect(lambda: self._setup_chosen(dialog))
        self._show(dialog)

    def _setup_chosen(self, dialog: CounterSetupDialog) -> None:
        counter = dialog.chosen_counter()
        if counter is not None:
            self.window.use_counter(counter, dialog.chosen_officer())

    # --- moves that need an answer ---------------------------------------------------------

    def ask_transfer(self) -> None:
        status, state = self.window.floor.state.status, self.window.state
        if status is None or state is None or state.ticket is None:
            return
        dialog = TransferDialog(state.ticket.number, status.services, state.ticket.service, self.window)
        dialog.accepted.connect(lambda: self.window.transfer(dialog.chosen_service() or "", dialog.chosen_placement()))
        self._show(dialog)

    def ask_park(self) -> None:
        dialog = ReasonDialog(
            translate("Counter", "Tạm gác"),
            translate("Counter", "Công dân tạm rời quầy vì:"),
            (
                translate("Counter", "Bổ sung giấy tờ"),
                translate("Counter", "Sao chụp giấy tờ"),
                translate("Counter", "Nộp phí, lệ phí"),
                translate("Counter", "Chờ ý kiến lãnh đạo"),
            ),
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self.window.park(dialog.value()))
        self._show(dialog)

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

    def ask_rating(self, finished: TicketView | None) -> None:
        """The satisfaction screen after a finished visit, when this PC is set up for it."""
        settings = self.window.floor.settings.counter
        if finished is None or not settings.ask_rating:
            return
        from ui.rating_dialog import RatingDialog, rating_recorder  # only where ratings are asked

        record = rating_recorder(self.window.floor.app, settings.rating_levels)
        dialog = RatingDialog(settings.rating_levels, finished.number, self.window)
        dialog.rated.connect(
            lambda level, reason: self.window.ops.run(
                lambda: record(finished.id, level, reason), on_failed=self.window.show_refusal
            )
        )
        self._show(dialog)
