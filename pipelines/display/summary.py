"""What a run prints: one block per call (score, pass/fail, each finding with time and
speaker) and the totals a QA lead looks at first."""
from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from callqa.pipelines.record import CallResult

SPEAKER_ZH = {"agent": "坐席", "customer": "客户", "unknown": "未知"}


def clock(seconds: float | None) -> str:
    if seconds is None:
        return "  --  "
    m, s = divmod(max(0.0, seconds), 60)
    return f"{int(m):02d}:{s:04.1f}"


def call_line(result: CallResult) -> Text:
    """One line per call, also used for progress in logs."""
    job, card = result.job, result.scorecard
    head = Text(f"{job['call_id']}", style="bold")
    if job.get("agent_id") or job.get("team"):
        head.append(f"  {job.get('agent_id') or '-'} / {job.get('team') or '-'}", style="dim")
    if result.status != "ok":
        head.append(f"  {result.status.upper()}: {result.error}", style="red" if result.status == "failed" else "yellow")
        return head
    verdict = ("PASS", "green") if card.passed else ("FAIL" + (" (fatal)" if card.fatal else ""), "red")
    head.append(f"  {clock(result.duration_s)}  score {card.score:5.1f}  ")
    head.append(verdict[0], style=f"bold {verdict[1]}")
    if card.grade:
        head.append(f"  grade {card.grade}")
    return head


def finding_lines(result: CallResult) -> list[Text]:
    if result.scorecard is None:
        return []
    lines = []
    for f in result.scorecard.findings:
        t = Text("    ")
        t.append(f"{f.rule_id} {f.check:<9}", style="cyan")
        t.append(f" {f.severity} {('-' + format(f.points, 'g')) if not f.fatal else 'fatal':>6}  ")
        t.append(f"{clock(f.start)} {SPEAKER_ZH.get(f.speaker, f.speaker)}  ")
        t.append(f.explanation)
        if f.text:
            t.append(f"  「{f.text[:60]}」", style="dim")
        lines.append(t)
    return lines


def print_summary(results: list[CallResult], console: Console, out: str | None = None,
                  elapsed: float | None = None, details: bool = True) -> None:
    console.print()
    for r in results if details else []:
        console.print(call_line(r))
        for line in finding_lines(r):
            console.print(line)
    status = Counter(r.status for r in results)
    scored = [r for r in results if r.scorecard is not None]
    passed = sum(r.scorecard.passed for r in scored)
    table = Table(title="callqa summary", show_header=True, header_style="bold")
    for col in ("calls", "ok", "failed", "empty", "passed", "pass rate", "fatal", "findings"):
        table.add_column(col, justify="right")
    table.add_row(str(len(results)), str(status["ok"]), str(status["failed"]), str(status["empty"]),
                  str(passed), f"{passed / len(scored):.0%}" if scored else "-",
                  str(sum(r.scorecard.fatal for r in scored)),
                  str(sum(len(r.scorecard.findings) for r in scored)))
    console.print()
    console.print(table)
    if out:
        console.print(f"Delta tables written to {out}/{{calls,segments,findings,activity}}/"
                      + (f"  ({elapsed:.1f} s)" if elapsed is not None else ""))
    elif elapsed is not None:
        console.print(f"({elapsed:.1f} s)", style="dim")


def print_diff(diff, console: Console, title: str = "", limit: int = 50) -> None:
    """What a rescoring changed: totals, flipped calls, score deltas, findings per rule."""
    flipped = diff.flipped
    console.print()
    console.print(Text(f"diff {title}", style="bold"))
    console.print(f"{diff.compared} call(s) compared, {len(diff.changes)} changed, {len(flipped)} flipped "
                  f"({sum(1 for c in flipped if c.new_passed)} now pass, {sum(1 for c in flipped if not c.new_passed)} now fail)")
    if diff.changes:
        table = Table("call", "date", "pass", "score", "Δ", "findings added", "findings removed", header_style="bold")
        for c in sorted(diff.changes, key=lambda c: (not c.flipped, -abs(c.delta), c.call_id))[:limit]:
            verdict = lambda p: "-" if p is None else ("PASS" if p else "FAIL")  # noqa: E731
            table.add_row(c.call_id, c.date, f"{verdict(c.old_passed)}→{verdict(c.new_passed)}",
                          f"{c.old_score if c.old_score is not None else '-'}→{c.new_score if c.new_score is not None else '-'}",
                          f"{c.delta:+g}", " ".join(f"{r}@{t:g}s" for r, _, t in c.added),
                          " ".join(f"{r}@{t:g}s" for r, _, t in c.removed))
        console.print(table)
        if len(diff.changes) > limit:
            console.print(f"… {len(diff.changes) - limit} more (save them all with --diff-csv / --csv)", style="dim")
    rules = diff.per_rule()
    if rules:
        table = Table("rule", "added", "removed", title="findings per rule", header_style="bold")
        for rule, (added, removed) in rules.items():
            table.add_row(rule, str(added), str(removed))
        console.print(table)
