"""The same nightly flow on a Dask LocalCluster of 2 worker processes (through prefect-dask's
DaskTaskRunner) gives exactly the rows of the single-process run; a killed worker fails its
call only."""
import os
import shutil

import pytest

from callqa.pipelines.record import CallResult
from callqa.pipelines.runs import nightly as night
from callqa.pipelines.sink.writer import read_dataset
from tests.conftest import FIXTURES, needs_model

pytestmark = [pytest.mark.slow, needs_model]

ASR = {"cpu_threads": 1}   # the same decoder threads in both runs


@pytest.fixture
def store(tmp_path):
    day = tmp_path / "store" / "2026-11-21"
    day.mkdir(parents=True)
    shutil.copy(FIXTURES / "short_stereo_8k.wav", day / "c1.wav")
    shutil.copy(FIXTURES / "mono_call.flac", day / "c2.flac")
    shutil.copy(FIXTURES / "short_stereo_8k.wav", day / "c3.wav")
    (day / "c4.wav").write_text("not audio\n" * 50)
    return tmp_path / "store"


def _rows(out):
    """Every dataset's rows, without what differs between runs by design (run id, time)."""
    tables = {}
    for name in ("calls", "segments", "findings", "activity"):
        rows = [{k: v for k, v in r.items() if k not in ("run_id", "processed_at")}
                for r in read_dataset(out, name).to_pylist()]
        tables[name] = sorted(rows, key=lambda r: tuple(str(v) for v in r.values()))
    return tables


def test_two_dask_workers_give_the_single_process_rows(store, tmp_path):
    single, dask = tmp_path / "single", tmp_path / "dask"
    night.run_nightly(str(store), str(single), date="2026-11-21", asr=ASR, workers=1)
    results = night.nightly(str(store), str(dask), date="2026-11-21", asr=ASR, workers=2)   # the Prefect flow
    assert len(results) == 4
    a, b = _rows(single), _rows(dask)
    assert len(a["calls"]) == 4 and len(a["segments"]) > 5
    assert a == b


def _die_on_c2(job, *args):
    if job["call_id"] == "c2":
        os._exit(9)          # as the kernel's OOM killer would: no exception, no goodbye
    return CallResult(job, "ok")


def test_a_killed_worker_process_fails_its_call_only(store, tmp_path):
    out = tmp_path / "out"
    jobs = [j.to_dict() for j in night.discover(str(store))]
    with night._local_pool(2, None) as submit:
        night.collect(jobs, lambda job: submit(_die_on_c2, job), str(out), "r1", window=4)
    calls = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    assert set(calls) == {"c1", "c2", "c3", "c4"}
    assert calls["c2"]["status"] == "failed" and "c2.flac: processing crashed (KilledWorker" in calls["c2"]["error"]
    assert {c: calls[c]["status"] for c in ("c1", "c3", "c4")} == {"c1": "ok", "c3": "ok", "c4": "ok"}, calls
