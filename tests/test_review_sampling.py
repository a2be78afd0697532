"""The review queue (抽检): composition, reproducibility, replacement, roster, reviewer file."""
from __future__ import annotations

from collections import Counter

import pytest

from review_calls import CLOSING, OPENING, TABOO, TARIFF_OK, call, day_of_calls, score_lines, scored_copy

from callqa.pipelines.review.queue_file import COLUMNS, write_queue_files
from callqa.pipelines.review.roster import agents_on, remember_roster
from callqa.pipelines.review.sampling import Period, SamplingConfig, capacity, draw, load_config, sample, sample_day
from callqa.pipelines.review.sheets import SheetError, read_rows
from callqa.pipelines.sink.query import run_query
from callqa.pipelines.sink.tables import read_dataset

DAY = "2026-11-23"          # a Monday


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return scored_copy(tmp_path_factory, "sampling", day_of_calls(DAY))


def test_composition_every_fatal_a_share_of_failed_every_agent_then_per_team(scored, tmp_path):
    out = scored(tmp_path)
    q = sample(out, Period.day(DAY), SamplingConfig(failed_share=0.25), seed=1, size=16)
    rows = q.rows
    by_reason = Counter(r["reason"] for r in rows)
    assert {r["call_id"] for r in rows if r["reason"] == "fatal"} == {"c000", "c001"}   # every fatal call
    assert by_reason["failed"] == 4                                                     # 0.25 × 16 of 6 failed
    assert all(r["score"] < 80 for r in rows if r["reason"] == "failed")
    assert {r["agent_id"] for r in rows} == {f"{t}{i}" for t in "AB" for i in range(1, 6)}   # all 10 agents
    assert len(rows) == 16 and len({r["call_id"] for r in rows}) == 16
    assert by_reason["random"] == 16 - 2 - 4 - by_reason["coverage"] > 0
    teams = Counter(r["team"] for r in rows if r["reason"] == "random")
    assert abs(teams["流量组"] - teams["宽带组"]) <= 1                                    # stratified per team
    assert [r["priority"] for r in rows] == sorted(r["priority"] for r in rows)
    assert all(r["why"] and r["seed"] == 1 for r in rows)


def test_fatal_calls_are_queued_beyond_the_size(scored, tmp_path):
    out = scored(tmp_path)
    q = sample(out, Period.day(DAY), seed=1, size=1)
    assert {r["call_id"] for r in q.rows} == {"c000", "c001"}
    assert any("over the size" in n for n in q.notes)


def test_same_data_config_and_seed_give_the_same_queue_and_a_redraw_replaces_it(scored, tmp_path):
    out = scored(tmp_path)
    cfg = SamplingConfig(keywords=["5G畅享"])
    first = sample(out, Period.day(DAY), cfg, seed=42, size=12)
    again = sample(out, Period.day(DAY), cfg, seed=42, size=12)
    key = lambda q: [(r["call_id"], r["reason"], r["why"], r["priority"]) for r in q.rows]   # noqa: E731
    assert key(first) == key(again)
    stored = read_dataset(out, "review_queue")
    assert stored.num_rows == 12                                     # replaced, not added to
    other = sample(out, Period.day(DAY), cfg, seed=43, size=12)
    assert {r["call_id"] for r in other.rows} != {r["call_id"] for r in first.rows}
    assert read_dataset(out, "review_queue").num_rows == 12
    assert run_query(out, "SELECT count(*) FROM review_queue WHERE queue = '2026-11-23' AND seed = 43")[1] == [(12,)]


def test_default_seed_is_reproducible_and_recorded(scored, tmp_path):
    out = scored(tmp_path)
    a = sample_day(out, DAY, files=False)
    b = sample_day(out, DAY, files=False)
    assert a.seed == b.seed == Period.day(DAY).default_seed()
    assert [r["call_id"] for r in a.rows] == [r["call_id"] for r in b.rows]


def test_reviewed_and_already_queued_calls_are_not_drawn_again_and_coverage_is_weekly(tmp_path):
    out = tmp_path / "out"
    tuesday = "2026-11-24"
    lines = day_of_calls(DAY) + [call(f"t{i:03d}", f"{'AB'[i % 2]}{i % 5 + 1}", "流量组", tuesday) for i in range(10)]
    score_lines(out, lines)
    monday = sample(out, Period.day(DAY), seed=3, size=14)
    assert {r["agent_id"] for r in monday.rows} == {f"{t}{i}" for t in "AB" for i in range(1, 6)}
    tue = sample(out, Period.day(tuesday), seed=3, size=3)
    assert not [r for r in tue.rows if r["reason"] == "coverage"]     # every agent heard on Monday
    week = sample(out, Period.week("2026-W48"), seed=3, size=40)
    monday_ids = {r["call_id"] for r in monday.rows} | {r["call_id"] for r in tue.rows}
    assert not monday_ids & {r["call_id"] for r in week.rows}         # queued by another queue: not again
    assert len(week.rows) == len(lines) - len(monday_ids)             # size 40 > what is left: all of it


