"""Numbers as people say them: digit runs in any written form, and numbers read over several turns.

A transcript holds a phone number as ``13912345678``, ``139 1234 5678``, ``一三九一二三四五六七八``,
``幺三九…`` (幺 1, 两 2, and in radio style 拐 7, 勾 9, 洞 0) or a mix, and a customer often reads it in groups over two or three turns while the
agent says 嗯 in between. :func:`digit_runs` finds every run of digits in one text, in whatever
form, with where each digit sits; :func:`chains` links the runs one speaker says back to back
(only punctuation or filler words between them, across that speaker's consecutive turns), so a
recogniser can try every window of a chain as one number.

Quantities are not runs: a numeral touching 十/百/千/万 (五十八), or followed by a unit
(58元, 3个月, 2026年, 5G), is an amount, date or duration, never a phone or card number.
"""
from __future__ import annotations

import functools
import re
import string
from typing import NamedTuple

from .joined import Joined

__all__ = ["DIGIT_VALUES", "Run", "digit_runs", "call_runs", "joined_runs", "chains", "turn_order", "previous_turn"]

# Every character that stands for one digit when a number is read out (幺 = 1, 两 = 2).
DIGIT_VALUES = {**{str(d): str(d) for d in range(10)},
                **{chr(0xFF10 + d): str(d) for d in range(10)},
                "零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
                "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "兩": "2",
                # radio-style readings: 幺两三四五六拐八勾洞
                "拐": "7", "勾": "9", "洞": "0"}
_CHECK_X = set("xXｘＸ叉")                     # an ID number's last character
_SEPARATORS = set(" \t\u3000-—–－,，、_杠")   # inside one spoken/written number (杠: a spoken dash)
# groups written with dots (not 3.5, 3.2.1): [0-9]{3,}(?:\.[0-9]{3,}){2,}, in _RUN below
_MAGNITUDE = set("十百千万亿拾佰仟萬點点.")    # a numeral next to these is an amount (五十八, 3.5)
# A run followed by one of these (after an optional 个) is a quantity, date, time or address part.
_UNIT = re.compile(r"个?(?:元|块|角|毛|分|秒|钟|月|日|号|年|岁|天|周|小时|次|张|条|台|部|位|倍|折|期|楼|层|"
                   r"栋|幢|室|单元|户|G|g|M|兆|米|斤|度|%|％|:|：)")
# What may follow a unit-less run's last digit for _UNIT to match (its first characters), and
# what next to a run makes it an amount or a code: checked by a set lookup before the pattern.
_UNIT_FIRST = frozenset("个元块角毛分秒钟月日号年岁天周小次张条台部位倍折期楼层栋幢室单户GgM兆米斤度%％:：")
_NOT_BESIDE = frozenset(_MAGNITUDE | set(string.ascii_letters))


class Run(NamedTuple):
    """Digits found in one text: ``digits`` ('0'–'9', 'X' last for an ID), the text span
    [start, end), and the position in the text of each digit. A named tuple: a long call
    holds ~130 runs (every 一 of 一下 is one), and a frozen dataclass cost 3× to build and hash."""
    seg: int
    start: int
    end: int
    digits: str
    positions: tuple[int, ...]


def _char_class(chars) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_D, _S, _X = _char_class(DIGIT_VALUES), _char_class(_SEPARATORS), _char_class(_CHECK_X)
# One run: digits with separators between them, maybe an X glued to the end; or groups written
# with dots (tried first at a position). Written to start with one digit class, the same
# matches as ``dotted|digits…`` would find: the regex engine then skips from digit to digit
# instead of trying both branches at every character (the pattern's cost per call nearly halves).
_RUN = re.compile(rf"{_D}(?:(?<=[0-9])[0-9]{{2,}}(?:\.[0-9]{{3,}}){{2,}}|(?:{_S}*{_D})*(?:{_X}(?![A-Za-z]))?)")


def digit_runs(text: str, seg: int = 0) -> list[Run]:
    """Every run of digits in ``text`` that could be part of a personal number.

    Digits in any form may be mixed and separated by spaces, dashes or commas; an ID number's
    X (叉) may end a run. Quantities (a numeral touching 十/百/千/万, or followed by a unit) and
    codes glued to Latin letters (A1023, 5G) are skipped."""
    runs: list[Run] = []
    n = len(text)
    for m in _RUN.finditer(text):
        run = _run(text, m, 0, n, seg)
        if run is not None:
            runs.append(run)
    return runs


def call_runs(texts: list[str]) -> list[list[Run]]:
    """:func:`digit_runs` of each of a call's texts (``runs[i]`` of ``texts[i]``, the same
    runs) from one pass of the pattern over the joined call, not one per text (half the cost):
    the joint is no digit, separator, X or dot, so no match spans two texts, and each match is
    judged within its own text's bounds."""
    return joined_runs(Joined(texts))


def joined_runs(joined: Joined) -> list[list[Run]]:
    """:func:`call_runs` of the texts of ``joined`` (when the caller has joined them already)."""
    texts, text = joined.texts, joined.text
    runs: list[list[Run]] = [[] for _ in texts]
    i, lo, hi = -1, 0, -1
    for m in _RUN.finditer(text):
        start, end = m.span()
        if start > hi:            # past the current text: find which one holds it
            i = joined.index(start)
            lo, hi = joined.starts[i], joined.starts[i] + len(texts[i])
        digits = m.group().translate(_TO_DIGITS)
        if len(digits) == end - start:      # digits only (五 of 五十, 一 of 一下, 139…): _run's checks inline
            before = text[start - 1] if start > lo else ""
            after = text[end] if end < hi else ""
            if before != "." and after != ".":      # a dot is judged by _run
                if before in _NOT_BESIDE or after in _NOT_BESIDE:
                    continue                          # an amount (五十八) or a code (A1023)
                if len(digits) < 7 and after in _UNIT_FIRST and _UNIT.match(text, end, hi):
                    continue                          # a quantity (3个月)
                runs[i].append(Run(i, start - lo, end - lo, digits, tuple(range(start - lo, end - lo))))
                continue
        run = _run(text, m, lo, hi, i)
        if run is not None:
            runs[i].append(run)
    return runs


