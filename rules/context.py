"""What a check function sees: the call, sorted, normalised once, split by speaker."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from .normalize import NormText, normalize, normalize_many
from .transcript import Transcript

__all__ = ["Turn", "CallContext", "Evidence", "merge_intervals"]


def merge_intervals(intervals: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sorted, overlapping or touching intervals joined."""
    if not intervals:
        return []
    ordered = sorted(intervals)
    out: list[tuple[float, float]] = []
    cs, ce = ordered[0]
    for s, e in ordered:
        if s <= ce:
            if e > ce:
                ce = e
        else:
            out.append((cs, ce))
            cs, ce = s, e
    out.append((cs, ce))
    return out


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


_START_END = attrgetter("start", "end")


class CallContext:
    def __init__(self, transcript: Transcript):
        self.call_id = transcript.call_id
        utts = sorted(transcript.utterances, key=_START_END)
        norms = normalize_many([u.text or "" for u in utts])     # one OpenCC call per call
        self.turns = [Turn(i, u.speaker, u.start, u.end, u.text or "", n)
                      for i, (u, n) in enumerate(zip(utts, norms))]
        self.agent = [t for t in self.turns if t.speaker == "agent"]
        self.customer = [t for t in self.turns if t.speaker == "customer"]
        self._activity = transcript.activity or None
        if transcript.duration is not None:
            self.duration = float(transcript.duration)
        else:
            ends = [t.end for t in self.turns] + [a.end for a in self._activity or ()]
            self.duration = max(ends, default=0.0)

    # --- timing: voice activity (VAD) when given, else the utterances' own timings ---------

    @property
    def has_activity(self) -> bool:
        return self._activity is not None

    @cached_property
    def intervals(self) -> dict[str, list[tuple[float, float]]]:
        """Merged speech intervals per speaker (agent, customer, unknown)."""
        source = self._activity if self._activity is not None else self.turns
        raw: dict[str, list[tuple[float, float]]] = {}
        for u in source:
            if u.end > u.start:
                raw.setdefault(u.speaker, []).append((u.start, u.end))
        return {sp: merge_intervals(iv) for sp, iv in raw.items()}

    @cached_property
    def agent_speech_seconds(self) -> float:
        """Seconds of agent speech from voice activity (else utterance timings), overlaps merged."""
        return sum(e - s for s, e in self.intervals.get("agent", ()))

    @cached_property
    def gaps(self) -> list[tuple[float, float]]:
        """Stretches where nobody speaks, between the first and the last speech of the call."""
        merged = merge_intervals([iv for ivs in self.intervals.values() for iv in ivs])
        return [(a[1], b[0]) for a, b in zip(merged, merged[1:]) if b[0] > a[1]]

    @cached_property
    def agent_starts(self) -> list[float]:
        """Start times of :attr:`agent` (sorted, like the turns), for bisecting."""
        return [t.start for t in self.agent]

    def by_speaker(self, speaker: str) -> list[Turn]:
        """Turns of ``speaker``: agent, customer, or any (every turn)."""
        if speaker == "agent":
            return self.agent
        if speaker == "customer":
            return self.customer
        return self.turns

    def select(self, speaker: str, window) -> list[Turn]:
        """Turns of ``speaker`` inside a :class:`~callqa.rules.params.Window`."""
        turns = self.by_speaker(speaker)
        return turns if window.everything else window.select(turns, self.duration)

    @cached_property
    def agent_seconds(self) -> float:
        """Seconds of agent speech (sum of agent segment lengths)."""
        return sum(max(0.0, t.end - t.start) for t in self.agent)

    @cached_property
    def customer_seconds(self) -> float:
        return sum(max(0.0, t.end - t.start) for t in self.customer)

    def speech_seconds(self, speaker: str) -> float:
        if speaker == "agent":
            return self.agent_seconds
        if speaker == "customer":
            return self.customer_seconds
        return self.agent_seconds + self.customer_seconds


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