def test_new_agents_and_keywords_weigh_and_say_so(scored, tmp_path):
    out = scored(tmp_path)
    roster = tmp_path / "agents.csv"
    roster.write_text("agent_id,name,team,hired_on,supervisor,shift\n"
                      + "".join(f"{t}{i},坐席{t}{i},{'流量组' if t == 'A' else '宽带组'},"
                                f"{'2026-11-10' if (t, i) == ('A', 2) else '2025-01-01'},王主管,早班\n"
                                for t in "AB" for i in range(1, 6)), encoding="utf-8")
    assert remember_roster(out, roster) == 10
    agents = agents_on(out, DAY)
    assert agents.source == "roster" and agents.new == {"A2"}
    extra = run_query(out, "SELECT extra FROM agents WHERE agent_id = 'A2'")[1]
    assert extra == [('{"shift": "早班"}',)]
    cfg = SamplingConfig(keywords=["5G畅享"], failed_share=0, weekly_coverage=False)
    q = sample(out, Period.day(DAY), cfg, seed=0, size=30)
    assert all(("新员工" in r["why"]) == (r["agent_id"] == "A2") for r in q.rows)
    assert {r["call_id"] for r in q.rows if "关注词:5G畅享" in r["why"]} == {"c003", "c010", "c017", "c024"}
    # the weights at work: 1,000 draws of 4 random calls from the 28 non-fatal ones
    calls = [c for c in read_dataset(out, "calls").to_pylist() if not c["fatal"]]
    hits = {c: ["5G畅享"] for c in ("c003", "c010", "c017", "c024")}
    new, kw, n = 0, 0, 1000
    for seed in range(n):
        drawn = [d.call for d in draw(calls, 4, cfg, seed, agents, hits, set())]
        new += sum(c["agent_id"] == "A2" for c in drawn)
        kw += sum(c["call_id"] in hits for c in drawn)
    # A2 (new, weight 3) has 3 of the 28 calls, 4 calls carry the keyword (weight 2): each
    # group's share of the draws is well above its share of the calls (unweighted 3/28, 4/28)
    assert new / (4 * n) > 1.8 * 3 / 28 and kw / (4 * n) > 1.3 * 4 / 28, (new / (4 * n), kw / (4 * n))


def test_without_a_roster_new_means_first_seen(scored, tmp_path):
    out = scored(tmp_path)
    agents = agents_on(out, DAY)
    assert agents.source == "first seen" and "first seen" in agents.describe()
    assert agents_on(out, "2027-03-01").new == set()


