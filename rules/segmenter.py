"""jieba, the word segmenter that scope (who said it about whom) and the filler check use:
imported, and its dictionary loaded, once per process and in one place.

Loading it is most of a fresh process's start-up — every worker forkserver of ``score`` and
``rescore``, every ``callqa`` command that scores. Two parts of that cost are avoidable:

- jieba reads its parsed dictionary (~500,000 words and prefixes) back from a ``marshal`` file
  in the temporary folder: ~0.45 s. The same two values pickled in callqa's cache
  (:func:`~callqa.rules.cache.cached_pickle`, trusted only when the user's own) read back in
  ~0.13 s. Only jieba's default dictionary is cached this way, keyed by jieba's version and the
  dictionary file; a tokenizer set up otherwise loads as jieba does.
- jieba imports ``pkg_resources`` (deprecated, ~0.1 s) only to open its own data files; when
  that import fails it opens the same files from its folder. It is made to fail while jieba
  is imported (and nowhere else).

Segmentation is jieba's own either way (tests/test_segmenter.py).
"""
from __future__ import annotations

import os
import sys
import warnings
from functools import lru_cache
from types import ModuleType

from .cache import cached_pickle, package_file

__all__ = ["jieba", "posseg"]


@lru_cache(maxsize=1)
def jieba() -> ModuleType:
    """The ``jieba`` module with its default dictionary loaded."""
    module = _import("jieba")
    module.setLogLevel(60)
    _load_dictionary(module)
    return module


@lru_cache(maxsize=1)
def posseg() -> ModuleType:
    """``jieba.posseg`` (words with part-of-speech tags) over the loaded dictionary."""
    jieba()
    return _import("jieba.posseg")


def _import(name: str) -> ModuleType:
    blocked = "pkg_resources" not in sys.modules
    with warnings.catch_warnings():       # pkg_resources, where it is imported, warns that it is deprecated
        warnings.simplefilter("ignore")
        if blocked:
            sys.modules["pkg_resources"] = None     # type: ignore[assignment]  # import fails: jieba opens its files itself
        try:
            __import__(name)
        finally:
            if blocked and sys.modules.get("pkg_resources", 0) is None:
                del sys.modules["pkg_resources"]
    return sys.modules[name]


def _load_dictionary(module: ModuleType) -> None:
    """Sets what ``Tokenizer.initialize`` sets (``FREQ``, ``total``, ``initialized``) for the
    default dictionary from the cache; anything else is left to jieba."""
    dt = module.dt
    path = package_file("jieba", module.DEFAULT_DICT_NAME)
    if (dt.initialized or dt.dictionary != module.DEFAULT_DICT or dt.cache_file or dt.tmp_dir
            or path is None):
        dt.check_initialized()
        return
    stat = os.stat(path)

    def build():
        dt.initialize()
        return dt.FREQ, dt.total

    freq, total = cached_pickle("jieba-dictionary", [getattr(module, "__version__", ""), path, stat.st_size,
                                                     stat.st_mtime_ns], build)
    with dt.lock:
        if not dt.initialized:
            dt.FREQ, dt.total, dt.initialized = freq, total, True
