"""Every database test runs twice: on an SQLite file and on a fresh PostgreSQL database.

PostgreSQL tests skip with a reason when the server is absent, unless KIOSK_REQUIRE_POSTGRES=1
(set by .ci/run), which turns its absence into a failure."""

from __future__ import annotations

import logging
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url, text

from db.engine import Database
from db.migrate import upgrade
from db.tables import Base
from kiosk_desktop.app import App
from tests.helpers import PG_ADMIN_URL, REQUIRE_PG, FakeClock, load_centre, open_app


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data, settings or logs."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("KIOSK_SETTINGS", str(tmp_path / "no-settings.toml"))
    monkeypatch.delenv("KIOSK_DB_URL", raising=False)
    (tmp_path / "no-settings.toml").write_text("")


@pytest.fixture(autouse=True)
def _drop_log_handlers() -> Iterator[None]:
    """CLI tests set up file logging into their tmp folder; do not carry it into the next test."""
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(handler)
        handler.close()


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A database created for this test run (dropped at the end); yields its URL."""
    try:
        admin = psycopg.connect(_conninfo(PG_ADMIN_URL), autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        reason = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {str(exc).strip().splitlines()[0]}"
        if REQUIRE_PG:
            pytest.fail(f"{reason} (KIOSK_REQUIRE_POSTGRES=1 makes these tests mandatory)")
        pytest.skip(reason)
    name = f"kiosk_test_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    upgrade(database)
    database.dispose()
    try:
        yield url
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "kiosk.sqlite3"
    database = Database(f"sqlite:///{path}")
    upgrade(database)
    database.dispose()
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "kiosk.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_server")
    _truncate(url)
    return url


def _truncate(url: str) -> None:
    database = Database(url)
    names = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    database.dispose()


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[App]:
    application = open_app(db_url, tmp_path / "data")
    yield application
    application.close()


@pytest.fixture
def clock(app: App) -> FakeClock:
    fake = FakeClock()
    app.db.clock_override = fake
    return fake


@pytest.fixture
def centre(app: App, tmp_path: Path) -> App:
    """The app with the small test centre loaded (strict priority, no aging cap)."""
    load_centre(app, tmp_path)
    return app
