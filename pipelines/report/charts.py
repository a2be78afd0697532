"""The report's charts: Plotly figures built from the report's tables (never from a second
query), drawn as SVG by plotly.js, which the HTML page inlines once.

Colours are a colour-blind-safe palette that stays distinguishable in greyscale print; this
period is dark, the previous one light.
"""
from __future__ import annotations

from .figures import Report

FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif'
CURRENT, PREVIOUS, ACCENT, WARN, GREY = "#1f4e79", "#9dc3e6", "#d95f02", "#b2182b", "#7f7f7f"
SEVERITY_COLOURS = {"A": "#b2182b", "B": "#ef8a62", "C": "#fddbc7"}


def _layout(fig, title: str, height: int = 340, percent_axis: str | None = None):
    fig.update_layout(title={"text": title, "x": 0, "font": {"size": 15}}, height=height, template="plotly_white",
                      font={"family": FONT, "size": 12}, margin={"l": 60, "r": 30, "t": 50, "b": 50},
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 1, "xanchor": "right"},
                      bargap=0.25)
    if percent_axis:
        fig.update_layout(**{percent_axis: {"tickformat": ".0%", "rangemode": "tozero"}})
    return fig


def _go():
    import plotly.graph_objects as go
    return go


def teams(report: Report):
    go, t = _go(), report.tables["teams"]
    fig = go.Figure([
        go.Bar(name=f"上{report.period.unit}", x=t.column("team"), y=t.column("prev_pass_rate"), marker_color=PREVIOUS),
        go.Bar(name=f"本{report.period.unit}", x=t.column("team"), y=t.column("pass_rate"), marker_color=CURRENT,
               text=[f"{v:.1%}" if v is not None else "" for v in t.column("pass_rate")], textposition="outside"),
    ])
    return _layout(fig, "各ACD组合格率(与上期对比)", percent_axis="yaxis")


def daily(report: Report):
    go, t = _go(), report.tables["daily"]
    fig = go.Figure([
        go.Bar(name="机检通话", x=t.column("date"), y=t.column("checked"), marker_color=PREVIOUS, yaxis="y2"),
        go.Scatter(name="合格率", x=t.column("date"), y=t.column("pass_rate"), mode="lines+markers",
                   line={"color": CURRENT, "width": 2}),
    ])
    fig.update_layout(yaxis={"tickformat": ".0%", "rangemode": "tozero", "title": "合格率"},
                      yaxis2={"overlaying": "y", "side": "right", "rangemode": "tozero", "showgrid": False,
                              "title": "通话数"})
    return _layout(fig, "每日通话量与合格率")


def severity(report: Report):
    go = _go()
    keys = ("problems_a", "problems_b", "problems_c")
    labels = ["A类(严重)", "B类", "C类"]
    prev = [report.kpi(k).previous for k in keys]
    cur = [report.kpi(k).value for k in keys]
    fig = go.Figure([go.Bar(name=f"上{report.period.unit}", x=labels, y=prev, marker_color=PREVIOUS),
                     go.Bar(name=f"本{report.period.unit}", x=labels, y=cur, marker_color=CURRENT, text=cur,
                            textposition="outside")])
    return _layout(fig, "A/B/C类问题数(与上期对比)")


def problems(report: Report):
    go, t = _go(), report.tables["problems"]
    rows = sorted(t.rows, key=lambda r: r["per_100"] or 0)[-15:]
    names = [f"{r['rule_id']} {r['check']}" for r in rows]
    fig = go.Figure([
        go.Bar(name=f"上{report.period.unit}", y=names, x=[r["prev_per_100"] for r in rows], orientation="h",
               marker_color=PREVIOUS),
        go.Bar(name=f"本{report.period.unit}(共性)", y=names,
               x=[r["per_100"] if r["kind"] == "共性问题" else None for r in rows], orientation="h", marker_color=CURRENT),
        go.Bar(name=f"本{report.period.unit}(个性)", y=names,
               x=[r["per_100"] if r["kind"] != "共性问题" else None for r in rows], orientation="h", marker_color=ACCENT),
    ])
    fig.update_layout(barmode="group", xaxis={"title": "每百通命中次数"})
    return _layout(fig, "主要问题:共性与个性(每百通)", height=max(320, 34 * len(rows) + 110))


