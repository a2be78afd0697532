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
    """The dataset's DeltaTable (at ``as_of`` when given), or None when it was never written
    (or not yet at ``as_of``)."""
    from deltalake import DeltaTable

    check_layout(out)
    uri = table_uri(out, dataset)
    if not DeltaTable.is_deltatable(uri):
        return None
    dt = DeltaTable(uri)
    if as_of is not None and as_of.ms is not None:
        version = _version_at(dt, dataset, as_of)
        if version is None:
            return None
        if version != dt.version():
            dt.load_as_version(version)
        _check_files(out, dt, dataset, as_of)
    return dt


def _history(dt) -> list[dict]:
    """The table's commit log (``DeltaTable.history()``, read only), once per table version: a
    snapshot is resolved on ``calls`` and then looked up in every table it reads (``diff``: two
    snapshots, four reads), and a nightly output's log holds thousands of commits."""
    key = (dt.table_uri, dt.version())
    history = _HISTORIES.get(key)
    if history is None:
        if len(_HISTORIES) >= 16:
            _HISTORIES.clear()
        history = _HISTORIES[key] = dt.history()
    return history


_HISTORIES: dict[tuple[str, int], list[dict]] = {}


def _version_at(dt, dataset: str, as_of: "Snapshot") -> int | None:
    """The table's last version committed at or before the snapshot (None: it did not exist
    yet), found from the commit times its own log records. delta-rs's ``load_as_version(time)``
    goes by the log files' modification times instead: 5 ms of difference between a commit's
    time and its file's, or an output copied with ``cp -r``, and it silently read an older
    version — and any time before the first commit read version 0."""
    history = _history(dt)
    past = [h["version"] for h in history if h["timestamp"] <= as_of.ms]
    if past:
        return max(past)
    if min((h["version"] for h in history), default=0) > 0:
        raise ValueError(f"{as_of.label}: {dataset} holds no version that old any more "
                         "(removed by `callqa compact`; `callqa runs --out DIR` lists the runs)")
    return None


def _check_files(out: str | Path, dt, dataset: str, as_of: "Snapshot") -> None:
    """A version whose data files ``callqa compact`` removed is refused here, by name, rather
    than failing later in the reader with a missing-file error."""
    if is_remote(out):
        return
    missing = [u for u in dt.file_uris() if not Path(u.removeprefix("file://")).exists()]
    if missing:
        raise ValueError(f"{as_of.label}: {dataset} at that point can no longer be read: "
                         f"{len(missing)} of its files were removed by `callqa compact` (it keeps "
                         "--keep-days of history)")


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
    """A point in the output's history all tables are read at (None: the latest): ``ms`` is a
    commit time as the tables' logs record it (milliseconds since 1970, UTC); each table is read
    at its last version committed by then."""
    label: str
    ms: int | None

    @property
    def timestamp(self) -> datetime | None:
        return _commit_time(self.ms) if self.ms is not None else None


def resolve_as_of(out: str | Path, as_of: str | None) -> Snapshot | None:
    """``RUN_ID`` (the state right after that run's last commit), a ``calls`` version number,
    or an ISO timestamp → the moment every table is read at. A clear error when unknown."""
    if as_of is None or as_of == "":
        return None
    calls = open_table(out, "calls")
    if calls is None:
        raise ValueError(f"{out}: nothing written yet, so no --as-of {as_of}")
    history = _history(calls)
    if as_of.isdigit():
        version = int(as_of)
        match = [h for h in history if h.get("version") == version]
        if not match:
            raise ValueError(f"--as-of {as_of}: calls has versions 0–{calls.version()}"
                             " (older ones may have been removed by `callqa compact`)")
        return Snapshot(f"version {version}", int(match[0]["timestamp"]))
    runs = [h for h in history if h.get(RUN_KEY) == as_of]
    if runs:
        return Snapshot(f"run {as_of}", max(int(h["timestamp"]) for h in runs))
    try:
        ts = datetime.fromisoformat(as_of)
    except ValueError:
        raise ValueError(f"--as-of {as_of}: not a run id of {out}, a version number or an ISO timestamp "
                         "(`callqa runs --out DIR` lists the runs)") from None
    if ts.tzinfo is None:
        from callqa.pipelines.inputs.recordings import center_tz
        ts = ts.replace(tzinfo=center_tz())
    first = min(int(h["timestamp"]) for h in history)
    ms = int(ts.timestamp() * 1000)
    if ms < first and min(h["version"] for h in history) == 0:
        raise ValueError(f"--as-of {as_of}: {out} was first written at "
                         f"{_commit_time(first).astimezone(ts.tzinfo).isoformat(timespec='seconds')}"
                         ": nothing to read before that")
    return Snapshot(as_of, ms)


def _commit_time(ms: int) -> datetime:
    """A commit time as the logs record it (milliseconds since 1970) as a UTC datetime."""
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


def run_history(out: str | Path) -> list[dict]:
    """One entry per run that wrote calls: run id, kind, first and last commit, calls version."""
    calls = open_table(out, "calls")
    if calls is None:
        return []
    runs: dict[str, dict] = {}
    for h in sorted(_history(calls), key=lambda h: h["version"]):
        run = h.get(RUN_KEY)
        if not run:
            continue
        entry = runs.setdefault(run, {"run_id": run, "kind": h.get(KIND_KEY), "first": _commit_time(h["timestamp"]),
                                      "commits": 0})
        entry.update(last=_commit_time(h["timestamp"]), version=h["version"])
        entry["commits"] += 1
    return list(runs.values())
