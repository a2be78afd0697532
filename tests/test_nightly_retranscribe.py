"""`retranscribe`: chosen calls again with other ASR settings, rescored, in place of their rows."""
import json
import shutil

import pytest
from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.pipelines.runs.nightly import run_nightly
from callqa.pipelines.runs.retranscribe import retranscribe
from callqa.pipelines.sink.writer import read_dataset
from tests.conftest import FIXTURES, needs_model

pytestmark = [pytest.mark.slow, needs_model]


def test_retranscribe_replaces_the_chosen_calls_only(tmp_path):
    day = tmp_path / "store" / "2026-11-21"
    day.mkdir(parents=True)
    shutil.copy(FIXTURES / "short_stereo_8k.wav", day / "a.wav")
    shutil.copy(FIXTURES / "short_stereo_8k.wav", day / "b.wav")
    store, out = str(tmp_path / "store"), str(tmp_path / "out")
    run_nightly(store, out, date=None)
    first = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}

    results, refused = retranscribe(store, out, ["a", "nope"], asr={"beam_size": 1}, run_id="again")
    assert [r.job["call_id"] for r in results] == ["a"] and refused == {"nope": f"not in {out}"}
    calls = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    assert calls["a"]["run_id"] == "again" and calls["b"]["run_id"] == first["b"]["run_id"]
    assert calls["a"]["status"] == "ok" and calls["a"]["score"] is not None
    assert calls["a"]["audio_sha256"] == first["a"]["audio_sha256"]
    segs = read_dataset(out, "segments").to_pylist()
    assert {s["run_id"] for s in segs if s["call_id"] == "a"} == {"again"}
    assert len(calls) == 2

    result = CliRunner().invoke(app, ["retranscribe", "--store", store, "--out", out, "--call", "b",
                                      "--call", "ghost", "--beam-size", "1", "-q"])
    assert result.exit_code == 1 and "not retranscribed ghost" in result.output
    assert read_dataset(out, "calls").num_rows == 2
