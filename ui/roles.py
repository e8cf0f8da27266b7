"""`kiosk-desktop run --role ROLE`: one program, started as the kiosk, reception, a counter, the
hall display, a counter's small display or the supervisor's desk. Called by the CLI after it has
opened the App."""

from __future__ import annotations

import logging
import signal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kiosk_desktop.app import App
from kiosk_desktop.cli.run_command import ROLES  # one list: the command line offers these
from kiosk_desktop.devices_api import Announcer
from kiosk_desktop.errors import ConfigError, KioskError
from ui.counter_display_window import CounterDisplayWindow
from ui.counter_window import CounterWindow
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.kiosk_window import KioskWindow
from ui.qt_app import qt_application
from ui.qt_messages import route_qt_messages
from ui.reception_window import ReceptionWindow
from ui.screens import place
from ui.supervisor_window import SupervisorWindow

log = logging.getLogger(__name__)

#: Roles that fill their screen; --windowed shows them in a normal window (trying things out).
FULL_SCREEN = {"kiosk", "display", "counter-display"}


def make_announcer(app: App, player: Any = None) -> tuple[Announcer | None, str | None]:
    """The hall's voice from the [voice] settings; (None, why) when it cannot speak."""
    from devices.voice import build_announcer  # sound only where numbers are called aloud

    try:
        return build_announcer(app.resolved.settings.voice, player=player), None
    except KioskError as exc:
        log.warning("no voice calls: %s | %s", exc.message, exc.detail or "")
        return None, exc.message


def make_window(floor: Floor, role: str, *, counter: int | None, windowed: bool) -> QWidget:
    if role == "kiosk":
        return KioskWindow(floor, locked=not windowed)
    if role == "reception":
        return ReceptionWindow(floor)
    if role == "counter":
        return CounterWindow(floor, counter or floor.settings.counter.number)
    if role == "display":
        return DisplayWindow(floor)
    if role == "counter-display":
        number = counter or floor.settings.counter.number
        if number is None:
            raise ConfigError("Màn hình quầy cần số quầy: thêm --counter N, hoặc number trong [floor.counter].")
        return CounterDisplayWindow(floor, number)
    if role == "supervisor":
        return SupervisorWindow(floor)
    raise ConfigError(f"Vai trò không có: {role}. Chọn một trong: {', '.join(ROLES)}.")


def run_role(
    app: App, role: str, *, counter: int | None = None, screen: int | None = None, windowed: bool = False
) -> int:
    settings = app.resolved.settings.floor
    route_qt_messages()
    qt = qt_application(settings.language)
    announcer, voice_problem = make_announcer(app) if role == "display" and settings.display.voice else (None, None)
    floor = Floor(app, settings, announcer=announcer)
    try:
        window = make_window(floor, role, counter=counter, windowed=windowed)
        if voice_problem and isinstance(window, DisplayWindow):
            window.banner.report("voice", voice_problem)
        place(window, screen, fullscreen=role in FULL_SCREEN and not windowed)
        floor.start()
        quit_on_ctrl_c(qt)
        log.info("running as %s", role)
        return int(qt.exec())
    finally:
        floor.close()


def quit_on_ctrl_c(qt: Any) -> None:
    # Python handles signals only between bytecodes: a timer wakes the interpreter now and then.
    signal.signal(signal.SIGINT, lambda *_: qt.quit())
    waker = QTimer(qt)
    waker.timeout.connect(lambda: None)
    waker.start(500)
