"""The rule engine's fast paths give the same results as the plain ones (issue 3, speed)."""
from __future__ import annotations

import importlib
import random

import pytest

from bench.rules import make_calls
from callqa.rules.checks.tariff import TariffParams, answer_window
from callqa.rules.context import CallContext, merge_intervals
from callqa.rules.transcript import Transcript, Utterance

N = importlib.import_module("callqa.rules.normalize")


def _convert(text: str) -> str:
    return N._opencc().convert(text)


@pytest.fixture(scope="module")
def guard():
    g = N._t2s_guard()
    if g is None:
        pytest.skip("OpenCC dictionaries not readable here: every text is converted (no fast path)")
    return g


def test_t2s_guard_covers_every_character_that_changes(guard):
    chars = [chr(cp) for cp in range(0x3000, 0x10000) if not 0xD800 <= cp < 0xE000]
    converted = _convert("\n".join(chars)).split("\n")
    assert len(converted) == len(chars)
    missed = [c for c, out in zip(chars, converted) if out != c and N._t2s_identity(c)]
    assert missed == []


@pytest.mark.parametrize("text", ["反覆确认", "我瞭解了", "心情深沈", "找藉口", "答覆您", "乾淨", "這個要收費嗎", "沈先生您好"])
def test_phrase_entries_and_traditional_text_are_converted(guard, text):
    assert N.to_simplified(text) == _convert(text)
    if _convert(text) != text:
        assert not N._t2s_identity(text)


def test_simplified_call_skips_conversion_with_the_same_result(guard):
    for call in make_calls(20, seed=3):
        joined = "\n".join(u.text for u in call.utterances)
        assert N._t2s_identity(joined)
        assert N.to_simplified(joined) == _convert(joined) == joined


def test_normalize_many_equals_normalize_one_by_one():
    rng = random.Random(5)
    pieces = ["这个要收费吗？", "每月三十元，次月起收费", "ＶＩＰ套餐３０元", "反覆跟您确认", "這個業務多少錢", "您好\u3000请讲",
              "一百二十块", "三点五元", "两个月后开始", "五十G流量", "𠀀生僻字", "沈先生", "喂，你说", ""]
    for _ in range(200):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(1, 8))]
        got = N.normalize_many(texts)
        want = [N.normalize(t) for t in texts]
        assert [(g.text, g.plain) for g in got] == [(w.text, w.plain) for w in want]


def test_numeral_runs_are_matched_only_from_their_start_with_the_same_result():
    import re
    d = N._CN_DIGITS
    reference = re.compile(rf"[{d}]+(?:点[零〇一二两三四五六七八九]+)?"
                           r"(?=个?(?:元|块|角|毛|月|天|日|号|年|小时|分钟|秒|G|兆|折|期))")
    rng = random.Random(11)
    alphabet = d + "点个元块月天小时分钟G期号统下的0"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert [m.span() for m in N._CN_NUMBER.finditer(text)] == [m.span() for m in reference.finditer(text)], text
        assert N._to_arabic(text) == reference.sub(lambda m: N._cn2an(m.group(0)), text), text


def _merge_reference(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def test_merge_intervals_equals_reference():
    rng = random.Random(1)
    assert merge_intervals([]) == []
    for _ in range(500):
        iv = [(a, a + rng.choice((0, 0.5, 1, 2))) for a in (rng.randint(0, 20) / 2 for _ in range(rng.randint(1, 10)))]
        assert merge_intervals(iv) == _merge_reference(iv)


def test_answer_window_equals_reference():
    p = TariffParams(question={"phrases": ["收费吗"]}, amount={"patterns": [r"\d+元"]}, start={"patterns": ["次月"]})
    rng = random.Random(2)
    for _ in range(100):
        utts = [Utterance(rng.choice(("agent", "customer")), s, s + rng.choice((0.5, 3, 30)), "好的")
                for s in (rng.randint(0, 200) / 2 for _ in range(rng.randint(1, 25)))]
        ctx = CallContext(Transcript("c", utts))
        for q in ctx.customer:
            limit = q.end + p.answer_seconds
            want = [t for t in ctx.agent if q.start <= t.start <= limit][: p.answer_turns]
            assert answer_window(ctx, q, p) == want


def test_call_map_positions_equal_the_per_utterance_index():
    """normalize_many's shared position map (pos, span, boundary_after) says what the lazily
    built per-utterance index says, punctuation, full-width text and empty utterances included."""
    rng = random.Random(9)
    pieces = ["这个，", "这个这个", "嗯…", "每月三十元。", "ＶＩＰ　套餐", "「您好」", "啊！", "这个套餐", " ", "", "喂喂"]
    for _ in range(200):
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 6))]
        for got in N.normalize_many(texts):
            alone = N.normalize(got.raw)
            assert alone._map is None and (got._map is not None or not "".join(texts).strip())
            n = len(got.plain)
            assert [got.pos(i) for i in range(n)] == [alone.pos(i) for i in range(n)]
            assert [got.boundary_after(i) for i in range(n + 1)] == [alone.boundary_after(i) for i in range(n + 1)]
            assert got.index == alone.index
            assert all(got.span(a, b) == alone.span(a, b) for a in range(n) for b in range(a, n + 1))


