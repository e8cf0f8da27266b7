"""The centre file's [[field]] list: which queue service takes which field (lĩnh vực)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.intake_schema import Field
from db.schema import Service
from kiosk_desktop.app import App
from kiosk_desktop.centre_file import dump_centre_file, load_centre_file
from kiosk_desktop.errors import ConfigError
from kiosk_desktop.services.centre_setup import export_centre, import_centre
from tests.helpers import write_centre
from tests.intake_helpers import INTAKE_CENTRE, setup_intake


def _mapping(app: App) -> dict[str, str | None]:
    def work(s):  # type: ignore[no-untyped-def]
        rows = s.execute(select(Field.name, Service.code).outerjoin(Service, Service.id == Field.service_id))
        return {name: code for name, code in rows}

    return app.db.run(work, readonly=True)  # type: ignore[no-any-return]


def test_mapping_is_applied_and_exported(app: App, tmp_path: Path) -> None:
    setup_intake(app, tmp_path)
    assert _mapping(app) == {
        "Chứng thực": "CT", "Hộ tịch": "HT", "Đất đai": "DD", "Nuôi con nuôi": None, "Cư trú": None
    }  # fmt: skip
    exported = export_centre(app.db)
    assert [(f.name, f.service) for f in exported.field] == [("Chứng thực", "CT"), ("Hộ tịch", "HT"), ("Đất đai", "DD")]
    assert [o.code for o in exported.officer] == ["CB01", "CB02"]
    again = tmp_path / "again.toml"
    again.write_text(dump_centre_file(exported), encoding="utf-8")
    assert import_centre(app.db, load_centre_file(again)).changed is False


def test_remapping_and_leaving_a_field_out(app: App, tmp_path: Path) -> None:
    setup_intake(app, tmp_path)
    moved = INTAKE_CENTRE.replace('name = "Hộ tịch"\nservice = "HT"', 'name = "HỘ TỊCH"\nservice = "CT"')
    moved = moved.replace(
        '[[field]]\nname = "Đất đai"\nservice = "DD"\n', '[[field]]\nname = "Cư trú"\nservice = "HT"\n'
    )
    summary = import_centre(app.db, load_centre_file(write_centre(tmp_path / "..", moved)))
    # Hộ tịch renamed and moved, Cư trú mapped, Đất đai loses its service
    assert summary.fields_changed == 3
    assert _mapping(app) == {
        "Chứng thực": "CT", "HỘ TỊCH": "CT", "Đất đai": None, "Nuôi con nuôi": None, "Cư trú": "HT"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ('[[field]]\nname = "Chứng thực"\nservice = "XX"\n', "field[1].service: dịch vụ 'XX' không có"),
        ('[[field]]\nname = "Chứng thực"\nservice = "CT"\n[[field]]\nname = "CHUNG THUC"\nservice = "HT"\n',
         "field[2].name: lĩnh vực 'CHUNG THUC' bị trùng"),
    ],
)  # fmt: skip
def test_bad_field_entries_name_the_line(tmp_path: Path, extra: str, problem: str) -> None:
    from tests.helpers import SMALL_CENTRE

    with pytest.raises(ConfigError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        load_centre_file(write_centre(tmp_path, SMALL_CENTRE + extra))
