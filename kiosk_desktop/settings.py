"""Per-PC settings: one typed schema, one versioned TOML file, clear errors for a bad file.

The database URL is resolved in this order: --db, then KIOSK_DB_URL, then the settings file,
then an SQLite file in the platform data directory (one PC, the default). The centre's time zone
is not here: every PC of a centre must agree on the business day, so it is in the centre file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kiosk_desktop.floor_settings import FloorSettings
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.printing.config import PrinterSettings
from kiosk_desktop.serial_settings import SerialDeviceSettings
from kiosk_desktop.tomlfile import config_error_from_validation, read_toml
from kiosk_desktop.voice.settings import VoiceSettings

APP_NAME = "kiosk-desktop"
SETTINGS_VERSION = 1
ENV_DB_URL = "KIOSK_DB_URL"
ENV_SETTINGS = "KIOSK_SETTINGS"
ENV_DATA_DIR = "KIOSK_DATA_DIR"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class DatabaseSettings(_Strict):
    url: str | None = Field(None, description="SQLAlchemy URL; empty = SQLite in the data directory")


class LogSettings(_Strict):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("INFO", description="how much goes to the log")


class Settings(_Strict):
    version: int = Field(SETTINGS_VERSION, description="settings file format version")
    database: DatabaseSettings = DatabaseSettings()
    log: LogSettings = LogSettings()
    reports: ReportSettings = ReportSettings()
    floor: FloorSettings = FloorSettings()
    printer: PrinterSettings = PrinterSettings()
    voice: VoiceSettings = VoiceSettings()
    serial_devices: list[SerialDeviceSettings] = Field(default_factory=list)

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
        raise config_error_from_validation(path, text, exc, nothing_written=False) from exc


def resolve(settings_path: Path | None = None, db_url: str | None = None) -> Resolved:
    settings = load_settings(settings_path)
    folder = data_dir()
    url = db_url or os.environ.get(ENV_DB_URL) or settings.database.url
    if not url:
        url = f"sqlite:///{folder / 'kiosk.sqlite3'}"
    return Resolved(settings=settings, db_url=url, data_dir=folder)
