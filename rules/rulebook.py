"""The rulebook: the QA standard as data (YAML), validated with pydantic, compiled once.

A rulebook names the scheme and version, the pass threshold, the dimensions (DOMAIN.md
categories) with their point budgets, and the rules. Each rule names its check family and
carries its own code, severity, points, cap, fatal flag, parameters (phrase lists,
windows, thresholds) and examples. A bad rulebook fails fast with a
:class:`RulebookError` naming the file, the rule and the field.
"""
from __future__ import annotations

import difflib
import re
import string
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .checks import FAMILIES, Family
from .matching import MatchIndex, adopt_tokens, token_table
from .params import Params, Speaker, StrictModel, iter_matchers
from .transcript import Transcript

__all__ = ["Rule", "Rulebook", "RulebookError", "load_rulebook", "DEFAULT_RULEBOOK", "DIMENSIONS"]

DEFAULT_RULEBOOK = Path(__file__).parent / "rulebooks" / "default.yaml"
DIMENSIONS = ("服务用语", "服务态度", "产品业务知识", "订单流程", "沟通技巧", "营销意识", "其他")


class RulebookError(ValueError):
    """A rulebook that cannot be used; the message names file, rule and field."""


class Examples(StrictModel):
    fire: list[list[Any]] = []
    pass_: list[list[Any]] = Field([], alias="pass")

    @field_validator("fire", "pass_")
    @classmethod
    def _transcripts(cls, value):
        for i, items in enumerate(value):
            try:
                Transcript.from_items(items)
            except (ValueError, TypeError, KeyError) as exc:
                raise ValueError(f"example {i}: {exc}") from None
        return value


class Rule(StrictModel):
    """One rule of a rulebook. ``params`` holds the family's validated, compiled parameters."""
    code: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")
    name: str = Field(min_length=1)
    check: str = Field(pattern=r"^[a-z][a-z_]*$")   # the findings' ``check`` column
    kind: str | None = None                    # the family that implements it; default: ``check``
    summary: str = Field(min_length=1)
    description: str = ""
    dimension: str
    severity: Literal["A", "B", "C"]
    points: float = Field(ge=0)
    cap: float | None = Field(None, ge=0)      # most this rule can deduct per call; None → points
    fatal: bool = False                        # 一票否决: the call scores 0
    speaker: Speaker = "agent"                 # whose words the rule judges; only agent rules deduct
    enabled: bool = True
    fuzzy: bool | list[str] = False            # pinyin matching for this rule's phrase sets
    fuzzy_min_len: int = Field(2, ge=1)        # shorter phrases always match exactly
    explanation: str | None = None             # template; default: the family's
    params: Any = None
    examples: Examples = Examples()

    @model_validator(mode="after")
    def _known_family(self):
        """A rule names its family in ``check``; a rule written with a generic family (``kind:
        custom``) names its own check instead (``check: apology``), so QA leads read a findings
        table of apology / shirking…, not of "custom"."""
        def fail(field: str, msg: str):
            raise ValidationError.from_exception_data("Rule", [InitErrorDetails(
                type=PydanticCustomError("unknown_family", msg), loc=(field,), input=getattr(self, field))])
        if self.family_name not in FAMILIES:
            fail("kind" if self.kind is not None else "check",
                 f"unknown check family {self.family_name!r}; known: {', '.join(FAMILIES)}"
                 + ("" if self.kind else "; a rule of your own takes `kind: custom` and any check name"))
        if self.kind is not None and self.check != self.kind and self.check in FAMILIES:
            # findings, reports and the evaluation count a check name as one family's
            fail("check", f"{self.check!r} is the name of a built-in check family; a rule of kind "
                          f"{self.kind!r} names its own check (e.g. apology, shirking)")
        return self

    @property
    def family_name(self) -> str:
        return self.kind or self.check

    @field_validator("fuzzy")
    @classmethod
    def _pairs(cls, value):
        from .matching import fuzzy_pairs
        if isinstance(value, list):
            fuzzy_pairs(value)
        return value

    @property
    def family(self) -> Family:
        return FAMILIES[self.family_name]

    @property
    def max_points(self) -> float:
        return self.points if self.cap is None else self.cap

    def explain(self, vars: dict) -> str:
        """The rule's explanation template filled with ``vars`` (unknown fields → empty)."""
        template, fields, base = self._template
        if fields is None:                      # fields with attribute/index access: the general path
            return template.format_map(_Vars(vars, **base))
        values = {**base, **vars}
        for name in fields:
            if name not in values:
                values[name] = ""
        return template.format_map(values)

    @cached_property
    def _template(self) -> tuple[str, frozenset[str] | None, dict]:
        """(template, its plain field names or None, the rule's own fields) — parsed once."""
        template = self.explanation or self.family.explanation
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
        plain = frozenset(names) if all(n.isidentifier() for n in names) else None
        return template, plain, {"code": self.code, "name": self.name, "summary": self.summary}


