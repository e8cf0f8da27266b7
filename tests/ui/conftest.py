"""Fixtures for the window tests: a themed QApplication, a started Floor on the test centre with the
simulated printer and a recording announcer, and windows closed (and their work finished) after."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from devices.printers import open_printer
from devices.printers.sim import SimDevice, sim_device
from kiosk_desktop.app import App
from kiosk_desktop.floor_settings import FloorSettings
from kiosk_desktop.printing.address import parse_printer_url
from kiosk_desktop.printing.service import TicketPrinting
from tests.ui.fakes import FakeAnnouncer
from ui.floor import Floor
from ui.operations import Operations
from ui.qt_app import qt_application


@pytest.fixture
def qt(qapp: QApplication) -> QApplication:
    return qt_application("vi")


@pytest.fixture
def printer_url() -> str:
    return f"sim://test-{uuid.uuid4().hex[:8]}"  # one simulated device per test


@pytest.fixture
def printer(printer_url: str) -> SimDevice:
    return sim_device(parse_printer_url(printer_url))


@pytest.fixture
def announcer() -> FakeAnnouncer:
    return FakeAnnouncer()


FloorFactory = Callable[..., Floor]


@pytest.fixture
def make_floor(
    centre: App, qt: QApplication, qtbot: QtBot, announcer: FakeAnnouncer, printer_url: str
) -> Iterator[FloorFactory]:
    floors: list[Floor] = []

    def make(settings: FloorSettings | None = None, *, live: bool = True, app: App | None = None) -> Floor:
        target = app or centre
        printing = TicketPrinting(target, open_printer(printer_url, name="printer:test"), "printer:test")
        floor = Floor(target, settings or FloorSettings(), announcer=announcer, live=live, printing=printing)
        floor.start()
        qtbot.waitUntil(lambda: floor.state.status is not None, timeout=10_000)
        floors.append(floor)
        return floor

    yield make
    close_windows()
    for floor in floors:
        floor.close()


@pytest.fixture
def floor(make_floor: FloorFactory) -> Floor:
    return make_floor()


def close_windows() -> None:
    """Close every window the test opened and wait for their background work to end."""
    for widget in QApplication.topLevelWidgets():
        unlock: Any = getattr(widget, "_unlocked", None)
        if unlock is False:
            widget._unlocked = True  # type: ignore[attr-defined]  # a locked kiosk left by a test
        widget.close()
        for ops in widget.findChildren(Operations):
            ops.wait()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def shown(qtbot: QtBot, window: QWidget, size: tuple[int, int] = (1280, 1024)) -> QWidget:
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
