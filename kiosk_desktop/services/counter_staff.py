"""Who works at a counter: an officer signs in and out, so visits and dossiers count per officer.

Signing in is optional (a one-officer commune may never do it); events then carry no officer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Counter, Officer
from kiosk_desktop.domain import EventKind
from kiosk_desktop.errors import NotFound, RuleViolation
from kiosk_desktop.services.lookups import active_counter
from kiosk_desktop.services.queue_moves import QueueMoves


@dataclass(frozen=True)
class OfficerView:
    code: str
    name: str


class CounterStaff(QueueMoves):
    def officers(self) -> list[OfficerView]:
        """Active officers, for the counter window's sign-in list."""

        def work(s: Session) -> list[OfficerView]:
            rows = s.scalars(select(Officer).where(Officer.active.is_(True)).order_by(Officer.name, Officer.code))
            return [OfficerView(officer.code, officer.name) for officer in rows]

        return self.db.run(work, readonly=True)

    def signed_in(self, counter_number: int) -> OfficerView | None:
        def work(s: Session) -> OfficerView | None:
            counter = active_counter(s, counter_number, lock=False)
            officer = s.get(Officer, counter.officer_id) if counter.officer_id else None
            return OfficerView(officer.code, officer.name) if officer else None

        return self.db.run(work, readonly=True)

    def sign_in(self, counter_number: int, officer_code: str) -> OfficerView:
        """The officer takes the counter; whoever was signed in there is signed out first."""

        def work(s: Session) -> OfficerView:
            counter = active_counter(s, counter_number, lock=True)
            officer = s.scalars(select(Officer).where(Officer.code == officer_code, Officer.active.is_(True))).first()
            if officer is None:
                raise NotFound(
                    f"Không có cán bộ mã {officer_code!r}. Danh sách cán bộ ở mục [[officer]] của tệp trung tâm."
                )
            if counter.officer_id == officer.id:
                return OfficerView(officer.code, officer.name)
            self._leave_other_counters(s, officer)
            now = self.db.now(s)
            if counter.officer_id is not None:
                self._counter_event(s, counter, EventKind.OFFICER_SIGNED_OUT, now, None)
            counter.officer_id = officer.id
            self._counter_event(s, counter, EventKind.OFFICER_SIGNED_IN, now, None)
            return OfficerView(officer.code, officer.name)

        return self.db.run(work)

    def sign_out(self, counter_number: int) -> None:
        def work(s: Session) -> None:
            counter = active_counter(s, counter_number, lock=True)
            if counter.officer_id is None:
                raise RuleViolation(f"{counter.name} chưa có cán bộ nhận quầy.")
            self._counter_event(s, counter, EventKind.OFFICER_SIGNED_OUT, self.db.now(s), None)
            counter.officer_id = None

        self.db.run(work)

    def _leave_other_counters(self, s: Session, officer: Officer) -> None:
        # one officer, one counter: moving desks signs them out of the old one
        for other in s.scalars(select(Counter).where(Counter.officer_id == officer.id).with_for_update()):
            self._counter_event(s, other, EventKind.OFFICER_SIGNED_OUT, self.db.now(s), None)
            other.officer_id = None
