"""jieba loaded through callqa.rules.segmenter (its dictionary from callqa's cache) cuts and tags
words exactly as jieba loaded its own way does."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CUT = """
import json, sys
texts = json.loads(sys.stdin.read())
if sys.argv[1] == "callqa":
    from callqa.rules.segmenter import jieba, posseg
    jb, pseg = jieba(), posseg()
else:
    import jieba as jb, jieba.posseg as pseg
    jb.setLogLevel(60)
out = {"cut": [jb.lcut(t, HMM=False) for t in texts], "hmm": [jb.lcut(t) for t in texts],
       "pos": [[(p.word, p.flag) for p in pseg.lcut(t, HMM=False)] for t in texts],
       "total": jb.dt.total, "size": len(jb.dt.FREQ)}
import pkg_resources  # noqa: F401 -- still importable by anyone else after jieba's import
print(json.dumps(out, ensure_ascii=False))
"""


def _texts() -> list[str]:
    texts = []
    for line in (ROOT / "eval" / "labelled.jsonl").read_text(encoding="utf-8").splitlines()[:60]:
        texts += [s["text"] for s in json.loads(line)["segments"]]
    return texts + ["这个这个套餐您看一下", "你是不是神经病啊", "我这边也不清楚，您稍等"]


def _cut(how: str, cache: Path) -> dict:
    env = {**os.environ, "CALLQA_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", CUT, how], input=json.dumps(_texts(), ensure_ascii=False),
                          capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def test_cached_dictionary_segments_as_jieba_does(tmp_path):
    own = _cut("jieba", tmp_path)
    cold = _cut("callqa", tmp_path)                   # builds the entry
    entries = list(tmp_path.glob("jieba-dictionary-*.pickle"))
    assert len(entries) == 1 and entries[0].stat().st_mode & 0o077 == 0
    warm = _cut("callqa", tmp_path)                   # reads it back
    assert own["size"] > 300_000
    assert cold == own and warm == own


def test_a_damaged_entry_is_rebuilt(tmp_path):
    _cut("callqa", tmp_path)
    entry = next(tmp_path.glob("jieba-dictionary-*.pickle"))
    entry.write_bytes(b"not a pickle")
    assert _cut("callqa", tmp_path) == _cut("jieba", tmp_path)
