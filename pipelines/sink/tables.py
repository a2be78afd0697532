"""Where the Delta tables live and how they are read: the readers' half of the sink.

Each dataset of :mod:`.schema` is a Delta Lake table ``<out>/<dataset>/`` partitioned by the
call center's local ``date``. Readers always go through the table's transaction log (never
by globbing Parquet files, which also hold superseded versions), at the latest version or
``as_of`` an earlier one: a run id, a version number of the ``calls`` table, or a timestamp.
``out`` may be a local directory or an object-store URI (``s3://bucket/qa``; credentials
from the usual ``AWS_*`` environment variables, see docs/operations.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from callqa.pipelines.inputs.recordings import is_uri

from .schema import DATASETS, PARTITION, delta_schema

RUN_KEY = "callqa.run_id"       # commit metadata: which run wrote a version
KIND_KEY = "callqa.kind"        # nightly | score | rescore | retranscribe | migrate | …


class LegacyLayout(RuntimeError):
    """An output directory written by callqa before Delta tables (plain Parquet partitions)."""


def is_remote(out: str | Path) -> bool:
    """An object-store URI (``s3://…``) rather than a local directory."""
    return is_uri(str(out))


def table_uri(out: str | Path, dataset: str) -> str:
    if is_remote(out):
        return f"{str(out).rstrip('/')}/{dataset}"
    return str(Path(out).resolve() / dataset)


LEGACY_PART = "part-0.parquet"  # the one file per partition that callqa wrote before Delta tables


def check_layout(out: str | Path) -> None:
    """Refuses an output directory in the old plain-Parquet layout, never mixing the two.

    Only the old layout's own file name counts: a table another writer is creating at this
    moment (or one whose first commit was killed) holds Delta data files before its
    ``_delta_log`` exists, and is not an old output."""
    if is_remote(out):
        return
    for name in DATASETS:
        root = Path(out) / name
        if root.is_dir() and not (root / "_delta_log").is_dir() and any(root.glob(f"{PARTITION}=*/{LEGACY_PART}")):
            raise LegacyLayout(f"{out}: written by an older callqa (plain Parquet files in {root}); "
                               f"convert it once with `callqa migrate --out {out}`")


def open_table(out: str | Path, dataset: str, as_of: "Snapshot | None" = None):
    """The dataset's DeltaTable (at ``as_of`` when given), or None when it was never written."""
    from deltalake import DeltaTable

    check_layout(out)
    uri = table_uri(out, dataset)
    if not DeltaTable.is_deltatable(uri):
        return None
    dt = DeltaTable(uri)
    if as_of is not None and as_of.timestamp is not None:
        try:
            dt.load_as_version(as_of.timestamp)
        except Exception:  # the table did not exist yet at that time
            return None
    return dt


def read_dataset(out: str | Path, dataset: str, call_ids: set[str] | None = None,
                 as_of: "Snapshot | None" = None, columns: list[str] | None = None,
                 dates: set[str] | None = None) -> pa.Table:
    """Rows of one dataset (only ``call_ids`` / ``dates`` when given, filtered while reading),
    ``date`` column included; an empty table of the right schema when nothing is stored."""
    schema = delta_schema(dataset)
    if call_ids is not None and not call_ids:
        return _project(schema.empty_table(), columns)
    dt = open_table(out, dataset, as_of)
    if dt is None:
        return _project(schema.empty_table(), columns)
    where = None
    if dates is not None:
        where = pc.field(PARTITION).isin(sorted(dates))
    if call_ids is not None:
        ids = pc.field("call_id").isin(sorted(call_ids))
        where = ids if where is None else where & ids
    data = dt.to_pyarrow_dataset()
    missing = [n for n in (columns or schema.names) if n not in data.schema.names]
    tbl = data.to_table(columns=[n for n in columns if n not in missing] if columns else None, filter=where)
    for name in missing:        # a column the schema gained after this table was last written: null
        tbl = tbl.append_column(schema.field(name), pa.nulls(tbl.num_rows, schema.field(name).type))
    return tbl.select(columns) if columns else tbl.select(schema.names).cast(schema)


def _project(tbl: pa.Table, columns: list[str] | None) -> pa.Table:
    return tbl.select(columns) if columns else tbl


@dataclass(frozen=True)
class Snapshot:
    """A point in the output's history all tables are read at (None: the latest)."""
    label: str
    timestamp: datetime | None


def resolve_as_of(out: str | Path, as_of: str | None) -> Snapshot | None:
    """``RUN_ID`` (the state right after that run's last commit), a ``calls`` version number,
    or an ISO timestamp → the moment every table is read at. A clear error when unknown."""
    if as_of is None or as_of == "":
        return None
    calls = open_table(out, "calls")
    if calls is None:
        raise ValueError(f"{out}: nothing written yet, so no --as-of {as_of}")
    history = calls.history()
    if as_of.isdigit():
        version = int(as_of)
        match = [h for h in history if h.get("version") == version]
        if not match:
            raise ValueError(f"--as-of {as_of}: calls has versions 0–{calls.version()}"
                             " (older ones may have been removed by `callqa compact`)")
        return Snapshot(f"version {version}", _commit_time(match[0]))
    runs = [h for h in history if h.get(RUN_KEY) == as_of]
    if runs:
        return Snapshot(f"run {as_of}", max(_commit_time(h) for h in runs))
    try:
        ts = datetime.fromisoformat(as_of)
    except ValueError:
        raise ValueError(f"--as-of {as_of}: not a run id of {out}, a version number or an ISO timestamp "
                         "(`callqa runs --out DIR` lists the runs)") from None
    if ts.tzinfo is None:
        from callqa.pipelines.inputs.recordings import center_tz
        ts = ts.replace(tzinfo=center_tz())
    return Snapshot(as_of, ts.astimezone(timezone.utc))


def _commit_time(entry: dict) -> datetime:
    return datetime.fromtimestamp(entry["timestamp"] / 1000, tz=timezone.utc)


def run_history(out: str | Path) -> list[dict]:
    """One entry per run that wrote calls: run id, kind, first and last commit, calls version."""
    calls = open_table(out, "calls")
    if calls is None:
        return []
    runs: dict[str, dict] = {}
    for h in sorted(calls.history(), key=lambda h: h["version"]):
        run = h.get(RUN_KEY)
        if not run:
            continue
        entry = runs.setdefault(run, {"run_id": run, "kind": h.get(KIND_KEY), "first": _commit_time(h),
                                      "commits": 0})
        entry.update(last=_commit_time(h), version=h["version"])
        entry["commits"] += 1
    return list(runs.values())
