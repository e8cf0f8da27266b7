"""Satisfaction ratings of a period, on 3 levels (Rất hài lòng / Hài lòng / Không hài lòng) or 5
(adds Bình thường and Rất không hài lòng). Level 1 is the worst, `scale` the best.

Satisfied = the top two levels (level ≥ scale − 1); dissatisfied ('không hài lòng', the dislike
of Decision 766) = level ≤ scale // 2, i.e. level 1 of 3, levels 1–2 of 5; the middle of 5 is
neither. Satisfaction rate = satisfied / ratings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.intake_schema import Rating
from db.schema import Counter, Officer
from kiosk_desktop.metrics.period import Period
from kiosk_desktop.metrics.rates import Rate

LEVELS = ("rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long", "rat_khong_hai_long")
SATISFIED = ("rat_hai_long", "hai_long")
DISSATISFIED = ("khong_hai_long", "rat_khong_hai_long")
LEVEL_VI = {
    "rat_hai_long": "Rất hài lòng",
    "hai_long": "Hài lòng",
    "binh_thuong": "Bình thường",
    "khong_hai_long": "Không hài lòng",
    "rat_khong_hai_long": "Rất không hài lòng",
}
_NAMES = {
    3: {3: "rat_hai_long", 2: "hai_long", 1: "khong_hai_long"},
    5: {5: "rat_hai_long", 4: "hai_long", 3: "binh_thuong", 2: "khong_hai_long", 1: "rat_khong_hai_long"},
}


@dataclass(frozen=True)
class Satisfaction:
    levels: dict[str, int]  # LEVELS → ratings
    satisfied: Rate
    dissatisfied: Rate
    by_officer: dict[str, Rate] = field(default_factory=dict)  # officer code → satisfied share
    by_counter: dict[int, Rate] = field(default_factory=dict)  # counter number → satisfied share


def level_name(scale: int, level: int) -> str | None:
    return _NAMES.get(scale, {}).get(level)


def satisfaction(s: Session, period: Period) -> Satisfaction:
    """One GROUP BY (scale, level, counter, officer) over the period's ratings, rolled up here."""
    keys = (Rating.scale, Rating.level, Rating.counter_id, Rating.officer_id)
    query = select(*keys, func.count()).where(Rating.business_day.between(period.first, period.last)).group_by(*keys)
    levels = dict.fromkeys(LEVELS, 0)
    by_counter: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    by_officer: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for scale, level, counter_id, officer_id, n in s.execute(query):
        name = level_name(int(scale), int(level))
        if name is None:  # a scale the rating devices never send is left out, not guessed
            continue
        levels[name] += int(n)
        happy = int(n) if name in SATISFIED else 0
        for tally, key in ((by_counter, counter_id), (by_officer, officer_id)):
            if key is not None:
                tally[key][0] += happy
                tally[key][1] += int(n)
    total = sum(levels.values())
    numbers = {c.id: c.number for c in s.scalars(select(Counter))}
    codes = {o.id: o.code for o in s.scalars(select(Officer))}
    return Satisfaction(
        levels=levels,
        satisfied=Rate(sum(levels[k] for k in SATISFIED), total),
        dissatisfied=Rate(sum(levels[k] for k in DISSATISFIED), total),
        by_officer={codes[k]: Rate(*v) for k, v in by_officer.items()},
        by_counter={numbers[k]: Rate(*v) for k, v in by_counter.items()},
    )
