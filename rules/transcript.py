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

    @classmethod
    def from_items(cls, items, call_id: str = "example", step: float = 3.0) -> "Transcript":
        """Builds a transcript from compact items, as used in rulebook examples and tests.

        Each item is ``[speaker, text]`` (timed automatically, ``step`` seconds per item) or
        ``[speaker, start, end, text]`` or a mapping with those keys.
        """
        utts = []
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
            utts.append(Utterance(str(speaker), start, end, str(text)))
        return cls(call_id, utts)