def tariff_daily(report: Report):
    go, t = _go(), report.tables["daily"]
    fig = go.Figure([
        go.Scatter(name="资费告知违规", x=t.column("date"), y=t.column("tariff"), mode="lines+markers",
                   line={"color": WARN, "width": 2}),
        go.Scatter(name="投诉意向通话", x=t.column("date"), y=t.column("complaint_calls"), mode="lines+markers",
                   line={"color": CURRENT, "width": 2, "dash": "dash"}),
    ])
    fig.update_layout(yaxis={"rangemode": "tozero", "title": "次数"})
    return _layout(fig, "资费告知违规与投诉意向(每日)")


def tariff_teams(report: Report):
    go, t = _go(), report.tables["tariff"]
    fig = go.Figure([
        go.Bar(name=f"上{report.period.unit}每百通违规", x=t.column("team"), y=t.column("prev_tariff_per_100"),
               marker_color=PREVIOUS),
        go.Bar(name=f"本{report.period.unit}每百通违规", x=t.column("team"), y=t.column("tariff_per_100"),
               marker_color=WARN),
    ])
    fig.update_layout(yaxis={"rangemode": "tozero", "title": "每百通"})
    return _layout(fig, "各ACD组资费告知违规(每百通)")


def repeats(report: Report):
    go, t = _go(), report.tables["repeats"]
    fig = go.Figure([
        go.Bar(name="24小时", x=t.column("team"), y=t.column("repeat_24h_rate"), marker_color=PREVIOUS),
        go.Bar(name="72小时", x=t.column("team"), y=t.column("repeat_72h_rate"), marker_color=CURRENT),
        go.Scatter(name=f"上{report.period.unit}72小时", x=t.column("team"), y=t.column("prev_repeat_72h_rate"),
                   mode="markers", marker={"symbol": "line-ew-open", "size": 28, "color": ACCENT, "line": {"width": 3}}),
    ])
    return _layout(fig, "各ACD组重复来电率", percent_axis="yaxis")


def scores(report: Report):
    go, t = _go(), report.tables["scores"]
    fig = go.Figure([go.Bar(name="通话数", x=t.column("range"), y=t.column("calls"), marker_color=CURRENT,
                            showlegend=False)])
    fig.update_layout(xaxis={"title": "得分"}, yaxis={"title": "通话数"})
    return _layout(fig, "得分分布")


def agents(report: Report):
    """Score spread of the agents with the lowest pass rates (box: quartiles, whiskers: min–max)."""
    go, t = _go(), report.tables["agents"]
    rows = [r for r in t.rows if r["median_score"] is not None][:20]
    fig = go.Figure([go.Box(name="得分", x=[r["agent_id"] for r in rows], q1=[r["q1"] for r in rows],
                            median=[r["median_score"] for r in rows], q3=[r["q3"] for r in rows],
                            lowerfence=[r["min_score"] for r in rows], upperfence=[r["max_score"] for r in rows],
                            mean=[r["avg_score"] for r in rows], marker_color=CURRENT, showlegend=False)])
    fig.update_layout(yaxis={"title": "得分", "range": [0, 102]})
    return _layout(fig, f"合格率最低的{len(rows)}名坐席:得分分布")


# section → charts, in page order
CHARTS = {"teams": [teams], "daily": [daily], "problems": [severity, problems], "tariff": [tariff_daily, tariff_teams],
          "repeats": [repeats], "agents": [scores, agents]}


def section_charts(report: Report, section: str) -> list:
    """(id, figure) for a section, skipping charts whose table is empty."""
    source = {"problems": "problems", "tariff": "tariff", "agents": "agents"}.get(section, section)
    if not report.tables[source].rows:
        return []
    return [(f"chart-{make.__name__}", make(report)) for make in CHARTS[section]]
