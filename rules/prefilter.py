"""A first-character guard for rulebook regular expressions: same matches, fewer tries.

Python's ``re`` skips ahead to a possible first character only when every alternative of a
pattern starts with a plain literal. A rulebook pattern list joined into one alternation
(``次月|下个?月|从.{1,12}(起|开始)|\\d+(月|号|日)(起|开始)|(?<!一)起…``) never does, so a search tries
every alternative at every position. :func:`guarded` works out the set of characters a match
can start with and puts it in front as a lookahead, ``(?=[次下从\\d起…])(?:…)``: positions that
cannot start a match are now rejected by one set test. Measured on the default rulebook's
``start`` patterns over agent turns: 4.1 → 1.7 µs per search.

Zero-width lookahead, original pattern unchanged inside a non-capturing group: every match,
span and group is the same (a test compares them on random texts). A pattern whose first
character cannot be bounded (``.``, negated sets, case-insensitive, back-references, or one that
can match the empty string) is returned as it is.

:func:`required_chars` goes further: sets of characters of which every match contains one each
(``你(是不是)?有毛?病`` needs 你, 有 and 病). When one set has no character in a text, no
search is needed; ``ch in text`` runs at memory speed (~0.05 µs over a whole 5-minute call,
against ~0.4 µs for one regex search in one utterance).
"""
from __future__ import annotations

import re

try:                                   # Python ≥ 3.11
    from re import _parser as _sre_parse
except ImportError:                    # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse     # type: ignore[no-redef]

__all__ = ["guarded", "first_chars", "required_chars", "may_match"]

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}       # anchors and look-arounds consume nothing
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


class _Unbounded(Exception):
    """The first character of a match can be (almost) anything."""


def _char(cp: int) -> str:
    return f"\\U{cp:08x}"


def _item(op: str, av) -> str:
    """One element of a character set, as character-class source."""
    if op == "LITERAL":
        return _char(av)
    if op == "RANGE":
        return f"{_char(av[0])}-{_char(av[1])}"
    if op == "CATEGORY" and str(av) in _CATEGORIES:
        return _CATEGORIES[str(av)]
    raise _Unbounded(op)


def _first(seq) -> tuple[set[str], bool]:
    """(class items a match of ``seq`` can start with, whether ``seq`` can match empty)."""
    items: set[str] = set()
    for op, av in seq:
        op = str(op)
        if op in ("LITERAL", "IN"):
            if op == "LITERAL":
                items.add(_char(av))
            else:
                items.update(_item(str(o), a) for o, a in av)
            return items, False
        if op in _ZERO_WIDTH:
            continue
        if op == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE:
                raise _Unbounded(op)
            first, empty = _first(sub)
        elif op == "ATOMIC_GROUP":
            first, empty = _first(av)
        elif op == "BRANCH":
            first, empty = set(), False
            for alternative in av[1]:
                f, e = _first(alternative)
                first |= f
                empty = empty or e
        elif op in _REPEATS:
            lo, _hi, sub = av
            first, empty = _first(sub)
            empty = empty or lo == 0
        else:                            # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …
            raise _Unbounded(op)
        items |= first
        if not empty:
            return items, False
    return items, True


def _worth_guarding(seq) -> bool:
    """True when a search tries many things at each position: the pattern starts with a
    look-around, or with alternatives that do not all start with a literal (those ``re`` scans
    for by itself, as it does a leading literal, set or single-character repeat like ``\\d+``;
    a guard in front of those measured slower)."""
    while seq and str(seq[0][0]) == "SUBPATTERN":
        seq = seq[0][1][3]
    if not seq:
        return False
    op, av = seq[0]
    op = str(op)
    if op == "BRANCH":
        return not all(alt and str(alt[0][0]) == "LITERAL" for alt in av[1])
    return op in ("ASSERT", "ASSERT_NOT")


def _tree(pattern: re.Pattern):
    """``pattern``'s parse tree, or None when nothing is said of it here (case-insensitive,
    bytes, or not parseable)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None


def _first_class(tree) -> str | None:
    try:
        items, empty = _first(tree)
    except _Unbounded:
        return None
    if empty or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def first_chars(pattern: re.Pattern) -> str | None:
    """Character-class source (``[…]``) for the characters a match of ``pattern`` can start
    with, or None when that cannot be bounded."""
    tree = _tree(pattern)
    return None if tree is None else _first_class(tree)


def guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a lookahead on its possible first characters (see the module doc);
    the pattern itself when there is nothing to gain or the guard cannot be built."""
    tree = _tree(pattern)
    chars = None if tree is None else _first_class(tree)
    if chars is None or not _worth_guarding(tree):
        return pattern
    try:
        return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
    except re.error:                     # e.g. global inline flags, which must come first
        return pattern


_FEW = 16        # a set of more characters than this is not worth testing one by one


def _required(seq) -> list[frozenset[str]]:
    """Character sets of which every match of ``seq`` contains one each (possibly none known)."""
    out: list[frozenset[str]] = []
    for op, av in seq:
        out.extend(_required_one(str(op), av))
    return out


