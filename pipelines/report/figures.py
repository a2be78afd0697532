"""Every number of the quality report, computed with DuckDB over the output's views.

The report (monthly 月报 or weekly 周报) follows the QA standard's report section
(../shared/DOMAIN.md): calls checked by machine and reviewed by people, per ACD group (team)
calls and pass rate, A/B/C problem counts, the overall pass rate, common vs individual
problems with example calls, each against the previous period; plus the daily trend, agent
scorecards, repeat callers (the first-call-resolution proxy) and tariff violations with
complaint intents. The figures are plain :class:`Table` rows, so the HTML page, the workbook
and the tests all read the same values.

Definitions (shown in the report too):
* checked (机检) = calls with status ``ok``; pass rate = passed / checked.
* a finding counts unless people waived it (rejected by its reviewers, overturned on appeal:
  :mod:`callqa.pipelines.review.waivers`, the ``waived`` view); a waived finding is in no
  figure (problems, scorecards, tariff violations, complaint intents, examples).
* problem (问题) = a finding that counts and costs points or is fatal; 0-point notes
  (投诉意向) that count are counted on their own.
* common problem (共性问题) = a rule hit by at least ``COMMON_AGENT_SHARE`` of the agents
  active in the period (and at least ``COMMON_MIN_AGENTS`` agents); otherwise individual
  (个性问题), concentrated in few agents.
* model suspects (模型疑似辱骂) = calls of the period the learned insult model suspected of an
  insult the rules did not find (the ``suspects`` table, written when a queue is drawn; a call
  counted once however many queues recorded it); reviewed = any verdict on the call, confirmed
  = a reviewer confirmed or reported missing an ``insult`` rule on it. A signal for people
  that never scores; None (—) when no suspect of the period was recorded.
* repeat caller (重复来电) = a call followed by another call from the same ``caller`` within
  24 h / 72 h (wherever that call was taken); FCR proxy = 1 − the 72 h rate.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from callqa.pipelines.review import waivers
from callqa.pipelines.review.waivers import WHY

from .period import Period

COMMON_AGENT_SHARE = 0.2
COMMON_MIN_AGENTS = 3
EXAMPLES_PER_RULE = 2
WORST_AGENTS = 20
UNKNOWN = "(未知)"
SEVERITIES = ("A", "B", "C")
PROBLEM = "problem"          # the staged findings' column: see _stage


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: str = "text"      # text | int | pct | pp (change in percentage points) | num | delta


@dataclass
class Table:
    key: str                # stable id: the HTML element id and the workbook's sheet order
    title: str
    columns: list[Column]
    rows: list[dict]
    note: str = ""

    def column(self, key: str) -> list:
        return [r.get(key) for r in self.rows]


@dataclass(frozen=True)
class Kpi:
    key: str
    label: str
    value: float | int | None
    previous: float | int | None
    kind: str               # int | pct | num
    note: str = ""


@dataclass
class Report:
    period: Period
    previous: Period
    team: str | None
    agent: str | None
    out: str
    generated_at: datetime
    kpis: list[Kpi]
    tables: dict[str, Table]
    reviews_available: bool
    rulebooks: list[str] = field(default_factory=list)
    clips: dict[str, str] = field(default_factory=dict)     # finding_id → clip path relative to the HTML

    def kpi(self, key: str) -> Kpi:
        return next(k for k in self.kpis if k.key == key)

    @property
    def scope(self) -> str:
        parts = ([f"ACD组 {self.team}"] if self.team else []) + ([f"坐席 {self.agent}"] if self.agent else [])
        return ",".join(parts) or "全部ACD组"

    @property
    def title(self) -> str:
        kind = "质检月报" if self.period.kind == "month" else "质检周报"
        return f"{self.period.label} {kind}" + (f" · {self.scope}" if self.team or self.agent else "")


def _q(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def _rate(num, den):
    return None if not den else num / den


def _change(cur, prev):
    return None if cur is None or prev is None else cur - prev


def _stage(con, name: str, period: Period, team: str | None, agent: str | None) -> None:
    """Temp tables ``{name}_calls`` / ``{name}_findings``: the period's calls in scope and
    the findings of its checked calls, read once from the Delta tables; each finding with
    ``counts`` (not waived by people), ``problem`` (counts and costs points or is fatal) and
    ``waived`` (why it no longer counts, else NULL)."""
    where = [f"date BETWEEN '{period.start}' AND '{period.end}'"]
    if team:
        where.append(f"team = {_q(team)}")
    if agent:
        where.append(f"agent_id = {_q(agent)}")
    cond = " AND ".join(where)
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {name}_calls AS
        SELECT call_id, date, coalesce(agent_id, '{UNKNOWN}') AS agent_id, coalesce(team, '{UNKNOWN}') AS team,
               started_at, caller, status, score, passed, fatal, audio_path, duration_s, rulebook, rulebook_version
        FROM calls WHERE {cond}""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {name}_findings AS
        SELECT f.finding_id, f.call_id, f.date, c.agent_id, c.team, f.rule_id, f."check", f.dimension, f.severity,
               f.points, f.fatal, f.speaker, f.start, f."end", f.text, f.explanation,
               {waivers.columns("f")}
        FROM findings f JOIN {name}_calls c USING (call_id) {waivers.join("f")}
        WHERE f.date BETWEEN '{period.start}' AND '{period.end}' AND c.status = 'ok'""")


