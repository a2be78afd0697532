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
from bisect import bisect_right
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable

import ahocorasick

from .normalize import NormText, normalize_phrase

__all__ = ["FUZZY_PAIRS", "Hit", "Matcher", "MatchIndex", "fuzzy_pairs", "pinyin_key", "pinyin_tokens"]

FUZZY_PAIRS = ("in/ing", "en/eng", "z/zh", "c/ch", "s/sh", "l/n", "f/h")
EXCLUSION_LOOKBACK = 12          # an exclusion may start this many characters before the hit
_CLAUSE_BREAK = re.compile(r"[，。？！；、,.?!;…\s]")   # an exclusion never reaches across these
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


@lru_cache(maxsize=16)
def _np_table(pairs: frozenset[str]):
    """:func:`_table` as a numpy array over the BMP (identity where there is no reading)."""
    import numpy as np
    arr = np.arange(0x10000, dtype=np.uint32)
    for cp, tok in _table(pairs).items():
        if cp < 0x10000:
            arr[cp] = ord(tok)
    return arr


def _pinyin_joined(text: str, pairs: frozenset[str]) -> str:
    """:func:`pinyin_tokens` of a whole call's joined text (line breaks kept), one numpy pass."""
    import numpy as np
    cps = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    if cps.size == 0 or int(cps.max()) >= 0x10000:
        return text.translate(_table(pairs))
    return _np_table(pairs)[cps].tobytes().decode("utf-32-le")


def pinyin_tokens_many(plains: list[str], pairs: frozenset[str]) -> list[str]:
    """:func:`pinyin_tokens` for many texts in one numpy pass (same results)."""
    import numpy as np
    if not plains:
        return []
    joined = "\n".join(plains)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    if cps.size == 0 or int(cps.max()) >= 0x10000:
        return [pinyin_tokens(p, pairs) for p in plains]
    out = _np_table(pairs)[cps].tobytes().decode("utf-32-le").split("\n")
    return out if len(out) == len(plains) else [pinyin_tokens(p, pairs) for p in plains]


def _phrase_token_variants(phrase: str, pairs: frozenset[str]) -> list[str]:
    readings = _readings()
    options = []
    for ch in phrase:
        rs = readings.get(ord(ch))
        if not rs:
            options.append([ch])
            continue
        # The default reading first: when MAX_READINGS cuts the product short, the variant the
        # text is tokenised with (default readings, see _table) must be the one that survives.
        default = _token(pinyin_key(rs[0], pairs))
        options.append([default] + sorted({_token(pinyin_key(r, pairs)) for r in rs} - {default}))
    return ["".join(combo) for combo in itertools.islice(itertools.product(*options), MAX_READINGS)]


# --- matcher ------------------------------------------------------------------------------

class Hit:
    """One match: ``start``/``end`` (span in ``NormText.plain``), ``phrase`` (the rulebook phrase
    or pattern), ``heard`` (the evidence text at that span, punctuation kept; computed on first
    use) and ``fuzzy`` (True when only the pinyin matched)."""
    __slots__ = ("start", "end", "phrase", "fuzzy", "_nt", "_heard")

    def __init__(self, start: int, end: int, phrase: str, heard: str | NormText, fuzzy: bool):
        self.start, self.end, self.phrase, self.fuzzy = start, end, phrase, fuzzy
        if isinstance(heard, str):
            self._nt, self._heard = None, heard
        else:
            self._nt, self._heard = heard, None

    @property
    def heard(self) -> str:
        if self._heard is None:
            self._heard = self._nt.span(self.start, self.end)
        return self._heard

    def _key(self):
        return (self.start, self.end, self.phrase, self.heard, self.fuzzy)

    def __eq__(self, other) -> bool:
        return isinstance(other, Hit) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Hit({self.start}, {self.end}, {self.phrase!r}, {self.heard!r}, fuzzy={self.fuzzy})"


