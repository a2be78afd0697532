"""Text normalisation applied before any rule sees a transcript.

One function, :func:`normalize`, turns heard text into a :class:`NormText`:

* ``text``  — Traditional → Simplified (OpenCC ``t2s``; its 甚么, the old form of 什么 that
  ``t2s`` keeps from 甚麼, written 什么: :func:`common_forms`), full-width letters/digits → ASCII, Chinese
  numerals before a unit turned into Arabic digits (``一百二十元`` → ``120元``). This is the
  form shown as evidence.
* ``plain`` — ``text`` with punctuation and spaces removed, so rules match the same way
  whether or not the ASR produced punctuation.
* ``index`` — for each character of ``plain``, its position in ``text``; :meth:`NormText.span`
  maps a match in ``plain`` back to the evidence text (inner punctuation included).

Usable outside the rule engine (e.g. by ``asr`` post-processing): :func:`to_simplified`,
:func:`to_halfwidth` and :func:`normalize_numbers` are the individual steps.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_right
import sys
from functools import lru_cache

__all__ = ["NormText", "normalize", "normalize_call", "normalize_many", "normalize_phrase", "to_simplified", "to_halfwidth",
           "normalize_numbers", "strip_punct"]

# Full-width ASCII block (！..～) → ASCII, ideographic space → space.
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Possessive (Python ≥ 3.11): a numeral run never gives characters back — what follows it must
# be 点, 个 or a unit, none of them a numeral — so backtracking into it is wasted work.
_PLUS = "++" if sys.version_info >= (3, 11) else "+"
_STAR = "*+" if sys.version_info >= (3, 11) else "*"
# A run of Chinese numerals (optionally with a decimal part) directly before a unit. Restricting
# to units avoids rewriting words such as 一下 / 十分 / 统一. A match starts only where a run
# starts (the look-behind after the first numeral): a later start inside the same run reaches the
# same run end, so it cannot match where the run's start did not — but without the look-behind
# every numeral of 一三九一二三四零零零一 was a new attempt (~25 % of normalisation time).
# One capturing group around the whole: split() then keeps the numerals, at odd places.
_CN_NUMBER = re.compile(
    rf"([{_CN_DIGITS}](?<![{_CN_DIGITS}][{_CN_DIGITS}])[{_CN_DIGITS}]{_STAR}"
    rf"(?:点[零〇一二两三四五六七八九]{_PLUS})?)"
    r"(?=个?(?:元|块|角|毛|月|天|日|号|年|小时|分钟|秒|G|兆|折|期))"
)
_HAS_CN_DIGIT = re.compile(rf"[{_CN_DIGITS}]")
_WORD_RUN = re.compile(r"[^\W_]+")   # letters, digits and CJK; everything else is punctuation/space


@lru_cache(maxsize=1)
def _word_table():
    """numpy bool table over the BMP: True for the characters ``plain`` keeps (letters, digits,
    CJK — regex ``[^\\W_]``) and for the line break that separates utterances in a batch. The
    65,536 regex tests (~0.05 s in every process) are kept in the on-disk cache as runs, keyed
    by the interpreter's Unicode version."""
    import unicodedata
    import numpy as np
    from .cache import cached_json

    def runs() -> list[list[int]]:
        table = np.zeros(0x10000 + 2, dtype=np.int8)
        for cp in range(0x10000):
            if _WORD_CHAR.match(chr(cp)):
                table[cp + 1] = 1
        edges = np.flatnonzero(np.diff(table))       # where a run of kept characters starts / ends
        return edges.reshape(-1, 2).tolist()
    table = np.zeros(0x10000, dtype=bool)
    for start, end in cached_json("word-chars", [sys.version, unicodedata.unidata_version], runs):
        table[start:end] = True
    table[10] = True
    return table


_WORD_CHAR = re.compile(r"[^\W_]")


def bmp_codes(text: str):
    """``text``'s code points as a numpy uint16 array — or None when it is empty or has a
    character beyond the Basic Multilingual Plane (two UTF-16 units). Cheaper than UTF-32 plus
    a ``max()`` to find out, and half the memory for the table look-ups that follow."""
    import numpy as np
    data = text.encode("utf-16-le")
    if not data or len(data) != 2 * len(text):
        return None
    return np.frombuffer(data, dtype=np.uint16)


