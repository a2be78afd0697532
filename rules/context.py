"""What a check function sees: the call, sorted, normalised once, split by speaker."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter

from .normalize import _IDENTITY, NormText, normalize, normalize_call
from .transcript import Transcript

__all__ = ["Turn", "CallContext", "Evidence", "merge_intervals"]


def merge_intervals(intervals: list[tuple[float, float]], presorted: bool = False) -> list[tuple[float, float]]:
    """Sorted, overlapping or touching intervals joined (``presorted``: already sorted)."""
    if not intervals:
        return []
    ordered = intervals if presorted else sorted(intervals)
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


class Turn(NormText):
    """One utterance inside a call: who spoke when, and its normalised text. A turn *is* its
    :class:`NormText` (one object per utterance, not two: building them was a fifth of the
    context's time); ``norm`` returns the turn itself. Compared by identity, like any turn."""
    __slots__ = ("i", "speaker", "start", "end")

    def __init__(self, i: int, speaker: str, start: float, end: float, raw: str, norm: NormText | None = None):
        nt = norm if norm is not None else normalize(raw)
        self.i, self.speaker, self.start, self.end = i, speaker, start, end
        self.raw, self.text, self.plain, self._cache = raw, nt.text, nt.plain, None
        self._index, self._map, self._k, self._poff, self._toff = nt._index, nt._map, nt._k, nt._poff, nt._toff

    @property
    def norm(self) -> NormText:
        return self

    __eq__ = object.__eq__
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"Turn({self.i}, {self.speaker}, {self.start:.1f}-{self.end:.1f}, {self.raw!r})"


def _call_turns(utts: list) -> list[Turn]:
    """The utterances (sorted) as turns, normalised together (:func:`normalize_call`)."""
    raws = [u.text or "" for u in utts]
    parts = normalize_call(raws) if raws else None
    if parts is None:
        return [Turn(i, u.speaker, u.start, u.end, r) for i, (u, r) in enumerate(zip(utts, raws))]
    texts, plains, poffs, toffs, call_map = parts
    new = Turn.__new__
    turns = []
    for i, u in enumerate(utts):
        t = new(Turn)
        t.i = t._k = i
        t.speaker, t.start, t.end, t.raw, t.text, t.plain = u.speaker, u.start, u.end, raws[i], texts[i], plains[i]
        t._cache, t._map, t._poff, t._toff = None, call_map, poffs[i], toffs[i]
        t._index = _IDENTITY if len(plains[i]) == len(texts[i]) else None
        turns.append(t)
    return turns


_START_END = attrgetter("start", "end")


class CallContext:
    def __init__(self, transcript: Transcript):
        self.call_id = transcript.call_id
        self.turns = _call_turns(sorted(transcript.utterances, key=_START_END))
        self.agent = [t for t in self.turns if t.speaker == "agent"]
        self.customer = [t for t in self.turns if t.speaker == "customer"]
        self._activity = transcript.activity or None
        # check → (start, end) of the turns its phrase rules found words in, so that a learned rule
        # of the same check (scored after them, :attr:`Rulebook.active`) adds only what they missed
        self.worded: dict[str, set[tuple[float, float]]] = {}
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
        if self._activity is not None:
            raw: dict[str, list[tuple[float, float]]] = {}
            for u in self._activity:
                if u.end > u.start:
                    raw.setdefault(u.speaker, []).append((u.start, u.end))
            return {sp: merge_intervals(iv) for sp, iv in raw.items()}
        # the turns are sorted by (start, end) already: so is each speaker's share of them
        out = {}
        for sp, turns in (("agent", self.agent), ("customer", self.customer)):
            iv = [(t.start, t.end) for t in turns if t.end > t.start]
            if iv:
                out[sp] = merge_intervals(iv, presorted=True)
        if len(self.agent) + len(self.customer) < len(self.turns):
            for sp in dict.fromkeys(t.speaker for t in self.turns if t.speaker not in ("agent", "customer")):
                iv = [(t.start, t.end) for t in self.turns if t.speaker == sp and t.end > t.start]
                if iv:
                    out[sp] = merge_intervals(iv, presorted=True)
        return out

    @cached_property
    def agent_speech_seconds(self) -> float:
        """Seconds of agent speech from voice activity (else utterance timings), overlaps merged."""
        return sum(e - s for s, e in self.intervals.get("agent", ()))

    @cached_property
    def gaps(self) -> list[tuple[float, float]]:
        """Stretches where nobody speaks, between the first and the last speech of the call."""
        if self._activity is None:          # every turn's interval, in order: one merge, no sort
            merged = merge_intervals([(t.start, t.end) for t in self.turns if t.end > t.start], presorted=True)
        else:
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
    rule: str | None = None  # report under this rule's code instead (a guard's held note, :mod:`.guard`)

    @classmethod
    def at(cls, turns: list[Turn], matched: str, **vars) -> "Evidence":
        """Evidence spanning ``turns`` (their texts joined)."""
        return cls(turns[0].start, turns[-1].end, " / ".join(t.text for t in turns), matched, vars)
