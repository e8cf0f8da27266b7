"""The driver interface for counter devices, and the line-protocol driver built from frame templates.

A driver only turns commands into bytes and received bytes into presses: the port, the threads and
reconnecting are the link's job (link.py), so a vendor driver stays one small file."""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from devices.serial.frames import FrameTemplate

log = logging.getLogger(__name__)

MAX_BUFFER = 1024  # received bytes kept while waiting for the end of a frame


class KeypadAction(enum.StrEnum):
    NEXT = "next"
    RECALL = "recall"
    NO_SHOW = "no_show"
    FINISH = "finish"
    TRANSFER = "transfer"


@dataclass(frozen=True)
class KeyPress:
    address: int
    action: KeypadAction
    argument: str | None = None  # e.g. the service a transfer goes to, when the keypad sends one


@dataclass(frozen=True)
class RatingPress:
    address: int
    level: int


DeviceInput = KeyPress | RatingPress


class Driver(Protocol):
    """What the program needs from a vendor protocol."""

    def show(self, address: int, number: str) -> bytes: ...

    def blank(self, address: int) -> bytes: ...

    def blink(self, address: int, number: str) -> bytes: ...

    def read_inputs(self, buffer: bytearray) -> list[DeviceInput]:
        """Take every complete press out of `buffer` (consumed bytes are removed)."""
        ...


@dataclass(frozen=True)
class LineProtocol:
    """Templates for one vendor's frames (see frames.py) and the keypad's key codes."""

    show: str
    blank: str
    blink: str
    key: str
    rating: str
    checksum: str = "none"
    keys: Mapping[str, str] = field(default_factory=dict)  # key code -> KeypadAction value


@dataclass(frozen=True)
class DisplayCommand:
    """What a display was told (the simulator's side of the line)."""

    kind: str  # show | blank | blink
    address: int
    number: str | None


class LineDriver:
    """A Driver from a LineProtocol; also speaks the device side, for the simulator."""

    def __init__(self, protocol: LineProtocol) -> None:
        self.protocol = protocol
        self.templates = {
            name: FrameTemplate.parse(getattr(protocol, name), protocol.checksum)
            for name in ("show", "blank", "blink", "key", "rating")
        }
        self.keys = {code: KeypadAction(action) for code, action in protocol.keys.items()}
        self._codes = {action: code for code, action in self.keys.items()}

    # --- host side -----------------------------------------------------------------------

    def show(self, address: int, number: str) -> bytes:
        return self.templates["show"].encode(address=address, number=number)

    def blank(self, address: int) -> bytes:
        return self.templates["blank"].encode(address=address)

    def blink(self, address: int, number: str) -> bytes:
        return self.templates["blink"].encode(address=address, number=number)

    def read_inputs(self, buffer: bytearray) -> list[DeviceInput]:
        inputs: list[DeviceInput] = []
        for name, values in _take_frames(buffer, {n: self.templates[n] for n in ("key", "rating")}):
            press = self._press(name, values)
            if press is not None:
                inputs.append(press)
        return inputs

    def _press(self, name: str, values: dict[str, str]) -> DeviceInput | None:
        try:
            address = int(values["address"])
            if name == "rating":
                return RatingPress(address, int(values["level"]))
            action = self.keys.get(values["key"].strip())
            if action is None:
                log.warning("keypad %s sent the unknown key %r", address, values["key"])
                return None
            return KeyPress(address, action, values.get("argument", "").strip() or None)
        except (KeyError, ValueError):
            log.warning("unreadable %s frame: %r", name, values)
            return None

    # --- device side (simulator) ---------------------------------------------------------

    def read_commands(self, buffer: bytearray) -> list[DisplayCommand]:
        commands = []
        for name, values in _take_frames(buffer, {n: self.templates[n] for n in ("show", "blank", "blink")}):
            number = values.get("number")
            commands.append(DisplayCommand(name, int(values["address"]), number.strip() if number else None))
        return commands

    def key_frame(self, address: int, action: KeypadAction, argument: str | None = None) -> bytes:
        return self.templates["key"].encode(address=address, key=self._codes[action], argument=argument or "")

    def rating_frame(self, address: int, level: int) -> bytes:
        return self.templates["rating"].encode(address=address, level=level)


def _take_frames(buffer: bytearray, templates: Mapping[str, FrameTemplate]) -> list[tuple[str, dict[str, str]]]:
    """Remove complete frames from the buffer, earliest first; bytes before a frame are noise."""
    found: list[tuple[str, dict[str, str]]] = []
    while True:
        best: tuple[re.Match[bytes], str] | None = None
        for name in templates:
            match = templates[name].regex.search(buffer)
            if match and (best is None or match.start() < best[0].start()):
                best = (match, name)
        if best is None:
            break
        match, name = best
        values = templates[name].decode(match)
        if values is None:
            log.warning("dropped a %s frame with a bad checksum: %r", name, match.group(0))
        else:
            found.append((name, values))
        del buffer[: match.end()]
    if len(buffer) > MAX_BUFFER:
        del buffer[:-MAX_BUFFER]
    return found