def test_call_map_beyond_the_bmp_equals_the_per_utterance_index():
    """Text beyond the BMP (𠀀) takes the character-by-character path, still with a call map."""
    texts = ["𠀀你是深井病，好吗？", "我要投诉𠀀投诉", "", "__a_b", "𠀀"]
    for got in N.normalize_many(texts):
        alone = N.normalize(got.raw)
        assert got._map is not None and (got.text, got.plain) == (alone.text, alone.plain)
        n = len(got.plain)
        assert [got.pos(i) for i in range(n)] == [alone.pos(i) for i in range(n)]
        assert [got.boundary_after(i) for i in range(n + 1)] == [alone.boundary_after(i) for i in range(n + 1)]


def test_folding_by_all_pairs_never_separates_what_fewer_pairs_joined():
    """The merged fuzzy automaton relies on pinyin_key(pinyin_key(s, P), ALL) == pinyin_key(s, ALL)
    for every syllable and every set of pairs P (see matching.fold_all)."""
    import itertools
    M = importlib.import_module("callqa.rules.matching")
    syllables = {r for rs in M._readings().values() for r in rs}
    for k in range(len(M.FUZZY_PAIRS) + 1):
        for pairs in itertools.combinations(M.FUZZY_PAIRS, k):
            pairs = frozenset(pairs)
            bad = [s for s in syllables if M.pinyin_key(M.pinyin_key(s, pairs), M.ALL_PAIRS) != M.pinyin_key(s, M.ALL_PAIRS)]
            assert bad == [], (sorted(pairs), bad[:5])


def test_merged_fuzzy_automaton_checks_each_matcher_under_its_own_pairs():
    """Two matchers with different fuzzy pairs share the merged automaton: 神经病 heard as 森金病
    (s/sh, in/ing) is found by the matcher with all pairs, not by the homophones-only one, which
    still finds 深井病 (same toneless pinyin)."""
    from callqa.rules.matching import Matcher, MatchIndex
    strict = Matcher(["神经病"], fuzzy=[])
    loose = Matcher(["神经病"], fuzzy=True)
    MatchIndex([strict, loose])
    for text, want_strict, want_loose in (("你是不是森金病", False, True), ("你是不是深井病", True, True), ("你是不是神经病", True, True),
                                          ("你是不是神精病", True, True), ("没有问题", False, False)):
        calls = N.normalize_many([text, "好的"])
        loose._index.prepare(calls)
        assert (bool(strict.scan(calls)), bool(loose.find(calls[0]))) \
            == (want_strict, want_loose), text


def test_automaton_positions_beyond_the_bmp():
    """Text with a character beyond the BMP (a surrogate pair in UTF-16) takes the character
    path: positions stay character positions, in the matcher alone and through the index."""
    from callqa.rules.matching import Matcher, MatchIndex
    alone, indexed = Matcher(["神经病", "投诉"], fuzzy=True), Matcher(["神经病", "投诉"], fuzzy=True)
    MatchIndex([indexed])
    nts = N.normalize_many(["𠀀你是深井病", "我要投诉𠀀投诉"])
    indexed._index.prepare(nts)
    for m in (alone, indexed):
        assert [(h.start, h.end, h.phrase, h.heard) for h in m.find(nts[0])] == [(3, 6, "神经病", "深井病")]
        assert [(h.start, h.end) for h in m.find(nts[1])] == [(2, 4), (5, 7)]


@pytest.mark.parametrize("turns", [1, 9, 60, 64, 65, 150])
def test_pattern_masks_say_what_each_turns_test_says(turns):
    """A call's pattern masks (MatchIndex.pattern_masks, one bit per utterance, more than 64
    utterances included) pick the utterances that Matcher._may picks one by one (or fewer, where
    a pattern's required literals are absent), for every matcher of the default rulebook; and
    _chosen picks the same turns either way."""
    from callqa.rules import load_rulebook
    M = importlib.import_module("callqa.rules.matching")
    index = load_rulebook().index
    rng = random.Random(turns)
    pool = [u.text for c in make_calls(20, seed=3) for u in c.utterances] + ["", "，", "𠀀你有病"]
    texts = [rng.choice(pool) for _ in range(turns)]
    nts = N.normalize_many(texts)
    masks = index.pattern_masks(nts[0]._map)
    if "𠀀你有病" in texts:
        assert masks is None
        return
    for m in index.matchers:
        if m._need_ids is not None:
            bits = 0
            for b in m._may_turns(masks):
                bits |= b
            picked, may = [bool(bits >> t._k & 1) for t in nts], [m._may(t.plain) for t in nts]
            if not m._literal_at:              # no pattern of it has required literals
                assert picked == may, m.patterns
            else:                       # required literals only narrow what the characters allow
                assert all(b <= a for a, b in zip(may, picked)), m.patterns
            chosen = m._chosen(nts)
            assert chosen == [t for t in nts if m.could_match(t)]


def test_pattern_masks_of_a_rulebook_without_required_literals():
    """An index whose patterns have no required literal (none long enough) still masks a call:
    the literals step has nothing to apply, and _chosen picks what each turn's test picks."""
    M = importlib.import_module("callqa.rules.matching")
    m = M.Matcher(patterns=["你.{0,3}病", "[a-z]+x"])
    M.MatchIndex([m])
    nts = N.normalize_many(["你有病吧", "好的", "abx", "您好"] * 3)
    assert nts[0]._map is not None and len(nts) >= M.MASK_TURNS
    assert m._chosen(nts) == [t for t in nts if m.could_match(t)] == [t for t in nts if t.plain in ("你有病吧", "abx")]
