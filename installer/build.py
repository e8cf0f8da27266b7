"""Freeze the program, check the bundle starts headless, then build the Windows installer.

    python installer/build.py            # freeze + smoke test (+ installer where makensis exists)

The smoke test runs the frozen `demo` against a throwaway SQLite file: migrations, the bundled
demo centre and the whole queue engine must work from inside the bundle. PyInstaller cannot
cross-build, so the Windows installer is made on Windows (or from a Windows bundle)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "kiosk-desktop"


def freeze() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST),
         "--workpath", str(ROOT / "build"), str(ROOT / "installer" / "kiosk-desktop.spec")],
        check=True,
    )  # fmt: skip


def smoke_test() -> None:
    """The text demo (migrations, demo centre, queue engine), then the scripted demo through the
    real windows on the offscreen platform (Qt plugins, fonts, translations, the simulated printer
    and voice), which must save its screenshots."""
    exe = BUNDLE / ("kiosk-desktop.exe" if os.name == "nt" else "kiosk-desktop")
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "KIOSK_DATA_DIR": folder, "KIOSK_LOG_DIR": folder, "QT_QPA_PLATFORM": "offscreen"}
        text_demo = [str(exe), "demo", "--no-windows"]
        result = subprocess.run(text_demo, capture_output=True, text=True, env=env, timeout=300)
        if result.returncode != 0 or "Mời công dân" not in result.stdout:
            sys.exit(f"frozen bundle failed its smoke test:\n{result.stdout}\n{result.stderr}")
        shots = Path(folder) / "screenshots"
        command = [str(exe), "demo", "--script", "--screenshots", str(shots)]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        pictures = list(shots.glob("*.png"))
        if result.returncode != 0 or len(pictures) < 10 or "không phiếu nào bị mất" not in result.stdout:
            sys.exit(f"frozen bundle failed the windows smoke test:\n{result.stdout}\n{result.stderr}")
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file()) / 1e6
    print(f"smoke test passed ({len(pictures)} screenshots); bundle {size:.0f} MB at {BUNDLE}")


def installer() -> None:
    makensis = shutil.which("makensis")
    if makensis is None or os.name != "nt":
        print("installer skipped: needs makensis and a Windows bundle (PyInstaller cannot cross-build)")
        return
    subprocess.run([makensis, f"/DBUNDLE={BUNDLE}", str(ROOT / "installer" / "kiosk-desktop.nsi")], check=True)


if __name__ == "__main__":
    freeze()
    smoke_test()
    installer()