# A match's digits as '0'–'9': every digit form mapped, separators, dots and the X dropped.
_TO_DIGITS = str.maketrans({**DIGIT_VALUES, **{c: None for c in _SEPARATORS | _CHECK_X | {"."}}})


def _run(text: str, m: re.Match, lo: int, hi: int, seg: int) -> Run | None:
    """The run of match ``m`` in the text ``text[lo:hi]`` (positions counted from ``lo``), or
    None when it is a quantity or part of a code."""
    start, end = m.span()
    group = m.group()
    digits = group.translate(_TO_DIGITS)
    if len(digits) == end - start:                  # digits only, the usual case
        positions = range(start - lo, end - lo)
    else:
        positions = [p - lo for p in range(start, end) if text[p] in DIGIT_VALUES]
        if text[end - 1] in _CHECK_X:
            if len(digits) >= 2:
                digits += "X"
                positions.append(end - 1 - lo)
            else:
                end -= 1
    before = text[start - 1] if start > lo else ""
    after = text[end] if end < hi else ""
    if before == "." and ("." in group or not (start - 2 >= lo and text[start - 2] in DIGIT_VALUES)):
        before = ""                 # 2026-11-21/13912345678.wav: a dot, not a decimal point
    if after == "." and not (end + 1 < hi and text[end + 1] in DIGIT_VALUES):
        after = ""
    if before in _NOT_BESIDE or after in _NOT_BESIDE:      # an amount (五十八, 3.5) or a code (A1023, 5G)
        return None
    if len(digits) < 7 and after in _UNIT_FIRST and _UNIT.match(text, end, hi):
        return None
    return Run(seg, start - lo, end - lo, digits, tuple(positions))


def _fillers_pattern(fillers: list[str]) -> re.Pattern:
    return _fillers_compiled(tuple(fillers))


@functools.lru_cache(maxsize=16)
def _fillers_compiled(fillers: tuple[str, ...]) -> re.Pattern:
    """Compiled once per list of fillers (it was compiled for every call: 40 % of redaction)."""
    words = "|".join(re.escape(w) for w in sorted(fillers, key=len, reverse=True))
    return re.compile(rf"(?:{words})*" if words else "")


_PUNCT = re.compile(r"[\W_]+")


def _only_fillers(text: str, fillers: re.Pattern) -> bool:
    return fillers.fullmatch(_PUNCT.sub("", text)) is not None


def turn_order(segments: list[dict]) -> list[int]:
    """The segments' indices in the order they were said (by start time; ties in list order).
    One sort per call, shared by the steps that walk the call in time."""
    starts = [float(seg["start"]) for seg in segments]
    return sorted(range(len(segments)), key=starts.__getitem__)


def previous_turn(segments: list[dict], order: list[int], r: int) -> int | None:
    """The segment said last by the speaker of the ``r``-th segment in ``order`` before it (None:
    their first). Looked up from the few turns that need it rather than tracked over every turn."""
    speaker = segments[order[r]].get("speaker") or "unknown"
    for q in range(r - 1, -1, -1):
        j = order[q]
        if (segments[j].get("speaker") or "unknown") == speaker:
            return j
    return None


def chains(segments: list[dict], runs: list[list[Run]], fillers: list[str],
           max_gap_s: float, order: list[int] | None = None) -> list[list[Run]]:
    """The runs of a call linked into chains: consecutive runs of one speaker with only
    punctuation or ``fillers`` between them, within a turn or across that speaker's next turn
    (at most ``max_gap_s`` later), whatever the other side said in between.

    ``segments`` are dicts with speaker, start, end, text; ``runs[i]`` are segment i's runs;
    ``order``: :func:`turn_order` of the segments, when the caller has it."""
    pattern = _fillers_pattern(fillers)
    order = order if order is not None else turn_order(segments)
    open_chain: dict[str, list[Run]] = {}    # speaker → the chain their last run belongs to
    out: list[list[Run]] = []
    for r, i in enumerate(order):
        if not runs[i]:             # most turns
            continue
        seg = segments[i]
        speaker = seg.get("speaker") or "unknown"
        text = seg["text"] or ""
        chain = open_chain.get(speaker)
        last = previous_turn(segments, order, r) if chain is not None else None    # only a chain to continue needs it
        if chain is not None and last is not None:
            prev = segments[last]
            tail = (prev["text"] or "")[chain[-1].end:] if chain[-1].seg == last else None
            first = runs[i][0]
            gap = float(seg["start"]) - float(prev["end"])
            if not (tail is not None and gap <= max_gap_s and _only_fillers(tail, pattern)
                    and _only_fillers(text[:first.start], pattern)):
                chain = None
        else:
            chain = None
        for run in runs[i]:
            if chain is not None and chain[-1].seg == i and not _only_fillers(text[chain[-1].end:run.start], pattern):
                chain = None
            if chain is None:
                chain = []
                out.append(chain)
            chain.append(run)
        open_chain[speaker] = chain
    return out
