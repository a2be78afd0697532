"""Rule-model operators: role scope, windows, keyword modes, anchors, counts/rates, metrics,
and the composable ``custom`` family (rules written in YAML alone)."""
import json
from pathlib import Path

import pytest
import yaml

from callqa.rules import RulebookError, Transcript, Utterance, load_rulebook, parse_rulebook, score_call

REPO = Path(__file__).resolve().parents[1]
BOOK = load_rulebook()


def book_with(*rules, **top):
    data = {"name": "t", "version": "1", "rules": list(rules), **top}
    return parse_rulebook(data, "t.yaml")


def rule(code="QA901", check="custom", points=3, **kw):
    return {"code": code, "name": "r", "check": check, "summary": "测试规则", "dimension": "服务用语",
            "severity": "B", "points": points, **kw}


def fires(book, items, code="QA901"):
    return [f for f in score_call(Transcript.from_items(items), book).findings if f.rule_id == code]


# --- role scope -----------------------------------------------------------------------

def test_customer_scoped_rule_may_not_deduct_points():
    with pytest.raises(RulebookError, match=r"t.yaml: rule QA901 \(forbidden\), field 'speaker': only agent-scoped"):
        book_with(rule(check="forbidden", speaker="customer", params={"phrases": ["投诉"]}))
    with pytest.raises(RulebookError, match="field 'speaker': only agent-scoped"):
        book_with(rule(check="forbidden", speaker="any", points=0, fatal=True, params={"phrases": ["投诉"]}))


def test_unscoped_family_judges_the_agent_only():
    with pytest.raises(RulebookError, match=r"field 'speaker': family 'greeting' judges the agent only"):
        book_with(rule(check="greeting", speaker="customer", points=0, params={"max_delay": 3}))


def test_customer_scoped_info_rule_gives_a_zero_point_finding():
    book = book_with(rule(check="forbidden", speaker="customer", points=0, severity="C",
                          params={"phrases": ["投诉"]}))
    card = score_call(Transcript.from_items([["customer", "我要投诉"], ["agent", "我要投诉"]]), book)
    [f] = card.findings
    assert f.speaker == "customer" and f.points == 0 and f.text == "我要投诉" and f.start == 0.0
    assert card.score == 100 and card.grade is None and card.counts == {"A": 0, "B": 0, "C": 0}


def test_deducting_custom_rule_needs_a_condition_on_the_agent():
    with pytest.raises(RulebookError, match=r"field 'params.fire_if': a rule that deducts points must have a condition "
                                            r"on the agent"):
        book_with(rule(params={"fire_if": {"say": ["投诉"], "speaker": "customer"}}))
    # the same condition as 0-point info is fine, and a customer trigger with an agent answer too
    book_with(rule(points=0, speaker="customer", params={"fire_if": {"say": ["投诉"]}}))
    book_with(rule(params={"fire_if": {"all": [{"say": ["投诉"], "speaker": "customer"},
                                               {"not": {"say": ["抱歉"]}}]}}))


@pytest.mark.parametrize("fire_if,expected", [
    ({"sey": ["x"]}, "field 'params.fire_if': a condition is a mapping with one of: all, any, not, say, when, metric"),
    ({"say": ["x"], "mode": "most"}, "field 'params.fire_if.mode': must be one of"),
    ({"when": ["x"]}, "an anchor needs exactly one of must_say / must_not_say"),
    ({"metric": "loudness", "above": 3}, "unknown metric 'loudness'"),
    ({"all": [{"say": ["x"]}, {"not": {"say": {"patterns": ["(x"]}}}]},
     "field 'params.fire_if.all[1].not.say.patterns': bad regular expression"),
])
def test_bad_condition_is_a_clear_error(fire_if, expected):
    with pytest.raises(RulebookError) as info:
        book_with(rule(params={"fire_if": fire_if}))
    assert expected in str(info.value), str(info.value)


# --- keyword modes, windows, counts and rates ------------------------------------------

SET = ["保证", "绝对", "百分之百"]


