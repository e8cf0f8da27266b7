"""The counter window's dossier work: load the catalogue (again every few minutes, and until it
works), record a dossier for the visit, list what was recorded. Runs on the window's worker lanes
like every other move.

A dossier is recorded once: the record button stays off until the database answered. When the next
citizen is called while the previous visit's dossier is half filled in (a procedure chosen, not
recorded), the draft is kept with a note instead of being wiped; recording or discarding it moves
the panel on to the citizen now at the counter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk_desktop.catalogue.search import CatalogueIndex, ProcedureEntry, catalogue_entries
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.views import TicketView
from ui.dossier_panel import DossierDraft, DossierPanel
from ui.operations import Load
from ui.theme import BAD, GOOD

if TYPE_CHECKING:
    from ui.counter_window import CounterWindow

translate = QCoreApplication.translate

CATALOGUE_EVERY_MS = 5 * 60_000  # a catalogue re-imported during the day reaches the counters


class CounterDossiers(QObject):
    recorded = Signal(object)  # DossierView
    failed = Signal(str)

    def __init__(self, window: CounterWindow) -> None:
        super().__init__(window)
        self.window = window
        app = window.floor.app
        self.service = DossierService(app.db, app.zone)
        self.panel = DossierPanel()
        self.panel.record_requested.connect(self.record)
        self.panel.discard_requested.connect(self.discard)
        #: The citizen at the counter while the panel still holds the previous visit's draft.
        self.waiting: TicketView | None = None
        self._entries: list[ProcedureEntry] | None = None  # the catalogue the panel searches now

        def read() -> tuple[list[ProcedureEntry], CatalogueIndex]:
            entries = catalogue_entries(app.db)
            return entries, CatalogueIndex(entries)  # folded here, on the worker

        self.catalogue = Load(
            window.reads, read, self._catalogue_loaded, self._catalogue_failed, every_ms=CATALOGUE_EVERY_MS
        )
        self.catalogue.start()

    def follow(self, ticket: TicketView | None) -> bool:
        """The counter holds `ticket` now: dossiers go to it. True when it is a new visit."""
        if ticket is None:
            return False  # keep the visit just finished: its dossiers are often typed right after
        if self.waiting is not None:  # a previous draft is held: only remember who is at the counter
            new = ticket.id != self.waiting.id
            self.waiting = ticket
            if new:
                self._warn_held()
            return new
        shown = self.panel.ticket
        if shown is not None and shown.id == ticket.id:
            self.panel.show_ticket(ticket)
            return False
        if shown is not None and self.panel.has_draft():
            self.waiting = ticket
            self.panel.hold(self._held_text())
            self._warn_held()
            return True
        self._switch(ticket)
        return True

    def discard(self) -> None:
        """The officer drops the previous visit's draft: the panel goes to the citizen at the counter."""
        previous = self.panel.ticket
        if self.waiting is None or previous is None or self.panel.saving:
            return
        self._switch(self.waiting)
        self._say(GOOD, translate("Dossier", "Đã bỏ hồ sơ chưa ghi của số %1.").replace("%1", previous.number))

    def record(self, draft: DossierDraft) -> None:
        if self.panel.saving:
            return  # a second click while the first is saved would record the dossier twice
        self.panel.set_saving(True)
        service = self.service
        self.window.ops.run(
            lambda: service.add(
                draft.ticket_id, draft.procedure, draft.channel, draft.outcome, draft.code, draft.digitised,
                draft.by_post,
            ),
            self._on_recorded,
            self._on_failed,
        )  # fmt: skip

    def close(self) -> None:
        self.catalogue.stop()

    def _switch(self, ticket: TicketView) -> None:
        """A new visit: an empty form (channel and boxes too) and that visit's dossiers."""
        self.waiting = None
        self.panel.release()
        self.panel.show_ticket(ticket)
        self.panel.reset_form()
        self._load(ticket.id)

    def _held_text(self) -> str:
        number = self.panel.ticket.number if self.panel.ticket else ""
        return translate(
            "Dossier", "Hồ sơ của số %1 (lượt trước) chưa ghi: bấm “Ghi hồ sơ” để ghi cho số %1, hoặc “Bỏ hồ sơ này”."
        ).replace("%1", number)

    def _warn_held(self) -> None:
        before = self.window.message.text()
        warning = self._held_text()
        self._say(BAD, f"{before} — {warning}" if before and warning not in before else warning)

    def _say(self, colour: str, text: str) -> None:
        self.window.message.setStyleSheet(f"color: {colour};")
        self.window.message.setText(text)

    def _on_recorded(self, dossier: DossierView) -> None:
        self.panel.set_saving(False)
        done = translate("Dossier", "Đã ghi hồ sơ: %1")
        self._say(GOOD, done.replace("%1", f"{dossier.procedure} {dossier.procedure_name}"))
        self.recorded.emit(dossier)
        if self.waiting is not None:  # the held draft is saved: on to the citizen at the counter
            self._switch(self.waiting)
            return
        self.panel.reset_form(new_visit=False)  # the same citizen's next dossier keeps channel and boxes
        if dossier.ticket_id is not None:
            self._load(dossier.ticket_id)

    def _on_failed(self, error: KioskError) -> None:
        self.panel.set_saving(False)
        self._say(BAD, error.message)
        self.failed.emit(error.message)

    def _catalogue_loaded(self, loaded: tuple[list[ProcedureEntry], CatalogueIndex]) -> None:
        entries, index = loaded
        self.panel.show_catalogue_problem("")
        if entries != self._entries:  # unchanged on most scheduled reloads: leave the search alone
            self._entries = entries
            self.panel.use_catalogue(entries, index)

    def _catalogue_failed(self, error: KioskError) -> None:
        self.panel.show_catalogue_problem(
            translate(
                "Dossier",
                "Chưa tải được danh mục thủ tục: %1 Chương trình tự thử lại khi cơ sở dữ liệu hoạt động trở lại.",
            ).replace("%1", error.message)
        )

    def _load(self, ticket_id: int) -> None:
        service = self.service
        self.window.reads.run(lambda: service.for_ticket(ticket_id), lambda found: self._on_listed(ticket_id, found))

    def _on_listed(self, ticket_id: int, dossiers: list[DossierView]) -> None:
        if self.panel.ticket is not None and self.panel.ticket.id == ticket_id:  # not a late answer for another
            self.panel.show_recorded(dossiers)
