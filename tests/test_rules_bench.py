"""The rules bench runs (figures are printed by `python -m bench.rules`, not tested), and
the speed-ups keep results identical: the merged automata give each matcher exactly what its
own automaton finds, and batched normalisation equals one-by-one normalisation."""
from callqa.rules import load_rulebook, score_call
from bench.rules import make_calls, run
from callqa.rules.context import CallContext
from callqa.rules.normalize import normalize, normalize_many
from callqa.rules.params import iter_matchers

BOOK = load_rulebook()


def test_bench_run_reports_throughput_and_split():
    r = run(n_calls=20, seed=1, repeat=1)
    assert r["calls"] == 20 and r["calls_per_s"] > 0 and r["turns_per_call"] == 60
    assert {"context", "match", "tariff", "custom", "silence", "scoring"} <= set(r["split_ms_per_call"])
    assert 1200 < r["agent_chars_per_call"] < 1900 and 800 < r["customer_chars_per_call"] < 1300


def test_merged_automata_find_what_each_matcher_finds_alone():
    matchers = [m for r in BOOK.active if not r.family.few_turns for m in iter_matchers(r.params)]
    assert all(m._index is BOOK.index for m in matchers)
    # the families that read a few turns (opening, closing, around a silence) keep their own automata
    few = [m for r in BOOK.active if r.family.few_turns for m in iter_matchers(r.params)]
    assert few and all(m._index is None for m in few)
    for t in make_calls(5, seed=3):
        ctx = CallContext(t)
        BOOK.index.prepare([u.norm for u in ctx.turns])
        for m in matchers:
            merged = [m.find(u.norm) for u in ctx.turns]
            m._index = None
            try:
                alone = [m.find(u.norm) for u in ctx.turns]
            finally:
                m._index = BOOK.index
            assert merged == alone


def test_batched_normalisation_equals_single():
    texts = ["您好，請問有什麼可以幫您？", "每月三十元，次月起", "ＡＢＣ　１２３元", "", "嗯……好的!!", "𠀀字"]
    assert normalize_many(texts) == [normalize(x) for x in texts]
    assert [n.plain for n in normalize_many(texts)] == [normalize(x).plain for x in texts]


def test_scoring_twice_gives_the_same_card():
    t = make_calls(1, seed=7)[0]
    assert score_call(t, BOOK) == score_call(t, BOOK)


def test_call_level_candidates_equal_utterance_by_utterance():
    """The automata run once over a call's joined text (utterances normalised together); scan,
    could_match and matches must see exactly what utterances normalised one by one see, looked
    up on first use or found up front by MatchIndex.prepare (Traditional, full-width, no
    punctuation and empty utterances included)."""
    from callqa.rules.context import Turn
    from callqa.rules.transcript import Transcript, Utterance
    matchers = [m for r in BOOK.active for m in iter_matchers(r.params)]
    odd = Transcript("odd", [Utterance("customer", 0, 1, "這個要收費嗎？多少錢"), Utterance("agent", 1, 2, ""),
                             Utterance("agent", 2, 3, "你是不是深井病啊３０元"), Utterance("customer", 3, 4, "我要投诉")])
    for t in [*make_calls(3, seed=11), odd]:
        call = CallContext(t).turns
        assert len({id(u.norm._map) for u in call}) == 1
        single = [Turn(u.i, u.speaker, u.start, u.end, u.raw) for u in call]        # normalize() each
        joined = [Turn(u.i, u.speaker, u.start, u.end, u.raw) for u in call]
        BOOK.index.prepare([u.norm for u in joined])
        assert all(u.norm._map is None for u in single + joined)
        for m in matchers:
            want = [(u.i, h) for u, h in m.scan(single)]
            assert [(u.i, h) for u, h in m.scan(call)] == want == [(u.i, h) for u, h in m.scan(joined)]
            assert m.found_in(call) == m.found_in(single) == bool(want)
            assert [m.found_in(call[k:k + 2]) for k in range(len(call))] == [bool(m.scan(call[k:k + 2])) for k in range(len(call))]
            for f in (m.could_match, m.matches):
                assert [f(u.norm) for u in call] == [f(u.norm) for u in single] == [f(u.norm) for u in joined]


def test_call_lookups_equal_turn_by_turn():
    """The call-wide shortcuts see what a look at each turn sees: the utterances holding a word
    (joined-text search), the turns each matcher says something in (``matching_turns``), and a
    turn that is its own normalised text (``norm`` is the turn)."""
    matchers = [m for r in BOOK.active for m in iter_matchers(r.params)]
    for t in make_calls(4, seed=5):
        turns = CallContext(t).turns
        call_map = turns[0]._map
        for words in (("这个", "那个", "啊", "呀"), ("还", "喂"), ("元",), ("不存在的词",)):
            assert call_map.holding(words) == {u.i for u in turns if any(w in u.plain for w in words)}
        assert all(u.norm is u for u in turns)
        for m in matchers:
            assert [u.i for u in m.matching_turns(turns)] == [u.i for u in turns if m.matches(u)]
