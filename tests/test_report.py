"""The quality report: its numbers, read back from the HTML page and the workbook, against
DuckDB queries (and, for repeat callers, plain Python) over the same synthetic month."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from bench.report import COMMON, Pools, fill, templates
from callqa.pipelines.display.cli import app
from callqa.pipelines.report import build_report, period, render, write_workbook
from callqa.pipelines.report.figures import COMMON_AGENT_SHARE, COMMON_MIN_AGENTS
from callqa.pipelines.sink.query import connect

NOV = period.month("2026-11")
PROBLEM = "(f.points > 0 OR f.fatal)"


class Page(HTMLParser):
    """The page's KPI cards and tables as raw values (``data-v``)."""

    def __init__(self, text: str):
        super().__init__()
        self.kpis, self.tables, self.charts, self.scripts_src = {}, {}, 0, []
        self._table = self._row = None
        self._keys: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "div" and "data-kpi" in a:
            self.kpis[a["data-kpi"]] = (a["data-v"], a["data-prev"])
        elif tag == "div" and a.get("data-chart"):
            self.charts += 1
        elif tag == "script" and a.get("src"):
            self.scripts_src.append(a["src"])
        elif tag == "table":
            self._table, self._keys = a["data-table"], []
            self.tables[self._table] = []
        elif tag == "th" and self._table:
            self._keys.append(a["data-key"])
        elif tag == "tr" and self._table:
            self._row = []
        elif tag == "td" and self._row is not None and "data-v" in a:
            self._row.append(a["data-v"])

    def handle_endtag(self, tag):
        if tag == "tr" and self._row:
            self.tables[self._table].append(dict(zip(self._keys, self._row)))
            self._row = None
        elif tag == "table":
            self._table = None


def num(v: str):
    return None if v == "" else float(v)


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    """Two months of synthetic calls (October and November 2026), their report and page."""
    out = tmp_path_factory.mktemp("report") / "out"
    temps = templates(n_calls=120)
    fill(out, 2400, date(2026, 10, 1), 61, n_agents=40, temps=temps)
    report = build_report(out, NOV)
    page = render(report)
    return {"out": out, "report": report, "html": page, "page": Page(page), "temps": temps,
            "con": connect(out)}


