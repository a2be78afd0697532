"""Appeals (申诉): pending → upheld | overturned, once; overturned findings stop counting."""
from __future__ import annotations

import pytest

from review_calls import day_of_calls, scored_copy

from callqa.rules import load_rulebook

from callqa.pipelines.review.appeals import import_appeals
from callqa.pipelines.review.rescoring import waived_findings
from callqa.pipelines.review.sheets import SheetError
from callqa.pipelines.sink.query import run_query
from callqa.pipelines.sink.tables import read_dataset

BOOK = load_rulebook()


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return scored_copy(tmp_path_factory, "appeals", day_of_calls("2026-11-23"))


def finding(out, call_id, rule_id):
    return next(f for f in read_dataset(out, "findings", {call_id}).to_pylist() if f["rule_id"] == rule_id)


def write(path, header, *rows):
    path.write_text(header + "\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_pending_then_overturned_rescores_and_upheld_keeps_the_finding(scored, tmp_path):
    out = scored(tmp_path)
    tariff, taboo = finding(out, "c003", "QA151"), finding(out, "c004", "QA121")
    filed = write(tmp_path / "filed.csv", "finding_id,agent_id,reason,filed_on",
                  (tariff["finding_id"], "B4", "我说了金额", "2026-11-24"),
                  (taboo["finding_id"], "A5", "没说过", "2026-11-24"))
    result = import_appeals(out, filed, BOOK, "r1")
    assert (result.filed, result.decided, result.rescored) == (2, 0, [])
    assert run_query(out, "SELECT count(*) FROM appeals WHERE status = 'pending'")[1] == [(2,)]
    assert read_dataset(out, "calls", {"c003"})["score"].to_pylist() == [70.0]   # pending: still counts

    decided = write(tmp_path / "decided.csv", "finding_id,status,decided_by,decided_on,decision",
                    (tariff["finding_id"], "overturned", "王主管", "2026-11-25", "录音确认已告知"),
                    (taboo["finding_id"], "维持", "王主管", "2026-11-25", ""))
    result = import_appeals(out, decided, BOOK, "r2")
    assert result.decided == 2
    assert [(r.call_id, r.old_score, r.new_score) for r in result.rescored] == [("c003", 70.0, 85.0)]
    rows = {r["finding_id"]: r for r in read_dataset(out, "appeals").to_pylist()}
    assert rows[taboo["finding_id"]]["status"] == "upheld" and rows[tariff["finding_id"]]["reason"] is None
    assert finding(out, "c003", "QA151")["points"] == 0.0
    assert read_dataset(out, "calls", {"c004"})["score"].to_pylist() == [70.0]
    assert run_query(out, "SELECT score FROM calls WHERE call_id = 'c003'", as_of="run-score")[1] == [(70.0,)]

    again = import_appeals(out, decided, BOOK, "r3")
    assert (again.unchanged, again.rescored) == (2, [])
    reverse = write(tmp_path / "reverse.csv", "finding_id,status,decided_by", (tariff["finding_id"], "upheld", "张"))
    with pytest.raises(SheetError, match="already overturned by 王主管 on 2026-11-25; a decided appeal is final"):
        import_appeals(out, reverse, BOOK, "r4")


def test_an_upheld_appeal_outweighs_a_reviewers_rejection(scored, tmp_path):
    from callqa.pipelines.review.verdicts import import_reviews

    out = scored(tmp_path)
    tariff = finding(out, "c005", "QA151")
    reviews = write(tmp_path / "reviews.csv", "call_id,finding_id,verdict,reviewer",
                    ("c005", tariff["finding_id"], "reject", "李娜"))
    assert import_reviews(out, reviews, BOOK, "r1").rescored[0].new_score == 85.0
    assert waived_findings(out, {"c005"}) == {"c005": {tariff["finding_id"]}}
    upheld = write(tmp_path / "upheld.csv", "finding_id,status,decided_by", (tariff["finding_id"], "upheld", "王主管"))
    result = import_appeals(out, upheld, BOOK, "r2")
    assert [(r.call_id, r.new_score) for r in result.rescored] == [("c005", 70.0)]
    assert waived_findings(out, {"c005"}) == {}


def test_bad_appeals_name_the_file_and_row(scored, tmp_path):
    out = scored(tmp_path)
    fid = finding(out, "c003", "QA151")["finding_id"]
    cases = [(("nope", "pending", ""), "row 2: finding 'nope' is not in"),
             ((fid, "overturned", ""), "row 2: a overturned appeal needs decided_by"),
             ((fid, "maybe", "x"), "row 2: status 'maybe'")]
    for row, message in cases:
        with pytest.raises(SheetError, match=message):
            import_appeals(out, write(tmp_path / "bad.csv", "finding_id,status,decided_by", row), BOOK, "r")
