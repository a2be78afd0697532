"""Speech the decoder skipped: pieces of a chunk that voice activity heard and Whisper did not.

Why: a chunk is several speech intervals joined with the silence between them cut out, decoded
in one pass without timestamp tokens. Whisper sometimes ends that pass early — after the first
sentence, or before the chunk's last piece — or loops on one syllable, and the rest of the
chunk's speech never reaches the transcript. The last piece of an agent's chunk is the closing:
on the Whisper-heard tuning calls (720 calls, 2026-12-07) the agent's last turn was missing from
29 calls' transcripts (「嗯。祝您身体健康，万事如意」 gone, so a correct closing scored as missing),
and 53 agent and 61 customer turns in all.

The words' timings say which piece each word was heard in (:meth:`.chunks.Chunk.word_span`
keeps a word inside the piece its end falls in). A piece of at least ``min_piece_s`` seconds
holding fewer than ``min_chars_per_s`` characters a second of it was not heard
(:func:`unheard_pieces`; a word repeated is counted once, so a piece filled with a loop
「帮帮帮…」 is unheard too). The engine decodes each such piece again on its own, without the
hotwords prompt (alone, a short piece can come back as one of the prompt's words: 「行。」 heard
as 「资费」), and keeps what that second pass hears only when :func:`heard_again` trusts it; then
the first pass's words in that piece — a last word that alignment smeared over the unheard rest
— give way to it (:func:`drop_words_in`). When the second pass hears nothing it trusts, the first
pass's words stay.

Example: a piece 33.6–37.3 s with no word in it, or with only 「理」 stretched over its 3.7 s, is
unheard; a 0.6 s piece holding 「好」 is heard (too short to judge), as is a 4 s piece of 14
characters.
"""
from __future__ import annotations

from dataclasses import replace

from .chunks import RATE, Chunk
from .postprocess import LOW_LOGPROB, NO_SPEECH_PROB, bare_text

__all__ = ["MIN_CHARS_PER_S", "MIN_PIECE_S", "drop_words_in", "heard_again", "unheard_pieces"]

MIN_PIECE_S = 0.8
# Slow agents speak ~2 characters a second (the speech_rate rule's drawl line); a piece heard
# at under half a character a second is a piece the decoder left out, not slow speech.
MIN_CHARS_PER_S = 0.5


def _spans(chunk: Chunk) -> list[tuple[float, float]]:
    return [(a / RATE, b / RATE) for a, b in chunk.pieces]


def _piece_of(spans: list[tuple[float, float]], start: float, end: float) -> int | None:
    """The piece a word (in the signal's time) lies in: the one holding its midpoint."""
    mid = (start + end) / 2
    for i, (a, b) in enumerate(spans):
        if a - 0.001 <= mid <= b + 0.001:
            return i
    return None


def unheard_pieces(chunk: Chunk, segments, min_piece_s: float = MIN_PIECE_S,
                   min_chars_per_s: float = MIN_CHARS_PER_S) -> list[int]:
    """Indices of the chunk's pieces that its first-pass ``segments`` (RawSegments in the
    signal's time) leave unheard. None when a segment has text but no word timings: where its
    words lie is unknown, and decoding again would write them twice."""
    if any(s.text.strip() and not s.words for s in segments):
        return []
    spans = _spans(chunk)
    chars = [0] * len(spans)
    previous = None
    for start, end, text in (w for s in segments for w in s.words):
        i, said = _piece_of(spans, start, end), bare_text(text)
        if i is not None and said != previous:          # a decoding loop (帮帮帮…) says nothing new
            chars[i] += len(said)
        previous = said
    return [i for i, (a, b) in enumerate(spans)
            if b - a >= min_piece_s and chars[i] < min_chars_per_s * (b - a)]


def heard_again(segment, first_pass_text: str) -> bool:
    """Whether a segment of the second pass is kept: Whisper skipped this speech once, so text it
    is unsure of (low log-probability, or likely no speech: breath, line noise) is not put in
    anyone's mouth, and text the first pass already holds (its words aligned into the next piece)
    is not written twice."""
    said = bare_text(segment.text)
    return (bool(said) and segment.avg_logprob >= LOW_LOGPROB and segment.no_speech_prob <= NO_SPEECH_PROB
            and said not in first_pass_text)


def drop_words_in(segment, chunk: Chunk, pieces: set[int]):
    """The segment without the words that lie in ``pieces`` (text and times rebuilt from the
    words kept), or None when no word is left. A segment without word timings is kept whole."""
    if not segment.words or not pieces:
        return segment
    spans = _spans(chunk)
    kept = [w for w in segment.words if _piece_of(spans, w[0], w[1]) not in pieces]
    if len(kept) == len(segment.words):
        return segment
    if not kept:
        return None
    start = segment.start if kept[0] is segment.words[0] else kept[0][0]
    return replace(segment, start=start, end=kept[-1][1], text="".join(w[2] for w in kept).strip(), words=kept)
