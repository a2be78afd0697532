"""DuckDB over an output directory: views ``calls``, ``segments`` and ``findings``."""
from __future__ import annotations

from pathlib import Path

from callqa.pipelines.sink.schema import DATASETS
from callqa.pipelines.sink.writer import read_dataset


def connect(out: str | Path):
    """An in-memory DuckDB connection with one view per dataset (empty views when absent)."""
    import duckdb

    out = Path(out)
    if not out.is_dir():
        raise FileNotFoundError(f"{out}: output directory not found (run `callqa run` or `callqa score` first)")
    con = duckdb.connect()
    for name in DATASETS:
        files = list((out / name).glob("date=*/*.parquet"))
        if files:
            glob = ((out / name).as_posix() + "/date=*/*.parquet").replace("'", "''")   # a quote in the path
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
        else:  # keep queries valid on an output with, say, no findings yet
            con.register(f"_{name}_empty", read_dataset(out, name))
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}_empty")
    return con


def run_query(out: str | Path, sql: str):
    """Returns (column names, rows)."""
    con = connect(out)
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, cur.fetchall()
