"""The nightly run: discover → skip what is unchanged → transcribe + score in workers → write.

One logic, two ways to drive it:

* :func:`run_nightly` (what ``callqa run`` calls) runs it directly when no Prefect API is
  configured: no temporary Prefect server, so an empty night takes a second or two and a
  killed run leaves no server behind;
* :func:`nightly`, the Prefect flow (what ``callqa serve`` deploys, and what ``callqa run``
  uses when ``PREFECT_API_URL`` points at a server), so ops see runs, logs and failures in
  the Prefect UI.

Either way calls are transcribed by ``workers`` at once — a thread of this process for one
worker, else Dask worker processes (a ``LocalCluster``, or an existing scheduler at
``cluster``), through prefect-dask's ``DaskTaskRunner`` inside the flow — each worker loading
the Whisper model once (:func:`callqa.asr.get_engine`). Results come back to this process,
the one writer, which hands them to :func:`~callqa.pipelines.sink.writer.write_results` in
small batches at least every :data:`FLUSH_SECONDS`, into the writer's local spool: a kill
loses only the calls in flight. The spool is committed as one version every few minutes
(:meth:`TableWriter.grouped`), and the next run commits what a killed one left spooled.

Prefect (about 1.5 s of imports) is imported only when the flow is used: :data:`nightly` and
:data:`call_task` are built on first access (module ``__getattr__``), so a plain ``callqa run``
and every worker process start without it.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import json
import logging
import os
import queue
import sys
import threading
import time
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from callqa.asr import AsrOptions, AudioError, get_engine, transcribe_call
from callqa.models import ModelNotFound, resolve
from callqa.rules import load_rulebook

from callqa.pipelines.inputs.recordings import StoreError, audio_sha256, discover, local_audio, parse_day
from callqa.pipelines.record import CallResult, apply_rules
from callqa.pipelines.runs import new_run_id
from callqa.pipelines.sink.writer import check_writable, read_dataset, write_results, writer_for

FLUSH_CALLS = 50        # a batch is written when it has this many calls …
FLUSH_SECONDS = 2.0     # … or when its oldest call finished this long ago
# Threads of a single local worker (one model): while one call holds the model, the next is
# read, resampled and its speech found, so the model never waits for audio (the engine and
# Silero take turns through their locks). A GPU's one worker gains most: there the CPU front end
# was the ceiling.
LOCAL_THREADS = 2
RETRY_LIMIT = 3         # a call failed on this many nights is not tried again (until its audio changes)
ATTEMPTS_KEY = "failed_attempts"   # calls.metadata key: nights this call has failed so far

log = logging.getLogger("callqa.nightly")


class Progress(Protocol):
    """What a front end (the CLI) wants to hear about a run; see :data:`PROGRESS`."""
    def planned(self, todo: int, skipped: int) -> None: ...
    def call_done(self, result: CallResult, done: int, total: int) -> None: ...


# Set by the CLI only, never a flow parameter: a deployment logs each call instead.
PROGRESS: Progress | None = None


def resolve_date(date: str | None) -> str | None:
    """``today``/``yesterday`` in the center's time zone (CALLQA_TZ); YYYY-MM-DD checked; None: every call."""
    if date is None or str(date).strip() == "":
        return None
    return parse_day(date, "date")


def asr_options(asr: dict | AsrOptions | None) -> AsrOptions:
    """ASR settings from plain values (a deployment's JSON parameters); unknown keys are an error."""
    if isinstance(asr, AsrOptions):
        return asr
    known = {f.name for f in fields(AsrOptions)}
    unknown = set(asr or {}) - known
    if unknown:
        raise ValueError(f"unknown ASR option(s) {sorted(unknown)}; known: {sorted(known)}")
    return AsrOptions(**(asr or {}))


