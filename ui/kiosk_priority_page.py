"""The kiosk's priority page: who the law puts first (Decree 63/2010 art. 18.8), as big buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.big_button import BigButton
from ui.texts import KIOSK_REASONS, priority_label
from ui.theme import font

translate = QCoreApplication.translate


class KioskPriorityPage(QWidget):
    reason_chosen = Signal(str)  # PriorityReason value
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(translate("Kiosk", "Công dân thuộc diện ưu tiên nào?"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.hint = QLabel(
            translate("Kiosk", "Cán bộ hướng dẫn có thể đề nghị xuất trình giấy tờ chứng minh khi được gọi.")
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setProperty("look", "muted")
        self.buttons: dict[str, BigButton] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        for reason in KIOSK_REASONS:
            button = BigButton(priority_label(reason), look="service-priority")
            button.setObjectName(f"priority-{reason.value}")
            button.clicked.connect(lambda _=False, value=reason.value: self.reason_chosen.emit(value))
            self.buttons[reason.value] = button
        self.back_button = QPushButton(translate("Kiosk", "‹ Quay lại"))
        self.back_button.clicked.connect(self.back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(self.grid, 1)
        layout.addWidget(self.back_button)
        self._columns = 0
        self.rescale(1.0, 2)

    def rescale(self, scale: float, columns: int) -> None:
        if columns != self._columns:
            self._columns = columns
            for index, button in enumerate(self.buttons.values()):
                self.grid.addWidget(button, index // columns, index % columns)
        self.heading.setFont(font(int(40 * scale), bold=True))
        self.hint.setFont(font(int(24 * scale)))
        self.back_button.setFont(font(int(28 * scale), bold=True))
        self.back_button.setMinimumHeight(int(88 * scale))
        for button in self.buttons.values():
            button.set_pixels(int(34 * scale))
