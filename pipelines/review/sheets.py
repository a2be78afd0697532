"""The files people fill in (reviewer files, appeals, rosters): CSV or XLSX, read and written
the same way, every problem reported with the file and the row."""
from __future__ import annotations

import csv
from pathlib import Path


class SheetError(ValueError):
    """A file people filled in that cannot be used; the message names the file and the row."""


def read_rows(path: str | Path, required: tuple[str, ...] = ()) -> list[tuple[int, dict]]:
    """(row number as a spreadsheet shows it, {column: text}) for every non-empty row of a CSV
    or XLSX file (the first sheet); values are stripped strings, empty cells ''."""
    path = Path(path)
    if path.is_dir():
        raise SheetError(f"{path}: a folder; give the CSV or XLSX file itself")
    if not path.is_file():
        raise SheetError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with open(path, newline="", encoding="utf-8-sig") as f:
            table = list(csv.reader(f))
    elif suffix in (".xlsx", ".xlsm"):
        import openpyxl
        try:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zip or XML damage: say which file
            raise SheetError(f"{path}: not a readable XLSX workbook ({exc})") from None
        table = [["" if v is None else _cell(v) for v in row] for row in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
    else:
        raise SheetError(f"{path}: expected a .csv or .xlsx file")
    if not table:
        raise SheetError(f"{path}: empty file (expected a header row)")
    header = [h.strip() for h in table[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise SheetError(f"{path}: missing column(s) {', '.join(missing)} (header: {', '.join(h for h in header if h)})")
    rows = []
    for n, values in enumerate(table[1:], start=2):
        row = {h: (values[i].strip() if i < len(values) else "") for i, h in enumerate(header) if h}
        if any(row.values()):
            rows.append((n, row))
    return rows


def read_day(value: str, column: str, where: str) -> str | None:
    """A day column of a filled-in file as YYYY-MM-DD (None when empty): YYYY-MM-DD or
    YYYYMMDD, or an Excel date cell; else a SheetError naming the row, column and value."""
    if not value:
        return None
    from callqa.pipelines.inputs.recordings import StoreError, parse_day

    text = value[:-len("T00:00:00")] if value.endswith("T00:00:00") else value     # an Excel date cell
    try:
        return parse_day(text, column, relative=False)
    except StoreError as exc:
        raise SheetError(f"{where}: {exc}") from None


def _cell(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly."""
    with open(path, "w", newline="", encoding="utf-8-sig") as f:
        w = csv.DictWriter(f, columns, extrasaction="ignore")
        w.writeheader()
        w.writerows({c: "" if r.get(c) is None else r.get(c) for c in columns} for r in rows)


def write_xlsx(path: Path, columns: list[str], rows: list[dict], sheet: str, choices: dict[str, list[str]] | None = None,
               widths: dict[str, int] | None = None, notes: list[str] | None = None, text: tuple[str, ...] = ()) -> None:
    """One sheet with a bold frozen header, drop-down lists for ``choices`` columns, ``text``
    columns kept as typed (Excel would read a time ``01:23`` as 1 h 23 min) and an optional
    second sheet ``说明`` of instructions."""
    import openpyxl
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r.get(c) for c in columns])
    ws.freeze_panes = "A2"
    last = max(2, len(rows) + 1) + 200          # room for rows reviewers add (missed findings)
    for name, values in (choices or {}).items():
        col = get_column_letter(columns.index(name) + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
        dv.add(f"{col}2:{col}{last}")
        ws.add_data_validation(dv)
    for name in text:
        col = columns.index(name) + 1
        for r in range(2, last + 1):
            ws.cell(row=r, column=col).number_format = "@"
    for name, width in (widths or {}).items():
        ws.column_dimensions[get_column_letter(columns.index(name) + 1)].width = width
    if notes:
        help_ws = wb.create_sheet("说明")
        for line in notes:
            help_ws.append([line])
        help_ws.column_dimensions["A"].width = 110
    wb.save(path)


def parse_seconds(text: str) -> float | None:
    """A time in a call as reviewers write it: seconds (``83.4``) or ``mm:ss(.s)``; '' → None."""
    text = text.strip()
    if not text:
        return None
    parts = text.split(":")
    if len(parts) > 3:
        raise ValueError(f"time {text!r}: expected seconds or mm:ss")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    if total < 0:
        raise ValueError(f"time {text!r} is negative")
    return total
