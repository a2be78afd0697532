"""Every example of every rule in the default rulebook (sqlfluff-style): one test each.

A ``fire`` example must produce at least one finding of its rule; a ``pass`` example none.
Adding a rule to ``rules/rulebooks/default.yaml`` adds its tests here automatically.
"""
from pathlib import Path

import pytest

from callqa.rules import iter_examples, load_rulebook, run_example, unexercised_entries

BOOK = load_rulebook()
EXAMPLES = iter_examples(BOOK)


def test_every_rule_has_examples_that_fire_and_pass():
    for rule in BOOK.rules:
        assert rule.examples.fire, f"{rule.code} has no example that fires"
        assert rule.examples.pass_, f"{rule.code} has no example that must not fire"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_rule_example(example):
    result = run_example(BOOK, example)
    assert result.ok, result.describe()


# The phrases and patterns of the shipped rulebook that no example of their rule shows: the
# backlog from before every new wording came with examples (issue 8). It only shrinks.
BACKLOG = Path(__file__).parent / "fixtures" / "rulebook_unexercised.tsv"
REGENERATE = "callqa rules test --unexercised > tests/fixtures/rulebook_unexercised.tsv"


def test_new_wording_comes_with_examples():
    """A phrase or pattern added to the default rulebook is in an example of its rule (one
    that fires, and a must-not beside it); the older ones without any are listed in BACKLOG."""
    backlog = set(BACKLOG.read_text(encoding="utf-8").splitlines())
    now = {entry.line() for entry in unexercised_entries(BOOK)}
    new = sorted(now - backlog)
    assert not new, ("wording no example of its rule contains or matches — add an example that fires "
                     "because of it and one that must not:\n" + "\n".join(new[:40]))
    gone = sorted(backlog - now)
    assert not gone, (f"now exercised or removed, so out of the backlog: run `{REGENERATE}` "
                      "(the backlog only shrinks):\n" + "\n".join(gone[:40]))


def test_unexercised_entries_finds_a_phrase_without_example(tmp_path):
    book = tmp_path / "book.yaml"
    book.write_text(BOOK.path.read_text(encoding="utf-8").replace(
        "rules:\n", "rules:\n" + """  - code: QA999
    name: 测试禁语
    check: probe
    kind: custom
    summary: probe
    dimension: 服务用语
    severity: C
    points: 1
    params:
      fire_if:
        say: [绝不可能说的话, 示例里的话]
    examples:
      fire:
        - [[agent, 这是示例里的话]]
      pass:
        - [[agent, 您好]]
""", 1), encoding="utf-8")
    lines = {e.line() for e in unexercised_entries(book) if e.code == "QA999"}
    assert lines == {"QA999\tparams/fire_if/say\t绝不可能说的话"}
