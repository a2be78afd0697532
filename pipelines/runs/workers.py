"""The worker processes of ``score`` and ``rescore``: a pool whose processes start warm.

A worker needs the compiled rulebook (~2.2 CPU s to compile the shipped one, ~0.3 s from the
on-disk cache), jieba's dictionary and part-of-speech tags (~0.4 s, :mod:`callqa.rules.segmenter`)
and the rules' modules. Started with ``spawn``, every worker paid all of it again (measured: ~3.2–4.5 CPU s per worker, more than scoring
1,000 long calls costs the rules). Here they are forked from a *forkserver* that loaded them
once: the forkserver is a fresh single-threaded process (never a fork of this one, which may
hold threads), it imports :mod:`callqa.pipelines.runs.warm` (no pyarrow, no deltalake,
single-threaded numpy: nothing in it holds a thread when it forks), and each worker starts
as a copy of it. Where forkserver is not available (Windows) workers are spawned as before.

The worker's rulebook is still loaded by path in :func:`init_worker`; when it is the one the
forkserver loaded (same file, same modification time) that is an in-memory hit, otherwise the
worker reads it from the on-disk cache or compiles it — a later pool with another rulebook is
slower, never wrong.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

WARM_MODULE = "callqa.pipelines.runs.warm"
WARM_RULEBOOK_ENV = "CALLQA_WARM_RULEBOOK"     # read by the warm module in the forkserver only


def default_workers() -> int:
    """One worker per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_worker_book = None
_worker_error: Exception | None = None


def init_worker(rulebook_path: str | None, environ: dict[str, str] | None = None) -> None:
    """A worker process's rulebook, loaded once (``score`` and ``rescore`` workers), and the
    environment of the process that made the pool (``environ``): a forked worker would
    otherwise see the forkserver's, taken when it started — privacy settings of an earlier
    run included. A rulebook that cannot be loaded is kept as the error every task raises
    (:func:`worker_rulebook`): the caller gets its message, not a broken pool."""
    global _worker_book, _worker_error
    from callqa.rules import load_rulebook
    if environ is not None:
        os.environ.clear()
        os.environ.update(environ)
    try:
        _worker_book = load_rulebook(rulebook_path)
    except Exception as exc:  # noqa: BLE001 — raised again by each task of this worker
        _worker_error = exc
    _tune_gc()


GC_YOUNG = 10_000       # allocations between young collections (Python's default: 700)


def _tune_gc() -> None:
    """A worker allocates millions of short-lived rows, turns and strings, and every few
    hundred of them Python's collector ran; its older collections walked the compiled
    rulebook too. Measured on a rescore part: 0.15–0.17 ms/call in the collector (~8 % of
    the work) → 0.05–0.07 with the loaded objects frozen (never garbage: out of every
    collection) and young collections every 10,000 allocations."""
    import gc

    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def worker_rulebook():
    if _worker_error is not None:
        raise _worker_error
    return _worker_book


@contextlib.contextmanager
def _env(**values: str):
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _context(rulebook_path: str | None):
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload([WARM_MODULE])
    # The forkserver takes this process's environment when it starts (once per process):
    # which rulebook to compile, and numpy's BLAS without its thread pool.
    with _env(**{WARM_RULEBOOK_ENV: rulebook_path or "", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}):
        forkserver.ensure_running()
    return ctx


def worker_pool(workers: int, rulebook_path: str | None) -> ProcessPoolExecutor:
    """``workers`` processes, each with the rulebook at ``rulebook_path`` loaded (:func:`worker_rulebook`)."""
    return ProcessPoolExecutor(workers, mp_context=_context(rulebook_path), initializer=init_worker,
                               initargs=(rulebook_path, dict(os.environ)))


def prestart(rulebook_path: str | None) -> None:
    """Starts the forkserver now, so that it loads the rulebook (``None``: the shipped one)
    while this process does its own start-up: on two cores, side by side. The environment
    set later (privacy settings) still reaches the workers: the pool hands them this
    process's when it starts (:func:`init_worker`)."""
    _context(rulebook_path)
