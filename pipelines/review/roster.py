"""Who is who: the roster (``agents.csv``) and which agents are new.

A roster given once (``--agents``) is remembered in the output directory as the ``agents``
table, replaced whole by the next one given. "New" = hired within ``new_days`` of the day in
question. Without a roster, agents and teams come from the calls and "new" falls back to first
seen in the calls within ``new_days`` — the commands say which one they used.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pyarrow as pa

from callqa.pipelines.review.sheets import SheetError, read_rows
from callqa.pipelines.sink.schema import AGENTS
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import write_table

REQUIRED = ("agent_id", "name", "team", "hired_on")
KNOWN = REQUIRED + ("supervisor",)


def load_roster(path: str | Path) -> pa.Table:
    """The roster file (CSV or XLSX) as the ``agents`` table; a clear error naming the file
    and row for a missing id, a bad date or an agent listed twice."""
    rows = read_rows(path, REQUIRED)
    out, seen = [], {}
    loaded = datetime.now(timezone.utc)
    for n, row in rows:
        agent = row["agent_id"]
        if not agent:
            raise SheetError(f"{path}: row {n}: agent_id is empty")
        if agent in seen:
            raise SheetError(f"{path}: row {n}: agent {agent} already listed in row {seen[agent]}")
        seen[agent] = n
        try:
            hired = date.fromisoformat(row["hired_on"]) if row["hired_on"] else None
        except ValueError:
            raise SheetError(f"{path}: row {n}: hired_on {row['hired_on']!r} is not a date (YYYY-MM-DD)") from None
        extra = {k: v for k, v in row.items() if k not in KNOWN and v}
        out.append({"agent_id": agent, "name": row["name"] or None, "team": row["team"] or None, "hired_on": hired,
                    "supervisor": row.get("supervisor") or None,
                    "extra": json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None,
                    "roster_file": str(Path(path).resolve()), "loaded_at": loaded})
    if not out:
        raise SheetError(f"{path}: no agents listed")
    return pa.Table.from_pylist(out, schema=AGENTS)


def remember_roster(out: str | Path, path: str | Path) -> int:
    """Stores the roster in ``out`` (replacing the previous one); returns how many agents."""
    return write_table(out, "agents", load_roster(path), replace_all=True)


@dataclass(frozen=True)
class Agents:
    """The agents known on a day: team and whether each counts as new, and from what."""
    team: dict[str, str | None]
    new: set[str]
    source: str            # "roster" | "first seen"
    new_days: int

    def describe(self) -> str:
        if self.source == "roster":
            return f"new agents: hired within {self.new_days} days (roster)"
        return f"no roster given: new agents = first seen in the calls within {self.new_days} days"


def agents_on(out: str | Path, day: str, new_days: int = 30) -> Agents:
    """The roster's view of ``day`` (an ISO date), or the calls' when no roster was given."""
    today = date.fromisoformat(day)
    since = today - timedelta(days=new_days)
    roster = read_dataset(out, "agents", columns=["agent_id", "team", "hired_on"])
    if roster.num_rows:
        rows = roster.to_pylist()
        return Agents({r["agent_id"]: r["team"] for r in rows},
                      {r["agent_id"] for r in rows if r["hired_on"] and since < r["hired_on"] <= today},
                      "roster", new_days)
    calls = read_dataset(out, "calls", columns=["agent_id", "team", "date"]).to_pylist()
    first: dict[str, str] = {}
    team: dict[str, str | None] = {}
    for r in calls:
        a = r["agent_id"]
        if a is None:
            continue
        if a not in first or r["date"] < first[a]:
            first[a] = r["date"]
        team.setdefault(a, r["team"])
    return Agents(team, {a for a, d in first.items() if since < date.fromisoformat(d) <= today}, "first seen",
                  new_days)
