"""Running a rulebook's own examples (sqlfluff-style): ``callqa rules test RULEBOOK``.

A ``fire`` example must produce at least one finding of its rule; a ``pass`` example none.
Examples run against the whole rulebook, so rules see the same context as on real calls.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .rulebook import Rulebook, load_rulebook
from .scoring import Finding, score_call
from .transcript import Transcript

__all__ = ["Example", "ExampleResult", "ExampleReport", "iter_examples", "run_example", "check_examples",
           "Entry", "unexercised_entries"]


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
    skipped: str = ""           # why it was not judged (its rule's guard model is not built); ok then

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
        skipped = sum(1 for r in self if r.skipped)
        return (f"{book.name} {book.version}{where}: {len(self)} examples of {rules} rules, "
                f"{len(self) - len(self.failures) - skipped} passed, {len(self.failures)} failed"
                + (f", {skipped} skipped (a guard's model is not built)" if skipped else ""))

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
    if not ok:
        why = _unguarded(rulebook, example.code)
        if why:     # a guarded rule's pass example, its note's fire example: they need the model
            return ExampleResult(example, True, mine, why)
    return ExampleResult(example, ok, mine)


def _unguarded(rulebook: Rulebook, code: str) -> str:
    """Why ``code``'s examples cannot be judged as written: it is a guarded rule or a guard's
    note whose model is not built (the rule runs unguarded), or a learned rule whose model is
    not built (it finds nothing); "" otherwise."""
    for rule, guard in rulebook.guards:
        if code in (rule.code, guard.note) and guard.load() is None:
            return f"{rule.code}'s guard model '{guard.model}' is not built"
    for rule, learned in rulebook.learned:
        if code == rule.code and learned.load() is None:
            return f"{rule.code}'s model '{learned.model}' is not built"
    return ""


def check_examples(rulebook: Rulebook | str | Path | None = None) -> ExampleReport:
    """Every example's result (failures have ``ok`` False); the report's ``ok`` is True when
    all agree. Accepts a loaded rulebook or a file path (``RulebookError`` if it is bad)."""
    book = _book(rulebook)
    return ExampleReport([run_example(book, ex) for ex in iter_examples(book)], book)


# --- which phrases and patterns the examples exercise -----------------------------------------

_CLAUSE_END = re.compile(r"[，。？！,.?!]")
# Fields that hold no wording: a rule's own (top level), and settings inside its params (at any
# depth). Everything else under a rule is a phrase, pattern or word list it matches.
_NOT_WORDING = frozenset(("code", "name", "check", "kind", "summary", "description", "dimension", "severity",
                          "speaker", "explanation", "examples"))
_SETTINGS = frozenset(("fuzzy", "scope", "by", "mode", "when_speaker", "filler_next_pos", "guard", "learned"))


@dataclass(frozen=True)
class Entry:
    """One phrase or pattern of a rule: ``where`` is its place in the rule (``params/phrases``)."""
    code: str
    where: str
    value: str

    def line(self) -> str:
        return f"{self.code}\t{self.where}\t{self.value}"


def _wording(node, where: tuple[str, ...] = ()):
    if isinstance(node, str):
        yield "/".join(where), node
    elif isinstance(node, list):
        for item in node:
            yield from _wording(item, where)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in _SETTINGS or (not where and key in _NOT_WORDING):
                continue
            yield from _wording(value, where + (str(key),))


def _example_texts(rule: dict) -> list[str]:
    """Every turn's text of a rule's examples (read as the examples test reads them,
    :meth:`Transcript.from_items`), as written, normalised and cut at punctuation (a pattern
    anchored at a clause's start is exercised by a clause)."""
    from .normalize import normalize

    texts = []
    for kind in ("fire", "pass"):
        for items in (rule.get("examples") or {}).get(kind) or []:
            for utt in Transcript.from_items(items).utterances:
                if utt.text:
                    norm = normalize(utt.text)
                    texts += [utt.text, norm.text, norm.plain, *_CLAUSE_END.split(norm.text)]
    return texts


def _exercised(value: str, texts: list[str]) -> bool:
    try:
        pattern = re.compile(value)
    except re.error:
        return any(value in t for t in texts)
    return any(pattern.search(t) for t in texts)


def unexercised_entries(rulebook: Rulebook | str | Path | None = None) -> list[Entry]:
    """The phrases and patterns of each rule that none of its own examples contains (a phrase)
    or matches (a pattern), read from the rulebook's file: wording a QA lead added without an
    example that shows it firing, so nothing checks that it does. A textual check, not a proof:
    an example that contains a phrase may still fire because of another one."""
    from .rulebook import DEFAULT_RULEBOOK, _parse_yaml

    book = _book(rulebook)
    path = Path(book.path) if book.path is not None else DEFAULT_RULEBOOK
    data = _parse_yaml(path.read_text(encoding="utf-8"))
    out = []
    for rule in data.get("rules") or []:
        if not isinstance(rule, dict):
            continue
        texts = _example_texts(rule)
        for where, value in _wording(rule):
            if value.strip() and not _exercised(value, texts):
                out.append(Entry(str(rule.get("code")), where, value))
    return out
