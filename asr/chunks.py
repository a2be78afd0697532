"""Speech intervals packed into Whisper-sized chunks, and chunk times mapped back to the call.

Whisper reads 30-second windows. Decoding every window of a call wastes the model on silence
(half of each channel of a two-party call is the other party talking), so the speech intervals
our voice activity detection found are concatenated, silence removed, into chunks of at most
30 s, as faster-whisper's own VAD filter does; the chunks of both channels then go through one
batched decode. A time Whisper gives inside a chunk is mapped back to the channel's own clock.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RATE = 16_000
CHUNK_S = 30.0          # Whisper's window
FRAME_S = 0.032         # one Silero probability per 32 ms


@dataclass
class Chunk:
    """Pieces of one signal, concatenated into at most ``CHUNK_S`` seconds of audio."""
    signal: int                          # index of the signal (channel) it was cut from
    pieces: list[tuple[int, int]]        # [start, end) sample ranges of that signal, in order

    @property
    def n_samples(self) -> int:
        return sum(b - a for a, b in self.pieces)

    def samples(self, signal: np.ndarray) -> np.ndarray:
        if len(self.pieces) == 1:
            a, b = self.pieces[0]
            return signal[a:b]
        return np.concatenate([signal[a:b] for a, b in self.pieces])

    def source_time(self, t: float, is_end: bool = False) -> float:
        """Seconds into the chunk → seconds into the signal it was cut from.

        A time on the joint of two pieces belongs to the earlier one when it ends something
        (``is_end``) and to the later one when it starts something."""
        at = max(0.0, t) * RATE
        done = 0
        for a, b in self.pieces:
            n = b - a
            if at < done + n or (is_end and at <= done + n):
                return (a + at - done) / RATE
            done += n
        return self.pieces[-1][1] / RATE

    def word_span(self, t0: float, t1: float) -> tuple[float, float]:
        """A word's (start, end) in the chunk → in the signal, kept inside one piece: the one
        its end falls in. Whisper's alignment smears the first word after a joint back over it
        (its end is where the word really is); mapped end by end, that word would stretch across
        the removed silence, or be given to the previous turn, and hide the pause the turn
        splitter looks for."""
        at = max(0.0, t1) * RATE
        done = 0
        for a, b in self.pieces:
            n = b - a
            if at <= done + n or (a, b) == self.pieces[-1]:
                lo, hi = done / RATE, (done + n) / RATE
                return (a / RATE + min(max(t0, lo), hi) - lo, a / RATE + min(max(t1, lo), hi) - lo)
            done += n
        raise AssertionError("unreachable")


def split_long(start: int, end: int, probs: np.ndarray | None, max_samples: int) -> list[tuple[int, int]]:
    """Cuts one speech interval longer than a chunk at its quietest 32 ms frame in the last
    third of each window (where a breath most likely is), so words are rarely cut in two."""
    out = []
    frame = int(FRAME_S * RATE)
    while end - start > max_samples:
        cut = start + max_samples
        if probs is not None and len(probs):
            lo, hi = (start + max_samples * 2 // 3) // frame, (start + max_samples) // frame
            window = probs[lo:min(hi, len(probs))]
            if len(window):
                cut = min(cut, (lo + int(np.argmin(window))) * frame)
        cut = max(cut, start + frame)
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def pack_chunks(signal: int, intervals: list[tuple[float, float]], n_samples: int,
                probs: np.ndarray | None = None, chunk_s: float = CHUNK_S) -> list[Chunk]:
    """Packs one signal's speech intervals (seconds) into chunks of at most ``chunk_s`` seconds
    of speech, in order; intervals longer than a chunk are split first."""
    max_samples = int(chunk_s * RATE)
    chunks: list[Chunk] = []
    current: list[tuple[int, int]] = []
    length = 0
    for s, e in intervals:
        a, b = max(0, int(round(s * RATE))), min(n_samples, int(round(e * RATE)))
        if b - a < RATE // 100:          # under 10 ms: nothing Whisper could read
            continue
        for piece in split_long(a, b, probs, max_samples):
            n = piece[1] - piece[0]
            if current and length + n > max_samples:
                chunks.append(Chunk(signal, current))
                current, length = [], 0
            current.append(piece)
            length += n
    if current:
        chunks.append(Chunk(signal, current))
    return chunks
