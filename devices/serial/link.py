"""One serial line: opened in the background, read on its own thread, reopened after an unplug.

Several devices can share a line (an RS-485 bus with an address per device). Nothing here blocks
the caller: `send` writes or reports that the line is down; the reader thread retries the port
every few seconds and, once it is back, runs the reconnect hooks (displays show their number
again). Callbacks run on the link's thread and must not touch Qt widgets directly."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import serial

from devices.serial.drivers import DeviceInput, Driver
from devices.serial.ports import Port, open_port
from kiosk_desktop.errors import DeviceUnavailable

log = logging.getLogger(__name__)

RETRY_S = 2.0


@dataclass(frozen=True)
class LinkState:
    online: bool
    problem: DeviceUnavailable | None = None  # why it is offline, in Vietnamese


Opener = Callable[..., Port]


class SerialLink:
    def __init__(
        self,
        url: str,
        driver: Driver,
        *,
        baudrate: int = 9600,
        name: str = "",
        on_input: Callable[[DeviceInput], None] | None = None,
        on_state: Callable[[LinkState], None] | None = None,
        retry_s: float = RETRY_S,
        opener: Opener = open_port,
    ) -> None:
        self.url, self.driver, self.baudrate, self.name = url, driver, baudrate, name or url
        self.on_input, self.on_state = on_input, on_state
        self.retry_s, self._opener = retry_s, opener
        self._port: Port | None = None
        self._state = LinkState(False)
        self._hooks: list[Callable[[], None]] = []
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"serial {url}", daemon=True)

    @property
    def state(self) -> LinkState:
        return self._state

    def add_reconnect_hook(self, hook: Callable[[], None]) -> None:
        """Run after every successful open, on the link's thread."""
        self._hooks.append(hook)

    def start(self) -> None:
        self._thread.start()

    def send(self, frame: bytes) -> bool:
        """Write one frame now; False when the line is down (the caller keeps its state for the reconnect)."""
        with self._lock:
            port = self._port
            if port is None:
                return False
            try:
                port.write(frame)
                return True
            except (serial.SerialException, OSError) as exc:
                error = exc
        self._lost(port, error)
        return False

    def close(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
        with self._lock:
            port, self._port = self._port, None
        if port is not None:
            _quietly_close(port)

    def _run(self) -> None:
        while not self._stop.is_set():
            port = self._port
            if port is None:
                if not self._try_open():
                    self._stop.wait(self.retry_s)
                continue
            try:
                data = port.read(max(1, port.in_waiting))
            except (serial.SerialException, OSError) as exc:
                self._lost(port, exc)
                continue
            if data:
                self._received(data)

    def _try_open(self) -> bool:
        try:
            port = self._opener(self.url, self.baudrate, device=self.name)
        except DeviceUnavailable as problem:
            retrying = type(problem)(f"{problem.message} Chương trình tự thử kết nối lại.", detail=problem.detail)
            self._set_state(LinkState(False, retrying))
            return False
        with self._lock:
            self._port = port
            self._buffer.clear()
        self._set_state(LinkState(True))
        for hook in self._hooks:
            try:
                hook()
            except Exception:
                log.exception("reconnect hook failed on %s", self.url)
        return True

    def _lost(self, port: Port, exc: BaseException) -> None:
        with self._lock:
            if self._port is not port:
                return  # another thread noticed first
            self._port = None
        _quietly_close(port)
        problem = DeviceUnavailable(
            f"Mất kết nối với {self.name} ({self.url}). Kiểm tra cáp và nguồn của thiết bị; chương trình đang "
            "tự kết nối lại.",
            detail=repr(exc),
        )
        self._set_state(LinkState(False, problem))

    def _received(self, data: bytes) -> None:
        self._buffer += data
        for press in self.driver.read_inputs(self._buffer):
            if self.on_input is None:
                continue
            try:
                self.on_input(press)
            except Exception:  # one bad press must not kill the line
                log.exception("handling %r from %s failed", press, self.url)

    def _set_state(self, state: LinkState) -> None:
        previous, self._state = self._state, state
        if _same(previous, state):
            return
        if state.online:
            log.info("serial %s (%s) connected", self.url, self.name)
        else:
            log.warning("serial %s (%s) offline: %s", self.url, self.name, state.problem and state.problem.detail)
        if self.on_state is not None:
            self.on_state(state)


def _same(a: LinkState, b: LinkState) -> bool:
    """Equal for reporting: the same retry failing every two seconds is reported once."""
    if a.online != b.online:
        return False
    return (a.problem and a.problem.message) == (b.problem and b.problem.message)


def _quietly_close(port: Port) -> None:
    try:
        port.close()
    except Exception:
        log.debug("closing a dead port failed", exc_info=True)
