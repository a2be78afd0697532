"""Benchmark (``make bench``): prints figures, asserts nothing.

For the same calls (the demo store plus, when present, the synthesised ASR evaluation audio:
at least 8 calls), in one run, each variant in its own process so its peak memory is its own:

  * ``plain faster-whisper``: the reference of issue 12: ``decode_audio(split_stereo=True)``
    (PyAV) then ``WhisperModel.transcribe`` per channel, one call after the other (its own
    Silero VAD filter, word timestamps, beam 5: :data:`REFERENCE`, whatever callqa's defaults
    are now; same hotwords);
  * ``callqa asr stage``: :func:`callqa.asr.prefetch_calls` + :func:`transcribe_prepared`, what
    the nightly flow runs: decode + resample (soxr) and Silero once per channel in a background
    thread, both channels' speech chunks in one batched decode, hallucination filter, turn
    split, Simplified script;
  * ``callqa run``: the whole CLI (process start, model load, Prefect, rules, Parquet).

Throughput is audio seconds per wall second (model load excluded for the first two, included
for the whole run); ratios are against plain faster-whisper. ``--before TREE`` adds the ASR
stage and the whole run of another checkout (e.g. ``git worktree add /tmp/before <commit>``)
for a before/after table in the same run (at its own defaults, plus ``--beam-size`` /
``--batch-size`` where given). Rounds alternate so machine drift hits every
variant alike. Then the rules benchmark.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEMO_STORE = ROOT / "demo" / "store"
EVAL_AUDIO = Path("/tmp/callqa-eval-audio")     # eval/asr/transcribe.py's documented location
AUDIO_EXT = (".wav", ".flac", ".ogg", ".oga", ".mp3")


def find_calls(dirs: list[Path]) -> list[Path]:
    return [p for d in dirs if d.is_dir() for p in sorted(d.rglob("*")) if p.suffix.lower() in AUDIO_EXT]


# --- workers: run in a child process, print one JSON line ------------------------------------

def plain_faster_whisper(engine, path) -> int:
    """Today's reference on one file: PyAV decode split by channel, then faster-whisper's own
    sequential ``transcribe`` (its Silero filter, the engine's beam, hotwords, word timestamps)
    per channel → segments heard. Also the baseline of ``bench.nightly``."""
    import soundfile as sf
    from faster_whisper.audio import decode_audio

    stereo = sf.info(str(path)).channels == 2
    signals = decode_audio(str(path), sampling_rate=16000, split_stereo=stereo)
    n = 0
    for samples in (signals if stereo else (signals,)):
        segments, _ = engine.model.transcribe(samples, **engine.transcription_kwargs())
        n += sum(1 for _ in segments)
    return n


def worker(variant: str, files: list[str], options: dict) -> None:
    from callqa import asr
    from callqa.asr import AsrOptions, WhisperEngine
    opts = AsrOptions(**{k: v for k, v in options.items() if k in AsrOptions.__dataclass_fields__})
    engine = WhisperEngine(opts)
    t0, c0 = time.perf_counter(), time.process_time()
    n = 0
    if variant == "plain":
        for f in files:
            n += plain_faster_whisper(engine, f)
    elif variant == "stage":
        if hasattr(asr, "prefetch_calls"):
            for _, prepared in asr.prefetch_calls(files, opts):
                n += len(asr.transcribe_prepared(prepared, engine).segments)
        else:                           # an older checkout (--before): one call after the other
            for f in files:
                n += len(asr.transcribe_call(f, engine).segments)
    elif variant == "long":            # files = [path of the generated call]
        t = asr.transcribe_call(files[0], engine)
        n = len(t.segments)
    else:
        raise SystemExit(f"unknown variant {variant}")
    print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0, "segments": n}))


# --- parent ----------------------------------------------------------------------------------

def before_env(tree: Path, scratch: Path) -> dict:
    """Environment that imports callqa from another checkout (its four package directories)."""
    ns = scratch / "ns" / "callqa"
    ns.mkdir(parents=True, exist_ok=True)
    for name in ("asr", "rules", "pipelines", "models"):
        link = ns / name
        if not link.exists():
            link.symlink_to(tree / name)
    models = os.environ.get("CALLQA_MODELS_DIR") or str((ROOT / "models" / "assets").resolve())
    return {**os.environ, "PYTHONPATH": f"{scratch / 'ns'}{os.pathsep}{ROOT}", "CALLQA_MODELS_DIR": models}


class _Popen(subprocess.Popen):
    """Popen that keeps the child's own peak RSS and CPU seconds (rusage from wait4)."""
    peak_mb = cpu_s = 0.0

    def _try_wait(self, wait_flags):
        pid, status, usage = os.wait4(self.pid, wait_flags)
        if pid:
            self.peak_mb, self.cpu_s = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        return pid, status


def run_child(cmd: list[str], env: dict | None = None) -> tuple[float, float, str, float]:
    """(wall s, peak RSS MB, stdout, CPU s) of a child process."""
    t0 = time.perf_counter()
    proc = _Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    out, errs = proc.communicate()
    wall = time.perf_counter() - t0
    text = out.decode() + errs.decode()
    # `callqa run` exits 1 when some call failed: still a run, if it got as far as its summary.
    if proc.returncode != 0 and not (proc.returncode == 1 and "callqa summary" in text):
        raise RuntimeError(f"{' '.join(map(str, cmd[:5]))}... exited {proc.returncode}: {text[-2000:]}")
    return wall, proc.peak_mb, out.decode(), proc.cpu_s


# The reference when issue 12 was filed: faster-whisper's defaults for callqa then (beam 5, word
# timestamps); the plain baseline always runs with these, whatever callqa's defaults became.
REFERENCE = {"beam_size": 5, "word_timestamps": True}


def bench_asr(files: list[Path], rounds: int, options: dict, before: Path | None,
              explicit: list[str] | None = None, workers: list[int] | None = None) -> None:
    """``options``: callqa's (profile and command line); ``explicit``: the callqa run arguments
    given on the command line, the only ones the ``--before`` checkout gets (else its defaults)."""
    import soundfile as sf
    audio_s = sum(sf.info(str(p)).duration for p in files)
    py = sys.executable
    scratch = Path(tempfile.mkdtemp(prefix="callqa-bench-"))
    store = scratch / "store"
    store.mkdir()
    for i, p in enumerate(files):       # one flat store of copies: `callqa run` refuses links leaving it
        shutil.copyfile(p, store / f"{i:03d}_{p.name}")
    cli = [py, "-c", "from callqa.pipelines.display.cli import app; app()", "run", "--store", str(store)]
    opt_args = ["--beam-size", str(options["beam_size"]), "--batch-size", str(options["batch_size"])]
    if options.get("profile"):
        opt_args += ["--profile", options["profile"]]
    spec = json.dumps(options)
    plain = json.dumps({"model": options["model"], **REFERENCE})
    names = [str(p) for p in files]
    variants = [
        ("plain faster-whisper", [py, "-m", "bench.pipeline", "--worker", "plain", "--options", plain, *names], None),
        ("callqa asr stage", [py, "-m", "bench.pipeline", "--worker", "stage", "--options", spec, *names], None),
        ("callqa run", cli + ["--out", str(scratch / "out")] + opt_args, None),
    ]
    # callqa run pseudonymises callers by default and refuses to without a key (not a secret here).
    os.environ.setdefault("CALLQA_PRIVACY_KEY", "callqa-bench-key-not-a-secret")
    # Prefect's temporary API server: its own home, and time to start on a busy machine.
    run_env = {**os.environ, "PREFECT_HOME": str(scratch / "prefect"),
               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "300"}
    variants[2] = (variants[2][0], variants[2][1], run_env)
    for n in workers or []:     # the whole run again with N calls at once (Dask worker processes when N > 1)
        variants.append((f"callqa run --workers {n}", cli + ["--out", str(scratch / "out"), "--workers", str(n)]
                         + opt_args, run_env))
    if before:
        env = {**before_env(before, scratch), **{k: run_env[k] for k in ("PREFECT_HOME",
               "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")}}
        explicit = explicit or []
        old = {"model": options["model"], **{k: options[k] for k in ("beam_size", "batch_size") if k in explicit}}
        old_args = [a for k in ("beam_size", "batch_size") if k in explicit
                    for a in (f"--{k.replace('_', '-')}", str(options[k]))]
        variants += [
            ("before: asr stage", [py, "-m", "bench.pipeline", "--worker", "stage", "--options", json.dumps(old),
                                   *names], env),
            ("before: callqa run", cli + ["--out", str(scratch / "out-before")] + old_args, env),
        ]
    print(f"ASR benchmark: {len(files)} calls, {audio_s:.1f} s of audio, callqa options {spec}, plain "
          f"faster-whisper {plain}, {os.cpu_count()} CPUs")
    if len(files) < 8:
        print("  note: fewer than 8 calls; synthesise the ASR evaluation audio (eval/asr/transcribe.py) for more")
    walls: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    cpus: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    peaks: dict[str, float] = {name: 0.0 for name, _, _ in variants}
    try:
        for r in range(rounds):
            for name, cmd, env in variants:
                shutil.rmtree(scratch / "out", ignore_errors=True)
                shutil.rmtree(scratch / "out-before", ignore_errors=True)
                wall, peak, out, cpu = run_child(cmd, env)
                if "--worker" in cmd:
                    res = json.loads(out.strip().splitlines()[-1])
                    wall, cpu = res["wall"], res["cpu"]
                walls[name].append(wall)
                cpus[name].append(cpu)
                peaks[name] = max(peaks[name], peak)
                print(f"  round {r + 1} {name:<22} {wall:7.1f} s  CPU {cpu:7.1f} s  peak {peak:6.0f} MB", flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in walls.items()}
    cpu = {k: statistics.median(v) for k, v in cpus.items()}
    ref, ref_cpu = med["plain faster-whisper"], cpu["plain faster-whisper"]
    print(f"\n{'variant':<24}{'wall s':>8}{'audio s/wall s':>15}{'vs plain':>9}"
          f"{'CPU s':>8}{'audio s/CPU s':>14}{'vs plain':>9}{'peak MB':>9}")
    for name, t in med.items():
        print(f"{name:<24}{t:8.1f}{audio_s / t:15.1f}{ref / t:8.2f}x{cpu[name]:8.1f}{audio_s / cpu[name]:14.1f}"
              f"{ref_cpu / cpu[name]:8.2f}x{peaks[name]:9.0f}")
    print("(CPU seconds: the work done, whatever else the machine runs; wall: what a dedicated machine sees)")
    if before:
        for a, b in (("callqa asr stage", "before: asr stage"), ("callqa run", "before: callqa run")):
            print(f"{a} vs {b}: {med[b] / med[a]:.2f}x throughput by wall time, "
                  f"{cpu[b] / cpu[a]:.2f}x by CPU time")


def bench_long(minutes: int, options: dict) -> None:
    """One generated call of ``minutes`` (the short real test call tiled, 8 kHz stereo) through
    callqa's ASR stage in a fresh process: wall time and peak RSS."""
    import numpy as np
    import soundfile as sf
    call, rate = sf.read(ROOT / "tests" / "fixtures" / "short_stereo_8k.wav", dtype="float32")
    minute = np.resize(call, (rate * 60, 2))
    with tempfile.TemporaryDirectory(prefix="callqa-long-") as tmp:
        path = Path(tmp) / "long_call.flac"
        with sf.SoundFile(path, "w", rate, 2) as f:
            for _ in range(minutes):
                f.write(minute)
        wall, peak, out, _ = run_child([sys.executable, "-m", "bench.pipeline", "--worker", "long",
                                     "--options", json.dumps(options), str(path)])
    res = json.loads(out.strip().splitlines()[-1])
    print(f"long call: {minutes} min generated, transcribed in {res['wall']:.0f} s "
          f"({minutes * 60 / res['wall']:.1f}x real time), {res['segments']} segments, peak RSS {peak:.0f} MB")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--audio", type=Path, action="append",
                    help=f"directories of calls (default: {DEMO_STORE.relative_to(ROOT)} and {EVAL_AUDIO} if present)")
    ap.add_argument("--rounds", type=int, default=1, help="0: skip the comparison (e.g. with --long alone)")
    ap.add_argument("--model", default="base")
    ap.add_argument("--profile", default=None, help="ASR profile for callqa's variants (default: accurate)")
    ap.add_argument("--beam-size", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--before", type=Path, default=None, help="another checkout to compare (before/after)")
    ap.add_argument("--workers", type=int, action="append", default=None, metavar="N",
                    help="also the whole run with --workers N (repeatable)")
    ap.add_argument("--long", type=int, default=0, metavar="MINUTES",
                    help="also transcribe one generated call this long and report its peak RSS")
    ap.add_argument("--skip-asr", action="store_true", help="only the rules benchmark")
    ap.add_argument("--skip-rules", action="store_true", help="only the ASR benchmark")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--options", help=argparse.SUPPRESS)
    ap.add_argument("files", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.files, json.loads(args.options))
    if not args.skip_asr:
        from callqa.asr import profile_options
        opts = profile_options(args.profile or "accurate", model=args.model, beam_size=args.beam_size,
                               batch_size=args.batch_size)
        options = {"model": opts.model, "beam_size": opts.beam_size, "batch_size": opts.batch_size,
                   "word_timestamps": opts.word_timestamps}
        if args.profile:
            options["profile"] = args.profile
        if args.rounds > 0:
            explicit = [k for k in ("beam_size", "batch_size") if getattr(args, k) is not None]
            bench_asr(find_calls(args.audio or [DEMO_STORE, EVAL_AUDIO]), args.rounds, options, args.before,
                      explicit, args.workers)
        if args.long:
            bench_long(args.long, options)
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
