"""The demo's intake part: the demo catalogue and holidays before the morning, officers at their
counters, and after it the dossiers and ratings the counters record for the visits they served."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Counter, Service, Ticket
from kiosk_desktop.app import App
from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.cli.output import say
from kiosk_desktop.domain import ACTIVE_STATUSES, TicketStatus
from kiosk_desktop.intake_terms import OUTCOME_VI, Channel, DossierStatus, Outcome
from kiosk_desktop.services.business_day import business_day
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.holidays import default_holidays_path, import_holidays, read_holidays
from kiosk_desktop.services.ratings import RatingService

DEMO_CATALOGUE = "demo_catalogue.csv"
#: Counter number -> officer code (the demo centre file's [[officer]] list).
DEMO_SIGN_IN = {1: "CB01", 2: "CB02", 3: "CB03", 4: "CB04", 5: "CB05", 6: "CB06"}
#: What each visit's counter records, by the service the visit ended in: (procedure, outcome,
#: whether the province system gave a dossier code, made up here from the ticket number).
DEMO_DOSSIERS: dict[str, list[tuple[str, Outcome, bool]]] = {
    "CT": [("2.000815", Outcome.TIEP_NHAN, False), ("2.000884", Outcome.TIEP_NHAN, False)],
    "HT": [("1.001193", Outcome.TIEP_NHAN, True), ("1.004873", Outcome.BO_SUNG, False)],
    "DD": [("1.012784", Outcome.TIEP_NHAN, True)],
    "CC": [("1.004194", Outcome.TIEP_NHAN, False)],
    "HD": [("1.001612", Outcome.HUONG_DAN, False)],
}
DEMO_LEVELS = [5, 4, 5, 2, 3]  # 5-level scale, one per finished visit in order


def demo_catalogue_path() -> Path:
    return Path(str(resources.files("kiosk_desktop") / "data" / DEMO_CATALOGUE))


def prepare_intake(app: App) -> None:
    summary = import_catalogue(app.db, demo_catalogue_path())
    holidays = read_holidays(default_holidays_path())
    import_holidays(app.db, holidays)
    for counter, officer in DEMO_SIGN_IN.items():
        app.queue.sign_in(counter, officer)
    say(f"Danh mục mẫu: {summary.imported} thủ tục; {len(holidays)} ngày nghỉ lễ năm 2026; 6 cán bộ nhận quầy.")


def record_intake(app: App) -> None:
    dossiers = DossierService(app.db, app.zone)
    ratings = RatingService(app.db, app.zone)
    visits = _visits_today(app)
    for ticket_id, number, service, counter, _ in visits:
        for procedure, outcome, with_code in DEMO_DOSSIERS.get(service, []):
            code = f"DEMO-{number}-{procedure}" if with_code else None
            view = dossiers.add(ticket_id, procedure, Channel.TRUC_TIEP, outcome, code, digitised=True)
            due = f", hẹn trả {view.due_at.astimezone(app.zone):%H:%M %d/%m/%Y}" if view.due_at else ""
            what = f"{_short(view.procedure_name)} — {OUTCOME_VI[outcome]}{due}"
            say(f"{'':10}Quầy {counter} ghi hồ sơ số {number}: {what}")
            if procedure == "2.000815":  # a certified copy is made and handed over on the spot
                dossiers.update(view.id, DossierStatus.DA_TRA_KET_QUA, ticket=ticket_id)
                say(f"{'':10}Quầy {counter} trả ngay kết quả chứng thực cho số {number}")
    online = dossiers.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, "DEMO-TT-0001", counter_number=6)
    say(f"{'':10}Quầy 6 tiếp nhận hồ sơ trực tuyến {online.code}: {online.procedure_name}")
    finished = [visit for visit in visits if visit[4]]
    for (ticket_id, number, _, counter, _), level in zip(finished[:-1], DEMO_LEVELS, strict=False):
        rating = ratings.add(ticket_id, level, 5, "Chờ lâu" if level <= 2 else None)
        say(f"{'':10}Số {number} đánh giá quầy {counter}: {rating.label}")
    if finished:  # the last one presses a key on its counter's rating pad instead of the screen
        pad = ratings.from_pad(finished[-1][3], 5, 5)
        if pad is not None:
            say(f"{'':10}Bàn phím đánh giá quầy {pad.counter}: {pad.label}")


def _visits_today(app: App) -> list[tuple[int, str, str, int, bool]]:
    """(ticket id, number, service code, counter, finished) of today's visits served at a counter."""

    def work(s: Session) -> list[tuple[int, str, str, int, bool]]:
        today = business_day(app.db.now(s), app.zone)
        rows = s.execute(
            select(Ticket.id, Ticket.number, Service.code, Counter.number, Ticket.status)
            .join(Service, Service.id == Ticket.service_id)
            .join(Counter, Counter.id == Ticket.counter_id)
            .where(Ticket.business_day == today, Ticket.status.in_([TicketStatus.FINISHED, *ACTIVE_STATUSES]))
            .order_by(Ticket.finished_at.is_(None), Ticket.finished_at, Ticket.id)
        ).all()
        return [(row[0], row[1], row[2], row[3], row[4] == TicketStatus.FINISHED) for row in rows]

    return app.db.run(work, readonly=True)


def _short(name: str, width: int = 60) -> str:
    return name if len(name) <= width else name[: name.rfind(" ", 0, width)].rstrip(",;") + "…"
