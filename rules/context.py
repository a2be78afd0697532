"""What a check function sees: the call, sorted, normalised once, split by speaker."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .normalize import NormText, normalize, normalize_many
from .transcript import Transcript

__all__ = ["Turn", "CallContext", "Evidence"]


class Turn:
    """One utterance inside a call, with its normalised text."""
    __slots__ = ("i", "speaker", "start", "end", "raw", "norm")

    def __init__(self, i: int, speaker: str, start: float, end: float, raw: str, norm: NormText | None = None):
        self.i, self.speaker, self.start, self.end, self.raw = i, speaker, start, end, raw
        self.norm: NormText = norm if norm is not None else normalize(raw)

    @property
    def text(self) -> str:
        return self.norm.text

    def __repr__(self) -> str:
        return f"Turn({self.i}, {self.speaker}, {self.start:.1f}-{self.end:.1f}, {self.raw!r})"


class CallContext:
    def __init__(self, transcript: Transcript):
        self.call_id = transcript.call_id
        utts = sorted(transcript.utterances, key=lambda u: (u.start, u.end))
        norms = normalize_many([u.text or "" for u in utts])     # one OpenCC call per call
        self.turns = [Turn(i, u.speaker, u.start, u.end, u.text or "", n)
                      for i, (u, n) in enumerate(zip(utts, norms))]
        self.agent = [t for t in self.turns if t.speaker == "agent"]
        self.customer = [t for t in self.turns if t.speaker == "customer"]
        if transcript.duration is not None:
            self.duration = float(transcript.duration)
        else:
            self.duration = max((t.end for t in self.turns), default=0.0)

    def by_speaker(self, speaker: str) -> list[Turn]:
        if speaker == "agent":
            return self.agent
        if speaker == "customer":
            return self.customer
        return self.turns

    @cached_property
    def agent_seconds(self) -> float:
        """Seconds of agent speech (sum of agent segment lengths)."""
        return sum(max(0.0, t.end - t.start) for t in self.agent)


@dataclass(slots=True)
class Evidence:
    """What a check function reports; the scorer turns it into a :class:`Finding`."""
    start: float | None
    end: float | None
    text: str                # heard text that is the evidence
    matched: str             # the phrase/pattern matched, or what was expected
    vars: dict = field(default_factory=dict)   # values for the rule's explanation template
    speaker: str = "agent"

    @classmethod
    def at(cls, turns: list[Turn], matched: str, **vars) -> "Evidence":
        """Evidence spanning ``turns`` (their texts joined)."""
        return cls(turns[0].start, turns[-1].end, " / ".join(t.text for t in turns), matched, vars)
