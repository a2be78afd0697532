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


BLOCK_FRAMES = 1 << 16          # frames decoded at a time (~8 s at 8 kHz): memory stays flat
FORMAT_NAMES = {"wav": "WAV", "flac": "FLAC", "ogg": "Ogg", "mp3": "MP3"}


def load_audio(path: str | Path) -> DecodedAudio:
    """Reads a recording and returns its channels resampled to 16 kHz.

    Decoded and resampled block by block, so an hour-long call never holds more than its
    16 kHz channels in memory. Raises AudioError for: missing or empty files, unsupported
    formats, files that are not audio at all, undecodable or truncated data (every supported
    format: WAV and μ-law WAV by the header's data size, FLAC by its frame count, Ogg by its
    end-of-stream page, MP3 by its Xing/Info byte count or a cut-off last frame), zero-length
    audio, more than two channels, and (status ``empty``) all-silence audio.
    """
    path = Path(path)
    if not path.is_file():
        raise AudioError(path, "file not found")
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        raise AudioError(path, f"unsupported format '{path.suffix or '(no extension)'}' "
                               f"(supported: {', '.join(SUPPORTED_EXTENSIONS)})")
    if path.stat().st_size == 0:
        raise AudioError(path, "empty file (0 bytes)")
    fmt = sniff_format(path)
    missing = {"wav": wav_missing_bytes, "ogg": ogg_missing_end, "mp3": mp3_missing_bytes}.get(fmt, lambda _: 0)(path)
    if missing:
        raise AudioError(path, f"truncated: the {FORMAT_NAMES[fmt]} file ends {missing} bytes before the audio its "
                               f"header announces (an interrupted copy or recording?)" if missing > 0 else
                               f"truncated: the {FORMAT_NAMES[fmt]} stream stops mid-way (no end-of-stream marker; "
                               f"an interrupted copy or recording?)")
    try:
        with sf.SoundFile(str(path)) as f:
            rate, n_channels, announced = int(f.samplerate), f.channels, f.frames
            if n_channels > 2:
                raise AudioError(path, f"{n_channels} channels; expected mono or stereo (one channel per role)")
            channels, frames, peak = _decode_resampled(path, f, rate, n_channels, announced)
    except (sf.LibsndfileError, RuntimeError) as exc:
        raise AudioError(path, f"not a readable {FORMAT_NAMES[fmt]} file ({exc or type(exc).__name__})") from exc
    if frames == 0:
        raise AudioError(path, "zero-length audio (no samples)")
    if peak < SILENCE_PEAK:
        raise AudioError(path, "all silence (peak below -60 dBFS)", status="empty")
    return DecodedAudio(str(path), channels, rate, frames / float(rate))


def _decode_resampled(path: Path, f: sf.SoundFile, rate: int, n_channels: int, announced: int):
    """Streams ``f`` through soxr block by block → (16 kHz channels, frames read, peak)."""
    streams = [soxr.ResampleStream(rate, TARGET_RATE, 1, dtype="float32", quality="HQ")
               for _ in range(n_channels)] if rate != TARGET_RATE else None
    outs = [_Growing(int(announced * TARGET_RATE / rate) + 64) for _ in range(n_channels)]
    frames, peak = 0, 0.0
    try:
        for block in f.blocks(blocksize=BLOCK_FRAMES, dtype="float32", always_2d=True):
            if not np.isfinite(block).all():
                raise AudioError(path, "corrupt samples (NaN or infinite values)")
            frames += len(block)
            peak = max(peak, float(np.abs(block).max(initial=0.0)))
            for c in range(n_channels):
                col = np.ascontiguousarray(block[:, c])
                outs[c].add(streams[c].resample_chunk(col) if streams else col)
    except sf.LibsndfileError as exc:
        raise AudioError(path, f"truncated or corrupt: decoding stopped at {frames / rate:.1f} s of the "
                               f"{announced / rate:.1f} s the header announces ({exc or 'decoder error'})") from exc
    if announced > 0 and frames < announced and Path(path).suffix.lower() in (".flac", ".wav"):
        raise AudioError(path, f"truncated: {frames / rate:.1f} s decoded of the {announced / rate:.1f} s the header "
                               f"announces ({(announced - frames) / rate:.1f} s missing)")
    if streams:
        for c in range(n_channels):
            outs[c].add(streams[c].resample_chunk(np.zeros(0, np.float32), last=True))
    return [o.array() for o in outs], frames, peak


class _Growing:
    """A float32 buffer filled block by block: one allocation when the header's length is right."""

    def __init__(self, capacity: int):
        self.buf, self.n = np.empty(max(capacity, 1), np.float32), 0

    def add(self, x: np.ndarray) -> None:
        if self.n + len(x) > len(self.buf):
            self.buf = np.resize(self.buf, max(self.n + len(x), 2 * len(self.buf)))
        self.buf[self.n:self.n + len(x)] = x
        self.n += len(x)

    def array(self) -> np.ndarray:
        """The samples (a view: a copy would double an hour-long channel for a moment)."""
        return self.buf[:self.n]


