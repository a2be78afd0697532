"""Silencing or beeping personal spans of a recording, so a review clip can be shared.

The spans come from :func:`~callqa.pipelines.privacy.redact.redact_call` (times from word
timings, or in proportion along the segment), widened by a margin because word times are
approximate.
"""
from __future__ import annotations

import numpy as np

__all__ = ["mask_audio"]


def mask_audio(signal: np.ndarray, sample_rate: int, spans, margin: float = 0.25, mode: str = "silence",
               beep_hz: float = 1000.0, beep_level: float = 0.2) -> np.ndarray:
    """A copy of ``signal`` (samples, or samples × channels) with every (start, end) span in
    seconds, widened by ``margin`` on both sides, silenced or replaced by a sine beep."""
    if mode not in ("silence", "beep"):
        raise ValueError(f"mask_audio: mode must be 'silence' or 'beep', not {mode!r}")
    if sample_rate <= 0:
        raise ValueError(f"mask_audio: sample_rate must be positive, not {sample_rate}")
    out = np.array(signal, copy=True)
    n = out.shape[0]
    for span in spans:
        start, end = (span.t_start, span.t_end) if hasattr(span, "t_start") else span
        if start is None or end is None:
            continue
        a = max(0, int(np.floor((float(start) - margin) * sample_rate)))
        b = min(n, int(np.ceil((float(end) + margin) * sample_rate)))
        if a >= b:
            continue
        if mode == "silence":
            out[a:b] = 0
            continue
        t = np.arange(a, b) / sample_rate
        tone = beep_level * np.sin(2 * np.pi * beep_hz * t)
        if np.issubdtype(out.dtype, np.integer):
            tone = tone * np.iinfo(out.dtype).max
        out[a:b] = (tone[:, None] if out.ndim > 1 else tone).astype(out.dtype)
    return out
