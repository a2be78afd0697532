"""The on-disk cache of rulebook compile inputs (rules/cache.py) saves time and decides nothing."""
from __future__ import annotations

import importlib
import json

M = importlib.import_module("callqa.rules.matching")
C = importlib.import_module("callqa.rules.cache")


def test_cached_json_computes_once_then_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    calls = []

    def build():
        calls.append(1)
        return {"病": 9053}
    assert C.cached_json("t", ["k", 1], build) == {"病": 9053}
    assert C.cached_json("t", ["k", 1], build) == {"病": 9053}
    assert len(calls) == 1
    assert C.cached_json("t", ["k", 2], build) == {"病": 9053} and len(calls) == 2   # another key


def test_cached_json_survives_a_damaged_or_unwritable_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    C.cached_json("t", "k", lambda: [1, 2])
    (entry,) = tmp_path.iterdir()
    entry.write_text("{not json", encoding="utf-8")
    assert C.cached_json("t", "k", lambda: [1, 2]) == [1, 2]
    assert json.loads(entry.read_text(encoding="utf-8")) == [1, 2]          # rewritten
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(blocker / "below"))       # cannot be created
    assert C.cached_json("t", "k", lambda: [3]) == [3]


def test_single_character_counts_are_jiebas(tmp_path, monkeypatch):
    """Read from the cache (cold and warm), the counts equal the loaded dictionary's."""
    from callqa.rules.segmenter import jieba as _jieba
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    M._single_char_counts.cache_clear()
    try:
        cold = M._single_char_counts()
        M._single_char_counts.cache_clear()
        warm = M._single_char_counts()
    finally:
        M._single_char_counts.cache_clear()
    jieba = _jieba()
    jieba.dt.check_initialized()
    for counts in (cold, warm):
        assert counts == {w: n for w, n in jieba.dt.FREQ.items() if len(w) == 1 and n}
    assert M._char_frequency("病") == (jieba.get_FREQ("病") or 0) and M._char_frequency("\ue000") == 0


def test_pinyin_readings_without_importing_pypinyin_are_its_own():
    P = importlib.import_module("callqa.rules.phonetic")
    from pypinyin.pinyin_dict import pinyin_dict
    assert P.pinyin_dict() == pinyin_dict and list(P.pinyin_dict()) == list(pinyin_dict)


def test_parsed_yaml_is_cached_only_when_it_reads_back_the_same(tmp_path, monkeypatch):
    """A rulebook's parsed YAML comes from the cache only when JSON gives it back exactly (not
    with integer keys or dates); invalid YAML raises the parser's error, cached or not."""
    import pytest
    import yaml
    R = importlib.import_module("callqa.rules.rulebook")
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    plain = "name: x\nrules:\n  - {code: A, points: 1.0, fuzzy: true}\na: &x [1]\nb: *x\nc: 1\nd: 1.0\ne: true\n"
    for text, cached in ((plain, True), ("1: a\n", False), ("d: 2026-12-06\n", False)):
        first, second = R._parse_yaml(text), R._parse_yaml(text)
        want = yaml.safe_load(text)
        assert first == second == want
        assert [type(v) for v in second.values()] == [type(v) for v in want.values()]
        assert len(list(tmp_path.iterdir())) == cached, text
        for f in tmp_path.iterdir():
            f.unlink()
    for _ in range(2):
        with pytest.raises(yaml.YAMLError):
            R._parse_yaml("a:\tb\n")          # tabs: libyaml would accept this


def test_default_rulebook_compiles_the_same_from_the_cache(tmp_path, monkeypatch):
    """The default rulebook read back from the cache is the data PyYAML gives, and parsing does
    not change its input (so YAML aliases read back as copies change nothing)."""
    import copy
    import yaml
    R = importlib.import_module("callqa.rules.rulebook")
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    text = R.DEFAULT_RULEBOOK.read_text(encoding="utf-8")
    R._parse_yaml(text)
    data = R._parse_yaml(text)
    assert list(tmp_path.iterdir()) and data == yaml.safe_load(text)
    before = copy.deepcopy(data)
    R.parse_rulebook(data)
    assert data == before


def test_cached_pickle_reads_only_the_users_own_entries(tmp_path, monkeypatch):
    """A pickle runs code when read: an entry others may write is rebuilt, never loaded."""
    import os
    import pickle
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path / "c"))
    calls = []

    def build():
        calls.append(1)
        return {"book": [1, 2]}
    assert C.cached_pickle("t", "k", build) == {"book": [1, 2]}
    (entry,) = (tmp_path / "c").glob("t-*.pickle")
    assert entry.stat().st_mode & 0o077 == 0 and (tmp_path / "c").stat().st_mode & 0o077 == 0
    assert C.cached_pickle("t", "k", build) == {"book": [1, 2]} and len(calls) == 1
    entry.write_bytes(pickle.dumps({"planted": True}))
    os.chmod(entry, 0o666)
    assert C.cached_pickle("t", "k", build) == {"book": [1, 2]} and len(calls) == 2    # not loaded
    entry.write_bytes(b"\x80\x05damaged")
    assert C.cached_pickle("t", "k", build) == {"book": [1, 2]} and len(calls) == 3


def test_cached_pickle_keeps_the_newest_entries(tmp_path, monkeypatch):
    monkeypatch.setenv("CALLQA_CACHE_DIR", str(tmp_path))
    for k in range(C.KEEP_PICKLES + 3):
        C.cached_pickle("t", k, lambda: k)
    assert len(list(tmp_path.glob("t-*.pickle"))) == C.KEEP_PICKLES


def test_tokens_of_another_process_are_adopted_only_when_they_agree():
    table = M.token_table()
    assert M.adopt_tokens(table)                                     # its own: always
    key = next(iter(table), None)
    if key is not None:
        assert not M.adopt_tokens({key: chr(0xF8FF)})                # same key, another token
        assert not M.adopt_tokens({"zz-no-such-key": table[key]})     # same token, another key
    assert M.token_table() == table


_FINDINGS = """
import hashlib, sys
import callqa.rules.rulebook as R
from callqa.rules import load_rulebook
from callqa.rules.examples import check_examples
from eval.evaluate import evaluate_calls, load_labelled
if sys.argv[1] == "warm":
    R.parse_rulebook = None                # must come from the cache
book = load_rulebook()
report = check_examples(book)
digest = hashlib.sha256()
for outcome in evaluate_calls(load_labelled("eval/independent/tune_t.jsonl")[0], book):
    digest.update(repr((outcome.call.call_id, sorted(outcome.predicted),
                        [(f.rule_id, f.text, f.explanation) for f in outcome.findings])).encode())
print(report.ok, len(report), digest.hexdigest())
"""


def test_a_rulebook_read_back_from_the_cache_finds_what_a_compiled_one_does(tmp_path):
    """Compiled in one process, read back in a fresh one (whose syllable tokens are numbered
    anew): every example and every finding of a 150-call set are the same."""
    import os
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "CALLQA_CACHE_DIR": str(tmp_path)}
    cold, warm = (subprocess.run([sys.executable, "-c", _FINDINGS, mode], cwd=root, env=env, check=True,
                                 capture_output=True, text=True).stdout for mode in ("cold", "warm"))
    assert cold.startswith("True ") and cold == warm
    assert len(list(tmp_path.glob("rulebook-*.pickle"))) == 1
