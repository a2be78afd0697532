"""held: the 0-point note a guard reports a held-back finding under (:mod:`..guard`)."""
from __future__ import annotations

from ..context import CallContext
from ..params import Params
from . import family


class HeldParams(Params):
    """No parameters: the rule's findings come from the guarded rule that names it (``guard.note``)."""


@family("held", HeldParams, explanation="{code}: 规则的发现被模型暂缓,不扣分,待复核")
def held(ctx: CallContext, rule):
    """A finding another rule's guard held back: the rule's words missed, a learned model judged
    the call fine. Never a deduction (0 points), shown for a person to hear. The rule finds
    nothing by itself; the guarded rule (``guard: {note: <this code>}``) reports under it.

    Fires:      (only through a guard: see QA101's guard and QA105 in the default rulebook)
    Must not:   anything on its own
    """
    return ()
