"""Reviewers' verdicts: the reviewer file filled in, imported into the ``reviews`` table.

Per finding ``confirm`` / ``reject`` with a comment and the reviewer; per call a reviewer
score; problems the machine missed (``missed``: rule, time, comment). Each verdict is keyed
by what it is about and who gave it (:func:`review_id`), so importing the same file again
changes nothing, and a corrected file updates only the verdicts that changed. Calls whose
finding verdicts changed are rescored (:mod:`.rescoring`).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from callqa.rules import Rulebook

from callqa.pipelines.review.rescoring import Rescored, needs_rescoring, rescore_reviewed, waived_findings
from callqa.pipelines.review.sheets import SheetError, parse_seconds, read_rows
from callqa.pipelines.sink.schema import REVIEWS
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import sql_list, write_table

ALIASES = {"confirm": "confirm", "confirmed": "confirm", "确认": "confirm", "属实": "confirm",
           "reject": "reject", "rejected": "reject", "驳回": "reject", "误报": "reject",
           "missed": "missed", "漏检": "missed"}
COMPARED = ("kind", "call_id", "finding_id", "rule_id", "start", "verdict", "reviewer_score", "comment", "reviewer")


def review_id(kind: str, call_id: str, reviewer: str, about: str) -> str:
    """The verdict's key: kind, call, reviewer and what it is about (finding id; rule and
    time for a missed problem; nothing for a call score)."""
    key = "\x1f".join((kind, call_id, reviewer, about))
    return hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()


def parse_file(out: str | Path, path: str | Path, rulebook: Rulebook, reviewer: str | None = None) -> list[dict]:
    """The verdict rows of a filled-in reviewer file, checked against the stored calls and
    findings; a clear error naming the file and row for anything that cannot be used."""
    rows = read_rows(path, ("call_id", "verdict"))
    ids = {r["call_id"] for _, r in rows if r.get("call_id")}
    calls = {c["call_id"]: c for c in read_dataset(out, "calls", ids, columns=["call_id", "date", "agent_id", "team"]).to_pylist()}
    columns = ["finding_id", "call_id", "rule_id", "start"]
    # findings as stored now, and those reviewed before (a rescore may have dropped one since)
    findings = {f["finding_id"]: f for f in read_dataset(out, "reviews", ids, columns=columns + ["kind"]).to_pylist()
                if f["kind"] == "finding"}
    findings.update((f["finding_id"], f) for f in read_dataset(out, "findings", ids, columns=columns).to_pylist())
    now, source = datetime.now(timezone.utc), str(Path(path).resolve())
    found: dict[str, tuple[int, dict]] = {}

    def add(n: int, row: dict) -> None:
        if row["review_id"] in found and any(found[row["review_id"]][1][k] != row[k] for k in COMPARED):
            raise SheetError(f"{path}: row {n}: contradicts row {found[row['review_id']][0]} "
                             f"(same {row['kind']} of call {row['call_id']} by {row['reviewer']})")
        found.setdefault(row["review_id"], (n, row))

    for n, r in rows:
        where = f"{path}: row {n}"
        verdict_text, score_text = r.get("verdict", ""), r.get("reviewer_score", "")
        if not verdict_text and not score_text:
            continue                                   # not reviewed (yet)
        cid = r.get("call_id", "")
        if cid not in calls:
            raise SheetError(f"{where}: call {cid!r} is not in {out}" if cid else f"{where}: call_id is empty")
        who = r.get("reviewer") or reviewer
        if not who:
            raise SheetError(f"{where}: no reviewer (fill the reviewer column or pass --reviewer)")
        call = calls[cid]
        base = {"call_id": cid, "date": call["date"], "agent_id": call["agent_id"], "team": call["team"],
                "reviewer": who, "comment": r.get("comment") or None, "source_file": source, "imported_at": now,
                "finding_id": None, "rule_id": None, "start": None, "verdict": None, "reviewer_score": None}
        if score_text:
            try:
                score = float(score_text)
            except ValueError:
                score = -1.0
            if not 0 <= score <= 100:
                raise SheetError(f"{where}: reviewer_score {score_text!r} is not a number from 0 to 100")
            add(n, {**base, "kind": "call", "reviewer_score": score, "comment": None,
                    "review_id": review_id("call", cid, who, "")})
        if not verdict_text:
            continue
        verdict = ALIASES.get(verdict_text.lower())
        if verdict is None:
            raise SheetError(f"{where}: verdict {verdict_text!r}: expected confirm, reject or missed")
        if verdict == "missed":
            rule = r.get("rule_id", "")
            try:
                rulebook.rule(rule)
            except KeyError:
                raise SheetError(f"{where}: missed problem: rule {rule!r} is not in {rulebook.name} "
                                 "(give a rule code such as QA121)") from None
            try:
                start = parse_seconds(r.get("at", ""))
            except ValueError as exc:
                raise SheetError(f"{where}: at: {exc}") from None
            about = f"{rule}\x1f{'' if start is None else round(start, 1)}"
            add(n, {**base, "kind": "missed", "rule_id": rule, "start": start, "verdict": "missed",
                    "review_id": review_id("missed", cid, who, about)})
            continue
        fid = r.get("finding_id", "")
        f = findings.get(fid)
        if f is None or f["call_id"] != cid:
            raise SheetError(f"{where}: finding {fid!r} is not a finding of call {cid} (now)" if fid
                             else f"{where}: {verdict} needs a finding_id (a missed problem is verdict 'missed')")
        add(n, {**base, "kind": "finding", "finding_id": fid, "rule_id": f["rule_id"], "start": f["start"],
                "verdict": verdict, "review_id": review_id("finding", cid, who, fid)})
    return [row for _, row in found.values()]


@dataclass
class Imported:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rescored: list[Rescored] = field(default_factory=list)


def import_reviews(out: str | Path, path: str | Path, rulebook: Rulebook, run_id: str,
                   reviewer: str | None = None) -> Imported:
    """Imports a filled-in reviewer file: new and changed verdicts in one commit (nothing at
    all when none changed), then rescores the calls whose waived findings changed."""
    rows = parse_file(out, path, rulebook, reviewer)
    stored = {r["review_id"]: r for r in read_dataset(out, "reviews", {r["call_id"] for r in rows}).to_pylist()}
    changed = [r for r in rows if r["review_id"] not in stored
               or any(stored[r["review_id"]][k] != r[k] for k in COMPARED)]
    touched = {r["call_id"] for r in rows if r["kind"] == "finding"}
    before = waived_findings(out, touched)
    if changed:
        write_table(out, "reviews", pa.Table.from_pylist(changed, schema=REVIEWS),
                    predicate=f"review_id IN ({sql_list(r['review_id'] for r in changed)})")
    result = Imported(added=sum(r["review_id"] not in stored for r in changed),
                      updated=sum(r["review_id"] in stored for r in changed), unchanged=len(rows) - len(changed))
    touched = needs_rescoring(out, before, touched)
    result.rescored = rescore_reviewed(out, touched, rulebook, run_id)
    return result
