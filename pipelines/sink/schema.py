"""The table contract: one schema per dataset, used by every writer and reader.

Each dataset is a Delta Lake table under the output directory, ``<out>/<dataset>/``,
partitioned by ``date``: the call center's local day of the call (from ``started_at``, else
the recording's path or modification time). Read them through the Delta log (callqa query,
or ``deltalake`` + DuckDB/polars, see README), never by globbing the Parquet files.
"""
from __future__ import annotations

import pyarrow as pa

PARTITION = "date"

CALLS = pa.schema([
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("path", pa.string()),               # store-relative recording path (or transcript source)
    pa.field("audio_path", pa.string()),         # where the recording was read: absolute path or URI (for clips)
    pa.field("source", pa.string()),             # audio | transcript
    pa.field("agent_id", pa.string()),
    pa.field("team", pa.string()),
    pa.field("started_at", pa.timestamp("us", tz="UTC")),
    pa.field("caller", pa.string()),
    pa.field("agent_channel", pa.string()),      # left | right | mono
    pa.field("metadata", pa.string()),           # JSON object of any other manifest/transcript keys
    pa.field("duration_s", pa.float64()),
    pa.field("channels", pa.int32()),
    pa.field("sample_rate", pa.int32()),
    pa.field("roles", pa.string()),              # channel | content | none | given
    pa.field("status", pa.string(), nullable=False),  # ok | failed | empty
    pa.field("error", pa.string()),
    pa.field("score", pa.float64()),
    pa.field("passed", pa.bool_()),
    pa.field("fatal", pa.bool_()),
    pa.field("grade", pa.string()),              # worst severity found: A | B | C, null when clean
    pa.field("findings_a", pa.int32()),
    pa.field("findings_b", pa.int32()),
    pa.field("findings_c", pa.int32()),
    pa.field("n_findings", pa.int32()),
    pa.field("n_segments", pa.int32()),
    pa.field("dimension_scores", pa.string()),   # JSON object dimension -> score
    pa.field("asr_model", pa.string()),
    pa.field("audio_sha256", pa.string()),       # content hash of the recording: a re-run skips unchanged calls
    pa.field("rulebook", pa.string()),
    pa.field("rulebook_version", pa.string()),
    pa.field("redaction", pa.string()),          # privacy policy the stored text was redacted under (null: not redacted)
    pa.field("run_id", pa.string(), nullable=False),
    pa.field("processed_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

SEGMENTS = pa.schema([
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("seg_index", pa.int32(), nullable=False),
    pa.field("channel", pa.string()),
    pa.field("speaker", pa.string(), nullable=False),   # agent | customer | unknown
    pa.field("start", pa.float64()),
    pa.field("end", pa.float64()),
    pa.field("text", pa.string()),
    pa.field("avg_logprob", pa.float64()),
    pa.field("no_speech_prob", pa.float64()),
    pa.field("run_id", pa.string(), nullable=False),
])

FINDINGS = pa.schema([
    pa.field("finding_id", pa.string(), nullable=False),   # stable: same call, rule and position → same id
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("agent_id", pa.string()),
    pa.field("team", pa.string()),
    pa.field("rule_id", pa.string(), nullable=False),
    pa.field("check", pa.string(), nullable=False),
    pa.field("dimension", pa.string()),
    pa.field("severity", pa.string()),
    pa.field("points", pa.float64()),
    pa.field("fatal", pa.bool_()),
    pa.field("speaker", pa.string()),
    pa.field("start", pa.float64()),
    pa.field("end", pa.float64()),
    pa.field("text", pa.string()),
    pa.field("matched", pa.string()),
    pa.field("explanation", pa.string()),
    pa.field("run_id", pa.string(), nullable=False),
])

# Voice activity (Silero VAD) per channel: the timing rules' ground truth, kept so a call
# can be rescored without its audio.
ACTIVITY = pa.schema([
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("channel", pa.string()),
    pa.field("speaker", pa.string(), nullable=False),
    pa.field("start", pa.float64()),
    pa.field("end", pa.float64()),
    pa.field("run_id", pa.string(), nullable=False),
])

DATASETS: dict[str, pa.Schema] = {"calls": CALLS, "segments": SEGMENTS, "findings": FINDINGS,
                                  "activity": ACTIVITY}

# --- The review loop (callqa.pipelines.review): people's side of QA, written by QA leads'
# commands, not by the call writer. Complete schemas (partition column included where any).

# The roster (agents.csv), replaced whole each time one is given.
AGENTS = pa.schema([
    pa.field("agent_id", pa.string(), nullable=False),
    pa.field("name", pa.string()),
    pa.field("team", pa.string()),
    pa.field("hired_on", pa.date32()),
    pa.field("supervisor", pa.string()),
    pa.field("extra", pa.string()),               # JSON object of the roster's other columns
    pa.field("roster_file", pa.string()),
    pa.field("loaded_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

# The calls drawn for people to review (抽检), one row per call; a queue is a day
# (``2026-11-21``) or an ISO week (``2026-W47``), drawn again → replaced.
REVIEW_QUEUE = pa.schema([
    pa.field("queue", pa.string(), nullable=False),       # partition: the day or week drawn for
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("date", pa.string(), nullable=False),        # the call's day
    pa.field("agent_id", pa.string()),
    pa.field("team", pa.string()),
    pa.field("started_at", pa.timestamp("us", tz="UTC")),
    pa.field("score", pa.float64()),
    pa.field("reason", pa.string(), nullable=False),      # fatal | failed | coverage | random
    pa.field("why", pa.string()),                         # the detail, for the reviewer
    pa.field("priority", pa.int32(), nullable=False),     # 1 = review first
    pa.field("seed", pa.int64(), nullable=False),
    pa.field("config_sha", pa.string()),                  # the sampling configuration drawn with
    pa.field("sampled_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

# Reviewers' verdicts: one row per (reviewer, finding), per (reviewer, missed rule at a time)
# and per (reviewer, call) for a reviewer's score. ``review_id`` is that key, hashed.
REVIEWS = pa.schema([
    pa.field("review_id", pa.string(), nullable=False),
    pa.field("kind", pa.string(), nullable=False),        # finding | missed | call
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("date", pa.string()),                        # the call's day
    pa.field("finding_id", pa.string()),                  # kind finding
    pa.field("rule_id", pa.string()),                     # finding's rule, or the rule missed
    pa.field("start", pa.float64()),                      # finding's / missed problem's time (s)
    pa.field("verdict", pa.string()),                     # confirm | reject | missed (null for kind call)
    pa.field("reviewer_score", pa.float64()),             # kind call
    pa.field("comment", pa.string()),
    pa.field("reviewer", pa.string(), nullable=False),
    pa.field("agent_id", pa.string()),
    pa.field("team", pa.string()),
    pa.field("source_file", pa.string()),
    pa.field("imported_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

# Appeals (申诉): an agent disputes one finding; pending → upheld | overturned by a QA lead.
APPEALS = pa.schema([
    pa.field("finding_id", pa.string(), nullable=False),  # one appeal per finding
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("date", pa.string()),
    pa.field("rule_id", pa.string()),
    pa.field("agent_id", pa.string()),
    pa.field("reason", pa.string()),                      # the agent's argument
    pa.field("filed_on", pa.string()),
    pa.field("status", pa.string(), nullable=False),      # pending | upheld | overturned
    pa.field("decided_by", pa.string()),
    pa.field("decided_on", pa.string()),
    pa.field("decision", pa.string()),                    # the QA lead's comment
    pa.field("source_file", pa.string()),
    pa.field("updated_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

# Every call the learned insult model (callqa.models.insult) suspects among the non-fatal calls
# of a sampled period, drawn into the queue or not: one row per (queue, call), written with
# the queue and replaced with it. A review signal only: it never scores or makes a call fatal.
SUSPECTS = pa.schema([
    pa.field("queue", pa.string(), nullable=False),       # partition: the day or week sampled
    pa.field("call_id", pa.string(), nullable=False),
    pa.field("date", pa.string(), nullable=False),        # the call's day
    pa.field("agent_id", pa.string()),
    pa.field("team", pa.string()),
    pa.field("probability", pa.float64(), nullable=False),  # of the most suspect agent turn
    pa.field("seg_index", pa.int32()),                    # that turn: its segment, start/end (s)
    pa.field("start", pa.float64()),
    pa.field("end", pa.float64()),
    pa.field("text", pa.string()),                        # its words as stored (redacted)
    pa.field("model_sha", pa.string(), nullable=False),   # sha256 of the model file, 12 hex digits
    pa.field("model_config", pa.string()),                # the model's configuration name
    pa.field("threshold", pa.float64(), nullable=False),  # probability from which a call is suspected
    pa.field("queued", pa.bool_(), nullable=False),       # drawn into this queue (step suspected or another)
    pa.field("reason", pa.string()),                      # why it was drawn (review_queue.reason), else null
    pa.field("computed_at", pa.timestamp("us", tz="UTC"), nullable=False),
])

REVIEW_TABLES: dict[str, pa.Schema] = {"agents": AGENTS, "review_queue": REVIEW_QUEUE, "reviews": REVIEWS,
                                       "appeals": APPEALS, "suspects": SUSPECTS}
REVIEW_PARTITIONS: dict[str, list[str]] = {"review_queue": ["queue"], "suspects": ["queue"]}


# Tables that are stored but never a default view: the unredacted segments (``--keep-raw``).
PROTECTED: dict[str, pa.Schema] = {"segments_raw": SEGMENTS}


def delta_schema(dataset: str) -> pa.Schema:
    """The stored table's schema: a per-call dataset's columns plus its ``date`` partition
    column, or a review table's schema as it is."""
    if dataset in REVIEW_TABLES:
        return REVIEW_TABLES[dataset]
    return {**DATASETS, **PROTECTED}[dataset].append(pa.field(PARTITION, pa.string(), nullable=False))


def stored_table(dataset: str, rows: list[dict]) -> pa.Table:
    """The stored table of ``dataset`` from row dicts (each carrying its ``date``): unknown
    keys and rows without a date are errors, missing columns null. Built column by column."""
    import itertools

    names = delta_schema(dataset).names
    extra = set(itertools.chain.from_iterable(rows)) - set(names)
    if extra:
        raise KeyError(f"{dataset}: unexpected column(s) {sorted(extra)}")
    return stored_columns(dataset, {name: [r.get(name) for r in rows] for name in names})


def stored_columns(dataset: str, columns: dict[str, list]) -> pa.Table:
    """:func:`stored_table` from columns (lists of one length) instead of row dicts: the
    same table, errors and nulls, without a dict per row (a long call has ~250 segments)."""
    schema = delta_schema(dataset)
    extra = set(columns) - set(schema.names)
    if extra:
        raise KeyError(f"{dataset}: unexpected column(s) {sorted(extra)}")
    n = len(next(iter(columns.values()))) if columns else 0
    columns = {name: columns[name] if name in columns else [None] * n for name in schema.names}
    if not all(columns[PARTITION]):
        call = next(c for c, d in zip(columns["call_id"], columns[PARTITION]) if not d)
        raise KeyError(f"{dataset}: row of call {call!r} has no {PARTITION}")
    return pa.table(columns, schema=schema)
