"""Reception changes a waiting ticket's priority: pick a reason (or withdraw it) and say why.

The note is required because the core keeps it in the ticket's history: when a citizen complains
that someone was moved ahead, the supervisor can see who was given priority and on what grounds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.services.views import TicketView
from ui.texts import KIOSK_REASONS, priority_label
from ui.theme import BAD, MUTED, PRIORITY, font, set_look

translate = QCoreApplication.translate

NOTE_MAX = 200  # the core refuses longer notes; the field stops the typing before that
WITHDRAW = "withdraw"  # the key of the "bỏ ưu tiên" choice in `choices`

# Checked choices are filled, so the receptionist sees at a glance what will be saved.
_CHOICE_STYLE = f"""
QPushButton[choice="yes"] {{ text-align: left; padding: 8px 14px; }}
QPushButton[choice="yes"]:checked {{ background: {PRIORITY}; color: white; border-color: {PRIORITY}; }}
QPushButton[choice="withdraw"] {{ color: {BAD}; border-color: #F2B8B5; }}
QPushButton[choice="withdraw"]:checked {{ background: {BAD}; color: white; border-color: {BAD}; }}
QPushButton[choice="withdraw"]:disabled {{ color: #98A2B3; border-color: #E4E7EC; }}
"""


class PriorityDialog(QDialog):
    def __init__(self, ticket: TicketView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ticket = ticket
        self.setWindowTitle(translate("Reception", "Đổi ưu tiên"))
        self.setMinimumWidth(640)
        self.setStyleSheet(_CHOICE_STYLE)
        heading = QLabel(
            translate("Reception", "Đổi ưu tiên cho số %1 — %2")
            .replace("%1", ticket.number)
            .replace("%2", ticket.service_name)
        )
        heading.setWordWrap(True)
        heading.setFont(font(22, bold=True))
        if ticket.priority:
            now_text = translate("Reception", "Hiện tại: ưu tiên — %1").replace(
                "%1", priority_label(ticket.priority_reason)
            )
        else:
            now_text = translate("Reception", "Hiện tại: phiếu thường (không ưu tiên)")
        self.current = QLabel(now_text)
        self.current.setFont(font(18))
        self.current.setStyleSheet(f"color: {PRIORITY if ticket.priority else MUTED};")
        pick = QLabel(translate("Reception", "1. Chọn đối tượng ưu tiên, hoặc bỏ ưu tiên:"))
        pick.setFont(font(18, bold=True))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.choices: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for index, reason in enumerate(KIOSK_REASONS):
            button = self._choice(reason.value, priority_label(reason), "yes")
            if reason.value == ticket.priority_reason:
                # choosing what the ticket already has would only add a confusing line to the history
                button.setEnabled(False)
                button.setText(translate("Reception", "%1 (đang có)").replace("%1", priority_label(reason)))
            grid.addWidget(button, index // 2, index % 2)
        withdraw = self._choice(WITHDRAW, translate("Reception", "Bỏ ưu tiên — về phiếu thường"), "withdraw")
        withdraw.setEnabled(ticket.priority)
        grid.addWidget(withdraw, (len(KIOSK_REASONS) + 1) // 2, 0, 1, 2)
        why = QLabel(translate("Reception", "2. Lý do (bắt buộc, được lưu lại để đối chiếu khi cần):"))
        why.setFont(font(18, bold=True))
        self.note = QLineEdit()
        self.note.setMaxLength(NOTE_MAX)
        self.note.setFont(font(20))
        self.note.textChanged.connect(self._sync)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Reception", "Lưu thay đổi"))
        set_look(ok, "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.current)
        layout.addSpacing(6)
        layout.addWidget(pick)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(why)
        layout.addWidget(self.note)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self._sync()

    def _choice(self, key: str, text: str, kind: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setProperty("choice", kind)
        button.setFont(font(18))
        button.setMinimumHeight(46)
        button.toggled.connect(lambda _on: self._sync())
        self.group.addButton(button)
        self.choices[key] = button
        return button

    # --- what was chosen ---------------------------------------------------------------------

    def choose(self, key: str) -> None:
        """Check one choice: a PriorityReason value or WITHDRAW (what a click does)."""
        self.choices[key].setChecked(True)

    def chosen(self) -> str | None:
        """The checked key (a PriorityReason value or WITHDRAW), None before any choice."""
        return next((key for key, button in self.choices.items() if button.isChecked()), None)

    def reason(self) -> PriorityReason | None:
        """What to save: the new reason, or None to withdraw priority."""
        key = self.chosen()
        return None if key in (None, WITHDRAW) else PriorityReason(key)

    def note_text(self) -> str:
        return " ".join(self.note.text().split())

    def _sync(self) -> None:
        if self.chosen() == WITHDRAW:
            self.note.setPlaceholderText(translate("Reception", "Ví dụ: cấp nhầm phiếu ưu tiên"))
        else:
            self.note.setPlaceholderText(translate("Reception", "Ví dụ: cụ ông 82 tuổi, đi lại khó khăn"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None and bool(self.note_text()))
