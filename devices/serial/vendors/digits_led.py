"""LED boards with 7-segment digits only (no letters): they get the digits of the number.

Many cheap counter boards are 4-digit 7-segment modules on an ASCII line; "A105" becomes "0105"."""

from __future__ import annotations

from devices.serial.drivers import Driver, LineDriver
from devices.serial.presets import ASCII_LINES
from devices.serial.registry import merged, register_driver
from kiosk_desktop.serial_settings import LineProtocolSettings

DIGITS = 4


class DigitsOnlyDriver(LineDriver):
    def show(self, address: int, number: str) -> bytes:
        return super().show(address, _digits(number))

    def blink(self, address: int, number: str) -> bytes:
        return super().blink(address, _digits(number))


def _digits(number: str) -> str:
    digits = "".join(char for char in number if char.isdigit())
    return digits[-DIGITS:].rjust(DIGITS, "0")


@register_driver("led-digits")
def digits_led(overrides: LineProtocolSettings) -> Driver:
    return DigitsOnlyDriver(merged(ASCII_LINES, overrides))
