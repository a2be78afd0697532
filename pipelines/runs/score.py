"""Scoring without audio: transcripts from a JSONL file, through the rules, into the tables.

With ``workers`` > 1 the file is cut into pieces of lines that worker processes read, parse,
score and turn into table batches, while this process commits them through the one writer in
file order, two pieces a commit — the rules, not parsing or writing, set the pace.
"""
from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Callable

import pyarrow as pa

from callqa.rules import Rulebook, load_rulebook

from callqa.pipelines.inputs.transcripts import line_ranges, parse_range
from callqa.pipelines.record import CallResult, apply_rules
from callqa.pipelines.runs.workers import worker_pool, worker_rulebook
from callqa.pipelines.sink.writer import check_writable, results_tables, writer_for

CHUNK = 250          # lines a worker reads and scores at a time
# Calls per commit: two pieces. Each Delta commit of the four tables costs the main process
# ~20 ms of fixed work besides its rows, and on two cores that is taken from the workers.
COMMIT_CALLS = 2 * CHUNK


def _score_chunk(path: str, piece: tuple[int, int, int], rulebook: Rulebook, run_id: str):
    """Reads, parses, scores and builds the table batch of one piece of the file
    (:func:`~callqa.pipelines.inputs.transcripts.line_ranges`); a call given twice: last wins."""
    by_id: dict[str, CallResult] = {}
    for result in parse_range(Path(path), *piece):
        by_id.pop(result.job["call_id"], None)
        by_id[result.job["call_id"]] = apply_rules(result, rulebook)
    results = list(by_id.values())
    tables = results_tables(results, run_id)
    for r in results:
        r.segments, r.activity = [], []
    return tables, results


def _score_chunk_in_worker(path: str, piece: tuple[int, int, int], run_id: str):
    return _score_chunk(path, piece, worker_rulebook(), run_id)


def _check_rulebook_in_worker() -> None:
    worker_rulebook()       # raises the worker's error loading it


def score_transcripts(path: str | Path, out: str | Path, rulebook: Rulebook | str | Path, run_id: str,
                      workers: int = 1, on_progress: Callable[[int], None] | None = None) -> list[CallResult]:
    """Scores every line of ``path`` and writes the calls; returns the results (no segments kept).

    ``rulebook``: compiled, or its file, which with ``workers`` > 1 only the workers load —
    this process never scores, and compiling the shipped rulebook here cost ~2.5 CPU s of a
    run's start-up. A file that cannot be loaded raises its ``RulebookError`` here either way.
    A call given twice in the file: the last line wins, as a re-run would."""
    path = Path(path)
    check_writable(out)
    if not isinstance(rulebook, Rulebook) and workers <= 1:
        rulebook = load_rulebook(rulebook)
    results: dict[str, CallResult] = {}
    pending: list[tuple[dict, list[CallResult]]] = []      # pieces scored, not yet committed

    def flush() -> None:
        if not pending:
            return
        tables = pending[0][0] if len(pending) == 1 else {
            name: pa.concat_tables([t[name] for t, _ in pending]) for name in pending[0][0]}
        writer_for(out).write_tables(tables, run_id, kind="score")     # no output made before a batch is scored
        for _, chunk_results in pending:
            for r in chunk_results:
                results.pop(r.job["call_id"], None)
                results[r.job["call_id"]] = r
            if on_progress:
                on_progress(len(chunk_results))
        pending.clear()

    def collect(tables, chunk_results) -> None:
        ids = {r.job["call_id"] for r in chunk_results}
        if any(r.job["call_id"] in ids for _, earlier in pending for r in earlier):
            flush()                      # a call given again: its earlier line is committed, then replaced
        pending.append((tables, chunk_results))
        if sum(len(rs) for _, rs in pending) >= COMMIT_CALLS:
            flush()

    if workers > 1 and isinstance(rulebook, Rulebook) and rulebook.path is None:
        workers = 1       # a rulebook built in memory cannot be handed to worker processes

    def in_file_order():
        """(tables, results) of each piece, in file order: scored here, or by the workers."""
        if workers <= 1:
            for piece in line_ranges(path, CHUNK):
                yield _score_chunk(str(path), piece, rulebook, run_id)
            return
        with worker_pool(workers, str(rulebook.path if isinstance(rulebook, Rulebook) else rulebook)) as pool:
            loaded = pool.submit(_check_rulebook_in_worker)     # an empty file too says a rulebook is broken
            in_flight: deque = deque()
            for piece in line_ranges(path, CHUNK):
                in_flight.append(pool.submit(_score_chunk_in_worker, str(path), piece, run_id))
                if len(in_flight) > 2 * workers:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
            loaded.result()

    try:
        for tables, chunk_results in in_file_order():
            collect(tables, chunk_results)
    finally:
        flush()                          # what was scored before a failure is kept
    writer_for(out)                      # the output exists after a run, an empty file's too
    return list(results.values())
