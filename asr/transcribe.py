"""One recording in, one transcript by speaker role out.

Stereo: each channel is transcribed on its own, so every segment's speaker comes from the
channel map and overlapping speech is kept. Mono: the signal is transcribed once; a segment
is called ``agent`` only when its content shows it (the greeting, a self-introduction, the
closing formula), everything else stays ``unknown``: we never guess a speaker.
"""
from __future__ import annotations

import re
from pathlib import Path

from .audio import AudioError, load_audio, split_roles
from .engine import WhisperEngine
from .postprocess import clean_text, hallucination_reason, split_on_pauses, strip_prompt_leak
from .segments import Activity, CallTranscript, Segment
from .vad import speech_intervals

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


def transcribe_call(path: str | Path, engine: WhisperEngine, call_id: str | None = None,
                    agent_channel: str = "left") -> CallTranscript:
    """Decodes, splits by role, transcribes and cleans one call.

    Raises AudioError for unusable audio (status ``failed``) or audio with no speech at all
    (status ``empty``).
    """
    path = Path(path)
    call_id = call_id or path.stem
    audio = load_audio(path)
    signals = split_roles(audio, agent_channel)
    segments: list[Segment] = []
    activity: list[Activity] = []
    dropped = 0
    for signal in signals:
        activity += [Activity(signal.channel, signal.speaker, a, b) for a, b in speech_intervals(signal.samples)]
        for raw in engine.transcribe(signal.samples):
            text, words = strip_prompt_leak(raw.text, engine.options.hotwords, raw.words)
            if hallucination_reason(text, raw.avg_logprob, raw.no_speech_prob, raw.compression_ratio):
                dropped += 1
                continue
            for start, end, part in split_on_pauses(raw.start, raw.end, text, words,
                                                    engine.options.split_pause_s,
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
    activity.sort(key=lambda a: (a.start, a.end))
    return CallTranscript(call_id, str(path), round(audio.duration, 3), audio.n_channels, audio.source_rate,
                          segments, dropped, roles, activity)
