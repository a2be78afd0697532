"""Guards: a learned model that holds a rule's finding back for review, never adds one.

A rule opts in through its params (``guard: {model: greeting, threshold: 0.6, note: QA105}``,
:class:`~.checks.greeting.GreetingParams`): when the rule would fire and the model, scoring the
same call, judges the opposite (probability < ``threshold``), the finding is not a deduction of
the rule but a finding of the rule ``note`` names — a 0-point note of another check, which
:mod:`eval.evaluate` does not count as a detection and reports do not count as a problem, whose
explanation says what the rule missed and the model's probability, for a person to hear.

A model never adds a finding nor points: it can only hold one back. When its file has not been
built, the rule runs unguarded (as before the guard), :func:`unguarded` says so (the CLI prints
it once as a warning), and the rulebook's recorded identity (:func:`identity`) is its plain
version. With the model, the identity names it — ``2026.12.21+greeting:b12754d7a634`` — so that a
night run rescoring stored calls is not skipped when the model changes (``calls.rulebook_version``,
``pipelines/runs/nightly.py`` ``plan_night``).

The registry of learned models (:data:`MODELS`), the identity and the missing-model warnings
serve the learned rules too (:mod:`.learned`: a model that makes a rule's findings).
"""
from __future__ import annotations

import importlib
from pathlib import Path
from typing import Literal

from pydantic import Field

from .params import StrictModel

__all__ = ["Guard", "MODELS", "identity", "load_model", "missing_models", "unguarded"]

# model name in a rulebook → the module that loads it (``load()`` → model or None, ``model_path()``);
# each model has ``sha`` (12 hex digits of its file's sha256) and a scoring method its rule calls.
MODELS = {"greeting": "callqa.models.greeting", "insult": "callqa.models.insult"}


class Guard(StrictModel):
    """``model``: which learned model (:data:`MODELS`); ``threshold``: below it the model judges
    the rule's finding wrong and the finding is held; ``note``: the code of the 0-point rule the
    held finding is reported under (it must be in the rulebook, 0 points, not fatal, another check)."""
    model: Literal["greeting"] = "greeting"
    threshold: float = Field(0.6, gt=0, lt=1)
    note: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")

    def load(self):
        """The model, or None when its file has not been built (the rule then runs unguarded)."""
        return load_model(self.model)

    def probability(self, ctx) -> float | None:
        """The model's probability for the call (``ctx``: its :class:`~.context.CallContext`) that
        the guarded rule's finding is right — what the check and ``rules explain`` both read — or
        None when the model is not built."""
        model = self.load()
        return None if model is None else model.score_turns((t.speaker, t.raw, t.start) for t in ctx.turns)


def _module(name: str):
    return importlib.import_module(MODELS[name])


def load_model(name: str):
    """The learned model ``name`` (:data:`MODELS`), or None when its file has not been built."""
    return _module(name).load()


def model_path(name: str) -> Path:
    return _module(name).model_path()


def missing_models() -> list[str]:
    """The models of :data:`MODELS` whose file is missing (a stat each: cheap enough to ask
    before loading a rulebook to see whether it uses them)."""
    return [name for name in MODELS if not model_path(name).is_file()]


def unguarded(rulebook) -> list[str]:
    """One line per active guard of ``rulebook`` whose model file is missing (the rule runs
    unguarded) and per learned rule (:mod:`.learned`) whose model is missing (it finds nothing)."""
    out = []
    for rule, guard in rulebook.guards:
        if guard.load() is None:
            out.append(f"{rule.code}: its guard model '{guard.model}' is not built ({model_path(guard.model)}); "
                       f"{rule.code} runs unguarded (its findings are deductions, none held for review as "
                       f"{guard.note}). `make setup` builds it.")
    for rule, learned in rulebook.learned:
        if learned.load() is None:
            out.append(f"{rule.code}: its model '{learned.model}' is not built, or built by an older callqa "
                       f"({model_path(learned.model)}); "
                       f"{rule.code} finds nothing until it is. `make setup` builds it.")
    return out


def identity(rulebook) -> str:
    """The rulebook's version plus each learned model it scores with (guards and learned rules):
    ``2026.12.22+greeting:b12754d7a634+insult:4ad4d5692e79`` (the plain version when none is
    active or built: the rules alone decided)."""
    users = [*rulebook.guards, *rulebook.learned]
    if not users:
        return rulebook.version
    seen = {}
    for _, user in users:
        if user.model not in seen:
            m = user.load()
            seen[user.model] = m.sha if m is not None else None
    return rulebook.version + "".join(f"+{name}:{sha}" for name, sha in seen.items() if sha)
