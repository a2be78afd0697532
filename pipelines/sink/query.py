"""DuckDB over an output directory: the QA lead's read-only SQL.

Views ``calls``, ``segments``, ``findings``, ``activity`` read the Delta tables through Arrow
(``DeltaTable.to_pyarrow_dataset()``; DuckDB's own ``delta`` extension needs the internet to
install), at the latest version or ``as_of`` an earlier one. DuckDB's time zone is the call
center's (``CALLQA_TZ``), so ``current_date`` and ``now()`` are the center's.
"""
from __future__ import annotations

from pathlib import Path

from callqa.pipelines.sink.schema import DATASETS, delta_schema
from callqa.pipelines.sink.tables import is_remote, open_table, resolve_as_of


def connect(out: str | Path, as_of: str | None = None):
    """An in-memory DuckDB connection with one view per dataset (empty views when absent)."""
    import duckdb

    from callqa.pipelines.inputs.recordings import center_tz

    if not is_remote(out) and not Path(out).is_dir():
        raise FileNotFoundError(f"{out}: output directory not found (run `callqa run` or `callqa score` first)")
    snapshot = resolve_as_of(out, as_of)
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{getattr(center_tz(), 'key', 'UTC')}'")
    for name in DATASETS:
        dt = open_table(out, name, snapshot)
        source = dt.to_pyarrow_dataset() if dt is not None else delta_schema(name).empty_table()
        con.register(f"_{name}_source", source)
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}_source")
    return con


def run_query(out: str | Path, sql: str, as_of: str | None = None):
    """Returns (column names, rows)."""
    con = connect(out, as_of)
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, cur.fetchall()
