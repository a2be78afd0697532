"""The review queue (抽检): which calls people listen to, drawn reproducibly.

Composition (configurable, :class:`SamplingConfig`, YAML via ``--config``), in this order:

1. ``fatal``: every fatal (一票否决) call, even beyond the queue's size;
2. ``suspected``: up to a share of the queue (``suspect_share``), the calls that the learned
   insult model (:mod:`callqa.models.insult`) suspects of an insult the rules did not find,
   most suspect first — on a new writer's wording it found 11 of 15 insults where the rules
   found 3, but it is not precise enough to make a call fatal, so a person decides. Every
   call it suspects, queued or not, is recorded in the ``suspects`` table (see below);
3. ``failed``: a share of the queue (``failed_share``) from the calls that did not pass;
4. ``coverage``: one call of every agent active in the period and not yet covered this ISO
   week (by an earlier queue or a review), so every agent is heard at least once a week;
5. ``random``: the rest, stratified per team in proportion to the team's calls.

Within each step calls are drawn at random with weights: ``new_agent_weight`` for agents
hired (or first seen) within ``new_agent_days``, ``keyword_weight`` for calls that mention a
watched product or keyword. Calls already reviewed, or queued by another day's queue, are
not drawn again. Each row says why it was drawn. The same data, configuration and seed give
the same queue (weighted sampling by Efraimidis–Spirakis keys from one seeded generator over
the calls sorted by id); drawing a queue again replaces it.

The ``suspects`` table: every non-fatal checked call of the period that the model suspects
(also those already reviewed or queued by another queue, and those the share leaves out),
with its probability, the agent turn it read (start, end and the stored — redacted — words),
the model file's sha256 prefix, the threshold and whether this queue drew it. It is written
with the queue and replaced with it. ``suspect_share: 0`` only keeps suspects out of the
queue: the model (when built) still scores and the suspects are still recorded, so a QA lead
can count and query them. Without a built model nothing is recorded and a note says so.
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from callqa.pipelines.review.roster import Agents, agents_on
from callqa.pipelines.sink.schema import REVIEW_QUEUE, SUSPECTS
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import sql_list, write_table

PRIORITY = {"fatal": 1, "suspected": 2, "failed": 3, "coverage": 4, "random": 5}


class SamplingConfig(BaseModel):
    """How a queue is composed; every field can be set in the YAML file given with ``--config``."""
    model_config = ConfigDict(extra="forbid")

    size: int = Field(40, ge=0, description="calls per queue when neither --size nor --reviewers/--hours is given")
    review_factor: float = Field(1.5, gt=0, description="reviewer minutes per minute of call (listening + marking)")
    failed_share: float = Field(0.3, ge=0, le=1, description="share of the queue for calls that did not pass")
    suspect_share: float = Field(0.25, ge=0, le=1, description="most of the queue for calls the learned insult "
                                 "model suspects (0: none queued; they are still recorded in `suspects`)")
    suspect_threshold: float | None = Field(None, gt=0, lt=1, description="model probability from which a call is "
                                            "suspected (default: the threshold the model was frozen with)")
    weekly_coverage: bool = Field(True, description="every active agent reviewed at least once per ISO week")
    new_agent_days: int = Field(30, ge=0, description="an agent hired (or first seen) within this many days is new")
    new_agent_weight: float = Field(3.0, ge=1, description="draw weight of a new agent's calls")
    keywords: list[str] = Field([], description="watched products or keywords (e.g. a new plan's name)")
    keyword_weight: float = Field(2.0, ge=1, description="draw weight of a call mentioning a keyword")
    findings_per_call: int = Field(5, ge=1, description="findings listed per call in the reviewer file")

    def sha(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(), sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:12]


def load_config(path: str | Path | None) -> SamplingConfig:
    """The sampling configuration (defaults when no file); a clear error naming file and field."""
    if path is None:
        return SamplingConfig()
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ValueError(f"{path}: cannot read sampling configuration: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: invalid YAML: {exc}") from None
    if isinstance(data, dict) and "sampling" in data:      # a section of a larger file
        data = data["sampling"]
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of sampling settings")
    try:
        return SamplingConfig(**data)
    except ValidationError as exc:
        e = exc.errors()[0]
        raise ValueError(f"{path}: {'.'.join(map(str, e['loc']))}: {e['msg']}") from None


@dataclass(frozen=True)
class Period:
    """What a queue is drawn for: one day (``2026-11-21``) or one ISO week (``2026-W47``)."""
    label: str
    days: tuple[str, ...]

    @classmethod
    def day(cls, day: str) -> "Period":
        from callqa.pipelines.inputs.recordings import parse_day

        day = parse_day(day, relative=False)       # a ValueError naming the value and what is wrong
        return cls(day, (day,))

    @classmethod
    def week(cls, week: str) -> "Period":
        try:
            year, w = week.upper().split("-W")
            monday = date.fromisocalendar(int(year), int(w), 1)
        except ValueError:
            raise ValueError(f"--week {week!r}: expected an ISO week such as 2026-W47") from None
        return cls(f"{int(year)}-W{int(w):02d}", tuple((monday + timedelta(d)).isoformat() for d in range(7)))

    @property
    def week_days(self) -> tuple[str, ...]:
        """The days of the ISO week this period lies in (coverage is counted per week)."""
        return Period.week("{}-W{}".format(*date.fromisoformat(self.days[0]).isocalendar()[:2])).days

    def default_seed(self) -> int:
        """The seed when none is given: from the label, so a re-draw is reproducible too."""
        return int(hashlib.sha256(self.label.encode()).hexdigest()[:8], 16)


def capacity(reviewers: float, hours: float, mean_duration_s: float, review_factor: float) -> int:
    """Calls people can review: reviewers × effective hours ÷ (mean call length × review factor)."""
    if mean_duration_s <= 0:
        return 0
    return int(reviewers * hours * 3600 // (mean_duration_s * review_factor))


@dataclass
class Drawn:
    call: dict
    reason: str
    why: str


def _pick(rng: np.random.Generator, pool: list[dict], weights: dict[str, float], k: int) -> list[dict]:
    """``k`` calls of ``pool`` at random without replacement, in proportion to their weights."""
    if k <= 0 or not pool:
        return []
    w = np.array([weights[c["call_id"]] for c in pool])
    keys = np.log(rng.random(len(pool))) / w         # Efraimidis–Spirakis: top-k of u^(1/w)
    order = np.argsort(-keys, kind="stable")[:k]
    return [pool[i] for i in order]


def _largest_remainder(counts: dict[str, int], k: int, rng: np.random.Generator) -> dict[str, int]:
    """``k`` slots shared in proportion to ``counts`` (no share above its count); the slots
    left over go to the largest remainders, ties broken at random (not by name)."""
    total = sum(counts.values())
    if total == 0 or k <= 0:
        return {t: 0 for t in counts}
    k = min(k, total)
    exact = {t: k * n / total for t, n in counts.items()}
    share = {t: int(v) for t, v in exact.items()}
    tie = dict(zip(counts, rng.random(len(counts))))
    for t in sorted(counts, key=lambda t: (-(exact[t] - share[t]), tie[t]))[: k - sum(share.values())]:
        share[t] += 1
    return share


def draw(calls: list[dict], size: int, config: SamplingConfig, seed: int, agents: Agents,
         keyword_hits: dict[str, list[str]], covered: set[str],
         suspected: dict[str, tuple[float, str]] | None = None) -> list[Drawn]:
    """The queue of one period from its candidate calls (dicts with call_id, agent_id, team,
    score, passed, fatal); pure and deterministic. ``covered``: agents already covered this
    week; ``suspected``: call id → (model probability, the agent's words) of the calls the
    learned insult model suspects. Returns the drawn calls in priority order."""
    rng = np.random.default_rng(seed)
    pool = sorted(calls, key=lambda c: c["call_id"])
    weights, notes = {}, {}
    for c in pool:
        w, n = 1.0, []
        if c["agent_id"] in agents.new:
            w *= config.new_agent_weight
            n.append("新员工")
        if keyword_hits.get(c["call_id"]):
            w *= config.keyword_weight
            n.append("关注词:" + "、".join(keyword_hits[c["call_id"]]))
        weights[c["call_id"]], notes[c["call_id"]] = w, n
    drawn: list[Drawn] = []
    taken: set[str] = set()

    def take(chosen: list[dict], reason: str, why) -> None:
        for c in chosen:
            taken.add(c["call_id"])
            drawn.append(Drawn(c, reason, "; ".join([why(c), *notes[c["call_id"]]])))

    def left() -> list[dict]:
        return [c for c in pool if c["call_id"] not in taken]

    take([c for c in pool if c["fatal"]], "fatal", lambda c: f"一票否决 (score {c['score']:g})")
    if suspected:
        most = sorted((c for c in left() if c["call_id"] in suspected),
                      key=lambda c: (-suspected[c["call_id"]][0], c["call_id"]))
        take(most[:max(0, min(size - len(drawn), round(config.suspect_share * size)))], "suspected",
             lambda c: f"疑似辱骂，规则未命中 (model {suspected[c['call_id']][0]:.2f}): 「{_clip(suspected[c['call_id']][1])}」")
    room = max(0, size - len(drawn))
    failed = [c for c in left() if c["passed"] is False]
    take(_pick(rng, failed, weights, min(room, round(config.failed_share * size))), "failed",
         lambda c: f"未通过 (score {c['score']:g})")
    if config.weekly_coverage:
        have = covered | {d.call["agent_id"] for d in drawn}
        need = sorted({c["agent_id"] for c in left() if c["agent_id"] and c["agent_id"] not in have})
        need = [need[i] for i in rng.permutation(len(need))]          # who first when room is short
        need.sort(key=lambda a: a not in agents.new)                  # new agents first (stable)
        by_agent: dict[str, list[dict]] = {}
        for c in left():
            by_agent.setdefault(c["agent_id"], []).append(c)
        for agent in need[: max(0, size - len(drawn))]:
            take(_pick(rng, by_agent[agent], weights, 1), "coverage", lambda c: f"本周首次抽检坐席 {c['agent_id']}")
    rest = left()
    by_team: dict[str, list[dict]] = {}
    for c in rest:
        by_team.setdefault(c["team"] or "", []).append(c)
    shares = _largest_remainder({t: len(v) for t, v in sorted(by_team.items())}, size - len(drawn), rng)
    for team in sorted(by_team):
        take(_pick(rng, by_team[team], weights, shares[team]), "random",
             lambda c: f"随机抽样 (班组 {c['team'] or '-'})")
    return drawn


@dataclass
class Queue:
    """A drawn queue, what it was drawn from and what could not be done."""
    period: Period
    seed: int
    size: int
    rows: list[dict] = field(default_factory=list)
    candidates: int = 0
    agents: Agents | None = None
    uncovered: list[str] = field(default_factory=list)   # active agents still not covered this week
    notes: list[str] = field(default_factory=list)
    suspects: list[dict] = field(default_factory=list)   # the rows written to the suspects table

    def composition(self) -> dict[str, int]:
        out = {r: 0 for r in PRIORITY}
        for row in self.rows:
            out[row["reason"]] += 1
        return out


CALL_COLUMNS = ["call_id", "date", "agent_id", "team", "started_at", "score", "passed", "fatal", "status", "duration_s"]


def _clip(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[:n] + "…"


def _suspected(segments, calls: list[dict], config: SamplingConfig, model,
               notes: list[str]) -> dict[str, dict]:
    """(call id → the suspicion, the model) for each non-fatal call of ``calls`` whose most
    suspect agent turn reaches the threshold; a suspicion holds the probability and that turn
    (``seg_index``, ``start``, ``end``, ``text``). The stored (redacted) segments are read,
    never ``segments_raw``; ~0.1 ms per agent turn. ``segments``: the period's stored segments
    of (at least) the non-fatal calls, :func:`_period_segments`. {} and a note without a model."""
    if model is None:
        from callqa.models.insult import model_path
        notes.append(f"no learned insult model at {model_path()} (`make setup` builds it): "
                     "no 'suspected' step, no suspects recorded")
        return {}
    ids = {c["call_id"] for c in calls if not c["fatal"]}
    if not ids:
        return {}
    threshold = config.suspect_threshold or model.threshold
    segs = segments.filter(pc.is_in(segments["call_id"], pa.array(sorted(ids), pa.string())))
    by_call: dict[str, list[dict]] = {}
    for row in sorted(segs.to_pylist(), key=lambda r: (r["call_id"], r["seg_index"])):
        by_call.setdefault(row["call_id"], []).append(row)
    found = {}
    for call_id, rows in by_call.items():
        p, i = model.most_suspect(rows)
        if i is not None and p >= threshold:
            seg = rows[i]
            found[call_id] = {"probability": p, "seg_index": seg["seg_index"], "start": seg["start"],
                              "end": seg["end"], "text": seg["text"] or "", "threshold": threshold}
    return found


def _suspect_rows(label: str, calls: list[dict], found: dict[str, dict], model, drawn: list[Drawn],
                  now: datetime) -> list[dict]:
    """The ``suspects`` rows of one queue: every suspected call, most suspect first."""
    reason = {d.call["call_id"]: d.reason for d in drawn}
    by_id = {c["call_id"]: c for c in calls}
    rows = []
    for call_id, s in sorted(found.items(), key=lambda kv: (-kv[1]["probability"], kv[0])):
        c = by_id[call_id]
        rows.append({"queue": label, "call_id": call_id, "date": c["date"], "agent_id": c["agent_id"],
                     "team": c["team"], **s, "model_sha": model.sha, "model_config": model.meta.get("config"),
                     "queued": call_id in reason, "reason": reason.get(call_id), "computed_at": now})
    return rows


def _period_segments(out, call_ids: set[str], days: tuple[str, ...]):
    """The stored (redacted) segments of ``call_ids`` on ``days``: read once for the keyword
    step and the learned model's step (the largest table; each read it before)."""
    return read_dataset(out, "segments", call_ids, columns=["call_id", "seg_index", "speaker", "start", "end", "text"],
                        dates=set(days))


def _keyword_hits(segments, call_ids: set[str], keywords: list[str]) -> dict[str, list[str]]:
    """Call id → the keywords said in it, for ``call_ids`` (``segments``: :func:`_period_segments`)."""
    if not keywords or not call_ids:
        return {}
    segs = segments.filter(pc.is_in(segments["call_id"], pa.array(sorted(call_ids), pa.string())))
    hits: dict[str, list[str]] = {}
    for kw in keywords:
        for cid in pc.unique(segs.filter(pc.match_substring(segs["text"], kw))["call_id"]).to_pylist():
            hits.setdefault(cid, []).append(kw)
    return hits


def sample(out: str | Path, period: Period, config: SamplingConfig | None = None, seed: int | None = None,
           size: int | None = None, reviewers: float | None = None, hours: float | None = None) -> Queue:
    """Draws the queue of ``period`` from the scored calls in ``out`` and stores it in the
    ``review_queue`` table, and every call the learned model suspects in the ``suspects``
    table, replacing an earlier draw of the same period."""
    config = config or SamplingConfig()
    seed = period.default_seed() if seed is None else seed
    calls = [c for c in read_dataset(out, "calls", columns=CALL_COLUMNS, dates=set(period.days)).to_pylist()
             if c["status"] == "ok"]
    queue = Queue(period, seed, 0)
    if reviewers is not None or hours is not None:
        if reviewers is None or hours is None:
            raise ValueError("capacity needs both --reviewers and --hours")
        durations = [c["duration_s"] for c in calls if c["duration_s"]]
        mean = sum(durations) / len(durations) if durations else 0.0
        queue.size = capacity(reviewers, hours, mean, config.review_factor)
        queue.notes.append(f"size {queue.size} = {reviewers:g} reviewer(s) × {hours:g} h ÷ "
                           f"({mean:.0f} s mean call × {config.review_factor:g})")
    else:
        queue.size = config.size if size is None else size
    reviews = read_dataset(out, "reviews", columns=["call_id", "agent_id", "date"]).to_pylist()
    reviewed = {r["call_id"] for r in reviews}
    other = read_dataset(out, "review_queue", columns=["queue", "call_id", "agent_id", "date"])
    other = other.filter(pc.not_equal(other["queue"], period.label))
    queued = set(other["call_id"].to_pylist())
    week = set(period.week_days)
    covered = {a for a, d in zip(other["agent_id"].to_pylist(), other["date"].to_pylist()) if d in week}
    covered |= {r["agent_id"] for r in reviews if r["date"] in week}
    candidates = [c for c in calls if c["call_id"] not in reviewed and c["call_id"] not in queued]
    queue.candidates = len(candidates)
    queue.agents = agents_on(out, period.days[-1], config.new_agent_days)
    from callqa.models.insult import load
    model = load()
    candidate_ids = {c["call_id"] for c in candidates}
    need = (candidate_ids if config.keywords else set()) | (
        {c["call_id"] for c in calls if not c["fatal"]} if model is not None else set())
    segments = _period_segments(out, need, period.days)
    hits = _keyword_hits(segments, candidate_ids, config.keywords)
    # every suspect of the period is recorded; the draw only queues those still candidates
    found = _suspected(segments, calls, config, model, queue.notes)
    suspected = {cid: (s["probability"], s["text"]) for cid, s in found.items()}
    drawn = draw(candidates, queue.size, config, seed, queue.agents, hits, covered, suspected)
    now = datetime.now(timezone.utc)
    queue.suspects = _suspect_rows(period.label, calls, found, model, drawn, now)
    queue.rows = [{"queue": period.label, "call_id": d.call["call_id"], "date": d.call["date"],
                   "agent_id": d.call["agent_id"], "team": d.call["team"], "started_at": d.call["started_at"],
                   "score": d.call["score"], "reason": d.reason, "why": d.why, "priority": PRIORITY[d.reason],
                   "seed": seed, "config_sha": config.sha(), "sampled_at": now} for d in drawn]
    have = covered | {r["agent_id"] for r in queue.rows}
    queue.uncovered = sorted({c["agent_id"] for c in calls if c["agent_id"] and c["agent_id"] not in have})
    if len(queue.rows) > queue.size:
        queue.notes.append(f"{len(queue.rows) - queue.size} call(s) over the size: every fatal call is queued")
    same = f"queue IN ({sql_list([period.label])})"
    write_table(out, "review_queue", pa.Table.from_pylist(queue.rows, schema=REVIEW_QUEUE), predicate=same,
                kind="sample")
    write_table(out, "suspects", pa.Table.from_pylist(queue.suspects, schema=SUSPECTS), predicate=same,
                kind="sample")
    return queue


def sample_day(out: str | Path, date: str, config: SamplingConfig | str | Path | None = None,
               seed: int | None = None, files: bool = True) -> Queue:
    """The nightly flow's last step: the day's queue (size from the configuration), stored,
    and the reviewer files ``<out>/review/queue-<date>.csv`` and ``.xlsx`` written."""
    if not isinstance(config, SamplingConfig):
        config = load_config(config)
    queue = sample(out, Period.day(date), config, seed)
    if files:
        from callqa.pipelines.review.queue_file import write_queue_files
        write_queue_files(out, queue, config)
    return queue
