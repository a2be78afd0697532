"""Finished calls kept on local disk until the writer commits them, many batches at a time.

Why: delta-rs lists a local table's whole ``_delta_log`` folder on every commit, so a commit
costs more the more commits the table keeps — measured with deltalake 1.6 on this machine, an
append went from ~8 ms to ~41 ms over 1,200 commits, and 5,000 extra log entries cost
~130-340 ms per append. A night that committed every few seconds would keep ~10,000 commits per
table per night, and with 30 days of versions kept every commit would take seconds. So the
nightly run writes each small batch here first (durable within seconds: a ``kill -9`` loses
only the calls in flight) and commits the spool as one version every few minutes; the log
then grows by a few dozen commits a night.

Layout: ``<out>/.spool/<writer id>/`` holds ``owner.lock`` (an advisory lock its writer holds
while alive) and one folder per batch, ``<seq>/`` with ``batch.json`` (run id, kind) and one
Arrow IPC file per table, made under a ``.tmp`` name and renamed when complete. A spool whose
lock is free belongs to a writer that died: the next writer commits its complete batches
(:func:`orphans`, :func:`read_batches`) and removes it; a half-written ``.tmp`` batch is dropped
(its calls were not acknowledged as written). Local outputs only: an object store lists a log
from a version on, so its commits do not grow with the log, and they stay per batch there.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

try:
    import fcntl
except ImportError:   # Windows: no advisory locks, no spool (commits stay per batch)
    fcntl = None

import pyarrow as pa
import pyarrow.ipc as ipc

SPOOL_DIR = ".spool"
LOCK = "owner.lock"
BATCH_META = "batch.json"
STALE_NEW_S = 600        # a spool still being created after this long was killed while created


@dataclass
class Batch:
    """One batch of a run: rows per table, all carrying ``call_id`` (the ``calls`` table one row per call)."""
    tables: dict[str, pa.Table]
    run_id: str
    kind: str
    call_ids: frozenset[str] = field(init=False)

    def __post_init__(self):
        self.call_ids = frozenset(self.tables["calls"]["call_id"].to_pylist())


def supported(out: str | Path) -> bool:
    from .tables import is_remote

    return fcntl is not None and not is_remote(out)


class Spool:
    """This writer's spool: batches added here are durable; :meth:`take` hands them over for a commit."""

    def __init__(self, out: str | Path):
        self.root = Path(out) / SPOOL_DIR / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        new = self.root.with_name(self.root.name + ".new")     # locked before anyone can see it
        new.mkdir(parents=True)
        self._lock = open(new / LOCK, "a+b")
        fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        new.rename(self.root)
        self._batches: list[tuple[Path, Batch]] = []
        self._ids: set[str] = set()    # the calls spooled, kept as batches come and go
        self._seq = 0
        self.since = 0.0               # monotonic time of the oldest batch not yet taken

    @property
    def calls(self) -> int:
        return len(self._ids)

    def compatible(self, batch: Batch) -> bool:
        """Whether ``batch`` may join the spooled ones in one commit (see :func:`fits`)."""
        return not self._batches or fits(self._batches[0][1], self._ids, batch)

    def add(self, batch: Batch) -> None:
        if not self._batches:
            self.since = time.monotonic()
        self._seq += 1
        final = self.root / f"{self._seq:08d}"
        tmp = final.with_name(final.name + ".tmp")
        tmp.mkdir()
        for name, tbl in batch.tables.items():
            with ipc.new_file(tmp / f"{name}.arrow", tbl.schema) as w:
                w.write_table(tbl)
        (tmp / BATCH_META).write_text(json.dumps({"run_id": batch.run_id, "kind": batch.kind}))
        tmp.rename(final)              # the batch exists whole, or not at all
        self._batches.append((final, batch))
        self._ids |= batch.call_ids

    def take(self) -> list[Batch]:
        """The spooled batches, oldest first; :meth:`done` removes them once committed."""
        return [b for _, b in self._batches]

    def done(self) -> None:
        for path, _ in self._batches:
            shutil.rmtree(path, ignore_errors=True)
        self._batches, self._ids = [], set()

    def close(self) -> None:
        """Removes the (empty) spool; batches still here would be committed by the next writer."""
        if not self._batches:
            shutil.rmtree(self.root, ignore_errors=True)
        with contextlib.suppress(OSError):
            fcntl.flock(self._lock.fileno(), fcntl.LOCK_UN)
            self._lock.close()


