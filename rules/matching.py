"""Phrase and pattern matching over normalised text, with exclusions and pinyin fuzziness.

A :class:`Matcher` is built once per rulebook load from a phrase set (phrases, regular
expressions, exclusion patterns, fuzzy flag) and then run on many utterances:

* phrases → one Aho-Corasick automaton (``ahocorasick_rs``, a DFA in Rust) over the punctuation-free text;
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
from typing import Iterable

import ahocorasick_rs

from . import phonetic as _phonetic
from .normalize import NormText, bmp_codes, normalize_phrase
from .prefilter import guarded, may_match, required_chars, required_literals

__all__ = ["FUZZY_PAIRS", "Hit", "Matcher", "MatchIndex", "fuzzy_pairs", "pinyin_key", "pinyin_tokens"]

FUZZY_PAIRS = ("in/ing", "en/eng", "z/zh", "c/ch", "s/sh", "l/n", "f/h")
ALL_PAIRS = frozenset(FUZZY_PAIRS)
EXCLUSION_LOOKBACK = 12          # an exclusion may start this many characters before the hit
# an exclusion never reaches across these, and they split a two-character phrase's hit in two words
_CLAUSE_BREAK = re.compile(r"[，。？！；、,.?!;…\s]")
# a sound-alike hit of a matcher that builds hits (phonetic phrases, a scope or exclusions) never
# reaches across written clause punctuation (a hesitation 「……」 or a space may fall inside a word:
# 您须要……什么帮助)
_PUNCT_BREAK = re.compile(r"[，。？！；,.?!;](?![.…])")
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


@lru_cache(maxsize=None)
def pinyin_key(syllable: str, pairs: frozenset[str]) -> str:
    """Toneless syllable folded by the fuzzy pairs: ``shéng`` → ``sen`` with all pairs on.
    Memoised: a rulebook compile asks ~270,000 times about ~1,500 readings (was ~2 CPU s)."""
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
_KEYS: dict[str, str] = {}       # token → key, the inverse of _TOKENS


def _token(key: str) -> str:
    tok = _TOKENS.get(key)
    if tok is None:
        tok = _TOKENS[key] = chr(0xE000 + len(_TOKENS))   # Unicode private use area
        _KEYS[tok] = key
    return tok


def token_table() -> dict[str, str]:
    """This process's syllable tokens so far (key → token): what a compiled rulebook's automata
    were built with, saved beside it in the on-disk cache."""
    return dict(_TOKENS)


def adopt_tokens(table: dict[str, str]) -> bool:
    """Makes the tokens of a rulebook compiled in another process (``table``) this process's,
    and says whether they could be: tokens are numbered in first-use order, so they can when
    every key and every token both know mean the same (the other process numbered more, or
    fewer, in the same order), never when the two orders differ (then compile here)."""
    for key, tok in table.items():
        if _TOKENS.get(key, tok) != tok or _KEYS.get(tok, key) != key:
            return False
    for key, tok in table.items():
        _TOKENS[key] = tok
        _KEYS[tok] = key
    return True


def fold_all(tokens: str) -> str:
    """A token string made with any set of pairs, every token folded further by all of them.

    Folding by more pairs never separates syllables that fewer pairs joined
    (``pinyin_key(pinyin_key(s, P), ALL_PAIRS) == pinyin_key(s, ALL_PAIRS)`` for every syllable
    and every P; a test checks all 128 sets), so a phrase variant that matches a text under its
    own pairs also matches it, folded, under all pairs: one automaton on the all-pairs tokens
    finds a superset of what each matcher's own pairs would, and each candidate is then checked
    under its own pairs."""
    return "".join(_token(pinyin_key(_KEYS[ch], ALL_PAIRS)) if ch in _KEYS else ch for ch in tokens)


# Readings a character has in the dictionary but not in speech: 不 is bù (fǒu, fōu, fū are classical,
# 不 written for 否 and 跗). A phrase searched by sound under them matched what nobody says as it
# (「下单时付清，出发前…」: 付清出 fù qīng chū read as 不清楚 by 不's fū).
_NOT_SPOKEN = {"不": frozenset(("fǒu", "fōu", "fū"))}


@lru_cache(maxsize=1)
def _readings() -> dict[int, list[str]]:
    table = {cp: value.split(",") for cp, value in _phonetic.pinyin_dict().items()}
    for ch, gone in _NOT_SPOKEN.items():
        table[ord(ch)] = [r for r in table[ord(ch)] if r not in gone]
    return table


@lru_cache(maxsize=16)
def _table(pairs: frozenset[str]) -> dict[int, str]:
    """Codepoint → token of its default reading; built once per set of pairs. Tokens are
    numbered in first-use order (which decides variant order), so this walks the same order."""
    tokens: dict[str, str] = {}
    out = {}
    for cp, readings in _readings().items():
        reading = readings[0]
        tok = tokens.get(reading)
        if tok is None:
            tok = tokens[reading] = _token(pinyin_key(reading, pairs))
        out[cp] = tok
    return out


@lru_cache(maxsize=65536)
def pinyin_tokens(plain: str, pairs: frozenset[str]) -> str:
    """``plain`` with each Hanzi replaced by its pinyin token (same length, same positions)."""
    return plain.translate(_table(pairs))


@lru_cache(maxsize=16)
def _np_table(pairs: frozenset[str]):
    """:func:`_table` as a numpy array over the BMP (identity where there is no reading)."""
    import numpy as np
    arr = np.arange(0x10000, dtype=np.uint16)
    for cp, tok in _table(pairs).items():
        if cp < 0x10000:
            arr[cp] = ord(tok)
    return arr


def _pinyin_joined(text: str, pairs: frozenset[str]) -> str:
    """:func:`pinyin_tokens` of a whole call's joined text (line breaks kept), one numpy pass."""
    codes = bmp_codes(text)
    if codes is None:
        return text.translate(_table(pairs))
    return _np_table(pairs).take(codes).tobytes().decode("utf-16-le")


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


