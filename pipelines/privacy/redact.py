"""Finding personal data in a call and writing masked copies of everything that leaves memory.

The rules score the unredacted call in memory (some checks need the number, e.g. that the agent
verified it); :func:`redact_call` then finds every personal item — numbers by their digits
across the turns they were read in, e-mail addresses, street addresses, names — and returns
masked copies of the segments, the findings' heard text and the call metadata, plus the spans
(with times, for silencing review clips). :func:`redact_result` does the same to a
:class:`~callqa.pipelines.record.CallResult`, the one place the writer calls before it builds rows.
"""
from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from itertools import accumulate, groupby

from callqa.rules.normalize import normalize_numbers, to_halfwidth, to_simplified

from .caller import caller_key, hash_caller
from .config import PrivacyConfig, load_privacy_config
from .digits import Run, call_runs, chains, digit_runs, joined_runs, previous_turn, turn_order
from .joined import Joined
from .recognisers import (NUMBER_CHECKS, TEXT_FINDERS, cue_texts, given_name_explanations, has_text_cue, name_answer,
                          name_questions, place_tail, text_cues)

__all__ = ["Span", "Item", "RedactedCall", "find_items", "redact_call", "redact_text", "redact_result",
           "redact_rows"]

NUMBER_KINDS = ("id_card", "mobile", "bank_card", "landline", "number")
_PARTIAL_STYLE_KINDS = ("mobile", "bank_card")   # mask_style partial: first 3 and last 4 shown
_CONTEXT_CHARS = 24                               # how far back context words are looked for
_KEEP_CHARS = 12                                  # keep words must be this close to the number
_LONE_X = re.compile(r"(?<![A-Za-z0-9])[xXｘＸ叉](?![A-Za-z])")


@dataclass(frozen=True)
class Span:
    """Masked characters [start, end) of segment ``seg``'s text, and when they were said."""
    seg: int
    start: int
    end: int
    kind: str
    t_start: float | None = None
    t_end: float | None = None


@dataclass
class Item:
    """One personal item: its kind, its value (digits for numbers, the text otherwise) and the
    parts of the transcript that hold it (one per turn or group it was said in)."""
    kind: str
    value: str
    parts: list[Span] = field(default_factory=list)


@dataclass
class RedactedCall:
    segments: list[dict]
    findings: list
    metadata: dict
    spans: list[Span]
    items: list[Item]      # in memory only: values are the personal data itself
    known: "Known | None" = field(default=None, repr=False, compare=False)   # items prepared for free texts


# --- numbers -------------------------------------------------------------------------------

class _Context:
    """The text said before a position in the call (any speaker, previous turns included), for
    context words such as 身份证 in the agent's question before the customer's digits: a slice
    of the call's texts joined once in the order said, not turns joined again for each number."""

    def __init__(self, segments: list[dict], order: list[int] | None = None):
        self.order = order if order is not None else turn_order(segments)
        texts = [segments[i]["text"] or "" for i in self.order]
        self.text = "\n".join(texts)
        self.offset = dict(zip(self.order, accumulate([len(t) + 1 for t in texts[:-1]], initial=0)))

    def before(self, seg: int, pos: int, n: int = _CONTEXT_CHARS) -> str:
        end = self.offset[seg] + pos
        return self.text[max(0, end - n):end]

    def said_before(self, seg: int, pos: int, n: int, words: "_Words") -> bool:
        """Whether one of ``words`` is in :meth:`before` (searched in place, no slice made)."""
        end = self.offset[seg] + pos
        return words.pattern is not None and words.pattern.search(self.text, max(0, end - n), end) is not None


class _Words(tuple):
    """Words looked for together, with one pattern that says whether any is in a text."""

    def __new__(cls, words):
        self = super().__new__(cls, words)
        self.pattern = re.compile("|".join(map(re.escape, self))) if self else None
        return self


class _NumberWords:
    """A policy's context words as :class:`_Words`, and its active number recognisers: made once
    per policy (a call looks them up ~70 times; each look-up built and hashed the list again)."""

    def __init__(self, config: PrivacyConfig):
        self.recs = {k: r for k, r in config.recognisers.items() if config.active(k)}
        self.keep = _Words(config.digits.keep_context)
        self.partial = _Words(config.digits.partial_context)
        self.context = {kind: _Words(rec.context) for kind, rec in self.recs.items()}


