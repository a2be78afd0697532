"""The rule catalogue, generated from the loaded rulebook (``callqa rules list``, docs page).

Docs never drift: every entry comes from the same objects the engine runs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .rulebook import Rulebook, load_rulebook

__all__ = ["RuleInfo", "catalogue", "catalogue_markdown"]


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    check: str
    dimension: str
    severity: str
    points: float
    summary: str
    examples: dict = field(default_factory=dict)   # {"fire": [...], "pass": [...]}
    cap: float | None = None
    fatal: bool = False
    enabled: bool = True
    description: str = ""
    family_doc: str = ""
    speaker: str = "agent"                         # whose words the rule judges (customer/any: info only)
    family: str = ""                               # the family that implements it (custom for apology…)
    guard: str = ""                                # its learned guard or model, in words ("" when none)


def catalogue(rulebook: Rulebook | None = None) -> list[RuleInfo]:
    book = rulebook if rulebook is not None else load_rulebook()
    return [
        RuleInfo(code=r.code, name=r.name, check=r.check, dimension=r.dimension, severity=r.severity,
                 points=r.points, summary=r.summary,
                 examples={"fire": r.examples.fire, "pass": r.examples.pass_},
                 cap=r.max_points, fatal=r.fatal, enabled=r.enabled, description=r.description.strip(),
                 family_doc=r.family.doc, speaker=r.speaker,
                 family=r.family_name, guard=_model_note(r))
        for r in book.rules
    ]


def _model_note(rule) -> str:
    """The rule's learned model in words: a learned rule's or a guard's ("" when none)."""
    learned = getattr(rule.params, "learned", None)
    if learned is not None:
        return (f"Learned: model `{learned.model}`, threshold {learned.threshold:g} — each turn the model scores "
                f"p ≥ {learned.threshold:g} is a finding, explained with its p. Without the model file the rule finds nothing.")
    g = getattr(rule.params, "guard", None)
    if g is None:
        return ""
    return (f"Guard: learned model `{g.model}`, threshold {g.threshold:g} — a finding the model judges wrong "
            f"(p < {g.threshold:g}) is held back as {g.note} (0 points, for review), never deducted; the model "
            "never adds a finding. Without the model file the rule runs unguarded.")


def _example(items) -> str:
    return " / ".join(f"{it[0]}: {it[-1]}" if isinstance(it, list) else f"{it['speaker']}: {it['text']}"
                      for it in items)


def catalogue_markdown(rulebook: Rulebook | None = None) -> str:
    """A Markdown page: one section per rule, with its examples that fire and must not."""
    book = rulebook if rulebook is not None else load_rulebook()
    lines = [f"# {book.name} {book.version}", "",
             f"Pass threshold: {book.pass_threshold:g}. Dimensions (budget): "
             + ", ".join(f"{d} ({b:g})" for d, b in book.dimensions.items()) + ".", ""]
    for info in catalogue(book):
        pts = "fatal (一票否决)" if info.fatal else f"{info.points:g} points, cap {info.cap:g}"
        lines += [f"## {info.code} {info.name}", "",
                  f"`{info.check}`" + ("" if info.family in ("", info.check) else f" (kind `{info.family}`)")
                  + f" · {info.dimension} · severity {info.severity} · {pts}"
                  + ("" if info.speaker == "agent" else f" · speaker {info.speaker} (info)")
                  + ("" if info.enabled else " · disabled"), "", info.summary, ""]
        if info.description:
            lines += [info.description, ""]
        if info.guard:
            lines += [info.guard, ""]
        for kind, label in (("fire", "Fires"), ("pass", "Must not fire")):
            for ex in info.examples.get(kind, []):
                lines.append(f"- {label}: {_example(ex)}")
        lines.append("")
    return "\n".join(lines)
