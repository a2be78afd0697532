"""What changed between two scorings of the same calls: pass/fail flips, score deltas, and
findings added or removed per rule — for a QA lead deciding whether a rulebook change is
safe (``callqa rescore --diff``, ``--dry-run``, ``callqa diff --from RUN --to RUN``)."""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path


def _key(f: dict) -> tuple[str, str, float]:
    """A finding's identity across scorings: rule and position (to 0.1 s)."""
    return (f["rule_id"], f["check"], round(float(f["start"] or 0.0), 1))


@dataclass
class CallChange:
    call_id: str
    date: str
    old_passed: bool | None
    new_passed: bool | None
    old_score: float | None
    new_score: float | None
    added: list[tuple[str, str, float]]
    removed: list[tuple[str, str, float]]

    @property
    def flipped(self) -> bool:
        return self.old_passed != self.new_passed

    @property
    def delta(self) -> float:
        return (self.new_score or 0.0) - (self.old_score or 0.0)

    @property
    def changed(self) -> bool:
        return self.flipped or bool(self.added or self.removed) or abs(self.delta) > 1e-9


def change(call_id: str, date: str, old_call: dict | None, old_findings: list[dict],
           new_call: dict | None, new_findings: list[dict]) -> CallChange:
    old, new = Counter(map(_key, old_findings)), Counter(map(_key, new_findings))
    return CallChange(call_id, date, (old_call or {}).get("passed"), (new_call or {}).get("passed"),
                      (old_call or {}).get("score"), (new_call or {}).get("score"),
                      sorted((new - old).elements()), sorted((old - new).elements()))


def diff_calls(old_call: dict, old_findings: list[dict], result) -> CallChange:
    """A stored call against its new scoring (a ``CallResult`` with a scorecard)."""
    card = result.scorecard
    new_findings = [{"rule_id": f.rule_id, "check": f.check, "start": f.start} for f in card.findings] if card else []
    new_call = {"passed": card.passed, "score": card.score} if card else {}
    return change(old_call["call_id"], old_call["date"], old_call, old_findings, new_call, new_findings)


@dataclass
class Diff:
    compared: int = 0
    changes: list[CallChange] = field(default_factory=list)      # only calls that changed

    def add(self, c: CallChange) -> None:
        self.compared += 1
        if c.changed:
            self.changes.append(c)

    @property
    def flipped(self) -> list[CallChange]:
        return [c for c in self.changes if c.flipped]

    def per_rule(self) -> dict[str, tuple[int, int]]:
        """rule id → (findings added, findings removed)."""
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c in self.changes:
            for rule, _, _ in c.added:
                counts[rule][0] += 1
            for rule, _, _ in c.removed:
                counts[rule][1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(counts.items())}

    def write_csv(self, path: str | Path) -> None:
        """One row per changed call: flip, scores, and the findings added and removed."""
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["call_id", "date", "old_passed", "new_passed", "flipped", "old_score", "new_score",
                        "score_delta", "findings_added", "findings_removed"])
            for c in self.changes:
                w.writerow([c.call_id, c.date, c.old_passed, c.new_passed, c.flipped, c.old_score, c.new_score,
                            round(c.delta, 2), "; ".join(f"{r}@{t:g}s" for r, _, t in c.added),
                            "; ".join(f"{r}@{t:g}s" for r, _, t in c.removed)])


def diff_snapshots(out: str | Path, old, new) -> Diff:
    """Every call stored at either snapshot (``tables.Snapshot`` or None for the latest)."""
    from callqa.pipelines.sink.tables import read_dataset

    cols = ["call_id", "date", "passed", "score"]
    fcols = ["call_id", "rule_id", "check", "start"]
    old_calls = {r["call_id"]: r for r in read_dataset(out, "calls", as_of=old, columns=cols).to_pylist()}
    new_calls = {r["call_id"]: r for r in read_dataset(out, "calls", as_of=new, columns=cols).to_pylist()}
    old_f, new_f = defaultdict(list), defaultdict(list)
    for r in read_dataset(out, "findings", as_of=old, columns=fcols).to_pylist():
        old_f[r["call_id"]].append(r)
    for r in read_dataset(out, "findings", as_of=new, columns=fcols).to_pylist():
        new_f[r["call_id"]].append(r)
    diff = Diff()
    for cid in sorted(set(old_calls) | set(new_calls)):
        date = (new_calls.get(cid) or old_calls[cid])["date"]
        diff.add(change(cid, date, old_calls.get(cid), old_f[cid], new_calls.get(cid), new_f[cid]))
    return diff
