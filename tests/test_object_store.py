"""Recording stores and outputs on an object store (S3), against a local S3 server (moto).

Workers on other machines share a store and an output only through an object store, so the
``s3://`` paths are exercised with a real S3 protocol server, not a mock of our own code.
"""
from __future__ import annotations

import csv
import hashlib
import os
import shutil
from pathlib import Path

import pytest

moto_server = pytest.importorskip("moto.server", reason="moto[server] (test extra) provides the local S3 server")

from callqa.pipelines.inputs.recordings import (StoreError, audio_sha256, discover, is_uri, local_audio,
                                                open_store)

DEMO = Path(__file__).resolve().parents[1] / "demo" / "store"
BUCKET = "callqa-test"


@pytest.fixture(scope="module")
def s3_endpoint():
    server = moto_server.ThreadedMotoServer(port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


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