_NUMBER_WORDS: dict[int, tuple[PrivacyConfig, _NumberWords]] = {}


def _number_words(config: PrivacyConfig) -> _NumberWords:
    """:class:`_NumberWords` of ``config``, kept for the few policies a process uses (the entry
    holds the config, so its id names no other while it is kept)."""
    hit = _NUMBER_WORDS.get(id(config))
    if hit is None:
        if len(_NUMBER_WORDS) >= 16:
            _NUMBER_WORDS.clear()
        hit = _NUMBER_WORDS[id(config)] = (config, _NumberWords(config))
    return hit[1]


def _last(text: str, words: _Words, after_not: tuple[str, ...] = ()) -> int:
    """Where the last of ``words`` in ``text`` ends (-1: none); an occurrence right after one of
    ``after_not`` does not count (号码 in 订单号码 is the order's number, not a phone's)."""
    if not words or words.pattern.search(text) is None:
        return -1           # the usual case, from one search instead of one per word (~8× cheaper)
    best = -1
    for w in words:
        i = text.rfind(w)
        while i >= 0 and any(text.endswith(k, 0, i) for k in after_not):
            i = text.rfind(w, 0, i)
        if i >= 0:
            best = max(best, i + len(w))
    return best


def _context_kinds(before: str, words: _NumberWords) -> set[str] | None:
    """What the text said before a number tells: None when a keep word (工号, 订单号…) is the
    closest context word, so the number is ordinary; else the kinds whose context words occur."""
    near = before[-_KEEP_CHARS:]
    keep_at = _last(near, words.keep)
    keep_at = keep_at + len(before) - len(near) if keep_at >= 0 else -1
    found = {kind: _last(before, context, words.keep) for kind, context in words.context.items()}
    if keep_at >= 0 and keep_at >= max(found.values(), default=-1):
        return None
    return {kind for kind, at in found.items() if at >= 0}


def _classify(d: str, context: set[str] | None, config: PrivacyConfig, recs: dict) -> str | None:
    """The kind of personal number ``d`` is (None: ordinary), given :func:`_context_kinds`."""
    if context is None:
        return None
    for kind, check in NUMBER_CHECKS.items():
        if kind in recs and check(d):
            return kind
    for kind, rec in recs.items():           # in the settings' order: the same answer every run
        span = rec.context_only_digits
        if kind in context and span and span[0] <= len(d) <= span[1]:
            if kind != "landline" or d[0] in "23456789":
                if kind == "id_card" or "X" not in d:
                    return kind
    if len(d) >= config.digits.unvalidated_min_digits:
        return "number"
    return None


def _number_items(segments: list[dict], runs: list[list[Run]], ctx: _Context,
                  config: PrivacyConfig) -> tuple[list[Item], set[Run]]:
    digits = config.digits
    words = _number_words(config)
    recs = words.recs
    candidates = []
    for chain in chains(segments, runs, digits.fillers, digits.max_turn_gap_s, ctx.order):
        if len(chain) == 1 and len(chain[0].digits) < 7:    # most chains: one run, no whole number
            run = chain[0]                                  # (一 of 一下, a 尾号 or a code)
            if len(run.digits) >= 3 and ctx.said_before(run.seg, run.start, 8, words.partial):
                candidates.append((len(run.digits), "number", [run], run.digits))
            continue
        lengths = [len(r.digits) for r in chain]
        for i in range(len(chain)):
            if sum(lengths[i:i + 10]) < 3:          # too short to be anything, even a 尾号
                continue
            # the context is read only where a check needs it: 8 characters for a 尾号, 24 for
            # a whole number
            if 3 <= lengths[i] <= 6 and ctx.said_before(chain[i].seg, chain[i].start, 8, words.partial):
                candidates.append((lengths[i], "number", chain[i:i + 1], chain[i].digits))
            if sum(lengths[i:i + 10]) < 7:          # shorter than any whole number
                continue
            context = _context_kinds(ctx.before(chain[i].seg, chain[i].start), words)
            value = ""
            for j in range(i, min(len(chain), i + 10)):
                value += chain[j].digits
                if len(value) > 22 or "X" in value[:-1]:
                    break
                kind = _classify(value, context, config, recs)
                if kind is not None:
                    candidates.append((len(value), kind, chain[i:j + 1], value))
    rank = {k: r for r, k in enumerate(NUMBER_KINDS)}
    # checked numbers first, longest first (an ID number is never cut into a phone number and
    # a remainder); unchecked long numbers and 尾号 parts only where nothing checked was found
    candidates.sort(key=lambda c: (c[1] == "number", -c[0], rank[c[1]]))
    used: set[Run] = set()
    items = []
    for _, kind, window, value in candidates:
        if any(r in used for r in window):
            continue
        used.update(window)
        items.append(Item(kind, value, [Span(r.seg, r.start, r.end, kind) for r in window]))
    for item in items:       # 尾号5678 of a number found in full: named as that number
        if item.kind == "number":
            whole = next((o for o in items if o.kind != "number" and item.value in o.value), None)
            if whole is not None:
                item.kind = whole.kind
                item.parts = [dataclasses.replace(p, kind=whole.kind) for p in item.parts]
    return items, used


