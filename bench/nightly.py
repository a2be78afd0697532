"""Benchmark of the nightly run (``python -m bench.nightly``): prints figures, asserts nothing.

1. An empty night (a date with no calls), wall time of the whole process, median of rounds:
   ``callqa run`` as it runs by default (no Prefect API configured: the run's logic directly,
   no server), against the ``nightly`` Prefect flow run the way every run used to be
   (temporary Prefect server started and stopped by the process).
2. Nightly throughput in audio seconds per wall second on the same recordings (the demo
   store, ``--copies`` times): ``callqa run --workers 1`` and ``--workers 2`` against plain
   faster-whisper run sequentially over the files (decode with PyAV, transcribe each channel,
   same model, the reference options of ``bench.pipeline.REFERENCE``, nothing written). Every variant is a fresh process timed from
   start to exit (imports, model loads, Dask start-up and writes included), rounds alternate
   so the machine's drift hits every variant alike.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import soundfile as sf

DEMO_STORE = Path(__file__).resolve().parents[1] / "demo" / "store"
CALLQA = str(Path(sys.executable).with_name("callqa"))


CPU: dict[str, list[float]] = {}   # variant -> CPU seconds (user + system) of its whole process tree


def _timed(cmd: list[str], env: dict, name: str | None = None) -> float:
    """Wall seconds of the command; its CPU seconds (workers included) go to CPU[name]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    res = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if res.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}):\n{res.stderr[-3000:]}")
    if name:
        CPU.setdefault(name, []).append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def _store(copies: int, root: Path) -> tuple[Path, float]:
    """The demo recordings ``copies`` times under one day, and their total duration."""
    day = root / "store" / "2026-11-21"
    day.mkdir(parents=True)
    audio = 0.0
    for src in sorted(p for p in DEMO_STORE.rglob("*") if p.suffix in (".flac", ".wav", ".ogg")):
        for i in range(copies):
            dst = day / f"{src.stem}_{i}{src.suffix}"
            shutil.copy(src, dst)
            audio += sf.info(str(dst)).duration
    return root / "store", audio


def plain_faster_whisper(store: Path, device: str) -> None:
    """Sequential plain faster-whisper over every file: the baseline (run in a child process)."""
    from callqa.asr import AsrOptions, WhisperEngine

    from bench.pipeline import REFERENCE, plain_faster_whisper as transcribe_file

    engine = WhisperEngine(AsrOptions(device=device, **REFERENCE))
    for path in sorted(store.rglob("*.*")):
        transcribe_file(engine, path)


def empty_night(rounds: int, env: dict, work: Path) -> None:
    store = work / "store"
    direct = [CALLQA, "run", "--store", str(store), "--out", str(work / "empty_out"), "--date", "2026-01-01"]
    flow = [sys.executable, "-c", "from callqa.pipelines.runs.nightly import nightly; "
            f"nightly({str(store)!r}, {str(work / 'empty_out')!r}, date='2026-01-01')"]
    _timed(flow, env)   # creates the temporary server's database once, as any earlier run would have
    times: dict[str, list[float]] = {"callqa run (no server)": [], "Prefect flow, temporary server": []}
    for _ in range(rounds):
        times["callqa run (no server)"].append(_timed(direct, env))
        times["Prefect flow, temporary server"].append(_timed(flow, env))
    print(f"\n1. empty night, whole process, median of {rounds}:")
    base = statistics.median(times["Prefect flow, temporary server"])
    for name, t in times.items():
        med = statistics.median(t)
        print(f"   {name:32s} {med:6.2f} s   (runs: {', '.join(f'{x:.2f}' for x in t)})"
              + (f"   {base / med:.1f}x faster" if t is times["callqa run (no server)"] else ""))


def throughput(copies: int, rounds: int, env: dict, work: Path, device: str = "auto") -> None:
    store, audio = _store(copies, work / "tp")
    n = sum(1 for _ in store.rglob("*.*"))
    variants = {
        "plain faster-whisper, sequential": lambda out: [sys.executable, "-m", "bench.nightly", "--device", device,
                                                         "--plain", str(store)],
        "callqa run --workers 1": lambda out: [CALLQA, "run", "--store", str(store), "--out", out, "--workers", "1",
                                               "--device", device],
        "callqa run --workers 2": lambda out: [CALLQA, "run", "--store", str(store), "--out", out, "--workers", "2",
                                               "--device", device],
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    for r in range(rounds):
        for i, (name, cmd) in enumerate(variants.items()):
            out = work / f"tp_out_{r}_{i}"    # a fresh output: nothing is skipped as already scored
            times[name].append(_timed(cmd(str(out)), env, name))
    print(f"\n2. nightly throughput: {n} calls, {audio:.1f} s of audio ({os.cpu_count()} cores, load average "
          f"{os.getloadavg()[0]:.1f} at the end), median of {rounds}; audio s per wall s, and per CPU s of the "
          "whole process tree (what a busy machine does not distort):")
    base = statistics.median(times["plain faster-whisper, sequential"])
    for name, t in times.items():
        med, cpu = statistics.median(t), statistics.median(CPU[name])
        print(f"   {name:34s} {med:7.1f} s wall  {audio / med:5.2f} audio s/s  x{base / med:4.2f} of plain   "
              f"{cpu:6.1f} CPU s  {audio / cpu:5.2f} audio s/CPU s   (wall runs: {', '.join(f'{x:.1f}' for x in t)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--copies", type=int, default=1, help="times each demo recording is in the store")
    ap.add_argument("--device", default="auto", help="auto | cpu | cuda, for every throughput variant")
    ap.add_argument("--skip-empty", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--plain", type=Path, help=argparse.SUPPRESS)   # child process of the baseline
    args = ap.parse_args()
    if args.plain:
        plain_faster_whisper(args.plain, args.device)
        return
    with tempfile.TemporaryDirectory(prefix="callqa-bench-nightly-") as tmp:
        work = Path(tmp)
        (work / "store").mkdir()
        env = {**os.environ, "PREFECT_HOME": str(work / "prefect"), "PREFECT_LOGGING_LEVEL": "WARNING",
               "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        env.pop("PREFECT_API_URL", None)
        if not args.skip_empty:
            empty_night(args.rounds, env, work)
        if not args.skip_throughput:
            throughput(args.copies, args.rounds, env, work, args.device)


if __name__ == "__main__":
    main()
