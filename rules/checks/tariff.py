"""tariff: fee disclosure (资费告知) — the top source of complaints."""
from __future__ import annotations

from pydantic import Field

from ..context import CallContext, Evidence
from ..params import Params, PhraseSet
from . import family


class TariffParams(Params):
    question: PhraseSet                    # the customer asks about fees (收费/多少钱/…)
    amount: PhraseSet                      # an amount (patterns over normalised digits: 30元)
    start: PhraseSet                       # when charging starts (次月起/首月免费/到期后…)
    gloss: PhraseSet = PhraseSet()         # glossing over (免费期/先用着): named in the finding
    exempt: PhraseSet = PhraseSet()        # a complete answer on its own (永久免费)
    answer_turns: int = Field(3, ge=1)     # the answer = the next K agent turns …
    answer_seconds: float = Field(60, gt=0)  # … starting within T seconds of the question's end


@family("tariff", TariffParams, explanation="客户询问资费「{question}」,{detail}")
def tariff(ctx: CallContext, rule):
    """资费告知: when the customer asks about fees, the agent states the amount and when
    charging starts, in the next few turns.

    Customers complain they were told a service was free and never when or how much they
    would pay; 「现在是免费期」 without an amount and a start date is the violation. No fee
    question → nothing to check. Several questions answered by the same turns → one finding.

    Fires:      customer 「这个要收费吗」 → agent 「现在是免费期，您先用着」
    Must not:   customer 「这个要收费吗」 → agent 「首月免费，次月起每月三十元」
    """
    p: TariffParams = rule.params
    q_matcher = p.question.matcher
    answered: set[int] = set()
    agent = ctx.agent
    for q in ctx.customer:
        qhit = q_matcher.search(q.norm)
        if qhit is None:
            continue
        window = [t for t in agent if t.start >= q.start and t.start <= q.end + p.answer_seconds]
        window = window[: p.answer_turns]
        if window and window[0].i in answered:
            continue
        answered.update(t.i for t in window)
        if not window:
            yield Evidence(q.start, q.end, q.text, "金额、起收时间",
                           {"question": qhit.heard, "detail": "坐席未作答"})
            continue
        has = {name: any(ps.matcher.search(t.norm) for t in window)
               for name, ps in (("amount", p.amount), ("start", p.start), ("exempt", p.exempt))}
        if has["exempt"] or (has["amount"] and has["start"]):
            continue
        missing = [label for key, label in (("amount", "金额"), ("start", "起收时间")) if not has[key]]
        gloss = next((h for t in window for h in [p.gloss.matcher.search(t.norm)] if h), None) if p.gloss else None
        detail = "坐席未告知" + "和".join(missing)
        if gloss is not None:
            detail = f"坐席以「{gloss.heard}」搪塞," + detail[2:]
        ev = Evidence.at(window, "、".join(missing), question=qhit.heard, detail=detail)
        ev.start = q.start
        yield ev
