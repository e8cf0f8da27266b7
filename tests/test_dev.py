"""dev.py runs the program where the user is, and tells it how the user started it."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> tuple[ModuleType, list[dict[str, Any]]]:
    dev = _dev()
    seen: list[dict[str, Any]] = []

    def fake_run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append({"args": args, **kwargs})
        return subprocess.CompletedProcess(args, 0)

    monkeypatch.setattr(dev, "ensure_env", lambda: None)
    monkeypatch.setattr(dev.subprocess, "run", fake_run)
    monkeypatch.chdir(tmp_path)
    return dev, seen


@pytest.mark.parametrize("argv", [["run", "--db", "centre.sqlite3", "queue", "status"], ["demo", "--no-windows"]])
def test_run_and_demo_keep_the_users_folder(calls: tuple[ModuleType, list[dict[str, Any]]], argv: list[str]) -> None:
    dev, seen = calls
    assert dev.main(argv) == 0
    (call,) = seen
    # No cwd given means the child starts where the user is, so centre.sqlite3 is the user's file.
    assert call.get("cwd") in (None, str(Path.cwd()), Path.cwd())
    assert call["args"][-len(argv[1:]) :] == argv[1:]


def test_the_program_is_told_how_to_name_itself_in_hints(
    calls: tuple[ModuleType, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    dev, seen = calls
    monkeypatch.setattr(dev.sys, "argv", ["/opt/mot cua/dev.py", "run", "queue", "status"])
    dev.main(["run", "queue", "status"])
    launcher = seen[0]["env"]["KIOSK_LAUNCHER"]
    assert launcher.endswith('"/opt/mot cua/dev.py" run') or launcher == 'py "/opt/mot cua/dev.py" run'


def test_hints_use_the_launcher_dev_py_sets(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk_desktop.cli.output import ENV_LAUNCHER, program_command

    assert ENV_LAUNCHER == _dev().LAUNCHER_ENV, "dev.py and the program agree on the variable"
    monkeypatch.delenv(ENV_LAUNCHER, raising=False)
    assert program_command() == "kiosk-desktop"
    monkeypatch.setenv(ENV_LAUNCHER, "python3 dev.py run")
    assert program_command() == "python3 dev.py run"