def _echoes(segments, runs, used: set[Run], items: list[Item], ctx: _Context,
            config: PrivacyConfig) -> list[Item]:
    """Parts of a found number said again (the agent reading back 尾号5678) near it in time."""
    lo, hi = config.digits.echo_window_s
    numbers = []
    for item in items:
        if item.kind in NUMBER_KINDS and len(item.value) >= 7:
            t0 = min(float(segments[p.seg]["start"]) for p in item.parts)
            t1 = max(float(segments[p.seg]["end"]) for p in item.parts)
            numbers.append((item, t0 + lo, t1 + hi))
    out = []
    for item, t0, t1 in numbers:        # «最后一位是X吗» «对，大写的X»
        if item.kind == "id_card" and item.value.endswith("X"):
            for i, seg in enumerate(segments):
                if t0 <= float(seg["start"]) <= t1:
                    for m in _LONE_X.finditer(seg["text"] or ""):
                        out.append(Item("id_card", "X", [Span(i, m.start(), m.end(), "id_card")]))
    keep = _number_words(config).keep
    for seg_runs in runs if numbers else ():
        for run in seg_runs:
            if len(run.digits) < config.digits.echo_min_digits or run in used:
                continue
            t = float(segments[run.seg]["start"])
            for item, t0, t1 in numbers:
                if run.digits in item.value and t0 <= t <= t1:
                    if not ctx.said_before(run.seg, run.start, _KEEP_CHARS, keep):
                        out.append(Item(item.kind, run.digits, [Span(run.seg, run.start, run.end, item.kind)]))
                    break
    return out


# --- text kinds ----------------------------------------------------------------------------

def _simplified(texts: list[str]) -> list[str]:
    """The texts in Simplified characters where that keeps every position (陳先生 → 陈先生), so
    the patterns need one script only; else as they are. One OpenCC call for the call."""
    joined = "\n".join(texts)
    breaks = joined.count("\n") != len(texts) - 1        # a line break inside a text
    if breaks:
        joined = "\n".join(t.replace("\n", " ") for t in texts)
    converted = to_simplified(joined)
    if not breaks and converted == joined:
        return list(texts)                              # nothing to convert: the usual call
    simple = converted.split("\n")
    if len(simple) != len(texts):
        simple = [to_simplified(t) for t in texts]
    return [s if len(s) == len(t) else t for s, t in zip(simple, texts)]


