"""closing: the agent's closing (结束语) and blessing (祝福语) at the end of the call."""
from __future__ import annotations

from ..context import CallContext, Evidence
from ..params import Params, PhraseSet, Window
from . import family
from .greeting import missing_parts


class ClosingParams(Params):
    # Every named part must be heard in the window, e.g. 结束语 / 祝福语.
    require: dict[str, PhraseSet]
    window: Window = Window(last_turns=3)
    # Heard in the window, these complete the closing on their own. DOMAIN.md's 结束语 names
    # delivery, service number and 工号 "where relevant", then the blessing: a call with nothing
    # to deliver is closed by 「祝您生活愉快，再见」, and only a missing blessing costs points.
    complete_with: PhraseSet = PhraseSet()
    # Heard in the agent's last turn, the call is handed over (转接): the colleague who takes
    # it closes it, so this agent owes no closing.
    handover: PhraseSet = PhraseSet()


@family("closing", ClosingParams, few_turns=True, explanation="结束语{problem}:{detail}")
def closing(ctx: CallContext, rule):
    """结束语/祝福语: the agent closes the call properly in its last turns.

    Customers remember the end of a call; the standard asks for a closing (「感谢您的来电」,
    「还有其他可以帮您的吗」, 「感谢您的耐心等待」) and a blessing (「祝您生活愉快」). Each part is
    its own rule, so a partial closing costs only the part it lacks. Calls without agent speech,
    where the customer never spoke (a silent line the agent ends with 「请您稍后再拨」), and calls
    the agent hands over to a colleague (「现在为您转接…请稍候」) are not judged.

    Fires:      agent's last words 「好的，就这样」
    Must not:   agent's last words 「感谢您的来电，祝您生活愉快，再见」, or (QA111, whose blessing
                completes it) 「不客气，祝您早日康复，再见」
    """
    p: ClosingParams = rule.params
    if not ctx.agent or not ctx.customer:      # a silent line: nobody to close the call with
        return
    if p.handover and p.handover.matcher.found_in(ctx.agent[-1:]):
        return
    turns = p.window.select(ctx.agent) or ctx.agent[-1:]
    if p.complete_with and p.complete_with.matcher.found_in(turns):
        return
    found, missing = missing_parts(turns, p.require)
    if missing:
        # evidence: what the agent ended with
        yield Evidence.at(ctx.agent[-1:], "、".join(missing), problem="缺失" if not found else "不完整",
                          detail="缺少" + "、".join(missing))
