"""An on-screen PIN pad: the only way out of the locked kiosk (touch screens have no keyboard)."""

from __future__ import annotations

import hmac

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.theme import BAD, font, set_look

translate = QCoreApplication.translate

MAX_DIGITS = 12


class PinDialog(QDialog):
    def __init__(self, expected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PinDialog", "Mã quản trị"))
        self.setModal(True)
        self._expected = expected
        self._digits = ""
        self.prompt = QLabel(translate("PinDialog", "Nhập mã quản trị để thoát màn hình lấy số"))
        self.prompt.setWordWrap(True)
        self.prompt.setFont(font(24, bold=True))
        self.dots = QLabel()
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setFont(font(40, bold=True))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setFont(font(20))
        self.error.setStyleSheet(f"color: {BAD};")
        if not expected:
            self.error.setText(
                translate(
                    "PinDialog",
                    "Máy này chưa đặt mã quản trị: đặt admin_pin trong mục [floor.kiosk] của tệp cài đặt.",
                )
            )
        pad = QGridLayout()
        pad.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        self.keys: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setFont(font(32, bold=True))
            button.setMinimumSize(110, 84)
            button.clicked.connect(lambda _=False, value=key: self.press(value))
            if key == "OK":
                set_look(button, "primary")
            self.keys[key] = button
            pad.addWidget(button, index // 3, index % 3)
        cancel = QPushButton(translate("PinDialog", "Hủy"))
        cancel.setFont(font(24))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(self.prompt)
        layout.addWidget(self.dots)
        layout.addWidget(self.error)
        layout.addLayout(pad)
        layout.addWidget(cancel)

    def press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "OK":
            self._check()
            return
        elif len(self._digits) < MAX_DIGITS:
            self._digits += key
        self.dots.setText("●" * len(self._digits))

    def _check(self) -> None:
        # compare_digest: the time taken does not tell how many digits were right
        if self._expected and hmac.compare_digest(self._digits.encode(), self._expected.encode()):
            self.accept()
            return
        self._digits = ""
        self.dots.clear()
        if self._expected:
            self.error.setText(translate("PinDialog", "Mã không đúng. Vui lòng nhập lại."))
