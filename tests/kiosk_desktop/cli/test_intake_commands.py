"""The intake commands as scripts use them: one JSON object on stdout, exit codes, nothing half-written."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook

from kiosk_desktop.cli.main import main
from tests.helpers import write_centre
from tests.intake_helpers import INTAKE_CENTRE, SMALL_CATALOGUE, write_catalogue

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def cli(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--db", db_url, *args])
        except SystemExit as usage:  # argparse stops there on a bad command line
            code = int(usage.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "upgrade")[0] == 0
    assert run("config", "import", str(write_centre(tmp_path, INTAKE_CENTRE)))[0] == 0
    return run


def _json(run, *args: str) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = run(*args, "--json")
    assert (code, err) == (0, "")
    assert len(out.strip().splitlines()) == 1, "exactly one JSON object on stdout"
    return json.loads(out)  # type: ignore[no-any-return]


def _fails(run, exit_code: int, *args: str) -> str:  # type: ignore[no-untyped-def]
    code, out, err = run(*args, "--json")
    assert (code, out) == (exit_code, ""), err
    return err  # type: ignore[no-any-return]


def test_import_csv_then_search(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    assert (summary["added"], summary["imported"], summary["bad_rows"]) == (6, 6, [])
    assert summary["fields_added"] == ["Nuôi con nuôi", "Cư trú"]
    again = _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    assert (again["added"], again["unchanged"]) == (0, 6)
    found = _json(cli, "procedures", "search", "xac nhan tinh trang hon nhan")["procedures"]
    assert [(p["code"], p["service"], p["time_limit"], p["time_limit_unit"]) for p in found] == [
        ("1.004873", "HT", 3, "working_days")
    ]
    assert _json(cli, "procedures", "search", "khong co thu tuc nay") == {"procedures": []}


def test_import_xlsx(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Tên TTHC", "Mã TTHC", "Lĩnh vực", "Thời hạn giải quyết"])
    sheet.append([1, "Đăng ký khai tử", "1.000656", "Hộ tịch", "Trong ngày"])
    book.save(tmp_path / "ds.xlsx")
    summary = _json(cli, "procedures", "import", str(tmp_path / "ds.xlsx"))
    assert (summary["sheet"], summary["added"]) == ("Sheet", 1)


def test_bad_rows_exit_2_and_write_nothing_unless_skipped(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_catalogue(tmp_path, SMALL_CATALOGUE + "7,Đăng ký kết hôn,1.00089,Hộ tịch,Trong ngày,,,\n", "x.csv")
    err = _fails(cli, 2, "procedures", "import", str(path))
    assert "dòng 8: mã TTHC '1.00089' sai định dạng" in err and "--skip-bad-rows" in err
    assert _json(cli, "procedures", "search", "chung thuc") == {"procedures": []}  # nothing written
    summary = _json(cli, "procedures", "import", str(path), "--skip-bad-rows")
    assert (summary["added"], summary["bad_rows"]) == (
        6,
        [{"row": 8, "reason": summary["bad_rows"][0]["reason"], "code": None}],
    )
    assert _fails(cli, 2, "procedures", "import", str(tmp_path / "missing.csv"))


def test_dossier_with_a_ticket_and_online_without(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    ticket = _json(cli, "ticket", "issue", "--service", "CT")["ticket"]
    _json(cli, "counter", "call-next", "--counter", "1")
    added = _json(
        cli, "dossier", "add", "--ticket", str(ticket["id"]), "--procedure", "2.000815",
        "--channel", "truc_tiep", "--outcome", "tiep_nhan", "--digitised",
    )["dossier"]  # fmt: skip
    assert (added["ticket_id"], added["counter"], added["officer"], added["digitised"]) == (
        ticket["id"],
        1,
        None,  # the CLI signs nobody in
        True,
    )
    assert (added["status"], added["paid_online"]) == ("da_tiep_nhan", None)
    assert added["due_at"] is not None
    online = _json(
        cli, "dossier", "add", "--counter", "2", "--procedure", "1.004873", "--channel", "truc_tuyen",
        "--outcome", "tiep_nhan", "--code", "HS-1", "--paid-online", "--by-post",
    )["dossier"]  # fmt: skip
    assert (online["ticket_id"], online["counter"], online["officer"]) == (None, 2, None)  # nobody signed in
    assert (online["paid_online"], online["return_by_post"], online["code"]) == (True, True, "HS-1")
    listed = _json(cli, "dossier", "list", "--ticket", ticket["number"])
    assert [d["id"] for d in listed["dossiers"]] == [added["id"]]


def test_dossier_update_with_local_time_and_return_visit(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    online = _json(
        cli, "dossier", "add", "--counter", "2", "--procedure", "1.004873", "--channel", "truc_tuyen",
        "--outcome", "tiep_nhan", "--code", "HS-2",
    )["dossier"]  # fmt: skip
    # a naive time is the centre's local time; a little ahead of now is within the clock tolerance
    moment = (datetime.now(HCM) + timedelta(seconds=20)).replace(microsecond=0, tzinfo=None)
    resolved = _json(
        cli, "dossier", "update", "--id", str(online["id"]), "--status", "da_giai_quyet", "--at", moment.isoformat()
    )
    assert datetime.fromisoformat(resolved["dossier"]["resolved_at"]) == moment.replace(tzinfo=HCM)
    ticket = _json(cli, "ticket", "issue", "--service", "CT")["ticket"]
    _json(cli, "counter", "call-next", "--counter", "1")
    later = (moment + timedelta(seconds=30)).isoformat()
    returned = _json(
        cli, "dossier", "update", "--code", "HS-2", "--status", "da_tra_ket_qua", "--ticket", str(ticket["id"]),
        "--at", later,
    )  # fmt: skip
    assert returned["dossier"]["status"] == "da_tra_ket_qua"
    assert "không chuyển sang" in _fails(cli, 4, "dossier", "update", "--code", "HS-2", "--status", "da_bo_sung")
    assert "không cần ghi thêm" in _fails(cli, 3, "dossier", "update", "--code", "HS-X", "--status", "da_tra_ket_qua")


def test_dossier_errors_and_exit_codes(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    add = ("dossier", "add", "--channel", "truc_tuyen", "--outcome", "tiep_nhan")
    assert "--counter" in _fails(cli, 4, *add, "--procedure", "1.004873")
    _fails(cli, 3, *add, "--procedure", "9.999999", "--counter", "1")
    _fails(cli, 3, *add, "--procedure", "1.004873", "--counter", "42")
    waiting = _json(cli, "ticket", "issue", "--service", "CT")["ticket"]
    _fails(cli, 4, *add, "--procedure", "1.004873", "--ticket", str(waiting["id"]))
    _fails(cli, 64, "dossier", "add", "--channel", "fax", "--outcome", "tiep_nhan", "--procedure", "1.004873")
    _fails(cli, 64, "dossier", "update", "--id", "1", "--status", "da_tiep_nhan")
    _fails(cli, 64, "dossier", "update", "--id", "1", "--status", "da_giai_quyet", "--at", "hôm qua")
    _fails(cli, 64, "dossier", "update", "--status", "da_giai_quyet")  # --id or --code
    assert _json(cli, "dossier", "list", "--ticket", str(waiting["id"])) == {"ticket": waiting["id"], "dossiers": []}


def test_rating_and_holidays(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ticket = _json(cli, "ticket", "issue", "--service", "HT")["ticket"]
    _fails(cli, 4, "rating", "add", "--ticket", str(ticket["id"]), "--level", "3")  # not finished yet
    _json(cli, "counter", "call-next", "--counter", "2")
    _json(cli, "counter", "finish", "--counter", "2")
    rating = _json(
        cli, "rating", "add", "--ticket", str(ticket["id"]), "--level", "1", "--scale", "3", "--reason", "Chờ lâu"
    )
    assert {k: rating["rating"][k] for k in ("counter", "officer", "label", "scale", "source")} == {
        "counter": 2, "officer": None, "label": "Không hài lòng", "scale": 3, "source": "cli"
    }  # fmt: skip
    _fails(cli, 4, "rating", "add", "--ticket", str(ticket["id"]), "--level", "3", "--scale", "3")
    _fails(cli, 64, "rating", "add", "--ticket", str(ticket["id"]), "--level", "3", "--scale", "4")
    days = tmp_path / "nghi.csv"
    # 2026 came with the centre (built in: this import renames one day); 2027 is the centre's to add
    days.write_text("30/04/2026,Ngày Chiến thắng\n30/04/2027,Ngày Chiến thắng\n", encoding="utf-8")
    assert _json(cli, "holidays", "import", str(days)) == {"holidays": 2, "added": 1, "updated": 1, "unchanged": 0}
    days.write_text("30/04/2026,Ngày Chiến thắng\n31/04/2026,Sai\n", encoding="utf-8")
    assert "dòng 2" in _fails(cli, 2, "holidays", "import", str(days))


def test_plain_text_output(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("procedures", "import", str(write_catalogue(tmp_path)))
    assert code == 0 and "thêm 6" in out and "Nuôi con nuôi" in out
    code, out, _ = cli("procedures", "search", "chung thuc")
    assert code == 0 and out.splitlines()[0].startswith("2.000815") and "trong ngày" in out
    code, out, _ = cli("dossier", "add", "--counter", "1", "--procedure", "1.004873", "--channel", "truc_tuyen",
                       "--outcome", "tiep_nhan")  # fmt: skip
    assert code == 0 and "Trực tuyến · Tiếp nhận · Đang giải quyết · hẹn trả 17:00" in out


def test_an_import_that_would_retire_most_procedures_needs_retire_missing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "procedures", "import", str(write_catalogue(tmp_path)))
    header, first, *_ = SMALL_CATALOGUE.strip().splitlines()
    short = write_catalogue(tmp_path, f"{header}\n{first}\n", "short.csv")
    err = _fails(cli, 2, "procedures", "import", str(short))
    assert "sẽ ngừng áp dụng 5 trong 6 thủ tục" in err and "--retire-missing" in err
    assert len(_json(cli, "procedures", "search", "chung thuc")["procedures"]) == 2, "nothing retired"
    summary = _json(cli, "procedures", "import", str(short), "--retire-missing")
    assert summary["deactivated"] == 5
    assert len(_json(cli, "procedures", "search", "chung thuc")["procedures"]) == 1
