"""A short text with one-tap presets: a pause reason, a park reason, a cancel reason, a number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.theme import font, set_look

translate = QCoreApplication.translate

MAX_LENGTH = 200  # the reason columns


class ReasonDialog(QDialog):
    def __init__(
        self,
        title: str,
        prompt: str,
        presets: list[str] | tuple[str, ...] = (),
        *,
        required: bool = False,
        upper: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._required = required
        self._upper = upper
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.prompt.setFont(font(20, bold=True))
        self.field = QLineEdit()
        self.field.setMaxLength(MAX_LENGTH)
        self.field.setFont(font(22))
        self.field.textChanged.connect(self._sync)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.presets: list[QPushButton] = []
        for index, text in enumerate(presets):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, value=text: self.field.setText(value))
            grid.addWidget(button, index // 2, index % 2)
            self.presets.append(button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Dialogs", "Đồng ý"))
        set_look(ok, "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(self.prompt)
        layout.addLayout(grid)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self._sync()

    def value(self) -> str:
        text = " ".join(self.field.text().split())
        return text.upper() if self._upper else text

    def _sync(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.value()) or not self._required)
