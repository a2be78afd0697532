"""tariff: fee disclosure (资费告知) — the top source of complaints."""
from __future__ import annotations

from bisect import bisect_left

from pydantic import Field

from ..context import CallContext, Evidence, Turn
from ..params import Params, PhraseSet
from . import family


class TariffParams(Params):
    question: PhraseSet                    # the customer asks what a service costs / when it charges
    dispute: PhraseSet = PhraseSet()       # a billing dispute (多扣了/乱扣费/退费): not a fee question
    amount: PhraseSet                      # an amount (patterns over normalised digits: 30元)
    start: PhraseSet                       # when charging starts (次月起/首月免费/到期后…)
    gloss: PhraseSet = PhraseSet()         # glossing over (免费期/先用着): named in the finding
    exempt: PhraseSet = PhraseSet()        # a complete answer on its own (永久免费)
    # A price for one item or one job (一瓶128元, 学生票30元, 多少钱一克, 总价): paid when bought, so
    # its amount completes the answer — unless a period is named (每月, 年费, 续费, 会员): a
    # recurring fee still owes when charging starts. Said in the question or the answer.
    one_off: PhraseSet = PhraseSet()
    recurring: PhraseSet = PhraseSet()
    # A question about when it is paid (「什么时候付？」 after 「两天四百元」) follows up on what the
    # agent just said: that turn counts toward the answer too.
    when_asked: PhraseSet = PhraseSet()
    answer_turns: int = Field(3, ge=1)     # the answer = the next K agent turns …
    answer_seconds: float = Field(60, gt=0)  # … starting within T seconds of the question's end


def fee_questions(ctx: CallContext, p: TariffParams):
    """(customer turn, question hit) for each fee question; billing disputes are skipped."""
    d_matcher = p.dispute.matcher if p.dispute else None
    for q, hits in p.question.matcher.scan(ctx.customer):
        if d_matcher is not None and d_matcher.matches(q):
            continue
        yield q, hits[0]


def answer_window(ctx: CallContext, q: Turn, p: TariffParams) -> list[Turn]:
    """The agent turns that may answer fee question ``q``."""
    limit = q.end + p.answer_seconds
    agent, n = ctx.agent, p.answer_turns
    window: list[Turn] = []
    # agent turns are sorted by start: from the first at or after the question's start, onwards
    for k in range(bisect_left(ctx.agent_starts, q.start), len(agent)):
        t = agent[k]
        if t.start > limit or len(window) >= n:
            break
        window.append(t)
    return window


@family("tariff", TariffParams, explanation="客户询问资费「{question}」,{detail}")
def tariff(ctx: CallContext, rule):
    """资费告知: when the customer asks about fees, the agent states the amount and when
    charging starts, in the next few turns.

    Customers complain they were told a service was free and never when or how much they
    would pay; 「现在是免费期」 without an amount and a start date is the violation. No fee
    question → nothing to check. A billing dispute (「怎么多扣了五十块」「是不是乱扣费」
    「给我退费」) is not a fee question. Several questions answered by the same turns → one
    finding. Evidence: the question and the agent turns that answered it (those mentioning
    an amount, a start or a gloss; else the first reply), nothing in between.

    Fires:      customer 「这个要收费吗」 → agent 「现在是免费期，您先用着」
    Must not:   customer 「这个要收费吗」 → agent 「首月免费，次月起每月三十元」
    """
    p: TariffParams = rule.params
    # the questions to judge and their answer windows first (a question whose window starts
    # where an earlier one's did is skipped, whatever the verdict) …
    judged, answered = [], set()
    for q, qhit in fee_questions(ctx, p):
        window = answer_window(ctx, q, p)
        if window and window[0].i in answered:
            continue
        answered.update(t.i for t in window)
        # a follow-up (「什么时候付？」 after 「两千八百元」) is answered by what the agent just said too
        before = None
        if p.when_asked and p.when_asked.matcher.matches(q):
            k = bisect_left(ctx.agent_starts, q.start) - 1
            before = ctx.agent[k].i if k >= 0 and ctx.agent[k].end >= q.start - p.answer_seconds else None
        judged.append((q, qhit, window, before))
    if not judged:
        return
    # … then each part's matcher runs once over all the window turns, not once per turn asked
    # (the verdict was ~50 matcher calls a call, the family's biggest cost)
    pool = [ctx.turns[i] for i in sorted(answered | {b for *_, b in judged if b is not None})]
    said: dict[str, set[int]] = {}

    def turns_saying(key: str) -> set[int]:
        found = said.get(key)
        if found is None:
            ps = getattr(p, key)
            found = said[key] = {t.i for t in ps.matcher.matching_turns(pool)} if ps else set()
        return found

    for q, qhit, window, before in judged:
        if not window:
            yield Evidence.at([q], "金额、起收时间", question=qhit.heard, detail="坐席未作答")
            continue
        ids = {t.i for t in window} | ({before} if before is not None else set())
        # the verdict first (most answers are complete), the details only for a finding
        if not turns_saying("exempt").isdisjoint(ids) and turns_saying("gloss").isdisjoint(ids):
            continue                       # (「开户是免费的」 then 「佣金很低的」: the gloss is still a gloss)
        if not turns_saying("amount").isdisjoint(ids):
            if not turns_saying("start").isdisjoint(ids):
                continue
            # (the gloss first: its phrases are found in the call's one pass; then the period — most fees
            # name one, which ends the search at once — and last the one-off price: patterns asked of
            # this answer's few turns only)
            if p.one_off and turns_saying("gloss").isdisjoint(ids):
                spoken = [q, *(ctx.turns[i] for i in sorted(ids))]
                recurring = p.recurring.matcher.matches if p.recurring else None
                one_off = p.one_off.matcher.matches
                if (recurring is None or not any(recurring(t) for t in spoken)) and any(one_off(t) for t in spoken):
                    continue
        heard = ([ctx.turns[before]] if before is not None else []) + window
        has = {key: [t for t in heard if t.i in turns_saying(key)] for key in ("amount", "start", "gloss")}
        missing = [label for key, label in (("amount", "金额"), ("start", "起收时间")) if not has[key]]
        detail = "坐席未告知" + "和".join(missing)
        if has["gloss"]:
            gloss = p.gloss.matcher.search(has["gloss"][0])
            detail = f"坐席以「{gloss.heard}」搪塞," + detail[2:]
        relevant = {t.i for key in ("amount", "start", "gloss") for t in has[key]}
        answer = [t for t in heard if t.i in relevant] or window[:1]
        yield Evidence.at([q, *answer], "、".join(missing), question=qhit.heard, detail=detail)
