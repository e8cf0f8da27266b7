"""Which counter this PC is, and who works at it today (signing in is optional)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk_desktop.services.counter_staff import OfficerView
from kiosk_desktop.services.views import CounterState
from ui.theme import font, set_look

translate = QCoreApplication.translate


class CounterSetupDialog(QDialog):
    def __init__(
        self,
        counters: list[CounterState],
        officers: list[OfficerView],
        *,
        counter: int | None = None,
        officer: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Counter", "Nhận quầy"))
        self.setMinimumWidth(560)
        intro = QLabel(translate("Counter", "Chọn quầy của máy này và cán bộ làm việc tại quầy."))
        intro.setWordWrap(True)
        intro.setFont(font(20, bold=True))
        self.counters = QComboBox()
        for state in counters:
            self.counters.addItem(state.name, state.number)
        if counter is not None and (index := self.counters.findData(counter)) >= 0:
            self.counters.setCurrentIndex(index)
        self.officers = QComboBox()
        self.officers.addItem(translate("Counter", "— Không đăng nhập cán bộ —"), None)
        for person in officers:
            self.officers.addItem(f"{person.name} ({person.code})", person.code)
        if officer is not None and (index := self.officers.findData(officer)) >= 0:
            self.officers.setCurrentIndex(index)
        self.officers.setEnabled(bool(officers))
        form = QFormLayout()
        form.addRow(translate("Counter", "Quầy:"), self.counters)
        form.addRow(translate("Counter", "Cán bộ:"), self.officers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Counter", "Nhận quầy"))
        set_look(ok, "primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(intro)
        layout.addLayout(form)
        if not officers:
            note = QLabel(translate("Counter", "Trung tâm chưa khai báo cán bộ ([[officer]] trong tệp trung tâm)."))
            note.setWordWrap(True)
            note.setProperty("look", "muted")
            layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_counter(self) -> int | None:
        data = self.counters.currentData()
        return int(data) if data is not None else None

    def chosen_officer(self) -> str | None:
        data = self.officers.currentData()
        return str(data) if data is not None else None
