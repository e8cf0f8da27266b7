"""Engine behaviour: retries on lock conflicts, clear errors when the server is gone, no SQLite on shares."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.engine import Database
from db.schema import Centre, Officer
from db.sqlite_guard import is_network_path
from kiosk_desktop.app import App
from kiosk_desktop.errors import ConfigError, StorageUnavailable, WriteConflict


def _locked() -> OperationalError:
    return OperationalError("INSERT ...", {}, sqlite3.OperationalError("database is locked"))


def test_lock_conflicts_are_retried_then_succeed(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}", retries=3)
    attempts = []

    def work(s: Session) -> int:
        attempts.append(1)
        if len(attempts) < 3:
            raise _locked()
        return int(s.execute(text("SELECT 7")).scalar_one())

    assert database.run(work) == 7
    assert len(attempts) == 3
    database.dispose()


def test_retries_are_bounded_and_end_in_a_clear_message(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}", retries=2)
    attempts = []

    def work(s: Session) -> None:
        attempts.append(1)
        raise _locked()

    with pytest.raises(StorageUnavailable) as raised:
        database.run(work)
    assert len(attempts) == 3
    assert "chưa có gì thay đổi" in raised.value.message
    database.dispose()


def test_unreachable_postgres_is_a_clear_error_not_a_hang() -> None:
    database = Database("postgresql+psycopg://postgres@127.0.0.1:1/nothing", retries=1)
    with pytest.raises(StorageUnavailable) as raised:
        database.run(lambda s: s.execute(text("SELECT 1")))
    assert "không nhận kết nối ở 127.0.0.1:1" in raised.value.message
    assert raised.value.detail
    database.dispose()


def test_sqlite_uses_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    database.dispose()


def test_unsupported_database_is_refused() -> None:
    with pytest.raises(ConfigError, match="không được hỗ trợ"):
        Database("mysql://root@localhost/x")


def test_unc_paths_count_as_network_shares(tmp_path: Path) -> None:
    assert is_network_path(Path("//server/share/kiosk.sqlite3"))
    assert not is_network_path(tmp_path / "kiosk.sqlite3")


def test_sqlite_on_a_share_is_refused() -> None:
    with pytest.raises(ConfigError, match="ổ mạng"):
        Database("sqlite:////" + "/server/share/kiosk.sqlite3")


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgres_connection_killed_between_moves_loses_nothing(centre: App) -> None:
    """A server restart or a dropped LAN link between two moves: the next move still lands."""
    first = centre.queue.issue("CT").ticket
    with psycopg.connect(_conninfo(centre.db), autocommit=True) as admin:
        killed = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert killed is not None and killed[0] >= 1
    second = centre.queue.issue("CT").ticket
    assert (first.number, second.number) == ("A001", "A002")
    assert centre.queue.call_next(1) is not None


def _conninfo(database: Database) -> str:
    return database.url.set(drivername="postgresql").render_as_string(hide_password=False)


def test_a_duplicate_key_is_a_write_conflict_not_an_outage(centre: App) -> None:
    attempts: list[int] = []

    def add_twice(s: Session) -> None:
        attempts.append(1)
        centre_id = s.scalars(select(Centre.id)).one()
        s.add_all(
            [Officer(centre_id=centre_id, code="X1", name="A"), Officer(centre_id=centre_id, code="X1", name="B")]
        )

    with pytest.raises(WriteConflict, match="trùng"):
        centre.db.run(add_twice)
    assert len(attempts) == 2  # tried once more from scratch, then gave up
    with centre.db.session() as s:
        assert s.scalars(select(Officer).where(Officer.code == "X1")).all() == []
