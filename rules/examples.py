"""Running a rulebook's own examples (sqlfluff-style): ``callqa rules test RULEBOOK``.

A ``fire`` example must produce at least one finding of its rule; a ``pass`` example none.
Examples run against the whole rulebook, so rules see the same context as on real calls.
"""
from __future__ import annotations

from dataclasses import dataclass

from .rulebook import Rulebook
from .scoring import Finding, score_call
from .transcript import Transcript

__all__ = ["Example", "ExampleResult", "iter_examples", "run_example", "check_examples"]


@dataclass(frozen=True)
class Example:
    code: str
    kind: str          # "fire" | "pass"
    index: int
    items: list

    @property
    def id(self) -> str:
        return f"{self.code}-{self.kind}-{self.index}"


@dataclass(frozen=True)
class ExampleResult:
    example: Example
    ok: bool
    findings: list[Finding]     # findings of the example's rule

    def describe(self) -> str:
        want = "to fire" if self.example.kind == "fire" else "not to fire"
        got = "; ".join(f.explanation for f in self.findings) or "no finding"
        return f"{self.example.id}: expected {want}, got {got}"


def iter_examples(rulebook: Rulebook) -> list[Example]:
    out = []
    for rule in rulebook.rules:
        for kind, cases in (("fire", rule.examples.fire), ("pass", rule.examples.pass_)):
            out.extend(Example(rule.code, kind, i, items) for i, items in enumerate(cases))
    return out


def run_example(rulebook: Rulebook, example: Example) -> ExampleResult:
    card = score_call(Transcript.from_items(example.items, call_id=example.id), rulebook)
    mine = [f for f in card.findings if f.rule_id == example.code]
    ok = bool(mine) if example.kind == "fire" else not mine
    return ExampleResult(example, ok, mine)


def check_examples(rulebook: Rulebook) -> list[ExampleResult]:
    """Every example's result; failures have ``ok`` False."""
    return [run_example(rulebook, ex) for ex in iter_examples(rulebook)]
