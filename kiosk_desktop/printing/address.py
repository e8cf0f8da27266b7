"""Printer addresses: one URL per printer, checked here so a typo is caught when settings load.

usb://04b8:0e15, serial:///dev/ttyUSB0?baudrate=9600, serial://COM3, tcp://192.168.1.50:9100,
win32://Tên máy in (Windows spooler, RAW), cups://TEN, file:///dev/usb/lp0, sim:// (simulator)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote

from kiosk_desktop.errors import ConfigError

EXAMPLES = (
    "usb://04b8:0e15, serial:///dev/ttyUSB0?baudrate=9600, serial://COM3, tcp://192.168.1.50:9100, "
    "win32://Tên máy in, cups://TEN, file:///dev/usb/lp0, sim://"
)
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
FLOW_CONTROLS = ("none", "rtscts", "dsrdtr", "xonxoff")
SIM_STATES = ("ready", "paper_near_end", "paper_out", "offline", "error")
DEFAULT_TCP_PORT = 9100

# Options each kind accepts; `status=off` is for printers that never answer status queries.
_OPTIONS: dict[str, tuple[str, ...]] = {
    "usb": ("in_ep", "out_ep", "status"),
    "serial": ("baudrate", "flow", "status"),
    "tcp": ("status",),
    "win32": (),
    "cups": (),
    "file": (),
    "sim": ("state", "paper", "hang"),
}
_HEX4 = re.compile(r"^([0-9a-fA-F]{4}):([0-9a-fA-F]{4})$")
_HOST = re.compile(r"^[A-Za-z0-9.\-]+$")


@dataclass(frozen=True)
class PrinterAddress:
    """A parsed printer URL. `target` is the device path, host, spooler or simulator name."""

    url: str
    kind: str
    target: str = ""
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    options: dict[str, str] = field(default_factory=dict)

    @property
    def status_queries(self) -> bool:
        return self.options.get("status", "on") != "off"

    @property
    def baudrate(self) -> int:
        return int(self.options.get("baudrate", "9600"))


def bad_url(url: str, why: str) -> ConfigError:
    return ConfigError(f"Địa chỉ máy in «{url}» không đúng: {why}. Ví dụ đúng: {EXAMPLES}.")


def parse_printer_url(url: str) -> PrinterAddress:
    """Split and check a printer URL; a ConfigError in Vietnamese says what to fix."""
    text = url.strip()
    scheme, sep, rest = text.partition("://")
    kind = scheme.lower()
    if not sep or kind not in _OPTIONS:
        raise bad_url(url, "cần bắt đầu bằng usb://, serial://, tcp://, win32://, cups://, file:// hoặc sim://")
    body, _, query = rest.partition("?")
    options = _options(url, kind, query)
    return _PARSERS[kind](url, unquote(body), options)


def _options(url: str, kind: str, query: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise bad_url(url, f"phần tùy chọn «{query}» sai cú pháp (dạng khoa=giatri&khoa2=giatri2)") from None
    options = dict(pairs)
    for key in options:
        if key not in _OPTIONS[kind]:
            allowed = ", ".join(_OPTIONS[kind]) or "không có"
            raise bad_url(url, f"tùy chọn «{key}» không dùng được với {kind}:// (được phép: {allowed})")
    if options.get("status", "on") not in ("on", "off"):
        raise bad_url(url, "status chỉ nhận on hoặc off")
    return options


def _usb(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
    match = _HEX4.match(body)
    if not match:
        raise bad_url(url, "USB cần mã hãng:mã sản phẩm, mỗi mã 4 chữ số hệ 16, ví dụ usb://04b8:0e15")
    for key in ("in_ep", "out_ep"):
        if key in options:
            _int_option(url, options[key], key, base=0)
    return PrinterAddress(url, "usb", body.lower(), None, int(match[1], 16), int(match[2], 16), options)


def _serial(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
    if not body or body == "/":
        raise bad_url(url, "thiếu tên cổng, ví dụ serial:///dev/ttyUSB0 hoặc serial://COM3")
    if "baudrate" in options and _int_option(url, options["baudrate"], "baudrate") not in BAUD_RATES:
        raise bad_url(url, f"baudrate phải là một trong {', '.join(map(str, BAUD_RATES))}")
    if options.get("flow", "none") not in FLOW_CONTROLS:
        raise bad_url(url, f"flow phải là một trong {', '.join(FLOW_CONTROLS)}")
    return PrinterAddress(url, "serial", body, options=options)


def _tcp(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
    host, colon, port_text = body.rpartition(":") if ":" in body else (body, "", "")
    port = _int_option(url, port_text, "cổng") if colon else DEFAULT_TCP_PORT
    if not host or not _HOST.match(host):
        raise bad_url(url, "thiếu hoặc sai tên máy/địa chỉ IP, ví dụ tcp://192.168.1.50:9100")
    if not 0 < port < 65536:
        raise bad_url(url, "cổng phải từ 1 đến 65535")
    return PrinterAddress(url, "tcp", host, port, options=options)


Parser = Callable[[str, str, dict[str, str]], PrinterAddress]


def _named(kind: str) -> Parser:
    def parse(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
        name = body.strip().strip("/")
        if not name:
            raise bad_url(url, f"thiếu tên máy in sau {kind}://")
        return PrinterAddress(url, kind, name, options=options)

    return parse


def _file(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
    path = body
    if re.match(r"^/[A-Za-z]:[/\\]", path):  # file:///C:/... on Windows
        path = path[1:]
    if not path or path.endswith("/"):
        raise bad_url(url, "thiếu đường dẫn tệp, ví dụ file:///dev/usb/lp0")
    return PrinterAddress(url, "file", path, options=options)


def _sim(url: str, body: str, options: dict[str, str]) -> PrinterAddress:
    if options.get("state", "ready") not in SIM_STATES:
        raise bad_url(url, f"state phải là một trong {', '.join(SIM_STATES)}")
    if "paper" in options:
        _int_option(url, options["paper"], "paper")
    if "hang" in options:
        try:
            float(options["hang"])
        except ValueError:
            raise bad_url(url, "hang phải là số giây") from None
    return PrinterAddress(url, "sim", body.strip("/"), options=options)


def _int_option(url: str, value: str, name: str, *, base: int = 10) -> int:
    try:
        number = int(value, base)
    except ValueError:
        raise bad_url(url, f"{name} phải là số nguyên, không phải «{value}»") from None
    if number < 0:
        raise bad_url(url, f"{name} không được âm")
    return number


_PARSERS: dict[str, Parser] = {
    "usb": _usb,
    "serial": _serial,
    "tcp": _tcp,
    "win32": _named("win32"),
    "cups": _named("cups"),
    "file": _file,
    "sim": _sim,
}
