"""The report's tables as an Excel workbook (``callqa report --format xlsx``): a 概览 sheet
with the headline figures against the previous period, then one sheet per table with the
same columns as the page. Cells hold raw numbers with number formats, so leads can sort,
filter and chart them in Excel or WPS.
"""
from __future__ import annotations

from pathlib import Path

from .figures import Report, Table

FORMATS = {"int": "#,##0", "pct": "0.0%", "pp": '+0.0%;-0.0%;0.0%', "num": "0.0", "delta": "+0.0;-0.0;0.0"}
ORDER = ("teams", "daily", "problems", "examples", "tariff", "repeats", "agents", "scores")


def _sheet_name(title: str, used: set[str]) -> str:
    name = "".join(ch for ch in title if ch not in '[]:*?/\\')[:31]
    base, n = name, 2
    while name in used:
        name = f"{base[:28]}({n})"
        n += 1
    used.add(name)
    return name


def _write_table(ws, table: Table, start_row: int = 1) -> None:
    from openpyxl.styles import Font, PatternFill

    head = PatternFill("solid", fgColor="EEF2F6")
    for j, col in enumerate(table.columns, 1):
        cell = ws.cell(row=start_row, column=j, value=col.label)
        cell.font, cell.fill = Font(bold=True), head
        width = max([len(col.label) * 2] + [len(str(r.get(col.key) or "")) for r in table.rows[:200]])
        ws.column_dimensions[cell.column_letter].width = min(60, max(8, width + 2))
    for i, row in enumerate(table.rows, start_row + 1):
        for j, col in enumerate(table.columns, 1):
            cell = ws.cell(row=i, column=j, value=row.get(col.key))
            if col.kind in FORMATS:
                cell.number_format = FORMATS[col.kind]
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    if table.note:
        ws.cell(row=start_row + len(table.rows) + 2, column=1, value=table.note)


def write_workbook(report: Report, path: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "概览"
    ws["A1"], ws["A1"].font = report.title, Font(bold=True, size=14)
    ws["A2"] = f"范围:{report.scope};对比:{report.previous.label};数据:{report.out}"
    unit = report.period.unit
    for j, label in enumerate(("指标", f"本{unit}", f"上{unit}", "变化", "说明"), 1):
        ws.cell(row=4, column=j, value=label).font = Font(bold=True)
    for i, k in enumerate(report.kpis, 5):
        change = None if k.value is None or k.previous is None else k.value - k.previous
        fmt = FORMATS.get(k.kind, "General")
        for j, value in enumerate((k.label, k.value, k.previous, change, k.note), 1):
            cell = ws.cell(row=i, column=j, value=value)
            if 2 <= j <= 4:
                cell.number_format = FORMATS["pp"] if (j == 4 and k.kind == "pct") else fmt
    ws.column_dimensions["A"].width, ws.column_dimensions["E"].width = 28, 40
    used = {"概览"}
    for key in ORDER:
        table = report.tables[key]
        _write_table(wb.create_sheet(_sheet_name(table.title, used)), table)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
