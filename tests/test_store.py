"""Finding the calls of a store, with and without a manifest."""
import json

import pytest

from callqa.pipelines.inputs.recordings import StoreError, discover


@pytest.fixture
def store(tmp_path):
    root = tmp_path / "store"
    for rel in ["2026-11-21/team-a/c1.flac", "2026-11-21/team-b/c2.wav", "2026-11-20/c3.ogg",
                "misc/notes.txt", "2026-11-21/team-b/old.m4a"]:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    (tmp_path / "secret.wav").write_bytes(b"x")
    return root


def test_without_manifest_every_audio_file_is_a_call(store):
    jobs = {j.call_id: j for j in discover(store)}
    assert set(jobs) == {"c1", "c2", "c3", "old"}            # notes.txt is not audio
    assert jobs["c1"].date == "2026-11-21" and jobs["c3"].date == "2026-11-20"
    assert jobs["c1"].rel_path == "2026-11-21/team-a/c1.flac"
    assert all(j.agent_channel == "left" and j.error is None for j in jobs.values())


def test_date_filter(store):
    assert {j.call_id for j in discover(store, date="2026-11-20")} == {"c3"}
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        discover(store, date="21/11/2026")


def test_ids_are_stems_and_a_second_file_with_the_same_stem_is_refused(store):
    """Ids must not change when other files arrive: the first file keeps the stem, the other
    one becomes a failed call naming both (a manifest gives them distinct ids)."""
    (store / "2026-11-20" / "c1.wav").write_bytes(b"x")
    (store / "2026-11-21" / "team-a" / "c1.wav").write_bytes(b"x")
    jobs = discover(store)
    ids = [j.call_id for j in jobs]
    assert len(ids) == len(set(ids)) and "c1" in ids
    refused = [j for j in jobs if j.error and "already taken" in j.error]
    assert len(refused) == 2 and all(j.path is None and j.call_id == j.rel_path for j in refused)


def test_links_out_of_the_store_and_hidden_folders_are_not_read(store, tmp_path):
    (store / "link.wav").symlink_to(tmp_path / "secret.wav")
    (store / ".snapshot").mkdir()
    (store / ".snapshot" / "c9.wav").write_bytes(b"x")
    jobs = {j.call_id: j for j in discover(store)}
    assert "c9" not in jobs
    assert jobs["link.wav"].path is None and "outside the store root" in jobs["link.wav"].error


def test_phone_numbers_are_not_dates(tmp_path):
    root = tmp_path / "s"
    root.mkdir()
    (root / "13820261105.wav").write_bytes(b"x")
    [job] = discover(root)
    assert job.date != "2026-11-05"


