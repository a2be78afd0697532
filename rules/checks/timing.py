"""Timing and voice metrics: silence (dead air), talk_over, speech_rate, short_call, hangup.

Timing comes from voice activity (``Transcript.activity``: Silero VAD intervals per channel,
so it does not depend on Whisper's segment boundaries) and falls back to the utterances'
start/end when a transcript has none. Text (hold announcements, closings) comes from the
utterances.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from pydantic import Field, model_validator

from ..context import CallContext, Evidence, Turn
from ..normalize import normalize
from ..params import Params, PhraseSet
from . import family
from .custom import register_metric


def _last_before(turns: list[Turn], t: float) -> Turn | None:
    """The last turn starting at or before ``t``."""
    found = None
    for turn in turns:
        if turn.start > t:
            break
        found = turn
    return found


# --- silence ------------------------------------------------------------------------------

class SilenceParams(Params):
    max_gap: float = Field(10.0, gt=0)            # dead air: nobody speaks longer than this (s)
    hold: PhraseSet = PhraseSet()                 # the agent announces a hold (请您稍等/我帮您查询一下)
    hold_limit: float = Field(60.0, gt=0)         # an announced hold may last this long (s)
    hold_turns: int = Field(1, ge=1)              # the announcement is in the agent's last N turns before the gap


def silences(ctx: CallContext, p: SilenceParams):
    """(start, end, announcing turn or None, limit) for each gap over its limit."""
    for a, b in ctx.gaps:
        gap = b - a
        if gap <= p.max_gap:
            continue
        announced = None
        if p.hold:
            before = [t for t in ctx.agent if t.start <= a + 0.5][-p.hold_turns:]
            announced = next((t for t in reversed(before) if p.hold.matcher.matches(t)), None)
        limit = p.hold_limit if announced is not None else p.max_gap
        if gap > limit:
            yield a, b, announced, limit


@family("silence", SilenceParams, few_turns=True, explanation="通话静默{gap}秒(第{start}–{end}秒){hold_note},超过{limit}秒")
def silence(ctx: CallContext, rule):
    """冷场/静默: both parties quiet for longer than ``max_gap`` seconds (dead air).

    A hold the agent announced just before (「请您稍等，我帮您查询一下」) may last up to
    ``hold_limit`` seconds. Silence before the first and after the last speech is not counted
    (a late answer is greeting's business). Uses voice activity when the transcript has it.

    Fires:      agent 「好的」 (ends 10 s) … next speech at 25 s, no hold announced
    Must not:   agent 「请您稍等，我帮您查询一下」 (ends 10 s) … agent speaks again at 40 s
    """
    p: SilenceParams = rule.params
    for a, b, announced, limit in silences(ctx, p):
        prev = announced or _last_before(ctx.turns, a)
        note = f",已告知等待「{announced.text}」" if announced is not None else ""
        yield Evidence(a, b, prev.text if prev is not None else "", f"静默>{limit:g}秒",
                       {"gap": f"{b - a:.1f}", "start": f"{a:.1f}", "end": f"{b:.1f}", "hold_note": note,
                        "limit": f"{limit:g}"})


# --- talk_over ----------------------------------------------------------------------------

class TalkOverParams(Params):
    grace: float = Field(1.0, ge=0)               # the customer keeps talking this long after the agent starts
    min_agent_seconds: float = Field(1.0, ge=0)   # shorter agent bursts are backchannels (嗯/好的)
    min_count: int = Field(1, ge=1)               # fires at this many interruptions (one: DOMAIN.md's 不打断 has no count)


def interruptions(ctx: CallContext, p: TalkOverParams) -> list[float]:
    """Times at which the agent started speaking over the customer."""
    agent, customer = ctx.intervals.get("agent"), ctx.intervals.get("customer")
    if not agent or not customer:                 # mono / unknown speakers: not measurable
        return []
    starts = [s for s, _ in customer]
    out = []
    for s, e in agent:
        if e - s < p.min_agent_seconds:
            continue
        k = bisect_right(starts, s) - 1           # the customer interval started last before s
        if k >= 0 and starts[k] < s and customer[k][1] - s >= p.grace:
            out.append(s)
    return out


@family("talk_over", TalkOverParams, explanation="坐席抢话/打断客户{count}次(第{times}秒)")
def talk_over(ctx: CallContext, rule):
    """打断客户: the agent starts talking while the customer is still speaking.

    Counted when the customer keeps talking at least ``grace`` seconds after the agent starts
    and the agent's burst lasts ``min_agent_seconds`` (shorter ones are backchannels such as
    「嗯」「好的」); fires at ``min_count``. Needs speaker-separated timing (stereo, or
    diarised turns): skipped when agent or customer speech is missing (all ``unknown``).

    Fires:      customer speaks 0–8 s; agent starts at 3 s over the customer (once is enough)
    Must not:   the same call where the agent waits for the customer to finish, or starts < 1 s early
    """
    p: TalkOverParams = rule.params
    times = interruptions(ctx, p)
    if len(times) < p.min_count:
        return
    first = _last_before(ctx.agent, times[0] + 0.5)
    text = first.text if first is not None else ""
    yield Evidence(times[0], times[-1], text, f"打断≥{p.min_count}次",
                   {"count": len(times), "times": "、".join(f"{t:.1f}" for t in times[:5])})


# --- speech_rate --------------------------------------------------------------------------

class SpeechRateParams(Params):
    max_cpm: float | None = Field(None, gt=0)     # characters per minute of agent speech: too fast above
    min_cpm: float | None = Field(None, gt=0)     # too slow below
    min_seconds: float = Field(30.0, ge=0)        # judged only with this much agent speech
    # A rate far past the bound is clear from a shorter sample: above clear_max_cpm the agent
    # is judged from clear_min_seconds of speech on (a short call read out at 9 characters/s).
    clear_max_cpm: float | None = Field(None, gt=0)
    clear_min_seconds: float = Field(10.0, ge=0)

    @model_validator(mode="after")
    def _bounds(self):
        if self.max_cpm is None and self.min_cpm is None:
            raise ValueError("speech_rate needs max_cpm and/or min_cpm")
        return self


def agent_rate(ctx: CallContext) -> tuple[float, int, float]:
    """(characters per minute, characters, seconds) of agent speech."""
    chars = sum(len(t.plain) for t in ctx.agent)
    secs = ctx.agent_speech_seconds
    return (60.0 * chars / secs if secs > 0 else 0.0), chars, secs


@family("speech_rate", SpeechRateParams, explanation="坐席语速{problem}:每分钟{cpm}字(标准{bound})")
def speech_rate(ctx: CallContext, rule):
    """语速: the agent's characters per minute of speech, too fast or too slow.

    Characters: the agent's text without punctuation; minutes: agent voice activity (or the
    agent's utterance durations without VAD). Not judged below ``min_seconds`` of agent speech,
    except a rate above ``clear_max_cpm``: that is too fast from ``clear_min_seconds`` on.

    Fires:      agent says 200 characters in 20 s of a 40 s stretch of speech (600/min)
    Fires:      agent says 108 characters in 12 s (540/min) in a short call, clear_max_cpm 450
    Must not:   agent says 150 characters in 40 s (225/min)
    """
    p: SpeechRateParams = rule.params
    cpm, chars, secs = agent_rate(ctx)
    if not ctx.agent:
        return
    if secs < p.min_seconds and not (p.clear_max_cpm is not None and secs >= p.clear_min_seconds
                                     and cpm > p.clear_max_cpm):
        return
    if p.max_cpm is not None and cpm > p.max_cpm:
        problem, bound = "过快", f"≤{p.max_cpm:g}"
        pick = max
    elif p.min_cpm is not None and cpm < p.min_cpm:
        problem, bound = "过慢", f"≥{p.min_cpm:g}"
        pick = min
    else:
        return
    timed = [t for t in ctx.agent if t.end - t.start >= 2.0 and t.plain] or ctx.agent
    turn = pick(timed, key=lambda t: len(t.plain) / max(1e-6, t.end - t.start))
    yield Evidence(turn.start, turn.end, turn.text, f"{cpm:.0f}字/分钟",
                   {"problem": problem, "cpm": f"{cpm:.0f}", "bound": bound, "chars": chars,
                    "seconds": f"{secs:.0f}"})


# --- short_call ---------------------------------------------------------------------------

class ShortCallParams(Params):
    min_seconds: float = Field(10.0, gt=0)


@family("short_call", ShortCallParams, explanation="通话时长仅{seconds}秒(少于{min}秒),客户已接通")
def short_call(ctx: CallContext, rule):
    """短通话: the call is shorter than ``min_seconds`` although the customer was on the line.

    Information for the QA lead (dropped or brushed-off calls worth a listen); low points.
    Judged only when both parties spoke: without customer speech (silent line, wrong number)
    or without agent speech (nothing to coach) it is not the agent's call.

    Fires:      agent 「您好」, customer 「喂」, call over after 6 s
    Must not:   a 3-minute call; a 6 s call where only the agent spoke
    """
    p: ShortCallParams = rule.params
    if ctx.duration >= p.min_seconds:
        return
    if not (ctx.customer or ctx.intervals.get("customer")) or not (ctx.agent or ctx.intervals.get("agent")):
        return
    turns = ctx.turns[:3]
    yield Evidence(0.0, ctx.duration, " / ".join(t.text for t in turns), f"<{p.min_seconds:g}秒",
                   {"seconds": f"{ctx.duration:.1f}", "min": f"{p.min_seconds:g}"},
                   turns[0].speaker if turns else "agent")


# --- hangup -------------------------------------------------------------------------------

class HangupParams(Params):
    closing: PhraseSet                            # a closing formula (感谢您的来电/还有其他需要吗…)
    farewell: PhraseSet = PhraseSet()             # a farewell or blessing (再见/拜拜/祝您…), counts too
    # A blessing in any wording (QA112's set: 祝狗狗平安, 祝你们拍得开心) closes the call as well:
    # one definition of a blessing for the closing and the hang-up rules.
    blessing: PhraseSet = PhraseSet()
    closing_turns: int = Field(2, ge=1)           # looked for in the agent's last N turns
    # The customer has the last word and is left waiting: their last clause is a question or
    # request (能不能/什么时候/吗…, or it ends on a question mark), a sentence cut off (ends on
    # 「——」), or they call into a line gone quiet (喂？/还在吗) mid-conversation.
    unanswered: PhraseSet = PhraseSet()           # question/request words in the customer's last clause
    call_out: PhraseSet = PhraseSet()             # 喂/还在吗/听得到吗: the customer calls into silence
    customer_done: PhraseSet = PhraseSet()        # 再见/拜拜/挂了 in the last clause: the customer ended it
    cut_marks: list[str] = ["——", "--"]           # a turn ending on these was cut off mid-sentence
    # The agent having the last word with no closing in its last ``closing_turns`` turns
    # (「行，就这样」): off by default. It shows a missing closing (QA111/QA112), not that the
    # agent hung up before the customer — nothing after it says the customer was still there.
    agent_last_word: bool = False


_CLAUSE = re.compile(r"[，,。.！!？?；;：:、\s]+")


def _clauses(turns: list[Turn]) -> list[tuple[str, bool]]:
    """The customer's clauses in order, each with whether a question mark closed it."""
    out = []
    for t in turns:
        raw = t.raw
        pos = 0
        for m in _CLAUSE.finditer(raw):
            if m.start() > pos:
                out.append((raw[pos:m.start()], "?" in m.group() or "？" in m.group()))
            pos = m.end()
        if pos < len(raw):
            out.append((raw[pos:], False))
    return out


