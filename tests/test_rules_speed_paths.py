"""The rule engine's fast paths give the same results as the plain ones (issue 3, speed)."""
from __future__ import annotations

import importlib
import random

import pytest

from callqa.rules.bench import make_calls
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
