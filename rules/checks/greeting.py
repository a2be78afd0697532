"""greeting: the agent's opening (开头语) — missing, incomplete, late, or opening with 「喂」."""
from __future__ import annotations

from pydantic import model_validator

from ..context import CallContext, Evidence, Turn
from ..guard import Guard
from ..params import Params, PhraseSet, Window
from . import family


def missing_parts(turns: list[Turn], require: dict[str, PhraseSet],
                  also: dict[str, PhraseSet] | None = None) -> tuple[list[str], list[str]]:
    """(found, missing) part names: a part is found when any of its phrases is in any turn, or
    any phrase of its extra set in ``also`` (the greeting's company names count as 自报家门)."""
    found, missing = [], []
    for name, ps in require.items():
        extra = also.get(name) if also else None
        ok = ps.matcher.found_in(turns) or (extra is not None and bool(extra) and extra.matcher.found_in(turns))
        (found if ok else missing).append(name)
    return found, missing


class GreetingParams(Params):
    # Every named part must be heard in the window, e.g. 问候 / 自报家门 / 提供帮助.
    require: dict[str, PhraseSet] = {}
    window: Window = Window(first_turns=2)
    # The center's own names (company, brand, hotline). Any of them heard in the window counts
    # as the part named by ``company_part``: 「您好，星辰通信，请问…」 introduces the agent.
    company_names: PhraseSet = PhraseSet()
    company_part: str = "自报家门"
    # Phrases/patterns the first agent turn must not start with (e.g. pattern '^喂').
    openers: PhraseSet = PhraseSet()
    # The agent's first words must start within this many seconds of the call start.
    max_delay: float | None = None
    # A first agent turn that is only this (a filler, a bare 「嗯」「喂」: anchored patterns) and
    # is answered by the customer before the agent's next turn: the greeting came late.
    bare_opener: PhraseSet = PhraseSet()
    # The greeting words (您好…): a first agent turn without them (other talk: 「等一下，系统还没
    #刷出来」), answered by the customer, with the greeting only in the agent's next turn: late.
    late_greeting: PhraseSet = PhraseSet()
    # Words that make a first agent turn part of the opening (客服, 工号, 这里是…). A first turn
    # with none of them nor the greeting words — other talk (to a colleague: 「等会儿，你帮我
    # 拿一下」) — followed by the greeting in the agent's next turn is late even when the
    # customer did not speak in between: the customer heard the other talk first. Unset: only
    # a first turn the customer answered counts.
    opening_words: PhraseSet = PhraseSet()
    # The customer asking who is calling (「你是哪里的？」「哪位？」): what the agent says after it
    # was drawn out of them, not offered — it is no longer the opening (an outbound 「您好，我是小梁」
    # naming the company only when asked is incomplete).
    asked_who: PhraseSet = PhraseSet()
    # The customer asking whether anyone is there (「喂？有人吗？」) before the agent's first words:
    # the line was open and silent, so the greeting came late however complete (a bare 「喂？」 on
    # a bad line, answered at once, is not this).
    customer_waited: PhraseSet = PhraseSet()
    # A learned model's second opinion on ``require`` (:mod:`..guard`): a finding of parts missing
    # whose opening the model judges complete (probability < threshold) is no deduction but a
    # 0-point note of the rule ``note`` names, for review. Missing model file: unguarded.
    guard: Guard | None = None

    @model_validator(mode="after")
    def _company_part(self):
        if self.company_names and self.company_part not in self.require:
            raise ValueError(f"company_names count as the require part {self.company_part!r}, which is not "
                             f"in require ({', '.join(self.require) or 'empty'}); add it or set company_part")
        return self

    @model_validator(mode="after")
    def _guard(self):
        if self.guard is not None and not self.require:
            raise ValueError("guard judges the require parts' findings; this rule has no require")
        return self

    def notes(self) -> dict[str, str]:
        """Field → code of each rule this one reports findings under (the guard's held note)."""
        return {"guard.note": self.guard.note} if self.guard is not None else {}

    @property
    def also(self) -> dict[str, PhraseSet]:
        """Extra phrase sets per require part (the company names)."""
        return {self.company_part: self.company_names} if self.company_names else {}


