"""Redaction throughput: `python -m bench.privacy [--calls N]` prints ms per call (best of 3).

Two sets: the synthetic 5-minute calls of ``bench.rules`` (60 turns, a phone number, an
address, a name and a 尾号 in most calls) and the labelled personal-data set
(``eval/pii/calls.jsonl``, short calls dense with personal data). Asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from callqa.pipelines.privacy import load_privacy_config, redact_call

from bench.rules import make_calls

PII = Path(__file__).resolve().parents[1] / "eval" / "pii" / "calls.jsonl"


def _best(calls: list[list[dict]], repeat: int = 3) -> float:
    config = load_privacy_config()
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for segments in calls:
            redact_call(segments, config=config)
        best = min(best, time.perf_counter() - t)
    return best / max(len(calls), 1)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--calls", type=int, default=200)
    args = ap.parse_args(argv)
    synthetic = [[{"speaker": u.speaker, "start": u.start, "end": u.end, "text": u.text} for u in t.utterances]
                 for t in make_calls(args.calls)]
    print(f"redact_call, synthetic 5-minute calls ({args.calls}, 60 turns): {_best(synthetic) * 1000:.2f} ms/call")
    if PII.exists():
        labelled = [json.loads(line)["segments"] for line in PII.read_text(encoding="utf-8").splitlines() if line]
        print(f"redact_call, labelled personal-data calls ({len(labelled)}): {_best(labelled) * 1000:.2f} ms/call")


if __name__ == "__main__":
    main()
