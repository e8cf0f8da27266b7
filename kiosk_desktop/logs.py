"""Logging for IT: named loggers into a rotating file in the platform log directory."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from kiosk_desktop.settings import APP_NAME

ENV_LOG_DIR = "KIOSK_LOG_DIR"


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(level: str = "INFO", *, verbose: bool = False) -> Path | None:
    """File log always (if the folder is writable); stderr too with --verbose."""
    root = logging.getLogger()
    root.setLevel(level.upper())
    # Alembic says "Context impl SQLiteImpl" at every schema check, i.e. every command: db/migrate.py
    # writes its own line when the schema really changes.
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
    for old in [h for h in root.handlers if getattr(h, "_kiosk", False)]:
        root.removeHandler(old)  # set up twice in one process (tests, a restarted window): no doubles
        old.close()
    formatter = logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s")
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        stream._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    path = log_dir() / "kiosk-desktop.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None  # a read-only profile must not stop the counter from working
    handler.setFormatter(formatter)
    handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
