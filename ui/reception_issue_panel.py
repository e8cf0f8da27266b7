"""Reception's left side: issue a ticket (with a priority reason), and act on one by its number."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk_desktop.services.views import ServiceQueue
from ui.big_button import BigButton
from ui.texts import KIOSK_REASONS, priority_label
from ui.theme import font, set_look

translate = QCoreApplication.translate


class ReceptionIssuePanel(QFrame):
    issue_requested = Signal(str, object)  # service code, PriorityReason value or None
    ticket_action = Signal(str, str)  # action (reprint, cancel, unpark), number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_look(self, "card")
        self.service_buttons: dict[str, BigButton] = {}
        heading = QLabel(translate("Reception", "Cấp số thứ tự"))
        heading.setFont(font(22, bold=True))
        self.priority = QComboBox()
        self.priority.addItem(translate("Reception", "Không ưu tiên"), None)
        for reason in KIOSK_REASONS:
            self.priority.addItem(priority_label(reason), reason.value)
        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.result = QLabel(translate("Reception", "Chọn dịch vụ để cấp số."))
        self.result.setWordWrap(True)
        self.result.setFont(font(20, bold=True))
        tools_heading = QLabel(translate("Reception", "Thao tác theo số"))
        tools_heading.setFont(font(20, bold=True))
        self.number = QLineEdit()
        self.number.setPlaceholderText(translate("Reception", "Số trên phiếu, ví dụ A012"))
        self.number.setFont(font(22, bold=True))
        self.number.setMaxLength(16)
        self.tool_buttons = {
            "reprint": QPushButton(translate("Reception", "In lại phiếu")),
            "unpark": QPushButton(translate("Reception", "Công dân quay lại")),
            "cancel": QPushButton(translate("Reception", "Hủy số…")),
            "priority": QPushButton(translate("Reception", "Đổi ưu tiên…")),
        }
        set_look(self.tool_buttons["cancel"], "bad")
        for name, button in self.tool_buttons.items():
            button.clicked.connect(lambda _=False, action=name: self._on_tool(action))
        # Priority moves only a ticket that is still waiting (or parked): the window says which.
        self._priority_ok = False
        self._busy = False
        self.set_priority_target(None)
        tools = QGridLayout()
        tools.setSpacing(8)
        for index, button in enumerate(self.tool_buttons.values()):
            button.setMinimumHeight(46)
            tools.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(QLabel(translate("Reception", "Ưu tiên:")))
        row.addWidget(self.priority, 2)
        layout.addLayout(row)
        layout.addLayout(self.grid)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(tools_heading)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 2)
        number_row.addLayout(tools, 3)
        layout.addLayout(number_row)

    def show_services(self, services: list[ServiceQueue]) -> None:
        if [s.code for s in services] == list(self.service_buttons):
            return
        for button in self.service_buttons.values():
            self.grid.removeWidget(button)
            button.deleteLater()
        self.service_buttons = {}
        buttons = [BigButton(service.name, badge=service.prefix) for service in services]
        # one badge width for the column, wide enough for the longest prefix (LDXH) at 15 px,
        # so the names start at one edge
        badge_width = max([36, *(button.badge_width_for(15) for button in buttons)])
        for index, (service, button) in enumerate(zip(services, buttons, strict=True)):
            button.set_pixels(17, badge_width=badge_width)
            button._box.setContentsMargins(10, 4, 10, 4)
            button.setMinimumHeight(40)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # one line each
            button.clicked.connect(lambda _=False, code=service.code: self._on_service(code))
            self.service_buttons[service.code] = button
            self.grid.addWidget(button, index, 0)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.service_buttons.values():
            button.setEnabled(not busy)
        for name, tool in self.tool_buttons.items():
            tool.setEnabled(not busy and (name != "priority" or self._priority_ok))

    def set_priority_target(self, number: str | None) -> None:
        """The number typed or picked is waiting (or parked): its priority can be changed."""
        self._priority_ok = number is not None
        button = self.tool_buttons["priority"]
        button.setEnabled(self._priority_ok and not self._busy)
        if number is None:
            button.setToolTip(
                translate("Reception", "Chọn một số đang chờ trong danh sách bên phải (hoặc nhập số) để đổi ưu tiên.")
            )
        else:
            button.setToolTip(
                translate("Reception", "Cho số %1 ưu tiên, hoặc bỏ ưu tiên (có ghi lý do).").replace("%1", number)
            )

    def show_result(self, text: str, colour: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour};")

    def chosen_reason(self) -> str | None:
        data = self.priority.currentData()
        return str(data) if data else None

    def _on_service(self, code: str) -> None:
        self.issue_requested.emit(code, self.chosen_reason())

    def _on_tool(self, action: str) -> None:
        number = self.number.text().strip().upper()
        if not number:
            self.show_result(
                translate("Reception", "Nhập số trên phiếu trước (hoặc chọn trong danh sách chờ)."), "#B42318"
            )
            self.number.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.ticket_action.emit(action, number)
