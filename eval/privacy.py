"""Recall of personal data and false masking of ordinary numbers by the redaction (``make eval``).

Input: JSONL, one call per line — ``segments`` (speaker, start, end, text), ``pii`` (each a
personal item: ``kind``, ``value``, ``parts`` = the pieces of text holding it, ``{seg, text}``,
one per turn or group it was said in) and ``keep`` (``{seg, text}`` spans of ordinary numbers:
prices, dates, durations, 工号, package names, order numbers). The default set,
``eval/pii/calls.jsonl``, was written independently of the recognisers.

Each call goes through :func:`callqa.pipelines.privacy.redact_call` with the default settings:

* an item is **caught** only if every character of every part is masked (all occurrences of
  the part's text in its segment), recall = caught / items, per labelled kind and, for the
  number kinds, per written form (arabic, chinese, mixed digits; split over several parts);
* a keep span is **touched** if any of its characters is masked; false masking = touched / spans;
* precision per kind of mask: masked stretches overlapping a labelled part / all masked stretches.

Usage::

    python -m eval.privacy [FILE] [--misses] [--min-recall R --kinds phone,id_number] [--max-false-mask F]

Exit status 0 (a report) unless a target is given and missed (1).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from callqa.pipelines.privacy import load_privacy_config, redact_call
from callqa.pipelines.privacy.digits import DIGIT_VALUES

DEFAULT = Path(__file__).parent / "pii" / "calls.jsonl"
NUMBER_KINDS = {"phone", "id_number", "bank_card", "landline"}


def _occurrences(text: str, part: str) -> list[range]:
    out, i = [], text.find(part)
    while part and i >= 0:
        out.append(range(i, i + len(part)))
        i = text.find(part, i + 1)
    return out


def _form(item: dict) -> str:
    chars = "".join(p["text"] for p in item["parts"])
    arabic = any(c.isascii() and c.isdigit() for c in chars)
    chinese = any(c in DIGIT_VALUES and not c.isascii() for c in chars)
    form = "mixed" if arabic and chinese else "chinese" if chinese else "arabic"
    return form + ("+split" if len(item["parts"]) > 1 else "")


def evaluate(path: Path, show_misses: bool = False, out=sys.stdout) -> dict:
    config = load_privacy_config()
    items, caught = Counter(), Counter()
    forms, forms_caught = Counter(), Counter()
    keep_n = keep_touched = 0
    masked_n, masked_hit = Counter(), Counter()
    misses, touched = [], []
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            call = json.loads(line)
            segments = call["segments"]
        except (ValueError, KeyError) as exc:
            raise SystemExit(f"{path}:{n}: not a labelled call ({exc})")
        result = redact_call(segments, config=config)
        covered = defaultdict(set)
        for s in result.spans:
            covered[s.seg].update(range(s.start, s.end))
        labelled = defaultdict(set)
        for item in call["pii"]:
            ok = True
            for part in item["parts"]:
                text = segments[part["seg"]]["text"]
                occ = _occurrences(text, part["text"])
                if not occ:
                    raise SystemExit(f"{path}:{n}: {call['call_id']}: part {part['text']!r} not in segment {part['seg']}")
                for r in occ:
                    labelled[part["seg"]].update(r)
                    ok &= set(r) <= covered[part["seg"]]
            kind = item["kind"]
            items[kind] += 1
            caught[kind] += ok
            if kind in NUMBER_KINDS:
                forms[(kind, _form(item))] += 1
                forms_caught[(kind, _form(item))] += ok
            if not ok:
                misses.append((call["call_id"], kind, [p["text"] for p in item["parts"]],
                               [result.segments[p["seg"]]["text"] for p in item["parts"]]))
        for span in call.get("keep", []):
            text = segments[span["seg"]]["text"]
            occ = _occurrences(text, span["text"])
            if not occ:
                raise SystemExit(f"{path}:{n}: {call['call_id']}: keep {span['text']!r} not in segment {span['seg']}")
            keep_n += 1
            if any(set(r) & covered[span["seg"]] for r in occ):
                keep_touched += 1
                touched.append((call["call_id"], span["text"], result.segments[span["seg"]]["text"]))
        for s in result.spans:
            masked_n[s.kind] += 1
            masked_hit[s.kind] += bool(set(range(s.start, s.end)) & labelled[s.seg])

    print(f"privacy redaction — {path} ({len(lines)} calls)", file=out)
    print(f"{'kind':<12}{'items':>6}{'caught':>8}{'recall':>8}", file=out)
    for kind in sorted(items):
        print(f"{kind:<12}{items[kind]:>6}{caught[kind]:>8}{caught[kind] / items[kind]:>8.3f}", file=out)
    total = sum(items.values())
    print(f"{'all':<12}{total:>6}{sum(caught.values()):>8}{sum(caught.values()) / max(total, 1):>8.3f}", file=out)
    print("\nnumbers by written form", file=out)
    for key in sorted(forms):
        print(f"  {key[0]:<10}{key[1]:<15}{forms[key]:>4}{forms_caught[key]:>4}"
              f"{forms_caught[key] / forms[key]:>8.3f}", file=out)
    rate = keep_touched / max(keep_n, 1)
    print(f"\nfalse masking: {keep_touched} of {keep_n} ordinary numbers touched ({rate:.1%})", file=out)
    print("\nprecision of masks (stretches overlapping a labelled part)", file=out)
    for kind in sorted(masked_n):
        print(f"  {kind:<10}{masked_hit[kind]:>4}/{masked_n[kind]:<4}{masked_hit[kind] / masked_n[kind]:>8.3f}", file=out)
    if show_misses:
        print("\nmisses:", file=out)
        for call_id, kind, parts, redacted in misses:
            print(f"  {call_id} {kind} {parts} → {redacted}", file=out)
        print("ordinary numbers masked:", file=out)
        for call_id, text, redacted in touched:
            print(f"  {call_id} {text!r} → {redacted}", file=out)
    recall = {k: caught[k] / items[k] for k in items}
    return {"recall": recall, "false_masking": rate, "items": dict(items), "keep": keep_n}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list every missed item and touched ordinary number")
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--kinds", default="phone,id_number", help="kinds --min-recall applies to")
    ap.add_argument("--max-false-mask", type=float)
    args = ap.parse_args(argv)
    report = evaluate(args.file, args.misses)
    failed = False
    if args.min_recall is not None:
        for kind in args.kinds.split(","):
            if report["recall"].get(kind, 0.0) < args.min_recall:
                print(f"recall of {kind} below {args.min_recall}", file=sys.stderr)
                failed = True
    if args.max_false_mask is not None and report["false_masking"] > args.max_false_mask:
        print(f"false masking above {args.max_false_mask}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
