"""The device end of a serial line, in software: LED displays that remember what they were told,
keypads and rating pads that press. For tests (over a pty or `sim://`), the demo and trying a
driver without hardware."""

from __future__ import annotations

import os
import select
import threading
import time
from collections.abc import Callable

from devices.serial.drivers import DisplayCommand, KeypadAction, LineDriver
from devices.serial.ports import Port, sim_pipe


class FdChannel:
    """A raw file descriptor as a port (the master side of a pty pair)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @property
    def in_waiting(self) -> int:
        return 1 if select.select([self.fd], [], [], 0)[0] else 0

    def read(self, size: int = 1) -> bytes:
        if not select.select([self.fd], [], [], 0.05)[0]:
            return b""
        try:
            return os.read(self.fd, max(size, 1024))
        except OSError:  # the program's end is closed: nothing to read
            return b""

    def write(self, data: bytes) -> int:
        return os.write(self.fd, data)

    def close(self) -> None:
        os.close(self.fd)


class DeviceSimulator:
    def __init__(self, channel: Port, driver: LineDriver) -> None:
        self.channel, self.driver = channel, driver
        self.shown: dict[int, DisplayCommand] = {}  # the last command each display address got
        self.history: list[DisplayCommand] = []
        self._buffer = bytearray()
        self._lock = threading.Lock()

    @classmethod
    def on_sim(cls, url: str, driver: LineDriver) -> DeviceSimulator:
        """The simulator at the far end of a `sim://NAME` line."""
        return cls(sim_pipe(url).device, driver)

    def poll(self) -> list[DisplayCommand]:
        """Read what has arrived; returns the new display commands."""
        data = self.channel.read(max(1, self.channel.in_waiting))
        with self._lock:
            self._buffer += data
            commands = self.driver.read_commands(self._buffer)
            for command in commands:
                self.shown[command.address] = command
                self.history.append(command)
        return commands

    def wait_until(self, condition: Callable[[DeviceSimulator], bool], timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.poll()
            if condition(self):
                return True
        return False

    def press(self, address: int, action: KeypadAction, argument: str | None = None) -> None:
        self.channel.write(self.driver.key_frame(address, action, argument))

    def rate(self, address: int, level: int) -> None:
        self.channel.write(self.driver.rating_frame(address, level))
