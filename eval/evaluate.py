"""Per-family precision and recall of the rulebook on labelled transcripts (``make eval``).

Each input file is JSONL in callqa's transcript format, every call carrying ``labels``: the
exact set of check families that should fire on it (``[]`` for a clean call), and optionally a
``note`` saying what the case tests. Every call is scored with the rule engine; the families
predicted (``{f.check for f in card.findings}``, restricted to the evaluated families) are
compared with the labels, per family:

* TP: labelled and fired; FP: fired but not labelled; FN: labelled but did not fire;
* precision = TP / (TP + FP), recall = TP / (TP + FN) (``-`` when undefined);
* micro figures over all evaluated families.

Every miss is listed (call, family, FP or FN, the finding's rule, heard text and explanation,
or the expected label and the case's note) so a rule author can act on it.

When a ``reference_*`` and a ``whisper_*`` file from the same directory are both evaluated (the
synthesiser's true text vs Whisper's transcript of the same audio), the report adds what ASR
errors cost: per family, precision and recall on both over the calls they share, and the calls
whose predicted families changed.

A held-out file (``heldout*.jsonl``) prints aggregate figures only, never a call's misses.
Calls flagged ``"noise": true`` (ASR-style noise written into the text) get a second table of
their own. The report ends with what sound-alike matching (``phonetic`` phrase sets) adds: the
same files scored with it switched off, and every call whose families changed, with whether the
change was right (labelled) or a false positive; then, per file and in aggregate only, the insult
calls the learned insult model (the review queue's ``suspected`` step) flags beside the rules,
and the other calls it would queue (when ``make setup`` has built it).

Usage::

    python -m eval.evaluate [FILES...] [--rulebook PATH]
                                        [--min-precision P] [--min-recall R]

Default files, in groups: the development set (eval/labelled.jsonl — the rules were tuned on
it, a regression test), the independent set (eval/independent/*.jsonl, written from DOMAIN.md by
people who never saw the rules; each file separately, whichever exist) and the Whisper-heard
sets, each a reference/whisper pair in a group of its own (eval/asr/: the development scripts;
eval/independent/asr_f/: 40 tuning calls of set F, misses shown; eval/independent/asr/: 40
held-out calls, aggregates only; eval/independent/asr_<set>/ (asr_l/ … asr_z/, asr_aa/, asr_ab/, asr_ac/, one set a round
from round 12, two in round 27, asr_ac/ in round 29): 40 calls of a set tuned on
since, misses shown; eval/independent/asr_heldout_*/: 40 calls of a blind set each, aggregates only).
Exit status 0 (it is a report) unless a ``--min-*`` target is given and some family of some
file is below it (1).
"""
from __future__ import annotations

import argparse
import re
import sys
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from callqa.rules import DEFAULT_RULEBOOK, Finding, Rulebook, load_rulebook
from callqa.rules.rulebook import parse_rulebook

from callqa.pipelines.record import score_segments
from callqa.pipelines.inputs.transcripts import read_transcripts

__all__ = ["FAMILIES", "LabelledCall", "CallOutcome", "FamilyStats", "FileReport", "load_labelled",
           "evaluate_calls", "evaluate_file", "asr_cost", "default_files", "heard_tuned_folders", "format_report", "held_out", "phonetic_cost",
           "without_phonetic", "main"]

# The check families evaluated: those the labelled set is written for — every family of the
# default rulebook. Families a custom rulebook adds are counted as information, not scored.
FAMILIES = ("greeting", "closing", "forbidden", "insult", "filler", "tariff", "name_ask",
            "apology", "shirking", "overpromise", "colleague", "complaint",
            "silence", "talk_over", "speech_rate", "short_call", "hangup")
# Families of the default rulebook that no labelled set is labelled for, and why (reported as "not
# evaluated, fired on"): an order taken with no name asked (QA162, a 0-point hint since 2026.12.27)
# is a fault for writers H and K–U and none for V and every writer after, so it has its own family.
UNLABELLED = {"name_unasked": "QA162: the writers disagree on an order taken with no name asked"}

