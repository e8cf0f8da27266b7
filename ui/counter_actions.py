"""The counter's buttons with their keyboard shortcuts, enabled by what the counter holds now.

F1 calls the next citizen: a function key cannot be typed by accident into the dossier fields,
as Space could. Every button names its key, so nobody has to remember it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk_desktop.domain import TicketStatus
from kiosk_desktop.services.views import CounterState, TicketView
from ui.theme import font, set_look

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Action:
    name: str  # what keypads and tests ask for
    label: str
    key: str


def actions() -> list[Action]:
    return [
        Action("next", translate("Counter", "Gọi số tiếp theo"), "F1"),
        Action("recall", translate("Counter", "Gọi lại"), "F2"),
        Action("no_show", translate("Counter", "Vắng mặt"), "F3"),
        Action("finish", translate("Counter", "Hoàn thành"), "F4"),
        Action("transfer", translate("Counter", "Chuyển dịch vụ…"), "F5"),
        Action("park", translate("Counter", "Tạm gác…"), "F6"),
        Action("call_number", translate("Counter", "Gọi theo số…"), "F7"),
        Action("pause", translate("Counter", "Tạm dừng quầy…"), "F8"),
        Action("resume", translate("Counter", "Làm việc trở lại"), "F8"),
    ]


def allowed(state: CounterState | None, busy: bool) -> set[str]:
    """Which actions make sense now; the core still checks every rule."""
    if state is None or busy:
        return set()
    if state.paused:
        return {"resume"}
    ticket = state.ticket
    if ticket is None:
        return {"next", "call_number", "pause"}
    moves = {"finish", "transfer", "park"}
    if ticket.status == TicketStatus.CALLED:
        moves |= {"recall", "no_show"}
    return moves


class CounterActions(QWidget):
    triggered = Signal(str)  # action name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        for action in actions():
            separator = "   " if action.name == "next" else "\n"  # small buttons: the key under the words
            button = QPushButton(f"{action.label}{separator}[{action.key}]")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the shortcuts, not to a button
            button.clicked.connect(lambda _=False, name=action.name: self.triggered.emit(name))
            self.buttons[action.name] = button
        self.shortcuts: dict[str, QShortcut] = {}
        for key in {action.key for action in actions()}:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda key=key: self._on_key(key))
            self.shortcuts[key] = shortcut
        big = self.buttons["next"]
        set_look(big, "primary")
        set_look(self.buttons["finish"], "good")
        set_look(self.buttons["resume"], "good")
        grid = QGridLayout()
        grid.setSpacing(10)
        small = ["recall", "no_show", "finish", "transfer", "park", "call_number", "pause", "resume"]
        for index, name in enumerate(small):
            button = self.buttons[name]
            if name == "resume":
                grid.addWidget(button, 1, 3)  # shares the place of "pause": only one shows
            else:
                grid.addWidget(button, index // 4, index % 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(big, 3)
        layout.addLayout(grid, 2)
        self._allowed: set[str] = set()
        self.rescale(1.0)
        self.update_for(None, busy=False)

    def rescale(self, scale: float) -> None:
        for name, button in self.buttons.items():
            big = name == "next"
            button.setFont(font(int((34 if big else 19) * scale), bold=True))
            button.setMinimumHeight(int((110 if big else 78) * scale))

    def update_for(self, state: CounterState | None, *, busy: bool) -> None:
        self._allowed = allowed(state, busy)
        paused = state is not None and state.paused
        self.buttons["pause"].setVisible(not paused)
        self.buttons["resume"].setVisible(paused)
        for name, button in self.buttons.items():
            button.setEnabled(name in self._allowed)

    def is_allowed(self, name: str) -> bool:
        return name in self._allowed

    def _on_key(self, key: str) -> None:
        for action in actions():
            if action.key == key and action.name in self._allowed:
                self.triggered.emit(action.name)
                return


def done_text(action: str, ticket: TicketView | None) -> str:
    number = ticket.number if ticket else ""
    texts = {
        "next": translate("Counter", "Đã mời số %1."),
        "call_number": translate("Counter", "Đã mời số %1."),
        "recall": translate("Counter", "Đã gọi lại số %1."),
        "no_show": translate("Counter", "Số %1: vắng mặt."),
        "finish": translate("Counter", "Đã hoàn thành số %1."),
        "transfer": translate("Counter", "Đã chuyển số %1 sang dịch vụ khác."),
        "park": translate("Counter", "Số %1 tạm gác; công dân quay lại thì gọi theo số."),
        "pause": translate("Counter", "Quầy đang tạm dừng."),
        "resume": translate("Counter", "Quầy làm việc trở lại."),
    }
    if action == "next" and ticket is None:
        return translate("Counter", "Không còn ai chờ các dịch vụ của quầy này.")
    return texts.get(action, "").replace("%1", number)
