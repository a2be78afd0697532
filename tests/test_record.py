"""The call record: every stored column survives a trip through the tables and back, so a
column added to the schema reaches rescoring (and every other run) or this test fails."""
from datetime import datetime, timezone

from callqa.pipelines.privacy import load_privacy_config, redact_result
from callqa.pipelines.record import CallResult, apply_rules, from_rows, to_rows
from callqa.pipelines.sink.schema import DATASETS
from callqa.pipelines.sink.writer import read_dataset, write_results
from callqa.rules import load_rulebook

JOB = {"call_id": "c1", "path": "/store/2026-11-21/c1.flac", "rel_path": "2026-11-21/c1.flac", "date": "2026-11-21",
       "agent_id": "A1", "team": "宽带组", "started_at": "2026-11-21T09:00:00+08:00", "caller": "13900000000",
       "agent_channel": "right", "metadata": {"queue": "vip"}, "error": None}
SEGMENTS = [{"channel": "R", "speaker": "agent", "start": 0.5, "end": 3.0, "text": "您好，星辰通信，请问有什么可以帮您？",
             "avg_logprob": -0.2, "no_speech_prob": 0.01},
            {"channel": "L", "speaker": "customer", "start": 3.5, "end": 5.0, "text": "我查话费。",
             "avg_logprob": -0.3, "no_speech_prob": 0.02}]
ACTIVITY = [{"channel": "R", "speaker": "agent", "start": 0.5, "end": 3.0},
            {"channel": "L", "speaker": "customer", "start": 3.5, "end": 5.0}]


def test_every_column_round_trips(tmp_path):
    book = load_rulebook()
    result = apply_rules(CallResult(JOB, "ok", duration_s=6.0, channels=2, sample_rate=8000, roles="channel",
                                    segments=SEGMENTS, activity=ACTIVITY, asr_model="base",
                                    audio_sha256="ab" * 32), book)
    now = datetime(2026, 11, 22, tzinfo=timezone.utc)
    first = to_rows(redact_result(result, load_privacy_config()), "r1", now)     # what the writer stores
    write_results(tmp_path, [result], "r1")
    call = read_dataset(tmp_path, "calls").to_pylist()[0]
    segs = read_dataset(tmp_path, "segments").to_pylist()
    acts = read_dataset(tmp_path, "activity").to_pylist()
    again = to_rows(apply_rules(from_rows(call, segs, acts), book), "r1", now)
    for dataset in DATASETS:
        assert again[dataset] == first[dataset], dataset
    stored = {k for k, v in call.items() if v is not None}
    assert stored >= set(DATASETS["calls"].names) - {"error", "grade"}   # nothing silently null
    assert call["caller"] != JOB["caller"] and len(call["caller"]) == 64     # the caller as a keyed hash
    for dataset in ("segments", "activity"):
        for row in read_dataset(tmp_path, dataset).to_pylist():
            assert all(v is not None for v in row.values()), (dataset, row)


def test_finding_ids_are_stable_across_rescoring_and_unique_within_a_call(tmp_path):
    from callqa.pipelines.record import finding_id
    book = load_rulebook()
    segs = SEGMENTS + [{"channel": "R", "speaker": "agent", "start": 6.0, "end": 8.0, "text": "这个我也不清楚。",
                        "avg_logprob": -0.2, "no_speech_prob": 0.01}]
    result = apply_rules(CallResult(JOB, "ok", duration_s=9.0, segments=segs, activity=ACTIVITY), book)
    first = to_rows(result, "r1")["findings"]
    again = to_rows(apply_rules(result, book), "r2")["findings"]
    assert [f["finding_id"] for f in first] == [f["finding_id"] for f in again]
    assert len({f["finding_id"] for f in first}) == len(first) > 0
    forbidden = next(f for f in first if f["check"] == "forbidden")
    assert forbidden["finding_id"] == finding_id("c1", forbidden["rule_id"], 6.04)   # same place to 0.1 s
