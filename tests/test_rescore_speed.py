"""The fast rescore path gives what the row-by-row one gave: calls read back column by
column (``from_table``) score as ``from_rows`` calls do, and a day rescored whole is
replaced by its date alone while a part of a day replaces only its calls."""
import pyarrow.compute as pc

from callqa.pipelines.record import apply_rules, from_rows, from_table, to_rows, to_transcript
from callqa.pipelines.runs.rescore import Selection, rescore
from callqa.pipelines.sink import writer as storage
from callqa.pipelines.sink.tables import read_dataset
from callqa.rules import load_rulebook
from tests.test_record import ACTIVITY, JOB, SEGMENTS
from tests.test_storage import NOW, merge, rows


def _calls(n):
    from callqa.pipelines.record import CallResult

    out = []
    for i in range(n):
        date = ("2026-11-20", "2026-11-21")[i % 2]
        job = {**JOB, "call_id": f"c{i}", "date": date, "rel_path": f"{date}/c{i}.flac"}
        segs = SEGMENTS + [{**SEGMENTS[0], "start": 6.0 + i, "end": 8.0 + i, "text": "这个我不清楚，你问别人吧。"}] * (i % 3)
        out.append(CallResult(job, "ok", duration_s=20.0, channels=2, sample_rate=8000, roles="channel",
                              segments=segs, activity=ACTIVITY if i % 2 else [], asr_model="base"))
    return out


def test_from_table_reads_back_what_from_rows_reads(tmp_path):
    book = load_rulebook()
    storage.write_results(tmp_path, [apply_rules(r, book) for r in _calls(6)], "r1")
    calls = read_dataset(tmp_path, "calls")
    calls = calls.take(pc.sort_indices(calls, [("call_id", "ascending")]))
    segs = read_dataset(tmp_path, "segments")
    segs = segs.take(pc.sort_indices(segs, [("call_id", "ascending"), ("seg_index", "ascending")]))
    acts = read_dataset(tmp_path, "activity")
    acts = acts.take(pc.sort_indices(acts, [("call_id", "ascending")]))
    pairs = from_table(calls, segs, acts)
    assert len(pairs) == 6
    for call, (result, transcript) in zip(calls.to_pylist(), pairs):
        cid = call["call_id"]
        mine = [s for s in segs.to_pylist() if s["call_id"] == cid]
        theirs = from_rows(call, mine, [a for a in acts.to_pylist() if a["call_id"] == cid])
        assert result == theirs
        assert transcript == to_transcript(cid, theirs.segments, theirs.duration_s, theirs.activity)
        assert to_rows(apply_rules(result, book, transcript), "r2", NOW) == to_rows(apply_rules(theirs, book), "r2", NOW)


def test_a_day_rescored_whole_is_named_by_its_date(tmp_path):
    stored = {"a": "2026-11-20", "b": "2026-11-20", "c": "2026-11-21", "d": "2026-11-21"}
    assert storage._replace_predicate({"x": "2026-11-22"}, stored) is None      # nothing stored: an append
    assert storage._replace_predicate({"a": "2026-11-20", "b": "2026-11-20"}, stored) == "date IN ('2026-11-20')"
    assert storage._replace_predicate({"a": "2026-11-20", "b": "2026-11-20", "c": "2026-11-21"}, stored) == (
        "date IN ('2026-11-20') OR (date IN ('2026-11-21') AND call_id IN ('c'))")
    # c moves to the 20th, whose calls are all in the batch; its old day keeps d
    assert storage._replace_predicate({"a": "2026-11-20", "b": "2026-11-20", "c": "2026-11-20"}, stored) == (
        "date IN ('2026-11-20') OR (date IN ('2026-11-21') AND call_id IN ('c'))")


def test_a_whole_day_and_part_of_a_day_replace_exactly_their_calls(tmp_path):
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-20", 2), rows("c2", "2026-11-20", 1),
                                   rows("c3", "2026-11-21", 1), rows("c4", "2026-11-21", 2)))
    # all of the 20th and c3 of the 21st, c2 moving to the 21st
    storage.upsert(tmp_path, merge(rows("c1", "2026-11-20", 1, run="r2"), rows("c2", "2026-11-21", 0, run="r2"),
                                   rows("c3", "2026-11-21", 3, run="r2")))
    calls = {c["call_id"]: (c["date"], c["run_id"]) for c in read_dataset(tmp_path, "calls").to_pylist()}
    assert calls == {"c1": ("2026-11-20", "r2"), "c2": ("2026-11-21", "r2"), "c3": ("2026-11-21", "r2"),
                     "c4": ("2026-11-21", "r1")}
    findings = sorted((f["call_id"], f["date"], f["run_id"]) for f in read_dataset(tmp_path, "findings").to_pylist())
    assert findings == [("c1", "2026-11-20", "r2")] + [("c3", "2026-11-21", "r2")] * 3 + [("c4", "2026-11-21", "r1")] * 2
    assert read_dataset(tmp_path, "segments").num_rows == 12


def test_rescoring_a_part_then_all_keeps_one_row_per_call(tmp_path):
    book = load_rulebook()
    storage.write_results(tmp_path, [apply_rules(r, book) for r in _calls(8)], "r1")
    before = read_dataset(tmp_path, "findings").num_rows
    rescore(tmp_path, book, "r2", Selection(call_ids=["c1", "c2"]), workers=1)
    rescore(tmp_path, book, "r3", Selection(date="2026-11-21"), workers=1)
    calls = {c["call_id"]: c["run_id"] for c in read_dataset(tmp_path, "calls").to_pylist()}
    assert calls == {"c0": "r1", "c1": "r3", "c2": "r2", "c3": "r3", "c4": "r1", "c5": "r3", "c6": "r1", "c7": "r3"}
    findings = read_dataset(tmp_path, "findings").to_pylist()
    assert len(findings) == before
    assert {f["call_id"]: f["run_id"] for f in findings} == {c: r for c, r in calls.items()
                                                            if any(f["call_id"] == c for f in findings)}
