"""Verdicts: the reviewer file filled in and imported; rejected findings stop counting."""
from __future__ import annotations

import csv

import pytest

from review_calls import day_of_calls, scored_copy

from callqa.rules import load_rulebook
from callqa.rules.scoring import waive

from callqa.pipelines.review.queue_file import COLUMNS, write_queue_files
from callqa.pipelines.review.rescoring import apply_waivers
from callqa.pipelines.review.sampling import Period, SamplingConfig, sample
from callqa.pipelines.review.sheets import SheetError, read_rows, write_xlsx
from callqa.pipelines.review.verdicts import import_reviews
from callqa.pipelines.runs.rescore import Selection, rescore
from callqa.pipelines.sink.query import run_query
from callqa.pipelines.sink.tables import open_table, read_dataset, resolve_as_of

DAY = "2026-11-23"
BOOK = load_rulebook()


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return scored_copy(tmp_path_factory, "verdicts", day_of_calls(DAY))


def reviewer_file(out, tmp_path):
    """The queue's reviewer file rows, as a reviewer gets them."""
    cfg = SamplingConfig()
    q = sample(out, Period.day(DAY), cfg, seed=1, size=10)
    csv_path, _ = write_queue_files(out, q, cfg, tmp_path / "files")
    return [r for _, r in read_rows(csv_path)]


def save(path, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, COLUMNS)
        w.writeheader()
        w.writerows({c: r.get(c, "") for c in COLUMNS} for r in rows)
    return path


def fill(rows):
    """c002 (failed, 70): the tariff finding rejected, the taboo findings confirmed, a score;
    c000 (fatal) confirmed; a problem the machine missed on c000."""
    for r in rows:
        if r["call_id"] == "c002":
            r.update(verdict="reject" if r["rule_id"] == "QA151" else "confirm", reviewer="李娜",
                     comment="金额已在前文告知" if r["rule_id"] == "QA151" else "", reviewer_score="85")
        elif r["call_id"] == "c000":
            r.update(verdict="confirm", reviewer="李娜")
    rows.append({"call_id": "c000", "verdict": "missed", "rule_id": "QA171", "at": "00:20.5", "comment": "未致歉",
                 "reviewer": "李娜"})
    return rows


def state(out):
    calls = sorted((c["call_id"], c["score"], c["passed"]) for c in read_dataset(out, "calls").to_pylist())
    reviews = sorted((r["review_id"], r["kind"], r["verdict"], r["reviewer_score"], r["comment"])
                     for r in read_dataset(out, "reviews").to_pylist())
    return calls, reviews


def test_import_twice_gives_the_same_state_and_a_rejected_finding_no_longer_costs_points(scored, tmp_path):
    out = scored(tmp_path)
    path = save(tmp_path / "filled.csv", fill(reviewer_file(out, tmp_path)))
    before = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    tariff = [f for f in read_dataset(out, "findings", {"c002"}).to_pylist() if f["rule_id"] == "QA151"][0]

    first = import_reviews(out, path, BOOK, "run-review-1")
    assert (first.added, first.updated, first.unchanged) == (7, 0, 0)   # 4 + 1 findings, 1 score, 1 missed
    assert [(r.call_id, r.old_score, r.new_score, r.new_passed) for r in first.rescored] == [("c002", 70.0, 85.0, True)]
    after = {c["call_id"]: c for c in read_dataset(out, "calls").to_pylist()}
    assert after["c002"]["score"] == before["c002"]["score"] + tariff["points"] and after["c002"]["passed"]
    assert after["c002"]["grade"] == "B" and after["c002"]["findings_a"] == 0
    assert after["c000"]["score"] == 0.0                                   # confirmed: unchanged
    # the rejected finding stays, with 0 points and its verdict attached
    joined = run_query(out, "SELECT f.rule_id, f.points, r.verdict, r.comment FROM findings f "
                            "JOIN reviews r USING (finding_id) WHERE f.call_id = 'c002' ORDER BY f.start")[1]
    assert joined[0] == ("QA151", 0.0, "reject", "金额已在前文告知")
    assert [j[1:3] for j in joined[1:]] == [(5.0, "confirm")] * 3
    snapshot = state(out)
    version = open_table(out, "calls").version(), open_table(out, "reviews").version()

    second = import_reviews(out, path, BOOK, "run-review-2")
    assert (second.added, second.updated, second.unchanged, second.rescored) == (0, 0, 7, [])
    assert state(out) == snapshot
    assert (open_table(out, "calls").version(), open_table(out, "reviews").version()) == version   # nothing written
    # the original score stays readable
    old = run_query(out, "SELECT score FROM calls WHERE call_id = 'c002'", as_of="run-score")[1]
    assert old == [(70.0,)]
    assert resolve_as_of(out, "run-review-1") is not None
    missed = run_query(out, "SELECT rule_id, start, comment FROM reviews WHERE kind = 'missed'")[1]
    assert missed == [("QA171", 20.5, "未致歉")]


def test_a_changed_verdict_updates_and_rescores_back(scored, tmp_path):
    out = scored(tmp_path)
    rows = fill(reviewer_file(out, tmp_path))
    import_reviews(out, save(tmp_path / "a.csv", rows), BOOK, "r1")
    for r in rows:
        if r["call_id"] == "c002" and r.get("rule_id") == "QA151":
            r.update(verdict="confirm", comment="复议后确认")
    result = import_reviews(out, save(tmp_path / "b.csv", rows), BOOK, "r2")
    assert (result.added, result.updated) == (0, 1)
    assert [(r.call_id, r.new_score) for r in result.rescored] == [("c002", 70.0)]
    assert read_dataset(out, "reviews").num_rows == 7