class _Vars(dict):
    def __init__(self, vars: dict, **extra):
        super().__init__(extra)
        self.update(vars)

    def __missing__(self, key):
        return ""


class Dimension(StrictModel):
    budget: float = Field(100, ge=0)           # most the dimension can lose per call
    description: str = ""


class _Book(StrictModel):
    name: str = Field(min_length=1)
    version: str
    description: str = ""
    pass_threshold: float = Field(80, ge=0, le=100)
    dimensions: dict[str, Dimension] = {d: Dimension() for d in DIMENSIONS}
    rules: list[dict] = Field(min_length=1)

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, value):
        return str(value) if isinstance(value, (int, float)) else value

    @field_validator("dimensions", mode="before")
    @classmethod
    def _budgets(cls, value):
        if isinstance(value, dict):
            return {k: ({"budget": v} if isinstance(v, (int, float)) else v) for k, v in value.items()}
        return value


class Rulebook:
    """A loaded, compiled rulebook. Build with :func:`load_rulebook`."""

    def __init__(self, name: str, version: str, pass_threshold: float, dimensions: dict[str, float],
                 rules: list[Rule], path: Path | None = None, description: str = "",
                 index: MatchIndex | None = None):
        self.name, self.version, self.pass_threshold = name, version, pass_threshold
        self.dimensions = dimensions            # dimension → point budget
        self.rules = rules                      # every rule, in file order (enabled or not)
        self.path = path
        self.description = description
        # learned rules last (stable): they add only the turns the phrase rules of their check missed
        self.active = sorted((r for r in rules if r.enabled), key=lambda r: getattr(r.params, "learned", None) is not None)
        self._by_code = {r.code: r for r in rules}
        self.index = index                      # merged phrase automata of the active rules
        # (rule, its guard) of each active guarded rule (:mod:`.guard`)
        self.guards = [(r, r.params.guard) for r in self.active if getattr(r.params, "guard", None) is not None]
        # (rule, its learned finder) of each active rule whose findings a model makes (:mod:`.learned`)
        self.learned = [(r, r.params.learned) for r in self.active if getattr(r.params, "learned", None) is not None]

    @property
    def identity(self) -> str:
        """What decided a call's scores: the version, plus each learned model's sha prefix when a
        guard or a learned rule is active (``2026.12.21+greeting:b12754d7a634``; :func:`.guard.identity`). Recorded
        as ``calls.rulebook_version``; a night skips only calls scored with the same identity."""
        from .guard import identity
        return identity(self)

    @property
    def held_from(self) -> dict[str, str]:
        """Note rule code → the code of the guarded rule whose held findings it reports."""
        return {g.note: r.code for r, g in self.guards}

    def rule(self, code: str) -> Rule:
        return self._by_code[code]

    def __repr__(self) -> str:
        return f"Rulebook({self.name!r}, {self.version!r}, {len(self.rules)} rules)"


# --- loading --------------------------------------------------------------------------

def _describe(err: dict) -> str:
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind == "greater_than_equal":
        return f"must be >= {ctx.get('ge')}"
    if kind == "greater_than":
        return f"must be > {ctx.get('gt')}"
    if kind == "less_than_equal":
        return f"must be <= {ctx.get('le')}"
    if kind == "literal_error":
        return f"must be one of {ctx.get('expected')}"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return err["msg"]


