"""The recording store: which calls there are, where their audio is, and what we know of them.

A store is a directory of recordings, nested folders allowed. An optional manifest (CSV or
JSONL) lists one call per row: ``call_id``, ``path`` (relative to the store root) and
optionally ``agent_id``, ``team``, ``started_at``, ``caller``, ``agent_channel``; any other
column is kept as call metadata. Without a manifest every audio file under the store is a
call whose id is the file's stem. A row whose path leaves the store root is refused, never read.
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from datetime import date as Date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callqa.asr.audio import AGENT_CHANNELS, SUPPORTED_EXTENSIONS

KNOWN_COLUMNS = ("call_id", "path", "agent_id", "team", "started_at", "caller", "agent_channel")
# Audio we recognise but cannot decode: listed so they become failed rows, not silent gaps.
UNSUPPORTED_AUDIO = (".m4a", ".aac", ".amr", ".wma", ".opus", ".gsm", ".vox", ".webm", ".3gp")
_PATH_DATE = re.compile(r"(?<!\d)(20\d\d)[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)")


class StoreError(ValueError):
    """The store or its manifest cannot be used at all (as opposed to one bad call)."""


@dataclass
class CallJob:
    """One call to process: small and serialisable, so it can cross task boundaries."""
    call_id: str
    path: str | None                 # absolute path, None when refused
    rel_path: str
    date: str                        # YYYY-MM-DD partition
    agent_id: str | None = None
    team: str | None = None
    started_at: str | None = None    # ISO 8601 as given
    caller: str | None = None
    agent_channel: str = "left"
    metadata: dict = field(default_factory=dict)
    error: str | None = None         # set when the call is refused before reading

    def __post_init__(self):
        # A started_at we cannot read must not vanish: the call is dated another way, and the
        # row says so (manifest, transcript and re-read rows all pass through here).
        if self.started_at not in (None, "") and parse_started_at(self.started_at) is None:
            self.metadata = {**self.metadata, STARTED_AT_WARNING: (
                f"started_at {self.started_at!r} is not an ISO 8601 time; "
                f"dated {self.date} from the recording's path or file time instead")}

    def to_dict(self) -> dict:
        return asdict(self)


STARTED_AT_WARNING = "started_at_warning"   # metadata key of an unreadable started_at
log = logging.getLogger("callqa.recordings")


def audio_sha256(path: str | Path) -> str:
    """Content hash of a recording: a call whose audio has not changed need not be transcribed again."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


DEFAULT_TZ = "Asia/Shanghai"


def center_tz() -> tzinfo:
    """The call center's time zone: ``CALLQA_TZ`` (an IANA name), default Asia/Shanghai.

    A call's day — its partition, what ``--date yesterday`` selects — is the center's day, and
    a ``started_at`` without an offset is the center's wall-clock time."""
    name = os.environ.get("CALLQA_TZ", "").strip() or DEFAULT_TZ
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise StoreError(f"CALLQA_TZ={name!r}: not a known time zone (e.g. Asia/Shanghai, UTC)") from exc


def center_today() -> Date:
    return datetime.now(center_tz()).date()


def parse_started_at(value: str | None) -> datetime | None:
    """An ISO 8601 time, always aware: without an offset it is the center's local time."""
    if value in (None, ""):
        return None
    try:
        ts = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=center_tz())


def call_date(started_at: str | None, rel_path: str, abs_path: Path | None) -> str:
    """The call's day in the center's time zone: from started_at, else a date in its path, else
    the file's mtime, else today."""
    ts = parse_started_at(started_at)
    if ts is not None:
        return ts.astimezone(center_tz()).date().isoformat()
    m = _PATH_DATE.search(rel_path)
    if m:
        try:
            return Date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    if abs_path is not None and abs_path.exists():
        return datetime.fromtimestamp(abs_path.stat().st_mtime, center_tz()).date().isoformat()
    return center_today().isoformat()


