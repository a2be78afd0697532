"""Decoding recordings and splitting them into one signal per speaker role.

Call-center recordings arrive as WAV (PCM or G.711 μ-law), FLAC, OGG or MP3, often at 8 kHz,
usually stereo with the agent on one channel and the customer on the other. Whisper wants
16 kHz mono float32, so every channel is resampled with soxr (a proper band-limited
resampler, not sample dropping). Every way a file can be unusable raises :class:`AudioError`
naming the file and the reason, so the pipeline can record it and move on.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

TARGET_RATE = 16_000
SUPPORTED_EXTENSIONS = (".wav", ".flac", ".ogg", ".oga", ".mp3")
# Peak below -60 dBFS on every channel: nothing was recorded.
SILENCE_PEAK = 10 ** (-60 / 20)
AGENT_CHANNELS = ("left", "right", "mono")


class AudioError(ValueError):
    """A recording that cannot be transcribed; ``str()`` names the file and the reason."""

    def __init__(self, path: str | Path, reason: str, status: str = "failed"):
        self.path, self.reason, self.status = str(path), reason, status
        super().__init__(f"{path}: {reason}")


@dataclass
class DecodedAudio:
    path: str
    channels: list[np.ndarray]   # one float32 array per channel, at TARGET_RATE
    source_rate: int
    duration: float              # seconds

    @property
    def n_channels(self) -> int:
        return len(self.channels)


@dataclass
class RoleSignal:
    """One signal to transcribe and who speaks on it."""
    channel: str     # "left" | "right" | "mono"
    speaker: str     # "agent" | "customer" | "unknown"
    samples: np.ndarray


def load_audio(path: str | Path) -> DecodedAudio:
    """Reads a recording and returns its channels resampled to 16 kHz.

    Raises AudioError for: missing or empty files, unsupported formats, undecodable or
    truncated data, zero-length audio, more than two channels, and (status ``empty``)
    all-silence audio.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(path, "file not found")
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise AudioError(path, f"unsupported format '{path.suffix or '(no extension)'}' "
                               f"(supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    if path.stat().st_size == 0:
        raise AudioError(path, "empty file (0 bytes)")
    try:
        data, rate = sf.read(str(path), dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError, ValueError) as exc:
        raise AudioError(path, f"not a readable audio file or truncated ({exc})") from exc
    frames, n_channels = data.shape
    if frames == 0:
        raise AudioError(path, "zero-length audio (no samples)")
    if n_channels > 2:
        raise AudioError(path, f"{n_channels} channels; expected mono or stereo (one channel per role)")
    if not np.isfinite(data).all():
        raise AudioError(path, "corrupt samples (NaN or infinite values)")
    if float(np.abs(data).max()) < SILENCE_PEAK:
        raise AudioError(path, "all silence (peak below -60 dBFS)", status="empty")
    channels = [resample(np.ascontiguousarray(data[:, i]), rate) for i in range(n_channels)]
    return DecodedAudio(str(path), channels, int(rate), frames / float(rate))


def resample(samples: np.ndarray, rate: int, target: int = TARGET_RATE) -> np.ndarray:
    if rate == target:
        return samples.astype(np.float32, copy=False)
    return soxr.resample(samples, rate, target, quality="HQ").astype(np.float32, copy=False)


def split_roles(audio: DecodedAudio, agent_channel: str = "left") -> list[RoleSignal]:
    """Maps channels to roles: stereo gives one signal per role, mono one unknown signal.

    ``agent_channel`` is ``left`` (the default), ``right``, or ``mono`` to mix a stereo file
    down when both parties share both channels.
    """
    if agent_channel not in AGENT_CHANNELS:
        raise AudioError(audio.path, f"agent_channel must be one of {', '.join(AGENT_CHANNELS)}, "
                                     f"not '{agent_channel}'")
    if audio.n_channels == 1:
        return [RoleSignal("mono", "unknown", audio.channels[0])]
    left, right = audio.channels
    if agent_channel == "mono":
        return [RoleSignal("mono", "unknown", (left + right) * 0.5)]
    agent_is_left = agent_channel == "left"
    return [RoleSignal("left", "agent" if agent_is_left else "customer", left),
            RoleSignal("right", "customer" if agent_is_left else "agent", right)]
