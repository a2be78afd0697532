"""The night's bookkeeping without Whisper: what is skipped, retried, written when, and how a
crashed call is recorded."""
import concurrent.futures
import json
import threading
import time

import pytest

from callqa.pipelines.inputs.recordings import CallJob, audio_sha256
from callqa.pipelines.record import CallResult
from callqa.pipelines.runs import nightly as night
from callqa.pipelines.sink.writer import read_dataset, write_results


def _job(tmp_path, cid, content=b"RIFF-audio", **kw):
    path = tmp_path / "store" / f"{cid}.wav"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return CallJob(cid, str(path), f"{cid}.wav", "2026-11-21", **kw).to_dict()


def _stored(out, job, status="ok", model="m1", version="v1", digest=None, attempts=None):
    if attempts is not None:
        job = {**job, "metadata": {night.ATTEMPTS_KEY: attempts}}
    r = CallResult(job, status, asr_model=model, rulebook_version=version,
                   audio_sha256=digest or audio_sha256(job["path"]),
                   error="x.wav: broken" if status == "failed" else None)
    write_results(out, [r], "earlier-run")


def test_unchanged_calls_are_skipped_and_changed_ones_redone(tmp_path):
    out = str(tmp_path / "out")
    same, new_audio, new_model, new_book, fresh, moved_agent = (
        _job(tmp_path, c) for c in ("same", "audio", "model", "book", "fresh", "agent"))
    _stored(out, same)
    _stored(out, new_audio, digest="0" * 64)
    _stored(out, new_model, model="m0")
    _stored(out, new_book, version="v0")
    _stored(out, moved_agent)
    moved_agent = {**moved_agent, "agent_id": "A9"}        # the manifest corrected the agent
    plan = night.plan_night([same, new_audio, new_model, new_book, fresh, moved_agent], out, "m1", "v1")
    assert plan.skipped == {"same": "unchanged"}
    assert [j["call_id"] for j in plan.todo] == ["audio", "model", "book", "fresh", "agent"]


def test_failed_calls_are_retried_up_to_the_limit(tmp_path):
    out = str(tmp_path / "out")
    once, thrice, thrice_new_audio = (_job(tmp_path, c) for c in ("once", "thrice", "changed"))
    _stored(out, once, status="failed")
    _stored(out, thrice, status="failed", attempts=3)
    _stored(out, thrice_new_audio, status="failed", attempts=3, digest="0" * 64)
    plan = night.plan_night([once, thrice, thrice_new_audio], out, "m1", "v1", retry_limit=3)
    assert set(plan.skipped) == {"thrice"} and "failed 3 times" in plan.skipped["thrice"]
    assert [j["call_id"] for j in plan.todo] == ["once", "changed"]
    assert plan.attempts == {"once": 1, "thrice": 3, "changed": 3}


def test_dates_resolve_in_the_centers_time_zone(monkeypatch):
    from datetime import date, datetime, timedelta
    from zoneinfo import ZoneInfo

    for tz in ("Asia/Shanghai", "America/Los_Angeles"):
        monkeypatch.setenv("CALLQA_TZ", tz)
        today = datetime.now(ZoneInfo(tz)).date()
        assert night.resolve_date("yesterday") == (today - timedelta(days=1)).isoformat()
        assert night.resolve_date("today") == today.isoformat()
    assert night.resolve_date(None) is None and night.resolve_date("2026-11-21") == "2026-11-21"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        night.resolve_date("21/11/2026")
    assert date.fromisoformat(night.resolve_date("Yesterday"))


def test_asr_options_are_plain_values():
    assert night.asr_options({"model": "small", "beam_size": 2}).beam_size == 2
    with pytest.raises(ValueError, match="unknown ASR option"):
        night.asr_options({"modle": "small"})


def _fake_call(job, *_):
    if job["call_id"] == "boom":
        raise RuntimeError("decoder exploded")
    return CallResult(job, "ok", audio_sha256="0" * 64)


