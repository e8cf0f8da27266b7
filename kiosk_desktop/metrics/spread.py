"""Distributions: count, mean, median, 90th percentile and maximum. Counts, sums and maxima come
from the caller's GROUP BY (ticket_cube.py); the percentiles are found here in SQL.

Percentiles by nearest rank, like the daily report always had: the value at rank ceil(p·n/100)
in ascending order. ROW_NUMBER() over all values (and, when asked, within each group) numbers the
rows, and the query returns only the rows at the wanted ranks (a handful). Rows with equal values
may be numbered in any order: the value at a rank is the same."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

PERCENTS = (50, 90)


@dataclass(frozen=True)
class Spread:
    count: int
    mean: float | None
    median: float | None
    p90: float | None
    max: float | None

    def seconds_json(self) -> dict[str, float | None]:
        """The daily report's shape: mean, median, p90, max, rounded to 0.1 s."""
        return {"mean": _r(self.mean), "median": _r(self.median), "p90": _r(self.p90), "max": _r(self.max)}


EMPTY = Spread(0, None, None, None, None)


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def rank(percent: int, n: int) -> int:
    """Nearest rank: ceil(percent · n / 100), at least 1."""
    return max(1, math.ceil(percent * n / 100))


def ms(value: Any) -> float | None:
    """Seconds read back from SQL, to the millisecond (SQLite's julianday() arithmetic leaves
    noise in the last digits: 299.99999997 is 300)."""
    return None if value is None else round(float(value), 3)


@dataclass(frozen=True)
class Percentiles:
    overall: dict[int, float]  # percent → value
    groups: dict[Hashable, dict[int, float]]


def percentiles(s: Session, values: Select[Any], *, per_group: bool) -> Percentiles:
    """`values` selects (group, value); NULL values are left out. The median and 90th percentile
    overall, and per group when `per_group`: first the group sizes (a GROUP BY), then the rows at
    the wanted ranks (COUNT() windows beside the row numbers cost SQLite twice as much)."""
    inner = values.offset(0).subquery()  # OFFSET 0: compute each value once, not once per use
    group, value = list(inner.columns)[:2]
    counts = {k: int(n) for k, n in s.execute(select(group, func.count(value)).group_by(group)) if n}
    total = sum(counts.values())
    if not total:
        return Percentiles({}, {})
    numbered = [group.label("g"), value.label("v"), func.row_number().over(order_by=value).label("rn")]
    if per_group:
        numbered.append(func.row_number().over(partition_by=group, order_by=value).label("rn_g"))
    ranked = select(*numbered).where(value.is_not(None)).subquery()
    wanted = {p: rank(p, total) for p in PERCENTS}  # several percents may share a rank (n = 1)
    conditions = [ranked.c.rn.in_(sorted(set(wanted.values())))]
    if per_group:
        conditions.append(ranked.c.rn_g.in_(sorted({rank(p, n) for n in counts.values() for p in PERCENTS})))
    overall: dict[int, float] = {}
    groups: dict[Hashable, dict[int, float]] = {}
    for row in s.execute(select(*ranked.c).where(or_(*conditions))):
        v = ms(row.v)
        if v is None:
            continue
        for p in PERCENTS:
            if row.rn == wanted[p]:
                overall[p] = v
        for p in PERCENTS if per_group else ():
            if row.rn_g == rank(p, counts[row.g]):
                groups.setdefault(row.g, {})[p] = v
    return Percentiles(overall, groups)


def spread(count: int, total: float, top: float | None, found: Mapping[int, float] | None) -> Spread:
    """A Spread from a count, the sum and maximum of the values, and the percentiles found."""
    if not count:
        return EMPTY
    found = found or {}
    return Spread(count, round(total / count, 3), found.get(50), found.get(90), ms(top))
