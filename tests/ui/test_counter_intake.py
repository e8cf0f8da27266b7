"""The counter's dossier panel and rating screen, against the real intake services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.intake_schema import Rating
from kiosk_desktop.catalogue import search
from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.errors import RuleViolation, StorageUnavailable
from kiosk_desktop.floor_settings import CounterSettings, FloorSettings
from kiosk_desktop.intake_terms import Channel, Outcome
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.ratings import RatingService
from tests.ui.conftest import FloorFactory, shown
from ui.counter_window import CounterWindow
from ui.floor import Floor
from ui.operations import Load
from ui.rating_dialog import RatingDialog

CATALOGUE = """STT,Tên TTHC,Mã TTHC,Lĩnh vực
1,Đăng ký khai sinh,1.001193,Hộ tịch
2,Chứng thực bản sao từ bản chính,2.000815,Chứng thực
"""


def with_catalogue(floor: Floor, folder: Path) -> None:
    path = folder / "catalogue.csv"
    path.write_text(CATALOGUE, encoding="utf-8")
    import_catalogue(floor.app.db, path)


def serving(qtbot: QtBot, floor: Floor) -> CounterWindow:
    floor.app.queue.issue("HT")
    window = CounterWindow(floor, 1)
    shown(qtbot, window, (1366, 768))
    qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000):
        window.perform("next")
    return window


def test_record_a_dossier_for_the_citizen_at_the_counter(floor: Floor, qtbot: QtBot, tmp_path: Path) -> None:
    with_catalogue(floor, tmp_path)
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    assert window.tabs.currentWidget() is panel  # a new citizen: the dossier tab comes forward
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("khai sinh")  # no accents needed either
    assert panel.choose("1.001193")
    panel.code.setText("HS-0001")
    assert panel.record.isEnabled()
    with qtbot.waitSignal(window.dossiers.recorded, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    dossier = blocker.args[0]
    assert dossier.procedure == "1.001193" and dossier.code == "HS-0001"
    assert dossier.outcome == Outcome.TIEP_NHAN and dossier.counter == 1
    assert window.card.ticket is not None and dossier.ticket_id == window.card.ticket.id
    stored = DossierService(floor.app.db, floor.app.zone).for_ticket(dossier.ticket_id)
    assert [d.code for d in stored] == ["HS-0001"]
    qtbot.waitUntil(lambda: "1.001193 Đăng ký khai sinh" in panel.recorded.text(), timeout=5000)


def test_a_search_without_accents_finds_the_procedure(floor: Floor, qtbot: QtBot, tmp_path: Path) -> None:
    with_catalogue(floor, tmp_path)
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("chung thuc ban sao")
    assert panel.results.count() == 1 and panel.chosen() is not None
    assert panel.chosen().code == "2.000815"  # type: ignore[union-attr]


def test_without_a_ticket_nothing_can_be_recorded(floor: Floor, qtbot: QtBot, tmp_path: Path) -> None:
    with_catalogue(floor, tmp_path)
    window = CounterWindow(floor, 1)
    shown(qtbot, window, (1366, 768))
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("1.001193")
    assert panel.chosen() is not None
    assert not panel.record.isEnabled()


def test_a_rating_after_finish_is_stored_for_the_visit(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(FloorSettings(counter=CounterSettings(ask_rating=True, rating_levels=3)))
    window = serving(qtbot, floor)
    qtbot.waitUntil(lambda: window.moves.is_allowed("finish"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        window.perform("finish")
    finished = blocker.args[1]
    dialog = rating_screen(window)
    assert sorted(dialog.levels) == [1, 2, 3]
    dialog.choose(1)  # not satisfied: the reasons appear, nothing stored yet
    assert dialog.reasons[0].isVisible() or not dialog.isVisible()
    qtbot.mouseClick(dialog.reasons[0], Qt.MouseButton.LeftButton)
    window.ops.wait()
    qtbot.wait(100)
    again = RatingService(floor.app.db, floor.app.zone)
    with pytest.raises(RuleViolation, match="đã được đánh giá"):  # stored: a second one is refused
        again.add(finished.id, 3, 3)


def rating_screen(window: CounterWindow, default: Any = ...) -> Any:
    screens = [dialog for dialog in window.findChildren(RatingDialog) if dialog.isVisible()]
    if default is ...:
        assert len(screens) == 1
    return screens[0] if screens else default


def call_next(qtbot: QtBot, window: CounterWindow) -> Any:
    qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        window.perform("next")
    return blocker.args[1]


def finish(qtbot: QtBot, window: CounterWindow) -> Any:
    qtbot.waitUntil(lambda: window.moves.is_allowed("finish"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        window.perform("finish")
    return blocker.args[1]


def test_two_quick_clicks_record_the_dossier_once(floor: Floor, qtbot: QtBot, tmp_path: Path) -> None:
    with_catalogue(floor, tmp_path)
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("khai sinh")
    assert panel.choose("1.001193")  # no dossier code: nothing in the database would refuse a twin
    ticket = panel.ticket
    assert ticket is not None
    with qtbot.waitSignal(window.dossiers.recorded, timeout=10_000):
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)  # before the first one is saved
    window.ops.wait()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=5000)
    stored = DossierService(floor.app.db, floor.app.zone).for_ticket(ticket.id)
    assert [d.procedure for d in stored] == ["1.001193"]


def test_a_failed_save_gives_the_button_back(
    floor: Floor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_catalogue(floor, tmp_path)
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("khai sinh")
    assert panel.choose("1.001193")

    def down(*_args: Any) -> None:
        raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")

    monkeypatch.setattr(window.dossiers.service, "add", down)
    with qtbot.waitSignal(window.dossiers.failed, timeout=10_000):
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    assert not panel.saving and panel.record.isEnabled()  # the draft is still there to try again
    assert "Không kết nối được" in window.message.text()


def test_the_catalogue_is_loaded_again_when_the_database_is_back(
    floor: Floor, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_catalogue(floor, tmp_path)
    real = search.catalogue_entries
    down = [True]

    def unreachable() -> None:
        raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")

    def catalogue_entries(database: Any) -> Any:
        if down[0]:
            unreachable()
        return real(database)

    monkeypatch.setattr("ui.counter_dossiers.catalogue_entries", catalogue_entries)
    window = CounterWindow(floor, 1)  # the counter PC boots while the database is down
    shown(qtbot, window, (1366, 768))
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.catalogue_note.isVisibleTo(panel), timeout=5000)
    assert "Chưa tải được danh mục thủ tục" in panel.catalogue_note.text()
    assert panel.index is None
    down[0] = False
    window.reads.run(unreachable)  # the database is seen down once more on that lane ...
    window.reads.run(lambda: None)  # ... then it answers again
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    assert not panel.catalogue_note.isVisibleTo(panel)
    panel.search.setText("khai sinh")
    assert panel.results.count() == 1


def test_a_catalogue_reimported_during_the_day_reaches_the_counter(floor: Floor, qtbot: QtBot, tmp_path: Path) -> None:
    with_catalogue(floor, tmp_path)
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("khai sinh")
    assert panel.choose("1.001193")
    catalogue = window.dossiers.catalogue
    assert isinstance(catalogue, Load) and catalogue._every.isActive()  # repeated on a schedule
    assert 60_000 <= catalogue._every.interval() <= 15 * 60_000
    path = tmp_path / "catalogue2.csv"
    path.write_text(CATALOGUE + "3,Đăng ký kết hôn,1.000894,Hộ tịch\n", encoding="utf-8")
    import_catalogue(floor.app.db, path)
    before = panel.index
    catalogue._every.timeout.emit()  # what the timer does every few minutes
    qtbot.waitUntil(lambda: panel.index is not before, timeout=5000)
    assert panel.chosen() is not None and panel.chosen().code == "1.001193"  # type: ignore[union-attr]
    panel.search.setText("ket hon")
    assert [panel.results.item(i).text() for i in range(panel.results.count())] == ["1.000894 · Đăng ký kết hôn"]


def test_channel_and_boxes_stay_for_the_visit_and_reset_for_the_next(
    floor: Floor, qtbot: QtBot, tmp_path: Path
) -> None:
    with_catalogue(floor, tmp_path)
    floor.app.queue.issue("HT")
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    panel.search.setText("khai sinh")
    assert panel.choose("1.001193")
    panel.channel.setCurrentIndex(panel.channel.findData(Channel.BUU_CHINH.value))
    panel.digitised.setChecked(True)
    panel.by_post.setChecked(True)
    with qtbot.waitSignal(window.dossiers.recorded, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    assert blocker.args[0].channel == Channel.BUU_CHINH
    # the same citizen's second dossier: channel and boxes kept
    assert panel.channel.currentData() == Channel.BUU_CHINH.value
    assert panel.digitised.isChecked() and panel.by_post.isChecked()
    finish(qtbot, window)
    second = call_next(qtbot, window)
    assert panel.ticket is not None and panel.ticket.id == second.id
    assert panel.channel.currentData() == Channel.TRUC_TIEP.value
    assert not panel.digitised.isChecked() and not panel.by_post.isChecked()


def test_an_unrecorded_draft_is_kept_when_the_next_citizen_is_called(
    floor: Floor, qtbot: QtBot, tmp_path: Path
) -> None:
    with_catalogue(floor, tmp_path)
    floor.app.queue.issue("HT")
    floor.app.queue.issue("HT")
    window = serving(qtbot, floor)
    panel = window.dossiers.panel
    qtbot.waitUntil(lambda: panel.index is not None, timeout=5000)
    first = panel.ticket
    assert first is not None
    panel.search.setText("khai sinh")
    assert panel.choose("1.001193")
    finish(qtbot, window)
    second = call_next(qtbot, window)
    assert second.id != first.id and window.card.number.text() == second.number
    # the draft stays with the previous visit, said plainly in the panel and on the message line
    assert panel.ticket is not None and panel.ticket.id == first.id
    assert panel.chosen() is not None and panel.chosen().code == "1.001193"  # type: ignore[union-attr]
    note = f"Hồ sơ của số {first.number} (lượt trước) chưa ghi"
    assert note in panel.held_note.text() and panel.held_note.isVisibleTo(panel)
    assert note in window.message.text()
    assert panel.discard.isVisibleTo(panel)
    window._show_state()  # a status reload of the same citizen changes nothing
    assert panel.ticket.id == first.id
    with qtbot.waitSignal(window.dossiers.recorded, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.record, Qt.MouseButton.LeftButton)
    assert blocker.args[0].ticket_id == first.id  # recorded for the visit it was typed for
    # then the panel moves on to the citizen at the counter, with an empty form
    assert panel.ticket is not None and panel.ticket.id == second.id
    assert not panel.held_note.isVisibleTo(panel) and not panel.discard.isVisibleTo(panel)
    assert panel.search.text() == "" and panel.chosen() is None
    service = DossierService(floor.app.db, floor.app.zone)
    assert service.for_ticket(second.id) == []
    # a draft for the second citizen, discarded when the third comes
    panel.search.setText("chung thuc")
    assert panel.chosen() is not None
    finish(qtbot, window)
    third = call_next(qtbot, window)
    assert panel.ticket is not None and panel.ticket.id == second.id
    qtbot.mouseClick(panel.discard, Qt.MouseButton.LeftButton)
    assert panel.ticket is not None and panel.ticket.id == third.id
    assert panel.chosen() is None and not panel.held_note.isVisibleTo(panel)
    assert f"Đã bỏ hồ sơ chưa ghi của số {second.number}" in window.message.text()
    assert service.for_ticket(second.id) == []


def test_the_rating_screen_lets_the_officer_call_the_next_citizen(make_floor: FloorFactory, qtbot: QtBot) -> None:
    floor = make_floor(FloorSettings(counter=CounterSettings(ask_rating=True, rating_levels=3)))
    floor.app.queue.issue("HT")
    window = serving(qtbot, floor)
    finished = finish(qtbot, window)
    dialog = rating_screen(window)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.NonModal and not dialog.isModal()
    dialog.choose(1)  # not satisfied; the citizen walks away before giving a reason
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
    with qtbot.waitSignal(window.move_done, timeout=10_000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_F1)
    called = blocker.args[1]
    assert called is not None and called.id != finished.id
    qtbot.waitUntil(lambda: rating_screen(window, None) is None, timeout=5000)  # the new call closed it
    window.ops.wait()

    def ratings() -> list[tuple[int | None, int]]:
        rows = floor.app.db.run(lambda s: s.execute(select(Rating.ticket_id, Rating.level)).all(), readonly=True)
        return [(row[0], row[1]) for row in rows]

    qtbot.waitUntil(lambda: ratings() == [(finished.id, 1)], timeout=5000)  # the level went to its own visit
