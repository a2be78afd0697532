"""filler: verbal tics (口头禅) — the agent's filler rate above a threshold."""
from __future__ import annotations

from collections import Counter
from functools import cached_property, lru_cache

from pydantic import Field

from ..context import CallContext, Evidence
from ..normalize import NormText
from ..params import Params, PhraseSet
from ..segmenter import posseg
from . import family


class FillerParams(Params):
    # Counted wherever they occur (e.g. 嗯, 呃, 就是说 — with exclusions such as 也就是说).
    always: PhraseSet = PhraseSet()
    # Interjections counted only at the start of a clause, standing alone or repeated;
    # after a word they are sentence-final mood particles (好啊, 是呀) and are not counted.
    particles: list[str] = []
    # Words that are fillers only when not used as determiners/pronouns (这个, 那个).
    determiners: list[str] = []
    # A determiner followed by one of these (particles of hesitation) is a filler.
    hesitations: list[str] = ["啊", "呃", "嗯", "额"]
    # Otherwise jieba tags the next word: these words or POS prefixes make it a filler
    # (这个，我们… / 这个您放心); anything else (套餐 n, 月 m, 是 v) makes it a determiner.
    filler_next_words: list[str] = []
    filler_next_pos: list[str] = []
    determiner_next_words: list[str] = []
    # Thresholds: fires when count > max_count, or count >= min_count and the rate per
    # minute of agent speech > max_per_minute.
    min_count: int = Field(3, ge=1)
    max_count: int | None = Field(None, ge=0)
    max_per_minute: float | None = Field(None, gt=0)

    @cached_property
    def _lookups(self) -> tuple[tuple[str, ...], frozenset[str], frozenset[str], tuple[str, ...]]:
        """The word lists as the types the per-occurrence test wants (built once)."""
        return ((*self.determiners, *self.hesitations), frozenset(self.determiner_next_words),
                frozenset(self.filler_next_words), tuple(self.filler_next_pos))


@lru_cache(maxsize=65536)
def _next_word(text: str) -> tuple[str, str] | None:
    for pair in posseg().lcut(text, HMM=False):
        return pair.word, pair.flag
    return None


def _is_filler_determiner(nt: NormText, start: int, end: int, p: FillerParams) -> bool:
    if nt.boundary_after(end):                       # 这个，… / utterance ends: a pause
        return True
    repeats, determiner_next, filler_next, filler_pos = p._lookups
    rest = nt.plain[end:end + 6]
    if rest.startswith(repeats):                     # 这个这个套餐: repetition; 这个呃…: hesitation
        return True
    nxt = _next_word(rest)
    if nxt is None:
        return True
    word, flag = nxt
    if word in determiner_next:
        return False
    if word in filler_next:
        return True
    return flag.startswith(filler_pos)


def filler_words(nt: NormText, p: FillerParams, always: list | None = None) -> list[str]:
    """The fillers in one agent turn, one entry per occurrence (``always``: the turn's hits of
    ``p.always`` when already known)."""
    found: list[str] = []
    plain = nt.plain
    if always is None and p.always:
        always = p.always.matcher.find(nt)
    for hit in always or ():
        found.append(hit.phrase)
    for ch in p.particles:
        i = plain.find(ch)
        while i >= 0:
            prev_boundary = i == 0 or nt.boundary_after(i)
            if prev_boundary and not (i > 0 and plain[i - 1] == ch):   # a run counts once
                found.append(ch)
            i = plain.find(ch, i + 1)
    for det in p.determiners:
        i = plain.find(det)
        while i >= 0:
            if _is_filler_determiner(nt, i, i + len(det), p):
                found.append(det)
            i = plain.find(det, i + len(det))
    return found


def count_fillers(nt: NormText, p: FillerParams, always: list | None = None) -> Counter:
    """Fillers in one agent turn, by word."""
    return Counter(filler_words(nt, p, always))


def _turns_to_count(ctx: CallContext, words: tuple[str, ...], always: dict) -> list:
    """The agent turns that hold a hit of ``always`` or one of ``words``, in order. The words
    are looked up in the call's joined text (one ``str.find`` per occurrence, a turn skipped
    once found), not in each of the ~30 agent turns of a call in turn."""
    agent = ctx.agent
    call_map = agent[0]._map if agent else None
    if call_map is None or call_map is not agent[-1]._map:      # not normalised together
        return [t for t in agent if t.i in always or any(w in t.plain for w in words)]
    found = call_map.holding(words) | set(always)
    turns = ctx.turns
    return [turns[k] for k in sorted(found) if turns[k].speaker == "agent"]


@family("filler", FillerParams, explanation="坐席口头禅过多:共{count}次(每分钟{rate}次),{matched}")
def filler(ctx: CallContext, rule):
    """口头禅: 「啊」「呀」「这个」「嗯」… repeated by the agent make the service sound unsure.

    「这个」/「那个」 count only as fillers (pause after them, repetition, hesitation, or a new
    clause such as a pronoun following); as determiners (「这个套餐每月30元」) they do not.
    Sentence-final 「啊/呀」 after a word (「好啊」「是呀」) are mood particles, not fillers;
    clause-initial or standalone ones are (「啊，您说」).

    Fires:      agent 「嗯，这个，这个，我们这边，嗯，那个，您稍等」 (rate above threshold)
    Must not:   agent 「这个套餐每月三十元，次月起收费」
    """
    p: FillerParams = rule.params
    said: list[str] = []
    worst, worst_n, turns = None, 0, []
    always = {t.i: hits for t, hits in p.always.matcher.scan(ctx.agent)} if p.always else {}
    for turn in _turns_to_count(ctx, (*p.particles, *p.determiners), always):
        hits = always.get(turn.i, ())
        found = filler_words(turn, p, hits)
        n = len(found)
        if n:
            said += found
            turns.append(turn)
            if n > worst_n:
                worst, worst_n = turn, n
    count = len(said)
    if count == 0:
        return
    total = Counter(said)
    minutes = ctx.agent_seconds / 60.0
    rate = count / minutes if minutes > 0 else 0.0
    over_count = p.max_count is not None and count > p.max_count
    over_rate = p.max_per_minute is not None and count >= p.min_count and rate > p.max_per_minute
    if over_count or over_rate:
        matched = "、".join(f"{w}×{n}" for w, n in total.most_common())
        yield Evidence(turns[0].start, turns[-1].end, worst.text, matched,
                       {"count": count, "rate": f"{rate:.1f}"})
