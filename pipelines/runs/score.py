"""Scoring without audio: transcripts from a JSONL file straight to the same Parquet."""
from __future__ import annotations

from pathlib import Path

from callqa.rules import Rulebook

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.sink.schema import DATASETS
from callqa.pipelines.record import CallResult, add_rows, apply_rules
from callqa.pipelines.inputs.transcripts import read_transcripts

WRITE_EVERY = 5_000


def score_transcripts(path: str | Path, out: str | Path, rulebook: Rulebook, run_id: str) -> list[CallResult]:
    """Scores every line of ``path`` and upserts the rows; returns the results (no segments kept)."""
    results: list[CallResult] = []
    rows: dict[str, list[dict]] = {name: [] for name in DATASETS}
    seen: set[str] = set()
    for result in read_transcripts(path):
        cid = result.job["call_id"]
        if cid in seen:  # a call given twice: the last line wins, as a re-run would
            rows = {k: [r for r in v if r["call_id"] != cid] for k, v in rows.items()}
            results = [r for r in results if r.job["call_id"] != cid]
        seen.add(cid)
        apply_rules(result, rulebook)
        add_rows(rows, result, run_id)
        result.segments = []
        results.append(result)
        if len(rows["calls"]) >= WRITE_EVERY:
            storage.upsert(out, rows)
            rows = {name: [] for name in DATASETS}
    if rows["calls"]:
        storage.upsert(out, rows)
    return results
