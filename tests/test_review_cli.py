"""The review loop's commands, as a QA lead runs them: sample → fill in → review import →
review stats, and appeal."""
from __future__ import annotations

import csv

from typer.testing import CliRunner

from review_calls import day_of_calls, score_lines

from callqa.pipelines.display.cli import app


def test_sample_import_stats_and_appeal_commands(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = tmp_path / "out"
    score_lines(out, day_of_calls("2026-11-23"))
    roster = tmp_path / "agents.csv"
    roster.write_text("agent_id,name,team,hired_on\n" + "".join(
        f"{t}{i},坐席,{'流量组' if t == 'A' else '宽带组'},2025-01-01\n" for t in "AB" for i in range(1, 6)), encoding="utf-8")
    run = CliRunner().invoke
    res = run(app, ["sample", "--out", str(out), "--date", "2026-11-23", "--size", "12", "--seed", "7",
                    "--agents", str(roster)])
    assert res.exit_code == 0, res.output
    assert "12 of 30 candidate call(s) (size 12): fatal 2, suspected 0, failed 4, coverage" in res.output
    assert "new agents: hired within 30 days (roster)" in res.output
    csv_path = out / "review" / "queue-2026-11-23.csv"
    assert csv_path.is_file() and (out / "review" / "queue-2026-11-23.xlsx").is_file()

    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["call_id"] == "c002":
            r["verdict"] = "reject" if r["rule_id"] == "QA151" else "confirm"
    filled = tmp_path / "filled.csv"
    with open(filled, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    res = run(app, ["review", "import", str(filled), "--out", str(out), "--reviewer", "李娜"])
    assert res.exit_code == 0, res.output
    assert "4 verdict(s) added, 0 updated, 0 unchanged" in res.output
    assert "rescored c002: score 70 → 85  now PASS" in res.output
    res = run(app, ["review", "import", str(filled), "--out", str(out), "--reviewer", "李娜"])
    assert "0 verdict(s) added, 0 updated, 4 unchanged" in res.output and "rescored" not in res.output

    res = run(app, ["review", "stats", "--out", str(out)])
    assert res.exit_code == 0, res.output
    line = next(ln for ln in res.output.splitlines() if "QA151" in ln)
    assert [c.strip() for c in line.split("│")[1:8]] == ["QA151", "1", "0", "1", "100%", "21%–100%", "0"]

    fid = next(r["finding_id"] for r in rows if r["call_id"] == "c003" and r["rule_id"] == "QA151")
    appeal = tmp_path / "appeal.csv"
    appeal.write_text(f"finding_id,status,decided_by\n{fid},overturned,王主管\n", encoding="utf-8")
    res = run(app, ["appeal", str(appeal), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "0 appeal(s) pending, 1 decided, 0 unchanged" in res.output and "rescored c003: score 70 → 85" in res.output
    bad = tmp_path / "bad.csv"
    bad.write_text("finding_id\nnope\n", encoding="utf-8")
    res = run(app, ["appeal", str(bad), "--out", str(out)])
    assert res.exit_code == 2 and "bad.csv: row 2: finding 'nope' is not in" in res.output
