"""One recording in, one transcript by speaker role out.

Stereo: each channel is heard on its own, so every segment's speaker comes from the channel
map and overlapping speech is kept; the speech of both channels is decoded in shared batches.
Mono: a segment is called ``agent`` only when its content shows it (the greeting, a
self-introduction, the closing formula), everything else stays ``unknown``: we never guess a
speaker.

Two stages, so a night's calls can overlap: :func:`prepare_call` (decode, resample, split by
role, Silero voice activity: I/O and small models) and :func:`transcribe_prepared` (Whisper).
:func:`prefetch_calls` runs the first for the next calls in a background thread while the
model works on the current one.
"""
from __future__ import annotations

import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .audio import AudioError, DecodedAudio, RoleSignal, load_audio, split_roles
from .chunks import Chunk, pack_chunks
from .engine import TIME_BUDGET_GRACE_S, AsrOptions, BudgetExceeded, WhisperEngine
from .postprocess import clean_text, hallucination_reason, split_on_pauses, strip_prompt_leak
from .segments import Activity, CallTranscript, Segment
from .vad import VadOptions, intervals_from_probabilities, speech_probabilities

# Self-identification and service formulas only the agent says (matched on Simplified text).
# Not 客服 or 工号 alone: a customer says 「你们客服…」「你工号多少」 all the time, and on a mono
# call a customer's insult must never become the agent's.
AGENT_MARKERS = re.compile(
    r"(有什么可以帮您|有什么能帮您|有什么可以为您|为您服务|很高兴为您|工号(是)?[\d零一二三四五六七八九幺]"
    r"|\d+号(客服|为您)|我是.{0,6}客服|欢迎致电|感谢您的来电|感谢来电|祝您生活愉快|祝您.{0,4}愉快)")


def infer_mono_roles(segments: list[Segment]) -> int:
    """Marks segments whose words show they are the agent's; returns how many were marked."""
    marked = 0
    for seg in segments:
        if AGENT_MARKERS.search(seg.text):
            seg.speaker = "agent"
            marked += 1
    return marked


@dataclass
class PreparedCall:
    """A call decoded and cut into speech chunks, ready for the model (or the error that
    stopped it, raised again by :func:`transcribe_prepared` so it is reported in order)."""
    path: Path
    call_id: str
    audio: DecodedAudio | None = None
    signals: list[RoleSignal] = field(default_factory=list)
    activity: list[Activity] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)
    error: AudioError | None = None


def signal_chunks(index: int, samples: np.ndarray, probs: np.ndarray | None, options: AsrOptions) -> list[Chunk]:
    """The chunks Whisper reads from one signal: Silero's probabilities turned into clips with
    looser settings than the activity intervals the timing rules use (pauses up to
    ``vad_min_silence_ms`` bridged, ``vad_pad_ms`` of context either side); the whole signal
    when the VAD filter is off."""
    if probs is None:
        clips = [(0.0, len(samples) / 16_000)]
    else:
        clips = intervals_from_probabilities(probs, VadOptions(
            threshold=options.vad_threshold, min_speech_ms=0, min_silence_ms=options.vad_min_silence_ms,
            pad_ms=options.vad_pad_ms))
    return pack_chunks(index, clips, len(samples), probs)


def prepare_call(path: str | Path, options: AsrOptions = AsrOptions(), call_id: str | None = None,
                 agent_channel: str = "left") -> PreparedCall:
    """Decodes one call and finds its speech; Silero runs once per channel and serves both the
    activity intervals (timing rules) and the clips Whisper reads. Never raises AudioError:
    it is kept on the result."""
    path = Path(path)
    prepared = PreparedCall(path, call_id or path.stem)
    try:
        prepared.audio = load_audio(path)
        prepared.signals = split_roles(prepared.audio, agent_channel)
    except AudioError as exc:
        prepared.error = exc
        return prepared
    for i, signal in enumerate(prepared.signals):
        probs = speech_probabilities(signal.samples)
        prepared.activity += [Activity(signal.channel, signal.speaker, a, b)
                              for a, b in intervals_from_probabilities(probs)]
        prepared.chunks += signal_chunks(i, signal.samples, probs if options.vad_filter else None, options)
    return prepared


