"""The first-character guard on rulebook regexes (rules/prefilter.py) never changes a match."""
from __future__ import annotations

import random
import re

import pytest

from callqa.rules.prefilter import first_chars, guarded, may_match, required_chars, required_literals
from callqa.rules.rulebook import load_rulebook

# the default rulebook's tariff `start` patterns, and shapes a rulebook author may write
PATTERNS = [
    "次月", "下个?月", "从.{1,12}(起|开始)", r"(首月|第一个月|前\d+个?月|头\d+个?月|\d+天内)免费",
    r"\d+(月|号|日)(起|开始)", r"(?<!一)起(按月|按年|按天)?(收费|收取|扣费|计费)", r"\d+(\.\d+)?(元|块|角|毛)",
    r"(?P<who>你|您)(们)?(?=怎么)", r"(a|b*)c", r"(?:x|y)?z+", r"^(您好|你好)", r"(很|非常)?抱歉|对不起",
    r"(ab|\w)\1", r"[^您]们", r"(?i)(ok|好)的", r"(?<=您)好|再见", r"\b(ok|yes)\b|嗯",
]
ALPHABET = "次下月从起开始首第一个前头天内免费元块角毛号日按年收取扣计你您们怎么abcxyzOK好很非常抱歉对不起再见 \n0123456789."


def _all(rx: re.Pattern, text: str):
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS + ["|".join(f"(?:{p})" for p in PATTERNS[:7])])
def test_guarded_pattern_finds_exactly_the_same_matches(source):
    rx = re.compile(source)
    g = guarded(rx)
    rng = random.Random(source)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        assert _all(g, text) == _all(rx, text), text
        for pos in range(0, len(text) + 1, 7):
            a, b = g.match(text, pos), rx.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_what_gets_a_guard():
    start = re.compile("|".join(f"(?:{p})" for p in PATTERNS[:6]))
    assert guarded(start) is not start                            # alternatives of every shape
    assert first_chars(start) is not None and r"\d" in first_chars(start)
    assert guarded(re.compile(PATTERNS[5])) is not re.compile(PATTERNS[5])   # starts with a look-behind
    for plain in ("次月", r"\d+(\.\d+)?(元|块|角|毛)", "(您好|你好)"):      # re scans for these itself
        assert guarded(re.compile(plain)) is re.compile(plain)
    # any character, case-insensitive, a negated set, the empty string
    for unbounded in (r"(x|.)y", r"(?i)(ok|好)的", r"(a|[^b])c", r"(a)?|b"):
        assert first_chars(re.compile(unbounded)) is None, unbounded
    assert first_chars(re.compile(r"(a|b*)c")) == "[" + "".join(sorted(f"\\U{ord(c):08x}" for c in "abc")) + "]"


def test_default_rulebook_patterns_are_guarded_where_it_pays():
    book = load_rulebook(None)
    tariff = next(r for r in book.active if r.check == "tariff")
    m = tariff.params.start.matcher
    assert m._any_pattern.pattern.startswith("(?=[")
    assert [source for _, source, _ in m._searches] == [rx.pattern for rx in m.patterns]   # findings name the rulebook's pattern


@pytest.mark.parametrize("source", PATTERNS + ["|".join(f"(?:{p})" for p in PATTERNS[:7]), r"[a-c]x|y[0-3]+"])
def test_required_chars_never_rule_out_a_text_with_a_match(source):
    rx = re.compile(source)
    needs = required_chars(rx)
    rng = random.Random(source)
    ruled_out = 0
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        if rx.search(text) is not None:
            assert may_match(needs, text), text
        ruled_out += not may_match(needs, text)
    assert ruled_out > 0 or not needs


def test_required_chars_examples():
    assert set(required_chars(re.compile(r"你(是不是|真是|真的|是)?有毛?病"))) == {"你", "有", "病"}
    assert required_chars(re.compile(r"\d+(\.\d+)?(元|块|角|毛)")) == ("元块毛角",)
    assert required_chars(re.compile(r"(?:^喂)|(?:喂喂)")) == ("喂",)
    for nothing in (r"\d+", r"(?i)ok", r"[^a]", r"(a|\d)x?", r"a?b*"):   # categories, case, negations, optional
        assert required_chars(re.compile(nothing)) == (), nothing
    assert required_chars(re.compile(r".病")) == ("病",)
    assert not may_match(("病",), "你好") and may_match(("病", "你"), "你有病") and may_match((), "")


def test_pattern_gate_is_each_patterns_rarest_need_and_changes_no_result():
    """A matcher's patterns are searched only in utterances holding a character of each
    pattern's rarest need (病, not 你 or 有), found by the call's one automaton pass."""
    from callqa.rules.context import CallContext
    from callqa.rules.matching import Matcher, MatchIndex
    from callqa.rules.transcript import Transcript
    assert "脑" in required_chars(re.compile("(没|不)长脑子|有没有脑子"))     # what every alternative needs
    m = Matcher(patterns=["你(是不是)?有毛?病", "耳朵(是不是)?(聋|背)"])
    assert set(m._gate) == {"病", "耳"} or set(m._gate) == {"病", "朵"}
    MatchIndex([m])
    texts = ["你是不是有病", "您有什么需要", "你有问题吗", "耳朵聋了吧", "好的，病历带上"]
    ctx = CallContext(Transcript.from_items([["agent", t] for t in texts]))
    indexed = [(t.i, [h.heard for h in hits]) for t, hits in m.scan(ctx.agent)]
    plain = Matcher(patterns=["你(是不是)?有毛?病", "耳朵(是不是)?(聋|背)"])
    assert indexed == [(t.i, [h.heard for h in hits]) for t, hits in plain.scan(ctx.agent)]
    assert [i for i, _ in indexed] == [0, 3]


def _book_patterns() -> list[str]:
    book = load_rulebook(None)
    return sorted({rx.pattern for m in book.index.matchers for rx in m.patterns})


def test_required_literals_never_rule_out_a_text_with_a_match():
    """Every pattern of the default rulebook and the shapes above, on random texts made of the
    pattern's own characters (so that matches are frequent): a text with a match holds one of
    the pattern's required literals."""
    checked = 0
    for source in PATTERNS + _book_patterns():
        rx = re.compile(source)
        literals = required_literals(rx, 1)
        if not literals:
            continue
        alphabet = sorted({ch for ch in source if ch.isalnum()} | set("，\n好的"))
        rng = random.Random(source)
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
            for m in rx.finditer(text):
                assert any(w in text[m.start():m.end()] for w in literals), (source, text, literals)
                checked += 1
        for w in literals:              # and each literal on its own, where it is a whole match
            if rx.fullmatch(w):
                assert w in literals
    assert checked > 1000


def test_required_literals_examples():
    assert set(required_literals(re.compile(r"(你|您)这(脑子|智商)"))) == {"你这脑子", "你这智商", "您这脑子", "您这智商"}
    assert required_literals(re.compile(r"白(送|花)了")) == ("白花了", "白送了")
    assert required_literals(re.compile(r"等了\d+个?多?(分钟|小时)")) == ("等了",)
    assert set(required_literals(re.compile(r"(这人|这个人)?是不是"))) == {"是不是", "这人是不是", "这个人是不是"}
    assert required_literals(re.compile(r"(ab|\w)c"), 1) == ("c",)
    assert required_literals(re.compile(r"(ab|\w)c")) == ()              # one character: under min_len
    for nothing in (r"\d+", r"(?i)ok", r"[^a]b", r"a?b*", r"(ab)*c?"):
        assert required_literals(re.compile(nothing)) == (), nothing
