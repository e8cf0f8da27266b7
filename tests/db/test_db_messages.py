"""The usual set-up mistakes each get their own Vietnamese message with the next step; the driver's
text stays in `detail` for the IT log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from kiosk_desktop.errors import StorageUnavailable


def _failure(url: str) -> StorageUnavailable:
    database = Database(url, retries=0)
    try:
        with pytest.raises(StorageUnavailable) as raised:
            database.run(lambda s: s.execute(text("SELECT 1")))
    finally:
        database.dispose()
    assert raised.value.detail, "the driver's words are kept for IT"
    return raised.value


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://postgres@127.0.0.1:1/test", "không nhận kết nối ở 127.0.0.1:1"),
        ("postgresql://postgres@127.0.0.1:5432/khong_co_csdl", "không có cơ sở dữ liệu «khong_co_csdl»"),
        ("postgresql://khong_co_ai@127.0.0.1:5432/test", "từ chối tài khoản «khong_co_ai»"),
        (
            "postgresql://postgres@khong-co-may.invalid/test",
            "Không tìm thấy máy chủ cơ sở dữ liệu tên «khong-co-may.invalid»",
        ),
    ],
)
def test_postgres_connection_mistakes_are_told_apart(url: str, expected: str) -> None:
    message = _failure(url).message
    assert expected in message
    assert "mạng nội bộ" not in message, "not the catch-all"


def test_a_read_only_sqlite_file_is_a_permission_problem_not_a_network_one(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    database = Database(f"sqlite:///{path}", retries=0)

    def work(s: Session) -> None:
        # As root (these tests' user) chmod cannot make a file read-only: raise what SQLite says then.
        raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("attempt to write a readonly database"))

    with pytest.raises(StorageUnavailable) as raised:
        database.run(work)
    database.dispose()
    message = raised.value.message
    assert f"không được phép ghi vào tệp cơ sở dữ liệu {path}" in message and "CNTT" in message
    assert "máy chủ" not in message and "mạng" not in message
    assert "readonly" in (raised.value.detail or "")


def test_an_sqlite_path_that_cannot_be_opened_says_which(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    message = _failure(f"sqlite:///{folder}").message  # a folder where the file should be
    assert f"Không mở được tệp cơ sở dữ liệu {folder}" in message
    assert "máy chủ" not in message
