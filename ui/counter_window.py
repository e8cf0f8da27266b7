"""The counter officer's window: call, recall, no-show, transfer, park, finish, pause, resume.

Every move runs on this window's worker lane, one at a time and in order; the buttons are disabled
while one is on its way. The card shows the server's answer at once; the event feed then brings
the rest of the floor (waiting counts, figures). Hardware keypads call `perform` like the buttons."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from kiosk_desktop.domain import EventKind, TransferPlacement
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.counter_staff import OfficerView
from kiosk_desktop.services.counter_today import CounterToday, counter_today
from kiosk_desktop.services.event_feed import FeedEvent
from kiosk_desktop.services.views import CounterState, QueueStatus, TicketView
from ui.banner import TroubleBanner
from ui.counter_actions import CounterActions, done_text
from ui.counter_dialogs import CounterDialogs
from ui.counter_dossiers import CounterDossiers
from ui.counter_hardware import CounterHardware
from ui.counter_side_panel import CounterSidePanel
from ui.counter_ticket_panel import CounterTicketPanel
from ui.floor import Floor
from ui.operations import Operations
from ui.texts import counter_label
from ui.theme import BAD, GOOD, font, set_look

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FIGURES_EVERY_MS = 60_000
FIGURES_SOON_MS = 400  # a finish is seen twice (the move's answer, the feed): one refresh for both


class CounterWindow(QWidget):
    move_done = Signal(str, object)  # action name, TicketView | None
    move_failed = Signal(str, str)  # action name, Vietnamese message
    counter_chosen = Signal(int)

    def __init__(self, floor: Floor, counter: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.counter = counter
        self.officer: OfficerView | None = None
        self.state: CounterState | None = None
        self._barrier = -1  # see FloorState.requested
        self._asked_reason: str | None = None
        self.hardware: CounterHardware | None = None  # the counter's serial devices, if any
        self.setWindowTitle(translate("Counter", "Quầy tiếp nhận"))
        set_look(self, "page")
        self.ops = Operations(self)  # the moves, one at a time, in order
        self.reads = Operations(self)  # figures, lists, the catalogue: never in front of a call
        self.dialogs = CounterDialogs(self)
        self._build()
        self._wire()
        if counter is not None:
            self.use_counter(counter)
        elif floor.state.status is not None:
            self._on_status(floor.state.status)

    def _build(self) -> None:
        self.title = QLabel(translate("Counter", "Chưa chọn quầy"))
        self.title.setFont(font(30, bold=True))
        self.officer_label = QLabel()
        self.officer_label.setFont(font(18))
        self.setup_button = QPushButton(translate("Counter", "Đổi quầy / cán bộ"))
        self.banner = TroubleBanner()
        self.card = CounterTicketPanel()
        self.moves = CounterActions()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setFont(font(18, bold=True))
        self.side = CounterSidePanel()
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.officer_label, 1)
        top.addWidget(self.setup_button)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.card, 3)
        left.addWidget(self.moves, 3)
        left.addWidget(self.message)
        self.dossiers = CounterDossiers(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.side, translate("Counter", "Hàng chờ"))
        self.tabs.addTab(self.dossiers.panel, translate("Counter", "Hồ sơ"))
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 5)
        body.addWidget(self.tabs, 2)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # a small window shrinks its fonts
        layout.setContentsMargins(20, 14, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)

    def _wire(self) -> None:
        state = self.floor.state
        state.status_changed.connect(self._on_status)
        state.events_arrived.connect(self._on_events)
        state.trouble.connect(self.banner.report)
        for lane in (self.ops, self.reads):
            lane.storage_failed.connect(lambda text: self.banner.report("database", text))
            lane.storage_ok.connect(lambda: self.banner.report("database", ""))
        self.ops.busy_changed.connect(lambda _busy: self._sync_actions())
        self.moves.triggered.connect(self.perform)
        self.setup_button.clicked.connect(self.dialogs.ask_setup)
        self._clock = QTimer(self)
        self._clock.timeout.connect(lambda: self.card.tick(self.floor.state.now()))
        self._clock.start(1000)
        self._figures = QTimer(self)
        self._figures.timeout.connect(self.load_figures)
        self._figures.start(FIGURES_EVERY_MS)
        self._figures_soon = QTimer(self)
        self._figures_soon.setSingleShot(True)
        self._figures_soon.setInterval(FIGURES_SOON_MS)
        self._figures_soon.timeout.connect(lambda: self.load_figures())
        self._finishes_seen: set[int] = set()

    # --- choosing the counter --------------------------------------------------------------

    def use_counter(self, counter: int, officer: str | None = None) -> None:
        self.counter = counter
        if self.hardware is not None:
            self.hardware.close()
        self.hardware = CounterHardware(self.floor.app, counter, self)
        self.hardware.connect_banner(self.banner.report)
        self.title.setText(counter_label(counter))
        self.setWindowTitle(translate("Counter", "%1 — Quầy tiếp nhận").replace("%1", counter_label(counter)))
        self.counter_chosen.emit(counter)
        if self.floor.state.status is not None:
            self._on_status(self.floor.state.status)
        queue = self.floor.app.queue
        if officer:
            self._run("sign_in", lambda: queue.sign_in(counter, officer), self._on_officer)
        else:
            self._run("officer", lambda: queue.signed_in(counter), self._on_officer)
        self.load_figures()

    def _on_officer(self, officer: OfficerView | None) -> None:
        self.officer = officer
        self.officer_label.setText(
            translate("Counter", "Cán bộ: %1").replace("%1", officer.name)
            if officer
            else translate("Counter", "Chưa đăng nhập cán bộ")
        )

    # --- moves -----------------------------------------------------------------------------

    def perform(self, action: str) -> None:
        """One move by name (buttons, shortcuts, hardware keypads); dialogs ask what they need."""
        if self.counter is None or not self.moves.is_allowed(action):
            return
        queue, n = self.floor.app.queue, self.counter
        simple: dict[str, Callable[[], Any]] = {
            "next": lambda: queue.call_next(n),
            "recall": lambda: queue.recall(n),
            "no_show": lambda: queue.no_show(n),
            "finish": lambda: queue.finish(n),
            "resume": lambda: queue.resume(n),
        }
        if action in simple:
            self._move(action, simple[action])
        elif action == "transfer":
            self.dialogs.ask_transfer()
        elif action == "park":
            self.dialogs.ask_park()
        elif action == "pause":
            self.dialogs.ask_pause()
        elif action == "call_number":
            self.dialogs.ask_number()

    def transfer(
        self, service: str, placement: TransferPlacement | None = None, *, expected: TicketView | None = None
    ) -> None:
        """`expected`: the citizen the officer chose to transfer; refused if the counter holds another."""
        n = self.counter
        if n is not None:
            chosen = expected.id if expected else None  # the core refuses if the counter moved on
            self._move("transfer", partial(self.floor.app.queue.transfer, n, service, placement, expected=chosen))

    def park(self, reason: str | None, *, expected: TicketView | None = None) -> None:
        n = self.counter
        if n is not None:
            chosen = expected.id if expected else None
            self._move("park", partial(self.floor.app.queue.park, n, reason or None, expected=chosen))

    def pause(self, reason: str | None) -> None:
        n = self.counter
        self._asked_reason = reason or translate("Counter", "Tạm dừng")
        if n is not None:
            self._move("pause", lambda: self.floor.app.queue.pause(n, reason or None))

    def call_number(self, number: str) -> None:
        n = self.counter
        if n is not None:
            self._move("call_number", lambda: self.floor.app.queue.call_ticket(n, number))

    def _move(self, action: str, work: Callable[[], Any]) -> None:
        self.message.clear()
        self._run(action, work, lambda result: self._on_moved(action, result))

    def _run(self, action: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.ops.run(work, done, lambda error: self._on_failed(action, error))
        self._sync_actions()

    def _on_moved(self, action: str, result: TicketView | None) -> None:
        self.message.setStyleSheet(f"color: {GOOD};")
        self.message.setText(done_text(action, result))
        self._barrier = self.floor.state.requested  # statuses asked for until now may predate the move
        self._apply_result(action, result)
        if self.hardware is not None:
            self.hardware.show_move(action, result)
        self.move_done.emit(action, result)
        self.floor.state.reload()
        if action == "finish":
            if result is not None:
                self._figures_for_finish(result.id)
            self.dialogs.ask_rating(result)

    def _apply_result(self, action: str, result: TicketView | None) -> None:
        """Show the server's answer now; the status reload that follows confirms it."""
        if self.state is None:
            return
        holds = action in ("next", "recall", "call_number") and result is not None
        ticket = result if holds else None
        paused = action == "pause" or (self.state.paused and action != "resume")
        reason = (self._asked_reason if action == "pause" else self.state.pause_reason) if paused else None
        self.state = CounterState(self.state.number, self.state.name, paused, reason, self.state.services, ticket)
        self._show_state()

    def show_refusal(self, error: KioskError) -> None:
        self.message.setStyleSheet(f"color: {BAD};")
        self.message.setText(error.message)

    def _on_failed(self, action: str, error: KioskError) -> None:
        self.show_refusal(error)
        self.move_failed.emit(action, error.message)
        self._sync_actions()
        self.floor.state.reload()  # the refusal often means the screen was behind the floor

    # --- the floor changed -----------------------------------------------------------------

    def _on_status(self, status: QueueStatus) -> None:
        if self.counter is None:
            self.dialogs.ask_setup_once(status)
            return
        state = next((c for c in status.counters if c.number == self.counter), None)
        if state is None:
            missing = translate("Counter", "Quầy %1 không có trong cấu hình: bấm «Đổi quầy / cán bộ» để chọn quầy.")
            self.banner.report("counter", missing.replace("%1", str(self.counter)))
            return
        self.banner.report("counter", "")
        self.title.setText(state.name)
        if self.floor.state.loaded > self._barrier:  # never older than the move just shown
            self.state = state
            self._show_state()
        self.side.show_waiting([s for code in state.services for s in status.services if s.code == code])

    def _show_state(self) -> None:
        assert self.state is not None
        self.dialogs.ticket_changed(self.state.ticket)  # a dialog about another citizen closes
        if self.dossiers.follow(self.state.ticket):
            self.tabs.setCurrentWidget(self.dossiers.panel)  # a new citizen: their dossiers next
        self.card.show_ticket(self.state.ticket, paused_reason=self.state.pause_reason if self.state.paused else None)
        self.card.tick(self.floor.state.now())
        self._sync_actions()

    def _sync_actions(self) -> None:
        self.moves.update_for(self.state, busy=self.ops.busy)
        self.setup_button.setEnabled(not self.ops.busy)  # no change of counter under a move on its way

    def _on_events(self, events: list[FeedEvent]) -> None:
        for event in events:  # a finish by this counter's keypad counts too
            if event.kind == EventKind.FINISHED.value and event.counter == self.counter:
                self._figures_for_finish(event.ticket_id)

    def _figures_for_finish(self, ticket_id: int | None) -> None:
        """One refresh per finish, whether the move's answer or the feed's event comes first."""
        if ticket_id is not None and ticket_id in self._finishes_seen:
            self._finishes_seen.discard(ticket_id)  # the second sighting of a finish already counted
            return
        if ticket_id is not None:
            if len(self._finishes_seen) > 500:  # keypad finishes are seen once: do not keep them all day
                self._finishes_seen.clear()
            self._finishes_seen.add(ticket_id)
        self._figures_soon.start()  # several finishes in one burst: one read

    def load_figures(self) -> None:
        n, app = self.counter, self.floor.app
        if n is not None:  # this counter's day only: the full daily report is for supervisors
            self.reads.run(lambda: counter_today(app.db, app.zone, n), self._show_figures)

    def _show_figures(self, today: CounterToday) -> None:
        if today.counter == self.counter:  # not a read started before the counter was changed
            self.side.show_figures(today)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        scale = max(0.6, min(1.0, size.width() / 1366, size.height() / 768))
        self.card.rescale(scale)
        self.moves.rescale(scale)
        super().resizeEvent(event)

    def closeEvent(self, event: Any) -> None:
        for timer in (self._clock, self._figures, self._figures_soon):
            timer.stop()  # a closed window reads nothing more
        self.dossiers.close()
        self.dialogs.close()  # a rating already chosen is still recorded (its work is queued first)
        self.ops.forget()
        self.reads.forget()
        if self.hardware is not None:
            self.hardware.close()
            self.hardware = None
        super().closeEvent(event)