def _loc(loc: tuple) -> str:
    out = ""
    for part in loc:
        # union members (PhraseSet, dict[str,PhraseSet], function-after[...]) and
        # discriminator tags (<say>) are pydantic's bookkeeping, not rulebook fields
        if isinstance(part, str) and (part.startswith("<") or re.match(r"^[A-Z]\w*$|^\w+[-\w]*\[", part)):
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            part = "pass" if part == "pass_" else part
            out += ("." if out else "") + str(part)
    return out


def _first_error(exc: ValidationError, prefix: str = "", model: type | None = None) -> tuple[str, str]:
    # a misspelt key also makes the right one "missing": report the unknown key first
    errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
    err = errors[0]
    loc = _loc(err["loc"])
    field = f"{prefix}.{loc}" if prefix and loc else (prefix or loc)
    msg = _describe(err)
    if err["type"] == "extra_forbidden" and model is not None and len(err["loc"]) == 1:
        close = difflib.get_close_matches(str(err["loc"][0]), list(model.model_fields), n=1)
        if close:
            msg += f" (did you mean '{close[0]}'?)"
    return field, msg


def _rule_error(source: str, code: str, check: str, field: str, msg: str) -> RulebookError:
    return RulebookError(f"{source}: rule {code} ({check}), field '{field}': {msg}")


def _check_scope(rule: Rule, params: Params, source: str) -> None:
    """Role scope: what the customer says never costs the agent."""
    def fail(msg: str):
        raise _rule_error(source, rule.code, rule.check, "speaker", msg)
    deducts = rule.points > 0 or rule.fatal
    if rule.speaker != "agent":
        if not rule.family.scoped:
            fail(f"family {rule.check!r} judges the agent only; remove speaker or use a phrase or custom family")
        if deducts:
            fail(f"only agent-scoped rules may deduct points; a {rule.speaker}-scoped rule gives context "
                 "or 0-point info findings (set points: 0, fatal: false)")
    elif deducts and rule.family_name == "custom" and not params.fire_if.agent_scoped(rule.speaker):
        raise _rule_error(source, rule.code, rule.check, "params.fire_if",
                          "a rule that deducts points must have a condition on the agent's words or timing "
                          "(customer words alone never cost the agent)")


def _check_notes(rules: list[Rule], source: str) -> None:
    """A rule that reports findings under another's code (a guard's held note) names an enabled
    rule of the rulebook that deducts nothing, of another check: a held finding is never a
    deduction, nor counted as the guarded rule's detection."""
    by_code = {r.code: r for r in rules}
    for rule in rules:
        for field, code in rule.params.notes().items():
            def fail(msg: str):
                raise _rule_error(source, rule.code, rule.check, f"params.{field}", msg)
            note = by_code.get(code)
            if note is None:
                fail(f"no rule {code!r} in this rulebook (the 0-point rule held findings are reported under)")
            if note.code == rule.code:
                fail("names this rule itself; name a 0-point note rule of another check")
            if note.points > 0 or note.fatal:
                fail(f"rule {code} deducts (points {note.points:g}{', fatal' if note.fatal else ''}); "
                     "a held finding is a 0-point note: set its points: 0")
            if note.check == rule.check:
                fail(f"rule {code} has this rule's check {rule.check!r}: its notes would count as detections; "
                     "give it a check of its own (e.g. greeting_held)")
            if rule.enabled and not note.enabled:
                fail(f"rule {code} is disabled")


