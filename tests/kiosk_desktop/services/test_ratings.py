"""Ratings: one per visit, attached to counter and officer, from a screen or a rating pad."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.intake_schema import Rating
from kiosk_desktop.app import App
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.services.ratings import RATING_LABELS, RatingService, is_dissatisfied, is_satisfied
from tests.helpers import FakeClock
from tests.intake_helpers import serve, setup_intake


@pytest.fixture
def ratings(app: App, clock: FakeClock, tmp_path: Path) -> RatingService:
    setup_intake(app, tmp_path)
    return RatingService(app.db, app.zone)


def _count(app: App) -> int:
    return int(app.db.run(lambda s: s.scalar(select(func.count()).select_from(Rating)), readonly=True))


def test_a_finished_visit_is_rated_once(app: App, clock: FakeClock, ratings: RatingService) -> None:
    visit = serve(app, clock, 2, "HT", [])
    view = ratings.add(visit.ticket_id, 2, 5, reason=" Chờ lâu ")
    assert (view.ticket_number, view.counter, view.officer, view.label, view.reason) == (
        "B001", 2, "CB02", "Không hài lòng", "Chờ lâu"
    )  # fmt: skip
    assert (view.source, view.business_day) == ("screen", date(2026, 3, 2))
    with pytest.raises(RuleViolation, match="mỗi lượt một lần"):
        ratings.add(visit.ticket_id, 5, 5)
    assert _count(app) == 1


def test_only_finished_visits_and_valid_levels(app: App, clock: FakeClock, ratings: RatingService) -> None:
    waiting = app.queue.issue("CT").ticket
    with pytest.raises(RuleViolation, match="đã hoàn thành"):
        ratings.add(waiting.id, 3, 3)
    visit = serve(app, clock, 1, "CT", [])
    for level, scale in ((0, 5), (4, 3), (6, 5), (1, 4)):
        with pytest.raises(RuleViolation):
            ratings.add(visit.ticket_id, level, scale)
    assert ratings.add(visit.number, 3, 3).label == "Rất hài lòng"  # by today's number
    assert _count(app) == 1


def test_a_rating_the_next_day_still_counts_on_the_visit_day(
    app: App, clock: FakeClock, ratings: RatingService
) -> None:
    visit = serve(app, clock, 1, "CT", [])
    clock.advance(days=1)
    assert ratings.add(visit.ticket_id, 4).business_day == date(2026, 3, 2)


def test_rating_pad_rates_the_last_visit_at_its_counter(app: App, clock: FakeClock, ratings: RatingService) -> None:
    first = serve(app, clock, 1, "CT", [])
    second = serve(app, clock, 1, "CT", [], minutes=3)
    serve(app, clock, 2, "HT", [], minutes=1)  # later, but at another counter: not a candidate
    clock.advance(minutes=1)
    pressed = ratings.from_pad(1, 3, 3)
    assert pressed is not None
    assert (pressed.ticket_id, pressed.source, pressed.officer, pressed.label) == (
        second.ticket_id, "pad", "CB01", "Rất hài lòng"
    )  # fmt: skip
    assert ratings.from_pad(1, 1, 3) is None  # pressed again: the visit is already rated
    assert _count(app) == 1
    assert first.ticket_id != second.ticket_id


def test_rating_pad_ignores_old_visits(app: App, clock: FakeClock, ratings: RatingService) -> None:
    serve(app, clock, 1, "CT", [])
    clock.advance(minutes=6)
    assert ratings.from_pad(1, 5, 5) is None
    assert ratings.from_pad(1, 5, 5, within_minutes=10) is not None


def test_reading_levels() -> None:
    assert [is_satisfied(3, level) for level in (1, 2, 3)] == [False, True, True]
    assert [is_dissatisfied(3, level) for level in (1, 2, 3)] == [True, False, False]
    assert [is_satisfied(5, level) for level in range(1, 6)] == [False, False, False, True, True]
    assert [is_dissatisfied(5, level) for level in range(1, 6)] == [True, True, False, False, False]
    assert RATING_LABELS[5][3] == "Bình thường"
