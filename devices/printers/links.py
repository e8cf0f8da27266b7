"""Connections to a printer, one small class per kind. Each is opened for one job and closed after it
(a printer unplugged and plugged back works on the next ticket; the Windows spooler prints on close).

A link raises PrinterOffline (Vietnamese message, what failed in `detail`); the adapter bounds every
call with a timeout, so a blocking write to a dead device cannot freeze the caller."""

from __future__ import annotations

import errno
import socket
from typing import Any, Protocol

from devices.printers.status import StatusReading, read_status
from devices.printers.system_links import CupsLink, usb_link, win32_link
from kiosk_desktop.errors import ConfigError, PrinterAccessDenied, PrinterOffline
from kiosk_desktop.printing.address import PrinterAddress

#: A printer answers a status query within milliseconds; silence this long means nobody is there.
STATUS_WAIT = 1.0


class Link(Protocol):
    description: str

    def open(self, timeout: float) -> None: ...

    def write(self, data: bytes) -> None: ...

    def status(self) -> StatusReading | None:
        """None when this connection cannot ask (spooler, plain file): the job is sent anyway."""

    def transfer_seconds(self, size: int) -> float: ...

    def close(self) -> None: ...


class SerialLink:
    def __init__(self, address: PrinterAddress) -> None:
        self.path = address.target
        self.baudrate = address.baudrate
        self.flow = address.options.get("flow", "none")
        self.asks = address.status_queries
        self.description = f"cổng {self.path}"
        self._port: Any = None
        self._write_timeout = 5.0

    def open(self, timeout: float) -> None:
        import serial

        self._write_timeout = timeout
        try:
            self._port = serial.Serial(
                port=self.path,
                baudrate=self.baudrate,
                timeout=min(timeout, STATUS_WAIT),  # reads are status answers only
                write_timeout=timeout,
                rtscts=self.flow == "rtscts",
                dsrdtr=self.flow == "dsrdtr",
                xonxoff=self.flow == "xonxoff",
            )
        except (serial.SerialException, ValueError) as exc:
            if getattr(exc, "errno", None) == errno.EACCES:  # pyserial keeps the OS error number
                raise access_denied(self.path, exc) from exc
            raise PrinterOffline(
                f"Không mở được {self.description} của máy in: cổng không có, đã đổi số hoặc chương trình "
                "khác đang dùng. Kiểm tra cáp và tên cổng trong cài đặt.",
                detail=str(exc),
            ) from exc

    def write(self, data: bytes) -> None:
        import serial

        try:
            self._port.write_timeout = self._write_timeout + self.transfer_seconds(len(data))
            self._port.write(data)
            self._port.flush()
        except serial.SerialException as exc:
            raise PrinterOffline("Máy in không nhận dữ liệu qua cổng nối tiếp.", detail=str(exc)) from exc

    def status(self) -> StatusReading | None:
        return read_status(self._query) if self.asks else None

    def _query(self, command: bytes) -> int | None:
        self._port.reset_input_buffer()  # drop anything the printer sent on its own earlier
        self._port.write(command)
        answer = self._port.read(1)
        return answer[0] if answer else None

    def transfer_seconds(self, size: int) -> float:
        return size * 10 / self.baudrate  # start + 8 data + stop bits per byte

    def close(self) -> None:
        if self._port is not None:
            self._port.close()
            self._port = None


class TcpLink:
    def __init__(self, address: PrinterAddress) -> None:
        self.host, self.port = address.target, address.port or 9100
        self.asks = address.status_queries
        self.description = f"máy in mạng {self.host}:{self.port}"
        self._sock: socket.socket | None = None
        self._timeout = 5.0

    def open(self, timeout: float) -> None:
        self._timeout = timeout
        try:
            self._sock = socket.create_connection((self.host, self.port), timeout=timeout)
        except OSError as exc:
            raise PrinterOffline(
                f"Không kết nối được {self.description}: kiểm tra máy in đã bật, cáp mạng và địa chỉ IP.",
                detail=str(exc),
            ) from exc

    def write(self, data: bytes) -> None:
        assert self._sock is not None
        try:
            self._sock.sendall(data)
        except OSError as exc:
            raise PrinterOffline(f"Mất kết nối với {self.description} khi đang gửi phiếu.", detail=str(exc)) from exc

    def status(self) -> StatusReading | None:
        return read_status(self._query) if self.asks else None

    def _query(self, command: bytes) -> int | None:
        assert self._sock is not None
        try:
            self._sock.sendall(command)
            self._sock.settimeout(min(self._timeout, STATUS_WAIT))
            answer = self._sock.recv(1)
        except TimeoutError:
            return None
        except OSError as exc:
            raise PrinterOffline(f"Mất kết nối với {self.description}.", detail=str(exc)) from exc
        finally:
            self._sock.settimeout(self._timeout)
        return answer[0] if answer else None

    def transfer_seconds(self, size: int) -> float:
        return 0.0

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class FileLink:
    """Raw bytes appended to a file or device node (/dev/usb/lp0): a job never overwrites another."""

    def __init__(self, address: PrinterAddress) -> None:
        self.path = address.target
        self.description = f"tệp {self.path}"
        self._file: Any = None

    def open(self, timeout: float) -> None:
        try:
            self._file = open(self.path, "ab")  # noqa: SIM115 (closed in close())
        except PermissionError as exc:
            raise access_denied(self.path, exc) from exc
        except OSError as exc:
            raise PrinterOffline(f"Không mở được {self.description} để in: {exc.strerror}.", detail=str(exc)) from exc

    def write(self, data: bytes) -> None:
        try:
            self._file.write(data)
            self._file.flush()
        except PermissionError as exc:
            raise access_denied(self.path, exc) from exc
        except OSError as exc:
            raise PrinterOffline(f"Không ghi được vào {self.description}.", detail=str(exc)) from exc

    def status(self) -> StatusReading | None:
        return None

    def transfer_seconds(self, size: int) -> float:
        return 0.0

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def access_denied(target: str, exc: BaseException) -> PrinterAccessDenied:
    """The port or device file exists but this account may not write to it: only IT can fix that."""
    return PrinterAccessDenied(
        f"Chương trình không được phép ghi vào máy in {target}: nhờ bộ phận CNTT cấp quyền "
        "(trên Linux: thêm tài khoản vào nhóm lp).",
        detail=repr(exc),
    )


def link_for(address: PrinterAddress, timeout: float) -> Link:
    """The connection for a parsed address (not opened yet). sim:// is handled by the simulator."""
    if address.kind == "serial":
        return SerialLink(address)
    if address.kind == "tcp":
        return TcpLink(address)
    if address.kind == "file":
        return FileLink(address)
    if address.kind == "cups":
        return CupsLink(address)
    if address.kind == "usb":
        return usb_link(address, timeout)
    if address.kind == "win32":
        return win32_link(address)
    raise ConfigError(f"Loại kết nối máy in «{address.kind}» không có ở đây.")