def _text_items(segments: list[dict], config: PrivacyConfig, texts: list[str], order: list[int],
                joined: Joined | None = None) -> list[Item]:
    """``texts``: the segments' texts through :func:`_simplified`; ``order``: their
    :func:`turn_order`; ``joined``: their :class:`Joined` when the caller has it."""
    items = []
    finders = [(kind, finder) for kind, finder in TEXT_FINDERS.items() if config.active(kind)]
    joined = joined if joined is not None else Joined(texts)
    cues = text_cues(texts, joined) if finders else {}
    for i in sorted(cues):          # the finders find nothing without their cue
        seg = segments[i]
        for kind, finder in finders:
            if kind not in cues[i]:
                continue
            for s, e in finder(texts[i], seg.get("speaker") or "unknown"):
                items.append(Item(kind, texts[i][s:e], [Span(i, s, e, kind)]))
    if config.active("address"):
        items += _address_heads(segments, texts, items, order)
    if config.active("name"):
        asked = name_questions(texts, joined)       # an answer is only looked for after a question
        rank = {i: r for r, i in enumerate(order)}
        for r in sorted(rank[q] for q in asked):
            if r + 1 == len(order):
                continue
            prev, i = order[r], order[r + 1]
            if (segments[i].get("speaker") or "unknown") != "agent":
                span = name_answer(texts[prev], texts[i])
                if span is not None:
                    items.append(Item("name", texts[i][span[0]:span[1]], [Span(i, *span, "name")]))
    if config.active("name"):
        for item in [it for it in items if it.kind == "name" and len(it.value) >= 2]:
            # 伟大的伟 needs 的伟: only the texts holding 的 + one of the given name's characters
            holding = sorted({i for ch in set(item.value[1:]) for i, _ in joined.occurrences("的" + ch)})
            for i in holding:
                for s, e in given_name_explanations(texts[i], item.value):
                    items.append(Item("name", texts[i][s:e], [Span(i, s, e, "name")]))
    # a full name, address or e-mail found once is masked wherever else it is said: every
    # occurrence, in the order of a search text by text
    surfaces = {it.value: it.kind for it in items if len(it.value) >= 2}
    found = sorted((i, k, start, value, kind) for k, (value, kind) in enumerate(surfaces.items())
                   for i, start in joined.occurrences(value))
    for i, _, start, value, kind in found:
        items.append(Item(kind, value, [Span(i, start, start + len(value), kind)]))
    return items


def _address_heads(segments: list[dict], texts: list[str], items: list[Item], order: list[int]) -> list[Item]:
    """The place said in a speaker's turn before an address's numbers (北京市朝阳区望京西园三区 /
    三二一号楼两单元一零零二室)."""
    heads = [item for item in items if item.kind == "address"
             and not texts[item.parts[0].seg][:item.parts[0].start].strip("，,。 嗯呃")]
    if not heads:
        return []
    out = []
    for item in heads:
        prev = previous_turn(segments, order, order.index(item.parts[0].seg))
        if prev is None:
            continue
        tail = place_tail(texts[prev])
        if tail is not None:
            out.append(Item("address", texts[prev][tail[0]:tail[1]], [Span(prev, tail[0], tail[1], "address")]))
    return out


def _find(segments: list[dict], config: PrivacyConfig, runs: list[list[Run]] | None = None,
          texts: list[str] | None = None, text_kinds: bool = True) -> tuple[list[Item], list[list[Run]]]:
    """The call's items and its digit runs (``runs``, ``texts``: already computed by the caller;
    ``text_kinds``: False to look for numbers only)."""
    raw = joined = None
    if runs is None:
        raw = [seg["text"] or "" for seg in segments]
        joined = Joined(raw)
        runs = joined_runs(joined)
    # under 3 digits in all, _number_items has no candidate (not even a 尾号) and so no echoes
    numbers = sum(len(r.digits) for seg_runs in runs for r in seg_runs) >= 3
    if not numbers and not text_kinds:
        return [], runs
    items: list[Item] = []
    order = turn_order(segments)
    if numbers:
        ctx = _Context(segments, order)
        items, used = _number_items(segments, runs, ctx, config)
        items += _echoes(segments, runs, used, items, ctx, config)
    if not text_kinds:
        return items, runs
    if texts is None and raw is not None:
        texts = _simplified(raw)
        if texts != raw:            # converted: the runs' joined texts are not the finders'
            joined = None
    else:
        joined = None
    return items + _text_items(segments, config, texts, order, joined), runs


def find_items(segments: list[dict], config: PrivacyConfig | None = None) -> list[Item]:
    """Every personal item of a call (segments: dicts with speaker, start, end, text)."""
    config = config or load_privacy_config()
    return _find(segments, config)[0] if config.enabled else []


