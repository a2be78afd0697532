"""What transcription produces: plain dataclasses any caller can read without the model."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SPEAKERS = ("agent", "customer", "unknown")


@dataclass
class Segment:
    call_id: str
    channel: str        # left | right | mono
    speaker: str        # agent | customer | unknown
    start: float        # seconds from the start of the recording
    end: float
    text: str           # Simplified Chinese
    avg_logprob: float | None = None
    no_speech_prob: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Activity:
    """An interval in which Silero VAD heard speech on one channel."""
    channel: str
    speaker: str
    start: float
    end: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class CallTranscript:
    call_id: str
    path: str
    duration: float
    channels: int
    source_rate: int
    segments: list[Segment] = field(default_factory=list)
    dropped: int = 0          # segments removed as hallucinations
    roles: str = "channel"    # channel: from the channel map | content: inferred on mono | none
    activity: list[Activity] = field(default_factory=list)   # voice activity per channel