def _sound_alike_variants(phrase: str, pairs: frozenset[str]) -> list[str]:
    """Token strings of ``phrase`` (default readings) with one syllable's final moved to a close
    one (:func:`.phonetic.neighbours`): the candidates that :func:`_sounds_alike` then checks."""
    readings = _readings()
    base = []
    for ch in phrase:
        rs = readings.get(ord(ch))
        if not rs:
            return []
        base.append(_phonetic._toneless(rs[0])[0])
    out = []
    for i, syllable in enumerate(base):
        for near in _phonetic.neighbours(syllable):
            out.append("".join(_token(pinyin_key(near if j == i else s, pairs)) for j, s in enumerate(base)))
    return out


def _sounds_alike(heard: str, phrase: str, pairs: frozenset[str]) -> bool:
    """The heard characters are within :data:`.phonetic.MAX_DISTANCE` of ``phrase``, tones counted."""
    readings = _readings()
    key = lambda s: pinyin_key(s, pairs)    # noqa: E731
    total = 0.0
    for h, c in zip(heard, phrase):
        rh, rc = readings.get(ord(h)), readings.get(ord(c))
        if not rh or not rc:
            return False
        total += _phonetic.distance(rh[0], rc, key)
        if total > _phonetic.MAX_DISTANCE:
            return False
    return True


# --- automata ---------------------------------------------------------------------------

