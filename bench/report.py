"""Quality-report benchmark (``python -m bench.report``): prints figures, asserts nothing.

Fills an output directory with a synthetic stretch of calls through the one writer — teams,
agents with their own habits (so some problems are common to many agents and others
concentrated in a few), callers who call again within hours or days, findings of every rule
family of the default rulebook — then times ``callqa report`` for one month over it (HTML and
workbook, as separate figures).

The calls are clones of a few hundred transcripts scored once by the real rules (short calls
built from the phrase pools of ``bench.rules``, plus every rule's own firing examples), given new ids, agents, teams,
times and callers. Their segments and voice activity are not stored: the report reads
``calls`` and ``findings`` only.

Usage: ``python -m bench.report [--calls 100000] [--month 2026-11] [--keep DIR] [--screenshot PNG]``
(``--calls`` are spread over the month and the month before it, half each).
"""
from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import time
from collections import deque
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from bench.rules import AGENT, BAD_CLOSINGS, BAD_GREETINGS, CLOSINGS, COMPLAINTS, CUSTOMER, GREETINGS, VIOLATIONS
from callqa.pipelines.record import CallResult
from callqa.rules import load_rulebook, score_call
from callqa.rules.examples import iter_examples
from callqa.rules.transcript import Transcript, Utterance

TEAMS = ("流量一组", "流量二组", "宽带一组", "宽带二组", "套餐组", "投诉组")
# problems every agent may show (common); every other family is some agents' habit (individual)
COMMON = {"greeting", "closing", "filler", "forbidden", "tariff", "apology", "name_ask", "hangup", "complaint",
          "speech_rate", "silence"}
CST = timezone(timedelta(hours=8))
BATCH = 5000


def _job(call_id: str) -> dict:
    return {"call_id": call_id, "path": None, "rel_path": f"{call_id}.wav", "date": "2026-01-01", "agent_id": None,
            "team": None, "started_at": None, "caller": None, "agent_channel": "left", "metadata": {}, "error": None}


FEE_QUESTION = "这个要收费吗?多少钱?"
CALM = [c for c in CUSTOMER if "收费" not in c and "多少钱" not in c]


def _call(rng: random.Random, faults: list[str]) -> Transcript:
    """A short call (greeting, 4–7 exchanges, closing) spoken at ~4.5 characters a second,
    with the given faults: names of ``bench.rules.VIOLATIONS`` families or greeting, closing,
    complaint (a customer complaint the agent does not apologise for)."""
    turns = [("agent", rng.choice(BAD_GREETINGS if "greeting" in faults else GREETINGS))]
    lines = [text for family, text in VIOLATIONS if family in faults]
    lines = [lines[i] for i in rng.sample(range(len(lines)), len(lines))]
    for k in range(rng.randint(4, 7)):
        if k == 0 and "complaint" in faults:
            turns.append(("customer", rng.choice(COMPLAINTS)))
        elif lines and lines[0] == "现在是免费期,您先用着就行。":
            turns.append(("customer", FEE_QUESTION))
        else:
            turns.append(("customer", rng.choice(CALM)))
        turns.append(("agent", lines.pop(0) if lines else rng.choice(AGENT)))
    turns += [("agent", line) for line in lines]
    turns.append(("agent", rng.choice(BAD_CLOSINGS if "closing" in faults else CLOSINGS)))
    utts, t = [], 0.5
    for speaker, text in turns:
        d = max(1.0, len(text) / 4.5)
        utts.append(Utterance(speaker, round(t, 2), round(t + d, 2), text))
        t += d + rng.uniform(0.4, 1.2)
    return Transcript("template", utts, round(t + 0.5, 2))


