"""The demo's morning records dossiers and ratings through the same services as the counters."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.intake_schema import Dossier, Procedure, Rating
from kiosk_desktop.cli.demo_intake import demo_catalogue_path
from kiosk_desktop.cli.main import main


def test_demo_catalogue_reads_clean() -> None:
    from kiosk_desktop.catalogue.reader import read_catalogue

    parsed = read_catalogue(demo_catalogue_path())
    assert parsed.bad_rows == []
    assert len(parsed.rows) >= 40
    assert {row.field for row in parsed.rows} == {
        "Chứng thực", "Hộ tịch", "Nuôi con nuôi", "Đất đai", "Hộ kinh doanh", "Bảo trợ xã hội", "Cư trú"
    }  # fmt: skip


def test_demo_records_dossiers_and_ratings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Danh mục mẫu: 45 thủ tục" in out
    assert "Quầy 4 ghi hồ sơ số C001: Tách thửa hoặc hợp thửa đất — Tiếp nhận, hẹn trả 17:00" in out
    assert "Bàn phím đánh giá quầy 6: Rất hài lòng" in out
    database = Database(f"sqlite:///{tmp_path / 'data' / 'demo.sqlite3'}")
    try:
        with database.session() as s:
            assert s.scalar(select(func.count()).select_from(Procedure)) == 45
            assert s.scalar(select(func.count()).select_from(Rating)) == 5
            officers = s.scalars(select(Dossier.officer_id).where(Dossier.ticket_id.is_not(None))).all()
            assert officers and all(officers)  # every counter had an officer signed in
    finally:
        database.dispose()
