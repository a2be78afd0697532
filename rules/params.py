"""Building blocks for rule parameters in a rulebook: phrase sets and position windows.

Each check family declares a :class:`Params` model made of these; the rulebook loader
validates a rule's ``params`` against it (unknown keys are errors) and then calls
:meth:`Params.prepare`, which compiles every phrase set into a :class:`~.matching.Matcher`
once per rulebook load.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .matching import Matcher, fuzzy_pairs
from .regex_safety import check_pattern
from .scope import Scope

__all__ = ["StrictModel", "Params", "PhraseSet", "Window", "Speaker", "iter_matchers"]

Speaker = Literal["agent", "customer", "any"]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PhraseSet(StrictModel):
    """Phrases (any of them), regular expressions, and exclusion patterns.

    In YAML either a list of phrases or a mapping::

        phrases: [不清楚, 不知道]
        patterns: ['^喂']               # Python regex on the punctuation-free text
        exclude: ['不知道您(方便|是否)']  # a hit inside a span matching one of these is ignored
        fuzzy: true                      # pinyin matching; default: the rule's ``fuzzy``
        scope: {skip: [reported], subject: [self, none]}   # see :mod:`.scope`
        phonetic: true                   # 神经变 → 神经病 (see :mod:`.phonetic`; needs fuzzy)
    """
    phrases: list[str] = []
    patterns: list[str] = []
    exclude: list[str] = []
    fuzzy: bool | list[str] | None = None
    scope: Scope = Scope()             # who/how: skip reported, negated, conditional hits; subjects
    phonetic: bool = False             # fuzzy phrases of 3+ syllables also match with one final misheard

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, str):
            return {"phrases": [value]}
        if isinstance(value, list):
            return {"phrases": value}
        return value

    @field_validator("patterns", "exclude")
    @classmethod
    def _regexes(cls, value: list[str]) -> list[str]:
        for p in value:
            try:
                re.compile(p)
                check_pattern(p)
            except re.error as exc:
                raise ValueError(f"bad regular expression {p!r}: {exc}") from None
        return value

    @field_validator("fuzzy")
    @classmethod
    def _pairs(cls, value):
        if isinstance(value, list):
            fuzzy_pairs(value)   # raises ValueError naming the unknown pair
        return value

    def prepare(self, fuzzy: bool | list[str] = False, fuzzy_min_len: int = 2) -> None:
        """Compiles the set into ``self.matcher`` (a plain instance attribute: hot-path fast)."""
        matcher = Matcher(self.phrases, self.patterns, self.exclude,
                          self.fuzzy if self.fuzzy is not None else fuzzy, fuzzy_min_len, self.scope,
                          self.phonetic)
        object.__setattr__(self, "matcher", matcher)

    def __getattr__(self, name: str):
        if name == "matcher":          # not prepared yet (used outside a rulebook): exact matching
            self.prepare()
            return self.__dict__["matcher"]
        return super().__getattr__(name)

    def __bool__(self) -> bool:
        return bool(self.phrases or self.patterns)


class Window(StrictModel):
    """Which turns of the rule's speaker a check looks at (all of them by default).

    ``first_turns``: only the first N; ``first_seconds``: only turns starting within N seconds
    of the call start; ``last_turns``: only the last N; ``last_seconds``: only turns ending
    within N seconds of the call end (``call_end``); ``skip_first_turns``: ignore the first N.
    """
    first_turns: int | None = Field(None, ge=1)
    first_seconds: float | None = Field(None, gt=0)
    last_turns: int | None = Field(None, ge=1)
    last_seconds: float | None = Field(None, gt=0)
    skip_first_turns: int = Field(0, ge=0)

    @property
    def everything(self) -> bool:
        return (self.first_turns is None and self.first_seconds is None and self.last_turns is None
                and self.last_seconds is None and not self.skip_first_turns)

    def select(self, turns: list, call_end: float | None = None) -> list:
        if self.skip_first_turns:
            turns = turns[self.skip_first_turns:]
        if self.first_turns is not None:
            turns = turns[: self.first_turns]
        if self.first_seconds is not None:
            turns = [t for t in turns if t.start <= self.first_seconds]
        if self.last_turns is not None:
            turns = turns[-self.last_turns:]
        if self.last_seconds is not None:
            end = call_end if call_end is not None else max((t.end for t in turns), default=0.0)
            turns = [t for t in turns if t.end >= end - self.last_seconds]
        return turns

    def describe(self, speaker: str = "agent") -> str:
        """English, for traces: ``first 2 agent turns``."""
        parts = []
        if self.skip_first_turns:
            parts.append(f"after the first {self.skip_first_turns} {speaker} turns")
        if self.first_turns is not None:
            parts.append(f"first {self.first_turns} {speaker} turns")
        if self.first_seconds is not None:
            parts.append(f"first {self.first_seconds:g} s")
        if self.last_turns is not None:
            parts.append(f"last {self.last_turns} {speaker} turns")
        if self.last_seconds is not None:
            parts.append(f"last {self.last_seconds:g} s")
        return ", ".join(parts) or f"all {speaker} turns"


def phrase_sets(value: Any) -> Iterable[PhraseSet]:
    """Every phrase set inside a value: a params model's fields, nested models, dicts, lists."""
    if isinstance(value, PhraseSet):
        yield value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from phrase_sets(getattr(value, name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from phrase_sets(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from phrase_sets(v)


def iter_matchers(value: Any) -> Iterable[Matcher]:
    """Every compiled matcher inside a params model (its prepared phrase sets)."""
    for ps in phrase_sets(value):
        m = ps.__dict__.get("matcher")
        if m is not None:
            yield m


class Params(StrictModel):
    """Base of every family's parameters."""

    def notes(self) -> dict[str, str]:
        """Field → code of each rule this one reports findings under (a guard's held note); none here."""
        return {}

    def prepare(self, fuzzy: bool | list[str] = False, fuzzy_min_len: int = 2) -> None:
        """Compiles every phrase set (fields, nested models, dicts and lists of them) once."""
        for ps in phrase_sets(self):
            ps.prepare(fuzzy, fuzzy_min_len)