def test_capacity_and_configuration(tmp_path, scored):
    assert capacity(2, 6, 300, 1.5) == 96
    out = scored(tmp_path)
    q = sample(out, Period.day(DAY), reviewers=1, hours=0.05)
    durations = [c["duration_s"] for c in read_dataset(out, "calls").to_pylist()]
    assert q.size == capacity(1, 0.05, sum(durations) / len(durations), 1.5) == 2
    assert len(q.rows) == 2 and "reviewer(s)" in q.notes[0]
    bad = tmp_path / "s.yaml"
    bad.write_text("sampling:\n  failed_share: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"s.yaml: failed_share"):
        load_config(bad)
    bad.write_text("sampling:\n  keyword: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"keyword"):
        load_config(bad)
    with pytest.raises(ValueError, match="ISO week"):
        Period.week("2026-47")


def test_reviewer_file_lists_top_findings_with_ids_and_empty_verdicts(scored, tmp_path):
    out = scored(tmp_path)
    cfg = SamplingConfig(findings_per_call=2)
    q = sample(out, Period.day(DAY), cfg, seed=5, size=10)
    csv_path, xlsx_path = write_queue_files(out, q, cfg, tmp_path / "files")
    for path in (csv_path, xlsx_path):
        rows = [r for _, r in read_rows(path, tuple(COLUMNS))]
        assert {r["call_id"] for r in rows} == {r["call_id"] for r in q.rows}
        failed = [r for r in rows if r["reason"] == "failed"]
        assert failed and all(r["finding_id"] and r["heard"] and r["at"] for r in failed)
        assert max(Counter(r["call_id"] for r in rows).values()) == 2            # top 2 per call
        assert all(not r[c] for r in rows for c in ("verdict", "comment", "reviewer", "reviewer_score"))
        fatal = [r for r in rows if r["reason"] == "fatal"]
        assert fatal and all(r["points"] == "fatal" and r["rule_id"] == "QA131" for r in fatal)
        assert all(r["time"].startswith("2026-11-23 10:00") for r in rows)
    stored = {f["finding_id"] for f in read_dataset(out, "findings").to_pylist()}
    assert {r["finding_id"] for _, r in read_rows(csv_path) if r["finding_id"]} <= stored


def test_a_bad_roster_names_the_file_and_row(scored, tmp_path):
    out = scored(tmp_path)
    roster = tmp_path / "agents.csv"
    roster.write_text("agent_id,name,team,hired_on\nA1,甲,流量组,2026-01-01\nA2,乙,流量组,yesterday\n", encoding="utf-8")
    with pytest.raises(SheetError, match=r"agents.csv: row 3: hired_on 'yesterday'"):
        remember_roster(out, roster)
    roster.write_text("agent_id,name,hired_on\nA1,甲,2026-01-01\n", encoding="utf-8")
    with pytest.raises(SheetError, match=r"missing column\(s\) team"):
        remember_roster(out, roster)


def _toy_insult_model(folder):
    """A tiny model of callqa.models.insult's format that suspects sarcasm about the customer's
    understanding, trained on a handful of sentences (the real one: eval/insult_model.py)."""
    import json

    import numpy as np

    from eval.insult_model import train
    from callqa.models.insult import DIM, FILE_NAME, features

    cfg = {"chars": [1, 4], "pinyin": None, "context": False}
    bad = ["您的理解力真让我叹为观止", "您这理解力真让人叹为观止", "这理解力我真是叹为观止", "叹为观止的理解力啊您"]
    good = [t for _, t in OPENING + TARIFF_OK + CLOSING + TABOO] + ["您的耐心让我很感动", "这个活动真让人心动"]
    rows = [features(t, "", cfg) for t in bad + good]
    w, b = train(rows, np.array([1] * len(bad) + [0] * len(good)), iters=200)
    nz = np.flatnonzero(np.abs(w) > 1e-6)
    meta = {"config": "toy", "settings": cfg, "threshold": 0.6, "dim": DIM}
    np.savez_compressed(folder / FILE_NAME, idx=nz.astype(np.int32), w=w[nz].astype(np.float16),
                        b=np.float64(b), meta=np.array(json.dumps(meta)))


def test_calls_the_learned_model_suspects_are_queued_after_fatal_ones_with_the_words(tmp_path, tmp_path_factory,
                                                                                      monkeypatch):
    """A call whose agent mocks the customer in words no rule knows is not fatal, but the model
    suspects it: it is queued right after the fatal calls, with its probability and the words;
    suspect_share 0 leaves it to chance, and without a built model the step is skipped, said so."""
    lines = day_of_calls(DAY)
    novel = call("c900", "A1", "流量组", DAY)
    novel["segments"][6]["text"] = "您的理解力真让我叹为观止，这都说了三遍了。"     # the agent's tariff turn
    out = scored_copy(tmp_path_factory, "suspect", lines + [novel])(tmp_path)
    calls = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    assert calls["c900"]["fatal"] is False                              # no rule knows these words
    models = tmp_path / "models"
    models.mkdir()
    _toy_insult_model(models)
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(models))
    q = sample(out, Period.day(DAY), seed=1, size=12)
    reasons = [(r["reason"], r["call_id"]) for r in q.rows]
    assert reasons[:3] == [("fatal", "c000"), ("fatal", "c001"), ("suspected", "c900")]
    why = next(r["why"] for r in q.rows if r["call_id"] == "c900")
    assert "叹为观止" in why and "model 0." in why
    assert sum(r == "suspected" for r, _ in reasons) == 1               # nothing polite suspected
    off = sample(out, Period.day(DAY), SamplingConfig(suspect_share=0), seed=1, size=12)
    assert "suspected" not in {r["reason"] for r in off.rows}
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "none"))
    bare = sample(out, Period.day(DAY), seed=1, size=12)
    assert "suspected" not in {r["reason"] for r in bare.rows} and any("make setup" in n for n in bare.notes)


