"""Finding the centre, a service and a counter inside a transaction, with staff-facing errors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Centre, Counter, Service
from kiosk_desktop.domain import PriorityPolicy, QueuePolicy, TransferPlacement
from kiosk_desktop.errors import NotFound


def find_centre(s: Session) -> Centre | None:
    return s.scalars(select(Centre).order_by(Centre.id)).first()


def the_centre(s: Session) -> Centre:
    centre = find_centre(s)
    if centre is None:
        raise NotFound("Chưa có cấu hình trung tâm. Chạy: kiosk-desktop config import TỆP.toml")
    return centre


def active_service(s: Session, code: str) -> Service:
    service = s.scalars(select(Service).where(Service.code == code, Service.active.is_(True))).first()
    if service is None:
        raise NotFound(f"Không có dịch vụ mã {code!r}. Xem danh sách: kiosk-desktop queue status")
    return service


def active_counter(s: Session, number: int, *, lock: bool) -> Counter:
    """The counter by number; `lock` serialises a keypad and a window pressing at once.
    Its centre comes in the same round trip, for `queue_policy`."""
    query = (
        select(Counter, Centre)
        .join(Centre, Centre.id == Counter.centre_id)
        .where(Counter.number == number, Counter.active.is_(True))
    )
    row = s.execute(query.with_for_update(of=Counter) if lock else query).first()
    if row is None:
        raise NotFound(f"Không có quầy số {number}. Xem danh sách quầy: kiosk-desktop queue status")
    counter: Counter = row[0]
    return counter


def queue_policy(s: Session, centre_id: int) -> QueuePolicy:
    centre = s.get(Centre, centre_id)  # already in the session when the counter was looked up
    if centre is None:
        raise NotFound("Chưa có cấu hình trung tâm. Chạy: kiosk-desktop config import TỆP.toml")
    return QueuePolicy(
        priority=PriorityPolicy(centre.priority_policy),
        interleave_every=centre.interleave_every,
        aging_cap_minutes=centre.aging_cap_minutes,
        transfer_placement=TransferPlacement(centre.transfer_placement),
    )
