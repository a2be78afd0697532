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

from callqa.pipelines.record import CallResult, apply_rules, from_table, to_transcript
from callqa.pipelines.review.rescoring import apply_waivers
from callqa.pipelines.runs.diff import Diff, diff_calls
from callqa.pipelines.sink.tables import open_table, read_dataset


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


SEG_COLS = ["call_id", "seg_index", "speaker", "start", "end", "text", "channel", "avg_logprob", "no_speech_prob"]
ACT_COLS = ["call_id", "speaker", "start", "end"]      # what the rules read of voice activity (no rows are built)
OLD_COLS = ["call_id", "rule_id", "check", "start", "points"]      # what the diff compares
PART = 1_000            # calls a worker scores at a time


def select_calls(out: str | Path, sel: Selection) -> tuple[list[dict], list[str]]:
    """The stored ``calls`` rows to rescore, and the reasons others asked for cannot be."""
    tbl, missing = _selected(out, sel)
    return tbl.to_pylist(), missing


def _selected(out: str | Path, sel: Selection) -> tuple[pa.Table, list[str]]:
    """:func:`select_calls` as a table, sorted by date and call id (the order rows are read back in)."""
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
    ok = pc.equal(tbl["status"], "ok")
    missing += [f"{r['call_id']}: status {r['status']} ({r['error']}), never transcribed — re-run `callqa run` for it"
                for r in tbl.filter(pc.invert(ok)).to_pylist()]
    tbl = tbl.filter(ok)
    return tbl.take(pc.sort_indices(tbl, [("date", "ascending"), ("call_id", "ascending")])), missing


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


def _score_part(out: str, calls: pa.Table, segs: pa.Table, acts: pa.Table, old: pa.Table, rulebook: Rulebook,
                run_id: str, raw_text: bool, dry_run: bool):
    """Scores some stored calls (their rows read by the caller, sorted by call id) and builds
    their table batch: rules, waivers, the diff against the stored scoring; no write (the one
    writer commits)."""
    from callqa.pipelines.sink.writer import results_tables

    old_findings = _group(old)
    batch, before, missing = [], [], []
    for c, (result, transcript) in zip(calls.select(["call_id", "date", "n_segments", "passed", "score"]).to_pylist(),
                                       from_table(calls, segs, acts, activity_rows=False)):
        if (c["n_segments"] or 0) > 0 and not result.segments:
            missing.append(f"{c['call_id']}: its {c['n_segments']} stored segments are missing")
            continue
        if raw_text:
            result.redaction = None      # scored from unredacted text: its findings are redacted when written
        batch.append(apply_rules(result, rulebook, transcript))
        before.append(c)
    if batch:   # findings a reviewer rejected or an appeal overturned keep costing nothing
        apply_waivers(out, batch, rulebook)
    changes = [diff_calls(c, old_findings.get(c["call_id"], []), r) for c, r in zip(before, batch)]
    tables = results_tables(batch, run_id, datasets=("findings", "calls")) if batch and not dry_run else None
    for r in batch:
        r.segments, r.activity = [], []
    return tables, batch, changes, missing


def _score_part_in_worker(*args):
    from callqa.pipelines.runs.workers import worker_rulebook

    out, calls, segs, acts, old, run_id, raw_text, dry_run = args
    return _score_part(out, calls, segs, acts, old, worker_rulebook(), run_id, raw_text, dry_run)


def _read_sorted(out, dataset: str, ids: set[str], date: str, columns: list[str], order: list[str]):
    """The rows of calls ``ids`` of one day (one read of its partition), and a function that
    gives the rows of a run of those calls, sorted, as their own table (ready to pickle:
    a slice would carry the whole buffers)."""
    tbl = read_dataset(out, dataset, ids, columns=columns, dates={date}).combine_chunks()   # take() is slow across chunks
    order_idx = pc.sort_indices(tbl, [(name, "ascending") for name in order])
    sorted_ids = pc.take(tbl["call_id"], order_idx).combine_chunks()
    ends = {}
    if len(sorted_ids):
        runs = pc.run_end_encode(sorted_ids)
        ends = dict(zip(runs.values.to_pylist(), runs.run_ends.to_pylist()))

    def rows_of(first: int, part_ids: list[str]) -> tuple[pa.Table, int]:
        end = first
        for cid in part_ids:
            end = ends.get(cid, end)
        return tbl.take(order_idx.slice(first, end - first)), end
    return rows_of


