"""Redacting an output directory written before redaction existed (``callqa redact``).

Calls are read back day by day, redacted exactly as the writer redacts new calls
(:func:`callqa.pipelines.privacy.redact_rows`), and written through the one writer as a new
version; calls already redacted come out unchanged.
"""
from __future__ import annotations

from pathlib import Path

from callqa.pipelines.privacy import redact_rows
from callqa.pipelines.sink.schema import DATASETS, PARTITION
from callqa.pipelines.sink.tables import read_dataset
from callqa.pipelines.sink.writer import writer_for

CHUNK = 5_000


def redact_output(out: str | Path, config, run_id: str) -> int:
    """Redacts every stored call; returns how many were rewritten."""
    dates = sorted(set(read_dataset(out, "calls", columns=[PARTITION])[PARTITION].to_pylist()))
    writer = writer_for(out)
    n = 0
    for date in dates:
        ids = read_dataset(out, "calls", columns=["call_id"], dates={date})["call_id"].to_pylist()
        for i in range(0, len(ids), CHUNK):
            chunk = set(ids[i:i + CHUNK])
            rows = {name: read_dataset(out, name, chunk, dates={date}).to_pylist() for name in DATASETS}
            writer.write(redact_rows(rows, config), run_id, kind="redact", datasets=tuple(DATASETS))
            n += len(chunk)
    return n