class _Automaton:
    """Every occurrence, overlapping ones included, of a fixed set of words in a text, in one
    call into Rust (``ahocorasick_rs``, DFA). pyahocorasick was 2–5× slower on a rulebook's
    merged automaton: it finds the next state by a linear search over a node's children, and
    that root has hundreds.

    The text is searched as UTF-16 bytes, where every character of the Basic Multilingual Plane
    (all Hanzi, and the pinyin tokens) is two bytes, so positions are byte offsets halved; a
    match at an odd offset straddles two characters and is dropped. That is ~35 % faster than
    letting the library map UTF-8 offsets back to characters. Text beyond the BMP (surrogate
    pairs) takes the character path."""
    __slots__ = ("values", "_words", "_bytes", "_chars")

    def __init__(self, words: dict[str, object]):
        self.values = list(words.values())
        self._words = list(words)
        self._build()

    def _build(self) -> None:
        self._bytes = ahocorasick_rs.BytesAhoCorasick([w.encode("utf-16-le") for w in self._words],
                                                      implementation=ahocorasick_rs.Implementation.DFA)
        self._chars = None

    def __getstate__(self):
        """Pickled (a compiled rulebook in the on-disk cache) as its words: the automata are
        Rust objects, rebuilt on loading (milliseconds)."""
        return self.values, self._words

    def __setstate__(self, state) -> None:
        self.values, self._words = state
        self._build()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(word number, start, end) of every occurrence; positions in characters."""
        found, shift = self.find_raw(text)
        if not shift:
            return found
        return [(w, s >> 1, e >> 1) for w, s, e in found if not s & 1]

    def find_raw(self, text: str, data: bytes | None = None) -> tuple[list[tuple[int, int, int]], int]:
        """:meth:`find` before positions are made character positions: ``(matches, 1)`` when
        they are UTF-16 byte offsets (halve them, drop odd ones), ``(matches, 0)`` when they are
        character positions already (text beyond the BMP). ``data``: ``text`` as UTF-16-LE when
        the caller has it (a call's code points, or its pinyin tokens, from numpy)."""
        if data is None:
            data = text.encode("utf-16-le")
        if len(data) == 2 * len(text):
            return self._bytes.find_matches_as_indexes(data, overlapping=True), 1
        if self._chars is None:
            self._chars = ahocorasick_rs.AhoCorasick(self._words, implementation=ahocorasick_rs.Implementation.DFA)
        return self._chars.find_matches_as_indexes(text, overlapping=True), 0


# --- matcher ------------------------------------------------------------------------------

class Hit:
    """One match: ``start``/``end`` (span in ``NormText.plain``), ``phrase`` (the rulebook phrase
    or pattern), ``heard`` (the evidence text at that span, punctuation kept; computed on first
    use) and ``fuzzy`` (True when only the pinyin matched)."""
    __slots__ = ("start", "end", "phrase", "fuzzy", "_nt", "_heard")

    def __init__(self, start: int, end: int, phrase: str, nt: NormText, fuzzy: bool):
        self.start, self.end, self.phrase, self.fuzzy, self._nt, self._heard = start, end, phrase, fuzzy, nt, None

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


# A gate's characters are not filed by the call's automaton pass: the pattern masks below say
# the same of every pattern (one numpy pass), and filing them cost more (费 吗 收: ~70 filings a
# 5-minute call, ~3 % of the rules bench). A matcher asked about many turns without the masks
# finds those holding its gate characters in the call's joined text (``_CallMap.holding``) when
# they are few (``^喂`` with 还: 2): a few ``str.find`` instead of a test per turn. Many common
# characters (元块角毛) would cost more.
GATE_LOOKUP_TURNS, GATE_LOOKUP_CHARS = 16, 2
# A matcher with patterns asked about this many turns of a call or more reads which utterances
# may match from the call's pattern masks (MatchIndex.pattern_masks: one numpy pass per call for
# all matchers) instead of testing its needs in each turn (~130 tests a 5-minute call).
MASK_TURNS = 8
# A pattern's required literals join the call's automaton pass when each is this long or longer:
# two-character ones (套餐, 收费, 什么, 谢谢) are common words, whose filing cost more than the
# searches they saved.
LITERAL_MIN_LEN = 3


@lru_cache(maxsize=1)
def _single_char_counts() -> dict[str, int]:
    """jieba's dictionary counts of the characters that are words of their own. Loading that
    dictionary costs ~0.2–0.5 CPU s (:mod:`.segmenter`), and a rulebook compile needs only these few thousand counts:
    they are kept in the on-disk cache (:mod:`.cache`), keyed by the dictionary file's path,
    size and modification time. The counts only choose gates (speed), never a result."""
    import os
    import sys
    from .cache import cached_json, package_file
    from .segmenter import jieba

    def build() -> dict[str, int]:
        tokenizer = jieba().dt
        return {w: n for w, n in tokenizer.FREQ.items() if len(w) == 1 and n}

    if "jieba" in sys.modules:            # imported: its tokenizer may use another dictionary
        tokenizer = sys.modules["jieba"].dt
        if tokenizer.initialized or tokenizer.dictionary is not None:
            return build()
    # not yet imported (~0.2 CPU s), so still on its default dictionary: the file next to it
    path = package_file("jieba", "dict.txt")
    try:
        st = os.stat(path)
    except (OSError, TypeError):
        return build()
    counts = cached_json("jieba-chars", [path, st.st_size, st.st_mtime_ns], build)
    if not (isinstance(counts, dict) and all(type(n) is int for n in counts.values())):
        return build()                    # an entry damaged by hand: not trusted
    return counts


def _char_frequency(ch: str) -> int:
    """How common a character is as a word of its own (jieba's dictionary counts)."""
    return _single_char_counts().get(ch, 0)


def _gate(needs: tuple[tuple[str, ...], ...]) -> str | None:
    """The characters of every pattern's rarest need (by jieba's dictionary counts: 病 before
    你 and 有): a text without any of them can match no pattern. ``ch in text`` per character
    runs at memory speed, where a character-class regex scan of a whole call cost more than the
    patterns themselves. None when some pattern needs nothing known."""
    if not needs:
        return None
    chars: set[str] = set()
    for sets in needs:
        if not sets:
            return None
        chars.update(min(sets, key=lambda s: sum(_char_frequency(ch) for ch in s)))
    return "".join(sorted(chars))


def _rarest(needs: tuple[str, ...]) -> str:
    """The rarest single character of :func:`.prefilter.required_chars`' ``needs`` (jieba's counts),
    or "" (in every text) when no need is one character."""
    single = [chars for chars in needs if len(chars) == 1]
    return min(single, key=_char_frequency) if single else ""


class Matcher:
    """Finds phrases/patterns in a :class:`NormText`. Build once, run many times."""

    def __init__(self, phrases: Iterable[str] = (), patterns: Iterable[str] = (),
                 exclude: Iterable[str] = (), fuzzy: bool | Iterable[str] | None = False,
                 fuzzy_min_len: int = 2, scope=None, phonetic: bool = False):
        self.scope = scope if scope else None      # a :class:`~.scope.Scope` asked of each hit, or None
        self.phrases = list(dict.fromkeys(p for p in (normalize_phrase(x) for x in phrases) if p))
        self._phrase_set = frozenset(self.phrases)
        self.patterns = [re.compile(p) for p in patterns]
        self.exclude = [guarded(re.compile(p)) for p in exclude]
        # each exclusion with a character its every match holds (the rarest known, "" if none):
        # most utterances lack it, and ``ch in text`` costs a fraction of a search
        self._exclusions = [(rx, _rarest(required_chars(re.compile(p)))) for rx, p in zip(self.exclude, exclude)]
        # same matches, faster (guarded), each with the characters it needs (prefilter.required_chars)
        self._searches = [(guarded(rx), rx.pattern, required_chars(rx)) for rx in self.patterns]
        self.pairs = fuzzy_pairs(fuzzy)
        self._exact = self._fuzzy = None
        exact = self.phrases if self.pairs is None else [p for p in self.phrases if len(p) < fuzzy_min_len]
        if exact:
            self._exact = _Automaton({p: p for p in exact})
        fuzzy_phrases = [p for p in self.phrases if p not in exact] if self.pairs is not None else []
        # phrases long enough to be matched by sound as well (one syllable's final misheard),
        # particles not counted: 瞎了吗 is one syllable of sound, and 修了吗 is 装修了吗
        self._phonetic = frozenset(p for p in fuzzy_phrases
                                   if _phonetic.content_syllables(p) >= _phonetic.MIN_SYLLABLES) \
            if phonetic else frozenset()
        if fuzzy_phrases:
            variants: dict[str, str] = {}
            for p in fuzzy_phrases:
                for variant in self.variants(p):
                    variants.setdefault(variant, p)       # the first phrase per variant
            self._fuzzy = _Automaton(variants)
        self._exact_phrases = exact
        self._fuzzy_phrases = fuzzy_phrases
        # a sound-alike hit never reaches across written clause punctuation: checked where hits are
        # built anyway (a grave phrase's matcher, or one with a scope or exclusions: every path of
        # theirs goes through find or the candidates), so the fast paths of the others are kept
        builds_hits = bool(self._phonetic or self.scope is not None or self.exclude)
        self._unbroken_only = bool(fuzzy_phrases) and builds_hits
        # (round 22) … nor does a two-character phrase's exact hit reach across punctuation or a space, in
        # the same matchers: 「这么厉害 我基础…」 holds 害 我, two words, not 害我
        self._pairs_unbroken = any(len(p) == 2 for p in self.phrases) and builds_hits
        self._words_checked = self._unbroken_only or self._pairs_unbroken
        # one pass of one regex tells whether any pattern can match (most turns: none)
        self._any_pattern = (guarded(re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns)))
                             if len(self.patterns) > 1 else (self._searches[0][0] if self.patterns else None))
        # per pattern, characters its every match contains one of each: when no pattern has all it
        # needs in a call or a turn, no search there (asked per pattern, not of the joined one,
        # whose needs are only what all patterns share: 「你」 or 「脑」 is no filter, 「病」 is)
        self._needs = tuple(needs for _, _, needs in self._searches)
        self._search_fns = tuple(rx.search for rx, _, _ in self._searches)   # bound once, not per call
        self._gate = _gate(self._needs)
        self._index: MatchIndex | None = None
        self._id = -1
        self._need_ids: tuple | None = None    # _needs as character numbers (MatchIndex)
        self._literal_at: tuple = ()      # (pattern number, key where MatchIndex files its literals)
        self._rows = 0                    # number of its first pattern in MatchIndex.pattern_masks
        self._known: tuple | None = None  # (call map, per-pattern utterance bits) of the last call masked

    def __bool__(self) -> bool:
        return bool(self.phrases or self.patterns)

    def variants(self, phrase: str) -> list[str]:
        """The pinyin token strings a fuzzy ``phrase`` is searched as (every reading; with
        ``phonetic``, also one syllable's final moved to a close one)."""
        out = _phrase_token_variants(phrase, self.pairs)
        if phrase in self._phonetic:
            out += _sound_alike_variants(phrase, self.pairs)
        return out

    def _candidates(self, nt: NormText) -> list[tuple[int, int, str]]:
        plain = nt.plain
        index = self._index
        found = []
        if index is not None:             # the rulebook's merged automata (MatchIndex)
            # MatchIndex.lookup inlined for the common case (as in could_match): a method call
            # here and there, ~100 times per call, measured 3 % of the whole rules bench
            call_map = nt._map
            call = call_map.found.get(index) if call_map is not None else None
            if call is not None:
                k = nt._k
            else:
                call, k = index.lookup(nt)
            turns = call.get(self._id)
            if turns is not None:
                hits = turns.get(k)
                if hits is not None:
                    found = hits.copy()
        else:
            if self._exact is not None:
                values = self._exact.values
                for w, s, e in self._exact.find(plain):
                    found.append((s, e, values[w]))
            if self._fuzzy is not None:
                values = self._fuzzy.values
                for w, s, e in self._fuzzy.find(pinyin_tokens(plain, self.pairs)):
                    found.append((s, e, values[w]))
        pattern = self._any_pattern
        if pattern is None:
            return found
        known = self._known
        if known is not None and known[0] is nt._map:
            # the call's pattern masks (:meth:`_chosen`): only the patterns that may match in this
            # utterance are run; the others have no match here (a need or a required literal is absent)
            k = nt._k
            for b, (rx, source, _) in zip(known[1], self._searches):
                if b >> k & 1:
                    for m in rx.finditer(plain):
                        if m.end() > m.start():
                            found.append((m.start(), m.end(), source))
        elif self._may(plain) and pattern.search(plain) is not None:
            for rx, source, needs in self._searches:
                if may_match(needs, plain):
                    for m in rx.finditer(plain):
                        if m.end() > m.start():
                            found.append((m.start(), m.end(), source))
        return found

    def _may_turns(self, masks: list[int]) -> list[int]:
        """:meth:`_may` of every utterance of a call at once, per pattern, as bit sets (bit k:
        utterance k): those holding one character of each of the pattern's needs, and one of its
        required literals when it has some (found by the call's automaton pass: a pattern that
        needs only 你 and 是 is rarely worth a search in every turn that has them) — this
        matcher's rows of ``masks`` (:meth:`MatchIndex.pattern_masks`). The gate is one need per
        pattern, so it adds nothing here; a pattern without needs: all."""
        return masks[self._rows:self._rows + len(self.patterns)]

    def _may(self, text: str) -> bool:
        """False when no pattern can match in ``text`` (one lacks a character it needs)."""
        gate = self._gate
        if gate is not None:
            for ch in gate:
                if ch in text:
                    break
            else:
                return False
        for needs in self._needs:
            if may_match(needs, text):
                return True
        return False

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
        if self._phonetic:                  # a sound-alike candidate must pass the tone-aware distance
            kept, phonetic, phrases = [], self._phonetic, self._phrase_set
            for c in cands:
                if c[2] not in phonetic:    # most candidates: no text sliced for them
                    kept.append(c)
                    continue
                heard = plain[c[0]:c[1]]
                if heard == c[2] or _sounds_alike(heard, c[2], self.pairs):
                    kept.append(c)
                elif heard in phrases:      # another phrase said exactly, whose pinyin key a sound-alike
                    kept.append((c[0], c[1], heard))   # variant took (替你害臊 under 替您害臊's)
            cands = kept
            if not cands:
                return []
        if self._words_checked:             # a hit is one word heard: never split by punctuation (after the
            # re-attribution above, so a phrase said exactly is judged as itself)
            cands = self._whole_words(nt, cands)
            if not cands:
                return []
        if self.exclude:
            active = [rx for rx, ch in self._exclusions if ch in plain and rx.search(plain) is not None]
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
        if self.scope is not None:          # asked of the few hits only
            scope, text = self.scope, nt.text
            hits = [h for h in hits if scope.allows(text, nt.pos(h.start), nt.pos(h.end - 1) + 1)]
        return hits

    def _whole_words(self, nt: NormText, cands: list) -> list:
        """Candidates less the phrase hits that punctuation splits into two words, for the
        matchers whose hits are built anyway (``phonetic``, a scope or exclusions; the others
        keep their fast paths) — matching ignores punctuation, the words do not:

        * a sound-alike hit (heard text other than the phrase) across a clause break
          (``_unbroken_only``; round 20 for the gravest phrases, widened in round 21):
          「已经到您楼下了，马上上楼」 holds 「下了，马」 (xià le mǎ), not 瞎了吗, and 「是复合的？我家…」
          holds 「合的？我」, not 害得我;
        * a two-character phrase's hit split by punctuation or a space (``_pairs_unbroken``,
          round 22): 「这么厉害 我基础…」 holds 害 我, two words, not 害我."""
        plain, phrases = nt.plain, self._phrase_set
        sound_alikes, pairs = self._unbroken_only, self._pairs_unbroken

        def split(start: int, end: int, phrase: str) -> bool:
            if phrase not in phrases:
                return False
            if sound_alikes and plain[start:end] != phrase and _PUNCT_BREAK.search(nt.span(start, end)):
                return True
            return pairs and end - start == 2 and bool(_CLAUSE_BREAK.search(nt.span(start, end)))
        return [c for c in cands if not split(*c)]

    def matches(self, nt: NormText) -> bool:
        """True when :meth:`find` would return a hit (without building the hits)."""
        if self.scope is not None:
            return self.could_match(nt) and bool(self.find(nt))
        if not self.exclude and not self._phonetic:
            return self.could_match(nt)
        if self._phonetic:
            return bool(self.find(nt))
        cands = self._candidates(nt)
        if cands and self._words_checked:
            cands = self._whole_words(nt, cands)
        if not cands:
            return False
        plain = nt.plain
        active = [rx for rx, ch in self._exclusions if ch in plain and rx.search(plain) is not None]
        return not active or any(not self._excluded(active, nt, c[0], c[1]) for c in cands)

    def shown(self, hit: "Hit") -> str:
        """What a finding quotes for ``hit``: its rulebook phrase, or, for a pattern's hit, what
        was said (a QA lead reads 「那你想好了再打来吧」, not the regular expression)."""
        return hit.phrase if hit.phrase in self._phrase_set else hit.heard

    def could_match(self, nt: NormText) -> bool:
        """A candidate exists (before exclusions and scope): False when :meth:`find` is sure to
        return nothing; without exclusions and scope, True when it returns a hit."""
        index = self._index
        if index is None:
            return bool(self._candidates(nt))
        call_map = nt._map
        call = call_map.found.get(index) if call_map is not None else None
        if call is not None:
            k = nt._k
        else:
            call, k = index.lookup(nt)
        turns = call.get(self._id)
        if turns is not None and k in turns:
            return True
        pattern = self._any_pattern
        return pattern is not None and self._may(nt.plain) and pattern.search(nt.plain) is not None

    def scan(self, turns) -> list:
        """``(turn, hits)`` for every turn that has a hit (turns are NormTexts: a
        :class:`~.context.Turn`); the fast way to run one matcher over many utterances."""
        out = []
        find = self.find
        for t in self._chosen(turns):
            hits = find(t)
            if hits:
                out.append((t, hits))
        return out

    def first(self, turns):
        """The first of ``turns`` with a hit, or None: :meth:`scan` stopping there, the search
        tried only in the turns that may hold one (:meth:`candidate_turns`)."""
        find = self.find
        for t in self._chosen(turns):
            if find(t):
                return t
        return None

    def candidate_turns(self, turns) -> list:
        """The turns of ``turns`` that may hold a hit — every turn :meth:`scan` finds one in, and
        perhaps more: what the call's automaton pass and pattern masks say, no hit built."""
        return self._chosen(turns)

    def matching_turns(self, turns) -> list:
        """The turns of ``turns`` in which :meth:`matches` is true, without building hits when
        there are no exclusions, scope or sound-alike checks (candidates are then hits)."""
        if self._index is None:
            return [t for t in turns if self.matches(t)]
        chosen = self._chosen(turns)
        if self.scope is None and not self.exclude and not self._phonetic:
            return chosen
        return [t for t in chosen if self.find(t)]

    def _chosen(self, turns) -> list:
        """The turns that may hold a hit (a candidate before exclusions and scope). ``turns``
        come from one call: when they were normalised together (a call's turns), the turns with
        a phrase candidate are known from the call's one automaton pass, and a phrase-only
        matcher with none anywhere in the call returns at once."""
        index = self._index
        if index is None:
            return list(turns)
        mid, pattern = self._id, self._any_pattern
        call = gated = bits = None
        if turns:
            call_map = turns[0]._map
            if call_map is not None and call_map is turns[-1]._map:
                call = index.lookup(turns[0])[0]
                if pattern is not None:
                    if (self._need_ids is not None and len(turns) >= MASK_TURNS
                          and (masks := index.pattern_masks(call_map)) is not None):
                        # per pattern, bit k: utterance k has what it needs (passes _may)
                        may = self._may_turns(masks)
                        self._known = (call_map, may)      # for find's candidates in this call
                        searches = [(b, search) for b, search in zip(may, self._search_fns) if b]
                        bits = 0
                        for b, _ in searches:
                            bits |= b
                        if not bits:
                            pattern = None
                    elif not self._may(call_map.plain):
                        pattern = None      # no pattern can match anywhere in the call
                    elif (self._gate is not None and len(self._gate) <= GATE_LOOKUP_CHARS
                          and len(turns) >= GATE_LOOKUP_TURNS):
                        gated = call_map.holding(self._gate)   # the utterances holding a gate character
        if call is None:
            return [t for t in turns if self.could_match(t)]
        # normalised with its call: the turns with a phrase candidate are known
        ks = call.get(mid, ())
        if pattern is None:
            return [t for t in turns if t._k in ks] if ks else []
        if bits is not None:
            # the joined pattern matches where one of its patterns does: only those whose needs
            # the utterance has are tried (the tariff's 20 patterns: ~8 µs a search joined)
            out = []
            for t in turns:
                k = t._k
                if k in ks:
                    out.append(t)
                elif bits >> k & 1:
                    plain = t.plain
                    for b, search in searches:
                        if b >> k & 1 and search(plain) is not None:
                            out.append(t)
                            break
            return out
        may = self._may
        return [t for t in turns if t._k in ks
                or ((gated is None or t._k in gated) and may(t.plain) and pattern.search(t.plain) is not None)]

    def found_in(self, turns) -> bool:
        """True when any of ``turns`` (NormTexts, e.g. turns) has a hit: ``bool(scan(turns))`` without building hits."""
        matches = self.matches
        for t in turns:
            if matches(t):
                return True
        return False

    def search(self, nt: NormText) -> Hit | None:
        """The first hit, or None."""
        hits = self.find(nt)
        return hits[0] if hits else None