def orphans(out: str | Path) -> list[Path]:
    """Spools of writers that died (their lock is free), oldest first."""
    if not supported(out):
        return []
    found = []
    for root in sorted((Path(out) / SPOOL_DIR).glob("*/"), key=_mtime):
        if root.name.endswith(".new"):   # being created, or its creation was killed (empty)
            if time.time() - _mtime(root) > STALE_NEW_S:
                shutil.rmtree(root, ignore_errors=True)
            continue
        try:
            with open(root / LOCK, "a+b") as f:
                if not _try_lock(f):
                    continue           # a live writer's (or one being recovered)
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)
        except OSError:
            pass                       # no lock file: a spool whose creation was killed
        found.append(root)
    return found


def _try_lock(f) -> bool:
    """Takes ``f``'s exclusive advisory lock without waiting; False when another process holds it."""
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:        # just removed by its writer or another recoverer
        return 0.0


def fits(first: Batch, ids: set[str], batch: Batch) -> bool:
    """Whether ``batch`` can be committed with a group that starts with ``first`` and holds the
    calls ``ids``: same run and kind, and none of its calls already there (a call given twice
    is committed, then replaced)."""
    return (batch.run_id, batch.kind) == (first.run_id, first.kind) and not batch.call_ids & ids


def groups(batches: list[Batch]) -> list[list[Batch]]:
    """Consecutive batches cut into groups that can each be one commit, in order."""
    out: list[list[Batch]] = []
    ids: set[str] = set()
    for batch in batches:
        if out and fits(out[-1][0], ids, batch):
            out[-1].append(batch)
        else:
            out.append([batch])
            ids = set()
        ids |= batch.call_ids
    return out


def joined(batches: list[Batch]) -> tuple[dict[str, pa.Table], str, str]:
    """A group of batches as one: (tables, run_id, kind)."""
    names = dict.fromkeys(n for b in batches for n in b.tables)
    tables = {n: pa.concat_tables([b.tables[n] for b in batches if n in b.tables]) for n in names}
    return tables, batches[0].run_id, batches[0].kind


@contextlib.contextmanager
def claimed(root: Path):
    """A dead writer's spool taken for recovery: yields its complete batches (None when another
    process holds it), and removes it when the block ends without an error."""
    try:
        lock = open(root / LOCK, "a+b")
    except OSError:
        yield None
        return
    with lock:
        if not _try_lock(lock):
            yield None
            return
        yield read_batches(root)
        shutil.rmtree(root, ignore_errors=True)


def read_batches(root: Path) -> list[Batch]:
    """The complete batches of a dead writer's spool, oldest first (half-written ones skipped)."""
    batches = []
    for d in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.endswith(".tmp")):
        meta = json.loads((d / BATCH_META).read_text())
        tables = {}
        for f in d.glob("*.arrow"):
            with ipc.open_file(f) as r:
                tables[f.stem] = r.read_all()
        batches.append(Batch(tables, meta["run_id"], meta["kind"]))
    return batches


def spooled_call_ids(out: str | Path) -> set[str]:
    """Calls finished and spooled but not yet committed, in every spool of ``out`` (for tests and ops)."""
    ids: set[str] = set()
    for f in (Path(out) / SPOOL_DIR).glob("*/[0-9]*[0-9]/calls.arrow"):
        with contextlib.suppress(OSError):       # committed and removed meanwhile
            with ipc.open_file(f) as r:
                ids |= set(r.read_all()["call_id"].to_pylist())
    return ids
