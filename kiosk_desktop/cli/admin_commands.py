"""Commands for IT: database, centre file, watching events (reports: report_commands.py)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from db.migrate import upgrade
from kiosk_desktop.centre_file import dump_centre_file, load_centre_file
from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.output import clock, emit_json, say
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.services.centre_setup import export_centre, import_centre
from kiosk_desktop.services.ticket_text import event_label


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    db = commands.add_parser("db", help="cơ sở dữ liệu").add_subparsers(dest="action", required=True)
    up = db.add_parser("upgrade", help="tạo hoặc nâng cấp cơ sở dữ liệu")
    up.add_argument("--json", action="store_true")
    up.set_defaults(handler=db_upgrade)

    config = commands.add_parser("config", help="cấu hình trung tâm").add_subparsers(dest="action", required=True)
    imp = config.add_parser("import", help="nạp tệp TOML (làm lại nhiều lần vẫn cho cùng kết quả)")
    imp.add_argument("file")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=config_import)
    exp = config.add_parser("export", help="in cấu hình hiện tại dạng TOML")
    exp.add_argument("--out", help="ghi ra tệp thay vì màn hình")
    exp.set_defaults(handler=config_export)

    events = commands.add_parser("events", help="sự kiện hàng đợi").add_subparsers(dest="action", required=True)
    follow = events.add_parser("follow", help="in các sự kiện mới khi chúng xảy ra")
    follow.add_argument("--seconds", type=float, help="dừng sau chừng ấy giây (mặc định: chạy mãi)")
    follow.add_argument("--json", action="store_true", help="mỗi sự kiện một dòng JSON")
    follow.set_defaults(handler=events_follow)


def db_upgrade(ctx: Context) -> int:
    app = ctx.app(check_schema=False)
    revision = upgrade(app.db)
    if ctx.json:
        emit_json({"revision": revision, "database": app.db.describe()})
    else:
        say(f"Cơ sở dữ liệu sẵn sàng, cấu trúc phiên bản {revision}: {app.db.describe()}")
    return 0


def config_import(ctx: Context) -> int:
    spec = load_centre_file(Path(ctx.args.file))  # validated whole before anything is written
    summary = import_centre(ctx.app().db, spec)
    if ctx.json:
        emit_json({"changed": summary.changed, **vars(summary)})
    elif not summary.changed:
        say("Cấu hình không thay đổi.")
    else:
        say(
            f"Đã nạp cấu hình{' (có đổi thông tin trung tâm)' if summary.centre_updated else ''}: "
            f"dịch vụ +{summary.services_added} ~{summary.services_updated} "
            f"-{summary.services_deactivated}; quầy +{summary.counters_added} ~{summary.counters_updated} "
            f"-{summary.counters_deactivated}"
            + (f"; {summary.holidays_added} ngày nghỉ lễ có sẵn (tính ngày hẹn trả)" if summary.holidays_added else "")
        )
    return 0


def config_export(ctx: Context) -> int:
    text = dump_centre_file(export_centre(ctx.app().db))
    if ctx.args.out:
        _write(Path(ctx.args.out), text)
    else:
        print(text, end="")
    return 0


def events_follow(ctx: Context) -> int:
    app = ctx.app()
    feed = app.event_feed()
    deadline = time.monotonic() + ctx.args.seconds if ctx.args.seconds else None
    try:
        while deadline is None or time.monotonic() < deadline:
            wait = 1.0 if deadline is None else max(0.0, min(1.0, deadline - time.monotonic()))
            batch = feed.poll(wait)
            if batch is not None and batch.offline:
                print("Mất kết nối cơ sở dữ liệu; đang thử lại...", file=sys.stderr, flush=True)
            for event in batch.events if batch else []:
                if ctx.json:
                    emit_json(event.to_json())
                else:
                    parts = [clock(event.at, app.zone), event_label(event.kind), event.number or ""]
                    parts += [f"quầy {event.counter}"] if event.counter else []
                    parts += [f"({event.reason})"] if event.reason else []
                    say(" ".join(part for part in parts if part))
                print(end="", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        feed.close()
    return 0


def _write(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Không ghi được tệp {path}: {exc.strerror}.") from exc
    print(f"Đã ghi {path.resolve()}", file=sys.stderr)  # stdout stays clean for pipes
