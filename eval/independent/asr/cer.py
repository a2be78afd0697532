"""Character error rate of whisper_transcripts.jsonl against reference_transcripts.jsonl.

    .venv/bin/python eval/independent/asr/cer.py

Per call, all segments' text is joined in time order (speaker ignored); punctuation and
whitespace are removed and Traditional script converted to Simplified (opencc t2s); numerals
are compared as they come. CER = total edit distance / total reference characters.
"""
import json
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
T2S = opencc.OpenCC("t2s")


def norm(text):
    text = T2S.convert(text)
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith(("P", "S")))


def joined(row):
    return norm("".join(s["text"] for s in sorted(row["segments"], key=lambda s: s["start"])))


def edits(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def load(name):
    return {r["call_id"]: r for r in map(json.loads, (HERE / name).read_text(encoding="utf-8").splitlines())}


def main():
    refs, hyps = load("reference_transcripts.jsonl"), load("whisper_transcripts.jsonl")
    tot_e = tot_n = 0
    for cid, ref in refs.items():
        r, h = joined(ref), joined(hyps[cid])
        e = edits(r, h)
        tot_e, tot_n = tot_e + e, tot_n + len(r)
        print(f"{cid}  {e:4d}/{len(r):4d}  CER {e / max(1, len(r)):.3f}  {ref['labels']}")
    print(f"overall CER {tot_e / tot_n:.4f} ({tot_e}/{tot_n} chars, {len(refs)} calls)")


if __name__ == "__main__":
    main()
