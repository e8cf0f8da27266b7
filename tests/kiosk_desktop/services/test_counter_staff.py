"""Officers sign in at counters; the events they cause carry them, for per-officer figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.schema import CounterEvent, Officer, TicketEvent
from kiosk_desktop.app import App
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.errors import NotFound, RuleViolation
from kiosk_desktop.services.centre_setup import export_centre, import_centre
from tests.helpers import SMALL_CENTRE, load_centre, write_centre

OFFICERS = """
[[officer]]
code = "CB01"
name = "Nguyễn Thị Lan"

[[officer]]
code = "CB02"
name = "Trần Văn Minh"
"""


@pytest.fixture
def staffed(app: App, tmp_path: Path) -> App:
    load_centre(app, tmp_path, SMALL_CENTRE + OFFICERS)
    return app


def test_officers_are_listed_by_name(staffed: App) -> None:
    assert [(o.code, o.name) for o in staffed.queue.officers()] == [
        ("CB01", "Nguyễn Thị Lan"),
        ("CB02", "Trần Văn Minh"),
    ]


def test_events_at_a_counter_carry_the_signed_in_officer(staffed: App) -> None:
    staffed.queue.sign_in(1, "CB02")
    ticket = staffed.queue.issue("CT").ticket
    staffed.queue.call_next(1)
    staffed.queue.finish(1)
    with staffed.db.session() as s:
        minh = s.scalars(select(Officer).where(Officer.code == "CB02")).one()
        kinds = {e.kind: e.officer_id for e in s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket.id))}
    assert kinds["issued"] is None  # the kiosk is nobody's
    assert kinds["called"] == minh.id and kinds["finished"] == minh.id


def test_signing_in_elsewhere_leaves_the_old_counter(staffed: App) -> None:
    staffed.queue.sign_in(1, "CB01")
    staffed.queue.sign_in(2, "CB01")
    assert staffed.queue.signed_in(1) is None
    now_at_2 = staffed.queue.signed_in(2)
    assert now_at_2 is not None and now_at_2.code == "CB01"
    with staffed.db.session() as s:
        kinds = [e.kind for e in s.scalars(select(CounterEvent).order_by(CounterEvent.id))]
    assert kinds == ["officer_signed_in", "officer_signed_out", "officer_signed_in"]


def test_taking_an_occupied_counter_signs_the_other_officer_out(staffed: App) -> None:
    staffed.queue.sign_in(1, "CB01")
    staffed.queue.sign_in(1, "CB02")
    with staffed.db.session() as s:
        rows = [(e.kind, e.officer_id) for e in s.scalars(select(CounterEvent).order_by(CounterEvent.id))]
        ids = {o.code: o.id for o in s.scalars(select(Officer))}
    assert rows == [
        ("officer_signed_in", ids["CB01"]),
        ("officer_signed_out", ids["CB01"]),
        ("officer_signed_in", ids["CB02"]),
    ]


def test_sign_out_and_unknown_officer_are_refused_clearly(staffed: App) -> None:
    with pytest.raises(RuleViolation, match="chưa có cán bộ"):
        staffed.queue.sign_out(3)
    with pytest.raises(NotFound, match="CB99"):
        staffed.queue.sign_in(1, "CB99")


def test_an_officer_left_out_of_the_file_is_retired_not_deleted(staffed: App, tmp_path: Path) -> None:
    only_lan = SMALL_CENTRE + OFFICERS.split('[[officer]]\ncode = "CB02"')[0]
    summary = import_centre(staffed.db, load_centre_file(write_centre(tmp_path, only_lan)))
    assert summary.officers_changed == 1
    assert [o.code for o in staffed.queue.officers()] == ["CB01"]
    assert [o.code for o in export_centre(staffed.db).officer] == ["CB01"]
    with staffed.db.session() as s:
        assert len(s.scalars(select(Officer)).all()) == 2
