"""What a user typing a wrong value gets: one line naming the value and what is wrong, exit 2
(could not start), and nothing written or computed first."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from review_calls import call, scored_copy

from callqa.pipelines.display.cli import app

DAY = "2026-11-23"


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    lines = [call("c001", "A1", "流量组", DAY, "clean"), call("c002", "B1", "宽带组", DAY, "taboo1"),
             call("c003", "A2", "流量组", "2026-11-24", "failed")]
    return scored_copy(tmp_path_factory, "cli_errors", lines)


def invoke(*args, **env):
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "200", **env})


def error_line(res) -> str:
    lines = [ln for ln in res.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, res.output
    return lines[0]


@pytest.mark.parametrize("args, message", [
    (["--date", "2026/11/21"], "--date must be YYYY-MM-DD, 'today' or 'yesterday', not '2026/11/21'"),
    (["--date", "2026-11-31"], "--date '2026-11-31' is not a real date"),
    (["--since", "garbage"], "--since must be YYYY-MM-DD, 'today' or 'yesterday', not 'garbage'"),
    (["--until", "2026-13-01"], "--until '2026-13-01' is not a real date"),
    (["--date", DAY, "--since", "2026-11-20"], "give --date or --since/--until, not both"),
    (["--since", "2026-11-24", "--until", DAY], "--since 2026-11-24 is after --until 2026-11-23"),
    (["--check", "nosuchfamily"], "--check 'nosuchfamily': no rule of"),
])
def test_rescore_refuses_a_bad_selection(scored, tmp_path, args, message):
    out = scored(tmp_path)
    res = invoke("rescore", "--out", out, *args)
    assert res.exit_code == 2, res.output
    assert message in error_line(res)
    if "--check" in args:
        assert "known: apology, closing," in res.output


def test_rescore_days_in_every_form_run_takes(scored, tmp_path):
    out = scored(tmp_path)
    for given in (DAY, "20261123"):
        res = invoke("rescore", "--out", out, "--date", given, "--dry-run")
        assert res.exit_code == 0 and "2 call(s) compared" in res.output, res.output
    res = invoke("rescore", "--out", out, "--since", "20261124", "--until", "2026-11-24", "--dry-run")
    assert res.exit_code == 0 and "1 call(s) compared" in res.output, res.output
    res = invoke("rescore", "--out", out, "--date", "yesterday", "--dry-run")
    assert res.exit_code == 0 and "no stored call matches the selection" in res.output, res.output
    res = invoke("rescore", "--out", out, "--check", "forbidden", "--dry-run")
    assert res.exit_code == 0 and "error" not in res.output, res.output


def test_review_stats_checks_its_days(scored, tmp_path):
    out = scored(tmp_path)
    res = invoke("review", "stats", "--out", out, "--since", "garbage")
    assert res.exit_code == 2 and "--since must be YYYY-MM-DD" in error_line(res)
    res = invoke("review", "stats", "--out", out, "--until", "2026-02-30")
    assert res.exit_code == 2 and "--until '2026-02-30' is not a real date" in error_line(res)
    res = invoke("review", "stats", "--out", out, "--since", "20261101", "--until", "today")
    assert res.exit_code == 0, res.output


def test_sample_says_an_impossible_day_is_not_a_real_date(scored, tmp_path):
    out = scored(tmp_path)
    res = invoke("sample", "--out", out, "--date", "2026-11-31")
    assert res.exit_code == 2 and "--date '2026-11-31' is not a real date" in error_line(res)
    res = invoke("sample", "--out", out, "--date", "2026/11/23")
    assert res.exit_code == 2 and "--date must be YYYY-MM-DD" in error_line(res)
    assert not (out / "review").exists()


def test_run_checks_its_date_before_anything(tmp_path):
    res = invoke("run", "--store", tmp_path / "nostore", "--out", tmp_path / "out", "--date", "2026-02-29")
    assert res.exit_code == 2 and "--date '2026-02-29' is not a real date" in error_line(res)
    assert not (tmp_path / "out").exists()


def test_appeal_days_and_a_folder_given_as_the_file(scored, tmp_path):
    from callqa.pipelines.sink.tables import read_dataset

    out = scored(tmp_path)
    fid = read_dataset(out, "findings", {"c002"}).to_pylist()[0]["finding_id"]
    bad = tmp_path / "appeal.csv"
    bad.write_text(f"finding_id,reason,filed_on\n{fid},不服,23/11/2026\n", encoding="utf-8")
    res = invoke("appeal", bad, "--out", out)
    assert res.exit_code == 2, res.output
    assert "appeal.csv: row 2: filed_on must be YYYY-MM-DD, not '23/11/2026'" in error_line(res)
    assert read_dataset(out, "appeals").num_rows == 0
    good = tmp_path / "good.csv"
    good.write_text(f"finding_id,reason,filed_on\n{fid},不服,20261124\n", encoding="utf-8")
    res = invoke("appeal", good, "--out", out)
    assert res.exit_code == 0, res.output
    assert read_dataset(out, "appeals").to_pylist()[0]["filed_on"] == "2026-11-24"

    folder = tmp_path / "bad"
    folder.mkdir()
    for args in (["review", "import", folder], ["appeal", folder]):
        res = invoke(*args, "--out", out)
        assert res.exit_code == 2 and f"{folder}: a folder; give the CSV or XLSX file itself" in error_line(res)


def test_runs_shows_whole_run_ids_and_center_times_in_80_columns(scored, tmp_path):
    from callqa.pipelines.sink.tables import run_history

    out = scored(tmp_path)
    first = run_history(out)[0]
    for tz in ("Asia/Shanghai", "America/Argentina/Buenos_Aires"):
        res = invoke("runs", "--out", out, COLUMNS="80", CALLQA_TZ=tz)
        assert res.exit_code == 0, res.output
        assert max(len(line) for line in res.output.splitlines() if line.startswith(("┃", "│", "┏"))) <= 80
        row = next(line for line in res.output.splitlines() if first["run_id"] in line)
        from zoneinfo import ZoneInfo
        assert f"{first['first'].astimezone(ZoneInfo(tz)):%Y-%m-%d %H:%M:%S}" in row
        assert "(UTC)" not in res.output and "…" not in res.output
    res = invoke("runs", "--out", out, COLUMNS="80", CALLQA_TZ="Asia/Shanghai")
    assert "(Asia/Shanghai)" in res.output
    res = invoke("runs", "--out", out, CALLQA_TZ="Mars/Base")
    assert res.exit_code == 2 and "CALLQA_TZ='Mars/Base': not a known time zone" in error_line(res)


def test_report_to_a_folder_is_refused_before_the_figures(scored, tmp_path, monkeypatch):
    import callqa.pipelines.report as report

    def not_now(*a, **k):
        raise AssertionError("figures computed before the target was checked")
    monkeypatch.setattr(report, "build_report", not_now)
    out = scored(tmp_path)
    rep = tmp_path / "rep"
    rep.mkdir()
    res = invoke("report", "--out", out, "--month", "2026-11", "--html", rep)
    assert res.exit_code == 2, res.output
    assert f"--html {rep}: a folder; give the file to write (e.g. {rep / 'report.html'})" in error_line(res)
    (tmp_path / "nov.xlsx").mkdir()
    res = invoke("report", "--out", out, "--month", "2026-11", "--html", tmp_path / "nov.html", "--format", "both")
    assert res.exit_code == 2 and "nov.xlsx: a folder, where the workbook" in error_line(res)


@pytest.mark.parametrize("sql", ["", " ; ", "-- nothing"])
def test_query_without_a_statement(scored, tmp_path, sql):
    out = scored(tmp_path)
    res = invoke("query", sql, "--out", out) if sql != "-- nothing" else invoke("query", "--out", out, "--", sql)
    assert res.exit_code == 2, res.output
    assert f"query {sql!r}: no SQL statement to run" in error_line(res)


def test_a_bad_time_zone_is_one_line_for_score_too(tmp_path):
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text('{"call_id": "x", "segments": [{"speaker": "agent", "start": 0, "end": 1, "text": "您好"}]}\n',
                     encoding="utf-8")
    for workers in ("1", "2"):
        res = invoke("score", jsonl, "--out", tmp_path / "out", "--workers", workers, CALLQA_TZ="Mars/Base")
        assert res.exit_code == 2, res.output
        assert "CALLQA_TZ='Mars/Base': not a known time zone" in error_line(res)
        assert not (tmp_path / "out").exists()
