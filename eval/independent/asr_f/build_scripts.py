"""Builds scripts.json (40 tuning calls of set F, no noise, no timing labels) for synth_call.py."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))
from eval.heard_scripts import write_scripts  # noqa: E402

PICK = [  # 40 calls
    # priority: insult, forbidden, name_ask, shirking, greeting (apology comes with several)
    "F-029", "F-030", "F-032", "F-034", "F-035",
    "F-018", "F-019", "F-020", "F-021", "F-023", "F-026",
    "F-053", "F-056", "F-057", "F-058", "F-059",
    "F-071", "F-072", "F-073", "F-074", "F-076",
    "F-001", "F-002", "F-003", "F-009",
    # closing, filler, tariff, overpromise, colleague, complaint
    "F-014", "F-036", "F-039", "F-044", "F-046", "F-079", "F-080", "F-087", "F-090",
    # clean and hard negatives (您不清楚, 手机死机/滚动, 傻瓜式/您贵姓, a proper redirect, 神经内科)
    "F-123", "F-125", "F-132", "F-134", "F-141", "F-155",
]
# latin letters are dropped by the TTS: spell them in Chinese or drop them (policy-number prefix)
FIX = {
    "个G": "吉字节",
    "HY二零二五零六一八八三。": "二零二五零六一八八三。",
    "发送TD到": "发送提迪到",
    "App": "客户端",
}


if __name__ == "__main__":
    write_scripts(HERE.parent / "tune_f.jsonl", PICK, HERE, FIX)
