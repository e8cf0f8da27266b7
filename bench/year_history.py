"""A year of tickets, counters' time, dossiers and ratings before one busy day: the history the
report and counter benchmarks time their reads against."""

from __future__ import annotations

import time
from datetime import date
from typing import Any

from sqlalchemy import text

from bench.common import ZONE
from bench.history import HistoryWriter, Layout
from bench.intake_history import IntakeHistory
from db.engine import Database
from kiosk_desktop.metrics.period import day_period


def load_history(database: Database, cfg: dict[str, Any], history: list[date], busy_day: date) -> float:
    """`history` ordinary days (cfg tickets_per_day / dossiers_per_day, ±20%), then `busy_day` with
    cfg big_day tickets; seconds taken. Seeded: the same cfg gives the same data."""
    tickets = HistoryWriter(database, Layout.read(database), seed=11)
    intake = IntakeHistory(database)
    intake.catalogue_and_staff()
    end = day_period(busy_day).end_utc(ZONE)
    t0 = time.perf_counter()
    for i, day in enumerate([*history, busy_day]):
        count = cfg["big_day"] if day == busy_day else int(cfg["tickets_per_day"] * tickets.rng.uniform(0.8, 1.2))
        tickets.past_day(day, count)
        intake.counter_day(day)
        intake.dossier_day(day, int(cfg["dossiers_per_day"] * intake.rng.uniform(0.8, 1.2)), end)
        intake.ratings_day(day, int(cfg["tickets_per_day"] * 0.4))
        if i % 25 == 24:
            tickets.flush()
            intake.flush()
    tickets.flush()
    intake.flush()
    intake.attribute_ticket_events()
    if database.is_postgres:  # what autovacuum would soon do after a bulk load
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return time.perf_counter() - t0
