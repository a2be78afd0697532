"""The one write path: every run hands its finished calls here, and nothing else writes.

Each batch becomes one Delta commit per table (child tables first, ``calls`` last: a call's
row is the record that its other rows are complete), tagged with the run id, so every run is
a version readers can go back to. A batch of calls never stored before is a plain append —
its cost does not depend on how much is already stored. A batch holding calls stored before
(a re-run, a rescore, a call whose date changed) replaces their rows in the same single
commit (``replaceWhere`` on their call ids and dates), so a reader sees the old call or the
new one, never half of it and never both.

Which calls are stored is read once per process from the ``calls`` table (two columns) and
kept up to date by this writer; when another process committed in between (two runs on one
output), it is read again. Writers on one local output directory take turns through an
advisory lock on ``<out>/.callqa.lock`` for that check-and-commit, so two runs started
together never store a call twice. A process killed mid-commit leaves at most unreferenced
data files (``callqa compact`` vacuums them) and its stray ``*.tmp`` log files, removed here;
if it died between a batch's child commits and its ``calls`` commit, the next writer deletes
those half-batch rows (their call ids are in the commit's metadata) before writing.
"""
from __future__ import annotations

import contextlib
from collections import Counter
import json
import os
import threading
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one writer per output directory there
    fcntl = None

import pyarrow as pa

from .schema import DATASETS, PARTITION, stored_columns, stored_table
from .spool import Batch, Spool, claimed as spool_claimed, groups as spool_groups, joined as spool_joined
from .spool import orphans as spool_orphans, supported as spool_supported
from .tables import KIND_KEY, RUN_KEY, check_layout, is_remote, read_dataset, table_uri  # noqa: F401 (read_dataset re-exported)

LOCK_NAME = ".callqa.lock"
COMPACT_EVERY = 100      # batches between compactions of the partitions a writer touched
COMPACT_TARGET = 32 * 1024 * 1024
ORDER = ("segments_raw", "segments", "activity", "findings", "calls")   # calls last
RAW = "segments_raw"    # unredacted segments, only with --keep-raw: never a default view
CALL_TABLES = ("segments", "activity", "findings", "calls")   # what a scored call writes
CALLS_KEY = "callqa.calls"      # commit metadata of child tables: the batch's call ids
STALE_TMP_S = 600
GROUP_SECONDS = 300.0    # inside TableWriter.grouped: a commit at least this often …
GROUP_CALLS = 1000       # … or when this many calls are spooled


@contextlib.contextmanager
def write_lock(out: str | Path):
    """Exclusive advisory lock on a local output directory (blocks until the other writer is done)."""
    if is_remote(out) or fcntl is None:
        yield
        return
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / LOCK_NAME, "a+b") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class OutputNotWritable(ValueError):
    """The output cannot be written; raised before a run transcribes or scores anything."""


def check_writable(out: str | Path) -> None:
    """The output directory can be written — checked before a run does any work: a read-only
    or full folder otherwise failed at the first commit, after minutes of transcription, with a
    traceback. Creates nothing: a file is made and removed in the output, or in the nearest
    folder that exists when the output is new. An object store is judged by its first commit."""
    import tempfile

    if is_remote(out):
        return
    path = Path(out).absolute()
    while not path.exists() and path.parent != path:
        path = path.parent
    try:
        if not path.is_dir():
            raise NotADirectoryError(20, "Not a directory")
        with tempfile.TemporaryFile(dir=path, prefix=".callqa-check-"):
            pass
    except OSError as exc:
        raise OutputNotWritable(f"{out}: the output cannot be written here ({exc.strerror or exc}); "
                                "nothing was transcribed or scored") from None


def _sql_list(values) -> str:
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in sorted(values))


