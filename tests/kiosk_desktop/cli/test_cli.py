"""The CLI as scripts use it: JSON on stdout, Vietnamese errors on stderr, exit codes."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kiosk_desktop.cli.main import main
from tests.helpers import open_app, write_centre


@pytest.fixture
def cli(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run one command against a fresh database; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    code, _, _ = run("db", "upgrade")
    assert code == 0
    code, _, _ = run("config", "import", str(write_centre(tmp_path)))
    assert code == 0
    return run


def _json(run, *args: str) -> dict:  # type: ignore[no-untyped-def]
    code, out, err = run(*args, "--json")
    assert (code, err) == (0, "")
    assert len(out.strip().splitlines()) == 1, "exactly one JSON object on stdout"
    return json.loads(out)


def test_issue_call_finish_in_json(cli) -> None:  # type: ignore[no-untyped-def]
    issued = _json(cli, "ticket", "issue", "--service", "CT", "--priority", "nguoi_cao_tuoi")
    ticket = issued["ticket"]
    assert {"id", "number", "service", "priority", "status", "issued_at", "called_at", "finished_at", "counter"} <= set(
        ticket
    )
    assert (ticket["number"], ticket["service"], ticket["priority"], ticket["status"]) == (
        "A001",
        "CT",
        True,
        "waiting",
    )
    called = _json(cli, "counter", "call-next", "--counter", "1")["ticket"]
    assert (called["id"], called["status"], called["counter"]) == (ticket["id"], "called", 1)
    assert called["called_at"] is not None
    assert _json(cli, "counter", "recall", "--counter", "1")["ticket"]["call_count"] == 2
    finished = _json(cli, "counter", "finish", "--counter", "1")["ticket"]
    assert finished["status"] == "finished" and finished["finished_at"] is not None
    assert _json(cli, "counter", "call-next", "--counter", "1") == {"ticket": None}


def test_transfer_no_show_pause_resume(cli) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "ticket", "issue", "--service", "CT")
    _json(cli, "ticket", "issue", "--service", "CT")
    _json(cli, "counter", "call-next", "--counter", "1")
    moved = _json(cli, "counter", "transfer", "--counter", "1", "--service", "HT")["ticket"]
    assert (moved["service"], moved["status"]) == ("HT", "waiting")
    _json(cli, "counter", "call-next", "--counter", "2")
    assert _json(cli, "counter", "no-show", "--counter", "2")["ticket"]["status"] == "no_show"
    paused = _json(cli, "counter", "pause", "--counter", "1", "--reason", "Nghỉ trưa")["counter"]
    assert (paused["paused"], paused["pause_reason"]) == (True, "Nghỉ trưa")
    assert _json(cli, "counter", "resume", "--counter", "1")["counter"]["paused"] is False


def test_queue_status_json(cli) -> None:  # type: ignore[no-untyped-def]
    for service in ("CT", "CT", "HT"):
        _json(cli, "ticket", "issue", "--service", service)
    _json(cli, "counter", "call-next", "--counter", "1")
    status = _json(cli, "queue", "status")
    assert status["waiting"] == 2
    assert {s["code"]: s["waiting"] for s in status["services"]} == {"CT": 1, "HT": 1, "DD": 0}
    assert status["counters"][0]["ticket"]["number"] == "A001"
    assert status["counters"][1]["ticket"] is None


def test_errors_are_vietnamese_on_stderr_with_exit_codes(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli("counter", "finish", "--counter", "1", "--json")
    assert (code, out) == (4, "")
    assert err.startswith("Lỗi: ") and "chưa gọi số nào" in err
    code, _, err = cli("ticket", "issue", "--service", "ZZ")
    assert code == 3 and "Không có dịch vụ mã 'ZZ'" in err
    code, _, err = cli("counter", "call-next", "--counter", "42")
    assert code == 3 and "Không có quầy số 42" in err


def test_bad_centre_file_writes_nothing(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = _json(cli, "queue", "status")
    before.pop("at")
    bad = tmp_path / "bad.toml"
    bad.write_text('[centre]\nname = "X"\n[[service]]\ncode = "N1"\nname = "Mới"\nprefix = "N"\n'
                   '[[counter]]\nnumber = 9\nservices = ["NOPE"]\n', encoding="utf-8")  # fmt: skip
    code, _, err = cli("config", "import", str(bad))
    assert code == 2 and "dòng 9" in err and "counter[1].services" in err
    after = _json(cli, "queue", "status")
    after.pop("at")
    assert after == before


def test_config_export_round_trip(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out_file = tmp_path / "export.toml"
    assert cli("config", "export", "--out", str(out_file))[0] == 0
    assert '[[service]]\ncode = "DD"' in out_file.read_text(encoding="utf-8")
    assert _json(cli, "config", "import", str(out_file))["changed"] is False


def test_report_daily_json_to_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _json(cli, "ticket", "issue", "--service", "CT")
    target = tmp_path / "report.json"
    code, _, _ = cli("report", "daily", "--format", "json", "--out", str(target))
    report = json.loads(target.read_text(encoding="utf-8"))
    assert code == 0 and report["tickets"]["issued"] == 1
    code, out, _ = cli("report", "daily", "--date", "2020-01-01", "--format", "json")
    assert code == 0 and json.loads(out)["tickets"]["issued"] == 0


def test_human_output_is_vietnamese(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("ticket", "issue", "--service", "HT")
    assert code == 0 and out.startswith("Đã cấp số B001 — Hộ tịch")
    code, out, _ = cli("queue", "status")
    assert "Đang chờ: 1" in out and "Quầy 1: đang trống" in out
    cli("counter", "call-next", "--counter", "1")
    cli("counter", "park", "--counter", "1")
    code, out, _ = cli("queue", "status")
    assert "HT   Hộ tịch: 0 chờ (0 ưu tiên), 1 tạm gác" in out
    cli("ticket", "issue", "--service", "ct")  # codes are case-insensitive on the command line
    cli("counter", "call-next", "--counter", "1")
    code, out, _ = cli("queue", "status")
    assert "Quầy 1: số A001 (đã gọi)" in out


def test_schema_not_upgraded_gives_the_command_to_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.sqlite3").touch()  # a file with no tables yet (a missing file is a path error)
    code = main(["--db", f"sqlite:///{tmp_path / 'empty.sqlite3'}", "queue", "status"])
    assert code == 5
    assert "kiosk-desktop db upgrade" in capsys.readouterr().err


def test_usage_errors_are_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["ticket", "issue"])
    assert raised.value.code == 64
    err = capsys.readouterr().err
    assert "cách dùng:" in err and "Lỗi cú pháp lệnh: thiếu tham số bắt buộc: --service" in err
    with pytest.raises(SystemExit):
        main(["ticket", "cancel", "--id", "3", "--number", "A001"])
    assert "không dùng cùng lúc với" in capsys.readouterr().err


def test_unreachable_database_is_exit_5_not_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", "postgresql://postgres@127.0.0.1:1/nothing", "queue", "status", "--json"])
    out, err = capsys.readouterr()
    assert (code, out) == (5, "")
    assert err.startswith("Lỗi: Máy chủ cơ sở dữ liệu không nhận kết nối ở 127.0.0.1:1") and "Traceback" not in err


def test_a_bare_path_means_an_sqlite_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "plain.sqlite3"), "db", "upgrade"]) == 0
    assert (tmp_path / "plain.sqlite3").exists()
    assert "Cơ sở dữ liệu sẵn sàng" in capsys.readouterr().out


def test_events_follow_prints_vietnamese_event_names(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other_pc = open_app(db_url, tmp_path / "other")

    def counter_work() -> None:
        other_pc.queue.issue("CT")
        other_pc.queue.call_next(2)
        other_pc.queue.no_show(2)

    worker = threading.Timer(0.5, counter_work)
    worker.start()
    try:
        code, out, _ = cli("events", "follow", "--seconds", "2.5")
    finally:
        worker.join()
        other_pc.close()
    lines = [line.split(" ", 1)[1] for line in out.splitlines()]  # drop the clock
    assert code == 0
    assert lines == ["cấp số A001", "gọi số A001 quầy 2", "vắng mặt A001 quầy 2"]


def test_sign_in_names_the_officer_in_counter_state(db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from kiosk_desktop.cli.main import main
    from tests.helpers import SMALL_CENTRE

    centre = write_centre(tmp_path, SMALL_CENTRE + '\n[[officer]]\ncode = "CB01"\nname = "Lê Thu Hà"\n')
    assert main(["--db", db_url, "db", "upgrade"]) == 0
    assert main(["--db", db_url, "config", "import", str(centre)]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "counter", "sign-in", "--counter", "2", "--officer", "CB01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counter"]["officer"] == "Lê Thu Hà"
    assert main(["--db", db_url, "counter", "sign-in", "--counter", "2", "--officer", "CB09"]) == 3
    assert "CB09" in capsys.readouterr().err
