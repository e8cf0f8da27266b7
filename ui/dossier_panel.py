"""The counter's dossier panel: what was done for the citizen at the counter, one dossier at a time.

Search a procedure by name or code (accents and case do not matter), choose the channel and the
outcome, optionally the province's dossier code, then record. The catalogue is loaded on the
window's worker (again every few minutes); searching it happens here as the officer types (a few
milliseconds). The record button stays off while a dossier is being saved: a second click would
record it twice. A draft left unrecorded when the next citizen is called is kept, with a note, until
the officer records or discards it (CounterDossiers decides when)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk_desktop.catalogue.search import CatalogueIndex, ProcedureEntry
from kiosk_desktop.intake_terms import CHANNEL_VI, OUTCOME_VI, Channel, Outcome
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.views import TicketView
from ui.theme import BAD, font, set_look

translate = QCoreApplication.translate

RESULTS = 6


class DossierPanel(QFrame):
    record_requested = Signal(object)  # DossierDraft
    discard_requested = Signal()  # the officer drops the previous visit's unrecorded draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_look(self, "card")
        self.ticket: TicketView | None = None
        self.index: CatalogueIndex | None = None
        self.saving = False  # a dossier is on its way to the database
        self.heading = QLabel()
        self.heading.setFont(font(19, bold=True))
        self.heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Dossier", "Tìm thủ tục: tên hoặc mã (vd. khai sinh, 1.001193)"))
        self.search.textChanged.connect(self._on_search)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setMaximumHeight(150)
        self.results.currentItemChanged.connect(lambda *_: self._sync())
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(CHANNEL_VI[channel], channel.value)
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(OUTCOME_VI[outcome], outcome.value)
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("Dossier", "Mã hồ sơ trên hệ thống của tỉnh (nếu có)"))
        self.digitised = QCheckBox(translate("Dossier", "Đã số hóa"))
        self.by_post = QCheckBox(translate("Dossier", "Trả kết quả qua bưu chính"))
        self.record = QPushButton(translate("Dossier", "Ghi hồ sơ"))
        set_look(self.record, "primary")
        self.record.clicked.connect(self._on_record)
        self.catalogue_note = QLabel()  # the catalogue could not be read: say so, it is retried
        self.catalogue_note.setWordWrap(True)
        self.catalogue_note.setStyleSheet(f"color: {BAD};")
        self.catalogue_note.hide()
        self.held_note = QLabel()  # the previous visit's draft, kept when the next citizen came
        self.held_note.setWordWrap(True)
        self.held_note.setFont(font(16, bold=True))
        self.held_note.setStyleSheet(f"color: {BAD};")
        self.discard = QPushButton(translate("Dossier", "Bỏ hồ sơ này"))
        self.discard.clicked.connect(self.discard_requested.emit)
        self.held_note.hide()
        self.discard.hide()
        self.recorded = RecordedList()  # scrolls: a visit can bring many dossiers
        form = QFormLayout()
        form.addRow(translate("Dossier", "Kênh:"), self.channel)
        form.addRow(translate("Dossier", "Kết quả:"), self.outcome)
        form.addRow(translate("Dossier", "Mã hồ sơ:"), self.code)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.held_note)
        layout.addWidget(self.catalogue_note)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addLayout(form)
        layout.addWidget(self.digitised)
        layout.addWidget(self.by_post)
        layout.addWidget(self.record)
        layout.addWidget(self.discard)
        layout.addWidget(self.recorded, 1)
        self.show_ticket(None)

    def use_catalogue(self, entries: list[ProcedureEntry], index: CatalogueIndex | None = None) -> None:
        """`index`: built off the GUI thread when given (folding 2,000 names takes about 80 ms)."""
        chosen = self.chosen()  # a reload must not take the procedure out of a draft
        self.index = index or CatalogueIndex(entries)
        self.show_catalogue_problem("")
        self._on_search(self.search.text())
        if chosen is not None:
            self.choose(chosen.code)

    def show_catalogue_problem(self, text: str) -> None:
        self.catalogue_note.setText(text)
        self.catalogue_note.setVisible(bool(text))

    def set_saving(self, saving: bool) -> None:
        self.saving = saving
        self._sync()

    def has_draft(self) -> bool:
        """A procedure is chosen but not recorded yet."""
        return self.ticket is not None and self.chosen() is not None

    def hold(self, note: str) -> None:
        """Keep the draft of the visit shown (a previous one): say so, offer to discard it."""
        self.held_note.setText(note)
        self.held_note.show()
        self.discard.show()

    def release(self) -> None:
        self.held_note.clear()
        self.held_note.hide()
        self.discard.hide()

    def show_ticket(self, ticket: TicketView | None) -> None:
        """The visit dossiers go to: the ticket at the counter, or the one just finished there."""
        if ticket is not None and self.ticket is not None and ticket.id == self.ticket.id:
            self.ticket = ticket
            return
        self.ticket = ticket
        self.recorded.clear()
        self.code.clear()
        self.heading.setText(
            translate("Dossier", "Hồ sơ của số %1").replace("%1", ticket.number)
            if ticket
            else translate("Dossier", "Hồ sơ: gọi một số để ghi hồ sơ của lượt phục vụ")
        )
        self._sync()

    def show_recorded(self, dossiers: list[DossierView]) -> None:
        lines = []
        for dossier in dossiers:
            due_word = translate("Dossier", "hẹn trả")
            due = f" · {due_word} {dossier.due_at:%d/%m/%Y}" if dossier.due_at else ""
            lines.append(
                f"✓ {dossier.procedure} {dossier.procedure_name} — {OUTCOME_VI[Outcome(dossier.outcome)]}{due}"
            )
        self.recorded.show_lines(lines)

    def chosen(self) -> ProcedureEntry | None:
        item = self.results.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if isinstance(entry, ProcedureEntry) else None

    def choose(self, code: str) -> bool:
        """Select the search result with this code (what a click does)."""
        for row in range(self.results.count()):
            entry = self.results.item(row).data(Qt.ItemDataRole.UserRole)
            if isinstance(entry, ProcedureEntry) and entry.code == code:
                self.results.setCurrentRow(row)
                return True
        return False

    def reset_form(self, new_visit: bool = True) -> None:
        """Empty the form; the channel and the two boxes stay for the same citizen's next dossier."""
        self.search.clear()
        self.code.clear()
        self.outcome.setCurrentIndex(0)
        if new_visit:
            self.channel.setCurrentIndex(0)
            self.digitised.setChecked(False)
            self.by_post.setChecked(False)

    def _on_search(self, text: str) -> None:
        self.results.clear()
        if self.index is None:
            return
        for entry in self.index.search(text, RESULTS):
            item = QListWidgetItem(f"{entry.code} · {entry.name}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.results.addItem(item)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)
        self._sync()

    def _sync(self) -> None:
        self.record.setEnabled(not self.saving and self.ticket is not None and self.chosen() is not None)

    def _on_record(self) -> None:
        entry = self.chosen()
        if self.saving or self.ticket is None or entry is None:
            return
        self.record_requested.emit(
            DossierDraft(
                ticket_id=self.ticket.id,
                procedure=entry.code,
                channel=Channel(self.channel.currentData()),
                outcome=Outcome(self.outcome.currentData()),
                code=self.code.text().strip() or None,
                digitised=self.digitised.isChecked(),
                by_post=self.by_post.isChecked(),
            )
        )


class RecordedList(QListWidget):
    """The dossiers already recorded for the visit, newest last, in a list that scrolls."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(72)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def show_lines(self, lines: list[str]) -> None:
        self.clear()
        for line in lines:
            item = QListWidgetItem(line)
            item.setToolTip(line)
            self.addItem(item)
        self.scrollToBottom()

    def text(self) -> str:
        return "\n".join(self.item(row).text() for row in range(self.count()))


@dataclass(frozen=True)
class DossierDraft:
    """What the officer filled in, for DossierService.add."""

    ticket_id: int
    procedure: str
    channel: Channel
    outcome: Outcome
    code: str | None
    digitised: bool
    by_post: bool