class TableWriter:
    """Writes batches of rows into one output directory (one instance per directory and process)."""

    def __init__(self, out: str | Path):
        check_layout(out)
        self.out = out
        self._tables: dict = {}
        self._stored: dict[str, str] | None = None    # call_id → date, as of _seen_version
        self._seen_version = -1
        self._touched: set[str] = set()               # dates written since the last compaction
        self._batches = 0
        self._spool: Spool | None = None
        self._group = (GROUP_SECONDS, GROUP_CALLS)
        if not is_remote(out):
            Path(out).mkdir(parents=True, exist_ok=True)
            _remove_stale_tmp(Path(out))

    def _table(self, dataset: str):
        from deltalake import DeltaTable

        dt = self._tables.get(dataset)
        if dt is None:
            uri = table_uri(self.out, dataset)
            if DeltaTable.is_deltatable(uri):
                dt = self._tables[dataset] = DeltaTable(uri)
                _add_new_columns(dt, dataset)
        else:
            dt.update_incremental()
        return dt

    def _stored_calls(self) -> dict[str, str]:
        """call_id → date of every stored call; re-read only when another writer committed."""
        calls = self._table("calls")
        version = calls.version() if calls is not None else -1
        if self._stored is None or version != self._seen_version:
            tbl = read_dataset(self.out, "calls", columns=["call_id", PARTITION])
            self._stored = dict(zip(tbl["call_id"].to_pylist(), tbl[PARTITION].to_pylist()))
            self._seen_version = version
        return self._stored

    def write(self, rows_by_dataset: dict[str, list[dict]], run_id: str, kind: str = "run",
              datasets: tuple[str, ...] = CALL_TABLES) -> dict[str, int]:
        """Commits one batch of row dicts (each carrying ``call_id`` and ``date``)."""
        if not rows_by_dataset.get("calls"):
            return {}
        return self.write_tables({name: stored_table(name, rows_by_dataset.get(name, [])) for name in datasets},
                                 run_id, kind)

    def write_tables(self, tables: dict[str, pa.Table], run_id: str, kind: str = "run") -> dict[str, int]:
        """Commits one batch already built as tables (see :func:`schema.stored_table`),
        replacing earlier rows of its calls in the tables given — or, inside :meth:`grouped`,
        spools it to be committed with the next ones. Returns rows written per table."""
        batch = Batch(tables, run_id, kind)
        if len(batch.call_ids) != tables["calls"].num_rows:
            raise ValueError("a batch holds the same call twice")
        if not batch.call_ids:
            return {}
        if self._spool is None:
            return self._commit(tables, run_id, kind)
        if not self._spool.compatible(batch):       # another run's rows, or a call spooled already
            self.commit_spool()
        self._spool.add(batch)
        if self._spool.calls >= self._group[1] or time.monotonic() - self._spool.since >= self._group[0]:
            self.commit_spool()
        return {name: tbl.num_rows for name, tbl in tables.items()}

    @contextlib.contextmanager
    def grouped(self, seconds: float = GROUP_SECONDS, calls: int = GROUP_CALLS):
        """Inside: batches go to a local spool (durable at once) and are committed together
        every ``seconds`` or ``calls``, and on leaving — a table's log grows by a few dozen
        commits a night instead of thousands (see :mod:`.spool` for why that matters).
        Spools of writers that died are committed first. Object stores: commits stay per batch."""
        if self._spool is not None or not spool_supported(self.out):
            yield self
            return
        self.recover()
        self._spool, self._group = Spool(self.out), (seconds, calls)
        try:
            yield self
        finally:
            try:
                self.commit_spool()
            finally:
                self._spool.close()      # a spool that could not be committed stays for the next writer
                self._spool = None

    def commit_spool(self) -> None:
        """Commits what this writer spooled, as one version per table."""
        batches = self._spool.take() if self._spool is not None else []
        if batches:
            self._commit(*spool_joined(batches))
            self._spool.done()

    def recover(self) -> int:
        """Commits the spooled batches of writers that died (a killed night), then removes
        their spools; returns the calls recovered. Safe to run in two processes at once: each
        dead spool is taken under its own lock, and a batch committed twice replaces itself."""
        recovered = 0
        for root in spool_orphans(self.out):
            with spool_claimed(root) as batches:
                for group in spool_groups(batches or []):
                    self._commit(*spool_joined(group))
                    recovered += sum(b.tables["calls"].num_rows for b in group)
        return recovered

    def _commit(self, tables: dict[str, pa.Table], run_id: str, kind: str) -> dict[str, int]:
        """One commit per table of one batch (``calls`` last), replacing its calls' earlier rows."""
        from deltalake import CommitProperties

        calls = tables["calls"]
        batch = dict(zip(calls["call_id"].to_pylist(), calls[PARTITION].to_pylist()))
        meta = CommitProperties(custom_metadata={RUN_KEY: run_id, KIND_KEY: kind})
        child_meta = CommitProperties(custom_metadata={RUN_KEY: run_id, KIND_KEY: kind,
                                                       CALLS_KEY: json.dumps(sorted(batch), ensure_ascii=False)})
        written = {}
        with write_lock(self.out):
            stored = self._stored_calls()
            self._remove_half_batches(stored)
            predicate = _replace_predicate(batch, stored)
            for name in (d for d in ORDER if d in tables):
                tbl, dt = tables[name], self._table(name)
                written[name] = tbl.num_rows
                commit = meta if name == "calls" else child_meta
                if commit_rows(self.out, name, dt, tbl, predicate, commit, [PARTITION]) and dt is None:
                    if name == RAW and not is_remote(self.out):
                        os.chmod(table_uri(self.out, name), 0o700)   # unredacted text: owner only
                    self._table(name)
            self._stored.update(batch)
            self._touched |= set(batch.values())
            self._batches += 1
            if self._batches % COMPACT_EVERY == 0:
                self._compact_touched()
            self._seen_version = self._table("calls").version()
        return written

    def _compact_touched(self) -> None:
        """Merges the small files of the days this writer appended to, and reopens the tables.

        Measured with delta-rs 1.6: an append's cost grows with the number of files in the
        table (15 ms → 130 ms over 1,200 appends of one day) and with the age of the table
        handle; compacting every 100 batches and reopening keeps the last batch of a
        60,000-call night as cheap as the first (files reaching 32 MB are left alone)."""
        from deltalake import CommitProperties

        meta = CommitProperties(custom_metadata={KIND_KEY: "compact"})
        for name in ORDER:
            dt = self._table(name)
            if dt is None:
                continue
            for date in sorted(self._touched):
                dt.optimize.compact(partition_filters=[(PARTITION, "=", date)], target_size=COMPACT_TARGET,
                                    commit_properties=meta)
            dt.create_checkpoint()       # the reopened table starts from here, not from a replay
        self._touched.clear()
        self._tables.clear()

    def _remove_half_batches(self, stored: dict[str, str]) -> None:
        """Child rows committed by a writer that died before its batch's ``calls`` commit.

        Runs under the lock, so no live writer is mid-batch: a child table whose last commit
        is newer than the last ``calls`` commit holds such a half batch. Rows of calls that
        are not stored are deleted (a re-run writes them again); rows of stored calls are left
        for the re-run to replace."""
        from deltalake import CommitProperties

        calls = self._table("calls")
        calls_ts = calls.history(limit=1)[0]["timestamp"] if calls is not None else -1
        for name in ORDER[:-1]:
            dt = self._table(name)
            if dt is None:
                continue
            last = dt.history(limit=1)[0]
            if last["timestamp"] <= calls_ts or CALLS_KEY not in last:
                continue
            orphans = set(json.loads(last[CALLS_KEY])) - set(stored)
            if orphans:
                dt.delete(f"call_id IN ({_sql_list(orphans)})",
                          commit_properties=CommitProperties(custom_metadata={KIND_KEY: "recover"}))


