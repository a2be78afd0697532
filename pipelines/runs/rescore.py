"""Rescoring calls from their stored transcripts: a rule changed or a call was disputed.

No audio and no Whisper: segments and voice activity are read back from the output
directory, scored with the (new) rulebook, and every dataset's rows for those calls are
replaced. A better ASR model is a re-run of ``callqa run`` instead.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from callqa.rules import Rulebook

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.record import CallResult, add_rows, apply_rules, to_transcript
from callqa.pipelines.sink.schema import DATASETS
from callqa.pipelines.inputs.recordings import CallJob


def _rows_for(out: Path, dataset: str, call_ids: set[str] | None) -> list[dict]:
    return storage.read_dataset(out, dataset, call_ids).to_pylist()


def load_transcript(out: str | Path, call_id: str):
    """The stored transcript of one call (segments and voice activity), as the rules see it."""
    out = Path(out)
    calls = _rows_for(out, "calls", {call_id})
    if not calls:
        raise KeyError(f"call '{call_id}' is not in {out}")
    if calls[0]["status"] != "ok":
        raise KeyError(f"call '{call_id}' has status {calls[0]['status']}: {calls[0]['error']}")
    segs = sorted(_rows_for(out, "segments", {call_id}), key=lambda s: s["seg_index"])
    return to_transcript(call_id, segs, calls[0]["duration_s"], _rows_for(out, "activity", {call_id}))


def rescore(out: str | Path, rulebook: Rulebook, run_id: str, call_ids: list[str] | None = None
            ) -> tuple[list[CallResult], list[str]]:
    """Rescores the given calls (default: every call with status ok). Returns the results and
    the ids that could not be rescored (unknown, or never transcribed)."""
    out = Path(out)
    wanted = set(call_ids) if call_ids else None
    calls = _rows_for(out, "calls", wanted)
    found = {c["call_id"] for c in calls}
    skipped = sorted((wanted or set()) - found)
    skipped += sorted(c["call_id"] for c in calls if c["status"] != "ok")
    calls = [c for c in calls if c["status"] == "ok"]
    ids = {c["call_id"] for c in calls}
    segs, acts = defaultdict(list), defaultdict(list)
    for s in sorted(_rows_for(out, "segments", ids), key=lambda s: s["seg_index"]):
        segs[s["call_id"]].append(s)
    for a in _rows_for(out, "activity", ids):
        acts[a["call_id"]].append(a)
    results, rows = [], {name: [] for name in DATASETS}
    for c in calls:
        started = c["started_at"].isoformat() if c["started_at"] else None
        job = CallJob(c["call_id"], None, c["path"], c["date"], c["agent_id"], c["team"], started, c["caller"],
                      c["agent_channel"] or "left", json.loads(c["metadata"]) if c["metadata"] else {})
        result = CallResult(job.to_dict(), "ok", source=c["source"], duration_s=c["duration_s"],
                            channels=c["channels"], sample_rate=c["sample_rate"], roles=c["roles"],
                            segments=[{k: s[k] for k in ("channel", "speaker", "start", "end", "text",
                                                         "avg_logprob", "no_speech_prob")} for s in segs[c["call_id"]]],
                            activity=[{k: a[k] for k in ("channel", "speaker", "start", "end")} for a in acts[c["call_id"]]],
                            asr_model=c["asr_model"])
        apply_rules(result, rulebook)
        add_rows(rows, result, run_id)
        result.segments, result.activity = [], []
        results.append(result)
    if results:
        storage.upsert(out, rows)
    return results, skipped
