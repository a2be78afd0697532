"""Rescoring stored calls: a rule changed, a call was disputed, a rulebook was tuned.

No audio and no Whisper: each selected call's transcript (segments and voice activity) is
read back from the output, scored with the rulebook, and its ``calls`` and ``findings`` rows
are written as a new version through the one writer (segments and activity stay as they
are). The previous scores stay readable (``callqa query --as-of``), and :mod:`.diff` says
which calls flipped. A better ASR model is :mod:`.retranscribe` instead.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from callqa.rules import Rulebook

from callqa.pipelines.record import CallResult, apply_rules, from_rows, to_transcript
from callqa.pipelines.review.rescoring import apply_waivers
from callqa.pipelines.runs.diff import Diff, diff_calls
from callqa.pipelines.sink.tables import open_table, read_dataset

CHUNK = 10_000          # calls read, scored and written together


@dataclass
class Selection:
    """Which stored calls to rescore; every criterion given must hold (default: every ok call)."""
    call_ids: list[str] | None = None
    date: str | None = None
    since: str | None = None
    until: str | None = None
    check: str | None = None        # calls that had a finding of this family
    failed: bool = False            # calls that did not pass

    def dates_filter(self):
        if self.date:
            return pc.field("date") == self.date
        where = None
        if self.since:
            where = pc.field("date") >= self.since
        if self.until:
            cond = pc.field("date") <= self.until
            where = cond if where is None else where & cond
        return where


@dataclass
class Outcome:
    results: list[CallResult] = field(default_factory=list)   # without segments
    missing: list[str] = field(default_factory=list)           # asked for, not rescorable: id + reason
    diff: Diff = field(default_factory=Diff)


def select_calls(out: str | Path, sel: Selection) -> tuple[list[dict], list[str]]:
    """The stored ``calls`` rows to rescore, and the reasons others asked for cannot be."""
    ids = set(sel.call_ids) if sel.call_ids else None
    tbl = read_dataset(out, "calls", ids)
    missing = [f"{cid}: not in {out}" for cid in sorted((ids or set()) - set(tbl["call_id"].to_pylist()))]
    where = sel.dates_filter()
    if where is not None:
        tbl = tbl.filter(where)
    if sel.failed:
        tbl = tbl.filter(pc.invert(pc.fill_null(tbl["passed"], True)))
    if sel.check:
        hits = read_dataset(out, "findings", set(tbl["call_id"].to_pylist()), columns=["call_id", "check"])
        hits = hits.filter(pc.equal(hits["check"], sel.check))
        tbl = tbl.filter(pc.is_in(tbl["call_id"], value_set=pc.unique(hits["call_id"])))
    rows = tbl.to_pylist()
    missing += [f"{r['call_id']}: status {r['status']} ({r['error']}), never transcribed — re-run `callqa run` for it"
                for r in rows if r["status"] != "ok"]
    return [r for r in rows if r["status"] == "ok"], missing


def _group(tbl: pa.Table) -> dict[str, list[dict]]:
    """Rows per call id, columns converted once (not row by row)."""
    cols = {name: tbl[name].to_pylist() for name in tbl.column_names}
    by_call: dict[str, list[dict]] = defaultdict(list)
    names = list(cols)
    for values in zip(*(cols[n] for n in names)):
        row = dict(zip(names, values))
        by_call[row["call_id"]].append(row)
    return by_call


PARALLEL_MIN = 2_000    # calls below which worker processes cost more than they save


def _score_part(out: str, calls: list[dict], segs: pa.Table, acts: pa.Table, old: pa.Table, rulebook: Rulebook,
                run_id: str, raw_text: bool, dry_run: bool):
    """Scores some stored calls (their rows read by the caller) and builds their table batch:
    rules, waivers, the diff against the stored scoring; no write (the one writer commits)."""
    from callqa.pipelines.sink.writer import results_tables

    segs, acts, old_findings = _group(segs), _group(acts), _group(old)
    batch, before, missing = [], [], []
    for c in calls:
        cid = c["call_id"]
        if (c["n_segments"] or 0) > 0 and not segs.get(cid):
            missing.append(f"{cid}: its {c['n_segments']} stored segments are missing")
            continue
        result = from_rows(c, segs.get(cid, []), acts.get(cid, []))
        if raw_text:
            result.redaction = None      # scored from unredacted text: its findings are redacted when written
        batch.append(apply_rules(result, rulebook))
        before.append(c)
    if batch:   # findings a reviewer rejected or an appeal overturned keep costing nothing
        apply_waivers(out, batch, rulebook)
    changes = [diff_calls(c, old_findings.get(c["call_id"], []), r) for c, r in zip(before, batch)]
    tables = results_tables(batch, run_id, datasets=("findings", "calls")) if batch and not dry_run else None
    for r in batch:
        r.segments, r.activity = [], []
    return tables, batch, changes, missing


def _score_part_in_worker(*args):
    from callqa.pipelines.runs import score

    out, calls, segs, acts, old, run_id, raw_text, dry_run = args
    return _score_part(out, calls, segs, acts, old, score.worker_rulebook(), run_id, raw_text, dry_run)


def _rows_of(tbl: pa.Table, ids: list[str]) -> pa.Table:
    return tbl.filter(pc.is_in(tbl["call_id"], value_set=pa.array(ids, pa.string())))


def rescore(out: str | Path, rulebook: Rulebook, run_id: str, selection: Selection | None = None,
            dry_run: bool = False, on_progress=None, workers: int | None = None) -> Outcome:
    """Rescores the selected calls, writes them as a new version (unless ``dry_run``) and
    returns the results, the calls that could not be rescored, and what changed.

    The rules run in ``workers`` processes (default: one per core, for selections of at least
    :data:`PARALLEL_MIN` calls), each also building its calls' table batch; this process reads
    the stored rows and commits every chunk through the one writer."""
    from callqa.pipelines.runs.score import default_workers, init_worker
    from callqa.pipelines.sink.writer import writer_for

    sel = selection or Selection()
    calls, missing = select_calls(out, sel)
    outcome = Outcome(missing=missing)
    # The rules read what was said: the unredacted copy where one was kept (--keep-raw),
    # else the stored (redacted) text, where personal numbers are masks.
    text_table = "segments_raw" if open_table(out, "segments_raw") is not None else "segments"
    raw_text = text_table != "segments"
    seg_cols = ["call_id", "seg_index", "speaker", "start", "end", "text", "channel", "avg_logprob", "no_speech_prob"]
    if workers is None:
        workers = default_workers() if len(calls) >= PARALLEL_MIN else 1
    if getattr(rulebook, "path", None) is None:
        workers = 1       # a rulebook built in memory cannot be handed to worker processes
    pool = None
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_worker, initargs=(str(rulebook.path),))

    def commit(parts) -> None:
        tables = [p[0] for p in parts if p[0] is not None]
        if tables:    # one commit per chunk through the one writer
            writer_for(out).write_tables({name: pa.concat_tables([t[name] for t in tables]) for name in tables[0]},
                                         run_id, kind="rescore")
        for _, batch, changes, part_missing in parts:
            outcome.missing.extend(part_missing)
            for c in changes:
                outcome.diff.add(c)
            outcome.results.extend(batch)

    in_flight: deque = deque()       # (calls done when committed, futures of its parts)
    try:
        for i in range(0, len(calls), CHUNK):
            chunk = calls[i:i + CHUNK]
            ids = {c["call_id"] for c in chunk}
            dates = {c["date"] for c in chunk}
            segs = read_dataset(out, text_table, ids, columns=seg_cols, dates=dates)
            acts = read_dataset(out, "activity", ids, columns=["call_id", "channel", "speaker", "start", "end"],
                                dates=dates)
            old = read_dataset(out, "findings", ids, columns=["call_id", "rule_id", "check", "start", "points"],
                               dates=dates)
            if pool is None:
                commit([_score_part(str(out), chunk, segs, acts, old, rulebook, run_id, raw_text, dry_run)])
                if on_progress:
                    on_progress(min(i + CHUNK, len(calls)), len(calls))
                continue
            # the workers score this chunk while this process commits the one before
            size = -(-len(chunk) // (2 * workers))
            futures = []
            for k in range(0, len(chunk), size):
                part = chunk[k:k + size]
                part_ids = [c["call_id"] for c in part]
                futures.append(pool.submit(_score_part_in_worker, str(out), part, _rows_of(segs, part_ids),
                                           _rows_of(acts, part_ids), _rows_of(old, part_ids), run_id,
                                           raw_text, dry_run))
            in_flight.append((min(i + CHUNK, len(calls)), futures))
            while len(in_flight) > 1 or (in_flight and i + CHUNK >= len(calls)):
                done, futures = in_flight.popleft()
                commit([f.result() for f in futures])
                if on_progress:
                    on_progress(done, len(calls))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return outcome


def load_transcript(out: str | Path, call_id: str, as_of=None):
    """The stored transcript of one call (segments and voice activity), as the rules see it."""
    calls = read_dataset(out, "calls", {call_id}, as_of=as_of).to_pylist()
    if not calls:
        raise KeyError(f"call '{call_id}' is not in {out}")
    if calls[0]["status"] != "ok":
        raise KeyError(f"call '{call_id}' has status {calls[0]['status']}: {calls[0]['error']}")
    segs = sorted(read_dataset(out, "segments", {call_id}, as_of=as_of).to_pylist(), key=lambda s: s["seg_index"])
    return to_transcript(call_id, segs, calls[0]["duration_s"], read_dataset(out, "activity", {call_id}, as_of=as_of).to_pylist())
