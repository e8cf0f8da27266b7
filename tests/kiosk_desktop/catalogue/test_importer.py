"""Importing a catalogue into both databases: versions, retirement, all-or-nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.intake_schema import Field, Procedure, ProcedureVersion
from kiosk_desktop.app import App
from kiosk_desktop.catalogue.importer import import_catalogue
from kiosk_desktop.errors import BadCatalogue
from kiosk_desktop.intake_terms import Channel, Outcome
from kiosk_desktop.services.dossiers import DossierService
from tests.helpers import load_centre
from tests.intake_helpers import INTAKE_CENTRE, SMALL_CATALOGUE, write_catalogue

GOOD_AND_BAD = SMALL_CATALOGUE + "7,Đăng ký kết hôn,1.00089,Hộ tịch,Trong ngày,,,\n8,,1.000656,Hộ tịch,Trong ngày,,,\n"


def _counts(app: App) -> tuple[int, int, int]:
    def work(s):  # type: ignore[no-untyped-def]
        return tuple(
            s.scalar(select(func.count()).select_from(table)) for table in (Procedure, ProcedureVersion, Field)
        )

    return app.db.run(work, readonly=True)  # type: ignore[no-any-return]


def _versions(app: App, code: str) -> list[tuple[int, str, float | None, str | None]]:
    def work(s):  # type: ignore[no-untyped-def]
        rows = s.execute(
            select(ProcedureVersion.version, ProcedureVersion.name, ProcedureVersion.time_limit, ProcedureVersion.fee)
            .join(Procedure, Procedure.id == ProcedureVersion.procedure_id)
            .where(Procedure.code == code)
            .order_by(ProcedureVersion.version)
        )
        return [tuple(row) for row in rows]

    return app.db.run(work, readonly=True)  # type: ignore[no-any-return]


def _active(app: App) -> dict[str, bool]:
    return dict(app.db.run(lambda s: s.execute(select(Procedure.code, Procedure.active)).all(), readonly=True))


@pytest.fixture
def intake_centre(app: App, tmp_path: Path) -> App:
    load_centre(app, tmp_path, INTAKE_CENTRE)
    return app


def test_first_import_creates_procedures_versions_and_unknown_fields(intake_centre: App, tmp_path: Path) -> None:
    summary = import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    assert (summary.added, summary.changed, summary.unchanged, summary.deactivated) == (6, 0, 0, 0)
    # Chứng thực, Hộ tịch, Đất đai came from the centre file; the other two are new, with no service
    assert summary.fields_added == ["Nuôi con nuôi", "Cư trú"]
    assert _counts(intake_centre) == (6, 6, 5)
    unmapped = intake_centre.db.run(
        lambda s: sorted(s.scalars(select(Field.name).where(Field.service_id.is_(None)))), readonly=True
    )
    assert unmapped == ["Cư trú", "Nuôi con nuôi"]


def test_same_file_again_adds_nothing(intake_centre: App, tmp_path: Path) -> None:
    path = write_catalogue(tmp_path)
    import_catalogue(intake_centre.db, path)
    again = import_catalogue(intake_centre.db, path)
    assert (again.added, again.changed, again.unchanged, again.deactivated, again.fields_added) == (0, 0, 6, 0, [])
    assert _counts(intake_centre) == (6, 6, 5)


def test_changed_rows_add_a_version_and_missing_ones_retire(intake_centre: App, tmp_path: Path) -> None:
    import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    edited = (
        SMALL_CATALOGUE.replace("03 ngày làm việc", "02 ngày làm việc")  # 1.004873 gets faster
        .replace("10.000 đồng", "15.000 đồng")  # 2.000884's fee
        .replace("6,Thông báo lưu trú,2.001159,Cư trú,01 giờ,Toàn trình,,\n", "")  # dropped from the list
    )
    summary = import_catalogue(intake_centre.db, write_catalogue(tmp_path, edited, "v2.csv"))
    assert (summary.added, summary.changed, summary.unchanged, summary.deactivated) == (0, 2, 3, 1)
    assert [(v, limit) for v, _, limit, _ in _versions(intake_centre, "1.004873")] == [(1, 3.0), (2, 2.0)]
    assert [fee for *_, fee in _versions(intake_centre, "2.000884")] == ["10.000 đồng", "15.000 đồng"]
    assert _active(intake_centre)["2.001159"] is False
    back = import_catalogue(
        intake_centre.db,
        write_catalogue(tmp_path, edited + "6,Thông báo lưu trú,2.001159,Cư trú,01 giờ,Toàn trình,,\n", "v3.csv"),
    )
    assert (back.reactivated, back.changed, back.unchanged) == (1, 0, 6)  # same content as its version 1
    assert _active(intake_centre)["2.001159"] is True


def test_a_dossier_keeps_the_version_it_was_received_under(intake_centre: App, tmp_path: Path) -> None:
    import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    desk = DossierService(intake_centre.db, intake_centre.zone)
    before = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    renamed = SMALL_CATALOGUE.replace(
        "Cấp Giấy xác nhận tình trạng hôn nhân", "Cấp Giấy xác nhận tình trạng hôn nhân (mới)"
    )
    import_catalogue(intake_centre.db, write_catalogue(tmp_path, renamed, "v2.csv"))
    after = desk.add(None, "1.004873", Channel.TRUC_TUYEN, Outcome.TIEP_NHAN, counter_number=1)
    again = desk.get(before.id)
    assert (again.procedure_version, again.procedure_name) == (1, "Cấp Giấy xác nhận tình trạng hôn nhân")
    assert (after.procedure_version, after.procedure_name) == (2, "Cấp Giấy xác nhận tình trạng hôn nhân (mới)")


def test_bad_rows_write_nothing_unless_asked(intake_centre: App, tmp_path: Path) -> None:
    import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    edited = GOOD_AND_BAD.replace("15 ngày làm việc", "20 ngày làm việc")
    path = write_catalogue(tmp_path, edited, "loi.csv")
    with pytest.raises(BadCatalogue) as caught:
        import_catalogue(intake_centre.db, path)
    assert "dòng 8: mã TTHC '1.00089' sai định dạng" in caught.value.message
    assert "dòng 9: thiếu tên thủ tục" in caught.value.message
    assert len(caught.value.bad_rows) == 2 and caught.value.exit_code == 2
    assert [limit for _, _, limit, _ in _versions(intake_centre, "1.012784")] == [15.0]  # untouched

    summary = import_catalogue(intake_centre.db, path, skip_bad_rows=True)
    assert (summary.changed, summary.unchanged, [bad.row for bad in summary.bad_rows]) == (1, 5, [8, 9])
    assert [limit for _, _, limit, _ in _versions(intake_centre, "1.012784")] == [15.0, 20.0]


def test_a_bad_row_does_not_retire_its_procedure(intake_centre: App, tmp_path: Path) -> None:
    import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    broken = SMALL_CATALOGUE.replace("2.001159,Cư trú,01 giờ", "2.001159,Cư trú,một lúc")
    summary = import_catalogue(intake_centre.db, write_catalogue(tmp_path, broken, "v2.csv"), skip_bad_rows=True)
    assert summary.deactivated == 0 and [bad.code for bad in summary.bad_rows] == ["2.001159"]
    assert _active(intake_centre)["2.001159"] is True


def test_a_file_with_only_bad_rows_is_refused_even_when_skipping(intake_centre: App, tmp_path: Path) -> None:
    path = write_catalogue(tmp_path, "Tên TTHC,Mã TTHC,Lĩnh vực\nKhai sinh,1.0011,Hộ tịch\n", "x.csv")
    with pytest.raises(BadCatalogue, match="không có dòng thủ tục nào"):
        import_catalogue(intake_centre.db, path, skip_bad_rows=True)
    assert _counts(intake_centre) == (0, 0, 3)


def test_a_failure_half_way_rolls_everything_back(
    intake_centre: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk_desktop.catalogue.importer as importer

    real = importer._version_values
    calls = 0

    def failing(row, field_id):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 4:
            raise RuntimeError("disk pulled out")
        return real(row, field_id)

    monkeypatch.setattr(importer, "_version_values", failing)
    with pytest.raises(RuntimeError):
        import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    assert _counts(intake_centre) == (0, 0, 3)  # no procedure, no version, no new field


def test_import_needs_a_centre(app: App, tmp_path: Path) -> None:
    from kiosk_desktop.errors import NotFound

    with pytest.raises(NotFound, match="config import"):
        import_catalogue(app.db, write_catalogue(tmp_path))


def test_codes_anywhere_in_a_skipped_row_are_not_retired(intake_centre: App, tmp_path: Path) -> None:
    with_birth = SMALL_CATALOGUE + "7,Khai sinh,1.004870,Hộ tịch,Trong ngày,,,\n"
    import_catalogue(intake_centre.db, write_catalogue(tmp_path, with_birth))
    broken = (
        # an extra comma shifts 1.012784 out of the code column: the row is bad, the code still there
        with_birth.replace("4,Tách thửa hoặc hợp thửa đất,1.012784,", "4,Tách thửa hoặc hợp thửa đất,,1.012784,")
        # a code saved by Excel as a number loses its trailing zero: 1.004870 -> 1.00487
        .replace("7,Khai sinh,1.004870,", "7,Khai sinh,1.00487,")
    )
    summary = import_catalogue(intake_centre.db, write_catalogue(tmp_path, broken, "v2.csv"), skip_bad_rows=True)
    assert sorted(bad.row for bad in summary.bad_rows) == [5, 8]
    active = _active(intake_centre)
    assert active["1.012784"] and active["1.004870"], "named in skipped rows: not retired"
    assert summary.deactivated == 0 and all(active.values())


def test_retiring_more_than_half_needs_to_be_asked_for(intake_centre: App, tmp_path: Path) -> None:
    import_catalogue(intake_centre.db, write_catalogue(tmp_path))
    header, *rows = SMALL_CATALOGUE.strip().splitlines()
    two_left = write_catalogue(tmp_path, "\n".join([header, *rows[:2]]) + "\n", "short.csv")
    with pytest.raises(BadCatalogue) as refused:
        import_catalogue(intake_centre.db, two_left)
    assert "ngừng áp dụng 4 trong 6 thủ tục" in refused.value.message and "--retire-missing" in refused.value.message
    assert all(_active(intake_centre).values()), "nothing written"
    summary = import_catalogue(intake_centre.db, two_left, retire_missing=True)
    assert summary.deactivated == 4 and sum(_active(intake_centre).values()) == 2
    three_left = write_catalogue(tmp_path, "\n".join([header, *rows[:3]]) + "\n", "half.csv")
    assert import_catalogue(intake_centre.db, three_left).reactivated == 1, "half or less needs no flag"
