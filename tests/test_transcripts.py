"""`callqa score`: transcripts from elsewhere → the same rules and the same Parquet, for every
check family a call that fires and one that must not."""
import json

import pytest
from typer.testing import CliRunner

from callqa.pipelines.sink import writer as storage
from callqa.pipelines.display.cli import app
from callqa.pipelines.runs.score import score_transcripts
from callqa.rules import load_rulebook

GREETING = ("agent", "您好,星辰通信,工号一零二三为您服务,请问有什么可以帮您?")
CLOSING = ("agent", "感谢您的来电,祝您生活愉快,再见。")


def call(call_id, middle, greeting=GREETING, closing=CLOSING, **extra):
    turns = ([greeting] if greeting else []) + middle + ([closing] if closing else [])
    segs, t = [], 0.5
    for speaker, text in turns:
        segs.append({"speaker": speaker, "start": round(t, 2), "end": round(t + 3.0, 2), "text": text})
        t += 3.5
    # a minute on the line, as the recording says: none of these is a short call (QA184: under 15 s)
    return {"call_id": call_id, "agent_id": "A1", "team": "一组", "started_at": "2026-11-21T09:00:00+08:00",
            "segments": segs, "duration": 60.0, **extra}


ASK = ("customer", "我想办个流量包。")
CASES = {  # family: (call that must fire it, call that must not)
    "greeting": (call("greeting_fire", [ASK, ("agent", "好的请稍等。")], greeting=("agent", "喂,什么事?")),
                 call("greeting_pass", [ASK, ("agent", "好的请稍等。")])),
    "closing": (call("closing_fire", [ASK, ("agent", "好的已经办好了。")], closing=("agent", "行,就这样。")),
                call("closing_pass", [ASK, ("agent", "好的已经办好了。")])),
    "forbidden": (call("forbidden_fire", [ASK, ("agent", "这个我也不清楚。")]),
                  call("forbidden_pass", [("customer", "我也不清楚怎么办。"),
                                          ("agent", "没关系,我帮您查清楚,不知道您方便吗?")])),
    "insult": (call("insult_fire", [("customer", "你们就是骗子!"), ("agent", "你是不是神经病啊?")]),
               call("insult_pass", [("customer", "你们客服都是神经病吗?"), ("agent", "非常抱歉给您带来不便。")])),
    "filler": (call("filler_fire", [ASK, ("agent", "这个,这个,啊,您稍等啊。"), ("agent", "那个,嗯,这个,就是说,啊,那个。"),
                                    ("agent", "啊,这个,那个,嗯,好的呀。")]),
               call("filler_pass", [ASK, ("agent", "这个套餐每月三十元,包含二十G流量。")])),
    "tariff": (call("tariff_fire", [("customer", "这个业务收费吗?"), ("agent", "现在是免费期,您先用着就行。")]),
               call("tariff_pass", [("customer", "这个流量包要收费吗?多少钱?"),
                                    ("agent", "这个流量包每月三十元,从下个月一号开始收费。")])),
    "name_ask": (call("name_ask_fire", [ASK, ("agent", "你姓什么?")]),
                 call("name_ask_pass", [ASK, ("agent", "请问您怎么称呼?")])),
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    d = tmp_path_factory.mktemp("score")
    lines = [json.dumps(c, ensure_ascii=False) for pair in CASES.values() for c in pair]
    lines.append(json.dumps(call("with_meta", [ASK], queue="VIP", asr_vendor="acme"), ensure_ascii=False))
    lines.append("{not json")
    lines.append(json.dumps({"call_id": "no_segments_key"}))
    lines.append(json.dumps({"call_id": "bad_speaker", "segments": [{"speaker": "robot", "start": 0, "end": 1, "text": "x"}]}))
    src = d / "calls.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = d / "out"
    results = score_transcripts(src, out, load_rulebook(), "run-1")
    return src, out, results


def families(out, call_id):
    return {f["check"] for f in storage.read_dataset(out, "findings").to_pylist() if f["call_id"] == call_id}


@pytest.mark.parametrize("family", sorted(CASES))
def test_every_family_fires_and_holds(scored, family):
    _, out, _ = scored
    fire, ok = CASES[family]
    assert family in families(out, fire["call_id"])
    assert family not in families(out, ok["call_id"])


def test_clean_calls_pass(scored):
    _, out, _ = scored
    calls = {c["call_id"]: c for c in storage.read_dataset(out, "calls").to_pylist()}
    for fam, (_, ok) in CASES.items():
        row = calls[ok["call_id"]]
        assert row["status"] == "ok" and row["source"] == "transcript" and row["passed"], (fam, row)
    assert calls["insult_fire"]["fatal"] and calls["insult_fire"]["score"] == 0


def test_findings_carry_evidence(scored):
    _, out, _ = scored
    [f] = [f for f in storage.read_dataset(out, "findings").to_pylist() if f["call_id"] == "forbidden_fire"]
    assert (f["speaker"], f["start"], f["end"]) == ("agent", 7.5, 10.5) and "不清楚" in f["text"]
    assert f["rule_id"] and f["severity"] in "ABC" and f["points"] > 0 and f["explanation"]
    assert (f["agent_id"], f["team"]) == ("A1", "一组")


def test_extra_keys_are_metadata_and_bad_lines_fail_with_file_and_line(scored):
    src, out, _ = scored
    calls = {c["call_id"]: c for c in storage.read_dataset(out, "calls").to_pylist()}
    assert json.loads(calls["with_meta"]["metadata"]) == {"asr_vendor": "acme", "queue": "VIP"}
    bad = {cid: c for cid, c in calls.items() if c["status"] == "failed"}
    assert set(bad) == {"calls:16", "no_segments_key", "bad_speaker"}
    assert "calls.jsonl:16" in bad["calls:16"]["error"] and "not valid JSON" in bad["calls:16"]["error"]
    assert "segments" in bad["no_segments_key"]["error"] and "calls.jsonl:17" in bad["no_segments_key"]["error"]
    assert "speaker" in bad["bad_speaker"]["error"]


def test_cli_score_is_idempotent(scored, tmp_path):
    src, _, _ = scored
    out = tmp_path / "o"
    runner = CliRunner()
    first = runner.invoke(app, ["score", str(src), "--out", str(out)])
    assert first.exit_code == 1 and "callqa summary" in first.output   # three lines are broken
    n_calls = storage.read_dataset(out, "calls").num_rows
    n_findings = storage.read_dataset(out, "findings").num_rows
    runner.invoke(app, ["score", str(src), "--out", str(out), "--quiet"])
    assert storage.read_dataset(out, "calls").num_rows == n_calls == 18
    assert storage.read_dataset(out, "findings").num_rows == n_findings
    q = runner.invoke(app, ["query", "--out", str(out), "--csv",
                            'SELECT "check", count(*) n FROM findings GROUP BY "check" ORDER BY "check"'])
    assert q.exit_code == 0 and q.output.splitlines()[0] == "check,n"
    assert {line.split(",")[0] for line in q.output.splitlines()[1:]} >= set(CASES)


def test_rescore_replaces_findings_under_a_changed_rulebook(scored, tmp_path):
    """A QA lead raises a rule's points: rescoring re-reads transcripts, no duplicates."""
    import yaml
    from callqa.pipelines.runs.rescore import Selection, rescore
    from callqa.rules import DEFAULT_RULEBOOK

    src, _, _ = scored
    out = tmp_path / "o"
    score_transcripts(src, out, load_rulebook(), "run-1")
    before = {f["call_id"]: f for f in storage.read_dataset(out, "findings").to_pylist() if f["check"] == "forbidden"}
    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    book["version"] = "test-2"
    rule = next(r for r in book["rules"] if r["code"] == before["forbidden_fire"]["rule_id"])
    rule["points"] = before["forbidden_fire"]["points"] + 3
    rule["cap"] = rule["points"] * 2
    path = tmp_path / "stricter.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    n_segments = storage.read_dataset(out, "segments").num_rows
    outcome = rescore(out, load_rulebook(path), "run-2", Selection(call_ids=["forbidden_fire", "calls:16", "nope"]))
    assert [r.job["call_id"] for r in outcome.results] == ["forbidden_fire"]
    assert [m.split(":")[0] for m in outcome.missing] == ["nope", "calls"]   # calls:16 failed: never transcribed
    [change] = outcome.diff.changes
    assert change.call_id == "forbidden_fire" and change.delta == -3 and not change.added and not change.removed
    calls = {c["call_id"]: c for c in storage.read_dataset(out, "calls").to_pylist()}
    # the recorded identity: the version, plus the guard model's sha prefix when QA101's model is built
    assert calls["forbidden_fire"]["rulebook_version"] == load_rulebook(path).identity
    assert calls["forbidden_fire"]["rulebook_version"].split("+")[0] == "test-2" and calls["forbidden_fire"]["run_id"] == "run-2"
    assert calls["tariff_fire"]["run_id"] == "run-1"
    after = [f for f in storage.read_dataset(out, "findings").to_pylist() if f["call_id"] == "forbidden_fire"]
    assert len(after) == 1 and after[0]["points"] == before["forbidden_fire"]["points"] + 3
    assert storage.read_dataset(out, "segments").num_rows == n_segments


def _stricter_book(tmp_path, drop_check: str):
    """The default standard with one family switched off: its findings must disappear on rescore."""
    import yaml
    from callqa.rules import DEFAULT_RULEBOOK

    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    book["version"] = "no-" + drop_check
    book["rules"] = [r for r in book["rules"] if r.get("check") != drop_check]
    path = tmp_path / f"no_{drop_check}.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    return path


def test_cli_rescore_selection_dry_run_diff_and_as_of(scored, tmp_path):
    """A QA lead drops the name-ask rule, previews what flips, writes it, reads the old version."""
    src, _, _ = scored
    out = tmp_path / "o"
    runner = CliRunner()
    runner.invoke(app, ["score", str(src), "--out", str(out), "-q"])
    [before] = run_for(out, "SELECT run_id, score FROM calls WHERE call_id = 'name_ask_fire'")
    book = _stricter_book(tmp_path, "name_ask")
    dry = runner.invoke(app, ["rescore", "--out", str(out), "--rulebook", str(book), "--check", "name_ask", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "dry run: nothing written" in dry.output and "1 call(s) compared, 1 changed" in dry.output
    assert run_for(out, "SELECT run_id, score FROM calls WHERE call_id = 'name_ask_fire'") == [before]
    csv_path = tmp_path / "diff.csv"
    real = runner.invoke(app, ["rescore", "--out", str(out), "--rulebook", str(book), "--date", "2026-11-21",
                               "--diff", "--diff-csv", str(csv_path)])
    assert real.exit_code == 0, real.output
    [after] = run_for(out, "SELECT run_id, score FROM calls WHERE call_id = 'name_ask_fire'")
    assert after[1] > before[1] and after[0] != before[0]
    rows = csv_path.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("call_id,date,old_passed") and any(r.startswith("name_ask_fire,") for r in rows[1:])
    assert "QA16" in csv_path.read_text(encoding="utf-8")       # the removed name-ask finding, by rule
    old = runner.invoke(app, ["query", "--out", str(out), "--as-of", before[0], "--csv",
                              "SELECT score FROM calls WHERE call_id = 'name_ask_fire'"])
    assert old.output.splitlines()[1] == str(before[1])
    between = runner.invoke(app, ["diff", "--out", str(out), "--from", before[0]])
    assert between.exit_code == 0 and "18 call(s) compared, 1 changed" in between.output and "QA161" in between.output
    assert runner.invoke(app, ["runs", "--out", str(out)]).exit_code == 0


def test_cli_rescore_reports_calls_it_cannot_rescore(scored, tmp_path):
    src, _, _ = scored
    out = tmp_path / "o"
    runner = CliRunner()
    runner.invoke(app, ["score", str(src), "--out", str(out), "-q"])
    res = runner.invoke(app, ["rescore", "--out", str(out), "--call", "nope", "--call", "tariff_fire"])
    assert res.exit_code == 1 and "not rescored: nope: not in" in res.output


def run_for(out, sql):
    from callqa.pipelines.sink.query import run_query
    return run_query(out, sql)[1]


def test_score_in_worker_processes_writes_what_one_process_writes(scored, tmp_path, monkeypatch):
    """Chunks scored in two worker processes, committed in file order by the one writer."""
    import callqa.pipelines.runs.score as score_run

    src, _, _ = scored
    monkeypatch.setattr(score_run, "CHUNK", 5)            # several chunks from the small file
    book = load_rulebook()
    one = score_transcripts(src, tmp_path / "one", book, "r")
    two = score_transcripts(src, tmp_path / "two", book, "r", workers=2)
    assert [r.job["call_id"] for r in two] == [r.job["call_id"] for r in one]
    for dataset, cols in (("calls", ["call_id", "status", "score", "passed", "error"]),
                          ("findings", ["call_id", "rule_id", "start", "text"]),
                          ("segments", ["call_id", "seg_index", "text"])):
        a = storage.read_dataset(tmp_path / "one", dataset, columns=cols).sort_by([(c, "ascending") for c in cols[:2]])
        b = storage.read_dataset(tmp_path / "two", dataset, columns=cols).sort_by([(c, "ascending") for c in cols[:2]])
        assert a.to_pylist() == b.to_pylist(), dataset


def test_worker_processes_take_the_environment_of_each_run(scored, tmp_path, monkeypatch):
    """Workers fork from a forkserver started once per process: each pool's workers still see
    the environment (privacy settings) of the run that made it, not the forkserver's."""
    from callqa.pipelines.sink.writer import KEEP_RAW_ENV
    from callqa.pipelines.sink.tables import open_table

    src, _, _ = scored
    book = load_rulebook()
    monkeypatch.delenv(KEEP_RAW_ENV, raising=False)
    score_transcripts(src, tmp_path / "plain", book, "r", workers=2)
    monkeypatch.setenv(KEEP_RAW_ENV, "1")
    score_transcripts(src, tmp_path / "raw", book, "r", workers=2)
    assert open_table(tmp_path / "plain", "segments_raw") is None
    assert open_table(tmp_path / "raw", "segments_raw") is not None


@pytest.mark.parametrize("segments", [
    [{"speaker": "customer", "start": 3, "end": 7, "text": "我叫王伟"}, {"speaker": "agent", "start": 0, "end": 2.5, "text": "您好"}],
    [{"speaker": "agent", "start": 5, "end": 1, "text": "好的", "words": [1]}],
    [{"speaker": "agent", "start": True, "end": 1, "text": "x"}],
    [{"speaker": "agent", "start": "1.5", "end": 2, "text": "x"}],
    [{"speaker": ["agent"], "start": 0, "end": 1, "text": "x"}],
    [{"speaker": "robot", "start": 0, "end": 1, "text": "x"}],
    [{"speaker": "agent", "start": -1, "end": 1, "text": "x"}],
    [{"speaker": "agent", "start": float("nan"), "end": 1, "text": "x"}],
    [{"speaker": "agent", "start": 10 ** 400, "end": 1, "text": "x"}],
    [{"speaker": "agent", "start": 0, "end": 1, "text": None}],
    [{"speaker": "agent", "start": 0, "end": 1}],
    ["abc"],
    {"a": 1},
])
def test_plain_segments_parse_as_pydantic_does(segments, monkeypatch, tmp_path):
    """The fast check of plain segments gives what pydantic gives, and leaves every other line
    (and its error message) to pydantic."""
    from callqa.pipelines.inputs import transcripts

    line = json.dumps({"call_id": "c1", "agent_id": 7, "segments": segments}, ensure_ascii=False)
    fast = transcripts.parse_line(tmp_path / "x.jsonl", 3, line)
    monkeypatch.setattr(transcripts, "_plain_segments", lambda raw: None)
    slow = transcripts.parse_line(tmp_path / "x.jsonl", 3, line)
    assert (fast.status, fast.error, fast.segments, fast.job, fast.duration_s) == \
           (slow.status, slow.error, slow.segments, slow.job, slow.duration_s)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "mixed"])
@pytest.mark.parametrize("lines_per_piece", [1, 2, 3, 50])
def test_line_ranges_cover_the_file_numbered_as_text_mode_reads_it(tmp_path, newline, lines_per_piece):
    """Workers read their own pieces: together they are the file, each line once, numbered as
    ``open(...)`` in text mode numbers it (a BOM dropped, blank lines counted, not parsed)."""
    from callqa.pipelines.inputs.transcripts import line_ranges, parse_range

    rows = [json.dumps(call(f"c{i}", [ASK]), ensure_ascii=False) if i % 4 else "" for i in range(11)]
    ends = (["\n", "\r\n", "\r"] * 4)[:len(rows)] if newline == "mixed" else [newline] * len(rows)
    src = tmp_path / "calls.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + "".join(r + e for r, e in zip(rows, ends)).encode("utf-8")[:-1])   # no final line end
    pieces = list(line_ranges(src, lines_per_piece))
    assert pieces[0][0] == 0 and pieces[-1][1] == src.stat().st_size
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    with src.open(encoding="utf-8-sig") as f:        # what text mode numbers
        expected = [(n, json.loads(line)["call_id"]) for n, line in enumerate(f, 1) if line.strip()]
    got = [(int(r.job["rel_path"].rsplit(":", 1)[1]), r.job["call_id"]) for p in pieces for r in parse_range(src, *p)]
    assert got == expected


def test_a_line_that_is_not_utf8_fails_alone_naming_file_and_line(tmp_path):
    """Text mode stopped the whole run at the first bad byte; now that line is a failed call
    and the calls around it are scored."""
    good = [json.dumps(call(f"c{i}", [ASK]), ensure_ascii=False).encode("utf-8") for i in range(3)]
    bad = json.dumps(call("latin1", [("agent", "caf\u00e9")])).replace("\\u00e9", "\u00e9").encode("latin-1")
    src = tmp_path / "calls.jsonl"
    src.write_bytes(b"\n".join([good[0], bad, good[1], good[2]]) + b"\n")
    results = score_transcripts(src, tmp_path / "out", load_rulebook(), "r")
    status = {r.job["call_id"]: r.status for r in results}
    assert status == {"c0": "ok", "calls:2": "failed", "c1": "ok", "c2": "ok"}
    failed = next(r for r in results if r.status == "failed")
    assert f"{src}:2" in failed.error and "not UTF-8" in failed.error


def test_an_unpaired_surrogate_escape_fails_alone_naming_file_and_line(tmp_path):
    """json decodes "\\ud800" to no character, and normalisation crashed on it (UnicodeEncodeError,
    the whole file lost); now that line is a failed call and a paired escape (an emoji) is text."""
    good = json.dumps(call("c0", [ASK]), ensure_ascii=False)
    lone = json.dumps(call("lone", [("agent", "您好")]), ensure_ascii=False).replace("您好", "您好\\ud800")
    pair = json.dumps(call("pair", [("agent", "您好")]), ensure_ascii=False).replace("您好", "您好\\ud83d\\ude00")
    src = tmp_path / "calls.jsonl"
    src.write_text("\n".join([good, lone, pair]) + "\n", encoding="utf-8")
    results = score_transcripts(src, tmp_path / "out", load_rulebook(), "r")
    status = {r.job["call_id"]: r.status for r in results}
    assert status == {"c0": "ok", "calls:2": "failed", "pair": "ok"}
    failed = next(r for r in results if r.status == "failed")
    assert f"{src}:2" in failed.error and "unpaired UTF-16 surrogate" in failed.error


@pytest.mark.parametrize("workers", [1, 2])
def test_a_call_given_again_in_a_later_piece_is_stored_once_as_last_given(tmp_path, monkeypatch, workers):
    """Pieces are committed two at a time; a call whose earlier line waits uncommitted in the
    same batch is committed first and then replaced, never written twice."""
    import callqa.pipelines.runs.score as score_run

    monkeypatch.setattr(score_run, "CHUNK", 2)
    monkeypatch.setattr(score_run, "COMMIT_CALLS", 4)
    rows = [call(f"c{i}", [ASK]) for i in range(7)]
    rows.insert(3, call("c0", [ASK, ("agent", "你是不是神经病啊?")]))      # c0 again, next piece, same batch
    src = tmp_path / "calls.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    results = score_transcripts(src, tmp_path / "out", load_rulebook(), "r", workers=workers)
    calls = storage.read_dataset(tmp_path / "out", "calls").to_pylist()
    assert sorted(c["call_id"] for c in calls) == [f"c{i}" for i in range(7)]
    assert families(tmp_path / "out", "c0") >= {"insult"}
    assert sorted(r.job["call_id"] for r in results) == [f"c{i}" for i in range(7)]


def test_cli_score_names_a_folder_given_for_a_file(tmp_path):
    res = CliRunner().invoke(app, ["score", str(tmp_path), "--out", str(tmp_path / "out")])
    assert res.exit_code != 0 and "a folder" in res.output and str(tmp_path) in res.output
    assert not (tmp_path / "out").exists()


def test_a_segment_ending_before_it_starts_is_scored_with_a_warning(tmp_path):
    line = {"call_id": "b1", "started_at": "2026-11-21T09:00:00+08:00", "segments": [
        {"speaker": "agent", "start": 0.4, "end": 3.1, "text": "您好,星辰通信,请问有什么可以帮您?"},
        {"speaker": "customer", "start": 5.0, "end": 2.0, "text": "我想问一下。"}]}
    path = tmp_path / "back.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["score", str(path), "--out", str(out), "--workers", "1"], env={"COLUMNS": "200"})
    assert res.exit_code == 0, res.output
    assert "warning: b1 (back.jsonl:1): 1 segment(s) end before they start (first: segments.1, start 5 s, end 2 s)" \
        in res.output
    calls = storage.read_dataset(out, "calls").to_pylist()
    assert calls[0]["status"] == "ok" and calls[0]["score"] is not None
    assert "end was set to their start" in json.loads(calls[0]["metadata"])["segments_warning"]
    segs = storage.read_dataset(out, "segments").to_pylist()
    assert sorted((s["start"], s["end"]) for s in segs) == [(0.4, 3.1), (5.0, 5.0)]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff\n"])
def test_cli_score_of_a_file_without_calls_writes_nothing_and_says_so(tmp_path, text):
    path = tmp_path / "b3.jsonl"
    path.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(app, ["score", str(path), "--out", str(tmp_path / "out")])
    assert res.exit_code == 2, res.output
    assert f"no calls in {path}: nothing written" in res.output and "Delta tables written" not in res.output
    assert not (tmp_path / "out").exists()


def test_cli_score_help_names_delta_tables():
    res = CliRunner().invoke(app, ["score", "--help"], env={"COLUMNS": "200"})
    assert "Delta tables" in res.output and "Parquet" not in res.output
