"""Languages of the windows. Vietnamese is the source text; English comes from ui/translations.

Regenerate after changing strings (from the repository root):
    .venv/bin/python -m ui.i18n            # lupdate, then lrelease into kiosk_en.qm
"""

from __future__ import annotations

import ast
import logging
import shutil
import subprocess
import sys
import tempfile
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


def _lupdate_copy(source: Path, folder: Path) -> Path:
    """A copy lupdate 6.11 reads right: its Python parser marks translate() numerus only when the
    count is a number literal, and loses the calls after any other count in the same scope; it
    also takes our `#:` attribute docs for translator comments."""
    text = source.read_text(encoding="utf-8")
    lines = [line.encode() for line in text.splitlines(keepends=True)]  # ast offsets are UTF-8 bytes
    counts = [
        node.args[3]
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "translate"
        and len(node.args) > 3
    ]  # fmt: skip
    for count in sorted(counts, key=lambda c: (c.lineno, c.col_offset), reverse=True):
        first, last = count.lineno - 1, (count.end_lineno or count.lineno) - 1
        lines[first : last + 1] = [lines[first][: count.col_offset] + b"1" + lines[last][count.end_col_offset or 0 :]]
    copy = folder / source.name
    copy.write_bytes(b"".join(lines).replace(b"#:", b"# "))
    return copy


def refresh_translations() -> None:
    """Re-extract the strings of ui/*.py into kiosk_en.ts (keeping translations) and compile it."""
    ts_file = FOLDER / "kiosk_en.ts"
    with tempfile.TemporaryDirectory() as folder:
        sources = [str(_lupdate_copy(path, Path(folder))) for path in sorted(FOLDER.parent.glob("*.py"))]
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "vi", "-target-language", "en",
                        "-no-obsolete", "-locations", "none", "-ts", str(ts_file)], check=True)  # fmt: skip
    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(FOLDER / "kiosk_en.qm")], check=True)


if __name__ == "__main__":
    refresh_translations()