def templates(book=None, n_calls: int = 240, seed: int = 0) -> list[CallResult]:
    """Scored template calls: ``n_calls`` short calls (a quarter clean, the rest with one to
    four faults) and every rule's firing examples, so every family of the rulebook shows."""
    book = book or load_rulebook()
    rng = random.Random(seed)
    families = sorted({f for f, _ in VIOLATIONS} | {"greeting", "closing", "complaint"})
    transcripts = [_call(rng, [] if i % 4 == 0 else rng.sample(families, rng.randint(1, 4))) for i in range(n_calls)]
    transcripts += [Transcript.from_items(ex.items, call_id=ex.id) for ex in iter_examples(book) if ex.kind == "fire"]
    out = []
    for i, t in enumerate(transcripts):
        duration = t.duration or max((u.end for u in t.utterances), default=0.0) + 1.0
        out.append(CallResult(_job(f"template-{i}"), "ok", source="transcript", duration_s=duration, channels=2,
                              sample_rate=8000, roles="channel", scorecard=score_call(t, book), rulebook=book.name,
                              rulebook_version=book.version))
    return out


class Pools:
    """Templates by what they show: clean, only common problems, and per other family."""

    def __init__(self, temps: list[CallResult]):
        self.clean, self.common, self.by_family = [], [], {}
        for t in temps:
            checks = {f.check for f in t.scorecard.findings}
            if not checks:
                self.clean.append(t)
            elif checks <= COMMON:
                self.common.append(t)
            for c in checks - COMMON:
                self.by_family.setdefault(c, []).append(t)
        self.habits = sorted(self.by_family)


def _agents(n_agents: int, pools: Pools, rng: random.Random) -> list[dict]:
    """Agents spread over the teams; one in five has a habit (a family outside the common
    set, cycled so every family appears), and each has their own share of faulty calls."""
    agents = []
    for i in range(n_agents):
        habit = pools.habits[(i // 5) % len(pools.habits)] if i % 5 == 0 else None
        agents.append({"agent_id": f"A{1001 + i}", "team": TEAMS[i % len(TEAMS)], "habit": habit,
                       "bad": rng.uniform(0.2, 0.7)})
    return agents


def synthetic_calls(n_calls: int, start: date, days: int, n_agents: int = 120, seed: int = 7, temps=None):
    """Yields CallResults of ``n_calls`` calls over ``days`` days from ``start`` (in time
    order; faults ease slightly over the stretch, so months differ)."""
    rng = random.Random(seed)
    pools = Pools(temps if temps is not None else templates())
    agents = _agents(n_agents, pools, rng)
    t0 = datetime(start.year, start.month, start.day, 8, tzinfo=CST)
    offsets = sorted(rng.uniform(0, days) for _ in range(n_calls))
    recent: deque[tuple[datetime, str]] = deque()      # the last 72 hours' callers
    for i, off in enumerate(offsets):
        day = int(off)
        at = t0 + timedelta(days=day, hours=12 * (off - day))
        agent = agents[rng.randrange(len(agents))]
        while recent and at - recent[0][0] > timedelta(hours=72):
            recent.popleft()
        caller = (recent[rng.randrange(len(recent))][1] if recent and rng.random() < 0.12
                  else f"1{rng.randint(3000000000, 9999999999)}")
        recent.append((at, caller))
        trend = 1.1 - 0.2 * off / days
        if rng.random() >= agent["bad"] * trend:
            template = rng.choice(pools.clean)
        elif agent["habit"] and rng.random() < 0.5:
            template = rng.choice(pools.by_family[agent["habit"]])
        else:
            template = rng.choice(pools.common)
        call_id = f"s{at:%Y%m%d}-{i:07d}"
        job = {**template.job, "call_id": call_id, "rel_path": f"{at:%Y-%m-%d}/{call_id}.wav", "date": f"{at:%Y-%m-%d}",
               "agent_id": agent["agent_id"], "team": agent["team"], "started_at": at.isoformat(), "caller": caller}
        yield CallResult(job, "ok", source="transcript", duration_s=template.duration_s, channels=2, sample_rate=8000,
                         roles="channel", scorecard=template.scorecard, rulebook=template.rulebook,
                         rulebook_version=template.rulebook_version)


def fill(out: str | Path, n_calls: int, start: date, days: int, n_agents: int = 120, seed: int = 7,
         temps=None) -> int:
    """Writes the synthetic calls into ``out`` through the one writer, in batches."""
    from callqa.pipelines.sink.writer import TableWriter
    from callqa.pipelines.record import add_rows

    writer = TableWriter(out)
    rows: dict[str, list[dict]] = {}
    n = 0
    for result in synthetic_calls(n_calls, start, days, n_agents, seed, temps):
        add_rows(rows, result, "synthetic")
        n += 1
        if n % BATCH == 0:
            writer.write(rows, "synthetic", kind="bench", datasets=("findings", "calls"))
            rows = {}
    if rows:
        writer.write(rows, "synthetic", kind="bench", datasets=("findings", "calls"))
    return n


def find_chromium() -> str | None:
    """Debian's ``chromium`` (``make browser`` installs it) or another Chromium/Chrome on PATH."""
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)


def headless(page: Path, *args: str, timeout: float = 180) -> tuple[str, list[str]]:
    """Opens ``page`` in headless Chromium with no network at all (every host name fails to
    resolve) and returns (stdout, the page's console messages). ``args``: e.g. ``--dump-dom``
    or ``--screenshot=FILE``."""
    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError("chromium not found (`make browser` installs Debian's chromium)")
    with tempfile.TemporaryDirectory(prefix="callqa-chromium-") as profile:
        proc = subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
             "--virtual-time-budget=15000", *args, Path(page).resolve().as_uri()],
            capture_output=True, text=True, timeout=timeout)
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return proc.stdout, console


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 900) -> list[str]:
    """The page's first screen as a PNG; returns its console messages."""
    _, console = headless(page, f"--window-size={width},{height}", f"--screenshot={Path(png).resolve()}")
    return console


