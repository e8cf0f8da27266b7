"""One live dossier per province code, across PCs: the database index (migration 0003) settles a
race the program's own check cannot see, and staff read which code is already recorded."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.intake_schema import Dossier
from kiosk_desktop.app import App
from kiosk_desktop.errors import KioskError, WriteConflict
from kiosk_desktop.intake_terms import Channel, DossierStatus, Outcome
from kiosk_desktop.services import dossiers as dossiers_module
from kiosk_desktop.services.dossiers import DossierService
from tests.helpers import FakeClock, open_app
from tests.intake_helpers import setup_intake

PROCEDURE = "1.004873"


@pytest.fixture
def desk(app: App, clock: FakeClock, tmp_path: Path) -> DossierService:
    return setup_intake(app, tmp_path)


def _count(app: App, code: str) -> int:
    return int(app.db.run(lambda s: s.scalar(select(func.count()).where(Dossier.code == code)), readonly=True))


def _add_online(desk: DossierService, code: str) -> Any:
    return desk.add(None, PROCEDURE, Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, code, counter_number=1)


def _race(db_url: str, tmp_path: Path, code: str) -> list[Any]:
    """Two PCs (two App objects, own engines and connections) record the same code at once."""
    apps = [open_app(db_url, tmp_path / f"pc{n}") for n in (1, 2)]
    start = threading.Barrier(2, timeout=10)
    results: list[Any] = [None, None]

    def pc(n: int) -> None:
        start.wait()
        try:
            results[n] = _add_online(DossierService(apps[n].db, apps[n].zone), code)
        except KioskError as exc:
            results[n] = exc

    threads = [threading.Thread(target=pc, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    for app in apps:
        app.close()
    return results


def _one_wins(results: list[Any]) -> None:
    refused = [r for r in results if isinstance(r, KioskError)]
    saved = [r for r in results if not isinstance(r, KioskError)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert isinstance(refused[0], WriteConflict)
    assert refused[0].message.startswith("Mã hồ sơ HS-RACE đã được ghi")


def test_two_pcs_recording_one_code_at_once(
    app: App,
    desk: DossierService,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Both PCs pass the program's check before either writes (held at a barrier on PostgreSQL,
    where nothing else orders them; SQLite's BEGIN IMMEDIATE lets only one writer in at a time,
    so there the second one starts after the first committed and its own check refuses it)."""
    if app.db.is_postgres:
        checked = threading.Barrier(2, timeout=10)
        seen: set[int] = set()
        original = dossiers_module._live_with_code

        def check_then_wait(s: Any, code: str) -> int | None:
            found = original(s, code)
            if threading.get_ident() not in seen:  # the first attempt only, not the retry
                seen.add(threading.get_ident())
                checked.wait()
            return found

        monkeypatch.setattr(dossiers_module, "_live_with_code", check_then_wait)
    with caplog.at_level(logging.WARNING, logger="db.engine"):
        results = _race(db_url, tmp_path, "HS-RACE")
    _one_wins(results)
    assert _count(app, "HS-RACE") == 1
    if app.db.is_postgres:  # the loser's insert hit the index, then its retry saw the winner's row
        assert any("transaction retry" in r.getMessage() for r in caplog.records)


def test_the_index_refuses_what_the_check_missed(
    app: App, desk: DossierService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the program's check (an older PC, or a race the retry also lost) the database
    refuses the second live dossier; staff read the code, not a database error."""
    first = _add_online(desk, "HS-1")
    monkeypatch.setattr(dossiers_module, "_live_with_code", lambda s, code: None)
    with pytest.raises(WriteConflict) as refused:
        _add_online(desk, "HS-1")
    assert refused.value.message == (
        "Mã hồ sơ HS-1 đã được ghi: mỗi mã hồ sơ chỉ ghi một lần. Cập nhật hồ sơ đã có mã này thay vì ghi lại."
    )
    assert _count(app, "HS-1") == 1
    # a refused or withdrawn dossier's code may be received again, even without the check
    desk.update(first.id, DossierStatus.RUT_HO_SO)
    again = _add_online(desk, "HS-1")
    desk.add(None, PROCEDURE, Channel.TRUC_TUYEN, Outcome.TU_CHOI, "HS-1", counter_number=1)
    assert _count(app, "HS-1") == 3
    assert desk.get("HS-1").id == again.id
    # dossiers without a code never clash
    for _ in range(2):
        _add_online(desk, "")
    assert app.db.run(lambda s: s.scalar(select(func.count()).where(Dossier.code.is_(None))), readonly=True) == 2


def test_the_programs_own_check_names_the_dossier(desk: DossierService) -> None:
    first = _add_online(desk, "HS-2")
    with pytest.raises(WriteConflict, match=f"Mã hồ sơ HS-2 đã được ghi \\(hồ sơ #{first.id}\\)"):
        _add_online(desk, " HS-2 ")