class Matcher:
    """Finds phrases/patterns in a :class:`NormText`. Build once, run many times."""

    def __init__(self, phrases: Iterable[str] = (), patterns: Iterable[str] = (),
                 exclude: Iterable[str] = (), fuzzy: bool | Iterable[str] | None = False,
                 fuzzy_min_len: int = 2):
        self.phrases = list(dict.fromkeys(p for p in (normalize_phrase(x) for x in phrases) if p))
        self._phrase_set = frozenset(self.phrases)
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
        self._exact_phrases = exact
        self._fuzzy_phrases = [p for p in self.phrases if p not in exact] if self._fuzzy is not None else []
        # one pass of one regex tells whether any pattern can match (most turns: none)
        self._any_pattern = (re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns))
                             if len(self.patterns) > 1 else (self.patterns[0] if self.patterns else None))
        self._index: MatchIndex | None = None
        self._id = -1

    def __bool__(self) -> bool:
        return bool(self.phrases or self.patterns)

    def _candidates(self, nt: NormText) -> list[tuple[int, int, str]]:
        plain = nt.plain
        index = self._index
        cache = nt._cache
        entry = cache.get(index) if index is not None and cache is not None else None
        if entry is not None:             # prepared with its call (MatchIndex.prepare)
            found = []
            if self._id in entry[0]:
                mid, by = self._id, entry[1]
                if self._exact is not None:
                    c = by.get(None)
                    if c is not None and mid in c:
                        found.extend(c[mid])
                if self._fuzzy is not None:
                    c = by.get(self.pairs)
                    if c is not None and mid in c:
                        found.extend(c[mid])
        elif index is not None:           # the rulebook's merged automata, run once per turn
            found = []
            if self._exact is not None:
                c = index.exact(nt).get(self._id)
                if c:
                    found.extend(c)
            if self._fuzzy is not None:
                c = index.fuzzy(nt, self.pairs).get(self._id)
                if c:
                    found.extend(c)
        else:
            found = []
            if self._exact is not None:
                for end, p in self._exact.iter(plain):
                    found.append((end + 1 - len(p), end + 1, p))
            if self._fuzzy is not None:
                for end, p in self._fuzzy.iter(pinyin_tokens(plain, self.pairs)):
                    found.append((end + 1 - len(p), end + 1, p))
        if self._any_pattern is not None and self._any_pattern.search(plain) is not None:
            for rx in self.patterns:
                for m in rx.finditer(plain):
                    if m.end() > m.start():
                        found.append((m.start(), m.end(), rx.pattern))
        return found

    @staticmethod
    def _excluded(rxs, nt: NormText, start: int, end: int) -> bool:
        """A hit is excused when an exclusion covers it within one clause: 「不知道，你去问…」
        must not read as the polite 「不知道你…」 just because matching ignores punctuation."""
        plain = nt.plain
        for rx in rxs:
            for p in range(max(0, start - EXCLUSION_LOOKBACK), start + 1):
                m = rx.match(plain, p)
                if m is not None and m.end() >= end and not _CLAUSE_BREAK.search(nt.span(m.start(), m.end())):
                    return True
        return False

    def find(self, nt: NormText) -> list[Hit]:
        """Non-overlapping hits, leftmost-longest first, exclusions applied."""
        cands = self._candidates(nt)
        if not cands:
            return []
        plain = nt.plain
        if self.exclude:
            active = [rx for rx in self.exclude if rx.search(plain) is not None]
            if active:
                cands = [c for c in cands if not self._excluded(active, nt, c[0], c[1])]
        # exact hits before fuzzy ones on ties: (start, -length, is_fuzzy)
        if len(cands) > 1:
            cands.sort(key=lambda c: (c[0], c[0] - c[1], plain[c[0]:c[1]] != c[2]))
        hits, last_end, phrases = [], -1, self._phrase_set
        for start, end, phrase in cands:
            if start >= last_end:
                is_pattern = phrase not in phrases
                hits.append(Hit(start, end, phrase, nt, not is_pattern and plain[start:end] != phrase))
                last_end = end
        return hits

    def matches(self, nt: NormText) -> bool:
        """True when :meth:`find` would return a hit (without building the hits)."""
        if not self.exclude:
            return self.could_match(nt)
        cands = self._candidates(nt)
        if not cands:
            return False
        if not self.exclude:
            return True
        plain = nt.plain
        active = [rx for rx in self.exclude if rx.search(plain) is not None]
        return not active or any(not self._excluded(active, nt, c[0], c[1]) for c in cands)

    def could_match(self, nt: NormText) -> bool:
        """A candidate exists (before exclusions): False when :meth:`find` is sure to return
        nothing; without exclusions, True when it returns a hit."""
        index = self._index
        if index is None:
            return bool(self._candidates(nt))
        cache = nt._cache
        entry = cache.get(index) if cache is not None else None
        if entry is not None:                     # prepared with the call: one set lookup
            if self._id in entry[0]:
                return True
        else:
            if self._exact is not None and self._id in index.exact(nt):
                return True
            if self._fuzzy is not None and self._id in index.fuzzy(nt, self.pairs):
                return True
        return self._any_pattern is not None and self._any_pattern.search(nt.plain) is not None

    def scan(self, turns) -> list:
        """``(turn, hits)`` for every turn (anything with a ``norm``) that has a hit; the fast
        way to run one matcher over many utterances."""
        out = []
        index = self._index
        if index is None:
            for t in turns:
                hits = self.find(t.norm)
                if hits:
                    out.append((t, hits))
            return out
        mid, pattern = self._id, self._any_pattern
        for t in turns:
            nt = t.norm
            cache = nt._cache
            entry = cache.get(index) if cache is not None else None
            if entry is not None:                 # prepared: the matchers with a candidate here
                if mid not in entry[0] and (pattern is None or pattern.search(nt.plain) is None):
                    continue
            elif not self.could_match(nt):
                continue
            hits = self.find(nt)
            if hits:
                out.append((t, hits))
        return out

    def search(self, nt: NormText) -> Hit | None:
        """The first hit, or None."""
        hits = self.find(nt)
        return hits[0] if hits else None