@family("greeting", GreetingParams, few_turns=True, explanation="开头语{problem}:{detail}")
def greeting(ctx: CallContext, rule):
    """开头语: a complete greeting = 问候 + 自报家门 (公司/工号) + 提供帮助, said at once.

    One family, four aspects, each enabled by its parameter (a rule normally sets one):
    ``require`` (parts missing in the first agent turns), ``openers`` (first words 「喂」),
    ``max_delay`` (first agent words too late), ``bare_opener`` (the agent opened with only
    「嗯」 or a filler and greeted only after the customer had spoken: the standard wants the
    greeting first), ``late_greeting`` (the same when the first words were other talk: the
    greeting words are missing from the first agent turn and come in the next, after the
    customer spoke, or — with ``opening_words`` — when the first words were other talk with
    none of the opening's words). Calls without agent speech are not judged.
    ``company_names`` (the center's own names) also count as the self-introduction part;
    ``customer_waited``: the customer asked 「有人吗」 before the agent spoke (late).
    ``guard`` (with ``require``): a learned model's second opinion on the parts missing; where it
    judges the opening complete the finding is held back as the 0-point note of rule ``note``
    (its explanation names the parts and the model's probability p) — a model never adds one.

    Fires:      agent 「喂，你说」
    Must not:   agent 「您好，客服中心8号为您服务，请问有什么可以帮您？」
    """
    p: GreetingParams = rule.params
    if not ctx.agent:
        return
    first = ctx.agent[0]
    if p.require:
        turns = p.window.select(ctx.agent) or [first]
        if p.asked_who and len(turns) > 1:
            asked = next((c.start for c in ctx.customer if c.start < turns[-1].start
                          and p.asked_who.matcher.matches(c)), None)
            if asked is not None:
                turns = [t for t in turns if t.start < asked] or [first]
        found, missing = missing_parts(turns, p.require, p.also)
        if missing:
            problem = "缺失" if not found else "不完整"
            detail = "缺少" + "、".join(missing)
            # evidence: what the agent opened with
            ev = Evidence.at([first], "、".join(missing), problem=problem, detail=detail, missing="、".join(missing))
            prob = p.guard.probability(ctx) if p.guard is not None else None
            if prob is not None:
                ev.vars["p"] = f"{prob:.2f}"
                if prob < p.guard.threshold:       # the model judges the opening complete: held
                    ev.rule = p.guard.note
            yield ev
    if p.openers:
        hit = p.openers.matcher.search(first)
        if hit is not None:
            yield Evidence(first.start, first.end, first.text, hit.phrase,
                           {"problem": "不规范", "detail": f"以「{hit.heard}」开头"})
    if p.bare_opener and p.bare_opener.matcher.matches(first):
        following = ctx.agent[1].start if len(ctx.agent) > 1 else float("inf")
        answered = [t for t in ctx.customer if first.start <= t.start < following]
        if answered:
            yield Evidence.at([first, answered[0]], "开头语", problem="过晚",
                              detail=f"首句只有「{first.text}」,客户说话后才问候")
    elif (p.late_greeting and len(ctx.agent) > 1 and not p.late_greeting.matcher.matches(first)
          and p.late_greeting.matcher.matches(ctx.agent[1])):
        answered = [t for t in ctx.customer if first.start <= t.start < ctx.agent[1].start]
        if answered:
            yield Evidence.at([first, answered[0], ctx.agent[1]], "开头语", problem="过晚",
                              detail=f"首句「{first.text}」未问候,客户说话后才问候")
        elif p.opening_words and not p.opening_words.matcher.matches(first):
            yield Evidence.at([first, ctx.agent[1]], "开头语", problem="过晚",
                              detail=f"首句「{first.text}」是其他话,之后才问候")
    if p.customer_waited:
        waited = next((c for c in ctx.customer if c.end <= first.start
                       and p.customer_waited.matcher.matches(c)), None)
        if waited is not None:
            yield Evidence.at([waited, first], "开头语", problem="过晚",
                              detail=f"客户先问「{waited.text}」,坐席才开口")
    if p.max_delay is not None and first.start > p.max_delay:
        yield Evidence(first.start, first.end, first.text, f"首句≤{p.max_delay:g}秒",
                       {"problem": "过晚", "detail": f"坐席首句在第{first.start:.1f}秒,超过{p.max_delay:g}秒"})
