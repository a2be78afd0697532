"""Rescoring stored calls: a rule changed, a call was disputed, a rulebook was tuned.

No audio and no Whisper: each selected call's transcript (segments and voice activity) is
read back from the output, scored with the rulebook, and its ``calls`` and ``findings`` rows
are written as a new version through the one writer (segments and activity stay as they
are). The previous scores stay readable (``callqa query --as-of``), and :mod:`.diff` says
which calls flipped. A better ASR model is :mod:`.retranscribe` instead.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from callqa.rules import Rulebook

from callqa.pipelines.record import CallResult, apply_rules, from_rows, to_transcript
from callqa.pipelines.review.rescoring import apply_waivers
from callqa.pipelines.runs.diff import Diff, diff_calls
from callqa.pipelines.sink.tables import open_table, read_dataset
from callqa.pipelines.sink.writer import write_results

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


def rescore(out: str | Path, rulebook: Rulebook, run_id: str, selection: Selection | None = None,
            dry_run: bool = False, on_progress=None) -> Outcome:
    """Rescores the selected calls, writes them as a new version (unless ``dry_run``) and
    returns the results, the calls that could not be rescored, and what changed."""
    sel = selection or Selection()
    calls, missing = select_calls(out, sel)
    outcome = Outcome(missing=missing)
    # The rules read what was said: the unredacted copy where one was kept (--keep-raw),
    # else the stored (redacted) text, where personal numbers are masks.
    text_table = "segments_raw" if open_table(out, "segments_raw") is not None else "segments"
    seg_cols = ["call_id", "seg_index", "speaker", "start", "end", "text", "channel", "avg_logprob", "no_speech_prob"]
    for i in range(0, len(calls), CHUNK):
        chunk = calls[i:i + CHUNK]
        ids = {c["call_id"] for c in chunk}
        dates = {c["date"] for c in chunk}
        segs = _group(read_dataset(out, text_table, ids, columns=seg_cols, dates=dates))
        acts = _group(read_dataset(out, "activity", ids, columns=["call_id", "channel", "speaker", "start", "end"],
                                   dates=dates))
        old_findings = _group(read_dataset(out, "findings", ids, columns=["call_id", "rule_id", "check", "start", "points"],
                                           dates=dates))
        batch, before = [], []
        for c in chunk:
            cid = c["call_id"]
            if (c["n_segments"] or 0) > 0 and not segs.get(cid):
                outcome.missing.append(f"{cid}: its {c['n_segments']} stored segments are missing")
                continue
            result = from_rows(c, segs.get(cid, []), acts.get(cid, []))
            if text_table != "segments":
                result.redaction = None      # scored from unredacted text: its findings are redacted when written
            batch.append(apply_rules(result, rulebook))
            before.append(c)
        if batch:   # findings a reviewer rejected or an appeal overturned keep costing nothing
            apply_waivers(out, batch, rulebook)
        for c, result in zip(before, batch):
            outcome.diff.add(diff_calls(c, old_findings.get(c["call_id"], []), result))
        if batch and not dry_run:
            write_results(out, batch, run_id, kind="rescore", datasets=("findings", "calls"))
        for r in batch:
            r.segments, r.activity = [], []
        outcome.results.extend(batch)
        if on_progress:
            on_progress(min(i + CHUNK, len(calls)), len(calls))
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
