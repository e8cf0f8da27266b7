"""python-escpos, imported in one place with its import-time quirks contained, and printer models.

Quirks (python-escpos 3.1): importing `escpos.capabilities` calls `logging.basicConfig()` (a stray
stderr handler on the root logger) and parses a 1 MB capabilities file unless a pickle cache
directory is given; `Escpos.image()` print()s to stdout when the profile has no pixel width."""

from __future__ import annotations

import copy
import logging
import os
from dataclasses import dataclass
from typing import Any

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.settings import data_dir


def _import_escpos() -> tuple[Any, Any, Any]:
    cache = data_dir() / "cache" / "escpos"
    try:
        cache.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(cache))  # ~0.4 s saved per start
    except OSError:
        pass  # a read-only profile: escpos parses its file each time, slower but fine
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)  # basicConfig() does nothing when the root logger has a handler
    try:
        from escpos import capabilities, exceptions, printer
    finally:
        root.removeHandler(guard)
    return capabilities, printer, exceptions


_capabilities, printers, exceptions = _import_escpos()
Dummy = printers.Dummy

#: Printable dots across the paper at 203 dpi (python-escpos raises ImageWidthError beyond).
PAPER_DOTS = {80: 576, 58: 384}
FONT_A = (12, 24)  # the printer's own font A cell, in dots
TCVN3_PAGES = ("TCVN-3-1", "TCVN-3-2")  # lower case (and ASCII), capitals


@dataclass(frozen=True)
class PrinterModel:
    """What the bytes depend on: the profile, the dots across, the TCVN-3 code page numbers."""

    profile: str | None
    paper_mm: int
    dots: int
    tcvn3_pages: tuple[int, int] | None
    native_qr: bool

    @property
    def label(self) -> str:
        return self.profile or "chung (mặc định)"

    @property
    def columns(self) -> int:
        return self.dots // FONT_A[0]


def profile_names() -> list[str]:
    return sorted(_capabilities.CAPABILITIES["profiles"])


def printer_model(profile: str | None, paper_mm: int) -> PrinterModel:
    """Check the profile name and work out the dots; ConfigError (Vietnamese) when unknown."""
    if paper_mm not in PAPER_DOTS:
        raise ConfigError(f"Khổ giấy {paper_mm} mm không được hỗ trợ: chọn 80 hoặc 58.")
    profiles = _capabilities.CAPABILITIES["profiles"]
    if profile is not None and profile not in profiles:
        raise ConfigError(
            f"Không có mẫu máy in (profile) tên «{profile}». Chọn một trong: {', '.join(profile_names())}; "
            "hoặc bỏ trống để dùng mẫu chung."
        )
    data = profiles[profile or "default"]
    dots = PAPER_DOTS[paper_mm]
    known = data.get("media", {}).get("width", {}).get("pixels")
    if isinstance(known, int) and known < dots:
        dots = known  # e.g. TM-T88V: 180 dpi, 512 dots on 80 mm paper
    pages = {name: int(number) for number, name in data.get("codePages", {}).items()}
    tcvn3 = (pages[TCVN3_PAGES[0]], pages[TCVN3_PAGES[1]]) if all(p in pages for p in TCVN3_PAGES) else None
    return PrinterModel(profile, paper_mm, dots, tcvn3, bool(data.get("features", {}).get("qrCode")))


def new_dummy(model: PrinterModel) -> Any:
    """An escpos Dummy whose profile knows the pixel width (no stdout print, width checked)."""
    base = _capabilities.get_profile_class(model.profile or "default")
    data = copy.deepcopy(base.profile_data)
    data.setdefault("media", {}).setdefault("width", {})["pixels"] = model.dots
    profile_class = type(f"{base.__name__}Dots{model.dots}", (base,), {"profile_data": data})
    dummy = Dummy()
    dummy.profile = profile_class()  # get_profile() accepts only names or escpos' own Profile class
    return dummy


def code_page_table(name: str) -> str:
    """The 128 characters of bytes 0x80-0xFF of a code page, as python-escpos lists them."""
    return "".join(_capabilities.CAPABILITIES["encodings"][name]["data"])
