"""`voice` and `serial` commands: the phrase, a WAV that independent tools accept, Vietnamese errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from kiosk_desktop.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_voice_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "voice", "text", "--number", "A105", "--counter", "3")
    assert (code, err) == (0, "")
    assert out == "Mời công dân có số thứ tự a một trăm linh năm đến quầy số ba\n"
    code, out, _ = _run(capsys, "voice", "text", "--number", "b1012", "--counter", "12", "--digits", "--json")
    data = json.loads(out)
    assert data["phrase"].endswith("bê một không một hai đến quầy số mười hai")
    assert data["display"] == "Mời công dân có số thứ tự B1012 đến quầy số 12"
    assert data["clips"][1:3] == ["bee", "mootj"]


def test_voice_text_follows_the_settings_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('[voice]\ntemplate = "Xin mời số {số} tới quầy {quầy}"\nzero_tens = "lẻ"\n', "utf-8")
    code, out, _ = _run(capsys, "--settings", str(settings), "voice", "text", "--number", "A105", "--counter", "3")
    assert (code, out) == (0, "Xin mời số a một trăm lẻ năm tới quầy ba\n")


def test_voice_render_writes_a_wav_that_says_the_phrase(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out_file = tmp_path / "call.wav"
    code, out, err = _run(
        capsys, "voice", "render", "--number", "A105", "--counter", "3", "--out", str(out_file), "--json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    with wave.open(str(out_file), "rb") as reader:
        assert (reader.getnchannels(), reader.getsampwidth(), reader.getframerate()) == (1, 2, 16_000)
        seconds = reader.getnframes() / reader.getframerate()
    assert data["seconds"] == pytest.approx(seconds, abs=0.001)
    assert 6 < seconds < 20  # chime + the sentence twice
    if shutil.which("soxi"):  # an independent reader agrees
        soxi = subprocess.run(["soxi", "-D", str(out_file)], capture_output=True, text=True, check=True)
        assert float(soxi.stdout) == pytest.approx(seconds, abs=0.001)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng not installed")
def test_rendered_phrase_is_as_long_as_espeak_saying_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """No speakers here: the nearest thing to listening is comparing with the speech engine saying
    the whole sentence at once (the clips were cut from the same engine at the same speed)."""
    settings = tmp_path / "settings.toml"
    settings.write_text("[voice]\nchime = false\nrepeat = 1\n", "utf-8")
    clips_file, direct_file = tmp_path / "clips.wav", tmp_path / "direct.wav"
    args = ["--settings", str(settings), "voice", "render", "--number", "A105", "--counter", "3"]
    assert _run(capsys, *args, "--out", str(clips_file))[0] == 0
    sentence = "Mời công dân có số thứ tự a một trăm linh năm đến quầy số ba"
    subprocess.run(["espeak-ng", "-v", "vi", "-s", "130", "-w", str(direct_file), sentence], check=True)
    lengths = []
    for path in (clips_file, direct_file):
        with wave.open(str(path), "rb") as reader:
            lengths.append(reader.getnframes() / reader.getframerate())
    assert 0.8 < lengths[0] / lengths[1] < 1.5, lengths


def test_voice_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as bad_number:
        main(["voice", "text", "--number", "A-1", "--counter", "3"])
    assert bad_number.value.code == 64 and "số thứ tự" in capsys.readouterr().err
    code, out, err = _run(
        capsys, "voice", "render", "--number", "A1", "--counter", "3", "--out", str(tmp_path / "no" / "x.wav")
    )
    assert (code, out) == (2, "") and "Không ghi được" in err
    settings = tmp_path / "settings.toml"
    settings.write_text('[voice]\ntemplate = "Kính mời {số} đến quầy {quầy}"\n', "utf-8")
    code, out, err = _run(capsys, "--settings", str(settings), "voice", "check")
    assert code == 2 and "kinhs_mowif.wav" in err and "thiếu" in out


def test_serial_show_over_loop_and_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = _run(
        capsys,
        "serial",
        "show",
        "--port",
        "loop://",
        "--driver",
        "ascii",
        "--address",
        "3",
        "--number",
        "a105",
        "--json",
    )
    assert code == 0 and json.loads(out)["bytes"] == b"03S  A105\r\n".hex(" ")
    code, out, err = _run(capsys, "serial", "show", "--port", str(tmp_path / "ttyUSB9"), "--number", "A1")
    assert (code, out) == (6, "") and "Không thấy cổng" in err
    code, _, err = _run(capsys, "serial", "show", "--port", "loop://", "--driver", "acme", "--number", "A1")
    assert code == 2 and "stx-etx" in err
    code, out, _ = _run(capsys, "serial", "drivers", "--json")
    assert "led-digits" in json.loads(out)["drivers"]