# an utterance without candidates (read-only, shared by every such utterance)
_NO_HITS = MappingProxyType({})
_NO_ENTRY = (frozenset(), MappingProxyType({}))


class MatchIndex:
    """Every phrase of every :class:`Matcher` of a rulebook in one exact automaton (and one per
    set of fuzzy pairs), run once per utterance on first use; each matcher then reads its own
    candidates instead of running its own automaton. Same results, a fraction of the calls.
    """

    def __init__(self, matchers: Iterable[Matcher]):
        self.matchers = []
        exact: dict[str, list[tuple[int, str]]] = {}
        fuzzy: dict[frozenset, dict[str, list[tuple[int, str]]]] = {}
        for m in matchers:
            if m._index is not None:
                continue
            m._index, m._id = self, len(self.matchers)
            self.matchers.append(m)
            for p in m._exact_phrases:
                exact.setdefault(p, []).append((m._id, p))
            if m._fuzzy_phrases:
                table = fuzzy.setdefault(m.pairs, {})
                seen: set[str] = set()
                for p in m._fuzzy_phrases:
                    for variant in _phrase_token_variants(p, m.pairs):
                        if variant not in seen:           # a matcher keeps its first phrase per variant
                            seen.add(variant)
                            table.setdefault(variant, []).append((m._id, p))
        self._exact = self._automaton(exact)
        self._fuzzy = {pairs: self._automaton(table) for pairs, table in fuzzy.items()}

    @staticmethod
    def _automaton(words: dict[str, list[tuple[int, str]]]):
        if not words:
            return None
        a = ahocorasick.Automaton()
        for word, entries in words.items():
            a.add_word(word, (len(word), tuple(entries)))
        a.make_automaton()
        return a

    @staticmethod
    def _scan(automaton, text: str) -> dict[int, list[tuple[int, int, str]]]:
        out: dict[int, list[tuple[int, int, str]]] = {}
        if automaton is None:
            return out
        for end, (n, entries) in automaton.iter(text):
            span = (end + 1 - n, end + 1)
            for mid, phrase in entries:
                hits = out.get(mid)
                if hits is None:
                    out[mid] = [(span[0], span[1], phrase)]
                else:
                    hits.append((span[0], span[1], phrase))
        return out

    def exact(self, nt: NormText) -> dict[int, list[tuple[int, int, str]]]:
        cache = nt.cache
        entry = cache.get(self)
        if entry is not None:                     # prepared with its call
            return entry[1].get(None, _NO_HITS)
        key = (self, None)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self._scan(self._exact, nt.plain)
        return found

    def fuzzy(self, nt: NormText, pairs: frozenset) -> dict[int, list[tuple[int, int, str]]]:
        cache = nt.cache
        entry = cache.get(self)
        if entry is not None:
            return entry[1].get(pairs, _NO_HITS)
        key = (self, pairs)
        found = cache.get(key)
        if found is None:
            found = cache[key] = self._scan(self._fuzzy.get(pairs), pinyin_tokens(nt.plain, pairs))
        return found

    def prepare(self, texts: list[NormText]) -> None:
        """Runs the merged automata once over a whole call instead of once per utterance.

        The utterances' plain texts are joined with line breaks (no phrase contains one, so no
        match crosses utterances). Each automaton runs once over that text — the exact one on
        the characters, each fuzzy one on their pinyin tokens (one numpy pass) — and each hit
        goes back to its utterance with utterance-relative positions.

        Per utterance, ``cache[index]`` then holds ``(ids, found)``: the ids of the matchers
        with a candidate there (what :meth:`Matcher.scan` / :meth:`Matcher.could_match` read)
        and, per automaton (``None`` for exact, else the fuzzy pairs), what :meth:`exact` /
        :meth:`fuzzy` would compute for the utterance alone."""
        n = len(texts)
        if not n:
            return
        plains = [nt.plain for nt in texts]
        if any("\n" in p for p in plains):       # not from normalize(): utterance by utterance
            for nt in texts:
                nt.cache.pop(self, None)
                found = {None: self.exact(nt), **{pairs: self.fuzzy(nt, pairs) for pairs in self._fuzzy}}
                nt.cache[self] = ({mid for f in found.values() for mid in f}, found)
            return
        joined = "\n".join(plains)
        starts = list(itertools.accumulate((len(p) + 1 for p in plains[:-1]), initial=0))
        entries: list = [None] * n
        if self._exact is not None:
            self._scan_call(self._exact, None, joined, starts, entries)
        for pairs, automaton in self._fuzzy.items():
            if automaton is not None:
                self._scan_call(automaton, pairs, joined, starts, entries)
        for nt, entry in zip(texts, entries):
            cache = nt._cache
            if cache is None:
                nt._cache = {self: entry or _NO_ENTRY}
            else:
                cache[self] = entry or _NO_ENTRY

    def _scan_call(self, automaton, pairs, joined: str, starts: list[int], entries: list) -> None:
        """One automaton over a call's joined text; each hit is filed in its utterance's entry."""
        text = joined if pairs is None else _pinyin_joined(joined, pairs)
        for end, (n, entries_) in automaton.iter(text):
            s = end + 1 - n
            k = bisect_right(starts, s) - 1
            s -= starts[k]
            entry = entries[k]
            if entry is None:
                entry = entries[k] = (set(), {})
            found = entry[1].get(pairs)
            if found is None:
                found = entry[1][pairs] = {}
            ids = entry[0]
            for mid, phrase in entries_:
                hits = found.get(mid)
                if hits is None:
                    found[mid] = [(s, s + n, phrase)]
                    ids.add(mid)
                else:
                    hits.append((s, s + n, phrase))