def _only(ps: PhraseSet, nt) -> bool:
    """The text says nothing but ``ps``'s phrases (「喂喂」, 「还在吗」)."""
    rest = nt.plain
    for hit in ps.matcher.find(nt):
        rest = rest.replace(hit.heard, "")
    return not rest.strip()


def left_waiting(ctx: CallContext, p: HangupParams) -> tuple[list[Turn], str] | None:
    """The customer's turns after the agent's last one, and why they show the customer was left
    waiting (``question`` or ``call_out``); None when the customer was not left waiting.

    Judged on the customer's last clause (「…什么时候能来？今天能来吗？」: 「今天能来吗」), after
    dropping trailing call-outs (「喂？喂？」): the question must be what the call ends on, not
    something asked and then let go (「是吗？那好吧」, 「那什么时候到？哦知道了，拜拜」)."""
    last_agent = ctx.agent[-1]
    tail = [t for t in ctx.customer if t.start >= last_agent.start and t.end > last_agent.end]
    if not tail:
        return None
    clauses = [(normalize(c), q) for c, q in _clauses(tail)]
    clauses = [(nt, q) for nt, q in clauses if nt.plain]
    called = False
    while clauses and p.call_out and _only(p.call_out, clauses[-1][0]):
        clauses.pop()
        called = True
    if clauses:
        last, asked = clauses[-1]
        if p.customer_done and p.customer_done.matcher.matches(last):
            return None
        cut = any(tail[-1].raw.rstrip().endswith(m) for m in p.cut_marks) or \
            any(last.raw.rstrip().endswith(m) for m in p.cut_marks)
        if asked or cut or (p.unanswered and p.unanswered.matcher.matches(last)):
            return tail, "question"
    if not called:
        return None
    # 「喂？喂？」 alone: a conversation must have been under way (the customer said more than
    # call-outs before; else the line never connected) and the agent did not close
    earlier = [t for t in ctx.customer if t.start < last_agent.start]
    if not any(not _only(p.call_out, t) for t in earlier) and not clauses:
        return None
    last = ctx.agent[-p.closing_turns:]
    if _closed(p, last):
        return None
    return tail, "call_out"