def test_a_crash_in_one_call_fails_that_call_only(tmp_path):
    out = str(tmp_path / "out")
    jobs = [_job(tmp_path, c) for c in ("a", "boom", "b")]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        results = night.collect(jobs, lambda j: pool.submit(_fake_call, j), out, "r1", window=2,
                                attempts={"boom": 1})
    assert sorted(r.job["call_id"] for r in results) == ["a", "b", "boom"]
    calls = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    assert calls["a"]["status"] == calls["b"]["status"] == "ok"
    assert calls["boom"]["status"] == "failed"
    assert "boom.wav" in calls["boom"]["error"] and "RuntimeError: decoder exploded" in calls["boom"]["error"]
    assert json.loads(calls["boom"]["metadata"]) == {night.ATTEMPTS_KEY: 2}


def test_a_finished_call_is_written_while_others_are_still_running(tmp_path, monkeypatch):
    """Bounded loss: a finished call is durable within FLUSH_SECONDS (in the writer's spool,
    which a re-run commits after a kill), not at batch end; the run's end commits it."""
    from callqa.pipelines.sink.spool import spooled_call_ids
    monkeypatch.setattr(night, "FLUSH_SECONDS", 0.2)
    out = str(tmp_path / "out")
    release = threading.Event()
    seen_while_blocked = []

    def call(job):
        if job["call_id"] == "slow":
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and not seen_while_blocked:
                if (tmp_path / "out").exists() and spooled_call_ids(out):
                    seen_while_blocked.append(sorted(spooled_call_ids(out)))
                time.sleep(0.05)
            release.set()
        return CallResult(job, "ok")

    jobs = [_job(tmp_path, "fast"), _job(tmp_path, "slow")]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        night.collect(jobs, lambda j: pool.submit(call, j), out, "r1", window=2)
    assert seen_while_blocked == [["fast"]]
    assert sorted(read_dataset(out, "calls")["call_id"].to_pylist()) == ["fast", "slow"]


def test_an_interrupted_run_still_writes_what_finished(tmp_path):
    out = str(tmp_path / "out")

    def call(job):
        if job["call_id"] == "c3":
            raise KeyboardInterrupt
        return CallResult(job, "ok")

    def submit(job):   # runs inline, like a run interrupted by Ctrl-C
        fut = concurrent.futures.Future()
        fut.set_result(call(job))
        return fut

    with pytest.raises(KeyboardInterrupt):
        night.collect([_job(tmp_path, c) for c in ("c1", "c2", "c3")], submit, out, "r1", window=1)
    assert sorted(read_dataset(out, "calls")["call_id"].to_pylist()) == ["c1", "c2"]


def test_one_model_per_gpu(monkeypatch):
    import callqa.asr.engine as engine
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 2)
    assert night.worker_count(None, "cuda") == 2
    assert night.worker_count(8, "auto") == 2          # capped: a GPU holds one model
    assert night.worker_count(1, "cuda") == 1
    assert night.worker_count(8, "cpu") == 8
    assert night.worker_count(16, "cuda", cluster="tcp://sched:8786") == 16   # sized where workers start
    monkeypatch.setattr(engine, "cuda_device_count", lambda: 0)
    assert night.worker_count(None, "auto") >= 1


@pytest.mark.parametrize("cores, calls, expected", [(1, 9, 1), (2, 9, 2), (2, 1, 1), (8, 9, 2), (16, 9, 4), (16, 3, 3)])
def test_cpu_workers_default(monkeypatch, cores, calls, expected):
    """Two single-threaded workers on a small CPU machine (measured faster than one with 2
    threads), one per 4 cores on a big one, never more workers than calls."""
    monkeypatch.setattr(night.os, "cpu_count", lambda: cores)
    assert night.worker_count(None, "cpu", calls=calls) == expected


def _scored_call(job, asr, rulebook, score=True):
    """A transcribed call without Whisper: one agent greeting."""
    result = CallResult(job, "ok", duration_s=5.0, segments=[
        {"channel": "left", "speaker": "agent", "start": 0.0, "end": 2.0, "text": "您好，很高兴为您服务",
         "avg_logprob": -0.1, "no_speech_prob": 0.0}])
    return night.score_result(result, rulebook) if score else result


