"""Scoring without audio: transcripts from a JSONL file, through the rules, into the tables."""
from __future__ import annotations

from pathlib import Path

from callqa.rules import Rulebook

from callqa.pipelines.inputs.transcripts import read_transcripts
from callqa.pipelines.record import CallResult, apply_rules
from callqa.pipelines.sink.writer import write_results

WRITE_EVERY = 5_000


def score_transcripts(path: str | Path, out: str | Path, rulebook: Rulebook, run_id: str) -> list[CallResult]:
    """Scores every line of ``path`` and writes the calls; returns the results (no segments kept).

    A call given twice in the file: the last line wins, as a re-run would."""
    results: dict[str, CallResult] = {}
    pending: dict[str, CallResult] = {}
    for result in read_transcripts(path):
        cid = result.job["call_id"]
        results.pop(cid, None)
        pending[cid] = apply_rules(result, rulebook)
        if len(pending) >= WRITE_EVERY:
            _flush(out, pending, results, run_id)
    _flush(out, pending, results, run_id)
    return list(results.values())


def _flush(out, pending: dict[str, CallResult], done: dict[str, CallResult], run_id: str) -> None:
    if pending:
        write_results(out, list(pending.values()), run_id, kind="score")
    for cid, r in pending.items():
        r.segments = r.activity = []
        done[cid] = r
    pending.clear()
