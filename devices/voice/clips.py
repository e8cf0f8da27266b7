"""The clip library: one WAV per word or fixed phrase, the centre's own recordings before the defaults."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from devices.voice.chime import load_chime
from devices.voice.wav import BadWav, Pcm, join, read_wav, scaled, silence, trimmed
from kiosk_desktop.errors import ConfigError, VoiceClipsMissing
from kiosk_desktop.voice import Clip, VoiceSettings, call_plan, vocabulary

log = logging.getLogger(__name__)

CHIME_GAP_MS = 250  # between the chime and the first word


def default_clip_dir() -> Path:
    return Path(str(resources.files("kiosk_desktop") / "data" / "voice" / "vi"))


class ClipLibrary:
    """Finds and loads clips by name: `<own folder>/<name>.wav` first, then the shipped set."""

    def __init__(self, own_dir: Path | None = None, default_dir: Path | None = None) -> None:
        if own_dir is not None and not own_dir.is_dir():
            raise ConfigError(
                f"Không thấy thư mục ghi âm giọng gọi số {own_dir}. Sửa mục voice.clips_dir trong tệp cài đặt "
                "hoặc bỏ mục đó để dùng giọng mặc định."
            )
        self.own_dir = own_dir
        self.default_dir = default_dir or default_clip_dir()
        self._cache: dict[Path, Pcm] = {}
        self._chime: Pcm | None = None

    @classmethod
    def from_settings(cls, voice: VoiceSettings) -> ClipLibrary:
        own = Path(voice.clips_dir).expanduser() if voice.clips_dir else None
        return cls(own)

    def path(self, clip: Clip) -> Path | None:
        for folder in (self.own_dir, self.default_dir):
            if folder is not None and (folder / f"{clip.name}.wav").is_file():
                return folder / f"{clip.name}.wav"
        return None

    def is_own(self, clip: Clip) -> bool:
        """The centre recorded this clip itself."""
        path = self.path(clip)
        return path is not None and path.parent == self.own_dir

    def chime(self) -> Pcm:
        if self._chime is None:
            self._chime = load_chime(self.own_dir)
        return self._chime

    def missing(self, clips: Iterable[Clip]) -> list[Clip]:
        """Clips that can be said neither whole nor word by word."""
        return [clip for clip in clips if self.path(clip) is None and any(self.path(w) is None for w in clip.words)]

    def require(self, clips: Iterable[Clip]) -> None:
        missing = self.missing(clips)
        if missing:
            names = ", ".join(f"{clip.name}.wav ({clip.text})" for clip in missing)
            folder = self.own_dir or self.default_dir
            raise VoiceClipsMissing(
                f"Thiếu tệp ghi âm cho: {names}. Ghi âm thêm các tệp này vào {folder} "
                "hoặc sửa câu gọi (voice.template) trong tệp cài đặt.",
                detail=f"missing clips {[clip.name for clip in missing]}",
            )

    def pieces(self, clip: Clip) -> list[Pcm]:
        """The recording of the clip, or of its words one by one when there is no whole recording."""
        path = self.path(clip)
        if path is not None:
            return [self._load(path)]
        self.require([clip])
        return [self._load(self.path(word)) for word in clip.words]  # type: ignore[arg-type]

    def _load(self, path: Path) -> Pcm:
        if path not in self._cache:
            try:
                pcm = read_wav(path)
            except (BadWav, OSError) as exc:
                raise ConfigError(
                    f"Tệp ghi âm {path} bị hỏng hoặc không phải WAV PCM. Ghi âm lại tệp này hoặc xóa nó "
                    "để dùng giọng mặc định.",
                    detail=str(exc),
                ) from exc
            # The centre's own recordings usually have silence around the word; the shipped set is trimmed.
            self._cache[path] = trimmed(pcm) if path.parent == self.own_dir else pcm
        return self._cache[path]


def render_call(number: str, counter: int, voice: VoiceSettings, library: ClipLibrary) -> Pcm:
    """The whole call as one sound: chime, then the phrase `voice.repeat` times."""
    return scaled(join(call_parts(number, counter, voice, library), 0), voice.volume)


def call_parts(number: str, counter: int, voice: VoiceSettings, library: ClipLibrary) -> list[Pcm]:
    phrase = render_phrase(number, counter, voice, library)
    parts: list[Pcm] = []
    if voice.chime:
        parts += [library.chime(), silence(CHIME_GAP_MS)]
    for index in range(voice.repeat):
        if index:
            parts.append(silence(voice.repeat_gap_ms))
        parts.append(phrase)
    return parts


def render_phrase(number: str, counter: int, voice: VoiceSettings, library: ClipLibrary) -> Pcm:
    pieces: list[Pcm] = []
    for clip in call_plan(number, counter, voice):
        pieces += library.pieces(clip)
    return join(pieces, voice.word_gap_ms)


def check_library(voice: VoiceSettings, library: ClipLibrary) -> None:
    """Raise VoiceClipsMissing (or ConfigError for a broken file) now, at start-up, rather than at
    the first call in a full hall; loading every clip here also makes the first call as quick as the rest."""
    clips = vocabulary(voice)
    library.require(clips)
    for clip in clips:
        library.pieces(clip)
    library.chime()
    log.info("voice clips complete: own folder %s, default %s", library.own_dir, library.default_dir)
