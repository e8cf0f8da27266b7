"""Vendor drivers, one module each. List a new module here (frozen builds see no directory scan)."""

from devices.serial.vendors import digits_led

__all__ = ["digits_led"]
