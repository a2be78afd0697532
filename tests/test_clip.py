"""Evidence clips cut from the demo recordings around stored findings (``callqa clip``), and
the report's ``--clips`` links. The demo calls are scored from their reference transcripts
(no Whisper) with ``audio_path`` pointing at the demo store, as the nightly run stores them."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.pipelines.evidence import ClipError, clip_finding, pick_finding
from callqa.pipelines.record import CallResult, apply_rules
from callqa.pipelines.sink.query import connect
from callqa.pipelines.sink.writer import write_results
from callqa.rules import load_rulebook
REPO = Path(__file__).resolve().parents[1]
STORE = REPO / "demo" / "store"
REFERENCE = REPO / "demo" / "reference"


def _demo_call(call_id: str, store) -> CallResult:
    ref = json.loads((REFERENCE / f"{call_id}.json").read_text(encoding="utf-8"))
    audio = store / ref["audio"]
    info = sf.info(str(audio))
    job = {"call_id": call_id, "path": str(audio.resolve()), "rel_path": ref["audio"], "date": "2026-11-21",
           "agent_id": ref["agent_id"], "team": ref["team"], "started_at": ref["started_at"], "caller": ref["caller"],
           "agent_channel": "right" if call_id == "demo_003" else "left", "metadata": {}, "error": None}
    segments = [{**s, "channel": None} for s in ref["segments"]]
    return apply_rules(CallResult(job, "ok", duration_s=info.frames / info.samplerate, channels=info.channels,
                                  sample_rate=info.samplerate, roles="channel", segments=segments), load_rulebook())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("clip")
    store = root / "store"
    shutil.copytree(STORE, store)
    out = root / "out"
    write_results(out, [_demo_call(c, store) for c in ("demo_001", "demo_002", "demo_003")], "test-clip")
    transcript_only = _demo_call("demo_004", store)
    transcript_only.job["path"], transcript_only.source = None, "transcript"
    write_results(out, [transcript_only], "test-clip-transcript")
    return {"out": out, "store": store, "con": connect(out)}


def _findings(con, call_id):
    cur = con.execute('SELECT finding_id, rule_id, severity, points, fatal, start, "end" FROM findings '
                      "WHERE call_id = ? ORDER BY start", [call_id])
    return [dict(zip([d[0] for d in cur.description], r)) for r in cur.fetchall()]


def test_clip_keeps_both_channels_and_the_original_samples(demo, tmp_path):
    con = demo["con"]
    f = next(x for x in _findings(con, "demo_002") if x["rule_id"] == "QA121")     # 不清楚, mid-call
    clip = clip_finding(con, "demo_002", tmp_path / "c.wav", f["finding_id"], pad=1.5)
    src = demo["store"] / "2026-11-21/team-b/demo_002.flac"
    rate = sf.info(str(src)).samplerate
    first, last = round((f["start"] - 1.5) * rate), round((f["end"] + 1.5) * rate)
    got, got_rate = sf.read(str(clip.path), dtype="int16", always_2d=True)
    want, _ = sf.read(str(src), start=first, stop=last, dtype="int16", always_2d=True)
    assert got_rate == rate == 8000 and got.shape == (last - first, 2)
    assert np.array_equal(got, want)                                  # the recording itself, both sides
    assert not np.array_equal(got[:, 0], got[:, 1])                   # agent and customer stay apart
    assert (clip.start, clip.end) == pytest.approx((first / rate, last / rate))
    assert sf.info(str(clip.path)).subtype == "PCM_16" and clip.warning == ""


def test_default_is_the_worst_finding_and_clamps_at_the_edges(demo, tmp_path):
    con = demo["con"]
    findings = _findings(con, "demo_003")
    worst = pick_finding(con, "demo_003")
    assert worst["fatal"] and worst["rule_id"] == "QA131"             # the insult (一票否决) before anything else
    assert any(not f["fatal"] for f in findings)
    a = next(f for f in _findings(con, "demo_002") if f["severity"] == "A")
    assert pick_finding(con, "demo_002")["finding_id"] == a["finding_id"]  # tariff (A, 15 points)
    early = min(findings, key=lambda f: f["start"])
    clip = clip_finding(con, "demo_003", tmp_path / "e.wav", early["finding_id"], pad=early["start"] + 5)
    assert clip.start == 0.0                                          # the pad stops at the recording's start
    info = sf.info(str(clip.path))
    assert info.channels == 2 and info.frames == round(clip.end * 8000)  # μ-law WAV read and written as PCM


def test_clip_errors_name_the_cause(demo, tmp_path):
    con = demo["con"]
    with pytest.raises(ClipError, match="not in this output"):
        clip_finding(con, "nope", tmp_path / "x.wav")
    with pytest.raises(ClipError, match="no finding 'ffff'.*QA"):
        clip_finding(con, "demo_002", tmp_path / "x.wav", "ffff")
    with pytest.raises(ClipError, match="scored from a transcript"):
        clip_finding(con, "demo_004", tmp_path / "x.wav")
    with pytest.raises(ClipError, match="demo_001 has no findings"):
        clip_finding(con, "demo_001", tmp_path / "x.wav")
    moved = demo["store"] / "2026-11-21/team-b/demo_003.wav"
    moved.rename(moved.with_suffix(".bak"))
    try:
        with pytest.raises(ClipError, match="demo_003.wav: recording not found"):
            clip_finding(con, "demo_003", tmp_path / "x.wav")
    finally:
        moved.with_suffix(".bak").rename(moved)
    assert not (tmp_path / "x.wav").exists()


def test_cli_clip(demo, tmp_path):
    runner = CliRunner()
    to = tmp_path / "clips" / "demo_002.wav"
    res = runner.invoke(app, ["clip", "demo_002", "--out", str(demo["out"]), "--to", str(to), "--pad", "2"])
    assert res.exit_code == 0, res.output
    assert "demo_002 QA151" in res.output and str(to) in res.output and "2 channel(s), 8000 Hz" in res.output
    assert sf.info(str(to)).channels == 2
    res = runner.invoke(app, ["clip", "demo_002", "--out", str(demo["out"]), "--to", str(to), "--finding", "bad"])
    assert res.exit_code == 2 and "no finding 'bad'" in res.output
    folder = tmp_path / "clips"
    res = runner.invoke(app, ["clip", "demo_002", "--out", str(demo["out"]), "--to", str(folder)])
    assert res.exit_code == 2, res.output
    assert f"--to {folder}: a folder; give the WAV file to write (e.g. {folder / 'demo_002.wav'})" in res.output
    assert sorted(p.name for p in folder.iterdir()) == ["demo_002.wav"]


def test_a_rejected_finding_is_never_the_worst(demo, tmp_path):
    from callqa.pipelines.review.verdicts import import_reviews

    out = tmp_path / "out"
    shutil.copytree(demo["out"], out)
    tariff = next(f for f in _findings(demo["con"], "demo_002") if f["rule_id"] == "QA151")
    filled = tmp_path / "reviews.csv"
    filled.write_text(f"call_id,finding_id,verdict,reviewer\ndemo_002,{tariff['finding_id']},reject,李娜\n", encoding="utf-8")
    import_reviews(out, filled, load_rulebook(), "test-review")
    runner, to = CliRunner(), tmp_path / "w.wav"
    res = runner.invoke(app, ["clip", "demo_002", "--out", str(out), "--to", str(to)])
    assert res.exit_code == 0, res.output
    assert "demo_002 QA151" not in res.output and "demo_002 QA1" in res.output and "warning" not in res.output
    res = runner.invoke(app, ["clip", "demo_002", "--out", str(out), "--to", str(to), "--finding", tariff["finding_id"]])
    assert res.exit_code == 0, res.output
    assert "demo_002 QA151" in res.output and "rejected by its reviewers: it no longer counts" in res.output


def test_report_links_clips_beside_the_page(demo, tmp_path):
    html = tmp_path / "r" / "nov.html"
    res = CliRunner().invoke(app, ["report", "--out", str(demo["out"]), "--month", "2026-11", "--html", str(html),
                                   "--clips"])
    assert res.exit_code == 0, res.output
    clips = sorted((tmp_path / "r" / "nov_clips").glob("*.wav"))
    assert clips and all(sf.info(str(c)).channels == 2 for c in clips)
    page = html.read_text(encoding="utf-8")
    for c in clips:
        assert f'src="nov_clips/{c.name}"' in page
    assert "demo_004: no recording" in res.output                     # transcript-only example: said, not linked


def test_turns_holding_personal_data_are_silenced(tmp_path):
    """A clip around a turn whose stored text was redacted is silent there, on every channel."""
    import numpy as np
    import soundfile as sf
    from callqa.pipelines.evidence import cut

    rate = 8000
    t = np.arange(rate * 6) / rate
    sig = np.stack([0.3 * np.sin(2 * np.pi * 440 * t), 0.3 * np.sin(2 * np.pi * 660 * t)], axis=1).astype("float32")
    src = tmp_path / "call.wav"
    sf.write(src, sig, rate)
    cut(src, 1.0, 5.0, tmp_path / "clip.wav", silence=[(2.5, 3.0)])
    clip, _ = sf.read(tmp_path / "clip.wav", always_2d=True)
    quiet = clip[int(1.3 * rate):int(2.2 * rate)]          # 2.25–3.25 s of the recording, margins included
    loud = clip[:int(1.0 * rate)]                           # 1–2 s: untouched
    assert np.abs(quiet).max() == 0 and np.abs(loud).max() > 0.2
