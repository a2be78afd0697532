"""Transcribing chosen calls again with another model or settings, then scoring them.

For a disputed call, or a sample checked with a bigger model (``large-v3`` on a GPU): the
calls are read back from ``out``, their recordings found under ``store`` by the stored
store-relative path, transcribed with the given ASR options, scored and written through the
one writer. The table keeps the old transcript as the previous version (time travel), so
``callqa query --as-of`` still shows what the first model heard.
"""
from __future__ import annotations

import json

from prefect import flow

from callqa.models import resolve
from callqa.rules import load_rulebook

from callqa.pipelines.inputs.recordings import CallJob, open_store
from callqa.pipelines.record import CallResult
from callqa.pipelines.runs.nightly import (asr_options, collect, new_run_id, output_exists, process_call,
                                           _local_pool, _worker_options)
from callqa.pipelines.sink.writer import check_writable, read_dataset


def stored_jobs(store: str, out: str, call_ids: list[str]) -> tuple[list[dict], dict[str, str]]:
    """Jobs for the stored calls ``call_ids`` (their recordings under ``store``), and the ids
    that cannot be transcribed again, with the reason."""
    where = open_store(store)
    rows = {r["call_id"]: r for r in read_dataset(out, "calls", set(call_ids)).to_pylist()} \
        if output_exists(out) else {}
    jobs, refused = [], {}
    for cid in dict.fromkeys(call_ids):
        row = rows.get(cid)
        if row is None:
            refused[cid] = f"not in {out}"
            continue
        if row["source"] != "audio":
            refused[cid] = f"scored from a {row['source']}, there is no recording to transcribe"
            continue
        target, error, _ = where.locate(row["path"])
        started = row["started_at"].isoformat() if row["started_at"] else None
        meta = json.loads(row["metadata"]) if row["metadata"] else {}
        jobs.append(CallJob(cid, None if error else target, row["path"], row["date"], row["agent_id"],
                            row["team"], started, row["caller"], row["agent_channel"] or "left", meta,
                            error).to_dict())
    return jobs, refused


def retranscribe(store: str, out: str, call_ids: list[str], asr: dict | None = None,
                 rulebook: str | None = None, run_id: str | None = None
                 ) -> tuple[list[CallResult], dict[str, str]]:
    """Transcribes and scores ``call_ids`` again; returns the results and the refused ids with why."""
    options = asr_options(asr)
    resolve(options.model)
    load_rulebook(rulebook)
    check_writable(out)
    jobs, refused = stored_jobs(store, out, call_ids)
    if not jobs:
        return [], refused
    opts = _worker_options(options, 1, None)
    with _local_pool(1, None) as submit:
        results = collect(jobs, lambda job: submit(process_call, job, opts, rulebook), out,
                          run_id or new_run_id(), window=2)
    return results, refused


@flow(name="retranscribe")
def retranscribe_flow(store: str, out: str, call_ids: list[str], asr: dict | None = None,
                      rulebook: str | None = None) -> dict:
    """On-demand deployment: the chosen calls again with other ASR settings, then rescored."""
    results, refused = retranscribe(store, out, call_ids, asr, rulebook)
    return {"retranscribed": {r.job["call_id"]: r.status for r in results}, "refused": refused}
