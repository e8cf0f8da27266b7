"""Windows in different processes see each other's moves through the database's event feed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import shown
from ui.counter_window import CounterWindow
from ui.display_window import DisplayWindow
from ui.floor import Floor

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def test_a_display_here_sees_a_call_made_by_another_process(floor: Floor, qtbot: QtBot) -> None:
    window = DisplayWindow(floor)
    shown(qtbot, window, (1920, 1080))
    ticket = floor.app.queue.issue("CT").ticket
    url = floor.app.db.url.render_as_string(hide_password=False)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "kiosk_desktop", "--db", url, "counter", "call-next", "--counter", "1"],
        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.tiles[1].ticket.text() == ticket.number, timeout=5000)
    assert window.calls.newest_number.text() == ticket.number
    assert time.monotonic() - started < 30


def test_a_counter_window_here_drives_a_display_in_another_process(floor: Floor, qtbot: QtBot) -> None:
    ticket = floor.app.queue.issue("HT").ticket
    url = floor.app.db.url.render_as_string(hide_password=False)
    probe = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.display_probe", url, ticket.number, "2", "40"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT,
    )  # fmt: skip
    try:
        assert probe.stdout is not None
        assert probe.stdout.readline().strip() == "ready"  # the other window shows the floor
        window = CounterWindow(floor, 2)
        shown(qtbot, window, (1366, 768))
        qtbot.waitUntil(lambda: window.moves.is_allowed("next"), timeout=5000)
        with qtbot.waitSignal(window.move_done, timeout=10_000):
            window.perform("next")
        out, err = probe.communicate(timeout=40)
    finally:
        if probe.poll() is None:
            probe.kill()
    assert probe.returncode == 0, err
    assert f"seen {ticket.number}" in out