def main(argv: list[str] | None = None) -> None:
    from callqa.pipelines.report import build_report, period, render, write_workbook

    ap = argparse.ArgumentParser(prog="python -m bench.report", description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=100_000, help="calls over the month and the month before")
    ap.add_argument("--month", default="2026-11")
    ap.add_argument("--agents", type=int, default=300)
    ap.add_argument("--keep", type=Path, default=None, help="keep the output and the report files here")
    ap.add_argument("--screenshot", type=Path, default=None,
                    help="also save the page's first screen as this PNG (headless chromium)")
    args = ap.parse_args(argv)
    month = period.month(args.month)
    prev = month.previous()
    work = args.keep or Path(tempfile.mkdtemp(prefix="callqa-bench-report-"))
    out = work / "out"
    try:
        t0 = time.perf_counter()
        n = fill(out, args.calls, prev.start, (month.end - prev.start).days + 1, args.agents)
        print(f"stored {n} synthetic calls over {prev.key} and {month.key} ({args.agents} agents, {len(TEAMS)} teams) "
              f"in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        report = build_report(out, month)
        t_figures = time.perf_counter() - t0
        t0 = time.perf_counter()
        page = render(report)
        (work / "report.html").write_text(page, encoding="utf-8")
        t_html = time.perf_counter() - t0
        t0 = time.perf_counter()
        write_workbook(report, work / "report.xlsx")
        t_xlsx = time.perf_counter() - t0
        checked = report.kpi("checked").value
        print(f"report {month.key}: {checked} calls checked this month, {len(report.tables['agents'].rows)} agents, "
              f"{len(report.tables['problems'].rows)} rules hit")
        print(f"  figures (DuckDB over the Delta tables) {t_figures:6.2f} s")
        print(f"  HTML page ({len(page) / 1e6:.1f} MB, plotly.js inline) {t_html:6.2f} s")
        print(f"  workbook                              {t_xlsx:6.2f} s")
        print(f"  month's report, HTML: {t_figures + t_html:.2f} s; with the workbook too: "
              f"{t_figures + t_html + t_xlsx:.2f} s")
        if args.screenshot:
            console = screenshot(work / "report.html", args.screenshot)
            print(f"first screen saved to {args.screenshot}" + (f"; console: {console}" if console else ""))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
