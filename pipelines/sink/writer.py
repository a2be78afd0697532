"""Writing results so that a crash never corrupts them and a re-run never duplicates them.

Each partition of each dataset is one file, ``<out>/<dataset>/date=D/part-0.parquet``. A write
reads the partition, drops the rows of the calls being written (so rescoring a call replaces
it), appends the new rows, writes the result under a temporary name in the same directory and
renames it over the old file: readers see the old file or the new one, never half of one.
Writers take an exclusive lock on ``<out>/.callqa.lock`` for the whole read-modify-write, so
two runs writing one output directory (a nightly batch and a rescore) cannot lose each
other's rows; they wait for each other instead.
"""
from __future__ import annotations

import contextlib
import os
import uuid
from collections import defaultdict
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one writer per output directory there
    fcntl = None

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from callqa.pipelines.sink.schema import DATASETS, PARTITION, table

PART_NAME = "part-0.parquet"


def partition_file(out: Path, dataset: str, date: str) -> Path:
    return Path(out) / dataset / f"{PARTITION}={date}" / PART_NAME


def _atomic_write(tbl: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(tbl, tmp, compression="zstd")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_partition(out: Path, dataset: str, date: str) -> pa.Table | None:
    path = partition_file(out, dataset, date)
    if not path.is_file():
        return None
    return pq.read_table(path, schema=DATASETS[dataset])


LOCK_NAME = ".callqa.lock"


@contextlib.contextmanager
def write_lock(out: Path):
    """Exclusive advisory lock on an output directory (blocks until the other writer is done)."""
    out.mkdir(parents=True, exist_ok=True)
    if fcntl is None:
        yield
        return
    with open(out / LOCK_NAME, "a+b") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def upsert(out: str | Path, rows_by_dataset: dict[str, list[dict]]) -> dict[str, int]:
    """Writes rows (each carrying ``date`` and ``call_id``) replacing those calls' old rows.

    Every call's rows in every dataset are replaced together: a call rescored with fewer
    findings loses its old findings too. Returns rows written per dataset.
    """
    out = Path(out)
    with write_lock(out):
        return _upsert(out, rows_by_dataset)


def write_results(out: str | Path, results: list, run_id: str) -> dict[str, int]:
    """The one write path: every run (nightly, score, rescore, …) hands its finished
    ``CallResult`` objects here; rows are built from the one schema and committed together."""
    from callqa.pipelines.record import add_rows

    rows: dict[str, list[dict]] = {name: [] for name in DATASETS}
    for r in results:
        add_rows(rows, r, run_id)
    return upsert(out, rows)


def _upsert(out: Path, rows_by_dataset: dict[str, list[dict]]) -> dict[str, int]:
    # Which calls, in which partitions, this write owns; a call whose date changed since it
    # was last written (a corrected started_at, a touched file) is removed from its old one.
    owned: dict[str, set[str]] = defaultdict(set)
    for row in rows_by_dataset.get("calls", []):
        owned[row[PARTITION]].add(row["call_id"])
    all_ids = {cid for ids in owned.values() for cid in ids}
    for date, ids in _partitions_holding(out, all_ids).items():
        owned[date] |= ids
    written = {}
    # calls last: it is the record that a call's other rows are complete.
    for dataset in sorted(DATASETS, key=lambda d: d == "calls"):
        rows = rows_by_dataset.get(dataset, [])
        by_date: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            by_date[row[PARTITION]].append(row)
        written[dataset] = len(rows)
        for date in sorted(set(by_date) | set(owned)):
            new = table(dataset, by_date.get(date, []))
            old = read_partition(out, dataset, date)
            if old is not None:
                call_ids = pa.array(sorted(owned[date] | {r["call_id"] for r in by_date.get(date, [])}),
                                    pa.string())
                old = old.filter(pc.invert(pc.is_in(old["call_id"], value_set=call_ids)))
                new = pa.concat_tables([old, new])
            if new.num_rows == 0 and old is None:
                continue
            _atomic_write(new, partition_file(out, dataset, date))
    return written


def _partitions_holding(out: Path, call_ids: set[str]) -> dict[str, set[str]]:
    """date → those of ``call_ids`` already stored in that calls partition (reads one column)."""
    found: dict[str, set[str]] = {}
    if not call_ids:
        return found
    wanted = pa.array(sorted(call_ids), pa.string())
    for path in (out / "calls").glob(f"{PARTITION}=*/{PART_NAME}"):
        ids = pq.read_table(path, columns=["call_id"])["call_id"]
        hit = ids.filter(pc.is_in(ids, value_set=wanted)).to_pylist()
        if hit:
            found[path.parent.name.split("=", 1)[1]] = set(hit)
    return found


def read_dataset(out: str | Path, dataset: str, call_ids: set[str] | None = None) -> pa.Table:
    """All partitions of one dataset (only the rows of ``call_ids`` when given, filtered while
    reading), with the ``date`` column restored."""
    tables = []
    where = [("call_id", "in", sorted(call_ids))] if call_ids is not None else None
    for path in sorted((Path(out) / dataset).glob(f"{PARTITION}=*/{PART_NAME}")):
        if call_ids is not None and not call_ids:
            break
        tbl = pq.read_table(path, schema=DATASETS[dataset], filters=where)
        date = path.parent.name.split("=", 1)[1]
        tables.append(tbl.append_column(PARTITION, pa.array([date] * tbl.num_rows, pa.string())))
    if not tables:
        schema = DATASETS[dataset].append(pa.field(PARTITION, pa.string()))
        return schema.empty_table()
    return pa.concat_tables(tables)
