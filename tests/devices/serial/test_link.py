"""A serial line: reading presses, writing frames, going offline and coming back without a restart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import serial

from devices.serial import DeviceInput, KeypadAction, KeyPress, LinkState, RatingPress, SerialLink, make_driver
from devices.serial.ports import open_port, replug_sim, sim_pipe
from devices.serial.simulator import DeviceSimulator
from kiosk_desktop.errors import DeviceUnavailable, SerialPortBusy, SerialPortMissing
from tests.devices.serial.conftest import PtyLine, wait_for


class Recorder:
    def __init__(self) -> None:
        self.inputs: list[DeviceInput] = []
        self.states: list[LinkState] = []

    def link(self, url: str, driver: str = "stx-etx", **options: object) -> SerialLink:
        return SerialLink(
            url, make_driver(driver), on_input=self.inputs.append, on_state=self.states.append, retry_s=0.05, **options
        )  # type: ignore[arg-type]

    @property
    def online(self) -> bool:
        return bool(self.states) and self.states[-1].online


def test_loop_port_reads_back_presses_but_not_display_frames() -> None:
    recorder = Recorder()
    link = recorder.link("loop://", "ascii")
    link.start()
    try:
        assert wait_for(lambda: recorder.online)
        driver = make_driver("ascii")
        assert link.send(driver.show(1, "A105"))  # echoed back by loop://: not a press
        key = driver.key_frame(1, KeypadAction.RECALL)  # type: ignore[attr-defined]
        assert link.send(key[:3]) and link.send(key[3:])  # a frame split over two writes
        assert link.send(driver.rating_frame(2, 5))  # type: ignore[attr-defined]
        assert wait_for(lambda: len(recorder.inputs) == 2)
        assert recorder.inputs == [KeyPress(1, KeypadAction.RECALL), RatingPress(2, 5)]
    finally:
        link.close()


def test_pty_device_presses_and_sees_what_it_is_sent(pty_line: PtyLine) -> None:
    recorder = Recorder()
    link = recorder.link(str(pty_line.path))
    link.start()
    device = pty_line.simulator()
    try:
        assert wait_for(lambda: recorder.online)
        device.press(4, KeypadAction.NEXT)
        device.rate(4, 2)
        assert wait_for(lambda: len(recorder.inputs) == 2)
        assert recorder.inputs == [KeyPress(4, KeypadAction.NEXT), RatingPress(4, 2)]
        link.send(link.driver.blink(4, "C0101"))
        assert device.wait_until(lambda d: 4 in d.shown)
        assert (device.shown[4].kind, device.shown[4].number) == ("blink", "C0101")
    finally:
        link.close()


def test_unplug_and_plug_back_reconnects_by_itself(pty_line: PtyLine) -> None:
    recorder = Recorder()
    link = recorder.link(str(pty_line.path))
    resent: list[int] = []
    link.add_reconnect_hook(lambda: resent.append(1))
    link.start()
    try:
        assert wait_for(lambda: recorder.online)
        pty_line.unplug()
        assert wait_for(lambda: not recorder.online)
        problem = recorder.states[-1].problem
        assert isinstance(problem, DeviceUnavailable) and "kết nối lại" in problem.message
        assert not link.send(b"dropped while unplugged")
        pty_line.plug()
        assert wait_for(lambda: recorder.online)
        assert len(resent) == 2  # the first connection and the reconnection
        device = pty_line.simulator()
        device.press(1, KeypadAction.FINISH)
        assert wait_for(lambda: recorder.inputs == [KeyPress(1, KeypadAction.FINISH)])
        online_changes = [state.online for state in recorder.states]
        assert online_changes[0] is True and online_changes[-1] is True and False in online_changes
    finally:
        link.close()


def test_a_busy_port_is_reported_and_taken_once_free(pty_line: PtyLine) -> None:
    other_program = serial.serial_for_url(str(pty_line.path), exclusive=True)
    recorder = Recorder()
    link = recorder.link(str(pty_line.path), name="bảng số quầy 3")
    link.start()
    try:
        assert wait_for(lambda: bool(recorder.states))
        problem = recorder.states[-1].problem
        assert isinstance(problem, SerialPortBusy)
        assert "đang bị chương trình khác dùng" in problem.message and "bảng số quầy 3" in problem.message
        other_program.close()
        assert wait_for(lambda: recorder.online)
        assert len(recorder.states) == 2  # the same failure every retry is reported once
    finally:
        link.close()
        other_program.close()


def test_missing_port_message(tmp_path: Path) -> None:
    try:
        open_port(str(tmp_path / "ttyUSB9"), device="bàn phím quầy 2")
    except SerialPortMissing as problem:
        assert "Không thấy cổng" in problem.message and "bàn phím quầy 2" in problem.message
        assert problem.detail
    else:
        raise AssertionError("opened a port that does not exist")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="pty pairs need Linux or macOS")
def test_missing_port_then_plugged_in(tmp_path: Path) -> None:
    recorder = Recorder()
    link = recorder.link(str(tmp_path / "ttyLATE"))
    link.start()
    try:
        assert wait_for(lambda: bool(recorder.states))
        assert isinstance(recorder.states[-1].problem, SerialPortMissing)
        line = PtyLine(tmp_path / "ttyLATE")
        assert wait_for(lambda: recorder.online)
        line.unplug()
    finally:
        link.close()


def test_simulated_line_unplug_and_replug() -> None:
    url = "sim://test-link"
    recorder = Recorder()
    replug_sim(url)
    link = recorder.link(url)
    link.start()
    try:
        assert wait_for(lambda: recorder.online)
        device = DeviceSimulator.on_sim(url, link.driver)  # type: ignore[arg-type]
        device.press(2, KeypadAction.NEXT)
        assert wait_for(lambda: recorder.inputs == [KeyPress(2, KeypadAction.NEXT)])
        sim_pipe(url).unplug()
        assert wait_for(lambda: not recorder.online)
        replug_sim(url)
        assert wait_for(lambda: recorder.online)
    finally:
        link.close()
