"""Scoring one call: run every active rule, turn evidence into findings, apply caps.

Start from 100; each finding deducts its rule's points, in time order, until the rule's cap
and then the dimension's budget are used up (later findings stay, with 0 points). A fatal
finding (一票否决) sets the score to 0. ``passed`` = not fatal and score ≥ pass threshold.
:func:`waive` re-tallies a scorecard without findings people rejected (review, appeal).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from .context import CallContext
from .rulebook import Rule, Rulebook
from .transcript import Transcript

__all__ = ["Finding", "Scorecard", "score_call", "waive", "SEVERITIES"]

SEVERITIES = ("A", "B", "C")   # A is the gravest


@dataclass
class Finding:
    rule_id: str          # stable code, e.g. "QA101"
    check: str            # family: greeting, closing, forbidden, insult, filler, tariff, name_ask
    dimension: str        # DOMAIN.md category
    severity: str         # "A" | "B" | "C"
    points: float         # points deducted for this finding after caps
    speaker: str
    start: float | None   # evidence span (None only for an absence over the whole call)
    end: float | None
    text: str             # heard text of the evidence (normalised)
    matched: str          # phrase/pattern matched, or what was expected
    explanation: str      # one line of Chinese for coaching notes
    fatal: bool = False


@dataclass
class Scorecard:
    score: float
    passed: bool
    fatal: bool
    grade: str | None                      # worst severity among deducting or fatal findings
    findings: list[Finding] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)              # problems by severity
    dimension_scores: dict[str, float] = field(default_factory=dict)  # budget left per dimension
    rulebook_name: str = ""
    rulebook_version: str = ""


def _round(x: float) -> float:
    return round(x + 0.0, 2)


def score_call(transcript: Transcript, rulebook: Rulebook, timings: dict[str, float] | None = None) -> Scorecard:
    """Scores one call. ``timings``: a dict to which seconds spent are added per check family
    (plus ``context`` for normalisation, ``match`` for the rulebook's merged phrase automata over
    every utterance, and ``scoring`` for the scorecard) — for ``bench.rules``;
    None (the default) measures nothing."""
    if timings is not None:
        return _timed_score(transcript, rulebook, timings)
    ctx = CallContext(transcript)        # the phrase automata run over it on first use
    raw: list[tuple[int, Rule, object]] = []
    for order, rule in enumerate(rulebook.active):
        for ev in rule.family.run(ctx, rule):
            raw.append((order, rule, ev))
    return _scorecard(raw, rulebook)


def _timed_score(transcript: Transcript, rulebook: Rulebook, timings: dict[str, float]) -> Scorecard:
    clock = time.perf_counter
    t0 = clock()
    ctx = CallContext(transcript)
    t1 = clock()
    timings["context"] = timings.get("context", 0.0) + t1 - t0
    if rulebook.index is not None:
        rulebook.index.prepare([t for t in ctx.turns])
        timings["match"] = timings.get("match", 0.0) + clock() - t1
    raw: list[tuple[int, Rule, object]] = []
    for order, rule in enumerate(rulebook.active):
        t0 = clock()
        for ev in rule.family.run(ctx, rule):
            raw.append((order, rule, ev))
        timings[rule.family_name] = timings.get(rule.family_name, 0.0) + clock() - t0
    t0 = clock()
    card = _scorecard(raw, rulebook)
    timings["scoring"] = timings.get("scoring", 0.0) + clock() - t0
    return card


def _scorecard(raw: list, rulebook: Rulebook) -> Scorecard:
    # deduct in time order (absences over the whole call last), rules in rulebook order on ties
    raw.sort(key=lambda x: (x[2].start if x[2].start is not None else float("inf"), x[0]))
    # evidence a guard held back is reported under its note rule (0 points; :mod:`.guard`)
    rules = [rule if ev.rule is None else rulebook.rule(ev.rule) for _, rule, ev in raw]
    findings = [Finding(
        rule_id=rule.code, check=rule.check, dimension=rule.dimension, severity=rule.severity,
        points=0.0, speaker=ev.speaker, start=ev.start, end=ev.end, text=ev.text,
        matched=ev.matched, explanation=rule.explain({"matched": ev.matched, **ev.vars}),
        fatal=rule.fatal,
    ) for rule, (_, _, ev) in zip(rules, raw)]
    return _tally(findings, rules, rulebook)


def waive(card: Scorecard, waived: set[int], rulebook: Rulebook) -> Scorecard:
    """The scorecard with the findings at positions ``waived`` no longer counting (a reviewer
    rejected them, an appeal overturned them): they stay listed, with 0 points; the others'
    caps, the score, fatal, grade and counts are recomputed in the same order."""
    import dataclasses

    findings = [dataclasses.replace(f) for f in card.findings]
    return _tally(findings, [rulebook.rule(f.rule_id) for f in findings], rulebook, waived)


def _tally(findings: list[Finding], rules: list[Rule], rulebook: Rulebook, waived=()) -> Scorecard:
    """Sets each finding's points (rule cap, then dimension budget) and totals the call."""
    rule_used: dict[str, float] = {}
    dim_used: dict[str, float] = {d: 0.0 for d in rulebook.dimensions}
    counts = {s: 0 for s in SEVERITIES}
    fatal = False
    graded = []
    for i, (f, rule) in enumerate(zip(findings, rules)):
        if i in waived:
            f.points = 0.0
            continue
        left_rule = rule.max_points - rule_used.get(rule.code, 0.0)
        left_dim = rulebook.dimensions[rule.dimension] - dim_used[rule.dimension]
        pts = max(0.0, min(rule.points, left_rule, left_dim))
        rule_used[rule.code] = rule_used.get(rule.code, 0.0) + pts
        dim_used[rule.dimension] += pts
        fatal = fatal or rule.fatal
        if rule.points > 0 or rule.fatal:
            counts[rule.severity] += 1
        f.points = _round(pts)
        if f.points > 0 or f.fatal:
            graded.append(f.severity)
    deducted = sum(dim_used.values())
    score = 0.0 if fatal else _round(max(0.0, 100.0 - deducted))
    grade = min(graded) if graded else None          # "A" < "B" < "C"
    return Scorecard(
        score=score,
        passed=not fatal and score >= rulebook.pass_threshold,
        fatal=fatal,
        grade=grade,
        findings=findings,
        counts=counts,
        dimension_scores={d: _round(b - dim_used[d]) for d, b in rulebook.dimensions.items()},
        rulebook_name=rulebook.name,
        rulebook_version=rulebook.version,
    )
