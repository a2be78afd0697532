"""callqa.rules — the QA rule engine: rulebook (YAML) → checks → scorecard.

Public API::

    from callqa.rules import Transcript, Utterance, load_rulebook, score_call, catalogue
    card = score_call(Transcript("c1", [Utterance("agent", 0.0, 2.5, "您好…")]), load_rulebook())
    traces = explain_call(transcript, book)       # every rule, fired or not, and why
    report = check_examples("my_rulebook.yaml")   # report.ok, report.lines()

Nothing here imports Prefect, ``callqa.asr`` or ``callqa.pipelines``.
"""
from .catalogue import RuleInfo, catalogue, catalogue_markdown
from .examples import (Example, ExampleReport, ExampleResult, check_examples, iter_examples, run_example,
                       unexercised_entries)
from .explain import RuleTrace, explain_call
from .normalize import NormText, normalize
from .rulebook import DEFAULT_RULEBOOK, Rule, Rulebook, RulebookError, load_rulebook, parse_rulebook
from .scoring import Finding, Scorecard, score_call
from .transcript import Transcript, Utterance

__all__ = [
    "Utterance", "Transcript", "load_rulebook", "parse_rulebook", "Rulebook", "Rule", "RulebookError",
    "DEFAULT_RULEBOOK", "score_call", "Finding", "Scorecard", "catalogue", "catalogue_markdown",
    "RuleInfo", "Example", "ExampleResult", "ExampleReport", "iter_examples", "run_example", "check_examples",
    "unexercised_entries",
    "normalize", "NormText", "explain_call", "RuleTrace",
]
