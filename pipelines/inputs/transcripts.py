"""Calls already transcribed, by us or another ASR vendor, one JSON object per line.

``{"call_id", "agent_id"?, "team"?, "started_at"?, "caller"?, "segments": [{"speaker",
"start", "end", "text"}]}``. Keys we do not know are kept as call metadata, not rejected. A
line that does not fit becomes a failed call naming the file, the line and the reason.
"""
from __future__ import annotations

import codecs
import json
from operator import itemgetter, lt
from pathlib import Path
from typing import Iterator, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from callqa.rules.normalize import to_simplified

from callqa.pipelines.record import CallResult
from callqa.pipelines.inputs.recordings import CallJob, call_date

SEGMENTS_WARNING = "segments_warning"    # metadata key: segments that ended before they started
KNOWN = {"call_id", "agent_id", "team", "started_at", "caller", "segments", "duration", "asr_model"}


class SegmentIn(BaseModel):
    model_config = ConfigDict(extra="ignore")
    speaker: Literal["agent", "customer", "unknown"]
    start: float = Field(ge=0)
    end: float = Field(ge=0)
    text: str


class TranscriptIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    call_id: str = Field(min_length=1)
    agent_id: str | None = None
    team: str | None = None
    started_at: str | None = None
    caller: str | None = None
    duration: float | None = None
    segments: list[SegmentIn]

    @field_validator("agent_id", "team", "caller", "started_at", mode="before")
    @classmethod
    def _as_text(cls, v):
        return None if v is None else str(v)


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def read_transcripts(path: str | Path) -> Iterator[CallResult]:
    """Yields one CallResult per non-blank line (status ok, or failed with the reason), reading
    the file a piece at a time (:func:`line_ranges`), never all of it at once."""
    path = Path(path)
    for piece in line_ranges(path, READ_LINES):
        yield from parse_range(path, *piece)


READ_LINES = 1_000      # lines read and parsed at a time by read_transcripts


def line_ranges(path: Path, lines: int) -> Iterator[tuple[int, int, int]]:
    """(first byte, end byte, number of the first line) of consecutive pieces of ``path`` of
    ``lines`` lines each, cut after a line feed: what a worker reads and parses itself
    (:func:`parse_range`), so that the process handing out the work reads the file once, in
    C, and never decodes, copies or sends its text (116 MB for 5,000 long calls). Lines are
    numbered as text mode would: ``\\n``, ``\\r\\n`` and a lone ``\\r`` each end one."""
    import mmap

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: transcript file not found")
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        start, first = 0, 1
        while start < size:
            end, feeds = start, 0
            while feeds < lines and (cut := data.find(b"\n", end)) >= 0:
                end, feeds = cut + 1, feeds + 1
            if feeds < lines:
                end = size
            yield start, end, first
            if data.find(b"\r", start, end) < 0:
                first += feeds
            else:                      # carriage returns: count lines as text mode does
                piece = data[start:end]
                first += piece.count(b"\n") + piece.count(b"\r") - piece.count(b"\r\n")
            start = end


def parse_range(path: Path, start: int, end: int, first: int) -> Iterator[CallResult]:
    """The calls of bytes ``start:end`` of ``path`` (lines numbered from ``first``); a line
    that is not UTF-8 becomes a failed call naming it, as any other line that does not fit."""
    with Path(path).open("rb") as f:
        f.seek(start)
        data = f.read(end - start)
    if start == 0 and data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    for n, raw in enumerate(data.splitlines(), first):     # bytes: \n, \r\n, \r only
        value = _fast_json(raw)
        if value is not _SLOW:
            yield _from_json(path, n, value)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield _failed(path, n, f"{Path(path).stem}:{n}",
                          f"not UTF-8 text (byte {exc.start + 1} of the line: {exc.reason})")
            continue
        if line.strip():
            yield parse_line(path, n, line)


_SLOW = object()
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19        # |n| ≥ 2**63 has 19 digits or more


def _fast_json(raw: bytes):
    """The line parsed by orjson (~half json's cost, no decoding first), or ``_SLOW``: a line
    orjson refuses (not JSON, not UTF-8, blank, NaN, a lone surrogate…) goes the ``json`` way,
    which accepts exactly what it did and words the errors as before, and so does a line with
    19 digits in a row, where orjson would make a float of an integer beyond 64 bits."""
    if raw.translate(_DIGITS_AS_ZERO).find(_LONG_NUMBER) >= 0:
        return _SLOW
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return _SLOW


