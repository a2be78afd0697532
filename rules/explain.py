"""Why a call scored as it did (``callqa rules explain CALL_ID``): every active rule, fired or
not, its points, and a one-line reason.

Reasons are computed from the same context and parameters the checks use, after scoring, so
explaining costs nothing on the scoring path.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .checks.greeting import missing_parts
from .context import CallContext
from .learned import learned_probabilities
from .rulebook import Rule, Rulebook
from .scoring import Finding, score_call
from .transcript import Transcript

__all__ = ["RuleTrace", "explain_call", "REASONS"]


@dataclass
class RuleTrace:
    code: str
    name: str
    check: str
    dimension: str
    severity: str
    fired: bool
    points: float                       # deducted from this call (after caps and budgets)
    reason: str                         # one line: what was looked for and what was found
    fatal: bool = False
    findings: list[Finding] = field(default_factory=list)


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def _parts(turns, require, also=None) -> str:
    def found(name, ps) -> bool:
        extra = (also or {}).get(name)
        return any(ps.matcher.search(t.norm) or (extra is not None and extra.matcher.search(t.norm)) for t in turns)
    return " ".join(f"{name} {_mark(found(name, ps))}" for name, ps in require.items())


def _greeting(ctx: CallContext, rule: Rule) -> str:
    p = rule.params
    if not ctx.agent:
        return "no agent speech: not judged"
    first = ctx.agent[0]
    out = []
    if p.require:
        turns = p.window.select(ctx.agent) or [first]
        out.append(f"greeting parts found: {_parts(turns, p.require, p.also)} within {p.window.describe('agent')}")
        if p.guard is not None and missing_parts(turns, p.require, p.also)[1]:
            prob = p.guard.probability(ctx)
            out.append(f"guard model '{p.guard.model}' not built: unguarded" if prob is None else
                       f"guard: model p={prob:.2f} "
                       f"(parts missing and p < {p.guard.threshold:g}: held as {p.guard.note}, 0 points)")
    if p.openers:
        hit = p.openers.matcher.search(first.norm)
        out.append(f"first agent turn opens with 「{hit.heard}」" if hit else "first agent turn does not open with 「喂」")
    if p.max_delay is not None:
        out.append(f"first agent words at {first.start:.1f}s (limit {p.max_delay:g}s)")
    return "; ".join(out)


def _closing(ctx: CallContext, rule: Rule) -> str:
    p = rule.params
    if not ctx.agent:
        return "no agent speech: not judged"
    turns = p.window.select(ctx.agent) or ctx.agent[-1:]
    return f"closing parts found: {_parts(turns, p.require)} within {p.window.describe('agent')}"


def _phrases(ctx: CallContext, rule: Rule) -> str:
    p = rule.params
    turns = ctx.select(rule.speaker, p.window)
    if getattr(p, "learned", None) is not None and not p.phrases:
        return _learned(ctx, turns, p.learned, p.window.describe(rule.speaker))
    hits = [(t, p.phrases.matcher.find(t.norm)) for t in turns]
    hits = [(t, h) for t, h in hits if h]
    where = p.window.describe(rule.speaker)
    if not hits:
        n = len(p.phrases.matcher.phrases) + len(p.phrases.matcher.patterns)
        return f"none of {n} phrases/patterns in {len(turns)} turns ({where})"
    said = "、".join(dict.fromkeys(f"{x.heard}" + (f"→{x.phrase}" if x.fuzzy else "") for _, h in hits for x in h))
    return f"{rule.speaker} said {said} in {len(hits)} turn(s) ({where})"


def _learned(ctx: CallContext, turns, learned, where: str) -> str:
    """The model's highest probability among the turns, against the threshold."""
    model = learned.load()
    if model is None:
        return f"model '{learned.model}' not built: finds nothing"
    if not turns:
        return f"no turns ({where})"
    probs = learned_probabilities(ctx, turns, model)
    k = max(range(len(turns)), key=probs.__getitem__)
    return (f"model '{learned.model}': highest p={probs[k]:.2f} (threshold {learned.threshold:g}) "
            f"at 「{turns[k].text}」 of {len(turns)} turns ({where})")


def _filler(ctx: CallContext, rule: Rule) -> str:
    from collections import Counter

    from .checks.filler import count_fillers
    p = rule.params
    total: Counter = Counter()
    for t in ctx.agent:
        total.update(count_fillers(t.norm, p))
    n = sum(total.values())
    minutes = ctx.agent_seconds / 60.0
    rate = n / minutes if minutes > 0 else 0.0
    limits = []
    if p.max_count is not None:
        limits.append(f"fires above {p.max_count}")
    if p.max_per_minute is not None:
        limits.append(f"or from {p.min_count} at > {p.max_per_minute:g}/min")
    words = "、".join(f"{w}×{k}" for w, k in total.most_common()) or "none"
    return f"agent fillers: {words} = {n} ({rate:.1f}/min of agent speech; {' '.join(limits)})"


