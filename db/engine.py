"""Engines and transactions for both databases, with the locking each one needs.

SQLite (one PC): WAL, and every writing transaction starts with BEGIN IMMEDIATE so two writers
never both read and then both try to write (a deferred BEGIN gave 'database is locked' under load).
PostgreSQL (LAN): row locks with SKIP LOCKED in the queue service; short connect and lock timeouts
so a dropped server becomes a clear error instead of a frozen window."""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import URL, Engine, create_engine, event, make_url, select, text
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db.sqlite_guard import is_network_path
from kiosk_desktop.errors import ConfigError, StorageUnavailable, WriteConflict

log = logging.getLogger(__name__)

T = TypeVar("T")
NOTIFY_CHANNEL = "kiosk_events"
SQLITE_BUSY_TIMEOUT_MS = 2_000
#: A staff member waits at most about this long for a move before being told it failed.
RETRY_BUDGET_S = 8.0
#: A dead switch drops packets silently: keepalives and a TCP user timeout turn a 15-minute
#: hang into an error after about 10 seconds (libpq parameters; Linux and Windows).
PG_CONNECT_ARGS: dict[str, Any] = {
    "connect_timeout": 5,
    "application_name": "kiosk-desktop",
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
_PG_RETRYABLE = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


class Database:
    """One database: the write engine, a read engine, and transactions with bounded retry."""

    def __init__(self, url: str, *, retries: int = 5) -> None:
        self.url = _parse_url(url)
        self.retries = retries
        #: Tests set this to move time (aging caps, midnight); the program never does.
        self.clock_override: Callable[[], datetime] | None = None
        self.dialect = self.url.get_backend_name()
        if self.dialect == "sqlite":
            self.engine = _sqlite_engine(self.url, begin="BEGIN IMMEDIATE")
            self.read_engine = _sqlite_engine(self.url, begin="BEGIN")
        elif self.dialect == "postgresql":
            if self.url.drivername == "postgresql":
                self.url = self.url.set(drivername="postgresql+psycopg")
            self.engine = _postgres_engine(self.url)
            self.read_engine = self.engine
        else:
            raise ConfigError(f"Loại cơ sở dữ liệu không được hỗ trợ: {self.dialect} (chỉ SQLite hoặc PostgreSQL).")

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    def describe(self) -> str:
        return self.url.render_as_string(hide_password=True)

    def run(self, work: Callable[[Session], T], *, readonly: bool = False, retry: bool = True) -> T:
        """Run `work` in one transaction and commit. Lock conflicts and connections lost before
        the commit are retried from scratch; a failure during commit is not (it may have landed).
        `retry=False` fails at once: for background reads that will simply try again later."""
        engine = self.read_engine if readonly else self.engine
        deadline = time.monotonic() + RETRY_BUDGET_S
        retries = self.retries if retry else 0
        for attempt in range(retries + 1):
            session = Session(bind=engine, expire_on_commit=False, autoflush=False)
            committing = False
            try:
                result = work(session)
                session.flush()  # every write reaches the server here, where a failure is still safe
                committing = True
                session.commit()
                return result
            except IntegrityError as exc:
                session.rollback()
                # Another PC wrote the same key first (two imports of one new code, say). Once more
                # from scratch sees its row; if the clash remains the data itself is in conflict.
                if committing or attempt >= min(1, retries):
                    log.warning("write conflict on %s: %s", self.describe(), _brief(exc))
                    raise WriteConflict(
                        "Dữ liệu này vừa được ghi từ nơi khác hoặc bị trùng: chưa có gì thay đổi. "
                        "Xem lại rồi thử lại; nếu vẫn lỗi, báo quản trị hệ thống.",
                        detail=str(exc),
                    ) from exc
                log.warning("transaction retry %d after %s", attempt + 1, _brief(exc))
            except DBAPIError as exc:
                session.rollback()
                last = attempt == retries or time.monotonic() > deadline
                if committing or last or not self._retryable(exc):
                    raise self._unavailable(exc, committing) from exc
                delay = min(0.5, 0.01 * 2**attempt) * (0.5 + random.random())
                log.warning("transaction retry %d after %s", attempt + 1, _brief(exc))
                time.sleep(delay)
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        raise AssertionError("unreachable")

    @contextmanager
    def reachable(self) -> Iterator[None]:
        """Turn driver errors outside `run` (migrations, schema checks) into the staff message."""
        try:
            yield
        except DBAPIError as exc:
            raise self._unavailable(exc, False) from exc

    @contextmanager
    def session(self, *, readonly: bool = True) -> Iterator[Session]:
        """A plain session for reads where retry makes no sense (reports, status)."""
        engine = self.read_engine if readonly else self.engine
        with Session(bind=engine, expire_on_commit=False) as session:
            try:
                yield session
            except DBAPIError as exc:
                raise self._unavailable(exc, False) from exc

    def now(self, session: Session) -> datetime:
        """The database's clock: PCs with drifting clocks must never produce negative waits."""
        if self.clock_override is not None:
            return self.clock_override()
        if self.is_postgres:
            value: datetime = session.execute(select(text("clock_timestamp()"))).scalar_one()
            return value.astimezone(UTC)
        return datetime.now(UTC)  # SQLite lives on this PC: its clock is the database's clock

    def notify(self, session: Session, payload: dict[str, Any]) -> None:
        """Tell listeners on other PCs; PostgreSQL delivers it only if the transaction commits."""
        if self.is_postgres:
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": NOTIFY_CHANNEL, "payload": json.dumps(payload)},
            )

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()

    def _retryable(self, exc: DBAPIError) -> bool:
        if exc.connection_invalidated:
            return True
        if self.is_postgres:
            return getattr(exc.orig, "sqlstate", None) in _PG_RETRYABLE
        message = str(exc.orig).lower()
        return isinstance(exc, OperationalError) and ("locked" in message or "busy" in message)

    def _unavailable(self, exc: DBAPIError, committing: bool) -> StorageUnavailable:
        log.error("database error on %s: %s", self.describe(), exc)
        if committing and exc.connection_invalidated:
            return StorageUnavailable(
                "Mất kết nối cơ sở dữ liệu đúng lúc ghi: thao tác có thể đã được ghi. "
                "Hãy xem lại hàng đợi trước khi làm lại.",
                detail=str(exc),
            )
        if not self.is_postgres and self._retryable(exc):
            return StorageUnavailable(
                "Cơ sở dữ liệu đang bận (một chương trình khác giữ tệp quá lâu): chưa có gì thay đổi. "
                "Thử lại sau giây lát; nếu vẫn lỗi, khởi động lại các cửa sổ của chương trình trên máy này.",
                detail=str(exc),
            )
        known = self._postgres_cause(exc) if self.is_postgres else self._sqlite_cause(exc)
        if known is not None:
            return StorageUnavailable(known, detail=str(exc))
        if not self.is_postgres:  # a file on this PC: no server or network to check
            return StorageUnavailable(
                f"Không làm việc được với tệp cơ sở dữ liệu ({self.describe()}): chưa có gì thay đổi. "
                "Thử lại; nếu vẫn lỗi, báo quản trị hệ thống (chi tiết trong nhật ký).",
                detail=str(exc),
            )
        return StorageUnavailable(
            f"Không làm việc được với cơ sở dữ liệu ({self.describe()}): chưa có gì thay đổi. "
            "Kiểm tra máy chủ hoặc mạng nội bộ rồi thử lại; nếu vẫn lỗi, báo quản trị hệ thống.",
            detail=str(exc),
        )

    # The driver's text is the only clue for connection failures (libpq gives them no SQLSTATE).
    # These are the set-up mistakes a new centre makes; anything else keeps the general message.

    def _postgres_cause(self, exc: DBAPIError) -> str | None:
        said = str(exc.orig or exc).lower()
        where = f"{self.url.host or 'localhost'}:{self.url.port or 5432}"
        if "connection refused" in said:
            return (
                f"Máy chủ cơ sở dữ liệu không nhận kết nối ở {where}: chưa có gì thay đổi. Kiểm tra máy chủ "
                "đã bật, PostgreSQL đang chạy và số cổng trong địa chỉ --db (thường là 5432)."
            )
        if "does not exist" in said and "database" in said:
            return (
                f"Máy chủ {where} không có cơ sở dữ liệu «{self.url.database}»: kiểm tra tên ở cuối địa chỉ --db; "
                "nếu là máy chủ mới, nhờ quản trị hệ thống tạo cơ sở dữ liệu rồi chạy lệnh db upgrade."
            )
        if ("role" in said and "does not exist" in said) or "authentication failed" in said or "no password" in said:
            return (
                f"Máy chủ {where} từ chối tài khoản «{self.url.username}» (sai tên tài khoản hoặc mật khẩu): "
                "kiểm tra tài khoản và mật khẩu trong địa chỉ --db hoặc tệp cài đặt, hoặc nhờ quản trị hệ thống cấp."
            )
        if "translate host name" in said or "resolve host" in said or "name or service not known" in said:
            return (
                f"Không tìm thấy máy chủ cơ sở dữ liệu tên «{self.url.host}»: kiểm tra lại tên máy trong địa chỉ "
                "--db, hoặc dùng địa chỉ IP của máy chủ (ví dụ 192.168.1.10)."
            )
        if "timeout expired" in said or "no route to host" in said or "network is unreachable" in said:
            return (
                f"Không liên lạc được máy chủ cơ sở dữ liệu {where}: chưa có gì thay đổi. Kiểm tra máy chủ đã bật, "
                "cáp mạng của máy này và địa chỉ IP trong --db rồi thử lại."
            )
        return None

    def _sqlite_cause(self, exc: DBAPIError) -> str | None:
        said = str(exc.orig or exc).lower()
        path = self.url.database
        if "readonly database" in said or "read-only" in said:
            return (
                f"Chương trình không được phép ghi vào tệp cơ sở dữ liệu {path} (tệp hoặc thư mục chỉ đọc): "
                "chưa có gì thay đổi. Nhờ bộ phận CNTT cấp quyền ghi cho tệp và thư mục chứa nó."
            )
        if "unable to open database file" in said:
            return (
                f"Không mở được tệp cơ sở dữ liệu {path}: thư mục không có hoặc tài khoản này không được phép "
                "vào. Kiểm tra lại đường dẫn --db; nếu đúng, nhờ bộ phận CNTT cấp quyền cho thư mục."
            )
        return None


