"""Hand-checkable intake days for tests and benchmarks: tickets -> dossiers -> status changes.

Building blocks:
- `setup_intake(app, folder)`: the small test centre (tests/helpers.SMALL_CENTRE) plus two
  officers signed in at counters 1 and 2, the [[field]] mapping below, and SMALL_CATALOGUE.
- `serve(app, clock, counter, service, dossiers)`: one visit: issue, call, record dossiers, finish.
- `change(app, clock, dossier_id, status, **advance)`: move the clock, then record a status.
- `sample_day(app, clock, folder)`: the day below, with every answer worked out by hand.

SMALL_CATALOGUE (all times Asia/Ho_Chi_Minh; FakeClock starts Monday 2 March 2026, 08:00):
    2.000815  Chứng thực bản sao ...           Chứng thực -> CT   Trong ngày
    2.000884  Chứng thực chữ ký ...            Chứng thực -> CT   Trong ngày
    1.004873  Cấp Giấy xác nhận TTHN           Hộ tịch    -> HT   03 ngày làm việc
    1.012784  Tách thửa hoặc hợp thửa đất      Đất đai    -> DD   15 ngày làm việc
    2.001263  Đăng ký nuôi con nuôi trong nước Nuôi con nuôi (no service)  30 ngày
    2.001159  Thông báo lưu trú                Cư trú (no service)         01 giờ

sample_day (no holidays loaded; nothing in March 2026 is one):
  08:00 A001 at counter 1 (officer CB01): two certified copies (2.000815, 2.000884), in person,
        both digitised, due Mon 02/03 17:00; at 08:10 both handed over (da_tra_ket_qua).
  08:10 B001 at counter 2 (CB02): 1.004873 in person, code HS-B001, due Thu 05/03 17:00.
  08:20 C001 at counter 3 (nobody signed in): 1.012784 outcome bo_sung, due Mon 23/03 17:00
        (15 working days after Mon 02/03); a guidance-only 1.004873 (huong_dan, no due date).
  08:30 online 1.004873 (no ticket) attributed to counter 2, code HS-ON-1, due Thu 05/03 17:00.
  Later: Wed 04/03 10:00 B001's dossier resolved (early); Wed 04/03 08:20 C001's supplement
  received (paused exactly 2 days = 172800 s); Fri 06/03 09:00 the online dossier resolved
  (overdue: due Thu 05/03); Mon 09/03 09:00 B001's dossier returned.
  Totals: tickets 3 (all finished); dossiers 6; received (tiep_nhan + bo_sung) 5, of which
  online 1, in person 4; guidance only 1; digitised 2; resolved 4 (2 same day, 1 early,
  1 overdue); in progress 1 (the land dossier, within time until 25/03)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk_desktop.app import App
from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome
from kiosk_desktop.services.dossier_views import DossierView
from kiosk_desktop.services.dossiers import DossierService
from tests.helpers import SMALL_CENTRE, FakeClock, load_centre

INTAKE_CENTRE = (
    SMALL_CENTRE
    + """
[[officer]]
code = "CB01"
name = "Nguyễn Thị Lan"

[[officer]]
code = "CB02"
name = "Trần Văn Hùng"

[[field]]
name = "Chứng thực"
service = "CT"

[[field]]
name = "Hộ tịch"
service = "HT"

