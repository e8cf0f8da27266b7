"""A strip at the top of a window for trouble with the database or a device.

Never a dialog: the window keeps working (or keeps showing what it last knew), and the strip goes
away by itself when the source reports it is fine again. One line per source, newest last."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.theme import set_look


class TroubleBanner(QFrame):
    def __init__(self, parent: QWidget | None = None, *, pixels: int = 18) -> None:
        super().__init__(parent)
        self._problems: dict[str, str] = {}
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setStyleSheet(f"font-size: {pixels}px; font-weight: bold; color: #3D2A00;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self._label)
        set_look(self, "banner-warn")
        self.hide()

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)

    def text(self) -> str:
        return self._label.text()

    @Slot(str, str)
    def report(self, source: str, message: str) -> None:
        """`message` empty means the source is fine again."""
        if message:
            self._problems.pop(source, None)  # re-insert: the newest problem goes last
            self._problems[source] = message
        else:
            self._problems.pop(source, None)
        self._label.setText("\n".join(f"⚠ {text}" for text in self._problems.values()))
        self.setVisible(bool(self._problems))