def _replace_predicate(batch: dict[str, str], stored: dict[str, str]) -> str | None:
    """Which stored rows a batch (call_id → date) replaces: its calls' rows wherever they
    were (None: none of them is stored). A day all of whose stored calls are in the batch
    is named by its date alone: delta-rs evaluates a long ``call_id IN (…)`` list at about
    0.1 ms per call and table, a partition predicate almost for free (a whole day rescored)."""
    earlier = {cid: stored[cid] for cid in batch if cid in stored}
    if not earlier:
        return None
    dates = set(earlier.values()) | set(batch.values())
    per_day = Counter(d for d in stored.values() if d in dates)
    in_batch = Counter(earlier.values())
    whole = {d for d in dates if per_day[d] == in_batch[d]}
    some = [cid for cid, d in batch.items() if d not in whole or earlier.get(cid, d) not in whole]
    parts = [f"{PARTITION} IN ({_sql_list(whole)})"] if whole else []
    if some:
        parts.append(f"({PARTITION} IN ({_sql_list(dates - whole)}) AND call_id IN ({_sql_list(some)}))")
    return " OR ".join(parts)


def _add_new_columns(dt, dataset: str) -> None:
    """Columns the schema gained since ``dt`` was created, added to it (null in its earlier
    rows), so a table written by an older callqa takes the new rows instead of refusing them."""
    from deltalake import CommitProperties
    from deltalake.schema import Field

    from .schema import delta_schema

    try:
        schema = delta_schema(dataset)
    except KeyError:
        return
    have = set(dt.schema().to_arrow().names)
    new = [f for f in schema if f.name not in have]
    if new:
        dt.alter.add_columns([Field.from_arrow(f) for f in new],
                             commit_properties=CommitProperties(custom_metadata={KIND_KEY: "schema"}))