# --- masking -------------------------------------------------------------------------------

def _stretches(cover: list) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each stretch of covered characters of one kind."""
    out, p = [], 0
    for kind, group in groupby(c and c[0] for c in cover):
        n = len(list(group))
        if kind is not None:
            out.append((p, p + n, kind))
        p += n
    return out


def _render(text: str, cover: list, config: PrivacyConfig, stretches: list | None = None) -> str:
    """``text`` with covered characters replaced: one label per stretch of one kind, or, in
    partial style, mobile and card digits starred except the first 3 and last 4."""
    if config.mask_style != "partial":
        return _label(text, stretches if stretches is not None else _stretches(cover), config)
    out, i, n = [], 0, len(text)
    while i < n:
        c = cover[i]
        if c is None:
            out.append(text[i])
            i += 1
            continue
        kind, show = c
        if kind in _PARTIAL_STYLE_KINDS:
            out.append(text[i] if show else ("*" if text[i].strip() else text[i]))
            i += 1
            continue
        j = i
        while j < n and cover[j] is not None and cover[j][0] == kind:
            j += 1
        out.append(config.label(kind))
        i = j
    return "".join(out)


def _label(text: str, stretches: list[tuple[int, int, str]], config: PrivacyConfig) -> str:
    """``text`` with each stretch replaced by its kind's label."""
    out, i = [], 0
    for start, end, kind in stretches:
        out += (text[i:start], config.label(kind))
        i = end
    out.append(text[i:])
    return "".join(out)


def _whole(item: Item) -> bool:
    """Only a whole checked number shows its ends in partial style; a piece said again (1234
    of 139 1234 5678) never."""
    return item.kind in _PARTIAL_STYLE_KINDS and NUMBER_CHECKS[item.kind](item.value)


def _starred(kind: str, config: PrivacyConfig) -> bool:
    """Whether ``kind`` is masked digit by digit (partial style), not by one label."""
    return config.mask_style == "partial" and kind in _PARTIAL_STYLE_KINDS


def _cover_item(covers, item: Item, runs_by_span: dict) -> None:
    """Marks an item's characters (in the turns of ``covers``); for numbers, which digits
    partial style may show."""
    value_len = len(item.value)
    if not _whole(item):        # nothing shown: every character marked, whatever marked it before
        hidden = (item.kind, False)
        for part in item.parts:
            if part.seg in covers:
                covers[part.seg][part.start:part.end] = [hidden] * (part.end - part.start)
        return
    k = 0
    for part in item.parts:
        if part.seg not in covers:
            continue
        cover = covers[part.seg]
        positions = runs_by_span.get((part.seg, part.start, part.end))
        if positions is not None:
            positions = set(positions)
        for p in range(part.start, part.end):
            show = False
            if positions is not None and p in positions:
                show = k < 3 or k >= value_len - 4
                k += 1
            if cover[p] is None or not show:
                cover[p] = (item.kind, show and (cover[p] is None or cover[p][1]))


def _times(seg: dict, start: int, end: int) -> tuple[float | None, float | None]:
    """When characters [start, end) of a segment were said: from its word timings when it has
    them, else in proportion along the segment."""
    t0, t1 = seg.get("start"), seg.get("end")
    if t0 is None or t1 is None:
        return None, None
    t0, t1 = float(t0), float(t1)
    words = seg.get("words") or []
    if words:
        pos, hits = 0, []
        for w in words:
            ws, we, word = (w["start"], w["end"], w["word"]) if isinstance(w, dict) else w
            n = len(str(word).strip())
            if pos < end and pos + n > start:
                hits.append((float(ws), float(we)))
            pos += n
        if hits:
            return min(h[0] for h in hits), max(h[1] for h in hits)
    n = max(len(seg.get("text") or ""), 1)
    return t0 + (t1 - t0) * start / n, t0 + (t1 - t0) * end / n


