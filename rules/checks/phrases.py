"""Phrase families: something the agent must never say (forbidden, insult, name_ask).

All three share one mechanism — a phrase set searched in the agent's turns inside a window —
and differ in data (phrases, exclusions, fuzziness, severity, fatal) and meaning.
"""
from __future__ import annotations

import re

from pydantic import model_validator

from ..context import CallContext, Evidence
from ..learned import Learned, learned_hits
from ..params import Params, PhraseSet, Window
from . import family


class PhraseParams(Params):
    phrases: PhraseSet                 # any of these in an agent turn fires
    window: Window = Window()          # which agent turns are checked (default: all)


# A sound-alike hit never spans the end of a sentence: 「…直接打给我。感谢您的来电」 is heard
# like 给我滚 only because matching ignores punctuation (an exact phrase may; its words are there).
_SENTENCE_END = re.compile(r"[。？?！!；;]")


def _whole(hit) -> bool:
    return not (hit.fuzzy and _SENTENCE_END.search(hit.heard))


def agent_phrase_hits(ctx: CallContext, rule) -> list[Evidence]:
    """One piece of evidence per turn of the rule's speaker (agent by default) containing a
    phrase (all its hits listed); a sound-alike hit across a sentence end is dropped."""
    p: PhraseParams = rule.params
    matcher = p.phrases.matcher
    out = []
    for turn, hits in matcher.scan(ctx.select(rule.speaker, p.window)):
        if any(h.fuzzy for h in hits):
            hits = [h for h in hits if _whole(h)]
            if not hits:
                continue
        matched = "、".join(dict.fromkeys(h.phrase for h in hits))      # stored: which entry fired
        heard = "、".join(dict.fromkeys(h.heard for h in hits))
        fuzzy = [h for h in hits if h.fuzzy]
        note = "(听写为「" + "、".join(h.heard for h in fuzzy) + "」)" if fuzzy else ""
        said = "、".join(dict.fromkeys(matcher.shown(h) for h in hits))  # quoted: a pattern's hit as said
        out.append(Evidence(turn.start, turn.end, turn.text, matched,
                            {"heard": heard, "fuzzy_note": note, "matched": said}, turn.speaker))
    return out


@family("forbidden", PhraseParams, scoped=True, explanation="坐席使用服务禁语「{matched}」{fuzzy_note}")
def forbidden(ctx: CallContext, rule):
    """服务禁语: the agent brushes the customer off or talks down to them.

    Customers hear 「不清楚」「不知道」 as "not my problem"; the standard lists them as 禁语.
    Polite constructions that merely contain the words are excluded in the rulebook.

    Fires:      agent 「这个我不清楚，你问别人吧」
    Must not:   agent 「不知道您现在方便吗？我帮您查清楚」; customer 「我不知道」
    """
    return agent_phrase_hits(ctx, rule)


class InsultParams(PhraseParams):
    """Phrases, or — with ``learned`` — a learned model's judgement of each turn (:mod:`..learned`)."""
    phrases: PhraseSet = PhraseSet()
    learned: Learned | None = None

    @model_validator(mode="after")
    def _phrases_or_model(self):
        if not self.phrases and self.learned is None:
            raise ValueError("an insult rule needs phrases, or a learned model (learned: {model: insult})")
        return self