def _totals(con, name: str) -> dict:
    row = _rows(con, f"""SELECT count(*) AS total, count(*) FILTER (status = 'ok') AS checked,
            count(*) FILTER (status = 'failed') AS failed, count(*) FILTER (status = 'empty') AS empty,
            count(*) FILTER (status = 'ok' AND passed) AS passed, count(*) FILTER (status = 'ok' AND fatal) AS fatal,
            avg(score) FILTER (status = 'ok') AS avg_score,
            count(DISTINCT agent_id) FILTER (status = 'ok') AS agents,
            count(DISTINCT team) FILTER (status = 'ok') AS teams
        FROM {name}_calls""")[0]
    sev = {r["severity"]: r["n"] for r in _rows(
        con, f"SELECT severity, count(*) AS n FROM {name}_findings WHERE {PROBLEM} GROUP BY severity")}
    row.update({f"problems_{s.lower()}": sev.get(s, 0) for s in SEVERITIES})
    row["problems"] = sum(sev.values())
    row["pass_rate"] = _rate(row["passed"], row["checked"])
    notes = {r["check"]: r for r in _rows(con, f"""SELECT "check", count(*) AS n, count(DISTINCT call_id) AS calls
        FROM {name}_findings WHERE counts AND "check" IN ('tariff', 'complaint') GROUP BY "check" """)}
    row["tariff"] = notes.get("tariff", {}).get("n", 0)
    row["complaint_calls"] = notes.get("complaint", {}).get("calls", 0)
    waived = dict(con.execute(f"SELECT waived, count(*) FROM {name}_findings WHERE waived IS NOT NULL GROUP BY 1").fetchall())
    row.update({f"waived_{why}": waived.get(why, 0) for why in WHY})
    return row


def _reviewed(con, name: str) -> int | None:
    """Calls of the period reviewed by people (distinct call ids in the ``reviews`` view), or
    None when no verdict was ever imported into this output."""
    views = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "reviews" not in views or con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0:
        return None
    return con.execute(f"SELECT count(DISTINCT call_id) FROM reviews WHERE call_id IN "
                       f"(SELECT call_id FROM {name}_calls)").fetchone()[0]


def _insult_codes() -> list[str]:
    try:
        from callqa.rules import load_rulebook
        return sorted(r.code for r in load_rulebook().rules if r.check == "insult")
    except Exception:  # a rulebook that does not load must not stop the report
        return []


