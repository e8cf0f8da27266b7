"""Serial lines without hardware: pty pairs behind a stable path that can be unplugged and plugged back."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.serial import DeviceSimulator, FdChannel, make_driver
from devices.serial.drivers import LineDriver


class PtyLine:
    """A pty pair reached through a symlink, like /dev/ttyUSB0: `unplug` removes it, `plug` brings a new one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.master: int | None = None
        self.plug()

    def plug(self) -> None:
        import tty  # POSIX only (termios)

        master, slave = os.openpty()
        tty.setraw(slave)  # no echo or line editing before the program opens its end
        target = os.ttyname(slave)
        os.close(slave)  # the program opens the slave through the path; the pty lives while the master is open
        self.path.unlink(missing_ok=True)
        self.path.symlink_to(target)
        self.master = master

    def unplug(self) -> None:
        if self.master is not None:
            os.close(self.master)
            self.master = None
        self.path.unlink(missing_ok=True)

    def simulator(self, driver: str = "stx-etx") -> DeviceSimulator:
        line_driver = make_driver(driver)
        assert isinstance(line_driver, LineDriver) and self.master is not None
        return DeviceSimulator(_Channel(self.master), line_driver)


class _Channel(FdChannel):
    def close(self) -> None:  # the fixture owns the fd
        return None


@pytest.fixture
def pty_line(tmp_path: Path) -> Iterator[PtyLine]:
    if not hasattr(os, "openpty"):
        pytest.skip("pty pairs need Linux or macOS; loop:// and sim:// tests still run")
    line = PtyLine(tmp_path / "ttyKIOSK0")
    yield line
    line.unplug()


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()
