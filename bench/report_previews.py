"""Sample reports to look at: a demo centre with June and July 2026 of generated history, then the
daily report of 15/07/2026 and the July report as PDF (and PNG pages, with pdftoppm), XLSX and text.

    .venv/bin/python -m bench.report_previews OUT_FOLDER

Generated data (bench/history.py, bench/intake_history.py), so the figures mean nothing; the
layout, the wording and the number formats are what to look at."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bench.common import ZONE
from bench.history import HistoryWriter, Layout
from bench.intake_history import IntakeHistory
from db.engine import Database
from db.migrate import upgrade
from kiosk_desktop.centre_file import load_centre_file
from kiosk_desktop.metrics.period import day_period, month_period
from kiosk_desktop.metrics.report import build_report
from kiosk_desktop.metrics.settings import ReportSettings
from kiosk_desktop.reports.render import render
from kiosk_desktop.services.centre_setup import import_centre

DEMO_CENTRE = Path(__file__).resolve().parents[1] / "kiosk_desktop" / "data" / "demo_centre.toml"
SETTINGS = ReportSettings(
    authority="Ủy ban nhân dân phường Hồng Bàng",
    place="Hồng Bàng",
    signer_name="Nguyễn Thị Vân Anh",
    preparer_name="Trần Minh Đức",
)


def _load(database: Database) -> None:
    import_centre(database, load_centre_file(DEMO_CENTRE))
    tickets = HistoryWriter(database, Layout.read(database), seed=5)
    intake = IntakeHistory(database, seed=5)
    intake.catalogue_and_staff()
    end = datetime.combine(date(2026, 7, 31), time(17), ZONE)
    day = date(2026, 6, 1)
    while day <= date(2026, 7, 31):
        if day.weekday() < 5:
            tickets.past_day(day, int(430 * tickets.rng.uniform(0.8, 1.2)))
            intake.counter_day(day)
            intake.dossier_day(day, int(330 * intake.rng.uniform(0.8, 1.2)), end)
            intake.ratings_day(day, 160)
        day += timedelta(days=1)
    tickets.flush()
    intake.flush()
    intake.attribute_ticket_events()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "previews")
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="kiosk-previews-"))
    database = Database(f"sqlite:///{folder / 'demo.sqlite3'}")
    try:
        upgrade(database)
        _load(database)
        for name, period, daily in (
            ("report_daily", day_period(date(2026, 7, 15)), True),
            ("report_month", month_period("2026-07"), False),
        ):
            report = build_report(database, ZONE, period, SETTINGS)
            pdf = out / f"{name}.pdf"
            pdf.write_bytes(render(report, "pdf", daily=daily))  # type: ignore[arg-type]
            (out / f"{name}.txt").write_text(str(render(report, "txt", daily=daily)), encoding="utf-8")
            if shutil.which("pdftoppm"):
                subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf), str(out / name)], check=True)
        month = build_report(database, ZONE, month_period("2026-07"), SETTINGS)
        (out / "report_month.xlsx").write_bytes(render(month, "xlsx", daily=False))  # type: ignore[arg-type]
    finally:
        database.dispose()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"written to {out.resolve()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