def _plains(joined: str) -> tuple[str, object, object]:
    """``joined`` without punctuation/spaces (line breaks kept), the position in ``joined`` of
    each character kept (numpy array), and the kept text's code points (:func:`bmp_codes`, or
    None): one numpy pass over the call (about 10× faster than a regular expression on a
    5-minute call); character by character for text beyond the BMP."""
    import numpy as np
    codes = bmp_codes(joined)
    if codes is None:                   # empty, or beyond the BMP (rare)
        kept = [i for i, ch in enumerate(joined) if ch == "\n" or _WORD_CHAR.match(ch)]
        plain = "".join(joined[i] for i in kept)
        return plain, np.array(kept, dtype=np.intp), bmp_codes(plain)
    keep = _word_table().take(codes)    # take: ~5× faster than indexing with the uint16 codes
    codes = codes[keep]
    return codes.tobytes().decode("utf-16-le"), np.flatnonzero(keep), codes if codes.size else None


@lru_cache(maxsize=1)
def _opencc():
    import opencc  # lazily: a few ms, once per process
    return opencc.OpenCC("t2s")


def _config_dicts(node, out: list) -> bool:
    """The dictionary files an OpenCC config (JSON) names, in ``out``; False for a kind of
    dictionary we cannot read (then nothing may skip the conversion)."""
    if isinstance(node, dict):
        if "file" in node:
            if node.get("type") not in ("ocd2", "text"):
                return False
            out.append((node["type"], node["file"]))
        return all(_config_dicts(v, out) for k, v in node.items() if k != "file")
    if isinstance(node, list):
        return all(_config_dicts(v, out) for v in node)
    return True


def _dictionary_files(config: str) -> list[tuple[str, str]]:
    """(type, path) of each dictionary OpenCC ``config`` (t2s.json) names."""
    import json
    import os
    with open(config, encoding="utf-8") as f:
        files: list = []
        if not _config_dicts(json.load(f), files) or not files:
            raise ValueError(f"{config}: a dictionary type other than ocd2/text")
    return [(kind, os.path.join(os.path.dirname(config), name)) for kind, name in files]


def _dictionary_entries(config: str):
    """(key, first value, has more values) of every entry of the dictionaries of OpenCC ``config`` (t2s.json),
    read from the files the opencc package ships: ``.ocd2`` through its own ``opencc_dict`` tool
    (exported to text once per process, ~20 ms), plain-text dictionaries directly."""
    import os
    import subprocess
    import tempfile
    share = os.path.dirname(config)
    tool = os.path.join(share, os.pardir, os.pardir, "bin", "opencc_dict")
    with tempfile.TemporaryDirectory() as tmp:
        for i, (kind, path) in enumerate(_dictionary_files(config)):
            if kind == "ocd2":
                out = os.path.join(tmp, f"{i}.txt")
                subprocess.run([tool, "-i", path, "-o", out, "-f", "ocd2", "-t", "text"], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)
                path = out
            with open(path, encoding="utf-8") as f:
                for line in f:
                    key, _, values = line.rstrip("\n").partition("\t")
                    if key:
                        values = values.split(" ")
                        yield key, values[0], len(values) > 1


@lru_cache(maxsize=1)
def _t2s_guard():
    """What can make OpenCC ``t2s`` change a text, from its dictionaries, as numpy bool tables
    over the BMP: ``single`` — the characters that change on their own (an entry ``k → v`` with
    ``v != k``); ``trigger`` — one character of each changing multi-character key none of whose
    characters changes on its own (~110 keys: 反覆 → 反复, 瞭解 → 了解, 深沈 → 深沉), preferably
    one the dictionaries list with alternatives (覆 沈 瞭 藉), the rarer kind in Simplified text;
    and ``astral`` — the characters beyond the BMP of any changing key.

    OpenCC replaces, at each position, the longest dictionary key found there by its first value
    and otherwise copies one character; when no changing key occurs anywhere in a text, every
    replacement is the identity and the text comes out as it went in. A text with no ``single``,
    ``trigger`` or ``astral`` character contains no changing key, so its conversion can be
    skipped. None when the dictionaries cannot be read (then every text is converted).

    Reading the dictionaries runs OpenCC's ``opencc_dict`` tool (~0.2 s wall in every process):
    the three sets are kept in the on-disk cache (:mod:`.cache`), keyed by the dictionary files'
    paths, sizes and modification times."""
    try:
        import os
        import numpy as np
        from .cache import cached_json
        config = _opencc().config
        key = [config] + [[path, os.stat(path).st_size, os.stat(path).st_mtime_ns]
                          for _, path in _dictionary_files(config)]
        sets = cached_json("opencc-t2s", key, lambda: _t2s_sets(config))
        if sets is None:
            return None
        single = np.zeros(0x10000, dtype=bool)
        trigger = np.zeros(0x10000, dtype=bool)
        single[sets["single"]] = True
        trigger[sets["trigger"]] = True
        return single, trigger, frozenset(sets["astral"])
    except Exception:  # no opencc_dict tool, another dictionary format…: always convert
        return None


