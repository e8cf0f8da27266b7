"""Driver names -> drivers. A vendor driver is one small file in vendors/ that registers itself:

@register_driver("acme-led")
def acme(overrides: LineProtocolSettings) -> Driver:
    return LineDriver(merged(ACME, overrides))
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from devices.serial.drivers import Driver, LineDriver, LineProtocol
from devices.serial.frames import TemplateError
from devices.serial.presets import PRESETS
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.serial_settings import LineProtocolSettings

DriverFactory = Callable[[LineProtocolSettings], Driver]

_DRIVERS: dict[str, DriverFactory] = {}
_loaded = False


def register_driver(name: str) -> Callable[[DriverFactory], DriverFactory]:
    def register(factory: DriverFactory) -> DriverFactory:
        if name in _DRIVERS:
            raise ValueError(f"two serial drivers are called {name!r}")
        _DRIVERS[name] = factory
        return factory

    return register


def merged(preset: LineProtocol, overrides: LineProtocolSettings) -> LineProtocol:
    changes = {key: value for key, value in overrides.model_dump().items() if value is not None}
    return dataclasses.replace(preset, **changes)


def make_driver(name: str, overrides: LineProtocolSettings | None = None) -> Driver:
    _load_vendors()
    factory = _DRIVERS.get(name)
    if factory is None:
        raise ConfigError(
            f"Không có trình điều khiển thiết bị nối tiếp {name!r}. Chọn một trong: {', '.join(driver_names())}."
        )
    try:
        return factory(overrides or LineProtocolSettings())
    except (TemplateError, ValueError) as exc:
        raise ConfigError(f"Mẫu khung của thiết bị ({name}) không dùng được: {exc}", detail=repr(exc)) from exc


def driver_names() -> list[str]:
    _load_vendors()
    return sorted(_DRIVERS)


def _preset_factory(preset: LineProtocol) -> DriverFactory:
    return lambda overrides: LineDriver(merged(preset, overrides))


def _load_vendors() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for preset_name, preset in PRESETS.items():
            register_driver(preset_name)(_preset_factory(preset))
        import devices.serial.vendors  # noqa: F401  # each vendor module registers itself on import
