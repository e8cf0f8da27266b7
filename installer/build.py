"""Freeze the program, check the bundle starts headless, then build the Windows installer.

    python installer/build.py            # freeze + smoke test (+ installer where makensis exists)
    python installer/build.py --out DIR  # the same with build/ and dist/ under DIR (a trial build)

The smoke test runs the frozen `demo` against a throwaway SQLite file: migrations, the bundled
demo centre and the whole queue engine must work from inside the bundle. It ends by printing the
bundle's size, its file count and how long the frozen runs took (bench/RESULTS.md, "Frozen bundle
size"). PyInstaller cannot cross-build, so the Windows installer is made on Windows (or from a
Windows bundle)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def freeze(out: Path) -> Path:
    """Freeze into out/dist (work files in out/build); the bundle's folder."""
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build"), str(ROOT / "installer" / "kiosk-desktop.spec")],
        check=True,
    )  # fmt: skip
    return out / "dist" / "kiosk-desktop"


def _run(command: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    return result, time.perf_counter() - started


def smoke_test(bundle: Path) -> None:
    """The text demo (migrations, demo centre, queue engine), then the scripted demo through the
    real windows on the offscreen platform (Qt plugins, fonts, translations, the simulated printer
    and voice), which must save its screenshots, then one voice call rendered from the bundled clips."""
    exe = bundle / ("kiosk-desktop.exe" if os.name == "nt" else "kiosk-desktop")
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "KIOSK_DATA_DIR": folder, "KIOSK_LOG_DIR": folder, "QT_QPA_PLATFORM": "offscreen"}
        result, text_s = _run([str(exe), "demo", "--no-windows"], env)
        if result.returncode != 0 or "Mời công dân" not in result.stdout:
            sys.exit(f"frozen bundle failed its smoke test:\n{result.stdout}\n{result.stderr}")
        shots = Path(folder) / "screenshots"
        result, windows_s = _run([str(exe), "demo", "--script", "--screenshots", str(shots)], env)
        pictures = list(shots.glob("*.png"))
        if result.returncode != 0 or len(pictures) < 10 or "không phiếu nào bị mất" not in result.stdout:
            sys.exit(f"frozen bundle failed the windows smoke test:\n{result.stdout}\n{result.stderr}")
        wav = Path(folder) / "call.wav"
        result, _ = _run([str(exe), "voice", "render", "--number", "A105", "--counter", "3", "--out", str(wav)], env)
        if result.returncode != 0 or not wav.is_file() or wav.stat().st_size < 16_000:  # < 0.5 s of 16 kHz sound
            sys.exit(f"frozen bundle failed to render a voice call:\n{result.stdout}\n{result.stderr}")
    # Symlinks (Linux: libQt6*.so.6 beside the executable -> PySide6/Qt/lib) are not counted twice.
    files = [f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 1e6
    print(  # one line: .ci/run shows the last two lines of the build log (this one and the installer's)
        f"smoke test passed ({len(pictures)} screenshots; text demo {text_s:.1f} s, scripted demo {windows_s:.1f} s);"
        f" bundle {size:.0f} MB in {len(files)} files at {bundle}"
    )


def installer(bundle: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None or os.name != "nt":
        print("installer skipped: needs makensis and a Windows bundle (PyInstaller cannot cross-build)")
        return
    subprocess.run([makensis, f"/DBUNDLE={bundle}", str(ROOT / "installer" / "kiosk-desktop.nsi")], check=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Freeze the program, smoke-test the bundle, build the installer.")
    parser.add_argument("--out", type=Path, default=ROOT, help="folder for build/ and dist/ (default: the repository)")
    bundle = freeze(parser.parse_args().out.resolve())
    smoke_test(bundle)
    installer(bundle)
