"""The table contract: schema round-trip, atomic commits, re-runs that replace, versions,
the old layout refused and migrated, compaction, DuckDB views."""
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pytest

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.sink.query import run_query
from callqa.pipelines.sink.schema import DATASETS, delta_schema, stored_table

NOW = datetime(2026, 11, 22, 1, 0, tzinfo=timezone.utc)


def rows(call_id, date, n_findings=1, run="r1", score=90.0):
    call = {"call_id": call_id, "date": date, "run_id": run, "status": "ok", "score": score, "passed": True,
            "fatal": False, "agent_id": "A1", "team": "t", "processed_at": NOW, "n_findings": n_findings,
            "started_at": datetime(2026, 11, 21, 1, 0, tzinfo=timezone.utc)}
    segs = [{"call_id": call_id, "date": date, "run_id": run, "seg_index": i, "speaker": "agent",
             "start": float(i), "end": i + 0.5, "text": f"第{i}句"} for i in range(3)]
    finds = [{"finding_id": f"{call_id}-{i}", "call_id": call_id, "date": date, "run_id": run, "rule_id": "QA103", "check": "forbidden",
              "severity": "B", "points": 5.0, "speaker": "agent", "start": 1.0, "end": 2.0,
              "text": "不清楚", "matched": "不清楚", "explanation": "坐席使用服务禁语「不清楚」"}
             for i in range(n_findings)]
    return {"calls": [call], "segments": segs, "findings": finds}


def merge(*parts):
    out = {k: [] for k in DATASETS}
    for p in parts:
        for k, v in p.items():
            out[k].extend(v)
    return out


def test_schema_round_trip(tmp_path):
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-21"), rows("c2", "2026-11-20")))
    from deltalake import DeltaTable
    for name in ("calls", "segments", "findings"):
        stored = pa.schema(DeltaTable(str(tmp_path / name)).schema())
        assert stored.names == delta_schema(name).names, name
        assert DeltaTable(str(tmp_path / name)).metadata().partition_columns == ["date"]
    calls = storage.read_dataset(tmp_path, "calls").to_pylist()
    by_id = {c["call_id"]: c for c in calls}
    assert by_id["c1"]["date"] == "2026-11-21" and by_id["c1"]["score"] == 90.0
    assert by_id["c1"]["started_at"] == datetime(2026, 11, 21, 1, 0, tzinfo=timezone.utc)
    assert storage.read_dataset(tmp_path, "segments").num_rows == 6


def test_rerun_never_duplicates_and_rescoring_replaces_findings(tmp_path):
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-21", 2), rows("c2", "2026-11-21", 1)))
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-21", 2), rows("c2", "2026-11-21", 1)))
    assert storage.read_dataset(tmp_path, "calls").num_rows == 2
    assert storage.read_dataset(tmp_path, "findings").num_rows == 3
    # c1 rescored under a new rulebook: no findings left, its old ones go too; c2 untouched.
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 0, run="r2", score=100.0))
    calls = {c["call_id"]: c for c in storage.read_dataset(tmp_path, "calls").to_pylist()}
    assert calls["c1"]["run_id"] == "r2" and calls["c1"]["score"] == 100.0 and calls["c2"]["run_id"] == "r1"
    findings = storage.read_dataset(tmp_path, "findings").to_pylist()
    assert [f["call_id"] for f in findings] == ["c2"]
    assert storage.read_dataset(tmp_path, "segments").num_rows == 6


def _fail_on(monkeypatch, table_name):
    """Makes the commit to one table fail, as a crash (disk full, killed process) would."""
    import deltalake
    real = deltalake.write_deltalake

    def flaky(target, data, **kw):
        if str(getattr(target, "table_uri", target)).rstrip("/").endswith(table_name):
            raise OSError("disk full")
        return real(target, data, **kw)
    monkeypatch.setattr(deltalake, "write_deltalake", flaky)


