"""The call record: everything known about one call, to table rows (:func:`to_rows`) and
back (:func:`from_rows`).

Every run builds and reads calls through here, so a column added to the schema reaches the
nightly flow, ``score``, ``rescore`` and ``retranscribe`` alike (a test round-trips every
column).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone

from callqa.rules import Rulebook, Scorecard, Transcript, Utterance, score_call

from callqa.pipelines.inputs.recordings import CallJob, parse_started_at


@dataclass
class CallResult:
    """Everything known about one processed call; small enough to pass between tasks."""
    job: dict                                   # CallJob.to_dict()
    status: str                                 # ok | failed | empty
    source: str = "audio"
    error: str | None = None
    duration_s: float | None = None
    channels: int | None = None
    sample_rate: int | None = None
    roles: str | None = None
    segments: list[dict] = field(default_factory=list)   # speaker, start, end, text, channel, ...
    activity: list[dict] = field(default_factory=list)   # channel, speaker, start, end (voice activity)
    asr_model: str | None = None
    audio_sha256: str | None = None
    scorecard: Scorecard | None = None
    rulebook: str | None = None
    rulebook_version: str | None = None
    redaction: str | None = None      # the privacy policy this record's text is already redacted under


def to_transcript(call_id: str, segments: list[dict], duration: float | None,
                  activity: list[dict] | None = None) -> Transcript:
    """Segment and voice-activity rows (dicts, from ASR or from Parquet) → what the rules read."""
    return Transcript(call_id, [Utterance(s["speaker"], float(s["start"]), float(s["end"]), s["text"])
                                for s in segments], duration,
                      [Utterance(a["speaker"], float(a["start"]), float(a["end"]), "") for a in activity]
                      if activity else None)


def score_segments(call_id: str, segments: list[dict], duration: float | None, rulebook: Rulebook,
                   activity: list[dict] | None = None) -> Scorecard:
    return score_call(to_transcript(call_id, segments, duration, activity), rulebook)


def apply_rules(result: CallResult, rulebook: Rulebook, transcript: Transcript | None = None) -> CallResult:
    """Scores an ok call in place; failed and empty calls keep no score. ``transcript``: the
    call's, when already built (:func:`from_table`), else built from its segments."""
    result.rulebook, result.rulebook_version = rulebook.name, rulebook.identity   # version + guard models
    if result.status == "ok":
        result.scorecard = (score_call(transcript, rulebook) if transcript is not None else
                            score_segments(result.job["call_id"], result.segments, result.duration_s, rulebook,
                                           result.activity))
    return result


SEGMENT_FIELDS = ("channel", "speaker", "start", "end", "text", "avg_logprob", "no_speech_prob")
ACTIVITY_FIELDS = ("channel", "speaker", "start", "end")


def from_rows(call: dict, segments: list[dict], activity: list[dict]) -> CallResult:
    """The stored call (its ``calls`` row, segments in order, voice activity) as a CallResult
    that scores and writes back to the same rows: the inverse of :func:`to_rows` minus the
    scorecard, which rescoring recomputes. Its ``redaction`` mark says the stored segments
    are redacted: a caller passing other text (``segments_raw``) must clear it."""
    return _from_row(call, [{k: s[k] for k in SEGMENT_FIELDS} for s in sorted(segments, key=lambda s: s["seg_index"])],
                     [{k: a[k] for k in ACTIVITY_FIELDS} for a in activity])


def from_table(calls, segments, activity, activity_rows: bool = True) -> list[tuple[CallResult, Transcript]]:
    """:func:`from_rows` for many stored calls at once (pyarrow tables), column by column
    rather than row dict by row dict (a rescore reads back thousands of calls), each with
    the Transcript :func:`to_transcript` would build from its rows, built from the same
    columns. ``segments`` and ``activity`` hold the rows of these calls only, sorted by
    ``call_id`` (segments by ``seg_index`` within a call, activity in stored order).
    ``activity_rows`` False: results without activity rows, which a rescore never writes
    (the rules read the voice activity from the Transcript); a dict per row cost ~1/6 of this."""
    segs = _by_call(segments, SEGMENT_FIELDS, "text")
    acts = _by_call(activity, ACTIVITY_FIELDS, None, activity_rows)
    pairs = []
    for c in calls.to_pylist():
        seg_rows, utterances = segs.get(c["call_id"], ([], []))
        act_rows, voice = acts.get(c["call_id"], ([], []))
        result = _from_row(c, seg_rows, act_rows)
        pairs.append((result, Transcript(c["call_id"], utterances, result.duration_s, voice or None)))
    return pairs


def _by_call(tbl, fields: tuple[str, ...], text: str | None,
             with_rows: bool = True) -> dict[str, tuple[list[dict], list[Utterance]]]:
    """call_id → its rows (dicts of ``fields``; none unless ``with_rows``) and their
    Utterances (``text`` column, or no text: voice activity) in a table sorted by call_id."""
    import pyarrow.compute as pc

    needed = fields if with_rows else ("speaker", "start", "end") + ((text,) if text else ())
    cols = {name: tbl[name].to_pylist() for name in needed}
    rows = [dict(zip(fields, values)) for values in zip(*(cols[f] for f in fields))] if with_rows else None
    utterances = list(map(Utterance, cols["speaker"], map(float, cols["start"]), map(float, cols["end"]),
                          cols[text] if text else [""] * tbl.num_rows))
    # each call's stretch of rows from Arrow's run-end encoding (a Python loop over every
    # row to find them was a sixth of this function)
    runs = pc.run_end_encode(tbl["call_id"].combine_chunks())
    by_call, start = {}, 0
    for call_id, end in zip(runs.values.to_pylist(), runs.run_ends.to_pylist()):
        by_call[call_id] = (rows[start:end] if rows is not None else [], utterances[start:end])
        start = end
    return by_call


