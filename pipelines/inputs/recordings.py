"""The recording store: which calls there are, where their audio is, and what we know of them.

A store is a directory of recordings, nested folders allowed, or an object-store prefix
(``s3://bucket/recordings``, read through pyarrow's filesystems, so workers on other machines
share it; a remote recording is copied to a local temporary file only while it is decoded). An optional manifest (CSV or
JSONL) lists one call per row: ``call_id``, ``path`` (relative to the store root) and
optionally ``agent_id``, ``team``, ``started_at``, ``caller``, ``agent_channel``; any other
column is kept as call metadata. Without a manifest every audio file under the store is a
call whose id is the file's stem. A row whose path leaves the store root is refused, never read.
"""
from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import os
import posixpath
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date as Date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


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
    path: str | None                 # absolute path or object-store URI, None when refused
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


_URI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+://")


def is_uri(location: str | Path | None) -> bool:
    """``s3://…``, ``gs://…``, ``file://…``: a location read through pyarrow's filesystems."""
    return isinstance(location, str) and _URI.match(location) is not None


def _filesystem(uri: str):
    """(pyarrow filesystem, path inside it) of an object-store URI; a clear error if unusable."""
    from pyarrow import fs
    try:
        return fs.FileSystem.from_uri(uri)
    except Exception as exc:   # ArrowInvalid (bad URI), OSError (no credentials, unknown scheme)
        raise StoreError(f"{uri}: cannot open this object store ({exc}); see docs/operations.md "
                         "for the S3 settings") from None


def _uri(uri: str, inner_path: str) -> str:
    """The URI of ``inner_path`` on the filesystem of ``uri`` (same scheme and query)."""
    scheme = uri.split("://", 1)[0]
    query = uri.split("?", 1)[1] if "?" in uri else ""
    return f"{scheme}://{inner_path}" + (f"?{query}" if query else "")


def _open_binary(path: str | Path):
    if is_uri(path):
        filesystem, inner = _filesystem(str(path))
        return filesystem.open_input_stream(inner)
    return open(path, "rb")


def audio_sha256(path: str | Path) -> str:
    """Content hash of a recording: a call whose audio has not changed need not be transcribed again."""
    h = hashlib.sha256()
    with _open_binary(path) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@contextlib.contextmanager
def local_audio(path: str):
    """A local file holding the recording at ``path``: the path itself, or, for an object-store
    URI, a temporary copy (same suffix, so the decoder picks the same format) removed afterwards."""
    if not is_uri(path):
        yield path
        return
    suffix = posixpath.splitext(path.split("?", 1)[0])[1]
    fd, tmp = tempfile.mkstemp(prefix="callqa-audio-", suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as dst, _open_binary(path) as src:
            shutil.copyfileobj(src, dst, 1 << 20)
        yield tmp
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


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


_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})|(\d{4})(\d{2})(\d{2})")


def parse_day(value: str | Date, option: str = "--date", relative: bool = True) -> str:
    """A day given on the command line or in a file, as YYYY-MM-DD: ``YYYY-MM-DD`` or compact
    ``YYYYMMDD``, and with ``relative`` ``today`` / ``yesterday`` in the center's time zone
    (CALLQA_TZ). The one check of every command's --date / --since / --until (and of the days
    in reviewer files): a StoreError naming ``option``, the value and what is wrong."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    text = str(value).strip()
    if relative and text.lower() in ("today", "yesterday"):
        from datetime import timedelta

        return (center_today() - timedelta(days=1 if text.lower() == "yesterday" else 0)).isoformat()
    m = _DAY.fullmatch(text)
    if m is None:
        expected = "YYYY-MM-DD, 'today' or 'yesterday'" if relative else "YYYY-MM-DD"
        raise StoreError(f"{option} must be {expected}, not '{text}'")
    y, mo, d = (int(g) for g in m.groups() if g is not None)
    try:
        return Date(y, mo, d).isoformat()
    except ValueError as exc:
        raise StoreError(f"{option} '{text}' is not a real date ({exc})") from None


def parse_started_at(value: str | None) -> datetime | None:
    """An ISO 8601 time, always aware: without an offset it is the center's local time."""
    if value in (None, ""):
        return None
    try:
        ts = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=center_tz())