def _t2s_sets(config: str) -> dict | None:
    """:func:`_t2s_guard`'s sets computed from the dictionaries of ``config`` (code points of
    ``single`` and ``trigger``, characters of ``astral``); None when nothing changes."""
    import numpy as np
    single = np.zeros(0x10000, dtype=bool)
    trigger = np.zeros(0x10000, dtype=bool)
    astral: set[str] = set()
    phrases: list[str] = []
    ambiguous: set[str] = set()            # identity entries with alternatives (覆 → 覆 复)
    for key, value, more in _dictionary_entries(config):
        if value != key:
            if len(key) > 1:
                phrases.append(key)
            elif ord(key) < 0x10000:
                single[ord(key)] = True
            else:
                astral.add(key)
        elif len(key) == 1 and more:
            ambiguous.add(key)
    for key in phrases:
        astral.update(ch for ch in key if ord(ch) >= 0x10000)
        if any(ord(ch) < 0x10000 and single[ord(ch)] for ch in key):
            continue                        # found by ``single`` already
        bmp = [ch for ch in key if ord(ch) < 0x10000]
        if not bmp:
            continue                        # found by ``astral``
        pick = next((ch for ch in bmp if ch in ambiguous), bmp[-1])
        trigger[ord(pick)] = True
    if not single.any():
        return None
    return {"single": np.flatnonzero(single).tolist(), "trigger": np.flatnonzero(trigger).tolist(),
            "astral": sorted(astral)}


def _t2s_identity(text: str, cps=None) -> bool:
    """True when OpenCC ``t2s`` is sure to return ``text`` unchanged (see :func:`_t2s_guard`).
    ``cps``: the text's code points as a numpy array when the caller has them."""
    guard = _t2s_guard()
    if guard is None:
        return False
    single, trigger, astral = guard
    import numpy as np
    if cps is None:
        cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if cps.size and int(cps.max()) >= 0x10000:
        if any(ch in astral for ch in text):
            return False
        cps = cps[cps < 0x10000]
    return not (single.take(cps).any() or trigger.take(cps).any())


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (OpenCC ``t2s``); ASCII-only text, and text in which no
    OpenCC dictionary entry would change anything, are returned as is (same result, no call)."""
    if text.isascii() or _t2s_identity(text):
        return text
    return _opencc().convert(text)


_FULLWIDTH_ALNUM = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]+")


def to_halfwidth(text: str, punctuation: bool = False) -> str:
    """Full-width letters, digits and spaces → ASCII (``３０元`` → ``30元``).

    Full-width punctuation (，？) is kept unless ``punctuation`` is true: it is the natural form
    in Chinese evidence text, matching ignores it anyway, and skipping it keeps this step cheap
    (``str.translate`` over every character costs more than all the rules on a call)."""
    if punctuation:
        return text.translate(_HALFWIDTH)
    if _FULLWIDTH_ALNUM.search(text) is None:
        return text
    return _FULLWIDTH_ALNUM.sub(lambda m: m.group(0).translate(_HALFWIDTH), text)


@lru_cache(maxsize=4096)
def _cn2an(run: str) -> str:
    import cn2an  # lazily: ~0.1 s import
    try:
        value = cn2an.cn2an(run, "smart")
    except Exception:  # not a well-formed number (e.g. 十十): leave the words alone
        return run
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _to_arabic(text: str) -> str:
    """Every numeral run of :data:`_CN_NUMBER` in ``text`` converted. ``split`` hands them over
    in one list: a ``sub`` callback per numeral (~40 in a 5-minute call) cost ~20 % more."""
    parts = _CN_NUMBER.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = [_cn2an(run) for run in parts[1::2]]
    return "".join(parts)


def normalize_numbers(text: str) -> str:
    """Chinese numerals before a unit → Arabic digits: ``每月三十元`` → ``每月30元``,
    ``一百二十块`` → ``120块``, ``三个月`` → ``3个月``. Other numerals (``一下``) are kept."""
    if not _HAS_CN_DIGIT.search(text):
        return text
    return _to_arabic(text)


def strip_punct(text: str) -> str:
    """Text without punctuation, symbols or spaces."""
    return "".join(_WORD_RUN.findall(text))


class _CallMap:
    """One call's utterances as a whole, computed once by :func:`normalize_many` and shared by
    its utterances: ``plain`` — their plain texts joined by line breaks (what the rulebook's
    phrase automata run over, once per call), ``starts`` — where each utterance's plain text
    starts in it, ``kept`` — where each character of ``plain`` sits in the joined evidence text
    (numpy array), ``gap`` — whether punctuation/space follows it (one byte each), and
    ``found`` — per phrase index, what it found in the call (filled by the matchers), and
    ``codes`` — ``plain``'s code points (:func:`bmp_codes`: None when empty or beyond the BMP)."""
    __slots__ = ("plain", "starts", "kept", "_gap", "found", "codes")

    def __init__(self, plain: str, starts: list[int], kept, codes=None):
        self.plain, self.starts, self.kept = plain, starts, kept
        self.codes = codes if codes is not None else bmp_codes(plain)
        self._gap: bytes | None = None
        self.found: dict = {}

    def holding(self, words) -> set[int]:
        """Numbers of the utterances whose plain text holds one of ``words`` (no line breaks in
        them): one ``str.find`` over the joined text per utterance found, an utterance skipped
        once found — instead of a test in each utterance of the call."""
        text, starts = self.plain, self.starts
        n, found = len(starts), set()
        for w in words:
            i = text.find(w)
            while i >= 0:
                k = bisect_right(starts, i) - 1
                found.add(k)
                i = text.find(w, starts[k + 1]) if k + 1 < n else -1
        return found

    @property
    def gap(self) -> bytes:
        if self._gap is None:
            import numpy as np
            self._gap = (np.diff(self.kept) != 1).tobytes() if self.kept.size > 1 else b""
        return self._gap


