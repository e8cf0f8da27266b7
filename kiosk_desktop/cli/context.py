"""What every command gets: parsed settings and a lazily built App (so `db upgrade` needs no schema)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from kiosk_desktop.app import App, build_app
from kiosk_desktop.settings import Resolved, resolve


@dataclass
class Context:
    args: argparse.Namespace
    _resolved: Resolved | None = None
    _app: App | None = field(default=None)

    @property
    def resolved(self) -> Resolved:
        if self._resolved is None:
            settings_path = Path(self.args.settings) if self.args.settings else None
            self._resolved = resolve(settings_path, self.args.db)
        return self._resolved

    def app(self, *, check_schema: bool = True) -> App:
        if self._app is None:
            self._app = build_app(self.resolved, check_schema=check_schema)
        return self._app

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
