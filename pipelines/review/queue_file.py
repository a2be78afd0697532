"""The reviewers' file: the queue as a CSV and an XLSX workbook people fill in and hand back
to ``callqa review import``.

One row per listed finding (the call's top findings by points, fatal first), the call's
columns repeated; a call without findings gets one row. Reviewers fill ``verdict``
(confirm / reject), ``comment``, ``reviewer`` and, on any row of the call, ``reviewer_score``;
a problem the machine missed is a new row with the call id, ``verdict`` = missed, the rule
code, the time ``at`` and a comment.
"""
from __future__ import annotations

from pathlib import Path

from callqa.pipelines.review.sheets import write_csv, write_xlsx
from callqa.pipelines.sink.tables import is_remote, read_dataset

COLUMNS = ["priority", "call_id", "agent_id", "team", "time", "reason", "why", "score",
           "finding_id", "rule_id", "check", "severity", "points", "at", "heard", "explanation", "clip",
           "verdict", "comment", "reviewer", "reviewer_score"]
VERDICT_COLUMNS = ("verdict", "comment", "reviewer", "reviewer_score")
VERDICTS = ["confirm", "reject", "missed"]
NOTES = [
    "抽检复核说明 (callqa review import 读取本文件)",
    "每行一条机器发现的问题 (finding_id)。verdict 填 confirm (确认) 或 reject (驳回/误报),comment 填理由,reviewer 填复核人。",
    "reviewer_score: 复核人对整通电话的评分 (0-100),填在该通话任一行即可。",
    "机器漏检的问题: 新增一行,填 call_id、verdict = missed、rule_id (规则编号,如 QA121)、at (时间,秒或 分:秒)、comment。",
    "不要修改 call_id、finding_id 列;未填 verdict 的行不导入。同一文件重复导入不会改变结果。",
    "驳回 (reject) 的问题不再扣分:该通话重新计分,生成新版本,原分数可用 callqa query --as-of 查看。",
]


def clock(seconds: float | None) -> str:
    """``mm:ss.s`` (what reviewers read and may write back; seconds are accepted too)."""
    if seconds is None:
        return ""
    m, s = divmod(max(0.0, float(seconds)), 60)
    return f"{int(m):02d}:{s:04.1f}"


def file_rows(out: str | Path, queue_rows: list[dict], per_call: int = 5,
              clips: dict[str, str] | None = None) -> list[dict]:
    """The reviewer file's rows for the queued calls; ``clips``: finding_id → clip path."""
    from callqa.pipelines.inputs.recordings import center_tz

    ids = {r["call_id"] for r in queue_rows}
    findings: dict[str, list[dict]] = {}
    for f in read_dataset(out, "findings", ids, dates={r["date"] for r in queue_rows}).to_pylist():
        findings.setdefault(f["call_id"], []).append(f)
    tz = center_tz()
    rows = []
    for q in sorted(queue_rows, key=lambda r: (r["priority"], r["call_id"])):
        call = {"priority": q["priority"], "call_id": q["call_id"], "agent_id": q["agent_id"], "team": q["team"],
                "time": q["started_at"].astimezone(tz).strftime("%Y-%m-%d %H:%M") if q["started_at"] else q["date"],
                "reason": q["reason"], "why": q["why"], "score": q["score"]}
        top = sorted(findings.get(q["call_id"], []),
                     key=lambda f: (not f["fatal"], -(f["points"] or 0), f["start"] if f["start"] is not None else 1e9))
        for f in top[:per_call] or [None]:
            row = dict(call)
            if f is not None:
                row.update(finding_id=f["finding_id"], rule_id=f["rule_id"], check=f["check"], severity=f["severity"],
                           points="fatal" if f["fatal"] else f["points"], at=clock(f["start"]), heard=f["text"],
                           explanation=f["explanation"], clip=(clips or {}).get(f["finding_id"]))
            rows.append(row)
    return rows


def write_queue_files(out: str | Path, queue, config, directory: str | Path | None = None,
                      clips: dict[str, str] | None = None) -> tuple[Path, Path]:
    """Writes ``queue-<period>.csv`` and ``.xlsx`` (default folder ``<out>/review/``)."""
    if directory is None:
        if is_remote(out):
            raise ValueError(f"{out}: give a local folder for the reviewer files")
        directory = Path(out) / "review"
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rows = file_rows(out, queue.rows, config.findings_per_call, clips)
    csv_path, xlsx_path = directory / f"queue-{queue.period.label}.csv", directory / f"queue-{queue.period.label}.xlsx"
    write_csv(csv_path, COLUMNS, rows)
    write_xlsx(xlsx_path, COLUMNS, rows, "抽检", choices={"verdict": VERDICTS},
               widths={"call_id": 16, "why": 30, "finding_id": 18, "heard": 40, "explanation": 50, "comment": 30},
               notes=NOTES, text=("at",))
    return csv_path, xlsx_path
