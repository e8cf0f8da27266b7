"""Fresh benchmark databases, each with its own centre.

Each benchmark gets its own database: an SQLite file in a new temporary folder, or a PostgreSQL
database `kiosk_bench_<random>` created on the server and dropped (WITH FORCE) afterwards."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import make_url

from bench.common import PG_ADMIN_URL, SERVICES
from db.engine import Database
from db.migrate import upgrade
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.services.centre_setup import import_centre


def centre_toml(counters: int) -> str:
    """The demo centre's queue policy (interleave 3, aging cap 45 min) with `counters` counters,
    each calling two or three services in its own preference order; every service is covered."""
    lines = [
        "[centre]",
        'name = "Trung tâm đo hiệu năng"',
        "",
        "[queue]",
        'priority_policy = "interleave"',
        "interleave_every = 3",
        "aging_cap_minutes = 45",
        'transfer_placement = "front"',
    ]
    for code, name, prefix in SERVICES:
        lines += ["", "[[service]]", f'code = "{code}"', f'name = "{name}"', f'prefix = "{prefix}"']
    n = len(SERVICES)
    for number in range(1, counters + 1):
        i = number - 1
        picks = [SERVICES[i % n][0], SERVICES[(i + 1) % n][0]]
        if number % 2:
            picks.append(SERVICES[(i + 3) % n][0])
        listed = ", ".join(f'"{code}"' for code in picks)
        lines += ["", "[[counter]]", f"number = {number}", f"services = [{listed}]"]
    return "\n".join(lines) + "\n"


# --- fresh databases --------------------------------------------------------------------------


def conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        psycopg.connect(conninfo(PG_ADMIN_URL), connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        return str(exc).strip().splitlines()[0]
    return None


def drop_leftovers() -> list[str]:
    """Drop the kiosk_bench_* databases an interrupted run left behind (run it only when no
    benchmark is running)."""
    with psycopg.connect(conninfo(PG_ADMIN_URL), autocommit=True, connect_timeout=5) as admin:
        names = [
            row[0] for row in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'kiosk\\_bench\\_%'")
        ]
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return names


@contextmanager
def fresh_database(kind: str, counters: int = 6) -> Iterator[str]:
    """A new, migrated database with a centre of `counters` counters; yields its URL."""
    if kind == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="kiosk_bench_"))
        url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
        try:
            _prepare(url, counters, folder)
            yield url
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    elif kind == "postgresql":
        name = f"kiosk_bench_{uuid.uuid4().hex[:10]}"
        admin = psycopg.connect(conninfo(PG_ADMIN_URL), autocommit=True, connect_timeout=5)
        admin.execute(f'CREATE DATABASE "{name}"')
        url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        folder = Path(tempfile.mkdtemp(prefix="kiosk_bench_"))
        try:
            _prepare(url, counters, folder)
            yield url
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
            shutil.rmtree(folder, ignore_errors=True)
    else:
        raise ValueError(kind)


def _prepare(url: str, counters: int, folder: Path) -> None:
    database = Database(url)
    try:
        upgrade(database)
        centre = folder / "centre.toml"
        centre.write_text(centre_toml(counters), encoding="utf-8")
        import_centre(database, load_centre_file(centre))
    finally:
        database.dispose()