def _from_row(call: dict, segments: list[dict], activity: list[dict]) -> CallResult:
    started = call["started_at"].isoformat() if call["started_at"] else None
    job = CallJob(call["call_id"], call["audio_path"], call["path"], call["date"], call["agent_id"], call["team"], started,
                  call["caller"], call["agent_channel"] or "left",
                  json.loads(call["metadata"]) if call["metadata"] else {})
    return CallResult(job.to_dict(), call["status"], source=call["source"], error=call["error"],
                      duration_s=call["duration_s"], channels=call["channels"], sample_rate=call["sample_rate"],
                      roles=call["roles"], segments=segments, activity=activity,
                      asr_model=call["asr_model"], audio_sha256=call["audio_sha256"],
                      rulebook=call["rulebook"], rulebook_version=call["rulebook_version"],
                      redaction=call.get("redaction"))


def finding_id(call_id: str, rule_id: str, start: float | None) -> str:
    """A finding's id, stable across rescoring while the finding persists: the call, the rule
    and where it is (to 0.1 s), so a reviewer's verdict or a note stays attached to it."""
    import hashlib

    key = f"{call_id}\x1f{rule_id}\x1f{round(float(start or 0.0), 1):.1f}"
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def _utc(value: str | None) -> datetime | None:
    ts = parse_started_at(value)           # aware: offset-less times are the center's local time
    return None if ts is None else ts.astimezone(timezone.utc)


def add_rows(rows: dict[str, list[dict]], result: CallResult, run_id: str, only: str | None = None,
             datasets: tuple[str, ...] | None = None) -> list[dict]:
    """Appends one call's rows to ``rows`` (dataset → list), the batch the writer commits;
    returns the rows of dataset ``only`` when given."""
    for dataset, part in to_rows(result, run_id, datasets=(only,) if only else datasets).items():
        rows.setdefault(dataset, []).extend(part)
    return rows.get(only, []) if only else []


def to_rows(result: CallResult, run_id: str, processed_at: datetime | None = None,
            datasets: tuple[str, ...] | None = None) -> dict[str, list[dict]]:
    """Rows for calls, segments, findings and activity (only ``datasets`` when given: a rescore
    writes no segments), each carrying the ``date`` partition."""
    job = CallJob(**result.job)
    processed_at = processed_at or datetime.now(timezone.utc)
    card = result.scorecard
    base = {"call_id": job.call_id, "date": job.date, "run_id": run_id}
    call = {
        **base, "path": job.rel_path, "audio_path": job.path, "source": result.source, "agent_id": job.agent_id, "team": job.team,
        "started_at": _utc(job.started_at), "caller": job.caller, "agent_channel": job.agent_channel,
        "metadata": json.dumps(job.metadata, ensure_ascii=False, sort_keys=True, default=str) if job.metadata else None,
        "duration_s": result.duration_s, "channels": result.channels, "sample_rate": result.sample_rate,
        "roles": result.roles, "status": result.status, "error": result.error,
        "n_segments": len(result.segments), "asr_model": result.asr_model,
        "audio_sha256": result.audio_sha256,
        "rulebook": result.rulebook, "rulebook_version": result.rulebook_version, "redaction": result.redaction,
        "processed_at": processed_at,
    }
    findings = []
    if card is not None:
        call.update(score=card.score, passed=card.passed, fatal=card.fatal, grade=card.grade,
                    findings_a=card.counts.get("A", 0), findings_b=card.counts.get("B", 0),
                    findings_c=card.counts.get("C", 0), n_findings=len(card.findings),
                    dimension_scores=json.dumps(card.dimension_scores, ensure_ascii=False, sort_keys=True))
        seen: dict[str, int] = {}
        for f in card.findings:
            fid = finding_id(job.call_id, f.rule_id, f.start)
            seen[fid] = seen.get(fid, 0) + 1
            if seen[fid] > 1:               # the same rule twice at one position: numbered
                fid = f"{fid}-{seen[fid]}"
            findings.append({**base, "finding_id": fid, "agent_id": job.agent_id, "team": job.team, "rule_id": f.rule_id,
                             "check": f.check, "dimension": f.dimension, "severity": f.severity,
                             "points": f.points, "fatal": f.fatal, "speaker": f.speaker, "start": f.start,
                             "end": f.end, "text": f.text, "matched": f.matched, "explanation": f.explanation})
    wanted = set(datasets) if datasets is not None else {"calls", "segments", "findings", "activity"}
    rows: dict[str, list[dict]] = {}
    if "calls" in wanted:
        rows["calls"] = [call]
    if "segments" in wanted:
        columns = segment_columns(result, run_id)
        rows["segments"] = [dict(zip(columns, values)) for values in zip(*columns.values())]
    if "findings" in wanted:
        rows["findings"] = findings
    if "activity" in wanted:
        rows["activity"] = [{**base, **{k: a.get(k) for k in ACTIVITY_FIELDS}} for a in result.activity]
    return rows


def segment_columns(result: CallResult, run_id: str) -> dict[str, list]:
    """A call's ``segments`` rows (:func:`to_rows`) as columns: the writer builds its table
    from these, without a dict per segment."""
    segs, job = result.segments, result.job
    n = len(segs)
    return {"call_id": [job["call_id"]] * n, "date": [job["date"]] * n, "run_id": [run_id] * n,
            "seg_index": list(range(n)), "channel": [s.get("channel") for s in segs],
            "speaker": [s["speaker"] for s in segs], "start": [s["start"] for s in segs],
            "end": [s["end"] for s in segs], "text": [s["text"] for s in segs],
            "avg_logprob": [s.get("avg_logprob") for s in segs], "no_speech_prob": [s.get("no_speech_prob") for s in segs]}
