"""Appeals (申诉): an agent disputes one finding; a QA lead decides.

``callqa appeal FILE`` reads rows of ``finding_id``, ``reason`` (the agent's argument),
``filed_on`` and, once decided, ``status`` (``upheld`` = the finding stands, ``overturned``
= it stops counting), ``decided_by``, ``decided_on`` and ``decision``. An appeal goes
``pending`` → ``upheld`` | ``overturned`` once; a decided appeal is final. Calls whose
appeals were decided are rescored (:mod:`.rescoring`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa

from callqa.rules import Rulebook

from callqa.pipelines.review.rescoring import Rescored, needs_rescoring, rescore_reviewed, waived_findings
from callqa.pipelines.review.sheets import SheetError, read_day, read_rows
from callqa.pipelines.sink.schema import APPEALS
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import sql_list, write_table

STATUS = {"": "pending", "pending": "pending", "待处理": "pending", "upheld": "upheld", "维持": "upheld",
          "overturned": "overturned", "撤销": "overturned", "改判": "overturned"}
COMPARED = ("reason", "filed_on", "status", "decided_by", "decided_on", "decision")


@dataclass
class AppealsImported:
    filed: int = 0
    decided: int = 0
    unchanged: int = 0
    rescored: list[Rescored] = field(default_factory=list)


def parse_appeals(out: str | Path, path: str | Path) -> list[dict]:
    """The appeal rows of ``path``, each naming a stored finding; errors name file and row."""
    rows = read_rows(path, ("finding_id",))
    wanted = {r["finding_id"] for _, r in rows}
    findings = _findings(out, wanted)
    now, source = datetime.now(timezone.utc), str(Path(path).resolve())
    parsed: dict[str, tuple[int, dict]] = {}
    for n, r in rows:
        where = f"{path}: row {n}"
        fid = r["finding_id"]
        f = findings.get(fid)
        if f is None:
            raise SheetError(f"{where}: finding {fid!r} is not in {out}" if fid else f"{where}: finding_id is empty")
        if r.get("call_id") and r["call_id"] != f["call_id"]:
            raise SheetError(f"{where}: finding {fid} belongs to call {f['call_id']}, not {r['call_id']}")
        status = STATUS.get(r.get("status", "").lower())
        if status is None:
            raise SheetError(f"{where}: status {r['status']!r}: expected pending, upheld or overturned")
        if status != "pending" and not r.get("decided_by"):
            raise SheetError(f"{where}: a {status} appeal needs decided_by (the QA lead who decided)")
        row = {"finding_id": fid, "call_id": f["call_id"], "date": f["date"], "rule_id": f["rule_id"],
               "agent_id": r.get("agent_id") or f["agent_id"], "reason": r.get("reason") or None,
               "filed_on": read_day(r.get("filed_on", ""), "filed_on", where), "status": status,
               "decided_by": (r.get("decided_by") or None) if status != "pending" else None,
               "decided_on": read_day(r.get("decided_on", ""), "decided_on", where) if status != "pending" else None,
               "decision": (r.get("decision") or None) if status != "pending" else None,
               "source_file": source, "updated_at": now}
        if fid in parsed and parsed[fid][1]["status"] != status:
            raise SheetError(f"{where}: finding {fid} appears again in row {parsed[fid][0]} with another status")
        parsed[fid] = (n, row)
    return [row for _, row in parsed.values()]


def _findings(out, wanted: set[str]) -> dict[str, dict]:
    """The stored findings with these ids (an appeal names only the finding)."""
    import pyarrow.compute as pc

    tbl = read_dataset(out, "findings", columns=["finding_id", "call_id", "date", "rule_id", "agent_id"])
    tbl = tbl.filter(pc.is_in(tbl["finding_id"], value_set=pa.array(sorted(wanted), pa.string())))
    return {f["finding_id"]: f for f in tbl.to_pylist()}


def import_appeals(out: str | Path, path: str | Path, rulebook: Rulebook, run_id: str) -> AppealsImported:
    """Files new appeals and records decisions; rescores the calls whose appeals were decided."""
    rows = parse_appeals(out, path)
    stored = {a["finding_id"]: a for a in read_dataset(out, "appeals", {r["call_id"] for r in rows}).to_pylist()}
    result, changed = AppealsImported(), []
    for r in rows:
        old = stored.get(r["finding_id"])
        if old is not None and all(old[k] == r[k] for k in COMPARED):
            result.unchanged += 1
            continue
        if old is not None and old["status"] != "pending" and old["status"] != r["status"]:
            raise SheetError(f"{path}: finding {r['finding_id']}: appeal already {old['status']} by "
                             f"{old['decided_by']}{' on ' + old['decided_on'] if old['decided_on'] else ''}; "
                             "a decided appeal is final")
        changed.append(r)
        if r["status"] == "pending":
            result.filed += 1
        else:
            result.decided += 1
    touched = {r["call_id"] for r in rows if r["status"] != "pending"}
    before = waived_findings(out, touched)
    if changed:
        write_table(out, "appeals", pa.Table.from_pylist(changed, schema=APPEALS),
                    predicate=f"finding_id IN ({sql_list(r['finding_id'] for r in changed)})", kind="appeal")
    touched = needs_rescoring(out, before, touched)
    result.rescored = rescore_reviewed(out, touched, rulebook, run_id)
    return result
