"""What people decided feeds back into scores: a finding rejected by its reviewers, or
overturned on appeal, stops counting.

A finding is waived when more of its reviewers rejected than confirmed it (a tie keeps it:
the machine's finding stands until settled), unless an appeal decided it: ``overturned``
waives it, ``upheld`` keeps it (the one definition, also for the report and clips:
:mod:`.waivers`). Waived findings stay in the ``findings`` table with 0 points (so the
verdict stays attached by ``finding_id``); the call's score, pass, grade and counts
are recomputed with :func:`callqa.rules.scoring.waive` and written as a new version through
the one writer (the previous scores stay readable with ``--as-of``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from callqa.rules import Rulebook
from callqa.rules.scoring import waive

from callqa.pipelines.record import CallResult, apply_rules, from_rows, to_rows
from callqa.pipelines.review.waivers import waived_rows
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import write_results


def waived_findings(out: str | Path, call_ids: set[str] | None = None) -> dict[str, set[str]]:
    """call_id → the finding ids that no longer count (the definition:
    :mod:`callqa.pipelines.review.waivers`)."""
    reviews = read_dataset(out, "reviews", call_ids, columns=["call_id", "finding_id", "kind", "verdict"])
    appeals = read_dataset(out, "appeals", call_ids, columns=["call_id", "finding_id", "status"])
    waived: dict[str, set[str]] = {}
    for row in waived_rows(reviews, appeals):
        waived.setdefault(row["call_id"], set()).add(row["finding_id"])
    return waived


def apply_waivers(out: str | Path, results: list[CallResult], rulebook: Rulebook) -> int:
    """Re-tallies the scorecards of freshly scored ``results`` without their waived findings
    (in place); returns how many calls changed. Any run that rescores stored calls calls
    this before writing, so a verdict outlives rescoring."""
    waived = waived_findings(out, {r.job["call_id"] for r in results})
    changed = 0
    for r in results:
        ids = waived.get(r.job["call_id"])
        if not ids or r.scorecard is None:
            continue
        order = [f["finding_id"] for f in to_rows(r, "")["findings"]]
        drop = {i for i, fid in enumerate(order) if fid in ids}
        if drop:
            r.scorecard = waive(r.scorecard, drop, rulebook)
            changed += 1
    return changed


@dataclass
class Rescored:
    call_id: str
    old_score: float | None
    new_score: float | None
    old_passed: bool | None
    new_passed: bool | None


def needs_rescoring(out: str | Path, before: dict[str, set[str]], call_ids: set[str]) -> set[str]:
    """Of ``call_ids``, those whose waived findings differ from ``before`` (taken before the
    decisions were written), or where a waived finding still costs points (a rescore that
    did not finish)."""
    after = waived_findings(out, call_ids)
    stale = {cid for cid in call_ids if before.get(cid, set()) != after.get(cid, set())}
    findings = read_dataset(out, "findings", call_ids, columns=["call_id", "finding_id", "points"]).to_pylist()
    stale |= {f["call_id"] for f in findings if f["finding_id"] in after.get(f["call_id"], ()) and f["points"]}
    return stale


def rescore_reviewed(out: str | Path, call_ids: set[str], rulebook: Rulebook, run_id: str) -> list[Rescored]:
    """Rescores the given calls from their stored transcripts with people's decisions
    applied, and writes them as a new version (kind ``review``)."""
    from callqa.pipelines.runs.rescore import Selection, _group, select_calls

    if not call_ids:
        return []
    calls, _ = select_calls(out, Selection(call_ids=sorted(call_ids)))
    if not calls:
        return []
    ids, dates = {c["call_id"] for c in calls}, {c["date"] for c in calls}
    segs = _group(read_dataset(out, "segments", ids, dates=dates))
    acts = _group(read_dataset(out, "activity", ids, dates=dates))
    batch = [apply_rules(from_rows(c, segs.get(c["call_id"], []), acts.get(c["call_id"], [])), rulebook)
             for c in calls]
    apply_waivers(out, batch, rulebook)
    write_results(out, batch, run_id, kind="review", datasets=("findings", "calls"))
    return [Rescored(c["call_id"], c["score"], r.scorecard.score, c["passed"], r.scorecard.passed)
            for c, r in zip(calls, batch)]
