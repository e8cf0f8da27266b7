"""Languages of the windows. Vietnamese is the source text; English comes from ui/translations.

Regenerate after changing strings (from the repository root):
    .venv/bin/python -m ui.i18n            # lupdate, then lrelease into kiosk_en.qm
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

log = logging.getLogger(__name__)

FOLDER = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("vi", "en")
_installed: QTranslator | None = None


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load the compiled translation for `language`; None for Vietnamese (the source) or a missing file."""
    global _installed
    if _installed is not None:  # switching language (or a second call in tests): one translator at a time
        app.removeTranslator(_installed)
        _installed = None
    if language == "vi":
        return None
    translator = QTranslator(app)
    path = FOLDER / f"kiosk_{language}.qm"
    if not translator.load(str(path)):
        log.warning("no translation file %s: the windows stay in Vietnamese", path)
        return None
    app.installTranslator(translator)
    _installed = translator
    return translator


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def refresh_translations() -> None:
    """Re-extract the strings of ui/*.py into kiosk_en.ts (keeping translations) and compile it."""
    sources = sorted(str(path) for path in FOLDER.parent.glob("*.py"))
    ts_file = FOLDER / "kiosk_en.ts"
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "vi", "-target-language", "en",
                    "-no-obsolete", "-locations", "none", "-ts", str(ts_file)], check=True)  # fmt: skip
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(FOLDER / "kiosk_en.qm")], check=True)


if __name__ == "__main__":
    refresh_translations()