def read_manifest(manifest: Path) -> list[dict]:
    """Rows of a CSV or JSONL manifest, as dicts of strings; errors name the file and line."""
    if not manifest.is_file():
        raise StoreError(f"{manifest}: manifest not found")
    suffix = manifest.suffix.lower()
    rows: list[dict] = []
    if suffix in (".jsonl", ".ndjson", ".json"):
        for n, line in enumerate(manifest.read_text(encoding="utf-8-sig").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"{manifest}:{n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise StoreError(f"{manifest}:{n}: each line must be a JSON object")
            rows.append(row)
    elif suffix in (".csv", ".tsv"):
        try:
            with manifest.open(encoding="utf-8-sig", newline="") as f:
                reader = csv.DictReader(f, delimiter="\t" if suffix == ".tsv" else ",")
                missing = {"call_id", "path"} - set(reader.fieldnames or [])
                if missing:
                    raise StoreError(f"{manifest}: missing column(s) {', '.join(sorted(missing))}")
                rows = [dict(r) for r in reader]
        except UnicodeDecodeError as exc:
            raise StoreError(f"{manifest}: not UTF-8 (byte {exc.start}); save the manifest as UTF-8 "
                             "(an Excel export is often GBK)") from None
    else:
        raise StoreError(f"{manifest}: manifest must be .csv or .jsonl, not '{suffix}'")
    for n, row in enumerate(rows, 1):
        if not str(row.get("call_id") or "").strip() or not str(row.get("path") or "").strip():
            raise StoreError(f"{manifest}: row {n} needs both call_id and path")
    return rows


def _job_from_row(store: Path, row: dict, default_channel: str) -> CallJob:
    call_id = str(row["call_id"]).strip()
    rel = str(row["path"]).strip()
    target = (store / rel).resolve()
    # A CSV row longer than its header puts the surplus under the key None: keep it, named.
    meta = {("_extra" if k is None else str(k)): v for k, v in row.items()
            if k not in KNOWN_COLUMNS and v not in (None, "", [])}
    opt = {k: (str(row[k]).strip() or None) if row.get(k) not in (None, "") else None
           for k in ("agent_id", "team", "started_at", "caller")}
    channel = str(row.get("agent_channel") or default_channel).strip().lower()
    error = None
    if not target.is_relative_to(store):
        error = f"{rel}: path resolves outside the store root {store}; refused"
        path = None
    else:
        path = str(target)
        if channel not in AGENT_CHANNELS:
            error = f"{rel}: agent_channel must be one of {', '.join(AGENT_CHANNELS)}, not '{channel}'"
        elif not target.is_file():
            error = f"{rel}: file not found in the store"
    return CallJob(call_id, path, rel, call_date(opt["started_at"], rel, target if path else None),
                   opt["agent_id"], opt["team"], opt["started_at"], opt["caller"], channel, meta, error)


def discover(store: str | Path, manifest: str | Path | None = None, date: str | None = None,
             agent_channel: str = "left") -> list[CallJob]:
    """Lists the store's calls (optionally only those of one day), in a stable order."""
    store = Path(store).resolve()
    if not store.is_dir():
        raise StoreError(f"{store}: recording store not found (expected a directory)")
    if date is not None:
        try:
            Date.fromisoformat(date)
        except ValueError as exc:
            raise StoreError(f"--date must be YYYY-MM-DD, not '{date}'") from exc
    jobs: list[CallJob] = []
    if manifest is not None:
        seen: set[str] = set()
        for row in read_manifest(Path(manifest)):
            job = _job_from_row(store, row, agent_channel)
            if job.call_id in seen:
                raise StoreError(f"{manifest}: call_id '{job.call_id}' appears more than once")
            seen.add(job.call_id)
            jobs.append(job)
    else:
        if agent_channel not in AGENT_CHANNELS:
            raise StoreError(f"agent_channel must be one of {', '.join(AGENT_CHANNELS)}, not '{agent_channel}'")
        files = sorted(p for p in store.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(store).parts)
                       and p.suffix.lower() in SUPPORTED_EXTENSIONS + UNSUPPORTED_AUDIO)
        first: dict[str, str] = {}
        for p in files:
            rel = p.relative_to(store).as_posix()
            # The id is the file's stem, stable from night to night; a second file with the same
            # stem is refused (name it in a manifest) rather than given an id that would change.
            error = None
            if not p.resolve().is_relative_to(store):
                error = f"{rel}: links to a file outside the store root {store}; refused"
            elif p.stem in first:
                error = (f"{rel}: call id '{p.stem}' is already taken by {first[p.stem]}; "
                         "give the calls distinct ids in a manifest")
            else:
                first[p.stem] = rel
            call_id = p.stem if first.get(p.stem) == rel else rel   # a refused file keeps its path as id
            jobs.append(CallJob(call_id, None if error else str(p), rel, call_date(None, rel, p),
                                agent_channel=agent_channel, error=error))
    if date is not None:
        jobs = [j for j in jobs if j.date == date]
    for j in jobs:
        if STARTED_AT_WARNING in j.metadata:
            log.warning("%s: %s", j.call_id, j.metadata[STARTED_AT_WARNING])
    return jobs
