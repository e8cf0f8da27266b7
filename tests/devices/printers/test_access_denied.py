"""A printer port this account may not write to is a permissions problem for IT, not a cable one."""

from __future__ import annotations

import builtins
import errno
from pathlib import Path
from typing import Any

import pytest

from devices.printers import open_printer
from kiosk_desktop.errors import PrinterAccessDenied, PrinterOffline
from tests.devices.printers.conftest import make_slip

real_open = builtins.open


def _refuse(target: Path) -> Any:
    # Tests run as root here, where chmod cannot take write access away: refuse at open() instead.
    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(target):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    return fake_open


def test_file_printer_without_write_permission_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "lp0"
    monkeypatch.setattr(builtins, "open", _refuse(target))
    printer = open_printer(f"file://{target}")
    with pytest.raises(PrinterAccessDenied) as raised:
        printer.print_ticket(make_slip())
    message = raised.value.message
    assert f"không được phép ghi vào máy in {target}" in message and "nhóm lp" in message
    assert "nguồn điện" not in message
    assert isinstance(raised.value, PrinterOffline), "callers that only know PrinterOffline still catch it"
    assert "Permission denied" in (raised.value.detail or "")


def test_a_driver_permission_error_in_the_deadline_runner_is_access_denied() -> None:
    class DeniedLink:
        description = "máy in USB 04b8:0e15"

        def open(self, timeout: float) -> None:
            raise OSError(errno.EACCES, "Access denied (insufficient permissions)")  # as pyusb reports it

        def write(self, data: bytes) -> None: ...

        def status(self) -> None:
            return None

        def transfer_seconds(self, size: int) -> float:
            return 0.0

        def close(self) -> None: ...

    printer = open_printer("file:///dev/null")
    printer.link = DeniedLink()
    with pytest.raises(PrinterAccessDenied, match=r"máy in USB 04b8:0e15.*CNTT"):
        printer.print_ticket(make_slip())
