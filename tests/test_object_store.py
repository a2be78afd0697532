"""Recording stores and outputs on an object store (S3), against a local S3 server (moto).

Workers on other machines share a store and an output only through an object store, so the
``s3://`` paths are exercised with a real S3 protocol server, not a mock of our own code.
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

moto_server = pytest.importorskip("moto.server", reason="moto[server] (test extra) provides the local S3 server")

from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.pipelines.inputs.recordings import (StoreError, audio_sha256, discover, is_uri, local_audio,
                                                open_store)
from callqa.pipelines.sink.writer import read_dataset
from tests.conftest import FIXTURES, needs_model

DEMO = Path(__file__).resolve().parents[1] / "demo" / "store"
BUCKET = "callqa-test"


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server in its own process: delta-rs holds the GIL while it waits on a request,
    so a server thread inside pytest could never answer it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(endpoint, timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"moto's S3 server did not start on {endpoint}")
                time.sleep(0.2)
        yield endpoint
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    """Credentials and endpoint as a center would set them (docs/operations.md), and a bucket
    holding a copy of the demo store under ``store/``."""
    for key, value in {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_REGION": "us-east-1",
                       "AWS_ENDPOINT_URL": s3_endpoint, "AWS_ALLOW_HTTP": "true",
                       "AWS_CONDITIONAL_PUT": "etag"}.items():
        monkeypatch.setenv(key, value)
    from pyarrow import fs
    s3fs = fs.S3FileSystem(endpoint_override=s3_endpoint, scheme="http", access_key="test", secret_key="test",
                           region="us-east-1")
    import boto3
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    if BUCKET not in [b["Name"] for b in client.list_buckets().get("Buckets", [])]:
        client.create_bucket(Bucket=BUCKET)
    s3fs.delete_dir_contents(BUCKET, missing_dir_ok=True)
    for path in sorted(DEMO.rglob("*")):
        if path.is_file():
            with s3fs.open_output_stream(f"{BUCKET}/store/{path.relative_to(DEMO).as_posix()}") as dst:
                dst.write(path.read_bytes())
    return s3fs


def test_a_bucket_prefix_lists_like_the_directory_it_copies(s3):
    local = {j.call_id: j for j in discover(DEMO)}
    remote = {j.call_id: j for j in discover(f"s3://{BUCKET}/store")}
    assert sorted(remote) == sorted(local) and len(remote) == 4
    for cid, job in remote.items():
        assert job.path == f"s3://{BUCKET}/store/{job.rel_path}" and is_uri(job.path)
        assert (job.rel_path, job.date, job.error) == (local[cid].rel_path, local[cid].date, None)


def test_a_manifest_on_the_bucket_names_the_calls_and_their_metadata(s3):
    jobs = {j.call_id: j for j in discover(f"s3://{BUCKET}/store", f"s3://{BUCKET}/store/manifest.csv")}
    with (DEMO / "manifest.csv").open(encoding="utf-8") as f:
        rows = {r["call_id"]: r for r in csv.DictReader(f)}
    assert sorted(jobs) == sorted(rows)
    for cid, row in rows.items():
        assert (jobs[cid].agent_id, jobs[cid].team, jobs[cid].error) == (row["agent_id"], row["team"], None)


def test_remote_audio_hashes_and_decodes_from_a_temporary_local_copy(s3):
    job = next(j for j in discover(f"s3://{BUCKET}/store") if j.call_id == "demo_001")
    local = DEMO / job.rel_path
    assert audio_sha256(job.path) == hashlib.sha256(local.read_bytes()).hexdigest()
    with local_audio(job.path) as copy:
        assert copy.endswith(".flac") and Path(copy).read_bytes() == local.read_bytes()
    assert not os.path.exists(copy)                     # the copy does not outlive its use
    with local_audio(str(local)) as same:               # a local path is used where it is
        assert same == str(local)


def test_missing_and_escaping_manifest_paths_are_refused_by_name(s3):
    with s3.open_output_stream(f"{BUCKET}/store/bad.csv") as f:
        f.write("call_id,path\nc1,2026-11-21/nowhere.flac\nc2,../../etc/passwd\n".encode())
    jobs = {j.call_id: j for j in discover(f"s3://{BUCKET}/store", f"s3://{BUCKET}/store/bad.csv")}
    assert jobs["c1"].error == "2026-11-21/nowhere.flac: file not found in the store"
    assert "outside the store root" in jobs["c2"].error and jobs["c2"].path is None


def test_an_empty_prefix_or_unknown_scheme_is_a_clear_store_error(s3):
    with pytest.raises(StoreError, match="no objects under this prefix"):
        open_store(f"s3://{BUCKET}/no-such-prefix")
    with pytest.raises(StoreError, match="cannot open this object store"):
        open_store("nosuchscheme://x/y")


def test_a_file_uri_reads_a_local_store_through_the_same_code_path(tmp_path):
    shutil.copytree(DEMO, tmp_path / "store")
    jobs = {j.call_id: j for j in discover(f"file://{tmp_path / 'store'}")}
    assert len(jobs) == 4 and all(j.path.startswith("file://") for j in jobs.values())
    with local_audio(jobs["demo_002"].path) as copy:
        assert Path(copy).read_bytes() == (tmp_path / "store" / jobs["demo_002"].rel_path).read_bytes()


@pytest.mark.slow
@needs_model
def test_a_night_reads_its_store_and_writes_its_tables_on_s3(s3):
    """The whole CLI on a bucket: `callqa run` from s3:// into s3://, then `callqa query`."""
    with s3.open_output_stream(f"{BUCKET}/night/2026-11-21/a.wav") as f:
        f.write((FIXTURES / "short_stereo_8k.wav").read_bytes())
    out = f"s3://{BUCKET}/qa"
    run = CliRunner().invoke(app, ["run", "--store", f"s3://{BUCKET}/night", "--out", out, "--no-review-queue"])
    assert run.exit_code == 0, run.output
    calls = read_dataset(out, "calls").to_pylist()
    assert [(c["call_id"], c["status"], c["path"]) for c in calls] == [("a", "ok", "2026-11-21/a.wav")]
    assert read_dataset(out, "segments").num_rows > 0
    query = CliRunner().invoke(app, ["query", "--out", out, "select count(*) as n from calls where status = 'ok'"])
    assert query.exit_code == 0 and "1" in query.output, query.output
    again = CliRunner().invoke(app, ["run", "--store", f"s3://{BUCKET}/night", "--out", out, "--no-review-queue"])
    assert again.exit_code == 0 and "already scored" in again.output, again.output
    assert read_dataset(out, "calls").num_rows == 1
