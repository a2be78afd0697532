"""The input of the rule engine: a call as a list of utterances by speaker role."""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Utterance", "Transcript", "SPEAKERS"]

SPEAKERS = ("agent", "customer", "unknown")


@dataclass(frozen=True)
class Utterance:
    """One segment of speech."""
    speaker: str   # "agent" | "customer" | "unknown"
    start: float   # seconds from call start
    end: float
    text: str


@dataclass
class Transcript:
    call_id: str
    utterances: list[Utterance] = field(default_factory=list)   # any order; the engine sorts by start
    duration: float | None = None                               # seconds; None → last utterance end
    # Voice activity per speaker (Silero VAD intervals, text ""), independent of the ASR's segment
    # boundaries. None → timing rules use the utterances' own start/end.
    activity: list[Utterance] | None = None

    @classmethod
    def from_items(cls, items, call_id: str = "example", step: float = 3.0) -> "Transcript":
        """Builds a transcript from compact items, as used in rulebook examples and tests.

        Each item is ``[speaker, text]`` (timed automatically, ``step`` seconds per item) or
        ``[speaker, start, end, text]`` or a mapping with those keys. Voice activity, when an
        example needs it: an item ``[speaker, start, end, ""]`` whose speaker is prefixed with
        ``vad:`` (``["vad:customer", 3.0, 9.5, ""]``) goes to ``activity``, not to the utterances.
        """
        utts, activity = [], []
        for i, item in enumerate(items):
            if isinstance(item, dict):
                speaker, text = item["speaker"], item["text"]
                start = float(item.get("start", i * step))
                end = float(item.get("end", start + step * 0.9))
            elif len(item) == 2:
                speaker, text = item
                start, end = i * step, i * step + step * 0.9
            elif len(item) == 4:
                speaker, start, end, text = item
                start, end = float(start), float(end)
            else:
                raise ValueError(f"example item {i}: expected [speaker, text] or [speaker, start, end, text]")
            speaker = str(speaker)
            if speaker.startswith("vad:"):
                activity.append(Utterance(speaker[4:], start, end, ""))
            else:
                utts.append(Utterance(speaker, start, end, str(text)))
        return cls(call_id, utts, activity=activity or None)