ROOT = Path(__file__).resolve().parents[1]
DEVELOPMENT = Path("eval/labelled.jsonl")
INDEPENDENT = Path("eval/independent")
HEARD = (Path("eval/asr/reference_transcripts.jsonl"), Path("eval/asr/whisper_transcripts.jsonl"))
# 40 tuning calls of set F (tune_f.jsonl), synthesised and heard by Whisper: misses shown.
HEARD_TUNING = (Path("eval/independent/asr_f/reference_transcripts.jsonl"),
                Path("eval/independent/asr_f/whisper_transcripts.jsonl"))
# 40 held-out independent calls, synthesised and heard by Whisper: aggregate figures only.
HEARD_HELDOUT = (Path("eval/independent/asr/reference_transcripts.jsonl"),
                 Path("eval/independent/asr/whisper_transcripts.jsonl"))
# More held-out heard sets, one folder per blind set, picked by label (asr_heldout_<set>/); each is
# renamed asr_<set>/ when a round begins tuning on its set, as heldout_<set>.jsonl → tune_<set>.jsonl
# (asr_l/ in round 12 … asr_z/ in round 26, asr_aa/ and asr_ab/ both in round 27, asr_ac/ in round 29; the list, in order, is
# tests/test_evaluate.py's HEARD_TUNED).
HEARD_HELDOUT_GLOB = "asr_heldout_*"
# Heard tuning sets of a later blind set (asr_<letters>/ other than asr_f/): misses shown.
HEARD_TUNED_NAME = re.compile(r"asr_(?!heldout)[a-z]+")


def heard_tuned_folders(root: Path = ROOT) -> list[Path]:
    """The renamed heard sets of the blind sets tuned on (``asr_l/``, …), in the order of their
    rounds (``asr_z/`` before ``asr_aa/``); ``asr_f/`` has its own group (``HEARD_TUNING``)."""
    folders = [f for f in (root / INDEPENDENT).glob("asr_*") if HEARD_TUNED_NAME.fullmatch(f.name)]
    return [f for f in sorted(folders, key=lambda f: (len(f.name), f.name))
            if f.name != HEARD_TUNING[0].parent.name and (f / "whisper_transcripts.jsonl").exists()]


def default_files(root: Path = ROOT) -> list[tuple[str, list[Path]]]:
    """(group title, files) for ``make eval``: development, independent (the JSONL files that
    exist under eval/independent/, sorted), Whisper-heard (development scripts), Whisper-heard
    tuning calls of set F, Whisper-heard held-out calls (the last two when they exist), then the
    Whisper-heard tuning calls of each later set tuned on (``asr_l/``, …) and the held-out heard
    calls of each blind set (``asr_heldout_*/``), when they exist."""
    indep = sorted((root / INDEPENDENT).glob("*.jsonl"))
    return [("development set (rules tuned on it; regression test)", [root / DEVELOPMENT]),
            ("independent set (written from DOMAIN.md without the rules)", indep),
            ("Whisper-heard set (synthetic audio: true text vs what Whisper base heard)", [root / p for p in HEARD]),
            ("Whisper-heard tuning calls of set F (tune_f.jsonl; misses shown)",
             [root / p for p in HEARD_TUNING if (root / p).exists()]),
            ("Whisper-heard held-out independent calls (aggregate figures only)",
             [root / p for p in HEARD_HELDOUT if (root / p).exists()])] + [
            (f"Whisper-heard tuning calls of {folder.name.removeprefix('asr_').upper()} "
             f"(tune_{folder.name.removeprefix('asr_')}.jsonl; misses shown)",
             [folder / "reference_transcripts.jsonl", folder / "whisper_transcripts.jsonl"])
            for folder in heard_tuned_folders(root)] + [
            (f"Whisper-heard held-out calls of {folder.name.removeprefix('asr_heldout_').upper()} "
             "(blind; aggregate figures only)",
             [folder / "reference_transcripts.jsonl", folder / "whisper_transcripts.jsonl"])
            for folder in sorted((root / INDEPENDENT).glob(HEARD_HELDOUT_GLOB))
            if (folder / "whisper_transcripts.jsonl").exists()]


