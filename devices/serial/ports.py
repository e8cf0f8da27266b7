"""Opening a serial port, with errors staff can act on; listing ports; in-memory simulated ports.

Port names: `COM3` (Windows), `/dev/ttyUSB0` (Linux), `hwgrep://0403:6001` (the adapter with that
USB VID:PID, whatever COM number Windows gave it today), any pyserial URL (`loop://`,
`socket://host:port`), and `sim://NAME` (an in-memory device: see simulator.py)."""

from __future__ import annotations

import errno
import logging
import threading
from dataclasses import dataclass
from typing import Protocol

import serial
from serial.tools import list_ports

from kiosk_desktop.errors import DeviceUnavailable, SerialPortBusy, SerialPortMissing

log = logging.getLogger(__name__)

READ_TIMEOUT_S = 0.2  # how long a read waits: also how fast a closing link notices it should stop
WRITE_TIMEOUT_S = 1.0  # a display that stops reading (flow control) must not hold up a keypad press
SIM_SCHEME = "sim://"
_BUSY_ERRNOS = {errno.EACCES, errno.EBUSY, errno.EAGAIN}
_BUSY_WORDS = ("PermissionError", "Access is denied", "exclusively lock", "Resource busy")
_MISSING_WORDS = ("FileNotFoundError", "cannot find", "No such file", "no ports found")


class Port(Protocol):
    """The part of pyserial's Serial the links use (a simulated port has it too)."""

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def close(self) -> None: ...


def open_port(url: str, baudrate: int = 9600, *, device: str = "") -> Port:
    """Open a port or raise SerialPortMissing / SerialPortBusy / DeviceUnavailable in Vietnamese.

    `device` names the device in the message ("bảng số quầy 3")."""
    if url.startswith(SIM_SCHEME):
        return sim_pipe(url).host
    what = f" ({device})" if device else ""
    try:
        # exclusive: on Linux a second program must fail as it does on Windows, not share the line
        return serial.serial_for_url(  # type: ignore[no-any-return]
            url, baudrate=baudrate, timeout=READ_TIMEOUT_S, write_timeout=WRITE_TIMEOUT_S, exclusive=True
        )
    except (serial.SerialException, OSError, ValueError) as exc:
        text = str(exc)
        code = getattr(exc, "errno", None)
        if code in _BUSY_ERRNOS or any(word in text for word in _BUSY_WORDS):
            raise SerialPortBusy(
                f"Cổng {_short(url)}{what} đang bị chương trình khác dùng. Đóng chương trình đó (hoặc cửa sổ "
                "Một Cửa thứ hai trên máy này).",
                detail=text,
            ) from exc
        if code == errno.ENOENT or any(word in text for word in _MISSING_WORDS):
            raise SerialPortMissing(
                f"Không thấy cổng {_short(url)}{what}. Kiểm tra cáp USB-serial đã cắm chưa; nếu vừa cắm sang "
                "cổng USB khác, số cổng COM có thể đã đổi (xem `kiosk-desktop serial ports`).",
                detail=text,
            ) from exc
        raise DeviceUnavailable(
            f"Không mở được cổng {_short(url)}{what}. Kiểm tra tên cổng và tốc độ baud trong tệp cài đặt.",
            detail=text,
        ) from exc


@dataclass(frozen=True)
class PortInfo:
    device: str
    vid_pid: str | None  # "0403:6001"
    description: str


def available_ports() -> list[PortInfo]:
    found = []
    for port in sorted(list_ports.comports(), key=lambda p: p.device):
        vid_pid = f"{port.vid:04X}:{port.pid:04X}" if port.vid is not None and port.pid is not None else None
        found.append(PortInfo(port.device, vid_pid, port.description or ""))
    return found


def _short(url: str) -> str:
    return url.removeprefix("hwgrep://")


# --- in-memory simulated ports ----------------------------------------------------------------


class _End:
    """One end of an in-memory serial line: what one end writes, the other reads."""

    def __init__(self, pipe: SimPipe, inbox: bytearray) -> None:
        self._pipe, self._inbox = pipe, inbox

    @property
    def in_waiting(self) -> int:
        with self._pipe.changed:
            return len(self._inbox)

    def read(self, size: int = 1) -> bytes:
        with self._pipe.changed:
            self._pipe.changed.wait_for(lambda: self._inbox or self._pipe.unplugged, READ_TIMEOUT_S)
            self._check()
            data = bytes(self._inbox[:size])
            del self._inbox[:size]
            return data

    def write(self, data: bytes) -> int:
        with self._pipe.changed:
            self._check()
            other = self._pipe.to_device if self is self._pipe.host else self._pipe.to_host
            other += data
            self._pipe.changed.notify_all()
            return len(data)

    def close(self) -> None:
        return None

    def _check(self) -> None:
        if self._pipe.unplugged:
            raise serial.SerialException("simulated device unplugged")


class SimPipe:
    """A simulated serial line: `host` is what the program opens, `device` what a simulator uses."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.to_host = bytearray()
        self.to_device = bytearray()
        self.unplugged = False
        self.host = _End(self, self.to_host)
        self.device = _End(self, self.to_device)

    def unplug(self) -> None:
        with self.changed:
            self.unplugged = True
            self.changed.notify_all()


_pipes: dict[str, SimPipe] = {}
_pipes_lock = threading.Lock()


def sim_pipe(url: str) -> SimPipe:
    """The simulated line named by a `sim://NAME` URL (made on first use, kept for the process)."""
    with _pipes_lock:
        pipe = _pipes.get(url)
        if pipe is None:
            pipe = _pipes[url] = SimPipe()
        if pipe.unplugged:
            raise SerialPortMissing(f"Không thấy cổng {url} (thiết bị mô phỏng đã bị rút).")
        return pipe


def replug_sim(url: str) -> SimPipe:
    """A fresh line under the same name, as if the cable were plugged back in."""
    with _pipes_lock:
        _pipes[url] = SimPipe()
        return _pipes[url]
