"""The privacy settings: what to redact, how masks look, where the caller-hash key comes from.

Defaults ship as ``privacy.yaml`` beside this module. An operator's file overrides any part of
it, either as top-level keys or under a ``privacy:`` key (so the section can live in a larger
YAML file); recognisers are merged by name, so ``recognisers: {name: {enabled: false}}`` is a
whole override file.
"""
from __future__ import annotations

import hashlib
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

__all__ = ["PrivacyConfig", "PrivacyConfigError", "load_privacy_config", "DEFAULT_CONFIG"]

DEFAULT_CONFIG = Path(__file__).parent / "privacy.yaml"
# The recognisers' code version, part of every policy's fingerprint: raise it when a change to
# redact.py, recognisers.py or digits.py masks text the previous code left, so calls stored
# before are redacted again when rescored.
POLICY_CODE = "r1"


class PrivacyConfigError(ValueError):
    """A privacy file that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Examples(_Strict):
    mask: list[Any] = []
    keep: list[Any] = []


class Recogniser(_Strict):
    label: str
    enabled: bool = True
    context: list[str] = []                               # words before a number that name its kind
    context_only_digits: tuple[int, int] | None = None    # lengths accepted after a context word only
    examples: Examples = Examples()


class Caller(_Strict):
    mode: Literal["hash", "mask", "keep"] = "hash"
    key_env: str = "CALLQA_PRIVACY_KEY"
    key_file: str | None = None
    keep_last4: bool = False


class Digits(_Strict):
    fillers: list[str] = []
    max_turn_gap_s: float = Field(30, ge=0)
    unvalidated_min_digits: int = Field(15, ge=8)
    echo_min_digits: int = Field(3, ge=2)
    echo_window_s: tuple[float, float] = (-30, 120)
    keep_context: list[str] = []
    partial_context: list[str] = []


class PrivacyConfig(_Strict):
    enabled: bool = True
    mask_style: Literal["label", "partial"] = "label"
    caller: Caller = Caller()
    metadata_personal_keys: list[str] = []
    digits: Digits = Digits()
    recognisers: dict[str, Recogniser]
    source: str = Field("", exclude=True)

    @cached_property
    def fingerprint(self) -> str:
        """Names this policy (every setting and :data:`POLICY_CODE`): a call stored with it
        in ``calls.redaction`` is already redacted so, and rescoring it redacts nothing again."""
        settings = self.model_dump_json(exclude={"source"})
        return f"{POLICY_CODE}:" + hashlib.sha256(settings.encode("utf-8")).hexdigest()[:16]

    def active(self, kind: str) -> bool:
        rec = self.recognisers.get(kind)
        return self.enabled and rec is not None and rec.enabled

    def label(self, kind: str) -> str:
        rec = self.recognisers.get(kind)
        return f"[{rec.label if rec else '号码'}]"


def _merge(base: dict, override: dict) -> dict:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key != "examples":
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PrivacyConfigError(f"{path}: cannot read privacy settings: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise PrivacyConfigError(f"{path}: invalid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PrivacyConfigError(f"{path}: expected a mapping of privacy settings")
    if "privacy" in data:
        data = data["privacy"]
        if not isinstance(data, dict):
            raise PrivacyConfigError(f"{path}: 'privacy' must be a mapping of settings")
    return data


def parse_privacy_config(data: dict, source: str) -> PrivacyConfig:
    try:
        return PrivacyConfig.model_validate({**data, "source": source})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"])
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        raise PrivacyConfigError(f"{source}: privacy field '{field}': {msg}") from None


@lru_cache(maxsize=8)
def _load(path: str | None, mtime: float | None) -> PrivacyConfig:
    data = _read(DEFAULT_CONFIG)
    if path is None:
        return parse_privacy_config(data, str(DEFAULT_CONFIG))
    return parse_privacy_config(_merge(data, _read(Path(path))), path)


def load_privacy_config(path: str | Path | None = None) -> PrivacyConfig:
    """The shipped defaults, overridden by ``path`` (a privacy file, or any YAML file with a
    ``privacy:`` section) when given. Cached per file version."""
    if path is None:
        return _load(None, None)
    p = Path(path)
    try:
        mtime = p.stat().st_mtime
    except OSError as exc:
        raise PrivacyConfigError(f"{p}: cannot read privacy settings: {exc.strerror or exc}") from None
    return _load(str(p), mtime)