@dataclass
class LabelledCall:
    call_id: str
    segments: list[dict]               # speaker, start, end, text
    labels: frozenset[str]
    duration: float | None = None
    note: str = ""
    noise: bool = False                # ASR-style noise written into the text


@dataclass
class CallOutcome:
    call: LabelledCall
    predicted: frozenset[str]                                    # evaluated families that fired
    findings: list[Finding] = field(default_factory=list)
    other: frozenset[str] = frozenset()                          # fired families not evaluated

    @property
    def fp(self) -> frozenset[str]:
        return self.predicted - self.call.labels

    @property
    def fn(self) -> frozenset[str]:
        return self.call.labels - self.predicted


@dataclass
class FamilyStats:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    positives: int = 0     # calls labelled with the family
    negatives: int = 0     # calls not labelled with it

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class FileReport:
    path: Path
    outcomes: list[CallOutcome]
    errors: list[str] = field(default_factory=list)     # lines that could not be read or labelled
    families: tuple[str, ...] = FAMILIES

    def stats(self, call_ids: set[str] | None = None) -> dict[str, FamilyStats]:
        return family_stats(self.outcomes, self.families, call_ids)

    def micro(self, call_ids: set[str] | None = None) -> FamilyStats:
        total = FamilyStats()
        for s in self.stats(call_ids).values():
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
            total.positives, total.negatives = total.positives + s.positives, total.negatives + s.negatives
        return total


def load_labelled(path: str | Path, families: tuple[str, ...] = FAMILIES) -> tuple[list[LabelledCall], list[str]]:
    """Reads a labelled JSONL file through the transcript path (``read_transcripts``, which also
    converts Traditional script as production does). Returns the calls and one error line per
    call that could not be used (unreadable line, missing or unknown labels)."""
    calls, errors = [], []
    for r in read_transcripts(path):
        cid = r.job["call_id"]
        if r.status == "failed":
            errors.append(f"{cid}: {r.error}")
            continue
        meta = r.job.get("metadata") or {}
        labels = meta.get("labels")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            errors.append(f"{cid}: 'labels' must be a list of family names (got {labels!r})")
            continue
        unknown = sorted(set(labels) - set(families))
        if unknown:
            errors.append(f"{cid}: unknown label(s) {', '.join(unknown)} (families: {', '.join(families)})")
            continue
        calls.append(LabelledCall(cid, r.segments, frozenset(labels), r.duration_s, str(meta.get("note") or ""),
                                  bool(meta.get("noise"))))
    return calls, errors


def evaluate_calls(calls: list[LabelledCall], rulebook: Rulebook,
                   families: tuple[str, ...] = FAMILIES) -> list[CallOutcome]:
    out = []
    for c in calls:
        card = score_segments(c.call_id, c.segments, c.duration, rulebook)
        fired = {f.check for f in card.findings}
        out.append(CallOutcome(c, frozenset(fired & set(families)),
                               [f for f in card.findings if f.check in families],
                               frozenset(fired - set(families))))
    return out


def family_stats(outcomes: list[CallOutcome], families: tuple[str, ...] = FAMILIES,
                 call_ids: set[str] | None = None) -> dict[str, FamilyStats]:
    stats = {f: FamilyStats() for f in families}
    for o in outcomes:
        if call_ids is not None and o.call.call_id not in call_ids:
            continue
        for fam, s in stats.items():
            labelled, fired = fam in o.call.labels, fam in o.predicted
            s.positives += labelled
            s.negatives += not labelled
            s.tp += labelled and fired
            s.fp += fired and not labelled
            s.fn += labelled and not fired
    return stats


def evaluate_file(path: str | Path, rulebook: Rulebook, families: tuple[str, ...] = FAMILIES) -> FileReport:
    calls, errors = load_labelled(path, families)
    return FileReport(Path(path), evaluate_calls(calls, rulebook, families), errors, families)


# --- report -------------------------------------------------------------------------------------

