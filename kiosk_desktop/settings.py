"""Per-PC settings: one typed schema, one versioned TOML file, clear errors for a bad file.

The database URL is resolved in this order: --db, then KIOSK_DB_URL, then the settings file,
then an SQLite file in the platform data directory (one PC, the default)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk_desktop.tomlfile import config_error_from_validation, read_toml

APP_NAME = "kiosk-desktop"
SETTINGS_VERSION = 1
ENV_DB_URL = "KIOSK_DB_URL"
ENV_SETTINGS = "KIOSK_SETTINGS"
ENV_DATA_DIR = "KIOSK_DATA_DIR"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Strict):
    url: str | None = Field(None, description="SQLAlchemy URL; empty = SQLite in the data directory")


class CentreSettings(_Strict):
    timezone: str = Field("Asia/Ho_Chi_Minh", description="IANA zone; the business day is its local date")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"múi giờ không tồn tại: {value!r}") from None
        return value


class LogSettings(_Strict):
    level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")


class Settings(_Strict):
    version: int = Field(SETTINGS_VERSION, description="settings file format version")
    database: DatabaseSettings = DatabaseSettings()
    centre: CentreSettings = CentreSettings()
    log: LogSettings = LogSettings()

    @field_validator("version")
    @classmethod
    def _supported(cls, value: int) -> int:
        if value > SETTINGS_VERSION:
            raise ValueError(f"phiên bản {value} mới hơn chương trình (tối đa {SETTINGS_VERSION})")
        return value


@dataclass(frozen=True)
class Resolved:
    """Settings plus the facts derived from the environment and command line."""

    settings: Settings
    db_url: str
    data_dir: Path

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.settings.centre.timezone)


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def load_settings(path: Path | None) -> Settings:
    """Read the settings file; a missing default file means defaults, a missing named one is an error."""
    if path is None:
        env_path = os.environ.get(ENV_SETTINGS)
        path = Path(env_path) if env_path else default_settings_path()
        if not env_path and not path.exists():
            return Settings()
    data, text = read_toml(path)
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise config_error_from_validation(path, text, exc) from exc


def resolve(settings_path: Path | None = None, db_url: str | None = None) -> Resolved:
    settings = load_settings(settings_path)
    folder = data_dir()
    url = db_url or os.environ.get(ENV_DB_URL) or settings.database.url
    if not url:
        url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
    return Resolved(settings=settings, db_url=url, data_dir=folder)
