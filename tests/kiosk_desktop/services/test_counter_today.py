"""Today at one counter, on both databases, on a hand-built day whose answers are worked out below.

The day (Monday 02/03/2026, seconds after 08:00 local; the small test centre: counter 1 calls CT
then HT, counter 2 HT then CT; transfers go to the front):
     0 A001 (CT)   60 A002 (CT)   120 B001 (HT)
   300 counter 1 calls A001 (wait 300, first call here); 420 recalls it; 900 finishes (480 s)
  1000 counter 1 calls A002 (wait 940, first call here); 1100 marks it no-show
  1200 counter 2 calls B001 (wait 1080, first call there); 1260 transfers it to CT
  1300 counter 1 calls B001 (not its first call: no wait counted here); 1600 finishes (300 s)
  1700 counter 1 calls A002 back by number (not a first call); 1900 transfers it to HT
  2000 counter 1 pauses; 2100 counter 2 calls A002, records a refused dossier, 2400 finishes
  2200 an online dossier recorded at counter 1 (no ticket); 2600 counter 1 resumes (600 s)
  3000 A003 (CT); 3100 counter 1 calls it (wait 100, first call); 3400 finishes (300 s)
  3500 counter 1 pauses again; the figures are read at 4100 (the open pause: 600 s so far)
Dossiers at counter 1: A001 two received, B001 one pending a supplement, A003 guidance only, the
online one received: tiep_nhan 3, bo_sung 1, huong_dan 1 (received 4).
Counter 1: served 3 (480, 300, 300: mean 360, longest 480), no-show 1, transferred 1, waits of
3 citizens first called there (300 + 940 + 100) / 3 = 446.7 s, paused 600 + 600 = 1200 s.
Counter 2: served 1 (A002, 300 s), transferred 1, one wait (B001, 1080 s), one refused dossier.
The Friday before, counter 1 served one citizen, recorded a dossier and paused: none of it counts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk_desktop.app import App
from kiosk_desktop.intake_terms import Channel, Outcome
from kiosk_desktop.services.counter_today import counter_today
from tests.helpers import FakeClock
from tests.intake_helpers import setup_intake


@pytest.fixture
def day(app: App, clock: FakeClock, tmp_path: Path) -> App:
    monday = clock.now  # 08:00 local, Monday 02/03/2026
    q = app.queue
    clock.now = monday - timedelta(days=3)  # Friday 27/02
    desk = setup_intake(app, tmp_path)
    friday = q.issue("CT").ticket
    q.call_next(1)
    desk.add(friday.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    clock.advance(minutes=10)
    q.finish(1)
    q.pause(1, "Họp")
    clock.advance(minutes=30)
    q.resume(1)

    def at(seconds: int) -> None:
        clock.now = monday + timedelta(seconds=seconds)

    at(0)
    a001 = q.issue("CT").ticket
    at(60)
    a002 = q.issue("CT").ticket
    at(120)
    b001 = q.issue("HT").ticket
    at(300)
    assert q.call_next(1).id == a001.id  # type: ignore[union-attr]
    desk.add(a001.id, "2.000815", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    desk.add(a001.id, "2.000884", Channel.TRUC_TIEP, Outcome.TIEP_NHAN)
    at(420)
    q.recall(1)
    at(900)
    q.finish(1)
    at(1000)
    assert q.call_next(1).id == a002.id  # type: ignore[union-attr]
    at(1100)
    q.no_show(1)
    at(1200)
    assert q.call_next(2).id == b001.id  # type: ignore[union-attr]
    at(1260)
    q.transfer(2, "CT")
    at(1300)
    assert q.call_next(1).id == b001.id  # type: ignore[union-attr]
    desk.add(b001.id, "1.012784", Channel.TRUC_TIEP, Outcome.BO_SUNG)
    at(1600)
    q.finish(1)
    at(1700)
    q.call_ticket(1, a002.id)
    at(1900)
    q.transfer(1, "HT")
    at(2000)
    q.pause(1, "Nghỉ giải lao")
    at(2100)
    assert q.call_next(2).id == a002.id  # type: ignore[union-attr]
    desk.add(a002.id, "1.004873", Channel.TRUC_TIEP, Outcome.TU_CHOI)
    at(2200)
    desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    at(2400)
    q.finish(2)
    at(2600)
    q.resume(1)
    at(3000)
    a003 = q.issue("CT").ticket
    at(3100)
    assert q.call_next(1).id == a003.id  # type: ignore[union-attr]
    desk.add(a003.id, "2.000884", Channel.TRUC_TIEP, Outcome.HUONG_DAN)
    at(3400)
    q.finish(1)
    at(3500)
    q.pause(1, "Họp")
    at(4100)
    return app


def test_counter_one_today(day: App) -> None:
    mine = counter_today(day.db, day.zone, 1)
    assert (mine.counter, mine.day.isoformat()) == (1, "2026-03-02")
    assert (mine.served, mine.no_show, mine.transferred) == (3, 1, 1)
    assert (mine.service_mean_s, mine.service_max_s) == (360.0, 480.0)
    assert (mine.called, mine.wait_mean_s) == (3, 446.7)
    assert mine.dossiers == {"tiep_nhan": 3, "bo_sung": 1, "tu_choi": 0, "huong_dan": 1}
    assert mine.received == 4
    assert mine.paused_s == 1200.0


def test_counter_two_today(day: App) -> None:
    other = counter_today(day.db, day.zone, 2)
    assert (other.served, other.no_show, other.transferred) == (1, 0, 1)
    assert (other.service_mean_s, other.service_max_s) == (300.0, 300.0)
    assert (other.called, other.wait_mean_s) == (1, 1080.0)
    assert other.dossiers == {"tiep_nhan": 0, "bo_sung": 0, "tu_choi": 1, "huong_dan": 0}
    assert (other.received, other.paused_s) == (0, 0.0)


def test_an_open_pause_grows_until_it_ends(day: App, clock: FakeClock) -> None:
    clock.advance(seconds=90)
    assert counter_today(day.db, day.zone, 1).paused_s == 1290.0
    day.queue.resume(1)
    clock.advance(minutes=30)
    assert counter_today(day.db, day.zone, 1).paused_s == 1290.0


def test_agrees_with_the_full_daily_report(day: App) -> None:
    rows = {row["number"]: row for row in day.daily_report()["by_counter"]}
    for number in (1, 2):
        mine = counter_today(day.db, day.zone, number)
        assert (mine.served, mine.service_mean_s) == (rows[number]["served"], rows[number]["service_mean_s"])


def test_the_next_morning_starts_from_zero(day: App, clock: FakeClock) -> None:
    clock.advance(days=1)
    tuesday = counter_today(day.db, day.zone, 1)
    assert tuesday.day.isoformat() == "2026-03-03"
    assert (tuesday.served, tuesday.no_show, tuesday.transferred, tuesday.called, tuesday.received) == (0, 0, 0, 0, 0)
    assert (tuesday.service_mean_s, tuesday.service_max_s, tuesday.wait_mean_s) == (None, None, None)
    assert tuesday.paused_s == 0.0  # yesterday's open pause is not today's


def test_a_quiet_or_unknown_counter_reads_zeros(day: App) -> None:
    for number in (3, 99):
        quiet = counter_today(day.db, day.zone, number)
        assert (quiet.served, quiet.called, quiet.received, quiet.paused_s) == (0, 0, 0, 0.0)