# What a rulebook's merged automata found in a call or in one utterance (MatchIndex.lookup):
# matcher number → utterance number → [(start, end, phrase)], positions in the utterance's plain
# text, exact candidates first. The utterances with a candidate are the inner dict's keys.
_Candidates = dict[int, dict[int, list[tuple[int, int, str]]]]
_NEVER = float("inf")
# Under this and below (one key per pattern): the utterances holding one of a pattern's required
# literals (:func:`.prefilter.required_literals`).
_LITERAL_KEYS = -(1 << 20)


def _file(by: _Candidates, found: list, shift: int, entries: list, joined: str, starts: list[int]) -> None:
    """Files one automaton's matches (``found``, :meth:`_Automaton.find_raw`) of a call's joined
    text under their matchers and utterances (utterance-relative positions). ~250 entries a
    5-minute call: the loop does no more than it must per entry (an exact automaton's entries
    have nothing to check, and only a fuzzy one's are translated)."""
    n = len(starts)
    # matches come in order of their ends, so the utterance number only grows: it moves
    # on when a match starts past the next utterance's start (bisect otherwise)
    k, off, nxt = 0, 0, starts[1] if n > 1 else _NEVER
    turns_of = by.get
    for w, s, e in found:
        if shift:                       # UTF-16 byte offsets: odd ones straddle two characters
            if s & 1:
                continue
            s >>= 1
            e >>= 1
        if s >= nxt or s < off:
            k = bisect_right(starts, s) - 1
            off, nxt = starts[k], starts[k + 1] if k + 1 < n else _NEVER
        heard = None
        for mid, table, phrase, variant in entries[w]:
            if table is not None:
                # a fuzzy candidate is one under all pairs; the matcher's own pairs decide (a
                # few characters translated here cost less than a pass per set of pairs)
                if heard is None:
                    heard = joined[s:e]
                if heard.translate(table) != variant:
                    continue
            turns = turns_of(mid)
            if turns is None:
                by[mid] = {k: [(s - off, e - off, phrase)]}
            else:
                hits = turns.get(k)
                if hits is None:
                    turns[k] = [(s - off, e - off, phrase)]
                else:
                    hits.append((s - off, e - off, phrase))