def test_calls_are_scored_by_the_collector_as_they_come_back(tmp_path, monkeypatch):
    """Workers transcribe only (score=False); the collecting thread scores, and a rule crash
    fails that call; a call refused before transcription stays unscored."""
    real = night.apply_rules

    def rules(result, book):
        if result.job["call_id"] == "bad-rules":
            raise KeyError("a rule crashed")
        return real(result, book)
    monkeypatch.setattr(night, "apply_rules", rules)
    out = str(tmp_path / "out")
    jobs = [_job(tmp_path, "a"), _job(tmp_path, "bad-rules"), {**_job(tmp_path, "refused"), "error": "refused.wav: nope"}]
    scored_in = []

    def finish(result):
        scored_in.append(threading.current_thread().name)
        return night.score_result(result, None)

    def call(job):
        if job["error"]:
            return CallResult(job, "failed", error=job["error"])
        unscored = _scored_call(job, {}, None, score=False)
        assert unscored.scorecard is None and unscored.rulebook_version is None
        return unscored

    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="worker") as pool:
        results = {r.job["call_id"]: r for r in night.collect(
            jobs, lambda j: pool.submit(call, j), out, "r1", window=2, finish=finish)}
    assert scored_in == [threading.current_thread().name] * 3
    assert results["a"].status == "ok" and results["a"].scorecard is not None and results["a"].rulebook_version
    assert results["bad-rules"].status == "failed" and "bad-rules.wav: scoring failed" in results["bad-rules"].error
    assert results["refused"].rulebook_version is None and results["refused"].error == "refused.wav: nope"
    direct = _scored_call(_job(tmp_path, "a"), {}, None)        # score=True: the worker scores, same card
    assert direct.scorecard.score == results["a"].scorecard.score


def test_a_plain_run_does_not_import_prefect_or_dask():
    """Prefect (~1.5 s of imports) and distributed load only for the flow or several workers."""
    import subprocess
    import sys

    code = ("import sys, os; os.environ.pop('PREFECT_API_URL', None); "
            "from callqa.pipelines.runs import nightly as n; n._pin_local_gpu(); "
            "print(n.prefect_api_configured(), 'prefect' in sys.modules, 'distributed' in sys.modules)")
    env = {k: v for k, v in __import__("os").environ.items() if k != "PREFECT_API_URL"}
    env["PREFECT_HOME"] = "/nonexistent-callqa-prefect-home"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["False", "False", "False"], out.stderr


def test_prefect_settings_are_read_when_a_source_names_an_api(tmp_path, monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))
    assert night.prefect_api_configured() is False
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert night.prefect_api_configured() is True
    monkeypatch.delenv("PREFECT_API_URL")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "profiles.toml").write_text(
        'active = "srv"\n[profiles.srv]\nPREFECT_API_URL = "http://127.0.0.1:4200/api"\n')
    assert night._mentions_url(tmp_path / "home" / "profiles.toml")   # → Prefect's own settings decide


def test_the_flow_is_built_on_first_use():
    flow = night.nightly
    assert flow.name == "nightly" and night.call_task.name == "call"
    assert night.nightly is flow and flow.fn.__name__ == "nightly"


def test_local_dask_workers_keep_glibcs_memory_trimming_default():
    """Dask's MALLOC_TRIM_THRESHOLD_=65536 made two workers slower than one (system time)."""
    import dask

    night.local_cluster_kwargs(2)
    environ = dask.config.get("distributed.nanny.pre-spawn-environ")
    assert "MALLOC_TRIM_THRESHOLD_" not in environ and environ.get("OMP_NUM_THREADS") == 1


def test_one_local_worker_reads_the_next_call_while_the_model_works():
    """The single local worker runs LOCAL_THREADS calls at once: while one holds the model,
    the next is decoded (both must be inside their call before either may finish)."""
    assert night.LOCAL_THREADS >= 2
    both_in = threading.Barrier(night.LOCAL_THREADS, timeout=10)
    with night._local_pool(1, None) as submit:
        futures = [submit(both_in.wait) for _ in range(night.LOCAL_THREADS)]
        assert sorted(f.result(timeout=20) for f in futures) == list(range(night.LOCAL_THREADS))
    assert night.task_runner(1, None)._max_workers == night.LOCAL_THREADS
