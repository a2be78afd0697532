"""Rescoring and the redaction mark: a call stored redacted (``calls.redaction`` names the
policy) is not redacted again when rescored, while unmarked calls (written by an older
callqa), calls scored from ``segments_raw`` and calls stored under another policy are; the
worker processes write what one process writes; a table written before a column existed
takes the new rows."""
import json

import pytest

import callqa.pipelines.privacy.redact as redact_module
from callqa.pipelines.privacy import load_privacy_config
from callqa.pipelines.record import CallResult, apply_rules, to_rows
from callqa.pipelines.runs.rescore import rescore
from callqa.pipelines.runs.score import score_transcripts
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import KEEP_RAW_ENV, PRIVACY_ENV, upsert, write_results
from callqa.rules import load_rulebook

PHONE = "13912345678"
SEGMENTS = [{"speaker": "agent", "start": 0.0, "end": 3.0, "text": "您好，星辰通信，请问有什么可以帮您？"},
            {"speaker": "customer", "start": 3.5, "end": 6.0, "text": f"我的手机号是{PHONE}，帮我查一下话费。"},
            {"speaker": "agent", "start": 6.5, "end": 9.0, "text": f"你是不是有神经病啊，{PHONE}这个号欠费了。"}]


def _write_jsonl(path, n=3):
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"call_id": f"c{i}", "started_at": "2026-11-21T10:00:00+08:00",
                                "segments": SEGMENTS}, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def redactions(monkeypatch):
    """Counts the calls whose text is redacted (recognisers run over their segments)."""
    seen = []
    real = redact_module.redact_call

    def counting(segments, *args, **kwargs):
        seen.append(len(segments))
        return real(segments, *args, **kwargs)
    monkeypatch.setattr(redact_module, "redact_call", counting)
    return seen


def _stored(out) -> str:
    return json.dumps([read_dataset(out, t).to_pylist() for t in ("calls", "findings")], ensure_ascii=False,
                      default=str)


def test_a_stored_call_is_marked_and_rescoring_it_redacts_nothing_again(tmp_path, redactions):
    book = load_rulebook()
    out = tmp_path / "out"
    score_transcripts(_write_jsonl(tmp_path / "t.jsonl"), out, book, "r1")
    assert len(redactions) == 3
    calls = read_dataset(out, "calls").to_pylist()
    assert {c["redaction"] for c in calls} == {load_privacy_config().fingerprint}
    findings_before = read_dataset(out, "findings").num_rows
    assert findings_before > 0 and PHONE not in _stored(out)
    outcome = rescore(out, book, "r2", workers=1)
    assert len(outcome.results) == 3 and len(redactions) == 3          # no call redacted again
    assert read_dataset(out, "findings").num_rows == findings_before
    assert PHONE not in _stored(out)


def test_unmarked_and_raw_scored_calls_are_redacted_when_rescored(tmp_path, redactions, monkeypatch):
    book = load_rulebook()
    # an output written before redaction existed: plain text, no mark
    legacy = tmp_path / "legacy"
    result = apply_rules(CallResult({"call_id": "old", "path": None, "rel_path": "old.json", "date": "2026-11-21",
                                     "agent_id": "A1", "team": "T", "started_at": None, "caller": None,
                                     "agent_channel": "mono", "metadata": {}, "error": None}, "ok",
                                    source="transcript", duration_s=9.0, segments=SEGMENTS), book)
    upsert(legacy, to_rows(result, "r0"), "r0")
    assert PHONE in _stored(legacy) and read_dataset(legacy, "calls")["redaction"].to_pylist() == [None]
    rescore(legacy, book, "r1", workers=1)
    assert len(redactions) == 1 and PHONE not in json.dumps(read_dataset(legacy, "findings").to_pylist(),
                                                               ensure_ascii=False)
    assert read_dataset(legacy, "calls")["redaction"].to_pylist() == [load_privacy_config().fingerprint]
    # --keep-raw: the rules read segments_raw, so the findings they make are redacted again
    monkeypatch.setenv(KEEP_RAW_ENV, "1")
    raw = tmp_path / "raw"
    score_transcripts(_write_jsonl(tmp_path / "t.jsonl", 2), raw, book, "r1")
    redactions.clear()
    rescore(raw, book, "r2", workers=1)
    assert len(redactions) == 2 and PHONE not in _stored(raw)


def test_a_changed_privacy_policy_redacts_stored_calls_again(tmp_path, redactions, monkeypatch):
    book = load_rulebook()
    out = tmp_path / "out"
    score_transcripts(_write_jsonl(tmp_path / "t.jsonl", 2), out, book, "r1")
    policy = tmp_path / "privacy.yaml"
    policy.write_text("mask_style: partial\n", encoding="utf-8")
    monkeypatch.setenv(PRIVACY_ENV, str(policy))
    redactions.clear()
    rescore(out, book, "r2", workers=1)
    assert len(redactions) == 2
    assert set(read_dataset(out, "calls")["redaction"].to_pylist()) == {load_privacy_config(policy).fingerprint}
    assert load_privacy_config(policy).fingerprint != load_privacy_config().fingerprint


def test_rescoring_in_worker_processes_writes_what_one_process_writes(tmp_path):
    book = load_rulebook()
    src = _write_jsonl(tmp_path / "t.jsonl", 6)
    outs = {}
    for workers in (1, 2):
        out = outs[workers] = tmp_path / f"out{workers}"
        score_transcripts(src, out, book, "r1")
        outcome = rescore(out, book, "r2", workers=workers)
        assert len(outcome.results) == 6 and outcome.diff.compared == 6
    for name, key in (("calls", ["call_id"]), ("findings", ["call_id", "finding_id"])):
        a, b = (read_dataset(outs[w], name).drop_columns(["run_id"] + (["processed_at"] if name == "calls" else []))
                .sort_by([(k, "ascending") for k in key]) for w in (1, 2))
        assert a.num_rows > 0 and a.equals(b), name


def test_a_table_written_before_a_column_existed_takes_new_rows(tmp_path):
    """``calls.redaction`` came after tables were written: the writer adds the column (null in
    the old rows) and readers see it, instead of a schema error."""
    from deltalake import write_deltalake

    from callqa.pipelines.sink.schema import PARTITION, stored_table

    book = load_rulebook()
    result = apply_rules(CallResult({"call_id": "old", "path": None, "rel_path": "x", "date": "2026-11-21",
                                     "agent_id": "A1", "team": "T", "started_at": None, "caller": None,
                                     "agent_channel": "mono", "metadata": {}, "error": None}, "ok",
                                    source="transcript", duration_s=9.0, segments=SEGMENTS[:1]), book)
    old = stored_table("calls", to_rows(result, "r0")["calls"]).drop_columns(["redaction"])
    write_deltalake(str(tmp_path / "calls"), old, partition_by=[PARTITION])
    assert read_dataset(tmp_path, "calls")["redaction"].to_pylist() == [None]
    new = apply_rules(CallResult({**result.job, "call_id": "new"}, "ok", source="transcript", duration_s=9.0,
                                 segments=SEGMENTS[:1]), book)
    write_results(tmp_path, [new], "r1")
    marks = dict(zip(*(read_dataset(tmp_path, "calls", columns=["call_id", "redaction"])[c].to_pylist()
                       for c in ("call_id", "redaction"))))
    assert marks == {"old": None, "new": load_privacy_config().fingerprint}
