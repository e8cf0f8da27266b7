"""`report daily` and `report period` end to end: data entered through the counter commands
(tickets, dossiers, statuses), then every format the commands offer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk_desktop.cli.main import main
from tests.helpers import write_centre

CATALOGUE = Path(__file__).parents[3] / "kiosk_desktop" / "data" / "demo_catalogue.csv"
LEGACY_KEYS = ["date", "tickets", "wait_seconds", "service_seconds", "by_service", "by_counter", "by_hour"]


@pytest.fixture
def cli(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as exc:  # argparse refuses a bad command line this way
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "upgrade")[0] == 0
    assert run("config", "import", str(write_centre(tmp_path)))[0] == 0
    return run


@pytest.fixture
def counter_day(cli):  # type: ignore[no-untyped-def]
    """A citizen served at counter 1 with a certified copy taken in and handed back, and an online
    birth registration taken in at the same counter."""

    def ok(*args: str) -> dict:  # type: ignore[type-arg]
        code, out, err = cli(*args, "--json")
        assert code == 0, err
        return json.loads(out)  # type: ignore[no-any-return]

    ok("procedures", "import", str(CATALOGUE))
    ticket = ok("ticket", "issue", "--service", "CT")["ticket"]
    ok("counter", "call-next", "--counter", "1")
    copy = ok("dossier", "add", "--ticket", str(ticket["id"]), "--procedure", "2.000815", "--channel", "truc_tiep",
              "--outcome", "tiep_nhan", "--digitised")  # fmt: skip
    ok(
        "dossier",
        "add",
        "--counter",
        "1",
        "--procedure",
        "1.001193",
        "--channel",
        "truc_tuyen",
        "--outcome",
        "tiep_nhan",
    )
    ok("counter", "finish", "--counter", "1")
    ok("dossier", "update", "--id", str(copy["dossier"]["id"]), "--status", "da_tra_ket_qua")
    return cli


def test_daily_json_keeps_its_fields_and_adds_the_intake(counter_day) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = counter_day("report", "daily", "--format", "json")
    report = json.loads(out)
    assert code == 0 and list(report)[: len(LEGACY_KEYS)] == LEGACY_KEYS
    assert report["tickets"] == {"issued": 1, "served": 1, "no_show": 0, "cancelled": 0, "waiting": 0, "in_service": 0}
    total = report["dossiers"]["total"]
    assert (total["received"], total["online"], total["direct_post"], total["resolved"], total["in_progress"]) == (
        2,
        1,
        1,
        1,
        1,
    )
    assert report["dossiers"]["intake"]["digitised"] == {"part": 2, "whole": 2, "pct": 100.0}
    assert report["citizens_served"] == 1 and report["period"]["kind"] == "day"


def test_daily_text_pdf_and_slip(counter_day, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = counter_day("report", "daily", "--format", "txt")
    assert code == 0 and "- Đã tiếp nhận: 2 hồ sơ, trong đó:" in out
    assert "- Trung tâm đã hướng dẫn 1 lượt công dân đến giải quyết hồ sơ TTHC." in out
    pdf = tmp_path / "ngay.pdf"
    code, out, err = counter_day("report", "daily", "--format", "pdf", "--out", str(pdf))
    assert (code, out) == (0, "") and "Đã ghi" in err and pdf.read_bytes().startswith(b"%PDF")
    slip = tmp_path / "ngay.bin"
    assert counter_day("report", "daily", "--format", "escpos", "--out", str(slip))[0] == 0
    assert slip.read_bytes().startswith(b"\x1b@")  # ESC @: the printer is reset before the slip


def test_period_formats(counter_day, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    today = date.fromisoformat(
        json.loads(counter_day("report", "daily", "--format", "json")[1])["date"]
    )  # centre's day
    month = f"{today:%Y-%m}"
    code, out, _ = counter_day("report", "period", "--month", month, "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["period"]["kind"] == "month" and report["dossiers"]["total"]["received"] == 2
    book = tmp_path / "thang.xlsx"
    assert counter_day("report", "period", "--month", month, "--format", "xlsx", "--out", str(book))[0] == 0
    sheet = load_workbook(book)["Biểu II.06a"]
    assert sheet["B13"].value == "Tổng cộng" and sheet["C13"].value == 2
    code, out, _ = counter_day("report", "period", "--from", f"{today:%Y-%m-01}", "--to", today.isoformat(),
                               "--format", "txt")  # fmt: skip
    assert code == 0 and "Đã tiếp nhận: 2 hồ sơ" in out
    year = counter_day("report", "period", "--year", str(today.year), "--format", "json")
    assert json.loads(year[1])["queue"]["counts"]["issued"] == 1


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["--month", "2026-13"], 64, "Tháng không hợp lệ"),
        (["--week", "2026-W60"], 64, "Tuần không hợp lệ"),
        (["--month", "2026-07", "--to", "2026-07-09"], 64, "--to chỉ dùng cùng --from"),
        (["--from", "2026-07-01"], 64, "cần cả --from và --to"),
        (["--from", "2026-07-09", "--to", "2026-07-01"], 64, "ngược"),
    ],
)
def test_bad_periods(cli, args: list[str], exit_code: int, message: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("report", "period", *args, "--format", "json")
    assert (code, out) == (exit_code, "") and message in err


def test_unwritable_output(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("report", "daily", "--format", "pdf", "--out", str(tmp_path / "no" / "such" / "x.pdf"))
    assert code == 2 and "Không ghi được tệp" in err
