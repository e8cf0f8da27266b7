"""How the CLI ends when the reader of its output goes away, and when --db names no file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_desktop.cli.main import BROKEN_PIPE, main


def test_a_closed_stdout_pipe_ends_quietly_after_the_work_is_done(tmp_path: Path) -> None:
    # `kiosk-desktop ... | head -1`: the reader has gone before we write; the command still did its work.
    database = tmp_path / "pipe.sqlite3"
    reader, writer = os.pipe()
    os.close(reader)
    try:
        finished = subprocess.run(
            [sys.executable, "-m", "kiosk_desktop", "--db", str(database), "db", "upgrade"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert finished.returncode == BROKEN_PIPE, finished.stderr
    assert finished.stderr == "", "no 'chưa rõ thao tác đã được ghi hay chưa', no traceback"
    assert database.exists(), "the upgrade itself happened"


@pytest.mark.parametrize("command", [["queue", "status"], ["config", "export"], ["ticket", "issue", "--service", "CT"]])
def test_a_mistyped_sqlite_path_creates_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexistent" / "dir" / "x.sqlite3"
    code = main(["--db", str(missing), *command])
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"Không có tệp cơ sở dữ liệu {missing}" in err and "Kiểm tra lại đường dẫn --db" in err
    assert f"--db {missing} db upgrade" in err
    assert not (tmp_path / "nonexistent").exists(), "no folder, no empty database"
    url_form = main(["--db", f"sqlite:///{missing}", *command])
    assert url_form == 2 and not (tmp_path / "nonexistent").exists()


def test_db_upgrade_still_creates_the_file_and_its_folders(tmp_path: Path) -> None:
    fresh = tmp_path / "new" / "centre.sqlite3"
    assert main(["--db", str(fresh), "db", "upgrade"]) == 0
    assert fresh.exists()
