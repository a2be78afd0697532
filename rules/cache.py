"""A small on-disk cache for what a fresh process would otherwise recompute from large inputs
(every ``callqa`` command and every worker process compiles the rulebook).

Entries are files named by a hash of what they were computed from, under
``$CALLQA_CACHE_DIR``, else ``$XDG_CACHE_HOME/callqa``, else ``~/.cache/callqa``. A missing,
unreadable or corrupt entry is recomputed; a cache that cannot be written is skipped: the cache
only ever saves time, it never decides a result.

JSON entries hold plain data. Pickled entries (:func:`cached_pickle`: a compiled rulebook) hold
objects, and reading a pickle runs code, so they are trusted as Python trusts its own
``__pycache__``: written owner-only (0600, in a 0700 folder) and read only when the file and its
folder belong to this user and nobody else may write them; any other is ignored and rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any, Callable

__all__ = ["cache_dir", "cached_json", "cached_pickle", "package_file"]

_VERSION = 1        # bump when the layout of an entry changes


def cache_dir() -> Path:
    """Where entries live (not created here)."""
    env = os.environ.get("CALLQA_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "callqa"


def _entry(name: str, key: Any, suffix: str) -> Path:
    digest = hashlib.sha256(json.dumps([_VERSION, name, key], sort_keys=True).encode()).hexdigest()[:24]
    return cache_dir() / f"{name}-{digest}.{suffix}"


def _write(path: Path, data: bytes) -> None:
    """Atomically (a concurrent reader sees the old file or the new), owner-only; errors skipped."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def cached_json(name: str, key: Any, build: Callable[[], Any], exact: bool = False) -> Any:
    """``build()``'s value, read from the entry for ``(name, key)`` when there is one, else
    computed and written. ``exact``: written only when reading it back gives an equal value of
    the same types (no integer keys turned into strings, no dates), else computed in every
    process. (A YAML alias's one object comes back as equal copies: fine for values that are
    only read.)"""
    path = _entry(name, key, "json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        pass
    value = build()
    try:
        data = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return value
    if exact and not _same(json.loads(data), value):
        return value
    _write(path, data.encode("utf-8"))
    return value


def _owned(path: Path) -> bool:
    """The file and its folder are this user's and writable by nobody else (POSIX)."""
    if not hasattr(os, "getuid"):
        return False
    for p in (path.parent, path):
        st = os.stat(p)
        if st.st_uid != os.getuid() or st.st_mode & 0o022:
            return False
    return True


def cached_pickle(name: str, key: Any, build: Callable[[], Any]) -> Any:
    """As :func:`cached_json`, for objects (pickled); an entry that is not this user's own
    (:func:`_owned`) is never unpickled. ``build`` errors propagate and are not cached."""
    import pickle

    path = _entry(name, key, "pickle")
    try:
        if _owned(path):
            with open(path, "rb") as f:
                return pickle.load(f)
    except Exception:  # noqa: BLE001 — missing, damaged, or written by other code: rebuilt
        pass
    value = build()
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 — not picklable: computed in every process
        return value
    _write(path, data)
    _prune(name)
    return value


KEEP_PICKLES = 16       # newest entries kept per name: a compiled rulebook is ~3 MB, one per edit


def _prune(name: str) -> None:
    try:
        entries = sorted(cache_dir().glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP_PICKLES:]:
            old.unlink()
    except OSError:
        pass


def _same(a: Any, b: Any) -> bool:
    """Equal, and of the same type all the way down (``==`` says 1 == 1.0 == True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(type(k) is str and _same(v, b[k]) for k, v in a.items())
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def package_file(package: str, name: str) -> str | None:
    """Path of data file ``name`` shipped inside installed ``package``, found without importing
    the package (pypinyin's and jieba's imports cost 0.2–0.3 CPU s each); None when absent."""
    import importlib.util
    spec = importlib.util.find_spec(package)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            return path
    return None