@family("insult", InsultParams, scoped=True, explanation="坐席使用侮辱/攻击性语言「{matched}」{fuzzy_note},一票否决")
def insult(ctx: CallContext, rule):
    """侮辱/攻击/讽刺: the gravest class of problem, fatal (一票否决) in the default rulebook.

    Matched on pinyin with fuzzy pairs so an ASR mishearing still counts; the finding shows
    what was heard and the phrase it matched. With ``learned``, the findings are the turns the
    learned insult model scores at or above its threshold (``{p}``: the probability), for
    wordings no phrase holds — only turns no phrase rule of the check found words in (learned
    rules are scored last), so one insult is one finding.

    Fires:      agent 「你是不是神精病啊」 (heard for 神经病)
    Must not:   agent 「系统正在滚动升级」; customer 「你们是不是有病」
    """
    p: InsultParams = rule.params
    out = agent_phrase_hits(ctx, rule) if p.phrases else []
    worded = ctx.worded.setdefault(rule.check, set())
    worded.update((ev.start, ev.end) for ev in out)
    if p.learned is not None:
        turns = [t for t in ctx.select(rule.speaker, p.window) if (t.start, t.end) not in worded]
        for turn, prob in learned_hits(ctx, turns, p.learned):
            out.append(Evidence(turn.start, turn.end, turn.text, f"{p.learned.model}模型≥{p.learned.threshold:g}",
                                {"p": f"{prob:.2f}", "heard": turn.text, "matched": turn.text,
                                 "fuzzy_note": f"(模型判定,p={prob:.2f})"}, turn.speaker))
    return out


class NameAskParams(Params):
    """An impolite ask (``phrases`` in the speaker's turns), or — with ``order`` — no ask at all
    in an order flow: the customer asks to order or book (``order``, customer turns), the agent
    takes it (``taken``, an agent turn after that), and no turn of either speaker asks, gives or
    uses a name (``known``)."""
    phrases: PhraseSet = PhraseSet()   # an impolite ask in an agent turn fires
    window: Window = Window()          # which agent turns are checked (default: all)
    order: PhraseSet = PhraseSet()     # the customer asks to order or book
    taken: PhraseSet = PhraseSet()     # the agent takes the order (after the customer's ask)
    known: PhraseSet = PhraseSet()     # a name asked, given or used anywhere: nothing is missing
    # the customer, after the agent's taking turn, lets it go (算了，我再问问别家): no order was taken
    declined: PhraseSet = PhraseSet()


def missing_name_ask(ctx: CallContext, p: NameAskParams) -> list[Evidence]:
    """The agent's turn that took an order with no name asked, given or used in the call.
    (The phrase sets first — the call's one automaton pass found them — and the customer's
    order patterns last, on the turns before the agent took it.)"""
    taken = p.taken.matcher.matching_turns(ctx.agent)
    if not taken or p.known.matcher.matching_turns(ctx.turns):
        return []
    last = taken[-1].start
    asks = p.order.matcher.scan([t for t in ctx.customer if t.start < last])
    if not asks:
        return []
    first = asks[0][0].start
    took = [t for t in taken if t.start > first]
    if not took:
        return []
    turn = took[-1]
    if p.declined and p.declined.matcher.matching_turns([t for t in ctx.customer if t.start > turn.start]):
        return []
    said = "、".join(dict.fromkeys(h.heard for h in asks[0][1]))
    return [Evidence(turn.start, turn.end, turn.text, said, {"order": asks[0][0].text}, turn.speaker)]


@family("name_ask", NameAskParams, scoped=True, explanation="坐席询问客户姓名用语不当「{matched}」,应说「您贵姓/您怎么称呼」")
def name_ask(ctx: CallContext, rule):
    """询问称呼: the agent must ask 「您贵姓」/「您怎么称呼」, never 「你姓什么」 — and must ask at
    all when taking an order or a booking (订单流程: 「您贵姓/您怎么称呼」 before the order is verified).

    Fires:      agent 「你姓什么？」; customer 「我想订两盒粽子」 … agent 「好的，收到地址就发货」 with no
                name asked, given or used in the call (a rule with ``order``)
    Must not:   agent 「请问您贵姓？」; an order where the agent asked 「请问您怎么称呼」 or the customer
                said 「我姓齐」; a call with no order; an order the customer lets go after the agent's terms
                (``declined``: 「算了，我再问问别家」)
    """
    p: NameAskParams = rule.params
    out = agent_phrase_hits(ctx, rule) if p.phrases else []
    if p.order:
        out += missing_name_ask(ctx, p)
    return out
