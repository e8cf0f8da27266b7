"""A guard against PySide6 6.12.0 dropping references to None, True and False on CPython 3.11.

Measured here (PySide6 6.12.0, CPython 3.11.7): every `signal.emit()` loses one reference to True,
and every Python slot or QRunnable.run that returns loses one to None. CPython 3.12+ never frees
these objects (they are immortal), which is likely why the bug goes unnoticed; on 3.11 the process
dies with "Fatal Python error: bool_dealloc" after a few hundred signals, i.e. a kiosk would crash
within minutes. PySide6 6.11.3 does not have the bug.

The real fix is a dependency pin (PySide6 != 6.12.0) or Python 3.12+. Until then, when a probe
shows the loss, the three singletons get a reference count so large that it cannot reach zero:
what CPython 3.12 does for them anyway. They are never freed on any version, so nothing else
changes."""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40  # a trillion lost references: centuries of signals
_guarded = False


class _Probe(QObject):
    ping = Signal()


def references_leak() -> bool:
    """Does emitting a signal (and calling a Python slot) lose references to True or None?"""
    probe = _Probe()
    probe.ping.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(64):
        probe.ping.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    return after[0] < before[0] - 32 or after[1] < before[1] - 32


def guard_singletons() -> bool:
    """Make None/True/False immortal when this PySide6 leaks them; True if the guard was needed."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return _guarded
    if not references_leak():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM  # ob_refcnt is the first field
    _guarded = True
    log.warning(
        "PySide6 %s loses references to None/True on Python %s: guarded (pin PySide6 != 6.12.0 or use Python 3.12+)",
        pyside_version,
        sys.version.split()[0],
    )
    return True
