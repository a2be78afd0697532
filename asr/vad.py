"""Voice activity per channel, from the Silero VAD ONNX model run with onnxruntime.

Timing rules (dead air, talk-over, speech rate) need to know when each party is speaking,
to a few tens of milliseconds, independently of how Whisper happened to cut its segments.
Silero gives a speech probability every 32 ms; hysteresis (on above ``threshold``, off below
``threshold - 0.15``) with a minimum pause turns that into intervals.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from callqa.models import vad_model_path

RATE = 16_000
WINDOW = 512                     # samples per Silero frame at 16 kHz (32 ms)


@dataclass(frozen=True)
class VadOptions:
    # Band-limited μ-law speech scores 0.2-0.35 where wideband speech scores > 0.8; at the
    # usual 0.5 whole customer turns of the demo's μ-law call disappear.
    threshold: float = 0.2
    min_speech_ms: int = 120
    min_silence_ms: int = 250    # shorter pauses stay inside one interval
    pad_ms: int = 30


@lru_cache(maxsize=1)
def _model():
    from faster_whisper.vad import SileroVADModel  # the maintained ONNX wrapper, our weights
    return SileroVADModel(str(vad_model_path()))


_lock = threading.Lock()


BLOCK = 600 * RATE                # samples per Silero pass (10 min): an hour-long call stays flat


def speech_probabilities(samples: np.ndarray) -> np.ndarray:
    """One probability per 32 ms frame of a 16 kHz mono signal.

    Run in 10-minute blocks: the wrapper builds a context-padded copy of its whole input, which
    for an hour of audio would cost more memory than the audio itself. Silero's recurrent state
    restarts at each block boundary, which it recovers from within a few frames."""
    if len(samples) == 0:
        return np.zeros(0, np.float32)
    out = []
    for i in range(0, len(samples), BLOCK):
        block = samples[i:i + BLOCK].astype(np.float32, copy=False)
        padded = np.pad(block, (0, (-len(block)) % WINDOW))
        with _lock:  # the ONNX session keeps no state between calls, but one at a time is cheap
            out.append(np.asarray(_model()(padded), dtype=np.float32).reshape(-1))
    return np.concatenate(out)


def intervals_from_probabilities(probs: np.ndarray, options: VadOptions = VadOptions(),
                                 frame_s: float = WINDOW / RATE) -> list[tuple[float, float]]:
    """Hysteresis over frame probabilities → [(start_s, end_s)] of speech."""
    on, off = options.threshold, max(options.threshold - 0.15, 0.01)
    spans, start, quiet = [], None, 0
    min_quiet = max(1, round(options.min_silence_ms / 1000 / frame_s))
    for i, p in enumerate(probs):
        if start is None:
            if p >= on:
                start, quiet = i, 0
        elif p < off:
            quiet += 1
            if quiet >= min_quiet:
                spans.append((start, i - quiet + 1))
                start = None
        else:
            quiet = 0
    if start is not None:
        spans.append((start, len(probs) - quiet))
    pad = options.pad_ms / 1000
    total = len(probs) * frame_s
    out = []
    for a, b in spans:
        s, e = max(0.0, a * frame_s - pad), min(total, b * frame_s + pad)
        if e - s >= options.min_speech_ms / 1000:
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
    return [(round(s, 3), round(e, 3)) for s, e in out]


def speech_intervals(samples: np.ndarray, options: VadOptions = VadOptions()) -> list[tuple[float, float]]:
    return intervals_from_probabilities(speech_probabilities(samples), options)
