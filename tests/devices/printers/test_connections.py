"""Each connection kind against something that behaves like a printer: status before printing, a
refused job when the paper is out, bounded waits when nobody answers."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from devices.printers import open_printer, ticket_bytes
from kiosk_desktop.devices_api import PrinterState
from kiosk_desktop.errors import ConfigError, PaperOut, PrinterFault, PrinterOffline
from tests.devices.printers.conftest import make_slip
from tests.devices.printers.fake_printers import (
    COVER_OPEN,
    NEAR_END,
    PAPER_OUT,
    READY,
    SILENT,
    pty_printer,
    tcp_printer,
)


def test_serial_printer_out_of_paper_refuses_the_ticket_and_gets_no_bytes() -> None:
    with pty_printer(PAPER_OUT) as device:
        printer = open_printer(f"serial://{device.path}?baudrate=9600", timeout=2)
        with pytest.raises(PaperOut) as raised:
            printer.print_ticket(make_slip())
        assert "hết giấy" in raised.value.message and "DLE EOT 4 = 0x7e" in (raised.value.detail or "")
        assert device.job() == b"", "nothing but status queries was sent"
        assert printer.status() is PrinterState.PAPER_OUT


def test_serial_printer_near_end_prints_and_says_so() -> None:
    slip = make_slip()
    with pty_printer(NEAR_END) as device:
        printer = open_printer(f"serial://{device.path}?baudrate=115200", timeout=2)
        assert printer.print_ticket(slip) is PrinterState.PAPER_NEAR_END
        deadline = time.monotonic() + 2
        while device.job() != ticket_bytes(slip) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert device.job() == ticket_bytes(slip)
        assert device.queries[:2] == [1, 4], "printer status, then the paper sensor, before the job"


def test_cover_open_is_a_fault_and_a_silent_serial_printer_is_offline_within_the_timeout() -> None:
    with pty_printer(COVER_OPEN) as device, pytest.raises(PrinterFault, match="nắp"):
        open_printer(f"serial://{device.path}", timeout=2).print_ticket(make_slip())
    with pty_printer(SILENT) as device:
        started = time.monotonic()
        with pytest.raises(PrinterOffline):
            open_printer(f"serial://{device.path}", timeout=0.5).print_ticket(make_slip())
        assert time.monotonic() - started < 3


def test_status_queries_can_be_switched_off_for_printers_that_never_answer() -> None:
    with pty_printer(SILENT) as device:
        printer = open_printer(f"serial://{device.path}?baudrate=115200&status=off", timeout=2)
        assert printer.print_ticket(make_slip()) is PrinterState.READY
        assert device.queries == []


def test_missing_serial_port_is_offline_with_a_vietnamese_hint() -> None:
    with pytest.raises(PrinterOffline, match="Không mở được cổng /dev/ttyKHONGCO"):
        open_printer("serial:///dev/ttyKHONGCO").status()


def test_network_printer_prints_and_reports_paper_out() -> None:
    slip = make_slip()
    with tcp_printer(READY) as device:
        assert open_printer(device.url, timeout=2).print_ticket(slip) is PrinterState.READY
        deadline = time.monotonic() + 2
        while device.job() != ticket_bytes(slip) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert device.job() == ticket_bytes(slip)
    with tcp_printer(PAPER_OUT) as device, pytest.raises(PaperOut):
        open_printer(device.url, timeout=2).print_ticket(slip)


def test_network_printer_that_refuses_or_stays_silent_is_offline() -> None:
    with tcp_printer(SILENT) as device:
        url = device.url
        started = time.monotonic()
        with pytest.raises(PrinterOffline):
            open_printer(url, timeout=0.5).print_ticket(make_slip())
        assert time.monotonic() - started < 3
    with pytest.raises(PrinterOffline, match="Không kết nối được"):
        open_printer(url, timeout=1).status()  # the port is closed now


def test_file_printer_appends_each_job(tmp_path: Path) -> None:
    target = tmp_path / "printer.bin"
    printer = open_printer(f"file://{target}")
    first, second = make_slip(), make_slip(number="A013", waiting_ahead=6)
    assert printer.print_ticket(first) is PrinterState.READY
    printer.print_ticket(second)
    assert target.read_bytes() == ticket_bytes(first) + ticket_bytes(second)
    with pytest.raises(PrinterOffline, match="Không mở được tệp"):
        open_printer(f"file://{tmp_path}/no/such/dir/p.bin").print_ticket(first)


def test_cups_queue_gets_the_raw_bytes_through_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spool = tmp_path / "spooled.bin"
    _script(tmp_path / "lp", f'[ "$*" = "-d quay1 -o raw" ] || exit 3\ncat > {spool}\n')
    _script(tmp_path / "lpstat", 'echo "printer quay1 is idle.  enabled since today"\n')
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    slip = make_slip()
    assert open_printer("cups://quay1").print_ticket(slip) is PrinterState.READY
    assert spool.read_bytes() == ticket_bytes(slip)
    _script(tmp_path / "lpstat", 'echo "printer quay1 disabled since today -"\n')
    with pytest.raises(PrinterOffline):
        open_printer("cups://quay1").print_ticket(slip)


def test_a_hung_device_returns_within_the_timeout_and_blocks_no_second_job() -> None:
    printer = open_printer("sim://?hang=3", timeout=0.3)
    started = time.monotonic()
    with pytest.raises(PrinterOffline, match="không phản hồi"):
        printer.print_ticket(make_slip())
    with pytest.raises(PrinterOffline, match="kẹt"):
        printer.print_ticket(make_slip())  # the first job still holds the device
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://printer", "cần bắt đầu bằng"),
        ("usb://04b8", "mã hãng:mã sản phẩm"),
        ("serial://COM3?baudrate=9601", "baudrate"),
        ("tcp://:9100", "địa chỉ IP"),
        ("sim://?state=on_fire", "state"),
    ],
)
def test_bad_urls_are_config_errors(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        open_printer(url)


def test_connections_this_machine_lacks_are_config_errors() -> None:
    with pytest.raises(ConfigError, match="pyusb"):
        open_printer("usb://04b8:0e15")
    with pytest.raises(ConfigError, match="Windows"):
        open_printer("win32://EPSON TM-T20II Receipt")
    with pytest.raises(ConfigError, match="profile"):
        open_printer("sim://", profile="TM-KHONG-CO")


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