def _mask_segments(segments: list[dict], items: list[Item], config: PrivacyConfig,
                   runs: list[list[Run]] | None = None):
    parts: dict[int, list] = {}
    for item in items:
        for part in item.parts:
            parts.setdefault(part.seg, []).append((part, item))
    touched = sorted(parts)
    # A turn that one part of one item covers is masked by one label over that span (most turns
    # an item is in); the others are marked character by character (:func:`_cover_item`).
    lone = {i: (ps[0][0], ps[0][1].kind) for i, ps in parts.items()
            if len(ps) == 1 and not _starred(ps[0][1].kind, config)}
    covers = {i: [None] * len(segments[i]["text"] or "") for i in touched if i not in lone}
    runs_by_span = {}      # a run's digit positions (a tuple: made a set only where an item needs it)
    for i in covers:
        for run in (runs[i] if runs is not None else digit_runs(segments[i]["text"] or "", i)):
            runs_by_span[(i, run.start, run.end)] = run.positions
    for item in items:
        if any(part.seg in covers for part in item.parts):
            _cover_item(covers, item, runs_by_span)
    out, spans = [dict(seg) for seg in segments], []
    for i in touched:
        seg, new = segments[i], out[i]
        if i in lone:
            part, kind = lone[i]
            stretches = [(part.start, part.end, kind)] if part.end > part.start else []
            if stretches:
                new["text"] = _label(seg["text"], stretches, config)
        else:
            stretches = _stretches(covers[i])
            if stretches:
                new["text"] = _render(seg["text"], covers[i], config, stretches)
        for p, q, kind in stretches:
            spans.append(Span(i, p, q, kind, *_times(seg, p, q)))
        if stretches:
            new.pop("words", None)          # word texts would repeat what was masked
    return out, spans


def _variants(value: str) -> set[str]:
    """A personal text as heard and as the rules normalise it (三号楼 → 3号楼) for evidence."""
    return {value, normalize_numbers(to_halfwidth(to_simplified(value)))}


class Known:
    """A call's personal items prepared once for the many free texts of that call (findings'
    heard text, matched phrase and explanation, metadata, paths): the numbers, and each text
    item's surfaces (:func:`_variants`, one OpenCC call each) — per text they cost 70 % of
    redaction. Also remembers each text's masked form: findings repeat the same turns."""

    def __init__(self, items: list[Item] = ()):
        self.items = list(items)
        self.numbers = [(it.value, it.kind) for it in self.items if it.kind in NUMBER_KINDS]
        # one entry per (value, kind), at its last place: the same masks, the last kind still wins
        texts = list(dict.fromkeys(reversed([(it.value, it.kind) for it in self.items if it.kind not in NUMBER_KINDS])))
        self.surfaces = [(v, kind) for value, kind in reversed(texts) for v in _variants(value) if len(v) >= 2]
        self.masked: dict[tuple[str, int], str] = {}
        self.prepared: dict[str, tuple[str, list[Run], bool]] = {}

    def prepare(self, texts) -> None:
        """Each new text's Simplified form, digit runs and whether a finder's cue may be in it,
        for all of ``texts`` at once (a call's findings: ~20 texts): one OpenCC check, one
        runs pattern and one search per cue for the lot; one by one, these were two thirds
        of a free text's cost. Per text the same as :func:`_simplified`, :func:`call_runs`
        and :func:`has_text_cue` (or a cue-free text marked as maybe holding one)."""
        new = [t for t in dict.fromkeys(texts) if t and t not in self.prepared]
        if not new:
            return
        simple = _simplified(new)
        runs = call_runs(new)
        cues = cue_texts(simple)
        for i, text in enumerate(new):
            self.prepared[text] = (simple[i], [Run(0, *r[1:]) for r in runs[i]], i in cues)   # as text 0 of its own


def redact_text(text: str | None, config: PrivacyConfig | None = None, known: list[Item] | Known = ()) -> str | None:
    """One free text (evidence, metadata value, error message, file name) masked on its own,
    and for every personal item ``known`` from the call: its digits (three or more in a row)
    and its text wherever they appear."""
    if not text:
        return text
    config = config or load_privacy_config()
    if not config.enabled:
        return text
    known = known if isinstance(known, Known) else Known(known)
    key = (text, id(config))
    if key not in known.masked:
        known.masked[key] = _redact_text(text, config, known)
    return known.masked[key]


