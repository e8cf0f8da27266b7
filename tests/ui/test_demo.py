"""The demo: the text-only morning for the frozen bundle, and the scripted morning through the
real windows with a screenshot of each window at key moments."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _demo(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_DATA_DIR": str(tmp_path / "data"),
        "KIOSK_LOG_DIR": str(tmp_path / "logs"),
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [sys.executable, "-m", "kiosk_desktop", "demo", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=240,
    )  # fmt: skip


def test_the_text_demo_needs_no_windows(tmp_path: Path) -> None:
    result = _demo(tmp_path, "--no-windows")
    assert result.returncode == 0, result.stderr
    assert "Mời công dân có số thứ tự" in result.stdout
    assert "Báo cáo trong ngày" in result.stdout


def test_under_offscreen_the_plain_demo_does_not_wait_for_a_person(tmp_path: Path) -> None:
    result = _demo(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Không có màn hình" in result.stdout


def test_the_scripted_demo_plays_the_morning_through_the_windows(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = _demo(tmp_path, "--script", "--screenshots", str(shots))
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for line in ("Máy lấy số cấp số A001", "Quầy 1 mời số A001", "Quầy 2 gọi lại số", "chuyển số", "tạm dừng"):
        assert line in out
    assert "Loa: «Mời công dân có số thứ tự A001 đến quầy số 1»" in out
    assert "không phiếu nào bị mất" in out
    assert "Traceback" not in result.stderr
    pictures = sorted(shots.glob("*.png"))
    names = [p.stem.split("-", 1)[1] for p in pictures]
    for window in ("kiosk-start", "kiosk-ticket", "display-call", "reception", "counter-1-calling",
                   "kiosk-printer-trouble", "counter-2-display"):  # fmt: skip
        assert window in names
    assert all(p.stat().st_size > 5_000 for p in pictures)  # real pictures, not blank files
