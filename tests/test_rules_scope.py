"""Issue 8: the scope of a hit (reported speech, negation, conditionals, subject), patterns that
cannot hang a night, and sound-alike matching of the gravest phrases."""
from __future__ import annotations

import time

import pytest
import yaml
from typer.testing import CliRunner

from callqa.pipelines.display.cli import app
from callqa.rules import DEFAULT_RULEBOOK, RulebookError, load_rulebook
from callqa.rules.matching import Matcher
from callqa.rules.normalize import normalize
from callqa.rules.phonetic import close_finals, neighbours, split
from callqa.rules.regex_safety import UnsafePattern, check_pattern
from callqa.rules.rulebook import parse_rulebook
from callqa.rules.scope import Scope, scope_facts


def facts(text: str, phrase: str):
    i = text.index(phrase)
    return scope_facts(text, i, i + len(phrase))


@pytest.mark.parametrize("text, phrase, reported", [
    ("他骂您神经病是严重违规的", "神经病", True),
    ("上次那个客服说您是神经病，非常抱歉", "神经病", True),
    ("您是说工作人员叫您滚吗", "滚", True),
    ("「你去死」这种话是绝对不允许的", "你去死", True),
    ("“神经病”三个字不该说", "神经病", True),
    ("您被骂神经病的事我已经登记", "神经病", True),
    ("我没有骂您神经病", "神经病", True),              # a denial names the words
    ("我说你是神经病啊", "神经病", False),            # the agent's own words
    ("说白了你就是神经病", "神经病", False),
    ("你说的我不明白", "不明白", False),              # 你说的 = what you said
    ("他说了，我也不清楚", "不清楚", False),
    ("我朋友说你们乱收费，让我打电话投诉你们", "投诉", True),   # 让我: 我 is the object, the friend speaks
    ("我儿子说要投诉你们", "投诉", True),             # family words are persons too
    ("让您跑了两趟，不过说句实话，您这身材穿什么都不好看", "您这身材", False),   # 说句实话: own words
    ("镜框是您自己挑的，而且说实话，您这脸型戴啥都不好看", "您这脸型", False),
    # (round 29) the speaker named by a noun no person list holds, in the verb's own clause, quotation marks lost
    ("我确认一下,助教当中说您这都不会还考什么工,回家中地去吧", "不会还考什么", True),
    ("我核实一下，前台当时说您这种人就别来了", "您这种人", True),
    ("病人叫什么姓什么", "叫什么", False),             # 叫 names, nobody's words
    ("物业说是你们的范围 你们推来推去有意思吗", "推来推去", False),   # past the verb's clause: the customer's own
    ("我确认一下，您这都不会还考什么公", "不会还考什么", False),       # no one else speaks
])
def test_reported_speech(text, phrase, reported):
    assert facts(text, phrase).reported is reported


@pytest.mark.parametrize("text, phrase, subject", [
    ("这个我不清楚，你问别人吧", "不清楚", "self"),
    ("我们这边也不知道", "不知道", "self"),
    ("您不知道也没关系", "不知道", "listener"),
    ("他们营业厅可能也不清楚", "不清楚", "other"),
    ("其他的我也不太清楚", "不太清楚", "self"),        # 其他 is one word, not 他
    ("不知道", "不知道", "none"),
    ("好的，不清楚", "不清楚", "none"),                # the clause ends at the comma
    ("他们技术部就是乱搞，排班都排不明白", "不明白", "other"),   # carried over from the sentence's previous clause
    ("我帮您查一下，不清楚", "不清楚", "self"),        # that clause's subject (its first person word), not its object
    ("老人家不知道密码很正常", "不知道", "other"),     # a people noun
    ("快递员可能不清楚您的新地址", "不清楚", "other"),
    ("你这人真没教养", "没教养", "listener"),          # 人 in apposition to 你
    ("你这个人怎么这么奇葩", "奇葩", "listener"),
    ("那个人真奇葩", "奇葩", "other"),
    ("我老公不知道密码", "不知道", "other"),
    ("他去哪了我哪知道", "我哪知道", "self"),           # the phrase names its own subject
    ("他们那边我怎么知道", "我怎么知道", "self"),
])
def test_subject(text, phrase, subject):
    assert facts(text, phrase).subject == subject


