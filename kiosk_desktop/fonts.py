"""The one bundled font (DejaVu Sans: every Vietnamese letter and tone mark) for UI, tickets and PDFs."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FAMILY = "DejaVu Sans"


def font_path(bold: bool = False) -> Path:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return Path(str(resources.files("kiosk_desktop") / "data" / "fonts" / name))
