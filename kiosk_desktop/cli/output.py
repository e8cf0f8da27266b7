"""How commands print: one JSON object on stdout with --json, Vietnamese lines otherwise."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kiosk_desktop.services.ticket_text import status_label
from kiosk_desktop.services.views import TicketView

#: dev.py sets this to the command that runs the program through it (e.g. "python3 dev.py run"):
#: `kiosk-desktop` is only on PATH after a real install, and a hint must be something the user can type.
ENV_LAUNCHER = "KIOSK_LAUNCHER"


def program_command() -> str:
    """How this user starts the program, for hints such as 'tạo mới bằng: ... db upgrade'."""
    return os.environ.get(ENV_LAUNCHER) or "kiosk-desktop"


def shell_word(text: str) -> str:
    """A path as one word on a command line (double quotes work in cmd.exe and POSIX shells alike)."""
    return f'"{text}"' if any(c.isspace() for c in text) or not text else text


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def say(text: str) -> None:
    print(text)


def clock(moment: datetime | None, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M:%S") if moment else "--:--:--"


def describe_ticket(ticket: TicketView, zone: ZoneInfo) -> str:
    parts = [f"Số {ticket.number}", ticket.service_name, status_label(ticket.status)]
    if ticket.priority:
        parts.append("ưu tiên")
    if ticket.counter is not None:
        parts.append(f"quầy {ticket.counter}")
    parts.append(f"cấp lúc {clock(ticket.issued_at, zone)}")
    return " · ".join(parts)
