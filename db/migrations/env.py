"""Alembic environment: the engine comes from the program (db.migrate) or from KIOSK_DB_URL."""

from __future__ import annotations

import os

from alembic import context

from db.engine import Database
from db.tables import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # run by the `alembic` command line, for developers writing migrations
    engine = Database(os.environ.get("KIOSK_DB_URL", "sqlite:///dev.sqlite3")).engine

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
