"""Rulebook loading and validation, scoring (caps, budgets, fatal), normalisation, catalogue."""
import textwrap

import pytest

from callqa.rules import (RulebookError, Transcript, catalogue, catalogue_markdown, check_examples,
                          load_rulebook, parse_rulebook, score_call)
from callqa.rules.matching import Matcher
from callqa.rules.normalize import normalize, normalize_numbers

MINI = """
name: mini
version: 1
pass_threshold: 90
dimensions: {服务用语: 8, 服务态度: 100}
rules:
  - code: QA901
    name: dont-know
    check: forbidden
    summary: 不知道
    dimension: 服务用语
    severity: B
    points: 3
    cap: 6
    params: {phrases: [不知道]}
  - code: QA902
    name: dont-understand
    check: forbidden
    summary: 不明白
    dimension: 服务用语
    severity: C
    points: 4
    cap: 20
    params: {phrases: [不明白]}
  - code: QA903
    name: insult
    check: insult
    summary: 神经病
    dimension: 服务态度
    severity: A
    points: 0
    fatal: true
    fuzzy: true
    params: {phrases: [神经病]}
"""


def write(tmp_path, text, name="rulebook.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def mini(tmp_path):
    return load_rulebook(write(tmp_path, MINI))


def card_for(book, *agent_texts):
    return score_call(Transcript.from_items([["agent", t] for t in agent_texts]), book)


# --- scoring --------------------------------------------------------------------------

def test_rule_cap_keeps_findings_with_zero_points(mini):
    card = card_for(mini, "不知道", "不知道", "不知道")
    assert [f.points for f in card.findings] == [3, 3, 0]
    assert card.score == 94 and card.passed and card.counts == {"A": 0, "B": 3, "C": 0}
    assert card.grade == "B"


def test_dimension_budget_caps_total(mini):
    card = card_for(mini, "不知道", "不明白", "不明白")
    assert [f.points for f in card.findings] == [3, 4, 1]     # 服务用语 budget 8
    assert card.score == 92 and card.dimension_scores == {"服务用语": 0, "服务态度": 100}
    assert card.grade == "B"                                  # worst severity among deductions


def test_fatal_sets_score_to_zero(mini):
    card = card_for(mini, "您好", "深井病")
    [f] = card.findings
    assert f.fatal and f.points == 0 and f.matched == "神经病" and f.text == "深井病"
    assert card.fatal and card.score == 0 and not card.passed and card.grade == "A"
    assert card.counts["A"] == 1


def test_pass_threshold_from_rulebook(mini):
    card = card_for(mini, "不明白", "不明白", "不明白")       # 8 points off (budget)
    assert card.score == 92 and card.passed
    card = card_for(mini, "不知道", "不知道", "不明白")       # 3 + 3 + 2(budget) = 8
    assert card.score == 92
    assert mini.pass_threshold == 90 and mini.version == "1"


def test_disabled_rule_does_not_run(tmp_path):
    book = load_rulebook(write(tmp_path, MINI.replace("    cap: 6\n", "    cap: 6\n    enabled: false\n")))
    assert card_for(book, "不知道").findings == []
    assert len(book.rules) == 3 and len(book.active) == 2


def test_explanation_template_from_rulebook(tmp_path):
    text = MINI.replace("    cap: 6\n", "    cap: 6\n    explanation: 禁语{matched}({code})\n")
    [f] = card_for(load_rulebook(write(tmp_path, text)), "我不知道").findings
    assert f.explanation == "禁语不知道(QA901)"


# --- rulebook validation --------------------------------------------------------------

@pytest.mark.parametrize("old,new,expected", [
    ("    points: 3\n", "    points: -1\n", "rule QA901 (forbidden), field 'points': must be >= 0"),
    ("    severity: B\n", "    severity: D\n", "rule QA901 (forbidden), field 'severity': must be one of"),
    ("check: forbidden\n    summary: 不知道", "check: forbiden\n    summary: 不知道",
     "rule QA901 (forbiden), field 'check': unknown check family 'forbiden'"),
    ("params: {phrases: [不知道]}", "params: {phrase: [不知道]}", "rule QA901 (forbidden), field 'params.phrase': unknown field (did you mean 'phrases'?)"),
    ("params: {phrases: [不知道]}", "params: {phrases: {patterns: ['不(知道']}}",
     "rule QA901 (forbidden), field 'params.phrases.patterns': bad regular expression"),
    ("    dimension: 服务用语\n    severity: B", "    dimension: 服务质量\n    severity: B",
     "rule QA901 (forbidden), field 'dimension': unknown dimension '服务质量'"),
    ("code: QA902", "code: QA901", "rule QA901 (forbidden), field 'code': duplicate rule code"),
    ("    fuzzy: true\n", "    fuzzy: [z/zh, x/y]\n", "rule QA903 (insult), field 'fuzzy': unknown fuzzy pair"),
    ("    name: dont-know\n", "", "rule QA901 (forbidden), field 'name': is required"),
    ("pass_threshold: 90", "pass_threshold: 120", "field 'pass_threshold': must be <= 100"),
])
def test_bad_rulebook_error_names_file_rule_and_field(tmp_path, old, new, expected):
    assert old in MINI
    path = write(tmp_path, MINI.replace(old, new, 1))
    with pytest.raises(RulebookError) as info:
        load_rulebook(path)
    msg = str(info.value)
    assert msg.startswith(f"{path}: ") and expected in msg, msg
    assert isinstance(info.value, ValueError)


def test_bad_example_and_bad_yaml_and_missing_file(tmp_path):
    bad = MINI.replace("    params: {phrases: [不知道]}", "    params: {phrases: [不知道]}\n    examples: {fire: [[[agent]]]}")
    with pytest.raises(RulebookError, match=r"rule QA901 \(forbidden\), field 'examples.fire'"):
        load_rulebook(write(tmp_path, bad))
    with pytest.raises(RulebookError, match="rulebook.yaml: invalid YAML"):
        load_rulebook(write(tmp_path, "name: [unclosed\n"))
    with pytest.raises(RulebookError, match="nope.yaml: cannot read"):
        load_rulebook(tmp_path / "nope.yaml")
    with pytest.raises(RulebookError, match="field 'rules'"):
        parse_rulebook({"name": "x", "version": "1", "rules": []}, "x.yaml")


def test_default_rulebook_loads_and_covers_every_family():
    book = load_rulebook()
    assert book is load_rulebook()                     # compiled once, cached
    assert book.pass_threshold == 80 and book.path.name == "default.yaml"
    assert {r.check for r in book.rules} == {"greeting", "closing", "forbidden", "insult", "filler",
                                              "tariff", "name_ask", "apology", "shirking", "overpromise",
                                              "colleague", "complaint", "silence", "talk_over",
                                              "speech_rate", "short_call", "hangup", "greeting_held",
                                              "name_unasked"}
    assert {r.family_name for r in book.rules} >= {"custom", "greeting", "tariff"}
    assert set(book.dimensions) == {"服务用语", "服务态度", "产品业务知识", "订单流程", "沟通技巧", "营销意识", "其他"}
    assert sum(book.dimensions.values()) == 100
    assert [r for r in check_examples(book) if not r.ok] == []


def test_catalogue_comes_from_the_rulebook():
    infos = catalogue()
    assert [i.code for i in infos] == [r.code for r in load_rulebook().rules]
    insult = next(i for i in infos if i.check == "insult")
    assert insult.fatal and insult.severity == "A" and insult.examples["fire"] and insult.examples["pass"]
    assert "Fires" in insult.family_doc and "Must not" in insult.family_doc
    page = catalogue_markdown()
    assert "## QA131 insult" in page and "Must not fire" in page


def test_every_family_function_documents_a_firing_and_a_passing_example():
    from callqa.rules.checks import FAMILIES
    for fam in FAMILIES.values():
        assert "Fires:" in fam.doc and "Must not:" in fam.doc, fam.name


# --- normalisation and matching -------------------------------------------------------

def test_normalize_traditional_fullwidth_numbers_and_punctuation():
    nt = normalize("您好，請問有什麼可以幫您？資費一百二十元")
    assert nt.text == "您好，请问有什么可以帮您？资费120元"     # Chinese punctuation kept for evidence
    assert nt.plain == "您好请问有什么可以帮您资费120元"
    assert nt.span(2, 4) == "请问" and nt.span(0, 4) == "您好，请问"
    assert normalize("ＡＢＣ　１２３元").text == "ABC 123元"
    assert normalize("ＡＢＣ１２３").plain == "ABC123"
    assert normalize_numbers("每月三十元，三个月，两块五，一下，十分感谢") == "每月30元，3个月，2块五，一下，十分感谢"
    assert normalize("一百二十元").plain == normalize("120元").plain
    # 甚麼 → 甚么 (t2s keeps the old form) → 什么, one call or a batch alike (round 15)
    assert normalize("请问有甚麼能为您效劳的").text == normalize("请问有甚么能为您效劳的").text == "请问有什么能为您效劳的"
    from callqa.rules.normalize import normalize_many
    assert [n.text for n in normalize_many(["有甚么问题", "甚麼１２元"])] == ["有什么问题", "什么12元"]


def test_matcher_exclusions_and_fuzzy_pinyin():
    m = Matcher(["不知道"], exclude=["不知道您"])
    assert m.find(normalize("不知道您方便吗")) == []
    assert [h.phrase for h in m.find(normalize("我不知道"))] == ["不知道"]
    fuzzy = Matcher(["神经病"], fuzzy=True)
    [hit] = fuzzy.find(normalize("你是深井病吧"))
    assert (hit.phrase, hit.heard, hit.fuzzy) == ("神经病", "深井病", True)
    assert Matcher(["神经病"]).find(normalize("深井病")) == []              # exact only
    assert Matcher(["客服"], fuzzy=[]).find(normalize("克服"))               # toneless homophone
    assert not Matcher(["客服"], fuzzy=[]).find(normalize("客户"))           # f/h not enabled
    assert Matcher(["客服"], fuzzy=["f/h"]).find(normalize("客户"))
