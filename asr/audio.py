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
    if path.suffix.lower() == ".wav":
        missing = wav_missing_bytes(path)
        if missing:
            raise AudioError(path, f"truncated: the WAV header announces {missing} more bytes of audio "
                                   f"than the file holds (an interrupted copy or recording?)")
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


def wav_missing_bytes(path: str | Path) -> int:
    """Bytes of audio a RIFF/WAVE file's ``data`` chunk announces beyond the end of the file
    (0 when complete, not a plain RIFF file, or the size is a streaming placeholder).

    libsndfile reads a cut-off WAV as a shorter recording without complaint (it does notice a
    cut-off FLAC); a call that silently loses its ending would lose its closing and be scored
    for a missing 结束语, so the header is checked first."""
    size = Path(path).stat().st_size
    with open(path, "rb") as f:
        head = f.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return 0
        offset = 12
        while offset + 8 <= size:
            f.seek(offset)
            chunk = f.read(8)
            if len(chunk) < 8:
                return 0
            declared = int.from_bytes(chunk[4:8], "little")
            if chunk[:4] == b"data":
                if declared in (0, 0xFFFFFFFF):       # written while streaming: size unknown
                    return 0
                return max(0, declared - (size - offset - 8))
            offset += 8 + declared + (declared & 1)
    return 0


DUAL_MONO_DB = -40.0   # stereo whose channels differ by less than this is one mix on both sides


def is_dual_mono(left: np.ndarray, right: np.ndarray) -> bool:
    """True when both channels carry the same mix (difference below ``DUAL_MONO_DB`` of the
    louder channel): a mono recording saved as stereo, where left/right say nothing of roles."""
    power = max(float(np.mean(left * left)), float(np.mean(right * right)))
    if power == 0.0:
        return True
    diff = left - right
    return float(np.mean(diff * diff)) <= power * 10 ** (DUAL_MONO_DB / 10)


def resample(samples: np.ndarray, rate: int, target: int = TARGET_RATE) -> np.ndarray:
    if rate == target:
        return samples.astype(np.float32, copy=False)
    return soxr.resample(samples, rate, target, quality="HQ").astype(np.float32, copy=False)


def split_roles(audio: DecodedAudio, agent_channel: str = "left") -> list[RoleSignal]:
    """Maps channels to roles: stereo gives one signal per role, mono one unknown signal.

    ``agent_channel`` is ``left`` (the default), ``right``, or ``mono`` to mix a stereo file
    down when both parties share both channels. A stereo file with the same mix on both
    channels (:func:`is_dual_mono`) is treated as mono whatever the mapping: splitting it would
    make every word both the agent's and the customer's.
    """
    if agent_channel not in AGENT_CHANNELS:
        raise AudioError(audio.path, f"agent_channel must be one of {', '.join(AGENT_CHANNELS)}, "
                                     f"not '{agent_channel}'")
    if audio.n_channels == 1:
        return [RoleSignal("mono", "unknown", audio.channels[0])]
    left, right = audio.channels
    if agent_channel == "mono" or is_dual_mono(left, right):
        return [RoleSignal("mono", "unknown", (left + right) * 0.5)]
    agent_is_left = agent_channel == "left"
    return [RoleSignal("left", "agent" if agent_is_left else "customer", left),
            RoleSignal("right", "customer" if agent_is_left else "agent", right)]
