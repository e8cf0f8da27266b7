"""`kiosk-desktop demo`: a demo centre in a fresh SQLite file and a short scripted morning.

Then it opens the kiosk, counter 1 and the hall display on this PC (simulated printer, voice
calls if the PC has speakers). `--no-windows` stops after the morning (no Qt needed: the frozen
bundle's smoke test); `--script [--screenshots DIR]` plays the morning through the real windows
with nobody at the screen and saves a PNG of each window at key moments."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path

from db.migrate import upgrade
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.cli.context import Context
from kiosk_desktop.cli.demo_intake import prepare_intake, record_intake
from kiosk_desktop.cli.output import clock, program_command, say
from kiosk_desktop.domain import PriorityReason
from kiosk_desktop.services.centre_setup import import_centre

DEMO_CENTRE = "demo_centre.toml"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = commands.add_parser("demo", help="chạy thử trên một máy với dữ liệu mẫu")
    shown = demo.add_mutually_exclusive_group()
    shown.add_argument("--no-windows", action="store_true", help="chỉ in buổi sáng mẫu, không mở cửa sổ")
    shown.add_argument("--script", action="store_true", help="chạy buổi sáng mẫu qua các cửa sổ, không cần người")
    demo.add_argument("--screenshots", type=Path, metavar="THƯ_MỤC", help="lưu ảnh các cửa sổ (kèm --script)")
    demo.set_defaults(handler=run_demo)


def demo_centre_path() -> Path:
    return Path(str(resources.files("kiosk_desktop") / "data" / DEMO_CENTRE))


def run_demo(ctx: Context) -> int:
    if not ctx.args.db:
        demo_file = ctx.resolved.data_dir / "demo.sqlite3"
        for stale in (demo_file, Path(f"{demo_file}-wal"), Path(f"{demo_file}-shm")):
            stale.unlink(missing_ok=True)  # the demo always starts from an empty day
        ctx.args.db = f"sqlite:///{demo_file}"
        ctx._resolved = None
    app = ctx.app(check_schema=False)
    upgrade(app.db)
    import_centre(app.db, load_centre_file(demo_centre_path()))
    say(f"Cơ sở dữ liệu chạy thử: {app.db.describe()}")
    say(f"{app.status().centre} — 6 quầy, 8 dịch vụ")
    prepare_intake(ctx.app())
    say("")
    mode = _mode(ctx.args)
    if mode == "script":
        from ui.demo_script import run_demo_script  # Qt only when windows are wanted

        run_demo_script(ctx.app(), ctx.args.screenshots, say)
    else:
        _scripted_morning(ctx)
    record_intake(ctx.app())
    say("")
    say(f"Báo cáo trong ngày ({program_command()} report daily --format json):")
    report = app.daily_report()
    tickets = report["tickets"]
    say(
        f"  đã cấp {tickets['issued']}, đã phục vụ {tickets['served']}, vắng mặt {tickets['no_show']}, "
        f"đã hủy {tickets['cancelled']}, còn chờ {tickets['waiting']}"
    )
    say(f"\nXem lại: {program_command()} --db {app.db.describe()} queue status")
    if mode == "windows":
        say("\nMở máy lấy số, quầy 1 và màn hình sảnh; đóng các cửa sổ (hoặc Ctrl+C) để kết thúc.")
        from ui.demo_windows import run_demo_windows

        return run_demo_windows(ctx.app())
    return 0


def _mode(args: argparse.Namespace) -> str:
    """console (no windows), script (windows, no person) or windows (a person at the screen)."""
    if args.script or args.screenshots:
        return "script"
    if args.no_windows:
        return "console"
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    headless = platform.startswith(("offscreen", "minimal")) or (
        sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )
    if headless:
        say(
            "(Không có màn hình: chỉ chạy phần chữ. Xem các cửa sổ: "
            f"{program_command()} demo --script --screenshots ẢNH)\n"
        )
        return "console"
    return "windows"


def _scripted_morning(ctx: Context) -> None:
    app = ctx.app()
    queue = app.queue
    zone = app.zone

    def issued(code: str, reason: PriorityReason | None = None) -> None:
        ticket = queue.issue(code, reason).ticket
        mark = " (ưu tiên)" if ticket.priority else ""
        say(f"{clock(ticket.issued_at, zone)}  Kiosk cấp số {ticket.number}{mark} — {ticket.service_name}")

    def called(counter: int) -> None:
        ticket = queue.call_next(counter)
        if ticket is None:
            say(f"{'':10}Quầy {counter}: không còn ai chờ")
        else:
            say(f"{clock(ticket.called_at, zone)}  Mời công dân có số thứ tự {ticket.number} đến quầy số {counter}")

    for code in ("CT", "CT", "HT", "CT", "DD", "CC", "TKQ", "CT", "HD", "HT"):
        issued(code)
    issued("CT", PriorityReason.NGUOI_CAO_TUOI)
    for counter in (1, 2, 3, 4, 5, 6):
        called(counter)
    say(f"{'':10}Quầy 2 gọi lại: {queue.recall(2).number}")
    ticket = queue.no_show(2)
    say(f"{'':10}Quầy 2: số {ticket.number} vắng mặt")
    called(2)
    moved = queue.transfer(1, "HT")
    say(f"{'':10}Quầy 1 chuyển số {moved.number} sang {moved.service_name}")
    called(1)
    done = queue.finish(4)
    say(f"{'':10}Quầy 4 hoàn thành số {done.number}")
    queue.pause(4, "Họp giao ban")
    say(f"{'':10}Quầy 4 tạm dừng: Họp giao ban")
    for counter in (2, 3, 5, 6):
        done = queue.finish(counter)
        say(f"{'':10}Quầy {counter} hoàn thành số {done.number}")
    for counter in (2, 3):
        called(counter)
    queue.resume(4)
    say(f"{'':10}Quầy 4 làm việc trở lại")
