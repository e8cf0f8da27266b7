"""Bulk intake history for the report benchmark: officers signing in and pausing at counters,
a procedure catalogue, dossiers with their status events, satisfaction ratings. Rows as the
counter services would have left them, written with executemany inserts and explicit ids."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import case, insert, select, text, update

from bench.common import ZONE
from db.engine import Database
from db.intake_schema import Dossier, DossierEvent, Field, Procedure, ProcedureVersion, Rating
from db.schema import Centre, Counter, CounterEvent, Officer, Service, TicketEvent

#: Field → (queue service, procedures as (code, name, working days, online level)); weights by load.
FIELDS: list[tuple[str, str, int, list[tuple[str, str, float, str]]]] = [
    ("Chứng thực", "CT", 40, [("2.000815", "Chứng thực bản sao từ bản chính", 0, "none"),
                              ("2.000884", "Chứng thực chữ ký", 0, "none"),
                              ("2.001035", "Chứng thực hợp đồng, giao dịch", 2, "mot_phan")]),
    ("Hộ tịch", "HT", 25, [("1.001193", "Đăng ký khai sinh", 0, "toan_trinh"),
                           ("1.000656", "Đăng ký khai tử", 0, "toan_trinh"),
                           ("1.001022", "Đăng ký kết hôn", 0, "mot_phan"),
                           ("1.004873", "Cấp bản sao trích lục hộ tịch", 0, "toan_trinh")]),
    ("Đất đai", "DD", 8, [("1.004227", "Đăng ký biến động đất đai", 10, "mot_phan"),
                          ("1.012753.H19", "Hòa giải tranh chấp đất đai", 45, "none")]),
    ("Xây dựng", "DD", 4, [("1.009994", "Cấp giấy phép xây dựng nhà ở riêng lẻ", 15, "mot_phan")]),
    ("Hộ kinh doanh", "KD", 6, [("2.000720", "Đăng ký thành lập hộ kinh doanh", 3, "toan_trinh"),
                                ("2.000575", "Đăng ký thay đổi nội dung hộ kinh doanh", 3, "toan_trinh")]),
    ("Bảo trợ xã hội", "XH", 6, [("1.001776", "Trợ cấp xã hội hằng tháng", 10, "mot_phan")]),
    ("Người có công", "XH", 3, [("1.010813", "Giải quyết chế độ người có công", 12, "mot_phan")]),
    ("Cư trú", "CC", 8, [("1.004194", "Đăng ký thường trú", 7, "toan_trinh"),
                         ("1.004222", "Đăng ký tạm trú", 3, "toan_trinh")]),
]  # fmt: skip
REASONS = ["Nghỉ trưa", "Họp giao ban", "Hỗ trợ kỹ thuật", None]


def _utc(day: date, hours: float) -> datetime:
    return (datetime.combine(day, time(0), ZONE) + timedelta(hours=hours)).astimezone(UTC)


class IntakeHistory:
    def __init__(self, database: Database, seed: int = 3) -> None:
        self.db = database
        self.rng = random.Random(seed)
        self.rows: dict[Any, list[dict[str, Any]]] = {DossierEvent: [], Dossier: [], Rating: [], CounterEvent: []}
        self.next_id = {Dossier: 1, DossierEvent: 1, Rating: 1, CounterEvent: 1}
        self.versions: list[tuple[int, int, float, str, int]] = []  # version id, field id, days, level, weight
        self.officer_of: dict[int, int] = {}
        self.centre_id = 0
        self.written = 0

    def catalogue_and_staff(self) -> None:
        """Fields, procedures (one version each), one officer per counter; fields and officers the
        centre file already made are reused."""
        now = datetime.now(UTC)
        with self.db.engine.begin() as conn:
            centre = self.centre_id = conn.execute(select(Centre.id)).scalar_one()
            services = dict(conn.execute(select(Service.code, Service.id)).all())
            fields = dict(conn.execute(select(Field.name, Field.id)).all())
            for position, (name, code, weight, procedures) in enumerate(FIELDS):
                field_id = (
                    fields.get(name)
                    or conn.execute(
                        insert(Field)
                        .values(centre_id=centre, name=name, service_id=services.get(code), position=position)
                        .returning(Field.id)
                    ).scalar_one()
                )
                for proc_code, proc_name, days, level in procedures:
                    pid = conn.execute(
                        insert(Procedure).values(centre_id=centre, code=proc_code).returning(Procedure.id)
                    ).scalar_one()
                    vid = conn.execute(
                        insert(ProcedureVersion)
                        .values(
                            procedure_id=pid,
                            version=1,
                            name=proc_name,
                            field_id=field_id,
                            time_limit=days,
                            time_limit_unit="working_days",
                            online_level=level,
                            imported_at=now,
                        )
                        .returning(ProcedureVersion.id)
                    ).scalar_one()
                    self.versions.append((vid, field_id, days, level, weight))
            officers = conn.execute(select(Officer.id).order_by(Officer.code)).scalars().all()
            for k, (counter_id, number) in enumerate(conn.execute(select(Counter.id, Counter.number)).all()):
                officer = officers[k] if k < len(officers) else None
                if officer is None:
                    officer = conn.execute(
                        insert(Officer)
                        .values(centre_id=centre, code=f"CB{number:02d}", name=f"Cán bộ quầy {number}")
                        .returning(Officer.id)
                    ).scalar_one()
                self.officer_of[counter_id] = officer

    def _add(self, table: Any, **row: Any) -> int:
        row["id"] = self.next_id[table]
        self.next_id[table] += 1
        self.rows[table].append(row)
        return int(row["id"])

    def counter_day(self, day: date) -> None:
        for counter, officer in self.officer_of.items():
            moments = [(7.4, "officer_signed_in", None), (11.5, "counter_paused", self.rng.choice(REASONS)),
                       (13.0, "counter_resumed", None), (16.6, "officer_signed_out", None)]  # fmt: skip
            for hours, kind, reason in moments:
                self._add(CounterEvent, counter_id=counter, business_day=day, kind=kind, at=_utc(day, hours),
                          reason=reason, officer_id=officer)  # fmt: skip

    def dossier_day(self, day: date, count: int, end: datetime) -> None:
        counters = list(self.officer_of)
        weights = [v[4] for v in self.versions]
        for _ in range(count):
            vid, field_id, days, level, _w = self.rng.choices(self.versions, weights=weights)[0]
            self._dossier(day, vid, field_id, days, level, self.rng.choice(counters), end)

    def _dossier(
        self, day: date, vid: int, field_id: int, days: float, level: str, counter: int, end: datetime
    ) -> None:
        rng = self.rng
        received = _utc(day, rng.uniform(7.5, 16.5))
        online = level != "none" and rng.random() < 0.7
        channel = "truc_tuyen" if online else ("buu_chinh" if rng.random() < 0.05 else "truc_tiep")
        roll = rng.random()
        outcome = (
            "tiep_nhan" if roll < 0.92 else "bo_sung" if roll < 0.95 else "tu_choi" if roll < 0.97 else "huong_dan"
        )
        due = _utc(day + timedelta(days=int(days * 1.4)), 17) if outcome in ("tiep_nhan", "bo_sung") else None
        row: dict[str, Any] = dict(
            centre_id=self.centre_id, ticket_id=None, counter_id=counter, officer_id=self.officer_of[counter],
            procedure_version_id=vid, field_id=field_id, channel=channel, outcome=outcome, code=None,
            digitised=rng.random() < 0.85, return_by_post=False,
            paid_online=(rng.random() < 0.8) if rng.random() < 0.6 else None, received_at=received,
            business_day=day, due_at=due, status="khong_tiep_nhan", resolved_at=None, returned_at=None,
            paused_seconds=0,
        )  # fmt: skip
        events = [("da_tiep_nhan" if outcome == "tiep_nhan" else row["status"], received)]
        if due is not None:
            row["status"] = "da_tiep_nhan" if outcome == "tiep_nhan" else "yeu_cau_bo_sung"
            self._fate(row, events, received, days, end)
        dossier = self._add(Dossier, **row)
        for status, at in events:
            self._add(DossierEvent, dossier_id=dossier, status=status, at=at, recorded_at=at, ticket_id=None,
                      counter_id=counter, officer_id=row["officer_id"], source="counter")  # fmt: skip

    def _fate(self, row: dict[str, Any], events: list[tuple[str, datetime]], received: datetime, days: float,
              end: datetime) -> None:  # fmt: skip
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            at = received + timedelta(days=rng.uniform(0.5, 5))
            if at < end:
                row["status"] = "rut_ho_so"
                events.append(("rut_ho_so", at))
            return
        if roll < 0.06:
            return  # still waiting for the citizen, or just in progress
        done = received + timedelta(days=rng.uniform(0.05, max(days, 0.3) * 1.6))
        if done >= end:
            return
        if rng.random() < 0.05:
            row["paused_seconds"] = int(rng.uniform(1, 3) * 86400)
        row.update(status="da_tra_ket_qua", resolved_at=done, returned_at=done)
        events.append(("da_tra_ket_qua", done))

    def ratings_day(self, day: date, count: int) -> None:
        counters = list(self.officer_of)
        for _ in range(count):
            counter = self.rng.choice(counters)
            scale = 3 if self.rng.random() < 0.7 else 5
            level = self.rng.choices(range(1, scale + 1), weights=[1, *[3] * (scale - 2), 12])[0]
            self._add(Rating, ticket_id=None, counter_id=counter, officer_id=self.officer_of[counter], scale=scale,
                      level=level, reason=None, source="screen", at=_utc(day, self.rng.uniform(8, 16.5)),
                      business_day=day)  # fmt: skip

    def flush(self, chunk: int = 20_000) -> None:
        with self.db.engine.begin() as conn:
            for table in (Dossier, DossierEvent, Rating, CounterEvent):
                rows = self.rows[table]
                for i in range(0, len(rows), chunk):
                    conn.execute(insert(table), rows[i : i + chunk])
                self.written += len(rows)
                self.rows[table] = []
            if self.db.is_postgres:
                for name in ("dossier", "dossier_event", "rating", "counter_event"):
                    conn.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
                    )

    def attribute_ticket_events(self) -> None:
        """The officer signed in at the counter, on every ticket event there (one UPDATE)."""
        officer = case(*((TicketEvent.counter_id == c, o) for c, o in self.officer_of.items()), else_=None)
        with self.db.engine.begin() as conn:
            conn.execute(update(TicketEvent).where(TicketEvent.counter_id.is_not(None)).values(officer_id=officer))
