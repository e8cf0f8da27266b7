"""The counter's dossier panel and rating screen, against the real intake services."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.errors import RuleViolation
from kiosk_desktop.floor_settings import CounterSettings, FloorSettings
from kiosk_desktop.intake_terms import Outcome
from kiosk_desktop.services.dossiers import DossierService
from kiosk_desktop.services.ratings import RatingService
from tests.ui.conftest import FloorFactory, shown
from ui.counter_window import CounterWindow
from ui.floor import Floor
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
    dialog = window.dialogs.current
    assert isinstance(dialog, RatingDialog)
    assert sorted(dialog.levels) == [1, 2, 3]
    dialog.choose(1)  # not satisfied: the reasons appear, nothing stored yet
    assert dialog.reasons[0].isVisible() or not dialog.isVisible()
    qtbot.mouseClick(dialog.reasons[0], Qt.MouseButton.LeftButton)
    window.ops.wait()
    qtbot.wait(100)
    again = RatingService(floor.app.db, floor.app.zone)
    with pytest.raises(RuleViolation, match="đã được đánh giá"):  # stored: a second one is refused
        again.add(finished.id, 3, 3)
