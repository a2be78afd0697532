"""The learned insult model: QA133's fatal findings and the review queue's suspects.

Why: the fatal ``insult`` rules are phrases and structures; on each new writer's blind set they
found few insults (AA: 3 of 15; AB: 6 of 18; AE: 8 of 18; AG: 8 of 27), while a small logistic
model over character and pinyin n-grams, trained on the labelled sets, found 11 of 15, 13 of 18,
15 of 18 and 20 of 27 with no false call (eval/independent/README.md, "A learned insult model",
"QA133" and "Insult model 6"). At the threshold where, leaving each training writer out, the
phrase rules OR the model kept insult precision ≥ 0.99 (0.90 for model 6, trained on 34 writers
up to AI) it makes findings of rule QA133 (:mod:`callqa.rules.learned`); at its own threshold
(0.75) it *queues* the calls it suspects for a person to hear
(:mod:`callqa.pipelines.review.sampling`, step ``suspected``) — not fatal-grade: leaving each
writer out it is right 0.96 of the time there (model 6: 17 false of 397 flagged calls).

The weights are built, not shipped: ``eval/insult_model.py --freeze`` trains them from the
repository's labelled calls in ~1 min, byte for byte the same (``make setup`` does it), into
:func:`model_path`. This module holds what training and use must share — the text
normalisation and the hashed features — and the scoring. (:func:`features`, the older per-turn
featurizer, is the greeting model's.)

Example: ``load().score_turns([("你脑子是不是有问题啊，这都听不懂", "怎么还没到账")])`` is high
(0.9997); ``score_turns([("好的，我帮您查一下订单", "我的快递到哪了")])`` is low (0.0005).
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

__all__ = ["FILE_NAME", "InsultModel", "agent_turns", "call_features", "features", "hashed", "load",
           "model_path", "normalise", "plain_pairs", "read_weights"]

FILE_NAME = "insult_model.npz"
DIM_BITS = 18
DIM = 1 << DIM_BITS

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


# ---------------------------------------------------------------- the call featurizer
# A call's turns at once, in numpy (~0.25 ms for a 5-minute call): what lets the insult rule read
# every agent turn of every call (``learned``, rules/learned.py) at the engine's speed. The
# same hashed buckets as :func:`features` would not survive vectorising (crc32 of strings,
# pypinyin's phrase readings), so models from this featurizer (``settings["featurizer"] ==
# "call"``) are trained with it too. Text: the rule engine's plain form of each turn
# (:func:`callqa.rules.normalize.normalize`: Simplified, half-width, no punctuation).

_MIX = np.uint64(0x9E3779B97F4A7C15)     # Fibonacci hashing: n-gram code → bucket
_SALT = {"c": 1, "p": 2, "x": 3, "bias": 4}


@lru_cache(maxsize=1)
def _syllable_table() -> np.ndarray:
    """Code point → an id of its first toneless pinyin reading (pypinyin's dictionary), over
    the BMP; characters without a reading keep their own code point (shifted out of the way)."""
    import unicodedata
    from pypinyin.pinyin_dict import pinyin_dict
    table = np.arange(0x10000, dtype=np.int64) + (1 << 24)
    ids: dict[str, int] = {}
    for cp, readings in pinyin_dict.items():
        if cp < 0x10000:
            first = readings.split(",")[0]
            bare = "".join(ch for ch in unicodedata.normalize("NFD", first) if not unicodedata.combining(ch))
            table[cp] = ids.setdefault(bare, len(ids) + 1)
    return table


@lru_cache(maxsize=1)
def _fold_table() -> np.ndarray:
    """Code point → what :func:`_codes` makes of it, over the BMP: lower case, every digit a 0;
    -1 where ``str.lower`` of a whole text may say otherwise than of the character alone
    (İ's lower case is two characters, Σ's depends on what follows)."""
    table = np.array([ord(low) if len(low := chr(cp).lower()) == 1 else -1 for cp in range(0x10000)],
                     dtype=np.int64)
    table[0x3A3] = -1
    table[(table >= 48) & (table <= 57)] = 48
    return table


def _codes(text: str) -> np.ndarray:
    """The code points of ``text`` lower-cased, every digit a 0: one table lookup over its
    UTF-16 (a call's agent text, ~1,500 characters: a fifth of ``str.lower`` and the digit
    mask), the string's own methods where a character is beyond the BMP or in a special case."""
    try:
        data = text.encode("utf-16-le")
    except UnicodeEncodeError:             # a lone surrogate: the string's path says what it does
        data = b""
    if len(data) == 2 * len(text):
        c = _fold_table().take(np.frombuffer(data, dtype=np.uint16))
        if not c.size or c.min() >= 0:
            return c
    # one code per character, always: a whole-text lower() may lengthen it (İ → i̇), and the turn each
    # code comes from is counted by the text's length (_runs); a character whose lower case is longer
    # keeps its own code
    c = np.array([ord(low) if len(low := ch.lower()) == 1 else ord(ch) for ch in text], dtype=np.int64)
    c[(c >= 48) & (c <= 57)] = 48                  # every digit a 0
    return c


_P = np.uint64(1_000_003)
_SHIFT = np.uint64(64 - DIM_BITS)


class _Grams:
    """The n-grams of one sequence of runs (``owner``: the run each element comes from) that lie
    inside one run, per n: which starts they have and their owners. Computed once and shared by
    the character and the pinyin n-grams of the same turns (the same positions)."""
    __slots__ = ("owner", "_inside")

    def __init__(self, owner: np.ndarray):
        self.owner = owner
        self._inside: dict[int, tuple] = {}

    def inside(self, n: int) -> tuple[np.ndarray | None, np.ndarray]:
        """(mask over the first ``len - n + 1`` starts, or None when all are inside, their owners)."""
        got = self._inside.get(n)
        if got is None:
            owner = self.owner
            if n == 1:                            # a 1-gram lies inside its run
                got = (None, owner)
            else:
                k = len(owner) - n + 1
                same = owner[:k] == owner[n - 1:]
                got = (same, owner[:k][same])
            self._inside[n] = got
        return got


def _gram_buckets(seq: np.ndarray, grams: _Grams, lo: int, hi: int, salt: int, out_b: list, out_o: list):
    """Appends to ``out_b``/``out_o`` the (bucket, owner) of every lo…hi-gram of ``seq`` that
    lies inside one owner's run, shortest n-grams first (the order training summed them in).
    Arithmetic in place where it can be: on a call's ~1,500 characters numpy's calls and
    temporaries cost more than its work."""
    size = len(seq)
    seq = seq.astype(np.uint64)
    h = seq
    for n in range(1, hi + 1):
        k = size - n + 1
        if k <= 0:
            break
        if n > 1:
            h = h[:k] * _P
            h += seq[n - 1:]
        if n >= lo:
            same, owners = grams.inside(n)
            code = np.uint64(salt * 1_000_000_007 + n)
            if same is None:
                b = h ^ code                      # a new array: h goes on to the longer n-grams
            else:
                b = h[same]
                b ^= code
            b *= _MIX
            b >>= _SHIFT
            out_b.append(b.view(np.int64))
            out_o.append(owners)


def call_features(texts: list[str], befores: list[str], cfg: dict) -> tuple[np.ndarray, np.ndarray]:
    """(bucket, turn) of every feature of ``texts`` (a call's agent turns, plain form), each read
    with ``befores`` (the customer's turn before it): character n-grams, toneless pinyin
    n-grams (for what ASR writes with the wrong character), the customer turn's 1–2-grams, and a
    bias. A turn's features may repeat (counts, not a set: what training saw too)."""
    n = len(texts)
    parts_b = [np.full(n, _SALT["bias"], dtype=np.int64)]
    parts_o = [np.arange(n, dtype=np.int64)]
    if n:
        seq, own = _runs(texts)
        grams = _Grams(own)
        _gram_buckets(seq, grams, cfg["chars"][0], cfg["chars"][1], _SALT["c"], parts_b, parts_o)
        if cfg.get("pinyin"):
            _gram_buckets(_syllable_table()[np.minimum(seq, 0xFFFF)], grams, *cfg["pinyin"], _SALT["p"], parts_b, parts_o)
        if cfg.get("context"):
            seq, own = _runs(befores)
            _gram_buckets(seq, _Grams(own), 1, 2, _SALT["x"], parts_b, parts_o)
    return np.concatenate(parts_b), np.concatenate(parts_o)


def _runs(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The code points of ``texts`` end to end (:func:`_codes`) and the text each comes from."""
    codes = _codes("\x00".join(texts))
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(t) + 1 for t in texts])[:len(codes)]
    keep = codes != 0
    return codes[keep], owner[keep]


def plain_pairs(turns) -> tuple[list[str], list[str]]:
    """The plain forms (:func:`callqa.rules.normalize.normalize`, as the rule engine reads a turn)
    of ``(agent text, previous customer text)`` pairs: (agent texts, customer texts), one
    normalisation of the whole batch — what :func:`call_features` reads."""
    from callqa.rules.normalize import normalize_many
    plain = [n.plain for n in normalize_many([x for turn in turns for x in turn])]
    return plain[0::2], plain[1::2]


@dataclass(frozen=True)
class InsultModel:
    weights: np.ndarray
    bias: float
    meta: dict
    sha: str = ""           # sha256 of the model file, 12 hex digits: which weights scored a call

    @property
    def threshold(self) -> float:
        return float(self.meta["threshold"])

    @property
    def reads_calls(self) -> bool:
        """Trained on :func:`call_features` (else on :func:`features`, turn by turn)."""
        return self.meta["settings"].get("featurizer") == "call"

    def score_plains(self, texts: list[str], befores: list[str]) -> np.ndarray:
        """Probability of an insult for each agent turn of a call, in plain form (``texts``), each
        with the customer's plain turn before it (``befores``): one numpy pass (:func:`call_features`)."""
        if not texts:
            return np.zeros(0)
        b, o = call_features(texts, befores, self.meta["settings"])
        total = np.bincount(o, weights=self.weights[b], minlength=len(texts))
        logit = total / np.sqrt(np.bincount(o, minlength=len(texts))) + self.bias
        return 1 / (1 + np.exp(-logit))

    def score_turns(self, turns: list[tuple[str, str]]) -> list[float]:
        """Probability of an insult for each ``(agent text, previous customer text)``."""
        cfg = self.meta["settings"]
        if self.reads_calls:
            return [float(p) for p in self.score_plains(*plain_pairs(turns))]
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
