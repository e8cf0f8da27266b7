"""Apply Alembic migrations from inside the program (`kiosk-desktop db upgrade`)."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from db.engine import Database
from kiosk_desktop.errors import SchemaOutdated

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(database: Database) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = database.engine
    return config


def upgrade(database: Database, revision: str = "head") -> str:
    before = current_revision(database)
    with database.reachable():
        command.upgrade(alembic_config(database), revision)
    after = current_revision(database) or ""
    if after != before:
        log.info("schema of %s upgraded from %s to %s", database.describe(), before or "(empty)", after)
    return after


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.reachable(), database.read_engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def require_current(database: Database) -> None:
    """Stop early with a clear message instead of failing on a missing table later."""
    current = current_revision(database)
    if current != head_revision():
        raise SchemaOutdated(
            "Cơ sở dữ liệu chưa được khởi tạo hoặc đã cũ. Chạy: kiosk-desktop db upgrade",
            detail=f"current={current} head={head_revision()}",
        )
