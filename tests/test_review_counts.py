"""A finding rejected by its reviewers or overturned on appeal no longer counts anywhere:
not in the report's A/B/C problems, agent scorecards, per-team tariff counts, examples, nor
as a clip's worst finding; one people kept (a tie, a pending appeal) still counts."""
from __future__ import annotations

import pytest

from review_calls import call, scored_copy

from callqa.rules import load_rulebook

from callqa.pipelines.evidence import ClipError, pick_finding
from callqa.pipelines.report import build_report, period, render
from callqa.pipelines.review.appeals import import_appeals
from callqa.pipelines.review.rescoring import waived_findings
from callqa.pipelines.review.verdicts import import_reviews
from callqa.pipelines.sink.query import connect

BOOK = load_rulebook()
NOV = period.month("2026-11")


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    # c000 / c003: an insult (QA131, fatal, A); c001 / c002: a glossed tariff (QA151, A) and
    # three service taboos (B); c004 clean
    lines = [call("c000", "A1", "流量组", "2026-11-23", "fatal"), call("c001", "B1", "宽带组", "2026-11-23", "failed"),
             call("c002", "B2", "宽带组", "2026-11-24", "failed"), call("c003", "A2", "流量组", "2026-11-24", "fatal"),
             call("c004", "B1", "宽带组", "2026-11-24", "clean")]
    return scored_copy(tmp_path_factory, "counts", lines)


def write(path, header, *rows):
    path.write_text(header + "\n" + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def fid(con, call_id, rule_id):
    return con.execute("SELECT finding_id FROM findings WHERE call_id = ? AND rule_id = ?",
                       [call_id, rule_id]).fetchone()[0]


def test_overturned_and_rejected_findings_stop_counting_everywhere(scored, tmp_path):
    out = scored(tmp_path)
    con = connect(out)
    insult, insult_kept = fid(con, "c000", "QA131"), fid(con, "c003", "QA131")
    tariff, tariff_kept = fid(con, "c001", "QA151"), fid(con, "c002", "QA151")
    before = build_report(out, NOV)
    assert [before.kpi(k).value for k in ("problems_a", "problems_b", "tariff", "fatal")] == [4, 6, 2, 2]
    assert pick_finding(con, "c000")["finding_id"] == insult
    assert pick_finding(con, "c001")["finding_id"] == tariff

    # the reviewer's scenario: an appeal overturns c000's insult, a reviewer rejects c001's tariff;
    # c002's tariff is a tie (kept), c003's insult has an appeal still pending (kept)
    import_appeals(out, write(tmp_path / "appeals.csv", "finding_id,status,decided_by,reason",
                              (insult, "overturned", "王主管", "录音确认无辱骂"), (insult_kept, "pending", "", "")),
                   BOOK, "r1")
    import_reviews(out, write(tmp_path / "reviews.csv", "call_id,finding_id,verdict,reviewer",
                              ("c001", tariff, "reject", "李娜"), ("c002", tariff_kept, "reject", "李娜"),
                              ("c002", tariff_kept, "confirm", "张伟")), BOOK, "r2")
    assert waived_findings(out) == {"c000": {insult}, "c001": {tariff}}
    con = connect(out)
    assert sorted(con.execute("SELECT call_id, finding_id, why FROM waived").fetchall()) == [
        ("c000", insult, "overturned"), ("c001", tariff, "rejected")]
    # the stored findings stay, 0 points; fatal still says what the rule says
    assert con.execute("SELECT points, fatal FROM findings WHERE finding_id = ?", [insult]).fetchone() == (0.0, True)
    assert con.execute("SELECT score, passed, fatal FROM calls WHERE call_id = 'c000'").fetchone() == (100.0, True, False)

    rep = build_report(out, NOV)
    assert [rep.kpi(k).value for k in ("problems_a", "problems_b", "problems_c", "tariff", "fatal")] == [2, 6, 0, 1, 1]
    assert "申诉撤销 1 条" in rep.kpi("reviewed").note and "复核驳回 1 条" in rep.kpi("reviewed").note
    teams = {r["team"]: r for r in rep.tables["teams"].rows}
    assert (teams["流量组"]["problems_a"], teams["宽带组"]["problems_a"]) == (1, 1)
    tariff_rows = {r["team"]: r for r in rep.tables["tariff"].rows}
    assert tariff_rows["宽带组"]["tariff"] == 1 and tariff_rows["宽带组"]["tariff_per_100"] == pytest.approx(100 / 3)
    agents = {r["agent_id"]: r for r in rep.tables["agents"].rows}
    assert (agents["A1"]["problems_a"], agents["A1"]["fatal"], agents["A1"]["top_findings"]) == (0, 0, "")
    assert (agents["A2"]["problems_a"], agents["A2"]["top_findings"]) == (1, "QA131 insult×1")
    assert (agents["B1"]["problems_a"], agents["B1"]["problems_b"]) == (0, 3)
    assert "QA151" not in agents["B1"]["top_findings"] and agents["B2"]["problems_a"] == 1
    examples = rep.tables["examples"].rows
    assert {e["finding_id"] for e in examples} & {insult, tariff} == set()
    assert {(e["rule_id"], e["call_id"]) for e in examples if e["rule_id"] in ("QA131", "QA151")} == {
        ("QA131", "c003"), ("QA151", "c002")}
    problems = {r["rule_id"]: r for r in rep.tables["problems"].rows}
    assert (problems["QA131"]["hits"], problems["QA151"]["hits"]) == (1, 1)
    daily = {r["date"]: r for r in rep.tables["daily"].rows}
    assert (daily["2026-11-23"]["problems_a"], daily["2026-11-23"]["tariff"]) == (0, 0)
    assert (daily["2026-11-24"]["problems_a"], daily["2026-11-24"]["tariff"]) == (2, 1)
    assert "申诉撤销 1 条" in render(rep)

    # the clip's worst finding: never a waived one; asked for by id it is still there, marked
    assert pick_finding(con, "c001")["rule_id"] == "QA121"
    assert pick_finding(con, "c002")["finding_id"] == tariff_kept
    assert pick_finding(con, "c003")["finding_id"] == insult_kept
    with pytest.raises(ClipError, match=f"no finding that still counts.*{insult} \\(QA131, overturned on appeal\\)"):
        pick_finding(con, "c000")
    assert pick_finding(con, "c001", tariff)["waived"] == "rejected"