def test_rescoring_keeps_the_verdict_attached(scored, tmp_path):
    out = scored(tmp_path)
    import_reviews(out, save(tmp_path / "filled.csv", fill(reviewer_file(out, tmp_path))), BOOK, "run-review")
    rejected = run_query(out, "SELECT finding_id FROM reviews WHERE verdict = 'reject'")[1][0][0]
    outcome = rescore(out, BOOK, "run-rescore", Selection(call_ids=["c002"]), dry_run=True)
    result = outcome.results[0]
    # the plain rescore finds the same finding again, under the same id, and the waiver
    # re-applied by every rescore keeps it from counting (70 with it, 85 without)
    from callqa.pipelines.record import to_rows
    ids = [f["finding_id"] for f in to_rows(result, "x")["findings"]]
    assert rejected in ids and result.scorecard.score == 85.0
    [change] = outcome.diff.changes or [None]
    assert change is None or change.new_score == 85.0
    rescore(out, BOOK, "run-rescore", Selection(call_ids=["c002"]))     # written: verdict still joins by id
    joined = run_query(out, "SELECT f.rule_id, r.verdict FROM findings f JOIN reviews r USING (finding_id) "
                            "WHERE r.verdict = 'reject'")[1]
    assert joined == [("QA151", "reject")]


def test_waive_recomputes_caps_in_order():
    from callqa.rules import Transcript, Utterance, score_call

    t = Transcript("w", [Utterance("agent", 0.5, 5, "您好,星辰通信,工号一零二三为您服务,请问有什么可以帮您?"),
                         Utterance("agent", 6, 8, "这个我也不清楚。"), Utterance("agent", 9, 11, "我不清楚。"),
                         Utterance("agent", 12, 14, "这个不清楚啊。"),
                         Utterance("agent", 15, 18, "感谢您的来电,祝您生活愉快,再见。")], 20.0)
    card = score_call(t, BOOK)
    taboo = [i for i, f in enumerate(card.findings) if f.rule_id == "QA121"]
    assert [card.findings[i].points for i in taboo] == [5.0, 5.0, 0.0]        # cap 10
    waived = waive(card, {taboo[0]}, BOOK)
    assert [waived.findings[i].points for i in taboo] == [0.0, 5.0, 5.0]      # the third now counts
    assert waived.score == card.score
    both = waive(card, set(taboo[:2]), BOOK)
    assert both.score == card.score + 5 and both.counts["B"] == card.counts["B"] - 2
    assert card.findings[taboo[0]].points == 5.0                              # the original is untouched


def test_xlsx_import_and_errors_name_the_file_and_row(scored, tmp_path):
    out = scored(tmp_path)
    rows = fill(reviewer_file(out, tmp_path))
    xlsx = tmp_path / "filled.xlsx"
    write_xlsx(xlsx, COLUMNS, rows, "抽检")
    assert import_reviews(out, xlsx, BOOK, "r1").added == 7
    cases = [({"verdict": "maybe"}, "verdict 'maybe'"),
             ({"finding_id": "nope"}, "finding 'nope' is not a finding of call c002"),
             ({"reviewer": ""}, "no reviewer"),
             ({"reviewer_score": "120"}, "reviewer_score '120'")]
    for change, message in cases:
        bad = [dict(r) for r in rows]
        target = next(r for r in bad if r["call_id"] == "c002")
        target.update(change)
        line = bad.index(target) + 2
        with pytest.raises(SheetError, match=rf"bad.csv: row {line}: .*{message}"):
            import_reviews(out, save(tmp_path / "bad.csv", bad), BOOK, "r2")
    missed = [dict(r) for r in rows]
    missed[-1]["rule_id"] = "QA999"
    with pytest.raises(SheetError, match="rule 'QA999' is not in"):
        import_reviews(out, save(tmp_path / "bad.csv", missed), BOOK, "r3")
    with pytest.raises(SheetError, match="missing column"):
        import_reviews(out, save_plain(tmp_path / "plain.csv"), BOOK, "r4")


def save_plain(path):
    path.write_text("call,verdict\nc002,reject\n", encoding="utf-8")
    return path


def test_a_reimport_after_a_rescore_dropped_the_finding_changes_nothing(scored, tmp_path):
    import yaml

    from callqa.rules import DEFAULT_RULEBOOK, parse_rulebook

    out = scored(tmp_path)
    path = save(tmp_path / "filled.csv", fill(reviewer_file(out, tmp_path)))
    import_reviews(out, path, BOOK, "r1")
    data = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    next(r for r in data["rules"] if r["code"] == "QA151")["enabled"] = False
    without_tariff = parse_rulebook(data, "no-tariff")
    rescore(out, without_tariff, "r-rescore", Selection(call_ids=["c002"]))
    assert not [f for f in read_dataset(out, "findings", {"c002"}).to_pylist() if f["rule_id"] == "QA151"]
    again = import_reviews(out, path, without_tariff, "r2")
    assert (again.added, again.updated, again.unchanged, again.rescored) == (0, 0, 7, [])