def test_negation_and_condition():
    assert facts("我没有乱说", "乱说").negated
    assert not facts("你是不是有病", "有病").negated          # an A-不-A question asks
    assert not facts("你们这不是坑人吗", "坑人").negated      # a rhetorical 不是…吗
    assert facts("我不投诉啊", "投诉").negated
    assert facts("如果您还不清楚的话", "不清楚").conditional
    assert facts("不明白的话可以再问", "不明白").conditional
    assert not facts("这个我不清楚", "不清楚").conditional
    assert not facts("能教出啥来不过您这协调性", "您这协调性").negated   # 不过 (but) negates nothing
    assert not facts("不管您这边什么时候方便", "您这边").negated
    # a potential complement (装不上) ends a run-on clause before the hit opens with its own person
    assert not facts("马桶盖都装不上您这动手能力也是没谁了", "您这动手能力").negated
    assert facts("我不是说您这动手能力差", "您这动手能力").negated         # 不是: no complement
    # 上次(不是)跟您说了…: the agent's own earlier words to the listener, nobody's reported
    assert not facts("上次不是跟您说了要带原件吗材料都能带错两回您是真糊涂还是装糊涂", "真糊涂还是装糊涂").reported


def test_scope_filters_a_matchers_hits():
    m = Matcher(["不知道"], scope=Scope(skip=("reported", "conditional"), subject=("self", "none")))
    assert m.find(normalize("这个我不知道"))
    assert not m.find(normalize("您不知道也没关系"))
    assert not m.find(normalize("如果您不知道的话"))
    assert not m.matches(normalize("您不知道也没关系")) and m.matches(normalize("不知道"))
    assert Matcher(["不知道"]).find(normalize("您不知道也没关系"))      # no scope: as before


def test_scope_is_validated_in_the_rulebook():
    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in book["rules"] if r["code"] == "QA131")
    rule["params"]["phrases"]["scope"] = {"skip": ["quoted"]}
    with pytest.raises(RulebookError, match=r"QA131 \(insult\).*params\.phrases\.scope\.skip"):
        parse_rulebook(book, "book.yaml")


# --- patterns that cannot hang the night ------------------------------------------------------

@pytest.mark.parametrize("pattern", ["(a+)+$", "(x*)*y", "(a|aa)+$", r"(a)\1", ".*.*.*x", "(?:.|a)+b"])
def test_unsafe_patterns_are_refused(pattern):
    with pytest.raises(UnsafePattern):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", [r"\d+(\.\d+)?(元|块)", "(?:ab|cd)+", "从.{1,12}(起|开始)", "(?<!一)起(按月)?收费",
                                     "a{1,3}(b{1,3}){1,3}", "不知道(您|你)(?!们)"])
def test_safe_patterns_pass(pattern):
    check_pattern(pattern)


def test_default_rulebook_patterns_are_all_safe():
    load_rulebook()         # every pattern is checked at load


def test_rules_test_names_the_rule_with_an_unsafe_pattern(tmp_path):
    """The issue's case: (a+)+$ used to pass `rules test` and hang scoring (7.5 s at 26 characters)."""
    book = yaml.safe_load(DEFAULT_RULEBOOK.read_text(encoding="utf-8"))
    rule = next(r for r in book["rules"] if r["code"] == "QA122")
    rule["params"]["phrases"]["patterns"] = ["(a+)+$"]
    path = tmp_path / "slow.yaml"
    path.write_text(yaml.safe_dump(book, allow_unicode=True), encoding="utf-8")
    t0 = time.perf_counter()
    result = CliRunner().invoke(app, ["rules", "test", str(path)])
    assert result.exit_code == 2
    out = " ".join(result.output.split())
    assert "slow.yaml" in out and "QA122" in out and "params.phrases.patterns" in out and "(a+)+$" in out
    assert time.perf_counter() - t0 < 30          # refused at load, not run (generous: a shared CI core)


# --- sound-alike matching -----------------------------------------------------------------------

def test_syllable_parts_and_close_finals():
    assert split("bing") == ("b", "ing") and split("zhuang") == ("zh", "uang") and split("an") == ("", "an")
    assert close_finals("ing", "ian") and close_finals("ing", "in") and close_finals("a", "ao")
    assert not close_finals("ing", "ao") and not close_finals("an", "ing")
    assert "bian" in neighbours("bing") and "ping" not in neighbours("bing")


def test_phonetic_matches_one_misheard_final_with_the_same_tone():
    m = Matcher(["神经病"], fuzzy=True, fuzzy_min_len=3, phonetic=True)
    hit = m.search(normalize("你是不是有神经变啊"))
    assert hit is not None and hit.phrase == "神经病" and hit.heard == "神经变" and hit.fuzzy
    assert Matcher(["神经病"], fuzzy=True, fuzzy_min_len=3).search(normalize("你是不是有神经变啊")) is None
    assert m.search(normalize("这个是神经内科的问题")) is None
    # two syllables off, or a final and a tone (您 nín for 你 nǐ): too far
    assert Matcher(["你有病"], fuzzy=True, phonetic=True).search(normalize("您有病")) is None
    assert m.search(normalize("神经边")) is None          # biān: close final but another tone
    assert m.search(normalize("神经包")) is None          # bāo: a final too far


