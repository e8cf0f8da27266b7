"""Nearest-rank percentiles found in SQL match the definition, per group and overall."""

from __future__ import annotations

import math

import pytest
from sqlalchemy import Float, cast, literal, select, union_all

from db.engine import Database
from kiosk_desktop.metrics.spread import EMPTY, Spread, percentiles, rank, spread

ROWS = [("a", 10.0), ("a", 30.0), ("a", 20.0), ("a", None), ("b", 5.0)] + [("c", float(v)) for v in range(1, 11)]


def _values(rows: list[tuple[str, float | None]] = ROWS):  # type: ignore[no-untyped-def]
    # a literal table (SQLite cannot name the columns of a VALUES list)
    table = union_all(*(select(literal(g).label("g"), cast(literal(v), Float).label("v")) for g, v in rows)).subquery()
    return select(table.c.g, table.c.v)


def by_hand(numbers: list[float], percent: int) -> float:
    ordered = sorted(numbers)
    return ordered[max(1, math.ceil(percent / 100 * len(ordered))) - 1]


@pytest.fixture
def database(db_url: str):  # type: ignore[no-untyped-def]
    database = Database(db_url)
    yield database
    database.dispose()


def test_rank() -> None:
    assert [rank(50, n) for n in (1, 2, 3, 4, 10)] == [1, 1, 2, 2, 5]
    assert [rank(90, n) for n in (1, 9, 10, 11)] == [1, 9, 9, 10]


def test_per_group_and_overall(database: Database) -> None:
    with database.session() as s:
        found = percentiles(s, _values(), per_group=True)
    every = [v for _, v in ROWS if v is not None]
    assert found.overall == {50: by_hand(every, 50), 90: by_hand(every, 90)} == {50: 6.0, 90: 20.0}
    assert found.groups["a"] == {50: 20.0, 90: 30.0}
    assert found.groups["b"] == {50: 5.0, 90: 5.0}
    c = [float(v) for v in range(1, 11)]
    assert found.groups["c"] == {50: by_hand(c, 50), 90: by_hand(c, 90)} == {50: 5.0, 90: 9.0}


def test_overall_only(database: Database) -> None:
    with database.session() as s:
        found = percentiles(s, _values(), per_group=False)
    assert found.groups == {} and found.overall == {50: 6.0, 90: 20.0}


def test_ties_give_the_same_value_whatever_their_order(database: Database) -> None:
    rows = [("a", 7.0), ("b", 7.0), ("a", 7.0), ("b", 1.0), ("a", 9.0)]
    with database.session() as s:
        found = percentiles(s, _values(rows), per_group=True)
    assert found.overall == {50: 7.0, 90: 9.0}
    assert found.groups == {"a": {50: 7.0, 90: 9.0}, "b": {50: 1.0, 90: 7.0}}


def test_nothing_to_measure(database: Database) -> None:
    with database.session() as s:
        found = percentiles(s, _values([("a", None)]), per_group=True)
    assert (found.overall, found.groups) == ({}, {})
    assert spread(0, 0.0, None, None) == EMPTY
    assert spread(4, 10.0, 7.0, {50: 2.0, 90: 7.0}) == Spread(4, 2.5, 2.0, 7.0, 7.0)


def test_one_value_is_its_own_median_and_90th_percentile(database: Database) -> None:
    with database.session() as s:
        found = percentiles(s, _values([("a", 300.0)]), per_group=True)
    assert found.overall == {50: 300.0, 90: 300.0}
    assert found.groups == {"a": {50: 300.0, 90: 300.0}}
