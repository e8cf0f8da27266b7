"""The devices of the settings file, opened together: keypad -> queue -> LED display, rating pad -> callback."""

from __future__ import annotations

import pytest

from devices.serial import DeviceState, KeypadAction, KeypadOutcome, open_counter_devices
from kiosk_desktop.app import App
from kiosk_desktop.errors import ConfigError, SerialPortMissing
from kiosk_desktop.serial_settings import SerialDeviceSettings
from tests.devices.serial.conftest import PtyLine, wait_for


def _devices(port: str, driver: str = "stx-etx") -> list[SerialDeviceSettings]:
    """One RS-485 line at counter 1: LED display (address 1), keypad (2), 5-level rating pad (3)."""
    common = {"port": port, "counter": 1, "driver": driver}
    return [
        SerialDeviceSettings(name="bang-so-1", kind="display", address=1, **common),  # type: ignore[arg-type]
        SerialDeviceSettings(name="ban-phim-1", kind="keypad", address=2, **common),  # type: ignore[arg-type]
        SerialDeviceSettings(name="danh-gia-1", kind="rating_pad", address=3, scale=5, **common),  # type: ignore[arg-type]
    ]


def test_keypad_calls_display_blinks_rating_arrives(centre: App, pty_line: PtyLine) -> None:
    ticket = centre.queue.issue("CT").ticket
    ratings: list[tuple[int, int, int]] = []
    outcomes: list[KeypadOutcome] = []
    states: list[DeviceState] = []
    devices = open_counter_devices(
        _devices(str(pty_line.path)),
        actions=centre.queue,
        on_rating=lambda counter, level, scale: ratings.append((counter, level, scale)),
        on_outcome=outcomes.append,
        on_state=states.append,
        retry_s=0.05,
    )
    board = pty_line.simulator()
    try:
        assert wait_for(lambda: all(s.online for s in devices.states.values()))
        assert {s.kind for s in states} == {"display", "keypad", "rating_pad"}
        board.press(2, KeypadAction.NEXT)
        assert board.wait_until(lambda d: 1 in d.shown)
        assert (board.shown[1].kind, board.shown[1].number) == ("blink", ticket.number)
        assert centre.queue.recall(1).id == ticket.id  # called at counter 1 in the database
        board.press(2, KeypadAction.FINISH)
        assert board.wait_until(lambda d: d.shown[1].kind == "blank")
        assert centre.status().counters[0].ticket is None  # finished in the database
        board.rate(3, 4)
        board.rate(3, 7)  # beyond the 5-level scale: noise, ignored
        board.rate(9, 1)  # nobody at address 9
        board.rate(3, 5)
        assert wait_for(lambda: len(ratings) == 2)
        assert ratings == [(1, 4, 5), (1, 5, 5)]
        assert [o.action for o in outcomes] == ["next", "finish"]
    finally:
        devices.close()


def test_keypad_presses_can_go_to_a_listener_instead(pty_line: PtyLine) -> None:
    keys: list[tuple[int, str]] = []
    devices = open_counter_devices(
        _devices(str(pty_line.path))[1:2], on_key=lambda counter, action: keys.append((counter, action)), retry_s=0.05
    )
    try:
        assert wait_for(lambda: devices.states["ban-phim-1"].online)
        pty_line.simulator().press(2, KeypadAction.NO_SHOW)
        assert wait_for(lambda: keys == [(1, "no_show")])
    finally:
        devices.close()


def test_display_shows_its_number_again_after_a_replug(pty_line: PtyLine) -> None:
    devices = open_counter_devices(_devices(str(pty_line.path))[:1], retry_s=0.05)
    try:
        assert wait_for(lambda: devices.states["bang-so-1"].online)
        devices.show(1, "B012")
        assert pty_line.simulator().wait_until(lambda d: d.shown.get(1) is not None)
        pty_line.unplug()
        assert wait_for(lambda: not devices.states["bang-so-1"].online)
        devices.show(1, "B013")  # called while unplugged: shown once it is back
        pty_line.plug()
        board = pty_line.simulator()
        assert board.wait_until(lambda d: 1 in d.shown)
        assert board.shown[1].number == "B013"
    finally:
        devices.close()


def test_a_missing_port_is_reported_not_raised(tmp_path) -> None:  # type: ignore[no-untyped-def]
    states: list[DeviceState] = []
    devices = open_counter_devices(_devices(str(tmp_path / "ttyUSB7"))[:1], on_state=states.append, retry_s=0.05)
    try:
        assert wait_for(lambda: bool(states))
        assert isinstance(states[0].problem, SerialPortMissing) and not states[0].online
        devices.show(1, "A1")  # no error: the display catches up when plugged in
    finally:
        devices.close()


def test_only_the_counters_asked_for_are_opened(pty_line: PtyLine) -> None:
    devices = open_counter_devices(_devices(str(pty_line.path)), counters={2}, retry_s=0.05)
    assert devices.links == {} and devices.states == {}
    devices.close()


def test_bad_device_lists_are_refused() -> None:
    line = _devices("loop://")
    with pytest.raises(ConfigError, match="cùng tên"):
        open_counter_devices([line[0], line[0]])
    with pytest.raises(ConfigError, match="loop://"):
        open_counter_devices([line[0], line[2].model_copy(update={"driver": "ascii"})])
    with pytest.raises(ConfigError, match="ban-phim-1"):
        open_counter_devices(line)  # a keypad and no queue to act on
