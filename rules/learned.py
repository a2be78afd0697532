"""Learned finders: a rule whose findings come from a learned model, not from its words.

Why: the standard's insults are examples, not the list — each new writer's blind set brought
insults in wordings no phrase rule held (set AE: the rules found 8 of 18), while the learned
insult model (:mod:`callqa.models.insult`, trained on the labelled calls) found 15 of 18 with no
false call (set AG: the rules 8 of 27, the model at 0.75 20 of 27). A rule opts in through its
params (``learned: {model: insult, threshold: 0.90}``, the
``insult`` family, :class:`~.checks.phrases.InsultParams`): each turn of the rule's speaker that
the model scores at or above ``threshold`` is a finding of the rule, explained with the model's
probability so a person can hear it.

Cost: the model reads a call's turns at once, in numpy (:func:`callqa.models.insult.call_features`,
on the engine's plain text), so every agent turn of every call is read at the engine's speed.

When the model file has not been built the rule finds nothing, :func:`~.guard.unguarded` says so
(the CLI warns once) and the rulebook's identity (:func:`~.guard.identity`) does not name the
model: the rules alone decided.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from .params import StrictModel

__all__ = ["Learned", "learned_hits", "learned_probabilities"]


class Learned(StrictModel):
    """``model``: which learned model (:data:`.guard.MODELS`); ``threshold``: at or above it a
    turn is a finding."""
    model: Literal["insult"] = "insult"
    threshold: float = Field(0.9, gt=0, lt=1)

    def load(self):
        """The model, or None when its file has not been built (the rule then finds nothing)."""
        from .guard import load_model
        model = load_model(self.model)
        return model if model is not None and model.reads_calls else None     # an older build: rebuild


def learned_probabilities(ctx, turns, model) -> list[float]:
    """The model's probability for each of ``turns`` (a call's turns, in order), each read with
    the customer's turn before it, as the model was trained: one pass over the call."""
    before, last = {}, ""
    for t in ctx.turns:                   # the customer's words each turn answers
        before[t.i] = last
        if t.speaker == "customer":
            last = t.plain
    return [float(p) for p in model.score_plains([t.plain for t in turns], [before[t.i] for t in turns])]


def learned_hits(ctx, turns, learned: Learned) -> list[tuple[object, float]]:
    """(turn, probability) of each of ``turns`` that the model scores at or above the threshold;
    [] when the model is not built."""
    model = learned.load()
    if model is None or not turns:
        return []
    return [(t, p) for t, p in zip(turns, learned_probabilities(ctx, turns, model)) if p >= learned.threshold]
