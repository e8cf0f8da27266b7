"""The one-PC demo's windows: kiosk, counter and hall display side by side on one screen, with the
simulated printer (sim://demo) and, on a PC with speakers, the voice calls; the supervisor's window
opens behind them (the taskbar brings it forward)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk_desktop.app import App
from kiosk_desktop.devices_api import Announcer
from ui.counter_window import CounterWindow
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.kiosk_window import KioskWindow
from ui.qt_app import qt_application
from ui.qt_messages import route_qt_messages
from ui.roles import make_announcer, quit_on_ctrl_c
from ui.supervisor_window import SupervisorWindow
from ui.ticket_desk import Printing

if TYPE_CHECKING:
    from devices.printers import EscposTicketPrinter

log = logging.getLogger(__name__)

DEMO_PRINTER = "sim://demo"  # one simulated device per process: the script can take its paper away
DEMO_COUNTER = 1


@dataclass
class DemoWindows:
    floor: Floor
    kiosk: KioskWindow
    counter: CounterWindow
    display: DisplayWindow
    supervisor: SupervisorWindow
    extra: list[QWidget] = field(default_factory=list)

    def all(self) -> list[QWidget]:
        return [self.supervisor, self.kiosk, self.counter, self.display, *self.extra]


def demo_printing(app: App) -> Printing:
    from devices.printers import open_printer
    from kiosk_desktop.printing.service import TicketPrinting

    return TicketPrinting(app, open_printer(DEMO_PRINTER, name="printer:demo-kiosk"), "printer:demo-kiosk")


def demo_slip_printer() -> EscposTicketPrinter:
    """The supervisor's daily slip goes to the same simulated printer as the tickets."""
    from devices.printers import open_printer

    return open_printer(DEMO_PRINTER, name="printer:demo-supervisor")


def build_demo(app: App, announcer: Announcer | None, voice_problem: str | None = None) -> DemoWindows:
    """The floor and its four windows; nothing shown yet."""
    floor = Floor(app, app.resolved.settings.floor, announcer=announcer, printing=demo_printing(app))
    windows = DemoWindows(
        floor=floor,
        kiosk=KioskWindow(floor, locked=False),
        counter=CounterWindow(floor, DEMO_COUNTER),
        display=DisplayWindow(floor),
        supervisor=SupervisorWindow(floor, open_printer=demo_slip_printer),
    )
    if voice_problem:
        windows.display.banner.report("voice", voice_problem)
    return windows


def arrange(windows: DemoWindows) -> None:
    """Kiosk on the left, the hall display top right, the counter below it; the supervisor's
    window behind them, at a desk PC's size."""
    area: QRect = QGuiApplication.primaryScreen().availableGeometry()
    windows.supervisor.resize(min(1366, area.width()), min(768, area.height()))
    windows.supervisor.move(area.x(), area.y())
    left = int(area.width() * 0.34)
    top = int(area.height() * 0.46)
    windows.kiosk.setGeometry(area.x(), area.y(), left, area.height())
    windows.display.setGeometry(area.x() + left, area.y(), area.width() - left, top)
    windows.counter.setGeometry(area.x() + left, area.y() + top, area.width() - left, area.height() - top)
    for window in windows.all():
        window.show()


def run_demo_windows(app: App) -> int:
    """The interactive demo: the user taps the kiosk and calls at the counter; Ctrl+C or closing
    the windows ends it."""
    route_qt_messages()
    qt = qt_application(app.resolved.settings.floor.language)
    announcer, problem = make_announcer(app)
    windows = build_demo(app, announcer, problem)
    try:
        arrange(windows)
        windows.floor.start()
        quit_on_ctrl_c(qt)
        return int(qt.exec())
    finally:
        windows.floor.close()