def test_every_call_the_model_suspects_is_recorded_in_suspects_redacted_and_replaced(tmp_path, monkeypatch):
    """All the calls the model suspects are stored in ``suspects`` — the queued one and those
    the share leaves out — with the turn's times and its stored (redacted) words, the model's
    sha and threshold; a re-draw replaces them; the view answers; without a model, none."""
    import hashlib

    from callqa.models.insult import FILE_NAME

    lines = day_of_calls(DAY)
    mocking = {"c900": ("A1", "流量组", "您的理解力真让我叹为观止，这都说了三遍了。"),
               "c901": ("B2", "宽带组", "您的理解力真让我叹为观止，手机号13812345678都说了三遍了。"),
               "c902": ("A3", "流量组", "这理解力我真是叹为观止，您再听一遍。")}
    for cid, (agent, team, words) in mocking.items():
        line = call(cid, agent, team, DAY)
        line["segments"][6]["text"] = words                      # the agent's tariff turn
        lines.append(line)
    out = tmp_path / "out"
    monkeypatch.setenv("CALLQA_KEEP_RAW", "1")                    # the raw words are kept, never read
    score_lines(out, lines)
    models = tmp_path / "models"
    models.mkdir()
    _toy_insult_model(models)
    monkeypatch.setenv("CALLQA_MODELS_DIR", str(models))
    sha = hashlib.sha256((models / FILE_NAME).read_bytes()).hexdigest()[:12]

    q = sample(out, Period.day(DAY), SamplingConfig(suspect_share=0.1), seed=1, size=12)   # one place
    assert [r["call_id"] for r in q.rows if r["reason"] == "suspected"] == [q.suspects[0]["call_id"]]
    stored = {r["call_id"]: r for r in read_dataset(out, "suspects").to_pylist()}
    assert set(stored) == set(mocking)                            # all suspected, not only the drawn one
    assert sum(r["queued"] for r in stored.values()) == 1
    assert {r["reason"] for r in stored.values()} == {"suspected", None}
    segs = {(r["call_id"], r["seg_index"]): r for r in read_dataset(out, "segments").to_pylist()}
    raw = {(r["call_id"], r["seg_index"]): r for r in read_dataset(out, "segments_raw").to_pylist()}
    for cid, r in stored.items():
        seg = segs[(cid, r["seg_index"])]
        assert (r["start"], r["end"], r["text"]) == (seg["start"], seg["end"], seg["text"])
        assert r["queue"] == DAY and r["date"] == DAY and r["agent_id"] == mocking[cid][0]
        assert r["model_sha"] == sha and r["model_config"] == "toy" and r["threshold"] == 0.6
        assert 0.6 <= r["probability"] <= 1 and r["computed_at"] is not None
    assert "13812345678" in raw[("c901", stored["c901"]["seg_index"])]["text"]
    assert "13812345678" not in stored["c901"]["text"] and "叹为观止" in stored["c901"]["text"]   # redacted

    again = sample(out, Period.day(DAY), SamplingConfig(suspect_share=0.1), seed=2, size=12)
    assert read_dataset(out, "suspects").num_rows == 3 and len(again.suspects) == 3          # replaced
    cols, rows = run_query(out, f"""SELECT agent_id, count(*) AS n FROM suspects
                                    WHERE queue = '{DAY}' AND NOT queued GROUP BY agent_id ORDER BY agent_id""")
    assert cols == ["agent_id", "n"] and sum(n for _, n in rows) == 2

    off = sample(out, Period.day(DAY), SamplingConfig(suspect_share=0), seed=1, size=12)
    assert "suspected" not in {r["reason"] for r in off.rows}
    assert run_query(out, "SELECT count(*), count(*) FILTER (queued) FROM suspects")[1] == [(3, 0)]  # still recorded

    # the report's overview: 3 suspected, a reviewer heard two and reported the insult on one
    import pyarrow as pa

    from callqa.pipelines.report import build_report, period, render
    from callqa.pipelines.sink.schema import REVIEWS
    from callqa.pipelines.sink.writer import write_table

    now = read_dataset(out, "suspects")["computed_at"][0].as_py()
    verdicts = [{"review_id": f"r{i}", "kind": kind, "call_id": cid, "date": DAY, "rule_id": rule, "verdict": v,
                 "reviewer": "李", "imported_at": now}
                for i, (kind, cid, rule, v) in enumerate([("missed", "c900", "QA131", "missed"),
                                                          ("call", "c901", None, None)])]
    write_table(out, "reviews", pa.Table.from_pylist(verdicts, schema=REVIEWS))
    rep = build_report(out, period.week("2026-W48"))
    k = rep.kpi("suspected")
    assert (k.value, k.previous) == (3, None) and "不计分" in k.note
    assert "已复核 2 通" in k.note and "确认辱骂 1 通" in k.note
    assert "学习模型疑似辱骂而规则未命中 3 通" in render(rep)

    monkeypatch.setenv("CALLQA_MODELS_DIR", str(tmp_path / "none"))
    bare = sample(out, Period.day(DAY), seed=1, size=12)
    assert bare.suspects == [] and any("no suspects recorded" in n for n in bare.notes)
    assert read_dataset(out, "suspects").num_rows == 0                                       # the day's rows gone
