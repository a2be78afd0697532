"""The learned insult model: a second opinion on the agent's turns for the review queue.

Why: the fatal ``insult`` rule is a rulebook of phrases and structures; on each new writer's
blind set it found few insults (AA: 3 of 15; AB: 6 of 18), while a small logistic model over
character and pinyin n-grams, trained on the labelled sets, found 11 of 15 and 13 of 18 with no
false call (and 4 of 5, 5 of 6 on what Whisper heard of them; eval/independent/README.md, "A
learned insult model"). It is not precise enough to deduct points or to make a call fatal (one false call of
139 on ``heldout.jsonl``), so it only *queues* the calls it suspects for a person to hear
(:mod:`callqa.pipelines.review.sampling`, step ``suspected``).

The weights are built, not shipped: ``eval/insult_model.py --freeze`` trains them from the
repository's labelled calls in ~12 s, byte for byte the same (``make setup`` does it), into
:func:`model_path`. This module holds what training and use must share — the text
normalisation and the hashed features — and the scoring.

Example: ``load().score_turns([("你脑子是不是有问题啊，这都听不懂", "怎么还没到账")])`` is high
(0.9996); ``score_turns([("好的，我帮您查一下订单", "我的快递到哪了")])`` is low (0.0004).
"""
from __future__ import annotations

import io
import json
import os
import re
import stat
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .whisper import models_dir

__all__ = ["FILE_NAME", "InsultModel", "agent_turns", "features", "hashed", "load", "model_path", "normalise", "read_weights"]

FILE_NAME = "insult_model.npz"
DIM = 1 << 18

_KEEP = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def model_path() -> Path:
    return models_dir() / FILE_NAME


def normalise(text: str) -> str:
    """Simplified script, letters, digits and CJK only, lower case, every digit a 0."""
    from callqa.rules.normalize import to_simplified
    s = to_simplified(text or "")
    s = "".join(ch for ch in s if _KEEP.match(ch)).lower()
    return re.sub(r"[0-9]", "0", s)


def _h(tok: str) -> int:
    return zlib.crc32(tok.encode("utf-8")) % DIM


def _ngrams(seq, lo, hi, prefix):
    out = []
    for n in range(lo, hi + 1):
        for i in range(len(seq) - n + 1):
            out.append(prefix + "\x1f".join(seq[i:i + n]) if isinstance(seq, list) else prefix + seq[i:i + n])
    return out


def features(text: str, prev_customer: str, cfg: dict, tag: str = "") -> np.ndarray:
    """Hashed binary features of an agent turn: character n-grams, toneless pinyin n-grams (for
    what ASR writes with the wrong character) and the previous customer turn's 1–2-grams.
    ``tag`` prefixes every token (the greeting model tells an opening's turns apart by it); the
    insult model uses none."""
    t = normalise(text)
    toks = ["BIAS"] + _ngrams(t, cfg["chars"][0], cfg["chars"][1], "c:")
    if cfg.get("pinyin"):
        from pypinyin import lazy_pinyin
        py = [p for p in lazy_pinyin(t) if p]
        toks += _ngrams(py, cfg["pinyin"][0], cfg["pinyin"][1], "p:")
    if cfg.get("context") and prev_customer:
        toks += _ngrams(normalise(prev_customer), 1, 2, "x:")
    return hashed([tag + x for x in toks] if tag else toks)


_HASHES: dict[str, int] = {}      # token → index, remembered (n-grams repeat from call to call)
_HASHES_MAX = 1 << 18


def hashed(tokens) -> np.ndarray:
    """The sorted unique feature indices of string tokens (the hashing both models share)."""
    memo = _HASHES
    out = []
    for x in tokens:
        h = memo.get(x)
        if h is None:
            if len(memo) >= _HASHES_MAX:
                memo.clear()
            h = memo[x] = _h(x)
        out.append(h)
    return np.unique(np.array(out, dtype=np.int64))


def agent_turns(segments) -> list[tuple[int, str, str]]:
    """(index, text, the customer's turn before it) of each agent segment, in the given order:
    what the model reads (a turn and what it answers)."""
    turns, prev = [], ""
    for i, seg in enumerate(segments):
        if seg.get("speaker") == "agent":
            turns.append((i, seg.get("text") or "", prev))
        elif seg.get("speaker") == "customer":
            prev = seg.get("text") or ""
    return turns


@dataclass(frozen=True)
class InsultModel:
    weights: np.ndarray
    bias: float
    meta: dict
    sha: str = ""           # sha256 of the model file, 12 hex digits: which weights scored a call

    @property
    def threshold(self) -> float:
        return float(self.meta["threshold"])

    def score_turns(self, turns: list[tuple[str, str]]) -> list[float]:
        """Probability of an insult for each ``(agent text, previous customer text)``."""
        cfg = self.meta["settings"]
        out = []
        for text, prev in turns:
            f = features(text, prev, cfg)
            logit = self.weights[f].sum() / np.sqrt(max(len(f), 1)) + self.bias
            out.append(float(1 / (1 + np.exp(-logit))))
        return out

    def most_suspect(self, segments) -> tuple[float, int | None]:
        """(highest agent-turn probability, that turn's index in ``segments``) of a call's
        segments (dicts with speaker and text, in the order said); (0.0, None) when the agent
        says nothing."""
        turns = agent_turns(segments)
        scores = self.score_turns([(text, prev) for _, text, prev in turns])
        if not scores:
            return 0.0, None
        k = int(np.argmax(scores))
        return scores[k], turns[k][0]

    def score_segments(self, segments) -> tuple[float, str | None]:
        """(highest agent-turn probability, that turn's text) of a call's segments (dicts with
        speaker and text, in the order said); (0.0, None) when the agent says nothing."""
        p, i = self.most_suspect(segments)
        return p, None if i is None else (segments[i].get("text") or "")


def load(path: str | Path | None = None) -> InsultModel | None:
    """The built model, or None when it has not been built (``make setup`` builds it)."""
    return load_built(InsultModel, path if path is not None else model_path())


def load_built(cls, path: str | Path):
    """``cls(*read_weights(path))``, read once per file version (path and modification time),
    or None when no file is there: the loading both models share. One ``stat`` a call — the
    greeting guard asks for its model on every scored call."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _load(cls, str(path), st.st_mtime_ns) if stat.S_ISREG(st.st_mode) else None


@lru_cache(maxsize=8)
def _load(cls, path: str, _mtime: int):
    return cls(*read_weights(path))


def read_weights(path: str | Path) -> tuple[np.ndarray, float, dict, str]:
    """(dense weights, bias, meta, sha256 prefix of the file) of a model npz that a trainer
    (eval/insult_model.py, eval/greeting_model.py) wrote: the layout both models share."""
    import hashlib

    data = Path(path).read_bytes()            # read once: the weights and the sha of the same bytes
    z = np.load(io.BytesIO(data))
    meta = json.loads(str(z["meta"]))
    w = np.zeros(meta["dim"])
    w[z["idx"]] = z["w"].astype(np.float64)
    sha = hashlib.sha256(data).hexdigest()[:12]
    return w, float(z["b"]), meta, sha