def q(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


def test_synthetic_month_has_every_family_and_repeat_callers(month):
    from callqa.rules import load_rulebook

    con = month["con"]
    families = {r.check for r in load_rulebook().rules}
    stored = {c for (c,) in q(con, 'SELECT DISTINCT "check" FROM findings')}
    assert stored == families
    pools = Pools(month["temps"])
    assert pools.clean and pools.common and set(pools.habits) == families - COMMON
    repeats = q(con, "SELECT count(*) FROM (SELECT caller FROM calls GROUP BY caller HAVING count(*) > 1)")[0][0]
    assert repeats > 50


def test_kpis_match_duckdb(month):
    con, kpis, rep = month["con"], month["page"].kpis, month["report"]
    for p, idx in ((NOV, 0), (NOV.previous(), 1)):
        where = f"date BETWEEN '{p.start}' AND '{p.end}'"
        checked, passed, fatal, avg = q(con, f"""SELECT count(*), count(*) FILTER (passed), count(*) FILTER (fatal),
                                                avg(score) FROM calls WHERE status = 'ok' AND {where}""")[0]
        assert checked > 500
        assert int(kpis["checked"][idx]) == checked
        assert num(kpis["pass_rate"][idx]) == pytest.approx(passed / checked)
        assert num(kpis["avg_score"][idx]) == pytest.approx(avg)
        assert int(kpis["fatal"][idx]) == fatal
        sev = dict(q(con, f"""SELECT f.severity, count(*) FROM findings f JOIN calls c USING (call_id)
                              WHERE c.status = 'ok' AND c.{where} AND {PROBLEM} GROUP BY 1"""))
        for s in "ABC":
            assert int(kpis[f"problems_{s.lower()}"][idx]) == sev.get(s, 0)
        tariff = q(con, f"""SELECT count(*) FROM findings WHERE "check" = 'tariff' AND {where}""")[0][0]
        assert int(kpis["tariff"][idx]) == tariff > 0
    assert kpis["reviewed"] == ("0", "0") and not rep.reviews_available
    assert "尚无人工复核记录" in month["html"]


def test_team_and_daily_tables_match_duckdb(month):
    con, tables = month["con"], month["page"].tables
    teams = {r["team"]: r for r in tables["teams"]}
    want = q(con, """SELECT team, count(*), count(*) FILTER (passed) FROM calls
                     WHERE status = 'ok' AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY team""")
    assert set(teams) == {t for t, _, _ in want} and len(teams) == 6
    prev = dict((t, p / n) for t, n, p in q(con, """SELECT team, count(*), count(*) FILTER (passed) FROM calls
                     WHERE status = 'ok' AND date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY team"""))
    for team, n, passed in want:
        assert int(teams[team]["checked"]) == n
        assert num(teams[team]["pass_rate"]) == pytest.approx(passed / n)
        assert num(teams[team]["prev_pass_rate"]) == pytest.approx(prev[team])
        assert num(teams[team]["pass_rate_change"]) == pytest.approx(passed / n - prev[team])
    daily = tables["daily"]
    assert [r["date"] for r in daily] == NOV.days()
    per_day = dict(q(con, """SELECT date, count(*) FROM calls WHERE status = 'ok'
                             AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY date"""))
    assert {r["date"]: int(r["checked"]) for r in daily} == {d: per_day.get(d, 0) for d in NOV.days()}
    complaints = dict(q(con, """SELECT date, count(DISTINCT call_id) FROM findings WHERE "check" = 'complaint'
                                AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY date"""))
    assert {r["date"]: int(r["complaint_calls"]) for r in daily} == {d: complaints.get(d, 0) for d in NOV.days()}


def test_common_and_individual_problems(month):
    con, rows = month["con"], month["page"].tables["problems"]
    active = q(con, """SELECT count(DISTINCT agent_id) FROM calls WHERE status = 'ok'
                       AND date BETWEEN '2026-11-01' AND '2026-11-30'""")[0][0]
    want = {r: (hits, agents) for r, hits, agents in q(con, f"""SELECT f.rule_id, count(*), count(DISTINCT f.agent_id)
            FROM findings f JOIN calls c USING (call_id) WHERE c.status = 'ok'
            AND c.date BETWEEN '2026-11-01' AND '2026-11-30' AND {PROBLEM} GROUP BY 1""")}
    got = {r["rule_id"]: r for r in rows}
    assert set(got) == set(want)
    for rule, (hits, agents) in want.items():
        assert int(got[rule]["hits"]) == hits and int(got[rule]["agents"]) == agents
        common = agents / active >= COMMON_AGENT_SHARE and agents >= COMMON_MIN_AGENTS
        assert got[rule]["kind"] == ("共性问题" if common else "个性问题")
    kinds = {r["kind"] for r in rows}
    assert kinds == {"共性问题", "个性问题"}           # the synthetic habits make both
    # habits of a few agents are individual problems: insults come from 1 in 5 agents at most
    # (whichever insult rules the synthetic month drew: QA131's words or QA132's mockery)
    insults = {r for r, in q(con, "SELECT DISTINCT rule_id FROM findings WHERE \"check\" = 'insult'")} & set(got)
    assert insults and all(got[r]["kind"] == "个性问题" for r in insults)
    # each example is a real finding of that rule, its text the finding's
    for ex in month["page"].tables["examples"]:
        (rule, text), = q(con, "SELECT rule_id, text FROM findings WHERE finding_id = ? AND call_id = ?",
                          ex["finding_id"], ex["call_id"])
        assert rule == ex["rule_id"] and text == ex["text"]
    assert {ex["rule_id"] for ex in month["page"].tables["examples"]} == set(want)


def test_repeat_callers_match_a_plain_count(month):
    """24 h / 72 h repeats counted in Python from (caller, time) pairs, not with the report's SQL."""
    con, rows = month["con"], month["page"].tables["repeats"]
    calls = q(con, "SELECT call_id, team, caller, started_at, date FROM calls ORDER BY caller, started_at, call_id")
    by_caller = defaultdict(list)
    for c in calls:
        by_caller[c[2]].append(c)
    counts = defaultdict(lambda: [0, 0, 0])
    for seq in by_caller.values():
        for i, (_, team, _, at, day) in enumerate(seq):
            if not "2026-11-01" <= day <= "2026-11-30":
                continue
            gap = (seq[i + 1][3] - at).total_seconds() if i + 1 < len(seq) else None
            counts[team][0] += 1
            counts[team][1] += gap is not None and gap <= 24 * 3600
            counts[team][2] += gap is not None and gap <= 72 * 3600
    got = {r["team"]: r for r in rows}
    assert set(got) == set(counts)
    for team, (n, r24, r72) in counts.items():
        assert (int(got[team]["calls_with_caller"]), int(got[team]["repeat_24h"]), int(got[team]["repeat_72h"])) \
            == (n, r24, r72)
        assert num(got[team]["fcr_proxy"]) == pytest.approx(1 - r72 / n)
    total = [sum(v[i] for v in counts.values()) for i in range(3)]
    assert 0 < total[1] < total[2] < total[0]
    assert num(month["page"].kpis["repeat_72h_rate"][0]) == pytest.approx(total[2] / total[0])


def test_agent_scorecards_and_tariff_table(month):
    con, tables = month["con"], month["page"].tables
    want = {a: (n, p, mn) for a, n, p, mn in q(con, """SELECT agent_id, count(*), count(*) FILTER (passed), min(score)
            FROM calls WHERE status = 'ok' AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1""")}
    got = {r["agent_id"]: r for r in tables["agents"]}
    assert set(got) == set(want) and len(got) == 40
    for agent, (n, passed, low) in want.items():
        assert int(got[agent]["checked"]) == n
        assert num(got[agent]["pass_rate"]) == pytest.approx(passed / n)
        assert num(got[agent]["min_score"]) == pytest.approx(low)
    rates = [num(r["pass_rate"]) for r in tables["agents"]]
    assert rates == sorted(rates)                       # worst first
    tariff = dict(q(con, """SELECT team, count(*) FROM findings WHERE "check" = 'tariff'
                            AND date BETWEEN '2026-11-01' AND '2026-11-30' GROUP BY 1"""))
    assert {r["team"]: int(r["tariff"]) for r in tables["tariff"]} == {r["team"]: tariff.get(r["team"], 0)
                                                                       for r in tables["teams"]}
    scores = sum(int(r["calls"]) for r in tables["scores"])
    assert scores == int(month["page"].kpis["checked"][0])


def test_page_is_self_contained(month):
    html, page = month["html"], month["page"]
    assert html.startswith("<!DOCTYPE html>") and '<html lang="zh-CN">' in html
    assert page.scripts_src == [] and "<link" not in html         # scripts and styles inline
    assert "Plotly.newPlot" in html and page.charts >= 9
    for word in ("机检通话量", "人工复核量", "总体合格率", "A类问题", "共性问题", "个性问题", "上月", "资费告知违规",
                 "投诉意向", "重复来电", "坐席成绩单", "每日趋势", "ACD组"):
        assert word in html, word
    assert "@media print" in html


def test_workbook_holds_the_same_tables(month, tmp_path):
    from openpyxl import load_workbook

    path = write_workbook(month["report"], tmp_path / "r.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "概览"
    overview = {row[0]: row[1:4] for row in wb["概览"].iter_rows(min_row=5, values_only=True)}
    for k in month["report"].kpis:
        assert overview[k.label][0] == pytest.approx(k.value) and overview[k.label][1] == pytest.approx(k.previous)
    teams = list(wb["各ACD组质检结果"].iter_rows(values_only=True))
    assert teams[0][:4] == ("ACD组", "机检通话", "合格", "合格率")
    page_teams = month["page"].tables["teams"]
    assert [(r[0], r[1]) for r in teams[1:len(page_teams) + 1]] == [(r["team"], int(r["checked"])) for r in page_teams]
    assert len(wb.sheetnames) == 9


def test_team_scope_week_and_reviews(month):
    con = connect(month["out"])
    # call scores only (kind 'call'): verdicts on no finding, so nothing is waived
    con.execute("CREATE OR REPLACE VIEW reviews AS SELECT call_id, NULL::VARCHAR AS finding_id, 'call' AS kind, "
                "NULL::VARCHAR AS verdict FROM (SELECT call_id FROM calls WHERE date = '2026-11-18' AND team = '宽带一组' "
                "UNION ALL SELECT call_id FROM calls WHERE date = '2026-11-18' AND team = '宽带一组' LIMIT 7)")
    w = period.week("2026-W47")
    rep = build_report(month["out"], w, team="宽带一组", con=con)
    checked = q(month["con"], """SELECT count(*) FROM calls WHERE status = 'ok' AND team = '宽带一组'
                                 AND date BETWEEN '2026-11-16' AND '2026-11-22'""")[0][0]
    assert rep.kpi("checked").value == checked > 0
    assert rep.kpi("reviewed").value == len({r[0] for r in con.execute("SELECT call_id FROM reviews").fetchall()}) > 0
    assert rep.reviews_available and rep.kpi("reviewed").note == ""
    assert [t["team"] for t in rep.tables["teams"].rows] == ["宽带一组"]
    assert {e["team"] for e in rep.tables["examples"].rows} == {"宽带一组"}
    assert len(rep.tables["daily"].rows) == 7 and rep.previous.key == "2026-W46"
    assert "质检周报" in rep.title and "上周" in render(rep)


def test_periods():
    assert (NOV.start, NOV.end, NOV.previous().key) == (date(2026, 11, 1), date(2026, 11, 30), "2026-10")
    jan = period.month("2027-1")
    assert jan.previous().key == "2026-12" and jan.previous().end == date(2026, 12, 31)
    w1 = period.week("2027-W01")
    assert w1.start == date(2027, 1, 4) and w1.previous().key == "2026-W53"
    assert period.week("2026-W47").label == "2026年第47周(11月16日–11月22日)"
    for bad in ("2026-13", "11-2026", "2026/11"):
        with pytest.raises(ValueError, match="YYYY-MM"):
            period.month(bad)
    with pytest.raises(ValueError, match="YYYY-Www"):
        period.week("2026-W54")


def test_cli_report(month, tmp_path):
    runner = CliRunner()
    html = tmp_path / "m" / "report.html"
    res = runner.invoke(app, ["report", "--out", str(month["out"]), "--month", "2026-11", "--html", str(html),
                              "--format", "both"])
    assert res.exit_code == 0, res.output
    k = month["report"].kpi
    assert f"{k('checked').value:,} calls checked" in res.output and f"{k('pass_rate').value:.1%}" in res.output
    assert html.is_file() and html.with_suffix(".xlsx").is_file()
    assert Page(html.read_text(encoding="utf-8")).kpis == month["page"].kpis
    res = runner.invoke(app, ["report", "--out", str(month["out"]), "--month", "2026-11", "--team", "无此组",
                              "--html", str(tmp_path / "x.html")])
    assert res.exit_code == 2 and "no scored calls" in res.output and "宽带一组" in res.output
    res = runner.invoke(app, ["report", "--out", str(month["out"]), "--html", str(tmp_path / "x.html")])
    assert res.exit_code == 2 and "--month" in res.output
    res = runner.invoke(app, ["report", "--out", str(month["out"]), "--month", "2026-11", "--agent", "A1001",
                              "--html", str(tmp_path / "a.html")])
    assert res.exit_code == 0 and "坐席 A1001" in res.output
    assert not (tmp_path / "x.html").exists()


def test_team_scope_keeps_repeats_to_other_teams(month):
    """A team's repeat callers count calls back to any team, as in the whole-center report."""
    rep = build_report(month["out"], NOV, team="流量二组")
    whole = {r["team"]: r for r in month["report"].tables["repeats"].rows}
    assert rep.tables["repeats"].rows == [whole["流量二组"]]
    assert rep.kpi("repeat_72h_rate").value == pytest.approx(whole["流量二组"]["repeat_72h_rate"])


def test_agent_scorecard(month):
    """--agent: the same report for one agent's calls — daily trend, score spread, findings."""
    con = month["con"]
    agent = month["report"].tables["agents"].rows[0]["agent_id"]          # the lowest pass rate
    rep = build_report(month["out"], NOV, agent=agent)
    checked, passed = q(con, """SELECT count(*), count(*) FILTER (passed) FROM calls WHERE status = 'ok'
                                AND agent_id = ? AND date BETWEEN '2026-11-01' AND '2026-11-30'""", agent)[0]
    assert rep.kpi("checked").value == checked and rep.kpi("pass_rate").value == pytest.approx(passed / checked)
    assert [r["agent_id"] for r in rep.tables["agents"].rows] == [agent]
    assert sum(r["checked"] for r in rep.tables["daily"].rows) == checked
    assert sum(r["calls"] for r in rep.tables["scores"].rows) == checked
    hits = dict(q(con, f"""SELECT f.rule_id, count(*) FROM findings f JOIN calls c USING (call_id)
                           WHERE c.agent_id = ? AND c.status = 'ok' AND c.date BETWEEN '2026-11-01' AND '2026-11-30'
                           AND {PROBLEM} GROUP BY 1""", agent))
    assert {r["rule_id"]: r["hits"] for r in rep.tables["problems"].rows} == hits
    assert f"坐席 {agent}" in rep.title