def _bit_sets(words) -> list[int]:
    """Rows of a numpy ``<u8`` array (64 utterances a word) as Python ints (bit k: utterance k)."""
    if words.shape[1] == 1:
        return words[:, 0].tolist()
    data, width = words.tobytes(), 8 * words.shape[1]       # more than 64 utterances
    return [int.from_bytes(data[j * width:(j + 1) * width], "little") for j in range(len(words))]


class MatchIndex:
    """Every phrase of every :class:`Matcher` of a rulebook in two automata — the exact one over
    the characters, one fuzzy one over pinyin tokens folded by all fuzzy pairs (each candidate
    then checked under its matcher's own pairs) — run once per utterance, or once per call
    (:meth:`prepare`); each matcher then reads its own candidates instead of running its own
    automata. Same results, a fraction of the work."""

    def __init__(self, matchers: Iterable[Matcher]):
        self.matchers = []
        exact: dict[str, list[tuple[int, str]]] = {}
        fuzzy: dict[str, list[tuple[int, frozenset, str, str]]] = {}
        for m in matchers:
            if m._index is not None:
                continue
            m._index, m._id = self, len(self.matchers)
            self.matchers.append(m)
            for p in m._exact_phrases:              # same shape as fuzzy entries: nothing to check
                exact.setdefault(p, []).append((m._id, None, p, p))
            seen: set[str] = set()
            for p in m._fuzzy_phrases:
                for variant in m.variants(p):
                    if variant not in seen:           # a matcher keeps its first phrase per variant
                        seen.add(variant)
                        # the table that checks a candidate under the matcher's own pairs (None: all
                        # pairs, the automaton's own folding, nothing to check)
                        table = None if m.pairs == ALL_PAIRS else _table(m.pairs)
                        fuzzy.setdefault(fold_all(variant), []).append((m._id, table, p, variant))
        # the characters the patterns need, numbered from 1, for pattern_masks
        chars: dict[str, int] = {}
        literal = _LITERAL_KEYS
        for m in self.matchers:
            if m.patterns:
                m._need_ids = tuple(tuple(tuple(chars.setdefault(ch, len(chars) + 1) for ch in need)
                                          for need in needs) for needs in m._needs)
                # each pattern's required literals, filed under a key of its own (_LITERAL_KEYS and below)
                keys = []
                for rx in m.patterns:
                    words = [w for w in required_literals(rx, LITERAL_MIN_LEN) if "\n" not in w]
                    keys.append(literal if words else None)
                    for w in words:
                        exact.setdefault(w, []).append((literal, None, w, w))
                    literal -= bool(words)
                m._literal_at = tuple((j, key) for j, key in enumerate(keys) if key is not None)
        self._exact = _Automaton({w: tuple(v) for w, v in exact.items()}) if exact else None
        self._fuzzy = _Automaton({w: tuple(v) for w, v in fuzzy.items()}) if fuzzy else None
        self._n_chars = len(chars)
        self._char_ids = None
        if chars and all(ord(ch) < 0x10000 for ch in chars):
            import numpy as np
            self._char_ids = np.zeros(0x10000, dtype=np.intp)
            for ch, i in chars.items():
                self._char_ids[ord(ch)] = i
            self._need_matrices(chars)
        else:
            for m in self.matchers:
                m._need_ids = None

    def _need_matrices(self, chars: dict[str, int]) -> None:
        """Every pattern's needs (of the matchers with ``_need_ids``) as flat index arrays, so
        that one call's per-pattern masks (:meth:`pattern_masks`) are two numpy reductions
        instead of a Python loop over ~150 patterns and their needs (a tenth of the bench):
        ``_need_chars`` / ``_need_starts`` — the character numbers of each distinct need, one
        need after another, and where each starts; ``_pattern_needs`` / ``_pattern_starts`` —
        the same of each pattern's needs (patterns that need nothing are left out: listed in
        ``_free``, they may match anywhere)."""
        import numpy as np
        rows: dict[tuple[int, ...], int] = {}
        patterns: list[list[int]] = []
        for m in self.matchers:
            if m._need_ids is not None:
                m._rows = len(patterns)
                patterns.extend(sorted({rows.setdefault(ids, len(rows)) for ids in needs}) for needs in m._need_ids)
        self._n_patterns = len(patterns)
        needs = list(rows)
        self._need_chars = np.array([c for ids in needs for c in ids], dtype=np.intp)
        self._need_starts = np.cumsum([0] + [len(ids) for ids in needs[:-1]], dtype=np.intp)
        needed = [p for p in patterns if p]
        self._pattern_needs = np.array([r for p in needed for r in p], dtype=np.intp)
        self._pattern_starts = np.cumsum([0] + [len(p) for p in needed[:-1]], dtype=np.intp)
        self._needy = np.array([j for j, p in enumerate(patterns) if p], dtype=np.intp)
        self._free = [j for j, p in enumerate(patterns) if not p]
        # the patterns with required literals: their row, by the key the automaton files them under
        self._literal_row = {key: m._rows + j for m in self.matchers if m._need_ids is not None
                             for j, key in m._literal_at}
        self._literal_rows = np.array(sorted(self._literal_row.values()), dtype=np.intp)

    def pattern_masks(self, call_map) -> list[int] | None:
        """Per pattern (numbered as in :meth:`_need_matrices`), the utterances of the call that
        hold one character of each of its needs and, when it has required literals, one of them
        (found by the call's automaton pass), as a bit set (bit k: utterance k): one numpy pass
        over the call's joined plain text, kept in its map. None when the text has characters
        beyond the BMP (then each turn is tested). The literals are applied here, once per call
        for every pattern (all rows zeroed at once, the few whose literals were found set back),
        not pattern by pattern in each matcher (:meth:`Matcher._may_turns`)."""
        key = (self, "masks")
        found = call_map.found
        if key in found:
            return found[key]
        import numpy as np
        masks = None
        codes = call_map.codes if self._char_ids is not None else None
        if codes is not None:
            starts = call_map.starts
            width = (len(starts) + 63) // 64 * 64
            # row = character number (0: the other characters), column = utterance number
            lengths = np.diff(np.append(np.asarray(starts), len(codes)))
            at = self._char_ids.take(codes) * width + np.repeat(np.arange(len(starts)), lengths)
            held = np.zeros((self._n_chars + 1, width), dtype=bool)
            held.ravel()[at] = True
            chars = np.packbits(held, axis=1, bitorder="little").view("<u8")   # character × word
            words = np.zeros((self._n_patterns, chars.shape[1]), dtype="<u8")  # pattern × word
            if self._needy.size:
                # a need is met where the utterance holds one of its characters; a pattern may
                # match where all its needs are met
                met = np.bitwise_or.reduceat(chars[self._need_chars], self._need_starts, axis=0)
                words[self._needy] = np.bitwise_and.reduceat(met[self._pattern_needs], self._pattern_starts, axis=0)
            words[self._free] = np.uint64(0xFFFFFFFFFFFFFFFF)
            literal: list = []      # (row, utterances holding one of its literals) of those found
            kept: list[int] = []    # their masks before the literals
            if self._literal_rows.size:
                call = found.get(self)
                if call is None:
                    call = found[self] = self._find(call_map.plain, starts, codes)
                row_of = self._literal_row
                literal = [(row_of[k], ks) for k, ks in call.items() if k <= _LITERAL_KEYS and k in row_of]
                kept = _bit_sets(words[[row for row, _ in literal]]) if literal else []
                words[self._literal_rows] = 0
            masks = _bit_sets(words)
            for (row, ks), held in zip(literal, kept):
                bits = 0
                for k in ks:
                    bits |= 1 << k
                masks[row] = held & bits
        found[key] = masks
        return masks

    def _find(self, joined: str, starts: list[int], codes=None) -> _Candidates:
        """Runs both automata once over ``joined`` (the plain texts of utterances starting at
        ``starts``, separated by line breaks, which no phrase contains); files each candidate
        under its matcher and utterance with utterance-relative positions, exact ones first.
        No intermediate list: with ~70 candidates in a 5-minute call, filing is most of this step."""
        by: _Candidates = {}
        passes = []
        if self._exact is not None:
            passes.append((self._exact, self._exact.find_raw(joined, None if codes is None else codes.tobytes())))
        if self._fuzzy is not None:
            if codes is None:
                passes.append((self._fuzzy, self._fuzzy.find_raw(_pinyin_joined(joined, ALL_PAIRS))))
            else:                           # the tokens' UTF-16 straight from numpy, no str between
                data = _np_table(ALL_PAIRS).take(codes).tobytes()
                passes.append((self._fuzzy, self._fuzzy.find_raw(joined, data)))
        for automaton, (found, shift) in passes:
            _file(by, found, shift, automaton.values, joined, starts)
        return by

    def lookup(self, nt: NormText) -> tuple[_Candidates, int]:
        """What the automata found around ``nt``, and its number there: its call's candidates
        (one pass over the call's joined plain text, on first use by any of its utterances) or,
        for an utterance normalised on its own, its own (kept in its cache)."""
        m = nt._map
        if m is not None:
            call = m.found.get(self)
            if call is None:
                call = m.found[self] = self._find(m.plain, m.starts, m.codes)
            return call, nt._k
        cache = nt.cache
        entry = cache.get(self)
        if entry is None:
            entry = cache[self] = (self._find(nt.plain, [0]), 0)
        return entry

    def prepare(self, texts: list[NormText]) -> None:
        """Finds the candidates now instead of on first use (``bench.rules`` times this step
        apart): once per call for texts normalised together, once per text otherwise."""
        for nt in texts:
            self.lookup(nt)