def transcribe_prepared(prepared: PreparedCall, engine: WhisperEngine) -> CallTranscript:
    """Whisper over a prepared call's chunks (both channels batched together), then the
    hallucination filter, turn split and Simplified script.

    Raises AudioError for unusable audio (status ``failed``), a call that ran past its time
    budget (``failed``, :class:`CallTooSlow`) or audio with no speech at all (``empty``)."""
    if prepared.error is not None:
        raise prepared.error
    path, call_id, audio, signals = prepared.path, prepared.call_id, prepared.audio, prepared.signals
    options = engine.options
    started = time.monotonic()
    limit = options.time_budget * audio.duration + TIME_BUDGET_GRACE_S if options.time_budget > 0 else None
    try:
        raw_by_signal = engine.transcribe_chunks([s.samples for s in signals], prepared.chunks,
                                                 deadline=started + limit if limit else None)
    except BudgetExceeded as exc:
        raise CallTooSlow(path, f"time budget exceeded: {time.monotonic() - started:.0f} s spent on "
                                f"{audio.duration:.0f} s of audio (limit {limit:.0f} s = {options.time_budget:g} × "
                                f"duration + {TIME_BUDGET_GRACE_S:.0f} s); {exc}") from exc
    segments: list[Segment] = []
    dropped = 0
    for signal, raws in zip(signals, raw_by_signal):
        for raw in raws:
            text, words = strip_prompt_leak(raw.text, options.hotwords, raw.words)
            if hallucination_reason(text, raw.avg_logprob, raw.no_speech_prob, raw.compression_ratio):
                dropped += 1
                continue
            for start, end, part in split_on_pauses(raw.start, raw.end, text, words, options.split_pause_s,
                                                    at_sentences=signal.channel == "mono"):
                if not part.strip():
                    continue
                segments.append(Segment(call_id, signal.channel, signal.speaker, round(start, 3), round(end, 3),
                                        clean_text(part), round(raw.avg_logprob, 4), round(raw.no_speech_prob, 4)))
    segments.sort(key=lambda s: (s.start, s.end))
    roles = "channel"
    if signals[0].channel == "mono":
        roles = "content" if infer_mono_roles(segments) else "none"
    if not segments:
        raise AudioError(path, "no speech detected (voice activity found nothing to transcribe)", status="empty")
    activity = sorted(prepared.activity, key=lambda a: (a.start, a.end))
    return CallTranscript(call_id, str(path), round(audio.duration, 3), audio.n_channels, audio.source_rate,
                          segments, dropped, roles, activity)


class CallTooSlow(AudioError):
    """A call that ran past its time budget: failed with the reason, the night goes on."""


def transcribe_call(path: str | Path, engine: WhisperEngine, call_id: str | None = None,
                    agent_channel: str = "left") -> CallTranscript:
    """Decodes, splits by role, transcribes and cleans one call (both stages, no prefetch).

    Raises AudioError for unusable audio (status ``failed``) or audio with no speech at all
    (status ``empty``).
    """
    return transcribe_prepared(prepare_call(path, engine.options, call_id, agent_channel), engine)


def prefetch_calls(jobs: Iterable, options: AsrOptions, ahead: int = 1, key=None) -> Iterator[tuple]:
    """Yields ``(job, PreparedCall | None)`` in order, preparing up to ``ahead`` calls beyond the
    current one in a background thread, so the model never waits for decoding.

    A job is a path or a mapping with ``path`` (and optionally ``call_id``, ``agent_channel``,
    ``error``); ``key(job)`` may return ``None`` to skip preparing it (a job already failed).
    At most ``ahead + 1`` decoded calls are held at once."""
    def args(job):
        if key is not None:
            return key(job)
        if isinstance(job, (str, Path)):
            return dict(path=job)
        return None if job.get("error") else dict(path=job["path"], call_id=job.get("call_id"),
                                                  agent_channel=job.get("agent_channel") or "left")

    def prepare(job):
        a = args(job)
        return None if a is None else prepare_call(a["path"], options, a.get("call_id"),
                                                   a.get("agent_channel", "left"))

    jobs = iter(jobs)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="callqa-prefetch") as pool:
        pending = []
        for job in jobs:
            pending.append((job, pool.submit(prepare, job)))
            if len(pending) > ahead:
                break
        while pending:
            job, future = pending.pop(0)
            nxt = next(jobs, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(prepare, nxt)))
            yield job, future.result()
