"""Migration 0003 (one live dossier per code) on a database left at 0002, through `db upgrade`."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, make_url, text, update
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.intake_schema import LIVE_CODE_INDEX, Dossier
from db.migrate import alembic_config, current_revision, head_revision, upgrade
from db.tables import Base
from kiosk_desktop.app import App, build_app
from kiosk_desktop.cli.main import main
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome
from kiosk_desktop.services import dossiers as dossiers_module
from kiosk_desktop.settings import Resolved, Settings
from tests.helpers import PG_ADMIN_URL, REQUIRE_PG
from tests.intake_helpers import setup_intake


def _plain(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", "postgresql"])
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new database migrated to 0002 only (PostgreSQL: a database of its own, dropped after)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
        admin = None
    else:
        try:
            admin = psycopg.connect(_plain(PG_ADMIN_URL), autocommit=True, connect_timeout=3)
        except psycopg.OperationalError as exc:
            if REQUIRE_PG:
                pytest.fail(f"PostgreSQL not reachable: {exc}")
            pytest.skip(f"PostgreSQL not reachable: {exc}")
        name = f"kiosk_test_mig_{uuid.uuid4().hex[:10]}"
        admin.execute(f'CREATE DATABASE "{name}"')
        url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    database = Database(url)
    upgrade(database, "0002")
    database.dispose()
    try:
        yield url
    finally:
        if admin is not None:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()


def _old_app(url: str, folder: Path) -> App:
    return build_app(Resolved(settings=Settings(), db_url=url, data_dir=folder / "data"), check_schema=False)


def _add(app: App, code: str | None, outcome: Outcome = Outcome.TIEP_NHAN) -> int:
    desk = dossiers_module.DossierService(app.db, app.zone)
    return desk.add(None, "1.004873", Channel.TRUC_TUYEN, outcome, code, counter_number=1).id


def _raw_copy(database: Database, dossier_id: int) -> None:
    """Insert a copy of a dossier row as it is (its code too), past every check of the program."""
    columns = [c.name for c in Dossier.__table__.columns if c.name != "id"]
    names = ", ".join(columns)
    with database.engine.begin() as connection:
        connection.execute(text(f"INSERT INTO dossier ({names}) SELECT {names} FROM dossier WHERE id = :id"),
                           {"id": dossier_id})  # fmt: skip


def test_db_upgrade_takes_a_0002_database_to_the_head(
    old_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = _old_app(old_url, tmp_path)
    setup_intake(app, tmp_path)
    refused = _add(app, "HS-7", Outcome.TU_CHOI)
    live = _add(app, "HS-7")  # a refused code received again: allowed before and after
    _add(app, None)
    _add(app, None)
    assert current_revision(app.db) == "0002"

    assert main(["--db", old_url, "db", "upgrade", "--json"]) == 0
    assert '"revision": "0003"' in capsys.readouterr().out
    assert current_revision(app.db) == head_revision() == "0003"
    with pytest.raises(IntegrityError):
        _raw_copy(app.db, live)
    _raw_copy(app.db, refused)  # a second refused one is no live dossier
    _raw_copy(app.db, _add(app, None))

    command.downgrade(alembic_config(app.db), "0002")  # and back: the index goes with it
    _raw_copy(app.db, live)
    app.close()


def test_db_upgrade_stops_on_codes_already_recorded_twice(
    old_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = _old_app(old_url, tmp_path)
    setup_intake(app, tmp_path)
    monkeypatch.setattr(dossiers_module, "_live_with_code", lambda s, code: None)  # the old race, replayed
    first, second = _add(app, "HS-9"), _add(app, "HS-9")

    assert main(["--db", old_url, "db", "upgrade"]) == 4
    err = capsys.readouterr().err
    assert f"HS-9: 2 hồ sơ (#{first} … #{second})" in err
    assert "Chưa có gì thay đổi" in err
    assert current_revision(app.db) == "0002"

    # staff settle it (here: the double entry was in fact withdrawn); then the upgrade goes through
    app.db.run(lambda s: s.execute(update(Dossier).where(Dossier.id == second).values(status=DossierStatus.RUT_HO_SO)))
    assert main(["--db", old_url, "db", "upgrade"]) == 0
    assert current_revision(app.db) == "0003"
    app.close()


def _live_code_index(engine: Any, schema: str | None = None) -> tuple[Any, ...]:
    found = [i for i in inspect(engine).get_indexes("dossier", schema=schema) if i["name"] == LIVE_CODE_INDEX]
    assert len(found) == 1, found
    where = {key: str(value) for key, value in found[0].get("dialect_options", {}).items() if key.endswith("_where")}
    return found[0]["column_names"], bool(found[0]["unique"]), where


def test_the_migration_and_the_models_build_the_same_partial_index(db_url: str, tmp_path: Path) -> None:
    """Alembic's comparison (test_migrations.py) does not look at an index's WHERE: compare the
    predicate as each database reports it, migrated against built from the models."""
    migrated = Database(db_url)
    try:
        if migrated.is_postgres:
            schema = f"models_{uuid.uuid4().hex[:8]}"
            with migrated.engine.begin() as connection:
                connection.execute(text(f'CREATE SCHEMA "{schema}"'))
            try:
                Base.metadata.create_all(migrated.engine.execution_options(schema_translate_map={None: schema}))
                built = _live_code_index(migrated.engine, schema)
            finally:
                with migrated.engine.begin() as connection:
                    connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        else:
            engine = create_engine(f"sqlite:///{tmp_path / 'models.sqlite3'}")
            Base.metadata.create_all(engine)
            built = _live_code_index(engine)
            engine.dispose()
        found = _live_code_index(migrated.engine)
        assert found == built
        assert found[:2] == (["code"], True)
        assert "khong_tiep_nhan" in next(iter(found[2].values()))
    finally:
        migrated.dispose()