class NormText:
    """A normalised utterance: ``text`` (evidence form), ``plain`` (matching form) and the map
    between them (from its call's :class:`_CallMap`, in which it is number ``_k``, else built on
    first use)."""
    __slots__ = ("raw", "text", "plain", "_index", "_cache", "_map", "_k", "_poff", "_toff")

    def __init__(self, raw: str, text: str, plain: str, call_map: _CallMap | None = None,
                 number: int = 0, plain_offset: int = 0, text_offset: int = 0):
        self.raw, self.text, self.plain, self._cache = raw, text, plain, None
        self._index = None if len(plain) != len(text) else _IDENTITY
        self._map, self._k, self._poff, self._toff = call_map, number, plain_offset, text_offset

    @property
    def cache(self) -> dict:
        """Per-utterance scratch space for matchers (merged automaton results)."""
        if self._cache is None:
            self._cache = {}
        return self._cache

    @property
    def index(self) -> list[int] | None:
        """plain position → text position (None when the two are identical)."""
        if self._index is None:
            if self._map is not None:
                p = self._poff
                self._index = (self._map.kept[p:p + len(self.plain)] - self._toff).tolist()
            else:
                index: list[int] = []
                for m in _WORD_RUN.finditer(self.text):
                    index.extend(range(m.start(), m.end()))
                self._index = index
        return None if self._index is _IDENTITY else self._index

    def pos(self, i: int) -> int:
        """Position in ``text`` of ``plain[i]``."""
        index = self._index
        if index is _IDENTITY:
            return i
        if index is None and self._map is not None and i >= 0:
            return int(self._map.kept[self._poff + i]) - self._toff
        index = self.index
        return i if index is None else index[i]

    def span(self, start: int, end: int) -> str:
        """Evidence text for ``plain[start:end]``, including punctuation inside the span."""
        if start >= end:
            return ""
        return self.text[self.pos(start): self.pos(end - 1) + 1]

    def boundary_after(self, end: int) -> bool:
        """True when ``plain[:end]`` is followed by punctuation/space or the end of the text."""
        if end >= len(self.plain):
            return True
        if self._index is _IDENTITY:
            return False
        if self._map is not None and end > 0:
            return self._map.gap[self._poff + end - 1] != 0
        return self.pos(end) != self.pos(end - 1) + 1

    def __eq__(self, other) -> bool:
        return isinstance(other, NormText) and (self.raw, self.text) == (other.raw, other.text)

    def __repr__(self) -> str:
        return f"NormText({self.text!r})"