def test_surplus_csv_fields_and_non_utf8_manifests(store, tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("call_id,path,queue\nx1,2026-11-20/c3.ogg,VIP,EXTRA\n", encoding="utf-8")
    [job] = discover(store, manifest)
    assert job.metadata == {"queue": "VIP", "_extra": ["EXTRA"]}
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("call_id,path,team\nx1,2026-11-20/c3.ogg,宽带组\n".encode("gbk"))
    with pytest.raises(StoreError, match="gbk.csv: not UTF-8"):
        discover(store, gbk)


def test_csv_manifest_columns_metadata_and_refusals(store, tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text(
        "call_id,path,agent_id,team,started_at,caller,agent_channel,queue\n"
        "x1,2026-11-21/team-a/c1.flac,A1,宽带组,2026-11-21T09:00:00+08:00,13800000000,right,VIP\n"
        "x2,../secret.wav,A2,宽带组,,,,\n"
        "x3,2026-11-21/missing.wav,A3,,,,,\n"
        "x4,2026-11-21/team-b/c2.wav,A4,,,,sideways,\n", encoding="utf-8")
    jobs = {j.call_id: j for j in discover(store, manifest)}
    x1 = jobs["x1"]
    assert (x1.agent_id, x1.team, x1.caller, x1.agent_channel) == ("A1", "宽带组", "13800000000", "right")
    assert x1.metadata == {"queue": "VIP"} and x1.date == "2026-11-21" and x1.error is None
    assert jobs["x2"].path is None and "outside the store root" in jobs["x2"].error
    assert "file not found" in jobs["x3"].error
    assert "agent_channel" in jobs["x4"].error


def test_jsonl_manifest(store, tmp_path):
    manifest = tmp_path / "m.jsonl"
    manifest.write_text(json.dumps({"call_id": "j1", "path": "2026-11-20/c3.ogg", "agent_id": 7,
                                    "skill": "billing"}) + "\n\n", encoding="utf-8")
    [job] = discover(store, manifest)
    assert job.agent_id == "7" and job.metadata == {"skill": "billing"} and job.date == "2026-11-20"


@pytest.mark.parametrize("content,message", [
    ("call_id,file\nx,y\n", "missing column"),
    ("call_id,path\nx,\n", "needs both call_id and path"),
    ("call_id,path\nx,a.wav\nx,b.wav\n", "more than once"),
])
def test_bad_manifest_fails_fast_naming_the_file(store, tmp_path, content, message):
    manifest = tmp_path / "bad.csv"
    manifest.write_text(content)
    with pytest.raises(StoreError, match=message) as info:
        discover(store, manifest)
    assert "bad.csv" in str(info.value)


def test_missing_store(tmp_path):
    with pytest.raises(StoreError, match="not found"):
        discover(tmp_path / "nowhere")


def test_call_day_is_the_centers_day(monkeypatch):
    """Partitions follow the call center's clock (CALLQA_TZ, default Asia/Shanghai): a call at
    23:30 UTC is the next morning in Shanghai; a time without an offset is local wall time."""
    from datetime import datetime, timezone

    from callqa.pipelines.record import _utc
    from callqa.pipelines.inputs.recordings import call_date
    monkeypatch.delenv("CALLQA_TZ", raising=False)
    assert call_date("2026-11-21T23:30:00Z", "", None) == "2026-11-22"
    assert call_date("2026-11-21T23:30:00", "", None) == "2026-11-21"
    assert _utc("2026-11-21T23:30:00") == datetime(2026, 11, 21, 15, 30, tzinfo=timezone.utc)
    assert _utc("2026-11-21T23:30:00+00:00") == datetime(2026, 11, 21, 23, 30, tzinfo=timezone.utc)
    monkeypatch.setenv("CALLQA_TZ", "UTC")
    assert call_date("2026-11-21T23:30:00Z", "", None) == "2026-11-21"
    assert _utc("2026-11-21T23:30:00") == datetime(2026, 11, 21, 23, 30, tzinfo=timezone.utc)


def test_unknown_time_zone_is_a_clear_error(monkeypatch):
    from callqa.pipelines.inputs.recordings import StoreError, call_date
    monkeypatch.setenv("CALLQA_TZ", "Mars/Olympus")
    with pytest.raises(StoreError, match="CALLQA_TZ='Mars/Olympus'"):
        call_date("2026-11-21T10:00:00", "", None)


def test_unreadable_started_at_is_a_visible_warning_not_silence(store, tmp_path, caplog):
    """The call is dated from its path instead, and its metadata says why (never silently)."""
    import logging

    from callqa.pipelines.record import to_rows
    from callqa.pipelines.record import CallResult
    manifest = tmp_path / "m.csv"
    manifest.write_text("call_id,path,started_at\n"
                        "x1,2026-11-21/team-a/c1.flac,21/11/2026 09:00\n"
                        "x2,2026-11-20/c3.ogg,2026-11-20T09:00:00+08:00\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="callqa.recordings"):
        jobs = {j.call_id: j for j in discover(store, manifest)}
    x1 = jobs["x1"]
    assert x1.date == "2026-11-21" and x1.error is None
    warning = x1.metadata["started_at_warning"]
    assert "'21/11/2026 09:00' is not an ISO 8601 time" in warning and "2026-11-21" in warning
    assert "x1" in caplog.text and "21/11/2026 09:00" in caplog.text
    assert "started_at_warning" not in jobs["x2"].metadata
    row = to_rows(CallResult(x1.to_dict(), "ok"), "r1")["calls"][0]
    assert row["started_at"] is None and "started_at_warning" in json.loads(row["metadata"])


def test_audio_content_hash(tmp_path):
    from callqa.pipelines.inputs.recordings import audio_sha256
    a, b = tmp_path / "a.wav", tmp_path / "b.wav"
    a.write_bytes(b"x" * 3_000_000)
    b.write_bytes(b"x" * 3_000_000)
    assert audio_sha256(a) == audio_sha256(b) and len(audio_sha256(a)) == 64
    b.write_bytes(b"x" * 2_999_999 + b"y")
    assert audio_sha256(a) != audio_sha256(b)
