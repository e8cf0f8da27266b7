"""`kiosk-desktop run --role ROLE`: every role opens its window; the core CLI never loads Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk_desktop.cli.main import build_parser
from kiosk_desktop.errors import ConfigError
from ui.counter_display_window import CounterDisplayWindow
from ui.counter_window import CounterWindow
from ui.display_window import DisplayWindow
from ui.floor import Floor
from ui.kiosk_window import KioskWindow
from ui.reception_window import ReceptionWindow
from ui.roles import ROLES, make_window

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("kiosk", KioskWindow),
        ("reception", ReceptionWindow),
        ("counter", CounterWindow),
        ("display", DisplayWindow),
        ("counter-display", CounterDisplayWindow),
    ],
)
def test_each_role_opens_its_window(floor: Floor, qtbot: QtBot, role: str, kind: type) -> None:
    window = make_window(floor, role, counter=2, windowed=True)
    assert isinstance(window, kind)
    window.close()


def test_a_counter_display_needs_a_counter(floor: Floor) -> None:
    with pytest.raises(ConfigError, match="--counter"):
        make_window(floor, "counter-display", counter=None, windowed=True)


def test_the_cli_offers_the_same_roles() -> None:
    args = build_parser().parse_args(["run", "--role", "display", "--screen", "2"])
    assert args.role == "display" and args.screen == 2
    run_parser = build_parser()._subparsers._group_actions[0].choices["run"]  # type: ignore[union-attr]
    role_action = next(a for a in run_parser._actions if a.dest == "role")
    assert tuple(role_action.choices) == ROLES


def test_the_core_commands_do_not_import_qt() -> None:
    code = (
        "import sys; from kiosk_desktop.cli.main import build_parser; build_parser(); "
        "import kiosk_desktop.cli.demo_command; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_run_opens_the_window_and_stops_on_request(centre: object, tmp_path: Path) -> None:
    url = centre.db.url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    code = (
        "import sys; from PySide6.QtCore import QTimer; from PySide6.QtWidgets import QApplication; "
        "from kiosk_desktop.cli.main import main; import ui.qt_app as q; app = q.qt_application(); "
        "QTimer.singleShot(1500, app.quit); "
        f"sys.exit(main(['--db', {url!r}, 'run', '--role', 'display', '--windowed']))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
