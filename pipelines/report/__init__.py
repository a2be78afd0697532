"""The monthly / weekly quality report (质检月报 / 周报) for QA leads: figures from DuckDB
(:mod:`.figures`), charts (:mod:`.charts`), one self-contained HTML page (:mod:`.page`) and
an Excel workbook (:mod:`.xlsx`) of the same tables."""
from . import period
from .figures import Report, Table, build_report
from .page import render
from .xlsx import write_workbook

__all__ = ["Report", "Table", "build_report", "period", "render", "write_workbook"]