def parse_rulebook(data: Any, source: str = "<rulebook>", path: Path | None = None) -> Rulebook:
    """Validates and compiles a rulebook given as parsed YAML data."""
    if not isinstance(data, dict):
        raise RulebookError(f"{source}: expected a mapping with name, version, rules")
    try:
        book = _Book.model_validate(data)
    except ValidationError as exc:
        field, msg = _first_error(exc, model=_Book)
        raise RulebookError(f"{source}: field '{field}': {msg}") from None
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(book.rules):
        code = str(raw.get("code", f"#{i + 1}"))
        check = str(raw.get("check", "?"))
        try:
            rule = Rule.model_validate(raw)
        except ValidationError as exc:
            raise _rule_error(source, code, check, *_first_error(exc, model=Rule)) from None
        if rule.code in seen:
            raise _rule_error(source, code, check, "code", "duplicate rule code")
        seen.add(rule.code)
        if rule.dimension not in book.dimensions:
            raise _rule_error(source, code, check, "dimension",
                              f"unknown dimension {rule.dimension!r}; declared: {', '.join(book.dimensions)}")
        family = rule.family
        try:
            params: Params = family.params.model_validate(rule.params or {})
        except ValidationError as exc:
            raise _rule_error(source, code, check, *_first_error(exc, "params", family.params)) from None
        try:
            params.prepare(rule.fuzzy, rule.fuzzy_min_len)
        except (ValueError, TypeError) as exc:
            raise _rule_error(source, code, check, "params", str(exc)) from None
        rule.params = params
        _check_scope(rule, params, source)
        rules.append(rule)
    _check_notes(rules, source)
    # one merged phrase automaton for the whole rulebook (active rules that read every turn)
    index = MatchIndex(m for r in rules if r.enabled and not r.family.few_turns for m in iter_matchers(r.params))
    return Rulebook(book.name, book.version, book.pass_threshold,
                    {k: v.budget for k, v in book.dimensions.items()}, rules, path, book.description, index)


def _parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` of a rulebook, kept in the on-disk cache (:mod:`.cache`) by a hash of
    the text: the pure-Python parser takes ~0.2 CPU s over the default rulebook in every
    process. (libyaml's parser would be as fast, but accepts some text the pure one rejects:
    tabs as indentation.) Errors are not cached: the same message every time. The data is only
    read (validated into new models), so aliases read back as copies change nothing."""
    import hashlib
    from .cache import cached_json
    key = [hashlib.sha256(text.encode("utf-8")).hexdigest(), yaml.__version__]
    return cached_json("rulebook-yaml", key, lambda: yaml.safe_load(text), exact=True)


@lru_cache(maxsize=1)
def _code_fingerprint() -> list[str]:
    """What a compiled rulebook depends on besides its text: the rules package's source and the
    versions of the libraries whose objects or data it holds (pickle layout, dictionaries)."""
    import hashlib
    import importlib.metadata as metadata
    import sys
    digest = hashlib.sha256()
    for f in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(f.name.encode() + f.read_bytes())
    versions = []
    for dist in ("pydantic", "pydantic-core", "pypinyin", "jieba", "opencc", "cn2an", "numpy", "PyYAML"):
        try:
            versions.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            versions.append("")
    return [digest.hexdigest(), sys.version, *versions]


def _compile(text: str, path: Path) -> Rulebook:
    try:
        data = _parse_yaml(text)
    except yaml.YAMLError as exc:
        raise RulebookError(f"{path}: invalid YAML: {exc}") from None
    return parse_rulebook(data, str(path), path)


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime: float) -> Rulebook:
    """The compiled rulebook, from the on-disk cache (:mod:`.cache`) when this text at this path
    was compiled before by this code: compiling the shipped rulebook takes ~1.3 CPU s (pydantic,
    regular expressions, the phrase index), reading it back ~0.2 s — in every ``callqa`` command,
    every ``score``/``rescore`` worker pool and every night."""
    import hashlib
    from .cache import cached_pickle
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulebookError(f"{path}: cannot read rulebook: {exc.strerror or exc}") from None
    key = [hashlib.sha256(text.encode("utf-8")).hexdigest(), str(p), *_code_fingerprint()]
    book, tokens = cached_pickle("rulebook", key, lambda: (_compile(text, p), token_table()))
    # its fuzzy automata speak the syllable tokens of the process that compiled it
    return book if adopt_tokens(tokens) else _compile(text, p)


def load_rulebook(path: str | Path | None = None) -> Rulebook:
    """Loads (and compiles) a rulebook; ``None`` → the shipped default. Cached per file version."""
    p = Path(path) if path is not None else DEFAULT_RULEBOOK
    try:
        mtime = p.stat().st_mtime
    except OSError as exc:
        raise RulebookError(f"{p}: cannot read rulebook: {exc.strerror or exc}") from None
    return _load_cached(str(p), mtime)