[[field]]
name = "Đất đai"
service = "DD"
"""
)

SMALL_CATALOGUE = """STT,Tên TTHC,Mã TTHC,Lĩnh vực,Thời hạn giải quyết,Mức độ DVC,"Phí, lệ phí",Bưu chính
1,"Chứng thực bản sao từ bản chính giấy tờ, văn bản",2.000815,Chứng thực,Trong ngày,Một phần,2.000 đồng/trang,
2,"Chứng thực chữ ký trong các giấy tờ, văn bản",2.000884,Chứng thực,Trong ngày,,10.000 đồng,
3,Cấp Giấy xác nhận tình trạng hôn nhân,1.004873,Hộ tịch,03 ngày làm việc,Toàn trình,,x
4,Tách thửa hoặc hợp thửa đất,1.012784,Đất đai,15 ngày làm việc,Một phần,,x
5,Đăng ký việc nuôi con nuôi trong nước,2.001263,Nuôi con nuôi,30 ngày,,400.000 đồng,
6,Thông báo lưu trú,2.001159,Cư trú,01 giờ,Toàn trình,,
"""


@dataclass(frozen=True)
class Intake:
    """One dossier to record at a visit (defaults: received in person, nothing else)."""

    procedure: str
    outcome: Outcome = Outcome.TIEP_NHAN
    channel: Channel = Channel.TRUC_TIEP
    code: str | None = None
    digitised: bool = False
    by_post: bool = False


@dataclass
class Served:
    ticket_id: int
    number: str
    dossiers: list[DossierView] = field(default_factory=list)


def write_catalogue(folder: Path, text: str = SMALL_CATALOGUE, name: str = "catalogue.csv") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def setup_intake(app: App, folder: Path) -> DossierService:
    load_centre(app, folder, INTAKE_CENTRE)
    import_catalogue(app.db, write_catalogue(folder))
    app.queue.sign_in(1, "CB01")
    app.queue.sign_in(2, "CB02")
    return DossierService(app.db, app.zone)


def serve(
    app: App, clock: FakeClock, counter: int, service: str, dossiers: list[Intake], *, minutes: float = 10
) -> Served:
    """Issue, call at once, record the dossiers while serving, finish `minutes` later."""
    service_desk = DossierService(app.db, app.zone)
    ticket = app.queue.issue(service).ticket
    app.queue.call_ticket(counter, ticket.id)
    served = Served(ticket.id, ticket.number)
    for item in dossiers:
        served.dossiers.append(
            service_desk.add(
                ticket.id, item.procedure, item.channel, item.outcome, item.code, item.digitised, item.by_post
            )
        )
    clock.advance(minutes=minutes)
    app.queue.finish(counter)
    return served


def change(app: App, clock: FakeClock, dossier_id: int, status: DossierStatus, **advance: float) -> DossierView:
    clock.advance(**advance)
    return DossierService(app.db, app.zone).update(dossier_id, status)


def sample_day(app: App, clock: FakeClock, folder: Path) -> dict[str, DossierView]:
    """The day in the module docstring; returns its dossiers (final state) by a short name."""
    desk = setup_intake(app, folder)
    copies = serve(app, clock, 1, "CT", [Intake("2.000815", digitised=True), Intake("2.000884", digitised=True)])
    for dossier in copies.dossiers:
        desk.update(dossier.id, DossierStatus.DA_TRA_KET_QUA, ticket=copies.ticket_id)
    marriage = serve(app, clock, 2, "HT", [Intake("1.004873", code="HS-B001")]).dossiers[0]
    land, guided = serve(
        app, clock, 3, "DD", [Intake("1.012784", Outcome.BO_SUNG), Intake("1.004873", Outcome.HUONG_DAN)]
    ).dossiers
    online = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, "HS-ON-1", counter_number=2)
    # Wed 04/03: 08:20 the supplement for the land dossier (2 days after 08:20 Monday), 10:00 B001 resolved
    clock.advance(days=2, minutes=-10)  # clock was Mon 08:30
    land = desk.update(land.id, DossierStatus.DA_BO_SUNG)
    marriage = change(app, clock, marriage.id, DossierStatus.DA_GIAI_QUYET, hours=1, minutes=40)
    online = change(app, clock, online.id, DossierStatus.DA_GIAI_QUYET, days=1, hours=23)  # Fri 06/03 09:00
    marriage = change(app, clock, marriage.id, DossierStatus.DA_TRA_KET_QUA, days=3)  # Mon 09/03 09:00
    first, second = (desk.get(d.id) for d in copies.dossiers)
    return {"copy": first, "signature": second, "marriage": marriage, "land": land, "guided": guided, "online": online}
