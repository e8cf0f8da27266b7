"""Importing the centre file: idempotent, updates in place, retires instead of deleting."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.centre_file import dump_centre_file, load_centre_file
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.services.centre_setup import export_centre, import_centre
from kiosk_desktop.services.holidays import (
    HolidayEntry,
    default_holidays_path,
    holidays_between,
    import_holidays,
    read_holidays,
)
from tests.helpers import SMALL_CENTRE, write_centre


def test_import_twice_changes_nothing_the_second_time(app: App, tmp_path: Path) -> None:
    spec = load_centre_file(write_centre(tmp_path))
    first = import_centre(app.db, spec)
    assert (first.services_added, first.counters_added) == (3, 3)
    second = import_centre(app.db, spec)
    assert second.changed is False


def test_a_policy_change_alone_counts_as_a_change(app: App, tmp_path: Path) -> None:
    import_centre(app.db, load_centre_file(write_centre(tmp_path)))
    summary = import_centre(app.db, load_centre_file(write_centre(tmp_path, priority_policy="interleave")))
    assert summary.changed is True and summary.centre_updated is True
    assert export_centre(app.db).queue.priority_policy == "interleave"


def test_export_reads_back_as_the_same_centre(app: App, tmp_path: Path) -> None:
    spec = load_centre_file(write_centre(tmp_path, priority_policy="interleave", interleave_every=4))
    import_centre(app.db, spec)
    exported = export_centre(app.db)
    assert exported.model_dump(exclude={"counter"}) == spec.model_dump(exclude={"counter"})
    assert [c.services for c in exported.counter] == [c.services for c in spec.counter]
    again = tmp_path / "again.toml"
    again.write_text(dump_centre_file(exported), encoding="utf-8")
    assert import_centre(app.db, load_centre_file(again)).changed is False


def test_reimport_updates_renames_and_retires(app: App, tmp_path: Path) -> None:
    import_centre(app.db, load_centre_file(write_centre(tmp_path)))
    ticket = app.queue.issue("DD").ticket
    app.queue.cancel(ticket.id)  # an open ticket would block retiring its service
    changed = SMALL_CENTRE.replace('name = "Hộ tịch"', 'name = "Hộ tịch - Chứng thực chữ ký"')
    changed = changed[: changed.index('[[service]]\ncode = "DD"')] + (
        '[[counter]]\nnumber = 1\nservices = ["HT", "CT"]\n'
    )
    summary = import_centre(app.db, load_centre_file(write_centre(tmp_path / "..", changed)))
    assert summary.services_updated == 1 and summary.services_deactivated == 1
    assert summary.counters_updated == 1 and summary.counters_deactivated == 2
    status = app.status()
    assert [s.code for s in status.services] == ["CT", "HT"]
    assert status.services[1].name == "Hộ tịch - Chứng thực chữ ký"
    assert [(c.number, c.services) for c in status.counters] == [(1, ["HT", "CT"])]
    # the retired service's ticket is still in the history
    assert app.daily_report(ticket.business_day)["tickets"]["issued"] == 1


def test_import_refuses_to_strand_open_tickets(app: App, tmp_path: Path) -> None:
    import_centre(app.db, load_centre_file(write_centre(tmp_path)))
    app.queue.issue("DD")
    app.queue.call_next(3)  # counter 3 holds C0100
    without_dd = SMALL_CENTRE[: SMALL_CENTRE.index('[[service]]\ncode = "DD"')] + (
        '[[counter]]\nnumber = 1\nservices = ["CT", "HT"]\n'
    )
    with pytest.raises(RuleViolation) as raised:
        import_centre(app.db, load_centre_file(write_centre(tmp_path, without_dd)))
    assert "C0100" in raised.value.message and "Chưa nạp cấu hình" in raised.value.message
    assert [c.number for c in app.status().counters] == [1, 2, 3]  # nothing was written
    app.queue.finish(3)
    summary = import_centre(app.db, load_centre_file(write_centre(tmp_path, without_dd)))
    assert (summary.services_deactivated, summary.counters_deactivated) == (1, 2)


def test_a_prefix_that_printed_today_cannot_move_to_another_service(app: App, tmp_path: Path) -> None:
    import_centre(app.db, load_centre_file(write_centre(tmp_path)))
    app.queue.issue("CT")  # A001 printed today
    app.queue.call_next(1)
    app.queue.finish(1)
    renamed = SMALL_CENTRE.replace('code = "CT"', 'code = "CTN"').replace('["CT", "HT"]', '["CTN", "HT"]')
    renamed = renamed.replace('["HT", "CT"]', '["HT", "CTN"]')
    with pytest.raises(RuleViolation) as raised:
        import_centre(app.db, load_centre_file(write_centre(tmp_path, renamed)))
    assert "'A'" in raised.value.message and "CT" in raised.value.message
    assert app.queue.issue("CT").ticket.number == "A002"


def test_a_new_centre_gets_the_built_in_holidays_once(app: App, tmp_path: Path) -> None:
    built_in = read_holidays(default_holidays_path())
    first = import_centre(app.db, load_centre_file(write_centre(tmp_path)))
    assert first.holidays_added == len(built_in) > 10
    tet = [h for h in built_in if h.day.month == 2]
    assert holidays_between(app.db, tet[0].day, tet[-1].day) == tet
    assert import_centre(app.db, load_centre_file(write_centre(tmp_path))).holidays_added == 0


def test_a_centre_with_its_own_holidays_keeps_them(app: App, tmp_path: Path) -> None:
    own = [HolidayEntry(date(2026, 9, 2), "Quốc khánh")]
    import_holidays(app.db, own)
    assert import_centre(app.db, load_centre_file(write_centre(tmp_path))).holidays_added == 0
    assert holidays_between(app.db, date(2026, 1, 1), date(2026, 12, 31)) == own