def test_crash_before_the_calls_commit_keeps_the_old_call_and_leaves_no_half_batch(tmp_path, monkeypatch):
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1, run="r1"))
    with monkeypatch.context() as m:
        _fail_on(m, "calls")
        with pytest.raises(OSError):   # c1 rewritten and c2 new: children committed, calls not
            storage.upsert(tmp_path, merge(rows("c1", "2026-11-21", 3, run="r2"), rows("c2", "2026-11-21", 1, run="r2")))
    [call] = storage.read_dataset(tmp_path, "calls").to_pylist()
    assert call["run_id"] == "r1"                       # readers still see the old, complete c1
    storage._writers.clear()                            # a new process, after the crash
    storage.upsert(tmp_path, rows("c3", "2026-11-21", 1, run="r3"))
    segs = storage.read_dataset(tmp_path, "segments").to_pylist()
    assert sorted({s["call_id"] for s in segs}) == ["c1", "c3"]     # c2's half batch removed
    assert len(segs) == 6
    storage.upsert(tmp_path, rows("c2", "2026-11-21", 1, run="r4"))  # the re-run: c2 exactly once
    assert storage.read_dataset(tmp_path, "segments", {"c2"}).num_rows == 3
    assert storage.read_dataset(tmp_path, "findings", {"c2"}).num_rows == 1


def test_each_run_is_a_version_readable_as_of(tmp_path):
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 2, run="r1", score=90.0))
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 0, run="r2", score=100.0))
    from callqa.pipelines.sink.tables import resolve_as_of, run_history
    assert [r["run_id"] for r in run_history(tmp_path)] == ["r1", "r2"]
    assert run_query(tmp_path, "SELECT score FROM calls")[1] == [(100.0,)]
    assert run_query(tmp_path, "SELECT score FROM calls", as_of="r1")[1] == [(90.0,)]
    assert run_query(tmp_path, "SELECT count(*) FROM findings", as_of="r1")[1] == [(2,)]
    assert run_query(tmp_path, "SELECT score FROM calls", as_of="0")[1] == [(90.0,)]
    ts = resolve_as_of(tmp_path, "r1").timestamp.isoformat()
    assert run_query(tmp_path, "SELECT score FROM calls", as_of=ts)[1] == [(90.0,)]
    with pytest.raises(ValueError, match="not a run id"):
        resolve_as_of(tmp_path, "no-such-run")


def test_as_of_goes_by_the_commits_not_by_the_log_files_times(tmp_path):
    """A version is read as it was even when its log file's modification time is later than the
    commit time it records (a few ms apart on a busy disk) or the output was copied with
    ``cp -r`` (every file's time is the copy's): delta-rs's time travel by time read version 0."""
    import os
    import shutil
    storage.upsert(tmp_path / "out", rows("c1", "2026-11-21", 2, run="r1", score=90.0))
    storage.upsert(tmp_path / "out", rows("c1", "2026-11-21", 0, run="r2", score=100.0))
    log = tmp_path / "out" / "calls" / "_delta_log" / "00000000000000000001.json"
    st = os.stat(log)
    os.utime(log, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000))
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "out", copy, copy_function=shutil.copy)     # as cp -r: new times
    for out in (tmp_path / "out", copy):
        assert run_query(out, "SELECT score FROM calls", as_of="1")[1] == [(100.0,)]
        assert run_query(out, "SELECT score FROM calls", as_of="r2")[1] == [(100.0,)]
        assert run_query(out, "SELECT count(*) FROM findings", as_of="r2")[1] == [(0,)]
        assert run_query(out, "SELECT score FROM calls", as_of="r1")[1] == [(90.0,)]
        assert run_query(out, "SELECT count(*) FROM findings", as_of="0")[1] == [(2,)]


def test_as_of_before_the_first_run_or_past_compaction_says_so(tmp_path):
    from callqa.pipelines.sink.maintenance import compact
    from callqa.pipelines.sink.tables import resolve_as_of
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 2, run="r1", score=90.0))
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 0, run="r2", score=100.0))
    with pytest.raises(ValueError, match="first written at .*nothing to read before"):
        resolve_as_of(tmp_path, "2020-01-01")
    compact(tmp_path, keep_days=0)          # r1's files are gone: refused by name, not a reader's error
    with pytest.raises(ValueError, match="removed by `callqa compact`"):
        run_query(tmp_path, "SELECT score FROM calls", as_of="r1")
    assert run_query(tmp_path, "SELECT score FROM calls")[1] == [(100.0,)]


def test_old_parquet_layout_is_refused_then_migrated(tmp_path):
    import pyarrow.parquet as pq
    part = tmp_path / "calls" / "date=2026-11-21"
    part.mkdir(parents=True)
    old = stored_table("calls", rows("c1", "2026-11-21")["calls"]).drop_columns(["date"])
    pq.write_table(old, part / "part-0.parquet")
    from callqa.pipelines.sink.maintenance import migrate
    from callqa.pipelines.sink.tables import LegacyLayout
    with pytest.raises(LegacyLayout, match="callqa migrate"):
        run_query(tmp_path, "SELECT count(*) FROM calls")
    assert migrate(tmp_path) == {"calls": 1}
    assert run_query(tmp_path, "SELECT call_id, date FROM calls")[1] == [("c1", "2026-11-21")]
    assert (tmp_path / ".legacy-parquet" / "calls" / "date=2026-11-21" / "part-0.parquet").is_file()