def _suspects(con, name: str, period: Period) -> dict:
    """Calls of the period (in scope) the learned insult model suspected, how many people
    reviewed and how many they confirmed as an insult; all None when no suspect of the period
    was recorded (no model, no queue drawn: the table cannot tell these from none suspected)."""
    if not con.execute(f"SELECT count(*) FROM suspects WHERE date BETWEEN '{period.start}' AND '{period.end}'").fetchone()[0]:
        return {"suspected": None, "suspect_reviewed": None, "suspect_confirmed": None}
    codes = _insult_codes()
    insult = f"rule_id IN ({', '.join(map(_q, codes))})" if codes else "false"
    return _rows(con, f"""WITH s AS (SELECT DISTINCT call_id FROM suspects WHERE call_id IN (SELECT call_id FROM {name}_calls))
        SELECT count(*) AS suspected,
               count(*) FILTER (call_id IN (SELECT call_id FROM reviews)) AS suspect_reviewed,
               count(*) FILTER (call_id IN (SELECT call_id FROM reviews
                                            WHERE verdict IN ('confirm', 'missed') AND {insult})) AS suspect_confirmed
        FROM s""")[0]


def suspects_note(totals: dict) -> str:
    """「学习模型提示,不计分:已复核 2 通,确认辱骂 1 通」, or why there is no figure."""
    if totals.get("suspected") is None:
        return "学习模型提示,不计分;本期无记录(未构建模型或未抽检)"
    return (f"学习模型提示,不计分、不判一票否决:已复核 {totals['suspect_reviewed']} 通,"
            f"确认辱骂 {totals['suspect_confirmed']} 通")


