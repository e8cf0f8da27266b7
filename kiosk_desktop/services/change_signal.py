"""Low-level 'something was committed' signals, one per database.

PostgreSQL: LISTEN on an autocommit psycopg connection (NOTIFY is sent inside the writing
transaction, so nothing arrives before commit). SQLite: poll `PRAGMA data_version`, which moves
only when another connection commits. Both reconnect by themselves after a failure."""

from __future__ import annotations

import logging
import select
import sqlite3
import time
from typing import Protocol

import psycopg

from db.engine import NOTIFY_CHANNEL, PG_CONNECT_ARGS, Database

log = logging.getLogger(__name__)


class ChangeSignal(Protocol):
    def fileno(self) -> int | None:
        """A socket to watch for readability (PostgreSQL), or None: call wait() on a timer."""

    def wait(self, timeout: float) -> bool:
        """Block up to `timeout` seconds; True if something may have changed since last time."""

    def close(self) -> None: ...


def change_signal_for(database: Database) -> ChangeSignal:
    if database.is_postgres:
        return PostgresListener(database)
    return SqliteVersionPoller(database)


class PostgresListener:
    def __init__(self, database: Database, retry_after: float = 2.0) -> None:
        url = database.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._retry_after = retry_after
        self._conn: psycopg.Connection | None = None
        self._next_try = 0.0
        self._connect()

    def _connect(self) -> bool:
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True, **PG_CONNECT_ARGS)
            self._conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
            return True
        except psycopg.Error as exc:
            log.warning("event listener cannot connect: %s", exc)
            self._conn = None
            self._next_try = time.monotonic() + self._retry_after
            return False

    def fileno(self) -> int | None:
        return self._conn.fileno() if self._conn else None

    def wait(self, timeout: float) -> bool:
        if self._conn is None:
            if time.monotonic() < self._next_try:
                time.sleep(min(timeout, max(0.0, self._next_try - time.monotonic())))
                return False
            return self._connect()  # after a reconnect, anything may have changed
        try:
            ready, _, _ = select.select([self._conn.fileno()], [], [], timeout)
            if not ready:
                return False
            return any(True for _ in self._conn.notifies(timeout=0))
        except (psycopg.Error, OSError, ValueError) as exc:
            log.warning("event listener lost its connection: %s", exc)
            self.close()
            self._next_try = time.monotonic() + self._retry_after
            return True  # the caller should look: the database itself may be gone

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None


class SqliteVersionPoller:
    def __init__(self, database: Database, interval: float = 0.05) -> None:
        self._path = database.url.database or ":memory:"
        self._interval = interval
        self._conn: sqlite3.Connection | None = None
        self._version = self._read()

    def _read(self) -> int | None:
        try:
            if self._conn is None:
                self._conn = sqlite3.connect(self._path, timeout=1, check_same_thread=False)
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            log.warning("cannot read data_version: %s", exc)
            self.close()
            return None

    def fileno(self) -> int | None:
        return None

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            version = self._read()
            if version is not None and version != self._version:
                self._version = version
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self._interval, remaining))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