def parse_line(path: Path, n: int, line: str) -> CallResult:
    """One line of a transcript file as a CallResult (failed, naming file and line, when it does not fit)."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        return _failed(path, n, f"{path.stem}:{n}", f"not valid JSON ({exc.msg})")
    if "\\ud" in line.lower() and _lone_surrogate(raw):
        # json decodes an unpaired \ud800-\udfff escape to no character; the text steps after would crash
        return _failed(path, n, f"{path.stem}:{n}", "holds an unpaired UTF-16 surrogate escape (\\ud800–\\udfff), "
                                                    "which is no character")
    return _from_json(path, n, raw)


def _lone_surrogate(raw) -> bool:
    try:
        json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _from_json(path: Path, n: int, raw) -> CallResult:
    """A parsed line as a CallResult (failed, naming file and line, when it does not fit)."""
    fallback_id = f"{path.stem}:{n}"
    try:
        given = _plain_segments(raw)
        if given is None:
            t = TranscriptIn.model_validate(raw)
            given = ([s.speaker for s in t.segments], [s.start for s in t.segments],
                     [s.end for s in t.segments], [s.text for s in t.segments])
        else:
            t = TranscriptIn.model_validate({**raw, "segments": []})
    except ValidationError as exc:
        cid = raw.get("call_id") if isinstance(raw, dict) and raw.get("call_id") else fallback_id
        return _failed(path, n, str(cid), _reason(exc))
    speakers, starts, ends, texts = given
    meta = {k: v for k, v in raw.items() if k not in KNOWN}
    if any(map(lt, ends, starts)):
        # scored all the same, the segment as long as nothing; said in the call's metadata
        # (as an unreadable started_at is), not dropped silently
        backwards = [i for i, (start, end) in enumerate(zip(starts, ends)) if end < start]
        i = backwards[0]
        meta[SEGMENTS_WARNING] = (
            f"{len(backwards)} segment(s) end before they start (first: segments.{i}, start {starts[i]:g} s, "
            f"end {ends[i]:g} s); their end was set to their start")
    # Without started_at the call is dated by the transcript file, so scoring the same
    # file again on another day replaces its rows instead of adding a second copy.
    job = CallJob(t.call_id, None, f"{path.name}:{n}", call_date(t.started_at, "", path),
                  t.agent_id, t.team, t.started_at, t.caller, "mono", meta)
    texts = _simplified(list(texts))
    ends = list(map(max, ends, starts))
    keys = list(zip(starts, ends))
    segments = [{"speaker": speakers[i], "start": starts[i], "end": ends[i], "text": texts[i], "channel": None}
                for i in sorted(range(len(keys)), key=keys.__getitem__)]     # by (start, end), ties in file order
    duration = t.duration or max(ends, default=0.0)
    status = "ok" if segments else "empty"
    return CallResult(job.to_dict(), status, source="transcript", duration_s=duration, roles="given",
                      segments=segments, asr_model=str(raw.get("asr_model") or "external"),
                      error=None if segments else f"{path}:{n}: transcript has no segments")


_SPEAKERS = frozenset(("agent", "customer", "unknown"))
_FIELDS = itemgetter("speaker", "start", "end", "text")
_NUMBERS = frozenset((int, float))      # not bool: pydantic's error
_TEXT = frozenset((str,))


def _plain_segments(raw) -> tuple[list, list[float], list[float], list[str]] | None:
    """The segments' speakers, starts, ends and texts when every segment is plainly what
    :class:`SegmentIn` accepts (a known speaker, numbers ≥ 0, a string) — the usual line,
    checked here column by column at a fraction of pydantic's cost; None: let pydantic judge
    (and word the error)."""
    segments = raw.get("segments") if type(raw) is dict else None
    if type(segments) is not list or not set(map(type, segments)) <= {dict}:
        return None
    if not segments:
        return [], [], [], []
    try:
        speakers, starts, ends, texts = zip(*map(_FIELDS, segments))
        if not (set(speakers) <= _SPEAKERS and set(map(type, texts)) <= _TEXT
                and set(map(type, starts)) <= _NUMBERS and set(map(type, ends)) <= _NUMBERS
                and all(map((0.0).__le__, starts)) and all(map((0.0).__le__, ends))):      # NaN: not ≥ 0
            return None
        return speakers, list(map(float, starts)), list(map(float, ends)), texts
    except (KeyError, TypeError, OverflowError):     # a key missing, an unhashable speaker, an integer too large for a float
        return None


def _simplified(texts: list[str]) -> list[str]:
    """Traditional → Simplified for a whole call in one conversion (one per segment costs ~5×)."""
    if any("\n" in t for t in texts):
        return [to_simplified(t) for t in texts]
    out = to_simplified("\n".join(texts)).split("\n")
    return out if len(out) == len(texts) else [to_simplified(t) for t in texts]


def _failed(path: Path, line: int, call_id: str, reason: str) -> CallResult:
    job = CallJob(call_id, None, f"{path.name}:{line}", call_date(None, "", path))
    return CallResult(job.to_dict(), "failed", source="transcript", error=f"{path}:{line}: {reason}")
