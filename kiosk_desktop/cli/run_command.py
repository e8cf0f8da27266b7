"""`kiosk-desktop run --role ROLE`: open the window of one role on this PC.

Qt is imported only here, when the command runs: every other command stays usable on a PC (or a
CI runner) without a screen or the Qt libraries."""

from __future__ import annotations

import argparse

from kiosk_desktop.cli.context import Context

ROLES = ("kiosk", "reception", "counter", "display", "counter-display", "supervisor")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    run = commands.add_parser("run", help="mở cửa sổ làm việc của một vai trò trên máy này")
    run.add_argument(
        "--role",
        required=True,
        choices=ROLES,
        help="kiosk (máy lấy số), reception (quầy hướng dẫn), counter (quầy tiếp nhận), "
        "display (màn hình gọi số ở sảnh), counter-display (màn hình nhỏ trên quầy), "
        "supervisor (lãnh đạo Trung tâm: theo dõi các quầy, in và lưu báo cáo)",
    )
    run.add_argument("--counter", type=int, help="số quầy (counter, counter-display)")
    run.add_argument("--screen", type=int, help="số màn hình, đánh số từ 1 (mặc định: màn hình chính)")
    run.add_argument("--windowed", action="store_true", help="mở trong cửa sổ thường thay vì toàn màn hình (để thử)")
    run.set_defaults(handler=run_role)


def run_role(ctx: Context) -> int:
    app = ctx.app()
    from ui.roles import run_role as open_role  # Qt only for this command

    return open_role(app, ctx.args.role, counter=ctx.args.counter, screen=ctx.args.screen, windowed=ctx.args.windowed)