def _closed(p: HangupParams, last: list[Turn]) -> bool:
    """The agent's last turns hold a closing formula, a farewell or a blessing."""
    return any(ps and ps.matcher.found_in(last) for ps in (p.closing, p.farewell, p.blessing))


@family("hangup", HangupParams, few_turns=True, explanation="{what},疑似先挂断客户电话")
def hangup(ctx: CallContext, rule):
    """不先挂客户电话: the call ends on the agent's side before the customer is done.

    What a transcript can show: who spoke last and what they said, not who pressed the
    button. "Before the customer" shows only when the customer was still there: the customer
    has the last word and is left waiting — their last turns ask or request something
    (``unanswered``: 能不能/什么时候/吗…, or a question mark), break off mid-sentence
    (``cut_marks``), or call into a line gone quiet (``call_out``: 「喂？喂？」「还在吗」) after the
    agent had been talking without a closing — and no agent reply follows. A customer who ends
    with their own goodbye (``customer_done``: 再见/拜拜/挂了) or a plain 「好的，谢谢」 is done.

    The agent having the last word without a closing (「行，就这样」「嗯，挂了」 then the call
    ends) is a missing closing (QA111/QA112), not a hang-up: nothing after it shows the customer
    was still waiting. ``agent_last_word: true`` counts it as a hang-up too (the development
    set's first reading).

    Fires:      agent 「会有师傅联系你」 → customer 「什么时候联系？」 (call ends)
    Fires:      customer 「宽带断了」 → agent 「我看一下」 → customer 「喂？还在吗？」 (call ends)
    Must not:   customer 「我还没想好」 → agent 「行，就这样」 (call ends: QA111's business)
    Must not:   agent 「感谢您的来电，再见」 → customer 「好的，谢谢，再见」
    """
    p: HangupParams = rule.params
    if not ctx.agent or not ctx.customer:
        return
    last_agent, last_customer = ctx.agent[-1], ctx.customer[-1]
    if last_agent.start < last_customer.start or last_agent.end <= last_customer.end:
        waiting = left_waiting(ctx, p)
        if waiting is None:
            return
        tail, why = waiting
        what = (f"客户最后的问题「{tail[-1].text}」无人回应" if why == "question"
                else f"客户在线呼叫「{tail[-1].text}」无人回应")
        yield Evidence.at([last_agent, *tail], "客户未完" if why == "question" else "客户呼叫",
                          what=what, last=last_agent.text)
        return
    if not p.agent_last_word:
        return
    last = ctx.agent[-p.closing_turns:]
    if _closed(p, last):
        return
    yield Evidence.at([last_customer, last_agent], "结束语", last=last_agent.text,
                      what=f"坐席在客户之后结束通话且未致结束语(最后一句「{last_agent.text}」)")


register_metric("talk_overs", lambda ctx: len(interruptions(ctx, TalkOverParams())), True)
register_metric("agent_chars_per_minute", lambda ctx: agent_rate(ctx)[0], True)