def test_a_table_being_created_is_not_taken_for_the_old_layout(tmp_path):
    """A second writer or a reader that looks while the first commit is written (data files
    there, ``_delta_log`` not yet) must not refuse the output as old plain Parquet."""
    import pyarrow.parquet as pq
    part = tmp_path / "calls" / "date=2026-11-21"
    part.mkdir(parents=True)
    tbl = stored_table("calls", rows("c0", "2026-11-21")["calls"]).drop_columns(["date"])
    pq.write_table(tbl, part / "part-00001-0b6c6f9e-5d1c-4c34-9a43-2f2c1d3e4a5b-c000.zstd.parquet")
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1))
    assert run_query(tmp_path, "SELECT call_id FROM calls")[1] == [("c1",)]


def test_compact_merges_small_files_and_keeps_the_data(tmp_path):
    for i in range(5):
        storage.upsert(tmp_path, rows(f"c{i}", "2026-11-21", 1, run=f"r{i}"))
    from deltalake import DeltaTable
    from callqa.pipelines.sink.maintenance import compact
    assert len(DeltaTable(str(tmp_path / "segments")).file_uris()) == 5
    done = compact(tmp_path, keep_days=0)
    assert len(DeltaTable(str(tmp_path / "segments")).file_uris()) == 1
    assert done["segments"]["vacuumed"] >= 5
    assert run_query(tmp_path, "SELECT count(*) FROM segments")[1] == [(15,)]


def test_unknown_column_is_an_error():
    with pytest.raises(KeyError, match="unexpected"):
        stored_table("calls", [{"call_id": "x", "colour": "red", "date": "2026-11-21"}])
    with pytest.raises(KeyError, match="no date"):
        stored_table("calls", [{"call_id": "x"}])


def test_duckdb_views(tmp_path):
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-21", 2), rows("c2", "2026-11-20", 0)))
    cols, result = run_query(tmp_path, "SELECT call_id, date, score FROM calls ORDER BY call_id")
    assert cols == ["call_id", "date", "score"] and [r[0] for r in result] == ["c1", "c2"]
    _, result = run_query(tmp_path, 'SELECT count(*), sum(points) FROM findings')
    assert result == [(2, 10.0)]
    _, result = run_query(tmp_path, 'SELECT speaker, start, "end" FROM segments WHERE call_id = \'c2\' ORDER BY start')
    assert result[0] == ("agent", 0.0, 0.5)


def test_query_on_output_without_findings(tmp_path):
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 0))
    _, result = run_query(tmp_path, "SELECT count(*) FROM findings")
    assert result == [(0,)]


def test_a_call_that_changes_date_is_moved_not_duplicated(tmp_path):
    """A corrected started_at (or a touched file) moves a call to another partition."""
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-20", 2), rows("c2", "2026-11-20", 1)))
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1, run="r2"))
    calls = storage.read_dataset(tmp_path, "calls").to_pylist()
    assert sorted((c["call_id"], c["date"]) for c in calls) == [("c1", "2026-11-21"), ("c2", "2026-11-20")]
    findings = storage.read_dataset(tmp_path, "findings").to_pylist()
    assert sorted((f["call_id"], f["date"]) for f in findings) == [("c1", "2026-11-21"), ("c2", "2026-11-20")]
    assert storage.read_dataset(tmp_path, "segments").num_rows == 6


def test_calls_row_is_written_last(tmp_path, monkeypatch):
    """If a child dataset cannot be written, the call's row still describes its old, complete run."""
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1, run="r1"))
    _fail_on(monkeypatch, "segments")
    with pytest.raises(OSError):
        storage.upsert(tmp_path, rows("c1", "2026-11-21", 3, run="r2"))
    [call] = storage.read_dataset(tmp_path, "calls").to_pylist()
    assert call["run_id"] == "r1"


def _writer(out, prefix, n):
    for i in range(n):
        storage.upsert(out, rows(f"{prefix}{i}", "2026-11-21"))


