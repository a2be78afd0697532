"""A real `kill -9` of a real `callqa run` halfway, then a re-run: every call finished before
the kill counts as done (committed, or spooled and committed by the re-run), every call is in
the tables exactly once, nothing is left over (temporary files, spools, worker processes)."""
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, needs_model

pytestmark = [pytest.mark.slow, needs_model]

CALLQA = str(Path(sys.executable).with_name("callqa"))
N = 6


def _count(out: Path, sql: str) -> int:
    """What `callqa query` says (the public behaviour), 0 while there is nothing yet."""
    if not out.exists():
        return 0
    res = subprocess.run([CALLQA, "query", "--out", str(out), "--csv", sql], capture_output=True, text=True)
    if res.returncode != 0:
        return 0
    return int(res.stdout.splitlines()[1])


def _finished(out: Path) -> int:
    """Calls committed, plus those spooled and not yet committed (durable: the re-run commits them)."""
    from callqa.pipelines.sink.spool import spooled_call_ids
    return _count(out, "SELECT count(*) FROM calls") + (len(spooled_call_ids(out)) if out.exists() else 0)


def _session_processes(sid: int) -> list[str]:
    ps = subprocess.run(["ps", "-eo", "sid=,pid=,args="], capture_output=True, text=True).stdout
    return [line for line in ps.splitlines() if line.split(None, 1)[0] == str(sid)]


def test_kill_9_halfway_then_rerun(tmp_path):
    day = tmp_path / "store" / "2026-11-21"
    day.mkdir(parents=True)
    for i in range(N):
        shutil.copy(FIXTURES / "short_stereo_8k.wav", day / f"k{i}.wav")
    out = tmp_path / "out"
    env = {**os.environ, "CALLQA_TZ": "Asia/Shanghai"}
    cmd = [CALLQA, "run", "--store", str(tmp_path / "store"), "--out", str(out), "--date", "2026-11-21"]
    # Its own session, so every process it starts (Dask workers) can be found afterwards.
    proc = subprocess.Popen(cmd + ["--workers", "2"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        while _finished(out) == 0:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no call written within 240 s"
            time.sleep(0.3)
        os.kill(proc.pid, signal.SIGKILL)                 # kill -9, mid-run
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    before = _finished(out)
    assert 0 < before < N, f"{before} of {N} calls finished at the kill: not halfway"
    deadline = time.monotonic() + 30
    while _session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _session_processes(proc.pid) == [], "processes outlived the killed run"

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{before} already scored, skipped" in rerun.stderr      # only the rest was done
    assert _count(out, "SELECT count(*) FROM calls") == N
    assert _count(out, "SELECT count(DISTINCT call_id) FROM calls") == N
    assert _count(out, "SELECT count(*) FROM calls WHERE status = 'ok'") == N
    for dataset, key in (("segments", "call_id, seg_index"), ("activity", 'call_id, channel, start, "end"'),
                         ("findings", 'call_id, rule_id, start')):
        assert _count(out, f"SELECT count(*) FROM (SELECT {key}, count(*) n FROM {dataset} "
                           f"GROUP BY ALL HAVING n > 1)") == 0, f"duplicate {dataset} rows"
    assert _count(out, "SELECT count(DISTINCT call_id) FROM segments") == N
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
    assert not any((out / ".spool").iterdir())