def _redact_text(text: str, config: PrivacyConfig, known: Known) -> str:
    seg = {"speaker": "unknown", "start": 0.0, "end": 0.0, "text": text}
    if text in known.prepared:
        simple, text_runs, cue = known.prepared[text]
        runs, simple = [text_runs], [simple]
    else:
        runs = call_runs([text])
        simple = _simplified([text])
        cue = has_text_cue(simple[0])
    # one text without any finder's cue holds no text item (a name answer needs a question
    # before it): numbers only
    items, runs = _find([seg], config, runs, simple, text_kinds=cue)
    if known.numbers:
        for run in runs[0]:
            if len(run.digits) >= config.digits.echo_min_digits:
                kind = next((k for v, k in known.numbers if run.digits in v), None)
                if kind is not None:
                    items.append(Item(kind, run.digits, [Span(0, run.start, run.end, kind)]))
    for value, kind in known.surfaces:
        start = text.find(value)
        while start >= 0:
            items.append(Item(kind, value, [Span(0, start, start + len(value), kind)]))
            start = text.find(value, start + 1)
    if not items:
        return text
    masked, _ = _mask_segments([seg], items, config, runs)
    return masked[0]["text"]


def _is_personal_key(key: str, config: PrivacyConfig) -> bool:
    """``customer_phone``, ``callerNumber``, ``手机号码`` name personal fields; ``queue``, ``company``
    do not (a Latin key word must be a whole word of the key, or a phrase like ``customer_name``
    inside it; a Chinese one anywhere in it)."""
    key = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", str(key)).lower()
    words = set(re.split(r"[^0-9a-z]+", key))
    return any((k in key) if ("_" in k or not k.isascii()) else (k in words)
               for k in (k.lower() for k in config.metadata_personal_keys))


def redact_metadata(value, config: PrivacyConfig, known: list[Item] | Known = (), key: str = ""):
    """Metadata (nested dicts/lists) with personal fields masked whole and free text redacted."""
    if not isinstance(known, Known):
        known = Known(known)
    if isinstance(value, dict):
        return {k: redact_metadata(v, config, known, k) for k, v in value.items()}
    if isinstance(value, list):
        return [redact_metadata(v, config, known, key) for v in value]
    if value is None or isinstance(value, bool):
        return value
    if key and _is_personal_key(key, config):
        return "[个人信息]"
    if isinstance(value, (int, float)):
        masked = redact_text(str(value), config, known)
        return value if masked == str(value) else masked
    return redact_text(str(value), config, known)


def _redact_finding(f, config: PrivacyConfig, known: Known):
    return dataclasses.replace(f, text=redact_text(f.text, config, known),
                               matched=redact_text(f.matched, config, known),
                               explanation=redact_text(f.explanation, config, known))


def redact_call(segments: list[dict], findings=(), metadata: dict | None = None,
                config: PrivacyConfig | None = None) -> RedactedCall:
    """Masked copies of a call's segments, findings (``callqa.rules.Finding``: heard text,
    matched phrase and explanation) and metadata, with the masked spans. Inputs are not changed."""
    config = config or load_privacy_config()
    if not config.enabled:
        return RedactedCall([dict(s) for s in segments], list(findings), copy.deepcopy(metadata or {}), [], [])
    items, runs = _find(segments, config)
    masked, spans = _mask_segments(segments, items, config, runs)
    known = Known(items)
    known.prepare(t for f in findings for t in (f.text, f.matched, f.explanation))
    return RedactedCall(masked, [_redact_finding(f, config, known) for f in findings],
                        redact_metadata(metadata or {}, config, known), spans, items, known)


def redact_caller(caller: str | None, config: PrivacyConfig) -> tuple[str | None, str | None]:
    """(what calls.caller stores, the last four digits when configured to keep them)."""
    if not caller:
        return caller, None
    if config.caller.mode == "hash" and _HASHED.fullmatch(str(caller)):
        return caller, None          # stored before (a rescore, a retranscription): hashed once, not again
    digits = "".join(ch for ch in str(caller) if ch.isdigit())
    last4 = digits[-4:] if config.caller.keep_last4 and len(digits) >= 4 else None
    if not config.enabled or config.caller.mode == "keep":
        return caller, last4
    if config.caller.mode == "mask":
        return config.label("mobile"), last4
    return hash_caller(caller, caller_key(config)), last4