def _tariff(ctx: CallContext, rule: Rule) -> str:
    from .checks.tariff import answer_window, fee_questions
    p = rule.params
    asked = list(fee_questions(ctx, p))
    disputes = sum(1 for q in ctx.customer if p.dispute and p.dispute.matcher.search(q.norm))
    skipped = f" ({disputes} billing dispute turn(s) are not fee questions)" if disputes else ""
    if not asked:
        return "no fee question by the customer" + skipped
    parts = []
    for q, hit in asked[:3]:
        window = answer_window(ctx, q, p)
        has = {k: any(getattr(p, k).matcher.search(t.norm) for t in window) if getattr(p, k) else False
               for k in ("amount", "start", "exempt")}
        parts.append(f"「{hit.heard}」 at {q.start:.1f}s → amount {_mark(has['amount'])} start {_mark(has['start'])}"
                     + (" exempt ✓" if has["exempt"] else "") + f" in {len(window)} agent turn(s)")
    return "; ".join(parts) + skipped


def _custom(ctx: CallContext, rule: Rule) -> str:
    from .checks.custom import evaluate
    return evaluate(ctx, rule).reason


def _silence(ctx: CallContext, rule: Rule) -> str:
    from .checks.timing import silences
    p = rule.params
    longest = max((b - a for a, b in ctx.gaps), default=0.0)
    over = list(silences(ctx, p))
    src = "voice activity" if ctx.has_activity else "utterance timings"
    holds = sum(1 for *_, ann, _ in over if ann is not None)
    return (f"longest silence {longest:.1f}s (limit {p.max_gap:g}s, announced hold {p.hold_limit:g}s); "
            f"{len(over)} over the limit{f', {holds} after a hold' if holds else ''}; from {src}")


def _talk_over(ctx: CallContext, rule: Rule) -> str:
    from .checks.timing import interruptions
    p = rule.params
    if not ctx.intervals.get("agent") or not ctx.intervals.get("customer"):
        return "not measurable: agent and customer speech are not separated"
    times = interruptions(ctx, p)
    at = f" at {'、'.join(f'{t:.1f}s' for t in times[:5])}" if times else ""
    return f"{len(times)} interruption(s){at}; fires at {p.min_count} (grace {p.grace:g}s)"


def _speech_rate(ctx: CallContext, rule: Rule) -> str:
    from .checks.timing import agent_rate
    p = rule.params
    cpm, chars, secs = agent_rate(ctx)
    bounds = f"{p.min_cpm or 0:g}–{p.max_cpm or float('inf'):g}/min"
    if secs < p.min_seconds:
        return f"not judged: {secs:.0f}s of agent speech < {p.min_seconds:g}s"
    return f"agent {chars} chars in {secs:.0f}s = {cpm:.0f}/min (allowed {bounds})"


def _short_call(ctx: CallContext, rule: Rule) -> str:
    return f"call {ctx.duration:.1f}s (min {rule.params.min_seconds:g}s); " \
           f"customer spoke {_mark(bool(ctx.customer or ctx.intervals.get('customer')))}"


def _hangup(ctx: CallContext, rule: Rule) -> str:
    p = rule.params
    if not ctx.agent or not ctx.customer:
        return "not judged: one party never spoke"
    la, lc = ctx.agent[-1], ctx.customer[-1]
    if la.start < lc.start or la.end <= lc.end:
        return f"the customer had the last word (「{lc.text}」)"
    ok = any(p.closing.matcher.search(t.norm) for t in ctx.agent[-p.closing_turns:])
    return f"the agent had the last word (「{la.text}」); closing in last {p.closing_turns} agent turns {_mark(ok)}"


REASONS: dict[str, Callable[[CallContext, Rule], str]] = {
    "greeting": _greeting, "closing": _closing, "forbidden": _phrases, "insult": _phrases,
    "name_ask": _phrases, "filler": _filler, "tariff": _tariff, "custom": _custom, "silence": _silence,
    "talk_over": _talk_over, "speech_rate": _speech_rate, "short_call": _short_call, "hangup": _hangup,
}


def explain_call(transcript: Transcript, rulebook: Rulebook) -> list[RuleTrace]:
    """Every active rule on one call, in rulebook order: fired or not, points, why."""
    card = score_call(transcript, rulebook)
    ctx = CallContext(transcript)
    by_rule: dict[str, list[Finding]] = {}
    for f in card.findings:
        by_rule.setdefault(f.rule_id, []).append(f)
    out = []
    for rule in rulebook.active:
        mine = by_rule.get(rule.code, [])
        why = REASONS.get(rule.family_name)
        try:
            reason = why(ctx, rule) if why is not None else ""
        except Exception as exc:                        # a reason must never break explain
            reason = f"(no reason: {type(exc).__name__}: {exc})"
        if not reason:
            reason = mine[0].explanation if mine else "no finding"
        if mine and rule.speaker != "agent" and rule.points == 0:
            reason += " (info, 0 points)"
        out.append(RuleTrace(rule.code, rule.name, rule.check, rule.dimension, rule.severity, bool(mine),
                             round(sum(f.points for f in mine), 2), reason, rule.fatal, mine))
    return out
