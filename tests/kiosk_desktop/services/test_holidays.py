"""Holiday files (TOML and CSV) and their import, including the shipped 2026 list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.services.holidays import (
    HolidayEntry,
    default_holidays_path,
    holidays_between,
    import_holidays,
    read_holidays,
)


def test_the_shipped_2026_list() -> None:
    days = {entry.day for entry in read_holidays(default_holidays_path())}
    assert {date(2026, 1, 1), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 2)} <= days  # fixed dates
    assert {date(2026, 2, d) for d in range(16, 21)} <= days  # Tết Bính Ngọ: Mon 16 - Fri 20 February
    assert date(2026, 4, 27) in days  # Giỗ Tổ falls on Sunday 26 April
    assert all(day.weekday() < 5 for day in days)  # only days that would otherwise be worked


def test_csv_with_header_and_both_date_styles(tmp_path: Path) -> None:
    path = tmp_path / "nghi.csv"
    path.write_text("Ngày,Tên\n30/04/2026,Chiến thắng\n2026-05-01,Lao động\n\n", encoding="utf-8")
    assert read_holidays(path) == [
        HolidayEntry(date(2026, 4, 30), "Chiến thắng"),
        HolidayEntry(date(2026, 5, 1), "Lao động"),
    ]


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("a.csv", "30/04/2026,A\n31/04/2026,B\n", "dòng 2"),
        ("b.csv", "30/04/2026,\n", "thiếu tên"),
        ("c.csv", "30/04/2026,A\n30/04/2026,B\n", "ghi hai lần"),
        ("d.toml", '[[holiday]]\nday = "2026-04-30"\nname = "A"\n', "phải là ngày"),
        ("e.toml", "[[holiday]\n", "cú pháp"),
        ("f.toml", "", "không có ngày nghỉ"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, text: str, problem: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=problem):
        read_holidays(tmp_path / name)


def test_import_upserts_by_day(app: App) -> None:
    first = import_holidays(app.db, [HolidayEntry(date(2026, 4, 30), "A"), HolidayEntry(date(2026, 5, 1), "B")])
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    again = import_holidays(app.db, [HolidayEntry(date(2026, 4, 30), "A"), HolidayEntry(date(2026, 5, 1), "Lao động")])
    assert (again.added, again.updated, again.unchanged) == (0, 1, 1)
    assert holidays_between(app.db, date(2026, 5, 1), date(2026, 5, 31)) == [HolidayEntry(date(2026, 5, 1), "Lao động")]
