"""A counter's serial devices: the keypad drives the queue (the window follows), the LED display
mirrors the window's calls."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from devices.serial.drivers import KeypadAction, LineDriver
from devices.serial.registry import make_driver
from devices.serial.simulator import DeviceSimulator
from kiosk_desktop.app import App, build_app
from kiosk_desktop.serial_settings import SerialDeviceSettings
from kiosk_desktop.settings import Resolved, Settings
from tests.ui.conftest import FloorFactory, close_windows, shown
from ui.counter_window import CounterWindow


def test_keypad_and_led_display_of_a_counter(
    centre: App, make_floor: FloorFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    port = f"sim://counter-1-{uuid.uuid4().hex[:6]}"
    devices = [
        SerialDeviceSettings(name="led-1", kind="display", port=port, counter=1, address=1),
        SerialDeviceSettings(name="keys-1", kind="keypad", port=port, counter=1, address=1),
    ]
    url = centre.db.url.render_as_string(hide_password=False)
    app = build_app(Resolved(Settings(serial_devices=devices), url, tmp_path))
    try:
        floor = make_floor(app=app)
        driver = make_driver("stx-etx")
        assert isinstance(driver, LineDriver)
        hardware = DeviceSimulator.on_sim(port, driver)
        first = centre.queue.issue("CT").ticket
        second = centre.queue.issue("CT").ticket
        window = CounterWindow(floor, 1)
        shown(qtbot, window, (1366, 768))
        qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
        with qtbot.waitSignal(window.move_done, timeout=10_000):
            window.perform("next")
        assert hardware.wait_until(lambda sim: first.number in str(sim.shown.get(1)), timeout=5)
        qtbot.waitUntil(lambda: window.moves.is_allowed("finish"), timeout=5000)
        with qtbot.waitSignal(window.move_done, timeout=10_000):
            window.perform("finish")
        assert hardware.wait_until(lambda sim: first.number not in str(sim.shown.get(1)), timeout=5)  # blanked
        hardware.press(1, KeypadAction.NEXT)  # the officer presses the keypad instead of F1
        qtbot.waitUntil(lambda: window.card.number.text() == second.number, timeout=5000)
        held = next(c.ticket for c in centre.status().counters if c.number == 1)
        assert held is not None and held.number == second.number
    finally:
        close_windows()
        app.close()
