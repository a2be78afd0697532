"""Syllable-level sound distance, for mishearings of the gravest phrases.

Whisper hears 神经病 (shén jīng bìng) as 神经变 (… biàn): one syllable's final changed, which no
fixed fuzzy pair (in/ing, z/zh …) covers. A miss of a fatal phrase matters more than any other,
so a phrase set can opt in (``phonetic: true``) to match a heard text whose syllables are the
phrase's except one, whose final is *close* (one letter apart — ing/in, ao/a — or both nasal
with the same medial — ing/ian, an/ang) with the same initial. Each candidate is then checked
with tones: a distance summed over syllables (close final 0.5, different tone 0.5; initials must
agree up to the fuzzy pairs) must stay within ``MAX_DISTANCE``, so 神经变 (same tone) counts and
您有病 (nín for nǐ: final and tone) does not. Only phrases of ``MIN_SYLLABLES`` or more are
extended: a short phrase has too many neighbours in ordinary speech. Sentence-final particles
(``PARTICLES``: 了 吗 吧 啊 …) are not counted (:func:`content_syllables`): they follow any verb,
so 瞎了吗 is one word of sound plus two anyone says, and with its one word moved (瞎 xiā → 修 xiū)
it is 装修了吗, an outbound agent's ordinary question, not a misheard insult.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["MIN_SYLLABLES", "MAX_DISTANCE", "PARTICLES", "content_syllables", "split", "close_finals",
           "neighbours", "distance"]

MIN_SYLLABLES = 3
# sentence-final and aspect particles: said after any word, so no evidence of the phrase's sound
PARTICLES = frozenset("了吗吧啊呀呢么嘛哦哈啦咯呗")
MAX_DISTANCE = 0.5
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z",
             "c", "s", "y", "w")
_TONES = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}


@lru_cache(maxsize=None)
def _toneless(syllable: str) -> tuple[str, int]:
    """(toneless syllable with ü as v, tone 1–4 or 5 for the neutral tone). Memoised: a few
    thousand readings, asked ~50,000 times per rulebook compile."""
    tone = 5
    out = []
    for ch in unicodedata.normalize("NFD", syllable.lower()):
        if ch in _TONES:
            tone = _TONES[ch]
        elif ch == "\u0308":
            out[-1] = "v"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out), tone


def content_syllables(phrase: str) -> int:
    """Syllables of ``phrase`` that carry its sound: all but the particles (``PARTICLES``)."""
    return sum(ch not in PARTICLES for ch in phrase)


@lru_cache(maxsize=None)
def split(syllable: str) -> tuple[str, str]:
    """Toneless syllable → (initial, final): ``bing`` → (b, ing); ``an`` → ('', an)."""
    for ini in _INITIALS:
        if syllable.startswith(ini) and len(syllable) > len(ini):
            return ini, syllable[len(ini):]
    return "", syllable


def _edit1(a: str, b: str) -> bool:
    """At most one letter inserted, deleted or replaced."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def close_finals(a: str, b: str) -> bool:
    """Finals a listener (or Whisper) confuses: one letter apart, or both nasal with the same medial."""
    if a == b:
        return True
    if _edit1(a, b):
        return True
    medial = lambda f: f[0] if f[:1] in ("i", "u", "v") and len(f) > 1 else ""   # noqa: E731
    nasal = lambda f: f.endswith(("n", "ng"))                                      # noqa: E731
    return nasal(a) and nasal(b) and medial(a) == medial(b)


@lru_cache(maxsize=1)
def pinyin_dict() -> dict[int, str]:
    """pypinyin's per-character readings (code point → ``"shéng,xǐng"``). Read from the JSON file
    its ``pinyin_dict`` module loads, without importing the package: ``import pypinyin`` also
    loads its phrase dictionary and trains a segmenter (~0.3 CPU s in every process) that the
    rules never use. Same data; the plain import where the file is not found."""
    import json
    from .cache import package_file
    path = package_file("pypinyin", "pinyin_dict.json")
    if path is not None:
        with open(path, encoding="utf-8") as f:
            return {int(k): v for k, v in json.load(f).items()}
    from pypinyin.pinyin_dict import pinyin_dict as table
    return table


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    return frozenset(_toneless(r)[0] for v in pinyin_dict().values() for r in v.split(","))


@lru_cache(maxsize=4096)
def neighbours(syllable: str) -> tuple[str, ...]:
    """Real syllables with the same initial and a close final (toneless; the syllable excluded)."""
    ini, fin = split(syllable)
    out = []
    for s in sorted(_syllables()):
        if s == syllable:
            continue
        i2, f2 = split(s)
        if i2 == ini and close_finals(fin, f2):
            out.append(s)
    return tuple(out)


def distance(heard: str, phrase_readings: list[str], key) -> float:
    """Sound distance of one heard reading from the closest reading of a phrase character:
    0 when ``key`` (toneless, folded by the matcher's fuzzy pairs) agrees; else 0.5 for a close
    final plus 0.5 for another tone, infinite when the initials or finals are further apart."""
    h, h_tone = _toneless(heard)
    best = float("inf")
    for r in phrase_readings:
        p, p_tone = _toneless(r)
        if key(h) == key(p):
            return 0.0
        hi, hf = split(h)
        pi, pf = split(p)
        if key(hi + "a") != key(pi + "a") or not close_finals(hf, pf):
            continue
        best = min(best, 0.5 + (0.5 if h_tone != p_tone else 0.0))
    return best