def rescore(out: str | Path, rulebook: Rulebook, run_id: str, selection: Selection | None = None,
            dry_run: bool = False, on_progress=None, workers: int | None = None) -> Outcome:
    """Rescores the selected calls, writes them as a new version (unless ``dry_run``) and
    returns the results, the calls that could not be rescored, and what changed.

    This process reads each selected day's rows once (only the columns the rules, the
    writer and the diff need), sorted by call, and hands runs of :data:`PART` calls as Arrow
    tables to ``workers`` processes (default: one per core, for selections of at least
    :data:`PARALLEL_MIN` calls), which score them and build their table batches; this
    process commits them through the one writer, one commit per day."""
    from callqa.pipelines.runs.workers import default_workers, worker_pool
    from callqa.pipelines.sink.writer import check_writable, writer_for

    sel = selection or Selection()
    if not dry_run:
        check_writable(out)
    calls, missing = _selected(out, sel)
    outcome = Outcome(missing=missing)
    # The rules read what was said: the unredacted copy where one was kept (--keep-raw),
    # else the stored (redacted) text, where personal numbers are masks.
    text_table = "segments_raw" if open_table(out, "segments_raw") is not None else "segments"
    raw_text = text_table != "segments"
    if workers is None:
        workers = default_workers() if calls.num_rows >= PARALLEL_MIN else 1
    if getattr(rulebook, "path", None) is None:
        workers = 1       # a rulebook built in memory cannot be handed to worker processes
    pool = None
    if workers > 1:
        pool = worker_pool(workers, str(rulebook.path))
    pending: list = []          # finished parts of one day, not committed yet
    pending_day = None
    done = 0

    def commit() -> None:
        """One commit per day: a day rescored whole is replaced by its date alone (see writer)."""
        nonlocal pending, done
        tables = [p[0] for p in pending if p[0] is not None]
        if tables:
            writer_for(out).write_tables({name: pa.concat_tables([t[name] for t in tables]) for name in tables[0]},
                                         run_id, kind="rescore")
        for _, batch, changes, part_missing in pending:
            outcome.missing.extend(part_missing)
            for c in changes:
                outcome.diff.add(c)
            outcome.results.extend(batch)
            done += len(batch) + len(part_missing)
        pending = []
        if on_progress:
            on_progress(done, calls.num_rows)

    def collect(day: str, part) -> None:
        nonlocal pending_day
        if pending and day != pending_day:
            commit()
        pending_day = day
        pending.append(part)

    in_flight: deque = deque()       # (day, future) of parts submitted to the workers, in order
    try:
        dates = calls["date"]
        for date in pc.unique(dates).to_pylist():
            day = calls.filter(pc.equal(dates, date))
            day_ids = day["call_id"].to_pylist()
            ids = set(day_ids)
            readers = [_read_sorted(out, text_table, ids, date, SEG_COLS, ["call_id", "seg_index"]),
                       _read_sorted(out, "activity", ids, date, ACT_COLS, ["call_id"]),
                       _read_sorted(out, "findings", ids, date, OLD_COLS, ["call_id"])]
            firsts = [0, 0, 0]
            for k in range(0, len(day_ids), PART):
                part_ids = day_ids[k:k + PART]
                rows = []
                for j, rows_of in enumerate(readers):
                    part_rows, firsts[j] = rows_of(firsts[j], part_ids)
                    rows.append(part_rows)
                args = (str(out), day.take(pa.array(range(k, k + len(part_ids)))), *rows)
                if pool is None:
                    collect(date, _score_part(*args, rulebook, run_id, raw_text, dry_run))
                    continue
                in_flight.append((date, pool.submit(_score_part_in_worker, *args, run_id, raw_text, dry_run)))
                while len(in_flight) > 2 * workers:    # the workers score while this process reads
                    day_done, future = in_flight.popleft()
                    collect(day_done, future.result())
        while in_flight:
            day_done, future = in_flight.popleft()
            collect(day_done, future.result())
        commit()
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
