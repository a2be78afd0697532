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
    from callqa.rules.scope import _jieba
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
