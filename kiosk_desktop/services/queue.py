"""The queue engine: every move a kiosk, reception desk or counter makes on a ticket.

Each public method is one database transaction (retried by Database.run on lock conflicts),
records an append-only event with the database's time, and notifies other PCs on commit."""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.schema import Counter, DailySequence, Service, Ticket
from kiosk_desktop.domain import (
    ACTIVE_STATUSES,
    CALLABLE_STATUSES,
    PRIORITY_LABELS,
    EventKind,
    PriorityPolicy,
    PriorityReason,
    QueuePolicy,
    TicketStatus,
    TransferPlacement,
    format_number,
)
from kiosk_desktop.errors import (
    CounterBusy,
    DailyLimitReached,
    NotFound,
    RuleViolation,
    TicketNotCallable,
)
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.counter_staff import CounterStaff
from kiosk_desktop.services.lookups import active_counter, active_service, queue_policy
from kiosk_desktop.services.queue_moves import TicketRef
from kiosk_desktop.services.ticket_order import next_ticket_query, overtaken_before
from kiosk_desktop.services.ticket_text import STATUS_VI, in_state, why_not_callable
from kiosk_desktop.services.views import IssuedTicket, TicketView

log = logging.getLogger(__name__)

REASON_MAX = 200  # the pause_reason column; SQLite would not enforce it, PostgreSQL would


