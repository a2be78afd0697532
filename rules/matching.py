"""Phrase and pattern matching over normalised text, with exclusions and pinyin fuzziness.

A :class:`Matcher` is built once per rulebook load from a phrase set (phrases, regular
expressions, exclusion patterns, fuzzy flag) and then run on many utterances:

* phrases → one Aho-Corasick automaton (pyahocorasick) over the punctuation-free text;
* patterns → compiled regular expressions over the same text;
* exclusions → a hit is dropped when an exclusion pattern matches a span covering it
  (``不知道`` is not a forbidden phrase inside ``不知道您方便吗``);
* fuzzy → every Hanzi is mapped to one private-use character standing for its toneless
  pinyin syllable, folded by the enabled fuzzy pairs (``in/ing en/eng z/zh c/ch s/sh l/n f/h``).
  Phrases are mapped the same way (all readings of polyphones), and a second automaton runs
  over the mapped text. Positions line up one-to-one with the plain text, so a fuzzy hit
  still points at the heard characters: ``深井病`` is reported as heard text for ``神经病``.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from .normalize import NormText, normalize_phrase

__all__ = ["FUZZY_PAIRS", "Hit", "Matcher", "fuzzy_pairs", "pinyin_key", "pinyin_tokens"]

FUZZY_PAIRS = ("in/ing", "en/eng", "z/zh", "c/ch", "s/sh", "l/n", "f/h")
EXCLUSION_LOOKBACK = 12          # an exclusion may start this many characters before the hit
MAX_READINGS = 32                # polyphone combinations expanded per fuzzy phrase


def fuzzy_pairs(flag: bool | Iterable[str] | None) -> frozenset[str] | None:
    """Rulebook ``fuzzy`` value → the set of enabled pairs (None: no pinyin matching).

    ``true`` enables all pairs, ``false`` none (exact characters only), a list enables the
    named pairs; an empty list means toneless pinyin homophones only (客服 = 克服)."""
    if flag is None or flag is False:
        return None
    if flag is True:
        return frozenset(FUZZY_PAIRS)
    pairs = frozenset(flag)
    unknown = pairs - set(FUZZY_PAIRS)
    if unknown:
        raise ValueError(f"unknown fuzzy pair(s) {sorted(unknown)}; known: {', '.join(FUZZY_PAIRS)}")
    return pairs


# --- pinyin -----------------------------------------------------------------------------

def _toneless(syllable: str) -> str:
    s = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def pinyin_key(syllable: str, pairs: frozenset[str]) -> str:
    """Toneless syllable folded by the fuzzy pairs: ``shéng`` → ``sen`` with all pairs on."""
    s = _toneless(syllable).lower()
    for full, short, name in (("zh", "z", "z/zh"), ("ch", "c", "c/ch"), ("sh", "s", "s/sh")):
        if name in pairs and s.startswith(full):
            s = short + s[2:]
    if "l/n" in pairs and s.startswith("n") and s not in ("n", "ng"):
        s = "l" + s[1:]
    if "f/h" in pairs and s.startswith("h") and s not in ("hm", "hng"):
        s = "f" + s[1:]
    if "in/ing" in pairs and s.endswith("ing"):
        s = s[:-1]
    if "en/eng" in pairs and s.endswith("eng"):
        s = s[:-1]
    return s


_TOKENS: dict[str, str] = {}


def _token(key: str) -> str:
    tok = _TOKENS.get(key)
    if tok is None:
        tok = _TOKENS[key] = chr(0xE000 + len(_TOKENS))   # Unicode private use area
    return tok


@lru_cache(maxsize=1)
def _readings() -> dict[int, list[str]]:
    from pypinyin.pinyin_dict import pinyin_dict
    return {cp: value.split(",") for cp, value in pinyin_dict.items()}


@lru_cache(maxsize=16)
def _table(pairs: frozenset[str]) -> dict[int, str]:
    """Codepoint → token of its default reading; built once per set of pairs (~0.1 s)."""
    return {cp: _token(pinyin_key(readings[0], pairs)) for cp, readings in _readings().items()}


@lru_cache(maxsize=65536)
def pinyin_tokens(plain: str, pairs: frozenset[str]) -> str:
    """``plain`` with each Hanzi replaced by its pinyin token (same length, same positions)."""
    return plain.translate(_table(pairs))


def _phrase_token_variants(phrase: str, pairs: frozenset[str]) -> list[str]:
    readings = _readings()
    options = []
    for ch in phrase:
        rs = readings.get(ord(ch))
        options.append(sorted({_token(pinyin_key(r, pairs)) for r in rs}) if rs else [ch])
    return ["".join(combo) for combo in itertools.islice(itertools.product(*options), MAX_READINGS)]


# --- matcher ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Hit:
    start: int        # span in NormText.plain
    end: int
    phrase: str       # the rulebook phrase or pattern that matched
    heard: str        # what was heard at that span (NormText.text, punctuation kept)
    fuzzy: bool       # True when the characters differ and only the pinyin matched


class Matcher:
    """Finds phrases/patterns in a :class:`NormText`. Build once, run many times."""

    def __init__(self, phrases: Iterable[str] = (), patterns: Iterable[str] = (),
                 exclude: Iterable[str] = (), fuzzy: bool | Iterable[str] | None = False,
                 fuzzy_min_len: int = 2):
        self.phrases = list(dict.fromkeys(p for p in (normalize_phrase(x) for x in phrases) if p))
        self.patterns = [re.compile(p) for p in patterns]
        self.exclude = [re.compile(p) for p in exclude]
        self.pairs = fuzzy_pairs(fuzzy)
        self._exact = self._fuzzy = None
        exact = self.phrases if self.pairs is None else [p for p in self.phrases if len(p) < fuzzy_min_len]
        if exact:
            self._exact = ahocorasick.Automaton()
            for p in exact:
                self._exact.add_word(p, p)
            self._exact.make_automaton()
        if self.pairs is not None and len(exact) < len(self.phrases):
            self._fuzzy = ahocorasick.Automaton()
            for p in self.phrases:
                if len(p) >= fuzzy_min_len:
                    for variant in _phrase_token_variants(p, self.pairs):
                        if variant not in self._fuzzy:
                            self._fuzzy.add_word(variant, p)
            self._fuzzy.make_automaton()

    def __bool__(self) -> bool:
        return bool(self.phrases or self.patterns)

    def _candidates(self, plain: str) -> list[tuple[int, int, str]]:
        found = []
        if self._exact is not None:
            for end, p in self._exact.iter(plain):
                found.append((end + 1 - len(p), end + 1, p))
        if self._fuzzy is not None:
            for end, p in self._fuzzy.iter(pinyin_tokens(plain, self.pairs)):
                found.append((end + 1 - len(p), end + 1, p))
        for rx in self.patterns:
            for m in rx.finditer(plain):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), rx.pattern))
        return found

    @staticmethod
    def _excluded(rxs, plain: str, start: int, end: int) -> bool:
        for rx in rxs:
            for p in range(max(0, start - EXCLUSION_LOOKBACK), start + 1):
                m = rx.match(plain, p)
                if m is not None and m.end() >= end:
                    return True
        return False

    def find(self, nt: NormText) -> list[Hit]:
        """Non-overlapping hits, leftmost-longest first, exclusions applied."""
        plain = nt.plain
        cands = self._candidates(plain)
        if not cands:
            return []
        if self.exclude:
            active = [rx for rx in self.exclude if rx.search(plain) is not None]
            if active:
                cands = [c for c in cands if not self._excluded(active, plain, c[0], c[1])]
        # exact hits before fuzzy ones on ties: (start, -length, is_fuzzy)
        cands.sort(key=lambda c: (c[0], c[0] - c[1], plain[c[0]:c[1]] != c[2]))
        hits, last_end = [], -1
        for start, end, phrase in cands:
            if start >= last_end:
                heard_plain = plain[start:end]
                is_pattern = phrase not in self.phrases
                hits.append(Hit(start, end, phrase, nt.span(start, end),
                                not is_pattern and heard_plain != phrase))
                last_end = end
        return hits

    def search(self, nt: NormText) -> Hit | None:
        """The first hit, or None."""
        hits = self.find(nt)
        return hits[0] if hits else None