_writers: dict[str, TableWriter] = {}
_writers_lock = threading.Lock()


def writer_for(out: str | Path) -> TableWriter:
    """The process's writer of ``out`` (it keeps the index of stored calls between batches)."""
    key = str(out) if is_remote(out) else str(Path(out).resolve())
    with _writers_lock:
        w = _writers.get(key)
        if w is None:
            w = _writers[key] = TableWriter(out)
        return w


def upsert(out: str | Path, rows_by_dataset: dict[str, list[dict]], run_id: str = "", kind: str = "run",
           datasets: tuple[str, ...] = CALL_TABLES) -> dict[str, int]:
    """Writes rows (each carrying ``date`` and ``call_id``) replacing those calls' old rows."""
    run_id = run_id or (rows_by_dataset.get("calls") or [{}])[0].get("run_id", "")
    return writer_for(out).write(rows_by_dataset, run_id, kind, datasets)


PRIVACY_ENV = "CALLQA_PRIVACY"      # a privacy settings file (or a rulebook with a privacy: section)
KEEP_RAW_ENV = "CALLQA_KEEP_RAW"     # "1": also keep unredacted segments in segments_raw


def privacy_settings():
    """The privacy settings of this process: ``$CALLQA_PRIVACY`` (set by ``--privacy``), else the shipped defaults."""
    from callqa.pipelines.privacy import load_privacy_config

    return load_privacy_config(os.environ.get(PRIVACY_ENV) or None)


def results_tables(results: list, run_id: str, datasets: tuple[str, ...] = CALL_TABLES, privacy=None,
                   keep_raw: bool | None = None) -> dict[str, pa.Table]:
    """A batch of ``CallResult`` objects as the stored tables (built where the calls were
    scored, e.g. in a worker process, and committed by the one writer).

    Everything stored is redacted first (the rules have already read the original text in
    memory): personal numbers, e-mails, addresses and names masked, the caller hashed. With
    ``keep_raw`` the original segments also go to ``segments_raw``, a table no view shows."""
    from callqa.pipelines.privacy import redact_result
    from callqa.pipelines.record import add_rows, segment_columns

    privacy = privacy or privacy_settings()
    keep_raw = os.environ.get(KEEP_RAW_ENV) == "1" if keep_raw is None else keep_raw
    rows: dict[str, list[dict]] = {name: [] for name in DATASETS}
    with_segments = "segments" in datasets
    # segments, most of the rows, go as columns (segment_columns); the rest as row dicts
    row_datasets = tuple(name for name in datasets if name != "segments")
    segments: dict[str, list] = {}
    raw: dict[str, list] = {}
    for r in results:
        redacted = redact_result(r, privacy)
        add_rows(rows, redacted, run_id, datasets=row_datasets)
        if with_segments:
            _extend(segments, segment_columns(redacted, run_id))
            if keep_raw:
                _extend(raw, segment_columns(r, run_id))
    tables = {name: stored_columns(name, segments) if name == "segments" else stored_table(name, rows[name])
              for name in datasets if name != RAW}
    if keep_raw and with_segments:
        tables[RAW] = stored_columns("segments", raw)
    return tables