def test_phonetic_variant_sharing_another_phrases_key_keeps_that_phrase():
    """替您害臊's one-final variant (nín → nǐ) spells 替你害臊, itself a phrase of the set: the text
    says that phrase exactly, so it is a hit, not a sound-alike refused for its tone."""
    for order in (["替您害臊", "替你害臊"], ["替你害臊", "替您害臊"]):
        m = Matcher(order, fuzzy=True, fuzzy_min_len=3, phonetic=True)
        hit = m.search(normalize("我都替你害臊"))
        assert hit is not None and hit.phrase == "替你害臊" and not hit.fuzzy
        assert m.search(normalize("我都替您害臊")).phrase == "替您害臊"


def test_phonetic_needs_enough_syllables():
    m = Matcher(["有病"], fuzzy=True, phonetic=True)
    assert m.search(normalize("有变")) is None


def test_phonetic_does_not_count_particles():
    """瞎了吗 is one syllable of sound and two particles: with 瞎 xiā moved to 修 xiū it is 装修了吗,
    an ordinary question; exact and fuzzy-pair matches still hold, and 神经病吧 keeps its sound."""
    m = Matcher(["瞎了吗", "神经病吧"], fuzzy=True, fuzzy_min_len=3, phonetic=True)
    assert m.search(normalize("想问问您家装修了吗")) is None
    assert m.search(normalize("你瞎了吗")).phrase == "瞎了吗"
    assert m.search(normalize("你是神经变吧")).phrase == "神经病吧"


def test_phonetic_through_the_rulebook_index():
    """The rulebook's merged automata carry the sound-alike variants (the engine's real path)."""
    from callqa.rules import score_call
    from callqa.rules.transcript import Transcript
    card = score_call(Transcript.from_items([["agent", "你是不是有神经变啊"]]), load_rulebook())
    assert any(f.rule_id == "QA131" and f.fatal for f in card.findings)


def test_a_person_named_by_what_they_do_is_another_person():
    """那个接电话的 / 新来的: someone 的-nominalised by what they do, where no person word names one."""
    text = "上周那个接电话的是新来的啥也不懂"
    at = text.index("不懂")
    assert scope_facts(text, at, at + 2).subject == "other"
    text = "这个问题我们这边确实不懂"
    at = text.index("不懂")
    assert scope_facts(text, at, at + 2).subject == "self"


def test_a_person_word_after_the_listener_and_a_word_of_kind_is_the_listener():
    """Round 21: 「你们这种小公司就是没见过世面」 is said of the listener (classed), not of a company;
    a company or a person named plainly stays a third party."""
    assert facts("你们这种小公司就是没见过世面", "没见过世面").subject == "listener"
    assert facts("您这样的大老板肯定不在乎", "不在乎").subject == "listener"
    assert facts("那家公司就是没见过世面", "没见过世面").subject == "other"
    assert facts("您那个师傅也不清楚", "不清楚").subject == "other"


def test_the_saying_judged_by_its_manner_reports_nothing():
    """Round 21: 「你这样说太伤人了」 judges the agent's words (the customer's own displeasure), it
    reports none; 「他这样说您是骗子」 still reports."""
    assert not facts("我就是来学的，你这样说太伤人了", "伤人").reported
    assert not facts("你这么讲真让人寒心", "寒心").reported
    assert facts("他说您是骗子", "骗子").reported


@pytest.mark.parametrize("text, phrase, remedied", [
    # an outside body's own rules, not known, and that body named as the one to ask (2026.12.23)
    ("派出所具体有没有规定，我这边不知道，您可以先打派出所的值班电话问一下", "不知道", True),
    ("畜牧站的具体安排我这边不清楚您可以问一下站里的兽医", "不清楚", True),
    ("物业怎么收费我不清楚，您可以直接问物业", "不清楚", True),
    # the company's own department, a body named only as where to go, or a different one
    ("技术部的排期我不知道，你自己去问技术部吧", "不知道", False),
    ("这个我也不知道，你问派出所去", "不知道", False),
    ("我们服务站的安排我不清楚，您可以问一下站里", "不清楚", False),
    ("派出所的规定我不清楚，您可以问一下物业", "不清楚", False),
])
def test_remedied_by_naming_the_body_whose_matter_it_is(text, phrase, remedied):
    assert facts(text, phrase).remedied is remedied
