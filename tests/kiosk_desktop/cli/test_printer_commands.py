"""Printer commands as staff and scripts use them: exit codes, Vietnamese errors, files written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from kiosk_desktop.cli.main import main
from tests.devices.printers.test_preview import assert_preview_shows_bytes
from tests.helpers import write_centre

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """Run one command against a fresh database with the small centre; (exit code, stdout, stderr)."""

    def run(*args: str, settings: Path | None = None) -> tuple[int, str, str]:
        options = ["--settings", str(settings)] if settings else []
        code = main([*options, "--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "upgrade")[0] == 0
    assert run("config", "import", str(write_centre(tmp_path)))[0] == 0
    return run


def printer_settings(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "settings.toml"
    path.write_text(f'version = 1\n[printer]\nurl = "{url}"\nname = "printer:quay-le-tan"\n', encoding="utf-8")
    return path


def test_issue_with_print_sends_the_bytes_the_preview_shows(cli: Run, tmp_path: Path) -> None:
    spool = tmp_path / "printer.bin"
    settings = printer_settings(tmp_path, f"file://{spool}")
    code, out, err = cli("ticket", "issue", "--service", "CT", "--print", "--json", settings=settings)
    assert (code, err) == (0, "")
    issued = json.loads(out)
    assert (issued["printed"], issued["printer_state"], issued["problem"]) == (True, "ready", None)
    assert issued["ticket"]["printed"] is True
    ticket_id = str(issued["ticket"]["id"])
    png, raw = tmp_path / "phieu.png", tmp_path / "phieu.bin"
    code, _, err = cli(
        "printer", "render", "--ticket", ticket_id, "--out", str(png), "--bytes", str(raw), settings=settings
    )
    assert code == 0 and "Đã ghi" in err
    assert raw.read_bytes() == spool.read_bytes(), "the preview's bytes are the bytes that were printed"
    with Image.open(png) as preview:
        assert_preview_shows_bytes(preview, spool.read_bytes(), 80)


def test_paper_out_keeps_the_ticket_and_reprint_prints_it(cli: Run, tmp_path: Path) -> None:
    settings = printer_settings(tmp_path, "sim://?state=paper_out")
    code, out, err = cli("ticket", "issue", "--service", "HT", "--print", settings=settings)
    assert code == 6
    assert "Số B001" in out
    assert "Lỗi: Máy in hết giấy. Số B001 đã được cấp, vẫn giữ chỗ: thay giấy rồi bấm In lại." in err
    code, out, _ = cli("queue", "status", "--json")
    assert json.loads(out)["waiting"] == 1
    code, out, err = cli("printer", "reprint", "--ticket", "1", "--printer", "sim://", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["printed"] is True and json.loads(out)["ticket"]["number"] == "B001"


def test_bad_url_unknown_profile_and_unreachable_printer(cli: Run, tmp_path: Path) -> None:
    code, out, err = cli("printer", "test", "--printer", "usb://epson")
    assert (code, out) == (2, "") and "Địa chỉ máy in «usb://epson» không đúng" in err
    code, _, err = cli("printer", "test", "--printer", "sim://", "--profile", "TM-XYZ")
    assert code == 2 and "Không có mẫu máy in (profile) tên «TM-XYZ»" in err
    code, _, err = cli("printer", "status", "--printer", "file:///khong/co/thu/muc/may-in")
    assert code == 6 and "Không mở được tệp /khong/co/thu/muc/may-in" in err
    code, out, err = cli("printer", "status", "--printer", f"file://{tmp_path / 'lp0'}")
    assert code == 0 and "sẵn sàng" in out, "a file cannot report a status: assumed ready once it opens"


def test_self_test_preview_status_and_profiles(cli: Run, tmp_path: Path) -> None:
    picture = tmp_path / "selftest.png"
    code, out, _ = cli("printer", "test", "--out", str(picture), "--mode", "tcvn3", "--json")
    assert code == 0 and json.loads(out) == {"printed": False, "out": str(picture)}
    with Image.open(picture) as shown:
        assert shown.width == 576
    spool = tmp_path / "selftest.bin"
    code, out, _ = cli("printer", "test", "--printer", f"file://{spool}", "--paper", "58")
    assert code == 0 and "Đã in trang thử" in out and spool.stat().st_size > 1000
    code, out, _ = cli("printer", "status", "--printer", "sim://?state=paper_near_end", "--json")
    assert json.loads(out)["state"] == "paper_near_end"
    code, out, _ = cli("printer", "profiles", "--json")
    assert "TM-T20II" in json.loads(out)["profiles"]


def test_daily_slip_to_a_picture_and_a_printer(cli: Run, tmp_path: Path) -> None:
    for _ in range(3):
        cli("ticket", "issue", "--service", "CT")
    picture = tmp_path / "slip.png"
    code, out, _ = cli("printer", "slip", "--out", str(picture), "--json")
    assert code == 0 and json.loads(out)["printed"] is False
    with Image.open(picture) as shown:
        assert shown.width == 576
    spool = tmp_path / "slip.bin"
    code, out, _ = cli("printer", "slip", "--printer", f"file://{spool}", "--json")
    assert code == 0 and json.loads(out)["printed"] is True
    assert spool.read_bytes().startswith(b"\x1b@") and spool.read_bytes().endswith(b"\x1dV\x00")
    with pytest.raises(SystemExit) as exited:
        cli("printer", "slip", "--date", "2026-13-01", "--out", str(picture))
    assert exited.value.code == 64
