#!/usr/bin/env python3
"""Set-up and run in one step: creates .venv on first use (and when pyproject.toml changes).

python3 dev.py demo        the one-PC demo on SQLite with simulated devices
python3 dev.py test [ARGS] the whole test suite (ARGS go to pytest)
python3 dev.py run ARGS    any kiosk-desktop command inside the environment
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
#: Read by kiosk_desktop.cli.output.program_command (same name: dev.py imports nothing from the project).
LAUNCHER_ENV = "KIOSK_LAUNCHER"


def _fingerprint() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 -- dev.py runs under whatever python3 the machine has
        sys.exit("Cần Python 3.11 trở lên (Python 3.11+ is required).")
    if not PYTHON.exists():
        print("Tạo môi trường .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    if STAMP.exists() and STAMP.read_text() == _fingerprint():
        return
    print("Cài các gói cần thiết (lần đầu mất vài phút) ...", flush=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(_fingerprint())


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "run"}:
        print(__doc__)
        return 2
    ensure_env()
    command, rest = argv[0], argv[1:]
    if command == "test":
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return subprocess.run([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env).returncode
    # No cwd=ROOT here: `--db centre.sqlite3` and other relative paths mean the user's folder.
    # The package is installed in .venv (editable), so it imports from anywhere.
    cli = [str(PYTHON), "-m", "kiosk_desktop"]
    env = {**os.environ, LAUNCHER_ENV: launcher()}
    if command == "demo":
        return subprocess.run([*cli, "demo", *rest], env=env).returncode
    return subprocess.run([*cli, *rest], env=env).returncode


def launcher() -> str:
    """How the user runs the program through this file, as hints should print it (kiosk-desktop
    itself is not on PATH here): `python3 dev.py run`, `py dev.py run` on Windows, with the path to
    dev.py as the user typed it."""
    python = "py" if os.name == "nt" else "python3"
    script = sys.argv[0] if sys.argv and sys.argv[0].endswith("dev.py") else "dev.py"
    if any(c.isspace() for c in script):
        script = f'"{script}"'
    return f"{python} {script} run"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
