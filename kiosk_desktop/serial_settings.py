"""The [[serial_devices]] entries of the per-PC settings: counter LED displays, keypads, rating pads.

Drivers live in devices/serial/; a driver name is checked when the devices are opened."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Checksum = Literal["none", "xor", "sum", "xor-hex", "sum-hex"]
KeypadActionName = Literal["next", "recall", "no_show", "finish", "transfer"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class LineProtocolSettings(_Strict):
    """Changes to the driver's preset frames; anything left out keeps the preset's value."""

    show: str | None = Field(None, description='e.g. "<STX>{address:02d}S{number:>6}<ETX>{checksum}"')
    blank: str | None = None
    blink: str | None = None
    key: str | None = Field(None, description="what a keypad sends: {address}, {key}, optional {argument}")
    rating: str | None = Field(None, description="what a rating pad sends: {address}, {level}")
    checksum: Checksum | None = None
    keys: dict[str, KeypadActionName] | None = Field(None, description='key code -> action, e.g. {"1" = "next"}')


class SerialDeviceSettings(_Strict):
    name: str = Field(min_length=1, max_length=60, description="stable name, e.g. bang-so-quay-3")
    kind: Literal["display", "keypad", "rating_pad"]
    port: str = Field(
        min_length=1, description="COM3, /dev/ttyUSB0, hwgrep://0403:6001 (by USB VID:PID), sim://NAME (simulator)"
    )
    counter: int = Field(ge=1, description="the counter the device belongs to")
    address: int = Field(1, ge=0, le=999, description="device address on a shared RS-485 line")
    driver: str = Field("stx-etx", description="a preset or vendor driver: see `kiosk-desktop serial drivers`")
    baudrate: int = Field(9600, ge=300, le=921_600)
    scale: Literal[3, 5] = Field(5, description="rating pads: 3 or 5 levels")
    transfer_service: str | None = Field(None, description="keypads: the service a transfer key sends to")
    protocol: LineProtocolSettings = LineProtocolSettings()
