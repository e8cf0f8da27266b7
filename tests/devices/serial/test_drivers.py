"""Every registered driver, both directions; presets changed from the settings; vendor driver."""

from __future__ import annotations

import pytest

from devices.serial import KeypadAction, KeyPress, LineDriver, RatingPress, driver_names, make_driver
from devices.serial.drivers import DisplayCommand
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.serial_settings import LineProtocolSettings


def _line(name: str) -> LineDriver:
    driver = make_driver(name)
    assert isinstance(driver, LineDriver)
    return driver


def test_shipped_drivers() -> None:
    assert {"ascii", "stx-etx", "stx-etx-hex", "led-digits"} <= set(driver_names())


@pytest.mark.parametrize("name", ["ascii", "stx-etx", "stx-etx-hex"])
def test_display_commands_arrive_as_sent(name: str) -> None:
    driver = _line(name)
    wire = bytearray(driver.show(3, "A105") + driver.blank(4) + driver.blink(12, "B7"))
    assert driver.read_commands(wire) == [
        DisplayCommand("show", 3, "A105"),
        DisplayCommand("blank", 4, None),
        DisplayCommand("blink", 12, "B7"),
    ]
    assert wire == bytearray()


@pytest.mark.parametrize("name", ["ascii", "stx-etx", "stx-etx-hex", "led-digits"])
def test_presses_arrive_whole_even_in_pieces_and_after_noise(name: str) -> None:
    driver = _line(name)
    wire = b"\x00garbage" + driver.key_frame(2, KeypadAction.NEXT) + driver.rating_frame(9, 3)
    wire += driver.key_frame(2, KeypadAction.TRANSFER, "HT")
    buffer = bytearray()
    presses = []
    for byte in wire:  # one byte per read, as a slow line delivers them
        buffer.append(byte)
        presses += driver.read_inputs(buffer)
    assert presses == [KeyPress(2, KeypadAction.NEXT), RatingPress(9, 3), KeyPress(2, KeypadAction.TRANSFER, "HT")]


def test_display_frames_are_never_taken_for_presses() -> None:
    for name in driver_names():
        driver = make_driver(name)
        assert driver.read_inputs(bytearray(driver.show(1, "A105") + driver.blank(1) + driver.blink(1, "A1"))) == []


def test_stx_etx_keys_are_digits_and_unknown_keys_are_ignored() -> None:
    driver = _line("stx-etx")
    assert driver.key_frame(1, KeypadAction.NO_SHOW)[3:5] == b"K3"
    unknown = driver.templates["key"].encode(address=1, key="9", argument="")
    assert driver.read_inputs(bytearray(unknown)) == []


def test_settings_change_part_of_a_preset() -> None:
    overrides = LineProtocolSettings(show="#{address}={number}<CR>", keys={"A": "next", "B": "finish"})
    driver = make_driver("ascii", overrides)
    assert driver.show(5, "A105") == b"#5=A105\r"
    assert driver.blank(5) == b"05C\r\n"  # not overridden: the preset's
    assert driver.read_inputs(bytearray(b"05KB\r\n")) == [KeyPress(5, KeypadAction.FINISH)]


def test_digit_only_boards_get_digits() -> None:
    driver = make_driver("led-digits")
    assert driver.show(1, "A105") == b"01S  0105\r\n"
    assert driver.blink(1, "B7") == b"01B  0007\r\n"


def test_unknown_driver_and_bad_override_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="stx-etx"):
        make_driver("acme")
    with pytest.raises(ConfigError, match="adress"):
        make_driver("ascii", LineProtocolSettings(show="{adress}{number}"))
