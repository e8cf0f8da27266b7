"""Generate the default Vietnamese voice clips with espeak-ng (run at build time, commit the WAVs).

    python installer/make_voice_clips.py                 # every clip, into kiosk_desktop/data/voice/vi
    python installer/make_voice_clips.py --extra "xin"   # also clips for the words of a custom template

Needs espeak-ng (with its Vietnamese voice `vi`) and sox on the PATH. Each clip is one word, one
letter name or one fixed part of the default template, stored as 16 kHz mono 16-bit PCM with the
silence trimmed and the peak normalised, so clips join into natural-length calls. `words.txt` lists
every clip (file name, tab, what it says): a centre that records its own voice records these."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk_desktop.voice import DEFAULT_TEMPLATE, Clip, VoiceSettings, vocabulary  # noqa: E402
from kiosk_desktop.voice.template import parse_template  # noqa: E402

OUT = ROOT / "kiosk_desktop" / "data" / "voice" / "vi"
LIST_NAME = "words.txt"
SPEED_WPM = 130  # espeak-ng's 175 is too fast for a hall with an echo
# sox effects: 16 kHz mono 16-bit; cut quiet (<0.5%) at both ends; 4 ms fades so joins do not click;
# peak at -1 dBFS so every clip has the same loudness.
# (A fade-out needs a known length, so each end is faded in while the clip is the right way round.)
SOX_EFFECTS = ["silence", "1", "0.01", "0.5%", "reverse", "silence", "1", "0.01", "0.5%", "fade", "h", "0.004",
               "reverse", "fade", "h", "0.004", "norm", "-1"]  # fmt: skip


def all_clips(extra: list[str]) -> list[Clip]:
    """Every clip any setting can need: both regional number words, the default template and its words."""
    clips: list[Clip] = []
    for zero_tens in ("linh", "lẻ"):
        for thousand in ("nghìn", "ngàn"):
            clips += vocabulary(VoiceSettings(zero_tens=zero_tens, thousand=thousand))
    # The template's fixed parts word by word too, so a centre's own template can reuse the words.
    template_parts = [Clip(part) for part in parse_template(DEFAULT_TEMPLATE) if isinstance(part, str)]
    clips += [Clip(word.text.lower()) for part in template_parts for word in part.words]
    clips += [Clip(text) for text in extra]
    return list(dict.fromkeys(clips))


def make_clip(clip: Clip, folder: Path, voice: str) -> Path:
    target = folder / f"{clip.name}.wav"
    with tempfile.TemporaryDirectory() as scratch:
        raw = Path(scratch) / "raw.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(SPEED_WPM), "-w", str(raw), clip.text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(target), *SOX_EFFECTS], check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the clips")
    parser.add_argument("--extra", action="append", default=[], help="more text to record (repeatable)")
    parser.add_argument("--voice", default="vi", help="espeak-ng voice: vi, vi-vn-x-central, vi-vn-x-south")
    args = parser.parse_args(argv)
    for tool in ("espeak-ng", "sox"):
        if shutil.which(tool) is None:
            parser.error(f"{tool} is not installed")
    args.out.mkdir(parents=True, exist_ok=True)
    clips = all_clips(args.extra)
    names = [clip.name for clip in clips]
    if len(set(names)) != len(names):
        parser.error("two different texts got the same clip name")
    total = 0
    for clip in clips:
        total += make_clip(clip, args.out, args.voice).stat().st_size
    lines = [f"{clip.name}\t{clip.text}" for clip in sorted(clips, key=lambda c: c.name)]
    (args.out / LIST_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(clips)} clips, {total / 1024:.0f} KiB, in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
