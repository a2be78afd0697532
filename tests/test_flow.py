"""The nightly run end to end on a small store: real Whisper, real tables; the Prefect flow
(temporary server) and the direct run (no server) must agree."""
import json
import shutil

import pytest
from typer.testing import CliRunner

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.display.cli import app
from callqa.pipelines.runs import nightly as night
from callqa.pipelines.runs.nightly import nightly
from tests.conftest import FIXTURES, needs_model

pytestmark = [pytest.mark.slow, needs_model]


@pytest.fixture
def store(tmp_path, bad_files):
    root = tmp_path / "store"
    day = root / "2026-11-21"
    day.mkdir(parents=True)
    shutil.copy(FIXTURES / "short_stereo_8k.wav", day / "good.wav")
    shutil.copy(FIXTURES / "mono_call.flac", day / "mono.flac")
    for name, (path, _) in bad_files.items():
        shutil.copy(path, day / path.name)
    (tmp_path / "outside.wav").write_bytes((day / "good.wav").read_bytes())
    rows = ["call_id,path,agent_id,team,started_at,agent_channel,queue,caller",
            "good,2026-11-21/good.wav,A1,一组,2026-11-21T09:00:00+08:00,left,VIP,13912345678",
            "mono,2026-11-21/mono.flac,A2,一组,2026-11-21T10:00:00+08:00,,",
            "escape,../outside.wav,A3,二组,2026-11-21T11:00:00+08:00,,",
            "ghost,2026-11-21/ghost.wav,A3,二组,2026-11-21T11:05:00+08:00,,"]
    rows += [f"{name},2026-11-21/{path.name},A4,二组,2026-11-21T12:00:00+08:00,," for name, (path, _) in bad_files.items()]
    (root / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return root


class Recorder:
    def __init__(self):
        self.plans, self.done = [], []

    def planned(self, todo, skipped):
        self.plans.append((todo, skipped))

    def call_done(self, result, done, total):
        self.done.append((done, total))


def test_nightly_flow_end_to_end(store, tmp_path, bad_files, monkeypatch):
    out = tmp_path / "out"
    seen = Recorder()
    monkeypatch.setattr(night, "PROGRESS", seen)
    results = nightly(str(store), str(out), date=None, manifest=str(store / "manifest.csv"))   # the Prefect flow
    n = 4 + len(bad_files)
    assert seen.plans == [(n, 0)] and seen.done[-1] == (n, n) and len(results) == n

    calls = {c["call_id"]: c for c in storage.read_dataset(out, "calls").to_pylist()}
    assert len(calls) == n
    good = calls["good"]
    assert good["status"] == "ok" and good["error"] is None
    assert (good["agent_id"], good["team"], good["date"], good["channels"], good["sample_rate"]) == \
        ("A1", "一组", "2026-11-21", 2, 8000)
    assert good["metadata"] == '{"queue": "VIP"}'
    assert good["score"] is not None and good["passed"] is not None and good["asr_model"]
    assert good["rulebook_version"] and good["run_id"]
    assert calls["mono"]["status"] == "ok" and calls["mono"]["roles"] == "content"

    assert calls["escape"]["status"] == "failed" and "outside the store root" in calls["escape"]["error"]
    assert calls["ghost"]["status"] == "failed" and "ghost.wav" in calls["ghost"]["error"]
    for name, (path, reason) in bad_files.items():
        row = calls[name]
        assert row["status"] == ("empty" if name == "silence" else "failed"), name
        assert path.name in row["error"] and reason in row["error"], row["error"]
        assert row["score"] is None

    segments = storage.read_dataset(out, "segments").to_pylist()
    assert {s["speaker"] for s in segments if s["call_id"] == "good"} == {"agent", "customer"}
    assert not {s["call_id"] for s in segments} - {"good", "mono"}
    findings = storage.read_dataset(out, "findings").to_pylist()
    assert all(f["call_id"] in ("good", "mono") for f in findings)
    activity = [a for a in storage.read_dataset(out, "activity").to_pylist() if a["call_id"] == "good"]
    assert {a["speaker"] for a in activity} == {"agent", "customer"}
    assert all(0 <= a["start"] < a["end"] <= good["duration_s"] + 0.1 for a in activity)

    n_activity = storage.read_dataset(out, "activity").num_rows
    # A second run (direct, no Prefect server) skips the calls scored from the same audio and
    # retries the failed ones, replacing their rows instead of adding them.
    again = night.run_nightly(str(store), str(out), date="2026-11-21", manifest=str(store / "manifest.csv"))
    assert seen.plans[-1] == (n - 3, 3)                 # good, mono and the silent call are unchanged
    assert {r.job["call_id"] for r in again} == set(calls) - {"good", "mono", "silence"}
    stored = {c["call_id"]: c for c in storage.read_dataset(out, "calls").to_pylist()}
    assert stored["good"]["run_id"] == good["run_id"]
    assert json.loads(stored["ghost"]["metadata"])["failed_attempts"] == 2
    assert storage.read_dataset(out, "calls").num_rows == n
    assert storage.read_dataset(out, "segments").num_rows == len(segments)
    assert storage.read_dataset(out, "findings").num_rows == len(findings)
    assert storage.read_dataset(out, "activity").num_rows == n_activity
    # The caller number is stored as a keyed hash only (personal data never written in clear).
    assert len(stored["good"]["caller"]) == 64 and "13912345678" not in json.dumps(
        storage.read_dataset(out, "calls").to_pylist(), ensure_ascii=False, default=str)
    # A night of one day ends with that day's review queue (抽检) and the reviewer files.
    queue = storage.read_dataset(out, "review_queue").to_pylist()
    assert queue and {q["call_id"] for q in queue} <= set(calls)
    assert (out / "review" / "queue-2026-11-21.csv").is_file()


def test_cli_run_prints_summary_and_signals_failures(store, tmp_path):
    out = tmp_path / "cli_out"
    result = CliRunner().invoke(app, ["run", "--store", str(store), "--out", str(out), "--date", "2026-11-21"])
    assert result.exit_code == 1, result.output          # some recordings are broken
    assert "callqa summary" in result.output and "good" in result.output
    assert "FAILED" in result.output and "three_channels.wav" in result.output
    calls = storage.read_dataset(out, "calls")
    assert calls.num_rows == 9                              # no manifest: every audio file, incl. .m4a
    assert calls["status"].to_pylist().count("ok") == 2         # good and mono
    none = CliRunner().invoke(app, ["run", "--store", str(store), "--out", str(out), "--date", "2026-01-01"])
    assert none.exit_code == 0 and "no calls found" in none.output


def test_an_output_that_cannot_be_written_is_refused_before_any_work(store, tmp_path, monkeypatch):
    """A read-only or misplaced output failed at the first commit, after the calls were
    transcribed, with a traceback; now it is refused first, by name (exit 2)."""
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    out = blocker / "out"                     # under a file: it can never be created
    transcribed = []
    monkeypatch.setattr(night, "process_call", lambda *a, **k: transcribed.append(a) or None)
    result = CliRunner().invoke(app, ["run", "--store", str(store), "--out", str(out), "--date", "2026-11-21"])
    assert result.exit_code == 2 and "the output cannot be written here" in result.output
    assert transcribed == []
    src = tmp_path / "t.jsonl"
    src.write_text(json.dumps({"call_id": "c1", "segments": [{"speaker": "agent", "start": 0, "end": 2, "text": "您好"}]}) + "\n",
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(src), "--out", str(out), "--workers", "1"])
    assert result.exit_code == 2 and f"{out}: the output cannot be written here" in result.output


def test_cli_refuses_a_missing_model_before_touching_calls(store, tmp_path):
    result = CliRunner().invoke(app, ["run", "--store", str(store), "--out", str(tmp_path / "o"),
                                      "--model", str(tmp_path / "no_such_model")])
    assert result.exit_code == 2 and "model.bin" in result.output
    assert not (tmp_path / "o").exists()