@pytest.mark.parametrize("node,texts,expected", [
    ({"say": SET}, ["我保证"], True),
    ({"say": SET}, ["好的"], False),
    ({"say": SET, "mode": "all"}, ["我保证", "绝对", "百分之百"], True),
    ({"say": SET, "mode": "all"}, ["我保证", "绝对"], False),
    ({"say": SET, "mode": "at_least", "n": 2}, ["我保证", "绝对"], True),
    ({"say": SET, "mode": "at_least", "n": 2}, ["我保证", "我保证"], False),     # distinct phrases
    ({"say": SET, "mode": "at_least", "n": 2, "per_turn": True}, ["我保证", "绝对"], False),
    ({"say": SET, "mode": "at_least", "n": 2, "per_turn": True}, ["我保证绝对"], True),
    ({"say": SET, "mode": "none"}, ["好的"], True),
    ({"say": SET, "mode": "none"}, ["我保证"], False),
    ({"say": SET, "min_hits": 3}, ["保证保证", "好"], False),
    ({"say": SET, "min_hits": 3}, ["保证保证", "保证"], True),
    ({"say": {"a": ["客服"], "b": ["不专业"]}, "mode": "all", "per_turn": True}, ["那个客服", "不专业"], False),
    ({"say": {"a": ["客服"], "b": ["不专业"]}, "mode": "all", "per_turn": True}, ["那个客服不专业"], True),
    ({"say": SET, "window": {"first_turns": 1}}, ["好的", "我保证"], False),
    ({"say": SET, "window": {"last_turns": 1}}, ["好的", "我保证"], True),
    ({"say": SET, "window": {"first_seconds": 2}}, ["好的", "我保证"], False),
    ({"say": SET, "window": {"last_seconds": 2}}, ["我保证", "好的"], False),
    ({"say": SET, "speaker": "any"}, ["好的"], True),     # the customer's turn below is in scope
])
def test_say_modes_windows_and_counts(node, texts, expected):
    book = book_with(rule(params={"fire_if": node}))
    items = [["agent", t] for t in texts] + [["customer", "你保证吗"]]
    assert bool(fires(book, items)) is expected


def test_groups_that_cannot_meet_fail_early_with_the_full_reason():
    """A per-turn ``all`` over groups whose candidates never share a turn fails without a hit
    search; its reason (traces) is still the one the whole search writes."""
    from callqa.rules.checks.custom import evaluate
    from callqa.rules.context import CallContext
    node = {"say": {"a": ["客服"], "b": ["不专业"]}, "mode": "all", "per_turn": True}
    book = book_with(rule(params={"fire_if": node}))
    r = book.rule("QA901")
    ctx = CallContext(Transcript.from_items([["agent", "那个客服"], ["agent", "不专业"]]))
    say = r.params.fire_if
    turns = ctx.select("agent", say.window)
    assert say._cannot_hold(turns, 2)
    out = evaluate(ctx, r)
    assert not out.ok and out.reason == say._evaluate(ctx, "agent", turns, 2).reason
    assert "2 of 2 groups, need 2 in one turn; 2 hits" in out.reason


def test_rate_per_minute_of_agent_speech():
    book = book_with(rule(params={"fire_if": {"say": ["嗯"], "min_per_minute": 3}}))
    assert fires(book, [["agent", 0, 30, "嗯嗯好的嗯"], ["agent", 30, 60, "嗯"]])         # 4 in 1 min
    assert not fires(book, [["agent", 0, 60, "嗯好的"], ["agent", 60, 120, "嗯嗯"]])      # 3 in 2 min
    assert not fires(book, [["agent", 0, 30, "嗯好的"], ["customer", 30, 300, "嗯嗯嗯嗯嗯嗯"]])


# --- anchors, metrics, and / or / not ---------------------------------------------------

ANCHOR = {"when": ["投诉"], "must_say": ["抱歉"], "within_turns": 2}


@pytest.mark.parametrize("items,expected", [
    ([["customer", "我要投诉"], ["agent", "您说"], ["agent", "抱歉"]], False),
    ([["customer", "我要投诉"], ["agent", "您说"], ["agent", "好的"], ["agent", "抱歉"]], True),   # 3rd turn: late
    ([["customer", "我要投诉"]], True),                                                          # no answer at all
    ([["agent", "抱歉"], ["customer", "我要投诉"], ["agent", "您说"]], True),                    # before does not count
    ([["customer", "我要投诉"], ["customer", "投诉你们"], ["agent", "抱歉"]], False),             # one answer, two triggers
    ([["agent", "我要投诉"], ["agent", "好的"]], False),                                         # the agent is no trigger
])
def test_anchor_must_say_within_k_turns(items, expected):
    book = book_with(rule(params={"fire_if": ANCHOR}))
    assert bool(fires(book, items)) is expected


@pytest.mark.parametrize("items,expected", [
    ([["agent", "抱歉"], ["customer", "我要投诉"], ["agent", "您说"]], False),                   # said before: counts
    ([["customer", "我要投诉"], ["agent", "抱歉"], ["customer", "还要投诉"], ["agent", "好"]], False),
    ([["customer", "我要投诉"], ["agent", "您说"], ["agent", "好的"], ["agent", "抱歉"]], True),   # after: still late
    ([["customer", "抱歉"], ["customer", "我要投诉"], ["agent", "您说"]], True),                  # by the agent only
])
def test_anchor_or_earlier(items, expected):
    book = book_with(rule(params={"fire_if": {**ANCHOR, "or_earlier": True}}))
    assert bool(fires(book, items)) is expected


