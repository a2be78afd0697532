"""Running a rulebook's own examples (sqlfluff-style): ``callqa rules test RULEBOOK``.

A ``fire`` example must produce at least one finding of its rule; a ``pass`` example none.
Examples run against the whole rulebook, so rules see the same context as on real calls.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .rulebook import Rulebook, load_rulebook
from .scoring import Finding, score_call
from .transcript import Transcript

__all__ = ["Example", "ExampleResult", "ExampleReport", "iter_examples", "run_example", "check_examples"]


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


class ExampleReport(list):
    """The results of a rulebook's examples (a list of :class:`ExampleResult`) with ``ok``,
    ``failures`` and a printable ``summary()`` for ``callqa rules test``."""

    def __init__(self, results, rulebook: Rulebook):
        super().__init__(results)
        self.rulebook = rulebook

    @property
    def failures(self) -> list[ExampleResult]:
        return [r for r in self if not r.ok]

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        book = self.rulebook
        rules = len({r.example.code for r in self})
        where = f" ({book.path})" if book.path is not None else ""
        return (f"{book.name} {book.version}{where}: {len(self)} examples of {rules} rules, "
                f"{len(self) - len(self.failures)} passed, {len(self.failures)} failed")

    def lines(self) -> list[str]:
        """One ``FAIL …`` line per failure, then the summary."""
        return [f"FAIL {r.describe()}" for r in self.failures] + [self.summary()]


def _book(rulebook: Rulebook | str | Path | None) -> Rulebook:
    return rulebook if isinstance(rulebook, Rulebook) else load_rulebook(rulebook)


def iter_examples(rulebook: Rulebook | str | Path | None = None) -> list[Example]:
    """Every example of every rule (a rulebook, a rulebook file, or None for the default)."""
    rulebook = _book(rulebook)
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


def check_examples(rulebook: Rulebook | str | Path | None = None) -> ExampleReport:
    """Every example's result (failures have ``ok`` False); the report's ``ok`` is True when
    all agree. Accepts a loaded rulebook or a file path (``RulebookError`` if it is bad)."""
    book = _book(rulebook)
    return ExampleReport([run_example(book, ex) for ex in iter_examples(book)], book)
