"""Rebuilds the independent (held-out) ASR evaluation set from audio synthesised out of scripts.json.

    # 0. (only if heldout.jsonl or the pick changes) regenerate scripts.json
    python3 eval/independent/asr/build_scripts.py
    # 1. synthesise (audio stays out of git; synthesis is not bit-deterministic)
    ~/.cache/callqa-tts/kokoro/bin/python ../shared/tools/tts/synth_call.py \
        eval/independent/asr/scripts.json /tmp/callqa-indep-audio
    # 2. transcribe with callqa's own ASR stage and write the two JSONL files
    .venv/bin/python eval/independent/asr/transcribe.py /tmp/callqa-indep-audio
    # (--wait: start while step 1 is still running; each call is taken once its .json appears)

Writes reference_transcripts.jsonl (the synthesiser's true text and timings) and
whisper_transcripts.jsonl (what the embedded Whisper model heard) next to this file, both in
callqa's transcript format with the script's ``labels`` and ``note``.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from callqa.asr import AsrOptions, get_engine, transcribe_call

HERE = Path(__file__).resolve().parent
KEEP = ("call_id", "agent_id", "labels", "note")


def main(audio_dir: str, wait: bool = False) -> None:
    audio_dir = Path(audio_dir)
    scripts = json.loads((HERE / "scripts.json").read_text(encoding="utf-8"))
    options = AsrOptions()
    engine = get_engine(options)
    refs, hyps = [], []
    for s in scripts:
        while wait and not (audio_dir / f"{s['call_id']}.json").exists():
            time.sleep(5)
        ref = json.loads((audio_dir / f"{s['call_id']}.json").read_text(encoding="utf-8"))
        head = {k: s[k] for k in KEEP if k in s}
        duration = max(seg["end"] for seg in ref["segments"])
        refs.append({**head, "segments": [{k: seg[k] for k in ("speaker", "start", "end", "text")}
                                           for seg in ref["segments"]]})
        t0 = time.perf_counter()
        t = transcribe_call(audio_dir / ref["audio"], engine, s["call_id"])
        took = time.perf_counter() - t0
        segs = [{"speaker": g.speaker, "start": round(g.start, 2), "end": round(g.end, 2), "text": g.text}
                for g in t.segments]
        hyps.append({**head, "asr_model": f"whisper-{options.model}", "audio": ref["audio"], "segments": segs})
        print(f"{s['call_id']}: {duration:.1f}s audio, {took:.1f}s, {len(segs)} segments", flush=True)
    for name, rows in (("reference_transcripts.jsonl", refs), ("whisper_transcripts.jsonl", hyps)):
        with (HERE / name).open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--wait"]
    main(args[0] if args else "/tmp/callqa-indep-audio", wait="--wait" in sys.argv[1:])
