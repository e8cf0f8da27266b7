"""Printer URLs: every documented form parses; mistakes are refused with what to write instead."""

from __future__ import annotations

import pytest

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.printing.address import parse_printer_url


def test_documented_forms() -> None:
    usb = parse_printer_url("usb://04B8:0E15?out_ep=0x02")
    assert (usb.kind, usb.vendor_id, usb.product_id, usb.options) == ("usb", 0x04B8, 0x0E15, {"out_ep": "0x02"})
    serial = parse_printer_url("serial:///dev/ttyUSB0?baudrate=19200&flow=rtscts")
    assert (serial.kind, serial.target, serial.baudrate, serial.options["flow"]) == (
        "serial",
        "/dev/ttyUSB0",
        19200,
        "rtscts",
    )
    assert parse_printer_url("serial://COM3").target == "COM3"
    assert parse_printer_url("serial://COM3").baudrate == 9600
    tcp = parse_printer_url("tcp://192.168.1.50")
    assert (tcp.target, tcp.port, tcp.status_queries) == ("192.168.1.50", 9100, True)
    assert parse_printer_url("tcp://may-in-quay.local:9101?status=off").status_queries is False
    assert parse_printer_url("win32://EPSON TM-T20II Receipt").target == "EPSON TM-T20II Receipt"
    assert parse_printer_url("win32://EPSON%20TM-T20II").target == "EPSON TM-T20II"
    assert parse_printer_url("cups://quay1").target == "quay1"
    assert parse_printer_url("file:///dev/usb/lp0").target == "/dev/usb/lp0"
    assert parse_printer_url("file:///C:/phieu/in.bin").target == "C:/phieu/in.bin"
    sim = parse_printer_url("sim://kiosk-1?state=paper_near_end&paper=20&hang=0.5")
    assert (sim.kind, sim.target, sim.options["paper"]) == ("sim", "kiosk-1", "20")
    assert parse_printer_url("SIM://").kind == "sim"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "cần bắt đầu bằng"),
        ("lpt1", "cần bắt đầu bằng"),
        ("usb://4b8:e15", "4 chữ số hệ 16"),
        ("usb://04b8:0e15?out_ep=abc", "out_ep phải là số nguyên"),
        ("serial://", "thiếu tên cổng"),
        ("serial://COM3?baudrate=abc", "baudrate phải là số nguyên"),
        ("serial://COM3?flow=magic", "flow phải là một trong"),
        ("serial://COM3?speed=9600", "tùy chọn «speed» không dùng được với serial://"),
        ("tcp://10.0.0.5:99999", "cổng phải từ 1 đến 65535"),
        ("tcp://10.0.0.5:abc", "cổng phải là số nguyên"),
        ("tcp://may in", "địa chỉ IP"),
        ("tcp://10.0.0.5?status=maybe", "status chỉ nhận on hoặc off"),
        ("win32://", "thiếu tên máy in"),
        ("cups://?x=1", "không dùng được với cups://"),
        ("file://", "thiếu đường dẫn"),
        ("sim://?paper=-1", "không được âm"),
        ("sim://?hang=lâu", "hang phải là số giây"),
    ],
)
def test_mistakes_say_what_is_wrong_and_show_examples(url: str, words: str) -> None:
    with pytest.raises(ConfigError) as raised:
        parse_printer_url(url)
    assert words in raised.value.message
    assert "Ví dụ đúng: usb://04b8:0e15" in raised.value.message
