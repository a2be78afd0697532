"""DuckDB over an output directory: the QA lead's read-only SQL.

Views ``calls``, ``segments``, ``findings``, ``activity`` (and the review loop's ``agents``,
``review_queue``, ``suspects``, ``reviews``, ``appeals``) read the Delta tables through Arrow
(``DeltaTable.to_pyarrow_dataset()``; DuckDB's own ``delta`` extension needs the internet to
install), at the latest version or ``as_of`` an earlier one. DuckDB's time zone is the call
center's (``CALLQA_TZ``), so ``current_date`` and ``now()`` are the center's. The view
``waived`` (``call_id``, ``finding_id``, ``why``) lists the findings that no longer count
(rejected by their reviewers or overturned on appeal: :mod:`callqa.pipelines.review.waivers`).

Read-only for QA leads: only queries run (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN); statements
that write, copy out, attach databases, install or load extensions are refused, and files
outside the output cannot be read (DuckDB's ``enable_external_access`` off, configuration
locked) unless an operator passes ``allow_files``.
"""
from __future__ import annotations

from pathlib import Path

from callqa.pipelines.review.waivers import WAIVED_SQL
from callqa.pipelines.sink.schema import DATASETS, REVIEW_TABLES, delta_schema
from callqa.pipelines.sink.tables import is_remote, open_table, resolve_as_of


class QueryRefused(ValueError):
    """SQL that would change or leave the output directory."""


def connect(out: str | Path, as_of: str | None = None, allow_files: bool = False):
    """An in-memory DuckDB connection with one view per dataset (empty views when absent)."""
    import duckdb

    from callqa.pipelines.inputs.recordings import center_tz

    if not is_remote(out) and not Path(out).is_dir():
        raise FileNotFoundError(f"{out}: output directory not found (run `callqa run` or `callqa score` first)")
    snapshot = resolve_as_of(out, as_of)
    con = duckdb.connect()
    con.execute(f"SET TimeZone = '{getattr(center_tz(), 'key', 'UTC')}'")
    for name in (*DATASETS, *REVIEW_TABLES):
        dt = open_table(out, name, snapshot)
        source = dt.to_pyarrow_dataset() if dt is not None else delta_schema(name).empty_table()
        con.register(f"_{name}_source", source)
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}_source")
    con.execute(f"CREATE VIEW waived AS {WAIVED_SQL}")
    if not allow_files:
        con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def check_read_only(con, sql: str) -> None:
    """Refuses any statement that is not a query, naming it."""
    import duckdb

    allowed = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
    for stmt in con.extract_statements(sql):
        if stmt.type not in allowed:
            words = " ".join(stmt.query.split()[:3])
            raise QueryRefused(f"refused: «{words} …» is a {stmt.type.name} statement; callqa query only reads "
                               "(SELECT / WITH / DESCRIBE / SHOW / EXPLAIN)")


def run_query(out: str | Path, sql: str, as_of: str | None = None, allow_files: bool = False):
    """Returns (column names, rows)."""
    import duckdb

    if not duckdb.extract_statements(sql):     # '', ';' or only a comment: said before the tables are opened
        raise QueryRefused(f"query {sql!r}: no SQL statement to run (e.g. callqa query \"SELECT count(*) FROM calls\")")
    con = connect(out, as_of, allow_files)
    check_read_only(con, sql)
    try:
        cur = con.execute(sql)
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"refused: {exc} (callqa query reads only the output's tables; "
                           "an operator may pass --allow-files to read other files)") from None
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, cur.fetchall()