@pytest.mark.skipif(storage.fcntl is None, reason="advisory locks need fcntl")
def test_two_writers_on_one_output_lose_nothing(tmp_path):
    """A nightly run and a rescore writing the same partition at once: every call survives
    (each read-modify-write holds the output's lock)."""
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")     # not fork: earlier tests leave threads (ONNX, Prefect) behind
    procs = [ctx.Process(target=_writer, args=(tmp_path, p, 8)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)                 # generous: spawned interpreters import pyarrow/deltalake on a loaded machine
        assert p.exitcode == 0, f"writer exit code {p.exitcode} (None: still running after 300 s)"
    ids = sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist())
    assert ids == sorted([f"a{i}" for i in range(8)] + [f"b{i}" for i in range(8)])
    assert storage.read_dataset(tmp_path, "segments").num_rows == 16 * 3


def _same_calls(out, prefix, n):
    for i in range(n):
        storage.upsert(out, rows(f"c{i}", "2026-11-21", run=prefix))


@pytest.mark.skipif(storage.fcntl is None, reason="advisory locks need fcntl")
def test_two_runs_writing_the_same_calls_never_duplicate(tmp_path):
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_same_calls, args=(tmp_path, p, 6)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(300)                 # generous: spawned interpreters import pyarrow/deltalake on a loaded machine
        assert p.exitcode == 0, f"writer exit code {p.exitcode} (None: still running after 300 s)"
    assert sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist()) == [f"c{i}" for i in range(6)]
    assert storage.read_dataset(tmp_path, "segments").num_rows == 6 * 3
    assert storage.read_dataset(tmp_path, "findings").num_rows == 6


def test_query_on_a_path_with_a_quote(tmp_path):
    out = tmp_path / "qa's results"
    storage.upsert(out, rows("c1", "2026-11-21", 1))
    assert run_query(out, "SELECT count(*) FROM findings")[1] == [(1,)]


@pytest.mark.parametrize("sql", [
    "COPY calls TO '/tmp/callqa-leak.csv'",
    "CREATE TABLE x AS SELECT * FROM calls",
    "INSERT INTO calls SELECT * FROM calls",
    "ATTACH '/tmp/callqa-other.db'",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT 1; DROP VIEW calls",
])
def test_query_is_read_only(tmp_path, sql):
    from callqa.pipelines.sink.query import QueryRefused
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1))
    with pytest.raises(QueryRefused, match="refused"):
        run_query(tmp_path, sql)
    assert not Path("/tmp/callqa-leak.csv").exists()


def test_query_reads_other_files_only_when_allowed(tmp_path):
    storage.upsert(tmp_path / "o", rows("c1", "2026-11-21", 1))
    other = tmp_path / "agents.csv"
    other.write_text("agent_id,name\nA1,王芳\n", encoding="utf-8")
    sql = f"SELECT a.name FROM calls c JOIN read_csv('{other}') a USING (agent_id)"
    from callqa.pipelines.sink.query import QueryRefused
    with pytest.raises(QueryRefused):
        run_query(tmp_path / "o", sql)
    assert run_query(tmp_path / "o", sql, allow_files=True)[1] == [("王芳",)]


def test_query_runs_in_the_center_time_zone(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_TZ", "Asia/Shanghai")
    storage.upsert(tmp_path, rows("c1", "2026-11-21", 1))
    assert run_query(tmp_path, "SELECT current_setting('TimeZone')")[1] == [("Asia/Shanghai",)]


def test_a_long_night_is_compacted_as_it_goes(tmp_path, monkeypatch):
    """Appends cost grows with a table's file count: the writer compacts the days it touched
    every COMPACT_EVERY batches, and the data stays exactly the same."""
    from deltalake import DeltaTable
    monkeypatch.setattr(storage, "COMPACT_EVERY", 4)
    for i in range(9):
        storage.upsert(tmp_path, rows(f"c{i}", "2026-11-21", 1, run="night"))
    assert len(DeltaTable(str(tmp_path / "segments")).file_uris()) == 2      # 8 compacted into 1, then 1 more
    assert storage.read_dataset(tmp_path, "segments").num_rows == 27
    assert sorted(storage.read_dataset(tmp_path, "calls")["call_id"].to_pylist()) == [f"c{i}" for i in range(9)]
    storage.upsert(tmp_path, rows("c3", "2026-11-21", 2, run="again"))     # replacing after a compaction
    assert storage.read_dataset(tmp_path, "findings", {"c3"}).num_rows == 2
