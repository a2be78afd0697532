"""The nightly writer's spool: small batches durable on disk at once, committed together, and a
killed writer's spool committed by the next one — never lost, never twice."""
import multiprocessing
import os

import pytest
from deltalake import DeltaTable

from callqa.pipelines.sink import spool, writer as storage
from tests.test_storage import merge, rows

pytestmark = pytest.mark.skipif(not spool.supported("."), reason="the spool needs advisory locks (fcntl)")


def _night(out, n, calls_per_group, die=False):
    """A writer that spools ``n`` one-call batches; with ``die`` it is killed (os._exit) before committing."""
    w = storage.TableWriter(out)
    with w.grouped(seconds=3600, calls=calls_per_group):
        for i in range(n):
            w.write(rows(f"c{i}", "2026-11-21", 1, run="night"), "night")
        if die:
            os._exit(0)


def _versions(out, name="calls"):
    return DeltaTable(str(out / name)).version() + 1


def test_batches_are_committed_together_as_few_versions(tmp_path):
    _night(tmp_path, 10, calls_per_group=4)
    assert sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist()) == [f"c{i}" for i in range(10)]
    assert storage.read_dataset(tmp_path, "segments").num_rows == 30
    assert _versions(tmp_path) == 3                  # 4 + 4 + the 2 left when the run ends
    assert not any((tmp_path / spool.SPOOL_DIR).iterdir())     # nothing left behind


def test_a_call_given_twice_in_one_group_is_committed_then_replaced(tmp_path):
    w = storage.TableWriter(tmp_path)
    with w.grouped(seconds=3600, calls=100):
        w.write(rows("c1", "2026-11-21", 1, run="r"), "r")
        w.write(rows("c1", "2026-11-21", 3, run="r", score=70.0), "r")
    calls = storage.read_dataset(tmp_path, "calls").to_pylist()
    assert [(c["call_id"], c["score"]) for c in calls] == [("c1", 70.0)]
    assert storage.read_dataset(tmp_path, "findings").num_rows == 3


def test_a_killed_writers_spool_is_committed_once_by_the_next_writer(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=_night, args=(tmp_path, 5, 100, True))
    p.start()
    p.join(300)
    assert p.exitcode == 0
    assert not (tmp_path / "calls").exists()                  # nothing committed before the "kill" …
    assert spool.spooled_call_ids(tmp_path) == {f"c{i}" for i in range(5)}   # … but all of it durable
    assert storage.TableWriter(tmp_path).recover() == 5
    assert sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist()) == [f"c{i}" for i in range(5)]
    assert storage.read_dataset(tmp_path, "segments").num_rows == 15
    assert spool.spooled_call_ids(tmp_path) == set() and spool.orphans(tmp_path) == []
    assert storage.TableWriter(tmp_path).recover() == 0       # recovered once


def test_a_live_writers_spool_is_left_alone(tmp_path):
    w = storage.TableWriter(tmp_path)
    with w.grouped(seconds=3600, calls=100):
        w.write(rows("c1", "2026-11-21", 1, run="r"), "r")
        assert spool.orphans(tmp_path) == []
        assert storage.TableWriter(tmp_path).recover() == 0     # another writer does not take it
        assert not (tmp_path / "calls").exists()
    assert storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist() == ["c1"]


def test_a_half_written_batch_is_dropped_and_the_rest_recovered(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=_night, args=(tmp_path, 3, 100, True))
    p.start()
    p.join(300)
    (root,) = spool.orphans(tmp_path)
    last = sorted(d for d in root.iterdir() if d.is_dir())[-1]
    last.rename(last.with_name(last.name + ".tmp"))        # as if killed while writing it
    assert storage.TableWriter(tmp_path).recover() == 2
    assert sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist()) == ["c0", "c1"]


def test_a_recovered_call_already_stored_replaces_itself(tmp_path):
    storage.upsert(tmp_path, merge(rows("c0", "2026-11-21", 2, run="old")))
    ctx = multiprocessing.get_context("spawn")
    p = ctx.Process(target=_night, args=(tmp_path, 2, 100, True))
    p.start()
    p.join(300)
    storage.TableWriter(tmp_path).recover()
    calls = {c["call_id"]: c["run_id"] for c in storage.read_dataset(tmp_path, "calls").to_pylist()}
    assert calls == {"c0": "night", "c1": "night"}
    assert storage.read_dataset(tmp_path, "findings").num_rows == 2
