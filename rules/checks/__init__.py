"""Check families: one small function per family, registered by name.

A family function takes the call context and a rule (its validated ``params``) and yields
:class:`~callqa.rules.context.Evidence`; codes, severities, points and caps come from the
rulebook, so one family serves many rules. Adding a family = a module here with a
:class:`~callqa.rules.params.Params` model and a function decorated with :func:`family`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..params import Params

__all__ = ["Family", "FAMILIES", "family"]


@dataclass(frozen=True)
class Family:
    name: str
    params: type[Params]
    run: Callable[..., Iterable]       # (ctx: CallContext, rule: Rule) -> Iterable[Evidence]
    explanation: str                   # default explanation template (rulebook may override)
    scoped: bool = False               # honours the rule's ``speaker`` (else: judges the agent only)
    # reads a few turns of a call (its opening, its closing, the turns around a silence): its
    # phrase sets keep their own automata, run on those turns, instead of joining the call's
    # merged pass (:class:`~callqa.rules.matching.MatchIndex`), which files every candidate of
    # every turn — most of them, for these sets, never asked about
    few_turns: bool = False

    @property
    def doc(self) -> str:
        return (self.run.__doc__ or "").strip()


FAMILIES: dict[str, Family] = {}


def family(name: str, params: type[Params], explanation: str, scoped: bool = False, few_turns: bool = False):
    def register(fn):
        FAMILIES[name] = Family(name, params, fn, explanation, scoped, few_turns)
        return fn
    return register


from . import closing, custom, filler, greeting, held, phrases, tariff, timing  # noqa: E402,F401  (registration)
