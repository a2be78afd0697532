"""Every example of every rule in the default rulebook (sqlfluff-style): one test each.

A ``fire`` example must produce at least one finding of its rule; a ``pass`` example none.
Adding a rule to ``rules/rulebooks/default.yaml`` adds its tests here automatically.
"""
import pytest

from callqa.rules import iter_examples, load_rulebook, run_example

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