def call_date(started_at: str | None, rel_path: str, abs_path: Path | None,
              modified: float | None = None) -> str:
    """The call's day in the center's time zone: from started_at, else a date in its path, else
    the file's modification time (``modified``, or ``abs_path``'s), else today."""
    ts = parse_started_at(started_at)
    if ts is not None:
        return ts.astimezone(center_tz()).date().isoformat()
    m = _PATH_DATE.search(rel_path)
    if m:
        try:
            return Date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            pass
    if modified is None and abs_path is not None and abs_path.exists():
        modified = abs_path.stat().st_mtime
    if modified is not None:
        return datetime.fromtimestamp(modified, center_tz()).date().isoformat()
    return center_today().isoformat()


def _manifest_text(manifest: str | Path) -> str:
    if is_uri(str(manifest)):
        filesystem, inner = _filesystem(str(manifest))
        from pyarrow import fs
        if filesystem.get_file_info(inner).type != fs.FileType.File:
            raise StoreError(f"{manifest}: manifest not found")
        with filesystem.open_input_stream(inner) as f:
            data = f.read()
    else:
        if not Path(manifest).is_file():
            raise StoreError(f"{manifest}: manifest not found")
        data = Path(manifest).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{manifest}: not UTF-8 (byte {exc.start}); save the manifest as UTF-8 "
                         "(an Excel export is often GBK)") from None


def read_manifest(manifest: str | Path) -> list[dict]:
    """Rows of a CSV or JSONL manifest (a local file or an object-store URI), as dicts of
    strings; errors name the file and line."""
    suffix = posixpath.splitext(str(manifest).split("?", 1)[0])[1].lower()
    if suffix not in (".jsonl", ".ndjson", ".json", ".csv", ".tsv"):
        raise StoreError(f"{manifest}: manifest must be .csv or .jsonl, not '{suffix}'")
    text = _manifest_text(manifest)
    rows: list[dict] = []
    if suffix in (".jsonl", ".ndjson", ".json"):
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"{manifest}:{n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(row, dict):
                raise StoreError(f"{manifest}:{n}: each line must be a JSON object")
            rows.append(row)
    else:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter="\t" if suffix == ".tsv" else ",")
        missing = {"call_id", "path"} - set(reader.fieldnames or [])
        if missing:
            raise StoreError(f"{manifest}: missing column(s) {', '.join(sorted(missing))}")
        rows = [dict(r) for r in reader]
    for n, row in enumerate(rows, 1):
        if not str(row.get("call_id") or "").strip() or not str(row.get("path") or "").strip():
            raise StoreError(f"{manifest}: row {n} needs both call_id and path")
    return rows


class _LocalStore:
    """A directory of recordings."""
    def __init__(self, store: str | Path):
        self.root = Path(store).resolve()
        if not self.root.is_dir():
            raise StoreError(f"{self.root}: recording store not found (expected a directory)")

    def locate(self, rel: str) -> tuple[str | None, str | None, float | None]:
        """(where the recording is, why it cannot be read, its modification time)."""
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root):
            return None, f"{rel}: path resolves outside the store root {self.root}; refused", None
        if not target.is_file():
            return str(target), f"{rel}: file not found in the store", None
        return str(target), None, target.stat().st_mtime

    def files(self) -> list[tuple[str, str | None, str | None, float | None]]:
        """(relative path, location, refusal, mtime) of every visible file, sorted."""
        found = []
        for p in sorted(self.root.rglob("*")):
            rel = p.relative_to(self.root).as_posix()
            if not p.is_file() or any(part.startswith(".") for part in rel.split("/")):
                continue
            if not p.resolve().is_relative_to(self.root):
                found.append((rel, None, f"{rel}: links to a file outside the store root {self.root}; refused", None))
            else:
                found.append((rel, str(p), None, p.stat().st_mtime))
        return found


