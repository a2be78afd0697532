"""The report as one self-contained HTML page: styles, plotly.js and data inline, so it opens
offline, can be mailed as one file, and prints (A4, charts kept whole, navigation hidden).

Every table cell carries its raw value in ``data-v`` beside the formatted text, so tests and
scripts can read the numbers back without parsing Chinese formatting.
"""
from __future__ import annotations

import html
import math
from pathlib import Path

from . import charts
from .figures import Kpi, Report, Table

CSS = """
:root { --ink:#1a1a1a; --muted:#5f6b76; --line:#d9dee3; --brand:#1f4e79; --good:#1a7f37; --bad:#b2182b; }
* { box-sizing: border-box; }
body { margin:0; color:var(--ink); background:#f4f6f8;
       font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;
       font-size:14px; line-height:1.55; }
header { background:var(--brand); color:#fff; padding:22px 32px 18px; }
header h1 { margin:0 0 6px; font-size:24px; }
header p { margin:0; opacity:.9; }
nav { position:sticky; top:0; z-index:5; background:#fff; border-bottom:1px solid var(--line); padding:8px 32px; }
nav a { color:var(--brand); margin-right:18px; text-decoration:none; white-space:nowrap; }
main { padding:18px 32px 40px; max-width:1400px; margin:0 auto; }
section { background:#fff; border:1px solid var(--line); border-radius:6px; padding:16px 20px; margin:0 0 18px; }
section h2 { margin:0 0 10px; font-size:18px; color:var(--brand); }
.kpis { display:grid; grid-template-columns:repeat(auto-fill,minmax(200px,1fr)); gap:12px; }
.kpi { border:1px solid var(--line); border-radius:6px; padding:10px 12px; }
.kpi .label { color:var(--muted); font-size:13px; }
.kpi .value { font-size:26px; font-weight:600; }
.kpi .cmp { font-size:12px; color:var(--muted); }
.better { color:var(--good); } .worse { color:var(--bad); }
.note { color:var(--muted); font-size:12px; margin:6px 0 0; }
.charts { display:grid; grid-template-columns:minmax(0,1fr); gap:12px; }
.charts.two { grid-template-columns:repeat(2,minmax(0,1fr)); }
.chart { min-height:320px; min-width:0; break-inside:avoid; }
.table-wrap { overflow-x:auto; margin-top:10px; }
table { border-collapse:collapse; width:100%; font-size:13px; }
th, td { border-bottom:1px solid var(--line); padding:4px 8px; text-align:left; vertical-align:top; }
th { background:#eef2f6; font-weight:600; white-space:nowrap; }
td { white-space:nowrap; }
td.n { text-align:right; font-variant-numeric:tabular-nums; }
td.text { white-space:normal; min-width:220px; max-width:480px; }
audio { height:28px; width:220px; }
footer { color:var(--muted); font-size:12px; padding:0 32px 30px; max-width:1400px; margin:0 auto; }
@page { size:A4 landscape; margin:12mm; }
@media print {
  body { background:#fff; font-size:11px; }
  nav, audio { display:none; }
  header { background:#fff; color:var(--ink); border-bottom:2px solid var(--brand); padding:0 0 8px; }
  main { padding:8px 0; max-width:none; }
  section { border:none; padding:0; margin:0 0 14px; break-inside:auto; }
  tr, .kpi, .chart { break-inside:avoid; }
  thead { display:table-header-group; }
}
"""

# Charts follow their boxes once the page is laid out, and again for printing (narrower).
SCRIPT = """
function fitCharts() {
  document.querySelectorAll('.js-plotly-plot').forEach(function (el) { Plotly.Plots.resize(el); });
}
window.addEventListener('load', fitCharts);
window.addEventListener('beforeprint', fitCharts);
"""

SECTIONS = [("overview", "概览"), ("teams", "各ACD组"), ("daily", "每日趋势"), ("problems", "问题分析"),
            ("tariff", "资费告知与投诉"), ("repeats", "重复来电"), ("agents", "坐席成绩单")]
