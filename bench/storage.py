"""Storage and whole-process benchmarks (``make bench``): prints figures, asserts nothing.

* ``curve``: time per 50-call batch through the one writer across a synthetic day of
  ``--day`` calls (default 60,000, as a 1,000-seat center's night), first / middle / last
  batches — flat means a write's cost does not grow with what is stored.
* ``log``: why the night spools: the cost of one small append as a table's log grows to
  ``--commits`` commits (default 3,000), committed one by one.
* ``rescore``: ``--rescore`` stored calls (default 100,000) rescored from the tables, read and
  write included.
* ``score``: ``callqa score`` as a whole process on ``--long`` long transcripts (default 5,000
  of 240 segments, ~2,600 characters), against reading the JSONL with one regex pass over every
  segment, and against the rules alone (``apply_rules``), in the same sitting.

Usage: ``python -m bench.storage [--part curve|log|rescore|score|all] [--day N] [--commits N] [--rescore N] [--long N]``
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.rules import make_call
from callqa.pipelines.record import CallResult, apply_rules
from callqa.rules import load_rulebook

DATE = "2026-11-21"
BATCH = 50


def _subreaper() -> None:
    """Makes this process the reaper of its orphaned descendants (Linux): the forkserver that
    `callqa score`'s workers fork from outlives its parent by a moment and is then reparented
    here instead of to init, so its CPU (and its workers') is counted by :func:`_cpu`."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)     # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        pass


def _children() -> dict[int, float]:
    """This process's live children → their CPU seconds and their own waited children's (a
    live forkserver's workers), which ``RUSAGE_CHILDREN`` does not count until it exits."""
    me, kids, tick = os.getpid(), {}, os.sysconf("SC_CLK_TCK")
    for d in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if d.isdigit():
            try:
                fields = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == me:
                kids[int(d)] = sum(int(x) for x in fields[11:15]) / tick
    return kids


def _reap(keep: set[int], timeout: float = 30.0) -> None:
    """Waits for the descendants handed to this process (see :func:`_subreaper`) other than
    its own children ``keep`` (e.g. this process's own forkserver, alive until it exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            if not (set(_children()) - keep):
                return
            time.sleep(0.01)


def _cpu() -> float:
    """CPU seconds of this process and its finished children (worker processes, a `callqa`
    subprocess and its forkserver): on a shared machine a figure that other processes' load
    does not inflate."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime + sum(_children().values())


def _result(transcript, call_id: str, book) -> CallResult:
    job = {"call_id": call_id, "path": None, "rel_path": f"{DATE}/{call_id}.flac", "date": DATE,
           "agent_id": f"A{hash(call_id) % 300:04d}", "team": f"team-{hash(call_id) % 12}", "started_at": None,
           "caller": None, "agent_channel": "left", "metadata": {}, "error": None}
    segments = [{"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text, "channel": "L" if u.speaker == "agent" else "R",
                 "avg_logprob": -0.2, "no_speech_prob": 0.01} for u in transcript.utterances]
    activity = [{"channel": s["channel"], "speaker": s["speaker"], "start": s["start"], "end": s["end"]} for s in segments]
    r = CallResult(job, "ok", duration_s=transcript.duration, channels=2, sample_rate=8000, roles="channel",
                   segments=segments, activity=activity, asr_model="base", audio_sha256="0" * 64)
    return apply_rules(r, book)


def _templates(n: int, book) -> list[CallResult]:
    rng = random.Random(0)
    return [_result(make_call(i, rng), f"t{i}", book) for i in range(n)]


def _clone(t: CallResult, call_id: str) -> CallResult:
    return CallResult({**t.job, "call_id": call_id, "rel_path": f"{DATE}/{call_id}.flac"}, t.status,
                      duration_s=t.duration_s, channels=2, sample_rate=8000, roles="channel", segments=t.segments,
                      activity=t.activity, asr_model=t.asr_model, audio_sha256=t.audio_sha256,
                      scorecard=t.scorecard, rulebook=t.rulebook, rulebook_version=t.rulebook_version)


def write_curve(n_calls: int, out: Path) -> None:
    """The nightly path: 50-call batches into the writer's spool, committed every
    GROUP_CALLS calls (the night also commits every GROUP_SECONDS)."""
    from callqa.pipelines.sink.writer import GROUP_CALLS, write_results, writer_for

    book = load_rulebook()
    templates = _templates(200, book)
    times = []
    t_all = time.perf_counter()
    with writer_for(out).grouped():
        for b in range(0, n_calls, BATCH):
            batch = [_clone(templates[i % len(templates)], f"c{i:06d}") for i in range(b, min(b + BATCH, n_calls))]
            t0 = time.perf_counter()
            write_results(out, batch, "bench-curve", kind="bench")
            times.append(time.perf_counter() - t0)
        t_end = time.perf_counter()
    times[-1] += time.perf_counter() - t_end          # the last commit, when the run ends
    wall = time.perf_counter() - t_all
    n = len(times)
    from deltalake import DeltaTable
    commits = DeltaTable(str(out / "calls")).version() + 1
    pick = lambda a, b: statistics.median(times[a:b])  # noqa: E731
    print(f"write curve: {n_calls} calls of a day in {n} batches of {BATCH} (60 segments, 60 activity rows, "
          f"~5 findings per call) through the one writer as the night uses it (spooled, committed every "
          f"{GROUP_CALLS} calls: {commits} versions of `calls`), {wall:.1f} s in all")
    print(f"  median s/batch  first 10: {pick(0, 10):.3f}   middle 10: {pick(n // 2 - 5, n // 2 + 5):.3f}   "
          f"last 10: {pick(n - 10, n):.3f}   (last/first {pick(n - 10, n) / pick(0, 10):.2f}×)")
    tenths = [times[i * n // 10:(i + 1) * n // 10] for i in range(10)]
    print("  mean s/batch per tenth of the day (the commits included): "
          + " ".join(f"{statistics.mean(t):.3f}" for t in tenths)
          + f"   (last/first {statistics.mean(tenths[-1]) / statistics.mean(tenths[0]):.2f}×)")
    per = GROUP_CALLS // BATCH
    commits_s = [max(times[i:i + per]) for i in range(0, n, per)]
    print(f"  a batch that commits the spool: first {commits_s[0]:.3f} s, middle {commits_s[len(commits_s) // 2]:.3f} s, "
          f"last {commits_s[-1]:.3f} s")
    # The machine is shared: the same batches committed one by one (as `score` and `rescore`
    # do), alternating between the full day and an empty output, side by side in one sitting.
    full, empty = [], []
    for k in range(10):
        for target, times_ in ((out, full), (out.parent / f"{out.name}-empty-{k}", empty)):
            batch = [_clone(templates[i % len(templates)], f"x{k}-{i:03d}") for i in range(BATCH)]
            t0 = time.perf_counter()
            write_results(target, batch, "bench-ab", kind="bench")
            times_.append(time.perf_counter() - t0)
    print(f"  side by side, 10 batches each: into the full day {statistics.median(full):.3f} s/batch, "
          f"into an empty output {statistics.median(empty):.3f} s/batch "
          f"(ratio {statistics.median(full) / statistics.median(empty):.2f})")


def log_growth(n_commits: int, out: Path) -> None:
    """One small append (50 rows) committed at a time, timed as the table's log grows: delta-rs
    lists a local table's whole ``_delta_log`` on each commit (compaction and checkpoints every
    100 commits, as the writer does, do not shorten it; only log retention does)."""
    import pyarrow as pa
    from deltalake import DeltaTable, write_deltalake

    tbl = pa.table({"date": [DATE] * 50, "call_id": [f"c{i}" for i in range(50)], "x": list(range(50))})
    write_deltalake(str(out), tbl, partition_by=["date"])
    dt, times = DeltaTable(str(out)), []
    for i in range(1, n_commits):
        t0 = time.perf_counter()
        write_deltalake(dt, tbl, mode="append")
        times.append(time.perf_counter() - t0)
        if i % 100 == 0:
            dt.optimize.compact()
            dt.create_checkpoint()
    marks = [0, 500, 1000, 2000, 3000, 5000, 10000]
    print(f"log growth: one 50-row append per commit into a local Delta table, {n_commits} commits")
    print("  median ms per append around commit  " + "   ".join(
        f"{m}: {statistics.median(times[max(0, m - 50):m + 50 if m else 50]) * 1000:.1f}" for m in marks if m < len(times)))


def rescore_many(n_calls: int, out: Path) -> None:
    from callqa.pipelines.runs.rescore import rescore
    from callqa.pipelines.sink.writer import write_results

    book = load_rulebook()
    templates = _templates(500, book)
    t0 = time.perf_counter()
    for b in range(0, n_calls, 5000):
        write_results(out, [_clone(templates[i % len(templates)], f"r{i:06d}") for i in range(b, min(b + 5000, n_calls))],
                      "bench-store", kind="bench")
    stored = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), _cpu()
    outcome = rescore(out, book, "bench-rescore")
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    print(f"rescore: {len(outcome.results)} stored 5-minute calls rescored (read segments + activity + findings, "
          f"rules, write calls + findings) in {wall:.1f} s = {len(outcome.results) / wall:.0f} calls/s "
          f"(target: 100,000 in under 120 s), {cpu:.1f} CPU s in all processes "
          f"({1000 * cpu / max(1, len(outcome.results)):.2f} ms/call); storing them first took {stored:.1f} s")


_CLAUSE = re.compile(r"[^,?!。，？！]+[,?!。，？！]*")


def _clauses(text: str, min_chars: int = 4) -> list[str]:
    """A turn cut at its punctuation into the clause-long segments an ASR engine emits (a
    piece shorter than ``min_chars`` stays with the one before it)."""
    out: list[str] = []
    for piece in _CLAUSE.findall(text) or [text]:
        if out and len(out[-1]) < min_chars:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _long_transcripts(n: int, path: Path) -> None:
    """``n`` five-minute calls (~60 turns, ~2,600 characters) as ASR segments: every turn cut
    into clauses, ~240 segments a call, times in proportion to the clause lengths."""
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            segs = []
            for u in make_call(i, rng).utterances:
                pieces = _clauses(u.text)
                t, per_char = u.start, (u.end - u.start) / max(1, len(u.text))
                for text in pieces:
                    end = t + per_char * len(text)
                    segs.append({"speaker": u.speaker, "start": round(t, 2), "end": round(end, 2), "text": text})
                    t = end
            f.write(json.dumps({"call_id": f"long-{i:05d}", "agent_id": "A1", "team": "t",
                                "started_at": f"{DATE}T10:00:00+08:00", "segments": segs}, ensure_ascii=False) + "\n")


def _whole_score(src: Path, out: Path, n: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """``callqa score`` as a subprocess: calls per wall second and the CPU seconds of all its processes."""
    keep = set(_children())
    t0, c0 = time.perf_counter(), _cpu()
    subprocess.run([sys.executable, "-m", "callqa.pipelines.display.cli", "score", str(src), "--out", str(out), "-q"],
                   check=True, stdout=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    rate = n / (time.perf_counter() - t0)
    _reap(keep)           # its forkserver, orphaned when it exits: its CPU counts too
    return rate, _cpu() - c0


def score_process(n: int, work: Path, rounds: int = 1) -> None:
    """``callqa score`` against the rules alone on the same transcripts. With ``rounds`` > 1 the
    rules-only pass and the two whole runs are repeated in turn and each ratio is taken within its
    round: on a shared machine the rate drifts by ±20 % over minutes, so a ratio of figures taken
    far apart says more about the neighbours than about callqa."""
    from callqa.pipelines.inputs.transcripts import read_transcripts

    src = work / "long.jsonl"
    _long_transcripts(n, src)
    calls = [json.loads(line) for line in src.open(encoding="utf-8")]
    segs = sum(len(c["segments"]) for c in calls) / n
    chars = sum(len(s["text"]) for c in calls for s in c["segments"]) / n
    del calls
    # 1. reading the JSONL and one regex pass over every segment
    pattern = re.compile("不清楚|神经病")
    t0 = time.perf_counter()
    hits = 0
    for line in src.open(encoding="utf-8"):
        for s in json.loads(line)["segments"]:
            hits += bool(pattern.search(s["text"]))
    read_rate = n / (time.perf_counter() - t0)
    book = load_rulebook()
    results = list(read_transcripts(src))
    for r in results[:20]:
        apply_rules(r, book)
    # 2b. redaction of the scored calls (privacy is on by default: what the writer stores)
    from callqa.pipelines.privacy import redact_result
    from callqa.pipelines.sink.writer import privacy_settings

    privacy = privacy_settings()
    for r in results[:20]:
        redact_result(r, privacy)
    t0, c0 = time.perf_counter(), _cpu()
    for r in results:
        redact_result(r, privacy)
    redact_rate, redact_cpu = n / (time.perf_counter() - t0), _cpu() - c0
    off = work / "privacy-off.yaml"
    off.write_text("enabled: false\n", encoding="utf-8")
    figures = []
    for k in range(rounds):
        # 2. the rules alone on calls already in memory
        t0, c0 = time.perf_counter(), _cpu()
        for r in results:
            apply_rules(r, book)
        rules_rate, rules_cpu = n / (time.perf_counter() - t0), _cpu() - c0
        # 3. the whole `callqa score` process (start-up, parsing, rules, rows, writing), privacy as
        # shipped; 4. the same with privacy off: what the scoring path costs without redaction
        whole_rate, whole_cpu = _whole_score(src, work / f"score-out-{k}", n)
        plain_rate, plain_cpu = _whole_score(src, work / f"score-out-plain-{k}", n, {"CALLQA_PRIVACY": str(off)})
        figures.append((rules_rate, rules_cpu, whole_rate, whole_cpu, plain_rate, plain_cpu))
        if rounds > 1:
            print(f"  round {k + 1}: rules alone {rules_rate:.0f} calls/s, whole {whole_rate:.0f} "
                  f"({whole_rate / rules_rate:.0%}), privacy off {plain_rate:.0f} ({plain_rate / rules_rate:.0%}); "
                  f"load {os.getloadavg()[0]:.1f}", flush=True)
    del results
    med = statistics.median
    rules_rate, rules_cpu, whole_rate, whole_cpu, plain_rate, plain_cpu = (med(f[i] for f in figures) for i in range(6))
    whole_ratio, plain_ratio = med(f[2] / f[0] for f in figures), med(f[4] / f[0] for f in figures)
    of = f" (median of {rounds} rounds, each ratio within its round)" if rounds > 1 else ""
    print(f"callqa score on {n} long transcripts ({segs:.0f} segments, {chars:.0f} characters each){of}:")
    print(f"  read JSONL + one regex pass {read_rate:8.0f} calls/s")
    print(f"  rules alone (apply_rules)   {rules_rate:8.0f} calls/s")
    print(f"  redaction alone             {redact_rate:8.0f} calls/s (redact_result, privacy as shipped)")
    print(f"  whole `callqa score`        {whole_rate:8.0f} calls/s = {whole_ratio:.0%} of the rules-only rate "
          "(target ≥ 90 %), privacy as shipped (redaction on)")
    print(f"  whole `callqa score`        {plain_rate:8.0f} calls/s = {plain_ratio:.0%} of the rules-only rate "
          "with privacy off (CALLQA_PRIVACY: enabled: false)")
    print(f"  CPU per call: rules alone {1000 * rules_cpu / n:.2f} ms, redaction alone {1000 * redact_cpu / n:.2f} ms, "
          f"whole `callqa score` {1000 * whole_cpu / n:.2f} ms (all its processes, start-up included: redaction is "
          f"{redact_cpu / whole_cpu:.0%} of it; privacy off {1000 * plain_cpu / n:.2f} ms; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.storage", description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("curve", "log", "rescore", "score", "all"), default="all")
    ap.add_argument("--commits", type=int, default=3000, help="commits in the log-growth part")
    ap.add_argument("--day", type=int, default=60_000, help="calls in the write-curve day")
    ap.add_argument("--rescore", type=int, default=100_000, help="stored calls to rescore")
    ap.add_argument("--long", type=int, default=5_000, help="long transcripts for the score process")
    ap.add_argument("--rounds", type=int, default=3,
                    help="score part: rules alone and whole runs repeated in turn; medians of in-round ratios")
    args = ap.parse_args(argv)
    os.environ.setdefault("CALLQA_PRIVACY_KEY", "callqa-bench-key-not-a-secret")   # callers are hashed
    _subreaper()
    work = Path(tempfile.mkdtemp(prefix="callqa-bench-"))
    try:
        if args.part in ("curve", "all"):
            write_curve(args.day, work / "curve")
        if args.part in ("log", "all"):
            log_growth(args.commits, work / "log")
        if args.part in ("rescore", "all"):
            rescore_many(args.rescore, work / "rescore")
        if args.part in ("score", "all"):
            score_process(args.long, work, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
