"""Shared test helpers: centre files, a fake clock, database URLs for both engines."""

from __future__ import annotations

import os
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk_desktop.app import App, build_app
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.services.centre_setup import import_centre
from kiosk_desktop.settings import Resolved, Settings

PG_ADMIN_URL = os.environ.get("KIOSK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("KIOSK_REQUIRE_POSTGRES") == "1"

#: Centre, strict queue policy and two services; tests add counters (and more services).
TWO_SERVICES = """
[centre]
name = "Trung tâm thử nghiệm"

[queue]
priority_policy = "strict"
aging_cap_minutes = 0
transfer_placement = "front"

[[service]]
code = "CT"
name = "Chứng thực"
prefix = "A"

[[service]]
code = "HT"
name = "Hộ tịch"
prefix = "B"
"""

SMALL_CENTRE = (
    TWO_SERVICES
    + """
[[service]]
code = "DD"
name = "Đất đai"
prefix = "C"
digits = 4
first_number = 100
daily_limit = 3

[[counter]]
number = 1
services = ["CT", "HT"]

[[counter]]
number = 2
services = ["HT", "CT"]

[[counter]]
number = 3
services = ["DD"]
"""
)


class FakeClock:
    """Time that only moves when a test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # 08:00 in Hà Nội, a Monday

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def write_centre(folder: Path, text: str = SMALL_CENTRE, **queue: object) -> Path:
    """A centre file; keyword arguments override [queue] settings."""
    body = textwrap.dedent(text)
    for key, value in queue.items():
        rendered = f'"{value}"' if isinstance(value, str) else str(value)
        if f"\n{key} =" in body:
            body = "\n".join(
                f"{key} = {rendered}" if line.startswith(f"{key} =") else line for line in body.splitlines()
            )
        else:
            body = body.replace("[queue]\n", f"[queue]\n{key} = {rendered}\n", 1)
    path = folder / "centre.toml"
    path.write_text(body, encoding="utf-8")
    return path


def open_app(db_url: str, data_dir: Path) -> App:
    return build_app(Resolved(settings=Settings(), db_url=db_url, data_dir=data_dir))


def load_centre(app: App, folder: Path, text: str = SMALL_CENTRE, **queue: object) -> None:
    import_centre(app.db, load_centre_file(write_centre(folder, text, **queue)))
