"""Evidence you can hear: the stretch of the original recording around a finding, cut to a
WAV file (``callqa clip``; the report's and the review file's clips).

The recording is read where the run read it (``calls.audio_path``) at its own sample rate with
every channel kept — agent and customer stay on their own sides — and only the frames
needed are decoded. The clip is 16-bit PCM WAV, which every player and spreadsheet link opens.
Personal data stays out of clips too: every turn whose stored text was redacted (a mask such as
``[手机号]`` or ``139****5678``) is silenced, on every channel, with a small margin — the
turn, not the word, since word timings are not stored — so a reviewer can share a clip.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from callqa.pipelines.review import waivers

SEVERITY_ORDER = {"A": 0, "B": 1, "C": 2}
DURATION_TOLERANCE_S = 0.5
SILENCE_MARGIN_S = 0.25
WAIVED_TEXT = {"overturned": "overturned on appeal", "rejected": "rejected by its reviewers"}
_MASKED = re.compile(r"\[[^\[\]\s]{1,8}\]|\*{3,}")   # what redaction leaves in a turn


class ClipError(ValueError):
    """A clip that cannot be cut; the message names the call, finding or file and why."""


@dataclass(frozen=True)
class Clip:
    call_id: str
    finding_id: str
    rule_id: str
    path: Path
    start: float        # seconds into the recording
    end: float
    channels: int
    sample_rate: int
    warning: str = ""   # e.g. the finding no longer counts, the recording's length differs from when it was scored


def _call_row(con, call_id: str) -> dict:
    cur = con.execute("SELECT call_id, audio_path, duration_s, source FROM calls WHERE call_id = ?", [call_id])
    row = cur.fetchone()
    if row is None:
        raise ClipError(f"call {call_id!r} is not in this output")
    return dict(zip(("call_id", "audio_path", "duration_s", "source"), row))


def pick_finding(con, call_id: str, finding_id: str | None = None) -> dict:
    """The finding to cut: ``finding_id`` (an id from the findings table, waived or not), else
    the call's worst finding that still counts (fatal first, then severity A/B/C, most points,
    earliest) — one rejected by its reviewers or overturned on appeal is never the worst
    (:mod:`callqa.pipelines.review.waivers`). ``waived`` says why a finding no longer counts."""
    cur = con.execute(f"""SELECT f.finding_id, f.rule_id, f."check", f.severity, f.points, f.fatal, f.start, f."end",
                                 f.text, w.why AS waived
                          FROM findings f {waivers.join("f")} WHERE f.call_id = ?""", [call_id])
    names = [d[0] for d in cur.description]
    findings = [dict(zip(names, r)) for r in cur.fetchall()]
    if finding_id:
        match = [f for f in findings if f["finding_id"] == finding_id]
        if not match:
            known = ", ".join(f"{f['finding_id']} ({f['rule_id']})" for f in findings) or "none"
            raise ClipError(f"call {call_id}: no finding {finding_id!r} (its findings: {known})")
        return match[0]
    if not findings:
        raise ClipError(f"call {call_id} has no findings: nothing to cut (give --finding to pick one)")
    live = [f for f in findings if not f["waived"]]
    if not live:
        gone = ", ".join(f"{f['finding_id']} ({f['rule_id']}, {WAIVED_TEXT[f['waived']]})" for f in findings)
        raise ClipError(f"call {call_id} has no finding that still counts ({gone}): give --finding to cut one")
    return min(live, key=lambda f: (not f["fatal"], SEVERITY_ORDER.get(f["severity"], 9), -(f["points"] or 0),
                                    f["start"] or 0.0))


def cut(audio_path: str | Path, start: float, end: float, to: str | Path,
        silence: list[tuple[float, float]] = ()) -> tuple[float, float, int, int, float]:
    """Writes ``[start, end)`` seconds of ``audio_path`` (clamped to the recording) to ``to``
    as 16-bit WAV, all channels, original rate, with the ``silence`` spans (seconds into the
    recording) silenced. Returns (start, end, channels, rate, length)."""
    import soundfile as sf

    src = Path(audio_path)
    if not src.is_file():
        raise ClipError(f"{src}: recording not found (moved or deleted since it was scored?)")
    try:
        info = sf.info(str(src))
        rate, length = info.samplerate, info.frames / info.samplerate
        first = max(0, int(round(start * rate)))
        last = min(info.frames, int(round(end * rate)))
        if last <= first:
            raise ClipError(f"{src}: nothing to cut between {start:.1f} s and {end:.1f} s "
                            f"(the recording lasts {length:.1f} s)")
        data, _ = sf.read(str(src), start=first, stop=last, dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError) as exc:
        raise ClipError(f"{src}: not a readable recording ({exc})") from exc
    if silence:
        from callqa.pipelines.privacy import mask_audio
        offset = first / rate
        data = mask_audio(data, rate, [(a - offset, b - offset) for a, b in silence], margin=SILENCE_MARGIN_S)
    out = Path(to)
    out.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(out), data, rate, subtype="PCM_16", format="WAV")
    return first / rate, last / rate, data.shape[1], rate, length


def personal_turns(con, call_id: str) -> list[tuple[float, float]]:
    """(start, end) of the call's turns whose stored text holds a redaction mask."""
    rows = con.execute('SELECT start, "end", text FROM segments WHERE call_id = ?', [call_id]).fetchall()
    return [(float(a), float(b)) for a, b, text in rows if a is not None and b is not None and _MASKED.search(text or "")]


def clip_finding(con, call_id: str, to: str | Path, finding_id: str | None = None, pad: float = 2.0) -> Clip:
    """Cuts the finding (see :func:`pick_finding`) with ``pad`` seconds either side.
    ``con``: a connection from :func:`callqa.pipelines.sink.query.connect`."""
    if pad < 0:
        raise ClipError(f"--pad {pad}: must be zero or more seconds")
    call = _call_row(con, call_id)
    if not call["audio_path"]:
        how = "scored from a transcript" if call["source"] == "transcript" else "stored without its recording's path"
        raise ClipError(f"call {call_id} was {how}: no recording to cut")
    f = pick_finding(con, call_id, finding_id)
    start = float(f["start"] or 0.0)
    end = float(f["end"] if f["end"] is not None else start)
    got_start, got_end, channels, rate, length = cut(call["audio_path"], start - pad, end + pad, to,
                                                     silence=personal_turns(con, call_id))
    warning = (f"finding {f['finding_id']} was {WAIVED_TEXT[f['waived']]}: it no longer counts"
               if f.get("waived") else "")
    if call["duration_s"] and abs(length - call["duration_s"]) > DURATION_TOLERANCE_S:
        warning += "; " if warning else ""
        warning += (f"{call['audio_path']} lasts {length:.1f} s but the call was scored at {call['duration_s']:.1f} s: "
                    "the recording may have changed since, the clip may not hold the finding")
    return Clip(call_id, f["finding_id"], f["rule_id"], Path(to), got_start, got_end, channels, rate, warning)
