"""The caller's number as a keyed hash: repeat callers still match, the number is not stored.

``calls.caller`` holds HMAC-SHA256(key, digits of the number) in hex. The key is a secret the
operator keeps: the environment variable named by ``caller.key_env`` (default
``CALLQA_PRIVACY_KEY``), else the file named by ``caller.key_file`` or ``CALLQA_PRIVACY_KEY_FILE``
(chmod 600). Keep the same key across runs, or repeat-caller analysis breaks at the change; a
plain SHA-256 would not do, since the 10^10 mobile numbers can be hashed in minutes.
"""
from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

__all__ = ["PrivacyKeyError", "hash_caller", "caller_key", "caller_digits"]

KEY_FILE_ENV = "CALLQA_PRIVACY_KEY_FILE"


class PrivacyKeyError(RuntimeError):
    """Hashing is configured but no key is set, or the key file cannot be read."""


def caller_digits(number: str) -> str:
    """The number as digits only, without a +86 / 0086 country prefix, so that
    ``+86 139-1234-5678`` and ``13912345678`` hash alike."""
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11 and digits[len(prefix)] == "1":
            return digits[len(prefix):]
    return digits or str(number).strip()


def hash_caller(number: str, key: bytes | str) -> str:
    """HMAC-SHA256 of the caller's digits under ``key``, hex."""
    if isinstance(key, str):
        key = key.encode("utf-8")
    if not key:
        raise PrivacyKeyError("the caller-hash key is empty")
    return hmac.new(key, caller_digits(number).encode("ascii", "replace"), hashlib.sha256).hexdigest()


def caller_key(config) -> bytes:
    """The key from the environment or the key file named by the privacy settings."""
    env = config.caller.key_env
    value = os.environ.get(env, "")
    if value.strip():
        return value.strip().encode("utf-8")
    path = config.caller.key_file or os.environ.get(KEY_FILE_ENV, "").strip() or None
    if path:
        try:
            key = Path(path).expanduser().read_bytes().strip()
        except OSError as exc:
            raise PrivacyKeyError(f"{path}: cannot read the caller-hash key: {exc.strerror or exc}") from None
        if not key:
            raise PrivacyKeyError(f"{path}: the caller-hash key file is empty")
        return key
    raise PrivacyKeyError(
        f"calls.caller is stored as a keyed hash, but no key is set: set {env} (a long random secret, "
        f"e.g. `openssl rand -hex 32`) or put it in a file named by {KEY_FILE_ENV} or privacy caller.key_file "
        "(chmod 600); or set privacy caller.mode to mask (see docs/privacy.md)")
