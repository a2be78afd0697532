"""custom: a rule written in the rulebook alone — operators combined with all / any / not.

``params.fire_if`` is a condition tree. Each node is a mapping with one key that says what it is:

``say``     keyword test (keyword modes, role scope, position window, counts and rates)::

                say: [保证, 绝对, 百分之百]        # a phrase set (phrases/patterns/exclude/fuzzy) …
                say: {同事: [那个客服, 同事], 贬低: [不专业, 新手]}   # … or named groups
                speaker: agent                    # agent | customer | any; default: the rule's
                window: {last_turns: 2}           # first_turns/first_seconds/last_turns/last_seconds
                mode: any                         # any | all | at_least (with n) | none
                n: 2
                per_turn: false                   # true: all/at_least must hold inside one turn
                min_hits: 3                       # and at least this many hits in the window
                min_per_minute: 1.5               # and more hits per minute of the speaker's speech

            The units the mode counts are the phrases (and patterns) of a phrase set, or the
            group names when ``say`` is a mapping of groups.

``when``    context anchor: when one speaker says X, the other must / must not say Y within K
            of their turns::

                when: [投诉, 太差了]               # said by when_speaker (default customer)
                must_say: [抱歉, 对不起]            # or must_not_say
                by: agent                         # who must answer (default agent)
                within_turns: 2
                within_seconds: 60                # optional
                or_earlier: true                  # must_say: also honoured by what `by` said
                                                  # before the anchor (an apology already made)

            True when some anchor is not honoured (the evidence is the first one). The K turns are
            those begun after the anchor's turn ends; a turn that cut in while it was still being
            said (or a backchannel) is looked at too, but does not use up one of the K.

``metric``  a number about the call compared with a threshold::

                metric: call_seconds              # see METRICS
                below: 10                         # and/or above:

``all`` / ``any`` (lists of nodes) and ``not`` (one node) combine them.

The rule fires once per call when ``fire_if`` is true; the evidence spans the turns that made
the positive leaves true. Customer words never cost the agent: a rule that deducts points must
have a condition on the agent's behaviour (checked when the rulebook loads).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Callable, Literal, Union

from pydantic import Discriminator, Field, Tag, model_validator

from ..context import CallContext, Evidence, Turn
from ..params import Params, PhraseSet, Speaker, StrictModel, Window
from . import family

__all__ = ["CustomParams", "Outcome", "METRICS", "evaluate"]


# --- metrics ------------------------------------------------------------------------------

def _chars(turns: list[Turn]) -> int:
    return sum(len(t.plain) for t in turns)


def _cpm(ctx: CallContext) -> float:
    secs = ctx.agent_speech_seconds
    return 60.0 * _chars(ctx.agent) / secs if secs > 0 else 0.0


METRICS: dict[str, tuple[Any, bool]] = {   # name → (ctx → value, depends on the agent's behaviour)
    "call_seconds": (lambda ctx: ctx.duration, False),
    "agent_seconds": (lambda ctx: ctx.agent_seconds, True),
    "customer_seconds": (lambda ctx: ctx.customer_seconds, False),
    "agent_turns": (lambda ctx: len(ctx.agent), True),
    "customer_turns": (lambda ctx: len(ctx.customer), False),
    "agent_chars": (lambda ctx: _chars(ctx.agent), True),
    "customer_chars": (lambda ctx: _chars(ctx.customer), False),
    "agent_chars_per_minute": (_cpm, True),
    "longest_silence": (lambda ctx: max((b - a for a, b in ctx.gaps), default=0.0), True),
    "agent_share": (lambda ctx: ctx.agent_seconds / max(1e-9, ctx.agent_seconds + ctx.customer_seconds), True),
}


def register_metric(name: str, fn, agent: bool) -> None:
    """Makes ``name`` usable in ``metric`` nodes (timing families add theirs)."""
    METRICS[name] = (fn, agent)


# --- outcome ------------------------------------------------------------------------------

@dataclass
class Outcome:
    ok: bool
    why: str | Callable[[], str]                  # the reason, or how to write it when asked
    turns: list[Turn] = field(default_factory=list)   # evidence (positive leaves only)
    matched: list[str] = field(default_factory=list)
    heard: list[str] = field(default_factory=list)
    count: int = 0                                  # hits or violations (read of holding outcomes only)

    @property
    def reason(self) -> str:
        """English, one line, for traces; written on first use (most outcomes are never read)."""
        if callable(self.why):
            self.why = self.why()
        return self.why


# --- nodes --------------------------------------------------------------------------------

_SPEAKER_CN = {"agent": "坐席", "customer": "客户", "any": "双方"}


_PHRASESET_KEYS = frozenset(PhraseSet.model_fields)


def _set_or_groups(value: Any) -> str:
    if isinstance(value, dict) and not set(value) <= _PHRASESET_KEYS:
        return "<groups>"
    return "<set>"


PhrasesOrGroups = Annotated[
    Union[Annotated[PhraseSet, Tag("<set>")], Annotated[dict[str, PhraseSet], Tag("<groups>")]],
    Discriminator(_set_or_groups),
]


class SayNode(StrictModel):
    say: PhrasesOrGroups
    speaker: Speaker | None = None
    window: Window = Window()
    mode: Literal["any", "all", "at_least", "none"] = "any"
    n: int = Field(1, ge=1)
    per_turn: bool = False
    min_hits: int | None = Field(None, ge=1)
    min_per_minute: float | None = Field(None, gt=0)

    def units(self) -> int:
        if isinstance(self.say, dict):
            return len(self.say)
        return len(self.say.matcher.phrases) + len(self.say.matcher.patterns)

    def prepare(self, fuzzy, fuzzy_min_len) -> None:
        for ps in (self.say.values() if isinstance(self.say, dict) else [self.say]):
            ps.prepare(fuzzy, fuzzy_min_len)

    def agent_scoped(self, default: str) -> bool:
        return (self.speaker or default) in ("agent", "any")

    def _hits(self, turns: list[Turn]) -> list[tuple[Turn, set[str], list]]:
        """(turn, units heard, hits) for the turns with a hit, in turn order."""
        if not isinstance(self.say, dict):
            return [(t, {h.phrase for h in hits}, hits) for t, hits in self.say.matcher.scan(turns)]
        by_turn: dict[int, tuple[Turn, set[str], list]] = {}
        for name, ps in self.say.items():
            for t, hits in ps.matcher.scan(turns):
                entry = by_turn.setdefault(t.i, (t, set(), []))
                entry[1].add(name)
                entry[2].extend(hits)
        return [by_turn[i] for i in sorted(by_turn)]

    def _cannot_hold(self, turns: list[Turn], need: int) -> bool:
        """True when the node fails whatever its hits: ``all``/``at_least`` over groups where
        fewer than ``need`` groups have a candidate turn at all (with ``per_turn``: in one turn),
        as the call's automaton pass and pattern masks tell — no hit is built, no scope asked.
        (The group pairs of 攻击同事 — a colleague named and run down in one turn — rarely meet.)"""
        if not isinstance(self.say, dict) or self.mode not in ("all", "at_least"):
            return False
        per_turn: dict[int, int] = {}
        groups = 0
        for ps in self.say.values():
            chosen = ps.matcher.candidate_turns(turns)
            groups += bool(chosen)
            for t in chosen:
                per_turn[t.i] = per_turn.get(t.i, 0) + 1
        return (max(per_turn.values(), default=0) if self.per_turn else groups) < need

    def evaluate(self, ctx: CallContext, default: str) -> Outcome:
        turns = ctx.select(self.speaker or default, self.window)
        need = self.n if self.mode == "at_least" else self.units() if self.mode == "all" else 1
        if self._cannot_hold(turns, need):
            # a failing condition's hits are read only for its reason (traces), found when asked
            return Outcome(False, lambda: self._evaluate(ctx, default, turns, need).reason)
        return self._evaluate(ctx, default, turns, need)

    def _evaluate(self, ctx: CallContext, default: str, turns: list[Turn], need: int) -> Outcome:
        speaker = self.speaker or default
        units: set[str] = set()
        hit_turns, matched, heard, total = [], [], [], 0
        turn_ok = False
        for t, u, hits in self._hits(turns):
            total += len(hits)
            units |= u
            hit_turns.append(t)
            matched.extend(h.phrase for h in hits)
            heard.extend(h.heard for h in hits)
            if len(u) >= need:
                turn_ok = True
        if total:
            matched, heard = list(dict.fromkeys(matched)), list(dict.fromkeys(heard))
        if self.mode == "none":
            ok = total == 0

            def reason() -> str:
                where = self.window.describe(speaker)
                return (f"{speaker} said none of the phrases ({where})" if ok
                        else f"{speaker} said {'、'.join(matched)} ({where})")
            ev = [] if not ok else (turns if not self.window.everything and len(turns) <= 3 else [])
            return Outcome(ok, reason, ev, [] if ok else matched, [], 0)
        ok = turn_ok if self.per_turn else len(units) >= need
        notes: list = []                          # why a holding condition still fails

        def reason() -> str:
            kind = "group" if isinstance(self.say, dict) else "phrase"
            detail = f"{len(units)} of {self.units()} {kind}s, need {need}{' in one turn' if self.per_turn else ''}"
            return (f"{speaker} said {'、'.join(matched) or 'nothing of the set'} ({detail}; {total} hits; "
                    f"{self.window.describe(speaker)})" + "".join(n() for n in notes))
        if ok and self.min_hits is not None and total < self.min_hits:
            ok = False
            notes.append(lambda: f"; fewer than {self.min_hits} hits")
        if ok and self.min_per_minute is not None:
            secs = ctx.speech_seconds(speaker)
            rate = total * 60.0 / secs if secs > 0 else 0.0
            notes.append(lambda: f"; {rate:.1f}/min")
            if rate <= self.min_per_minute:
                ok = False
                notes.append(lambda: f" ≤ {self.min_per_minute:g}/min")
        return Outcome(ok, reason, hit_turns if ok else [], matched if ok else [], heard if ok else [], total)


class AnchorNode(StrictModel):
    when: PhraseSet
    when_speaker: Speaker = "customer"
    must_say: PhraseSet | None = None
    must_not_say: PhraseSet | None = None
    by: Speaker = "agent"
    within_turns: int = Field(2, ge=1)
    within_seconds: float | None = Field(None, gt=0)
    or_earlier: bool = False          # must_say only: what `by` said before the anchor counts too

    @model_validator(mode="after")
    def _one_expectation(self):
        if (self.must_say is None) == (self.must_not_say is None):
            raise ValueError("an anchor needs exactly one of must_say / must_not_say")
        if self.or_earlier and self.must_say is None:
            raise ValueError("or_earlier goes with must_say")
        return self

    def prepare(self, fuzzy, fuzzy_min_len) -> None:
        for ps in (self.when, self.must_say, self.must_not_say):
            if ps is not None:
                ps.prepare(fuzzy, fuzzy_min_len)

    def agent_scoped(self, default: str) -> bool:
        return self.by in ("agent", "any")

    def evaluate(self, ctx: CallContext, default: str) -> Outcome:
        must = self.must_say is not None
        expect = (self.must_say if must else self.must_not_say).matcher
        trigger = self.when.matcher
        responders = ctx.by_speaker(self.by)
        seen: set[int] = set()
        violations, n_triggers, first = 0, 0, None
        said_at: float | None = None         # or_earlier: when `by` first said it (searched once)
        if self.or_earlier:
            earliest = expect.first(responders)
            said_at = earliest.start if earliest is not None else None
        for t, hits in trigger.scan(ctx.by_speaker(self.when_speaker)):
            hit = hits[0]
            n_triggers += 1
            limit = None if self.within_seconds is None else t.end + self.within_seconds
            # (round 22) a turn begun while the anchor's speaker was still talking (a cut-in, a backchannel) is
            # looked at, but is no answer to what was not yet said: the answer's turns begin after the anchor ends
            answer, counted = [], 0
            for r in responders:
                if r.start <= t.start or r.i == t.i or (limit is not None and r.start > limit):
                    continue
                if r.start >= t.end:
                    if counted == self.within_turns:
                        break
                    counted += 1
                answer.append(r)
            key = answer[0].i if answer else -1 - t.i
            if key in seen:                 # several triggers before the same answer: once
                continue
            seen.add(key)
            if said_at is not None and said_at <= t.start:    # already said before (or in) this anchor
                continue
            said = [(r, h) for r in answer for h in [expect.search(r)] if h is not None]
            bad = (not said) if must else bool(said)
            if bad:
                violations += 1
                if first is None:
                    first = (t, hit, answer, said)
        verb = "must say" if must else "must not say"
        if first is None:
            return Outcome(False, lambda: f"{n_triggers} trigger(s) by {self.when_speaker}; {self.by} {verb} "
                                          f"honoured within {self.within_turns} turns", count=0)
        t, hit, answer, said = first
        matched = [h.phrase for _, h in said] if not must else [hit.phrase]
        heard = [h.heard for _, h in said] if not must else [hit.heard]
        return Outcome(True, lambda: (
            f"{self.when_speaker} said 「{hit.heard}」 at {t.start:.1f}s; next {len(answer)} {self.by} turn(s) "
            f"{'without' if must else 'with'} {'、'.join(matched) if not must else 'the expected phrase'}"
            f" ({violations} of {n_triggers} trigger(s))"), [t, *answer], matched, heard, violations)


class MetricNode(StrictModel):
    metric: str
    above: float | None = None
    below: float | None = None

    @model_validator(mode="after")
    def _known(self):
        if self.metric not in METRICS:
            raise ValueError(f"unknown metric {self.metric!r}; known: {', '.join(METRICS)}")
        if self.above is None and self.below is None:
            raise ValueError("a metric needs above and/or below")
        return self

    def prepare(self, fuzzy, fuzzy_min_len) -> None:
        pass

    def agent_scoped(self, default: str) -> bool:
        return METRICS[self.metric][1]

    def evaluate(self, ctx: CallContext, default: str) -> Outcome:
        value = METRICS[self.metric][0](ctx)
        ok = (self.above is None or value > self.above) and (self.below is None or value < self.below)
        def reason() -> str:
            bounds = " and ".join(s for s in (f"> {self.above:g}" if self.above is not None else "",
                                              f"< {self.below:g}" if self.below is not None else "") if s)
            return f"{self.metric} = {value:.1f} ({'' if ok else 'not '}{bounds})"
        return Outcome(ok, reason,
                       matched=[f"{self.metric}={value:.1f}"] if ok else [], count=int(ok))


def _tag(value: Any) -> str | None:
    # tags are <key>: rulebook error messages leave <…> out of field paths
    if isinstance(value, dict):
        for key in ("all", "any", "not", "say", "when", "metric"):
            if key in value:
                return f"<{key}>"
        return None
    for key in ("all_", "any_", "not_", "say", "when", "metric"):
        if hasattr(value, key):
            return f"<{key.rstrip('_')}>"
    return None


Condition = Annotated[
    Union[
        Annotated["AllNode", Tag("<all>")], Annotated["AnyNode", Tag("<any>")], Annotated["NotNode", Tag("<not>")],
        Annotated[SayNode, Tag("<say>")], Annotated[AnchorNode, Tag("<when>")], Annotated[MetricNode, Tag("<metric>")],
    ],
    Discriminator(_tag, custom_error_type="condition",
                  custom_error_message="a condition is a mapping with one of: all, any, not, say, when, metric"),
]


class _Group(StrictModel):
    def prepare(self, fuzzy, fuzzy_min_len) -> None:
        for c in self.children():
            c.prepare(fuzzy, fuzzy_min_len)

    def agent_scoped(self, default: str) -> bool:
        return any(c.agent_scoped(default) for c in self.children())


class AllNode(_Group):
    all_: list[Condition] = Field(alias="all", min_length=1)

    def children(self):
        return self.all_

    def evaluate(self, ctx, default) -> Outcome:
        outs = []
        for c in self.all_:
            o = c.evaluate(ctx, default)
            outs.append(o)
            if not o.ok:
                return Outcome(False, lambda: "all: " + " AND ".join(x.reason for x in outs) + " ✗")
        return _merge(True, lambda: "all: " + " AND ".join(x.reason for x in outs), outs)


class AnyNode(_Group):
    any_: list[Condition] = Field(alias="any", min_length=1)

    def children(self):
        return self.any_

    def evaluate(self, ctx, default) -> Outcome:
        outs = [c.evaluate(ctx, default) for c in self.any_]
        good = [o for o in outs if o.ok]
        return _merge(bool(good), lambda: "any: " + " OR ".join(x.reason for x in outs), good)


class NotNode(_Group):
    not_: Condition = Field(alias="not")

    def children(self):
        return [self.not_]

    def evaluate(self, ctx, default) -> Outcome:
        o = self.not_.evaluate(ctx, default)
        return Outcome(not o.ok, lambda: f"not ({o.reason})")


def _merge(ok: bool, reason, outs: list[Outcome]) -> Outcome:
    turns = {t.i: t for o in outs for t in o.turns}
    return Outcome(ok, reason, [turns[i] for i in sorted(turns)],
                   list(dict.fromkeys(m for o in outs for m in o.matched)),
                   list(dict.fromkeys(h for o in outs for h in o.heard)),
                   sum(o.count for o in outs))


for _m in (AllNode, AnyNode, NotNode):
    _m.model_rebuild()


class CustomParams(Params):
    fire_if: Condition

    def prepare(self, fuzzy: bool | list[str] = False, fuzzy_min_len: int = 2) -> None:
        self.fire_if.prepare(fuzzy, fuzzy_min_len)


def evaluate(ctx: CallContext, rule) -> Outcome:
    """The rule's condition tree on one call (used by the family and by traces)."""
    return rule.params.fire_if.evaluate(ctx, rule.speaker)


@family("custom", CustomParams, scoped=True, explanation="{summary}:「{heard}」")
def custom(ctx: CallContext, rule):
    """Rulebook-only rules: keyword modes, regex with exclusions, role scope, position windows,
    context anchors, counts, rates and call metrics, combined with all / any / not.

    One finding per call when ``fire_if`` holds. Examples in the default rulebook: 致歉语
    (the customer complains → the agent apologises within 2 turns), 推诿, 乱承诺, 攻击同事.

    Fires:      customer 「你们服务太差了，我要投诉」 → agent 「您说吧」 (QA171: no apology)
    Must not:   customer 「你们服务太差了，我要投诉」 → agent 「非常抱歉给您带来不便」
    """
    out = evaluate(ctx, rule)
    if not out.ok:
        return
    heard = "、".join(out.heard or out.matched)
    vars = {"heard": heard, "count": out.count, "reason": out.reason, "summary": rule.summary}
    matched = "、".join(out.matched)
    if out.turns:
        ev = Evidence.at(out.turns, matched, **vars)
    else:
        ev = Evidence(None, None, "", matched, vars)
    ev.speaker = rule.speaker if rule.speaker != "any" else (out.turns[0].speaker if out.turns else "agent")
    yield ev
