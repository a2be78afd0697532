"""Builds scripts.json (40 heldout calls, no noise, no timing labels) for synth_call.py."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from eval.heard_scripts import write_scripts  # noqa: E402

PICK = [  # 40 calls
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
# latin letters are dropped by the TTS: spell them in Chinese or drop them (tracking-number prefixes)
FIX = {
    "XJ三三八零二一九七六五。": "三三八零二一九七六五。",
    "TS二零二六": "二零二六",
    "RO": "阿尔欧",
    "两百G空间": "两百吉字节空间",
}


if __name__ == "__main__":
    write_scripts(HERE.parent / "heldout.jsonl", PICK, HERE, FIX)
