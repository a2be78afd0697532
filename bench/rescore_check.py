"""Rescoring gives the same results however it is implemented (``python -m bench.rescore_check OUT.json``).

Stores ``--calls`` synthetic five-minute calls over two days (the rescore benchmark's
templates), rejects a few findings by review (waivers), then rescores them with a modified
rulebook (one phrase removed, one added: some calls flip) in worker processes, and a few
selections in one process (``--check``, ``--failed``, ``--date``, ``--call`` with an unknown
id, ``--dry-run``). Dumps the stored ``calls`` and ``findings`` tables and every outcome
(results, missing, diff) as sorted JSON: compare two dumps byte for byte before and after a
change to the rescore path.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from bench.storage import _clone, _templates
from callqa.rules import load_rulebook

DATES = ("2026-11-20", "2026-11-21")
VOLATILE = {"processed_at", "run_id"}     # differ between any two runs, whatever the code


def modified_rulebook(path: Path) -> Path:
    """The shipped rulebook with 不清楚/不太清楚 no longer forbidden and 稍等片刻 forbidden."""
    from callqa.rules.rulebook import DEFAULT_RULEBOOK

    text = Path(DEFAULT_RULEBOOK).read_text(encoding="utf-8")
    old = "phrases: [不清楚, 不太清楚, 不明白,"
    assert old in text, "the forbidden-dont-know phrases moved: update bench/rescore_check.py"
    text = text.replace(old, "phrases: [稍等片刻, 不明白,", 1)
    assert '\nversion: "' in text
    path.write_text(text.replace('\nversion: "', '\nversion: "check-', 1), encoding="utf-8")
    return path


def store(out: Path, n: int) -> None:
    from callqa.pipelines.sink.writer import write_results, write_table
    from callqa.pipelines.sink.schema import REVIEWS
    from callqa.pipelines.record import to_rows

    book = load_rulebook()
    templates = _templates(300, book)
    calls = []
    for i in range(n):
        c = _clone(templates[i % len(templates)], f"k{i:05d}")
        date = DATES[i % 2]
        c.job = {**c.job, "date": date, "rel_path": f"{date}/k{i:05d}.flac", "agent_id": f"A{i % 300:04d}",
                 "team": f"team-{i % 12}"}     # not the templates' hash(): the same in every process
        calls.append(c)
    for b in range(0, n, 1000):
        write_results(out, calls[b:b + 1000], "check-store", kind="bench")
    now = datetime(2026, 11, 22, tzinfo=timezone.utc)
    reviews = []
    for c in calls[::37]:      # every 37th call: its first finding rejected by a reviewer
        findings = to_rows(c, "")["findings"]
        if findings:
            f = findings[0]
            reviews.append({"review_id": f"rv-{c.job['call_id']}", "kind": "finding", "call_id": c.job["call_id"],
                            "date": c.job["date"], "finding_id": f["finding_id"], "rule_id": f["rule_id"],
                            "start": f["start"], "verdict": "reject", "reviewer": "qa1", "imported_at": now})
    write_table(out, "reviews", pa.Table.from_pylist(reviews, schema=REVIEWS))


def _outcome(o) -> dict:
    return {"results": sorted([r.job["call_id"], r.status, r.redaction, r.rulebook_version,
                               r.scorecard.score if r.scorecard else None,
                               r.scorecard.passed if r.scorecard else None,
                               [(f.rule_id, f.start, f.points) for f in r.scorecard.findings] if r.scorecard else None,
                               len(r.segments)]
                              for r in o.results),
            "missing": sorted(o.missing),
            "diff": {"compared": o.diff.compared,
                     "changes": sorted([c.__dict__ for c in o.diff.changes], key=lambda c: c["call_id"]),
                     "per_rule": o.diff.per_rule()}}


def _tables(out: Path) -> dict:
    from callqa.pipelines.sink.tables import read_dataset

    dump = {}
    for name, key in (("calls", ("call_id",)), ("findings", ("call_id", "finding_id"))):
        rows = [{k: v for k, v in r.items() if k not in VOLATILE} for r in read_dataset(out, name).to_pylist()]
        dump[name] = sorted(rows, key=lambda r: tuple(r[k] for k in key))
    return dump


def run(n: int, work: Path) -> dict:
    from callqa.pipelines.runs.rescore import Selection, rescore

    out = work / "out"
    store(out, n)
    book = load_rulebook(modified_rulebook(work / "modified.yaml"))
    result = {}
    # selections in one process, dry runs first (they write nothing)
    for label, sel in (("check", Selection(check="forbidden")), ("failed", Selection(failed=True)),
                       ("date", Selection(date=DATES[0])),
                       ("calls", Selection(call_ids=["k00001", "k00002", "nope"]))):
        result[f"dry-{label}"] = _outcome(rescore(out, book, "check-dry", sel, dry_run=True, workers=1))
    result["full"] = _outcome(rescore(out, book, "check-rescore"))          # worker processes
    result["tables"] = _tables(out)
    result["again-one-process"] = _outcome(rescore(out, book, "check-again", Selection(since=DATES[1]), workers=1))
    result["tables-again"] = _tables(out)
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.rescore_check", description=__doc__.splitlines()[0])
    ap.add_argument("dump", type=Path, help="where the JSON dump goes")
    ap.add_argument("--calls", type=int, default=3000)
    args = ap.parse_args(argv)
    os.environ.setdefault("CALLQA_PRIVACY_KEY", "callqa-bench-key-not-a-secret")
    work = Path(tempfile.mkdtemp(prefix="callqa-rescore-check-"))
    try:
        result = run(args.calls, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(result, ensure_ascii=False, sort_keys=True, indent=0, default=str)
    args.dump.write_text(text.replace(str(work), "WORK"), encoding="utf-8")     # the same in every run
    print(f"{args.dump}: {len(result['tables']['calls'])} calls, {len(result['tables']['findings'])} findings, "
          f"{len(result['full']['diff']['changes'])} changed, "
          f"{sum(c['old_passed'] != c['new_passed'] for c in result['full']['diff']['changes'])} flipped")


if __name__ == "__main__":
    main()
