"""Findings digest of the rule engine (``python -m bench.rules_digest OUT.json``): every finding
of every call the engine is measured on, so that a speed-up can be shown to change none.

Scores, with the default rulebook (or ``--rulebook``), every call of every labelled evaluation
file (eval/labelled.jsonl, eval/independent/tune*.jsonl, eval/independent/heldout*.jsonl,
eval/asr/*.jsonl, eval/independent/asr*/*.jsonl: all writers' sets and their heard transcripts)
and the ``bench.rules`` synthetic corpus (fixed seed), and writes, per file and call id, the scorecard (score, passed, fatal, grade) and its
findings sorted (rule id, evidence span start/end, speaker, evidence text, matched, explanation,
points). ``--compare A B`` prints the differences and exits 1 when there are any.

Held-out files (:func:`eval.evaluate.held_out`) must never show their calls: their call ids and
findings are stored as SHA-256 hashes only, and a comparison prints only how many of their calls
differ.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

__all__ = ["digest", "compare", "main"]

ROOT = Path(__file__).resolve().parents[1]
EVAL_FILES = ("eval/labelled.jsonl", "eval/independent/tune*.jsonl", "eval/independent/heldout*.jsonl",
              "eval/asr/*.jsonl", "eval/independent/asr*/*.jsonl")
SYNTHETIC = "bench.rules synthetic"
SYNTHETIC_CALLS, SYNTHETIC_SEED = 2000, 0


def _files(root: Path) -> list[Path]:
    out: list[Path] = []
    for pattern in EVAL_FILES:
        found = sorted(root.glob(pattern))
        if not found:
            raise FileNotFoundError(f"{root / pattern}: no evaluation file there")
        out += found
    return out


def _card(card) -> dict:
    findings = sorted(
        ([f.rule_id, f.start, f.end, f.speaker, f.text, f.matched, f.explanation, f.points, f.fatal]
         for f in card.findings),
        key=lambda f: (f[0], f[1] if f[1] is not None else float("inf"), f[2] or 0.0, f[4]))
    return {"score": card.score, "passed": card.passed, "fatal": card.fatal, "grade": card.grade,
            "findings": findings}


def _hashed(value) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def digest(rulebook: str | Path | None = None, root: Path = ROOT) -> dict[str, dict[str, dict]]:
    """file (relative to ``root``) → call id → scorecard digest (held-out files: hashes only)."""
    from bench.rules import make_calls
    from callqa.pipelines.inputs.transcripts import read_transcripts
    from callqa.pipelines.record import score_segments
    from callqa.rules import load_rulebook
    from callqa.rules.scoring import score_call
    from eval.evaluate import held_out

    book = load_rulebook(rulebook)
    out: dict[str, dict[str, dict]] = {}
    for path in _files(root):
        hide = held_out(path)
        calls: dict[str, dict] = {}
        for n, r in enumerate(read_transcripts(path), 1):
            cid = f"{r.job['call_id']}#{n}"            # line number: a call id may repeat in a file
            if r.status == "failed":
                entry = {"failed": r.error}
            else:
                entry = _card(score_segments(r.job["call_id"], r.segments, r.duration_s, book, r.activity))
            if hide:
                calls[_hashed(cid)] = {"sha256": _hashed(entry)}
            else:
                calls[cid] = entry
        out[str(path.relative_to(root))] = calls
    out[SYNTHETIC] = {t.call_id: _card(score_call(t, book)) for t in make_calls(SYNTHETIC_CALLS, SYNTHETIC_SEED)}
    return out


def compare(a: dict, b: dict, show: int = 5) -> list[str]:
    """Lines describing how digest ``b`` differs from ``a`` (empty: identical). Hashed (held-out)
    files are reported as counts only."""
    lines: list[str] = []
    for name in sorted(set(a) | set(b)):
        ca, cb = a.get(name), b.get(name)
        if ca is None or cb is None:
            lines.append(f"{name}: only in {'the second' if ca is None else 'the first'} digest")
            continue
        differ = sorted(k for k in set(ca) | set(cb) if ca.get(k) != cb.get(k))
        if not differ:
            continue
        hidden = any("sha256" in v for v in (*ca.values(), *cb.values()))
        lines.append(f"{name}: {len(differ)} of {len(ca)} calls differ")
        if hidden:
            continue
        for cid in differ[:show]:
            lines.append(f"  {cid}:")
            lines.append(f"    - {json.dumps(ca.get(cid), ensure_ascii=False)}")
            lines.append(f"    + {json.dumps(cb.get(cid), ensure_ascii=False)}")
    return lines


def _load(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: cannot read the digest ({exc})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.rules_digest", description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", type=Path, help="where to write the digest (JSON)")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"), help="compare two digests")
    ap.add_argument("--rulebook", type=Path, default=None)
    args = ap.parse_args(argv)
    if args.compare:
        lines = compare(_load(args.compare[0]), _load(args.compare[1]))
        print("\n".join(lines) if lines else "digests identical")
        return 1 if lines else 0
    if args.out is None:
        ap.error("give OUT.json, or --compare A B")
    d = digest(args.rulebook)
    args.out.write_text(json.dumps(d, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    n = sum(len(v) for v in d.values())
    print(f"{args.out}: {n} calls in {len(d)} sets, "
          f"{sum(len(c.get('findings', ())) for v in d.values() for c in v.values())} findings (held-out ones hashed, not counted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