def _extend(columns: dict[str, list], more: dict[str, list]) -> None:
    for name, values in more.items():
        columns.setdefault(name, []).extend(values)


def write_results(out: str | Path, results: list, run_id: str, kind: str = "run",
                  datasets: tuple[str, ...] = CALL_TABLES) -> dict[str, int]:
    """The one write path: every run (nightly, score, rescore, …) hands its finished
    ``CallResult`` objects here; rows are built from the one schema and committed together.
    ``datasets`` narrows what is replaced (a rescore leaves segments and activity as they are)."""
    if not results:
        return {}
    return writer_for(out).write_tables(results_tables(results, run_id, datasets), run_id, kind)


def _remove_stale_tmp(out: Path) -> None:
    """Temporary files a killed writer left behind (older than a live commit could be)."""
    cutoff = time.time() - STALE_TMP_S
    for pattern in ("*/_delta_log/*.tmp", "*/_delta_log/_commit_*", ".*.tmp", "*/**/.*.tmp"):
        for p in out.glob(pattern):
            with contextlib.suppress(OSError):
                if p.is_file() and p.stat().st_mtime < cutoff:
                    p.unlink()


def write_table(out: str | Path, name: str, table: pa.Table, predicate: str | None = None,
                replace_all: bool = False, kind: str = "review") -> int:
    """The write path of the review loop's tables (:data:`schema.REVIEW_TABLES`), which hold
    people's records, not calls: one atomic commit under the output's lock. ``predicate``
    (SQL on the table's columns) names the rows ``table`` replaces — e.g. one day's review
    queue or the verdicts being updated; ``replace_all`` replaces the whole table (a new roster);
    otherwise the rows are appended. Returns rows written."""
    from deltalake import CommitProperties, write_deltalake

    from .schema import REVIEW_PARTITIONS, REVIEW_TABLES

    if name not in REVIEW_TABLES:
        raise KeyError(f"{name}: not a review table (calls go through write_results)")
    table = table.select(REVIEW_TABLES[name].names).cast(REVIEW_TABLES[name])
    commit = CommitProperties(custom_metadata={KIND_KEY: kind})
    with write_lock(out):
        dt = writer_for(out)._table(name)
        if replace_all and dt is not None:
            write_deltalake(dt, table, mode="overwrite", commit_properties=commit)
        else:
            commit_rows(out, name, dt, table, predicate, commit, REVIEW_PARTITIONS.get(name))
    return table.num_rows


def commit_rows(out, name: str, dt, table: pa.Table, predicate: str | None, commit, partition_by) -> bool:
    """One commit of ``table`` to table ``name`` (``dt``: its DeltaTable, None when it does not
    exist yet): rows matching ``predicate`` are replaced by ``table`` (deleted when it is empty),
    else ``table`` is appended. Returns whether anything was committed."""
    from deltalake import write_deltalake

    if dt is None:
        if table.num_rows == 0:
            return False       # a table appears with its first row
        write_deltalake(table_uri(out, name), table, partition_by=partition_by, mode="append",
                        commit_properties=commit)
    elif predicate is None:
        if table.num_rows == 0:
            return False
        write_deltalake(dt, table, mode="append", commit_properties=commit)
    elif table.num_rows:
        write_deltalake(dt, table, mode="overwrite", predicate=predicate, commit_properties=commit)
    else:
        dt.delete(predicate, commit_properties=commit)
    return True


def sql_list(values) -> str:
    """Values as a quoted SQL list, for predicates (``call_id IN (…)``)."""
    return _sql_list(values)
