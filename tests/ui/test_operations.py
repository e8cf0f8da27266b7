"""Operations: work runs off the GUI thread, the answer comes back on it, errors by type."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk_desktop.errors import KioskError, RuleViolation, StorageUnavailable
from ui.operations import Load, Operations, UnexpectedFault


def test_work_runs_on_a_worker_and_the_answer_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    gui = threading.get_ident()
    seen: dict[str, int] = {}
    answers: list[int] = []

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        answers.append(value)

    ops.run(work, done)
    qtbot.waitUntil(lambda: answers == [42])
    assert seen["work"] != gui
    assert seen["done"] == gui
    assert not ops.busy


def test_moves_run_one_at_a_time_in_order(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    started: list[int] = []
    finished: list[int] = []
    for index in range(5):
        ops.run(lambda index=index: started.append(index) or index, finished.append)
    qtbot.waitUntil(lambda: len(finished) == 5)
    assert started == [0, 1, 2, 3, 4]
    assert finished == [0, 1, 2, 3, 4]


def test_a_refusal_comes_back_as_the_typed_error(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    errors: list[KioskError] = []

    def refuse() -> None:
        raise RuleViolation("Quầy đang tạm dừng.")

    ops.run(refuse, lambda _: errors.append(KioskError("not expected")), errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], RuleViolation)
    assert errors[0].message == "Quầy đang tạm dừng."


def test_a_bug_becomes_a_plain_message_and_the_lane_keeps_working(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    errors: list[KioskError] = []
    answers: list[str] = []
    ops.run(lambda: 1 / 0, on_failed=errors.append)
    ops.run(lambda: "still here", answers.append)
    qtbot.waitUntil(lambda: answers == ["still here"])
    assert isinstance(errors[0], UnexpectedFault)
    assert "nhật ký" in errors[0].message


def test_database_trouble_is_signalled_once_and_cleared_by_the_next_success(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    lost: list[str] = []
    back: list[bool] = []
    ops.storage_failed.connect(lost.append)
    ops.storage_ok.connect(lambda: back.append(True))

    def unreachable() -> None:
        raise StorageUnavailable("Không làm việc được với cơ sở dữ liệu.")

    with qtbot.waitSignal(ops.storage_failed):
        ops.run(unreachable)
    assert lost == ["Không làm việc được với cơ sở dữ liệu."]
    with qtbot.waitSignal(ops.storage_ok):
        ops.run(lambda: None)
    ops.run(lambda: None)
    ops.wait()
    qtbot.wait(50)
    assert back == [True]  # once, not for every later success


def test_forgotten_callbacks_never_run(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    gate = threading.Event()
    answers: list[int] = []
    ops.run(lambda: gate.wait(5) and 1, answers.append)
    ops.forget()  # the window closed while the move was on its way
    gate.set()
    ops.wait()
    qtbot.wait(50)
    assert answers == []


def unreachable() -> None:
    raise StorageUnavailable("Không kết nối được cơ sở dữ liệu.")


class Flaky:
    """A read that fails while `down` is set, counting its runs."""

    def __init__(self) -> None:
        self.down = True
        self.runs = 0

    def __call__(self) -> int:
        self.runs += 1
        if self.down:
            unreachable()
        return self.runs


def test_a_failure_nobody_handles_is_logged(qtbot: QtBot, qapp: QApplication, caplog: pytest.LogCaptureFixture) -> None:
    ops = Operations()
    with caplog.at_level(logging.WARNING, logger="ui.operations"), qtbot.waitSignal(ops.storage_failed):
        ops.run(unreachable)
    assert any("no failure handler" in record.getMessage() for record in caplog.records)


def test_a_failed_load_says_so_and_runs_again_when_the_database_answers(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    read = Flaky()
    answers: list[int] = []
    errors: list[KioskError] = []
    load = Load(ops, read, answers.append, errors.append, retry_ms=60_000)
    load.start()
    qtbot.waitUntil(lambda: bool(errors))
    assert load.failing and answers == []
    assert isinstance(errors[0], StorageUnavailable)
    read.down = False
    ops.run(lambda: None)  # another read on the lane works: storage_ok
    qtbot.waitUntil(lambda: answers == [2])
    assert not load.failing and load.loaded


def test_a_failed_load_is_retried_by_itself(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    read = Flaky()
    answers: list[int] = []
    load = Load(ops, read, answers.append, retry_ms=30)
    load.start()
    qtbot.waitUntil(lambda: read.runs >= 2)  # nothing else on the lane: the timer tries again
    read.down = False
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    runs = read.runs
    qtbot.wait(100)
    assert read.runs == runs  # once it worked, no more retries


def test_a_scheduled_load_runs_again_and_never_twice_at_once(qtbot: QtBot, qapp: QApplication) -> None:
    ops = Operations()
    gate = threading.Event()
    running: list[int] = []
    overlaps: list[int] = []
    answers: list[int] = []

    def slow() -> int:
        running.append(1)
        if len(running) > 1:
            overlaps.append(1)
        gate.wait(5)
        running.pop()
        return 1

    load = Load(ops, slow, answers.append, every_ms=20)
    load.start()
    load.start()  # asked again while running: one more run after it, not a second one beside it
    assert load.running
    gate.set()
    qtbot.waitUntil(lambda: len(answers) >= 4, timeout=5000)  # the schedule keeps it coming
    load.stop()
    ops.wait()
    assert overlaps == []
