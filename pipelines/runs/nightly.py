"""The nightly flow: discover → transcribe → score → write, orchestrated by Prefect.

Thin by design: the work is in plain functions (``callqa.asr``, ``callqa.rules``,
:mod:`.store`, :mod:`.results`, :mod:`.storage`); tasks take and return small values. The
Whisper model is loaded once per worker process (:func:`callqa.asr.get_engine`), never per
call. With no ``PREFECT_API_URL`` Prefect starts a temporary local server for the run.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Callable

from prefect import flow, task
from prefect.cache_policies import NONE as NO_CACHE

from callqa.asr import AsrOptions, AudioError, PreparedCall, get_engine, prefetch_calls, transcribe_call, transcribe_prepared
from callqa.models import resolve
from callqa.rules import Rulebook, load_rulebook

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.sink.schema import DATASETS
from callqa.pipelines.record import CallResult, add_rows, apply_rules
from callqa.pipelines.inputs.recordings import discover

WRITE_EVERY = 50   # calls per write: a crash loses at most this many calls' work


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ-") + uuid.uuid4().hex[:6]


def _retry_transient(task, task_run, state) -> bool:
    """Retry I/O hiccups (a store on a network share); a bad recording is not retried."""
    try:
        state.result()
    except (OSError, TimeoutError, ConnectionError):
        return True
    except Exception:
        return False
    return False


@task(name="discover", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2,
      retry_condition_fn=_retry_transient)
def discover_task(store: str, manifest: str | None, date: str | None, agent_channel: str) -> list[dict]:
    return [j.to_dict() for j in discover(store, manifest, date, agent_channel)]


@task(name="transcribe", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2,
      retry_condition_fn=_retry_transient)
def transcribe_task(job: dict, options: AsrOptions, prepared: PreparedCall | None = None) -> CallResult:
    """Transcribes one call (``prepared`` by :func:`prefetch_calls` when given); unusable audio
    becomes a failed/empty result, not an exception."""
    if job["error"]:
        return CallResult(job, "failed", error=job["error"])
    engine = get_engine(options)
    try:
        t = (transcribe_prepared(prepared, engine) if prepared is not None
             else transcribe_call(job["path"], engine, job["call_id"], job["agent_channel"]))
    except AudioError as exc:
        return CallResult(job, exc.status, error=f"{job['rel_path']}: {exc.reason}", asr_model=engine.label)
    return CallResult(job, "ok", duration_s=t.duration, channels=t.channels, sample_rate=t.source_rate,
                      roles=t.roles, segments=[s.to_dict() for s in t.segments],
                      activity=[a.to_dict() for a in t.activity], asr_model=engine.label)


@task(name="score", cache_policy=NO_CACHE)
def score_task(result: CallResult, rulebook: Rulebook) -> CallResult:
    """Scores one call; a rule that crashes fails that call, not the night."""
    try:
        return apply_rules(result, rulebook)
    except Exception as exc:  # recorded on the call's row, the batch goes on
        result.status, result.scorecard = "failed", None
        result.error = f"{result.job['rel_path']}: scoring failed ({type(exc).__name__}: {exc})"
        return result


@task(name="write", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2,
      retry_condition_fn=_retry_transient)
def write_task(results: list[CallResult], out: str, run_id: str) -> dict[str, int]:
    rows: dict[str, list[dict]] = {name: [] for name in DATASETS}
    for r in results:
        add_rows(rows, r, run_id)
    return storage.upsert(out, rows)


@flow(name="nightly", log_prints=False, validate_parameters=False)
def nightly(store: str, out: str, date: str | None = None, manifest: str | None = None,
            asr: AsrOptions = AsrOptions(), rulebook: str | None = None, agent_channel: str = "left",
            run_id: str | None = None, on_call_done: Callable[[CallResult, int, int], None] | None = None
            ) -> list[CallResult]:
    """Scores every call of ``store`` (or only those of ``date``) into ``out``.

    ``on_call_done(result, done, total)`` is called after each call, for progress display.
    Returns the results (without segments, to keep memory flat on a large night).
    """
    run_id = run_id or new_run_id()
    resolve(asr.model)            # a missing model fails the run before any call is touched
    book = load_rulebook(rulebook)  # so does a bad rulebook; loaded once: one version per run
    jobs = discover_task(store, manifest, date, agent_channel)
    if any(not j["error"] for j in jobs):
        get_engine(asr)           # load once, here: a model that cannot load stops the run, not each call
    done: list[CallResult] = []
    pending: list[CallResult] = []
    try:
        # The next call is decoded (and its voice activity found) while this one is transcribed.
        for i, (job, prepared) in enumerate(prefetch_calls(jobs, asr), 1):
            state = transcribe_task(job, asr, prepared, return_state=True)
            if state.is_completed():
                result = state.result()
            else:  # retries exhausted on an unexpected error: record it, keep going
                result = CallResult(job, "failed", error=f"{job['rel_path']}: {_state_error(state)}")
            result = score_task(result, book)
            pending.append(result)
            if len(pending) >= WRITE_EVERY:
                write_task(pending, out, run_id)
                done.extend(_light(r) for r in pending)
                pending = []
            if on_call_done:
                on_call_done(result, i, len(jobs))
    finally:  # even when the run is interrupted, the calls already finished are kept
        if pending:
            write_task(pending, out, run_id)
            done.extend(_light(r) for r in pending)
    return done


def _state_error(state) -> str:
    try:
        state.result()
    except Exception as exc:  # the exception that failed the task
        return f"{type(exc).__name__}: {exc}"
    return state.message or "task failed"


def _light(result: CallResult) -> CallResult:
    """The result minus its segments: the summary needs scores and findings only."""
    result.segments, result.activity = [], []
    return result
