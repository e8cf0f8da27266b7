"""The counter window's dossier work: load the catalogue once, record a dossier for the visit,
list what was recorded. Runs on the window's worker lane like every other move."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk_desktop.catalogue.search import catalogue_entries
from kiosk_desktop.errors import KioskError
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.views import TicketView
from ui.dossier_panel import DossierDraft, DossierPanel
from ui.theme import BAD, GOOD

if TYPE_CHECKING:
    from ui.counter_window import CounterWindow

translate = QCoreApplication.translate


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
        window.reads.run(lambda: catalogue_entries(app.db), self.panel.use_catalogue)

    def follow(self, ticket: TicketView | None) -> bool:
        """The counter holds `ticket` now: dossiers go to it. True when it is a new visit."""
        if ticket is None:
            return False  # keep the visit just finished: its dossiers are often typed right after
        new = self.panel.ticket is None or self.panel.ticket.id != ticket.id
        self.panel.show_ticket(ticket)
        if new:
            self.panel.reset_form()
            self._load(ticket.id)
        return new

    def record(self, draft: DossierDraft) -> None:
        service = self.service
        self.window.ops.run(
            lambda: service.add(
                draft.ticket_id, draft.procedure, draft.channel, draft.outcome, draft.code, draft.digitised,
                draft.by_post,
            ),
            self._on_recorded,
            self._on_failed,
        )  # fmt: skip

    def _on_recorded(self, dossier: DossierView) -> None:
        self.window.message.setStyleSheet(f"color: {GOOD};")
        self.window.message.setText(
            translate("Dossier", "Đã ghi hồ sơ: %1").replace("%1", f"{dossier.procedure} {dossier.procedure_name}")
        )
        self.panel.reset_form()
        self.recorded.emit(dossier)
        if dossier.ticket_id is not None:
            self._load(dossier.ticket_id)

    def _on_failed(self, error: KioskError) -> None:
        self.window.message.setStyleSheet(f"color: {BAD};")
        self.window.message.setText(error.message)
        self.failed.emit(error.message)

    def _load(self, ticket_id: int) -> None:
        service = self.service
        self.window.reads.run(lambda: service.for_ticket(ticket_id), self._on_listed)

    def _on_listed(self, dossiers: list[DossierView]) -> None:
        if self.panel.ticket is not None and all(d.ticket_id == self.panel.ticket.id for d in dossiers):
            self.panel.show_recorded(dossiers)
