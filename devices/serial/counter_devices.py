"""Open the serial devices of the settings: LED displays, keypads and rating pads, by counter.

    devices = open_counter_devices(settings.serial_devices, actions=app.queue, on_rating=..., on_state=...)
    devices.blink(3, "A105")   # a window called A105 to counter 3
    devices.close()

Opening never blocks and never raises for a missing port: each line connects in the background,
reports its state through `on_state` and keeps retrying."""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from devices.serial.drivers import DeviceInput, Driver, KeypadAction, KeyPress, RatingPress
from devices.serial.keypad_bridge import CounterActions, KeypadBridge, KeypadOutcome, RatingListener, checked_rating
from devices.serial.link import RETRY_S, LinkState, SerialLink
from devices.serial.registry import make_driver
from kiosk_desktop.devices_api import KeypadListener
from kiosk_desktop.errors import ConfigError, DeviceUnavailable
from kiosk_desktop.serial_settings import SerialDeviceSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeviceState:
    """For the device health log (db device_event: kind display | keypad | rating_pad)."""

    name: str
    kind: str
    counter: int
    online: bool
    problem: DeviceUnavailable | None = None


class CounterDisplay:
    """One LED display; remembers what it shows so it can show it again after a reconnect."""

    def __init__(self, config: SerialDeviceSettings, link: SerialLink, driver: Driver) -> None:
        self.config, self.link, self.driver = config, link, driver
        self._last: bytes | None = None
        self._lock = threading.Lock()
        link.add_reconnect_hook(self._resend)

    def show(self, number: str) -> bool:
        return self._send(self.driver.show(self.config.address, number))

    def blink(self, number: str) -> bool:
        return self._send(self.driver.blink(self.config.address, number))

    def blank(self) -> bool:
        return self._send(self.driver.blank(self.config.address))

    def _send(self, frame: bytes) -> bool:
        with self._lock:
            self._last = frame
        return self.link.send(frame)

    def _resend(self) -> None:
        with self._lock:
            frame = self._last
        if frame is not None:
            self.link.send(frame)


class CounterDevices:
    def __init__(self) -> None:
        self.links: dict[str, SerialLink] = {}
        self.displays: dict[int, list[CounterDisplay]] = defaultdict(list)
        self.states: dict[str, DeviceState] = {}

    def show(self, counter: int, number: str) -> None:
        for display in self.displays.get(counter, []):
            display.show(number)

    def blink(self, counter: int, number: str) -> None:
        for display in self.displays.get(counter, []):
            display.blink(number)

    def blank(self, counter: int) -> None:
        for display in self.displays.get(counter, []):
            display.blank()

    def show_outcome(self, outcome: KeypadOutcome) -> None:
        """What the counter's display shows after a keypad move."""
        if outcome.error is not None:
            return
        called = outcome.action in (KeypadAction.NEXT, KeypadAction.RECALL)
        if called and outcome.ticket is not None:
            self.blink(outcome.counter, outcome.ticket.number)
        else:
            self.blank(outcome.counter)

    def close(self) -> None:
        for link in self.links.values():
            link.close()