class QueueService(CounterStaff):
    """Every move on tickets and counters; one transaction each."""

    # --- issuing -------------------------------------------------------------------------

    def issue(self, service_code: str, priority_reason: PriorityReason | None = None) -> IssuedTicket:
        """Hand out the service's next number for today. The ticket exists once this returns."""

        def work(s: Session) -> IssuedTicket:
            service = active_service(s, service_code)
            day = business_day(self.db.now(s), self.zone)
            seq = self._next_sequence(s, service, day)
            # Read the clock only once the sequence row is locked: a higher number then always
            # gets a later time, so first come, first served follows the printed numbers.
            now = self.db.now(s)
            if service.daily_limit and seq - service.first_number + 1 > service.daily_limit:
                raise DailyLimitReached(
                    f"Dịch vụ {service.name} đã hết số hôm nay (tối đa {service.daily_limit} phiếu). "
                    "Mời công dân quay lại vào ngày làm việc tiếp theo hoặc liên hệ quầy hướng dẫn."
                )
            ticket = Ticket(
                business_day=day,
                issued_service_id=service.id,
                service_id=service.id,
                seq=seq,
                number=format_number(service.prefix, seq, service.digits),
                priority=priority_reason is not None,
                priority_reason=priority_reason.value if priority_reason else None,
                status=TicketStatus.WAITING,
                issued_at=now,
                queued_at=now,
                call_count=0,
                printed=False,
            )
            s.add(ticket)
            s.flush()
            self._record(s, ticket, EventKind.ISSUED, now, counter=None)
            ahead_query = (
                select(func.count())
                .select_from(Ticket)
                .where(
                    Ticket.business_day == day,
                    Ticket.service_id == service.id,
                    Ticket.status == TicketStatus.WAITING,
                    Ticket.id != ticket.id,
                )
            )
            if ticket.priority:  # a priority citizen waits only behind other priority citizens
                ahead_query = ahead_query.where(Ticket.priority.is_(True))
            ahead = s.scalar(ahead_query)
            log.info("issued %s (%s) priority=%s", ticket.number, service.code, ticket.priority)
            return IssuedTicket(TicketView.of(ticket, service, None), int(ahead or 0))

        return self.db.run(work)

    def _next_sequence(self, s: Session, service: Service, day: date) -> int:
        """Upsert ... RETURNING inside the ticket's transaction: no gap, no duplicate, no race."""
        insert = pg_insert if self.db.is_postgres else sqlite_insert
        statement = (
            insert(DailySequence)
            .values(service_id=service.id, day=day, last_number=service.first_number)
            .on_conflict_do_update(
                index_elements=[DailySequence.service_id, DailySequence.day],
                set_={"last_number": DailySequence.last_number + 1},
            )
            .returning(DailySequence.last_number)
        )
        return int(s.execute(statement).scalar_one())

    # --- calling -------------------------------------------------------------------------

    def call_next(self, counter_number: int) -> TicketView | None:
        """Call the next citizen for this counter; None when nobody waits for its services."""

        def work(s: Session) -> TicketView | None:
            counter, now = self._ready_counter(s, counter_number)
            day = business_day(now, self.zone)
            policy = queue_policy(s, counter.centre_id)
            overtaken = overtaken_before(s, counter, policy, day)
            ticket: Ticket | None = s.scalars(next_ticket_query(counter, policy, day, overtaken)).first()
            if ticket is None:
                return None
            return self._call(s, counter, ticket, policy)

        return self.db.run(work)

    def call_ticket(self, counter_number: int, ref: TicketRef) -> TicketView:
        """Call one ticket by its number: a parked citizen who came back, a no-show who returned."""

        def work(s: Session) -> TicketView:
            counter, now = self._ready_counter(s, counter_number)
            ticket = self._find(s, ref, now, lock=True)
            if ticket.status not in CALLABLE_STATUSES:
                raise TicketNotCallable(why_not_callable(s, ticket))
            return self._call(s, counter, ticket, queue_policy(s, counter.centre_id))

        return self.db.run(work)

    def _call(self, s: Session, counter: Counter, ticket: Ticket, policy: QueuePolicy) -> TicketView:
        # The ticket row is locked now; a clock read before that could predate a ticket issued
        # in the meantime and give it a negative wait.
        now = self.db.now(s)
        ticket.status = TicketStatus.CALLED
        ticket.counter_id = counter.id
        ticket.first_called_at = ticket.first_called_at or now
        ticket.last_called_at = now
        ticket.call_count += 1
        if policy.priority is PriorityPolicy.INTERLEAVE:
            counter.normal_streak = 0 if ticket.priority else counter.normal_streak + 1
        self._record(s, ticket, EventKind.CALLED, now, counter=counter)
        log.info("counter %d called %s", counter.number, ticket.number)
        return TicketView.load(s, ticket)

    def recall(self, counter_number: int) -> TicketView:
        """Call the same number again; the last call is the one service time counts from."""

        def work(s: Session) -> TicketView:
            counter, ticket, now = self._counter_ticket(s, counter_number)
            if ticket.status != TicketStatus.CALLED:
                raise RuleViolation(f"Số {ticket.number} đang được phục vụ tại quầy, không cần gọi lại.")
            ticket.last_called_at = now
            ticket.call_count += 1
            self._record(s, ticket, EventKind.RECALLED, now, counter=counter)
            return TicketView.load(s, ticket)

        return self.db.run(work)

    # --- closing a visit -----------------------------------------------------------------

    def start(self, counter_number: int) -> TicketView:
        """The citizen has arrived at the counter (optional step; finish works without it)."""
        return self._close_or_move(counter_number, TicketStatus.SERVING, EventKind.STARTED, {TicketStatus.CALLED})

    def finish(self, counter_number: int) -> TicketView:
        return self._close_or_move(counter_number, TicketStatus.FINISHED, EventKind.FINISHED, set(ACTIVE_STATUSES))

    def no_show(self, counter_number: int) -> TicketView:
        return self._close_or_move(counter_number, TicketStatus.NO_SHOW, EventKind.NO_SHOW, {TicketStatus.CALLED})

    def park(self, counter_number: int, reason: str | None = None, *, expected: int | None = None) -> TicketView:
        """The citizen steps away (to fetch a paper); the counter is free for the next one.
        `expected`: only if the counter still holds this ticket id (see _counter_ticket)."""
        return self._close_or_move(
            counter_number, TicketStatus.PARKED, EventKind.PARKED, set(ACTIVE_STATUSES), reason, expected
        )

    def _close_or_move(
        self,
        counter_number: int,
        status: TicketStatus,
        kind: EventKind,
        allowed_from: set[TicketStatus],
        reason: str | None = None,
        expected: int | None = None,
    ) -> TicketView:
        def work(s: Session) -> TicketView:
            counter, ticket, now = self._counter_ticket(s, counter_number, expected)
            if ticket.status not in allowed_from:
                raise RuleViolation(f"{in_state(ticket)}: không thể chuyển sang «{STATUS_VI[status]}».")
            ticket.status = status
            if status is TicketStatus.FINISHED:
                ticket.finished_at = now
            self._record(s, ticket, kind, now, counter=counter, reason=reason)
            return TicketView.load(s, ticket)

        return self.db.run(work)

    def transfer(
        self,
        counter_number: int,
        service_code: str,
        placement: TransferPlacement | None = None,
        *,
        expected: int | None = None,
    ) -> TicketView:
        """Send the counter's citizen to another service; a new wait starts there.
        `expected`: only if the counter still holds this ticket id (see _counter_ticket)."""

        def work(s: Session) -> TicketView:
            counter, ticket, now = self._counter_ticket(s, counter_number, expected)
            target = active_service(s, service_code)
            if target.id == ticket.service_id:
                raise RuleViolation(f"Số {ticket.number} đã thuộc dịch vụ {target.name}.")
            chosen = placement or queue_policy(s, counter.centre_id).transfer_placement
            from_service = ticket.service_id
            ticket.queued_at = self._transfer_position(s, ticket, target, chosen, now)
            ticket.service_id = target.id
            ticket.status = TicketStatus.WAITING
            ticket.counter_id = None
            self._record(s, ticket, EventKind.TRANSFERRED, now, counter=counter, from_service_id=from_service)
            return TicketView.load(s, ticket)

        return self.db.run(work)

    def _transfer_position(
        self, s: Session, ticket: Ticket, target: Service, placement: TransferPlacement, now: datetime
    ) -> datetime:
        """A queued_at strictly before (front) or after (end) every ticket waiting there."""
        waiting = (
            Ticket.business_day == ticket.business_day,
            Ticket.service_id == target.id,
            Ticket.status == TicketStatus.WAITING,
        )
        step = timedelta(milliseconds=1)
        if placement is TransferPlacement.END:
            latest = s.scalar(select(func.max(Ticket.queued_at)).where(*waiting))
            return now if latest is None else max(now, latest + step)
        earliest = s.scalar(select(func.min(Ticket.queued_at)).where(*waiting))
        return min(ticket.issued_at, now) if earliest is None else min(ticket.issued_at, earliest - step)

    # --- reception moves on waiting tickets ---------------------------------------------

    def unpark(self, ref: TicketRef) -> TicketView:
        """A parked citizen is back: the ticket waits again in its original place."""

        def work(s: Session) -> TicketView:
            ticket = self._find(s, ref, self.db.now(s), lock=True)
            now = self.db.now(s)  # after the lock: never before the move this one follows
            if ticket.status != TicketStatus.PARKED:
                raise RuleViolation(f"{in_state(ticket)}: chỉ số đang tạm gác mới xếp lại được.")
            ticket.status = TicketStatus.WAITING
            ticket.counter_id = None
            self._record(s, ticket, EventKind.UNPARKED, now, counter=None)
            return TicketView.load(s, ticket)

        return self.db.run(work)

    def cancel(self, ref: TicketRef, reason: str | None = None) -> TicketView:
        def work(s: Session) -> TicketView:
            ticket = self._find(s, ref, self.db.now(s), lock=True)
            now = self.db.now(s)  # after the lock: never before the move this one follows
            if ticket.status not in (TicketStatus.WAITING, TicketStatus.PARKED):
                raise RuleViolation(f"{in_state(ticket)}: chỉ hủy được số đang chờ hoặc tạm gác.")
            ticket.status = TicketStatus.CANCELLED
            ticket.counter_id = None
            self._record(s, ticket, EventKind.CANCELLED, now, counter=None, reason=reason)
            return TicketView.load(s, ticket)

        return self.db.run(work)

    def set_priority(self, ref: TicketRef, reason: PriorityReason | None, note: str) -> TicketView:
        """Reception gives (or takes back) priority to a waiting ticket; the note is audited."""

        def work(s: Session) -> TicketView:
            if not note.strip():
                raise RuleViolation("Hãy ghi lý do đổi ưu tiên (được lưu lại để đối chiếu khi có khiếu nại).")
            if len(note) > REASON_MAX:
                raise RuleViolation(f"Lý do dài quá {REASON_MAX} ký tự; hãy ghi ngắn lại.")
            ticket = self._find(s, ref, self.db.now(s), lock=True)
            now = self.db.now(s)
            if ticket.status not in (TicketStatus.WAITING, TicketStatus.PARKED):
                raise RuleViolation(f"{in_state(ticket)}: chỉ đổi ưu tiên cho số đang chờ hoặc tạm gác.")
            ticket.priority = reason is not None
            ticket.priority_reason = reason.value if reason else None
            label = PRIORITY_LABELS[reason] if reason else "bỏ ưu tiên"
            self._record(s, ticket, EventKind.PRIORITY_CHANGED, now, counter=None, reason=f"{label}: {note.strip()}")
            return TicketView.load(s, ticket)

        return self.db.run(work)

    def mark_printed(self, ticket_id: int) -> None:
        def work(s: Session) -> None:
            ticket = s.get(Ticket, ticket_id)
            if ticket is None:
                raise NotFound(f"Không có phiếu mã {ticket_id}.")
            ticket.printed = True

        self.db.run(work)

    # --- counters ------------------------------------------------------------------------

    def pause(self, counter_number: int, reason: str | None = None) -> None:
        def work(s: Session) -> None:
            if reason and len(reason) > REASON_MAX:
                raise RuleViolation(f"Lý do tạm dừng dài quá {REASON_MAX} ký tự; hãy ghi ngắn lại.")
            counter = active_counter(s, counter_number, lock=True)
            if counter.paused:
                raise RuleViolation(f"{counter.name} đã tạm dừng ({counter.pause_reason}).")
            now = self.db.now(s)
            busy = self._active_ticket(s, counter, now)
            if busy is not None:  # a paused counter holding a citizen would hide them from the floor
                raise CounterBusy(
                    f"{counter.name} đang gọi số {busy.number}: hoàn thành, đánh dấu vắng mặt hoặc "
                    "tạm gác số này trước khi tạm dừng quầy."
                )
            counter.paused = True
            counter.pause_reason = reason or "Tạm dừng"
            counter.paused_at = now
            self._counter_event(s, counter, EventKind.COUNTER_PAUSED, now, counter.pause_reason)

        self.db.run(work)

    def resume(self, counter_number: int) -> None:
        def work(s: Session) -> None:
            counter = active_counter(s, counter_number, lock=True)
            if not counter.paused:
                raise RuleViolation(f"{counter.name} đang làm việc, không ở trạng thái tạm dừng.")
            now = self.db.now(s)
            counter.paused = False
            counter.pause_reason = None
            counter.paused_at = None
            self._counter_event(s, counter, EventKind.COUNTER_RESUMED, now, None)

        self.db.run(work)
