"""Dossiers at the counter on both databases: attribution, promised dates, status changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from db.intake_schema import Dossier, DossierEvent
from db.schema import Officer
from kiosk_desktop.app import App
from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.errors import NotFound, RuleViolation
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.holidays import HolidayEntry, import_holidays
from tests.helpers import FakeClock
from tests.intake_helpers import SMALL_CATALOGUE, sample_day, serve, setup_intake, write_catalogue

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
S = DossierStatus


def local(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=HCM)


@pytest.fixture
def desk(app: App, clock: FakeClock, tmp_path: Path) -> DossierService:
    return setup_intake(app, tmp_path)


def _events(app: App, dossier_id: int) -> list[tuple[str, int | None, int | None, str | None, str]]:
    """(status, ticket id, counter number, officer code, source) of each event, oldest first."""

    def work(s):  # type: ignore[no-untyped-def]
        from db.schema import Counter

        rows = s.execute(
            select(DossierEvent.status, DossierEvent.ticket_id, Counter.number, Officer.code, DossierEvent.source)
            .outerjoin(Counter, Counter.id == DossierEvent.counter_id)
            .outerjoin(Officer, Officer.id == DossierEvent.officer_id)
            .where(DossierEvent.dossier_id == dossier_id)
            .order_by(DossierEvent.id)
        )
        return [tuple(row) for row in rows]

    return app.db.run(work, readonly=True)  # type: ignore[no-any-return]


def _dossier_count(app: App) -> int:
    return int(app.db.run(lambda s: s.scalar(select(func.count()).select_from(Dossier)), readonly=True))


def test_the_sample_day_gives_the_answers_worked_out_by_hand(app: App, clock: FakeClock, tmp_path: Path) -> None:
    day = sample_day(app, clock, tmp_path)
    copy, signature, marriage, land, guided, online = (
        day[k] for k in ("copy", "signature", "marriage", "land", "guided", "online")
    )
    for certified in (copy, signature):
        assert (certified.status, certified.counter, certified.officer, certified.digitised) == (
            "da_tra_ket_qua", 1, "CB01", True
        )  # fmt: skip
        assert certified.due_at == local(2, 17)
        assert certified.resolved_at == certified.returned_at == local(2, 8, 10)
    assert (marriage.code, marriage.counter, marriage.officer, marriage.due_at) == ("HS-B001", 2, "CB02", local(5, 17))
    assert (marriage.resolved_at, marriage.returned_at, marriage.status) == (
        local(4, 10),
        local(9, 9),
        "da_tra_ket_qua",
    )
    # promised Mon 23/03 17:00; the wait Mon 02/03 08:20 -> Wed 04/03 08:20 used 16 office hours
    # (3h40 + 4h, 8h, 20 min), so the promise moves two working days: Wed 25/03 17:00
    assert (land.outcome, land.status, land.due_at, land.paused_seconds) == (
        "bo_sung",
        "da_bo_sung",
        local(25, 17),
        172_800,
    )
    assert (land.counter, land.officer) == (3, None)  # nobody signed in at counter 3
    assert (guided.outcome, guided.status, guided.due_at) == ("huong_dan", "khong_tiep_nhan", None)
    assert (online.channel, online.ticket_id, online.counter, online.officer) == ("truc_tuyen", None, 2, "CB02")
    assert (online.due_at, online.resolved_at) == (local(5, 17), local(6, 9))
    assert _dossier_count(app) == 6


def test_dossier_recorded_while_serving_takes_counter_and_officer(app: App, desk: DossierService) -> None:
    ticket = app.queue.issue("HT").ticket
    app.queue.call_ticket(2, ticket.id)
    view = desk.add(ticket.id, "1.004873", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, code="HS-1", by_post=True)
    assert (view.ticket_id, view.ticket_number, view.counter, view.officer) == (ticket.id, "B001", 2, "CB02")
    assert (view.procedure, view.field, view.procedure_version, view.return_by_post) == ("1.004873", "Hộ tịch", 1, True)
    assert (view.received_at, view.due_at) == (local(2, 8), local(5, 17))  # Monday 08:00 + 3 working days
    assert desk.add(ticket.number, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN).ticket_id == ticket.id  # by number
    assert [d.procedure for d in desk.for_ticket(ticket.id)] == ["1.004873", "2.000815"]
    assert _events(app, view.id) == [("da_tiep_nhan", ticket.id, 2, "CB02", "counter")]


def test_a_finished_visit_keeps_the_officer_who_finished_it(app: App, clock: FakeClock, desk: DossierService) -> None:
    served = serve(app, clock, 1, "CT", [])
    app.queue.sign_in(1, "CB02")  # the counter changes hands before the dossier is typed in
    view = desk.add(served.ticket_id, "2.000884", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    assert (view.counter, view.officer) == (1, "CB01")


def test_which_tickets_can_take_a_dossier(app: App, clock: FakeClock, desk: DossierService) -> None:
    waiting = app.queue.issue("CT").ticket
    with pytest.raises(RuleViolation, match="đang được phục vụ"):
        desk.add(waiting.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    app.queue.call_ticket(1, waiting.id)
    app.queue.no_show(1)
    with pytest.raises(RuleViolation):
        desk.add(waiting.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    yesterday = serve(app, clock, 1, "CT", [])
    clock.advance(days=1)
    with pytest.raises(RuleViolation, match="hôm nay"):
        desk.add(yesterday.ticket_id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    with pytest.raises(NotFound):
        desk.add(999_999, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    assert _dossier_count(app) == 0


def test_ticket_and_counter_must_agree(app: App, desk: DossierService) -> None:
    ticket = app.queue.issue("CT").ticket
    app.queue.call_ticket(1, ticket.id)
    with pytest.raises(RuleViolation, match="không phải quầy 2"):
        desk.add(ticket.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=2)
    assert desk.add(ticket.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1).counter == 1


def test_without_a_ticket_the_counter_is_needed(app: App, desk: DossierService) -> None:
    with pytest.raises(RuleViolation, match="--counter"):
        desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN)
    with pytest.raises(NotFound, match="quầy số 9"):
        desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=9)
    view = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    assert (view.ticket_id, view.counter, view.officer, view.business_day.isoformat()) == (
        None,
        1,
        "CB01",
        "2026-03-02",
    )


def test_procedure_lookup(app: App, desk: DossierService, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="procedures search"):
        desk.add(None, "1.999999", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    # the province now publishes its own variant of 2.001159 and has dropped 1.004873
    marriage_row = "3,Cấp Giấy xác nhận tình trạng hôn nhân,1.004873,Hộ tịch,03 ngày làm việc,Toàn trình,,x\n"
    province = SMALL_CATALOGUE.replace("2.001159,", "2.001159.H19,").replace(marriage_row, "")
    import_catalogue(app.db, write_catalogue(tmp_path, province, "v2.csv"))
    online = Channel.TRUC_TUYEN, Outcome.TIEP_NHAN
    assert desk.add(None, "2.001159", *online, counter_number=1).procedure == "2.001159.H19"
    assert desk.add(None, " 2.001159.h19 ", *online, counter_number=1).procedure == "2.001159.H19"
    with pytest.raises(RuleViolation, match="không còn trong danh mục"):
        desk.add(None, "1.004873", *online, counter_number=1)


def test_wildcards_typed_in_a_code_match_nothing(app: App, desk: DossierService, tmp_path: Path) -> None:
    """'_' and '%' are LIKE wildcards: typed in a code they must be plain characters, not find
    2.001159.H19 (or every code with a dot) as the one province variant."""
    province = SMALL_CATALOGUE.replace("2.001159,", "2.001159.H19,")
    import_catalogue(app.db, write_catalogue(tmp_path, province, "v2.csv"))
    online = Channel.TRUC_TUYEN, Outcome.TIEP_NHAN
    for typed in ("2_001159", "%", "2.00115%"):
        with pytest.raises(NotFound, match="procedures search"):
            desk.add(None, typed, *online, counter_number=1)
    assert desk.add(None, "2.001159", *online, counter_number=1).procedure == "2.001159.H19"


@pytest.mark.parametrize(
    ("outcome", "status", "due"),
    [
        (Outcome.TIEP_NHAN, "da_tiep_nhan", local(23, 17)),
        (Outcome.BO_SUNG, "yeu_cau_bo_sung", local(23, 17)),
        (Outcome.TU_CHOI, "khong_tiep_nhan", None),
        (Outcome.HUONG_DAN, "khong_tiep_nhan", None),
    ],
)
def test_outcome_sets_the_first_status(
    desk: DossierService, outcome: Outcome, status: str, due: datetime | None
) -> None:
    view = desk.add(None, "1.012784", Channel.TRUC_TIEP, outcome, counter_number=1)
    assert (view.outcome, view.status, view.due_at) == (outcome.value, status, due)


def test_limits_by_unit(desk: DossierService, clock: FakeClock) -> None:
    clock.advance(hours=7, minutes=30)  # Monday 15:30: after the cut-off
    same_day = desk.add(None, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1)
    calendar_days = desk.add(None, "2.001263", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1)
    hours = desk.add(None, "2.001159", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1)
    assert same_day.due_at == local(3, 17)  # Tuesday
    assert calendar_days.due_at == local(2, 17, month=4)  # starts Tue 3 March; + 30 days = Thu 2 April
    assert hours.due_at == local(2, 16, 30)


def test_holidays_move_the_promised_date(app: App, desk: DossierService, clock: FakeClock) -> None:
    import_holidays(
        app.db, [HolidayEntry(local(3, 0).date(), "Nghỉ thử"), HolidayEntry(local(4, 0).date(), "Nghỉ thử 2")]
    )
    view = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    assert view.due_at == local(9, 17)  # Mon 2 + 3 working days, skipping Tue 3 and Wed 4: Thu 5, Fri 6, Mon 9


def test_a_procedure_without_a_limit_has_no_promised_date(app: App, desk: DossierService, tmp_path: Path) -> None:
    import_catalogue(app.db, write_catalogue(tmp_path, SMALL_CATALOGUE.replace("01 giờ", ""), "v2.csv"))
    assert desk.add(None, "2.001159", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1).due_at is None


def test_dossier_codes_are_unique_while_live(desk: DossierService) -> None:
    refused = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TU_CHOI, "HS-9", counter_number=1)
    received = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, " HS-9 ", counter_number=1)
    assert (refused.code, received.code) == ("HS-9", "HS-9")
    with pytest.raises(RuleViolation, match=f"hồ sơ #{received.id}"):
        desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, "HS-9", counter_number=1)
    assert desk.get("HS-9").id == received.id  # the live one, not the refused one
    with pytest.raises(RuleViolation, match="64"):
        desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, "X" * 65, counter_number=1)


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ([S.DA_GIAI_QUYET, S.DA_TRA_KET_QUA], S.DA_GIAI_QUYET),
        ([S.DA_TRA_KET_QUA], S.YEU_CAU_BO_SUNG),
        ([S.RUT_HO_SO], S.DA_GIAI_QUYET),
        ([S.YEU_CAU_BO_SUNG], S.DA_GIAI_QUYET),  # the supplement must come first
        ([S.YEU_CAU_BO_SUNG, S.DA_BO_SUNG, S.YEU_CAU_BO_SUNG, S.DA_BO_SUNG, S.DA_GIAI_QUYET], S.DA_BO_SUNG),
        ([], S.DA_BO_SUNG),
    ],
)
def test_transitions(desk: DossierService, clock: FakeClock, path: list[DossierStatus], refused: DossierStatus) -> None:
    view = desk.add(None, "1.012784", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1)
    for status in path:
        clock.advance(hours=1)
        view = desk.update(view.id, status)
        assert view.status == status
    with pytest.raises(RuleViolation, match="không chuyển sang"):
        desk.update(view.id, refused)
    assert desk.get(view.id).status == (path[-1] if path else S.DA_TIEP_NHAN)


def test_refused_at_intake_is_final(desk: DossierService) -> None:
    view = desk.add(None, "1.012784", Channel.TRUC_TIEP, Outcome.TU_CHOI, counter_number=1)
    with pytest.raises(RuleViolation, match="đã kết thúc"):
        desk.update(view.id, S.DA_GIAI_QUYET)


def test_supplement_pauses_add_up(desk: DossierService, clock: FakeClock) -> None:
    view = desk.add(None, "1.012784", Channel.TRUC_TIEP, Outcome.BO_SUNG, counter_number=1)  # paused from 08:00
    clock.advance(hours=2)
    view = desk.update(view.id, S.DA_BO_SUNG, local(2, 9, 30))
    assert view.paused_seconds == 5400
    clock.advance(days=3)  # Thursday 10:00
    view = desk.update(view.id, S.YEU_CAU_BO_SUNG, local(4, 10))
    assert view.paused_seconds == 5400  # the running pause is not counted until it ends
    view = desk.update(view.id, S.RUT_HO_SO, local(5, 7, 45))
    assert view.paused_seconds == 5400 + 21 * 3600 + 45 * 60
    assert (view.resolved_at, view.returned_at) == (None, None)


def test_status_times_must_follow_each_other_and_not_be_ahead(desk: DossierService, clock: FakeClock) -> None:
    view = desk.add(None, "1.012784", Channel.TRUC_TIEP, Outcome.TIEP_NHAN, counter_number=1)
    with pytest.raises(RuleViolation, match="tương lai"):
        desk.update(view.id, S.DA_GIAI_QUYET, local(2, 9))
    with pytest.raises(RuleViolation, match="sớm hơn"):
        desk.update(view.id, S.DA_GIAI_QUYET, local(2, 7, 59))
    clock.advance(days=2)
    resolved = desk.update(view.id, S.DA_GIAI_QUYET, local(3, 16))
    assert resolved.resolved_at == local(3, 16)
    returned = desk.update(view.id, S.DA_TRA_KET_QUA)
    assert (returned.resolved_at, returned.returned_at) == (local(3, 16), local(4, 8))


def test_result_returned_at_a_visit(app: App, clock: FakeClock, desk: DossierService) -> None:
    online = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, "HS-77", counter_number=2)
    clock.advance(days=1)
    desk.update("HS-77", S.DA_GIAI_QUYET)
    clock.advance(hours=2)
    ticket = app.queue.issue("CT").ticket  # the citizen comes to collect the result
    app.queue.call_ticket(1, ticket.id)
    returned = desk.record_return(ticket.id, "HS-77")
    assert (returned.status, returned.returned_at) == ("da_tra_ket_qua", local(3, 10))
    assert _events(app, online.id) == [
        ("da_tiep_nhan", None, 2, "CB02", "counter"),
        ("da_giai_quyet", None, None, None, "counter"),
        ("da_tra_ket_qua", ticket.id, 1, "CB01", "counter"),
    ]
    with pytest.raises(NotFound, match="không cần ghi thêm"):
        desk.record_return(ticket.id, "HS-CHUA-CO")
    assert _dossier_count(app) == 1  # no placeholder for a code we do not hold


def test_a_failure_while_recording_writes_nothing(
    app: App, desk: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk_desktop.services.dossiers as dossiers

    def broken(*args: object) -> None:
        raise RuntimeError("network cable pulled")

    monkeypatch.setattr(dossiers, "_event", broken)
    with pytest.raises(RuntimeError):
        desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    assert _dossier_count(app) == 0


def test_utc_storage_round_trips(desk: DossierService) -> None:
    view = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    assert view.received_at == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    assert view.due_at is not None and view.due_at - view.received_at == timedelta(days=3, hours=9)