class _RemoteStore:
    """An object-store prefix (``s3://bucket/recordings``) read through pyarrow's filesystems."""
    def __init__(self, uri: str):
        from pyarrow import fs
        self.uri = uri.rstrip("/")
        self.fs, inner = _filesystem(self.uri)
        self.root = inner.rstrip("/")
        try:
            kind = self.fs.get_file_info(self.root).type
        except OSError as exc:
            raise StoreError(f"{self.uri}: cannot read the recording store ({exc})") from None
        if kind != fs.FileType.Directory:
            raise StoreError(f"{self.uri}: recording store not found (no objects under this prefix)")

    def locate(self, rel: str) -> tuple[str | None, str | None, float | None]:
        from pyarrow import fs
        clean = posixpath.normpath(rel.replace("\\", "/"))
        if clean.startswith(("../", "/")) or clean in ("..", "."):
            return None, f"{rel}: path resolves outside the store root {self.uri}; refused", None
        inner = f"{self.root}/{clean}"
        info = self.fs.get_file_info(inner)
        if info.type != fs.FileType.File:
            return _uri(self.uri, inner), f"{rel}: file not found in the store", None
        return _uri(self.uri, inner), None, info.mtime.timestamp() if info.mtime else None

    def files(self) -> list[tuple[str, str | None, str | None, float | None]]:
        from pyarrow import fs
        infos = self.fs.get_file_info(fs.FileSelector(self.root, recursive=True))
        found = []
        for info in sorted((i for i in infos if i.type == fs.FileType.File), key=lambda i: i.path):
            rel = info.path[len(self.root) + 1:]
            if any(part.startswith(".") for part in rel.split("/")):
                continue
            found.append((rel, _uri(self.uri, info.path), None, info.mtime.timestamp() if info.mtime else None))
        return found


def open_store(store: str | Path) -> _LocalStore | _RemoteStore:
    """The store at a local path or an object-store URI; StoreError when it cannot be read."""
    return _RemoteStore(store) if is_uri(str(store)) else _LocalStore(store)


def _job_from_row(store: _LocalStore | _RemoteStore, row: dict, default_channel: str) -> CallJob:
    call_id = str(row["call_id"]).strip()
    rel = str(row["path"]).strip()
    # A CSV row longer than its header puts the surplus under the key None: keep it, named.
    meta = {("_extra" if k is None else str(k)): v for k, v in row.items()
            if k not in KNOWN_COLUMNS and v not in (None, "", [])}
    opt = {k: (str(row[k]).strip() or None) if row.get(k) not in (None, "") else None
           for k in ("agent_id", "team", "started_at", "caller")}
    from callqa.asr.audio import AGENT_CHANNELS   # here: CallJob's importers (score, rescore) need no ASR stack

    channel = str(row.get("agent_channel") or default_channel).strip().lower()
    path, error, mtime = store.locate(rel)
    if path is not None and channel not in AGENT_CHANNELS:
        error = f"{rel}: agent_channel must be one of {', '.join(AGENT_CHANNELS)}, not '{channel}'"
    return CallJob(call_id, path, rel, call_date(opt["started_at"], rel, None, mtime),
                   opt["agent_id"], opt["team"], opt["started_at"], opt["caller"], channel, meta, error)


def discover(store: str | Path, manifest: str | Path | None = None, date: str | None = None,
             agent_channel: str = "left") -> list[CallJob]:
    """Lists the store's calls (optionally only those of one day), in a stable order."""
    from callqa.asr.audio import AGENT_CHANNELS, SUPPORTED_EXTENSIONS

    where = open_store(store)
    if date is not None:
        date = parse_day(date, relative=False)
    jobs: list[CallJob] = []
    if manifest is not None:
        seen: set[str] = set()
        for row in read_manifest(manifest):
            job = _job_from_row(where, row, agent_channel)
            if job.call_id in seen:
                raise StoreError(f"{manifest}: call_id '{job.call_id}' appears more than once")
            seen.add(job.call_id)
            jobs.append(job)
    else:
        if agent_channel not in AGENT_CHANNELS:
            raise StoreError(f"agent_channel must be one of {', '.join(AGENT_CHANNELS)}, not '{agent_channel}'")
        first: dict[str, str] = {}
        for rel, path, error, mtime in where.files():
            stem, suffix = posixpath.splitext(posixpath.basename(rel))
            if suffix.lower() not in SUPPORTED_EXTENSIONS + UNSUPPORTED_AUDIO:
                continue
            # The id is the file's stem, stable from night to night; a second file with the same
            # stem is refused (name it in a manifest) rather than given an id that would change.
            if error is None and stem in first:
                error = (f"{rel}: call id '{stem}' is already taken by {first[stem]}; "
                         "give the calls distinct ids in a manifest")
            elif error is None:
                first[stem] = rel
            call_id = stem if first.get(stem) == rel else rel   # a refused file keeps its path as id
            jobs.append(CallJob(call_id, None if error else path, rel, call_date(None, rel, None, mtime),
                                agent_channel=agent_channel, error=error))
    if date is not None:
        jobs = [j for j in jobs if j.date == date]
    for j in jobs:
        if STARTED_AT_WARNING in j.metadata:
            log.warning("%s: %s", j.call_id, j.metadata[STARTED_AT_WARNING])
    return jobs
