"""Benchmark (``make bench``): prints figures, asserts nothing.

ASR: for the same demo recordings and the same loaded model and options, wall time and
real-time factor of
  * plain faster-whisper from the file: ``decode_audio(split_stereo=True)`` (PyAV) then
    ``transcribe`` per channel;
  * plain faster-whisper on the very samples our decoder produces (``transcribe`` only):
    the fair baseline for our overhead, since a different resampler changes what Whisper
    hears and so how long its beam search takes;
  * our ``asr`` stage: decode + resample (soxr), role split, Silero voice activity,
    transcribe, hallucination filter, turn split, Simplified script.
Rounds alternate so machine drift hits every variant alike. Then rules + scoring throughput.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import soundfile as sf

from callqa.asr import AsrOptions, WhisperEngine, transcribe_call
from callqa.asr.audio import SUPPORTED_EXTENSIONS

DEMO_STORE = Path(__file__).resolve().parents[1] / "demo" / "store"


def plain_faster_whisper(engine: WhisperEngine, path: Path) -> int:
    from faster_whisper.audio import decode_audio

    info = sf.info(str(path))
    if info.channels == 2:
        signals = decode_audio(str(path), sampling_rate=16000, split_stereo=True)
    else:
        signals = (decode_audio(str(path), sampling_rate=16000),)
    n = 0
    for samples in signals:
        segments, _ = engine.model.transcribe(samples, **engine.transcription_kwargs())
        n += sum(1 for _ in segments)
    return n


def plain_on_our_samples(engine: WhisperEngine, path: Path) -> int:
    n = 0
    for samples in _DECODED[path]:
        segments, _ = engine.model.transcribe(samples, **engine.transcription_kwargs())
        n += sum(1 for _ in segments)
    return n


_DECODED: dict[Path, list] = {}


def ours(engine: WhisperEngine, path: Path) -> int:
    return len(transcribe_call(path, engine).segments)


def bench_asr(paths: list[Path], rounds: int, options: AsrOptions) -> None:
    engine = WhisperEngine(options)
    audio_s = sum(sf.info(str(p)).duration for p in paths)
    print(f"ASR benchmark: {len(paths)} recordings, {audio_s:.1f} s of calls, model {engine.label}, "
          f"{engine.device}/{engine.compute_type}, beam {options.beam_size}")
    from callqa.asr import load_audio
    for p in paths:  # decoded outside the clock, for the samples-only baseline
        _DECODED[p] = load_audio(p).channels
    for p in paths[:1]:  # warm-up: first-call allocations are not what we measure
        ours(engine, p)
    variants = (("plain fw from file", plain_faster_whisper), ("plain fw, same samples", plain_on_our_samples),
                ("callqa asr stage", ours))
    times = {name: [] for name, _ in variants}
    for r in range(rounds):
        for name, fn in variants:
            t0 = time.perf_counter()
            for p in paths:
                fn(engine, p)
            times[name].append(time.perf_counter() - t0)
            print(f"  round {r + 1} {name:<24} {times[name][-1]:7.2f} s", flush=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    for name, t in med.items():
        print(f"{name:<24} wall {t:7.2f} s   RTF {t / audio_s:.4f}   ({audio_s / t:.1f}x real time)")
    for base in ("plain fw, same samples", "plain fw from file"):
        ratio = med["callqa asr stage"] / med[base]
        print(f"ratio callqa / {base:<22} = {ratio:.3f}  (overhead {100 * (ratio - 1):+.1f}%)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, default=DEMO_STORE)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--model", default="base")
    ap.add_argument("--skip-asr", action="store_true", help="only the rules benchmark")
    ap.add_argument("--skip-rules", action="store_true", help="only the ASR benchmark")
    args = ap.parse_args()
    if not args.skip_asr:
        paths = sorted(p for p in args.store.rglob("*") if p.suffix.lower() in SUPPORTED_EXTENSIONS)
        bench_asr(paths, args.rounds, AsrOptions(model=args.model))
    if not args.skip_rules:
        try:
            from bench import rules as rules_bench
        except ImportError:
            print("rules benchmark: bench.rules not available")
        else:
            print()
            rules_bench.main([])


if __name__ == "__main__":
    main()