def sqlite_file(url: str) -> Path | None:
    """The file an SQLite URL (or bare path) names; None for PostgreSQL and in-memory databases."""
    parsed = _parse_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):  # sqlite URI form: leave it to the driver
        return None
    return Path(parsed.database).expanduser().resolve()


def _parse_url(url: str) -> URL:
    """A URL, or a bare file path meaning an SQLite file (what people type first)."""
    if "://" not in url:
        return URL.create("sqlite", database=str(Path(url).expanduser().resolve()))
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        raise ConfigError(
            f"Địa chỉ cơ sở dữ liệu không hợp lệ: {url!r}. Ví dụ: sqlite:///C:/MotCua/kiosk.sqlite3 "
            "hoặc postgresql://kiosk@192.168.1.10/kiosk"
        ) from None


def _brief(exc: DBAPIError) -> str:
    return str(exc.orig).splitlines()[0] if exc.orig else type(exc).__name__


def _sqlite_engine(url: Any, *, begin: str) -> Engine:
    database = url.database
    if database and database != ":memory:":
        path = Path(database)
        if is_network_path(path):
            raise ConfigError(
                f"Không dùng SQLite trên ổ mạng ({path}): dữ liệu sẽ hỏng khi nhiều máy cùng ghi. "
                "Nhiều máy dùng chung thì cài PostgreSQL trên một máy chủ."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a power cut must not roll back a ticket that was already printed (and reissue
        # its number); one fsync per move is nothing at a few hundred tickets a day.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


def _postgres_engine(url: Any) -> Engine:
    # No pool_pre_ping: it costs a round trip on every move, and Database.run already retries a
    # move whose pooled connection turns out to be dead (connection_invalidated).
    return create_engine(
        url,
        pool_size=4,
        max_overflow=4,
        connect_args={
            **PG_CONNECT_ARGS,
            # a lock held by a crashed client must not freeze a counter forever
            "options": "-c lock_timeout=2000 -c idle_in_transaction_session_timeout=60000",
        },
    )
