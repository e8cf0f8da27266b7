"""Satisfaction ratings: one per visit, tied to the counter and officer, never to a person.

Scales (level 1 is always the worst):
    3 levels: 1 Không hài lòng, 2 Hài lòng, 3 Rất hài lòng
    5 levels: 1 Rất không hài lòng, 2 Không hài lòng, 3 Bình thường, 4 Hài lòng, 5 Rất hài lòng
`is_satisfied` / `is_dissatisfied` are the one reading of a level that reports should use
(Bình thường is neither). A rating's business_day is the visit's day, so a day's ratings match
that day's visits; `at` is when it was given.

A rating pad has no screen: `from_pad(counter, level, scale)` rates the last visit finished at
that counter within a few minutes, and ignores a press with nothing left to rate."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.intake_schema import Rating
from db.schema import Officer
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.lookups import active_counter
from kiosk_desktop.services.visits import TicketRef, Visit, last_finished_at, visit_for_rating

log = logging.getLogger(__name__)

RATING_LABELS: dict[int, dict[int, str]] = {
    3: {1: "Không hài lòng", 2: "Hài lòng", 3: "Rất hài lòng"},
    5: {1: "Rất không hài lòng", 2: "Không hài lòng", 3: "Bình thường", 4: "Hài lòng", 5: "Rất hài lòng"},
}
REASON_MAX = 500
#: A pad press rates a visit finished at most this long ago (the citizen is still at the desk).
PAD_WINDOW_MINUTES = 5


def is_satisfied(scale: int, level: int) -> bool:
    return level >= (2 if scale == 3 else 4)


def is_dissatisfied(scale: int, level: int) -> bool:
    return level <= (1 if scale == 3 else 2)


@dataclass(frozen=True)
class RatingView:
    id: int
    ticket_id: int | None
    ticket_number: str | None
    counter: int | None
    officer: str | None
    scale: int
    level: int
    label: str
    reason: str | None
    source: str
    at: datetime
    business_day: date

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        data["business_day"] = self.business_day.isoformat()
        return data


class RatingService:
    def __init__(self, database: Database, zone: ZoneInfo) -> None:
        self.db = database
        self.zone = zone

    def add(
        self, ticket: TicketRef, level: int, scale: int = 5, reason: str | None = None, source: str = "screen"
    ) -> RatingView:
        """Rate a finished visit (a rating screen, or the CLI). A second rating is refused."""
        _check_level(level, scale, reason)

        def work(s: Session) -> RatingView:
            now = self.db.now(s)
            visit = visit_for_rating(s, ticket, business_day(now, self.zone))
            if _rated(s, visit.ticket.id):
                raise RuleViolation(f"Lượt phục vụ số {visit.ticket.number} đã được đánh giá; mỗi lượt một lần.")
            return self._record(s, visit, level, scale, reason, source, now)

        return self.db.run(work)

    def from_pad(
        self, counter_number: int, level: int, scale: int, within_minutes: int = PAD_WINDOW_MINUTES
    ) -> RatingView | None:
        """A key pressed on a counter's rating pad; None when no recent unrated visit is there."""
        _check_level(level, scale, None)

        def work(s: Session) -> RatingView | None:
            now = self.db.now(s)
            counter = active_counter(s, counter_number, lock=True)  # two presses: one after the other
            ticket = last_finished_at(s, counter, now - timedelta(minutes=within_minutes))
            if ticket is None or _rated(s, ticket.id):
                log.info("rating pad at counter %d: nothing to rate (level %d ignored)", counter_number, level)
                return None
            return self._record(
                s, visit_for_rating(s, ticket.id, business_day(now, self.zone)), level, scale, None, "pad", now
            )

        return self.db.run(work)

    def _record(
        self, s: Session, visit: Visit, level: int, scale: int, reason: str | None, source: str, now: datetime
    ) -> RatingView:
        rating = Rating(
            ticket_id=visit.ticket.id,
            counter_id=visit.counter.id,
            officer_id=visit.officer_id,
            scale=scale,
            level=level,
            reason=reason.strip() if reason and reason.strip() else None,
            source=source,
            at=now,
            business_day=visit.ticket.business_day,
        )
        s.add(rating)
        s.flush()
        officer = s.get(Officer, visit.officer_id) if visit.officer_id else None
        return RatingView(
            id=rating.id,
            ticket_id=visit.ticket.id,
            ticket_number=visit.ticket.number,
            counter=visit.counter.number,
            officer=officer.code if officer else None,
            scale=scale,
            level=level,
            label=RATING_LABELS[scale][level],
            reason=rating.reason,
            source=source,
            at=now,
            business_day=rating.business_day,
        )


def _check_level(level: int, scale: int, reason: str | None) -> None:
    if scale not in RATING_LABELS:
        raise RuleViolation(f"Thang đánh giá {scale} không có; chỉ dùng thang 3 hoặc 5 mức.")
    if not 1 <= level <= scale:
        raise RuleViolation(f"Mức đánh giá {level} không hợp lệ: thang {scale} mức nhận từ 1 đến {scale}.")
    if reason and len(reason) > REASON_MAX:
        raise RuleViolation(f"Lý do dài quá {REASON_MAX} ký tự; hãy ghi ngắn lại.")


def _rated(s: Session, ticket_id: int) -> bool:
    return s.scalar(select(Rating.id).where(Rating.ticket_id == ticket_id)) is not None
