"""Settings: database URL precedence, timezone validation, clear errors for a bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk_desktop.errors import ConfigError
from kiosk_desktop.settings import resolve


def test_default_is_sqlite_in_the_data_directory(tmp_path: Path) -> None:
    resolved = resolve()
    assert resolved.db_url == f"sqlite:///{tmp_path / 'data' / 'kiosk.sqlite3'}"
    assert resolved.settings.log.level == "INFO"


def test_url_precedence_flag_then_env_then_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[database]\nurl = "postgresql://file/db"\n')
    assert resolve(settings).db_url == "postgresql://file/db"
    monkeypatch.setenv("KIOSK_DB_URL", "postgresql://env/db")
    assert resolve(settings).db_url == "postgresql://env/db"
    assert resolve(settings, "sqlite:///flag.sqlite3").db_url == "sqlite:///flag.sqlite3"


def test_bad_log_level_is_refused_with_line_and_choices(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('version = 1\n[log]\nlevel = "verbose"\n')
    with pytest.raises(ConfigError) as raised:
        resolve(settings)
    assert "dòng 3, trường log.level" in raised.value.message
    assert "'DEBUG'" in raised.value.message and "chưa ghi gì" not in raised.value.message


def test_newer_settings_version_is_refused(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text("version = 9\n")
    with pytest.raises(ConfigError, match="mới hơn chương trình"):
        resolve(settings)


def test_named_settings_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Không tìm thấy"):
        resolve(tmp_path / "missing.toml")
