"""What every command gets: parsed settings and a lazily built App (so `db upgrade` needs no schema)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from db.engine import sqlite_file
from kiosk_desktop.app import App, build_app
from kiosk_desktop.cli.output import program_command, shell_word
from kiosk_desktop.errors import ConfigError
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
        """`check_schema=False` is for the commands that create the database (db upgrade, demo);
        every other command needs an existing file, so a mistyped --db creates nothing."""
        if self._app is None:
            if check_schema:
                self._require_existing_file()
            self._app = build_app(self.resolved, check_schema=check_schema)
        return self._app

    def _require_existing_file(self) -> None:
        path = sqlite_file(self.resolved.db_url)
        if path is not None and not path.exists():
            raise ConfigError(
                f"Không có tệp cơ sở dữ liệu {path}. Kiểm tra lại đường dẫn --db, hoặc tạo mới bằng: "
                f"{program_command()} --db {shell_word(str(path))} db upgrade"
            )

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def close(self) -> None:
        if self._app is not None:
            self._app.close()
