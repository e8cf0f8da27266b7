"""Send the citizen at the counter to another service: which one, and front or end of its queue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk_desktop.domain import TransferPlacement
from kiosk_desktop.services.views import ServiceQueue
from ui.theme import font, set_look

translate = QCoreApplication.translate


class TransferDialog(QDialog):
    def __init__(self, number: str, services: list[ServiceQueue], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Counter", "Chuyển dịch vụ"))
        self.setMinimumSize(560, 520)
        prompt = QLabel(translate("Counter", "Chuyển số %1 sang dịch vụ:").replace("%1", number))
        prompt.setFont(font(22, bold=True))
        self.services = QListWidget()
        self.services.setFont(font(20))
        for service in services:
            if service.code == current:
                continue
            item = QListWidgetItem(
                translate("Counter", "%1 — %2 người chờ")
                .replace("%1", service.name)
                .replace("%2", str(service.waiting))
            )
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            self.services.addItem(item)
        self.services.currentRowChanged.connect(self._sync)
        self.services.itemDoubleClicked.connect(lambda _item: self.accept())
        self.policy = QRadioButton(translate("Counter", "Theo quy định của trung tâm"))
        self.front = QRadioButton(translate("Counter", "Lên đầu hàng chờ (được gọi tiếp theo)"))
        self.end = QRadioButton(translate("Counter", "Xuống cuối hàng chờ"))
        self.placement = QButtonGroup(self)
        for button in (self.policy, self.front, self.end):
            button.setFont(font(18))
            self.placement.addButton(button)
        self.policy.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Counter", "Chuyển"))
        set_look(ok, "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(prompt)
        layout.addWidget(self.services, 1)
        for button in (self.policy, self.front, self.end):
            layout.addWidget(button)
        layout.addWidget(self.buttons)
        self._sync()

    def choose(self, code: str, placement: TransferPlacement | None = None) -> None:
        """Select a service and placement (what a click does; tests and the demo script use it)."""
        for row in range(self.services.count()):
            if self.services.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.services.setCurrentRow(row)
        {None: self.policy, TransferPlacement.FRONT: self.front, TransferPlacement.END: self.end}[placement].setChecked(
            True
        )

    def chosen_service(self) -> str | None:
        item = self.services.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def chosen_placement(self) -> TransferPlacement | None:
        if self.front.isChecked():
            return TransferPlacement.FRONT
        if self.end.isChecked():
            return TransferPlacement.END
        return None

    def _sync(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.chosen_service() is not None)
