"""The kiosk's full-page notice when no number can be had: outside the opening hours, or every
service has used its daily limit. Large, calm, and it says when to come back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.theme import INK, PRIMARY, font, set_look


@dataclass(frozen=True)
class Notice:
    title: str  # what happened: "Ngoài giờ cấp số thứ tự"
    message: str  # what to do: "Mời quý khách quay lại lúc 13:30 hôm nay."
    hours: str = ""  # "Trung tâm làm việc: sáng 07:30–11:30, ..."


class KioskNotice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_look(self, "card")
        self.title = QLabel()
        self.message = QLabel()
        self.hours = QLabel()
        self.thanks = QLabel()
        for label in (self.title, self.message, self.hours, self.thanks):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet("background: transparent; border: none;")
        self.title.setStyleSheet(f"background: transparent; border: none; color: {PRIMARY};")
        # the hours are what the citizen takes away: a tinted band of their own
        self.hours.setStyleSheet(
            f"background: #E9EEF5; border: none; border-radius: 12px; color: {INK}; padding: 14px 24px;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.hours)
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        self.rescale(1.0)

    def show_notice(self, notice: Notice, thanks: str) -> None:
        self.title.setText(notice.title)
        self.message.setText(notice.message)
        self.message.setVisible(bool(notice.message))
        self.hours.setText(notice.hours)
        self.hours.setVisible(bool(notice.hours))
        self.thanks.setText(thanks)

    def text(self) -> str:
        """Everything the notice says, for tests and screen readers."""
        parts = (self.title.text(), self.message.text(), self.hours.text(), self.thanks.text())
        return "\n".join(part for part in parts if part)

    def rescale(self, scale: float) -> None:
        self.title.setFont(font(int(64 * scale), bold=True))
        self.message.setFont(font(int(44 * scale), bold=True))
        self.hours.setFont(font(int(34 * scale)))
        self.thanks.setFont(font(int(32 * scale)))