def worker_count(requested: int | None, device: str = "auto", cluster: str | None = None,
                 calls: int | None = None) -> int:
    """Calls transcribed at once. A GPU holds one model: on this machine at most one worker per
    GPU (default: all of them). On CPU default two workers up to 8 cores, one per 4 cores
    above, never more than ``calls``: measured on 2 cores, two single-threaded worker processes
    beat one process decoding with 2 threads (CTranslate2's threads wait on each other,
    spinning, whenever another job takes a core; README "ASR speed"). With a cluster, what was
    asked (its workers are sized where they are started)."""
    from callqa.asr.engine import choose_device, cuda_device_count

    if cluster:
        return requested or 1
    if choose_device(device) == "cuda":
        gpus = max(1, cuda_device_count())
        if requested and requested > gpus:
            log.warning("--workers %d capped to %d: one Whisper model per GPU", requested, gpus)
        return min(requested or gpus, gpus)
    if requested:
        return requested
    cores = os.cpu_count() or 1
    return max(1, min(max(2, cores // 4) if cores >= 2 else 1, calls or cores))


def _pin_local_gpu() -> None:
    """Local Dask worker i uses GPU i, so each GPU holds one model (workers of an external
    cluster are pinned where they are started, with CUDA_VISIBLE_DEVICES)."""
    if "CUDA_VISIBLE_DEVICES" in os.environ or "distributed" not in sys.modules:
        return                          # not in a Dask worker: importing distributed costs ~0.5 s
    try:
        from distributed import get_worker
        name = get_worker().name
    except (ImportError, ValueError):   # not in a Dask worker: a thread of the run's process
        return
    if isinstance(name, int):           # LocalCluster names its workers 0..N-1
        os.environ["CUDA_VISIBLE_DEVICES"] = str(name)


# ---------------------------------------------------------------- one call, in a worker

def process_call(job: dict, asr: dict, rulebook: str | None, score: bool = True) -> CallResult:
    """Hashes, transcribes and (``score``) scores one call; unusable audio is a failed/empty result.

    Runs in a worker (thread or process); the engine and rulebook are loaded once per process.
    The nightly run passes ``score=False`` and scores in its collecting thread (:func:`score_result`):
    a worker process then never reads the rulebook (seconds each), and the rules of one call
    run while the model decodes the next. Unexpected exceptions propagate: the collector
    records them on the call's row.
    """
    if job["error"]:
        return CallResult(job, "failed", error=job["error"])
    options = asr_options(asr)
    if options.device != "cpu":
        _pin_local_gpu()
    engine = get_engine(options)
    digest = audio_sha256(job["path"])
    try:
        with local_audio(job["path"]) as path:   # a temporary copy when the store is remote
            t = transcribe_call(path, engine, job["call_id"], job["agent_channel"])
    except AudioError as exc:
        result = CallResult(job, exc.status, error=f"{job['rel_path']}: {exc.reason}",
                            asr_model=engine.label, audio_sha256=digest)
    else:
        result = CallResult(job, "ok", duration_s=t.duration, channels=t.channels, sample_rate=t.source_rate,
                            roles=t.roles, segments=[s.to_dict() for s in t.segments],
                            activity=[a.to_dict() for a in t.activity], asr_model=engine.label,
                            audio_sha256=digest)
    return score_result(result, rulebook) if score else result


def score_result(result: CallResult, rulebook: str | None) -> CallResult:
    """The rules over a transcribed call; a rule that crashes fails this call, not the night.
    A call refused before transcription (its job's error) stays unscored."""
    if result.job.get("error"):
        return result
    book = _rulebook(rulebook)
    try:
        return apply_rules(result, book)
    except Exception as exc:
        result.status, result.scorecard = "failed", None
        result.error = f"{result.job['rel_path']}: scoring failed ({type(exc).__name__}: {exc})"
        return result


_BOOKS: dict = {}


def _rulebook(path: str | None):
    if path not in _BOOKS:
        _BOOKS[path] = load_rulebook(path)
    return _BOOKS[path]


def failed_result(job: dict, exc: BaseException) -> CallResult:
    """The row of a call whose work crashed (decoder, out of memory, a killed worker process)."""
    reason = f"{type(exc).__name__}: {exc}".strip().rstrip(":")
    return CallResult(job, "failed", error=f"{job['rel_path']}: processing crashed ({reason})")


# ---------------------------------------------------------------- what to do tonight

@dataclass
class Plan:
    todo: list[dict]                                  # CallJob dicts, in store order
    skipped: dict[str, str] = field(default_factory=dict)   # call_id -> why it is not redone
    attempts: dict[str, int] = field(default_factory=dict)  # call_id -> nights failed so far


def plan_night(jobs: list[dict], out: str, asr_model: str, rulebook_version: str,
               retry_limit: int = RETRY_LIMIT) -> Plan:
    """Drops calls already scored from the same audio (SHA-256) with the same ASR model and
    rulebook version, and calls that failed ``retry_limit`` nights in a row on the same audio.
    ``rulebook_version``: the rulebook's identity (:attr:`Rulebook.identity`: its version plus the
    sha prefix of each guard model it scores with, ``2026.12.21+greeting:b12754d7a634``), as
    recorded in ``calls.rulebook_version``: a changed or newly built model rescores."""
    plan = Plan([])
    stored = _stored_calls(out, {j["call_id"] for j in jobs})
    candidates = []
    for job in jobs:
        row = stored.get(job["call_id"])
        if row is not None and row["status"] == "failed":
            plan.attempts[job["call_id"]] = _attempts(row)
        if row is None or not _same_call(row, job):
            continue
        if row["status"] == "failed":
            if plan.attempts[job["call_id"]] >= retry_limit:
                candidates.append((job, row, f"failed {plan.attempts[job['call_id']]} times (limit {retry_limit})"))
        elif row["asr_model"] == asr_model and row["rulebook_version"] == rulebook_version:
            candidates.append((job, row, "unchanged"))
    digests = _hashes([j for j, _, _ in candidates if j["path"]])
    skip = {}
    for job, row, why in candidates:
        if digests.get(job["call_id"]) == row["audio_sha256"]:   # both None: a refused call, no audio
            skip[job["call_id"]] = why
    plan.skipped = skip
    plan.todo = [j for j in jobs if j["call_id"] not in skip]
    return plan


def _stored_calls(out: str, call_ids: set[str]) -> dict[str, dict]:
    if not call_ids or not output_exists(out):
        return {}
    cols = ("call_id", "date", "status", "asr_model", "rulebook_version", "audio_sha256", "metadata",
            "path", "agent_id", "team", "agent_channel")
    tbl = read_dataset(out, "calls", call_ids)
    return {r["call_id"]: r for r in tbl.select(list(cols)).to_pylist()}


def output_exists(out: str) -> bool:
    """A local output directory that exists, or an object-store URI (s3://…: the reader decides)."""
    return "://" in str(out) or Path(out).exists()


def _same_call(row: dict, job: dict) -> bool:
    """Same recording, day and manifest facts (a corrected agent or channel is redone)."""
    return all(row[k] == job[k] for k in ("date", "agent_id", "team", "agent_channel")) \
        and row["path"] == job["rel_path"]


def _attempts(row: dict) -> int:
    try:
        return int(json.loads(row["metadata"] or "{}").get(ATTEMPTS_KEY, 1))
    except (ValueError, TypeError, AttributeError):
        return 1


def _hashes(jobs: list[dict]) -> dict[str, str | None]:
    """SHA-256 of the recordings that might be skipped (threads: hashlib releases the GIL)."""
    def one(job):
        try:
            return job["call_id"], audio_sha256(job["path"])
        except OSError:
            return job["call_id"], None
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        return dict(pool.map(one, jobs))


# ---------------------------------------------------------------- the loop (one writer)

Submit = Callable[[dict], Any]   # job -> a future with add_done_callback() and result()


def collect(jobs: Iterable[dict], submit: Submit, out: str, run_id: str, window: int,
            attempts: dict[str, int] | None = None, total: int | None = None,
            on_done: Callable[[CallResult, int, int], None] | None = None,
            finish: Callable[[CallResult], CallResult] | None = None) -> list[CallResult]:
    """Submits jobs keeping ``window`` in flight, writes results as they finish (batches of
    :data:`FLUSH_CALLS`, or :data:`FLUSH_SECONDS` after the oldest unwritten one, into the
    writer's spool, which commits them every few minutes and at the end), and returns
    the results without their segments. ``finish`` (the rules) runs here on each result that
    came back. A crashed call becomes a failed row; a model that cannot load stops the run
    (every call would fail)."""
    attempts = attempts or {}
    finished: queue.SimpleQueue = queue.SimpleQueue()
    pending: dict[Any, dict] = {}
    jobs = iter(jobs)
    buffer: list[CallResult] = []
    oldest = 0.0
    done: list[CallResult] = []

    writes = contextlib.ExitStack()    # the writer's spool, entered at the first batch: a run that
    spooling = False                   # writes nothing (a model that cannot load) creates no output

    def flush():
        nonlocal buffer, spooling
        if buffer:
            if not spooling:
                writes.enter_context(writer_for(out).grouped())
                spooling = True
            write_results(out, buffer, run_id)
            buffer = []

    def fill():
        while len(pending) < window:
            job = next(jobs, None)
            if job is None:
                return
            fut = submit(job)
            pending[fut] = job
            fut.add_done_callback(finished.put)

    with writes:                         # small batches spooled, committed every few minutes and at the end
        try:
            fill()
            while pending:
                wait = None if not buffer else max(0.0, oldest + FLUSH_SECONDS - time.monotonic())
                try:
                    fut = finished.get(timeout=wait)
                except queue.Empty:
                    flush()
                    continue
                job = pending.pop(fut)
                try:
                    result = fut.result()
                except ModelNotFound:
                    raise
                except Exception as exc:
                    result = failed_result(job, exc)
                else:
                    if finish is not None:
                        result = finish(result)
                _count_attempt(result, attempts.get(job["call_id"], 0))
                if not buffer:
                    oldest = time.monotonic()
                buffer.append(result)
                if len(buffer) >= FLUSH_CALLS:
                    flush()
                fill()
                done.append(result)
                if on_done:
                    on_done(result, len(done), total or len(done) + len(pending))
        finally:  # interrupted or not, every finished call is written
            flush()
    for r in done:
        r.segments, r.activity = [], []   # the summary needs scores and findings only
    return done


def _count_attempt(result: CallResult, before: int) -> None:
    """A failed call carries how many nights it has failed, so retries stop at the limit."""
    meta = {k: v for k, v in result.job.get("metadata", {}).items() if k != ATTEMPTS_KEY}
    if result.status == "failed":
        meta[ATTEMPTS_KEY] = before + 1
    result.job = {**result.job, "metadata": meta}


# ---------------------------------------------------------------- driving it

def _prepare(store, out, date, manifest, asr, rulebook, agent_channel, retry_limit, on_jobs=None):
    """Options and plan of the night; ``on_jobs(n_calls)`` is called once calls were found, before the
    rulebook is read (seconds of Python), so a local engine can load meanwhile."""
    options = asr_options(asr)
    label = resolve(options.model).label          # a missing model fails before any call is touched,
    check_writable(out)                            # and so does an output that cannot be written
    day = resolve_date(date)
    jobs = [j.to_dict() for j in discover(store, manifest, day, agent_channel)]
    if jobs and on_jobs:
        on_jobs(len(jobs))
    book = load_rulebook(rulebook)                 # a bad rulebook fails too; one version per run
    if output_exists(out):
        writer_for(out).recover()                  # calls a killed run spooled count as scored
    plan = plan_night(jobs, out, label, book.identity, retry_limit)   # version + guard models
    return options, plan


def _report(plan: Plan, logger) -> None:
    if plan.skipped:
        logger.info("%d call(s) skipped (already scored from the same audio, model and rulebook, "
                    "or failed too often)", len(plan.skipped))
    if PROGRESS:
        PROGRESS.planned(len(plan.todo), len(plan.skipped))


def _on_done(logger):
    def on_done(result: CallResult, done: int, total: int):
        logger.info("[%d/%d] %s %s%s", done, total, result.job["call_id"], result.status,
                    f": {result.error}" if result.error else "")
        if PROGRESS:
            PROGRESS.call_done(result, done, total)
    return on_done


def _worker_options(options: AsrOptions, workers: int, cluster: str | None) -> dict:
    """The options each worker loads its engine with: CPU cores split between local workers."""
    opts = {f.name: getattr(options, f.name) for f in fields(AsrOptions)}
    if not cluster and workers > 1 and options.cpu_threads == 0:
        opts["cpu_threads"] = max(1, (os.cpu_count() or 1) // workers)
    return opts


def run_nightly(store: str, out: str, date: str | None = "yesterday", manifest: str | None = None,
                asr: dict | None = None, rulebook: str | None = None, agent_channel: str = "left",
                workers: int | None = None, cluster: str | None = None, retry_limit: int = RETRY_LIMIT,
                run_id: str | None = None, review_queue: bool = True, sampling: str | None = None
                ) -> list[CallResult]:
    """The night without Prefect's server when none is configured (see the module docstring),
    else the :func:`nightly` flow."""
    params = dict(store=store, out=out, date=date, manifest=manifest, asr=asr, rulebook=rulebook,
                  agent_channel=agent_channel, workers=workers, cluster=cluster, retry_limit=retry_limit,
                  run_id=run_id, review_queue=review_queue, sampling=sampling)
    if prefect_api_configured():
        return _flow_objects()["nightly"](**params)
    return _night(**params, logger=log, pool=_local_pool)


def _night(store, out, date, manifest, asr, rulebook, agent_channel, workers, cluster, retry_limit, run_id,
           logger, pool, review_queue: bool = True, sampling: str | None = None) -> list[CallResult]:
    """The night itself; ``pool(workers, cluster)`` is a context giving ``submit(fn, job, asr, rulebook, score)``.
    Its last step draws the day's review queue (抽检) when the night is one day."""
    run_id = run_id or new_run_id()
    sizing: dict = {}

    def size_workers(calls: int):   # once calls were found (an empty night never touches CTranslate2)
        options = asr_options(asr)
        sizing["n"] = n = worker_count(workers, options.device, cluster, calls)
        sizing["opts"] = _worker_options(options, n, cluster)
        if n == 1 and not cluster:  # calls run in a thread of this process: its engine loads meanwhile
            _preload_engine(sizing["opts"])

    options, plan = _prepare(store, out, date, manifest, asr, rulebook, agent_channel, retry_limit,
                             on_jobs=size_workers)
    _report(plan, logger)
    if not plan.todo:
        return []
    n, opts = sizing["n"], sizing["opts"]
    with pool(n, cluster) as submit:
        results = collect(plan.todo, lambda job: submit(process_call, job, opts, rulebook, False), out, run_id,
                          window=2 * n, attempts=plan.attempts, total=len(plan.todo), on_done=_on_done(logger),
                          finish=lambda result: score_result(result, rulebook))
    day = resolve_date(date)
    if review_queue and day:
        draw_review_queue(out, day, sampling, logger)
    return results


def _preload_engine(opts: dict) -> None:
    """Loads this process's engine in a background thread (the model load releases the GIL,
    so it overlaps reading the rulebook). Errors are left to the first call, which loads again
    and reports them."""
    def load():
        with contextlib.suppress(Exception):
            get_engine(asr_options(opts))
    threading.Thread(target=load, name="callqa-engine-load", daemon=True).start()


def draw_review_queue(out: str, day: str, sampling: str | None, logger) -> None:
    """The day's review queue and reviewer files; a failure here is logged, never fails the night."""
    from callqa.pipelines.review.sampling import sample_day

    try:
        queue = sample_day(out, day, sampling)
        logger.info("review queue %s: %d call(s) drawn; %d suspected by the insult model (table suspects)",
                    day, len(queue.rows), len(queue.suspects))
    except Exception as exc:   # the calls are written; the queue can be drawn again with `callqa sample`
        logger.warning("review queue %s not drawn (%s: %s); run `callqa sample --date %s`", day,
                       type(exc).__name__, exc, day)


def prefect_api_configured() -> bool:
    """Whether Prefect settings name an API server. Without importing Prefect when no place
    its settings come from (environment, profiles file, ./.env, ./prefect.toml,
    ./pyproject.toml) mentions a URL: then none can be set."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    sources = [Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml").expanduser(),
               Path(".env"), Path("prefect.toml"), Path("pyproject.toml")]
    if not any(_mentions_url(p) for p in sources):
        return False
    from prefect.settings import PREFECT_API_URL
    return bool(PREFECT_API_URL.value())


def _mentions_url(path: Path) -> bool:
    try:
        return "url" in path.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return False


class _local_pool:
    """``submit(fn, *args) -> future``: :data:`LOCAL_THREADS` threads sharing one local worker's
    model, else Dask processes."""

    def __init__(self, workers: int, cluster: str | None):
        self.workers, self.cluster = workers, cluster
        self._close: list[Callable[[], None]] = []

    def __enter__(self):
        if self.workers == 1 and not self.cluster:
            pool = concurrent.futures.ThreadPoolExecutor(LOCAL_THREADS, thread_name_prefix="callqa-call")
            self._close.append(lambda: pool.shutdown(wait=True, cancel_futures=True))
            return pool.submit
        from distributed import Client, LocalCluster

        if self.cluster:
            client = Client(self.cluster)
        else:
            local = LocalCluster(**local_cluster_kwargs(self.workers))
            self._close.append(local.close)
            client = Client(local)
        self._close.insert(0, client.close)
        return lambda fn, *args: client.submit(fn, *args, pure=False)

    def __exit__(self, *exc):
        for close in self._close:
            close()


def local_cluster_kwargs(workers: int) -> dict:
    """N single-threaded worker processes (one model each), no dashboard. A worker that dies
    (out of memory, a crash in the decoder) takes its call with it: that call is tried once
    more on another worker, then given up (KilledWorker, recorded on its row), so one poisonous
    recording cannot kill worker after worker. Set in this process: LocalCluster's scheduler runs here.

    Dask's nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``: glibc then hands every
    freed block over 64 KB back to the kernel, and the decoder's buffers, freed and allocated
    again for every batch, are page-faulted in anew each time: 4× the system time, and two
    workers slower than one on 2 cores (measured: 2 demo calls, 1 thread, sys 2.0 s → 8.8 s).
    Workers keep glibc's default; the thread limits (OMP/MKL/OpenBLAS = 1) stay."""
    import dask
    import distributed  # noqa: F401 (its defaults, the nanny's environment among them)

    environ = {k: v for k, v in dask.config.get("distributed.nanny.pre-spawn-environ", {}).items()
               if k != "MALLOC_TRIM_THRESHOLD_"}
    dask.config.set({"distributed.scheduler.allowed-failures": 1,
                     "distributed.scheduler.worker-saturation": 1.0,
                     "distributed.nanny.pre-spawn-environ": environ})
    return dict(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)


# ---------------------------------------------------------------- the Prefect flow

def _retry_transient(task, task_run, state) -> bool:
    """Retry I/O hiccups (a store on a network share); a bad recording is not retried."""
    try:
        state.result()
    except (OSError, TimeoutError, ConnectionError):
        return True
    except Exception:
        return False
    return False


def task_runner(workers: int, cluster: str | None):
    """The Prefect task runner for a night: one model's threads, or Dask (prefect-dask) processes."""
    if workers == 1 and not cluster:
        from prefect.task_runners import ThreadPoolTaskRunner
        return ThreadPoolTaskRunner(max_workers=LOCAL_THREADS)
    from prefect_dask import DaskTaskRunner
    if cluster:
        return DaskTaskRunner(address=cluster)
    _share_api_with_local_workers()
    return DaskTaskRunner(cluster_kwargs=local_cluster_kwargs(workers))


def _share_api_with_local_workers() -> None:
    """Local Dask workers are new processes: point them at this run's API (the temporary
    server's too), else each would start a temporary server of its own (seconds each, and a
    process that outlives the run)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    if ctx is not None and not os.environ.get("PREFECT_API_URL"):
        os.environ["PREFECT_API_URL"] = str(ctx.client.api_url).rstrip("/")


def _nightly(store: str, out: str, date: str | None = "yesterday", manifest: str | None = None,
            asr: dict | None = None, rulebook: str | None = None, agent_channel: str = "left",
            workers: int | None = None, cluster: str | None = None, retry_limit: int = RETRY_LIMIT,
            run_id: str | None = None, review_queue: bool = True, sampling: str | None = None
            ) -> list[CallResult]:
    """Scores the calls of ``store`` of ``date`` (``yesterday``/``today`` in CALLQA_TZ,
    YYYY-MM-DD, or None for every call) into ``out``, then draws that day's review queue
    (``sampling``: its YAML; ``review_queue=False`` to skip); every parameter is a plain value,
    so it runs as a deployment. Returns the results (without segments)."""
    from prefect import get_run_logger

    return _night(store, out, date, manifest, asr, rulebook, agent_channel, workers, cluster, retry_limit,
                  run_id, logger=get_run_logger(), pool=_prefect_pool, review_queue=review_queue, sampling=sampling)


_nightly.__name__ = _nightly.__qualname__ = "nightly"   # the deployment's entrypoint: ...runs.nightly.nightly


def _flow_objects() -> dict:
    """Builds the Prefect flow ``nightly`` and task ``call_task`` once (importing Prefect)."""
    if "nightly" not in globals():
        from prefect import flow, task
        from prefect.cache_policies import NONE as NO_CACHE

        globals()["call_task"] = task(process_call, name="call", cache_policy=NO_CACHE, retries=2,
                                      retry_delay_seconds=2, retry_condition_fn=_retry_transient)
        globals()["nightly"] = flow(name="nightly", log_prints=False)(_nightly)
    return globals()


def __getattr__(name: str):
    if name in ("nightly", "call_task"):
        return _flow_objects()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@contextlib.contextmanager
def _prefect_pool(workers: int, cluster: str | None):
    """Inside the flow: each call a Prefect task run, on one thread or on Dask workers."""
    with task_runner(workers, cluster) as runner:
        call_task = _flow_objects()["call_task"]
        yield lambda fn, job, asr, rulebook, score=True: runner.submit(
            call_task, {"job": job, "asr": asr, "rulebook": rulebook, "score": score})
