"""The learned greeting model: a second opinion on the agent's opening, the guard of QA101.

Why: QA101 (``rules/checks/greeting.py``: a complete opening = 问候 + 自报家门 + 提供帮助, each
part a list of phrases) flags the correct openings of every writer it has not seen (18–51 false
findings per 150-call set), each round of phrase work fixing one writer and moving the next by
0–1. A small logistic model over the opening (:mod:`eval.greeting_model`, frozen setting
``t2+struct`` at 0.6) used as a *guard* — a QA101 finding kept only when the model also judges
the opening incomplete — removed all 107 false findings of the blind records of writers W…AC
with no true one lost, and on the blind set AD 18 of 18 false greeting calls, losing 1 of 12
true ones (eval/independent/README.md, "A learned greeting model").

A rule opts in with ``guard: {model: greeting, threshold: 0.6, note: QA105}`` (GreetingParams):
a QA101 finding whose opening the model judges complete is not a deduction but a 0-point note
of the rule ``note`` names, for a person to hear. The model never adds a finding.

The weights are built, not shipped: ``python -m eval.greeting_model --freeze`` trains them from
the repository's labelled calls, byte for byte the same (``make setup`` does it), into
:func:`model_path`. This module holds what training and use must share — what an opening is
(:func:`opening`), its hashed features (:func:`opening_features`, on the insult model's hashing
and normalisation) and the scoring.

Example: ``load().score_segments([{"speaker": "agent", "start": 0, "end": 3, "text":
"您好，青禾茶舍小禾为您服务，请问有什么可以帮您"}])`` is low (complete);
``…"text": "喂，说吧"`` is high (incomplete).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .insult import features, hashed, load_built, normalise
from .whisper import models_dir

__all__ = ["FILE_NAME", "GreetingModel", "load", "model_path", "opening", "opening_from", "opening_features"]

FILE_NAME = "greeting_model.npz"


def model_path() -> Path:
    return models_dir() / FILE_NAME


def opening_from(turns) -> tuple[list[str], str, str, float]:
    """(first two agent turns, customer words before the first, customer words between the two,
    first agent start) of a call's turns given as ``(speaker, text, start)`` in the order said
    (sorted by start, then end): QA101's window and what the customer said around it."""
    turns = list(turns)
    agent = [k for k, t in enumerate(turns) if t[0] == "agent"][:2]
    if not agent:
        return [], "", "", 0.0

    def cust(lo, hi):
        return "，".join(t[1] for t in turns[lo:hi] if t[0] == "customer")
    between = cust(agent[0] + 1, agent[1]) if len(agent) > 1 else ""
    return [turns[k][1] for k in agent], cust(0, agent[0]), between, float(turns[agent[0]][2])


def opening(segments) -> tuple[list[str], str, str, float]:
    """:func:`opening_from` of a call's segments (dicts with speaker, start, end, text, in any order)."""
    segs = sorted(segments, key=lambda s: (float(s.get("start") or 0.0), float(s.get("end") or 0.0)))
    return opening_from((s.get("speaker"), s.get("text") or "", float(s.get("start") or 0.0)) for s in segs)


_DELAY_EDGES = (2.0, 5.0)      # the first agent words' delay buckets (s)
_MEMO_SIZE = 4096              # openings remembered per loaded model


def _bucket(x: float, edges) -> int:
    return bisect.bisect_right(edges, x)


def opening_features(turns: list[str], before: str, between: str, delay: float, cfg: dict,
                     memo: dict | None = None) -> np.ndarray:
    """Hashed features of an opening: character 1–4-grams and toneless pinyin 1–3-grams of the
    first ``cfg["turns"]`` agent turns, the customer's previous words' 1–2-grams; with
    ``struct``: the first turn's first 1–3 characters (喂…), the first turn's own n-grams tagged
    apart, the customer's words between the two agent turns, whether the customer spoke first or
    in between, the first turn's length and the first agent words' delay (buckets)."""
    if not turns:
        return hashed(["BIAS", "s:EMPTY"])
    def feats(text, prev, c, tag=""):
        if memo is None:
            return features(text, prev, c, tag=tag)
        key = (text, prev, tag)                   # one cfg per memo (a model's own)
        got = memo.get(key)
        if got is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            got = memo[key] = features(text, prev, c, tag=tag)
        return got

    text = "，".join(turns[: cfg["turns"]])
    parts = [feats(text, before, cfg)]
    if cfg.get("struct"):
        t1 = normalise(turns[0])
        toks = ["s:" + t1[:k] for k in (1, 2, 3) if len(t1) >= k]
        toks += [f"len1:{_bucket(len(t1), (2, 5, 9, 14))}", f"delay:{_bucket(delay, _DELAY_EDGES)}",
                 f"cust_first:{bool(before)}", f"n_agent:{len(turns)}"]
        if len(turns) > 1:
            toks.append(f"cust_between:{bool(between)}")
            b = normalise(between)
            toks += ["y:" + b[i:i + n] for n in (1, 2) for i in range(len(b) - n + 1)]
            parts.append(feats(turns[0], "", dict(cfg, pinyin=None, context=False), tag="1"))
        parts.append(hashed(toks))
    return np.unique(np.concatenate(parts))


def probability(weights: np.ndarray, bias: float, f: np.ndarray) -> float:
    """The model's probability for one feature row: the trainer's formula (each present feature
    weighs 1/√n, :func:`eval.insult_model.predict`)."""
    logit = float((weights[f] * (1.0 / np.sqrt(max(len(f), 1)))).sum()) + bias
    return float(1 / (1 + np.exp(-logit)))


@dataclass(frozen=True)
class GreetingModel:
    weights: np.ndarray
    bias: float
    meta: dict
    sha: str = ""           # sha256 of the model file, 12 hex digits: which weights judged a call
    # remembered scores per opening, and features of an opening's pieces (text + context)
    _memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _parts: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def threshold(self) -> float:
        """The threshold it was frozen at (a rule's guard sets its own)."""
        return float(self.meta["threshold"])

    def score_opening(self, turns: list[str], before: str, between: str, delay: float) -> float:
        """Probability that the opening is incomplete (what QA101 asks), from :func:`opening`'s parts.
        Remembered per opening (its words and the delay's bucket, all its features depend on):
        scripted openings repeat from call to call, and features cost ~0.3 ms (pinyin)."""
        key = (tuple(turns), before, between, _bucket(delay, _DELAY_EDGES))
        p = self._memo.get(key)
        if p is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            p = self._memo[key] = probability(self.weights, self.bias,
                                              opening_features(turns, before, between, delay, self.meta["settings"],
                                                               self._parts))
        return p

    def score_turns(self, turns) -> float:
        """:meth:`score_opening` of ``(speaker, text, start)`` turns in the order said."""
        return self.score_opening(*opening_from(turns))

    def score_segments(self, segments) -> float:
        """:meth:`score_opening` of a call's segments (dicts with speaker, start, end, text)."""
        return self.score_opening(*opening(segments))


def load(path: str | Path | None = None) -> GreetingModel | None:
    """The built model, or None when it has not been built (``make setup`` builds it)."""
    return load_built(GreetingModel, path if path is not None else model_path())
