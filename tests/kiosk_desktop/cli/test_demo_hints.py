"""The demo's closing hints are commands the user can type where they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.cli.main import main
from kiosk_desktop.cli.output import ENV_LAUNCHER


def test_demo_run_through_dev_py_prints_dev_py_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_LAUNCHER, "python3 dev.py run")
    assert main(["--db", str(tmp_path / "demo.sqlite3"), "demo", "--no-windows"]) == 0
    out = capsys.readouterr().out
    assert f"Xem lại: python3 dev.py run --db sqlite:///{tmp_path / 'demo.sqlite3'} queue status" in out
    assert "kiosk-desktop" not in out, "not on PATH in the dev.py set-up"