def open_counter_devices(
    configs: Sequence[SerialDeviceSettings],
    *,
    actions: CounterActions | None = None,
    on_key: KeypadListener | None = None,
    on_rating: RatingListener | None = None,
    on_outcome: Callable[[KeypadOutcome], None] | None = None,
    on_state: Callable[[DeviceState], None] | None = None,
    counters: Collection[int] | None = None,
    retry_s: float = RETRY_S,
) -> CounterDevices:
    """Start the devices in `configs` (only those of `counters`, if given).

    Keypads: with `actions` (the QueueService) a press makes the move itself, on the serial thread,
    and the counter's display follows; or with `on_key(counter, action)` the caller makes the move
    (a window through its worker). Rating pads call `on_rating(counter, level, scale)`. Raises
    ConfigError for a bad device entry (duplicate name, unknown driver, two drivers on one port)."""
    chosen = [c for c in configs if counters is None or c.counter in counters]
    _check(chosen, actions is not None or on_key is not None)
    devices = CounterDevices()
    by_port: dict[str, list[SerialDeviceSettings]] = defaultdict(list)
    for config in chosen:
        by_port[config.port].append(config)

    def outcome(result: KeypadOutcome) -> None:
        devices.show_outcome(result)
        if on_outcome is not None:
            on_outcome(result)

    bridge: KeypadBridge | KeypadListener | None = on_key
    if actions is not None:
        bridge = KeypadBridge(actions, transfer_services=_transfer_services(chosen), on_outcome=outcome)
    for port, group in by_port.items():
        first = group[0]
        driver = make_driver(first.driver, first.protocol)
        names = ", ".join(config.name for config in group)
        link = SerialLink(
            port,
            driver,
            baudrate=first.baudrate,
            name=names,
            on_input=_router(group, bridge, on_rating),
            on_state=_state_reporter(group, devices, on_state),
            retry_s=retry_s,
        )
        devices.links[port] = link
        for config in group:
            devices.states[config.name] = DeviceState(config.name, config.kind, config.counter, False)
            if config.kind == "display":
                devices.displays[config.counter].append(CounterDisplay(config, link, driver))
    for link in devices.links.values():
        link.start()
    return devices


def _check(configs: Sequence[SerialDeviceSettings], keys_handled: bool) -> None:
    names = [config.name for config in configs]
    duplicate = next((name for name in names if names.count(name) > 1), None)
    if duplicate:
        raise ConfigError(f"Hai thiết bị nối tiếp cùng tên {duplicate!r} trong tệp cài đặt: đặt tên khác nhau.")
    for config in configs:
        line = (config.driver, config.protocol, config.baudrate)
        if any((o.driver, o.protocol, o.baudrate) != line for o in configs if o.port == config.port):
            raise ConfigError(
                f"Các thiết bị trên cổng {config.port} phải cùng driver, protocol và baudrate (một đường dây chung)."
            )
        if config.kind == "keypad" and not keys_handled:
            raise ConfigError(f"Bàn phím {config.name} cần dịch vụ hàng đợi để gọi số (lỗi lập trình).")


def _transfer_services(configs: Sequence[SerialDeviceSettings]) -> dict[int, str]:
    return {c.counter: c.transfer_service for c in configs if c.kind == "keypad" and c.transfer_service}


def _router(
    group: Sequence[SerialDeviceSettings],
    bridge: KeypadBridge | KeypadListener | None,
    on_rating: RatingListener | None,
) -> Callable[[DeviceInput], None]:
    keypads = {c.address: c for c in group if c.kind == "keypad"}
    pads = {c.address: c for c in group if c.kind == "rating_pad"}

    def route(press: DeviceInput) -> None:
        if isinstance(press, KeyPress) and press.address in keypads and bridge is not None:
            counter = keypads[press.address].counter
            if isinstance(bridge, KeypadBridge):
                bridge.press(counter, press.action, press.argument)
            else:
                bridge(counter, press.action.value)
        elif isinstance(press, RatingPress) and press.address in pads and on_rating is not None:
            pad = pads[press.address]
            checked_rating(on_rating, pad.counter, press.level, pad.scale)
        else:
            log.warning("no %s configured at address %s on this line: %r", type(press).__name__, press.address, press)

    return route


def _state_reporter(
    group: Sequence[SerialDeviceSettings], devices: CounterDevices, on_state: Callable[[DeviceState], None] | None
) -> Callable[[LinkState], None]:
    def report(state: LinkState) -> None:
        for config in group:
            device_state = DeviceState(config.name, config.kind, config.counter, state.online, state.problem)
            devices.states[config.name] = device_state
            if on_state is not None:
                on_state(device_state)

    return report
