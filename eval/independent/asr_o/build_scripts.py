"""Builds scripts.json (40 calls of set O, blind when built, a tuning set since round 15; no noise, no timing labels) for synth_call.py.

Blind: the calls are picked by their labels and flags alone (:func:`eval.heard_scripts.pick_blind`)
and spoken as written with digits said one by one and latin letters dropped (``blind=True``), so
nobody who works on the rules reads a call of set O to build this set."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from eval.heard_scripts import pick_blind, write_scripts  # noqa: E402

SOURCE = HERE.parent / "tune_o.jsonl"  # first named heldout_o.jsonl (blind until round 15)
FIX: dict[str, str] = {}


def pick() -> list[str]:
    return pick_blind(SOURCE, n=40, negatives=6)


if __name__ == "__main__":
    write_scripts(SOURCE, pick(), HERE, FIX, blind=True)
