"""Hand-built intake data for metric tests, written straight through the ORM (the intake
services are another helper's work; these tests only need rows as those services leave them)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.intake_schema import Dossier, DossierEvent, Field, Procedure, ProcedureVersion, Rating
from db.schema import Centre, Counter, Officer, Service, Ticket
from kiosk_desktop.app import App

ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def local(day: date, hh: int, mm: int = 0) -> datetime:
    """A local wall-clock time at the centre, as an aware UTC datetime."""
    return datetime.combine(day, time(hh, mm), ZONE).astimezone(UTC)


class IntakeData:
    def __init__(self, app: App) -> None:
        self.app = app
        self.imported = datetime(2025, 1, 1, tzinfo=UTC)

    def _run(self, work):  # type: ignore[no-untyped-def]
        return self.app.db.run(work)

    def centre_id(self, s: Session) -> int:
        return s.scalars(select(Centre.id)).one()

    def field(self, name: str, service: str | None = None, position: int = 0) -> int:
        def work(s: Session) -> int:
            sid = s.scalars(select(Service.id).where(Service.code == service)).first() if service else None
            row = s.scalars(select(Field).where(Field.name == name)).first()  # the centre file may have made it
            if row is None:
                row = Field(centre_id=self.centre_id(s), name=name, service_id=sid, position=position)
                s.add(row)
            row.position = position
            s.flush()
            return row.id

        return self._run(work)

    def procedure(self, code: str, name: str, field_id: int, online_level: str = "none", days: float | None = 3) -> int:
        def work(s: Session) -> int:
            proc = Procedure(centre_id=self.centre_id(s), code=code, current_version=1)
            s.add(proc)
            s.flush()
            version = ProcedureVersion(
                procedure_id=proc.id,
                version=1,
                name=name,
                field_id=field_id,
                time_limit=days,
                time_limit_unit="working_days" if days else None,
                online_level=online_level,
                imported_at=self.imported,
            )
            s.add(version)
            s.flush()
            return version.id

        return self._run(work)

    def officer(self, code: str, name: str) -> int:
        def work(s: Session) -> int:
            row = Officer(centre_id=self.centre_id(s), code=code, name=name)
            s.add(row)
            s.flush()
            return row.id

        return self._run(work)

    def counter_id(self, number: int) -> int:
        return self._run(lambda s: s.scalars(select(Counter.id).where(Counter.number == number)).one())

    def dossier(
        self,
        version_id: int,
        received_at: datetime,
        *,
        channel: str = "truc_tiep",
        outcome: str = "tiep_nhan",
        due_at: datetime | None = None,
        status: str | None = None,
        resolved_at: datetime | None = None,
        returned_at: datetime | None = None,
        paused_seconds: int = 0,
        digitised: bool = False,
        paid_online: bool | None = None,
        officer_id: int | None = None,
        counter_id: int | None = None,
        events: list[tuple[str, datetime]] | None = None,
    ) -> int:
        if status is None:
            initial = {"tiep_nhan": "da_tiep_nhan", "bo_sung": "yeu_cau_bo_sung"}
            status = initial.get(outcome, "khong_tiep_nhan")
            status = "da_giai_quyet" if resolved_at else status

        def work(s: Session) -> int:
            field_id = s.get(ProcedureVersion, version_id).field_id  # type: ignore[union-attr]
            row = Dossier(
                centre_id=self.centre_id(s),
                procedure_version_id=version_id,
                field_id=field_id,
                channel=channel,
                outcome=outcome,
                digitised=digitised,
                return_by_post=False,
                paid_online=paid_online,
                received_at=received_at,
                business_day=received_at.astimezone(ZONE).date(),
                due_at=due_at,
                status=status,
                resolved_at=resolved_at,
                returned_at=returned_at,
                paused_seconds=paused_seconds,
                officer_id=officer_id,
                counter_id=counter_id,
            )
            s.add(row)
            s.flush()
            history = [(status if not events and not resolved_at else "da_tiep_nhan", received_at), *(events or [])]
            for kind, at in history:
                s.add(DossierEvent(dossier_id=row.id, status=kind, at=at, recorded_at=at, source="import"))
            return row.id

        return self._run(work)

    def rating(
        self, level: int, at: datetime, *, scale: int = 3, counter_id: int | None = None, officer_id: int | None = None
    ) -> None:
        def work(s: Session) -> None:
            s.add(
                Rating(
                    scale=scale,
                    level=level,
                    at=at,
                    business_day=at.astimezone(ZONE).date(),
                    counter_id=counter_id,
                    officer_id=officer_id,
                    source="screen",
                )
            )

        self._run(work)


def d(day: int, month: int = 7) -> date:
    return date(2026, month, day)


def july_dossiers(centre: App) -> None:
    """26 dossiers around July 2026 whose II.06a rows tests/kiosk_desktop/metrics/test_ii06a.py
    counts by hand (N in the comments is the dossier's number there)."""
    data = IntakeData(centre)
    civil_field = data.field("Hộ tịch", "HT", position=0)
    copy_field = data.field("Chứng thực", "CT", position=1)
    H = data.procedure("1.001193", "Đăng ký khai sinh", civil_field, "toan_trinh")  # offered online
    C = data.procedure("2.000815", "Chứng thực bản sao từ bản chính", copy_field, "none")  # not offered
    add = data.dossier
    # Hộ tịch, received before July
    add(
        H, local(d(20, 6), 9), channel="truc_tuyen", due_at=local(d(25, 6), 17), resolved_at=local(d(24, 6), 9)
    )  # 1 gone
    add(
        H, local(d(25, 6), 10), channel="truc_tuyen", due_at=local(d(2), 17), resolved_at=local(d(2), 15)
    )  # 2 carried, on time
    add(H, local(d(30, 6), 16), due_at=local(d(3), 17), resolved_at=local(d(1), 9))  # 3 carried, early
    # 4 carried; promised 30/06, a wait of 3 office days moved due_at to 03/07: on time
    add(H, local(d(28, 6), 9), due_at=local(d(3), 17), paused_seconds=3 * 86400, resolved_at=local(d(3), 10))
    add(H, local(d(29, 6), 9), channel="truc_tuyen", due_at=local(d(1), 17))  # 5 carried, in progress, overdue
    add(H, local(d(20, 6), 9), due_at=local(d(30, 6), 17), status="rut_ho_so",
        events=[("rut_ho_so", local(d(28, 6), 9))])  # 6 withdrawn before July: gone  # fmt: skip
    add(H, local(d(25, 6), 9), channel="truc_tuyen", due_at=local(d(28, 6), 17), status="rut_ho_so",
        events=[("rut_ho_so", local(d(5), 9))])  # 7 carried, withdrawn in July  # fmt: skip
    # Hộ tịch, received in July
    add(H, local(d(1), 8, 30), channel="truc_tuyen", due_at=local(d(1), 17), resolved_at=local(d(2), 6),
        paid_online=True)  # 8 overdue: 02/07 06:00 local is still 01/07 in UTC  # fmt: skip
    add(H, local(d(2), 9), channel="buu_chinh", due_at=local(d(6), 17), resolved_at=local(d(6), 8),
        digitised=True)  # 9 on time, by post  # fmt: skip
    add(H, local(d(30), 10), channel="truc_tuyen", due_at=local(d(5, 8), 17), paid_online=True)  # 10 within
    add(H, local(d(15), 9), due_at=local(d(20), 17), status="yeu_cau_bo_sung", digitised=True,
        events=[("yeu_cau_bo_sung", local(d(18), 9))])  # 11 clock stopped 18/07, before due: within  # fmt: skip
    add(H, local(d(10), 9), due_at=local(d(12), 17), status="yeu_cau_bo_sung",
        events=[("yeu_cau_bo_sung", local(d(14), 9))])  # 12 stopped after its due date: overdue  # fmt: skip
    add(H, local(d(31), 16), channel="truc_tuyen", due_at=local(d(31), 17), paid_online=False)  # 13 due today: within
    add(H, local(d(20), 9), outcome="bo_sung", due_at=local(d(25), 17))  # 14 pending a supplement since intake: within
    add(H, local(d(5), 9), channel="truc_tuyen", resolved_at=local(d(20), 9))  # 15 no promised date: on time
    add(
        H, local(d(2), 9), channel="truc_tuyen", due_at=local(d(31), 17), resolved_at=local(d(31), 23, 30)
    )  # 16 on time
    add(H, local(d(3), 9), channel="truc_tuyen", due_at=local(d(10), 17),
        resolved_at=local(d(1, 8), 0, 30))  # 17 resolved 01/08 00:30 (31/07 in UTC): overdue  # fmt: skip
    # Chứng thực
    add(C, local(d(1), 10), due_at=local(d(1), 17), resolved_at=local(d(1), 10, 20), digitised=True)  # 18 on time
    add(C, local(d(1), 11), due_at=local(d(2), 17), resolved_at=local(d(1), 14), digitised=True)  # 19 early
    add(C, local(d(1), 11, 30), due_at=local(d(2), 17), resolved_at=local(d(2), 6, 30))  # 20 on time (01/07 in UTC)
    add(C, local(d(31), 15), due_at=local(d(3, 8), 17), resolved_at=local(d(1, 8), 9))  # 21 in progress at the end
    add(C, local(d(10), 9), due_at=local(d(12), 17), status="rut_ho_so",
        events=[("rut_ho_so", local(d(11), 9))])  # 22 withdrawn in July  # fmt: skip
    add(C, local(d(2), 9), outcome="tu_choi")  # 23 refused: not received
    add(C, local(d(2), 10), outcome="huong_dan")  # 24 guidance only: not received
    add(C, local(d(1, 8), 9), due_at=local(d(1, 8), 17))  # 25 August: not in July
    add(C, local(d(20), 9))  # 26 no promised date, still open: within time


def hong_bang_july_2025(app: App) -> None:
    """The seed's Hồng Bàng figures, 01–18/07/2025: 6,303 citizens served; 5,179 dossiers received,
    4,038 certified copies in person (no online service) and 1,141 civil-status dossiers, 999 of
    them online. Bulk rows, as the counters would have left them."""
    days = [date(2025, 7, n) for n in range(1, 19) if date(2025, 7, n).weekday() < 5]  # 14 working days
    with app.db.engine.begin() as conn:
        ids = dict(conn.execute(select(Service.code, Service.id)).all())
        centre_id = conn.execute(select(Centre.id)).scalar_one()
    data = IntakeData(app)
    copies = data.procedure("2.000815", "Chứng thực bản sao từ bản chính", data.field("Chứng thực", "CT"), "none", 0)
    civil = data.procedure("1.001193", "Đăng ký khai sinh", data.field("Hộ tịch", "HT", 1), "toan_trinh", 3)
    field_of = {version: _field_of(app, version) for version in (copies, civil)}
    tickets, dossiers = [], []
    for k in range(6303):
        day = days[k % len(days)]
        issued = local(day, 7, 30) + timedelta(seconds=10 * (k // len(days)))
        tickets.append(
            {
                "business_day": day,
                "issued_service_id": ids["CT"],
                "service_id": ids["CT"],
                "seq": k // len(days) + 1,
                "number": f"A{k // len(days) + 1:04d}",
                "priority": False,
                "status": "finished",
                "issued_at": issued,
                "queued_at": issued,
                "first_called_at": issued + timedelta(minutes=5),
                "last_called_at": issued + timedelta(minutes=5),
                "finished_at": issued + timedelta(minutes=9),
                "call_count": 1,
                "printed": True,
            }
        )
    for k in range(5179):
        version, channel = (
            (copies, "truc_tiep") if k < 4038 else (civil, "truc_tuyen" if k < 4038 + 999 else "truc_tiep")
        )
        day = days[k % len(days)]
        received = local(day, 8) + timedelta(seconds=k)
        dossiers.append(
            {
                "centre_id": centre_id,
                "procedure_version_id": version,
                "field_id": field_of[version],
                "channel": channel,
                "outcome": "tiep_nhan",
                "digitised": True,
                "return_by_post": False,
                "received_at": received,
                "business_day": day,
                "due_at": received + timedelta(days=3),
                "status": "da_tra_ket_qua",
                "resolved_at": received + timedelta(hours=2),
                "returned_at": received + timedelta(hours=2),
                "paused_seconds": 0,
            }
        )
    with app.db.engine.begin() as conn:
        conn.execute(insert(Ticket), tickets)
        conn.execute(insert(Dossier), dossiers)


def _field_of(app: App, version_id: int) -> int:
    return app.db.run(lambda s: s.get(ProcedureVersion, version_id).field_id, readonly=True)  # type: ignore[union-attr]