def redact_result(result, config: PrivacyConfig | None = None):
    """A redacted copy of a CallResult, for the writer: segments, findings (heard text, matched,
    explanation), caller (keyed hash), metadata, file paths and error masked. The input is not
    changed, so rules and review tools keep the original in memory.

    With privacy off, and for a result already redacted under this policy (``result.redaction``:
    a call read back from the tables and rescored), the result itself is returned: there is
    nothing to mask, and the writer only reads it (a deep copy was ~0.45 ms of a long call)."""
    config = config or load_privacy_config()
    if not config.enabled:
        return result
    if result.redaction is not None and result.redaction == config.fingerprint:
        return result
    card = result.scorecard
    call = redact_call(result.segments, card.findings if card is not None else (),
                       result.job.get("metadata") or {}, config)
    job = dict(result.job)
    job["metadata"] = call.metadata
    job["caller"], last4 = redact_caller(job.get("caller"), config)
    if last4 is not None:
        job["metadata"] = {**job["metadata"], "caller_last4": last4}
    job["rel_path"] = redact_text(job.get("rel_path"), config, call.known)
    # Recordings are often named by the caller's number: a masked path cannot be opened for a
    # clip, which then says so, rather than the number being stored.
    job["path"] = redact_text(job.get("path"), config, call.known)
    job["error"] = redact_text(job.get("error"), config, call.known)
    return dataclasses.replace(
        result, job=job, segments=call.segments, redaction=config.fingerprint,
        error=redact_text(result.error, config, call.known),
        activity=list(result.activity),
        scorecard=dataclasses.replace(card, findings=call.findings) if card is not None else None)


_HASHED = re.compile(r"[0-9a-f]{64}")


def redact_rows(rows: dict[str, list[dict]], config: PrivacyConfig | None = None) -> dict[str, list[dict]]:
    """Redacted copies of rows already written (``calls``, ``segments``, ``findings``, any other
    dataset passed through), per call — for ``callqa redact`` over an output directory written
    before redaction existed. Same result as :func:`redact_result` before writing: segment text,
    the findings' text/matched/explanation, ``caller`` (hashed unless it already is a hash),
    ``metadata`` (a JSON string), ``path``, ``audio_path`` and ``error``."""
    import json
    config = config or load_privacy_config()
    if not config.enabled:
        return copy.deepcopy(rows)
    by_call: dict[str, list[dict]] = {}
    for row in rows.get("segments", []):
        by_call.setdefault(row["call_id"], []).append(row)
    known: dict[str, Known] = {}
    out = {name: [dict(r) for r in part] for name, part in rows.items()}
    seg_out = []
    for call_id, segs in by_call.items():
        segs = sorted(segs, key=lambda r: (r.get("seg_index") is None, r.get("seg_index"), r.get("start")))
        call = redact_call(segs, config=config)
        known[call_id] = call.known
        seg_out.extend(call.segments)
    if "segments" in rows:
        out["segments"] = seg_out
    for row in out.get("findings", []):
        items = known.get(row.get("call_id")) or Known()
        for col in ("text", "matched", "explanation"):
            row[col] = redact_text(row.get(col), config, items)
    for row in out.get("calls", []):
        items = known.get(row.get("call_id")) or Known()
        caller = row.get("caller")
        if caller and not _HASHED.fullmatch(str(caller)):
            row["caller"], last4 = redact_caller(caller, config)
        else:
            last4 = None
        meta = row.get("metadata")
        if meta or last4:
            data = json.loads(meta) if meta else {}
            data = redact_metadata(data, config, items)
            if last4 is not None:
                data["caller_last4"] = last4
            row["metadata"] = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
        for col in ("path", "audio_path", "error"):
            if col in row:
                row[col] = redact_text(row[col], config, items)
        if "segments" in rows:          # the whole call went through: marked as redacted_result marks it
            row["redaction"] = config.fingerprint
    return out
