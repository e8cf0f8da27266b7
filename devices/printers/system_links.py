"""Connections through the operating system or a driver library: a CUPS queue (lp), USB through
libusb (pyusb) and the Windows spooler (pywin32). Same contract as links.py: opened per job,
PrinterOffline with a Vietnamese message when the job cannot go out."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from devices.printers.escpos_setup import exceptions as escpos_errors
from devices.printers.escpos_setup import printers as escpos_printers
from devices.printers.status import StatusReading, read_status
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import ConfigError, PrinterOffline
from kiosk_desktop.printing.address import PrinterAddress

if TYPE_CHECKING:
    from devices.printers.links import Link


class CupsLink:
    """A CUPS queue, fed raw through `lp` (no pycups needed); `lpstat` says if the queue is disabled."""

    def __init__(self, address: PrinterAddress) -> None:
        self.name = address.target
        self.description = f"máy in CUPS «{self.name}»"
        self._timeout = 5.0

    def open(self, timeout: float) -> None:
        self._timeout = timeout

    def write(self, data: bytes) -> None:
        self._run(["lp", "-d", self.name, "-o", "raw"], data)

    def status(self) -> StatusReading | None:
        output = self._run(["lpstat", "-p", self.name], b"")
        if " disabled" in output:
            return StatusReading(PrinterState.OFFLINE, f"lpstat: {output.strip()}")
        return StatusReading(PrinterState.READY, f"lpstat: {output.strip()}")

    def _run(self, command: list[str], data: bytes) -> str:
        if shutil.which(command[0]) is None:
            raise PrinterOffline(f"Máy này không có CUPS (lệnh {command[0]}): không in được ra {self.description}.")
        try:
            # LC_ALL=C: lpstat's words ("disabled") are read below, whatever the PC's language.
            env = {**os.environ, "LC_ALL": "C"}
            done = subprocess.run(command, input=data, capture_output=True, timeout=self._timeout, check=False, env=env)
        except subprocess.TimeoutExpired as exc:
            raise PrinterOffline(f"CUPS không trả lời khi in ra {self.description}.", detail=str(exc)) from exc
        if done.returncode != 0:
            raise PrinterOffline(
                f"CUPS từ chối in ra {self.description}: kiểm tra tên máy in (lpstat -p).",
                detail=done.stderr.decode(errors="replace"),
            )
        return done.stdout.decode(errors="replace")

    def transfer_seconds(self, size: int) -> float:
        return 0.0

    def close(self) -> None:
        pass


class EscposLink:
    """A python-escpos connection class (USB through libusb, the Windows spooler), opened per job."""

    def __init__(self, description: str, make: Callable[[], Any], *, asks: bool) -> None:
        self.description = description
        self._make = make
        self._asks = asks
        self._device: Any = None

    def open(self, timeout: float) -> None:
        device = self._make()
        try:
            device.open()
        except escpos_errors.DeviceNotFoundError as exc:
            raise PrinterOffline(
                f"Không mở được {self.description}: máy in tắt, rút cáp hoặc sai tên.", detail=str(exc)
            ) from exc
        self._device = device

    def write(self, data: bytes) -> None:
        try:
            self._device._raw(data)
        except Exception as exc:  # pyusb and pywin32 raise their own types
            raise PrinterOffline(f"{self.description} không nhận dữ liệu.", detail=repr(exc)) from exc

    def status(self) -> StatusReading | None:
        return read_status(self._query) if self._asks else None

    def _query(self, command: bytes) -> int | None:
        self._device._raw(command)
        answer = bytes(self._device._read())
        return answer[0] if answer else None

    def transfer_seconds(self, size: int) -> float:
        return 0.0

    def close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            device.close()


def usb_link(address: PrinterAddress, timeout: float) -> Link:
    if importlib.util.find_spec("usb") is None:
        raise ConfigError(
            "Máy này chưa cài thư viện pyusb nên không dùng được usb://. Trên Windows hãy dùng win32://Tên máy in; "
            "trên Linux dùng file:///dev/usb/lp0."
        )
    options = {k: int(address.options[k], 0) for k in ("in_ep", "out_ep") if k in address.options}

    def make() -> Any:
        return escpos_printers.Usb(address.vendor_id, address.product_id, timeout=int(timeout * 1000), **options)

    return EscposLink(f"máy in USB {address.target}", make, asks=address.status_queries)


def win32_link(address: PrinterAddress) -> Link:
    if importlib.util.find_spec("win32print") is None:
        raise ConfigError(
            "win32:// chỉ dùng được trên Windows (cần pywin32). Trên máy này hãy dùng cups:// hoặc file://."
        )

    def make() -> Any:
        return escpos_printers.Win32Raw(address.target)

    # The spooler gives no printer status (python-escpos raises NotImplementedError): none is asked.
    return EscposLink(f"máy in Windows «{address.target}»", make, asks=False)
