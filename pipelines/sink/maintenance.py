"""Keeping an output directory healthy: converting the old layout once, compacting small
files and removing versions past retention."""
from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from callqa.pipelines.sink.schema import DATASETS, PARTITION, PROTECTED, REVIEW_TABLES, delta_schema
from callqa.pipelines.sink.tables import KIND_KEY, LEGACY_PART, RUN_KEY, is_remote, open_table

LEGACY_DIR = ".legacy-parquet"
DEFAULT_KEEP_DAYS = 30


def migrate(out: str | Path) -> dict[str, int]:
    """Converts an output written by callqa before Delta tables (``<dataset>/date=D/part-0.parquet``)
    into Delta tables, in place; the old files are kept under ``<out>/.legacy-parquet/`` until
    you delete them. Returns rows converted per dataset; {} when there was nothing to convert."""
    from deltalake import CommitProperties, write_deltalake

    out = Path(out)
    converted = {}
    for name in DATASETS:
        root = out / name
        if not root.is_dir() or (root / "_delta_log").is_dir():
            continue
        parts = sorted(root.glob(f"{PARTITION}=*/{LEGACY_PART}"))
        if not parts:
            continue
        staging = out / f".{name}.migrating"
        shutil.rmtree(staging, ignore_errors=True)
        rows = 0
        for path in parts:    # one partition at a time: memory stays that of one day
            old = pq.read_table(path)
            date = path.parent.name.split("=", 1)[1]
            old = old.append_column(PARTITION, pa.array([date] * old.num_rows, pa.string()))
            schema = delta_schema(name)
            tbl = pa.table({f.name: (old[f.name].cast(f.type) if f.name in old.column_names
                                     else pa.nulls(old.num_rows, f.type)) for f in schema}, schema=schema)
            write_deltalake(str(staging), tbl, partition_by=[PARTITION], mode="append",
                            commit_properties=CommitProperties(custom_metadata={KIND_KEY: "migrate",
                                                                                RUN_KEY: "migrate"}))
            rows += tbl.num_rows
        legacy = out / LEGACY_DIR / name
        legacy.parent.mkdir(parents=True, exist_ok=True)
        root.rename(legacy)
        staging.rename(root)
        converted[name] = rows
    return converted


def compact(out: str | Path, keep_days: int = DEFAULT_KEEP_DAYS) -> dict[str, dict]:
    """Rewrites each table's small files into large ones, then removes files that no version
    within ``keep_days`` still needs (and files of commits that never completed): time travel
    reaches back ``keep_days``. Returns what was done per table."""
    done = {}
    for name in (*DATASETS, *PROTECTED, *REVIEW_TABLES):
        dt = open_table(out, name)
        if dt is None:
            continue
        metrics = dt.optimize.compact()
        removed = dt.vacuum(retention_hours=int(timedelta(days=keep_days).total_seconds() // 3600),
                            enforce_retention_duration=False, dry_run=False)
        dt.create_checkpoint()
        dt.cleanup_metadata()
        done[name] = {"files_added": metrics.get("numFilesAdded", 0),
                      "files_removed": metrics.get("numFilesRemoved", 0), "vacuumed": len(removed)}
    if not is_remote(out):
        from callqa.pipelines.sink.writer import _remove_stale_tmp
        _remove_stale_tmp(Path(out))
    return done