def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _delta(a: float | None, b: float | None) -> str:
    return "-" if a is None or b is None else f"{b - a:+.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    line = lambda r: "  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w)  # noqa: E731
                               for i, (v, w) in enumerate(zip(r, widths))).rstrip()
    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _short(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def stats_table(report: FileReport, call_ids: set[str] | None = None) -> list[str]:
    rows = []
    for fam, s in report.stats(call_ids).items():
        rows.append([fam, s.positives, s.negatives, s.tp, s.fp, s.fn, _fmt(s.precision), _fmt(s.recall)])
    m = report.micro(call_ids)
    rows.append(["micro", m.positives, m.negatives, m.tp, m.fp, m.fn, _fmt(m.precision), _fmt(m.recall)])
    return _table(["family", "pos", "neg", "TP", "FP", "FN", "precision", "recall"], rows)


def misses(report: FileReport) -> list[str]:
    lines = []
    for o in report.outcomes:
        for fam in sorted(o.fp):
            for f in (f for f in o.findings if f.check == fam):
                when = "" if f.start is None else f" @{f.start:.1f}s"
                lines.append(f"  {o.call.call_id}  {fam}  FP  {f.rule_id}{when} {f.speaker}: "
                             f"「{_short(f.text)}」 matched 「{_short(f.matched, 40)}」 — {f.explanation}")
        for fam in sorted(o.fn):
            lines.append(f"  {o.call.call_id}  {fam}  FN  expected {fam}, nothing fired"
                         + (f" — case: {o.call.note}" if o.call.note else ""))
    return lines


def asr_pairs(reports: list[FileReport]) -> list[tuple[FileReport, FileReport]]:
    """(reference, whisper) reports from the same directory."""
    pairs = []
    for ref in reports:
        if ref.path.name.startswith("reference"):
            for hyp in reports:
                if hyp.path.parent == ref.path.parent and hyp.path.name.startswith("whisper"):
                    pairs.append((ref, hyp))
    return pairs


def asr_cost(ref: FileReport, hyp: FileReport) -> tuple[set[str], list[list[str]], list[str]]:
    """Shared call ids, per-family rows (reference vs whisper P/R and the difference), and the
    calls whose predicted families differ."""
    shared = {o.call.call_id for o in ref.outcomes} & {o.call.call_id for o in hyp.outcomes}
    rs, hs = ref.stats(shared), hyp.stats(shared)
    rows = []
    for fam in ref.families:
        a, b = rs[fam], hs[fam]
        rows.append([fam, a.positives, _fmt(a.precision), _fmt(b.precision), _delta(a.precision, b.precision),
                     _fmt(a.recall), _fmt(b.recall), _delta(a.recall, b.recall)])
    a, b = ref.micro(shared), hyp.micro(shared)
    rows.append(["micro", a.positives, _fmt(a.precision), _fmt(b.precision), _delta(a.precision, b.precision),
                 _fmt(a.recall), _fmt(b.recall), _delta(a.recall, b.recall)])
    by_id = {o.call.call_id: o for o in hyp.outcomes}
    changed = []
    for o in sorted(ref.outcomes, key=lambda o: o.call.call_id):
        if o.call.call_id not in shared:
            continue
        h = by_id[o.call.call_id]
        ref_rules, hyp_rules = {f.rule_id for f in o.findings}, {f.rule_id for f in h.findings}
        if h.predicted == o.predicted and ref_rules != hyp_rules:
            changed.append(f"  {o.call.call_id}  labels [{','.join(sorted(o.call.labels))}]  same families, "
                           f"rules {','.join(sorted(ref_rules)) or '-'} -> {','.join(sorted(hyp_rules)) or '-'}")
        if h.predicted != o.predicted:
            lost, gained = sorted(o.predicted - h.predicted), sorted(h.predicted - o.predicted)
            parts = ([f"lost {','.join(lost)}"] if lost else []) + ([f"gained {','.join(gained)}"] if gained else [])
            said = [f"{f.rule_id} 「{_short(f.text, 40)}」" for f in o.findings if f.check in lost]
            heard = [f"{f.rule_id} 「{_short(f.text, 40)}」" for f in h.findings if f.check in gained]
            changed.append(f"  {o.call.call_id}  labels [{','.join(sorted(o.call.labels))}]  {'; '.join(parts)}"
                           + (f"  (reference: {'; '.join(said)})" if said else "")
                           + (f"  (whisper: {'; '.join(heard)})" if heard else ""))
    return shared, rows, changed


def without_phonetic(path: str | Path | None) -> Rulebook:
    """The rulebook at ``path`` (default: the shipped one) with every ``phonetic`` phrase set
    switched off: the baseline that measures what sound-alike matching adds."""
    p = Path(path) if path is not None else DEFAULT_RULEBOOK
    data = yaml.safe_load(p.read_text(encoding="utf-8"))

    def strip(node):
        if isinstance(node, dict):
            return {k: (False if k == "phonetic" else strip(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node
    return parse_rulebook(strip(deepcopy(data)), f"{p} (phonetic off)")


def phonetic_cost(reports: list[FileReport], baseline: Rulebook) -> list[str]:
    """Per file, the families sound-alike matching added (right: labelled; wrong: a false
    positive) and lost, call by call."""
    lines = []
    for r in reports:
        base = {o.call.call_id: o for o in evaluate_calls([o.call for o in r.outcomes], baseline, r.families)}
        detail, right, wrong = [], 0, 0
        for o in r.outcomes:
            b = base[o.call.call_id]
            for fam in sorted(o.predicted - b.predicted):
                ok = fam in o.call.labels
                right, wrong = right + ok, wrong + (not ok)
                said = "; ".join(f"「{_short(f.text, 40)}」" for f in o.findings if f.check == fam)
                detail.append(f"  {o.call.call_id}  +{fam}  {'TP' if ok else 'FP'}  {said}")
            detail += [f"  {o.call.call_id}  -{fam}" for fam in sorted(b.predicted - o.predicted)]
        lines.append(f"{_display(r.path)}: +{right} TP, +{wrong} FP over {len(r.outcomes)} calls")
        lines += [] if held_out(r.path) else detail
    return lines


def insult_model_adds(reports: list[FileReport], model) -> list[str]:
    """Per file, aggregate only: the insult calls the learned insult model
    (:mod:`callqa.models.insult`, the review queue's ``suspected`` step) flags, beside the rules'
    own insult findings, and the other calls it flags. It never scores: these are calls it would
    put before a person."""
    lines = []
    for r in reports:
        ins = model_hit = rules_hit = either = false = others = 0
        for o in r.outcomes:
            flagged = model.most_suspect(o.call.segments)[0] >= model.threshold
            by_rules = "insult" in o.predicted
            if "insult" in o.call.labels:
                ins += 1
                model_hit, rules_hit, either = model_hit + flagged, rules_hit + by_rules, either + (flagged or by_rules)
            else:
                others += 1
                false += flagged and not by_rules
        lines.append(f"{_display(r.path)}: {ins} insult calls — rules {rules_hit}, model {model_hit}, "
                     f"rules or model {either}; other calls the model flags: {false} of {others}")
    return lines


def held_out(path: Path) -> bool:
    """A held-out file (``heldout*.jsonl``, or anything under ``eval/independent/asr/`` or
    ``eval/independent/asr_heldout_*/``, made from held-out calls): the rules are judged on it,
    so its calls are never shown — no per-call misses, only aggregate figures.
    ``eval/independent/asr_f/`` and the renamed ``asr_<set>/`` folders (heard tuning calls) are not."""
    folder = path.parent
    return path.name.startswith("heldout") or folder.parent.name == "independent" and (
        folder.name == "asr" or folder.match(HEARD_HELDOUT_GLOB))


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def _file_section(r: FileReport) -> list[str]:
    out = [f"== {_display(r.path)} — {len(r.outcomes)} calls"]
    out += stats_table(r)
    noisy = {o.call.call_id for o in r.outcomes if o.call.noise}
    if noisy:
        out.append(f"-- of which {len(noisy)} calls with ASR-style noise:")
        out += stats_table(r, noisy)
    other: dict[str, int] = {}
    for o in r.outcomes:
        for fam in o.other:
            other[fam] = other.get(fam, 0) + 1
    if other:
        out.append("not evaluated, fired on: " + ", ".join(f"{k} {v} calls" for k, v in sorted(other.items())))
    for e in r.errors:
        out.append(f"  skipped {e}")
    m = misses(r)
    if held_out(r.path):
        out.append(f"misses: {len(m)}, withheld (a held-out set: aggregate figures only)")
    else:
        out.append(f"misses ({len(m)}):" if m else "misses: none")
        out += m
    out.append("")
    return out


def format_report(reports: list[FileReport], rulebook: Rulebook, groups: list[tuple[str, list[Path]]] = (),
                  baseline: Rulebook | None = None, insult_model=None) -> str:
    """The report: each group's files under its title (an empty group says so), files outside
    any group, the ASR cost of each reference/whisper pair, and what sound-alike matching adds
    (when ``baseline``, the rulebook without it, is given)."""
    out = [f"rulebook {rulebook.name} {rulebook.version}; families: {', '.join(FAMILIES)}", ""]
    grouped = {p for _, paths in groups for p in paths}
    titled: list[tuple[str | None, list[FileReport]]] = [
        (title, [r for r in reports if r.path in paths]) for title, paths in groups]
    titled.append((None, [r for r in reports if r.path not in grouped]))
    for title, members in titled:
        if title is not None:
            out += ["#" * 4 + f" {title}", ""] + ([] if members else ["(no files)", ""])
        for r in members:
            out += _file_section(r)
    for ref, hyp in asr_pairs(reports):
        shared, rows, changed = asr_cost(ref, hyp)
        out.append(f"== ASR cost: {ref.path.name} vs {hyp.path.name} in {_display(ref.path.parent)}/ — "
                   f"{len(shared)} shared calls")
        out += _table(["family", "pos", "P ref", "P asr", "ΔP", "R ref", "R asr", "ΔR"], rows)
        if held_out(ref.path):
            out.append(f"calls whose findings changed: {len(changed)}, withheld (held-out calls)")
        else:
            out.append(f"calls whose findings changed ({len(changed)}):" if changed else "calls whose findings changed: none")
            out += changed
        out.append("")
    if baseline is not None:
        out.append("== what sound-alike matching (phonetic) adds: each file scored with it and without")
        out += phonetic_cost(reports, baseline)
        out.append("")
    if insult_model is not None:
        out.append("== what the learned insult model adds (the review queue's 'suspected' step; it never scores; "
                   "trained on dev and every tune*.jsonl, so only held-out files are blind to it)")
        out += insult_model_adds(reports, insult_model)
        out.append("")
    return "\n".join(out)


def below_target(reports: list[FileReport], min_precision: float | None, min_recall: float | None) -> list[str]:
    """Families under a target (undefined figures — nothing fired and nothing labelled — pass)."""
    bad = []
    for r in reports:
        for fam, s in r.stats().items():
            if min_precision is not None and s.precision is not None and s.precision < min_precision:
                bad.append(f"{r.path}: {fam} precision {s.precision:.3f} < {min_precision}")
            if min_recall is not None and s.recall is not None and s.recall < min_recall:
                bad.append(f"{r.path}: {fam} recall {s.recall:.3f} < {min_recall}")
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="labelled JSONL files (default: the eval/ set)")
    ap.add_argument("--rulebook", default=None, help="rulebook YAML (default: the shipped default)")
    ap.add_argument("--min-precision", type=float, default=None, help="exit 1 if a family's precision is below")
    ap.add_argument("--min-recall", type=float, default=None, help="exit 1 if a family's recall is below")
    args = ap.parse_args(argv)
    groups = [] if args.files else default_files()
    files = args.files or [p for _, paths in groups for p in paths]
    rulebook = load_rulebook(args.rulebook)
    reports = []
    for path in files:
        if not path.is_file():
            print(f"{path}: not found, skipped", file=sys.stderr)
            continue
        reports.append(evaluate_file(path, rulebook))
    from callqa.models.insult import load as load_insult_model
    print(format_report(reports, rulebook, groups, without_phonetic(args.rulebook), load_insult_model()))
    bad = below_target(reports, args.min_precision, args.min_recall)
    for line in bad:
        print(f"below target: {line}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
