"""The [printer] section of the settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.settings import resolve


def test_defaults_are_the_simulator_on_80_mm(tmp_path: Path) -> None:
    printer = resolve().settings.printer
    assert (printer.url, printer.paper_mm, printer.mode, printer.profile, printer.name) == (
        "sim://",
        80,
        "raster",
        None,
        "printer:kiosk",
    )
    assert printer.ticket.show_qr and printer.ticket.footer


def test_an_empty_profile_means_the_generic_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[printer]\nprofile = ""\n', encoding="utf-8")
    assert resolve(path).settings.printer.profile is None


def test_a_full_printer_section(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 1\n[printer]\nurl = "serial://COM3?baudrate=9600"\nname = "printer:kiosk-2"\npaper_mm = 58\n'
        'profile = "TM-T20II"\nmode = "tcvn3"\ntimeout_s = 3\n[printer.ticket]\nheader = "UBND XÃ AN PHÚ"\n'
        'footer = "Cảm ơn!"\nshow_qr = false\n',
        encoding="utf-8",
    )
    printer = resolve(path).settings.printer
    assert (printer.address.kind, printer.address.target, printer.paper_mm, printer.timeout_s) == (
        "serial",
        "COM3",
        58,
        3.0,
    )
    assert (printer.ticket.header, printer.ticket.footer, printer.ticket.show_qr) == (
        "UBND XÃ AN PHÚ",
        "Cảm ơn!",
        False,
    )


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('url = "usb://epson"', "dòng 3, trường printer.url: Địa chỉ máy in «usb://epson» không đúng"),
        ("paper_mm = 76", "dòng 3, trường printer.paper_mm: giá trị không hợp lệ"),
        ('mode = "utf8"', "dòng 3, trường printer.mode"),
        ("timeout_s = 0", "dòng 3, trường printer.timeout_s"),
        ('paper = "80"', "dòng 3, trường printer.paper: khóa không được phép"),
    ],
)
def test_bad_printer_settings_name_the_line_and_field(tmp_path: Path, line: str, words: str) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(f"version = 1\n[printer]\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        resolve(path)
    assert words in raised.value.message
