"""The event feed in one process: new events arrive once, in order; the safety-net refresh."""

from __future__ import annotations

import time

import psycopg
import pytest
from sqlalchemy import make_url

from kiosk_desktop.app import App
from kiosk_desktop.services.event_feed import FeedBatch, FeedEvent, _Cursor
from tests.helpers import PG_ADMIN_URL


def _drain(feed: object, want: int, timeout: float = 5.0) -> list[FeedEvent]:
    events: list[FeedEvent] = []
    deadline = time.monotonic() + timeout
    while len(events) < want and time.monotonic() < deadline:
        batch = feed.poll(0.2)  # type: ignore[attr-defined]
        if batch is not None:
            events.extend(batch.events)
    return events


def test_feed_starts_after_existing_events_and_delivers_new_ones(centre: App) -> None:
    centre.queue.issue("CT")  # before the feed: not delivered
    feed = centre.event_feed()
    try:
        centre.queue.issue("CT")
        centre.queue.call_next(1)
        centre.queue.pause(2, "Họp")
        events = _drain(feed, 3)
        assert [(e.kind, e.number, e.counter) for e in events] == [
            ("issued", "A002", None),
            ("called", "A001", 1),
            ("counter_paused", None, 2),
        ]
        assert events[2].reason == "Họp"
        assert feed.poll(0.3) is None  # nothing new, nothing repeated
    finally:
        feed.close()


def test_postgres_feed_has_a_socket_and_sqlite_polls(centre: App) -> None:
    feed = centre.event_feed()
    try:
        if centre.db.is_postgres:
            assert isinstance(feed.fileno(), int)
        else:
            assert feed.fileno() is None
    finally:
        feed.close()


def test_full_refresh_comes_even_without_changes(centre: App) -> None:
    feed = centre.event_feed(refresh_interval=0.2)
    try:
        time.sleep(0.25)
        batch = feed.poll(0.0)
        assert batch == FeedBatch(events=[], full_refresh=True)
        assert feed.poll(0.0) is None
    finally:
        feed.close()


def test_cursor_catches_a_late_commit_below_the_highest_id() -> None:
    cursor = _Cursor([1, 2, 3])
    assert cursor.take(5) is True
    assert cursor.take(4) is True  # committed after 5 was read (PostgreSQL id order != commit order)
    assert cursor.take(4) is False
    assert cursor.take(2) is False
    cursor.prune()
    assert cursor.take(5) is False


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_feed_reports_an_outage_then_catches_up(centre: App, db_url: str) -> None:
    """The server refuses connections for a while (a restart, a cable): the feed says so once,
    never raises, and afterwards delivers what it missed with a full refresh."""
    feed = centre.event_feed()
    feed.RECONNECT_EVERY_S = 0.1
    name = make_url(db_url).database
    admin = psycopg.connect(
        make_url(PG_ADMIN_URL).set(drivername="postgresql").render_as_string(False), autocommit=True
    )
    try:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        centre.db.engine.dispose()
        batches = [feed.poll(0.1) for _ in range(5)]
        assert [b.offline for b in batches if b is not None] == [True]
        assert feed.offline
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        centre.queue.issue("CT")
        back = _first_batch(feed, lambda b: b.full_refresh)
        assert not feed.offline
        assert [(e.kind, e.number) for e in back.events] == [("issued", "A001")]
    finally:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        admin.close()
        feed.close()


def _first_batch(feed: object, wanted: object, timeout: float = 10.0) -> FeedBatch:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        batch = feed.poll(0.1)  # type: ignore[attr-defined]
        if batch is not None and wanted(batch):  # type: ignore[operator]
            return batch  # type: ignore[no-any-return]
    raise AssertionError("no such batch")