def _required_one(op: str, av) -> list[frozenset[str]]:
    if op == "LITERAL":
        return [frozenset(chr(av))]
    if op == "IN":
        chars: set[str] = set()
        for o, a in av:
            o = str(o)
            if o == "LITERAL":
                chars.add(chr(a))
            elif o == "RANGE" and a[1] - a[0] < _FEW:
                chars.update(map(chr, range(a[0], a[1] + 1)))
            else:                        # a category (\d), a negation, a wide range
                return []
        return [frozenset(chars)] if len(chars) <= _FEW else []
    if op == "SUBPATTERN":
        return [] if av[1] & re.IGNORECASE else _required(av[3])
    if op == "ATOMIC_GROUP":
        return _required(av)
    if op == "ASSERT":                   # a positive look-around: the text around the match holds it
        return _required(av[1])          # ((?<=摊上)您…: no match in a text without 摊 and 上)
    if op in _REPEATS:
        return _required(av[2]) if av[0] >= 1 else []
    if op == "BRANCH":                   # one of each alternative's sets, joined
        alternatives = [_required(alt) for alt in av[1]]
        if not all(alternatives):
            return []
        shared = set(alternatives[0]).intersection(*alternatives[1:])
        if shared:                       # needed by every alternative: (没|不)长脑子|有没有脑子 needs 脑
            return sorted(shared, key=sorted)
        joined = frozenset().union(*(min(sets, key=len) for sets in alternatives))
        return [joined] if len(joined) <= _FEW else []
    return []                            # zero-width, any character, back-reference: nothing known


def required_chars(pattern: re.Pattern) -> tuple[str, ...]:
    """Strings of characters: every text ``pattern`` matches in contains at least one character of
    each — in the match, or in a positive look-around beside it (empty when nothing can be said,
    e.g. case-insensitive patterns)."""
    tree = _tree(pattern)
    if tree is None:
        return ()
    sets = _required(tree)
    return tuple(sorted({"".join(sorted(s)) for s in sets}, key=lambda s: (len(s), s)))   # single characters first


def may_match(needs: tuple[str, ...], text: str) -> bool:
    """False when ``text`` lacks every character of one of ``needs`` (:func:`required_chars`):
    then the pattern cannot match in it."""
    for chars in needs:
        for ch in chars:
            if ch in text:
                break
        else:
            return False
    return True


# --- required literals: strings every match contains one of ------------------------------

_MAX_STRINGS = 64    # a literal set larger than this is given up (an automaton word each)


def _best(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two literal sets: longest shortest string, then fewer strings."""
    if a is None or (b is not None and (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a))):
        return b
    return a


def _literals(seq) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """(``exact``: every string ``seq`` can match, when few and all literal, else None;
    ``need``: a set of strings every match contains one of, else None)."""
    best: frozenset[str] | None = None
    run: frozenset[str] | None = frozenset([""])     # the strings of the literal stretch so far
    for op, av in seq:
        exact, need = _literals_one(str(op), av)
        best = _best(best, need)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(r + x for r in run for x in exact)
            continue
        if run is not None and "" not in run:
            best = _best(best, run)       # the stretch ends: its strings are needed
        run = exact
    if run is not None and "" not in run:
        best = _best(best, run)
    return (run if len(seq) and run is not None and _only(seq, run) else None), best


def _only(seq, run) -> bool:
    """True when ``run`` is all that ``seq`` matches (every item was literal: no stretch ended)."""
    for op, av in seq:
        if _literals_one(str(op), av)[0] is None:
            return False
    return True


def _literals_one(op: str, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
    if op == "LITERAL":
        return frozenset(chr(av)), None
    if op == "IN":
        if all(str(o) == "LITERAL" for o, _ in av) and len(av) <= 8:
            return frozenset(chr(a) for _, a in av), None
        return None, None
    if op == "SUBPATTERN":
        return (None, None) if av[1] & re.IGNORECASE else _literals(av[3])
    if op == "BRANCH":
        parts = [_literals(alt) for alt in av[1]]
        exact = None
        if all(e is not None for e, _ in parts):
            exact = frozenset().union(*(e for e, _ in parts))
            if len(exact) > _MAX_STRINGS:
                exact = None
        # each alternative's own need, or its whole strings when it is literal
        needs = [_best(n, e if e is not None and "" not in e else None) for e, n in parts]
        need = None
        if all(n is not None for n in needs):
            need = frozenset().union(*needs)
            if len(need) > _MAX_STRINGS:
                need = None
        return exact, need
    if op in _REPEATS:
        lo, hi, sub = av
        exact, need = _literals(sub)
        if lo == 0 and hi == 1 and exact is not None:
            return exact | {""}, None              # optional: the strings, or nothing
        if lo == 1 and hi == 1:
            return exact, need
        return None, (need if lo >= 1 else None)
    return None, None                    # zero-width, any character, back-reference: nothing known


def required_literals(pattern: re.Pattern, min_len: int = 2) -> tuple[str, ...]:
    """Strings every match of ``pattern`` contains one of (``(你|您)这(脑子|智商)`` → 你这脑子,
    你这智商, 您这脑子, 您这智商), each at least ``min_len`` characters long; empty when nothing
    that long is known. What an automaton can look for in a whole call at once: a turn holding
    none of them needs no search."""
    tree = _tree(pattern)
    if tree is None:
        return ()
    _, need = _literals(tree)
    if need is None or min(map(len, need)) < min_len:
        return ()
    return tuple(sorted(need))
