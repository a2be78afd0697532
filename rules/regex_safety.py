"""A rulebook pattern must not hang the night: refuse regular expressions that backtrack
without bound, with a message a QA lead can act on.

Python's ``re`` backtracks. A pattern such as ``(a+)+$`` tries exponentially many ways to split
a run of ``a`` before it gives up (measured: 7.5 s at 26 characters, no end at 5,000), and the
nightly run scores every agent turn with it. Rulebooks are edited by QA leads, so a pattern is
checked when the rulebook loads (``callqa rules test``, ``run``, ``rescore`` all load it) and
refused when its shape allows catastrophic backtracking:

* a repeat inside a repeat (``(a+)+``, ``(\\d*)*``, ``(ab{1,9}){2,}``) — the classic exponential case;
* alternatives that can start alike under an unbounded repeat (``(a|aa)+``, ``(.|x)*``);
* back-references (``(a)\\1``), which no linear-time engine can run;
* more than :data:`MAX_UNBOUNDED` unbounded repeats (``.*`` ``\\d+`` ``{2,}``) in a row in one
  pattern: each multiplies the work by the turn's length (``.*.*.*x`` is cubic).

What is left (bounded repeats ``.{0,20}``, optional groups, look-arounds over fixed text) runs in
time linear in the turn's length times a constant set by the pattern. Look-arounds are kept: the
default rulebook's exclusions need them, which is why the engine stays Python's ``re`` (with the
first-character guard of :mod:`.prefilter`) rather than RE2, which has none.
"""
from __future__ import annotations

import re

try:                                   # Python ≥ 3.11
    from re import _constants as _sre_c, _parser as _sre_parse
except ImportError:                    # pragma: no cover - Python 3.10
    import sre_constants as _sre_c     # type: ignore[no-redef]
    import sre_parse as _sre_parse     # type: ignore[no-redef]

from .prefilter import _first, _Unbounded

__all__ = ["UnsafePattern", "check_pattern", "MAX_UNBOUNDED"]

MAX_UNBOUNDED = 2
_MAXREPEAT = _sre_c.MAXREPEAT
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


class UnsafePattern(ValueError):
    """A pattern whose matching time can grow without bound on a long turn."""


def _source(pattern: str, what: str) -> str:
    return f"pattern {pattern!r} can take exponential time on a long turn ({what})"


def _walk(seq, pattern: str, inside_repeat: bool, unbounded_outer: bool) -> int:
    """Raises on an unsafe shape; returns the most unbounded repeats a match passes through in
    sequence (alternatives take the largest, not the sum: only repeats in a row multiply)."""
    degree = 0
    for op, av in seq:
        op = str(op)
        if op in ("GROUPREF", "GROUPREF_EXISTS"):
            raise UnsafePattern(f"pattern {pattern!r} uses a back-reference, which cannot run in linear time; "
                                "write the repeated text out")
        if op in _REPEATS:
            lo, hi, sub = av
            repeats = hi > 1
            unbounded = hi == _MAXREPEAT
            if repeats and inside_repeat and (unbounded or unbounded_outer):   # bounded in bounded: a constant
                raise UnsafePattern(_source(pattern, "a repeat inside a repeat, like (a+)+; repeat the inner "
                                                     "part once, e.g. a+ instead of (a+)+"))
            degree += unbounded + _walk(sub, pattern, inside_repeat or repeats, unbounded_outer or unbounded)
        elif op == "SUBPATTERN":
            degree += _walk(av[3], pattern, inside_repeat, unbounded_outer)
        elif op == "ATOMIC_GROUP":
            degree += _walk(av, pattern, inside_repeat, unbounded_outer)
        elif op == "BRANCH":
            alternatives = av[1]
            if unbounded_outer and len(alternatives) > 1:
                try:
                    firsts = [_first(alt)[0] for alt in alternatives]
                except _Unbounded:
                    firsts = None
                if firsts is None or any(a & b for i, a in enumerate(firsts) for b in firsts[i + 1:]) \
                        or any(not f for f in firsts):
                    raise UnsafePattern(_source(pattern, "alternatives that can start alike under an unbounded "
                                                         "repeat, like (a|aa)+; make them start differently"))
            degree += max(_walk(alt, pattern, inside_repeat, unbounded_outer) for alt in alternatives)
        elif op in ("ASSERT", "ASSERT_NOT"):
            degree = max(degree, _walk(av[1], pattern, inside_repeat, unbounded_outer))
    return degree


def check_pattern(pattern: str) -> None:
    """Raises :class:`UnsafePattern` (a ``ValueError`` saying why and how to rewrite it) when
    ``pattern`` can backtrack without bound; ``re.error`` when it is not a regular expression."""
    degree = _walk(_sre_parse.parse(pattern), pattern, False, False)
    if degree > MAX_UNBOUNDED:
        raise UnsafePattern(f"pattern {pattern!r} has {degree} unbounded repeats (+, *, {{n,}}) in a row; at most "
                            f"{MAX_UNBOUNDED} keep it fast on a long turn — bound the others, e.g. .{{0,20}}")