_IDENTITY: list[int] = []   # sentinel: plain == text


# Old or regional forms that OpenCC ``t2s`` keeps but that mean exactly the common word, written
# as the common word so one phrase or pattern serves both (round 15: writer O's 甚麼 → 甚么,
# 请问今天有甚么能为您效劳的). Same length each, so offsets into the text stay put.
_COMMON_FORMS = (("甚么", "什么"),)


def common_forms(text: str) -> str:
    """``text`` with the old forms of ``_COMMON_FORMS`` written in their common form (甚么 → 什么)."""
    for old, new in _COMMON_FORMS:
        if old in text:
            text = text.replace(old, new)
    return text


def _prepare(raw: str) -> str:
    return common_forms(normalize_numbers(to_halfwidth(to_simplified(raw))))


def normalize(raw: str) -> NormText:
    text = _prepare(raw)
    return NormText(raw, text, strip_punct(text))


_T2S, _FULLWIDTH, _CN = 1, 2, 4


@lru_cache(maxsize=1)
def _flag_table():
    """numpy uint8 table over the BMP: which normalisation step a character can concern —
    ``_T2S`` (OpenCC t2s may change a text with it: :func:`_t2s_guard`), ``_FULLWIDTH`` (what :func:`to_halfwidth`
    rewrites), ``_CN`` (a Chinese numeral, for :func:`normalize_numbers`)."""
    import numpy as np
    flags = np.zeros(0x10000, dtype=np.uint8)
    guard = _t2s_guard()
    if guard is not None:
        flags[guard[0] | guard[1]] |= _T2S
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A), (0x3000, 0x3000)):
        flags[lo:hi + 1] |= _FULLWIDTH
    for ch in _CN_DIGITS:
        flags[ord(ch)] |= _CN
    return flags


def _prepare_call(joined: str) -> str:
    """:func:`_prepare` of a whole call's joined text: one numpy pass tells which steps can
    change anything, and only those run (same result)."""
    import numpy as np
    codes = bmp_codes(joined)
    if codes is None or _t2s_guard() is None:
        return _prepare(joined)
    table = _flag_table()
    present = int(np.bitwise_or.reduce(table.take(codes)))
    text = joined
    if present & (_T2S | _FULLWIDTH):
        if present & _T2S:
            text = _opencc().convert(text)
        text = to_halfwidth(text)
        codes = bmp_codes(text)
        if codes is None:
            return common_forms(normalize_numbers(text))
        present = int(np.bitwise_or.reduce(table.take(codes)))
    if present & _CN:
        text = _to_arabic(text)
    return common_forms(text)


def normalize_call(raws: list[str]):
    """The pieces of :func:`normalize_many`, for a caller that builds its own :class:`NormText`
    objects (the rule engine's turns are NormTexts): ``(texts, plains, plain offsets, text
    offsets, call map)``, one numpy pass over the joined call; None when the conversion changed
    the line breaks (then each text must be normalised on its own)."""
    joined = "\n".join(raws)
    if joined.count("\n") != len(raws) - 1:            # a line break inside an utterance
        joined = "\n".join(r.replace("\n", " ") for r in raws)
    converted = _prepare_call(joined)
    texts = converted.split("\n")
    if len(texts) != len(raws):          # defensive: a converter that changed line breaks
        return None
    plain, kept, codes = _plains(converted)
    plains = plain.split("\n")
    toffs = list(itertools.accumulate([len(t) + 1 for t in texts], initial=0))
    poffs = list(itertools.accumulate([len(p) + 1 for p in plains], initial=0))
    return texts, plains, poffs, toffs, _CallMap(plain, poffs[:-1], kept, codes)


def normalize_many(raws: list[str]) -> list[NormText]:
    """:func:`normalize` for many texts at once (one OpenCC call; same result)."""
    if not raws:
        return []
    parts = normalize_call(raws)
    if parts is None:
        return [normalize(r) for r in raws]
    texts, plains, poffs, toffs, call_map = parts
    return [NormText(r, t, p, call_map, k, po, to)
            for k, (r, t, p, po, to) in enumerate(zip(raws, texts, plains, poffs, toffs))]


@lru_cache(maxsize=8192)
def normalize_phrase(phrase: str) -> str:
    """The matching form of a rulebook phrase (same steps as :func:`normalize`)."""
    return normalize(phrase).plain