def _stage_repeats(con, period: Period, previous: Period, team: str | None, agent: str | None) -> None:
    """Temp table ``repeats``: every call of both periods (in scope) with a caller and the
    time to that caller's next call anywhere (also after the period's end, in any team)."""
    lo, hi = previous.start - timedelta(days=1), period.end + timedelta(days=4)   # 72 h either side of a day
    scope = (f" AND team = {_q(team)}" if team else "") + (f" AND agent_id = {_q(agent)}" if agent else "")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE repeats AS
        WITH n AS (SELECT call_id, date, agent_id, team, started_at,
                          lead(started_at) OVER (PARTITION BY caller ORDER BY started_at, call_id) AS next_at
                   FROM calls
                   WHERE date BETWEEN '{lo}' AND '{hi}' AND caller IS NOT NULL AND caller <> '' AND started_at IS NOT NULL)
        SELECT call_id, date, coalesce(agent_id, '{UNKNOWN}') AS agent_id, coalesce(team, '{UNKNOWN}') AS team,
               next_at - started_at AS gap
        FROM n WHERE date BETWEEN '{previous.start}' AND '{period.end}'{scope}""")


def _repeat_rows(con, period: Period, by: str | None) -> list[dict]:
    group = f"{by}, " if by else ""
    return _rows(con, f"""SELECT {group}count(*) AS calls_with_caller,
            count(*) FILTER (gap <= INTERVAL 24 HOUR) AS repeat_24h,
            count(*) FILTER (gap <= INTERVAL 72 HOUR) AS repeat_72h
        FROM repeats WHERE date BETWEEN '{period.start}' AND '{period.end}'
        {'GROUP BY ' + by if by else ''}""")


def _with_repeat_rates(row: dict) -> dict:
    row["repeat_24h_rate"] = _rate(row["repeat_24h"], row["calls_with_caller"])
    row["repeat_72h_rate"] = _rate(row["repeat_72h"], row["calls_with_caller"])
    row["fcr_proxy"] = None if row["repeat_72h_rate"] is None else 1 - row["repeat_72h_rate"]
    return row


def _team_table(con, period: Period) -> Table:
    def per_team(name):
        rows = {r["team"]: r for r in _rows(con, f"""SELECT team, count(*) AS checked,
                count(*) FILTER (passed) AS passed, count(*) FILTER (fatal) AS fatal, avg(score) AS avg_score
            FROM {name}_calls WHERE status = 'ok' GROUP BY team""")}
        for r in _rows(con, f"""SELECT team, severity, count(*) AS n FROM {name}_findings WHERE {PROBLEM}
                               GROUP BY team, severity"""):
            rows[r["team"]][f"problems_{r['severity'].lower()}"] = r["n"]
        return rows

    cur, prev = per_team("cur"), per_team("prev")
    rep = {r["team"]: _with_repeat_rates(r) for r in _repeat_rows(con, period, "team")}
    rows = []
    for team in sorted(cur):
        r = cur[team]
        r.update({f"problems_{s.lower()}": r.get(f"problems_{s.lower()}", 0) for s in SEVERITIES})
        r["pass_rate"] = _rate(r["passed"], r["checked"])
        p = prev.get(team)
        r["prev_checked"] = p["checked"] if p else None
        r["prev_pass_rate"] = _rate(p["passed"], p["checked"]) if p else None
        r["pass_rate_change"] = _change(r["pass_rate"], r["prev_pass_rate"])
        r["repeat_72h_rate"] = rep.get(team, {}).get("repeat_72h_rate")
        rows.append(r)
    cols = [Column("team", "ACD组"), Column("checked", "机检通话", "int"), Column("passed", "合格", "int"),
            Column("pass_rate", "合格率", "pct"), Column("prev_pass_rate", "上期合格率", "pct"),
            Column("pass_rate_change", "合格率变化", "pp"), Column("avg_score", "平均分", "num"),
            Column("problems_a", "A类问题", "int"), Column("problems_b", "B类问题", "int"),
            Column("problems_c", "C类问题", "int"), Column("fatal", "一票否决", "int"),
            Column("repeat_72h_rate", "72小时重复来电率", "pct")]
    return Table("teams", "各ACD组质检结果", cols, rows)


def _daily_table(con, period: Period) -> Table:
    calls = {r["date"]: r for r in _rows(con, """SELECT date, count(*) AS checked, count(*) FILTER (passed) AS passed,
            avg(score) AS avg_score FROM cur_calls WHERE status = 'ok' GROUP BY date""")}
    finds = {}
    for r in _rows(con, f"""SELECT date,
            count(*) FILTER ({PROBLEM} AND severity = 'A') AS problems_a,
            count(*) FILTER ({PROBLEM} AND severity = 'B') AS problems_b,
            count(*) FILTER ({PROBLEM} AND severity = 'C') AS problems_c,
            count(*) FILTER (counts AND "check" = 'tariff') AS tariff,
            count(DISTINCT call_id) FILTER (counts AND "check" = 'complaint') AS complaint_calls
        FROM cur_findings GROUP BY date"""):
        finds[r["date"]] = r
    rows = []
    for day in period.days():
        c = calls.get(day, {"checked": 0, "passed": 0, "avg_score": None})
        f = finds.get(day, {})
        rows.append({"date": day, "checked": c["checked"], "passed": c["passed"],
                     "pass_rate": _rate(c["passed"], c["checked"]), "avg_score": c["avg_score"],
                     **{k: f.get(k, 0) for k in ("problems_a", "problems_b", "problems_c", "tariff", "complaint_calls")}})
    cols = [Column("date", "日期"), Column("checked", "机检通话", "int"), Column("passed", "合格", "int"),
            Column("pass_rate", "合格率", "pct"), Column("avg_score", "平均分", "num"),
            Column("problems_a", "A类问题", "int"), Column("problems_b", "B类问题", "int"),
            Column("problems_c", "C类问题", "int"), Column("tariff", "资费告知违规", "int"),
            Column("complaint_calls", "投诉意向通话", "int")]
    return Table("daily", "每日趋势", cols, rows)


def _rule_summaries() -> dict[str, str]:
    try:
        from callqa.rules import catalogue
        return {info.code: info.summary for info in catalogue()}
    except Exception:  # a rulebook that does not load must not stop the report
        return {}


def _problem_tables(con, checked: int, prev_checked: int, agents: int) -> tuple[Table, Table]:
    """Rules hit (common vs individual, against the previous period) and example findings."""
    summaries = _rule_summaries()
    rules = _rows(con, f"""SELECT rule_id, any_value("check") AS "check", any_value(severity) AS severity,
            any_value(dimension) AS dimension, count(*) AS hits, count(DISTINCT call_id) AS calls,
            count(DISTINCT agent_id) AS agents
        FROM cur_findings WHERE {PROBLEM} GROUP BY rule_id""")
    prev = {r["rule_id"]: r for r in _rows(con, f"""SELECT rule_id, count(*) AS hits, count(DISTINCT agent_id) AS agents
        FROM prev_findings WHERE {PROBLEM} GROUP BY rule_id""")}
    per_agent: dict[str, list] = {}
    for r in _rows(con, f"""SELECT rule_id, agent_id, count(*) AS n FROM cur_findings WHERE {PROBLEM}
                           GROUP BY rule_id, agent_id ORDER BY rule_id, n DESC, agent_id"""):
        per_agent.setdefault(r["rule_id"], []).append((r["agent_id"], r["n"]))
    rows = []
    for r in rules:
        top = per_agent[r["rule_id"]][:3]
        r["summary"] = summaries.get(r["rule_id"], r["check"])
        r["agent_share"] = _rate(r["agents"], agents)
        r["top3_share"] = _rate(sum(n for _, n in top), r["hits"])
        r["top_agents"] = "、".join(f"{a}×{n}" for a, n in top)
        common = (r["agent_share"] or 0) >= COMMON_AGENT_SHARE and r["agents"] >= COMMON_MIN_AGENTS
        r["kind"] = "共性问题" if common else "个性问题"
        r["per_100"] = _rate(100 * r["hits"], checked)
        p = prev.get(r["rule_id"])
        r["prev_per_100"] = _rate(100 * p["hits"], prev_checked) if p else (0.0 if prev_checked else None)
        r["per_100_change"] = _change(r["per_100"], r["prev_per_100"])
        rows.append(r)
    rows.sort(key=lambda r: (r["kind"] != "共性问题", -r["hits"], r["rule_id"]))
    cols = [Column("kind", "类型"), Column("rule_id", "规则"), Column("summary", "问题"), Column("severity", "等级"),
            Column("hits", "命中次数", "int"), Column("calls", "涉及通话", "int"), Column("agents", "涉及坐席", "int"),
            Column("agent_share", "坐席覆盖率", "pct"), Column("top3_share", "前三名坐席占比", "pct"),
            Column("top_agents", "集中坐席"), Column("per_100", "每百通", "num"),
            Column("prev_per_100", "上期每百通", "num"), Column("per_100_change", "变化", "delta")]
    problems = Table("problems", "共性问题与个性问题", cols, rows,
                     note=f"共性问题:本期至少{COMMON_AGENT_SHARE:.0%}的在岗坐席(且不少于{COMMON_MIN_AGENTS}人)出现;"
                          "个性问题:集中在少数坐席。每百通 = 每100通机检通话的命中次数。")
    # examples: for each rule, the first finding (by call id, time) of each of its top agents
    firsts = {}
    for f in _rows(con, f"""SELECT * FROM (
            SELECT f.*, c.started_at, c.audio_path,
                   row_number() OVER (PARTITION BY f.rule_id, f.agent_id ORDER BY f.points DESC, f.call_id, f.start) AS rk
            FROM cur_findings f JOIN cur_calls c USING (call_id) WHERE f.{PROBLEM}) WHERE rk = 1"""):
        firsts[(f["rule_id"], f["agent_id"])] = f
    examples = []
    for r in rows:
        for agent, _ in per_agent[r["rule_id"]][:EXAMPLES_PER_RULE]:
            f = firsts[(r["rule_id"], agent)]
            examples.append({"kind": r["kind"], "rule_id": r["rule_id"], "summary": r["summary"],
                             "call_id": f["call_id"], "finding_id": f["finding_id"], "agent_id": f["agent_id"],
                             "team": f["team"], "date": f["date"], "at": f["start"], "text": f["text"],
                             "explanation": f["explanation"], "audio_path": f["audio_path"]})
    ex_cols = [Column("kind", "类型"), Column("rule_id", "规则"), Column("call_id", "通话"), Column("agent_id", "坐席"),
               Column("team", "ACD组"), Column("date", "日期"), Column("at", "时间(秒)", "num"),
               Column("text", "原话"), Column("explanation", "说明"), Column("finding_id", "问题编号")]
    return problems, Table("examples", "典型案例", ex_cols, examples,
                           note="每条规则取命中最多的坐席各一通;原话为转写文本。")


def _agent_table(con) -> tuple[Table, Table]:
    cur = _rows(con, """SELECT agent_id, mode(team) AS team, count(*) AS checked, count(*) FILTER (passed) AS passed,
            avg(score) AS avg_score, median(score) AS median_score, min(score) AS min_score,
            quantile_cont(score, 0.25) AS q1, quantile_cont(score, 0.75) AS q3, max(score) AS max_score,
            count(*) FILTER (fatal) AS fatal
        FROM cur_calls WHERE status = 'ok' GROUP BY agent_id""")
    prev = {r["agent_id"]: r for r in _rows(con, """SELECT agent_id, count(*) AS checked, count(*) FILTER (passed) AS passed
        FROM prev_calls WHERE status = 'ok' GROUP BY agent_id""")}
    sev: dict[str, dict] = {}
    for r in _rows(con, f"SELECT agent_id, severity, count(*) AS n FROM cur_findings WHERE {PROBLEM} GROUP BY 1, 2"):
        sev.setdefault(r["agent_id"], {})[r["severity"]] = r["n"]
    top: dict[str, list] = {}
    for r in _rows(con, f"""SELECT agent_id, rule_id, any_value("check") AS chk, count(*) AS n FROM cur_findings
                           WHERE {PROBLEM} GROUP BY 1, 2 ORDER BY agent_id, n DESC, rule_id"""):
        top.setdefault(r["agent_id"], []).append(f"{r['rule_id']} {r['chk']}×{r['n']}")
    for r in cur:
        r["pass_rate"] = _rate(r["passed"], r["checked"])
        p = prev.get(r["agent_id"])
        r["prev_pass_rate"] = _rate(p["passed"], p["checked"]) if p else None
        r["pass_rate_change"] = _change(r["pass_rate"], r["prev_pass_rate"])
        r.update({f"problems_{s.lower()}": sev.get(r["agent_id"], {}).get(s, 0) for s in SEVERITIES})
        r["top_findings"] = ",".join(top.get(r["agent_id"], [])[:3])
    cur.sort(key=lambda r: (r["pass_rate"], r["avg_score"], r["agent_id"]))
    cols = [Column("agent_id", "坐席"), Column("team", "ACD组"), Column("checked", "机检通话", "int"),
            Column("pass_rate", "合格率", "pct"), Column("prev_pass_rate", "上期合格率", "pct"),
            Column("pass_rate_change", "合格率变化", "pp"), Column("avg_score", "平均分", "num"),
            Column("median_score", "中位分", "num"), Column("min_score", "最低分", "num"),
            Column("problems_a", "A类", "int"), Column("problems_b", "B类", "int"), Column("problems_c", "C类", "int"),
            Column("fatal", "一票否决", "int"), Column("top_findings", "主要问题")]
    agents = Table("agents", "坐席成绩单", cols, cur, note="按合格率从低到高排列。")
    hist = _rows(con, """SELECT least(floor(score / 10) * 10, 90)::INT AS bin, count(*) AS calls
        FROM cur_calls WHERE status = 'ok' AND score IS NOT NULL GROUP BY 1 ORDER BY 1""")
    counts = {r["bin"]: r["calls"] for r in hist}
    dist = Table("scores", "得分分布", [Column("range", "得分区间"), Column("calls", "通话数", "int")],
                 [{"range": f"{b}–{b + 9 if b < 90 else 100}", "bin": b, "calls": counts.get(b, 0)} for b in range(0, 100, 10)])
    return agents, dist


def _repeat_table(con, period: Period, previous: Period) -> Table:
    prev = {r["team"]: _with_repeat_rates(r) for r in _repeat_rows(con, previous, "team")}
    rows = []
    for r in sorted(_repeat_rows(con, period, "team"), key=lambda r: r["team"]):
        _with_repeat_rates(r)
        p = prev.get(r["team"])
        r["prev_repeat_72h_rate"] = p["repeat_72h_rate"] if p else None
        r["repeat_72h_change"] = _change(r["repeat_72h_rate"], r["prev_repeat_72h_rate"])
        rows.append(r)
    cols = [Column("team", "ACD组"), Column("calls_with_caller", "有来电号码的通话", "int"),
            Column("repeat_24h", "24小时内再来电", "int"), Column("repeat_24h_rate", "24小时重复来电率", "pct"),
            Column("repeat_72h", "72小时内再来电", "int"), Column("repeat_72h_rate", "72小时重复来电率", "pct"),
            Column("prev_repeat_72h_rate", "上期72小时重复率", "pct"), Column("repeat_72h_change", "变化", "pp"),
            Column("fcr_proxy", "一次解决率(代理)", "pct")]
    return Table("repeats", "重复来电(一次解决率代理指标)", cols, rows,
                 note="同一来电号码在24/72小时内再次来电(任一ACD组)计为重复来电,记在前一通所属的ACD组;"
                      "一次解决率(代理)= 1 − 72小时重复来电率。")


def _tariff_table(con) -> Table:
    def per_team(name):
        calls = {r["team"]: r["checked"] for r in _rows(
            con, f"SELECT team, count(*) AS checked FROM {name}_calls WHERE status = 'ok' GROUP BY team")}
        found = {r["team"]: r for r in _rows(con, f"""SELECT team,
                count(*) FILTER (counts AND "check" = 'tariff') AS tariff,
                count(DISTINCT call_id) FILTER (counts AND "check" = 'complaint') AS complaint_calls
            FROM {name}_findings GROUP BY team""")}
        return {t: {"checked": n, "tariff": found.get(t, {}).get("tariff", 0),
                    "complaint_calls": found.get(t, {}).get("complaint_calls", 0)} for t, n in calls.items()}

    cur, prev = per_team("cur"), per_team("prev")
    rows = []
    for team in sorted(cur):
        r = {"team": team, **cur[team]}
        r["tariff_per_100"] = _rate(100 * r["tariff"], r["checked"])
        r["complaint_rate"] = _rate(r["complaint_calls"], r["checked"])
        p = prev.get(team)
        r["prev_tariff_per_100"] = _rate(100 * p["tariff"], p["checked"]) if p else None
        r["prev_complaint_rate"] = _rate(p["complaint_calls"], p["checked"]) if p else None
        rows.append(r)
    cols = [Column("team", "ACD组"), Column("checked", "机检通话", "int"), Column("tariff", "资费告知违规", "int"),
            Column("tariff_per_100", "每百通违规", "num"), Column("prev_tariff_per_100", "上期每百通", "num"),
            Column("complaint_calls", "投诉意向通话", "int"), Column("complaint_rate", "投诉意向占比", "pct"),
            Column("prev_complaint_rate", "上期投诉意向占比", "pct")]
    return Table("tariff", "资费告知违规与投诉意向", cols, rows,
                 note="资费告知:客户询问资费时坐席须说明金额和起收时间(规则 tariff);投诉意向:客户提出投诉/升级(规则 complaint,不扣分)。")


def _waived_note(totals: dict) -> str:
    """What people waived in the period, e.g. 「不计入:申诉撤销 1 条、复核驳回 1 条」; "" when none."""
    parts = [f"{label} {totals[f'waived_{why}']} 条" for why, label in WHY.items() if totals.get(f"waived_{why}")]
    return "不计入:" + "、".join(parts) if parts else ""


def build_report(out: str | Path, period: Period, team: str | None = None, agent: str | None = None,
                 con=None) -> Report:
    """Every figure of the report for ``period`` (and the period before), optionally for one
    team or one agent. ``con``: a connection from :func:`callqa.pipelines.sink.query.connect`."""
    from callqa.pipelines.sink.query import connect

    con = con or connect(out)
    previous = period.previous()
    _stage(con, "cur", period, team, agent)
    _stage(con, "prev", previous, team, agent)
    _stage_repeats(con, period, previous, team, agent)
    cur, prev = _totals(con, "cur"), _totals(con, "prev")
    for name, totals, p in (("cur", cur, period), ("prev", prev, previous)):
        rep = _with_repeat_rates(_repeat_rows(con, p, None)[0])
        totals.update(repeat_24h_rate=rep["repeat_24h_rate"], repeat_72h_rate=rep["repeat_72h_rate"],
                      fcr_proxy=rep["fcr_proxy"])
        totals["reviewed"] = _reviewed(con, name)
        totals.update(_suspects(con, name, p))
    reviews = cur["reviewed"] is not None
    kpis = [
        Kpi("checked", "机检通话量(100%机器质检)", cur["checked"], prev["checked"], "int",
            f"另有 {cur['failed']} 通无法处理、{cur['empty']} 通静音" if cur["failed"] or cur["empty"] else ""),
        Kpi("reviewed", "人工复核量", cur["reviewed"] or 0, prev["reviewed"] or 0, "int",
            ";".join(n for n in ("" if reviews else "尚无人工复核记录(未导入复核结果)", _waived_note(cur)) if n)),
        Kpi("pass_rate", "总体合格率", cur["pass_rate"], prev["pass_rate"], "pct"),
        Kpi("avg_score", "平均得分", cur["avg_score"], prev["avg_score"], "num"),
        Kpi("problems_a", "A类问题", cur["problems_a"], prev["problems_a"], "int"),
        Kpi("problems_b", "B类问题", cur["problems_b"], prev["problems_b"], "int"),
        Kpi("problems_c", "C类问题", cur["problems_c"], prev["problems_c"], "int"),
        Kpi("fatal", "一票否决通话", cur["fatal"], prev["fatal"], "int"),
        Kpi("suspected", "模型疑似辱骂(规则未命中)", cur["suspected"], prev["suspected"], "int", suspects_note(cur)),
        Kpi("tariff", "资费告知违规", cur["tariff"], prev["tariff"], "int"),
        Kpi("complaint_calls", "投诉意向通话", cur["complaint_calls"], prev["complaint_calls"], "int"),
        Kpi("repeat_24h_rate", "24小时重复来电率", cur["repeat_24h_rate"], prev["repeat_24h_rate"], "pct"),
        Kpi("repeat_72h_rate", "72小时重复来电率", cur["repeat_72h_rate"], prev["repeat_72h_rate"], "pct",
            "一次解决率代理指标"),
    ]
    problems, examples = _problem_tables(con, cur["checked"], prev["checked"], cur["agents"])
    if _waived_note(cur):
        problems.note += f"{_waived_note(cur)}(仍保留在该通话的问题记录中)。"
    agents, scores = _agent_table(con)
    tables = {t.key: t for t in (_team_table(con, period), _daily_table(con, period), problems, examples,
                                 agents, scores, _repeat_table(con, period, previous), _tariff_table(con))}
    books = sorted({f"{r['rulebook']} {r['rulebook_version']}" for r in _rows(
        con, "SELECT DISTINCT rulebook, rulebook_version FROM cur_calls WHERE rulebook IS NOT NULL")})
    return Report(period, previous, team, agent, str(out), datetime.now(timezone.utc), kpis, tables, reviews, books)