SECTION_TABLES = {"teams": ["teams"], "daily": ["daily"], "problems": ["problems", "examples"],
                  "tariff": ["tariff"], "repeats": ["repeats"], "agents": ["scores", "agents"]}


def fmt(value, kind: str) -> str:
    """A value as the report shows it (``—`` for none)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if kind == "int":
        return f"{int(value):,}"
    if kind == "pct":
        return f"{value:.1%}"
    if kind in ("pp", "delta") and round(100 * value if kind == "pp" else value, 1) == 0:
        return "0.0个百分点" if kind == "pp" else "0.0"          # not -0.0
    if kind == "pp":
        return f"{100 * value:+.1f}个百分点"
    if kind == "num":
        return f"{value:.1f}"
    if kind == "delta":
        return f"{value:+.1f}"
    return str(value)


def _raw(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _change_text(k: Kpi, unit: str) -> str:
    if k.previous is None or k.value is None:
        return f"上{unit}:无数据"
    diff = k.value - k.previous
    # a change that rounds to nothing at the shown precision is 持平 (no arrow, no colour)
    flat = round(diff * 1000) == 0 if k.kind == "pct" else round(diff, 1) == 0
    arrow = "↑" if diff > 0 else "↓"
    if flat:
        change = "持平"
    elif k.kind == "pct":
        change = f"{arrow} {fmt(diff, 'pp')}"
    elif k.kind == "int":
        rel = f"({diff / k.previous:+.1%})" if k.previous else ""
        change = f"{arrow} {int(diff):+,}{rel}"
    else:
        change = f"{arrow} {diff:+.1f}"
    # better = higher pass rate / score, fewer problems and repeat calls
    good = diff > 0 if k.key in ("pass_rate", "avg_score", "checked", "reviewed") else diff < 0
    cls = "" if flat or k.key in ("checked", "reviewed", "suspected") else ("better" if good else "worse")
    return f'上{unit} {_esc(fmt(k.previous, k.kind))},<span class="{cls}">{_esc(change)}</span>'


def _kpis(report: Report) -> str:
    cards = []
    for k in report.kpis:
        note = f'<div class="cmp">{_esc(k.note)}</div>' if k.note else ""
        cards.append(f'<div class="kpi" data-kpi="{k.key}" data-v="{_raw(k.value)}" data-prev="{_raw(k.previous)}">'
                     f'<div class="label">{_esc(k.label)}</div><div class="value">{_esc(fmt(k.value, k.kind))}</div>'
                     f'<div class="cmp">{_change_text(k, report.period.unit)}</div>{note}</div>')
    return '<div class="kpis">' + "".join(cards) + "</div>"


def _cell(row: dict, col, clips: dict[str, str]) -> str:
    value = row.get(col.key)
    if col.key == "finding_id" and value in clips:
        src = _esc(clips[value])
        return (f'<td data-v="{_esc(value)}"><audio controls preload="none" src="{src}"></audio>'
                f'<br><a href="{src}">{_esc(value)}</a></td>')
    cls = "n" if col.kind != "text" else ("text" if col.key in ("text", "explanation", "summary") else "")
    return f'<td class="{cls}" data-v="{_esc(_raw(value))}">{_esc(fmt(value, col.kind))}</td>'


def table_html(table: Table, clips: dict[str, str] | None = None) -> str:
    clips = clips or {}
    head = "".join(f'<th data-key="{c.key}">{_esc(c.label)}</th>' for c in table.columns)
    body = "".join("<tr>" + "".join(_cell(r, c, clips) for c in table.columns) + "</tr>" for r in table.rows)
    if not table.rows:
        body = f'<tr><td colspan="{len(table.columns)}">本期无数据</td></tr>'
    note = f'<p class="note">{_esc(table.note)}</p>' if table.note else ""
    return (f'<h3>{_esc(table.title)}</h3><div class="table-wrap"><table id="t-{table.key}" data-table="{table.key}">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{note}")


def _chart_html(chart_id: str, fig) -> str:
    return ('<div class="chart" data-chart="1">'
            + fig.to_html(full_html=False, include_plotlyjs=False, div_id=chart_id,
                          config={"displayModeBar": False, "responsive": True}) + "</div>")


def _section(report: Report, key: str, title: str) -> str:
    if key == "overview":
        reviewed = report.kpi("reviewed")
        lines = [f"本{report.period.unit}机器质检 {fmt(report.kpi('checked').value, 'int')} 通(100%覆盖),"
                 f"总体合格率 {fmt(report.kpi('pass_rate').value, 'pct')}。",
                 f"人工复核 {fmt(reviewed.value, 'int')} 通" + (f":{reviewed.note}。" if reviewed.note else "。")]
        suspected = report.kpi("suspected")
        if suspected.value is not None:
            lines.append(f"学习模型疑似辱骂而规则未命中 {fmt(suspected.value, 'int')} 通({suspected.note});"
                         "明细见 callqa query 的 suspects 视图。")
        body = _kpis(report) + "".join(f'<p class="note">{_esc(s)}</p>' for s in lines)
    else:
        figs = charts.section_charts(report, key)
        grid = "charts two" if len(figs) == 2 else "charts"
        body = (f'<div class="{grid}">' + "".join(_chart_html(i, f) for i, f in figs) + "</div>") if figs else ""
        body += "".join(table_html(report.tables[t], report.clips) for t in SECTION_TABLES[key])
    return f'<section id="{key}"><h2>{_esc(title)}</h2>{body}</section>'


def render(report: Report) -> str:
    """The whole page as a string."""
    from plotly.offline import get_plotlyjs

    generated = report.generated_at.astimezone().strftime("%Y-%m-%d %H:%M")
    subtitle = (f"范围:{report.scope} · 对比:{report.previous.label} · 生成于 {generated} · 数据:{report.out}"
                + (f" · 规则库:{'、'.join(report.rulebooks)}" if report.rulebooks else ""))
    nav = "".join(f'<a href="#{k}">{_esc(t)}</a>' for k, t in SECTIONS)
    sections = "".join(_section(report, k, t) for k, t in SECTIONS)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(report.title)}</title>
<style>{CSS}</style>
<script type="text/javascript">{get_plotlyjs()}</script>
</head><body>
<header><h1>{_esc(report.title)}</h1><p>{_esc(subtitle)}</p></header>
<nav>{nav}</nav>
<main>{sections}</main>
<footer>由 callqa 生成。机检 = 机器对全部通话按质检标准评分;合格 = 无一票否决且得分不低于合格线;
问题 = 扣分或一票否决的检查项(A/B/C 为严重程度);投诉意向为提示,不扣分。</footer>
<script>{SCRIPT}</script>
</body></html>
"""


def attach_clips(report: Report, con, html_path: str | Path, pad: float = 2.0) -> list[str]:
    """Cuts a clip for every example finding into ``<page name>_clips/`` beside the page and
    links them from it; returns why an example got no clip (no recording, file gone…)."""
    from callqa.pipelines.evidence import ClipError, clip_finding

    html_path = Path(html_path)
    folder = html_path.parent / f"{html_path.stem}_clips"
    skipped = []
    for ex in report.tables["examples"].rows:
        if ex["finding_id"] in report.clips:
            continue
        if not ex.get("audio_path"):
            skipped.append(f"{ex['call_id']}: no recording (scored from a transcript)")
            continue
        try:
            clip = clip_finding(con, ex["call_id"], folder / f"{ex['call_id']}_{ex['finding_id']}.wav",
                                ex["finding_id"], pad)
        except ClipError as exc:
            skipped.append(str(exc))
            continue
        report.clips[ex["finding_id"]] = clip.path.relative_to(html_path.parent).as_posix()
    return skipped
