"""The Alembic migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from db.engine import Database
from db.migrate import current_revision, head_revision, upgrade
from db.tables import Base


def test_migrated_schema_matches_the_models(db_url: str) -> None:
    database = Database(db_url)
    try:
        assert current_revision(database) == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()


def test_upgrade_is_idempotent_and_creates_every_table(db_url: str) -> None:
    database = Database(db_url)
    try:
        assert upgrade(database) == head_revision()
        tables = set(inspect(database.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        database.dispose()
