"""Voice calls: recorded Vietnamese clips (default), a Windows Vietnamese voice, or a chime.

`build_announcer(settings.voice)` gives the Announcer (kiosk_desktop.devices_api) the windows use."""

from devices.voice.calls import CallQueue, ChimeVoice, ClipVoice, SilentAnnouncer, Sound, Speech, SpeechVoice
from devices.voice.clips import ClipLibrary, check_library, default_clip_dir, render_call
from devices.voice.factory import build_announcer
from devices.voice.fake import FakePlayer, FakeSpeaker
from devices.voice.player import Player, Speaker

__all__ = [
    "CallQueue",
    "ChimeVoice",
    "ClipLibrary",
    "ClipVoice",
    "FakePlayer",
    "FakeSpeaker",
    "Player",
    "SilentAnnouncer",
    "Sound",
    "Speaker",
    "Speech",
    "SpeechVoice",
    "build_announcer",
    "check_library",
    "default_clip_dir",
    "render_call",
]
