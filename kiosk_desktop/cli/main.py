"""Entry point: parse, run one command, turn typed errors into Vietnamese messages and exit codes."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from kiosk_desktop import __version__
from kiosk_desktop.cli import (
    admin_commands,
    argparse_vi,
    demo_command,
    intake_commands,
    printer_commands,
    queue_commands,
    report_commands,
    run_command,
    serial_commands,
    voice_commands,
)
from kiosk_desktop.cli.context import Context
from kiosk_desktop.errors import KioskError
from kiosk_desktop.logs import log_dir, setup_logging

log = logging.getLogger(__name__)
USAGE_ERROR = 64
UNEXPECTED_ERROR = 70
#: What a shell reports for a program ended by SIGPIPE (128 + 13).
BROKEN_PIPE = 141


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"Lỗi cú pháp lệnh: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = _Parser(prog="kiosk-desktop", description="Một Cửa: hàng đợi và tiếp nhận hồ sơ")
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="in số phiên bản rồi thoát"
    )
    parser.add_argument("--db", help="địa chỉ cơ sở dữ liệu (SQLAlchemy URL)")
    parser.add_argument("--settings", help="tệp cài đặt của máy (TOML)")
    parser.add_argument("-v", "--verbose", action="store_true", help="in cả nhật ký ra màn hình")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    admin_commands.register(commands)
    queue_commands.register(commands)
    report_commands.register(commands)
    printer_commands.register(commands)
    intake_commands.register(commands)
    voice_commands.register(commands)
    serial_commands.register(commands)
    run_command.register(commands)
    demo_command.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_console()
    logging.getLogger().addHandler(logging.NullHandler())  # no stray log text before setup
    args = build_parser().parse_args(argv)
    ctx = Context(args)
    try:
        setup_logging(ctx.resolved.settings.log.level, verbose=args.verbose)
        code = int(args.handler(ctx))
        sys.stdout.flush()  # a closed pipe shows here, not later in the interpreter's own exit flush
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except KioskError as exc:
        log.warning("%s failed: %s | %s", args.command, exc.message, exc.detail or "")
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except Exception:  # a bug: staff get one line, IT gets the traceback in the log
        log.exception("%s crashed", args.command)
        print(
            f"Lỗi ngoài dự kiến, chưa rõ thao tác đã được ghi hay chưa. Chi tiết cho quản trị hệ thống "
            f"trong nhật ký: {log_dir() / 'kiosk-desktop.log'}",
            file=sys.stderr,
        )
        return UNEXPECTED_ERROR
    finally:
        ctx.close()


def _reader_went_away() -> int:
    """`... | head -1` closed our stdout: the command itself has done its work, so no error text.
    Remaining output goes to devnull so Python's exit flush cannot fail again (the documented recipe)."""
    log.info("stdout closed by the reader (broken pipe)")
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout replaced by something with no file behind it
        pass
    return BROKEN_PIPE


def _utf8_console() -> None:
    # Windows consoles default to a legacy code page that cannot show Vietnamese.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
