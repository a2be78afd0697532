"""How far to trust each rule, and each reviewer: the figures rule authors tune by.

Per rule: findings reviewed, confirmed, rejected (a finding's verdict is its reviewers'
majority; a tie counts as confirmed, as in :mod:`.rescoring`), the false-positive rate
rejected ÷ reviewed with a 95 % Wilson score interval (sound for small counts and rates
near 0 or 1, unlike the normal approximation), problems the machine missed, and appeals
overturned. Per pair of reviewers who judged the same findings: how often they agreed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from callqa.pipelines.sink.query import connect

Z95 = 1.959963984540054


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion k/n (0, 1 when n = 0)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class RuleStats:
    rule_id: str
    reviewed: int
    confirmed: int
    rejected: int
    missed: int
    overturned: int

    @property
    def fp_rate(self) -> float | None:
        return self.rejected / self.reviewed if self.reviewed else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.rejected, self.reviewed)


@dataclass
class PairStats:
    reviewer_a: str
    reviewer_b: str
    calls: int
    findings: int
    agreed: int

    @property
    def agreement(self) -> float | None:
        return self.agreed / self.findings if self.findings else None


def _where(since: str | None, until: str | None) -> tuple[str, list]:
    """The calls' days from ``since`` to ``until``, each checked as a real day (a ValueError
    naming it otherwise: compared as text, '2026/11/21' or 'garbage' would select nothing)."""
    from callqa.pipelines.inputs.recordings import parse_day

    cond, args = [], []
    if since:
        cond.append("date >= ?")
        args.append(parse_day(since, "--since", relative=False))
    if until:
        cond.append("date <= ?")
        args.append(parse_day(until, "--until", relative=False))
    return (" AND " + " AND ".join(cond)) if cond else "", args


def rule_stats(out: str | Path, since: str | None = None, until: str | None = None) -> list[RuleStats]:
    """One row per rule with a reviewed finding, a missed problem or an appeal (calls' dates
    from ``since`` to ``until`` when given), by rule code."""
    where, args = _where(since, until)
    sql = f"""
        WITH verdicts AS (
            SELECT finding_id, any_value(rule_id) AS rule_id,
                   sum((verdict = 'reject')::int) - sum((verdict = 'confirm')::int) AS lean
            FROM reviews WHERE kind = 'finding' {where} GROUP BY finding_id),
        judged AS (
            SELECT rule_id, count(*) AS reviewed, sum((lean <= 0)::int) AS confirmed,
                   sum((lean > 0)::int) AS rejected FROM verdicts GROUP BY rule_id),
        missed AS (SELECT rule_id, count(*) AS missed FROM reviews WHERE kind = 'missed' {where} GROUP BY rule_id),
        appealed AS (SELECT rule_id, sum((status = 'overturned')::int) AS overturned
                     FROM appeals WHERE true {where} GROUP BY rule_id)
        SELECT rule_id, coalesce(reviewed, 0), coalesce(confirmed, 0), coalesce(rejected, 0),
               coalesce(missed, 0), coalesce(overturned, 0)
        FROM judged FULL JOIN missed USING (rule_id) FULL JOIN appealed USING (rule_id)
        ORDER BY rule_id"""
    con = connect(out)
    return [RuleStats(*row) for row in con.execute(sql, args * 3).fetchall()]


def pair_agreement(out: str | Path, since: str | None = None, until: str | None = None) -> list[PairStats]:
    """Per pair of reviewers: calls and findings both judged, and how many verdicts matched."""
    where, args = _where(since, until)
    sql = f"""
        WITH v AS (SELECT call_id, finding_id, reviewer, verdict FROM reviews WHERE kind = 'finding' {where})
        SELECT a.reviewer, b.reviewer, count(DISTINCT a.call_id), count(*), sum((a.verdict = b.verdict)::int)
        FROM v a JOIN v b ON a.finding_id = b.finding_id AND a.reviewer < b.reviewer
        GROUP BY a.reviewer, b.reviewer ORDER BY a.reviewer, b.reviewer"""
    return [PairStats(*row) for row in connect(out).execute(sql, args).fetchall()]
