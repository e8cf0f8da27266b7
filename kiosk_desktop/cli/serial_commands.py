"""Trying serial counter devices from the command line: list ports and drivers, show a number, listen."""

from __future__ import annotations

import argparse
import time

from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import emit_json, say


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serial = commands.add_parser("serial", help="bảng số quầy, bàn phím gọi số, bàn phím đánh giá (cổng nối tiếp)")
    actions = serial.add_subparsers(dest="action", required=True)
    ports = actions.add_parser("ports", help="liệt kê cổng nối tiếp (kèm VID:PID của bộ chuyển USB)")
    ports.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    ports.set_defaults(handler=list_ports)
    drivers = actions.add_parser("drivers", help="liệt kê trình điều khiển có sẵn")
    drivers.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    drivers.set_defaults(handler=list_drivers)
    show = _line(actions.add_parser("show", help="gửi một số (hoặc xóa) tới bảng số để thử"))
    what = show.add_mutually_exclusive_group(required=True)
    what.add_argument("--number", help="số hiển thị, ví dụ A105")
    what.add_argument("--blank", action="store_true", help="xóa bảng")
    show.add_argument("--blink", action="store_true", help="nhấp nháy")
    show.set_defaults(handler=show_number)
    listen = _line(actions.add_parser("listen", help="in các phím bấm nhận được (bàn phím, đánh giá)"))
    listen.add_argument("--seconds", type=float, default=30.0, help="nghe trong bao lâu (mặc định 30)")
    listen.set_defaults(handler=listen_inputs)


def _line(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--port", required=True, help="COM3, /dev/ttyUSB0, hwgrep://VID:PID, loop://")
    parser.add_argument("--driver", default="stx-etx", help="trình điều khiển (xem `serial drivers`)")
    parser.add_argument("--baudrate", type=int, default=9600, help="tốc độ baud (mặc định 9600)")
    parser.add_argument("--address", type=int, default=1, help="địa chỉ thiết bị (mặc định 1)")
    parser.add_argument("--json", action="store_true", help="in một đối tượng JSON")
    return parser


def list_ports(ctx: Context) -> int:
    from devices.serial import available_ports

    found = available_ports()
    if ctx.json:
        emit_json({"ports": [{"device": p.device, "vid_pid": p.vid_pid, "description": p.description} for p in found]})
    elif not found:
        say("Không thấy cổng nối tiếp nào. Cắm bộ chuyển USB-serial rồi thử lại.")
    for port in found if not ctx.json else []:
        hint = f"  (hoặc hwgrep://{port.vid_pid})" if port.vid_pid else ""
        say(f"{port.device}: {port.description}{hint}")
    return 0


def list_drivers(ctx: Context) -> int:
    from devices.serial import driver_names

    names = driver_names()
    if ctx.json:
        emit_json({"drivers": names})
    else:
        say("\n".join(names))
    return 0


def show_number(ctx: Context) -> int:
    from devices.serial import make_driver, open_port

    args = ctx.args
    driver = make_driver(args.driver)
    if args.blank:
        frame = driver.blank(args.address)
    elif args.blink:
        frame = driver.blink(args.address, args.number.upper())
    else:
        frame = driver.show(args.address, args.number.upper())
    port = open_port(args.port, args.baudrate, device=f"thiết bị địa chỉ {args.address}")
    try:
        port.write(frame)
    finally:
        port.close()
    if ctx.json:
        emit_json({"port": args.port, "bytes": frame.hex(" ")})
    else:
        say(f"Đã gửi {len(frame)} byte tới {args.port}: {frame.hex(' ')}")
    return 0


def listen_inputs(ctx: Context) -> int:
    from devices.serial import KeyPress, make_driver, open_port

    args = ctx.args
    driver = make_driver(args.driver)
    port = open_port(args.port, args.baudrate)
    buffer = bytearray()
    deadline = time.monotonic() + args.seconds
    try:
        while time.monotonic() < deadline:
            buffer += port.read(max(1, port.in_waiting))
            for press in driver.read_inputs(buffer):
                if isinstance(press, KeyPress):
                    data = {"address": press.address, "key": press.action.value, "argument": press.argument}
                    text = f"địa chỉ {press.address}: phím {press.action.value} {press.argument or ''}"
                else:
                    data = {"address": press.address, "rating": press.level}
                    text = f"địa chỉ {press.address}: đánh giá mức {press.level}"
                if ctx.json:
                    emit_json(data)
                else:
                    say(text.rstrip())
    finally:
        port.close()
    return 0