def test_or_earlier_goes_with_must_say():
    with pytest.raises(RulebookError, match="or_earlier goes with must_say"):
        book_with(rule(params={"fire_if": {"when": ["x"], "must_not_say": ["y"], "or_earlier": True}}))


def test_anchor_must_not_say_and_within_seconds():
    node = {"when": ["退订"], "must_not_say": ["不能退", "退不了"], "within_turns": 3, "within_seconds": 30}
    book = book_with(rule(params={"fire_if": node}))
    [f] = fires(book, [["customer", 0, 2, "我要退订"], ["agent", 3, 5, "这个退不了"]])
    assert f.matched == "退不了" and f.text == "我要退订 / 这个退不了" and (f.start, f.end) == (0, 5)
    assert not fires(book, [["customer", 0, 2, "我要退订"], ["agent", 40, 45, "这个退不了"]])
    assert not fires(book, [["customer", 0, 2, "我要退订"], ["agent", 3, 5, "好的马上帮您退订"]])


def test_metric_and_boolean_combinators():
    short = {"metric": "call_seconds", "below": 10}
    book = book_with(rule(params={"fire_if": {"all": [short, {"say": ["再见"], "mode": "none"}]}}))
    assert fires(book, [["agent", 0, 3, "您好"], ["customer", 3, 5, "喂"]])
    assert not fires(book, [["agent", 0, 3, "您好"], ["agent", 3, 5, "再见"]])
    assert not fires(book, [["agent", 0, 3, "您好"], ["customer", 3, 15, "喂"]])
    book = book_with(rule(params={"fire_if": {"any": [{"say": ["保证"]}, {"not": {"say": ["您好"]}}]}}))
    assert fires(book, [["agent", "我保证"], ["agent", "您好"]]) and fires(book, [["agent", "好的"]])
    assert not fires(book, [["agent", "您好"]])
    book = book_with(rule(params={"fire_if": {"metric": "agent_turns", "above": 2}}))
    assert fires(book, [["agent", "a"]] * 3) and not fires(book, [["agent", "a"]] * 2)


def test_custom_evidence_and_explanation():
    book = book_with(rule(explanation="坐席乱承诺「{heard}」({count}次)",
                          params={"fire_if": {"say": {"phrases": ["保证", "绝对"], "exclude": ["保证金"]}}}))
    [f] = fires(book, [["agent", 0, 2, "要交保证金"], ["agent", 3, 5, "我保证"], ["agent", 6, 8, "好的"],
                       ["agent", 9, 11, "绝对没问题"]])
    assert (f.start, f.end, f.text) == (3, 11, "我保证 / 绝对没问题")
    assert f.explanation == "坐席乱承诺「保证、绝对」(2次)" and f.speaker == "agent"


# --- the default rulebook's custom rules -----------------------------------------------

def test_default_custom_rules_map_to_domain_items():
    by_code = {r.code: r for r in BOOK.rules}
    assert {c: (by_code[c].check, by_code[c].dimension) for c in ("QA171", "QA172", "QA173", "QA174", "QA175")} == {
        "QA171": ("apology", "服务用语"), "QA172": ("shirking", "服务态度"), "QA173": ("overpromise", "产品业务知识"),
        "QA174": ("colleague", "其他"), "QA175": ("complaint", "其他")}
    assert {by_code[c].family_name for c in ("QA171", "QA172", "QA173", "QA174", "QA175")} == {"custom"}
    assert by_code["QA175"].speaker == "customer" and by_code["QA175"].points == 0


def _demo(call_id):
    d = json.loads((REPO / "demo" / "reference" / f"{call_id}.json").read_text(encoding="utf-8"))
    return Transcript(call_id, [Utterance(s["speaker"], s["start"], s["end"], s["text"]) for s in d["segments"]])


def test_demo_billing_dispute_no_tariff_but_missing_apology():
    card = score_call(_demo("demo_003"), BOOK)
    codes = {f.rule_id for f in card.findings}
    assert "QA151" not in codes                     # 多扣了/乱扣费 is a dispute, not a fee question
    [apology] = [f for f in card.findings if f.rule_id == "QA171"]
    assert apology.start == 5.737 and apology.explanation.startswith("客户表达不满「你们怎么回事」,坐席未致歉")
    [info] = [f for f in card.findings if f.rule_id == "QA175"]
    assert info.points == 0 and info.speaker == "customer"
    card4 = score_call(_demo("demo_004"), BOOK)
    assert "QA171" not in {f.rule_id for f in card4.findings}     # 抱歉 within two turns
