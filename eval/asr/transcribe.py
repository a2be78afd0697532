"""Rebuilds the ASR half of the evaluation set from audio synthesised out of scripts.json, and
compares ASR settings on it (character error rate and rule precision/recall, one table).

    # 1. synthesise (audio stays out of git; synthesis is not bit-deterministic)
    ~/.cache/callqa-tts/kokoro/bin/python ../shared/tools/tts/synth_call.py eval/asr/scripts.json /tmp/callqa-eval-audio
    # 2. transcribe with callqa's own ASR stage and write the two JSONL files
    .venv/bin/python eval/asr/transcribe.py /tmp/callqa-eval-audio
    # or: transcribe with a profile into another file, keeping the committed ones
    .venv/bin/python eval/asr/transcribe.py /tmp/callqa-eval-audio --profile fast --out /tmp/fast.jsonl
    # 3. one table: CER against the references and rule P/R on what was heard, per file
    .venv/bin/python eval/asr/transcribe.py --compare eval/asr/whisper_transcripts.jsonl /tmp/fast.jsonl

Another set of scripts (the held-out independent calls in eval/independent/asr/) goes through
the same steps with ``--set DIR``: scripts.json is read there and the two files written there
(``--wait`` starts while the synthesiser still runs: each call is taken once its .json appears).

Writes eval/asr/reference_transcripts.jsonl (the synthesiser's true text and timings) and
eval/asr/whisper_transcripts.jsonl (what the embedded Whisper model heard), both in callqa's
transcript format with the script's ``labels`` and ``note``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KEEP = ("call_id", "agent_id", "labels", "note")
REFERENCES = HERE / "reference_transcripts.jsonl"


def transcribe(audio_dir: Path, out: Path | None, profile: str, folder: Path = HERE, wait: bool = False,
               **overrides) -> None:
    from callqa.asr import get_engine, profile_options, transcribe_call

    scripts = json.loads((folder / "scripts.json").read_text(encoding="utf-8"))
    options = profile_options(profile, **overrides)
    engine = get_engine(options)
    refs, hyps = [], []
    started, cpu = time.perf_counter(), time.process_time()
    for s in scripts:
        while wait and not (audio_dir / f"{s['call_id']}.json").exists():
            time.sleep(5)
        ref = json.loads((audio_dir / f"{s['call_id']}.json").read_text(encoding="utf-8"))
        head = {k: s[k] for k in KEEP if k in s}
        duration = max(seg["end"] for seg in ref["segments"])
        refs.append({**head, "segments": [{k: seg[k] for k in ("speaker", "start", "end", "text")}
                                           for seg in ref["segments"]]})
        t0 = time.perf_counter()
        t = transcribe_call(audio_dir / ref["audio"], engine, s["call_id"])
        took = time.perf_counter() - t0
        segs = [{"speaker": g.speaker, "start": round(g.start, 2), "end": round(g.end, 2), "text": g.text}
                for g in t.segments]
        hyps.append({**head, "asr_model": f"whisper-{options.model}", "audio": ref["audio"], "segments": segs})
        print(f"{s['call_id']}: {duration:.1f}s audio, {took:.1f}s, {len(segs)} segments", flush=True)
    print(f"{len(scripts)} calls in {time.perf_counter() - started:.1f} s, {time.process_time() - cpu:.1f} CPU s "
          f"(profile {profile}, beam {options.beam_size}, batch {options.batch_size})")
    targets = ([(out, hyps)] if out else
               [(folder / REFERENCES.name, refs), (folder / "whisper_transcripts.jsonl", hyps)])
    for path, rows in targets:
        with path.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


_NOT_TEXT = re.compile(r"[\W_]+", re.U)


def bare(segments: list[dict], speaker: str) -> str:
    from callqa.rules.normalize import to_simplified
    return _NOT_TEXT.sub("", to_simplified("".join(s["text"] for s in sorted(segments, key=lambda s: s["start"])
                                                   if s["speaker"] == speaker)))


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (characters), one row at a time."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cer(hyp_path: Path, ref_path: Path = REFERENCES) -> tuple[float, int]:
    """Character error rate over the calls both files hold, per speaker channel, punctuation
    removed, Simplified script → (CER, calls compared)."""
    refs = {r["call_id"]: r for r in map(json.loads, ref_path.read_text(encoding="utf-8").splitlines())}
    edits = chars = calls = 0
    for h in map(json.loads, hyp_path.read_text(encoding="utf-8").splitlines()):
        r = refs.get(h["call_id"])
        if r is None:
            continue
        calls += 1
        for speaker in ("agent", "customer", "unknown"):
            ref_text, hyp_text = bare(r["segments"], speaker), bare(h["segments"], speaker)
            edits += edit_distance(ref_text, hyp_text)
            chars += len(ref_text)
    return edits / max(chars, 1), calls


def compare(files: list[Path], references: Path = REFERENCES) -> None:
    """One row per transcript file: CER, micro precision/recall of the rules on the heard text,
    and the families whose P or R differ from the first file."""
    from callqa.rules import load_rulebook
    from eval.evaluate import evaluate_file

    REFERENCES = references  # noqa: N806 (the reference file of the set being compared)
    book = load_rulebook(None)
    ref_report = evaluate_file(REFERENCES, book)
    rows, first = [], None
    for path in [REFERENCES, *files]:
        report = ref_report if path == REFERENCES else evaluate_file(path, book)
        stats = report.stats()
        micro = report.micro()
        c, n = (0.0, len(report.outcomes)) if path == REFERENCES else cer(path, REFERENCES)
        fired = {o.call.call_id: o.predicted for o in report.outcomes}
        if path != REFERENCES and first is None:
            first = (stats, fired)
        changed = "" if path == REFERENCES or first is None else ", ".join(
            f"{fam} P {first[0][fam].precision or 0:.2f}→{s.precision or 0:.2f} R {first[0][fam].recall or 0:.2f}→"
            f"{s.recall or 0:.2f}" for fam, s in stats.items()
            if (s.precision, s.recall) != (first[0][fam].precision, first[0][fam].recall))
        calls_changed = "" if path == REFERENCES or first is None else str(
            sum(fired.get(k) != v for k, v in first[1].items()))
        rows.append((path.name if path.parent == references.parent else str(path), n, 100 * c, micro.precision, micro.recall,
                     calls_changed, changed))
    print(f"{'transcripts':<34}{'calls':>6}{'CER %':>8}{'P':>7}{'R':>7}  {'calls whose findings differ from row 2':<10}")
    for name, n, c, p, r, k, changed in rows:
        print(f"{name:<34}{n:>6}{c:8.2f}{p or 0:7.3f}{r or 0:7.3f}  {k:<4}{changed}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("audio_dir", nargs="?", type=Path, default=Path("/tmp/callqa-eval-audio"))
    ap.add_argument("--profile", default="accurate", help="ASR profile (accurate | fast)")
    ap.add_argument("--beam-size", type=int, default=None, help="override the profile's beam size")
    ap.add_argument("--batch-size", type=int, default=None, help="override the profile's batch size")
    ap.add_argument("--hotwords", default=None, help="override the hotwords prompt (e.g. to compare prompts)")
    ap.add_argument("--out", type=Path, default=None,
                    help="write what Whisper heard here only (the committed JSONL files are left alone)")
    ap.add_argument("--compare", type=Path, nargs="+", default=None, metavar="JSONL",
                    help="print CER and rule P/R of these transcript files against the references")
    ap.add_argument("--set", dest="folder", type=Path, default=HERE,
                    help="folder of the set: its scripts.json, and where the two JSONL files go (default eval/asr)")
    ap.add_argument("--wait", action="store_true", help="wait for each call's audio to appear (synthesis still running)")
    args = ap.parse_args(argv)
    if args.compare:
        return compare(args.compare, args.folder.resolve() / REFERENCES.name)
    transcribe(args.audio_dir, args.out, args.profile, args.folder.resolve(), args.wait,
               beam_size=args.beam_size, batch_size=args.batch_size, hotwords=args.hotwords)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