def sniff_format(path: str | Path) -> str:
    """The container a file's first bytes show (wav, flac, ogg, mp3); AudioError when they show
    none of them, saying what the file looks like instead of a decoder's puzzling message."""
    with open(path, "rb") as f:
        head = f.read(64)
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3"
    text = head.decode("utf-8", "replace")
    if text.count("\ufffd") <= 1 and all(ch.isprintable() or ch in "\r\n\t\ufffd" for ch in text):
        raise AudioError(path, f"not an audio file: it holds text ({' '.join(text.split())[:40]!r}...), "
                               "not WAV, FLAC, Ogg or MP3 data")
    raise AudioError(path, f"not an audio file: it starts with bytes {head[:8].hex(' ')}, "
                           "not a WAV, FLAC, Ogg or MP3 header")


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


def ogg_missing_end(path: str | Path) -> int:
    """-1 when an Ogg file's last page lacks the end-of-stream flag (the file was cut: libsndfile
    would read the pages before the cut as a shorter call), else 0."""
    size = Path(path).stat().st_size
    with open(path, "rb") as f:
        f.seek(max(0, size - 65_307))          # the largest possible Ogg page
        tail = f.read()
    last = tail.rfind(b"OggS")
    if last < 0 or last + 27 > len(tail):
        return -1
    header_type, segments = tail[last + 5], tail[last + 26]
    body = sum(tail[last + 27:last + 27 + segments]) if last + 27 + segments <= len(tail) else None
    if body is None or last + 27 + segments + body > len(tail):
        return -1                               # the last page itself is cut off
    return 0 if header_type & 0x04 else -1


# MPEG audio Layer III: kbit/s by bitrate index, Hz by sample-rate index, per MPEG version.
_MP3_KBPS = {1: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
             2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def mp3_missing_bytes(path: str | Path) -> int:
    """Bytes an MP3 lacks: from the Xing/Info header's stream size when there is one, else -1
    when the last frame runs past the end of the file; 0 when complete.

    The MP3 decoder fills a cut-off stream without complaint (its frame count comes from the
    header), so a truncated MP3 would otherwise be scored as if its ending were there."""
    data = Path(path).read_bytes()
    pos = 0
    if data[:3] == b"ID3" and len(data) >= 10:
        pos = 10 + ((data[6] & 0x7F) << 21 | (data[7] & 0x7F) << 14 | (data[8] & 0x7F) << 7 | (data[9] & 0x7F))
    end = len(data) - (128 if data[-128:-125] == b"TAG" else 0)
    first = True
    while pos + 4 <= end:
        b1, b2, b3 = data[pos + 1], data[pos + 2], data[pos + 3]
        version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
        if data[pos] != 0xFF or b1 & 0xE0 != 0xE0 or version == 1 or layer != 1 \
                or not 0 < b2 >> 4 < 15 or (b2 >> 2) & 3 == 3:
            return 0                        # not a Layer III frame: trailing tags or other data
        kbps = _MP3_KBPS[1 if version == 3 else 2][b2 >> 4]
        rate = _MP3_RATES[version][(b2 >> 2) & 3]
        length = (144 if version == 3 else 72) * kbps * 1000 // rate + ((b2 >> 1) & 1)
        if first:
            first = False
            tag = max(data.find(b"Xing", pos, pos + 64), data.find(b"Info", pos, pos + 64))
            if tag > 0 and int.from_bytes(data[tag + 4:tag + 8], "big") & 0x2:
                flags = int.from_bytes(data[tag + 4:tag + 8], "big")
                at = tag + 8 + (4 if flags & 0x1 else 0)
                declared = int.from_bytes(data[at:at + 4], "big")
                missing = declared - (end - pos)
                return missing if missing > max(1, declared // 100) else 0
        if pos + length > end:
            return -1
        pos += length
    return 0


DUAL_MONO_DB = -40.0   # stereo whose channels differ by less than this is one mix on both sides


def is_dual_mono(left: np.ndarray, right: np.ndarray) -> bool:
    """True when both channels carry the same mix (difference below ``DUAL_MONO_DB`` of the
    louder channel): a mono recording saved as stereo, where left/right say nothing of roles."""
    n = max(len(left), 1)
    power = max(float(np.dot(left, left)), float(np.dot(right, right))) / n
    if power == 0.0:
        return True
    diff_energy = 0.0
    for i in range(0, len(left), 1 << 20):     # in blocks: no hour-long temporary arrays
        d = left[i:i + (1 << 20)] - right[i:i + (1 << 20)]
        diff_energy += float(np.dot(d, d))
    return diff_energy / n <= power * 10 ** (DUAL_MONO_DB / 10)


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
